// OSCAL catalog export: every framework (shipped, imported, tailored) comes out as a catalog that the NIST OSCAL
// 1.1.3 complete schema accepts (checked with ajv, a real JSON-schema validator), and importing the export gives back
// the same requirement tree.

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "catalog/OscalImport.h"
#include "oscal/OscalCatalogExport.h"
#include "storage/CatalogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

// A requirement tree as the user sees it: position, reference, title, kind, texts, flags, status.
QStringList treeOf(Workspace& ws, const QString& key)
{
    CatalogRepository repo(ws.connection());
    auto framework = repo.framework(key);
    if (!framework || !framework->has_value()) {
        return {u"no framework "_s + key};
    }
    auto nodes = repo.requirements((*framework)->id);
    QHash<qint64, QString> refOf;
    QHash<qint64, QList<Requirement>> children; // siblings in their order
    for (const Requirement& r : *nodes) {
        refOf.insert(r.id, r.ref);
        children[r.parentId].append(r);
    }
    // Depth first, siblings in order: the tree as the browser shows it, whatever order the rows were written in.
    QList<Requirement> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Requirement& r : children.value(parent)) {
            ordered << r;
            visit(r.id);
        }
    };
    visit(0);
    QStringList lines;
    for (const Requirement& r : std::as_const(ordered)) {
        QJsonObject flags = QJsonDocument::fromJson(r.flags.toUtf8()).object();
        flags.remove(u"oscal"_s); // how the node is written in OSCAL, compared separately
        flags.remove(u"oscalKind"_s);
        lines << QStringList{refOf.value(r.parentId),
                             r.ref,
                             r.title,
                             r.kind,
                             r.assessable ? u"assessable"_s : u"-"_s,
                             r.summary,
                             r.question,
                             r.statement,
                             r.guidance,
                             r.status == u"withdrawn"_s ? r.status : u"in force"_s,
                             QString::fromUtf8(QJsonDocument(flags).toJson(QJsonDocument::Compact))}
                     .join(u" | "_s);
    }
    return lines;
}

} // namespace

class TestOscalCatalogExport : public QObject
{
    Q_OBJECT

private:
    QString exportTo(Workspace& ws, const QString& key);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_catalogKey;
    QString m_profileKey;
    QString m_deviationsKey;
    QString m_oddKey;

private Q_SLOTS:
    void initTestCase();
    void tokensAreOscalIds_data();
    void tokensAreOscalIds();
    void theValidatorRejectsWhatTheSchemaRejects();
    void everyFrameworkExportsValidOscal();
    void shippedFrameworksRoundTrip_data();
    void shippedFrameworksRoundTrip();
    void importedCatalogRoundTrips();
    void exportCarriesAttribution();
    void oddInputComesOutValid();
    void secondRoundTripKeepsFrameworkDetails();
    void unknownFrameworkIsAnError();
};

QString TestOscalCatalogExport::exportTo(Workspace& ws, const QString& key)
{
    const QString path = m_dir.filePath(key + u".oscal.json"_s);
    auto written = OscalCatalogExport::exportToFile(ws.connection(), key, path);
    if (!written) {
        qWarning() << written.error().message;
        return {};
    }
    return path;
}

void TestOscalCatalogExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = createWorkspace(m_dir.filePath(u"export.attest"_s));
    QVERIFY(m_ws);
    QVERIFY(CatalogLoader::sync(m_ws->connection()));
    auto catalog = OscalImport::importFile(m_ws->connection(), dataPath(u"oscal/catalog-nested.json"_s));
    QVERIFY(catalog);
    m_catalogKey = catalog->frameworkKey;
    auto profile = OscalImport::importFile(m_ws->connection(), dataPath(u"oscal/profile-subset.json"_s));
    QVERIFY(profile);
    m_profileKey = profile->frameworkKey;
    auto deviations = OscalImport::importFile(m_ws->connection(), dataPath(u"oscal/catalog-deviations.json"_s));
    QVERIFY(deviations);
    m_deviationsKey = deviations->frameworkKey;
    auto odd = OscalImport::importFile(m_ws->connection(), dataPath(u"oscal/catalog-odd.json"_s));
    QVERIFY(odd);
    m_oddKey = odd->frameworkKey;
}

