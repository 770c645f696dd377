#include "dashboard/DashboardView.h"

#include "compliance/Compliance.h"
#include "dashboard/DashboardService.h"
#include "dashboard/Trends.h"
#include "inventory/AiSystem.h"
#include "risk/HeatMapWidget.h"
#include "storage/CatalogRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <atomic>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(attest::DashboardData)

namespace attest::ui {

// Computes dashboards on its own thread, with its own connection and cache.
class DashboardWorker : public QObject
{
    Q_OBJECT

public:
    explicit DashboardWorker(Workspace& workspace)
        : m_workspace(workspace)
    { }

public Q_SLOTS:
    void compute(const attest::DashboardFilter& filter, const QStringList& changed)
    {
        if (!m_connection) {
            auto opened = m_workspace.openConnection(Workspace::Access::ReadOnly);
            if (!opened) {
                Q_EMIT done(DashboardData(), opened.error().message);
                return;
            }
            m_connection = std::move(*opened);
            m_service = std::make_unique<DashboardService>(*m_connection);
            ensureService();
        }
        m_service->invalidate(changed);
        auto data = m_service->compute(filter);
        Q_EMIT done(data ? *data : DashboardData(), data ? QString() : data.error().message);
    }
    void stop()
    {
        m_service.reset();
        m_connection.reset(); // closed in the thread that opened it
    }
    // Called on the worker's thread, before the refresh that should show it.
    void setHistory(std::shared_ptr<const TrendHistory> history)
    {
        m_history = std::move(history);
        if (m_service) {
            m_service->setHistory(m_history);
        }
    }

Q_SIGNALS:
    void done(const attest::DashboardData& data, const QString& error);

private:
    void ensureService()
    {
        if (m_service) {
            m_service->setHistory(m_history);
        }
    }

    Workspace& m_workspace;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<DashboardService> m_service;
    std::shared_ptr<const TrendHistory> m_history;
};

// Rebuilds the trend's past days from the audit trail on its own thread and connection: at scale it takes seconds,
// and the other cards must not wait for it.
class TrendWorker : public QObject
{
    Q_OBJECT

public:
    explicit TrendWorker(Workspace& workspace)
        : m_workspace(workspace)
    { }

    using Progress = std::function<void(int percent)>;
    using Done = std::function<void(std::shared_ptr<const TrendHistory> history, const QString& error)>;

    // Runs on the worker's thread; `progress` and `done` are called there too (they post to the view).
    void compute(TrendRange range,
                 const QDate& today,
                 const std::shared_ptr<std::atomic_bool>& cancel,
                 const Progress& progress,
                 const Done& done)
    {
        if (cancel->load()) {
            return;
        }
        if (!m_connection) {
            auto opened = m_workspace.openConnection(Workspace::Access::ReadOnly);
            if (!opened) {
                done({}, opened.error().message);
                return;
            }
            m_connection = std::move(*opened);
        }
        int last = -1;
        auto history = Trends::history(*m_connection, range, today, [&](int percent) {
            if (percent != last) {
                last = percent;
                progress(percent);
            }
            return !cancel->load();
        });
        if (!history) {
            if (history.error().code != ErrorCode::Cancelled) {
                done({}, history.error().message);
            }
            return;
        }
        done(std::make_shared<const TrendHistory>(std::move(*history)), {});
    }
    void stop() { m_connection.reset(); }

private:
    Workspace& m_workspace;
    std::unique_ptr<Connection> m_connection;
};

namespace {

QGroupBox* cardBox(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    box->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(DashboardView::tr("&Copy Chart"), box);
    QObject::connect(copy, &QAction::triggered, box, [box] { DashboardView::copyCard(box); });
    auto* save = new QAction(DashboardView::tr("&Save Chart As…"), box);
    QObject::connect(save, &QAction::triggered, box, [box, title] {
        // The card may be rebuilt by a refresh while the dialog is open: it is only used if it is still there.
        const QPointer<QGroupBox> card(box);
        QWidget* window = box->window();
        const QString path = QFileDialog::getSaveFileName(
            window,
            DashboardView::tr("Save Chart"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s + title + u".png"_s,
            DashboardView::tr("PNG image (*.png);;SVG drawing (*.svg)"));
        QString error;
        if (!path.isEmpty() && card && !DashboardView::exportCard(card, path, &error)) {
            QMessageBox::warning(window, DashboardView::tr("Save Chart"), error);
        }
    });
    box->addActions({copy, save});
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

// A tick step of 1, 2 or 5 times a power of ten, at least 1: counts are whole.
double niceStep(double raw)
{
    if (raw <= 1) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
}

// A chart that asks for the room its minimum height gives it, not for a screenful (QGraphicsView's own hint): the
// cards then share the page instead of the first row taking it all.
class ChartView : public QChartView
{
public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return {360, minimumHeight()}; }
};

// Okabe–Ito: told apart with every common colour-vision deficiency.
const QColor Blue(0x00, 0x72, 0xb2);
const QColor Orange(0xe6, 0x9f, 0x00);
const QColor Vermillion(0xd5, 0x5e, 0x00);
const QColor BluishGreen(0x00, 0x9e, 0x73);
const QColor SkyBlue(0x56, 0xb4, 0xe9);
const QColor ReddishPurple(0xcc, 0x79, 0xa7);
const QColor Grey(0x80, 0x80, 0x80);

} // namespace

DashboardView::DashboardView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"dashboardView"_s);
    qRegisterMetaType<attest::DashboardData>();
    qRegisterMetaType<attest::DashboardFilter>();

