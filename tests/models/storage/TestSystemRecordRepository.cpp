// The records kept beside an AI system (the GDPR data-protection record, the EU AI Act technical documentation):
// the first save creates the record with one audit event, later saves record only what changed, invalid values and
// unknown fields are refused with nothing written, blank text counts as not recorded, a system with a record cannot
// be deleted, and the audit chain verifies with each record's state digest.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "storage/AuditRepository.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestSystemRecordRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstSaveCreatesOneAuditedRecord_data();
    void firstSaveCreatesOneAuditedRecord();
    void laterSavesRecordOnlyChanges();
    void invalidValuesWriteNothing();
    void blankTextIsNotRecorded();
    void systemWithARecordCannotBeDeleted();
    void everyKindIsAGovernanceTable();

private:
    qint64 eventCount();

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_system = 0;
};

void TestSystemRecordRepository::init()
{
    static int n = 0;
    m_ws = createWorkspace(m_dir.filePath(u"records-%1.attest"_s.arg(++n)));
    QVERIFY(m_ws);
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, u"CRM-01"_s);
    s.set(u"name"_s, u"Lead scoring"_s);
    auto id = SystemRepository(m_ws->connection()).create(s);
    QVERIFY(id);
    m_system = *id;
}

void TestSystemRecordRepository::cleanup()
{
    m_ws.reset();
}

qint64 TestSystemRecordRepository::eventCount()
{
    auto n = AuditRepository(m_ws->connection()).count({});
    return n ? *n : -1;
}

void TestSystemRecordRepository::firstSaveCreatesOneAuditedRecord_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("privacy") << u"privacy"_s << u"retention"_s;
    QTest::newRow("technical") << u"technical"_s << u"validation_testing"_s;
}

void TestSystemRecordRepository::firstSaveCreatesOneAuditedRecord()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    const SystemRecordKind& k = kind == u"privacy"_s ? PrivacyFields::kind() : TechnicalFile::kind();
    SystemRecordRepository repo(m_ws->connection(), k);
    auto before = repo.forSystem(m_system);
    QVERIFY(before);
    QCOMPARE(before->id, 0);
    QVERIFY(before->value(field).isEmpty());
    const qint64 events = eventCount();
    auto saved = repo.save(m_system, {{field, u"Three years after the decision."_s}}, u"CRM-01"_s);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(*saved);
    QCOMPARE(eventCount(), events + 1);
    auto after = repo.forSystem(m_system);
    QVERIFY(after && after->id > 0);
    QCOMPARE(after->value(field), u"Three years after the decision."_s);
    // Every other field is empty: nothing is recorded that the user did not enter.
    for (const SystemField& f : k.fields()) {
        if (f.key != field) {
            QVERIFY2(after->value(f.key).isEmpty(), qPrintable(f.key));
        }
    }
    AuditFilter filter;
    filter.entityType = k.entityType();
    auto trail = AuditRepository(m_ws->connection()).page(filter, 0, 10);
    QVERIFY(trail && trail->size() == 1);
    QCOMPARE(trail->first().action, u"create"_s);
    QCOMPARE(trail->first().entityId, after->id);
    QVERIFY(trail->first().reason.contains(u"CRM-01"_s));
    auto verified = AuditVerifier::verify(m_ws->connection());
    QVERIFY(verified && verified->intact);
}

