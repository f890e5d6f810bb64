#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.process(app);

    od::MainWindow window;
    window.show();
    return QApplication::exec();
}
