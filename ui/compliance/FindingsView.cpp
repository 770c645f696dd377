#include "FindingsView.h"

#include "common/MessageBar.h"
#include "common/ScopeBar.h"
#include "compliance/ComplianceService.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/ComplianceRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

FindingsView::FindingsView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_openOnly(new QCheckBox(tr("&Open findings only"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"findingsView"_s);
    m_table->setObjectName(u"findingsTable"_s);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_openOnly->setChecked(true);
    auto* add = new QPushButton(tr("&New Finding…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    add->setEnabled(!workspace.isReadOnly());
    edit->setEnabled(!workspace.isReadOnly());
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_openOnly);
    top->addWidget(add);
    top->addWidget(edit);
    // "The list behind a number": what the dashboard selected, until cleared.
    m_scopeBar = new ScopeBar(this);
    m_scopeLabel = m_scopeBar->label();
    connect(m_scopeBar, &ScopeBar::clearRequested, this, &FindingsView::clearScope);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_table, 1);
    connect(add, &QPushButton::clicked, this, &FindingsView::newFinding);
    connect(edit, &QPushButton::clicked, this, &FindingsView::editCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &FindingsView::editCurrent);
    connect(m_openOnly, &QCheckBox::toggled, this, &FindingsView::reload);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        if (types.contains(u"finding"_s) || types.contains(u"ai_system"_s)) {
            reload();
        }
    });
    reload();
}

void FindingsView::showScope(const FindingScope& scope, const QString& description)
{
    m_scope = scope;
    m_scopeBar->showDescription(description);
    // The counted findings are the open ones unless every status was counted.
    {
        const QSignalBlocker block(m_openOnly);
        m_openOnly->setChecked(scope.due || scope.overdueOnly);
    }
    reload();
}

void FindingsView::clearScope()
{
    m_scope.reset();
    m_scopeBar->hide();
    reload();
}

int FindingsView::shownCount() const
{
    return m_model->rowCount();
}

void FindingsView::reload()
{
    Connection& connection = m_workspace.connection();
    auto findings = ComplianceRepository(connection).findings();
    if (!findings) {
        m_messages->showMessage(MessageBar::Level::Error, findings.error().message);
        return;
    }
    QHash<qint64, QString> codes;
    if (auto index = SystemRepository(connection).codeIndex()) {
        for (auto it = index->cbegin(); it != index->cend(); ++it) {
            codes.insert(it.value(), it.key().toUpper());
        }
    }
    auto controls = ComplianceRepository(connection).controls();
    QHash<qint64, QString> controlCodes;
    for (const Control& c : controls ? *controls : QList<Control>()) {
        controlCodes.insert(c.id, c.code);
    }
    CatalogRepository catalogs(connection);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    std::optional<FindingMatcher> matcher;
    if (m_scope) {
        auto made = FindingMatcher::make(connection, *m_scope);
        if (!made) {
            m_messages->showMessage(MessageBar::Level::Error, made.error().message);
            return;
        }
        matcher = std::move(*made);
    }
    const int keep = m_table->currentIndex().row();
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Finding"), tr("AI system"), tr("From"), tr("Severity"), tr("Owner"), tr("Due"), tr("Status")});
    int open = 0;
    m_overdue = 0;
    for (const Finding& f : *findings) {
        open += f.isOpen() ? 1 : 0;
        const bool overdue = f.isOverdue(today);
        m_overdue += overdue ? 1 : 0;
        if ((m_openOnly->isChecked() && !f.isOpen()) || (matcher && !matcher->matches(f))) {
            continue;
        }
        QString from = ComplianceText::findingSource(f.source);
        if (f.requirementId) {
            if (auto r = catalogs.requirement(f.requirementId); r && r->has_value()) {
                from = tr("%1 (%2)").arg(from, (*r)->ref);
            }
        } else if (f.controlId) {
            from = tr("%1 (%2)").arg(from, controlCodes.value(f.controlId));
        }
        QList<QStandardItem*> row{new QStandardItem(f.title),
                                  new QStandardItem(f.systemId ? codes.value(f.systemId) : tr("Organisation")),
                                  new QStandardItem(from),
                                  new QStandardItem(ComplianceText::severity(f.severity)),
                                  new QStandardItem(f.owner),
                                  new QStandardItem(overdue ? tr("%1 — overdue").arg(f.dueDate) : f.dueDate),
                                  new QStandardItem(ComplianceText::findingStatus(f.status))};
        row[0]->setData(f.id, IdRole);
        row[0]->setToolTip(f.description);
        if (overdue) {
            QFont bold = row[5]->font();
            bold.setBold(true);
            row[5]->setFont(bold);
            row[5]->setForeground(QColor(0xc0, 0x30, 0x2a));
        }
        if (f.severity == u"critical"_s || f.severity == u"high"_s) {
            QFont bold = row[3]->font();
            bold.setBold(true);
            row[3]->setFont(bold);
        }
        m_model->appendRow(row);
    }
    m_summary->setText(tr("%1 open findings, %2 overdue.").arg(open).arg(m_overdue));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 420));
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (keep >= 0 && keep < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(keep, 0));
    }
}

