#include "DomainPager.h"

#include "CdnClient.h"

namespace od {

DomainPager::DomainPager(CdnClient *client, Shape shape, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_shape(shape)
    , m_pageSize(shape == Shape::Brief ? CdnClient::kDescribeDomainsMaxLimit
                                       : CdnClient::kDescribeDomainsConfigMaxLimit)
{}

void DomainPager::start()
{
    cancel();
    m_running = true;
    m_error = ApiError();
    m_total = -1;
    m_pagesDone = 0;
    m_pagesTotal = 0;
    m_nextOffset = m_pageSize;
    request(0);
}

void DomainPager::cancel()
{
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_running = false;
}

void DomainPager::request(int offset)
{
    ApiCall *call = m_shape == Shape::Brief ? m_client->describeDomains(offset, m_pageSize, m_filters)
                                            : m_client->describeDomainsConfig(offset, m_pageSize, m_filters);
    m_inFlight.append(call);
    connect(call, &ApiCall::finished, this, [this, call, offset] { onPage(call, offset); });
}

void DomainPager::onPage(ApiCall *call, int offset)
{
    m_inFlight.removeAll(call);
    if (!m_running)
        return;
    if (!call->isOk()) {
        fail(call->error());
        return;
    }
    QList<Domain> domains;
    int total = 0;
    QString problem;
    if (!CdnClient::readDomainPage(call->response(), &domains, &total, &problem)) {
        fail(ApiError::malformed(problem));
        return;
    }
    if (m_total < 0) {
        m_total = total;
        m_pagesTotal = std::max(1, (total + m_pageSize - 1) / m_pageSize);
    }
    ++m_pagesDone;
    emit pageLoaded(offset, domains);
    emit progress(m_pagesDone, m_pagesTotal);
    pump();
}

void DomainPager::pump()
{
    while (m_running && m_nextOffset < m_total && m_inFlight.size() < m_maxInFlight) {
        request(m_nextOffset);
        m_nextOffset += m_pageSize;
    }
    if (m_running && m_inFlight.isEmpty() && m_nextOffset >= m_total) {
        m_running = false;
        emit finished();
    }
}

void DomainPager::fail(const ApiError &error)
{
    m_error = error;
    cancel();
    emit finished();
}

} // namespace od
