#include "SystemDialog.h"

#include "risk/TierAssistantDialog.h"
#include "storage/ChangeLogRepository.h"
#include "storage/SystemRepository.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

// Which fields go on which tab: a presentation choice, kept here rather than in the domain model.
struct Page
{
    const char* title;
    QStringList keys;
};

const QList<Page>& pages()
{
    static const QList<Page> list = {
        {QT_TRANSLATE_NOOP("SystemDialog", "General"),
         {u"code"_s,
          u"name"_s,
          u"description"_s,
          u"purpose"_s,
          u"business_owner"_s,
          u"technical_owner"_s,
          u"business_unit"_s,
          u"tags"_s}},
        {QT_TRANSLATE_NOOP("SystemDialog", "Classification"),
         {u"lifecycle"_s, u"ai_act_tier"_s, u"criticality"_s, u"automated_decisions"_s, u"human_oversight"_s}},
        {QT_TRANSLATE_NOOP("SystemDialog", "Technology"),
         {u"deployment"_s, u"model_type"_s, u"provider_kind"_s, u"provider_name"_s, u"components"_s}},
        {QT_TRANSLATE_NOOP("SystemDialog", "Data"), {u"data_categories"_s, u"data_sources"_s}},
        {QT_TRANSLATE_NOOP("SystemDialog", "Operations"), {u"monitoring"_s, u"next_review"_s, u"notes"_s}},
    };
    return list;
}

QColor errorColor(const QWidget* widget)
{
    // Readable on light and dark windows alike.
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xb0, 0x1e, 0x1e);
}

// A small dialog for one change-log entry.
class ChangeEntryDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeEntryDialog)

public:
    ChangeEntryDialog(const SystemChange& change, QWidget* parent)
        : QDialog(parent)
        , m_change(change)
        , m_date(new QLineEdit(
              change.changedOn.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : change.changedOn, this))
        , m_version(new QLineEdit(change.modelVersion, this))
        , m_validatedBy(new QLineEdit(change.validatedBy, this))
        , m_description(new QPlainTextEdit(change.description, this))
        , m_error(new QLabel(this))
    {
        setWindowTitle(change.id ? tr("Edit change log entry") : tr("New change log entry"));
        m_date->setObjectName(u"changeDateLineEdit"_s);
        m_date->setPlaceholderText(u"YYYY-MM-DD"_s);
        m_version->setObjectName(u"modelVersionLineEdit"_s);
        m_validatedBy->setObjectName(u"validatedByLineEdit"_s);
        m_description->setObjectName(u"changeDescriptionEdit"_s);
        m_description->setTabChangesFocus(true);
        m_error->setWordWrap(true);
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, errorColor(this));
        m_error->setPalette(p);
        auto* form = new QFormLayout;
        form->addRow(tr("&Date:"), m_date);
        form->addRow(tr("Model &version:"), m_version);
        form->addRow(tr("&What changed:"), m_description);
        form->addRow(tr("Validated &by:"), m_validatedBy);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            const QString problem = ChangeLogRepository::validate(value());
            m_error->setText(problem);
            if (problem.isEmpty()) {
                accept();
            }
        });
        resize(480, 320);
    }

    SystemChange value() const
    {
        SystemChange c = m_change;
        c.changedOn = m_date->text().trimmed();
        c.modelVersion = m_version->text().trimmed();
        c.validatedBy = m_validatedBy->text().trimmed();
        c.description = m_description->toPlainText();
        return c;
    }

private:
    SystemChange m_change;
    QLineEdit* m_date;
    QLineEdit* m_version;
    QLineEdit* m_validatedBy;
    QPlainTextEdit* m_description;
    QLabel* m_error;
};

} // namespace

