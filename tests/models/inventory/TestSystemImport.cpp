// CSV import and export of AI systems. The acceptance criteria: a file with one bad row imports nothing and names
// the physical line and the reason; a good file imports in one transaction (one audit batch, chain intact);
// awkward text survives import -> export -> import unchanged; re-importing changes nothing; an edit in the file
// becomes exactly one audited update; header problems are reported; dry runs and cancelled imports write nothing.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "inventory/SystemExport.h"
#include "inventory/SystemImport.h"
#include "io/Csv.h"
#include "storage/AuditRepository.h"
#include "storage/SystemRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

// A multi-line value with everything CSV has to protect: quotes, separators (both kinds), LF and CRLF line breaks,
// markup, leading/trailing blanks and non-Latin text.
const QString TrickyText = u"  He said \"stop\", then left; <b>markup</b> & <i>more</i>\n"
                           "Zoë 日本語 Ελληνικά — “curly”\r\n"
                           "last, line \"\" end  "_s;
// Single-line fields are trimmed, so this one has no outer blanks and no line breaks.
const QString TrickyName = u"\"Quoted\" name, with <b>markup</b>; Zoë 日本語 Ελληνικά"_s;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

QString problemsText(const SystemImportPlan& plan)
{
    QStringList lines;
    for (const ImportProblem& problem : plan.problems) {
        lines << problem.text();
    }
    return lines.join(u" | "_s);
}

} // namespace

class TestSystemImport : public QObject
{
    Q_OBJECT

private:
    QString writeCsv(const QString& name, const QByteArray& data);
    qint64 systemCount(Workspace& ws);
    AuditHead head(Workspace& ws);
    // Existing data every test starts from: one system, one audit event.
    void seed(Workspace& ws);
    std::optional<AiSystem> byCode(Workspace& ws, const QString& code);
    static QByteArray goodFile(const QString& thirdLifecycle);

    QTemporaryDir m_dir;
    QString m_db;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void init();
    void cleanup();

    void badRowImportsNothing();
    void everyProblemIsReportedWithItsLine();
    void goodFileImportsInOneTransaction();
    void trickyFieldsRoundTrip();
    void jsonExportContainsTheValues();
    void reimportChangesNothing();
    void changedFieldBecomesOneUpdate();
    void updatesAndCreatesShareOneBatch();
    void partialColumnsLeaveOtherFieldsAlone();
    void headersMatchKeysAndLabels();
    void semicolonFileImports();
    void unknownColumnIsAnError();
    void duplicateColumnIsAnError();
    void missingCodeColumnIsAnError();
    void duplicateCodeInFileNamesBothLines();
    void wrongFieldCountIsAnError();
    void emptyCodeIsAnError();
    void unreadableFilesAreProblems();
    void dryRunWritesNothing();
    void cancelRollsBackEverything();
    void cancelAtTheLastStepRollsBackUpdatesToo();
    void exportToFileWritesTheSameBytes();
};

void TestSystemImport::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(1767225600000);
    m_db = m_dir.filePath(u"import-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_ws = createWorkspace(m_db, &m_clock);
    QVERIFY(m_ws);
    seed(*m_ws);
}

void TestSystemImport::cleanup()
{
    m_ws.reset();
}

QString TestSystemImport::writeCsv(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, data)) {
        QTest::qFail("could not write the CSV fixture", __FILE__, __LINE__);
    }
    return path;
}

qint64 TestSystemImport::systemCount(Workspace& ws)
{
    auto count = SystemRepository(ws.connection()).count(true);
    return count ? *count : -1;
}

AuditHead TestSystemImport::head(Workspace& ws)
{
    auto h = ws.connection().auditHead();
    return h ? *h : AuditHead{-1, {}};
}

void TestSystemImport::seed(Workspace& ws)
{
    AiSystem existing = AiSystem::withDefaults();
    existing.set(u"code"_s, u"EXIST-01"_s);
    existing.set(u"name"_s, u"Existing system"_s);
    existing.set(u"business_owner"_s, u"Finance"_s);
    existing.set(u"lifecycle"_s, u"production"_s);
    auto id = SystemRepository(ws.connection()).create(existing);
    QVERIFY(id);
    m_clock.advance(60000);
}

std::optional<AiSystem> TestSystemImport::byCode(Workspace& ws, const QString& code)
{
    SystemRepository repo(ws.connection());
    auto id = repo.idForCode(code);
    if (!id || !id->has_value()) {
        return std::nullopt;
    }
    auto system = repo.get(**id);
    return system ? *system : std::nullopt;
}

