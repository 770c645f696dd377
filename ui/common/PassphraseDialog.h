#pragma once

#include "storage/crypto/SecretBuffer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace attest::ui {

// Asks for a workspace's recovery passphrase: to unlock it where the keychain has no key for it (another
// computer, another user), or to set a new one (typed twice, at least MinimumLength characters). The text is
// taken out of the line edits into wiped memory and cleared from them as soon as it is read.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unlock,
        Set,
    };
    static constexpr int MinimumLength = 12;

    PassphraseDialog(Mode mode, const QString& workspaceName, const QString& explanation, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // Shown above the fields in red: why the last attempt failed.
    void setProblem(const QString& problem);
    // UTF-8 in wiped memory; the line edits are cleared.
    crypto::SecretBuffer takePassphrase();

private:
    void update();
    void fitHeight();

    Mode m_mode;
    QLabel* m_problem;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace attest::ui
