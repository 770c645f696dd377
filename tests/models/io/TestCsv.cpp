// RFC 4180 reading and writing: quoting, line ends, records spanning lines, separators, byte-order marks, errors
// that name the line, and a write -> parse round trip of awkward text.

#include "io/Csv.h"

#include <QTest>

using namespace attest;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> fieldsOf(const QList<CsvRecord>& records)
{
    QList<QStringList> rows;
    for (const CsvRecord& record : records) {
        rows << record.fields;
    }
    return rows;
}

QList<int> linesOf(const QList<CsvRecord>& records)
{
    QList<int> lines;
    for (const CsvRecord& record : records) {
        lines << record.line;
    }
    return lines;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPlainFields();
    void parsesQuotedFields_data();
    void parsesQuotedFields();
    void acceptsCrlfAndLf();
    void recordSpanningLinesStartsOnItsFirstLine();
    void stripsByteOrderMark();
    void detectsSemicolonHeader();
    void commaHeaderKeepsSemicolonsAsText();
    void skipsBlankLines();
    void keepsEmptyFields();
    void lastLineWithoutLineEnd();
    void emptyInput();
    void reportsUnclosedQuote();
    void reportsStrayQuote();
    void reportsTextAfterClosingQuote();
    void reportsInvalidUtf8_data();
    void reportsInvalidUtf8();
    void escapesOnlyWhereNeeded_data();
    void escapesOnlyWhereNeeded();
    void writesCrlfAndBom();
    void roundTripsAwkwardFields();
};

void TestCsv::parsesPlainFields()
{
    auto parsed = Csv::parse("code,name\nA-1,Alpha\nB-2,Beta\n");
    QVERIFY(parsed);
    QCOMPARE(fieldsOf(*parsed),
             (QList<QStringList>{{u"code"_s, u"name"_s}, {u"A-1"_s, u"Alpha"_s}, {u"B-2"_s, u"Beta"_s}}));
    QCOMPARE(linesOf(*parsed), (QList<int>{1, 2, 3}));
}

void TestCsv::parsesQuotedFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("quoted plain") << QByteArray("\"a\",b") << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("comma inside quotes") << QByteArray("\"a,b\",c") << QStringList{u"a,b"_s, u"c"_s};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x") << QStringList{u"say \"hi\""_s, u"x"_s};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"") << QStringList{u"\""_s};
    QTest::newRow("empty quoted") << QByteArray("\"\",\"\"") << QStringList{QString(), QString()};
    QTest::newRow("LF inside quotes") << QByteArray("\"one\ntwo\",3") << QStringList{u"one\ntwo"_s, u"3"_s};
    QTest::newRow("CRLF inside quotes") << QByteArray("\"one\r\ntwo\",3") << QStringList{u"one\r\ntwo"_s, u"3"_s};
    QTest::newRow("spaces kept") << QByteArray(" a , b ") << QStringList{u" a "_s, u" b "_s};
    QTest::newRow("quoted spaces") << QByteArray("\" a \",b") << QStringList{u" a "_s, u"b"_s};
    QTest::newRow("markup") << QByteArray("<b>bold</b>,\"<i a=\"\"x\"\">\"")
                            << QStringList{u"<b>bold</b>"_s, u"<i a=\"x\">"_s};
    QTest::newRow("non-Latin") << QByteArray("Zo\xC3\xAB,\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E")
                               << QStringList{u"Zoë"_s, u"日本語"_s};
}

void TestCsv::parsesQuotedFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    auto parsed = Csv::parse(input);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().fields, expected);
    QCOMPARE(parsed->first().line, 1);
}

void TestCsv::acceptsCrlfAndLf()
{
    const QList<QStringList> expected{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}};
    auto lf = Csv::parse("a,b\n1,2\n3,4\n");
    auto crlf = Csv::parse("a,b\r\n1,2\r\n3,4\r\n");
    auto mixed = Csv::parse("a,b\r\n1,2\n3,4");
    QVERIFY(lf && crlf && mixed);
    QCOMPARE(fieldsOf(*lf), expected);
    QCOMPARE(fieldsOf(*crlf), expected);
    QCOMPARE(fieldsOf(*mixed), expected);
    QCOMPARE(linesOf(*crlf), (QList<int>{1, 2, 3}));
    QCOMPARE(linesOf(*mixed), (QList<int>{1, 2, 3}));
    // No stray carriage return is left at the end of the last field.
    QCOMPARE(crlf->at(1).fields.last(), u"2"_s);
}

