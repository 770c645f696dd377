#include "WorkspaceSecurityDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

WorkspaceSecurityDialog::WorkspaceSecurityDialog(const State& state, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"workspaceSecurityDialog"_s);
    setWindowTitle(tr("Workspace Security"));
    const crypto::EncryptionInfo& info = state.info;

    auto* statusBox = new QGroupBox(tr("Encryption at rest"), this);
    auto* status = new QLabel(statusBox);
    status->setObjectName(u"securityStatus"_s);
    status->setWordWrap(true);
    status->setTextFormat(Qt::RichText);
    const QString yes = u"✔ "_s;
    const QString no = u"✘ "_s;
    QString text = u"<p><b>%1</b></p>"_s.arg(QDir::toNativeSeparators(state.path).toHtmlEscaped());
    if (info.encrypted) {
        text += u"<p>"_s +
                tr("Encrypted with XChaCha20-Poly1305 (encryption format %1): every page of the file and of its "
                   "journal is encrypted and authenticated, so a copy of the file is unreadable without a key and any "
                   "change to it is detected.")
                    .arg(info.formatVersion) +
                u"</p><p>"_s + tr("It opens with:") + u"</p><ul><li>"_s +
                (info.hasKeychainSlot && state.keychainHoldsKey
                     ? yes + tr("the key in this computer's keychain")
                     : (info.hasKeychainSlot ? no + tr("a keychain key, which this computer's keychain does not hold")
                                             : no + tr("no keychain key"))) +
                u"</li><li>"_s +
                (info.hasPassphraseSlot ? yes + tr("its recovery passphrase")
                                        : no + tr("no recovery passphrase: without one, the workspace cannot be "
                                                  "opened on another computer or after the keychain is lost")) +
                u"</li></ul>"_s;
    } else {
        text += u"<p>"_s +
                tr("Not encrypted: anyone who gets a copy of the file (a backup, a USB stick, an e-mail attachment) "
                   "can read everything in it, including its risks, gaps and evidence.") +
                u"</p>"_s;
        if (!state.keychainAvailable) {
            text += u"<p>"_s +
                    tr("No keychain is available on this computer: encrypting needs a recovery passphrase, which "
                       "you then type each time you open the workspace.") +
                    u"</p>"_s;
        }
    }
    status->setText(text);
    (new QVBoxLayout(statusBox))->addWidget(status);

    auto* actionsBox = new QGroupBox(tr("Actions"), this);
    m_actions = new QVBoxLayout(actionsBox);
    const bool writable = !state.readOnly;
    if (!info.encrypted) {
        addAction(tr("&Encrypt This Workspace…"),
                  tr("Writes an encrypted copy, checks it, and puts it in place of this file."),
                  Action::Encrypt,
                  writable);
    } else {
        addAction(info.hasPassphraseSlot ? tr("&Change Recovery Passphrase…") : tr("&Set Recovery Passphrase…"),
                  tr("A passphrase opens the workspace on another computer, or when the keychain is lost."),
                  Action::SetPassphrase,
                  writable);
        if (info.hasPassphraseSlot) {
            addAction(tr("&Remove Recovery Passphrase…"),
                      tr("Only this computer's keychain will open the workspace."),
                      Action::RemovePassphrase,
                      writable && info.hasKeychainSlot && state.keychainHoldsKey);
        }
        addAction(tr("Replace the Encryption &Key…"),
                  tr("Re-encrypts every page with a new key, for example after a copy went astray."),
                  Action::RotateKey,
                  writable);
        addAction(tr("Save a &Decrypted Copy…"),
                  tr("An unencrypted copy for another tool; the export is recorded in the audit trail."),
                  Action::DecryptedCopy,
                  writable);
    }
    if (state.readOnly) {
        auto* note = new QLabel(tr("The workspace is open read-only: its security can only be changed, and a "
                                   "decrypted copy (which its audit trail records) only be made, where it opens for "
                                   "writing."),
                                this);
        note->setWordWrap(true);
        m_actions->addWidget(note);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(statusBox);
    layout->addWidget(actionsBox);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
}

QPushButton*
WorkspaceSecurityDialog::addAction(const QString& text, const QString& description, Action action, bool enabled)
{
    auto* row = new QGridLayout;
    auto* button = new QPushButton(text, this);
    button->setObjectName(u"securityAction%1"_s.arg(int(action)));
    button->setEnabled(enabled);
    button->setAccessibleDescription(description);
    auto* label = new QLabel(description, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(button, 0, 0);
    row->addWidget(label, 0, 1);
    row->setColumnStretch(1, 1);
    m_actions->addLayout(row);
    connect(button, &QPushButton::clicked, this, [this, action] {
        m_action = action;
        accept();
    });
    return button;
}

} // namespace attest::ui
