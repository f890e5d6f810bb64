#pragma once

#include "ApiCall.h"
#include "Credentials.h"
#include "Domain.h"
#include "Endpoint.h"
#include "RateLimiter.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

namespace od {

struct ClientOptions
{
    double requestsPerSecond = 20.0; // per action; 0 turns the limiter off
    int timeoutMs = 30000;           // per request
    int maxAttempts = 6;             // the first try and up to five retries
    int backoffBaseMs = 250;
    int backoffCapMs = 8000;
    qint64 maxResponseBytes = 50LL * 1024 * 1024;
    QString language = QStringLiteral("en-US"); // X-TC-Language: en-US or zh-CN
};

// The Tencent Cloud CDN API (2018-06-06) over one shared QNetworkAccessManager: TC3-signed POSTs of
// JSON, a per-action rate limiter, bounded retries with backoff and jitter, typed errors.
class CdnClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kVersion = "2018-06-06";
    static constexpr int kDescribeDomainsMaxLimit = 1000;
    static constexpr int kDescribeDomainsConfigMaxLimit = 100;

    explicit CdnClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    Endpoint endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    bool hasCredentials() const { return !m_credentials.isEmpty(); }
    // The SecretId in use (not a secret): names the account in the change history.
    QString secretId() const { return m_credentials.secretId; }
    void setOptions(const ClientOptions &options);
    ClientOptions options() const { return m_options; }
    // Seconds to add to the local clock; learnt from the server's Date header after SignatureExpire.
    qint64 clockOffset() const { return m_clockOffset; }

    ApiCall *call(const QString &action, const QJsonObject &params, ApiCall::Validator validator = {});

    ApiCall *describeDomains(int offset, int limit, const QJsonArray &filters = {});
    ApiCall *describeDomainsConfig(int offset, int limit, const QJsonArray &filters = {},
                                   const QJsonObject &sort = {});
    // Always the whole Origin object: the API replaces complex objects whole.
    ApiCall *updateDomainConfig(const QString &domain, const Origin &origin);
    ApiCall *startDomain(const QString &domain);
    ApiCall *stopDomain(const QString &domain);

    // The exact UpdateDomainConfig request body for this origin.
    static QJsonObject updateOriginParams(const QString &domain, const Origin &origin);
    // Reads the Domains and TotalNumber of a DescribeDomains(Config) answer; false with why when the
    // answer has the wrong shape.
    static bool readDomainPage(const QJsonObject &response, QList<Domain> *domains, int *total,
                               QString *error);
    // The headers the client sends for this body, signed (Authorization included).
    QList<QPair<QByteArray, QByteArray>> signedHeaders(const QString &action, const QByteArray &body,
                                                       qint64 timestamp) const;

private:
    friend class ApiCall;
    QNetworkRequest buildRequest(const QString &action, const QByteArray &body) const;
    void learnClockFromDate(const QByteArray &dateHeader);

    QNetworkAccessManager *m_network;
    Endpoint m_endpoint = Endpoint::china();
    Credentials m_credentials;
    ClientOptions m_options;
    RateLimiter m_limiter;
    qint64 m_clockOffset = 0;
};

} // namespace od
