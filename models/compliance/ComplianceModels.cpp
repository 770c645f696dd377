#include "ComplianceModels.h"

#include "catalog/CatalogTitles.h"
#include "storage/ChangeNotifier.h"
#include "storage/SystemRepository.h"

using namespace Qt::StringLiterals;

namespace attest {

QString StatusStyle::mark(const QString& status)
{
    if (status == u"compliant"_s) {
        return u"✓"_s;
    }
    if (status == u"partial"_s) {
        return u"◐"_s;
    }
    if (status == u"non_compliant"_s) {
        return u"✗"_s;
    }
    if (status == u"not_applicable"_s) {
        return u"–"_s;
    }
    return u"·"_s;
}

RequirementStatusModel::RequirementStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RequirementStatusModel::show(const ComplianceEngine* engine, qint64 systemId, qint64 frameworkId)
{
    beginResetModel();
    m_engine = engine;
    m_systemId = systemId;
    m_rows = engine ? engine->applicableRequirements(systemId, frameworkId) : QList<int>();
    m_derivations.clear();
    endResetModel();
}

qint64 RequirementStatusModel::requirementIdAt(int row) const
{
    return m_engine && row >= 0 && row < m_rows.size() ? m_engine->requirements().at(m_rows[row]).id : 0;
}

int RequirementStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequirementStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementStatusModel::data(const QModelIndex& index, int role) const
{
    if (!m_engine || !index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const auto& requirement = m_engine->requirements().at(m_rows[index.row()]);
    if (role == RequirementIdRole) {
        return requirement.id;
    }
    const RequirementResult result = m_engine->evaluate(m_systemId, requirement.id);
    if (role == StatusCodeRole) {
        return index.column() == StatusColumn ? QVariant(result.status) : QVariant();
    }
    auto derivation = [&]() -> const QString& {
        auto it = m_derivations.find(index.row());
        if (it == m_derivations.end()) {
            it = m_derivations.insert(index.row(), m_engine->explainWhy(m_systemId, requirement.id));
        }
        return *it;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RefColumn:
            return requirement.ref;
        case TitleColumn:
            return requirement.shownTitle;
        case StatusColumn: {
            QString text = StatusStyle::mark(result.status) + u' ' + ComplianceText::requirementStatus(result.status);
            if (result.overridden) {
                text += tr(" (by hand)");
            }
            if (result.evidenceExpired) {
                text += tr(" · evidence expired");
            }
            if (result.testFailed) {
                text += tr(" · test failed");
            }
            return text;
        }
        case DerivationColumn:
            return derivation();
        }
        break;
    case Qt::ToolTipRole:
        // A title in the UI language keeps the official English one in view.
        if (index.column() == TitleColumn && requirement.shownTitle != requirement.title) {
            return CatalogTitles::officialNote(requirement.title);
        }
        return derivation();
    default:
        break;
    }
    return {};
}

QVariant RequirementStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RefColumn:
        return tr("Requirement");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case DerivationColumn:
        return tr("Why");
    }
    return {};
}

ComplianceMatrixModel::ComplianceMatrixModel(Connection& connection, ChangeNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_notifier(notifier)
    , m_engine(std::make_unique<ComplianceEngine>())
{
    if (notifier) {
        // Changes that alter statuses, coalesced: a burst of writes reloads once.
        connect(notifier, &ChangeNotifier::changed, this, [this](const QStringList& types) {
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
                    if (!m_reloadPending) {
                        m_reloadPending = true;
                        QMetaObject::invokeMethod(this, &ComplianceMatrixModel::reload, Qt::QueuedConnection);
                    }
                    return;
                }
            }
        });
    }
}

ComplianceMatrixModel::~ComplianceMatrixModel() = default;

void ComplianceMatrixModel::setFramework(const QString& key)
{
    m_frameworkKey = key;
    reload();
}

void ComplianceMatrixModel::setScope(const SystemScope& scope, bool applicableOnly)
{
    m_scope = scope;
    m_applicableOnly = applicableOnly;
}

void ComplianceMatrixModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_loadedPages.clear();
    m_systems.clear();
    m_requirements.clear();
    m_frameworkId = 0;
    auto engine = ComplianceEngine::load(m_connection);
    auto ids = SystemRepository(m_connection).ids({QString(), false, u"code"_s, false, m_scope});
    if (!engine || !ids) {
        m_engine = std::make_unique<ComplianceEngine>();
        endResetModel();
        Q_EMIT errorOccurred(!engine ? engine.error().message : ids.error().message);
        return;
    }
    m_engine = std::make_unique<ComplianceEngine>(std::move(*engine));
    m_systems = *ids;
    if (const auto* framework = m_engine->framework(m_frameworkKey)) {
        m_frameworkId = framework->id;
        m_requirements = framework->requirements;
    }
    if (m_applicableOnly && m_frameworkId) {
        // Those the framework applies to; their rows are then already derived.
        if (auto loaded = m_engine->loadSystems(m_connection, m_systems); !loaded) {
            m_systems.clear();
            endResetModel();
            Q_EMIT errorOccurred(loaded.error().message);
            return;
        }
        QList<qint64> applicable;
        for (qint64 id : std::as_const(m_systems)) {
            if (m_engine->applicability(id, m_frameworkId).applies) {
                applicable << id;
            }
        }
        m_systems = applicable;
    }
    endResetModel();
}

void ComplianceMatrixModel::ensureLoaded(int row) const
{
    const int page = row / PageSize;
    if (m_loadedPages.contains(page)) {
        return;
    }
    const QList<qint64> ids = m_systems.mid(page * PageSize, PageSize);
    if (auto loaded = m_engine->loadSystems(m_connection, ids); !loaded) {
        qWarning("compliance matrix: %s", qPrintable(loaded.error().message));
        return; // tried again when the rows are shown again
    }
    m_loadedPages.insert(page);
}

qint64 ComplianceMatrixModel::systemIdAt(int row) const
{
    return row >= 0 && row < m_systems.size() ? m_systems[row] : 0;
}

qint64 ComplianceMatrixModel::requirementIdAt(int column) const
{
    const int index = column - FixedColumns;
    return index >= 0 && index < m_requirements.size() ? m_engine->requirements().at(m_requirements[index]).id : 0;
}

int ComplianceMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_systems.size());
}

int ComplianceMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_frameworkId ? 0 : FixedColumns + int(m_requirements.size());
}

QVariant ComplianceMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_systems.size()) {
        return {};
    }
    const qint64 system = m_systems[index.row()];
    if (role == SystemIdRole) {
        return system;
    }
    // Only the roles this model answers are worth deriving a status for.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != StatusCodeRole && role != Qt::TextAlignmentRole) {
        return {};
    }
    ensureLoaded(index.row());
    const FrameworkApplicability applicability = m_engine->applicability(system, m_frameworkId);
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) {
            return m_engine->systemCode(system);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1\n%2: %3")
                .arg(m_engine->systemName(system),
                     applicability.applies ? tr("applies") : tr("does not apply"),
                     applicability.reason);
        }
        return {};
    }
    if (index.column() == 1) {
        if (!applicability.applies) {
            return role == Qt::DisplayRole ? tr("n/a") : QVariant();
        }
        const Coverage c = m_engine->coverage(system, m_frameworkId);
        if (role == Qt::DisplayRole) {
            return c.percentText();
        }
        if (role == Qt::ToolTipRole) {
            return QString(c.countsText() + u"\n\n"_s + Coverage::formula());
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    const qint64 requirement = requirementIdAt(index.column());
    if (!requirement) {
        return {};
    }
    bool applies = applicability.applies;
    if (applies && m_engine->framework(m_frameworkKey)->key == u"eu-ai-act"_s) {
        applies = false;
        for (int r : m_engine->applicableRequirements(system, m_frameworkId)) {
            applies = applies || m_engine->requirements().at(r).id == requirement;
        }
    }
    if (!applies) {
        return role == Qt::ToolTipRole ? tr("Does not apply to this system.") : QVariant();
    }
    const RequirementResult result = m_engine->evaluate(system, requirement);
    switch (role) {
    case Qt::DisplayRole:
        return StatusStyle::mark(result.status);
    case StatusCodeRole:
        return result.status;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return m_engine->explain(system, requirement);
    default:
        return {};
    }
}

QVariant ComplianceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (section == 0) {
        return role == Qt::DisplayRole ? tr("System") : QVariant();
    }
    if (section == 1) {
        if (role == Qt::DisplayRole) {
            return tr("Coverage");
        }
        return role == Qt::ToolTipRole ? Coverage::formula() : QVariant();
    }
    const int index = section - FixedColumns;
    if (index < 0 || index >= m_requirements.size()) {
        return {};
    }
    const auto& requirement = m_engine->requirements().at(m_requirements[index]);
    if (role == Qt::DisplayRole) {
        return requirement.ref;
    }
    if (role == Qt::ToolTipRole) {
        const QString title = tr("%1 %2").arg(requirement.ref, requirement.shownTitle);
        return requirement.shownTitle == requirement.title
                   ? title
                   : title + u'\n' + CatalogTitles::officialNote(requirement.title);
    }
    return {};
}

} // namespace attest
