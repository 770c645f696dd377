// Spreadsheet exports: every table of the demo workspace (systems, risks, controls, findings, soa) written as XLSX
// and as CSV, the XLSX read back with openpyxl (what a spreadsheet program sees) and compared with the CSV cell for
// cell; the header row is bold and frozen with an autofilter on it, number and date columns come back as numbers
// and dates, and text a user typed (a would-be formula, markup, quotes, control characters, OOXML escapes) comes
// back exactly as typed, never as a formula. A target that cannot be written gives a clear error and leaves nothing
// behind.

#include "TestSupport.h"
#include "csv/CsvTableWriter.h"
#include "demo/DemoWorkspace.h"
#include "inventory/SystemExport.h"
#include "io/Csv.h"
#include "risk/RiskExport.h"
#include "storage/SystemRepository.h"
#include "tables/ExportTable.h"
#include "xlsx/XlsxWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

const QString FormulaName = u"=HYPERLINK(\"x\")"_s;
const QString MarkupName = u"<b>Evil</b> & \"quoted\""_s;
// Typed text with what XLSX must escape: a CR, a control character, a tab, and a literal OOXML escape sequence.
const QString TrickyDescription = u"line one\r\nline two\ttab \u0001 ctrl _x000D_ literal, +1 -2 @SUM(A1)"_s;

struct Workbook
{
    bool ok = false;
    QString error;
    QJsonObject sheet; // the first worksheet
};

// Reads a workbook as a spreadsheet program would (openpyxl, in tests/tools/xlsx_dump.py).
Workbook readXlsx(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral(ATTEST_PYTHON3), {QStringLiteral(ATTEST_XLSX_DUMP), path});
    Workbook book;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        book.error = u"xlsx_dump.py failed (%1): %2"_s.arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError()));
        return book;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    const QJsonArray sheets = doc.object().value(u"sheets"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || sheets.size() != 1) {
        book.error = u"unexpected output: "_s + parseError.errorString();
        return book;
    }
    book.sheet = sheets.first().toObject();
    book.ok = true;
    return book;
}

// "A", "B", ..., "Z", "AA", ... for a 1-based column number.
QString columnLetters(int column)
{
    QString letters;
    for (; column > 0; column = (column - 1) / 26) {
        letters.prepend(QChar(u'A' + (column - 1) % 26));
    }
    return letters;
}

QString kindOf(const QJsonValue& cell)
{
    return cell.toArray().at(0).toString();
}

// The cell as the CSV writes it, from what openpyxl read.
QString textOf(const QJsonValue& cell)
{
    const QJsonArray c = cell.toArray();
    const QString kind = c.at(0).toString();
    if (kind == u"none"_s) {
        return {};
    }
    if (kind == u"int"_s) {
        return QString::number(c.at(1).toInteger());
    }
    if (kind == u"float"_s) {
        return QString::number(c.at(1).toDouble());
    }
    if (kind == u"datetime"_s) {
        // A date cell: midnight of that day.
        const QString iso = c.at(1).toString();
        return iso.endsWith(u"T00:00:00"_s) ? iso.left(10) : iso;
    }
    return c.at(1).toString();
}

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase();
    void sheetNames();
    void everyTableMatchesItsCsv_data();
    void everyTableMatchesItsCsv();
    void userTextComesBackLiterally();
    void csvIsWhatTheImportsRead();
    void unwritableTargetLeavesNothing();
    void tooLongCellIsRefusedAndTargetKept();
};

void TestXlsxWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(path, testActor(), {}));
    m_ws = openWorkspace(path);
    QVERIFY(m_ws);
    SystemRepository systems(m_ws->connection());
    for (const auto& [code, name] : {std::pair{u"EVIL-01"_s, FormulaName}, std::pair{u"EVIL-02"_s, MarkupName}}) {
        AiSystem s = AiSystem::withDefaults();
        s.set(u"code"_s, code);
        s.set(u"name"_s, name);
        s.set(u"description"_s, TrickyDescription);
        s.set(u"next_review"_s, u"2027-03-31"_s);
        auto id = systems.create(s);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    }
}

void TestXlsxWriter::sheetNames()
{
    QCOMPARE(XlsxWriter::sheetName(u"Risk register"_s), u"Risk register"_s);
    QCOMPARE(XlsxWriter::sheetName(u"a/b:c[d]*?\\"_s), u"a-b-c-d----"_s);
    QCOMPARE(XlsxWriter::sheetName(u"'quoted'"_s), u"quoted"_s);
    QCOMPARE(XlsxWriter::sheetName(QString(40, u'x')).size(), 31);
    QCOMPARE(XlsxWriter::sheetName(QString()), u"Sheet"_s);
    QCOMPARE(XlsxWriter::escapeLiteralEscapes(u"a _x000D_ b _x12_ c"_s), u"a _x005F_x000D_ b _x12_ c"_s);
}

