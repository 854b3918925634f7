// SPDX-License-Identifier: MIT
// Fractional card ranks: ranks strictly between their neighbours while the gap allows, and
// nothing (renumber) once it does not.
#include "board/cardranks.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace Candor;

namespace {

using OptionalRank = std::optional<double>;

// Empty when ranks are strictly increasing and strictly inside (before, after).
QString problemWith(const QList<double> &ranks, OptionalRank before, OptionalRank after)
{
    for (qsizetype i = 0; i < ranks.size(); ++i) {
        const double rank = ranks.at(i);
        if (!std::isfinite(rank))
            return QStringLiteral("rank %1 is not finite").arg(i);
        if (i > 0 && !(ranks.at(i - 1) < rank))
            return QStringLiteral("rank %1 (%2) not above rank %3 (%4)")
                .arg(i)
                .arg(rank, 0, 'g', 17)
                .arg(i - 1)
                .arg(ranks.at(i - 1), 0, 'g', 17);
    }
    if (!ranks.isEmpty() && before && !(*before < ranks.first()))
        return QStringLiteral("first rank %1 not above %2")
            .arg(ranks.first(), 0, 'g', 17)
            .arg(*before, 0, 'g', 17);
    if (!ranks.isEmpty() && after && !(ranks.last() < *after))
        return QStringLiteral("last rank %1 not below %2")
            .arg(ranks.last(), 0, 'g', 17)
            .arg(*after, 0, 'g', 17);
    return {};
}

} // namespace

class tst_CardRanks : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void gapTooSmall_data();
    void gapTooSmall();
    void halvingEndsInRenumbering();
    void renumbered();
};

void tst_CardRanks::between_data()
{
    QTest::addColumn<OptionalRank>("before");
    QTest::addColumn<OptionalRank>("after");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<double>>("expected"); // empty: only check the order

    const OptionalRank none;
    QTest::newRow("middle, one") << OptionalRank(1024) << OptionalRank(2048) << 1
                                 << QList<double>{1536};
    QTest::newRow("middle, three")
        << OptionalRank(1024) << OptionalRank(2048) << 3 << QList<double>{1280, 1536, 1792};
    QTest::newRow("after the last") << OptionalRank(3072) << none << 2 << QList<double>{4096, 5120};
    QTest::newRow("before the first") << none << OptionalRank(1024) << 2 << QList<double>{-1024, 0};
    QTest::newRow("empty column") << none << none << 3 << QList<double>{1024, 2048, 3072};
    QTest::newRow("negative neighbours")
        << OptionalRank(-12.5) << OptionalRank(-12.25) << 1 << QList<double>{-12.375};
    QTest::newRow("small but usable gap")
        << OptionalRank(1000) << OptionalRank(1000.00001) << 2 << QList<double>{};
    QTest::newRow("large ranks, wide gap")
        << OptionalRank(1e11) << OptionalRank(1e11 + 1) << 4 << QList<double>{};
    QTest::newRow("many in a wide gap")
        << OptionalRank(0) << OptionalRank(1e6) << 500 << QList<double>{};
}

void tst_CardRanks::between()
{
    QFETCH(OptionalRank, before);
    QFETCH(OptionalRank, after);
    QFETCH(int, count);
    QFETCH(QList<double>, expected);

    const std::optional<QList<double>> ranks = CardRanks::between(before, after, count);
    QVERIFY(ranks);
    QCOMPARE(ranks->size(), count);
    const QString problem = problemWith(*ranks, before, after);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!expected.isEmpty())
        QCOMPARE(*ranks, expected);
}

void tst_CardRanks::gapTooSmall_data()
{
    QTest::addColumn<OptionalRank>("before");
    QTest::addColumn<OptionalRank>("after");
    QTest::addColumn<int>("count");

    const OptionalRank none;
    const double large = 1e11;
    QTest::newRow("equal neighbours") << OptionalRank(2048) << OptionalRank(2048) << 1;
    QTest::newRow("reversed neighbours") << OptionalRank(2048) << OptionalRank(1024) << 1;
    QTest::newRow("tiny gap") << OptionalRank(1024) << OptionalRank(1024 + 1e-7) << 1;
    QTest::newRow("gap too small for many") << OptionalRank(0) << OptionalRank(1e-4) << 200;
    // Near 1e11 one step of a double is about 1.5e-5: the gap passes a fixed 1e-6 test, but
    // no double lies strictly between two adjacent ones.
    QTest::newRow("adjacent large doubles")
        << OptionalRank(large)
        << OptionalRank(std::nextafter(large, std::numeric_limits<double>::infinity())) << 1;
    QTest::newRow("two steps of a large double")
        << OptionalRank(large)
        << OptionalRank(
               std::nextafter(std::nextafter(large, std::numeric_limits<double>::infinity()),
                              std::numeric_limits<double>::infinity()))
        << 3;
    QTest::newRow("beyond the usable range, end") << OptionalRank(2e12) << none << 1;
    QTest::newRow("beyond the usable range, start") << none << OptionalRank(-2e12) << 1;
    QTest::newRow("not finite") << OptionalRank(std::numeric_limits<double>::quiet_NaN())
                                << OptionalRank(1024) << 1;
    QTest::newRow("infinite") << OptionalRank(0)
                              << OptionalRank(std::numeric_limits<double>::infinity()) << 1;
}

void tst_CardRanks::gapTooSmall()
{
    QFETCH(OptionalRank, before);
    QFETCH(OptionalRank, after);
    QFETCH(int, count);

    const std::optional<QList<double>> ranks = CardRanks::between(before, after, count);
    // Either nothing (renumber) or ranks that really are strictly between: never a rank equal
    // to a neighbour, which would make the order depend on task ids.
    if (ranks) {
        const QString problem = problemWith(*ranks, before, after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(ranks->size(), count);
    }
    QVERIFY(!ranks);
}

void tst_CardRanks::halvingEndsInRenumbering()
{
    // Drop after the same card again and again: every rank strictly inside the gap left, until
    // the gap is used up (some 30 drops for the standard step).
    const double before = CardRanks::step;
    double after = 2 * CardRanks::step;
    int drops = 0;
    while (const auto ranks = CardRanks::between(before, after, 1)) {
        const QString problem = problemWith(*ranks, before, after);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        after = ranks->first();
        ++drops;
        QVERIFY(drops < 1000);
    }
    QVERIFY2(drops >= 20 && drops <= 40, qPrintable(QString::number(drops)));
}

void tst_CardRanks::renumbered()
{
    QCOMPARE(CardRanks::renumbered(0), QList<double>{});
    QCOMPARE(CardRanks::renumbered(3), (QList<double>{1024, 2048, 3072}));
    const QList<double> many = CardRanks::renumbered(10000);
    QCOMPARE(many.size(), 10000);
    QVERIFY(problemWith(many, 0.0, std::nullopt).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CardRanks)
#include "tst_cardranks.moc"
