#include "CliCommands.h"

#include "DomainPager.h"
#include "Failover.h"
#include "History.h"
#include "OriginDiff.h"
#include "OriginOps.h"
#include "OriginRules.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace od {

namespace {
QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), false);
}

QString kindLabel(const Origin &origin)
{
    switch (origin.kind()) {
    case Origin::Kind::Own:
        return QStringLiteral("own");
    case Origin::Kind::Cos:
        return QStringLiteral("cos");
    case Origin::Kind::ThirdParty:
        return QStringLiteral("third_party");
    case Origin::Kind::Other:
        break;
    }
    return origin.originType();
}
} // namespace

CliCommands::CliCommands(CdnClient *client, const QCommandLineParser &parser, QTextStream &out,
                         QTextStream &err)
    : m_client(client)
    , m_parser(parser)
    , m_out(out)
    , m_err(err)
{}

QJsonValue CliCommands::maskSecrets(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(maskSecrets(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool secret = it.key().compare(QLatin1String("SecretKey"), Qt::CaseInsensitive) == 0 ||
                            it.key().compare(QLatin1String("AccessKey"), Qt::CaseInsensitive) == 0 ||
                            it.key().compare(QLatin1String("Token"), Qt::CaseInsensitive) == 0;
        out.insert(it.key(), secret && it.value().isString() ? QJsonValue(QStringLiteral("****"))
                                                             : maskSecrets(it.value()));
    }
    return out;
}

void CliCommands::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QStringList CliCommands::listOption(const QString &name) const
{
    QStringList out;
    const QStringList values = m_parser.values(name);
    for (const QString &value : values) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            out << part.trimmed();
    }
    return out;
}

bool CliCommands::waitFor(ApiCall *call, QJsonObject *response)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(call, &ApiCall::finished, &loop, [&] {
        ok = call->isOk();
        m_lastError = call->error();
        if (response)
            *response = call->response();
        loop.quit();
    });
    loop.exec();
    return ok;
}

int CliCommands::reportApiError(const ApiError &error)
{
    m_err << tr("error: %1").arg(error.toDisplayString()) << '\n';
    m_err.flush();
    return error.kind() == ApiError::Kind::Configuration ? Usage : ApiFailure;
}

int CliCommands::run(const QStringList &args)
{
    const QString group = args.value(0);
    const QString verb = args.value(1);
    if (group == QLatin1String("domains") && verb == QLatin1String("list") && args.size() == 2)
        return domainsList();
    if (group == QLatin1String("domain") && args.size() == 3) {
        if (verb == QLatin1String("show"))
            return domainShow(args.at(2));
        if (verb == QLatin1String("start") || verb == QLatin1String("stop"))
            return domainStartStop(args.at(2), verb == QLatin1String("start"));
    }
    if (group == QLatin1String("history") && args.size() <= 2)
        return history(args.value(1));
    if (group == QLatin1String("origin") && args.size() == 3) {
        if (verb == QLatin1String("export"))
            return originExport(args.at(2));
        if (verb == QLatin1String("rollback"))
            return originRollback(args.at(2));
        if (verb == QLatin1String("set") || verb == QLatin1String("add-slave") ||
            verb == QLatin1String("remove-slave") || verb == QLatin1String("swap"))
            return originEdit(verb, args.at(2));
    }
    m_err << tr("error: unknown command \"%1\"; see --help.").arg(args.join(QLatin1Char(' '))) << '\n';
    return Usage;
}

