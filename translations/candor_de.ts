<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>Komponente %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddMilestoneCommand</name>
    <message>
        <source>Add milestone %1</source>
        <translation>Meilenstein %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddTasksCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe hinzufügen</numerusform>
            <numerusform>%Ln Aufgaben hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BoardChrome</name>
    <message>
        <source>WIP limit: %1</source>
        <translation>WIP-Limit: %1</translation>
    </message>
    <message>
        <source>Right-click to set a WIP limit; click ▸ to collapse.</source>
        <translation>Rechtsklick legt ein WIP-Limit fest; Klick auf ▸ klappt ein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source> · %1 d</source>
        <translation> · %1 T</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s)</source>
        <translation>
            <numerusform>%1: %Ln Karte</numerusform>
            <numerusform>%1: %Ln Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln Karte</numerusform>
            <numerusform>%Ln Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardHeaderMenus</name>
    <message>
        <source>Set WIP Limit…</source>
        <translation>WIP-Limit festlegen…</translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation>WIP-Limit entfernen</translation>
    </message>
    <message>
        <source>Remove WIP limit of %1</source>
        <translation>WIP-Limit von %1 entfernen</translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation>Spalte ausklappen</translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation>Spalte einklappen</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>Most cards in “%1” (0 for no limit):</source>
        <translation>Höchstzahl an Karten in „%1“ (0 für kein Limit):</translation>
    </message>
    <message>
        <source>Set WIP limit of %1</source>
        <translation>WIP-Limit von %1 festlegen</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Swimlane ausklappen</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Swimlane einklappen</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Alle Swimlanes einklappen</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Alle Swimlanes ausklappen</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>Spalte ausblenden</translation>
    </message>
</context>
<context>
    <name>BoardLanes</name>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Keine Komponente</translation>
    </message>
</context>
<context>
    <name>Candor::AboutDialog</name>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;A tracker for a project&apos;s road to production: what is claimed done, and what is verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor is free software under the MIT licence. It uses the Qt toolkit under the GNU Lesser General Public License version 3, and SQLite, which is in the public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Ein Tracker für den Weg eines Projekts in die Produktion: was als erledigt gemeldet ist und was verifiziert ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor ist freie Software unter der MIT-Lizenz. Es verwendet das Qt-Toolkit unter der GNU Lesser General Public License Version 3 und SQLite, das gemeinfrei ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
        <translation>Vor einer Wiederherstellung erstellt (wiederherstellen, um sie rückgängig zu machen)</translation>
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
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Candor keeps a copy of the project once a day and before every upgrade or restore (the last 7). Restoring replaces the project with the chosen copy; a copy of the current state is kept first.</source>
        <translation>Candor legt einmal täglich sowie vor jeder Aktualisierung oder Wiederherstellung eine Kopie des Projekts an (die letzten 7 bleiben erhalten). Beim Wiederherstellen wird das Projekt durch die gewählte Kopie ersetzt; vorher wird eine Kopie des aktuellen Stands angelegt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Candor::BoardEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be done while it waits on %2.</source>
        <translation>
            <numerusform>%1 kann nicht erledigt werden, solange es auf %2 wartet.</numerusform>
            <numerusform>%1 können nicht erledigt werden, solange sie auf %2 warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 within %2</source>
        <translation>%1 innerhalb von %2 umsortieren</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %Ln task(s) within %1</source>
        <translation>
            <numerusform>%Ln Aufgabe innerhalb von %1 umsortieren</numerusform>
            <numerusform>%Ln Aufgaben innerhalb von %1 umsortieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln task(s) to %1</source>
        <translation>
            <numerusform>%Ln Aufgabe nach %1 verschieben</numerusform>
            <numerusform>%Ln Aufgaben nach %1 verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardPage</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <source>Group the cards in lanes</source>
        <translation>Karten in Swimlanes gruppieren</translation>
    </message>
    <message>
        <source>&amp;Swimlanes:</source>
        <translation>&amp;Swimlanes:</translation>
    </message>
    <message>
        <source>Collapse Lanes</source>
        <translation>Swimlanes einklappen</translation>
    </message>
    <message>
        <source>Show only the lanes&apos; headers; drop cards on a header to move them into that lane</source>
        <translation>Nur die Kopfzeilen der Swimlanes zeigen; Karten auf eine Kopfzeile ziehen, um sie in diese Swimlane zu verschieben</translation>
    </message>
    <message>
        <source>Expand Lanes</source>
        <translation>Swimlanes ausklappen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Set WIP Limits…</source>
        <translation>WIP-Limits festlegen…</translation>
    </message>
    <message>
        <source>Drag cards, or Ctrl+arrows; 0–3 set priority; Enter opens the inspector</source>
        <translation>Karten ziehen oder Strg+Pfeiltasten; 0–3 setzt die Priorität; Eingabetaste öffnet den Inspektor</translation>
    </message>
    <message>
        <source>Move to Done</source>
        <translation>Nach „Erledigt“ verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Mark it done anyway?</source>
        <translation>
            <numerusform>Trotzdem als erledigt markieren?</numerusform>
            <numerusform>Trotzdem als erledigt markieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Done policy</source>
        <translation>Regel für „Erledigt“ ändern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Done with open dependencies</source>
        <translation>Erledigt trotz offener Abhängigkeiten</translation>
    </message>
    <message>
        <source>Ask before moving into Done</source>
        <translation>Vor dem Verschieben nach „Erledigt“ fragen</translation>
    </message>
    <message>
        <source>Refuse to move into Done</source>
        <translation>Verschieben nach „Erledigt“ ablehnen</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <source>Collapse Empty Lanes</source>
        <translation>Leere Swimlanes einklappen</translation>
    </message>
    <message>
        <source>Lanes without cards show only their header; drop cards on it to move them into the lane</source>
        <translation>Swimlanes ohne Karten zeigen nur ihre Kopfzeile; Karten darauf ziehen, um sie in die Swimlane zu verschieben</translation>
    </message>
    <message numerus="yes">
        <source>%1 still depends on unfinished work: %2.</source>
        <translation>
            <numerusform>%1 hängt noch von unerledigter Arbeit ab: %2.</numerusform>
            <numerusform>%1 hängen noch von unerledigter Arbeit ab: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::CardDelegate</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>☑ %1/%2</source>
        <translation>☑ %1/%2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>wartet auf %1</translation>
    </message>
