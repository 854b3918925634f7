// SPDX-License-Identifier: MIT
#include "trackerparser.h"

#include "inlinemarkdown.h"

#include <QRegularExpression>

namespace Candor {

namespace {

constexpr qsizetype maxLine = 20000;
constexpr qsizetype maxTitle = 160;

using Column = MarkdownTable::Column;

int indentOf(QStringView line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++indent;
        else if (c == u'\t')
            indent += 4;
        else
            break;
    }
    return indent;
}

bool isEmptyCell(QStringView cell)
{
    const QStringView t = cell.trimmed();
    return t.isEmpty() || t == u"-" || t == u"—" || t == u"–" || t == u"N/A" || t == u"n/a";
}

bool hasArrow(QStringView line)
{
    return line.contains(u'→') || line.contains(u"->") || line.contains(u'↓') ||
           line.contains(u'▼');
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

TrackerParser::TrackerParser(const QString &fileName)
    : m_fileName(fileName)
{
    m_batch.source = fileName;
}

void TrackerParser::warn(int line, const QString &message)
{
    if (m_batch.warnings.size() < 1000)
        m_batch.warnings.append({m_fileName, line, message});
}

void TrackerParser::parse(QStringView text)
{
    static const QRegularExpression headingRe(
        QStringLiteral("^\\s{0,8}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression itemRe(QStringLiteral("^(\\s*)([-*+•]|\\d{1,3}[.)])\\s+(.*)$"));
    static const QRegularExpression boldLine(
        QStringLiteral("^\\s*\\*\\*([^*]{1,120})\\*\\*\\s*:?\\s*$"));
    static const QRegularExpression keyValueRe(QStringLiteral(
        "^\\s*(?:[-*+]\\s+)?\\*\\*([^*:]{2,30}?)\\s*(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)$"));

    const QList<QStringView> lines = text.split(u'\n');
    QStringList code;
    QString fence;
    bool longWarned = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > maxLine) {
            if (!longWarned)
                warn(lineNo,
                     QStringLiteral("Line of %1 characters read only in part").arg(line.size()));
            longWarned = true;
            line = line.left(maxLine);
        }
        const QStringView trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence)) {
                if (std::any_of(code.cbegin(), code.cend(),
                                [](const QString &l) { return hasArrow(l); }))
                    m_arrowBlocks.append(code);
                code.clear();
                fence.clear();
            } else if (code.size() < 2000) {
                code.append(line.toString());
            }
            continue;
        }
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            fence = trimmed.left(3).toString();
            m_table = {};
            m_lastWasItem = false;
            continue;
        }
        if (trimmed.isEmpty()) {
            m_table = {};
            m_lastWasItem = false;
            continue;
        }
        if (MarkdownTable::isRow(trimmed)) {
            if (m_table.kind == Table::None && m_table.headers.isEmpty()) {
                if (i + 1 < lines.size() && MarkdownTable::isSeparator(lines.at(i + 1))) {
                    tableHeader(trimmed, lineNo);
                    ++i;
                }
                // A row without a header and separator is not a table we can read.
                else
                    m_table.headers = QStringList{QString()};
            } else if (!MarkdownTable::isSeparator(trimmed)) {
                tableRow(trimmed, lineNo);
            }
            m_lastWasItem = false;
            continue;
        }
        m_table = {};
        if (trimmed.startsWith(u'#')) {
            if (const auto m = headingRe.match(line); m.hasMatch()) {
                heading(int(m.capturedLength(1)), m.capturedView(2), lineNo);
                continue;
            }
        }
        if ((line.contains(u':') || line.contains(u'：')) && m_vocabulary.readLegend(line) > 0) {
            m_lastWasItem = false;
            continue;
        }
        const QChar first = trimmed.front();
        const bool itemStart =
            first == u'-' || first == u'*' || first == u'+' || first == u'•' || first.isDigit();
        if (!line.contains(QLatin1String("**"))) {
        } else if (const auto m = keyValueRe.match(line); m.hasMatch()) {
            const Column column = MarkdownTable::classify(m.capturedView(1), false);
            if (column == Column::Status || column == Column::Priority ||
                column == Column::Estimate || column == Column::Owner || column == Column::Due ||
                column == Column::Depends) {
                keyValue(column, m.capturedView(2), lineNo);
                m_lastWasItem = false;
                continue;
            }
        }
        if (!itemStart) {
        } else if (const auto m = itemRe.match(line); m.hasMatch()) {
            const QStringView marker = m.capturedView(2);
            listItem(indentOf(m.capturedView(1)), marker.front().isDigit(), m.capturedView(3),
                     lineNo);
            continue;
        }
        if (first != u'*') {
        } else if (const auto m = boldLine.match(line); m.hasMatch()) {
            const QString name = InlineMarkdown::componentName(m.capturedView(1));
            m_boldHeading = name;
            m_open.clear();
            m_lastWasItem = false;
            continue;
        }
        if (line.contains(u'%') && completionClaim(line))
            continue;
        if (m_lastWasItem)
            continuation(trimmed);
    }
    m_legendNotes += m_vocabulary.legendNotes();
    if (m_batch.tasks.isEmpty() && !m_plain.isEmpty()) {
        m_usedFallback = true;
        m_batch.tasks = std::move(m_plain);
    }
}

