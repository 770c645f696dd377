// OSCAL import: catalogs (groups, nested controls and enhancements, parameters rendered into the prose, statement
// and guidance, labels, withdrawn controls, back-matter), profiles as tailored frameworks, real-world deviations
// tolerated and listed, and bad input refused with a clear message and without changing the workspace.

#include "SyntheticOscal.h"
#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogLoader.h"
#include "catalog/OscalImport.h"
#include "storage/AuditRepository.h"
#include "storage/CatalogRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestOscalImport : public QObject
{
    Q_OBJECT

private:
    struct Snapshot
    {
        QByteArray head;
        qint64 events = 0;
        QStringList frameworks; // "key:count"
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot(Workspace& ws);
    std::unique_ptr<Workspace> freshWorkspace(const QString& name);
    QHash<QString, Requirement> byRef(Workspace& ws, const QString& key);

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void rendersParametersIntoProse();
    void importsNestedCatalog();
    void reimportUpdatesInPlace();
    void toleratesRealWorldDeviations();
    void profileSelectsASubset();
    void profileWithoutItsCatalogIsRefused();
    void profileRulesFollowOscal_data();
    void profileRulesFollowOscal();
    void profileFindsItsCatalogThroughBackMatter();
    void oddButReadableCatalog();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void hugeFileIsRefusedUnread();
    void cancelledImportChangesNothing();
    void importsALargeCatalogInOneTransaction();
};

TestOscalImport::Snapshot TestOscalImport::snapshot(Workspace& ws)
{
    Snapshot s;
    auto verified = AuditVerifier::verify(ws.connection());
    if (verified) {
        s.head = verified->headHash;
        s.events = verified->eventCount;
    }
    CatalogRepository repo(ws.connection());
    auto frameworks = repo.frameworks();
    if (frameworks) {
        for (const Framework& f : *frameworks) {
            s.frameworks << u"%1:%2"_s.arg(f.key).arg(f.requirementCount);
        }
    }
    return s;
}

std::unique_ptr<Workspace> TestOscalImport::freshWorkspace(const QString& name)
{
    return createWorkspace(m_dir.filePath(name));
}

QHash<QString, Requirement> TestOscalImport::byRef(Workspace& ws, const QString& key)
{
    QHash<QString, Requirement> map;
    CatalogRepository repo(ws.connection());
    auto framework = repo.framework(key);
    if (!framework || !framework->has_value()) {
        return map;
    }
    auto nodes = repo.requirements((*framework)->id);
    for (const Requirement& r : nodes ? *nodes : QList<Requirement>()) {
        map.insert(r.ref, r);
    }
    return map;
}

void TestOscalImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestOscalImport::rendersParametersIntoProse()
{
    QHash<QString, QJsonObject> params;
    params.insert(u"p1"_s, QJsonObject{{u"id"_s, u"p1"_s}, {u"label"_s, u"frequency"_s}});
    params.insert(u"p2"_s, QJsonObject{{u"id"_s, u"p2"_s}, {u"values"_s, QJsonArray{u"monthly"_s}}});
    params.insert(
        u"p3"_s,
        QJsonObject{{u"id"_s, u"p3"_s},
                    {u"select"_s, QJsonObject{{u"how-many"_s, u"one"_s}, {u"choice"_s, QJsonArray{u"a"_s, u"b"_s}}}}});
    params.insert(u"p4"_s, QJsonObject{{u"id"_s, u"p4"_s}});
    QCOMPARE(OscalImport::renderProse(u"Review {{ insert: param, p1 }}."_s, params),
             u"Review [Assignment: frequency]."_s);
    QCOMPARE(OscalImport::renderProse(u"Review {{insert: param, p2}}."_s, params), u"Review monthly."_s);
    QCOMPARE(OscalImport::renderProse(u"Use {{ insert: param, p3 }}."_s, params), u"Use [Selection: a; b]."_s);
    QCOMPARE(OscalImport::renderProse(u"By {{ insert: param, p4 }}"_s, params), u"By [Assignment: p4]"_s);
    QCOMPARE(OscalImport::renderProse(u"Unknown {{ insert: param, nope }}"_s, params), u"Unknown [nope]"_s);
    QCOMPARE(OscalImport::renderProse(u"No parameters here."_s, params), u"No parameters here."_s);
}

void TestOscalImport::importsNestedCatalog()
{
    auto ws = freshWorkspace(u"nested.attest"_s);
    QVERIFY(ws);
    const qint64 eventsBefore = snapshot(*ws).events;
    auto outcome = OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-nested.json"_s));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->frameworkKey, u"example-model-assurance-controls"_s);
    QCOMPARE(outcome->parsed.groups, 2);
    QCOMPARE(outcome->parsed.controls, 5);
    QCOMPARE(outcome->parsed.enhancements, 3);
    QCOMPARE(outcome->parsed.withdrawn, 2);
    QCOMPARE(outcome->parsed.parameters, 4);
    QVERIFY2(outcome->parsed.tolerated.isEmpty(), qPrintable(outcome->parsed.tolerated.join(u'\n')));
    QVERIFY2(outcome->summary().contains(u"(controls: 5, enhancements: 3, withdrawn: 2, groups: 2, parameters: 4)"_s),
             qPrintable(outcome->summary()));

    CatalogRepository repo(ws->connection());
    auto framework = repo.framework(outcome->frameworkKey);
    QVERIFY(framework && framework->has_value());
    const Framework f = **framework;
    QCOMPARE(f.name, u"Example Model Assurance Controls"_s);
    QCOMPARE(f.edition, u"2.1"_s);
    QCOMPARE(f.publisher, u"Example Assurance Consortium"_s);
    QCOMPARE(f.origin, u"imported"_s);
    QCOMPARE(f.effectiveDate, u"2025-03-14"_s);
    QVERIFY(f.attribution.contains(u"Example Assurance Consortium"_s));
    // Back-matter and catalog-level parameters are kept with the framework.
    const QJsonObject meta = QJsonDocument::fromJson(f.metadata.toUtf8()).object();
    QCOMPARE(meta.value(u"uuid"_s).toString(), u"3b0f6a52-2c1e-4f7a-9d6b-5a1c0e7f8a01"_s);
    QCOMPARE(meta.value(u"back-matter"_s).toObject().value(u"resources"_s).toArray().size(), 1);
    QCOMPARE(meta.value(u"params"_s).toArray().size(), 1);

    const auto nodes = byRef(*ws, outcome->frameworkKey);
    QCOMPARE(nodes.size(), 10);
    // Labels are the references; groups, controls and nested enhancements keep their places.
    QCOMPARE(nodes.value(u"DG"_s).kind, u"group"_s);
    QCOMPARE(nodes.value(u"DG"_s).parentId, 0);
    QVERIFY(!nodes.value(u"DG"_s).assessable);
    QCOMPARE(nodes.value(u"DG-1"_s).kind, u"control"_s);
    QCOMPARE(nodes.value(u"DG-1"_s).parentId, nodes.value(u"DG"_s).id);
    QVERIFY(nodes.value(u"DG-1"_s).assessable);
    QCOMPARE(nodes.value(u"DG-1(1)"_s).kind, u"enhancement"_s);
    QCOMPARE(nodes.value(u"DG-1(1)"_s).parentId, nodes.value(u"DG-1"_s).id);
    QCOMPARE(nodes.value(u"DG-1(1)(a)"_s).kind, u"enhancement"_s);
    QCOMPARE(nodes.value(u"DG-1(1)(a)"_s).parentId, nodes.value(u"DG-1(1)"_s).id);
    QCOMPARE(nodes.value(u"DG-1(1)(a)"_s).title, u"Tamper-Evident Lineage"_s);

    // Parameters read as a sentence: assignments, selections, catalog-level parameters, set values.
    const QString statement = nodes.value(u"DG-1"_s).statement;
    QVERIFY2(statement.contains(u"a. Record the origin of every training dataset and review it [Assignment: "
                                u"frequency];"_s),
             qPrintable(statement));
    QVERIFY2(statement.contains(u"b. Protect dataset integrity with [Selection (one or more): checksums; signed "
                                u"manifests; a data bill of materials]; and"_s),
             qPrintable(statement));
    QVERIFY2(statement.contains(u"Report provenance gaps to the [Assignment: review body]."_s), qPrintable(statement));
    QVERIFY(!statement.contains(u"{{"_s));
    QCOMPARE(nodes.value(u"DG-1(1)"_s).statement,
             u"Capture lineage automatically at ingestion, labelling, feature extraction."_s);
    QCOMPARE(nodes.value(u"DG-1"_s).guidance,
             u"Provenance records let an organisation find poisoned data after the fact."_s);
    // Only statement parts make the statement; other parts stay in the stored OSCAL.
    QVERIFY(!nodes.value(u"SC-2"_s).statement.contains(u"Supplier assessments are on file"_s));

    // Withdrawn controls are kept, marked and not assessable.
    for (const QString& ref : {u"DG-1(2)"_s, u"SC-3"_s}) {
        QCOMPARE(nodes.value(ref).status, u"withdrawn"_s);
        QVERIFY(!nodes.value(ref).assessable);
    }
    QCOMPARE(nodes.value(u"SC-1"_s).status, u"current"_s);
    const QJsonObject raw = QJsonDocument::fromJson(nodes.value(u"SC-3"_s).flags.toUtf8()).object();
    QCOMPARE(raw.value(u"oscal"_s).toObject().value(u"links"_s).toArray().first().toObject().value(u"rel"_s).toString(),
             u"incorporated-into"_s);

    // Everything is in the audit trail, and the trail still verifies.
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
    QVERIFY(verified->eventCount >= eventsBefore + 11); // the framework and its ten nodes
    // Imported statements are searchable.
    auto hits = repo.search(u"manifests"_s);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().requirement.ref, u"DG-1"_s);
}

