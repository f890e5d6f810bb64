#include "DomainPager.h"
#include "SandboxFixture.h"
#include "Tc3Signer.h"
#include "TestUtil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>

#include <limits>

using namespace od;
using testutil::Outcome;
using testutil::SandboxFixture;
using testutil::wait;

namespace {
bool ownWithoutSlaves(const Domain &d)
{
    return d.origin().kind() == Origin::Kind::Own && !d.origin().hasSlaves() && d.isOnline() &&
           d.origin().masterTexts().size() == 1 && d.origin().protocol() != QLatin1String("https");
}

const Domain *liveDomain(SandboxFixture &f, const QString &name)
{
    return f.server.store().find(name);
}
} // namespace

class TestClientSandbox : public QObject
{
    Q_OBJECT

private slots:
    void describeDomainsFirstPage();
    void pagingOver2500Domains_data();
    void pagingOver2500Domains();
    void pagerFailsCleanly();
    void updateChangesSandboxState();
    void updateKeepsUnknownFieldsOverTheWire();
    void processingDomainIsRetriedThenSurfaced();
    void startAndStop();
    void queuedUpdatesStayUnderTheRateLimit();
    void retryClasses_data();
    void retryClasses();
    void connectionRefusedIsRetriedThenSurfaced();
    void timeoutIsRetried();
    void nonRetryableFailsAtOnce();
    void malformedResponses_data();
    void malformedResponses();
    void wrongKeyAndUnknownId();
    void clockOffsetCorrectedOnce();
    void staleTimestampSurfaced();
    void temporaryCredentials();
    void expiredCredentialsRefusedBeforeSending();
    void endpointPolicy_data();
    void endpointPolicy();
    void sandboxAcceptsNodeSdkSignature();
    void sandboxRefusesInvalidOrigins_data();
    void sandboxRefusesInvalidOrigins();
    void unknownDomain();
    void cancelStopsCleanly();
    void statePersistsAtomically();
    void languageHeaderSent();
};

