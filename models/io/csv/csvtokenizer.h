// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStringView>

namespace Candor {

// RFC 4180 records out of decoded text; a record may span lines inside quotes. A quote that is
// never closed costs only its own line, so that the rows after it survive.
class CsvTokenizer final
{
public:
    enum class Result { Record, End, Unterminated };

    CsvTokenizer(QStringView text, QChar delimiter);

    // The delimiter used most often in the header line, outside quotes: ',', ';' or a tab.
    static QChar detectDelimiter(QStringView text);

    int line() const { return m_line; } // 1-based line the next record starts on
    Result next(QStringList *fields);

private:
    Result skipLine(qsizetype start, int startLine);
    qsizetype scanPlain(QString *field) const;

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace Candor
