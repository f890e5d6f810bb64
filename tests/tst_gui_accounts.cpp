#include "AccountEditDialog.h"
#include "AccountStore.h"
#include "AccountsDialog.h"
#include "GuiFixture.h"
#include "ManageDialog.h"
#include "OriginEditorDialog.h"
#include "Prompts.h"
#include "SecretStore.h"
#include "TccliImportDialog.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>

#include <cstdio>

using namespace od;
using testutil::GuiFixture;

namespace {
const QByteArray kProductionKey = "prod-secret-key-5d1e9a77c4";
const QString kProductionId = QStringLiteral("AKIDPRODUCTIONLIKE0001");

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// A second sandbox standing in for a real account: its own SecretId, SecretKey and domains.
struct ProductionLike
{
    SandboxServer server;
    ProductionLike()
    {
        QString error;
        if (!server.start(0, &error))
            qFatal("%s", qPrintable(error));
        server.removeAccount(QLatin1String(SandboxServer::kDefaultSecretId));
        server.addAccount(kProductionId, kProductionKey);
        server.store().seed(30, 99);
        server.setProcessingMs(50);
    }
};

SecretStore::Result readSecret(SecretStore *store, const QString &id)
{
    SecretStore::Result result;
    bool done = false;
    store->read(id, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("keychain did not answer");
    return result;
}

void fillAndSave(AccountEditDialog *editor, const QString &name, const QString &endpoint)
{
    child<QLineEdit>(editor, "nameEdit")->setText(name);
    auto *site = child<QComboBox>(editor, "siteCombo");
    site->setCurrentIndex(site->findData(int(Account::Site::Custom)));
    child<QLineEdit>(editor, "endpointEdit")->setText(endpoint);
    child<QLineEdit>(editor, "secretIdEdit")->setText(kProductionId);
    QTest::keyClicks(child<QLineEdit>(editor, "secretKeyEdit"), QString::fromLatin1(kProductionKey));
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
}

void chooseAccount(MainWindow &window, const QString &name)
{
    auto *combo = child<QComboBox>(&window, "accountCombo");
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).startsWith(name)) {
            combo->setCurrentIndex(i);
            emit combo->activated(i);
            return;
        }
    }
    qWarning("no account %s in the combo", qPrintable(name));
}

// Child mode: the app without any keyring service. The operator keeps the key for this run only.
int runWithoutKeychain(int argc, char **argv)
{
    QApplication app(argc, argv);
    ProductionLike production;
    Account account;
    account.name = QStringLiteral("No keyring");
    account.site = Account::Site::Custom;
    account.customEndpoint = production.server.url().toString();
    account.secretId = kProductionId;
    account = AccountStore::save(account);
    GuiFixture f(10);
    f.workspace.secrets()->setRetryDelayMs(50);
    Prompts::setNextAnswers({QMessageBox::Yes});
    Prompts::setNextSecrets({QString::fromLatin1(kProductionKey)});
    chooseAccount(*f.window, account.name);
    const bool loaded = QTest::qWaitFor(
        [&] {
            return f.workspace.currentAccount().id == account.id &&
                   f.window->domainModel()->rowCount() == 30 && !f.window->isLoading();
        },
        20000);
    const QJsonObject out{{QStringLiteral("asked"), Prompts::history().join(QLatin1Char('\n'))},
                          {QStringLiteral("loaded"), loaded},
                          {QStringLiteral("runOnly"), f.workspace.secrets()->hasRunOnlySecret(account.id)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}
} // namespace

class TestGuiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunOffersToAddAnAccount();
    void addSwitchAndTestConnection();
    void expiredCredentialsRefused();
    void removeDeletesTheKeychainEntry();
    void importFromEnvironment();
    void importFromTccli();
    void keyNeverOnDisk();
    void keychainUnavailableRunOnly();

private:
    QTemporaryDir m_home;
};

void TestGuiAccounts::initTestCase()
{
    testutil::isolateHome(m_home);
}

void TestGuiAccounts::firstRunOffersToAddAnAccount()
{
    GuiFixture f(10);
    QVERIFY(child<QWidget>(f.window.get(), "firstRunBanner")->isVisible());
    QCOMPARE(child<QComboBox>(f.window.get(), "accountCombo")->count(), 1);
    QTest::mouseClick(child<QPushButton>(f.window.get(), "addAccountButton"), Qt::LeftButton);
    QTRY_VERIFY(f.window->accountsDialog());
    QTRY_VERIFY(f.window->accountsDialog()->currentEditor());
    f.window->accountsDialog()->close();
}

