#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace attest {

class Connection;

// The GDPR reports: the record of processing activities (Art. 30) over every AI system in force that processes
// personal data, and the data protection impact assessment (Art. 35, with Art. 36 prior consultation) of one system.
// Every item the articles ask for is printed: from the system's data-protection record and the rest of the
// workspace, or marked "not recorded".
class PrivacyReports
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyReports)

public:
    static Result<ReportDocument>
    recordOfProcessing(Connection& connection, const ReportContext& context, const QString& organisation);
    static Result<ReportDocument> impactAssessment(Connection& connection,
                                                   const ReportContext& context,
                                                   const QString& organisation,
                                                   qint64 systemId);
};

} // namespace attest
