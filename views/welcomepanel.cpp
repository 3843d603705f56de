#include "views/welcomepanel.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace sextant::views {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.sextant.Sextant.svg")).pixmap(128, 128));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setText(tr("No controller connected"));

    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setText(tr("<p>Start with the built-in demo fleet: <code>sextant --demo</code></p>"
                       "<p>or point Sextant at an Argo CD server: "
                       "<code>sextant --server https://argocd.example.org</code> "
                       "(the token comes from <code>ARGOCD_AUTH_TOKEN</code> or the argocd CLI "
                       "config).</p>"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_hint);
    layout->addStretch(3);
    layout->setContentsMargins(48, 24, 48, 24);
}

} // namespace sextant::views
