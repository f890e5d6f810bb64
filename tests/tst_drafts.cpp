#include "DraftStore.h"
#include "History.h"
#include "OpenEdits.h"
#include "OriginDiff.h"
#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace od;
using testutil::parseObject;

namespace {
Draft makeDraft(const QString &id, const char *base, const char *origin)
{
    Draft d;
    d.id = id;
    d.accountId = QStringLiteral("acct");
    d.domain = QStringLiteral("www.example.com");
    d.base = Origin(parseObject(base));
    d.origin = Origin(parseObject(origin));
    d.created = QDateTime::currentDateTimeUtc();
    d.updated = d.created;
    return d;
}

const char *kBase =
    R"({"Origins":["1.1.1.1:80:10","2.2.2.2:80:90"],"OriginType":"ip","ServerName":"www.example.com",
"OriginPullProtocol":"http","BackupOrigins":[],"BackupOriginType":null,"Sni":{"Switch":"off"}})";
const char *kEdited =
    R"({"Origins":["1.1.1.1:80:40","3.3.3.3:80:60"],"OriginType":"ip","ServerName":"www.example.com",
"OriginPullProtocol":"follow","BackupOrigins":["backup.example.com"],"BackupOriginType":"domain","Sni":{"Switch":"off"}})";

// Child mode: save the same draft over and over until killed; says "ready" once the first is on disk.
int autosaveForever(const QString &folder)
{
    DraftStore store(folder);
    Draft d = makeDraft(QStringLiteral("busy"), kBase, kEdited);
    for (int i = 0;; ++i) {
        d.lastError = QString(i % 5000, QLatin1Char('x')); // files of changing size
        QString error;
        store.save(d, &error);
        if (i == 0) { // the first draft is on disk: from here on every kill lands mid-autosave
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}

// Child mode: an app with one edit open, kept on disk; it says "ready" and waits to be killed.
int holdAnOpenEdit(const QString &folder)
{
    OpenEdits edits(folder);
    const QString key = edits.begin();
    QString error;
    if (!edits.keep(key, makeDraft(QString(), kBase, kEdited), &error))
        return 1;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void surviveARestart();
    void killedDuringAutosaveLeavesAValidStore();
    void openEditsOfAKilledAppAreOrphans();
    void corruptDraftIsReportedAndKept();
    void exportImportSet();
    void importRequestBodyAndRefuseInvalid();
    void importBadFilesLosesNothing();
    void semanticDiff();
    void conflictAndRebase();
    void terraformBlock();
    void historyRecordsAndRollback();
    void unreadableHistoryIsNotOverwritten();
};

void TestDrafts::surviveARestart()
{
    QTemporaryDir dir;
    const Draft d = makeDraft(QStringLiteral("a"), kBase, kEdited);
    QString error;
    QVERIFY(DraftStore(dir.path()).save(d, &error));
    QStringList problems;
    const QList<Draft> loaded = DraftStore(dir.path()).load(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().toJson(), d.toJson());
    QCOMPARE(loaded.first().requestBody().value(QStringLiteral("Origin")).toObject(), d.origin.toJson());
    QVERIFY(DraftStore(dir.path()).remove(QStringLiteral("a"), &error));
    QVERIFY(DraftStore(dir.path()).load(&problems).isEmpty());
}

void TestDrafts::killedDuringAutosaveLeavesAValidStore()
{
    QTemporaryDir dir;
    for (int round = 0; round < 5; ++round) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-autosave"), dir.path()});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QTest::qWait(50 + round * 37);
        child.kill();
        QVERIFY(child.waitForFinished());
        QStringList problems;
        const QList<Draft> drafts = DraftStore(dir.path()).load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().origin.toJson(), parseObject(kEdited));
    }
}

