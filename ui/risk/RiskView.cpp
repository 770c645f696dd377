#include "risk/RiskView.h"

#include "common/Icons.h"
#include "common/LayoutMemory.h"
#include "common/MessageBar.h"
#include "common/TaskRunner.h"
#include "compliance/Compliance.h"
#include "io/Csv.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskDialog.h"
#include "risk/RiskExport.h"
#include "risk/RiskImportDialog.h"
#include "risk/RiskMatrixDialog.h"
#include "risk/RiskRegisterModel.h"
#include "risk/RiskService.h"
#include "risk/TierAssistantDialog.h"
#include "storage/ChangeNotifier.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

// A swatch of the level's band colour before the score, and overdue dates in red.
class RegisterDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString colour = index.data(RiskRegisterModel::LevelColourRole).toString();
        if (!colour.isEmpty()) {
            option->icon = swatchIcon(QColor::fromString(colour));
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
        }
        if (index.column() == RiskRegisterModel::DueColumn && index.data(RiskRegisterModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
            option->font.setBold(true);
        }
    }
};

} // namespace

RiskView::RiskView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
{
    setObjectName(u"riskView"_s);
    m_model = new RiskRegisterModel(workspace.connection(), workspace.notifier(), this);

    // Actions.
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* add = tools->addAction(tr("&New Risk…"), this, &RiskView::newRisk);
    m_editAction = tools->addAction(tr("&Edit…"), this, &RiskView::editCurrent);
    m_removeAction = tools->addAction(tr("&Remove…"), this, &RiskView::removeCurrent);
    tools->addSeparator();
    QAction* import = tools->addAction(tr("&Import CSV…"), this, &RiskView::importRegister);
    tools->addAction(tr("E&xport CSV…"), this, &RiskView::exportRegister);
    tools->addSeparator();
    QAction* matrix = tools->addAction(tr("Risk &Matrix…"), this, &RiskView::editMatrix);
    QAction* tier = tools->addAction(tr("EU AI Act &Tier Assistant…"), this, &RiskView::runTierAssistant);
    tier->setToolTip(tr("Propose the EU AI Act tier of the selected risk's system, or of the system filtered on"));
    m_writeActions = {add, m_editAction, m_removeAction, import, matrix, tier};

    // Filters.
    m_system = new QComboBox;
    m_system->setEditable(true);
    m_system->setInsertPolicy(QComboBox::NoInsert);
    m_system->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_system->completer()->setFilterMode(Qt::MatchContains);
    m_system->setMinimumContentsLength(18);
    m_system->setAccessibleName(tr("System filter"));
    m_threat = new QComboBox;
    m_threat->setAccessibleName(tr("Threat filter"));
    m_level = new QComboBox;
    m_level->setAccessibleName(tr("Level filter"));
    m_owner = new QComboBox;
    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->setMinimumContentsLength(14);
    m_overdue = new QCheckBox(tr("O&verdue only"));
    auto* clear = new QPushButton(tr("Clear Filters"));
    auto* filters = new QHBoxLayout;
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("S&ystem:"), m_system));
    filters->addWidget(m_system, 2);
    filters->addWidget(label(tr("T&hreat:"), m_threat));
    filters->addWidget(m_threat, 2);
    filters->addWidget(label(tr("&Level:"), m_level));
    filters->addWidget(m_level);
    filters->addWidget(label(tr("O&wner:"), m_owner));
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_overdue);
    filters->addWidget(clear);

    // The register.
    m_table = new QTableView;
    m_table->setObjectName(u"riskTable"_s);
    m_table->setAccessibleName(tr("Risk register"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RegisterDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true); // the scenario
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    const QList<QPair<int, int>> widths = {{RiskRegisterModel::SystemColumn, 105},
                                           {RiskRegisterModel::ThreatColumn, 160},
                                           {RiskRegisterModel::InherentColumn, 95},
                                           {RiskRegisterModel::ResidualColumn, 95},
                                           {RiskRegisterModel::TreatmentColumn, 75},
                                           {RiskRegisterModel::StatusColumn, 90},
                                           {RiskRegisterModel::DueColumn, 88},
                                           {RiskRegisterModel::ControlsColumn, 112},
                                           {RiskRegisterModel::OwnerColumn, 140},
                                           {RiskRegisterModel::ScenarioColumn, 260}};
    for (const auto& [column, width] : widths) {
        m_table->setColumnWidth(column, width);
    }
    m_count = new QLabel;
    m_cell = new QLabel;
    m_clearCell = new QToolButton;
    m_clearCell->setText(tr("Show All Cells"));
    m_clearCell->setAutoRaise(true);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addSpacing(12);
    countRow->addWidget(m_cell);
    countRow->addWidget(m_clearCell);
    countRow->addStretch();

    auto* registerPane = new QWidget;
    auto* registerLayout = new QVBoxLayout(registerPane);
    registerLayout->setContentsMargins(0, 0, 0, 0);
    registerLayout->addLayout(countRow);
    registerLayout->addWidget(m_table, 1);

    // Heat map and details.
    auto* mapBox = new QGroupBox(tr("Heat Map"));
    m_inherent = new QRadioButton(tr("I&nherent"));
    m_residual = new QRadioButton(tr("Resi&dual"));
    m_inherent->setChecked(true);
    m_inherent->setToolTip(tr("Each risk at its likelihood and impact before treatment."));
    m_residual->setToolTip(tr("Each risk at its residual likelihood and impact; risks without a residual assessment "
                              "yet stay at their inherent cell."));
    auto* group = new QButtonGroup(this);
    group->addButton(m_inherent);
    group->addButton(m_residual);
    auto* toggle = new QHBoxLayout;
    toggle->addWidget(m_inherent);
    toggle->addWidget(m_residual);
    toggle->addStretch();
    m_heatMap = new HeatMapWidget;
    m_heatMap->setObjectName(u"heatMap"_s);
    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    auto* mapLayout = new QVBoxLayout(mapBox);
    mapLayout->addLayout(toggle);
    mapLayout->addWidget(m_heatMap, 1);
    mapLayout->addWidget(m_legend);
    m_details = new QTextBrowser;
    m_details->setObjectName(u"riskDetails"_s);
    m_details->setOpenLinks(false);
    auto* detailsBox = new QGroupBox(tr("Selected Risk"));
    (new QVBoxLayout(detailsBox))->addWidget(m_details);
    auto* side = new QSplitter(Qt::Vertical);
    side->addWidget(mapBox);
    side->addWidget(detailsBox);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(registerPane);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 400});
    LayoutMemory::remember(splitter, u"risks/main"_s);
    LayoutMemory::remember(side, u"risks/side"_s);
    LayoutMemory::remember(m_table->horizontalHeader(), u"risks/columns"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    fillFilterChoices();
    for (QComboBox* box : {m_system, m_threat, m_level, m_owner}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) {
                m_filter.likelihood = m_filter.impact = 0; // a new filter starts from the whole map
                applyFilters();
            }
        });
    }
    connect(m_overdue, &QCheckBox::toggled, this, [this] {
        m_filter.likelihood = m_filter.impact = 0;
        applyFilters();
    });
    connect(clear, &QPushButton::clicked, this, &RiskView::clearFilters);
    connect(m_residual, &QRadioButton::toggled, this, [this] {
        m_filter.likelihood = m_filter.impact = 0; // a cell belongs to one map
        applyFilters();
    });
    connect(m_heatMap, &HeatMapWidget::cellActivated, this, [this](int l, int i) {
        m_filter.likelihood = l;
        m_filter.impact = i;
        applyFilters();
    });
    connect(m_clearCell, &QToolButton::clicked, this, [this] {
        m_filter.likelihood = m_filter.impact = 0;
        applyFilters();
    });
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskView::updateDetails);
    // Reloads (after any change, here or elsewhere) keep the selected risk selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepRisk = currentRiskId(); });
    connect(m_model, &RiskRegisterModel::reloaded, this, [this] {
        refreshHeatMap();
        if (const int row = m_keepRisk ? m_model->rowOf(m_keepRisk) : -1; row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
        }
        m_keepRisk = 0;
        updateDetails();
    });
    connect(m_model, &RiskRegisterModel::errorOccurred, this, [this](const QString& message) {
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Error, message);
        }
    });
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        // New owners, threats, systems or a new matrix change the filter choices.
        for (const QString& t : types) {
            if (t == u"risk"_s || t == u"threat"_s || t == u"risk_matrix"_s || t == u"ai_system"_s) {
                fillFilterChoices();
                return;
            }
        }
    });
    for (QAction* a : std::as_const(m_writeActions)) {
        a->setEnabled(!workspace.isReadOnly());
    }
    applyFilters();
}

