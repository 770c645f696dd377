#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace attest::test {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1767225600000 /* 2026-01-01T00:00:00Z */)
        : m_now(startMs)
    { }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

QString dataPath(const QString& relative);

// With ATTEST_TEST_ENCRYPTION=1 in the environment (the ctest registrations named *_encrypted), every workspace
// the tests create is encrypted with a fixed test key, and opened with it. The storage tests run both ways.
bool encryptedRun();
// The fixed 32-byte key those runs use.
crypto::EncryptionKeys testEncryptionKeys();
Actor testActor();

// Creates a fresh workspace at `path` or fails the calling test.
std::unique_ptr<Workspace> createWorkspace(const QString& path, const Clock* clock = nullptr);
std::unique_ptr<Workspace> openWorkspace(const QString& path, const Clock* clock = nullptr);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the sqlite3 shell on `db` with `sql` on stdin.
ProcessResult sqliteShell(const QString& db, const QString& sql);
// Runs the built attest binary.
ProcessResult runAttest(const QStringList& arguments, const QByteArray& stdinData = {}, int timeoutMs = 120000);
QString attestBinary();

// Validates JSON documents against the NIST OSCAL 1.1.3 complete schema (tests/data/oscal) with ajv. Returns the
// validator's report: one "valid: FILE" or "invalid: FILE: PATH MESSAGE" line per finding; `ok` is false when any
// document is invalid or the validator could not run.
struct OscalValidation
{
    bool ok = false;
    QString report;
};
OscalValidation validateOscal(const QStringList& documents);

QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);

} // namespace attest::test