QByteArray TestSystemImport::goodFile(const QString& thirdLifecycle)
{
    // Line 1: header (labels and keys mixed). Lines 2-3: FRAUD-01 with a two-line description. Line 4: CHAT-01.
    // Line 5: CV-01, whose lifecycle the caller chooses.
    return utf8(u"code,name,Business owner,lifecycle,description\r\n"
                "FRAUD-01,Fraud detection,Payments,production,\"Scores card payments\nfor fraud\"\r\n"
                "CHAT-01,Customer chatbot,Service,Development,Answers questions\r\n"
                "CV-01,CV screening,HR,%1,Ranks applicants\r\n"_s.arg(thirdLifecycle));
}

void TestSystemImport::badRowImportsNothing()
{
    const qint64 countBefore = systemCount(*m_ws);
    const AuditHead headBefore = head(*m_ws);
    QCOMPARE(countBefore, 1);
    QCOMPARE(headBefore.seq, 1);

    const QString path = writeCsv(u"systems.csv"_s, goodFile(u"launched"_s));
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    const SystemImportPlan& plan = *result;
    QVERIFY(!plan.ok());
    QCOMPARE(plan.problems.size(), 1);
    const ImportProblem& problem = plan.problems.first();
    // The bad row is the third data row, which starts on physical line 5 because row 1 spans lines 2-3.
    QCOMPARE(problem.line, 5);
    QVERIFY2(problem.message.contains(u"launched"_s), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(u"Lifecycle stage"_s), qPrintable(problem.message));
    QVERIFY2(problem.text().startsWith(u"line 5: "_s), qPrintable(problem.text()));
    QVERIFY2(plan.summary().contains(u"nothing was imported"_s), qPrintable(plan.summary()));

    // Nothing was written: not the two good rows either.
    QCOMPARE(systemCount(*m_ws), countBefore);
    const AuditHead headAfter = head(*m_ws);
    QCOMPARE(headAfter.seq, headBefore.seq);
    QCOMPARE(headAfter.hash, headBefore.hash);
    QVERIFY(!byCode(*m_ws, u"FRAUD-01"_s));
    QVERIFY(!byCode(*m_ws, u"CHAT-01"_s));

    // apply() refuses a plan with problems as well.
    auto applied = SystemImport::apply(m_ws->connection(), plan);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Validation);
    QCOMPARE(head(*m_ws).seq, headBefore.seq);
}

void TestSystemImport::everyProblemIsReportedWithItsLine()
{
    const QByteArray data = utf8(u"code,name,next_review,data_categories\n"
                                 "A-1,Alpha,2026-02-30,\n"        // line 2: not a date
                                 "B-2,Beta,,personal\n"           // line 3: fine
                                 "C-3,,,\n"                       // line 4: name missing
                                 "D 4,Delta,,\"none,personal\"\n" // line 5: bad code and none+personal
                                 ""_s);
    auto plan = SystemImport::plan(m_ws->connection(), data, u"x.csv"_s);
    QVERIFY(plan);
    QList<int> lines;
    for (const ImportProblem& p : plan->problems) {
        lines << p.line;
    }
    QCOMPARE(lines, (QList<int>{2, 4, 5, 5}));
    QVERIFY(plan->problems.at(0).message.contains(u"2026-02-30"_s));
    QVERIFY(plan->problems.at(1).message.contains(u"Name is required"_s));
    QVERIFY2(plan->problems.at(2).message.contains(u"D 4"_s), qPrintable(problemsText(*plan)));
    QVERIFY2(plan->problems.at(3).message.contains(u"cannot be combined"_s), qPrintable(problemsText(*plan)));
    QCOMPARE(plan->toCreate.size(), 1); // only B-2 is fine
}

