#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace attest {

class Connection;

// Reports about AI systems as a whole: one system's dossier (in the spirit of EU AI Act Annex IV technical
// documentation) and the HIPAA Security Rule risk analysis of the systems that handle PHI.
class SystemReports
{
    Q_DECLARE_TR_FUNCTIONS(SystemReports)

public:
    static Result<ReportDocument>
    dossier(Connection& connection, const ReportContext& context, const QString& organisation, qint64 systemId);
    // 45 CFR 164.308(a)(1)(ii)(A), for every system in force with PHI (or one, with systemId).
    static Result<ReportDocument> hipaaRiskAnalysis(Connection& connection,
                                                    const ReportContext& context,
                                                    const QString& organisation,
                                                    qint64 systemId);
};

} // namespace attest