void TestDrafts::openEditsOfAKilledAppAreOrphans()
{
    QTemporaryDir dir;
    OpenEdits mine(dir.path());
    // This app's own open edit is never an orphan.
    const QString own = mine.begin();
    QString error;
    QVERIFY(mine.keep(own, makeDraft(QString(), kBase, kBase), &error));
    QStringList problems;
    QVERIFY(mine.orphans(QStringLiteral("acct"), &problems).isEmpty());

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-open-edit"), dir.path()});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(10000));
    QCOMPARE(child.readAll().trimmed(), QByteArray("ready"));
    // While the other app runs, its edit is its own.
    QVERIFY(mine.orphans(QStringLiteral("acct"), &problems).isEmpty());
    child.kill();
    QVERIFY(child.waitForFinished());

    // Killed: its edit is whole, of its account only, and stays until ended.
    QVERIFY(mine.orphans(QStringLiteral("other"), &problems).isEmpty());
    for (int look = 0; look < 2; ++look) {
        const QList<Draft> orphans = mine.orphans(QStringLiteral("acct"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(orphans.size(), 1);
        QVERIFY(orphans.first().id != own);
        QCOMPARE(orphans.first().origin.toJson(), parseObject(kEdited));
        QCOMPARE(orphans.first().base.toJson(), parseObject(kBase));
    }
    QVERIFY(mine.end(mine.orphans(QStringLiteral("acct"), &problems).first().id, &error));
    QVERIFY(mine.orphans(QStringLiteral("acct"), &problems).isEmpty());
    QVERIFY(mine.end(own, &error));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.draft.json")}, QDir::Files).size(), 0);
}

void TestDrafts::corruptDraftIsReportedAndKept()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(DraftStore(dir.path()).save(makeDraft(QStringLiteral("good"), kBase, kEdited), &error));
    QFile bad(QDir(dir.path()).filePath(QStringLiteral("bad.draft.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"Id\": \"bad\", \"Domain\": ");
    bad.close();
    QStringList problems;
    const QList<Draft> drafts = DraftStore(dir.path()).load(&problems);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("bad.draft.json")));
    QVERIFY(bad.exists()); // left for the operator to look at
}

void TestDrafts::exportImportSet()
{
    const QList<Draft> drafts = {makeDraft(QStringLiteral("a"), kBase, kEdited),
                                 makeDraft(QStringLiteral("b"), kBase, kBase)};
    const QByteArray file = DraftStore::exportSet(drafts);
    QStringList problems;
    const QList<Draft> imported = DraftStore::import(file, QStringLiteral("other"), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(imported.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(imported.at(i).origin.toJson(), drafts.at(i).origin.toJson());
        QCOMPARE(imported.at(i).base.toJson(), drafts.at(i).base.toJson());
        QCOMPARE(imported.at(i).accountId, QStringLiteral("other"));
        QVERIFY(imported.at(i).id != drafts.at(i).id);
    }
}

void TestDrafts::importRequestBodyAndRefuseInvalid()
{
    const Draft d = makeDraft(QStringLiteral("a"), kBase, kEdited);
    const QByteArray body = QJsonDocument(d.requestBody()).toJson();
    QStringList problems;
    const QList<Draft> imported = DraftStore::import(body, QStringLiteral("acct"), &problems);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().requestBody(), d.requestBody()); // the exact UpdateDomainConfig body again
    QVERIFY(imported.first().base.toJson().isEmpty()); // unknown base: the review treats it as a conflict

    const QByteArray invalid =
        R"({"Domain":"www.example.com","Origin":{"Origins":["1.1.1.1"],"OriginType":"ip",
        "OriginPullProtocol":"https","BackupOrigins":["2.2.2.2"],"BackupOriginType":"ip"}})";
    QVERIFY(DraftStore::import(invalid, QStringLiteral("acct"), &problems).isEmpty());
    QVERIFY(problems.last().contains(QStringLiteral("HTTPS")));
}

