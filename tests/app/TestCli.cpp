// The automation interface, end to end: the built `attest` binary, its output and its exit codes
// (0 success, 1 a check failed, 2 usage error, 3 workspace or I/O error).

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "storage/SystemRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString makeDemo(const QString& name, int extra = 0);
    static int lineCount(const QString& text) { return int(text.split(u'\n', Qt::SkipEmptyParts).size()); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void helpAndUsageErrors();
    void demoCreatesWorkspaceAndRefusesOverwrite();
    void demoScaleIsDeterministic();
    void systemsListFormats();
    void importRejectsBadRowThenImportsFixedFile();
    void importDryRunWritesNothing();
    void exportCsvAndJson();
    void auditVerifyIntactAndBroken();
    void auditVerifyNamesTamperedEvent_data();
    void auditVerifyNamesTamperedEvent();
    void unreadableWorkspacesExitThree_data();
    void unreadableWorkspacesExitThree();
    void newerWorkspaceIsRefusedAndUntouched();
    void lockedWorkspaceRefusesWritesButAllowsReads();
    void catalogListAndShow();
    void catalogImportAndExportOscal();
    void catalogImportOfBadInputChangesNothing_data();
    void catalogImportOfBadInputChangesNothing();
    void complianceStatusOfTheDemo();
    void soaListsAnnexA();
    void risksListFormatsAndFilters();
    void importRisksRejectsBadRowAndNamesIt();
    void importRisksAsksBeforeAddingThreats();
    void risksListCsvReimportsToTheSameRegister();
    void interviewsListOfTheDemo();
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(attestBinary()), qPrintable(attestBinary()));
}

QString TestCli::makeDemo(const QString& name, int extra)
{
    const QString db = path(name);
    QStringList args{u"demo"_s, u"--db"_s, db};
    if (extra > 0) {
        args << u"--systems"_s << QString::number(extra);
    }
    const auto r = runAttest(args);
    if (r.exitCode != 0) {
        qWarning() << r.err;
    }
    return db;
}

void TestCli::helpAndUsageErrors()
{
    auto help = runAttest({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"audit verify"_s));
    QVERIFY(help.out.contains(u"import systems"_s));

    auto unknown = runAttest({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"Unknown command"_s));
    QCOMPARE(lineCount(unknown.err), 1);

    auto badOption = runAttest({u"systems"_s, u"list"_s, u"--nope"_s});
    QCOMPARE(badOption.exitCode, 2);
    QCOMPARE(lineCount(badOption.err), 1);

    auto badFormat = runAttest({u"systems"_s, u"list"_s, u"--db"_s, path(u"x.db"_s), u"--format"_s, u"xml"_s});
    QCOMPARE(badFormat.exitCode, 2);
    QVERIFY(badFormat.err.contains(u"xml"_s));

    auto noFile = runAttest({u"import"_s, u"systems"_s, u"--db"_s, path(u"x.db"_s)});
    QCOMPARE(noFile.exitCode, 2);

    auto exportNoOut = runAttest({u"export"_s, u"systems"_s, u"--db"_s, path(u"x.db"_s), u"--format"_s, u"csv"_s});
    QCOMPARE(exportNoOut.exitCode, 2);

    auto subHelp = runAttest({u"import"_s, u"systems"_s, u"--help"_s});
    QCOMPARE(subHelp.exitCode, 0);
    QVERIFY(subHelp.out.contains(u"--dry-run"_s));
}