void TestGuiAccounts::addSwitchAndTestConnection()
{
    ProductionLike production;
    GuiFixture f(10);
    AccountsDialog *accounts = f.window->openAccounts();
    AccountEditDialog *editor = accounts->openEditor(Account());
    auto *save = child<QPushButton>(editor, "saveButton");
    QVERIFY(!save->isEnabled()); // nothing filled in
    child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("Sandbox"));
    QVERIFY(!editor->validationError().isEmpty()); // the built-in name is taken
    fillAndSave(editor, QStringLiteral("Production-like"), production.server.url().toString());
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->currentEditor(), 10000);
    bool found = false;
    const Account account = AccountStore::find(QStringLiteral("Production-like"), &found);
    QVERIFY(found);
    QCOMPARE(readSecret(f.workspace.secrets(), account.id).secret.secretKey, kProductionKey);
    QVERIFY(!child<QWidget>(f.window.get(), "firstRunBanner")->isVisible());
    QCOMPARE(child<QComboBox>(f.window.get(), "accountCombo")->count(), 2);

    // Test connection shows what the account sees.
    accounts->selectAccount(account.id);
    QTest::mouseClick(child<QPushButton>(accounts, "testConnectionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(accounts, "resultLabel")->text().contains(QStringLiteral("30 domain")), 10000);
    QVERIFY(
        child<QTableWidget>(accounts, "accountsTable")->item(0, 2)->text().contains(QStringLiteral("****")));
    accounts->close();

    // Switching accounts at run time: the list now shows that account's domains, without the badge.
    chooseAccount(*f.window, QStringLiteral("Production-like"));
    QTRY_COMPARE_WITH_TIMEOUT(f.workspace.currentAccount().id, account.id, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && f.window->domainModel()->rowCount() == 30, 10000);
    QVERIFY(!child<QLabel>(f.window.get(), "sandboxBadge")->isVisible());
    QVERIFY(
        child<QLabel>(f.window.get(), "accountLabel")->text().contains(QStringLiteral("Production-like")));
    // And back to the sandbox.
    chooseAccount(*f.window, QStringLiteral("Sandbox"));
    QTRY_VERIFY_WITH_TIMEOUT(f.workspace.isSandbox() && !f.window->isLoading() &&
                                 f.window->domainModel()->rowCount() == 10,
                             10000);
    QVERIFY(child<QLabel>(f.window.get(), "sandboxBadge")->isVisible());
    AccountStore::remove(account.id);
}

void TestGuiAccounts::expiredCredentialsRefused()
{
    ProductionLike production;
    GuiFixture f(10);
    Account account;
    account.name = QStringLiteral("Expired");
    account.site = Account::Site::Custom;
    account.customEndpoint = production.server.url().toString();
    account.secretId = kProductionId;
    account.temporary = true;
    account.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    account = AccountStore::save(account);
    f.window->openAccounts()->close(); // reloads the combo
    QTRY_VERIFY(!f.window->accountsDialog());
    chooseAccount(*f.window, QStringLiteral("Expired"));
    QTRY_VERIFY(child<QLabel>(f.window.get(), "messageBanner")->text().contains(QStringLiteral("expired")));
    QVERIFY(f.workspace.isSandbox());
    QCOMPARE(production.server.requestCount(QStringLiteral("DescribeDomains")), 0);
    AccountStore::remove(account.id);
}

void TestGuiAccounts::removeDeletesTheKeychainEntry()
{
    GuiFixture f(10);
    AccountsDialog *accounts = f.window->openAccounts();
    fillAndSave(accounts->openEditor(Account()), QStringLiteral("To remove"),
                QStringLiteral("http://127.0.0.1:9/"));
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->currentEditor(), 10000);
    bool found = false;
    const Account account = AccountStore::find(QStringLiteral("To remove"), &found);
    QVERIFY(found);
    QVERIFY(readSecret(f.workspace.secrets(), account.id).ok);
    accounts->selectAccount(account.id);
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(child<QPushButton>(accounts, "removeAccountButton"), Qt::LeftButton);
    AccountStore::find(account.id, &found);
    QVERIFY(!found);
    QTRY_VERIFY_WITH_TIMEOUT(readSecret(f.workspace.secrets(), account.id).notFound, 10000);
    accounts->close();
}

void TestGuiAccounts::importFromEnvironment()
{
    GuiFixture f(10);
    qputenv("TENCENTCLOUD_SECRET_ID", "AKIDFROMENVIRONMENT77");
    qputenv("TENCENTCLOUD_SECRET_KEY", "env-secret-key-0c2b");
    AccountsDialog *accounts = f.window->openAccounts();
    QTest::mouseClick(child<QPushButton>(accounts, "importEnvButton"), Qt::LeftButton);
    AccountEditDialog *editor = accounts->currentEditor();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, "secretIdEdit")->text(), QStringLiteral("AKIDFROMENVIRONMENT77"));
    QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->currentEditor(), 10000);
    bool found = false;
    const Account account = AccountStore::find(QStringLiteral("Environment"), &found);
    QVERIFY(found);
    QCOMPARE(readSecret(f.workspace.secrets(), account.id).secret.secretKey,
             QByteArray("env-secret-key-0c2b"));
    qunsetenv("TENCENTCLOUD_SECRET_ID");
    qunsetenv("TENCENTCLOUD_SECRET_KEY");
    AccountStore::remove(account.id);
    accounts->close();
}