void TestDrafts::importBadFilesLosesNothing()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(DraftStore(dir.path()).save(makeDraft(QStringLiteral("kept"), kBase, kEdited), &error));
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("{\"Something\": 1}"),
                                  QByteArray("{\"OriginDeskDrafts\": 1, \"Drafts\": [{\"Id\": 3}]}")}) {
        QStringList problems;
        QVERIFY(DraftStore::import(bad, QStringLiteral("acct"), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }
    QStringList problems;
    QCOMPARE(DraftStore(dir.path()).load(&problems).size(), 1);
}

void TestDrafts::semanticDiff()
{
    const QList<OriginChange> changes = OriginDiff::compare(
        Origin(parseObject(kBase)), Origin(parseObject(kEdited)), QStringLiteral("www.example.com"));
    QStringList lines;
    for (const OriginChange &c : changes)
        lines << c.description;
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Master origin 1.1.1.1:80:10 changed to 1.1.1.1:80:40")),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Master origin 2.2.2.2:80:90 removed")));
    QVERIFY(all.contains(QStringLiteral("Master origin 3.3.3.3:80:60 added")));
    QVERIFY(all.contains(QStringLiteral("Origin-pull protocol http → follow")));
    QVERIFY(all.contains(QStringLiteral("Hot slave origin backup.example.com added")));
    QCOMPARE(changes.size(), 5);
    QVERIFY(OriginDiff::compare(Origin(parseObject(kBase)), Origin(parseObject(kBase)), QString()).isEmpty());
    // Fields the app does not edit are named when they differ.
    QJsonObject other = parseObject(kBase);
    other.insert(QStringLiteral("Sni"), QJsonObject{{QStringLiteral("Switch"), QStringLiteral("on")}});
    const QList<OriginChange> sni = OriginDiff::compare(Origin(parseObject(kBase)), Origin(other), QString());
    QCOMPARE(sni.size(), 1);
    QCOMPARE(sni.first().field, OriginChange::Field::Other);
}

void TestDrafts::conflictAndRebase()
{
    const Draft d = makeDraft(QStringLiteral("a"), kBase, kEdited);
    QVERIFY(!DraftMerge::conflicts(d, Origin(parseObject(kBase))));
    // Someone changed the host header meanwhile.
    QJsonObject liveJson = parseObject(kBase);
    liveJson.insert(QStringLiteral("ServerName"), QStringLiteral("changed.example.com"));
    const Origin live(liveJson);
    QVERIFY(DraftMerge::conflicts(d, live));
    const Origin rebased = DraftMerge::rebase(d, live);
    QCOMPARE(rebased.serverName(), QStringLiteral("changed.example.com")); // live's change kept
    QCOMPARE(rebased.masterTexts(), d.origin.masterTexts());               // the draft's changes on top
    QCOMPARE(rebased.protocol(), QStringLiteral("follow"));
    QCOMPARE(rebased.slaveTexts(), d.origin.slaveTexts());
    // Applied anyway, the draft wins everywhere it has a say.
    const Origin anyway = DraftMerge::overlay(d, live);
    QCOMPARE(anyway.serverName(), d.origin.serverName());
    QCOMPARE(anyway.masterTexts(), d.origin.masterTexts());

    // A field live has and the base never had is not a conflict, and applying keeps it.
    QJsonObject grown = parseObject(kBase);
    grown.insert(QStringLiteral("PathRules"), QJsonArray{QJsonObject{{QStringLiteral("Regex"), false}}});
    QVERIFY(!DraftMerge::conflicts(d, Origin(grown)));
    const Origin sent = DraftMerge::overlay(d, Origin(grown));
    QCOMPARE(sent.toJson().value(QStringLiteral("PathRules")), grown.value(QStringLiteral("PathRules")));
    QCOMPARE(sent.masterTexts(), d.origin.masterTexts());
    // A field the base had and live lost is.
    QJsonObject shrunk = parseObject(kBase);
    shrunk.remove(QStringLiteral("ServerName"));
    QVERIFY(DraftMerge::conflicts(d, Origin(shrunk)));
    // A draft with no base (an imported request body) always asks.
    Draft imported = d;
    imported.base = Origin();
    QVERIFY(DraftMerge::conflicts(imported, Origin(parseObject(kBase))));
}

