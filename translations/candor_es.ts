<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>Añadir el componente %1</translation>
    </message>
</context>
<context>
    <name>AddMilestoneCommand</name>
    <message>
        <source>Add milestone %1</source>
        <translation>Añadir el hito %1</translation>
    </message>
</context>
<context>
    <name>AddTasksCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln task(s)</source>
        <translation>
            <numerusform>Añadir %Ln tarea</numerusform>
            <numerusform>Añadir %Ln tareas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1.</source>
        <translation>No se puede leer la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BoardChrome</name>
    <message>
        <source>WIP limit: %1</source>
        <translation>Límite WIP: %1</translation>
    </message>
    <message>
        <source>Right-click to set a WIP limit; click ▸ to collapse.</source>
        <translation>Clic derecho para fijar un límite WIP; clic en ▸ para contraer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source> · %1 d</source>
        <translation> · %1 d</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln card(s)</source>
        <translation>
            <numerusform>%1: %Ln tarjeta</numerusform>
            <numerusform>%1: %Ln tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln tarjeta</numerusform>
            <numerusform>%Ln tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardHeaderMenus</name>
    <message>
        <source>Set WIP Limit…</source>
        <translation>Fijar límite WIP…</translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation>Quitar límite WIP</translation>
    </message>
    <message>
        <source>Remove WIP limit of %1</source>
        <translation>Quitar el límite WIP de %1</translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation>Expandir columna</translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation>Contraer columna</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>Ocultar columna</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>Límite WIP</translation>
    </message>
    <message>
        <source>Most cards in “%1” (0 for no limit):</source>
        <translation>Máximo de tarjetas en «%1» (0 para ningún límite):</translation>
    </message>
    <message>
        <source>Set WIP limit of %1</source>
        <translation>Fijar el límite WIP de %1</translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Expandir calle</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Contraer calle</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Contraer todas las calles</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Expandir todas las calles</translation>
    </message>
</context>
<context>
    <name>BoardLanes</name>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Sin componente</translation>
    </message>
</context>
<context>
    <name>Candor::AboutDialog</name>
    <message>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;A tracker for a project&apos;s road to production: what is claimed done, and what is verified.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor is free software under the MIT licence. It uses the Qt toolkit under the GNU Lesser General Public License version 3, and SQLite, which is in the public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Un seguimiento del camino de un proyecto hasta producción: lo que se declara hecho y lo que está verificado.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3 (%4).&lt;/p&gt;&lt;p&gt;Candor es software libre bajo la licencia MIT. Usa el conjunto de herramientas Qt bajo la GNU Lesser General Public License versión 3, y SQLite, que es de dominio público.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Candor::AddTaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>What needs to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omponente:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Candor::BackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Taken before a restore (restore it to undo that restore)</source>
        <translation>Hecha antes de una restauración (restáurela para deshacer esa restauración)</translation>
    </message>
    <message>
        <source>Taken before a file format upgrade</source>
        <translation>Hecha antes de una actualización del formato de archivo</translation>
    </message>
    <message>
        <source>Manual backup</source>
        <translation>Copia manual</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Candor keeps a copy of the project once a day and before every upgrade or restore (the last 7). Restoring replaces the project with the chosen copy; a copy of the current state is kept first.</source>
        <translation>Candor guarda una copia del proyecto una vez al día y antes de cada actualización o restauración (las 7 últimas). Restaurar sustituye el proyecto por la copia elegida; antes se guarda una copia del estado actual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Candor::BoardEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be done while it waits on %2.</source>
        <translation>
            <numerusform>%1 no puede hacerse mientras espera a %2.</numerusform>
            <numerusform>%1 no pueden hacerse mientras esperan a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 within %2</source>
        <translation>Reordenar %1 dentro de %2</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %Ln task(s) within %1</source>
        <translation>
            <numerusform>Reordenar %Ln tarea dentro de %1</numerusform>
            <numerusform>Reordenar %Ln tareas dentro de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln task(s) to %1</source>
        <translation>
            <numerusform>Mover %Ln tarea a %1</numerusform>
            <numerusform>Mover %Ln tareas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::BoardPage</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Group the cards in lanes</source>
        <translation>Agrupar las tarjetas en calles</translation>
    </message>
    <message>
        <source>&amp;Swimlanes:</source>
        <translation>&amp;Calles:</translation>
    </message>
    <message>
        <source>Collapse Lanes</source>
        <translation>Contraer calles</translation>
    </message>
    <message>
        <source>Show only the lanes&apos; headers; drop cards on a header to move them into that lane</source>
        <translation>Mostrar solo las cabeceras de las calles; suelte tarjetas sobre una cabecera para moverlas a esa calle</translation>
    </message>
    <message>
        <source>Expand Lanes</source>
        <translation>Expandir calles</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Done with open dependencies</source>
        <translation>Hecho con dependencias abiertas</translation>
    </message>
    <message>
        <source>Ask before moving into Done</source>
        <translation>Preguntar antes de mover a «Hecho»</translation>
    </message>
    <message>
        <source>Refuse to move into Done</source>
        <translation>Impedir mover a «Hecho»</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Set WIP Limits…</source>
        <translation>Fijar límites WIP…</translation>
    </message>
    <message>
        <source>Drag cards, or Ctrl+arrows; 0–3 set priority; Enter opens the inspector</source>
        <translation>Arrastre tarjetas o use Ctrl+flechas; 0–3 fija la prioridad; Intro abre el inspector</translation>
    </message>
    <message>
        <source>Move to Done</source>
        <translation>Mover a «Hecho»</translation>
    </message>
    <message numerus="yes">
        <source>Mark it done anyway?</source>
        <translation>
            <numerusform>¿Marcarla como hecha de todos modos?</numerusform>
            <numerusform>¿Marcarlas como hechas de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the Done policy</source>
        <translation>Cambiar la regla de «Hecho»</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Calles</translation>
    </message>
    <message>
        <source>Collapse Empty Lanes</source>
        <translation>Contraer las calles vacías</translation>
    </message>
    <message>
        <source>Lanes without cards show only their header; drop cards on it to move them into the lane</source>
        <translation>Las calles sin tarjetas solo muestran su cabecera; suelte tarjetas sobre ella para moverlas a la calle</translation>
    </message>
    <message numerus="yes">
        <source>%1 still depends on unfinished work: %2.</source>
        <translation>
            <numerusform>%1 aún depende de trabajo sin terminar: %2.</numerusform>
            <numerusform>%1 aún dependen de trabajo sin terminar: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::CardDelegate</name>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>☑ %1/%2</source>
        <translation>☑ %1/%2</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>espera a %1</translation>
    </message>
</context>
<context>
    <name>Candor::CatalogEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
</context>
<context>
    <name>Candor::ChecklistEditor</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Quitar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Click a box to check it; double-click or press F2 to rename</source>
        <translation>Haga clic en una casilla para marcarla; doble clic o F2 para renombrar</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Elemento nuevo</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Aún no hay elementos.</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 hechos</translation>
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
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Declarado, no verificado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(sin componente)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Indicado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no tasks</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: sin tareas</translation>
    </message>
    <message>
        <source>Stated %1</source>
        <translation>Indicado: %1</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2</source>
        <translation>Declarado %1, verificado %2</translation>
    </message>
    <message>
        <source>Verified %1 · claimed, not verified %2 · remaining %3</source>
        <translation>Verificado %1 · declarado, no verificado %2 · pendiente %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln task(s), %2 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln tarea, %2 días estimados</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln tareas, %2 días estimados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentDialog</name>
    <message>
        <source>Add Component</source>
        <translation>Añadir componente</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation>p. ej., SEC</translation>
    </message>
    <message>
        <source>Component Colour</source>
        <translation>Color del componente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Prefijo de clave:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation>Un componente necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a component called %1.</source>
        <translation>Ya existe un componente llamado %1.</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentEditor</name>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>e.g. SEC</source>
        <translation>p. ej., SEC</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>The completion a tracker or a person stated for this component, shown beside what its tasks add up to</source>
        <translation>El avance que un seguimiento o una persona indicó para este componente, mostrado junto a lo que suman sus tareas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>&amp;Prefijo de clave:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Stated completion:</source>
        <translation>Avance &amp;indicado:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tareas:</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename component %1 to %2</source>
        <translation>Renombrar el componente %1 a %2</translation>
    </message>
    <message>
        <source>Set the key prefix of %1 to %2</source>
        <translation>Poner el prefijo de clave de %1 en %2</translation>
    </message>
    <message>
        <source>Set the stated completion of %1 to %2 %</source>
        <translation>Poner el avance indicado de %1 en %2 %</translation>
    </message>
    <message>
        <source>Clear the stated completion of %1</source>
        <translation>Quitar el avance indicado de %1</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Cambiar el color de %1</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Nuevo componente</translation>
    </message>
    <message>
        <source>Add component %1</source>
        <translation>Añadir el componente %1</translation>
    </message>
    <message>
        <source>Delete Component</source>
        <translation>Eliminar componente</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n task(s). Delete it and leave them without a component?</source>
        <translation>
            <numerusform>%1 contiene %n tarea. ¿Eliminarlo y dejar la tarea sin componente?</numerusform>
            <numerusform>%1 contiene %n tareas. ¿Eliminarlo y dejar las tareas sin componente?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete component %1</source>
        <translation>Eliminar el componente %1</translation>
    </message>
</context>
<context>
    <name>Candor::ComponentModel</name>
    <message>
        <source>Key prefix: %1</source>
        <translation>Prefijo de clave: %1</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardChartView</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Drawn by Candor</source>
        <translation>Dibujado por Candor</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>Copiar gráfico como imagen</translation>
    </message>
    <message>
        <source>Save Chart as PNG or SVG…</source>
        <translation>Guardar gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Imágenes PNG (*.png);;Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
</context>
<context>
    <name>Candor::DashboardPage</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <source>Record today&apos;s completion in the history now</source>
        <translation>Registrar ahora el avance de hoy en el historial</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>No hay tareas P0 abiertas.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Estimate (days)</source>
        <translation>Estimación (días)</translation>
    </message>
    <message>
        <source>Show Selection in Table</source>
        <translation>Mostrar selección en la tabla</translation>
    </message>
    <message>
        <source>Filter the table to the tasks selected here (click a bar, a cell or a milestone)</source>
        <translation>Filtrar la tabla por las tareas seleccionadas aquí (haga clic en una barra, una celda o un hito)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avance por componente</translation>
    </message>
    <message>
        <source>Honesty gap</source>
        <translation>Brecha de honestidad</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Tareas P0 abiertas</translation>
    </message>
    <message>
        <source>Status × priority</source>
        <translation>Estado × prioridad</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>tasks in that segment</source>
        <translation>tareas de ese segmento</translation>
    </message>
    <message>
        <source>%1 %2 tasks</source>
        <translation>tareas %1 «%2»</translation>
    </message>
    <message>
        <source>tasks gating the milestone</source>
        <translation>tareas que condicionan el hito</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>tasks of the component</source>
        <translation>tareas del componente</translation>
    </message>
    <message>
        <source>open P0 tasks</source>
        <translation>tareas P0 abiertas</translation>
    </message>
    <message>
        <source>Snapshot of today&apos;s completion taken.</source>
        <translation>Instantánea del avance de hoy registrada.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n %1</source>
        <translation>
            <numerusform>Selección: %n %1</numerusform>
            <numerusform>Selección: %n %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DaysDelegate</name>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Candor::DependencyEditor</name>
    <message>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Depends on key, e.g. OPS-002</source>
        <translation>Clave de la dependencia, p. ej., OPS-002</translation>
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation>Quitar la dependencia seleccionada</translation>
    </message>
    <message>
        <source>Depends &amp;on:</source>
        <translation>Depe&amp;nde de:</translation>
    </message>
    <message>
        <source>&amp;Needed by:</source>
        <translation>Re&amp;querida por:</translation>
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
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>No task has the key %1.</source>
        <translation>Ninguna tarea tiene la clave %1.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Una tarea no puede depender de sí misma.</translation>
    </message>
    <message>
        <source>This task already depends on %1.</source>
        <translation>Esta tarea ya depende de %1.</translation>
    </message>
    <message>
        <source>Refused: this would close a cycle: %1</source>
        <translation>Rechazado: esto cerraría un ciclo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Esperando %Ln tarea sin terminar</numerusform>
            <numerusform>Esperando %Ln tareas sin terminar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::DetailsSection</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>C&amp;omponente:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Asi&amp;gnado a:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>e.g. Hardening</source>
        <translation>p. ej., Endurecimiento</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Hitos:</translation>
    </message>
    <message>
        <source>What is to be done, and how we know it is done</source>
        <translation>Qué hay que hacer y cómo se sabe que está hecho</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter</source>
        <translation>Se guarda al salir del campo o al pulsar Ctrl+Intro</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2</source>
        <translation>Creada el %1 · modificada el %2</translation>
    </message>