int CliCommands::domainsList()
{
    QJsonArray filters;
    const QStringList specs = m_parser.values(QStringLiteral("filter"));
    for (const QString &spec : specs) {
        const int eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m_err << tr("error: --filter takes NAME=VALUE[,VALUE...], e.g. status=online") << '\n';
            return Usage;
        }
        const QString name = spec.left(eq);
        QJsonArray values;
        const QStringList parts = spec.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &v : parts)
            values.append(v);
        QJsonObject filter{{QStringLiteral("Name"), name}, {QStringLiteral("Value"), values}};
        if (m_parser.isSet(QStringLiteral("fuzzy")) &&
            (name == QLatin1String("domain") || name == QLatin1String("origin")))
            filter.insert(QStringLiteral("Fuzzy"), true);
        filters.append(filter);
    }
    DomainPager pager(m_client, DomainPager::Shape::Brief);
    pager.setFilters(filters);
    QMap<int, QList<Domain>> pages;
    QEventLoop loop;
    QObject::connect(&pager, &DomainPager::pageLoaded, &loop,
                     [&](int offset, const QList<Domain> &domains) { pages.insert(offset, domains); });
    QObject::connect(&pager, &DomainPager::finished, &loop, &QEventLoop::quit);
    pager.start();
    loop.exec();
    if (pager.error().isError())
        return reportApiError(pager.error());

    QList<Domain> all;
    for (const QList<Domain> &page : qAsConst(pages))
        all += page;
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Domain &d : qAsConst(all))
            array.append(d.toJson());
        printJson(array);
        return Ok;
    }
    m_out << pad(tr("DOMAIN"), 40) << pad(tr("STATUS"), 11) << pad(tr("TYPE"), 6) << pad(tr("PROTOCOL"), 9)
          << pad(tr("MASTERS"), 48) << tr("SLAVES") << '\n';
    for (const Domain &d : qAsConst(all)) {
        const Origin &o = d.origin();
        m_out << pad(d.name(), 40) << pad(d.status(), 11) << pad(kindLabel(o), 6)
              << pad(o.protocol().isEmpty() ? QStringLiteral("http") : o.protocol(), 9)
              << pad(o.masterTexts().join(QLatin1Char(',')), 48) << o.slaveTexts().join(QLatin1Char(','))
              << '\n';
    }
    m_out << tr("%n domain(s)", nullptr, static_cast<int>(all.size())) << '\n';
    return Ok;
}

bool CliCommands::fetchDomain(const QString &name, Domain *domain)
{
    const QJsonArray filters{QJsonObject{{QStringLiteral("Name"), QStringLiteral("domain")},
                                         {QStringLiteral("Value"), QJsonArray{name}}}};
    QJsonObject response;
    if (!waitFor(m_client->describeDomainsConfig(0, 100, filters), &response))
        return false;
    QList<Domain> domains;
    int total = 0;
    QString problem;
    CdnClient::readDomainPage(response, &domains, &total, &problem);
    for (const Domain &d : qAsConst(domains)) {
        if (d.name().compare(name, Qt::CaseInsensitive) == 0) {
            *domain = d;
            return true;
        }
    }
    m_lastError = ApiError::api(QStringLiteral("ResourceNotFound.CdnHostNotExists"),
                                tr("The domain %1 is not in this account.").arg(name),
                                response.value(QStringLiteral("RequestId")).toString());
    return false;
}

int CliCommands::domainShow(const QString &name)
{
    Domain domain;
    if (!fetchDomain(name, &domain))
        return reportApiError(m_lastError);
    if (m_parser.isSet(QStringLiteral("json"))) {
        printJson(maskSecrets(domain.toJson()));
        return Ok;
    }
    const Origin &o = domain.origin();
    auto line = [this](const QString &label, const QString &value) {
        m_out << pad(label, 22) << value << '\n';
    };
    line(tr("Domain"), domain.name());
    line(tr("CNAME"), domain.cname());
    line(tr("Status"), domain.status());
    line(tr("Service type"), domain.serviceType());
    line(tr("Area"), domain.area());
    line(tr("Project"), QString::number(domain.projectId()));
    line(tr("Created"), domain.createTimeText());
    line(tr("Updated"), domain.updateTimeText());
    line(tr("Origin type"),
         OriginOps::kindName(o.kind()) + QStringLiteral(" (") + o.originType() + QLatin1Char(')'));
    line(tr("Master origins"), o.masterTexts().join(QLatin1String(", ")));
    line(tr("Origin-pull protocol"), o.protocol().isEmpty() ? QStringLiteral("http") : o.protocol());
    line(tr("Origin host header"), Failover::masterHost(o, domain.name()));
    if (o.kind() == Origin::Kind::Cos)
        line(tr("COS private access"), o.cosPrivateAccess());
    line(tr("Hot slave origins"), o.hasSlaves() ? o.slaveTexts().join(QLatin1String(", ")) : tr("none"));
    if (o.hasSlaves())
        line(tr("Slave host header"), Failover::slaveHost(o, domain.name()));
    m_out << '\n' << Failover::explain(o, domain.name()) << '\n';
    return Ok;
}