    m_businessUnit = new QComboBox;
    m_system = new QComboBox;
    m_system->setMinimumContentsLength(16);
    m_framework = new QComboBox;
    m_owner = new QComboBox;
    m_status = new QLabel;
    auto* filters = new QHBoxLayout;
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Business unit:"), m_businessUnit));
    filters->addWidget(m_businessUnit, 1);
    filters->addWidget(label(tr("S&ystem:"), m_system));
    filters->addWidget(m_system, 1);
    filters->addWidget(label(tr("&Framework:"), m_framework));
    filters->addWidget(m_framework, 1);
    filters->addWidget(label(tr("O&wner:"), m_owner));
    filters->addWidget(m_owner, 1);
    m_range = new QComboBox;
    m_range->addItem(tr("Last 30 days"), int(TrendRange::Days30));
    m_range->addItem(tr("Last 13 weeks"), int(TrendRange::Weeks13));
    m_range->addItem(tr("Last 12 months"), int(TrendRange::Months12));
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("How far back the trends look"));
    filters->addWidget(label(tr("&Trends:"), m_range));
    filters->addWidget(m_range);
    filters->addWidget(m_status);

    m_grid = new QGridLayout;
    m_heatMap = new HeatMapWidget;
    m_heatMap->setObjectName(u"dashboardHeatMap"_s);
    connect(m_heatMap, &HeatMapWidget::cellActivated, this, [this](int l, int i) {
        if (!l || !i) {
            return;
        }
        m_heatMap->setSelectedCell(0, 0);
        RiskFilter f = riskFilter();
        f.likelihood = l;
        f.impact = i;
        f.residual = true;
        Q_EMIT risksRequested(f);
    });
    m_cards.insert(u"heatmap"_s, cardBox(tr("Residual risk"), m_heatMap));
    m_numbers = new QLabel;
    m_numbers->setWordWrap(true);
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_numbers, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(u"evidence"_s)) {
            showExpiringEvidence(link == u"evidence30"_s ? 30 : 90);
        } else if (link == u"review"_s) {
            SystemScope scope = systemScope();
            scope.reviewBefore =
                m_shownFilter.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_shownFilter.today;
            Q_EMIT inventoryRequested(scope, false, describeScope(tr("AI systems in force overdue for review")));
        } else {
            FindingScope scope = findingScope();
            scope.overdueOnly = true;
            Q_EMIT findingsRequested(scope, describeScope(tr("overdue findings"), true));
        }
    });
    m_cards.insert(u"numbers"_s, cardBox(tr("Needs attention"), m_numbers));

    // The cards scroll rather than squeeze when the window is small or the fonts are large.
    auto* cards = new QWidget;
    cards->setLayout(m_grid);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"dashboardCards"_s);
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cards);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);

    fillFilterChoices();
    for (QComboBox* box : {m_businessUnit, m_system, m_framework, m_owner}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            DashboardFilter f;
            f.businessUnit = m_businessUnit->currentData().toString();
            f.systemId = m_system->currentData().toLongLong();
            f.frameworkId = m_framework->currentData().toLongLong();
            f.owner = m_owner->currentData().toString();
            setFilter(f);
        });
    }

    m_thread = new QThread(this);
    m_thread->setObjectName(u"dashboard"_s);
    m_worker = new DashboardWorker(workspace);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &DashboardView::requestRefresh, m_worker, &DashboardWorker::compute, Qt::QueuedConnection);
    connect(m_worker, &DashboardWorker::done, this, &DashboardView::show, Qt::QueuedConnection);
    m_thread->start();
    m_trendThread = new QThread(this);
    m_trendThread->setObjectName(u"dashboard-trend"_s);
    m_trendWorker = new TrendWorker(workspace);
    m_trendWorker->moveToThread(m_trendThread);
    connect(m_trendThread, &QThread::finished, m_trendWorker, &QObject::deleteLater);
    m_trendThread->start();
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { requestHistory(); });
    connect(workspace.notifier(), &ChangeNotifier::changed, this, [this](const QStringList& types) {
        static const QStringList choices = {u"ai_system"_s, u"risk"_s, u"framework"_s};
        for (const QString& t : types) {
            if (choices.contains(t)) {
                fillFilterChoices();
                // A choice that is gone fell back to "All": the numbers follow the boxes.
                m_filter.businessUnit = m_businessUnit->currentData().toString();
                m_filter.systemId = m_system->currentData().toLongLong();
                m_filter.frameworkId = m_framework->currentData().toLongLong();
                m_filter.owner = m_owner->currentData().toString();
                break;
            }
        }
        refresh(types);
    });
    // Overdue and expiring are judged by the day: the numbers are read again just after midnight.
    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this] {
        m_filter.today.clear();
        requestHistory(); // yesterday is history now
        refresh();
        scheduleMidnight();
    });
    scheduleMidnight();
    refresh();
    requestHistory();
}

