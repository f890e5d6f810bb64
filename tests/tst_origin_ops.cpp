#include "Failover.h"
#include "OriginOps.h"
#include "OriginRules.h"
#include "TestUtil.h"

#include <QTest>

using namespace od;
using testutil::parseObject;
using testutil::strings;

namespace {
const QString kDomain = QStringLiteral("www.example.com");

bool hasLoss(const OperationResult &result, Loss::Kind kind)
{
    for (const Loss &loss : result.losses) {
        if (loss.kind == kind)
            return true;
    }
    return false;
}
} // namespace

class TestOriginOps : public QObject
{
    Q_OBJECT

private slots:
    void switchOwnToCosReportsWhatGoes();
    void switchCosToOwn();
    void switchWithoutSlavesLosesOnlyMasters();
    void switchKeepsUnrelatedFields();
    void swapLossless();
    void swapDropsWeights();
    void swapMovesHostHeaders();
    void swapIntoInvalid();
    void swapImpossible();
    void swapTwiceRestores();
    void failover_data();
    void failover();
    void failoverWithoutSlaves();
    void explainInPlainWords();
};

void TestOriginOps::switchOwnToCosReportsWhatGoes()
{
    const Origin own(parseObject(R"({"Origins":["1.1.1.1:80:10","2.2.2.2:80:20"],"OriginType":"ip",
        "OriginPullProtocol":"http","BackupOrigins":["3.3.3.3"],"BackupOriginType":"ip",
        "BackupServerName":"backup.example.com","CosPrivateAccess":"off"})"));
    const OperationResult result = OriginOps::switchKind(own, Origin::Kind::Cos, kDomain);
    QVERIFY(result.possible);
    QVERIFY(result.needsConfirmation());
    QVERIFY(hasLoss(result, Loss::Kind::SlavesRemoved));
    QVERIFY(hasLoss(result, Loss::Kind::MastersRemoved));
    for (const Loss &loss : result.losses) {
        if (loss.kind == Loss::Kind::SlavesRemoved)
            QCOMPARE(loss.items, strings({"3.3.3.3"}));
        if (loss.kind == Loss::Kind::MastersRemoved)
            QCOMPARE(loss.items, strings({"1.1.1.1:80:10", "2.2.2.2:80:20"}));
    }
    QCOMPARE(result.origin.kind(), Origin::Kind::Cos);
    QCOMPARE(result.origin.originType(), QStringLiteral("cos"));
    QVERIFY(!result.origin.hasSlaves());
    QVERIFY(result.origin.backupServerName().isEmpty());
    QVERIFY(result.origin.masters().isEmpty());
    // The switched origin still needs its bucket and host header: the rules say so.
    QVERIFY(containsRule(result.findings, QStringLiteral("masters.empty")));
    QVERIFY(containsRule(result.findings, QStringLiteral("servername.required")));
    QVERIFY(!result.canApply());

    // Filling them in makes it valid.
    Origin cos = result.origin;
    cos.setMasters(OriginEntry::parseList(strings({"b-1250000000.cos.ap-guangzhou.myqcloud.com"})));
    cos.setServerName(QStringLiteral("b-1250000000.cos.ap-guangzhou.myqcloud.com"));
    QVERIFY(!hasErrors(OriginRules::check(cos, kDomain)));
    QCOMPARE(cos.originType(), QStringLiteral("cos"));
}

void TestOriginOps::switchCosToOwn()
{
    const Origin cos(
        parseObject(R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos",
        "ServerName":"b-1250000000.cos.ap-guangzhou.myqcloud.com","CosPrivateAccess":"on"})"));
    const OperationResult result = OriginOps::switchKind(cos, Origin::Kind::Own, kDomain);
    QVERIFY(result.possible);
    QVERIFY(hasLoss(result, Loss::Kind::PrivateAccessCleared));
    QCOMPARE(result.origin.cosPrivateAccess(), QStringLiteral("off"));
    QCOMPARE(result.origin.kind(), Origin::Kind::Own);
    Origin own = result.origin;
    own.setMasters(OriginEntry::parseList(strings({"1.1.1.1", "origin.example.com"})));
    QCOMPARE(own.originType(), QStringLiteral("ip_domain"));
}

void TestOriginOps::switchWithoutSlavesLosesOnlyMasters()
{
    const Origin own(parseObject(R"({"Origins":["origin.example.com"],"OriginType":"domain"})"));
    const OperationResult result = OriginOps::switchKind(own, Origin::Kind::Cos, kDomain);
    QCOMPARE(result.losses.size(), 1);
    QCOMPARE(result.losses.first().kind, Loss::Kind::MastersRemoved);
}

