#pragma once

#include "storage/crypto/WorkspaceHeader.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace attest::ui {

// File > Workspace Security: whether the open workspace is encrypted and what opens it, and the actions that
// change that. The dialog only says what the user chose; the main window carries it out (it may have to close
// and reopen the workspace).
class WorkspaceSecurityDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        None,
        Encrypt,
        SetPassphrase,
        RemovePassphrase,
        RotateKey,
        DecryptedCopy,
    };

    struct State
    {
        QString path;
        crypto::EncryptionInfo info;
        bool keychainAvailable = false;
        bool keychainHoldsKey = false;
        bool readOnly = false;
    };

    WorkspaceSecurityDialog(const State& state, QWidget* parent = nullptr);
    Action action() const { return m_action; }

private:
    QPushButton* addAction(const QString& text, const QString& description, Action action, bool enabled);

    Action m_action = Action::None;
    QVBoxLayout* m_actions;
};

} // namespace attest::ui