void DashboardView::requestHistory()
{
    if (m_trendCancel) {
        m_trendCancel->store(true); // the running one is out of date
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_trendCancel = cancel;
    m_trendPercent = 0;
    m_trendError.clear();
    const auto range = TrendRange(m_range->currentData().toInt());
    const QDate today =
        m_filter.today.isEmpty() ? QDate::currentDate() : QDate::fromString(m_filter.today, Qt::ISODate);
    // A range read earlier today is shown at once; otherwise the trend cards wait for the new one (never the
    // previous range under the new label).
    std::shared_ptr<const TrendHistory> known = m_histories.value(int(range));
    if (known && known->today != today) {
        m_histories.clear();
        known.reset();
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, known] { worker->setHistory(known); });
    refresh();
    if (known) {
        m_trendPercent = 100;
        return;
    }
    // Progress and results are posted back to this view; they are dropped when it is gone or the request stale.
    QPointer<DashboardView> view(this);
    auto progress = [view, cancel](int percent) {
        QMetaObject::invokeMethod(
            view,
            [view, cancel, percent] {
                if (view && !cancel->load()) {
                    view->showTrendProgress(percent, {});
                }
            },
            Qt::QueuedConnection);
    };
    auto done = [view, cancel](std::shared_ptr<const TrendHistory> history, const QString& error) {
        QMetaObject::invokeMethod(
            view,
            [view, cancel, history, error] {
                if (!view || cancel->load()) {
                    return;
                }
                if (!history) {
                    view->showTrendProgress(-1, error);
                    return;
                }
                view->m_trendPercent = 100;
                view->m_histories.insert(int(history->range), history);
                QMetaObject::invokeMethod(view->m_worker,
                                          [worker = view->m_worker, history] { worker->setHistory(history); });
                view->refresh();
            },
            Qt::QueuedConnection);
    };
    TrendWorker* worker = m_trendWorker;
    QMetaObject::invokeMethod(m_trendWorker, [worker, range, today, cancel, progress, done] {
        worker->compute(range, today, cancel, progress, done);
    });
    showTrendProgress(0, {});
}

void DashboardView::showTrendProgress(int percent, const QString& error)
{
    m_trendPercent = percent;
    m_trendError = error;
    for (const QString& name : {u"trendCoverage"_s, u"trendRisks"_s}) {
        if (auto* placeholder =
                m_cards.value(name) ? m_cards.value(name)->findChild<QLabel*>(u"trendPlaceholder"_s) : nullptr) {
            placeholder->setText(trendPlaceholderText());
        }
    }
}

QString DashboardView::trendPlaceholderText() const
{
    if (!m_trendError.isEmpty()) {
        return tr("The history could not be read: %1").arg(m_trendError);
    }
    return tr("Reading the workspace's history… %1 %").arg(std::max(0, m_trendPercent));
}

