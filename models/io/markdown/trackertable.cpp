// SPDX-License-Identifier: MIT
#include "trackertable.h"

#include "dependencytitles.h"
#include "inlinemarkdown.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/priorityvocabulary.h"
#include "trackertitle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Candor {

namespace {

using Column = MarkdownTable::Column;

bool isEmptyCell(QStringView cell)
{
    const QStringView t = cell.trimmed();
    return t.isEmpty() || t == u"-" || t == u"—" || t == u"–" || t == u"N/A" || t == u"n/a";
}

// "A, B; C / D & E and F": the keys of a Depends-on cell, split by hand because a regular
// expression split costs more than the rest of a table row.
QStringList dependencyTokens(QStringView cell)
{
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        const bool separator = i == cell.size() || cell.at(i).isSpace() || cell.at(i) == u',' ||
                               cell.at(i) == u';' || cell.at(i) == u'/' || cell.at(i) == u'&';
        if (!separator && start < 0) {
            start = i;
        } else if (separator && start >= 0) {
            const QStringView token = cell.mid(start, i - start);
            if (token != u"and")
                tokens.append(token.toString());
            start = -1;
        }
    }
    return tokens;
}

} // namespace

TrackerTable::TrackerTable(StatusVocabulary &vocabulary, ImportBatch &batch,
                           QStringList &legendNotes, Warn warn)
    : m_vocabulary(vocabulary)
    , m_batch(batch)
    , m_legendNotes(legendNotes)
    , m_warn(std::move(warn))
{}

void TrackerTable::close()
{
    m_kind = Kind::None;
    m_headers.clear();
    m_columns.clear();
    m_group.clear();
}

void TrackerTable::openUnreadable()
{
    close();
    m_headers = QStringList{QString()};
}

void TrackerTable::open(QStringView headerLine)
{
    close();
    m_headers = MarkdownTable::cells(headerLine);
    for (QString &h : m_headers)
        h = InlineMarkdown::plain(h);
    const QString cacheKey = headerLine.toString();
    if (const auto it = m_columnCache.constFind(cacheKey); it != m_columnCache.cend()) {
        m_columns = it.value();
    } else {
        m_columns = MarkdownTable::classifyAll(m_headers);
        if (m_columnCache.size() < 10000)
            m_columnCache.insert(cacheKey, m_columns);
    }
    const auto &c = m_columns;
    const bool title = c.contains(Column::Title);
    const bool key = c.contains(Column::Key);
    const bool status = c.contains(Column::Status);
    if (c.contains(Column::Milestone) && !title) {
        m_kind = Kind::Milestones;
        return;
    }
    const QString joined = m_headers.join(u' ').toLower();
    if (joined.contains(QLatin1String("symbol")) || joined.contains(QLatin1String("símbolo")) ||
        joined.contains(QLatin1String("meaning")) ||
        joined.contains(QLatin1String("significado")) ||
        joined.contains(QLatin1String("signification")) ||
        joined.contains(QLatin1String("bedeutung"))) {
        m_kind = Kind::Legend;
        return;
    }
    bool extra = false;
    for (const Column col : c) {
        if (col != Column::Other && col != Column::Key && col != Column::Title)
            extra = true;
    }
    if ((title || key) && extra) {
        m_kind = Kind::Tasks;
        return;
    }
    // | Service | Port | Status |, | Phase | Focus | Status |: without a task column, the first
    // column of no known kind names the task.
    if (status && !title && !key) {
        const qsizetype first = c.indexOf(Column::Other);
        if (first >= 0) {
            m_columns[first] = Column::Title;
            m_kind = Kind::Tasks;
        }
    }
}

void TrackerTable::otherRow(QStringView line)
{
    if (m_kind == Kind::Milestones)
        milestoneRow(MarkdownTable::cells(line));
    else if (m_kind == Kind::Legend)
        legendRow(MarkdownTable::cells(line));
}

