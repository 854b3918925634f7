// SPDX-License-Identifier: MIT
#include "taskwarriorreader.h"

#include "io/importtext.h"
#include "io/vocabulary/durationvocabulary.h"
#include "io/vocabulary/priorityvocabulary.h"
#include "io/vocabulary/statusvocabulary.h"
#include "project/taskvalidator.h"
#include "taskwarriorexport.h"
#include "taskwarriorschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Candor {

namespace Field = TaskwarriorField;

namespace {

// A UDA may come back as a string or a number, depending on whether the user declared it.
QString text(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    QString result = value.toString();
    ImportText::removeNuls(result); // readTask() warns of them
    return result;
}

// Whether a string anywhere in the value holds a NUL character.
bool holdsNul(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().contains(QChar(u'\0'));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), holdsNul);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), holdsNul);
    }
    return false;
}

// A number UDA; *bad when it holds something else.
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

// Days: a JSON number, or any duration the vocabulary knows ("3", "4h", "2 days").
std::optional<double> days(const QJsonObject &object, const QString &name, bool *bad)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble() || value.isUndefined() || value.isNull())
        return number(object, name, bad);
    const QString given = value.toString();
    std::optional<double> result =
        given.trimmed().isEmpty() ? std::nullopt : DurationVocabulary::days(given);
    *bad = !given.trimmed().isEmpty() && !result;
    return result;
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

bool isOpen(const QString &twStatus)
{
    return twStatus == QLatin1String("pending") || twStatus == QLatin1String("waiting") ||
           twStatus == QLatin1String("recurring") || twStatus.isEmpty();
}

// Reads the tasks of one file: keys first, so that dependencies can name tasks further down.
class FileReader
{
public:
    FileReader(const QString &fileName, ImportBatch &batch)
        : m_fileName(fileName)
        , m_batch(batch)
    {}

    void assignKeys(const TaskwarriorExport &parsed);
    void readTask(const QJsonObject &object, int line, const QString &key);
    void readStatus(ImportedTask &task, const QJsonObject &object);
    void readPriority(ImportedTask &task, const QJsonObject &object);
    void readCandorFields(ImportedTask &task, const QJsonObject &object);
    int generatedKeys() const { return m_generatedKeys; }
    const QStringList &keys() const { return m_keys; }

private:
    void warn(int line, const QString &message)
    {
        m_batch.warnings.append({m_fileName, line, message});
    }

    const QString &m_fileName;
    ImportBatch &m_batch;
    StatusVocabulary m_vocabulary;
    QHash<QString, QString> m_keyByUuid;
    QStringList m_keys;
    QSet<QString> m_components;
    QHash<QString, int> m_milestoneIndex;
    int m_generatedKeys = 0;
    int m_line = 0;
};

void FileReader::assignKeys(const TaskwarriorExport &parsed)
{
    QSet<QString> usedKeys;
    for (qsizetype i = 0; i < parsed.objects.size(); ++i) {
        const QJsonObject &object = parsed.objects.at(i);
        const QString uuid = text(object, Field::uuid).toLower();
        QString key = text(object, Field::key).trimmed();
        if (!key.isEmpty() && usedKeys.contains(key.toCaseFolded())) {
            // `task duplicate` copies the UDAs: the copy is a new task and needs its own key.
            warn(parsed.lines.at(i),
                 TaskwarriorReader::tr("The key %1 is used twice; this task gets a key from "
                                       "its UUID.")
                     .arg(key));
            key.clear();
        }
        if (key.isEmpty() && !uuid.isEmpty()) {
            // Stable across re-imports of the same Taskwarrior task; longer only on a clash,
            // and never longer than a key may be (TW- and all 32 digits were, and the task lost
            // its key and the dependencies on it).
            const QString hex = QString(uuid).remove(u'-').toUpper();
            constexpr int longest = TaskValidator::maxKeyLength - 3;
            for (int length : {8, 12, 16, 20, 24, longest}) {
                key = QStringLiteral("TW-") + hex.left(length);
                if (!usedKeys.contains(key.toCaseFolded()))
                    break;
            }
            for (int n = 2; usedKeys.contains(key.toCaseFolded()); ++n)
                key = QStringLiteral("TW-%1-%2").arg(hex.left(8)).arg(n);
            ++m_generatedKeys;
        }
        if (!key.isEmpty())
            usedKeys.insert(key.toCaseFolded());
        if (!uuid.isEmpty() && !key.isEmpty())
            m_keyByUuid.insert(uuid, key);
        m_keys << key;
    }
}