void DashboardView::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 5));
    m_midnight->start(int(std::clamp<qint64>(now.msecsTo(next), 1000, 25LL * 3600 * 1000)));
}

DashboardView::~DashboardView()
{
    if (m_trendCancel) {
        m_trendCancel->store(true);
    }
    QMetaObject::invokeMethod(m_trendWorker, &TrendWorker::stop, Qt::BlockingQueuedConnection);
    m_trendThread->quit();
    m_trendThread->wait();
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

RiskFilter DashboardView::riskFilter() const
{
    RiskFilter f;
    f.systemId = m_shownFilter.systemId;
    f.businessUnit = m_shownFilter.businessUnit;
    f.owner = m_shownFilter.owner;
    return f;
}

SystemScope DashboardView::systemScope() const
{
    SystemScope scope;
    scope.businessUnit = m_shownFilter.businessUnit;
    scope.systemId = m_shownFilter.systemId;
    scope.owner = m_shownFilter.owner;
    return scope;
}

QDialog* DashboardView::showExpiringEvidence(int days)
{
    const QString today =
        m_shownFilter.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_shownFilter.today;
    const bool narrowed =
        !m_shownFilter.businessUnit.isEmpty() || m_shownFilter.systemId || !m_shownFilter.owner.isEmpty();
    auto evidence = Dashboard::expiringEvidence(m_workspace.connection(), m_data.systemIds, narrowed, today, days);
    if (!evidence) {
        QMessageBox::warning(this, tr("Evidence"), evidence.error().message);
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"expiringEvidenceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Evidence Expiring Within %n Days", nullptr, days));
    auto* label = new QLabel(describeScope(tr("Evidence items that stop being valid within %n days", nullptr, days)));
    label->setWordWrap(true);
    auto* table = new QTableWidget(int(evidence->size()), 4);
    table->setObjectName(u"expiringEvidenceTable"_s);
    table->setHorizontalHeaderLabels({tr("Evidence"), tr("Kind"), tr("Collected"), tr("Valid until")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < evidence->size(); ++row) {
        const Evidence& e = evidence->at(row);
        const QString kind = e.kind == u"file"_s ? tr("File") : e.kind == u"link"_s ? tr("Link") : tr("Note");
        const QStringList cells{e.title, kind, e.collectedOn, e.validUntil};
        for (int column = 0; column < cells.size(); ++column) {
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    dialog->open();
    return dialog;
}

FindingScope DashboardView::findingScope() const
{
    FindingScope scope;
    scope.businessUnit = m_shownFilter.businessUnit;
    scope.systemId = m_shownFilter.systemId;
    scope.owner = m_shownFilter.owner;
    scope.frameworkId = m_shownFilter.frameworkId;
    scope.today = m_shownFilter.today.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : m_shownFilter.today;
    return scope;
}

QString DashboardView::describeScope(const QString& what, bool withFramework) const
{
    QStringList parts{what};
    if (!m_shownFilter.businessUnit.isEmpty()) {
        parts << tr("business unit “%1”").arg(m_shownFilter.businessUnit);
    }
    if (m_shownFilter.systemId) {
        parts << tr("system “%1”").arg(m_system->itemText(std::max(0, m_system->findData(m_shownFilter.systemId))));
    }
    if (!m_shownFilter.owner.isEmpty()) {
        parts << tr("owner “%1”").arg(m_shownFilter.owner);
    }
    if (m_shownFilter.frameworkId && withFramework) {
        parts << tr("framework “%1”")
                     .arg(m_framework->itemText(std::max(0, m_framework->findData(m_shownFilter.frameworkId))));
    }
    return parts.join(u", "_s);
}

QWidget* DashboardView::card(const QString& name) const
{
    return m_cards.value(name);
}

bool DashboardView::exportCard(QWidget* card, const QString& path, QString* error)
{
    if (!card) {
        return false;
    }
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(card->size());
        svg.setViewBox(card->rect());
        svg.setTitle(card->property("title").toString());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error) {
                *error = tr("Cannot write “%1”.").arg(path);
            }
            return false;
        }
        card->render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    if (!card->grab().save(path, "PNG")) {
        if (error) {
            *error = tr("Cannot write “%1”.").arg(path);
        }
        return false;
    }
    return true;
}

void DashboardView::copyCard(QWidget* card)
{
    if (card) {
        QGuiApplication::clipboard()->setPixmap(card->grab());
    }
}

void DashboardView::fillFilterChoices()
{
    // Refilled after changes: the current choices stay, unless they are gone.
    const QString unit = m_businessUnit->currentData().toString();
    const qint64 system = m_system->currentData().toLongLong();
    const qint64 framework = m_framework->currentData().toLongLong();
    const QString owner = m_owner->currentData().toString();
    const QSignalBlocker b1(m_businessUnit);
    const QSignalBlocker b2(m_system);
    const QSignalBlocker b3(m_framework);
    const QSignalBlocker b4(m_owner);
    for (QComboBox* box : {m_businessUnit, m_system, m_framework, m_owner}) {
        box->clear();
    }
    Connection& connection = m_workspace.connection();
    auto facets = SystemRepository(connection).facets();
    QStringList units;
    QStringList owners;
    if (facets) {
        for (const SystemFacet& s : *facets) {
            if (!s.businessUnit.isEmpty() && !units.contains(s.businessUnit)) {
                units << s.businessUnit;
            }
            for (const QString& o : {s.businessOwner, s.technicalOwner}) {
                if (!o.isEmpty() && !owners.contains(o)) {
                    owners << o;
                }
            }
        }
    }
    if (auto riskOwners = RiskRepository(connection).owners(); riskOwners) {
        for (const QString& o : *riskOwners) {
            if (!owners.contains(o)) {
                owners << o;
            }
        }
    }
    units.sort(Qt::CaseInsensitive);
    owners.sort(Qt::CaseInsensitive);
    m_businessUnit->addItem(tr("All business units"), QString());
    for (const QString& u : std::as_const(units)) {
        m_businessUnit->addItem(u, u);
    }
    m_system->addItem(tr("All systems"), 0);
    if (auto labels = SystemRepository(connection).labels(); labels) {
        for (const SystemLabel& l : *labels) {
            if (!l.retired) {
                m_system->addItem(u"%1 – %2"_s.arg(l.code, l.name), l.id);
            }
        }
    }
    m_framework->addItem(tr("All frameworks"), 0);
    if (auto frameworks = CatalogRepository(connection).frameworks(); frameworks) {
        for (const Framework& f : *frameworks) {
            m_framework->addItem(f.name, f.id);
        }
    }
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& o : std::as_const(owners)) {
        m_owner->addItem(o, o);
    }
    m_businessUnit->setCurrentIndex(std::max(0, m_businessUnit->findData(unit)));
    m_system->setCurrentIndex(std::max(0, m_system->findData(system)));
    m_framework->setCurrentIndex(std::max(0, m_framework->findData(framework)));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
}

