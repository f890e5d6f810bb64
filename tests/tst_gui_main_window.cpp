#include "DomainFilterModel.h"
#include "DomainListModel.h"
#include "GuiFixture.h"
#include "Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

using namespace od;
using testutil::GuiFixture;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheSandbox();
    void searchAsYouType();
    void filters();
    void sortByAnyColumn();
    void filteringKeepsSelectionAndHeaders();
    void manageByKeyboardAndDoubleClick();
    void searchThenKeyboardToTheList();
    void stopFromTheListWithConfirmation();
    void remembersColumnsAndSort();
    void deployingRowsAreFollowed();

private:
    QTemporaryDir m_home;
};

void TestGuiMainWindow::initTestCase()
{
    testutil::isolateHome(m_home);
}

void TestGuiMainWindow::opensOnTheSandbox()
{
    GuiFixture f(120);
    MainWindow &w = *f.window;
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.domainModel()->rowCount(), 120);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("120")));
    QVERIFY(
        w.findChild<QLabel *>(QStringLiteral("accountLabel"))->text().contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("loadProgress"))->isVisible());
    QVERIFY(!w.windowIcon().isNull());
    // Every row is a domain the sandbox has, kept whole (the brief shape, nulls included).
    for (int row = 0; row < w.domainModel()->rowCount(); ++row) {
        const std::optional<Domain> domain = w.domainModel()->domain(row);
        QVERIFY(domain);
        QVERIFY(f.live(domain->name()));
        QCOMPARE(domain->toJson(), SandboxStore::briefOf(*f.live(domain->name())));
    }
    QVERIFY(!w.domainModel()->domain(QStringLiteral("not.a.domain.example")));
}

void TestGuiMainWindow::searchAsYouType()
{
    GuiFixture f(120);
    MainWindow &w = *f.window;
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("backup-"));
    int expected = 0;
    for (const Domain &d : f.sandbox()->store().domains())
        expected += d.origin().slaveTexts().join(QLatin1Char(' ')).contains(QStringLiteral("backup-"));
    QVERIFY(expected > 0);
    QCOMPARE(w.filterModel()->rowCount(), expected);
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("countsLabel"))
                ->text()
                .contains(QStringLiteral("%1 of").arg(expected)));

    // Searching by a master IP finds its domain.
    const Domain &any = f.sandbox()->store().domains().at(7);
    const QString address = any.origin().masters().first().address();
    search->clear();
    QTest::keyClicks(search, address);
    bool found = false;
    for (int row = 0; row < w.filterModel()->rowCount(); ++row)
        found |= w.filterModel()->index(row, 0).data().toString() == any.name();
    QVERIFY(found);
}

void TestGuiMainWindow::filters()
{
    GuiFixture f(120);
    MainWindow &w = *f.window;
    int offline = 0;
    int cos = 0;
    int slaves = 0;
    for (const Domain &d : f.sandbox()->store().domains()) {
        offline += d.status() == QLatin1String("offline");
        cos += d.origin().kind() == Origin::Kind::Cos;
        slaves += d.origin().hasSlaves();
    }
    auto *status = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("offline")));
    QCOMPARE(w.filterModel()->rowCount(), offline);
    status->setCurrentIndex(0);
    auto *type = w.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(type->findData(int(Origin::Kind::Cos)));
    QCOMPARE(w.filterModel()->rowCount(), cos);
    type->setCurrentIndex(0);
    auto *slavesOnly = w.findChild<QCheckBox *>(QStringLiteral("slavesOnlyCheck"));
    QTest::mouseClick(slavesOnly, Qt::LeftButton);
    QCOMPARE(w.filterModel()->rowCount(), slaves);
    QVERIFY(slaves > 0 && cos > 0 && offline > 0);
}

void TestGuiMainWindow::sortByAnyColumn()
{
    GuiFixture f(60);
    MainWindow &w = *f.window;
    auto *table = w.findChild<QTableView *>(QStringLiteral("domainTable"));
    for (int column = 0; column < DomainListModel::ManageColumn; ++column) {
        table->sortByColumn(column, Qt::AscendingOrder);
        for (int row = 1; row < w.filterModel()->rowCount(); ++row) {
            const QString a =
                w.filterModel()->index(row - 1, column).data(DomainListModel::SortRole).toString();
            const QString b = w.filterModel()->index(row, column).data(DomainListModel::SortRole).toString();
            QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0,
                     qPrintable(QStringLiteral("column %1").arg(column)));
        }
    }
}

