#pragma once

#include "compliance/Compliance.h"

#include <QCoreApplication>
#include <QObject>
#include <QPoint>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace attest {
class Workspace;
}

namespace attest::ui {

class MessageBar;

// Lets files dragged from the file manager be dropped on `target` (a list, a table, a panel) as evidence.
// `accepts` says whether a drop at that point (in target coordinates) would be taken: a read-only workspace or
// a row without a record refuses, and the cursor says so before the user lets go.
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    using Accepts = std::function<bool(QPoint position)>;
    using Drop = std::function<void(const QStringList& paths, QPoint position)>;

    // Installs on `target`, and on its viewport when it is a scroll area (an item view).
    static FileDropFilter* install(QWidget* target, Accepts accepts, Drop drop);

    // The local files among what is being dragged.
    static QStringList localFiles(const QMimeData* data);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FileDropFilter(QWidget* target, Accepts accepts, Drop drop);
    QWidget* m_target;
    Accepts m_accepts;
    Drop m_drop;
};

// Stores the file at `path` in the workspace as evidence with `link`, off the UI thread (with progress), and
// says on `messages` what happened. False if it was not stored (too large, unreadable, refused).
class EvidenceFiles
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFiles)

public:
    static bool
    attach(QWidget* parent, Workspace& workspace, MessageBar* messages, const QString& path, const EvidenceLink& link);
};

} // namespace attest::ui
