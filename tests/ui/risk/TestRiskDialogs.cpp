// The risk matrix editor and the EU AI Act tier assistant dialog: a matrix edited through the dialog's widgets is
// saved as the next version; an invalid matrix cannot be saved and says why; the assistant proposes the tier the
// answers lead to, and applying it records the tier with the reasoning as the audit reason.
//
// With ATTEST_SNAPSHOT_DIR set, the dialogs are also saved as PNG images there, to look at the layout.

#include "TestSupport.h"
#include "catalog/CatalogLoader.h"
#include "inventory/SystemDialog.h"
#include "risk/RiskMatrixDialog.h"
#include "risk/TierAssistantDialog.h"
#include "storage/AuditRepository.h"
#include "storage/Connection.h"
#include "storage/RiskRepository.h"
#include "storage/SystemRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

namespace {

enum BandColumn
{
    NameColumn,
    FromColumn,
    ToColumn,
    ColourColumn,
};

int bandValue(QTableWidget* bands, int row, int column)
{
    return bands->item(row, column)->data(Qt::EditRole).toInt();
}

} // namespace

class TestRiskDialogs : public QObject
{
    Q_OBJECT

private:
    qint64 createSystem(const QString& code, const QString& name);
    QString tierOf(qint64 id);
    void snapshot(QWidget* widget, const QString& name);
    // Opens the editor of a step through the keyboard and types a new name, as a user would.
    static bool renameStep(QTableWidget* table, int row, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_hr = 0;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrixDialogSavesANewVersion();
    void invalidMatrixCannotBeSaved();
    void matrixDialogOnReadOnlyWorkspace();
    void cvScreeningIsHighRisk();
    void socialScoringIsProhibited();
    void sameTierHasNothingToApply();
    void applyRecordsTierWithReasoning();
    void runForSystemAppliesTheProposal();
    void systemDialogSuggestsTier();
};

qint64 TestRiskDialogs::createSystem(const QString& code, const QString& name)
{
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, code);
    s.set(u"name"_s, name);
    auto created = SystemRepository(m_ws->connection()).create(s);
    if (!created) {
        qWarning() << created.error().message;
        return 0;
    }
    return *created;
}

QString TestRiskDialogs::tierOf(qint64 id)
{
    auto system = SystemRepository(m_ws->connection()).get(id);
    if (!system || !system->has_value()) {
        return u"<missing>"_s;
    }
    return (*system)->value(u"ai_act_tier"_s);
}

void TestRiskDialogs::snapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ATTEST_SNAPSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

bool TestRiskDialogs::renameStep(QTableWidget* table, int row, const QString& name)
{
    table->setCurrentCell(row, 0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return); // Enter edits the step (and does not save the dialog)
    auto* editor = qobject_cast<QLineEdit*>(table->indexWidget(table->model()->index(row, 0)));
    if (!editor || !table->isVisible()) {
        return false;
    }
    editor->selectAll();
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return); // commits (queued) and closes the editor
    const QModelIndex index = table->model()->index(row, 0);
    return QTest::qWaitFor([&] { return table->item(row, 0)->text() == name && !table->indexWidget(index); });
}

void TestRiskDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_ws = createWorkspace(m_dir.filePath(u"risk-dialogs.attest"_s));
    QVERIFY(m_ws);
    // Loading the catalogs seeds the default matrix as version 1.
    QVERIFY(CatalogLoader::sync(m_ws->connection()));
    auto seeded = RiskRepository(m_ws->connection()).currentMatrix();
    QVERIFY(seeded && seeded->has_value());
    QCOMPARE((*seeded)->version, 1);
    m_hr = createSystem(u"HR-01"_s, u"CV screening"_s);
    QVERIFY(m_hr);
}

void TestRiskDialogs::cleanupTestCase()
{
    m_ws.reset();
}

