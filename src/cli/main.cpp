#include "AccountStore.h"
#include "CliCommands.h"
#include "Language.h"
#include "SecretStore.h"

#include <QEventLoop>

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("origindesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OriginDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORIGINDESK_VERSION));
    od::Language::install(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Manage the origin servers of Tencent Cloud CDN domains from a terminal.\n\n"
        "Commands:\n"
        "  domains list [--filter NAME=VALUE[,VALUE]]... [--fuzzy]\n"
        "  domain show DOMAIN\n"
        "  domain start DOMAIN | domain stop DOMAIN\n"
        "  origin set DOMAIN [--origins ADDR[,ADDR]] [--cos BUCKET-DOMAIN] [--host HOST]\n"
        "                    [--protocol http|https|follow] [--private-access on|off]\n"
        "  origin add-slave DOMAIN --slaves ADDR[,ADDR] [--slave-host HOST]\n"
        "  origin remove-slave DOMAIN\n"
        "  origin swap DOMAIN [--yes]\n"
        "  origin export DOMAIN          the exact UpdateDomainConfig request body\n"
        "  origin rollback DOMAIN [--yes] undo the last change recorded for DOMAIN\n"
        "  history [DOMAIN]              changes applied from this computer (app and CLI)\n\n"
        "Addresses are written as the API writes them: 1.1.1.1:80:10, 2.2.2.2::20, origin.example.com,\n"
        "[2001:db8::1]:8080. Credentials come from TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and\n"
        "TENCENTCLOUD_TOKEN, or from an account saved in OriginDesk (--account NAME; its key is read from\n"
        "the OS keychain). Exit codes: 0 done, 1 the API or network failed, 2 usage or configuration,\n"
        "3 refused by the origin rules (nothing sent), 4 needs --yes (nothing sent)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "See above."));
    parser.addOptions({
        {QStringLiteral("endpoint"), QCoreApplication::translate("main", "china (default), intl, or a URL."),
         QStringLiteral("endpoint"), QStringLiteral("china")},
        {QStringLiteral("account"), QCoreApplication::translate("main", "Use this saved OriginDesk account."),
         QStringLiteral("name")},
        {QStringLiteral("json"), QCoreApplication::translate("main", "Print JSON instead of a table.")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("main", "Print the change request (secrets masked) and send nothing.")},
        {QStringLiteral("yes"),
         QCoreApplication::translate("main", "Apply a change that drops something (e.g. weights on swap).")},
        {QStringLiteral("language"),
         QCoreApplication::translate("main", "Language of API messages: en-US or zh-CN."),
         QStringLiteral("lang"), od::Language::apiLanguage()},
        {QStringLiteral("timeout"), QCoreApplication::translate("main", "Seconds to wait for each request."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("filter"), QCoreApplication::translate("main", "domains list: NAME=VALUE[,VALUE]."),
         QStringLiteral("filter")},
        {QStringLiteral("fuzzy"),
         QCoreApplication::translate("main", "domains list: domain/origin filters match parts.")},
        {QStringLiteral("origins"), QCoreApplication::translate("main", "origin set: master origins."),
         QStringLiteral("list")},
        {QStringLiteral("cos"),
         QCoreApplication::translate("main", "origin set: switch to this COS bucket domain."),
         QStringLiteral("bucket")},
        {QStringLiteral("host"), QCoreApplication::translate("main", "origin set: origin host header."),
         QStringLiteral("host")},
        {QStringLiteral("protocol"), QCoreApplication::translate("main", "origin set: origin-pull protocol."),
         QStringLiteral("protocol")},
        {QStringLiteral("private-access"),
         QCoreApplication::translate("main", "origin set: COS private access."), QStringLiteral("on|off")},
        {QStringLiteral("slaves"), QCoreApplication::translate("main", "add-slave: hot slave origins."),
         QStringLiteral("list")},
        {QStringLiteral("slave-host"), QCoreApplication::translate("main", "add-slave: slave host header."),
         QStringLiteral("host")},
    });
    parser.process(app);
    if (parser.positionalArguments().isEmpty()) {
        err << parser.helpText();
        return od::CliCommands::Usage;
    }

    od::Endpoint endpoint = od::Endpoint::fromString(parser.value(QStringLiteral("endpoint")));
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("en-US") && language != QLatin1String("zh-CN")) {
        err << QCoreApplication::translate("main", "error: --language is en-US or zh-CN.") << '\n';
        return od::CliCommands::Usage;
    }

    od::Credentials credentials;
    if (parser.isSet(QStringLiteral("account"))) {
        bool found = false;
        const od::Account account = od::AccountStore::find(parser.value(QStringLiteral("account")), &found);
        if (!found) {
            err << QCoreApplication::translate("main", "error: there is no saved account \"%1\".")
                       .arg(parser.value(QStringLiteral("account")))
                << '\n';
            return od::CliCommands::Usage;
        }
        if (account.isExpired()) {
            err << QCoreApplication::translate("main",
                                               "error: the temporary credentials of \"%1\" expired at %2; "
                                               "get new ones before sending requests.")
                       .arg(account.name, account.expiresAt.toLocalTime().toString(Qt::ISODate))
                << '\n';
            return od::CliCommands::Usage;
        }
        if (account.site == od::Account::Site::Sandbox) {
            err << QCoreApplication::translate("main", "error: the Sandbox account lives inside the app; run "
                                                       "origindesk-sandbox and pass --endpoint.")
                << '\n';
            return od::CliCommands::Usage;
        }
        if (!parser.isSet(QStringLiteral("endpoint")))
            endpoint = od::Endpoint::fromSiteKey(od::Account::siteKey(account.site), account.customEndpoint);
        od::SecretStore secrets;
        od::SecretStore::Result secret;
        QEventLoop loop;
        secrets.read(account.id, [&](const od::SecretStore::Result &r) {
            secret = r;
            loop.quit();
        });
        loop.exec();
        if (!secret.ok) {
            err << QCoreApplication::translate("main", "error: %1").arg(secret.message) << '\n';
            return od::CliCommands::Usage;
        }
        credentials.secretId = account.secretId;
        credentials.secretKey = secret.secret.secretKey;
        credentials.token = secret.secret.token;
        credentials.expiresAt = account.expiresAt;
    } else {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        credentials.secretId = env.value(QStringLiteral("TENCENTCLOUD_SECRET_ID")).trimmed();
        credentials.secretKey = env.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY")).trimmed().toUtf8();
        credentials.token = env.value(QStringLiteral("TENCENTCLOUD_TOKEN")).trimmed().toUtf8();
    }
    if (credentials.isEmpty()) {
        err << QCoreApplication::translate("main", "error: no credentials: set TENCENTCLOUD_SECRET_ID and "
                                                   "TENCENTCLOUD_SECRET_KEY, or use --account NAME.")
            << '\n';
        return od::CliCommands::Usage;
    }
    const QString endpointProblem = endpoint.validate();
    if (!endpointProblem.isEmpty()) {
        err << QCoreApplication::translate("main", "error: %1").arg(endpointProblem) << '\n';
        return od::CliCommands::Usage;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    od::CdnClient client(&network);
    client.setEndpoint(endpoint);
    client.setCredentials(credentials);
    od::ClientOptions options;
    options.language = language;
    options.timeoutMs = qMax(1, parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    client.setOptions(options);

    od::CliCommands commands(&client, parser, out, err);
    const int rc = commands.run(parser.positionalArguments());
    out.flush();
    err.flush();
    return rc;
}