void DashboardView::setFilter(const DashboardFilter& filter)
{
    m_filter = filter;
    refresh();
}

void DashboardView::refresh(const QStringList& changed)
{
    m_status->setText(tr("Updating…"));
    // One request at a time: a burst of commits or filter changes while the worker computes becomes one more
    // request, with the latest filter and everything that changed.
    for (const QString& t : changed) {
        if (!m_pendingTypes.contains(t)) {
            m_pendingTypes << t;
        }
    }
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    m_inFlight = true;
    m_pending = false;
    const QStringList types = m_pendingTypes;
    m_pendingTypes.clear();
    m_requestedFilter = m_filter;
    Q_EMIT requestRefresh(m_filter, types);
}

QWidget* DashboardView::barChart(const QString& title,
                                 const QStringList& labels,
                                 const QList<double>& values,
                                 const QStringList& valueLabels,
                                 const std::function<void(int)>& clicked,
                                 double maximum)
{
    // Qt draws the first category at the bottom: the bars go in reversed, so the list reads top-down as given.
    const qsizetype n = labels.size();
    auto* set = new QBarSet(title);
    set->setColor(Blue);
    for (qsizetype i = n - 1; i >= 0; --i) {
        *set << values.value(i);
    }
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    auto* categories = new QBarCategoryAxis;
    QStringList shown;
    for (qsizetype i = n - 1; i >= 0; --i) {
        shown << (i < valueLabels.size() && !valueLabels[i].isEmpty() ? u"%1  %2"_s.arg(labels[i], valueLabels[i])
                                                                      : labels[i]);
    }
    categories->append(shown);
    // Short names in full (Qt Charts would elide even those); long ones elided rather than cut off at the edge.
    qsizetype longest = 0;
    for (const QString& label : std::as_const(shown)) {
        longest = std::max(longest, label.size());
    }
    categories->setTruncateLabels(longest > 24);
    categories->setLabelsColor(palette().color(QPalette::WindowText));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    double top = maximum;
    for (double v : values) {
        top = std::max(top, v);
    }
    // Whole-number ticks: counts are whole, and percentages step by 25.
    const double step = maximum > 0 ? 25.0 : niceStep(top / 5.0);
    // Room after the longest bar for its value.
    const double end = maximum > 0 ? maximum : std::max(step, std::ceil((top * 1.15 + 0.5) / step) * step);
    axis->setRange(0, end);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%d"_s);
    axis->setLabelsColor(palette().color(QPalette::WindowText));
    // Grid lines that stay in the background in light and dark palettes.
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlphaF(0.15);
    axis->setGridLineColor(grid);
    categories->setGridLineColor(grid);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    connect(set, &QBarSet::clicked, this, [clicked, n](int bar) { clicked(int(n - 1 - bar)); });
    auto* view = new ChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(std::max(150, int(labels.size()) * 26 + 40));
    view->setToolTip(tr("Click a bar for the list behind it."));
    return view;
}