void TestSystemImport::goodFileImportsInOneTransaction()
{
    const AuditHead headBefore = head(*m_ws);
    const QString path = writeCsv(u"systems.csv"_s, goodFile(u"Validation"_s));
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(problemsText(*result)));
    QCOMPARE(result->rows, 3);
    QCOMPARE(result->toCreate.size(), 3);
    QCOMPARE(result->toUpdate.size(), 0);
    QCOMPARE(result->unchanged, 0);
    QCOMPARE(result->summary(), u"Rows read: 3; 3 new, 0 updated, 0 unchanged."_s);
    QCOMPARE(systemCount(*m_ws), 4);

    // Exactly one create event per row, all in one batch that no other event belongs to.
    AuditRepository audit(m_ws->connection());
    auto events = audit.page({}, 0, 100);
    QVERIFY(events);
    QCOMPARE(events->size(), 4);
    QSet<QString> batches;
    QSet<qint64> entities;
    for (int i = 0; i < 3; ++i) {
        const AuditEventRecord& e = events->at(i);
        QCOMPARE(e.action, u"create"_s);
        QCOMPARE(e.entityType, u"ai_system"_s);
        QCOMPARE(e.reason, u"Import AI systems from systems.csv (3 new, 0 updated)"_s);
        QCOMPARE(e.actor, testActor().displayName);
        QVERIFY(!e.batch.isEmpty());
        batches.insert(e.batch);
        entities.insert(e.entityId);
    }
    QCOMPARE(batches.size(), 1);
    QCOMPARE(entities.size(), 3);
    QVERIFY(events->at(3).batch != events->at(0).batch); // the seed's own action

    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified);
    QVERIFY2(verified->intact, qPrintable(verified->summary()));
    QCOMPARE(verified->eventCount, headBefore.seq + 3);
    QCOMPARE(verified->headSeq, headBefore.seq + 3);

    // Values as stored: labels normalised to codes, the multi-line description exactly as in the file.
    auto fraud = byCode(*m_ws, u"FRAUD-01"_s);
    QVERIFY(fraud);
    QCOMPARE(fraud->name(), u"Fraud detection"_s);
    QCOMPARE(fraud->value(u"business_owner"_s), u"Payments"_s);
    QCOMPARE(fraud->value(u"description"_s), u"Scores card payments\nfor fraud"_s);
    QCOMPARE(fraud->lifecycle(), u"production"_s);
    QCOMPARE(fraud->value(u"ai_act_tier"_s), u"unclassified"_s); // default for a column the file lacks
    auto chat = byCode(*m_ws, u"CHAT-01"_s);
    QVERIFY(chat);
    QCOMPARE(chat->lifecycle(), u"development"_s);
    auto cv = byCode(*m_ws, u"CV-01"_s);
    QVERIFY(cv);
    QCOMPARE(cv->lifecycle(), u"validation"_s);
    QCOMPARE(fraud->createdMs, m_clock.nowMs());
}

void TestSystemImport::trickyFieldsRoundTrip()
{
    // Written by hand (not by Csv::write) so that the reader is checked against independent input.
    auto quote = [](QString text) -> QString { return u"\""_s + text.replace(u"\""_s, u"\"\""_s) + u"\""_s; };
    const QString file = u"code,name,description,notes,business_owner,tags,components,next_review\r\n"_s +
                         u"TRICK-01,"_s + quote(TrickyName) + u","_s + quote(TrickyText) + u","_s +
                         quote(u"<script>alert(1)</script>\n\nsecond paragraph"_s) + u","_s +
                         quote(u"Müller, Jürgen"_s) + u","_s + quote(u"fraud, 日本語"_s) + u","_s +
                         quote(u"model: Llama 3.1 8B\nlibrary: scikit-learn"_s) + u",2026-06-30\r\n"_s +
                         u"PLAIN-02,Plain,,,,,,\r\n"_s;
    const QString path = writeCsv(u"tricky.csv"_s, utf8(file));
    auto imported = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(imported);
    QVERIFY2(imported->ok(), qPrintable(problemsText(*imported)));
    QCOMPARE(imported->toCreate.size(), 2);

    auto tricky = byCode(*m_ws, u"TRICK-01"_s);
    QVERIFY(tricky);
    QCOMPARE(tricky->name(), TrickyName);
    QCOMPARE(tricky->value(u"description"_s), TrickyText);
    QCOMPARE(tricky->value(u"notes"_s), u"<script>alert(1)</script>\n\nsecond paragraph"_s);
    QCOMPARE(tricky->value(u"business_owner"_s), u"Müller, Jürgen"_s);
    QCOMPARE(tricky->value(u"tags"_s), u"fraud, 日本語"_s);
    QCOMPARE(tricky->value(u"components"_s), u"model: Llama 3.1 8B\nlibrary: scikit-learn"_s);
    QCOMPARE(tricky->value(u"next_review"_s), u"2026-06-30"_s);

    // Export, and the export's own structure: a BOM, CRLF between records, the keys as header.
    auto exported = SystemExport::exportAll(m_ws->connection(), SystemExport::Format::Csv);
    QVERIFY(exported);
    const QByteArray first = *exported;
    QVERIFY(first.startsWith("\xEF\xBB\xBF"));
    auto records = Csv::parse(first);
    QVERIFY(records);
    QCOMPARE(records->size(), 4); // header + EXIST-01 + PLAIN-02 + TRICK-01
    QCOMPARE(records->first().fields, SystemFields::keys());
    // Rows come in code order.
    const int codeColumn = int(SystemFields::keys().indexOf(u"code"_s));
    QCOMPARE(records->at(1).fields.at(codeColumn), u"EXIST-01"_s);
    QCOMPARE(records->at(2).fields.at(codeColumn), u"PLAIN-02"_s);
    QCOMPARE(records->at(3).fields.at(codeColumn), u"TRICK-01"_s);
    const int descriptionColumn = int(SystemFields::keys().indexOf(u"description"_s));
    QCOMPARE(records->at(3).fields.at(descriptionColumn), TrickyText);
    auto all = SystemRepository(m_ws->connection()).all();
    QVERIFY(all);
    QCOMPARE(SystemExport::toCsv(*all), first);

    // Re-importing the export into the same workspace changes nothing.
    const QString exportPath = writeCsv(u"export-1.csv"_s, first);
    const AuditHead headBefore = head(*m_ws);
    auto again = SystemImport::importFile(m_ws->connection(), exportPath, false);
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(problemsText(*again)));
    QCOMPARE(again->toCreate.size(), 0);
    QCOMPARE(again->toUpdate.size(), 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(head(*m_ws).seq, headBefore.seq);

    // Importing the export into a fresh workspace gives the same values, and exporting that gives the same bytes.
    auto other = createWorkspace(m_dir.filePath(u"roundtrip-target.db"_s), &m_clock);
    QVERIFY(other);
    auto copied = SystemImport::importFile(other->connection(), exportPath, false);
    QVERIFY(copied);
    QVERIFY2(copied->ok(), qPrintable(problemsText(*copied)));
    QCOMPARE(copied->toCreate.size(), 3);
    for (const QString& code : {u"EXIST-01"_s, u"PLAIN-02"_s, u"TRICK-01"_s}) {
        auto original = byCode(*m_ws, code);
        auto copy = byCode(*other, code);
        QVERIFY(original && copy);
        QCOMPARE(copy->values, original->values);
    }
    auto second = SystemExport::exportAll(other->connection(), SystemExport::Format::Csv);
    QVERIFY(second);
    QCOMPARE(*second, first);
}

