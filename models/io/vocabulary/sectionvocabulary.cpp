// SPDX-License-Identifier: MIT
#include "sectionvocabulary.h"

#include <QRegularExpression>

#include <array>

namespace Candor {

namespace {

struct KindWords
{
    SectionVocabulary::Kind kind;
    const char16_t *words; // alternatives; a label is of the kind when it starts with one
};

using Kind = SectionVocabulary::Kind;

// Words first, then the same in the languages of the status vocabulary. A label may carry a
// qualifier before ("Key", "Sprint") and anything after ("Success Metrics for Q3").
const std::array<KindWords, 10> table{{
    {Kind::Criteria,
     u"acceptance criteria|acceptance|definition of done|dod|done when|exit criteria|success "
     u"criteria|criteria|prerequisites|prereqs|criterios de aceptaci[oó]n|criterios|criterio de "
     u"aceptaci[oó]n|definici[oó]n de hecho|crit[eè]res d'acceptation|crit[eè]res|"
     u"akzeptanzkriterien|abnahmekriterien|kabul kriterleri|ti[eê]u ch[ií]|验收标准|验收条件|"
     u"完成标准|受け入れ基準|完了条件|완료 조건|인수 조건|критерии|kriteria"},
    {Kind::Metrics,
     u"success metrics|metrics|kpis?|measures|m[ée]tricas|m[ée]triques|kennzahlen|metriken|指标|"
     u"지표|метрики|metrikler"},
    {Kind::Assessment,
     u"strengths|weaknesses|pros|cons|what works|what's working|highlights|fortalezas|"
     u"debilidades|points forts|points faibles|st[äa]rken|schw[äa]chen|优势|优点|강점|"
     u"сильные стороны"},
    {Kind::References,
     u"references|resources|links|see also|related documents|sources|further reading|"
     u"referencias|recursos|r[ée]f[ée]rences|ressources|referenzen|quellen|参考|참고|ссылки|"
     u"источники|kaynaklar"},
    {Kind::Guidelines,
     u"guidelines|rules|working rules|conventions|principles|best practices|instructions|how to "
     u"use|reglas|directrices|r[èe]gles|regeln|richtlinien|规则|原则|규칙|правила"},
    {Kind::Notes,
     u"notes|remarks|observations|notas|remarques|anmerkungen|hinweise|bemerkungen|备注|注意事项|"
     u"메모|примечания|заметки|catatan|ghi ch[uú]|notlar"},
    {Kind::Objectives, u"objectives|sprint goal|vision|mission|objetivos|objectifs|目标|目標|목표"},
    {Kind::Risks,
     u"risks|risk mitigation|risk register|risk assessment|riesgos|risques|risiken|风险|"
     u"リスク|리스크|위험|риски|riskler|risiko"},
    {Kind::History,
     u"document history|change ?log|revision history|decision log|decisions|lessons learned|"
     u"historial|historique|[äa]nderungshistorie|变更记录|更新履歴|변경 이력"},
    {Kind::Summary,
     u"executive summary|summary|conclusion|tl;dr|context|background|key features|resumen|"
     u"conclusi[oó]n|r[ée]sum[ée]|zusammenfassung|fazit|总结|摘要|概述|まとめ|요약|결론|итог|"
     u"выводы|[öo]zet|sonu[çc]|kesimpulan|t[ổo]ng k[ếe]t"},
}};

} // namespace

SectionVocabulary::Kind SectionVocabulary::kindOf(QStringView label)
{
    static const auto patterns = [] {
        std::array<QRegularExpression, table.size()> built;
        for (std::size_t i = 0; i < table.size(); ++i)
            built[i] = QRegularExpression(
                QStringLiteral("^(?:(?:key|main|sprint|project|global|general|our|the)\\s+)?"
                               "(?:%1)(?:$|[^\\w])")
                    .arg(QString::fromUtf16(table[i].words)),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::UseUnicodePropertiesOption);
        return built;
    }();
    // Headings carry numbering, emoji and markup: "## 3. 📚 References", "**Notes:**".
    qsizetype start = 0;
    while (start < label.size() && !label.at(start).isLetter())
        ++start;
    const QStringView text = label.mid(start).trimmed();
    if (text.isEmpty() || text.size() > 80)
        return Kind::Tasks;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (patterns[i].match(text).hasMatch())
            return table[i].kind;
    }
    return Kind::Tasks;
}

QString SectionVocabulary::reason(Kind kind)
{
    switch (kind) {
    case Kind::Tasks:
        return {};
    case Kind::Criteria:
        return tr("criteria");
    case Kind::Metrics:
        return tr("metrics");
    case Kind::Assessment:
        return tr("assessment");
    case Kind::References:
        return tr("references");
    case Kind::Guidelines:
        return tr("guidelines");
    case Kind::Notes:
        return tr("notes");
    case Kind::Objectives:
        return tr("objectives");
    case Kind::Risks:
        return tr("risks");
    case Kind::History:
        return tr("history");
    case Kind::Summary:
        return tr("summary");
    }
    return {};
}

} // namespace Candor
