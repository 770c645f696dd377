#include "InventoryView.h"

#include "common/MessageBar.h"
#include "common/ScopeBar.h"
#include "common/TaskRunner.h"
#include "inventory/InventoryCommands.h"
#include "inventory/SystemDialog.h"
#include "inventory/SystemExport.h"
#include "inventory/SystemImport.h"
#include "inventory/SystemRecordDialog.h"
#include "inventory/SystemTableModel.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

const QStringList DefaultColumns = {u"code"_s,
                                    u"name"_s,
                                    u"business_unit"_s,
                                    u"lifecycle"_s,
                                    u"ai_act_tier"_s,
                                    u"criticality"_s,
                                    u"business_owner"_s,
                                    u"next_review"_s};

// Retired systems in muted italics, overdue reviews in the warning colour.
class InventoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(SystemTableModel::RetiredRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        } else if (index.data(SystemTableModel::OverdueRole).toBool() &&
                   index.model()->headerData(index.column(), Qt::Horizontal, SystemTableModel::FieldKeyRole) ==
                       u"next_review"_s) {
            option->font.setBold(true);
            const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
            option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0xb3, 0x4d) : QColor(0xa6, 0x4b, 0x00));
        }
    }
};

// Errors from a command's first run go back to the dialog that made it; later ones (undo, redo) to the message
// bar. The handler lives as long as the command, so it must not refer to the dialog's locals.
class ErrorRoute
{
public:
    SystemCommand::ErrorHandler handler(MessageBar* bar) const
    {
        return [pending = m_pending, bar](const QString& message) {
            if (pending->has_value()) {
                **pending = message;
            } else if (bar) {
                bar->showMessage(MessageBar::Level::Error, message);
            }
        };
    }
    // The first run's error (empty if it worked); afterwards errors go to the bar.
    QString take()
    {
        const QString error = m_pending->value_or(QString());
        m_pending->reset();
        return error;
    }

private:
    std::shared_ptr<std::optional<QString>> m_pending = std::make_shared<std::optional<QString>>(QString());
};

} // namespace

