// `attest export`, end to end with the built binary: every table as XLSX and CSV, the inventory's JSON as before,
// one system's OSCAL assessment results and plan of action (valid against the NIST schema), and the errors: an
// unknown export or format, an unknown system, nothing to plan, and a path that cannot be written (exit 3, one
// line on stderr, no file left behind).

#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static int lineCount(const QString& text) { return int(text.split(u'\n', Qt::SkipEmptyParts).size()); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase();
    void helpListsExport();
    void everyTableAsXlsxAndCsv_data();
    void everyTableAsXlsxAndCsv();
    void systemsJsonStillWorks();
    void oscalResultsAndPlan();
    void usageErrors_data();
    void usageErrors();
    void nothingToPlanIsAFailedCheck();
    void unwritablePathLeavesNothing_data();
    void unwritablePathLeavesNothing();
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(attestBinary()), qPrintable(attestBinary()));
    m_db = path(u"demo.db"_s);
    const auto demo = runAttest({u"demo"_s, u"--db"_s, m_db});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCliExport::helpListsExport()
{
    const auto help = runAttest({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"export"_s));
    const auto sub = runAttest({u"export"_s, u"--help"_s});
    QCOMPARE(sub.exitCode, 0);
    for (const QString& word : {u"--format"_s, u"--out"_s, u"--system"_s, u"oscal-poam"_s, u"findings"_s}) {
        QVERIFY2(sub.out.contains(word), qPrintable(word));
    }
}

void TestCliExport::everyTableAsXlsxAndCsv_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("format");
    for (const QString& table : {u"systems"_s, u"risks"_s, u"controls"_s, u"findings"_s, u"soa"_s}) {
        for (const QString& format : {u"xlsx"_s, u"csv"_s}) {
            QTest::addRow("%s %s", qPrintable(table), qPrintable(format)) << table << format;
        }
    }
}

void TestCliExport::everyTableAsXlsxAndCsv()
{
    QFETCH(QString, table);
    QFETCH(QString, format);
    const QString out = path(u"%1.%2"_s.arg(table, format));
    const auto r = runAttest({u"export"_s, table, u"--db"_s, m_db, u"--format"_s, format, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"Exported "_s) && r.out.contains(out), qPrintable(r.out));
    const QByteArray data = readFile(out);
    if (format == u"xlsx"_s) {
        QVERIFY(data.startsWith("PK\x03\x04")); // a ZIP container, as every XLSX is
    } else {
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.count("\r\n") >= 4);
    }
    // The SoA lists the 93 Annex A controls; the systems CSV is the file `import systems` reads.
    if (table == u"soa"_s && format == u"csv"_s) {
        QVERIFY(data.mid(3).startsWith("control,title,theme,applicable"));
        QCOMPARE(r.out.section(u' ', 1, 1), u"93"_s);
    }
    if (table == u"systems"_s && format == u"csv"_s) {
        QVERIFY(data.mid(3).startsWith("code,name,"));
        const QString copy = path(u"reimport.db"_s);
        QFile::remove(copy);
        QCOMPARE(runAttest({u"demo"_s, u"--db"_s, copy, u"--systems"_s, u"0"_s}).exitCode, 0);
        const auto reimport = runAttest({u"import"_s, u"systems"_s, out, u"--db"_s, copy, u"--dry-run"_s});
        QVERIFY2(reimport.exitCode == 0, qPrintable(reimport.err));
        QVERIFY2(reimport.out.contains(u"0 new"_s) && reimport.out.contains(u"0 updated"_s), qPrintable(reimport.out));
    }
}

