// SPDX-License-Identifier: MIT
// The one vocabulary of models/io/vocabulary: the same status, verification, priority and
// duration words, read through the Markdown, CSV and Taskwarrior readers, mean the same thing.
#include "io/csv/csvreader.h"
#include "io/markdown/markdowntrackerreader.h"
#include "io/taskwarrior/taskwarriorreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Candor;

namespace {

// The cells of one task, as each format writes them.
struct Cells
{
    QString status;
    QString priority;
    QString estimate;
    QString verification;
    // Taskwarrior's own status says only open or completed; the word in candor_status refines it.
    bool completed = false;
};

QString quotedCsv(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

ImportBatch readMarkdown(const Cells &cells)
{
    const QString text =
        QStringLiteral("# Probe\n\n| Task | Status | Priority | Estimate | Verification |\n"
                       "|---|---|---|---|---|\n| Probe | %1 | %2 | %3 | %4 |\n")
            .arg(cells.status, cells.priority, cells.estimate, cells.verification);
    return MarkdownTrackerReader::read(text, QStringLiteral("probe.md"));
}

ImportBatch readCsv(const Cells &cells)
{
    const QString text = QStringLiteral("title,status,priority,estimate,verification\r\n"
                                        "Probe,%1,%2,%3,%4\r\n")
                             .arg(quotedCsv(cells.status), quotedCsv(cells.priority),
                                  quotedCsv(cells.estimate), quotedCsv(cells.verification));
    return CsvReader::read(text.toUtf8(), QStringLiteral("probe.csv"));
}

ImportBatch readTaskwarrior(const Cells &cells)
{
    QJsonObject object{
        {QStringLiteral("uuid"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
        {QStringLiteral("description"), QStringLiteral("Probe")},
        {QStringLiteral("status"),
         cells.completed ? QStringLiteral("completed") : QStringLiteral("pending")},
    };
    const auto insert = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(name), value);
    };
    insert("candor_status", cells.status);
    insert("priority", cells.priority);
    insert("candor_estimate", cells.estimate);
    insert("candor_verification", cells.verification);
    return TaskwarriorReader::read(QJsonDocument(QJsonArray{object}).toJson(),
                                   QStringLiteral("probe.json"));
}

// The one task each format read, named by format.
QList<std::pair<const char *, ImportedTask>> readAll(const Cells &cells)
{
    QList<std::pair<const char *, ImportedTask>> tasks;
    for (const auto &[format, batch] :
         {std::pair{"Markdown", readMarkdown(cells)}, std::pair{"CSV", readCsv(cells)},
          std::pair{"Taskwarrior", readTaskwarrior(cells)}}) {
        if (batch.tasks.size() != 1) {
            qWarning("%s read %d tasks", format, int(batch.tasks.size()));
            return {};
        }
        tasks.append({format, batch.tasks.first()});
    }
    return tasks;
}

bool warns(const ImportBatch &batch, const QString &fragment)
{
    for (const ImportWarning &warning : batch.warnings) {
        if (warning.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace

class tst_Vocabulary : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void verification_data();
    void verification();
    void priority_data();
    void priority();
    void duration_data();
    void duration();
    void unknownWords_data();
    void unknownWords();
};

void tst_Vocabulary::status_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("verification"); // -1: none
    QTest::addColumn<int>("progress");     // -1: none
    const auto row = [](const char *word, Status status, int verification = -1, int progress = -1) {
        QTest::newRow(word) << QString::fromUtf8(word) << int(status) << verification << progress;
    };
    // Candor's own tokens and the words the CSV reader knew before it shared this vocabulary.
    row("todo", Status::Todo);
    row("in_progress", Status::InProgress);
    row("blocked", Status::Blocked);
    row("review", Status::Review);
    row("done", Status::Done);
    row("to do", Status::Todo);
    row("not_started", Status::Todo);
    row("open", Status::Todo);
    row("inprogress", Status::InProgress);
    row("doing", Status::InProgress);
    row("started", Status::InProgress);
    row("on_hold", Status::Blocked);
    row("in_review", Status::Review);
    row("completed", Status::Done);
    row("closed", Status::Done);
    // Words only the Markdown reader knew before.
    row("active", Status::InProgress);
    row("WIP", Status::InProgress);
    row("waiting", Status::Blocked);
    row("not done", Status::Todo);
    row("pending", Status::Todo);
    row("backlog", Status::Todo);
    row("finished", Status::Done);
    row("partial", Status::InProgress, -1, 50);
    row("60%", Status::InProgress, -1, 60);
    row("verified", Status::Done, int(Verification::Verified));
    row("claimed", Status::Done, int(Verification::Unverified));
    row("failing", Status::Done, int(Verification::Failed));
    row("✅ Done", Status::Done);
    row("🔄", Status::InProgress);
    // Other languages.
    row("en cours", Status::InProgress);
    row("terminé", Status::Done);
    row("in Arbeit", Status::InProgress);
    row("erledigt", Status::Done);
    row("bloqueado", Status::Blocked);
    row("pendiente", Status::Todo);
    row("tamamlandı", Status::Done);
    row("selesai", Status::Done);
    row("hoàn thành", Status::Done);
    row("进行中", Status::InProgress);
    row("完成", Status::Done);
    row("완료", Status::Done);
    row("в работе", Status::InProgress);
    row("готово", Status::Done);
}

void tst_Vocabulary::status()
{
    QFETCH(QString, word);
    QFETCH(int, status);
    QFETCH(int, verification);
    QFETCH(int, progress);
    Cells cells;
    cells.status = word;
    cells.completed = Status(status) == Status::Done;
    const auto tasks = readAll(cells);
    QCOMPARE(tasks.size(), 3);
    for (const auto &[format, task] : tasks) {
        const QByteArray what = QByteArray(format) + ": " + word.toUtf8();
        QVERIFY2(task.status == std::optional<Status>(Status(status)), what.constData());
        QVERIFY2(task.verification ==
                     (verification < 0 ? std::nullopt
                                       : std::optional<Verification>(Verification(verification))),
                 what.constData());
        QVERIFY2(task.progress == (progress < 0 ? std::nullopt : std::optional<int>(progress)),
                 what.constData());
    }
}

void tst_Vocabulary::verification_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("verification");
    const auto row = [](const char *word, Verification verification) {
        QTest::newRow(word) << QString::fromUtf8(word) << int(verification);
    };
    row("verified", Verification::Verified);
    row("VERIFIED", Verification::Verified);
    row("passed", Verification::Verified);
    row("done", Verification::Verified); // "QA: done"
    row("✔ verified", Verification::Verified);
    row("vérifié", Verification::Verified);
    row("verifiziert", Verification::Verified);
    row("failed", Verification::Failed);
    row("broken", Verification::Failed);
    row("échec", Verification::Failed);
    row("fehlgeschlagen", Verification::Failed);
    row("unverified", Verification::Unverified);
    row("not verified", Verification::Unverified);
    row("claimed", Verification::Unverified);
    row("no verificado", Verification::Unverified);
}

void tst_Vocabulary::verification()
{
    QFETCH(QString, word);
    QFETCH(int, verification);
    Cells cells;
    cells.verification = word;
    const auto tasks = readAll(cells);
    QCOMPARE(tasks.size(), 3);
    for (const auto &[format, task] : tasks) {
        QVERIFY2(task.verification == std::optional<Verification>(Verification(verification)),
                 (QByteArray(format) + ": " + word.toUtf8()).constData());
    }
}

void tst_Vocabulary::priority_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("priority");
    const auto row = [](const char *word, Priority priority) {
        QTest::newRow(word) << QString::fromUtf8(word) << int(priority);
    };
    row("P0", Priority::P0);
    row("p3", Priority::P3);
    row("P5", Priority::P3);
    row("1", Priority::P1);
    row("critical", Priority::P0);
    row("urgent", Priority::P0);
    row("Must", Priority::P0);
    row("high", Priority::P1);
    row("Hoch", Priority::P1);
    row("alta", Priority::P1);
    row("élevée", Priority::P1);
    row("高", Priority::P1);
    row("medium", Priority::P2);
    row("normal", Priority::P2);
    row("mittel", Priority::P2);
    row("low", Priority::P3);
    row("niedrig", Priority::P3);
    row("baja", Priority::P3);
    row("низкий", Priority::P3);
    row("🔴", Priority::P0);
    row("🟢", Priority::P3);
}

void tst_Vocabulary::priority()
{
    QFETCH(QString, word);
    QFETCH(int, priority);
    Cells cells;
    cells.priority = word;
    const auto tasks = readAll(cells);
    QCOMPARE(tasks.size(), 3);
    for (const auto &[format, task] : tasks) {
        QVERIFY2(task.priority == std::optional<Priority>(Priority(priority)),
                 (QByteArray(format) + ": " + word.toUtf8()).constData());
    }
}

void tst_Vocabulary::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("days");
    const auto row = [](const char *text, double days) {
        QTest::newRow(text) << QString::fromUtf8(text) << days;
    };
    row("3", 3);
    row("2.5", 2.5);
    row("2,5", 2.5);
    row("10-14", 12);
    row("3d", 3);
    row("2 days", 2);
    row("1w", 5);
    row("1 week", 5);
    row("4h", 0.5);
    row("16 hours", 2);
    row("2 jam", 0.25);
    row("3 jours", 3);
    row("2 semanas", 10);
    row("8 Stunden", 1);
    row("3天", 3);
    row("2 ngày", 2);
    row("M", 1.5);
    row("XL", 7);
}

