#pragma once

#include "Domain.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace od {

class CdnClient;

// Polls domains that are deploying (processing/closing) until they settle, so the list shows
// "Deploying" until the domain is back online (or offline).
class DomainWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DomainWatcher(CdnClient *client, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void watch(const QString &domain);
    void clear();
    bool isWatching(const QString &domain) const { return m_domains.contains(domain); }

    static bool isSettled(const QString &status);

signals:
    void domainUpdated(const od::Domain &domain);

private:
    void poll();

    CdnClient *m_client;
    QTimer m_timer;
    QSet<QString> m_domains;
    QHash<QString, int> m_polls;
};

} // namespace od
