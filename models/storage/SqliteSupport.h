#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace attest {

struct AuditEventFields;

// Everything specific to SQLite lives here and in Connection/Workspace: file header checks, functions and
// collations registered on our connections, script splitting and a fast raw cursor for the audit scan. A shared
// PostgreSQL workspace would supply its own equivalents of these.
namespace sqlite {

// "ATST": marks a SQLite file as an Attest workspace (PRAGMA application_id).
constexpr quint32 ApplicationId = 0x41545354;

// What the first 100 bytes of a file say, read without letting SQLite touch the file.
struct FileHeader
{
    qint64 fileSize = 0;
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // in-header database size
    bool pageCountValid = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
};

Result<FileHeader> readHeader(const QString& path);
// The same from the first 100 bytes of page 1 (an encrypted workspace's, once decrypted).
FileHeader parseHeader(QByteArrayView page, qint64 fileSize);

sqlite3* handle(const QSqlDatabase& db);

// Registers attest_audit_hash() and the attest_nocase collation on a fresh connection.
Result<void> registerExtensions(const QSqlDatabase& db);

// On a connection through the encrypting VFS: keeps the reserved bytes per page the cipher needs (set before a
// new database's first write), keeps temporary tables and indexes in memory and a larger page cache.
Result<void> prepareEncryptedConnection(const QSqlDatabase& db);

// Calls `keepGoing` every hundred virtual-machine steps of statements on `db`; returning false interrupts the
// running statement (SQLITE_INTERRUPT). Null removes the handler. `keepGoing` must outlive its installation.
void setProgressHandler(const QSqlDatabase& db, const std::function<bool()>* keepGoing);

// Splits a migration script into complete statements (trigger bodies stay whole).
QStringList splitStatements(const QString& script);

// Maps a driver error to a user-facing error code.
ErrorCode classify(const QSqlError& error);
Error toError(const QSqlError& error, const QString& message);

// Steps through audit events with seq >= fromSeq in seq order without QVariant conversions. The callback returns
// false to stop early. Returns the number of rows visited.
Result<qint64> scanAuditEvents(const QSqlDatabase& db,
                               qint64 fromSeq,
                               qint64 toSeq,
                               const std::function<bool(const AuditEventFields&, QByteArrayView hash)>& visit);

} // namespace sqlite
} // namespace attest