void TestCli::demoCreatesWorkspaceAndRefusesOverwrite()
{
    const QString db = makeDemo(u"demo.db"_s);
    QVERIFY(QFileInfo::exists(db));
    auto list = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray systems = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"systems"_s).toArray();
    QVERIFY(systems.size() >= 6);
    // The issue names six kinds of system the demo must hold.
    QStringList names;
    for (const QJsonValue& v : systems) {
        names << v.toObject().value(u"name"_s).toString().toLower() + u' ' +
                     v.toObject().value(u"description"_s).toString().toLower();
    }
    const QString all = names.join(u'\n');
    for (const QString& needle : {u"maintenance"_s, u"fraud"_s, u"diagnos"_s, u"chatbot"_s, u"cv"_s, u"credit"_s}) {
        QVERIFY2(all.contains(needle), qPrintable(needle));
    }
    bool phi = false;
    for (const QJsonValue& v : systems) {
        phi = phi || v.toObject().value(u"data_categories"_s).toArray().contains(u"phi"_s);
    }
    QVERIFY(phi);

    const QByteArray before = readFile(db);
    auto again = runAttest({u"demo"_s, u"--db"_s, db});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains(u"already exists"_s));
    QCOMPARE(lineCount(again.err), 1);
    QCOMPARE(readFile(db), before);

    auto verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::demoScaleIsDeterministic()
{
    const QString a = makeDemo(u"scale-a.db"_s, 300);
    const QString b = makeDemo(u"scale-b.db"_s, 300);
    auto la = runAttest({u"systems"_s, u"list"_s, u"--db"_s, a, u"--format"_s, u"csv"_s});
    auto lb = runAttest({u"systems"_s, u"list"_s, u"--db"_s, b, u"--format"_s, u"csv"_s});
    QCOMPARE(la.exitCode, 0);
    QCOMPARE(la.out, lb.out);
    // Header + curated + 300 generated rows (CSV fields may hold line breaks: count records by code prefix).
    QCOMPARE(int(la.out.count(QRegularExpression(u"(^|\r\n)GEN-\\d+,"_s))), 300);
}

