// The inventory as a user drives it: create a system through the form, edit a field, undo, redo, filter the table
// by typing, retire it; the audit trail view then shows each of those steps, and Verify reports the chain intact.

#include "MainWindow.h"
#include "TestSupport.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditTrailView.h"
#include "common/MessageBar.h"
#include "inventory/InventoryCommands.h"
#include "inventory/InventoryView.h"
#include "inventory/SystemDialog.h"
#include "inventory/SystemTableModel.h"
#include "storage/ChangeLogRepository.h"
#include "storage/SystemRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestInventoryView : public QObject
{
    Q_OBJECT

private:
    // Runs `fill` on the dialog that `trigger` opens (modal dialogs block, so the filling is scheduled first).
    void withDialog(const std::function<void()>& trigger, const std::function<void(SystemDialog*)>& fill);
    QAction* action(const QString& name) const;
    int rowOfCode(const QString& code) const;
    QString cell(int row, const QString& key) const;
    void selectCode(const QString& code);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_displayName = u"Dana Auditor"_s;
    QString m_defaultWorkspace = u"/nonexistent/attest.db"_s;
    qint64 m_baseSeq = 0; // events of the new workspace itself (the shipped catalogs)

private Q_SLOTS:
    void initTestCase();
    void createEditUndoRedoFilterRetire();
    void formValidatesInline();
    void undoNeverDeletesHistory();
    void openAtStartSetsTheDefaultWorkspace();
    void readOnlyWorkspaceOffersNoEdits();
    void upgradesAnOlderWorkspace();
    void cleanupTestCase();
};

void TestInventoryView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    MainWindow::Environment env;
    env.displayName = [this] { return m_displayName; };
    env.setDisplayName = [this](const QString& name) { m_displayName = name; };
    env.defaultWorkspace = [this] { return m_defaultWorkspace; };
    env.setDefaultWorkspace = [this](const QString& path) { m_defaultWorkspace = path; };
    m_window = std::make_unique<MainWindow>(env);
    QVERIFY(m_window->createWorkspace(m_dir.filePath(u"gui.attest"_s)));
    auto head = m_window->workspace()->connection().auditHead();
    QVERIFY(head);
    m_baseSeq = head->seq;
    QVERIFY2(m_baseSeq > 1000, "a new workspace is loaded with the shipped catalogs");
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInventoryView::cleanupTestCase()
{
    m_window.reset();
}

void TestInventoryView::withDialog(const std::function<void()>& trigger, const std::function<void(SystemDialog*)>& fill)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<SystemDialog*>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "no system dialog opened");
        fill(dialog);
        filled = true;
    });
    trigger();
    QVERIFY(filled);
}

QAction* TestInventoryView::action(const QString& name) const
{
    return m_window->findChild<QAction*>(name);
}

int TestInventoryView::rowOfCode(const QString& code) const
{
    SystemTableModel* model = m_window->inventoryView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->systemAt(row)->code() == code) {
            return row;
        }
    }
    return -1;
}

QString TestInventoryView::cell(int row, const QString& key) const
{
    SystemTableModel* model = m_window->inventoryView()->model();
    return model->index(row, model->columnOf(key)).data().toString();
}

void TestInventoryView::selectCode(const QString& code)
{
    const int row = rowOfCode(code);
    QVERIFY(row >= 0);
    QTableView* table = m_window->inventoryView()->table();
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->currentIndex().row(), row);
}