std::optional<StatusMeaning> TrackerParser::headingStatus() const
{
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (it->status)
            return it->status;
    }
    return std::nullopt;
}

void TrackerParser::heading(int level, QStringView text, int line)
{
    Q_UNUSED(line)
    while (!m_headings.isEmpty() && m_headings.constLast().level >= level)
        m_headings.removeLast();
    m_boldHeading.clear();
    m_open.clear();
    m_lastWasItem = false;
    m_taskSinceHeading = false;
    m_logEntry = -1;

    // "### SEC-001 checklist", "### SEC-001: notes": a section about a task listed above (as
    // Candor's own export writes checklists). Its items belong to that task, and the heading is
    // neither a component nor a task of its own.
    if (level > 1 && m_skippedTitle && !m_batch.tasks.isEmpty()) {
        qsizetype length = 0;
        const QString key = InlineMarkdown::leadingKey(text, &length);
        if (const int at = key.isEmpty() ? -1 : taskWithKey(key); at >= 0) {
            Heading h;
            h.level = level;
            h.checklistOf = at;
            m_headings.append(h);
            return;
        }
    }

    const QString cacheKey = text.toString();
    if (const auto it = m_headingCache.constFind(cacheKey);
        it != m_headingCache.cend() && (level != 1 || m_skippedTitle)) {
        Heading h = it.value();
        h.level = level;
        if (!h.component.isEmpty()) {
            if (const auto pct = InlineMarkdown::percent(text))
                m_batch.components.append({h.component, QString(), *pct});
        }
        m_headings.append(h);
        return;
    }
    Heading h;
    h.level = level;
    h.priority = StatusVocabulary::headingPriority(text);
    QString name = InlineMarkdown::componentName(text);
    const bool leadingSymbol = m_vocabulary.symbolAt(text.trimmed()) > 0;
    int symbolLength = 0;
    const bool anySymbol = m_vocabulary.findSymbol(text, &symbolLength) >= 0;
    const auto words = m_vocabulary.interpretWords(name);
    if (words && name.count(u' ') < 2) {
        h.status = words; // "✅ Completed", "In Progress", "进行中任务"
        name.clear();
    } else if (leadingSymbol || anySymbol) {
        h.status = m_vocabulary.interpret(text);
    }
    const bool cacheable = level != 1 || m_skippedTitle;
    // The document title is not a component.
    if (level == 1 && !m_skippedTitle) {
        m_skippedTitle = true;
        name.clear();
    }
    // "## Week 1: Critical", "## 2026-04-01": a bucket of time gives its tasks a phase, not a
    // component. A heading that is a past date heads a work log, whose entries were done.
    if (!name.isEmpty() && InlineMarkdown::isTimeBucket(name)) {
        h.phase = name;
        if (const QDate day = InlineMarkdown::loggedDate(name);
            day.isValid() && day <= QDate::currentDate()) {
            h.log = true;
            if (!h.status)
                h.status = StatusMeaning{Status::Done, {}, {}};
        }
        name.clear();
    }
    h.component = name;
    if (!name.isEmpty()) {
        if (const auto pct = InlineMarkdown::percent(text))
            m_batch.components.append({name, QString(), *pct});
    }
    m_headings.append(h);
    if (m_headingCache.size() < 10000 && cacheable)
        m_headingCache.insert(cacheKey, h);
}

