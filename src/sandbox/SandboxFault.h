#pragma once

#include <QString>

namespace od {

// A fault the sandbox injects, for tests and for rehearsing what the app does when the API misbehaves.
// Text form (--fault): kind[:value][@Action][%rate][#count], e.g. "error:InternalError@UpdateDomainConfig#2",
// "latency:800", "drop%0.5", "malformed:truncated@DescribeDomains", "http:502#1".
struct SandboxFault
{
    enum class Kind
    {
        Latency,
        Error,
        Http,
        Drop,
        Malformed
    };

    Kind kind = Kind::Error;
    QString action;    // empty: every action
    QString code;      // Error: the API error code
    QString malformed; // Malformed: not-json, truncated, html, wrong-types, missing-response, null-list, huge
    int httpStatus = 502; // Http
    int latencyMs = 0;    // Latency
    double rate = 1.0;    // chance per request
    int remaining = -1;   // how many more times; -1: always

    bool appliesTo(const QString &requestAction) const { return action.isEmpty() || action == requestAction; }
    static bool parse(const QString &text, SandboxFault *fault, QString *error);
    static QStringList malformedKinds();
};

} // namespace od
