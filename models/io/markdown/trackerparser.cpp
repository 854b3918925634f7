// SPDX-License-Identifier: MIT
#include "trackerparser.h"

#include "completionclaim.h"
#include "dependencytitles.h"
#include "inlinemarkdown.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/priorityvocabulary.h"
#include "itemfields.h"
#include "listitemmarker.h"
#include "trackertitle.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Candor {

namespace {

constexpr qsizetype maxLine = 20000;

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

bool hasArrow(QStringView line)
{
    return line.contains(u'→') || line.contains(u"->") || line.contains(u'↓') ||
           line.contains(u'▼');
}

} // namespace

TrackerParser::TrackerParser(const QString &fileName)
    : m_fileName(fileName)
    , m_headings(m_vocabulary)
    , m_table(m_vocabulary, m_batch, m_legendNotes,
              [this](int line, const QString &message) { warn(line, message); })
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

    const QList<QStringView> lines = text.split(u'\n');
    QStringList code;
    QString fence;
    int codeStart = 0;
    bool longWarned = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > maxLine) {
            if (!longWarned)
                warn(lineNo, QCoreApplication::translate("MarkdownTrackerReader",
                                                         "Line of %1 characters read only in part")
                                 .arg(line.size()));
            longWarned = true;
            line = line.left(maxLine);
        }
        const QStringView trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence)) {
                if (std::any_of(code.cbegin(), code.cend(),
                                [](const QString &l) { return hasArrow(l); }))
                    m_arrowBlocks.append(code);
                if (MermaidGantt::isGantt(code))
                    m_gantt.read(code, codeStart, m_vocabulary);
                code.clear();
                fence.clear();
            } else if (code.size() < 2000) {
                code.append(line.toString());
            }
            continue;
        }
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            fence = trimmed.left(3).toString();
            codeStart = lineNo + 1;
            m_table.close();
            m_lastWasItem = false;
            continue;
        }
        if (trimmed.isEmpty()) {
            m_table.close();
            m_lastWasItem = false;
            continue;
        }
        if (MarkdownTable::isRow(trimmed)) {
            if (!m_table.isOpen()) {
                if (i + 1 < lines.size() && MarkdownTable::isSeparator(lines.at(i + 1))) {
                    m_table.open(trimmed);
                    ++i;
                } else {
                    m_table.openUnreadable();
                }
            } else if (!MarkdownTable::isSeparator(trimmed)) {
                tableRow(trimmed, lineNo);
            }
            m_lastWasItem = false;
            continue;
        }
        m_table.close();
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
        // "**Overall Progress:** 92%" reads like an item's status line, but states the project's.
        if (line.contains(u'%')) {
            if (const auto claim = CompletionClaim::read(line);
                claim && CompletionClaim::isOverall(claim->name)) {
                m_batch.components.append(*claim);
                m_lastWasItem = false;
                continue;
            }
        }
        if (const auto field = ItemFields::read(trimmed)) {
            const bool bullet = first == u'-' || first == u'*' || first == u'+' || first == u'•';
            if (bullet && itemField(indentOf(line), *field, lineNo))
                continue;
            if (!bullet || m_open.isEmpty()) {
                keyValue(*field, lineNo);
                m_lastWasItem = false;
                continue;
            }
        }
        if (!itemStart) {
        } else if (const auto m = itemRe.match(line); m.hasMatch()) {
            const QStringView marker = m.capturedView(2);
            // An outliner's (Logseq) bullet that holds a heading: "- ## Weekly PM".
            if (const QStringView c = m.capturedView(3);
                c.startsWith(u'#') && !marker.front().isDigit()) {
                if (const auto h = headingRe.match(c); h.hasMatch()) {
                    heading(int(h.capturedLength(1)), h.capturedView(2), lineNo);
                    continue;
                }
            }
            listItem(indentOf(m.capturedView(1)), marker.front().isDigit(), m.capturedView(3),
                     lineNo);
            continue;
        }
        if (first != u'*') {
        } else if (const auto m = boldLine.match(line); m.hasMatch()) {
            // "**Acceptance Criteria:**" heads prose; "**Backend**" a group of tasks.
            m_boldKind = SectionVocabulary::kindOf(InlineMarkdown::plain(m.capturedView(1)));
            if (m_boldKind == SectionVocabulary::Kind::Tasks)
                m_boldHeading = InlineMarkdown::componentName(m.capturedView(1));
            m_open.clear();
            m_lastWasItem = false;
            continue;
        }
        if (trimmed.size() < 60 && (trimmed.endsWith(u':') || trimmed.endsWith(u'：'))) {
            // A plain label, "Definition of Done:".
            m_boldKind = SectionVocabulary::kindOf(trimmed.chopped(1));
            m_open.clear();
            m_lastWasItem = false;
            continue;
        }
        if (line.contains(u'%') && completionClaim(line))
            continue;
        if (m_lastWasItem)
            continuation(trimmed);
    }
    m_headingItems.close(m_headings.status());
    for (ImportedTask &task : m_headingItems.take()) {
        const int line = task.line;
        addTask(std::move(task), line);
    }
    m_legendNotes += m_vocabulary.legendNotes();
    m_gantt.appendTo(m_batch);
    if (m_batch.tasks.isEmpty() && !m_plain.isEmpty()) {
        m_usedFallback = true;
        m_batch.tasks = std::move(m_plain);
        m_batch.tasks.removeIf([](const ImportedTask &t) { return t.title.isEmpty(); });
    }
}

