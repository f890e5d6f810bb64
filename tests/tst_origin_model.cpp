#include "Domain.h"
#include "Origin.h"
#include "OriginEntry.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace od;
using testutil::parseObject;
using testutil::strings;

namespace {

// The example Origin of DescribeDomainsConfig (tccli examples.json), nulls included.
const char *kExampleOrigin = R"({"Origins":["httpbin.org"],"OriginType":"domain","ServerName":"qq.com",
"CosPrivateAccess":"off","OriginPullProtocol":"http","BackupOrigins":[],"BackupOriginType":null,
"BackupServerName":null,"BasePath":null,"PathRules":[],"PathBasedOrigin":[],
"Sni":{"Switch":"off","ServerName":null},"AdvanceHttps":{"CustomTlsStatus":"off",
"TlsVersion":["TLSv1","TLSv1.1","TLSv1.2","TLSv1.3"],"Cipher":"DEFAULT","VerifyOriginType":"off",
"CertInfo":null,"OriginCertInfo":null},"OriginCompany":null})";

// A DetailDomain with configuration the app does not edit, and a field the API may add later.
const char *kDetailDomain = R"({"ResourceId":"cdn-knocwo77","AppId":1250000000,"Domain":"www.example.com",
"Cname":"www.example.com.cdn.dnsv1.com","Status":"online","ProjectId":0,"ServiceType":"web",
"CreateTime":"2024-03-01 10:20:30","UpdateTime":"2026-11-30 23:59:59","Disable":"normal","Area":"mainland",
"Readonly":"normal","Product":"cdn","ParentHost":null,
"Origin":{"Origins":["1.1.1.1:80:10","2.2.2.2::20"],"OriginType":"ip","ServerName":"www.example.com",
"CosPrivateAccess":"off","OriginPullProtocol":"follow","BackupOrigins":["backup.example.com"],
"BackupOriginType":"domain","BackupServerName":null,"BasePath":"/static",
"PathRules":[{"Regex":false,"Path":"/api","Origin":"api.example.com","ServerName":"api.example.com",
"OriginArea":"CN","ForwardUri":"/v2","RequestHeaders":null,"FullMatch":true}],
"PathBasedOrigin":[{"RuleType":"file","RulePaths":["jpg"],"Origin":["img.example.com"]}],
"Sni":{"Switch":"on","ServerName":"sni.example.com"},"AdvanceHttps":null,"OriginCompany":null,
"FutureField":{"Nested":[1,2,3]}},
"OriginPullTimeout":{"ConnectTimeout":10,"ReceiveTimeout":30},"Https":null,"Tag":[{"TagKey":"k","TagValue":"v"}]})";

} // namespace

class TestOriginModel : public QObject
{
    Q_OBJECT

private slots:
    void parseEntry_data();
    void parseEntry();
    void rejectEntry_data();
    void rejectEntry();
    void roundTripExample();
    void roundTripDetailDomain();
    void editChangesOnlyItsField();
    void clearingSlavesKeepsShape();
    void derivedOriginType_data();
    void derivedOriginType();
    void derivedBackupOriginType();
    void domainFields();
    void wrongTypesDoNotCrash();
};

void TestOriginModel::parseEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("weight");
    using K = OriginEntry::Kind;
    QTest::newRow("ipv4 port weight") << "1.1.1.1:80:10" << int(K::IPv4) << "1.1.1.1" << 80 << 10;
    QTest::newRow("ipv4 weight only") << "2.2.2.2::20" << int(K::IPv4) << "2.2.2.2" << 0 << 20;
    QTest::newRow("ipv4 bare") << "10.0.0.1" << int(K::IPv4) << "10.0.0.1" << 0 << 0;
    QTest::newRow("domain") << "origin.example.com" << int(K::Domain) << "origin.example.com" << 0 << 0;
    QTest::newRow("domain port") << "origin.example.com:8080" << int(K::Domain) << "origin.example.com"
                                 << 8080 << 0;
    QTest::newRow("ipv6 bracket port") << "[2001:db8::1]:8080" << int(K::IPv6) << "2001:db8::1" << 8080 << 0;
    QTest::newRow("ipv6 bare") << "2001:db8::1" << int(K::IPv6) << "2001:db8::1" << 0 << 0;
    QTest::newRow("ipv6 v4 tail") << "::ffff:1.2.3.4" << int(K::IPv6) << "::ffff:1.2.3.4" << 0 << 0;
    QTest::newRow("cos bucket") << "bucket-1250000000.cos.ap-guangzhou.myqcloud.com" << int(K::CosBucket)
                                << "bucket-1250000000.cos.ap-guangzhou.myqcloud.com" << 0 << 0;
    QTest::newRow("spaces trimmed") << "  1.1.1.1:80  " << int(K::IPv4) << "1.1.1.1" << 80 << 0;
}

void TestOriginModel::parseEntry()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(int, weight);
    const OriginEntry entry = OriginEntry::parse(text);
    QVERIFY2(entry.isValid(), qPrintable(entry.error()));
    QCOMPARE(int(entry.kind()), kind);
    QCOMPARE(entry.address(), address);
    QCOMPARE(entry.port(), port);
    QCOMPARE(entry.weight(), weight);
    QCOMPARE(entry.toString(), text.trimmed());
    QCOMPARE(OriginEntry::parse(entry.toString()), entry);
}