void TestClientSandbox::describeDomainsFirstPage()
{
    SandboxFixture f(25);
    const Outcome o = wait(f.client.describeDomains(0, 10));
    QVERIFY2(o.ok, qPrintable(o.error.toDisplayString()));
    QCOMPARE(o.response.value(QStringLiteral("TotalNumber")).toInt(), 25);
    const QJsonArray domains = o.response.value(QStringLiteral("Domains")).toArray();
    QCOMPARE(domains.size(), 10);
    const QJsonObject first = domains.first().toObject();
    for (const char *key :
         {"ResourceId", "Domain", "Cname", "Status", "ServiceType", "Area", "CreateTime", "Origin"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(!o.response.value(QStringLiteral("RequestId")).toString().isEmpty());
    // Brief shape: no detailed config objects.
    QVERIFY(!first.contains(QStringLiteral("OriginPullTimeout")));
    QCOMPARE(f.server.requestCount(QStringLiteral("DescribeDomains")), 1);
}

void TestClientSandbox::pagingOver2500Domains_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("pages");
    QTest::newRow("DescribeDomains") << int(DomainPager::Shape::Brief) << 3;
    QTest::newRow("DescribeDomainsConfig") << int(DomainPager::Shape::Detailed) << 25;
}

void TestClientSandbox::pagingOver2500Domains()
{
    QFETCH(int, shape);
    QFETCH(int, pages);
    SandboxFixture f(2500);
    DomainPager pager(&f.client, DomainPager::Shape(shape));
    QSet<QString> names;
    int lastDone = 0;
    connect(&pager, &DomainPager::pageLoaded, this, [&](int, const QList<Domain> &domains) {
        for (const Domain &d : domains)
            names.insert(d.name());
    });
    connect(&pager, &DomainPager::progress, this, [&](int done, int total) {
        QCOMPARE(total, pages);
        lastDone = done;
    });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(!pager.isRunning(), 30000);
    QVERIFY2(!pager.error().isError(), qPrintable(pager.error().toDisplayString()));
    QCOMPARE(pager.totalNumber(), 2500);
    QCOMPARE(lastDone, pages);
    QCOMPARE(names.size(), 2500);
    const QString action = shape == int(DomainPager::Shape::Brief) ? QStringLiteral("DescribeDomains")
                                                                   : QStringLiteral("DescribeDomainsConfig");
    QCOMPARE(f.server.requestCount(action), pages);
    QCOMPARE(f.server.rateLimitedCount(action), 0);
}

void TestClientSandbox::pagerFailsCleanly()
{
    SandboxFixture f(2500);
    SandboxFault fault;
    QString error;
    QVERIFY(SandboxFault::parse(
        QStringLiteral("error:UnauthorizedOperation.CdnCamUnauthorized@DescribeDomainsConfig"), &fault,
        &error));
    fault.remaining = -1;
    f.server.addFault(fault);
    DomainPager pager(&f.client, DomainPager::Shape::Detailed);
    bool finished = false;
    connect(&pager, &DomainPager::finished, this, [&] { finished = true; });
    pager.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QCOMPARE(pager.error().code(), QStringLiteral("UnauthorizedOperation.CdnCamUnauthorized"));
    QVERIFY(!pager.isRunning());
}

void TestClientSandbox::updateChangesSandboxState()
{
    SandboxFixture f;
    const QString name = f.findDomain(ownWithoutSlaves);
    QVERIFY(!name.isEmpty());
    Origin origin = liveDomain(f, name)->origin();
    QList<OriginEntry> masters = origin.masters();
    masters = {OriginEntry::parse(QStringLiteral("10.1.1.1:80:60")),
               OriginEntry::parse(QStringLiteral("10.1.1.2:80:40"))};
    origin.setMasters(masters);
    origin.setSlaves({OriginEntry::parse(QStringLiteral("10.2.2.2:8080"))});
    origin.setProtocol(QStringLiteral("http"));
    const Outcome o = wait(f.client.updateDomainConfig(name, origin));
    QVERIFY2(o.ok, qPrintable(o.error.toDisplayString()));
    const Domain *live = liveDomain(f, name);
    QCOMPARE(live->origin().masterTexts(), testutil::strings({"10.1.1.1:80:60", "10.1.1.2:80:40"}));
    QCOMPARE(live->origin().slaveTexts(), testutil::strings({"10.2.2.2:8080"}));
    QCOMPARE(live->origin().backupOriginType(), QStringLiteral("ip"));
    QCOMPARE(live->status(), QStringLiteral("processing"));
    // Read back through the API: the change is there, and the domain comes back online.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Outcome read = wait(f.client.describeDomainsConfig(
                0, 100,
                QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("domain")},
                                       {QStringLiteral("Value"), QJsonArray{name}}}}));
            const QJsonObject d = read.response.value(QStringLiteral("Domains")).toArray().first().toObject();
            return d.value(QStringLiteral("Status")).toString() == QLatin1String("online") &&
                   Domain(d).origin().masterTexts().size() == 2;
        }(),
        5000);
}

void TestClientSandbox::updateKeepsUnknownFieldsOverTheWire()
{
    SandboxFixture f;
    const QString name = f.findDomain(ownWithoutSlaves);
    QJsonObject json = liveDomain(f, name)->origin().toJson();
    json.insert(QStringLiteral("FutureField"), QJsonObject{{QStringLiteral("Kept"), true}});
    Origin origin(json);
    origin.setServerName(QStringLiteral("host.example.org"));
    QVERIFY(wait(f.client.updateDomainConfig(name, origin)).ok);
    QCOMPARE(liveDomain(f, name)->origin().toJson(), origin.toJson());
    QVERIFY(liveDomain(f, name)->origin().toJson().value(QStringLiteral("AdvanceHttps")).isObject());
}

