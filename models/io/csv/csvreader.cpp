// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include "csvcolumns.h"
#include "csvtokenizer.h"
#include "io/importtext.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/priorityvocabulary.h"
#include "io/vocabulary/statusvocabulary.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Candor {

namespace {

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

QString decoded(const QByteArray &bytes, ImportBatch &batch, const QString &fileName)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        batch.warnings.append(
            {fileName, 0, CsvReader::tr("The file is not valid UTF-8; it was read as Latin-1.")});
        text = QString::fromLatin1(data.data(), data.size());
    }
    return text;
}

// The first line that holds a field; empty when the file has none.
QStringList readHeader(CsvTokenizer &tokenizer, int *line,
                       const std::function<void(int, const QString &)> &warn)
{
    QStringList header;
    for (CsvTokenizer::Result result = CsvTokenizer::Result::Record;
         result != CsvTokenizer::Result::End && header.isEmpty();) {
        *line = tokenizer.line();
        result = tokenizer.next(&header);
        if (result == CsvTokenizer::Result::Unterminated)
            warn(*line,
                 CsvReader::tr("The header has an unterminated quote; the line was skipped."));
        if (header.size() == 1 && header.first().trimmed().isEmpty())
            header.clear();
    }
    return header;
}

// One row's cells, read into a task by the column each stands in.
class RowReader
{
public:
    RowReader(const QStringList &header, const QList<int> &columns,
              std::function<void(int, const QString &)> warn)
        : m_header(header)
        , m_columns(columns)
        , m_warn(std::move(warn))
    {}

    ImportedTask read(const QStringList &fields, int line);
    // The row's title cell held only NUL characters (and spaces).
    bool titleOnlyNuls() const { return m_titleOnlyNuls; }
    // NUL characters were taken out of the row's cells (SQLite would end a text at them).
    bool nulsRemoved() const { return m_nulsRemoved; }

private:
    void field(TaskField field, int i, const QString &value, const QString &trimmed);
    void keep(int i, const QString &value)
    {
        m_extra << m_header.at(i).trimmed() + QStringLiteral(": ") + value;
    }

    const QStringList &m_header;
    const QList<int> &m_columns;
    std::function<void(int, const QString &)> m_warn;
    StatusVocabulary m_vocabulary;
    ImportedTask m_task;
    std::optional<StatusMeaning> m_status;
    QStringList m_extra;
    int m_line = 0;
    bool m_titleOnlyNuls = false;
    bool m_nulsRemoved = false;
};

ImportedTask RowReader::read(const QStringList &fields, int line)
{
    m_task = ImportedTask();
    m_task.line = line;
    m_line = line;
    m_status.reset();
    m_extra.clear();
    m_titleOnlyNuls = false;
    const QList<CsvColumn> &written = CsvColumns::written();
    const qsizetype count = std::min(fields.size(), m_columns.size());
    bool nuls = false;
    for (int i = 0; i < count; ++i) {
        QString value = fields.at(i);
        const bool hadNuls = ImportText::removeNuls(value);
        nuls = nuls || hadNuls;
        const QString trimmed = value.trimmed();
        const int column = m_columns.at(i);
        if (trimmed.isEmpty()) {
            m_titleOnlyNuls =
                m_titleOnlyNuls ||
                (hadNuls && column >= 0 && written.at(column).kind == CsvColumn::Kind::Field &&
                 written.at(column).field == TaskField::Title);
            continue;
        }
        if (column < 0)
            keep(i, value);
        else if (written.at(column).kind == CsvColumn::Kind::DependsOn)
            m_task.dependsOn = listFrom(value, u";,");
        else
            field(written.at(column).field, i, value, trimmed);
    }
    if (m_status) {
        // A verification or progress column says more than the status word's hint does.
        const std::optional<Verification> verification = m_task.verification;
        const std::optional<int> progress = m_task.progress;
        m_status->applyTo(m_task);
        if (verification)
            m_task.verification = verification;
        if (progress)
            m_task.progress = progress;
    }
    m_nulsRemoved = nuls;
    if (!m_extra.isEmpty()) {
        if (!m_task.description.isEmpty())
            m_task.description += u'\n';
        m_task.description += m_extra.join(u'\n');
    }
    return std::move(m_task);
}

