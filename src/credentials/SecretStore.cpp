#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace od {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

QString SecretStore::keyFor(const QString &accountId)
{
    return QStringLiteral("OriginDesk/") + accountId;
}

QByteArray SecretStore::encode(const Secret &secret)
{
    QJsonObject o{{QStringLiteral("SecretKey"), QString::fromUtf8(secret.secretKey)}};
    if (!secret.token.isEmpty())
        o.insert(QStringLiteral("Token"), QString::fromUtf8(secret.token));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Secret SecretStore::decode(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    return Secret{o.value(QStringLiteral("SecretKey")).toString().toUtf8(),
                  o.value(QStringLiteral("Token")).toString().toUtf8()};
}

SecretStore::Result SecretStore::failure(int error, const QString &detail)
{
    Result r;
    switch (error) {
    case QKeychain::EntryNotFound:
        r.notFound = true;
        r.message = tr("The keychain holds no SecretKey for this account. Enter it again (Accounts → Edit).");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.noKeychain = true;
        r.message =
            tr("The keychain refused access (%1). Unlock it and allow OriginDesk, or keep the key for this "
               "run only.")
                .arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
        r.noKeychain = true;
        r.message =
            tr("No keyring service is running (%1). Start one (on Linux: gnome-keyring or KWallet with the "
               "Secret Service), or keep the key for this run only; OriginDesk never writes it to a file.")
                .arg(detail);
        break;
    default:
        r.noKeychain = true;
        r.message =
            tr("The keychain could not be used (%1). Check that it is running and unlocked, or keep the key "
               "for this run only; OriginDesk never writes it to a file.")
                .arg(detail);
        break;
    }
    return r;
}

SecretStore::Callback SecretStore::guarded(Callback done, QObject *context)
{
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](const Result &r) {
        if (guard)
            done(r);
    };
}

void SecretStore::read(const QString &accountId, Callback done, QObject *context)
{
    done = guarded(std::move(done), context);
    if (m_memory.contains(accountId)) {
        Result r;
        r.ok = true;
        r.fromMemory = true;
        r.secret = m_memory.value(accountId);
        QTimer::singleShot(0, this, [done, r] { done(r); });
        return;
    }
    readAttempt(accountId, std::move(done), false);
}

void SecretStore::readAttempt(const QString &accountId, Callback done, bool retried)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(accountId));
    connect(job, &QKeychain::Job::finished, this, [this, job, accountId, done, retried] {
        if (job->error() == QKeychain::NoError) {
            Result r;
            r.ok = true;
            r.secret = decode(job->binaryData());
            done(r);
            return;
        }
        const bool transient =
            job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError;
        if (transient && !retried) {
            // Linux keyrings can come up late at login: one more try.
            QTimer::singleShot(m_retryDelayMs, this,
                               [this, accountId, done] { readAttempt(accountId, done, true); });
            return;
        }
        done(failure(job->error(), job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &accountId, const Secret &secret, Callback done, QObject *context)
{
    done = guarded(std::move(done), context);
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(accountId));
    job->setBinaryData(encode(secret));
    connect(job, &QKeychain::Job::finished, this, [this, job, accountId, done] {
        if (job->error() == QKeychain::NoError) {
            m_memory.remove(accountId);
            Result r;
            r.ok = true;
            done(r);
            return;
        }
        done(failure(job->error(), job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &accountId, Callback done, QObject *context)
{
    done = guarded(std::move(done), context);
    m_memory.remove(accountId);
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(accountId));
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        Result r;
        r.ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!r.ok)
            r = failure(job->error(), job->errorString());
        done(r);
    });
    job->start();
}

} // namespace od