void TestClientSandbox::processingDomainIsRetriedThenSurfaced()
{
    SandboxFixture f;
    const QString name = f.findDomain(ownWithoutSlaves);
    const Origin origin = liveDomain(f, name)->origin();
    // Short processing: the second update waits it out through retries.
    f.server.setProcessingMs(150);
    QVERIFY(wait(f.client.updateDomainConfig(name, origin)).ok);
    const Outcome second = wait(f.client.updateDomainConfig(name, origin));
    QVERIFY2(second.ok, qPrintable(second.error.toDisplayString()));
    QVERIFY(second.retried.contains(QStringLiteral("ResourceInUse.CdnOpInProgress")));

    // Long processing: retries are bounded and the operator gets the service's code.
    f.server.setProcessingMs(60000);
    ClientOptions options = f.client.options();
    options.maxAttempts = 3;
    f.client.setOptions(options);
    const QString other =
        f.findDomain([&](const Domain &d) { return ownWithoutSlaves(d) && d.name() != name; });
    QVERIFY(wait(f.client.updateDomainConfig(other, liveDomain(f, other)->origin())).ok);
    const Outcome busy = wait(f.client.updateDomainConfig(other, liveDomain(f, other)->origin()));
    QVERIFY(!busy.ok);
    QCOMPARE(busy.error.code(), QStringLiteral("ResourceInUse.CdnOpInProgress"));
    QCOMPARE(busy.attempts, 3);
    QVERIFY(!busy.error.requestId().isEmpty());
}

void TestClientSandbox::startAndStop()
{
    SandboxFixture f;
    const QString name = f.findDomain([](const Domain &d) { return d.isOnline(); });
    const Outcome start = wait(f.client.startDomain(name));
    QCOMPARE(start.error.code(), QStringLiteral("InvalidParameter.CDNStatusInvalidDomain"));
    QVERIFY(wait(f.client.stopDomain(name)).ok);
    QCOMPARE(liveDomain(f, name)->status(), QStringLiteral("closing"));
    QTRY_COMPARE_WITH_TIMEOUT(
        (f.server.store().settle(QDateTime::currentMSecsSinceEpoch()), liveDomain(f, name)->status()),
        QStringLiteral("offline"), 3000);
    QVERIFY(wait(f.client.startDomain(name)).ok);
    QCOMPARE(liveDomain(f, name)->status(), QStringLiteral("processing"));
    QTRY_COMPARE_WITH_TIMEOUT(
        (f.server.store().settle(QDateTime::currentMSecsSinceEpoch()), liveDomain(f, name)->status()),
        QStringLiteral("online"), 3000);
}

void TestClientSandbox::queuedUpdatesStayUnderTheRateLimit()
{
    SandboxFixture f(150);
    QStringList names;
    for (const Domain &d : f.server.store().domains()) {
        if (names.size() < 100 && d.origin().kind() == Origin::Kind::Own)
            names << d.name();
    }
    QCOMPARE(names.size(), 100);
    QList<std::shared_ptr<Outcome>> outcomes;
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : names) {
        ApiCall *call = f.client.updateDomainConfig(name, liveDomain(f, name)->origin());
        auto outcome = std::make_shared<Outcome>();
        outcomes << outcome;
        connect(call, &ApiCall::finished, this, [call, outcome, &done] {
            outcome->ok = call->isOk();
            outcome->error = call->error();
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 100, 60000);
    for (const auto &o : outcomes)
        QVERIFY2(o->ok, qPrintable(o->error.toDisplayString()));
    // 100 requests at 20/s take about 5 s: the limiter paced them rather than the server refusing them.
    QVERIFY(timer.elapsed() >= 4500);
    QCOMPARE(f.server.requestCount(QStringLiteral("UpdateDomainConfig")) -
                 f.server.rateLimitedCount(QStringLiteral("UpdateDomainConfig")),
             100);
}

void TestClientSandbox::retryClasses_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("attempts");
    QTest::newRow("RequestLimitExceeded") << "error:RequestLimitExceeded#2" << 3;
    QTest::newRow("RequestLimitExceeded.UinLimitExceeded")
        << "error:RequestLimitExceeded.UinLimitExceeded#1" << 2;
    QTest::newRow("CdnHostOpTooOften") << "error:LimitExceeded.CdnHostOpTooOften#1" << 2;
    QTest::newRow("CdnOpInProgress") << "error:ResourceInUse.CdnOpInProgress#1" << 2;
    QTest::newRow("InternalError") << "error:InternalError#1" << 2;
    QTest::newRow("InternalError.CdnSystemError") << "error:InternalError.CdnSystemError#3" << 4;
    QTest::newRow("HTTP 502") << "http:502#2" << 3;
    QTest::newRow("HTTP 503") << "http:503#1" << 2;
    QTest::newRow("connection reset") << "drop#2" << 3;
}

