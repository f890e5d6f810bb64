#include "SandboxServer.h"

#include "Tc3Signer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace od {

namespace {
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(&m_store)
{
    m_clock.start();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(250);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    addAccount(QLatin1String(kDefaultSecretId), QByteArray(kDefaultSecretKey));
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive())
        saveNow();
}

bool SandboxServer::start(quint16 port, QString *error)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    return true;
}

QUrl SandboxServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

void SandboxServer::addAccount(const QString &secretId, const QByteArray &secretKey, const QByteArray &token)
{
    m_accounts.insert(secretId, Account{secretKey, token});
}

bool SandboxServer::setStatePath(const QString &path, QString *error)
{
    if (!m_store.load(path, error))
        return false;
    m_statePath = path;
    return true;
}

bool SandboxServer::saveNow(QString *error)
{
    m_saveTimer.stop();
    if (m_statePath.isEmpty())
        return true;
    QString problem;
    const bool ok = m_store.save(m_statePath, &problem);
    if (!ok) {
        qWarning("origindesk-sandbox: cannot save %s: %s", qPrintable(m_statePath), qPrintable(problem));
        if (error)
            *error = problem;
    }
    return ok;
}

void SandboxServer::scheduleSave()
{
    if (!m_statePath.isEmpty() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

qint64 SandboxServer::nowSecs() const
{
    return QDateTime::currentSecsSinceEpoch() + m_timeOffset;
}

QByteArray SandboxServer::envelope(const QJsonObject &fields, const QString &requestId)
{
    QJsonObject response = fields;
    response.insert(QStringLiteral("RequestId"), requestId);
    return QJsonDocument(QJsonObject{{QStringLiteral("Response"), response}}).toJson(QJsonDocument::Compact);
}

QByteArray SandboxServer::errorBody(const QString &code, const QString &message, const QString &requestId)
{
    return envelope({{QStringLiteral("Error"),
                      QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}},
                    requestId);
}

bool SandboxServer::takeRateSlot(const QString &action)
{
    if (m_rateLimit <= 0)
        return true;
    std::deque<qint64> &window = m_windows[action];
    const qint64 now = m_clock.elapsed();
    while (!window.empty() && window.front() <= now - 1000)
        window.pop_front();
    if (static_cast<int>(window.size()) >= m_rateLimit)
        return false;
    window.push_back(now);
    return true;
}

QString SandboxServer::verifySignature(const QHttpServerRequest &request, qint64 now, QString *message) const
{
    const Tc3Signer::Authorization auth =
        Tc3Signer::parseAuthorization(headerValue(request, "Authorization"));
    if (!auth.valid) {
        *message = QStringLiteral("The Authorization header is missing or malformed.");
        return QStringLiteral("AuthFailure.InvalidAuthorization");
    }
    const auto account = m_accounts.constFind(auth.secretId);
    if (account == m_accounts.constEnd()) {
        *message = QStringLiteral("The SecretId is not found, please ensure that your SecretId is correct.");
        return QStringLiteral("AuthFailure.SecretIdNotFound");
    }
    bool ok = false;
    const qint64 timestamp = headerValue(request, "X-TC-Timestamp").toLongLong(&ok);
    if (!ok) {
        *message = QStringLiteral("X-TC-Timestamp is missing or not a number.");
        return QStringLiteral("MissingParameter");
    }
    if (qAbs(now + m_signatureSkew - timestamp) > 300) {
        *message =
            QStringLiteral("Signature expired. Timestamp date is %1, server date is %2.")
                .arg(QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(Qt::ISODate),
                     QDateTime::fromSecsSinceEpoch(now + m_signatureSkew, Qt::UTC).toString(Qt::ISODate));
        return QStringLiteral("AuthFailure.SignatureExpire");
    }
    if (!account->token.isEmpty() && headerValue(request, "X-TC-Token") != account->token) {
        *message = QStringLiteral("The token is invalid or expired.");
        return QStringLiteral("AuthFailure.TokenFailure");
    }
    if (!auth.signedHeaders.contains("content-type") || !auth.signedHeaders.contains("host") ||
        auth.date != Tc3Signer::utcDate(timestamp)) {
        *message = QStringLiteral(
            "The signature must cover content-type and host, and its date must match X-TC-Timestamp.");
        return QStringLiteral("AuthFailure.SignatureFailure");
    }

    Tc3Signer::Request signedRequest;
    signedRequest.payload = request.body();
    signedRequest.timestamp = timestamp;
    signedRequest.service = auth.service; // the SDKs differ; the scope says which was used
    for (const QByteArray &name : auth.signedHeaders)
        signedRequest.signedHeaders.append({name, headerValue(request, name)});
    const QByteArray expected = Tc3Signer::signature(signedRequest, account->secretKey);
    if (Tc3Signer::constantTimeEquals(expected, auth.signature))
        return QString();
    // The Node SDK signs the host without its port, though it sends it.
    for (auto &header : signedRequest.signedHeaders) {
        if (header.first == "host" && header.second.contains(':') && !header.second.startsWith('[')) {
            header.second = header.second.left(header.second.lastIndexOf(':'));
            if (Tc3Signer::constantTimeEquals(Tc3Signer::signature(signedRequest, account->secretKey),
                                              auth.signature))
                return QString();
        }
    }
    *message = QStringLiteral(
        "The provided credentials could not be validated. Please check your signature is correct.");
    return QStringLiteral("AuthFailure.SignatureFailure");
}

SandboxServer::Reply SandboxServer::malformedReply(const QString &kind, const QString &requestId) const
{
    Reply reply;
    if (kind == QLatin1String("not-json")) {
        reply.body = "upstream connect error or disconnect/reset before headers";
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray full = envelope(
            {{QStringLiteral("Domains"), QJsonArray()}, {QStringLiteral("TotalNumber"), 0}}, requestId);
        reply.body = full.left(full.size() / 2);
    } else if (kind == QLatin1String("html")) {
        reply.contentType = "text/html; charset=utf-8";
        reply.body =
            "<html><head><title>Sign in to the network</title></head><body>Proxy login</body></html>";
    } else if (kind == QLatin1String("wrong-types")) {
        reply.body = envelope({{QStringLiteral("Domains"), QStringLiteral("many")},
                               {QStringLiteral("TotalNumber"), QStringLiteral("lots")}},
                              requestId);
    } else if (kind == QLatin1String("missing-response")) {
        reply.body = QJsonDocument(QJsonObject{{QStringLiteral("RequestId"), requestId}})
                         .toJson(QJsonDocument::Compact);
    } else if (kind == QLatin1String("null-list")) {
        reply.body = envelope(
            {{QStringLiteral("Domains"), QJsonValue::Null}, {QStringLiteral("TotalNumber"), 3}}, requestId);
    } else { // huge: just over the 50 MB an answer may have
        const qint64 size = 50LL * 1024 * 1024 + 1024;
        reply.body = "{\"Response\":{\"Padding\":\"" + QByteArray(size, 'x') + "\",\"RequestId\":\"" +
                     requestId.toLatin1() + "\"}}";
    }
    return reply;
}

SandboxServer::Reply SandboxServer::process(const QHttpServerRequest &request, QString *action,
                                            QString *errorCode, int *latencyMs)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    *action = QString::fromLatin1(headerValue(request, "X-TC-Action"));
    Reply reply;
    auto fail = [&](const QString &code, const QString &message) {
        *errorCode = code;
        reply.body = errorBody(code, message, requestId);
        return reply;
    };

    // Injected faults first: they stand for what a network or a bad day does to any request.
    for (SandboxFault &fault : m_faults) {
        if (!fault.appliesTo(*action) || fault.remaining == 0)
            continue;
        if (fault.rate < 1.0 && QRandomGenerator::global()->generateDouble() >= fault.rate)
            continue;
        if (fault.kind == SandboxFault::Kind::Latency) {
            *latencyMs += fault.latencyMs;
            if (fault.remaining > 0)
                --fault.remaining;
            continue;
        }
        if (fault.remaining > 0)
            --fault.remaining;
        switch (fault.kind) {
        case SandboxFault::Kind::Error:
            return fail(fault.code, QStringLiteral("Injected fault: %1.").arg(fault.code));
        case SandboxFault::Kind::Http:
            reply.status = fault.httpStatus;
            reply.contentType = "text/html";
            reply.body = "<html><body><h1>" + QByteArray::number(fault.httpStatus) + " " +
                         reasonPhrase(fault.httpStatus) + "</h1></body></html>";
            *errorCode = QStringLiteral("HTTP %1").arg(fault.httpStatus);
            return reply;
        case SandboxFault::Kind::Drop:
            reply.drop = true;
            *errorCode = QStringLiteral("dropped");
            return reply;
        case SandboxFault::Kind::Malformed:
            *errorCode = QStringLiteral("malformed:") + fault.malformed;
            return malformedReply(fault.malformed, requestId);
        case SandboxFault::Kind::Latency:
            break;
        }
    }

    if (request.method() != QHttpServerRequest::Method::Post)
        return fail(QStringLiteral("UnsupportedProtocol"),
                    QStringLiteral("The sandbox accepts POST requests with a JSON body."));
    if (!headerValue(request, "Content-Type").startsWith("application/json"))
        return fail(QStringLiteral("InvalidParameter"),
                    QStringLiteral("Content-Type must be application/json."));
    if (action->isEmpty())
        return fail(QStringLiteral("MissingParameter"), QStringLiteral("The X-TC-Action header is missing."));
    QString message;
    const QString authError = verifySignature(request, nowSecs(), &message);
    if (!authError.isEmpty())
        return fail(authError, message);
    if (headerValue(request, "X-TC-Version") != "2018-06-06")
        return fail(QStringLiteral("NoSuchVersion"),
                    QStringLiteral("The API version %1 does not exist for cdn.")
                        .arg(QString::fromLatin1(headerValue(request, "X-TC-Version"))));
    if (!SandboxApi::isKnownAction(*action))
        return fail(QStringLiteral("InvalidAction"),
                    QStringLiteral("The action %1 does not exist.").arg(*action));
    if (!takeRateSlot(*action)) {
        ++m_rateLimited[*action];
        return fail(QStringLiteral("RequestLimitExceeded"),
                    QStringLiteral("Your current request times equals to `%1` in a second, which exceeds the "
                                   "frequency limit `%1` for a second.")
                        .arg(m_rateLimit));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("InvalidParameter"),
                    QStringLiteral("The request body is not a JSON object."));

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() + m_timeOffset * 1000;
    const SandboxApi::Result result = m_api.handle(*action, doc.object(), nowMs);
    if (result.isError())
        return fail(result.errorCode, result.errorMessage);
    if (result.changed)
        scheduleSave();
    reply.body = envelope(result.response, requestId);
    return reply;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString action;
    QString errorCode;
    int latencyMs = 0;
    const Reply reply = process(request, &action, &errorCode, &latencyMs);
    ++m_requests[action];
    if (!errorCode.isEmpty())
        ++m_errors[errorCode];
    emit requestHandled(action, errorCode);
    QPointer<QTcpSocket> guard(socket);
    if (latencyMs > 0) {
        QTimer::singleShot(latencyMs, this, [this, guard, reply] {
            if (guard)
                write(guard, reply);
        });
    } else {
        write(socket, reply);
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    Reply reply;
    reply.status = 404;
    reply.body = errorBody(QStringLiteral("InvalidAction"), QStringLiteral("Not found."), QString());
    write(socket, reply);
}

void SandboxServer::write(QTcpSocket *socket, const Reply &reply) const
{
    if (reply.drop) {
        socket->abort();
        return;
    }
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                .toLatin1();
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Date: " + date + "\r\n";
    head += "Server: origindesk-sandbox\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    socket->write(reply.body);
}

} // namespace od
