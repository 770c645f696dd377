// Reports are checked with real tools: qpdf finds no structural error, pdffonts shows every font embedded, and
// pdftotext finds the headings, every row, "Page x of y" on every page with the right total, the table's heading
// row again on each page it continues on, and user text that looks like markup printed as typed. The SoA report
// of the demo workspace lists all 93 Annex A controls; PDF/A output carries its identification; `attest report`
// writes it from the command line.

#include "TestSupport.h"
#include "content/ReportContext.h"
#include "content/SoaReport.h"
#include "demo/DemoWorkspace.h"
#include "pdf/PdfReportWriter.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

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

// Checks what every report must satisfy and returns its pages' text.
QStringList checkPdf(const QString& path)
{
    const Tool check = run(u"qpdf"_s, {u"--check"_s, path});
    if (check.exitCode != 0) {
        qWarning().noquote() << check.out;
        return {};
    }
    const Tool fonts = run(u"pdffonts"_s, {path});
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (fonts.exitCode != 0 || lines.isEmpty()) {
        return {};
    }
    for (const QString& line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right end's "yes/no" run
        const QStringList cols = line.simplified().split(u' ');
        if (cols.size() < 7 || cols.at(cols.size() - 5) != u"yes"_s) {
            qWarning().noquote() << "font not embedded:" << line;
            return {};
        }
    }
    const Tool text = run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QStringList pages = text.out.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

} // namespace

class TestPdfReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longTableUserTextAndPageNumbers();
    void pdfaAndLetter();
    void soaListsEveryAnnexAControl();
    void commandLine();
    void riskRegisterPrintsNamesAsTyped();
    void auditExtractCarriesTheVerifiedHead();
    void longTablesMeasuredInParallelLayOutTheSame();
    void cancelledWhileWritingLeavesNothing();

private:
    QTemporaryDir m_dir;
};

static ReportDocument sample()
{
    ReportDocument d;
    d.title = u"Risk register"_s;
    d.organisation = u"Norrvik Group"_s;
    d.scope = u"All AI systems"_s;
    d.period = u"Q4 2026"_s;
    d.context.workspaceId = u"test-workspace"_s;
    d.context.preparedBy = u"Maria Rossi"_s;
    d.context.generatedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    d.context.auditHeadSeq = 42;
    d.context.auditHeadHash = QByteArray(32, '\x5a');
    ReportSection intro{u"Introduction"_s, {ReportBlock::paragraph(u"What this register holds."_s)}};
    intro.blocks << ReportBlock::factList({{u"Systems"_s, u"12"_s}, {u"Retention period"_s, QString()}});
    d.sections << intro;
    ReportTable table;
    table.headers = {u"Risk"_s, u"System"_s, u"Owner"_s};
    table.widths = {3, 2, 1};
    for (int i = 1; i <= 240; ++i) {
        table.rows << QStringList{
            u"Risk row %1 with a scenario long enough to wrap onto a second line in its column"_s.arg(i),
            i == 77 ? u"<b>Evil</b> & \"quoted\" <img src=x>"_s : u"SYS-%1"_s.arg(i),
            u"Owner %1"_s.arg(i % 7)};
    }
    d.sections << ReportSection{u"The register"_s, {ReportBlock::tableOf(table)}};
    d.sections << ReportSection{u"Closing remarks"_s, {ReportBlock::paragraph(u"End of register."_s)}};
    return d;
}

void TestPdfReportWriter::longTableUserTextAndPageNumbers()
{
    const QString path = m_dir.filePath(u"register.pdf"_s);
    auto pages = PdfReportWriter::write(sample(), path, {});
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
    QVERIFY(*pages > 6);
    const QStringList text = checkPdf(path);
    QCOMPARE(text.size(), *pages);
    // Every page: "Page x of y", with the true total.
    for (int i = 0; i < text.size(); ++i) {
        QVERIFY2(text[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(*pages)), qPrintable(u"page %1"_s.arg(i + 1)));
    }
    const QString all = text.join(u'\n');
    // The cover, the contents with page numbers, every heading and every row.
    QVERIFY(text[0].contains(u"Norrvik Group"_s) && text[0].contains(u"Maria Rossi"_s));
    QVERIFY(text[0].contains(u"event 42"_s));
    QVERIFY(text[0].contains(u"not recorded"_s) || all.contains(u"not recorded"_s)); // an empty fact shows as a gap
    QVERIFY(text[1].contains(u"Contents"_s));
    QVERIFY(QRegularExpression(u"The register\\s+4"_s).match(text[1]).hasMatch());
    for (const QString& heading : {u"Introduction"_s, u"The register"_s, u"Closing remarks"_s}) {
        QVERIFY(all.contains(heading));
    }
    for (int i = 1; i <= 240; ++i) {
        QVERIFY2(all.contains(u"Risk row %1 "_s.arg(i)), qPrintable(QString::number(i)));
    }
    // The table continues over several pages, each starting with the heading row again.
    int continued = 0;
    for (const QString& page : text) {
        if (page.contains(u"Risk row"_s)) {
            ++continued;
            QVERIFY(QRegularExpression(u"Risk\\s+System\\s+Owner"_s).match(page).hasMatch());
        }
    }
    QVERIFY(continued >= 4);
    // Typed text that looks like markup is printed as typed.
    QVERIFY(all.contains(u"<b>Evil</b> & \"quoted\" <img src=x>"_s));
}