bool FindingsView::editFinding(Finding& f, bool isNew)
{
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("New Finding") : tr("Edit Finding"));
    auto* title = new QLineEdit(f.title, &dialog);
    auto* description = new QPlainTextEdit(f.description, &dialog);
    description->setTabChangesFocus(true);
    auto* system = new QLineEdit(&dialog);
    system->setPlaceholderText(tr("AI system code; empty for the whole organisation"));
    if (f.systemId) {
        if (auto s = SystemRepository(m_workspace.connection()).get(f.systemId); s && s->has_value()) {
            system->setText((*s)->code());
        }
    }
    system->setEnabled(isNew);
    auto* severity = new QComboBox(&dialog);
    for (const QString& code : ComplianceText::severities()) {
        severity->addItem(ComplianceText::severity(code), code);
    }
    severity->setCurrentIndex(qMax(0, severity->findData(f.severity.isEmpty() ? u"medium"_s : f.severity)));
    auto* owner = new QLineEdit(f.owner, &dialog);
    auto* due = new QLineEdit(f.dueDate, &dialog);
    due->setPlaceholderText(tr("YYYY-MM-DD"));
    auto* status = new QComboBox(&dialog);
    for (const QString& code : ComplianceText::findingStatuses()) {
        status->addItem(ComplianceText::findingStatus(code), code);
    }
    status->setCurrentIndex(qMax(0, status->findData(f.status)));
    auto* closure = new QLineEdit(f.closureNote, &dialog);
    closure->setPlaceholderText(tr("How it was resolved (needed to close)"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("AI s&ystem:"), system);
    form->addRow(tr("&Severity:"), severity);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("D&ue date:"), due);
    form->addRow(tr("St&atus:"), status);
    form->addRow(tr("&Closure:"), closure);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool saved = false;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Finding edited = f;
        edited.title = title->text().trimmed();
        edited.description = description->toPlainText().trimmed();
        edited.severity = severity->currentData().toString();
        edited.owner = owner->text().trimmed();
        edited.dueDate = due->text().trimmed();
        edited.status = status->currentData().toString();
        edited.closureNote = closure->text().trimmed();
        if (edited.isOpen()) {
            edited.closedOn.clear(); // reopened
        } else if (f.isOpen() || edited.closedOn.isEmpty()) {
            edited.closedOn = QDate::currentDate().toString(Qt::ISODate);
        }
        if (isNew && !system->text().trimmed().isEmpty()) {
            auto id = SystemRepository(m_workspace.connection()).idForCode(system->text().trimmed());
            if (!id || !id->has_value()) {
                QMessageBox::warning(
                    &dialog, dialog.windowTitle(), tr("There is no AI system “%1”.").arg(system->text().trimmed()));
                return;
            }
            edited.systemId = **id;
        }
        ComplianceService service(m_workspace.connection());
        Result<void> result;
        if (isNew) {
            auto id = service.addFinding(edited);
            result = id ? Result<void>() : Result<void>(id.error());
        } else {
            result = service.updateFinding(edited);
        }
        if (!result) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), result.error().message);
            return;
        }
        saved = true;
        dialog.accept();
    });
    dialog.exec();
    return saved;
}

void FindingsView::newFinding()
{
    Finding f;
    f.source = u"manual"_s;
    if (editFinding(f, true)) {
        m_messages->showMessage(MessageBar::Level::Success, tr("The finding was raised."));
    }
}

void FindingsView::editCurrent()
{
    const qint64 id = m_table->currentIndex().siblingAtColumn(0).data(IdRole).toLongLong();
    if (!id) {
        return;
    }
    auto findings = ComplianceRepository(m_workspace.connection()).findings();
    if (!findings) {
        return;
    }
    for (Finding f : *findings) {
        if (f.id == id) {
            editFinding(f, false);
            return;
        }
    }
}

} // namespace attest::ui
