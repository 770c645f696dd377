// Every report type, generated from the demo workspace by `attest report` and checked with real tools: qpdf finds no
// structural error, pdffonts shows every font embedded, pdfimages finds no raster image (charts are vectors), and
// pdftotext finds "Page x of y" on every page, the expected headings, every system and control in scope, and what
// each legal text asks for: every Art. 30(1) item in the record of processing, every Art. 35(7) item in the impact
// assessment, the Annex IV sections in the dossier, Required/Addressable in the HIPAA analysis. A system named like
// markup is printed as typed.

#include "TestSupport.h"
#include "compliance/Compliance.h"
#include "content/ReportTypes.h"
#include "dashboard/Dashboard.h"
#include "demo/DemoWorkspace.h"
#include "interview/Interview.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "storage/CatalogRepository.h"
#include "storage/ComplianceRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

const QString EvilName = u"<b>Evil</b> & \"quoted\" <img src=x>"_s;

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput())};
}

QString compact(QString text)
{
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}

struct Pdf
{
    QStringList pages; // -layout text per page
    QString reading;   // reading-order text, whitespace removed
    bool ok = false;
};

} // namespace

class TestReportTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTypeIsAWellFormedPdf_data();
    void everyTypeIsAWellFormedPdf();
    void executiveSummaryHasTheDashboardsNumbersAsCharts();
    void dossierFollowsAnnexIv();
    void ropaShowsEveryArticle30Item();
    void dpiaShowsEveryArticle35Item();
    void hipaaAnalysisBySafeguard();
    void remediationAndInterview();
    void missingParametersAreRefused();
    void unrecordedIndicatorsAreNotAConclusion();
    void processorsKeepTheArticle302Record();
    void longTextContinuesOnTheNextPage();

private:
    Pdf report(const QStringList& arguments, const QString& name);

    QTemporaryDir m_dir;
    QString m_db;
};

Pdf TestReportTypes::report(const QStringList& arguments, const QString& name)
{
    Pdf pdf;
    const QString path = m_dir.filePath(name + u".pdf"_s);
    const ProcessResult r =
        runAttest(QStringList{u"report"_s} + arguments +
                  QStringList{u"--db"_s, m_db, u"--out"_s, path, u"--organisation"_s, u"Nordwind"_s});
    if (r.exitCode != 0) {
        qWarning().noquote() << r.err;
        return pdf;
    }
    const Tool check = run(u"qpdf"_s, {u"--check"_s, path});
    if (check.exitCode != 0) {
        qWarning().noquote() << check.out;
        return pdf;
    }
    const Tool fonts = run(u"pdffonts"_s, {path});
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (fonts.exitCode != 0 || lines.isEmpty()) {
        return pdf;
    }
    for (const QString& line : lines) {
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() < 7 || cols.at(cols.size() - 5) != u"yes"_s) {
            qWarning().noquote() << "font not embedded:" << line;
            return pdf;
        }
    }
    // Charts are drawn as vectors: no raster image anywhere.
    const Tool images = run(u"pdfimages"_s, {u"-list"_s, path});
    if (images.exitCode != 0 || images.out.split(u'\n', Qt::SkipEmptyParts).size() > 2) {
        qWarning().noquote() << "raster images:" << images.out;
        return pdf;
    }
    QStringList pages = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}).out.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (!pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size()))) {
            qWarning() << "no page number on page" << i + 1;
            return pdf;
        }
    }
    pdf.pages = pages;
    // Content-stream order: each table cell's lines stay together however the columns wrap.
    pdf.reading = compact(run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}).out);
    pdf.ok = !pages.isEmpty();
    return pdf;
}

void TestReportTypes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_db, testActor(), {}));
    auto ws = openWorkspace(m_db);
    QVERIFY(ws);
    auto id = SystemRepository(ws->connection()).idForCode(u"FIN-CREDIT-01"_s);
    QVERIFY(id && id->has_value());
    QVERIFY(SystemRepository(ws->connection()).update(**id, {{u"name"_s, EvilName}}));
}