void TestInventoryView::createEditUndoRedoFilterRetire()
{
    InventoryView* inventory = m_window->inventoryView();
    SystemTableModel* model = inventory->model();

    // 1. Create through the form, typing into the real widgets.
    withDialog([&] { action(u"newSystemAction"_s)->trigger(); },
               [](SystemDialog* d) {
                   QTest::keyClicks(d->editor(u"code"_s), u"LOAN-01"_s);
                   QTest::keyClicks(d->editor(u"name"_s), u"Loan approval assistant"_s);
                   QTest::keyClicks(d->editor(u"business_owner"_s), u"Grace Hopper"_s);
                   QTest::keyClicks(d->editor(u"business_unit"_s), u"Retail Lending"_s);
                   auto* lifecycle = qobject_cast<QComboBox*>(d->editor(u"lifecycle"_s));
                   QVERIFY(lifecycle);
                   lifecycle->setFocus();
                   QTest::keyClick(lifecycle, Qt::Key_End); // last stage before retired? choose explicitly below
                   lifecycle->setCurrentIndex(lifecycle->findData(u"production"_s));
                   QTest::mouseClick(d->saveButton(), Qt::LeftButton);
               });
    int row = rowOfCode(u"LOAN-01"_s);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, u"name"_s), u"Loan approval assistant"_s);
    QCOMPARE(cell(row, u"lifecycle"_s), u"Production"_s);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Success);

    // 2. Edit one field.
    selectCode(u"LOAN-01"_s);
    withDialog([&] { action(u"editSystemAction"_s)->trigger(); },
               [](SystemDialog* d) {
                   auto* owner = qobject_cast<QLineEdit*>(d->editor(u"business_owner"_s));
                   owner->selectAll();
                   QTest::keyClicks(owner, u"Ada Lovelace"_s);
                   QCOMPARE(d->changes().keys(), QStringList{u"business_owner"_s});
                   QTest::mouseClick(d->saveButton(), Qt::LeftButton);
               });
    row = rowOfCode(u"LOAN-01"_s);
    QCOMPARE(cell(row, u"business_owner"_s), u"Ada Lovelace"_s);

    // 3. Undo and redo, with the keyboard shortcuts.
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 2);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    inventory->table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(cell(rowOfCode(u"LOAN-01"_s), u"business_owner"_s), u"Grace Hopper"_s);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(cell(rowOfCode(u"LOAN-01"_s), u"business_owner"_s), u"Ada Lovelace"_s);

    // A second system, so that filtering has something to leave out.
    withDialog([&] { action(u"newSystemAction"_s)->trigger(); },
               [](SystemDialog* d) {
                   QTest::keyClicks(d->editor(u"code"_s), u"OCR-07"_s);
                   QTest::keyClicks(d->editor(u"name"_s), u"Invoice reader"_s);
                   QTest::mouseClick(d->saveButton(), Qt::LeftButton);
               });
    QCOMPARE(model->rowCount(), 2);

    // 4. Filter by typing.
    QLineEdit* filter = inventory->filterEdit();
    QTest::keyClicks(filter, u"loan appr"_s);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->systemAt(0)->code(), u"LOAN-01"_s);
    filter->clear();
    QTest::keyClicks(filter, u"lovelace"_s);
    QCOMPARE(model->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"no such system"_s);
    QCOMPARE(model->rowCount(), 0);
    filter->clear();
    QCOMPARE(model->rowCount(), 2);

    // 5. Retire: hidden by default, visible with "Show retired", marked as retired.
    selectCode(u"LOAN-01"_s);
    action(u"retireSystemAction"_s)->trigger();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(rowOfCode(u"LOAN-01"_s), -1);
    auto* showRetired = inventory->findChild<QCheckBox*>(u"showRetiredCheckBox"_s);
    QTest::mouseClick(showRetired, Qt::LeftButton);
    row = rowOfCode(u"LOAN-01"_s);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, u"lifecycle"_s), u"Retired"_s);
    QVERIFY(model->index(row, 0).data(SystemTableModel::RetiredRole).toBool());

    // 6. The audit trail (Ctrl+2) shows every step, newest first, with who did it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->auditTrailView());
    AuditTrailView* trail = m_window->auditTrailView();
    AuditEventModel* events = trail->model();
    QStringList reasons;
    for (int i = 0; i < events->rowCount() && events->eventAt(i)->seq > m_baseSeq; ++i) {
        reasons << events->eventAt(i)->reason;
        QCOMPARE(events->eventAt(i)->actor, u"Dana Auditor"_s);
    }
    QCOMPARE(reasons,
             (QStringList{u"Retire AI system LOAN-01"_s,
                          u"Create AI system OCR-07"_s,
                          u"Redo: Edit AI system LOAN-01"_s,
                          u"Undo: Edit AI system LOAN-01"_s,
                          u"Edit AI system LOAN-01"_s,
                          u"Create AI system LOAN-01"_s}));

    // Before and after, side by side, for the undo.
    QTableView* table = trail->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(events->index(3, 1)).center());
    QTableWidget* changes = trail->changesTable();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), u"Business owner"_s);
    QCOMPARE(changes->item(0, 1)->text(), u"Ada Lovelace"_s);
    QCOMPARE(changes->item(0, 2)->text(), u"Grace Hopper"_s);

    // The retire shows the stage change.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(events->index(0, 1)).center());
    QCOMPARE(changes->item(0, 1)->text(), u"Production"_s);
    QCOMPARE(changes->item(0, 2)->text(), u"Retired"_s);

    // Filtering the trail by record shows only that system's history.
    auto* record = trail->findChild<QLineEdit*>(u"recordLineEdit"_s);
    QTest::keyClicks(record, u"OCR-07"_s);
    QCOMPARE(events->rowCount(), 1);
    record->clear();
    QCOMPARE(events->matchingCount(), m_baseSeq + 6);

    // Verify, through the button.
    QTest::mouseClick(trail->findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
    QVERIFY(trail->lastVerification().has_value());
    QVERIFY(trail->lastVerification()->intact);
    QCOMPARE(trail->lastVerification()->eventCount, m_baseSeq + 6);
}

