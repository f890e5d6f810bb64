#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

namespace {
void onSignal(int)
{
    QCoreApplication::quit();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "origindesk-sandbox: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("origindesk-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("OriginDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORIGINDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local server that speaks the Tencent Cloud CDN API (2018-06-06): DescribeDomains,\n"
        "DescribeDomainsConfig, UpdateDomainConfig, StartCdnDomain and StopCdnDomain, with TC3-HMAC-SHA256\n"
        "signatures checked like the service (SecretIdNotFound, SignatureFailure, SignatureExpire after\n"
        "5 minutes; the service is read from the request's credential scope and the host is accepted with\n"
        "or without its port), 20 requests/second per action (RequestLimitExceeded), processing after\n"
        "each change (ResourceInUse.CdnOpInProgress) and the same origin rules as OriginDesk\n"
        "(InvalidParameter.CdnParamError). It listens on 127.0.0.1 only.\n\n"
        "Credentials: the built-in sandbox key (below) unless --secret-id/--secret-key are given.\n"
        "Faults (--fault, repeatable): kind[:value][@Action][%rate][#count]\n"
        "  latency:MS          add MS milliseconds before answering\n"
        "  error:CODE          answer Response.Error with CODE (default InternalError)\n"
        "  http:STATUS         answer an HTML page with HTTP STATUS (default 502)\n"
        "  drop                close the connection without answering\n"
        "  malformed:KIND      not-json, truncated, html, wrong-types, missing-response, null-list, huge\n"
        "  e.g. --fault error:RequestLimitExceeded@UpdateDomainConfig#3 --fault drop%0.1"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("18460"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("State file (JSON, written atomically)."),
                                         QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Replace the state with N realistic demo domains."),
                                        QStringLiteral("N"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        QStringLiteral("Requests per second per action (0: off)."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption noRateOption(QStringLiteral("no-rate-limit"),
                                          QStringLiteral("Same as --rate-limit 0."));
    const QCommandLineOption processingOption(QStringLiteral("processing-ms"),
                                              QStringLiteral("How long a changed domain stays processing."),
                                              QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"), QStringLiteral("Inject a fault (see above)."), QStringLiteral("spec"));
    const QCommandLineOption idOption(QStringLiteral("secret-id"), QStringLiteral("SecretId to accept."),
                                      QStringLiteral("id"),
                                      QLatin1String(od::SandboxServer::kDefaultSecretId));
    const QCommandLineOption keyOption(QStringLiteral("secret-key"),
                                       QStringLiteral("SecretKey for --secret-id."), QStringLiteral("key"),
                                       QLatin1String(od::SandboxServer::kDefaultSecretKey));
    parser.addOptions({portOption, stateOption, seedOption, rateOption, noRateOption, processingOption,
                       faultOption, idOption, keyOption});
    parser.process(app);

    od::SandboxServer server;
    if (parser.isSet(idOption) || parser.isSet(keyOption)) {
        server.removeAccount(QLatin1String(od::SandboxServer::kDefaultSecretId));
        server.addAccount(parser.value(idOption), parser.value(keyOption).toUtf8());
    }
    QString statePath = parser.value(stateOption);
    if (statePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        statePath = dir + QStringLiteral("/sandbox-state.json");
    }
    QString error;
    if (!server.setStatePath(statePath, &error))
        return fail(QStringLiteral("cannot read the state file %1: %2 (move it away to start fresh)")
                        .arg(statePath, error));
    if (parser.isSet(seedOption)) {
        bool ok = false;
        const int count = parser.value(seedOption).toInt(&ok);
        if (!ok || count < 0)
            return fail(QStringLiteral("--seed takes a number of domains"));
        server.store() = od::SandboxStore();
        server.store().seed(count);
        if (!server.saveNow(&error))
            return fail(QStringLiteral("cannot write %1: %2").arg(statePath, error));
    }
    server.setRateLimit(parser.isSet(noRateOption) ? 0 : parser.value(rateOption).toInt());
    server.setProcessingMs(parser.value(processingOption).toInt());
    const QStringList faults = parser.values(faultOption);
    for (const QString &spec : faults) {
        od::SandboxFault fault;
        if (!od::SandboxFault::parse(spec, &fault, &error))
            return fail(error);
        server.addFault(fault);
    }
    bool portOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return fail(QStringLiteral("--port takes 0 to 65535"));
    if (!server.start(static_cast<quint16>(port), &error))
        return fail(error);

    std::printf("origindesk-sandbox listening on %s with %d domains (state: %s)\n"
                "  TENCENTCLOUD_SECRET_ID=%s\n  TENCENTCLOUD_SECRET_KEY=%s\n",
                qPrintable(server.url().toString()), server.store().size(), qPrintable(statePath),
                qPrintable(parser.value(idOption)),
                parser.isSet(keyOption) ? "(as given)" : od::SandboxServer::kDefaultSecretKey);
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const int rc = QCoreApplication::exec();
    server.saveNow();
    return rc;
}
