#include "ComplianceEngine.h"

#include "catalog/CatalogTitles.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

// The EU AI Act obligations that apply by risk tier (the assessable articles of the shipped catalog).
const QStringList HighRiskArticles = {u"Art. 9"_s,
                                      u"Art. 10"_s,
                                      u"Art. 11"_s,
                                      u"Art. 12"_s,
                                      u"Art. 13"_s,
                                      u"Art. 14"_s,
                                      u"Art. 15"_s,
                                      u"Art. 17"_s,
                                      u"Art. 26"_s,
                                      u"Art. 27"_s,
                                      u"Art. 72"_s,
                                      u"Art. 73"_s};

bool aiActArticleApplies(const QString& ref, const QString& tier)
{
    if (ref == u"Art. 4"_s) {
        return true; // AI literacy: every provider and deployer
    }
    const bool unclassified = tier.isEmpty() || tier == u"unclassified"_s;
    if (ref == u"Art. 5"_s) {
        return tier == u"prohibited"_s || unclassified;
    }
    if (ref == u"Art. 50"_s) {
        return tier == u"limited"_s || tier == u"high"_s || tier == u"gpai"_s || unclassified;
    }
    if (HighRiskArticles.contains(ref)) {
        return tier == u"high"_s || unclassified;
    }
    return true;
}

} // namespace

void Coverage::add(const Coverage& other)
{
    compliant += other.compliant;
    partial += other.partial;
    nonCompliant += other.nonCompliant;
    notAssessed += other.notAssessed;
    notApplicable += other.notApplicable;
}

void Coverage::count(const QString& status)
{
    if (status == u"compliant"_s) {
        ++compliant;
    } else if (status == u"partial"_s) {
        ++partial;
    } else if (status == u"non_compliant"_s) {
        ++nonCompliant;
    } else if (status == u"not_applicable"_s) {
        ++notApplicable;
    } else {
        ++notAssessed;
    }
}

QString Coverage::formula()
{
    return ComplianceEngine::tr("Coverage = (compliant + ½ × partially compliant) ÷ assessed, where assessed = "
                                "compliant + partially compliant + non-compliant. Requirements not assessed or not "
                                "applicable are counted beside it, not in it.");
}

QString Coverage::percentText() const
{
    return hasFigure() ? ComplianceEngine::tr("%1 %").arg(qRound(percent())) : ComplianceEngine::tr("–");
}

QString Coverage::countsText() const
{
    return ComplianceEngine::tr("%1 compliant, %2 partially, %3 non-compliant of %4 assessed; %5 not assessed, %6 not "
                                "applicable")
        .arg(compliant)
        .arg(partial)
        .arg(nonCompliant)
        .arg(assessed())
        .arg(notAssessed)
        .arg(notApplicable);
}

struct ComplianceEngine::Data
{
    QDate today;
    QString todayText;
    QList<FrameworkInfo> frameworks;
    QList<RequirementInfo> requirements;
    QList<ControlInfo> controls;
    QHash<qint64, int> frameworkIndex;
    QHash<qint64, int> requirementIndex;
    QHash<qint64, int> controlIndex;
    QHash<QString, int> frameworkByKey;

    // Organisation-wide records.
    QHash<qint64, ControlImplementation> orgImplementations; // by control id
    QHash<qint64, RequirementAssessment> orgAssessments;     // by requirement id
    QHash<qint64, QList<qint64>> orgControlEvidence;         // control id -> evidence ids
    QHash<qint64, QList<qint64>> orgRequirementEvidence;     // requirement id -> evidence ids
    QHash<qint64, QString> evidenceValidUntil;
    QHash<qint64, QString> soaExcluded; // ISO/IEC 27001 Annex A controls excluded in the SoA -> justification

    struct System
    {
        ComplianceRepository::SystemFacts facts;
        QHash<qint64, ControlImplementation> implementations;
        QHash<qint64, Applicability> applicability;
        QHash<qint64, RequirementAssessment> assessments;
        QHash<qint64, QList<qint64>> controlEvidence;
        QHash<qint64, QList<qint64>> requirementEvidence;
    };
    QHash<qint64, System> systems;

