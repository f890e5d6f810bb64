#include "Workspace.h"

#include "Language.h"
#include "SandboxServer.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace od {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_secrets(new SecretStore(this))
{
    // The API's error messages in the app's language.
    ClientOptions options = m_client.options();
    options.language = Language::apiLanguage();
    m_client.setOptions(options);
}

Workspace::~Workspace() = default;

bool Workspace::useSandbox(const QString &dataDir, int seedCount, QString *error)
{
    m_sandboxDir = dataDir;
    m_sandboxSeed = seedCount;
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
    m_account = Account();
    emit accountChanged();
    return true;
}

bool Workspace::returnToSandbox(QString *error)
{
    if (m_sandbox)
        return true; // already on it
    return useSandbox(m_sandboxDir, m_sandboxSeed, error);
}

Endpoint Workspace::endpointFor(const Account &account)
{
    return Endpoint::fromSiteKey(Account::siteKey(account.site), account.customEndpoint);
}

void Workspace::useSavedAccount(const Account &account)
{
    if (account.isExpired()) {
        emit accountFailed(
            account,
            tr("The temporary credentials of %1 expired at %2. Edit the account with new ones.")
                .arg(account.name, QLocale().toString(account.expiresAt.toLocalTime(), QLocale::ShortFormat)),
            false);
        return;
    }
    m_secrets->read(
        account.id,
        [this, account](const SecretStore::Result &result) {
            if (!result.ok) {
                emit accountFailed(account, result.message, result.noKeychain || result.notFound);
                return;
            }
            Credentials credentials;
            credentials.secretId = account.secretId;
            credentials.secretKey = result.secret.secretKey;
            credentials.token = result.secret.token;
            credentials.expiresAt = account.temporary ? account.expiresAt : QDateTime();
            useAccount(account, credentials);
        },
        this);
}

void Workspace::useAccount(const Account &account, const Credentials &credentials)
{
    m_sandbox.reset(); // saves its state
    m_client.setEndpoint(endpointFor(account));
    m_client.setCredentials(credentials);
    m_accountName = account.name;
    m_account = account;
    emit accountChanged();
}

void Workspace::useAccountWithoutKey(const Account &account)
{
    Credentials credentials;
    credentials.secretId = account.secretId;
    useAccount(account, credentials);
}

QString Workspace::accountKey() const
{
    if (isSandbox())
        return QStringLiteral("sandbox");
    if (!m_account.id.isEmpty())
        return m_account.id;
    return QStringLiteral("secret-id:") + m_client.secretId();
}

} // namespace od