SystemDialog::SystemDialog(
    Connection& connection, const AiSystem& system, bool readOnly, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_original(system)
    , m_readOnly(readOnly)
    , m_submit(std::move(submit))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(u"systemDialog"_s);
    if (system.id == 0) {
        setWindowTitle(tr("New AI system"));
    } else {
        setWindowTitle(readOnly ? tr("AI system %1 (read-only)").arg(system.title())
                                : tr("AI system %1").arg(system.title()));
    }
    m_tabs->setObjectName(u"systemTabWidget"_s);
    m_tabs->setAccessibleName(tr("Sections of the system record"));
    for (int i = 0; i < pages().size(); ++i) {
        m_tabTitles << QCoreApplication::translate("SystemDialog", pages()[i].title);
        m_tabs->addTab(buildPage(pages()[i].keys, i), m_tabTitles.last());
    }
    buildChangeLogPage();

    m_summary->setObjectName(u"validationSummaryLabel"_s);
    m_summary->setWordWrap(true);
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText, errorColor(this));
    m_summary->setPalette(p);

    auto* buttons = new QDialogButtonBox(this);
    if (readOnly) {
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        m_save = buttons->addButton(QDialogButtonBox::Save);
        m_save->setObjectName(u"saveButton"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(m_save, &QPushButton::clicked, this, &SystemDialog::save);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (const SystemField& field : SystemFields::all()) {
        m_editors[field.key].set(system.value(field.key));
    }
    for (const SystemField& field : SystemFields::all()) {
        validateField(field.key);
    }
    m_loading = false;
    if (QWidget* first = editor(u"code"_s)) {
        first->setFocus();
    }
    resize(720, 620);
}

QWidget* SystemDialog::buildPage(const QStringList& keys, int tab)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (const QString& key : keys) {
        addEditor(*SystemFields::find(key), form, tab);
    }
    return page;
}

