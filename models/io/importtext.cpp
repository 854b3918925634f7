// SPDX-License-Identifier: MIT
#include "importtext.h"

#include "project/taskvalidator.h"

#include <QTextBoundaryFinder>

namespace Candor {

bool ImportText::removeNuls(QString &text)
{
    const qsizetype before = text.size();
    text.remove(QChar(u'\0'));
    return text.size() != before;
}

QString ImportText::fitTitle(ImportedTask &task)
{
    const QString whole = task.title.trimmed();
    constexpr qsizetype limit = TaskValidator::maxTitleLength;
    if (whole.size() <= limit)
        return {};
    const QString ellipsis = QStringLiteral("…");
    // The last character boundary that leaves room for the ellipsis: never half a surrogate
    // pair or a letter without its accent.
    QTextBoundaryFinder characters(QTextBoundaryFinder::Grapheme, whole);
    characters.setPosition(limit - ellipsis.size() + 1);
    qsizetype cut = characters.toPreviousBoundary();
    if (cut <= 0)
        cut = limit - ellipsis.size();
    // A word boundary when there is one near: a person cuts between words.
    if (const qsizetype space = whole.lastIndexOf(u' ', cut - 1); space > cut - 60 && space > 0)
        cut = space;
    task.title = whole.left(cut).trimmed() + ellipsis;
    task.description = task.description.isEmpty() ? whole : whole + u'\n' + task.description;
    return tr("The title has %1 characters, more than the %2 a title may have; it was cut, and "
              "the whole title begins the description.")
        .arg(whole.size())
        .arg(limit);
}

} // namespace Candor
