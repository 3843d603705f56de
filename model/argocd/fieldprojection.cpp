#include "model/argocd/fieldprojection.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace sextant {
namespace {

struct Selection {
    QSet<QString> listed;   // the paths themselves
    QSet<QString> prefixes; // every proper, segment-aligned prefix of a listed path
    bool exclude = false;
};

Selection makeSelection(const QStringList &paths, bool exclude)
{
    Selection selection;
    selection.exclude = exclude;
    for (const QString &path : paths) {
        selection.listed.insert(path);
        for (qsizetype dot = path.indexOf(u'.'); dot >= 0; dot = path.indexOf(u'.', dot + 1))
            selection.prefixes.insert(path.left(dot));
    }
    return selection;
}

QJsonValue project(const QJsonValue &value, const QString &path, bool root, const Selection &selection)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(project(item, path, root, selection));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString fieldPath = root ? it.key() : path + u'.' + it.key();
        const bool listed = selection.listed.contains(fieldPath);
        const bool keep = selection.exclude ? !listed : (listed || selection.prefixes.contains(fieldPath));
        if (!keep)
            continue;
        out.insert(it.key(), listed ? it.value() : project(it.value(), fieldPath, false, selection));
    }
    return out;
}

struct AppField {
    QString field;              // where it is written
    QString source;             // where it is read
    bool omitWhenEmpty = false; // status.resources: an empty list counts as absent
};

const QList<AppField> &appFields()
{
    static const QList<AppField> fields = [] {
        QList<AppField> list;
        const char *const plain[] = {
            "metadata.name",
            "metadata.namespace",
            "metadata.annotations",
            "metadata.labels",
            "metadata.creationTimestamp",
            "metadata.deletionTimestamp",
            "spec",
            "spec.destination",
            "spec.project",
            "spec.source",
            "spec.sources",
            "spec.sourceHydrator",
            "spec.syncPolicy",
            "status.sourceHydrator",
            "status.summary",
            "status.sync.status",
            "status.sync.revision",
            "status.health",
            "status.operationState.startedAt",
            "status.operationState.finishedAt",
            "status.operationState.phase",
            "operation.sync",
        };
        for (const char *field : plain)
            list.append({QString::fromLatin1(field), QString::fromLatin1(field)});
        list.append({QStringLiteral("status.resources"), QStringLiteral("status.resources"), true});
        list.append({QStringLiteral("status.operationState.operation.sync"),
                     QStringLiteral("status.operationState.syncResult")});
        return list;
    }();
    return fields;
}

QJsonValue lookup(const QJsonObject &object, const QString &dottedPath)
{
    const QStringList parts = dottedPath.split(u'.');
    QJsonValue current = object;
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

void insertAt(QJsonObject &object, QStringView dottedPath, const QJsonValue &value)
{
    const qsizetype dot = dottedPath.indexOf(u'.');
    if (dot < 0) {
        object.insert(dottedPath, value);
        return;
    }
    const QStringView head = dottedPath.first(dot);
    QJsonObject child = object.value(head).toObject();
    insertAt(child, dottedPath.sliced(dot + 1), value);
    object.insert(head, child);
}

bool hasSelectedAncestor(const QString &field, const QSet<QString> &selected)
{
    for (qsizetype dot = field.indexOf(u'.'); dot >= 0; dot = field.indexOf(u'.', dot + 1)) {
        if (selected.contains(field.left(dot)))
            return true;
    }
    return false;
}

} // namespace

FieldsQuery parseFieldsQuery(const QString &commaSeparated)
{
    FieldsQuery query;
    if (commaSeparated.isEmpty())
        return query;
    QString value = commaSeparated;
    if (value.startsWith(u'-')) {
        query.exclude = true;
        value.remove(0, 1);
    }
    query.paths = value.split(u',');
    return query;
}

QJsonObject projectFields(const QJsonObject &object, const QStringList &paths, bool exclude)
{
    if (paths.isEmpty())
        return object;
    return project(object, QString(), true, makeSelection(paths, exclude)).toObject();
}

QStringList applicationListFields()
{
    QStringList fields;
    for (const AppField &field : appFields())
        fields.append(field.field);
    return fields;
}

QJsonObject projectApplicationList(const QJsonObject &list, const FieldsQuery &query)
{
    if (query.isEmpty())
        return list;
    const QSet<QString> listed(query.paths.begin(), query.paths.end());
    QSet<QString> selectedNames;
    for (const AppField &field : appFields()) {
        if (listed.contains(QStringLiteral("items.") + field.field) != query.exclude)
            selectedNames.insert(field.field);
    }
    QList<const AppField *> selected;
    for (const AppField &field : appFields()) {
        if (selectedNames.contains(field.field) && !hasSelectedAncestor(field.field, selectedNames))
            selected.append(&field);
    }

    QJsonObject out;
    const QJsonValue metadata = list.value(QLatin1StringView("metadata"));
    out.insert(QLatin1StringView("metadata"), metadata.isObject() ? metadata : QJsonObject());
    const QJsonValue items = list.value(QLatin1StringView("items"));
    if (!items.isArray()) {
        out.insert(QLatin1StringView("items"), QJsonValue(QJsonValue::Null));
        return out;
    }
    QJsonArray projected;
    const QJsonArray itemArray = items.toArray();
    for (const QJsonValue &itemValue : itemArray) {
        const QJsonObject item = itemValue.toObject();
        QJsonObject converted;
        for (const AppField *field : std::as_const(selected)) {
            const QJsonValue value = lookup(item, field->source);
            if (value.isUndefined())
                continue;
            if (field->omitWhenEmpty && value.isArray() && value.toArray().isEmpty())
                continue;
            insertAt(converted, field->field, value);
        }
        projected.append(converted);
    }
    out.insert(QLatin1StringView("items"), projected);
    return out;
}

} // namespace sextant
