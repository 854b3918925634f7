// SPDX-License-Identifier: MIT
#include "taskloader.h"

#include "database/fileaccess.h"
#include "database/projectdatabase.h"
#include "taskrows.h"
#include "tasks/taskfilter.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <utility>

namespace Candor {

TaskLoader::TaskLoader(const QSqlDatabase &source, qint64 afterId, qint64 lastId, bool withLinks,
                       int chunkSize)
    : m_databaseName(source.databaseName())
    , m_connectOptions(source.connectOptions())
    , m_afterId(afterId)
    , m_lastId(lastId)
    , m_withLinks(withLinks)
    , m_chunkSize(chunkSize)
{}

std::shared_ptr<ProjectLinks> TaskLoader::takeLinks()
{
    QMutexLocker locker(&m_linksMutex);
    while (!m_linksDone)
        m_linksRead.wait(&m_linksMutex);
    return std::exchange(m_links, nullptr);
}

void TaskLoader::publishLinks(std::shared_ptr<ProjectLinks> links)
{
    {
        QMutexLocker locker(&m_linksMutex);
        if (m_linksDone)
            return;
        m_links = std::move(links);
        m_linksDone = true;
    }
    m_linksRead.wakeAll();
    emit linksLoaded();
}

void TaskLoader::run()
{
    const QString name = QStringLiteral("candor-loader-%1")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        FileAccess::configureReader(db, m_databaseName, m_connectOptions);
        if (!db.open()) {
            error = ProjectDatabase::describe(tr("Cannot read the tasks"), db.lastError());
        } else {
            db.transaction(); // one snapshot for all chunks
            if (m_withLinks) {
                auto links = std::make_shared<ProjectLinks>();
                QSqlError linkError;
                if (!ProjectLoader::readLinks(db, links.get(), &linkError)) {
                    error =
                        ProjectDatabase::describe(tr("Cannot read the dependencies"), linkError);
                    links.reset();
                }
                publishLinks(std::move(links));
            }
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(TaskRows::select(QStringLiteral("WHERE id > ? AND id <= ? ORDER BY id")));
            query.addBindValue(m_afterId);
            query.addBindValue(m_lastId);
            if (!query.exec()) {
                error = ProjectDatabase::describe(tr("Cannot read the tasks"), query.lastError());
            } else {
                QList<Task> chunk;
                chunk.reserve(m_chunkSize);
                while (!m_cancelled.loadRelaxed() && query.next()) {
                    chunk.append(TaskRows::read(query));
                    // Folded here, off the GUI thread, so filtering never has to.
                    chunk.last().searchText = TaskFilter::searchText(chunk.last());
                    if (chunk.size() == m_chunkSize) {
                        emit chunkLoaded(chunk);
                        chunk.clear();
                        chunk.reserve(m_chunkSize);
                    }
                }
                if (query.lastError().isValid())
                    error =
                        ProjectDatabase::describe(tr("Cannot read the tasks"), query.lastError());
                else if (!chunk.isEmpty() && !m_cancelled.loadRelaxed())
                    emit chunkLoaded(chunk);
            }
            query.finish();
            db.commit();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    publishLinks(nullptr); // if they were not read, no one waits for them
    emit finished(error);
}

} // namespace Candor
