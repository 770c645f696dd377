// The form of a system record (here the GDPR data-protection record): built from the kind's fields on one tab per
// page, checked as typed (an invalid date disables Save and says why), and saved as exactly the changed fields in
// one audited write; a read-only workspace shows it without a Save button.

#include "TestSupport.h"
#include "inventory/SystemRecordDialog.h"
#include "inventory/TechnicalFile.h"
#include "privacy/ProcessingRecord.h"
#include "storage/AuditRepository.h"
#include "storage/SystemRecordRepository.h"
#include "storage/SystemRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestSystemRecordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editValidateAndSave();
    void technicalDocumentationHasATabPerPage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_system = 0;
};

void TestSystemRecordDialog::initTestCase()
{
    m_ws = createWorkspace(m_dir.filePath(u"records.attest"_s));
    QVERIFY(m_ws);
    AiSystem s = AiSystem::withDefaults();
    s.set(u"code"_s, u"HR-01"_s);
    s.set(u"name"_s, u"CV screening"_s);
    auto id = SystemRepository(m_ws->connection()).create(s);
    QVERIFY(id);
    m_system = *id;
}

void TestSystemRecordDialog::editValidateAndSave()
{
    SystemRecordDialog dialog(
        m_ws->connection(), PrivacyFields::kind(), m_system, u"HR-01 CV screening"_s, u"intro"_s, false);
    QCOMPARE(dialog.tabs()->count(), 2);
    QVERIFY(dialog.changes().isEmpty());
    auto* review = qobject_cast<QLineEdit*>(dialog.editor(u"dpia_next_review"_s));
    auto* retention = qobject_cast<QPlainTextEdit*>(dialog.editor(u"retention"_s));
    auto* role = qobject_cast<QComboBox*>(dialog.editor(u"role"_s));
    QVERIFY(review && retention && role);
    QCOMPARE(role->currentData().toString(), QString()); // "(not recorded)" until chosen
    review->setText(u"after the summer"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    auto* problem = dialog.findChild<QLabel*>(u"problemLabel"_s);
    QVERIFY(problem && problem->text().contains(u"after the summer"_s));
    review->setText(u"2027-06-30"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    retention->setPlainText(u"Six months after the position is filled."_s);
    role->setCurrentIndex(role->findData(u"controller"_s));
    const QMap<QString, QString> changes = dialog.changes();
    QCOMPARE(changes.keys(), (QStringList{u"dpia_next_review"_s, u"retention"_s, u"role"_s}));

    auto events = AuditRepository(m_ws->connection()).count({});
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*AuditRepository(m_ws->connection()).count({}), *events + 1);
    auto record = SystemRecordRepository(m_ws->connection(), PrivacyFields::kind()).forSystem(m_system);
    QCOMPARE(record->value(u"retention"_s), u"Six months after the position is filled."_s);
    QCOMPARE(record->value(u"dpia_next_review"_s), u"2027-06-30"_s);
    QCOMPARE(record->value(u"role"_s), u"controller"_s);

    // Opened again, it shows what was saved and nothing is changed yet.
    SystemRecordDialog again(m_ws->connection(), PrivacyFields::kind(), m_system, u"HR-01"_s, u"intro"_s, true);
    QVERIFY(again.changes().isEmpty());
    QCOMPARE(qobject_cast<QPlainTextEdit*>(again.editor(u"retention"_s))->toPlainText(),
             u"Six months after the position is filled."_s);
    QVERIFY(!again.saveButton()); // read-only: no Save
    QVERIFY(!again.editor(u"retention"_s)->isEnabled());
}

void TestSystemRecordDialog::technicalDocumentationHasATabPerPage()
{
    SystemRecordDialog dialog(m_ws->connection(), TechnicalFile::kind(), m_system, u"HR-01"_s, u"intro"_s, false);
    QCOMPARE(dialog.tabs()->count(), TechnicalFile::kind().pages().size());
    for (const SystemField& field : TechnicalFile::kind().fields()) {
        QVERIFY2(dialog.editor(field.key), qPrintable(field.key));
        QVERIFY(!dialog.editor(field.key)->accessibleName().isEmpty());
    }
}

QTEST_MAIN(TestSystemRecordDialog)
#include "TestSystemRecordDialog.moc"
