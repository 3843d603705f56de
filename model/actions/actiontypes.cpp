#include "model/actions/actiontypes.h"

#include <QCoreApplication>

namespace sextant {

QString toString(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Sync: return QStringLiteral("sync");
    case ActionKind::SyncPreview: return QStringLiteral("sync-preview");
    case ActionKind::Refresh: return QStringLiteral("refresh");
    case ActionKind::HardRefresh: return QStringLiteral("hard-refresh");
    case ActionKind::Terminate: return QStringLiteral("terminate");
    case ActionKind::Pause: return QStringLiteral("pause");
    case ActionKind::Resume: return QStringLiteral("resume");
    case ActionKind::Rollback: return QStringLiteral("rollback");
    case ActionKind::FreezeProject: return QStringLiteral("freeze-project");
    case ActionKind::UnfreezeProject: return QStringLiteral("unfreeze-project");
    case ActionKind::GitRevert: return QStringLiteral("git-revert");
    case ActionKind::Promote: return QStringLiteral("promote");
    case ActionKind::GitAdopt: return QStringLiteral("git-adopt");
    }
    return {};
}

QString ActionTarget::label() const
{
    QStringList parts;
    for (const QString &part : {instance, cluster, ns, app})
        parts << (part.isEmpty() ? QStringLiteral("?") : part);
    return parts.join(QStringLiteral(" · "));
}

ActionScope ActionScope::fleet()
{
    return {};
}

ActionScope ActionScope::ofInstance(const QString &instance)
{
    return {Kind::Instance, instance, instance, {}};
}

ActionScope ActionScope::ofCluster(const QString &cluster, const QString &instance)
{
    return {Kind::Cluster, cluster, instance, {}};
}

ActionScope ActionScope::ofProject(const QString &project, const QString &instance)
{
    return {Kind::Project, project, instance, {}};
}

ActionScope ActionScope::ofApplication(const QString &app, const QString &instance)
{
    return {Kind::Application, app, instance, {}};
}

ActionScope ActionScope::ofSelection(const QStringList &appKeys)
{
    return {Kind::Selection, {}, {}, appKeys};
}

ActionScope ActionScope::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QStringLiteral("fleet"))
        return fleet();
    const QString key = trimmed.section(u'=', 0, 0);
    const QString value = trimmed.section(u'=', 1);
    if (trimmed.contains(u'=') && !value.isEmpty()) {
        if (key == QStringLiteral("instance"))
            return ofInstance(value);
        if (key == QStringLiteral("cluster"))
            return ofCluster(value);
        if (key == QStringLiteral("project"))
            return ofProject(value);
        if (key == QStringLiteral("app"))
            return ofApplication(value);
    }
    if (trimmed == QStringLiteral("instance"))
        return {Kind::Instance, {}, {}, {}}; // the only instance: resolved by the caller
    if (error)
        *error =
            QStringLiteral("unknown scope \"%1\": use fleet, instance[=NAME], cluster=NAME, project=NAME "
                           "or app=[NAMESPACE/]NAME")
                .arg(text);
    return ofSelection({});
}

QString ActionScope::describe() const
{
    const QString where =
        instance.isEmpty() || kind == Kind::Instance ? QString() : QStringLiteral(" on ") + instance;
    switch (kind) {
    case Kind::Fleet: return QStringLiteral("the whole fleet");
    case Kind::Instance: return QStringLiteral("instance %1").arg(name);
    case Kind::Cluster: return QStringLiteral("cluster %1%2").arg(name, where);
    case Kind::Project: return QStringLiteral("project %1%2").arg(name, where);
    case Kind::Application: return QStringLiteral("app %1%2").arg(name, where);
    case Kind::Selection:
        return appKeys.size() == 1 ? QStringLiteral("1 selected app")
                                   : QStringLiteral("%1 selected apps").arg(appKeys.size());
    }
    return {};
}

} // namespace sextant
