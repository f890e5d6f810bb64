#include "SandboxStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace od {

namespace {
const QString kDomains = QStringLiteral("Domains");

QJsonObject defaultOriginShape()
{
    // The shape DescribeDomainsConfig returns, nulls included, so clients see real-looking data.
    QJsonObject sni{{QStringLiteral("Switch"), QStringLiteral("off")},
                    {QStringLiteral("ServerName"), QJsonValue::Null}};
    QJsonObject https{
        {QStringLiteral("CustomTlsStatus"), QStringLiteral("off")},
        {QStringLiteral("TlsVersion"), QJsonArray{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"),
                                                  QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}},
        {QStringLiteral("Cipher"), QStringLiteral("DEFAULT")},
        {QStringLiteral("VerifyOriginType"), QStringLiteral("off")},
        {QStringLiteral("CertInfo"), QJsonValue::Null},
        {QStringLiteral("OriginCertInfo"), QJsonValue::Null}};
    return {{QStringLiteral("Origins"), QJsonArray()},
            {QStringLiteral("OriginType"), QJsonValue::Null},
            {QStringLiteral("ServerName"), QJsonValue::Null},
            {QStringLiteral("CosPrivateAccess"), QStringLiteral("off")},
            {QStringLiteral("OriginPullProtocol"), QStringLiteral("http")},
            {QStringLiteral("BackupOrigins"), QJsonArray()},
            {QStringLiteral("BackupOriginType"), QJsonValue::Null},
            {QStringLiteral("BackupServerName"), QJsonValue::Null},
            {QStringLiteral("BasePath"), QJsonValue::Null},
            {QStringLiteral("PathRules"), QJsonArray()},
            {QStringLiteral("PathBasedOrigin"), QJsonArray()},
            {QStringLiteral("Sni"), sni},
            {QStringLiteral("AdvanceHttps"), https},
            {QStringLiteral("OriginCompany"), QJsonValue::Null}};
}

QString pick(QRandomGenerator &rng, const QStringList &items)
{
    return items.at(static_cast<int>(rng.bounded(static_cast<quint32>(items.size()))));
}

QString ipv4(QRandomGenerator &rng)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(rng.bounded(11, 223))
        .arg(rng.bounded(0, 256))
        .arg(rng.bounded(0, 256))
        .arg(rng.bounded(1, 255));
}
} // namespace

bool SandboxStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        m_domains.clear();
        reindex();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(kDomains).isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("no \"Domains\" list");
        return false;
    }
    QVector<Domain> loaded;
    const QJsonArray array = doc.object().value(kDomains).toArray();
    loaded.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject() || !value.toObject().value(QStringLiteral("Domain")).isString())
            continue;
        Domain domain(value.toObject());
        // A state written mid-deployment by an older sandbox: nothing would ever settle it.
        if (domain.status() == QLatin1String("processing"))
            domain.setStatus(QStringLiteral("online"));
        else if (domain.status() == QLatin1String("closing"))
            domain.setStatus(QStringLiteral("offline"));
        loaded.append(domain);
    }
    m_domains = std::move(loaded);
    m_busy.clear();
    reindex();
    return true;
}