void TestClientSandbox::retryClasses()
{
    QFETCH(QString, fault);
    QFETCH(int, attempts);
    SandboxFixture f;
    SandboxFault injected;
    QString error;
    QVERIFY2(SandboxFault::parse(fault, &injected, &error), qPrintable(error));
    f.server.addFault(injected);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY2(o.ok, qPrintable(o.error.toDisplayString()));
    if (injected.kind == SandboxFault::Kind::Drop) {
        // Qt's HTTP layer resends once by itself on a closed connection; either way both drops were
        // absorbed and the caller saw success.
        QCOMPARE(f.server.errorCount(QStringLiteral("dropped")), attempts - 1);
        QVERIFY(o.attempts >= 2 && o.attempts <= attempts);
        return;
    }
    QCOMPARE(o.attempts, attempts);
    QCOMPARE(o.retried.size(), attempts - 1);
}

void TestClientSandbox::connectionRefusedIsRetriedThenSurfaced()
{
    SandboxFixture f;
    const QUrl url = f.server.url();
    // A port that was just free: nobody listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    f.client.setEndpoint(Endpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort))));
    ClientOptions options = f.client.options();
    options.maxAttempts = 3;
    f.client.setOptions(options);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ApiError::Kind::Transport);
    QCOMPARE(o.attempts, 3);
    QVERIFY(o.error.toDisplayString().contains(QStringLiteral("refused")));
    Q_UNUSED(url)
}

void TestClientSandbox::timeoutIsRetried()
{
    SandboxFixture f;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.latencyMs = 1500;
    slow.remaining = 1;
    f.server.addFault(slow);
    ClientOptions options = f.client.options();
    options.timeoutMs = 400;
    f.client.setOptions(options);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY2(o.ok, qPrintable(o.error.toDisplayString()));
    QCOMPARE(o.attempts, 2);

    // Always slow: the timeout reaches the operator as such.
    slow.remaining = -1;
    f.server.addFault(slow);
    options.maxAttempts = 2;
    f.client.setOptions(options);
    const Outcome timedOut = wait(f.client.describeDomains(0, 5));
    QVERIFY(!timedOut.ok);
    QVERIFY(timedOut.error.isTimeout());
}

void TestClientSandbox::nonRetryableFailsAtOnce()
{
    SandboxFixture f;
    SandboxFault fault;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("error:UnauthorizedOperation.CdnCamUnauthorized#1"), &fault,
                                &error));
    f.server.addFault(fault);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY(!o.ok);
    QCOMPARE(o.attempts, 1);
    QCOMPARE(o.error.kind(), ApiError::Kind::Api);
    QCOMPARE(o.error.code(), QStringLiteral("UnauthorizedOperation.CdnCamUnauthorized"));
    QVERIFY(!o.error.requestId().isEmpty());
    QVERIFY(o.error.toDisplayString().contains(o.error.requestId()));
}

void TestClientSandbox::malformedResponses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << "not-json"
                              << "not JSON";
    QTest::newRow("truncated") << "truncated"
                               << "cut short";
    QTest::newRow("HTML page") << "html"
                               << "HTML";
    QTest::newRow("wrong types") << "wrong-types"
                                 << "not a list";
    QTest::newRow("missing Response") << "missing-response"
                                      << "Response";
    QTest::newRow("null list") << "null-list"
                               << "null";
    QTest::newRow("over 50 MB") << "huge"
                                << "50 MB";
}

void TestClientSandbox::malformedResponses()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    SandboxFixture f;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Malformed;
    fault.malformed = kind;
    fault.remaining = 1;
    f.server.addFault(fault);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY(o.finished);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind(), ApiError::Kind::Malformed);
    QCOMPARE(o.attempts, 1);
    QVERIFY2(o.error.toDisplayString().contains(says), qPrintable(o.error.toDisplayString()));
    // The client is still usable afterwards.
    QVERIFY(wait(f.client.describeDomains(0, 5)).ok);
}

