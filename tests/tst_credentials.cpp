#include "AccountStore.h"
#include "SecretStore.h"
#include "TccliProfiles.h"
#include "TestUtil.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace od;

namespace {
SecretStore::Result wait(const std::function<void(SecretStore::Callback)> &start)
{
    auto result = std::make_shared<SecretStore::Result>();
    auto done = std::make_shared<bool>(false);
    start([result, done](const SecretStore::Result &r) {
        *result = r;
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return *done; }, 20000))
        qWarning("the keychain did not answer");
    return *result;
}

// Child mode: no D-Bus session at all. Prints what the keychain said and whether the run-only path works.
int runWithoutKeychain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SecretStore store;
    store.setRetryDelayMs(50);
    const SecretStore::Result write = wait([&](SecretStore::Callback cb) {
        store.write(QStringLiteral("child"), {"k", {}}, cb);
    });
    const SecretStore::Result read =
        wait([&](SecretStore::Callback cb) { store.read(QStringLiteral("child"), cb); });
    store.keepForThisRun(QStringLiteral("child"), {"run-only-key", {}});
    const SecretStore::Result memory =
        wait([&](SecretStore::Callback cb) { store.read(QStringLiteral("child"), cb); });
    const QJsonObject out{{QStringLiteral("writeOk"), write.ok},
                          {QStringLiteral("writeNoKeychain"), write.noKeychain},
                          {QStringLiteral("writeMessage"), write.message},
                          {QStringLiteral("readOk"), read.ok},
                          {QStringLiteral("readNoKeychain"), read.noKeychain},
                          {QStringLiteral("memoryOk"), memory.ok && memory.fromMemory},
                          {QStringLiteral("memoryKey"), QString::fromUtf8(memory.secret.secretKey)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void renameKeepsTheKey();
    void accountWithToken();
    void expiredAccount();
    void missingEntry();
    void noCallbackAfterTheContextIsGone();
    void withoutKeychainClearErrorAndRunOnly();
    void accountsInSettingsHoldNoSecret();
    void tccliImport();

private:
    QTemporaryDir m_home;
    SecretStore m_store;
};

void TestCredentials::initTestCase()
{
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through the README's test command: it provides a D-Bus session with gnome-keyring");
}

void TestCredentials::writeReadOverwriteDelete()
{
    const QString id = QStringLiteral("test-account-1");
    SecretStore::Result r = wait([&](auto cb) { m_store.write(id, {"first-key", {}}, cb); });
    QVERIFY2(r.ok, qPrintable(r.message));
    r = wait([&](auto cb) { m_store.read(id, cb); });
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(!r.fromMemory);
    QCOMPARE(r.secret.secretKey, QByteArray("first-key"));
    QVERIFY(r.secret.token.isEmpty());

    QVERIFY(wait([&](auto cb) { m_store.write(id, {"second-key", {}}, cb); }).ok);
    QCOMPARE(wait([&](auto cb) { m_store.read(id, cb); }).secret.secretKey, QByteArray("second-key"));

    QVERIFY(wait([&](auto cb) { m_store.remove(id, cb); }).ok);
    r = wait([&](auto cb) { m_store.read(id, cb); });
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
}

void TestCredentials::renameKeepsTheKey()
{
    Account account;
    account.name = QStringLiteral("Production");
    account.secretId = QStringLiteral("AKIDPRODUCTION00001234");
    account = AccountStore::save(account);
    QVERIFY(wait([&](auto cb) { m_store.write(account.id, {"prod-key", {}}, cb); }).ok);
    account.name = QStringLiteral("Production (CN)");
    AccountStore::save(account);
    bool found = false;
    const Account renamed = AccountStore::find(QStringLiteral("Production (CN)"), &found);
    QVERIFY(found);
    QCOMPARE(renamed.id, account.id);
    QCOMPARE(wait([&](auto cb) { m_store.read(renamed.id, cb); }).secret.secretKey, QByteArray("prod-key"));
    AccountStore::remove(account.id);
    QVERIFY(wait([&](auto cb) { m_store.remove(account.id, cb); }).ok);
    AccountStore::find(account.id, &found);
    QVERIFY(!found);
}

void TestCredentials::accountWithToken()
{
    const QString id = QStringLiteral("temporary-1");
    QVERIFY(wait([&](auto cb) { m_store.write(id, {"tmp-key", "tmp-token"}, cb); }).ok);
    const SecretStore::Result r = wait([&](auto cb) { m_store.read(id, cb); });
    QCOMPARE(r.secret.secretKey, QByteArray("tmp-key"));
    QCOMPARE(r.secret.token, QByteArray("tmp-token"));
    QVERIFY(wait([&](auto cb) { m_store.remove(id, cb); }).ok);
}

void TestCredentials::expiredAccount()
{
    Account account;
    account.temporary = true;
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(account.isExpired());
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    QVERIFY(!account.isExpired());
    account.temporary = false;
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(!account.isExpired()); // permanent keys do not expire
}

void TestCredentials::missingEntry()
{
    const SecretStore::Result r = wait([&](auto cb) { m_store.read(QStringLiteral("never-written"), cb); });
    QVERIFY(!r.ok);
    QVERIFY(r.notFound);
    QVERIFY(r.message.contains(QStringLiteral("Enter it again")));
}

void TestCredentials::noCallbackAfterTheContextIsGone()
{
    auto *context = new QObject;
    bool called = false;
    m_store.write(QStringLiteral("context-test"), {"k", {}}, [&called](const SecretStore::Result &) { called = true; },
                  context);
    delete context; // e.g. the dialog was closed while the keychain was answering
    bool done = false;
    m_store.remove(QStringLiteral("context-test"), [&done](const SecretStore::Result &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(!called);
}

void TestCredentials::withoutKeychainClearErrorAndRunOnly()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path() + QStringLiteral("/no-runtime"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-without-keychain")});
    QVERIFY(child.waitForFinished(60000));
    const QJsonObject out = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    QVERIFY2(!out.isEmpty(), child.readAllStandardError().constData());
    QVERIFY(!out.value(QStringLiteral("writeOk")).toBool());
    QVERIFY(out.value(QStringLiteral("writeNoKeychain")).toBool());
    QVERIFY2(out.value(QStringLiteral("writeMessage")).toString().contains(QStringLiteral("this run only")),
             qPrintable(out.value(QStringLiteral("writeMessage")).toString()));
    QVERIFY(!out.value(QStringLiteral("readOk")).toBool());
    QVERIFY(out.value(QStringLiteral("memoryOk")).toBool());
    QCOMPARE(out.value(QStringLiteral("memoryKey")).toString(), QStringLiteral("run-only-key"));
    // Nothing was written in place of the keychain.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("run-only-key"), qPrintable(file.fileName()));
    }
}

void TestCredentials::accountsInSettingsHoldNoSecret()
{
    Account account;
    account.name = QStringLiteral("Intl");
    account.site = Account::Site::International;
    account.secretId = QStringLiteral("AKIDINTL000000009999");
    account = AccountStore::save(account);
    QVERIFY(wait([&](auto cb) { m_store.write(account.id, {"intl-secret-key-bytes", {}}, cb); }).ok);
    const QString settingsFile = QSettings(QSettings::NativeFormat, QSettings::UserScope,
                                           QStringLiteral("OriginDesk"), QStringLiteral("OriginDesk"))
                                     .fileName();
    QFile file(settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("AKIDINTL000000009999"));
    QVERIFY(!content.contains("intl-secret-key-bytes"));
    QCOMPARE(account.maskedSecretId(), QStringLiteral("AKID****9999"));
    AccountStore::remove(account.id);
    QVERIFY(wait([&](auto cb) { m_store.remove(account.id, cb); }).ok);
}

void TestCredentials::tccliImport()
{
    QTemporaryDir tccli;
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(tccli.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("default.credential"),
          R"({"secretId": "AKIDDEFAULT0001", "secretKey": "default-key"})");
    write(QStringLiteral("default.configure"),
          R"({"_sys_param": {"region": "ap-guangzhou"}, "cdn": {"endpoint": "cdn.tencentcloudapi.com"}})");
    write(QStringLiteral("intl.credential"),
          R"({"secretId": "AKIDINTL0002", "secretKey": "intl-key", "token": "tok"})");
    write(QStringLiteral("intl.configure"), R"({"cdn": {"endpoint": "cdn.intl.tencentcloudapi.com"}})");
    write(QStringLiteral("broken.credential"), "{not json");
    QStringList problems;
    const QList<TccliProfile> profiles = TccliProfiles::list(tccli.path(), &problems);
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("broken.credential")));
    QCOMPARE(profiles.at(0).name, QStringLiteral("default"));
    QCOMPARE(profiles.at(0).site(), Account::Site::China);
    QCOMPARE(profiles.at(0).secretKey, QByteArray("default-key"));
    QCOMPARE(profiles.at(1).site(), Account::Site::International);
    QCOMPARE(profiles.at(1).token, QByteArray("tok"));

    // Import into the keychain, then (only when asked) remove the plain-text key from tccli's file.
    Account account;
    account.name = profiles.at(0).name;
    account.secretId = profiles.at(0).secretId;
    account = AccountStore::save(account);
    QVERIFY(wait([&](auto cb) { m_store.write(account.id, {profiles.at(0).secretKey, {}}, cb); }).ok);
    QString error;
    QVERIFY2(TccliProfiles::removeSecretsFromFile(profiles.at(0), &error), qPrintable(error));
    QFile cleaned(profiles.at(0).credentialPath);
    QVERIFY(cleaned.open(QIODevice::ReadOnly));
    const QJsonObject left = QJsonDocument::fromJson(cleaned.readAll()).object();
    QCOMPARE(left.value(QStringLiteral("secretId")).toString(), QStringLiteral("AKIDDEFAULT0001"));
    QVERIFY(!left.contains(QStringLiteral("secretKey")));
    QCOMPARE(wait([&](auto cb) { m_store.read(account.id, cb); }).secret.secretKey,
             QByteArray("default-key"));
    // The other profile's file is untouched.
    QFile other(profiles.at(1).credentialPath);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QVERIFY(other.readAll().contains("intl-key"));
    AccountStore::remove(account.id);
    QVERIFY(wait([&](auto cb) { m_store.remove(account.id, cb); }).ok);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child-without-keychain") == 0)
            return runWithoutKeychain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
