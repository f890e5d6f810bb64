#pragma once

#include "ApiError.h"
#include "Domain.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace od {

class ApiCall;
class CdnClient;

// Loads every domain of the account: the first page tells TotalNumber, then the remaining pages are
// fetched concurrently (the client's rate limiter paces them). Pages are delivered as they arrive.
class DomainPager : public QObject
{
    Q_OBJECT

public:
    enum class Shape
    {
        Brief,
        Detailed
    }; // DescribeDomains or DescribeDomainsConfig

    DomainPager(CdnClient *client, Shape shape, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    void setFilters(const QJsonArray &filters) { m_filters = filters; }
    void setMaxInFlight(int count) { m_maxInFlight = count; }
    void start();
    void cancel();

    bool isRunning() const { return m_running; }
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; }
    int totalNumber() const { return m_total; }
    ApiError error() const { return m_error; }

signals:
    void pageLoaded(int offset, const QList<od::Domain> &domains);
    void progress(int pagesDone, int pagesTotal);
    void finished();

private:
    void request(int offset);
    void onPage(ApiCall *call, int offset);
    void pump();
    void fail(const ApiError &error);

    CdnClient *m_client;
    Shape m_shape;
    QJsonArray m_filters;
    int m_pageSize;
    int m_maxInFlight = 6;
    int m_total = -1;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    int m_nextOffset = 0;
    bool m_running = false;
    QList<QPointer<ApiCall>> m_inFlight;
    ApiError m_error;
};

} // namespace od
