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
    <name>BookBox</name>
    <message>
        <source>Book, for checking quotations</source>
        <translation>Libro, para comprobar las citas</translation>
    </message>
    <message>
        <source>Attac&amp;h Book…</source>
        <translation>Ad&amp;juntar libro…</translation>
    </message>
    <message>
        <source>A PDF (with a text layer), an EPUB or a text file of the edition you quote</source>
        <translation>Un PDF (con capa de texto), un EPUB o un archivo de texto de la edición que citas</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>Q&amp;uitar libro</translation>
    </message>
    <message>
        <source>Stop checking quotations against this book</source>
        <translation>Dejar de comprobar las citas con este libro</translation>
    </message>
    <message>
        <source>Read A&amp;gain</source>
        <translation>&amp;Leer de nuevo</translation>
    </message>
    <message>
        <source>Read the file again (after putting it back or replacing it)</source>
        <translation>Leer el archivo de nuevo (después de volver a ponerlo o de sustituirlo)</translation>
    </message>
    <message>
        <source>Page offset</source>
        <translation>Desplazamiento de páginas</translation>
    </message>
    <message>
        <source>For a book whose pages carry no numbers the app can read: the printed number of its first page, minus one</source>
        <translation>Para un libro cuyas páginas no llevan números que la aplicación pueda leer: el número impreso de su primera página, menos uno</translation>
    </message>
    <message>
        <source>Page o&amp;ffset</source>
        <translation>Despla&amp;zamiento de páginas</translation>
    </message>
    <message>
        <source>C&amp;hange Book…</source>
        <translation>Ca&amp;mbiar libro…</translation>
    </message>
    <message>
        <source>No book attached. Attach the edition you quote to check each quotation word for word and page by page.</source>
        <translation>Ningún libro adjunto. Adjunta la edición que citas para comprobar cada cita palabra por palabra y página por página.</translation>
    </message>
    <message>
        <source>“{name}”: being read…</source>
        <translation>«{name}»: leyéndose…</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}</source>
        <translation>«{name}» no se puede leer: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %n page(s), read.</source>
        <translation>
            <numerusform>«{name}»: %n página, leída.</numerusform>
            <numerusform>«{name}»: %n páginas, leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Book</source>
        <translation>Adjuntar libro</translation>
    </message>
    <message>
        <source>Books (*.pdf *.epub *.txt *.md *.markdown);;All files (*)</source>
        <translation>Libros (*.pdf *.epub *.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Attach Book</source>
        <translation>No se puede adjuntar el libro</translation>
    </message>
    <message>
        <source>Detach Book</source>
        <translation>Quitar libro</translation>
    </message>
    <message>
        <source>Change Page Offset</source>
        <translation>Cambiar desplazamiento de páginas</translation>
    </message>
</context>
<context>
    <name>BookDesk</name>
    <message>
        <source>Quotation from &amp;Book…</source>
        <translation>Cita de un &amp;libro…</translation>
    </message>
    <message>
        <source>Find a passage in a book attached to a source and insert it as a quotation with its page.</source>
        <translation>Busca un pasaje en un libro adjunto a una fuente e insértalo como cita con su página.</translation>
    </message>
    <message>
        <source>The book is still being read; try again in a moment.</source>
        <translation>El libro aún se está leyendo; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Attach a book to a source first (Essay &gt; Sources, Attach Book).</source>
        <translation>Primero adjunta un libro a una fuente (Ensayo &gt; Fuentes, Adjuntar libro).</translation>
    </message>
</context>
<context>
    <name>BookJobs</name>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Leyendo “{name}”…</translation>
    </message>
    <message>
        <source>Reading the Book</source>
        <translation>Leyendo el libro</translation>
    </message>
</context>
<context>
    <name>BookSearchDialog</name>
    <message>
        <source>Quotation from Book</source>
        <translation>Cita de un libro</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Words or a phrase from the book</source>
        <translation>Palabras o una frase del libro</translation>
    </message>
    <message>
        <source>Search the book</source>
        <translation>Buscar en el libro</translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>The passage picked; trim it to the words you quote</source>
        <translation>El pasaje elegido; recórtalo a las palabras que citas</translation>
    </message>
    <message>
        <source>Quotation to insert</source>
        <translation>Cita que se insertará</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>the page the passage is on</source>
        <translation>la página donde está el pasaje</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Libro</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Quotation</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <source>No book is attached to a source yet: attach one in Essay &gt; Sources.</source>
        <translation>Aún no hay ningún libro adjunto a una fuente: adjunta uno en Ensayo &gt; Fuentes.</translation>
    </message>
    <message>
        <source>Type words or a phrase to find them in the book.</source>
        <translation>Escribe palabras o una frase para encontrarlas en el libro.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found.</source>
        <translation>
            <numerusform>%n pasaje encontrado.</numerusform>
            <numerusform>%n pasajes encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>no page</source>
        <translation>sin página</translation>
    </message>
</context>
<context>
    <name>BookShelf</name>
    <message>
        <source>The file has changed since it was attached; quotations are checked against it as it is now.</source>
        <translation>El archivo ha cambiado desde que se adjuntó; las citas se comprueban con él tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit Properties</source>
        <translation>Editar propiedades</translation>
    </message>
    <message>
        <source>Edit Sources</source>
        <translation>Editar fuentes</translation>
    </message>
    <message>
        <source>Add to Essay Word List</source>
        <translation>Añadir a la lista de palabras del ensayo</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation>Añadir dentro</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Edit Cite</source>
        <translation>Editar referencia</translation>
    </message>
    <message>
        <source>Edit Prose</source>
        <translation>Editar redacción</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Insert Quotation</source>
        <translation>Insertar cita</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>no conclusion</source>
        <translation>no hay conclusión</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>tu nombre</translation>
    </message>
    <message>
        <source>the instructor</source>
        <translation>el profesor</translation>
    </message>
    <message>
        <source>the course</source>
        <translation>el curso</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the school or department</source>
        <translation>la institución o el departamento</translation>
    </message>
    <message>
        <source>no title (Essay Properties)</source>
        <translation>no hay título (Propiedades del ensayo)</translation>
    </message>
    <message>
        <source>{style} asks for {fields} (Essay Properties)</source>
        <translation>{style} pide {fields} (Propiedades del ensayo)</translation>
    </message>
    <message>
        <source>{words} of {target} words ({left} to go)</source>
        <translation>{words} de {target} palabras (faltan {left})</translation>
    </message>
    <message>
        <source>{words} words, {over} over the target of {target}</source>
        <translation>{words} palabras, {over} por encima del objetivo de {target}</translation>
    </message>
    <message>
        <source>0 of {target} words written ({notes} words of notes, which the target does not count)</source>
        <translation>0 de {target} palabras escritas ({notes} palabras de notas, que el objetivo no cuenta)</translation>
    </message>
    <message>
        <source>no claim (the paragraph&apos;s point)</source>
        <translation>no hay afirmación (la idea del párrafo)</translation>
    </message>
    <message>
        <source>no quotation as evidence</source>
        <translation>no hay ninguna cita como prueba</translation>
    </message>
    <message>
        <source>no prose or notes discuss the evidence</source>
        <translation>ningún texto ni nota comenta la prueba</translation>
    </message>
    <message>
        <source>ends on a quotation; explain it in a sentence of your own</source>
        <translation>termina con una cita; explícala con una frase tuya</translation>
    </message>
    <message>
        <source>the paragraph ends on this quotation; add a note that explains it</source>
        <translation>el párrafo termina con esta cita; añade una nota que la explique</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>aún sin escribir</translation>
    </message>
    <message>
        <source>no citation (page or line)</source>
        <translation>sin referencia (página o línea)</translation>
    </message>
    <message>
        <source>the quotation {quote} has no citation</source>
        <translation>la cita {quote} no tiene referencia</translation>
    </message>
    <message>
        <source>no {heading} entry for the quotations</source>
        <translation>no hay entradas en {heading} para las citas</translation>
    </message>
    <message>
        <source>cites a source that is not in {heading}</source>
        <translation>cita una fuente que no está en {heading}</translation>
    </message>
    <message>
        <source>cites {name}, who is not in {heading}</source>
        <translation>cita a {name}, que no está en {heading}</translation>
    </message>
    <message>
        <source>“{source}” in {heading} is never cited</source>
        <translation>«{source}», en {heading}, no se cita nunca</translation>
    </message>
    <message>
        <source>“{word}” in the title may be misspelled</source>
        <translation>«{word}» en el título puede estar mal escrita</translation>
    </message>
    <message>
        <source>“{word}” may be misspelled</source>
        <translation>«{word}» puede estar mal escrita</translation>
    </message>
    <message>
        <source>no thesis</source>
        <translation>no hay tesis</translation>
    </message>
    <message>
        <source>a second thesis; an essay argues one</source>
        <translation>una segunda tesis; un ensayo defiende una sola</translation>
    </message>
    <message>
        <source>not in the introduction</source>
        <translation>no está en la introducción</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>{count} sentences; a thesis is one sentence</source>
        <translation>{count} oraciones; una tesis es una sola oración</translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>thesis</source>
        <translation>tesis</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>cita sin explicar</translation>
    </message>
    <message>
        <source>unwritten</source>
        <translation>sin escribir</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusión</translation>
    </message>
    <message>
        <source>length</source>
        <translation>extensión</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>ortografía</translation>
    </message>
    <message>
        <source>against the book</source>
        <translation>frente al libro</translation>
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
        <translation>Pegar de&amp;ntro</translation>
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
        <source>Replace Your Text?</source>
        <translation>¿Reemplazar tu texto?</translation>
    </message>
    <message>
        <source>The draft holds text you wrote or edited.</source>
        <translation>El borrador contiene texto que escribiste o editaste.</translation>
    </message>
    <message>
        <source>Replace it with a new draft, or keep yours?</source>
        <translation>¿Reemplazarlo por un borrador nuevo o conservar el tuyo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Draft from Notes — {name}</source>
        <translation>Redactar desde las notas — {name}</translation>
    </message>
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
    <message>
        <source>The AI drafter is writing…</source>
        <translation>El redactor de IA está escribiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Notes (they stay in the outline)</source>
        <translation>Notas (se quedan en el esquema)</translation>
    </message>
    <message>
        <source>Draft (edit freely before accepting)</source>
        <translation>Borrador (edítalo libremente antes de aceptar)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Redraft</source>
        <translation>&amp;Volver a redactar</translation>
    </message>
    <message>
        <source>Draft again with the built-in drafter</source>
        <translation>Redacta de nuevo con el redactor integrado</translation>
    </message>
    <message>
        <source>Use &amp;AI Drafter</source>
        <translation>Usar el redactor de &amp;IA</translation>
    </message>
    <message>
        <source>Write this draft into the paragraph (Ctrl+Enter)</source>
        <translation>Escribe este borrador en el párrafo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>This paragraph already has prose: it is shown here. Redraft asks before replacing it.</source>
        <translation>Este párrafo ya tiene texto: se muestra aquí. Volver a redactar pregunta antes de reemplazarlo.</translation>
    </message>
    <message>
        <source>The AI draft was cancelled; nothing changed.</source>
        <translation>Se canceló el borrador de IA; no cambió nada.</translation>
    </message>
    <message>
        <source>The AI drafter returned nothing usable.</source>
        <translation>El redactor de IA no devolvió nada utilizable.</translation>
    </message>
    <message>
        <source>Check this AI draft before accepting it:</source>
        <translation>Revisa este borrador de IA antes de aceptarlo:</translation>
    </message>
    <message>
        <source>AI draft: every quotation and note is there.</source>
        <translation>Borrador de IA: están todas las citas y notas.</translation>
    </message>
    <message>
        <source>The AI drafter failed: {message}</source>
        <translation>El redactor de IA falló: {message}</translation>
    </message>
    <message>
        <source>The essay was reloaded or changed while this dialog was open, so the draft was not added. Copy it before you close this dialog.</source>
        <translation>El ensayo se recargó o cambió mientras este diálogo estaba abierto, así que el borrador no se añadió. Cópialo antes de cerrar este diálogo.</translation>
    </message>
    <message>
        <source>Draft Paragraph</source>
        <translation>Redactar párrafo</translation>
    </message>
    <message>
        <source>&amp;Draft from Notes…</source>
        <translation>&amp;Redactar desde las notas…</translation>
    </message>
    <message>
        <source>Write the current paragraph from its claim, quotations and notes</source>
        <translation>Escribe el párrafo actual a partir de su afirmación, sus citas y sus notas</translation>
    </message>
    <message>
        <source>AI &amp;Drafter Preferences…</source>
        <translation>Preferencias del redactor de &amp;IA…</translation>
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
    <name>Field</name>
    <message>
        <source>Opening sentence</source>
        <translation>Frase inicial</translation>
    </message>
    <message>
        <source>The sentence that opens your essay, as a note in the outline. Once the introduction below is written, the essay prints that instead</source>
        <translation>La frase con la que empieza tu ensayo, como nota en el esquema. Cuando escribas la introducción de abajo, el ensayo imprimirá esa en su lugar</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Tesis</translation>
    </message>
    <message>
        <source>The one claim the whole essay argues, in a sentence</source>
        <translation>La única afirmación que defiende todo el ensayo, en una oración</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>This paragraph&apos;s topic sentence: what it argues, in a line. The essay prints the paragraph below once it is written</source>
        <translation>La oración temática del párrafo: lo que defiende, en una línea. El ensayo imprime el párrafo de abajo cuando está escrito</translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation>Palabras citadas</translation>
    </message>
    <message>
        <source>The words exactly as the source has them, without quotation marks</source>
        <translation>Las palabras exactamente como aparecen en la fuente, sin comillas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A point, detail or idea to use in this paragraph</source>
        <translation>Un punto, detalle o idea para usar en este párrafo</translation>
    </message>
    <message>
        <source>Closing claim</source>
        <translation>Afirmación final</translation>
    </message>
    <message>
        <source>What the essay has shown, in a line: the point the conclusion drives home</source>
        <translation>Lo que el ensayo ha demostrado, en una línea: la idea que remacha la conclusión</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The section&apos;s heading, printed above its paragraphs</source>
        <translation>El título de la sección, impreso sobre sus párrafos</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page or locator, e.g. 258 (the citation adds the author)</source>
        <translation>Página o localizador, p. ej. 258 (la referencia añade el autor)</translation>
    </message>
    <message>
        <source>Introduction as written</source>
        <translation>Introducción redactada</translation>
    </message>
    <message>
        <source>Write the introduction here, opening sentence and thesis included: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation>Escribe aquí la introducción, con la frase inicial y la tesis: esto es lo que imprime el ensayo. Hasta entonces, muestra el esquema.</translation>
    </message>
    <message>
        <source>Paragraph as written</source>
        <translation>Párrafo redactado</translation>
    </message>
    <message>
        <source>Write the paragraph here, quotations and all: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation>Escribe aquí el párrafo, con sus citas: esto es lo que imprime el ensayo. Hasta entonces, muestra el esquema.</translation>
    </message>
    <message>
        <source>Conclusion as written</source>
        <translation>Conclusión redactada</translation>
    </message>
    <message>
        <source>Write the conclusion here: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation>Escribe aquí la conclusión: esto es lo que imprime el ensayo. Hasta entonces, muestra el esquema.</translation>
    </message>
    <message>
        <source>Outline only: the essay prints the introduction as written below.</source>
        <translation>Solo esquema: el ensayo imprime la introducción tal como está redactada abajo.</translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the introduction is.</source>
        <translation>Aún sin escribir: el ensayo muestra esta línea y las notas hasta que la introducción esté escrita.</translation>
    </message>
    <message>
        <source>Outline only: the essay prints the paragraph as written below.</source>
        <translation>Solo esquema: el ensayo imprime el párrafo tal como está redactado abajo.</translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the paragraph is.</source>
        <translation>Aún sin escribir: el ensayo muestra esta línea y las notas hasta que el párrafo esté escrito.</translation>
    </message>
    <message>
        <source>Outline only: the essay prints the conclusion as written below.</source>
        <translation>Solo esquema: el ensayo imprime la conclusión tal como está redactada abajo.</translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the conclusion is.</source>
        <translation>Aún sin escribir: el ensayo muestra esta línea y las notas hasta que la conclusión esté escrita.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Drafts ({patterns})</source>
        <translation>Borradores ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.

Save them first?</source>
        <translation>«{name}» tiene cambios sin guardar.

¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program.</source>
        <translation>Otro programa cambió «{name}».</translation>
    </message>
    <message>
        <source>Reload the version on disk, or keep the one in this window? Your unsaved changes would be lost.</source>
        <translation>¿Recargar la versión del disco o conservar la de esta ventana? Se perderían tus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Reload the version on disk, or keep the one in this window?</source>
        <translation>¿Recargar la versión del disco o conservar la de esta ventana?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>{path}: could not be read ({problem})</source>
        <translation>{path}: no se pudo leer ({problem})</translation>
    </message>
    <message>
        <source>{name} {reason}: opened read-only, Save asks for a new name.</source>
        <translation>{name} {reason}: abierto en solo lectura; Guardar pide un nombre nuevo.</translation>
    </message>
    <message>
        <source>Imported {name}. Save keeps it as {essay}.</source>
        <translation>Se importó {name}. Guardar lo conserva como {essay}.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>{path} {reason}; save it under another name.</source>
        <translation>{path} {reason}; guárdalo con otro nombre.</translation>
    </message>
    <message>
        <source>{path}: could not be written ({problem})</source>
        <translation>{path}: no se pudo escribir ({problem})</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <source>a copy</source>
        <translation>una copia</translation>
    </message>
    <message>
        <source>Saved yours as {copy}; {name} keeps the other version.</source>
        <translation>Se guardó el tuyo como {copy}; {name} conserva la otra versión.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Se exportó {name}.</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <source>{name} was moved or deleted; Save writes it again.</source>
        <translation>{name} se movió o se eliminó; Guardar lo vuelve a escribir.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>No se puede recargar</translation>
    </message>
    <message>
        <source>Reloaded {name}.</source>
        <translation>Se recargó {name}.</translation>
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
        <translation>R&amp;eemplazar…</translation>
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
    <name>Format</name>
    <message>
        <source>essay</source>
        <translation>ensayo</translation>
    </message>
    <message>
        <source>an essay file</source>
        <translation>un archivo de ensayo</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>Ensayos</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documentos de Word</translation>
    </message>
    <message>
        <source>&amp;Word Document…</source>
        <translation>Documento de &amp;Word…</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Plain &amp;Text…</source>
        <translation>&amp;Texto sin formato…</translation>
    </message>
    <message>
        <source>OPML</source>
        <translation>OPML</translation>
    </message>
    <message>
        <source>an OPML outline</source>
        <translation>un esquema OPML</translation>
    </message>
    <message>
        <source>OPML outlines</source>
        <translation>Esquemas OPML</translation>
    </message>
    <message>
        <source>&amp;OPML Outline…</source>
        <translation>Esquema &amp;OPML…</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>Set the selected words in italics (*…* marks), or back to plain.</source>
        <translation>Pone las palabras seleccionadas en cursiva (marcas *…*) o las devuelve a normal.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>Set the selected words in bold (**…** marks), or back to plain.</source>
        <translation>Pone las palabras seleccionadas en negrita (marcas **…**) o las devuelve a normal.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: the text was not UTF-8 and was read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation>{name}: el texto no estaba en UTF-8 y se leyó como Windows-1252 (revisa ahí las letras con tilde y las comillas).</translation>
    </message>
    <message>
        <source>{name}: {count} of {lines} lines was not UTF-8 and was read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation>{name}: {count} de {lines} líneas no estaba en UTF-8 y se leyó como Windows-1252 (revisa ahí las letras con tilde y las comillas).</translation>
    </message>
    <message>
        <source>{name}: {count} of {lines} lines were not UTF-8 and were read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation>{name}: {count} de {lines} líneas no estaban en UTF-8 y se leyeron como Windows-1252 (revisa ahí las letras con tilde y las comillas).</translation>
    </message>
    <message>
        <source>{count} item had no kind of this app&apos;s: its kind was read from where it sits and what it says</source>
        <translation>{count} elemento no tenía un tipo de esta aplicación: su tipo se dedujo de dónde está y de lo que dice</translation>
    </message>
    <message>
        <source>{count} items had no kind of this app&apos;s: each kind was read from where the item sits and what it says</source>
        <translation>{count} elementos no tenían un tipo de esta aplicación: cada tipo se dedujo de dónde está el elemento y de lo que dice</translation>
    </message>
    <message>
        <source>formatting tags (&lt;b&gt;, &lt;i&gt;…) taken off {count} item; the words are kept</source>
        <translation>se quitaron las etiquetas de formato (&lt;b&gt;, &lt;i&gt;…) de {count} elemento; las palabras se conservan</translation>
    </message>
    <message>
        <source>formatting tags (&lt;b&gt;, &lt;i&gt;…) taken off {count} items; the words are kept</source>
        <translation>se quitaron las etiquetas de formato (&lt;b&gt;, &lt;i&gt;…) de {count} elementos; las palabras se conservan</translation>
    </message>
    <message>
        <source>{count} empty item left out</source>
        <translation>se omitió {count} elemento vacío</translation>
    </message>
    <message>
        <source>{count} empty items left out</source>
        <translation>se omitieron {count} elementos vacíos</translation>
    </message>
    <message>
        <source>{count} items nested deeper than {levels} levels were placed at the deepest level</source>
        <translation>{count} elementos anidados a más de {levels} niveles se colocaron en el nivel más profundo</translation>
    </message>
    <message>
        <source>read as a {kind}: a {other} cannot sit here</source>
        <translation>leído como «{kind}»: un «{other}» no puede estar aquí</translation>
    </message>
    <message>
        <source>a thesis with a note: both placed in an introduction</source>
        <translation>una tesis con una nota: ambas colocadas en una introducción</translation>
    </message>
    <message>
        <source>read as a section: it holds paragraphs</source>
        <translation>leído como sección: contiene párrafos</translation>
    </message>
    <message>
        <source>its OPML note follows it as a note</source>
        <translation>su nota OPML va detrás como nota</translation>
    </message>
    <message>
        <source>its OPML note is the first note under it</source>
        <translation>su nota OPML es la primera nota dentro</translation>
    </message>
    <message>
        <source>the introduction&apos;s heading came after the thesis: its words are the introduction&apos;s line</source>
        <translation>el título de la introducción venía después de la tesis: sus palabras son la línea de la introducción</translation>
    </message>
    <message>
        <source>the introduction&apos;s heading came after the thesis: its words are a note after it</source>
        <translation>el título de la introducción venía después de la tesis: sus palabras son una nota detrás de ella</translation>
    </message>
    <message>
        <source>the lines before the thesis read as the introduction</source>
        <translation>las líneas anteriores a la tesis se leyeron como la introducción</translation>
    </message>
    <message>
        <source>the thesis comes before any introduction: kept at the top</source>
        <translation>la tesis va antes de cualquier introducción: se deja arriba</translation>
    </message>
    <message>
        <source>thesis placed in an introduction</source>
        <translation>tesis colocada en una introducción</translation>
    </message>
    <message>
        <source>thesis moved into the introduction</source>
        <translation>tesis movida a la introducción</translation>
    </message>
    <message>
        <source>the sentence at {marker} read as the thesis</source>
        <translation>la oración de {marker} se leyó como la tesis</translation>
    </message>
    <message>
        <source>the items after the thesis read as body paragraphs</source>
        <translation>los puntos posteriores a la tesis se leyeron como párrafos de desarrollo</translation>
    </message>
    <message>
        <source>{items} read as body paragraphs</source>
        <translation>{items} se leyeron como párrafos de desarrollo</translation>
    </message>
    <message>
        <source>preface or prompt: kept as a note, not read as the essay</source>
        <translation>prefacio o enunciado: se conserva como nota, no se lee como parte del ensayo</translation>
    </message>
    <message>
        <source>thesis: the last sentence of the introduction</source>
        <translation>tesis: la última oración de la introducción</translation>
    </message>
    <message>
        <source>conclusion: the last paragraph</source>
        <translation>conclusión: el último párrafo</translation>
    </message>
    <message>
        <source>no conclusion found</source>
        <translation>no se encontró conclusión</translation>
    </message>
    <message>
        <source>{count} wrapped line joined</source>
        <translation>se unió {count} línea cortada</translation>
    </message>
    <message>
        <source>{count} wrapped lines joined</source>
        <translation>se unieron {count} líneas cortadas</translation>
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
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Autosave failed: {message}</source>
        <translation>Falló el guardado automático: {message}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new essay: blank, from a template or from a pasted draft.</source>
        <translation>Empieza un ensayo nuevo: en blanco, desde una plantilla o desde un borrador pegado.</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Nuevo desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>Import the draft on the clipboard, as a text or Markdown file is imported.</source>
        <translation>Importa el borrador del portapapeles, como se importa un archivo de texto o Markdown.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an essay or import a draft.</source>
        <translation>Abre un ensayo o importa un borrador.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the essay.</source>
        <translation>Guarda el ensayo.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the essay under a new name.</source>
        <translation>Guarda el ensayo con otro nombre.</translation>
    </message>
    <message>
        <source>Essay &amp;Properties…</source>
        <translation>&amp;Propiedades del ensayo…</translation>
    </message>
    <message>
        <source>Title, author, course, date, citation style and sources.</source>
        <translation>Título, autor, curso, fecha, estilo de citas y fuentes.</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <source>The works the essay cites: add, edit, remove (also from BibTeX, CSL-JSON, RIS with `outliner sources add`).</source>
        <translation>Las obras que cita el ensayo: añadir, editar, quitar (también desde BibTeX, CSL-JSON o RIS con `outliner sources add`).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit {name}.</source>
        <translation>Sale de {name}.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut.</source>
        <translation>Todos los atajos de teclado.</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;Acerca de {name}</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo desde plan&amp;tilla</translation>
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
        <source>E&amp;ssay</source>
        <translation>En&amp;sayo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de deshacer</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Comp&amp;robaciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
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
        <source>Select words in a text field to set them in italics or bold.</source>
        <translation>Selecciona palabras en un campo de texto para ponerlas en cursiva o negrita.</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Outline &amp;Levels</source>
        <translation>Niveles del es&amp;quema</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the essay as {format}.</source>
        <translation>Exporta el ensayo como {format}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the essay to {format} (more formats in the menu).</source>
        <translation>Exporta el ensayo a {format} (más formatos en el menú).</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>Es&amp;quema</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Cambiar &amp;tipo</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>That part is no longer in the outline.</source>
        <translation>Esa parte ya no está en el esquema.</translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — {app}</source>
        <translation>{name}[*] (solo lectura) — {app}</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message numerus="yes">
        <source>Selection: {words} words in %n node(s)</source>
        <translation>
            <numerusform>Selección: {words} palabras en %n elemento</numerusform>
            <numerusform>Selección: {words} palabras en %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored unsaved work. Save to keep it.</source>
        <translation>Se restauró el trabajo sin guardar. Guárdalo para conservarlo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>{name} in section {heading}</source>
        <translation>{name} de la sección {heading}</translation>
    </message>
    <message>
        <source>{kind} {text}</source>
        <translation>{kind} {text}</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} palabras</translation>
    </message>
    <message>
        <source>{words} / {target} words ({percent}%)</source>
        <translation>{words} / {target} palabras ({percent} %)</translation>
    </message>
