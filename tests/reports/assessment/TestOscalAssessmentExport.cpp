// OSCAL assessment results and plans of action and milestones of the demo workspace's AI systems: every export is
// accepted by the NIST OSCAL 1.1.3 complete schema (checked with ajv, which is shown to reject broken documents), the
// results hold every requirement that applies to the system with the status Attest derives, the plan holds the
// system's open findings with their due dates and owners, and re-exports name everything with the same uuids.

#include "TestSupport.h"
#include "compliance/ComplianceEngine.h"
#include "demo/DemoWorkspace.h"
#include "oscal/OscalAssessmentExport.h"
#include "storage/ComplianceRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

using Model = OscalAssessmentExport::Model;

const QDateTime Now(QDate(2026, 5, 4), QTime(9, 30, 0), Qt::UTC);

QJsonObject bodyOf(const QByteArray& json, Model model)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(model == Model::AssessmentResults ? u"assessment-results"_s : u"plan-of-action-and-milestones"_s)
        .toObject();
}

QString propOf(const QJsonObject& object, const QString& name)
{
    for (const QJsonValue& p : object.value(u"props"_s).toArray()) {
        if (p.toObject().value(u"name"_s).toString() == name) {
            return p.toObject().value(u"value"_s).toString();
        }
    }
    return {};
}

QHash<QString, QJsonObject> byUuid(const QJsonArray& list)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue& v : list) {
        map.insert(v.toObject().value(u"uuid"_s).toString(), v.toObject());
    }
    return map;
}

// Every uuid a document declares or refers to, in document order.
QStringList uuidsIn(const QJsonValue& value)
{
    QStringList uuids;
    std::function<void(const QJsonValue&)> visit = [&](const QJsonValue& v) {
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                visit(item);
            }
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == u"uuid"_s || it.key().endsWith(u"-uuid"_s)) {
                    uuids << it.value().toString();
                }
                visit(it.value());
            }
        }
    };
    visit(value);
    return uuids;
}

} // namespace

class TestOscalAssessmentExport : public QObject
{
    Q_OBJECT

private:
    QString exportTo(Model model, qint64 systemId, const QString& name);
    QList<Finding> openFindings(qint64 systemId);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<SystemLabel> m_systems;
    qint64 m_withFindings = 0;    // a system with open findings that have due dates and owners
    qint64 m_withoutFindings = 0; // one with none

private Q_SLOTS:
    void initTestCase();
    void uuidsAreDerived();
    void theValidatorRejectsBrokenDocuments();
    void everySystemExportsValidOscal();
    void resultsHoldEveryApplicableRequirement();
    void poamItemsAreTheOpenFindings();
    void reExportsAreStable();
    void errorsLeaveNoFile();
};

QString TestOscalAssessmentExport::exportTo(Model model, qint64 systemId, const QString& name)
{
    const QString path = m_dir.filePath(name);
    auto written = OscalAssessmentExport::exportToFile(*m_ws, model, systemId, path, Now);
    if (!written) {
        qWarning().noquote() << written.error().message;
        return {};
    }
    return path;
}

QList<Finding> TestOscalAssessmentExport::openFindings(qint64 systemId)
{
    QList<Finding> open;
    auto all = ComplianceRepository(m_ws->connection()).findings();
    for (const Finding& f : all ? *all : QList<Finding>()) {
        if (f.systemId == systemId && f.isOpen()) {
            open << f;
        }
    }
    return open;
}

void TestOscalAssessmentExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    m_ws = openWorkspace(path);
    QVERIFY(m_ws);
    auto labels = SystemRepository(m_ws->connection()).labels();
    QVERIFY(labels);
    m_systems = *labels;
    QVERIFY(m_systems.size() >= 6);
    for (const SystemLabel& s : std::as_const(m_systems)) {
        const QList<Finding> open = openFindings(s.id);
        bool dated = !open.isEmpty();
        for (const Finding& f : open) {
            dated = dated && !f.dueDate.isEmpty() && !f.owner.isEmpty();
        }
        if (dated && !m_withFindings) {
            m_withFindings = s.id;
        }
        if (open.isEmpty() && !m_withoutFindings) {
            m_withoutFindings = s.id;
        }
    }
    QVERIFY2(m_withFindings, "the demo has a system with open, dated, owned findings");
    QVERIFY2(m_withoutFindings, "the demo has a system without open findings");
}