void TestCli::systemsListFormats()
{
    const QString db = makeDemo(u"list.db"_s);
    auto table = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"Code"_s));
    QVERIFY(table.out.contains(u"AI systems: "_s));
    auto csv = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QString csvText = csv.out;
    if (csvText.startsWith(QChar(0xFEFF))) {
        csvText.remove(0, 1);
    }
    QVERIFY(csvText.startsWith(u"code,name,"_s));
    auto missing = runAttest({u"systems"_s, u"list"_s, u"--db"_s, path(u"nothing-here.db"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(u"no workspace"_s));
    QVERIFY(!QFileInfo::exists(path(u"nothing-here.db"_s)));
}

void TestCli::importRejectsBadRowThenImportsFixedFile()
{
    const QString db = path(u"import.db"_s);
    auto created = runAttest({u"demo"_s, u"--db"_s, db});
    QCOMPARE(created.exitCode, 0);
    auto headBefore = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QString bad = u"code,name,lifecycle,business_unit\r\n"
                  "IMP-1,First,production,Ops\r\n"
                  "IMP-2,Second,in production,Ops\r\n"
                  "IMP-3,Third,idea,Ops\r\n"_s;
    QVERIFY(writeFile(path(u"bad.csv"_s), bad.toUtf8()));
    auto rejected = runAttest({u"import"_s, u"systems"_s, path(u"bad.csv"_s), u"--db"_s, db});
    QCOMPARE(rejected.exitCode, 1);
    QVERIFY2(rejected.err.contains(u"bad.csv:3:"_s), qPrintable(rejected.err));
    QVERIFY(rejected.err.contains(u"in production"_s));
    auto headAfter = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(headAfter.out, headBefore.out); // nothing written

    bad.replace(u"in production"_s, u"Production"_s);
    QVERIFY(writeFile(path(u"good.csv"_s), bad.toUtf8()));
    auto imported = runAttest({u"import"_s, u"systems"_s, path(u"good.csv"_s), u"--db"_s, db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains(u"3 new"_s));
    auto list = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
    QVERIFY(list.out.contains(u"IMP-2,Second"_s));
    auto verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::importDryRunWritesNothing()
{
    const QString db = makeDemo(u"dry.db"_s);
    QVERIFY(writeFile(path(u"dry.csv"_s), "code,name\nDRY-1,Dry run system\n"));
    auto before = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    auto dry = runAttest({u"import"_s, u"systems"_s, path(u"dry.csv"_s), u"--db"_s, db, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(u"1 new"_s));
    auto after = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(after.out, before.out);
}

void TestCli::exportCsvAndJson()
{
    const QString db = makeDemo(u"export.db"_s);
    auto csv =
        runAttest({u"export"_s, u"systems"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, path(u"out.csv"_s)});
    QCOMPARE(csv.exitCode, 0);
    auto json = runAttest(
        {u"export"_s, u"systems"_s, u"--db"_s, db, u"--format"_s, u"json"_s, u"--out"_s, path(u"out.json"_s)});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(readFile(path(u"out.csv"_s))
                .startsWith("\xEF\xBB\xBF"
                            "code,name,")); // a BOM, so spreadsheets read UTF-8
    const QJsonObject root = QJsonDocument::fromJson(readFile(path(u"out.json"_s))).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"attest-systems"_s);
    QVERIFY(root.value(u"systems"_s).toArray().size() >= 6);
    // The CSV export imports back into a fresh workspace unchanged.
    const QString copy = path(u"reimport.db"_s);
    QCOMPARE(runAttest({u"demo"_s, u"--db"_s, copy, u"--systems"_s, u"0"_s}).exitCode, 0);
    auto reimport = runAttest({u"import"_s, u"systems"_s, path(u"out.csv"_s), u"--db"_s, copy});
    QCOMPARE(reimport.exitCode, 0);
    QVERIFY2(reimport.out.contains(u"0 new"_s), qPrintable(reimport.out));
    QVERIFY2(reimport.out.contains(u"0 updated"_s), qPrintable(reimport.out));
    auto bad = runAttest({u"export"_s,
                          u"systems"_s,
                          u"--db"_s,
                          db,
                          u"--format"_s,
                          u"csv"_s,
                          u"--out"_s,
                          path(u"no/such/dir/out.csv"_s)});
    QCOMPARE(bad.exitCode, 3);
}

void TestCli::auditVerifyIntactAndBroken()
{
    const QString db = makeDemo(u"verify.db"_s);
    auto ok = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(ok.exitCode, 0);
    static const QRegularExpression intact(u"^intact: (\\d+) events, head ([0-9a-f]{64})\n$"_s);
    const auto match = intact.match(ok.out);
    QVERIFY2(match.hasMatch(), qPrintable(ok.out));
    const int events = match.captured(1).toInt();
    QVERIFY(events > 10);
    auto count = sqliteShell(db, u"SELECT count(*) FROM audit_events;"_s);
    QCOMPARE(count.out.trimmed().toInt(), events);

    // An anchor (the head printed now) must still be found later; a trail cut back before it is reported.
    const QString anchor = match.captured(2);
    auto anchored = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db, u"--anchor"_s, anchor});
    QCOMPARE(anchored.exitCode, 0);
    QVERIFY2(anchored.out.contains(u"anchor at event %1"_s.arg(events)), qPrintable(anchored.out));
    auto badAnchor = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db, u"--anchor"_s, u"xyz"_s});
    QCOMPARE(badAnchor.exitCode, 2);
    const QString cut = path(u"verify-cut.db"_s);
    QVERIFY(QFile::copy(db, cut));
    QCOMPARE(sqliteShell(cut,
                         u"DROP TRIGGER audit_events_append_only_delete;\n"
                         "DELETE FROM audit_events WHERE seq >= %1;"_s.arg(events - 2))
                 .exitCode,
             0);
    // The chain alone cannot see a cut-off end, but the records still name the removed events ...
    auto truncated = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, cut});
    QCOMPARE(truncated.exitCode, 1);
    QVERIFY2(truncated.out.contains(u"(record mismatch)"_s), qPrintable(truncated.out));
    // ... and the anchor says what is missing.
    auto caught = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, cut, u"--anchor"_s, anchor});
    QCOMPARE(caught.exitCode, 1);
    QVERIFY2(caught.out.startsWith(u"broken (anchor missing)"_s), qPrintable(caught.out));

    auto tamper = sqliteShell(db,
                              u"DROP TRIGGER audit_events_append_only_update;\n"
                              "UPDATE audit_events SET reason = 'nothing to see' WHERE seq = 7;"_s);
    QCOMPARE(tamper.exitCode, 0);
    auto broken = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.startsWith(u"broken at event 7 (changed)"_s), qPrintable(broken.out));
    QVERIFY(broken.err.contains(u"event 7"_s));
}

void TestCli::auditVerifyNamesTamperedEvent_data()
{
    // Tampering as an attacker with the sqlite3 shell would do it, after dropping the guard triggers.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one field of one event changed")
        << u"UPDATE audit_events SET actor = 'Mallory' WHERE seq = 12;"_s << u"broken at event 12 (changed)"_s;
    QTest::newRow("an event deleted") << u"DELETE FROM audit_events WHERE seq = 20;"_s
                                      << u"broken at event 20 (missing)"_s;
    QTest::newRow("a forged event inserted")
        << u"UPDATE audit_events SET seq = seq + 1000000 WHERE seq > 30;\n"
           "UPDATE audit_events SET seq = seq - 1000000 + 1 WHERE seq > 1000000;\n"
           "INSERT INTO audit_events SELECT 31, at_ms, actor, os_account, 'update', entity_type, entity_id, "
           "'{\"criticality\":[\"high\",\"low\"]}', reason, batch, state_hash, hash, randomblob(32) "
           "FROM audit_events WHERE seq = 30;"_s
        << u"broken at event 31 (inserted)"_s;
}