// Taskwarrior's status says open or done; candor_status refines an open one.
void FileReader::readStatus(ImportedTask &task, const QJsonObject &object)
{
    const QString twStatus = text(object, Field::status);
    const QString candorStatus = text(object, Field::candorStatus);
    const std::optional<StatusMeaning> refined =
        candorStatus.isEmpty() ? std::nullopt : m_vocabulary.status(candorStatus);
    if (!candorStatus.isEmpty() && !refined)
        warn(m_line,
             TaskwarriorReader::tr("Unknown candor_status \"%1\"; ignored.").arg(candorStatus));
    if (twStatus == QLatin1String("completed")) {
        task.status = Status::Done;
        if (refined && refined->status == Status::Done)
            refined->applyTo(task); // "verified", "failed": what the word says of the evidence
    } else if (twStatus == QLatin1String("deleted")) {
        task.status = Status::Cancelled; // what Candor writes for "won't do"
    } else if (isOpen(twStatus)) {
        if (refined && refined->status != Status::Done)
            refined->applyTo(
                task); // a task completed in Candor but reopened in Taskwarrior is todo
        else if (object.contains(Field::start))
            task.status = Status::InProgress;
        else
            task.status = Status::Todo;
    } else {
        task.statusText = twStatus;
        warn(m_line, TaskwarriorReader::tr("Unknown Taskwarrior status \"%1\"; kept as text.")
                         .arg(twStatus));
    }
}

// Priority: H, M, L are P1, P2, P3 and none is P2 (Candor's default); candor_priority tells P0
// from P1 while it still agrees with the letter. Another word is read as in any tracker.
void FileReader::readPriority(ImportedTask &task, const QJsonObject &object)
{
    const QString given = text(object, Field::priority);
    const QString letter = given.toUpper();
    const std::optional<Priority> exact =
        PriorityVocabulary::priority(text(object, Field::candorPriority));
    if (exact &&
        TaskwarriorSchema::letterFor(*exact) == (letter.isEmpty() ? QStringLiteral("M") : letter))
        task.priority = exact;
    else if (letter == QLatin1String("H"))
        task.priority = Priority::P1;
    else if (letter == QLatin1String("M") || letter.isEmpty())
        task.priority = Priority::P2;
    else if (letter == QLatin1String("L"))
        task.priority = Priority::P3;
    else if (const std::optional<Priority> word = PriorityVocabulary::priority(given))
        task.priority = word; // uda.priority.values may hold other words than H, M, L
    else
        warn(m_line,
             TaskwarriorReader::tr("Unknown priority \"%1\"; expected H, M or L.").arg(given));
}

// The candor_* UDAs, and the milestones and checklist they carry.
void FileReader::readCandorFields(ImportedTask &task, const QJsonObject &object)
{
    bool bad = false;
    task.estimate = days(object, Field::estimate, &bad);
    if (bad || (task.estimate && *task.estimate < 0)) {
        task.estimate.reset();
        warn(m_line,
             TaskwarriorReader::tr("candor_estimate \"%1\" is not a number of days; ignored.")
                 .arg(text(object, Field::estimate)));
    }
    if (const std::optional<double> progress = number(object, Field::progress, &bad))
        // Clamped before it is rounded: 3e9 does not fit an int (and wrapped to 0).
        task.progress = int(std::lround(std::clamp(*progress, 0.0, 100.0)));
    if (bad)
        warn(m_line, TaskwarriorReader::tr("candor_progress \"%1\" is not a percentage; ignored.")
                         .arg(text(object, Field::progress)));
    const QString verification = text(object, Field::verification);
    if (const std::optional<Verification> verdict = m_vocabulary.verification(verification))
        task.verification = verdict;
    else if (!verification.isEmpty())
        warn(m_line, TaskwarriorReader::tr("Unknown candor_verification \"%1\"; ignored.")
                         .arg(verification));
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
        int index = m_milestoneIndex.value(trimmed.toCaseFolded(), -1);
        if (index < 0) {
            index = int(m_batch.milestones.size());
            m_milestoneIndex.insert(trimmed.toCaseFolded(), index);
            m_batch.milestones.append({trimmed, {}, {}, {}});
        }
        m_batch.milestones[index].gatingKeys << task.key;
    }

    const QStringList checklist = text(object, Field::checklist).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &item : checklist) {
        const bool checked = item.startsWith(QLatin1String("[x] "), Qt::CaseInsensitive);
        const bool open = item.startsWith(QLatin1String("[ ] "));
        ChecklistItem entry;
        entry.text = (checked || open) ? item.mid(4) : item;
        entry.checked = checked;
        entry.position = int(task.checklist.size());
        task.checklist << entry;
    }
}

