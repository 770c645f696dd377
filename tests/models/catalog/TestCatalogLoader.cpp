// The shipped catalogs: complete and correct against the reference facts (tests/data/reference), loaded with their
// attribution, every mapping with a relationship and a provenance, updated in place by a later release without
// losing identities, and searchable.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogLoader.h"
#include "io/Csv.h"
#include "storage/CatalogRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private:
    QList<QMap<QString, QString>> reference(const QString& name);
    QList<Requirement> nodes(const QString& frameworkKey);
    QHash<QString, Requirement> byRef(const QString& frameworkKey);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase();
    void everyFrameworkHasItsAttribution();
    void iso27001MatchesTheStandard();
    void gdprHasAllArticles();
    void hipaaSecurityRuleFlagsAreData();
    void aiFrameworksAreComplete();
    void euAiActHighRiskObligationsAreAssessable();
    void isoCatalogsCarryOnlyIdsAndTitlesPlusOurWords();
    void everyMappingHasRelationshipAndProvenance();
    void syncIsIdempotent();
    void laterReleaseUpdatesInPlace();
    void searchAnswersPrefixes();
};

QList<QMap<QString, QString>> TestCatalogLoader::reference(const QString& name)
{
    QFile file(dataPath(u"reference/"_s + name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing reference file");
    }
    auto records = Csv::parse(file.readAll());
    QList<QMap<QString, QString>> rows;
    const QStringList header = records->first().fields;
    for (int i = 1; i < records->size(); ++i) {
        QMap<QString, QString> row;
        for (int c = 0; c < header.size(); ++c) {
            row.insert(header[c], records->at(i).fields.value(c));
        }
        rows << row;
    }
    return rows;
}

QList<Requirement> TestCatalogLoader::nodes(const QString& frameworkKey)
{
    CatalogRepository repo(m_ws->connection());
    auto framework = repo.framework(frameworkKey);
    if (!framework || !framework->has_value()) {
        return {};
    }
    auto list = repo.requirements((*framework)->id);
    return list ? *list : QList<Requirement>();
}

QHash<QString, Requirement> TestCatalogLoader::byRef(const QString& frameworkKey)
{
    QHash<QString, Requirement> map;
    for (const Requirement& r : nodes(frameworkKey)) {
        map.insert(r.ref, r);
    }
    return map;
}

void TestCatalogLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = createWorkspace(m_dir.filePath(u"catalogs.attest"_s));
    QVERIFY(m_ws);
    auto needed = CatalogLoader::needsSync(m_ws->connection());
    QVERIFY(needed && *needed);
    auto report = CatalogLoader::sync(m_ws->connection());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message + u' ' + report.error().detail));
    QCOMPARE(report->frameworksAdded, 9);
    auto again = CatalogLoader::needsSync(m_ws->connection());
    QVERIFY(again && !*again);
}

void TestCatalogLoader::everyFrameworkHasItsAttribution()
{
    auto frameworks = CatalogRepository(m_ws->connection()).frameworks();
    QVERIFY(frameworks);
    QStringList keys;
    for (const Framework& f : *frameworks) {
        keys << f.key;
        QVERIFY2(!f.attribution.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.licence.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.sourceDocument.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.publisher.isEmpty(), qPrintable(f.key));
        QCOMPARE(f.origin, u"shipped"_s);
    }
    keys.sort();
    QCOMPARE(keys,
             (QStringList{u"eu-ai-act"_s,
                          u"gdpr"_s,
                          u"hipaa"_s,
                          u"iso27001-2022"_s,
                          u"iso42001-2023"_s,
                          u"mitre-atlas"_s,
                          u"nist-ai-rmf-1.0"_s,
                          u"owasp-llm-2025"_s,
                          u"owasp-llm-2026"_s}));
    const auto gdpr = CatalogRepository(m_ws->connection()).framework(u"gdpr"_s);
    QVERIFY((*gdpr)->attribution.contains(u"© European Union"_s));
}