void TestOscalImport::reimportUpdatesInPlace()
{
    auto ws = freshWorkspace(u"reimport.attest"_s);
    QVERIFY(ws);
    const QString path = dataPath(u"oscal/catalog-nested.json"_s);
    auto first = OscalImport::importFile(ws->connection(), path);
    QVERIFY(first);
    const auto before = byRef(*ws, first->frameworkKey);
    const Snapshot afterFirst = snapshot(*ws);

    // The same file again: the same framework, nothing changed, no new events.
    auto again = OscalImport::importFile(ws->connection(), path);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->frameworkKey, first->frameworkKey);
    QCOMPARE(snapshot(*ws), afterFirst);

    // A new release of the catalog (same uuid): a title changes and a control disappears; identities are kept.
    QJsonObject doc = QJsonDocument::fromJson(readFile(path)).object();
    QJsonObject catalog = doc.value(u"catalog"_s).toObject();
    QJsonArray groups = catalog.value(u"groups"_s).toArray();
    QJsonObject supply = groups[1].toObject();
    QJsonArray controls = supply.value(u"controls"_s).toArray();
    QJsonObject sc1 = controls[0].toObject();
    sc1.insert(u"title"_s, u"AI Bill of Materials"_s);
    controls[0] = sc1;
    controls.removeAt(1); // SC-2
    supply.insert(u"controls"_s, controls);
    groups[1] = supply;
    catalog.insert(u"groups"_s, groups);
    doc.insert(u"catalog"_s, catalog);
    const QString updated = m_dir.filePath(u"nested-v2.json"_s);
    QVERIFY(writeFile(updated, QJsonDocument(doc).toJson()));
    auto second = OscalImport::importFile(ws->connection(), updated);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QCOMPARE(second->frameworkKey, first->frameworkKey);
    QCOMPARE(second->report.frameworksUpdated, 1);
    QCOMPARE(second->report.requirementsChanged, 1);
    QCOMPARE(second->report.requirementsWithdrawn, 1);
    const auto after = byRef(*ws, first->frameworkKey);
    QCOMPARE(after.value(u"SC-1"_s).id, before.value(u"SC-1"_s).id);
    QCOMPARE(after.value(u"SC-1"_s).title, u"AI Bill of Materials"_s);
    QCOMPARE(after.value(u"SC-1"_s).status, u"changed"_s);
    QCOMPARE(after.value(u"SC-2"_s).id, before.value(u"SC-2"_s).id);
    QCOMPARE(after.value(u"SC-2"_s).status, u"withdrawn"_s);
    QCOMPARE(CatalogRepository(ws->connection()).frameworks()->size(), 1);
}

