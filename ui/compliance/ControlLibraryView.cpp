#include "ControlLibraryView.h"

#include "catalog/CatalogTitles.h"
#include "common/EvidenceDrop.h"
#include "common/EvidenceViewer.h"
#include "common/LayoutMemory.h"
#include "common/MessageBar.h"
#include "common/TaskRunner.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceService.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/ComplianceRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

enum Column
{
    CodeColumn,
    NameColumn,
    TypeColumn,
    StatusColumn,
    OwnerColumn,
    MappedColumn,
};

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ControlLibraryView::ControlLibraryView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_lastTest(new QLineEdit(this))
    , m_testResult(new QComboBox(this))
    , m_justification(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save Implementation"), this))
    , m_serves(new QTreeWidget(this))
    , m_evidence(new QListWidget(this))
    , m_newAction(new QAction(tr("&New Control…"), this))
    , m_removeAction(new QAction(tr("&Remove Control…"), this))
    , m_attachAction(new QAction(tr("Attach Evidence &File…"), this))
    , m_linkAction(new QAction(tr("Add Evidence &Link…"), this))
{
    setObjectName(u"controlLibraryView"_s);
    m_model->setHorizontalHeaderLabels(
        {tr("Code"), tr("Control"), tr("Type"), tr("Organisation-wide"), tr("Owner"), tr("Requirements")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_filter->setPlaceholderText(tr("Filter controls…"));
    m_filter->setAccessibleName(tr("Filter controls"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(u"controlTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Controls"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_description->setWordWrap(true);
    m_meta->setWordWrap(true);
    for (const QString& code : ComplianceText::implementationStatuses()) {
        m_status->addItem(ComplianceText::implementationStatus(code), code);
    }
    m_status->setObjectName(u"implementationStatusCombo"_s);
    m_testResult->addItem(tr("Not tested"), QString());
    m_testResult->addItem(tr("Passed"), u"passed"_s);
    m_testResult->addItem(tr("Failed"), u"failed"_s);
    m_target->setPlaceholderText(tr("YYYY-MM-DD"));
    m_lastTest->setPlaceholderText(tr("YYYY-MM-DD"));
    m_justification->setPlaceholderText(tr("Required when the control does not apply"));
    m_justification->setObjectName(u"justificationEdit"_s);
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    m_save->setObjectName(u"saveImplementationButton"_s);
    m_serves->setHeaderLabels({tr("Requirement"), tr("Why the control serves it")});
    m_serves->setRootIsDecorated(true);
    m_serves->setWordWrap(true);
    m_serves->header()->setStretchLastSection(true);
    m_serves->setMinimumHeight(180);
    m_evidence->setMinimumHeight(70);
    m_evidence->setObjectName(u"evidenceList"_s);
    m_evidence->setAccessibleName(tr("Evidence of the control"));
    m_serves->setAccessibleName(tr("Requirements the control serves"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Target date:"), m_target);
    form->addRow(tr("Last &tested:"), m_lastTest);
    form->addRow(tr("Test &result:"), m_testResult);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(tr("&Notes:"), m_notes);
    auto* implementation =
        new QGroupBox(tr("Organisation-wide implementation (the default for every AI system)"), this);
    auto* implementationLayout = new QVBoxLayout(implementation);
    implementationLayout->addLayout(form);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    implementationLayout->addLayout(saveRow);

    auto* evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    auto* evidenceButtons = new QHBoxLayout;
    for (QAction* action : {m_attachAction, m_linkAction}) {
        auto* button = new QPushButton(action->text(), this);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        evidenceButtons->addWidget(button);
    }
    evidenceButtons->addStretch();
    evidenceLayout->addLayout(evidenceButtons);

    auto* servesBox = new QGroupBox(tr("Requirements it serves"), this);
    auto* servesLayout = new QVBoxLayout(servesBox);
    servesLayout->addWidget(m_serves);
    auto* mapRow = new QHBoxLayout;
    auto* mapButton = new QPushButton(tr("&Map to Requirement…"), this);
    auto* unmapButton = new QPushButton(tr("Remove M&apping"), this);
    mapButton->setObjectName(u"mapButton"_s);
    mapButton->setEnabled(!workspace.isReadOnly());
    unmapButton->setEnabled(false);
    mapRow->addWidget(mapButton);
    mapRow->addWidget(unmapButton);
    mapRow->addStretch();
    servesLayout->addLayout(mapRow);
    connect(mapButton, &QPushButton::clicked, this, &ControlLibraryView::mapToRequirement);
    connect(m_serves, &QTreeWidget::currentItemChanged, this, [this, unmapButton](QTreeWidgetItem* item) {
        unmapButton->setEnabled(item && item->data(0, IdRole).toLongLong() && !m_workspace.isReadOnly());
    });
    connect(unmapButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_serves->currentItem();
        const qint64 mapping = item ? item->data(0, IdRole).toLongLong() : 0;
        if (!mapping || QMessageBox::question(
                            this, tr("Remove Mapping"), tr("Stop counting this control for %1?").arg(item->text(0))) !=
                            QMessageBox::Yes) {
            return;
        }
        if (auto removed = ComplianceService(m_workspace.connection()).unmapControl(mapping); !removed) {
            report(removed.error().message);
        }
    });

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_meta);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(implementation);
    detailsLayout->addWidget(servesBox, 1);
    detailsLayout->addWidget(evidenceBox);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Control details"));
    scroll->setWidget(details);
    // A file dragged onto the control's details or its evidence list is stored as its evidence.
    for (QWidget* target : std::initializer_list<QWidget*>{scroll, m_evidence}) {
        FileDropFilter::install(
            target,
            [this](QPoint) { return m_current != 0 && !m_workspace.isReadOnly(); },
            [this](const QStringList& paths, QPoint) {
                for (const QString& path : paths) {
                    attachFile(path);
                }
            });
    }
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_removeAction);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_filter, 1);
    topRow->addWidget(toolBar);
    leftLayout->addLayout(topRow);
    leftLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    LayoutMemory::remember(splitter, u"controls/main"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        showControl(index.data(IdRole).toLongLong());
    });
    connect(m_save, &QPushButton::clicked, this, &ControlLibraryView::saveImplementation);
    connect(m_newAction, &QAction::triggered, this, &ControlLibraryView::newControl);
    connect(m_removeAction, &QAction::triggered, this, &ControlLibraryView::removeCurrent);
    connect(m_attachAction, &QAction::triggered, this, &ControlLibraryView::attachFileDialog);
    connect(m_linkAction, &QAction::triggered, this, &ControlLibraryView::addLink);
    // Double-click (or Enter) opens a stored file in its application, from a private temporary copy; the context
    // menu also saves a copy where the user chooses.
    auto readEvidence = [this](QListWidgetItem* item, const QString& title) -> std::optional<QByteArray> {
        const qint64 evidence = item ? item->data(IdRole).toLongLong() : 0;
        if (!evidence || item->data(Qt::UserRole + 2).toString().isEmpty()) {
            return std::nullopt;
        }
        // Reading back checks the hash of up to 100 MB: in the background.
        Workspace& source = m_workspace;
        QByteArray bytes;
        auto read = TaskRunner::run(this, title, [&](TaskContext&) -> Result<void> {
            auto connection = source.openConnection(Workspace::Access::ReadOnly);
            if (!connection) {
                return connection.error();
            }
            auto contents = ComplianceService(**connection).readEvidenceFile(evidence);
            if (!contents) {
                return contents.error();
            }
            bytes = *contents;
            return {};
        });
        if (!read) {
            report(read.error().message);
            return std::nullopt;
        }
        return bytes;
    };
    auto openEvidence = [this, readEvidence](QListWidgetItem* item) {
        auto bytes = readEvidence(item, tr("Checking the evidence file…"));
        if (!bytes) {
            return;
        }
        if (auto opened = EvidenceViewer::open(item->data(Qt::UserRole + 2).toString(), *bytes); !opened) {
            report(opened.error().message);
        }
    };
    auto saveEvidence = [this, readEvidence](QListWidgetItem* item) {
        if (!item || item->data(Qt::UserRole + 2).toString().isEmpty()) {
            return;
        }
        const QString target =
            QFileDialog::getSaveFileName(this,
                                         tr("Save Evidence File"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                                             item->data(Qt::UserRole + 2).toString());
        if (target.isEmpty()) {
            return;
        }
        auto bytes = readEvidence(item, tr("Checking and saving the evidence file…"));
        if (!bytes) {
            return;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
            report(tr("Cannot write “%1”: %2.").arg(target, file.errorString()));
            return;
        }
        m_messages->showMessage(MessageBar::Level::Success,
                                tr("Saved a copy of the evidence file; its SHA-256 matched the recorded one."));
    };
    connect(m_evidence, &QListWidget::itemActivated, this, openEvidence);
    auto* openAction = new QAction(tr("&Open"), m_evidence);
    auto* saveAction = new QAction(tr("&Save a Copy…"), m_evidence);
    connect(openAction, &QAction::triggered, this, [this, openEvidence] { openEvidence(m_evidence->currentItem()); });
    connect(saveAction, &QAction::triggered, this, [this, saveEvidence] { saveEvidence(m_evidence->currentItem()); });
    m_evidence->addActions({openAction, saveAction});
    m_evidence->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        for (const QString& type : types) {
            if (type.startsWith(u"control"_s) || type.startsWith(u"evidence"_s)) {
                reload();
                return;
            }
        }
    });
    const bool writable = !workspace.isReadOnly();
    for (QAction* a : {m_newAction, m_removeAction, m_attachAction, m_linkAction}) {
        a->setEnabled(writable);
    }
    m_save->setEnabled(writable);
    reload();
}

QList<QAction*> ControlLibraryView::controlActions() const
{
    return {m_newAction, m_removeAction, m_attachAction, m_linkAction};
}

qint64 ControlLibraryView::currentControlId() const
{
    return m_current;
}

void ControlLibraryView::selectControl(const QString& code)
{
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, CodeColumn), Qt::DisplayRole, code, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_table->setCurrentIndex(found.first());
        m_table->scrollTo(found.first());
    }
}

