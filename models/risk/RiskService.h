#pragma once

#include "core/Result.h"
#include "risk/Risk.h"

#include <QCoreApplication>

namespace attest {

class Connection;
class WriteTransaction;

// Changes to the threat catalog, the risk matrix and the risk register: rules checked first (scales, acceptance
// above the threshold), scores computed with the current matrix and stored with its version, each change one
// audited write.
class RiskService
{
    Q_DECLARE_TR_FUNCTIONS(RiskService)

public:
    explicit RiskService(Connection& connection);

    // The shipped threat catalog (resources/risks/threats.csv) and the default matrix, for new workspaces; a later
    // release adds what it introduces. Run by CatalogLoader::sync after the catalogs and the control library.
    static Result<int> seed(Connection& connection,
                            const QString& threatsFile = QStringLiteral(":/attest/risks/threats.csv"));
    static Result<bool> needsSeed(Connection& connection,
                                  const QString& threatsFile = QStringLiteral(":/attest/risks/threats.csv"));

    Result<qint64> addThreat(const Threat& threat);
    // Saves the matrix as the next version; scores already stored keep the version they were made with.
    // `basedOn`: the version the edit started from; when another version was saved meanwhile the edit is refused
    // rather than silently replacing it (0: no check).
    Result<int> saveMatrix(const RiskMatrix& matrix, const QString& note, int basedOn = 0);

    // Computes the scores and levels with the current matrix and checks the rules; `risk.controlIds` become the
    // treating controls.
    Result<qint64> addRisk(const Risk& risk);
    Result<void> updateRisk(const Risk& risk);
    Result<void> removeRisk(qint64 riskId);

    // The same inside a caller's write (imports): `matrix` is the current one.
    static Result<qint64> createRisk(WriteTransaction& txn, Risk risk, const RiskMatrix& matrix);
    static Result<void> checkAndScore(Risk& risk, const RiskMatrix& matrix);

private:
    Connection& m_connection;
};

} // namespace attest
