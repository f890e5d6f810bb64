#include "AccountStore.h"
#include "ApplyStatusPanel.h"
#include "DomainCache.h"
#include "DraftBook.h"
#include "DraftsDialog.h"
#include "GuiFixture.h"
#include "History.h"
#include "HistoryDialog.h"
#include "OriginApplier.h"
#include "OriginEditorDialog.h"
#include "OriginOps.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SandboxFault.h"
#include "Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

using namespace od;
using testutil::GuiFixture;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

bool plainOwn(const Domain &d)
{
    const Origin &o = d.origin();
    return o.kind() == Origin::Kind::Own && !o.hasSlaves() && d.isOnline() &&
           o.protocol() != QLatin1String("https") && !o.masters().isEmpty() &&
           o.masters().first().kind() == OriginEntry::Kind::IPv4 && !o.masters().first().hasWeight();
}

bool swappable(const Domain &d)
{
    return d.isOnline() && d.origin().kind() == Origin::Kind::Own && d.origin().hasSlaves() &&
           OriginOps::swapMasterSlave(d.origin(), d.name()).canApply() &&
           !OriginOps::swapMasterSlave(d.origin(), d.name()).needsConfirmation();
}

// The plain own origins of the sandbox, as many as asked for.
QStringList plainDomains(const GuiFixture &f, int count)
{
    QStringList names;
    for (const Domain &d : f.workspace.sandbox()->store().domains()) {
        if (names.size() < count && plainOwn(d))
            names << d.name();
    }
    return names;
}

Origin withExtraMaster(const Origin &origin, const QString &address)
{
    Origin next = origin;
    QList<OriginEntry> masters = next.masters();
    masters << OriginEntry::parse(address);
    next.setMasters(masters);
    return next;
}

// A draft for each domain that adds one master origin; their ids.
QStringList draftsAddingMaster(GuiFixture &f, const QStringList &names, const QString &address)
{
    QStringList ids;
    QString error;
    for (const QString &name : names) {
        const Origin live = f.live(name)->origin();
        const std::optional<Draft> draft =
            f.window->drafts()->saveChange(name, live, withExtraMaster(live, address), &error);
        if (!draft)
            qFatal("draft not saved: %s", qPrintable(error));
        ids << draft->id;
    }
    return ids;
}

// A saved account whose key is not in the keychain.
Account savedAccount(const QString &name)
{
    Account account;
    account.name = name;
    account.secretId = QStringLiteral("AKIDTEST") + QString::number(qHash(name));
    return AccountStore::save(account);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList highlightedLines(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QTextEdit::ExtraSelection &mark : edit->extraSelections())
        lines << mark.cursor.block().text();
    return lines;
}

ReviewDialog *reviewOf(GuiFixture &f, const QStringList &ids)
{
    ReviewDialog *review = f.window->openReview(ids);
    if (!review)
        qFatal("the review did not open");
    if (!QTest::qWaitFor([review] { return !review->isReading(); }, 10000))
        qFatal("the review did not read the live configuration");
    return review;
}

void applyAndWait(ReviewDialog *review)
{
    QSignalSpy finished(review, &ReviewDialog::applyFinished);
    QPushButton *apply = child<QPushButton>(review, "applyButton");
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
}

} // namespace

class TestGuiDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offlineBrowsingUsesTheCache();
    void cacheHoldsNoSecretAndSurvivesCorruption();
    void offlineCopyShowsItsAgeAsTimePasses();
    void startShowsTheOfflineCopyWhileTheLiveListLoads();
    void refreshAndWorkOfflineKeepTheListAndTheSelection();
    void aChangeAppliedDuringARefreshStays();
    void draftingForASavedAccountNeedsNoKey();
    void unreachableApiFallsBackAndKeepsChangesAsDrafts();
    void draftSurvivesRestartAndAppliesOnline();
    void invalidDraftIsNotReady();
    void conflictNeedsAnExplicitChoice();
    void rebaseThatBreaksTheRulesIsShownAndNotSent();
    void oneFailingDomainAmongSeveral();
    void acceptedButNotVerifiedIsRecordedAndKept();
    void stopEndsBetweenRequests();
    void quitWhileApplyingFinishesTheDomainInFlight();
    void rollbackRestoresTheSandbox();
    void exportImportRoundTrip();
    void corruptFilesAreReportedAndLoseNothing();
    void unreadableHistoryIsReportedNotOverwritten();
    void draftThatCannotBeWrittenKeepsTheEdit();
    void editsOpenWhenTheAppStopsAreKept();
    void discardAsksAndTakesTheSelection();

private:
    QTemporaryDir m_home;
};

void TestGuiDrafts::initTestCase()
{
    testutil::isolateHome(m_home);
}

void TestGuiDrafts::init()
{
    Prompts::setNextAnswers({});
    Prompts::setNextFileNames({});
    Settings::setValue(Settings::Key::WorkOffline, false);
    QDir(DraftBook::defaultFolder()).removeRecursively();
    QFile::remove(HistoryStore::defaultPath());
}

void TestGuiDrafts::offlineBrowsingUsesTheCache()
{
    GuiFixture f(60);
    QVERIFY(f.window->dataAgeText().startsWith(QStringLiteral("Live")));
    QVERIFY(!f.window->isOffline());
    const QString name = f.findDomain(plainOwn);

    // Restart offline: the list comes from the offline copy, and nothing is asked of the API.
    f.window.reset();
    Settings::setValue(Settings::Key::WorkOffline, true);
    QSignalSpy requests(f.sandbox(), &SandboxServer::requestHandled);
    f.window = std::make_unique<MainWindow>(&f.workspace);
    f.window->show();
    QVERIFY(f.window->isOffline());
    QVERIFY(!f.window->isLoading());
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QCOMPARE(f.window->domainModel()->domain(name)->origin(), f.live(name)->origin());
    QVERIFY2(f.window->dataAgeText().startsWith(QStringLiteral("Offline copy from")),
             qPrintable(f.window->dataAgeText()));
    QVERIFY(f.window->dataAgeText().contains(QStringLiteral("just now")));
    QVERIFY(child<QLabel>(f.window.get(), "offlineBadge")->isVisible());

    // Manage works offline, from the copy.
    ManageDialog *manage = f.window->manage(name);
    QVERIFY(manage);
    QVERIFY(manage->isOffline());
    QVERIFY(child<QLabel>(manage, "draftBanner")->text().contains(QStringLiteral("Working offline")));
    QTest::qWait(100);
    QCOMPARE(requests.count(), 0);

    // Back online: live again.
    f.window->setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && f.window->domainModel()->rowCount() == 60, 10000);
    QVERIFY(f.window->dataAgeText().startsWith(QStringLiteral("Live")));
    QVERIFY(!manage || !manage->isOffline());
    QVERIFY(requests.count() > 0);
}