void TestSystemImport::jsonExportContainsTheValues()
{
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, u"TRICK-01"_s);
    s.set(u"name"_s, TrickyName);
    s.set(u"description"_s, TrickyText);
    s.set(u"tags"_s, u"fraud, 日本語"_s);
    s.set(u"data_categories"_s, u"personal,confidential"_s);
    s.set(u"components"_s, u"model: Llama 3.1 8B\nlibrary: scikit-learn"_s);
    QVERIFY(SystemRepository(m_ws->connection()).create(s));

    int count = 0;
    auto json = SystemExport::exportAll(m_ws->connection(), SystemExport::Format::Json, &count);
    QVERIFY(json);
    QCOMPARE(count, 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"format"_s).toString(), u"attest-systems"_s);
    const QJsonArray systems = root.value(u"systems"_s).toArray();
    QCOMPARE(systems.size(), 2);
    QJsonObject tricky;
    for (const QJsonValue& v : systems) {
        if (v.toObject().value(u"code"_s).toString() == u"TRICK-01"_s) {
            tricky = v.toObject();
        }
    }
    QVERIFY(!tricky.isEmpty());
    QCOMPARE(tricky.value(u"name"_s).toString(), TrickyName);
    QCOMPARE(tricky.value(u"description"_s).toString(), TrickyText);
    QCOMPARE(tricky.value(u"tags"_s).toArray(), (QJsonArray{u"fraud"_s, u"日本語"_s}));
    QCOMPARE(tricky.value(u"data_categories"_s).toArray(), (QJsonArray{u"personal"_s, u"confidential"_s}));
    const QJsonArray components = tricky.value(u"components"_s).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(components.at(0).toObject().value(u"kind"_s).toString(), u"model"_s);
    QCOMPARE(components.at(0).toObject().value(u"name"_s).toString(), u"Llama 3.1 8B"_s);
    QVERIFY(tricky.value(u"next_review"_s).isNull());
    QCOMPARE(tricky.value(u"created_at"_s).toString(), u"2026-01-01T00:01:00.000Z"_s);
    QVERIFY(tricky.value(u"change_log"_s).isArray());
    // The raw bytes carry the non-Latin text as UTF-8 too (a consumer grepping the file finds it).
    QVERIFY(json->contains(u"日本語"_s.toUtf8()));
}

