// The risk matrix editor and the EU AI Act tier assistant dialog.

#include "TestSupport.h"

#include <QTest>

class TestRiskDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_MAIN(TestRiskDialogs)
#include "TestRiskDialogs.moc"
