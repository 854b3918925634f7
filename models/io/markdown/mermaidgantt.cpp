// SPDX-License-Identifier: MIT
#include "mermaidgantt.h"

#include "inlinemarkdown.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/statusvocabulary.h"
#include "markdowntable.h"

#include <QRegularExpression>

namespace Candor {

namespace {

// Chart settings and accessibility lines: never bars.
bool isSetting(QStringView word)
{
    static const QStringList settings{
        QStringLiteral("title"),       QStringLiteral("dateformat"),
        QStringLiteral("axisformat"),  QStringLiteral("tickinterval"),
        QStringLiteral("todaymarker"), QStringLiteral("excludes"),
        QStringLiteral("includes"),    QStringLiteral("weekday"),
        QStringLiteral("weekend"),     QStringLiteral("inclusiveenddates"),
        QStringLiteral("topaxis"),     QStringLiteral("displaymode"),
        QStringLiteral("acctitle"),    QStringLiteral("accdescr"),
        QStringLiteral("click"),       QStringLiteral("section")};
    return settings.contains(word.toString().toLower());
}

// What a chart title or section name says of the bars under it without a tag: "Completed -
// Semester 1" done, "In-Progress" in progress; nothing when it names no status.
std::optional<Status> hintOf(QStringView text, const StatusVocabulary &vocabulary)
{
    if (text.isEmpty())
        return std::nullopt;
    if (const auto m = vocabulary.status(text))
        return m->status;
    static const QRegularExpression separators(QStringLiteral("\\s+[-–—:|/]\\s+|[():,]"));
    for (const QString &part : text.toString().split(separators, Qt::SkipEmptyParts)) {
        if (const auto m = vocabulary.status(part.trimmed()))
            return m->status;
    }
    return std::nullopt;
}

// A section named "Milestones" ("Hitos", "Jalons", ...; singular or plural): its bars are
// milestones, not work, with or without the `milestone` tag.
bool isMilestoneSection(QStringView name)
{
    using Column = MarkdownTable::Column;
    return MarkdownTable::classify(name, false) == Column::Milestone ||
           (name.endsWith(u's') &&
            MarkdownTable::classify(name.chopped(1), false) == Column::Milestone);
}

// Working days (Monday to Friday) from \a start up to, not including, \a end.
int workingDays(QDate start, QDate end)
{
    int days = 0;
    for (QDate d = start; d < end && days < 5000; d = d.addDays(1))
        days += d.dayOfWeek() <= 5 ? 1 : 0;
    return days;
}

// The longest bar that still ends somewhere: a century. Beyond it a duration is a typo or noise,
// and its day count would not even fit a 64-bit integer ("99999999999999999999d").
constexpr double maxBarDays = 36525;

// Where a duration ("7d", "2w", "1h", "1.5d") ends, counted as mermaid does (calendar time);
// invalid when it ends more than a century later.
QDate addDuration(QDate start, QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || !start.isValid())
        return {};
    const double n = m.capturedView(1).toDouble();
    const QStringView unit = m.capturedView(2);
    const double days = unit == u"d" ? n : unit == u"w" ? n * 7 : 0; // hours and less: same day
    if (!(days <= maxBarDays))
        return {};
    return start.addDays(qint64(days));
}

} // namespace