    const System* system(qint64 id) const
    {
        const auto it = systems.constFind(id);
        return it == systems.cend() ? nullptr : &*it;
    }

    // Evidence attached but all of it expired: what it supports is downgraded.
    bool allExpired(const QList<qint64>& a, const QList<qint64>& b) const
    {
        if (a.isEmpty() && b.isEmpty()) {
            return false;
        }
        for (const QList<qint64>* list : {&a, &b}) {
            for (qint64 id : *list) {
                const QString until = evidenceValidUntil.value(id);
                if (until.isEmpty() || until >= todayText) {
                    return false;
                }
            }
        }
        return true;
    }
};

ComplianceEngine::ComplianceEngine()
    : d(std::make_unique<Data>())
{ }

ComplianceEngine::~ComplianceEngine() = default;
ComplianceEngine::ComplianceEngine(ComplianceEngine&&) noexcept = default;
ComplianceEngine& ComplianceEngine::operator=(ComplianceEngine&&) noexcept = default;

Result<ComplianceEngine> ComplianceEngine::load(Connection& connection, const QDate& today)
{
    ComplianceEngine engine;
    Data& d = *engine.d;
    d.today = today;
    d.todayText = today.toString(Qt::ISODate);
    CatalogRepository catalogs(connection);
    ComplianceRepository repository(connection);

    auto controls = repository.controls();
    if (!controls) {
        return controls.error();
    }
    for (const Control& c : *controls) {
        d.controlIndex.insert(c.id, int(d.controls.size()));
        d.controls << ControlInfo{c.id, c.code, c.name};
    }
    auto frameworks = catalogs.frameworks();
    if (!frameworks) {
        return frameworks.error();
    }
    const CatalogTitles titles(connection);
    for (const Framework& f : *frameworks) {
        auto nodes = catalogs.requirements(f.id);
        if (!nodes) {
            return nodes.error();
        }
        FrameworkInfo info{f.id, f.key, f.name, f.shortName.isEmpty() ? f.name : f.shortName, {}};
        for (const Requirement& r : *nodes) {
            if (!r.assessable || r.status == u"withdrawn"_s) {
                continue;
            }
            d.requirementIndex.insert(r.id, int(d.requirements.size()));
            info.requirements << int(d.requirements.size());
            d.requirements << RequirementInfo{r.id, f.id, r.ref, r.title, {}, titles.title(r)};
        }
        if (info.requirements.isEmpty()) {
            continue; // a taxonomy (e.g. MITRE ATLAS): nothing to comply with
        }
        d.frameworkIndex.insert(f.id, int(d.frameworks.size()));
        d.frameworkByKey.insert(f.key, int(d.frameworks.size()));
        d.frameworks << info;
    }
    auto mappings = repository.controlMappings();
    if (!mappings) {
        return mappings.error();
    }
    for (const ControlMapping& m : *mappings) {
        const int r = d.requirementIndex.value(m.requirementId, -1);
        const int c = d.controlIndex.value(m.controlId, -1);
        if (r >= 0 && c >= 0) {
            d.requirements[r].controls << c;
        }
    }
    auto implementations = repository.organisationImplementations();
    if (!implementations) {
        return implementations.error();
    }
    for (const ControlImplementation& i : *implementations) {
        d.orgImplementations.insert(i.controlId, i);
    }
    auto assessments = repository.organisationAssessments();
    if (!assessments) {
        return assessments.error();
    }
    for (const RequirementAssessment& a : *assessments) {
        d.orgAssessments.insert(a.requirementId, a);
    }
    auto evidence = repository.evidence();
    if (!evidence) {
        return evidence.error();
    }
    for (const Evidence& e : *evidence) {
        d.evidenceValidUntil.insert(e.id, e.validUntil);
    }
    auto soa = repository.soaEntries();
    if (!soa) {
        return soa.error();
    }
    for (const SoaEntry& e : *soa) {
        if (!e.applicable) {
            d.soaExcluded.insert(e.requirementId, e.justification);
        }
    }
    auto links = repository.organisationEvidenceLinks();
    if (!links) {
        return links.error();
    }
    for (const EvidenceLink& l : *links) {
        (l.controlId ? d.orgControlEvidence[l.controlId] : d.orgRequirementEvidence[l.requirementId]) << l.evidenceId;
    }
    return engine;
}