void TestGuiDrafts::cacheHoldsNoSecretAndSurvivesCorruption()
{
    {
        GuiFixture f(30);
        QVERIFY(f.window->cache()->problem().isEmpty());
        f.window->waitForCacheWrite();
        QVERIFY(f.window->cache()->fetchedAt(QStringLiteral("sandbox")).isValid());
    }
    const QByteArray bytes =
        readFile(DomainCache::defaultPath()) + readFile(DomainCache::defaultPath() + QStringLiteral("-wal"));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(SandboxServer::kDefaultSecretKey));

    // A cache file that is not a database: moved aside (kept), a new one started, the app works.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    writeFile(path, QByteArray("this is not an SQLite database, it is a text file").repeated(100));
    DomainCache cache(path);
    QVERIFY(cache.isOpen());
    QVERIFY2(cache.problem().contains(QStringLiteral("moved to")), qPrintable(cache.problem()));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(readFile(dir.filePath(aside.first())).startsWith("this is not"));
    Domain d(QJsonObject{{QStringLiteral("Domain"), QStringLiteral("a.example.com")}});
    QString error;
    QVERIFY(cache.replace(QStringLiteral("acct"), {DomainCache::rowFor(d)}, QDateTime::currentDateTimeUtc(),
                          &error));
    QDateTime fetched;
    QCOMPARE(cache.load(QStringLiteral("acct"), &fetched, &error).size(), 1);
    QVERIFY(cache.load(QStringLiteral("other"), &fetched, &error).isEmpty());
    QVERIFY(!fetched.isValid());
}

void TestGuiDrafts::offlineCopyShowsItsAgeAsTimePasses()
{
    GuiFixture f(20);
    f.window->waitForCacheWrite();
    f.window.reset();

    // The copy on disk was read three hours ago.
    const QString account = f.workspace.accountKey();
    QString error;
    {
        DomainCache cache(DomainCache::defaultPath());
        QDateTime fetched;
        const QList<DomainCache::Row> rows = cache.load(account, &fetched, &error);
        QCOMPARE(rows.size(), 20);
        QVERIFY(cache.replace(account, rows, QDateTime::currentDateTimeUtc().addSecs(-(3 * 60 + 5) * 60),
                              &error));
    }
    Settings::setValue(Settings::Key::WorkOffline, true);
    f.window = std::make_unique<MainWindow>(&f.workspace);
    f.window->show();
    auto *label = child<QLabel>(f.window.get(), "dataAgeLabel");
    QVERIFY2(label->text().startsWith(QStringLiteral("Offline copy from")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("(3 hour")), qPrintable(label->text()));

    // The label is refreshed on a timer while the window stays open, not only when the list loads.
    auto *timer = f.window->findChild<QTimer *>(QStringLiteral("dataAgeTimer"));
    QVERIFY(timer);
    QVERIFY(timer->isActive());
    QVERIFY(timer->interval() <= 60 * 1000);
    label->setText(QString());
    timer->setInterval(10);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), f.window->dataAgeText(), 5000);
}

void TestGuiDrafts::startShowsTheOfflineCopyWhileTheLiveListLoads()
{
    GuiFixture f(60);
    const QString name = f.findDomain(plainOwn);
    f.window.reset(); // quit: the copy is written
    // Meanwhile the domain changes, and the API is slow.
    Origin changed = f.live(name)->origin();
    changed.setServerName(QStringLiteral("changed-while-closed.example.com"));
    f.sandbox()->store().find(name)->setOrigin(changed);
    SandboxFault slow;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("latency:600@DescribeDomains"), &slow, &error));
    f.sandbox()->addFault(slow);

    f.window = std::make_unique<MainWindow>(&f.workspace);
    f.window->show();
    // At once: the copy, marked as such, while the live list loads.
    QVERIFY(f.window->isLoading());
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QVERIFY(f.window->dataAgeText().startsWith(QStringLiteral("Offline copy from")));
    QVERIFY(f.window->domainModel()->domain(name)->origin().serverName() != changed.serverName());
    f.window->selectDomain(name);
    // Then live replaces it in one step, keeping the selection.
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading(), 20000);
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QCOMPARE(f.window->domainModel()->domain(name)->origin().serverName(), changed.serverName());
    QVERIFY(f.window->dataAgeText().startsWith(QStringLiteral("Live")));
    QCOMPARE(f.window->selectedDomain(), name);
}

void TestGuiDrafts::refreshAndWorkOfflineKeepTheListAndTheSelection()
{
    GuiFixture f(60);
    const QString name = f.findDomain(plainOwn);
    f.window->selectDomain(name);
    Origin changed = f.live(name)->origin();
    changed.setServerName(QStringLiteral("changed-before-f5.example.com"));
    f.sandbox()->store().find(name)->setOrigin(changed);
    SandboxFault slow;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("latency:500@DescribeDomains"), &slow, &error));
    f.sandbox()->addFault(slow);

    // F5: the list stays on screen while it is read again, then is replaced in one step.
    f.window->refresh();
    QVERIFY(f.window->isLoading());
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QCOMPARE(f.window->selectedDomain(), name);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading(), 20000);
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QCOMPARE(f.window->domainModel()->domain(name)->origin().serverName(), changed.serverName());
    QCOMPARE(f.window->selectedDomain(), name);
    f.sandbox()->clearFaults();

    // Work Offline and back: the same domain stays selected.
    f.window->setWorkOffline(true);
    QVERIFY(f.window->isOffline());
    QCOMPARE(f.window->domainModel()->rowCount(), 60);
    QCOMPARE(f.window->selectedDomain(), name);
    f.window->setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && !f.window->isOffline(), 20000);
    QVERIFY(f.window->dataAgeText().startsWith(QStringLiteral("Live")));
    QCOMPARE(f.window->selectedDomain(), name);
}

void TestGuiDrafts::aChangeAppliedDuringARefreshStays()
{
    GuiFixture f(60);
    const QString name = f.findDomain(plainOwn);
    // F5 while the API is slow to answer the list: its page is read now and arrives later.
    SandboxFault slow;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("latency:1500@DescribeDomains#1"), &slow, &error));
    f.sandbox()->addFault(slow);
    f.window->refresh();
    QVERIFY(f.window->isLoading());
    // Meanwhile a change is applied from Manage.
    ManageDialog *manage = f.window->manage(name);
    manage->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
    QVERIFY(editor);
    child<QLineEdit>(editor, "hostEdit")->setText(QStringLiteral("applied-during-f5.example.com"));
    QTest::mouseClick(child<QPushButton>(editor, "applyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!manage->currentEditor(), 10000);
    QVERIFY(f.window->isLoading());
    QCOMPARE(f.window->domainModel()->domain(name)->origin().serverName(),
             QStringLiteral("applied-during-f5.example.com"));
    // The page read before the change does not put the old host header back.
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading(), 20000);
    QCOMPARE(f.window->domainModel()->domain(name)->origin().serverName(),
             QStringLiteral("applied-during-f5.example.com"));
    QCOMPARE(f.live(name)->origin().serverName(), QStringLiteral("applied-during-f5.example.com"));
}

