// SPDX-License-Identifier: MIT
// The `startup` section: cold start of the real application to a rendered window.
#include "benchsection.h"
#include "measures.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

namespace CandorBench {

namespace {

// Cold start of the real application on its default project (created with demo content on the
// first start, so the second start is the one measured).
QJsonObject coldStart(const QString &folder, int)
{
    QJsonObject result;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CANDOR_REPORT_STARTUP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    QList<double> wall;
    QList<double> inside;
    for (int i = 0; i < 4; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(CANDOR_APP_PATH), {});
        process.waitForFinished(30000);
        const double total = milliseconds(timer);
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype at = output.indexOf(QLatin1String("startup_ms "));
        if (i == 0)
            continue; // the first run creates the default project
        wall.append(total);
        if (at >= 0)
            inside.append(output.mid(at + 11).section(QLatin1Char(' '), 0, 0).toDouble());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(inside.begin(), inside.end());
    if (!wall.isEmpty())
        result.insert(QStringLiteral("process_start_to_exit_after_first_paint_ms"),
                      wall.at(wall.size() / 2));
    if (!inside.isEmpty())
        result.insert(QStringLiteral("main_to_first_paint_ms"), inside.at(inside.size() / 2));
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("startup"), 90, QStringLiteral("cold_start"), nullptr, nullptr, &coldStart}};

} // namespace

} // namespace CandorBench
