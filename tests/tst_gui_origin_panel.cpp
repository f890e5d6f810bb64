#include "ApplyStatusPanel.h"
#include "DraftBook.h"
#include "EntriesEditor.h"
#include "GuiFixture.h"
#include "History.h"
#include "OriginApplier.h"
#include "OriginEditorDialog.h"
#include "Prompts.h"
#include "SandboxFault.h"
#include "SlaveEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableWidget>

using namespace od;
using testutil::GuiFixture;

namespace {
bool plainOwn(const Domain &d, bool weighted)
{
    const Origin &o = d.origin();
    if (o.kind() != Origin::Kind::Own || o.hasSlaves() || !d.isOnline() ||
        o.protocol() == QLatin1String("https"))
        return false;
    const QList<OriginEntry> masters = o.masters();
    return !masters.isEmpty() && masters.first().kind() == OriginEntry::Kind::IPv4 &&
           masters.first().hasWeight() == weighted;
}

// One unweighted master and hot slave origins: a swap loses nothing.
bool swappableInOneClick(const Domain &d)
{
    const Origin &o = d.origin();
    return o.kind() == Origin::Kind::Own && o.hasSlaves() && !o.masters().first().hasWeight() &&
           o.masters().size() == 1 && d.isOnline();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}
} // namespace

class TestGuiOriginPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void panelShowsTheOrigin();
    void modifyOwnOriginAddIpWithWeight();
    void switchOwnToCosAndBack();
    void addSlaveShowsBannerAndRefusesHttps();
    void httpsOriginCannotTakeSlaves();
    void swapInOneClick();
    void swapAsksWhenWeightsAreLost();
    void errorKeepsTheEditAndRetryWorks();
    void acceptedButNotReadBackIsSaidAndNotADraft();
    void readBackThatDiffersIsSaid();

private:
    ManageDialog *openManage(GuiFixture &f, const QString &name);
    QTemporaryDir m_home;
};

void TestGuiOriginPanel::initTestCase()
{
    testutil::isolateHome(m_home);
}

void TestGuiOriginPanel::init()
{
    Prompts::setNextAnswers({});
    QFile::remove(HistoryStore::defaultPath()); // each test sees only its own changes
}

ManageDialog *TestGuiOriginPanel::openManage(GuiFixture &f, const QString &name)
{
    ManageDialog *dialog = f.window->manage(name);
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("Manage did not open for %s", qPrintable(name));
    // Wait for the DescribeDomainsConfig read.
    if (!QTest::qWaitFor(
            [dialog] { return !dialog->findChild<QLabel *>(QStringLiteral("loadingLabel"))->isVisible(); },
            5000))
        qWarning("Manage did not read the domain");
    return dialog;
}