int CliCommands::send(const QString &action, const QJsonObject &params, const QString &doneMessage)
{
    if (m_parser.isSet(QStringLiteral("dry-run"))) {
        m_err << tr("Dry run: %1 to %2 is not sent. Request body:")
                     .arg(action, m_client->endpoint().url().toString())
              << '\n';
        m_err.flush();
        printJson(maskSecrets(params));
        return Ok;
    }
    QJsonObject response;
    if (!waitFor(m_client->call(action, params), &response))
        return reportApiError(m_lastError);
    const QString requestId = response.value(QStringLiteral("RequestId")).toString();
    m_lastRequestId = requestId;
    if (m_parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("Action"), action}, {QStringLiteral("RequestId"), requestId}});
    else
        m_out << doneMessage << ' ' << tr("(RequestId %1)").arg(requestId) << '\n';
    return Ok;
}

int CliCommands::domainStartStop(const QString &name, bool start)
{
    const QJsonObject params{{QStringLiteral("Domain"), name}};
    return send(start ? QStringLiteral("StartCdnDomain") : QStringLiteral("StopCdnDomain"), params,
                start ? tr("Starting %1.").arg(name) : tr("Stopping %1.").arg(name));
}

int CliCommands::originExport(const QString &name)
{
    Domain domain;
    if (!fetchDomain(name, &domain))
        return reportApiError(m_lastError);
    printJson(maskSecrets(CdnClient::updateOriginParams(domain.name(), domain.origin())));
    return Ok;
}

int CliCommands::originEdit(const QString &command, const QString &name)
{
    Domain domain;
    if (!fetchDomain(name, &domain))
        return reportApiError(m_lastError);
    Origin origin = domain.origin();
    QList<Loss> losses;
    if (command == QLatin1String("set")) {
        const Origin::Kind target =
            m_parser.isSet(QStringLiteral("cos")) ? Origin::Kind::Cos : Origin::Kind::Own;
        const bool replacing =
            m_parser.isSet(QStringLiteral("cos")) || m_parser.isSet(QStringLiteral("origins"));
        if (replacing && origin.kind() != target) {
            const OperationResult switched = OriginOps::switchKind(origin, target, domain.name());
            if (!switched.possible) {
                m_err << tr("error: %1").arg(switched.reason) << '\n';
                return RefusedByRules;
            }
            origin = switched.origin;
            losses = switched.losses;
        }
        if (m_parser.isSet(QStringLiteral("cos"))) {
            origin.setMasters(OriginEntry::parseList({m_parser.value(QStringLiteral("cos"))}));
            if (!m_parser.isSet(QStringLiteral("host")))
                origin.setServerName(m_parser.value(QStringLiteral("cos")));
        } else if (m_parser.isSet(QStringLiteral("origins"))) {
            origin.setMasters(OriginEntry::parseList(listOption(QStringLiteral("origins"))));
        }
        if (m_parser.isSet(QStringLiteral("host")))
            origin.setServerName(m_parser.value(QStringLiteral("host")));
        if (m_parser.isSet(QStringLiteral("protocol")))
            origin.setProtocol(m_parser.value(QStringLiteral("protocol")));
        if (m_parser.isSet(QStringLiteral("private-access")))
            origin.setCosPrivateAccess(m_parser.value(QStringLiteral("private-access")));
        // Losses the operator asked for explicitly (the masters replaced) need no confirmation.
        losses.erase(std::remove_if(losses.begin(), losses.end(),
                                    [](const Loss &l) { return l.kind == Loss::Kind::MastersRemoved; }),
                     losses.end());
    } else if (command == QLatin1String("add-slave")) {
        if (!m_parser.isSet(QStringLiteral("slaves"))) {
            m_err << tr("error: add-slave needs --slaves ADDRESS[,ADDRESS...]") << '\n';
            return Usage;
        }
        origin.setSlaves(origin.slaves() + OriginEntry::parseList(listOption(QStringLiteral("slaves"))));
        if (m_parser.isSet(QStringLiteral("slave-host")))
            origin.setBackupServerName(m_parser.value(QStringLiteral("slave-host")));
    } else if (command == QLatin1String("remove-slave")) {
        if (!origin.hasSlaves()) {
            m_err << tr("error: %1 has no hot slave origin.").arg(domain.name()) << '\n';
            return RefusedByRules;
        }
        origin.setSlaves({});
        origin.setBackupServerName(QString());
    } else { // swap
        const OperationResult swapped = OriginOps::swapMasterSlave(origin, domain.name());
        if (!swapped.possible) {
            m_err << tr("error: %1").arg(swapped.reason) << '\n';
            return RefusedByRules;
        }
        origin = swapped.origin;
        losses = swapped.losses;
    }
    return applyOrigin(domain, origin, losses);
}

