#include "AccountStore.h"
#include "Language.h"
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
    od::Language::install(&app);

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
    od::MainWindow window(&workspace);
    window.show();
    if (parser.isSet(exitWhenShownOption)) {
        QTimer::singleShot(0, &window, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    // Once the window is on screen: the built-in sandbox (it reads its state file), then the account
    // used last time (the sandbox stays if that account's key cannot be read).
    QTimer::singleShot(0, &window, [&] {
        QString error;
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (!workspace.useSandbox(dataDir, od::Settings::value(od::Settings::Key::SandboxSeedCount).toInt(),
                                  &error))
            QMessageBox::critical(&window, QCoreApplication::translate("main", "Sandbox"), error);
        const QString lastAccount = od::Settings::value(od::Settings::Key::LastAccountId).toString();
        bool found = false;
        const od::Account account = od::AccountStore::find(lastAccount, &found);
        if (!lastAccount.isEmpty() && found)
            workspace.useSavedAccount(account);
        if (parser.isSet(manageOption))
            window.manageWhenLoaded(parser.value(manageOption));
    });
    return QApplication::exec();
}