void TestOscalImport::toleratesRealWorldDeviations()
{
    auto ws = freshWorkspace(u"deviations.attest"_s);
    QVERIFY(ws);
    auto outcome = OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-deviations.json"_s));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    const QStringList tolerated = outcome->parsed.tolerated;
    QVERIFY2(tolerated.size() == 3, qPrintable(tolerated.join(u'\n')));
    // A timestamp without a time zone, read as UTC.
    QVERIFY2(tolerated.contains(u"The last-modified time “2025-06-02T14:05:00” has no time zone; it was read as "
                                u"UTC."_s),
             qPrintable(tolerated.join(u'\n')));
    // A value outside an enumeration, read as its nearest meaning.
    QVERIFY(tolerated.contains(u"The parameter choice “how-many: several” is not an OSCAL value; it was read as “one "
                               u"or more”."_s));
    // An unknown property, listed once however often it occurs, and kept.
    QVERIFY(tolerated.contains(u"Unknown property “priority” (first on “ps-1”) was kept as it is."_s));

    const auto nodes = byRef(*ws, outcome->frameworkKey);
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(nodes.value(u"PS-1"_s).statement,
             u"Filter untrusted input to language models using [Selection (one or more): allow-lists; classifiers; "
             u"human review]."_s);
    const QJsonObject raw = QJsonDocument::fromJson(nodes.value(u"PS-2"_s).flags.toUtf8()).object();
    QVERIFY(QJsonDocument(raw).toJson().contains("\"priority\""));
    auto framework = CatalogRepository(ws->connection()).framework(outcome->frameworkKey);
    QCOMPARE((*framework)->effectiveDate, u"2025-06-02"_s);
}