void TestRiskDialogs::matrixDialogSavesANewVersion()
{
    RiskMatrixDialog dialog(m_ws->connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.baseVersion(), 1);
    QVERIFY(dialog.findChild<QLabel*>(u"versionNoticeLabel"_s)->text().contains(u"version 2"_s));
    QCOMPARE(dialog.likelihoodTable()->rowCount(), 5);
    QCOMPARE(dialog.impactTable()->rowCount(), 5);
    QCOMPARE(dialog.bandTable()->rowCount(), 4);
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().isEmpty());
    // The preview: most likely at the top, most severe on the right, coloured by level.
    QTableWidget* preview = dialog.previewTable();
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->item(0, 4)->text(), u"25"_s);
    QCOMPARE(preview->item(4, 0)->text(), u"1"_s);
    QCOMPARE(preview->item(0, 4)->background().color(), QColor(u"#c0302a"_s));
    QCOMPARE(preview->item(4, 0)->background().color(), QColor(u"#3fa35b"_s));
    QVERIFY(preview->verticalHeaderItem(0)->text().contains(u"Almost certain"_s));

    // Rename a step through the keyboard; Enter does not close the dialog.
    QVERIFY(renameStep(dialog.likelihoodTable(), 0, u"Very rare"_s));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.savedVersion(), 0);
    QVERIFY(preview->verticalHeaderItem(4)->text().contains(u"Very rare"_s));

    // A sixth likelihood step: the editor opens on it, and the top level still reaches the highest score.
    QTest::mouseClick(dialog.addLikelihoodButton(), Qt::LeftButton);
    QCOMPARE(dialog.likelihoodTable()->rowCount(), 6);
    auto* editor =
        qobject_cast<QLineEdit*>(dialog.likelihoodTable()->indexWidget(dialog.likelihoodTable()->model()->index(5, 0)));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Certain"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(dialog.likelihoodTable()->item(5, 0)->text(), u"Certain"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(bandValue(dialog.bandTable(), 3, ToColumn), 30);
    QCOMPARE(dialog.thresholdSpinBox()->maximum(), 30);
    QCOMPARE(preview->rowCount(), 6);
    QCOMPARE(preview->item(0, 4)->text(), u"30"_s);
    QVERIFY(dialog.saveButton()->isEnabled());

    // Move the High / Critical boundary, and raise the threshold.
    dialog.bandTable()->item(2, ToColumn)->setData(Qt::EditRole, 15);
    QVERIFY(!dialog.saveButton()->isEnabled()); // 16 is not covered yet
    dialog.bandTable()->item(3, FromColumn)->setData(Qt::EditRole, 16);
    dialog.bandTable()->item(3, ToColumn)->setData(Qt::EditRole, 30);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
    dialog.thresholdSpinBox()->setValue(12);
    QVERIFY(dialog.findChild<QLabel*>(u"thresholdHintLabel"_s)->text().contains(u"up to 12 (High)"_s));
    QCOMPARE(preview->item(2, 3)->background().color(), QColor(u"#c0302a"_s)); // 4 × 4 = 16: Critical now
    QVERIFY(preview->item(2, 3)->font().bold());                               // above the threshold
    QVERIFY(!preview->item(3, 2)->font().bold());                              // 3 × 3 = 9
    QTest::keyClicks(dialog.noteLineEdit(), u"Six likelihood steps"_s);
    snapshot(&dialog, u"risk-matrix-dialog"_s);

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.savedVersion(), 2);

    auto current = RiskRepository(m_ws->connection()).currentMatrix();
    QVERIFY(current && current->has_value());
    const RiskMatrix& m = **current;
    QCOMPARE(m.version, 2);
    QCOMPARE(m.likelihood.size(), 6);
    QCOMPARE(m.likelihood.first(), u"Very rare"_s);
    QCOMPARE(m.likelihood.last(), u"Certain"_s);
    QCOMPARE(m.impact.size(), 5);
    QCOMPARE(m.maxScore(), 30);
    QCOMPARE(m.bands.size(), 4);
    QCOMPARE(m.bands[2].max, 15);
    QCOMPARE(m.bands[3].min, 16);
    QCOMPARE(m.bands[3].max, 30);
    QCOMPARE(m.bands[3].colour, u"#c0302a"_s);
    QCOMPARE(m.acceptanceThreshold, 12);
    // The first version is kept.
    auto first = RiskRepository(m_ws->connection()).matrix(1);
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->likelihood.size(), 5);
}