Result<void> ComplianceEngine::loadSystems(Connection& connection, const QList<qint64>& systemIds)
{
    QList<qint64> missing;
    for (qint64 id : systemIds) {
        if (!d->systems.contains(id)) {
            missing << id;
        }
    }
    if (missing.isEmpty() && !systemIds.isEmpty()) {
        return {};
    }
    const QList<qint64>& ids = systemIds.isEmpty() ? systemIds : missing;
    ComplianceRepository repository(connection);
    auto facts = repository.systemFacts(ids);
    if (!facts) {
        return facts.error();
    }
    for (const ComplianceRepository::SystemFacts& f : *facts) {
        Data::System s;
        s.facts = f;
        d->systems.insert(f.id, s);
    }
    auto implementations = repository.systemImplementations(ids);
    if (!implementations) {
        return implementations.error();
    }
    for (const ControlImplementation& i : *implementations) {
        if (auto it = d->systems.find(i.systemId); it != d->systems.end()) {
            it->implementations.insert(i.controlId, i);
        }
    }
    auto applicability = repository.systemApplicability(ids);
    if (!applicability) {
        return applicability.error();
    }
    for (const Applicability& a : *applicability) {
        if (auto it = d->systems.find(a.systemId); it != d->systems.end()) {
            it->applicability.insert(a.frameworkId, a);
        }
    }
    auto assessments = repository.systemAssessments(ids);
    if (!assessments) {
        return assessments.error();
    }
    for (const RequirementAssessment& a : *assessments) {
        if (auto it = d->systems.find(a.systemId); it != d->systems.end()) {
            it->assessments.insert(a.requirementId, a);
        }
    }
    auto links = repository.systemEvidenceLinks(ids);
    if (!links) {
        return links.error();
    }
    for (const EvidenceLink& l : *links) {
        if (auto it = d->systems.find(l.systemId); it != d->systems.end()) {
            (l.controlId ? it->controlEvidence[l.controlId] : it->requirementEvidence[l.requirementId]) << l.evidenceId;
        }
    }
    return {};
}

Result<void> ComplianceEngine::loadAllSystems(Connection& connection)
{
    d->systems.clear();
    return loadSystems(connection, {});
}

bool ComplianceEngine::hasSystem(qint64 systemId) const
{
    return d->systems.contains(systemId);
}

QList<qint64> ComplianceEngine::systemIds() const
{
    QList<qint64> ids = d->systems.keys();
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
        return d->systems.constFind(a)->facts.code.compare(d->systems.constFind(b)->facts.code, Qt::CaseInsensitive) <
               0;
    });
    return ids;
}

const QList<ComplianceEngine::FrameworkInfo>& ComplianceEngine::frameworks() const
{
    return d->frameworks;
}

const QList<ComplianceEngine::RequirementInfo>& ComplianceEngine::requirements() const
{
    return d->requirements;
}

const QList<ComplianceEngine::ControlInfo>& ComplianceEngine::controls() const
{
    return d->controls;
}

const ComplianceEngine::FrameworkInfo* ComplianceEngine::framework(const QString& key) const
{
    const int index = d->frameworkByKey.value(key, -1);
    return index >= 0 ? &d->frameworks[index] : nullptr;
}

const ComplianceEngine::RequirementInfo* ComplianceEngine::requirement(qint64 requirementId) const
{
    const int index = d->requirementIndex.value(requirementId, -1);
    return index >= 0 ? &d->requirements[index] : nullptr;
}

QString ComplianceEngine::systemCode(qint64 systemId) const
{
    const Data::System* s = d->system(systemId);
    return s ? s->facts.code : QString();
}

QString ComplianceEngine::systemName(qint64 systemId) const
{
    const Data::System* s = d->system(systemId);
    return s ? s->facts.name : QString();
}

QDate ComplianceEngine::today() const
{
    return d->today;
}

