// SPDX-License-Identifier: MIT
#include "graphsvgwriter.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"

#include <QFont>
#include <QFontMetricsF>
#include <QXmlStreamWriter>

namespace Candor {

namespace {

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

QString pointList(const QPolygonF &polygon)
{
    QStringList points;
    for (const QPointF &point : polygon)
        points << number(point.x()) + QLatin1Char(',') + number(point.y());
    return points.join(QLatin1Char(' '));
}

QString pathData(const QPainterPath &path)
{
    QString data;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QString xy = number(e.x) + QLatin1Char(' ') + number(e.y);
        if (e.isMoveTo())
            data += QLatin1String("M ") + xy + QLatin1Char(' ');
        else if (e.isLineTo())
            data += QLatin1String("L ") + xy + QLatin1Char(' ');
        else if (e.type == QPainterPath::CurveToElement)
            data += QLatin1String("C ") + xy + QLatin1Char(' ');
        else
            data += xy + QLatin1Char(' ');
    }
    return data.trimmed();
}

void text(QXmlStreamWriter &xml, const QPointF &at, const QString &content, qreal size, bool bold,
          const QString &anchor = QStringLiteral("start"))
{
    xml.writeStartElement(QStringLiteral("text"));
    xml.writeAttribute(QStringLiteral("x"), number(at.x()));
    xml.writeAttribute(QStringLiteral("y"), number(at.y()));
    xml.writeAttribute(QStringLiteral("font-size"), number(size));
    if (bold)
        xml.writeAttribute(QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
    xml.writeCharacters(content);
    xml.writeEndElement();
}

void writeNode(QXmlStreamWriter &xml, const GraphLayout::Node &node, const GraphNodeLook &look)
{
    const QRectF r = node.rect;
    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("class"), look.milestone ? QStringLiteral("node milestone")
                                                               : QStringLiteral("node task"));
    xml.writeAttribute(QStringLiteral("data-key"), look.key);
    xml.writeTextElement(QStringLiteral("title"), look.tooltip);
    QFont keyFont;
    keyFont.setPointSizeF(9);
    keyFont.setBold(true);
    QFont titleFont;
    titleFont.setPointSizeF(8.5);
    if (look.milestone) {
        xml.writeEmptyElement(QStringLiteral("polygon"));
        xml.writeAttribute(QStringLiteral("points"), pointList(GraphNodeItem::diamond(r)));
        xml.writeAttribute(QStringLiteral("fill"), look.fill().name());
        xml.writeAttribute(QStringLiteral("stroke"), look.accent().name());
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.5"));
        const QString name =
            QFontMetricsF(keyFont).elidedText(look.key, Qt::ElideRight, r.width() / 2);
        text(xml, QPointF(r.center().x(), r.center().y() + 4), name, 12, true,
             QStringLiteral("middle"));
        xml.writeEndElement();
        return;
    }
    xml.writeEmptyElement(QStringLiteral("rect"));
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("x"), number(r.x())},
          {QStringLiteral("y"), number(r.y())},
          {QStringLiteral("width"), number(r.width())},
          {QStringLiteral("height"), number(r.height())},
          {QStringLiteral("rx"), QStringLiteral("6")},
          {QStringLiteral("fill"), look.fill().name()},
          {QStringLiteral("stroke"),
           look.critical ? GraphNodeLook::criticalColour().name() : QStringLiteral("#b0b4ba")},
          {QStringLiteral("stroke-width"),
           look.critical ? QStringLiteral("2.5") : QStringLiteral("1")}})
        xml.writeAttribute(name, value);
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), number(r.x() + 0.5));
    xml.writeAttribute(QStringLiteral("y"), number(r.y() + 0.5));
    xml.writeAttribute(QStringLiteral("width"), QStringLiteral("6"));
    xml.writeAttribute(QStringLiteral("height"), number(r.height() - 1));
    xml.writeAttribute(QStringLiteral("fill"), look.accent().name());
    qreal right = r.right() - 6;
    const QRectF mark(0, r.top() + 6, 12, 12);
    if (look.verification != Verification::Unverified) {
        const bool verified = look.verification == Verification::Verified;
        const QRectF box = mark.translated(right - 12, 0);
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"), pathData(verified ? GraphNodeItem::checkMark(box)
                                                                  : GraphNodeItem::crossMark(box)));
        xml.writeAttribute(QStringLiteral("class"),
                           verified ? QStringLiteral("verified") : QStringLiteral("failed"));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(
            QStringLiteral("stroke"),
            (verified ? GraphNodeLook::verifiedColour() : GraphNodeLook::blockedColour()).name());
        xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("2.2"));
        right -= 16;
    }
    if (look.blocked) {
        const QRectF box = mark.translated(right - 12, 0);
        xml.writeEmptyElement(QStringLiteral("circle"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("blocked"));
        xml.writeAttribute(QStringLiteral("cx"), number(box.center().x()));
        xml.writeAttribute(QStringLiteral("cy"), number(box.center().y()));
        xml.writeAttribute(QStringLiteral("r"), QStringLiteral("6"));
        xml.writeAttribute(QStringLiteral("fill"), GraphNodeLook::blockedColour().name());
        right -= 16;
    }
    const qreal left = r.left() + 12;
    text(xml, QPointF(left, r.top() + 17),
         QFontMetricsF(keyFont).elidedText(look.key, Qt::ElideRight, right - left), 12, true);
    text(xml, QPointF(left, r.top() + 36),
         QFontMetricsF(titleFont).elidedText(look.title, Qt::ElideRight, r.right() - 6 - left), 11,
         false);
    xml.writeEndElement();
}

} // namespace

