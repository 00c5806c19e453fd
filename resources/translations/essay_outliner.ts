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
        <source>&amp;Toolbar</source>
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
        <source>Clear the page</source>
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
    <name>OutlinePane</name>
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
    <name>_Counts</name>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
