#pragma once

#include <QCoreApplication>
#include <QString>

namespace od {

// The language OriginDesk speaks: the system's, unless overridden in the settings ("en", "zh_CN").
// Installs OriginDesk's and Qt's own translations, so standard dialogs match.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    // The override from the settings ("" = follow the system).
    static QString preference();
    static void setPreference(const QString &language);
    // The language in effect for this preference and system locale.
    static QString resolve(const QString &preference, const QLocale &system);
    // Loads the translations for the effective language into the application; returns it.
    static QString install(QCoreApplication *app);
    static QString installed() { return s_installed; }
    // X-TC-Language for the language in effect: "zh-CN" or "en-US".
    static QString apiLanguage();
    static QString displayName(const QString &language);

private:
    static QString s_installed;
};

} // namespace od
