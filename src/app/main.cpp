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

namespace {

struct Options
{
    QCommandLineOption manage{QStringLiteral("manage"), QString(), QStringLiteral("domain")};
    // For origindesk-bench: report once the main window is shown, then quit.
    QCommandLineOption exitWhenShown{QStringLiteral("exit-when-shown")};
};

void setUp(QCoreApplication *app, QCommandLineParser *parser, Options *options)
{
    QCoreApplication::setApplicationName(QStringLiteral("OriginDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("OriginDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORIGINDESK_VERSION));
    od::Language::install(app);
    parser->setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for the origin servers of CDN domains."));
    parser->addHelpOption();
    parser->addVersionOption();
    options->manage.setDescription(QCoreApplication::translate("main", "Open Manage for this domain."));
    parser->addOption(options->manage);
    options->exitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser->addOption(options->exitWhenShown);
}

bool asksForInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        // --version and --help answer without a display.
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        Options options;
        setUp(&app, &parser, &options);
        parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    Options options;
    setUp(&app, &parser, &options);
    parser.process(app);
    const QCommandLineOption &manageOption = options.manage;
    const QCommandLineOption &exitWhenShownOption = options.exitWhenShown;

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
            window.openSavedAccount(account);
        if (parser.isSet(manageOption))
            window.manageWhenLoaded(parser.value(manageOption));
    });
    return QApplication::exec();
}
