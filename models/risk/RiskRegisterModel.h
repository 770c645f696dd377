#pragma once

#include "risk/Risk.h"
#include "storage/RiskRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

namespace attest {

class ChangeNotifier;
class ComplianceEngine;
class Connection;

// The risk register as a table, for one system or all, under a RiskFilter (the heat map takes the same filter,
// so their counts agree). Only the matching ids are read up front; rows are fetched a page at a time when shown,
// with the live implementation status of their treating controls, so 100,000 risks open quickly.
class RiskRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SystemColumn,
        ThreatColumn,
        InherentColumn,
        ResidualColumn,
        TreatmentColumn,
        StatusColumn,
        DueColumn,
        ControlsColumn,
        OwnerColumn,
        ScenarioColumn, // last: it takes the room that is left
        ColumnCount
    };
    enum Role
    {
        RiskIdRole = Qt::UserRole + 1,
        SystemIdRole,
        LevelColourRole, // the band's colour ("#rrggbb"), on the inherent and residual columns
        OverdueRole,
    };
    static constexpr int PageSize = 200;

    RiskRegisterModel(Connection& connection, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~RiskRegisterModel() override;

    void setFilter(const RiskFilter& filter);
    const RiskFilter& filter() const { return m_filter; }
    void reload();

    qint64 riskIdAt(int row) const;
    int rowOf(qint64 riskId) const; // -1 when not listed
    // The risk on a row, read through the page cache.
    const RiskRow* rowAt(int row) const;
    // "likelihood 4 Likely × impact 5 Severe = 20 → Critical", with the matrix version the score was made with.
    QString explain(const Risk& risk, bool residual) const;
    // Each treating control with its live status for the risk's system: {code, name, status code}.
    struct ControlState
    {
        QString code;
        QString name;
        QString status;
    };
    QList<ControlState> controlStates(const Risk& risk) const;
    const RiskMatrix* matrix(int version) const;
    QString today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void reloaded();

private:
    void ensureLoaded(int row) const;

    Connection& m_connection;
    QPointer<ChangeNotifier> m_notifier;
    RiskFilter m_filter;
    QString m_today;
    QList<qint64> m_ids;
    mutable QHash<int, QList<RiskRow>> m_pages;
    mutable std::unique_ptr<ComplianceEngine> m_engine; // loaded when the first row is shown
    mutable QSet<qint64> m_engineSystems;
    mutable QHash<int, RiskMatrix> m_matrices;
    bool m_reloadPending = false;
};

} // namespace attest
