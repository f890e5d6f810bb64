#include "Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace od {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QList<Tc3Signer::Header> canonicalHeaders(const QList<Tc3Signer::Header> &headers)
{
    QList<Tc3Signer::Header> out;
    out.reserve(headers.size());
    for (const Tc3Signer::Header &h : headers)
        out.append({h.first.trimmed().toLower(), h.second.trimmed().toLower()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}
} // namespace

QString Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QByteArray Tc3Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray Tc3Signer::canonicalRequest(const Request &request)
{
    const QList<Header> headers = canonicalHeaders(request.signedHeaders);
    QByteArray canonical;
    QByteArrayList names;
    for (const Header &h : headers) {
        canonical += h.first + ':' + h.second + '\n';
        names.append(h.first);
    }
    return request.method + '\n' + request.path + '\n' + request.query + '\n' + canonical + '\n' +
           names.join(';') + '\n' + sha256Hex(request.payload);
}

QByteArray Tc3Signer::stringToSign(const Request &request)
{
    const QByteArray scope =
        utcDate(request.timestamp).toLatin1() + '/' + request.service.toLatin1() + "/tc3_request";
    return QByteArray(kAlgorithm) + '\n' + QByteArray::number(request.timestamp) + '\n' + scope + '\n' +
           sha256Hex(canonicalRequest(request));
}

QByteArray Tc3Signer::secretDate(const QByteArray &secretKey, const QString &date)
{
    return hmac("TC3" + secretKey, date.toLatin1());
}

QByteArray Tc3Signer::secretService(const QByteArray &secretDate, const QString &service)
{
    return hmac(secretDate, service.toLatin1());
}

QByteArray Tc3Signer::secretSigning(const QByteArray &secretService)
{
    return hmac(secretService, "tc3_request");
}

QByteArray Tc3Signer::signature(const Request &request, const QByteArray &secretKey)
{
    const QByteArray key =
        secretSigning(secretService(secretDate(secretKey, utcDate(request.timestamp)), request.service));
    return hmac(key, stringToSign(request)).toHex();
}

QByteArray Tc3Signer::authorization(const Request &request, const QString &secretId,
                                    const QByteArray &secretKey)
{
    QByteArrayList names;
    for (const Header &h : canonicalHeaders(request.signedHeaders))
        names.append(h.first);
    return QByteArray(kAlgorithm) + " Credential=" + secretId.toUtf8() + '/' +
           utcDate(request.timestamp).toLatin1() + '/' + request.service.toLatin1() +
           "/tc3_request, SignedHeaders=" + names.join(';') + ", Signature=" + signature(request, secretKey);
}

Tc3Signer::Authorization Tc3Signer::parseAuthorization(const QByteArray &header)
{
    Authorization out;
    const QByteArray prefix = QByteArray(kAlgorithm) + ' ';
    if (!header.startsWith(prefix))
        return out;
    const QByteArrayList parts = header.mid(prefix.size()).split(',');
    QByteArray credential;
    QByteArray signedHeaders;
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const int eq = part.indexOf('=');
        if (eq < 0)
            return out;
        const QByteArray name = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (name == "Credential")
            credential = value;
        else if (name == "SignedHeaders")
            signedHeaders = value;
        else if (name == "Signature")
            out.signature = value;
    }
    const QByteArrayList scope = credential.split('/');
    if (scope.size() != 4 || scope.at(3) != "tc3_request" || signedHeaders.isEmpty() ||
        out.signature.isEmpty())
        return out;
    out.secretId = QString::fromUtf8(scope.at(0));
    out.date = QString::fromLatin1(scope.at(1));
    out.service = QString::fromLatin1(scope.at(2));
    out.signedHeaders = signedHeaders.split(';');
    out.valid = !out.secretId.isEmpty();
    return out;
}

bool Tc3Signer::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace od
