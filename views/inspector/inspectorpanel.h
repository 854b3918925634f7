// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace Candor {

class ChecklistEditor;
class DependencyEditor;
class DetailsSection;
class EstimateSection;
class HistoryModel;
class Project;
class ScheduleSection;
class ScheduleWatcher;
class TaskSection;
class VerificationSection;

// Shows and edits every fact of the selected task, one undo step per edit. It follows every
// change of the task however it was made (other views, undo, redo) and shows a placeholder when
// no task is selected or the task was deleted.
//
// Child widgets by objectName (for tests and style sheets):
//   placeholderLabel, scrollArea
//   Details:      keyEdit, titleEdit, statusCombo, priorityCombo, componentCombo, assigneeEdit,
//                 phaseEdit, milestoneList, descriptionEdit, timesLabel
//   Estimate:     estimateSpin, optimisticSpin, likelySpin, pessimisticSpin, progressSpin
//   Verification: verificationCombo, evidenceEdit, verifiedOnLabel, verificationGapLabel
//   Checklist:    checklistProgressLabel, checklistView, checklistUpButton, checklistDownButton,
//                 checklistRemoveButton, checklistAddEdit, checklistAddButton
//   Schedule:     earliestStartLabel, earliestFinishLabel, slackLabel, criticalLabel,
//                 forecastLabel (see setScheduleWatcher)
//   Dependencies: blockedLabel, dependsOnList, neededByList, dependencyKeyEdit,
//                 dependencyAddButton, dependencyRemoveButton, dependencyMessage
//   History:      historyView
// Refused input is named under its field by a label called after it: keyMessage, titleMessage,
// statusMessage, ..., estimateMessage, optimisticMessage, ..., progressMessage,
// verificationMessage, evidenceMessage, descriptionMessage, milestoneMessage, dependencyMessage.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)
public:
    explicit InspectorPanel(Project *project, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    qint64 taskId() const { return m_taskId; }
    // Where the Schedule section gets the project's schedule and forecast from (the
    // workspace's); without one it shows none.
    void setScheduleWatcher(ScheduleWatcher *watcher);

public slots:
    void setTaskId(qint64 taskId); // 0: nothing selected

private:
    // The fewest characters a combo box in the panel keeps when the panel is narrow.
    static constexpr int minimumComboCharacters = 8;
    static void letNarrow(QWidget *content);
    void connectProject();
    void refreshFields();
    void taskRowsChanged(int first, int last);
    void taskRowsRemoved(int first, int last);
    void tasksReset();

    Project *m_project;
    qint64 m_taskId = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_content;
    DetailsSection *m_details;
    EstimateSection *m_estimate;
    VerificationSection *m_verification;
    ChecklistEditor *m_checklist;
    DependencyEditor *m_dependencies;
    ScheduleSection *m_schedule;
    QList<TaskSection *> m_sections;
    HistoryModel *m_history;
    QTableView *m_historyView;
};

} // namespace Candor
