<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>Ajouter le composant %1</translation>
    </message>
</context>
<context>
    <name>AddMilestoneCommand</name>
    <message>
        <source>Add milestone %1</source>
        <translation>Ajouter le jalon %1</translation>
    </message>
</context>
<context>
    <name>AddTasksCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln task(s)</source>
        <translation>
            <numerusform>Ajouter %Ln tâche</numerusform>
            <numerusform>Ajouter %Ln tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>Impossible de lire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BoardChrome</name>
    <message>
        <source>WIP limit: %1</source>
        <translation>Limite WIP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right-click to set a WIP limit; click ▸ to collapse.</source>
        <translation>Clic droit pour définir une limite WIP&#xa0;; cliquez sur ▸ pour replier.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source> · %1 d</source>
        <translation> · %1 j</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln carte</numerusform>
            <numerusform>%1&#xa0;: %Ln cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln carte</numerusform>
            <numerusform>%Ln cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardHeaderMenus</name>
    <message>
        <source>Set WIP Limit…</source>
        <translation>Définir la limite WIP…</translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation>Supprimer la limite WIP</translation>
    </message>
    <message>
        <source>Remove WIP limit of %1</source>
        <translation>Supprimer la limite WIP de %1</translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation>Déplier la colonne</translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation>Replier la colonne</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>Masquer la colonne</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>Most cards in “%1” (0 for no limit):</source>
        <translation>Nombre maximal de cartes dans «&#xa0;%1&#xa0;» (0 pour aucune limite)&#xa0;:</translation>
    </message>
    <message>
        <source>Set WIP limit of %1</source>
        <translation>Définir la limite WIP de %1</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Déplier le couloir</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Replier le couloir</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Replier tous les couloirs</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Déplier tous les couloirs</translation>
    </message>
</context>
<context>
    <name>BoardLanes</name>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Aucun composant</translation>
    </message>
</context>
<context>
    <name>Candor::AboutDialog</name>
    <message>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;A tracker for a project&apos;s road to production: what is claimed done, and what is verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor is free software under the MIT licence. It uses the Qt toolkit under the GNU Lesser General Public License version 3, and SQLite, which is in the public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Un suivi du chemin d’un projet vers la production&#xa0;: ce qui est déclaré fait, et ce qui est vérifié.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor est un logiciel libre sous licence MIT. Il utilise la bibliothèque Qt sous la GNU Lesser General Public License version 3, et SQLite, qui est dans le domaine public.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Candor::AddTaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omposant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Candor::BackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Taken before a restore (restore it to undo that restore)</source>
        <translation>Faite avant une restauration (restaurez-la pour annuler cette restauration)</translation>
    </message>
    <message>
        <source>Taken before a file format upgrade</source>
        <translation>Faite avant une mise à niveau du format de fichier</translation>
    </message>
    <message>
        <source>Manual backup</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Candor keeps a copy of the project once a day and before every upgrade or restore (the last 7). Restoring replaces the project with the chosen copy; a copy of the current state is kept first.</source>
        <translation>Candor garde une copie du projet une fois par jour et avant chaque mise à niveau ou restauration (les 7 dernières). La restauration remplace le projet par la copie choisie&#xa0;; une copie de l’état actuel est d’abord conservée.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Candor::BoardEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be done while it waits on %2.</source>
        <translation>
            <numerusform>%1 ne peut pas être terminée tant qu’elle attend %2.</numerusform>
            <numerusform>%1 ne peuvent pas être terminées tant qu’elles attendent %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 within %2</source>
        <translation>Réordonner %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %Ln task(s) within %1</source>
        <translation>
            <numerusform>Réordonner %Ln tâche dans %1</numerusform>
            <numerusform>Réordonner %Ln tâches dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln task(s) to %1</source>
        <translation>
            <numerusform>Déplacer %Ln tâche vers %1</numerusform>
            <numerusform>Déplacer %Ln tâches vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardPage</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Group the cards in lanes</source>
        <translation>Regrouper les cartes en couloirs</translation>
    </message>
    <message>
        <source>&amp;Swimlanes:</source>
        <translation>&amp;Couloirs&#xa0;:</translation>
    </message>
    <message>
        <source>Collapse Lanes</source>
        <translation>Replier les couloirs</translation>
    </message>
    <message>
        <source>Show only the lanes&apos; headers; drop cards on a header to move them into that lane</source>
        <translation>N’afficher que les en-têtes des couloirs&#xa0;; déposez des cartes sur un en-tête pour les déplacer dans ce couloir</translation>
    </message>
    <message>
        <source>Expand Lanes</source>
        <translation>Déplier les couloirs</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Done with open dependencies</source>
        <translation>Terminé avec des dépendances ouvertes</translation>
    </message>
    <message>
        <source>Ask before moving into Done</source>
        <translation>Demander avant de déplacer vers «&#xa0;Terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Refuse to move into Done</source>
        <translation>Refuser le déplacement vers «&#xa0;Terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Set WIP Limits…</source>
        <translation>Définir les limites WIP…</translation>
    </message>
    <message>
        <source>Drag cards, or Ctrl+arrows; 0–3 set priority; Enter opens the inspector</source>
        <translation>Glissez les cartes, ou Ctrl+flèches&#xa0;; 0–3 fixe la priorité&#xa0;; Entrée ouvre l’inspecteur</translation>
    </message>
    <message>
        <source>Move to Done</source>
        <translation>Déplacer vers «&#xa0;Terminé&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Mark it done anyway?</source>
        <translation>
            <numerusform>La marquer comme terminée quand même&#xa0;?</numerusform>
            <numerusform>Les marquer comme terminées quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Done policy</source>
        <translation>Modifier la règle pour «&#xa0;Terminé&#xa0;»</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Collapse Empty Lanes</source>
        <translation>Replier les couloirs vides</translation>
    </message>
    <message>
        <source>Lanes without cards show only their header; drop cards on it to move them into the lane</source>
        <translation>Les couloirs sans cartes n’affichent que leur en-tête&#xa0;; déposez des cartes dessus pour les déplacer dans le couloir</translation>
    </message>
    <message numerus="yes">
        <source>%1 still depends on unfinished work: %2.</source>
        <translation>
            <numerusform>%1 dépend encore de travail non terminé&#xa0;: %2.</numerusform>
            <numerusform>%1 dépendent encore de travail non terminé&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::CardDelegate</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>☑ %1/%2</source>
        <translation>☑ %1/%2</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>attend %1</translation>
    </message>
</context>
<context>
    <name>Candor::CatalogEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
</context>
<context>
    <name>Candor::ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Monter l’élément sélectionné</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Descendre l’élément sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Supprimer l’élément sélectionné</translation>
    </message>
    <message>
        <source>Click a box to check it; double-click or press F2 to rename</source>
        <translation>Cliquez sur une case pour la cocher&#xa0;; double-cliquez ou appuyez sur F2 pour renommer</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel élément</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Aucun élément pour l’instant.</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 faits</translation>
    </message>
</context>
<context>
    <name>Candor::CompletionChart</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Déclaré, non vérifié</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(aucun composant)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no tasks</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: aucune tâche</translation>
    </message>
    <message>
        <source>Stated %1</source>
        <translation>Annoncé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2</source>
        <translation>Déclaré %1, vérifié %2</translation>
    </message>
    <message>
        <source>Verified %1 · claimed, not verified %2 · remaining %3</source>
        <translation>Vérifié %1 · déclaré, non vérifié %2 · restant %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln task(s), %2 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %Ln tâche, %2 jours estimés</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %Ln tâches, %2 jours estimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDialog</name>
    <message>
        <source>Add Component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation>p. ex. SEC</translation>
    </message>
    <message>
        <source>Component Colour</source>
        <translation>Couleur du composant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Préfixe de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation>Un composant doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a component called %1.</source>
        <translation>Il existe déjà un composant nommé %1.</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentEditor</name>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation>p. ex. SEC</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non déclaré</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The completion a tracker or a person stated for this component, shown beside what its tasks add up to</source>
        <translation>L’avancement qu’un suivi ou une personne a déclaré pour ce composant, montré à côté de ce que donnent ses tâches</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Préfixe des clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stated completion:</source>
        <translation>Avancement &amp;déclaré&#xa0;:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tâches&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename component %1 to %2</source>
        <translation>Renommer le composant %1 en %2</translation>
    </message>
    <message>
        <source>Set the key prefix of %1 to %2</source>
        <translation>Mettre le préfixe des clés de %1 à %2</translation>
    </message>
    <message>
        <source>Set the stated completion of %1 to %2 %</source>
        <translation>Mettre l’avancement déclaré de %1 à %2 %</translation>
    </message>
    <message>
        <source>Clear the stated completion of %1</source>
        <translation>Effacer l’avancement déclaré de %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Changer la couleur de %1</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Nouveau composant</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>Ajouter le composant %1</translation>
    </message>
    <message>
        <source>Delete Component</source>
        <translation>Supprimer le composant</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s). Delete it and leave them without a component?</source>
        <translation>
            <numerusform>%1 contient %n tâche. Le supprimer et laisser la tâche sans composant&#xa0;?</numerusform>
            <numerusform>%1 contient %n tâches. Le supprimer et laisser les tâches sans composant&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete component %1</source>
        <translation>Supprimer le composant %1</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentModel</name>
    <message>
        <source>Key prefix: %1</source>
        <translation>Préfixe de clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardChartView</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Drawn by Candor</source>
        <translation>Dessiné par Candor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>Copier le graphique comme image</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Enregistrer le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardPage</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Record today&apos;s completion in the history now</source>
        <translation>Enregistrer maintenant l’avancement du jour dans l’historique</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>Aucune tâche P0 ouverte.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Estimate (days)</source>
        <translation>Estimation (jours)</translation>
    </message>
    <message>
        <source>Show Selection in Table</source>
        <translation>Afficher la sélection dans le tableau</translation>
    </message>
    <message>
        <source>Filter the table to the tasks selected here (click a bar, a cell or a milestone)</source>
        <translation>Filtrer le tableau sur les tâches sélectionnées ici (cliquez sur une barre, une cellule ou un jalon)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avancement par composant</translation>
    </message>
    <message>
        <source>Honesty gap</source>
        <translation>Écart d’honnêteté</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Tâches P0 ouvertes</translation>
    </message>
    <message>
        <source>Status × priority</source>
        <translation>Statut × priorité</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>tasks in that segment</source>
        <translation>tâches de ce segment</translation>
    </message>
    <message>
        <source>%1 %2 tasks</source>
        <translation>tâches %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>tasks gating the milestone</source>
        <translation>tâches qui conditionnent le jalon</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>tasks of the component</source>
        <translation>tâches du composant</translation>
    </message>
    <message>
        <source>open P0 tasks</source>
        <translation>tâches P0 ouvertes</translation>
    </message>
    <message>
        <source>Snapshot of today&apos;s completion taken.</source>
        <translation>Instantané de l’avancement du jour enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n %1</source>
        <translation>
            <numerusform>Sélection&#xa0;: %n %1</numerusform>
            <numerusform>Sélection&#xa0;: %n %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DaysDelegate</name>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Candor::DependencyEditor</name>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Depends on key, e.g. OPS-002</source>
        <translation>Clé de la dépendance, p. ex. OPS-002</translation>
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation>Supprimer la dépendance sélectionnée</translation>
    </message>
    <message>
        <source>Depends &amp;on:</source>
        <translation>Dépe&amp;nd de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>Re&amp;quise par&#xa0;:</translation>
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
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No task has the key %1.</source>
        <translation>Aucune tâche n’a la clé %1.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Une tâche ne peut pas dépendre d’elle-même.</translation>
    </message>
    <message>
        <source>This task already depends on %1.</source>
        <translation>Cette tâche dépend déjà de %1.</translation>
    </message>
    <message>
        <source>Refused: this would close a cycle: %1</source>
        <translation>Refusé&#xa0;: cela fermerait un cycle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>En attente de %Ln tâche non terminée</numerusform>
            <numerusform>En attente de %Ln tâches non terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DetailsSection</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omposant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Assi&amp;gné à&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Hardening</source>
        <translation>p. ex. Durcissement</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Jalons&#xa0;:</translation>
    </message>
    <message>
        <source>What is to be done, and how we know it is done</source>
        <translation>Ce qu’il faut faire, et comment on sait que c’est fait</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation>Enregistré quand vous quittez le champ ou appuyez sur Ctrl+Entrée</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Créée le %1 · modifiée le %2</translation>
    </message>