void TestPdfReportWriter::pdfaAndLetter()
{
    const QString path = m_dir.filePath(u"archive.pdf"_s);
    PdfReportWriter::Options options;
    options.pdfa = true;
    options.paper = QPageSize::Letter;
    QVERIFY(PdfReportWriter::write(sample(), path, options));
    QVERIFY(!checkPdf(path).isEmpty());
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.contains("pdfaid:part")); // PDF/A identification in the XMP metadata
    QVERIFY(bytes.contains("pdfaid:conformance"));
    const Tool info = run(u"pdfinfo"_s, {path});
    QVERIFY(info.out.contains(u"612 x 792 pts"_s)); // US Letter
    const QString a4 = m_dir.filePath(u"a4.pdf"_s);
    QVERIFY(PdfReportWriter::write(sample(), a4, {}));
    QVERIFY(run(u"pdfinfo"_s, {a4}).out.contains(u"(A4)"_s));
}

void TestPdfReportWriter::soaListsEveryAnnexAControl()
{
    const QString db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    auto ws = openWorkspace(db);
    QVERIFY(ws);
    auto context = ReportContext::capture(*ws, testActor(), QDateTime::currentDateTimeUtc());
    QVERIFY(context);
    auto document = SoaReport::build(ws->connection(), *context, u"Norrvik Group"_s);
    QVERIFY(document);
    const QString path = m_dir.filePath(u"soa.pdf"_s);
    QVERIFY(PdfReportWriter::write(*document, path, {}));
    const QString all = checkPdf(path).join(u'\n');
    QSet<QString> refs;
    const QRegularExpression ref(u"\\bA\\.(5|6|7|8)\\.(\\d+)\\b"_s);
    for (auto it = ref.globalMatch(all); it.hasNext();) {
        refs.insert(it.next().captured(0));
    }
    QCOMPARE(refs.size(), 93); // 37 + 8 + 14 + 34
    for (const QString& heading :
         {u"Organizational controls"_s, u"People controls"_s, u"Physical controls"_s, u"Technological controls"_s}) {
        QVERIFY2(all.contains(heading), qPrintable(heading));
    }
    QVERIFY(all.contains(ReportContext::formatFingerprint(context->fingerprint()).left(14)));
}