void TestGuiAccounts::importFromTccli()
{
    GuiFixture f(10);
    QTemporaryDir tccli;
    QFile credential(tccli.filePath(QStringLiteral("work.credential")));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write(R"({"secretId": "AKIDTCCLIWORK0001", "secretKey": "tccli-plain-text-key"})");
    credential.close();
    AccountsDialog *accounts = f.window->openAccounts();
    TccliImportDialog *import = accounts->openTccliImport(tccli.path());
    QCOMPARE(import->profiles().size(), 1);
    Prompts::setNextAnswers({QMessageBox::Yes}); // remove the plain-text key afterwards
    QTest::mouseClick(child<QPushButton>(import, "importButton"), Qt::LeftButton);
    bool found = false;
    QTRY_VERIFY_WITH_TIMEOUT((AccountStore::find(QStringLiteral("tccli work"), &found), found), 10000);
    const Account account = AccountStore::find(QStringLiteral("tccli work"), &found);
    QCOMPARE(readSecret(f.workspace.secrets(), account.id).secret.secretKey,
             QByteArray("tccli-plain-text-key"));
    QTRY_VERIFY(Prompts::lastQuestion().join(QLatin1Char(' ')).contains(QStringLiteral("work.credential")));
    QVERIFY(credential.open(QIODevice::ReadOnly));
    const QByteArray left = credential.readAll();
    QVERIFY(left.contains("AKIDTCCLIWORK0001"));
    QVERIFY(!left.contains("tccli-plain-text-key"));
    AccountStore::remove(account.id);
    accounts->close();
}

void TestGuiAccounts::keyNeverOnDisk()
{
    qInstallMessageHandler(captureLog);
    ProductionLike production;
    QString name;
    QStringList dataDirs;
    auto editHost = [&](GuiFixture &f, const QString &host) {
        ManageDialog *manage = f.window->manage(name);
        QVERIFY(manage);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(manage, "loadingLabel")->isVisible(), 10000);
        manage->openModify();
        auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
        QVERIFY(editor);
        child<QLineEdit>(editor, "hostEdit")->setText(host);
        Prompts::setNextAnswers({QMessageBox::Yes, QMessageBox::Yes});
        QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!manage->currentEditor(), 10000);
        QCOMPARE(production.server.store().find(name)->origin().serverName(), host);
        Prompts::setNextAnswers({});
    };
    {
        GuiFixture f(10);
        dataDirs << f.dataDir.path();
        AccountsDialog *accounts = f.window->openAccounts();
        fillAndSave(accounts->openEditor(Account()), QStringLiteral("Never on disk"),
                    production.server.url().toString());
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->currentEditor(), 10000);
        accounts->close();
        chooseAccount(*f.window, QStringLiteral("Never on disk"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && f.window->domainModel()->rowCount() == 30, 10000);
        for (const Domain &d : production.server.store().domains()) {
            if (d.origin().kind() == Origin::Kind::Own && !d.origin().hasSlaves()) {
                name = d.name();
                break;
            }
        }
        editHost(f, QStringLiteral("first.example.com"));
        f.window->close();
    }
    production.server.store().settle(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    {
        // Start again: the key comes back from the keychain.
        GuiFixture f(10);
        dataDirs << f.dataDir.path();
        chooseAccount(*f.window, QStringLiteral("Never on disk"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && f.window->domainModel()->rowCount() == 30, 10000);
        editHost(f, QStringLiteral("second.example.com"));
        f.window->close();
    }
    qInstallMessageHandler(nullptr);

    QStringList roots = dataDirs;
    roots << m_home.path();
    int filesRead = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++filesRead;
            QVERIFY2(!file.readAll().contains(kProductionKey), qPrintable(file.fileName()));
        }
    }
    QVERIFY(filesRead >= 2); // the settings file and the sandbox state at least
    for (const QString &line : qAsConst(g_log))
        QVERIFY2(!line.toUtf8().contains(kProductionKey), qPrintable(line));
    bool found = false;
    AccountStore::remove(AccountStore::find(QStringLiteral("Never on disk"), &found).id);
}

void TestGuiAccounts::keychainUnavailableRunOnly()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/runtime"));
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-without-keychain")});
    QVERIFY(process.waitForFinished(90000));
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY2(!out.isEmpty(), process.readAllStandardError().constData());
    const QString asked = out.value(QStringLiteral("asked")).toString();
    QVERIFY2(asked.contains(QStringLiteral("keyring")) && asked.contains(QStringLiteral("this run only")),
             qPrintable(asked));
    QVERIFY(out.value(QStringLiteral("runOnly")).toBool());
    QVERIFY(out.value(QStringLiteral("loaded")).toBool());
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kProductionKey), qPrintable(file.fileName()));
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child-without-keychain") == 0)
            return runWithoutKeychain(argc, argv);
    }
    QApplication app(argc, argv);
    TestGuiAccounts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_accounts.moc"