void TestCsv::recordSpanningLinesStartsOnItsFirstLine()
{
    // Line 1 header; record on lines 2-4 (two line breaks inside quotes, one LF and one CRLF); record on line 5;
    // record on lines 6-7; record on line 8.
    const QByteArray data = "code,notes\r\n"
                            "A,\"first\nsecond\r\nthird\"\r\n"
                            "B,plain\r\n"
                            "C,\"x\ny\"\r\n"
                            "D,end\r\n";
    auto parsed = Csv::parse(data);
    QVERIFY(parsed);
    QCOMPARE(linesOf(*parsed), (QList<int>{1, 2, 5, 6, 8}));
    QCOMPARE(parsed->at(1).fields, (QStringList{u"A"_s, u"first\nsecond\r\nthird"_s}));
    QCOMPARE(parsed->at(3).fields, (QStringList{u"C"_s, u"x\ny"_s}));
    QCOMPARE(parsed->at(4).fields, (QStringList{u"D"_s, u"end"_s}));
}

void TestCsv::stripsByteOrderMark()
{
    auto parsed = Csv::parse("\xEF\xBB\xBF"
                             "code,name\r\nA,\"Zo\xC3\xAB\"\r\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->first().fields.first(), u"code"_s); // not "\uFEFFcode"
    QCOMPARE(parsed->at(1).fields, (QStringList{u"A"_s, u"Zoë"_s}));
    // A BOM-only file holds no records.
    auto empty = Csv::parse("\xEF\xBB\xBF");
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
}

void TestCsv::detectsSemicolonHeader()
{
    auto parsed = Csv::parse("code;name;notes\r\nA-1;Alpha;\"x;y, z\"\r\nB-2;Beta, Inc.;\r\n");
    QVERIFY(parsed);
    QCOMPARE(fieldsOf(*parsed),
             (QList<QStringList>{{u"code"_s, u"name"_s, u"notes"_s},
                                 {u"A-1"_s, u"Alpha"_s, u"x;y, z"_s},
                                 {u"B-2"_s, u"Beta, Inc."_s, QString()}}));
}

void TestCsv::commaHeaderKeepsSemicolonsAsText()
{
    auto parsed = Csv::parse("code,name\nA;1,Alpha;Beta\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->at(1).fields, (QStringList{u"A;1"_s, u"Alpha;Beta"_s}));
}

void TestCsv::skipsBlankLines()
{
    auto parsed = Csv::parse("a,b\n\n1,2\r\n\r\n\n3,4\n\n");
    QVERIFY(parsed);
    QCOMPARE(fieldsOf(*parsed), (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}));
    QCOMPARE(linesOf(*parsed), (QList<int>{1, 3, 6}));
}

void TestCsv::keepsEmptyFields()
{
    auto parsed = Csv::parse("a,b,c\n,,\n1,,3\n");
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(1).fields, (QStringList{QString(), QString(), QString()}));
    QCOMPARE(parsed->at(2).fields, (QStringList{u"1"_s, QString(), u"3"_s}));
}

void TestCsv::lastLineWithoutLineEnd()
{
    auto parsed = Csv::parse("a,b\n1,\"two\"");
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(1).fields, (QStringList{u"1"_s, u"two"_s}));
    auto trailingSeparator = Csv::parse("a,b\n1,");
    QVERIFY(trailingSeparator);
    QCOMPARE(trailingSeparator->at(1).fields, (QStringList{u"1"_s, QString()}));
}

void TestCsv::emptyInput()
{
    auto parsed = Csv::parse(QByteArray());
    QVERIFY(parsed);
    QVERIFY(parsed->isEmpty());
    auto blank = Csv::parse("\r\n\n");
    QVERIFY(blank);
    QVERIFY(blank->isEmpty());
}

void TestCsv::reportsUnclosedQuote()
{
    // The quote opens on line 3 and the file ends inside it, three lines later.
    auto parsed = Csv::parse("a,b\n1,2\n3,\"never\nclosed\n\nat all\n");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    QVERIFY2(parsed.error().message.startsWith(u"Line 3:"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"never closed"_s), qPrintable(parsed.error().message));
}

void TestCsv::reportsStrayQuote()
{
    // A multi-line field before it, so the line is the physical one and not the record number.
    auto parsed = Csv::parse("a,b\n\"x\ny\",ok\n1,ab\"c\n");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    QVERIFY2(parsed.error().message.startsWith(u"Line 4:"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"quote"_s), qPrintable(parsed.error().message));
}