QWidget*
DashboardView::lineChart(const QList<QDate>& days, const QList<Line>& lines, double maximum, const QString& suffix)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    auto* x = new QDateTimeAxis;
    const bool monthly = days.size() > 1 && days.first().daysTo(days.last()) > 120;
    x->setFormat(monthly ? u"MMM yy"_s : u"d MMM"_s);
    x->setTickCount(int(std::clamp<qsizetype>(days.size(), 2, 4)));
    x->setRange(days.value(0).startOfDay(), days.value(days.size() - 1).startOfDay());
    x->setLabelsColor(text);
    x->setGridLineColor(grid);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    double top = maximum;
    for (const Line& line : lines) {
        for (double v : line.values) {
            if (!std::isnan(v)) {
                top = std::max(top, v);
            }
        }
    }
    const double step = maximum > 0 ? 25.0 : niceStep(top / 4.0);
    top = maximum > 0 ? maximum : std::max(step, std::ceil(top / step) * step);
    y->setRange(0, top);
    y->setLabelFormat(u"%d"_s);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelsColor(text);
    y->setGridLineColor(grid);
    chart->addAxis(y, Qt::AlignLeft);
    for (const Line& line : lines) {
        auto* series = new QLineSeries;
        series->setName(line.name);
        QPen pen(line.colour, 2.5, line.style);
        series->setPen(pen);
        series->setPointsVisible(true);
        int last = -1;
        for (qsizetype i = 0; i < days.size() && i < line.values.size(); ++i) {
            if (!std::isnan(line.values[i])) {
                series->append(days[i].startOfDay().toMSecsSinceEpoch(), line.values[i]);
                ++last;
            }
        }
        if (last < 0) {
            delete series;
            continue;
        }
        // Today's value in the legend, beside the line's name.
        series->setName(u"%1  %2%3"_s.arg(line.name).arg(series->at(last).y()).arg(suffix));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        if (line.clicked) {
            connect(series, &QLineSeries::clicked, this, [clicked = line.clicked](const QPointF&) { clicked(); });
        }
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setLabelColor(text);
    chart->legend()->setShowToolTips(true);
    auto* view = new ChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setToolTip(tr("Click a line for today's list behind it."));
    return view;
}

