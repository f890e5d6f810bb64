#include "ApiError.h"

namespace od {

ApiError ApiError::configuration(const QString &message)
{
    ApiError e;
    e.m_kind = Kind::Configuration;
    e.m_message = message;
    return e;
}

ApiError ApiError::transport(const QString &message, bool retryable, bool timeout)
{
    ApiError e;
    e.m_retryableTransport = retryable;
    e.m_kind = Kind::Transport;
    e.m_message = message;
    e.m_timeout = timeout;
    return e;
}

ApiError ApiError::http(int status, const QString &message)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    e.m_message = message;
    return e;
}

ApiError ApiError::api(const QString &code, const QString &message, const QString &requestId)
{
    ApiError e;
    e.m_kind = Kind::Api;
    e.m_code = code;
    e.m_message = message;
    e.m_requestId = requestId;
    e.m_httpStatus = 200;
    return e;
}

ApiError ApiError::malformed(const QString &message, int httpStatus)
{
    ApiError e;
    e.m_kind = Kind::Malformed;
    e.m_message = message;
    e.m_httpStatus = httpStatus;
    return e;
}

ApiError ApiError::mismatch(const QString &message)
{
    ApiError e;
    e.m_kind = Kind::Mismatch;
    e.m_message = message;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_message = tr("The request was cancelled.");
    return e;
}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Transport:
        return m_retryableTransport;
    case Kind::Http:
        return m_httpStatus >= 500 && m_httpStatus <= 599;
    case Kind::Api:
        return m_code.startsWith(QLatin1String("RequestLimitExceeded")) ||
               m_code == QLatin1String("LimitExceeded.CdnHostOpTooOften") ||
               m_code == QLatin1String("ResourceInUse.CdnOpInProgress") ||
               m_code.startsWith(QLatin1String("InternalError"));
    default:
        return false;
    }
}

QString ApiError::adviceFor(const QString &code)
{
    if (code == QLatin1String("AuthFailure.SecretIdNotFound") ||
        code == QLatin1String("AuthFailure.InvalidSecretId"))
        return tr("Check the SecretId of this account: it is unknown or disabled (look for stray spaces).");
    if (code == QLatin1String("AuthFailure.SignatureFailure"))
        return tr("Check the SecretKey of this account: the signature does not match.");
    if (code == QLatin1String("AuthFailure.SignatureExpire"))
        return tr("The computer's clock is more than 5 minutes off; correct the system time.");
    if (code == QLatin1String("AuthFailure.TokenFailure"))
        return tr("The temporary credentials' token is invalid or expired; get new temporary credentials.");
    if (code.startsWith(QLatin1String("UnauthorizedOperation")) ||
        code == QLatin1String("AuthFailure.UnauthorizedOperation"))
        return tr(
            "This key is not allowed to do this; ask the account's administrator for the CDN permission.");
    if (code.startsWith(QLatin1String("RequestLimitExceeded")) ||
        code == QLatin1String("LimitExceeded.CdnHostOpTooOften"))
        return tr("The service is rate limiting; wait a moment and try again.");
    if (code == QLatin1String("ResourceInUse.CdnOpInProgress"))
        return tr("The domain is still deploying an earlier change; try again when it is back online.");
    if (code == QLatin1String("ResourceNotFound.CdnHostNotExists"))
        return tr("The domain does not exist in this account; refresh the list.");
    if (code == QLatin1String("ResourceUnavailable.CdnHostIsLocked"))
        return tr("The domain is locked (read-only); it cannot be changed until the lock is lifted.");
    if (code.startsWith(QLatin1String("InvalidParameter")))
        return tr("The service refused a value; correct it and apply again.");
    return QString();
}

QString ApiError::toDisplayString() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Api: {
        QString text = tr("The CDN API refused the request: %1 (%2).").arg(m_message, m_code);
        const QString advice = adviceFor(m_code);
        if (!advice.isEmpty())
            text += QLatin1Char(' ') + advice;
        if (!m_requestId.isEmpty())
            text += QLatin1Char(' ') + tr("RequestId: %1").arg(m_requestId);
        return text;
    }
    case Kind::Http:
        return tr("The server answered HTTP %1: %2").arg(m_httpStatus).arg(m_message);
    case Kind::Malformed:
        return tr("The server's answer could not be read: %1").arg(m_message);
    case Kind::Transport:
        return tr("The CDN API could not be reached: %1").arg(m_message);
    case Kind::Configuration:
    case Kind::Mismatch:
    case Kind::Cancelled:
        return m_message;
    }
    return m_message;
}

} // namespace od
