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
    // "**Overall Progress**: `███░░` 70%", "总体: 14/14 完成 (100%)": the project's own figure
    // needs no "complete" word, and may follow a bar or a count.
    static const QRegularExpression overall(
        QStringLiteral("^\\s*(?:[-*+]\\s+)?\\**([^:：|*]{2,40}?)\\**\\s*[:：]\\s*\\**\\s*"
                       "(?:[`\\[█▓▒░■□▰▱\\]]+\\s*|\\d+\\s*/"
                       "\\s*\\d+[^%\\d]{0,24}\\(?)?~?(\\d{1,3})(?:\\.\\d+)?\\s?%"));
    if (line.size() > 1000)
        return std::nullopt;
    auto m = claim.match(line);
    if (!m.hasMatch())
        m = bar.match(line);
    if (!m.hasMatch()) {
        m = overall.match(line);
        if (m.hasMatch() && !isOverall(m.capturedView(1)))
            return std::nullopt;
    }
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = InlineMarkdown::componentName(m.capturedView(1));
    if (name.isEmpty())
        return std::nullopt;
    return ImportedComponent{name, QString(), std::min(m.capturedView(2).toInt(), 100)};
}

bool CompletionClaim::isOverall(QStringView name)
{
    static const QRegularExpression words(
        QStringLiteral(
            "^(?:overall|total|project|whole project|global|general|gesamt|gesamtfortschritt|"
            "projekt|progreso general|progreso total|avance general|avance global|progression "
            "globale|avancement global|progresso geral|progresso totale|总体|整体|总|全体|전체|"
            "общий|общий прогресс|genel|genel ilerleme|tổng|tổng thể|keseluruhan|progres total|"
            "total keseluruhan)"
            "(?:\\s+(?:progress|completion|complete|status|progreso|avance|fortschritt|進捗|进度|"
            "完成度|진행률|прогресс|ilerleme|tiến độ))?"
            "(?:\\s*[:：-]?\\s*(?:complete|completed|done|finished|terminé|completado|fertig|"
            "完成|완료))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QString plain = InlineMarkdown::componentName(name).trimmed();
    return words.match(plain.isEmpty() ? name.trimmed() : QStringView(plain)).hasMatch();
}

} // namespace Candor
