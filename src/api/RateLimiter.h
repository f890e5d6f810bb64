#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

namespace od {

// Spaces the requests of each action evenly so that no action goes over its per-second budget
// (the CDN API allows 20 requests/second per action). A slot is reserved at the call; the function
// runs when the slot comes.
class RateLimiter
{
public:
    explicit RateLimiter(double requestsPerSecond = 20.0);

    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }
    // Milliseconds until the reserved slot; runs fn on context's thread then.
    qint64 acquire(const QString &action, QObject *context, std::function<void()> fn);

private:
    qint64 intervalMs() const;

    double m_rate;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_nextFree;
};

} // namespace od