void tst_Vocabulary::duration()
{
    QFETCH(QString, text);
    QFETCH(double, days);
    Cells cells;
    cells.estimate = text;
    const auto tasks = readAll(cells);
    QCOMPARE(tasks.size(), 3);
    for (const auto &[format, task] : tasks) {
        QVERIFY2(task.estimate == std::optional<double>(days),
                 (QByteArray(format) + ": " + text.toUtf8() + " gave " +
                  QByteArray::number(task.estimate.value_or(-1)))
                     .constData());
    }
}

void tst_Vocabulary::unknownWords_data()
{
    QTest::addColumn<int>("column"); // 0 status, 1 priority, 2 estimate, 3 verification
    QTest::addColumn<QString>("word");
    QTest::newRow("status") << 0 << QStringLiteral("Godot knows");
    QTest::newRow("priority") << 1 << QStringLiteral("whenever");
    QTest::newRow("estimate") << 2 << QStringLiteral("soon");
    QTest::newRow("negative estimate") << 2 << QStringLiteral("-3");
    QTest::newRow("verification") << 3 << QStringLiteral("perhaps");
}

// A word no format knows is never guessed: every reader warns, naming it, and leaves the field
// unset (Taskwarrior keeps the status its own field gives).
void tst_Vocabulary::unknownWords()
{
    QFETCH(int, column);
    QFETCH(QString, word);
    Cells cells;
    QString *cell[] = {&cells.status, &cells.priority, &cells.estimate, &cells.verification};
    *cell[column] = word;
    for (const auto &[format, batch] :
         {std::pair{"Markdown", readMarkdown(cells)}, std::pair{"CSV", readCsv(cells)},
          std::pair{"Taskwarrior", readTaskwarrior(cells)}}) {
        QVERIFY2(batch.tasks.size() == 1, format);
        const ImportedTask &task = batch.tasks.first();
        switch (column) {
        case 0:
            if (QByteArrayView(format) == "Taskwarrior") {
                QVERIFY2(task.status == std::optional<Status>(Status::Todo), format); // pending
            } else {
                QVERIFY2(!task.status, format);
                QVERIFY2(task.statusText == word, format);
            }
            QVERIFY2(warns(batch, word), format);
            break;
        case 1:
            QVERIFY2(!task.priority, format);
            QVERIFY2(warns(batch, word), format);
            break;
        case 2:
            QVERIFY2(!task.estimate, format);
            // Markdown keeps what it cannot read in the description instead of warning.
            QVERIFY2(warns(batch, word) || task.description.contains(word), format);
            break;
        default:
            QVERIFY2(!task.verification, format);
            QVERIFY2(warns(batch, word) || task.evidence == word, format);
            break;
        }
    }
}

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