void ControlLibraryView::report(const QString& error)
{
    m_messages->showMessage(MessageBar::Level::Error, error);
}

void ControlLibraryView::reload()
{
    const qint64 keep = m_current;
    Connection& connection = m_workspace.connection();
    ComplianceRepository repository(connection);
    auto controls = repository.controls();
    auto org = repository.organisationImplementations();
    auto mappings = repository.controlMappings();
    if (!controls || !org || !mappings) {
        report(tr("The control library could not be read."));
        return;
    }
    QHash<qint64, ControlImplementation> impl;
    for (const ControlImplementation& i : *org) {
        impl.insert(i.controlId, i);
    }
    QHash<qint64, int> mapped;
    for (const ControlMapping& m : *mappings) {
        ++mapped[m.controlId];
    }
    m_model->setRowCount(0);
    for (const Control& c : *controls) {
        const QString status = impl.value(c.id).status.isEmpty() ? u"not_started"_s : impl.value(c.id).status;
        QList<QStandardItem*> row{
            new QStandardItem(c.code),
            new QStandardItem(c.name),
            new QStandardItem(ComplianceText::controlType(c.type)),
            new QStandardItem(ComplianceText::implementationStatus(status)),
            new QStandardItem(impl.value(c.id).owner.isEmpty() ? c.owner : impl.value(c.id).owner),
            new QStandardItem()};
        row[MappedColumn]->setData(mapped.value(c.id), Qt::DisplayRole);
        row[NameColumn]->setToolTip(c.description);
        for (QStandardItem* item : row) {
            item->setData(c.id, IdRole);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnToContents(CodeColumn);
    m_table->resizeColumnToContents(StatusColumn);
    // Keep the selection where it was.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(IdRole).toLongLong() == keep) {
            m_table->setCurrentIndex(m_proxy->index(r, 0));
            return;
        }
    }
    if (m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    } else {
        showControl(0);
    }
}

