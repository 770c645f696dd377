#include "AppSettings.h"

#include "storage/Workspace.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace attest::app {

bool AppSettings::hasDisplayName() const
{
    return !displayName().isEmpty();
}

QString AppSettings::displayName() const
{
    return QSettings().value(u"user/displayName"_s).toString().trimmed();
}

void AppSettings::setDisplayName(const QString& name)
{
    QSettings().setValue(u"user/displayName"_s, name.trimmed());
}

QString AppSettings::defaultWorkspace() const
{
    const QString path = QSettings().value(u"workspace/default"_s).toString();
    return path.isEmpty() ? Workspace::defaultPath() : path;
}

void AppSettings::setDefaultWorkspace(const QString& path)
{
    if (path.isEmpty()) {
        QSettings().remove(u"workspace/default"_s);
    } else {
        QSettings().setValue(u"workspace/default"_s, path);
    }
}

QString AppSettings::language() const
{
    return QSettings().value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty()) {
        QSettings().remove(u"ui/language"_s);
    } else {
        QSettings().setValue(u"ui/language"_s, code);
    }
}

QString AppSettings::appearance() const
{
    return QSettings().value(u"ui/appearance"_s, u"system"_s).toString();
}

void AppSettings::setAppearance(const QString& scheme)
{
    QSettings().setValue(u"ui/appearance"_s, scheme);
}

Actor AppSettings::actor() const
{
    return Actor::current(displayName());
}

} // namespace attest::app
