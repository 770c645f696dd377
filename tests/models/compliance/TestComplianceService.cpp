// Changes to the control library and its records: each audited; removing a control leaves nothing dangling;
// evidence files are hashed, size-limited and checked when read back; findings and systems keep their history.

#include "ComplianceFixture.h"
#include "audit/AuditVerifier.h"
#include "storage/AuditRepository.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

class TestComplianceService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    ComplianceFixture fresh()
    {
        ComplianceFixture f;
        if (!f.setUp(m_dir.filePath(u"service-%1.attest"_s.arg(++m_count)))) {
            qFatal("fixture failed");
        }
        return f;
    }
    static qint64 events(Connection& c, const QString& type, const QString& action = {})
    {
        AuditFilter filter;
        filter.entityType = type;
        filter.action = action;
        auto n = AuditRepository(c).count(filter);
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase();
    void customControlsAndDuplicateCodes();
    void removingAControlLeavesNothingDangling();
    void controlNamedByFindingsIsKept();
    void evidenceFileIsHashedAndCheckedOnRead();
    void tamperedEvidenceIsReported();
    void evidenceSizeLimit();
    void findingsNeedClosureEvidence();
    void systemWithComplianceRecordsIsRetiredNotDeleted();
};

void TestComplianceService::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestComplianceService::customControlsAndDuplicateCodes()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    Control c;
    c.code = u"ORG-KEY-01"_s;
    c.name = u"Key rotation"_s;
    c.type = u"preventive"_s;
    auto id = service.addControl(c);
    QVERIFY(id);
    QCOMPARE(ComplianceRepository(f.connection()).control(*id)->value().origin, u"custom"_s);
    auto duplicate = service.addControl(c);
    QVERIFY(!duplicate);
    QVERIFY(duplicate.error().message.contains(u"There is already a control ORG-KEY-01"_s));
    c.code = u"ORG-KEY-02"_s;
    c.type = u"sometimes"_s;
    QVERIFY(!service.addControl(c));
    auto mapped =
        service.mapControl(*id, f.requirementId(u"iso27001-2022"_s, u"A.8.24"_s), u"Rotation is key management."_s);
    QVERIFY(mapped);
    QVERIFY(!service.mapControl(*id, f.requirementId(u"iso27001-2022"_s, u"A.8.24"_s), QString()));
}

void TestComplianceService::removingAControlLeavesNothingDangling()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    const qint64 control = f.controlId(u"AIC-BIA-01"_s);
    ControlImplementation org;
    org.controlId = control;
    org.status = u"implemented"_s;
    QVERIFY(service.setImplementation(org));
    ControlImplementation own = org;
    own.systemId = f.clinic;
    own.status = u"partial"_s;
    QVERIFY(service.setImplementation(own));
    Evidence note;
    note.title = u"Bias test results"_s;
    note.kind = u"note"_s;
    auto evidence = service.addEvidence(note);
    QVERIFY(evidence);
    QVERIFY(service.linkEvidence(EvidenceLink{0, *evidence, control, 0, f.clinic}));
    const int mappings = int(ComplianceRepository(f.connection()).mappingsOfControl(control)->size());
    QVERIFY(mappings >= 5);
    const qint64 deletesBefore = events(f.connection(), u"control_mapping"_s, u"delete"_s);

    QVERIFY(service.removeControl(control));
    ComplianceRepository repo(f.connection());
    QVERIFY(!repo.control(control)->has_value());
    QVERIFY(repo.mappingsOfControl(control)->isEmpty());
    const auto implementations = repo.implementations();
    QVERIFY(implementations);
    for (const ControlImplementation& i : *implementations) {
        QVERIFY(i.controlId != control);
    }
    const auto links = repo.evidenceLinks();
    QVERIFY(links);
    for (const EvidenceLink& l : *links) {
        QVERIFY(l.controlId != control);
    }
    QVERIFY(repo.evidenceItem(*evidence)->has_value()); // the evidence itself stays
    // Every removal is in the audit trail, and the trail verifies (no record without its event).
    QCOMPARE(events(f.connection(), u"control_mapping"_s, u"delete"_s), deletesBefore + mappings);
    QCOMPARE(events(f.connection(), u"control_implementation"_s, u"delete"_s), 2);
    QCOMPARE(events(f.connection(), u"evidence_link"_s, u"delete"_s), 1);
    QCOMPARE(events(f.connection(), u"control"_s, u"delete"_s), 1);
    auto verified = AuditVerifier::verify(f.connection());
    QVERIFY(verified && verified->intact);
    // The engine no longer sees it anywhere.
    ComplianceEngine engine = f.engine();
    for (const auto& r : engine.requirements()) {
        for (int c : r.controls) {
            QVERIFY(engine.controls()[c].id != control);
        }
    }
    // A later sync does not bring a removed seeded control back.
    QVERIFY(CatalogLoader::sync(f.connection()));
    QCOMPARE(f.controlId(u"AIC-BIA-01"_s), 0);
}

void TestComplianceService::controlNamedByFindingsIsKept()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    Finding finding;
    finding.title = u"Penetration test found prompt injection"_s;
    finding.source = u"control_test"_s;
    finding.controlId = f.controlId(u"AIC-VUL-02"_s);
    finding.systemId = f.chatbot;
    finding.severity = u"high"_s;
    QVERIFY(service.addFinding(finding));
    auto removed = service.removeControl(finding.controlId);
    QVERIFY(!removed);
    QVERIFY(removed.error().message.contains(u"named by 1 finding"_s));
    QVERIFY(f.controlId(u"AIC-VUL-02"_s) > 0);
}