FrameworkApplicability ComplianceEngine::proposal(qint64 systemId, qint64 frameworkId) const
{
    FrameworkApplicability a;
    const int index = d->frameworkIndex.value(frameworkId, -1);
    if (index < 0) {
        return a;
    }
    const FrameworkInfo& f = d->frameworks[index];
    a.frameworkId = f.id;
    a.frameworkKey = f.key;
    a.frameworkName = f.name;
    if (systemId == 0) {
        a.applies = true;
        a.reason = tr("Organisation level: every framework is assessed.");
        return a;
    }
    const Data::System* s = d->system(systemId);
    if (!s) {
        return a;
    }
    const QStringList categories = s->facts.dataCategories.split(u',', Qt::SkipEmptyParts);
    const QString tier = s->facts.tier;
    if (f.key == u"gdpr"_s) {
        a.applies = categories.contains(u"personal"_s) || categories.contains(u"special_category"_s);
        a.reason = categories.contains(u"special_category"_s)
                       ? tr("It processes special categories of personal data.")
                       : (a.applies ? tr("It processes personal data.") : tr("No personal data is recorded for it."));
    } else if (f.key == u"hipaa"_s) {
        a.applies = categories.contains(u"phi"_s);
        a.reason = a.applies ? tr("It processes protected health information.")
                             : tr("No protected health information is recorded for it.");
    } else if (f.key == u"iso27001-2022"_s) {
        a.applies = true;
        a.reason = tr("ISO/IEC 27001 applies organisation-wide.");
    } else if (f.key == u"iso42001-2023"_s) {
        a.applies = true;
        a.reason = tr("The AI management system (ISO/IEC 42001) covers every AI system.");
    } else if (f.key == u"eu-ai-act"_s) {
        a.applies = true;
        if (tier == u"high"_s) {
            a.reason = tr("High-risk AI system: the high-risk obligations apply.");
        } else if (tier == u"prohibited"_s) {
            a.reason = tr("Classified as a prohibited practice (Art. 5).");
        } else if (tier == u"limited"_s || tier == u"gpai"_s) {
            a.reason = tr("Transparency obligations (Art. 50) and AI literacy apply.");
        } else if (tier == u"minimal"_s) {
            a.reason = tr("Minimal risk: AI literacy (Art. 4) applies.");
        } else {
            a.reason = tr("Not yet classified: assessed as high-risk until it is.");
        }
    } else {
        a.applies = false;
        a.reason = tr("Not proposed from the system's facts; confirm it where it applies.");
    }
    return a;
}

FrameworkApplicability ComplianceEngine::applicability(qint64 systemId, qint64 frameworkId) const
{
    FrameworkApplicability a = proposal(systemId, frameworkId);
    if (const Data::System* s = d->system(systemId)) {
        if (const auto it = s->applicability.constFind(frameworkId); it != s->applicability.cend()) {
            a.applies = it->applies;
            a.confirmed = true;
            a.reason = it->reason;
        }
    }
    return a;
}

QList<FrameworkApplicability> ComplianceEngine::applicability(qint64 systemId) const
{
    QList<FrameworkApplicability> list;
    for (const FrameworkInfo& f : d->frameworks) {
        list << applicability(systemId, f.id);
    }
    return list;
}

QList<int> ComplianceEngine::applicableRequirements(qint64 systemId, qint64 frameworkId) const
{
    const int index = d->frameworkIndex.value(frameworkId, -1);
    if (index < 0) {
        return {};
    }
    const FrameworkInfo& f = d->frameworks[index];
    if (f.key != u"eu-ai-act"_s || systemId == 0) {
        return f.requirements;
    }
    const Data::System* s = d->system(systemId);
    const QString tier = s ? s->facts.tier : QString();
    QList<int> list;
    for (int r : f.requirements) {
        if (aiActArticleApplies(d->requirements[r].ref, tier)) {
            list << r;
        }
    }
    return list;
}

ControlImplementation ComplianceEngine::implementation(qint64 systemId, qint64 controlId) const
{
    if (const Data::System* s = d->system(systemId)) {
        if (const auto it = s->implementations.constFind(controlId); it != s->implementations.cend()) {
            return *it;
        }
    }
    if (const auto it = d->orgImplementations.constFind(controlId); it != d->orgImplementations.cend()) {
        return *it;
    }
    ControlImplementation none;
    none.controlId = controlId;
    return none;
}