int TrackerParser::taskWithKey(const QString &key)
{
    if (!m_keyIndexBuilt) {
        for (qsizetype i = 0; i < m_batch.tasks.size(); ++i) {
            const QString &k = m_batch.tasks.at(i).key;
            if (!k.isEmpty() && !m_taskByKey.contains(k))
                m_taskByKey.insert(k, int(i));
        }
        m_keyIndexBuilt = true;
    }
    return m_taskByKey.value(key, -1);
}

ImportedTask TrackerParser::newTask(int line) const
{
    ImportedTask task;
    task.line = line;
    if (!m_boldHeading.isEmpty())
        task.component = m_boldHeading;
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (task.component.isEmpty() && !it->component.isEmpty())
            task.component = it->component;
        if (!task.priority && it->priority)
            task.priority = it->priority;
        if (task.phase.isEmpty() && !it->phase.isEmpty())
            task.phase = it->phase;
    }
    return task;
}

void TrackerParser::applyStatus(ImportedTask &task, const StatusMeaning &m) const
{
    task.status = m.status;
    if (m.verification)
        task.verification = m.verification;
    if (m.progress)
        task.progress = m.progress;
}

void TrackerParser::setTitle(ImportedTask &task, QStringView text, bool spaceEndsKey) const
{
    QStringView rest = text.trimmed();
    if (task.key.isEmpty()) {
        qsizetype length = 0;
        const QString key = InlineMarkdown::leadingKey(rest, &length, spaceEndsKey);
        if (!key.isEmpty() && length < rest.size()) {
            task.key = key;
            rest = rest.mid(length);
        }
    }
    // "**Name** — what it is": the bold part is the title.
    static const QRegularExpression boldLead(
        QStringLiteral("^\\*\\*([^*]{2,200})\\*\\*\\s*(?:[—–:]|\\s-\\s)\\s*(.+)$"));
    QString title;
    QRegularExpressionMatch m;
    if (rest.startsWith(u"**"))
        m = boldLead.match(rest);
    if (m.hasMatch()) {
        title = InlineMarkdown::plain(m.capturedView(1));
        const QString more = InlineMarkdown::plain(m.capturedView(2));
        if (!more.isEmpty())
            task.description = task.description.isEmpty() ? more : more + u'\n' + task.description;
    } else {
        title = InlineMarkdown::plain(rest);
    }
    if (title.endsWith(u':'))
        title.chop(1);
    if (title.size() > maxTitle) {
        qsizetype cut = title.indexOf(QLatin1String(" — "));
        if (cut < 10 || cut > maxTitle)
            cut = title.indexOf(QLatin1String(": "));
        if (cut < 10 || cut > maxTitle)
            cut = title.lastIndexOf(u' ', maxTitle);
        if (cut < 10)
            cut = maxTitle;
        const QString more = title.mid(cut).trimmed();
        task.description = task.description.isEmpty() ? more : more + u'\n' + task.description;
        title = title.left(cut).trimmed();
    }
    task.title = title;
}

int TrackerParser::addTask(ImportedTask task, int line)
{
    if (task.title.isEmpty())
        task.title = task.key;
    if (task.title.isEmpty()) {
        warn(line, QStringLiteral("Task without a title skipped"));
        return -1;
    }
    if (!task.status) {
        if (const auto s = headingStatus())
            applyStatus(task, *s);
    }
    const QString text = task.title + u' ' + task.description;
    if (task.evidence.isEmpty())
        task.evidence = InlineMarkdown::evidence(text);
    // Keys hold a digit: most titles need no look for "after KEY".
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        for (const QString &k : InlineMarkdown::afterKeys(text)) {
            if (!task.dependsOn.contains(k) && k != task.key)
                task.dependsOn.append(k);
        }
    }
    if (m_keyIndexBuilt && !task.key.isEmpty() && !m_taskByKey.contains(task.key))
        m_taskByKey.insert(task.key, int(m_batch.tasks.size()));
    m_batch.tasks.append(std::move(task));
    m_taskSinceHeading = true;
    m_lastTask = int(m_batch.tasks.size() - 1);
    return m_lastTask;
}