void ControlLibraryView::showControl(qint64 id)
{
    m_current = id;
    Connection& connection = m_workspace.connection();
    ComplianceRepository repository(connection);
    auto control = id ? repository.control(id) : Result<std::optional<Control>>(std::optional<Control>());
    const bool has = control && control->has_value();
    m_removeAction->setEnabled(has && !m_workspace.isReadOnly());
    m_save->setEnabled(has && !m_workspace.isReadOnly());
    m_serves->clear();
    m_evidence->clear();
    if (!has) {
        m_title->setText(tr("No control selected"));
        m_description->clear();
        m_meta->clear();
        return;
    }
    const Control& c = **control;
    m_title->setText(tr("%1  %2").arg(c.code, c.name));
    m_description->setText(c.description);
    m_meta->setText(
        tr("%1 · operates %2 · tested %3 · %4")
            .arg(ComplianceText::controlType(c.type),
                 c.operationFrequency.isEmpty() ? tr("—") : c.operationFrequency,
                 c.testFrequency.isEmpty() ? tr("—") : c.testFrequency,
                 c.origin == u"seeded"_s ? tr("from Attest's AI security control set") : tr("the organisation's own")));
    ControlImplementation impl;
    if (auto org = repository.organisationImplementations()) {
        for (const ControlImplementation& i : *org) {
            if (i.controlId == id) {
                impl = i;
            }
        }
    }
    m_status->setCurrentIndex(qMax(0, m_status->findData(impl.status)));
    m_owner->setText(impl.owner);
    m_target->setText(impl.targetDate);
    m_lastTest->setText(impl.lastTestDate);
    m_testResult->setCurrentIndex(qMax(0, m_testResult->findData(impl.lastTestResult)));
    m_justification->setText(impl.justification);
    m_notes->setPlainText(impl.notes);

    // What it serves, by framework.
    CatalogRepository catalogs(connection);
    const CatalogTitles titles(connection);
    auto frameworks = catalogs.frameworks();
    QHash<qint64, QString> frameworkName;
    if (frameworks) {
        for (const Framework& f : *frameworks) {
            frameworkName.insert(f.id, f.shortName.isEmpty() ? f.name : f.shortName);
        }
    }
    QHash<qint64, QTreeWidgetItem*> groups;
    if (auto mappings = repository.mappingsOfControl(id)) {
        for (const ControlMapping& m : *mappings) {
            auto requirement = catalogs.requirement(m.requirementId);
            if (!requirement || !requirement->has_value()) {
                continue;
            }
            const Requirement& r = **requirement;
            QTreeWidgetItem*& group = groups[r.frameworkId];
            if (!group) {
                group = new QTreeWidgetItem(m_serves, {frameworkName.value(r.frameworkId)});
                group->setFirstColumnSpanned(true);
                group->setExpanded(true);
            }
            auto* item = new QTreeWidgetItem(group, {tr("%1 %2").arg(r.ref, titles.title(r)), m.rationale});
            item->setData(0, IdRole, m.id);
            item->setToolTip(0, titles.isLocalized(r.id) ? titles.officialTooltip(r) : r.title);
            item->setToolTip(1, m.rationale);
        }
        for (QTreeWidgetItem* group : std::as_const(groups)) {
            group->setText(0, tr("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
        }
    }
    m_serves->resizeColumnToContents(0);

    // Its evidence.
    auto links = repository.evidenceLinks();
    auto evidence = repository.evidence();
    if (links && evidence) {
        QHash<qint64, Evidence> byId;
        for (const Evidence& e : *evidence) {
            byId.insert(e.id, e);
        }
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const EvidenceLink& l : *links) {
            if (l.controlId != id) {
                continue;
            }
            const Evidence e = byId.value(l.evidenceId);
            QString text = e.title;
            if (e.kind == u"file"_s) {
                text += tr(" — file, %1 KB, SHA-256 %2…").arg(qMax<qint64>(1, e.size / 1024)).arg(e.sha256.left(12));
            } else if (e.kind == u"link"_s) {
                text += tr(" — %1").arg(e.url);
            }
            if (e.isExpired(today)) {
                text += tr(" — EXPIRED %1").arg(e.validUntil);
            } else if (!e.validUntil.isEmpty()) {
                text += tr(" — valid until %1").arg(e.validUntil);
            }
            if (l.systemId) {
                text += tr(" (one system)");
            }
            auto* item = new QListWidgetItem(text, m_evidence);
            item->setData(IdRole, e.id);
            item->setData(Qt::UserRole + 2, e.fileName);
            item->setToolTip(e.kind == u"file"_s ? tr("Double-click to save a copy; its hash is checked first.")
                                                 : e.note);
            if (e.isExpired(today)) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    if (m_evidence->count() == 0) {
        m_evidence->addItem(tr("No evidence yet."));
        m_evidence->item(0)->setFlags(Qt::NoItemFlags);
    }
}

void ControlLibraryView::saveImplementation()
{
    if (!m_current) {
        return;
    }
    ControlImplementation impl;
    impl.controlId = m_current;
    impl.status = m_status->currentData().toString();
    impl.owner = m_owner->text().trimmed();
    impl.targetDate = m_target->text().trimmed();
    impl.lastTestDate = m_lastTest->text().trimmed();
    impl.lastTestResult = m_testResult->currentData().toString();
    impl.justification = m_justification->text().trimmed();
    impl.notes = m_notes->toPlainText().trimmed();
    auto saved = ComplianceService(m_workspace.connection()).setImplementation(impl);
    if (!saved) {
        report(saved.error().message);
        return;
    }
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Saved. Every requirement and AI system this control serves now reads the new status."));
}

void ControlLibraryView::newControl()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Control"));
    auto* code = new QLineEdit(&dialog);
    auto* name = new QLineEdit(&dialog);
    auto* type = new QComboBox(&dialog);
    for (const QString& t : {u"preventive"_s, u"detective"_s, u"corrective"_s}) {
        type->addItem(ComplianceText::controlType(t), t);
    }
    auto* description = new QPlainTextEdit(&dialog);
    description->setTabChangesFocus(true);
    auto* owner = new QLineEdit(&dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Type:"), type);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Description:"), description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Control c;
        c.code = code->text().trimmed();
        c.name = name->text().trimmed();
        c.type = type->currentData().toString();
        c.owner = owner->text().trimmed();
        c.description = description->toPlainText().trimmed();
        auto added = ComplianceService(m_workspace.connection()).addControl(c);
        if (!added) {
            QMessageBox::warning(&dialog, tr("New Control"), added.error().message);
            return;
        }
        dialog.accept();
        selectControl(c.code);
    });
    dialog.exec();
}

