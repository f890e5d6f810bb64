#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace od {

// Where the API lives: the China site, the International site, or a custom URL (such as the local
// sandbox). Plain http:// is accepted only for loopback addresses.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Site
    {
        China,
        International,
        Custom
    };

    static Endpoint china();
    static Endpoint international();
    static Endpoint custom(const QUrl &url);
    // "china", "intl"/"international", or a URL.
    static Endpoint fromString(const QString &text);
    // A saved account's site: "china", "intl", or "custom" with its URL.
    static Endpoint fromSiteKey(const QString &siteKey, const QString &customUrl);

    Site site() const { return m_site; }
    QUrl url() const { return m_url; }
    // The Host header the client sends and signs: host, plus :port when it is not the scheme's default.
    QByteArray hostHeader() const;
    bool isLoopback() const;
    // An empty string when the client may use this endpoint; otherwise why not.
    QString validate() const;
    QString displayName() const;

private:
    Site m_site = Site::China;
    QUrl m_url;
};

} // namespace od
