#include "OriginApplier.h"

#include "CdnClient.h"
#include "History.h"

#include <QDir>
#include <QJsonArray>

namespace od {

OriginApplier::OriginApplier(CdnClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ApiCall *OriginApplier::readDomain(CdnClient *client, const QString &domain)
{
    const QJsonArray filters{QJsonObject{{QStringLiteral("Name"), QStringLiteral("domain")},
                                         {QStringLiteral("Value"), QJsonArray{domain}}}};
    return client->describeDomainsConfig(0, 100, filters);
}

bool OriginApplier::domainFrom(ApiCall *call, const QString &name, Domain *domain, ApiError *error)
{
    if (!call->isOk()) {
        *error = call->error();
        return false;
    }
    QList<Domain> domains;
    int total = 0;
    QString problem;
    CdnClient::readDomainPage(call->response(), &domains, &total, &problem);
    for (const Domain &d : qAsConst(domains)) {
        if (d.name().compare(name, Qt::CaseInsensitive) == 0) {
            *domain = d;
            return true;
        }
    }
    *error = ApiError::api(QStringLiteral("ResourceNotFound.CdnHostNotExists"),
                           tr("The domain %1 is no longer in this account.").arg(name), call->requestId());
    return false;
}

void OriginApplier::apply(const QString &domain, const Origin &origin, const Origin &before)
{
    cancel();
    m_domain = domain;
    m_sent = origin;
    m_before = before;
    m_requestId.clear();
    emit progress(tr("Sending the change to %1…").arg(domain));
    ApiCall *call = m_client->updateDomainConfig(domain, origin);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        if (!call->isOk()) {
            emit failed(call->error());
            return;
        }
        m_requestId = call->requestId();
        verify();
    });
}

void OriginApplier::verify()
{
    emit progress(tr("Reading %1 back to verify…").arg(m_domain));
    ApiCall *call = readDomain(m_client, m_domain);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        Domain live;
        ApiError error;
        if (!domainFrom(call, m_domain, &live, &error)) {
            record(m_sent); // accepted: what was sent is the best knowledge of what is there
            emit failed(error);
            return;
        }
        record(live.origin());
        const Origin &got = live.origin();
        if (got.masterTexts() != m_sent.masterTexts() || got.slaveTexts() != m_sent.slaveTexts() ||
            got.protocol() != m_sent.protocol() || got.originType() != m_sent.originType()) {
            emit failed(ApiError::mismatch(
                tr("%1 reads back with a different origin than the one sent.").arg(m_domain)));
            return;
        }
        emit applied(live);
    });
}

void OriginApplier::record(const Origin &after)
{
    const HistoryRecord record{
        QDateTime::currentDateTimeUtc(), m_client->secretId(), m_domain, m_requestId, m_before, after};
    m_historyProblem.clear();
    if (!HistoryStore(HistoryStore::defaultPath()).append(record, &m_historyProblem))
        m_historyProblem = tr("The change was applied but not recorded in the history (%1): %2")
                               .arg(QDir::toNativeSeparators(HistoryStore::defaultPath()), m_historyProblem);
}

void OriginApplier::cancel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call = nullptr;
    }
}

} // namespace od
