#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opens();
};

void TestGuiMainWindow::opens()
{
    od::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("OriginDesk"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("titleLabel")));
    QVERIFY(window.findChild<QStatusBar *>(QStringLiteral("statusBar")));
    QVERIFY(!window.windowIcon().isNull());
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_main_window.moc"
