// SPDX-License-Identifier: MIT
#include "taskwarriorformat.h"

#include "project/project.h"
#include "tasks/componentmodel.h"
#include "tasks/milestonemodel.h"
#include "tasks/taskmodel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace {

// Taskwarrior's own attributes, and the UDAs that carry what it has no field for.
namespace Field {
const QString uuid = QStringLiteral("uuid");
const QString description = QStringLiteral("description");
const QString status = QStringLiteral("status");
const QString priority = QStringLiteral("priority");
const QString project = QStringLiteral("project");
const QString tags = QStringLiteral("tags");
const QString depends = QStringLiteral("depends");
const QString annotations = QStringLiteral("annotations");
const QString due = QStringLiteral("due");
const QString entry = QStringLiteral("entry");
const QString modified = QStringLiteral("modified");
const QString start = QStringLiteral("start");
const QString end = QStringLiteral("end");
const QString key = QStringLiteral("candor_key");
const QString candorStatus = QStringLiteral("candor_status");
const QString candorPriority = QStringLiteral("candor_priority");
const QString estimate = QStringLiteral("candor_estimate");
const QString progress = QStringLiteral("candor_progress");
const QString verification = QStringLiteral("candor_verification");
const QString evidence = QStringLiteral("candor_evidence");
const QString assignee = QStringLiteral("candor_assignee");
const QString phase = QStringLiteral("candor_phase");
const QString milestones = QStringLiteral("candor_milestones");
const QString candorDescription = QStringLiteral("candor_description");
const QString checklist = QStringLiteral("candor_checklist");
} // namespace Field

// Fixed, so that UUIDs derived from it stay the same across versions and machines.
const QUuid uuidNamespace(QStringLiteral("{6f0c3c52-5b0e-4a8e-9a4b-8c2f1d7e3a10}"));

const QString twDateFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString twDate(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(twDateFormat);
}

QDateTime fromTwDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, twDateFormat);
    if (time.isValid())
        time.setTimeZone(QTimeZone::utc());
    else
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

// A UDA may come back as a string or a number, depending on whether the user declared it.
QString text(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

std::optional<double> number(const QJsonObject &object, const QString &name, bool *bad)
{
    const QJsonValue value = object.value(name);
    *bad = false;
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty()) {
        if (!value.isDouble())
            return std::nullopt;
    }
    bool ok = value.isDouble();
    const double result = ok ? value.toDouble() : QLocale::c().toDouble(value.toString(), &ok);
    if (!ok || !std::isfinite(result)) {
        *bad = true;
        return std::nullopt;
    }
    return result;
}

QString letterFor(Priority priority)
{
    switch (priority) {
    case Priority::P0:
    case Priority::P1:
        return QStringLiteral("H");
    case Priority::P2:
        return QStringLiteral("M");
    case Priority::P3:
        return QStringLiteral("L");
    }
    return {};
}

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

struct Parsed
{
    QList<QJsonObject> objects;
    QList<int> lines;
};

// A JSON array (json.array=on), or one object per line as older versions wrote by default.
Parsed parse(const QByteArray &bytes, const QString &fileName, ImportBatch &batch)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        const QList<int> lines = objectLines(bytes);
        const QJsonArray array =
            document.isArray() ? document.array() : QJsonArray{document.object()};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int line = i < lines.size() ? lines.at(i) : 0;
            if (!array.at(i).isObject()) {
                batch.warnings.append(
                    {fileName, line, TaskwarriorFormat::tr("Not a task object; skipped.")});
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
                batch.warnings.append({fileName, int(i + 1),
                                       TaskwarriorFormat::tr("Not a task object (%1); skipped.")
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
        batch.warnings.clear();
        batch.warnings.append({fileName, line,
                               TaskwarriorFormat::tr("Not Taskwarrior JSON: %1 (expected the "
                                                     "output of \"task export\").")
                                   .arg(error.errorString())});
    }
    return parsed;
}

QStringList dependencyUuids(const QJsonValue &value)
{
    QStringList uuids;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            uuids << item.toString().trimmed();
    } else {
        uuids = value.toString().split(u',', Qt::SkipEmptyParts);
        for (QString &uuid : uuids)
            uuid = uuid.trimmed();
    }
    uuids.removeAll(QString());
    return uuids;
}

} // namespace