void FileReader::readTask(const QJsonObject &object, int line, const QString &key)
{
    m_line = line;
    ImportedTask task;
    task.line = line;
    task.key = key;
    task.externalId = text(object, Field::uuid).toLower();
    task.title = text(object, Field::description).trimmed();
    const bool nuls = holdsNul(object);
    if (task.title.isEmpty()) {
        warn(line, holdsNul(object.value(Field::description))
                       ? TaskwarriorReader::tr("The description holds only NUL characters; the "
                                               "task was skipped.")
                       : TaskwarriorReader::tr("The task has no description; it was skipped."));
        return;
    }
    if (nuls)
        warn(line, TaskwarriorReader::tr("The task holds NUL characters; they were removed."));
    readStatus(task, object);
    readPriority(task, object);

    task.component = text(object, Field::project).trimmed();
    if (!task.component.isEmpty() && !m_components.contains(task.component.toCaseFolded())) {
        m_components.insert(task.component.toCaseFolded());
        m_batch.components.append({task.component, {}, std::nullopt});
    }
    for (const QJsonValue &tag : object.value(Field::tags).toArray())
        task.tags << tag.toString().remove(QChar(u'\0'));
    task.due = TaskwarriorSchema::parseDate(text(object, Field::due)).date();

    for (const QString &uuid : dependencyUuids(object.value(Field::depends))) {
        const QString folded = uuid.toLower();
        if (const QString dependency = m_keyByUuid.value(folded); !dependency.isEmpty())
            task.dependsOn << dependency;
        else
            warn(line, TaskwarriorReader::tr("Depends on %1, which is not in this file; that "
                                             "dependency was dropped.")
                           .arg(uuid));
    }

    // After the status: a verification or progress they state says more than a status word.
    readCandorFields(task, object);

    // The Candor description, then each annotation as "date: text".
    QStringList description;
    if (const QString own = text(object, Field::candorDescription); !own.isEmpty())
        description << own;
    for (const QJsonValue &value : object.value(Field::annotations).toArray()) {
        const QJsonObject annotation = value.toObject();
        const QDateTime when = TaskwarriorSchema::parseDate(text(annotation, Field::entry));
        const QString note = text(annotation, Field::description);
        description << (when.isValid()
                            ? when.date().toString(Qt::ISODate) + QStringLiteral(": ") + note
                            : note);
    }
    task.description = description.join(u'\n');
    if (const QString fitted = ImportText::fitTitle(task); !fitted.isEmpty())
        warn(line, fitted);
    m_batch.tasks.append(std::move(task));
}

} // namespace

ImportBatch TaskwarriorReader::read(const QByteArray &bytes, const QString &fileName)
{
    ImportBatch batch;
    batch.source = fileName;
    const TaskwarriorExport parsed = TaskwarriorExport::parse(bytes, fileName, &batch.warnings);
    FileReader reader(fileName, batch);
    reader.assignKeys(parsed);
    for (qsizetype i = 0; i < parsed.objects.size(); ++i)
        reader.readTask(parsed.objects.at(i), parsed.lines.at(i), reader.keys().at(i));

    batch.notes << tr("Status: pending, waiting and recurring are todo (in progress when "
                      "started), completed is done, deleted is won't do; priority: H, M, L are "
                      "P1, P2, P3, none is P2.");
    if (reader.generatedKeys() > 0)
        batch.notes << tr("%n task(s) without candor_key got a key from their UUID (TW-…).",
                          nullptr, reader.generatedKeys());
    return batch;
}

} // namespace Candor
