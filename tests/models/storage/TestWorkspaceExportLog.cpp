// WorkspaceExportLog: a decrypted copy of an encrypted workspace is written only together with its audit record
// (in the workspace and, since the record comes first, in the copy); a copy that fails withdraws its record with
// an audited deletion; a plain or read-only workspace is refused; both trails verify.

#include "TestSupport.h"
#include "audit/AuditVerifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SystemRepository.h"
#include "storage/WorkspaceExportLog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

Workspace::Options encryptedOptions()
{
    Workspace::Options options;
    options.actor = testActor();
    crypto::EncryptionKeys keys;
    keys.keychainKey = crypto::SecretBuffer::copyOf(QByteArrayView("keychain key of thirty-two bytes"));
    options.encryption = std::make_shared<const crypto::EncryptionKeys>(std::move(keys));
    return options;
}

// "action|kind|target" of every workspace_export event, in order.
QStringList exportEvents(Connection& connection)
{
    auto q =
        ConnectionPrivate::get(connection)
            .exec(
                u"SELECT action, changes, reason FROM audit_events WHERE entity_type = 'workspace_export' ORDER BY seq"_s,
                {},
                {});
    QStringList events;
    while (q && q->next()) {
        events << q->value(0).toString() + u'|' + q->value(2).toString();
    }
    return events;
}

qint64 exportRows(Connection& connection)
{
    auto q = ConnectionPrivate::get(connection).exec(u"SELECT count(*) FROM workspace_exports"_s, {}, {});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

bool intact(Connection& connection)
{
    auto verified = AuditVerifier::verify(connection);
    return verified && verified->intact;
}

} // namespace

class TestWorkspaceExportLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsADecryptedCopy();
    void aFailedCopyWithdrawsItsRecord();
    void refusesPlainAndReadOnly();

private:
    QTemporaryDir m_dir;
};

void TestWorkspaceExportLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestWorkspaceExportLog::recordsADecryptedCopy()
{
    const QString path = m_dir.filePath(u"encrypted.attest"_s);
    const QString target = m_dir.filePath(u"decrypted.attest"_s);
    auto ws = Workspace::create(path, encryptedOptions());
    QVERIFY(ws);
    AiSystem system = AiSystem::withDefaults();
    system.set(u"code"_s, u"EXP-1"_s);
    system.set(u"name"_s, u"Exported"_s);
    QVERIFY(SystemRepository((*ws)->connection()).create(system));

    auto id = WorkspaceExportLog::writeDecryptedCopy(**ws, target);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);
    const QStringList events = exportEvents((*ws)->connection());
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().startsWith(u"create|"_s));
    QVERIFY(events.first().contains(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));
    QCOMPARE(exportRows((*ws)->connection()), 1);
    QVERIFY(intact((*ws)->connection()));

    QVERIFY(readFile(target).startsWith("SQLite format 3"));
    QCOMPARE(sqliteShell(target, u"SELECT kind || '|' || target FROM workspace_exports;"_s).out.trimmed(),
             u"decrypted_copy|"_s + QFileInfo(target).absoluteFilePath());
    Workspace::Options plain;
    plain.actor = testActor();
    plain.access = Workspace::Access::ReadOnly;
    if (!Workspace::testEncryptionEnabled()) {
        auto copy = Workspace::open(target, plain);
        QVERIFY(copy);
        QVERIFY(!(*copy)->isEncrypted());
        QCOMPARE(exportEvents((*copy)->connection()), events);
        QVERIFY(intact((*copy)->connection()));
    }
}

void TestWorkspaceExportLog::aFailedCopyWithdrawsItsRecord()
{
    const QString path = m_dir.filePath(u"failing.attest"_s);
    auto ws = Workspace::create(path, encryptedOptions());
    QVERIFY(ws);
    // The workspace itself is not a target a copy may replace.
    auto failed = WorkspaceExportLog::writeDecryptedCopy(**ws, path);
    QVERIFY(!failed);
    const QStringList events = exportEvents((*ws)->connection());
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).startsWith(u"create|"_s));
    QVERIFY2(events.at(1).startsWith(u"delete|"_s) && events.at(1).contains(u"was not written"_s),
             qPrintable(events.at(1)));
    QCOMPARE(exportRows((*ws)->connection()), 0);
    QVERIFY(intact((*ws)->connection()));
}

void TestWorkspaceExportLog::refusesPlainAndReadOnly()
{
    if (!Workspace::testEncryptionEnabled()) {
        const QString plainPath = m_dir.filePath(u"plain.attest"_s);
        Workspace::Options options;
        options.actor = testActor();
        auto plain = Workspace::create(plainPath, options);
        QVERIFY(plain);
        auto refused = WorkspaceExportLog::writeDecryptedCopy(**plain, m_dir.filePath(u"plain-copy.attest"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Validation);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"plain-copy.attest"_s)));
    }
    const QString path = m_dir.filePath(u"readonly.attest"_s);
    QVERIFY(Workspace::create(path, encryptedOptions()));
    Workspace::Options options = encryptedOptions();
    options.access = Workspace::Access::ReadOnly;
    auto ws = Workspace::open(path, options);
    QVERIFY(ws);
    auto refused = WorkspaceExportLog::writeDecryptedCopy(**ws, m_dir.filePath(u"readonly-copy.attest"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"readonly-copy.attest"_s)));
}

QTEST_GUILESS_MAIN(TestWorkspaceExportLog)
#include "TestWorkspaceExportLog.moc"
