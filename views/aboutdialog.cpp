#include "views/aboutdialog.h"

#include "model/version.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sextant::views {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Sextant"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<h2>Sextant %1</h2>"
                     "<p>A native desktop console for GitOps fleets: every controller, cluster, repository "
                     "and application in one window, with the guardrails an incident needs.</p>"
                     "<p>Built with %2.</p>")
                      .arg(version(), libraryVersions()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace sextant::views