void TestDrafts::terraformBlock()
{
    const QString block = TerraformExport::originBlock(Origin(parseObject(kEdited)));
    QCOMPARE(block, QStringLiteral("origin {\n"
                                   "  origin_type          = \"ip\"\n"
                                   "  origin_list          = [\"1.1.1.1:80:40\", \"3.3.3.3:80:60\"]\n"
                                   "  server_name          = \"www.example.com\"\n"
                                   "  origin_pull_protocol = \"follow\"\n"
                                   "  backup_origin_type   = \"domain\"\n"
                                   "  backup_origin_list   = [\"backup.example.com\"]\n"
                                   "}\n"));
    const QString cos = TerraformExport::originBlock(Origin(parseObject(
        R"({"Origins":["b-1250000000.cos.ap-guangzhou.myqcloud.com"],"OriginType":"cos","ServerName":"b\"x","CosPrivateAccess":"on"})")));
    QVERIFY(cos.contains(QStringLiteral("cos_private_access = \"on\"")));
    QVERIFY(cos.contains(QStringLiteral("server_name        = \"b\\\"x\"")));
}

void TestDrafts::historyRecordsAndRollback()
{
    QTemporaryDir dir;
    const HistoryStore store(dir.filePath(QStringLiteral("sub/history.json")));
    QString error;
    QVERIFY(store.records(QString(), QString(), &error).isEmpty());
    QVERIFY(error.isEmpty());
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(store.append({t0, QStringLiteral("AKID1"), QStringLiteral("a.example.com"), QStringLiteral("r1"),
                          Origin(parseObject(kBase)), Origin(parseObject(kEdited))},
                         &error));
    QVERIFY(store.append({t0.addSecs(5), QStringLiteral("AKID1"), QStringLiteral("b.example.com"),
                          QStringLiteral("r2"), Origin(parseObject(kBase)), Origin(parseObject(kBase))},
                         &error));
    QVERIFY(store.append({t0.addSecs(9), QStringLiteral("AKID2"), QStringLiteral("a.example.com"),
                          QStringLiteral("r3"), Origin(parseObject(kEdited)), Origin(parseObject(kBase))},
                         &error));
    const QList<HistoryRecord> mine = store.records(QStringLiteral("AKID1"), QString(), &error);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.first().requestId, QStringLiteral("r2")); // newest first
    const QList<HistoryRecord> domainA = store.records(QString(), QStringLiteral("a.example.com"), &error);
    QCOMPARE(domainA.size(), 2);
    QCOMPARE(domainA.last().before.toJson(), parseObject(kBase));
    QCOMPARE(domainA.last().after.toJson(), parseObject(kEdited));
    QCOMPARE(domainA.last().time, t0);

    // Rolling back is a draft that restores "before", based on "after".
    const Draft rollback = domainA.last().rollbackDraft();
    QCOMPARE(rollback.domain, QStringLiteral("a.example.com"));
    QCOMPARE(rollback.origin.toJson(), parseObject(kBase));
    QCOMPARE(rollback.base.toJson(), parseObject(kEdited));
    QVERIFY(!DraftMerge::conflicts(rollback, Origin(parseObject(kEdited))));
    QVERIFY(DraftMerge::conflicts(rollback, Origin(parseObject(kBase))));
}

void TestDrafts::unreadableHistoryIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"Records\": [");
    file.close();
    const HistoryStore store(path);
    QString error;
    QVERIFY(!store.append({QDateTime::currentDateTimeUtc(), QStringLiteral("A"), QStringLiteral("d"),
                           QStringLiteral("r"), Origin(), Origin()},
                          &error));
    QVERIFY(error.contains(QStringLiteral("cannot be read")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"Records\": ["));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child-autosave") == 0) {
        QCoreApplication app(argc, argv);
        return autosaveForever(QString::fromLocal8Bit(argv[2]));
    }
    if (argc == 3 && qstrcmp(argv[1], "--child-open-edit") == 0) {
        QCoreApplication app(argc, argv);
        return holdAnOpenEdit(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDrafts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drafts.moc"