void TestComplianceService::evidenceFileIsHashedAndCheckedOnRead()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    const QByteArray contents = "Penetration test report\nNo critical findings.\n";
    Evidence meta;
    meta.fileName = u"pentest-2026.txt"_s;
    meta.validUntil = u"2027-01-31"_s;
    auto id = service.addFileEvidence(meta, contents);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto stored = ComplianceRepository(f.connection()).evidenceItem(*id);
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->title, u"pentest-2026.txt"_s);
    QCOMPARE((*stored)->size, contents.size());
    QCOMPARE((*stored)->sha256,
             QString::fromLatin1(QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex()));
    QCOMPARE((*stored)->mediaType, u"text/plain"_s);
    auto read = service.readEvidenceFile(*id);
    QVERIFY(read);
    QCOMPARE(*read, contents);
    // The same contents twice are stored once.
    QVERIFY(service.addFileEvidence(meta, contents));
    const ProcessResult blobs = sqliteShell(f.ws->path(), u"SELECT COUNT(*) FROM evidence_blobs;"_s);
    QCOMPARE(blobs.out.trimmed(), u"1"_s);
    // Bad dates are refused with the field named; only YYYY-MM-DD is stored (dates are compared as text).
    for (const QString& date : {u"31.01.2027"_s, u"2027/01/31"_s, u"2027-01-31x"_s, u"2027-02-30"_s}) {
        meta.validUntil = date;
        auto bad = service.addFileEvidence(meta, contents);
        QVERIFY2(!bad, qPrintable(date));
        QVERIFY(bad.error().message.contains(u"Valid until"_s));
    }
    // Evidence and its links are one write: a bad link leaves no evidence behind.
    meta.validUntil.clear();
    meta.fileName = u"orphan.txt"_s;
    const qint64 before = ComplianceRepository(f.connection()).evidence()->size();
    auto orphan = service.addFileEvidence(meta, "x", {EvidenceLink{}});
    QVERIFY(!orphan);
    QCOMPARE(ComplianceRepository(f.connection()).evidence()->size(), before);
}

void TestComplianceService::tamperedEvidenceIsReported()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    Evidence meta;
    meta.fileName = u"dpia-signed.txt"_s;
    auto id = service.addFileEvidence(meta, "DPIA approved by the DPO on 2026-02-03.");
    QVERIFY(id);
    // Someone with file access rewrites the stored file (after removing the guard that refuses it).
    const ProcessResult tampered = sqliteShell(
        f.ws->path(),
        u"DROP TRIGGER evidence_blobs_immutable; UPDATE evidence_blobs SET data = CAST('DPIA rejected.' AS BLOB);"_s);
    QCOMPARE(tampered.exitCode, 0);
    auto read = service.readEvidenceFile(*id);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Corrupt);
    QVERIFY2(read.error().message.contains(u"does not match its recorded SHA-256"_s), qPrintable(read.error().message));
}

void TestComplianceService::evidenceSizeLimit()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    Evidence meta;
    meta.fileName = u"huge-export.zip"_s;
    const QByteArray big(ComplianceService::MaxEvidenceFileSize + 1, 'x');
    auto refused = service.addFileEvidence(meta, big);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"evidence files can be up to 100 MB"_s),
             qPrintable(refused.error().message));
    QVERIFY(ComplianceRepository(f.connection()).evidence()->isEmpty());
}

void TestComplianceService::findingsNeedClosureEvidence()
{
    ComplianceFixture f = fresh();
    ComplianceService service(f.connection());
    Finding finding;
    finding.title = u"Art. 35 DPIA missing"_s;
    finding.source = u"requirement"_s;
    finding.requirementId = f.requirementId(u"gdpr"_s, u"Art. 35"_s);
    finding.systemId = f.clinic;
    finding.severity = u"critical"_s;
    finding.owner = u"DPO"_s;
    finding.dueDate = u"2026-05-01"_s;
    auto id = service.addFinding(finding);
    QVERIFY(id);
    finding.id = *id;
    QVERIFY(finding.isOverdue(u"2026-06-01"_s));
    QVERIFY(!finding.isOverdue(u"2026-04-01"_s));
    finding.status = u"closed"_s;
    auto refused = service.updateFinding(finding);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(u"closure evidence or a note"_s));
    finding.closureNote = u"DPIA signed off on 2026-04-20."_s;
    finding.closedOn = u"2026-04-20"_s;
    QVERIFY(service.updateFinding(finding));
    QVERIFY(!finding.isOverdue(u"2026-06-01"_s));
    QCOMPARE(events(f.connection(), u"finding"_s), 2);
    Finding noRequirement = finding;
    noRequirement.requirementId = 0;
    QVERIFY(!service.addFinding(noRequirement));
}

void TestComplianceService::systemWithComplianceRecordsIsRetiredNotDeleted()
{
    ComplianceFixture f = fresh();
    QVERIFY(ComplianceService(f.connection())
                .setApplicability(f.forecast, f.frameworkId(u"gdpr"_s), false, u"No personal data at all."_s));
    auto removed = SystemRepository(f.connection()).remove(f.forecast);
    QVERIFY(!removed);
    QVERIFY(removed.error().message.contains(u"Retire it instead"_s));
    QVERIFY(SystemRepository(f.connection()).remove(f.chatbot)); // nothing attached: can go
}

QTEST_GUILESS_MAIN(TestComplianceService)
#include "TestComplianceService.moc"