void TestGuiOriginPanel::panelShowsTheOrigin()
{
    GuiFixture f(80);
    const QString name = f.findDomain(
        [](const Domain &d) { return d.origin().kind() == Origin::Kind::Own && d.origin().hasSlaves(); });
    ManageDialog *dialog = openManage(f, name);
    auto *tabs = child<QTabWidget>(dialog, "tabs");
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Basic Configuration"));
    QCOMPARE(child<QLabel>(dialog, "cnameValue")->text(), f.live(name)->cname());
    QCOMPARE(child<QTableWidget>(dialog, "mastersTable")->rowCount(),
             f.live(name)->origin().masters().size());
    QCOMPARE(child<QTableWidget>(dialog, "slavesTable")->rowCount(), f.live(name)->origin().slaves().size());
    QVERIFY(child<QLabel>(dialog, "httpsWarningBanner")->isVisible());
    const QString failover = child<QLabel>(dialog, "failoverText")->text();
    QVERIFY(failover.contains(QStringLiteral("4XX or 5XX")));
    QVERIFY(failover.contains(f.live(name)->origin().slaveTexts().first()));
    QVERIFY(child<QPushButton>(dialog, "swapButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "addSlaveButton")->isVisible());

    // A COS origin: no slaves possible, and the panel says why.
    const QString cos = f.findDomain([](const Domain &d) { return d.origin().kind() == Origin::Kind::Cos; });
    ManageDialog *cosDialog = openManage(f, cos);
    QVERIFY(!child<QLabel>(cosDialog, "httpsWarningBanner")->isVisible());
    QVERIFY(!child<QPushButton>(cosDialog, "addSlaveButton")->isEnabled());
    QVERIFY(child<QLabel>(cosDialog, "addSlaveReason")->text().contains(QStringLiteral("own origin")));
    QVERIFY(child<QLabel>(cosDialog, "privateAccessValue")->isVisible());
}

void TestGuiOriginPanel::modifyOwnOriginAddIpWithWeight()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) { return plainOwn(d, true); });
    QVERIFY(!name.isEmpty());
    const QStringList before = f.live(name)->origin().masterTexts();
    ManageDialog *dialog = openManage(f, name);
    QTest::mouseClick(child<QPushButton>(dialog, "modifyButton"), Qt::LeftButton);
    auto *editor = qobject_cast<OriginEditorDialog *>(dialog->currentEditor());
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *apply = child<QPushButton>(editor, "applyButton");
    QVERIFY(!apply->isEnabled()); // nothing changed yet

    auto *table = child<QTableWidget>(editor, "entriesTable");
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    setCell(table, row, 0, QStringLiteral("10.20.30.40"));
    setCell(table, row, 1, QStringLiteral("8080"));
    // Without a weight the rule "all or none" stands: Apply stays disabled, the message says why.
    QVERIFY(!apply->isEnabled());
    QVERIFY(child<QLabel>(editor, "entriesMessages")->text().contains(QStringLiteral("weight")));
    setCell(table, row, 2, QStringLiteral("500"));
    QVERIFY(!apply->isEnabled());
    setCell(table, row, 2, QStringLiteral("25"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);

    QStringList expected = before;
    expected << QStringLiteral("10.20.30.40:8080:25");
    QCOMPARE(f.live(name)->origin().masterTexts(), expected);
    QCOMPARE(f.live(name)->origin().originType(), QStringLiteral("ip"));
    // The list row and the panel show the change.
    QVERIFY(f.window->domainModel()->domain(name)->origin().masterTexts().contains(
        QStringLiteral("10.20.30.40:8080:25")));
    QCOMPARE(child<QTableWidget>(dialog, "mastersTable")->rowCount(), expected.size());

    // The change is in the history, before and after, with the RequestId.
    QString error;
    const QList<HistoryRecord> history =
        HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().before.masterTexts(), before);
    QCOMPARE(history.first().after.masterTexts(), expected);
    QVERIFY(!history.first().requestId.isEmpty());
    QCOMPARE(history.first().account, QLatin1String(SandboxServer::kDefaultSecretId));
}

