// SPDX-License-Identifier: MIT
#include "cardmoveplanner.h"

#include "board/boardcells.h"
#include "board/boardlanes.h"
#include "board/cardranks.h"
#include "graph/dependencygraph.h"
#include "tasks/taskmodel.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace Candor {

bool CardMovePlanner::lessThan(qint64 left, qint64 right) const
{
    const Task *a = m_tasks.task(left);
    const Task *b = m_tasks.task(right);
    if (a->rank != b->rank)
        return a->rank < b->rank;
    return left < right;
}

QList<qint64> CardMovePlanner::ordered(const QList<qint64> &ids) const
{
    QList<qint64> result;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (m_tasks.task(id) && !seen.contains(id)) {
            seen.insert(id);
            result.append(id);
        }
    }
    std::sort(result.begin(), result.end(), [this](qint64 left, qint64 right) {
        const Task *a = m_tasks.task(left);
        const Task *b = m_tasks.task(right);
        if (a->status != b->status)
            return a->status < b->status;
        return lessThan(left, right);
    });
    return result;
}

QList<TaskFieldChange> CardMovePlanner::planRanks(const QList<qint64> &ids, int lane, int column,
                                                  int row) const
{
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    const QList<qint64> &shown = m_cells.cards(lane * BoardCells::ColumnCount + column);
    // The insertion row among the cards that stay.
    int at = 0;
    QList<qint64> staying;
    staying.reserve(shown.size());
    for (int i = 0; i < shown.size(); ++i) {
        if (moving.contains(shown.at(i)))
            continue;
        if (row < 0 || i < row)
            ++at;
        staying.append(shown.at(i));
    }
    const TaskModel *tasks = &m_tasks;
    const qint64 before = at > 0 ? staying.at(at - 1) : 0;
    const qint64 after = at < staying.size() ? staying.at(at) : 0;

    TaskFieldChange change{TaskField::Rank, {}, {}};
    const auto rankOf = [tasks](qint64 id) -> std::optional<double> {
        if (!id)
            return std::nullopt;
        return tasks->task(id)->rank;
    };
    // Ranks that already put the cards there in this order stay: a drop where the cards are
    // changes nothing, and cards alone in a cell keep their ranks only while these are in order.
    std::optional<double> previous = rankOf(before);
    bool fit = true;
    for (qint64 id : ids) {
        const double rank = tasks->task(id)->rank;
        fit = fit && (!previous || *previous < rank);
        previous = rank;
    }
    if (fit && (!after || *previous < *rankOf(after)))
        return {};
    if (const auto ranks = CardRanks::between(rankOf(before), rankOf(after), int(ids.size()))) {
        for (int i = 0; i < ids.size(); ++i) {
            if (tasks->task(ids.at(i))->rank != ranks->at(i)) {
                change.ids.append(ids.at(i));
                change.values.append(ranks->at(i));
            }
        }
        return {change};
    }

    // The gap is used up: respace a window around the place (tasks of that status, shown or
    // not, in rank order), doubling it until the ranks just outside leave room; the whole
    // column only when nothing smaller will do. A drop so stays a write of tens of tasks.
    const auto status = static_cast<Status>(column);
    QList<std::pair<double, qint64>> columnRanks;
    for (const Task &task : tasks->tasks()) {
        if (task.status == status && !moving.contains(task.id))
            columnRanks.append({task.rank, task.id});
    }
    std::sort(columnRanks.begin(), columnRanks.end());
    const auto placeOf = [&columnRanks, tasks](qint64 id) {
        const std::pair<double, qint64> key{tasks->task(id)->rank, id};
        return qsizetype(std::lower_bound(columnRanks.cbegin(), columnRanks.cend(), key) -
                         columnRanks.cbegin());
    };
    const qsizetype insertAt = before ? placeOf(before) + 1 : placeOf(after);
    const qsizetype total = columnRanks.size();
    for (qsizetype reach = 8;; reach *= 2) {
        const qsizetype first = std::max<qsizetype>(0, insertAt - reach);
        const qsizetype last = std::min(total, insertAt + reach); // one past
        const std::optional<double> low =
            first > 0 ? std::optional<double>(columnRanks.at(first - 1).first) : std::nullopt;
        const std::optional<double> high =
            last < total ? std::optional<double>(columnRanks.at(last).first) : std::nullopt;
        const int count = int(last - first + ids.size());
        const bool whole = first == 0 && last == total;
        const bool roomy = !low || !high || (*high - *low) / (count + 1) >= CardRanks::step / 64;
        const std::optional<QList<double>> ranks =
            whole ? std::optional<QList<double>>(CardRanks::renumbered(count))
                  : (roomy ? CardRanks::between(low, high, count) : std::nullopt);
        if (!ranks)
            continue;
        QList<qint64> order;
        order.reserve(count);
        for (qsizetype i = first; i < insertAt; ++i)
            order.append(columnRanks.at(i).second);
        order.append(ids);
        for (qsizetype i = insertAt; i < last; ++i)
            order.append(columnRanks.at(i).second);
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (tasks->task(order.at(i))->rank != ranks->at(i)) {
                change.ids.append(order.at(i));
                change.values.append(ranks->at(i));
            }
        }
        return {change};
    }
}

