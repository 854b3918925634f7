// SPDX-License-Identifier: MIT
// libFuzzer target: the bytes of a project file, written to a temporary file and opened for
// reading as the command line's read-only commands open it (Project::open without the lock,
// then the check of the stored values), so that a damaged or hostile file is refused, never
// crashed on.
#include "database/fileaccess.h"
#include "database/projectdatabase.h"
#include "fuzzinput.h"
#include "project/project.h"
#include "project/storedvaluecheck.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

QString projectPath()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    return dir.filePath(QStringLiteral("fuzz.candor"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Candor;
    const QString path = projectPath();
    // A -wal or -shm left by the last input would be read with this one.
    FileAccess::removeWithSiblings(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();

    OpenOptions options;
    options.readOnly = true;
    options.takeLock = false;
    OpenError error;
    if (const std::unique_ptr<Project> project = Project::open(path, options, &error)) {
        bool ok = false;
        const QList<DamagedValue> damaged =
            StoredValueCheck::find(project->database().connection(), &ok);
        StoredValueCheck::describe(damaged);
    }
    return 0;
}