void TestCatalogLoader::iso27001MatchesTheStandard()
{
    const auto iso = byRef(u"iso27001-2022"_s);
    QMap<QString, int> perTheme;
    int controls = 0;
    for (const auto& row : reference(u"iso27001-2022-annex-a.csv"_s)) {
        const Requirement r = iso.value(row[u"id"_s]);
        QVERIFY2(r.id, qPrintable(row[u"id"_s]));
        QCOMPARE(r.title, row[u"title"_s]);
        QVERIFY(r.assessable);
        QCOMPARE(QJsonDocument::fromJson(r.flags.toUtf8()).object().value(u"theme"_s).toString(), row[u"theme"_s]);
        ++perTheme[row[u"theme"_s]];
        ++controls;
    }
    QCOMPARE(controls, 93);
    QCOMPARE(perTheme.value(u"Organizational"_s), 37);
    QCOMPARE(perTheme.value(u"People"_s), 8);
    QCOMPARE(perTheme.value(u"Physical"_s), 14);
    QCOMPARE(perTheme.value(u"Technological"_s), 34);
    // The four themes hold exactly those controls in the tree.
    QCOMPARE(std::count_if(iso.cbegin(), iso.cend(), [&](const Requirement& r) { return r.kind == u"control"_s; }), 93);
    for (const auto& row : reference(u"iso27001-2022-clauses.csv"_s)) {
        QCOMPARE(iso.value(row[u"id"_s]).title, row[u"title"_s]);
        if (!row[u"parent_id"_s].isEmpty()) {
            QCOMPARE(iso.value(row[u"id"_s]).parentId, iso.value(row[u"parent_id"_s]).id);
        }
    }
}

void TestCatalogLoader::gdprHasAllArticles()
{
    const auto gdpr = byRef(u"gdpr"_s);
    int articles = 0;
    QSet<QString> chapters;
    for (const auto& row : reference(u"gdpr-articles.csv"_s)) {
        const Requirement r = gdpr.value(u"Art. "_s + row[u"article"_s]);
        QVERIFY2(r.id, qPrintable(row[u"article"_s]));
        QCOMPARE(r.title, row[u"title"_s]);
        chapters.insert(row[u"chapter"_s]);
        ++articles;
    }
    QCOMPARE(articles, 99);
    QCOMPARE(chapters.size(), 11);
    // The articles that bear on AI systems are described in our words and carry an interview question.
    for (int article :
         {5, 6, 9, 12, 13, 14, 15, 17, 21, 22, 24, 25, 28, 30, 32, 33, 34, 35, 36, 44, 45, 46, 47, 48, 49}) {
        const Requirement r = gdpr.value(u"Art. %1"_s.arg(article));
        QVERIFY2(!r.summary.isEmpty() && !r.question.isEmpty(), qPrintable(r.ref));
        QVERIFY(r.assessable);
    }
}

void TestCatalogLoader::hipaaSecurityRuleFlagsAreData()
{
    const auto hipaa = byRef(u"hipaa"_s);
    int standards = 0, specifications = 0, required = 0, addressable = 0;
    int allStandards = 0, allSpecifications = 0;
    for (const auto& row : reference(u"hipaa-security-rule.csv"_s)) {
        const Requirement r = hipaa.value(row[u"cfr"_s]);
        QVERIFY2(r.id, qPrintable(row[u"cfr"_s]));
        const QString implementation =
            QJsonDocument::fromJson(r.flags.toUtf8()).object().value(u"implementation"_s).toString();
        const bool appendixA =
            row[u"section"_s] == u"164.308"_s || row[u"section"_s] == u"164.310"_s || row[u"section"_s] == u"164.312"_s;
        if (row[u"kind"_s] == u"standard"_s) {
            ++allStandards;
            standards += appendixA;
            QCOMPARE(r.title, row[u"standard"_s]);
        } else {
            ++allSpecifications;
            QCOMPARE(r.title, row[u"implementation_specification"_s]);
            QCOMPARE(implementation, row[u"required_or_addressable"_s] == u"R"_s ? u"Required"_s : u"Addressable"_s);
            QCOMPARE(r.parentId, hipaa.value(row[u"standard_cfr"_s]).id);
            if (appendixA) {
                ++specifications;
                required += implementation == u"Required"_s;
                addressable += implementation == u"Addressable"_s;
            }
        }
        QVERIFY2(!r.summary.isEmpty() && !r.question.isEmpty(), qPrintable(r.ref));
    }
    QCOMPARE(standards, 18);
    QCOMPARE(specifications, 36);
    QCOMPARE(required, 14);
    QCOMPARE(addressable, 22);
    QCOMPARE(allStandards, 22);
    QCOMPARE(allSpecifications, 43);
    // The Privacy and Breach Notification Rule sections that bear on AI systems are there too.
    for (const QString& section : {u"164.404"_s, u"164.502"_s, u"164.514"_s, u"164.524"_s, u"164.530"_s}) {
        QVERIFY2(hipaa.value(section).assessable, qPrintable(section));
    }
}

