#include "Origin.h"
#include "OriginRules.h"
#include "TestUtil.h"

#include <QTest>

using namespace od;
using testutil::parseObject;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void cleanOriginsHaveNoFindings_data();
    void cleanOriginsHaveNoFindings();
    void findingsPointAtTheirEntry();
};

// Each row: an origin, the rule, whether it must fire, and the severity it must have when it does.
void TestRules::rule_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<bool>("isError");

    auto row = [](const char *name, const char *json, const char *rule, bool fires, bool isError = true) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(rule) << fires << isError;
    };

    // Hot slave origins only behind an own origin.
    row("slave behind cos", R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos",
        "ServerName":"b-1250000000.cos.ap-guangzhou.myqcloud.com","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "slaves.requires-own-master", true);
    row("slave behind third party", R"({"Origins":["b.s3.amazonaws.com"],"OriginType":"third_party",
        "ServerName":"b.s3.amazonaws.com","OriginCompany":"aws_s3","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "slaves.requires-own-master", true);
    row("slave behind own",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "slaves.requires-own-master", false);

    // Slaves are own origins, without weights, not behind IPv6, one domain or IPs.
    row("cos bucket as slave", R"({"Origins":["1.1.1.1"],"OriginType":"ip",
        "BackupOrigins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"BackupOriginType":"domain"})",
        "slaves.own-only", true);
    row("domain as slave",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["b.example.com"],"BackupOriginType":"domain"})",
        "slaves.own-only", false);
    row("slave with weight",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2:80:10"],"BackupOriginType":"ip"})",
        "slaves.no-weight", true);
    row("slave with port",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2:80"],"BackupOriginType":"ip"})",
        "slaves.no-weight", false);
    row("slave behind ipv6",
        R"({"Origins":["[2001:db8::1]:80"],"OriginType":"ipv6","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "slaves.ipv6-master", true);
    row("slave behind ipv4",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "slaves.ipv6-master", false);
    row("two slave domains",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["a.example.com","b.example.com"],"BackupOriginType":"domain"})",
        "slaves.single-domain", true);
    row("slave ip and domain",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2","b.example.com"]})",
        "slaves.type", true);
    row("slave ips",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2","3.3.3.3:8080"],"BackupOriginType":"ip"})",
        "slaves.type", false);
    row("slave same as master",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["1.1.1.1"],"BackupOriginType":"ip"})",
        "slaves.same-as-master", true, false);
    row("bad slave entry",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.999"],"BackupOriginType":"ip"})",
        "slaves.entry-invalid", true);

    // HTTPS back-to-origin with hot slave origins is an error; follow is a warning.
    row("https with slaves",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"https","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "protocol.https-with-slaves", true);
    row("https without slaves",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"https","BackupOrigins":[]})",
        "protocol.https-with-slaves", false);
    row("http with slaves",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"http","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "protocol.https-with-slaves", false);
    row("follow with slaves",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"follow","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})",
        "protocol.follow-with-slaves", true, false);
    row("follow without slaves", R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"follow"})",
        "protocol.follow-with-slaves", false);
    row("unknown protocol", R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"ftp"})",
        "protocol.value", true);

    // Weights: 1-100, all or none, IPv4 only.
    row("weight 0", R"({"Origins":["1.1.1.1:80:0","2.2.2.2:80:10"],"OriginType":"ip"})", "weight.range",
        true);
    row("weight 101", R"({"Origins":["1.1.1.1::101"],"OriginType":"ip"})", "weight.range", true);
    row("weight 100", R"({"Origins":["1.1.1.1::100","2.2.2.2::1"],"OriginType":"ip"})", "weight.range",
        false);
    row("weights partial", R"({"Origins":["1.1.1.1:80:10","2.2.2.2:80"],"OriginType":"ip"})",
        "weight.all-or-none", true);
    row("weights all", R"({"Origins":["1.1.1.1:80:10","2.2.2.2:80:90"],"OriginType":"ip"})",
        "weight.all-or-none", false);
    row("weights none", R"({"Origins":["1.1.1.1:80","2.2.2.2:80"],"OriginType":"ip"})", "weight.all-or-none",
        false);
    row("weight on domain", R"({"Origins":["a.example.com::10"],"OriginType":"domain"})", "weight.ipv4-only",
        true);
    row("weight on ipv6", R"({"Origins":["[2001:db8::1]:80:10"],"OriginType":"ipv6"})", "weight.ipv4-only",
        true);

    // Ports 1-65535.
    row("port 0", R"({"Origins":["1.1.1.1:0"],"OriginType":"ip"})", "port.range", true);
    row("port 65536", R"({"Origins":["1.1.1.1:65536"],"OriginType":"ip"})", "port.range", true);
    row("port 65535", R"({"Origins":["1.1.1.1:65535"],"OriginType":"ip"})", "port.range", false);
    row("slave port 70000",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2:70000"],"BackupOriginType":"ip"})",
        "port.range", true);

    // The list: at most 511 characters, no duplicates, not empty, not the domain itself.
    {
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many << QStringLiteral("\"10.0.%1.%2:8080\"").arg(i).arg(100 + i);
        const QByteArray json =
            "{\"Origins\":[" + many.join(QLatin1Char(',')).toUtf8() + "],\"OriginType\":\"ip\"}";
        QTest::newRow("list too long")
            << QString::fromUtf8(json) << QStringLiteral("masters.too-long") << true << true;
        const QByteArray shorter =
            "{\"Origins\":[" + many.mid(0, 20).join(QLatin1Char(',')).toUtf8() + "],\"OriginType\":\"ip\"}";
        QTest::newRow("list fits") << QString::fromUtf8(shorter) << QStringLiteral("masters.too-long")
                                   << false << true;
    }
    row("duplicate", R"({"Origins":["1.1.1.1:80","1.1.1.1:80"],"OriginType":"ip"})", "masters.duplicate",
        true);
    row("same ip other port", R"({"Origins":["1.1.1.1:80","1.1.1.1:8080"],"OriginType":"ip"})",
        "masters.duplicate", false);
    row("duplicate domain case", R"({"Origins":["A.example.com","a.example.com"],"OriginType":"domain"})",
        "masters.duplicate", true);
    row("empty list", R"({"Origins":[],"OriginType":"ip"})", "masters.empty", true);
    row("null list", R"({"Origins":null})", "masters.empty", true);
    row("bad master entry", R"({"Origins":["1.1.1"],"OriginType":"ip"})", "masters.entry-invalid", true);
    row("origin is the domain", R"({"Origins":["WWW.Example.com"],"OriginType":"domain"})", "masters.self",
        true);
    row("slave is the domain",
        R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["www.example.com"],"BackupOriginType":"domain"})",
        "slaves.self", true);
    row("origin differs", R"({"Origins":["origin.example.com"],"OriginType":"domain"})", "masters.self",
        false);

    // COS and third-party storage.
    row("cos without host",
        R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos"})",
        "servername.required", true);
    row("cos with host", R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos",
        "ServerName":"b-1250000000.cos.ap-guangzhou.myqcloud.com"})",
        "servername.required", false);
    row("own without host", R"({"Origins":["1.1.1.1"],"OriginType":"ip"})", "servername.required", false);
    row("third party without host",
        R"({"Origins":["b.s3.amazonaws.com"],"OriginType":"third_party","OriginCompany":"aws_s3"})",
        "servername.required", true);
    row("third party without company",
        R"({"Origins":["b.s3.amazonaws.com"],"OriginType":"third_party","ServerName":"b.s3.amazonaws.com"})",
        "company.required", true);
    row("third party unknown company", R"({"Origins":["b.s3.amazonaws.com"],"OriginType":"third_party",
        "ServerName":"b.s3.amazonaws.com","OriginCompany":"dropbox"})",
        "company.value", true);
    row("third party with company", R"({"Origins":["b.s3.amazonaws.com"],"OriginType":"third_party",
        "ServerName":"b.s3.amazonaws.com","OriginCompany":"aws_s3"})",
        "company.required", false);
    row("cos not a bucket",
        R"({"Origins":["static.example.com"],"OriginType":"cos","ServerName":"static.example.com"})",
        "cos.bucket-domain", true);
    row("cos bucket",
        R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos","ServerName":"x"})",
        "cos.bucket-domain", false);
    row("cos two buckets",
        R"({"Origins":["a-1250000000.cos.ap-guangzhou.myqcloud.com","b-1250000000.cos.ap-guangzhou.myqcloud.com"],
        "OriginType":"cos","ServerName":"x"})",
        "cos.single", true);
    row("private access on own", R"({"Origins":["1.1.1.1"],"OriginType":"ip","CosPrivateAccess":"on"})",
        "cos.private-access", true);
    row("private access off on own", R"({"Origins":["1.1.1.1"],"OriginType":"ip","CosPrivateAccess":"off"})",
        "cos.private-access", false);
    row("private access on cos",
        R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos",
        "ServerName":"x","CosPrivateAccess":"on"})",
        "cos.private-access", false);
    row("private access bad value", R"({"Origins":["1.1.1.1"],"OriginType":"ip","CosPrivateAccess":"yes"})",
        "cos.private-access-value", true);
    row("bucket as own origin",
        R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"domain"})",
        "own.cos-bucket", true, false);
}