void ControlLibraryView::removeCurrent()
{
    if (!m_current) {
        return;
    }
    const QString title = m_title->text();
    if (QMessageBox::question(this,
                              tr("Remove Control"),
                              tr("Remove %1?\n\nIts mappings, implementations and evidence links are removed with it; "
                                 "every removal is recorded in the audit trail, and the requirements it served will "
                                 "read differently.")
                                  .arg(title)) != QMessageBox::Yes) {
        return;
    }
    auto removed = ComplianceService(m_workspace.connection()).removeControl(m_current);
    if (!removed) {
        report(removed.error().message);
        return;
    }
    m_messages->showMessage(MessageBar::Level::Success, tr("%1 was removed.").arg(title));
}

bool ControlLibraryView::mapTo(const QString& frameworkKey, const QString& ref, const QString& rationale)
{
    if (!m_current) {
        return false;
    }
    CatalogRepository catalogs(m_workspace.connection());
    auto framework = catalogs.framework(frameworkKey);
    auto ids = framework && framework->has_value() ? catalogs.requirementIds((*framework)->id)
                                                   : Result<QHash<QString, qint64>>(QHash<QString, qint64>());
    const qint64 requirement = ids ? ids->value(ref.trimmed()) : 0;
    if (!requirement) {
        report(tr("There is no requirement “%1” in %2.").arg(ref.trimmed(), frameworkKey));
        return false;
    }
    auto mapped = ComplianceService(m_workspace.connection()).mapControl(m_current, requirement, rationale);
    if (!mapped) {
        report(mapped.error().message);
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Success,
                            tr("Mapped to %1; its status now counts there for every AI system.").arg(ref.trimmed()));
    return true;
}

