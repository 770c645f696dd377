#pragma once

#include "compliance/Compliance.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace attest {

class Connection;

// Which frameworks apply to a system: what the user confirmed, or else what Attest proposes from the system's facts.
struct FrameworkApplicability
{
    qint64 frameworkId = 0;
    QString frameworkKey;
    QString frameworkName;
    bool applies = false;
    bool confirmed = false; // false: Attest's proposal, awaiting the user's confirmation
    QString reason;
};

// Requirement counts behind a coverage figure. Coverage = (compliant + ½ partially compliant) / assessed, where
// assessed = compliant + partially compliant + non-compliant; not-applicable and not-assessed requirements are
// counted and shown, never in the percentage.
struct Coverage
{
    int compliant = 0;
    int partial = 0;
    int nonCompliant = 0;
    int notAssessed = 0;
    int notApplicable = 0;

    int assessed() const { return compliant + partial + nonCompliant; }
    int total() const { return assessed() + notAssessed + notApplicable; }
    bool hasFigure() const { return assessed() > 0; }
    double percent() const { return hasFigure() ? 100.0 * (compliant + 0.5 * partial) / assessed() : 0.0; }
    void add(const Coverage& other);
    void count(const QString& status);
    static QString formula();    // the formula, in words, for wherever the figure is shown
    QString percentText() const; // "61 %" or "–" when nothing is assessed
    QString countsText() const;  // "12 compliant, 5 partially, 3 non-compliant of 20 assessed; 4 not assessed, 2 n/a"
};

// The status of one requirement for one system (or for the organisation), and why.
struct RequirementResult
{
    QString status; // compliant | partial | non_compliant | not_applicable | not_assessed
    bool overridden = false;
    bool evidenceExpired = false; // something it relies on was downgraded because its evidence expired
    bool testFailed = false;      // a mapped control's last test failed
};

// Derives requirement statuses and coverage from the control library: for a system, each mapped control's
// implementation (the system's own, or else the organisation-wide one), downgraded where its evidence has expired or
// its last test failed; a justified manual assessment overrides. Nothing is stored: change one control and every
// framework and system it reaches reads differently the next time. Loading is separate from evaluating, so a view can
// load the systems it shows (paged) and a report all of them.
class ComplianceEngine
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceEngine)

public:
    struct ControlInfo
    {
        qint64 id = 0;
        QString code;
        QString name;
    };
    struct RequirementInfo
    {
        qint64 id = 0;
        qint64 frameworkId = 0;
        QString ref;
        QString title;       // the official title, the title of record (exports such as OSCAL use it)
        QList<int> controls; // indices into controls()
        QString shownTitle;  // the official title in the catalog language where shipped, else `title` (CatalogTitles)
    };
    struct FrameworkInfo
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString shortName;
        QList<int> requirements; // indices into requirements(), assessable and in force, in catalog order
    };

    ComplianceEngine();
    ~ComplianceEngine();
    ComplianceEngine(ComplianceEngine&&) noexcept;
    ComplianceEngine& operator=(ComplianceEngine&&) noexcept;

    // The library, the catalogs and the organisation-wide records. `today` decides what has expired.
    static Result<ComplianceEngine> load(Connection& connection, const QDate& today = QDate::currentDate());
    // A system's own records (facts, implementations, applicability, assessments, evidence links).
    Result<void> loadSystems(Connection& connection, const QList<qint64>& systemIds);
    Result<void> loadAllSystems(Connection& connection);
    bool hasSystem(qint64 systemId) const;
    QList<qint64> systemIds() const; // loaded ones, by code

    const QList<FrameworkInfo>& frameworks() const;
    const QList<RequirementInfo>& requirements() const;
    const QList<ControlInfo>& controls() const;
    const FrameworkInfo* framework(const QString& key) const;
    const RequirementInfo* requirement(qint64 requirementId) const;
    QString systemCode(qint64 systemId) const;
    QString systemName(qint64 systemId) const;

    // Frameworks with requirements to assess, for a system (0: the organisation, where every framework applies).
    QList<FrameworkApplicability> applicability(qint64 systemId) const;
    FrameworkApplicability applicability(qint64 systemId, qint64 frameworkId) const;
    // What Attest proposes from the system's facts, whatever the user confirmed.
    FrameworkApplicability proposal(qint64 systemId, qint64 frameworkId) const;
    // The requirements of a framework that apply to a system (the EU AI Act's depend on the risk tier).
    QList<int> applicableRequirements(qint64 systemId, qint64 frameworkId) const;

    RequirementResult evaluate(qint64 systemId, qint64 requirementId) const;
    // "Art. 32 — Partially compliant: 7 of 8 mapped controls implemented: …. Not implemented: …."
    QString explain(qint64 systemId, qint64 requirementId) const;
    // The same without the reference and status in front.
    QString explainWhy(qint64 systemId, qint64 requirementId) const;
    Coverage coverage(qint64 systemId, qint64 frameworkId) const;
    // Systems with the same non-empty key read the same for every requirement and framework: none has records of
    // its own (implementations, applicability, assessments, evidence), so only the facts the rules read (data
    // categories, tier, model type) tell them apart. Empty for a system with records of its own. Lets a caller
    // evaluate thousands of look-alike systems once.
    QString equivalenceKey(qint64 systemId) const;
    // Over every loaded system the framework applies to.
    Coverage workspaceCoverage(qint64 frameworkId) const;

    // A control's effective status for a system: its own implementation or the organisation's, downgraded to
    // "partial" when its evidence expired or its last test failed.
    QString
    controlStatus(qint64 systemId, qint64 controlId, bool* evidenceExpired = nullptr, bool* testFailed = nullptr) const;
    ControlImplementation implementation(qint64 systemId, qint64 controlId) const; // systemId 0: organisation-wide

    QDate today() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace attest