void TestOscalAssessmentExport::uuidsAreDerived()
{
    const QString a = OscalAssessmentExport::uuidFor(u"ws-1"_s, u"finding"_s, u"3:17"_s);
    QCOMPARE(OscalAssessmentExport::uuidFor(u"ws-1"_s, u"finding"_s, u"3:17"_s), a);
    QVERIFY(OscalAssessmentExport::uuidFor(u"ws-2"_s, u"finding"_s, u"3:17"_s) != a);
    QVERIFY(OscalAssessmentExport::uuidFor(u"ws-1"_s, u"observation"_s, u"3:17"_s) != a);
    const QUuid uuid(a);
    QVERIFY(!uuid.isNull());
    QCOMPARE(uuid.version(), QUuid::Sha1);
}

void TestOscalAssessmentExport::theValidatorRejectsBrokenDocuments()
{
    // The validator is real: each document below breaks the schema in one place, and each is reported.
    const QString ar = exportTo(Model::AssessmentResults, m_withFindings, u"good-ar.json"_s);
    const QString poam = exportTo(Model::PlanOfActionAndMilestones, m_withFindings, u"good-poam.json"_s);
    QVERIFY(!ar.isEmpty() && !poam.isEmpty());

    QJsonObject doc = QJsonDocument::fromJson(readFile(ar)).object();
    QJsonObject body = doc.value(u"assessment-results"_s).toObject();
    body.remove(u"import-ap"_s);
    doc.insert(u"assessment-results"_s, body);
    const QString noPlan = m_dir.filePath(u"bad-ar.json"_s);
    QVERIFY(writeFile(noPlan, QJsonDocument(doc).toJson()));

    doc = QJsonDocument::fromJson(readFile(poam)).object();
    body = doc.value(u"plan-of-action-and-milestones"_s).toObject();
    QJsonArray items = body.value(u"poam-items"_s).toArray();
    QJsonObject item = items[0].toObject();
    item.remove(u"title"_s);
    items[0] = item;
    body.insert(u"poam-items"_s, items);
    QJsonArray risks = body.value(u"risks"_s).toArray();
    QJsonObject risk = risks[0].toObject();
    risk.insert(u"deadline"_s, u"2026-06-30"_s); // a date-time needs a time and a zone
    risks[0] = risk;
    body.insert(u"risks"_s, risks);
    doc.insert(u"plan-of-action-and-milestones"_s, body);
    const QString badPoam = m_dir.filePath(u"bad-poam.json"_s);
    QVERIFY(writeFile(badPoam, QJsonDocument(doc).toJson()));

    const OscalValidation rejected = validateOscal({noPlan, badPoam});
    QVERIFY2(!rejected.ok, qPrintable(rejected.report));
    QVERIFY2(rejected.report.contains(u"/assessment-results must have required property 'import-ap'"_s),
             qPrintable(rejected.report));
    QVERIFY2(
        rejected.report.contains(u"/plan-of-action-and-milestones/poam-items/0 must have required property 'title'"_s),
        qPrintable(rejected.report));
    QVERIFY2(rejected.report.contains(u"/plan-of-action-and-milestones/risks/0/deadline"_s),
             qPrintable(rejected.report));
    // Neither broken document passes ("invalid: ..." lines only).
    for (const QString& line : rejected.report.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(!line.startsWith(u"valid: "_s), qPrintable(line));
    }

    const OscalValidation accepted = validateOscal({ar, poam});
    QVERIFY2(accepted.ok, qPrintable(accepted.report));
    QCOMPARE(accepted.report.count(u"valid: "_s), 2);
}

