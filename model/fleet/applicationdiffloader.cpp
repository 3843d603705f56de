#include "model/fleet/applicationdiffloader.h"

#include "model/fleet/fleetconnector.h"

namespace sextant {

ApplicationDiffLoader::ApplicationDiffLoader(FleetConnector *connector, QObject *parent)
    : QObject(parent)
    , m_connector(connector)
{
    qRegisterMetaType<sextant::diff::ApplicationDiff>();
}

ApplicationDiffLoader::~ApplicationDiffLoader()
{
    ++m_selection;
    m_pool.clear();
    m_pool.waitForDone();
}

void ApplicationDiffLoader::setApplication(const QString &instance, const QString &name,
                                           const QString &resourceVersion)
{
    m_instance = instance;
    m_name = name;
    m_resourceVersion = resourceVersion;
}

void ApplicationDiffLoader::refresh() {}

void ApplicationDiffLoader::setOptions(const diff::DiffOptions &options)
{
    m_options = options;
}

void ApplicationDiffLoader::setCacheCapacity(int applications)
{
    m_cacheCapacity = applications;
}

} // namespace sextant