void TestCli::auditVerifyNamesTamperedEvent()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString db = makeDemo(u"tamper-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()).left(8)));
    QCOMPARE(runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db}).exitCode, 0);
    const QString drop = u"DROP TRIGGER audit_events_append_only_update;\n"
                         "DROP TRIGGER audit_events_append_only_delete;\n"
                         "DROP TRIGGER audit_events_extend_chain;\n"_s;
    auto shell = sqliteShell(db, drop + sql);
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    auto verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.startsWith(expected), qPrintable(verify.out));
    QCOMPARE(lineCount(verify.err), 1);
}

void TestCli::unreadableWorkspacesExitThree_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not an Attest workspace") << u"foreign"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("random bytes") << u"random"_s;
    QTest::newRow("empty") << u"empty"_s;
}

void TestCli::unreadableWorkspacesExitThree()
{
    QFETCH(QString, kind);
    const QString db = path(kind + u".bin"_s);
    if (kind == u"foreign"_s) {
        QCOMPARE(sqliteShell(db, u"CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hello');"_s).exitCode, 0);
    } else if (kind == u"truncated"_s) {
        const QString source = makeDemo(u"to-truncate.db"_s, 2000);
        QByteArray bytes = readFile(source);
        QVERIFY(bytes.size() > 200000);
        QVERIFY(writeFile(db, bytes.left(bytes.size() / 2)));
    } else if (kind == u"random"_s) {
        QRandomGenerator rng(42);
        QByteArray bytes(65536, Qt::Uninitialized);
        for (char& c : bytes) {
            c = char(rng.bounded(256));
        }
        QVERIFY(writeFile(db, bytes));
    } else {
        QVERIFY(writeFile(db, QByteArray()));
    }
    const QByteArray before = readFile(db);
    for (const QStringList& command :
         {QStringList{u"systems"_s, u"list"_s},
          QStringList{u"audit"_s, u"verify"_s},
          QStringList{u"export"_s, u"systems"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"never.csv"_s)}}) {
        auto r = runAttest(command + QStringList{u"--db"_s, db});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.startsWith(u"attest: "_s), qPrintable(r.err));
    }
    QVERIFY(writeFile(path(u"x.csv"_s), "code,name\nA,B\n"));
    auto import = runAttest({u"import"_s, u"systems"_s, path(u"x.csv"_s), u"--db"_s, db});
    QCOMPARE(import.exitCode, 3);
    QCOMPARE(readFile(db), before);
    QVERIFY(!QFileInfo::exists(db + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path(u"never.csv"_s)));
}

void TestCli::newerWorkspaceIsRefusedAndUntouched()
{
    const QString db = makeDemo(u"newer.db"_s);
    QCOMPARE(sqliteShell(db, u"PRAGMA user_version = 99;"_s).exitCode, 0);
    const QByteArray before = readFile(db);
    auto r = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(u"newer version of Attest"_s));
    QVERIFY(writeFile(path(u"y.csv"_s), "code,name\nA,B\n"));
    auto import = runAttest({u"import"_s, u"systems"_s, path(u"y.csv"_s), u"--db"_s, db});
    QCOMPARE(import.exitCode, 3);
    QCOMPARE(readFile(db), before);
}

void TestCli::lockedWorkspaceRefusesWritesButAllowsReads()
{
    const QString db = makeDemo(u"locked.db"_s);
    auto held = openWorkspace(db); // this test process plays the other running Attest
    QVERIFY(held);
    QVERIFY(writeFile(path(u"z.csv"_s), "code,name\nLOCK-1,Blocked\n"));
    auto import = runAttest({u"import"_s, u"systems"_s, path(u"z.csv"_s), u"--db"_s, db});
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(u"open in another running Attest"_s), qPrintable(import.err));
    auto list = runAttest({u"systems"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(list.exitCode, 0);
    auto verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 0);
    held.reset();
    auto again = runAttest({u"import"_s, u"systems"_s, path(u"z.csv"_s), u"--db"_s, db});
    QCOMPARE(again.exitCode, 0);
}