void TestOscalAssessmentExport::everySystemExportsValidOscal()
{
    QStringList files;
    int plans = 0;
    for (const SystemLabel& s : std::as_const(m_systems)) {
        const QString ar = exportTo(Model::AssessmentResults, s.id, u"ar-%1.json"_s.arg(s.id));
        QVERIFY2(!ar.isEmpty(), qPrintable(s.code));
        files << ar;
        const QString poamPath = m_dir.filePath(u"poam-%1.json"_s.arg(s.id));
        auto poam = OscalAssessmentExport::exportToFile(*m_ws, Model::PlanOfActionAndMilestones, s.id, poamPath, Now);
        if (openFindings(s.id).isEmpty()) {
            // Nothing to plan: the schema wants at least one item, so there is no document.
            QVERIFY(!poam);
            QCOMPARE(poam.error().code, ErrorCode::Validation);
            QVERIFY(!QFileInfo::exists(poamPath));
        } else {
            QVERIFY2(poam, poam ? "" : qPrintable(poam.error().message));
            QCOMPARE(poam->poamItems, int(openFindings(s.id).size()));
            files << poamPath;
            ++plans;
        }
    }
    QVERIFY(plans >= 2);
    const OscalValidation validation = validateOscal(files);
    QVERIFY2(validation.ok, qPrintable(validation.report));
    QCOMPARE(validation.report.count(u"valid: "_s), files.size());
}

void TestOscalAssessmentExport::resultsHoldEveryApplicableRequirement()
{
    const qint64 systemId = m_withFindings;
    const QString path = exportTo(Model::AssessmentResults, systemId, u"content-ar.json"_s);
    QVERIFY(!path.isEmpty());
    const QJsonObject ar = bodyOf(readFile(path), Model::AssessmentResults);
    const QJsonArray results = ar.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject result = results[0].toObject();
    const QHash<QString, QJsonObject> findings = byUuid(result.value(u"findings"_s).toArray());
    const QHash<QString, QJsonObject> observations = byUuid(result.value(u"observations"_s).toArray());

    auto engine = ComplianceEngine::load(m_ws->connection(), Now.date());
    QVERIFY(engine);
    QVERIFY(engine->loadSystems(m_ws->connection(), {systemId}));
    int expected = 0;
    QSet<QString> frameworks;
    for (const FrameworkApplicability& a : engine->applicability(systemId)) {
        if (!a.applies) {
            continue;
        }
        for (int index : engine->applicableRequirements(systemId, a.frameworkId)) {
            const ComplianceEngine::RequirementInfo& r = engine->requirements().at(index);
            const QString key = u"%1:%2"_s.arg(systemId).arg(r.id);
            const QJsonObject finding = findings.value(OscalAssessmentExport::uuidFor(m_ws->id(), u"finding"_s, key));
            QVERIFY2(!finding.isEmpty(), qPrintable(r.ref));
            const QString status = engine->evaluate(systemId, r.id).status;
            QCOMPARE(propOf(finding, u"status"_s), status);
            QCOMPARE(propOf(finding, u"framework"_s), a.frameworkKey);
            const QJsonObject target = finding.value(u"target"_s).toObject();
            const bool satisfied = status == u"compliant"_s || status == u"not_applicable"_s;
            QCOMPARE(target.value(u"status"_s).toObject().value(u"state"_s).toString(),
                     satisfied ? u"satisfied"_s : u"not-satisfied"_s);
            const QString observationUuid = finding.value(u"related-observations"_s)
                                                .toArray()[0]
                                                .toObject()
                                                .value(u"observation-uuid"_s)
                                                .toString();
            QCOMPARE(observations.value(observationUuid).value(u"description"_s).toString(),
                     engine->explain(systemId, r.id));
            ++expected;
        }
        frameworks.insert(a.frameworkKey);
    }
    QVERIFY(expected > 50);
    QCOMPARE(findings.size(), expected);
    QCOMPARE(observations.size(), expected);
    QCOMPARE(result.value(u"reviewed-controls"_s).toObject().value(u"control-selections"_s).toArray().size(),
             frameworks.size());

    // The register's risks of the system, with their due dates as deadlines.
    RiskFilter filter;
    filter.systemId = systemId;
    RiskRepository risks(m_ws->connection());
    auto ids = risks.riskIds(filter);
    QVERIFY(ids);
    auto rows = risks.fetch(*ids);
    QVERIFY(rows);
    const QHash<QString, QJsonObject> oscalRisks = byUuid(result.value(u"risks"_s).toArray());
    QCOMPARE(oscalRisks.size(), rows->size());
    for (const RiskRow& row : std::as_const(*rows)) {
        const QJsonObject risk =
            oscalRisks.value(OscalAssessmentExport::uuidFor(m_ws->id(), u"risk"_s, QString::number(row.risk.id)));
        QVERIFY(!risk.isEmpty());
        QCOMPARE(risk.value(u"title"_s).toString(), row.threatName);
        if (!row.risk.dueDate.isEmpty()) {
            QCOMPARE(risk.value(u"deadline"_s).toString(), row.risk.dueDate + u"T23:59:59Z"_s);
        }
    }
}

