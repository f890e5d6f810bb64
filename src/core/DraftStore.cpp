#include "DraftStore.h"

#include "OriginRules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace od {

DraftStore::DraftStore(const QString &folder)
    : m_folder(folder)
{}

QString DraftStore::pathFor(const QString &id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".draft.json"));
}

QList<Draft> DraftStore::load(QStringList *problems) const
{
    QList<Draft> out;
    const QDir dir(m_folder);
    const QStringList files = dir.entryList({QStringLiteral("*.draft.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(tr("%1: %2").arg(file.fileName(), file.errorString()));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        const Draft draft = error.isEmpty() ? Draft::fromJson(doc.object(), &error) : Draft();
        if (!error.isEmpty()) {
            problems->append(tr("%1 cannot be read (%2); it was left as it is.").arg(file.fileName(), error));
            continue;
        }
        out.append(draft);
    }
    return out;
}

bool DraftStore::save(const Draft &draft, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the folder %1.").arg(m_folder);
        return false;
    }
    QSaveFile file(pathFor(draft.id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DraftStore::remove(const QString &id, QString *error) const
{
    QFile file(pathFor(id));
    if (file.exists() && !file.remove()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray DraftStore::exportSet(const QList<Draft> &drafts)
{
    QJsonArray array;
    for (const Draft &d : drafts)
        array.append(d.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("OriginDeskDrafts"), 1}, {QStringLiteral("Drafts"), array}})
        .toJson(QJsonDocument::Indented);
}

QList<Draft> DraftStore::import(const QByteArray &data, const QString &accountId, QStringList *problems)
{
    QList<Draft> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problems->append(tr("The file is not JSON (%1).").arg(parseError.errorString()));
        return out;
    }
    const QJsonObject root = doc.object();
    QList<Draft> candidates;
    if (root.contains(QStringLiteral("OriginDeskDrafts"))) {
        const QJsonArray array = root.value(QStringLiteral("Drafts")).toArray();
        for (int i = 0; i < array.size(); ++i) {
            QString error;
            Draft d = Draft::fromJson(array.at(i).toObject(), &error);
            if (!error.isEmpty()) {
                problems->append(tr("Draft %1: %2").arg(i + 1).arg(error));
                continue;
            }
            candidates.append(d);
        }
    } else if (root.value(QStringLiteral("Domain")).isString() &&
               root.value(QStringLiteral("Origin")).isObject()) {
        Draft d; // an UpdateDomainConfig body
        d.domain = root.value(QStringLiteral("Domain")).toString();
        d.origin = Origin(root.value(QStringLiteral("Origin")).toObject());
        candidates.append(d);
    } else {
        problems->append(
            tr("The file is neither a set of OriginDesk drafts nor an UpdateDomainConfig request body."));
        return out;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Draft d : qAsConst(candidates)) {
        QStringList errors;
        for (const Finding &f : OriginRules::check(d.origin, d.domain)) {
            if (f.isError())
                errors << f.message;
        }
        if (!errors.isEmpty()) {
            problems->append(tr("%1 was not imported: %2").arg(d.domain, errors.join(QLatin1Char(' '))));
            continue;
        }
        d.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // a new draft of this account
        d.accountId = accountId;
        if (!d.created.isValid())
            d.created = now;
        d.updated = now;
        out.append(d);
    }
    return out;
}

} // namespace od