void TestSystemRecordRepository::laterSavesRecordOnlyChanges()
{
    SystemRecordRepository repo(m_ws->connection(), PrivacyFields::kind());
    QVERIFY(repo.save(m_system, {{u"role"_s, u"Controller"_s}, {u"recipients"_s, u"Sales team"_s}}, u"CRM-01"_s));
    QCOMPARE(repo.forSystem(m_system)->value(u"role"_s), u"controller"_s); // the label is stored as its code
    const qint64 events = eventCount();
    auto same = repo.save(m_system, {{u"recipients"_s, u"Sales team"_s}}, u"CRM-01"_s);
    QVERIFY(same && !*same);
    QCOMPARE(eventCount(), events);
    auto changed = repo.save(m_system, {{u"recipients"_s, u"Sales and marketing"_s}}, u"CRM-01"_s);
    QVERIFY(changed && *changed);
    QCOMPARE(eventCount(), events + 1);
    AuditFilter filter;
    filter.entityType = u"processing_record"_s;
    auto trail = AuditRepository(m_ws->connection()).page(filter, 0, 1);
    QVERIFY(trail && !trail->isEmpty());
    const QList<FieldChange> fields = trail->first().fieldChanges();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().field, u"recipients"_s);
    QCOMPARE(fields.first().before.toString(), u"Sales team"_s);
    QCOMPARE(repo.all()->size(), 1);
}

void TestSystemRecordRepository::invalidValuesWriteNothing()
{
    SystemRecordRepository repo(m_ws->connection(), PrivacyFields::kind());
    const qint64 events = eventCount();
    auto badDate =
        repo.save(m_system, {{u"dpia_next_review"_s, u"next spring"_s}, {u"retention"_s, u"1 year"_s}}, u"CRM-01"_s);
    QVERIFY(!badDate);
    QCOMPARE(badDate.error().code, ErrorCode::Validation);
    QVERIFY(badDate.error().message.contains(u"next spring"_s));
    auto badChoice = repo.save(m_system, {{u"lawful_basis"_s, u"because"_s}}, u"CRM-01"_s);
    QVERIFY(!badChoice);
    auto unknown = repo.save(m_system, {{u"favourite_colour"_s, u"blue"_s}}, u"CRM-01"_s);
    QVERIFY(!unknown);
    auto noSystem = repo.save(987654, {{u"retention"_s, u"1 year"_s}}, u"XX"_s);
    QVERIFY(!noSystem);
    QCOMPARE(noSystem.error().code, ErrorCode::NotFound);
    QCOMPARE(eventCount(), events);
    QCOMPARE(repo.forSystem(m_system)->id, 0);
}

void TestSystemRecordRepository::blankTextIsNotRecorded()
{
    SystemRecordRepository repo(m_ws->connection(), PrivacyFields::kind());
    QVERIFY(repo.save(m_system, {{u"retention"_s, u"  \n\t "_s}, {u"recipients"_s, u"  Sales\n"_s}}, u"CRM-01"_s));
    auto record = repo.forSystem(m_system);
    QVERIFY(record->value(u"retention"_s).isEmpty());
    QCOMPARE(record->value(u"recipients"_s), u"  Sales\n"_s); // text is kept exactly as typed
}

void TestSystemRecordRepository::systemWithARecordCannotBeDeleted()
{
    SystemRecordRepository repo(m_ws->connection(), TechnicalFile::kind());
    QVERIFY(repo.save(m_system, {{u"hardware"_s, u"Two GPUs"_s}}, u"CRM-01"_s));
    auto removed = SystemRepository(m_ws->connection()).remove(m_system);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, ErrorCode::Conflict);
    QVERIFY(removed.error().message.contains(u"technical documentation"_s));
    QVERIFY(SystemRepository(m_ws->connection()).get(m_system)->has_value());
}

void TestSystemRecordRepository::everyKindIsAGovernanceTable()
{
    // Written only through the audited path: a plain SQL insert is refused by the database's guard triggers.
    for (const SystemRecordKind* kind : systemRecordKinds()) {
        const ProcessResult r = sqliteShell(
            m_ws->path(),
            u"INSERT INTO %1 (system_id, created_ms, updated_ms, audit_seq) VALUES (%2, 0, 0, 1);"_s.arg(kind->table())
                .arg(m_system));
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"audit trail first"_s), qPrintable(kind->table() + r.err));
    }
}

QTEST_MAIN(TestSystemRecordRepository)
#include "TestSystemRecordRepository.moc"
