#include "CdnClient.h"

#include "Tc3Signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>

namespace od {

using Header = QPair<QByteArray, QByteArray>;

CdnClient::CdnClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limiter(m_options.requestsPerSecond)
{}

void CdnClient::setOptions(const ClientOptions &options)
{
    m_options = options;
    m_limiter.setRate(options.requestsPerSecond);
}

ApiCall *CdnClient::call(const QString &action, const QJsonObject &params, ApiCall::Validator validator)
{
    auto *call =
        new ApiCall(this, action, QJsonDocument(params).toJson(QJsonDocument::Compact), std::move(validator));
    call->start();
    return call;
}

QList<QPair<QByteArray, QByteArray>> CdnClient::signedHeaders(const QString &action, const QByteArray &body,
                                                              qint64 timestamp) const
{
    QList<QPair<QByteArray, QByteArray>> headers = {
        {"Content-Type", "application/json"},
        {"Host", m_endpoint.hostHeader()},
    };
    Tc3Signer::Request request;
    request.signedHeaders = headers;
    request.payload = body;
    request.timestamp = timestamp;
    request.service = QStringLiteral("cdn");
    headers.append(Header(
        "Authorization", Tc3Signer::authorization(request, m_credentials.secretId, m_credentials.secretKey)));
    headers.append(Header("X-TC-Action", action.toLatin1()));
    headers.append(Header("X-TC-Version", kVersion));
    headers.append(Header("X-TC-Timestamp", QByteArray::number(timestamp)));
    headers.append(Header("X-TC-Language", m_options.language.toLatin1()));
    headers.append(Header("X-TC-RequestClient", "OriginDesk/" ORIGINDESK_VERSION));
    if (!m_credentials.token.isEmpty())
        headers.append(Header("X-TC-Token", m_credentials.token));
    return headers;
}

QNetworkRequest CdnClient::buildRequest(const QString &action, const QByteArray &body) const
{
    QNetworkRequest request(m_endpoint.url());
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + m_clockOffset;
    const auto headers = signedHeaders(action, body, timestamp);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

void CdnClient::learnClockFromDate(const QByteArray &dateHeader)
{
    // HTTP-date, e.g. "Thu, 03 Dec 2026 16:36:14 GMT".
    QDateTime server = QLocale::c().toDateTime(QString::fromLatin1(dateHeader.trimmed()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return;
    server.setTimeSpec(Qt::UTC);
    m_clockOffset = server.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
}

ApiCall *CdnClient::describeDomains(int offset, int limit, const QJsonArray &filters)
{
    QJsonObject params{{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), limit}};
    if (!filters.isEmpty())
        params.insert(QStringLiteral("Filters"), filters);
    return call(QStringLiteral("DescribeDomains"), params, [](const QJsonObject &response) {
        QString error;
        return readDomainPage(response, nullptr, nullptr, &error) ? QString() : error;
    });
}

ApiCall *CdnClient::describeDomainsConfig(int offset, int limit, const QJsonArray &filters,
                                          const QJsonObject &sort)
{
    QJsonObject params{{QStringLiteral("Offset"), offset}, {QStringLiteral("Limit"), limit}};
    if (!filters.isEmpty())
        params.insert(QStringLiteral("Filters"), filters);
    if (!sort.isEmpty())
        params.insert(QStringLiteral("Sort"), sort);
    return call(QStringLiteral("DescribeDomainsConfig"), params, [](const QJsonObject &response) {
        QString error;
        return readDomainPage(response, nullptr, nullptr, &error) ? QString() : error;
    });
}

QJsonObject CdnClient::updateOriginParams(const QString &domain, const Origin &origin)
{
    return {{QStringLiteral("Domain"), domain}, {QStringLiteral("Origin"), origin.toJson()}};
}

ApiCall *CdnClient::updateDomainConfig(const QString &domain, const Origin &origin)
{
    return call(QStringLiteral("UpdateDomainConfig"), updateOriginParams(domain, origin));
}

ApiCall *CdnClient::startDomain(const QString &domain)
{
    return call(QStringLiteral("StartCdnDomain"), {{QStringLiteral("Domain"), domain}});
}

ApiCall *CdnClient::stopDomain(const QString &domain)
{
    return call(QStringLiteral("StopCdnDomain"), {{QStringLiteral("Domain"), domain}});
}

bool CdnClient::readDomainPage(const QJsonObject &response, QList<Domain> *domains, int *total,
                               QString *error)
{
    const QJsonValue list = response.value(QStringLiteral("Domains"));
    if (list.isNull() || list.isUndefined()) {
        *error = tr("the answer has no list of domains (\"Domains\" is %1).")
                     .arg(list.isNull() ? QStringLiteral("null") : tr("missing"));
        return false;
    }
    if (!list.isArray()) {
        *error = tr("\"Domains\" is not a list.");
        return false;
    }
    const QJsonValue totalValue = response.value(QStringLiteral("TotalNumber"));
    if (!totalValue.isDouble() || totalValue.toDouble() < 0) {
        *error = tr("\"TotalNumber\" is not a number.");
        return false;
    }
    const QJsonArray array = list.toArray();
    if (domains)
        domains->reserve(domains->size() + array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject() || !item.toObject().value(QStringLiteral("Domain")).isString()) {
            *error = tr("an entry of \"Domains\" is not a domain object.");
            return false;
        }
        if (domains)
            domains->append(Domain(item.toObject()));
    }
    if (total)
        *total = totalValue.toInt();
    return true;
}

} // namespace od
