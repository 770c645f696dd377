#include "ComplianceView.h"

#include "StatusDelegate.h"
#include "catalog/CatalogTitles.h"
#include "common/EvidenceDrop.h"
#include "common/MessageBar.h"
#include "common/ScopeBar.h"
#include "compliance/ComplianceEngine.h"
#include "compliance/ComplianceModels.h"
#include "compliance/ComplianceService.h"
#include "compliance/StatementOfApplicability.h"
#include "storage/ChangeNotifier.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {

bool isComplianceChange(const QStringList& types)
{
    static const QStringList relevant = {u"control"_s,
                                         u"control_mapping"_s,
                                         u"applicability"_s,
                                         u"control_implementation"_s,
                                         u"requirement_assessment"_s,
                                         u"evidence"_s,
                                         u"evidence_link"_s,
                                         u"soa_entry"_s,
                                         u"ai_system"_s,
                                         u"requirement"_s};
    for (const QString& t : types) {
        if (relevant.contains(t)) {
            return true;
        }
    }
    return false;
}

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

SystemComplianceView::SystemComplianceView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_engine(std::make_unique<ComplianceEngine>())
    , m_systemEdit(new QLineEdit(this))
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_coverage(new QLabel(this))
    , m_applicability(new QLabel(this))
    , m_applicabilityButton(new QPushButton(tr("Change…"), this))
    , m_derivation(new QLabel(this))
    , m_overrideStatus(new QComboBox(this))
    , m_overrideJustification(new QLineEdit(this))
    , m_overrideButton(new QPushButton(tr("&Assess by Hand"), this))
    , m_clearButton(new QPushButton(tr("Use &Derived Status"), this))
    , m_findingButton(new QPushButton(tr("Raise &Finding…"), this))
{
    setObjectName(u"systemComplianceView"_s);
    m_systemEdit->setPlaceholderText(tr("AI system code, e.g. HR-CV-01"));
    m_systemEdit->setClearButtonEnabled(true);
    m_systemEdit->setAccessibleName(tr("AI system"));
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_systemEdit->setCompleter(completer);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_coverage->setObjectName(u"coverageLabel"_s);
    m_coverage->setWordWrap(true);
    m_coverage->setToolTip(Coverage::formula());
    m_applicability->setWordWrap(true);
    m_derivation->setObjectName(u"derivationLabel"_s);
    m_derivation->setWordWrap(true);
    m_derivation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_derivation->setMinimumHeight(m_derivation->fontMetrics().lineSpacing() * 3);
    for (const QString& code : ComplianceText::requirementStatuses()) {
        m_overrideStatus->addItem(ComplianceText::requirementStatus(code), code);
    }
    m_overrideJustification->setPlaceholderText(tr("Why (required): what you saw, who confirmed it"));
    m_overrideJustification->setObjectName(u"overrideJustificationEdit"_s);
    m_tabs->setObjectName(u"frameworkTabs"_s);
    m_tabs->setAccessibleName(tr("Frameworks"));
    m_tabs->setDocumentMode(true);

    auto* top = new QHBoxLayout;
    auto* systemLabel = new QLabel(tr("AI &system:"), this);
    systemLabel->setBuddy(m_systemEdit);
    top->addWidget(systemLabel);
    top->addWidget(m_systemEdit, 1);
    top->addStretch(2);

    auto* applies = new QHBoxLayout;
    applies->addWidget(m_applicability, 1);
    applies->addWidget(m_applicabilityButton);

    auto* assess = new QGroupBox(tr("Selected requirement"), this);
    auto* assessLayout = new QVBoxLayout(assess);
    assessLayout->addWidget(m_derivation);
    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideStatus);
    overrideRow->addWidget(m_overrideJustification, 1);
    overrideRow->addWidget(m_overrideButton);
    overrideRow->addWidget(m_clearButton);
    overrideRow->addWidget(m_findingButton);
    assessLayout->addLayout(overrideRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_coverage);
    layout->addLayout(applies);
    layout->addWidget(assess);

    connect(m_systemEdit, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_systemEdit->text().section(u' ', 0, 0).trimmed();
        auto id = SystemRepository(m_workspace.connection()).idForCode(code);
        if (id && id->has_value()) {
            showSystem(**id);
        } else {
            m_messages->showMessage(MessageBar::Level::Warning, tr("There is no AI system “%1”.").arg(code));
        }
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_systemEdit->setText(text);
        Q_EMIT m_systemEdit->returnPressed();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showRequirement(); });
    connect(m_overrideButton, &QPushButton::clicked, this, &SystemComplianceView::assessByHand);
    connect(m_clearButton, &QPushButton::clicked, this, &SystemComplianceView::clearAssessment);
    connect(m_findingButton, &QPushButton::clicked, this, [this] { raiseFinding(); });
    connect(m_applicabilityButton, &QPushButton::clicked, this, &SystemComplianceView::changeApplicability);
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        if (types.contains(u"ai_system"_s)) {
            m_codesStale = true;
        }
        if (isComplianceChange(types)) {
            reload();
        }
    });
    const bool writable = !workspace.isReadOnly();
    m_overrideButton->setEnabled(writable);
    m_clearButton->setEnabled(writable);
    m_findingButton->setEnabled(writable);
    m_applicabilityButton->setEnabled(writable);
    reload();
}