void TestOriginOps::switchKeepsUnrelatedFields()
{
    const QJsonObject json = parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","BasePath":"/x",
        "Sni":{"Switch":"on","ServerName":"s.example.com"},"PathRules":[{"Path":"/a"}],"AdvanceHttps":null})");
    const OperationResult result = OriginOps::switchKind(Origin(json), Origin::Kind::Cos, kDomain);
    const QJsonObject out = result.origin.toJson();
    for (const char *key : {"BasePath", "Sni", "PathRules", "AdvanceHttps"})
        QCOMPARE(out.value(QLatin1String(key)), json.value(QLatin1String(key)));
    QVERIFY(out.contains(QStringLiteral("AdvanceHttps")));
}

void TestOriginOps::swapLossless()
{
    const Origin origin(
        parseObject(R"({"Origins":["1.1.1.1:80"],"OriginType":"ip","OriginPullProtocol":"http",
        "BackupOrigins":["backup.example.com"],"BackupOriginType":"domain","Sni":{"Switch":"off"}})"));
    const OperationResult result = OriginOps::swapMasterSlave(origin, kDomain);
    QVERIFY(result.possible);
    QVERIFY(result.losses.isEmpty());
    QVERIFY(!result.needsConfirmation());
    QVERIFY(result.canApply());
    QCOMPARE(result.origin.masterTexts(), strings({"backup.example.com"}));
    QCOMPARE(result.origin.originType(), QStringLiteral("domain"));
    QCOMPARE(result.origin.slaveTexts(), strings({"1.1.1.1:80"}));
    QCOMPARE(result.origin.backupOriginType(), QStringLiteral("ip"));
    QCOMPARE(result.origin.toJson().value(QStringLiteral("Sni")),
             origin.toJson().value(QStringLiteral("Sni")));
}

void TestOriginOps::swapDropsWeights()
{
    const Origin origin(parseObject(R"({"Origins":["1.1.1.1:80:10","2.2.2.2::20"],"OriginType":"ip",
        "BackupOrigins":["3.3.3.3"],"BackupOriginType":"ip"})"));
    const OperationResult result = OriginOps::swapMasterSlave(origin, kDomain);
    QVERIFY(result.needsConfirmation());
    QCOMPARE(result.losses.size(), 1);
    QCOMPARE(result.losses.first().kind, Loss::Kind::WeightsDropped);
    QCOMPARE(result.losses.first().items, strings({"1.1.1.1:80:10", "2.2.2.2::20"}));
    QCOMPARE(result.origin.slaveTexts(), strings({"1.1.1.1:80", "2.2.2.2"}));
    QCOMPARE(result.origin.masterTexts(), strings({"3.3.3.3"}));
    QVERIFY(result.canApply());
}

void TestOriginOps::swapMovesHostHeaders()
{
    const Origin origin(
        parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","ServerName":"master.example.com",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip","BackupServerName":"slave.example.com"})"));
    const OperationResult result = OriginOps::swapMasterSlave(origin, kDomain);
    QCOMPARE(result.origin.serverName(), QStringLiteral("slave.example.com"));
    QCOMPARE(result.origin.backupServerName(), QStringLiteral("master.example.com"));
    QVERIFY(result.losses.isEmpty());

    // Without a slave host header both use the master's: nothing moves.
    const Origin shared(
        parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","ServerName":"master.example.com",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip","BackupServerName":null})"));
    const OperationResult same = OriginOps::swapMasterSlave(shared, kDomain);
    QCOMPARE(same.origin.serverName(), QStringLiteral("master.example.com"));
    QVERIFY(same.origin.backupServerName().isEmpty());
    QVERIFY(same.origin.toJson().value(QStringLiteral("BackupServerName")).isNull());
}

void TestOriginOps::swapIntoInvalid()
{
    // Two master domains cannot become slaves (one domain at most).
    const Origin origin(parseObject(R"({"Origins":["a.example.com","b.example.com"],"OriginType":"domain",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})"));
    const OperationResult result = OriginOps::swapMasterSlave(origin, kDomain);
    QVERIFY(result.possible);
    QVERIFY(!result.canApply());
    QVERIFY(containsRule(result.findings, QStringLiteral("slaves.single-domain")));

    // An IPv6 master cannot become a slave behind... and an IPv6 slave would sit behind itself.
    const Origin v6(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip",
        "BackupOrigins":["2001:db8::2"],"BackupOriginType":"ipv6"})"));
    QVERIFY(
        containsRule(OriginOps::swapMasterSlave(v6, kDomain).findings, QStringLiteral("slaves.ipv6-master")));

    // HTTPS with slaves stays an error after the swap.
    const Origin https(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"https",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})"));
    QVERIFY(containsRule(OriginOps::swapMasterSlave(https, kDomain).findings,
                         QStringLiteral("protocol.https-with-slaves")));
}

