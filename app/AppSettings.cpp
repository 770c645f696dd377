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

Actor AppSettings::actor() const
{
    return Actor::current(displayName());
}

} // namespace attest::app