void TestOscalImport::profileSelectsASubset()
{
    auto ws = freshWorkspace(u"profile.attest"_s);
    QVERIFY(ws);
    auto catalog = OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-nested.json"_s));
    QVERIFY(catalog);
    auto profile = OscalImport::importFile(ws->connection(), dataPath(u"oscal/profile-subset.json"_s));
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
    QCOMPARE(profile->parsed.model, OscalImport::Parsed::Model::Profile);
    QCOMPARE(profile->parsed.sourceFrameworkKey, catalog->frameworkKey);
    QCOMPARE(profile->frameworkKey, u"model-assurance-baseline-low"_s);
    QCOMPARE(profile->parsed.selectedRefs, (QList<QString>{u"DG-1"_s, u"DG-1(1)"_s, u"SC-1"_s}));
    QVERIFY2(profile->summary().contains(u"(requirements selected: 3)"_s), qPrintable(profile->summary()));

    CatalogRepository repo(ws->connection());
    auto tailored = repo.framework(profile->frameworkKey);
    QVERIFY(tailored && tailored->has_value());
    QCOMPARE((*tailored)->origin, u"tailored"_s);
    const auto nodes = byRef(*ws, profile->frameworkKey);
    // The selection with the groups above it for context; what was not selected is not there.
    QCOMPARE(QSet<QString>(nodes.keyBegin(), nodes.keyEnd()),
             (QSet<QString>{u"DG"_s, u"DG-1"_s, u"DG-1(1)"_s, u"SC"_s, u"SC-1"_s}));
    QVERIFY(!nodes.value(u"DG"_s).assessable);
    QVERIFY(nodes.value(u"DG-1"_s).assessable);
    QVERIFY(nodes.value(u"DG-1(1)"_s).assessable);
    QCOMPARE(nodes.value(u"DG-1(1)"_s).parentId, nodes.value(u"DG-1"_s).id);
    // The profile's parameter value fills the statement.
    QVERIFY2(nodes.value(u"DG-1"_s).statement.contains(u"review it every quarter;"_s),
             qPrintable(nodes.value(u"DG-1"_s).statement));
    // Each selected requirement links to the catalog's, so the browser shows where it comes from.
    auto mapped = repo.mappingsOf(nodes.value(u"SC-1"_s).id);
    QVERIFY(mapped);
    QCOMPARE(mapped->size(), 1);
    QCOMPARE(mapped->first().otherFrameworkKey, catalog->frameworkKey);
    QCOMPARE(mapped->first().other.ref, u"SC-1"_s);
    QCOMPARE(mapped->first().mapping.relationship, u"equal"_s);
    QCOMPARE(mapped->first().mapping.provenanceKind, u"derived"_s);
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestOscalImport::profileWithoutItsCatalogIsRefused()
{
    auto ws = freshWorkspace(u"orphan-profile.attest"_s);
    QVERIFY(ws);
    const Snapshot before = snapshot(*ws);
    // The profile sits away from its catalog, and the catalog is not in the workspace.
    const QString copy = m_dir.filePath(u"elsewhere-profile.json"_s);
    QVERIFY(writeFile(copy, readFile(dataPath(u"oscal/profile-subset.json"_s))));
    auto outcome = OscalImport::importFile(ws->connection(), copy);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(u"Import that catalog first"_s), qPrintable(outcome.error().message));
    QCOMPARE(snapshot(*ws), before);
    // Naming a framework that is not there says so.
    auto named = OscalImport::importFile(ws->connection(), copy, u"nist-800-53"_s);
    QVERIFY(!named);
    QVERIFY(named.error().message.contains(u"no framework “nist-800-53”"_s));
    QCOMPARE(snapshot(*ws), before);
}