void TestXlsxWriter::everyTableMatchesItsCsv_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : ExportTable::names()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestXlsxWriter::everyTableMatchesItsCsv()
{
    QFETCH(QString, name);
    auto table = ExportTable::build(m_ws->connection(), *ExportTable::kindFor(name));
    QVERIFY2(table, table ? "" : qPrintable(table.error().message));
    QVERIFY2(table->rows.size() >= 3, qPrintable(name));
    const QString xlsx = m_dir.filePath(name + u".xlsx"_s);
    const QString csv = m_dir.filePath(name + u".csv"_s);
    auto xlsxRows = XlsxWriter::write(*table, xlsx);
    QVERIFY2(xlsxRows, xlsxRows ? "" : qPrintable(xlsxRows.error().message));
    QCOMPARE(*xlsxRows, int(table->rows.size()));
    auto csvRows = CsvTableWriter::write(*table, csv);
    QVERIFY2(csvRows, csvRows ? "" : qPrintable(csvRows.error().message));
    QCOMPARE(*csvRows, int(table->rows.size()));

    // The CSV: UTF-8 with a byte-order mark, and exactly the table.
    const QByteArray csvBytes = readFile(csv);
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
    auto records = Csv::parse(csvBytes);
    QVERIFY2(records, records ? "" : qPrintable(records.error().message));
    QCOMPARE(records->size(), table->rows.size() + 1);

    const Workbook book = readXlsx(xlsx);
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.sheet.value(u"title"_s).toString(), XlsxWriter::sheetName(table->title));
    // The header row stays in view, and filters.
    QCOMPARE(book.sheet.value(u"freeze"_s).toString(), u"A2"_s);
    QCOMPARE(book.sheet.value(u"autofilter"_s).toString(),
             u"A1:%1%2"_s.arg(columnLetters(int(table->columns.size()))).arg(table->rows.size() + 1));
    const QJsonArray bold = book.sheet.value(u"header_bold"_s).toArray();
    QCOMPARE(bold.size(), table->columns.size());
    for (const QJsonValue& b : bold) {
        QVERIFY(b.toBool());
    }
    // Every column has a width that fits its heading (at least) and stays readable (at most 60 characters).
    const QJsonObject widths = book.sheet.value(u"widths"_s).toObject();
    for (int c = 0; c < table->columns.size(); ++c) {
        const double width = widths.value(QString::number(c + 1)).toDouble();
        QVERIFY2(width >= qMin<qsizetype>(table->columns[c].key.size(), 60) && width <= 61.0,
                 qPrintable(u"%1: %2"_s.arg(table->columns[c].key).arg(width)));
    }

    // Cell for cell what the CSV holds, with numbers and dates typed.
    const QJsonArray rows = book.sheet.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), records->size());
    int numbers = 0;
    int dates = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows[r].toArray();
        const QStringList expected = records->at(r).fields;
        QCOMPARE(cells.size(), expected.size());
        for (int c = 0; c < cells.size(); ++c) {
            const QString where = u"%1 row %2 column %3"_s.arg(name).arg(r + 1).arg(table->columns[c].key);
            const QString kind = kindOf(cells[c]);
            QVERIFY2(kind != u"formula"_s, qPrintable(where));
            QCOMPARE(textOf(cells[c]), expected[c]);
            if (r == 0 || expected[c].isEmpty()) {
                QVERIFY2(r > 0 ? kind == u"none"_s : kind == u"str"_s, qPrintable(where + u": "_s + kind));
                continue;
            }
            switch (table->columns[c].type) {
            case ExportColumn::Type::Number:
                QVERIFY2(kind == u"int"_s || kind == u"float"_s, qPrintable(where + u": "_s + kind));
                ++numbers;
                break;
            case ExportColumn::Type::Date:
                QVERIFY2(kind == u"datetime"_s, qPrintable(where + u": "_s + kind));
                ++dates;
                break;
            case ExportColumn::Type::Text:
                QVERIFY2(kind == u"str"_s, qPrintable(where + u": "_s + kind));
                break;
            }
        }
    }
    // The tables that have number and date columns hold some of each in the demo.
    bool hasNumbers = false;
    bool hasDates = false;
    for (const ExportColumn& column : table->columns) {
        hasNumbers = hasNumbers || column.type == ExportColumn::Type::Number;
        hasDates = hasDates || column.type == ExportColumn::Type::Date;
    }
    QVERIFY2(!hasNumbers || numbers > 0, qPrintable(name));
    QVERIFY2(!hasDates || dates > 0, qPrintable(name));
}