void TestSystemImport::reimportChangesNothing()
{
    const QString path = writeCsv(u"systems.csv"_s, goodFile(u"validation"_s));
    auto first = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(first && first->ok());
    const AuditHead headBefore = head(*m_ws);

    auto second = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(second);
    QVERIFY2(second->ok(), qPrintable(problemsText(*second)));
    QCOMPARE(second->rows, 3);
    QCOMPARE(second->toCreate.size(), 0);
    QCOMPARE(second->toUpdate.size(), 0);
    QCOMPARE(second->unchanged, 3);
    QCOMPARE(second->summary(), u"Rows read: 3; 0 new, 0 updated, 3 unchanged."_s);
    const AuditHead headAfter = head(*m_ws);
    QCOMPARE(headAfter.seq, headBefore.seq);
    QCOMPARE(headAfter.hash, headBefore.hash);
    QCOMPARE(systemCount(*m_ws), 4);
}

void TestSystemImport::changedFieldBecomesOneUpdate()
{
    const QString path = writeCsv(u"systems.csv"_s, goodFile(u"validation"_s));
    auto first = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(first && first->ok());
    auto chat = byCode(*m_ws, u"CHAT-01"_s);
    QVERIFY(chat);
    const AuditHead headBefore = head(*m_ws);
    m_clock.advance(5000);

    // Same rows, codes in other capitalisations, and one field of one system changed.
    const QByteArray changed =
        utf8(u"code,name,Business owner,lifecycle,description\r\n"
             "fraud-01,Fraud detection,Payments,Production,\"Scores card payments\nfor fraud\"\r\n"
             "Chat-01,Customer chatbot,Customer Service,development,Answers questions\r\n"
             "cv-01,CV screening,HR,validation,Ranks applicants\r\n"_s);
    const QString changedPath = writeCsv(u"systems-edited.csv"_s, changed);
    auto result = SystemImport::importFile(m_ws->connection(), changedPath, false);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(problemsText(*result)));
    QCOMPARE(result->toCreate.size(), 0);
    QCOMPARE(result->toUpdate.size(), 1);
    QCOMPARE(result->unchanged, 2);
    QCOMPARE(result->toUpdate.first().id, chat->id);
    QCOMPARE(result->toUpdate.first().changes, (QMap<QString, QString>{{u"business_owner"_s, u"Customer Service"_s}}));

    const AuditHead headAfter = head(*m_ws);
    QCOMPARE(headAfter.seq, headBefore.seq + 1);
    auto events = AuditRepository(m_ws->connection()).page({}, 0, 1);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const AuditEventRecord& e = events->first();
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.entityType, u"ai_system"_s);
    QCOMPARE(e.entityId, chat->id);
    QCOMPARE(e.reason, u"Import AI systems from systems-edited.csv (0 new, 1 updated)"_s);
    const QList<FieldChange> changes = e.fieldChanges();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().field, u"business_owner"_s);
    QCOMPARE(changes.first().before.toString(), u"Service"_s);
    QCOMPARE(changes.first().after.toString(), u"Customer Service"_s);

    // The stored spelling of the code wins over the file's.
    auto after = byCode(*m_ws, u"CHAT-01"_s);
    QVERIFY(after);
    QCOMPARE(after->code(), u"CHAT-01"_s);
    QCOMPARE(after->value(u"business_owner"_s), u"Customer Service"_s);
    QCOMPARE(after->updatedMs, m_clock.nowMs());
    QCOMPARE(systemCount(*m_ws), 4);
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestSystemImport::updatesAndCreatesShareOneBatch()
{
    const qint64 before = head(*m_ws).seq;
    const QByteArray data = utf8(u"code,name,criticality\n"
                                 "exist-01,Existing system,high\n" // update of the seeded system
                                 "NEW-01,New one,\n"
                                 "NEW-02,New two,low\n"_s);
    const QString path = writeCsv(u"mixed.csv"_s, data);
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(problemsText(*result)));
    QCOMPARE(result->toCreate.size(), 2);
    QCOMPARE(result->toUpdate.size(), 1);
    auto events = AuditRepository(m_ws->connection()).page({}, 0, 10);
    QVERIFY(events);
    QCOMPARE(head(*m_ws).seq, before + 3);
    QSet<QString> batches;
    QStringList actions;
    for (int i = 0; i < 3; ++i) {
        batches.insert(events->at(i).batch);
        actions.prepend(events->at(i).action);
    }
    QCOMPARE(batches.size(), 1);
    QCOMPARE(actions, (QStringList{u"create"_s, u"create"_s, u"update"_s}));
    QVERIFY(!batches.contains(events->at(3).batch));
    auto existing = byCode(*m_ws, u"EXIST-01"_s);
    QVERIFY(existing);
    QCOMPARE(existing->value(u"criticality"_s), u"high"_s);
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, before + 3);
}