void TestCli::catalogListAndShow()
{
    const QString db = makeDemo(u"catalogs.db"_s);
    auto table = runAttest({u"catalog"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QRegularExpression(u"iso27001-2022\\s+ISO/IEC 27001:2022\\s+2022\\s+139\\s+123"_s)),
             qPrintable(table.out));
    auto json = runAttest({u"catalog"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray frameworks = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"frameworks"_s).toArray();
    QCOMPARE(frameworks.size(), 9);
    for (const QJsonValue& f : frameworks) {
        QVERIFY(!f.toObject().value(u"attribution"_s).toString().isEmpty());
        QVERIFY(f.toObject().value(u"requirements"_s).toInt() > 0);
    }
    QCOMPARE(runAttest({u"catalog"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"xml"_s}).exitCode, 2);

    auto csv = runAttest({u"catalog"_s, u"show"_s, u"hipaa"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(u"ref,parent,kind,title,summary,question,assessable,flags,status"_s));
    QVERIFY2(csv.out.contains(u"164.308(a)(1)(ii)(A)"_s), qPrintable(csv.out.left(400)));
    QVERIFY2(csv.err.contains(u"HIPAA"_s), qPrintable(csv.err)); // the attribution, beside the table
    auto shown = runAttest({u"catalog"_s, u"show"_s, u"gdpr"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QVERIFY(!root.value(u"framework"_s).toObject().value(u"attribution"_s).toString().isEmpty());
    QCOMPARE(root.value(u"requirements"_s).toArray().size(), 125);
    QCOMPARE(runAttest({u"catalog"_s, u"show"_s, u"nope"_s, u"--db"_s, db, u"--format"_s, u"csv"_s}).exitCode, 1);
    QCOMPARE(runAttest({u"catalog"_s, u"show"_s, u"gdpr"_s, u"--db"_s, db}).exitCode, 2);
}

void TestCli::catalogImportAndExportOscal()
{
    const QString db = makeDemo(u"oscal.db"_s);
    auto imported = runAttest({u"catalog"_s, u"import"_s, dataPath(u"oscal/catalog-nested.json"_s), u"--db"_s, db});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains(u"example-model-assurance-controls"_s), qPrintable(imported.out));
    // Deviations are imported and listed.
    auto tolerated =
        runAttest({u"catalog"_s, u"import"_s, dataPath(u"oscal/catalog-deviations.json"_s), u"--db"_s, db});
    QCOMPARE(tolerated.exitCode, 0);
    QVERIFY2(tolerated.out.contains(u"Tolerated deviations from the OSCAL schema:"_s), qPrintable(tolerated.out));
    QVERIFY(tolerated.out.contains(u"has no time zone"_s));
    // A profile becomes a tailored framework.
    auto profile = runAttest({u"catalog"_s, u"import"_s, dataPath(u"oscal/profile-subset.json"_s), u"--db"_s, db});
    QCOMPARE(profile.exitCode, 0);
    QVERIFY2(profile.out.contains(u"tailored framework"_s), qPrintable(profile.out));

    QStringList exported;
    for (const QString& key :
         {u"iso27001-2022"_s, u"example-model-assurance-controls"_s, u"model-assurance-baseline-low"_s}) {
        const QString out = path(key + u".json"_s);
        auto r = runAttest({u"catalog"_s, u"export"_s, key, u"--db"_s, db, u"--format"_s, u"oscal"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"as an OSCAL 1.1.3 catalog"_s), qPrintable(r.out));
        exported << out;
    }
    const OscalValidation validation = validateOscal(exported);
    QVERIFY2(validation.ok, qPrintable(validation.report));

    QCOMPARE(runAttest({u"catalog"_s,
                        u"export"_s,
                        u"nope"_s,
                        u"--db"_s,
                        db,
                        u"--format"_s,
                        u"oscal"_s,
                        u"--out"_s,
                        path(u"nope.json"_s)})
                 .exitCode,
             1);
    QCOMPARE(runAttest({u"catalog"_s,
                        u"export"_s,
                        u"gdpr"_s,
                        u"--db"_s,
                        db,
                        u"--format"_s,
                        u"csv"_s,
                        u"--out"_s,
                        path(u"gdpr.csv"_s)})
                 .exitCode,
             2);
    QCOMPARE(runAttest({u"catalog"_s, u"export"_s, u"gdpr"_s, u"--db"_s, db, u"--format"_s, u"oscal"_s}).exitCode, 2);
    QCOMPARE(runAttest({u"catalog"_s,
                        u"export"_s,
                        u"gdpr"_s,
                        u"--db"_s,
                        db,
                        u"--format"_s,
                        u"oscal"_s,
                        u"--out"_s,
                        path(u"no/such/dir/gdpr.json"_s)})
                 .exitCode,
             3);
}

void TestCli::catalogImportOfBadInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray nested = readFile(dataPath(u"oscal/catalog-nested.json"_s));
    QTest::newRow("not JSON") << QByteArray("not json at all") << u"is not valid JSON"_s;
    QTest::newRow("truncated") << nested.left(nested.size() - 40) << u"the file may be cut off"_s;
    QTest::newRow("another model") << readFile(dataPath(u"oscal/ssp.json"_s)) << u"system-security-plan"_s;
    QTest::newRow("duplicate ids") << readFile(dataPath(u"oscal/catalog-duplicate-ids.json"_s)) << u"is used twice"_s;
    QTest::newRow("deep arrays") << QByteArray(50000, '[') + QByteArray(50000, ']') << u"nested too deeply"_s;
}

void TestCli::catalogImportOfBadInputChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString db = path(u"bad-oscal-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QCOMPARE(runAttest({u"demo"_s, u"--db"_s, db, u"--systems"_s, u"0"_s}).exitCode, 0);
    const QString before = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db}).out;
    const QString file = path(u"bad-oscal.json"_s);
    QVERIFY(writeFile(file, content));
    auto r = runAttest({u"catalog"_s, u"import"_s, file, u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"nothing was imported"_s) && r.err.contains(expected), qPrintable(r.err));
    // The trail's head is where it was: nothing was written.
    QCOMPARE(runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db}).out, before);
    QCOMPARE(runAttest({u"catalog"_s, u"import"_s, path(u"missing.json"_s), u"--db"_s, db}).exitCode, 3);
    QCOMPARE(runAttest({u"catalog"_s, u"import"_s, u"--db"_s, db}).exitCode, 2);
}