void TrackerTable::legendRow(const QStringList &cells)
{
    if (cells.size() < 2)
        return;
    QString symbols = cells.at(0);
    symbols.remove(u'`');
    const QString meaning = InlineMarkdown::plain(cells.at(1));
    if (m_vocabulary.interpretWords(meaning)) {
        m_legendNotes.append(QStringLiteral("%1 = %2").arg(symbols.trimmed(), meaning));
        m_vocabulary.readLegend(QStringLiteral("Legend: %1 %2").arg(symbols.trimmed(), meaning));
    }
}

void TrackerTable::milestoneRow(const QStringList &cells)
{
    ImportedMilestone milestone;
    QStringList description;
    QString keysText;
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const QString v = InlineMarkdown::plain(cells.at(i));
        switch (m_columns.at(i)) {
        case Column::Milestone:
            milestone.name = v;
            break;
        case Column::Due:
            milestone.targetDate = InlineMarkdown::date(v);
            if (!milestone.targetDate.isValid() && !isEmptyCell(v))
                description.prepend(m_headers.at(i) + QStringLiteral(": ") + v);
            break;
        default:
            keysText += u' ' + v;
            if (!isEmptyCell(v))
                description.append(m_headers.at(i) + QStringLiteral(": ") + v);
            break;
        }
    }
    if (milestone.name.isEmpty())
        return;
    milestone.description = description.join(u'\n');
    milestone.gatingKeys = InlineMarkdown::keysIn(keysText);
    m_batch.milestones.append(milestone);
}

// "✔ Verified: 95/99 pass", "❌ Failed", "⚠️ Claimed only", "QA passed", or evidence alone:
// the verdict before a colon, the evidence after it. False when the cell gave neither.
bool TrackerTable::verificationCell(ImportedTask &task, const QString &cell) const
{
    const qsizetype colon = cell.indexOf(u':');
    const QStringView verdict = colon >= 0 ? QStringView(cell).left(colon) : QStringView(cell);
    const auto m = m_vocabulary.interpret(verdict);
    if (!m) {
        task.evidence = cell;
        return true;
    }
    const std::optional<Verification> verification = StatusVocabulary::verdictOf(*m);
    if (verification)
        task.verification = verification;
    if (colon >= 0)
        task.evidence = cell.mid(colon + 1).trimmed();
    return verification || colon >= 0;
}

void TrackerTable::statusCell(ImportedTask &task, const QString &cell, int lineNo)
{
    task.statusText = InlineMarkdown::plain(cell);
    // "`[x]`", "[~]": a checkbox written in the Status column.
    std::optional<StatusMeaning> meaning = m_vocabulary.status(cell);
    if (!meaning && task.statusText.size() <= 10 && task.statusText.startsWith(u'[') &&
        task.statusText.endsWith(u']'))
        meaning = m_vocabulary.interpretCheckbox(
            QStringView(task.statusText).mid(1, task.statusText.size() - 2));
    // A status column holds a handful of distinct texts: keep one copy of each.
    if (const auto it = m_statusTexts.constFind(task.statusText); it != m_statusTexts.cend())
        task.statusText = *it;
    else if (m_statusTexts.size() < 1000)
        m_statusTexts.insert(task.statusText);
    if (meaning)
        meaning->applyTo(task);
    else
        m_warn(lineNo, QCoreApplication::translate("MarkdownTrackerReader",
                                                   "Unknown status \"%1\" kept as text")
                           .arg(task.statusText));
}

