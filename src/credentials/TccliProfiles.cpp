#include "TccliProfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace od {

namespace {
QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return QJsonObject();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return QJsonObject();
    }
    return doc.object();
}
} // namespace

Account::Site TccliProfile::site() const
{
    return cdnEndpoint.contains(QLatin1String("intl"), Qt::CaseInsensitive) ? Account::Site::International
                                                                            : Account::Site::China;
}

QString TccliProfiles::defaultFolder()
{
    return QDir::home().filePath(QStringLiteral(".tccli"));
}

QList<TccliProfile> TccliProfiles::list(const QString &folder, QStringList *problems)
{
    QList<TccliProfile> out;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.credential")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        TccliProfile p;
        p.name = file.chopped(static_cast<int>(QStringLiteral(".credential").size()));
        p.credentialPath = dir.filePath(file);
        QString error;
        const QJsonObject credential = readJson(p.credentialPath, &error);
        if (!error.isEmpty()) {
            problems->append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(p.credentialPath), error));
            continue;
        }
        p.secretId = credential.value(QStringLiteral("secretId")).toString().trimmed();
        p.secretKey = credential.value(QStringLiteral("secretKey")).toString().trimmed().toUtf8();
        p.token = credential.value(QStringLiteral("token")).toString().trimmed().toUtf8();
        if (p.secretId.isEmpty()) {
            problems->append(
                QStringLiteral("%1: no secretId").arg(QDir::toNativeSeparators(p.credentialPath)));
            continue;
        }
        const QString configure = dir.filePath(p.name + QStringLiteral(".configure"));
        if (QFile::exists(configure)) {
            QString configureError;
            const QJsonObject config = readJson(configure, &configureError);
            p.cdnEndpoint =
                config.value(QStringLiteral("cdn")).toObject().value(QStringLiteral("endpoint")).toString();
        }
        out.append(p);
    }
    return out;
}

bool TccliProfiles::removeSecretsFromFile(const TccliProfile &profile, QString *error)
{
    QJsonObject credential = readJson(profile.credentialPath, error);
    if (!error->isEmpty())
        return false;
    credential.remove(QStringLiteral("secretKey"));
    credential.remove(QStringLiteral("token"));
    QSaveFile file(profile.credentialPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(credential).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace od