SystemComplianceView::~SystemComplianceView() = default;

void SystemComplianceView::showSystem(qint64 systemId, const QString& frameworkKey)
{
    m_systemId = systemId;
    reload();
    if (!frameworkKey.isEmpty()) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->property("frameworkKey").toString() == frameworkKey) {
                m_tabs->setCurrentIndex(i);
            }
        }
    }
}

void SystemComplianceView::reload()
{
    Connection& connection = m_workspace.connection();
    // The tabs' models read the engine: they go before it is replaced, quietly (no current-tab signals meanwhile).
    const QString keepFramework =
        m_tabs->currentWidget() ? m_tabs->currentWidget()->property("frameworkKey").toString() : QString();
    const int keepRow = currentTable() ? currentTable()->currentIndex().row() : -1;
    {
        const QSignalBlocker block(m_tabs);
        while (m_tabs->count() > 0) {
            QWidget* page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            delete page;
        }
    }
    if (m_codesStale || !m_systemId) {
        // Codes for the completer; read again only when systems changed (one light query, also at 10,000).
        if (auto index = SystemRepository(connection).codeIndex()) {
            QStringList codes;
            codes.reserve(index->size());
            qint64 first = 0;
            QString firstCode;
            for (auto it = index->cbegin(); it != index->cend(); ++it) {
                codes << it.key().toUpper();
                if (firstCode.isEmpty() || it.key() < firstCode) {
                    firstCode = it.key();
                    first = it.value();
                }
            }
            codes.sort();
            static_cast<QStringListModel*>(m_systemEdit->completer()->model())->setStringList(codes);
            m_codesStale = false;
            if (!m_systemId) {
                m_systemId = first;
            }
        }
    }
    auto engine = ComplianceEngine::load(connection);
    if (!engine) {
        m_engine = std::make_unique<ComplianceEngine>();
        m_messages->showMessage(MessageBar::Level::Error, engine.error().message);
        return;
    }
    m_engine = std::make_unique<ComplianceEngine>(std::move(*engine));
    if (m_systemId) {
        if (auto loaded = m_engine->loadSystems(connection, {m_systemId}); !loaded) {
            m_messages->showMessage(MessageBar::Level::Error, loaded.error().message);
        }
    }
    rebuildTabs(keepFramework, keepRow);
}

