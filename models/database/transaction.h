// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Candor {

// Rolls back unless committed: every write goes through one of these. Transactions nest: an
// inner one is a savepoint of the outer one, so that several writes (an import) can be one
// transaction on disk while each keeps its own all-or-nothing step.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        int &depth = depths()[m_db.connectionName()];
        m_level = depth;
        if (m_level == 0)
            m_active = m_db.transaction();
        else
            m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT candor_%1").arg(m_level));
        if (m_active)
            ++depth;
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        if (m_level == 0) {
            m_db.rollback();
        } else {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK TO candor_%1").arg(m_level));
            query.exec(QStringLiteral("RELEASE candor_%1").arg(m_level));
        }
        --depths()[m_db.connectionName()];
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        --depths()[m_db.connectionName()];
        if (m_level > 0) {
            QSqlQuery release(m_db);
            if (release.exec(QStringLiteral("RELEASE candor_%1").arg(m_level)))
                return true;
            m_error = release.lastError();
            return false;
        }
        if (m_db.commit())
            return true;
        // Kept before the rollback, whose own error ("no transaction is active" after SQLite
        // rolled back itself) would hide the cause: a full disk, a read-only file.
        m_error = m_db.lastError();
        // A COMMIT that fails (a deferred constraint, a full disk) can leave the transaction
        // open; nothing of it may stay.
        m_db.rollback();
        return false;
    }
    // Why commit() failed.
    QSqlError error() const { return m_error; }

private:
    // Open transactions per connection. Connections are used from one thread each.
    static QHash<QString, int> &depths()
    {
        thread_local QHash<QString, int> perConnection;
        return perConnection;
    }

    QSqlDatabase m_db;
    QSqlError m_error;
    int m_level = 0;
    bool m_active = false;
};

} // namespace Candor
