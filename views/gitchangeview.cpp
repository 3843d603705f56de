#include "views/gitchangeview.h"

#include "views/actionstyle.h"
#include "views/diffview.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace sextant::views {

using namespace Qt::StringLiterals;

bool isUnderPaths(const QString &path, const QStringList &appPaths)
{
    if (appPaths.isEmpty())
        return true;
    return std::any_of(appPaths.cbegin(), appPaths.cend(), [&](const QString &root) {
        return root.isEmpty() || path == root || path.startsWith(root + u'/');
    });
}

namespace {

QString kindMark(git::FileChange::Kind kind)
{
    switch (kind) {
    case git::FileChange::Kind::Added: return u"A"_s;
    case git::FileChange::Kind::Deleted: return u"D"_s;
    case git::FileChange::Kind::Modified: break;
    }
    return u"M"_s;
}

} // namespace

GitChangeView::GitChangeView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_message(captionLabel(QString(), this))
    , m_diff(new DiffView(this))
{
    m_list->setObjectName(u"gitChangeFiles"_s);
    m_diff->setObjectName(u"gitChangeDiff"_s);
    m_diff->setSideTitles(tr("Before"), tr("After"));
    m_message->setObjectName(u"gitChangeMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &GitChangeView::selectFile);
}

void GitChangeView::setFiles(const QList<GitFileDiff> &files, const QStringList &appPaths)
{
    m_files = files;
    m_outside.clear();
    m_list->clear();
    for (const GitFileDiff &file : files) {
        const bool outside = !isUnderPaths(file.path, appPaths);
        if (outside)
            m_outside << file.path;
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(kindMark(file.kind), file.path), m_list);
        QStringList tips;
        if (outside)
            tips << tr("Outside this application's path: the change reaches other applications too.");
        if (file.masked)
            tips << tr("Holds a Secret: its values are masked.");
        item->setToolTip(tips.join(u'\n'));
        if (outside) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    if (files.isEmpty()) {
        m_diff->setDocument({});
        showMessage(tr("No file of this application's paths changed."));
    } else {
        m_message->hide();
        m_list->setCurrentRow(0);
    }
}

void GitChangeView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void GitChangeView::clear()
{
    m_files.clear();
    m_outside.clear();
    m_list->clear();
    m_diff->setDocument({});
    m_message->hide();
}

void GitChangeView::selectFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index); // comes back here through currentRowChanged
    else
        m_diff->setDocument(m_files.at(index).document);
}

} // namespace sextant::views