int CliCommands::applyOrigin(const Domain &domain, const Origin &origin, const QList<Loss> &losses)
{
    const Findings findings = OriginRules::check(origin, domain.name());
    for (const Finding &f : findings)
        m_err << (f.isError() ? tr("error: ") : tr("warning: ")) << f.message << " [" << f.ruleId << "]\n";
    if (hasErrors(findings)) {
        m_err << tr("Nothing was sent: the change breaks the rules above.") << '\n';
        return RefusedByRules;
    }
    if (!losses.isEmpty() && !m_parser.isSet(QStringLiteral("yes"))) {
        for (const Loss &loss : qAsConst(losses))
            m_err << tr("note: %1 %2").arg(loss.message, loss.items.join(QLatin1String(", "))) << '\n';
        m_err << tr("Nothing was sent: this change loses the above. Run again with --yes to apply it.")
              << '\n';
        return NeedsConfirmation;
    }
    if (origin == domain.origin()) {
        m_out << tr("Nothing to change on %1.").arg(domain.name()) << '\n';
        return Ok;
    }
    m_lastRequestId.clear();
    const int rc =
        send(QStringLiteral("UpdateDomainConfig"), CdnClient::updateOriginParams(domain.name(), origin),
             tr("Updated the origin of %1.").arg(domain.name()));
    if (rc == Ok && !m_lastRequestId.isEmpty()) { // sent (not a dry run): keep it in the change history
        const HistoryRecord record{QDateTime::currentDateTimeUtc(),
                                   m_client->secretId(),
                                   domain.name(),
                                   m_lastRequestId,
                                   domain.origin(),
                                   origin};
        QString error;
        if (!HistoryStore(HistoryStore::defaultPath()).append(record, &error))
            m_err << tr("warning: the change was applied but not recorded in the history: %1").arg(error)
                  << '\n';
    }
    return rc;
}

bool CliCommands::readHistory(const QString &domain, QList<HistoryRecord> *records)
{
    QString error;
    *records = HistoryStore(HistoryStore::defaultPath()).records(m_client->secretId(), domain, &error);
    if (error.isEmpty())
        return true;
    m_err << tr("error: the history cannot be read: %1").arg(error) << '\n';
    return false;
}

int CliCommands::history(const QString &domain)
{
    QList<HistoryRecord> records;
    if (!readHistory(domain, &records))
        return Usage;
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const HistoryRecord &r : records)
            array.append(r.toJson());
        printJson(array);
        return Ok;
    }
    if (records.isEmpty()) {
        m_out << (domain.isEmpty() ? tr("No change recorded for this account on this computer.")
                                   : tr("No change recorded for %1 on this computer.").arg(domain))
              << '\n';
        return Ok;
    }
    for (const HistoryRecord &r : records) {
        QStringList changes;
        for (const OriginChange &c : OriginDiff::compare(r.before, r.after, r.domain))
            changes << c.description;
        m_out << pad(r.time.toLocalTime().toString(Qt::ISODate), 21) << pad(r.domain, 32) << r.requestId
              << '\n';
        for (const QString &c : qAsConst(changes))
            m_out << "    " << c << '\n';
    }
    return Ok;
}

int CliCommands::originRollback(const QString &name)
{
    QList<HistoryRecord> records;
    if (!readHistory(name, &records))
        return Usage;
    if (records.isEmpty()) {
        m_err << tr("error: no change to %1 is recorded on this computer, so there is nothing to roll back.")
                     .arg(name)
              << '\n';
        return Usage;
    }
    const HistoryRecord &last = records.first();
    Domain domain;
    if (!fetchDomain(last.domain, &domain))
        return reportApiError(m_lastError);
    const Draft draft = last.rollbackDraft();
    const Origin target = DraftMerge::overlay(draft, domain.origin());
    m_out << tr("Rolling back the change of %1 (RequestId %2) on %3:")
                 .arg(last.time.toLocalTime().toString(Qt::ISODate), last.requestId, last.domain)
          << '\n';
    for (const OriginChange &c : OriginDiff::compare(domain.origin(), target, domain.name()))
        m_out << "    " << c.description << '\n';
    m_out.flush();
    if (DraftMerge::conflicts(draft, domain.origin()) && !m_parser.isSet(QStringLiteral("yes"))) {
        m_err << tr("Nothing was sent: %1 changed again after that change, and rolling back would undo "
                    "the later change too. Check with \"domain show\", then run again with --yes.")
                     .arg(domain.name())
              << '\n';
        return NeedsConfirmation;
    }
    return applyOrigin(domain, target, {});
}

} // namespace od
