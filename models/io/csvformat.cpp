// SPDX-License-Identifier: MIT
#include "csvformat.h"

#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>

namespace Candor {

namespace {

enum class Column {
    Key,
    Title,
    Status,
    Priority,
    Component,
    Assignee,
    Estimate,
    Progress,
    Verification,
    Evidence,
    Milestones,
    DependsOn,
    Phase,
    Description,
    Unknown
};

constexpr int columnCount = static_cast<int>(Column::Unknown);
const std::array<QStringView, columnCount> columnNames = {
    u"key",        u"title",      u"status",   u"priority",     u"component",
    u"assignee",   u"estimate",   u"progress", u"verification", u"evidence",
    u"milestones", u"depends_on", u"phase",    u"description"};

// "Depends on", "depends-on" and "DEPENDS_ON" all name the same column.
QString folded(QStringView text)
{
    QString result = text.trimmed().toString().toLower();
    result.replace(u' ', u'_');
    result.replace(u'-', u'_');
    return result;
}

Column columnFor(QStringView header)
{
    static const QHash<QString, Column> aliases = {
        {QStringLiteral("id"), Column::Key},
        {QStringLiteral("task"), Column::Title},
        {QStringLiteral("summary"), Column::Title},
        {QStringLiteral("est._days"), Column::Estimate},
        {QStringLiteral("estimate_days"), Column::Estimate},
        {QStringLiteral("milestone"), Column::Milestones},
        {QStringLiteral("depends"), Column::DependsOn},
        {QStringLiteral("dependencies"), Column::DependsOn},
    };
    const QString name = folded(header);
    for (int i = 0; i < columnCount; ++i) {
        if (columnNames[std::size_t(i)] == name)
            return static_cast<Column>(i);
    }
    return aliases.value(name, Column::Unknown);
}

// Letters and digits of a value, lower case, words joined by '_': "✅ In progress" → in_progress.
QString word(QStringView text)
{
    QString result;
    bool gap = false;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (gap && !result.isEmpty())
                result += u'_';
            result += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

template <typename Enum, int Count> std::optional<Enum> fromLabel(QStringView text)
{
    for (int i = 0; i < Count; ++i) {
        if (TaskEnums::label(static_cast<Enum>(i)).compare(text, Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

std::optional<Status> statusFrom(QStringView text)
{
    if (const std::optional<Status> exact = TaskEnums::statusFromToken(text))
        return exact; // the common case, without building a word
    static const QHash<QString, Status> words = {
        {QStringLiteral("todo"), Status::Todo},
        {QStringLiteral("to_do"), Status::Todo},
        {QStringLiteral("open"), Status::Todo},
        {QStringLiteral("not_started"), Status::Todo},
        {QStringLiteral("in_progress"), Status::InProgress},
        {QStringLiteral("inprogress"), Status::InProgress},
        {QStringLiteral("doing"), Status::InProgress},
        {QStringLiteral("started"), Status::InProgress},
        {QStringLiteral("blocked"), Status::Blocked},
        {QStringLiteral("on_hold"), Status::Blocked},
        {QStringLiteral("review"), Status::Review},
        {QStringLiteral("in_review"), Status::Review},
        {QStringLiteral("done"), Status::Done},
        {QStringLiteral("complete"), Status::Done},
        {QStringLiteral("completed"), Status::Done},
        {QStringLiteral("closed"), Status::Done},
    };
    if (const auto known = words.constFind(word(text)); known != words.constEnd())
        return *known;
    return fromLabel<Status, StatusCount>(text.trimmed());
}

std::optional<Priority> priorityFrom(QStringView text)
{
    if (const std::optional<Priority> exact = TaskEnums::priorityFromToken(text))
        return exact; // the common case, without building a word
    static const QHash<QString, Priority> words = {
        {QStringLiteral("p0"), Priority::P0},       {QStringLiteral("0"), Priority::P0},
        {QStringLiteral("critical"), Priority::P0}, {QStringLiteral("p1"), Priority::P1},
        {QStringLiteral("1"), Priority::P1},        {QStringLiteral("high"), Priority::P1},
        {QStringLiteral("p2"), Priority::P2},       {QStringLiteral("2"), Priority::P2},
        {QStringLiteral("medium"), Priority::P2},   {QStringLiteral("normal"), Priority::P2},
        {QStringLiteral("p3"), Priority::P3},       {QStringLiteral("3"), Priority::P3},
        {QStringLiteral("low"), Priority::P3},
    };
    if (const auto known = words.constFind(word(text)); known != words.constEnd())
        return *known;
    return fromLabel<Priority, PriorityCount>(text.trimmed());
}

std::optional<Verification> verificationFrom(QStringView text)
{
    if (const std::optional<Verification> exact = TaskEnums::verificationFromToken(text))
        return exact; // the common case, without building a word
    static const QHash<QString, Verification> words = {
        {QStringLiteral("unverified"), Verification::Unverified},
        {QStringLiteral("not_verified"), Verification::Unverified},
        {QStringLiteral("verified"), Verification::Verified},
        {QStringLiteral("passed"), Verification::Verified},
        {QStringLiteral("failed"), Verification::Failed},
    };
    if (const auto known = words.constFind(word(text)); known != words.constEnd())
        return *known;
    return fromLabel<Verification, VerificationCount>(text.trimmed());
}

// Days as "3", "2.5", "2,5" or a range "10-14" (its middle).
std::optional<double> daysFrom(QString text)
{
    text = text.trimmed();
    if (!text.contains(u'.'))
        text.replace(u',', u'.');
    const QLocale c = QLocale::c();
    bool ok = false;
    double value = c.toDouble(text, &ok);
    if (!ok) {
        const int dash = text.indexOf(u'-', 1);
        if (dash < 0)
            return std::nullopt;
        bool lowOk = false;
        bool highOk = false;
        const double low = c.toDouble(QStringView(text).left(dash).trimmed(), &lowOk);
        const double high = c.toDouble(QStringView(text).mid(dash + 1).trimmed(), &highOk);
        if (!lowOk || !highOk)
            return std::nullopt;
        value = (low + high) / 2;
    }
    if (!std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

// Items separated by any of the separators, trimmed, empty ones dropped.
QStringList listFrom(QStringView text, QStringView separators)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !separators.contains(text[i]))
            continue;
        if (const QStringView item = text.mid(start, i - start).trimmed(); !item.isEmpty())
            items << item.toString();
        start = i + 1;
    }
    return items;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        for (QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

// RFC 4180 records out of decoded text; a record may span lines inside quotes.
class CsvTokenizer
{
public:
    enum class Result { Record, End, Unterminated };

    CsvTokenizer(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    int line() const { return m_line; }

    Result next(QStringList *fields)
    {
        fields->clear();
        const qsizetype size = m_text.size();
        if (m_pos >= size)
            return Result::End;
        const qsizetype start = m_pos;
        const int startLine = m_line;
        while (true) {
            QString field;
            if (m_pos < size && m_text[m_pos] == u'"') {
                ++m_pos;
                int lineBreaks = 0;
                while (true) {
                    const qsizetype quote = m_text.indexOf(u'"', m_pos);
                    if (quote < 0)
                        return skipLine(start, startLine);
                    const QStringView part = m_text.mid(m_pos, quote - m_pos);
                    lineBreaks += int(part.count(u'\n'));
                    field += part;
                    if (quote + 1 < size && m_text[quote + 1] == u'"') {
                        field += u'"';
                        m_pos = quote + 2;
                    } else {
                        m_pos = quote + 1;
                        break;
                    }
                }
                if (lineBreaks > 0 && m_pos < size && m_text[m_pos] != m_delimiter &&
                    m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r') {
                    // The "closing" quote opened a field on a later line: this quote was never
                    // closed. Skip only its own line, so that the rows after it survive.
                    return skipLine(start, startLine);
                }
                m_line += lineBreaks;
                if (field.contains(u'\r'))
                    field.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                // Text after the closing quote is not RFC 4180; keep it rather than lose it.
                m_pos = scanPlain(&field);
            } else {
                m_pos = scanPlain(&field);
            }
            fields->append(field);
            if (m_pos >= size)
                return Result::Record;
            const QChar c = m_text[m_pos];
            ++m_pos;
            if (c == m_delimiter)
                continue;
            if (c == u'\r' && m_pos < size && m_text[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            return Result::Record;
        }
    }

private:
    // Gives up on the record that started at start: the reader goes on with the next line.
    Result skipLine(qsizetype start, int startLine)
    {
        const qsizetype end = m_text.indexOf(u'\n', start);
        m_pos = end < 0 ? m_text.size() : end + 1;
        m_line = startLine + 1;
        return Result::Unterminated;
    }

    // Appends the characters up to the next delimiter or line end; returns where it stopped.
    qsizetype scanPlain(QString *field) const
    {
        qsizetype end = m_pos;
        const qsizetype size = m_text.size();
        while (end < size) {
            const QChar c = m_text[end];
            if (c == m_delimiter || c == u'\n' || c == u'\r')
                break;
            ++end;
        }
        if (end > m_pos) {
            if (field->isEmpty())
                *field = m_text.mid(m_pos, end - m_pos).toString();
            else
                *field += m_text.mid(m_pos, end - m_pos);
        }
        return end;
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The delimiter used most often in the header line, outside quotes: ',', ';' or a tab.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas)
        return u'\t';
    return u',';
}

QString decoded(const QByteArray &bytes, ImportBatch &batch, const QString &fileName)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        batch.warnings.append(
            {fileName, 0, CsvFormat::tr("The file is not valid UTF-8; it was read as Latin-1.")});
        text = QString::fromLatin1(data.data(), data.size());
    }
    return text;
}

QString quoted(const QString &field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u';') || field.contains(u'"') ||
        field.contains(u'\n') || field.contains(u'\r') ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString result = field;
    result.replace(u'"', QStringLiteral("\"\""));
    return u'"' + result + u'"';
}

} // namespace

QStringList CsvFormat::columns()
{
    QStringList names;
    for (QStringView name : columnNames)
        names << name.toString();
    return names;
}

ImportBatch CsvFormat::read(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    batch.source = fileName;
    const QString text = decoded(bytes, batch, fileName);
    const auto warn = [&](int line, const QString &message) {
        batch.warnings.append({fileName, line, message});
    };

    const QChar delimiter = detectDelimiter(text);
    CsvTokenizer tokenizer(text, delimiter);
    QStringList header;
    int headerLine = 0;
    for (CsvTokenizer::Result result = CsvTokenizer::Result::Record;
         result != CsvTokenizer::Result::End && header.isEmpty();) {
        headerLine = tokenizer.line();
        result = tokenizer.next(&header);
        if (result == CsvTokenizer::Result::Unterminated)
            warn(headerLine, tr("The header has an unterminated quote; the line was skipped."));
        if (header.size() == 1 && header.first().trimmed().isEmpty())
            header.clear();
    }
    if (header.isEmpty()) {
        warn(0, tr("The file has no header line."));
        return batch;
    }

    QList<Column> columns;
    bool seen[columnCount] = {};
    for (const QString &name : std::as_const(header)) {
        Column column = columnFor(name);
        if (column != Column::Unknown) {
            if (seen[int(column)])
                column = Column::Unknown; // a second "title" is kept as text, not lost
            else
                seen[int(column)] = true;
        }
        columns << column;
    }
    if (!seen[int(Column::Title)]) {
        warn(headerLine, tr("No \"title\" column; expected columns: %1.")
                             .arg(CsvFormat::columns().join(QStringLiteral(", "))));
        return batch;
    }

    QHash<QString, int> componentIndex;
    QHash<QString, int> milestoneIndex;
    QStringList fields;
    QStringList extra;
    int skipped = 0;
    while (true) {
        const int line = tokenizer.line();
        const CsvTokenizer::Result result = tokenizer.next(&fields);
        if (result == CsvTokenizer::Result::End)
            break;
        if (result == CsvTokenizer::Result::Unterminated) {
            warn(line, tr("Unterminated quote; the line was skipped."));
            ++skipped;
            continue;
        }
        if (isBlank(fields))
            continue;
        if (fields.size() > columns.size()) {
            warn(line, tr("%1 fields but the header names %2; the extra fields were ignored.")
                           .arg(fields.size())
                           .arg(columns.size()));
        }

        ImportedTask task;
        task.line = line;
        extra.clear();
        const auto keep = [&](int i, const QString &value) {
            extra << header.at(i).trimmed() + QStringLiteral(": ") + value;
        };
        const qsizetype count = std::min(fields.size(), columns.size());
        for (int i = 0; i < count; ++i) {
            const QString &value = fields.at(i);
            const QString trimmed = value.trimmed();
            if (trimmed.isEmpty())
                continue;
            switch (columns.at(i)) {
            case Column::Key:
                task.key = trimmed;
                break;
            case Column::Title:
                task.title = trimmed;
                break;
            case Column::Status:
                task.status = statusFrom(trimmed);
                if (!task.status) {
                    task.statusText = trimmed;
                    warn(line, tr("Unknown status \"%1\"; kept as text.").arg(trimmed));
                }
                break;
            case Column::Priority:
                task.priority = priorityFrom(trimmed);
                if (!task.priority) {
                    keep(i, trimmed);
                    warn(line, tr("Unknown priority \"%1\"; expected P0 to P3.").arg(trimmed));
                }
                break;
            case Column::Verification:
                task.verification = verificationFrom(trimmed);
                if (!task.verification) {
                    keep(i, trimmed);
                    warn(line, tr("Unknown verification \"%1\"; expected unverified, verified "
                                  "or failed.")
                                   .arg(trimmed));
                }
                break;
            case Column::Component:
                task.component = trimmed;
                break;
            case Column::Assignee:
                task.assignee = trimmed;
                break;
            case Column::Phase:
                task.phase = trimmed;
                break;
            case Column::Evidence:
                task.evidence = trimmed;
                break;
            case Column::Estimate:
                task.estimate = daysFrom(trimmed);
                if (!task.estimate) {
                    keep(i, trimmed);
                    warn(line, tr("The estimate \"%1\" is not a number of days.").arg(trimmed));
                }
                break;
            case Column::Progress: {
                QString number = trimmed;
                if (number.endsWith(u'%'))
                    number.chop(1);
                bool ok = false;
                const double progress = QLocale::c().toDouble(number.trimmed(), &ok);
                if (!ok || !std::isfinite(progress)) {
                    keep(i, trimmed);
                    warn(line, tr("The progress \"%1\" is not a percentage.").arg(trimmed));
                } else {
                    task.progress = std::clamp(int(std::lround(progress)), 0, 100);
                    if (progress < 0 || progress > 100)
                        warn(line, tr("The progress %1 was limited to 0..100.").arg(trimmed));
                }
                break;
            }
            case Column::Milestones:
                task.milestones = listFrom(value, u";");
                break;
            case Column::DependsOn:
                task.dependsOn = listFrom(value, u";,");
                break;
            case Column::Description:
                task.description = value;
                break;
            case Column::Unknown:
                keep(i, value);
                break;
            }
        }
        if (!extra.isEmpty()) {
            if (!task.description.isEmpty())
                task.description += u'\n';
            task.description += extra.join(u'\n');
        }
        if (task.title.isEmpty()) {
            warn(line, tr("The row has no title; it was skipped."));
            ++skipped;
            continue;
        }
        if (!task.component.isEmpty() && !componentIndex.contains(task.component.toCaseFolded())) {
            componentIndex.insert(task.component.toCaseFolded(), int(batch.components.size()));
            batch.components.append({task.component, {}, std::nullopt});
        }
        for (const QString &name : std::as_const(task.milestones)) {
            int index = milestoneIndex.value(name.toCaseFolded(), -1);
            if (index < 0) {
                index = int(batch.milestones.size());
                milestoneIndex.insert(name.toCaseFolded(), index);
                batch.milestones.append({name, {}, {}, {}});
            }
            if (!task.key.isEmpty())
                batch.milestones[index].gatingKeys << task.key;
        }
        batch.tasks.append(std::move(task));
    }
    batch.notes << tr("%n task(s) read with the delimiter \"%1\".", nullptr,
                      int(batch.tasks.size()))
                       .arg(delimiter == u'\t' ? QStringLiteral("\\t") : QString(delimiter));
    if (skipped > 0)
        batch.notes << tr("%n row(s) skipped.", nullptr, skipped);
    return batch;
}

QByteArray CsvFormat::write(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();
    const MilestoneModel &milestones = *project.milestones();

    const QLatin1String lineEnd("\r\n");
    QString text = columns().join(u',') + lineEnd;
    QStringList row;
    for (const Task &task : tasks.tasks()) {
        const QStringList milestoneNames = milestones.namesInOrder(project.milestonesOf(task.id));
        QStringList dependsOn;
        for (qint64 id : project.dependencies().dependenciesOf(task.id))
            dependsOn << tasks.keyOf(id);

        row = {task.key,
               task.title,
               TaskEnums::token(task.status),
               TaskEnums::token(task.priority),
               task.componentId ? components.name(task.componentId) : QString(),
               task.assignee,
               task.estimate
                   ? QLocale::c().toString(*task.estimate, 'g', QLocale::FloatingPointShortest)
                   : QString(),
               QString::number(task.progress),
               TaskEnums::token(task.verification),
               task.evidence,
               milestoneNames.join(QStringLiteral("; ")),
               dependsOn.join(QStringLiteral("; ")),
               task.phase,
               task.description};
        for (QString &field : row)
            field = quoted(field);
        text += row.join(u',') + lineEnd;
    }
    return text.toUtf8();
}

} // namespace Candor