void TestGuiOriginPanel::switchOwnToCosAndBack()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) {
        return d.origin().kind() == Origin::Kind::Own && d.origin().hasSlaves() && d.isOnline();
    });
    ManageDialog *dialog = openManage(f, name);
    dialog->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(dialog->currentEditor());
    QVERIFY(editor);

    // Declining keeps the own origin.
    Prompts::setNextAnswers({QMessageBox::No});
    QTest::mouseClick(child<QRadioButton>(editor, "cosRadio"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(editor, "ownRadio")->isChecked());
    QVERIFY(Prompts::lastQuestion()
                .join(QLatin1Char('\n'))
                .contains(f.live(name)->origin().slaveTexts().first()));

    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(child<QRadioButton>(editor, "cosRadio"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(editor, "cosRadio")->isChecked());
    QVERIFY(child<QLabel>(editor, "switchNotice")->text().contains(QStringLiteral("slave")));
    auto *apply = child<QPushButton>(editor, "applyButton");
    const QString bucket = QStringLiteral("media-1250000000.cos.ap-shanghai.myqcloud.com");
    QTest::keyClicks(child<QLineEdit>(editor, "bucketEdit"), QStringLiteral("not a bucket"));
    QVERIFY(!apply->isEnabled());
    child<QLineEdit>(editor, "bucketEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "bucketEdit"), bucket);
    child<QLineEdit>(editor, "hostEdit")->clear();
    QVERIFY(!apply->isEnabled()); // a COS origin needs its host header
    QVERIFY(child<QLabel>(editor, "hostMessages")->isVisible());
    QTest::keyClicks(child<QLineEdit>(editor, "hostEdit"), bucket);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);
    Origin live = f.live(name)->origin();
    QCOMPARE(live.kind(), Origin::Kind::Cos);
    QCOMPARE(live.masterTexts(), QStringList{bucket});
    QVERIFY(!live.hasSlaves());

    // And back to an own origin.
    f.settle();
    dialog->openModify();
    editor = qobject_cast<OriginEditorDialog *>(dialog->currentEditor());
    QTest::mouseClick(child<QRadioButton>(editor, "ownRadio"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    setCell(child<QTableWidget>(editor, "entriesTable"), 0, 0, QStringLiteral("origin-back.example.net"));
    QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);
    live = f.live(name)->origin();
    QCOMPARE(live.kind(), Origin::Kind::Own);
    QCOMPARE(live.originType(), QStringLiteral("domain"));
    QCOMPARE(live.masterTexts(), QStringList{QStringLiteral("origin-back.example.net")});
}

void TestGuiOriginPanel::addSlaveShowsBannerAndRefusesHttps()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) { return plainOwn(d, false); });
    ManageDialog *dialog = openManage(f, name);
    QVERIFY(!child<QLabel>(dialog, "httpsWarningBanner")->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "addSlaveButton"), Qt::LeftButton);
    auto *editor = qobject_cast<SlaveEditorDialog *>(dialog->currentEditor());
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(child<QLabel>(editor, "httpsWarningBanner")->isVisible());
    QVERIFY(child<QLabel>(editor, "httpsWarningBanner")->text().contains(QStringLiteral("HTTPS")));
    auto *table = child<QTableWidget>(editor, "entriesTable");
    QVERIFY(table->isColumnHidden(2)); // no weights for slaves
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    setCell(table, 0, 0, QStringLiteral("10.7.7.7"));
    setCell(table, 0, 1, QStringLiteral("80"));
    QTest::keyClicks(child<QLineEdit>(editor, "slaveHostEdit"), QStringLiteral("backup-host.example.com"));
    const bool follow = f.live(name)->origin().protocol() == QLatin1String("follow");
    if (follow)
        Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);
    QCOMPARE(Prompts::pendingAnswers(), 0);
    if (follow)
        QVERIFY(Prompts::lastQuestion().join(QLatin1Char(' ')).contains(QStringLiteral("Follow")));
    const Origin live = f.live(name)->origin();
    QCOMPARE(live.slaveTexts(), QStringList{QStringLiteral("10.7.7.7:80")});
    QCOMPARE(live.backupOriginType(), QStringLiteral("ip"));
    QCOMPARE(live.backupServerName(), QStringLiteral("backup-host.example.com"));
    QVERIFY(child<QLabel>(dialog, "httpsWarningBanner")->isVisible());

    // With slaves, HTTPS back-to-origin cannot be chosen in Modify.
    f.settle();
    dialog->openModify();
    auto *modify = qobject_cast<OriginEditorDialog *>(dialog->currentEditor());
    auto *protocol = child<QComboBox>(modify, "protocolCombo");
    auto *model = qobject_cast<QStandardItemModel *>(protocol->model());
    QVERIFY(!model->item(protocol->findData(QStringLiteral("https")))->isEnabled());
    QVERIFY(protocol->toolTip().contains(QStringLiteral("slave")));
    modify->close();
}

