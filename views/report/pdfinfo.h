// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Candor {

// A PDF's document information (title, author, subject, creator). Qt 6.4's QPdfWriter sets
// only the title and the creator; this appends an incremental update (a new information
// dictionary, an xref section for it and a trailer pointing back at the old one), which every
// reader applies, so that "Document properties" shows all four.
struct PdfInfo
{
    QString title;
    QString author;
    QString subject;
    QString creator;

    // The PDF with the update appended; the PDF as it was when its trailer cannot be read.
    QByteArray appendTo(const QByteArray &pdf) const;
    // A PDF text string: UTF-16BE with its byte-order mark, in hex (nothing to escape).
    static QByteArray textString(const QString &text);
};

} // namespace Candor