void TestOscalImport::profileRulesFollowOscal_data()
{
    QTest::addColumn<QByteArray>("import");
    QTest::addColumn<QStringList>("assessable"); // the selected controls, by reference
    QTest::addColumn<QString>("tolerated");      // part of a tolerated note, or empty

    QTest::newRow("include all, exclude a control with its children")
        << QByteArray(R"({"href": "catalog-nested.json", "include-all": {},
                          "exclude-controls": [{"with-ids": ["dg-1"], "with-child-controls": "yes"}]})")
        << QStringList{u"DG-2"_s, u"SC-1"_s, u"SC-2"_s} << QString();
    QTest::newRow("exclude a control, keep its enhancements")
        << QByteArray(R"({"href": "catalog-nested.json", "include-all": {},
                          "exclude-controls": [{"with-ids": ["dg-1"]}]})")
        << QStringList{u"DG-1(1)"_s, u"DG-1(1)(a)"_s, u"DG-2"_s, u"SC-1"_s, u"SC-2"_s} << QString();
    QTest::newRow("matching ids, not labels") << QByteArray(R"({"href": "catalog-nested.json",
                          "include-controls": [{"matching": [{"pattern": "dg-1*"}, {"pattern": "DG-2"}]}]})")
                                              << QStringList{u"DG-1"_s, u"DG-1(1)"_s, u"DG-1(1)(a)"_s} << QString();
    QTest::newRow("a group named in with-ids")
        << QByteArray(R"({"href": "catalog-nested.json", "include-controls": [{"with-ids": ["sc", "sc-1"]}]})")
        << QStringList{u"SC-1"_s} << u"names the group “sc”"_s;
    QTest::newRow("an id the catalog does not have")
        << QByteArray(R"({"href": "catalog-nested.json", "include-controls": [{"with-ids": ["sc-1", "zz-9"]}]})")
        << QStringList{u"SC-1"_s} << u"names “zz-9”"_s;
}