void TestGuiDrafts::draftingForASavedAccountNeedsNoKey()
{
    const Account production = savedAccount(QStringLiteral("Production (no key here)"));
    GuiFixture f(40);
    // The offline copy of that account, from a session three hours ago.
    {
        QList<DomainCache::Row> rows;
        for (const Domain &d : f.sandbox()->store().domains())
            rows << DomainCache::rowFor(d);
        DomainCache cache(DomainCache::defaultPath());
        QString error;
        QVERIFY(
            cache.replace(production.id, rows, QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), &error));
    }
    const QString name = f.findDomain(swappable); // before the sandbox stops with the switch
    f.window->setWorkOffline(true);
    auto *accounts = child<QComboBox>(f.window.get(), "accountCombo");
    const int index = accounts->findData(production.id);
    QVERIFY(index > 0);
    emit accounts->activated(index); // no keychain read: drafting needs no key
    QCOMPARE(f.workspace.accountKey(), production.id);
    QVERIFY(!f.workspace.hasKey());
    QTRY_COMPARE(f.window->domainModel()->rowCount(), 40);
    QVERIFY2(f.window->dataAgeText().contains(QStringLiteral("(3 hour")),
             qPrintable(f.window->dataAgeText()));
    f.window->manage(name)->swapMasterSlave();
    QCOMPARE(f.window->drafts()->account(), production.id);
    QCOMPARE(f.window->drafts()->drafts().size(), 1);

    // Going online needs the key; it is not on this machine, so the app stays offline and says so.
    Prompts::setNextAnswers({QMessageBox::No}); // no key for this run either
    f.window->setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->messageText().contains(QStringLiteral("cannot go online")), 10000);
    QVERIFY(f.window->isOffline());
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
    AccountStore::remove(production.id);
}

void TestGuiDrafts::unreachableApiFallsBackAndKeepsChangesAsDrafts()
{
    GuiFixture f(40);
    const QString name = f.findDomain(swappable);
    QVERIFY(!name.isEmpty());
    const Origin before = f.live(name)->origin();

    SandboxFault drop;
    drop.kind = SandboxFault::Kind::Drop;
    f.sandbox()->addFault(drop);
    f.window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(f.window->isApiUnreachable(), 20000);
    QVERIFY(f.window->isOffline());
    QCOMPARE(f.window->domainModel()->rowCount(), 40);
    QVERIFY(f.window->messageText().contains(QStringLiteral("cannot be reached")));
    QCOMPARE(child<QLabel>(f.window.get(), "offlineBadge")->text(), QStringLiteral("API UNREACHABLE"));

    // Swap while unreachable: a draft, and the sandbox is untouched.
    ManageDialog *manage = f.window->manage(name);
    QVERIFY(manage->isOffline());
    manage->swapMasterSlave();
    const QList<Draft> drafts = f.window->drafts()->drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().domain, name);
    QCOMPARE(drafts.first().base, before);
    QCOMPARE(drafts.first().origin.masterTexts(), before.slaveTexts());
    QCOMPARE(f.live(name)->origin(), before);
    // Review waits for the API, and the Drafts panel says why.
    DraftsDialog *panel = f.window->openDrafts();
    QTest::mouseClick(child<QPushButton>(panel, "reviewButton"), Qt::LeftButton);
    QVERIFY(!f.window->reviewDialog());
    QVERIFY2(panel->statusText().contains(QStringLiteral("cannot be reached")),
             qPrintable(panel->statusText()));

    f.sandbox()->clearFaults();
    f.window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && !f.window->isApiUnreachable(), 20000);
    QVERIFY(!f.window->isOffline());
    QVERIFY(!manage->isOffline());
}

void TestGuiDrafts::draftSurvivesRestartAndAppliesOnline()
{
    GuiFixture f(80);
    const QString plain = f.findDomain(plainOwn);
    const QString swap = f.findDomain(swappable);
    QVERIFY(!plain.isEmpty() && !swap.isEmpty());
    const Origin plainBefore = f.live(plain)->origin();
    const Origin swapBefore = f.live(swap)->origin();
    f.window->setWorkOffline(true);
    QVERIFY(f.window->isOffline());

    // Modify offline: the same editor, saving a draft instead of applying.
    ManageDialog *manage = f.window->manage(plain);
    manage->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
    QVERIFY(editor);
    QVERIFY(!child<QPushButton>(editor, "applyButton")->isVisible());
    QPushButton *saveDraft = child<QPushButton>(editor, "draftButton");
    QVERIFY(!saveDraft->isEnabled()); // nothing changed yet
    auto *table = child<QTableWidget>(editor, "entriesTable");
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("10.9.8.7"));
    QVERIFY(saveDraft->isEnabled());
    QTest::mouseClick(saveDraft, Qt::LeftButton);
    QTRY_VERIFY(!manage->currentEditor());
    // And Switch master/slave offline.
    f.window->manage(swap)->swapMasterSlave();
    QCOMPARE(f.window->drafts()->drafts().size(), 2);
    QCOMPARE(f.live(plain)->origin(), plainBefore);
    QCOMPARE(f.live(swap)->origin(), swapBefore);

    // Restart: the drafts are still there, whole.
    const QList<Draft> saved = f.window->drafts()->drafts();
    f.window.reset();
    f.window = std::make_unique<MainWindow>(&f.workspace);
    f.window->show();
    QList<Draft> reloaded = f.window->drafts()->drafts();
    QCOMPARE(reloaded.size(), 2);
    for (const Draft &d : saved) {
        const std::optional<Draft> again = f.window->drafts()->find(d.id);
        QVERIFY(again);
        QCOMPARE(again->origin, d.origin);
        QCOMPARE(again->base, d.base);
    }
    const std::optional<Draft> plainDraft = f.window->drafts()->forDomain(plain).value(0);
    QVERIFY(plainDraft->origin.masterTexts().contains(QStringLiteral("10.9.8.7")));
    QVERIFY(child<QPushButton>(f.window.get(), "draftsButton")->text().contains(QStringLiteral("(2)")));

    // Drafts from a domain's Manage dialog opens the panel with that domain's draft selected.
    QTest::mouseClick(child<QPushButton>(f.window->manage(swap), "draftsButton"), Qt::LeftButton);
    DraftsDialog *panel = f.window->draftsDialog();
    QVERIFY(panel && panel->isVisible());
    QCOMPARE(panel->selectedIds(), QStringList{f.window->drafts()->forDomain(swap).value(0).id});
    f.window->manageDialog(swap)->close();
    panel->selectDrafts({});

    // The Drafts panel lists them with what they change and the version they are based on.
    QCOMPARE(f.window->openDrafts(), panel);
    auto *list = child<QTableWidget>(panel, "draftsTable");
    QCOMPARE(list->rowCount(), 2);
    QStringList changes;
    for (int row = 0; row < 2; ++row)
        changes << list->item(row, 1)->text();
    QVERIFY2(changes.join(QLatin1Char('|')).contains(QStringLiteral("10.9.8.7")),
             qPrintable(changes.join(QLatin1Char('|'))));
    QCOMPARE(list->item(0, 4)->text(), QStringLiteral("Ready"));

    // Back online: review shows the semantic diff against live, then applies both.
    f.window->setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && !f.window->isOffline(), 10000);
    QVERIFY2(f.window->messageText().contains(QStringLiteral("2 draft(s) waiting")),
             qPrintable(f.window->messageText()));
    f.settle();
    QTest::mouseClick(child<QPushButton>(panel, "reviewButton"), Qt::LeftButton);
    ReviewDialog *review = f.window->reviewDialog();
    QVERIFY(review);
    QTRY_VERIFY_WITH_TIMEOUT(!review->isReading(), 10000);
    QCOMPARE(review->count(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!review->conflictAt(i));
        QCOMPARE(review->choiceAt(i), ReviewDialog::Choice::Apply);
        QVERIFY(!review->changesAt(i).isEmpty());
        if (review->domainAt(i) == plain)
            QVERIFY(review->changesAt(i).join(QLatin1Char('\n')).contains(QStringLiteral("10.9.8.7")));
    }
    applyAndWait(review);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(review->stateAt(i), ReviewDialog::State::Applied);
    QVERIFY(f.live(plain)->origin().masterTexts().contains(QStringLiteral("10.9.8.7")));
    QCOMPARE(f.live(swap)->origin().masterTexts(), swapBefore.slaveTexts());
    QCOMPARE(f.live(swap)->origin().slaveTexts(), swapBefore.masterTexts());
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    QCOMPARE(list->rowCount(), 0);
    QString error;
    QCOMPARE(HistoryStore(HistoryStore::defaultPath()).records(QString(), QString(), &error).size(), 2);
    // The list shows what was applied.
    QVERIFY(
        f.window->domainModel()->domain(plain)->origin().masterTexts().contains(QStringLiteral("10.9.8.7")));
}

