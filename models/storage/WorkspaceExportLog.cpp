#include "WorkspaceExportLog.h"

#include "core/Logging.h"
#include "storage/Connection.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace attest {

const EntitySpec& WorkspaceExportLog::spec()
{
    static const EntitySpec s{u"workspace_export"_s,
                              u"workspace_exports"_s,
                              {{u"kind"_s, EntitySpec::Type::Text}, {u"target"_s, EntitySpec::Type::Text}},
                              {}};
    return s;
}

Result<qint64> WorkspaceExportLog::recordDecryptedCopy(Workspace& workspace, const QString& target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString name = QDir::toNativeSeparators(absolute);
    if (!workspace.isEncrypted()) {
        return makeError(
            ErrorCode::Validation,
            tr("“%1” is not encrypted: save a copy of it instead.").arg(QDir::toNativeSeparators(workspace.path())));
    }
    if (workspace.isReadOnly()) {
        return makeError(ErrorCode::ReadOnly,
                         tr("A decrypted copy is recorded in the workspace's audit trail, but the workspace is "
                            "read-only: %1.")
                             .arg(workspace.readOnlyReason()));
    }
    qint64 id = 0;
    auto recorded = workspace.connection().write(
        tr("Write a decrypted (unencrypted) copy of the workspace to %1").arg(name),
        [&](WriteTransaction& tx) -> Result<void> {
            auto created = tx.create(spec(), {{u"kind"_s, decryptedCopyKind()}, {u"target"_s, absolute}});
            if (!created) {
                return created.error();
            }
            id = *created;
            return {};
        });
    if (!recorded) {
        return recorded.error();
    }
    return id;
}

void WorkspaceExportLog::withdraw(Workspace& workspace, qint64 record, const QString& target)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath());
    auto withdrawn = workspace.connection().write(tr("The decrypted copy to %1 was not written").arg(name),
                                                  [&](WriteTransaction& tx) { return tx.remove(spec(), record); });
    if (!withdrawn) {
        qCWarning(lcStorage) << "the record of a failed decrypted copy could not be withdrawn:"
                             << withdrawn.error().detail;
    }
}

Result<qint64>
WorkspaceExportLog::writeDecryptedCopy(Workspace& workspace, const QString& target, const Workspace::Progress& progress)
{
    auto id = recordDecryptedCopy(workspace, target);
    if (!id) {
        return id.error();
    }
    if (auto written = workspace.saveDecryptedCopyAs(QFileInfo(target).absoluteFilePath(), progress); !written) {
        withdraw(workspace, *id, target);
        return written.error();
    }
    qCInfo(lcStorage) << "wrote a decrypted copy of" << workspace.path() << "to" << target << "record" << *id;
    return *id;
}

} // namespace attest
