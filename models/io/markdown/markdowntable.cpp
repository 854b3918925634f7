// SPDX-License-Identifier: MIT
#include "markdowntable.h"

#include "inlinemarkdown.h"

#include <QRegularExpression>

namespace Candor {

namespace {

struct Synonyms
{
    MarkdownTable::Column column;
    const char16_t *names; // '|'-separated, normalised (lower case, letters and spaces)
};

// Matched against the whole normalised header first, then as its first word(s).
const Synonyms synonyms[] = {
    {MarkdownTable::Column::Key, u"id|key|#|no|nr|nº|n°|ref|hu|task id|issue id|ticket|story|"
                                 u"us|numéro|número|no.|番号|编号|번호|stt|№"},
    {MarkdownTable::Column::Title, u"task|tasks|title|name|item|items|feature|features|action|card|"
                                   u"work|issue|deliverable|story title|tarea|tareas|tâche|tâches|"
                                   u"tache|aufgabe|aufgaben|görev|görevler|iş|tugas|nhiệm vụ|"
                                   u"công việc|任务|功能|작업|과제|задача|задачи|funcionalidad|"
                                   u"fonctionnalité|titel|titre|título|requirement"},
    {MarkdownTable::Column::Status, u"status|state|real status|statut|état|estado|estado dev|"
                                    u"stato|durum|状态|상태|trạng thái|статус|progress status"},
    {MarkdownTable::Column::Verification,
     u"verification|verified|evidence|vérification|verificación|verificação|verifizierung|"
     u"nachweis|doğrulama|verifikasi|xác minh|验证|검증|проверка"},
    {MarkdownTable::Column::Priority, u"priority|prio|prioridad|priorité|priorität|öncelik|"
                                      u"prioritas|优先级|우선순위|ưu tiên|приоритет|tier"},
    {MarkdownTable::Column::Impact, u"impact|severity|sévérité|severidad|önem"},
    {MarkdownTable::Column::EstimateHours,
     u"hours|hrs|h|est hours|estimate hours|est time|"
     u"time|jam|saat|stunden|heures|horas|giờ|小时|시간|часы"},
    {MarkdownTable::Column::Estimate, u"est|estimate|estimation|est days|days|effort|size|"
                                      u"story points|sp|points|gün|tahmini gün|jours|días|tage|"
                                      u"hari|ngày|天|일|дни|оценка|estimación|estimé|aufwand"},
    {MarkdownTable::Column::Depends, u"depends on|depends|dependencies|dependency|dependency ids|"
                                     u"blocked by|blockers|blocker|prerequisites|requires|"
                                     u"bağımlılıklar|bağımlılık|dependencias|dépendances|"
                                     u"abhängigkeiten|dependensi|依赖|의존성|зависимости"},
    {MarkdownTable::Column::Phase,
     u"phase|category|sprint|stage|fase|kategori|catégorie|"
     u"categoría|kategorie|epic|area|module|阶段|단계|этап|bmad gate"},
    {MarkdownTable::Column::Owner, u"owner|owners|assignee|assigned|assigned to|who|responsible|"
                                   u"owner team agent|responsable|verantwortlich|sorumlu|pic|"
                                   u"负责人|담당자|người phụ trách|ответственный"},
    {MarkdownTable::Column::Due, u"due|due date|target|target date|deadline|date|eta|fecha|"
                                 u"échéance|fällig|termin|tarih|tenggat|hạn|截止日期|마감일|срок"},
    {MarkdownTable::Column::Progress, u"progress|completion|done %|%|avance|progrès|"
                                      u"fortschritt|ilerleme|progres|tiến độ|进度|진행률|прогресс"},
    {MarkdownTable::Column::Milestone, u"milestone|milestones|hito|jalon|meilenstein|"
                                       u"kilometre taşı|里程碑|마일스톤|веха"},
    {MarkdownTable::Column::Requirements, u"requirements|requirement list|gates|criteria|"
                                          u"requisitos|exigences|anforderungen|gereksinimler"},
    {MarkdownTable::Column::Description, u"notes|note|description|descripción|details|reality "
                                         u"check|comment|comments|why|reason|impact notes|"
                                         u"acceptance criteria|ac|done when|notas|remarques|"
                                         u"bemerkungen|notlar|catatan|ghi chú|备注|비고|заметки"},
};

QString normalisedHeader(QStringView header)
{
    QString s = InlineMarkdown::withoutSymbols(header).toLower();
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.isLetterOrNumber() || c == u'#' || c == u'%' || c == u'№')
            out.append(c);
        else
            out.append(u' ');
    }
    return out.simplified();
}

} // namespace