void TestRiskDialogs::invalidMatrixCannotBeSaved()
{
    RiskMatrixDialog dialog(m_ws->connection());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.baseVersion(), 2);
    QCOMPARE(dialog.likelihoodTable()->rowCount(), 6);
    QVERIFY(dialog.saveButton()->isEnabled());

    // A gap between Low (1–4) and Medium.
    dialog.bandTable()->item(1, FromColumn)->setData(Qt::EditRole, 6);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.messageLabel()->text().contains(u"without gaps"_s), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.messageLabel()->text().contains(u"expected 5"_s));
    // The uncovered score shows in the preview: 5 = likelihood 1 × impact 5 (bottom row, last column).
    QTableWidget* preview = dialog.previewTable();
    QCOMPARE(preview->item(5, 4)->text(), u"5"_s);
    QVERIFY(preview->item(5, 4)->toolTip().contains(u"not covered"_s));
    snapshot(&dialog, u"risk-matrix-dialog-invalid"_s);
    // Saving is refused anyway.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.savedVersion(), 0);

    dialog.bandTable()->item(1, FromColumn)->setData(Qt::EditRole, 5);
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().isEmpty());

    // An empty step name.
    dialog.impactTable()->item(2, 0)->setText(u"  "_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(u"needs a name"_s));
    dialog.impactTable()->item(2, 0)->setText(u"Moderate"_s);
    QVERIFY(dialog.saveButton()->isEnabled());

    // Scales keep 2 to 10 steps; shrinking keeps the top level at the highest score.
    for (int i = 0; i < 3; ++i) {
        dialog.impactTable()->setCurrentCell(dialog.impactTable()->rowCount() - 1, 0);
        QTest::mouseClick(dialog.removeImpactButton(), Qt::LeftButton);
    }
    QCOMPARE(dialog.impactTable()->rowCount(), 2);
    QVERIFY(!dialog.removeImpactButton()->isEnabled());
    QCOMPARE(dialog.matrix().maxScore(), 12);
    QCOMPARE(dialog.thresholdSpinBox()->maximum(), 12);
    QCOMPARE(dialog.thresholdSpinBox()->value(), 12);
    // Critical (16–30) followed the highest score to 18, but 18 is no longer reachable: the message says so.
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.messageLabel()->text().isEmpty());
    // Removing a level hands its scores to the one below.
    dialog.bandTable()->setCurrentCell(3, NameColumn);
    QTest::mouseClick(dialog.removeBandButton(), Qt::LeftButton);
    QCOMPARE(dialog.bandTable()->rowCount(), 3);
    QCOMPARE(bandValue(dialog.bandTable(), 2, ToColumn), 18);
    dialog.bandTable()->item(2, ToColumn)->setData(Qt::EditRole, 12);
    QVERIFY2(dialog.saveButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));

    // Nothing was saved.
    dialog.reject();
    auto current = RiskRepository(m_ws->connection()).currentMatrix();
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->version, 2);
}

void TestRiskDialogs::matrixDialogOnReadOnlyWorkspace()
{
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    options.actor = testActor();
    auto readOnly = Workspace::open(m_ws->path(), options);
    QVERIFY2(readOnly, readOnly ? "" : qPrintable(readOnly.error().message));
    RiskMatrixDialog dialog((*readOnly)->connection());
    QCOMPARE(dialog.baseVersion(), 2);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.addLikelihoodButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(u"read-only"_s));

    QString error;
    QVERIFY(!TierAssistantDialog::runForSystem((*readOnly)->connection(), m_hr, nullptr, &error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
}

void TestRiskDialogs::cvScreeningIsHighRisk()
{
    TierAssistantDialog dialog(u"HR-01 CV screening"_s, u"unclassified"_s);
    dialog.resize(900, 650);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.proposal().tier, u"minimal"_s);
    QCOMPARE(dialog.proposalLabel()->text(), u"Minimal risk"_s);
    QVERIFY(dialog.comparisonLabel()->text().contains(u"Not yet classified"_s));
    QVERIFY(dialog.applyButton()->isEnabled());
    // Every question is there, with its reference.
    for (const TierAssistant::Question& q : TierAssistant::questions()) {
        QVERIFY2(dialog.checkBox(q.code), qPrintable(q.code));
        QCOMPARE(dialog.checkBox(q.code)->accessibleDescription(), q.reference);
    }
    QVERIFY(!dialog.checkBox(u"no.such.question"_s));

    // Screening CVs: tick it with the mouse, on the question's text.
    auto* text = dialog.findChild<QLabel*>(u"annex3.employmentLabel"_s);
    QVERIFY(text);
    QVERIFY(text->text().contains(u"Annex III(4)"_s));
    QTest::mouseClick(text, Qt::LeftButton);
    QVERIFY(dialog.checkBox(u"annex3.employment"_s)->isChecked());
    QCOMPARE(dialog.answers(), QSet<QString>{u"annex3.employment"_s});
    QCOMPARE(dialog.proposal().tier, u"high"_s);
    QCOMPARE(dialog.proposalLabel()->text(), u"High risk"_s);
    QVERIFY(dialog.proposal().reasoning.join(u" "_s).contains(u"Annex III"_s));
    QVERIFY(dialog.reasoningLabel()->text().contains(u"Annex III(4)"_s));
    QVERIFY(dialog.comparisonLabel()->text().contains(u"differs"_s));
    QVERIFY(dialog.applyButton()->isEnabled());
    snapshot(&dialog, u"tier-assistant-dialog"_s);

    // An Art. 6(3) exception without profiling takes it out of high risk; profiling brings it back.
    QTest::keyClick(dialog.checkBox(u"art6_3.preparatory"_s), Qt::Key_Space);
    QCOMPARE(dialog.proposal().tier, u"minimal"_s);
    dialog.setAnswer(u"art6_3.profiling"_s, true);
    QCOMPARE(dialog.proposal().tier, u"high"_s);
}

