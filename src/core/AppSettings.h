#pragma once

#include <QSettings>

#include <memory>

namespace od {

// OriginDesk's settings file, the same whichever program (the app or the CLI) opens it.
inline std::unique_ptr<QSettings> openAppSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("OriginDesk"), QStringLiteral("OriginDesk"));
}

} // namespace od