void TrackerParser::listItem(int indent, bool ordered, QStringView content, int line)
{
    static const QRegularExpression checkbox(QStringLiteral("^\\[([^\\]]{0,8})\\](?:\\s+|$)(.*)$"));
    while (!m_open.isEmpty() && m_open.constLast().indent >= indent)
        m_open.removeLast();
    const OpenItem *parent = m_open.isEmpty() ? nullptr : &m_open.constLast();
    int parentTask = parent && !parent->plain ? parent->task : -1;
    if (!parent && !m_headings.isEmpty())
        parentTask = m_headings.constLast().checklistOf;
    const bool sameBlock = m_lastWasItem; // no blank line since the item above
    m_lastWasItem = true;

    std::optional<StatusMeaning> status;
    QString statusText;
    QString body;
    bool marked = false;

    if (const auto m = checkbox.match(content); m.hasMatch()) {
        marked = true;
        const QStringView marker = m.capturedView(1);
        body = m.captured(2);
        status = m_vocabulary.interpretCheckbox(marker);
        if (!status) {
            statusText = marker.trimmed().toString();
            warn(line, QStringLiteral("Unknown checkbox marker [%1] kept as text").arg(statusText));
        } else if (InlineMarkdown::isStruck(body)) {
            status = StatusMeaning{Status::Done, {}, {}};
        }
    } else if (const int length = m_vocabulary.symbolAt(content); length > 0 && !ordered) {
        marked = true;
        status = m_vocabulary.interpretSymbol(content);
        statusText = content.left(length).toString();
        body = content.mid(length).trimmed().toString();
    } else {
        qsizetype keyLength = 0;
        const QString key = InlineMarkdown::leadingKey(content, &keyLength);
        int symbolLength = 0;
        const qsizetype at = m_vocabulary.findSymbol(content, &symbolLength);
        bool trailing = false;
        if (at > 0) {
            QStringView after = content.mid(at + symbolLength).trimmed();
            static const QRegularExpression tail(QStringLiteral("^\\s*(?:\\([^)]*\\))?\\s*$"));
            trailing = tail.match(after).hasMatch();
        }
        if (key.isEmpty() && trailing && content.contains(u'%') && completionClaim(content)) {
            m_lastWasItem = false;
            return;
        }
        if ((!key.isEmpty() && at > 0) || trailing) {
            marked = true;
            const QStringView statusPart = content.mid(at);
            status = m_vocabulary.interpret(statusPart);
            statusText = InlineMarkdown::plain(statusPart);
            body = content.left(at).trimmed().toString();
            if (body.endsWith(u'-') || body.endsWith(u'—'))
                body.chop(1);
            const QString notes = InlineMarkdown::plain(content.mid(at + symbolLength));
            if (!notes.isEmpty() && notes.size() < 500)
                body += QStringLiteral("\u0001") + notes;
        } else if (!key.isEmpty() && !ordered) {
            marked = true;
            body = content.trimmed().toString();
            // "HULL-007: Something ❓": a trailing symbol we do not know.
            const QStringView t = content.trimmed();
            if (t.size() > 2 && t.back().isLowSurrogate()) {
                statusText = t.right(2).toString();
                body.chop(2);
            } else if (!t.isEmpty() && t.back().category() == QChar::Symbol_Other) {
                statusText = t.right(1).toString();
                body.chop(1);
            }
        } else if (InlineMarkdown::isStruck(content) && !ordered) {
            marked = true;
            status = StatusMeaning{Status::Done, {}, {}};
            body = content.toString();
        }
    }

    if (!marked) {
        if (content.contains(u'%') && completionClaim(content))
            return;
        if (parentTask >= 0) {
            ImportedTask &p = m_batch.tasks[parentTask];
            const QString t = InlineMarkdown::plain(content);
            if (p.description.size() < 4000)
                p.description += (p.description.isEmpty() ? QString() : QStringLiteral("\n")) + t;
            m_open.append({indent, parentTask, false});
            return;
        }
        if (parent && parent->plain && parent->task >= 0) {
            m_plain[parent->task].checklist.append(
                {0, 0, InlineMarkdown::plain(content), false, 0});
            m_open.append({indent, parent->task, true});
            return;
        }
        // A work log's entry: "- What" then "- how" lines, up to a blank line, are one task.
        const bool log = !m_headings.isEmpty() && m_headings.constLast().log;
        if (log && sameBlock && !parent && m_logEntry >= 0) {
            ImportedTask &entry = m_plain[m_logEntry];
            if (entry.description.size() < 4000)
                entry.description +=
                    (entry.description.isEmpty() ? QString() : QStringLiteral("\n")) +
                    InlineMarkdown::plain(content);
            return;
        }
        if (m_plain.size() < 100000) {
            ImportedTask task = newTask(line);
            setTitle(task, content);
            if (!task.status) {
                if (const auto s = headingStatus())
                    applyStatus(task, *s);
            }
            if (!task.title.isEmpty()) {
                m_plain.append(std::move(task));
                m_open.append({indent, int(m_plain.size() - 1), true});
                if (log && !parent)
                    m_logEntry = int(m_plain.size() - 1);
                return;
            }
        }
        m_open.append({indent, -1, true});
        return;
    }

    QString notes;
    if (const qsizetype sep = body.indexOf(u'\u0001'); sep >= 0) {
        notes = body.mid(sep + 1);
        body.truncate(sep);
    }
    if (parentTask >= 0) {
        ChecklistItem item;
        item.text = InlineMarkdown::plain(body);
        item.checked = status && status->status == Status::Done;
        if (!item.text.isEmpty())
            m_batch.tasks[parentTask].checklist.append(item);
        m_open.append({indent, parentTask, false});
        return;
    }
    ImportedTask task = newTask(line);
    setTitle(task, body);
    if (!notes.isEmpty())
        task.description = task.description.isEmpty() ? notes : task.description + u'\n' + notes;
    if (status)
        applyStatus(task, *status);
    if (!statusText.isEmpty())
        task.statusText = statusText;
    if (!status && !statusText.isEmpty())
        warn(line, QStringLiteral("Unknown status \"%1\" kept as text").arg(statusText));
    const int index = addTask(std::move(task), line);
    m_open.append({indent, index, false});
}