QByteArray GraphSvgWriter::write(const GraphLayout &layout,
                                 const QHash<qint64, GraphNodeLook> &looks,
                                 const std::function<bool(qint64, qint64)> &criticalEdge,
                                 const QString &title)
{
    QByteArray svg;
    QXmlStreamWriter xml(&svg);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QRectF box = layout.bounds.adjusted(-16, -16, 16, 16);
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), number(box.width()));
    xml.writeAttribute(QStringLiteral("height"), number(box.height()));
    xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("%1 %2 %3 %4")
            .arg(number(box.x()), number(box.y()), number(box.width()), number(box.height())));
    xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), number(box.x()));
    xml.writeAttribute(QStringLiteral("y"), number(box.y()));
    xml.writeAttribute(QStringLiteral("width"), number(box.width()));
    xml.writeAttribute(QStringLiteral("height"), number(box.height()));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("#ffffff"));

    for (const GraphLayout::Edge &edge : layout.edges) {
        const bool critical = criticalEdge(edge.from, edge.to);
        const bool gate = looks.value(edge.to).milestone;
        const QString colour =
            (critical ? GraphNodeLook::criticalColour() : GraphNodeLook::edgeColour()).name();
        const QPainterPath path = edge.path();
        xml.writeStartElement(QStringLiteral("g"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("data-from"), looks.value(edge.from).key);
        xml.writeAttribute(QStringLiteral("data-to"), looks.value(edge.to).key);
        xml.writeEmptyElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"), pathData(path));
        xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("stroke"), colour);
        xml.writeAttribute(QStringLiteral("stroke-width"),
                           critical ? QStringLiteral("2.6") : QStringLiteral("1.4"));
        if (gate)
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("5 3"));
        xml.writeEmptyElement(QStringLiteral("polygon"));
        xml.writeAttribute(QStringLiteral("points"), pointList(GraphEdgeItem::arrowhead(path, 9)));
        xml.writeAttribute(QStringLiteral("fill"), colour);
        xml.writeEndElement();
    }
    for (const GraphLayout::Node &node : layout.nodes)
        writeNode(xml, node, looks.value(node.id));
    xml.writeEndElement();
    xml.writeEndDocument();
    return svg;
}

} // namespace Candor
