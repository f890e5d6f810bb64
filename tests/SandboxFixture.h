#pragma once

#include "CdnClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace testutil {

// What an ApiCall ended with (the call deletes itself after finished()).
struct Outcome
{
    bool finished = false;
    bool ok = false;
    od::ApiError error;
    QJsonObject response;
    int attempts = 0;
    QStringList retried;
};

inline Outcome wait(od::ApiCall *call, int timeoutMs = 60000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(call, &od::ApiCall::finished, call, [call, outcome] {
        outcome->finished = true;
        outcome->ok = call->isOk();
        outcome->error = call->error();
        outcome->response = call->response();
        outcome->attempts = call->attempts();
        outcome->retried = call->retriedErrors();
    });
    if (!QTest::qWaitFor([outcome] { return outcome->finished; }, timeoutMs))
        qWarning("the call did not finish within %d ms", timeoutMs);
    return *outcome;
}

// A sandbox on 127.0.0.1 (port 0) and a client signed with its built-in account.
struct SandboxFixture
{
    od::SandboxServer server;
    QNetworkAccessManager network;
    od::CdnClient client{&network};

    explicit SandboxFixture(int domains = 30)
    {
        QString error;
        if (!server.start(0, &error))
            qFatal("sandbox: %s", qPrintable(error));
        server.store().seed(domains);
        server.setProcessingMs(100);
        client.setEndpoint(od::Endpoint::custom(server.url()));
        client.setCredentials(defaultCredentials());
        od::ClientOptions options;
        options.backoffBaseMs = 20;
        options.backoffCapMs = 200;
        options.timeoutMs = 5000;
        client.setOptions(options);
    }

    static od::Credentials defaultCredentials()
    {
        od::Credentials c;
        c.secretId = QLatin1String(od::SandboxServer::kDefaultSecretId);
        c.secretKey = od::SandboxServer::kDefaultSecretKey;
        return c;
    }

    // A domain of the given origin kind with or without slaves, from the seeded data.
    QString findDomain(const std::function<bool(const od::Domain &)> &predicate)
    {
        for (const od::Domain &d : server.store().domains()) {
            if (predicate(d))
                return d.name();
        }
        return QString();
    }
};

} // namespace testutil
