// SPDX-License-Identifier: MIT
#include "csvtokenizer.h"

namespace Candor {

CsvTokenizer::CsvTokenizer(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{}

QChar CsvTokenizer::detectDelimiter(QStringView text)
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

CsvTokenizer::Result CsvTokenizer::next(QStringList *fields)
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

// Gives up on the record that started at start: the reader goes on with the next line.
CsvTokenizer::Result CsvTokenizer::skipLine(qsizetype start, int startLine)
{
    const qsizetype end = m_text.indexOf(u'\n', start);
    m_pos = end < 0 ? m_text.size() : end + 1;
    m_line = startLine + 1;
    return Result::Unterminated;
}

// Appends the characters up to the next delimiter or line end; returns where it stopped.
qsizetype CsvTokenizer::scanPlain(QString *field) const
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

} // namespace Candor