void TestGuiDrafts::invalidDraftIsNotReady()
{
    GuiFixture f(40);
    const QString plain = f.findDomain(plainOwn);
    f.window->setWorkOffline(true);
    ManageDialog *manage = f.window->manage(plain);
    manage->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
    auto *table = child<QTableWidget>(editor, "entriesTable");
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("999.1.1.1"));
    QVERIFY(hasErrors(editor->currentFindings()));
    // Declined: nothing saved, the editor stays open with the edit.
    Prompts::setNextAnswers({QMessageBox::No});
    QTest::mouseClick(child<QPushButton>(editor, "draftButton"), Qt::LeftButton);
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    QVERIFY(editor->isVisible());
    QVERIFY(Prompts::lastQuestion().join(QLatin1Char(' ')).contains(QStringLiteral("999.1.1.1")));
    // Kept as not ready: listed, but it cannot go to review.
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(child<QPushButton>(editor, "draftButton"), Qt::LeftButton);
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
    QVERIFY(!DraftBook::isReady(f.window->drafts()->drafts().first()));
    f.window->setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading() && !f.window->isOffline(), 10000);
    DraftsDialog *panel = f.window->openDrafts();
    QCOMPARE(child<QTableWidget>(panel, "draftsTable")->item(0, 4)->text(), QStringLiteral("Not ready"));
    // Why, under the list once the draft is selected.
    QVERIFY(panel->detailsText().isEmpty());
    child<QTableWidget>(panel, "draftsTable")->selectRow(0);
    QVERIFY2(panel->detailsText().contains(QStringLiteral("999.1.1.1")), qPrintable(panel->detailsText()));
    child<QTableWidget>(panel, "draftsTable")->clearSelection();
    QTest::mouseClick(child<QPushButton>(panel, "reviewButton"), Qt::LeftButton);
    QVERIFY(!f.window->reviewDialog());
    QVERIFY(panel->statusText().contains(QStringLiteral("No draft is ready")));

    // Edited from the panel into a valid origin, it becomes ready.
    panel->selectDrafts({f.window->drafts()->drafts().first().id});
    OriginEditDialogBase *edit = f.window->editDraft(f.window->drafts()->drafts().first().id, false);
    QVERIFY(edit);
    auto *editTable = child<QTableWidget>(edit, "entriesTable");
    editTable->item(editTable->rowCount() - 1, 0)->setText(QStringLiteral("10.1.1.1"));
    QTest::mouseClick(child<QPushButton>(edit, "draftButton"), Qt::LeftButton);
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
    QVERIFY(DraftBook::isReady(f.window->drafts()->drafts().first()));
    QVERIFY(f.window->drafts()->drafts().first().origin.masterTexts().contains(QStringLiteral("10.1.1.1")));
    QCOMPARE(child<QTableWidget>(panel, "draftsTable")->item(0, 4)->text(), QStringLiteral("Ready"));
}

void TestGuiDrafts::conflictNeedsAnExplicitChoice()
{
    GuiFixture f(80);
    const QStringList names = plainDomains(f, 2);
    QCOMPARE(names.size(), 2);
    DraftBook *book = f.window->drafts();
    const QList<Origin> bases{f.live(names.at(0))->origin(), f.live(names.at(1))->origin()};
    const QStringList ids = draftsAddingMaster(f, names, QStringLiteral("10.50.0.1"));
    // Meanwhile someone else changes both domains (the host header).
    for (const QString &name : names) {
        Origin changed = f.live(name)->origin();
        changed.setServerName(QStringLiteral("changed-elsewhere.example.com"));
        f.sandbox()->store().find(name)->setOrigin(changed);
    }

    ReviewDialog *review = reviewOf(f, ids);
    QCOMPARE(review->count(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(review->conflictAt(i));
        QCOMPARE(review->choiceAt(i), ReviewDialog::Choice::Keep); // nothing is overwritten by default
    }
    QVERIFY(!child<QPushButton>(review, "applyButton")->isEnabled());
    // Each domain's action is reachable with Tab, right after the list.
    auto *tree = child<QTreeWidget>(review, "reviewTree");
    review->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(review));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Tab);
    QVERIFY(qobject_cast<QComboBox *>(review->focusWidget()));
    QTest::keyClick(review->focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QComboBox *>(review->focusWidget()));
    // Base / live / draft side by side.
    review->showComparison(0);
    QVERIFY(!review->comparisonText(0).contains(QStringLiteral("changed-elsewhere")));
    QVERIFY(review->comparisonText(1).contains(QStringLiteral("changed-elsewhere")));
    QVERIFY(review->comparisonText(2).contains(QStringLiteral("10.50.0.1")));
    // What differs from the base is highlighted: live's host header, the draft's origins; base nothing.
    QCOMPARE(highlightedLines(child<QPlainTextEdit>(review, "baseText")), QStringList());
    const QStringList liveMarks = highlightedLines(child<QPlainTextEdit>(review, "liveText"));
    QCOMPARE(liveMarks.size(), 1);
    QVERIFY2(liveMarks.first().contains(QStringLiteral("changed-elsewhere")), qPrintable(liveMarks.first()));
    const QStringList draftMarks = highlightedLines(child<QPlainTextEdit>(review, "draftText"));
    QCOMPARE(draftMarks.size(), 1);
    QVERIFY2(draftMarks.first().contains(QStringLiteral("10.50.0.1")), qPrintable(draftMarks.first()));

    // Rebase the first on live; keep the second.
    const int first = review->domainAt(0) == names.at(0) ? 0 : 1;
    // Before anything is sent, the review shows what each choice would send.
    review->setChoice(first, ReviewDialog::Choice::Apply);
    QVERIFY(review->changesAt(first).join(QLatin1Char('\n')).contains(QStringLiteral("changed-elsewhere")));
    review->setChoice(first, ReviewDialog::Choice::Rebase);
    const QString rebasedChanges = review->changesAt(first).join(QLatin1Char('\n'));
    QVERIFY2(rebasedChanges.contains(QStringLiteral("10.50.0.1")), qPrintable(rebasedChanges));
    QVERIFY2(!rebasedChanges.contains(QStringLiteral("changed-elsewhere")), qPrintable(rebasedChanges));
    review->showComparison(first);
    QVERIFY(child<QLabel>(review, "draftTitle")->text().contains(QStringLiteral("rebased")));
    QVERIFY(review->comparisonText(2).contains(QStringLiteral("changed-elsewhere")));
    QVERIFY(review->comparisonText(2).contains(QStringLiteral("10.50.0.1")));
    const QStringList rebasedMarks = highlightedLines(child<QPlainTextEdit>(review, "draftText"));
    QCOMPARE(rebasedMarks.size(), 1);
    QVERIFY2(rebasedMarks.first().contains(QStringLiteral("10.50.0.1")), qPrintable(rebasedMarks.first()));
    applyAndWait(review);
    QCOMPARE(review->stateAt(first), ReviewDialog::State::Applied);
    QCOMPARE(review->stateAt(1 - first), ReviewDialog::State::Reviewed);
    const Origin rebased = f.live(names.at(0))->origin();
    QVERIFY(rebased.masterTexts().contains(QStringLiteral("10.50.0.1")));
    QCOMPARE(rebased.serverName(), QStringLiteral("changed-elsewhere.example.com"));
    QCOMPARE(f.live(names.at(1))->origin().masterTexts(), bases.at(1).masterTexts());
    QCOMPARE(book->drafts().size(), 1);

    // The kept one, applied anyway: the draft wins, including its host header.
    review->close();
    f.settle();
    review = reviewOf(f, {book->drafts().first().id});
    QVERIFY(review->conflictAt(0));
    review->setChoice(0, ReviewDialog::Choice::Apply);
    applyAndWait(review);
    QCOMPARE(review->stateAt(0), ReviewDialog::State::Applied);
    QVERIFY(f.live(names.at(1))->origin().masterTexts().contains(QStringLiteral("10.50.0.1")));
    QCOMPARE(f.live(names.at(1))->origin().serverName(), bases.at(1).serverName());
    QVERIFY(book->drafts().isEmpty());
}

