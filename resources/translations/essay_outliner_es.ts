<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Shape an essay as an outline — introduction and thesis, body paragraphs with their quotations and notes, conclusion — reorder it, draft paragraphs from your notes, and export it to Word, Markdown or plain text.&lt;br&gt;&lt;br&gt;Released under the MIT licence.</source>
        <translation>Da forma a tu ensayo como un esquema —introducción y tesis, párrafos de desarrollo con sus citas y notas, conclusión—, reordénalo, redacta párrafos a partir de tus notas y expórtalo a Word, Markdown o texto sin formato.&lt;br&gt;&lt;br&gt;Publicado bajo la licencia MIT.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>What the essay still needs; Enter on a line selects its part of the outline</source>
        <translation>Lo que le falta al ensayo; Intro en una línea selecciona su parte del esquema</translation>
    </message>
    <message>
        <source>Nothing left to check.</source>
        <translation>No queda nada por revisar.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do. Click a line to select its part of the outline.</source>
        <translation>
            <numerusform>Te queda %n cosa por hacer. Haz clic en una línea para seleccionar su parte del esquema.</numerusform>
            <numerusform>Te quedan %n cosas por hacer. Haz clic en una línea para seleccionar su parte del esquema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitationStyle</name>
    <message>
        <source>MLA (9th edition)</source>
        <translation>MLA (9.ª edición)</translation>
    </message>
    <message>
        <source>APA (7th edition, student paper)</source>
        <translation>APA (7.ª edición, trabajo de estudiante)</translation>
    </message>
    <message>
        <source>Chicago (17th edition, notes and bibliography)</source>
        <translation>Chicago (17.ª edición, notas y bibliografía)</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Select the nodes to copy.</source>
        <translation>Selecciona los elementos que quieres copiar.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become part of the outline.</source>
        <translation>El portapapeles no contiene nada que pueda formar parte del esquema.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>Paste as Child</source>
        <translation>Pegar dentro</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Cut the selected nodes.</source>
        <translation>Corta los elementos seleccionados.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected nodes (also as text and OPML for other programs).</source>
        <translation>Copia los elementos seleccionados (también como texto y OPML para otros programas).</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste after the current node; text from other programs becomes notes.</source>
        <translation>Pega después del elemento actual; el texto de otros programas se convierte en notas.</translation>
    </message>
    <message>
        <source>Paste as C&amp;hild</source>
        <translation>Pegar &amp;dentro</translation>
    </message>
    <message>
        <source>Paste inside the current node, as its last children.</source>
        <translation>Pega dentro del elemento actual, al final.</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>no permission to create its lock file</source>
        <translation>no hay permiso para crear su archivo de bloqueo</translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation>no se pudo crear su archivo de bloqueo</translation>
    </message>
    <message>
        <source>its lock file is in use</source>
        <translation>su archivo de bloqueo está en uso</translation>
    </message>
    <message>
        <source>is open in {holder}</source>
        <translation>está abierto en {holder}</translation>
    </message>
    <message>
        <source>cannot be locked ({why})</source>
        <translation>no se puede bloquear ({why})</translation>
    </message>
    <message>
        <source>File Is Open Elsewhere</source>
        <translation>El archivo está abierto en otro lugar</translation>
    </message>
    <message>
        <source>“{name}” is open in {holder}.</source>
        <translation>“{name}” está abierto en {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only? You can read and edit it here, but Save asks for a new name, so the other window&apos;s work is never overwritten.</source>
        <translation>¿Quieres abrirlo en modo de solo lectura? Puedes leerlo y editarlo aquí, pero Guardar te pedirá un nombre nuevo, así nunca se sobrescribe el trabajo de la otra ventana.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Edit freely before accepting</source>
        <translation>Edítalo a tu gusto antes de aceptarlo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Draft them now: review each draft in Draft from Notes before it goes in</source>
        <translation>Redactarlos ahora: revisa cada borrador en Redactar a partir de las notas antes de incluirlo</translation>
    </message>
    <message>
        <source>Export their claim and notes, marked “[Not written yet]”</source>
        <translation>Exportar su idea principal y sus notas, marcadas con “[Not written yet]”</translation>
    </message>
    <message>
        <source>Leave them out of the essay</source>
        <translation>Dejarlos fuera del ensayo</translation>
    </message>
    <message>
        <source>Finished essay (formatted paragraphs)</source>
        <translation>Ensayo terminado (párrafos con formato)</translation>
    </message>
    <message>
        <source>Outline (numbered headings and bullets)</source>
        <translation>Esquema (títulos numerados y viñetas)</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The essay&apos;s style ({name})</source>
        <translation>El estilo del ensayo ({name})</translation>
    </message>
    <message>
        <source>None: Times New Roman 12 pt, 1&quot; margins</source>
        <translation>Ninguna: Times New Roman 12 pt, márgenes de 2,54 cm</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>A template lends its fonts, styles and page setup; its text is not used.</source>
        <translation>Una plantilla aporta sus fuentes, estilos y configuración de página; su texto no se usa.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Paragraphs not written yet</source>
        <translation>Párrafos aún sin escribir</translation>
    </message>
    <message>
        <source>No prose yet: {names}.</source>
        <translation>Todavía sin texto: {names}.</translation>
    </message>
    <message>
        <source>The outline shows every paragraph&apos;s notes as they are.</source>
        <translation>El esquema muestra las notas de cada párrafo tal como están.</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Elige una plantilla de Word</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Draft from Notes — {name} ({number} of {count})</source>
        <translation>Redactar a partir de las notas — {name} ({number} de {count})</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Se exportó {name}.</translation>
    </message>
    <message>
        <source>Open in Word Processor</source>
        <translation>Abrir en el procesador de textos</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}.</source>
        <translation>“{name}” ya existe en {folder}.</translation>
    </message>
    <message>
        <source>Replace it? The old file is kept as “{backup}”.</source>
        <translation>¿Quieres reemplazarlo? El archivo anterior se guarda como “{backup}”.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>Find in the whole essay</source>
        <translation>Buscar en todo el ensayo</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation>&amp;Palabra completa</translation>
    </message>
    <message>
        <source>Replace All changes &amp;quotations too</source>
        <translation>Reemplazar todo cambia también las &amp;citas</translation>
    </message>
    <message>
        <source>Off: Replace All leaves quoted words alone (what a source said stays as it was)</source>
        <translation>Desactivado: Reemplazar todo no toca las palabras citadas (lo que dijo una fuente queda como estaba)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Reemplazar:</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The words to find in the whole essay</source>
        <translation>Las palabras que buscar en todo el ensayo</translation>
    </message>
    <message>
        <source>Where the match is</source>
        <translation>Dónde está la coincidencia</translation>
    </message>
    <message>
        <source>“{query}” is nowhere in the essay.</source>
        <translation>“{query}” no aparece en el ensayo.</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source> — in Essay Properties: {field}</source>
        <translation> — en Propiedades del ensayo: {field}</translation>
    </message>
    <message>
        <source> — in Sources: {field}</source>
        <translation> — en Fuentes: {field}</translation>
    </message>
    <message>
        <source>Type what to find first.</source>
        <translation>Primero escribe lo que quieres buscar.</translation>
    </message>
    <message numerus="yes">
        <source>; %n in quotations left as they are</source>
        <translation>
            <numerusform>; %n en una cita se deja como está</numerusform>
            <numerusform>; %n en citas se dejan como están</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing replaced{kept}.</source>
        <translation>No se reemplazó nada{kept}.</translation>
    </message>
    <message>
        <source>Replaced {count}{kept}. Undo puts every one back.</source>
        <translation>Reemplazos hechos: {count}{kept}. Deshacer los revierte todos.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find text anywhere in the essay.</source>
        <translation>Busca texto en cualquier parte del ensayo.</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the next match.</source>
        <translation>Muestra la siguiente coincidencia.</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Show the previous match.</source>
        <translation>Muestra la coincidencia anterior.</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Replace text anywhere in the essay.</source>
        <translation>Reemplaza texto en cualquier parte del ensayo.</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Modo &amp;concentración</translation>
    </message>
    <message>
        <source>Only the paragraph you are writing and its notes.</source>
        <translation>Solo el párrafo que estás escribiendo y sus notas.</translation>
    </message>
    <message>
        <source>Only the paragraph you are writing and its notes</source>
        <translation>Solo el párrafo que estás escribiendo y sus notas</translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation>Salir del modo concentración</translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>How this draft was read</source>
        <translation>Cómo se leyó este borrador</translation>
    </message>
    <message>
        <source>Click a line to select its part of the outline.</source>
        <translation>Haz clic en una línea para seleccionar su parte del esquema.</translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation>Cerrar el informe de importación</translation>
    </message>
    <message>
        <source>What the importer decided and assumed</source>
        <translation>Lo que la importación decidió y supuso</translation>
    </message>
    <message>
        <source>Choose a line to select its part of the outline.</source>
        <translation>Elige una línea para seleccionar su parte del esquema.</translation>
    </message>
    <message>
        <source>Select {name} in the outline</source>
        <translation>Seleccionar {name} en el esquema</translation>
    </message>
    <message>
        <source>About the whole draft</source>
        <translation>Sobre todo el borrador</translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <source>Opening “{name}”…</source>
        <translation>Abriendo “{name}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