QWidget* DashboardView::trendCard(const QString& name)
{
    const QString title = name == u"trendCoverage"_s ? tr("Coverage over time, %") : tr("Open risks over time");
    const DashboardData::Trend& t = m_data.trend;
    if (t.days.isEmpty()) {
        auto* placeholder = new QLabel(trendPlaceholderText());
        placeholder->setObjectName(u"trendPlaceholder"_s);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        placeholder->setMinimumHeight(240);
        return cardBox(title, placeholder);
    }
    static const QList<QColor> colours = {Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Grey};
    static const QList<Qt::PenStyle> styles = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    QList<Line> lines;
    if (name == u"trendCoverage"_s) {
        for (const DashboardData::Trend::Line& f : t.coverage) {
            Line line;
            line.name = f.shortName.isEmpty() ? f.name : f.shortName;
            const qsizetype n = lines.size();
            line.colour = colours[n % colours.size()];
            line.style = styles[(n / colours.size() + n) % styles.size()];
            bool any = false;
            for (qsizetype i = 0; i < f.points.size(); ++i) {
                const bool figure = f.systems.value(i) > 0 && f.points[i].hasFigure();
                line.values << (figure ? std::round(f.points[i].percent()) : std::nan(""));
                any = any || figure;
            }
            if (!any) {
                continue;
            }
            line.clicked = [this, key = f.key, name = line.name] {
                Q_EMIT complianceRequested(
                    key, systemScope(), describeScope(tr("AI systems in force that %1 applies to").arg(name)));
            };
            lines << line;
        }
        return cardBox(title, lineChart(t.days, lines, 100, u" %"_s));
    }
    // Levels from the most severe down, in the matrix's own colours, then any a past matrix named otherwise.
    QStringList levels;
    for (qsizetype i = m_data.matrix.bands.size() - 1; i >= 0; --i) {
        levels << m_data.matrix.bands[i].name;
    }
    for (const auto& day : t.openRisksByLevel) {
        for (auto it = day.cbegin(); it != day.cend(); ++it) {
            if (!levels.contains(it.key())) {
                levels << it.key();
            }
        }
    }
    for (const QString& level : std::as_const(levels)) {
        Line line;
        line.name = level;
        const int rank = m_data.matrix.levelRank(level);
        const QColor band = rank >= 0 ? QColor::fromString(m_data.matrix.bands[rank].colour) : QColor();
        line.colour = band.isValid() ? band : Grey;
        line.style = styles[lines.size() % styles.size()];
        bool any = false;
        for (const auto& day : t.openRisksByLevel) {
            line.values << day.value(level);
            any = any || day.value(level) > 0;
        }
        if (!any) {
            continue;
        }
        if (rank >= 0) { // a level of the current matrix: today's risks at it (older levels have no list today)
            line.clicked = [this, level] {
                RiskFilter f = riskFilter();
                f.level = level;
                f.openOnly = true;
                Q_EMIT risksRequested(f);
            };
        }
        lines << line;
    }
    return cardBox(title, lineChart(t.days, lines, 0, {}));
}