void TrackerParser::heading(int level, QStringView text, int line)
{
    if (m_headingItems.held() && m_headingItems.heldLevel() >= level)
        m_headingItems.close(m_headings.status());
    m_headings.closeFrom(level);
    m_boldHeading.clear();
    m_boldKind = SectionVocabulary::Kind::Tasks;
    m_open.clear();
    m_lastWasItem = false;
    m_taskSinceHeading = false;
    m_logEntry = -1;

    // "### SEC-001 checklist", "### SEC-001: notes": a section about a task listed above (as
    // Candor's own export writes checklists). Its items belong to that task, and the heading is
    // neither a component nor a task of its own.
    // "#### 🐛 BUG-001: Title": a heading that starts with a key is an item of its own, with
    // its "**Priority**:" lines as fields, unless tasks follow under it.
    qsizetype keyAt = 0;
    while (keyAt < text.size() && !text.at(keyAt).isLetterOrNumber() && text.at(keyAt) != u'*')
        ++keyAt;
    qsizetype length = 0;
    const QString key = level > 1 && m_headings.pastTitle()
                            ? InlineMarkdown::leadingKey(text.mid(keyAt), &length)
                            : QString();
    if (!key.isEmpty() && !m_batch.tasks.isEmpty()) {
        if (const int at = taskWithKey(key); at >= 0) {
            m_headings.openChecklist(level, at);
            return;
        }
    }
    std::optional<ImportedTask> keyed;
    if (!key.isEmpty() && keyAt + length < text.size()) {
        keyed = newTask(line);
        keyed->construct = ImportConstruct::Heading;
        TrackerTitle::apply(*keyed, text.mid(keyAt));
        if (!keyed->status) {
            if (const auto s = m_vocabulary.interpret(text.left(keyAt)))
                s->applyTo(*keyed);
        }
    }
    // "### Overall: 85% Complete": the project's figure, whatever the heading heads.
    if (text.contains(u'%')) {
        if (const auto claim = CompletionClaim::read(text);
            claim && CompletionClaim::isOverall(claim->name))
            m_batch.components.append(*claim);
    }
    if (const std::optional<ImportedComponent> claim = m_headings.open(level, text))
        m_batch.components.append(*claim);
    // It is an item when no task follows under it (holdHeading).
    if (keyed && m_headings.proseKind() == SectionVocabulary::Kind::Tasks)
        m_headingItems.hold(level, std::move(*keyed));
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
    m_headings.describe(task);
    return task;
}