</context>
<context>
    <name>LeftoverOffer</name>
    <message>
        <source>Unfinished Save</source>
        <translation>Guardado sin terminar</translation>
    </message>
    <message>
        <source>A newer version of “{name}” saved at {when} was not finished being put in place.</source>
        <translation>Una versión más reciente de “{name}”, guardada el {when}, no terminó de ponerse en su lugar.</translation>
    </message>
    <message>
        <source>the file as it is now is kept as “{name}.bak”</source>
        <translation>el archivo tal como está ahora se guarda como “{name}.bak”</translation>
    </message>
    <message>
        <source>“{name}” itself cannot be read as it is now</source>
        <translation>“{name}” no se puede leer tal como está ahora</translation>
    </message>
    <message>
        <source>Open it to finish that save ({now}), or keep the file as it is and delete the newer version.</source>
        <translation>Ábrela para terminar ese guardado ({now}), o conserva el archivo tal como está y borra la versión más reciente.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Keep the file as it is</source>
        <translation>Conservar el archivo tal como está</translation>
    </message>
    <message>
        <source>Unfinished Save Kept</source>
        <translation>Se conserva un guardado sin terminar</translation>
    </message>
    <message>
        <source>{path}: an unfinished save that cannot be read is kept beside it ({names}) until the file is saved again</source>
        <translation>{path}: un guardado sin terminar que no se puede leer se conserva a su lado ({names}) hasta que vuelvas a guardar el archivo</translation>
    </message>
    <message>
        <source>Cannot Finish the Save</source>
        <translation>No se puede terminar el guardado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The essay as it will read</source>
        <translation>El ensayo tal como se leerá</translation>
    </message>
    <message>
        <source>Every change, to undo or redo back to</source>
        <translation>Cada cambio, para deshacer o rehacer hasta él</translation>
    </message>
    <message>
        <source>What the essay still needs</source>
        <translation>Lo que le falta al ensayo</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>The fields of the node chosen in the outline</source>
        <translation>Los campos del nodo elegido en el esquema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What this node is; only kinds allowed where it sits</source>
        <translation>Qué es este nodo; solo los tipos permitidos donde está</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>Borrar la página</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Tesis</translation>
    </message>
    <message>
        <source>Body paragraph</source>
        <translation>Párrafo de desarrollo</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Notas ({count})</translation>
    </message>
    <message>
        <source>Notes: none yet</source>
        <translation>Notas: ninguna todavía</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Stop filtering</source>
        <translation>Dejar de filtrar</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>The essay&apos;s parts, one row each. Tab indents and Shift+Tab outdents the selection; F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>Las partes del ensayo, una por fila. Tab aumenta y Mayús+Tab reduce la sangría de la selección; F6 o Ctrl+Tab pasa al panel siguiente.</translation>
    </message>
    <message>
        <source>Filter the outline</source>
        <translation>Filtrar el esquema</translation>
    </message>
    <message>
        <source>Shows only the nodes that contain this text; Escape stops filtering</source>
        <translation>Muestra solo los nodos que contienen este texto; Esc deja de filtrar</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