void SystemComplianceView::rebuildTabs(const QString& keepFramework, int keepRow)
{
    if (!m_engine->hasSystem(m_systemId)) {
        m_heading->setText(tr("Choose an AI system"));
        m_coverage->clear();
        m_applicability->clear();
        m_derivation->clear();
        return;
    }
    m_systemEdit->setText(m_engine->systemCode(m_systemId));
    m_heading->setText(
        tr("%1  %2").arg(m_engine->systemCode(m_systemId), m_engine->systemName(m_systemId)).toHtmlEscaped());
    int select = 0;
    QStringList notApplying;
    for (const FrameworkApplicability& a : m_engine->applicability(m_systemId)) {
        if (!a.applies) {
            notApplying << a.frameworkName;
            continue;
        }
        auto* table = makeTable(m_tabs);
        auto* model = new RequirementStatusModel(table);
        model->show(m_engine.get(), m_systemId, a.frameworkId);
        table->setModel(model);
        table->setItemDelegateForColumn(RequirementStatusModel::StatusColumn,
                                        new StatusDelegate(RequirementStatusModel::StatusCodeRole, table));
        table->horizontalHeader()->setSectionResizeMode(RequirementStatusModel::DerivationColumn, QHeaderView::Stretch);
        table->setColumnWidth(RequirementStatusModel::RefColumn, 150);
        table->setColumnWidth(RequirementStatusModel::TitleColumn, 280);
        table->setColumnWidth(RequirementStatusModel::StatusColumn, 230);
        table->setProperty("frameworkKey", a.frameworkKey);
        table->setProperty("frameworkId", a.frameworkId);
        table->setObjectName(u"requirementTable-"_s + a.frameworkKey);
        table->setAccessibleName(tr("Requirements of %1").arg(a.frameworkName));
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showRequirement(); });
        const Coverage c = m_engine->coverage(m_systemId, a.frameworkId);
        const QString shortName = m_engine->framework(a.frameworkKey)->shortName;
        const int tab = m_tabs->addTab(table, tr("%1  %2").arg(shortName, c.percentText()));
        m_tabs->setTabToolTip(tab, tr("%1\n%2\n\n%3").arg(a.frameworkName, c.countsText(), Coverage::formula()));
        if (a.frameworkKey == keepFramework) {
            select = tab;
            if (keepRow >= 0 && keepRow < model->rowCount()) {
                table->setCurrentIndex(model->index(keepRow, 0));
            }
        }
    }
    if (m_tabs->count() > 0) {
        m_tabs->setCurrentIndex(select);
    }
    if (!notApplying.isEmpty()) {
        m_heading->setText(u"%1<br><span style='font-weight:normal; font-size:small'>%2</span>"_s.arg(
            m_heading->text(), tr("Not applying (see Change…): %1").arg(notApplying.join(u", "_s)).toHtmlEscaped()));
    }
    showRequirement();
}

QTableView* SystemComplianceView::currentTable() const
{
    return qobject_cast<QTableView*>(m_tabs->currentWidget());
}

qint64 SystemComplianceView::currentFrameworkId() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->property("frameworkId").toLongLong() : 0;
}

qint64 SystemComplianceView::currentRequirementId() const
{
    QTableView* table = currentTable();
    if (!table || !table->currentIndex().isValid()) {
        return 0;
    }
    return table->currentIndex().siblingAtColumn(0).data(RequirementStatusModel::RequirementIdRole).toLongLong();
}

void SystemComplianceView::selectRequirement(const QString& ref)
{
    QTableView* table = currentTable();
    if (!table) {
        return;
    }
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == ref) {
            table->setCurrentIndex(table->model()->index(r, 0));
            table->scrollTo(table->currentIndex());
            return;
        }
    }
}

void SystemComplianceView::showRequirement()
{
    const qint64 framework = currentFrameworkId();
    if (!framework) {
        m_coverage->clear();
        m_applicability->clear();
        m_derivation->setText(tr("No framework applies to this system yet: confirm the ones that do."));
        return;
    }
    const Coverage c = m_engine->coverage(m_systemId, framework);
    m_coverage->setText(tr("<b>Coverage %1</b> — %2. <i>(compliant + ½ partially) ÷ assessed</i>")
                            .arg(c.percentText(), c.countsText().toHtmlEscaped()));
    const FrameworkApplicability a = m_engine->applicability(m_systemId, framework);
    m_applicability->setText(
        a.confirmed ? tr("Applies (confirmed): %1").arg(a.reason)
                    : tr("Applies (proposed from the system's facts; not yet confirmed): %1").arg(a.reason));
    const qint64 requirement = currentRequirementId();
    if (!requirement) {
        m_derivation->setText(tr("Select a requirement to see how its status was reached."));
        return;
    }
    m_derivation->setText(m_engine->explain(m_systemId, requirement));
    const RequirementResult result = m_engine->evaluate(m_systemId, requirement);
    m_overrideStatus->setCurrentIndex(qMax(0, m_overrideStatus->findData(result.status)));
    m_clearButton->setEnabled(result.overridden && !m_workspace.isReadOnly());
}

void SystemComplianceView::assessByHand()
{
    const qint64 requirement = currentRequirementId();
    if (!requirement || !m_systemId) {
        return;
    }
    RequirementAssessment a{
        0, requirement, m_systemId, m_overrideStatus->currentData().toString(), m_overrideJustification->text()};
    auto set = ComplianceService(m_workspace.connection()).setOverride(a);
    if (!set) {
        m_messages->showMessage(MessageBar::Level::Error, set.error().message);
        m_overrideJustification->setFocus();
        return;
    }
    m_overrideJustification->clear();
    m_messages->showMessage(MessageBar::Level::Success, tr("Assessed by hand and recorded in the audit trail."));
}