void TestCatalogLoader::aiFrameworksAreComplete()
{
    const auto rmf = byRef(u"nist-ai-rmf-1.0"_s);
    QMap<QString, int> perFunction;
    int subcategories = 0;
    for (const auto& row : reference(u"nist-ai-rmf-1.0.csv"_s)) {
        const Requirement r = rmf.value(row[u"subcategory_id"_s]);
        QVERIFY2(r.id && r.assessable, qPrintable(row[u"subcategory_id"_s]));
        QCOMPARE(r.title, row[u"subcategory_statement"_s]);
        ++perFunction[row[u"function"_s]];
        ++subcategories;
    }
    QCOMPARE(subcategories, 72);
    QCOMPARE(perFunction,
             (QMap<QString, int>{{u"GOVERN"_s, 19}, {u"MAP"_s, 18}, {u"MEASURE"_s, 22}, {u"MANAGE"_s, 13}}));

    const auto iso42001 = byRef(u"iso42001-2023"_s);
    int controls = 0;
    for (const auto& row : reference(u"iso42001-2023-annex-a.csv"_s)) {
        QCOMPARE(iso42001.value(row[u"id"_s]).title, row[u"title"_s]);
        QVERIFY(iso42001.value(row[u"id"_s]).assessable);
        ++controls;
    }
    QCOMPARE(controls, 38);

    QMap<QString, int> perEdition;
    for (const auto& row : reference(u"owasp-llm-top10.csv"_s)) {
        const Requirement r = byRef(u"owasp-llm-"_s + row[u"edition"_s]).value(row[u"id"_s]);
        QCOMPARE(r.title, row[u"title"_s]);
        ++perEdition[row[u"edition"_s]];
    }
    QCOMPARE(perEdition, (QMap<QString, int>{{u"2025"_s, 10}, {u"2026"_s, 10}}));
    QCOMPARE(nodes(u"owasp-llm-2025"_s).size(), 10);
    QCOMPARE(nodes(u"owasp-llm-2026"_s).size(), 10);
    QVERIFY(nodes(u"mitre-atlas"_s).size() >= 170);
}

void TestCatalogLoader::euAiActHighRiskObligationsAreAssessable()
{
    const auto act = byRef(u"eu-ai-act"_s);
    int articles = 0;
    for (const auto& row : reference(u"eu-ai-act-articles.csv"_s)) {
        QCOMPARE(act.value(u"Art. "_s + row[u"article"_s]).title, row[u"title"_s]);
        ++articles;
    }
    QCOMPARE(articles, 113);
    for (const auto& row : reference(u"eu-ai-act-annexes.csv"_s)) {
        QCOMPARE(act.value(u"Annex "_s + row[u"annex"_s]).title, row[u"title"_s]);
    }
    for (int article : {9, 10, 11, 12, 13, 14, 15, 17, 26, 27, 50, 72, 73}) {
        const Requirement r = act.value(u"Art. %1"_s.arg(article));
        QVERIFY2(r.assessable, qPrintable(r.ref));
        QVERIFY2(!r.question.isEmpty(), qPrintable(r.ref));
    }
    QVERIFY(!act.value(u"Art. 1"_s).assessable);
}

void TestCatalogLoader::isoCatalogsCarryOnlyIdsAndTitlesPlusOurWords()
{
    for (const QString& key : {u"iso27001-2022"_s, u"iso42001-2023"_s}) {
        for (const Requirement& r : nodes(key)) {
            // Our summaries describe; they never restate a requirement of the standard ("shall").
            QVERIFY2(!r.summary.contains(u" shall "_s, Qt::CaseInsensitive), qPrintable(key + u' ' + r.ref));
            QVERIFY2(r.summary.size() <= 230, qPrintable(r.ref));
            QVERIFY2(r.question.size() <= 210, qPrintable(r.ref));
            if (r.kind == u"control"_s) {
                QVERIFY2(!r.summary.isEmpty() && r.question.endsWith(u'?'), qPrintable(key + u' ' + r.ref));
            }
        }
    }
}

