#pragma once

#include "content/ReportDocument.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace attest {

class Connection;

// The ISO/IEC 27001:2022 Statement of Applicability as a report: every Annex A control with its title, whether it
// applies and why, how far it is implemented, and the organisation's controls and evidence behind it.
class SoaReport
{
    Q_DECLARE_TR_FUNCTIONS(SoaReport)

public:
    static Result<ReportDocument>
    build(Connection& connection, const ReportContext& context, const QString& organisation);
};

} // namespace attest
