// SPDX-License-Identifier: MIT
#include "pdfinfo.h"

#include <QRegularExpression>

namespace Candor {

QByteArray PdfInfo::textString(const QString &text)
{
    QByteArray bytes = "<FEFF";
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray PdfInfo::appendTo(const QByteArray &pdf) const
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startXrefAt - trailerAt));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")).match(trailer);
    const QRegularExpressionMatch previous =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
            .match(QString::fromLatin1(pdf.mid(startXrefAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return pdf;
    const QByteArray object = size.captured(1).toLatin1();
    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    const qsizetype objectAt = pdf.size() + update.size();
    update += object + " 0 obj\n<<\n/Title " + textString(title) + "\n/Author " +
              textString(author) + "\n/Subject " + textString(subject) + "\n/Creator " +
              textString(creator) + "\n/Producer " + textString(creator) + "\n>>\nendobj\n";
    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n" + object + " 1\n" + QByteArray::number(objectAt).rightJustified(10, '0') +
              " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(object.toLongLong() + 1) + "\n/Root " +
              root.captured(1).toLatin1() + "\n/Info " + object + " 0 R\n/Prev " +
              previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
              "\n%%EOF\n";
    return pdf + update;
}

} // namespace Candor
