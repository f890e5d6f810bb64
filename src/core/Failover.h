#pragma once

#include "Origin.h"

#include <QCoreApplication>

namespace od {

// What the master origin did with a back-to-origin request.
struct MasterOutcome
{
    enum class Kind
    {
        HttpStatus,
        TcpError,
        Timeout
    };
    Kind kind = Kind::HttpStatus;
    int status = 200;

    static MasterOutcome http(int status) { return {Kind::HttpStatus, status}; }
    static MasterOutcome tcpError() { return {Kind::TcpError, 0}; }
    static MasterOutcome timeout() { return {Kind::Timeout, 0}; }
};

struct FailoverDecision
{
    bool retriedOnSlave = false; // the request went on to the hot slave origins
    QStringList servers;         // the origin servers that serve the answer
    QString hostHeader;          // the Host header sent to them
    QString reason;
};

// The failover model of the console: everything goes to the master first; when the master answers
// 4XX or 5XX, the TCP connection fails, or it times out, the request is retried on the hot slave
// origins (with the slave host header). 2XX and 3XX answers are returned as they are.
class Failover
{
    Q_DECLARE_TR_FUNCTIONS(Failover)

public:
    static bool triggersFailover(const MasterOutcome &outcome);
    static FailoverDecision route(const Origin &origin, const QString &domain, const MasterOutcome &outcome);
    static QString masterHost(const Origin &origin, const QString &domain);
    static QString slaveHost(const Origin &origin, const QString &domain);
    // The failover of this origin in plain words, for the Origin Server Info panel.
    static QString explain(const Origin &origin, const QString &domain);
};

} // namespace od