void TestClientSandbox::wrongKeyAndUnknownId()
{
    SandboxFixture f;
    Credentials wrongKey = SandboxFixture::defaultCredentials();
    wrongKey.secretKey = "not-the-key";
    f.client.setCredentials(wrongKey);
    Outcome o = wait(f.client.describeDomains(0, 5));
    QCOMPARE(o.error.code(), QStringLiteral("AuthFailure.SignatureFailure"));
    QCOMPARE(o.attempts, 1);
    QVERIFY(o.error.toDisplayString().contains(QStringLiteral("SecretKey")));

    Credentials unknown = SandboxFixture::defaultCredentials();
    unknown.secretId = QStringLiteral("AKIDUNKNOWN");
    f.client.setCredentials(unknown);
    o = wait(f.client.describeDomains(0, 5));
    QCOMPARE(o.error.code(), QStringLiteral("AuthFailure.SecretIdNotFound"));
}

void TestClientSandbox::clockOffsetCorrectedOnce()
{
    SandboxFixture f;
    f.server.setTimeOffset(3600); // the server's clock (and its Date header) is an hour ahead of ours
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY2(o.ok, qPrintable(o.error.toDisplayString()));
    QCOMPARE(o.attempts, 2);
    QCOMPARE(o.retried, QStringList{QStringLiteral("AuthFailure.SignatureExpire")});
    QVERIFY(qAbs(f.client.clockOffset() - 3600) <= 5);
    // Later calls are signed with the learnt offset from the start.
    QCOMPARE(wait(f.client.describeDomains(0, 5)).attempts, 1);
}

void TestClientSandbox::staleTimestampSurfaced()
{
    SandboxFixture f;
    f.server.setSignatureClockSkew(3600); // wrong, and its Date header does not say so
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QVERIFY(!o.ok);
    QCOMPARE(o.error.code(), QStringLiteral("AuthFailure.SignatureExpire"));
    QCOMPARE(o.attempts, 2); // retried once, no more
    QVERIFY(o.error.toDisplayString().contains(QStringLiteral("clock")));
}

void TestClientSandbox::temporaryCredentials()
{
    SandboxFixture f;
    f.server.addAccount(QStringLiteral("AKIDTEMP"), "temp-key", "session-token");
    Credentials temp;
    temp.secretId = QStringLiteral("AKIDTEMP");
    temp.secretKey = "temp-key";
    temp.token = "session-token";
    temp.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    f.client.setCredentials(temp);
    QVERIFY(wait(f.client.describeDomains(0, 5)).ok);
    temp.token = "other-token";
    f.client.setCredentials(temp);
    QCOMPARE(wait(f.client.describeDomains(0, 5)).error.code(), QStringLiteral("AuthFailure.TokenFailure"));
}

void TestClientSandbox::expiredCredentialsRefusedBeforeSending()
{
    SandboxFixture f;
    Credentials temp = SandboxFixture::defaultCredentials();
    temp.token = "t";
    temp.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
    f.client.setCredentials(temp);
    const Outcome o = wait(f.client.describeDomains(0, 5));
    QCOMPARE(o.error.kind(), ApiError::Kind::Configuration);
    QVERIFY(o.error.toDisplayString().contains(QStringLiteral("expired")));
    QCOMPARE(o.attempts, 0);
    QCOMPARE(f.server.requestCount(QStringLiteral("DescribeDomains")), 0);
}

void TestClientSandbox::endpointPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("china") << "china" << true;
    QTest::newRow("intl") << "intl" << true;
    QTest::newRow("https custom") << "https://cdn.ap-guangzhou.tencentcloudapi.com" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/" << true;
    QTest::newRow("http remote") << "http://cdn.tencentcloudapi.com/" << false;
    QTest::newRow("http private") << "http://10.0.0.5:8080/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
}

void TestClientSandbox::endpointPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const Endpoint endpoint = Endpoint::fromString(url);
    QCOMPARE(endpoint.validate().isEmpty(), accepted);
    if (!accepted) {
        SandboxFixture f;
        f.client.setEndpoint(endpoint);
        const Outcome o = wait(f.client.describeDomains(0, 5));
        QCOMPARE(o.error.kind(), ApiError::Kind::Configuration);
        QCOMPARE(o.attempts, 0);
    }
    QCOMPARE(Endpoint::fromString(QStringLiteral("http://127.0.0.1:8080/")).hostHeader(),
             QByteArray("127.0.0.1:8080"));
    QCOMPARE(Endpoint::china().hostHeader(), QByteArray("cdn.tencentcloudapi.com"));
}