void SystemDialog::addEditor(const SystemField& field, QFormLayout* form, int tab)
{
    Editor editor;
    editor.tab = tab;
    const QString objectBase = field.key;
    QWidget* input = nullptr;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::Tags:
    case FieldKind::Date: {
        auto* line = new QLineEdit(this);
        line->setObjectName(objectBase + u"LineEdit"_s);
        line->setReadOnly(m_readOnly);
        if (field.maxLength > 0) {
            line->setMaxLength(field.maxLength + 50); // over-long input is reported, not silently cut
        }
        editor.get = [line] { return line->text(); };
        editor.set = [line](const QString& v) { line->setText(v); };
        connect(line, &QLineEdit::textChanged, this, [this, key = field.key] { validateField(key); });
        input = line;
        if (field.kind == FieldKind::Date) {
            line->setPlaceholderText(u"YYYY-MM-DD"_s);
            auto* pick = new QToolButton(this);
            pick->setText(u"…"_s);
            pick->setToolTip(tr("Choose a date"));
            pick->setEnabled(!m_readOnly);
            pick->setPopupMode(QToolButton::InstantPopup);
            auto* menu = new QMenu(pick);
            auto* calendar = new QCalendarWidget(menu);
            auto* action = new QWidgetAction(menu);
            action->setDefaultWidget(calendar);
            menu->addAction(action);
            pick->setMenu(menu);
            connect(menu, &QMenu::aboutToShow, calendar, [calendar, line] {
                const QDate date = QDate::fromString(line->text(), Qt::ISODate);
                calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
            });
            connect(calendar, &QCalendarWidget::clicked, this, [line, menu](QDate date) {
                line->setText(date.toString(Qt::ISODate));
                menu->close();
            });
            auto* row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(line, 1);
            h->addWidget(pick);
            input = row;
            editor.widget = line;
        } else if (field.kind == FieldKind::Tags) {
            line->setPlaceholderText(tr("e.g. customer-facing, pilot"));
        }
        break;
    }
    case FieldKind::MultilineText:
    case FieldKind::Components: {
        auto* text = new QPlainTextEdit(this);
        text->setObjectName(objectBase + u"TextEdit"_s);
        text->setReadOnly(m_readOnly);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(field.kind == FieldKind::Components ? 80 : 70);
        if (field.kind == FieldKind::Components) {
            text->setPlaceholderText(u"model: Llama 3.1 8B\nlibrary: PyTorch 2.3\napi: Azure OpenAI GPT-4o"_s);
        }
        editor.get = [text] { return text->toPlainText(); };
        editor.set = [text](const QString& v) { text->setPlainText(v); };
        connect(text, &QPlainTextEdit::textChanged, this, [this, key = field.key] { validateField(key); });
        input = text;
        break;
    }
    case FieldKind::Choice: {
        auto* combo = new QComboBox(this);
        combo->setObjectName(objectBase + u"ComboBox"_s);
        if (!field.required) {
            combo->addItem(tr("— not set —"), QString());
        }
        for (const FieldChoice& choice : field.choices) {
            combo->addItem(field.choiceLabel(choice.code), choice.code);
        }
        combo->setEnabled(!m_readOnly);
        editor.get = [combo] { return combo->currentData().toString(); };
        editor.set = [combo](const QString& v) {
            const int index = combo->findData(v);
            combo->setCurrentIndex(index >= 0 ? index : 0);
        };
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = field.key] { validateField(key); });
        input = combo;
        if (field.key == u"ai_act_tier"_s) {
            m_suggestTier = new QPushButton(tr("Suggest…"), this);
            m_suggestTier->setObjectName(u"suggestTierButton"_s);
            m_suggestTier->setToolTip(tr("Answer the EU AI Act questions to get a proposed tier"));
            m_suggestTier->setEnabled(!m_readOnly);
            m_suggestTier->setAutoDefault(false);
            connect(m_suggestTier, &QPushButton::clicked, this, &SystemDialog::suggestTier);
            auto* row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(combo, 1);
            h->addWidget(m_suggestTier);
            input = row;
            editor.widget = combo;
        }
        break;
    }
    case FieldKind::MultiChoice: {
        auto* box = new QWidget(this);
        box->setObjectName(objectBase + u"Group"_s);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        QList<QCheckBox*> checks;
        for (const FieldChoice& choice : field.choices) {
            auto* check = new QCheckBox(field.choiceLabel(choice.code), box);
            check->setObjectName(objectBase + u"_"_s + choice.code + u"CheckBox"_s);
            check->setProperty("code", choice.code);
            check->setEnabled(!m_readOnly);
            v->addWidget(check);
            checks << check;
            connect(check, &QCheckBox::toggled, this, [this, key = field.key] { validateField(key); });
        }
        editor.get = [checks] {
            QStringList codes;
            for (QCheckBox* c : checks) {
                if (c->isChecked()) {
                    codes << c->property("code").toString();
                }
            }
            return codes.join(QLatin1Char(','));
        };
        editor.set = [checks](const QString& stored) {
            const QStringList codes = SystemRules::splitList(stored);
            for (QCheckBox* c : checks) {
                c->setChecked(codes.contains(c->property("code").toString()));
            }
        };
        input = box;
        break;
    }
    }
    if (!editor.widget) {
        editor.widget = input;
    }
    input->setToolTip(field.displayHelp());
    editor.widget->setAccessibleName(field.displayLabel());
    editor.widget->setAccessibleDescription(field.displayHelp());

    editor.error = new QLabel(this);
    editor.error->setObjectName(field.key + u"ErrorLabel"_s);
    editor.error->setWordWrap(true);
    QPalette p = editor.error->palette();
    p.setColor(QPalette::WindowText, errorColor(this));
    editor.error->setPalette(p);
    editor.error->hide();

    auto* cell = new QWidget(this);
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    if (!field.displayHelp().isEmpty() && field.kind != FieldKind::Components) {
        auto* hint = new QLabel(field.displayHelp(), this);
        hint->setWordWrap(true);
        // Muted, but readable: two thirds of the way from the background to the text colour (the disabled colour
        // is too faint to read comfortably).
        QPalette hp = hint->palette();
        const QColor text = hp.color(QPalette::WindowText);
        const QColor window = hp.color(QPalette::Window);
        hp.setColor(QPalette::WindowText,
                    QColor::fromRgbF(window.redF() + (text.redF() - window.redF()) * 0.68,
                                     window.greenF() + (text.greenF() - window.greenF()) * 0.68,
                                     window.blueF() + (text.blueF() - window.blueF()) * 0.68));
        hint->setPalette(hp);
        v->addWidget(hint);
    }
    v->addWidget(editor.error);

    auto* label = new QLabel(field.displayLabel() + (field.required ? u" *"_s : QString()) + u":"_s, this);
    label->setBuddy(editor.widget);
    form->addRow(label, cell);
    m_editors.insert(field.key, editor);
}

