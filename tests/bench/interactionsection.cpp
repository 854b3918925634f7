// SPDX-License-Identifier: MIT
// The `interaction` section: what a person feels in the table, from their input to the frame
// that shows its result, on whatever platform the bench runs on. Run it on the real X11
// platform under Xvfb to see what offscreen hides (font rasterising, the backing store's
// flush to the server):
//     xvfb-run -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb candor_bench
//         --sizes 100000 --sections interaction --no-startup
// A click on a column header (sort), and a keystroke in the filter box: the frame that echoes
// the character, and the frame that shows the filtered rows (at once when filtering keeps up
// with typing, else after a pause in it).
#include "benchproject.h"
#include "benchsection.h"
#include "core/taskfield.h"
#include "measures.h"
#include "shell/projectworkspace.h"
#include "table/filterbar.h"
#include "table/tasktableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QTest>

namespace CandorBench {

namespace {

using namespace Candor;

// Counts the paints a widget receives; the time to a frame is taken when the event loop has
// delivered one (the paint and the flush to the window system happen in that dispatch).
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    ~PaintWatch() override { m_widget->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(PaintWatch)

    int paints() const { return m_paints; }
    // Runs the event loop until the widget has been painted after `before` paints; the
    // milliseconds since `timer` started, or -1 after 10 s.
    double frameAfter(int before, const QElapsedTimer &timer) const
    {
        while (m_paints <= before && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return m_paints > before ? milliseconds(timer) : -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    QWidget *m_widget;
    int m_paints = 0;
};

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QJsonObject interactionFigures(BenchProject &opened)
{
    QJsonObject result;
    ProjectWorkspace &workspace = *opened.workspace;
    workspace.resize(1400, 860);
    workspace.show();
    if (!QTest::qWaitForWindowExposed(&workspace)) {
        result.insert(QStringLiteral("interaction_error"), QStringLiteral("window not exposed"));
        return result;
    }
    result.insert(QStringLiteral("platform"), QGuiApplication::platformName());
    settle();
    TaskTableView *table = workspace.table();
    QHeaderView *header = table->horizontalHeader();
    const PaintWatch rows(table->viewport());

    // Clicks on the Priority header: ascending, descending, ascending...
    const int priority = column(TaskField::Priority);
    const QPoint centre(header->sectionViewportPosition(priority) +
                            header->sectionSize(priority) / 2,
                        header->height() / 2);
    QList<double> clicks;
    for (int i = 0; i < 6; ++i) {
        const int before = rows.paints();
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        clicks.append(rows.frameAfter(before, timer));
        settle();
    }
    result.insert(QStringLiteral("sort_click_to_frame_ms"), medianAndWorst(clicks));
    table->sortByColumn(-1, Qt::AscendingOrder);
    settle();

    // Typing "backup" into the filter box, one key at a time, with a reader's pause after it.
    auto *text = workspace.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    text->setFocus();
    const PaintWatch echo(text);
    QList<double> echoes;
    QList<double> filtered;
    for (int round = 0; round < 3; ++round) {
        text->clear();
        settle();
        QTest::qWait(300);
        for (const QChar c : QStringLiteral("backup")) {
            const int echoed = echo.paints();
            const int shown = rows.paints();
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(text, c.toLatin1());
            echoes.append(echo.frameAfter(echoed, timer));
            // The rows follow in the next frames (after a pause in typing where filtering is slow).
            filtered.append(rows.frameAfter(shown, timer));
        }
    }
    result.insert(QStringLiteral("filter_key_to_echo_ms"), medianAndWorst(echoes));
    result.insert(QStringLiteral("filter_key_to_rows_ms"), medianAndWorst(filtered));
    result.insert(QStringLiteral("filter_rows_shown"), table->model()->rowCount());
    text->clear();
    settle();
    workspace.hide();
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("interaction"), 15, QString(), nullptr, &interactionFigures, nullptr}};

} // namespace

} // namespace CandorBench
