#pragma once

#include "model/storage/actionrecords.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace sextant {
class ActionService;
}

namespace sextant::views {

// A deployment record after a protected sync: service, images, revision, who,
// when, why, the sync window and dry-run summary, and the rollback plan,
// rendered from its Markdown; "Export as Markdown…" writes that file through
// the ActionService (off the GUI thread).
class DeploymentRecordDialog : public QDialog {
    Q_OBJECT
public:
    DeploymentRecordDialog(ActionService *actions, const DeploymentRecord &record, QWidget *parent = nullptr);

    QString markdown() const { return m_markdown; }
    // Writes the record to `path`; the answer arrives as exported().
    void exportTo(const QString &path);

signals:
    void exported(const QString &path, const QString &error);

private:
    ActionService *m_actions;
    DeploymentRecord m_record;
    QString m_markdown;
    QTextBrowser *m_view;
    QLabel *m_status;
    quint64 m_exportRequest = 0;
};

} // namespace sextant::views
