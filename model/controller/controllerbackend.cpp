#include "model/controller/controllerbackend.h"

#include <QTimer>

namespace sextant {

ControllerBackend::~ControllerBackend() = default;

QString ControllerBackend::unsupported(const QString &what) const
{
    return tr("%1 cannot %2: %3 has no such operation.").arg(instanceName(), what, displayName(kind()));
}

void ControllerBackend::refuseLater(std::function<void()> call)
{
    QTimer::singleShot(0, this, std::move(call));
}

void ControllerBackend::login(const QString &, const QString &)
{
    QTimer::singleShot(0, this, [this] {
        emit loginFailed(tr("%1 signs in with a token only (%2).").arg(instanceName(), displayName(kind())));
    });
}

std::unique_ptr<ResourceTreeWatch> ControllerBackend::watchResourceTree(const AppRef &)
{
    return nullptr;
}

void ControllerBackend::terminate(const AppRef &, Callback<Done> done)
{
    refuse(tr("stop a running operation"), std::move(done));
}

void ControllerBackend::rollback(const AppRef &, qint64, Callback<Done> done)
{
    refuse(tr("roll back to a history entry"), std::move(done));
}

void ControllerBackend::setAnnotation(const AppRef &, const QString &, const std::optional<QString> &,
                                      Callback<Done> done)
{
    refuse(tr("annotate an application"), std::move(done));
}

void ControllerBackend::syncWindowState(const AppRef &, Callback<SyncWindowState> done)
{
    // No windows: a manual sync may always run.
    QTimer::singleShot(0, this, [done] { done(SyncWindowState{true, true, tr("no sync window applies")}); });
}

void ControllerBackend::applicationSets(Callback<QList<ApplicationSetProgress>> done)
{
    refuse(tr("list ApplicationSets"), std::move(done));
}

void ControllerBackend::addFreezeWindow(const QString &, const QString &, Callback<bool> done)
{
    refuse(tr("add a freeze window"), std::move(done));
}

void ControllerBackend::removeFreezeWindow(const QString &, const QString &, Callback<bool> done)
{
    refuse(tr("remove a freeze window"), std::move(done));
}

QString ControllerBackend::freezeWindowText(const QString &) const
{
    return {};
}

} // namespace sextant