bool MarkdownTable::isRow(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.size() > 1 && t.front() == u'|';
}

bool MarkdownTable::isSeparator(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || !t.contains(u'-'))
        return false;
    for (const QChar c : t) {
        if (c != u'|' && c != u'-' && c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return t.contains(u'|');
}

QStringList MarkdownTable::cells(QStringView line)
{
    QStringView t = line.trimmed();
    if (t.startsWith(u'|'))
        t = t.mid(1);
    if (t.endsWith(u'|') && !t.endsWith(u"\\|"))
        t.chop(1);
    QStringList result;
    result.reserve(t.count(u'|') + 1);
    // indexOf of one character is vectorised; a search for the two-character "\|" is not.
    if (t.indexOf(u'\\') < 0) {
        // Fast path: slice between the pipes that are not inside code spans.
        bool code = false;
        qsizetype start = 0;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == u'`')
                code = !code;
            else if (c == u'|' && !code) {
                result.append(t.mid(start, i - start).trimmed().toString());
                start = i + 1;
            }
        }
        result.append(t.mid(start).trimmed().toString());
        return result;
    }
    QString current;
    bool inCode = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\\' && i + 1 < t.size() && t.at(i + 1) == u'|') {
            current.append(u'|');
            ++i;
        } else if (c == u'`') {
            inCode = !inCode;
            current.append(c);
        } else if (c == u'|' && !inCode) {
            result.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    result.append(current.trimmed());
    return result;
}

MarkdownTable::Column MarkdownTable::classify(QStringView header, bool prefixes)
{
    const QString h = normalisedHeader(header);
    if (h.isEmpty())
        return header.trimmed().startsWith(u'#') ? Column::Key : Column::Other;
    // Exact names first, then the longest synonym the header starts with ("Est. Days (ideal)").
    Column prefixColumn = Column::Other;
    qsizetype prefixLength = 0;
    static const auto table = [] {
        QList<QPair<Column, QStringList>> t;
        for (const Synonyms &s : synonyms)
            t.append({s.column, QString::fromUtf16(s.names).split(u'|', Qt::SkipEmptyParts)});
        return t;
    }();
    for (const auto &s : table) {
        for (const QString &name : s.second) {
            if (h == name)
                return s.first;
            if (prefixes && name.size() > prefixLength && h.startsWith(name) &&
                h.size() > name.size() && h.at(name.size()) == u' ') {
                prefixColumn = s.first;
                prefixLength = name.size();
            }
        }
    }
    if (prefixColumn != Column::Other || !prefixes)
        return prefixColumn;
    if (h.contains(QLatin1String("status")) || h.contains(QLatin1String("estado")) ||
        h.contains(QLatin1String("statut")))
        return Column::Status;
    if (h.contains(QLatin1String("priorit")))
        return Column::Priority;
    if (h.contains(QLatin1String("depend")) || h.contains(QLatin1String("blocked by")))
        return Column::Depends;
    return Column::Other;
}

QList<MarkdownTable::Column> MarkdownTable::classifyAll(const QStringList &headers)
{
    QList<Column> columns;
    bool haveStatus = false;
    for (const QString &h : headers) {
        Column c = classify(h);
        if (c == Column::Status) {
            if (haveStatus)
                c = Column::Verification;
            haveStatus = true;
        }
        columns.append(c);
    }
    // "Descripción" titles a table that has no other title column (| HU | Descripción |).
    if (!columns.contains(Column::Title)) {
        const qsizetype d = columns.indexOf(Column::Description);
        if (d >= 0 && columns.contains(Column::Key))
            columns[d] = Column::Title;
    }
    return columns;
}

} // namespace Candor