void TestCsv::reportsTextAfterClosingQuote()
{
    auto parsed = Csv::parse("a,b\r\n1,2\r\n\"quoted\"tail,3\r\n");
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    QVERIFY2(parsed.error().message.startsWith(u"Line 3:"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"closing quote"_s), qPrintable(parsed.error().message));

    // A space after the closing quote is text too.
    auto spaced = Csv::parse("\"a\" ,b");
    QVERIFY(!spaced);
    QVERIFY2(spaced.error().message.startsWith(u"Line 1:"_s), qPrintable(spaced.error().message));
}

void TestCsv::reportsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");

    QTest::newRow("latin-1 byte on line 3") << QByteArray("a,b\n1,2\nZo\xEB,3\n") << 3;
    QTest::newRow("with BOM, line 2") << QByteArray("\xEF\xBB\xBF"
                                                    "a,b\r\n\xFF\xFE,1\r\n")
                                      << 2;
    QTest::newRow("truncated sequence on line 1") << QByteArray("a\xE6\x97,b\n1,2\n") << 1;
    QTest::newRow("inside quoted field, line 4") << QByteArray("a,b\n1,\"x\ny\n\xC0\xAF\"\n") << 4;
}

void TestCsv::reportsInvalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    auto parsed = Csv::parse(input);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::Validation);
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(u"UTF-8"_s), qPrintable(message));
    QVERIFY2(message.contains(u"line %1"_s.arg(line)), qPrintable(message));
}

void TestCsv::escapesOnlyWhereNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << u"FRAUD-01"_s << u"FRAUD-01"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("inner space") << u"Fraud detection"_s << u"Fraud detection"_s;
    QTest::newRow("markup") << u"<b>markup</b>"_s << u"<b>markup</b>"_s;
    QTest::newRow("non-Latin") << u"Zoë 日本語"_s << u"Zoë 日本語"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
    QTest::newRow("trailing space") << u"a "_s << u"\"a \""_s;
}

void TestCsv::escapesOnlyWhereNeeded()
{
    QFETCH(QString, field);
    QFETCH(QString, escaped);
    QCOMPARE(Csv::escape(field), escaped);
}

void TestCsv::writesCrlfAndBom()
{
    const QList<QStringList> rows{{u"code"_s, u"name"_s}, {u"A-1"_s, u"Alpha, Inc."_s}, {u"B-2"_s, u"Zoë"_s}};
    const QByteArray withBom = Csv::write(rows);
    QCOMPARE(withBom,
             QByteArray("\xEF\xBB\xBF"
                        "code,name\r\nA-1,\"Alpha, Inc.\"\r\nB-2,Zo\xC3\xAB\r\n"));
    const QByteArray withoutBom = Csv::write(rows, false);
    QCOMPARE(withoutBom, withBom.mid(3));
    // Every line break between records is CRLF: no bare LF.
    QCOMPARE(withoutBom.count("\r\n"), 3);
    QCOMPARE(withoutBom.count('\n'), 3);
}

void TestCsv::roundTripsAwkwardFields()
{
    const QList<QStringList> rows{
        {u"code"_s, u"name"_s, u"notes"_s},
        {u"A-1"_s, u"He said \"hello\", then left"_s, u"line one\nline two\r\nline three"_s},
        {u"B-2"_s, u"<b>markup</b> & <i>more</i>"_s, u"Zoë 日本語 Ελληνικά"_s},
        {u"C-3"_s, u"\"\""_s, u",;,\n\"\r\n"_s},
        {u"D-4"_s, u"  padded  "_s, QString()},
        {u"E-5"_s, QString(), u"\n"_s},
    };
    for (bool bom : {true, false}) {
        const QByteArray bytes = Csv::write(rows, bom);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        auto parsed = Csv::parse(bytes);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(fieldsOf(*parsed), rows);
        // Line numbers count the line breaks inside quoted fields: A-1 spans 3 lines, B-2 one, C-3 three (a LF and
        // a CRLF inside), D-4 one, E-5 two.
        QCOMPARE(linesOf(*parsed), (QList<int>{1, 2, 5, 6, 9, 10}));
        // Writing what was read gives the same bytes.
        QCOMPARE(Csv::write(fieldsOf(*parsed), bom), bytes);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
