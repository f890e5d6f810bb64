#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace od {

class CdnClient;

// One API call, with its retries. It emits finished() exactly once, always after call() has
// returned, and deletes itself afterwards: read what you need in the slot.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    // Checks the Response object of a successful answer; returns why it is unusable, or "".
    using Validator = std::function<QString(const QJsonObject &response)>;

    QString action() const { return m_action; }
    QByteArray requestBody() const { return m_body; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // The Response object of the answer (without the outer {"Response": ...}).
    QJsonObject response() const { return m_response; }
    QString requestId() const;
    int attempts() const { return m_attempts; }
    // Errors that were retried before the final answer (their codes), for diagnostics and tests.
    QStringList retriedErrors() const { return m_retried; }

    // Stops the call: an in-flight request is aborted, a waiting one is never sent.
    void cancel();

signals:
    void finished();

private:
    friend class CdnClient;
    ApiCall(CdnClient *client, const QString &action, const QByteArray &body, Validator validator);

    void start();
    void send();
    void onReplyFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void onTimeout();
    void handleFailure(const ApiError &error);
    void finish(const ApiError &error);
    ApiError classifyReply(QNetworkReply *reply);
    ApiError parseBody(const QByteArray &body, const QByteArray &contentType);
    int retryDelayMs() const;

    CdnClient *m_client;
    QString m_action;
    QByteArray m_body;
    Validator m_validator;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QJsonObject m_response;
    ApiError m_error;
    QStringList m_retried;
    QStringList m_sslErrors;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_clockCorrected = false;
};

} // namespace od