void TestInventoryView::formValidatesInline()
{
    m_window->showInventory();
    withDialog([&] { action(u"newSystemAction"_s)->trigger(); },
               [](SystemDialog* d) {
                   // A code already in use and a malformed date are reported under their fields; Save is refused.
                   QTest::keyClicks(d->editor(u"code"_s), u"ocr-07"_s);
                   QVERIFY(d->fieldError(u"code"_s).contains(u"already used"_s));
                   QVERIFY(!d->saveButton()->isEnabled());
                   auto* code = qobject_cast<QLineEdit*>(d->editor(u"code"_s));
                   code->selectAll();
                   QTest::keyClicks(code, u"has space"_s);
                   QVERIFY(d->fieldError(u"code"_s).contains(u"no spaces"_s));
                   code->selectAll();
                   QTest::keyClicks(code, u"NEW-9"_s);
                   QVERIFY(d->fieldError(u"code"_s).isEmpty());
                   QTest::keyClicks(d->editor(u"next_review"_s), u"31/12/2027"_s);
                   QVERIFY(d->fieldError(u"next_review"_s).contains(u"YYYY-MM-DD"_s));
                   QVERIFY(!d->saveButton()->isEnabled());
                   // The name is still empty: saving shows that too.
                   auto* review = qobject_cast<QLineEdit*>(d->editor(u"next_review"_s));
                   review->selectAll();
                   QTest::keyClicks(review, u"2027-12-31"_s);
                   QStringList errors;
                   for (const SystemField& f : SystemFields::all()) {
                       if (!d->fieldError(f.key).isEmpty()) {
                           errors << f.key + u": "_s + d->fieldError(f.key);
                       }
                   }
                   QVERIFY2(d->saveButton()->isEnabled(), qPrintable(errors.join(u"; "_s)));
                   QTest::mouseClick(d->saveButton(), Qt::LeftButton);
                   QVERIFY(d->isVisible());
                   QVERIFY(d->fieldError(u"name"_s).contains(u"required"_s));
                   d->reject();
               });
    QCOMPARE(rowOfCode(u"NEW-9"_s), -1);
}