void TestSystemImport::partialColumnsLeaveOtherFieldsAlone()
{
    // The file names only code and notes: the owner, lifecycle etc. of the existing system are kept.
    const QString path = writeCsv(u"notes.csv"_s, "code,notes\nEXIST-01,\"new\nnotes\"\n");
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result && result->ok());
    QCOMPARE(result->toUpdate.size(), 1);
    QCOMPARE(result->toUpdate.first().changes.keys(), QStringList{u"notes"_s});
    auto existing = byCode(*m_ws, u"EXIST-01"_s);
    QVERIFY(existing);
    QCOMPARE(existing->value(u"notes"_s), u"new\nnotes"_s);
    QCOMPARE(existing->value(u"business_owner"_s), u"Finance"_s);
    QCOMPARE(existing->lifecycle(), u"production"_s);
    QCOMPARE(existing->name(), u"Existing system"_s);
}

void TestSystemImport::headersMatchKeysAndLabels()
{
    // Keys and English labels, in any case and with spaces, dashes or underscores.
    const QByteArray data = utf8(u"CODE,Name,Business owner,technical-owner,LIFECYCLE STAGE,EU AI Act risk tier,"
                                 "Next_Review,Data categories\n"
                                 "H-1,Header test,Ann,Ben,Production,High risk,2026-03-31,Personal data\n"_s);
    auto plan = SystemImport::plan(m_ws->connection(), data, u"headers.csv"_s);
    QVERIFY(plan);
    QVERIFY2(plan->ok(), qPrintable(problemsText(*plan)));
    QCOMPARE(plan->toCreate.size(), 1);
    const AiSystem& s = plan->toCreate.first();
    QCOMPARE(s.code(), u"H-1"_s);
    QCOMPARE(s.name(), u"Header test"_s);
    QCOMPARE(s.value(u"business_owner"_s), u"Ann"_s);
    QCOMPARE(s.value(u"technical_owner"_s), u"Ben"_s);
    QCOMPARE(s.lifecycle(), u"production"_s);
    QCOMPARE(s.value(u"ai_act_tier"_s), u"high"_s);
    QCOMPARE(s.value(u"next_review"_s), u"2026-03-31"_s);
    QCOMPARE(s.value(u"data_categories"_s), u"personal"_s);
}

void TestSystemImport::semicolonFileImports()
{
    // What a spreadsheet program writes in locales that use the comma as decimal separator, with a BOM.
    const QByteArray data = "\xEF\xBB\xBF"
                            "code;name;Business owner\r\nSEMI-1;\"Semi; colon\";M\xC3\xBCller, J.\r\n";
    const QString path = writeCsv(u"semicolon.csv"_s, data);
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(problemsText(*result)));
    auto semi = byCode(*m_ws, u"SEMI-1"_s);
    QVERIFY(semi);
    QCOMPARE(semi->name(), u"Semi; colon"_s);
    QCOMPARE(semi->value(u"business_owner"_s), u"Müller, J."_s);
}

void TestSystemImport::unknownColumnIsAnError()
{
    const AuditHead before = head(*m_ws);
    const QString path = writeCsv(u"unknown.csv"_s, "code,name,colour\nU-1,Unknown,blue\n");
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QCOMPARE(result->problems.size(), 1);
    QCOMPARE(result->problems.first().line, 1);
    QVERIFY2(result->problems.first().message.contains(u"“colour”"_s), qPrintable(problemsText(*result)));
    QCOMPARE(head(*m_ws).seq, before.seq);
    QVERIFY(!byCode(*m_ws, u"U-1"_s));
}

void TestSystemImport::duplicateColumnIsAnError()
{
    auto plan = SystemImport::plan(m_ws->connection(), "code,name,Business owner,business_owner\nA,B,C,D\n", {});
    QVERIFY(plan);
    QCOMPARE(plan->problems.size(), 1);
    QCOMPARE(plan->problems.first().line, 1);
    QVERIFY2(plan->problems.first().message.contains(u"twice"_s), qPrintable(problemsText(*plan)));
}

void TestSystemImport::missingCodeColumnIsAnError()
{
    const AuditHead before = head(*m_ws);
    const QString path = writeCsv(u"nocode.csv"_s, "name,business_owner\nNo code,Someone\n");
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->problems.size(), 1);
    QCOMPARE(result->problems.first().line, 1);
    QVERIFY2(result->problems.first().message.contains(u"“code”"_s), qPrintable(problemsText(*result)));
    QCOMPARE(head(*m_ws).seq, before.seq);
    QCOMPARE(systemCount(*m_ws), 1);
}