void TestGuiMainWindow::filteringKeepsSelectionAndHeaders()
{
    GuiFixture f(120);
    MainWindow &w = *f.window;
    const QString name = w.filterModel()->index(10, 0).data().toString();
    w.selectDomain(name);
    QCOMPARE(w.selectedDomain(), name);
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, name.left(name.indexOf(QLatin1Char('.'))));
    QVERIFY(w.filterModel()->rowCount() < 120);
    QCOMPARE(w.selectedDomain(), name); // still selected, wherever its row moved
    search->clear();
    QCOMPARE(w.filterModel()->rowCount(), 120);
    QCOMPARE(w.selectedDomain(), name);
    QTest::keyClicks(search, QStringLiteral("no-such-domain-anywhere"));
    QCOMPARE(w.filterModel()->rowCount(), 0);
    QCOMPARE(w.filterModel()->headerData(DomainListModel::DomainColumn, Qt::Horizontal).toString(),
             QStringLiteral("Domain"));
    search->clear();

    // A changed domain keeps its place in a filtered, sorted list and shows its new values.
    auto *type = w.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(type->findData(int(Origin::Kind::Own)));
    const int shown = w.filterModel()->rowCount();
    Domain changed = *w.domainModel()->domain(name);
    changed.setStatus(QStringLiteral("processing"));
    if (changed.origin().kind() == Origin::Kind::Own) {
        w.domainModel()->updateDomain(changed);
        QCOMPARE(w.filterModel()->rowCount(), shown);
        const QModelIndex index =
            w.filterModel()->mapFromSource(w.domainModel()->index(w.domainModel()->rowOf(name), 1));
        QCOMPARE(index.data().toString(), DomainListModel::statusText(QStringLiteral("processing")));
    }
}

void TestGuiMainWindow::manageByKeyboardAndDoubleClick()
{
    GuiFixture f(40);
    MainWindow &w = *f.window;
    auto *table = w.findChild<QTableView *>(QStringLiteral("domainTable"));
    const QString name = w.filterModel()->index(3, 0).data().toString();
    w.selectDomain(name);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(w.manageDialog(name));
    QVERIFY(w.manageDialog(name)->isVisible());
    QCOMPARE(w.manageDialog(name)->domain().name(), name);
    QTest::keyClick(w.manageDialog(name), Qt::Key_Escape);
    QTRY_VERIFY(!w.manageDialog(name));

    const QString other = w.filterModel()->index(5, 0).data().toString();
    w.selectDomain(other);
    const QModelIndex index = w.filterModel()->index(5, DomainListModel::ManageColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTRY_VERIFY(w.manageDialog(other));
}

void TestGuiMainWindow::searchThenKeyboardToTheList()
{
    GuiFixture f(40);
    MainWindow &w = *f.window;
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *table = w.findChild<QTableView *>(QStringLiteral("domainTable"));
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"));

    // Several found: Down goes to the list with the first one selected, ready for Enter.
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("."));
    QVERIFY(w.filterModel()->rowCount() > 1);
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(w.selectedDomain(), w.filterModel()->index(0, 0).data().toString());
    QVERIFY(!w.manageDialog(w.selectedDomain()));

    // Enter with several found goes to the list too, and opens nothing.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(table->hasFocus());
    QVERIFY(!w.manageDialog(w.selectedDomain()));

    // One found: Enter in the search field opens its Manage dialog.
    const QString name = w.filterModel()->index(7, 0).data().toString();
    search->clear();
    search->setFocus();
    QTest::keyClicks(search, name);
    QCOMPARE(w.filterModel()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(w.manageDialog(name));
    QVERIFY(w.manageDialog(name)->isVisible());
}

void TestGuiMainWindow::stopFromTheListWithConfirmation()
{
    GuiFixture f(40);
    MainWindow &w = *f.window;
    const QString name = f.findDomain([](const Domain &d) { return d.isOnline(); });
    w.selectDomain(name);
    auto *stop = w.findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isEnabled());
    Prompts::setNextAnswers({QMessageBox::No});
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(f.live(name)->status(), QStringLiteral("online"));
    Prompts::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(Prompts::lastQuestion().join(QLatin1Char(' ')).contains(name));
    QTRY_COMPARE(f.live(name)->status(), QStringLiteral("closing"));
    // The row shows the deployment and then the final state, read back from the sandbox.
    QTRY_COMPARE_WITH_TIMEOUT(w.domainModel()->domain(name)->status(), QStringLiteral("offline"), 5000);
    QTRY_VERIFY(w.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
}

void TestGuiMainWindow::remembersColumnsAndSort()
{
    {
        GuiFixture f(10);
        auto *table = f.window->findChild<QTableView *>(QStringLiteral("domainTable"));
        table->horizontalHeader()->resizeSection(DomainListModel::CnameColumn, 333);
        table->sortByColumn(DomainListModel::UpdatedColumn, Qt::DescendingOrder);
        f.window->close();
    }
    GuiFixture f(10);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("domainTable"));
    QCOMPARE(table->horizontalHeader()->sectionSize(DomainListModel::CnameColumn), 333);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(DomainListModel::UpdatedColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY(QSettings().fileName().startsWith(m_home.path()));
}

void TestGuiMainWindow::deployingRowsAreFollowed()
{
    GuiFixture f(30);
    // A change made elsewhere (the web console, the CLI) is deploying when the list is read.
    const QString name = f.findDomain([](const Domain &d) { return d.isOnline(); });
    f.sandbox()->store().markBusy(name, QStringLiteral("processing"), QStringLiteral("online"),
                                  QDateTime::currentMSecsSinceEpoch() + 500);
    f.window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->isLoading(), 10000);
    QCOMPARE(f.window->domainModel()->domain(name)->status(), QStringLiteral("processing"));
    QVERIFY(f.window->watcher()->isWatching(name));
    // Followed until it settles, without a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(f.window->domainModel()->domain(name)->status(), QStringLiteral("online"),
                              10000);
    QVERIFY(!f.window->watcher()->isWatching(name));
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_main_window.moc"