</context>
<context>
    <name>Candor::EstimateSection</name>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>E&amp;stimación:</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimista</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Pessimistic</source>
        <translation>Pesimista</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Rango:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>How much of the work is done, as claimed</source>
        <translation>Cuánto del trabajo está hecho, según lo declarado</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>P&amp;rogreso:</translation>
    </message>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>Candor::ExportActions</name>
    <message>
        <source>E&amp;xport Project</source>
        <translation>E&amp;xportar el proyecto</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Export Project</source>
        <translation>Exportar el proyecto</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Project Not Exported</source>
        <translation>Proyecto no exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>%n tarea exportada a %1</numerusform>
            <numerusform>%n tareas exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Show every task again (keeps the other filters)</source>
        <translation>Mostrar de nuevo todas las tareas (se mantienen los demás filtros)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>(No component)</source>
        <translation>(Sin componente)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search all fields, checklists and evidence (Ctrl+F)</source>
        <translation>Buscar en todos los campos, listas de comprobación y evidencias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the tasks whose key, title, description, assignee, phase, component, milestones, verification evidence or checklist items contain the text, ignoring case. Matches are highlighted.</source>
        <translation>Muestra las tareas cuya clave, título, descripción, responsable, fase, componente, hitos, evidencia de verificación o elementos de la lista de comprobación contienen el texto, sin distinguir mayúsculas de minúsculas. Las coincidencias se resaltan.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln chosen task(s) ✕</source>
        <translation>
            <numerusform>Solo %Ln tarea elegida ✕</numerusform>
            <numerusform>Solo %Ln tareas elegidas ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::GettingStarted</name>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Abrir el proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import a Tracker…</source>
        <translation>&amp;Importar un seguimiento…</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with Candor&lt;/h3&gt;&lt;p&gt;A project is one file. Its tasks show as a &lt;b&gt;table&lt;/b&gt; (sort, filter, edit in place), a &lt;b&gt;board&lt;/b&gt; (drag cards between statuses), a dependency &lt;b&gt;graph&lt;/b&gt; with the critical path, and a &lt;b&gt;dashboard&lt;/b&gt; of completion by component and milestones.&lt;/p&gt;&lt;p&gt;Candor keeps what is &lt;i&gt;claimed&lt;/i&gt; done apart from what is &lt;i&gt;verified&lt;/i&gt;: a task marked done without evidence counts as claimed, not verified, everywhere.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (%1). File ▸ Print Report makes the status report; File ▸ Export Project writes JSON, CSV, Taskwarrior or Markdown.&lt;/p&gt;&lt;p&gt;Start with the demo project, or import the TASKS.md, STATUS.md, CSV or Taskwarrior export your team already keeps (or drop the file on the window).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Primeros pasos con Candor&lt;/h3&gt;&lt;p&gt;Un proyecto es un archivo. Sus tareas se muestran como &lt;b&gt;tabla&lt;/b&gt; (ordenar, filtrar, editar en el sitio), como &lt;b&gt;tablero&lt;/b&gt; (arrastrar tarjetas entre estados), como &lt;b&gt;grafo&lt;/b&gt; de dependencias con la ruta crítica y como &lt;b&gt;panel&lt;/b&gt; del avance por componente y de los hitos.&lt;/p&gt;&lt;p&gt;Candor separa lo que se &lt;i&gt;declara&lt;/i&gt; hecho de lo que está &lt;i&gt;verificado&lt;/i&gt;: una tarea marcada como hecha sin evidencia cuenta en todas partes como declarada, no verificada.&lt;/p&gt;&lt;p&gt;Cada cambio se guarda al momento y se puede deshacer (%1). Archivo ▸ Imprimir informe genera el informe de estado; Archivo ▸ Exportar el proyecto escribe JSON, CSV, Taskwarrior o Markdown.&lt;/p&gt;&lt;p&gt;Empiece con el proyecto de demostración, o importe el TASKS.md, STATUS.md, CSV o la exportación de Taskwarrior que su equipo ya lleva (o suelte el archivo sobre la ventana).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Candor::GraphMinimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vista general: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPage</name>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Export Graph as &amp;SVG…</source>
        <translation>Exportar grafo como &amp;SVG…</translation>
    </message>
    <message>
        <source>Export Graph as &amp;PNG…</source>
        <translation>Exportar grafo como &amp;PNG…</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Solo sin terminar</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>Posteriores a la selección</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>Anteriores a la selección</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Solo ruta crítica</translation>
    </message>
    <message>
        <source>%1 tasks are in this view: too many to draw legibly (the graph draws up to %2). Choose a focus, or narrow the filter, e.g. to one component.</source>
        <translation>Hay %1 tareas en esta vista: demasiadas para dibujarlas de forma legible (el grafo dibuja hasta %2). Elija un enfoque o restrinja el filtro, p. ej., a un componente.</translation>
    </message>
    <message>
        <source>Select a task to see what it waits for, or what waits for it.</source>
        <translation>Seleccione una tarea para ver a qué espera o qué la espera.</translation>
    </message>
    <message>
        <source>Nothing is on the critical path: it is not computed yet, or no work is left.</source>
        <translation>No hay nada en la ruta crítica: aún no se ha calculado o no queda trabajo.</translation>
    </message>
    <message>
        <source>Every task in this view is done.</source>
        <translation>Todas las tareas de esta vista están hechas.</translation>
    </message>
    <message>
        <source>This project has no tasks yet.</source>
        <translation>Este proyecto aún no tiene tareas.</translation>
    </message>
    <message>
        <source>No task matches the filter.</source>
        <translation>Ninguna tarea coincide con el filtro.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 ya depende de %2.</translation>
    </message>
    <message>
        <source>Refused: %1 cannot depend on %2, that would close a cycle: %3</source>
        <translation>Rechazado: %1 no puede depender de %2, eso cerraría un ciclo: %3</translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation>%1 ahora depende de %2.</translation>
    </message>
    <message>
        <source>A dashed arrow shows a task gating a milestone; change that in the inspector.</source>
        <translation>Una flecha discontinua indica una tarea que condiciona un hito; cámbielo en el inspector.</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Exportar grafo como SVG</translation>
    </message>
    <message>
        <source>Export Graph as PNG</source>
        <translation>Exportar grafo como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Grafo exportado a %1</translation>
    </message>
</context>
<context>
    <name>Candor::GraphPageBar</name>
    <message>
        <source>All Tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Upstream of Selection</source>
        <translation>Anteriores a la selección</translation>
    </message>
    <message>
        <source>Downstream of Selection</source>
        <translation>Posteriores a la selección</translation>
    </message>
    <message>
        <source>Critical Path Only</source>
        <translation>Solo ruta crítica</translation>
    </message>
    <message>
        <source>Unfinished Only</source>
        <translation>Solo sin terminar</translation>
    </message>
    <message>
        <source>Which tasks the graph shows (the filter bar applies too)</source>
        <translation>Qué tareas muestra el grafo (también se aplica la barra de filtros)</translation>
    </message>
    <message>
        <source>F&amp;ocus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Drag from a task onto another: the second then depends on the first. Select an arrow and press Delete to remove it.</source>
        <translation>Arrastre una tarea sobre otra: la segunda dependerá de la primera. Seleccione una flecha y pulse Supr para quitarla.</translation>
    </message>
</context>
<context>
    <name>Candor::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>moved within %1</source>
        <translation>movida dentro de %1</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
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
        <translation>Ninguna: todas las tareas hechas están verificadas.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>None stated above their tasks.</source>
        <translation>Ningún componente.</translation>
    </message>
    <message>
        <source>Done, not verified</source>
        <translation>Hechas, no verificadas</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Stated above their tasks</source>
        <translation>Indicados por encima de sus tareas</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2, stated %3.</source>
        <translation>Declarado %1, verificado %2, indicado %3.</translation>
    </message>
    <message>
        <source>Claimed %1, verified %2.</source>
        <translation>Declarado %1, verificado %2.</translation>
    </message>
    <message>
        <source>How far the claimed completion runs ahead of the verified one.</source>
        <translation>Cuánto se adelanta el avance declarado al verificado.</translation>
    </message>
    <message>
        <source>Done, not verified (%1)</source>
        <translation>Hechas, no verificadas (%1)</translation>
    </message>
    <message>
        <source>Verification failed (%1)</source>
        <translation>Verificación fallida (%1)</translation>
    </message>
    <message>
        <source>Stated above their tasks (%1)</source>
        <translation>Indicados por encima de sus tareas (%1)</translation>
    </message>
    <message>
        <source>+%1  %2</source>
        <translation>+%1  %2</translation>
    </message>
    <message>
        <source>%1: stated %2, claimed %3, verified %4 (%5 points over)</source>
        <translation>%1: indicado %2, declarado %3, verificado %4 (%5 puntos por encima)</translation>
    </message>
