// Bringing a spreadsheet risk register in: columns, systems, threats and steps matched the way spreadsheets write
// them; every row checked first and each bad row named; nothing written on any problem or a cancel; unknown threats
// created only with consent; and the register's CSV export re-imports to the same register.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "catalog/CatalogLoader.h"
#include "demo/DemoWorkspace.h"
#include "inventory/SystemExport.h"
#include "inventory/SystemImport.h"
#include "io/Csv.h"
#include "risk/RiskExport.h"
#include "risk/RiskImport.h"
#include "storage/AuditRepository.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestRiskImport : public QObject
{
    Q_OBJECT

private:
    // A workspace with the catalogs and the demo's AI systems, but no risks.
    std::unique_ptr<Workspace> emptyWithDemoSystems(const QString& name)
    {
        auto ws = createWorkspace(m_dir.filePath(name));
        if (!ws || !CatalogLoader::sync(ws->connection())) {
            return {};
        }
        auto systems = SystemExport::exportAll(m_demo->connection(), SystemExport::Format::Csv);
        if (!systems) {
            return {};
        }
        auto planned = SystemImport::plan(ws->connection(), *systems, u"systems.csv"_s);
        if (!planned || !planned->ok() || !SystemImport::apply(ws->connection(), *planned)) {
            return {};
        }
        return ws;
    }
    static qint64 riskCount(Workspace& ws) { return *RiskRepository(ws.connection()).countRisks({}); }
    static qint64 eventCount(Workspace& ws) { return *AuditRepository(ws.connection()).count({}); }
    static QStringList problemTexts(const RiskImportPlan& plan)
    {
        QStringList texts;
        for (const ImportProblem& p : plan.problems) {
            texts << p.text();
        }
        return texts;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;
    std::unique_ptr<Workspace> m_target;

private Q_SLOTS:
    void initTestCase();
    void exportReimportsToTheSameRegister();
    void oneBadRowImportsNothingAndIsNamed();
    void everyProblemNamedWithItsLine();
    void spreadsheetSpellingsAreUnderstood();
    void unknownThreatsNeedConsent();
    void chosenColumnMapping();
    void sameRowsTwiceAreRefused();
    void cancelLeavesNothing();
    void writesMeanwhileAreCheckedAgain();
};

void TestRiskImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    m_demo = openWorkspace(path);
    QVERIFY(m_demo);
    m_target = emptyWithDemoSystems(u"target.attest"_s);
    QVERIFY(m_target);
    QCOMPARE(riskCount(*m_target), 0);
}