void TestClientSandbox::sandboxAcceptsNodeSdkSignature()
{
    // Signed the way the Node.js SDK signs: host without its port, service from the endpoint ("127").
    SandboxFixture f;
    const QByteArray body = R"({"Offset":0,"Limit":2})";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Tc3Signer::Request request;
    request.signedHeaders = {{"content-type", "application/json"}, {"host", "127.0.0.1"}};
    request.payload = body;
    request.timestamp = now;
    request.service = QStringLiteral("127");
    QNetworkRequest http(f.server.url());
    http.setRawHeader("Content-Type", "application/json");
    http.setRawHeader("Host", "127.0.0.1:" + QByteArray::number(f.server.port()));
    http.setRawHeader("X-TC-Action", "DescribeDomains");
    http.setRawHeader("X-TC-Version", "2018-06-06");
    http.setRawHeader("X-TC-Timestamp", QByteArray::number(now));
    http.setRawHeader("Authorization",
                      Tc3Signer::authorization(request, QLatin1String(SandboxServer::kDefaultSecretId),
                                               SandboxServer::kDefaultSecretKey));
    QNetworkReply *reply = f.network.post(http, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
    const QJsonObject response =
        QJsonDocument::fromJson(answer).object().value(QStringLiteral("Response")).toObject();
    QVERIFY2(!response.contains(QStringLiteral("Error")), answer.constData());
    QCOMPARE(response.value(QStringLiteral("Domains")).toArray().size(), 2);
}

void TestClientSandbox::sandboxRefusesInvalidOrigins_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("says");
    QTest::newRow("https with slaves")
        << R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"https",
        "BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"})"
        << "HTTPS";
    QTest::newRow("list without type") << R"({"Origins":["1.1.1.1"]})"
                                       << "OriginType is required";
    QTest::newRow("backup without type")
        << R"({"Origins":["1.1.1.1"],"OriginType":"ip","BackupOrigins":["2.2.2.2"]})"
        << "BackupOriginType is required";
    QTest::newRow("unknown protocol")
        << R"({"Origins":["1.1.1.1"],"OriginType":"ip","OriginPullProtocol":"gopher"})"
        << "unknown value";
    QTest::newRow("unknown type") << R"({"Origins":["1.1.1.1"],"OriginType":"carrier-pigeon"})"
                                  << "unknown value";
    QTest::newRow("type mismatch") << R"({"Origins":["origin.example.com"],"OriginType":"ip"})"
                                   << "does not match";
    QTest::newRow("weight out of range") << R"({"Origins":["1.1.1.1::500"],"OriginType":"ip"})"
                                         << "1 to 100";
    QTest::newRow("not a list") << R"({"Origins":"1.1.1.1","OriginType":"ip"})"
                                << "array of strings";
    QTest::newRow("cos without host")
        << R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos"})"
        << "host header";
}

void TestClientSandbox::sandboxRefusesInvalidOrigins()
{
    QFETCH(QString, origin);
    QFETCH(QString, says);
    SandboxFixture f;
    const QString name = f.findDomain(ownWithoutSlaves);
    const QJsonObject before = liveDomain(f, name)->toJson();
    const QJsonObject params{{QStringLiteral("Domain"), name},
                             {QStringLiteral("Origin"), testutil::parseObject(origin.toUtf8().constData())}};
    const Outcome o = wait(f.client.call(QStringLiteral("UpdateDomainConfig"), params));
    QCOMPARE(o.error.code(), QStringLiteral("InvalidParameter.CdnParamError"));
    QVERIFY2(o.error.message().contains(says), qPrintable(o.error.message()));
    QCOMPARE(o.attempts, 1);
    QCOMPARE(liveDomain(f, name)->toJson(), before); // nothing changed
}

