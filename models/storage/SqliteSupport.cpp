#include "SqliteSupport.h"

#include "audit/AuditHash.h"
#include "core/Sha256.h"
#include "core/TextCollation.h"
#include "storage/crypto/WorkspaceHeader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace attest::sqlite {

namespace {

quint32 be32(const char* p)
{
    return qFromBigEndian<quint32>(p);
}

QByteArrayView textArg(sqlite3_value* value)
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return QByteArrayView(data, sqlite3_value_bytes(value));
}

QByteArrayView blobArg(sqlite3_value* value)
{
    const auto* data = static_cast<const char*>(sqlite3_value_blob(value));
    return QByteArrayView(data, sqlite3_value_bytes(value));
}

// attest_audit_hash(seq, at_ms, actor, os_account, action, entity_type, entity_id, changes, reason, batch,
// state_hash, prev_hash): the same canonical hash the application computes, so the database itself can refuse an event
// that does not extend the chain.
void auditHashFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 12) {
        sqlite3_result_error(context, "attest_audit_hash: wrong number of arguments", -1);
        return;
    }
    AuditEventFields fields;
    fields.seq = sqlite3_value_int64(argv[0]);
    fields.atMs = sqlite3_value_int64(argv[1]);
    fields.actor = textArg(argv[2]);
    fields.osAccount = textArg(argv[3]);
    fields.action = textArg(argv[4]);
    fields.entityType = textArg(argv[5]);
    fields.entityId = sqlite3_value_int64(argv[6]);
    fields.changes = textArg(argv[7]);
    fields.reason = textArg(argv[8]);
    fields.batch = textArg(argv[9]);
    fields.stateHash = blobArg(argv[10]);
    fields.prevHash = blobArg(argv[11]);
    auto* hasher = static_cast<Sha256*>(sqlite3_user_data(context));
    char digest[AuditHash::Size];
    AuditHash::compute(*hasher, fields, digest);
    sqlite3_result_blob(context, digest, AuditHash::Size, SQLITE_TRANSIENT);
}

void destroyHasher(void* p)
{
    delete static_cast<Sha256*>(p);
}

// Locale-aware, case-insensitive, numbers compared by value ("SYS-2" before "SYS-10").
int nocaseCollation(void* p, int lengthA, const void* a, int lengthB, const void* b)
{
    auto* collator = static_cast<QCollator*>(p);
    const QString left = QString::fromUtf8(static_cast<const char*>(a), lengthA);
    const QString right = QString::fromUtf8(static_cast<const char*>(b), lengthB);
    return collator->compare(left, right);
}

void destroyCollator(void* p)
{
    delete static_cast<QCollator*>(p);
}

} // namespace

Result<FileHeader> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Workspace", "Cannot read “%1”: %2.").arg(path, file.errorString()),
            file.errorString());
    }
    return parseHeader(file.read(100), file.size());
}

FileHeader parseHeader(QByteArrayView bytes, qint64 fileSize)
{
    FileHeader header;
    header.fileSize = fileSize;
    static constexpr char Magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView(Magic, sizeof(Magic)))) {
        return header; // isSqlite = false
    }
    header.isSqlite = true;
    const char* p = bytes.constData();
    const quint32 rawPageSize = qFromBigEndian<quint16>(p + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.pageCount = be32(p + 28);
    // The in-header size is only trustworthy when the change counter matches "version-valid-for".
    header.pageCountValid = header.pageCount != 0 && be32(p + 24) == be32(p + 92);
    header.userVersion = static_cast<qint32>(be32(p + 60));
    header.applicationId = be32(p + 68);
    return header;
}

sqlite3* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.data());
}

Result<void> registerExtensions(const QSqlDatabase& db)
{
    sqlite3* h = handle(db);
    if (!h) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Workspace", "The SQLite driver did not provide a connection."));
    }
    // The handle belongs to the SQLite inside Qt's driver; calling our own SQLite's functions on it is only valid
    // when both are the same library (the system SQLite, as on Debian). A Qt built with its own copy would
    // differ: refuse clearly instead of corrupting memory.
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT sqlite_version()"_s) || !q.next() ||
            q.value(0).toString() != QString::fromLatin1(sqlite3_libversion())) {
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("Workspace",
                                                         "Qt's SQLite driver uses a different SQLite than Attest "
                                                         "(%1 and %2); install Attest built for this system.")
                                 .arg(q.value(0).toString(), QString::fromLatin1(sqlite3_libversion())));
        }
    }
    int rc = sqlite3_create_function_v2(h,
                                        "attest_audit_hash",
                                        12,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        new Sha256,
                                        auditHashFunction,
                                        nullptr,
                                        nullptr,
                                        destroyHasher);
    if (rc == SQLITE_OK) {
        auto* collator = new QCollator(textCollator());
        rc = sqlite3_create_collation_v2(h, "attest_nocase", SQLITE_UTF8, collator, nocaseCollation, destroyCollator);
    }
    if (rc != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Workspace", "Could not prepare the workspace connection."),
                         QString::fromUtf8(sqlite3_errmsg(h)));
    }
    return {};
}

Result<void> prepareEncryptedConnection(const QSqlDatabase& db)
{
    sqlite3* h = handle(db);
    int reserve = crypto::ReserveBytes;
    if (!h || sqlite3_file_control(h, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Workspace", "Could not prepare the workspace connection."),
                         u"reserve bytes"_s);
    }
    QSqlQuery q(db);
    // Every page read from disk is authenticated and decrypted: keep more of them decrypted in SQLite's cache
    // (16 MB instead of 2 MB) so repeated queries (filtering as the user types) do not pay for it again.
    if (!q.exec(u"PRAGMA temp_store = MEMORY"_s) || !q.exec(u"PRAGMA cache_size = -16384"_s)) {
        return toError(q.lastError(),
                       QCoreApplication::translate("Workspace", "Could not prepare the workspace connection."));
    }
    return {};
}

