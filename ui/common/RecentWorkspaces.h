#pragma once

#include <QStringList>

namespace attest::ui {

// The most recently opened workspaces, newest first (QSettings).
class RecentWorkspaces
{
public:
    static constexpr int MaxEntries = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace attest::ui