void ControlLibraryView::mapToRequirement()
{
    if (!m_current) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Map to Requirement"));
    auto* framework = new QComboBox(&dialog);
    CatalogRepository catalogs(m_workspace.connection());
    if (auto frameworks = catalogs.frameworks()) {
        for (const Framework& f : *frameworks) {
            if (f.assessableCount > 0) {
                framework->addItem(f.name, f.key);
            }
        }
    }
    auto* ref = new QLineEdit(&dialog);
    ref->setPlaceholderText(tr("Reference, e.g. Art. 32 or A.8.24"));
    auto* refs = new QStringListModel(&dialog);
    auto* completer = new QCompleter(refs, &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    ref->setCompleter(completer);
    auto fill = [&, framework, refs] {
        QStringList list;
        auto f = catalogs.framework(framework->currentData().toString());
        if (f && f->has_value()) {
            if (auto nodes = catalogs.requirements((*f)->id)) {
                for (const Requirement& r : *nodes) {
                    if (r.assessable) {
                        list << r.ref;
                    }
                }
            }
        }
        refs->setStringList(list);
    };
    fill();
    connect(framework, &QComboBox::currentIndexChanged, &dialog, fill);
    auto* rationale = new QLineEdit(&dialog);
    rationale->setPlaceholderText(tr("Why the control serves it (one line)"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Framework:"), framework);
    form->addRow(tr("&Requirement:"), ref);
    form->addRow(tr("&Why:"), rationale);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (mapTo(framework->currentData().toString(), ref->text(), rationale->text())) {
            dialog.accept();
        }
    });
    dialog.exec();
}

bool ControlLibraryView::attachFile(const QString& path)
{
    if (!m_current || m_workspace.isReadOnly()) {
        return false;
    }
    return EvidenceFiles::attach(this, m_workspace, m_messages, path, EvidenceLink{0, 0, m_current, 0, 0});
}

void ControlLibraryView::attachFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach Evidence File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty()) {
        attachFile(path);
    }
}

void ControlLibraryView::addLink()
{
    if (!m_current) {
        return;
    }
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Add Evidence Link"), tr("Address of the evidence:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        return;
    }
    const QString title = QInputDialog::getText(
        this, tr("Add Evidence Link"), tr("What it shows:"), QLineEdit::Normal, url.trimmed(), &ok);
    if (!ok) {
        return;
    }
    ComplianceService service(m_workspace.connection());
    Evidence e;
    e.kind = u"link"_s;
    e.url = url.trimmed();
    e.title = title.trimmed();
    e.collectedOn = QDate::currentDate().toString(Qt::ISODate);
    if (auto id = service.addEvidence(e, {EvidenceLink{0, 0, m_current, 0, 0}}); !id) {
        report(id.error().message);
    }
}

} // namespace attest::ui
