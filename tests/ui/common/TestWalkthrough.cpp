// The getting-started tour on the demo workspace: every step brings its view forward, outlines a part of it that
// is on screen, and says something; Back and Next move through it, Esc closes it, and a user who has seen it is
// not offered it again.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Walkthrough.h"
#include "demo/DemoWorkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStepShowsAndOutlinesItsView();
    void backNextAndEscape();
    void offeredOnlyOnce();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestWalkthrough::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"walkthrough/seen"_s);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(m_db, testActor(), {}));
}

void TestWalkthrough::everyStepShowsAndOutlinesItsView()
{
    MainWindow window({});
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(m_db));
    window.startWalkthrough();
    Walkthrough* tour = window.walkthrough();
    QVERIFY(tour && tour->isVisible());
    QVERIFY(tour->count() >= 8);
    auto* pages = window.findChild<QStackedWidget*>();
    QVERIFY(pages);
    QSet<QWidget*> viewsShown;
    QSet<QString> titles;
    for (int i = 0; i < tour->count(); ++i) {
        QCOMPARE(tour->current(), i);
        QVERIFY(tour->isVisible());
        const QString text = tour->findChild<QLabel*>(u"walkthroughText"_s)->text();
        QVERIFY2(text.size() > 60, qPrintable(text));
        QVERIFY(!tour->title().isEmpty());
        titles.insert(tour->title());
        viewsShown.insert(pages->currentWidget());
        // The panel stays inside the window.
        QVERIFY(window.rect().contains(tour->geometry()));
        // Tall enough for its wrapped text: nothing is cut off.
        auto* label = tour->findChild<QLabel*>(u"walkthroughText"_s);
        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(tour->title()));
        if (QWidget* target = tour->outlined()) {
            QVERIFY2(target->isVisible(), qPrintable(tour->title()));
            auto* outline = window.findChild<QWidget*>(u"walkthroughOutline"_s);
            QVERIFY(outline && outline->isVisible());
            const QRect targetRect(target->mapTo(&window, QPoint(0, 0)), target->size());
            QVERIFY(outline->geometry().intersects(targetRect));
        }
        QTest::mouseClick(tour->findChild<QPushButton*>(u"walkthroughNext"_s), Qt::LeftButton);
    }
    QVERIFY(!tour->isVisible());
    QCOMPARE(titles.size(), tour->count()); // no step repeats another
    QVERIFY2(viewsShown.size() >= 8, "the tour does not visit the views");
}

void TestWalkthrough::backNextAndEscape()
{
    MainWindow window({});
    window.resize(1300, 850);
    window.show();
    QVERIFY(window.openWorkspace(m_db));
    window.startWalkthrough();
    Walkthrough* tour = window.walkthrough();
    QSignalSpy finished(tour, &Walkthrough::finished);
    auto* back = tour->findChild<QPushButton*>(u"walkthroughBack"_s);
    QVERIFY(!back->isEnabled());
    tour->next();
    tour->next();
    QCOMPARE(tour->current(), 2);
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(tour->current(), 1);
    QTest::keyClick(tour, Qt::Key_Escape);
    QVERIFY(!tour->isVisible());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
}

void TestWalkthrough::offeredOnlyOnce()
{
    QSettings().remove(u"walkthrough/seen"_s);
    {
        MainWindow window({});
        window.resize(1300, 850);
        window.show();
        QVERIFY(window.openWorkspace(m_db));
        window.offerWalkthrough();
        QVERIFY(window.walkthrough() && window.walkthrough()->isVisible());
        QTest::mouseClick(window.walkthrough()->findChild<QPushButton*>(u"walkthroughClose"_s), Qt::LeftButton);
        QVERIFY(!window.walkthrough()->isVisible());
        QVERIFY(QSettings().value(u"walkthrough/seen"_s).toBool());
    }

    MainWindow again({});
    again.show();
    QVERIFY(again.openWorkspace(m_db));
    again.offerWalkthrough();
    QVERIFY(!again.walkthrough());
    // Help > Getting Started still brings it back.
    auto* action = again.findChild<QAction*>(u"walkthroughAction"_s);
    QVERIFY(action && !action->shortcut().isEmpty());
    action->trigger();
    QVERIFY(again.walkthrough() && again.walkthrough()->isVisible());
}

QTEST_MAIN(TestWalkthrough)
#include "TestWalkthrough.moc"
