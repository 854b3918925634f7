// SPDX-License-Identifier: MIT
#include "completionclaim.h"

#include "inlinemarkdown.h"

#include <QRegularExpression>

#include <algorithm>

namespace Candor {

std::optional<ImportedComponent> CompletionClaim::read(QStringView line)
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
    if (line.size() > 1000)
        return std::nullopt;
    auto m = claim.match(line);
    if (!m.hasMatch())
        m = bar.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = InlineMarkdown::componentName(m.capturedView(1));
    if (name.isEmpty())
        return std::nullopt;
    return ImportedComponent{name, QString(), std::min(m.capturedView(2).toInt(), 100)};
}

} // namespace Candor