bool SandboxStore::save(const QString &path, QString *error) const
{
    // A deployment under way is written as finished: by the next start it would have been.
    QJsonArray array;
    for (const Domain &domain : m_domains) {
        QJsonObject json = domain.toJson();
        const auto busy = m_busy.constFind(domain.name());
        if (busy != m_busy.constEnd())
            json.insert(QStringLiteral("Status"), busy->finalStatus);
        array.append(json);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("Version"), 1}, {kDomains, array}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void SandboxStore::seed(int count, quint32 seedValue)
{
    QRandomGenerator rng(seedValue);
    static const QStringList brands = {
        QStringLiteral("acme"),     QStringLiteral("lumen"),    QStringLiteral("pandashop"),
        QStringLiteral("novagame"), QStringLiteral("bluefin"),  QStringLiteral("kitetravel"),
        QStringLiteral("orchid"),   QStringLiteral("terra"),    QStringLiteral("qingyun"),
        QStringLiteral("hexa"),     QStringLiteral("mingbank"), QStringLiteral("zephyr")};
    static const QStringList hosts = {
        QStringLiteral("www"), QStringLiteral("img"),   QStringLiteral("static"),
        QStringLiteral("cdn"), QStringLiteral("video"), QStringLiteral("dl"),
        QStringLiteral("api"), QStringLiteral("m"),     QStringLiteral("assets")};
    static const QStringList tlds = {QStringLiteral("com"), QStringLiteral("cn"), QStringLiteral("net"),
                                     QStringLiteral("com.cn"), QStringLiteral("io")};
    static const QStringList regions = {QStringLiteral("ap-guangzhou"), QStringLiteral("ap-shanghai"),
                                        QStringLiteral("ap-beijing"), QStringLiteral("ap-singapore")};
    static const QStringList serviceTypes = {QStringLiteral("web"), QStringLiteral("web"),
                                             QStringLiteral("download"), QStringLiteral("media")};
    static const QStringList areas = {QStringLiteral("mainland"), QStringLiteral("mainland"),
                                      QStringLiteral("overseas"), QStringLiteral("global")};
    const QDateTime base(QDate(2023, 1, 1), QTime(8, 0), Qt::UTC);
    const int start = m_domains.size();
    for (int i = 0; i < count; ++i) {
        const int n = start + i;
        const QString brand = pick(rng, brands);
        const QString tld = pick(rng, tlds);
        const QString name = QStringLiteral("%1%2.%3.%4").arg(pick(rng, hosts)).arg(n).arg(brand, tld);
        QJsonObject origin = defaultOriginShape();
        Origin model(origin);
        const quint32 roll = rng.bounded(100u);
        if (roll < 30) { // IPs with weights
            QList<OriginEntry> entries;
            const int ips = static_cast<int>(rng.bounded(2u, 4u));
            for (int k = 0; k < ips; ++k)
                entries.append(OriginEntry(OriginEntry::Kind::IPv4, ipv4(rng), 80,
                                           static_cast<int>(rng.bounded(1u, 101u))));
            model.setMasters(entries);
        } else if (roll < 50) { // IPs, some with ports
            QList<OriginEntry> entries;
            const int ips = static_cast<int>(rng.bounded(1u, 4u));
            for (int k = 0; k < ips; ++k)
                entries.append(OriginEntry(OriginEntry::Kind::IPv4, ipv4(rng), rng.bounded(2u) ? 8080 : 0));
            model.setMasters(entries);
        } else if (roll < 72) { // a domain origin
            model.setMasters({OriginEntry(OriginEntry::Kind::Domain,
                                          QStringLiteral("origin-%1.%2.%3").arg(n).arg(brand, tld))});
            model.setServerName(name);
        } else if (roll < 88) { // COS
            model.setKind(Origin::Kind::Cos);
            const QString bucket = QStringLiteral("%1-%2-1250000000.cos.%3.myqcloud.com")
                                       .arg(brand)
                                       .arg(n)
                                       .arg(pick(rng, regions));
            model.setMasters({OriginEntry(OriginEntry::Kind::CosBucket, bucket)});
            model.setServerName(bucket);
            model.setCosPrivateAccess(rng.bounded(3u) == 0 ? QStringLiteral("on") : QStringLiteral("off"));
        } else { // own origin with hot slave origins
            model.setMasters({OriginEntry(OriginEntry::Kind::IPv4, ipv4(rng), 80)});
            if (rng.bounded(2u))
                model.setSlaves({OriginEntry(OriginEntry::Kind::Domain,
                                             QStringLiteral("backup-%1.%2.%3").arg(n).arg(brand, tld))});
            else
                model.setSlaves({OriginEntry(OriginEntry::Kind::IPv4, ipv4(rng), 80),
                                 OriginEntry(OriginEntry::Kind::IPv4, ipv4(rng), 80)});
            model.setServerName(name);
        }
        if (roll >= 88)
            model.setProtocol(rng.bounded(4u) == 0 ? QStringLiteral("follow") : QStringLiteral("http"));
        else
            model.setProtocol(pick(rng, {QStringLiteral("http"), QStringLiteral("http"),
                                         QStringLiteral("https"), QStringLiteral("follow")}));

        const QDateTime created = base.addSecs(static_cast<qint64>(n) * 1800 + rng.bounded(1800u));
        const QDateTime updated = created.addSecs(rng.bounded(86400u * 200));
        QString resourceId = QStringLiteral("cdn-");
        for (int k = 0; k < 8; ++k)
            resourceId += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[rng.bounded(36u)]);
        QJsonObject json{
            {QStringLiteral("ResourceId"), resourceId},
            {QStringLiteral("AppId"), 1250000000},
            {QStringLiteral("Domain"), name},
            {QStringLiteral("Cname"), QString(name + QStringLiteral(".cdn.dnsv1.com"))},
            {QStringLiteral("Status"),
             rng.bounded(100u) < 8 ? QStringLiteral("offline") : QStringLiteral("online")},
            {QStringLiteral("ProjectId"), rng.bounded(5u) == 0 ? 1001 : 0},
            {QStringLiteral("ServiceType"), pick(rng, serviceTypes)},
            {QStringLiteral("CreateTime"), Domain::formatTime(created)},
            {QStringLiteral("UpdateTime"), Domain::formatTime(updated)},
            {QStringLiteral("Origin"), model.toJson()},
            {QStringLiteral("Disable"), QStringLiteral("normal")},
            {QStringLiteral("Area"), pick(rng, areas)},
            {QStringLiteral("Readonly"), QStringLiteral("normal")},
            {QStringLiteral("Product"), QStringLiteral("cdn")},
            {QStringLiteral("ParentHost"), QJsonValue::Null},
            {QStringLiteral("OriginPullTimeout"),
             QJsonObject{{QStringLiteral("ConnectTimeout"), 10}, {QStringLiteral("ReceiveTimeout"), 60}}},
            {QStringLiteral("Https"), QJsonValue::Null},
            {QStringLiteral("Tag"), QJsonArray()},
        };
        m_domains.append(Domain(json));
    }
    reindex();
}

