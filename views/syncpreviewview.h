#pragma once

#include "model/actions/syncpreview.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace sextant::views {

// What a dry run says a sync would do: a summary line, the resources that
// change (pruned ones marked), and the images old → new. Shows a busy and an
// error state in place of the lists.
class SyncPreviewView : public QWidget {
    Q_OBJECT
public:
    explicit SyncPreviewView(QWidget *parent = nullptr);

    void setBusy(const QString &text);
    void setError(const QString &text);
    void setPreview(const SyncPreview &preview);
    void clear(const QString &hint);

    bool hasPreview() const { return m_hasPreview; }
    const SyncPreview &preview() const { return m_preview; }
    QString summaryText() const;

    QTreeWidget *resourceList() const { return m_resources; }
    QTreeWidget *imageList() const { return m_images; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    void fill();

    SyncPreview m_preview;
    bool m_hasPreview = false;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTreeWidget *m_resources;
    QLabel *m_imagesCaption;
    QTreeWidget *m_images;
};

} // namespace sextant::views