InventoryView::InventoryView(Workspace& workspace, QUndoStack* undoStack, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_messages(messages)
    , m_model(new SystemTableModel(workspace.connection(), workspace.notifier(), this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_showRetired(new QCheckBox(tr("Show &retired"), this))
    , m_count(new QLabel(this))
    , m_toolBar(new QToolBar(tr("Inventory"), this))
{
    setObjectName(u"inventoryView"_s);
    const bool readOnly = workspace.isReadOnly();

    m_newAction = new QAction(tr("&New AI System…"), this);
    m_newAction->setObjectName(u"newSystemAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_editAction = new QAction(tr("&Open"), this);
    m_editAction->setObjectName(u"editSystemAction"_s);
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setToolTip(tr("Open the selected system's details (Enter or F2)"));
    m_retireAction = new QAction(tr("&Retire"), this);
    m_retireAction->setObjectName(u"retireSystemAction"_s);
    m_retireAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retireAction->setToolTip(tr("Mark the selected system as retired; it stays in the inventory and the trail"));
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteSystemAction"_s);
    m_deleteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_historyAction = new QAction(tr("Show &History"), this);
    m_historyAction->setObjectName(u"showHistoryAction"_s);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_privacyAction = new QAction(tr("Data &Protection…"), this);
    m_privacyAction->setObjectName(u"privacyAction"_s);
    m_privacyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privacyAction->setToolTip(
        tr("The selected system's GDPR record of processing (Art. 30) and impact assessment (Art. 35)"));
    m_technicalAction = new QAction(tr("&Technical Documentation…"), this);
    m_technicalAction->setObjectName(u"technicalFileAction"_s);
    m_technicalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_technicalAction->setToolTip(tr("The selected system's technical documentation (EU AI Act Annex IV)"));
    m_importAction = new QAction(tr("&Import from CSV…"), this);
    m_importAction->setObjectName(u"importSystemsAction"_s);
    m_importAction->setProperty("noShortcut", tr("An occasional bulk import"));
    m_exportAction = new QAction(tr("E&xport…"), this);
    m_exportAction->setObjectName(u"exportSystemsAction"_s);
    m_exportAction->setProperty("noShortcut", tr("An occasional export"));
    for (QAction* a : systemActions()) {
        a->setShortcutContext(Qt::WindowShortcut);
    }

    connect(m_newAction, &QAction::triggered, this, &InventoryView::newSystem);
    connect(m_editAction, &QAction::triggered, this, &InventoryView::editCurrent);
    connect(m_retireAction, &QAction::triggered, this, &InventoryView::retireCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &InventoryView::deleteCurrent);
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSystemId()) {
            Q_EMIT showHistoryRequested(id);
        }
    });
    connect(m_privacyAction, &QAction::triggered, this, &InventoryView::editPrivacy);
    connect(m_technicalAction, &QAction::triggered, this, &InventoryView::editTechnicalFile);
    connect(m_importAction, &QAction::triggered, this, &InventoryView::importCsv);
    connect(m_exportAction, &QAction::triggered, this, &InventoryView::exportSystems);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_retireAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addAction(m_historyAction);
    m_toolBar->addAction(m_privacyAction);
    m_toolBar->addAction(m_technicalAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportAction);

    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by code, name, owner, unit, tag, stage…  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter AI systems"));
    m_showRetired->setObjectName(u"showRetiredCheckBox"_s);
    m_count->setObjectName(u"countLabel"_s);

    auto* columns = new QToolButton(this);
    columns->setText(tr("Columns"));
    columns->setObjectName(u"columnsButton"_s);
    columns->setPopupMode(QToolButton::InstantPopup);
    auto* columnMenu = new QMenu(columns);
    connect(columnMenu, &QMenu::aboutToShow, this, [this, columnMenu] { buildColumnMenu(columnMenu); });
    columns->setMenu(columnMenu);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showRetired);
    filterRow->addWidget(columns);
    filterRow->addWidget(m_count);

    m_table->setObjectName(u"inventoryTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new InventoryDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("AI systems"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu;
        buildColumnMenu(&menu);
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_editAction);
    m_table->addAction(m_historyAction);
    m_table->addAction(m_privacyAction);
    m_table->addAction(m_technicalAction);
    m_table->addAction(m_retireAction);
    m_table->addAction(m_deleteAction);

    // "The list behind a number": what the dashboard selected, until cleared.
    m_scopeBar = new ScopeBar(this);
    m_scopeLabel = m_scopeBar->label();
    connect(m_scopeBar, &ScopeBar::clearRequested, this, &InventoryView::clearScope);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_table, 1);

    restoreHeaderState();

    connect(m_filter, &QLineEdit::textChanged, m_model, &SystemTableModel::setFilterText);
    // Type to narrow the list, Enter to open the (first) match, Down to move into the table.
    connect(m_filter, &QLineEdit::returnPressed, this, &InventoryView::editCurrent);
    m_filter->installEventFilter(this);
    connect(m_showRetired, &QCheckBox::toggled, m_model, &SystemTableModel::setIncludeRetired);
    connect(m_table, &QTableView::activated, this, &InventoryView::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryView::updateActions);
    connect(m_model, &SystemTableModel::countsChanged, this, &InventoryView::updateCount);
    connect(m_model, &SystemTableModel::errorOccurred, this, &InventoryView::reportError);
    // Keep the selected system selected across refreshes, sorting and filtering.
    connect(
        m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_selectedBeforeReset = currentSystemId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The same system if it is still listed, else the first one: the actions always have something to act on.
        if (m_model->rowOf(m_selectedBeforeReset) >= 0) {
            selectSystem(m_selectedBeforeReset);
        } else if (m_model->rowCount() > 0) {
            selectSystem(m_model->idAt(0));
        }
        updateActions();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &InventoryView::saveHeaderState);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &InventoryView::saveHeaderState);

    m_newAction->setEnabled(!readOnly);
    m_importAction->setEnabled(!readOnly);
    updateCount();
    updateActions();
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

InventoryView::~InventoryView()
{
    saveHeaderState();
}

bool InventoryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_table->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QAction*> InventoryView::systemActions() const
{
    return {m_newAction,
            m_editAction,
            m_retireAction,
            m_deleteAction,
            m_historyAction,
            m_privacyAction,
            m_technicalAction,
            m_importAction,
            m_exportAction};
}

qint64 InventoryView::currentSystemId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void InventoryView::selectSystem(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const int column = qMax(0, m_table->horizontalHeader()->logicalIndexAt(0));
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, column));
}

