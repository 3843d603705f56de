#include "views/syncpreviewview.h"

#include "views/actionstyle.h"
#include "views/statusicons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sextant::views {

namespace {

enum ResourceColumn { ChangeColumn, KindColumn, NameColumn, NamespaceColumn, MessageColumn };
enum ImageColumn { ImageResourceColumn, FromColumn, ArrowColumn, ToColumn };

QString changeText(ResourceChange::Change change)
{
    switch (change) {
    case ResourceChange::Change::Create: return SyncPreviewView::tr("create");
    case ResourceChange::Change::Update: return SyncPreviewView::tr("update");
    case ResourceChange::Change::Unchanged: return SyncPreviewView::tr("unchanged");
    case ResourceChange::Change::Prune: return SyncPreviewView::tr("prune (delete)");
    case ResourceChange::Change::PruneSkipped: return SyncPreviewView::tr("not in Git, kept (prune is off)");
    case ResourceChange::Change::Failed: return SyncPreviewView::tr("would fail");
    }
    return {};
}

// Changes first, the most dangerous at the top; unchanged last.
int rank(ResourceChange::Change change)
{
    switch (change) {
    case ResourceChange::Change::Failed: return 0;
    case ResourceChange::Change::Prune: return 1;
    case ResourceChange::Change::Create: return 2;
    case ResourceChange::Change::Update: return 3;
    case ResourceChange::Change::PruneSkipped: return 4;
    case ResourceChange::Change::Unchanged: return 5;
    }
    return 6;
}

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setTextElideMode(Qt::ElideMiddle);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

SyncPreviewView::SyncPreviewView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(m_stack))
    , m_resources(makeList(this, QStringLiteral("previewResources"),
                           {tr("Change"), tr("Kind"), tr("Name"), tr("Namespace"), tr("Controller says")}))
    , m_imagesCaption(captionLabel(tr("Images that change"), this))
    , m_images(makeList(this, QStringLiteral("previewImages"),
                        {tr("Resource"), tr("Now"), QString(), tr("After the sync")}))
{
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *lists = new QWidget(m_stack);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(m_resources, 3);
    listsLayout->addWidget(m_imagesCaption);
    listsLayout->addWidget(m_images, 1);
    m_images->setMaximumHeight(130);
    m_stack->addWidget(m_message);
    m_stack->addWidget(lists);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    clear(QString());
}

void SyncPreviewView::showMessage(const QString &text, bool error)
{
    m_hasPreview = false;
    m_summary->clear();
    m_summary->hide();
    m_message->setText(text);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, dangerColor(palette));
    m_message->setPalette(palette);
    m_stack->setCurrentIndex(0);
}

void SyncPreviewView::clear(const QString &hint)
{
    showMessage(hint, false);
}

void SyncPreviewView::setBusy(const QString &text)
{
    showMessage(text, false);
}

void SyncPreviewView::setError(const QString &text)
{
    showMessage(text, true);
}

void SyncPreviewView::setPreview(const SyncPreview &preview)
{
    if (!preview.error.isEmpty()) {
        setError(tr("The dry run failed: %1").arg(preview.error));
        return;
    }
    m_preview = preview;
    m_hasPreview = true;
    fill();
}

QString SyncPreviewView::summaryText() const
{
    return m_summary->text();
}

void SyncPreviewView::fill()
{
    const SyncPreview &p = m_preview;
    using C = ResourceChange::Change;
    const int changing = p.count(C::Create) + p.count(C::Update) + p.count(C::Prune);
    QStringList parts;
    if (p.count(C::Update))
        parts << tr("%n to update", nullptr, p.count(C::Update));
    if (p.count(C::Create))
        parts << tr("%n to create", nullptr, p.count(C::Create));
    if (p.count(C::Prune))
        parts << tr("%n to prune", nullptr, p.count(C::Prune));
    if (p.count(C::PruneSkipped))
        parts << tr("%n not in Git but kept", nullptr, p.count(C::PruneSkipped));
    if (p.count(C::Failed))
        parts << tr("%n would fail", nullptr, p.count(C::Failed));
    if (p.count(C::Unchanged))
        parts << tr("%n unchanged", nullptr, p.count(C::Unchanged));
    QString summary = changing == 0 && p.count(C::Failed) == 0
                          ? tr("Nothing would change.")
                          : tr("The sync would change %n resource(s).", nullptr, changing);
    if (!parts.isEmpty())
        summary += QStringLiteral(" ") + parts.join(QStringLiteral(", ")) + u'.';
    if (!p.revision.isEmpty())
        summary += QStringLiteral(" ") + tr("Revision %1.").arg(p.revision.left(12));
    m_summary->setText(summary);
    m_summary->show();

    QList<ResourceChange> sorted = p.resources;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ResourceChange &a, const ResourceChange &b) {
        return rank(a.change) < rank(b.change);
    });
    m_resources->clear();
    const QColor danger = dangerColor(palette());
    const QColor warning = warningColor(palette());
    for (const ResourceChange &change : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(m_resources);
        item->setText(ChangeColumn, changeText(change.change));
        item->setData(ChangeColumn, Qt::UserRole, int(change.change));
        item->setText(KindColumn, change.resource.kind);
        item->setText(NameColumn, change.resource.name);
        item->setText(NamespaceColumn, change.resource.ns);
        item->setText(MessageColumn, change.message);
        item->setToolTip(MessageColumn, change.message);
        if (change.change == C::Prune || change.change == C::Failed) {
            QFont font = item->font(ChangeColumn);
            font.setBold(true);
            item->setFont(ChangeColumn, font);
            item->setForeground(ChangeColumn, danger);
            item->setIcon(ChangeColumn, healthIcon(HealthStatus::Degraded));
        } else if (change.change == C::Create || change.change == C::Update) {
            item->setForeground(ChangeColumn, warning);
            item->setIcon(ChangeColumn, syncIcon(SyncStatus::OutOfSync));
        } else if (change.change == C::Unchanged) {
            item->setIcon(ChangeColumn, syncIcon(SyncStatus::Synced));
            for (int column = 0; column < m_resources->columnCount(); ++column)
                item->setForeground(column, palette().color(QPalette::PlaceholderText));
        }
    }

    m_images->clear();
    for (const ImageChange &image : p.images) {
        auto *item = new QTreeWidgetItem(m_images);
        item->setText(ImageResourceColumn, image.resource);
        item->setText(FromColumn, image.from.isEmpty() ? tr("(none)") : image.from);
        item->setText(ArrowColumn, QStringLiteral("→"));
        item->setText(ToColumn, image.to.isEmpty() ? tr("(removed)") : image.to);
        item->setToolTip(FromColumn, image.from);
        item->setToolTip(ToColumn, image.to);
    }
    m_imagesCaption->setText(p.images.isEmpty() ? tr("No image changes.") : tr("Images that change"));
    m_images->setVisible(!p.images.isEmpty());
    m_stack->setCurrentIndex(1);
}

void SyncPreviewView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasPreview)
        fill();
}

} // namespace sextant::views
