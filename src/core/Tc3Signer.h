#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace od {

// TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0. The client and the sandbox share this one
// implementation, so they cannot disagree on what a valid signature is.
class Tc3Signer
{
public:
    using Header = QPair<QByteArray, QByteArray>; // name, value as sent

    struct Request
    {
        QByteArray method = "POST";
        QByteArray path = "/";
        QByteArray query;
        QList<Header> signedHeaders; // e.g. content-type and host
        QByteArray payload;
        qint64 timestamp = 0;
        QString service = QStringLiteral("cdn");
    };

    // The parts of an Authorization header.
    struct Authorization
    {
        bool valid = false;
        QString secretId;
        QString date;
        QString service;
        QByteArrayList signedHeaders;
        QByteArray signature;
    };

    static constexpr const char *kAlgorithm = "TC3-HMAC-SHA256";

    static QString utcDate(qint64 timestamp);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray canonicalRequest(const Request &request);
    static QByteArray stringToSign(const Request &request);
    static QByteArray secretDate(const QByteArray &secretKey, const QString &date);
    static QByteArray secretService(const QByteArray &secretDate, const QString &service);
    static QByteArray secretSigning(const QByteArray &secretService);
    static QByteArray signature(const Request &request, const QByteArray &secretKey);
    static QByteArray authorization(const Request &request, const QString &secretId,
                                    const QByteArray &secretKey);
    static Authorization parseAuthorization(const QByteArray &header);
    // Compares two hex signatures in time independent of where they differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace od
