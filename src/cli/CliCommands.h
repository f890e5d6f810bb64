#pragma once

#include "ApiError.h"
#include "CdnClient.h"
#include "History.h"
#include "OriginOps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace od {

// origindesk-cli: the console's operations for scripts and terminals. Each command returns the
// process exit code.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode
    {
        Ok = 0,
        ApiFailure = 1,
        Usage = 2,
        RefusedByRules = 3,
        NeedsConfirmation = 4
    };

    CliCommands(CdnClient *client, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

    int run(const QStringList &args);

    // JSON with every value of a key that holds a secret replaced by a mask.
    static QJsonValue maskSecrets(const QJsonValue &value);

private:
    int domainsList();
    int domainShow(const QString &name);
    int domainStartStop(const QString &name, bool start);
    int originEdit(const QString &command, const QString &name);
    int originExport(const QString &name);
    int originRollback(const QString &name);
    int history(const QString &domain);
    bool readHistory(const QString &domain, QList<HistoryRecord> *records);
    // Checks the rules and the losses, sends the Origin and records the change.
    int applyOrigin(const Domain &domain, const Origin &origin, const QList<Loss> &losses);

    bool fetchDomain(const QString &name, Domain *domain);
    bool waitFor(ApiCall *call, QJsonObject *response);
    int send(const QString &action, const QJsonObject &params, const QString &doneMessage);
    int reportApiError(const ApiError &error);
    void printJson(const QJsonValue &value);
    QStringList listOption(const QString &name) const;

    CdnClient *m_client;
    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    ApiError m_lastError;
    QString m_lastRequestId;
};

} // namespace od
