// The inventory table model over a thousand systems: checked by QAbstractItemModelTester while it filters, sorts
// and refreshes; rows read in pages on demand; roles for retired and overdue systems; header keys; and automatic
// refresh when the workspace reports a change.

#include "TestSupport.h"
#include "inventory/SystemTableModel.h"
#include "storage/ChangeNotifier.h"
#include "storage/SystemRepository.h"
#include "storage/WriteTransaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int ActiveSystems = 1000;
constexpr int RetiredSystems = 20;
const QStringList Stages{u"idea"_s, u"development"_s, u"validation"_s, u"production"_s};

QString number(int i)
{
    return u"%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestSystemTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SystemTableModel> makeModel(ChangeNotifier* notifier);
    QVariant cell(const SystemTableModel& model, int row, const QString& key, int role = Qt::DisplayRole);
    qint64 idOf(const QString& code);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsAndColumns();
    void firstAndLastRows();
    void readsPagesOnDemand();
    void filterNarrowsRows();
    void includeRetired();
    void sortByColumn();
    void refreshesOnWorkspaceChanges();
    void refreshKeepsRowsWhenOnlyValuesChange();
    void retiredAndOverdueRoles();
    void displayAndStoredValues();
    void headerData();
};

void TestSystemTableModel::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(1767225600000);
    m_ws = createWorkspace(m_dir.filePath(u"table-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
                           &m_clock);
    QVERIFY(m_ws);
    // SYS-0001 "System 0001" .. SYS-1000: stages in turn; every 7th has a review date in January 2026 (the 1st,
    // 8th, 15th or 22nd).
    // OLD-0001 .. OLD-0020: retired.
    auto written = m_ws->connection().write(u"Fixture"_s, [](WriteTransaction& txn) -> Result<void> {
        for (int i = 1; i <= ActiveSystems; ++i) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, u"SYS-"_s + number(i));
            s.set(u"name"_s, u"System "_s + number(i));
            s.set(u"lifecycle"_s, Stages.at(i % Stages.size()));
            if (i % 7 == 0) {
                s.set(u"next_review"_s, u"2026-01-%1"_s.arg(i % 28 + 1, 2, 10, QLatin1Char('0')));
            }
            if (auto created = SystemRepository::create(txn, s); !created) {
                return created.error();
            }
        }
        for (int i = 1; i <= RetiredSystems; ++i) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, u"OLD-"_s + number(i));
            s.set(u"name"_s, u"Old system "_s + number(i));
            s.set(u"lifecycle"_s, u"retired"_s);
            s.set(u"next_review"_s, u"2025-06-01"_s);
            if (auto created = SystemRepository::create(txn, s); !created) {
                return created.error();
            }
        }
        return {};
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
}

void TestSystemTableModel::cleanup()
{
    m_tester.reset();
    m_ws.reset();
}

std::unique_ptr<SystemTableModel> TestSystemTableModel::makeModel(ChangeNotifier* notifier)
{
    auto model = std::make_unique<SystemTableModel>(m_ws->connection(), notifier);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

QVariant TestSystemTableModel::cell(const SystemTableModel& model, int row, const QString& key, int role)
{
    return model.data(model.index(row, model.columnOf(key)), role);
}

qint64 TestSystemTableModel::idOf(const QString& code)
{
    auto id = SystemRepository(m_ws->connection()).idForCode(code);
    return id && id->has_value() ? **id : 0;
}

void TestSystemTableModel::rowsAndColumns()
{
    auto model = makeModel(m_ws->notifier());
    QCOMPARE(model->rowCount(), ActiveSystems);
    QCOMPARE(model->columnCount(), int(SystemFields::all().size()));
    QCOMPARE(model->totalCount(), ActiveSystems);
    QCOMPARE(model->rowCount(model->index(0, 0)), 0);
    QCOMPARE(model->columnCount(model->index(0, 0)), 0);
    QVERIFY(!model->index(ActiveSystems, 0).isValid());
    QVERIFY(!model->data(model->index(ActiveSystems, 0)).isValid());
}

void TestSystemTableModel::firstAndLastRows()
{
    auto model = makeModel(m_ws->notifier());
    // Sorted by name by default.
    QCOMPARE(cell(*model, 0, u"name"_s).toString(), u"System 0001"_s);
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"SYS-0001"_s);
    QCOMPARE(cell(*model, 999, u"name"_s).toString(), u"System 1000"_s);
    QCOMPARE(cell(*model, 999, u"code"_s).toString(), u"SYS-1000"_s);
    QCOMPARE(cell(*model, 500, u"code"_s).toString(), u"SYS-0501"_s);

    const AiSystem* first = model->systemAt(0);
    QVERIFY(first);
    QCOMPARE(first->code(), u"SYS-0001"_s);
    QCOMPARE(first->id, model->idAt(0));
    QCOMPARE(model->data(model->index(0, 3), SystemTableModel::IdRole).toLongLong(), first->id);
    const AiSystem* last = model->systemAt(999);
    QVERIFY(last);
    QCOMPARE(last->code(), u"SYS-1000"_s);
    QCOMPARE(model->rowOf(last->id), 999);
    QCOMPARE(model->rowOf(idOf(u"SYS-0123"_s)), 122);
    QCOMPARE(model->rowOf(idOf(u"OLD-0001"_s)), -1); // retired: not shown
    QVERIFY(!model->systemAt(-1));
    QVERIFY(!model->systemAt(ActiveSystems));
    QCOMPARE(model->idAt(ActiveSystems), 0);
}

