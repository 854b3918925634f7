// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace Candor {

namespace {

// The platform's palette as it was before Candor set one, to go back to.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QString Theme::settingsKey()
{
    return QStringLiteral("ui/theme");
}

QString Theme::token(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Choice Theme::fromToken(const QString &token)
{
    for (Choice choice : {Choice::Light, Choice::Dark}) {
        if (token.compare(Theme::token(choice), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return Choice::System;
}

Theme::Choice Theme::saved()
{
    return fromToken(QSettings().value(settingsKey()).toString());
}

void Theme::save(Choice choice)
{
    QSettings settings;
    if (choice == Choice::System)
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), token(choice));
}

void Theme::apply(Choice choice)
{
    systemPalette(); // remembered before the first change
    switch (choice) {
    case Choice::System:
        QApplication::setPalette(systemPalette());
        return;
    case Choice::Light:
        QApplication::setPalette(light());
        return;
    case Choice::Dark:
        QApplication::setPalette(dark());
        return;
    }
}

QPalette Theme::light()
{
    // The style's own light palette: the same whatever the desktop's colour scheme.
    return QApplication::style()->standardPalette();
}

QPalette Theme::dark()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa2));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5e));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace Candor
