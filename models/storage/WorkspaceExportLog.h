#pragma once

#include "core/Result.h"
#include "storage/EntitySpec.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QString>

namespace attest {

// Copies of an encrypted workspace written outside its encryption, recorded in its audit trail (the table
// workspace_exports). A decrypted copy is written only together with its record: the record is made first, so the
// copy carries it too, and is withdrawn (an audited deletion, stating that nothing was written) when the copy
// fails. The command line and the GUI both write decrypted copies through here.
class WorkspaceExportLog
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExportLog)

public:
    static const EntitySpec& spec();
    static QString decryptedCopyKind() { return QStringLiteral("decrypted_copy"); }

    // Writes a plain, verified copy of the encrypted, writable `workspace` to `target` (Workspace::
    // saveDecryptedCopyAs) and records "decrypted copy written to <target>" in its audit trail. Returns the id of
    // the record.
    static Result<qint64>
    writeDecryptedCopy(Workspace& workspace, const QString& target, const Workspace::Progress& progress = {});

    // The same in steps, for a caller that writes the copy on another thread (the GUI): record first on the
    // workspace's own thread (the copy then carries the record too), write the copy with
    // Workspace::saveDecryptedCopyAs anywhere, and withdraw the record (audited) if the copy failed.
    static Result<qint64> recordDecryptedCopy(Workspace& workspace, const QString& target);
    static void withdraw(Workspace& workspace, qint64 record, const QString& target);
};

} // namespace attest
