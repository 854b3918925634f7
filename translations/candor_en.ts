<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddTasksCommand</name>
    <message numerus="yes">
        <source>Add %Ln task(s)</source>
        <translation>
            <numerusform>Add %Ln task</numerusform>
            <numerusform>Add %Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardChrome</name>
    <message numerus="yes">
        <source>%1: %Ln card(s)</source>
        <translation>
            <numerusform>%1: %Ln card</numerusform>
            <numerusform>%1: %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardEdits</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reorder %Ln task(s) within %1</source>
        <translation>
            <numerusform>Reorder %Ln task within %1</numerusform>
            <numerusform>Reorder %Ln tasks within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln task(s) to %1</source>
        <translation>
            <numerusform>Move %Ln task to %1</numerusform>
            <numerusform>Move %Ln tasks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be done while it waits on %2.</source>
        <translation>
            <numerusform>%1 cannot be done while it waits on %2.</numerusform>
            <numerusform>%1 cannot be done while they wait on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardPage</name>
    <message numerus="yes">
        <source>%1 still depends on unfinished work: %2.</source>
        <translation>
            <numerusform>%1 still depends on unfinished work: %2.</numerusform>
            <numerusform>%1 still depend on unfinished work: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark it done anyway?</source>
        <translation>
            <numerusform>Mark it done anyway?</numerusform>
            <numerusform>Mark them done anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::CompletionChart</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln task(s), %2 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln task, %2 days of estimate</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln tasks, %2 days of estimate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ComponentEditor</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s). Delete it and leave them without a component?</source>
        <translation>
            <numerusform>%1 holds %n task. Delete it and leave the task without a component?</numerusform>
            <numerusform>%1 holds %n tasks. Delete it and leave them without a component?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DashboardPage</name>
    <message numerus="yes">
        <source>Selected %n %1</source>
        <translation>
            <numerusform>Selected %n %1</numerusform>
            <numerusform>Selected %n %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DependencyEditor</name>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Waiting on %Ln unfinished task</numerusform>
            <numerusform>Waiting on %Ln unfinished tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ExportActions</name>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Exported %n task to %1</numerusform>
            <numerusform>Exported %n tasks to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::FilterBar</name>
    <message numerus="yes">
        <source>Only %Ln chosen task(s) ✕</source>
        <translation>
            <numerusform>Only %Ln chosen task ✕</numerusform>
            <numerusform>Only %Ln chosen tasks ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::MainWindow</name>
    <message numerus="yes">
        <source>%Ln task(s) · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</source>
        <translation>
            <numerusform>%Ln task · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</numerusform>
            <numerusform>%Ln tasks · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln unfinished task(s) with the status Blocked, set by someone (the board&apos;s Blocked column).</source>
        <translation>
            <numerusform>Blocked: %Ln unfinished task with the status Blocked, set by someone (the board&apos;s Blocked column).</numerusform>
            <numerusform>Blocked: %Ln unfinished tasks with the status Blocked, set by someone (the board&apos;s Blocked column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on dependencies: %Ln unfinished task(s) that depend on a task not done yet, whatever their status.</source>
        <translation>
            <numerusform>Waiting on dependencies: %Ln unfinished task that depend on a task not done yet, whatever their status.</numerusform>
            <numerusform>Waiting on dependencies: %Ln unfinished tasks that depend on a task not done yet, whatever their status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)?</source>
        <translation>
            <numerusform>Delete %Ln task?</numerusform>
            <numerusform>Delete %Ln tasks?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other task(s) depend on what you delete; those dependencies will be removed too. Undo brings them back.</source>
        <translation>
            <numerusform>%Ln other task depends on what you delete; that dependency will be removed too. Undo brings it back.</numerusform>
            <numerusform>%Ln other tasks depend on what you delete; those dependencies will be removed too. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of this project are outside its rules (written by another tool, or damaged). Candor shows each as it is read.</source>
        <translation>
            <numerusform>%n value of this project is outside its rules (written by another tool, or damaged). Candor shows it as it is read.</numerusform>
            <numerusform>%n values of this project are outside its rules (written by another tool, or damaged). Candor shows each as it is read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneEditor</name>
    <message numerus="yes">
        <source>%n task(s), %1 open</source>
        <translation>
            <numerusform>%n task, %1 open</numerusform>
            <numerusform>%n tasks, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 gates %n task(s). Delete it? The tasks stay.</source>
        <translation>
            <numerusform>%1 gates %n task. Delete it? The task stays.</numerusform>
            <numerusform>%1 gates %n tasks. Delete it? The tasks stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ReportActions</name>
    <message numerus="yes">
        <source>Exported the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported the report to %1 (%n page)</numerusform>
            <numerusform>Exported the report to %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ScheduleSection</name>
    <message numerus="yes">
        <source>Slip (at 80%): %n working day(s) late.</source>
        <translation>
            <numerusform>Slip (at 80%): %n working day late.</numerusform>
            <numerusform>Slip (at 80%): %n working days late.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) to spare (at 80%).</source>
        <translation>
            <numerusform>%n working day to spare (at 80%).</numerusform>
            <numerusform>%n working days to spare (at 80%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::StatusPriorityChart</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln task(s), %3 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln task, %3 days of estimate</numerusform>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln tasks, %3 days of estimate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TaskListPanel</name>
    <message numerus="yes">
        <source>… and %n more (select all)</source>
        <translation>
            <numerusform>… and %n more (select all)</numerusform>
            <numerusform>… and %n more (select all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TimelineChart</name>
    <message numerus="yes">
        <source>%n milestone(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n milestone without a date is not shown.</numerusform>
            <numerusform>%n milestones without a date are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slipped by %n day(s)</source>
        <translation>
            <numerusform>Slipped by %n day</numerusform>
            <numerusform>Slipped by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1 holds %n value(s) outside its rules (written by another tool, or damaged):</source>
        <translation>
            <numerusform>%1 holds %n value outside its rules (written by another tool, or damaged):</numerusform>
            <numerusform>%1 holds %n values outside its rules (written by another tool, or damaged):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from %1: %n runs, seed %2.</source>
        <translation>
            <numerusform>Forecast from %1: %n run, seed %2.</numerusform>
            <numerusform>Forecast from %1: %n runs, seed %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would repair %n value(s) in %1:</source>
        <translation>
            <numerusform>Would repair %n value in %1:</numerusform>
            <numerusform>Would repair %n values in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n value(s) in %1:</source>
        <translation>
            <numerusform>Repairing %n value in %1:</numerusform>
            <numerusform>Repairing %n values in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln value(s) in %1.</source>
        <translation>
            <numerusform>Repaired %Ln value in %1.</numerusform>
            <numerusform>Repaired %Ln values in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: %n page.</numerusform>
            <numerusform>Wrote %1: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%n task(s) read with the delimiter &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n task read with the delimiter &quot;%1&quot;.</numerusform>
            <numerusform>%n tasks read with the delimiter &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message numerus="yes">
        <source>Delete %Ln task(s)</source>
        <translation>
            <numerusform>Delete %Ln task</numerusform>
            <numerusform>Delete %Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyCommand</name>
    <message numerus="yes">
        <source>Add %n dependencies</source>
        <translation>
            <numerusform>Add %n dependency</numerusform>
            <numerusform>Add %n dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dependencies</source>
        <translation>
            <numerusform>Remove %n dependency</numerusform>
            <numerusform>Remove %n dependencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphNodeLook</name>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Waiting on %Ln unfinished task</numerusform>
            <numerusform>Waiting on %Ln unfinished tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownTrackerReader</name>
    <message numerus="yes">
        <source>%n duplicate item(s) merged</source>
        <translation>
            <numerusform>%n duplicate item merged</numerusform>
            <numerusform>%n duplicate items merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectGenerator</name>
    <message numerus="yes">
        <source>Generated project (%Ln task(s))</source>
        <translation>
            <numerusform>Generated project (%Ln task)</numerusform>
            <numerusform>Generated project (%Ln tasks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>… and %n more (all of them in the full report)</source>
        <translation>
            <numerusform>… and %n more (all of them in the full report)</numerusform>
            <numerusform>… and %n more (all of them in the full report)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified</source>
        <translation>
            <numerusform>%Ln task done, not verified</numerusform>
            <numerusform>%Ln tasks done, not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
        <translation>
            <numerusform>%n failed verification</numerusform>
            <numerusform>%n failed verifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stated above what their tasks claim</source>
        <translation>
            <numerusform>%n component stated above what their tasks claim</numerusform>
            <numerusform>%n components stated above what their tasks claim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open P0 task(s), those holding up the most other work first.</source>
        <translation>
            <numerusform>%n open P0 task.</numerusform>
            <numerusform>%n open P0 tasks, those holding up the most other work first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast: the day 80% of %n simulated run(s) finish by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</source>
        <translation>
            <numerusform>Forecast: the day %n simulated run finishes by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</numerusform>
            <numerusform>Forecast: the day 80% of %n simulated runs finish by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of unfinished work: %n task(s), finishing on %1 (%2 working days from %3) if every estimate holds.</source>
        <translation>
            <numerusform>The longest chain of unfinished work: %n task, finishing on %1 (%2 working days from %3) if every estimate holds.</numerusform>
            <numerusform>The longest chain of unfinished work: %n tasks, finishing on %1 (%2 working days from %3) if every estimate holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTaskSections</name>
    <message numerus="yes">
        <source>%Ln status change(s)</source>
        <translation>
            <numerusform>%Ln status change</numerusform>
            <numerusform>%Ln status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new task(s)</source>
        <translation>
            <numerusform>%Ln new task</numerusform>
            <numerusform>%Ln new tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verification change(s)</source>
        <translation>
            <numerusform>%Ln verification change</numerusform>
            <numerusform>%Ln verification changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified:</source>
        <translation>
            <numerusform>%Ln task done, not verified:</numerusform>
            <numerusform>%Ln tasks done, not verified:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) whose verification failed:</source>
        <translation>
            <numerusform>%Ln task whose verification failed:</numerusform>
            <numerusform>%Ln tasks whose verification failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln task(s))</source>
        <translation>
            <numerusform>%1 (%Ln task)</numerusform>
            <numerusform>%1 (%Ln tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… and %n more item</numerusform>
            <numerusform>… and %n more items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetTaskFieldCommand</name>
    <message numerus="yes">
        <source>Change %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Change %1 of %Ln task</numerusform>
            <numerusform>Change %1 of %Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskwarriorReader</name>
    <message numerus="yes">
        <source>%n task(s) without candor_key got a key from their UUID (TW-…).</source>
        <translation>
            <numerusform>%n task without candor_key got a key from its UUID (TW-…).</numerusform>
            <numerusform>%n tasks without candor_key got a key from their UUID (TW-…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message numerus="yes">
        <source>Unreadable bytes were also replaced on %n more line(s).</source>
        <translation>
            <numerusform>Unreadable bytes were also replaced on %n more line.</numerusform>
            <numerusform>Unreadable bytes were also replaced on %n more lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters damaged by a wrong code page were repaired on %n line(s).</source>
        <translation>
            <numerusform>Characters damaged by a wrong code page were repaired on %n line.</numerusform>
            <numerusform>Characters damaged by a wrong code page were repaired on %n lines.</numerusform>
        </translation>
    </message>
</context>
</TS>