void TestOscalImport::profileRulesFollowOscal()
{
    QFETCH(QByteArray, import);
    QFETCH(QStringList, assessable);
    QFETCH(QString, tolerated);
    auto ws =
        freshWorkspace(u"rules-%1.attest"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(ws);
    QVERIFY(OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-nested.json"_s)));
    QJsonObject profile = QJsonDocument::fromJson(readFile(dataPath(u"oscal/profile-subset.json"_s))).object();
    QJsonObject body = profile.value(u"profile"_s).toObject();
    body.insert(u"imports"_s, QJsonArray{QJsonDocument::fromJson(import).object()});
    body.remove(u"modify"_s);
    profile.insert(u"profile"_s, body);
    // Beside the catalog, as its href says.
    const QString path = QFileInfo(dataPath(u"oscal/catalog-nested.json"_s)).dir().filePath(u"rules-profile.json"_s);
    const QString copy = m_dir.filePath(u"catalog-nested.json"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(dataPath(u"oscal/catalog-nested.json"_s), copy));
    const QString profilePath = m_dir.filePath(u"rules-profile.json"_s);
    Q_UNUSED(path)
    QVERIFY(writeFile(profilePath, QJsonDocument(profile).toJson()));
    auto outcome = OscalImport::importFile(ws->connection(), profilePath);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QStringList selected;
    for (const Requirement& r : byRef(*ws, outcome->frameworkKey)) {
        if (r.assessable) {
            selected << r.ref;
        }
    }
    selected.sort();
    QCOMPARE(selected, assessable);
    if (tolerated.isEmpty()) {
        QVERIFY2(outcome->parsed.tolerated.isEmpty(), qPrintable(outcome->parsed.tolerated.join(u'\n')));
    } else {
        QVERIFY2(outcome->parsed.tolerated.join(u'\n').contains(tolerated),
                 qPrintable(outcome->parsed.tolerated.join(u'\n')));
    }

    // Patterns match ids, never labels: "DG-*" selects nothing, and says so.
    body.insert(u"imports"_s,
                QJsonArray{QJsonObject{
                    {u"href"_s, u"catalog-nested.json"_s},
                    {u"include-controls"_s,
                     QJsonArray{QJsonObject{{u"matching"_s, QJsonArray{QJsonObject{{u"pattern"_s, u"DG-*"_s}}}}}}}}});
    body.insert(u"uuid"_s, u"5e8a1c3d-7f2b-4a9e-8c6d-1b3f5a7c9e21"_s);
    profile.insert(u"profile"_s, body);
    QVERIFY(writeFile(profilePath, QJsonDocument(profile).toJson()));
    auto none = OscalImport::importFile(ws->connection(), profilePath);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains(u"selects nothing"_s), qPrintable(none.error().message));
}

void TestOscalImport::profileFindsItsCatalogThroughBackMatter()
{
    // As in NIST's baselines: the import's href is "#uuid" of a back-matter resource that links to the catalog.
    auto ws = freshWorkspace(u"backmatter.attest"_s);
    QVERIFY(ws);
    QVERIFY(OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-nested.json"_s)));
    QVERIFY(QFile::copy(dataPath(u"oscal/catalog-nested.json"_s), m_dir.filePath(u"the-catalog.json"_s)));
    QJsonObject profile = QJsonDocument::fromJson(readFile(dataPath(u"oscal/profile-subset.json"_s))).object();
    QJsonObject body = profile.value(u"profile"_s).toObject();
    QJsonArray imports = body.value(u"imports"_s).toArray();
    QJsonObject first = imports[0].toObject();
    first.insert(u"href"_s, u"#1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"_s);
    imports[0] = first;
    body.insert(u"imports"_s, imports);
    body.insert(
        u"back-matter"_s,
        QJsonObject{{u"resources"_s,
                     QJsonArray{QJsonObject{{u"uuid"_s, u"1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b"_s},
                                            {u"rlinks"_s,
                                             QJsonArray{QJsonObject{{u"href"_s, u"https://example.org/catalog.json"_s}},
                                                        QJsonObject{{u"href"_s, u"the-catalog.json"_s}}}}}}}});
    profile.insert(u"profile"_s, body);
    const QString path = m_dir.filePath(u"baseline.json"_s);
    QVERIFY(writeFile(path, QJsonDocument(profile).toJson()));
    auto outcome = OscalImport::importFile(ws->connection(), path);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->parsed.sourceFrameworkKey, u"example-model-assurance-controls"_s);
    QCOMPARE(outcome->parsed.selectedRefs.size(), 3);
}

void TestOscalImport::oddButReadableCatalog()
{
    auto ws = freshWorkspace(u"odd.attest"_s);
    QVERIFY(ws);
    auto outcome = OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-odd.json"_s));
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    const auto nodes = byRef(*ws, outcome->frameworkKey);
    // "x" is labelled "y", which is the id of the next control: each keeps a reference of its own.
    QCOMPARE(nodes.value(u"x"_s).title, u"Labelled Like Another Control"_s);
    QCOMPARE(nodes.value(u"y"_s).title, u"The Real Y"_s);
    // Letters of any script are fine in ids and labels.
    QCOMPARE(nodes.value(u"Ü-1"_s).title, u"Überwachung"_s);
    QCOMPARE(nodes.value(u"ü-1.1"_s).parentId, nodes.value(u"inner"_s).id);
    // A parameter whose choice inserts itself ends, shown by its id; numbers as values read as text.
    QCOMPARE(nodes.value(u"x"_s).statement, u"Choose [Selection: itself: [x_prm_loop]; nothing] and keep 3 copies."_s);
    const QString notes = outcome->parsed.tolerated.join(u'\n');
    QVERIFY2(notes.contains(u"A control holds groups"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"“not a token”"_s), qPrintable(notes));
}

void TestOscalImport::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    const QByteArray nested = readFile(dataPath(u"oscal/catalog-nested.json"_s));
    QTest::newRow("not JSON") << QByteArray("Control catalog\nAC-1 Access control policy\n") << u"is not valid JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"is empty"_s;
    QTest::newRow("truncated JSON") << nested.left(nested.size() / 2) << u"the file may be cut off"_s;
    QTest::newRow("another OSCAL model") << readFile(dataPath(u"oscal/ssp.json"_s))
                                         << u"is an OSCAL system-security-plan, not a catalog or profile"_s;
    QTest::newRow("JSON but not OSCAL") << QByteArray(R"({"controls": []})") << u"is not an OSCAL catalog or profile"_s;
    QTest::newRow("a JSON list") << QByteArray("[1, 2, 3]") << u"is JSON, but not an OSCAL document"_s;
    QTest::newRow("duplicate ids") << readFile(dataPath(u"oscal/catalog-duplicate-ids.json"_s))
                                   << u"The id “dg-2” is used twice"_s;
    QTest::newRow("no controls") << QByteArray(R"({"catalog": {"uuid": "3b0f6a52-2c1e-4f7a-9d6b-5a1c0e7f8a02",
        "metadata": {"title": "Empty", "last-modified": "2025-01-01T00:00:00Z", "version": "1",
        "oscal-version": "1.1.2"}}})")
                                 << u"without any controls"_s;
    QTest::newRow("control without id") << QByteArray(R"({"catalog": {"uuid": "3b0f6a52-2c1e-4f7a-9d6b-5a1c0e7f8a03",
        "metadata": {"title": "No ids", "last-modified": "2025-01-01T00:00:00Z", "version": "1",
        "oscal-version": "1.1.2"}, "controls": [{"title": "Anonymous"}]}})")
                                        << u"A control without an id"_s;
    QTest::newRow("controls not a list") << QByteArray(R"({"catalog": {"uuid": "3b0f6a52-2c1e-4f7a-9d6b-5a1c0e7f8a04",
        "metadata": {"title": "Odd", "last-modified": "2025-01-01T00:00:00Z", "version": "1",
        "oscal-version": "1.1.2"}, "controls": {"id": "x"}}})")
                                         << u"should be a list"_s;

    // Deeply nested arrays: beyond what any JSON document should hold.
    QTest::newRow("deeply nested arrays")
        << QByteArray(R"({"catalog": )") + QByteArray(100000, '[') + QByteArray(100000, ']') + QByteArray("}")
        << u"is nested too deeply to be an OSCAL document"_s;
    // Deeply nested controls: valid JSON, but no catalog is nested like that.
    QByteArray deep = R"({"catalog": {"uuid": "3b0f6a52-2c1e-4f7a-9d6b-5a1c0e7f8a05", "metadata": {"title": "Deep",
        "last-modified": "2025-01-01T00:00:00Z", "version": "1", "oscal-version": "1.1.2"}, "controls": [)";
    for (int i = 0; i < 60; ++i) {
        deep += "{\"id\": \"c" + QByteArray::number(i) + "\", \"title\": \"Level\", \"controls\": [";
    }
    deep += "{\"id\": \"leaf\", \"title\": \"Leaf\"}";
    for (int i = 0; i < 60; ++i) {
        deep += "]}";
    }
    deep += "]}}";
    QTest::newRow("deeply nested controls") << deep << u"nested more than 40 levels deep"_s;
}

