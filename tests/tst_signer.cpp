#include "Tc3Signer.h"

#include <QTest>

using od::Tc3Signer;

namespace {
// The payload of the official worked examples, with the \u escapes literal.
const QByteArray kPayload =
    R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";

Tc3Signer::Request officialRequest(bool withAction)
{
    Tc3Signer::Request request;
    request.signedHeaders = {{"Content-Type", "application/json; charset=utf-8"},
                             {"Host", "cvm.tencentcloudapi.com"}};
    if (withAction)
        request.signedHeaders.append(Tc3Signer::Header("X-TC-Action", "DescribeInstances"));
    request.payload = kPayload;
    request.timestamp = 1551113065;
    request.service = QStringLiteral("cvm");
    return request;
}
} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void payloadHash();
    void utcDateNotLocal();
    void exampleA();
    void exampleB();
    void exampleCNodeSdk();
    void canonicalRequestLayout();
    void parseAuthorization();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
    void constantTimeEquals();
};

void TestSigner::payloadHash()
{
    QCOMPARE(Tc3Signer::sha256Hex(kPayload),
             QByteArray("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"));
}

void TestSigner::utcDateNotLocal()
{
    // 1551113065 is 2019-02-26 in UTC+8 but 2019-02-25 in UTC.
    QCOMPARE(Tc3Signer::utcDate(1551113065), QStringLiteral("2019-02-25"));
    QCOMPARE(Tc3Signer::utcDate(1796314622), QStringLiteral("2026-12-03"));
}

void TestSigner::exampleA()
{
    const Tc3Signer::Request request = officialRequest(false);
    const QByteArray key("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
    QCOMPARE(Tc3Signer::sha256Hex(Tc3Signer::canonicalRequest(request)),
             QByteArray("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"));
    const QByteArray date = Tc3Signer::secretDate(key, QStringLiteral("2019-02-25"));
    QCOMPARE(date.toHex(), QByteArray("d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a"));
    const QByteArray service = Tc3Signer::secretService(date, QStringLiteral("cvm"));
    QCOMPARE(service.toHex(), QByteArray("3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050"));
    QCOMPARE(Tc3Signer::secretSigning(service).toHex(),
             QByteArray("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1"));
    QCOMPARE(Tc3Signer::signature(request, key),
             QByteArray("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    QCOMPARE(
        Tc3Signer::authorization(request, QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"), key),
        QByteArray(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
            "SignedHeaders=content-type;host, "
            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"));
    // The masked Chinese edition's key gives its own printed signature.
    QCOMPARE(Tc3Signer::signature(request, QByteArray("Gu5t9xGARNpq86cd98joQYCN3*******")),
             QByteArray("2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"));
}

void TestSigner::exampleB()
{
    const Tc3Signer::Request request = officialRequest(true);
    const QByteArray key(32, '*');
    QVERIFY(Tc3Signer::canonicalRequest(request).contains("x-tc-action:describeinstances\n"));
    QVERIFY(Tc3Signer::canonicalRequest(request).contains("\ncontent-type;host;x-tc-action\n"));
    QCOMPARE(Tc3Signer::sha256Hex(Tc3Signer::canonicalRequest(request)),
             QByteArray("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"));
    const QByteArray date = Tc3Signer::secretDate(key, QStringLiteral("2019-02-25"));
    QCOMPARE(date.toHex(), QByteArray("da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"));
    const QByteArray service = Tc3Signer::secretService(date, QStringLiteral("cvm"));
    QCOMPARE(service.toHex(), QByteArray("8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"));
    QCOMPARE(Tc3Signer::secretSigning(service).toHex(),
             QByteArray("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"));
    QCOMPARE(Tc3Signer::signature(request, key),
             QByteArray("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"));
}

void TestSigner::exampleCNodeSdk()
{
    // Captured from the official Node.js SDK: host signed without its port, service "127".
    Tc3Signer::Request request;
    request.signedHeaders = {{"content-type", "application/json"}, {"host", "127.0.0.1"}};
    request.payload =
        R"({"Domain":"www.example.com","Origin":{"Origins":["1.1.1.1:80:10"],"OriginType":"ip",)"
        R"("ServerName":"www.example.com","OriginPullProtocol":"http"}})";
    request.timestamp = 1796314622;
    request.service = QStringLiteral("127");
    const QByteArray key("SECRETEXAMPLE");
    QCOMPARE(Tc3Signer::signature(request, key),
             QByteArray("35b1e8e910476951684022efa3a22312749f92e3694f67af17d969f47034c385"));
    // With the port the signature differs, as the reference says.
    request.signedHeaders[1].second = "127.0.0.1:44227";
    QVERIFY(Tc3Signer::signature(request, key).startsWith("1c74a94c"));
    request.signedHeaders[1].second = "127.0.0.1";
    request.service = QStringLiteral("cdn");
    QVERIFY(Tc3Signer::signature(request, key).startsWith("e49da4f2"));
}

void TestSigner::canonicalRequestLayout()
{
    Tc3Signer::Request request;
    request.signedHeaders = {{"Host", " cdn.tencentcloudapi.com "}, {"Content-Type", "application/json"}};
    request.payload = "{}";
    QCOMPARE(Tc3Signer::canonicalRequest(request),
             QByteArray("POST\n/\n\ncontent-type:application/json\nhost:cdn.tencentcloudapi.com\n\n"
                        "content-type;host\n") +
                 Tc3Signer::sha256Hex("{}"));
}

void TestSigner::parseAuthorization()
{
    const auto parsed = Tc3Signer::parseAuthorization(
        "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2026-12-03/cdn/tc3_request, SignedHeaders=content-type;host, "
        "Signature=abcdef");
    QVERIFY(parsed.valid);
    QCOMPARE(parsed.secretId, QStringLiteral("AKIDEXAMPLE"));
    QCOMPARE(parsed.date, QStringLiteral("2026-12-03"));
    QCOMPARE(parsed.service, QStringLiteral("cdn"));
    QCOMPARE(parsed.signedHeaders, (QByteArrayList{"content-type", "host"}));
    QCOMPARE(parsed.signature, QByteArray("abcdef"));
}

void TestSigner::parseRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other algorithm") << QByteArray("HMAC-SHA256 Credential=A/2026-12-03/cdn/tc3_request, "
                                                   "SignedHeaders=host, Signature=ab");
    QTest::newRow("short scope") << QByteArray(
        "TC3-HMAC-SHA256 Credential=A/2026-12-03/cdn, SignedHeaders=host, "
        "Signature=ab");
    QTest::newRow("no signature") << QByteArray("TC3-HMAC-SHA256 Credential=A/2026-12-03/cdn/tc3_request, "
                                                "SignedHeaders=host");
    QTest::newRow("garbage") << QByteArray("TC3-HMAC-SHA256 nonsense");
}

void TestSigner::parseRejectsMalformed()
{
    QFETCH(QByteArray, header);
    QVERIFY(!Tc3Signer::parseAuthorization(header).valid);
}

void TestSigner::constantTimeEquals()
{
    QVERIFY(Tc3Signer::constantTimeEquals("abc", "abc"));
    QVERIFY(!Tc3Signer::constantTimeEquals("abc", "abd"));
    QVERIFY(!Tc3Signer::constantTimeEquals("abc", "abcd"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