void TestGuiOriginPanel::httpsOriginCannotTakeSlaves()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) {
        return d.origin().kind() == Origin::Kind::Own && !d.origin().hasSlaves() &&
               d.origin().protocol() == QLatin1String("https");
    });
    QVERIFY(!name.isEmpty());
    ManageDialog *dialog = openManage(f, name);
    QVERIFY(!child<QPushButton>(dialog, "addSlaveButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "addSlaveReason")->text().contains(QStringLiteral("HTTPS")));
}

void TestGuiOriginPanel::swapInOneClick()
{
    GuiFixture f(80);
    const QString name = f.findDomain(swappableInOneClick);
    QVERIFY(!name.isEmpty());
    const Origin before = f.live(name)->origin();
    ManageDialog *dialog = openManage(f, name);
    Prompts::setNextAnswers({QMessageBox::No}); // must not be used: nothing is lost
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.live(name)->origin().masterTexts(), before.slaveTexts(), 5000);
    QCOMPARE(Prompts::pendingAnswers(), 1);
    QCOMPARE(f.live(name)->origin().slaveTexts(), before.masterTexts());
    QTRY_COMPARE(child<QTableWidget>(dialog, "mastersTable")->item(0, 0)->text(),
                 f.live(name)->origin().masters().first().address());
}

void TestGuiOriginPanel::swapAsksWhenWeightsAreLost()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) { return plainOwn(d, true); });
    // Give it a slave first (through the sandbox's API, as another operator would).
    Origin origin = f.live(name)->origin();
    origin.setSlaves({OriginEntry::parse(QStringLiteral("10.6.6.6"))});
    const Origin withSlave = origin;
    ManageDialog *dialog = openManage(f, name);
    dialog->openSlaveEditor();
    auto *editor = qobject_cast<SlaveEditorDialog *>(dialog->currentEditor());
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    setCell(child<QTableWidget>(editor, "entriesTable"), 0, 0, QStringLiteral("10.6.6.6"));
    Prompts::setNextAnswers({QMessageBox::Yes}); // a "follow" origin warns; the operator confirms
    QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);
    Prompts::setNextAnswers({});
    QCOMPARE(f.live(name)->origin().slaveTexts(), withSlave.slaveTexts());
    f.settle();

    Prompts::setNextAnswers({QMessageBox::No});
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    QVERIFY(Prompts::lastQuestion().join(QLatin1Char('\n')).contains(QStringLiteral("weight")));
    QTest::qWait(200);
    QCOMPARE(f.live(name)->origin().slaveTexts(), withSlave.slaveTexts()); // declined: nothing sent

    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.live(name)->origin().masterTexts(), QStringList{QStringLiteral("10.6.6.6")},
                              5000);
    for (const OriginEntry &slave : f.live(name)->origin().slaves())
        QVERIFY(!slave.hasWeight());
}

