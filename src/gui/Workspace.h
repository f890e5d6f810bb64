#pragma once

#include "Account.h"
#include "CdnClient.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace od {

class SandboxServer;
class SecretStore;

// The current account the console talks to: one shared QNetworkAccessManager and CdnClient, and,
// for the built-in Sandbox account, the sandbox server running in this process on 127.0.0.1.
// The account can change at run time; accountChanged() tells the windows.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Starts the in-process sandbox (state in dataDir, seeded with seedCount demo domains on first
    // start) and makes it the current account. False with why.
    bool useSandbox(const QString &dataDir, int seedCount, QString *error);
    // Switches back to the sandbox started earlier with useSandbox() (same folder, same state).
    bool returnToSandbox(QString *error);
    // A saved account: its SecretKey is read from the keychain (asynchronously); accountChanged() or
    // accountFailed() follows.
    void useSavedAccount(const Account &account);
    // An account whose key the caller already holds (e.g. kept for this run only).
    void useAccount(const Account &account, const Credentials &credentials);
    // A saved account for working offline: its SecretId only, the key is not read (the keychain
    // may be locked or the key not on this machine). Nothing can be sent until useSavedAccount().
    void useAccountWithoutKey(const Account &account);
    bool hasKey() const { return m_client.hasCredentials(); }

    CdnClient *client() { return &m_client; }
    QNetworkAccessManager *network() { return &m_network; }
    SecretStore *secrets() { return m_secrets; }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }
    QString accountName() const { return m_accountName; }
    // The saved account in use; an empty id while on the sandbox.
    Account currentAccount() const { return m_account; }
    static Endpoint endpointFor(const Account &account);
    // Names the account in the offline copy and the drafts: "sandbox", the saved account's id, or
    // (for credentials that are not saved) the SecretId, which identifies but is not a secret.
    QString accountKey() const;

signals:
    void accountChanged();
    void accountFailed(const od::Account &account, const QString &message, bool keychainUnavailable);

private:
    QNetworkAccessManager m_network;
    CdnClient m_client{&m_network};
    std::unique_ptr<SandboxServer> m_sandbox;
    SecretStore *m_secrets;
    QString m_accountName;
    Account m_account;
    QString m_sandboxDir;
    int m_sandboxSeed = 0;
};

} // namespace od