void TestSystemImport::duplicateCodeInFileNamesBothLines()
{
    const AuditHead before = head(*m_ws);
    const QByteArray data = "code,name,notes\n"
                            "DUP-1,First,\"two\nlines\"\n" // lines 2-3
                            "OTHER,Other,\n"               // line 4
                            "dup-1,Second,\n";             // line 5, same code in another case
    const QString path = writeCsv(u"dup.csv"_s, data);
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QCOMPARE(result->problems.size(), 1);
    const ImportProblem& problem = result->problems.first();
    QCOMPARE(problem.line, 5);
    QVERIFY2(problem.message.contains(u"line 2"_s), qPrintable(problem.text()));
    QVERIFY2(problem.message.contains(u"dup-1"_s), qPrintable(problem.text()));
    QCOMPARE(head(*m_ws).seq, before.seq);
    QVERIFY(!byCode(*m_ws, u"OTHER"_s));
}

void TestSystemImport::wrongFieldCountIsAnError()
{
    const AuditHead before = head(*m_ws);
    const QByteArray data = "code,name,notes\n"
                            "OK-1,Fine,\n"
                            "SHORT-1,Too short\n"        // line 3: 2 fields
                            "LONG-1,Too long,x,extra\n"; // line 4: 4 fields
    const QString path = writeCsv(u"count.csv"_s, data);
    auto result = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(result);
    QCOMPARE(result->problems.size(), 2);
    QCOMPARE(result->problems.at(0).line, 3);
    QVERIFY2(result->problems.at(0).message.contains(u"has 2 fields"_s), qPrintable(problemsText(*result)));
    QVERIFY2(result->problems.at(0).message.contains(u"header has 3"_s), qPrintable(problemsText(*result)));
    QCOMPARE(result->problems.at(1).line, 4);
    QVERIFY2(result->problems.at(1).message.contains(u"has 4 fields"_s), qPrintable(problemsText(*result)));
    QCOMPARE(head(*m_ws).seq, before.seq);
    QVERIFY(!byCode(*m_ws, u"OK-1"_s));
}

void TestSystemImport::emptyCodeIsAnError()
{
    auto plan = SystemImport::plan(m_ws->connection(), "code,name\n  ,Nameless\n", {});
    QVERIFY(plan);
    QCOMPARE(plan->problems.size(), 1);
    QCOMPARE(plan->problems.first().line, 2);
    QVERIFY(plan->problems.first().message.contains(u"code is empty"_s));
}

