// SPDX-License-Identifier: MIT
#include "searchindex.h"

#include "componentmodel.h"
#include "milestonemodel.h"
#include "project/project.h"
#include "project/projectreader.h"

namespace Candor {

namespace {

// The separator TaskFilter::searchText uses: no one types it, so no match spans two texts.
const QChar separator(0x1f);

QString joinedFolded(const QStringList &texts)
{
    return texts.join(separator).toCaseFolded();
}

// The part of text around a match, on one line, short enough for a tooltip.
QString excerpt(const QString &text, const QString &foldedText)
{
    constexpr qsizetype around = 40;
    const qsizetype at = text.toCaseFolded().indexOf(foldedText);
    const qsizetype from = std::max<qsizetype>(0, at - around);
    QString part = text.mid(from, foldedText.size() + 2 * around).simplified();
    if (from > 0)
        part.prepend(QChar(0x2026));
    if (from + foldedText.size() + 2 * around < text.size())
        part.append(QChar(0x2026));
    return part;
}

} // namespace

SearchIndex::SearchIndex(const Project *project)
    : m_project(project)
{}

void SearchIndex::read()
{
    bool ok = false;
    const QHash<qint64, QStringList> texts =
        ProjectReader(m_project->database()).checklistTexts({}, &ok);
    m_checklists.clear();
    m_checklists.reserve(texts.size());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_checklists.insert(it.key(), joinedFolded(it.value()));
    m_ready = true;
}

void SearchIndex::refreshChecklist(qint64 taskId)
{
    const QStringList texts =
        ProjectReader(m_project->database()).checklistTexts({taskId}).value(taskId);
    if (texts.isEmpty())
        m_checklists.remove(taskId);
    else
        m_checklists.insert(taskId, joinedFolded(texts));
}

void SearchIndex::clear()
{
    m_checklists.clear();
    m_ready = false;
}

void SearchIndex::prepareNames()
{
    m_componentNames.clear();
    for (const Component &component : m_project->components()->components())
        m_componentNames.insert(component.id, component.name.toCaseFolded());
    m_milestoneNames.clear();
    for (const Milestone &milestone : m_project->milestones()->milestones())
        m_milestoneNames.insert(milestone.id, milestone.name.toCaseFolded());
}

QString SearchIndex::relatedText(const Task &task) const
{
    QString text;
    if (task.componentId != 0)
        text = m_componentNames.value(task.componentId);
    for (qint64 id : m_project->milestonesOf(task.id)) {
        text += separator;
        text += m_milestoneNames.value(id);
    }
    if (const auto checklist = m_checklists.constFind(task.id); checklist != m_checklists.cend()) {
        text += separator;
        text += *checklist;
    }
    return text;
}

QString SearchIndex::reason(const Task &task, const QString &foldedText) const
{
    if (foldedText.isEmpty())
        return {};
    const std::pair<QString, const QString *> fields[] = {
        {tr("Matches description: %1"), &task.description},
        {tr("Matches phase: %1"), &task.phase},
        {tr("Matches evidence: %1"), &task.evidence},
    };
    for (const auto &[format, value] : fields) {
        if (value->toCaseFolded().contains(foldedText))
            return format.arg(excerpt(*value, foldedText));
    }
    if (!m_checklists.value(task.id).contains(foldedText))
        return {};
    for (const ChecklistItem &item : m_project->checklist(task.id)) {
        if (item.text.toCaseFolded().contains(foldedText))
            return tr("Matches checklist: %1").arg(excerpt(item.text, foldedText));
    }
    return {};
}

} // namespace Candor
