#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace od {

// One address of an origin list, as the API writes it: "1.1.1.1:80:10", "2.2.2.2::20",
// "origin.example.com", "[2001:db8::1]:8080", "bucket-1250000000.cos.ap-guangzhou.myqcloud.com".
class OriginEntry
{
    Q_DECLARE_TR_FUNCTIONS(OriginEntry)

public:
    enum class Kind
    {
        Invalid,
        IPv4,
        IPv6,
        Domain,
        CosBucket
    };

    OriginEntry() = default;
    OriginEntry(Kind kind, const QString &address, int port = 0, int weight = 0);

    // Parses the API's string form. An entry that cannot be read keeps its text, gets Kind::Invalid and
    // says why in error(), so nothing the operator typed is lost.
    static OriginEntry parse(const QString &text);
    static QList<OriginEntry> parseList(const QStringList &texts);
    static QStringList toStringList(const QList<OriginEntry> &entries);

    // Classifies a bare host (no port, no brackets).
    static Kind classifyHost(const QString &host);
    static bool isCosBucketDomain(const QString &host);

    QString toString() const;

    Kind kind() const { return m_kind; }
    QString address() const { return m_address; }
    int port() const { return m_port; }     // 0 = not given (the protocol's default port)
    int weight() const { return m_weight; } // 0 = not given
    bool hasPort() const { return m_port != 0 || m_explicitZeroPort; }
    bool hasWeight() const { return m_weight != 0 || m_explicitZeroWeight; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isIp() const { return m_kind == Kind::IPv4 || m_kind == Kind::IPv6; }
    QString error() const { return m_error; }
    QString originalText() const { return m_text; }

    void setPort(int port);
    void setWeight(int weight);
    OriginEntry withoutWeight() const;

    bool sameTarget(const OriginEntry &other) const;
    bool operator==(const OriginEntry &other) const;
    bool operator!=(const OriginEntry &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Invalid;
    QString m_address;
    int m_port = 0;
    int m_weight = 0;
    bool m_explicitZeroPort = false;
    bool m_explicitZeroWeight = false;
    QString m_text;
    QString m_error;
};

} // namespace od