void TestCatalogLoader::everyMappingHasRelationshipAndProvenance()
{
    auto mappings = CatalogRepository(m_ws->connection()).allMappings();
    QVERIFY(mappings);
    QVERIFY(mappings->size() > 1000);
    const QStringList relationships{u"equal"_s, u"subset"_s, u"superset"_s, u"intersect"_s, u"related"_s};
    QMap<QString, int> kinds;
    for (const RequirementMapping& m : *mappings) {
        QVERIFY(relationships.contains(m.relationship));
        QVERIFY(!m.provenance.isEmpty());
        ++kinds[m.provenanceKind];
        if (m.provenanceKind == u"authored"_s) {
            QVERIFY2(!m.rationale.isEmpty(), qPrintable(QString::number(m.id)));
        }
        if (m.provenanceKind == u"derived"_s) {
            QVERIFY(m.provenance.contains(u"via"_s, Qt::CaseInsensitive)); // names what it was derived through
            QVERIFY(m.note.contains(u"800-53"_s));
        }
    }
    QVERIFY(kinds.value(u"published"_s) >= 150);
    QVERIFY(kinds.value(u"derived"_s) >= 700);
    QVERIFY(kinds.value(u"authored"_s) >= 200);

    // The required authored crosswalks exist, and a mapping is found from both of its ends.
    CatalogRepository repo(m_ws->connection());
    const Requirement art32 = byRef(u"gdpr"_s).value(u"Art. 32"_s);
    auto fromGdpr = repo.mappingsOf(art32.id);
    QVERIFY(fromGdpr);
    bool toAnnexA = false;
    for (const MappedRequirement& m : *fromGdpr) {
        toAnnexA = toAnnexA || (m.outgoing && m.otherFrameworkKey == u"iso27001-2022"_s);
    }
    QVERIFY(toAnnexA);
    const Requirement crypto = byRef(u"iso27001-2022"_s).value(u"A.8.24"_s);
    auto toIso = repo.mappingsOf(crypto.id);
    QVERIFY(toIso);
    QVERIFY(std::any_of(toIso->cbegin(), toIso->cend(), [](const MappedRequirement& m) {
        return !m.outgoing && m.otherFrameworkKey == u"gdpr"_s && m.other.ref == u"Art. 32"_s;
    }));
    for (const QString& from : {u"Art. 9"_s, u"Art. 10"_s, u"Art. 12"_s, u"Art. 14"_s, u"Art. 15"_s, u"Art. 73"_s}) {
        auto m = repo.mappingsOf(byRef(u"eu-ai-act"_s).value(from).id);
        QVERIFY(m);
        QSet<QString> targets;
        for (const MappedRequirement& x : *m) {
            targets.insert(x.otherFrameworkKey);
        }
        QVERIFY2(targets.contains(u"iso42001-2023"_s) && targets.contains(u"nist-ai-rmf-1.0"_s), qPrintable(from));
    }
}

