#include "RateLimiter.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace od {

RateLimiter::RateLimiter(double requestsPerSecond)
    : m_rate(requestsPerSecond)
{
    m_clock.start();
}

void RateLimiter::setRate(double requestsPerSecond)
{
    m_rate = requestsPerSecond;
}

qint64 RateLimiter::intervalMs() const
{
    if (m_rate <= 0)
        return 0;
    // A small margin keeps any one-second window under the budget even when delivery jitters.
    return static_cast<qint64>(std::ceil(1000.0 / m_rate * 1.04));
}

qint64 RateLimiter::acquire(const QString &action, QObject *context, std::function<void()> fn)
{
    const qint64 now = m_clock.elapsed();
    const qint64 interval = intervalMs();
    qint64 slot = now;
    if (interval > 0) {
        qint64 &next = m_nextFree[action];
        slot = std::max(now, next);
        next = slot + interval;
    }
    const qint64 delay = slot - now;
    // Precise: a coarse timer may fire a slot seconds later off by 5%, bunching requests past the limit.
    QTimer::singleShot(std::chrono::milliseconds(delay), Qt::PreciseTimer, context, std::move(fn));
    return delay;
}

} // namespace od