void TestInventoryView::undoNeverDeletesHistory()
{
    m_window->showInventory();
    withDialog([&] { action(u"newSystemAction"_s)->trigger(); },
               [](SystemDialog* d) {
                   QTest::keyClicks(d->editor(u"code"_s), u"HIST-1"_s);
                   QTest::keyClicks(d->editor(u"name"_s), u"System with history"_s);
                   QTest::mouseClick(d->saveButton(), Qt::LeftButton);
               });
    const int row = rowOfCode(u"HIST-1"_s);
    QVERIFY(row >= 0);
    const qint64 id = m_window->inventoryView()->model()->idAt(row);
    // A change-log entry, kept in the form's Change log tab (not an undoable step).
    ChangeLogRepository log(m_window->workspace()->connection());
    QVERIFY(log.add(SystemChange{0, id, u"2026-11-01"_s, u"1.0"_s, u"First release"_s, u"QA"_s}, u"HIST-1"_s));

    // Undoing the creation would delete that history: refused, said so, and the system stays.
    m_window->undoStack()->undo();
    QVERIFY(rowOfCode(u"HIST-1"_s) >= 0);
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Error);
    QVERIFY2(m_window->messageBar()->text().contains(u"changed since it was created"_s),
             qPrintable(m_window->messageBar()->text()));

    // Delete (confirmed in the real UI) and undo: the system comes back with its change log, under its id.
    auto system = SystemRepository(m_window->workspace()->connection()).get(id);
    QVERIFY(system && system->has_value());
    m_window->undoStack()->push(new DeleteSystemCommand(m_window->workspace()->connection(), **system, {}));
    QCOMPARE(rowOfCode(u"HIST-1"_s), -1);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->inventoryView()->model()->idAt(rowOfCode(u"HIST-1"_s)), id);
    auto entries = log.forSystem(id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().description, u"First release"_s);
}

void TestInventoryView::openAtStartSetsTheDefaultWorkspace()
{
    QAction* openAtStart = action(u"openAtStartAction"_s);
    QVERIFY(openAtStart->isEnabled());
    QVERIFY(!openAtStart->isChecked());
    openAtStart->trigger();
    QCOMPARE(m_defaultWorkspace, m_window->workspace()->path());
    QVERIFY(openAtStart->isChecked());
    openAtStart->trigger();
    QCOMPARE(m_defaultWorkspace, QString());
}

void TestInventoryView::readOnlyWorkspaceOffersNoEdits()
{
    const QString path = m_window->workspace()->path();
    m_window->closeWorkspace();
    QVERIFY(m_window->openWorkspace(path, Workspace::Access::ReadOnly));
    QVERIFY(m_window->workspace()->isReadOnly());
    QVERIFY(!action(u"newSystemAction"_s)->isEnabled());
    QVERIFY(!action(u"importSystemsAction"_s)->isEnabled());
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    selectCode(u"OCR-07"_s);
    QVERIFY(!action(u"retireSystemAction"_s)->isEnabled());
    QVERIFY(!action(u"deleteSystemAction"_s)->isEnabled());
    QVERIFY(action(u"editSystemAction"_s)->isEnabled()); // opens the form read-only
}

void TestInventoryView::upgradesAnOlderWorkspace()
{
    const QString copy = m_dir.filePath(u"older.attest"_s);
    QVERIFY(QFile::copy(dataPath(u"workspace-v1.attest"_s), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(Workspace::needsUpgrade(copy));
    QVERIFY(m_window->openWorkspace(copy));
    QCOMPARE(m_window->workspace()->schemaVersion(), Workspace::latestSchemaVersion());
    QVERIFY(!Workspace::needsUpgrade(copy));
    const QString message = m_window->messageBar()->text();
    QVERIFY2(message.contains(u"upgraded to format"_s), qPrintable(message));
    const QString backup = message.section(u"A copy of the original is at "_s, 1).chopped(1);
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QVERIFY(rowOfCode(u"FRAUD-01"_s) >= 0);
}

QTEST_MAIN(TestInventoryView)
#include "TestInventoryView.moc"