</context>
<context>
    <name>NewEssay</name>
    <message>
        <source>Sample essay</source>
        <translation>Ensayo de ejemplo</translation>
    </message>
    <message>
        <source>Pasted draft</source>
        <translation>Borrador pegado</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Cannot Open Template</source>
        <translation>No se puede abrir la plantilla</translation>
    </message>
    <message>
        <source>{name}: the notes marked “Template:” are guidance; replace them with your own.</source>
        <translation>{name}: las notas marcadas «Template:» son orientaciones; sustitúyelas por las tuyas.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy a draft first.</source>
        <translation>El portapapeles no tiene texto que importar: copia primero un borrador.</translation>
    </message>
    <message>
        <source>Cannot Import the Clipboard</source>
        <translation>No se puede importar el portapapeles</translation>
    </message>
    <message>
        <source>The clipboard&apos;s text is larger than {what} may be ({size} MB).</source>
        <translation>El texto del portapapeles es más grande de lo que puede ser {what} ({size} MB).</translation>
    </message>
    <message>
        <source>Imported the clipboard&apos;s draft. Save asks where to keep it.</source>
        <translation>Se importó el borrador del portapapeles. Guardar pregunta dónde conservarlo.</translation>
    </message>
    <message>
        <source>that</source>
        <translation>eso</translation>
    </message>
    <message>
        <source>Cannot open {names}: drop an essay or a text, Markdown, Word or OPML draft.</source>
        <translation>No se puede abrir {names}: suelta un ensayo o un borrador de texto, Markdown, Word u OPML.</translation>
    </message>
    <message>
        <source>Opened {name}; one file opens per window.</source>
        <translation>Se abrió {name}; cada ventana abre un solo archivo.</translation>
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
        <translation>Qué es este elemento; solo los tipos permitidos donde está</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Select a node in the outline to edit it.</source>
        <translation>Selecciona un elemento del esquema para editarlo.</translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation>Borrar la página</translation>
    </message>
    <message>
        <source>In the essay&apos;s outline</source>
        <translation>En el esquema del ensayo</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>In {name}: {text}</source>
        <translation>En {name}: {text}</translation>
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
    <name>NotesOutline</name>
    <message>
        <source>(empty {kind})</source>
        <translation>({kind} sin texto)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún nada)</translation>
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
    <name>OutlineLevels</name>
    <message>
        <source>Show Level &amp;{level}</source>
        <translation>Mostrar el nivel &amp;{level}</translation>
    </message>
    <message>
        <source>Show the outline down to level {level}</source>
        <translation>Muestra el esquema hasta el nivel {level}</translation>
    </message>
    <message>
        <source>Show &amp;All Levels</source>
        <translation>Mostrar &amp;todos los niveles</translation>
    </message>
    <message>
        <source>Show every level of the outline</source>
        <translation>Muestra todos los niveles del esquema</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>E&amp;xpandir</translation>
    </message>
    <message>
        <source>Show one more level under the current node</source>
        <translation>Muestra un nivel más bajo el elemento actual</translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation>C&amp;ontraer</translation>
    </message>
    <message>
        <source>Hide one level under the current node</source>
        <translation>Oculta un nivel bajo el elemento actual</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Filter the outline…</source>
        <translation>Filtrar el esquema…</translation>
    </message>
    <message>
        <source>Stop filtering (Esc)</source>
        <translation>Dejar de filtrar (Esc)</translation>
    </message>
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
    <message>
        <source>Show only nodes that contain some text ({keys})</source>
        <translation>Muestra solo los elementos que contienen un texto ({keys})</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selection up (out of its list at the top)</source>
        <translation>Sube la selección (sale de su lista si está arriba del todo)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selection down (out of its list at the end)</source>
        <translation>Baja la selección (sale de su lista si está al final)</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Aumentar san&amp;gría</translation>
    </message>
    <message>
        <source>Put the selection under the node above (Tab)</source>
        <translation>Pone la selección dentro del elemento de arriba (Tab)</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Reducir s&amp;angría</translation>
    </message>
    <message>
        <source>Move the selection out of its parent (Shift+Tab)</source>
        <translation>Saca la selección de su contenedor (Mayús+Tab)</translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nuevo elemento</translation>
    </message>
    <message>
        <source>Add a node of the same kind below (Enter)</source>
        <translation>Añade un elemento del mismo tipo debajo (Intro)</translation>
    </message>
    <message>
        <source>New &amp;Child</source>
        <translation>Nuevo elemento &amp;dentro</translation>
    </message>
    <message>
        <source>Add a child of the likely kind (Insert)</source>
        <translation>Añade dentro un elemento del tipo más probable (Insert)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selection and what it holds</source>
        <translation>Elimina la selección y lo que contiene</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Ren&amp;ombrar</translation>
    </message>
    <message>
        <source>Edit the node&apos;s line in place (F2)</source>
        <translation>Edita la línea del elemento en el sitio (F2)</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>E&amp;xpandir todo</translation>
    </message>
    <message>
        <source>Open every node</source>
        <translation>Abre todos los elementos</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>Co&amp;ntraer todo</translation>
    </message>
    <message>
        <source>Close every node</source>
        <translation>Cierra todos los elementos</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Show only nodes that contain some text (Ctrl+F)</source>
        <translation>Muestra solo los elementos que contienen un texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Opens the essay; holds the thesis.</source>
        <translation>Abre el ensayo; contiene la tesis.</translation>
    </message>
    <message>
        <source>The claim the whole essay argues.</source>
        <translation>La afirmación que defiende todo el ensayo.</translation>
    </message>
    <message>
        <source>One paragraph: its claim, then quotations and notes.</source>
        <translation>Un párrafo: su afirmación, luego citas y notas.</translation>
    </message>
    <message>
        <source>Words from the source, with the page to cite.</source>
        <translation>Palabras de la fuente, con la página que citar.</translation>
    </message>
    <message>
        <source>A point to make; becomes prose when drafted.</source>
        <translation>Una idea que exponer; se convierte en texto al redactar.</translation>
    </message>
    <message>
        <source>Closes the essay.</source>
        <translation>Cierra el ensayo.</translation>
    </message>
    <message>
        <source>Groups paragraphs under a heading.</source>
        <translation>Agrupa párrafos bajo un título.</translation>
    </message>
    <message>
        <source>Page: {cite}</source>
        <translation>Página: {cite}</translation>
    </message>
    <message>
        <source>No page yet.</source>
        <translation>Aún sin página.</translation>
    </message>
    <message>
        <source>(empty {kind})</source>
        <translation>({kind} sin texto)</translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation>(sin página)</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Cambiar &amp;tipo</translation>
    </message>
    <message>
        <source>   +{count} more</source>
        <translation>   +{count} más</translation>
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
    <message>
        <source>Not drafted yet — written from the outline</source>
        <translation>Aún sin redactar — escrito desde el esquema</translation>
    </message>
    <message>
        <source>{name} — not written yet, left out of the essay</source>
        <translation>{name} — aún sin escribir, fuera del ensayo</translation>
    </message>
    <message>
        <source>Write it, or export it with its notes or drafted.</source>
        <translation>Escríbelo, o expórtalo con sus notas o redactado.</translation>
    </message>
    <message>
        <source>{name} — empty, left out of the essay</source>
        <translation>{name} — vacío, fuera del ensayo</translation>
    </message>
    <message>
        <source>Give it a claim, notes or prose.</source>
        <translation>Dale una afirmación, notas o texto.</translation>
    </message>
    <message>
        <source>No title yet</source>
        <translation>Aún sin título</translation>
    </message>
    <message>
        <source>(no claim yet)</source>
        <translation>(aún sin afirmación)</translation>
    </message>
    <message>
        <source>The outline</source>
        <translation>El esquema</translation>
    </message>
    <message>
        <source>Thesis:</source>
        <translation>Tesis:</translation>
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
    <name>StartPage</name>
    <message>
        <source>Open a Draft…</source>
        <translation>Abrir un borrador…</translation>
    </message>
    <message>
        <source>A text, Markdown, Word or OPML draft, or a saved essay. Dropping the file on the window opens it too.</source>
        <translation>Un borrador de texto, Markdown, Word u OPML, o un ensayo guardado. Soltar el archivo en la ventana también lo abre.</translation>
    </message>
    <message>
        <source>Paste a Draft</source>
        <translation>Pegar un borrador</translation>
    </message>
    <message>
        <source>Import the draft on the clipboard (File &gt; New from Clipboard).</source>
        <translation>Importa el borrador del portapapeles (Archivo &gt; Nuevo desde el portapapeles).</translation>
    </message>
    <message>
        <source>Blank Essay</source>
        <translation>Ensayo en blanco</translation>
    </message>
    <message>
        <source>An introduction with its thesis, a body paragraph and a conclusion.</source>
        <translation>Una introducción con su tesis, un párrafo de desarrollo y una conclusión.</translation>
    </message>
    <message>
        <source>Explore the Sample Essay</source>
        <translation>Explorar el ensayo de ejemplo</translation>
    </message>
    <message>
        <source>A finished short essay to look around in; saving it asks for a new name.</source>
        <translation>Un ensayo corto terminado para curiosear; al guardarlo pide un nombre nuevo.</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Desde una plantilla</translation>
    </message>
    <message>
        <source>Start an essay</source>
        <translation>Empieza un ensayo</translation>
    </message>
    <message>
        <source>Open the draft you have, or start from an outline. Everything you write stays yours: a template only adds notes marked “Template:”, to replace.</source>
        <translation>Abre el borrador que tengas o empieza desde un esquema. Todo lo que escribes sigue siendo tuyo: una plantilla solo añade notas marcadas «Template:», para sustituir.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Files you open or save appear here.</source>
        <translation>Aquí aparecen los archivos que abres o guardas.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Five-paragraph essay</source>
        <translation>Ensayo de cinco párrafos</translation>
    </message>
    <message>
        <source>An introduction ending in a three-part thesis, three body paragraphs, a conclusion.</source>
        <translation>Una introducción que termina en una tesis de tres partes, tres párrafos de desarrollo y una conclusión.</translation>
    </message>
    <message>
        <source>Compare and contrast</source>
        <translation>Comparación y contraste</translation>
    </message>
    <message>
        <source>Two subjects side by side: what they share, where they differ, what the comparison shows.</source>
        <translation>Dos temas lado a lado: qué comparten, en qué se diferencian y qué muestra la comparación.</translation>
    </message>
    <message>
        <source>Argumentative essay</source>
        <translation>Ensayo argumentativo</translation>
    </message>
    <message>
        <source>A position, two reasons for it, the strongest objection answered.</source>
        <translation>Una postura, dos razones a su favor y la objeción más fuerte respondida.</translation>
    </message>