void InventoryView::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void InventoryView::updateActions()
{
    const bool readOnly = m_workspace.isReadOnly();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const AiSystem* system = row >= 0 ? m_model->systemAt(row) : nullptr;
    m_editAction->setEnabled(system != nullptr);
    m_historyAction->setEnabled(system != nullptr);
    m_privacyAction->setEnabled(system != nullptr);
    m_technicalAction->setEnabled(system != nullptr);
    m_retireAction->setEnabled(system && !readOnly && !system->isRetired());
    m_deleteAction->setEnabled(system && !readOnly);
}

void InventoryView::showScope(const SystemScope& scope, bool includeRetired, const QString& description)
{
    m_filter->clear();
    m_showRetired->setChecked(includeRetired);
    m_model->setScope(scope);
    m_scopeBar->showDescription(description);
    m_scopeBar->setVisible(!scope.isEmpty());
    updateCount();
}

void InventoryView::clearScope()
{
    m_model->setScope({});
    m_scopeBar->hide();
    updateCount();
}

void InventoryView::updateCount()
{
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_count->setText(shown == total ? tr("%1 AI systems").arg(total) : tr("%1 of %2 AI systems").arg(shown).arg(total));
    m_count->setToolTip(m_showRetired->isChecked() ? tr("Retired systems are included.")
                                                   : tr("Retired systems are hidden; tick “Show retired” to include "
                                                        "them."));
}

void InventoryView::buildColumnMenu(QMenu* menu)
{
    menu->clear();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            // Keep at least one column.
            if (!visible && header->count() - header->hiddenSectionCount() <= 1) {
                return;
            }
            header->setSectionHidden(column, !visible);
            saveHeaderState();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset to Default Columns"), this, [this, header] {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString key = m_model->headerData(column, Qt::Horizontal, SystemTableModel::FieldKeyRole).toString();
            header->setSectionHidden(column, !DefaultColumns.contains(key));
        }
        saveHeaderState();
    });
}

void InventoryView::saveHeaderState()
{
    QSettings().setValue(u"inventory/columns"_s, m_table->horizontalHeader()->saveState());
}

void InventoryView::restoreHeaderState()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(u"inventory/columns"_s).toByteArray();
    if (state.isEmpty() || !header->restoreState(state) || header->count() != m_model->columnCount()) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString key = m_model->headerData(column, Qt::Horizontal, SystemTableModel::FieldKeyRole).toString();
            header->setSectionHidden(column, !DefaultColumns.contains(key));
        }
        // The default columns in the order a risk officer reads them.
        for (int position = 0; position < DefaultColumns.size(); ++position) {
            const int logical = m_model->columnOf(DefaultColumns[position]);
            header->moveSection(header->visualIndex(logical), position);
        }
        // Widths from the current font: choice columns fit their longest label, text columns a typical value.
        const QFontMetrics metrics = m_table->fontMetrics();
        const QFontMetrics headerMetrics = header->fontMetrics();
        const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
        auto widthFor = [&](const QString& key) {
            const SystemField* field = SystemFields::find(key);
            int width = headerMetrics.horizontalAdvance(field->displayLabel()) + 20; // room for the sort arrow
            if (field->kind == FieldKind::Choice) {
                for (const FieldChoice& choice : field->choices) {
                    width = qMax(width, metrics.horizontalAdvance(field->choiceLabel(choice.code)));
                }
            } else if (field->kind == FieldKind::Date) {
                width = qMax(width, metrics.horizontalAdvance(u"2027-12-31"_s));
            } else if (key == u"code"_s) {
                width = qMax(width, metrics.horizontalAdvance(u"FIN-CREDIT-001"_s));
            } else {
                width = qMax(width, metrics.horizontalAdvance(u"Payments & Financing"_s));
            }
            return width + padding;
        };
        for (const QString& key : DefaultColumns) {
            if (key != u"name"_s) {
                header->resizeSection(m_model->columnOf(key), widthFor(key));
            }
        }
    }
    // The name takes whatever width the other columns leave; those keep the widths the user gives them.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(m_model->columnOf(u"name"_s), QHeaderView::Stretch);
    header->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 6);
    header->setSortIndicator(m_model->columnOf(u"name"_s), Qt::AscendingOrder);
}

