#pragma once

#include "model/diff/resourcediff.h"
#include "model/domain/appref.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace sextant {

class ApplicationDiffLoader;

namespace views {

class DiffView;

// The Diff tab of the application view: the application's resources on the
// left (only those that differ unless "show all" is on), the selected one's
// live/desired diff on the right, a summary line above (modified / to create /
// to prune, image changes) and notes for ignoreDifferences rules that could not
// be applied. The loader (model) does the fetching and diffing; this tab asks
// it only while visible, and shows its loading and error states with a Retry.
class ApplicationDiffTab : public QWidget {
    Q_OBJECT
public:
    explicit ApplicationDiffTab(QWidget *parent = nullptr);
    ~ApplicationDiffTab() override;

    // Without a loader the tab says the diff is not available.
    void setLoader(ApplicationDiffLoader *loader);

    // The application to diff; `resourceVersion` lets the loader answer from its
    // cache. Empty name: none. Fetches at once if visible, else when shown.
    void setApplication(const AppRef &app, const QString &resourceVersion);

    // Selects the resource (ManagedResource::identity()) now or once the diff
    // arrives, turning "show all" on if it does not differ.
    void selectResource(const QString &identity);
    QString selectedResource() const;

    void setShowAll(bool showAll);
    bool showsAll() const;

    const diff::ApplicationDiff &applicationDiff() const { return m_diff; }
    DiffView *diffView() const { return m_diffView; }
    // "Diff" or "Diff (3)": for the tab bar.
    QString title() const;

signals:
    void titleChanged(const QString &title);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void onDiffReady(const diff::ApplicationDiff &diff);
    void onFailed(const QString &message);
    void onLoadingChanged(bool loading);
    bool isOurs() const; // the loader's selection is this tab's application
    void fillList();
    void showSelected();
    void updateSummary();
    void showMessage(const QString &text, bool error);

    QPointer<ApplicationDiffLoader> m_loader;
    AppRef m_app;
    QString m_resourceVersion;
    bool m_requested = false; // the loader was asked for this application at this version
    bool m_haveDiff = false;
    diff::ApplicationDiff m_diff;
    QString m_selected;         // identity
    QString m_pendingSelection; // asked for before the diff arrived

    QLabel *m_summary;
    QFrame *m_notesFrame;
    QLabel *m_notes;
    QFrame *m_statusFrame;
    QLabel *m_status;
    QPushButton *m_retry;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QLabel *m_placeholder;
    QCheckBox *m_showAll;
    QTreeWidget *m_resources;
    QStackedWidget *m_diffStack;
    DiffView *m_diffView;
    QLabel *m_noSelection;
};

} // namespace views
} // namespace sextant
