"""Exporters, one module per format (word, text: Markdown and plain text),
with the Word parts they share (word_essay, word_outline, word_styles,
word_xml), text_essay, and the options and report every exporter uses
(options). Chosen by suffix through outliner.io.formats."""
