#include "ReportContext.h"

#include "core/Sha256.h"
#include "storage/Workspace.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace attest {

QByteArray ReportContext::fingerprint() const
{
    Sha256 hasher;
    hasher.addData("attest-report-v1");
    hasher.addData(QByteArrayView("\0", 1));
    hasher.addData(workspaceId.toUtf8());
    hasher.addData(QByteArrayView("\0", 1));
    char seq[8];
    qToBigEndian<qint64>(auditHeadSeq, seq);
    hasher.addData(QByteArrayView(seq, 8));
    hasher.addData(auditHeadHash);
    return hasher.result();
}

QString ReportContext::formatFingerprint(const QByteArray& digest)
{
    const QString hex = QString::fromLatin1(digest.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(u' ');
}

Result<ReportContext> ReportContext::capture(Workspace& workspace, const Actor& preparedBy, const QDateTime& nowUtc)
{
    auto head = workspace.connection().auditHead();
    if (!head) {
        return head.error();
    }
    ReportContext context;
    context.workspaceId = workspace.id();
    context.workspacePath = workspace.path();
    context.schemaVersion = workspace.schemaVersion();
    context.auditHeadSeq = head->seq;
    context.auditHeadHash = head->hash;
    context.preparedBy = preparedBy.displayName == preparedBy.osAccount
                             ? preparedBy.displayName
                             : tr("%1 (account %2)").arg(preparedBy.displayName, preparedBy.osAccount);
    context.generatedAt = nowUtc.toUTC();
    return context;
}

} // namespace attest
