#include "OriginOps.h"

#include "OriginRules.h"

namespace od {

QString OriginOps::kindName(Origin::Kind kind)
{
    switch (kind) {
    case Origin::Kind::Own:
        return tr("Own origin");
    case Origin::Kind::Cos:
        return tr("COS origin");
    case Origin::Kind::ThirdParty:
        return tr("Third-party storage");
    case Origin::Kind::Other:
        break;
    }
    return tr("Other");
}

OperationResult OriginOps::switchKind(const Origin &origin, Origin::Kind target, const QString &domain)
{
    OperationResult result;
    result.origin = origin;
    const Origin::Kind from = origin.kind();
    if (target == from) {
        result.findings = OriginRules::check(origin, domain);
        return result;
    }
    if (target == Origin::Kind::Other || from == Origin::Kind::Other) {
        result.possible = false;
        result.reason =
            tr("This origin type (%1) is edited in the Tencent Cloud console only.").arg(origin.originType());
        return result;
    }

    Origin &next = result.origin;
    const QStringList masters = origin.masterTexts();
    const QStringList slaves = origin.slaveTexts();
    if (!slaves.isEmpty()) {
        result.losses.append({Loss::Kind::SlavesRemoved,
                              tr("The hot slave origins are removed: only own origins can have them."),
                              slaves});
        next.setSlaves({});
        next.setBackupServerName(QString());
    }
    if (!masters.isEmpty()) {
        result.losses.append({Loss::Kind::MastersRemoved,
                              tr("The master origins are replaced by the %1 address.").arg(kindName(target)),
                              masters});
    }
    if (origin.cosPrivateAccess() == QLatin1String("on") && target != Origin::Kind::Cos) {
        result.losses.append({Loss::Kind::PrivateAccessCleared, tr("COS private access is turned off."), {}});
        next.setCosPrivateAccess(QStringLiteral("off"));
    }
    if (from == Origin::Kind::ThirdParty)
        next.setOriginCompany(QString());
    next.setMasters({});
    next.setKind(target);
    result.findings = OriginRules::check(next, domain);
    return result;
}

OperationResult OriginOps::swapMasterSlave(const Origin &origin, const QString &domain)
{
    OperationResult result;
    result.origin = origin;
    if (origin.kind() != Origin::Kind::Own) {
        result.possible = false;
        result.reason = tr("Only an own origin has hot slave origins to switch with.");
        return result;
    }
    const QList<OriginEntry> masters = origin.masters();
    const QList<OriginEntry> slaves = origin.slaves();
    if (slaves.isEmpty()) {
        result.possible = false;
        result.reason = tr("There is no hot slave origin to switch with.");
        return result;
    }

    QList<OriginEntry> newSlaves;
    QStringList weighted;
    for (const OriginEntry &entry : masters) {
        if (entry.hasWeight())
            weighted.append(entry.toString());
        newSlaves.append(entry.withoutWeight());
    }
    if (!weighted.isEmpty())
        result.losses.append(
            {Loss::Kind::WeightsDropped,
             tr("Slave origins take no weight: the weights of the current masters are dropped."), weighted});

    Origin &next = result.origin;
    next.setMasters(slaves);
    next.setSlaves(newSlaves);
    const QString master = origin.serverName();
    const QString backup = origin.backupServerName();
    if (!backup.isEmpty() && backup != master) {
        // Each host header moves with its servers.
        next.setServerName(backup);
        next.setBackupServerName(master.isEmpty() ? domain : master);
    }
    result.findings = OriginRules::check(next, domain);
    return result;
}

} // namespace od
