// origindesk-bench: measures OriginDesk against its performance budget (docs/PERFORMANCE.md).
#include "BenchSandbox.h"

#include "CdnClient.h"
#include "DomainCache.h"
#include "DomainFilterModel.h"
#include "DomainListModel.h"
#include "DomainPager.h"
#include "SandboxStore.h"
#include "Tc3Signer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto index = static_cast<qsizetype>(std::ceil(p * values.size())) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

QJsonObject stats(const QList<double> &values)
{
    QJsonArray runs;
    for (double v : values)
        runs.append(v);
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    return {{QStringLiteral("median"), median(values)},
            {QStringLiteral("min"), values.isEmpty() ? 0 : *lo},
            {QStringLiteral("max"), values.isEmpty() ? 0 : *hi},
            {QStringLiteral("runs"), runs}};
}

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

od::Credentials sandboxCredentials()
{
    return {QStringLiteral("AKIDSANDBOXORIGINDESK0000000000000000"),
            "sandbox-secret-key-not-for-production",
            {},
            {}};
}

void connectTo(od::CdnClient &client, const BenchSandbox &sandbox, int requestsPerSecond)
{
    od::ClientOptions options;
    options.requestsPerSecond = requestsPerSecond;
    client.setOptions(options);
    client.setEndpoint(od::Endpoint::custom(sandbox.url()));
    client.setCredentials(sandboxCredentials());
}

// A sandbox of its own and a client connected to it, both paced at `requestsPerSecond` (0: no limit).
struct SandboxClient
{
    BenchSandbox sandbox;
    QNetworkAccessManager network;
    od::CdnClient client{&network};

    SandboxClient(int domains, int requestsPerSecond)
        : sandbox(QStringLiteral(ORIGINDESK_SANDBOX_PATH), domains, requestsPerSecond)
    {
        connectTo(client, sandbox, requestsPerSecond);
    }
};

// The list as the main window shows it: the model, its sorting proxy, and a table view on screen.
struct ListOnScreen
{
    od::DomainListModel model;
    od::DomainFilterModel filter;
    QTableView view;

    ListOnScreen()
    {
        filter.setSourceModel(&model);
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.resize(1200, 700);
        view.show();
    }
};

// 1. Load: every domain through the real client over loopback HTTP into the list model and its proxy.
QJsonObject measureLoad(int domains, int rateLimit, int runs)
{
    BenchSandbox sandbox(QStringLiteral(ORIGINDESK_SANDBOX_PATH), domains, rateLimit);
    if (!sandbox.isReady())
        qFatal("%s", qPrintable(sandbox.error()));
    QList<double> times;
    const qint64 rssBefore = statusKb("VmRSS:");
    for (int run = 0; run < runs; ++run) {
        QNetworkAccessManager network;
        od::CdnClient client(&network);
        connectTo(client, sandbox, rateLimit);
        od::DomainListModel model;
        od::DomainFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(0);
        od::DomainPager pager(&client, od::DomainPager::Shape::Brief);
        QObject::connect(&pager, &od::DomainPager::pageLoaded, &model,
                         [&model](int, const QList<od::Domain> &page) { model.appendDomains(page); });
        QElapsedTimer timer;
        timer.start();
        pager.start();
        if (!QTest::qWaitFor([&] { return !pager.isRunning(); }, 300000) || pager.error().isError() ||
            model.rowCount() != domains)
            qFatal("load failed: %s (%d rows)", qPrintable(pager.error().toDisplayString()),
                   model.rowCount());
        times << timer.elapsed() / 1000.0;
    }
    QJsonObject out = stats(times);
    out.insert(QStringLiteral("domains"), domains);
    out.insert(QStringLiteral("rateLimit"), rateLimit);
    out.insert(QStringLiteral("peakRssMb"), statusKb("VmHWM:") / 1024.0);
    out.insert(QStringLiteral("rssBeforeMb"), rssBefore / 1024.0);
    return out;
}