void TestOscalAssessmentExport::poamItemsAreTheOpenFindings()
{
    const QString path = exportTo(Model::PlanOfActionAndMilestones, m_withFindings, u"content-poam.json"_s);
    QVERIFY(!path.isEmpty());
    const QJsonObject poam = bodyOf(readFile(path), Model::PlanOfActionAndMilestones);
    const QJsonArray items = poam.value(u"poam-items"_s).toArray();
    const QHash<QString, QJsonObject> risks = byUuid(poam.value(u"risks"_s).toArray());
    const QHash<QString, QJsonObject> findings = byUuid(poam.value(u"findings"_s).toArray());
    QHash<QString, QString> partyName;
    for (const QJsonValue& p : poam.value(u"metadata"_s).toObject().value(u"parties"_s).toArray()) {
        partyName.insert(p.toObject().value(u"uuid"_s).toString(), p.toObject().value(u"name"_s).toString());
    }
    const QList<Finding> open = openFindings(m_withFindings);
    QCOMPARE(items.size(), open.size());
    QHash<QString, QJsonObject> itemByFinding;
    for (const QJsonValue& v : items) {
        itemByFinding.insert(propOf(v.toObject(), u"finding-id"_s), v.toObject());
    }
    for (const Finding& f : open) {
        const QJsonObject item = itemByFinding.value(QString::number(f.id));
        QVERIFY2(!item.isEmpty(), qPrintable(f.title));
        QCOMPARE(item.value(u"title"_s).toString(), f.title.simplified());
        QCOMPARE(propOf(item, u"due-date"_s), f.dueDate);
        QCOMPARE(propOf(item, u"owner"_s), f.owner);
        // The risk behind the item carries the due date as its deadline and as the milestone's date, and the owner
        // as the one responsible for it.
        const QString riskUuid =
            item.value(u"related-risks"_s).toArray()[0].toObject().value(u"risk-uuid"_s).toString();
        const QJsonObject risk = risks.value(riskUuid);
        QVERIFY(!risk.isEmpty());
        QCOMPARE(risk.value(u"deadline"_s).toString(), f.dueDate + u"T23:59:59Z"_s);
        QCOMPARE(risk.value(u"status"_s).toString(), f.status == u"in_progress"_s ? u"remediating"_s : u"open"_s);
        const QJsonObject task =
            risk.value(u"remediations"_s).toArray()[0].toObject().value(u"tasks"_s).toArray()[0].toObject();
        QCOMPARE(task.value(u"type"_s).toString(), u"milestone"_s);
        QCOMPARE(task.value(u"timing"_s).toObject().value(u"on-date"_s).toObject().value(u"date"_s).toString(),
                 f.dueDate + u"T23:59:59Z"_s);
        const QJsonObject responsible = task.value(u"responsible-roles"_s).toArray()[0].toObject();
        QCOMPARE(responsible.value(u"role-id"_s).toString(), u"remediation-owner"_s);
        QCOMPARE(partyName.value(responsible.value(u"party-uuids"_s).toArray()[0].toString()), f.owner.simplified());
        // A finding raised from a requirement points at that requirement's OSCAL finding.
        if (f.source == u"requirement"_s) {
            const QString findingUuid =
                item.value(u"related-findings"_s).toArray()[0].toObject().value(u"finding-uuid"_s).toString();
            QCOMPARE(findingUuid,
                     OscalAssessmentExport::uuidFor(
                         m_ws->id(), u"finding"_s, u"%1:%2"_s.arg(m_withFindings).arg(f.requirementId)));
            QVERIFY(findings.contains(findingUuid));
        }
    }
    // Closed findings of the system are not planned.
    auto all = ComplianceRepository(m_ws->connection()).findings();
    QVERIFY(all);
    for (const Finding& f : std::as_const(*all)) {
        if (f.systemId == m_withFindings && !f.isOpen()) {
            QVERIFY(!itemByFinding.contains(QString::number(f.id)));
        }
    }
}

