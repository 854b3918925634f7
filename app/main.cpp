// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace Candor;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("candor.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *candor = new QTranslator(&app);
    if (candor->load(QLocale(), QStringLiteral("candor"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(candor);
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    switch (CommandLine::modeFor(argc, argv)) {
    case CommandLine::Mode::Headless: {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }
    case CommandLine::Mode::Screenshot: {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installTranslations(app);
        return CommandLine::runScreenshot(QCoreApplication::arguments());
    }
    case CommandLine::Mode::Gui:
        break;
    }

    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    QString file;
    if (const int code = CommandLine::parseGui(QCoreApplication::arguments(), &file); code >= 0)
        return code;

    MainWindow window;
    window.restoreSettings();
    if (file.isEmpty())
        window.openDefaultProject();
    else
        window.openProject(QFileInfo(file).absoluteFilePath());
    window.show();
    if (qEnvironmentVariableIsSet("CANDOR_REPORT_STARTUP")) {
        // Used by the benchmark: time from main() to a fully rendered window. grab() renders
        // every widget even where the platform has not exposed the window yet.
        QTimer::singleShot(0, &window, [&window, &startup]() {
            const QPixmap rendered = window.grab();
            QTextStream(stdout) << "startup_ms " << startup.elapsed() << " (" << rendered.width()
                                << "x" << rendered.height() << ")" << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}