void SystemComplianceView::clearAssessment()
{
    const qint64 requirement = currentRequirementId();
    if (!requirement) {
        return;
    }
    if (auto cleared = ComplianceService(m_workspace.connection()).clearOverride(requirement, m_systemId); !cleared) {
        m_messages->showMessage(MessageBar::Level::Error, cleared.error().message);
    }
}

bool SystemComplianceView::raiseFinding(const QString& presetTitle)
{
    const qint64 requirement = currentRequirementId();
    const auto* info = requirement ? m_engine->requirement(requirement) : nullptr;
    if (!info || !m_systemId) {
        return false;
    }
    const RequirementResult result = m_engine->evaluate(m_systemId, requirement);
    QString title = presetTitle;
    if (title.isEmpty()) {
        bool ok = false;
        title = QInputDialog::getText(
            this,
            tr("Raise Finding"),
            tr("What is missing? (due in 30 days; edit it under Findings)"),
            QLineEdit::Normal,
            tr("%1 %2: %3")
                .arg(info->ref, info->shownTitle, ComplianceText::requirementStatus(result.status).toLower()),
            &ok);
        if (!ok) {
            return false;
        }
    }
    Finding f;
    f.title = title;
    f.description = m_engine->explain(m_systemId, requirement);
    f.source = u"requirement"_s;
    f.systemId = m_systemId;
    f.requirementId = requirement;
    f.severity = result.status == u"non_compliant"_s ? u"high"_s : u"medium"_s;
    f.dueDate = m_engine->today().addDays(30).toString(Qt::ISODate);
    auto raised = ComplianceService(m_workspace.connection()).addFinding(f);
    if (!raised) {
        m_messages->showMessage(MessageBar::Level::Error, raised.error().message);
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Success, tr("Finding raised: %1").arg(title));
    return true;
}

void SystemComplianceView::changeApplicability()
{
    if (!m_engine->hasSystem(m_systemId)) {
        return;
    }
    QStringList items;
    QList<FrameworkApplicability> all = m_engine->applicability(m_systemId);
    for (const FrameworkApplicability& a : all) {
        items << tr("%1 — %2 (%3)")
                     .arg(a.frameworkName,
                          a.applies ? tr("applies") : tr("does not apply"),
                          a.confirmed ? tr("confirmed") : tr("proposed"));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this,
                              tr("Frameworks That Apply"),
                              tr("Framework to confirm or change for %1:").arg(m_engine->systemCode(m_systemId)),
                              items,
                              qMax(0,
                                   [&] {
                                       const qint64 current = currentFrameworkId();
                                       for (int i = 0; i < all.size(); ++i) {
                                           if (all[i].frameworkId == current) {
                                               return i;
                                           }
                                       }
                                       return 0;
                                   }()),
                              false,
                              &ok);
    if (!ok || items.indexOf(chosen) < 0) {
        return;
    }
    const FrameworkApplicability a = all.at(items.indexOf(chosen));
    const QStringList answers{tr("It applies"), tr("It does not apply")};
    const QString answer = QInputDialog::getItem(
        this, a.frameworkName, tr("Does %1 apply?").arg(a.frameworkName), answers, a.applies ? 0 : 1, false, &ok);
    if (!ok) {
        return;
    }
    const QString reason = QInputDialog::getText(
        this, a.frameworkName, tr("Why (recorded in the audit trail):"), QLineEdit::Normal, a.reason, &ok);
    if (!ok) {
        return;
    }
    auto set = ComplianceService(m_workspace.connection())
                   .setApplicability(m_systemId, a.frameworkId, answer == answers.first(), reason);
    if (!set) {
        m_messages->showMessage(MessageBar::Level::Error, set.error().message);
    }
}

// ---------------------------------------------------------------------------------------------------------------