// 2. Filter: keystroke to proxy settled, typing realistic queries into the search at 50,000 domains.
QJsonObject measureFilter(int domains)
{
    SandboxClient connected(domains, 0);
    od::CdnClient &client = connected.client;
    ListOnScreen list;
    od::DomainListModel &model = list.model;
    od::DomainFilterModel &filter = list.filter;
    od::DomainPager pager(&client, od::DomainPager::Shape::Brief);
    QObject::connect(&pager, &od::DomainPager::pageLoaded, &model,
                     [&model](int, const QList<od::Domain> &page) { model.appendDomains(page); });
    pager.start();
    if (!QTest::qWaitFor([&] { return !pager.isRunning(); }, 300000) || model.rowCount() != domains)
        qFatal("filter setup failed");
    // What operators type: domain fragments, IP prefixes, bucket and backup names, with corrections.
    const QStringList queries = {QStringLiteral("img1"),         QStringLiteral("api.acme"),
                                 QStringLiteral("10.2"),         QStringLiteral("cos.ap-"),
                                 QStringLiteral("backup-4"),     QStringLiteral("www12"),
                                 QStringLiteral("static.terra"), QStringLiteral("8080"),
                                 QStringLiteral("lumen.cn"),     QStringLiteral("video9")};
    QList<double> times;
    while (times.size() < 200) {
        for (const QString &query : queries) {
            for (int i = 1; i <= query.size() && times.size() < 200; ++i) {
                QElapsedTimer timer;
                timer.start();
                filter.setSearchText(query.left(i));
                QCoreApplication::processEvents();
                times << timer.nsecsElapsed() / 1e6;
            }
            for (int i = query.size() - 1; i >= 0 && times.size() < 200; --i) { // backspace to empty
                QElapsedTimer timer;
                timer.start();
                filter.setSearchText(query.left(i));
                QCoreApplication::processEvents();
                times << timer.nsecsElapsed() / 1e6;
            }
        }
    }
    QJsonObject out = stats(times);
    out.remove(QStringLiteral("runs"));
    out.insert(QStringLiteral("p95"), percentile(times, 0.95));
    out.insert(QStringLiteral("keystrokes"), static_cast<int>(times.size()));
    out.insert(QStringLiteral("domains"), domains);
    return out;
}

// 3. Start: process start to main window shown (offscreen), with a sandbox state of `domains`.
QJsonObject measureStart(int domains, int runs)
{
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data/OriginDesk/OriginDesk"));
    QDir().mkpath(dataDir);
    {
        QProcess seed;
        seed.start(QStringLiteral(ORIGINDESK_SANDBOX_PATH),
                   {QStringLiteral("--state"), dataDir + QStringLiteral("/sandbox-state.json"),
                    QStringLiteral("--seed"), QString::number(domains), QStringLiteral("--port"),
                    QStringLiteral("0")});
        seed.waitForReadyRead(120000);
        seed.terminate();
        seed.waitForFinished(10000);
    }
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        app.start(QStringLiteral(ORIGINDESK_APP_PATH), {QStringLiteral("--exit-when-shown")});
        QByteArray out;
        while (!out.contains("shown") && app.waitForReadyRead(60000))
            out += app.readAllStandardOutput();
        if (!out.contains("shown"))
            qFatal("the app did not report its window");
        times << timer.elapsed();
        app.waitForFinished(60000);
    }
    QJsonObject out = stats(times);
    out.insert(QStringLiteral("domains"), domains);
    return out;
}

// 4. Bulk: 200 UpdateDomainConfig queued against the 20/s limit.
QJsonObject measureBulk(int updates)
{
    SandboxClient connected(updates + 50, 20);
    od::CdnClient &client = connected.client;
    od::DomainPager pager(&client, od::DomainPager::Shape::Detailed);
    QList<od::Domain> domains;
    QObject::connect(&pager, &od::DomainPager::pageLoaded, &pager,
                     [&domains](int, const QList<od::Domain> &page) { domains += page; });
    pager.start();
    if (!QTest::qWaitFor([&] { return !pager.isRunning(); }, 120000) || domains.size() < updates)
        qFatal("bulk setup failed");
    QTest::qWait(1200); // the describe pages leave the sandbox's one-second window
    int done = 0;
    int limitErrors = 0;
    int otherErrors = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < updates; ++i) {
        od::ApiCall *call = client.updateDomainConfig(domains.at(i).name(), domains.at(i).origin());
        QObject::connect(call, &od::ApiCall::finished, call, [call, &done, &limitErrors, &otherErrors] {
            ++done;
            if (call->error().code().startsWith(QLatin1String("RequestLimitExceeded")))
                ++limitErrors;
            else if (call->error().isError())
                ++otherErrors;
        });
    }
    if (!QTest::qWaitFor([&] { return done == updates; }, 300000))
        qFatal("the updates did not finish");
    const double seconds = timer.elapsed() / 1000.0;
    const double ideal = updates / 20.0;
    return {{QStringLiteral("updates"), updates},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("idealSeconds"), ideal},
            {QStringLiteral("ratio"), seconds / ideal},
            {QStringLiteral("rateLimitErrorsSurfaced"), limitErrors},
            {QStringLiteral("otherErrors"), otherErrors}};
}

