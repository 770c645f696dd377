#include "SystemRecordDialog.h"

#include "storage/SystemRecordRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

SystemRecordDialog::SystemRecordDialog(Connection& connection,
                                       const SystemRecordKind& kind,
                                       qint64 systemId,
                                       const QString& systemTitle,
                                       const QString& introduction,
                                       bool readOnly,
                                       QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_systemId(systemId)
    , m_systemTitle(systemTitle)
    , m_kind(kind)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"systemRecordDialog"_s);
    setWindowTitle(tr("%1 — %2").arg(kind.displayLabel(), systemTitle));
    auto record = SystemRecordRepository(connection, kind).forSystem(systemId);
    if (record) {
        m_record = *record;
    } else {
        m_lastError = record.error().message;
    }
    auto* intro = new QLabel(introduction, this);
    intro->setWordWrap(true);
    for (const SystemRecordKind::Page& page : kind.pages()) {
        m_tabs->addTab(buildPage(page.keys), QCoreApplication::translate("AiSystem", page.title));
    }
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText,
                     palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(palette);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setVisible(!m_lastError.isEmpty());
    m_problem->setText(m_lastError);

    auto* buttons = new QDialogButtonBox(this);
    if (readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
        for (const Editor& e : std::as_const(m_editors)) {
            e.widget->setEnabled(false);
        }
    } else {
        m_save = buttons->addButton(QDialogButtonBox::Save);
        m_save->setObjectName(u"saveButton"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_save, &QPushButton::clicked, this, &SystemRecordDialog::save);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 640);
    validate();
}

QWidget* SystemRecordDialog::buildPage(const QStringList& keys)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString& key : keys) {
        const SystemField* field = m_kind.field(key);
        Editor e;
        const QString stored = m_record.value(key);
        switch (field->kind) {
        case FieldKind::Choice: {
            auto* combo = new QComboBox(page);
            for (const FieldChoice& choice : field->choices) {
                combo->addItem(field->choiceLabel(choice.code), choice.code);
            }
            if (field->defaultValue.isEmpty()) {
                combo->insertItem(0, tr("(not recorded)"), QString());
            }
            combo->setCurrentIndex(std::max(0, combo->findData(stored)));
            connect(combo, &QComboBox::currentIndexChanged, this, &SystemRecordDialog::validate);
            e.widget = combo;
            e.get = [combo] { return combo->currentData().toString(); };
            e.set = [combo](const QString& v) { combo->setCurrentIndex(std::max(0, combo->findData(v))); };
            break;
        }
        case FieldKind::MultiChoice: {
            auto* box = new QWidget(page);
            auto* boxLayout = new QVBoxLayout(box);
            boxLayout->setContentsMargins(0, 0, 0, 0);
            QList<QPair<QString, QCheckBox*>> checks;
            const QStringList chosen = SystemRules::splitList(stored);
            for (const FieldChoice& choice : field->choices) {
                auto* check = new QCheckBox(field->choiceLabel(choice.code), box);
                check->setChecked(chosen.contains(choice.code));
                connect(check, &QCheckBox::toggled, this, &SystemRecordDialog::validate);
                boxLayout->addWidget(check);
                checks << QPair<QString, QCheckBox*>{choice.code, check};
            }
            e.widget = box;
            e.get = [checks] {
                QStringList codes;
                for (const auto& [code, check] : checks) {
                    if (check->isChecked()) {
                        codes << code;
                    }
                }
                return codes.join(u',');
            };
            e.set = [checks](const QString& v) {
                const QStringList codes = SystemRules::splitList(v);
                for (const auto& [code, check] : checks) {
                    check->setChecked(codes.contains(code));
                }
            };
            break;
        }
        case FieldKind::MultilineText: {
            auto* edit = new QPlainTextEdit(stored, page);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
            edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, &SystemRecordDialog::validate);
            e.widget = edit;
            e.get = [edit] { return edit->toPlainText(); };
            e.set = [edit](const QString& v) { edit->setPlainText(v); };
            break;
        }
        default: {
            auto* edit = new QLineEdit(stored, page);
            if (field->kind == FieldKind::Date) {
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            }
            connect(edit, &QLineEdit::textChanged, this, &SystemRecordDialog::validate);
            e.widget = edit;
            e.get = [edit] { return edit->text(); };
            e.set = [edit](const QString& v) { edit->setText(v); };
            break;
        }
        }
        e.widget->setObjectName(key);
        e.widget->setAccessibleName(field->displayLabel());
        if (!field->displayHelp().isEmpty()) {
            e.widget->setToolTip(field->displayHelp());
            e.widget->setAccessibleDescription(field->displayHelp());
        }
        auto* label = new QLabel(field->displayLabel() + u':', page);
        label->setBuddy(e.widget);
        label->setWordWrap(true);
        form->addRow(label, e.widget);
        m_editors.insert(key, e);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* SystemRecordDialog::editor(const QString& key) const
{
    return m_editors.value(key).widget;
}

QMap<QString, QString> SystemRecordDialog::changes() const
{
    QMap<QString, QString> changed;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const SystemField* field = m_kind.field(it.key());
        QString problem;
        const QString value = SystemRules::normalise(*field, it->get(), &problem);
        if (!problem.isEmpty() || value != m_record.value(it.key())) {
            changed.insert(it.key(), problem.isEmpty() ? value : it->get());
        }
    }
    return changed;
}

void SystemRecordDialog::validate()
{
    QStringList problems;
    for (const SystemField& field : m_kind.fields()) {
        const Editor e = m_editors.value(field.key);
        if (!e.get) {
            continue;
        }
        QString problem;
        SystemRules::normalise(field, e.get(), &problem);
        if (!problem.isEmpty()) {
            problems << problem;
        }
    }
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    if (m_save) {
        m_save->setEnabled(problems.isEmpty());
    }
}

void SystemRecordDialog::save()
{
    const QMap<QString, QString> changed = changes();
    if (changed.isEmpty()) {
        accept();
        return;
    }
    auto saved = SystemRecordRepository(m_connection, m_kind).save(m_systemId, changed, m_systemTitle);
    if (!saved) {
        m_lastError = saved.error().message;
        m_problem->setText(m_lastError);
        m_problem->setVisible(true);
        return;
    }
    m_lastError.clear();
    accept();
}

} // namespace attest::ui