ComplianceMatrixView::ComplianceMatrixView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_model(new ComplianceMatrixModel(workspace.connection(), workspace.notifier(), this))
    , m_framework(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"complianceMatrixView"_s);
    m_table->setObjectName(u"complianceMatrix"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new StatusDelegate(ComplianceMatrixModel::StatusCodeRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().horizontalAdvance(u"A.5.10_"_s));
    m_table->setWordWrap(false);
    m_summary->setWordWrap(true);
    m_summary->setToolTip(Coverage::formula());
    m_framework->setObjectName(u"matrixFrameworkCombo"_s);
    m_framework->setAccessibleName(tr("Framework"));
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Framework:"), this);
    label->setBuddy(m_framework);
    top->addWidget(label);
    top->addWidget(m_framework);
    top->addWidget(m_summary, 1);
    m_scopeBar = new ScopeBar(this);
    m_scopeLabel = m_scopeBar->label();
    connect(m_scopeBar, &ScopeBar::clearRequested, this, &ComplianceMatrixView::clearScope);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scopeBar);
    layout->addWidget(m_table, 1);

    auto fill = [this] {
        const QString keep = m_framework->currentData().toString();
        const QSignalBlocker block(m_framework);
        m_framework->clear();
        for (const auto& f : m_model->engine().frameworks()) {
            m_framework->addItem(f.name, f.key);
        }
        const int index = m_framework->findData(keep.isEmpty() ? u"gdpr"_s : keep);
        m_framework->setCurrentIndex(qMax(0, index));
    };
    m_model->reload();
    fill();
    apply();
    connect(m_framework, &QComboBox::currentIndexChanged, this, &ComplianceMatrixView::apply);
    connect(m_model, &ComplianceMatrixModel::errorOccurred, this, [messages](const QString& error) {
        messages->showMessage(MessageBar::Level::Error, error);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 requirement = m_model->requirementIdAt(index.column());
        const auto* info = requirement ? m_model->engine().requirement(requirement) : nullptr;
        Q_EMIT openSystem(m_model->systemIdAt(index.row()), m_model->frameworkKey(), info ? info->ref : QString());
    });
}

void ComplianceMatrixView::apply()
{
    m_model->setFramework(m_framework->currentData().toString());
    m_table->setColumnWidth(0, m_table->fontMetrics().horizontalAdvance(u"MKT-CHURN-000__"_s));
    m_table->setColumnWidth(1, m_table->fontMetrics().horizontalAdvance(u"Coverage__"_s));
    m_summary->setText(tr("%1 AI systems × %2 requirements. A row is derived when it is first shown; hover a cell "
                          "for how its status was reached, double-click to open the system.")
                           .arg(m_model->rowCount())
                           .arg(qMax(0, m_model->columnCount() - ComplianceMatrixModel::FixedColumns)));
}

void ComplianceMatrixView::showScope(const QString& frameworkKey, const SystemScope& scope, const QString& description)
{
    {
        const QSignalBlocker block(m_framework);
        m_framework->setCurrentIndex(std::max(0, m_framework->findData(frameworkKey)));
    }
    m_model->setScope(scope, true);
    apply();
    m_scopeBar->showDescription(description);
}

void ComplianceMatrixView::clearScope()
{
    m_model->setScope({}, false);
    apply();
    m_scopeBar->hide();
}

// ---------------------------------------------------------------------------------------------------------------

SoaView::SoaView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_messages(messages)
    , m_model(new QStandardItemModel(this))
    , m_table(makeTable(this))
    , m_summary(new QLabel(this))
    , m_toggle(new QPushButton(tr("Mark &Not Applicable…"), this))
{
    setObjectName(u"soaView"_s);
    m_table->setObjectName(u"soaTable"_s);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setItemDelegateForColumn(5, new StatusDelegate(Qt::UserRole + 2, m_table));
    m_summary->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_toggle->setEnabled(!workspace.isReadOnly());
    connect(m_toggle, &QPushButton::clicked, this, &SoaView::toggleApplicability);
    connect(m_table, &QTableView::doubleClicked, this, &SoaView::toggleApplicability);
    // A file dropped on a row is the organisation's evidence for that control of the standard.
    auto requirementAt = [this](QPoint position) -> qint64 {
        const QModelIndex index = m_table->indexAt(m_table->viewport()->mapFrom(m_table, position));
        return index.isValid() ? m_model->item(index.row(), 0)->data(Qt::UserRole + 1).toLongLong() : 0;
    };
    FileDropFilter::install(
        m_table,
        [this, requirementAt](QPoint position) { return !m_workspace.isReadOnly() && requirementAt(position) != 0; },
        [this, requirementAt](const QStringList& paths, QPoint position) {
            const qint64 requirement = requirementAt(position);
            for (const QString& path : paths) {
                EvidenceFiles::attach(this, m_workspace, m_messages, path, EvidenceLink{0, 0, 0, requirement, 0});
            }
        });
    m_table->setToolTip(tr("Drop a file on a row to store it as evidence for that control."));
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        if (isComplianceChange(types)) {
            reload();
        }
    });
    reload();
}

