#include "Actor.h"

#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace attest {

namespace {

struct PasswdEntry
{
    QString name;
    QString gecos;
};

PasswdEntry lookupCurrentUser()
{
    struct passwd pwd = {};
    struct passwd* result = nullptr;
    std::vector<char> buffer(16384);
    if (getpwuid_r(getuid(), &pwd, buffer.data(), buffer.size(), &result) == 0 && result) {
        return {QString::fromLocal8Bit(result->pw_name), QString::fromLocal8Bit(result->pw_gecos)};
    }
    return {};
}

} // namespace

QString Actor::currentOsAccount()
{
    QString name = lookupCurrentUser().name;
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USER");
    }
    if (name.isEmpty()) {
        name = QStringLiteral("uid-%1").arg(getuid());
    }
    return name;
}

QString Actor::currentOsFullName()
{
    // GECOS is "Full Name,Room,Phone,...": the first field is the name.
    return lookupCurrentUser().gecos.section(QLatin1Char(','), 0, 0).trimmed();
}

Actor Actor::current(const QString& displayName)
{
    Actor actor;
    actor.osAccount = currentOsAccount();
    actor.displayName = displayName.trimmed().isEmpty() ? actor.osAccount : displayName.trimmed();
    return actor;
}

} // namespace attest
