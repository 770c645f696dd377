#include "RiskRegisterModel.h"

#include "compliance/Compliance.h"
#include "compliance/ComplianceEngine.h"
#include "storage/ChangeNotifier.h"
#include "storage/Connection.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace attest {

RiskRegisterModel::RiskRegisterModel(Connection& connection, ChangeNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_notifier(notifier)
{
    if (notifier) {
        // Risks, threats and the matrix change the rows; controls and systems change what rows show. A burst of
        // writes (an import) reloads once.
        connect(notifier, &ChangeNotifier::changed, this, [this](const QStringList& types) {
            static const QStringList relevant = {u"risk"_s,
                                                 u"risk_control"_s,
                                                 u"threat"_s,
                                                 u"risk_matrix"_s,
                                                 u"ai_system"_s,
                                                 u"control"_s,
                                                 u"control_implementation"_s,
                                                 u"evidence"_s,
                                                 u"evidence_link"_s,
                                                 u"soa_entry"_s};
            for (const QString& t : types) {
                if (relevant.contains(t)) {
                    if (!m_reloadPending) {
                        m_reloadPending = true;
                        QMetaObject::invokeMethod(this, &RiskRegisterModel::reload, Qt::QueuedConnection);
                    }
                    return;
                }
            }
        });
    }
}

RiskRegisterModel::~RiskRegisterModel() = default;

void RiskRegisterModel::setFilter(const RiskFilter& filter)
{
    m_filter = filter;
    reload();
}

void RiskRegisterModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_pages.clear();
    m_engine.reset();
    m_engineSystems.clear();
    m_matrices.clear();
    m_today = QDate::currentDate().toString(Qt::ISODate);
    if (m_filter.overdueOnly) {
        m_filter.today = m_today;
    }
    auto ids = RiskRepository(m_connection).riskIds(m_filter);
    m_ids = ids ? *ids : QList<qint64>();
    endResetModel();
    if (!ids) {
        Q_EMIT errorOccurred(ids.error().message);
    }
    Q_EMIT reloaded();
}

void RiskRegisterModel::ensureLoaded(int row) const
{
    const int page = row / PageSize;
    if (m_pages.contains(page)) {
        return;
    }
    auto rows = RiskRepository(m_connection).fetch(m_ids.mid(qsizetype(page) * PageSize, PageSize));
    if (!rows) {
        qWarning("risk register: %s", qPrintable(rows.error().message));
        return;
    }
    m_pages.insert(page, *rows);
}

const RiskRow* RiskRegisterModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    ensureLoaded(row);
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend() || row % PageSize >= page->size()) {
        return nullptr;
    }
    const RiskRow& r = page->at(row % PageSize);
    return r.risk.id == m_ids[row] ? &r : nullptr;
}

qint64 RiskRegisterModel::riskIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int RiskRegisterModel::rowOf(qint64 riskId) const
{
    return int(m_ids.indexOf(riskId));
}

const RiskMatrix* RiskRegisterModel::matrix(int version) const
{
    auto it = m_matrices.find(version);
    if (it == m_matrices.end()) {
        auto m = RiskRepository(m_connection).matrix(version);
        it = m_matrices.insert(version, m && m->has_value() ? **m : RiskMatrix());
    }
    return it->likelihood.isEmpty() ? nullptr : &*it;
}

QString RiskRegisterModel::explain(const Risk& r, bool residual) const
{
    const RiskMatrix* m = matrix(r.matrixVersion);
    return m ? m->explain(r, residual) : QString();
}

QList<RiskRegisterModel::ControlState> RiskRegisterModel::controlStates(const Risk& r) const
{
    QList<ControlState> states;
    if (r.controlIds.isEmpty()) {
        return states;
    }
    if (!m_engine) {
        auto engine = ComplianceEngine::load(m_connection);
        if (!engine) {
            qWarning("risk register: %s", qPrintable(engine.error().message));
            return states;
        }
        m_engine = std::make_unique<ComplianceEngine>(std::move(*engine));
    }
    if (!m_engineSystems.contains(r.systemId)) {
        // The systems of the whole page at once.
        QList<qint64> systems;
        const int row = rowOf(r.id);
        if (row >= 0) {
            for (const RiskRow& other : m_pages.value(row / PageSize)) {
                if (!m_engineSystems.contains(other.risk.systemId) && !systems.contains(other.risk.systemId)) {
                    systems << other.risk.systemId;
                }
            }
        }
        if (!systems.contains(r.systemId)) {
            systems << r.systemId;
        }
        if (auto loaded = m_engine->loadSystems(m_connection, systems); !loaded) {
            qWarning("risk register: %s", qPrintable(loaded.error().message));
            return states;
        }
        for (qint64 s : systems) {
            m_engineSystems.insert(s);
        }
    }
    for (qint64 id : r.controlIds) {
        for (const ComplianceEngine::ControlInfo& c : m_engine->controls()) {
            if (c.id == id) {
                states << ControlState{c.code, c.name, m_engine->controlStatus(r.systemId, id)};
                break;
            }
        }
    }
    return states;
}

int RiskRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RiskRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size()) {
        return {};
    }
    if (role == RiskIdRole) {
        return m_ids[index.row()];
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SystemIdRole && role != LevelColourRole &&
        role != OverdueRole) {
        return {};
    }
    const RiskRow* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const Risk& r = row->risk;
    if (role == SystemIdRole) {
        return r.systemId;
    }
    if (role == OverdueRole) {
        return r.isOverdue(m_today);
    }
    auto levelColour = [this, &r](int score) -> QVariant {
        const RiskMatrix* m = matrix(r.matrixVersion);
        return m ? QVariant(m->band(score).colour) : QVariant();
    };
    switch (Column(index.column())) {
    case SystemColumn:
        return role == Qt::DisplayRole ? QVariant(row->systemCode) : QVariant();
    case ThreatColumn:
        return role == Qt::DisplayRole ? QVariant(row->threatName) : QVariant();
    case ScenarioColumn:
        if (role == Qt::DisplayRole) {
            return r.scenario.simplified();
        }
        return role == Qt::ToolTipRole ? QVariant(r.scenario) : QVariant();
    case InherentColumn:
        if (role == Qt::DisplayRole) {
            return u"%1 %2"_s.arg(r.inherentScore).arg(r.inherentLevel);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1\n(risk matrix version %2)").arg(explain(r, false)).arg(r.matrixVersion);
        }
        return role == LevelColourRole ? levelColour(r.inherentScore) : QVariant();
    case TreatmentColumn:
        return role == Qt::DisplayRole ? QVariant(RiskText::treatment(r.treatment)) : QVariant();
    case ControlsColumn: {
        if (r.controlIds.isEmpty()) {
            return role == Qt::DisplayRole ? QVariant(tr("none")) : QVariant();
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        const QList<ControlState> states = controlStates(r);
        int implemented = 0;
        QStringList lines;
        for (const ControlState& s : states) {
            implemented += s.status == u"implemented"_s ? 1 : 0;
            lines << tr("%1 %2: %3").arg(s.code, s.name, ComplianceText::implementationStatus(s.status));
        }
        if (role == Qt::ToolTipRole) {
            return lines.join(u'\n');
        }
        return tr("%1/%2 implemented").arg(implemented).arg(states.size());
    }
    case ResidualColumn:
        if (!r.hasResidual()) {
            return role == Qt::DisplayRole ? QVariant(tr("not assessed")) : QVariant();
        }
        if (role == Qt::DisplayRole) {
            return u"%1 %2"_s.arg(r.residualScore).arg(r.residualLevel);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%1\n(risk matrix version %2)").arg(explain(r, true)).arg(r.matrixVersion);
        }
        return role == LevelColourRole ? levelColour(r.residualScore) : QVariant();
    case OwnerColumn:
        return role == Qt::DisplayRole ? QVariant(r.owner) : QVariant();
    case DueColumn:
        if (role == Qt::DisplayRole) {
            return r.dueDate;
        }
        return role == Qt::ToolTipRole && r.isOverdue(m_today) ? QVariant(tr("Overdue since %1").arg(r.dueDate))
                                                               : QVariant();
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return RiskText::status(r.status);
        }
        if (role == Qt::ToolTipRole && r.status == u"accepted"_s) {
            return tr("Accepted by %1 on %2: %3").arg(r.acceptedBy, r.acceptedOn, r.acceptanceJustification);
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RiskRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case SystemColumn:
        return tr("System");
    case ThreatColumn:
        return tr("Threat");
    case ScenarioColumn:
        return tr("Scenario");
    case InherentColumn:
        return tr("Inherent");
    case TreatmentColumn:
        return tr("Treatment");
    case ControlsColumn:
        return tr("Controls");
    case ResidualColumn:
        return tr("Residual");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace attest
