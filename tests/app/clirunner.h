// SPDX-License-Identifier: MIT
// Runs the real candor executable (CANDOR_EXECUTABLE), as a script or a packager would, with its
// app data, settings and runtime folders in a temporary home: shared by the command-line tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace CandorTest {

class CliRunner final
{
public:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QStringList errorLines() const
        {
            return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    };

    // Makes the home's folders; false when the temporary home cannot be made.
    bool setUp()
    {
        if (!m_home.isValid())
            return false;
        for (const char *folder : {"data", "config", "runtime", "cache"}) {
            if (!QDir(m_home.path()).mkpath(QString::fromLatin1(folder)))
                return false;
        }
        return QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // The environment a run gets: the temporary home, offscreen, untranslated. unset: variables
    // taken out of it (DISPLAY and QT_QPA_PLATFORM, to run as on a server without a display).
    QProcessEnvironment environment(const QStringList &unset = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                           m_home.filePath(QStringLiteral("runtime")));
        // Untranslated messages, and no warning about a non-UTF-8 locale on stderr.
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        for (const QString &name : unset)
            environment.remove(name);
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        return environment;
    }

    Run run(const QStringList &arguments, const QString &workingDirectory,
            const QStringList &unset = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(unset));
        process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(CANDOR_EXECUTABLE), arguments);
        return finish(process);
    }

    // Waits for a started process and collects what it printed.
    static Run finish(QProcess &process)
    {
        Run result;
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = "timed out";
            return result;
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

    // A variable every later run() sets (over the defaults above), e.g. LANGUAGE.
    void setEnvironment(const QString &name, const QString &value) { m_environment[name] = value; }
    // The folder where the runs' QSettings live (XDG_CONFIG_HOME).
    QString configPath() const { return m_home.filePath(QStringLiteral("config")); }

private:
    QTemporaryDir m_home;
    QMap<QString, QString> m_environment;
};

} // namespace CandorTest