QString
ComplianceEngine::controlStatus(qint64 systemId, qint64 controlId, bool* evidenceExpired, bool* testFailed) const
{
    const ControlImplementation impl = implementation(systemId, controlId);
    QString status = impl.status;
    bool expired = false;
    bool failed = false;
    if (status == u"implemented"_s || status == u"partial"_s) {
        const Data::System* s = d->system(systemId);
        // Only what is downgraded is flagged: a control already partial says so by its status.
        if (status == u"implemented"_s) {
            expired = d->allExpired(d->orgControlEvidence.value(controlId),
                                    s ? s->controlEvidence.value(controlId) : QList<qint64>());
            failed = impl.lastTestResult == u"failed"_s;
            if (expired || failed) {
                status = u"partial"_s;
            }
        }
    }
    if (evidenceExpired) {
        *evidenceExpired = expired;
    }
    if (testFailed) {
        *testFailed = failed;
    }
    return status;
}

RequirementResult ComplianceEngine::evaluate(qint64 systemId, qint64 requirementId) const
{
    RequirementResult result;
    const int index = d->requirementIndex.value(requirementId, -1);
    if (index < 0) {
        result.status = u"not_assessed"_s;
        return result;
    }
    const Data::System* s = d->system(systemId);
    if (s) {
        if (const auto it = s->assessments.constFind(requirementId); it != s->assessments.cend()) {
            result.status = it->status;
            result.overridden = true;
            return result;
        }
    }
    if (const auto it = d->orgAssessments.constFind(requirementId); it != d->orgAssessments.cend()) {
        result.status = it->status;
        result.overridden = true;
        return result;
    }
    // Excluded from the Statement of Applicability: not applicable, for every system.
    if (d->soaExcluded.contains(requirementId)) {
        result.status = u"not_applicable"_s;
        return result;
    }
    const RequirementInfo& r = d->requirements[index];
    if (r.controls.isEmpty()) {
        result.status = u"not_assessed"_s;
        return result;
    }
    int applicable = 0;
    int implemented = 0;
    int partial = 0;
    for (int c : r.controls) {
        bool expired = false;
        bool failed = false;
        const QString status = controlStatus(systemId, d->controls[c].id, &expired, &failed);
        result.evidenceExpired = result.evidenceExpired || expired;
        result.testFailed = result.testFailed || failed;
        if (status == u"not_applicable"_s) {
            continue;
        }
        ++applicable;
        if (status == u"implemented"_s) {
            ++implemented;
        } else if (status == u"partial"_s) {
            ++partial;
        }
    }
    if (applicable == 0) {
        result.status = u"not_applicable"_s;
    } else if (implemented == applicable) {
        result.status = u"compliant"_s;
    } else if (implemented + partial > 0) {
        result.status = u"partial"_s;
    } else {
        result.status = u"non_compliant"_s;
    }
    // Evidence attached to the requirement itself, all expired: it cannot count as fully met.
    if (result.status == u"compliant"_s &&
        d->allExpired(d->orgRequirementEvidence.value(requirementId),
                      s ? s->requirementEvidence.value(requirementId) : QList<qint64>())) {
        result.status = u"partial"_s;
        result.evidenceExpired = true;
    }
    return result;
}

QString ComplianceEngine::explain(qint64 systemId, qint64 requirementId) const
{
    const int index = d->requirementIndex.value(requirementId, -1);
    if (index < 0) {
        return {};
    }
    return tr("%1 — %2: %3")
        .arg(d->requirements[index].ref,
             ComplianceText::requirementStatus(evaluate(systemId, requirementId).status),
             explainWhy(systemId, requirementId));
}

