#include "views/deploymentrecorddialog.h"

#include "model/actions/actionservice.h"
#include "views/actionstyle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sextant::views {

DeploymentRecordDialog::DeploymentRecordDialog(ActionService *actions, const DeploymentRecord &record,
                                               QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_record(record)
    , m_markdown(deploymentRecordToMarkdown(record))
    , m_view(new QTextBrowser(this))
    , m_status(captionLabel(QString(), this))
{
    setObjectName(QStringLiteral("deploymentRecordDialog"));
    setWindowTitle(tr("Deployment record — %1 · %2 · %3 · %4")
                       .arg(record.instance, record.cluster, record.ns, record.app));
    m_view->setObjectName(QStringLiteral("deploymentRecord"));
    m_view->setMarkdown(m_markdown);
    m_view->setOpenLinks(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export as Markdown…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportMarkdown"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("deployment-%1-%2.md")
                .arg(m_record.app, m_record.when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the deployment record"), suggested,
                                                          tr("Markdown (*.md)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_actions, &ActionService::exportFinished, this,
            [this](quint64 request, const QString &path, const QString &error) {
                if (request != m_exportRequest)
                    return;
                m_status->setText(error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                                                  : tr("Could not save: %1").arg(error));
                emit exported(path, error);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(680, 560);
}

void DeploymentRecordDialog::exportTo(const QString &path)
{
    m_status->setText(tr("Saving…"));
    m_exportRequest = m_actions->exportDeploymentRecord(m_record.id, path);
}

} // namespace sextant::views
