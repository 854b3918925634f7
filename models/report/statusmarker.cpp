// SPDX-License-Identifier: MIT
#include "statusmarker.h"

#include <QStringList>

namespace Candor {

StatusMarker::Shape StatusMarker::shape(Status status)
{
    const QString token = TaskEnums::token(status);
    if (token == QLatin1String("done"))
        return Shape::Disc;
    if (token == QLatin1String("in_progress"))
        return Shape::HalfDisc;
    if (token == QLatin1String("todo"))
        return Shape::Ring;
    if (token == QLatin1String("blocked"))
        return Shape::Square;
    if (token == QLatin1String("review"))
        return Shape::Diamond;
    if (token == QLatin1String("cancelled"))
        return Shape::Cross;
    return Shape::Dot;
}

QString StatusMarker::glyph(Shape shape)
{
    switch (shape) {
    case Shape::Disc:
        return QStringLiteral("●");
    case Shape::HalfDisc:
        return QStringLiteral("◐");
    case Shape::Ring:
        return QStringLiteral("○");
    case Shape::Square:
        return QStringLiteral("■");
    case Shape::Diamond:
        return QStringLiteral("◆");
    case Shape::Cross:
        return QStringLiteral("✕");
    case Shape::Dot:
        return QStringLiteral("·");
    }
    return {};
}

QString StatusMarker::glyph(Status status)
{
    return glyph(shape(status));
}

QString StatusMarker::legend()
{
    QStringList parts;
    for (int i = 0; i < StatusCount; ++i) {
        const auto status = Status(i);
        parts.append(glyph(status) + QLatin1Char(' ') + TaskEnums::label(status).toLower());
    }
    return parts.join(QStringLiteral("  "));
}

} // namespace Candor