void TestClientSandbox::unknownDomain()
{
    SandboxFixture f;
    Origin origin(testutil::parseObject(R"({"Origins":["1.1.1.1"],"OriginType":"ip"})"));
    const Outcome o = wait(f.client.updateDomainConfig(QStringLiteral("nope.example.com"), origin));
    QCOMPARE(o.error.code(), QStringLiteral("ResourceNotFound.CdnHostNotExists"));
    QCOMPARE(wait(f.client.stopDomain(QStringLiteral("nope.example.com"))).error.code(),
             QStringLiteral("ResourceNotFound.CdnHostNotExists"));
}

void TestClientSandbox::cancelStopsCleanly()
{
    SandboxFixture f;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Latency;
    slow.latencyMs = 2000;
    f.server.addFault(slow);
    ApiCall *call = f.client.describeDomains(0, 5);
    int finishedCount = 0;
    ApiError error;
    connect(call, &ApiCall::finished, this, [&] {
        ++finishedCount;
        error = call->error();
    });
    QTest::qWait(100);
    call->cancel();
    call->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 2000);
    QCOMPARE(error.kind(), ApiError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(finishedCount, 1);
}

void TestClientSandbox::statePersistsAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QString name;
    {
        SandboxFixture f(0);
        QString error;
        QVERIFY(f.server.setStatePath(path, &error));
        f.server.store().seed(20);
        QVERIFY(f.server.saveNow(&error));
        name = f.findDomain(ownWithoutSlaves);
        Origin origin = liveDomain(f, name)->origin();
        origin.setServerName(QStringLiteral("persisted.example.com"));
        QVERIFY(wait(f.client.updateDomainConfig(name, origin)).ok);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime()) < 5000,
                                 3000);
    }
    SandboxStore reloaded;
    QString error;
    QVERIFY2(reloaded.load(path, &error), qPrintable(error));
    QCOMPARE(reloaded.size(), 20);
    QCOMPARE(reloaded.find(name)->origin().serverName(), QStringLiteral("persisted.example.com"));
    // No temporary files left next to the state.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("state.json")});

    // A deployment under way when the state is written is finished by the next start; so is one in
    // a state file that recorded it as under way.
    const QString busy = reloaded.domains().at(0).name();
    const QString closing = reloaded.domains().at(1).name();
    reloaded.markBusy(busy, QStringLiteral("processing"), QStringLiteral("offline"),
                      QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    QVERIFY(reloaded.save(path, &error));
    QCOMPARE(reloaded.find(busy)->status(), QStringLiteral("processing"));
    {
        SandboxStore again;
        QVERIFY(again.load(path, &error));
        QCOMPARE(again.find(busy)->status(), QStringLiteral("offline")); // its own final status
        QVERIFY(!again.isBusy(busy));
    }
    reloaded.settle(std::numeric_limits<qint64>::max());
    reloaded.find(busy)->setStatus(QStringLiteral("processing"));
    reloaded.find(closing)->setStatus(QStringLiteral("closing"));
    QVERIFY(reloaded.save(path, &error)); // as an older sandbox wrote it: processing, closing
    {
        SandboxStore again;
        QVERIFY(again.load(path, &error));
        QCOMPARE(again.find(busy)->status(), QStringLiteral("online"));
        QCOMPARE(again.find(closing)->status(), QStringLiteral("offline"));
    }

    // A corrupt state file is an error, not an empty sandbox.
    QFile corrupt(path);
    QVERIFY(corrupt.open(QIODevice::WriteOnly | QIODevice::Truncate));
    corrupt.write("{\"Domains\": [");
    corrupt.close();
    SandboxStore broken;
    QVERIFY(!broken.load(path, &error));
    QVERIFY(!error.isEmpty());
}

void TestClientSandbox::languageHeaderSent()
{
    SandboxFixture f;
    ClientOptions options = f.client.options();
    options.language = QStringLiteral("zh-CN");
    f.client.setOptions(options);
    const auto headers = f.client.signedHeaders(QStringLiteral("DescribeDomains"), "{}", 1796314622);
    bool found = false;
    for (const auto &h : headers) {
        if (h.first == "X-TC-Language")
            found = h.second == "zh-CN";
        QVERIFY(!h.second.contains(SandboxServer::kDefaultSecretKey));
    }
    QVERIFY(found);
    QVERIFY(wait(f.client.describeDomains(0, 1)).ok);
}

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "tst_client_sandbox.moc"
