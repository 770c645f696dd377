#include "DisplayNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

DisplayNameDialog::DisplayNameDialog(const QString& current, const QString& osAccount, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(current, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Your name in the audit trail"));
    auto* intro = new QLabel(tr("Attest records who made every change. Enter your name as colleagues and auditors "
                                "should read it. Your computer account (%1) is recorded beside it.")
                                 .arg(osAccount),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(u"displayNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Maria Rossi, Risk Office"));
    m_name->setMaxLength(120);
    auto* label = new QLabel(tr("&Name:"), this);
    label->setBuddy(m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!displayName().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    resize(460, sizeHint().height());
}

QString DisplayNameDialog::displayName() const
{
    return m_name->text().simplified();
}

} // namespace attest::ui
