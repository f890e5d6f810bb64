#include "AccountStore.h"
#include "CliCommands.h"
#include "History.h"
#include "SandboxFixture.h"
#include "SecretStore.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace od;
using testutil::SandboxFixture;

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noCredentials();
    void plainHttpToRemoteRefused();
    void listJson();
    void listTableWithFilter();
    void showUnknownDomain();
    void dryRunSendsNothingAndMasksSecrets();
    void addSlaveThenRemove();
    void rulesRefuseBeforeSending();
    void swapAsksForYesWhenWeightsAreLost();
    void exportIsTheUpdateBody();
    void stopDomain();
    void historyAndRollback();
    void savedAccountFromTheKeychain();

private:
    CliResult cli(const QStringList &args, bool withCredentials = true, bool withEndpoint = true);
    QString ownDomain(bool withWeights);

    std::unique_ptr<SandboxFixture> m_f;
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
}

void TestCli::init()
{
    m_f = std::make_unique<SandboxFixture>(60);
}

void TestCli::cleanup()
{
    m_f.reset();
}

CliResult TestCli::cli(const QStringList &args, bool withCredentials, bool withEndpoint)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
    env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
    env.remove(QStringLiteral("TENCENTCLOUD_TOKEN"));
    if (withCredentials) {
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), QLatin1String(SandboxServer::kDefaultSecretId));
        env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"),
                   QLatin1String(SandboxServer::kDefaultSecretKey));
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // English, whatever this machine's locale
    process.setProcessEnvironment(env);
    QStringList all;
    if (withEndpoint)
        all = QStringList{QStringLiteral("--endpoint"), m_f->server.url().toString()};
    all += args;
    process.start(QStringLiteral(ORIGINDESK_CLI_PATH), all);
    // Spin the event loop (the sandbox lives in this process) until the CLI exits.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        qWarning("origindesk-cli did not exit");
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString TestCli::ownDomain(bool withWeights)
{
    return m_f->findDomain([withWeights](const Domain &d) {
        const Origin &o = d.origin();
        const bool weighted = !o.masters().isEmpty() && o.masters().first().hasWeight();
        return o.kind() == Origin::Kind::Own && !o.hasSlaves() && d.isOnline() && weighted == withWeights &&
               o.protocol() != QLatin1String("https") &&
               o.masters().first().kind() == OriginEntry::Kind::IPv4;
    });
}

void TestCli::noCredentials()
{
    const CliResult r = cli({QStringLiteral("domains"), QStringLiteral("list")}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("TENCENTCLOUD_SECRET_ID"));
}