void TestSystemTableModel::readsPagesOnDemand()
{
    // Without a notifier the model does not refresh by itself, so what it shows reveals when it read each row.
    auto model = makeModel(nullptr);
    QCOMPARE(cell(*model, 1, u"name"_s).toString(), u"System 0002"_s); // reads the first page (rows 0-99)

    SystemRepository repo(m_ws->connection());
    QVERIFY(repo.update(idOf(u"SYS-0002"_s), {{u"business_owner"_s, u"Changed after read"_s}}));
    QVERIFY(repo.update(idOf(u"SYS-0999"_s), {{u"business_owner"_s, u"Changed before read"_s}}));
    QVERIFY(repo.update(idOf(u"SYS-0150"_s), {{u"business_owner"_s, u"Changed before read"_s}}));

    // Row 1 comes from the page read before the change; rows 998 and 149 are on pages not read until now.
    QCOMPARE(cell(*model, 1, u"business_owner"_s).toString(), QString());
    QCOMPARE(cell(*model, 998, u"business_owner"_s).toString(), u"Changed before read"_s);
    QCOMPARE(cell(*model, 149, u"business_owner"_s).toString(), u"Changed before read"_s);
    // Row 99 shares row 1's page; row 100 starts the next one.
    QVERIFY(repo.update(idOf(u"SYS-0100"_s), {{u"business_owner"_s, u"Late"_s}}));
    QVERIFY(repo.update(idOf(u"SYS-0101"_s), {{u"business_owner"_s, u"Late"_s}}));
    QCOMPARE(cell(*model, 99, u"business_owner"_s).toString(), QString());
    QCOMPARE(cell(*model, 100, u"business_owner"_s).toString(), QString()); // page 1 was read for row 149
    QCOMPARE(model->systemAt(1)->value(u"business_owner"_s), QString());

    // refresh() drops the cached pages.
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
    model->refresh();
    QCOMPARE(resets.count(), 0); // same rows in the same order
    QCOMPARE(changes.count(), 1);
    QCOMPARE(cell(*model, 1, u"business_owner"_s).toString(), u"Changed after read"_s);
    QCOMPARE(cell(*model, 99, u"business_owner"_s).toString(), u"Late"_s);
    QCOMPARE(cell(*model, 100, u"business_owner"_s).toString(), u"Late"_s);
}

void TestSystemTableModel::filterNarrowsRows()
{
    auto model = makeModel(m_ws->notifier());
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(model.get(), &SystemTableModel::countsChanged);

    model->setFilterText(u"SYS-012"_s);
    QCOMPARE(model->filterText(), u"SYS-012"_s);
    QCOMPARE(model->rowCount(), 10); // SYS-0120 .. SYS-0129
    QCOMPARE(cell(*model, 0, u"name"_s).toString(), u"System 0120"_s);
    QCOMPARE(cell(*model, 9, u"name"_s).toString(), u"System 0129"_s);
    QCOMPARE(model->totalCount(), ActiveSystems); // "10 of 1000"
    QCOMPARE(resets.count(), 1);
    QCOMPARE(counts.count(), 1);

    // Every word must match; case does not matter.
    model->setFilterText(u"0999 SYSTEM"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"SYS-0999"_s);

    // A choice label: systems in production are every fourth one.
    model->setFilterText(u"production"_s);
    QCOMPARE(model->rowCount(), ActiveSystems / 4);
    for (int row : {0, 100, 249}) {
        QCOMPARE(cell(*model, row, u"lifecycle"_s, SystemTableModel::StoredValueRole).toString(), u"production"_s);
    }

    // Setting the same text again does nothing.
    const int resetsBefore = int(resets.count());
    model->setFilterText(u"production"_s);
    QCOMPARE(resets.count(), resetsBefore);

    model->setFilterText(u"no such system"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->systemAt(0));

    model->setFilterText(QString());
    QCOMPARE(model->rowCount(), ActiveSystems);
}