QUuid TaskwarriorFormat::uuidFor(const QString &projectName, const QString &key)
{
    return QUuid::createUuidV5(uuidNamespace, projectName + u'\n' + key.toCaseFolded());
}

ImportBatch TaskwarriorFormat::read(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    batch.source = fileName;
    const auto warn = [&](int line, const QString &message) {
        batch.warnings.append({fileName, line, message});
    };
    const Parsed parsed = parse(bytes, fileName, batch);

    // First the keys, so that dependencies can name tasks further down the file.
    QHash<QString, QString> keyByUuid;
    QSet<QString> deletedUuids;
    QSet<QString> usedKeys;
    QStringList keys;
    int generatedKeys = 0;
    for (qsizetype i = 0; i < parsed.objects.size(); ++i) {
        const QJsonObject &object = parsed.objects.at(i);
        const QString uuid = text(object, Field::uuid).toLower();
        if (text(object, Field::status) == QLatin1String("deleted")) {
            deletedUuids.insert(uuid);
            keys << QString();
            continue;
        }
        QString key = text(object, Field::key).trimmed();
        if (!key.isEmpty() && usedKeys.contains(key.toCaseFolded())) {
            // `task duplicate` copies the UDAs: the copy is a new task and needs its own key.
            warn(parsed.lines.at(i), tr("The key %1 is used twice; this task gets a key from "
                                        "its UUID.")
                                         .arg(key));
            key.clear();
        }
        if (key.isEmpty() && !uuid.isEmpty()) {
            // Stable across re-imports of the same Taskwarrior task; longer only on a clash.
            const QString hex = QString(uuid).remove(u'-').toUpper();
            for (int length : {8, 12, 32}) {
                key = QStringLiteral("TW-") + hex.left(length);
                if (!usedKeys.contains(key.toCaseFolded()))
                    break;
            }
            ++generatedKeys;
        }
        if (!key.isEmpty())
            usedKeys.insert(key.toCaseFolded());
        if (!uuid.isEmpty() && !key.isEmpty())
            keyByUuid.insert(uuid, key);
        keys << key;
    }

    QSet<QString> components;
    QHash<QString, int> milestoneIndex;
    int deleted = 0;
    for (qsizetype i = 0; i < parsed.objects.size(); ++i) {
        const QJsonObject &object = parsed.objects.at(i);
        const int line = parsed.lines.at(i);
        const QString twStatus = text(object, Field::status);
        if (twStatus == QLatin1String("deleted")) {
            ++deleted;
            continue;
        }
        ImportedTask task;
        task.line = line;
        task.key = keys.at(i);
        task.externalId = text(object, Field::uuid).toLower();
        task.title = text(object, Field::description).trimmed();
        if (task.title.isEmpty()) {
            warn(line, tr("The task has no description; it was skipped."));
            continue;
        }

        // Status: Taskwarrior's says open or done; candor_status refines an open one.
        const QString candorStatus = text(object, Field::candorStatus);
        const std::optional<Status> refined = TaskEnums::statusFromToken(candorStatus);
        if (!candorStatus.isEmpty() && !refined)
            warn(line, tr("Unknown candor_status \"%1\"; ignored.").arg(candorStatus));
        if (twStatus == QLatin1String("completed")) {
            task.status = Status::Done;
        } else if (twStatus == QLatin1String("pending") || twStatus == QLatin1String("waiting") ||
                   twStatus == QLatin1String("recurring") || twStatus.isEmpty()) {
            if (refined && *refined != Status::Done)
                task.status =
                    refined; // a task completed in Candor but reopened in Taskwarrior is todo
            else if (object.contains(Field::start))
                task.status = Status::InProgress;
            else
                task.status = Status::Todo;
        } else {
            task.statusText = twStatus;
            warn(line, tr("Unknown Taskwarrior status \"%1\"; kept as text.").arg(twStatus));
        }

        // Priority: H, M, L are P1, P2, P3 and none is P2 (Candor's default); candor_priority
        // tells P0 from P1 while it still agrees with the letter.
        const QString letter = text(object, Field::priority).toUpper();
        const std::optional<Priority> exact =
            TaskEnums::priorityFromToken(text(object, Field::candorPriority));
        if (exact && letterFor(*exact) == (letter.isEmpty() ? QStringLiteral("M") : letter))
            task.priority = exact;
        else if (letter == QLatin1String("H"))
            task.priority = Priority::P1;
        else if (letter == QLatin1String("M") || letter.isEmpty())
            task.priority = Priority::P2;
        else if (letter == QLatin1String("L"))
            task.priority = Priority::P3;
        else
            warn(line, tr("Unknown priority \"%1\"; expected H, M or L.").arg(letter));

        task.component = text(object, Field::project).trimmed();
        if (!task.component.isEmpty() && !components.contains(task.component.toCaseFolded())) {
            components.insert(task.component.toCaseFolded());
            batch.components.append({task.component, {}, std::nullopt});
        }
        for (const QJsonValue &tag : object.value(Field::tags).toArray())
            task.tags << tag.toString();
        task.due = fromTwDate(text(object, Field::due)).date();

        for (const QString &uuid : dependencyUuids(object.value(Field::depends))) {
            const QString folded = uuid.toLower();
            if (const QString key = keyByUuid.value(folded); !key.isEmpty())
                task.dependsOn << key;
            else if (deletedUuids.contains(folded))
                warn(line,
                     tr("Depends on the deleted task %1; that dependency was dropped.").arg(uuid));
            else
                warn(line, tr("Depends on %1, which is not in this file; that dependency was "
                              "dropped.")
                               .arg(uuid));
        }

        bool bad = false;
        task.estimate = number(object, Field::estimate, &bad);
        if (bad || (task.estimate && *task.estimate < 0)) {
            task.estimate.reset();
            warn(line, tr("candor_estimate \"%1\" is not a number of days; ignored.")
                           .arg(text(object, Field::estimate)));
        }
        if (const std::optional<double> progress = number(object, Field::progress, &bad))
            task.progress = std::clamp(int(std::lround(*progress)), 0, 100);
        if (bad)
            warn(line, tr("candor_progress \"%1\" is not a percentage; ignored.")
                           .arg(text(object, Field::progress)));
        const QString verification = text(object, Field::verification);
        task.verification = TaskEnums::verificationFromToken(verification);
        if (!verification.isEmpty() && !task.verification)
            warn(line, tr("Unknown candor_verification \"%1\"; ignored.").arg(verification));
        task.evidence = text(object, Field::evidence);
        task.assignee = text(object, Field::assignee);
        task.phase = text(object, Field::phase);

        const QStringList milestoneNames =
            text(object, Field::milestones).split(u';', Qt::SkipEmptyParts);
        for (const QString &name : milestoneNames) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty())
                continue;
            task.milestones << trimmed;
            int index = milestoneIndex.value(trimmed.toCaseFolded(), -1);
            if (index < 0) {
                index = int(batch.milestones.size());
                milestoneIndex.insert(trimmed.toCaseFolded(), index);
                batch.milestones.append({trimmed, {}, {}, {}});
            }
            batch.milestones[index].gatingKeys << task.key;
        }

        const QStringList checklist =
            text(object, Field::checklist).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &item : checklist) {
            const bool checked = item.startsWith(QLatin1String("[x] "), Qt::CaseInsensitive);
            const bool open = item.startsWith(QLatin1String("[ ] "));
            ChecklistItem entry;
            entry.text = (checked || open) ? item.mid(4) : item;
            entry.checked = checked;
            entry.position = int(task.checklist.size());
            task.checklist << entry;
        }

        // The Candor description, then each annotation as "date: text".
        QStringList description;
        if (const QString own = text(object, Field::candorDescription); !own.isEmpty())
            description << own;
        for (const QJsonValue &value : object.value(Field::annotations).toArray()) {
            const QJsonObject annotation = value.toObject();
            const QDateTime when = fromTwDate(text(annotation, Field::entry));
            const QString note = text(annotation, Field::description);
            description << (when.isValid()
                                ? when.date().toString(Qt::ISODate) + QStringLiteral(": ") + note
                                : note);
        }
        task.description = description.join(u'\n');
        batch.tasks.append(std::move(task));
    }

    batch.notes << tr("Status: pending, waiting and recurring are todo (in progress when "
                      "started), completed is done; priority: H, M, L are P1, P2, P3, none is "
                      "P2.");
    if (deleted > 0)
        batch.notes << tr("%n deleted task(s) skipped.", nullptr, deleted);
    if (generatedKeys > 0)
        batch.notes << tr("%n task(s) without candor_key got a key from their UUID (TW-…).",
                          nullptr, generatedKeys);
    return batch;
}