void TestCli::plainHttpToRemoteRefused()
{
    const CliResult r = cli({QStringLiteral("--endpoint"), QStringLiteral("http://cdn.tencentcloudapi.com"),
                             QStringLiteral("domains"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("https://"));
}

void TestCli::listJson()
{
    const CliResult r = cli({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(array.size(), 60);
    QVERIFY(array.first().toObject().contains(QStringLiteral("Origin")));
}

void TestCli::listTableWithFilter()
{
    int offline = 0;
    for (const Domain &d : m_f->server.store().domains())
        offline += d.status() == QLatin1String("offline");
    const CliResult r = cli({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--filter"),
                             QStringLiteral("status=offline")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("DOMAIN"));
    QVERIFY(r.out.contains(QStringLiteral("%1 domain").arg(offline).toUtf8()));
    QVERIFY(!r.out.contains(" online "));
}

void TestCli::showUnknownDomain()
{
    const CliResult r =
        cli({QStringLiteral("domain"), QStringLiteral("show"), QStringLiteral("nope.example.com")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("ResourceNotFound.CdnHostNotExists"));
}

void TestCli::dryRunSendsNothingAndMasksSecrets()
{
    const QString name = ownDomain(false);
    QVERIFY(!name.isEmpty());
    const QJsonObject before = m_f->server.store().find(name)->toJson();
    const CliResult r =
        cli({QStringLiteral("origin"), QStringLiteral("add-slave"), name, QStringLiteral("--slaves"),
             QStringLiteral("10.9.9.9:80"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject body = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(body.value(QStringLiteral("Domain")).toString(), name);
    QCOMPARE(body.value(QStringLiteral("Origin"))
                 .toObject()
                 .value(QStringLiteral("BackupOrigins"))
                 .toArray()
                 .first()
                 .toString(),
             QStringLiteral("10.9.9.9:80"));
    QCOMPARE(m_f->server.requestCount(QStringLiteral("UpdateDomainConfig")), 0);
    QCOMPARE(m_f->server.store().find(name)->toJson(), before);
    QVERIFY(!r.out.contains(SandboxServer::kDefaultSecretKey));
    QVERIFY(!r.err.contains(SandboxServer::kDefaultSecretKey));

    const QJsonObject masked =
        CliCommands::maskSecrets(
            QJsonObject{{QStringLiteral("AwsPrivateAccess"),
                         QJsonObject{{QStringLiteral("SecretKey"), QStringLiteral("abc")},
                                     {QStringLiteral("Region"), QStringLiteral("us")}}}})
            .toObject();
    QCOMPARE(masked.value(QStringLiteral("AwsPrivateAccess"))
                 .toObject()
                 .value(QStringLiteral("SecretKey"))
                 .toString(),
             QStringLiteral("****"));
}

void TestCli::addSlaveThenRemove()
{
    const QString name = ownDomain(false);
    CliResult r = cli({QStringLiteral("origin"), QStringLiteral("add-slave"), name,
                       QStringLiteral("--slaves"), QStringLiteral("10.9.9.9:80,10.9.9.10"),
                       QStringLiteral("--slave-host"), QStringLiteral("backup.example.com")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("RequestId"));
    const Origin after = m_f->server.store().find(name)->origin();
    QCOMPARE(after.slaveTexts(), testutil::strings({"10.9.9.9:80", "10.9.9.10"}));
    QCOMPARE(after.backupOriginType(), QStringLiteral("ip"));
    QCOMPARE(after.backupServerName(), QStringLiteral("backup.example.com"));

    m_f->server.store().settle(QDateTime::currentMSecsSinceEpoch() + 60000);
    r = cli({QStringLiteral("origin"), QStringLiteral("remove-slave"), name, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("Action")).toString(),
             QStringLiteral("UpdateDomainConfig"));
    QVERIFY(!m_f->server.store().find(name)->origin().hasSlaves());

    // Both changes are in the change history, newest first; the dry runs of other tests are not.
    QString error;
    const QList<HistoryRecord> history =
        HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error);
    QCOMPARE(history.size(), 2);
    QVERIFY(!history.at(0).after.hasSlaves());
    QCOMPARE(history.at(1).after.slaveTexts(), testutil::strings({"10.9.9.9:80", "10.9.9.10"}));
    QVERIFY(!history.at(1).before.hasSlaves());
}

void TestCli::rulesRefuseBeforeSending()
{
    const QString name = ownDomain(false);
    CliResult r = cli({QStringLiteral("origin"), QStringLiteral("set"), name, QStringLiteral("--origins"),
                       QStringLiteral("1.1.1.1:80:10,2.2.2.2:80")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("weight.all-or-none"));
    r = cli({QStringLiteral("origin"), QStringLiteral("set"), name, QStringLiteral("--origins"), name});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("masters.self"));
    QCOMPARE(m_f->server.requestCount(QStringLiteral("UpdateDomainConfig")), 0);

    // A valid edit goes through and lands in the sandbox.
    r = cli({QStringLiteral("origin"), QStringLiteral("set"), name, QStringLiteral("--origins"),
             QStringLiteral("1.1.1.1:80:10,2.2.2.2:80:90"), QStringLiteral("--protocol"),
             QStringLiteral("https")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_f->server.store().find(name)->origin().masterTexts(),
             testutil::strings({"1.1.1.1:80:10", "2.2.2.2:80:90"}));
    QCOMPARE(m_f->server.store().find(name)->origin().protocol(), QStringLiteral("https"));
}

void TestCli::swapAsksForYesWhenWeightsAreLost()
{
    const QString name = ownDomain(true);
    QVERIFY(!name.isEmpty());
    QCOMPARE(cli({QStringLiteral("origin"), QStringLiteral("add-slave"), name, QStringLiteral("--slaves"),
                  QStringLiteral("10.8.8.8")})
                 .exitCode,
             0);
    m_f->server.store().settle(QDateTime::currentMSecsSinceEpoch() + 60000);
    const QStringList mastersBefore = m_f->server.store().find(name)->origin().masterTexts();
    CliResult r = cli({QStringLiteral("origin"), QStringLiteral("swap"), name});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(m_f->server.store().find(name)->origin().masterTexts(), mastersBefore);
    r = cli({QStringLiteral("origin"), QStringLiteral("swap"), name, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_f->server.store().find(name)->origin().masterTexts(), testutil::strings({"10.8.8.8"}));
    QCOMPARE(m_f->server.store().find(name)->origin().slaves().size(), mastersBefore.size());
}

void TestCli::exportIsTheUpdateBody()
{
    const QString name = ownDomain(false);
    const CliResult r = cli({QStringLiteral("origin"), QStringLiteral("export"), name});
    QCOMPARE(r.exitCode, 0);
    const Domain *domain = m_f->server.store().find(name);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(),
             CdnClient::updateOriginParams(domain->name(), domain->origin()));
}

void TestCli::historyAndRollback()
{
    QFile::remove(HistoryStore::defaultPath()); // other tests changed the same domains
    const QString name = ownDomain(false);
    const Origin original = m_f->server.store().find(name)->origin();
    CliResult r = cli({QStringLiteral("origin"), QStringLiteral("rollback"), name});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("nothing to roll back"));

    r = cli({QStringLiteral("origin"), QStringLiteral("set"), name, QStringLiteral("--host"),
             QStringLiteral("rollback-test.example.com")});
    QCOMPARE(r.exitCode, 0);
    m_f->server.store().settle(QDateTime::currentMSecsSinceEpoch() + 60000);
    r = cli({QStringLiteral("history"), name});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(name.toUtf8()) && r.out.contains("rollback-test.example.com"), r.out.constData());
    r = cli({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    QVERIFY(r.out.contains(name.toUtf8()));

    // Someone changed the domain again since: rolling back would undo that too, so it asks.
    Origin changed = m_f->server.store().find(name)->origin();
    changed.setProtocol(QStringLiteral("follow"));
    m_f->server.store().find(name)->setOrigin(changed);
    r = cli({QStringLiteral("origin"), QStringLiteral("rollback"), name});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(m_f->server.store().find(name)->origin().serverName(),
             QStringLiteral("rollback-test.example.com"));
    r = cli({QStringLiteral("origin"), QStringLiteral("rollback"), name, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 0);
    const Origin restored = m_f->server.store().find(name)->origin();
    QCOMPARE(restored.serverName(), original.serverName());
    QCOMPARE(restored.masterTexts(), original.masterTexts());
    QCOMPARE(restored.protocol(), original.protocol());
    // The rollback is itself in the history.
    QString error;
    QCOMPARE(HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error).size(), 2);
}

void TestCli::stopDomain()
{
    const QString name = ownDomain(false);
    const CliResult r = cli({QStringLiteral("domain"), QStringLiteral("stop"), name});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_f->server.store().find(name)->status(), QStringLiteral("closing"));
    const CliResult again = cli({QStringLiteral("domain"), QStringLiteral("stop"), name});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("CdnOpInProgress") || again.err.contains("CDNStatusInvalidDomain"));
}

void TestCli::savedAccountFromTheKeychain()
{
    const QByteArray key = "account-key-from-the-keychain-7f3a";
    m_f->server.addAccount(QStringLiteral("AKIDSAVEDACCOUNT0042"), key);
    Account account;
    account.name = QStringLiteral("Local sandbox");
    account.site = Account::Site::Custom;
    account.customEndpoint = m_f->server.url().toString();
    account.secretId = QStringLiteral("AKIDSAVEDACCOUNT0042");
    account = AccountStore::save(account);
    SecretStore secrets;
    bool written = false;
    secrets.write(account.id, {key, {}}, [&](const SecretStore::Result &r) {
        QVERIFY2(r.ok, qPrintable(r.message));
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 20000);

    CliResult r = cli({QStringLiteral("--account"), QStringLiteral("Local sandbox"),
                       QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")},
                      false, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 60);

    const QString name = ownDomain(false);
    r = cli({QStringLiteral("--account"), QStringLiteral("Local sandbox"), QStringLiteral("origin"),
             QStringLiteral("add-slave"), name, QStringLiteral("--slaves"), QStringLiteral("10.1.2.3"),
             QStringLiteral("--dry-run")},
            false, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(key));
    QVERIFY(!r.err.contains(key));

    r = cli({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("domains"),
             QStringLiteral("list")},
            false, false);
    QCOMPARE(r.exitCode, 2);

    account.temporary = true;
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    AccountStore::save(account);
    r = cli({QStringLiteral("--account"), QStringLiteral("Local sandbox"), QStringLiteral("domains"),
             QStringLiteral("list")},
            false, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("expired"));
    QCOMPARE(m_f->server.requestCount(QStringLiteral("DescribeDomains")),
             1); // only the first listing was sent

    AccountStore::remove(account.id);
    bool removed = false;
    secrets.remove(account.id, [&](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