void TestGuiDrafts::rebaseThatBreaksTheRulesIsShownAndNotSent()
{
    GuiFixture f(40);
    const QString name = f.findDomain(plainOwn);
    DraftBook *book = f.window->drafts();
    // The draft adds a hot slave origin; meanwhile live turns HTTPS back-to-origin on. Each is fine
    // alone, but slave origins do not support HTTPS: rebased, the draft breaks the rules.
    const Origin base = f.live(name)->origin();
    Origin withSlave = base;
    withSlave.setSlaves({OriginEntry::parse(QStringLiteral("10.60.0.1"))});
    QString error;
    const std::optional<Draft> draft = book->saveChange(name, base, withSlave, &error);
    QVERIFY2(draft, qPrintable(error));
    Origin https = base;
    https.setProtocol(QStringLiteral("https"));
    f.sandbox()->store().find(name)->setOrigin(https);

    ReviewDialog *review = reviewOf(f, {draft->id});
    QVERIFY(review->conflictAt(0));
    review->setChoice(0, ReviewDialog::Choice::Rebase);
    QVERIFY2(review->changesAt(0).join(QLatin1Char('\n')).contains(QStringLiteral("breaks the rules")),
             qPrintable(review->changesAt(0).join(QLatin1Char('\n'))));
    applyAndWait(review);
    QCOMPARE(review->stateAt(0), ReviewDialog::State::Failed);
    QCOMPARE(f.live(name)->origin(), https); // nothing sent
    QCOMPARE(book->drafts().size(), 1);      // kept, with its error, as it was
    QVERIFY(book->drafts().first().lastError.contains(QStringLiteral("breaks the rules")));
    QCOMPARE(book->drafts().first().origin, withSlave);
}

void TestGuiDrafts::oneFailingDomainAmongSeveral()
{
    GuiFixture f(120);
    const QStringList names = plainDomains(f, 3);
    QCOMPARE(names.size(), 3);
    const QStringList ids = draftsAddingMaster(f, names, QStringLiteral("10.60.0.2"));
    ReviewDialog *review = reviewOf(f, ids);
    SandboxFault fault;
    QString error;
    QVERIFY(SandboxFault::parse(QStringLiteral("error:FailedOperation.CdnConfigError@UpdateDomainConfig#1"),
                                &fault, &error));
    f.sandbox()->addFault(fault);
    applyAndWait(review);

    int applied = 0;
    QString failed;
    for (int i = 0; i < 3; ++i) {
        if (review->stateAt(i) == ReviewDialog::State::Applied)
            ++applied;
        else if (review->stateAt(i) == ReviewDialog::State::Failed)
            failed = review->domainAt(i);
    }
    QCOMPARE(applied, 2);
    QVERIFY(!failed.isEmpty());
    // Copy results: each domain's outcome with the error and the RequestIds, as text.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(review, "copyResultsButton"), Qt::LeftButton);
    const QString report = QGuiApplication::clipboard()->text();
    QCOMPARE(report, review->resultsText());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(report.contains(review->domainAt(i) + QStringLiteral(": ") + review->resultAt(i)));
        if (review->stateAt(i) == ReviewDialog::State::Applied)
            QVERIFY(review->resultAt(i).contains(QStringLiteral("RequestId")));
    }
    QVERIFY(report.contains(QStringLiteral("FailedOperation.CdnConfigError")));
    QVERIFY(report.contains(QStringLiteral("10.60.0.2 added")));
    QVERIFY(!f.live(failed)->origin().masterTexts().contains(QStringLiteral("10.60.0.2")));
    for (const QString &name : names) {
        if (name != failed)
            QVERIFY(f.live(name)->origin().masterTexts().contains(QStringLiteral("10.60.0.2")));
    }
    // The failure stays a draft with its error, shown in the panel.
    const QList<Draft> left = f.window->drafts()->drafts();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().domain, failed);
    QVERIFY2(left.first().lastError.contains(QStringLiteral("FailedOperation.CdnConfigError")),
             qPrintable(left.first().lastError));
    DraftsDialog *panel = f.window->openDrafts();
    auto *list = child<QTableWidget>(panel, "draftsTable");
    QCOMPARE(list->item(0, 4)->text(), QStringLiteral("Apply failed"));
    QVERIFY(list->item(0, 4)->toolTip().contains(QStringLiteral("FailedOperation.CdnConfigError")));
    list->selectRow(0);
    QVERIFY2(panel->detailsText().contains(failed + QStringLiteral(" — Apply failed: ")),
             qPrintable(panel->detailsText()));
    QVERIFY(panel->detailsText().contains(QStringLiteral("FailedOperation.CdnConfigError")));
}

