#include "ApiCall.h"

#include "CdnClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslError>

#include <algorithm>
#include <cmath>

namespace od {

ApiCall::ApiCall(CdnClient *client, const QString &action, const QByteArray &body, Validator validator)
    : QObject(client)
    , m_client(client)
    , m_action(action)
    , m_body(body)
    , m_validator(std::move(validator))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
}

QString ApiCall::requestId() const
{
    if (!m_error.requestId().isEmpty())
        return m_error.requestId();
    return m_response.value(QStringLiteral("RequestId")).toString();
}

void ApiCall::start()
{
    ApiError config;
    const QString endpointProblem = m_client->m_endpoint.validate();
    if (!endpointProblem.isEmpty())
        config = ApiError::configuration(endpointProblem);
    else if (m_client->m_credentials.isEmpty())
        config = ApiError::configuration(tr("No credentials: add an account with a SecretId and SecretKey."));
    else if (m_client->m_credentials.isExpired())
        config = ApiError::configuration(
            tr("The temporary credentials expired at %1; get new ones before sending requests.")
                .arg(QLocale().toString(m_client->m_credentials.expiresAt.toLocalTime(),
                                        QLocale::ShortFormat)));
    if (config.isError()) {
        QTimer::singleShot(0, this, [this, config] { finish(config); });
        return;
    }
    m_client->m_limiter.acquire(m_action, this, [this] { send(); });
}

void ApiCall::send()
{
    if (m_finished || m_cancelled)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_sslErrors.clear();
    QNetworkReply *reply = m_client->m_network->post(m_client->buildRequest(m_action, m_body), m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiCall::onDownloadProgress);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    m_timeout.start(m_client->m_options.timeoutMs);
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_timeout.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    // Finish from the event loop, never inside the caller's stack.
    QTimer::singleShot(0, this, [this] { finish(ApiError::cancelled()); });
}

void ApiCall::onTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void ApiCall::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_client->m_options.maxResponseBytes;
    if ((received > limit || total > limit) && m_reply) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    const ApiError error = classifyReply(reply);
    if (!error.isError()) {
        finish(error);
        return;
    }
    handleFailure(error);
}

ApiError ApiCall::classifyReply(QNetworkReply *reply)
{
    const qint64 limitMb = m_client->m_options.maxResponseBytes / (1024 * 1024);
    if (m_tooLarge)
        return ApiError::malformed(
            tr("the answer is larger than %1 MB, the most the API sends.").arg(limitMb));
    if (m_timedOut)
        return ApiError::transport(
            tr("no answer within %1 seconds.").arg(m_client->m_options.timeoutMs / 1000.0, 0, 'f', 1), true,
            true);

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body = reply->readAll();

    if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            return ApiError::transport(
                tr("the connection to %1 was refused.").arg(m_client->m_endpoint.url().host()), true);
        case QNetworkReply::RemoteHostClosedError:
            return ApiError::transport(tr("the server closed the connection before answering."), true);
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::TimeoutError:
            return ApiError::transport(reply->errorString(), true);
        case QNetworkReply::SslHandshakeFailedError:
            return ApiError::transport(
                tr("the TLS certificate of %1 could not be verified (%2). The request was not sent.")
                    .arg(m_client->m_endpoint.url().host(), m_sslErrors.isEmpty()
                                                                ? reply->errorString()
                                                                : m_sslErrors.join(QLatin1String("; "))),
                false);
        case QNetworkReply::HostNotFoundError:
            return ApiError::transport(tr("the host %1 was not found; check the endpoint and the network.")
                                           .arg(m_client->m_endpoint.url().host()),
                                       false);
        default:
            return ApiError::transport(reply->errorString(), false);
        }
    }
    if (status != 200) {
        const bool html = contentType.startsWith("text/html");
        return ApiError::http(status,
                              html ? tr("an HTML page, not an API answer (a proxy or gateway in between?).")
                                   : reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    if (reply->error() != QNetworkReply::NoError)
        return ApiError::transport(reply->errorString(),
                                   reply->error() == QNetworkReply::RemoteHostClosedError);

    ApiError parsed = parseBody(body, contentType);
    if (parsed.kind() == ApiError::Kind::Api &&
        parsed.code() == QLatin1String("AuthFailure.SignatureExpire") && !m_clockCorrected)
        m_client->learnClockFromDate(reply->rawHeader("Date"));
    return parsed;
}

ApiError ApiCall::parseBody(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.startsWith("text/html") || body.trimmed().startsWith('<'))
        return ApiError::malformed(
            tr("an HTML page, not an API answer (a proxy or captive portal in between?)."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (body.isEmpty())
            return ApiError::malformed(tr("the answer is empty."));
        const bool truncated = parseError.error == QJsonParseError::UnterminatedObject ||
                               parseError.error == QJsonParseError::UnterminatedArray ||
                               parseError.error == QJsonParseError::UnterminatedString ||
                               parseError.offset >= body.size();
        return ApiError::malformed(truncated
                                       ? tr("the answer is cut short (truncated JSON).")
                                       : tr("the answer is not JSON (%1).").arg(parseError.errorString()));
    }
    const QJsonValue responseValue = doc.object().value(QStringLiteral("Response"));
    if (!doc.isObject() || !responseValue.isObject())
        return ApiError::malformed(tr("the answer has no \"Response\" object."));
    const QJsonObject response = responseValue.toObject();
    const QString requestId = response.value(QStringLiteral("RequestId")).toString();
    const QJsonValue errorValue = response.value(QStringLiteral("Error"));
    if (errorValue.isObject()) {
        const QJsonObject error = errorValue.toObject();
        const QString code = error.value(QStringLiteral("Code")).toString();
        if (code.isEmpty())
            return ApiError::malformed(tr("the answer reports an error without a code."));
        return ApiError::api(code, error.value(QStringLiteral("Message")).toString(), requestId);
    }
    if (m_validator) {
        const QString problem = m_validator(response);
        if (!problem.isEmpty())
            return ApiError::malformed(problem);
    }
    m_response = response;
    return ApiError();
}

int ApiCall::retryDelayMs() const
{
    const ClientOptions &o = m_client->m_options;
    const double exp = o.backoffBaseMs * std::pow(2.0, std::max(0, m_attempts - 1));
    const double capped = std::min<double>(exp, o.backoffCapMs);
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return static_cast<int>(capped * jitter);
}

void ApiCall::handleFailure(const ApiError &error)
{
    if (m_cancelled)
        return;
    if (error.kind() == ApiError::Kind::Api && error.code() == QLatin1String("AuthFailure.SignatureExpire") &&
        !m_clockCorrected) {
        // The clock offset was learnt from the server's Date header; sign again once.
        m_clockCorrected = true;
        m_retried.append(error.code());
        send();
        return;
    }
    if (!error.isRetryable() || m_attempts >= m_client->m_options.maxAttempts) {
        finish(error);
        return;
    }
    m_retried.append(error.kind() == ApiError::Kind::Api ? error.code() : error.message());
    QTimer::singleShot(retryDelayMs(), this, [this] {
        if (!m_cancelled && !m_finished)
            m_client->m_limiter.acquire(m_action, this, [this] { send(); });
    });
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace od