void TestSystemImport::unreadableFilesAreProblems()
{
    auto notUtf8 = SystemImport::plan(m_ws->connection(), "code,name\nA-1,Caf\xE9\n", {});
    QVERIFY(notUtf8);
    QCOMPARE(notUtf8->problems.size(), 1);
    QCOMPARE(notUtf8->problems.first().line, 0);
    QVERIFY2(notUtf8->problems.first().message.contains(u"line 2"_s), qPrintable(problemsText(*notUtf8)));

    auto brokenQuote = SystemImport::plan(m_ws->connection(), "code,name\nA-1,\"open\n", {});
    QVERIFY(brokenQuote);
    QCOMPARE(brokenQuote->problems.size(), 1);
    QVERIFY2(brokenQuote->problems.first().message.contains(u"Line 2"_s), qPrintable(problemsText(*brokenQuote)));

    auto empty = SystemImport::plan(m_ws->connection(), "\xEF\xBB\xBF", {});
    QVERIFY(empty);
    QCOMPARE(empty->problems.size(), 1);

    auto headerOnly = SystemImport::plan(m_ws->connection(), "code,name\r\n", {});
    QVERIFY(headerOnly);
    QCOMPARE(headerOnly->problems.size(), 1);
    QVERIFY(headerOnly->problems.first().message.contains(u"no rows"_s));

    auto missing = SystemImport::importFile(m_ws->connection(), m_dir.filePath(u"does-not-exist.csv"_s), false);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

void TestSystemImport::dryRunWritesNothing()
{
    const AuditHead before = head(*m_ws);
    const QByteArray data = utf8(u"code,name,business_owner\n"
                                 "EXIST-01,Existing system,Treasury\n"
                                 "NEW-01,New one,\n"
                                 "NEW-02,New two,\n"_s);
    const QString path = writeCsv(u"dry.csv"_s, data);
    bool progressCalled = false;
    auto result = SystemImport::importFile(m_ws->connection(), path, true, [&](qint64, qint64) {
        progressCalled = true;
        return true;
    });
    QVERIFY(result);
    QVERIFY(result->ok());
    QCOMPARE(result->toCreate.size(), 2);
    QCOMPARE(result->toUpdate.size(), 1);
    QCOMPARE(result->toUpdate.first().changes, (QMap<QString, QString>{{u"business_owner"_s, u"Treasury"_s}}));
    QVERIFY(!progressCalled);

    const AuditHead after = head(*m_ws);
    QCOMPARE(after.seq, before.seq);
    QCOMPARE(after.hash, before.hash);
    QCOMPARE(systemCount(*m_ws), 1);
    auto existing = byCode(*m_ws, u"EXIST-01"_s);
    QVERIFY(existing);
    QCOMPARE(existing->value(u"business_owner"_s), u"Finance"_s);

    // The same file for real does what the dry run said.
    auto real = SystemImport::importFile(m_ws->connection(), path, false);
    QVERIFY(real && real->ok());
    QCOMPARE(head(*m_ws).seq, before.seq + 3);
    QCOMPARE(systemCount(*m_ws), 3);
}

void TestSystemImport::cancelRollsBackEverything()
{
    const AuditHead before = head(*m_ws);
    QString data = u"code,name,notes\r\n"_s;
    constexpr int Rows = 600;
    for (int i = 1; i <= Rows; ++i) {
        data += u"BULK-%1,Bulk system %1,\"row %1\nsecond line\"\r\n"_s.arg(i, 4, 10, QLatin1Char('0'));
    }
    const QString path = writeCsv(u"bulk.csv"_s, utf8(data));
    QList<QPair<qint64, qint64>> calls;
    auto result = SystemImport::importFile(m_ws->connection(), path, false, [&](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return false; // cancel at the first report
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().second, qint64(Rows));
    QVERIFY(calls.first().first > 0 && calls.first().first < Rows);

    // The rows created before the cancel are gone, with their audit events.
    const AuditHead after = head(*m_ws);
    QCOMPARE(after.seq, before.seq);
    QCOMPARE(after.hash, before.hash);
    QCOMPARE(systemCount(*m_ws), 1);
    QVERIFY(!byCode(*m_ws, u"BULK-0001"_s));
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
    QCOMPARE(verified->eventCount, before.seq);

    // Not cancelled, the same file imports completely and reports its progress up to the total.
    calls.clear();
    auto full = SystemImport::importFile(m_ws->connection(), path, false, [&](qint64 done, qint64 total) {
        calls << qMakePair(done, total);
        return true;
    });
    QVERIFY(full && full->ok());
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last(), qMakePair(qint64(Rows), qint64(Rows)));
    QCOMPARE(systemCount(*m_ws), Rows + 1);
    QCOMPARE(head(*m_ws).seq, before.seq + Rows);
}

void TestSystemImport::cancelAtTheLastStepRollsBackUpdatesToo()
{
    const AuditHead before = head(*m_ws);
    const QByteArray data = "code,name,business_owner\nEXIST-01,Existing system,Treasury\nNEW-01,New,\n";
    const QString path = writeCsv(u"small.csv"_s, data);
    int calls = 0;
    auto result = SystemImport::importFile(m_ws->connection(), path, false, [&](qint64 done, qint64 total) {
        ++calls;
        return done < total; // cancel when everything has been written, just before the commit
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(head(*m_ws).seq, before.seq);
    QCOMPARE(systemCount(*m_ws), 1);
    auto existing = byCode(*m_ws, u"EXIST-01"_s);
    QVERIFY(existing);
    QCOMPARE(existing->value(u"business_owner"_s), u"Finance"_s);
}

void TestSystemImport::exportToFileWritesTheSameBytes()
{
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, u"TRICK-01"_s);
    s.set(u"name"_s, TrickyName);
    s.set(u"notes"_s, TrickyText);
    QVERIFY(SystemRepository(m_ws->connection()).create(s));
    const QString path = m_dir.filePath(u"out.csv"_s);
    auto written = SystemExport::exportToFile(m_ws->connection(), SystemExport::Format::Csv, path);
    QVERIFY(written);
    QCOMPARE(*written, 2);
    auto expected = SystemExport::exportAll(m_ws->connection(), SystemExport::Format::Csv);
    QVERIFY(expected);
    QCOMPARE(readFile(path), *expected);

    // Into a directory that does not exist: an error, and nothing is left behind.
    const QString bad = m_dir.filePath(u"missing-dir/out.csv"_s);
    auto failed = SystemExport::exportToFile(m_ws->connection(), SystemExport::Format::Csv, bad);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestSystemImport)
#include "TestSystemImport.moc"