void TestGuiDrafts::acceptedButNotVerifiedIsRecordedAndKept()
{
    GuiFixture f(40);
    const QString name = plainDomains(f, 1).value(0);
    QVERIFY(!name.isEmpty());
    const Origin before = f.live(name)->origin();
    const QStringList ids = draftsAddingMaster(f, {name}, QStringLiteral("10.61.0.1"));
    ReviewDialog *review = reviewOf(f, ids);
    // Once the change is on its way, every read of the domain answers garbage: the service accepts
    // the change, but the read-back that verifies it fails.
    auto *applier = review->findChild<OriginApplier *>();
    QVERIFY(applier);
    SandboxFault garbage;
    QString error;
    QVERIFY(
        SandboxFault::parse(QStringLiteral("malformed:not-json@DescribeDomainsConfig"), &garbage, &error));
    connect(applier, &OriginApplier::progress, &f.workspace, [&f, garbage](const QString &text) {
        if (text.startsWith(QStringLiteral("Sending")))
            f.sandbox()->addFault(garbage);
    });
    QSignalSpy unverified(review, &ReviewDialog::domainChangedUnverified);
    applyAndWait(review);

    // Applied on the service, and said so: not "failed" as if nothing happened.
    QVERIFY(f.live(name)->origin().masterTexts().contains(QStringLiteral("10.61.0.1")));
    QCOMPARE(review->stateAt(0), ReviewDialog::State::Failed);
    QVERIFY2(review->resultAt(0).startsWith(QStringLiteral("Accepted (RequestId ")),
             qPrintable(review->resultAt(0)));
    QVERIFY(review->resultAt(0).contains(QStringLiteral("not verified")));
    // Recorded in the history, so it can be rolled back.
    const QList<HistoryRecord> records =
        HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().before, before);
    QVERIFY(records.first().after.masterTexts().contains(QStringLiteral("10.61.0.1")));
    QVERIFY(!records.first().requestId.isEmpty());
    QVERIFY(review->resultAt(0).contains(records.first().requestId));
    // Kept as a draft with what happened; the list follows the domain once it can be read.
    const QList<Draft> left = f.window->drafts()->drafts();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().lastError.startsWith(QStringLiteral("Accepted (RequestId ")));
    QCOMPARE(unverified.count(), 1);
    QVERIFY(f.window->watcher()->isWatching(name));
    f.sandbox()->clearFaults();
    f.settle();
    QTRY_VERIFY_WITH_TIMEOUT(
        f.window->domainModel()->domain(name)->origin().masterTexts().contains(QStringLiteral("10.61.0.1")),
        10000);

    // A second review sees the change is there.
    review->close();
    review = reviewOf(f, {left.first().id});
    QCOMPARE(review->resultAt(0), QStringLiteral("Live already matches the draft."));
}

void TestGuiDrafts::stopEndsBetweenRequests()
{
    GuiFixture f(120);
    const QStringList names = plainDomains(f, 3);
    const QStringList ids = draftsAddingMaster(f, names, QStringLiteral("10.70.0.3"));
    ReviewDialog *review = reviewOf(f, ids);
    QSignalSpy finished(review, &ReviewDialog::applyFinished);
    QTest::mouseClick(child<QPushButton>(review, "applyButton"), Qt::LeftButton);
    QVERIFY(review->isApplying());
    review->reject(); // Stop (or Escape): ends after the domain in flight, the dialog stays
    QVERIFY(review->isVisible());
    QVERIFY(finished.wait(20000));
    int applied = 0;
    int kept = 0;
    for (int i = 0; i < 3; ++i) {
        applied += review->stateAt(i) == ReviewDialog::State::Applied;
        kept += review->stateAt(i) == ReviewDialog::State::Kept;
    }
    QCOMPARE(applied, 1);
    QCOMPARE(kept, 2);
    QCOMPARE(f.window->drafts()->drafts().size(), 2);
    int changed = 0;
    for (const QString &name : names)
        changed += f.live(name)->origin().masterTexts().contains(QStringLiteral("10.70.0.3"));
    QCOMPARE(changed, 1);
}

void TestGuiDrafts::quitWhileApplyingFinishesTheDomainInFlight()
{
    const Account other = savedAccount(QStringLiteral("Production"));
    GuiFixture f(120);
    const QStringList names = plainDomains(f, 2);
    ReviewDialog *review = reviewOf(f, draftsAddingMaster(f, names, QStringLiteral("10.75.0.9")));
    QSignalSpy finished(review, &ReviewDialog::applyFinished);
    QTest::mouseClick(child<QPushButton>(review, "applyButton"), Qt::LeftButton);
    // Switching account now would send the rest to another account: refused.
    auto *accounts = child<QComboBox>(f.window.get(), "accountCombo");
    const int index = accounts->findData(other.id);
    QVERIFY(index > 0);
    emit accounts->activated(index);
    QCOMPARE(f.workspace.accountKey(), QStringLiteral("sandbox"));
    QVERIFY(f.window->messageText().contains(QStringLiteral("being applied")));
    AccountStore::remove(other.id);
    QVERIFY(!f.window->close()); // refused for now: the domain in flight is seen through
    QVERIFY(f.window->isVisible());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!f.window->isVisible()); // then the window closes by itself
    int changed = 0;
    for (const QString &name : names)
        changed += f.live(name)->origin().masterTexts().contains(QStringLiteral("10.75.0.9"));
    QCOMPARE(changed, 1);
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
}

void TestGuiDrafts::rollbackRestoresTheSandbox()
{
    GuiFixture f(80);
    const QString name = f.findDomain(swappable);
    const Origin original = f.live(name)->origin();
    // A change applied from Manage, recorded in the history.
    ManageDialog *manage = f.window->manage(name);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(manage, "loadingLabel")->isVisible(), 5000);
    manage->swapMasterSlave();
    QTRY_VERIFY_WITH_TIMEOUT(f.live(name)->origin() != original && !manage->currentEditor(), 10000);
    QString error;
    QTRY_VERIFY_WITH_TIMEOUT(
        !HistoryStore(HistoryStore::defaultPath()).records(QString(), name, &error).isEmpty(), 10000);
    f.settle();

    // Manage's History button opens the domain's history.
    QTest::mouseClick(child<QPushButton>(manage, "historyButton"), Qt::LeftButton);
    HistoryDialog *history = f.window->historyDialog();
    QVERIFY(history);
    QVERIFY(history->windowTitle().contains(name));
    QCOMPARE(history->recordCount(), 1);
    QCOMPARE(history->record(0).before, original);
    QVERIFY(history->details().contains(original.masterTexts().first()));
    // The account's history shows the same change; the field filters by part of a name.
    history->setDomain(QString());
    QCOMPARE(history->recordCount(), 1);
    history->setDomain(name.left(4).toUpper());
    QCOMPARE(history->recordCount(), 1);
    history->setDomain(QStringLiteral("no-such-domain"));
    QCOMPARE(history->recordCount(), 0);
    history->setDomain(QString());
    history->selectRecord(0);
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(history->rollbackButton(), Qt::LeftButton);
    ReviewDialog *review = f.window->reviewDialog();
    QVERIFY(review);
    QTRY_VERIFY_WITH_TIMEOUT(!review->isReading(), 10000);
    QCOMPARE(review->count(), 1);
    QVERIFY(!review->conflictAt(0));
    applyAndWait(review);
    QCOMPARE(review->stateAt(0), ReviewDialog::State::Applied);
    QCOMPARE(f.live(name)->origin().masterTexts(), original.masterTexts());
    QCOMPARE(f.live(name)->origin().slaveTexts(), original.slaveTexts());
    history->reload();
    QCOMPARE(history->recordCount(), 2); // the rollback is itself recorded

    // Working offline, a rollback is kept as a draft: the panel shows it selected and says why it
    // cannot be reviewed now.
    review->close();
    QTRY_VERIFY(!f.window->reviewDialog());
    f.window->setWorkOffline(true);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading(), 10000);
    history->selectRecord(0);
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(history->rollbackButton(), Qt::LeftButton);
    QVERIFY(!f.window->reviewDialog());
    DraftsDialog *panel = f.window->openDrafts();
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
    QCOMPARE(panel->selectedIds(), QStringList{f.window->drafts()->drafts().first().id});
    QVERIFY2(panel->statusText().contains(QStringLiteral("Turn Work Offline off")),
             qPrintable(panel->statusText()));
}