void TestCliExport::systemsJsonStillWorks()
{
    const QString out = path(u"systems.json"_s);
    const auto r = runAttest({u"export"_s, u"systems"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(readFile(out)).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"attest-systems"_s);
    QVERIFY(root.value(u"systems"_s).toArray().size() >= 6);
}

void TestCliExport::oscalResultsAndPlan()
{
    // The demo's credit-scoring system has open findings; the system can be named by code or by id.
    const QString ar = path(u"ar.json"_s);
    const auto results =
        runAttest({u"export"_s, u"oscal-ar"_s, u"--db"_s, m_db, u"--system"_s, u"FIN-CREDIT-01"_s, u"--out"_s, ar});
    QVERIFY2(results.exitCode == 0, qPrintable(results.err));
    QVERIFY2(results.out.contains(u"assessment results"_s), qPrintable(results.out));
    const QJsonObject arBody = QJsonDocument::fromJson(readFile(ar)).object().value(u"assessment-results"_s).toObject();
    bool named = false;
    for (const QJsonValue& p : arBody.value(u"metadata"_s).toObject().value(u"props"_s).toArray()) {
        named = named || (p.toObject().value(u"name"_s).toString() == u"system"_s &&
                          p.toObject().value(u"value"_s).toString() == u"FIN-CREDIT-01"_s);
    }
    QVERIFY(named);
    QVERIFY(!arBody.value(u"results"_s).toArray().isEmpty());

    const QString poam = path(u"poam.json"_s);
    const auto plan =
        runAttest({u"export"_s, u"oscal-poam"_s, u"--db"_s, m_db, u"--system"_s, u"fin-credit-01"_s, u"--out"_s, poam});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    const QJsonObject poamBody =
        QJsonDocument::fromJson(readFile(poam)).object().value(u"plan-of-action-and-milestones"_s).toObject();
    QVERIFY(!poamBody.value(u"poam-items"_s).toArray().isEmpty());
    const OscalValidation validation = validateOscal({ar, poam});
    QVERIFY2(validation.ok, qPrintable(validation.report));
    QCOMPARE(validation.report.count(u"\nvalid: "_s) + (validation.report.startsWith(u"valid: "_s) ? 1 : 0), 2);
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown table") << QStringList{u"widgets"_s, u"--format"_s, u"csv"_s} << u"widgets"_s;
    QTest::newRow("nothing named") << QStringList{u"--format"_s, u"csv"_s} << u"oscal-ar"_s;
    QTest::newRow("two tables") << QStringList{u"risks"_s, u"soa"_s, u"--format"_s, u"csv"_s} << u"soa"_s;
    QTest::newRow("no format") << QStringList{u"risks"_s} << u"xlsx"_s;
    QTest::newRow("wrong format") << QStringList{u"controls"_s, u"--format"_s, u"pdf"_s} << u"xlsx"_s;
    QTest::newRow("json is for systems") << QStringList{u"findings"_s, u"--format"_s, u"json"_s} << u"csv"_s;
    QTest::newRow("no system") << QStringList{u"oscal-ar"_s} << u"--system"_s;
    QTest::newRow("unknown system") << QStringList{u"oscal-poam"_s, u"--system"_s, u"NOPE-99"_s} << u"NOPE-99"_s;
    QTest::newRow("no out") << QStringList{u"noout"_s} << QString();
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QStringList before = entries();
    const QString out = path(u"usage.out"_s);
    QStringList command{u"export"_s};
    if (arguments == QStringList{u"noout"_s}) {
        command << u"soa"_s << u"--db"_s << m_db << u"--format"_s << u"csv"_s;
    } else {
        command << arguments << u"--db"_s << m_db << u"--out"_s << out;
    }
    const auto r = runAttest(command);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.startsWith(u"attest: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(entries(), before);
}

void TestCliExport::nothingToPlanIsAFailedCheck()
{
    // Every system of the demo, by code: a plan where it has open findings, else a failed check (1) and no file.
    const auto list = runAttest({u"systems"_s, u"list"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray systems = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"systems"_s).toArray();
    QVERIFY(systems.size() >= 6);
    QStringList plans;
    int nothingToPlan = 0;
    for (const QJsonValue& system : systems) {
        const QString code = system.toObject().value(u"code"_s).toString();
        const QString out = path(u"poam-%1.json"_s.arg(code));
        const auto r = runAttest({u"export"_s, u"oscal-poam"_s, u"--db"_s, m_db, u"--system"_s, code, u"--out"_s, out});
        if (r.exitCode == 0) {
            QVERIFY(QFileInfo::exists(out));
            plans << out;
            continue;
        }
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.contains(u"no open findings"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        ++nothingToPlan;
    }
    QVERIFY(!plans.isEmpty());
    QVERIFY(nothingToPlan > 0);
    const OscalValidation validation = validateOscal(plans);
    QVERIFY2(validation.ok, qPrintable(validation.report));
}

void TestCliExport::unwritablePathLeavesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << QStringList{u"findings"_s, u"--format"_s, u"xlsx"_s} << u"findings.xlsx"_s;
    QTest::newRow("csv") << QStringList{u"risks"_s, u"--format"_s, u"csv"_s} << u"risks.csv"_s;
    QTest::newRow("oscal-ar") << QStringList{u"oscal-ar"_s, u"--system"_s, u"FIN-CREDIT-01"_s} << u"ar.json"_s;
}

void TestCliExport::unwritablePathLeavesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    // A folder that does not exist, and a target that is a folder.
    const QString missing = path(u"no/such/folder/"_s + file);
    QVERIFY(QDir(m_dir.path()).mkpath(u"taken.xlsx"_s));
    for (const QString& out : {missing, path(u"taken.xlsx"_s)}) {
        const QStringList before = entries();
        const auto r = runAttest(QStringList{u"export"_s} << arguments << u"--db"_s << m_db << u"--out"_s << out);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.startsWith(u"attest: "_s) && r.err.contains(out), qPrintable(r.err));
        QCOMPARE(entries(), before);
        QVERIFY(QFileInfo(path(u"taken.xlsx"_s)).isDir());
    }
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