void RiskView::fillFilterChoices()
{
    m_filling = true;
    const qint64 system = m_system->currentData().toLongLong();
    const qint64 threat = m_threat->currentData().toLongLong();
    const QString level = m_level->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    Connection& connection = m_workspace.connection();

    // Thousands of systems: the choices are built as one column and handed over at once.
    QList<QStandardItem*> choices{new QStandardItem(tr("All systems"))};
    choices.first()->setData(0, Qt::UserRole);
    if (auto systems = SystemRepository(connection).labels(); systems) {
        choices.reserve(systems->size() + 1);
        for (const SystemLabel& s : *systems) {
            auto* item = new QStandardItem(u"%1 – %2"_s.arg(s.code, s.name));
            item->setData(s.id, Qt::UserRole);
            choices << item;
        }
    }
    auto* systemChoices = new QStandardItemModel(m_system);
    systemChoices->appendColumn(choices);
    m_system->setModel(systemChoices); // deletes the previous choices, which it owns
    m_threat->clear();
    m_threat->addItem(tr("All threats"), 0);
    if (auto threats = RiskRepository(connection).threats(); threats) {
        for (const Threat& t : *threats) {
            m_threat->addItem(t.name, t.id);
        }
    }
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    RiskMatrix& matrix = m_matrix;
    matrix = RiskMatrix();
    if (auto current = RiskRepository(connection).currentMatrix(); current && current->has_value()) {
        matrix = **current;
    }
    QStringList legend;
    for (const RiskBand& band : matrix.bands) {
        m_level->addItem(swatchIcon(QColor::fromString(band.colour)), band.name, band.name);
        legend << u"<span style=\"background:%1;\">&nbsp;&nbsp;&nbsp;</span>&nbsp;%2 %3–%4"_s
                      .arg(band.colour, band.name.toHtmlEscaped())
                      .arg(band.min)
                      .arg(band.max);
    }
    m_heatMap->setMatrix(matrix);
    m_legend->setText(legend.join(u"&nbsp;&nbsp; "_s) + u"<br>"_s +
                      tr("Accepting a score above %1 needs an approver. Matrix version %2.")
                          .arg(matrix.acceptanceThreshold)
                          .arg(matrix.version));
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    if (auto owners = RiskRepository(connection).owners(); owners) {
        for (const QString& o : *owners) {
            m_owner->addItem(o, o);
        }
    }
    m_system->setCurrentIndex(std::max(0, m_system->findData(system)));
    m_threat->setCurrentIndex(std::max(0, m_threat->findData(threat)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    m_filling = false;
    // A choice that is no longer offered (the owner's last risk reassigned, a level renamed in a new matrix) fell
    // back to "All"; a selected cell may lie outside a smaller matrix. The register follows what the boxes show.
    const bool cellGone =
        (m_filter.likelihood || m_filter.impact) && !m_matrix.inRange(m_filter.likelihood, m_filter.impact);
    if (cellGone || m_system->currentData().toLongLong() != m_filter.systemId ||
        m_threat->currentData().toLongLong() != m_filter.threatId ||
        m_level->currentData().toString() != m_filter.level || m_owner->currentData().toString() != m_filter.owner) {
        if (cellGone) {
            m_filter.likelihood = m_filter.impact = 0;
        }
        if (m_model) {
            applyFilters();
        }
    }
}

void RiskView::applyFilters()
{
    m_filter.systemId = m_system->currentData().toLongLong();
    m_filter.threatId = m_threat->currentData().toLongLong();
    m_filter.level = m_level->currentData().toString();
    m_filter.owner = m_owner->currentData().toString();
    m_filter.overdueOnly = m_overdue->isChecked();
    m_filter.today = QDate::currentDate().toString(Qt::ISODate);
    m_filter.residual = m_residual->isChecked();
    m_heatMap->setSelectedCell(m_filter.likelihood, m_filter.impact);
    m_model->setFilter(m_filter); // reloads, then refreshes the heat map
}

void RiskView::refreshHeatMap()
{
    // The model's filter: it holds the date "overdue" was judged by.
    const RiskFilter& filter = m_model->filter();
    auto cells = RiskRepository(m_workspace.connection()).heatMap(filter, filter.residual);
    m_heatMap->setCounts(cells ? *cells : QHash<QPair<int, int>, int>());
    const int shown = m_model->rowCount();
    const int outside = m_heatMap->outsideGrid();
    QString count = outside ? tr("Risks shown: %1 (%2 of them scored on an earlier risk matrix lie outside this heat "
                                 "map)")
                                  .arg(shown)
                                  .arg(outside)
                            : tr("Risks shown: %1").arg(shown);
    if (filter.openOnly) {
        count += u" · "_s + tr("not closed");
    }
    if (!filter.businessUnit.isEmpty()) {
        count += u" · "_s + tr("business unit %1").arg(filter.businessUnit);
    }
    m_count->setText(count);
    const bool cell = m_filter.likelihood && m_filter.impact;
    m_cell->setVisible(cell);
    m_clearCell->setVisible(cell);
    if (cell) {
        m_cell->setText((m_filter.residual ? tr("Residual cell: %1") : tr("Inherent cell: %1"))
                            .arg(m_matrix.explain(m_filter.likelihood, m_filter.impact)));
    }
}

void RiskView::showSystem(qint64 systemId)
{
    m_system->setCurrentIndex(std::max(0, m_system->findData(systemId)));
}

void RiskView::showFilter(const RiskFilter& filter)
{
    m_filling = true;
    m_system->setCurrentIndex(std::max(0, m_system->findData(filter.systemId)));
    m_threat->setCurrentIndex(std::max(0, m_threat->findData(filter.threatId)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(filter.level)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(filter.owner)));
    {
        const QSignalBlocker blockOverdue(m_overdue);
        m_overdue->setChecked(filter.overdueOnly);
        const QSignalBlocker blockResidual(m_residual);
        const QSignalBlocker blockInherent(m_inherent);
        m_residual->setChecked(filter.residual);
        m_inherent->setChecked(!filter.residual);
    }
    m_filling = false;
    m_filter.likelihood = filter.likelihood;
    m_filter.impact = filter.impact;
    m_filter.businessUnit = filter.businessUnit; // no box for it: shown beside the count, cleared with the filters
    m_filter.openOnly = filter.openOnly;         // likewise
    applyFilters();
}

void RiskView::clearFilters()
{
    m_filling = true;
    m_system->setCurrentIndex(0);
    m_threat->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    {
        const QSignalBlocker block(m_overdue);
        m_overdue->setChecked(false);
    }
    m_filling = false;
    m_filter.likelihood = m_filter.impact = 0;
    m_filter.businessUnit.clear();
    m_filter.openOnly = false;
    applyFilters();
}

qint64 RiskView::currentRiskId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->riskIdAt(index.row()) : 0;
}

qint64 RiskView::currentSystemId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid()) {
        return index.siblingAtColumn(0).data(RiskRegisterModel::SystemIdRole).toLongLong();
    }
    return m_filter.systemId;
}

