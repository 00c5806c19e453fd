<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape an essay as an outline — introduction and thesis, body paragraphs with their quotations and notes, conclusion — reorder it, draft paragraphs from your notes, and export it to Word, Markdown or plain text.&lt;br&gt;&lt;br&gt;Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookBox</name>
    <message>
        <source>Book, for checking quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF (with a text layer), an EPUB or a text file of the edition you quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking quotations against this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again (after putting it back or replacing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a book whose pages carry no numbers the app can read: the printed number of its first page, minus one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page o&amp;ffset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book attached. Attach the edition you quote to check each quotation word for word and page by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %n page(s), read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books (*.pdf *.epub *.txt *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Attach Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Page Offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookDesk</name>
    <message>
        <source>Quotation from &amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a passage in a book attached to a source and insert it as a quotation with its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book is still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a book to a source first (Essay &gt; Sources, Attach Book).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookJobs</name>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookSearchDialog</name>
    <message>
        <source>Quotation from Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or a phrase from the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage picked; trim it to the words you quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page the passage is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No book is attached to a source yet: attach one in Essay &gt; Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words or a phrase to find them in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookShelf</name>
    <message>
        <source>The file has changed since it was attached; quotations are checked against it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Essay Word List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Prose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>no conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title (Essay Properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{style} asks for {fields} (Essay Properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of {target} words ({left} to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words, {over} over the target of {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 of {target} words written ({notes} words of notes, which the target does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim (the paragraph&apos;s point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quotation as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prose or notes discuss the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on a quotation; explain it in a sentence of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraph ends on this quotation; add a note that explains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no citation (page or line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quotation {quote} has no citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {heading} entry for the quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites a source that is not in {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cites {name}, who is not in {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{source}” in {heading} is never cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” in the title may be misspelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{word}” may be misspelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second thesis; an essay argues one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sentences; a thesis is one sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the essay still needs; Enter on a line selects its part of the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do. Click a line to select its part of the outline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitationStyle</name>
    <message>
        <source>MLA (9th edition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APA (7th edition, student paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chicago (17th edition, notes and bibliography)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Select the nodes to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become part of the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected nodes (also as text and OPML for other programs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste after the current node; text from other programs becomes notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as C&amp;hild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste inside the current node, as its last children.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>no permission to create its lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open in {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be locked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Is Open Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open in {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only? You can read and edit it here, but Save asks for a new name, so the other window&apos;s work is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Replace Your Text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft holds text you wrote or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with a new draft, or keep yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from Notes — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit freely before accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI drafter is writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (they stay in the outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (edit freely before accepting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft again with the built-in drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;AI Drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this draft into the paragraph (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph already has prose: it is shown here. Redraft asks before replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI draft was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI drafter returned nothing usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this AI draft before accepting it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI draft: every quotation and note is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI drafter failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essay was reloaded or changed while this dialog was open, so the draft was not added. Copy it before you close this dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft from Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the current paragraph from its claim, quotations and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI &amp;Drafter Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Draft them now: review each draft in Draft from Notes before it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their claim and notes, marked “[Not written yet]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them out of the essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished essay (formatted paragraphs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline (numbered headings and bullets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essay&apos;s style ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: Times New Roman 12 pt, 1&quot; margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template lends its fonts, styles and page setup; its text is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prose yet: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline shows every paragraph&apos;s notes as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from Notes — {name} ({number} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Word Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it? The old file is kept as “{backup}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Opening sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence that opens your essay, as a note in the outline. Once the introduction below is written, the essay prints that instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one claim the whole essay argues, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paragraph&apos;s topic sentence: what it argues, in a line. The essay prints the paragraph below once it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words exactly as the source has them, without quotation marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point, detail or idea to use in this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the essay has shown, in a line: the point the conclusion drives home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s heading, printed above its paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page or locator, e.g. 258 (the citation adds the author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the introduction here, opening sentence and thesis included: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the paragraph here, quotations and all: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the conclusion here: this is what the essay prints. Until you do, it shows the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline only: the essay prints the introduction as written below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the introduction is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline only: the essay prints the paragraph as written below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the paragraph is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline only: the essay prints the conclusion as written below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet: the essay shows this line and the notes until the conclusion is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Drafts ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.

Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the version on disk, or keep the one in this window? Your unsaved changes would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the version on disk, or keep the one in this window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {reason}: opened read-only, Save asks for a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}. Save keeps it as {essay}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {reason}; save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be written ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved yours as {copy}; {name} keeps the other version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was moved or deleted; Save writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the whole essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All changes &amp;quotations too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Replace All leaves quoted words alone (what a source said stays as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find in the whole essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the match is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{query}” is nowhere in the essay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — in Essay Properties: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — in Sources: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to find first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n in quotations left as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing replaced{kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced {count}{kept}. Undo puts every one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text anywhere in the essay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace text anywhere in the essay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the paragraph you are writing and its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the paragraph you are writing and its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an essay file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OPML outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OPML Outline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected words in italics (*…* marks), or back to plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected words in bold (**…** marks), or back to plain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{name}: the text was not UTF-8 and was read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} of {lines} lines was not UTF-8 and was read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} of {lines} lines were not UTF-8 and were read as Windows-1252 (check accented letters and quotation marks there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item had no kind of this app&apos;s: its kind was read from where it sits and what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items had no kind of this app&apos;s: each kind was read from where the item sits and what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting tags (&lt;b&gt;, &lt;i&gt;…) taken off {count} item; the words are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting tags (&lt;b&gt;, &lt;i&gt;…) taken off {count} items; the words are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} empty item left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} empty items left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items nested deeper than {levels} levels were placed at the deepest level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a {kind}: a {other} cannot sit here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thesis with a note: both placed in an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a section: it holds paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its OPML note follows it as a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its OPML note is the first note under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introduction&apos;s heading came after the thesis: its words are the introduction&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the introduction&apos;s heading came after the thesis: its words are a note after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lines before the thesis read as the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thesis comes before any introduction: kept at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thesis placed in an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thesis moved into the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentence at {marker} read as the thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items after the thesis read as body paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} read as body paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preface or prompt: kept as a note, not read as the essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thesis: the last sentence of the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conclusion: the last paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conclusion found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} wrapped line joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} wrapped lines joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPanel</name>
    <message>
        <source>How this draft was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line to select its part of the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the importer decided and assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line to select its part of the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {name} in the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTask</name>
    <message>
        <source>Opening “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftoverOffer</name>
    <message>
        <source>Unfinished Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of “{name}” saved at {when} was not finished being put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file as it is now is kept as “{name}.bak”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” itself cannot be read as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it to finish that save ({now}), or keep the file as it is and delete the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished Save Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: an unfinished save that cannot be read is kept beside it ({names}) until the file is saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Finish the Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new essay: blank, from a template or from a pasted draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the draft on the clipboard, as a text or Markdown file is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an essay or import a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the essay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the essay under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, author, course, date, citation style and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The works the essay cites: add, edit, remove (also from BibTeX, CSL-JSON, RIS with `outliner sources add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ssay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essay as it will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, to undo or redo back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the essay still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in a text field to set them in italics or bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline &amp;Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the essay as {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the essay to {format} (more formats in the menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That part is no longer in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selection: {words} words in %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved work. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{kind} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in section {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} / {target} words ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEssay</name>
    <message>
        <source>Sample essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the notes marked “Template:” are guidance; replace them with your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy a draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import the Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s text is larger than {what} may be ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the clipboard&apos;s draft. Save asks where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {names}: drop an essay or a text, Markdown, Word or OPML draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}; one file opens per window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields of the node chosen in the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this node is; only kinds allowed where it sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node in the outline to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the essay&apos;s outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesOutline</name>
    <message>
        <source>(empty {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineLevels</name>
    <message>
        <source>Show Level &amp;{level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outline down to level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every level of the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one more level under the current node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide one level under the current node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <source>Filter the outline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essay&apos;s parts, one row each. Tab indents and Shift+Tab outdents the selection; F6 or Ctrl+Tab moves to the next pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the nodes that contain this text; Escape stops filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes that contain some text ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection up (out of its list at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection down (out of its list at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selection under the node above (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection out of its parent (Shift+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a node of the same kind below (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child of the likely kind (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the node&apos;s line in place (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes that contain some text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the essay; holds the thesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim the whole essay argues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paragraph: its claim, then quotations and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the source, with the page to cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point to make; becomes prose when drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the essay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups paragraphs under a heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: {cite}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   +{count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneCycle</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard in the next pane: outline, editor, preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the keyboard in the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Enter the NAME of an environment variable that holds the key (for example OPENAI_API_KEY), not the key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: AI Drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in drafter works offline. Optionally, an OpenAI-compatible server (Ollama, llama.cpp, LM Studio or a hosted service) can draft paragraphs too; every draft it returns is checked for your quotations. Requests go straight to the server URL, never through a proxy ($http_proxy and $https_proxy are ignored) and never to a redirect, so the API key reaches only that server. The timeout bounds the whole request; answers over 1 MB are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an AI drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENAI_API_KEY (leave empty for a local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of an environment variable holding the API key. The key itself is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a whole request may take, from connecting to the last byte of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The essay as it will read, kept up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drafted yet — written from the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — not written yet, left out of the essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it, or export it with its notes or drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — empty, left out of the essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a claim, notes or prose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no claim yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thesis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work&apos;s title inside it goes in italics: select it, Ctrl+I (it is stored as *Title*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or department (APA title page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 26 November 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no word target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length the assignment asks for; the status bar shows progress and Checks flags the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ffiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation &amp;style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spe&amp;lling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph
targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word target per paragraph (0: none); Checks flags the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this entry&apos;s fields under Essay &gt; Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Paragraph Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>• {title}{where}, autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay Outliner did not close properly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work was kept for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it now? Discard deletes the kept copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowSpeech</name>
    <message>
        <source>{kind} {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, page {page}, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, no page, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, page {page}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, no page: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in section “{heading}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {paragraph}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since this window opened or last saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save yours under a new name to keep both versions. Overwrite replaces the other version, which is then kept only as {name}.bak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mine As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command with a shortcut, as the menus have it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceField</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container (book, journal, site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter in an edited book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newspaper or magazine article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>One name a line: Family, Given. A line without a comma is one name (an organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text (printed as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole entry, as it should be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2006, or 2020-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a web page: 2026-02-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth&amp;ors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry&apos;s changes (one undoable step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as typed; printed only as free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Essay Word List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open a Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text, Markdown, Word or OPML draft, or a saved essay. Dropping the file on the window opens it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the draft on the clipboard (File &gt; New from Clipboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An introduction with its thesis, a body paragraph and a conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the Sample Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished short essay to look around in; saving it asks for a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the draft you have, or start from an outline. Everything you write stays yours: a template only adds notes marked “Template:”, to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you open or save appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Five-paragraph essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An introduction ending in a three-part thesis, three body paragraphs, a conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two subjects side by side: what they share, where they differ, what the comparison shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argumentative essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position, two reasons for it, the strongest objection answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeError</name>
    <message>
        <source>A node cannot move together with its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select nodes that share one parent to move them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already first in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already last in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing above to indent under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} cannot hold anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing on the clipboard to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste here: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can go inside a quotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} cannot go inside {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot go inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outline cannot nest more than {levels} levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing from this outline to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes can only be dragged within their own outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dragged nodes are not in this outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drop target is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the paragraph the quotation goes in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you wrote “{quote}”, the book says “{book}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you added “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you left out “{book}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbatim, but on {where} (cited {cited})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no book attached to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, cited {cited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>altered: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book says (changes marked):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictLabel</name>
    <message>
        <source>Against the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the book of this source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book of this source cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>drafted · {words} / {target} words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>drafted · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unwritten · %n word(s) of notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · target {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} of prose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unwritten: {words} of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}, not in the essay&apos;s count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}: the prose of this paragraph and the quotations in it (its notes are not counted: the prose stands in for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unwritten: {words} of notes (its line, notes and quotations, which the essay shows until the paragraph is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}: this {kind} and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not in the essay&apos;s count: the paragraph&apos;s prose stands in for its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}: each written paragraph&apos;s prose (quotations in it included), each unwritten one&apos;s notes, the line of anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} in the essay: its title, each written paragraph&apos;s prose (quotations in it included), each unwritten one&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
