// SPDX-License-Identifier: MIT
// The `corpus` section: ../shared/corpus/score.py run on the real application, its summary line
// (files with a task count in the reader's range, spot checks, dependencies, status error) kept
// beside the speed figures. Absent when the corpus or python3 is not there.
#include "benchsection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace CandorBench {

namespace {

QJsonObject corpusScore(const QString &, int)
{
    QJsonObject result;
    QString shared = qEnvironmentVariable("CANDOR_SHARED_DIR");
    if (shared.isEmpty())
        shared = QStringLiteral(CANDOR_SHARED_DIR);
    const QString score = QDir(shared).filePath(QStringLiteral("corpus/score.py"));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!QFile::exists(score) || python.isEmpty())
        return result;
    QProcess process;
    process.start(python, {score, QStringLiteral("--candor"), QStringLiteral(CANDOR_APP_PATH)});
    process.waitForFinished(600000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression summary(
        QStringLiteral("within=(\\d+)/(\\d+) spot=(\\d+)/(\\d+) deps=(\\d+)/(\\d+) "
                       "mean_status_error=([\\d.]+)"));
    const QRegularExpressionMatch m = summary.match(output);
    if (!m.hasMatch())
        return result;
    result.insert(QStringLiteral("summary"), m.captured(0));
    result.insert(QStringLiteral("files_within"), m.captured(1).toInt());
    result.insert(QStringLiteral("files"), m.captured(2).toInt());
    result.insert(QStringLiteral("spot_passed"), m.captured(3).toInt());
    result.insert(QStringLiteral("spot_checks"), m.captured(4).toInt());
    result.insert(QStringLiteral("deps_files_read"), m.captured(5).toInt());
    result.insert(QStringLiteral("deps_files"), m.captured(6).toInt());
    result.insert(QStringLiteral("mean_status_error"), m.captured(7).toDouble());
    return result;
}

const BenchRegistration registration{
    {QStringLiteral("corpus"), 85, QStringLiteral("corpus_score"), nullptr, nullptr, &corpusScore}};

} // namespace

} // namespace CandorBench