</context>
<context>
    <name>PaneCycle</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Put the keyboard in the next pane: outline, editor, preview</source>
        <translation>Lleva el teclado al panel siguiente: esquema, editor, vista previa</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Put the keyboard in the previous pane</source>
        <translation>Lleva el teclado al panel anterior</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Enter the NAME of an environment variable that holds the key (for example OPENAI_API_KEY), not the key itself.</source>
        <translation>Escribe el NOMBRE de una variable de entorno que contenga la clave (por ejemplo OPENAI_API_KEY), no la clave misma.</translation>
    </message>
    <message>
        <source>Preferences: AI Drafter</source>
        <translation>Preferencias: redacción con IA</translation>
    </message>
    <message>
        <source>The built-in drafter works offline. Optionally, an OpenAI-compatible server (Ollama, llama.cpp, LM Studio or a hosted service) can draft paragraphs too; every draft it returns is checked for your quotations. Requests go straight to the server URL, never through a proxy ($http_proxy and $https_proxy are ignored) and never to a redirect, so the API key reaches only that server. The timeout bounds the whole request; answers over 1 MB are refused.</source>
        <translation>El redactor integrado funciona sin conexión. Si quieres, un servidor compatible con OpenAI (Ollama, llama.cpp, LM Studio o un servicio en línea) también puede redactar párrafos; cada borrador que devuelve se comprueba con tus citas. Las solicitudes van directamente a la URL del servidor, nunca a través de un proxy ($http_proxy y $https_proxy se ignoran) ni a una redirección, así que la clave de API solo llega a ese servidor. El tiempo de espera limita la solicitud completa; se rechazan las respuestas de más de 1 MB.</translation>
    </message>
    <message>
        <source>Use an AI drafter</source>
        <translation>Usar un redactor con IA</translation>
    </message>
    <message>
        <source>for example llama3.1</source>
        <translation>por ejemplo llama3.1</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY (leave empty for a local server)</source>
        <translation>OPENAI_API_KEY (déjalo vacío para un servidor local)</translation>
    </message>
    <message>
        <source>The name of an environment variable holding the API key. The key itself is never stored.</source>
        <translation>El nombre de una variable de entorno que contiene la clave de API. La clave misma nunca se guarda.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest a whole request may take, from connecting to the last byte of the answer.</source>
        <translation>Lo máximo que puede tardar una solicitud completa, desde la conexión hasta el último byte de la respuesta.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation>&amp;Variable de la clave de API:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The essay as it will read, kept up to date</source>
        <translation>El ensayo tal como se leerá, siempre al día</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>English (US)</source>
        <translation>Inglés (EE. UU.)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>Essay Properties</source>
        <translation>Propiedades del ensayo</translation>
    </message>
    <message>
        <source>A work&apos;s title inside it goes in italics: select it, Ctrl+I (it is stored as *Title*)</source>
        <translation>El título de una obra dentro del título va en cursiva: selecciónalo y pulsa Ctrl+I (se guarda como *Título*)</translation>
    </message>
    <message>
        <source>School or department (APA title page)</source>
        <translation>Centro o departamento (portada APA)</translation>
    </message>
    <message>
        <source>e.g. 26 November 2026</source>
        <translation>p. ej., 26 November 2026</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>Poner la fecha de hoy</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no word target</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <source>The length the assignment asks for; the status bar shows progress and Checks flags the difference</source>
        <translation>La extensión que pide la tarea; la barra de estado muestra el avance y Comprobaciones señala la diferencia</translation>
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
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;Profesor</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>A&amp;ffiliation</source>
        <translation>&amp;Institución</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Citation &amp;style</source>
        <translation>&amp;Estilo de citas</translation>
    </message>
    <message>
        <source>&amp;Word target</source>
        <translation>&amp;Objetivo de palabras</translation>
    </message>
    <message>
        <source>Spe&amp;lling</source>
        <translation>Orto&amp;grafía</translation>
    </message>
    <message>
        <source>Paragraph
