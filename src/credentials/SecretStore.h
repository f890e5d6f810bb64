#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>

namespace od {

// The SecretKey (and Token) of an account.
struct Secret
{
    QByteArray secretKey;
    QByteArray token;
    bool isEmpty() const { return secretKey.isEmpty(); }
};

// Secrets in the OS keychain through QtKeychain (service "OriginDesk", one entry per account, keys
// namespaced "OriginDesk/<account id>"), never in a file. When the keychain says no, the caller may
// keep a secret for this run only, in memory.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool notFound = false;   // the keychain works but holds no entry for the account
        bool noKeychain = false; // no keyring service, or it refused access
        QString message;         // what happened and what to do, for the operator
        Secret secret;
        bool fromMemory = false; // kept for this run only
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr const char *kService = "OriginDesk";

    explicit SecretStore(QObject *parent = nullptr);

    // `done` is called once, unless `context` (when given) is destroyed first: a dialog closed while
    // the keychain answers is not called back.
    void read(const QString &accountId, Callback done, QObject *context = nullptr);
    void write(const QString &accountId, const Secret &secret, Callback done, QObject *context = nullptr);
    void remove(const QString &accountId, Callback done, QObject *context = nullptr);

    // The operator chose to keep this secret for this run only.
    void keepForThisRun(const QString &accountId, const Secret &secret)
    {
        m_memory.insert(accountId, secret);
    }
    bool hasRunOnlySecret(const QString &accountId) const { return m_memory.contains(accountId); }
    // Delay before the one retry for keyrings that come up late at login.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    static QString keyFor(const QString &accountId);
    static QByteArray encode(const Secret &secret);
    static Secret decode(const QByteArray &data);

private:
    void readAttempt(const QString &accountId, Callback done, bool retried);
    static Result failure(int error, const QString &detail);
    static Callback guarded(Callback done, QObject *context);

    QHash<QString, Secret> m_memory;
    int m_retryDelayMs = 1500;
};

} // namespace od