void TestCatalogLoader::syncIsIdempotent()
{
    const qint64 before = m_ws->connection().auditHead()->seq;
    auto report = CatalogLoader::sync(m_ws->connection());
    QVERIFY(report);
    QVERIFY2(!report->changedAnything(), qPrintable(report->summary()));
    QCOMPARE(m_ws->connection().auditHead()->seq, before + 0 /* an unchanged mapping is not rewritten */);
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestCatalogLoader::laterReleaseUpdatesInPlace()
{
    // A "later release": a copy of the shipped catalogs with one title changed, one control dropped, one added and
    // one crosswalk removed.
    const QString release = m_dir.filePath(u"release2"_s);
    QDirIterator files(CatalogLoader::defaultDirectory(), QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        if (!files.fileInfo().isFile()) {
            continue;
        }
        const QString target = release + source.mid(CatalogLoader::defaultDirectory().size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(source, target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        const QString path = release + u"/iso27001-2022.json"_s;
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QJsonArray nodes = root.value(u"nodes"_s).toArray();
        QJsonArray updated;
        for (QJsonValue v : nodes) {
            QJsonObject n = v.toObject();
            if (n.value(u"ref"_s) == u"A.8.34"_s) {
                continue;
            }
            if (n.value(u"ref"_s) == u"A.5.1"_s) {
                n.insert(u"title"_s, u"Information security policies"_s);
            }
            updated.append(n);
        }
        updated.append(QJsonObject{{u"ref"_s, u"A.8.35"_s},
                                   {u"title"_s, u"A control added by an amendment"_s},
                                   {u"kind"_s, u"control"_s},
                                   {u"parent"_s, u"A.8"_s},
                                   {u"assessable"_s, true}});
        root.insert(u"nodes"_s, updated);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
    }
    {
        const QString path = release + u"/mappings/authored.json"_s;
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QJsonArray mappings = root.value(u"mappings"_s).toArray();
        mappings.removeFirst();
        root.insert(u"mappings"_s, mappings);
        QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
    }
    const auto before = byRef(u"iso27001-2022"_s);
    auto oldMappings = CatalogRepository(m_ws->connection()).mappingsOf(before.value(u"A.8.34"_s).id);
    QVERIFY(oldMappings);

    auto needed = CatalogLoader::needsSync(m_ws->connection(), release);
    QVERIFY(needed && *needed);
    auto report = CatalogLoader::sync(m_ws->connection(), release);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->frameworksUpdated, 1);
    QCOMPARE(report->requirementsChanged, 1);
    QCOMPARE(report->requirementsWithdrawn, 1);
    QCOMPARE(report->requirementsAdded, 1);
    QCOMPARE(report->mappingsWithdrawn, 1);

    const auto after = byRef(u"iso27001-2022"_s);
    // Same identities: whatever is attached to a requirement stays attached.
    QCOMPARE(after.value(u"A.5.1"_s).id, before.value(u"A.5.1"_s).id);
    QCOMPARE(after.value(u"A.5.1"_s).status, u"changed"_s);
    QVERIFY(after.value(u"A.5.1"_s).statusNote.contains(u"Policies for information security"_s));
    QCOMPARE(after.value(u"A.8.34"_s).id, before.value(u"A.8.34"_s).id);
    QCOMPARE(after.value(u"A.8.34"_s).status, u"withdrawn"_s);
    QCOMPARE(after.value(u"A.8.35"_s).status, u"current"_s);
    auto keptMappings = CatalogRepository(m_ws->connection()).mappingsOf(after.value(u"A.8.34"_s).id);
    QCOMPARE(keptMappings->size(), oldMappings->size());
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY2(verified && verified->intact, qPrintable(verified->summary()));

    // Back to the shipped release: A.8.34 returns to current, the added control is withdrawn in turn.
    auto back = CatalogLoader::sync(m_ws->connection());
    QVERIFY(back);
    QCOMPARE(byRef(u"iso27001-2022"_s).value(u"A.8.34"_s).status, u"current"_s);
    QCOMPARE(byRef(u"iso27001-2022"_s).value(u"A.8.35"_s).status, u"withdrawn"_s);
}

void TestCatalogLoader::searchAnswersPrefixes()
{
    CatalogRepository repo(m_ws->connection());
    auto hits = repo.search(u"automated decis"_s);
    QVERIFY(hits);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [](const SearchHit& h) {
        return h.frameworkKey == u"gdpr"_s && h.requirement.ref == u"Art. 22"_s;
    }));
    auto crypto = repo.search(u"cryptog"_s);
    QVERIFY(crypto && std::any_of(crypto->cbegin(), crypto->cend(), [](const SearchHit& h) {
                return h.requirement.ref == u"A.8.24"_s;
            }));
    // Whatever the user types is taken as words, never as search syntax.
    for (const QString& odd : {u"\""_s, u"AND OR NOT"_s, u"a* (b)"_s, u"164.308(a)(1)"_s, u"NEAR("_s}) {
        auto result = repo.search(odd);
        QVERIFY2(result, qPrintable(odd));
    }
    auto none = repo.search(u"zzzxxyyq"_s);
    QVERIFY(none && none->isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "TestCatalogLoader.moc"
