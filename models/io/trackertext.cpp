// SPDX-License-Identifier: MIT
#include "io/trackertext.h"

#include "io/codepages.h"
#include "io/mojibake.h"

#include <QByteArrayView>
#include <QChar>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace Candor {

namespace {

constexpr int kMaxLineWarnings = 20;

// Lines (1-based, counted as the decoded text will count them) holding bytes that are not UTF-8.
QList<int> linesWithInvalidUtf8(QByteArrayView bytes)
{
    QList<int> lines;
    int line = 1;
    const qsizetype size = bytes.size();
    const auto byteAt = [&bytes](qsizetype i) { return quint8(bytes[i]); };
    for (qsizetype i = 0; i < size;) {
        const quint8 b = byteAt(i);
        if (b < 0x80) {
            if (b == '\n' || (b == '\r' && (i + 1 == size || byteAt(i + 1) != '\n')))
                ++line;
            ++i;
            continue;
        }
        const int length = b < 0xC2 || b > 0xF4 ? 0 : Utf8::sequenceLength(b);
        std::array<quint8, 4> sequence = {b, 0, 0, 0};
        for (int k = 1; k < length && i + k < size; ++k)
            sequence[std::size_t(k)] = byteAt(i + k);
        if (length > 0 && i + length <= size && Utf8::decode(sequence, length) != 0) {
            i += length;
            continue;
        }
        if (lines.isEmpty() || lines.constLast() != line)
            lines.append(line);
        ++i;
    }
    return lines;
}

struct ByteOrderMark
{
    QByteArrayView mark;
    QStringDecoder::Encoding encoding;
};

} // namespace

QString TrackerText::decode(const QByteArray &bytes, const QString &fileName,
                            QList<ImportWarning> *warnings)
{
    QList<ImportWarning> found;
    // UTF-32 LE first: its mark begins with UTF-16 LE's.
    const std::array<ByteOrderMark, 5> marks = {{
        {QByteArrayView("\xFF\xFE\0\0", 4), QStringDecoder::Utf32LE},
        {QByteArrayView("\0\0\xFE\xFF", 4), QStringDecoder::Utf32BE},
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringDecoder::Utf8},
        {QByteArrayView("\xFF\xFE", 2), QStringDecoder::Utf16LE},
        {QByteArrayView("\xFE\xFF", 2), QStringDecoder::Utf16BE},
    }};
    QByteArrayView body(bytes);
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    for (const ByteOrderMark &bom : marks) {
        if (body.startsWith(bom.mark)) {
            body = body.sliced(bom.mark.size());
            encoding = bom.encoding;
            break;
        }
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(body);
    if (decoder.hasError()) {
        const QList<int> lines =
            encoding == QStringDecoder::Utf8 ? linesWithInvalidUtf8(body) : QList<int>{0};
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), kMaxLineWarnings); ++i) {
            found.append({fileName, lines[i],
                          tr("Unreadable bytes (not valid UTF-8) were replaced by U+FFFD.")});
        }
        if (lines.size() > kMaxLineWarnings) {
            found.append({fileName, 0,
                          tr("Unreadable bytes were also replaced on %n more line(s).", nullptr,
                             int(lines.size() - kMaxLineWarnings))});
        }
    }

    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }

    // Repair line by line, copying only when a line changes: clean files are returned as decoded.
    QString repaired;
    const QStringView all(text);
    qsizetype copied = 0;
    int lineNumber = 0;
    int firstRepaired = 0;
    int repairedLines = 0;
    for (qsizetype begin = 0; begin <= all.size();) {
        qsizetype end = all.indexOf(u'\n', begin);
        if (end < 0)
            end = all.size();
        ++lineNumber;
        const QStringView line = all.sliced(begin, end - begin);
        QString fixed;
        if (Mojibake::repair(line, &fixed)) {
            repaired.append(all.sliced(copied, begin - copied));
            repaired.append(fixed);
            copied = end;
            firstRepaired = firstRepaired == 0 ? lineNumber : firstRepaired;
            ++repairedLines;
        }
        begin = end + 1;
    }
    if (repairedLines > 0) {
        repaired.append(all.sliced(copied));
        text = repaired;
        found.append({fileName, firstRepaired,
                      tr("Characters damaged by a wrong code page were repaired on %n line(s).",
                         nullptr, repairedLines)});
    }

    if (warnings)
        warnings->append(found);
    return text;
}

QString TrackerText::repairLine(const QString &line, bool *repaired)
{
    QString fixed;
    const bool changed = Mojibake::repair(line, &fixed);
    if (repaired)
        *repaired = changed;
    return changed ? fixed : line;
}

bool TrackerText::looksLikeMojibake(QStringView text)
{
    return Mojibake::looksDamaged(text);
}

} // namespace Candor
