#pragma once

#include "model/fleet/gitchangeloader.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace sextant::views {

class DiffView;

// The files of a Git change beside the side-by-side diff of the selected one (before on
// the left, after on the right). Files outside the application's paths are marked, so a
// change that reaches other apps is seen before it is committed.
class GitChangeView : public QWidget {
    Q_OBJECT
public:
    explicit GitChangeView(QWidget *parent = nullptr);

    // `appPaths`: the application's paths ("" = the whole repository).
    void setFiles(const QList<GitFileDiff> &files, const QStringList &appPaths = {});
    void showMessage(const QString &text);
    void clear();

    int fileCount() const { return int(m_files.size()); }
    // Files of the change outside the application's paths.
    QStringList outsideFiles() const { return m_outside; }
    void selectFile(int index);
    QListWidget *fileList() const { return m_list; }
    DiffView *diffView() const { return m_diff; }

private:
    QList<GitFileDiff> m_files;
    QStringList m_outside;
    QListWidget *m_list;
    QLabel *m_message;
    DiffView *m_diff;
};

// Whether `path` lies in one of `appPaths` (a file itself or under a directory; "" = all).
bool isUnderPaths(const QString &path, const QStringList &appPaths);

} // namespace sextant::views