void TestRiskDialogs::socialScoringIsProhibited()
{
    TierAssistantDialog dialog(u"HR-01 CV screening"_s, u"high"_s);
    dialog.setAnswer(u"annex3.employment"_s, true);
    QCOMPARE(dialog.proposal().tier, u"high"_s);
    QVERIFY(!dialog.applyButton()->isEnabled()); // the same as recorded
    dialog.setAnswer(u"art5.social_scoring"_s, true);
    QVERIFY(dialog.checkBox(u"art5.social_scoring"_s)->isChecked());
    QCOMPARE(dialog.proposal().tier, u"prohibited"_s);
    QCOMPARE(dialog.proposalLabel()->text(), u"Prohibited"_s);
    QVERIFY(dialog.proposal().reasoning.join(u" "_s).contains(u"Art. 5(1)(c)"_s));
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.setAnswer(u"art5.social_scoring"_s, false);
    QCOMPARE(dialog.proposal().tier, u"high"_s);
}

void TestRiskDialogs::sameTierHasNothingToApply()
{
    TierAssistantDialog dialog(u"X"_s, u"minimal"_s);
    QCOMPARE(dialog.proposal().tier, u"minimal"_s);
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.comparisonLabel()->text().contains(u"agrees"_s));
    dialog.setAnswer(u"art50.interacts"_s, true);
    QCOMPARE(dialog.proposal().tier, u"limited"_s);
    QVERIFY(dialog.applyButton()->isEnabled());
}

void TestRiskDialogs::applyRecordsTierWithReasoning()
{
    Connection& c = m_ws->connection();
    const TierAssistant::Proposal proposal = TierAssistant::propose({u"annex3.employment"_s});
    auto applied = TierAssistantDialog::apply(c, m_hr, proposal);
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QVERIFY(*applied);
    auto system = SystemRepository(c).get(m_hr);
    QVERIFY(system && system->has_value());
    QCOMPARE((*system)->value(u"ai_act_tier"_s), u"high"_s);

    auto events = AuditRepository(c).page({}, 0, 1);
    QVERIFY(events && !events->isEmpty());
    const AuditEventRecord& e = events->first();
    QCOMPARE(e.action, u"update"_s);
    QCOMPARE(e.entityType, u"ai_system"_s);
    QCOMPARE(e.entityId, m_hr);
    QVERIFY2(e.reason.startsWith(u"EU AI Act tier assistant: "_s), qPrintable(e.reason));
    QVERIFY(e.reason.contains(u"Annex III(4)"_s));
    QCOMPARE(e.reason, TierAssistantDialog::auditReason(proposal));
    QCOMPARE(e.fieldChanges().size(), 1);
    QCOMPARE(e.fieldChanges().first().field, u"ai_act_tier"_s);
    QCOMPARE(e.fieldChanges().first().before.toString(), u"unclassified"_s);
    QCOMPARE(e.fieldChanges().first().after.toString(), u"high"_s);

    // The same tier again changes nothing and records nothing.
    auto again = TierAssistantDialog::apply(c, m_hr, proposal);
    QVERIFY(again);
    QVERIFY(!*again);
    auto latest = AuditRepository(c).page({}, 0, 1);
    QVERIFY(latest && !latest->isEmpty());
    QCOMPARE(latest->first().seq, e.seq);

    // A system that does not exist is an error, not a crash.
    auto missing = TierAssistantDialog::apply(c, 999999, proposal);
    QVERIFY(!missing);
    QVERIFY(!missing.error().message.isEmpty());
}