void TestRules::rule()
{
    QFETCH(QString, json);
    QFETCH(QString, ruleId);
    QFETCH(bool, fires);
    QFETCH(bool, isError);
    const Origin origin(parseObject(json.toUtf8().constData()));
    const Findings findings = OriginRules::check(origin, QStringLiteral("www.example.com"));
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.ruleId;
    QVERIFY2(containsRule(findings, ruleId) == fires, qPrintable(ids.join(QLatin1Char(' '))));
    for (const Finding &f : findings) {
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.ruleId));
        if (f.ruleId == ruleId)
            QCOMPARE(f.isError(), isError);
    }
}

void TestRules::cleanOriginsHaveNoFindings_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("ip weights")
        << R"({"Origins":["1.1.1.1:80:10","2.2.2.2::20"],"OriginType":"ip","OriginPullProtocol":"http"})";
    QTest::newRow("domain")
        << R"({"Origins":["origin.example.com"],"OriginType":"domain","ServerName":"www.example.com"})";
    QTest::newRow("slaves") << R"({"Origins":["1.1.1.1:80"],"OriginType":"ip","OriginPullProtocol":"http",
        "BackupOrigins":["2.2.2.2:80","3.3.3.3"],"BackupOriginType":"ip","BackupServerName":"backup.example.com"})";
    QTest::newRow("slave domain") << R"({"Origins":["origin.example.com"],"OriginType":"domain",
        "BackupOrigins":["backup.example.com"],"BackupOriginType":"domain"})";
    QTest::newRow("cos") << R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos",
        "ServerName":"b-1250000000.cos.ap-guangzhou.myqcloud.com","CosPrivateAccess":"on","OriginPullProtocol":"https"})";
    QTest::newRow("ipv6")
        << R"({"Origins":["[2001:db8::1]:443"],"OriginType":"ipv6","OriginPullProtocol":"https"})";
}

