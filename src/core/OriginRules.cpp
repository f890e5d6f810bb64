#include "OriginRules.h"

#include <QSet>

#include <algorithm>

namespace od {

namespace {

void add(Findings &out, const char *id, Finding::Field field, Finding::Severity severity,
         const QString &message, int index = -1)
{
    out.append(Finding{QLatin1String(id), field, severity, message, index});
}

constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;

int listLength(const QList<OriginEntry> &entries)
{
    int length = 0;
    for (const OriginEntry &entry : entries)
        length += entry.toString().size() + 1;
    return std::max(0, length - 1);
}

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

} // namespace

QStringList OriginRules::knownProtocols()
{
    return {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("follow")};
}

QStringList OriginRules::knownOriginCompanies()
{
    return {QStringLiteral("aws_s3"), QStringLiteral("ali_oss"), QStringLiteral("hw_obs"),
            QStringLiteral("qiniu_kodo"), QStringLiteral("others")};
}

Findings OriginRules::check(const Origin &origin, const QString &accelerationDomain)
{
    Findings out;
    const QList<OriginEntry> masters = origin.masters();
    const QList<OriginEntry> slaves = origin.slaves();
    checkEntries(masters, Finding::Field::Masters, accelerationDomain, out);
    checkMasters(origin, masters, out);
    checkEntries(slaves, Finding::Field::Slaves, accelerationDomain, out);
    checkSlaves(origin, masters, slaves, out);
    checkKindFields(origin, out);
    checkProtocol(origin, !slaves.isEmpty(), out);
    return out;
}

void OriginRules::checkEntries(const QList<OriginEntry> &entries, Finding::Field field,
                               const QString &accelerationDomain, Findings &out)
{
    const bool master = field == Finding::Field::Masters;
    QSet<QString> seen;
    const QString self = normalizedHost(accelerationDomain);
    for (int i = 0; i < entries.size(); ++i) {
        const OriginEntry &entry = entries.at(i);
        if (!entry.isValid()) {
            add(out, master ? "masters.entry-invalid" : "slaves.entry-invalid", field, Error, entry.error(),
                i);
            continue;
        }
        if (entry.hasPort() && (entry.port() < 1 || entry.port() > 65535))
            add(out, "port.range", field, Error,
                tr("Port %1 of %2 is out of range: use 1 to 65535.").arg(entry.port()).arg(entry.address()),
                i);
        const QString key =
            normalizedHost(entry.address()) + QLatin1Char(':') + QString::number(entry.port());
        if (seen.contains(key))
            add(out, master ? "masters.duplicate" : "slaves.duplicate", field, Error,
                tr("%1 is listed twice.").arg(entry.toString()), i);
        seen.insert(key);
        if (!self.isEmpty() && normalizedHost(entry.address()) == self)
            add(out, master ? "masters.self" : "slaves.self", field, Error,
                tr("The origin cannot be the acceleration domain %1 itself: requests would loop.")
                    .arg(accelerationDomain),
                i);
    }
    if (listLength(entries) > kMaxAddressLength)
        add(out, master ? "masters.too-long" : "slaves.too-long", field, Error,
            tr("The address list is %1 characters long; the API accepts at most %2.")
                .arg(listLength(entries))
                .arg(kMaxAddressLength));
}

void OriginRules::checkMasters(const Origin &origin, const QList<OriginEntry> &masters, Findings &out)
{
    using F = Finding::Field;
    const Origin::Kind kind = origin.kind();
    if (masters.isEmpty()) {
        add(out, "masters.empty", F::Masters, Error,
            kind == Origin::Kind::Cos ? tr("Enter the COS bucket domain.")
                                      : tr("Enter at least one master origin server."));
        return;
    }

    int weighted = 0;
    for (int i = 0; i < masters.size(); ++i) {
        const OriginEntry &entry = masters.at(i);
        if (!entry.isValid() || !entry.hasWeight())
            continue;
        ++weighted;
        if (entry.weight() < 1 || entry.weight() > 100)
            add(out, "weight.range", F::Masters, Error,
                tr("Weight %1 of %2 is out of range: use 1 to 100.").arg(entry.weight()).arg(entry.address()),
                i);
        if (entry.kind() != OriginEntry::Kind::IPv4)
            add(out, "weight.ipv4-only", F::Masters, Error,
                tr("%1 has a weight, but weights are only for IPv4 addresses.").arg(entry.address()), i);
    }
    if (weighted > 0 && weighted < masters.size())
        add(out, "weight.all-or-none", F::Masters, Error,
            tr("Give every master origin a weight, or none of them (%1 of %2 have one).")
                .arg(weighted)
                .arg(masters.size()));

    if (kind == Origin::Kind::Cos) {
        if (masters.size() > 1)
            add(out, "cos.single", F::Masters, Error, tr("A COS origin is exactly one bucket domain."));
        for (int i = 0; i < masters.size(); ++i) {
            const OriginEntry &entry = masters.at(i);
            if (entry.isValid() && entry.kind() != OriginEntry::Kind::CosBucket)
                add(out, "cos.bucket-domain", F::Masters, Error,
                    tr("%1 is not a COS bucket domain (like "
                       "bucket-1250000000.cos.ap-guangzhou.myqcloud.com).")
                        .arg(entry.address()),
                    i);
        }
    } else if (kind == Origin::Kind::Own) {
        for (int i = 0; i < masters.size(); ++i) {
            if (masters.at(i).kind() == OriginEntry::Kind::CosBucket)
                add(out, "own.cos-bucket", F::Masters, Warning,
                    tr("%1 looks like a COS bucket: choose COS origin to use the bucket's private access.")
                        .arg(masters.at(i).address()),
                    i);
        }
    }
}

void OriginRules::checkSlaves(const Origin &origin, const QList<OriginEntry> &masters,
                              const QList<OriginEntry> &slaves, Findings &out)
{
    using F = Finding::Field;
    if (slaves.isEmpty())
        return;
    if (origin.kind() != Origin::Kind::Own)
        add(out, "slaves.requires-own-master", F::Slaves, Error,
            tr("Hot slave origins can only be added when the master is an own origin (not COS or third-party "
               "storage)."));
    const bool ipv6Master = std::any_of(masters.cbegin(), masters.cend(), [](const OriginEntry &e) {
        return e.kind() == OriginEntry::Kind::IPv6;
    });
    if (ipv6Master)
        add(out, "slaves.ipv6-master", F::Slaves, Error,
            tr("Hot slave origins are not supported behind an IPv6 master origin."));

    int domains = 0;
    for (int i = 0; i < slaves.size(); ++i) {
        const OriginEntry &entry = slaves.at(i);
        if (!entry.isValid())
            continue;
        if (entry.kind() == OriginEntry::Kind::CosBucket)
            add(out, "slaves.own-only", F::Slaves, Error,
                tr("%1 is a COS bucket; hot slave origins must be own origins (a domain or IPs).")
                    .arg(entry.address()),
                i);
        if (entry.hasWeight())
            add(out, "slaves.no-weight", F::Slaves, Error,
                tr("Hot slave origins take no weight; remove the weight of %1.").arg(entry.address()), i);
        if (entry.kind() == OriginEntry::Kind::Domain || entry.kind() == OriginEntry::Kind::CosBucket)
            ++domains;
        const bool alsoMaster = std::any_of(masters.cbegin(), masters.cend(),
                                            [&entry](const OriginEntry &m) { return m.sameTarget(entry); });
        if (alsoMaster)
            add(out, "slaves.same-as-master", F::Slaves, Warning,
                tr("%1 is also a master origin, so failing over to it does not help.").arg(entry.address()),
                i);
    }
    if (domains > 1)
        add(out, "slaves.single-domain", F::Slaves, Error,
            tr("Hot slave origins are one domain or a list of IPs, not %1 domains.").arg(domains));
    else if (Origin::deriveBackupOriginType(slaves).isEmpty() &&
             std::all_of(slaves.cbegin(), slaves.cend(), [](const OriginEntry &e) { return e.isValid(); }))
        add(out, "slaves.type", F::Slaves, Error,
            tr("Hot slave origins are either one domain or IP addresses; this mix cannot be sent as a "
               "slave origin type."));
}

void OriginRules::checkKindFields(const Origin &origin, Findings &out)
{
    using F = Finding::Field;
    const Origin::Kind kind = origin.kind();
    const bool storage = kind == Origin::Kind::Cos || kind == Origin::Kind::ThirdParty;
    if (storage && origin.serverName().isEmpty())
        add(out, "servername.required", F::ServerName, Error,
            tr("Enter the origin host header: COS and third-party storage origins need one."));
    if (kind == Origin::Kind::ThirdParty) {
        if (origin.originCompany().isEmpty())
            add(out, "company.required", F::OriginCompany, Error,
                tr("Choose the storage vendor of the third-party origin."));
        else if (!knownOriginCompanies().contains(origin.originCompany(), Qt::CaseInsensitive))
            add(out, "company.value", F::OriginCompany, Error,
                tr("Unknown storage vendor \"%1\".").arg(origin.originCompany()));
    }
    const QString privateAccess = origin.cosPrivateAccess();
    if (!privateAccess.isEmpty() && privateAccess != QLatin1String("on") &&
        privateAccess != QLatin1String("off"))
        add(out, "cos.private-access-value", F::CosPrivateAccess, Error,
            tr("COS private access is \"on\" or \"off\", not \"%1\".").arg(privateAccess));
    else if (privateAccess == QLatin1String("on") && kind != Origin::Kind::Cos)
        add(out, "cos.private-access", F::CosPrivateAccess, Error,
            tr("COS private access applies only to a COS origin."));
}

void OriginRules::checkProtocol(const Origin &origin, bool hasSlaves, Findings &out)
{
    using F = Finding::Field;
    const QString protocol = origin.protocol();
    if (!protocol.isEmpty() && !knownProtocols().contains(protocol)) {
        add(out, "protocol.value", F::Protocol, Error,
            tr("The origin-pull protocol is http, https or follow, not \"%1\".").arg(protocol));
        return;
    }
    if (!hasSlaves)
        return;
    if (protocol == QLatin1String("https"))
        add(out, "protocol.https-with-slaves", F::Protocol, Error,
            tr("Hot slave origins do not support HTTPS back-to-origin. Choose HTTP or Follow, or remove the "
               "slave origins."));
    else if (protocol == QLatin1String("follow"))
        add(out, "protocol.follow-with-slaves", F::Protocol, Warning,
            tr("With Follow, requests that arrive over HTTPS are pulled over HTTPS, which hot slave origins "
               "do "
               "not support: those requests cannot fail over."));
}

} // namespace od