void TestRiskImport::exportReimportsToTheSameRegister()
{
    auto rows = RiskExport::rows(m_demo->connection(), {});
    QVERIFY(rows);
    QVERIFY(rows->size() >= 20);
    auto table = RiskExport::csvRows(m_demo->connection(), *rows);
    QVERIFY(table);
    auto ws = emptyWithDemoSystems(u"roundtrip.attest"_s);
    QVERIFY(ws);
    auto planned = RiskImport::plan(ws->connection(), Csv::write(*table), u"register.csv"_s);
    QVERIFY(planned);
    QVERIFY2(planned->ok(), qPrintable(problemTexts(*planned).join(u'\n')));
    QVERIFY(planned->unknownThreats.isEmpty());
    const qint64 before = eventCount(*ws);
    QVERIFY(RiskImport::apply(ws->connection(), *planned));
    QCOMPARE(riskCount(*ws), qint64(rows->size()));
    // The same register: every exported cell, in the same order.
    auto again = RiskExport::rows(ws->connection(), {});
    QVERIFY(again);
    auto reTable = RiskExport::csvRows(ws->connection(), *again);
    QVERIFY(reTable);
    QCOMPARE(reTable->size(), table->size());
    for (int i = 0; i < table->size(); ++i) {
        QCOMPARE(reTable->at(i), table->at(i));
    }
    // Recorded in the audit trail, which stays intact.
    QVERIFY(eventCount(*ws) >= before + rows->size());
    auto verified = AuditVerifier::verify(ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestRiskImport::oneBadRowImportsNothingAndIsNamed()
{
    const QByteArray csv = "system,threat,scenario,likelihood,impact\n"
                           "CS-CHAT-01,Prompt injection and jailbreaks,Hidden instructions in e-mails,4,4\n"
                           "HR-CV-01,Bias and discrimination,Ranking favours one gender,3,5\n"
                           "PAY-FRAUD-01,THR-ADV,Card testing under the threshold,7,4\n"
                           "MED-RAD-01,Model and data drift,New detector changes contrast,2,5\n";
    const qint64 risks = riskCount(*m_target);
    const qint64 events = eventCount(*m_target);
    auto planned = RiskImport::plan(m_target->connection(), csv, u"bad.csv"_s);
    QVERIFY(planned);
    QVERIFY(!planned->ok());
    QCOMPARE(planned->problems.size(), 1);
    QCOMPARE(planned->problems.first().line, 4);
    QVERIFY2(planned->problems.first().message.contains(u"Likelihood “7”"_s), qPrintable(problemTexts(*planned)[0]));
    QVERIFY(!RiskImport::apply(m_target->connection(), *planned));
    QCOMPARE(riskCount(*m_target), risks);
    QCOMPARE(eventCount(*m_target), events);
}

void TestRiskImport::everyProblemNamedWithItsLine()
{
    const QByteArray csv = "system,threat,scenario,likelihood,impact,treatment,controls,due_date,status\n"
                           "NOPE-01,Data poisoning,a,2,2,,,,\n"                  // line 2: unknown system
                           "CS-CHAT-01,Data poisoning,b,2,Catastrophic,,,,\n"    // line 3: impact name
                           "CS-CHAT-01,Data poisoning,c,2,2,,AIC-XXX-99,,\n"     // line 4: control
                           "CS-CHAT-01,Data poisoning,d,2,2,,,03/04/2026,\n"     // line 5: ambiguous date
                           "CS-CHAT-01,Data poisoning,e,5,5,accept,,,accepted\n" // line 6: acceptance above threshold
                           "CS-CHAT-01,Data poisoning,f,2,2,ignore,,,\n"         // line 7: treatment
                           "CS-CHAT-01,Data poisoning,g,2,2,,,,\n";              // line 8: fine
    auto planned = RiskImport::plan(m_target->connection(), csv, u"many.csv"_s);
    QVERIFY(planned);
    const QStringList texts = problemTexts(*planned);
    QCOMPARE(texts.size(), 6);
    QVERIFY2(texts[0].startsWith(u"line 2: "_s) && texts[0].contains(u"“NOPE-01” is not in the inventory"_s),
             qPrintable(texts[0]));
    QVERIFY2(texts[1].startsWith(u"line 3: "_s) && texts[1].contains(u"Catastrophic"_s), qPrintable(texts[1]));
    QVERIFY2(texts[2].startsWith(u"line 4: "_s) && texts[2].contains(u"AIC-XXX-99"_s), qPrintable(texts[2]));
    QVERIFY2(texts[3].startsWith(u"line 5: "_s) && texts[3].contains(u"YYYY-MM-DD"_s), qPrintable(texts[3]));
    QVERIFY2(texts[4].startsWith(u"line 6: "_s) && texts[4].contains(u"approver"_s), qPrintable(texts[4]));
    QVERIFY2(texts[5].startsWith(u"line 7: "_s) && texts[5].contains(u"“ignore” is not a treatment"_s),
             qPrintable(texts[5]));
    QVERIFY(planned->summary().contains(u"nothing was imported"_s));
}

void TestRiskImport::spreadsheetSpellingsAreUnderstood()
{
    // What a spreadsheet program writes in a German locale: BOM, semicolons, CRLF, labels as headers.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "AI System;Threat;Risk description;Probability;Severity;Risk treatment;Linked controls;"
                           "Residual likelihood;Residual impact;Risk owner;Due date;Next review date;Status\r\n"
                           "Instalment credit scoring;THR-EXT;Scorecard rebuilt from bulk queries;4 - Likely;"
                           "severe;Mitigation;AIC-INF-02, aic-acc-01;2;4;Security Architect;"
                           "01.12.2026;2027-03-01 00:00:00;In progress\r\n"
                           ";;;;;;;;;;;;\r\n";
    auto ws = emptyWithDemoSystems(u"spellings.attest"_s);
    QVERIFY(ws);
    auto planned = RiskImport::plan(ws->connection(), csv, u"excel.csv"_s);
    QVERIFY(planned);
    QVERIFY2(planned->ok(), qPrintable(problemTexts(*planned).join(u'\n')));
    QCOMPARE(planned->rows, 1); // the empty row at the end is no risk
    QVERIFY(RiskImport::apply(ws->connection(), *planned));
    auto rows = RiskExport::rows(ws->connection(), {});
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const Risk& r = rows->first().risk;
    QCOMPARE(rows->first().systemCode, u"FIN-CREDIT-01"_s);
    QCOMPARE(rows->first().threatName, u"Model extraction and theft"_s);
    QCOMPARE(r.likelihood, 4);
    QCOMPARE(r.impact, 5);
    QCOMPARE(r.inherentLevel, u"Critical"_s);
    QCOMPARE(r.residualLevel, u"Medium"_s);
    QCOMPARE(r.treatment, u"mitigate"_s);
    QCOMPARE(r.status, u"treating"_s);
    QCOMPARE(r.controlIds.size(), 2);
    QCOMPARE(r.dueDate, u"2026-12-01"_s);
    QCOMPARE(r.nextReview, u"2027-03-01"_s);
    // A number that contradicts its name is not guessed.
    const QByteArray contradictory = "system,threat,scenario,likelihood,impact\nFIN-CREDIT-01,THR-EXT,x,4 - Rare,2\n";
    auto refused = RiskImport::plan(ws->connection(), contradictory, u"x.csv"_s);
    QVERIFY(refused && !refused->ok());
    QVERIFY(refused->problems.first().message.contains(u"disagree"_s));
}

void TestRiskImport::unknownThreatsNeedConsent()
{
    const QByteArray csv = "system,threat,scenario,likelihood,impact\n"
                           "CS-CHAT-01,Hallucinated refund promises,Assistant invents refund rules,3,3\n"
                           "CS-CHAT-01,Prompt injection and jailbreaks,Jailbreak via role play,3,4\n"
                           "ENG-CODE-01,hallucinated refund promises,Code assistant invents APIs,2,2\n";
    auto ws = emptyWithDemoSystems(u"threats.attest"_s);
    QVERIFY(ws);
    const qint64 threatsBefore = RiskRepository(ws->connection()).threats()->size();
    auto planned = RiskImport::plan(ws->connection(), csv, u"new-threats.csv"_s);
    QVERIFY(planned);
    QVERIFY(planned->problems.isEmpty());
    QVERIFY(planned->needsThreatConsent());
    QVERIFY(!planned->ok());
    QCOMPARE(planned->unknownThreats.size(), 1);
    QCOMPARE(planned->unknownThreats.first().name, u"Hallucinated refund promises"_s);
    QCOMPARE(planned->unknownThreats.first().lines, (QList<int>{2, 4}));
    QVERIFY(!RiskImport::apply(ws->connection(), *planned));
    QCOMPARE(riskCount(*ws), 0);
    QCOMPARE(RiskRepository(ws->connection()).threats()->size(), threatsBefore);
    // With consent: one custom threat, both risks linked to it, in the same write.
    RiskImport::Options consent;
    consent.createThreats = true;
    auto agreed = RiskImport::plan(ws->connection(), csv, u"new-threats.csv"_s, consent);
    QVERIFY(agreed && agreed->ok());
    QVERIFY(RiskImport::apply(ws->connection(), *agreed));
    auto threats = RiskRepository(ws->connection()).threats();
    QVERIFY(threats);
    QCOMPARE(threats->size(), threatsBefore + 1);
    qint64 created = 0;
    for (const Threat& t : *threats) {
        if (t.name == u"Hallucinated refund promises"_s) {
            QCOMPARE(t.origin, u"custom"_s);
            created = t.id;
        }
    }
    QVERIFY(created);
    RiskFilter byThreat;
    byThreat.threatId = created;
    QCOMPARE(*RiskRepository(ws->connection()).countRisks(byThreat), 2);
    QCOMPARE(riskCount(*ws), 3);
}

void TestRiskImport::chosenColumnMapping()
{
    const QByteArray csv =
        "App;Hazard text;What;P;S;Who\n"
        "SC-DEMAND-01;Model and data drift;Forecasts too low after ERP move;Likely;Moderate;Analytics\n";
    auto preview = RiskImport::preview(csv);
    QVERIFY(preview);
    QCOMPARE(preview->headers, (QStringList{u"App"_s, u"Hazard text"_s, u"What"_s, u"P"_s, u"S"_s, u"Who"_s}));
    QCOMPARE(preview->totalRows, 1);
    // Guessing finds nothing required here, and says so.
    auto guessed = RiskImport::plan(m_target->connection(), csv, u"odd.csv"_s);
    QVERIFY(guessed && !guessed->ok());
    QVERIFY(problemTexts(*guessed).join(u' ').contains(u"no column is read as AI system"_s));
    // Mapping the same field twice is refused.
    RiskImport::Options twice;
    twice.mapping = QList<int>{RiskImport::System,
                               RiskImport::Threat,
                               RiskImport::Scenario,
                               RiskImport::Likelihood,
                               RiskImport::Likelihood,
                               RiskImport::Owner};
    auto refused = RiskImport::plan(m_target->connection(), csv, u"odd.csv"_s, twice);
    QVERIFY(refused && !refused->ok());
    QVERIFY(problemTexts(*refused).join(u' ').contains(u"both read as Likelihood"_s));
    // The user's mapping.
    RiskImport::Options chosen;
    chosen.mapping = QList<int>{RiskImport::System,
                                RiskImport::Threat,
                                RiskImport::Scenario,
                                RiskImport::Likelihood,
                                RiskImport::Impact,
                                RiskImport::Owner};
    auto ws = emptyWithDemoSystems(u"mapping.attest"_s);
    QVERIFY(ws);
    auto planned = RiskImport::plan(ws->connection(), csv, u"odd.csv"_s, chosen);
    QVERIFY(planned);
    QVERIFY2(planned->ok(), qPrintable(problemTexts(*planned).join(u'\n')));
    QVERIFY(RiskImport::apply(ws->connection(), *planned));
    auto rows = RiskExport::rows(ws->connection(), {});
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->first().risk.owner, u"Analytics"_s);
    QCOMPARE(rows->first().risk.inherentScore, 12);
}

void TestRiskImport::sameRowsTwiceAreRefused()
{
    const QByteArray csv = "system,threat,scenario,likelihood,impact\n"
                           "FIN-OCR-01,Adversarial and evasion inputs,Altered invoice layouts,2,5\n"
                           "FIN-OCR-01,Adversarial and evasion inputs,altered  invoice layouts,2,5\n";
    auto planned = RiskImport::plan(m_target->connection(), csv, u"twice.csv"_s);
    QVERIFY(planned);
    QCOMPARE(planned->problems.size(), 1);
    QCOMPARE(planned->problems.first().line, 3);
    QVERIFY(planned->problems.first().message.contains(u"line 2"_s));
    const QByteArray once = "system,threat,scenario,likelihood,impact\n"
                            "FIN-OCR-01,Adversarial and evasion inputs,Altered invoice layouts,2,5\n";
    auto first = RiskImport::plan(m_target->connection(), once, u"once.csv"_s);
    QVERIFY(first && first->ok());
    QVERIFY(RiskImport::apply(m_target->connection(), *first));
    auto again = RiskImport::plan(m_target->connection(), once, u"once.csv"_s);
    QVERIFY(again && !again->ok());
    QVERIFY(again->problems.first().message.contains(u"already in the register"_s));
}

void TestRiskImport::cancelLeavesNothing()
{
    QByteArray csv = "system,threat,scenario,likelihood,impact\n";
    for (int i = 0; i < 600; ++i) {
        csv += "MFG-PDM-01,Model and data drift,Drift case " + QByteArray::number(i) + ",3,3\n";
    }
    auto planned = RiskImport::plan(m_target->connection(), csv, u"big.csv"_s);
    QVERIFY(planned && planned->ok());
    const qint64 risks = riskCount(*m_target);
    const qint64 events = eventCount(*m_target);
    auto cancelled =
        RiskImport::apply(m_target->connection(), *planned, [](qint64 done, qint64) { return done < 512; });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(riskCount(*m_target), risks);
    QCOMPARE(eventCount(*m_target), events);
}

void TestRiskImport::writesMeanwhileAreCheckedAgain()
{
    const QByteArray csv = "system,threat,scenario,likelihood,impact\n"
                           "MFG-PDM-01,Data poisoning,Sensor labels tampered,2,3\n"
                           "MFG-PDM-01,Data poisoning,Maintenance notes tampered,2,2\n";
    auto planned = RiskImport::plan(m_target->connection(), csv, u"later.csv"_s);
    QVERIFY(planned && planned->ok());
    // Someone adds the second row's risk between the check and the write.
    const QByteArray one = "system,threat,scenario,likelihood,impact\n"
                           "MFG-PDM-01,Data poisoning,Maintenance notes tampered,2,2\n";
    auto other = RiskImport::plan(m_target->connection(), one, u"other.csv"_s);
    QVERIFY(other && other->ok());
    QVERIFY(RiskImport::apply(m_target->connection(), *other));
    const qint64 risks = riskCount(*m_target);
    auto applied = RiskImport::apply(m_target->connection(), *planned);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.startsWith(u"line 3: "_s), qPrintable(applied.error().message));
    QCOMPARE(riskCount(*m_target), risks);
    // A new threat named like an existing one plus a letter does not make two rows look the same.
    const QByteArray near = "system,threat,scenario,likelihood,impact\n"
                            "MFG-PDM-01,Data leak,s,2,2\n"
                            "MFG-PDM-01,Data leaks,,2,2\n";
    auto distinct = RiskImport::plan(m_target->connection(), near, u"near.csv"_s);
    QVERIFY(distinct);
    QVERIFY(distinct->problems.isEmpty());
    QCOMPARE(distinct->unknownThreats.size(), 2);
}

QTEST_GUILESS_MAIN(TestRiskImport)
#include "TestRiskImport.moc"