void TestGuiDrafts::exportImportRoundTrip()
{
    GuiFixture f(80);
    const QStringList names = plainDomains(f, 2);
    DraftBook *book = f.window->drafts();
    draftsAddingMaster(f, names, QStringLiteral("10.80.0.4"));
    QString error;
    const QList<Draft> original = book->drafts();
    DraftsDialog *panel = f.window->openDrafts();
    QTemporaryDir dir;

    // A set, through the Export button.
    const QString setPath = dir.filePath(QStringLiteral("set.json"));
    Prompts::setNextFileNames({setPath});
    QTest::mouseClick(child<QPushButton>(panel, "exportButton"), Qt::LeftButton);
    QVERIFY2(panel->statusText().contains(QStringLiteral("saved to")), qPrintable(panel->statusText()));
    for (const Draft &d : original)
        QVERIFY(book->discard(d.id, &error));
    QVERIFY(book->drafts().isEmpty());
    Prompts::setNextFileNames({setPath});
    QTest::mouseClick(child<QPushButton>(panel, "importButton"), Qt::LeftButton);
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("2 draft")), qPrintable(panel->statusText()));
    QCOMPARE(book->drafts().size(), 2);
    for (const Draft &d : original) {
        const QList<Draft> again = book->forDomain(d.domain);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().origin, d.origin);
        QCOMPARE(again.first().base, d.base);
    }

    // One draft as the exact UpdateDomainConfig body, and back.
    const Draft one = book->drafts().first();
    const QString bodyPath = dir.filePath(QStringLiteral("body.json"));
    QVERIFY(panel->exportRequestBody(bodyPath, one.id, &error));
    const QJsonObject body = QJsonDocument::fromJson(readFile(bodyPath)).object();
    QCOMPARE(body, one.requestBody());
    QCOMPARE(body.value(QStringLiteral("Domain")).toString(), one.domain);
    QStringList problems;
    QCOMPARE(panel->importFile(bodyPath, &problems), 1);
    QVERIFY(problems.isEmpty());
    QCOMPARE(book->forDomain(one.domain).size(), 2);
    QCOMPARE(book->forDomain(one.domain).first().origin.masterTexts(), one.origin.masterTexts());

    // Terraform.
    const QString tfPath = dir.filePath(QStringLiteral("origin.tf"));
    QVERIFY(panel->exportTerraform(tfPath, one.id, &error));
    const QString tf = QString::fromUtf8(readFile(tfPath));
    QVERIFY(tf.contains(QStringLiteral("origin {")));
    QVERIFY(tf.contains(QStringLiteral("origin_list")));
    QVERIFY(tf.contains(QStringLiteral("10.80.0.4")));
}

void TestGuiDrafts::corruptFilesAreReportedAndLoseNothing()
{
    GuiFixture f(40);
    const QString name = f.findDomain(plainOwn);
    DraftBook *book = f.window->drafts();
    draftsAddingMaster(f, {name}, QStringLiteral("10.90.0.5"));
    DraftsDialog *panel = f.window->openDrafts();
    QTemporaryDir dir;

    // An import file that is not JSON, and one whose draft breaks the rules.
    const QString garbage = dir.filePath(QStringLiteral("garbage.json"));
    writeFile(garbage, "{\"OriginDeskDrafts\": 1, \"Drafts\": [");
    QStringList problems;
    QCOMPARE(panel->importFile(garbage, &problems), 0);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("not JSON")), qPrintable(problems.first()));
    const QString invalid = dir.filePath(QStringLiteral("invalid.json"));
    writeFile(invalid,
              QJsonDocument(QJsonObject{{QStringLiteral("Domain"), name},
                                        {QStringLiteral("Origin"),
                                         QJsonObject{{QStringLiteral("Origins"),
                                                      QJsonArray{QStringLiteral("999.0.0.1")}},
                                                     {QStringLiteral("OriginType"), QStringLiteral("ip")}}}})
                  .toJson());
    problems.clear();
    QCOMPARE(panel->importFile(invalid, &problems), 0);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("was not imported")));
    problems.clear();
    QCOMPARE(panel->importFile(dir.filePath(QStringLiteral("missing.json")), &problems), 0);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("could not be read")));
    QCOMPARE(book->drafts().size(), 1);

    // A draft file on disk that is cut short: reported, left alone; the others load.
    const QString broken = DraftBook::defaultFolder() + QStringLiteral("/broken.draft.json");
    writeFile(broken, "{\"Id\": \"broken\", \"Domain\": ");
    book->reload();
    QCOMPARE(book->drafts().size(), 1);
    QCOMPARE(book->problems().size(), 1);
    QVERIFY(child<QLabel>(panel, "problemBanner")->isVisible());
    QVERIFY(child<QLabel>(panel, "problemBanner")->text().contains(QStringLiteral("broken.draft.json")));
    QVERIFY(QFile::exists(broken));
}

void TestGuiDrafts::unreadableHistoryIsReportedNotOverwritten()
{
    GuiFixture f(80);
    QDir().mkpath(QFileInfo(HistoryStore::defaultPath()).absolutePath());
    const QByteArray garbage("{\"Version\": 1, \"Records\": [ this is not JSON");
    writeFile(HistoryStore::defaultPath(), garbage);
    const QString name = f.findDomain(swappable);
    const Origin before = f.live(name)->origin();
    ManageDialog *manage = f.window->manage(name);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(manage, "loadingLabel")->isVisible(), 5000);
    manage->swapMasterSlave();
    // The change is applied, and the operator is told it is not in the history.
    QTRY_VERIFY_WITH_TIMEOUT(f.live(name)->origin() != before, 10000);
    auto *status = manage->findChild<ApplyStatusPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(status->errorDetails().contains(QStringLiteral("not recorded in the history")),
                             10000);
    QCOMPARE(readFile(HistoryStore::defaultPath()), garbage); // nothing overwritten
    HistoryDialog *history = f.window->openHistory(QString());
    QVERIFY(child<QLabel>(history, "problemBanner")->isVisible());
    QCOMPARE(history->recordCount(), 0);
}

void TestGuiDrafts::draftThatCannotBeWrittenKeepsTheEdit()
{
    GuiFixture f(40);
    const QString plain = f.findDomain(plainOwn);
    f.window->setWorkOffline(true);
    // Something that is not a folder where the drafts go: every write fails.
    const QString folder = DraftBook::defaultFolder();
    QDir(folder).removeRecursively();
    QDir().mkpath(QFileInfo(folder).absolutePath());
    writeFile(folder, "not a folder");
    ManageDialog *manage = f.window->manage(plain);
    manage->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
    auto *table = child<QTableWidget>(editor, "entriesTable");
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("10.3.3.3"));
    QTest::mouseClick(child<QPushButton>(editor, "draftButton"), Qt::LeftButton);
    // The editor stays open with the edit and says why.
    QVERIFY(editor->isVisible());
    QVERIFY(editor->findChild<ApplyStatusPanel *>()->errorDetails().contains(
        QStringLiteral("could not be saved")));
    QVERIFY(editor->editedOrigin().masterTexts().contains(QStringLiteral("10.3.3.3")));
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    // Once the folder can be written, the same button saves it.
    QFile::remove(folder);
    QTest::mouseClick(child<QPushButton>(editor, "draftButton"), Qt::LeftButton);
    QTRY_VERIFY(!manage->currentEditor());
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
}

