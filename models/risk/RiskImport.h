#pragma once

#include "core/Result.h"
#include "inventory/SystemImport.h" // ImportProblem
#include "risk/Risk.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace attest {

class Connection;

// What importing a risk register would do, worked out before anything is written.
struct RiskImportPlan
{
    // A threat named in the file that the catalog does not know: created as a custom threat only with consent.
    struct NewThreat
    {
        QString name;
        QList<int> lines;
    };

    QString fileName;
    QStringList headers;
    QList<int> mapping; // per file column: a RiskImport::Field, or -1 (ignored)
    int rows = 0;
    QList<Risk> toCreate;       // scored with the current matrix
    QStringList newThreatOfRow; // per toCreate entry: the new threat's name, or empty
    QList<int> lineOfRow;       // per toCreate entry: its line in the file
    QList<NewThreat> unknownThreats;
    bool createThreats = false;
    QList<ImportProblem> problems;
    int moreProblems = 0; // found beyond the ones listed

    // Nothing wrong in the rows and either no unknown threats or consent to create them.
    bool ok() const { return problems.isEmpty() && (unknownThreats.isEmpty() || createThreats); }
    // The rows are fine; only consent for the unknown threats is missing.
    bool needsThreatConsent() const { return problems.isEmpty() && !unknownThreats.isEmpty() && !createThreats; }
    QString summary() const;
};

struct RiskImportOptions
{
    std::optional<QList<int>> mapping; // per file column: a RiskImport::Field or -1; default: guessed from the header
    bool createThreats = false;        // the user agreed to add the threats the catalog does not know
};

// CSV import of a risk register kept in a spreadsheet: one row per risk. Columns are matched to fields by name or
// label, or by a mapping the user chose; systems by code or name; threats by name or code; likelihood and impact
// as step numbers or the matrix's step names. Every row is checked first with the same rules as the editor; on
// any problem nothing is imported and each problem is named with its line. Otherwise all risks (and the new
// threats the user agreed to) are written in one transaction with their audit events.
class RiskImport
{
    Q_DECLARE_TR_FUNCTIONS(RiskImport)

public:
    enum Field
    {
        System,
        Threat,
        Scenario,
        Assets,
        Likelihood,
        Impact,
        Treatment,
        Controls,
        ResidualLikelihood,
        ResidualImpact,
        Owner,
        DueDate,
        NextReview,
        Status,
        AcceptedBy,
        AcceptedOn,
        Justification,
        FieldCount
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    using Options = RiskImportOptions;

    static QString fieldKey(int field);
    static QString fieldLabel(int field);
    static bool isRequired(int field); // system, threat, likelihood, impact
    // Header names (keys, labels and common spreadsheet wordings, any case) to fields; -1 for other columns.
    static QList<int> guessMapping(const QStringList& headers);

    // The header and the first `count` rows, for a column-mapping preview.
    struct Preview
    {
        QStringList headers;
        QList<QStringList> rows;
        int totalRows = 0;
    };
    static Result<Preview> preview(const QByteArray& data, int count = 20);

    static Result<RiskImportPlan>
    plan(Connection& connection, const QByteArray& data, const QString& fileName, const Options& options = {});
    static Result<void> apply(Connection& connection, const RiskImportPlan& plan, const Progress& progress = {});
    // Reads `path`, plans, and applies unless `dryRun` or the plan is not ok. The plan is returned either way.
    static Result<RiskImportPlan> importFile(Connection& connection,
                                             const QString& path,
                                             bool dryRun,
                                             const Options& options = {},
                                             const Progress& progress = {});
};

} // namespace attest