int TrackerParser::addTask(ImportedTask task, int line)
{
    if (task.title.isEmpty())
        task.title = task.key;
    if (task.title.isEmpty()) {
        warn(line,
             QCoreApplication::translate("MarkdownTrackerReader", "Task without a title skipped"));
        return -1;
    }
    if (!task.status) {
        if (const auto s = m_headings.status())
            s->applyTo(task);
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
    m_headingItems.drop(); // the heading's status is its items' then
    if (m_keyIndexBuilt && !task.key.isEmpty() && !m_taskByKey.contains(task.key))
        m_taskByKey.insert(task.key, int(m_batch.tasks.size()));
    m_batch.tasks.append(std::move(task));
    m_taskSinceHeading = true;
    m_lastTask = int(m_batch.tasks.size() - 1);
    return m_lastTask;
}

void TrackerParser::listItem(int indent, bool ordered, QStringView content, int line)
{
    while (!m_open.isEmpty() && m_open.constLast().indent >= indent)
        m_open.removeLast();
    const OpenItem *parent = m_open.isEmpty() ? nullptr : &m_open.constLast();
    int parentTask = parent && !parent->plain ? parent->task : -1;
    if (!parent && !m_headings.isEmpty())
        parentTask = m_headings.checklistTask();
    const bool sameBlock = m_lastWasItem; // no blank line since the item above
    m_lastWasItem = true;

    // Under "Acceptance criteria", "Strengths", "References": prose, unless a task owns the
    // section (its criteria are then its checklist); a child of a skipped item is skipped too.
    if (parentTask < 0 && (proseKind() != SectionVocabulary::Kind::Tasks ||
                           (parent && parent->plain && parent->task < 0 && parent->skipped))) {
        skip(line, proseKind(), content);
        m_open.append({indent, -1, true, true});
        return;
    }
    const ListItemMarker item = ListItemMarker::read(m_vocabulary, ordered, content);
    if (item.claim) {
        m_batch.components.append(*item.claim);
        m_lastWasItem = false;
        return;
    }
    if (!item.warning.isEmpty())
        warn(line, item.warning);

    if (!item.marked) {
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
        const bool log = m_headings.isLog();
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
            task.construct = ImportConstruct::ListItem;
            TrackerTitle::apply(task, content);
            if (!task.status) {
                if (const auto s = m_headings.status())
                    s->applyTo(task);
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

    if (parentTask >= 0) {
        ChecklistItem entry;
        entry.text = InlineMarkdown::plain(item.body);
        entry.checked = item.status && item.status->status == Status::Done;
        if (!entry.text.isEmpty())
            m_batch.tasks[parentTask].checklist.append(entry);
        m_open.append({indent, parentTask, false});
        return;
    }
    ImportedTask task = newTask(line);
    task.construct = content.trimmed().startsWith(u'[') ? ImportConstruct::Checkbox
                                                        : ImportConstruct::StatusItem;
    TrackerTitle::apply(task, item.body);
    if (!item.notes.isEmpty())
        task.description =
            task.description.isEmpty() ? item.notes : task.description + u'\n' + item.notes;
    if (item.status)
        item.status->applyTo(task);
    if (!item.statusText.isEmpty())
        task.statusText = item.statusText;
    if (!item.status && !item.statusText.isEmpty())
        warn(line, QCoreApplication::translate("MarkdownTrackerReader",
                                               "Unknown status \"%1\" kept as text")
                       .arg(item.statusText));
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
    if (task.title.size() + t.size() < TrackerTitle::maxLength)
        task.title += u' ' + t;
    else if (task.description.size() < 4000)
        task.description += (task.description.isEmpty() ? QString() : QStringLiteral("\n")) + t;
}

void TrackerParser::keyValue(const ItemFields::Line &field, int line)
{
    ImportedTask *task =
        m_taskSinceHeading && m_lastTask >= 0 ? &m_batch.tasks[m_lastTask] : nullptr;
    if (!task && !m_headings.isEmpty()) {
        // Right under a heading: the section's status or priority (its tasks'), and the
        // heading may be an item of its own (holdHeading).
        if (field.column == Column::Status) {
            const auto m = m_vocabulary.status(field.value);
            if (m)
                m_headings.setStatus(*m);
            holdHeading(line, m, InlineMarkdown::plain(field.value));
            const QString name = m_headings.component();
            if (const auto pct = InlineMarkdown::percent(field.value); pct && !name.isEmpty())
                m_batch.components.append({name, QString(), *pct});
        } else if (field.column == Column::Priority) {
            if (const auto p = PriorityVocabulary::priority(field.value, true))
                m_headings.setPriority(*p);
            holdHeading(line, std::nullopt, QString());
        }
        task = m_headingItems.held();
    }
    if (!task)
        return;
    // A task's own marker wins over a status line after it.
    if (field.column == Column::Status && task->status) {
        if (task->statusText.isEmpty())
            task->statusText = InlineMarkdown::plain(field.value);
        return;
    }
    if (const QString warning = ItemFields::apply(*task, field, m_vocabulary); !warning.isEmpty())
        warn(line, warning);
}

// "- Status: Done" under an item: the item's field. A plain item that a status or priority line
// describes is an item of its own ("- Feature X" then "  - Status: Planned").
bool TrackerParser::itemField(int indent, const ItemFields::Line &field, int line)
{
    while (!m_open.isEmpty() && m_open.constLast().indent >= indent)
        m_open.removeLast();
    if (m_open.isEmpty() || m_open.constLast().task < 0)
        return false;
    OpenItem &parent = m_open.last();
    if (parent.plain) {
        if (field.column != Column::Status && field.column != Column::Priority)
            return false;
        ImportedTask promoted = std::move(m_plain[parent.task]);
        m_plain[parent.task] = ImportedTask();
        promoted.construct = ImportConstruct::KeyValue;
        const int at = addTask(std::move(promoted), line);
        if (at < 0)
            return false;
        for (OpenItem &open : m_open) {
            if (open.plain && open.task == parent.task) {
                open.plain = false;
                open.task = at;
            }
        }
    }
    ImportedTask &task = m_batch.tasks[m_open.constLast().task];
    if (const QString warning = ItemFields::apply(task, field, m_vocabulary); !warning.isEmpty())
        warn(line, warning);
    m_lastWasItem = false;
    return true;
}

bool TrackerParser::completionClaim(QStringView text)
{
    const std::optional<ImportedComponent> claim = CompletionClaim::read(text);
    if (claim)
        m_batch.components.append(*claim);
    return claim.has_value();
}

// "### Voice Integration" then "**Status:** Planned": the heading is an item when no task
// follows under it; when tasks do, the status is theirs (as a phase's status is its tasks').
void TrackerParser::holdHeading(int line, const std::optional<StatusMeaning> &status,
                                const QString &text)
{
    if (!m_headingItems.held()) {
        const QString title = m_headings.component();
        if (title.isEmpty() || m_headings.proseKind() != SectionVocabulary::Kind::Tasks)
            return;
        ImportedTask task = newTask(line);
        task.title = title;
        task.construct = ImportConstruct::KeyValue;
        m_headings.parentComponent(task);
        m_headingItems.hold(m_headings.level(), std::move(task));
    }
    ImportedTask *held = m_headingItems.held();
    if (status && !held->status) {
        status->applyTo(*held);
        held->statusText = text;
    }
}

SectionVocabulary::Kind TrackerParser::proseKind() const
{
    return m_boldKind != SectionVocabulary::Kind::Tasks ? m_boldKind : m_headings.proseKind();
}

void TrackerParser::skip(int line, SectionVocabulary::Kind kind, QStringView text)
{
    ++m_batch.skippedCount;
    if (m_batch.skipped.size() < 1000)
        m_batch.skipped.append(
            {line, SectionVocabulary::reason(kind), InlineMarkdown::plain(text.left(200))});
}

void TrackerParser::tableRow(QStringView line, int lineNo)
{
    if (m_table.kind() != TrackerTable::Kind::Tasks) {
        m_table.otherRow(line);
        return;
    }
    if (const SectionVocabulary::Kind kind = proseKind(); kind != SectionVocabulary::Kind::Tasks) {
        skip(lineNo, kind, line);
        return;
    }
    std::optional<ImportedTask> task = m_table.taskRow(line, lineNo, newTask(lineNo));
    if (!task)
        return;
    task->construct = ImportConstruct::TableRow;
    m_lastWasItem = false;
    addTask(std::move(*task), lineNo);
}

} // namespace Candor
