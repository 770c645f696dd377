// Sharp on high-density screens (run at QT_SCALE_FACTOR=2): the window works at device pixel ratio 2, colour
// swatches carry pixmaps for it instead of being scaled up, the heat map and the dashboard draw at full
// resolution, and the application icon exists as SVG and as bitmaps up to 512 px.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Icons.h"
#include "demo/DemoWorkspace.h"
#include "risk/HeatMapWidget.h"
#include "risk/RiskView.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::test;
using namespace attest::ui;
using namespace Qt::StringLiterals;

class TestHighDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swatchesHavePixmapsForEveryRatio();
    void viewsRenderAtTheScreensRatio();
    void applicationIconAtEverySize();
};

void TestHighDpi::swatchesHavePixmapsForEveryRatio()
{
    const QColor red(0xc0, 0x30, 0x2a);
    const QIcon icon = swatchIcon(red, 12);
    for (const qreal ratio : {1.0, 2.0, 3.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(12, 12), ratio);
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        QCOMPARE(pixmap.size(), QSize(qRound(12 * ratio), qRound(12 * ratio)));
        // Drawn at that size, not scaled: the centre is the colour and the edge is darker.
        const QImage image = pixmap.toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2).rgb(), red.rgb());
        QVERIFY(image.pixelColor(image.width() / 2, 0).lightness() < red.lightness());
    }
    // Cached: asking again while painting costs nothing and gives the same icon.
    QCOMPARE(swatchIcon(red, 12).cacheKey(), icon.cacheKey());
}

void TestHighDpi::viewsRenderAtTheScreensRatio()
{
    QCOMPARE(qEnvironmentVariable("QT_SCALE_FACTOR"), u"2"_s);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.attest"_s);
    QVERIFY(DemoWorkspace::createFile(db, testActor(), {}));
    MainWindow window({});
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.devicePixelRatio(), 2.0);
    QVERIFY(window.openWorkspace(db));
    window.showRisks();
    QCoreApplication::processEvents();
    HeatMapWidget* heatMap = window.riskView()->heatMap();
    const QPixmap grabbed = heatMap->grab();
    QCOMPARE(grabbed.devicePixelRatio(), 2.0);
    QCOMPARE(grabbed.width(), heatMap->width() * 2);
    // Vector drawing at full resolution: edges one device pixel wide, not two (a 1x image scaled up would
    // produce runs of identical pixel pairs everywhere).
    const QImage image = grabbed.toImage();
    int oddEdges = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 1; x + 1 < image.width(); x += 2) {
            if (image.pixel(x, y) != image.pixel(x - 1, y) && image.pixel(x, y) != image.pixel(x + 1, y)) {
                ++oddEdges;
            }
        }
    }
    QVERIFY2(oddEdges > 20, qPrintable(QString::number(oddEdges)));
}

void TestHighDpi::applicationIconAtEverySize()
{
    const QString icons = QStringLiteral(ATTEST_SOURCE_DIR) + u"/installer/icons"_s;
    const QIcon svg(icons + u"/org.attest.Attest.svg"_s);
    const QPixmap big = svg.pixmap(QSize(512, 512), 1.0);
    QCOMPARE(big.size(), QSize(512, 512));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QImage png(icons + u"/hicolor/%1x%1/org.attest.Attest.png"_s.arg(size));
        QCOMPARE(png.size(), QSize(size, size));
        QVERIFY(png.hasAlphaChannel());
    }
}

QTEST_MAIN(TestHighDpi)
#include "TestHighDpi.moc"