void InventoryView::reportError(const QString& message)
{
    m_messages->showMessage(MessageBar::Level::Error, message);
}

void InventoryView::newSystem()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    AiSystem system = AiSystem::withDefaults();
    qint64 createdId = 0;
    SystemDialog dialog(
        m_workspace.connection(),
        system,
        false,
        [&](const AiSystem& edited, const QMap<QString, QString>&) -> QString {
            ErrorRoute route;
            auto* command = new CreateSystemCommand(m_workspace.connection(), edited, route.handler(m_messages));
            // push() runs redo(); a command that failed marks itself obsolete and the stack deletes it.
            m_undoStack->push(command);
            if (const QString error = route.take(); !error.isEmpty()) {
                return error;
            }
            createdId = command->systemId();
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted && createdId) {
        selectSystem(createdId);
        m_messages->showMessage(MessageBar::Level::Success,
                                tr("%1 was added to the inventory.").arg(dialog.edited().title()));
    }
}

void InventoryView::editCurrent()
{
    const qint64 id = currentSystemId();
    if (!id) {
        return;
    }
    auto current = SystemRepository(m_workspace.connection()).get(id);
    if (!current || !current->has_value()) {
        reportError(current ? tr("The system no longer exists.") : current.error().message);
        return;
    }
    const AiSystem original = **current;
    SystemDialog dialog(
        m_workspace.connection(),
        original,
        m_workspace.isReadOnly(),
        [&](const AiSystem&, const QMap<QString, QString>& changes) -> QString {
            QMap<QString, QString> before;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
                before.insert(it.key(), original.value(it.key()));
            }
            ErrorRoute route;
            m_undoStack->push(new EditSystemCommand(m_workspace.connection(),
                                                    id,
                                                    original.code(),
                                                    before,
                                                    changes,
                                                    tr("Edit AI system %1").arg(original.code()),
                                                    route.handler(m_messages)));
            return route.take();
        },
        this);
    dialog.exec();
}

void InventoryView::editPrivacy()
{
    editRecord(PrivacyFields::kind(),
               tr("What the GDPR asks to be recorded about this system's processing of personal data (Art. 30), and "
                  "its impact assessment (Art. 35). The reports print every item; what is left empty shows as “not "
                  "recorded”."));
}

void InventoryView::editTechnicalFile()
{
    editRecord(TechnicalFile::kind(),
               tr("The technical documentation of the EU AI Act (Annex IV) beyond what the inventory holds. The "
                  "dossier report prints every item; what is left empty shows as “not recorded”."));
}

void InventoryView::editRecord(const SystemRecordKind& kind, const QString& introduction)
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const AiSystem* system = row >= 0 ? m_model->systemAt(row) : nullptr;
    if (!system) {
        return;
    }
    SystemRecordDialog dialog(
        m_workspace.connection(), kind, system->id, system->title(), introduction, m_workspace.isReadOnly(), this);
    dialog.exec();
}

void InventoryView::retireCurrent()
{
    const int row = m_table->currentIndex().row();
    const AiSystem* system = m_model->systemAt(row);
    if (!system || system->isRetired() || m_workspace.isReadOnly()) {
        return;
    }
    const AiSystem copy = *system;
    ErrorRoute route;
    m_undoStack->push(new EditSystemCommand(m_workspace.connection(),
                                            copy.id,
                                            copy.code(),
                                            {{u"lifecycle"_s, copy.lifecycle()}},
                                            {{u"lifecycle"_s, u"retired"_s}},
                                            tr("Retire AI system %1").arg(copy.code()),
                                            route.handler(m_messages)));
    if (const QString error = route.take(); !error.isEmpty()) {
        reportError(error);
        return;
    }
    m_messages->showMessage(
        MessageBar::Level::Success,
        m_showRetired->isChecked()
            ? tr("%1 was retired.").arg(copy.title())
            : tr("%1 was retired and is now hidden; tick “Show retired” to see it.").arg(copy.title()));
}

