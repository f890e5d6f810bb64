#include "Failover.h"

namespace od {

bool Failover::triggersFailover(const MasterOutcome &outcome)
{
    switch (outcome.kind) {
    case MasterOutcome::Kind::TcpError:
    case MasterOutcome::Kind::Timeout:
        return true;
    case MasterOutcome::Kind::HttpStatus:
        return outcome.status >= 400 && outcome.status <= 599;
    }
    return false;
}

QString Failover::masterHost(const Origin &origin, const QString &domain)
{
    return origin.serverName().isEmpty() ? domain : origin.serverName();
}

QString Failover::slaveHost(const Origin &origin, const QString &domain)
{
    return origin.backupServerName().isEmpty() ? masterHost(origin, domain) : origin.backupServerName();
}

FailoverDecision Failover::route(const Origin &origin, const QString &domain, const MasterOutcome &outcome)
{
    FailoverDecision decision;
    decision.servers = origin.masterTexts();
    decision.hostHeader = masterHost(origin, domain);
    if (!triggersFailover(outcome)) {
        decision.reason = tr("The master answered %1; its answer is returned.").arg(outcome.status);
        return decision;
    }
    if (!origin.hasSlaves() || origin.kind() != Origin::Kind::Own) {
        decision.reason = tr("The master failed and there is no hot slave origin; the error is returned.");
        return decision;
    }
    decision.retriedOnSlave = true;
    decision.servers = origin.slaveTexts();
    decision.hostHeader = slaveHost(origin, domain);
    switch (outcome.kind) {
    case MasterOutcome::Kind::HttpStatus:
        decision.reason =
            tr("The master answered %1; the request is retried on the hot slave origin.").arg(outcome.status);
        break;
    case MasterOutcome::Kind::TcpError:
        decision.reason =
            tr("The TCP connection to the master failed; the request is retried on the hot slave origin.");
        break;
    case MasterOutcome::Kind::Timeout:
        decision.reason = tr("The master timed out; the request is retried on the hot slave origin.");
        break;
    }
    return decision;
}

QString Failover::explain(const Origin &origin, const QString &domain)
{
    if (!origin.hasSlaves() || origin.kind() != Origin::Kind::Own)
        return tr(
            "Every back-to-origin request goes to the master origin. There is no hot slave origin: if the "
            "master fails, the error reaches the client.");
    return tr("Every back-to-origin request goes to the master origin (%1, Host: %2) first. If the master "
              "answers "
              "4XX or 5XX, times out, or the TCP connection fails, the request is retried on the hot slave "
              "origin (%3, Host: %4). 2XX and 3XX answers are returned as they are.")
        .arg(origin.masterTexts().join(QLatin1String(", ")), masterHost(origin, domain),
             origin.slaveTexts().join(QLatin1String(", ")), slaveHost(origin, domain));
}

} // namespace od