QList<TaskFieldChange> CardMovePlanner::plan(const QList<qint64> &requested, int lane, int column,
                                             int row) const
{
    if (lane < 0 || lane >= m_lanes.count() || column < 0 || column >= BoardCells::ColumnCount)
        return {};
    const QList<qint64> ids = ordered(requested);
    if (ids.isEmpty())
        return {};
    QList<TaskFieldChange> changes = planRanks(ids, lane, column, row);

    const QVariant laneValue = m_lanes.value(lane);
    if (m_lanes.kind() != Swimlanes::None) {
        const TaskField field =
            m_lanes.kind() == Swimlanes::Priority ? TaskField::Priority : TaskField::Component;
        TaskFieldChange change{field, {}, {}};
        for (qint64 id : ids) {
            if (m_tasks.fieldValue(*m_tasks.task(id), field).toLongLong() !=
                laneValue.toLongLong()) {
                change.ids.append(id);
                change.values.append(field == TaskField::Priority ? QVariant(laneValue.toInt())
                                                                  : laneValue);
            }
        }
        changes.append(change);
    }
    TaskFieldChange status{TaskField::Status, {}, {}};
    for (qint64 id : ids) {
        if (int(m_tasks.task(id)->status) != column) {
            status.ids.append(id);
            status.values.append(column);
        }
    }
    changes.append(status);
    changes.erase(
        std::remove_if(changes.begin(), changes.end(),
                       [](const TaskFieldChange &change) { return change.ids.isEmpty(); }),
        changes.end());
    return changes;
}

QStringList CardMovePlanner::doneBeforeDependencies(const QList<qint64> &ids,
                                                    const DependencyGraph &dependencies) const
{
    const QSet<qint64> moving(ids.cbegin(), ids.cend());
    QStringList early;
    for (qint64 id : ids) {
        if (m_tasks.task(id)->status == Status::Done)
            continue;
        for (qint64 dependency : dependencies.dependenciesOf(id)) {
            const Task *other = m_tasks.task(dependency);
            if (other && !TaskEnums::isFinished(other->status) && !moving.contains(dependency)) {
                early.append(m_tasks.keyOf(id));
                break;
            }
        }
    }
    return early;
}

std::optional<CardMovePlanner::Target>
CardMovePlanner::nudge(const QList<qint64> &ids, qint64 anchor, int columnStep, int rowStep) const
{
    const BoardCells::Place place = m_cells.placeOf(anchor);
    if (!place.isValid() || ids.isEmpty())
        return std::nullopt;
    const int lane = place.cell / BoardCells::ColumnCount;
    const int column = place.cell % BoardCells::ColumnCount;
    const int toColumn = column + columnStep;
    if (toColumn < 0 || toColumn >= BoardCells::ColumnCount)
        return std::nullopt;
    if (rowStep == 0) { // level with where the card was, as far as the other column allows
        const int rows = int(m_cells.cards(lane * BoardCells::ColumnCount + toColumn).size());
        return Target{lane, toColumn, std::min(place.row, rows)};
    }
    int first = INT_MAX;
    int last = -1;
    for (qint64 id : ids) {
        if (const BoardCells::Place other = m_cells.placeOf(id); other.cell == place.cell) {
            first = std::min(first, other.row);
            last = std::max(last, other.row);
        }
    }
    // Past the top or bottom of a cell the cards go on into the lane above or below, so that
    // every lane a drag can reach, the keyboard reaches too.
    if (rowStep < 0 && first <= 0) {
        if (lane == 0)
            return std::nullopt;
        return Target{lane - 1, column, -1};
    }
    if (rowStep > 0 && last + 1 >= m_cells.cards(place.cell).size()) {
        if (lane + 1 >= m_lanes.count())
            return std::nullopt;
        return Target{lane + 1, column, 0};
    }
    return Target{lane, column, rowStep < 0 ? first - 1 : last + 2};
}

} // namespace Candor