</context>
<context>
    <name>Candor::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Into %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;En %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nuevas (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Updated (%1)</source>
        <translation>Actualizadas (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>in the project, not in the file: kept</source>
        <translation>en el proyecto, no en el archivo: se conserva</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Conservadas (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(sin componente)</translation>
    </message>
    <message>
        <source>new component, keys %1-…</source>
        <translation>componente nuevo, claves %1-…</translation>
    </message>
    <message>
        <source>Components (%1)</source>
        <translation>Componentes (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Skipped as prose (%1)</source>
        <translation>Omitidas como prosa (%1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Warnings and notes (%1)</source>
        <translation>Advertencias y notas (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>Candor::InspectorPanel</name>
    <message>
        <source>No task selected</source>
        <translation>Ninguna tarea seleccionada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>Candor::MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No project is open&lt;/h3&gt;&lt;p&gt;Create one with File ▸ New, open one with File ▸ Open, or drop a .candor file here.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay ningún proyecto abierto&lt;/h3&gt;&lt;p&gt;Cree uno con Archivo ▸ Nuevo proyecto, abra uno con Archivo ▸ Abrir o suelte aquí un archivo .candor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Project Not Fully Read</source>
        <translation>Proyecto no leído por completo</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>%1 — %2 [read-only] — Candor</source>
        <translation>%1 — %2 [solo lectura] — Candor</translation>
    </message>
    <message>
        <source>%1 — %2 — Candor</source>
        <translation>%1 — %2 — Candor</translation>
    </message>
    <message>
        <source>Loading tasks… %L1 of %L2</source>
        <translation>Cargando tareas… %L1 de %L2</translation>
    </message>
    <message>
        <source>showing %L1 of %2</source>
        <translation>mostrando %L1 de %2</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 depende de %2</translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>Eliminar tareas</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>¿Eliminar %1 «%2»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>«Deshacer» las recupera.</translation>
    </message>
    <message>
        <source>Candor projects (*.candor)</source>
        <translation>Proyectos de Candor (*.candor)</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Error en la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Open it with File ▸ Open, or choose another name.</source>
        <translation>Ábralo con Archivo ▸ Abrir o elija otro nombre.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored the backup. To undo, restore the copy marked “before a restore”.</source>
        <translation>Copia de seguridad restaurada. Para deshacerlo, restaure la copia marcada como «antes de una restauración».</translation>
    </message>
    <message>
        <source>Drop a .candor project to open it, or Markdown, CSV or Taskwarrior files to import them.</source>
        <translation>Suelte un proyecto .candor para abrirlo, o archivos Markdown, CSV o Taskwarrior para importarlos.</translation>
    </message>
    <message>
        <source>Import Trackers</source>
        <translation>Importar documentos de seguimiento</translation>
    </message>
    <message>
        <source>Trackers (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;Taskwarrior JSON (*.json);;Dependency graphs (*.dot *.gv *.mmd)</source>
        <translation>Documentos de seguimiento (*.md *.markdown *.txt *.csv *.json *.dot *.gv *.mmd);;Markdown (*.md *.markdown *.txt);;CSV (*.csv);;JSON de Taskwarrior (*.json);;Grafos de dependencias (*.dot *.gv *.mmd)</translation>
    </message>
    <message>
        <source>Open a project you can write to before importing.</source>
        <translation>Abra un proyecto en el que pueda escribir antes de importar.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>Añadir &amp;tarea…</translation>
    </message>
    <message>
        <source>Add &amp;Component…</source>
        <translation>Añadir &amp;componente…</translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation>&amp;Eliminar tareas…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Establecer e&amp;stado</translation>
    </message>
    <message>
        <source>Set &amp;Priority</source>
        <translation>Establecer &amp;prioridad</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Read-only (%1): changes cannot be saved</source>
        <translation>Solo lectura (%1): los cambios no se pueden guardar</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Changes cannot be saved.</source>
        <translation>%1 está abierto en solo lectura: %2. Los cambios no se pueden guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of this project are outside its rules (written by another tool, or damaged). Candor shows each as it is read.</source>
        <translation>
            <numerusform>%n valor de este proyecto está fuera de sus reglas (escrito por otra herramienta, o dañado). Candor muestra cada uno tal como se lee.</numerusform>
            <numerusform>%n valores de este proyecto están fuera de sus reglas (escritos por otra herramienta, o dañados). Candor muestra cada uno tal como se lee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values Outside the Rules</source>
        <translation>Valores fuera de las reglas</translation>
    </message>
    <message>
        <source>The project is read-only, so they cannot be repaired here. Copy it to a folder you can write to, and open the copy.</source>
        <translation>El proyecto es de solo lectura, así que no se pueden reparar aquí. Cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Repair stores each value as it is shown (see Show Details), in one step that Edit ▸ Undo takes back.</source>
        <translation>Reparar guarda cada valor tal como se muestra (vea los detalles), en un solo paso que Editar ▸ Deshacer revierte.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Repair Values Outside the Rules</source>
        <translation>Reparar valores fuera de las reglas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) · %L1 done · %L2 Blocked · %L3 waiting on dependencies · claimed %4% vs verified %5%</source>
        <translation>
            <numerusform>%Ln tarea · %L1 hechas · %L2 Bloqueado · %L3 esperando dependencias · declarado %4 % frente a verificado %5 %</numerusform>
            <numerusform>%Ln tareas · %L1 hechas · %L2 Bloqueado · %L3 esperando dependencias · declarado %4 % frente a verificado %5 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %Ln unfinished task(s) with the status Blocked, set by someone (the board&apos;s Blocked column).</source>
        <translation>
            <numerusform>Bloqueado: %Ln tarea sin terminar con el estado Bloqueado, puesto por alguien (la columna Bloqueado del tablero).</numerusform>
            <numerusform>Bloqueado: %Ln tareas sin terminar con el estado Bloqueado, puesto por alguien (la columna Bloqueado del tablero).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting on dependencies: %Ln unfinished task(s) that depend on a task not done yet, whatever their status.</source>
        <translation>
            <numerusform>Esperando dependencias: %Ln tarea sin terminar que depende de una tarea aún no hecha, sea cual sea su estado.</numerusform>
            <numerusform>Esperando dependencias: %Ln tareas sin terminar que dependen de una tarea aún no hecha, sea cual sea su estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln tarea?</numerusform>
            <numerusform>¿Eliminar %Ln tareas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other task(s) depend on what you delete; those dependencies will be removed too. Undo brings them back.</source>
        <translation>
            <numerusform>%Ln tarea más depende de lo que elimina; esas dependencias también se quitarán. «Deshacer» las recupera.</numerusform>
            <numerusform>%Ln tareas más dependen de lo que elimina; esas dependencias también se quitarán. «Deshacer» las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened; the default project is open instead.</source>
        <translation>No se pudo abrir %1; en su lugar está abierto el proyecto predeterminado.</translation>
    </message>
    <message>
        <source>%1 no longer exists; the default project is open instead.</source>
        <translation>%1 ya no existe; en su lugar está abierto el proyecto predeterminado.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;yecto</translation>
    </message>
    <message>
        <source>&amp;Components…</source>
        <translation>&amp;Componentes…</translation>
    </message>
    <message>
        <source>&amp;Milestones…</source>
        <translation>&amp;Hitos…</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneEditor</name>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Alcanzado el:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Gates:</source>
        <translation>Depende de:</translation>
    </message>
    <message>
        <source>%1 (reached %2)</source>
        <translation>%1 (alcanzado el %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tasks yet: choose it in a task&apos;s inspector.</source>
        <translation>Aún no hay tareas: elíjalo en el inspector de una tarea.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), %1 open</source>
        <translation>
            <numerusform>%n tarea, %1 abierta(s)</numerusform>
            <numerusform>%n tareas, %1 abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename milestone %1 to %2</source>
        <translation>Renombrar el hito %1 a %2</translation>
    </message>
    <message>
        <source>Set the target of %1 to %2</source>
        <translation>Poner el objetivo de %1 en %2</translation>
    </message>
    <message>
        <source>Clear the target of %1</source>
        <translation>Quitar el objetivo de %1</translation>
    </message>
    <message>
        <source>Mark %1 reached on %2</source>
        <translation>Marcar %1 como alcanzado el %2</translation>
    </message>
    <message>
        <source>Mark %1 not reached</source>
        <translation>Marcar %1 como no alcanzado</translation>
    </message>
    <message>
        <source>Edit the description of %1</source>
        <translation>Editar la descripción de %1</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <source>Add milestone %1</source>
        <translation>Añadir el hito %1</translation>
    </message>
    <message>
        <source>Delete Milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message numerus="yes">
        <source>%1 gates %n task(s). Delete it? The tasks stay.</source>
        <translation>
            <numerusform>%1 depende de %n tarea. ¿Eliminarlo? La tarea se queda.</numerusform>
            <numerusform>%1 depende de %n tareas. ¿Eliminarlo? Las tareas se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete milestone %1</source>
        <translation>Eliminar el hito %1</translation>
    </message>
</context>
<context>
    <name>Candor::MilestoneModel</name>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>No target date</source>
        <translation>Sin fecha objetivo</translation>
    </message>
</context>
<context>
    <name>Candor::PageRegistry</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>Ta&amp;blero</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Grafo</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
</context>
<context>
    <name>Candor::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>The language changes when Candor starts again.</source>
        <translation>El idioma cambia cuando Candor se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Los colores del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>%1 (ISO 8601)</source>
        <translation>%1 (ISO 8601)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Projects folder:</source>
        <translation>Carpeta de &amp;proyectos:</translation>
    </message>
    <message>
        <source>Projects Folder</source>
        <translation>Carpeta de proyectos</translation>
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
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The dependencies of this project could not be read; reopen it to change it.</source>
        <translation>No se han podido leer las dependencias de este proyecto; vuelva a abrirlo para modificarlo.</translation>
    </message>
    <message>
        <source>Cannot start a change</source>
        <translation>No se puede iniciar un cambio</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Componente desconocido.</translation>
    </message>
    <message>
        <source>The history could not be saved</source>
        <translation>No se ha podido guardar el historial</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>No se ha podido guardar el cambio</translation>
    </message>
</context>
<context>
    <name>Candor::ProjectSettings</name>
    <message>
        <source>Cannot read the project settings</source>
        <translation>No se puede leer la configuración del proyecto</translation>
    </message>
</context>
<context>
    <name>Candor::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Exportar informe como PDF…</translation>
    </message>
    <message>
        <source>Report &amp;Options…</source>
        <translation>&amp;Opciones del informe…</translation>
    </message>
    <message>
        <source>The project is still loading: report when every task is in.</source>
        <translation>El proyecto aún se está cargando: genere el informe cuando estén todas las tareas.</translation>
    </message>
    <message>
        <source>Report Not Exported</source>
        <translation>Informe no exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported the report to %1 (%n page(s))</source>
        <translation>
            <numerusform>Informe exportado a %1 (%n página)</numerusform>
            <numerusform>Informe exportado a %1 (%n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 status report %2.pdf</source>
        <translation>%1 informe de estado %2.pdf</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se ha podido imprimir el informe.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Change Report Options</source>
        <translation>Cambiar opciones del informe</translation>
    </message>
</context>
<context>
    <name>Candor::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>Opciones del informe</translation>
    </message>
    <message>
        <source>Summary (two pages)</source>
        <translation>Resumen (dos páginas)</translation>
    </message>
    <message>
        <source>Full (every task, with checklists)</source>
        <translation>Completo (todas las tareas, con listas de comprobación)</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Sections a report leaves out are greyed. The choice is kept in the project.</source>
        <translation>Las secciones que un informe omite aparecen atenuadas. La elección se guarda en el proyecto.</translation>
    </message>
</context>
<context>
    <name>Candor::ScheduleSection</name>
    <message>
        <source>Schedule</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the project&apos;s end</source>
        <translation>Días laborables que esta tarea puede retrasarse sin mover el final del proyecto</translation>
    </message>
    <message>
        <source>Earliest start:</source>
        <translation>Inicio más temprano:</translation>
    </message>
    <message>
        <source>Earliest finish:</source>
        <translation>Fin más temprano:</translation>
    </message>
    <message>
        <source>Slack:</source>
        <translation>Holgura:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not computed: the dependencies have a cycle.</source>
        <translation>Sin calcular: las dependencias tienen un ciclo.</translation>
    </message>
    <message>
        <source>Being computed…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Finished: nothing left to schedule.</source>
        <translation>Terminado: no queda nada por planificar.</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 días laborables</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end.</source>
        <translation>En la ruta crítica: cualquier retraso mueve el final.</translation>
    </message>
    <message>
        <source>%1: forecast being computed…</source>
        <translation>%1: calculando la previsión…</translation>
    </message>
    <message>
        <source>%1: reached.</source>
        <translation>%1: alcanzado.</translation>
    </message>
    <message>
        <source>%1: no open work left.</source>
        <translation>%1: no queda trabajo abierto.</translation>
    </message>
    <message>
        <source>%1 forecast: 50% by %2, 80% by %3, 95% by %4.</source>
        <translation>Previsión de %1: 50&#xa0;% para el %2, 80&#xa0;% para el %3, 95&#xa0;% para el %4.</translation>
    </message>
    <message>
        <source>Target %1: %2% likely on time.</source>
        <translation>Objetivo %1: %2&#xa0;% de probabilidad de llegar a tiempo.</translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation>Sin fecha objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>Slip (at 80%): %n working day(s) late.</source>
        <translation>
            <numerusform>Retraso (al 80&#xa0;%): %n día laborable.</numerusform>
            <numerusform>Retraso (al 80&#xa0;%): %n días laborables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) to spare (at 80%).</source>
        <translation>
            <numerusform>%n día laborable de margen (al 80&#xa0;%).</numerusform>
            <numerusform>%n días laborables de margen (al 80&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <source>On the target day (at 80%).</source>
        <translation>Justo el día objetivo (al 80&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>Candor::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2, o empezar a escribir</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Editar la celda actual</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Click a column header</source>
        <translation>Clic en un encabezado de columna</translation>
    </message>
    <message>
        <source>Sort by it; again to reverse</source>
        <translation>Ordenar por ella; otra vez para invertir</translation>
    </message>
    <message>
        <source>Esc in the filter box</source>
        <translation>Esc en el campo de filtro</translation>
    </message>
    <message>
        <source>Clear the filter text</source>
        <translation>Borrar el texto del filtro</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Moverse entre tarjetas</translation>
    </message>
    <message>
        <source>%1Arrow keys</source>
        <translation>%1Teclas de flecha</translation>
    </message>
    <message>
        <source>Move the chosen cards</source>
        <translation>Mover las tarjetas elegidas</translation>
    </message>
    <message>
        <source>0, 1, 2, 3</source>
        <translation>0, 1, 2, 3</translation>
    </message>
    <message>
        <source>Set the priority (P0–P3)</source>
        <translation>Poner la prioridad (P0–P3)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Show the card in the inspector</source>
        <translation>Mostrar la tarjeta en el inspector</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Drag a task onto another</source>
        <translation>Arrastrar una tarea sobre otra</translation>
    </message>
    <message>
        <source>The second then depends on the first</source>
        <translation>La segunda pasa a depender de la primera</translation>
    </message>
</context>
<context>
    <name>Candor::StatusPriorityChart</name>
    <message>
        <source>days of estimate</source>
        <translation>días estimados</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln task(s), %3 days of estimate</source>
        <translation>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln tarea, %3 días estimados</numerusform>
            <numerusform>&lt;b&gt;%1, %2&lt;/b&gt;: %Ln tareas, %3 días estimados</numerusform>
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
            <numerusform>… y %n más (seleccionar todas)</numerusform>
            <numerusform>… y %n más (seleccionar todas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TaskLoader</name>
    <message>
        <source>Cannot read the tasks</source>
        <translation>No se pueden leer las tareas</translation>
    </message>
    <message>
        <source>Cannot read the dependencies</source>
        <translation>No se pueden leer las dependencias</translation>
    </message>
</context>
<context>
    <name>Candor::TaskModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estim.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>Candor::TaskSection</name>
    <message>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
</context>
<context>
    <name>Candor::TaskTableView</name>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
</context>
<context>
    <name>Candor::TimelineChart</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>No milestones.</source>
        <translation>No hay hitos.</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) without a date are not shown.</source>
        <translation>
            <numerusform>%n hito sin fecha no se muestra.</numerusform>
            <numerusform>%n hitos sin fecha no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Forecast %1 (50%), %2 (80%), %3 (95%)</source>
        <translation>Previsión %1 (50&#xa0;%), %2 (80&#xa0;%), %3 (95&#xa0;%)</translation>
    </message>
    <message>
        <source>On time in %1% of runs</source>
        <translation>A tiempo en el %1&#xa0;% de las simulaciones</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Alcanzado el %1</translation>
    </message>
    <message numerus="yes">
        <source>Slipped by %n day(s)</source>
        <translation>
            <numerusform>Retrasado %n día</numerusform>
            <numerusform>Retrasado %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Candor::TrendChart</name>
    <message>
        <source>Claimed %</source>
        <translation>Declarado&#xa0;%</translation>
    </message>
    <message>
        <source>Verified %</source>
        <translation>Verificado&#xa0;%</translation>
    </message>
    <message>
        <source>Estimate left (days)</source>
        <translation>Estimación pendiente (días)</translation>
    </message>
    <message>
        <source>No snapshots yet: one is taken on the first change of each day, or with Take Snapshot.</source>
        <translation>Aún no hay instantáneas: se toma una con el primer cambio de cada día, o con «Tomar instantánea».</translation>
    </message>
    <message>
        <source>Claimed %1%, verified %2%</source>
        <translation>Declarado %1&#xa0;%, verificado %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 days of estimate left</source>
        <translation>quedan %1 días estimados</translation>
    </message>
</context>
<context>
    <name>Candor::VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What shows it, e.g. “95/99 tests pass”</source>
        <translation>Lo que lo demuestra, p. ej., «95/99 pruebas superadas»</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Verified on:</source>
        <translation>Verificada el:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>Verificación fallida.</translation>
    </message>
    <message>
        <source>Done, but not verified.</source>
        <translation>Hecha, pero sin verificar.</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>A component needs a name.</source>
        <translation>Un componente necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a component %1.</source>
        <translation>Ya existe un componente %1.</translation>
    </message>
    <message>
        <source>A stated completion is a percentage from 0 to 100.</source>
        <translation>Un avance indicado es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Cannot add the component</source>
        <translation>No se puede añadir el componente</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Componente desconocido.</translation>
    </message>
    <message>
        <source>Cannot change the component</source>
        <translation>No se puede cambiar el componente</translation>
    </message>
    <message>
        <source>The component is still used by %1.</source>
        <translation>El componente aún lo usa %1.</translation>
    </message>
    <message>
        <source>Cannot remove the component</source>
        <translation>No se puede quitar el componente</translation>
    </message>
    <message>
        <source>A milestone needs a name.</source>
        <translation>Un hito necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot add the milestone</source>
        <translation>No se puede añadir el hito</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Hito desconocido.</translation>
    </message>
    <message>
        <source>Cannot change the milestone</source>
        <translation>No se puede cambiar el hito</translation>
    </message>
    <message>
        <source>Cannot remove the milestone</source>
        <translation>No se puede quitar el hito</translation>
    </message>
</context>
<context>
    <name>ChecklistCommand</name>
    <message>
        <source>Add checklist item</source>
        <translation>Añadir elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Quitar elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>Marcar elemento</translation>
    </message>
    <message>
        <source>Uncheck item</source>
        <translation>Desmarcar elemento</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Editar elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>Mover elemento de la lista de comprobación</translation>
    </message>
</context>
<context>
    <name>ChecklistWriter</name>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>Un elemento de la lista de comprobación necesita un texto.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>Cannot add the checklist item</source>
        <translation>No se puede añadir el elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>The checklist item no longer exists.</source>
        <translation>El elemento de la lista de comprobación ya no existe.</translation>
    </message>
    <message>
        <source>Cannot remove the checklist item</source>
        <translation>No se puede quitar el elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Cannot change the checklist item</source>
        <translation>No se puede cambiar el elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Cannot move the checklist item</source>
        <translation>No se puede mover el elemento de la lista de comprobación</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Writes a synthetic but realistic project.</source>
        <translation>Escribe un proyecto sintético pero realista.</translation>
    </message>
    <message>
        <source>Imports Markdown trackers, CSV, Taskwarrior JSON and dependency graphs (DOT, mermaid) into a project.</source>
        <translation>Importa documentos de seguimiento en Markdown, CSV, JSON de Taskwarrior y grafos de dependencias (DOT, mermaid) a un proyecto.</translation>
    </message>
    <message>
        <source>Exports a project, or its dependency graph (see docs/export-json.md).</source>
        <translation>Exporta un proyecto o su grafo de dependencias (véase docs/export-json.md).</translation>
    </message>
    <message>
        <source>Prints each milestone&apos;s Monte Carlo forecast (p50, p80, p95, on time).</source>
        <translation>Muestra la previsión Monte Carlo de cada hito (p50, p80, p95, a tiempo).</translation>
    </message>
    <message>
        <source>Writes a status report (PDF, HTML or Markdown); needs no display.</source>
        <translation>Escribe un informe de estado (PDF, HTML o Markdown); no necesita pantalla.</translation>
    </message>
    <message>
        <source>Renders the main window on a view into a PNG.</source>
        <translation>Dibuja la ventana principal con una vista en un PNG.</translation>
    </message>
    <message>
        <source>Records today&apos;s completion in the project&apos;s history (trends).</source>
        <translation>Registra el avance de hoy en el historial del proyecto (tendencias).</translation>
    </message>
    <message>
        <source>Usage: candor [FILE.candor]</source>
        <translation>Uso: candor [ARCHIVO.candor]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-06-02, not “%2”</source>
        <translation>--%1 necesita una fecha como 2025-06-02, no «%2»</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3</source>
        <translation>--%1 necesita un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>Output format: json, csv, taskwarrior, markdown; or the dependency graph as dot (Graphviz), mermaid (a flowchart) or layout (the graph page&apos;s drawing as JSON).</source>
        <translation>Formato de salida: json, csv, taskwarrior, markdown; o el grafo de dependencias como dot (Graphviz), mermaid (un diagrama de flujo) o layout (el dibujo de la página del grafo en JSON).</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Archivo del proyecto.</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Archivo de salida (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>json: the day the schedule and the forecast start from (default: today).</source>
        <translation>json: el día desde el que parten la planificación y la previsión (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>json: Monte Carlo runs of the milestones&apos; forecasts (default: %1, fewer for more than %2 open tasks, at least %3).</source>
        <translation>json: simulaciones Monte Carlo de las previsiones de los hitos (predeterminado: %1, menos con más de %2 tareas abiertas, al menos %3).</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: %2)</source>
        <translation>formato desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>--project FILE.candor is required</source>
        <translation>se requiere --project FILE.candor</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>alcanzado el %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>sin trabajo abierto</translation>
    </message>
    <message>
        <source>Simulated runs (default: 10000).</source>
        <translation>Simulaciones (predeterminado: 10000).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same figures.</source>
        <translation>Semilla aleatoria: la misma semilla da las mismas cifras.</translation>
    </message>
    <message>
        <source>The day work starts from (default: today).</source>
        <translation>El día desde el que empieza el trabajo (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (predeterminado) o json.</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed necesita un número entero</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: table, json)</source>
        <translation>formato desconocido «%1» (conocidos: table, json)</translation>
    </message>
    <message>
        <source>the dependencies have a cycle: %1</source>
        <translation>las dependencias tienen un ciclo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from %1: %n runs, seed %2.</source>
        <translation>
            <numerusform>Previsión desde el %1: %n simulación, semilla %2.</numerusform>
            <numerusform>Previsión desde el %1: %n simulaciones, semilla %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>El proyecto no tiene hitos.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
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
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>P50, P80, P95: the days half, 80% and 95% of the runs finish by. Slip: P80 − target in working days.</source>
        <translation>P50, P80, P95: los días en que han terminado la mitad, el 80&#xa0;% y el 95&#xa0;% de las simulaciones. Retraso: P80 − objetivo, en días laborables.</translation>
    </message>
    <message>
        <source>Number of tasks.</source>
        <translation>Número de tareas.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Project file to create.</source>
        <translation>Archivo del proyecto que se creará.</translation>
    </message>
    <message>
        <source>--tasks needs a whole number from 0 to 2000000</source>
        <translation>--tasks necesita un número entero de 0 a 2000000</translation>
    </message>
    <message>
        <source>-o FILE.candor is required</source>
        <translation>se requiere -o FILE.candor</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>Generated %1 tasks in %2 (%3 ms).</source>
        <translation>%1 tareas generadas en %2 (%3 ms).</translation>
    </message>
    <message>
        <source>Project to open.</source>
        <translation>Proyecto que se abrirá.</translation>
    </message>
    <message>
        <source> (see candor --help)</source>
        <translation> (véase candor --help)</translation>
    </message>
    <message>
        <source>give at most one project file (see candor --help)</source>
        <translation>indique como máximo un archivo de proyecto (véase candor --help)</translation>
    </message>
    <message>
        <source>“%1” is a command; see candor --help</source>
        <translation>«%1» es un comando; véase candor --help</translation>
    </message>
    <message>
        <source>%1 %2 into %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Se importaría</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>  created:   %1</source>
        <translation>  creadas:      %1</translation>
    </message>
    <message>
        <source>  updated:   %1</source>
        <translation>  actualizadas: %1</translation>
    </message>
    <message>
        <source>  unchanged: %1</source>
        <translation>  sin cambios:  %1</translation>
    </message>
    <message>
        <source>  kept:      %1 (in the project, not in the files)</source>
        <translation>  conservadas:  %1 (en el proyecto, no en los archivos)</translation>
    </message>
    <message>
        <source>  warnings:  %1</source>
        <translation>  advertencias: %1</translation>
    </message>
    <message>
        <source>  %1: %2 new, %3 updated</source>
        <translation>  %1: %2 nuevas, %3 actualizadas</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(sin componente)</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Archivos que se importarán.</translation>
    </message>
    <message>
        <source>Project file (created if absent).</source>
        <translation>Archivo del proyecto (se crea si no existe).</translation>
    </message>
    <message>
        <source>Show what would change; write nothing.</source>
        <translation>Mostrar lo que cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>give the files to import and --project FILE.candor</source>
        <translation>indique los archivos que se importarán y --project FILE.candor</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1: Candor imports .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) and .mmd (mermaid) files</source>
        <translation>%1: Candor importa archivos .md, .csv, .json (Taskwarrior), .dot/.gv (Graphviz) y .mmd (mermaid)</translation>
    </message>
    <message>
        <source>Imported in %1 ms.</source>
        <translation>Importado en %1 ms.</translation>
    </message>
    <message>
        <source>Output file (HTML and Markdown: standard output when not given).</source>
        <translation>Archivo de salida (HTML y Markdown: salida estándar si no se indica).</translation>
    </message>
    <message>
        <source>pdf, html or markdown (default: from the output file&apos;s name, else pdf).</source>
        <translation>pdf, html o markdown (predeterminado: según el nombre del archivo de salida; si no, pdf).</translation>
    </message>
    <message>
        <source>summary (two pages), full (every task, with checklists) or blockers (default: the project&apos;s choice, else summary).</source>
        <translation>summary (dos páginas), full (todas las tareas, con listas de comprobación) o blockers (predeterminado: la elección del proyecto; si no, summary).</translation>
    </message>
    <message>
        <source>List the changes from this day on (default: the last report exported from the app, else the last 7 days).</source>
        <translation>Listar los cambios desde este día (predeterminado: desde el último informe exportado desde la aplicación; si no, los últimos 7 días).</translation>
    </message>
    <message>
        <source>The report&apos;s day; the forecast starts from it (default: today).</source>
        <translation>El día del informe; la previsión parte de él (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>A4 or Letter (default: the locale&apos;s paper).</source>
        <translation>A4 o Letter (predeterminado: el papel de la configuración regional).</translation>
    </message>
    <message>
        <source>unknown format “%1” (known: pdf, html, markdown)</source>
        <translation>formato desconocido «%1» (conocidos: pdf, html, markdown)</translation>
    </message>
    <message>
        <source>a PDF report needs -o OUT.pdf</source>
        <translation>un informe PDF necesita -o OUT.pdf</translation>
    </message>
    <message>
        <source>unknown template “%1” (known: summary, full, blockers)</source>
        <translation>plantilla desconocida «%1» (conocidas: summary, full, blockers)</translation>
    </message>
    <message>
        <source>unknown page size “%1” (known: A4, Letter)</source>
        <translation>tamaño de papel desconocido «%1» (conocidos: A4, Letter)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 escrito: %n página.</numerusform>
            <numerusform>%1 escrito: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>View to show: %1.</source>
        <translation>Vista que se mostrará: %1.</translation>
    </message>
    <message>
        <source>Palette: light or dark.</source>
        <translation>Paleta: light (clara) o dark (oscura).</translation>
    </message>
    <message>
        <source>Board lanes: none, priority or component.</source>
        <translation>Calles del tablero: none, priority o component.</translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation>Archivo PNG que se escribirá.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Tamaño de la ventana.</translation>
    </message>
    <message>
        <source>Render the import preview of FILE instead of a view.</source>
        <translation>Dibujar la vista previa de importación de FILE en lugar de una vista.</translation>
    </message>
    <message>
        <source>--project FILE.candor and -o OUT.png are required</source>
        <translation>se requieren --project FILE.candor y -o OUT.png</translation>
    </message>
    <message>
        <source>unknown view “%1” (known: %2)</source>
        <translation>vista desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <source>unknown swimlanes “%1” (known: none, priority, component)</source>
        <translation>calles desconocidas «%1» (conocidas: none, priority, component)</translation>
    </message>
    <message>
        <source>unknown theme “%1” (known: light, dark)</source>
        <translation>tema desconocido «%1» (conocidos: light, dark)</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size necesita ANCHOxALTO, p. ej., 1400x900</translation>
    </message>
    <message>
        <source>--size is too small for this view; it needs at least %1x%2</source>
        <translation>--size es demasiado pequeño para esta vista; necesita al menos %1x%2</translation>
    </message>
    <message>
        <source>Snapshot of %1 on %2: claimed %3%, verified %4% (%5 snapshots).</source>
        <translation>Instantánea de %1 el %2: declarado %3&#xa0;%, verificado %4&#xa0;% (%5 instantáneas).</translation>
    </message>
    <message>
        <source>Lists task values outside the project&apos;s rules and stores each as it is read (one transaction).</source>
        <translation>Enumera los valores de tareas fuera de las reglas del proyecto y guarda cada uno tal como se lee (una transacción).</translation>
    </message>
    <message>
        <source>cannot check the values stored in %1</source>
        <translation>no se pueden comprobar los valores guardados en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n value(s) outside its rules (written by another tool, or damaged):</source>
        <translation>
            <numerusform>%1 contiene %n valor fuera de sus reglas (escrito por otra herramienta, o dañado):</numerusform>
            <numerusform>%1 contiene %n valores fuera de sus reglas (escritos por otra herramienta, o dañados):</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped; `candor repair --project %1` stores each value as it is read above (or restore a backup)</source>
        <translation>detenido; `candor repair --project %1` guarda cada valor tal como se lee arriba (o restaure una copia de seguridad)</translation>
    </message>
    <message>
        <source>List the damaged values; write nothing.</source>
        <translation>Enumerar los valores dañados; no escribir nada.</translation>
    </message>
    <message>
        <source>%1 holds no damaged values.</source>
        <translation>%1 no contiene valores dañados.</translation>
    </message>
    <message numerus="yes">
        <source>Would repair %n value(s) in %1:</source>
        <translation>
            <numerusform>Repararía %n valor en %1:</numerusform>
            <numerusform>Repararía %n valores en %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repairing %n value(s) in %1:</source>
        <translation>
            <numerusform>Reparando %n valor en %1:</numerusform>
            <numerusform>Reparando %n valores en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be repaired: %2; nothing was changed</source>
        <translation>%1 no se puede reparar: %2; no se cambió nada</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>está abierto en solo lectura</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se cambió nada.</translation>
    </message>
    <message>
        <source>Each command explains its options: candor COMMAND --help.
Without FILE, Candor opens the project open last, or the default project (created with demo content on first run).
Exit codes: 0 success, 1 usage error, 2 input error.</source>
        <translation>Cada comando explica sus opciones: candor COMANDO --help.
Sin ARCHIVO, Candor abre el último proyecto abierto o el proyecto predeterminado (creado con contenido de demostración en el primer inicio).
Códigos de salida: 0 éxito, 1 error de uso, 2 error de entrada.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %Ln value(s) in %1.</source>
        <translation>
            <numerusform>Reparado %Ln valor en %1.</numerusform>
            <numerusform>Reparados %Ln valores en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>portrait or landscape (default: portrait).</source>
        <translation>portrait o landscape (vertical u horizontal; por defecto: portrait).</translation>
    </message>
    <message>
        <source>unknown orientation “%1” (known: portrait, landscape)</source>
        <translation>orientación desconocida «%1» (conocidas: portrait, landscape)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1.</source>
        <translation>El archivo no es UTF-8 válido; se ha leído como Latin-1.</translation>
    </message>
    <message>
        <source>The header has an unterminated quote; the line was skipped.</source>
        <translation>La cabecera tiene unas comillas sin cerrar; se ha omitido la línea.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; kept as text.</source>
        <translation>Estado desconocido &quot;%1&quot;; se conserva como texto.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected P0 to P3.</source>
        <translation>Prioridad desconocida &quot;%1&quot;; se esperaba de P0 a P3.</translation>
    </message>
    <message>
        <source>Unknown verification &quot;%1&quot;; expected unverified, verified or failed.</source>
        <translation>Verificación desconocida &quot;%1&quot;; se esperaba unverified, verified o failed.</translation>
    </message>
    <message>
        <source>The estimate &quot;%1&quot; is not a number of days.</source>
        <translation>La estimación &quot;%1&quot; no es un número de días.</translation>
    </message>
    <message>
        <source>The progress &quot;%1&quot; is not a percentage.</source>
        <translation>El progreso &quot;%1&quot; no es un porcentaje.</translation>
    </message>
    <message>
        <source>The progress %1 was limited to 0..100.</source>
        <translation>El progreso %1 se ha limitado a 0..100.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de cabecera.</translation>
    </message>
    <message>
        <source>No &quot;title&quot; column; expected columns: %1.</source>
        <translation>No hay columna &quot;title&quot;; columnas esperadas: %1.</translation>
    </message>
    <message>
        <source>Unterminated quote; the line was skipped.</source>
        <translation>Comillas sin cerrar; se ha omitido la línea.</translation>
    </message>
    <message>
        <source>%1 fields but the header names %2; the extra fields were ignored.</source>
        <translation>%1 campos, pero la cabecera nombra %2; se han ignorado los campos sobrantes.</translation>
    </message>
    <message>
        <source>The row has no title; it was skipped.</source>
        <translation>La fila no tiene título; se ha omitido.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read with the delimiter &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n tarea leída con el delimitador &quot;%1&quot;.</numerusform>
            <numerusform>%n tareas leídas con el delimitador &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n fila omitida.</numerusform>
            <numerusform>%n filas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The title holds only NUL characters; the row was skipped.</source>
        <translation>El título solo contiene caracteres NUL; se ha omitido la fila.</translation>
    </message>
    <message>
        <source>The row holds NUL characters; they were removed.</source>
        <translation>La fila contiene caracteres NUL; se han eliminado.</translation>
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
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln task(s)</source>
        <translation>
            <numerusform>Eliminar %Ln tarea</numerusform>
            <numerusform>Eliminar %Ln tareas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Demo: Road to production</source>
        <translation>Demo: camino a producción</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Persistence</source>
        <translation>Persistencia</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Feature-complete build for pilot customers.</source>
        <translation>Versión con todas las funciones para los clientes piloto.</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Auditoría de seguridad</translation>
    </message>
    <message>
        <source>External audit of authentication and storage.</source>
        <translation>Auditoría externa de la autenticación y el almacenamiento.</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Puesta en producción</translation>
    </message>
    <message>
        <source>General availability.</source>
        <translation>Disponibilidad general.</translation>
    </message>
    <message>
        <source>Encrypt every file the service writes. The tracker has said &quot;almost done&quot; for three weeks; the key store is still missing.</source>
        <translation>Cifrar cada archivo que escribe el servicio. El seguimiento dice «casi terminado» desde hace tres semanas; el almacén de claves sigue sin existir.</translation>
    </message>
    <message>
        <source>Choose the cipher and key size</source>
        <translation>Elegir el cifrado y el tamaño de clave</translation>
    </message>
    <message>
        <source>Key store with rotation</source>
        <translation>Almacén de claves con rotación</translation>
    </message>
    <message>
        <source>Encrypt the checkpoint files</source>
        <translation>Cifrar los archivos de punto de control</translation>
    </message>
    <message>
        <source>Migration for existing data</source>
        <translation>Migración de los datos existentes</translation>
    </message>
    <message>
        <source>Claimed fixed, but 4 of 99 tests still fail in CI.</source>
        <translation>Declarado como corregido, pero 4 de 99 pruebas siguen fallando en la CI.</translation>
    </message>
</context>
<context>
    <name>DependencyCommand</name>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 depende de %2</translation>
    </message>
    <message>
        <source>%1 no longer depends on %2</source>
        <translation>%1 ya no depende de %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dependencies</source>
        <translation>
            <numerusform>Añadir %n dependencia</numerusform>
            <numerusform>Añadir %n dependencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n dependencies</source>
        <translation>
            <numerusform>Quitar %n dependencia</numerusform>
            <numerusform>Quitar %n dependencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencyWriter</name>
    <message>
        <source>Cannot add the dependency</source>
        <translation>No se puede añadir la dependencia</translation>
    </message>
    <message>
        <source>Cannot remove the dependency</source>
        <translation>No se puede quitar la dependencia</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Una tarea no puede depender de sí misma.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 ya depende de %2.</translation>
    </message>
    <message>
        <source>These dependencies would close a cycle.</source>
        <translation>Estas dependencias cerrarían un ciclo.</translation>
    </message>
    <message>
        <source>This would close a dependency cycle: %1.</source>
        <translation>Esto cerraría un ciclo de dependencias: %1.</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>Esa dependencia no existe.</translation>
    </message>
</context>
<context>
    <name>DotFormat</name>
    <message>
        <source>Unexpected character &apos;%1&apos;</source>
        <translation>Carácter inesperado «%1»</translation>
    </message>
    <message>
        <source>A quoted string is not closed</source>
        <translation>Una cadena entre comillas no está cerrada</translation>
    </message>
    <message>
        <source>An &lt;html&gt; string is not closed</source>
        <translation>Una cadena &lt;html&gt; no está cerrada</translation>
    </message>
    <message>
        <source>Expected &apos;digraph&apos; or &apos;graph&apos;</source>
        <translation>Se esperaba «digraph» o «graph»</translation>
    </message>
    <message>
        <source>Unexpected text after the graph</source>
        <translation>Texto inesperado después del grafo</translation>
    </message>
    <message>
        <source>Expected &apos;{&apos;</source>
        <translation>Se esperaba «{»</translation>
    </message>
    <message>
        <source>Expected &apos;}&apos;</source>
        <translation>Se esperaba «}»</translation>
    </message>
    <message>
        <source>Expected an attribute name</source>
        <translation>Se esperaba un nombre de atributo</translation>
    </message>
    <message>
        <source>Expected &apos;=&apos; after %1</source>
        <translation>Se esperaba «=» después de %1</translation>
    </message>
    <message>
        <source>Expected a value for %1</source>
        <translation>Se esperaba un valor para %1</translation>
    </message>
    <message>
        <source>Expected a node</source>
        <translation>Se esperaba un nodo</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencias</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder cannot be written to (read-only media or permissions)</source>
        <translation>no se puede escribir en su carpeta (medio de solo lectura o permisos)</translation>
    </message>
    <message>
        <source>the file %1 beside it is read-only</source>
        <translation>el archivo %1 a su lado es de solo lectura</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>GraphFileReader</name>
    <message>
        <source>Graphviz DOT</source>
        <translation>DOT de Graphviz</translation>
    </message>
    <message>
        <source>mermaid flowchart</source>
        <translation>diagrama de flujo mermaid</translation>
    </message>
    <message>
        <source>Not a dependency graph (DOT or mermaid).</source>
        <translation>No es un grafo de dependencias (DOT o mermaid).</translation>
    </message>
    <message>
        <source>Not a readable %1 graph: %2; nothing was imported from it.</source>
        <translation>Grafo %1 ilegible: %2; no se ha importado nada de él.</translation>
    </message>
    <message>
        <source>Read as a %1: %2 tasks, %3 dependencies.</source>
        <translation>Leído como %1: %2 tareas, %3 dependencias.</translation>
    </message>
</context>
<context>
    <name>GraphNodeLook</name>
    <message>
        <source>Milestone %1, target %2</source>
        <translation>Hito %1, objetivo %2</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Hito %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3, %4</source>
        <translation>%1 — %2
%3, %4</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>En la ruta crítica</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on %Ln unfinished task(s)</source>
        <translation>
            <numerusform>Esperando %Ln tarea sin terminar</numerusform>
            <numerusform>Esperando %Ln tareas sin terminar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import %1 (%2 new, %3 updated)</source>
        <translation>Importar %1 (%2 nuevas, %3 actualizadas)</translation>
    </message>
    <message>
        <source>The import was not saved; the project is as it was before. %1</source>
        <translation>La importación no se ha guardado; el proyecto está como antes. %1</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>%1 is open read-only; open a project you can write to before importing.</source>
        <translation>%1 está abierto en modo de solo lectura; abra un proyecto en el que pueda escribir antes de importar.</translation>
    </message>
    <message>
        <source>Nothing to import: %1</source>
        <translation>Nada que importar: %1</translation>
    </message>
    <message>
        <source>The import of %1 was not saved.</source>
        <translation>La importación de %1 no se ha guardado.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importado: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written to: %2. Nothing was imported.</source>
        <translation>No se puede escribir en %1: %2. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 kept (not in the file), %5 warnings</source>
        <translation>%1 creadas, %2 actualizadas, %3 sin cambios, %4 conservadas (no están en el archivo), %5 advertencias</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>table row</source>
        <translation>fila de tabla</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>casilla</translation>
    </message>
    <message>
        <source>status marker</source>
        <translation>marcador de estado</translation>
    </message>
    <message>
        <source>list item</source>
        <translation>elemento de lista</translation>
    </message>
    <message>
        <source>key-value block</source>
        <translation>bloque clave-valor</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>mermaid gantt</source>
        <translation>gantt de mermaid</translation>
    </message>
    <message>
        <source>graph node</source>
        <translation>nodo de grafo</translation>
    </message>
    <message>
        <source>Stated completion of the project: %1%</source>
        <translation>Avance indicado del proyecto: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2% (was %3%)</source>
        <translation>Avance indicado de %1: %2&#xa0;% (antes %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Stated completion of %1: %2%</source>
        <translation>Avance indicado de %1: %2&#xa0;%</translation>
    </message>
    <message>
        <source>A task without a title was skipped.</source>
        <translation>Se ha omitido una tarea sin título.</translation>
    </message>
    <message>
        <source>“%1” is not a usable key; a new one was given.</source>
        <translation>«%1» no es una clave utilizable; se ha asignado una nueva.</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first one was used.</source>
        <translation>%1 aparece más de una vez; se ha usado la primera.</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is neither in the file nor in the project.</source>
        <translation>%1 depende de %2, que no está ni en el archivo ni en el proyecto.</translation>
    </message>
    <message>
        <source>%1 → %2 would close a dependency cycle; left out.</source>
        <translation>%1 → %2 cerraría un ciclo de dependencias; se ha omitido.</translation>
    </message>
    <message>
        <source>%1 depends on itself; that dependency was left out.</source>
        <translation>%1 depende de sí misma; esa dependencia se ha omitido.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>%1 is not a kind of file Candor imports (Markdown, CSV, Taskwarrior JSON, or a DOT or mermaid graph).</source>
        <translation>%1 no es un tipo de archivo que Candor importe (Markdown, CSV, JSON de Taskwarrior o un grafo DOT o mermaid).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>The title has %1 characters, more than the %2 a title may have; it was cut, and the whole title begins the description.</source>
        <translation>El título tiene %1 caracteres, más de los %2 que puede tener un título; se ha recortado, y el título completo encabeza la descripción.</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>Not JSON: %1 at byte %2</source>
        <translation>No es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>Expected an object with nodes and edges</source>
        <translation>Se esperaba un objeto con nodos y aristas</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Claimed only</source>
        <translation>Solo declarado</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tareas</translation>
    </message>
    <message>
        <source>claimed %1</source>
        <translation>declarado %1</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>verificado %1</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>Verificación: %1</translation>
    </message>
    <message>
        <source>verified with evidence</source>
        <translation>verificado con evidencia</translation>
    </message>
    <message>
        <source>claimed only</source>
        <translation>solo declarado, no verificado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Est. Days</source>
        <translation>Est. (días)</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>%1 claimed</source>
        <translation>%1 declarado</translation>
    </message>
    <message>
        <source>%1 verified</source>
        <translation>%1 verificado</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>%1 checklist</source>
        <translation>Lista de comprobación de %1</translation>
    </message>
    <message>
        <source>No component</source>
        <translation>Sin componente</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Target Date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
</context>
<context>
    <name>MarkdownTrackerReader</name>
    <message>
        <source>Unknown status &quot;%1&quot; kept as text</source>
        <translation>Estado desconocido &quot;%1&quot; conservado como texto</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;</source>
        <translation>Prioridad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown checkbox marker [%1] kept as text</source>
        <translation>Marcador de casilla desconocido [%1] conservado como texto</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate item(s) merged</source>
        <translation>
            <numerusform>%n elemento duplicado fusionado</numerusform>
            <numerusform>%n elementos duplicados fusionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicting status for %1</source>
        <translation>Estados contradictorios para %1</translation>
    </message>
    <message>
        <source>No task table, checklist or status marker found: list items read as tasks</source>
        <translation>No se encontró ninguna tabla de tareas, lista de comprobación ni marcador de estado: los elementos de lista se leen como tareas</translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
    <message>
        <source>Line of %1 characters read only in part</source>
        <translation>Línea de %1 caracteres leída solo en parte</translation>
    </message>
    <message>
        <source>Task without a title skipped</source>
        <translation>Tarea sin título omitida</translation>
    </message>
    <message>
        <source>Table row without a task name skipped</source>
        <translation>Fila de tabla sin nombre de tarea omitida</translation>
    </message>
</context>
<context>
    <name>MermaidFormat</name>
    <message>
        <source>Expected &apos;flowchart&apos; or &apos;graph&apos;</source>
        <translation>Se esperaba «flowchart» o «graph»</translation>
    </message>
    <message>
        <source>Expected a node id</source>
        <translation>Se esperaba un identificador de nodo</translation>
    </message>
    <message>
        <source>Expected a link such as --&gt;</source>
        <translation>Se esperaba un enlace como --&gt;</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>No se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: a row refers to one that is missing.</source>
        <translation>Error en la migración a la versión %1: una fila hace referencia a otra que falta.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed</source>
        <translation>La migración a la versión %1 falló</translation>
    </message>
    <message>
        <source>Migration to version %1 could not be saved</source>
        <translation>La migración a la versión %1 no se pudo guardar</translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message>
        <source>Cannot move the cards: %1</source>
        <translation>No se pueden mover las tarjetas: %1</translation>
    </message>
</context>
<context>
    <name>ProjectDatabase</name>
    <message>
        <source>the project file is busy in another program</source>
        <translation>otro programa está usando el archivo del proyecto</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>el archivo del proyecto es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>el archivo del proyecto está dañado</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>Check the name, or create a new project with File ▸ New.</source>
        <translation>Compruebe el nombre o cree un proyecto nuevo con Archivo ▸ Nuevo proyecto.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Candor project.</source>
        <translation>El archivo %1 está vacío, así que no es un proyecto de Candor.</translation>
    </message>
    <message>
        <source>Open a .candor file, or create a new project with File ▸ New.</source>
        <translation>Abra un archivo .candor o cree un proyecto nuevo con Archivo ▸ Nuevo proyecto.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>The file %1 is not a Candor project (it is not an SQLite database).</source>
        <translation>El archivo %1 no es un proyecto de Candor (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>To bring in a Markdown, CSV or Taskwarrior file, use File ▸ Import.</source>
        <translation>Para traer un archivo Markdown, CSV o Taskwarrior, use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>%1 is already open in another Candor (process %2 on %3).</source>
        <translation>%1 ya está abierto en otra instancia de Candor (proceso %2 en %3).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Switch to that window, or close it and open the project again.</source>
        <translation>Cambie a esa ventana, o ciérrela y vuelva a abrir el proyecto.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read.</source>
        <translation>Compruebe que el archivo y su carpeta se pueden leer.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 está dañado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Restáurelo desde una copia de seguridad con Archivo ▸ Restaurar desde copia de seguridad.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Candor project.</source>
        <translation>%1 es una base de datos SQLite, pero no un proyecto de Candor.</translation>
    </message>
    <message>
        <source>To bring in tasks from another tool, use File ▸ Import.</source>
        <translation>Para traer tareas de otra herramienta, use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Candor (file format %2; this Candor reads up to format %3).</source>
        <translation>%1 se guardó con una versión más reciente de Candor (formato de archivo %2; esta versión lee hasta el formato %3).</translation>
    </message>
    <message>
        <source>Update Candor to open this project. The file was not changed.</source>
        <translation>Actualice Candor para abrir este proyecto. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot prepare %1</source>
        <translation>No se puede preparar %1</translation>
    </message>
    <message>
        <source>Free some disk space, then open the project again.</source>
        <translation>Libere espacio en disco y vuelva a abrir el proyecto.</translation>
    </message>
    <message>
        <source>The file was left as it was. Report this with the file attached.</source>
        <translation>El archivo se ha dejado como estaba. Informe de esto adjuntando el archivo.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to file format %2, but it is read-only, and no upgraded copy could be made (%3).</source>
        <translation>%1 necesita actualizarse al formato de archivo %2, pero es de solo lectura y no se ha podido hacer una copia actualizada (%3).</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation>Cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Cannot copy the project to %1</source>
        <translation>No se puede copiar el proyecto a %1</translation>
    </message>
    <message>
        <source>Another Candor is creating %1 at this moment.</source>
        <translation>Otro Candor está creando %1 en este momento.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then open the project.</source>
        <translation>Espere a que termine y luego abra el proyecto.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Another Candor is opening %1 at this moment.</source>
        <translation>Otro Candor está abriendo %1 en este momento.</translation>
    </message>
    <message>
        <source>Wait a moment, then open it again.</source>
        <translation>Espere un momento y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Candor project.</source>
        <translation>%1 es una base de datos SQLite vacía, no un proyecto de Candor.</translation>
    </message>
    <message>
        <source>Cannot create %1. %2</source>
        <translation>No se puede crear %1. %2</translation>
    </message>
    <message>
        <source>Choose a folder on a disk with room to write to.</source>
        <translation>Elija una carpeta en un disco con espacio libre.</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <source>the disk holding %1 is full</source>
        <translation>el disco que contiene %1 está lleno</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>no se pudo leer el disco</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be read</source>
        <translation>no se pudo leer el disco que contiene %1</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may be full)</source>
        <translation>no se pudo escribir en el disco (puede estar lleno)</translation>
    </message>
    <message>
        <source>the disk holding %1 could not be written to (it may be full)</source>
        <translation>no se pudo escribir en el disco que contiene %1 (puede estar lleno)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 cannot be opened (check that it and its folder can be read)</source>
        <translation>%1 no se puede abrir (compruebe que el archivo y su carpeta se pueden leer)</translation>
    </message>
    <message>
        <source>SQLite gave no reason</source>
        <translation>SQLite no dio ningún motivo</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;JSON (everything, with the schedule)…</source>
        <translation>&amp;JSON (todo, con la planificación)…</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)…</source>
        <translation>&amp;CSV (una hoja de cálculo)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Taskwarrior…</source>
        <translation>&amp;Taskwarrior…</translation>
    </message>
    <message>
        <source>&amp;Markdown tracker…</source>
        <translation>Seguimiento en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Dependency graph as &amp;Graphviz DOT…</source>
        <translation>Grafo de dependencias en &amp;Graphviz DOT…</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Archivos Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Dependency graph as Mer&amp;maid…</source>
        <translation>Grafo de dependencias en Mer&amp;maid…</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd *.md)</source>
        <translation>Archivos Mermaid (*.mmd *.md)</translation>
    </message>
    <message>
        <source>Dependency graph &amp;layout (JSON)…</source>
        <translation>&amp;Disposición del grafo de dependencias (JSON)…</translation>
    </message>
</context>
<context>
    <name>ProjectGenerator</name>
    <message>
        <source>The number of tasks cannot be negative.</source>
        <translation>El número de tareas no puede ser negativo.</translation>
    </message>
    <message>
        <source>Synthetic project made by candor generate, seed %1.</source>
        <translation>Proyecto sintético creado con candor generate, semilla %1.</translation>
    </message>
    <message>
        <source>Cannot write the project</source>
        <translation>No se puede escribir el proyecto</translation>
    </message>
    <message>
        <source>Cannot write a component</source>
        <translation>No se puede escribir un componente</translation>
    </message>
    <message>
        <source>Production launch</source>
        <translation>Puesta en producción</translation>
    </message>
    <message>
        <source>Milestone %1</source>
        <translation>Hito %1</translation>
    </message>
    <message>
        <source>Gate %1 of the road to production.</source>
        <translation>Etapa %1 del camino a producción.</translation>
    </message>
    <message>
        <source>Cannot write a milestone</source>
        <translation>No se puede escribir un hito</translation>
    </message>
    <message>
        <source>Cannot write a task</source>
        <translation>No se puede escribir una tarea</translation>
    </message>
    <message>
        <source>Cannot write a dependency</source>
        <translation>No se puede escribir una dependencia</translation>
    </message>
    <message>
        <source>Cannot write a milestone gate</source>
        <translation>No se puede escribir una condición de hito</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a checklist item</source>
        <translation>No se puede escribir un elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Cannot save the generated project</source>
        <translation>No se puede guardar el proyecto generado</translation>
    </message>
    <message numerus="yes">
        <source>Generated project (%Ln task(s))</source>
        <translation>
            <numerusform>Proyecto generado (%Ln tarea)</numerusform>
            <numerusform>Proyecto generado (%Ln tareas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLoader</name>
    <message>
        <source>Restore it from a backup with File ▸ Restore from Backup.</source>
        <translation>Restáurelo desde una copia de seguridad con Archivo ▸ Restaurar desde copia de seguridad.</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the project of %1</source>
        <translation>No se puede leer el proyecto de %1</translation>
    </message>
    <message>
        <source>Cannot read the components of %1</source>
        <translation>No se pueden leer los componentes de %1</translation>
    </message>
    <message>
        <source>Cannot read the milestones of %1</source>
        <translation>No se pueden leer los hitos de %1</translation>
    </message>
    <message>
        <source>Cannot read the tasks of %1</source>
        <translation>No se pueden leer las tareas de %1</translation>
    </message>
    <message>
        <source>Cannot read the dependencies of %1</source>
        <translation>No se pueden leer las dependencias de %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Status report</source>
        <translation>Informe de estado</translation>
    </message>
    <message>
        <source>Status of %1 on %2: claimed and verified completion, blockers, milestones and changes</source>
        <translation>Estado de %1 el %2: avance declarado y verificado, bloqueos, hitos y cambios</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(sin componente)</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>%1 claimed · %2 verified</source>
        <translation>%1 decl. · %2 verif.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Claimed, not verified</source>
        <translation>Declarado, no verificado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Indicado en el seguimiento</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>+%1 d late</source>
        <translation>+%1 d de retraso</translation>
    </message>
    <message>
        <source>%1 d early</source>
        <translation>%1 d de adelanto</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them in the full report)</source>
        <translation>
            <numerusform>… y %n más (todas en el informe completo)</numerusform>
            <numerusform>… y %n más (todas en el informe completo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Stated %1</source>
        <translation>Indicado: %1</translation>
    </message>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>verificado %1 · declarado %2</translation>
    </message>
    <message>
        <source>Green: verified; amber: claimed, not verified; grey: remaining; black tick: stated.</source>
        <translation>Verde: verificado; ámbar: declarado, no verificado; gris: pendiente; marca negra: indicado.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 report · %3</source>
        <translation>%1 · informe «%2» · %3</translation>
    </message>
</context>
<context>
    <name>ReportMarkdown</name>
    <message>
        <source>verified %1 · claimed %2</source>
        <translation>verificado %1 · declarado %2</translation>
    </message>
    <message>
        <source>█ verified  ▒ claimed, not verified  ░ remaining</source>
        <translation>█ verificado  ▒ declarado, no verificado  ░ pendiente</translation>
    </message>
    <message>
        <source>**Date**: %1 · **Report**: %2 · **Status markers**: %3</source>
        <translation>**Fecha**: %1 · **Informe**: %2 · **Marcadores de estado**: %3</translation>
    </message>
    <message>
        <source>_Made by Candor from the project&apos;s data: claimed figures count tasks marked done, verified ones only tasks with evidence._</source>
        <translation>_Generado por Candor a partir de los datos del proyecto: las cifras declaradas cuentan las tareas marcadas como hechas; las verificadas, solo las tareas con evidencia._</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Title block and counts</source>
        <translation>Bloque de título y cifras clave</translation>
    </message>
    <message>
        <source>Blockers (open P0 tasks)</source>
        <translation>Bloqueos (tareas P0 abiertas)</translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avance por componente</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Ruta crítica</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Declarado frente a verificado</translation>
    </message>
    <message>
        <source>All tasks by component, with checklists</source>
        <translation>Todas las tareas por componente, con listas de comprobación</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>the report template, in “summary report”</comment>
        <translation>resumen</translation>
    </message>
    <message>
        <source>full</source>
        <comment>the report template, in “full report”</comment>
        <translation>completo</translation>
    </message>
    <message>
        <source>blockers</source>
        <comment>the report template, in “blockers report”</comment>
        <translation>bloqueos</translation>
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
        <translation>%1 · %2 · informe «%3»</translation>
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
        <translation>Hecho (declarado)</translation>
    </message>
    <message>
        <source>Verified complete</source>
        <translation>Hecho (verificado)</translation>
    </message>
    <message>
        <source>Stated in the tracker</source>
        <translation>Indicado en el seguimiento</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Open P0 tasks</source>
        <translation>Tareas P0 abiertas</translation>
    </message>
    <message numerus="yes">
        <source>%n failed verification(s)</source>
        <translation>
            <numerusform>%n verificación fallida</numerusform>
            <numerusform>%n verificaciones fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) stated above what their tasks claim</source>
        <translation>
            <numerusform>%n componente indicado por encima de lo que declaran sus tareas</numerusform>
            <numerusform>%n componentes indicados por encima de lo que declaran sus tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Honesty gap: %1 points claimed beyond the evidence</source>
        <translation>Brecha de honestidad: %1 puntos declarados más allá de la evidencia</translation>
    </message>
    <message>
        <source> (the tracker stated %1, the evidence shows %2)</source>
        <translation> (el seguimiento indicaba %1, la evidencia muestra %2)</translation>
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
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>No open P0 task.</source>
        <translation>No hay tareas P0 abiertas.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloquea</translation>
    </message>
    <message numerus="yes">
        <source>%n open P0 task(s), those holding up the most other work first.</source>
        <translation>
            <numerusform>%n tarea P0 abierta, primero las que más trabajo retienen.</numerusform>
            <numerusform>%n tareas P0 abiertas, primero las que más trabajo retienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion by component</source>
        <translation>Avance por componente</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Indicado</translation>
    </message>
    <message>
        <source>Claimed − verified</source>
        <translation>Declarado − verificado</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>The project has no milestones.</source>
        <translation>El proyecto no tiene hitos.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Gating tasks</source>
        <translation>Tareas requeridas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%1 de %2 abiertas</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>alcanzado el %1</translation>
    </message>
    <message>
        <source>no open work</source>
        <translation>sin trabajo abierto</translation>
    </message>
    <message numerus="yes">
        <source>Forecast: the day 80% of %n simulated run(s) finish by (Monte Carlo over the remaining estimates and dependencies); slip in working days.</source>
        <translation>
            <numerusform>Previsión: el día en que termina el 80&#xa0;% de %n simulación (Monte Carlo sobre las estimaciones pendientes y las dependencias); retraso en días laborables.</numerusform>
            <numerusform>Previsión: el día en que termina el 80&#xa0;% de %n simulaciones (Monte Carlo sobre las estimaciones pendientes y las dependencias); retraso en días laborables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Ruta crítica</translation>
    </message>
    <message>
        <source>No schedule: the dependencies have a cycle (%1).</source>
        <translation>Sin planificación: las dependencias tienen un ciclo (%1).</translation>
    </message>
    <message>
        <source>No open work: nothing is on a critical path.</source>
        <translation>Sin trabajo abierto: no hay nada en una ruta crítica.</translation>
    </message>
    <message numerus="yes">
        <source>The longest chain of unfinished work: %n task(s), finishing on %1 (%2 working days from %3) if every estimate holds.</source>
        <translation>
            <numerusform>La cadena más larga de trabajo sin terminar: %n tarea, que termina el %1 (%2 días laborables desde el %3) si se cumple cada estimación.</numerusform>
            <numerusform>La cadena más larga de trabajo sin terminar: %n tareas, que terminan el %1 (%2 días laborables desde el %3) si se cumple cada estimación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified</source>
        <translation>
            <numerusform>%Ln tarea hecha, sin verificar</numerusform>
            <numerusform>%Ln tareas hechas, sin verificar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTaskSections</name>
    <message>
        <source>Changes since %1</source>
        <translation>Cambios desde el %1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se ha podido leer el historial.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nueva: %1</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>eliminada: %1</translation>
    </message>
    <message>
        <source>status: %1 → %2</source>
        <translation>estado: %1 → %2</translation>
    </message>
    <message>
        <source>verification: %1 → %2</source>
        <translation>verificación: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changed in this time.</source>
        <translation>No ha cambiado nada en este periodo.</translation>
    </message>
    <message>
        <source>Claimed vs verified</source>
        <translation>Declarado frente a verificado</translation>
    </message>
    <message>
        <source>Every task marked done is verified, and no verification failed.</source>
        <translation>Todas las tareas marcadas como hechas están verificadas y ninguna verificación ha fallado.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 is stated %2 complete; its tasks claim %3 and show %4 verified.</source>
        <translation>%1 está indicado como completo al %2; sus tareas declaran %3 y muestran %4 verificado.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more item(s)</source>
        <translation>
            <numerusform>… y %n elemento más</numerusform>
            <numerusform>… y %n elementos más</numerusform>
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
            <numerusform>%Ln cambio de estado</numerusform>
            <numerusform>%Ln cambios de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new task(s)</source>
        <translation>
            <numerusform>%Ln tarea nueva</numerusform>
            <numerusform>%Ln tareas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln verification change(s)</source>
        <translation>
            <numerusform>%Ln cambio de verificación</numerusform>
            <numerusform>%Ln cambios de verificación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) done, not verified:</source>
        <translation>
            <numerusform>%Ln tarea hecha, sin verificar:</numerusform>
            <numerusform>%Ln tareas hechas, sin verificar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) whose verification failed:</source>
        <translation>
            <numerusform>%Ln tarea cuya verificación ha fallado:</numerusform>
            <numerusform>%Ln tareas cuya verificación ha fallado:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln task(s))</source>
        <translation>
            <numerusform>%1 (%Ln tarea)</numerusform>
            <numerusform>%1 (%Ln tareas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleColumns</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Holgura</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end</source>
        <translation>En la ruta crítica: cualquier retraso mueve el final</translation>
    </message>
    <message>
        <source>Working days this task can slip without moving the end</source>
        <translation>Días laborables que esta tarea puede retrasarse sin mover el final</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Matches description: %1</source>
        <translation>Coincide en la descripción: %1</translation>
    </message>
    <message>
        <source>Matches phase: %1</source>
        <translation>Coincide en la fase: %1</translation>
    </message>
    <message>
        <source>Matches evidence: %1</source>
        <translation>Coincide en la evidencia: %1</translation>
    </message>
    <message>
        <source>Matches checklist: %1</source>
        <translation>Coincide en la lista de comprobación: %1</translation>
    </message>
</context>
<context>
    <name>SectionVocabulary</name>
    <message>
        <source>criteria</source>
        <translation>criterios</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>métricas</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referencias</translation>
    </message>
    <message>
        <source>guidelines</source>
        <translation>pautas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>riesgos</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historial</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
</context>
<context>
    <name>SetStatedCompletionCommand</name>
    <message>
        <source>Set the stated completion of %1</source>
        <translation>Fijar el avance indicado de %1</translation>
    </message>
</context>
<context>
    <name>SetTaskFieldCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar el campo %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Cambiar el campo %1 de %Ln tarea</numerusform>
            <numerusform>Cambiar el campo %1 de %Ln tareas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsWriter</name>
    <message>
        <source>Cannot change the project settings</source>
        <translation>No se puede cambiar la configuración del proyecto</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>Cannot rename the project</source>
        <translation>No se puede cambiar el nombre del proyecto</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>El proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot write the snapshot</source>
        <translation>No se puede escribir la instantánea</translation>
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
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the report could not be drawn</source>
        <translation>no se ha podido dibujar el informe</translation>
    </message>
</context>
<context>
    <name>StoredValueCheck</name>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>%1 %2: “%3” (read as %4)</source>
        <translation>%1 %2: «%3» (leído como %4)</translation>
    </message>
</context>
<context>
    <name>TaskEnums</name>
    <message>
        <source>Todo</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>No se hará</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
</context>
<context>
    <name>TaskField</name>
    <message>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>component</source>
        <translation>componente</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verificación</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <source>last change</source>
        <translation>último cambio</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>optimistic estimate</source>
        <translation>estimación optimista</translation>
    </message>
    <message>
        <source>likely estimate</source>
        <translation>estimación probable</translation>
    </message>
    <message>
        <source>pessimistic estimate</source>
        <translation>estimación pesimista</translation>
    </message>
    <message>
        <source>board position</source>
        <translation>posición en el tablero</translation>
    </message>
    <message>
        <source>verification date</source>
        <translation>fecha de verificación</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>depende de</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>lista de comprobación</translation>
    </message>
    <message>
        <source>checklist order</source>
        <translation>orden de la lista de comprobación</translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>A task needs a key, such as SEC-001.</source>
        <translation>Una tarea necesita una clave, como SEC-001.</translation>
    </message>
    <message>
        <source>A key has at most %1 characters.</source>
        <translation>Una clave tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A key holds letters, digits, “-”, “_” and “.”, and no spaces.</source>
        <translation>Una clave contiene letras, dígitos, «-», «_» y «.», sin espacios.</translation>
    </message>
    <message>
        <source>The key %1 is already used by “%2”.</source>
        <translation>La clave %1 ya la usa «%2».</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <source>A title has at most %1 characters.</source>
        <translation>Un título tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Estado desconocido.</translation>
    </message>
    <message>
        <source>Priority is one of P0, P1, P2 and P3.</source>
        <translation>La prioridad es P0, P1, P2 o P3.</translation>
    </message>
    <message>
        <source>Unknown verification state.</source>
        <translation>Estado de verificación desconocido.</translation>
    </message>
    <message>
        <source>Unknown component.</source>
        <translation>Componente desconocido.</translation>
    </message>
    <message>
        <source>An estimate is a number of days from 0 to %1.</source>
        <translation>Una estimación es un número de días de 0 a %1.</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>El progreso es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Unknown milestone.</source>
        <translation>Hito desconocido.</translation>
    </message>
    <message>
        <source>Invalid rank.</source>
        <translation>Rango no válido.</translation>
    </message>
    <message>
        <source>Invalid date.</source>
        <translation>Fecha no válida.</translation>
    </message>
    <message>
        <source>The update time is set by Candor.</source>
        <translation>La hora de actualización la fija Candor.</translation>
    </message>
</context>
<context>
    <name>TaskWriter</name>
    <message>
        <source>Cannot change the %1 of a task</source>
        <translation>No se puede cambiar el campo %1 de una tarea</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>La tarea ya no existe.</translation>
    </message>
    <message>
        <source>Cannot change the milestones of a task</source>
        <translation>No se pueden cambiar los hitos de una tarea</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>No se puede añadir la tarea</translation>
    </message>
    <message>
        <source>The key %1 is used twice.</source>
        <translation>La clave %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>Cannot read the checklists of the tasks to delete.</source>
        <translation>No se pueden leer las listas de comprobación de las tareas que se van a eliminar.</translation>
    </message>
    <message>
        <source>Cannot delete the task</source>
        <translation>No se puede eliminar la tarea</translation>
    </message>
</context>
<context>
    <name>TaskwarriorReader</name>
    <message>
        <source>Not a task object; skipped.</source>
        <translation>No es un objeto de tarea; se omite.</translation>
    </message>
    <message>
        <source>Not a task object (%1); skipped.</source>
        <translation>No es un objeto de tarea (%1); se omite.</translation>
    </message>
    <message>
        <source>Not Taskwarrior JSON: %1 (expected the output of &quot;task export&quot;).</source>
        <translation>No es JSON de Taskwarrior: %1 (se esperaba la salida de &quot;task export&quot;).</translation>
    </message>
    <message>
        <source>The key %1 is used twice; this task gets a key from its UUID.</source>
        <translation>La clave %1 se usa dos veces; esta tarea recibe una clave a partir de su UUID.</translation>
    </message>
    <message>
        <source>Unknown candor_status &quot;%1&quot;; ignored.</source>
        <translation>candor_status desconocido &quot;%1&quot;; se ignora.</translation>
    </message>
    <message>
        <source>Unknown Taskwarrior status &quot;%1&quot;; kept as text.</source>
        <translation>Estado de Taskwarrior desconocido &quot;%1&quot;; se conserva como texto.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;; expected H, M or L.</source>
        <translation>Prioridad desconocida &quot;%1&quot;; se esperaba H, M o L.</translation>
    </message>
    <message>
        <source>candor_estimate &quot;%1&quot; is not a number of days; ignored.</source>
        <translation>candor_estimate &quot;%1&quot; no es un número de días; se ignora.</translation>
    </message>
    <message>
        <source>candor_progress &quot;%1&quot; is not a percentage; ignored.</source>
        <translation>candor_progress &quot;%1&quot; no es un porcentaje; se ignora.</translation>
    </message>
    <message>
        <source>Unknown candor_verification &quot;%1&quot;; ignored.</source>
        <translation>candor_verification desconocido &quot;%1&quot;; se ignora.</translation>
    </message>
    <message>
        <source>The task has no description; it was skipped.</source>
        <translation>La tarea no tiene descripción; se ha omitido.</translation>
    </message>
    <message>
        <source>Depends on %1, which is not in this file; that dependency was dropped.</source>
        <translation>Depende de %1, que no está en este archivo; se ha descartado esa dependencia.</translation>
    </message>
    <message>
        <source>Status: pending, waiting and recurring are todo (in progress when started), completed is done, deleted is won&apos;t do; priority: H, M, L are P1, P2, P3, none is P2.</source>
        <translation>Estado: pending, waiting y recurring pasan a «Por hacer» («En progreso» una vez iniciadas), completed a «Hecho», deleted a «No se hará»; prioridad: H, M, L pasan a P1, P2, P3, y sin prioridad a P2.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) without candor_key got a key from their UUID (TW-…).</source>
        <translation>
            <numerusform>%n tarea sin candor_key ha recibido una clave a partir de su UUID (TW-…).</numerusform>
            <numerusform>%n tareas sin candor_key han recibido una clave a partir de su UUID (TW-…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The description holds only NUL characters; the task was skipped.</source>
        <translation>La descripción solo contiene caracteres NUL; se ha omitido la tarea.</translation>
    </message>
    <message>
        <source>The task holds NUL characters; they were removed.</source>
        <translation>La tarea contiene caracteres NUL; se han eliminado.</translation>
    </message>
</context>
<context>
    <name>TrackerText</name>
    <message>
        <source>Unreadable bytes (not valid UTF-8) were replaced by U+FFFD.</source>
        <translation>Los bytes ilegibles (UTF-8 no válido) se han sustituido por U+FFFD.</translation>
    </message>
    <message numerus="yes">
        <source>Unreadable bytes were also replaced on %n more line(s).</source>
        <translation>
            <numerusform>También se han sustituido bytes ilegibles en %n línea más.</numerusform>
            <numerusform>También se han sustituido bytes ilegibles en %n líneas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Characters damaged by a wrong code page were repaired on %n line(s).</source>
        <translation>
            <numerusform>Se han reparado en %n línea caracteres dañados por una página de códigos incorrecta.</numerusform>
            <numerusform>Se han reparado en %n líneas caracteres dañados por una página de códigos incorrecta.</numerusform>
        </translation>
    </message>
</context>
</TS>