</context>
<context>
    <name>TreeError</name>
    <message>
        <source>A node cannot move together with its own parent.</source>
        <translation>Un elemento no puede moverse junto con su propio contenedor.</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <source>Select nodes that share one parent to move them together.</source>
        <translation>Selecciona elementos que compartan contenedor para moverlos juntos.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>No hay nada que mover.</translation>
    </message>
    <message>
        <source>Already first in the outline.</source>
        <translation>Ya es lo primero del esquema.</translation>
    </message>
    <message>
        <source>Already last in the outline.</source>
        <translation>Ya es lo último del esquema.</translation>
    </message>
    <message>
        <source>There is nothing above to indent under.</source>
        <translation>No hay nada encima bajo lo que sangrar.</translation>
    </message>
    <message>
        <source>Already at the top level.</source>
        <translation>Ya está en el nivel superior.</translation>
    </message>
    <message>
        <source>A {kind} cannot hold anything.</source>
        <translation>Un elemento «{kind}» no puede contener nada.</translation>
    </message>
    <message>
        <source>There is nothing on the clipboard to paste.</source>
        <translation>No hay nada en el portapapeles que pegar.</translation>
    </message>
    <message>
        <source>Cannot paste here: {reason}</source>
        <translation>No se puede pegar aquí: {reason}</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>an introduction</source>
        <translation>una introducción</translation>
    </message>
    <message>
        <source>a thesis</source>
        <translation>una tesis</translation>
    </message>
    <message>
        <source>a body paragraph</source>
        <translation>un párrafo de desarrollo</translation>
    </message>
    <message>
        <source>a quotation</source>
        <translation>una cita</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>a conclusion</source>
        <translation>una conclusión</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>una sección</translation>
    </message>
    <message>
        <source>An introduction</source>
        <translation>Una introducción</translation>
    </message>
    <message>
        <source>A thesis</source>
        <translation>Una tesis</translation>
    </message>
    <message>
        <source>A body paragraph</source>
        <translation>Un párrafo de desarrollo</translation>
    </message>
    <message>
        <source>A quotation</source>
        <translation>Una cita</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>A conclusion</source>
        <translation>Una conclusión</translation>
    </message>
    <message>
        <source>A section</source>
        <translation>Una sección</translation>
    </message>
    <message>
        <source>Nothing can go inside a quotation.</source>
        <translation>Nada puede ir dentro de una cita.</translation>
    </message>
    <message>
        <source>{kind} cannot go inside {place}.</source>
        <translation>{kind} no puede ir dentro de {place}.</translation>
    </message>
    <message>
        <source>A node cannot go inside itself.</source>
        <translation>Un elemento no puede ir dentro de sí mismo.</translation>
    </message>
    <message>
        <source>An outline cannot nest more than {levels} levels deep.</source>
        <translation>Un esquema no puede anidar más de {levels} niveles.</translation>
    </message>
    <message>
        <source>There is nothing from this outline to move.</source>
        <translation>No hay nada de este esquema que mover.</translation>
    </message>
    <message>
        <source>Nodes can only be dragged within their own outline.</source>
        <translation>Los elementos solo se pueden arrastrar dentro de su propio esquema.</translation>
    </message>
    <message>
        <source>The dragged nodes are not in this outline.</source>
        <translation>Los elementos arrastrados no están en este esquema.</translation>
    </message>
    <message>
        <source>The drop target is gone.</source>
        <translation>El destino ya no existe.</translation>
    </message>
    <message>
        <source>Select the paragraph the quotation goes in.</source>
        <translation>Selecciona el párrafo en el que va la cita.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>page {page}</source>
        <translation>la página {page}</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>las páginas {first}–{last}</translation>
    </message>
    <message>
        <source>you wrote “{quote}”, the book says “{book}”</source>
        <translation>escribiste «{quote}», el libro dice «{book}»</translation>
    </message>
    <message>
        <source>you added “{quote}”</source>
        <translation>añadiste «{quote}»</translation>
    </message>
    <message>
        <source>you left out “{book}”</source>
        <translation>omitiste «{book}»</translation>
    </message>
    <message>
        <source>verbatim on {where}</source>
        <translation>literal en {where}</translation>
    </message>
    <message>
        <source>verbatim in the source</source>
        <translation>literal en la fuente</translation>
    </message>
    <message>
        <source>verbatim, but on {where} (cited {cited})</source>
        <translation>literal, pero en {where} (citada {cited})</translation>
    </message>
    <message>
        <source>not found in the source</source>
        <translation>no se encuentra en la fuente</translation>
    </message>
    <message>
        <source>no book attached to the source</source>
        <translation>la fuente no tiene libro adjunto</translation>
    </message>
    <message>
        <source>1 more change</source>
        <translation>1 cambio más</translation>
    </message>
    <message>
        <source>{count} more changes</source>
        <translation>{count} cambios más</translation>
    </message>
    <message>
        <source>{where}, cited {cited}</source>
        <translation>{where}, citada {cited}</translation>
    </message>
    <message>
        <source>altered: {changes}</source>
        <translation>alterada: {changes}</translation>
    </message>
    <message>
        <source>The book says (changes marked):</source>
        <translation>El libro dice (cambios marcados):</translation>
    </message>