void SystemDialog::buildChangeLogPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_changeLog = new QTreeWidget(page);
    m_changeLog->setObjectName(u"changeLogTree"_s);
    m_changeLog->setRootIsDecorated(false);
    m_changeLog->setHeaderLabels({tr("Date"), tr("Model version"), tr("What changed"), tr("Validated by")});
    m_changeLog->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_changeLog, 1);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add entry…"), page);
    add->setObjectName(u"addChangeButton"_s);
    auto* edit = new QPushButton(tr("&Edit…"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    row->addWidget(add);
    row->addWidget(edit);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);

    const bool editable = !m_readOnly && m_original.id != 0;
    add->setEnabled(editable);
    auto updateButtons = [this, edit, remove, editable] {
        const bool selected = m_changeLog->currentItem() != nullptr;
        edit->setEnabled(editable && selected);
        remove->setEnabled(editable && selected);
    };
    connect(m_changeLog, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(add, &QPushButton::clicked, this, [this] { editChangeEntry(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editChangeEntry(false); });
    connect(m_changeLog, &QTreeWidget::itemActivated, this, [this, editable] {
        if (editable) {
            editChangeEntry(false);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_changeLog->currentItem();
        if (!item) {
            return;
        }
        if (QMessageBox::question(
                this,
                tr("Remove change log entry"),
                tr("Remove the entry of %1? The removal is recorded in the audit trail.").arg(item->text(0))) !=
            QMessageBox::Yes) {
            return;
        }
        auto removed =
            ChangeLogRepository(m_connection).remove(item->data(0, Qt::UserRole).toLongLong(), m_original.code());
        if (!removed) {
            QMessageBox::warning(this, tr("Remove change log entry"), removed.error().message);
        }
        reloadChangeLog();
    });
    updateButtons();
    if (m_original.id == 0) {
        auto* note = new QLabel(tr("Save the new system first; then its change log can be kept here."), page);
        note->setWordWrap(true);
        layout->insertWidget(0, note);
    }
    m_tabs->addTab(page, tr("Change log"));
    reloadChangeLog();
}

void SystemDialog::reloadChangeLog()
{
    m_changeLog->clear();
    if (m_original.id == 0) {
        return;
    }
    auto entries = ChangeLogRepository(m_connection).forSystem(m_original.id);
    if (!entries) {
        m_summary->setText(entries.error().message);
        return;
    }
    for (const SystemChange& c : *entries) {
        QString oneLine = c.description;
        oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
        auto* item = new QTreeWidgetItem(m_changeLog, {c.changedOn, c.modelVersion, oneLine, c.validatedBy});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, c.description);
    }
}

void SystemDialog::editChangeEntry(bool create)
{
    SystemChange change;
    change.systemId = m_original.id;
    if (!create) {
        QTreeWidgetItem* item = m_changeLog->currentItem();
        if (!item) {
            return;
        }
        auto entries = ChangeLogRepository(m_connection).forSystem(m_original.id);
        if (!entries) {
            return;
        }
        for (const SystemChange& c : *entries) {
            if (c.id == item->data(0, Qt::UserRole).toLongLong()) {
                change = c;
            }
        }
    }
    ChangeEntryDialog dialog(change, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    ChangeLogRepository repository(m_connection);
    if (create) {
        auto added = repository.add(dialog.value(), m_original.code());
        if (!added) {
            QMessageBox::warning(this, tr("Change log"), added.error().message);
        }
    } else {
        auto updated = repository.update(dialog.value(), m_original.code());
        if (!updated) {
            QMessageBox::warning(this, tr("Change log"), updated.error().message);
        }
    }
    reloadChangeLog();
}

void SystemDialog::suggestTier()
{
    const QString title = edited().title().trimmed();
    TierAssistantDialog dialog(title.isEmpty() ? tr("the new AI system") : title, rawValue(u"ai_act_tier"_s), this);
    // Here the tier goes into the form; Save records it like any other edit.
    dialog.applyButton()->setText(tr("&Use this tier"));
    dialog.applyButton()->setToolTip(tr("Puts the proposed tier into the form; Save records it."));
    if (dialog.exec() == QDialog::Accepted) {
        m_editors[u"ai_act_tier"_s].set(dialog.proposal().tier);
    }
}

QWidget* SystemDialog::editor(const QString& key) const
{
    auto it = m_editors.constFind(key);
    return it == m_editors.cend() ? nullptr : it->widget;
}

QString SystemDialog::fieldError(const QString& key) const
{
    return m_errors.value(key);
}

QString SystemDialog::rawValue(const QString& key) const
{
    auto it = m_editors.constFind(key);
    return it == m_editors.cend() || !it->get ? QString() : it->get();
}

void SystemDialog::validateField(const QString& key)
{
    auto it = m_editors.find(key);
    if (it == m_editors.end() || !it->get) {
        return;
    }
    if (!m_loading) {
        m_touched.insert(key);
    }
    const SystemField* field = SystemFields::find(key);
    QString error;
    const QString value = SystemRules::normalise(*field, it->get(), &error);
    // An empty required field of a new record is only an error once the user has been there or tried to save.
    const bool judgeEmpty = m_original.id != 0 || m_attemptedSave || m_touched.contains(key);
    if (error.isEmpty() && field->required && value.trimmed().isEmpty() && judgeEmpty) {
        error = tr("%1 is required.").arg(field->displayLabel());
    }
    if (error.isEmpty() && key == u"code"_s) {
        auto owner = SystemRepository(m_connection).idForCode(value);
        if (owner && owner->has_value() && **owner != m_original.id) {
            error = tr("The code “%1” is already used by another AI system.").arg(value);
        }
    }
    if (error.isEmpty()) {
        m_errors.remove(key);
    } else {
        m_errors.insert(key, error);
    }
    it->error->setText(error);
    it->error->setVisible(!error.isEmpty());
    updateSummary();
}

void SystemDialog::updateSummary()
{
    QList<int> counts(m_tabTitles.size(), 0);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        ++counts[m_editors.value(it.key()).tab];
    }
    for (int i = 0; i < m_tabTitles.size(); ++i) {
        m_tabs->setTabText(i, counts[i] ? tr("%1 (%2)").arg(m_tabTitles[i]).arg(counts[i]) : m_tabTitles[i]);
    }
    if (m_errors.isEmpty()) {
        m_summary->clear();
    } else {
        QStringList messages;
        for (const SystemField& field : SystemFields::all()) {
            if (m_errors.contains(field.key)) {
                messages << m_errors.value(field.key);
            }
        }
        m_summary->setText(tr("Before saving: %1").arg(messages.join(u" "_s)));
    }
    if (m_save) {
        m_save->setEnabled(m_errors.isEmpty());
    }
}

AiSystem SystemDialog::edited() const
{
    AiSystem system = m_original;
    for (const SystemField& field : SystemFields::all()) {
        QString error;
        const QString value = SystemRules::normalise(field, rawValue(field.key), &error);
        system.values.insert(field.key, error.isEmpty() ? value : rawValue(field.key));
    }
    return system;
}

QMap<QString, QString> SystemDialog::changes() const
{
    const AiSystem now = edited();
    QMap<QString, QString> changed;
    for (const SystemField& field : SystemFields::all()) {
        if (now.value(field.key) != m_original.value(field.key)) {
            changed.insert(field.key, now.value(field.key));
        }
    }
    return changed;
}

void SystemDialog::save()
{
    m_attemptedSave = true;
    for (const SystemField& field : SystemFields::all()) {
        validateField(field.key);
    }
    if (!m_errors.isEmpty()) {
        // Take the user to the first problem.
        for (const SystemField& field : SystemFields::all()) {
            if (m_errors.contains(field.key)) {
                m_tabs->setCurrentIndex(m_editors.value(field.key).tab);
                m_editors.value(field.key).widget->setFocus();
                break;
            }
        }
        return;
    }
    if (m_original.id != 0 && changes().isEmpty()) {
        accept();
        return;
    }
    const QString problem = m_submit ? m_submit(edited(), changes()) : QString();
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    accept();
}

} // namespace attest::ui