void TestReportTypes::everyTypeIsAWellFormedPdf_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // headings and names, compared without whitespace
    QTest::newRow("executive") << QStringList{u"executive"_s}
                               << QStringList{u"Executive compliance summary"_s,
                                              u"Framework coverage"_s,
                                              u"Highest risks not closed"_s,
                                              u"Trends over 12 months"_s};
    QTest::newRow("dossier") << QStringList{u"dossier"_s, u"--system"_s, u"FIN-CREDIT-01"_s}
                             << QStringList{u"AI system dossier"_s, u"FIN-CREDIT-01"_s, EvilName};
    QTest::newRow("soa") << QStringList{u"soa"_s} << QStringList{u"Statement of Applicability"_s, u"A.8.34"_s};
    QTest::newRow("ropa") << QStringList{u"ropa"_s}
                          << QStringList{u"Record of processing activities"_s, u"FIN-CREDIT-01"_s, EvilName};
    QTest::newRow("dpia") << QStringList{u"dpia"_s, u"--system"_s, u"FIN-CREDIT-01"_s}
                          << QStringList{u"Data protection impact assessment"_s, EvilName};
    QTest::newRow("hipaa") << QStringList{u"hipaa"_s}
                           << QStringList{u"HIPAA Security Rule risk analysis"_s, u"MED-RAD-01"_s};
    QTest::newRow("risks") << QStringList{u"risks"_s} << QStringList{u"Risk register"_s, EvilName};
    QTest::newRow("remediation") << QStringList{u"remediation"_s} << QStringList{u"Remediation plan"_s};
    QTest::newRow("interview") << QStringList{u"interview"_s, u"--session"_s, u"1"_s}
                               << QStringList{u"Interview record"_s};
    QTest::newRow("audit") << QStringList{u"audit"_s} << QStringList{u"Audit-trail extract"_s, u"intact"_s};
}

void TestReportTypes::everyTypeIsAWellFormedPdf()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QStringList args = arguments;
    if (args.first() == u"interview"_s) {
        auto ws = openWorkspace(m_db);
        auto sessions = InterviewRepository(ws->connection()).sessions();
        QVERIFY(sessions && !sessions->isEmpty());
        args[2] = QString::number(sessions->first().id);
    }
    const Pdf pdf = report(args, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(pdf.ok);
    QVERIFY(pdf.pages.size() >= 3); // cover, contents, content
    QVERIFY(pdf.pages[0].contains(u"Nordwind"_s));
    QVERIFY(pdf.pages[1].contains(u"Contents"_s));
    for (const QString& text : expected) {
        QVERIFY2(pdf.reading.contains(compact(text)), qPrintable(text));
    }
}

void TestReportTypes::executiveSummaryHasTheDashboardsNumbersAsCharts()
{
    const Pdf pdf = report({u"executive"_s}, u"executive-numbers"_s);
    QVERIFY(pdf.ok);
    auto ws = openWorkspace(m_db);
    DashboardFilter filter;
    filter.today = QDate::currentDate().toString(Qt::ISODate);
    auto data = Dashboard::compute(ws->connection(), filter);
    QVERIFY(data);
    const QString all = pdf.pages.join(u'\n');
    QVERIFY(QRegularExpression(u"AI systems in force\\s+%1\\b"_s.arg(data->systemIds.size())).match(all).hasMatch());
    QVERIFY(QRegularExpression(u"Overdue findings\\s+%1\\b"_s.arg(data->overdueFindings)).match(all).hasMatch());
    for (const DashboardData::FrameworkCoverage& f : data->coverage) {
        QVERIFY2(pdf.reading.contains(compact(f.name)), qPrintable(f.name));
        if (f.coverage.hasFigure()) {
            // The bar's label and the table give the same figure.
            QVERIFY2(pdf.reading.contains(compact(f.coverage.countsText())), qPrintable(f.coverage.countsText()));
        }
    }
    // The risks not closed per level, as the dashboard counts them, are printed beside the heat map.
    QVERIFY(!data->openRisksByLevel.isEmpty());
    for (auto it = data->openRisksByLevel.cbegin(); it != data->openRisksByLevel.cend(); ++it) {
        QVERIFY2(pdf.reading.contains(compact(u"Not closed at level %1 %2"_s.arg(it.key()).arg(it.value()))),
                 qPrintable(it.key()));
    }
    QVERIFY(all.contains(u"Likelihood"_s) && all.contains(u"Impact"_s));
    QVERIFY(all.contains(u"latest:"_s)); // trend legends
}