void TestGuiOriginPanel::errorKeepsTheEditAndRetryWorks()
{
    GuiFixture f(80);
    const QString name = f.findDomain([](const Domain &d) { return plainOwn(d, false); });
    ManageDialog *dialog = openManage(f, name);
    dialog->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(dialog->currentEditor());
    auto *host = child<QLineEdit>(editor, "hostEdit");
    host->clear();
    QTest::keyClicks(host, QStringLiteral("edited-host.example.com"));

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Error;
    fault.code = QStringLiteral("FailedOperation.CdnConfigError");
    fault.action = QStringLiteral("UpdateDomainConfig");
    fault.remaining = 1;
    f.sandbox()->addFault(fault);
    QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
    auto *errorText = child<QLabel>(editor, "errorText");
    QTRY_VERIFY_WITH_TIMEOUT(errorText->isVisible(), 5000);
    QVERIFY(errorText->text().contains(QStringLiteral("FailedOperation.CdnConfigError")));
    QVERIFY(errorText->text().contains(QStringLiteral("RequestId")));
    QVERIFY(
        child<ApplyStatusPanel>(editor, "applyStatus")->errorDetails().contains(QStringLiteral("RequestId")));
    QVERIFY(editor->isVisible());
    QCOMPARE(host->text(), QStringLiteral("edited-host.example.com")); // the edit is kept
    QVERIFY(host->isEnabled());
    QVERIFY(f.live(name)->origin().serverName() != QStringLiteral("edited-host.example.com"));

    auto *apply = child<QPushButton>(editor, "applyButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->currentEditor(), 5000);
    QCOMPARE(f.live(name)->origin().serverName(), QStringLiteral("edited-host.example.com"));
}

void TestGuiOriginPanel::acceptedButNotReadBackIsSaidAndNotADraft()
{
    GuiFixture f(80);
    const QString name = f.findDomain(swappableInOneClick);
    QVERIFY(!name.isEmpty());
    const Origin before = f.live(name)->origin();
    ManageDialog *dialog = openManage(f, name);
    // Once the swap is on its way the network drops every read: the service has the change, but
    // reading it back fails the way an unreachable API does.
    auto *applier = dialog->findChild<OriginApplier *>();
    QVERIFY(applier);
    SandboxFault drop;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("drop@DescribeDomainsConfig"), &drop, &error));
    connect(applier, &OriginApplier::progress, dialog, [&f, drop](const QString &text) {
        if (text.startsWith(QStringLiteral("Sending")))
            f.sandbox()->addFault(drop);
    });
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    auto *errorText = child<QLabel>(dialog, "errorText");
    QTRY_VERIFY_WITH_TIMEOUT(errorText->isVisible(), 15000);
    QCOMPARE(f.live(name)->origin().masterTexts(), before.slaveTexts());
    // Said as it is: accepted, with its RequestId, not verified; not "not applied", and not a draft.
    QVERIFY2(errorText->text().contains(QStringLiteral("The change was accepted (RequestId ")),
             qPrintable(errorText->text()));
    QVERIFY(!errorText->text().contains(QStringLiteral("not applied")));
    QVERIFY(errorText->text().contains(applier->lastRequestId()));
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    const QList<HistoryRecord> records =
        HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().before, before);
    QCOMPARE(records.first().after.masterTexts(), before.slaveTexts());
    f.sandbox()->clearFaults();
}

void TestGuiOriginPanel::readBackThatDiffersIsSaid()
{
    GuiFixture f(80);
    const QString name = f.findDomain(swappableInOneClick);
    QVERIFY(!name.isEmpty());
    const Origin before = f.live(name)->origin();
    ManageDialog *dialog = openManage(f, name);
    // Between the accepted swap and its read-back, someone else changes the master origins.
    Origin elsewhere = before;
    elsewhere.setMasters({OriginEntry::parse(QStringLiteral("10.70.0.1"))});
    auto *applier = dialog->findChild<OriginApplier *>();
    QVERIFY(applier);
    connect(applier, &OriginApplier::progress, dialog, [&f, name, elsewhere](const QString &text) {
        if (text.startsWith(QStringLiteral("Reading")))
            f.sandbox()->store().find(name)->setOrigin(elsewhere);
    });
    QTest::mouseClick(child<QPushButton>(dialog, "swapButton"), Qt::LeftButton);
    auto *errorText = child<QLabel>(dialog, "errorText");
    QTRY_VERIFY_WITH_TIMEOUT(errorText->isVisible(), 10000);
    QVERIFY2(errorText->text().contains(QStringLiteral("The change was accepted (RequestId ")),
             qPrintable(errorText->text()));
    QVERIFY(errorText->text().contains(
        QStringLiteral("%1 reads back with a different origin than the one sent.").arg(name)));
    QVERIFY(!errorText->text().contains(QStringLiteral("could not be read")));
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    // Recorded with what the domain holds now.
    QString error;
    const QList<HistoryRecord> records =
        HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().after.masterTexts(), elsewhere.masterTexts());
}

QTEST_MAIN(TestGuiOriginPanel)
#include "tst_gui_origin_panel.moc"
