#pragma once

#include "compliance/ComplianceEngine.h"
#include "content/ReportDocument.h"
#include "core/Result.h"
#include "inventory/AiSystem.h"
#include "storage/RiskRepository.h"

#include <QCoreApplication>

namespace attest {

class Connection;

// What several reports read the same way: one system, its risks, its controls.
class ReportSupport
{
    Q_DECLARE_TR_FUNCTIONS(ReportSupport)

public:
    static Result<AiSystem> system(Connection& connection, qint64 systemId);
    // The engine with the library, the catalogs and these systems' own records, as on the report's date.
    static Result<ComplianceEngine>
    engine(Connection& connection, const ReportContext& context, const QList<qint64>& systemIds);
    static Result<QList<RiskRow>> risks(Connection& connection, qint64 systemId);
    // Threat, scenario, inherent and residual level, treatment, treating controls, owner, status.
    static ReportTable riskTable(const QList<RiskRow>& rows, const ComplianceEngine& engine);
    // "CODE Name" of each control whose effective status for the system is one of `statuses`.
    static QStringList controls(const ComplianceEngine& engine, qint64 systemId, const QStringList& statuses);
    static QString controlName(const ComplianceEngine& engine, qint64 controlId);
    // A stored field as a reader should see it (choice labels), "" when empty.
    static QString field(const AiSystem& system, const QString& key);
    static QString asOf(const ReportContext& context);
};

} // namespace attest