void TestOscalCatalogExport::tokensAreOscalIds_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("token");
    QTest::newRow("annex A") << u"A.5.1"_s << u"a.5.1"_s;
    QTest::newRow("article") << u"Art. 22"_s << u"art-22"_s;
    QTest::newRow("paragraph") << u"Art. 5(1)(f)"_s << u"art-5-1-f"_s;
    QTest::newRow("CFR") << u"164.308(a)(1)"_s << u"req-164.308-a-1"_s;
    QTest::newRow("AI RMF") << u"GOVERN 1.1"_s << u"govern-1.1"_s;
    QTest::newRow("OWASP") << u"LLM01:2025"_s << u"llm01-2025"_s;
    QTest::newRow("ATLAS") << u"AML.T0051.000"_s << u"aml.t0051.000"_s;
    QTest::newRow("non-ASCII") << u"Anhang Ü"_s << u"anhang"_s;
    QTest::newRow("nothing usable") << u"§§"_s << u"req"_s;
}

void TestOscalCatalogExport::tokensAreOscalIds()
{
    QFETCH(QString, ref);
    QFETCH(QString, token);
    QCOMPARE(OscalCatalogExport::tokenFor(ref), token);
}

void TestOscalCatalogExport::theValidatorRejectsWhatTheSchemaRejects()
{
    // The validator is real: a catalog the schema refuses is reported, with where and why.
    const QString good = exportTo(*m_ws, u"owasp-llm-2025"_s);
    QVERIFY(!good.isEmpty());
    QJsonObject doc = QJsonDocument::fromJson(readFile(good)).object();
    QJsonObject catalog = doc.value(u"catalog"_s).toObject();
    QJsonArray controls = catalog.value(u"controls"_s).toArray();
    QJsonObject first = controls[0].toObject();
    first.remove(u"title"_s);
    controls[0] = first;
    catalog.insert(u"controls"_s, controls);
    doc.insert(u"catalog"_s, catalog);
    const QString bad = m_dir.filePath(u"bad.json"_s);
    QVERIFY(writeFile(bad, QJsonDocument(doc).toJson()));
    const OscalValidation rejected = validateOscal({bad});
    QVERIFY2(!rejected.ok, qPrintable(rejected.report));
    QVERIFY2(rejected.report.contains(u"/catalog/controls/0 must have required property 'title'"_s),
             qPrintable(rejected.report));
    // And the schema-deviating fixture the importer tolerates is indeed invalid.
    const OscalValidation deviating = validateOscal({dataPath(u"oscal/catalog-deviations.json"_s)});
    QVERIFY(!deviating.ok);
    QVERIFY2(deviating.report.contains(u"last-modified"_s), qPrintable(deviating.report));
}

void TestOscalCatalogExport::everyFrameworkExportsValidOscal()
{
    auto frameworks = CatalogRepository(m_ws->connection()).frameworks();
    QVERIFY(frameworks);
    // Nine shipped; imported: a catalog, a tailored profile, a catalog with deviations, one with oddities.
    QCOMPARE(frameworks->size(), 13);
    QStringList files;
    for (const Framework& f : *frameworks) {
        const QString path = exportTo(*m_ws, f.key);
        QVERIFY2(!path.isEmpty(), qPrintable(f.key));
        const QJsonObject doc = QJsonDocument::fromJson(readFile(path)).object();
        const QJsonObject metadata = doc.value(u"catalog"_s).toObject().value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"oscal-version"_s).toString(), u"1.1.3"_s);
        QCOMPARE(metadata.value(u"title"_s).toString(), f.name);
        files << path;
    }
    const OscalValidation validation = validateOscal(files);
    QVERIFY2(validation.ok, qPrintable(validation.report));
    QCOMPARE(validation.report.count(u"valid: "_s), files.size());
}

