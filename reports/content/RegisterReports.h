#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace attest {

class Connection;

// The risk register and the audit-trail extract as reports.
class RegisterReports
{
    Q_DECLARE_TR_FUNCTIONS(RegisterReports)

public:
    // Every risk (or one system's), with its system, threat, scenario, inherent and residual level, treatment,
    // owner, due date and status.
    static Result<ReportDocument>
    riskRegister(Connection& connection, const ReportContext& context, const QString& organisation, qint64 systemId);
    // The events recorded from `from` to `to` (local days, inclusive; invalid: open), with the verification of the
    // whole chain and its head hash, as `attest audit verify` gives them.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<ReportDocument> auditExtract(Connection& connection,
                                               const ReportContext& context,
                                               const QString& organisation,
                                               const QDate& from,
                                               const QDate& to,
                                               const Progress& progress = {});
};

} // namespace attest