targets</source>
        <translation>Objetivos por
párrafo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Target (words)</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>A word target per paragraph (0: none); Checks flags the difference</source>
        <translation>Un objetivo de palabras por párrafo (0: ninguno); Comprobaciones señala la diferencia</translation>
    </message>
    <message>
        <source>Edit this entry&apos;s fields under Essay &gt; Sources.</source>
        <translation>Edita los campos de esta entrada en Ensayo &gt; Fuentes.</translation>
    </message>
    <message>
        <source>Set Paragraph Targets</source>
        <translation>Fijar objetivos por párrafo</translation>
    </message>
    <message>
        <source>Edit Properties</source>
        <translation>Editar propiedades</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>• {title}{where}, autosaved {when}</source>
        <translation>• {title}{where}, guardado automáticamente el {when}</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Essay Outliner did not close properly last time.</source>
        <translation>Essay Outliner no se cerró correctamente la última vez.</translation>
    </message>
    <message>
        <source>Unsaved work was kept for you:</source>
        <translation>Se conservó tu trabajo sin guardar:</translation>
    </message>
    <message>
        <source>Restore it now? Discard deletes the kept copies.</source>
        <translation>¿Quieres recuperarlo ahora? Descartar borra las copias conservadas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>RowSpeech</name>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>{kind}, page {page}, empty</source>
        <translation>{kind}, página {page}, vacía</translation>
    </message>
    <message>
        <source>{kind}, no page, empty</source>
        <translation>{kind}, sin página, vacía</translation>
    </message>
    <message>
        <source>{kind}, page {page}: “{text}”</source>
        <translation>{kind}, página {page}: «{text}»</translation>
    </message>
    <message>
        <source>{kind}, no page: “{text}”</source>
        <translation>{kind}, sin página: «{text}»</translation>
    </message>
    <message>
        <source>{kind}, empty</source>
        <translation>{kind}, vacío</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>no page yet</source>
        <translation>todavía sin página</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source>in section “{heading}”</source>
        <translation>en la sección «{heading}»</translation>
    </message>
    <message>
        <source>in {paragraph}</source>
        <translation>en {paragraph}</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>redactado</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>unwritten</source>
        <translation>sin redactar</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of notes</source>
        <translation>
            <numerusform>%n palabra de notas</numerusform>
            <numerusform>%n palabras de notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %n word(s)</source>
        <translation>
            <numerusform>objetivo %n palabra</numerusform>
            <numerusform>objetivo %n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since this window opened or last saved it.</source>
        <translation>Otro programa cambió “{name}” desde que esta ventana lo abrió o lo guardó por última vez.</translation>
    </message>
    <message>
        <source>Save yours under a new name to keep both versions. Overwrite replaces the other version, which is then kept only as {name}.bak.</source>
        <translation>Guarda el tuyo con otro nombre para conservar ambas versiones. Sobrescribir reemplaza la otra versión, que entonces solo se conserva como {name}.bak.</translation>
    </message>
    <message>
        <source>Save Mine As…</source>
        <translation>Guardar el mío como…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command with a shortcut, as the menus have it now.</source>
        <translation>Cada comando con atajo, tal como lo tienen ahora los menús.</translation>
    </message>