QString RiskView::detailsText() const
{
    return m_details->toPlainText();
}

void RiskView::updateDetails()
{
    const QModelIndex index = m_table->currentIndex();
    const RiskRow* row = index.isValid() ? m_model->rowAt(index.row()) : nullptr;
    m_editAction->setEnabled(row && !m_workspace.isReadOnly());
    m_removeAction->setEnabled(row && !m_workspace.isReadOnly());
    if (!row) {
        m_details->setHtml(u"<p style=\"color:gray\">%1</p>"_s.arg(
            tr("Select a risk to see how its levels were reached and how its treating controls stand.")));
        return;
    }
    const Risk& r = row->risk;
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = u"<p><b>%1</b> · %2</p><p>%3</p>"_s.arg(esc(row->systemCode), esc(row->threatName), esc(r.scenario));
    QStringList assets;
    for (const QString& a : r.assets.split(u',', Qt::SkipEmptyParts)) {
        assets << RiskText::asset(a);
    }
    if (!assets.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(esc(tr("Affected: %1").arg(assets.join(u", "_s))));
    }
    html += u"<p><b>%1</b> %2<br><b>%3</b> %4</p>"_s.arg(
        esc(tr("Inherent:")),
        esc(m_model->explain(r, false)),
        esc(tr("Residual:")),
        esc(r.hasResidual() ? m_model->explain(r, true) : tr("not assessed yet")));
    html += u"<p>%1</p>"_s.arg(esc(tr("Scored with risk matrix version %1.").arg(r.matrixVersion)));
    html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Treatment:")), esc(RiskText::treatment(r.treatment)));
    const auto controls = m_model->controlStates(r);
    if (!controls.isEmpty()) {
        html += u"<ul>"_s;
        for (const auto& c : controls) {
            html += u"<li>%1 %2: <b>%3</b></li>"_s.arg(
                esc(c.code), esc(c.name), esc(ComplianceText::implementationStatus(c.status)));
        }
        html += u"</ul>"_s;
    }
    QStringList facts;
    if (!r.owner.isEmpty()) {
        facts << tr("Owner: %1").arg(r.owner);
    }
    if (!r.dueDate.isEmpty()) {
        facts << (r.isOverdue(m_model->today()) ? tr("Due: %1 (overdue)") : tr("Due: %1")).arg(r.dueDate);
    }
    if (!r.nextReview.isEmpty()) {
        facts << tr("Next review: %1").arg(r.nextReview);
    }
    facts << tr("Status: %1").arg(RiskText::status(r.status));
    html += u"<p>%1</p>"_s.arg(esc(facts.join(u" · "_s)));
    if (!r.acceptedBy.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(
            esc(tr("Accepted by %1 on %2: %3").arg(r.acceptedBy, r.acceptedOn, r.acceptanceJustification)));
    }
    m_details->setHtml(html);
}

