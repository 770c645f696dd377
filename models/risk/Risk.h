#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace attest {

// An AI-specific threat: what can go wrong, linked to OWASP and MITRE ATLAS entries and to the controls that help.
struct Threat
{
    qint64 id = 0;
    QString code; // e.g. "THR-PIJ"
    QString name;
    QString description;
    QString assets; // comma-separated asset codes
    QString origin; // seeded | custom
};

struct Risk;

// One named level of the matrix and the scores it covers.
struct RiskBand
{
    QString name;
    int min = 1;
    int max = 1;
    QString colour; // "#rrggbb"
};

// The organisation's risk matrix: likelihood × impact scales with named steps, level bands over the product, and
// the highest level that may be accepted without an approver. Versioned: an edit makes a new version, and every
// stored score names the version it was made with.
class RiskMatrix
{
    Q_DECLARE_TR_FUNCTIONS(RiskMatrix)

public:
    int version = 0;
    QStringList likelihood; // step 1 first
    QStringList impact;
    QList<RiskBand> bands;       // ascending, covering 1 .. likelihood × impact without gaps
    int acceptanceThreshold = 9; // scores above it need an approver, a date and a justification to be accepted

    static RiskMatrix defaults(); // 5 × 5: Low, Medium, High, Critical
    static Result<RiskMatrix> fromJson(const QString& json, int version);
    QString toJson() const;
    // Scales of 2 to 10 steps with names, bands ascending without gaps or overlaps over 1 .. max, a threshold in range.
    Result<void> validate() const;

    int maxScore() const { return int(likelihood.size() * impact.size()); }
    bool inRange(int l, int i) const { return l >= 1 && l <= likelihood.size() && i >= 1 && i <= impact.size(); }
    int score(int l, int i) const { return l * i; }
    RiskBand band(int score) const;
    QString level(int l, int i) const { return band(score(l, i)).name; }
    int levelRank(const QString& level) const; // position in bands, -1 if unknown
    // "likelihood 4 Likely × impact 5 Severe = 20 → Critical"
    QString explain(int l, int i) const;
    // The same for a risk's inherent or residual assessment (this must be the matrix of its version); "" when not
    // assessed or off this matrix.
    QString explain(const Risk& risk, bool residual) const;
    bool needsApproval(int score) const { return score > acceptanceThreshold; }
    // A step given as a number ("4") or a name ("Likely", case-insensitive): 0 when neither.
    int likelihoodStep(const QString& text) const;
    int impactStep(const QString& text) const;
};

struct Risk
{
    qint64 id = 0;
    qint64 systemId = 0;
    qint64 threatId = 0;
    QString scenario;
    QString assets;
    int matrixVersion = 0;
    int likelihood = 0;
    int impact = 0;
    int inherentScore = 0;
    QString inherentLevel;
    QString treatment;          // "" | mitigate | accept | transfer | avoid
    int residualLikelihood = 0; // 0: not assessed yet
    int residualImpact = 0;
    int residualScore = 0;
    QString residualLevel;
    QString owner;
    QString dueDate;
    QString nextReview;
    QString status = QStringLiteral("open"); // open | treating | accepted | closed
    QString acceptedBy;
    QString acceptedOn;
    QString acceptanceJustification;
    QList<qint64> controlIds; // treating controls

    bool hasResidual() const { return residualLikelihood > 0 && residualImpact > 0; }
    // The level that counts now: residual once assessed, else inherent.
    QString currentLevel() const { return hasResidual() ? residualLevel : inherentLevel; }
    int currentScore() const { return hasResidual() ? residualScore : inherentScore; }
    bool isOverdue(const QString& today) const
    {
        return (status == u"open" || status == u"treating") && !dueDate.isEmpty() && dueDate < today;
    }
};

class RiskText
{
    Q_DECLARE_TR_FUNCTIONS(RiskText)

public:
    static QString asset(const QString& code);
    static QStringList assets(); // training_data, model, pipeline, endpoint, outputs
    static QString treatment(const QString& code);
    static QStringList treatments();
    static QString status(const QString& code);
    static QStringList statuses();
};

} // namespace attest
