#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

namespace attest {

class Connection;

// Reports on the governance programme: the organisation-wide executive compliance summary (the dashboard's
// numbers and trends, with charts), the remediation plan (open findings with owners and due dates) and the record
// of one audit interview.
class ProgrammeReports
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReports)

public:
    using Progress = std::function<bool(int percent)>; // false cancels

    static Result<ReportDocument> executiveSummary(Connection& connection,
                                                   const ReportContext& context,
                                                   const QString& organisation,
                                                   const Progress& progress = {});
    // Open findings of every system (or one), soonest due first.
    static Result<ReportDocument>
    remediationPlan(Connection& connection, const ReportContext& context, const QString& organisation, qint64 systemId);
    static Result<ReportDocument> interviewRecord(Connection& connection,
                                                  const ReportContext& context,
                                                  const QString& organisation,
                                                  qint64 sessionId);
};

} // namespace attest
