<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMilestoneCommand</name>
    <message>
        <source>Add milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTasksCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardChrome</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::AddTaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Candor::BackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Taken before a restore (restore it to undo that restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken before a file format upgrade</source>
        <translation>Vor einer Formataktualisierung erstellt</translation>
    </message>
    <message>
        <source>Manual backup</source>
        <translation>Manuelle Sicherung</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor keeps a copy of the project once a day and before every upgrade or restore (the last 7). Restoring replaces the project with the chosen copy; a copy of the current state is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Candor::BoardModel</name>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished">Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be done before what it depends on is done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardPage</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished">Komponente</translation>
    </message>
    <message>
        <source>Group the cards in lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swimlanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the lanes&apos; headers; drop cards on a header to move them into that lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving into Done while dependencies are unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag cards, or Ctrl+arrows; 0–3 set priority; Enter opens the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 still depends on unfinished tasks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark it done anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Done policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::BoardView</name>
    <message>
        <source>Set WIP Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove WIP limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cards in “%1” (0 for no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>WIP limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to set a WIP limit; click ▸ to collapse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::CardDelegate</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished">%1 T</translation>
    </message>
    <message>
        <source>☑ %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a box to check it; double-click or press F2 to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 erledigt</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDialog</name>
    <message>
        <source>Add Component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component Colour</source>
        <translation>Komponentenfarbe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>Schlüssel&amp;präfix:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a component called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::ComponentModel</name>
    <message>
        <source>Key prefix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::DaysDelegate</name>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Candor::DependencyEditor</name>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Entfernen</translation>
    </message>
    <message>
        <source>Depends on key, e.g. OPS-002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends &amp;on:</source>
        <translation>Hängt &amp;ab von:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Gebraucht von:</translation>
    </message>
    <message numerus="yes">
        <source>Blocked by %n unfinished task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No task has the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Eine Aufgabe kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>This task already depends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this would close a cycle: %1</source>
        <translation>Abgelehnt: das würde einen Zyklus schließen: %1</translation>
    </message>
</context>
<context>
    <name>Candor::DetailsSection</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>e.g. Hardening</source>
        <translation>z. B. Härtung</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Meilensteine:</translation>
    </message>
    <message>
        <source>What is to be done, and how we know it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished">Ziel: %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Erstellt %1 · geändert %2</translation>
    </message>
</context>
<context>
    <name>Candor::EstimateSection</name>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimistisch</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pessimistisch</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Spanne:</translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the work is done, as claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Fortschritt:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Candor::FilterBar</name>
    <message>
        <source>Filter by key, title or description (Ctrl+F)</source>
        <translation>Nach Schlüssel, Titel oder Beschreibung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>(No component)</source>
        <translation>(Keine Komponente)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
</context>
<context>
    <name>Candor::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Into %1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished">Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished">Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Todo</source>
        <translation type="unfinished">Offen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the project, not in the file: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Geändert</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new component, keys %1-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::InspectorPanel</name>
    <message>
        <source>No task selected</source>
        <translation>Keine Aufgabe ausgewählt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Candor::MainWindow</name>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Candor-Projekte (*.candor)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No project is open&lt;/h3&gt;&lt;p&gt;Create one with File ▸ New, open one with File ▸ Open, or drop a .candor file here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>Aufgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Component…</source>
        <translation>&amp;Komponente hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation>Aufgaben &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Table of all tasks (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>&amp;Priorität setzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>Über &amp;Candor</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;A tracker for a project&apos;s road to production: what is claimed done, and what is verified.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>%1 — %2 [read-only] — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%L1 tasks · %L2 done · %L3 blocked · claimed %4% vs verified %5%</source>
        <translation>%L1 Aufgaben · %L2 erledigt · %L3 blockiert · behauptet %4 % gegenüber verifiziert %5 %</translation>
    </message>
    <message>
        <source>showing %L1 of %2</source>
        <translation>%L1 angezeigt von %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with File ▸ Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Restored the backup. To undo, restore the copy marked “before a restore”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt ab von %2</translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>Aufgaben löschen</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n other task(s) depend on what you delete; those dependencies will be removed too. Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Not Fully Read</source>
        <translation>Projekt nicht vollständig gelesen</translation>
    </message>
    <message>
        <source>Loading tasks… %L1 of %L2</source>
        <translation>Lade Aufgaben… %L1 von %L2</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a .candor project to open it, or Markdown, CSV or Taskwarrior files to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Trackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trackers (*.md *.markdown *.txt *.csv *.json);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project you can write to before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanban board: drag cards to triage (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneModel</name>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Kein Zieldatum</translation>
    </message>
</context>
<context>
    <name>Candor::ProgressDelegate</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::Project</name>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the components of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the milestones of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dependencies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a key, such as SEC-001.</source>
        <translation>Eine Aufgabe braucht einen Schlüssel, etwa SEC-001.</translation>
    </message>
    <message>
        <source>A key has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key holds letters, digits, “-”, “_” and “.”, and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is already used by “%2”.</source>
        <translation>Der Schlüssel %1 gehört schon zu „%2“.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unbekannter Status.</translation>
    </message>
    <message>
        <source>Priority is one of P0, P1, P2 and P3.</source>
        <translation>Priorität ist P0, P1, P2 oder P3.</translation>
    </message>
    <message>
        <source>Unknown verification state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Unbekannte Komponente.</translation>
    </message>
    <message>
        <source>An estimate is a number of days from 0 to %1.</source>
        <translation>Eine Schätzung ist eine Zahl von Tagen von 0 bis %1.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>Fortschritt ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Unbekannter Meilenstein.</translation>
    </message>
    <message>
        <source>Invalid rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Ungültiges Datum.</translation>
    </message>
    <message>
        <source>The update time is set by Candor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot change the %1 of a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Die Aufgabe kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The key %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would close a dependency cycle: %1.</source>
        <translation>Das würde einen Abhängigkeitszyklus schließen: %1.</translation>
    </message>
    <message>
        <source>Cannot read the checklist of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>Die Aufgabe kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Eine Aufgabe kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a component %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component is still used by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dependencies would close a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stated completion is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the stated completion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::ProjectSettings</name>
    <message>
        <source>Cannot read the project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished">Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot change the project settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::TaskLoader</name>
    <message>
        <source>Cannot read the tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::TaskModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Candor::TaskSection</name>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candor::VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Verifiziert am:</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed done, but not verified.</source>
        <translation>Als erledigt gemeldet, aber nicht verifiziert.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Verifikation gescheitert.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>What shows it, e.g. “95/99 tests pass”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>Add checklist item</source>
        <translation>Checklisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Checklisteneintrag entfernen</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Eintrag abhaken</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Haken entfernen</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Checklisteneintrag bearbeiten</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>Checklisteneintrag verschieben</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a synthetic but realistic project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tasks needs a whole number from 0 to 2000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.candor is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 tasks in %2 (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports a project (see docs/export-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project FILE.candor is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see candor --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one project file (see candor --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a command; see candor --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders the main window on a view into a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project FILE.candor and -o OUT.png are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size is too small for this view; it needs at least %1x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports Markdown trackers, CSV and Taskwarrior JSON into a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file (created if absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the files to import and --project FILE.candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Candor imports .md, .csv and .json (Taskwarrior) files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  updated:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept:      %1 (in the project, not in the files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warnings:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: candor [FILE.candor]
       candor generate --tasks N [--seed S] -o FILE.candor
       candor import FILE... --project P.candor [--dry-run]
       candor export --format json|csv|taskwarrior|markdown --project FILE.candor [-o OUT]
       candor screenshot --project FILE.candor [--view table|board] -o OUT.png [--size 1400x900] [--theme light|dark] [--swimlanes none|priority|component]
       candor --version | --help

Without FILE, Candor opens the default project (created with demo content on first run).
Exit codes: 0 success, 1 usage error, 2 input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, csv, taskwarrior or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to show: table or board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board lanes: none, priority or component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view “%1” (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown swimlanes “%1” (known: none, priority, component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme “%1” (known: light, dark)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has an unterminated quote; the line was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &quot;title&quot; column; expected columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quote; the line was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields but the header names %2; the extra fields were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected P0 to P3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verification &quot;%1&quot;; expected unverified, verified or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate &quot;%1&quot; is not a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress &quot;%1&quot; is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress %1 was limited to 0..100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no title; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read with the delimiter &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Demo: Road to production</source>
        <translation>Demo: Weg in die Produktion</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistenz</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Feature-complete build for pilot customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsaudit</translation>
    </message>
    <message>
        <source>External audit of authentication and storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Produktionsstart</translation>
    </message>
    <message>
        <source>General availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt every file the service writes. The tracker has said &quot;almost done&quot; for three weeks; the key store is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cipher and key size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store with rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the checkpoint files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration for existing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed fixed, but 4 of 99 tests still fail in CI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependencyCommand</name>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt ab von %2</translation>
    </message>
    <message>
        <source>%1 no longer depends on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n dependencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dependencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import %1 (%2 new, %3 updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not saved; the project is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 kept (not in the file), %5 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task without a title was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable key; a new one was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once; the first one was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the file nor in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 would close a dependency cycle; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated completion of %1: %2% (was %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated completion of %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>%1 is not a kind of file Candor imports (Markdown, CSV or Taskwarrior JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished">Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished">Gescheitert</translation>
    </message>
    <message>
        <source>Claimed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished">Priorität</translation>
    </message>
    <message>
        <source>Est. Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished">Verifikation</translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished">Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownTrackerReader</name>
    <message numerus="yes">
        <source>%n duplicate item(s) merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicting status for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task table, checklist or status marker found: list items read as tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to version %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message>
        <source>Cannot move the cards: the change could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>the project file is busy in another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name, or create a new project with File ▸ New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Candor project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .candor file, or create a new project with File ▸ New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Candor project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring in a Markdown, CSV or Taskwarrior file, use File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Candor (process %2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to that window, or close it and open the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Candor project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring in tasks from another tool, use File ▸ Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer Candor (file format %2; this Candor reads up to format %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Candor to open this project. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to file format %2, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space, then open the project again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it was. Report this with the file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the project to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectGenerator</name>
    <message>
        <source>The number of tasks cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generated project (%n task(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Synthetic project made by candor generate, seed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Produktionsstart</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate %1 of the road to production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a milestone gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the generated project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetStatedCompletionCommand</name>
    <message>
        <source>Set the stated completion of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetTaskFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskEnums</name>
    <message>
        <source>Todo</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
</context>
<context>
    <name>TaskwarriorFormat</name>
    <message>
        <source>Not a task object; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a task object (%1); skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Taskwarrior JSON: %1 (expected the output of &quot;task export&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is used twice; this task gets a key from its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task has no description; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown candor_status &quot;%1&quot;; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Taskwarrior status &quot;%1&quot;; kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected H, M or L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on the deleted task %1; that dependency was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on %1, which is not in this file; that dependency was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candor_estimate &quot;%1&quot; is not a number of days; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candor_progress &quot;%1&quot; is not a percentage; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown candor_verification &quot;%1&quot;; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: pending, waiting and recurring are todo (in progress when started), completed is done; priority: H, M, L are P1, P2, P3, none is P2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deleted task(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without candor_key got a key from their UUID (TW-…).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message>
        <source>Unreadable bytes (not valid UTF-8) were replaced by U+FFFD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unreadable bytes were also replaced on %n more line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters damaged by a wrong code page were repaired on %n line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