void TestRules::cleanOriginsHaveNoFindings()
{
    QFETCH(QString, json);
    const Findings findings =
        OriginRules::check(Origin(parseObject(json.toUtf8().constData())), QStringLiteral("www.example.com"));
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.ruleId + QLatin1String(": ") + f.message;
    QVERIFY2(findings.isEmpty(), qPrintable(ids.join(QLatin1Char('\n'))));
}

void TestRules::findingsPointAtTheirEntry()
{
    const Origin origin(parseObject(R"({"Origins":["1.1.1.1:80:10","2.2.2.2:80:500"],"OriginType":"ip",
        "BackupOrigins":["3.3.3.3::5"],"BackupOriginType":"ip"})"));
    const Findings findings = OriginRules::check(origin, QStringLiteral("www.example.com"));
    const Findings masters = findingsFor(findings, Finding::Field::Masters);
    QCOMPARE(masters.size(), 1);
    QCOMPARE(masters.first().ruleId, QStringLiteral("weight.range"));
    QCOMPARE(masters.first().entryIndex, 1);
    const Findings slaves = findingsFor(findings, Finding::Field::Slaves);
    QCOMPARE(slaves.size(), 1);
    QCOMPARE(slaves.first().ruleId, QStringLiteral("slaves.no-weight"));
    QCOMPARE(slaves.first().entryIndex, 0);
    QVERIFY(hasErrors(findings));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