void TestRiskDialogs::runForSystemAppliesTheProposal()
{
    Connection& c = m_ws->connection();
    const qint64 chat = createSystem(u"CHAT-01"_s, u"Support chatbot"_s);
    QVERIFY(chat);

    // Cancelled: nothing written, no error.
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<TierAssistantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setAnswer(u"art50.interacts"_s, true);
        dialog->reject();
    });
    QString error = u"stale"_s;
    QVERIFY(!TierAssistantDialog::runForSystem(c, chat, nullptr, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(tierOf(chat), u"unclassified"_s);

    // Applied.
    QString title;
    QTimer::singleShot(0, this, [&title] {
        auto* dialog = qobject_cast<TierAssistantDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        title = dialog->windowTitle();
        dialog->setAnswer(u"art50.interacts"_s, true);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    });
    QVERIFY(TierAssistantDialog::runForSystem(c, chat, nullptr, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(title.contains(u"CHAT-01 Support chatbot"_s));
    QCOMPARE(tierOf(chat), u"limited"_s);
    auto events = AuditRepository(c).page({}, 0, 1);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->first().entityId, chat);
    QVERIFY(events->first().reason.contains(u"Art. 50(1)"_s));

    // A system that is gone: an error for the caller to show.
    QVERIFY(!TierAssistantDialog::runForSystem(c, 999999, nullptr, &error));
    QVERIFY(!error.isEmpty());
}

void TestRiskDialogs::systemDialogSuggestsTier()
{
    auto system = SystemRepository(m_ws->connection()).get(m_hr);
    QVERIFY(system && system->has_value());
    {
        SystemDialog readOnly(m_ws->connection(), **system, true, {});
        QVERIFY(readOnly.suggestTierButton());
        QVERIFY(!readOnly.suggestTierButton()->isEnabled());
    }

    QMap<QString, QString> submitted;
    SystemDialog dialog(
        m_ws->connection(), **system, false, [&](const AiSystem&, const QMap<QString, QString>& changes) {
            submitted = changes;
            return QString();
        });
    dialog.tabs()->setCurrentIndex(1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    snapshot(&dialog, u"system-dialog-classification"_s);
    QPushButton* suggest = dialog.suggestTierButton();
    QVERIFY(suggest);
    QVERIFY(suggest->isEnabled());
    QCOMPARE(suggest->text(), u"Suggest…"_s);
    auto* tier = qobject_cast<QComboBox*>(dialog.editor(u"ai_act_tier"_s));
    QVERIFY(tier);
    QCOMPARE(tier->currentData().toString(), u"high"_s);

    // The assistant starts from the tier entered in the form, and "Use this tier" puts its proposal there.
    QString currentShown;
    QTimer::singleShot(0, this, [&currentShown] {
        auto* assistant = qobject_cast<TierAssistantDialog*>(QApplication::activeModalWidget());
        QVERIFY(assistant);
        currentShown = assistant->comparisonLabel()->text();
        assistant->setAnswer(u"art5.social_scoring"_s, true);
        assistant->applyButton()->click();
    });
    QTest::mouseClick(suggest, Qt::LeftButton);
    QVERIFY(currentShown.contains(u"High risk"_s));
    QCOMPARE(tier->currentData().toString(), u"prohibited"_s);
    // Nothing is written until Save, which goes through the form's usual path.
    QCOMPARE(tierOf(m_hr), u"high"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(submitted.value(u"ai_act_tier"_s), u"prohibited"_s);
}

QTEST_MAIN(TestRiskDialogs)
#include "TestRiskDialogs.moc"
