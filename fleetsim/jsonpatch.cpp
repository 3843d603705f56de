#include "fleetsim/jsonpatch.h"

namespace sextant::fleetsim {

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else if (it.value().isObject())
            result.insert(it.key(), mergePatch(result.value(it.key()).toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

namespace {

Result<QStringList> tokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return Error{QStringLiteral("invalid JSON pointer '%1'").arg(pointer)};
    QStringList list = pointer.mid(1).split(u'/');
    for (QString &t : list)
        t.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return list;
}

enum class Op { Add, Remove, Replace };

// Applies one primitive at path; returns the new value of `node`.
Result<QJsonValue> edit(const QJsonValue &node, const QStringList &path, int index, Op op,
                        const QJsonValue &value, QJsonValue *removed)
{
    const QString &token = path[index];
    const bool last = index == path.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (op != Op::Add && !object.contains(token))
                return Error{QStringLiteral("path '%1' does not exist").arg(token)};
            if (removed)
                *removed = object.value(token);
            if (op == Op::Remove)
                object.remove(token);
            else
                object.insert(token, value);
            return QJsonValue(object);
        }
        if (!object.contains(token))
            return Error{QStringLiteral("path '%1' does not exist").arg(token)};
        auto child = edit(object.value(token), path, index + 1, op, value, removed);
        if (!child)
            return child;
        object.insert(token, *child);
        return QJsonValue(object);
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        qsizetype i = token == QStringLiteral("-") ? array.size() : token.toLongLong(&ok);
        if (token == QStringLiteral("-"))
            ok = op == Op::Add;
        if (!ok || i < 0 || i > array.size() || (op != Op::Add && i == array.size()))
            return Error{QStringLiteral("invalid array index '%1'").arg(token)};
        if (last) {
            if (removed && i < array.size())
                *removed = array.at(i);
            if (op == Op::Add)
                array.insert(i, value);
            else if (op == Op::Remove)
                array.removeAt(i);
            else
                array.replace(i, value);
            return QJsonValue(array);
        }
        auto child = edit(array.at(i), path, index + 1, op, value, removed);
        if (!child)
            return child;
        array.replace(i, *child);
        return QJsonValue(array);
    }
    return Error{QStringLiteral("cannot descend into a scalar at '%1'").arg(token)};
}

QJsonValue valueAt(const QJsonValue &node, const QStringList &path)
{
    QJsonValue current = node;
    for (const QString &token : path)
        current = current.isArray() ? current.toArray().at(token.toInt()) : current.toObject().value(token);
    return current;
}

} // namespace

Result<QJsonObject> jsonPatch(const QJsonObject &target, const QJsonArray &operations)
{
    QJsonValue document = target;
    for (const QJsonValue &o : operations) {
        const QJsonObject operation = o.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        auto path = tokens(operation.value(QStringLiteral("path")).toString());
        if (!path)
            return path.error();
        if (path->isEmpty())
            return Error{QStringLiteral("patching the whole document is not supported")};
        const QJsonValue value = operation.value(QStringLiteral("value"));
        Result<QJsonValue> next = Error{QStringLiteral("unexpected kind: %1").arg(op)};
        if (op == QStringLiteral("add"))
            next = edit(document, *path, 0, Op::Add, value, nullptr);
        else if (op == QStringLiteral("remove"))
            next = edit(document, *path, 0, Op::Remove, {}, nullptr);
        else if (op == QStringLiteral("replace"))
            next = edit(document, *path, 0, Op::Replace, value, nullptr);
        else if (op == QStringLiteral("test")) {
            if (valueAt(document, *path) != value)
                return Error{QStringLiteral("testing value %1 failed")
                                 .arg(operation.value(QStringLiteral("path")).toString())};
            next = document;
        } else if (op == QStringLiteral("move") || op == QStringLiteral("copy")) {
            auto from = tokens(operation.value(QStringLiteral("from")).toString());
            if (!from)
                return from.error();
            const QJsonValue moved = valueAt(document, *from);
            next = document;
            if (op == QStringLiteral("move"))
                next = edit(document, *from, 0, Op::Remove, {}, nullptr);
            if (next)
                next = edit(*next, *path, 0, Op::Add, moved, nullptr);
        }
        if (!next)
            return next.error();
        document = *next;
    }
    return document.toObject();
}

} // namespace sextant::fleetsim