namespace {
QStringList openEditFiles(const GuiFixture &f)
{
    return QDir(f.window->drafts()->openEditsFolder())
        .entryList({QStringLiteral("*.draft.json")}, QDir::Files);
}

OriginEditorDialog *modifyAddingMaster(ManageDialog *manage, const QString &address)
{
    manage->openModify();
    auto *editor = qobject_cast<OriginEditorDialog *>(manage->currentEditor());
    if (!editor)
        qFatal("Modify did not open");
    auto *table = child<QTableWidget>(editor, "entriesTable");
    QTest::mouseClick(child<QPushButton>(editor, "addEntryButton"), Qt::LeftButton);
    table->item(table->rowCount() - 1, 0)->setText(address);
    return editor;
}
} // namespace

void TestGuiDrafts::editsOpenWhenTheAppStopsAreKept()
{
    GuiFixture f(40);
    const QStringList names = plainDomains(f, 2);
    QCOMPARE(names.size(), 2);
    const Origin before = f.live(names.at(0))->origin();

    // What is typed in an open editor is on disk a moment later.
    ManageDialog *manage = f.window->manage(names.at(0));
    OriginEditorDialog *editor = modifyAddingMaster(manage, QStringLiteral("10.4.4.1"));
    QTRY_COMPARE(openEditFiles(f).size(), 1);

    // Cancel asks before throwing the edit away; saying Cancel keeps the editor and its edit.
    Prompts::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(Prompts::lastQuestion().value(0), QStringLiteral("Discard the changes?"));
    QVERIFY(editor->isVisible());
    QVERIFY(editor->editedOrigin().masterTexts().contains(QStringLiteral("10.4.4.1")));
    // Discard: gone, from the screen and the disk, and no draft.
    Prompts::setNextAnswers({QMessageBox::Discard});
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!manage->currentEditor());
    QCOMPARE(openEditFiles(f).size(), 0);
    QVERIFY(f.window->drafts()->drafts().isEmpty());

    // Quitting with editors open: a new edit, and an edit of an existing draft.
    modifyAddingMaster(manage, QStringLiteral("10.4.4.2"));
    QString error;
    const Origin other = f.live(names.at(1))->origin();
    const std::optional<Draft> saved = f.window->drafts()->saveChange(
        names.at(1), other, withExtraMaster(other, QStringLiteral("10.4.4.3")), &error);
    QVERIFY(saved);
    OriginEditDialogBase *draftEditor = f.window->editDraft(saved->id, false);
    QVERIFY(draftEditor);
    auto *hostEdit = child<QLineEdit>(draftEditor, "hostEdit");
    hostEdit->setText(QStringLiteral("edited-in-the-draft.example.com"));
    QTRY_COMPARE(openEditFiles(f).size(), 2);
    f.window.reset();

    // The next start keeps both as drafts, says so, and the saved draft is as it was.
    f.window = std::make_unique<MainWindow>(&f.workspace);
    f.window->show();
    QCOMPARE(openEditFiles(f).size(), 0);
    const QList<Draft> drafts = f.window->drafts()->drafts();
    QCOMPARE(drafts.size(), 3);
    QVERIFY(f.window->messageText().contains(QStringLiteral("kept as drafts")));
    QVERIFY(f.window->messageText().contains(names.at(0)));
    const std::optional<Draft> unchanged = f.window->drafts()->find(saved->id);
    QVERIFY(unchanged);
    QCOMPARE(unchanged->origin, saved->origin);
    bool newEdit = false;
    bool draftEdit = false;
    for (const Draft &d : drafts) {
        if (d.domain == names.at(0)) {
            newEdit = d.origin.masterTexts().contains(QStringLiteral("10.4.4.2")) && d.base == before;
        } else if (d.id != saved->id) {
            draftEdit = d.origin.serverName() == QStringLiteral("edited-in-the-draft.example.com") &&
                        d.origin.masterTexts().contains(QStringLiteral("10.4.4.3")) && d.base == saved->base;
        }
    }
    QVERIFY(newEdit);
    QVERIFY(draftEdit);
    QCOMPARE(f.live(names.at(0))->origin(), before); // nothing was sent

    // An editor that goes away with its edit open while the app runs (its Manage dialog closed on
    // an account switch) leaves a draft at once.
    manage = f.window->manage(names.at(0));
    modifyAddingMaster(manage, QStringLiteral("10.4.4.4"));
    QTRY_COMPARE(openEditFiles(f).size(), 1);
    delete manage;
    QCOMPARE(openEditFiles(f).size(), 0);
    QCOMPARE(f.window->drafts()->drafts().size(), 4);
    QTRY_VERIFY(child<QPushButton>(f.window.get(), "draftsButton")->text().contains(QStringLiteral("(4)")));
    QVERIFY(f.window->drafts()->drafts().first().origin.masterTexts().contains(QStringLiteral("10.4.4.4")));
}

void TestGuiDrafts::discardAsksAndTakesTheSelection()
{
    GuiFixture f(40);
    const QStringList names = plainDomains(f, 3);
    const QStringList ids = draftsAddingMaster(f, names, QStringLiteral("10.5.5.5"));
    DraftsDialog *panel = f.window->openDrafts();
    auto *discard = child<QPushButton>(panel, "discardButton");
    QVERIFY(!discard->isEnabled()); // nothing selected: nothing to discard
    panel->selectDrafts({ids.at(0), ids.at(1)});
    QVERIFY(discard->isEnabled());
    // Asked first; No keeps them.
    Prompts::setNextAnswers({QMessageBox::No});
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(Prompts::lastQuestion().value(0), QStringLiteral("Discard drafts?"));
    QCOMPARE(f.window->drafts()->drafts().size(), 3);
    // Yes discards the two selected, from the panel and the disk.
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(discard, Qt::LeftButton);
    QCOMPARE(f.window->drafts()->drafts().size(), 1);
    QCOMPARE(f.window->drafts()->drafts().first().id, ids.at(2));
    QCOMPARE(child<QTableWidget>(panel, "draftsTable")->rowCount(), 1);
    QCOMPARE(QDir(DraftBook::defaultFolder()).entryList({QStringLiteral("*.draft.json")}, QDir::Files).size(),
             1);
    // The Delete key on the list does the same.
    panel->selectDrafts({ids.at(2)});
    auto *table = child<QTableWidget>(panel, "draftsTable");
    QApplication::setActiveWindow(panel);
    table->setFocus();
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(f.window->drafts()->drafts().isEmpty());
    QCOMPARE(Prompts::pendingAnswers(), 0);
}

QTEST_MAIN(TestGuiDrafts)
#include "tst_gui_drafts.moc"