void TestSystemTableModel::includeRetired()
{
    auto model = makeModel(m_ws->notifier());
    QVERIFY(!model->includeRetired());
    model->setFilterText(u"old system"_s);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), ActiveSystems);

    model->setIncludeRetired(true);
    QVERIFY(model->includeRetired());
    QCOMPARE(model->rowCount(), RetiredSystems);
    QCOMPARE(model->totalCount(), ActiveSystems + RetiredSystems);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(cell(*model, row, u"code"_s).toString().startsWith(u"OLD-"_s));
        QVERIFY(cell(*model, row, u"name"_s, SystemTableModel::RetiredRole).toBool());
    }

    model->setFilterText(QString());
    QCOMPARE(model->rowCount(), ActiveSystems + RetiredSystems);
    // "Old system ..." sorts before "System ...".
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"OLD-0001"_s);
    QCOMPARE(cell(*model, RetiredSystems, u"code"_s).toString(), u"SYS-0001"_s);
    QVERIFY(!cell(*model, RetiredSystems, u"code"_s, SystemTableModel::RetiredRole).toBool());

    model->setIncludeRetired(false);
    QCOMPARE(model->rowCount(), ActiveSystems);
}

void TestSystemTableModel::sortByColumn()
{
    auto model = makeModel(m_ws->notifier());
    const int codeColumn = model->columnOf(u"code"_s);
    const int lifecycleColumn = model->columnOf(u"lifecycle"_s);
    const int reviewColumn = model->columnOf(u"next_review"_s);
    QVERIFY(codeColumn >= 0 && lifecycleColumn >= 0 && reviewColumn >= 0);
    QCOMPARE(model->columnOf(u"no_such_field"_s), -1);

    model->sort(codeColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"SYS-1000"_s);
    QCOMPARE(cell(*model, 999, u"code"_s).toString(), u"SYS-0001"_s);

    // Lifecycle in stage order: 250 ideas (i % 4 == 0), then development, validation, production.
    model->sort(lifecycleColumn, Qt::AscendingOrder);
    const QStringList expected{u"idea"_s, u"development"_s, u"validation"_s, u"production"_s};
    for (int stage = 0; stage < 4; ++stage) {
        QCOMPARE(cell(*model, stage * 250, u"lifecycle"_s, Qt::EditRole).toString(), expected.at(stage));
        QCOMPARE(cell(*model, stage * 250 + 249, u"lifecycle"_s, Qt::EditRole).toString(), expected.at(stage));
    }
    model->sort(lifecycleColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*model, 0, u"lifecycle"_s, Qt::EditRole).toString(), u"production"_s);
    QCOMPARE(cell(*model, 999, u"lifecycle"_s, Qt::EditRole).toString(), u"idea"_s);

    // Review dates: the 142 dated systems first, earliest first, then the undated ones.
    model->sort(reviewColumn, Qt::AscendingOrder);
    QCOMPARE(cell(*model, 0, u"next_review"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(cell(*model, 141, u"next_review"_s).toString(), u"2026-01-22"_s);
    QCOMPARE(cell(*model, 142, u"next_review"_s).toString(), QString());
    model->sort(reviewColumn, Qt::DescendingOrder);
    QCOMPARE(cell(*model, 0, u"next_review"_s).toString(), u"2026-01-22"_s);
    QCOMPARE(cell(*model, 141, u"next_review"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(cell(*model, 142, u"next_review"_s).toString(), QString());

    // The same order again, or a column that does not exist, changes nothing.
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->sort(reviewColumn, Qt::DescendingOrder);
    model->sort(-1);
    model->sort(model->columnCount());
    QCOMPARE(resets.count(), 0);

    // Sorting survives a filter change.
    model->setFilterText(u"SYS-000"_s);
    QCOMPARE(model->rowCount(), 9);
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"SYS-0007"_s); // the only dated one
}

void TestSystemTableModel::refreshesOnWorkspaceChanges()
{
    auto model = makeModel(m_ws->notifier());
    SystemRepository repo(m_ws->connection());
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);

    // A new system appears in its sorted place without anyone calling refresh().
    AiSystem added = AiSystem::withDefaults();
    added.set(u"code"_s, u"NEW-1"_s);
    added.set(u"name"_s, u"System 0500a"_s);
    auto id = repo.create(added);
    QVERIFY(id);
    QCOMPARE(model->rowCount(), ActiveSystems + 1);
    QCOMPARE(model->totalCount(), ActiveSystems + 1);
    QCOMPARE(model->rowOf(*id), 500);
    QCOMPARE(cell(*model, 500, u"code"_s).toString(), u"NEW-1"_s);
    QCOMPARE(resets.count(), 1);

    // A rename moves it.
    QVERIFY(repo.update(*id, {{u"name"_s, u"AAA first"_s}}));
    QCOMPARE(model->rowOf(*id), 0);
    QCOMPARE(cell(*model, 0, u"name"_s).toString(), u"AAA first"_s);

    // Retiring hides it; deleting another removes it.
    QVERIFY(repo.retire(*id));
    QCOMPARE(model->rowCount(), ActiveSystems);
    QCOMPARE(model->rowOf(*id), -1);
    QVERIFY(repo.remove(idOf(u"SYS-0001"_s)));
    QCOMPARE(model->rowCount(), ActiveSystems - 1);
    QCOMPARE(cell(*model, 0, u"code"_s).toString(), u"SYS-0002"_s);

    // An import through the same workspace (one transaction, many rows) is one refresh.
    const qint64 resetsBefore = resets.count();
    auto written = m_ws->connection().write(u"Two more"_s, [](WriteTransaction& txn) -> Result<void> {
        for (const QString& code : {u"ZZ-1"_s, u"ZZ-2"_s}) {
            AiSystem s = AiSystem::withDefaults();
            s.set(u"code"_s, code);
            s.set(u"name"_s, u"Zz "_s + code);
            if (auto created = SystemRepository::create(txn, s); !created) {
                return created.error();
            }
        }
        return {};
    });
    QVERIFY(written);
    QCOMPARE(resets.count(), resetsBefore + 1);
    QCOMPARE(model->rowCount(), ActiveSystems + 1);
    QCOMPARE(cell(*model, model->rowCount() - 1, u"code"_s).toString(), u"ZZ-2"_s);

    // A failed write changes nothing and triggers no refresh.
    AiSystem duplicate = AiSystem::withDefaults();
    duplicate.set(u"code"_s, u"zz-1"_s);
    duplicate.set(u"name"_s, u"Clash"_s);
    QVERIFY(!repo.create(duplicate));
    QCOMPARE(resets.count(), resetsBefore + 1);
}

void TestSystemTableModel::refreshKeepsRowsWhenOnlyValuesChange()
{
    auto model = makeModel(m_ws->notifier());
    SystemRepository repo(m_ws->connection());
    QCOMPARE(cell(*model, 10, u"business_owner"_s).toString(), QString());
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy counts(model.get(), &SystemTableModel::countsChanged);
    QVERIFY(repo.update(model->idAt(10), {{u"business_owner"_s, u"Zoë Ελληνικά"_s}}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(cell(*model, 10, u"business_owner"_s).toString(), u"Zoë Ελληνικά"_s);

    // Under a filter the edited system can leave the view.
    model->setFilterText(u"zoë"_s);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(repo.update(model->idAt(0), {{u"business_owner"_s, u"Someone else"_s}}));
    QCOMPARE(model->rowCount(), 0);
}

void TestSystemTableModel::retiredAndOverdueRoles()
{
    SystemRepository repo(m_ws->connection());
    const qint64 due = idOf(u"SYS-0007"_s); // review 2026-01-08
    QVERIFY(due);
    QCOMPARE(repo.get(due).value()->value(u"next_review"_s), u"2026-01-08"_s);
    auto model = makeModel(m_ws->notifier());
    model->setIncludeRetired(true);
    const int dueRow = model->rowOf(due);
    const int undatedRow = model->rowOf(idOf(u"SYS-0001"_s));
    const int retiredRow = model->rowOf(idOf(u"OLD-0001"_s)); // review 2025-06-01, but retired
    QVERIFY(dueRow >= 0 && undatedRow >= 0 && retiredRow >= 0);
    const int reviewColumn = model->columnOf(u"next_review"_s);

    model->setToday(QDate(2026, 1, 8));
    QVERIFY(!model->data(model->index(dueRow, reviewColumn), SystemTableModel::OverdueRole).toBool());
    QVERIFY(!model->data(model->index(dueRow, reviewColumn), Qt::ToolTipRole).isValid());
    model->setToday(QDate(2026, 1, 9));
    QVERIFY(model->data(model->index(dueRow, reviewColumn), SystemTableModel::OverdueRole).toBool());
    // Every column of the row knows it, so a delegate can mark the whole row.
    QVERIFY(model->data(model->index(dueRow, 0), SystemTableModel::OverdueRole).toBool());
    QCOMPARE(model->data(model->index(dueRow, reviewColumn), Qt::ToolTipRole).toString(),
             u"Review overdue since 2026-01-08"_s);
    QVERIFY(!model->data(model->index(undatedRow, reviewColumn), SystemTableModel::OverdueRole).toBool());
    QVERIFY(!model->data(model->index(retiredRow, reviewColumn), SystemTableModel::OverdueRole).toBool());

    QVERIFY(model->data(model->index(retiredRow, 0), SystemTableModel::RetiredRole).toBool());
    QVERIFY(!model->data(model->index(dueRow, 0), SystemTableModel::RetiredRole).toBool());

    // Retiring the overdue system clears its overdue mark and sets the retired one.
    QVERIFY(repo.retire(due));
    const int row = model->rowOf(due);
    QVERIFY(row >= 0);
    QVERIFY(model->data(model->index(row, 0), SystemTableModel::RetiredRole).toBool());
    QVERIFY(!model->data(model->index(row, reviewColumn), SystemTableModel::OverdueRole).toBool());
}

void TestSystemTableModel::displayAndStoredValues()
{
    SystemRepository repo(m_ws->connection());
    const qint64 id = idOf(u"SYS-0003"_s);
    QVERIFY(repo.update(id,
                        {{u"lifecycle"_s, u"production"_s},
                         {u"deployment"_s, u"third_party_api"_s},
                         {u"data_categories"_s, u"personal,phi"_s},
                         {u"notes"_s, u"first\r\nsecond\nthird"_s}}));
    auto model = makeModel(m_ws->notifier());
    const int row = model->rowOf(id);
    QCOMPARE(row, 2);
    QCOMPARE(cell(*model, row, u"lifecycle"_s).toString(), u"Production"_s);
    QCOMPARE(cell(*model, row, u"lifecycle"_s, Qt::EditRole).toString(), u"production"_s);
    QCOMPARE(cell(*model, row, u"deployment"_s).toString(), u"Third-party API / SaaS"_s);
    QCOMPARE(cell(*model, row, u"data_categories"_s).toString(),
             u"Personal data, Protected health information (HIPAA)"_s);
    QCOMPARE(cell(*model, row, u"data_categories"_s, SystemTableModel::StoredValueRole).toString(), u"personal,phi"_s);
    QCOMPARE(cell(*model, row, u"notes"_s).toString(), u"first ¶ second ¶ third"_s);
    QCOMPARE(cell(*model, row, u"notes"_s, Qt::ToolTipRole).toString(), u"first\r\nsecond\nthird"_s);
    QVERIFY(!cell(*model, row, u"name"_s, Qt::ToolTipRole).isValid());
    QVERIFY(!cell(*model, row, u"name"_s, Qt::DecorationRole).isValid());
    QCOMPARE(cell(*model, row, u"name"_s, SystemTableModel::IdRole).toLongLong(), id);
}

void TestSystemTableModel::headerData()
{
    auto model = makeModel(m_ws->notifier());
    const QList<SystemField>& fields = SystemFields::all();
    for (int column = 0; column < fields.size(); ++column) {
        QCOMPARE(model->headerData(column, Qt::Horizontal, SystemTableModel::FieldKeyRole).toString(),
                 fields.at(column).key);
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 fields.at(column).displayLabel());
        QCOMPARE(model->columnOf(fields.at(column).key), column);
    }
    const int ownerColumn = model->columnOf(u"business_owner"_s);
    QCOMPARE(model->headerData(ownerColumn, Qt::Horizontal).toString(), u"Business owner"_s);
    QCOMPARE(model->headerData(ownerColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"Accountable for the system's use and its risks"_s);
    QVERIFY(!model->headerData(int(fields.size()), Qt::Horizontal, SystemTableModel::FieldKeyRole).isValid());
    QVERIFY(!model->headerData(0, Qt::Vertical, SystemTableModel::FieldKeyRole).isValid());
}

QTEST_GUILESS_MAIN(TestSystemTableModel)
#include "TestSystemTableModel.moc"