void TestOscalCatalogExport::shippedFrameworksRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    for (const char* key : {"iso27001-2022",
                            "gdpr",
                            "hipaa",
                            "eu-ai-act",
                            "nist-ai-rmf-1.0",
                            "iso42001-2023",
                            "owasp-llm-2025",
                            "owasp-llm-2026",
                            "mitre-atlas"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestOscalCatalogExport::shippedFrameworksRoundTrip()
{
    QFETCH(QString, key);
    const QString path = exportTo(*m_ws, key);
    QVERIFY(!path.isEmpty());
    // Into a workspace of its own: the same tree, node for node.
    auto other = createWorkspace(m_dir.filePath(u"roundtrip-%1.attest"_s.arg(key)));
    QVERIFY(other);
    auto imported = OscalImport::importFile(other->connection(), path);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY2(imported->parsed.tolerated.isEmpty(), qPrintable(imported->parsed.tolerated.join(u'\n')));
    const QStringList original = treeOf(*m_ws, key);
    const QStringList back = treeOf(*other, imported->frameworkKey);
    QVERIFY(original.size() > 5);
    QCOMPARE(back.size(), original.size());
    for (int i = 0; i < original.size(); ++i) {
        QCOMPARE(back[i], original[i]);
    }
    // What describes the framework comes back too.
    auto before = CatalogRepository(m_ws->connection()).framework(key);
    auto after = CatalogRepository(other->connection()).framework(imported->frameworkKey);
    QCOMPARE((*after)->name, (*before)->name);
    QCOMPARE((*after)->shortName, (*before)->shortName);
    QCOMPARE((*after)->publisher, (*before)->publisher);
    QCOMPARE((*after)->attribution, (*before)->attribution);
    QCOMPARE((*after)->licence, (*before)->licence);
    QCOMPARE((*after)->effectiveDate, (*before)->effectiveDate);
    QCOMPARE((*after)->url, (*before)->url);
}

void TestOscalCatalogExport::importedCatalogRoundTrips()
{
    for (const QString& key : {m_catalogKey, m_profileKey, m_deviationsKey, m_oddKey}) {
        const QString path = exportTo(*m_ws, key);
        QVERIFY(!path.isEmpty());
        auto other = createWorkspace(m_dir.filePath(u"roundtrip-imported-%1.attest"_s.arg(key)));
        QVERIFY(other);
        // A tailored framework's export is a catalog in its own right.
        auto imported = OscalImport::importFile(other->connection(), path);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(treeOf(*other, imported->frameworkKey), treeOf(*m_ws, key));
    }
    // The publisher's own OSCAL survives: ids, params, links, other parts, back-matter, the catalog's uuid.
    const QJsonObject original = QJsonDocument::fromJson(readFile(dataPath(u"oscal/catalog-nested.json"_s)))
                                     .object()
                                     .value(u"catalog"_s)
                                     .toObject();
    const QJsonObject exported =
        QJsonDocument::fromJson(readFile(exportTo(*m_ws, m_catalogKey))).object().value(u"catalog"_s).toObject();
    QCOMPARE(exported.value(u"uuid"_s), original.value(u"uuid"_s));
    QCOMPARE(exported.value(u"back-matter"_s), original.value(u"back-matter"_s));
    QCOMPARE(exported.value(u"params"_s), original.value(u"params"_s));
    const QJsonObject dg1 =
        exported.value(u"groups"_s).toArray()[0].toObject().value(u"controls"_s).toArray()[0].toObject();
    const QJsonObject dg1Original =
        original.value(u"groups"_s).toArray()[0].toObject().value(u"controls"_s).toArray()[0].toObject();
    QCOMPARE(dg1.value(u"id"_s), dg1Original.value(u"id"_s));
    QCOMPARE(dg1.value(u"params"_s), dg1Original.value(u"params"_s));
    QCOMPARE(dg1.value(u"links"_s), dg1Original.value(u"links"_s));
    QCOMPARE(dg1.value(u"class"_s), dg1Original.value(u"class"_s));
    QCOMPARE(dg1.value(u"controls"_s).toArray().size(), 2);
    QJsonArray parts;
    for (const QJsonValue& part : dg1.value(u"parts"_s).toArray()) {
        if (!part.toObject().contains(u"ns"_s)) {
            parts.append(part);
        }
    }
    QCOMPARE(parts, dg1Original.value(u"parts"_s).toArray());
    // The profile's parameter value travels with the tailored catalog.
    const QJsonObject tailored =
        QJsonDocument::fromJson(readFile(exportTo(*m_ws, m_profileKey))).object().value(u"catalog"_s).toObject();
    const QJsonObject tailoredDg1 =
        tailored.value(u"groups"_s).toArray()[0].toObject().value(u"controls"_s).toArray()[0].toObject();
    QCOMPARE(tailoredDg1.value(u"params"_s).toArray()[0].toObject().value(u"values"_s).toArray(),
             QJsonArray{u"every quarter"_s});
    // The deviations the importer tolerated are not carried into the export.
    const QString deviations = QString::fromUtf8(readFile(exportTo(*m_ws, m_deviationsKey)));
    QVERIFY(!deviations.contains(u"several"_s));
    QVERIFY(!deviations.contains(u"2025-06-02T14:05:00\""_s));
}

void TestOscalCatalogExport::exportCarriesAttribution()
{
    const QJsonObject metadata = QJsonDocument::fromJson(readFile(exportTo(*m_ws, u"owasp-llm-2026"_s)))
                                     .object()
                                     .value(u"catalog"_s)
                                     .toObject()
                                     .value(u"metadata"_s)
                                     .toObject();
    auto framework = CatalogRepository(m_ws->connection()).framework(u"owasp-llm-2026"_s);
    QCOMPARE(metadata.value(u"remarks"_s).toString(), (*framework)->attribution.trimmed());
    QCOMPARE(metadata.value(u"parties"_s).toArray().first().toObject().value(u"name"_s).toString(),
             (*framework)->publisher);
    QVERIFY(metadata.value(u"last-modified"_s).toString().endsWith(u'Z'));
}

void TestOscalCatalogExport::oddInputComesOutValid()
{
    const QString path = exportTo(*m_ws, m_oddKey);
    const QString text = QString::fromUtf8(readFile(path));
    // Ids of any script come out as they came in; what the schema refuses is made valid.
    QVERIFY(text.contains(u"\"id\": \"ü-1\""_s));
    QVERIFY(text.contains(u"\"id\": \"ü-1.1\""_s));
    QVERIFY(!text.contains(u"\"class\": \"not a token\""_s));
    QVERIFY(text.contains(u"\"name\": \"my-notes\""_s));
    QVERIFY(text.contains(u"\"3\""_s));
    const OscalValidation validation = validateOscal({path});
    QVERIFY2(validation.ok, qPrintable(validation.report));
}

void TestOscalCatalogExport::secondRoundTripKeepsFrameworkDetails()
{
    // Shipped -> OSCAL -> another workspace -> OSCAL -> a third: what describes the framework survives both trips.
    const QString first = exportTo(*m_ws, u"owasp-llm-2025"_s);
    auto second = createWorkspace(m_dir.filePath(u"trip2.attest"_s));
    auto imported = OscalImport::importFile(second->connection(), first);
    QVERIFY(imported);
    const QString again = m_dir.filePath(u"trip2.json"_s);
    QVERIFY(OscalCatalogExport::exportToFile(second->connection(), imported->frameworkKey, again));
    const OscalValidation validation = validateOscal({again});
    QVERIFY2(validation.ok, qPrintable(validation.report));
    auto third = createWorkspace(m_dir.filePath(u"trip3.attest"_s));
    auto reimported = OscalImport::importFile(third->connection(), again);
    QVERIFY(reimported);
    QCOMPARE(treeOf(*third, reimported->frameworkKey), treeOf(*m_ws, u"owasp-llm-2025"_s));
    auto original = CatalogRepository(m_ws->connection()).framework(u"owasp-llm-2025"_s);
    auto last = CatalogRepository(third->connection()).framework(reimported->frameworkKey);
    QCOMPARE((*last)->shortName, (*original)->shortName);
    QCOMPARE((*last)->licence, (*original)->licence);
    QCOMPARE((*last)->attribution, (*original)->attribution);
    QCOMPARE((*last)->effectiveDate, (*original)->effectiveDate);
    QCOMPARE((*last)->url, (*original)->url);
}

void TestOscalCatalogExport::unknownFrameworkIsAnError()
{
    const QString path = m_dir.filePath(u"none.json"_s);
    auto written = OscalCatalogExport::exportToFile(m_ws->connection(), u"no-such-framework"_s, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::NotFound);
    QVERIFY(written.error().message.contains(u"no-such-framework"_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestOscalCatalogExport)
#include "TestOscalCatalogExport.moc"