QString ComplianceEngine::explainWhy(qint64 systemId, qint64 requirementId) const
{
    const int index = d->requirementIndex.value(requirementId, -1);
    if (index < 0) {
        return {};
    }
    const RequirementInfo& r = d->requirements[index];
    const RequirementResult result = evaluate(systemId, requirementId);
    const Data::System* s = d->system(systemId);
    if (result.overridden) {
        const auto own =
            s ? s->assessments.constFind(requirementId) : QHash<qint64, RequirementAssessment>::const_iterator();
        const bool mine = s && own != s->assessments.cend();
        const QString why = mine ? own->justification : d->orgAssessments.value(requirementId).justification;
        return mine ? tr("assessed by hand: %1").arg(why)
                    : tr("assessed by hand for the whole organisation: %1").arg(why);
    }
    if (d->soaExcluded.contains(requirementId)) {
        return tr("excluded in the Statement of Applicability: %1").arg(d->soaExcluded.value(requirementId));
    }
    if (r.controls.isEmpty()) {
        return tr("no control in the library is mapped to it yet.");
    }
    QStringList implemented;
    QStringList partial;
    QStringList missing;
    QStringList notApplicable;
    QStringList notes;
    for (int c : r.controls) {
        const ControlInfo& control = d->controls[c];
        bool expired = false;
        bool failed = false;
        const QString status = controlStatus(systemId, control.id, &expired, &failed);
        const QString name = tr("%1 %2").arg(control.code, control.name);
        if (status == u"implemented"_s) {
            implemented << name;
        } else if (status == u"partial"_s) {
            partial << name;
        } else if (status == u"not_applicable"_s) {
            notApplicable << name;
        } else {
            missing << tr("%1 (%2)").arg(name, ComplianceText::implementationStatus(status));
        }
        if (expired) {
            notes << tr("the evidence for %1 has expired").arg(control.code);
        }
        if (failed) {
            notes << tr("the last test of %1 failed").arg(control.code);
        }
    }
    const int applicable = int(r.controls.size() - notApplicable.size());
    if (applicable == 0) {
        return tr("all %1 mapped controls are not applicable: %2.")
            .arg(r.controls.size())
            .arg(notApplicable.join(u"; "_s));
    }
    // One sentence per kind of fact, each a whole sentence for translators.
    QStringList sentences;
    sentences << (implemented.isEmpty() ? tr("%1 of %2 mapped controls implemented.").arg(0).arg(applicable)
                                        : tr("%1 of %2 mapped controls implemented: %3.")
                                              .arg(implemented.size())
                                              .arg(applicable)
                                              .arg(implemented.join(u"; "_s)));
    if (!partial.isEmpty()) {
        sentences << tr("Partially implemented: %1.").arg(partial.join(u"; "_s));
    }
    if (!missing.isEmpty()) {
        sentences << tr("Not implemented: %1.").arg(missing.join(u"; "_s));
    }
    if (!notApplicable.isEmpty()) {
        sentences << tr("Not applicable: %1.").arg(notApplicable.join(u"; "_s));
    }
    if (result.evidenceExpired && notes.isEmpty()) {
        notes << tr("the evidence attached to the requirement has expired");
    }
    for (const QString& note : std::as_const(notes)) {
        sentences << tr("Downgraded: %1.").arg(note);
    }
    return sentences.join(u' ');
}

QString ComplianceEngine::equivalenceKey(qint64 systemId) const
{
    const Data::System* s = d->system(systemId);
    if (!s || !s->implementations.isEmpty() || !s->applicability.isEmpty() || !s->assessments.isEmpty() ||
        !s->controlEvidence.isEmpty() || !s->requirementEvidence.isEmpty()) {
        return {};
    }
    return s->facts.dataCategories + QChar(0x1f) + s->facts.tier + QChar(0x1f) + s->facts.modelType;
}

Coverage ComplianceEngine::coverage(qint64 systemId, qint64 frameworkId) const
{
    Coverage coverage;
    for (int r : applicableRequirements(systemId, frameworkId)) {
        coverage.count(evaluate(systemId, d->requirements[r].id).status);
    }
    return coverage;
}

Coverage ComplianceEngine::workspaceCoverage(qint64 frameworkId) const
{
    Coverage total;
    for (auto it = d->systems.cbegin(); it != d->systems.cend(); ++it) {
        if (applicability(it.key(), frameworkId).applies) {
            total.add(coverage(it.key(), frameworkId));
        }
    }
    return total;
}

} // namespace attest