void TestXlsxWriter::userTextComesBackLiterally()
{
    auto table = ExportTable::build(m_ws->connection(), ExportTable::Kind::Systems);
    QVERIFY(table);
    const QString path = m_dir.filePath(u"literal.xlsx"_s);
    QVERIFY(XlsxWriter::write(*table, path));
    const Workbook book = readXlsx(path);
    QVERIFY2(book.ok, qPrintable(book.error));
    const QStringList header = table->header();
    const int code = int(header.indexOf(u"code"_s));
    const int name = int(header.indexOf(u"name"_s));
    const int description = int(header.indexOf(u"description"_s));
    const int review = int(header.indexOf(u"next_review"_s));
    QHash<QString, QJsonArray> byCode;
    for (const QJsonValue& row : book.sheet.value(u"rows"_s).toArray()) {
        byCode.insert(textOf(row.toArray().at(code)), row.toArray());
    }
    for (const auto& [systemCode, systemName] :
         {std::pair{u"EVIL-01"_s, FormulaName}, std::pair{u"EVIL-02"_s, MarkupName}}) {
        QVERIFY2(byCode.contains(systemCode), qPrintable(systemCode));
        const QJsonArray row = byCode.value(systemCode);
        QCOMPARE(kindOf(row.at(name)), u"str"_s);
        QCOMPARE(textOf(row.at(name)), systemName);
        QCOMPARE(kindOf(row.at(description)), u"str"_s);
        QCOMPARE(textOf(row.at(description)), TrickyDescription);
        QCOMPARE(kindOf(row.at(review)), u"datetime"_s);
        QCOMPARE(textOf(row.at(review)), u"2027-03-31"_s);
    }
    // The CSV writes the same text as typed (like Attest's other CSV exports; see CsvTableWriter).
    auto records = Csv::parse(CsvTableWriter::toCsv(*table));
    QVERIFY(records);
    bool found = false;
    for (const CsvRecord& record : *records) {
        if (record.fields.value(code) == u"EVIL-01"_s) {
            QCOMPARE(record.fields.value(name), FormulaName);
            QCOMPARE(record.fields.value(description), TrickyDescription);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestXlsxWriter::csvIsWhatTheImportsRead()
{
    // The systems and risks tables are the files their imports read back: the same bytes as the existing exports.
    auto systems = ExportTable::build(m_ws->connection(), ExportTable::Kind::Systems);
    QVERIFY(systems);
    auto all = SystemRepository(m_ws->connection()).all();
    QVERIFY(all);
    QCOMPARE(CsvTableWriter::toCsv(*systems), SystemExport::toCsv(*all));

    auto risks = ExportTable::build(m_ws->connection(), ExportTable::Kind::Risks);
    QVERIFY(risks);
    auto riskRows = RiskExport::rows(m_ws->connection(), RiskFilter());
    QVERIFY(riskRows);
    auto riskCells = RiskExport::csvRows(m_ws->connection(), *riskRows);
    QVERIFY(riskCells);
    QCOMPARE(CsvTableWriter::toCsv(*risks), Csv::write(*riskCells));
}

void TestXlsxWriter::unwritableTargetLeavesNothing()
{
    auto table = ExportTable::build(m_ws->connection(), ExportTable::Kind::Controls);
    QVERIFY(table);
    // A folder that does not exist.
    const QString missing = m_dir.filePath(u"no/such/folder/controls.xlsx"_s);
    auto written = XlsxWriter::write(*table, missing);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(written.error().message.contains(missing), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(missing));
    auto csv = CsvTableWriter::write(*table, m_dir.filePath(u"no/such/folder/controls.csv"_s));
    QVERIFY(!csv);
    QCOMPARE(csv.error().code, ErrorCode::Io);

    // A target that is a folder: refused, and the folder holds nothing new.
    QTemporaryDir folder(m_dir.filePath(u"target-XXXXXX"_s));
    QVERIFY(folder.isValid());
    const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    written = XlsxWriter::write(*table, folder.path());
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(folder.path()), qPrintable(written.error().message));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

void TestXlsxWriter::tooLongCellIsRefusedAndTargetKept()
{
    // A failure while writing leaves an existing file as it was, and no partial file beside it.
    QTemporaryDir folder(m_dir.filePath(u"keep-XXXXXX"_s));
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"table.xlsx"_s);
    ExportTable table;
    table.name = u"notes"_s;
    table.title = u"Notes"_s;
    table.columns = {ExportColumn{u"note"_s, ExportColumn::Type::Text}};
    table.rows = {{u"short"_s}};
    QVERIFY(XlsxWriter::write(table, path));
    const QByteArray first = readFile(path);
    QVERIFY(first.startsWith("PK"));

    table.rows << QStringList{QString(XlsxWriter::MaxCellLength + 1, u'x')};
    auto written = XlsxWriter::write(table, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Validation);
    QVERIFY2(written.error().message.contains(u"CSV"_s), qPrintable(written.error().message));
    QCOMPARE(readFile(path), first);
    QCOMPARE(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"table.xlsx"_s});

    // A good write replaces it.
    table.rows.removeLast();
    table.rows << QStringList{u"second"_s};
    QVERIFY(XlsxWriter::write(table, path));
    QVERIFY(readFile(path) != first);
    const Workbook book = readXlsx(path);
    QVERIFY2(book.ok, qPrintable(book.error));
    QCOMPARE(book.sheet.value(u"rows"_s).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "TestXlsxWriter.moc"
