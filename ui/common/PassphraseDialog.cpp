#include "PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

void wipe(QLineEdit* edit)
{
    if (!edit) {
        return;
    }
    // Take the edit's text (it shares its buffer), clear the edit, and overwrite the buffer we now own alone.
    QString text = edit->text();
    edit->clear();
    text.fill(QChar(u'\0'));
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString& workspaceName, const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_problem(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"passphraseDialog"_s);
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Workspace") : tr("Recovery Passphrase"));
    auto* intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    intro->setObjectName(u"passphraseIntro"_s);
    auto* name = new QLabel(u"<b>%1</b>"_s.arg(workspaceName.toHtmlEscaped()), this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problem->setObjectName(u"passphraseProblem"_s);
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText,
                 palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                     : QColor(0xb0, 0x1e, 0x1e));
    m_problem->setPalette(red);
    m_problem->hide();

    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_passphrase->setClearButtonEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(mode == Mode::Unlock ? tr("Recovery &passphrase:") : tr("New &passphrase:"), m_passphrase);
    if (mode == Mode::Set) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(u"repeatEdit"_s);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAttribute(Qt::WA_InputMethodEnabled, false);
        form->addRow(tr("&Repeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    }
    m_hint->setObjectName(u"passphraseHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    if (mode == Mode::Set) {
        m_hint->setText(tr("At least %1 characters; a few unrelated words are easy to type and hard to guess. Write it "
                           "down and keep it somewhere safe: without it, this workspace cannot be opened on another "
                           "computer, and nobody can recover it for you.")
                            .arg(MinimumLength));
    } else {
        m_hint->setText(tr("The passphrase is checked on this computer only; a wrong one changes nothing."));
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(name);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Set Passphrase"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    update();
    resize(480, sizeHint().height());
    fitHeight();
}

void PassphraseDialog::fitHeight()
{
    // Wrapped explanations need the height their width gives them (a top-level window does not ask by itself).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}

PassphraseDialog::~PassphraseDialog()
{
    wipe(m_passphrase);
    wipe(m_repeat);
}

void PassphraseDialog::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_passphrase->setFocus();
    m_passphrase->selectAll();
    fitHeight();
}

void PassphraseDialog::update()
{
    bool ok = !m_passphrase->text().isEmpty();
    if (m_mode == Mode::Set) {
        const int length = int(m_passphrase->text().size());
        const bool matches = m_repeat->text() == m_passphrase->text();
        ok = length >= MinimumLength && matches;
        if (length > 0 && length < MinimumLength) {
            m_problem->setText(tr("%1 more characters, please.").arg(MinimumLength - length));
        } else if (!m_repeat->text().isEmpty() && !matches) {
            m_problem->setText(tr("The two entries differ."));
        } else {
            m_problem->clear();
        }
        m_problem->setVisible(!m_problem->text().isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    fitHeight();
}

crypto::SecretBuffer PassphraseDialog::takePassphrase()
{
    QByteArray utf8 = m_passphrase->text().toUtf8();
    crypto::SecretBuffer secret = crypto::SecretBuffer::copyOf(utf8);
    utf8.fill('\0'); // the temporary UTF-8 copy too
    wipe(m_passphrase);
    wipe(m_repeat);
    return secret;
}

} // namespace attest::ui
