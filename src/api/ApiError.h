#pragma once

#include <QCoreApplication>
#include <QString>

namespace od {

// Why a call failed, typed so a screen can say what to do about it.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Configuration, // no credentials, an endpoint the client refuses, expired temporary credentials
        Transport,     // connection refused or reset, DNS, TLS, timeout
        Http,          // an HTTP status other than 200
        Api,           // the service answered Response.Error
        Malformed,     // the body is not what the API sends
        Mismatch,      // the service accepted a change, but reading it back shows something else
        Cancelled,
    };

    ApiError() = default;
    static ApiError configuration(const QString &message);
    static ApiError transport(const QString &message, bool retryable, bool timeout = false);
    static ApiError http(int status, const QString &message);
    static ApiError api(const QString &code, const QString &message, const QString &requestId);
    static ApiError malformed(const QString &message, int httpStatus = 200);
    static ApiError mismatch(const QString &message);
    static ApiError cancelled();

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }
    bool isTimeout() const { return m_timeout; }

    // Whether the client retries this error (with backoff) before giving it to the caller.
    bool isRetryable() const;
    // One paragraph an operator can act on, with Code and RequestId when the service sent them.
    QString toDisplayString() const;
    // What the operator can do about an API error code, or an empty string.
    static QString adviceFor(const QString &code);

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    QString m_requestId;
    int m_httpStatus = 0;
    bool m_timeout = false;
    bool m_retryableTransport = false;
};

} // namespace od
