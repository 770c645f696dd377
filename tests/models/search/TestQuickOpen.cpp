// Quick open's index: every AI system, requirement, control and risk of the demo workspace can be found by part of
// its name, ignoring case and accents; every word typed must match; systems come before the other kinds, and within
// a kind a title that starts with what was typed comes first; a change is seen after a reload.

#include "TestSupport.h"
#include "catalog/CatalogTitles.h"
#include "compliance/Compliance.h"
#include "demo/DemoWorkspace.h"
#include "search/QuickOpen.h"
#include "storage/ComplianceRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestQuickOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKindIsFound();
    void wordsCaseAndAccents();
    void orderAndLimit();
    void requirementsInTheCatalogLanguage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::optional<QuickOpenIndex> m_index;
};

void TestQuickOpen::initTestCase()
{
    const QString db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    m_ws = openWorkspace(db);
    QVERIFY(m_ws);
    auto index = QuickOpenIndex::load(m_ws->connection());
    QVERIFY(index);
    m_index = std::move(*index);
}

void TestQuickOpen::everyKindIsFound()
{
    // Every system by a part of its name, every control by its code, every risk by its scenario.
    auto systems = SystemRepository(m_ws->connection()).labels();
    QVERIFY(systems && systems->size() > 5);
    for (const SystemLabel& s : *systems) {
        const QString part = s.name.mid(s.name.size() / 3, 6);
        bool found = false;
        for (const QuickOpenItem& item : m_index->find(part, 1000)) {
            found = found || (item.kind == QuickOpenItem::Kind::System && item.id == s.id);
        }
        QVERIFY2(found, qPrintable(s.code + u" by “"_s + part + u'”'));
    }
    auto controls = ComplianceRepository(m_ws->connection()).controls();
    for (const Control& c : *controls) {
        const QList<QuickOpenItem> items = m_index->find(c.code, 5);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().kind, QuickOpenItem::Kind::Control);
        QCOMPARE(items.first().id, c.id);
    }
    auto risks = RiskRepository(m_ws->connection()).labels();
    QVERIFY(risks && !risks->isEmpty());
    for (const RiskRepository::Label& r : *risks) {
        bool found = false;
        for (const QuickOpenItem& item : m_index->find(r.scenario.left(30), 1000)) {
            found = found || (item.kind == QuickOpenItem::Kind::Risk && item.id == r.id && item.systemId == r.systemId);
        }
        QVERIFY2(found, qPrintable(r.scenario));
    }
    const QList<QuickOpenItem> art30 = m_index->find(u"gdpr art. 30"_s);
    QVERIFY(!art30.isEmpty());
    QCOMPARE(art30.first().kind, QuickOpenItem::Kind::Requirement);
    QVERIFY(art30.first().title.startsWith(u"Art. 30"_s));
}

void TestQuickOpen::wordsCaseAndAccents()
{
    QVERIFY(!m_index->find(u"INSTALMENT credit"_s).isEmpty());
    QVERIFY(m_index->find(u"instalment zebra"_s).isEmpty()); // every word must match
    QVERIFY(m_index->find(u"   "_s).isEmpty());
    // Accents are ignored both ways.
    {
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, u"SEC-01"_s);
        s.set(u"name"_s, u"Détection de fraude à la sécurité sociale"_s);
        QVERIFY(SystemRepository(m_ws->connection()).create(s));
    }
    auto reloaded = QuickOpenIndex::load(m_ws->connection());
    QVERIFY(reloaded);
    const QList<QuickOpenItem> plain = reloaded->find(u"securite sociale"_s);
    QVERIFY(!plain.isEmpty());
    QCOMPARE(plain.first().title, u"SEC-01 Détection de fraude à la sécurité sociale"_s);
    QVERIFY(!reloaded->find(u"DÉTECTION"_s).isEmpty());
    QVERIFY(m_index->find(u"securite sociale"_s).isEmpty()); // the old index did not know it
}

void TestQuickOpen::orderAndLimit()
{
    // "fin" starts some system codes and appears inside other texts: systems first, starting ones first.
    const QList<QuickOpenItem> items = m_index->find(u"fin"_s, 200);
    QVERIFY(items.size() > 3);
    QCOMPARE(items.first().kind, QuickOpenItem::Kind::System);
    QVERIFY(items.first().title.startsWith(u"FIN"_s, Qt::CaseInsensitive));
    int lastKind = 0;
    for (const QuickOpenItem& item : items) {
        QVERIFY(int(item.kind) >= lastKind);
        lastKind = int(item.kind);
    }
    QCOMPARE(m_index->find(u"a"_s, 7).size(), 7);
}

void TestQuickOpen::requirementsInTheCatalogLanguage()
{
    // In German, a GDPR article shows its official German title and is found by it, and still by the English one.
    CatalogTitles::setLanguage(u"de"_s);
    auto german = QuickOpenIndex::load(m_ws->connection());
    CatalogTitles::setLanguage(u"en"_s);
    QVERIFY(german);
    const QList<QuickOpenItem> byGerman = german->find(u"verzeichnis verarbeitungstatigkeiten"_s);
    QVERIFY(!byGerman.isEmpty());
    QCOMPARE(byGerman.first().title, u"Art. 30 Verzeichnis von Verarbeitungstätigkeiten"_s);
    const QList<QuickOpenItem> byEnglish = german->find(u"gdpr records of processing activities"_s, 1000);
    QVERIFY(std::any_of(byEnglish.cbegin(), byEnglish.cend(), [&](const QuickOpenItem& item) {
        return item.kind == QuickOpenItem::Kind::Requirement && item.id == byGerman.first().id;
    }));
    QCOMPARE(m_index->find(u"gdpr art. 30"_s).first().title, u"Art. 30 Records of processing activities"_s);
}

QTEST_MAIN(TestQuickOpen)
#include "TestQuickOpen.moc"