QByteArray TaskwarriorFormat::write(const Project &project)
{
    const TaskModel &tasks = *project.tasks();
    const ComponentModel &components = *project.components();
    const MilestoneModel &milestones = *project.milestones();
    const auto uuidOf = [&](const QString &key) {
        return uuidFor(project.name(), key).toString(QUuid::WithoutBraces);
    };

    QByteArray bytes("[\n");
    bool first = true;
    for (const Task &task : tasks.tasks()) {
        QJsonObject object{
            {Field::uuid, uuidOf(task.key)},
            {Field::description, task.title},
            {Field::status,
             task.status == Status::Done ? QStringLiteral("completed") : QStringLiteral("pending")},
            {Field::priority, letterFor(task.priority)},
            {Field::key, task.key},
            {Field::candorStatus, TaskEnums::token(task.status)},
            {Field::candorPriority, TaskEnums::token(task.priority)},
            {Field::progress, QString::number(task.progress)},
            {Field::verification, TaskEnums::token(task.verification)},
        };
        if (task.created > 0)
            object.insert(Field::entry, twDate(task.created));
        if (task.updated > 0) {
            object.insert(Field::modified, twDate(task.updated));
            if (task.status == Status::Done)
                object.insert(Field::end, twDate(task.updated));
            else if (task.status == Status::InProgress)
                object.insert(Field::start, twDate(task.updated));
        }
        if (task.componentId)
            object.insert(Field::project, components.name(task.componentId));
        if (task.estimate) {
            object.insert(Field::estimate, QLocale::c().toString(*task.estimate, 'g',
                                                                 QLocale::FloatingPointShortest));
        }
        const auto insertText = [&](const QString &name, const QString &value) {
            if (!value.isEmpty())
                object.insert(name, value);
        };
        insertText(Field::evidence, task.evidence);
        insertText(Field::assignee, task.assignee);
        insertText(Field::phase, task.phase);
        insertText(Field::candorDescription, task.description);

        QJsonArray depends;
        for (qint64 id : project.dependencies().dependenciesOf(task.id))
            depends.append(uuidOf(tasks.keyOf(id)));
        if (!depends.isEmpty())
            object.insert(Field::depends, depends);

        const QStringList names = milestones.namesInOrder(project.milestonesOf(task.id));
        insertText(Field::milestones, names.join(QStringLiteral("; ")));

        QStringList checklist;
        for (const ChecklistItem &item : project.checklist(task.id))
            checklist << (item.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                             QString(item.text).replace(u'\n', u' ');
        insertText(Field::checklist, checklist.join(u'\n'));

        if (!first)
            bytes += ",\n";
        first = false;
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    bytes += "\n]\n";
    return bytes;
}

} // namespace Candor
