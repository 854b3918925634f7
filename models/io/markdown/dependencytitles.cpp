// SPDX-License-Identifier: MIT
#include "dependencytitles.h"

#include "inlinemarkdown.h"

#include <QRegularExpression>

namespace Candor {

namespace {

// A document's title scans are bounded: past this many tasks or phrases, only keys resolve (a
// generated 100k-task file names every dependency by key).
constexpr qsizetype maxTasks = 5000;
constexpr int maxScans = 2000;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'#' || c == u'$';
}

// How well \a title matches \a phrase: 3 the same, 2 begins with it, 1 holds it as words, 0 not.
int matchLevel(const QString &title, const QString &phrase)
{
    if (title == phrase)
        return 3;
    const qsizetype at = title.indexOf(phrase);
    if (at < 0)
        return 0;
    const qsizetype end = at + phrase.size();
    const bool bounded = (at == 0 || !isWordChar(title.at(at - 1))) &&
                         (end == title.size() || !isWordChar(title.at(end)));
    if (!bounded)
        return 0;
    if (at == 0)
        return 2;
    return phrase.size() >= 4 ? 1 : 0;
}

} // namespace

QStringList DependencyTitles::phrases(QStringView text)
{
    static const QRegularExpression split(
        QStringLiteral("\\s*(?:[,;、，；]|\\s(?:and|und|y|et|e|и|ve|dan|và)\\s)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lead(
        QStringLiteral("^(?:depends(?:\\s+on)?|dependencies|blocked\\s+by|after|requires|needs|"
                       "waits\\s+for|nach|abhängig\\s+von|después\\s+de|depende\\s+de|après|"
                       "dépend\\s+de|bloqueado\\s+por|bloqué\\s+par)\\s*[:：]?\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    const QString plain = InlineMarkdown::plain(text.left(500));
    for (QString part : plain.split(split, Qt::SkipEmptyParts)) {
        part.remove(lead);
        part = part.trimmed();
        while (!part.isEmpty() && (part.endsWith(u'.') || part.endsWith(u')')))
            part.chop(1);
        if (part.size() >= 2 && part.size() <= 80 && !out.contains(part))
            out.append(part);
    }
    return out;
}

QStringList DependencyTitles::references(QStringView text)
{
    QStringList keys = InlineMarkdown::keysIn(text);
    return keys.isEmpty() ? phrases(text) : keys;
}

void DependencyTitles::resolve(QList<ImportedTask> &tasks, const QHash<QString, int> &byKey)
{
    QSet<QString> externalIds;
    for (const ImportedTask &task : std::as_const(tasks)) {
        if (!task.externalId.isEmpty())
            externalIds.insert(task.externalId);
    }
    QStringList titles;
    if (tasks.size() <= maxTasks) {
        titles.reserve(tasks.size());
        for (const ImportedTask &task : std::as_const(tasks))
            titles.append(InlineMarkdown::plain(task.title).toCaseFolded());
    }
    int scans = 0;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        QStringList &depends = tasks[i].dependsOn;
        QStringList kept;
        for (const QString &d : std::as_const(depends)) {
            // Most are keys as written: no markup to take off, no title to look for.
            if (byKey.contains(d.toCaseFolded()) || externalIds.contains(d)) {
                kept.append(d);
                continue;
            }
            const QString clean = InlineMarkdown::plain(d);
            if (byKey.contains(clean.toCaseFolded()) || InlineMarkdown::isKey(clean) ||
                externalIds.contains(clean) || titles.isEmpty() || scans >= maxScans) {
                kept.append(d);
                continue;
            }
            ++scans;
            const QString phrase = clean.toCaseFolded();
            int best = 0;
            qsizetype found = -1;
            bool ambiguous = false;
            for (qsizetype j = 0; j < titles.size(); ++j) {
                const int level = j == i ? 0 : matchLevel(titles.at(j), phrase);
                if (level > best) {
                    best = level;
                    found = j;
                    ambiguous = false;
                } else if (level == best && level > 0) {
                    ambiguous = true;
                }
            }
            if (found < 0 || ambiguous)
                continue;
            ImportedTask &target = tasks[found];
            if (target.key.isEmpty() && target.externalId.isEmpty()) {
                target.externalId = QStringLiteral("title:%1").arg(found);
                externalIds.insert(target.externalId);
            }
            const QString ref = target.key.isEmpty() ? target.externalId : target.key;
            if (!kept.contains(ref))
                kept.append(ref);
        }
        depends = kept;
    }
}

} // namespace Candor