namespace {
int progressTrampoline(void* p)
{
    return (*static_cast<const std::function<bool()>*>(p))() ? 0 : 1;
}
} // namespace

void setProgressHandler(const QSqlDatabase& db, const std::function<bool()>* keepGoing)
{
    if (sqlite3* h = handle(db)) {
        sqlite3_progress_handler(h,
                                 keepGoing ? 100 : 0,
                                 keepGoing ? progressTrampoline : nullptr,
                                 const_cast<std::function<bool()>*>(keepGoing));
    }
}

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QByteArray pending;
    const QList<QByteArray> lines = script.toUtf8().split('\n');
    for (const QByteArray& line : lines) {
        pending += line;
        pending += '\n';
        if (sqlite3_complete(pending.constData())) {
            const QString statement = QString::fromUtf8(pending).trimmed();
            if (!statement.isEmpty() && statement != QLatin1String(";")) {
                statements << statement;
            }
            pending.clear();
        }
    }
    const QString rest = QString::fromUtf8(pending).trimmed();
    // Trailing comments are not statements; anything else incomplete is kept so that executing it reports the error.
    bool onlyComments = true;
    for (const QString& line : rest.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1String("--"))) {
            onlyComments = false;
        }
    }
    if (!onlyComments) {
        statements << rest;
    }
    return statements;
}

ErrorCode classify(const QSqlError& error)
{
    bool ok = false;
    const int extended = error.nativeErrorCode().toInt(&ok);
    const int code = extended & 0xff;
    if (!ok) {
        return ErrorCode::Database;
    }
    if (extended == SQLITE_IOERR_DATA) {
        return ErrorCode::Corrupt; // a page of an encrypted workspace failed authentication
    }
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Conflict;
    default:
        return ErrorCode::Database;
    }
}

Error toError(const QSqlError& error, const QString& message)
{
    const ErrorCode code = classify(error);
    QString text = message;
    switch (code) {
    case ErrorCode::Corrupt:
        text = error.nativeErrorCode().toInt() == SQLITE_IOERR_DATA
                   ? QCoreApplication::translate("Workspace",
                                                 "%1 The workspace file is damaged or has been tampered with. "
                                                 "Restore it from a backup; the file has not been changed.")
                         .arg(message)
                   : QCoreApplication::translate("Workspace",
                                                 "%1 The workspace file is damaged. Restore it from a backup.")
                         .arg(message);
        break;
    case ErrorCode::Locked:
        text = QCoreApplication::translate("Workspace",
                                           "%1 Another program is using the workspace; try again in a moment.")
                   .arg(message);
        break;
    case ErrorCode::Io:
        text = QCoreApplication::translate("Workspace",
                                           "%1 The disk could not be read or written (is it full or removed?).")
                   .arg(message);
        break;
    default:
        break;
    }
    return Error{code, text, error.text()};
}

Result<qint64> scanAuditEvents(const QSqlDatabase& db,
                               qint64 fromSeq,
                               qint64 toSeq,
                               const std::function<bool(const AuditEventFields&, QByteArrayView hash)>& visit)
{
    sqlite3* h = handle(db);
    if (!h) {
        return makeError(ErrorCode::Database, QCoreApplication::translate("Workspace", "No database connection."));
    }
    static constexpr char Sql[] = "SELECT seq, at_ms, actor, os_account, action, entity_type, entity_id, changes, "
                                  "reason, batch, state_hash, prev_hash, hash FROM audit_events "
                                  "WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(h, Sql, -1, &stmt, nullptr) != SQLITE_OK) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Workspace", "The audit trail could not be read."),
                         QString::fromUtf8(sqlite3_errmsg(h)));
    }
    sqlite3_bind_int64(stmt, 1, fromSeq);
    sqlite3_bind_int64(stmt, 2, toSeq);
    auto text = [stmt](int column) {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(stmt, column));
    };
    auto blob = [stmt](int column) {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(stmt, column));
    };
    qint64 visited = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        AuditEventFields fields;
        fields.seq = sqlite3_column_int64(stmt, 0);
        fields.atMs = sqlite3_column_int64(stmt, 1);
        fields.actor = text(2);
        fields.osAccount = text(3);
        fields.action = text(4);
        fields.entityType = text(5);
        fields.entityId = sqlite3_column_int64(stmt, 6);
        fields.changes = text(7);
        fields.reason = text(8);
        fields.batch = text(9);
        fields.stateHash = blob(10);
        fields.prevHash = blob(11);
        ++visited;
        if (!visit(fields, blob(12))) {
            rc = SQLITE_DONE;
            break;
        }
    }
    Result<qint64> result = visited;
    if (rc != SQLITE_DONE) {
        const int primary = rc & 0xff;
        const bool damaged =
            primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || sqlite3_extended_errcode(h) == SQLITE_IOERR_DATA;
        result = makeError(damaged ? ErrorCode::Corrupt : ErrorCode::Database,
                           QCoreApplication::translate("Workspace", "The audit trail could not be read to the end."),
                           QString::fromUtf8(sqlite3_errmsg(h)));
    }
    sqlite3_finalize(stmt);
    return result;
}

} // namespace attest::sqlite
