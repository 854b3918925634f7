// SPDX-License-Identifier: MIT
#include "trackerheadings.h"

#include "inlinemarkdown.h"
#include "io/vocabulary/priorityvocabulary.h"

namespace Candor {

TrackerHeadings::TrackerHeadings(const StatusVocabulary &vocabulary)
    : m_vocabulary(vocabulary)
{}

void TrackerHeadings::closeFrom(int level)
{
    while (!m_headings.isEmpty() && m_headings.constLast().level >= level)
        m_headings.removeLast();
}

void TrackerHeadings::openChecklist(int level, int task)
{
    Heading h;
    h.level = level;
    h.checklistOf = task;
    m_headings.append(h);
}

std::optional<ImportedComponent> TrackerHeadings::open(int level, QStringView text)
{
    std::optional<ImportedComponent> claim;
    const QString cacheKey = text.toString();
    if (const auto it = m_cache.constFind(cacheKey);
        it != m_cache.cend() && (level != 1 || m_pastTitle)) {
        Heading h = it.value();
        h.level = level;
        if (!h.component.isEmpty()) {
            if (const auto pct = InlineMarkdown::percent(text))
                claim = ImportedComponent{h.component, QString(), *pct};
        }
        m_headings.append(h);
        return claim;
    }
    Heading h;
    h.level = level;
    h.kind = SectionVocabulary::kindOf(InlineMarkdown::plain(text));
    h.priority = PriorityVocabulary::headingPriority(text);
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
    const bool cacheable = level != 1 || m_pastTitle;
    // The document title is not a component.
    if (level == 1 && !m_pastTitle) {
        m_pastTitle = true;
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
            claim = ImportedComponent{name, QString(), *pct};
    }
    m_headings.append(h);
    if (m_cache.size() < 10000 && cacheable)
        m_cache.insert(cacheKey, h);
    return claim;
}

int TrackerHeadings::checklistTask() const
{
    return m_headings.isEmpty() ? -1 : m_headings.constLast().checklistOf;
}

SectionVocabulary::Kind TrackerHeadings::proseKind() const
{
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (it->kind != SectionVocabulary::Kind::Tasks)
            return it->kind;
    }
    return SectionVocabulary::Kind::Tasks;
}

void TrackerHeadings::parentComponent(ImportedTask &task) const
{
    task.component.clear();
    for (qsizetype i = m_headings.size() - 2; i >= 0 && task.component.isEmpty(); --i)
        task.component = m_headings.at(i).component;
}

bool TrackerHeadings::isLog() const
{
    return !m_headings.isEmpty() && m_headings.constLast().log;
}

QString TrackerHeadings::component() const
{
    return m_headings.isEmpty() ? QString() : m_headings.constLast().component;
}

void TrackerHeadings::setStatus(const StatusMeaning &status)
{
    if (!m_headings.isEmpty())
        m_headings.last().status = status;
}

void TrackerHeadings::setPriority(Priority priority)
{
    if (!m_headings.isEmpty())
        m_headings.last().priority = priority;
}

std::optional<StatusMeaning> TrackerHeadings::status() const
{
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (it->status)
            return it->status;
    }
    return std::nullopt;
}

void TrackerHeadings::describe(ImportedTask &task) const
{
    for (auto it = m_headings.crbegin(); it != m_headings.crend(); ++it) {
        if (task.component.isEmpty() && !it->component.isEmpty())
            task.component = it->component;
        if (!task.priority && it->priority)
            task.priority = it->priority;
        if (task.phase.isEmpty() && !it->phase.isEmpty())
            task.phase = it->phase;
    }
}

} // namespace Candor
