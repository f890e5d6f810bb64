#include "AccountStore.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OriginDesk"));
    QApplication::setOrganizationName(QStringLiteral("OriginDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORIGINDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for the origin servers of CDN domains."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption manageOption(QStringLiteral("manage"),
                                          QCoreApplication::translate("main", "Open Manage for this domain."),
                                          QStringLiteral("domain"));
    parser.addOption(manageOption);
    // For origindesk-bench: report once the main window is shown, then quit.
    QCommandLineOption exitWhenShownOption(QStringLiteral("exit-when-shown"));
    exitWhenShownOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitWhenShownOption);
    parser.process(app);

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    od::Workspace workspace;
    QString error;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool sandboxOk = workspace.useSandbox(
        dataDir, od::Settings::value(od::Settings::Key::SandboxSeedCount).toInt(), &error);
    const QString lastAccount = od::Settings::value(od::Settings::Key::LastAccountId).toString();
    od::MainWindow window(&workspace);
    window.show();
    // Back to the account used last time; the sandbox stays if its key cannot be read.
    bool found = false;
    const od::Account account = od::AccountStore::find(lastAccount, &found);
    if (!lastAccount.isEmpty() && found)
        workspace.useSavedAccount(account);
    if (parser.isSet(exitWhenShownOption)) {
        QTimer::singleShot(0, &window, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    if (parser.isSet(manageOption))
        window.manageWhenLoaded(parser.value(manageOption));
    if (!sandboxOk)
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Sandbox"), error);
    return QApplication::exec();
}
