#include "Draft.h"

#include <QJsonArray>

namespace od {

QJsonObject Draft::toJson() const
{
    return {{QStringLiteral("Id"), id},
            {QStringLiteral("Account"), accountId},
            {QStringLiteral("Domain"), domain},
            {QStringLiteral("Base"), base.toJson()},
            {QStringLiteral("Origin"), origin.toJson()},
            {QStringLiteral("Created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("Updated"), updated.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("LastError"), lastError}};
}

Draft Draft::fromJson(const QJsonObject &json, QString *error)
{
    Draft d;
    d.id = json.value(QStringLiteral("Id")).toString();
    d.accountId = json.value(QStringLiteral("Account")).toString();
    d.domain = json.value(QStringLiteral("Domain")).toString();
    if (d.id.isEmpty() || d.domain.isEmpty() || !json.value(QStringLiteral("Origin")).isObject()) {
        *error =
            QCoreApplication::translate("od::Draft", "a draft needs an Id, a Domain and an Origin object");
        return Draft();
    }
    d.base = Origin(json.value(QStringLiteral("Base")).toObject());
    d.origin = Origin(json.value(QStringLiteral("Origin")).toObject());
    d.created = QDateTime::fromString(json.value(QStringLiteral("Created")).toString(), Qt::ISODate);
    d.updated = QDateTime::fromString(json.value(QStringLiteral("Updated")).toString(), Qt::ISODate);
    d.lastError = json.value(QStringLiteral("LastError")).toString();
    return d;
}

QJsonObject Draft::requestBody() const
{
    return {{QStringLiteral("Domain"), domain}, {QStringLiteral("Origin"), origin.toJson()}};
}

bool DraftMerge::conflicts(const Draft &draft, const Origin &live)
{
    const QJsonObject base = draft.base.toJson();
    if (base.isEmpty())
        return true;
    const QJsonObject now = live.toJson();
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!now.contains(it.key()) || now.value(it.key()) != it.value())
            return true;
    }
    return false;
}

Origin DraftMerge::overlay(const Draft &draft, const Origin &live)
{
    const QJsonObject base = draft.base.toJson();
    const QJsonObject mine = draft.origin.toJson();
    QJsonObject result = live.toJson();
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!mine.contains(it.key()))
            result.remove(it.key());
    }
    for (auto it = mine.begin(); it != mine.end(); ++it)
        result.insert(it.key(), it.value());
    return Origin(result);
}

Origin DraftMerge::rebase(const Draft &draft, const Origin &live)
{
    const QJsonObject base = draft.base.toJson();
    const QJsonObject mine = draft.origin.toJson();
    QJsonObject result = live.toJson();
    QStringList keys = base.keys() + mine.keys();
    keys.removeDuplicates();
    for (const QString &key : qAsConst(keys)) {
        if (base.value(key) == mine.value(key) && base.contains(key) == mine.contains(key))
            continue; // the draft did not touch it: live wins
        if (mine.contains(key))
            result.insert(key, mine.value(key));
        else
            result.remove(key);
    }
    return Origin(result);
}

namespace {
QString hclString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1String("${"), QLatin1String("$${"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString hclList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << hclString(v);
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}
} // namespace

QString TerraformExport::originBlock(const Origin &origin)
{
    QList<QPair<QString, QString>> lines;
    lines.append({QStringLiteral("origin_type"), hclString(origin.originType())});
    lines.append({QStringLiteral("origin_list"), hclList(origin.masterTexts())});
    if (!origin.serverName().isEmpty())
        lines.append({QStringLiteral("server_name"), hclString(origin.serverName())});
    if (!origin.cosPrivateAccess().isEmpty())
        lines.append({QStringLiteral("cos_private_access"), hclString(origin.cosPrivateAccess())});
    if (!origin.protocol().isEmpty())
        lines.append({QStringLiteral("origin_pull_protocol"), hclString(origin.protocol())});
    if (origin.hasSlaves()) {
        lines.append({QStringLiteral("backup_origin_type"), hclString(origin.backupOriginType())});
        lines.append({QStringLiteral("backup_origin_list"), hclList(origin.slaveTexts())});
        if (!origin.backupServerName().isEmpty())
            lines.append({QStringLiteral("backup_server_name"), hclString(origin.backupServerName())});
    }
    int width = 0;
    for (const auto &line : qAsConst(lines))
        width = std::max(width, static_cast<int>(line.first.size()));
    QString out = QStringLiteral("origin {\n");
    for (const auto &line : qAsConst(lines))
        out += QStringLiteral("  ") + line.first.leftJustified(width) + QStringLiteral(" = ") + line.second +
               QLatin1Char('\n');
    out += QStringLiteral("}\n");
    return out;
}

} // namespace od
