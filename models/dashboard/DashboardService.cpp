#include "DashboardService.h"

#include "storage/AuditRepository.h"
#include "storage/Connection.h"
#include "storage/SystemRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace attest {

DashboardService::DashboardService(Connection& connection)
    : m_connection(connection)
{ }

DashboardService::~DashboardService() = default;

void DashboardService::invalidate(const QStringList& entityTypes)
{
    // What coverage depends on: the catalogs and mappings, the controls and their implementations, evidence,
    // assessments, applicability, the SoA, and the systems themselves. Risks, findings and interviews do not.
    static const QStringList coverage = {u"ai_system"_s,
                                         u"framework"_s,
                                         u"requirement"_s,
                                         u"requirement_mapping"_s,
                                         u"control"_s,
                                         u"control_mapping"_s,
                                         u"applicability"_s,
                                         u"control_implementation"_s,
                                         u"requirement_assessment"_s,
                                         u"evidence"_s,
                                         u"evidence_link"_s,
                                         u"soa_entry"_s};
    for (const QString& t : entityTypes) {
        if (coverage.contains(t)) {
            m_coverageValid = false;
        }
        // The risk counts: the risks (read again by id), and the systems' business units.
        if (t == u"risk"_s) {
            m_risksStale = true;
        }
        if (t == u"ai_system"_s) {
            m_unitsValid = false;
        }
    }
}

void DashboardService::invalidateAll()
{
    m_coverageValid = false;
    m_risksValid = false;
    m_unitsValid = false;
}

Result<void> DashboardService::loadRisks()
{
    // The head first: whatever is committed after it is read again next time.
    auto head = m_connection.auditHead();
    if (!head) {
        return head.error();
    }
    RiskRepository risks(m_connection);
    if (m_risksValid && m_risksStale) {
        auto touched = AuditRepository(m_connection).touched(u"risk"_s, m_risksSeq, head->seq);
        if (!touched) {
            return touched.error();
        }
        if (touched->size() <= 5000) { // an edit, not an import: read those risks only
            const QList<qint64> ids(touched->cbegin(), touched->cend());
            if (ids.isEmpty()) {
                m_risksSeq = head->seq;
                m_risksStale = false;
                return {};
            }
            auto changed = risks.facets(ids);
            if (!changed) {
                return changed.error();
            }
            for (qint64 id : ids) {
                if (const auto it = changed->constFind(id); it != changed->cend()) {
                    m_risks.insert(id, *it);
                } else {
                    m_risks.remove(id); // deleted
                }
            }
            m_risksSeq = head->seq;
            m_risksStale = false;
            return {};
        }
    }
    auto all = risks.facets();
    if (!all) {
        return all.error();
    }
    m_risks = std::move(*all);
    m_risksSeq = head->seq;
    m_risksValid = true;
    m_risksStale = false;
    return {};
}

Result<void> DashboardService::loadUnits()
{
    auto facets = SystemRepository(m_connection).facets();
    if (!facets) {
        return facets.error();
    }
    m_unitOf.clear();
    m_unitOf.reserve(facets->size());
    for (const SystemFacet& f : *facets) {
        m_unitOf.insert(f.id, f.businessUnit);
    }
    m_unitsValid = true;
    return {};
}

Result<void> DashboardService::loadCoverage(const QString& today)
{
    auto facets = SystemRepository(m_connection).facets();
    if (!facets) {
        return facets.error();
    }
    QList<qint64> systems;
    for (const SystemFacet& s : *facets) {
        if (!s.retired()) {
            systems << s.id;
        }
    }
    auto table = Dashboard::coverageTable(m_connection, systems, QDate::fromString(today, Qt::ISODate), true);
    if (!table) {
        return table.error();
    }
    m_coverage = std::move(*table);
    m_coverageDay = today;
    m_coverageValid = true;
    return {};
}

void DashboardService::setHistory(std::shared_ptr<const TrendHistory> history)
{
    m_history = std::move(history);
    m_pastValid = false;
}

Result<DashboardData> DashboardService::compute(const DashboardFilter& input)
{
    DashboardFilter filter = input;
    if (filter.today.isEmpty()) {
        filter.today = QDate::currentDate().toString(Qt::ISODate);
    }
    if (!m_coverageValid || m_coverageDay != filter.today) { // expiry dates move with the day
        if (auto loaded = loadCoverage(filter.today); !loaded) {
            return loaded.error();
        }
    }
    if (!m_risksValid || m_risksStale) {
        if (auto loaded = loadRisks(); !loaded) {
            return loaded.error();
        }
    }
    if (!m_unitsValid) {
        if (auto loaded = loadUnits(); !loaded) {
            return loaded.error();
        }
    }
    auto data = Dashboard::compute(
        m_connection,
        filter,
        [this](const QList<qint64>& systemIds,
               qint64 frameworkId,
               const QDate&) -> Result<QList<DashboardData::FrameworkCoverage>> {
            return Dashboard::sum(m_coverage, systemIds, frameworkId);
        },
        [this](const RiskFilter& rf) -> Result<RiskCounts> { return Dashboard::countRisks(m_risks, rf, m_unitOf); });
    if (data && m_history && m_history->today == QDate::fromString(filter.today, Qt::ISODate)) {
        // The past does not change: its points are worked out once per filter, only today's are new.
        if (!m_pastValid || !(m_pastFilter == filter)) {
            m_past = Trends::past(*m_history, filter);
            m_pastFilter = filter;
            m_pastValid = true;
        }
        data->trend = Trends::series(*m_history, m_past, {data->coverage, data->openRisksByLevel});
    }
    return data;
}

} // namespace attest
