#include "RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace attest::ui {

QStringList RecentWorkspaces::list()
{
    return QSettings().value(u"workspace/recent"_s).toStringList();
}

void RecentWorkspaces::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList entries = list();
    entries.removeAll(absolute);
    entries.prepend(absolute);
    while (entries.size() > MaxEntries) {
        entries.removeLast();
    }
    QSettings().setValue(u"workspace/recent"_s, entries);
}

void RecentWorkspaces::remove(const QString& path)
{
    QStringList entries = list();
    entries.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(u"workspace/recent"_s, entries);
}

} // namespace attest::ui
