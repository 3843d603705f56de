#include "model/actions/syncpreview.h"

namespace sextant {

int SyncPreview::count(ResourceChange::Change change) const
{
    return int(std::count_if(resources.cbegin(), resources.cend(),
                             [change](const ResourceChange &r) { return r.change == change; }));
}

QString SyncPreview::summary() const
{
    if (!error.isEmpty())
        return QStringLiteral("dry run failed: %1").arg(error);
    using C = ResourceChange::Change;
    QStringList parts;
    const auto add = [&](C change, const char *words) {
        if (const int n = count(change))
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1StringView(words));
    };
    add(C::Update, "to update");
    add(C::Create, "to create");
    add(C::Prune, "to prune");
    add(C::PruneSkipped, "to prune but skipped (prune off)");
    add(C::Failed, "failing");
    add(C::Unchanged, "unchanged");
    QString text = parts.isEmpty() ? QStringLiteral("nothing to sync") : parts.join(QStringLiteral(", "));
    if (!images.isEmpty()) {
        QStringList changes;
        for (const ImageChange &image : images)
            changes << QStringLiteral("%1 %2 → %3")
                           .arg(image.resource, image.from.isEmpty() ? QStringLiteral("(none)") : image.from,
                                image.to.isEmpty() ? QStringLiteral("(none)") : image.to);
        text += QStringLiteral("; images ") + changes.join(QStringLiteral(", "));
    }
    return text;
}

} // namespace sextant