</context>
<context>
    <name>SourceField</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Container (book, journal, site)</source>
        <translation>Contenedor (libro, revista, sitio)</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado</translation>
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Chapter in an edited book</source>
        <translation>Capítulo de un libro colectivo</translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation>Artículo de revista académica</translation>
    </message>
    <message>
        <source>Newspaper or magazine article</source>
        <translation>Artículo de periódico o revista</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Película</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>One name a line: Family, Given. A line without a comma is one name (an organisation).</source>
        <translation>Un nombre por línea: Apellidos, Nombre. Una línea sin coma es un solo nombre (una organización).</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Free text (printed as typed)</source>
        <translation>Texto libre (se imprime tal como se escribe)</translation>
    </message>
    <message>
        <source>The whole entry, as it should be printed</source>
        <translation>La entrada completa, tal como debe imprimirse</translation>
    </message>
    <message>
        <source>Family, Given</source>
        <translation>Apellidos, Nombre</translation>
    </message>
    <message>
        <source>2006, or 2020-03-05</source>
        <translation>2006, o 2020-03-05</translation>
    </message>
    <message>
        <source>for a web page: 2026-02-01</source>
        <translation>para una página web: 2026-02-01</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Free te&amp;xt</source>
        <translation>Te&amp;xto libre</translation>
    </message>
    <message>
        <source>Auth&amp;ors</source>
        <translation>Aut&amp;ores</translation>
    </message>
    <message>
        <source>&amp;Editors</source>
        <translation>&amp;Editores</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Save this entry&apos;s changes (one undoable step)</source>
        <translation>Guarda los cambios de esta entrada (un paso que se puede deshacer)</translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation>(entrada vacía)</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Move Source</source>
        <translation>Mover fuente</translation>
    </message>
    <message>
        <source>Kept as typed; printed only as free text</source>
        <translation>Se guarda tal como se escribió; solo se imprime como texto libre</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>Add to Essay Word List</source>
        <translation>Añadir a la lista de palabras del ensayo</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>Se copió %n elemento.</numerusform>
            <numerusform>Se copiaron %n elementos.</numerusform>
        </translation>
    </message>
</context>
</TS>
