// SPDX-License-Identifier: MIT
#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Candor {

namespace {

// The translators this class installed are the application's children by this name, so that a
// later install() finds and replaces them without keeping any state of its own.
const char translatorName[] = "CandorLanguageTranslator";

QString catalogueDirectory()
{
    return QStringLiteral(":/i18n");
}

QTranslator *installed(const QLocale &locale, const QString &catalogue)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QLatin1String(translatorName));
    // Qt's catalogues are embedded for the languages Candor ships (packages need not deploy
    // them); an installed Qt's are the fallback for a regional variant embedded without.
    if (translator->load(locale, catalogue, QStringLiteral("_"), catalogueDirectory()) ||
        (catalogue == QLatin1String("qtbase") &&
         translator->load(locale, catalogue, QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QString LanguageLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString LanguageLoader::chosen(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return QSettings().value(settingsKey()).toString().trimmed();
}

bool LanguageLoader::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const auto previous =
        app->findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Candor's catalogue first: Qt's follows the language it was found in (a system preferring
    // "fr:de" without French gets German throughout, not French dialog buttons on German menus).
    const QTranslator *candor = installed(locale, QStringLiteral("candor"));
    const bool english = !candor || QLocale(candor->language()).language() == QLocale::English;
    if (!english)
        installed(QLocale(candor->language()), QStringLiteral("qtbase"));
    // English is the source language; its catalogue holds only the plural forms ("1 card",
    // "8 cards"), and serves every language Candor has no catalogue for.
    if (!candor)
        installed(QLocale(QLocale::English), QStringLiteral("candor"));
    return !english;
}

QStringList LanguageLoader::available()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogueDirectory())
            .entryList({QStringLiteral("candor_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(7).chopped(3); // candor_LANG.qm
        if (language != QLatin1String("en")) // the source language's plurals, not a translation
            languages << language;
    }
    return languages;
}

} // namespace Candor