void TestCli::complianceStatusOfTheDemo()
{
    const QString db = makeDemo(u"compliance.db"_s);
    auto json = runAttest({u"compliance"_s, u"status"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(root.value(u"formula"_s).toString().contains(u"½"_s));
    int shown = 0;
    for (const QJsonValue& v : root.value(u"frameworks"_s).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonObject counts = f.value(u"counts"_s).toObject();
        if (f.value(u"systems"_s).toInt() == 0) {
            QVERIFY(counts.value(u"coverage_percent"_s).isNull()); // nothing to show, not 0 %
            continue;
        }
        ++shown;
        // The demo is a programme part-way through: never 0 % and never 100 %.
        const double percent = counts.value(u"coverage_percent"_s).toDouble();
        QVERIFY2(percent > 0 && percent < 100, qPrintable(f.value(u"framework"_s).toString()));
        QVERIFY(counts.value(u"partial"_s).toInt() > 0);
        QCOMPARE(counts.value(u"assessed"_s).toInt(),
                 counts.value(u"compliant"_s).toInt() + counts.value(u"partial"_s).toInt() +
                     counts.value(u"non_compliant"_s).toInt());
    }
    QVERIFY(shown >= 7);
    // One system, one framework: every requirement with its derivation.
    auto detail = runAttest({u"compliance"_s,
                             u"status"_s,
                             u"--db"_s,
                             db,
                             u"--system"_s,
                             u"HR-CV-01"_s,
                             u"--framework"_s,
                             u"gdpr"_s,
                             u"--format"_s,
                             u"json"_s});
    QCOMPARE(detail.exitCode, 0);
    const QJsonObject one = QJsonDocument::fromJson(detail.out.toUtf8()).object();
    QVERIFY(one.value(u"applies"_s).toBool());
    QVERIFY(one.value(u"applicability_confirmed"_s).toBool());
    bool art22 = false;
    for (const QJsonValue& v : one.value(u"requirements"_s).toArray()) {
        if (v.toObject().value(u"ref"_s).toString() == u"Art. 22"_s) {
            art22 = true;
            QVERIFY2(v.toObject().value(u"derivation"_s).toString().contains(u"AIC-HUM-01"_s),
                     qPrintable(v.toObject().value(u"derivation"_s).toString()));
        }
    }
    QVERIFY(art22);
    auto table = runAttest({u"compliance"_s, u"status"_s, u"--db"_s, db, u"--system"_s, u"MED-RAD-01"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"hipaa"_s));
    QVERIFY(table.out.contains(u"Coverage = "_s));
    QCOMPARE(runAttest({u"compliance"_s, u"status"_s, u"--db"_s, db, u"--system"_s, u"NOPE-1"_s}).exitCode, 1);
    QCOMPARE(runAttest({u"compliance"_s, u"status"_s, u"--db"_s, db, u"--framework"_s, u"nope"_s}).exitCode, 1);
    QCOMPARE(runAttest({u"compliance"_s, u"status"_s, u"--db"_s, db, u"--format"_s, u"xml"_s}).exitCode, 2);
}

void TestCli::soaListsAnnexA()
{
    const QString db = makeDemo(u"soa.db"_s);
    auto csv = runAttest({u"soa"_s, u"--db"_s, db, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().contains(u"control,title,theme,applicable,justification,implementation"_s));
    auto json = runAttest({u"soa"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray controls = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"controls"_s).toArray();
    QCOMPARE(controls.size(), 93);
    int excluded = 0;
    for (const QJsonValue& v : controls) {
        if (!v.toObject().value(u"applicable"_s).toBool()) {
            ++excluded;
            QVERIFY(!v.toObject().value(u"justification"_s).toString().isEmpty());
        }
    }
    QCOMPARE(excluded, 2);
    QCOMPARE(runAttest({u"soa"_s, u"--db"_s, db}).exitCode, 2);
}

void TestCli::risksListFormatsAndFilters()
{
    const QString db = makeDemo(u"risks-list.attest"_s);
    auto table = runAttest({u"risks"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"CS-CHAT-01"_s));
    QVERIFY(table.out.contains(u"Prompt injection and jailbreaks"_s));
    auto json = runAttest({u"risks"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"risks"_s).toArray();
    QVERIFY(all.size() >= 20);
    QVERIFY(all.first().toObject().value(u"inherent_explanation"_s).toString().contains(u" × impact "_s));
    // One system, by code.
    auto chat =
        runAttest({u"risks"_s, u"list"_s, u"--db"_s, db, u"--system"_s, u"CS-CHAT-01"_s, u"--format"_s, u"json"_s});
    QCOMPARE(chat.exitCode, 0);
    const QJsonArray chatRisks = QJsonDocument::fromJson(chat.out.toUtf8()).object().value(u"risks"_s).toArray();
    QVERIFY(!chatRisks.isEmpty() && chatRisks.size() < all.size());
    for (const QJsonValue& v : chatRisks) {
        QCOMPARE(v.toObject().value(u"system"_s).toString(), u"CS-CHAT-01"_s);
    }
    // By current level: residual once assessed, else inherent; any case.
    auto high = runAttest({u"risks"_s, u"list"_s, u"--db"_s, db, u"--level"_s, u"high"_s, u"--format"_s, u"json"_s});
    QCOMPARE(high.exitCode, 0);
    const QJsonArray highRisks = QJsonDocument::fromJson(high.out.toUtf8()).object().value(u"risks"_s).toArray();
    QVERIFY(!highRisks.isEmpty());
    int expected = 0;
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        const QString level = o.contains(u"residual_level"_s) ? o.value(u"residual_level"_s).toString()
                                                              : o.value(u"inherent_level"_s).toString();
        expected += level == u"High"_s ? 1 : 0;
    }
    QCOMPARE(highRisks.size(), expected);
    auto badLevel = runAttest({u"risks"_s, u"list"_s, u"--db"_s, db, u"--level"_s, u"Severe"_s});
    QCOMPARE(badLevel.exitCode, 2);
    QVERIFY(badLevel.err.contains(u"Low, Medium, High, Critical"_s));
    auto badSystem = runAttest({u"risks"_s, u"list"_s, u"--db"_s, db, u"--system"_s, u"NOPE"_s});
    QCOMPARE(badSystem.exitCode, 2);
}

void TestCli::importRisksRejectsBadRowAndNamesIt()
{
    const QString db = makeDemo(u"risks-bad.attest"_s);
    const QString file = path(u"bad-risks.csv"_s);
    QVERIFY(writeFile(file,
                      "system,threat,scenario,likelihood,impact\n"
                      "CS-CHAT-01,Data poisoning,Poisoned FAQ pages,2,3\n"
                      "HR-CV-01,Data poisoning,Poisoned CVs,3,Enormous\n"
                      "FIN-OCR-01,Data poisoning,Poisoned invoices,2,2\n"));
    const QByteArray before = readFile(db);
    auto r = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file + u":3: "_s) && r.err.contains(u"Enormous"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"nothing was imported"_s));
    QCOMPARE(readFile(db), before);
    // A dry run of a good file writes nothing either; the real run adds the rows.
    QVERIFY(writeFile(file,
                      "system,threat,scenario,likelihood,impact\n"
                      "CS-CHAT-01,Data poisoning,Poisoned FAQ pages,2,3\n"
                      "HR-CV-01,Data poisoning,Poisoned CVs,3,Major\n"));
    auto dry = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, db, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(u"new risks: 2"_s));
    QCOMPARE(readFile(db), before);
    auto real = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, db});
    QCOMPARE(real.exitCode, 0);
    auto verify = runAttest({u"audit"_s, u"verify"_s, u"--db"_s, db});
    QCOMPARE(verify.exitCode, 0);
}

