<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BookBox</name>
    <message numerus="yes">
        <source>“{name}”: %n page(s), read.</source>
        <translation>
            <numerusform>“{name}”: %n page, read.</numerusform>
            <numerusform>“{name}”: %n pages, read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookSearchDialog</name>
    <message numerus="yes">
        <source>%n passage(s) found.</source>
        <translation>
            <numerusform>%n passage found.</numerusform>
            <numerusform>%n passages found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>%n thing(s) still to do. Click a line to select its part of the outline.</source>
        <translation>
            <numerusform>%n thing still to do. Click a line to select its part of the outline.</numerusform>
            <numerusform>%n things still to do. Click a line to select its part of the outline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <source>; %n in quotations left as they are</source>
        <translation>
            <numerusform>; %n in a quotation left as it is</numerusform>
            <numerusform>; %n in quotations left as they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Selection: {words} words in %n node(s)</source>
        <translation>
            <numerusform>Selection: {words} words in %n node</numerusform>
            <numerusform>Selection: {words} words in %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowSpeech</name>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of notes</source>
        <translation>
            <numerusform>%n word of notes</numerusform>
            <numerusform>%n words of notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target %n word(s)</source>
        <translation>
            <numerusform>target %n word</numerusform>
            <numerusform>target %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>Copied %n node.</numerusform>
            <numerusform>Copied %n nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>drafted · %n word(s)</source>
        <translation>
            <numerusform>drafted · %n word</numerusform>
            <numerusform>drafted · %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unwritten · %n word(s) of notes</source>
        <translation>
            <numerusform>unwritten · %n word of notes</numerusform>
            <numerusform>unwritten · %n words of notes</numerusform>
        </translation>
    </message>
</context>
</TS>