void RowReader::field(TaskField field, int i, const QString &value, const QString &trimmed)
{
    switch (field) {
    case TaskField::Key:
        m_task.key = trimmed;
        break;
    case TaskField::Title:
        m_task.title = trimmed;
        break;
    case TaskField::Status:
        m_status = m_vocabulary.status(trimmed);
        if (!m_status) {
            m_task.statusText = trimmed;
            m_warn(m_line, CsvReader::tr("Unknown status \"%1\"; kept as text.").arg(trimmed));
        }
        break;
    case TaskField::Priority:
        m_task.priority = PriorityVocabulary::priority(trimmed);
        if (!m_task.priority) {
            keep(i, trimmed);
            m_warn(m_line,
                   CsvReader::tr("Unknown priority \"%1\"; expected P0 to P3.").arg(trimmed));
        }
        break;
    case TaskField::Verification:
        m_task.verification = m_vocabulary.verification(trimmed);
        if (!m_task.verification) {
            keep(i, trimmed);
            m_warn(m_line, CsvReader::tr("Unknown verification \"%1\"; expected unverified, "
                                         "verified or failed.")
                               .arg(trimmed));
        }
        break;
    case TaskField::Estimate:
        m_task.estimate = DurationVocabulary::days(trimmed);
        if (!m_task.estimate) {
            keep(i, trimmed);
            m_warn(m_line,
                   CsvReader::tr("The estimate \"%1\" is not a number of days.").arg(trimmed));
        }
        break;
    case TaskField::Progress: {
        QString number = trimmed;
        if (number.endsWith(u'%'))
            number.chop(1);
        bool ok = false;
        const double progress = QLocale::c().toDouble(number.trimmed(), &ok);
        if (!ok || !std::isfinite(progress)) {
            keep(i, trimmed);
            m_warn(m_line, CsvReader::tr("The progress \"%1\" is not a percentage.").arg(trimmed));
        } else {
            // Clamped before it is rounded: 3e9 does not fit an int (and wrapped to 0).
            m_task.progress = int(std::lround(std::clamp(progress, 0.0, 100.0)));
            if (progress < 0 || progress > 100)
                m_warn(m_line,
                       CsvReader::tr("The progress %1 was limited to 0..100.").arg(trimmed));
        }
        break;
    }
    case TaskField::Component:
        m_task.component = trimmed;
        break;
    case TaskField::Assignee:
        m_task.assignee = trimmed;
        break;
    case TaskField::Phase:
        m_task.phase = trimmed;
        break;
    case TaskField::Evidence:
        m_task.evidence = trimmed;
        break;
    case TaskField::Milestones:
        m_task.milestones = listFrom(value, u";");
        break;
    case TaskField::Description:
        m_task.description = value;
        break;
    default: // CsvColumns names no other field
        keep(i, value);
        break;
    }
}

} // namespace

ImportBatch CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    batch.source = fileName;
    const QString text = decoded(bytes, batch, fileName);
    const auto warn = [&batch, &fileName](int line, const QString &message) {
        batch.warnings.append({fileName, line, message});
    };

    const QChar delimiter = CsvTokenizer::detectDelimiter(text);
    CsvTokenizer tokenizer(text, delimiter);
    int headerLine = 0;
    const QStringList header = readHeader(tokenizer, &headerLine, warn);
    if (header.isEmpty()) {
        warn(0, tr("The file has no header line."));
        return batch;
    }

    QList<int> columns;
    QList<bool> seen(CsvColumns::written().size(), false);
    for (const QString &name : header) {
        int column = CsvColumns::indexOf(name);
        if (column >= 0) {
            if (seen.at(column))
                column = -1; // a second "title" is kept as text, not lost
            else
                seen[column] = true;
        }
        columns << column;
    }
    if (!seen.at(CsvColumns::indexOf(fieldName(TaskField::Title)))) {
        warn(headerLine, tr("No \"title\" column; expected columns: %1.")
                             .arg(CsvColumns::names().join(QStringLiteral(", "))));
        return batch;
    }

    RowReader rows(header, columns, warn);
    QHash<QString, int> componentIndex;
    QHash<QString, int> milestoneIndex;
    QStringList fields;
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
        ImportedTask task = rows.read(fields, line);
        if (task.title.isEmpty()) {
            warn(line, rows.titleOnlyNuls()
                           ? tr("The title holds only NUL characters; the row was skipped.")
                           : tr("The row has no title; it was skipped."));
            ++skipped;
            continue;
        }
        if (rows.nulsRemoved())
            warn(line, tr("The row holds NUL characters; they were removed."));
        if (const QString fitted = ImportText::fitTitle(task); !fitted.isEmpty())
            warn(line, fitted);
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

} // namespace Candor
