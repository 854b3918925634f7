// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;

namespace Candor {

class BoardModel;
class BoardView;
class Project;
class TaskFilterModel;
class TaskSelection;

// The Board view of the workspace: the board with its bar (swimlanes, lanes collapsed or
// open, which columns are shown, and what a move into Done does while dependencies are
// unfinished). The columns shown are the user's, kept in QSettings; Won't do starts hidden.
class BoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPage)
public:
    BoardPage(Project *project, TaskFilterModel *filter, TaskSelection *selection,
              QWidget *parent = nullptr);

    BoardModel *model() const { return m_model; }
    BoardView *view() const { return m_view; }
    QComboBox *swimlaneChooser() const { return m_swimlanes; }

signals:
    void message(const QString &text);
    void inspectorWanted();
    void contextMenuWanted(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseSwimlanes(int choice);
    void showDonePolicy();
    void restoreHiddenColumns();
    void saveHiddenColumns();
    void showHiddenColumns(); // the Options menu's column checks

    Project *m_project;
    BoardModel *m_model;
    BoardView *m_view;
    QComboBox *m_swimlanes;
    QActionGroup *m_donePolicy;
    QLabel *m_hint = nullptr;
    QList<QAction *> m_columnActions; // by column
};

} // namespace Candor