// 5. Sign and encode: UpdateDomainConfig bodies serialized and TC3-signed per second.
QJsonObject measureSigning()
{
    QNetworkAccessManager network;
    od::CdnClient client(&network);
    client.setCredentials(sandboxCredentials());
    const od::Origin origin(
        QJsonDocument::fromJson(
            R"({"Origins":["1.1.1.1:80:10","2.2.2.2::20"],"OriginType":"ip","ServerName":"www.example.com",
        "OriginPullProtocol":"http","BackupOrigins":["backup.example.com"],"BackupOriginType":"domain","PathRules":[],
        "Sni":{"Switch":"off","ServerName":null},"AdvanceHttps":null})")
            .object());
    QList<double> rates;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        int count = 0;
        while (timer.elapsed() < 500) {
            const QByteArray body = QJsonDocument(od::CdnClient::updateOriginParams(
                                                      QStringLiteral("www%1.example.com").arg(count), origin))
                                        .toJson(QJsonDocument::Compact);
            const auto headers =
                client.signedHeaders(QStringLiteral("UpdateDomainConfig"), body, 1796314622 + count);
            count += headers.isEmpty() ? 0 : 1;
        }
        rates << count / (timer.nsecsElapsed() / 1e9);
    }
    return stats(rates);
}

} // namespace

// 6. Offline copy: the whole list written to the SQLite cache after a load, and read back into the
// list model when the app opens offline.
QJsonObject measureCache(int domains, int runs)
{
    od::SandboxStore store;
    store.seed(domains);
    QList<od::Domain> brief;
    brief.reserve(domains);
    for (const od::Domain &d : store.domains())
        brief << od::Domain(od::SandboxStore::briefOf(d));
    od::DomainListModel model;
    model.appendDomains(brief);
    const QList<od::DomainCache::Row> rows = model.cacheRows();
    QTemporaryDir dir;
    od::DomainCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    QList<double> writes;
    QList<double> reads;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!cache.replace(QStringLiteral("bench"), rows, QDateTime::currentDateTimeUtc(), &error))
            qFatal("cache write failed: %s", qPrintable(error));
        writes << timer.nsecsElapsed() / 1e6;
        timer.restart();
        QDateTime fetched;
        od::DomainListModel opened;
        opened.appendRows(cache.load(QStringLiteral("bench"), &fetched, &error));
        reads << timer.nsecsElapsed() / 1e6;
        if (opened.rowCount() != domains)
            qFatal("cache read %d of %d domains", opened.rowCount(), domains);
    }
    QJsonObject out{
        {QStringLiteral("domains"), domains},
        {QStringLiteral("writeMs"), stats(writes)},
        {QStringLiteral("openMs"), stats(reads)},
        {QStringLiteral("fileMb"), QFileInfo(dir.filePath(QStringLiteral("cache.sqlite"))).size() / 1e6}};
    return out;
}

