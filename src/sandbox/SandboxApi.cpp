#include "SandboxApi.h"

#include "OriginRules.h"

#include <QDateTime>
#include <QJsonArray>

namespace od {

namespace {
const QString kParamError = QStringLiteral("InvalidParameter.CdnParamError");

const QStringList &originTypes()
{
    static const QStringList types = {QStringLiteral("domain"),
                                      QStringLiteral("domainv6"),
                                      QStringLiteral("cos"),
                                      QStringLiteral("third_party"),
                                      QStringLiteral("igtm"),
                                      QStringLiteral("ip"),
                                      QStringLiteral("ipv6"),
                                      QStringLiteral("ip_ipv6"),
                                      QStringLiteral("ip_domain"),
                                      QStringLiteral("ip_domainv6"),
                                      QStringLiteral("ipv6_domain"),
                                      QStringLiteral("ipv6_domainv6"),
                                      QStringLiteral("domain_domainv6"),
                                      QStringLiteral("ip_ipv6_domain"),
                                      QStringLiteral("ip_ipv6_domainv6"),
                                      QStringLiteral("ip_domain_domainv6"),
                                      QStringLiteral("ipv6_domain_domainv6"),
                                      QStringLiteral("ip_ipv6_domain_domainv6")};
    return types;
}

const QStringList &backupTypes()
{
    static const QStringList types = {QStringLiteral("domain"), QStringLiteral("ip"),
                                      QStringLiteral("ipv6_domain"), QStringLiteral("ip_ipv6"),
                                      QStringLiteral("ip_ipv6_domain")};
    return types;
}

// A list field: absent/null is fine; otherwise an array of strings.
QString checkStringList(const QJsonObject &origin, const QString &key)
{
    const QJsonValue value = origin.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isArray())
        return QStringLiteral("Origin.%1 must be an array of strings.").arg(key);
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return QStringLiteral("Origin.%1 must be an array of strings.").arg(key);
    }
    return QString();
}

QString checkEnum(const QJsonObject &origin, const QString &key, const QStringList &allowed)
{
    const QJsonValue value = origin.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString() || !allowed.contains(value.toString(), Qt::CaseInsensitive))
        return QStringLiteral("Origin.%1 has an unknown value %2; expected one of: %3.")
            .arg(key, value.isString() ? value.toString() : QStringLiteral("(not a string)"),
                 allowed.join(QLatin1String(", ")));
    return QString();
}

QString newRequestTime(qint64 nowMs)
{
    return Domain::formatTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
}
} // namespace

SandboxApi::SandboxApi(SandboxStore *store)
    : m_store(store)
{}

bool SandboxApi::isKnownAction(const QString &action)
{
    static const QStringList actions = {QStringLiteral("DescribeDomains"),
                                        QStringLiteral("DescribeDomainsConfig"),
                                        QStringLiteral("UpdateDomainConfig"),
                                        QStringLiteral("StartCdnDomain"), QStringLiteral("StopCdnDomain")};
    return actions.contains(action);
}

SandboxApi::Result SandboxApi::error(const QString &code, const QString &message)
{
    Result r;
    r.errorCode = code;
    r.errorMessage = message;
    return r;
}

SandboxApi::Result SandboxApi::handle(const QString &action, const QJsonObject &params, qint64 nowMs)
{
    m_store->settle(nowMs);
    if (action == QLatin1String("DescribeDomains"))
        return describeDomains(params, false);
    if (action == QLatin1String("DescribeDomainsConfig"))
        return describeDomains(params, true);
    if (action == QLatin1String("UpdateDomainConfig"))
        return updateDomainConfig(params, nowMs);
    if (action == QLatin1String("StartCdnDomain"))
        return startStop(params, true, nowMs);
    if (action == QLatin1String("StopCdnDomain"))
        return startStop(params, false, nowMs);
    return error(QStringLiteral("InvalidAction"),
                 QStringLiteral("The action %1 does not exist.").arg(action));
}

