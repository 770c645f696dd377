#include "Connection.h"

#include "audit/AuditHash.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/ChangeNotifier.h"
#include "storage/ConnectionPrivate.h"
#include "storage/SqliteSupport.h"
#include "storage/WriteTransaction.h"
#include "storage/crypto/EncryptedVfs.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace attest {

namespace {
std::atomic<int> s_connectionCounter{0};
}

Result<std::unique_ptr<Connection>> ConnectionPrivate::open(const Options& options)
{
    auto d = std::make_unique<ConnectionPrivate>();
    d->connectionName = u"attest-%1"_s.arg(++s_connectionCounter);
    d->path = options.path;
    d->readOnly = options.readOnly;
    d->readOnlyReason = options.readOnlyReason;
    d->actor = options.actor;
    d->clock = options.clock ? options.clock : &SystemClock::instance();
    d->notifier = options.notifier;

    d->db = QSqlDatabase::addDatabase(u"QSQLITE"_s, d->connectionName);
    if (!d->db.isValid()) {
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate(
                             "Workspace", "The SQLite driver for Qt is missing. Install libqt6sql6-sqlite."));
    }
    // URIs are understood everywhere, so that VACUUM INTO can name a copy through a given VFS.
    QStringList connectOptions{u"QSQLITE_BUSY_TIMEOUT=5000"_s, u"QSQLITE_OPEN_URI"_s};
    if (options.readOnly) {
        connectOptions << u"QSQLITE_OPEN_READONLY"_s;
    }
    if (options.vfsKey) {
        // The key travels as a token naming a registered key, never in the name itself.
        d->encrypted = true;
        d->db.setDatabaseName(
            options.vfsKey->uri(options.path, options.immutable && options.readOnly ? u"immutable=1"_s : QString()));
    } else if (options.immutable && options.readOnly) {
        d->db.setDatabaseName(u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(options.path, "/")) +
                              u"?immutable=1"_s);
    } else {
        d->db.setDatabaseName(options.path);
    }
    d->db.setConnectOptions(connectOptions.join(u';'));
    if (!d->db.open()) {
        return sqlite::toError(d->db.lastError(),
                               QCoreApplication::translate("Workspace", "“%1” could not be opened.").arg(options.path));
    }
    if (auto registered = sqlite::registerExtensions(d->db); !registered) {
        return registered.error();
    }
    if (d->encrypted) {
        if (auto prepared = sqlite::prepareEncryptedConnection(d->db); !prepared) {
            return prepared.error();
        }
    }
    return std::unique_ptr<Connection>(new Connection(std::move(d)));
}

ConnectionPrivate::~ConnectionPrivate()
{
    if (db.isValid()) {
        db.close();
    }
    db = QSqlDatabase();
    if (!connectionName.isEmpty()) {
        QSqlDatabase::removeDatabase(connectionName);
    }
}

Result<QSqlQuery> ConnectionPrivate::exec(const QString& sql, const QVariantList& bindings, const QString& what) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text();
        return sqlite::toError(query.lastError(), what);
    }
    for (int i = 0; i < bindings.size(); ++i) {
        query.bindValue(i, bindings[i]);
    }
    if (!query.exec()) {
        qCWarning(lcStorage) << "statement failed:" << query.lastError().text();
        return sqlite::toError(query.lastError(), what);
    }
    return query;
}

Result<void> ConnectionPrivate::execScript(const QString& sql, const QString& what) const
{
    for (const QString& statement : sqlite::splitStatements(sql)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qCWarning(lcStorage) << "script statement failed:" << query.lastError().text();
            return sqlite::toError(query.lastError(), what);
        }
    }
    return {};
}

Connection::Connection(std::unique_ptr<ConnectionPrivate> priv)
    : d(std::move(priv))
{ }

Connection::~Connection() = default;

QString Connection::path() const
{
    return d->path;
}

bool Connection::isReadOnly() const
{
    return d->readOnly;
}

QString Connection::readOnlyReason() const
{
    return d->readOnlyReason;
}

const Actor& Connection::actor() const
{
    return d->actor;
}

void Connection::setActor(const Actor& actor)
{
    d->actor = actor;
}

void Connection::setClock(const Clock* clock)
{
    d->clock = clock ? clock : &SystemClock::instance();
}

const Clock& Connection::clock() const
{
    return *d->clock;
}

Result<void> Connection::write(const QString& reason, const WriteWork& work)
{
    if (d->readOnly) {
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("Workspace", "The workspace is open read-only: %1").arg(d->readOnlyReason));
    }
    if (d->inWrite) {
        // Nested writes would split one user action over two transactions; callers compose inside `work`.
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("Workspace", "Internal error: a change is already in progress."));
    }
    d->inWrite = true;
    auto resetFlag = qScopeGuard([this] { d->inWrite = false; });

    // IMMEDIATE takes the write lock up front, so reading the chain head and appending to it cannot interleave
    // with another writer.
    if (auto begun = d->exec(
            u"BEGIN IMMEDIATE"_s, {}, QCoreApplication::translate("Workspace", "The change could not be started."));
        !begun) {
        return begun.error();
    }
    QSet<QString> touched;
    Result<void> outcome;
    {
        WriteTransaction txn(*d, reason);
        outcome = txn.begin();
        if (outcome) {
            outcome = work(txn);
        }
        touched = txn.touchedEntityTypes();
    }
    if (outcome) {
        QSqlQuery commit(d->db);
        if (!commit.exec(u"COMMIT"_s)) {
            outcome = sqlite::toError(commit.lastError(),
                                      QCoreApplication::translate("Workspace", "The change could not be saved."));
        }
    }
    if (!outcome) {
        QSqlQuery rollback(d->db);
        if (!rollback.exec(u"ROLLBACK"_s)) {
            qCWarning(lcStorage) << "rollback failed:" << rollback.lastError().text();
        }
        qCInfo(lcStorage) << "write rolled back:" << reason << "-" << outcome.error().detail;
        return outcome;
    }
    if (!touched.isEmpty() && d->notifier) {
        Q_EMIT d->notifier->changed(QStringList(touched.cbegin(), touched.cend()));
    }
    return {};
}

Result<AuditHead> Connection::auditHead() const
{
    auto q = d->exec(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s,
                     {},
                     QCoreApplication::translate("Workspace", "The audit trail could not be read."));
    if (!q) {
        return q.error();
    }
    AuditHead head;
    if (q->next()) {
        head.seq = q->value(0).toLongLong();
        head.hash = q->value(1).toByteArray();
    } else {
        head.hash = AuditHash::genesisPrevHash();
    }
    return head;
}

} // namespace attest
