#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "Domain.h"

#include <QObject>
#include <QPointer>

namespace od {

class ApiCall;
class CdnClient;

// Applies an Origin to a domain the careful way: UpdateDomainConfig with the whole object, then a
// re-read to verify that the service holds what was sent.
class OriginApplier : public QObject
{
    Q_OBJECT

public:
    explicit OriginApplier(CdnClient *client, QObject *parent = nullptr);

    // Applies origin to domain; `before` is what the operator saw, recorded in the change history.
    void apply(const QString &domain, const Origin &origin, const Origin &before);
    void cancel();
    bool isBusy() const { return m_call != nullptr; }
    QString lastRequestId() const { return m_requestId; }
    // Whether the service accepted the last change. A failure after acceptance (the read-back failed
    // or differs) means the change went through unverified: it is recorded in the history, and it
    // must not be kept as a draft or retried blindly.
    bool wasAccepted() const { return !m_requestId.isEmpty(); }
    // Why the last applied change could not be recorded in the history, or "" when it was.
    QString historyProblem() const { return m_historyProblem; }

    // Reads one domain with DescribeDomainsConfig; calls back with it or with the error.
    static ApiCall *readDomain(CdnClient *client, const QString &domain);
    static bool domainFrom(ApiCall *call, const QString &name, Domain *domain, ApiError *error);

signals:
    void progress(const QString &text);
    void applied(const od::Domain &domain);
    void failed(const od::ApiError &error);

private:
    void verify();
    // Records the change in the history, with what the domain holds after it.
    void record(const Origin &after);

    CdnClient *m_client;
    QPointer<ApiCall> m_call;
    QString m_domain;
    Origin m_sent;
    Origin m_before;
    QString m_requestId;
    QString m_historyProblem;
};

} // namespace od
