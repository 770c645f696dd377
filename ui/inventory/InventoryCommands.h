#pragma once

#include "inventory/AiSystem.h"
#include "storage/ChangeLogRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace attest {
class Connection;
}

namespace attest::ui {

// Undoable inventory edits. Undo never rewrites history: it is a new, audited change that puts the old values
// back ("Undo: Edit AI system X" in the trail). A command that cannot be applied (the record changed or vanished
// meanwhile) reports why and drops out of the undo stack.
class SystemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCommands)

public:
    using ErrorHandler = std::function<void(const QString& message)>;
    SystemCommand(Connection& connection, ErrorHandler onError, const QString& text);

    bool failed() const { return m_failed; }
    QString lastError() const { return m_lastError; }

protected:
    void fail(const QString& message);
    QString reason(bool isUndo) const;

    Connection& m_connection;
    ErrorHandler m_onError;
    bool m_failed = false;
    bool m_firstRedo = true;
    QString m_lastError;
};

class CreateSystemCommand final : public SystemCommand
{
public:
    CreateSystemCommand(Connection& connection, const AiSystem& system, ErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 systemId() const { return m_id; }

private:
    AiSystem m_system;
    QList<SystemChange> m_changeLog; // captured on undo, put back on redo
    qint64 m_id = 0;
};

// Sets some fields of a system (edit, retire, reactivate).
class EditSystemCommand final : public SystemCommand
{
public:
    EditSystemCommand(Connection& connection,
                      qint64 id,
                      const QString& code,
                      const QMap<QString, QString>& before,
                      const QMap<QString, QString>& after,
                      const QString& text,
                      ErrorHandler onError);
    void redo() override;
    void undo() override;
    qint64 systemId() const { return m_id; }

private:
    bool apply(const QMap<QString, QString>& expected, const QMap<QString, QString>& values, bool isUndo);

    qint64 m_id;
    QString m_code;
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
};

// Hard delete; undo re-creates the system under its old id, with its change log.
class DeleteSystemCommand final : public SystemCommand
{
public:
    DeleteSystemCommand(Connection& connection, const AiSystem& system, ErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    AiSystem m_system;
    QList<SystemChange> m_changeLog;
};

} // namespace attest::ui