void TestOscalAssessmentExport::reExportsAreStable()
{
    for (Model model : {Model::AssessmentResults, Model::PlanOfActionAndMilestones}) {
        auto first = OscalAssessmentExport::exportSystem(*m_ws, model, m_withFindings, Now);
        auto again = OscalAssessmentExport::exportSystem(*m_ws, model, m_withFindings, Now);
        QVERIFY(first && again);
        QCOMPARE(*again, *first);
        const QDateTime later = Now.addDays(3);
        auto next = OscalAssessmentExport::exportSystem(*m_ws, model, m_withFindings, later);
        QVERIFY(next);
        const QJsonObject before = bodyOf(*first, model);
        const QJsonObject after = bodyOf(*next, model);
        const QStringList uuids = uuidsIn(before);
        QVERIFY(uuids.size() > 3);
        QCOMPARE(uuidsIn(after), uuids);
        // Every uuid is well-formed, and each declared one is declared once.
        QSet<QString> declared;
        std::function<void(const QJsonValue&)> visit = [&](const QJsonValue& v) {
            if (v.isArray()) {
                for (const QJsonValue& item : v.toArray()) {
                    visit(item);
                }
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                if (o.contains(u"uuid"_s)) {
                    const QString id = o.value(u"uuid"_s).toString();
                    QVERIFY2(!declared.contains(id), qPrintable(id));
                    declared.insert(id);
                }
                for (const QJsonValue& child : o) {
                    visit(child);
                }
            }
        };
        visit(before);
        for (const QString& id : uuids) {
            QVERIFY2(QUuid(id).version() == QUuid::Sha1, qPrintable(id));
        }

        const QJsonObject metadata = after.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"last-modified"_s).toString(), u"2026-05-07T09:30:00Z"_s);
        QCOMPARE(metadata.value(u"oscal-version"_s).toString(), u"1.1.3"_s);
        auto head = m_ws->connection().auditHead();
        QVERIFY(head);
        QCOMPARE(metadata.value(u"version"_s).toString(), QString::number(head->seq));
        QCOMPARE(propOf(metadata, u"workspace-id"_s), m_ws->id());
    }
}

void TestOscalAssessmentExport::errorsLeaveNoFile()
{
    const QString path = m_dir.filePath(u"never.json"_s);
    auto unknown = OscalAssessmentExport::exportToFile(*m_ws, Model::AssessmentResults, 999999, path, Now);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(path));

    auto nothingToPlan =
        OscalAssessmentExport::exportToFile(*m_ws, Model::PlanOfActionAndMilestones, m_withoutFindings, path, Now);
    QVERIFY(!nothingToPlan);
    QCOMPARE(nothingToPlan.error().code, ErrorCode::Validation);
    QVERIFY2(nothingToPlan.error().message.contains(u"no open findings"_s), qPrintable(nothingToPlan.error().message));
    QVERIFY(!QFileInfo::exists(path));

    const QString missing = m_dir.filePath(u"no/such/folder/ar.json"_s);
    auto unwritable =
        OscalAssessmentExport::exportToFile(*m_ws, Model::AssessmentResults, m_withFindings, missing, Now);
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.error().code, ErrorCode::Io);
    QVERIFY(unwritable.error().message.contains(missing));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestOscalAssessmentExport)
#include "TestOscalAssessmentExport.moc"