</context>
<context>
    <name>Candor::CatalogEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
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
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Ausgewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Ausgewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Click a box to check it; double-click or press F2 to rename</source>
        <translation>Kästchen anklicken zum Abhaken; Doppelklick oder F2 zum Umbenennen</translation>
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
    <name>Candor::CompletionChart</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Gemeldet, nicht verifiziert</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(keine Komponente)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no tasks</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: keine Aufgaben</translation>
    </message>
    <message>
        <source>Stated %1</source>
        <translation>Angegeben: %1</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2</source>
        <translation>Gemeldet %1, verifiziert %2</translation>
    </message>
    <message>
        <source>Verified %1 · claimed, not verified %2 · remaining %3</source>
        <translation>Verifiziert %1 · gemeldet, nicht verifiziert %2 · verbleibend %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln task(s), %2 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Aufgabe, %2 geschätzte Tage</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Aufgaben, %2 geschätzte Tage</numerusform>
        </translation>
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
        <translation>z. B. SEC</translation>
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
        <translation>Eine Komponente braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a component called %1.</source>
        <translation>Es gibt bereits eine Komponente namens %1.</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentEditor</name>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation>z. B. SEC</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The completion a tracker or a person stated for this component, shown beside what its tasks add up to</source>
        <translation>Der Fortschritt, den ein Tracker oder eine Person für diese Komponente angegeben hat, neben dem, was ihre Aufgaben ergeben</translation>
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
        <source>&amp;Stated completion:</source>
        <translation>&amp;Angegebener Fortschritt:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename component %1 to %2</source>
        <translation>Komponente %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the key prefix of %1 to %2</source>
        <translation>Schlüsselpräfix von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set the stated completion of %1 to %2 %</source>
        <translation>Angegebenen Fortschritt von %1 auf %2 % setzen</translation>
    </message>
    <message>
        <source>Clear the stated completion of %1</source>
        <translation>Angegebenen Fortschritt von %1 entfernen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>Komponente %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Component</source>
        <translation>Komponente löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s). Delete it and leave them without a component?</source>
        <translation>
            <numerusform>%1 enthält %n Aufgabe. Löschen und die Aufgabe ohne Komponente lassen?</numerusform>
            <numerusform>%1 enthält %n Aufgaben. Löschen und die Aufgaben ohne Komponente lassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete component %1</source>
        <translation>Komponente %1 löschen</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentModel</name>
    <message>
        <source>Key prefix: %1</source>
        <translation>Schlüsselpräfix: %1</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardChartView</name>
    <message>
        <source>Copy Chart as Image</source>
        <translation>Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Drawn by Candor</source>
        <translation>Gezeichnet von Candor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardPage</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>Record today&apos;s completion in the history now</source>
        <translation>Den heutigen Fertigstellungsgrad jetzt im Verlauf festhalten</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>Keine offene P0-Aufgabe.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Estimate (days)</source>
        <translation>Schätzung (Tage)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Fertigstellung nach Komponente</translation>
    </message>
    <message>
        <source>Honesty gap</source>
        <translation>Ehrlichkeitslücke</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Offene P0-Aufgaben</translation>
    </message>
    <message>
        <source>Status × priority</source>
        <translation>Status × Priorität</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>tasks in that segment</source>
        <translation>Aufgaben in diesem Segment</translation>
    </message>
    <message>
        <source>%1 %2 tasks</source>
        <translation>%1-Aufgaben mit Status „%2“</translation>
    </message>
    <message>
        <source>tasks gating the milestone</source>
        <translation>Aufgaben, die den Meilenstein bedingen</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>tasks of the component</source>
        <translation>Aufgaben der Komponente</translation>
    </message>
    <message>
        <source>open P0 tasks</source>
        <translation>offene P0-Aufgaben</translation>
    </message>
    <message>
        <source>Snapshot of today&apos;s completion taken.</source>
        <translation>Momentaufnahme des heutigen Fertigstellungsgrads erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n %1</source>
        <translation>
            <numerusform>Ausgewählt: %n %1</numerusform>
            <numerusform>Ausgewählt: %n %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Selection in Table</source>
        <translation>Auswahl in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Filter the table to the tasks selected here (click a bar, a cell or a milestone)</source>
        <translation>Die Tabelle auf die hier ausgewählten Aufgaben filtern (Balken, Zelle oder Meilenstein anklicken)</translation>
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
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Depends on key, e.g. OPS-002</source>
        <translation>Schlüssel der Abhängigkeit, z. B. OPS-002</translation>
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation>Ausgewählte Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Depends &amp;on:</source>
        <translation>Hängt &amp;ab von:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>&amp;Gebraucht von:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No task has the key %1.</source>
        <translation>Keine Aufgabe hat den Schlüssel %1.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Eine Aufgabe kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>This task already depends on %1.</source>
        <translation>Diese Aufgabe hängt bereits von %1 ab.</translation>
    </message>
    <message>
        <source>Refused: this would close a cycle: %1</source>
        <translation>Abgelehnt: das würde einen Zyklus schließen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Wartet auf %Ln unerledigte Aufgabe</numerusform>
            <numerusform>Wartet auf %Ln unerledigte Aufgaben</numerusform>
        </translation>
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
        <translation>&amp;Zuständig:</translation>
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
        <translation>Was zu tun ist und woran man erkennt, dass es erledigt ist</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation>Wird gespeichert, wenn Sie das Feld verlassen oder Strg+Eingabe drücken</translation>
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
        <translation>Ziel: %1</translation>
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
        <translation>&amp;Schätzung:</translation>
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
        <translation> %</translation>
    </message>
    <message>
        <source>How much of the work is done, as claimed</source>
        <translation>Wie viel der Arbeit laut Angabe erledigt ist</translation>
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
    <name>Candor::ExportActions</name>
    <message>
        <source>E&amp;xport Project</source>
        <translation>Projekt e&amp;xportieren</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Export Project</source>
        <translation>Projekt exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Project Not Exported</source>
        <translation>Projekt nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 exportiert</numerusform>
            <numerusform>%n Aufgaben nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::FilterBar</name>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show every task again (keeps the other filters)</source>
        <translation>Wieder alle Aufgaben zeigen (die übrigen Filter bleiben)</translation>
    </message>
    <message>
        <source>Search all fields, checklists and evidence (Ctrl+F)</source>
        <translation>Alle Felder, Checklisten und Nachweise durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the tasks whose key, title, description, assignee, phase, component, milestones, verification evidence or checklist items contain the text, ignoring case. Matches are highlighted.</source>
        <translation>Zeigt die Aufgaben, deren Schlüssel, Titel, Beschreibung, Zuständige, Phase, Komponente, Meilensteine, Prüfnachweis oder Checklisteneinträge den Text enthalten, ohne Beachtung der Groß-/Kleinschreibung. Treffer werden hervorgehoben.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln chosen task(s) ✕</source>
        <translation>
            <numerusform>Nur %Ln gewählte Aufgabe ✕</numerusform>
            <numerusform>Nur %Ln gewählte Aufgaben ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::GettingStarted</name>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Import a Tracker…</source>
        <translation>Tracker &amp;importieren…</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with Candor&lt;/h3&gt;&lt;p&gt;A project is one file. Its tasks show as a &lt;b&gt;table&lt;/b&gt; (sort, filter, edit in place), a &lt;b&gt;board&lt;/b&gt; (drag cards between statuses), a dependency &lt;b&gt;graph&lt;/b&gt; with the critical path, and a &lt;b&gt;dashboard&lt;/b&gt; of completion by component and milestones.&lt;/p&gt;&lt;p&gt;Candor keeps what is &lt;i&gt;claimed&lt;/i&gt; done apart from what is &lt;i&gt;verified&lt;/i&gt;: a task marked done without evidence counts as claimed, not verified, everywhere.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (%1). File ▸ Print Report makes the status report; File ▸ Export Project writes JSON, CSV, Taskwarrior or Markdown.&lt;/p&gt;&lt;p&gt;Start with the demo project, or import the TASKS.md, STATUS.md, CSV or Taskwarrior export your team already keeps (or drop the file on the window).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Erste Schritte mit Candor&lt;/h3&gt;&lt;p&gt;Ein Projekt ist eine Datei. Seine Aufgaben erscheinen als &lt;b&gt;Tabelle&lt;/b&gt; (sortieren, filtern, direkt bearbeiten), als &lt;b&gt;Board&lt;/b&gt; (Karten zwischen Status ziehen), als Abhängigkeits&lt;b&gt;graph&lt;/b&gt; mit dem kritischen Pfad und als &lt;b&gt;Dashboard&lt;/b&gt; mit dem Fortschritt nach Komponente und den Meilensteinen.&lt;/p&gt;&lt;p&gt;Candor hält auseinander, was als erledigt &lt;i&gt;gemeldet&lt;/i&gt; und was &lt;i&gt;verifiziert&lt;/i&gt; ist: Eine Aufgabe, die ohne Nachweis als erledigt markiert ist, zählt überall als gemeldet, nicht als verifiziert.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort gespeichert und kann rückgängig gemacht werden (%1). Datei ▸ Bericht drucken erstellt den Statusbericht; Datei ▸ Projekt exportieren schreibt JSON, CSV, Taskwarrior oder Markdown.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit dem Demoprojekt oder importieren Sie die TASKS.md, STATUS.md, CSV- oder Taskwarrior-Datei, die Ihr Team schon führt (oder ziehen Sie die Datei auf das Fenster).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Candor::GraphMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPage</name>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Export Graph as &amp;SVG…</source>
        <translation>Graph als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Graph as &amp;PNG…</source>
        <translation>Graph als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>Vorgänger der Auswahl</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>Nachfolger der Auswahl</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Nur kritischer Pfad</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Nur Unerledigte</translation>
    </message>
    <message>
        <source>%1 tasks are in this view: too many to draw legibly (the graph draws up to %2). Choose a focus, or narrow the filter, e.g. to one component.</source>
        <translation>%1 Aufgaben sind in dieser Ansicht: zu viele, um sie lesbar zu zeichnen (der Graph zeichnet bis zu %2). Wählen Sie einen Fokus oder engen Sie den Filter ein, z. B. auf eine Komponente.</translation>
    </message>
    <message>
        <source>Select a task to see what it waits for, or what waits for it.</source>
        <translation>Wählen Sie eine Aufgabe, um zu sehen, worauf sie wartet oder was auf sie wartet.</translation>
    </message>
    <message>
        <source>Nothing is on the critical path: it is not computed yet, or no work is left.</source>
        <translation>Nichts liegt auf dem kritischen Pfad: Er ist noch nicht berechnet, oder es bleibt keine Arbeit.</translation>
    </message>
    <message>
        <source>Every task in this view is done.</source>
        <translation>Jede Aufgabe in dieser Ansicht ist erledigt.</translation>
    </message>
    <message>
        <source>This project has no tasks yet.</source>
        <translation>Dieses Projekt hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Keine Aufgabe passt zum Filter.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 hängt bereits von %2 ab.</translation>
    </message>
    <message>
        <source>Refused: %1 cannot depend on %2, that would close a cycle: %3</source>
        <translation>Abgelehnt: %1 kann nicht von %2 abhängen, das würde einen Zyklus schließen: %3</translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation>%1 hängt jetzt von %2 ab.</translation>
    </message>
    <message>
        <source>A dashed arrow shows a task gating a milestone; change that in the inspector.</source>
        <translation>Ein gestrichelter Pfeil zeigt eine Aufgabe, die einen Meilenstein bedingt; ändern Sie das im Inspektor.</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Graph als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation>Graph als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPageBar</name>
    <message>
        <source>All Tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>Vorgänger der Auswahl</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>Nachfolger der Auswahl</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Nur kritischer Pfad</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Nur Unerledigte</translation>
    </message>
    <message>
        <source>Which tasks the graph shows (the filter bar applies too)</source>
        <translation>Welche Aufgaben der Graph zeigt (die Filterleiste gilt ebenfalls)</translation>
    </message>
    <message>
        <source>F&amp;ocus:</source>
        <translation>F&amp;okus:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Drag from a task onto another: the second then depends on the first. Select an arrow and press Delete to remove it.</source>
        <translation>Ziehen Sie von einer Aufgabe auf eine andere: Die zweite hängt dann von der ersten ab. Wählen Sie einen Pfeil und drücken Sie Entf, um ihn zu entfernen.</translation>
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
    <message>
        <source>moved within %1</source>
        <translation>innerhalb von %1 verschoben</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>Candor::HonestyPanel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>None: every done task is verified.</source>
        <translation>Keine: Jede erledigte Aufgabe ist verifiziert.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>None stated above their tasks.</source>
        <translation>Keine Komponente ist höher angegeben als ihre Aufgaben.</translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation>Erledigt, nicht verifiziert</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verifikation gescheitert</translation>
    </message>
    <message>
        <source>Stated above their tasks</source>
        <translation>Höher angegeben als ihre Aufgaben</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2, stated %3.</source>
        <translation>Gemeldet %1, verifiziert %2, angegeben %3.</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2.</source>
        <translation>Gemeldet %1, verifiziert %2.</translation>
    </message>
    <message>
        <source>How far the claimed completion runs ahead of the verified one.</source>
        <translation>Wie weit der gemeldete Fertigstellungsgrad dem verifizierten vorauseilt.</translation>
    </message>
    <message>
        <source>Done, not verified (%1)</source>
        <translation>Erledigt, nicht verifiziert (%1)</translation>
    </message>
    <message>
        <source>Verification failed (%1)</source>
        <translation>Verifikation gescheitert (%1)</translation>
    </message>
    <message>
        <source>Stated above their tasks (%1)</source>
        <translation>Höher angegeben als ihre Aufgaben (%1)</translation>
    </message>
    <message>
        <source>+%1  %2</source>
        <translation>+%1  %2</translation>
    </message>
    <message>
        <source>%1: stated %2, claimed %3, verified %4 (%5 points over)</source>
        <translation>%1: angegeben %2, gemeldet %3, verifiziert %4 (%5 Punkte darüber)</translation>
    </message>