const Domain *SandboxStore::find(const QString &name) const
{
    const auto it = m_index.constFind(name.toLower());
    return it == m_index.constEnd() ? nullptr : &m_domains.at(*it);
}

Domain *SandboxStore::find(const QString &name)
{
    const auto it = m_index.constFind(name.toLower());
    return it == m_index.constEnd() ? nullptr : &m_domains[*it];
}

void SandboxStore::insert(const Domain &domain)
{
    m_domains.append(domain);
    reindex();
}

void SandboxStore::reindex()
{
    // The API lists newest first (Sort createTime desc).
    std::stable_sort(m_domains.begin(), m_domains.end(), [](const Domain &a, const Domain &b) {
        return a.createTimeText() > b.createTimeText();
    });
    m_index.clear();
    m_index.reserve(m_domains.size());
    for (int i = 0; i < m_domains.size(); ++i)
        m_index.insert(m_domains.at(i).name().toLower(), i);
}

void SandboxStore::markBusy(const QString &name, const QString &transientStatus, const QString &finalStatus,
                            qint64 untilMs)
{
    Domain *domain = find(name);
    if (!domain)
        return;
    domain->setStatus(transientStatus);
    m_busy.insert(domain->name(), Busy{untilMs, finalStatus});
}

void SandboxStore::settle(qint64 nowMs)
{
    for (auto it = m_busy.begin(); it != m_busy.end();) {
        if (it->untilMs <= nowMs) {
            if (Domain *domain = find(it.key()))
                domain->setStatus(it->finalStatus);
            it = m_busy.erase(it);
        } else {
            ++it;
        }
    }
}

QJsonObject SandboxStore::briefOf(const Domain &domain)
{
    static const QStringList keys = {
        QStringLiteral("ResourceId"),  QStringLiteral("AppId"),      QStringLiteral("Domain"),
        QStringLiteral("Cname"),       QStringLiteral("Status"),     QStringLiteral("ProjectId"),
        QStringLiteral("ServiceType"), QStringLiteral("CreateTime"), QStringLiteral("UpdateTime"),
        QStringLiteral("Origin"),      QStringLiteral("Disable"),    QStringLiteral("Area"),
        QStringLiteral("Readonly"),    QStringLiteral("Product"),    QStringLiteral("ParentHost")};
    const QJsonObject full = domain.toJson();
    QJsonObject brief;
    for (const QString &key : keys)
        brief.insert(key, full.value(key));
    return brief;
}

} // namespace od