void TestPdfReportWriter::commandLine()
{
    const QString db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(QFile::exists(db));
    const QString path = m_dir.filePath(u"cli-soa.pdf"_s);
    const ProcessResult r =
        runAttest({u"report"_s, u"soa"_s, u"--db"_s, db, u"--out"_s, path, u"--pdfa"_s, u"--paper"_s, u"letter"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!checkPdf(path).isEmpty());
    QVERIFY(readFile(path).contains("pdfaid:part"));
    // Without --paper, the locale's paper: A4 here (the tests run in C.UTF-8), US Letter for an American locale.
    const QString plain = m_dir.filePath(u"cli-plain.pdf"_s);
    QVERIFY(runAttest({u"report"_s, u"soa"_s, u"--db"_s, db, u"--out"_s, plain}).exitCode == 0);
    QVERIFY(run(u"pdfinfo"_s, {plain}).out.contains(u"(A4)"_s));
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANG", "en_US.UTF-8");
    const ProcessResult us = runAttest({u"report"_s, u"soa"_s, u"--db"_s, db, u"--out"_s, plain});
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    QVERIFY2(us.exitCode == 0, qPrintable(us.err));
    QVERIFY(run(u"pdfinfo"_s, {plain}).out.contains(u"612 x 792 pts"_s));
    const ProcessResult bad = runAttest({u"report"_s, u"nonsense"_s, u"--db"_s, db, u"--out"_s, path});
    QCOMPARE(bad.exitCode, 2);
    // A file that cannot be written: a clear error, exit 3, and nothing left behind.
    const QString nowhere = m_dir.filePath(u"missing/folder/soa.pdf"_s);
    const ProcessResult unwritable = runAttest({u"report"_s, u"soa"_s, u"--db"_s, db, u"--out"_s, nowhere});
    QCOMPARE(unwritable.exitCode, 3);
    QVERIFY(unwritable.err.contains(u"could not be written"_s));
    QVERIFY(!QFile::exists(nowhere));
}

void TestPdfReportWriter::riskRegisterPrintsNamesAsTyped()
{
    const QString db = m_dir.filePath(u"evil.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    {
        auto ws = openWorkspace(db);
        QVERIFY(ws);
        auto id = SystemRepository(ws->connection()).idForCode(u"CS-CHAT-01"_s);
        QVERIFY(id && id->has_value());
        QVERIFY(
            SystemRepository(ws->connection()).update(**id, {{u"name"_s, u"<b>Evil</b> & \"quoted\" <img src=x>"_s}}));
    }
    const QString path = m_dir.filePath(u"risks.pdf"_s);
    const ProcessResult r = runAttest({u"report"_s, u"risks"_s, u"--db"_s, db, u"--out"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList pages = checkPdf(path);
    QVERIFY(!pages.isEmpty());
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
    }
    const QString all = pages.join(u'\n');
    // As typed, not bold, not an image. The narrow column wraps it, so it is compared in reading order with the line
    // breaks taken out.
    QString reading = run(u"pdftotext"_s, {path, u"-"_s}).out;
    reading.remove(QRegularExpression(u"\\s"_s));
    QVERIFY(reading.contains(u"<b>Evil</b>&\"quoted\"<imgsrc=x>"_s));
    // Every risk of the register is in it: one row per risk, each with its system's code.
    auto ws = openWorkspace(db);
    auto ids = RiskRepository(ws->connection()).riskIds({});
    QVERIFY(ids && !ids->isEmpty());
    auto rows = RiskRepository(ws->connection()).fetch(*ids);
    QVERIFY(rows);
    for (const RiskRow& row : *rows) {
        QVERIFY2(reading.contains(row.systemCode), qPrintable(row.systemCode));
    }
    QVERIFY(all.contains(u"Risks %1"_s.arg(ids->size()).simplified()) ||
            QRegularExpression(u"Risks\\s+%1"_s.arg(ids->size())).match(all).hasMatch());
}

void TestPdfReportWriter::auditExtractCarriesTheVerifiedHead()
{
    const QString db = m_dir.filePath(u"demo.attest"_s);
    const ProcessResult verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 0);
    const QString head = QRegularExpression(u"head ([0-9a-f]{64})"_s).match(verify.out).captured(1);
    QVERIFY(!head.isEmpty());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString path = m_dir.filePath(u"audit.pdf"_s);
    const ProcessResult r =
        runAttest({u"report"_s, u"audit"_s, u"--db"_s, db, u"--from"_s, today, u"--to"_s, today, u"--out"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList pages = checkPdf(path);
    QVERIFY(!pages.isEmpty());
    QString all = pages.join(u'\n');
    QVERIFY(all.contains(u"intact"_s));
    // The head hash, printed in groups of four, is the one verification gives.
    QString compact = all;
    compact.remove(QRegularExpression(u"\\s"_s));
    QVERIFY(compact.contains(head));
    // Only today's events are in the extract.
    QVERIFY(!all.contains(QDate::currentDate().addDays(-3).toString(Qt::ISODate) + u' '));
    const ProcessResult badDate =
        runAttest({u"report"_s, u"audit"_s, u"--db"_s, db, u"--from"_s, u"yesterday"_s, u"--out"_s, path});
    QCOMPARE(badDate.exitCode, 2);
}

void TestPdfReportWriter::longTablesMeasuredInParallelLayOutTheSame()
{
    ReportDocument d = sample();
    ReportTable table;
    table.headers = {u"Risk"_s, u"Scenario"_s, u"Owner"_s};
    table.widths = {1, 3, 1};
    for (int i = 1; i <= 2500; ++i) {
        table.rows << QStringList{u"R-%1"_s.arg(i),
                                  QString(u"a scenario that wraps "_s).repeated(1 + i % 7) + QString::number(i),
                                  i % 11 == 0 ? u"https://owners.example.org/"_s + QString(60, u'q') : u"Owner"_s};
    }
    d.sections << ReportSection{u"A long table"_s, {ReportBlock::tableOf(table)}};
    const QString parallel = m_dir.filePath(u"parallel.pdf"_s);
    const QString sequential = m_dir.filePath(u"sequential.pdf"_s);
    PdfReportWriter::Options options;
    auto a = PdfReportWriter::write(d, parallel, options);
    options.parallelMeasure = false;
    auto b = PdfReportWriter::write(d, sequential, options);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    // Every row in the same place on the same page.
    QCOMPARE(run(u"pdftotext"_s, {u"-layout"_s, parallel, u"-"_s}).out,
             run(u"pdftotext"_s, {u"-layout"_s, sequential, u"-"_s}).out);
    QVERIFY(!checkPdf(parallel).isEmpty());
}

void TestPdfReportWriter::cancelledWhileWritingLeavesNothing()
{
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    PdfReportWriter::Options options;
    int seen = 0;
    options.progress = [&seen](int page, int pages) {
        seen = pages;
        return page < 3;
    };
    auto written = PdfReportWriter::write(sample(), path, options);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Cancelled);
    QVERIFY(seen > 3);
    QVERIFY(!QFile::exists(path));
    // Also while a long table is still being measured, before any page is drawn.
    ReportDocument d = sample();
    ReportTable table;
    table.headers = {u"Row"_s};
    for (int i = 0; i < 20000; ++i) {
        table.rows << QStringList{QString::number(i)};
    }
    d.sections << ReportSection{u"Long"_s, {ReportBlock::tableOf(table)}};
    int calls = 0;
    options.progress = [&calls](int page, int pages) {
        ++calls;
        return !(page == 0 && pages == 0);
    };
    auto measuring = PdfReportWriter::write(d, path, options);
    QVERIFY(!measuring);
    QCOMPARE(measuring.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestPdfReportWriter)
#include "TestPdfReportWriter.moc"
