// SPDX-License-Identifier: MIT
#include "taskwarriorexport.h"

#include "taskwarriorreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Candor {

namespace {

// Where each task object starts (1-based lines), found without a second JSON parser: `task export`
// writes one task per line, and warnings should name it.
QList<int> objectLines(const QByteArray &bytes)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    int taskDepth = -1;
    bool inString = false;
    bool escaped = false;
    for (char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (taskDepth < 0)
                taskDepth = c == '[' ? 1 : 0;
            if (c == '{' && depth == taskDepth)
                lines << line;
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return lines;
}

} // namespace

TaskwarriorExport TaskwarriorExport::parse(const QByteArray &bytes, const QString &fileName,
                                           QList<ImportWarning> *warnings)
{
    TaskwarriorExport parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        const QList<int> lines = objectLines(bytes);
        const QJsonArray array =
            document.isArray() ? document.array() : QJsonArray{document.object()};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int line = i < lines.size() ? lines.at(i) : 0;
            if (!array.at(i).isObject()) {
                warnings->append(
                    {fileName, line, TaskwarriorReader::tr("Not a task object; skipped.")});
                continue;
            }
            parsed.objects << array.at(i).toObject();
            parsed.lines << line;
        }
        return parsed;
    }

    const QList<QByteArray> rows = bytes.split('\n');
    bool anyObject = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QByteArray row = rows.at(i).trimmed();
        if (row.endsWith(','))
            row.chop(1);
        if (row.isEmpty() || row == "[" || row == "]")
            continue;
        QJsonParseError rowError;
        const QJsonDocument rowDocument = QJsonDocument::fromJson(row, &rowError);
        if (rowError.error != QJsonParseError::NoError || !rowDocument.isObject()) {
            if (anyObject || i > 0) {
                warnings->append({fileName, int(i + 1),
                                  TaskwarriorReader::tr("Not a task object (%1); skipped.")
                                      .arg(rowError.errorString())});
            }
            continue;
        }
        anyObject = true;
        parsed.objects << rowDocument.object();
        parsed.lines << int(i + 1);
    }
    if (!anyObject) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        warnings->clear();
        warnings->append({fileName, line,
                          TaskwarriorReader::tr("Not Taskwarrior JSON: %1 (expected the "
                                                "output of \"task export\").")
                              .arg(error.errorString())});
    }
    return parsed;
}

} // namespace Candor