QString SandboxApi::checkFilters(const QJsonValue &filters)
{
    static const QStringList names = {QStringLiteral("origin"),       QStringLiteral("domain"),
                                      QStringLiteral("resourceId"),   QStringLiteral("status"),
                                      QStringLiteral("serviceType"),  QStringLiteral("projectId"),
                                      QStringLiteral("domainType"),   QStringLiteral("originPullProtocol"),
                                      QStringLiteral("fullUrlCache"), QStringLiteral("https"),
                                      QStringLiteral("tagKey")};
    if (filters.isUndefined() || filters.isNull())
        return QString();
    if (!filters.isArray())
        return QStringLiteral("Filters must be an array of DomainFilter.");
    const QJsonArray array = filters.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject filter = value.toObject();
        const QString name = filter.value(QStringLiteral("Name")).toString();
        if (!names.contains(name))
            return QStringLiteral("Filters.Name %1 is not supported.").arg(name);
        const QJsonValue values = filter.value(QStringLiteral("Value"));
        if (!values.isArray() || values.toArray().isEmpty() || values.toArray().size() > 5)
            return QStringLiteral("Filters.Value of %1 must hold 1 to 5 strings.").arg(name);
        const bool fuzzy = filter.value(QStringLiteral("Fuzzy")).toBool();
        if (fuzzy && name != QLatin1String("origin") && name != QLatin1String("domain"))
            return QStringLiteral("Fuzzy is only allowed for the origin and domain filters.");
        if (fuzzy && values.toArray().size() != 1)
            return QStringLiteral("A fuzzy filter takes exactly one value.");
    }
    return QString();
}

bool SandboxApi::matches(const Domain &domain, const QJsonArray &filters)
{
    for (const QJsonValue &value : filters) {
        const QJsonObject filter = value.toObject();
        const QString name = filter.value(QStringLiteral("Name")).toString();
        const bool fuzzy = filter.value(QStringLiteral("Fuzzy")).toBool();
        QStringList candidates;
        if (name == QLatin1String("domain"))
            candidates << domain.name();
        else if (name == QLatin1String("origin"))
            candidates << domain.origin().masterTexts() << domain.origin().slaveTexts();
        else if (name == QLatin1String("resourceId"))
            candidates << domain.resourceId();
        else if (name == QLatin1String("status"))
            candidates << domain.status();
        else if (name == QLatin1String("serviceType"))
            candidates << domain.serviceType();
        else if (name == QLatin1String("projectId"))
            candidates << QString::number(domain.projectId());
        else if (name == QLatin1String("originPullProtocol"))
            candidates << domain.origin().protocol();
        else if (name == QLatin1String("domainType")) {
            const Origin::Kind kind = domain.origin().kind();
            candidates << (kind == Origin::Kind::Cos          ? QStringLiteral("cos")
                           : kind == Origin::Kind::ThirdParty ? QStringLiteral("third_party")
                           : kind == Origin::Kind::Other      ? domain.origin().originType()
                                                              : QStringLiteral("cname"));
        } else {
            continue; // accepted but not modelled by the sandbox
        }
        const QJsonArray values = filter.value(QStringLiteral("Value")).toArray();
        bool any = false;
        for (const QJsonValue &v : values) {
            const QString wanted = v.toString();
            for (const QString &c : qAsConst(candidates)) {
                if (fuzzy ? c.contains(wanted, Qt::CaseInsensitive)
                          : c.compare(wanted, Qt::CaseInsensitive) == 0) {
                    any = true;
                    break;
                }
            }
            if (any)
                break;
        }
        if (!any)
            return false;
    }
    return true;
}