void SoaView::reload()
{
    auto engine = ComplianceEngine::load(m_workspace.connection());
    auto rows = engine ? StatementOfApplicability::build(m_workspace.connection(), *engine)
                       : Result<QList<StatementOfApplicability::Row>>(engine.error());
    if (!rows) {
        m_messages->showMessage(MessageBar::Level::Error, rows.error().message);
        return;
    }
    const int keep = m_table->currentIndex().row();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Control"),
                                        tr("Title"),
                                        tr("Theme"),
                                        tr("Applicable"),
                                        tr("Justification"),
                                        tr("Implementation"),
                                        tr("Linked controls"),
                                        tr("Evidence")});
    int applicable = 0;
    int implemented = 0;
    int undecided = 0;
    for (const auto& r : *rows) {
        QList<QStandardItem*> row{
            new QStandardItem(r.ref),
            new QStandardItem(r.title),
            new QStandardItem(r.theme),
            new QStandardItem(r.applicable ? (r.justified ? tr("Yes") : tr("Yes (not yet justified)")) : tr("No")),
            new QStandardItem(r.justification),
            new QStandardItem(StatementOfApplicability::implementationText(r.implementation)),
            new QStandardItem(r.controls.join(u"\n"_s)),
            new QStandardItem(r.evidence.join(u"\n"_s))};
        row[0]->setData(r.requirementId, Qt::UserRole + 1);
        row[0]->setData(r.applicable, Qt::UserRole + 3);
        if (r.title != r.officialTitle) {
            row[1]->setToolTip(CatalogTitles::officialNote(r.officialTitle));
        }
        row[5]->setData(r.implementation, Qt::UserRole + 2);
        row[5]->setToolTip(r.derivation);
        m_model->appendRow(row);
        applicable += r.applicable ? 1 : 0;
        implemented += r.applicable && r.implementation == u"compliant"_s ? 1 : 0;
        undecided += r.justified ? 0 : 1;
    }
    m_summary->setText(tr("ISO/IEC 27001:2022 Annex A: %1 controls, %2 applicable, %3 implemented; %4 without a "
                          "recorded decision. Double-click a control to include or exclude it.")
                           .arg(rows->size())
                           .arg(applicable)
                           .arg(implemented)
                           .arg(undecided));
    m_table->setColumnWidth(0, 60);
    m_table->setColumnWidth(1, 260);
    m_table->setColumnWidth(2, 110);
    m_table->setColumnWidth(3, 150);
    m_table->setColumnWidth(4, 260);
    m_table->setColumnWidth(5, 150);
    m_table->setColumnWidth(6, 300);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (keep >= 0 && keep < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(keep, 0));
    }
}

void SoaView::toggleApplicability()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || m_workspace.isReadOnly()) {
        return;
    }
    const QModelIndex first = index.siblingAtColumn(0);
    const qint64 requirement = first.data(Qt::UserRole + 1).toLongLong();
    const bool applicable = first.data(Qt::UserRole + 3).toBool();
    bool ok = false;
    const QString justification = QInputDialog::getText(
        this,
        applicable ? tr("Exclude %1").arg(first.data().toString()) : tr("Include %1").arg(first.data().toString()),
        applicable ? tr("Why does %1 not apply? (required)").arg(first.data().toString())
                   : tr("Why does %1 apply?").arg(first.data().toString()),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok) {
        return;
    }
    auto set = ComplianceService(m_workspace.connection()).setSoaEntry(requirement, !applicable, justification);
    if (!set) {
        m_messages->showMessage(MessageBar::Level::Error, set.error().message);
    }
}

// ---------------------------------------------------------------------------------------------------------------

ComplianceView::ComplianceView(Workspace& workspace, MessageBar* messages, QWidget* parent)
    : QTabWidget(parent)
    , m_system(new SystemComplianceView(workspace, messages, this))
    , m_matrix(new ComplianceMatrixView(workspace, messages, this))
    , m_soa(new SoaView(workspace, messages, this))
{
    setObjectName(u"complianceView"_s);
    setAccessibleName(tr("Compliance"));
    addTab(m_system, tr("By &System"));
    addTab(m_matrix, tr("&Matrix"));
    addTab(m_soa, tr("Statement of &Applicability"));
    connect(m_matrix,
            &ComplianceMatrixView::openSystem,
            this,
            [this](qint64 system, const QString& framework, const QString& ref) {
                showSystem(system, framework);
                if (!ref.isEmpty()) {
                    m_system->selectRequirement(ref);
                }
            });
}

void ComplianceView::showSystem(qint64 systemId, const QString& frameworkKey)
{
    setCurrentWidget(m_system);
    m_system->showSystem(systemId, frameworkKey);
}

} // namespace attest::ui