void RiskView::newRisk()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    Risk r;
    r.systemId = currentSystemId();
    RiskDialog dialog(m_workspace.connection(), r, this);
    if (dialog.exec() == QDialog::Accepted && m_messages) {
        m_messages->showMessage(MessageBar::Level::Success, tr("Risk added to the register."));
    }
}

void RiskView::editCurrent()
{
    const qint64 id = currentRiskId();
    if (!id || m_workspace.isReadOnly()) {
        return;
    }
    auto risk = RiskRepository(m_workspace.connection()).risk(id);
    if (!risk || !risk->has_value()) {
        return;
    }
    RiskDialog dialog(m_workspace.connection(), **risk, this);
    dialog.exec();
}

void RiskView::removeCurrent()
{
    const qint64 id = currentRiskId();
    if (!id || m_workspace.isReadOnly()) {
        return;
    }
    if (QMessageBox::question(this,
                              tr("Remove Risk"),
                              tr("Remove this risk from the register? The removal is recorded in the audit trail.")) !=
        QMessageBox::Yes) {
        return;
    }
    if (auto removed = RiskService(m_workspace.connection()).removeRisk(id); !removed && m_messages) {
        m_messages->showMessage(MessageBar::Level::Error, removed.error().message);
    }
}

void RiskView::importRegister()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     tr("Import Risk Register"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void RiskView::importFile(const QString& path)
{
    RiskImportDialog dialog(m_workspace, path, this);
    if (!dialog.isReadable()) {
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Error, dialog.loadError());
        }
        return;
    }
    if (dialog.exec() == QDialog::Accepted && m_messages) {
        m_messages->showMessage(MessageBar::Level::Success,
                                tr("Imported %1: %2").arg(QFileInfo(path).fileName(), dialog.plan().summary()));
    }
}