void TrackerParser::continuation(QStringView text)
{
    if (m_open.isEmpty())
        return;
    const OpenItem &item = m_open.constLast();
    const QString t = InlineMarkdown::plain(text);
    if (item.task < 0 || t.isEmpty())
        return;
    ImportedTask &task = item.plain ? m_plain[item.task] : m_batch.tasks[item.task];
    if (!item.plain && !task.checklist.isEmpty() && item.task == m_lastTask && task.line != 0) {
        ChecklistItem &last = task.checklist.last();
        if (last.text.size() < 1000)
            last.text += u' ' + t;
        return;
    }
    if (task.title.size() + t.size() < maxTitle)
        task.title += u' ' + t;
    else if (task.description.size() < 4000)
        task.description += (task.description.isEmpty() ? QString() : QStringLiteral("\n")) + t;
}

void TrackerParser::keyValue(Column column, QStringView value, int line)
{
    const QString v = InlineMarkdown::plain(value);
    ImportedTask *task =
        m_taskSinceHeading && m_lastTask >= 0 ? &m_batch.tasks[m_lastTask] : nullptr;
    if (column == Column::Status) {
        const auto m = m_vocabulary.interpret(value);
        if (task) {
            if (!task->status && m)
                applyStatus(*task, *m);
            if (task->statusText.isEmpty())
                task->statusText = v;
        } else if (!m_headings.isEmpty()) {
            if (m)
                m_headings.last().status = m;
            const QString name = m_headings.constLast().component;
            if (!name.isEmpty()) {
                if (const auto pct = InlineMarkdown::percent(value))
                    m_batch.components.append({name, QString(), *pct});
            }
        }
        if (!m && !v.isEmpty())
            warn(line, QStringLiteral("Unknown status \"%1\" kept as text").arg(v));
    } else if (column == Column::Priority) {
        const auto p = StatusVocabulary::priority(value, true);
        if (!p)
            warn(line, QStringLiteral("Unknown priority \"%1\"").arg(v));
        else if (task)
            task->priority = p;
        else if (!m_headings.isEmpty())
            m_headings.last().priority = p;
    } else if (task) {
        if (column == Column::Estimate)
            task->estimate = InlineMarkdown::estimate(value, false);
        else if (column == Column::Owner)
            task->assignee = v;
        else if (column == Column::Due)
            task->due = InlineMarkdown::date(value);
        else if (column == Column::Depends)
            task->dependsOn += InlineMarkdown::keysIn(value);
    }
}