void InventoryView::deleteCurrent()
{
    const AiSystem* system = m_model->systemAt(m_table->currentIndex().row());
    if (!system || m_workspace.isReadOnly()) {
        return;
    }
    const AiSystem copy = *system;
    QMessageBox box(QMessageBox::Warning,
                    tr("Delete AI system"),
                    tr("Delete %1 from the inventory?").arg(copy.title()),
                    QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Retiring keeps the system and its history in the inventory, which is usually what "
                              "an audit needs. Deleting removes it and its change log; the deletion and every "
                              "value it had stay in the audit trail."));
    QPushButton* retire = copy.isRetired() ? nullptr : box.addButton(tr("Retire Instead"), QMessageBox::AcceptRole);
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (retire && box.clickedButton() == retire) {
        retireCurrent();
        return;
    }
    if (box.clickedButton() != remove) {
        return;
    }
    ErrorRoute route;
    m_undoStack->push(new DeleteSystemCommand(m_workspace.connection(), copy, route.handler(m_messages)));
    if (const QString error = route.take(); !error.isEmpty()) {
        reportError(error);
        return;
    }
    m_messages->showMessage(MessageBar::Level::Success, tr("%1 was deleted.").arg(copy.title()));
}

void InventoryView::importCsv()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Import AI Systems"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    Workspace& workspace = m_workspace;
    SystemImportPlan plan;
    auto planned = TaskRunner::run(this, tr("Checking %1…").arg(QFileInfo(path).fileName()), [&](TaskContext&) {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return Result<void>(connection.error());
        }
        auto result = SystemImport::importFile(**connection, path, true);
        if (!result) {
            return Result<void>(result.error());
        }
        plan = *result;
        return Result<void>();
    });
    if (!planned) {
        reportError(planned.error().message);
        return;
    }
    if (!plan.ok()) {
        QStringList lines;
        for (const ImportProblem& problem : plan.problems) {
            lines << problem.text();
        }
        QMessageBox box(QMessageBox::Warning,
                        tr("Import AI Systems"),
                        tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), plan.summary()),
                        QMessageBox::Ok,
                        this);
        box.setInformativeText(
            tr("Correct these rows and import the file again:\n\n%1").arg(lines.mid(0, 12).join(u"\n"_s)));
        box.setDetailedText(lines.join(u"\n"_s));
        box.exec();
        return;
    }
    if (plan.toCreate.isEmpty() && plan.toUpdate.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Info,
                                tr("%1: nothing to import. %2").arg(QFileInfo(path).fileName(), plan.summary()));
        return;
    }
    if (QMessageBox::question(this,
                              tr("Import AI Systems"),
                              tr("Import %1?\n\n%2\n\nAll rows are written in one step and recorded in the audit "
                                 "trail.")
                                  .arg(QFileInfo(path).fileName(), plan.summary())) != QMessageBox::Yes) {
        return;
    }
    auto applied = TaskRunner::run(this, tr("Importing %1…").arg(QFileInfo(path).fileName()), [&](TaskContext& task) {
        auto connection = workspace.openConnection(Workspace::Access::ReadWrite);
        if (!connection) {
            return Result<void>(connection.error());
        }
        return SystemImport::apply(**connection, plan, task.progressCallback());
    });
    if (!applied) {
        reportError(applied.error().code == ErrorCode::Cancelled ? tr("The import was cancelled; nothing was imported.")
                                                                 : applied.error().message);
        return;
    }
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Imported %1: %2").arg(QFileInfo(path).fileName(), plan.summary()));
}

void InventoryView::exportSystems()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export AI Systems"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                    u"/ai-systems.csv"_s,
                                                tr("CSV (*.csv);;JSON (*.json)"),
                                                &filter);
    if (path.isEmpty()) {
        return;
    }
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive) || filter.contains(u"json"_s);
    if (QFileInfo(path).suffix().isEmpty()) {
        path += json ? u".json"_s : u".csv"_s;
    }
    Workspace& workspace = m_workspace;
    int count = 0;
    auto exported = TaskRunner::run(this, tr("Exporting…"), [&](TaskContext&) {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return Result<void>(connection.error());
        }
        auto written = SystemExport::exportToFile(
            **connection, json ? SystemExport::Format::Json : SystemExport::Format::Csv, path);
        if (!written) {
            return Result<void>(written.error());
        }
        count = *written;
        return Result<void>();
    });
    if (!exported) {
        reportError(exported.error().message);
        return;
    }
    m_messages->showMessage(MessageBar::Level::Success, tr("Exported %1 AI systems to %2.").arg(count).arg(path));
}

} // namespace attest::ui
