#include "OriginDiff.h"

#include "Failover.h"
#include "OriginOps.h"

namespace od {

namespace {
QString entryKey(const OriginEntry &entry)
{
    return entry.address().toLower();
}

QString protocolName(const QString &protocol)
{
    return protocol.isEmpty() ? QStringLiteral("http") : protocol;
}
} // namespace

void OriginDiff::compareEntries(const QList<OriginEntry> &before, const QList<OriginEntry> &after,
                                bool slaves, QList<OriginChange> *out)
{
    const auto field = slaves ? OriginChange::Field::SlaveEntry : OriginChange::Field::MasterEntry;
    for (const OriginEntry &old : before) {
        const auto match = std::find_if(after.cbegin(), after.cend(), [&old](const OriginEntry &e) {
            return entryKey(e) == entryKey(old);
        });
        if (match == after.cend()) {
            out->append({field, OriginChange::Kind::Removed, old.toString(), QString(),
                         slaves ? tr("Hot slave origin %1 removed").arg(old.toString())
                                : tr("Master origin %1 removed").arg(old.toString())});
        } else if (match->toString() != old.toString()) {
            out->append({field, OriginChange::Kind::Changed, old.toString(), match->toString(),
                         slaves
                             ? tr("Hot slave origin %1 changed to %2").arg(old.toString(), match->toString())
                             : tr("Master origin %1 changed to %2").arg(old.toString(), match->toString())});
        }
    }
    for (const OriginEntry &added : after) {
        const bool existed = std::any_of(before.cbegin(), before.cend(), [&added](const OriginEntry &e) {
            return entryKey(e) == entryKey(added);
        });
        if (!existed)
            out->append({field, OriginChange::Kind::Added, QString(), added.toString(),
                         slaves ? tr("Hot slave origin %1 added").arg(added.toString())
                                : tr("Master origin %1 added").arg(added.toString())});
    }
}

QList<OriginChange> OriginDiff::compare(const Origin &before, const Origin &after, const QString &domain)
{
    QList<OriginChange> out;
    using F = OriginChange::Field;
    using K = OriginChange::Kind;
    if (before.kind() != after.kind())
        out.append({F::Kind, K::Changed, OriginOps::kindName(before.kind()),
                    OriginOps::kindName(after.kind()),
                    tr("Origin changed from %1 to %2")
                        .arg(OriginOps::kindName(before.kind()), OriginOps::kindName(after.kind()))});
    compareEntries(before.masters(), after.masters(), false, &out);
    if (before.originType() != after.originType())
        out.append({F::OriginType, K::Changed, before.originType(), after.originType(),
                    tr("Origin type %1 → %2").arg(before.originType(), after.originType())});
    if (protocolName(before.protocol()) != protocolName(after.protocol()))
        out.append({F::Protocol, K::Changed, protocolName(before.protocol()), protocolName(after.protocol()),
                    tr("Origin-pull protocol %1 → %2")
                        .arg(protocolName(before.protocol()), protocolName(after.protocol()))});
    const QString hostBefore = Failover::masterHost(before, domain);
    const QString hostAfter = Failover::masterHost(after, domain);
    if (hostBefore != hostAfter)
        out.append({F::HostHeader, K::Changed, hostBefore, hostAfter,
                    tr("Origin host header %1 → %2").arg(hostBefore, hostAfter)});
    const QString accessBefore =
        before.cosPrivateAccess().isEmpty() ? QStringLiteral("off") : before.cosPrivateAccess();
    const QString accessAfter =
        after.cosPrivateAccess().isEmpty() ? QStringLiteral("off") : after.cosPrivateAccess();
    if (accessBefore != accessAfter)
        out.append({F::PrivateAccess, K::Changed, accessBefore, accessAfter,
                    tr("COS private access %1 → %2").arg(accessBefore, accessAfter)});
    compareEntries(before.slaves(), after.slaves(), true, &out);
    if (before.hasSlaves() && after.hasSlaves()) {
        const QString slaveBefore = Failover::slaveHost(before, domain);
        const QString slaveAfter = Failover::slaveHost(after, domain);
        if (slaveBefore != slaveAfter)
            out.append({F::SlaveHostHeader, K::Changed, slaveBefore, slaveAfter,
                        tr("Hot slave host header %1 → %2").arg(slaveBefore, slaveAfter)});
    }
    // Anything else the API holds (PathRules, Sni, AdvanceHttps, ...): named, not detailed.
    QJsonObject rest = before.toJson();
    QJsonObject restAfter = after.toJson();
    for (const char *known : {"Origins", "OriginType", "ServerName", "CosPrivateAccess", "OriginPullProtocol",
                              "BackupOrigins", "BackupOriginType", "BackupServerName"}) {
        rest.remove(QLatin1String(known));
        restAfter.remove(QLatin1String(known));
    }
    QStringList keys = rest.keys() + restAfter.keys();
    keys.removeDuplicates();
    for (const QString &key : qAsConst(keys)) {
        if (rest.value(key) != restAfter.value(key))
            out.append({F::Other, K::Changed, key, key, tr("%1 changed").arg(key)});
    }
    return out;
}

} // namespace od