void TestOriginModel::rejectEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("octet too big") << "300.1.1.1";
    QTest::newRow("leading zero") << "01.1.1.1";
    QTest::newRow("scheme") << "http://origin.example.com";
    QTest::newRow("path") << "origin.example.com/path";
    QTest::newRow("port not a number") << "1.1.1.1:http";
    QTest::newRow("too many colons") << "1.1.1.1:80:10:5";
    QTest::newRow("missing weight") << "1.1.1.1:80:";
    QTest::newRow("missing port") << "1.1.1.1:";
    QTest::newRow("bad ipv6") << "[2001:db8::zz]:80";
    QTest::newRow("unclosed bracket") << "[2001:db8::1:80";
    QTest::newRow("single label") << "localhost";
    QTest::newRow("wildcard") << "*.example.com";
    QTest::newRow("space inside") << "origin example.com";
    QTest::newRow("two gaps") << "2001::db8::1";
}

void TestOriginModel::rejectEntry()
{
    QFETCH(QString, text);
    const OriginEntry entry = OriginEntry::parse(text);
    QVERIFY(!entry.isValid());
    QVERIFY(!entry.error().isEmpty());
    QCOMPARE(entry.toString(), text); // nothing the operator typed is lost
}

void TestOriginModel::roundTripExample()
{
    const QJsonObject json = parseObject(kExampleOrigin);
    const Origin origin(json);
    QCOMPARE(origin.toJson(), json);
    QCOMPARE(QJsonDocument(origin.toJson()).toJson(), QJsonDocument(json).toJson());
    QCOMPARE(origin.kind(), Origin::Kind::Own);
    QCOMPARE(origin.masterTexts(), QStringList{QStringLiteral("httpbin.org")});
    QVERIFY(!origin.hasSlaves());
    QVERIFY(origin.backupServerName().isEmpty());
}

void TestOriginModel::roundTripDetailDomain()
{
    const QJsonObject json = parseObject(kDetailDomain);
    const Domain domain(json);
    QCOMPARE(domain.toJson(), json);
    QCOMPARE(domain.origin().masters().size(), 2);
    QCOMPARE(domain.origin().slaveTexts(), QStringList{QStringLiteral("backup.example.com")});

    // Setting every field to what it already holds changes nothing, nulls included.
    Domain copy = domain;
    Origin origin = copy.origin();
    origin.setMasters(origin.masters());
    origin.setSlaves(origin.slaves());
    origin.setServerName(origin.serverName());
    origin.setBackupServerName(origin.backupServerName());
    origin.setProtocol(origin.protocol());
    origin.setCosPrivateAccess(origin.cosPrivateAccess());
    origin.setOriginCompany(origin.originCompany());
    copy.setOrigin(origin);
    QCOMPARE(copy.toJson(), json);
}

void TestOriginModel::editChangesOnlyItsField()
{
    const QJsonObject json = parseObject(kDetailDomain);
    Domain domain(json);
    Origin origin = domain.origin();
    QList<OriginEntry> masters = origin.masters();
    masters.append(OriginEntry::parse(QStringLiteral("3.3.3.3:8080:30")));
    origin.setMasters(masters);
    domain.setOrigin(origin);

    const QJsonObject out = domain.toJson();
    QJsonObject expectedOrigin = json.value(QStringLiteral("Origin")).toObject();
    expectedOrigin.insert(QStringLiteral("Origins"),
                          QJsonArray{QStringLiteral("1.1.1.1:80:10"), QStringLiteral("2.2.2.2::20"),
                                     QStringLiteral("3.3.3.3:8080:30")});
    QJsonObject expected = json;
    expected.insert(QStringLiteral("Origin"), expectedOrigin);
    QCOMPARE(out, expected);
    // The untouched nulls are still nulls, not missing keys.
    QVERIFY(out.value(QStringLiteral("Origin")).toObject().value(QStringLiteral("AdvanceHttps")).isNull());
    QVERIFY(out.value(QStringLiteral("Origin")).toObject().contains(QStringLiteral("AdvanceHttps")));

    // Editing the host header touches only ServerName.
    Origin hostEdit(json.value(QStringLiteral("Origin")).toObject());
    hostEdit.setServerName(QStringLiteral("origin-host.example.com"));
    QJsonObject expectedHost = json.value(QStringLiteral("Origin")).toObject();
    expectedHost.insert(QStringLiteral("ServerName"), QStringLiteral("origin-host.example.com"));
    QCOMPARE(hostEdit.toJson(), expectedHost);
}