void TestOscalImport::badInputChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto ws = freshWorkspace(u"bad-%1.attest"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(ws);
    // Something already there, to show it survives.
    QVERIFY(OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-deviations.json"_s)));
    const Snapshot before = snapshot(*ws);
    const QString path = m_dir.filePath(u"bad-input.json"_s);
    QVERIFY(writeFile(path, content));
    auto outcome = OscalImport::importFile(ws->connection(), path);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().message.contains(expected), qPrintable(outcome.error().message));
    QCOMPARE(outcome.error().code, ErrorCode::Validation);
    QCOMPARE(snapshot(*ws), before);
}

void TestOscalImport::hugeFileIsRefusedUnread()
{
    auto ws = freshWorkspace(u"huge.attest"_s);
    QVERIFY(ws);
    const Snapshot before = snapshot(*ws);
    const QString huge = m_dir.filePath(u"huge.json"_s);
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{\"catalog\": {") > 0);
        QVERIFY(file.resize(OscalImport::MaxFileSize + 1)); // sparse: quick to make, too big to import
    }
    auto tooBig = OscalImport::importFile(ws->connection(), huge);
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().message.contains(u"Attest imports OSCAL files of up to 64 MB"_s),
             qPrintable(tooBig.error().message));
    QCOMPARE(snapshot(*ws), before);
}