void DashboardView::show(const DashboardData& data, const QString& error)
{
    m_inFlight = false;
    if (m_pending) {
        refresh(); // a newer filter or commit is waiting: show that, not this
        return;
    }
    ++m_refreshes;
    if (!error.isEmpty()) {
        m_status->setText(error);
        Q_EMIT refreshed();
        return;
    }
    m_data = data;
    m_shownFilter = m_requestedFilter; // what the cards show, and what a click on them selects
    m_status->setText(tr("Systems in view: %1 · risks: %2").arg(data.systemIds.size()).arg(data.risks));
    // Rebuild the chart cards (the heat map and the numbers are kept and updated).
    for (const QString& name : {u"coverage"_s,
                                u"threats"_s,
                                u"tiers"_s,
                                u"lifecycle"_s,
                                u"findings"_s,
                                u"trendCoverage"_s,
                                u"trendRisks"_s}) {
        if (QWidget* old = m_cards.take(name)) {
            m_grid->removeWidget(old);
            old->deleteLater();
        }
    }
    {
        QStringList labels;
        QList<double> percent;
        QStringList keys;
        for (const auto& c : data.coverage) {
            if (!c.systems) {
                continue;
            }
            labels << (c.shortName.isEmpty() ? c.name : c.shortName);
            keys << c.key;
            percent << (c.coverage.hasFigure() ? std::round(c.coverage.percent()) : 0.0);
        }
        m_cards.insert(
            u"coverage"_s,
            cardBox(tr("Coverage per framework, %"),
                    barChart(
                        tr("Coverage"),
                        labels,
                        percent,
                        {},
                        [this, keys, labels](int index) {
                            Q_EMIT complianceRequested(
                                keys.value(index),
                                systemScope(),
                                describeScope(tr("AI systems in force that %1 applies to").arg(labels.value(index))));
                        },
                        100)));
    }
    {
        QStringList labels;
        QList<double> counts;
        QList<qint64> ids;
        for (const DashboardData::ThreatCount& t : data.risksByThreat) {
            labels << t.name;
            counts << t.risks;
            ids << t.threatId;
        }
        m_cards.insert(u"threats"_s,
                       cardBox(tr("Risks by threat"), barChart(tr("Risks"), labels, counts, {}, [this, ids](int index) {
                                   RiskFilter f = riskFilter();
                                   f.threatId = ids.value(index);
                                   Q_EMIT risksRequested(f);
                               })));
    }
    auto choiceChart = [this](const QString& key, const QString& title, const QMap<QString, int>& counts) {
        const SystemField* field = SystemFields::find(key);
        QStringList labels;
        QStringList codes;
        QList<double> values;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            labels << (field ? field->choiceLabel(it.key()) : it.key());
            codes << it.key();
            values << it.value();
        }
        return cardBox(title, barChart(title, labels, values, {}, [this, key, labels, codes](int index) {
                           // Exactly the systems counted: tiers count those in force, stages retired ones too.
                           SystemScope scope = systemScope();
                           const bool lifecycle = key == u"lifecycle"_s;
                           (lifecycle ? scope.lifecycle : scope.tier) = codes.value(index);
                           const QString what = lifecycle
                                                    ? tr("AI systems at stage “%1”").arg(labels.value(index))
                                                    : tr("AI systems in force at tier “%1”").arg(labels.value(index));
                           Q_EMIT inventoryRequested(scope, lifecycle, describeScope(what));
                       }));
    };
    m_cards.insert(u"tiers"_s, choiceChart(u"ai_act_tier"_s, tr("AI systems by EU AI Act tier"), data.systemsByTier));
    m_cards.insert(u"lifecycle"_s,
                   choiceChart(u"lifecycle"_s, tr("AI systems by lifecycle stage"), data.systemsByLifecycle));
    {
        using Due = DashboardData::Due;
        const QStringList labels = {
            tr("Overdue > 30 days"), tr("Overdue"), tr("Due within 30 days"), tr("Later or no date")};
        QList<double> values;
        for (Due due : {Due::OverdueMore30, Due::Overdue, Due::Within30, Due::Later}) {
            values << data.openFindingsByDue.value(due);
        }
        QWidget* chart = barChart(tr("Open findings"), labels, values, {}, [this, labels](int index) {
            static const QList<Due> buckets = {Due::OverdueMore30, Due::Overdue, Due::Within30, Due::Later};
            FindingScope scope = findingScope();
            scope.due = buckets.value(index);
            Q_EMIT findingsRequested(scope, describeScope(tr("open findings: %1").arg(labels.value(index)), true));
        });
        if (auto* view = qobject_cast<QChartView*>(chart)) {
            // Overdue bars in the warning colours.
            const auto series = view->chart()->series();
            if (!series.isEmpty()) {
                if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
                    bars && !bars->barSets().isEmpty()) {
                    bars->barSets().first()->setColor(Orange);
                    bars->barSets().first()->setBorderColor(Vermillion);
                }
            }
        }
        m_cards.insert(u"findings"_s, cardBox(tr("Open findings by due date"), chart));
    }
    m_heatMap->setMatrix(data.matrix);
    m_heatMap->setCounts(data.residualHeatMap);
    int findings = 0;
    for (int n : data.findingsByStatus) {
        findings += n;
    }
    m_numbers->setText(tr("<p><a href=\"findings\"><b>%1</b> overdue findings</a> (of %2)</p><p><a "
                          "href=\"evidence30\"><b>%3</b> evidence items expire within 30 days</a>, <a "
                          "href=\"evidence90\"><b>%4</b> within 90</a></p><p><a href=\"review\"><b>%5</b> AI "
                          "systems are overdue for review</a></p>")
                           .arg(data.overdueFindings)
                           .arg(findings)
                           .arg(data.evidenceExpiring30)
                           .arg(data.evidenceExpiring90)
                           .arg(data.systemsOverdueForReview));
    m_grid->addWidget(m_cards.value(u"coverage"_s), 0, 0);
    m_grid->addWidget(m_cards.value(u"heatmap"_s), 0, 1);
    m_grid->addWidget(m_cards.value(u"numbers"_s), 0, 2);
    m_grid->addWidget(m_cards.value(u"threats"_s), 1, 0);
    m_grid->addWidget(m_cards.value(u"tiers"_s), 1, 1);
    m_grid->addWidget(m_cards.value(u"findings"_s), 1, 2);
    m_cards.insert(u"trendCoverage"_s, trendCard(u"trendCoverage"_s));
    m_cards.insert(u"trendRisks"_s, trendCard(u"trendRisks"_s));
    m_grid->addWidget(m_cards.value(u"lifecycle"_s), 2, 0);
    m_grid->addWidget(m_cards.value(u"trendCoverage"_s), 2, 1);
    m_grid->addWidget(m_cards.value(u"trendRisks"_s), 2, 2);
    for (int c = 0; c < 3; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    Q_EMIT refreshed();
}

} // namespace attest::ui

#include "DashboardView.moc"
