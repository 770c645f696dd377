#pragma once

#include "core/Actor.h"

#include <QString>

namespace attest::app {

// The few settings the application itself owns (QSettings, ~/.config/attest/attest.conf).
class AppSettings
{
public:
    bool hasDisplayName() const;
    QString displayName() const;
    void setDisplayName(const QString& name);

    // The workspace opened when no --db is given; an empty path restores the standard location.
    QString defaultWorkspace() const;
    void setDefaultWorkspace(const QString& path);

    // The UI language chosen in Preferences ("en", "de", "fr"), or "" to follow the system's.
    QString language() const;
    void setLanguage(const QString& code);
    // "system", "light" or "dark".
    QString appearance() const;
    void setAppearance(const QString& scheme);

    // Who the audit trail records: the display name (or, until one is set, the account name) and the account.
    Actor actor() const;
};

} // namespace attest::app