</context>
<context>
    <name>VerdictLabel</name>
    <message>
        <source>Against the book</source>
        <translation>Frente al libro</translation>
    </message>
    <message>
        <source>Reading the book of this source…</source>
        <translation>Leyendo el libro de esta fuente…</translation>
    </message>
    <message>
        <source>The book of this source cannot be read: {problem}</source>
        <translation>El libro de esta fuente no se puede leer: {problem}</translation>
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
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>drafted · {words} / {target} words</source>
        <translation>redactado · {words} / {target} palabras</translation>
    </message>
    <message numerus="yes">
        <source>drafted · %n word(s)</source>
        <translation>
            <numerusform>redactado · %n palabra</numerusform>
            <numerusform>redactado · %n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unwritten · %n word(s) of notes</source>
        <translation>
            <numerusform>sin escribir · %n palabra de notas</numerusform>
            <numerusform>sin escribir · %n palabras de notas</numerusform>
        </translation>
    </message>
    <message>
        <source> · target {target}</source>
        <translation> · objetivo {target}</translation>
    </message>
    <message>
        <source>{words} of prose</source>
        <translation>{words} de texto</translation>
    </message>
    <message>
        <source>unwritten: {words} of notes</source>
        <translation>sin escribir: {words} de notas</translation>
    </message>
    <message>
        <source>{words}, not in the essay&apos;s count</source>
        <translation>{words}, fuera del recuento del ensayo</translation>
    </message>
    <message>
        <source>{words}: the prose of this paragraph and the quotations in it (its notes are not counted: the prose stands in for them)</source>
        <translation>{words}: el texto de este párrafo y las citas que contiene (sus notas no cuentan: el texto las sustituye)</translation>
    </message>
    <message>
        <source>unwritten: {words} of notes (its line, notes and quotations, which the essay shows until the paragraph is written)</source>
        <translation>sin escribir: {words} de notas (su línea, notas y citas, que el ensayo muestra hasta que el párrafo esté escrito)</translation>
    </message>
    <message>
        <source>{words}: this {kind} and what it holds</source>
        <translation>{words}: este elemento ({kind}) y lo que contiene</translation>
    </message>
    <message>
        <source>; not in the essay&apos;s count: the paragraph&apos;s prose stands in for its notes</source>
        <translation>; fuera del recuento del ensayo: el texto del párrafo sustituye a sus notas</translation>
    </message>
    <message>
        <source>{words}: each written paragraph&apos;s prose (quotations in it included), each unwritten one&apos;s notes, the line of anything else</source>
        <translation>{words}: el texto de cada párrafo escrito (con sus citas), las notas de cada uno sin escribir y la línea de todo lo demás</translation>
    </message>
    <message>
        <source>{words} in the essay: its title, each written paragraph&apos;s prose (quotations in it included), each unwritten one&apos;s notes</source>
        <translation>{words} en el ensayo: su título, el texto de cada párrafo escrito (con sus citas) y las notas de cada uno sin escribir</translation>
    </message>
</context>
</TS>
