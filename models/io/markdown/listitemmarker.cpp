// SPDX-License-Identifier: MIT
#include "listitemmarker.h"

#include "completionclaim.h"
#include "inlinemarkdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Candor {

ListItemMarker ListItemMarker::read(const StatusVocabulary &vocabulary, bool ordered,
                                    QStringView content)
{
    static const QRegularExpression checkbox(QStringLiteral("^\\[([^\\]]{0,8})\\](?:\\s+|$)(.*)$"));
    ListItemMarker item;
    if (const auto m = checkbox.match(content); m.hasMatch()) {
        item.marked = true;
        const QStringView marker = m.capturedView(1);
        item.body = m.captured(2);
        item.status = vocabulary.interpretCheckbox(marker);
        if (!item.status) {
            item.statusText = marker.trimmed().toString();
            item.warning = QCoreApplication::translate("MarkdownTrackerReader",
                                                       "Unknown checkbox marker [%1] kept as text")
                               .arg(item.statusText);
        } else if (InlineMarkdown::isStruck(item.body)) {
            item.status = StatusMeaning{Status::Done, {}, {}};
        } else if (item.status->status == Status::Todo) {
            // "- [ ] Export to CSV (partial)": an empty box says only "not done"; a status in
            // parentheses at the end of the title says how far it got.
            static const QRegularExpression note(QStringLiteral("\\(([^()]{2,30})\\)\\s*$"));
            if (const auto n = note.match(item.body); n.hasMatch()) {
                const std::optional<StatusMeaning> said =
                    vocabulary.interpretWords(n.capturedView(1));
                if (said && said->status != Status::Todo && said->status != Status::Done)
                    item.status = said;
            }
        }
        return item;
    }
    // Logseq and org-mode outliners: "TODO Call Ana", "DOING", "NOW", "LATER", "DONE".
    static const QRegularExpression outliner(
        QStringLiteral("^(TODO|LATER|DOING|NOW|IN-PROGRESS|WAITING|WAIT|DONE|CANCELED|CANCELLED)"
                       "\\s+(.*)$"));
    if (const auto m = outliner.match(content); m.hasMatch()) {
        const QStringView word = m.capturedView(1);
        Status status = Status::Todo;
        if (word == u"DOING" || word == u"NOW" || word == u"IN-PROGRESS")
            status = Status::InProgress;
        else if (word == u"WAITING" || word == u"WAIT")
            status = Status::Blocked;
        else if (word == u"DONE")
            status = Status::Done;
        else if (word == u"CANCELED" || word == u"CANCELLED")
            status = Status::Cancelled;
        item.marked = true;
        item.status = StatusMeaning{status, {}, {}};
        item.statusText = word.toString();
        item.body = m.captured(2);
        return item;
    }
    if (const int length = vocabulary.symbolAt(content); length > 0 && !ordered) {
        item.marked = true;
        item.status = vocabulary.interpretSymbol(content);
        item.statusText = content.left(length).toString();
        item.body = content.mid(length).trimmed().toString();
        return item;
    }
    qsizetype keyLength = 0;
    const QString key = InlineMarkdown::leadingKey(content, &keyLength);
    int symbolLength = 0;
    const qsizetype at = vocabulary.findSymbol(content, &symbolLength);
    bool trailing = false;
    if (at > 0) {
        QStringView after = content.mid(at + symbolLength).trimmed();
        static const QRegularExpression tail(QStringLiteral("^\\s*(?:\\([^)]*\\))?\\s*$"));
        trailing = tail.match(after).hasMatch();
    }
    if (key.isEmpty() && trailing && content.contains(u'%')) {
        item.claim = CompletionClaim::read(content);
        if (item.claim)
            return item;
    }
    if ((!key.isEmpty() && at > 0) || trailing) {
        item.marked = true;
        const QStringView statusPart = content.mid(at);
        item.status = vocabulary.interpret(statusPart);
        item.statusText = InlineMarkdown::plain(statusPart);
        item.body = content.left(at).trimmed().toString();
        if (item.body.endsWith(u'-') || item.body.endsWith(u'—'))
            item.body.chop(1);
        const QString notes = InlineMarkdown::plain(content.mid(at + symbolLength));
        if (!notes.isEmpty() && notes.size() < 500)
            item.notes = notes;
    } else if (!key.isEmpty() && !ordered) {
        item.marked = true;
        item.body = content.trimmed().toString();
        // "HULL-007: Something ❓": a trailing symbol we do not know.
        const QStringView t = content.trimmed();
        if (t.size() > 2 && t.back().isLowSurrogate()) {
            item.statusText = t.right(2).toString();
            item.body.chop(2);
        } else if (!t.isEmpty() && t.back().category() == QChar::Symbol_Other) {
            item.statusText = t.right(1).toString();
            item.body.chop(1);
        }
    } else if (InlineMarkdown::isStruck(content) && !ordered) {
        // "~~Title~~" alone is given up; "~~Title~~ ✅ RESOLVED", "~~Title~~ Done!" says what.
        item.marked = true;
        const qsizetype end = content.lastIndexOf(QLatin1String("~~"));
        const auto said = vocabulary.interpret(content.mid(end + 2));
        item.status = said ? *said : StatusMeaning{Status::Cancelled, {}, {}};
        item.body = content.toString();
    }
    return item;
}

} // namespace Candor
