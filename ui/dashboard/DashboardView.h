#pragma once

#include "dashboard/Dashboard.h"
#include "dashboard/Trends.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QColor>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QGridLayout;
class QLabel;
class QThread;
class QTimer;

namespace attest {
class Workspace;
}

namespace attest::ui {

class DashboardWorker;
class TrendWorker;
class HeatMapWidget;

// The home dashboard: coverage per framework, the residual risk heat map, risks by threat, systems by EU AI Act
// tier and by lifecycle stage, findings by due date with the overdue ones, evidence expiring soon and systems
// overdue for review, for a business unit, a system, a framework or an owner. The numbers are computed on a worker
// thread (its own connection and cache) and refreshed after every commit; the page never waits for them. Every
// bar, slice and cell asks for the list behind it.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardView() override;

    DashboardFilter filter() const { return m_filter; }
    void setFilter(const DashboardFilter& filter);
    const DashboardData& data() const { return m_data; }
    int refreshes() const { return m_refreshes; }         // completed, for tests
    bool busy() const { return m_inFlight || m_pending; } // a refresh is on its way
    HeatMapWidget* heatMap() const { return m_heatMap; }
    QComboBox* businessUnitBox() const { return m_businessUnit; }
    // "coverage", "heatmap", "numbers", "threats", "tiers", "lifecycle", "findings", "trendCoverage", "trendRisks"
    QWidget* card(const QString& name) const;
    QComboBox* trendRangeBox() const { return m_range; }
    bool trendReady() const { return !m_data.trend.days.isEmpty(); }

    // A card as an image: PNG (at the screen's pixel ratio) or SVG, chosen by the file name; or to the clipboard.
    // Each card's context menu offers these.
    static bool exportCard(QWidget* card, const QString& path, QString* error = nullptr);
    static void copyCard(QWidget* card);
    // The evidence items behind "N expire within 30 (90) days", in a dialog.
    QDialog* showExpiringEvidence(int days);

Q_SIGNALS:
    // Click-through: the list behind a number.
    // A framework's matrix for exactly the systems its coverage figure sums.
    void complianceRequested(const QString& frameworkKey, const attest::SystemScope& scope, const QString& description);
    void risksRequested(const attest::RiskFilter& filter);
    // Exactly the systems counted; retired ones shown too when they were counted.
    void inventoryRequested(const attest::SystemScope& scope, bool includeRetired, const QString& description);
    void findingsRequested(const attest::FindingScope& scope, const QString& description);
    void refreshed();
    void requestRefresh(const DashboardFilter& filter, const QStringList& changed); // to the worker

private:
    void show(const DashboardData& data, const QString& error);
    void refresh(const QStringList& changed = {});
    void fillFilterChoices();
    void scheduleMidnight();
    void requestHistory();
    RiskFilter riskFilter() const;     // the filter's system, business unit and owner, for the register
    SystemScope systemScope() const;   // the filter's business unit, system and owner
    FindingScope findingScope() const; // the filter's business unit, system, owner and framework
    // "what, business unit “X”, owner “Y”"; the framework too where it narrowed the count (findings).
    QString describeScope(const QString& what, bool withFramework = false) const;
    void showTrendProgress(int percent, const QString& error);
    QString trendPlaceholderText() const;
    QWidget* trendCard(const QString& name);
    struct Line
    {
        QString name;
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        QList<double> values; // NaN: no figure that day
        std::function<void()> clicked;
    };
    QWidget* lineChart(const QList<QDate>& days, const QList<Line>& lines, double maximum, const QString& suffix);
    QWidget* barChart(const QString& title,
                      const QStringList& labels,
                      const QList<double>& values,
                      const QStringList& valueLabels,
                      const std::function<void(int)>& clicked,
                      double maximum = 0);

    Workspace& m_workspace;
    DashboardFilter m_filter;          // chosen in the boxes
    DashboardFilter m_requestedFilter; // of the request with the worker
    DashboardFilter m_shownFilter;     // of the numbers shown
    DashboardData m_data;
    int m_refreshes = 0;
    bool m_inFlight = false;    // a request is with the worker
    bool m_pending = false;     // another is wanted once it answers
    QStringList m_pendingTypes; // what changed meanwhile
    QTimer* m_midnight = nullptr;
    QThread* m_thread = nullptr;
    DashboardWorker* m_worker = nullptr;
    QThread* m_trendThread = nullptr;
    TrendWorker* m_trendWorker = nullptr;
    std::shared_ptr<std::atomic_bool> m_trendCancel;
    QHash<int, std::shared_ptr<const TrendHistory>> m_histories; // by range, for one day
    int m_trendPercent = -1;
    QString m_trendError;
    QComboBox* m_range = nullptr;
    QComboBox* m_businessUnit = nullptr;
    QComboBox* m_system = nullptr;
    QComboBox* m_framework = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_status = nullptr;
    QGridLayout* m_grid = nullptr;
    HeatMapWidget* m_heatMap = nullptr;
    QLabel* m_numbers = nullptr;
    QHash<QString, QWidget*> m_cards;
};

} // namespace attest::ui

Q_DECLARE_METATYPE(attest::DashboardFilter)
