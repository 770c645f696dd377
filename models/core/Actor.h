#pragma once

#include <QString>

namespace attest {

// Who makes a change: the display name the user chose in the settings and the operating-system account that ran
// Attest. Both go into every audit event.
struct Actor
{
    QString displayName;
    QString osAccount;

    // The account of the current process, with `displayName` (or the account name when it is empty).
    static Actor current(const QString& displayName = {});
    static QString currentOsAccount();
    // The full name from the account database (GECOS), if the system has one.
    static QString currentOsFullName();
};

} // namespace attest