void TestOriginModel::clearingSlavesKeepsShape()
{
    Origin origin(parseObject(kDetailDomain).value(QStringLiteral("Origin")).toObject());
    origin.setSlaves({});
    const QJsonObject out = origin.toJson();
    QCOMPARE(out.value(QStringLiteral("BackupOrigins")).toArray().size(), 0);
    QVERIFY(out.value(QStringLiteral("BackupOriginType")).isNull());
    QVERIFY(!origin.hasSlaves());

    // An origin without the keys does not grow them.
    Origin bare(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})"));
    bare.setSlaves({});
    QVERIFY(!bare.toJson().contains(QStringLiteral("BackupOrigins")));
    QVERIFY(!bare.toJson().contains(QStringLiteral("BackupOriginType")));
}

void TestOriginModel::derivedOriginType_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("type");
    QTest::newRow("ip") << strings({"1.1.1.1:80:10", "2.2.2.2::20"}) << "ip";
    QTest::newRow("domain") << strings({"origin.example.com"}) << "domain";
    QTest::newRow("ipv6") << strings({"[2001:db8::1]:8080"}) << "ipv6";
    QTest::newRow("ip_domain") << strings({"1.1.1.1", "origin.example.com"}) << "ip_domain";
    QTest::newRow("ip_ipv6") << strings({"1.1.1.1", "2001:db8::1"}) << "ip_ipv6";
    QTest::newRow("ipv6_domain") << strings({"2001:db8::1", "origin.example.com"}) << "ipv6_domain";
    QTest::newRow("ip_ipv6_domain") << strings({"2001:db8::1", "a.example.com", "1.1.1.1"})
                                    << "ip_ipv6_domain";
}

void TestOriginModel::derivedOriginType()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, type);
    Origin origin(parseObject(R"({"Origins":["9.9.9.9"],"OriginType":"ip","ServerName":"www.example.com"})"));
    origin.setMasters(OriginEntry::parseList(entries));
    QCOMPARE(origin.originType(), type);
    QCOMPARE(origin.masterTexts(), entries);

    Origin cos(parseObject(R"({"Origins":[],"OriginType":"cos"})"));
    cos.setMasters(OriginEntry::parseList(entries));
    QCOMPARE(cos.originType(), QStringLiteral("cos"));
}

void TestOriginModel::derivedBackupOriginType()
{
    QCOMPARE(Origin::deriveBackupOriginType(OriginEntry::parseList(strings({"2.2.2.2:80", "3.3.3.3"}))),
             QStringLiteral("ip"));
    QCOMPARE(Origin::deriveBackupOriginType(OriginEntry::parseList(strings({"b.example.com"}))),
             QStringLiteral("domain"));
    QCOMPARE(Origin::deriveBackupOriginType(OriginEntry::parseList(strings({"2.2.2.2", "2001:db8::2"}))),
             QStringLiteral("ip_ipv6"));
    // An IPv4 and a domain together is no backup type the API accepts.
    QVERIFY(Origin::deriveBackupOriginType(OriginEntry::parseList(strings({"2.2.2.2", "b.example.com"})))
                .isEmpty());

    Origin origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})"));
    origin.setSlaves(OriginEntry::parseList(strings({"2.2.2.2:8080"})));
    QCOMPARE(origin.backupOriginType(), QStringLiteral("ip"));
    QCOMPARE(origin.slaveTexts(), QStringList{QStringLiteral("2.2.2.2:8080")});
}

void TestOriginModel::domainFields()
{
    const Domain domain(parseObject(kDetailDomain));
    QCOMPARE(domain.name(), QStringLiteral("www.example.com"));
    QCOMPARE(domain.resourceId(), QStringLiteral("cdn-knocwo77"));
    QCOMPARE(domain.cname(), QStringLiteral("www.example.com.cdn.dnsv1.com"));
    QCOMPARE(domain.status(), QStringLiteral("online"));
    QCOMPARE(domain.serviceType(), QStringLiteral("web"));
    QCOMPARE(domain.area(), QStringLiteral("mainland"));
    QCOMPARE(domain.projectId(), 0);
    QCOMPARE(domain.appId(), 1250000000);
    QCOMPARE(domain.disable(), QStringLiteral("normal"));
    QVERIFY(!domain.isLocked());
    QVERIFY(domain.isOnline());
    // "2026-11-30 23:59:59" is China Standard Time: 15:59:59 UTC.
    QCOMPARE(domain.updateTime().toUTC(), QDateTime(QDate(2026, 11, 30), QTime(15, 59, 59), Qt::UTC));
    QCOMPARE(Domain::formatTime(domain.updateTime()), QStringLiteral("2026-11-30 23:59:59"));
}

void TestOriginModel::wrongTypesDoNotCrash()
{
    const Origin origin(
        parseObject(R"({"Origins":"1.1.1.1","OriginType":7,"BackupOrigins":null,"ServerName":[]})"));
    QVERIFY(origin.masters().isEmpty());
    QVERIFY(origin.originType().isEmpty());
    QVERIFY(!origin.hasSlaves());
    QVERIFY(origin.serverName().isEmpty());
    const Domain domain(parseObject(R"({"Domain":5,"Origin":null})"));
    QVERIFY(domain.name().isEmpty());
    QCOMPARE(domain.toJson(), parseObject(R"({"Domain":5,"Origin":null})"));
}

QTEST_GUILESS_MAIN(TestOriginModel)
#include "tst_origin_model.moc"