SandboxApi::Result SandboxApi::describeDomains(const QJsonObject &params, bool detailed)
{
    const int maxLimit = detailed ? 100 : 1000;
    const QJsonValue offsetValue = params.value(QStringLiteral("Offset"));
    const QJsonValue limitValue = params.value(QStringLiteral("Limit"));
    if ((!offsetValue.isUndefined() && !offsetValue.isDouble()) ||
        (!limitValue.isUndefined() && !limitValue.isDouble()))
        return error(QStringLiteral("InvalidParameter"),
                     QStringLiteral("Offset and Limit must be integers."));
    const int offset = offsetValue.toInt(0);
    const int limit = limitValue.toInt(100);
    if (offset < 0 || limit < 1 || limit > maxLimit)
        return error(QStringLiteral("InvalidParameterValue"),
                     QStringLiteral("Limit must be 1 to %1 and Offset at least 0.").arg(maxLimit));
    const QJsonValue filtersValue = params.value(QStringLiteral("Filters"));
    const QString filterProblem = checkFilters(filtersValue);
    if (!filterProblem.isEmpty())
        return error(kParamError, filterProblem);
    const QJsonArray filters = filtersValue.toArray();
    const bool ascending =
        params.value(QStringLiteral("Sort")).toObject().value(QStringLiteral("Sequence")).toString() ==
        QLatin1String("asc");

    const QVector<Domain> &all = m_store->domains();
    QJsonArray page;
    int total = 0;
    for (int k = 0; k < all.size(); ++k) {
        const Domain &domain = all.at(ascending ? all.size() - 1 - k : k);
        if (!filters.isEmpty() && !matches(domain, filters))
            continue;
        if (total >= offset && total < offset + limit)
            page.append(detailed ? domain.toJson() : SandboxStore::briefOf(domain));
        ++total;
        if (filters.isEmpty() && total >= offset + limit) {
            total = all.size(); // no filter: the total is known without walking the rest
            break;
        }
    }
    Result r;
    r.response.insert(QStringLiteral("Domains"), page);
    r.response.insert(QStringLiteral("TotalNumber"), total);
    return r;
}

QString SandboxApi::validateOrigin(const QJsonValue &value, const QString &domainName)
{
    if (!value.isObject())
        return QStringLiteral("Origin must be an object.");
    const QJsonObject origin = value.toObject();
    for (const QString &key : {QStringLiteral("Origins"), QStringLiteral("BackupOrigins")}) {
        const QString problem = checkStringList(origin, key);
        if (!problem.isEmpty())
            return problem;
    }
    const Origin model(origin);
    if (!model.masterTexts().isEmpty() && model.originType().isEmpty())
        return QStringLiteral("Origin.OriginType is required when Origin.Origins is given.");
    if (!model.slaveTexts().isEmpty() && model.backupOriginType().isEmpty())
        return QStringLiteral("Origin.BackupOriginType is required when Origin.BackupOrigins is given.");
    const QList<QPair<QString, QStringList>> enums = {
        {QStringLiteral("OriginType"), originTypes()},
        {QStringLiteral("BackupOriginType"), backupTypes()},
        {QStringLiteral("OriginPullProtocol"), OriginRules::knownProtocols()},
        {QStringLiteral("CosPrivateAccess"), {QStringLiteral("on"), QStringLiteral("off")}},
        {QStringLiteral("OriginCompany"), OriginRules::knownOriginCompanies()},
    };
    for (const auto &e : enums) {
        const QString problem = checkEnum(origin, e.first, e.second);
        if (!problem.isEmpty())
            return problem;
    }
    // The type must describe the list (no "ip" for a domain).
    const QList<OriginEntry> masters = model.masters();
    const bool allValid =
        std::all_of(masters.cbegin(), masters.cend(), [](const OriginEntry &e) { return e.isValid(); });
    if (allValid && model.kind() == Origin::Kind::Own && !masters.isEmpty() &&
        !model.originType().contains(QLatin1String("v6"))) {
        const QString expected = Origin::deriveOriginType(Origin::Kind::Own, masters);
        if (expected != model.originType() &&
            !(expected == QLatin1String("ipv6") && model.originType() == QLatin1String("ipv6")))
            return QStringLiteral("Origin.OriginType %1 does not match Origin.Origins (expected %2).")
                .arg(model.originType(), expected);
    }
    const QList<OriginEntry> slaves = model.slaves();
    const QString expectedBackup = Origin::deriveBackupOriginType(slaves);
    if (!slaves.isEmpty() && !expectedBackup.isEmpty() && expectedBackup != model.backupOriginType())
        return QStringLiteral("Origin.BackupOriginType %1 does not match Origin.BackupOrigins (expected %2).")
            .arg(model.backupOriginType(), expectedBackup);

    QStringList errors;
    const Findings findings = OriginRules::check(model, domainName);
    for (const Finding &f : findings) {
        if (f.isError())
            errors << f.message;
    }
    return errors.join(QLatin1Char(' '));
}

