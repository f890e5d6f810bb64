#pragma once

#include "SandboxApi.h"
#include "SandboxFault.h"
#include "SandboxStore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QUrl>
#include <deque>

namespace od {

// A local server that speaks the CDN API: TC3 signatures verified like the service, 20 requests per
// second per action, processing states, the service's error shapes, and injectable faults. It listens
// on 127.0.0.1 only.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr const char *kDefaultSecretId = "AKIDSANDBOXORIGINDESK0000000000000000";
    static constexpr const char *kDefaultSecretKey = "sandbox-secret-key-not-for-production";

    struct Account
    {
        QByteArray secretKey;
        QByteArray token; // set: requests must carry this X-TC-Token
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: the OS picks). Returns false with why.
    bool start(quint16 port, QString *error);
    quint16 port() const { return m_port; }
    QUrl url() const;

    void addAccount(const QString &secretId, const QByteArray &secretKey, const QByteArray &token = {});
    void removeAccount(const QString &secretId) { m_accounts.remove(secretId); }

    // State file: loaded now, saved (atomically, shortly after each change) from then on.
    bool setStatePath(const QString &path, QString *error);
    bool saveNow(QString *error = nullptr);

    SandboxStore &store() { return m_store; }
    SandboxApi &api() { return m_api; }

    void setRateLimit(int requestsPerSecond) { m_rateLimit = requestsPerSecond; } // 0: off
    void setProcessingMs(int ms) { m_api.setProcessingMs(ms); }
    // The sandbox's clock: honest offset (also in its Date header) and a skew its signature check
    // alone applies (a server that is wrong and does not say so).
    void setTimeOffset(qint64 seconds) { m_timeOffset = seconds; }
    void setSignatureClockSkew(qint64 seconds) { m_signatureSkew = seconds; }

    void addFault(const SandboxFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); }

    int requestCount(const QString &action) const { return m_requests.value(action); }
    int rateLimitedCount(const QString &action) const { return m_rateLimited.value(action); }
    int errorCount(const QString &code) const { return m_errors.value(code); }

signals:
    void requestHandled(const QString &action, const QString &errorCode);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        bool drop = false;
    };

    Reply process(const QHttpServerRequest &request, QString *action, QString *errorCode, int *latencyMs);
    QString verifySignature(const QHttpServerRequest &request, qint64 now, QString *message) const;
    bool takeRateSlot(const QString &action);
    Reply malformedReply(const QString &kind, const QString &requestId) const;
    static QByteArray envelope(const QJsonObject &fields, const QString &requestId);
    static QByteArray errorBody(const QString &code, const QString &message, const QString &requestId);
    void write(QTcpSocket *socket, const Reply &reply) const;
    void scheduleSave();
    qint64 nowSecs() const;

    SandboxStore m_store;
    SandboxApi m_api;
    QHash<QString, Account> m_accounts;
    QList<SandboxFault> m_faults;
    QHash<QString, std::deque<qint64>> m_windows;
    QHash<QString, int> m_requests;
    QHash<QString, int> m_rateLimited;
    QHash<QString, int> m_errors;
    QElapsedTimer m_clock;
    QTimer m_saveTimer;
    QString m_statePath;
    quint16 m_port = 0;
    int m_rateLimit = 20;
    qint64 m_timeOffset = 0;
    qint64 m_signatureSkew = 0;
};

} // namespace od
