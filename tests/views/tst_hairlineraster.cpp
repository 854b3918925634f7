// SPDX-License-Identifier: MIT
// HairlineRaster: the graph page's zoomed-out edges drawn straight into an image, which must
// put the same pixels where QPainter's aliased cosmetic pen would, dashes and clipping too.
#include "graph/hairlineraster.h"

#include <QPainter>
#include <QTest>

using namespace Candor;

class TestHairlineRaster : public QObject
{
    Q_OBJECT

private slots:
    void solidLineCoversItsPixels_data();
    void solidLineCoversItsPixels();
    void dashesAreFourOnTwoOff();
    void clipsToTheImage();
    void followsScaleAndTranslation();
    void matchesQPainterCosmeticPen();
    void fillsATriangle();
    void refusesRotation();

private:
    static constexpr QRgb ink = 0xff3366ccu;
    static QImage blank(int width, int height)
    {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        return image;
    }
    static int inked(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == ink;
        }
        return count;
    }
};

void TestHairlineRaster::solidLineCoversItsPixels_data()
{
    QTest::addColumn<QPolygonF>("line");
    QTest::addColumn<int>("pixels");
    QTest::newRow("horizontal") << QPolygonF({{2, 5}, {12, 5}}) << 11;
    QTest::newRow("vertical") << QPolygonF({{5, 2}, {5, 9}}) << 8;
    QTest::newRow("diagonal") << QPolygonF({{0, 0}, {9, 9}}) << 10;
    QTest::newRow("shallow") << QPolygonF({{0, 0}, {19, 4}}) << 20; // one per column
    QTest::newRow("two segments") << QPolygonF({{0, 0}, {10, 0}, {10, 10}}) << 21;
    QTest::newRow("backwards") << QPolygonF({{12, 5}, {2, 5}}) << 11;
}

void TestHairlineRaster::solidLineCoversItsPixels()
{
    QFETCH(QPolygonF, line);
    QFETCH(int, pixels);
    QImage image = blank(32, 32);
    HairlineRaster(&image, {}).drawPolyline(line, ink, false);
    QCOMPARE(inked(image), pixels);
    QCOMPARE(image.pixel(line.first().toPoint()), ink);
    QCOMPARE(image.pixel(line.last().toPoint()), ink);
}

void TestHairlineRaster::dashesAreFourOnTwoOff()
{
    QImage image = blank(40, 3);
    HairlineRaster(&image, {}).drawPolyline(QPolygonF({{0, 1}, {35, 1}}), ink, true);
    QString pattern;
    for (int x = 0; x < 12; ++x)
        pattern += image.pixel(x, 1) == ink ? QLatin1Char('#') : QLatin1Char('.');
    QCOMPARE(pattern, QStringLiteral("####..####.."));
    QCOMPARE(inked(image), 24); // 36 pixels: six periods of four
}

void TestHairlineRaster::clipsToTheImage()
{
    QImage image = blank(10, 10);
    HairlineRaster raster(&image, {});
    raster.drawPolyline(QPolygonF({{-50, 5}, {50, 5}}), ink, false);    // through
    raster.drawPolyline(QPolygonF({{-50, -50}, {-1, -1}}), ink, false); // wholly outside
    raster.drawPolyline(QPolygonF({{-1e9, 2}, {1e9, 2}}), ink, false);  // absurdly long
    QCOMPARE(inked(image), 20);
    for (int x = 0; x < 10; ++x) {
        QCOMPARE(image.pixel(x, 5), ink);
        QCOMPARE(image.pixel(x, 2), ink);
    }
}

void TestHairlineRaster::followsScaleAndTranslation()
{
    QImage image = blank(40, 40);
    // Scene (10, 10)–(30, 10) at 50 %, moved by (5, 7): device (10, 12)–(20, 12).
    const QTransform transform = QTransform::fromScale(0.5, 0.5) * QTransform::fromTranslate(5, 7);
    HairlineRaster(&image, transform).drawPolyline(QPolygonF({{10, 10}, {30, 10}}), ink, false);
    QCOMPARE(inked(image), 11);
    QCOMPARE(image.pixel(10, 12), ink);
    QCOMPARE(image.pixel(20, 12), ink);
}

void TestHairlineRaster::matchesQPainterCosmeticPen()
{
    // Not pixel for pixel (rounding differs at half pixels), but the same line: every pixel
    // the raster inks is within one pixel of one QPainter inks, and the counts are close.
    const QPolygonF line({{3.2, 4.7}, {60.5, 21.3}, {80.1, 70.4}});
    QImage ours = blank(90, 90);
    HairlineRaster(&ours, {}).drawPolyline(line, ink, false);
    QImage theirs = blank(90, 90);
    {
        QPainter painter(&theirs);
        QPen pen{QColor::fromRgba(ink), 1};
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(line);
    }
    const auto near = [&theirs](int x, int y) {
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                if (theirs.valid(x + dx, y + dy) && theirs.pixel(x + dx, y + dy) == ink)
                    return true;
            }
        }
        return false;
    };
    for (int y = 0; y < ours.height(); ++y) {
        for (int x = 0; x < ours.width(); ++x) {
            if (ours.pixel(x, y) == ink)
                QVERIFY2(near(x, y), qPrintable(QStringLiteral("(%1, %2)").arg(x).arg(y)));
        }
    }
    QVERIFY(qAbs(inked(ours) - inked(theirs)) <= 3);
}

void TestHairlineRaster::fillsATriangle()
{
    QImage image = blank(20, 20);
    const QPolygonF arrow({{15, 10}, {5, 5}, {5, 15}, {15, 10}});
    HairlineRaster(&image, {}).fillConvex(arrow, ink);
    QCOMPARE(image.pixel(7, 10), ink);  // inside
    QCOMPARE(image.pixel(13, 10), ink); // near the tip
    QCOMPARE(image.pixel(5, 5), ink);   // a corner, from the outline
    QVERIFY(image.pixel(13, 6) != ink); // outside, above the slope
    QVERIFY(image.pixel(2, 10) != ink); // behind the base
    // About the triangle's area (50) plus its outline.
    QVERIFY2(inked(image) >= 50 && inked(image) <= 80, qPrintable(QString::number(inked(image))));
}

void TestHairlineRaster::refusesRotation()
{
    QVERIFY(HairlineRaster::supports(QTransform::fromScale(0.3, 0.3)));
    QVERIFY(HairlineRaster::supports(QTransform::fromTranslate(4, 5)));
    QVERIFY(!HairlineRaster::supports(QTransform().rotate(30)));
}

QTEST_GUILESS_MAIN(TestHairlineRaster)
#include "tst_hairlineraster.moc"
