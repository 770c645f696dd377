#pragma once

#include <QObject>
#include <QStringList>

namespace attest {

// Tells views that governance data changed. One per open workspace; every connection to the workspace (UI thread
// or worker) reports its commits here, so item models refresh whoever made the change.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // Emitted after a write transaction committed; `entityTypes` are the audit entity types it touched.
    void changed(const QStringList& entityTypes);
};

} // namespace attest
