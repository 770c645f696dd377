#include "PreferencesDialog.h"

#include "common/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

PreferencesDialog::PreferencesDialog(const Values& current, const QString& osAccount, QWidget* parent)
    : QDialog(parent)
    , m_initial(current)
    , m_name(new QLineEdit(current.displayName, this))
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    m_name->setObjectName(u"displayNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Maria Rossi, Risk Office"));
    m_name->setMaxLength(120);
    m_name->setAccessibleDescription(
        tr("Recorded with every change in the audit trail, beside your computer account %1.").arg(osAccount));
    auto* nameHint =
        new QLabel(tr("Recorded with every change, beside your computer account (%1).").arg(osAccount), this);
    nameHint->setWordWrap(true);
    nameHint->setForegroundRole(QPalette::PlaceholderText);

    m_language->setObjectName(u"languageComboBox"_s);
    for (const Language::Choice& choice : Language::choices()) {
        m_language->addItem(choice.display, choice.code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(current.language)));
    m_language->setAccessibleDescription(tr("The language of menus, dialogs and reports, and how dates and numbers "
                                            "are written."));
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setText(tr("The new language is used when Attest is next started."));
    m_restartNote->setWordWrap(true);

    m_appearance->setObjectName(u"appearanceComboBox"_s);
    m_appearance->addItem(tr("Follow the system"), Appearance::toString(Appearance::Scheme::System));
    m_appearance->addItem(tr("Light"), Appearance::toString(Appearance::Scheme::Light));
    m_appearance->addItem(tr("Dark"), Appearance::toString(Appearance::Scheme::Dark));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(Appearance::toString(current.appearance))));

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(QString(), nameHint);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PreferencesDialog::update);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::update);
    update();
    resize(520, sizeHint().height());
}

void PreferencesDialog::update()
{
    const Values now = values();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!now.displayName.isEmpty());
    m_restartNote->setVisible(Language::resolve(now.language) != Language::resolve(m_initial.language));
}

PreferencesDialog::Values PreferencesDialog::values() const
{
    Values v;
    v.displayName = m_name->text().simplified();
    v.language = m_language->currentData().toString();
    v.appearance = Appearance::fromString(m_appearance->currentData().toString());
    return v;
}

} // namespace attest::ui
