#pragma once

#include "CdnClient.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace od {

class SandboxServer;

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
    // A real account: endpoint and credentials.
    void useAccount(const QString &name, const Endpoint &endpoint, const Credentials &credentials);

    CdnClient *client() { return &m_client; }
    QNetworkAccessManager *network() { return &m_network; }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }
    QString accountName() const { return m_accountName; }

signals:
    void accountChanged();

private:
    QNetworkAccessManager m_network;
    CdnClient m_client{&m_network};
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_accountName;
};

} // namespace od