bool TrackerParser::completionClaim(QStringView text)
{
    static const QRegularExpression claim(
        QStringLiteral(
            "^\\s*(?:[-*+]\\s+)?([^:：|]{2,80}?)\\s*[:：]\\s*\\**~?(\\d{1,3})(?:\\.\\d+)?\\s?%\\**"
            "\\s*"
            "(?:complete|completed|done|finished|implemented|terminé|terminée|complété|completo|"
            "completado|completada|fertig|erledigt|abgeschlossen|tamamlandı|tamamlandi|selesai|"
            "hoàn thành|完成|已完成|완료|готово|выполнено)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bar(QStringLiteral(
        "^\\s*(?:[-*+]\\s+)?([^:：|\\[█▓▒░■□▰▱]{2,80}?)\\s*[:：]?\\s*\\[?[█▓▒░■□▰▱]{3,}\\]?\\s*"
        "~?(\\d{1,3})(?:\\.\\d+)?\\s?%"));
    if (text.size() > 1000)
        return false;
    auto m = claim.match(text);
    if (!m.hasMatch())
        m = bar.match(text);
    if (!m.hasMatch())
        return false;
    const QString name = InlineMarkdown::componentName(m.capturedView(1));
    if (name.isEmpty())
        return false;
    m_batch.components.append({name, QString(), std::min(m.capturedView(2).toInt(), 100)});
    return true;
}

void TrackerParser::tableHeader(QStringView line, int lineNo)
{
    Q_UNUSED(lineNo)
    m_table = {};
    m_table.headers = MarkdownTable::cells(line);
    for (QString &h : m_table.headers)
        h = InlineMarkdown::plain(h);
    const QString cacheKey = line.toString();
    if (const auto it = m_columnCache.constFind(cacheKey); it != m_columnCache.cend()) {
        m_table.columns = it.value();
    } else {
        m_table.columns = MarkdownTable::classifyAll(m_table.headers);
        if (m_columnCache.size() < 10000)
            m_columnCache.insert(cacheKey, m_table.columns);
    }
    const auto &c = m_table.columns;
    const bool title = c.contains(Column::Title);
    const bool key = c.contains(Column::Key);
    const bool status = c.contains(Column::Status);
    if (c.contains(Column::Milestone) && !title) {
        m_table.kind = Table::Milestones;
        return;
    }
    const QString joined = m_table.headers.join(u' ').toLower();
    if (joined.contains(QLatin1String("symbol")) || joined.contains(QLatin1String("símbolo")) ||
        joined.contains(QLatin1String("meaning")) ||
        joined.contains(QLatin1String("significado")) ||
        joined.contains(QLatin1String("signification")) ||
        joined.contains(QLatin1String("bedeutung"))) {
        m_table.kind = Table::Legend;
        return;
    }
    bool extra = false;
    for (const Column col : c) {
        if (col != Column::Other && col != Column::Key && col != Column::Title)
            extra = true;
    }
    if ((title || key) && extra) {
        m_table.kind = Table::Tasks;
        return;
    }
    // | Service | Port | Status |, | Phase | Focus | Status |: without a task column, the first
    // column of no known kind names the task.
    if (status && !title && !key) {
        const qsizetype first = c.indexOf(Column::Other);
        if (first >= 0) {
            m_table.columns[first] = Column::Title;
            m_table.kind = Table::Tasks;
        }
    }
}

// "✔ Verified: 95/99 pass", "❌ Failed", "⚠️ Claimed only", "QA passed", or evidence alone:
// the verdict before a colon, the evidence after it. False when the cell gave neither.
bool TrackerParser::verificationCell(ImportedTask &task, const QString &cell) const
{
    const qsizetype colon = cell.indexOf(u':');
    const QStringView verdict = colon >= 0 ? QStringView(cell).left(colon) : QStringView(cell);
    const auto m = m_vocabulary.interpret(verdict);
    if (!m) {
        task.evidence = cell;
        return true;
    }
    if (m->verification)
        task.verification = m->verification;
    else if (m->status == Status::Done)
        task.verification = Verification::Verified; // "QA: done"
    if (colon >= 0)
        task.evidence = cell.mid(colon + 1).trimmed();
    return m->verification || m->status == Status::Done || colon >= 0;
}

void TrackerParser::milestoneRow(const QStringList &cells)
{
    ImportedMilestone milestone;
    QStringList description;
    QString keysText;
    for (qsizetype i = 0; i < cells.size() && i < m_table.columns.size(); ++i) {
        const QString v = InlineMarkdown::plain(cells.at(i));
        switch (m_table.columns.at(i)) {
        case Column::Milestone:
            milestone.name = v;
            break;
        case Column::Due:
            milestone.targetDate = InlineMarkdown::date(v);
            if (!milestone.targetDate.isValid() && !isEmptyCell(v))
                description.prepend(m_table.headers.at(i) + QStringLiteral(": ") + v);
            break;
        default:
            keysText += u' ' + v;
            if (!isEmptyCell(v))
                description.append(m_table.headers.at(i) + QStringLiteral(": ") + v);
            break;
        }
    }
    if (milestone.name.isEmpty())
        return;
    milestone.description = description.join(u'\n');
    milestone.gatingKeys = InlineMarkdown::keysIn(keysText);
    m_batch.milestones.append(milestone);
}