Domain *SandboxApi::changeableDomain(const QJsonObject &params, Result *refused)
{
    const QString name = params.value(QStringLiteral("Domain")).toString();
    if (name.isEmpty()) {
        *refused = error(QStringLiteral("MissingParameter"),
                         QStringLiteral("The request is missing the parameter Domain."));
        return nullptr;
    }
    Domain *domain = m_store->find(name);
    if (!domain) {
        *refused = error(QStringLiteral("ResourceNotFound.CdnHostNotExists"),
                         QStringLiteral("The domain %1 does not exist in this account.").arg(name));
        return nullptr;
    }
    if (m_store->isBusy(domain->name())) {
        *refused =
            error(QStringLiteral("ResourceInUse.CdnOpInProgress"),
                  QStringLiteral("The domain %1 is being deployed; try again when it is done.").arg(name));
        return nullptr;
    }
    return domain;
}

SandboxApi::Result SandboxApi::updateDomainConfig(const QJsonObject &params, qint64 nowMs)
{
    Result refused;
    Domain *domain = changeableDomain(params, &refused);
    if (!domain)
        return refused;
    if (domain->isLocked())
        return error(QStringLiteral("ResourceUnavailable.CdnHostIsLocked"),
                     QStringLiteral("The domain %1 is locked.").arg(domain->name()));
    if (params.contains(QStringLiteral("Origin"))) {
        const QString problem = validateOrigin(params.value(QStringLiteral("Origin")), domain->name());
        if (!problem.isEmpty())
            return error(kParamError, problem);
    }

    QJsonObject json = domain->toJson();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (it.key() != QLatin1String("Domain"))
            json.insert(it.key(), it.value()); // complex objects are replaced whole
    }
    json.insert(QStringLiteral("UpdateTime"), newRequestTime(nowMs));
    const QString finalStatus = domain->status();
    *domain = Domain(json);
    m_store->markBusy(domain->name(), QStringLiteral("processing"), finalStatus, nowMs + m_processingMs);
    Result r;
    r.changed = true;
    return r;
}

SandboxApi::Result SandboxApi::startStop(const QJsonObject &params, bool start, qint64 nowMs)
{
    Result refused;
    Domain *domain = changeableDomain(params, &refused);
    if (!domain)
        return refused;
    const QString name = domain->name();
    const QString needed = start ? QStringLiteral("offline") : QStringLiteral("online");
    if (domain->status() != needed)
        return error(QStringLiteral("InvalidParameter.CDNStatusInvalidDomain"),
                     QStringLiteral("The domain %1 is %2; %3 needs it %4.")
                         .arg(name, domain->status(),
                              start ? QStringLiteral("StartCdnDomain") : QStringLiteral("StopCdnDomain"),
                              needed));
    domain->setUpdateTime(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
    m_store->markBusy(domain->name(), start ? QStringLiteral("processing") : QStringLiteral("closing"),
                      start ? QStringLiteral("online") : QStringLiteral("offline"), nowMs + m_processingMs);
    Result r;
    r.changed = true;
    return r;
}

} // namespace od