void TestReportTypes::dossierFollowsAnnexIv()
{
    const Pdf pdf = report({u"dossier"_s, u"--system"_s, u"FIN-CREDIT-01"_s}, u"dossier-annex"_s);
    QVERIFY(pdf.ok);
    for (const QString& heading : {u"1. General description"_s,
                                   u"2. Elements and development process"_s,
                                   u"3. Monitoring, functioning and control"_s,
                                   u"4. Performance metrics"_s,
                                   u"5. Risk management system"_s,
                                   u"6. Changes over the lifecycle"_s,
                                   u"7. Frameworks and standards applied"_s,
                                   u"8. EU declaration of conformity"_s,
                                   u"9. Post-market monitoring"_s,
                                   u"Controls and their status"_s,
                                   u"Evidence"_s,
                                   u"Open findings"_s}) {
        QVERIFY2(pdf.reading.contains(compact(heading)), qPrintable(heading));
    }
    auto ws = openWorkspace(m_db);
    ComplianceRepository compliance(ws->connection());
    auto controls = compliance.controls();
    QVERIFY(controls && !controls->isEmpty());
    for (const Control& c : *controls) {
        QVERIFY2(pdf.reading.contains(compact(c.code)), qPrintable(c.code));
    }
    // Evidence linked to the system is listed with its hash.
    auto id = SystemRepository(ws->connection()).idForCode(u"FIN-CREDIT-01"_s);
    auto links = compliance.evidenceLinks(**id);
    auto evidence = compliance.evidence();
    QVERIFY(links && evidence);
    int checked = 0;
    for (const EvidenceLink& l : *links) {
        for (const Evidence& e : *evidence) {
            if (e.id == l.evidenceId && e.kind == u"file"_s) {
                QVERIFY2(pdf.reading.contains(e.sha256), qPrintable(e.title));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
    // Open findings of the system are there.
    auto findings = compliance.findings();
    for (const Finding& f : *findings) {
        if (f.systemId == **id && f.isOpen()) {
            QVERIFY2(pdf.reading.contains(compact(f.title)), qPrintable(f.title));
        }
    }
    // Every Annex IV item of the technical documentation, filled from the demo's record or a visible gap (the
    // declaration of conformity is not recorded yet).
    auto file = SystemRecordRepository(ws->connection(), TechnicalFile::kind()).forSystem(**id);
    QVERIFY(file && file->id);
    for (const SystemField& field : TechnicalFile::kind().fields()) {
        QVERIFY2(pdf.reading.contains(compact(field.displayLabel())), qPrintable(field.key));
        const QString value = file->value(field.key);
        QVERIFY2(value.isEmpty() ? pdf.reading.contains(compact(field.displayLabel() + u"not recorded"_s))
                                 : pdf.reading.contains(compact(value)),
                 qPrintable(field.key));
    }
    QVERIFY(file->value(u"declaration_of_conformity"_s).isEmpty());
}

void TestReportTypes::ropaShowsEveryArticle30Item()
{
    const Pdf pdf = report({u"ropa"_s}, u"ropa-items"_s);
    QVERIFY(pdf.ok);
    auto ws = openWorkspace(m_db);
    auto systems = SystemRepository(ws->connection()).all();
    QVERIFY(systems);
    int inScope = 0;
    for (const AiSystem& s : *systems) {
        if (!s.isRetired() && processesPersonalData(s)) {
            QVERIFY2(pdf.reading.contains(compact(s.code())), qPrintable(s.code()));
            ++inScope;
        }
    }
    QVERIFY(inScope >= 5);
    // Each of (a) to (g), once per processing activity.
    for (const QString& item : {u"30(1)(a)Controller"_s,
                                u"30(1)(a)Dataprotectionofficer"_s,
                                u"30(1)(b)Purposes"_s,
                                u"30(1)(c)Categoriesofdatasubjects"_s,
                                u"30(1)(c)Categoriesofpersonaldata"_s,
                                u"30(1)(d)Categoriesofrecipients"_s,
                                u"30(1)(e)Transferstothirdcountries"_s,
                                u"30(1)(f)Timelimitsforerasure"_s,
                                u"30(1)(g)Securitymeasures"_s}) {
        QCOMPARE(pdf.reading.count(item), inScope);
    }
    // Filled from the demo's record of the credit scoring system...
    auto id = SystemRepository(ws->connection()).idForCode(u"FIN-CREDIT-01"_s);
    auto record = SystemRecordRepository(ws->connection(), PrivacyFields::kind()).forSystem(**id);
    QVERIFY(record && record->id);
    for (const QString& key : {u"controller_contact"_s,
                               u"dpo_contact"_s,
                               u"processing_purposes"_s,
                               u"data_subjects"_s,
                               u"personal_data"_s,
                               u"recipients"_s,
                               u"transfers"_s,
                               u"retention"_s,
                               u"security_measures"_s}) {
        QVERIFY2(pdf.reading.contains(compact(record->value(key))), qPrintable(key));
    }
    // ... and the implemented controls beside the security measures; gaps of the chat bot's record are visible.
    QVERIFY(pdf.reading.contains(u"Controlsimplemented("_s));
    const QString all = pdf.pages.join(u'\n');
    QVERIFY(QRegularExpression(u"30\\(1\\)\\(f\\) Time limits for\\s+not recorded"_s).match(all).hasMatch() ||
            pdf.reading.contains(u"30(1)(f)Timelimitsforerasurenotrecorded"_s));
}

void TestReportTypes::dpiaShowsEveryArticle35Item()
{
    const Pdf pdf = report({u"dpia"_s, u"--system"_s, u"FIN-CREDIT-01"_s}, u"dpia-items"_s);
    QVERIFY(pdf.ok);
    for (const QString& item : {u"Art.35(7)(a)"_s,
                                u"Art.35(7)(b)Necessityandproportionality"_s,
                                u"Art.35(7)(c)Riskstotherightsandfreedoms"_s,
                                u"Art.35(7)(d)Measurestoaddresstherisks"_s,
                                u"Art.35(2)AdviceoftheDPO"_s,
                                u"Art.35(9)Viewsofdatasubjects"_s,
                                u"Art.35(11)Nextreview"_s,
                                u"Art.36Priorconsultation"_s,
                                u"Art.35(3)(a)"_s}) {
        QVERIFY2(pdf.reading.contains(item), qPrintable(item));
    }
    auto ws = openWorkspace(m_db);
    auto id = SystemRepository(ws->connection()).idForCode(u"FIN-CREDIT-01"_s);
    auto record = SystemRecordRepository(ws->connection(), PrivacyFields::kind()).forSystem(**id);
    QVERIFY(record);
    for (const QString& key : {u"dpia_operations"_s,
                               u"dpia_necessity"_s,
                               u"dpia_risks"_s,
                               u"dpia_measures"_s,
                               u"dpo_advice"_s,
                               u"dpia_approved_by"_s}) {
        QVERIFY2(!record->value(key).isEmpty() && pdf.reading.contains(compact(record->value(key))), qPrintable(key));
    }
    // The system's risks are in (c).
    RiskFilter filter;
    filter.systemId = **id;
    auto risks = RiskRepository(ws->connection()).riskIds(filter);
    QVERIFY(risks && !risks->isEmpty());
    auto rows = RiskRepository(ws->connection()).fetch(*risks);
    for (const RiskRow& row : *rows) {
        QVERIFY2(pdf.reading.contains(compact(row.risk.scenario)), qPrintable(row.risk.scenario));
    }
    // A DPIA that ends in prior consultation lists what Art. 36(3) asks for.
    const Pdf consult = report({u"dpia"_s, u"--system"_s, u"HR-CV-01"_s}, u"dpia-consult"_s);
    QVERIFY(consult.ok);
    for (const QString& item : {u"Art.36(3)(a)"_s,
                                u"Art.36(3)(b)"_s,
                                u"Art.36(3)(c)"_s,
                                u"Art.36(3)(d)"_s,
                                u"Art.36(3)(e)"_s,
                                u"Art.36(3)(f)"_s}) {
        QVERIFY2(consult.reading.contains(item), qPrintable(item));
    }
    // A system with no record at all: every item still there, each a visible gap.
    const Pdf empty = report({u"dpia"_s, u"--system"_s, u"PAY-FRAUD-01"_s}, u"dpia-empty"_s);
    QVERIFY(empty.ok);
    QVERIFY(empty.reading.contains(u"Art.35(7)(b)Necessityandproportionality"_s));
    QVERIFY(empty.reading.count(u"notrecorded"_s) >= 10);
}

void TestReportTypes::hipaaAnalysisBySafeguard()
{
    const Pdf pdf = report({u"hipaa"_s}, u"hipaa-safeguards"_s);
    QVERIFY(pdf.ok);
    auto ws = openWorkspace(m_db);
    auto framework = CatalogRepository(ws->connection()).framework(u"hipaa"_s);
    QVERIFY(framework && framework->has_value());
    auto requirements = CatalogRepository(ws->connection()).requirements((*framework)->id);
    QVERIFY(requirements);
    int assessable = 0;
    for (const Requirement& r : *requirements) {
        if (r.assessable && r.status != u"withdrawn"_s) {
            ++assessable;
            QVERIFY2(pdf.reading.contains(compact(r.ref)), qPrintable(r.ref));
        }
    }
    QVERIFY(assessable > 40);
    for (const QString& text : {u"Administrativesafeguards"_s,
                                u"Physicalsafeguards"_s,
                                u"Technicalsafeguards"_s,
                                u"Required"_s,
                                u"Addressable"_s,
                                u"164.308(a)(1)(ii)(A)"_s,
                                u"Keepuntil"_s}) {
        QVERIFY2(pdf.reading.contains(text), qPrintable(text));
    }
    // Only systems handling PHI are in scope.
    QVERIFY(pdf.reading.contains(u"MED-RAD-01"_s));
    QVERIFY(!pdf.reading.contains(u"PAY-FRAUD-01"_s));
}

void TestReportTypes::remediationAndInterview()
{
    const Pdf plan = report({u"remediation"_s}, u"remediation-items"_s);
    QVERIFY(plan.ok);
    auto ws = openWorkspace(m_db);
    auto findings = ComplianceRepository(ws->connection()).findings();
    QVERIFY(findings);
    int open = 0;
    for (const Finding& f : *findings) {
        if (f.isOpen()) {
            ++open;
            QVERIFY2(plan.reading.contains(compact(f.title)), qPrintable(f.title));
        } else {
            QVERIFY2(!plan.reading.contains(compact(f.title)), qPrintable(f.title));
        }
    }
    QVERIFY(open > 0);
    QVERIFY(QRegularExpression(u"Open findings\\s+%1\\b"_s.arg(open)).match(plan.pages.join(u'\n')).hasMatch());

    auto sessions = InterviewRepository(ws->connection()).sessions();
    QVERIFY(sessions && !sessions->isEmpty());
    const InterviewSession& session = sessions->first();
    const Pdf record = report({u"interview"_s, u"--session"_s, QString::number(session.id)}, u"interview-items"_s);
    QVERIFY(record.ok);
    QVERIFY(record.reading.contains(compact(session.title)));
    QVERIFY(!session.systemIds.isEmpty());
    for (qint64 systemId : session.systemIds) {
        auto system = SystemRepository(ws->connection()).get(systemId);
        QVERIFY(system && system->has_value());
        QVERIFY2(record.reading.contains(compact((*system)->title())), qPrintable((*system)->title()));
    }
    for (const Interviewee& p : session.interviewees) {
        QVERIFY2(record.reading.contains(compact(p.name)), qPrintable(p.name));
    }
    auto answers = InterviewRepository(ws->connection()).answers(session.id);
    QVERIFY(answers);
    int notes = 0;
    for (const InterviewAnswer& a : *answers) {
        if (!a.notes.isEmpty()) {
            ++notes;
            QVERIFY2(record.reading.contains(compact(a.notes)), qPrintable(a.notes));
        }
    }
    QVERIFY(notes > 0);
}

void TestReportTypes::missingParametersAreRefused()
{
    const QString path = m_dir.filePath(u"refused.pdf"_s);
    for (const QStringList& args : {QStringList{u"dossier"_s},
                                    QStringList{u"dpia"_s},
                                    QStringList{u"interview"_s},
                                    QStringList{u"dossier"_s, u"--system"_s, u"NO-SUCH-SYSTEM"_s},
                                    QStringList{u"interview"_s, u"--session"_s, u"abc"_s}}) {
        const ProcessResult r =
            runAttest(QStringList{u"report"_s} + args + QStringList{u"--db"_s, m_db, u"--out"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
    const ProcessResult noSession =
        runAttest({u"report"_s, u"interview"_s, u"--session"_s, u"999999"_s, u"--db"_s, m_db, u"--out"_s, path});
    QVERIFY(noSession.exitCode != 0);
    QVERIFY(noSession.err.contains(u"999999"_s));
    QVERIFY(!QFile::exists(path));
}

void TestReportTypes::unrecordedIndicatorsAreNotAConclusion()
{
    // A system with nothing recorded: the DPIA cannot conclude and says so; nothing missing reads as "no"; the ROPA
    // names it as a system whose data categories are not known.
    {
        auto ws = openWorkspace(m_db);
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, u"NEW-01"_s);
        s.set(u"name"_s, u"Unassessed pilot"_s);
        QVERIFY(SystemRepository(ws->connection()).create(s));
    }
    const Pdf dpia = report({u"dpia"_s, u"--system"_s, u"NEW-01"_s}, u"dpia-unknown"_s);
    QVERIFY(dpia.ok);
    QVERIFY(dpia.reading.contains(u"Conclusion Cannot be concluded"_s.remove(u' ')));
    QVERIFY(dpia.reading.contains(u"Art.35(3)(b)Specialcategoriesofdatanotrecorded"_s));
    QVERIFY(dpia.reading.contains(u"Legitimateinterestpursuednotrecorded"_s));
    QVERIFY(!dpia.reading.contains(u"Notevidentlyrequired"_s));
    const Pdf ropa = report({u"ropa"_s}, u"ropa-unknown"_s);
    QVERIFY(ropa.ok);
    QVERIFY(ropa.reading.contains(u"Datacategoriesnotrecorded"_s));
    QVERIFY(ropa.reading.contains(u"NEW-01Unassessedpilot"_s));
}

void TestReportTypes::processorsKeepTheArticle302Record()
{
    {
        auto ws = openWorkspace(m_db);
        auto id = SystemRepository(ws->connection()).idForCode(u"CS-CHAT-01"_s);
        QVERIFY(SystemRecordRepository(ws->connection(), PrivacyFields::kind())
                    .save(**id,
                          {{u"role"_s, u"processor"_s},
                           {u"processor_for"_s, u"Norrvik Retail AB: answering its customers' questions"_s}},
                          u"CS-CHAT-01"_s));
    }
    const Pdf ropa = report({u"ropa"_s}, u"ropa-processor"_s);
    QVERIFY(ropa.ok);
    for (const QString& item : {u"Art.30(2)(a)Processor"_s,
                                u"Art.30(2)(a)Controllersactedfor"_s,
                                u"Art.30(2)(b)Categoriesofprocessingforeachcontroller"_s,
                                u"Art.30(2)(c)Transferstothirdcountries"_s,
                                u"Art.30(2)(d)Securitymeasures"_s}) {
        QVERIFY2(ropa.reading.contains(item), qPrintable(item));
    }
    QVERIFY(ropa.reading.contains(u"NorrvikRetailAB"_s));
    // Put back: the other tests read the demo's chat bot as a controller's record.
    auto ws = openWorkspace(m_db);
    auto id = SystemRepository(ws->connection()).idForCode(u"CS-CHAT-01"_s);
    QVERIFY(SystemRecordRepository(ws->connection(), PrivacyFields::kind())
                .save(**id, {{u"role"_s, QString()}, {u"processor_for"_s, QString()}}, u"CS-CHAT-01"_s));
}

void TestReportTypes::longTextContinuesOnTheNextPage()
{
    // A description longer than a page is printed whole, continuing on the next page.
    const QString db = m_dir.filePath(u"long.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    QStringList words;
    for (int i = 1; i <= 1500; ++i) {
        words << u"word%1"_s.arg(i);
    }
    {
        auto ws = openWorkspace(db);
        auto id = SystemRepository(ws->connection()).idForCode(u"PAY-FRAUD-01"_s);
        QVERIFY(SystemRepository(ws->connection()).update(**id, {{u"description"_s, words.join(u' ')}}));
        // A word wider than its column (a long link) wraps inside the column instead of being cut off.
        QVERIFY(SystemRepository(ws->connection())
                    .update(**id, {{u"business_owner"_s, u"https://example.org/"_s + QString(150, u'x')}}));
    }
    const QString path = m_dir.filePath(u"long.pdf"_s);
    const ProcessResult r =
        runAttest({u"report"_s, u"dossier"_s, u"--system"_s, u"PAY-FRAUD-01"_s, u"--db"_s, db, u"--out"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString reading = run(u"pdftotext"_s, {path, u"-"_s}).out;
    for (int i = 1; i <= 1500; ++i) {
        QVERIFY2(reading.contains(u"word%1 "_s.arg(i)) || reading.contains(u"word%1\n"_s.arg(i)),
                 qPrintable(QString::number(i)));
    }
    QString raw = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}).out;
    raw.remove(QRegularExpression(u"[\\s\\x{200B}]"_s));
    QVERIFY(raw.contains(u"https://example.org/"_s + QString(150, u'x')));
}

QTEST_MAIN(TestReportTypes)
#include "TestReportTypes.moc"