void TestOscalImport::cancelledImportChangesNothing()
{
    // Cancelling halfway (the progress callback says stop) rolls the whole import back.
    auto ws = freshWorkspace(u"cancel.attest"_s);
    QVERIFY(ws);
    QVERIFY(OscalImport::importFile(ws->connection(), dataPath(u"oscal/catalog-nested.json"_s)));
    const Snapshot before = snapshot(*ws);
    const QString path = m_dir.filePath(u"synthetic-400.json"_s);
    QVERIFY(writeFile(path, syntheticOscalCatalog(400)));
    qint64 lastDone = 0;
    auto cancelled = OscalImport::importFile(ws->connection(), path, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        return done < total / 2;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY(lastDone > 0); // nodes had been written before the cancel
    QCOMPARE(snapshot(*ws), before);
}

void TestOscalImport::importsALargeCatalogInOneTransaction()
{
    // 1,200 controls (300 with three enhancements each), as in the benchmark: all of them, with progress.
    auto ws = freshWorkspace(u"large.attest"_s);
    QVERIFY(ws);
    const QString path = m_dir.filePath(u"synthetic-1200.json"_s);
    QVERIFY(writeFile(path, syntheticOscalCatalog(1200)));
    QList<qint64> steps;
    auto outcome = OscalImport::importFile(ws->connection(), path, {}, [&](qint64 done, qint64 total) {
        steps << done;
        return total > 0;
    });
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->parsed.controls, 300);
    QCOMPARE(outcome->parsed.enhancements, 900);
    QCOMPARE(outcome->parsed.groups, 19);
    QVERIFY(steps.size() >= 10);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    const auto nodes = byRef(*ws, outcome->frameworkKey);
    QCOMPARE(nodes.size(), 1219);
    QVERIFY(nodes.value(u"F19-12(3)"_s).statement.contains(u"[Assignment: frequency]"_s));
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
}

QTEST_GUILESS_MAIN(TestOscalImport)
#include "TestOscalImport.moc"
