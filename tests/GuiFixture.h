#pragma once

#include "DomainListModel.h"
#include "DomainWatcher.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace testutil {

// HOME and the XDG folders in a temporary folder, so settings and data never touch the real ones.
// Call before anything reads QSettings or QStandardPaths.
inline void isolateHome(const QTemporaryDir &dir)
{
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (dir.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (dir.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (dir.path() + QStringLiteral("/cache")).toUtf8());
}

// The app as it starts on a fresh machine: the in-process sandbox as the account, the main window
// loaded with its demo domains.
struct GuiFixture
{
    QTemporaryDir dataDir;
    od::Workspace workspace;
    std::unique_ptr<od::MainWindow> window;

    explicit GuiFixture(int domains = 120)
    {
        QString error;
        if (!workspace.useSandbox(dataDir.path(), domains, &error))
            qFatal("sandbox: %s", qPrintable(error));
        sandbox()->setProcessingMs(50);
        od::ClientOptions options = workspace.client()->options();
        options.backoffBaseMs = 30;
        options.backoffCapMs = 300;
        workspace.client()->setOptions(options);
        window = std::make_unique<od::MainWindow>(&workspace);
        window->watcher()->setInterval(100);
        window->show();
        if (!QTest::qWaitFor([this] { return !window->isLoading() && window->domainModel()->rowCount() > 0; },
                             20000))
            qWarning("the domain list did not load");
    }

    od::SandboxServer *sandbox() const { return workspace.sandbox(); }
    const od::Domain *live(const QString &name) const { return workspace.sandbox()->store().find(name); }

    QString findDomain(const std::function<bool(const od::Domain &)> &predicate) const
    {
        for (const od::Domain &d : workspace.sandbox()->store().domains()) {
            if (predicate(d))
                return d.name();
        }
        return QString();
    }

    // Lets the sandbox finish deploying everything, so the next change is not refused as busy.
    void settle() const
    {
        workspace.sandbox()->store().settle(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    }
};

} // namespace testutil
