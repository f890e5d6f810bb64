#include "DomainWatcher.h"

#include "ApiCall.h"
#include "OriginApplier.h"

namespace od {

namespace {
constexpr int kMaxPolls = 300; // at the default 2 s: ten minutes
}

DomainWatcher::DomainWatcher(CdnClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &DomainWatcher::poll);
}

bool DomainWatcher::isSettled(const QString &status)
{
    return status != QLatin1String("processing") && status != QLatin1String("closing");
}

void DomainWatcher::watch(const QString &domain)
{
    m_domains.insert(domain);
    m_polls.insert(domain, 0);
    if (!m_timer.isActive())
        m_timer.start();
}

void DomainWatcher::clear()
{
    m_domains.clear();
    m_polls.clear();
    m_timer.stop();
}

void DomainWatcher::poll()
{
    const QSet<QString> domains = m_domains;
    for (const QString &name : domains) {
        if (++m_polls[name] > kMaxPolls) {
            m_domains.remove(name);
            continue;
        }
        ApiCall *call = OriginApplier::readDomain(m_client, name);
        connect(call, &ApiCall::finished, this, [this, call, name] {
            Domain domain;
            ApiError error;
            if (!OriginApplier::domainFrom(call, name, &domain, &error))
                return; // try again at the next tick
            emit domainUpdated(domain);
            if (isSettled(domain.status()))
                m_domains.remove(name);
            if (m_domains.isEmpty())
                m_timer.stop();
        });
    }
    if (m_domains.isEmpty())
        m_timer.stop();
}

} // namespace od