</context>
<context>
    <name>Candor::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;In %1:&lt;/b&gt; %2</translation>
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
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Aktualisiert (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>in the project, not in the file: kept</source>
        <translation>im Projekt, nicht in der Datei: beibehalten</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Beibehalten (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(keine Komponente)</translation>
    </message>
    <message>
        <source>new component, keys %1-…</source>
        <translation>neue Komponente, Schlüssel %1-…</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Komponenten (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warnings and notes (%1)</source>
        <translation>Warnungen und Hinweise (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Skipped as prose (%1)</source>
        <translation>Als Fließtext übersprungen (%1)</translation>
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
        <translation>&lt;h3&gt;Kein Projekt geöffnet&lt;/h3&gt;&lt;p&gt;Legen Sie mit Datei ▸ Neues Projekt eines an, öffnen Sie eines mit Datei ▸ Öffnen oder ziehen Sie eine .candor-Datei hierher.&lt;/p&gt;</translation>
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
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
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
        <translation>%1 — %2 [schreibgeschützt] — Candor</translation>
    </message>
    <message>
        <source>%1 — %2 — Candor</source>
        <translation>%1 — %2 — Candor</translation>
    </message>
    <message>
        <source>showing %L1 of %2</source>
        <translation>%L1 angezeigt von %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Open it with File ▸ Open, or choose another name.</source>
        <translation>Öffnen Sie die Datei mit Datei ▸ Öffnen oder wählen Sie einen anderen Namen.</translation>
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
        <translation>Die Sicherung wurde wiederhergestellt. Zum Rückgängigmachen stellen Sie die Kopie „Vor einer Wiederherstellung erstellt“ wieder her.</translation>
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
        <translation>%1 „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>„Rückgängig“ stellt sie wieder her.</translation>
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
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Drop a .candor project to open it, or Markdown, CSV or Taskwarrior files to import them.</source>
        <translation>Ziehen Sie ein .candor-Projekt hierher, um es zu öffnen, oder Markdown-, CSV- bzw. Taskwarrior-Dateien, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Import Trackers</source>
        <translation>Tracker importieren</translation>
    </message>
    <message>
        <source>Open a project you can write to before importing.</source>
        <translation>Öffnen Sie vor dem Import ein beschreibbares Projekt.</translation>
    </message>
    <message>
        <source>Trackers (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior JSON (*.json);;Dependency graphs (*.dot *.gv *.mmd)</source>
        <translation>Tracker (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior-JSON (*.json);;Abhängigkeitsgraphen (*.dot *.gv *.mmd)</translation>
    </message>
    <message>
        <source>Read-only (%1): changes cannot be saved</source>
        <translation>Schreibgeschützt (%1): Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Changes cannot be saved.</source>
        <translation>%1 ist schreibgeschützt geöffnet: %2. Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of this project are outside its rules (written by another tool, or damaged). Candor shows each as it is read.</source>
        <translation>
            <numerusform>%n Wert dieses Projekts liegt außerhalb seiner Regeln (von einem anderen Werkzeug geschrieben oder beschädigt). Candor zeigt jeden so, wie er gelesen wird.</numerusform>
            <numerusform>%n Werte dieses Projekts liegen außerhalb seiner Regeln (von einem anderen Werkzeug geschrieben oder beschädigt). Candor zeigt jeden so, wie er gelesen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values Outside the Rules</source>
        <translation>Werte außerhalb der Regeln</translation>
    </message>
    <message>
        <source>The project is read-only, so they cannot be repaired here. Copy it to a folder you can write to, and open the copy.</source>
        <translation>Das Projekt ist schreibgeschützt, daher können sie hier nicht repariert werden. Kopieren Sie es in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Repair stores each value as it is shown (see Show Details), in one step that Edit ▸ Undo takes back.</source>
        <translation>„Reparieren“ speichert jeden Wert so, wie er angezeigt wird (siehe Details), in einem Schritt, den Bearbeiten ▸ Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation>So belassen</translation>
    </message>
    <message>
        <source>Repair Values Outside the Rules</source>
        <translation>Werte außerhalb der Regeln reparieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</source>
        <translation>
            <numerusform>%Ln Aufgabe · %L1 erledigt · %L2 Blockiert · %L3 warten auf Abhängigkeiten · behauptet %4 % gegenüber verifiziert %5 %</numerusform>
            <numerusform>%Ln Aufgaben · %L1 erledigt · %L2 Blockiert · %L3 warten auf Abhängigkeiten · behauptet %4 % gegenüber verifiziert %5 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln unfinished task(s) with the status Blocked, set by someone (the board&apos;s Blocked column).</source>
        <translation>
            <numerusform>Blockiert: %Ln unerledigte Aufgabe mit dem Status Blockiert, von jemandem gesetzt (die Spalte Blockiert des Boards).</numerusform>
            <numerusform>Blockiert: %Ln unerledigte Aufgaben mit dem Status Blockiert, von jemandem gesetzt (die Spalte Blockiert des Boards).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on dependencies: %Ln unfinished task(s) that depend on a task not done yet, whatever their status.</source>
        <translation>
            <numerusform>Warten auf Abhängigkeiten: %Ln unerledigte Aufgabe, die von einer noch nicht erledigten Aufgabe abhängt, gleich welcher Status.</numerusform>
            <numerusform>Warten auf Abhängigkeiten: %Ln unerledigte Aufgaben, die von einer noch nicht erledigten Aufgabe abhängen, gleich welcher Status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)?</source>
        <translation>
            <numerusform>%Ln Aufgabe löschen?</numerusform>
            <numerusform>%Ln Aufgaben löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other task(s) depend on what you delete; those dependencies will be removed too. Undo brings them back.</source>
        <translation>
            <numerusform>%Ln andere Aufgabe hängt von dem Gelöschten ab; diese Abhängigkeiten werden ebenfalls entfernt. „Rückgängig“ stellt sie wieder her.</numerusform>
            <numerusform>%Ln andere Aufgaben hängen von dem Gelöschten ab; diese Abhängigkeiten werden ebenfalls entfernt. „Rückgängig“ stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened; the default project is open instead.</source>
        <translation>%1 konnte nicht geöffnet werden; stattdessen ist das Standardprojekt geöffnet.</translation>
    </message>
    <message>
        <source>%1 no longer exists; the default project is open instead.</source>
        <translation>%1 existiert nicht mehr; stattdessen ist das Standardprojekt geöffnet.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jekt</translation>
    </message>
    <message>
        <source>&amp;Components…</source>
        <translation>&amp;Komponenten…</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Meilensteine…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneEditor</name>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Erreicht am:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>Wartet auf:</translation>
    </message>
    <message>
        <source>%1 (reached %2)</source>
        <translation>%1 (erreicht %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tasks yet: choose it in a task&apos;s inspector.</source>
        <translation>Noch keine Aufgaben: im Inspektor einer Aufgabe auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 open</source>
        <translation>
            <numerusform>%n Aufgabe, %1 offen</numerusform>
            <numerusform>%n Aufgaben, %1 offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename milestone %1 to %2</source>
        <translation>Meilenstein %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the target of %1 to %2</source>
        <translation>Ziel von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Clear the target of %1</source>
        <translation>Ziel von %1 entfernen</translation>
    </message>
    <message>
        <source>Mark %1 reached on %2</source>
        <translation>%1 als am %2 erreicht markieren</translation>
    </message>
    <message>
        <source>Mark %1 not reached</source>
        <translation>%1 als nicht erreicht markieren</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Beschreibung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Meilenstein %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Meilenstein löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 gates %n task(s). Delete it? The tasks stay.</source>
        <translation>
            <numerusform>%1 hängt von %n Aufgabe ab. Löschen? Die Aufgabe bleibt.</numerusform>
            <numerusform>%1 hängt von %n Aufgaben ab. Löschen? Die Aufgaben bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Meilenstein %1 löschen</translation>
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
    <name>Candor::PageRegistry</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>Candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>The language changes when Candor starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Candor.</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Die Farben des Systems</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>%1 (ISO 8601)</source>
        <translation>%1 (ISO 8601)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>&amp;Projektordner:</translation>
    </message>
    <message>
        <source>Projects Folder</source>
        <translation>Projektordner</translation>
    </message>
</context>
<context>
    <name>Candor::ProgressDelegate</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>Candor::Project</name>
    <message>
        <source>Unknown component.</source>
        <translation>Unbekannte Komponente.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot start a change</source>
        <translation>Die Änderung kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The dependencies of this project could not be read; reopen it to change it.</source>
        <translation>Die Abhängigkeiten dieses Projekts konnten nicht gelesen werden; öffnen Sie es erneut, um es zu ändern.</translation>
    </message>
    <message>
        <source>The history could not be saved</source>
        <translation>Der Verlauf konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Candor::ProjectSettings</name>
    <message>
        <source>Cannot read the project settings</source>
        <translation>Die Projekteinstellungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Candor::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Report &amp;Options…</source>
        <translation>Bericht&amp;optionen…</translation>
    </message>
    <message>
        <source>The project is still loading: report when every task is in.</source>
        <translation>Das Projekt wird noch geladen: Erstellen Sie den Bericht, sobald alle Aufgaben geladen sind.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>Bericht nach %1 exportiert (%n Seite)</numerusform>
            <numerusform>Bericht nach %1 exportiert (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 Statusbericht %2.pdf</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Change Report Options</source>
        <translation>Berichtsoptionen ändern</translation>
    </message>
</context>
<context>
    <name>Candor::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>Berichtsoptionen</translation>
    </message>
    <message>
        <source>Summary (two pages)</source>
        <translation>Zusammenfassung (zwei Seiten)</translation>
    </message>
    <message>
        <source>Full (every task, with checklists)</source>
        <translation>Vollständig (jede Aufgabe, mit Checklisten)</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Sections a report leaves out are greyed. The choice is kept in the project.</source>
        <translation>Abschnitte, die ein Bericht auslässt, sind ausgegraut. Die Auswahl wird im Projekt gespeichert.</translation>
    </message>
</context>
<context>
    <name>Candor::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the project&apos;s end</source>
        <translation>Arbeitstage, um die sich diese Aufgabe verzögern kann, ohne das Projektende zu verschieben</translation>
    </message>
    <message>
        <source>Earliest start:</source>
        <translation>Frühester Beginn:</translation>
    </message>
    <message>
        <source>Earliest finish:</source>
        <translation>Frühestes Ende:</translation>
    </message>
    <message>
        <source>Slack:</source>
        <translation>Puffer:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not computed: the dependencies have a cycle.</source>
        <translation>Nicht berechnet: Die Abhängigkeiten enthalten einen Zyklus.</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Finished: nothing left to schedule.</source>
        <translation>Abgeschlossen: Nichts mehr einzuplanen.</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end.</source>
        <translation>Auf dem kritischen Pfad: Jede Verzögerung verschiebt das Ende.</translation>
    </message>
    <message>
        <source>%1: forecast being computed…</source>
        <translation>%1: Prognose wird berechnet…</translation>
    </message>
    <message>
        <source>%1: reached.</source>
        <translation>%1: erreicht.</translation>
    </message>
    <message>
        <source>%1: no open work left.</source>
        <translation>%1: keine offene Arbeit mehr.</translation>
    </message>
    <message>
        <source>%1 forecast: 50% by %2, 80% by %3, 95% by %4.</source>
        <translation>Prognose für %1: 50 % bis %2, 80 % bis %3, 95 % bis %4.</translation>
    </message>
    <message>
        <source>Target %1: %2% likely on time.</source>
        <translation>Ziel %1: mit %2 % Wahrscheinlichkeit pünktlich.</translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation>Kein Zieldatum.</translation>
    </message>
    <message numerus="yes">
        <source>Slip (at 80%): %n working day(s) late.</source>
        <translation>
            <numerusform>Verzug (bei 80 %): %n Arbeitstag zu spät.</numerusform>
            <numerusform>Verzug (bei 80 %): %n Arbeitstage zu spät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) to spare (at 80%).</source>
        <translation>
            <numerusform>%n Arbeitstag Reserve (bei 80 %).</numerusform>
            <numerusform>%n Arbeitstage Reserve (bei 80 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>On the target day (at 80%).</source>
        <translation>Genau am Zieltag (bei 80 %).</translation>
    </message>
</context>
<context>
    <name>Candor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2 oder einfach lostippen</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Die aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Die Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Klick auf einen Spaltenkopf</translation>
    </message>
    <message>
        <source>Sort by it; again to reverse</source>
        <translation>Danach sortieren; erneut zum Umkehren</translation>
    </message>
    <message>
        <source>Esc in the filter box</source>
        <translation>Esc im Filterfeld</translation>
    </message>
    <message>
        <source>Clear the filter text</source>
        <translation>Den Filtertext leeren</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Zwischen Karten wechseln</translation>
    </message>
    <message>
        <source>%1Arrow keys</source>
        <translation>%1Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the chosen cards</source>
        <translation>Die gewählten Karten verschieben</translation>
    </message>
    <message>
        <source>0, 1, 2, 3</source>
        <translation>0, 1, 2, 3</translation>
    </message>
    <message>
        <source>Set the priority (P0–P3)</source>
        <translation>Die Priorität setzen (P0–P3)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Show the card in the inspector</source>
        <translation>Die Karte im Inspektor zeigen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Drag a task onto another</source>
        <translation>Eine Aufgabe auf eine andere ziehen</translation>
    </message>
    <message>
        <source>The second then depends on the first</source>
        <translation>Die zweite hängt dann von der ersten ab</translation>
    </message>
</context>
<context>
    <name>Candor::StatusPriorityChart</name>
    <message>
        <source>days of estimate</source>
        <translation>geschätzte Tage</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln task(s), %3 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln Aufgabe, %3 geschätzte Tage</numerusform>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln Aufgaben, %3 geschätzte Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TaskListPanel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (select all)</source>
        <translation>
            <numerusform>… und %n weitere (alle auswählen)</numerusform>
            <numerusform>… und %n weitere (alle auswählen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TaskLoader</name>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Die Aufgaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the dependencies</source>
        <translation>Die Abhängigkeiten können nicht gelesen werden</translation>
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
        <translation>%1 verifizieren</translation>
    </message>
</context>
<context>
    <name>Candor::TaskTableView</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>Candor::TimelineChart</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation>Keine Meilensteine.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n Meilenstein ohne Datum wird nicht angezeigt.</numerusform>
            <numerusform>%n Meilensteine ohne Datum werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Forecast %1 (50%), %2 (80%), %3 (95%)</source>
        <translation>Prognose %1 (50 %), %2 (80 %), %3 (95 %)</translation>
    </message>
    <message>
        <source>On time in %1% of runs</source>
        <translation>Pünktlich in %1 % der Durchläufe</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message numerus="yes">
        <source>Slipped by %n day(s)</source>
        <translation>
            <numerusform>Um %n Tag verspätet</numerusform>
            <numerusform>Um %n Tage verspätet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TrendChart</name>
    <message>
        <source>Claimed %</source>
        <translation>Gemeldet %</translation>
    </message>
    <message>
        <source>Verified %</source>
        <translation>Verifiziert %</translation>
    </message>
    <message>
        <source>Estimate left (days)</source>
        <translation>Verbleibende Schätzung (Tage)</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken on the first change of each day, or with Take Snapshot.</source>
        <translation>Noch keine Momentaufnahmen: Eine wird bei der ersten Änderung jedes Tages erstellt oder mit „Momentaufnahme erstellen“.</translation>
    </message>
    <message>
        <source>Claimed %1%, verified %2%</source>
        <translation>Gemeldet %1 %, verifiziert %2 %</translation>
    </message>
    <message>
        <source>%1 days of estimate left</source>
        <translation>noch %1 geschätzte Tage</translation>
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
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Verifiziert am:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
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
        <translation>Was es belegt, z. B. „95/99 Tests bestanden“</translation>
    </message>
    <message>
        <source>Done, but not verified.</source>
        <translation>Erledigt, aber nicht verifiziert.</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>A component needs a name.</source>
        <translation>Eine Komponente braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a component %1.</source>
        <translation>Es gibt bereits eine Komponente %1.</translation>
    </message>
    <message>
        <source>A stated completion is a percentage from 0 to 100.</source>
        <translation>Ein angegebener Fertigstellungsgrad ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Cannot add the component</source>
        <translation>Die Komponente kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Unbekannte Komponente.</translation>
    </message>
    <message>
        <source>Cannot change the component</source>
        <translation>Die Komponente kann nicht geändert werden</translation>
    </message>
    <message>
        <source>The component is still used by %1.</source>
        <translation>Die Komponente wird noch von %1 verwendet.</translation>
    </message>
    <message>
        <source>Cannot remove the component</source>
        <translation>Die Komponente kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Ein Meilenstein braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot add the milestone</source>
        <translation>Der Meilenstein kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Unbekannter Meilenstein.</translation>
    </message>
    <message>
        <source>Cannot change the milestone</source>
        <translation>Der Meilenstein kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot remove the milestone</source>
        <translation>Der Meilenstein kann nicht entfernt werden</translation>
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
    <name>ChecklistWriter</name>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Ein Checklisteneintrag braucht einen Text.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot add the checklist item</source>
        <translation>Der Checklisteneintrag kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation>Den Checklisteneintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot remove the checklist item</source>
        <translation>Der Checklisteneintrag kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot change the checklist item</source>
        <translation>Der Checklisteneintrag kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot move the checklist item</source>
        <translation>Der Checklisteneintrag kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Writes a synthetic but realistic project.</source>
        <translation>Schreibt ein synthetisches, aber realistisches Projekt.</translation>
    </message>
    <message>
        <source>Number of tasks.</source>
        <translation>Anzahl der Aufgaben.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <source>Project file to create.</source>
        <translation>Zu erstellende Projektdatei.</translation>
    </message>
    <message>
        <source>--tasks needs a whole number from 0 to 2000000</source>
        <translation>--tasks braucht eine ganze Zahl von 0 bis 2000000</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>-o FILE.candor is required</source>
        <translation>-o FILE.candor ist erforderlich</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Generated %1 tasks in %2 (%3 ms).</source>
        <translation>%1 Aufgaben in %2 erzeugt (%3 ms).</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projektdatei.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>--project FILE.candor is required</source>
        <translation>--project FILE.candor ist erforderlich</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation>Zu öffnendes Projekt.</translation>
    </message>
    <message>
        <source> (see candor --help)</source>
        <translation> (siehe candor --help)</translation>
    </message>
    <message>
        <source>give at most one project file (see candor --help)</source>
        <translation>höchstens eine Projektdatei angeben (siehe candor --help)</translation>
    </message>
    <message>
        <source>“%1” is a command; see candor --help</source>
        <translation>„%1“ ist ein Befehl; siehe candor --help</translation>
    </message>
    <message>
        <source>Renders the main window on a view into a PNG.</source>
        <translation>Rendert das Hauptfenster mit einer Ansicht als PNG.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Zu schreibende PNG-Datei.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Fenstergröße.</translation>
    </message>
    <message>
        <source>--project FILE.candor and -o OUT.png are required</source>
        <translation>--project FILE.candor und -o OUT.png sind erforderlich</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size braucht BREITExHÖHE, z. B. 1400x900</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--size is too small for this view; it needs at least %1x%2</source>
        <translation>--size ist für diese Ansicht zu klein; sie braucht mindestens %1x%2</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Project file (created if absent).</source>
        <translation>Projektdatei (wird angelegt, falls sie fehlt).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>give the files to import and --project FILE.candor</source>
        <translation>die zu importierenden Dateien und --project FILE.candor angeben</translation>
    </message>
    <message>
        <source>%1 %2 into %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Würde importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation>  angelegt:     %1</translation>
    </message>
    <message>
        <source>  updated:   %1</source>
        <translation>  aktualisiert: %1</translation>
    </message>
    <message>
        <source>  unchanged: %1</source>
        <translation>  unverändert:  %1</translation>
    </message>
    <message>
        <source>  kept:      %1 (in the project, not in the files)</source>
        <translation>  beibehalten:  %1 (im Projekt, nicht in den Dateien)</translation>
    </message>
    <message>
        <source>  warnings:  %1</source>
        <translation>  Warnungen:    %1</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated</source>
        <translation>  %1: %2 neu, %3 aktualisiert</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(keine Komponente)</translation>
    </message>
    <message>
        <source>Imported in %1 ms.</source>
        <translation>In %1 ms importiert.</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>unbekanntes Format „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>Palette: light or dark.</source>
        <translation>Farbschema: light oder dark.</translation>
    </message>
    <message>
        <source>Board lanes: none, priority or component.</source>
        <translation>Swimlanes des Boards: none, priority oder component.</translation>
    </message>
    <message>
        <source>unknown view “%1” (known: %2)</source>
        <translation>unbekannte Ansicht „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown swimlanes “%1” (known: none, priority, component)</source>
        <translation>unbekannte Swimlanes „%1“ (bekannt: none, priority, component)</translation>
    </message>
    <message>
        <source>unknown theme “%1” (known: light, dark)</source>
        <translation>unbekanntes Farbschema „%1“ (bekannt: light, dark)</translation>
    </message>
    <message>
        <source>Render the import preview of FILE instead of a view.</source>
        <translation>Statt einer Ansicht die Importvorschau von FILE darstellen.</translation>
    </message>
    <message>
        <source>Usage: candor [FILE.candor]</source>
        <translation>Aufruf: candor [DATEI.candor]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Imports Markdown trackers, CSV, Taskwarrior JSON and dependency graphs (DOT, mermaid) into a project.</source>
        <translation>Importiert Markdown-Tracker, CSV, Taskwarrior-JSON und Abhängigkeitsgraphen (DOT, mermaid) in ein Projekt.</translation>
    </message>
    <message>
        <source>Exports a project, or its dependency graph (see docs/export-json.md).</source>
        <translation>Exportiert ein Projekt oder seinen Abhängigkeitsgraphen (siehe docs/export-json.md).</translation>
    </message>
    <message>
        <source>Prints each milestone&apos;s Monte Carlo forecast (p50, p80, p95, on time).</source>
        <translation>Gibt die Monte-Carlo-Prognose jedes Meilensteins aus (p50, p80, p95, pünktlich).</translation>
    </message>
    <message>
        <source>Records today&apos;s completion in the project&apos;s history (trends).</source>
        <translation>Hält den heutigen Fertigstellungsgrad im Verlauf des Projekts fest (Trends).</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-06-02, not “%2”</source>
        <translation>--%1 braucht ein Datum wie 2025-06-02, nicht „%2“</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>Output format: json, csv, taskwarrior, markdown; or the dependency graph as dot (Graphviz), mermaid (a flowchart) or layout (the graph page&apos;s drawing as JSON).</source>
        <translation>Ausgabeformat: json, csv, taskwarrior, markdown; oder der Abhängigkeitsgraph als dot (Graphviz), mermaid (ein Flussdiagramm) oder layout (die Zeichnung der Graph-Seite als JSON).</translation>
    </message>
    <message>
        <source>json: the day the schedule and the forecast start from (default: today).</source>
        <translation>json: der Tag, ab dem Zeitplan und Prognose rechnen (Standard: heute).</translation>
    </message>
    <message>
        <source>json: Monte Carlo runs of the milestones&apos; forecasts (default: %1, fewer for more than %2 open tasks, at least %3).</source>
        <translation>json: Monte-Carlo-Durchläufe für die Prognosen der Meilensteine (Standard: %1, weniger bei mehr als %2 offenen Aufgaben, mindestens %3).</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>keine offene Arbeit</translation>
    </message>
    <message>
        <source>Simulated runs (default: 10000).</source>
        <translation>Simulierte Durchläufe (Standard: 10000).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same figures.</source>
        <translation>Startwert für den Zufallsgenerator: Derselbe Startwert ergibt dieselben Zahlen.</translation>
    </message>
    <message>
        <source>The day work starts from (default: today).</source>
        <translation>Der Tag, ab dem gearbeitet wird (Standard: heute).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: table, json)</source>
        <translation>unbekanntes Format „%1“ (bekannt: table, json)</translation>
    </message>
    <message>
        <source>the dependencies have a cycle: %1</source>
        <translation>die Abhängigkeiten enthalten einen Zyklus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from %1: %n runs, seed %2.</source>
        <translation>
            <numerusform>Prognose ab %1: %n Durchlauf, Startwert %2.</numerusform>
            <numerusform>Prognose ab %1: %n Durchläufe, Startwert %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>Das Projekt hat keine Meilensteine.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P80</source>
        <translation>P80</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>P50, P80, P95: the days half, 80% and 95% of the runs finish by. Slip: P80 − target in working days.</source>
        <translation>P50, P80, P95: die Tage, bis zu denen die Hälfte, 80 % bzw. 95 % der Durchläufe fertig sind. Verzug: P80 − Ziel in Arbeitstagen.</translation>
    </message>
    <message>
        <source>%1: Candor imports .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) and .mmd (mermaid) files</source>
        <translation>%1: Candor importiert Dateien vom Typ .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) und .mmd (mermaid)</translation>
    </message>
    <message>
        <source>View to show: %1.</source>
        <translation>Anzuzeigende Ansicht: %1.</translation>
    </message>
    <message>
        <source>Snapshot of %1 on %2: claimed %3%, verified %4% (%5 snapshots).</source>
        <translation>Momentaufnahme von %1 am %2: gemeldet %3 %, verifiziert %4 % (%5 Momentaufnahmen).</translation>
    </message>
    <message>
        <source>Writes a status report (PDF, HTML or Markdown); needs no display.</source>
        <translation>Schreibt einen Statusbericht (PDF, HTML oder Markdown); benötigt keinen Bildschirm.</translation>
    </message>
    <message>
        <source>Output file (HTML and Markdown: standard output when not given).</source>
        <translation>Ausgabedatei (HTML und Markdown: Standardausgabe, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>pdf, html or markdown (default: from the output file&apos;s name, else pdf).</source>
        <translation>pdf, html oder markdown (Standard: aus dem Namen der Ausgabedatei, sonst pdf).</translation>
    </message>
    <message>
        <source>summary (two pages), full (every task, with checklists) or blockers (default: the project&apos;s choice, else summary).</source>
        <translation>summary (zwei Seiten), full (jede Aufgabe, mit Checklisten) oder blockers (Standard: die Auswahl des Projekts, sonst summary).</translation>
    </message>
    <message>
        <source>List the changes from this day on (default: the last report exported from the app, else the last 7 days).</source>
        <translation>Die Änderungen ab diesem Tag auflisten (Standard: seit dem letzten aus der App exportierten Bericht, sonst die letzten 7 Tage).</translation>
    </message>
    <message>
        <source>The report&apos;s day; the forecast starts from it (default: today).</source>
        <translation>Der Stichtag des Berichts; die Prognose rechnet ab diesem Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>A4 or Letter (default: the locale&apos;s paper).</source>
        <translation>A4 oder Letter (Standard: das Papierformat des Gebietsschemas).</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: pdf, html, markdown)</source>
        <translation>unbekanntes Format „%1“ (bekannt: pdf, html, markdown)</translation>
    </message>
    <message>
        <source>a PDF report needs -o OUT.pdf</source>
        <translation>ein PDF-Bericht braucht -o OUT.pdf</translation>
    </message>
    <message>
        <source>unknown template “%1” (known: summary, full, blockers)</source>
        <translation>unbekannte Vorlage „%1“ (bekannt: summary, full, blockers)</translation>
    </message>
    <message>
        <source>unknown page size “%1” (known: A4, Letter)</source>
        <translation>unbekanntes Papierformat „%1“ (bekannt: A4, Letter)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite.</numerusform>
            <numerusform>%1 geschrieben: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists task values outside the project&apos;s rules and stores each as it is read (one transaction).</source>
        <translation>Listet Aufgabenwerte außerhalb der Regeln des Projekts auf und speichert jeden so, wie er gelesen wird (eine Transaktion).</translation>
    </message>
    <message>
        <source>cannot check the values stored in %1</source>
        <translation>die in %1 gespeicherten Werte können nicht geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n value(s) outside its rules (written by another tool, or damaged):</source>
        <translation>
            <numerusform>%1 enthält %n Wert außerhalb seiner Regeln (von einem anderen Werkzeug geschrieben oder beschädigt):</numerusform>
            <numerusform>%1 enthält %n Werte außerhalb seiner Regeln (von einem anderen Werkzeug geschrieben oder beschädigt):</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped; `candor repair --project %1` stores each value as it is read above (or restore a backup)</source>
        <translation>abgebrochen; `candor repair --project %1` speichert jeden Wert so, wie er oben gelesen wird (oder stellen Sie eine Sicherung wieder her)</translation>
    </message>
    <message>
        <source>List the damaged values; write nothing.</source>
        <translation>Die beschädigten Werte auflisten; nichts schreiben.</translation>
    </message>
    <message>
        <source>%1 holds no damaged values.</source>
        <translation>%1 enthält keine beschädigten Werte.</translation>
    </message>
    <message numerus="yes">
        <source>Would repair %n value(s) in %1:</source>
        <translation>
            <numerusform>Würde %n Wert in %1 reparieren:</numerusform>
            <numerusform>Würde %n Werte in %1 reparieren:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n value(s) in %1:</source>
        <translation>
            <numerusform>Repariere %n Wert in %1:</numerusform>
            <numerusform>Repariere %n Werte in %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be repaired: %2; nothing was changed</source>
        <translation>%1 kann nicht repariert werden: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>es ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Each command explains its options: candor COMMAND --help.
Without FILE, Candor opens the project open last, or the default project (created with demo content on first run).
Exit codes: 0 success, 1 usage error, 2 input error.</source>
        <translation>Jeder Befehl erklärt seine Optionen: candor BEFEHL --help.
Ohne DATEI öffnet Candor das zuletzt geöffnete Projekt oder das Standardprojekt (beim ersten Start mit Demo-Inhalt angelegt).
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Eingabefehler.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln value(s) in %1.</source>
        <translation>
            <numerusform>%Ln Wert in %1 repariert.</numerusform>
            <numerusform>%Ln Werte in %1 repariert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>portrait or landscape (default: portrait).</source>
        <translation>portrait oder landscape (Hochformat oder Querformat; Vorgabe: portrait).</translation>
    </message>
    <message>
        <source>unknown orientation “%1” (known: portrait, landscape)</source>
        <translation>unbekannte Ausrichtung „%1“ (bekannt: portrait, landscape)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Latin-1 gelesen.</translation>
    </message>
    <message>
        <source>The header has an unterminated quote; the line was skipped.</source>
        <translation>Die Kopfzeile enthält ein nicht geschlossenes Anführungszeichen; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>No &quot;title&quot; column; expected columns: %1.</source>
        <translation>Keine Spalte &quot;title&quot;; erwartete Spalten: %1.</translation>
    </message>
    <message>
        <source>Unterminated quote; the line was skipped.</source>
        <translation>Nicht geschlossenes Anführungszeichen; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 fields but the header names %2; the extra fields were ignored.</source>
        <translation>%1 Felder, aber die Kopfzeile nennt %2; die überzähligen Felder wurden ignoriert.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; kept as text.</source>
        <translation>Unbekannter Status &quot;%1&quot;; als Text übernommen.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected P0 to P3.</source>
        <translation>Unbekannte Priorität &quot;%1&quot;; erwartet P0 bis P3.</translation>
    </message>
    <message>
        <source>Unknown verification &quot;%1&quot;; expected unverified, verified or failed.</source>
        <translation>Unbekannte Verifikation &quot;%1&quot;; erwartet unverified, verified oder failed.</translation>
    </message>
    <message>
        <source>The estimate &quot;%1&quot; is not a number of days.</source>
        <translation>Die Schätzung &quot;%1&quot; ist keine Anzahl von Tagen.</translation>
    </message>
    <message>
        <source>The progress &quot;%1&quot; is not a percentage.</source>
        <translation>Der Fortschritt &quot;%1&quot; ist kein Prozentwert.</translation>
    </message>
    <message>
        <source>The progress %1 was limited to 0..100.</source>
        <translation>Der Fortschritt %1 wurde auf 0..100 begrenzt.</translation>
    </message>
    <message>
        <source>The row has no title; it was skipped.</source>
        <translation>Die Zeile hat keinen Titel; sie wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read with the delimiter &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Aufgabe mit dem Trennzeichen &quot;%1&quot; gelesen.</numerusform>
            <numerusform>%n Aufgaben mit dem Trennzeichen &quot;%1&quot; gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The title holds only NUL characters; the row was skipped.</source>
        <translation>Der Titel besteht nur aus NUL-Zeichen; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>The row holds NUL characters; they were removed.</source>
        <translation>Die Zeile enthält NUL-Zeichen; sie wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe löschen</numerusform>
            <numerusform>%Ln Aufgaben löschen</numerusform>
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
        <translation>API</translation>
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
        <translation>Funktionsvollständiger Build für Pilotkunden.</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsaudit</translation>
    </message>
    <message>
        <source>External audit of authentication and storage.</source>
        <translation>Externes Audit von Authentifizierung und Speicherung.</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Produktionsstart</translation>
    </message>
    <message>
        <source>General availability.</source>
        <translation>Allgemeine Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Encrypt every file the service writes. The tracker has said &quot;almost done&quot; for three weeks; the key store is still missing.</source>
        <translation>Jede Datei verschlüsseln, die der Dienst schreibt. Der Tracker meldet seit drei Wochen „fast fertig“; der Schlüsselspeicher fehlt noch immer.</translation>
    </message>
    <message>
        <source>Choose the cipher and key size</source>
        <translation>Verschlüsselungsverfahren und Schlüssellänge wählen</translation>
    </message>
    <message>
        <source>Key store with rotation</source>
        <translation>Schlüsselspeicher mit Rotation</translation>
    </message>
    <message>
        <source>Encrypt the checkpoint files</source>
        <translation>Checkpoint-Dateien verschlüsseln</translation>
    </message>
    <message>
        <source>Migration for existing data</source>
        <translation>Migration für vorhandene Daten</translation>
    </message>
    <message>
        <source>Claimed fixed, but 4 of 99 tests still fail in CI.</source>
        <translation>Als behoben gemeldet, aber 4 von 99 Tests schlagen in der CI noch fehl.</translation>
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
        <translation>%1 hängt nicht mehr von %2 ab</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dependencies</source>
        <translation>
            <numerusform>%n Abhängigkeit hinzufügen</numerusform>
            <numerusform>%n Abhängigkeiten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dependencies</source>
        <translation>
            <numerusform>%n Abhängigkeit entfernen</numerusform>
            <numerusform>%n Abhängigkeiten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyWriter</name>
    <message>
        <source>Cannot add the dependency</source>
        <translation>Die Abhängigkeit kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot remove the dependency</source>
        <translation>Die Abhängigkeit kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Eine Aufgabe kann nicht von sich selbst abhängen.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 hängt bereits von %2 ab.</translation>
    </message>
    <message>
        <source>These dependencies would close a cycle.</source>
        <translation>Diese Abhängigkeiten würden einen Zyklus schließen.</translation>
    </message>
    <message>
        <source>This would close a dependency cycle: %1.</source>
        <translation>Das würde einen Abhängigkeitszyklus schließen: %1.</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Diese Abhängigkeit gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>DotFormat</name>
    <message>
        <source>Unexpected character &apos;%1&apos;</source>
        <translation>Unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>A quoted string is not closed</source>
        <translation>Eine Zeichenkette in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>An &lt;html&gt; string is not closed</source>
        <translation>Eine &lt;html&gt;-Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>Expected &apos;digraph&apos; or &apos;graph&apos;</source>
        <translation>„digraph“ oder „graph“ erwartet</translation>
    </message>
    <message>
        <source>Unexpected text after the graph</source>
        <translation>Unerwarteter Text nach dem Graphen</translation>
    </message>
    <message>
        <source>Expected &apos;{&apos;</source>
        <translation>„{“ erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;}&apos;</source>
        <translation>„}“ erwartet</translation>
    </message>
    <message>
        <source>Expected an attribute name</source>
        <translation>Attributname erwartet</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after %1</source>
        <translation>„=“ nach %1 erwartet</translation>
    </message>
    <message>
        <source>Expected a value for %1</source>
        <translation>Wert für %1 erwartet</translation>
    </message>
    <message>
        <source>Expected a node</source>
        <translation>Knoten erwartet</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder cannot be written to (read-only media or permissions)</source>
        <translation>ihr Ordner ist nicht beschreibbar (schreibgeschütztes Medium oder fehlende Rechte)</translation>
    </message>
    <message>
        <source>the file %1 beside it is read-only</source>
        <translation>die Datei %1 daneben ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>GraphFileReader</name>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz-DOT</translation>
    </message>
    <message>
        <source>mermaid flowchart</source>
        <translation>mermaid-Flussdiagramm</translation>
    </message>
    <message>
        <source>Not a dependency graph (DOT or mermaid).</source>
        <translation>Kein Abhängigkeitsgraph (DOT oder mermaid).</translation>
    </message>
    <message>
        <source>Not a readable %1 graph: %2; nothing was imported from it.</source>
        <translation>Kein lesbarer Graph (%1): %2; daraus wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Read as a %1: %2 tasks, %3 dependencies.</source>
        <translation>Gelesen als %1: %2 Aufgaben, %3 Abhängigkeiten.</translation>
    </message>
</context>
<context>
    <name>GraphNodeLook</name>
    <message>
        <source>Milestone %1, target %2</source>
        <translation>Meilenstein %1, Ziel %2</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Meilenstein %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3, %4</source>
        <translation>%1 — %2
%3, %4</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Pfad</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Wartet auf %Ln unerledigte Aufgabe</numerusform>
            <numerusform>Wartet auf %Ln unerledigte Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import %1 (%2 new, %3 updated)</source>
        <translation>%1 importieren (%2 neu, %3 aktualisiert)</translation>
    </message>
    <message>
        <source>The import was not saved; the project is as it was before. %1</source>
        <translation>Der Import wurde nicht gespeichert; das Projekt ist wie zuvor. %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>%1 is open read-only; open a project you can write to before importing.</source>
        <translation>%1 ist schreibgeschützt geöffnet; öffnen Sie vor dem Import ein Projekt, in das Sie schreiben können.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Nichts zu importieren: %1</translation>
    </message>
    <message>
        <source>The import of %1 was not saved.</source>
        <translation>Der Import von %1 wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importiert: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written to: %2. Nothing was imported.</source>
        <translation>%1 ist nicht beschreibbar: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 kept (not in the file), %5 warnings</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 unverändert, %4 beibehalten (nicht in der Datei), %5 Warnungen</translation>
    </message>
    <message>
        <source>A task without a title was skipped.</source>
        <translation>Eine Aufgabe ohne Titel wurde übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is not a usable key; a new one was given.</source>
        <translation>„%1“ ist kein verwendbarer Schlüssel; ein neuer wurde vergeben.</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first one was used.</source>
        <translation>%1 kommt mehrfach vor; das erste Vorkommen wurde verwendet.</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the file nor in the project.</source>
        <translation>%1 hängt von %2 ab, das weder in der Datei noch im Projekt vorkommt.</translation>
    </message>
    <message>
        <source>%1 → %2 would close a dependency cycle; left out.</source>
        <translation>%1 → %2 würde einen Abhängigkeitszyklus schließen; ausgelassen.</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2% (was %3%)</source>
        <translation>Angegebener Fertigstellungsgrad von %1: %2 % (vorher %3 %)</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2%</source>
        <translation>Angegebener Fertigstellungsgrad von %1: %2 %</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>Tabellenzeile</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>status marker</source>
        <translation>Statusmarkierung</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>Listeneintrag</translation>
    </message>
    <message>
        <source>key-value block</source>
        <translation>Schlüssel-Wert-Block</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>mermaid gantt</source>
        <translation>mermaid-Gantt</translation>
    </message>
    <message>
        <source>graph node</source>
        <translation>Graphknoten</translation>
    </message>
    <message>
        <source>Stated completion of the project: %1%</source>
        <translation>Angegebener Fertigstellungsgrad des Projekts: %1 %</translation>
    </message>
    <message>
        <source>%1 depends on itself; that dependency was left out.</source>
        <translation>%1 hängt von sich selbst ab; diese Abhängigkeit wurde ausgelassen.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a kind of file Candor imports (Markdown, CSV, Taskwarrior JSON, or a DOT or mermaid graph).</source>
        <translation>%1 ist kein Dateityp, den Candor importiert (Markdown, CSV, Taskwarrior-JSON oder ein DOT- bzw. mermaid-Graph).</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>The title has %1 characters, more than the %2 a title may have; it was cut, and the whole title begins the description.</source>
        <translation>Der Titel hat %1 Zeichen, mehr als die %2, die ein Titel haben darf; er wurde gekürzt, und der ganze Titel steht am Anfang der Beschreibung.</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation>Kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>Expected an object with nodes and edges</source>
        <translation>Objekt mit Knoten und Kanten erwartet</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Claimed only</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>behauptet %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verifiziert %1</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Verifizierung: %1</translation>
    </message>
    <message>
        <source>verified with evidence</source>
        <translation>mit Nachweis verifiziert</translation>
    </message>
    <message>
        <source>claimed only</source>
        <translation>nur behauptet, nicht verifiziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
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
        <source>Est. Days</source>
        <translation>Aufwand (Tage)</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation>%1 behauptet</translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation>%1 verifiziert</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Checkliste %1</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Keine Komponente</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Target Date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
</context>
<context>
    <name>MarkdownTrackerReader</name>
    <message numerus="yes">
        <source>%n duplicate item(s) merged</source>
        <translation>
            <numerusform>%n doppelter Eintrag zusammengeführt</numerusform>
            <numerusform>%n doppelte Einträge zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicting status for %1</source>
        <translation>Widersprüchlicher Status für %1</translation>
    </message>
    <message>
        <source>No task table, checklist or status marker found: list items read as tasks</source>
        <translation>Keine Aufgabentabelle, Checkliste oder Statusmarkierung gefunden: Listeneinträge als Aufgaben gelesen</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; kept as text</source>
        <translation>Unbekannter Status &quot;%1&quot; als Text übernommen</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;</source>
        <translation>Unbekannte Priorität &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown checkbox marker [%1] kept as text</source>
        <translation>Unbekannte Kästchenmarkierung [%1] als Text übernommen</translation>
    </message>
    <message>
        <source>Line of %1 characters read only in part</source>
        <translation>Zeile mit %1 Zeichen nur teilweise gelesen</translation>
    </message>
    <message>
        <source>Task without a title skipped</source>
        <translation>Aufgabe ohne Titel übersprungen</translation>
    </message>
    <message>
        <source>Table row without a task name skipped</source>
        <translation>Tabellenzeile ohne Aufgabennamen übersprungen</translation>
    </message>
</context>
<context>
    <name>MermaidFormat</name>
    <message>
        <source>Expected &apos;flowchart&apos; or &apos;graph&apos;</source>
        <translation>„flowchart“ oder „graph“ erwartet</translation>
    </message>
    <message>
        <source>Expected a node id</source>
        <translation>Knoten-ID erwartet</translation>
    </message>
    <message>
        <source>Expected a link such as --&gt;</source>
        <translation>Verbindung wie --&gt; erwartet</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: a row refers to one that is missing.</source>
        <translation>Migration auf Version %1 fehlgeschlagen: Eine Zeile verweist auf eine fehlende Zeile.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>Migration auf Version %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Migration to version %1 could not be saved</source>
        <translation>Migration auf Version %1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message>
        <source>Cannot move the cards: %1</source>
        <translation>Die Karten können nicht verschoben werden: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>the project file is busy in another program</source>
        <translation>die Projektdatei wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>die Projektdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>die Projektdatei ist beschädigt</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the name, or create a new project with File ▸ New.</source>
        <translation>Prüfen Sie den Namen oder legen Sie mit Datei ▸ Neues Projekt ein neues Projekt an.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Candor project.</source>
        <translation>Die Datei %1 ist leer und daher kein Candor-Projekt.</translation>
    </message>
    <message>
        <source>Open a .candor file, or create a new project with File ▸ New.</source>
        <translation>Öffnen Sie eine .candor-Datei oder legen Sie mit Datei ▸ Neues Projekt ein neues Projekt an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The file %1 is not a Candor project (it is not an SQLite database).</source>
        <translation>Die Datei %1 ist kein Candor-Projekt (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>To bring in a Markdown, CSV or Taskwarrior file, use File ▸ Import.</source>
        <translation>Um eine Markdown-, CSV- oder Taskwarrior-Datei zu übernehmen, verwenden Sie Datei ▸ Importieren.</translation>
    </message>
    <message>
        <source>%1 is already open in another Candor (process %2 on %3).</source>
        <translation>%1 ist bereits in einer anderen Candor-Instanz geöffnet (Prozess %2 auf %3).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and open the project again.</source>
        <translation>Wechseln Sie zu diesem Fenster oder schließen Sie es und öffnen Sie das Projekt erneut.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read.</source>
        <translation>Prüfen Sie, ob die Datei und ihr Ordner lesbar sind.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Stellen Sie die Datei über Datei ▸ Aus Sicherung wiederherstellen wieder her.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Candor project.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Candor-Projekt.</translation>
    </message>
    <message>
        <source>To bring in tasks from another tool, use File ▸ Import.</source>
        <translation>Um Aufgaben aus einem anderen Werkzeug zu übernehmen, verwenden Sie Datei ▸ Importieren.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Candor (file format %2; this Candor reads up to format %3).</source>
        <translation>%1 wurde von einer neueren Candor-Version gespeichert (Dateiformat %2; diese Version liest bis Format %3).</translation>
    </message>
    <message>
        <source>Update Candor to open this project. The file was not changed.</source>
        <translation>Aktualisieren Sie Candor, um dieses Projekt zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation>Kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>%1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Free some disk space, then open the project again.</source>
        <translation>Geben Sie Speicherplatz frei und öffnen Sie das Projekt dann erneut.</translation>
    </message>
    <message>
        <source>The file was left as it was. Report this with the file attached.</source>
        <translation>Die Datei wurde nicht verändert. Melden Sie den Fehler bitte mit der Datei im Anhang.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1</source>
        <translation>Das Projekt kann nicht nach %1 kopiert werden</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to file format %2, but it is read-only, and no upgraded copy could be made (%3).</source>
        <translation>%1 muss auf Dateiformat %2 aktualisiert werden, ist aber schreibgeschützt, und es konnte keine aktualisierte Kopie angelegt werden (%3).</translation>
    </message>
    <message>
        <source>Another Candor is creating %1 at this moment.</source>
        <translation>Ein anderes Candor legt %1 gerade an.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then open the project.</source>
        <translation>Warten Sie, bis es fertig ist, und öffnen Sie dann das Projekt.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Another Candor is opening %1 at this moment.</source>
        <translation>Ein anderes Candor öffnet %1 gerade.</translation>
    </message>
    <message>
        <source>Wait a moment, then open it again.</source>
        <translation>Warten Sie einen Moment und öffnen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Candor project.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, kein Candor-Projekt.</translation>
    </message>
    <message>
        <source>Cannot create %1. %2</source>
        <translation>%1 kann nicht angelegt werden. %2</translation>
    </message>
    <message>
        <source>Choose a folder on a disk with room to write to.</source>
        <translation>Wählen Sie einen Ordner auf einem Datenträger mit freiem Platz.</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>der Datenträger mit %1 ist voll</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>der Datenträger konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be read</source>
        <translation>der Datenträger mit %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be full)</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (er ist womöglich voll)</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be written to (it may be full)</source>
        <translation>auf den Datenträger mit %1 konnte nicht geschrieben werden (er ist womöglich voll)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened (check that it and its folder can be read)</source>
        <translation>%1 kann nicht geöffnet werden (prüfen Sie, ob die Datei und ihr Ordner lesbar sind)</translation>
    </message>
    <message>
        <source>SQLite gave no reason</source>
        <translation>SQLite nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;JSON (everything, with the schedule)…</source>
        <translation>&amp;JSON (alles, mit dem Zeitplan)…</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)…</source>
        <translation>&amp;CSV (eine Tabelle)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Taskwarrior…</source>
        <translation>&amp;Taskwarrior…</translation>
    </message>
    <message>
        <source>&amp;Markdown tracker…</source>
        <translation>&amp;Markdown-Tracker…</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Dependency graph as &amp;Graphviz DOT…</source>
        <translation>Abhängigkeitsgraph als &amp;Graphviz-DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Dependency graph as Mer&amp;maid…</source>
        <translation>Abhängigkeitsgraph als Mer&amp;maid…</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Mermaid-Dateien (*.mmd *.md)</translation>
    </message>
    <message>
        <source>Dependency graph &amp;layout (JSON)…</source>
        <translation>&amp;Layout des Abhängigkeitsgraphen (JSON)…</translation>
    </message>
</context>
<context>
    <name>ProjectGenerator</name>
    <message>
        <source>The number of tasks cannot be negative.</source>
        <translation>Die Anzahl der Aufgaben kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Synthetic project made by candor generate, seed %1.</source>
        <translation>Synthetisches Projekt, erzeugt mit candor generate, Startwert %1.</translation>
    </message>
    <message>
        <source>Cannot write the project</source>
        <translation>Das Projekt kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a component</source>
        <translation>Eine Komponente kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Produktionsstart</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Meilenstein %1</translation>
    </message>
    <message>
        <source>Gate %1 of the road to production.</source>
        <translation>Etappe %1 auf dem Weg in die Produktion.</translation>
    </message>
    <message>
        <source>Cannot write a milestone</source>
        <translation>Ein Meilenstein kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a task</source>
        <translation>Eine Aufgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a dependency</source>
        <translation>Eine Abhängigkeit kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a milestone gate</source>
        <translation>Eine Meilensteinanforderung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a checklist item</source>
        <translation>Ein Checklisteneintrag kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot save the generated project</source>
        <translation>Das erzeugte Projekt kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Generated project (%Ln task(s))</source>
        <translation>
            <numerusform>Erzeugtes Projekt (%Ln Aufgabe)</numerusform>
            <numerusform>Erzeugtes Projekt (%Ln Aufgaben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Stellen Sie die Datei über Datei ▸ Aus Sicherung wiederherstellen wieder her.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the project of %1</source>
        <translation>Die Projektdaten von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the components of %1</source>
        <translation>Die Komponenten von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the milestones of %1</source>
        <translation>Die Meilensteine von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1</source>
        <translation>Die Aufgaben von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the dependencies of %1</source>
        <translation>Die Abhängigkeiten von %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Status of %1 on %2: claimed and verified completion, blockers, milestones and changes</source>
        <translation>Stand von %1 am %2: gemeldete und verifizierte Fertigstellung, Blocker, Meilensteine und Änderungen</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(keine Komponente)</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>%1 claimed · %2 verified</source>
        <translation>%1 gemeldet · %2 verifiziert</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Gemeldet, nicht verifiziert</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Im Tracker angegeben</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>+%1 d late</source>
        <translation>+%1 T Verzug</translation>
    </message>
    <message>
        <source>%1 d early</source>
        <translation>%1 T früher</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the full report)</source>
        <translation>
            <numerusform>… und %n weitere (alle im vollständigen Bericht)</numerusform>
            <numerusform>… und %n weitere (alle im vollständigen Bericht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Stated %1</source>
        <translation>Angegeben: %1</translation>
    </message>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>verifiziert %1 · gemeldet %2</translation>
    </message>
    <message>
        <source>Green: verified; amber: claimed, not verified; grey: remaining; black tick: stated.</source>
        <translation>Grün: verifiziert; gelb: gemeldet, nicht verifiziert; grau: verbleibend; schwarzer Strich: angegeben.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 report · %3</source>
        <translation>%1 · Bericht „%2“ · %3</translation>
    </message>
</context>
<context>
    <name>ReportMarkdown</name>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>verifiziert %1 · gemeldet %2</translation>
    </message>
    <message>
        <source>█ verified  ▒ claimed, not verified  ░ remaining</source>
        <translation>█ verifiziert  ▒ gemeldet, nicht verifiziert  ░ verbleibend</translation>
    </message>
    <message>
        <source>**Date**: %1 · **Report**: %2 · **Status markers**: %3</source>
        <translation>**Datum**: %1 · **Bericht**: %2 · **Statusmarkierungen**: %3</translation>
    </message>
    <message>
        <source>_Made by Candor from the project&apos;s data: claimed figures count tasks marked done, verified ones only tasks with evidence._</source>
        <translation>_Von Candor aus den Projektdaten erstellt: Gemeldete Werte zählen als erledigt markierte Aufgaben, verifizierte nur Aufgaben mit Nachweis._</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Title block and counts</source>
        <translation>Titelblock und Kennzahlen</translation>
    </message>
    <message>
        <source>Blockers (open P0 tasks)</source>
        <translation>Blocker (offene P0-Aufgaben)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Fertigstellung nach Komponente</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Gemeldet gegenüber verifiziert</translation>
    </message>
    <message>
        <source>All tasks by component, with checklists</source>
        <translation>Alle Aufgaben nach Komponente, mit Checklisten</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the report template, in “summary report”</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>full</source>
        <comment>the report template, in “full report”</comment>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>blockers</source>
        <comment>the report template, in “blockers report”</comment>
        <translation>Blocker</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 report</source>
        <translation>%1 · %2 · Bericht „%3“</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Claimed complete</source>
        <translation>Als fertig gemeldet</translation>
    </message>
    <message>
        <source>Verified complete</source>
        <translation>Verifiziert fertig</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Im Tracker angegeben</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Offene P0-Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
        <translation>
            <numerusform>%n gescheiterte Verifikation</numerusform>
            <numerusform>%n gescheiterte Verifikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stated above what their tasks claim</source>
        <translation>
            <numerusform>%n Komponente höher angegeben, als ihre Aufgaben melden</numerusform>
            <numerusform>%n Komponenten höher angegeben, als ihre Aufgaben melden</numerusform>
        </translation>
    </message>
    <message>
        <source>Honesty gap: %1 points claimed beyond the evidence</source>
        <translation>Ehrlichkeitslücke: %1 Punkte mehr gemeldet als nachgewiesen</translation>
    </message>
    <message>
        <source> (the tracker stated %1, the evidence shows %2)</source>
        <translation> (im Tracker angegeben: %1, laut Nachweis: %2)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>Keine offene P0-Aufgabe.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
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
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message numerus="yes">
        <source>%n open P0 task(s), those holding up the most other work first.</source>
        <translation>
            <numerusform>%n offene P0-Aufgabe; zuerst jene, die die meiste andere Arbeit aufhalten.</numerusform>
            <numerusform>%n offene P0-Aufgaben; zuerst jene, die die meiste andere Arbeit aufhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Fertigstellung nach Komponente</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Claimed − verified</source>
        <translation>Gemeldet − verifiziert</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>Das Projekt hat keine Meilensteine.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Gating tasks</source>
        <translation>Bedingende Aufgaben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>keine offene Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: the day 80% of %n simulated run(s) finish by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</source>
        <translation>
            <numerusform>Prognose: der Tag, bis zu dem 80 % von %n simulierten Durchlauf fertig sind (Monte Carlo über die verbleibenden Schätzungen und Abhängigkeiten); Verzug in Arbeitstagen.</numerusform>
            <numerusform>Prognose: der Tag, bis zu dem 80 % von %n simulierten Durchläufen fertig sind (Monte Carlo über die verbleibenden Schätzungen und Abhängigkeiten); Verzug in Arbeitstagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>No schedule: the dependencies have a cycle (%1).</source>
        <translation>Kein Zeitplan: Die Abhängigkeiten enthalten einen Zyklus (%1).</translation>
    </message>
    <message>
        <source>No open work: nothing is on a critical path.</source>
        <translation>Keine offene Arbeit: Nichts liegt auf einem kritischen Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of unfinished work: %n task(s), finishing on %1 (%2 working days from %3) if every estimate holds.</source>
        <translation>
            <numerusform>Die längste Kette unerledigter Arbeit: %n Aufgabe, fertig am %1 (%2 Arbeitstage ab %3), wenn jede Schätzung hält.</numerusform>
            <numerusform>Die längste Kette unerledigter Arbeit: %n Aufgaben, fertig am %1 (%2 Arbeitstage ab %3), wenn jede Schätzung hält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified</source>
        <translation>
            <numerusform>%Ln Aufgabe erledigt, nicht verifiziert</numerusform>
            <numerusform>%Ln Aufgaben erledigt, nicht verifiziert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTaskSections</name>
    <message>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>gelöscht: %1</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>verification: %1 → %2</source>
        <translation>Verifikation: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changed in this time.</source>
        <translation>In diesem Zeitraum hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Gemeldet gegenüber verifiziert</translation>
    </message>
    <message>
        <source>Every task marked done is verified, and no verification failed.</source>
        <translation>Jede als erledigt markierte Aufgabe ist verifiziert, und keine Verifikation ist gescheitert.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 is stated %2 complete; its tasks claim %3 and show %4 verified.</source>
        <translation>%1 ist mit %2 Fertigstellung angegeben; ihre Aufgaben melden %3 und zeigen %4 verifiziert.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
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
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <comment>status changes, new tasks, verification changes</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln status change(s)</source>
        <translation>
            <numerusform>%Ln Statusänderung</numerusform>
            <numerusform>%Ln Statusänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new task(s)</source>
        <translation>
            <numerusform>%Ln neue Aufgabe</numerusform>
            <numerusform>%Ln neue Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verification change(s)</source>
        <translation>
            <numerusform>%Ln Verifikationsänderung</numerusform>
            <numerusform>%Ln Verifikationsänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified:</source>
        <translation>
            <numerusform>%Ln Aufgabe erledigt, nicht verifiziert:</numerusform>
            <numerusform>%Ln Aufgaben erledigt, nicht verifiziert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) whose verification failed:</source>
        <translation>
            <numerusform>%Ln Aufgabe mit gescheiterter Verifikation:</numerusform>
            <numerusform>%Ln Aufgaben mit gescheiterter Verifikation:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln task(s))</source>
        <translation>
            <numerusform>%1 (%Ln Aufgabe)</numerusform>
            <numerusform>%1 (%Ln Aufgaben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleColumns</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end</source>
        <translation>Auf dem kritischen Pfad: Jede Verzögerung verschiebt das Ende</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the end</source>
        <translation>Arbeitstage, um die sich diese Aufgabe verzögern kann, ohne das Ende zu verschieben</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Matches description: %1</source>
        <translation>Treffer in der Beschreibung: %1</translation>
    </message>
    <message>
        <source>Matches phase: %1</source>
        <translation>Treffer in der Phase: %1</translation>
    </message>
    <message>
        <source>Matches evidence: %1</source>
        <translation>Treffer im Nachweis: %1</translation>
    </message>
    <message>
        <source>Matches checklist: %1</source>
        <translation>Treffer in der Checkliste: %1</translation>
    </message>
</context>
<context>
    <name>SectionVocabulary</name>
    <message>
        <source>criteria</source>
        <translation>kriterien</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metriken</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>bewertung</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referenzen</translation>
    </message>
    <message>
        <source>guidelines</source>
        <translation>richtlinien</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notizen</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>ziele</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risiken</translation>
    </message>
    <message>
        <source>history</source>
        <translation>verlauf</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>zusammenfassung</translation>
    </message>
</context>
<context>
    <name>SetStatedCompletionCommand</name>
    <message>
        <source>Set the stated completion of %1</source>
        <translation>Angegebenen Fertigstellungsgrad von %1 setzen</translation>
    </message>
</context>
<context>
    <name>SetTaskFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Feld %1 von %2 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Feld %1 von %Ln Aufgabe ändern</numerusform>
            <numerusform>Feld %1 von %Ln Aufgaben ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot change the project settings</source>
        <translation>Die Projekteinstellungen können nicht geändert werden</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot rename the project</source>
        <translation>Das Projekt kann nicht umbenannt werden</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot</source>
        <translation>Die Momentaufnahme kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>der Bericht konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>StoredValueCheck</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 %2: “%3” (read as %4)</source>
        <translation>%1 %2: „%3“ (gelesen als %4)</translation>
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
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht erledigt</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>TaskField</name>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>Verifikation</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>letzte Änderung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>optimistic estimate</source>
        <translation>optimistische Schätzung</translation>
    </message>
    <message>
        <source>likely estimate</source>
        <translation>wahrscheinliche Schätzung</translation>
    </message>
    <message>
        <source>pessimistic estimate</source>
        <translation>pessimistische Schätzung</translation>
    </message>
    <message>
        <source>board position</source>
        <translation>Position auf dem Board</translation>
    </message>
    <message>
        <source>verification date</source>
        <translation>Verifikationsdatum</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>checklist order</source>
        <translation>Reihenfolge der Checkliste</translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>A task needs a key, such as SEC-001.</source>
        <translation>Eine Aufgabe braucht einen Schlüssel, etwa SEC-001.</translation>
    </message>
    <message>
        <source>A key has at most %1 characters.</source>
        <translation>Ein Schlüssel hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A key holds letters, digits, “-”, “_” and “.”, and no spaces.</source>
        <translation>Ein Schlüssel besteht aus Buchstaben, Ziffern, „-“, „_“ und „.“, ohne Leerzeichen.</translation>
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
        <translation>Ein Titel hat höchstens %1 Zeichen.</translation>
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
        <translation>Unbekannter Verifikationsstatus.</translation>
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
        <translation>Ungültiger Rang.</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Ungültiges Datum.</translation>
    </message>
    <message>
        <source>The update time is set by Candor.</source>
        <translation>Die Änderungszeit setzt Candor selbst.</translation>
    </message>
</context>
<context>
    <name>TaskWriter</name>
    <message>
        <source>Cannot change the %1 of a task</source>
        <translation>Das Feld %1 einer Aufgabe kann nicht geändert werden</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Die Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot change the milestones of a task</source>
        <translation>Die Meilensteine einer Aufgabe können nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Die Aufgabe kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The key %1 is used twice.</source>
        <translation>Der Schlüssel %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>Die Aufgabe kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot read the checklists of the tasks to delete.</source>
        <translation>Die Checklisten der zu löschenden Aufgaben können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TaskwarriorReader</name>
    <message>
        <source>Not a task object; skipped.</source>
        <translation>Kein Aufgabenobjekt; übersprungen.</translation>
    </message>
    <message>
        <source>Not a task object (%1); skipped.</source>
        <translation>Kein Aufgabenobjekt (%1); übersprungen.</translation>
    </message>
    <message>
        <source>Not Taskwarrior JSON: %1 (expected the output of &quot;task export&quot;).</source>
        <translation>Kein Taskwarrior-JSON: %1 (erwartet wird die Ausgabe von &quot;task export&quot;).</translation>
    </message>
    <message>
        <source>The key %1 is used twice; this task gets a key from its UUID.</source>
        <translation>Der Schlüssel %1 kommt doppelt vor; diese Aufgabe erhält einen Schlüssel aus ihrer UUID.</translation>
    </message>
    <message>
        <source>The task has no description; it was skipped.</source>
        <translation>Die Aufgabe hat keine Beschreibung; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Unknown candor_status &quot;%1&quot;; ignored.</source>
        <translation>Unbekannter candor_status &quot;%1&quot;; ignoriert.</translation>
    </message>
    <message>
        <source>Unknown Taskwarrior status &quot;%1&quot;; kept as text.</source>
        <translation>Unbekannter Taskwarrior-Status &quot;%1&quot;; als Text übernommen.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected H, M or L.</source>
        <translation>Unbekannte Priorität &quot;%1&quot;; erwartet H, M oder L.</translation>
    </message>
    <message>
        <source>Depends on %1, which is not in this file; that dependency was dropped.</source>
        <translation>Hängt von %1 ab, das nicht in dieser Datei steht; diese Abhängigkeit wurde verworfen.</translation>
    </message>
    <message>
        <source>candor_estimate &quot;%1&quot; is not a number of days; ignored.</source>
        <translation>candor_estimate &quot;%1&quot; ist keine Anzahl von Tagen; ignoriert.</translation>
    </message>
    <message>
        <source>candor_progress &quot;%1&quot; is not a percentage; ignored.</source>
        <translation>candor_progress &quot;%1&quot; ist kein Prozentwert; ignoriert.</translation>
    </message>
    <message>
        <source>Unknown candor_verification &quot;%1&quot;; ignored.</source>
        <translation>Unbekannte candor_verification &quot;%1&quot;; ignoriert.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without candor_key got a key from their UUID (TW-…).</source>
        <translation>
            <numerusform>%n Aufgabe ohne candor_key erhielt einen Schlüssel aus ihrer UUID (TW-…).</numerusform>
            <numerusform>%n Aufgaben ohne candor_key erhielten einen Schlüssel aus ihrer UUID (TW-…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: pending, waiting and recurring are todo (in progress when started), completed is done, deleted is won&apos;t do; priority: H, M, L are P1, P2, P3, none is P2.</source>
        <translation>Status: pending, waiting und recurring werden zu „Offen“ (nach dem Start „In Arbeit“), completed zu „Erledigt“, deleted zu „Wird nicht erledigt“; Priorität: H, M, L werden zu P1, P2, P3, keine zu P2.</translation>
    </message>
    <message>
        <source>The description holds only NUL characters; the task was skipped.</source>
        <translation>Die Beschreibung besteht nur aus NUL-Zeichen; die Aufgabe wurde übersprungen.</translation>
    </message>
    <message>
        <source>The task holds NUL characters; they were removed.</source>
        <translation>Die Aufgabe enthält NUL-Zeichen; sie wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message>
        <source>Unreadable bytes (not valid UTF-8) were replaced by U+FFFD.</source>
        <translation>Unlesbare Bytes (kein gültiges UTF-8) wurden durch U+FFFD ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Unreadable bytes were also replaced on %n more line(s).</source>
        <translation>
            <numerusform>Auch in %n weiteren Zeile wurden unlesbare Bytes ersetzt.</numerusform>
            <numerusform>Auch in %n weiteren Zeilen wurden unlesbare Bytes ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters damaged by a wrong code page were repaired on %n line(s).</source>
        <translation>
            <numerusform>In %n Zeile wurden durch eine falsche Codepage beschädigte Zeichen repariert.</numerusform>
            <numerusform>In %n Zeilen wurden durch eine falsche Codepage beschädigte Zeichen repariert.</numerusform>
        </translation>
    </message>
</context>
</TS>
