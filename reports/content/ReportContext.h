#pragma once

#include "core/Actor.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace attest {

class Workspace;

// What every exported report states about its source, so a reader can tie a document to the exact state of a
// workspace: which workspace, the audit-chain head at the time, a fingerprint over both, who generated it and
// when. Built from the models only; the writers (PDF, spreadsheets) print it on the cover page and in footers.
struct ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(ReportContext)

public:
    QString workspaceId;
    QString workspacePath;
    int schemaVersion = 0;
    qint64 auditHeadSeq = 0;
    QByteArray auditHeadHash; // raw 32 bytes
    QString preparedBy;
    QDateTime generatedAt; // UTC

    // SHA-256 over "attest-report-v1", the workspace id, the head's sequence number and hash: changes whenever
    // the workspace's recorded history changes, and never otherwise.
    QByteArray fingerprint() const;
    // Groups of four hex digits, as printed on a cover page.
    static QString formatFingerprint(const QByteArray& digest);

    static Result<ReportContext> capture(Workspace& workspace, const Actor& preparedBy, const QDateTime& nowUtc);
};

} // namespace attest
