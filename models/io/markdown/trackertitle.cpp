// SPDX-License-Identifier: MIT
#include "trackertitle.h"

#include "inlinemarkdown.h"

#include <QRegularExpression>

namespace Candor {

void TrackerTitle::apply(ImportedTask &task, QStringView text, bool spaceEndsKey)
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
    if (title.size() > maxLength) {
        qsizetype cut = title.indexOf(QLatin1String(" — "));
        if (cut < 10 || cut > maxLength)
            cut = title.indexOf(QLatin1String(": "));
        if (cut < 10 || cut > maxLength)
            cut = title.lastIndexOf(u' ', maxLength);
        if (cut < 10)
            cut = maxLength;
        const QString more = title.mid(cut).trimmed();
        task.description = task.description.isEmpty() ? more : more + u'\n' + task.description;
        title = title.left(cut).trimmed();
    }
    task.title = title;
}

} // namespace Candor
