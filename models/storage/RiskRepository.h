#pragma once

#include "core/Result.h"
#include "risk/Risk.h"
#include "storage/EntitySpec.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace attest {

class Connection;

// What part of the register to show; the register list and the heat map take the same filter, so their counts agree.
struct RiskFilter
{
    qint64 systemId = 0;
    QString businessUnit; // the systems of one business unit
    qint64 threatId = 0;
    QString level; // the current level: residual once assessed, else inherent
    QString owner;
    bool overdueOnly = false;
    bool openOnly = false; // not closed (open, being treated or accepted)
    QString today;         // YYYY-MM-DD, for overdueOnly
    int likelihood = 0;    // a heat-map cell (0: any)
    int impact = 0;
    bool residual = false; // the cell is on the residual map (unassessed residual = inherent)
    bool operator==(const RiskFilter&) const = default;
};

// A risk with the names a list shows, read in one query.
struct RiskRow
{
    Risk risk;
    QString systemCode;
    QString threatName;
};

// Reads threats, the versioned risk matrix and the risk register. Writes go through the audited WriteTransaction;
// the rules live in RiskService.
class RiskRepository
{
    Q_DECLARE_TR_FUNCTIONS(RiskRepository)

public:
    explicit RiskRepository(Connection& connection);

    static const EntitySpec& threatSpec();
    static const EntitySpec& threatLinkSpec();
    static const EntitySpec& threatControlSpec();
    static const EntitySpec& matrixSpec();
    static const EntitySpec& riskSpec();
    static const EntitySpec& riskControlSpec();
    static QList<const EntitySpec*> specs();
    static FieldValues toValues(const Threat& threat);
    static FieldValues toValues(const Risk& risk);

    Result<QList<Threat>> threats() const;
    Result<std::optional<Threat>> threatByCode(const QString& code) const;
    Result<QList<qint64>> threatRequirementIds(qint64 threatId) const; // OWASP, ATLAS entries
    Result<QList<qint64>> threatControlIds(qint64 threatId) const;     // suggested controls

    // The current (highest) version, or nullopt before the first one exists.
    Result<std::optional<RiskMatrix>> currentMatrix() const;
    Result<std::optional<RiskMatrix>> matrix(int version) const;

    // Matching risk ids in list order (system code, then current score, highest first).
    Result<QList<qint64>> riskIds(const RiskFilter& filter) const;
    Result<qint64> countRisks(const RiskFilter& filter) const;
    // (likelihood, impact) -> count, on the inherent or residual map, for the filter (its own cell ignored).
    Result<QHash<QPair<int, int>, int>> heatMap(const RiskFilter& filter, bool residual) const;
    Result<QList<RiskRow>> fetch(const QList<qint64>& ids) const; // same order, with controls
    Result<std::optional<Risk>> risk(qint64 id) const;
    Result<QStringList> owners() const;
    // Threat id -> number of matching risks.
    Result<QHash<qint64, int>> countByThreat(const RiskFilter& filter) const;
    // Risks per current level (residual once assessed, else inherent).
    Result<QMap<QString, int>> countByLevel(const RiskFilter& filter) const;
    // The risks that are not closed, counted by system, owner and current level: what any dashboard filter needs.
    struct OpenRiskGroup
    {
        qint64 systemId = 0;
        QString owner;
        QString level;
        int risks = 0;
    };
    Result<QList<OpenRiskGroup>> openRiskGroups() const;
    // What the dashboard filters risks by and shows of them, per risk: system, owner, threat, residual cell
    // (inherent where no residual is assessed), current level, and whether it is closed.
    struct Facet
    {
        qint64 systemId = 0;
        QString owner;
        qint64 threatId = 0;
        int likelihood = 0;
        int impact = 0;
        QString level;
        bool closed = false;
    };
    // Every risk's facets, or those of the given risks (ids that no longer exist are simply absent).
    Result<QHash<qint64, Facet>> facets(const QList<qint64>& ids = {}) const;
    // Register key (see riskKey) -> risk id, for finding rows an import would add twice.
    Result<QHash<QString, qint64>> riskKeys() const;
    // Every risk in one light query, for finding one by part of its text: id, system, system code, threat, scenario.
    struct Label
    {
        qint64 id = 0;
        qint64 systemId = 0;
        QString systemCode;
        QString threat;
        QString scenario;
    };
    Result<QList<Label>> labels() const;
    // A risk is the same entry when system, threat and scenario (case and spacing aside) agree.
    static QString riskKey(qint64 systemId, qint64 threatId, const QString& scenario);

private:
    Connection& m_connection;
};

} // namespace attest
