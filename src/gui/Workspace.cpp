#include "Workspace.h"

#include "SandboxServer.h"

#include <QDir>
#include <QFile>

namespace od {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace() = default;

bool Workspace::useSandbox(const QString &dataDir, int seedCount, QString *error)
{
    auto server = std::make_unique<SandboxServer>();
    if (!QDir().mkpath(dataDir)) {
        *error = tr("Cannot create the folder %1.").arg(dataDir);
        return false;
    }
    const QString statePath = QDir(dataDir).filePath(QStringLiteral("sandbox-state.json"));
    const bool firstStart = !QFile::exists(statePath);
    QString problem;
    if (!server->setStatePath(statePath, &problem)) {
        *error =
            tr("The sandbox state %1 cannot be read (%2). Move it away to start with fresh demo domains.")
                .arg(QDir::toNativeSeparators(statePath), problem);
        return false;
    }
    if (firstStart) {
        server->store().seed(seedCount);
        server->saveNow();
    }
    if (!server->start(0, &problem)) {
        *error = tr("The sandbox could not start: %1").arg(problem);
        return false;
    }
    m_sandbox = std::move(server);
    m_client.setEndpoint(Endpoint::custom(m_sandbox->url()));
    Credentials credentials;
    credentials.secretId = QLatin1String(SandboxServer::kDefaultSecretId);
    credentials.secretKey = SandboxServer::kDefaultSecretKey;
    m_client.setCredentials(credentials);
    m_accountName = tr("Sandbox");
    emit accountChanged();
    return true;
}

void Workspace::useAccount(const QString &name, const Endpoint &endpoint, const Credentials &credentials)
{
    m_sandbox.reset();
    m_client.setEndpoint(endpoint);
    m_client.setCredentials(credentials);
    m_accountName = name;
    emit accountChanged();
}

} // namespace od