</context>
<context>
    <name>Candor::EstimateSection</name>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Estimation&#xa0;:</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimiste</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pessimiste</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Fourchette&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>How much of the work is done, as claimed</source>
        <translation>Part du travail effectuée, selon ce qui est déclaré</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>A&amp;vancement&#xa0;:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>Candor::ExportActions</name>
    <message>
        <source>E&amp;xport Project</source>
        <translation>E&amp;xporter le projet</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Export Project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Project Not Exported</source>
        <translation>Projet non exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n tâche exportée vers %1</numerusform>
            <numerusform>%n tâches exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Show every task again (keeps the other filters)</source>
        <translation>Afficher de nouveau toutes les tâches (les autres filtres restent)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>(No component)</source>
        <translation>(Aucun composant)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all fields, checklists and evidence (Ctrl+F)</source>
        <translation>Rechercher dans tous les champs, les listes de contrôle et les preuves (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the tasks whose key, title, description, assignee, phase, component, milestones, verification evidence or checklist items contain the text, ignoring case. Matches are highlighted.</source>
        <translation>Affiche les tâches dont la clé, le titre, la description, le responsable, la phase, le composant, les jalons, la preuve de vérification ou les éléments de liste de contrôle contiennent le texte, sans tenir compte de la casse. Les correspondances sont surlignées.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln chosen task(s) ✕</source>
        <translation>
            <numerusform>Seulement %Ln tâche choisie ✕</numerusform>
            <numerusform>Seulement %Ln tâches choisies ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::GettingStarted</name>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import a Tracker…</source>
        <translation>&amp;Importer un suivi…</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with Candor&lt;/h3&gt;&lt;p&gt;A project is one file. Its tasks show as a &lt;b&gt;table&lt;/b&gt; (sort, filter, edit in place), a &lt;b&gt;board&lt;/b&gt; (drag cards between statuses), a dependency &lt;b&gt;graph&lt;/b&gt; with the critical path, and a &lt;b&gt;dashboard&lt;/b&gt; of completion by component and milestones.&lt;/p&gt;&lt;p&gt;Candor keeps what is &lt;i&gt;claimed&lt;/i&gt; done apart from what is &lt;i&gt;verified&lt;/i&gt;: a task marked done without evidence counts as claimed, not verified, everywhere.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (%1). File ▸ Print Report makes the status report; File ▸ Export Project writes JSON, CSV, Taskwarrior or Markdown.&lt;/p&gt;&lt;p&gt;Start with the demo project, or import the TASKS.md, STATUS.md, CSV or Taskwarrior export your team already keeps (or drop the file on the window).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Premiers pas avec Candor&lt;/h3&gt;&lt;p&gt;Un projet est un fichier. Ses tâches s’affichent en &lt;b&gt;tableau&lt;/b&gt; (trier, filtrer, modifier sur place), en &lt;b&gt;kanban&lt;/b&gt; (glisser les cartes d’un statut à l’autre), en &lt;b&gt;graphe&lt;/b&gt; des dépendances avec le chemin critique, et en &lt;b&gt;tableau de bord&lt;/b&gt; de l’avancement par composant et des jalons.&lt;/p&gt;&lt;p&gt;Candor sépare ce qui est &lt;i&gt;déclaré&lt;/i&gt; fait de ce qui est &lt;i&gt;vérifié&lt;/i&gt;&#xa0;: une tâche marquée terminée sans preuve compte partout comme déclarée, non vérifiée.&lt;/p&gt;&lt;p&gt;Chaque modification est enregistrée aussitôt et peut être annulée (%1). Fichier ▸ Imprimer le rapport produit le rapport d’état&#xa0;; Fichier ▸ Exporter le projet écrit du JSON, du CSV, du Taskwarrior ou du Markdown.&lt;/p&gt;&lt;p&gt;Commencez par le projet de démonstration, ou importez le TASKS.md, le STATUS.md, le CSV ou l’export Taskwarrior que votre équipe tient déjà (ou déposez le fichier sur la fenêtre).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Candor::GraphMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d’ensemble&#xa0;: cliquez ou glissez pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPage</name>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>Export Graph as &amp;SVG…</source>
        <translation>Exporter le graphe en &amp;SVG…</translation>
    </message>
    <message>
        <source>Export Graph as &amp;PNG…</source>
        <translation>Exporter le graphe en &amp;PNG…</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Non terminées seulement</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>En aval de la sélection</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>En amont de la sélection</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Chemin critique seulement</translation>
    </message>
    <message>
        <source>%1 tasks are in this view: too many to draw legibly (the graph draws up to %2). Choose a focus, or narrow the filter, e.g. to one component.</source>
        <translation>%1 tâches sont dans cette vue&#xa0;: trop pour les dessiner lisiblement (le graphe en dessine jusqu’à %2). Choisissez un focus, ou resserrez le filtre, p. ex. sur un composant.</translation>
    </message>
    <message>
        <source>Select a task to see what it waits for, or what waits for it.</source>
        <translation>Sélectionnez une tâche pour voir ce qu’elle attend, ou ce qui l’attend.</translation>
    </message>
    <message>
        <source>Nothing is on the critical path: it is not computed yet, or no work is left.</source>
        <translation>Rien n’est sur le chemin critique&#xa0;: il n’est pas encore calculé, ou il ne reste aucun travail.</translation>
    </message>
    <message>
        <source>Every task in this view is done.</source>
        <translation>Toutes les tâches de cette vue sont terminées.</translation>
    </message>
    <message>
        <source>This project has no tasks yet.</source>
        <translation>Ce projet n’a encore aucune tâche.</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Aucune tâche ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 dépend déjà de %2.</translation>
    </message>
    <message>
        <source>Refused: %1 cannot depend on %2, that would close a cycle: %3</source>
        <translation>Refusé&#xa0;: %1 ne peut pas dépendre de %2, cela fermerait un cycle&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation>%1 dépend maintenant de %2.</translation>
    </message>
    <message>
        <source>A dashed arrow shows a task gating a milestone; change that in the inspector.</source>
        <translation>Une flèche en pointillés montre une tâche qui conditionne un jalon&#xa0;; modifiez cela dans l’inspecteur.</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Exporter le graphe en SVG</translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation>Exporter le graphe en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graphe exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPageBar</name>
    <message>
        <source>All Tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>En amont de la sélection</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>En aval de la sélection</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Chemin critique seulement</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Non terminées seulement</translation>
    </message>
    <message>
        <source>Which tasks the graph shows (the filter bar applies too)</source>
        <translation>Les tâches que le graphe affiche (la barre de filtres s’applique aussi)</translation>
    </message>
    <message>
        <source>F&amp;ocus:</source>
        <translation>&amp;Focus&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Drag from a task onto another: the second then depends on the first. Select an arrow and press Delete to remove it.</source>
        <translation>Glissez une tâche sur une autre&#xa0;: la seconde dépendra de la première. Sélectionnez une flèche et appuyez sur Suppr pour la retirer.</translation>
    </message>
</context>
<context>
    <name>Candor::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>moved within %1</source>
        <translation>déplacée dans %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Candor::HonestyPanel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>None: every done task is verified.</source>
        <translation>Aucune&#xa0;: chaque tâche terminée est vérifiée.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>None stated above their tasks.</source>
        <translation>Aucun composant.</translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation>Terminées, non vérifiées</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Vérification échouée</translation>
    </message>
    <message>
        <source>Stated above their tasks</source>
        <translation>Annoncés au-dessus de leurs tâches</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2, stated %3.</source>
        <translation>Déclaré %1, vérifié %2, annoncé %3.</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2.</source>
        <translation>Déclaré %1, vérifié %2.</translation>
    </message>
    <message>
        <source>How far the claimed completion runs ahead of the verified one.</source>
        <translation>De combien l’avancement déclaré devance l’avancement vérifié.</translation>
    </message>
    <message>
        <source>Done, not verified (%1)</source>
        <translation>Terminées, non vérifiées (%1)</translation>
    </message>
    <message>
        <source>Verification failed (%1)</source>
        <translation>Vérification échouée (%1)</translation>
    </message>
    <message>
        <source>Stated above their tasks (%1)</source>
        <translation>Annoncés au-dessus de leurs tâches (%1)</translation>
    </message>
    <message>
        <source>+%1  %2</source>
        <translation>+%1  %2</translation>
    </message>
    <message>
        <source>%1: stated %2, claimed %3, verified %4 (%5 points over)</source>
        <translation>%1&#xa0;: annoncé %2, déclaré %3, vérifié %4 (%5 points au-dessus)</translation>
    </message>
</context>
<context>
    <name>Candor::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Dans %1&#xa0;:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouvelles (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>in the project, not in the file: kept</source>
        <translation>dans le projet, pas dans le fichier&#xa0;: conservée</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Conservées (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(aucun composant)</translation>
    </message>
    <message>
        <source>new component, keys %1-…</source>
        <translation>nouveau composant, clés %1-…</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Composants (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Skipped as prose (%1)</source>
        <translation>Ignorés comme texte libre (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>Warnings and notes (%1)</source>
        <translation>Avertissements et remarques (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Candor::InspectorPanel</name>
    <message>
        <source>No task selected</source>
        <translation>Aucune tâche sélectionnée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>Candor::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No project is open&lt;/h3&gt;&lt;p&gt;Create one with File ▸ New, open one with File ▸ Open, or drop a .candor file here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun projet n’est ouvert&lt;/h3&gt;&lt;p&gt;Créez-en un avec Fichier ▸ Nouveau projet, ouvrez-en un avec Fichier ▸ Ouvrir, ou déposez ici un fichier .candor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Project Not Fully Read</source>
        <translation>Projet incomplètement lu</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>%1 — %2 [read-only] — Candor</source>
        <translation>%1 — %2 [lecture seule] — Candor</translation>
    </message>
    <message>
        <source>%1 — %2 — Candor</source>
        <translation>%1 — %2 — Candor</translation>
    </message>
    <message>
        <source>Loading tasks… %L1 of %L2</source>
        <translation>Chargement des tâches… %L1 sur %L2</translation>
    </message>
    <message>
        <source>showing %L1 of %2</source>
        <translation>%L1 affichées sur %2</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 dépend de %2</translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>Supprimer des tâches</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>«&#xa0;Annuler&#xa0;» les rétablit.</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Projets Candor (*.candor)</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Open it with File ▸ Open, or choose another name.</source>
        <translation>Ouvrez-le avec Fichier ▸ Ouvrir, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restored the backup. To undo, restore the copy marked “before a restore”.</source>
        <translation>Sauvegarde restaurée. Pour annuler, restaurez la copie marquée «&#xa0;avant une restauration&#xa0;».</translation>
    </message>
    <message>
        <source>Drop a .candor project to open it, or Markdown, CSV or Taskwarrior files to import them.</source>
        <translation>Déposez un projet .candor pour l’ouvrir, ou des fichiers Markdown, CSV ou Taskwarrior pour les importer.</translation>
    </message>
    <message>
        <source>Import Trackers</source>
        <translation>Importer des fichiers de suivi</translation>
    </message>
    <message>
        <source>Trackers (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior JSON (*.json);;Dependency graphs (*.dot *.gv *.mmd)</source>
        <translation>Fichiers de suivi (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;JSON Taskwarrior (*.json);;Graphes de dépendances (*.dot *.gv *.mmd)</translation>
    </message>
    <message>
        <source>Open a project you can write to before importing.</source>
        <translation>Ouvrez un projet modifiable avant d’importer.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Restaurer depuis une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>Ajouter une &amp;tâche…</translation>
    </message>
    <message>
        <source>Add &amp;Component…</source>
        <translation>Ajouter un &amp;composant…</translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation>&amp;Supprimer les tâches…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Définir le stat&amp;ut</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>Définir la &amp;priorité</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Read-only (%1): changes cannot be saved</source>
        <translation>Lecture seule (%1)&#xa0;: les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Changes cannot be saved.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: %2. Les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of this project are outside its rules (written by another tool, or damaged). Candor shows each as it is read.</source>
        <translation>
            <numerusform>%n valeur de ce projet est hors de ses règles (écrite par un autre outil, ou endommagée). Candor affiche chacune telle qu’elle est lue.</numerusform>
            <numerusform>%n valeurs de ce projet sont hors de ses règles (écrites par un autre outil, ou endommagées). Candor affiche chacune telle qu’elle est lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values Outside the Rules</source>
        <translation>Valeurs hors des règles</translation>
    </message>
    <message>
        <source>The project is read-only, so they cannot be repaired here. Copy it to a folder you can write to, and open the copy.</source>
        <translation>Le projet est en lecture seule, elles ne peuvent donc pas être réparées ici. Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Repair stores each value as it is shown (see Show Details), in one step that Edit ▸ Undo takes back.</source>
        <translation>Réparer enregistre chaque valeur telle qu’elle est affichée (voir les détails), en une étape qu’Édition ▸ Annuler reprend.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Repair Values Outside the Rules</source>
        <translation>Réparer les valeurs hors des règles</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</source>
        <translation>
            <numerusform>%Ln tâche · %L1 terminées · %L2 Bloqué · %L3 en attente de dépendances · déclaré %4 % contre vérifié %5 %</numerusform>
            <numerusform>%Ln tâches · %L1 terminées · %L2 Bloqué · %L3 en attente de dépendances · déclaré %4 % contre vérifié %5 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln unfinished task(s) with the status Blocked, set by someone (the board&apos;s Blocked column).</source>
        <translation>
            <numerusform>Bloqué&#xa0;: %Ln tâche non terminée au statut Bloqué, fixé par quelqu’un (la colonne Bloqué du tableau).</numerusform>
            <numerusform>Bloqué&#xa0;: %Ln tâches non terminées au statut Bloqué, fixé par quelqu’un (la colonne Bloqué du tableau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on dependencies: %Ln unfinished task(s) that depend on a task not done yet, whatever their status.</source>
        <translation>
            <numerusform>En attente de dépendances&#xa0;: %Ln tâche non terminée qui dépend d’une tâche pas encore terminée, quel que soit son statut.</numerusform>
            <numerusform>En attente de dépendances&#xa0;: %Ln tâches non terminées qui dépendent d’une tâche pas encore terminée, quel que soit leur statut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln tâche&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln tâches&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other task(s) depend on what you delete; those dependencies will be removed too. Undo brings them back.</source>
        <translation>
            <numerusform>%Ln autre tâche dépend de ce que vous supprimez&#xa0;; ces dépendances seront supprimées aussi. «&#xa0;Annuler&#xa0;» les rétablit.</numerusform>
            <numerusform>%Ln autres tâches dépendent de ce que vous supprimez&#xa0;; ces dépendances seront supprimées aussi. «&#xa0;Annuler&#xa0;» les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened; the default project is open instead.</source>
        <translation>Impossible d’ouvrir %1&#xa0;; le projet par défaut est ouvert à la place.</translation>
    </message>
    <message>
        <source>%1 no longer exists; the default project is open instead.</source>
        <translation>%1 n’existe plus&#xa0;; le projet par défaut est ouvert à la place.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jet</translation>
    </message>
    <message>
        <source>&amp;Components…</source>
        <translation>&amp;Composants…</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Jalons…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneEditor</name>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Atteint le&#xa0;:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>Conditionné par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (reached %2)</source>
        <translation>%1 (atteint le %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tasks yet: choose it in a task&apos;s inspector.</source>
        <translation>Aucune tâche pour l’instant&#xa0;: choisissez-le dans l’inspecteur d’une tâche.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 open</source>
        <translation>
            <numerusform>%n tâche, %1 ouverte(s)</numerusform>
            <numerusform>%n tâches, %1 ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename milestone %1 to %2</source>
        <translation>Renommer le jalon %1 en %2</translation>
    </message>
    <message>
        <source>Set the target of %1 to %2</source>
        <translation>Fixer l’échéance de %1 au %2</translation>
    </message>
    <message>
        <source>Clear the target of %1</source>
        <translation>Effacer l’échéance de %1</translation>
    </message>
    <message>
        <source>Mark %1 reached on %2</source>
        <translation>Marquer %1 atteint le %2</translation>
    </message>
    <message>
        <source>Mark %1 not reached</source>
        <translation>Marquer %1 non atteint</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Modifier la description de %1</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Ajouter le jalon %1</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message numerus="yes">
        <source>%1 gates %n task(s). Delete it? The tasks stay.</source>
        <translation>
            <numerusform>%1 est conditionné par %n tâche. Le supprimer&#xa0;? La tâche reste.</numerusform>
            <numerusform>%1 est conditionné par %n tâches. Le supprimer&#xa0;? Les tâches restent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Supprimer le jalon %1</translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneModel</name>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Pas de date cible</translation>
    </message>
</context>
<context>
    <name>Candor::PageRegistry</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Kanban</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
</context>
<context>
    <name>Candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The language changes when Candor starts again.</source>
        <translation>La langue change au prochain démarrage de Candor.</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Les couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>%1 (ISO 8601)</source>
        <translation>%1 (ISO 8601)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>Dossier des &amp;projets&#xa0;:</translation>
    </message>
    <message>
        <source>Projects Folder</source>
        <translation>Dossier des projets</translation>
    </message>
</context>
<context>
    <name>Candor::ProgressDelegate</name>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Candor::Project</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The dependencies of this project could not be read; reopen it to change it.</source>
        <translation>Les dépendances de ce projet n’ont pas pu être lues&#xa0;; rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Cannot start a change</source>
        <translation>Impossible de commencer une modification</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Composant inconnu.</translation>
    </message>
    <message>
        <source>The history could not be saved</source>
        <translation>L’historique n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>Candor::ProjectSettings</name>
    <message>
        <source>Cannot read the project settings</source>
        <translation>Impossible de lire les paramètres du projet</translation>
    </message>
</context>
<context>
    <name>Candor::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primer le rapport…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>Report &amp;Options…</source>
        <translation>Op&amp;tions du rapport…</translation>
    </message>
    <message>
        <source>The project is still loading: report when every task is in.</source>
        <translation>Le projet est encore en cours de chargement&#xa0;: créez le rapport quand toutes les tâches sont chargées.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport exporté vers %1 (%n page)</numerusform>
            <numerusform>Rapport exporté vers %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 rapport d’état %2.pdf</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Le rapport n’a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Change Report Options</source>
        <translation>Modifier les options du rapport</translation>
    </message>
</context>
<context>
    <name>Candor::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>Options du rapport</translation>
    </message>
    <message>
        <source>Summary (two pages)</source>
        <translation>Synthèse (deux pages)</translation>
    </message>
    <message>
        <source>Full (every task, with checklists)</source>
        <translation>Complet (toutes les tâches, avec les listes de contrôle)</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sections a report leaves out are greyed. The choice is kept in the project.</source>
        <translation>Les sections qu’un rapport omet sont grisées. Le choix est conservé dans le projet.</translation>
    </message>
</context>
<context>
    <name>Candor::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the project&apos;s end</source>
        <translation>Jours ouvrés de retard possibles pour cette tâche sans repousser la fin du projet</translation>
    </message>
    <message>
        <source>Earliest start:</source>
        <translation>Début au plus tôt&#xa0;:</translation>
    </message>
    <message>
        <source>Earliest finish:</source>
        <translation>Fin au plus tôt&#xa0;:</translation>
    </message>
    <message>
        <source>Slack:</source>
        <translation>Marge&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not computed: the dependencies have a cycle.</source>
        <translation>Non calculé&#xa0;: les dépendances contiennent un cycle.</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Finished: nothing left to schedule.</source>
        <translation>Terminé&#xa0;: plus rien à planifier.</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end.</source>
        <translation>Sur le chemin critique&#xa0;: tout retard repousse la fin.</translation>
    </message>
    <message>
        <source>%1: forecast being computed…</source>
        <translation>%1&#xa0;: prévision en cours de calcul…</translation>
    </message>
    <message>
        <source>%1: reached.</source>
        <translation>%1&#xa0;: atteint.</translation>
    </message>
    <message>
        <source>%1: no open work left.</source>
        <translation>%1&#xa0;: plus aucun travail ouvert.</translation>
    </message>
    <message>
        <source>%1 forecast: 50% by %2, 80% by %3, 95% by %4.</source>
        <translation>Prévision pour %1&#xa0;: 50&#xa0;% d’ici le %2, 80&#xa0;% d’ici le %3, 95&#xa0;% d’ici le %4.</translation>
    </message>
    <message>
        <source>Target %1: %2% likely on time.</source>
        <translation>Cible %1&#xa0;: %2&#xa0;% de chances d’être à l’heure.</translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation>Pas de date cible.</translation>
    </message>
    <message numerus="yes">
        <source>Slip (at 80%): %n working day(s) late.</source>
        <translation>
            <numerusform>Retard (à 80&#xa0;%)&#xa0;: %n jour ouvré.</numerusform>
            <numerusform>Retard (à 80&#xa0;%)&#xa0;: %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) to spare (at 80%).</source>
        <translation>
            <numerusform>%n jour ouvré de marge (à 80&#xa0;%).</numerusform>
            <numerusform>%n jours ouvrés de marge (à 80&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <source>On the target day (at 80%).</source>
        <translation>Le jour même de la cible (à 80&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>Candor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2, ou commencer à taper</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Modifier la cellule courante</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Clic sur un en-tête de colonne</translation>
    </message>
    <message>
        <source>Sort by it; again to reverse</source>
        <translation>Trier selon elle&#xa0;; encore pour inverser</translation>
    </message>
    <message>
        <source>Esc in the filter box</source>
        <translation>Échap dans le champ de filtre</translation>
    </message>
    <message>
        <source>Clear the filter text</source>
        <translation>Effacer le texte du filtre</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Passer d’une carte à l’autre</translation>
    </message>
    <message>
        <source>%1Arrow keys</source>
        <translation>%1Touches fléchées</translation>
    </message>
    <message>
        <source>Move the chosen cards</source>
        <translation>Déplacer les cartes choisies</translation>
    </message>
    <message>
        <source>0, 1, 2, 3</source>
        <translation>0, 1, 2, 3</translation>
    </message>
    <message>
        <source>Set the priority (P0–P3)</source>
        <translation>Fixer la priorité (P0–P3)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Show the card in the inspector</source>
        <translation>Afficher la carte dans l’inspecteur</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Molette de la souris</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomer</translation>
    </message>
    <message>
        <source>Drag a task onto another</source>
        <translation>Glisser une tâche sur une autre</translation>
    </message>
    <message>
        <source>The second then depends on the first</source>
        <translation>La seconde dépend alors de la première</translation>
    </message>
</context>
<context>
    <name>Candor::StatusPriorityChart</name>
    <message>
        <source>days of estimate</source>
        <translation>jours estimés</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln task(s), %3 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;&#xa0;: %Ln tâche, %3 jours estimés</numerusform>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;&#xa0;: %Ln tâches, %3 jours estimés</numerusform>
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
            <numerusform>… et %n autre (tout sélectionner)</numerusform>
            <numerusform>… et %n autres (tout sélectionner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TaskLoader</name>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>Cannot read the dependencies</source>
        <translation>Impossible de lire les dépendances</translation>
    </message>
</context>
<context>
    <name>Candor::TaskModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estim.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>Candor::TaskSection</name>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
</context>
<context>
    <name>Candor::TaskTableView</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>Candor::TimelineChart</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation>Aucun jalon.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n jalon sans date n’est pas affiché.</numerusform>
            <numerusform>%n jalons sans date ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Forecast %1 (50%), %2 (80%), %3 (95%)</source>
        <translation>Prévision %1 (50&#xa0;%), %2 (80&#xa0;%), %3 (95&#xa0;%)</translation>
    </message>
    <message>
        <source>On time in %1% of runs</source>
        <translation>À l’heure dans %1&#xa0;% des simulations</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Atteint le %1</translation>
    </message>
    <message numerus="yes">
        <source>Slipped by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TrendChart</name>
    <message>
        <source>Claimed %</source>
        <translation>Déclaré&#xa0;%</translation>
    </message>
    <message>
        <source>Verified %</source>
        <translation>Vérifié&#xa0;%</translation>
    </message>
    <message>
        <source>Estimate left (days)</source>
        <translation>Estimation restante (jours)</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken on the first change of each day, or with Take Snapshot.</source>
        <translation>Aucun instantané pour l’instant&#xa0;: un instantané est pris à la première modification de chaque jour, ou avec «&#xa0;Prendre un instantané&#xa0;».</translation>
    </message>
    <message>
        <source>Claimed %1%, verified %2%</source>
        <translation>Déclaré %1&#xa0;%, vérifié %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 days of estimate left</source>
        <translation>%1 jours estimés restants</translation>
    </message>
</context>
<context>
    <name>Candor::VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What shows it, e.g. “95/99 tests pass”</source>
        <translation>Ce qui le montre, p. ex. «&#xa0;95/99 tests réussis&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Vérifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Vérification échouée.</translation>
    </message>
    <message>
        <source>Done, but not verified.</source>
        <translation>Terminée, mais non vérifiée.</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>A component needs a name.</source>
        <translation>Un composant doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a component %1.</source>
        <translation>Il existe déjà un composant %1.</translation>
    </message>
    <message>
        <source>A stated completion is a percentage from 0 to 100.</source>
        <translation>Un avancement annoncé est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Cannot add the component</source>
        <translation>Impossible d’ajouter le composant</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Composant inconnu.</translation>
    </message>
    <message>
        <source>Cannot change the component</source>
        <translation>Impossible de modifier le composant</translation>
    </message>
    <message>
        <source>The component is still used by %1.</source>
        <translation>Le composant est encore utilisé par %1.</translation>
    </message>
    <message>
        <source>Cannot remove the component</source>
        <translation>Impossible de supprimer le composant</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Un jalon doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot add the milestone</source>
        <translation>Impossible d’ajouter le jalon</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Jalon inconnu.</translation>
    </message>
    <message>
        <source>Cannot change the milestone</source>
        <translation>Impossible de modifier le jalon</translation>
    </message>
    <message>
        <source>Cannot remove the milestone</source>
        <translation>Impossible de supprimer le jalon</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>Add checklist item</source>
        <translation>Ajouter un élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Supprimer un élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Cocher l’élément</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Décocher l’élément</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Modifier un élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>Déplacer un élément de liste de contrôle</translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Un élément de liste de contrôle doit avoir un texte.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tâche n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot add the checklist item</source>
        <translation>Impossible d’ajouter l’élément de liste de contrôle</translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation>L’élément de liste de contrôle n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot remove the checklist item</source>
        <translation>Impossible de supprimer l’élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot change the checklist item</source>
        <translation>Impossible de modifier l’élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot move the checklist item</source>
        <translation>Impossible de déplacer l’élément de liste de contrôle</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Writes a synthetic but realistic project.</source>
        <translation>Écrit un projet synthétique mais réaliste.</translation>
    </message>
    <message>
        <source>Imports Markdown trackers, CSV, Taskwarrior JSON and dependency graphs (DOT, mermaid) into a project.</source>
        <translation>Importe des fichiers de suivi Markdown, du CSV, du JSON Taskwarrior et des graphes de dépendances (DOT, mermaid) dans un projet.</translation>
    </message>
    <message>
        <source>Exports a project, or its dependency graph (see docs/export-json.md).</source>
        <translation>Exporte un projet, ou son graphe de dépendances (voir docs/export-json.md).</translation>
    </message>
    <message>
        <source>Prints each milestone&apos;s Monte Carlo forecast (p50, p80, p95, on time).</source>
        <translation>Affiche la prévision Monte-Carlo de chaque jalon (p50, p80, p95, à l’heure).</translation>
    </message>
    <message>
        <source>Writes a status report (PDF, HTML or Markdown); needs no display.</source>
        <translation>Écrit un rapport d’état (PDF, HTML ou Markdown)&#xa0;; ne nécessite pas d’écran.</translation>
    </message>
    <message>
        <source>Renders the main window on a view into a PNG.</source>
        <translation>Dessine la fenêtre principale sur une vue dans un PNG.</translation>
    </message>
    <message>
        <source>Records today&apos;s completion in the project&apos;s history (trends).</source>
        <translation>Enregistre l’avancement du jour dans l’historique du projet (tendances).</translation>
    </message>
    <message>
        <source>Usage: candor [FILE.candor]</source>
        <translation>Utilisation&#xa0;: candor [FICHIER.candor]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-06-02, not “%2”</source>
        <translation>--%1 attend une date telle que 2025-06-02, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3</source>
        <translation>--%1 attend un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>Output format: json, csv, taskwarrior, markdown; or the dependency graph as dot (Graphviz), mermaid (a flowchart) or layout (the graph page&apos;s drawing as JSON).</source>
        <translation>Format de sortie&#xa0;: json, csv, taskwarrior, markdown&#xa0;; ou le graphe de dépendances en dot (Graphviz), mermaid (un organigramme) ou layout (le dessin de la page du graphe en JSON).</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Fichier de projet.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Fichier de sortie (par défaut&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <source>json: the day the schedule and the forecast start from (default: today).</source>
        <translation>json&#xa0;: le jour à partir duquel le planning et la prévision sont calculés (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>json: Monte Carlo runs of the milestones&apos; forecasts (default: %1, fewer for more than %2 open tasks, at least %3).</source>
        <translation>json&#xa0;: simulations Monte-Carlo des prévisions des jalons (par défaut&#xa0;: %1, moins au-delà de %2 tâches ouvertes, au moins %3).</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--project FILE.candor is required</source>
        <translation>--project FILE.candor est obligatoire</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>atteint le %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>aucun travail ouvert</translation>
    </message>
    <message>
        <source>Simulated runs (default: 10000).</source>
        <translation>Simulations (par défaut&#xa0;: 10000).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same figures.</source>
        <translation>Graine aléatoire&#xa0;: la même graine donne les mêmes chiffres.</translation>
    </message>
    <message>
        <source>The day work starts from (default: today).</source>
        <translation>Le jour à partir duquel le travail commence (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: table, json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: table, json)</translation>
    </message>
    <message>
        <source>the dependencies have a cycle: %1</source>
        <translation>les dépendances contiennent un cycle&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from %1: %n runs, seed %2.</source>
        <translation>
            <numerusform>Prévision à partir du %1&#xa0;: %n simulation, graine %2.</numerusform>
            <numerusform>Prévision à partir du %1&#xa0;: %n simulations, graine %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>Le projet n’a aucun jalon.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
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
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>P50, P80, P95: the days half, 80% and 95% of the runs finish by. Slip: P80 − target in working days.</source>
        <translation>P50, P80, P95&#xa0;: les jours auxquels la moitié, 80&#xa0;% et 95&#xa0;% des simulations sont terminées. Retard&#xa0;: P80 − cible, en jours ouvrés.</translation>
    </message>
    <message>
        <source>Number of tasks.</source>
        <translation>Nombre de tâches.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Project file to create.</source>
        <translation>Fichier de projet à créer.</translation>
    </message>
    <message>
        <source>--tasks needs a whole number from 0 to 2000000</source>
        <translation>--tasks attend un nombre entier de 0 à 2000000</translation>
    </message>
    <message>
        <source>-o FILE.candor is required</source>
        <translation>-o FILE.candor est obligatoire</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Generated %1 tasks in %2 (%3 ms).</source>
        <translation>%1 tâches générées dans %2 (%3 ms).</translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation>Projet à ouvrir.</translation>
    </message>
    <message>
        <source> (see candor --help)</source>
        <translation> (voir candor --help)</translation>
    </message>
    <message>
        <source>give at most one project file (see candor --help)</source>
        <translation>indiquez au plus un fichier de projet (voir candor --help)</translation>
    </message>
    <message>
        <source>“%1” is a command; see candor --help</source>
        <translation>«&#xa0;%1&#xa0;» est une commande&#xa0;; voir candor --help</translation>
    </message>
    <message>
        <source>%1 %2 into %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Importerait</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation de</translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation>  créées&#xa0;:         %1</translation>
    </message>
    <message>
        <source>  updated:   %1</source>
        <translation>  mises à jour&#xa0;:   %1</translation>
    </message>
    <message>
        <source>  unchanged: %1</source>
        <translation>  inchangées&#xa0;:     %1</translation>
    </message>
    <message>
        <source>  kept:      %1 (in the project, not in the files)</source>
        <translation>  conservées&#xa0;:     %1 (dans le projet, pas dans les fichiers)</translation>
    </message>
    <message>
        <source>  warnings:  %1</source>
        <translation>  avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated</source>
        <translation>  %1&#xa0;: %2 nouvelles, %3 mises à jour</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(aucun composant)</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>Project file (created if absent).</source>
        <translation>Fichier de projet (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Montrer ce qui changerait&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>give the files to import and --project FILE.candor</source>
        <translation>indiquez les fichiers à importer et --project FILE.candor</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1: Candor imports .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) and .mmd (mermaid) files</source>
        <translation>%1&#xa0;: Candor importe les fichiers .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) et .mmd (mermaid)</translation>
    </message>
    <message>
        <source>Imported in %1 ms.</source>
        <translation>Importé en %1 ms.</translation>
    </message>
    <message>
        <source>Output file (HTML and Markdown: standard output when not given).</source>
        <translation>Fichier de sortie (HTML et Markdown&#xa0;: sortie standard s’il n’est pas indiqué).</translation>
    </message>
    <message>
        <source>pdf, html or markdown (default: from the output file&apos;s name, else pdf).</source>
        <translation>pdf, html ou markdown (par défaut&#xa0;: d’après le nom du fichier de sortie, sinon pdf).</translation>
    </message>
    <message>
        <source>summary (two pages), full (every task, with checklists) or blockers (default: the project&apos;s choice, else summary).</source>
        <translation>summary (deux pages), full (toutes les tâches, avec les listes de contrôle) ou blockers (par défaut&#xa0;: le choix du projet, sinon summary).</translation>
    </message>
    <message>
        <source>List the changes from this day on (default: the last report exported from the app, else the last 7 days).</source>
        <translation>Lister les modifications à partir de ce jour (par défaut&#xa0;: depuis le dernier rapport exporté depuis l’application, sinon les 7 derniers jours).</translation>
    </message>
    <message>
        <source>The report&apos;s day; the forecast starts from it (default: today).</source>
        <translation>Le jour du rapport&#xa0;; la prévision part de ce jour (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>A4 or Letter (default: the locale&apos;s paper).</source>
        <translation>A4 ou Letter (par défaut&#xa0;: le format de papier des paramètres régionaux).</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: pdf, html, markdown)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: pdf, html, markdown)</translation>
    </message>
    <message>
        <source>a PDF report needs -o OUT.pdf</source>
        <translation>un rapport PDF nécessite -o OUT.pdf</translation>
    </message>
    <message>
        <source>unknown template “%1” (known: summary, full, blockers)</source>
        <translation>modèle inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: summary, full, blockers)</translation>
    </message>
    <message>
        <source>unknown page size “%1” (known: A4, Letter)</source>
        <translation>format de papier inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: A4, Letter)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n page.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>View to show: %1.</source>
        <translation>Vue à afficher&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Palette: light or dark.</source>
        <translation>Palette&#xa0;: light (claire) ou dark (sombre).</translation>
    </message>
    <message>
        <source>Board lanes: none, priority or component.</source>
        <translation>Couloirs du Kanban&#xa0;: none, priority ou component.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Fichier PNG à écrire.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Taille de la fenêtre.</translation>
    </message>
    <message>
        <source>Render the import preview of FILE instead of a view.</source>
        <translation>Dessiner l’aperçu d’importation de FILE au lieu d’une vue.</translation>
    </message>
    <message>
        <source>--project FILE.candor and -o OUT.png are required</source>
        <translation>--project FILE.candor et -o OUT.png sont obligatoires</translation>
    </message>
    <message>
        <source>unknown view “%1” (known: %2)</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown swimlanes “%1” (known: none, priority, component)</source>
        <translation>couloirs inconnus «&#xa0;%1&#xa0;» (connus&#xa0;: none, priority, component)</translation>
    </message>
    <message>
        <source>unknown theme “%1” (known: light, dark)</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: light, dark)</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size attend LARGEURxHAUTEUR, p. ex. 1400x900</translation>
    </message>
    <message>
        <source>--size is too small for this view; it needs at least %1x%2</source>
        <translation>--size est trop petit pour cette vue&#xa0;; il faut au moins %1x%2</translation>
    </message>
    <message>
        <source>Snapshot of %1 on %2: claimed %3%, verified %4% (%5 snapshots).</source>
        <translation>Instantané de %1 le %2&#xa0;: déclaré %3&#xa0;%, vérifié %4&#xa0;% (%5 instantanés).</translation>
    </message>
    <message>
        <source>Lists task values outside the project&apos;s rules and stores each as it is read (one transaction).</source>
        <translation>Liste les valeurs de tâches hors des règles du projet et enregistre chacune telle qu’elle est lue (une transaction).</translation>
    </message>
    <message>
        <source>cannot check the values stored in %1</source>
        <translation>impossible de vérifier les valeurs enregistrées dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n value(s) outside its rules (written by another tool, or damaged):</source>
        <translation>
            <numerusform>%1 contient %n valeur hors de ses règles (écrite par un autre outil, ou endommagée)&#xa0;:</numerusform>
            <numerusform>%1 contient %n valeurs hors de ses règles (écrites par un autre outil, ou endommagées)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped; `candor repair --project %1` stores each value as it is read above (or restore a backup)</source>
        <translation>arrêt&#xa0;; `candor repair --project %1` enregistre chaque valeur telle qu’elle est lue ci-dessus (ou restaurez une sauvegarde)</translation>
    </message>
    <message>
        <source>List the damaged values; write nothing.</source>
        <translation>Lister les valeurs endommagées&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>%1 holds no damaged values.</source>
        <translation>%1 ne contient aucune valeur endommagée.</translation>
    </message>
    <message numerus="yes">
        <source>Would repair %n value(s) in %1:</source>
        <translation>
            <numerusform>Réparerait %n valeur dans %1&#xa0;:</numerusform>
            <numerusform>Réparerait %n valeurs dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n value(s) in %1:</source>
        <translation>
            <numerusform>Réparation de %n valeur dans %1&#xa0;:</numerusform>
            <numerusform>Réparation de %n valeurs dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be repaired: %2; nothing was changed</source>
        <translation>%1 ne peut pas être réparé&#xa0;: %2&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>il est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Each command explains its options: candor COMMAND --help.
Without FILE, Candor opens the project open last, or the default project (created with demo content on first run).
Exit codes: 0 success, 1 usage error, 2 input error.</source>
        <translation>Chaque commande explique ses options&#xa0;: candor COMMANDE --help.
Sans FICHIER, Candor ouvre le dernier projet ouvert, ou le projet par défaut (créé avec un contenu de démonstration au premier lancement).
Codes de sortie&#xa0;: 0 succès, 1 erreur d’utilisation, 2 erreur de saisie.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln value(s) in %1.</source>
        <translation>
            <numerusform>%Ln valeur réparée dans %1.</numerusform>
            <numerusform>%Ln valeurs réparées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>portrait or landscape (default: portrait).</source>
        <translation>portrait ou landscape (portrait ou paysage&#xa0;; par défaut&#xa0;: portrait).</translation>
    </message>
    <message>
        <source>unknown orientation “%1” (known: portrait, landscape)</source>
        <translation>orientation inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: portrait, landscape)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>Le fichier n’est pas de l’UTF-8 valide&#xa0;; il a été lu en Latin-1.</translation>
    </message>
    <message>
        <source>The header has an unterminated quote; the line was skipped.</source>
        <translation>L’en-tête contient un guillemet non fermé&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; kept as text.</source>
        <translation>Statut inconnu &quot;%1&quot;&#xa0;; conservé comme texte.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected P0 to P3.</source>
        <translation>Priorité inconnue &quot;%1&quot;&#xa0;; attendu&#xa0;: P0 à P3.</translation>
    </message>
    <message>
        <source>Unknown verification &quot;%1&quot;; expected unverified, verified or failed.</source>
        <translation>Vérification inconnue &quot;%1&quot;&#xa0;; attendu&#xa0;: unverified, verified ou failed.</translation>
    </message>
    <message>
        <source>The estimate &quot;%1&quot; is not a number of days.</source>
        <translation>L’estimation &quot;%1&quot; n’est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>The progress &quot;%1&quot; is not a percentage.</source>
        <translation>L’avancement &quot;%1&quot; n’est pas un pourcentage.</translation>
    </message>
    <message>
        <source>The progress %1 was limited to 0..100.</source>
        <translation>L’avancement %1 a été limité à 0..100.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>No &quot;title&quot; column; expected columns: %1.</source>
        <translation>Pas de colonne &quot;title&quot;&#xa0;; colonnes attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Unterminated quote; the line was skipped.</source>
        <translation>Guillemet non fermé&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>%1 fields but the header names %2; the extra fields were ignored.</source>
        <translation>%1 champs alors que l’en-tête en nomme %2&#xa0;; les champs en trop ont été ignorés.</translation>
    </message>
    <message>
        <source>The row has no title; it was skipped.</source>
        <translation>La ligne n’a pas de titre&#xa0;; elle a été ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read with the delimiter &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n tâche lue avec le séparateur &quot;%1&quot;.</numerusform>
            <numerusform>%n tâches lues avec le séparateur &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The title holds only NUL characters; the row was skipped.</source>
        <translation>Le titre ne contient que des caractères NUL&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>The row holds NUL characters; they were removed.</source>
        <translation>La ligne contient des caractères NUL&#xa0;; ils ont été supprimés.</translation>
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
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)</source>
        <translation>
            <numerusform>Supprimer %Ln tâche</numerusform>
            <numerusform>Supprimer %Ln tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Demo: Road to production</source>
        <translation>Démo&#xa0;: en route vers la production</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistance</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Feature-complete build for pilot customers.</source>
        <translation>Version fonctionnellement complète pour les clients pilotes.</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Audit de sécurité</translation>
    </message>
    <message>
        <source>External audit of authentication and storage.</source>
        <translation>Audit externe de l’authentification et du stockage.</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <source>General availability.</source>
        <translation>Disponibilité générale.</translation>
    </message>
    <message>
        <source>Encrypt every file the service writes. The tracker has said &quot;almost done&quot; for three weeks; the key store is still missing.</source>
        <translation>Chiffrer chaque fichier que le service écrit. Le suivi dit «&#xa0;presque fini&#xa0;» depuis trois semaines&#xa0;; le magasin de clés manque toujours.</translation>
    </message>
    <message>
        <source>Choose the cipher and key size</source>
        <translation>Choisir le chiffrement et la taille de clé</translation>
    </message>
    <message>
        <source>Key store with rotation</source>
        <translation>Magasin de clés avec rotation</translation>
    </message>
    <message>
        <source>Encrypt the checkpoint files</source>
        <translation>Chiffrer les fichiers de points de reprise</translation>
    </message>
    <message>
        <source>Migration for existing data</source>
        <translation>Migration des données existantes</translation>
    </message>
    <message>
        <source>Claimed fixed, but 4 of 99 tests still fail in CI.</source>
        <translation>Déclaré corrigé, mais 4 tests sur 99 échouent encore en CI.</translation>
    </message>
</context>
<context>
    <name>DependencyCommand</name>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 dépend de %2</translation>
    </message>
    <message>
        <source>%1 no longer depends on %2</source>
        <translation>%1 ne dépend plus de %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dependencies</source>
        <translation>
            <numerusform>Ajouter %n dépendance</numerusform>
            <numerusform>Ajouter %n dépendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dependencies</source>
        <translation>
            <numerusform>Supprimer %n dépendance</numerusform>
            <numerusform>Supprimer %n dépendances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyWriter</name>
    <message>
        <source>Cannot add the dependency</source>
        <translation>Impossible d’ajouter la dépendance</translation>
    </message>
    <message>
        <source>Cannot remove the dependency</source>
        <translation>Impossible de supprimer la dépendance</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tâche n’existe plus.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Une tâche ne peut pas dépendre d’elle-même.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 dépend déjà de %2.</translation>
    </message>
    <message>
        <source>These dependencies would close a cycle.</source>
        <translation>Ces dépendances fermeraient un cycle.</translation>
    </message>
    <message>
        <source>This would close a dependency cycle: %1.</source>
        <translation>Cela fermerait un cycle de dépendances&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Cette dépendance n’existe pas.</translation>
    </message>
</context>
<context>
    <name>DotFormat</name>
    <message>
        <source>Unexpected character &apos;%1&apos;</source>
        <translation>Caractère inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A quoted string is not closed</source>
        <translation>Une chaîne entre guillemets n’est pas fermée</translation>
    </message>
    <message>
        <source>An &lt;html&gt; string is not closed</source>
        <translation>Une chaîne &lt;html&gt; n’est pas fermée</translation>
    </message>
    <message>
        <source>Expected &apos;digraph&apos; or &apos;graph&apos;</source>
        <translation>«&#xa0;digraph&#xa0;» ou «&#xa0;graph&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Unexpected text after the graph</source>
        <translation>Texte inattendu après le graphe</translation>
    </message>
    <message>
        <source>Expected &apos;{&apos;</source>
        <translation>«&#xa0;{&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Expected &apos;}&apos;</source>
        <translation>«&#xa0;}&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Expected an attribute name</source>
        <translation>Nom d’attribut attendu</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after %1</source>
        <translation>«&#xa0;=&#xa0;» attendu après %1</translation>
    </message>
    <message>
        <source>Expected a value for %1</source>
        <translation>Valeur attendue pour %1</translation>
    </message>
    <message>
        <source>Expected a node</source>
        <translation>Nœud attendu</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder cannot be written to (read-only media or permissions)</source>
        <translation>son dossier n’est pas accessible en écriture (support en lecture seule ou droits)</translation>
    </message>
    <message>
        <source>the file %1 beside it is read-only</source>
        <translation>le fichier %1 à côté est en lecture seule</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>GraphFileReader</name>
    <message>
        <source>Graphviz DOT</source>
        <translation>DOT Graphviz</translation>
    </message>
    <message>
        <source>mermaid flowchart</source>
        <translation>organigramme mermaid</translation>
    </message>
    <message>
        <source>Not a dependency graph (DOT or mermaid).</source>
        <translation>Pas un graphe de dépendances (DOT ou mermaid).</translation>
    </message>
    <message>
        <source>Not a readable %1 graph: %2; nothing was imported from it.</source>
        <translation>Graphe %1 illisible&#xa0;: %2&#xa0;; rien n’en a été importé.</translation>
    </message>
    <message>
        <source>Read as a %1: %2 tasks, %3 dependencies.</source>
        <translation>Lu comme %1&#xa0;: %2 tâches, %3 dépendances.</translation>
    </message>
</context>
<context>
    <name>GraphNodeLook</name>
    <message>
        <source>Milestone %1, target %2</source>
        <translation>Jalon %1, cible %2</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Jalon %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3, %4</source>
        <translation>%1 — %2
%3, %4</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>En attente de %Ln tâche non terminée</numerusform>
            <numerusform>En attente de %Ln tâches non terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import %1 (%2 new, %3 updated)</source>
        <translation>Importer %1 (%2 nouvelles, %3 mises à jour)</translation>
    </message>
    <message>
        <source>The import was not saved; the project is as it was before. %1</source>
        <translation>L’importation n’a pas été enregistrée&#xa0;; le projet est tel qu’il était. %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>%1 is open read-only; open a project you can write to before importing.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; ouvrez un projet modifiable avant d’importer.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Rien à importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import of %1 was not saved.</source>
        <translation>L’importation de %1 n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written to: %2. Nothing was imported.</source>
        <translation>%1 n’est pas accessible en écriture&#xa0;: %2. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 kept (not in the file), %5 warnings</source>
        <translation>%1 créées, %2 mises à jour, %3 inchangées, %4 conservées (pas dans le fichier), %5 avertissements</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>ligne de tableau</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <source>status marker</source>
        <translation>marqueur de statut</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>élément de liste</translation>
    </message>
    <message>
        <source>key-value block</source>
        <translation>bloc clé-valeur</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>titre de section</translation>
    </message>
    <message>
        <source>mermaid gantt</source>
        <translation>gantt mermaid</translation>
    </message>
    <message>
        <source>graph node</source>
        <translation>nœud de graphe</translation>
    </message>
    <message>
        <source>Stated completion of the project: %1%</source>
        <translation>Avancement annoncé du projet&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2% (was %3%)</source>
        <translation>Avancement annoncé de %1&#xa0;: %2&#xa0;% (auparavant %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2%</source>
        <translation>Avancement annoncé de %1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>A task without a title was skipped.</source>
        <translation>Une tâche sans titre a été ignorée.</translation>
    </message>
    <message>
        <source>“%1” is not a usable key; a new one was given.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une clé utilisable&#xa0;; une nouvelle clé a été attribuée.</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first one was used.</source>
        <translation>%1 apparaît plusieurs fois&#xa0;; la première occurrence a été utilisée.</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the file nor in the project.</source>
        <translation>%1 dépend de %2, qui n’est ni dans le fichier ni dans le projet.</translation>
    </message>
    <message>
        <source>%1 → %2 would close a dependency cycle; left out.</source>
        <translation>%1 → %2 fermerait un cycle de dépendances&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>%1 depends on itself; that dependency was left out.</source>
        <translation>%1 dépend d’elle-même&#xa0;; cette dépendance a été ignorée.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>%1 is not a kind of file Candor imports (Markdown, CSV, Taskwarrior JSON, or a DOT or mermaid graph).</source>
        <translation>%1 n’est pas un type de fichier que Candor importe (Markdown, CSV, JSON Taskwarrior, ou un graphe DOT ou mermaid).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>The title has %1 characters, more than the %2 a title may have; it was cut, and the whole title begins the description.</source>
        <translation>Le titre compte %1 caractères, plus que les %2 qu’un titre peut avoir&#xa0;; il a été coupé, et le titre entier ouvre la description.</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation>Pas du JSON&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>Expected an object with nodes and edges</source>
        <translation>Objet avec des nœuds et des arêtes attendu</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Claimed only</source>
        <translation>Déclaré seulement</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tâche</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>déclaré %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>vérifié %1</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Légende&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>verified with evidence</source>
        <translation>vérifié avec preuve</translation>
    </message>
    <message>
        <source>claimed only</source>
        <translation>déclaré seulement, non vérifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Est. Days</source>
        <translation>Est. (jours)</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation>%1 déclaré</translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation>%1 vérifié</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Liste de contrôle %1</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Aucun composant</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Target Date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
</context>
<context>
    <name>MarkdownTrackerReader</name>
    <message>
        <source>Unknown status &quot;%1&quot; kept as text</source>
        <translation>Statut inconnu &quot;%1&quot; conservé comme texte</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;</source>
        <translation>Priorité inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown checkbox marker [%1] kept as text</source>
        <translation>Marqueur de case inconnu [%1] conservé comme texte</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate item(s) merged</source>
        <translation>
            <numerusform>%n élément en double fusionné</numerusform>
            <numerusform>%n éléments en double fusionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicting status for %1</source>
        <translation>Statuts contradictoires pour %1</translation>
    </message>
    <message>
        <source>No task table, checklist or status marker found: list items read as tasks</source>
        <translation>Aucun tableau de tâches, liste de contrôle ni marqueur de statut trouvé&#xa0;: éléments de liste lus comme des tâches</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Légende&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line of %1 characters read only in part</source>
        <translation>Ligne de %1 caractères lue en partie seulement</translation>
    </message>
    <message>
        <source>Task without a title skipped</source>
        <translation>Tâche sans titre ignorée</translation>
    </message>
    <message>
        <source>Table row without a task name skipped</source>
        <translation>Ligne de tableau sans nom de tâche ignorée</translation>
    </message>
</context>
<context>
    <name>MermaidFormat</name>
    <message>
        <source>Expected &apos;flowchart&apos; or &apos;graph&apos;</source>
        <translation>«&#xa0;flowchart&#xa0;» ou «&#xa0;graph&#xa0;» attendu</translation>
    </message>
    <message>
        <source>Expected a node id</source>
        <translation>Identifiant de nœud attendu</translation>
    </message>
    <message>
        <source>Expected a link such as --&gt;</source>
        <translation>Lien tel que --&gt; attendu</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: a row refers to one that is missing.</source>
        <translation>Échec de la migration vers la version %1&#xa0;: une ligne fait référence à une ligne manquante.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>La migration vers la version %1 a échoué</translation>
    </message>
    <message>
        <source>Migration to version %1 could not be saved</source>
        <translation>La migration vers la version %1 n’a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message>
        <source>Cannot move the cards: %1</source>
        <translation>Impossible de déplacer les cartes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>the project file is busy in another program</source>
        <translation>le fichier du projet est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>le fichier du projet est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>le fichier du projet est endommagé</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Check the name, or create a new project with File ▸ New.</source>
        <translation>Vérifiez le nom, ou créez un nouveau projet avec Fichier ▸ Nouveau projet.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Candor project.</source>
        <translation>Le fichier %1 est vide, ce n’est donc pas un projet Candor.</translation>
    </message>
    <message>
        <source>Open a .candor file, or create a new project with File ▸ New.</source>
        <translation>Ouvrez un fichier .candor, ou créez un nouveau projet avec Fichier ▸ Nouveau projet.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les droits d’accès du fichier.</translation>
    </message>
    <message>
        <source>The file %1 is not a Candor project (it is not an SQLite database).</source>
        <translation>Le fichier %1 n’est pas un projet Candor (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>To bring in a Markdown, CSV or Taskwarrior file, use File ▸ Import.</source>
        <translation>Pour reprendre un fichier Markdown, CSV ou Taskwarrior, utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>%1 is already open in another Candor (process %2 on %3).</source>
        <translation>%1 est déjà ouvert dans une autre instance de Candor (processus %2 sur %3).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and open the project again.</source>
        <translation>Passez à cette fenêtre, ou fermez-la et rouvrez le projet.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read.</source>
        <translation>Vérifiez que le fichier et son dossier sont lisibles.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 est endommagé et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Restaurez-le depuis une sauvegarde avec Fichier ▸ Restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Vérifiez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Candor project.</source>
        <translation>%1 est une base de données SQLite, mais pas un projet Candor.</translation>
    </message>
    <message>
        <source>To bring in tasks from another tool, use File ▸ Import.</source>
        <translation>Pour reprendre des tâches d’un autre outil, utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Candor (file format %2; this Candor reads up to format %3).</source>
        <translation>%1 a été enregistré par une version plus récente de Candor (format de fichier %2&#xa0;; cette version lit jusqu’au format %3).</translation>
    </message>
    <message>
        <source>Update Candor to open this project. The file was not changed.</source>
        <translation>Mettez Candor à jour pour ouvrir ce projet. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>Impossible de préparer %1</translation>
    </message>
    <message>
        <source>Free some disk space, then open the project again.</source>
        <translation>Libérez de l’espace disque, puis rouvrez le projet.</translation>
    </message>
    <message>
        <source>The file was left as it was. Report this with the file attached.</source>
        <translation>Le fichier est resté tel quel. Signalez ce problème en joignant le fichier.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to file format %2, but it is read-only, and no upgraded copy could be made (%3).</source>
        <translation>%1 doit être mis à niveau vers le format de fichier %2, mais il est en lecture seule et aucune copie mise à niveau n’a pu être faite (%3).</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation>Copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1</source>
        <translation>Impossible de copier le projet vers %1</translation>
    </message>
    <message>
        <source>Another Candor is creating %1 at this moment.</source>
        <translation>Un autre Candor est en train de créer %1.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then open the project.</source>
        <translation>Attendez qu’il ait terminé, puis ouvrez le projet.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Another Candor is opening %1 at this moment.</source>
        <translation>Un autre Candor est en train d’ouvrir %1.</translation>
    </message>
    <message>
        <source>Wait a moment, then open it again.</source>
        <translation>Attendez un instant, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Candor project.</source>
        <translation>%1 est une base SQLite vide, pas un projet Candor.</translation>
    </message>
    <message>
        <source>Cannot create %1. %2</source>
        <translation>Impossible de créer %1. %2</translation>
    </message>
    <message>
        <source>Choose a folder on a disk with room to write to.</source>
        <translation>Choisissez un dossier sur un disque disposant d’espace libre.</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>le disque contenant %1 est plein</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>le disque n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be read</source>
        <translation>le disque contenant %1 n’a pas pu être lu</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be full)</source>
        <translation>le disque n’a pas pu être écrit (il est peut-être plein)</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be written to (it may be full)</source>
        <translation>le disque contenant %1 n’a pas pu être écrit (il est peut-être plein)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 cannot be opened (check that it and its folder can be read)</source>
        <translation>%1 ne peut pas être ouvert (vérifiez que le fichier et son dossier sont lisibles)</translation>
    </message>
    <message>
        <source>SQLite gave no reason</source>
        <translation>SQLite n’a donné aucune raison</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;JSON (everything, with the schedule)…</source>
        <translation>&amp;JSON (tout, avec le planning)…</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)…</source>
        <translation>&amp;CSV (un tableur)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Taskwarrior…</source>
        <translation>&amp;Taskwarrior…</translation>
    </message>
    <message>
        <source>&amp;Markdown tracker…</source>
        <translation>Suivi &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Dependency graph as &amp;Graphviz DOT…</source>
        <translation>Graphe des dépendances en &amp;Graphviz DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Fichiers Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Dependency graph as Mer&amp;maid…</source>
        <translation>Graphe des dépendances en Mer&amp;maid…</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Fichiers Mermaid (*.mmd *.md)</translation>
    </message>
    <message>
        <source>Dependency graph &amp;layout (JSON)…</source>
        <translation>&amp;Disposition du graphe des dépendances (JSON)…</translation>
    </message>
</context>
<context>
    <name>ProjectGenerator</name>
    <message>
        <source>The number of tasks cannot be negative.</source>
        <translation>Le nombre de tâches ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Synthetic project made by candor generate, seed %1.</source>
        <translation>Projet synthétique créé par candor generate, graine %1.</translation>
    </message>
    <message>
        <source>Cannot write the project</source>
        <translation>Impossible d’écrire le projet</translation>
    </message>
    <message>
        <source>Cannot write a component</source>
        <translation>Impossible d’écrire un composant</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Mise en production</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Jalon %1</translation>
    </message>
    <message>
        <source>Gate %1 of the road to production.</source>
        <translation>Étape %1 du chemin vers la production.</translation>
    </message>
    <message>
        <source>Cannot write a milestone</source>
        <translation>Impossible d’écrire un jalon</translation>
    </message>
    <message>
        <source>Cannot write a task</source>
        <translation>Impossible d’écrire une tâche</translation>
    </message>
    <message>
        <source>Cannot write a dependency</source>
        <translation>Impossible d’écrire une dépendance</translation>
    </message>
    <message>
        <source>Cannot write a milestone gate</source>
        <translation>Impossible d’écrire une condition de jalon</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write a checklist item</source>
        <translation>Impossible d’écrire un élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Cannot save the generated project</source>
        <translation>Impossible d’enregistrer le projet généré</translation>
    </message>
    <message numerus="yes">
        <source>Generated project (%Ln task(s))</source>
        <translation>
            <numerusform>Projet généré (%Ln tâche)</numerusform>
            <numerusform>Projet généré (%Ln tâches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Restaurez-le depuis une sauvegarde avec Fichier ▸ Restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Vérifiez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the project of %1</source>
        <translation>Impossible de lire le projet de %1</translation>
    </message>
    <message>
        <source>Cannot read the components of %1</source>
        <translation>Impossible de lire les composants de %1</translation>
    </message>
    <message>
        <source>Cannot read the milestones of %1</source>
        <translation>Impossible de lire les jalons de %1</translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1</source>
        <translation>Impossible de lire les tâches de %1</translation>
    </message>
    <message>
        <source>Cannot read the dependencies of %1</source>
        <translation>Impossible de lire les dépendances de %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Status report</source>
        <translation>Rapport d’état</translation>
    </message>
    <message>
        <source>Status of %1 on %2: claimed and verified completion, blockers, milestones and changes</source>
        <translation>État de %1 au %2&#xa0;: avancement déclaré et vérifié, blocages, jalons et modifications</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(aucun composant)</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>%1 claimed · %2 verified</source>
        <translation>%1 déclaré · %2 vérifié</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Déclaré, non vérifié</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Annoncé dans le suivi</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <source>+%1 d late</source>
        <translation>+%1 j de retard</translation>
    </message>
    <message>
        <source>%1 d early</source>
        <translation>%1 j d’avance</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the full report)</source>
        <translation>
            <numerusform>… et %n autre (toutes dans le rapport complet)</numerusform>
            <numerusform>… et %n autres (toutes dans le rapport complet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Stated %1</source>
        <translation>Annoncé&#xa0;: %1</translation>
    </message>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>vérifié %1 · déclaré %2</translation>
    </message>
    <message>
        <source>Green: verified; amber: claimed, not verified; grey: remaining; black tick: stated.</source>
        <translation>Vert&#xa0;: vérifié&#xa0;; ambre&#xa0;: déclaré, non vérifié&#xa0;; gris&#xa0;: restant&#xa0;; trait noir&#xa0;: annoncé.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 report · %3</source>
        <translation>%1 · rapport «&#xa0;%2&#xa0;» · %3</translation>
    </message>
</context>
<context>
    <name>ReportMarkdown</name>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>vérifié %1 · déclaré %2</translation>
    </message>
    <message>
        <source>█ verified  ▒ claimed, not verified  ░ remaining</source>
        <translation>█ vérifié  ▒ déclaré, non vérifié  ░ restant</translation>
    </message>
    <message>
        <source>**Date**: %1 · **Report**: %2 · **Status markers**: %3</source>
        <translation>**Date**&#xa0;: %1 · **Rapport**&#xa0;: %2 · **Marqueurs de statut**&#xa0;: %3</translation>
    </message>
    <message>
        <source>_Made by Candor from the project&apos;s data: claimed figures count tasks marked done, verified ones only tasks with evidence._</source>
        <translation>_Créé par Candor à partir des données du projet&#xa0;: les chiffres déclarés comptent les tâches marquées terminées, les chiffres vérifiés seulement les tâches avec preuve._</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Title block and counts</source>
        <translation>Bloc de titre et chiffres clés</translation>
    </message>
    <message>
        <source>Blockers (open P0 tasks)</source>
        <translation>Blocages (tâches P0 ouvertes)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avancement par composant</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Déclaré contre vérifié</translation>
    </message>
    <message>
        <source>All tasks by component, with checklists</source>
        <translation>Toutes les tâches par composant, avec les listes de contrôle</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the report template, in “summary report”</comment>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>full</source>
        <comment>the report template, in “full report”</comment>
        <translation>complet</translation>
    </message>
    <message>
        <source>blockers</source>
        <comment>the report template, in “blockers report”</comment>
        <translation>blocages</translation>
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
        <translation>%1 · %2 · rapport «&#xa0;%3&#xa0;»</translation>
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
        <translation>Terminé (déclaré)</translation>
    </message>
    <message>
        <source>Verified complete</source>
        <translation>Terminé (vérifié)</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Annoncé dans le suivi</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Tâches P0 ouvertes</translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
        <translation>
            <numerusform>%n vérification échouée</numerusform>
            <numerusform>%n vérifications échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stated above what their tasks claim</source>
        <translation>
            <numerusform>%n composant annoncé au-dessus de ce que ses tâches déclarent</numerusform>
            <numerusform>%n composants annoncés au-dessus de ce que leurs tâches déclarent</numerusform>
        </translation>
    </message>
    <message>
        <source>Honesty gap: %1 points claimed beyond the evidence</source>
        <translation>Écart d’honnêteté&#xa0;: %1 points déclarés au-delà des preuves</translation>
    </message>
    <message>
        <source> (the tracker stated %1, the evidence shows %2)</source>
        <translation> (le suivi annonçait %1, les preuves montrent %2)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation>&#xa0;: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>Aucune tâche P0 ouverte.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message numerus="yes">
        <source>%n open P0 task(s), those holding up the most other work first.</source>
        <translation>
            <numerusform>%n tâche P0 ouverte, en commençant par celles qui retiennent le plus d’autre travail.</numerusform>
            <numerusform>%n tâches P0 ouvertes, en commençant par celles qui retiennent le plus d’autre travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avancement par composant</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Claimed − verified</source>
        <translation>Déclaré − vérifié</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>Le projet n’a aucun jalon.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>Gating tasks</source>
        <translation>Tâches requises</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 sur %2 ouvertes</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>atteint le %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>aucun travail ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: the day 80% of %n simulated run(s) finish by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</source>
        <translation>
            <numerusform>Prévision&#xa0;: le jour auquel 80&#xa0;% de %n simulation se termine (Monte-Carlo sur les estimations restantes et les dépendances)&#xa0;; retard en jours ouvrés.</numerusform>
            <numerusform>Prévision&#xa0;: le jour auquel 80&#xa0;% des %n simulations se terminent (Monte-Carlo sur les estimations restantes et les dépendances)&#xa0;; retard en jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>No schedule: the dependencies have a cycle (%1).</source>
        <translation>Pas de planning&#xa0;: les dépendances contiennent un cycle (%1).</translation>
    </message>
    <message>
        <source>No open work: nothing is on a critical path.</source>
        <translation>Aucun travail ouvert&#xa0;: rien n’est sur un chemin critique.</translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of unfinished work: %n task(s), finishing on %1 (%2 working days from %3) if every estimate holds.</source>
        <translation>
            <numerusform>La plus longue chaîne de travail non terminé&#xa0;: %n tâche, terminée le %1 (%2 jours ouvrés à partir du %3) si chaque estimation tient.</numerusform>
            <numerusform>La plus longue chaîne de travail non terminé&#xa0;: %n tâches, terminées le %1 (%2 jours ouvrés à partir du %3) si chaque estimation tient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified</source>
        <translation>
            <numerusform>%Ln tâche terminée, non vérifiée</numerusform>
            <numerusform>%Ln tâches terminées, non vérifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTaskSections</name>
    <message>
        <source>Changes since %1</source>
        <translation>Modifications depuis le %1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>L’historique n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nouvelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>statut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>verification: %1 → %2</source>
        <translation>vérification&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changed in this time.</source>
        <translation>Rien n’a changé pendant cette période.</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Déclaré contre vérifié</translation>
    </message>
    <message>
        <source>Every task marked done is verified, and no verification failed.</source>
        <translation>Chaque tâche marquée terminée est vérifiée, et aucune vérification n’a échoué.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 is stated %2 complete; its tasks claim %3 and show %4 verified.</source>
        <translation>%1 est annoncé terminé à %2&#xa0;; ses tâches déclarent %3 et montrent %4 vérifié.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… et %n autre élément</numerusform>
            <numerusform>… et %n autres éléments</numerusform>
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
            <numerusform>%Ln changement de statut</numerusform>
            <numerusform>%Ln changements de statut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new task(s)</source>
        <translation>
            <numerusform>%Ln nouvelle tâche</numerusform>
            <numerusform>%Ln nouvelles tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verification change(s)</source>
        <translation>
            <numerusform>%Ln changement de vérification</numerusform>
            <numerusform>%Ln changements de vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified:</source>
        <translation>
            <numerusform>%Ln tâche terminée, non vérifiée&#xa0;:</numerusform>
            <numerusform>%Ln tâches terminées, non vérifiées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) whose verification failed:</source>
        <translation>
            <numerusform>%Ln tâche dont la vérification a échoué&#xa0;:</numerusform>
            <numerusform>%Ln tâches dont la vérification a échoué&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln task(s))</source>
        <translation>
            <numerusform>%1 (%Ln tâche)</numerusform>
            <numerusform>%1 (%Ln tâches)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleColumns</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end</source>
        <translation>Sur le chemin critique&#xa0;: tout retard repousse la fin</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the end</source>
        <translation>Jours ouvrés de retard possibles pour cette tâche sans repousser la fin</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Matches description: %1</source>
        <translation>Correspond dans la description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matches phase: %1</source>
        <translation>Correspond dans la phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matches evidence: %1</source>
        <translation>Correspond dans la preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Matches checklist: %1</source>
        <translation>Correspond dans la liste de contrôle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SectionVocabulary</name>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métriques</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message>
        <source>guidelines</source>
        <translation>consignes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risques</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
</context>
<context>
    <name>SetStatedCompletionCommand</name>
    <message>
        <source>Set the stated completion of %1</source>
        <translation>Définir l’avancement annoncé de %1</translation>
    </message>
</context>
<context>
    <name>SetTaskFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier le champ %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Modifier le champ %1 de %Ln tâche</numerusform>
            <numerusform>Modifier le champ %1 de %Ln tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot change the project settings</source>
        <translation>Impossible de modifier les paramètres du projet</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>Cannot rename the project</source>
        <translation>Impossible de renommer le projet</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot</source>
        <translation>Impossible d’écrire l’instantané</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>le rapport n’a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>StoredValueCheck</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 %2: “%3” (read as %4)</source>
        <translation>%1 %2&#xa0;: «&#xa0;%3&#xa0;» (lu comme %4)</translation>
    </message>
</context>
<context>
    <name>TaskEnums</name>
    <message>
        <source>Todo</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Ne sera pas fait</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>TaskField</name>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>assignation</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>avancement</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>jalons</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>optimistic estimate</source>
        <translation>estimation optimiste</translation>
    </message>
    <message>
        <source>likely estimate</source>
        <translation>estimation probable</translation>
    </message>
    <message>
        <source>pessimistic estimate</source>
        <translation>estimation pessimiste</translation>
    </message>
    <message>
        <source>board position</source>
        <translation>position sur le tableau</translation>
    </message>
    <message>
        <source>verification date</source>
        <translation>date de vérification</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>dépend de</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>checklist order</source>
        <translation>ordre de la liste de contrôle</translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>A task needs a key, such as SEC-001.</source>
        <translation>Une tâche doit avoir une clé, comme SEC-001.</translation>
    </message>
    <message>
        <source>A key has at most %1 characters.</source>
        <translation>Une clé comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A key holds letters, digits, “-”, “_” and “.”, and no spaces.</source>
        <translation>Une clé se compose de lettres, de chiffres, de «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;», sans espaces.</translation>
    </message>
    <message>
        <source>The key %1 is already used by “%2”.</source>
        <translation>La clé %1 est déjà utilisée par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>Un titre comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Statut inconnu.</translation>
    </message>
    <message>
        <source>Priority is one of P0, P1, P2 and P3.</source>
        <translation>La priorité est P0, P1, P2 ou P3.</translation>
    </message>
    <message>
        <source>Unknown verification state.</source>
        <translation>État de vérification inconnu.</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Composant inconnu.</translation>
    </message>
    <message>
        <source>An estimate is a number of days from 0 to %1.</source>
        <translation>Une estimation est un nombre de jours de 0 à %1.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>L’avancement est un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Jalon inconnu.</translation>
    </message>
    <message>
        <source>Invalid rank.</source>
        <translation>Rang non valide.</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Date non valide.</translation>
    </message>
    <message>
        <source>The update time is set by Candor.</source>
        <translation>L’heure de mise à jour est définie par Candor.</translation>
    </message>
</context>
<context>
    <name>TaskWriter</name>
    <message>
        <source>Cannot change the %1 of a task</source>
        <translation>Impossible de modifier le champ %1 d’une tâche</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tâche n’existe plus.</translation>
    </message>
    <message>
        <source>Cannot change the milestones of a task</source>
        <translation>Impossible de modifier les jalons d’une tâche</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Impossible d’ajouter la tâche</translation>
    </message>
    <message>
        <source>The key %1 is used twice.</source>
        <translation>La clé %1 est utilisée deux fois.</translation>
    </message>
    <message>
        <source>Cannot read the checklists of the tasks to delete.</source>
        <translation>Impossible de lire les listes de contrôle des tâches à supprimer.</translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>Impossible de supprimer la tâche</translation>
    </message>
</context>
<context>
    <name>TaskwarriorReader</name>
    <message>
        <source>Not a task object; skipped.</source>
        <translation>Pas un objet tâche&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Not a task object (%1); skipped.</source>
        <translation>Pas un objet tâche (%1)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Not Taskwarrior JSON: %1 (expected the output of &quot;task export&quot;).</source>
        <translation>Pas du JSON Taskwarrior&#xa0;: %1 (attendu&#xa0;: la sortie de &quot;task export&quot;).</translation>
    </message>
    <message>
        <source>The key %1 is used twice; this task gets a key from its UUID.</source>
        <translation>La clé %1 est utilisée deux fois&#xa0;; cette tâche reçoit une clé tirée de son UUID.</translation>
    </message>
    <message>
        <source>Unknown candor_status &quot;%1&quot;; ignored.</source>
        <translation>candor_status inconnu &quot;%1&quot;&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Unknown Taskwarrior status &quot;%1&quot;; kept as text.</source>
        <translation>Statut Taskwarrior inconnu &quot;%1&quot;&#xa0;; conservé comme texte.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected H, M or L.</source>
        <translation>Priorité inconnue &quot;%1&quot;&#xa0;; attendu&#xa0;: H, M ou L.</translation>
    </message>
    <message>
        <source>candor_estimate &quot;%1&quot; is not a number of days; ignored.</source>
        <translation>candor_estimate &quot;%1&quot; n’est pas un nombre de jours&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>candor_progress &quot;%1&quot; is not a percentage; ignored.</source>
        <translation>candor_progress &quot;%1&quot; n’est pas un pourcentage&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Unknown candor_verification &quot;%1&quot;; ignored.</source>
        <translation>candor_verification inconnu &quot;%1&quot;&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>The task has no description; it was skipped.</source>
        <translation>La tâche n’a pas de description&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Depends on %1, which is not in this file; that dependency was dropped.</source>
        <translation>Dépend de %1, qui n’est pas dans ce fichier&#xa0;; cette dépendance a été abandonnée.</translation>
    </message>
    <message>
        <source>Status: pending, waiting and recurring are todo (in progress when started), completed is done, deleted is won&apos;t do; priority: H, M, L are P1, P2, P3, none is P2.</source>
        <translation>Statut&#xa0;: pending, waiting et recurring deviennent «&#xa0;À faire&#xa0;» («&#xa0;En cours&#xa0;» une fois démarrées), completed devient «&#xa0;Terminé&#xa0;», deleted devient «&#xa0;Ne sera pas fait&#xa0;»&#xa0;; priorité&#xa0;: H, M, L deviennent P1, P2, P3, aucune devient P2.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without candor_key got a key from their UUID (TW-…).</source>
        <translation>
            <numerusform>%n tâche sans candor_key a reçu une clé tirée de son UUID (TW-…).</numerusform>
            <numerusform>%n tâches sans candor_key ont reçu une clé tirée de leur UUID (TW-…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The description holds only NUL characters; the task was skipped.</source>
        <translation>La description ne contient que des caractères NUL&#xa0;; la tâche a été ignorée.</translation>
    </message>
    <message>
        <source>The task holds NUL characters; they were removed.</source>
        <translation>La tâche contient des caractères NUL&#xa0;; ils ont été supprimés.</translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message>
        <source>Unreadable bytes (not valid UTF-8) were replaced by U+FFFD.</source>
        <translation>Des octets illisibles (UTF-8 non valide) ont été remplacés par U+FFFD.</translation>
    </message>
    <message numerus="yes">
        <source>Unreadable bytes were also replaced on %n more line(s).</source>
        <translation>
            <numerusform>Des octets illisibles ont aussi été remplacés sur %n autre ligne.</numerusform>
            <numerusform>Des octets illisibles ont aussi été remplacés sur %n autres lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters damaged by a wrong code page were repaired on %n line(s).</source>
        <translation>
            <numerusform>Des caractères abîmés par une mauvaise page de code ont été réparés sur %n ligne.</numerusform>
            <numerusform>Des caractères abîmés par une mauvaise page de code ont été réparés sur %n lignes.</numerusform>
        </translation>
    </message>
</context>
</TS>