// 7. Refresh: F5 with every domain on screen. As in the main window, the list stays while the pages
// are read (gathered as offline-copy rows) and is then replaced in one step: the time of that step is
// how long the window cannot react, and the peak memory holds both lists at once. The peak is reset
// first (Linux /proc/self/clear_refs), so it is this measure's own.
QJsonObject measureRefresh(int domains, int runs)
{
    SandboxClient connected(domains, 0);
    od::CdnClient &client = connected.client;
    ListOnScreen list;
    od::DomainListModel &model = list.model;
    QList<od::DomainCache::Row> incoming;
    auto read = [&](bool keepOnScreen) {
        od::DomainPager pager(&client, od::DomainPager::Shape::Brief);
        QObject::connect(&pager, &od::DomainPager::pageLoaded, &model,
                         [&](int, const QList<od::Domain> &page) {
                             if (!keepOnScreen) {
                                 model.appendDomains(page);
                                 return;
                             }
                             for (const od::Domain &d : page)
                                 incoming.append(od::DomainCache::rowFor(d));
                         });
        pager.start();
        if (!QTest::qWaitFor([&] { return !pager.isRunning(); }, 300000) || pager.error().isError())
            qFatal("refresh failed: %s", qPrintable(pager.error().toDisplayString()));
    };
    read(false);
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    const bool peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    const qint64 rssBefore = statusKb("VmRSS:");
    QList<double> totals;
    QList<double> replaces;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        read(true);
        QElapsedTimer replace;
        replace.start();
        model.clear();
        model.appendRows(std::exchange(incoming, {}));
        QCoreApplication::processEvents();
        replaces << replace.nsecsElapsed() / 1e6;
        totals << timer.elapsed() / 1000.0;
        if (model.rowCount() != domains)
            qFatal("refresh read %d of %d domains", model.rowCount(), domains);
    }
    QJsonObject out = stats(totals);
    out.insert(QStringLiteral("replaceMs"), stats(replaces));
    out.insert(QStringLiteral("domains"), domains);
    out.insert(QStringLiteral("rssBeforeMb"), rssBefore / 1024.0);
    if (peakReset)
        out.insert(QStringLiteral("peakRssMb"), statusKb("VmHWM:") / 1024.0);
    return out;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures OriginDesk against its performance budget."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write the results as JSON here."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("quick"), QStringLiteral("Fewer runs (a smoke test of the benchmark itself).")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run only the measures whose name starts with this."),
                      QStringLiteral("prefix")});
    parser.process(app);
    const bool quick = parser.isSet(QStringLiteral("quick"));
    const int runs = quick ? 1 : 5;

    QJsonObject results{{QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("machine"), QStringLiteral("%1, %2 cores, %3")
                                                        .arg(QSysInfo::prettyProductName())
                                                        .arg(QThread::idealThreadCount())
                                                        .arg(QSysInfo::currentCpuArchitecture())},
                        {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
    const QString only = parser.value(QStringLiteral("only"));
    if (!only.isEmpty() && parser.isSet(QStringLiteral("output"))) {
        // A partial run updates its measures in the existing results and keeps the others.
        QFile previous(parser.value(QStringLiteral("output")));
        if (previous.open(QIODevice::ReadOnly)) {
            const QJsonObject old = QJsonDocument::fromJson(previous.readAll()).object();
            for (auto it = old.begin(); it != old.end(); ++it) {
                if (!results.contains(it.key()))
                    results.insert(it.key(), it.value());
            }
            results.insert(QStringLiteral("date"), old.value(QStringLiteral("date")));
        }
    }
    auto report = [&](const QString &key, const std::function<QJsonObject()> &measure) {
        if (!key.startsWith(only))
            return;
        QJsonObject value = measure();
        value.insert(QStringLiteral("measured"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        results.insert(key, value);
        std::printf("%-28s %s\n", qPrintable(key),
                    QJsonDocument(value).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };
    report(QStringLiteral("load_10000_unlimited"), [&] { return measureLoad(10000, 0, runs); });
    report(QStringLiteral("load_10000_20rps"), [&] { return measureLoad(10000, 20, runs); });
    report(QStringLiteral("load_50000_unlimited"), [&] { return measureLoad(50000, 0, quick ? 1 : 3); });
    report(QStringLiteral("load_50000_20rps"), [&] { return measureLoad(50000, 20, quick ? 1 : 3); });
    report(QStringLiteral("filter_50000"), [&] { return measureFilter(50000); });
    report(QStringLiteral("start_120"), [&] { return measureStart(120, runs); });
    report(QStringLiteral("start_50000"), [&] { return measureStart(50000, quick ? 1 : 3); });
    report(QStringLiteral("bulk_200"), [&] { return measureBulk(200); });
    report(QStringLiteral("sign_encode_per_second"), [&] { return measureSigning(); });
    report(QStringLiteral("cache_50000"), [&] { return measureCache(50000, runs); });
    report(QStringLiteral("refresh_50000"), [&] { return measureRefresh(50000, quick ? 1 : 3); });

    if (parser.isSet(QStringLiteral("output"))) {
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(QJsonDocument(results).toJson(QJsonDocument::Indented));
        file.commit();
    }
    return 0;
}
