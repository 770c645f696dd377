#include "InventoryCommands.h"

#include "storage/Connection.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace { } // namespace

SystemCommand::SystemCommand(Connection& connection, ErrorHandler onError, const QString& text)
    : QUndoCommand(text)
    , m_connection(connection)
    , m_onError(std::move(onError))
{ }

void SystemCommand::fail(const QString& message)
{
    m_failed = true;
    // Callers rely on a failure always having something to say.
    m_lastError = message.isEmpty() ? SystemCommand::tr("The change could not be made.") : message;
    // Qt removes an obsolete command from the stack after redo()/undo().
    setObsolete(true);
    if (m_onError) {
        m_onError(m_lastError);
    }
}

QString SystemCommand::reason(bool isUndo) const
{
    if (isUndo) {
        return SystemCommand::tr("Undo: %1").arg(text());
    }
    return m_firstRedo ? text() : SystemCommand::tr("Redo: %1").arg(text());
}

CreateSystemCommand::CreateSystemCommand(Connection& connection, const AiSystem& system, ErrorHandler onError)
    : SystemCommand(
          connection, std::move(onError), SystemCommand::tr("Create AI system %1").arg(system.code().trimmed()))
    , m_system(system)
{ }

void CreateSystemCommand::redo()
{
    SystemRepository repository(m_connection);
    if (m_id == 0) {
        auto created = repository.create(m_system);
        if (!created) {
            fail(created.error().message);
            return;
        }
        m_id = *created;
        // Keep what was stored (normalised), which undo compares against.
        auto stored = repository.get(m_id);
        if (stored && stored->has_value()) {
            m_system = **stored;
        }
        m_system.id = m_id;
    } else {
        auto restored = SystemRepository(m_connection).restore(m_system, m_changeLog, reason(false));
        if (!restored) {
            fail(restored.error().message);
            return;
        }
    }
    m_firstRedo = false;
}

void CreateSystemCommand::undo()
{
    SystemRepository repository(m_connection);
    auto current = repository.get(m_id);
    if (!current || !current->has_value()) {
        fail(SystemCommand::tr("%1 no longer exists; there is nothing to undo.").arg(m_system.code()));
        return;
    }
    auto log = ChangeLogRepository(m_connection).forSystem(m_id);
    if (!log) {
        fail(log.error().message);
        return;
    }
    // Undoing a creation deletes the system, which is only harmless while it is still exactly what was just
    // created. Once it has a history of its own (a change-log entry, an edit from an import), deleting it is a
    // decision for the Delete command and its confirmation.
    if (!log->isEmpty() || (*current)->values != m_system.values) {
        fail(SystemCommand::tr("%1 has changed since it was created, so undoing its creation would delete that work. "
                               "Retire or delete it instead.")
                 .arg(m_system.code()));
        return;
    }
    m_changeLog.clear();
    auto removed =
        m_connection.write(reason(true), [&](WriteTransaction& txn) { return SystemRepository::remove(txn, m_id); });
    if (!removed) {
        fail(removed.error().message);
    }
}

EditSystemCommand::EditSystemCommand(Connection& connection,
                                     qint64 id,
                                     const QString& code,
                                     const QMap<QString, QString>& before,
                                     const QMap<QString, QString>& after,
                                     const QString& text,
                                     ErrorHandler onError)
    : SystemCommand(connection, std::move(onError), text)
    , m_id(id)
    , m_code(code)
    , m_before(before)
    , m_after(after)
{ }

bool EditSystemCommand::apply(const QMap<QString, QString>& expected, const QMap<QString, QString>& values, bool isUndo)
{
    SystemRepository repository(m_connection);
    auto current = repository.get(m_id);
    if (!current) {
        fail(current.error().message);
        return false;
    }
    if (!current->has_value()) {
        fail(SystemCommand::tr("%1 no longer exists.").arg(m_code));
        return false;
    }
    // Someone (an import, another edit) changed these fields since: putting our values back would silently
    // overwrite theirs.
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if ((*current)->value(it.key()) != it.value()) {
            fail(SystemCommand::tr("%1 was changed since (%2); the step was not applied.")
                     .arg(m_code,
                          SystemFields::find(it.key()) ? SystemFields::find(it.key())->displayLabel() : it.key()));
            return false;
        }
    }
    auto updated = repository.update(m_id, values, reason(isUndo));
    if (!updated) {
        fail(updated.error().message);
        return false;
    }
    return true;
}

void EditSystemCommand::redo()
{
    // The first redo happens when the edit is made: the dialog already compared against the stored values.
    if (apply(m_firstRedo ? QMap<QString, QString>() : m_before, m_after, false)) {
        m_firstRedo = false;
    }
}

void EditSystemCommand::undo()
{
    apply(m_after, m_before, true);
}

DeleteSystemCommand::DeleteSystemCommand(Connection& connection, const AiSystem& system, ErrorHandler onError)
    : SystemCommand(connection, std::move(onError), SystemCommand::tr("Delete AI system %1").arg(system.code()))
    , m_system(system)
{ }

void DeleteSystemCommand::redo()
{
    SystemRepository repository(m_connection);
    auto current = repository.get(m_system.id);
    if (!current || !current->has_value()) {
        fail(SystemCommand::tr("%1 no longer exists.").arg(m_system.code()));
        return;
    }
    m_system = **current;
    auto log = ChangeLogRepository(m_connection).forSystem(m_system.id);
    if (!log) {
        fail(log.error().message);
        return;
    }
    m_changeLog = *log;
    auto removed = m_connection.write(
        reason(false), [&](WriteTransaction& txn) { return SystemRepository::remove(txn, m_system.id); });
    if (!removed) {
        fail(removed.error().message);
        return;
    }
    m_firstRedo = false;
}

void DeleteSystemCommand::undo()
{
    auto restored = SystemRepository(m_connection).restore(m_system, m_changeLog, reason(true));
    if (!restored) {
        fail(restored.error().message);
    }
}

} // namespace attest::ui