void TestOriginOps::swapImpossible()
{
    const OperationResult none = OriginOps::swapMasterSlave(
        Origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})")), kDomain);
    QVERIFY(!none.possible);
    QVERIFY(!none.reason.isEmpty());
    QVERIFY(!none.canApply());
    const OperationResult cos = OriginOps::swapMasterSlave(
        Origin(
            parseObject(R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos"})")),
        kDomain);
    QVERIFY(!cos.possible);
}

void TestOriginOps::swapTwiceRestores()
{
    const QJsonObject json = parseObject(R"({"Origins":["1.1.1.1:80","4.4.4.4"],"OriginType":"ip",
        "ServerName":"m.example.com","BackupOrigins":["2.2.2.2:8080"],"BackupOriginType":"ip",
        "BackupServerName":"s.example.com","PathRules":[]})");
    const OperationResult once = OriginOps::swapMasterSlave(Origin(json), kDomain);
    const OperationResult twice = OriginOps::swapMasterSlave(once.origin, kDomain);
    QCOMPARE(twice.origin.toJson(), json);
}

void TestOriginOps::failover_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("toSlave");
    using K = MasterOutcome::Kind;
    QTest::newRow("200") << int(K::HttpStatus) << 200 << false;
    QTest::newRow("206") << int(K::HttpStatus) << 206 << false;
    QTest::newRow("301") << int(K::HttpStatus) << 301 << false;
    QTest::newRow("304") << int(K::HttpStatus) << 304 << false;
    QTest::newRow("400") << int(K::HttpStatus) << 400 << true;
    QTest::newRow("404") << int(K::HttpStatus) << 404 << true;
    QTest::newRow("499") << int(K::HttpStatus) << 499 << true;
    QTest::newRow("500") << int(K::HttpStatus) << 500 << true;
    QTest::newRow("502") << int(K::HttpStatus) << 502 << true;
    QTest::newRow("599") << int(K::HttpStatus) << 599 << true;
    QTest::newRow("tcp error") << int(K::TcpError) << 0 << true;
    QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
}

void TestOriginOps::failover()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, toSlave);
    const Origin origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","ServerName":"m.example.com",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip","BackupServerName":"s.example.com"})"));
    const FailoverDecision decision =
        Failover::route(origin, kDomain, MasterOutcome{MasterOutcome::Kind(kind), status});
    QCOMPARE(decision.retriedOnSlave, toSlave);
    QCOMPARE(decision.servers, toSlave ? strings({"2.2.2.2"}) : strings({"1.1.1.1"}));
    QCOMPARE(decision.hostHeader,
             toSlave ? QStringLiteral("s.example.com") : QStringLiteral("m.example.com"));
    QVERIFY(!decision.reason.isEmpty());
}

void TestOriginOps::failoverWithoutSlaves()
{
    const Origin origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})"));
    const FailoverDecision decision = Failover::route(origin, kDomain, MasterOutcome::http(502));
    QVERIFY(!decision.retriedOnSlave);
    QCOMPARE(decision.hostHeader, kDomain); // the Host defaults to the acceleration domain

    // The slave host header defaults to the master's.
    const Origin noSlaveHost(
        parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip","ServerName":"m.example.com",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})"));
    QCOMPARE(Failover::route(noSlaveHost, kDomain, MasterOutcome::tcpError()).hostHeader,
             QStringLiteral("m.example.com"));
}

void TestOriginOps::explainInPlainWords()
{
    const Origin origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})"));
    const QString text = Failover::explain(origin, kDomain);
    QVERIFY(text.contains(QStringLiteral("4XX or 5XX")));
    QVERIFY(text.contains(QStringLiteral("TCP")));
    QVERIFY(text.contains(QStringLiteral("2.2.2.2")));
    QVERIFY(Failover::explain(Origin(parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})")), kDomain)
                .contains(QStringLiteral("no hot slave")));
}

QTEST_GUILESS_MAIN(TestOriginOps)
#include "tst_origin_ops.moc"