void TrackerParser::tableRow(QStringView line, int lineNo)
{
    if (m_table.kind == Table::None)
        return;
    QStringList cells = MarkdownTable::cells(line);
    if (m_table.kind == Table::Milestones) {
        milestoneRow(cells);
        return;
    }
    if (m_table.kind == Table::Legend) {
        if (cells.size() >= 2) {
            QString symbols = cells.at(0);
            symbols.remove(u'`');
            const QString meaning = InlineMarkdown::plain(cells.at(1));
            if (const auto m = m_vocabulary.interpretWords(meaning)) {
                const int length = m_vocabulary.symbolAt(symbols.trimmed());
                Q_UNUSED(length)
                m_legendNotes.append(QStringLiteral("%1 = %2").arg(symbols.trimmed(), meaning));
                m_vocabulary.readLegend(
                    QStringLiteral("Legend: %1 %2").arg(symbols.trimmed(), meaning));
            }
        }
        return;
    }
    const auto &columns = m_table.columns;
    int filled = 0;
    for (const QString &cell : cells)
        filled += isEmptyCell(cell) ? 0 : 1;
    if (filled == 0)
        return;
    if (filled == 1 && !isEmptyCell(cells.value(0))) {
        m_table.group = InlineMarkdown::plain(cells.at(0)); // "| **Partially Working** | | |"
        return;
    }
    ImportedTask task = newTask(lineNo);
    QStringList description;
    QString titleCell;
    QString statusCell;
    QString secondTitle;
    bool hasPriorityColumn = columns.contains(Column::Priority);
    for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
        const QString &cell = cells.at(i);
        if (isEmptyCell(cell))
            continue;
        const QString v = InlineMarkdown::plain(cell);
        const QString header = m_table.headers.value(i);
        switch (columns.at(i)) {
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
            statusCell = cell;
            break;
        case Column::Verification:
            if (!verificationCell(task, v)) // "Estado QA: Pendiente" says nothing of evidence
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Priority:
            if (const auto p = StatusVocabulary::priority(cell, true))
                task.priority = p;
            else
                warn(lineNo, QStringLiteral("Unknown priority \"%1\"").arg(v));
            break;
        case Column::Impact:
            if (const auto p = StatusVocabulary::priority(cell, true);
                p && !hasPriorityColumn && v.size() < 20)
                task.priority = p;
            else
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Estimate:
        case Column::EstimateHours:
            task.estimate = InlineMarkdown::estimate(cell, columns.at(i) == Column::EstimateHours);
            if (!task.estimate)
                description.append(header + QStringLiteral(": ") + v);
            break;
        case Column::Depends:
            for (const QString &token : dependencyTokens(v)) {
                if (!task.dependsOn.contains(token))
                    task.dependsOn.append(token);
            }
            break;
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
    if (task.phase.isEmpty() && !m_table.group.isEmpty())
        task.phase = m_table.group;
    task.description = description.join(u'\n');
    setTitle(task, titleCell, false);
    if (!statusCell.isEmpty()) {
        task.statusText = InlineMarkdown::plain(statusCell);
        // "`[x]`", "[~]": a checkbox written in the Status column.
        std::optional<StatusMeaning> meaning = m_vocabulary.interpret(statusCell);
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
            applyStatus(task, *meaning);
        else
            warn(lineNo, QStringLiteral("Unknown status \"%1\" kept as text").arg(task.statusText));
    }
    for (const QString &cell : std::as_const(cells)) {
        if (task.evidence.isEmpty() && cell.contains(u'/'))
            task.evidence = InlineMarkdown::evidence(cell);
    }
    if (task.title.isEmpty() && task.key.isEmpty()) {
        warn(lineNo, QStringLiteral("Table row without a task name skipped"));
        return;
    }
    m_lastWasItem = false;
    addTask(std::move(task), lineNo);
}

} // namespace Candor