bool MermaidGantt::isGantt(const QStringList &block)
{
    for (const QString &line : block) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t.compare(QLatin1String("gantt"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

void MermaidGantt::setFormat(const QString &format)
{
    // dayjs tokens: YYYY, YY (2000 + n), M / MM, D / DD; anything else is literal.
    QString pattern = QStringLiteral("^");
    m_dateOrder.clear();
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (c == u'Y' && (run == 4 || run == 2)) {
            pattern += run == 4 ? QStringLiteral("(\\d{4})") : QStringLiteral("(\\d{2})");
            m_dateOrder.append(run == 4 ? u'Y' : u'y');
        } else if ((c == u'M' || c == u'D') && run <= 2) {
            pattern += QStringLiteral("(\\d{1,2})");
            m_dateOrder.append(c);
        } else {
            pattern += QRegularExpression::escape(format.mid(i, run));
        }
        i += run;
    }
    m_dateRe.setPattern(pattern + u'$');
}

QDate MermaidGantt::date(QStringView text) const
{
    const auto m = m_dateRe.match(text);
    if (!m.hasMatch())
        return InlineMarkdown::date(text);
    int y = 0, mo = 0, d = 0;
    for (qsizetype g = 0; g < m_dateOrder.size(); ++g) {
        const int v = m.capturedView(int(g + 1)).toInt();
        switch (m_dateOrder.at(g).unicode()) {
        case 'Y':
            y = v;
            break;
        case 'y':
            y = 2000 + v;
            break;
        case 'M':
            mo = v;
            break;
        default:
            d = v;
            break;
        }
    }
    return QDate(y, mo, d);
}

void MermaidGantt::read(const QStringList &block, int firstLine, const StatusVocabulary &vocabulary)
{
    setFormat(QStringLiteral("YYYY-MM-DD"));
    m_section.clear();
    m_milestoneSection = false;
    m_lastEnd = QDate();
    std::optional<Status> titleHint;
    std::optional<Status> sectionHint;
    static const QRegularExpression word(QStringLiteral("^(\\w+)\\b\\s*:?\\s*(.*)$"));
    for (qsizetype i = 0; i < block.size(); ++i) {
        const QString line = block.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("%%")) ||
            line.compare(QLatin1String("gantt"), Qt::CaseInsensitive) == 0)
            continue;
        const auto m = word.match(line);
        if (m.hasMatch() && isSetting(m.capturedView(1))) {
            const QString keyword = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            if (keyword == QLatin1String("title")) {
                titleHint = hintOf(value, vocabulary);
            } else if (keyword == QLatin1String("dateformat")) {
                setFormat(value);
            } else if (keyword == QLatin1String("section")) {
                m_section = value;
                m_milestoneSection = isMilestoneSection(value);
                sectionHint = hintOf(value, vocabulary);
            }
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        bar(QStringView(line).left(colon).trimmed(), QStringView(line).mid(colon + 1),
            firstLine + int(i), sectionHint ? sectionHint : titleHint);
    }
}

void MermaidGantt::bar(QStringView name, QStringView spec, int line, std::optional<Status> hint)
{
    QStringList parts;
    for (const QStringView p : spec.split(u','))
        parts.append(p.trimmed().toString());
    bool done = false, active = false, crit = false, milestone = false;
    while (!parts.isEmpty()) {
        const QString tag = parts.constFirst().toLower();
        if (tag == QLatin1String("done"))
            done = true;
        else if (tag == QLatin1String("active"))
            active = true;
        else if (tag == QLatin1String("crit"))
            crit = true;
        else if (tag == QLatin1String("milestone"))
            milestone = true;
        else
            break;
        parts.removeFirst();
    }
    // Mermaid's forms: "end", "start, end", "id, start, end"; also "id, end" when the first
    // item is neither a date nor "after".
    QString id;
    QString start;
    QString end = parts.isEmpty() ? QString() : parts.takeLast();
    if (parts.size() >= 2) {
        id = parts.at(parts.size() - 2);
        start = parts.constLast();
    } else if (parts.size() == 1) {
        const QString &only = parts.constFirst();
        const QString lastWord = only.section(u' ', -1);
        if (only.startsWith(QLatin1String("after "), Qt::CaseInsensitive) || date(only).isValid())
            start = only;
        else if (date(lastWord).isValid()) // "milestone,isadded 2024-04-04": a comma missing
            start = lastWord;
        else
            id = only;
    }
    QStringList after;
    QDate from;
    if (start.startsWith(QLatin1String("after "), Qt::CaseInsensitive)) {
        after = start.mid(6).split(u' ', Qt::SkipEmptyParts);
        for (const QString &a : std::as_const(after)) {
            const QDate e = m_endById.value(a);
            if (e.isValid() && (!from.isValid() || e > from))
                from = e;
        }
    } else if (!start.isEmpty()) {
        from = date(start);
    } else {
        from = m_lastEnd;
    }
    QDate to = date(end);
    std::optional<double> estimate;
    if (to.isValid()) {
        if (from.isValid() && to > from)
            estimate = workingDays(from, to);
    } else {
        estimate = DurationVocabulary::days(end);
        if (estimate && !(*estimate <= maxBarDays))
            estimate.reset();
        to = addDuration(from, end);
    }
    if (!id.isEmpty() && to.isValid())
        m_endById.insert(id, to);
    if (to.isValid())
        m_lastEnd = to;

    const QString title = InlineMarkdown::plain(name);
    if (title.isEmpty())
        return;
    if (milestone || m_milestoneSection) {
        const bool known = std::any_of(m_milestones.cbegin(), m_milestones.cend(),
                                       [&](const ImportedMilestone &m) {
                                           return m.name.compare(title, Qt::CaseInsensitive) == 0;
                                       });
        if (!known)
            m_milestones.append({title, from.isValid() ? from : to, QString(), {}});
        return;
    }
    const Status status = done     ? Status::Done
                          : active ? Status::InProgress
                                   : hint.value_or(Status::Todo);
    const QString folded = m_section.toCaseFolded() + u'\u0001' + title.toCaseFolded();
    int at = m_byName.value(folded, -1);
    if (at < 0) {
        Bar b;
        b.task.title = title;
        b.task.component = m_section;
        b.task.line = line;
        b.task.construct = ImportConstruct::MermaidGantt;
        b.task.externalId = id;
        m_bars.append(b);
        at = int(m_bars.size() - 1);
        m_byName.insert(folded, at);
    }
    Bar &b = m_bars[at];
    b.seen.append(status);
    if (crit)
        b.task.priority = Priority::P1;
    // A later chart's dates are the revised plan.
    if (estimate)
        b.task.estimate = estimate;
    if (to.isValid())
        b.task.due = to.addDays(-1) < from ? to : to.addDays(-1);
    if (b.task.externalId.isEmpty())
        b.task.externalId = id;
    for (const QString &a : std::as_const(after)) {
        if (!b.task.dependsOn.contains(a))
            b.task.dependsOn.append(a);
    }
}

void MermaidGantt::appendTo(ImportBatch &batch)
{
    for (Bar &b : m_bars) {
        // Seen done in one chart and planned in another: started, not finished.
        const bool same = std::all_of(b.seen.cbegin(), b.seen.cend(),
                                      [&](Status s) { return s == b.seen.constFirst(); });
        b.task.status = same ? b.seen.constFirst() : Status::InProgress;
        batch.tasks.append(std::move(b.task));
    }
    batch.milestones += m_milestones;
    m_bars.clear();
    m_byName.clear();
    m_milestones.clear();
}

} // namespace Candor