std::optional<ImportedTask> TrackerTable::taskRow(QStringView line, int lineNo, ImportedTask task)
{
    const QStringList cells = MarkdownTable::cells(line);
    int filled = 0;
    for (const QString &cell : cells)
        filled += isEmptyCell(cell) ? 0 : 1;
    if (filled == 0)
        return std::nullopt;
    if (filled == 1 && !isEmptyCell(cells.value(0))) {
        m_group = InlineMarkdown::plain(cells.at(0)); // "| **Partially Working** | | |"
        return std::nullopt;
    }
    QStringList description;
    QString titleCell;
    QString status;
    QString secondTitle;
    const bool hasPriorityColumn = m_columns.contains(Column::Priority);
    for (qsizetype i = 0; i < cells.size() && i < m_columns.size(); ++i) {
        const QString &cell = cells.at(i);
        if (isEmptyCell(cell))
            continue;
        const QString v = InlineMarkdown::plain(cell);
        const QString header = m_headers.value(i);
        switch (m_columns.at(i)) {
        case Column::Key:
            if (task.key.isEmpty() && v.size() <= 24 && v.count(u' ') <= 1)
                task.key = v;
            else
                titleCell = titleCell.isEmpty() ? cell : titleCell;
            break;
        case Column::Title:
            if (titleCell.isEmpty())
                titleCell = cell;
            else if (secondTitle.isEmpty())
                secondTitle = cell;
            break;
        case Column::Status:
            status = cell;
            break;
        case Column::Verification:
            if (!verificationCell(task, v)) // "Estado QA: Pendiente" says nothing of evidence
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Priority:
            if (const auto p = PriorityVocabulary::priority(cell, true))
                task.priority = p;
            else
                m_warn(lineNo, QCoreApplication::translate("MarkdownTrackerReader",
                                                           "Unknown priority \"%1\"")
                                   .arg(v));
            break;
        case Column::Impact:
            if (const auto p = PriorityVocabulary::priority(cell, true);
                p && !hasPriorityColumn && v.size() < 20)
                task.priority = p;
            else
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Estimate:
        case Column::EstimateHours:
            task.estimate = DurationVocabulary::days(v, m_columns.at(i) == Column::EstimateHours);
            if (!task.estimate)
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Depends: {
            // Keys ("SEC-001, #12"), else "Phase 1", "Depends: Stripe": titles, resolved once
            // all tasks are read.
            QStringList refs = dependencyTokens(v);
            refs.removeIf([](const QString &t) {
                return !InlineMarkdown::isKey(t) &&
                       !(t.size() > 1 && t.front() == u'#' && t.back().isDigit());
            });
            if (refs.isEmpty())
                refs = DependencyTitles::phrases(v);
            for (const QString &ref : refs) {
                if (!task.dependsOn.contains(ref))
                    task.dependsOn.append(ref);
            }
            break;
        }
        case Column::Phase:
            task.phase = v;
            break;
        case Column::Owner:
            task.assignee = v;
            break;
        case Column::Due:
            task.due = InlineMarkdown::date(v);
            if (!task.due.isValid())
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Progress:
            task.progress = InlineMarkdown::percent(v);
            if (!task.progress)
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Milestone:
            task.milestones.append(v);
            break;
        default:
            description.append(header.isEmpty() ? v : header + QStringLiteral(": ") + v);
            break;
        }
    }
    // | [#602](…) | High | Prevent overflow |: a key-like first title and a second title column.
    if (!secondTitle.isEmpty()) {
        const QString first = InlineMarkdown::plain(titleCell);
        static const QRegularExpression issue(QStringLiteral("^#?\\d+$"));
        if (task.key.isEmpty() && (issue.match(first).hasMatch() || InlineMarkdown::isKey(first))) {
            task.key = first;
            titleCell = secondTitle;
        } else {
            description.prepend(InlineMarkdown::plain(secondTitle));
        }
    }
    if (task.phase.isEmpty() && !m_group.isEmpty())
        task.phase = m_group;
    task.description = description.join(u'\n');
    TrackerTitle::apply(task, titleCell, false);
    if (!status.isEmpty())
        statusCell(task, status, lineNo);
    for (const QString &cell : std::as_const(cells)) {
        if (task.evidence.isEmpty() && cell.contains(u'/'))
            task.evidence = InlineMarkdown::evidence(cell);
    }
    if (task.title.isEmpty() && task.key.isEmpty()) {
        m_warn(lineNo, QCoreApplication::translate("MarkdownTrackerReader",
                                                   "Table row without a task name skipped"));
        return std::nullopt;
    }
    return task;
}

} // namespace Candor
