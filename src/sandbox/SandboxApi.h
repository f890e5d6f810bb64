#pragma once

#include "SandboxStore.h"

#include <QJsonObject>
#include <QString>

namespace od {

// The five CDN actions against the sandbox's store, with the service's request and response shapes
// and its error codes. No HTTP here: SandboxServer handles transport, signatures and rate limits.
class SandboxApi
{
public:
    struct Result
    {
        QJsonObject response; // the fields of Response, without RequestId
        QString errorCode;
        QString errorMessage;
        bool changed = false; // the store changed and should be saved
        bool isError() const { return !errorCode.isEmpty(); }
    };

    explicit SandboxApi(SandboxStore *store);

    void setProcessingMs(int ms) { m_processingMs = ms; }
    int processingMs() const { return m_processingMs; }

    static bool isKnownAction(const QString &action);
    Result handle(const QString &action, const QJsonObject &params, qint64 nowMs);

    // The API's own checks of an Origin object (shape, enums, types matching the lists) followed by
    // the core rules; an empty string when it is acceptable.
    static QString validateOrigin(const QJsonValue &origin, const QString &domain);

private:
    Result describeDomains(const QJsonObject &params, bool detailed);
    Result updateDomainConfig(const QJsonObject &params, qint64 nowMs);
    Result startStop(const QJsonObject &params, bool start, qint64 nowMs);
    // The domain a change names, or nullptr with the service's refusal (missing, unknown, busy).
    Domain *changeableDomain(const QJsonObject &params, Result *refused);
    static Result error(const QString &code, const QString &message);
    static QString checkFilters(const QJsonValue &filters);
    static bool matches(const Domain &domain, const QJsonArray &filters);

    SandboxStore *m_store;
    int m_processingMs = 1500;
};

} // namespace od