void RiskView::exportRegister()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export Risk Register"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/risk-register.csv"_s,
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    Workspace& workspace = m_workspace;
    const RiskFilter filter = m_filter;
    int count = 0;
    auto written = TaskRunner::run(this, tr("Exporting…"), [&](TaskContext&) -> Result<void> {
        auto connection = workspace.openConnection(Workspace::Access::ReadOnly);
        if (!connection) {
            return connection.error();
        }
        auto rows = RiskExport::rows(**connection, filter);
        if (!rows) {
            return rows.error();
        }
        auto table = RiskExport::csvRows(**connection, *rows);
        if (!table) {
            return table.error();
        }
        count = int(rows->size());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Csv::write(*table)) < 0 || !file.commit()) {
            return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2.").arg(path, file.errorString()));
        }
        return {};
    });
    if (m_messages) {
        if (written) {
            m_messages->showMessage(MessageBar::Level::Success,
                                    tr("Risks exported to %1: %2.").arg(QFileInfo(path).fileName()).arg(count));
        } else {
            m_messages->showMessage(MessageBar::Level::Error, written.error().message);
        }
    }
}

void RiskView::editMatrix()
{
    if (m_workspace.isReadOnly()) {
        return;
    }
    RiskMatrixDialog dialog(m_workspace.connection(), this);
    if (dialog.exec() == QDialog::Accepted && m_messages) {
        m_messages->showMessage(MessageBar::Level::Success,
                                tr("Risk matrix version %1 saved. Scores already recorded keep the version they were "
                                   "made with; a risk is scored on the new matrix when it is next edited.")
                                    .arg(dialog.savedVersion()));
    }
}

void RiskView::runTierAssistant()
{
    const qint64 system = currentSystemId();
    if (!system || m_workspace.isReadOnly()) {
        if (m_messages) {
            m_messages->showMessage(MessageBar::Level::Info,
                                    tr("Select a risk, or filter on a system, to run the tier assistant for it."));
        }
        return;
    }
    QString error;
    if (TierAssistantDialog::runForSystem(m_workspace.connection(), system, this, &error)) {
        if (m_messages) {
            m_messages->showMessage(
                MessageBar::Level::Success,
                tr("EU AI Act tier recorded on the system, with the reasoning, in the audit trail."));
        }
    } else if (!error.isEmpty() && m_messages) {
        m_messages->showMessage(MessageBar::Level::Error, error);
    }
}

} // namespace attest::ui