void TestCli::importRisksAsksBeforeAddingThreats()
{
    const QString db = makeDemo(u"risks-threats.attest"_s);
    const QString file = path(u"new-threat.csv"_s);
    QVERIFY(writeFile(file,
                      "system,threat,scenario,likelihood,impact\n"
                      "CS-CHAT-01,Hallucinated refund promises,Invents refund rules,3,3\n"));
    const QByteArray before = readFile(db);
    auto refused = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, db});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Hallucinated refund promises (line 2)"_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"--create-threats"_s));
    QCOMPARE(readFile(db), before);
    auto agreed = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, db, u"--create-threats"_s});
    QCOMPARE(agreed.exitCode, 0);
    QVERIFY(agreed.out.contains(u"new threats: 1"_s));
}

void TestCli::risksListCsvReimportsToTheSameRegister()
{
    const QString source = makeDemo(u"risks-source.attest"_s);
    // An empty workspace with the same demo systems: the systems' CSV imported into a new file.
    const QString systems = path(u"demo-systems.csv"_s);
    QCOMPARE(runAttest({u"export"_s, u"systems"_s, u"--db"_s, source, u"--format"_s, u"csv"_s, u"--out"_s, systems})
                 .exitCode,
             0);
    const QString target = path(u"risks-target.attest"_s);
    {
        auto ws = createWorkspace(target);
        QVERIFY(ws);
        QVERIFY(CatalogLoader::sync(ws->connection()));
    }
    auto imported = runAttest({u"import"_s, u"systems"_s, systems, u"--db"_s, target});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    auto empty = runAttest({u"risks"_s, u"list"_s, u"--db"_s, target, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).object().value(u"risks"_s).toArray().size(), 0);

    auto listed = runAttest({u"risks"_s, u"list"_s, u"--db"_s, source, u"--format"_s, u"csv"_s});
    QCOMPARE(listed.exitCode, 0);
    const QString file = path(u"register.csv"_s);
    QVERIFY(writeFile(file, listed.out.toUtf8()));
    auto reimported = runAttest({u"import"_s, u"risks"_s, file, u"--db"_s, target});
    QVERIFY2(reimported.exitCode == 0, qPrintable(reimported.err));
    auto again = runAttest({u"risks"_s, u"list"_s, u"--db"_s, target, u"--format"_s, u"csv"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(lineCount(listed.out) > 20);
    QCOMPARE(again.out, listed.out);
}

void TestCli::interviewsListOfTheDemo()
{
    const QString db = makeDemo(u"interviews.attest"_s);
    auto table = runAttest({u"interviews"_s, u"list"_s, u"--db"_s, db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"GDPR interview: instalment credit scoring"_s));
    QVERIFY(table.out.contains(u"8 of 8"_s));
    auto json = runAttest({u"interviews"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"interviews"_s).toArray();
    QCOMPARE(list.size(), 2);
    QStringList statuses;
    for (const QJsonValue& v : list) {
        statuses << v.toObject().value(u"status"_s).toString();
    }
    statuses.sort();
    QCOMPARE(statuses, (QStringList{u"completed"_s, u"in_progress"_s}));
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(u"status"_s) == u"completed"_s) {
            QCOMPARE(o.value(u"acknowledged_by"_s).toString(), u"Jonas Berger"_s);
            QCOMPARE(o.value(u"systems"_s).toArray().first().toString(), u"FIN-CREDIT-01"_s);
            QCOMPARE(o.value(u"follow_ups"_s).toInt(), 2);
        } else {
            QCOMPARE(o.value(u"answered"_s).toInt(), 5);
            QVERIFY(o.value(u"questions"_s).toInt() > 5);
        }
    }
    QCOMPARE(runAttest({u"interviews"_s, u"list"_s, u"--db"_s, db, u"--format"_s, u"csv"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
