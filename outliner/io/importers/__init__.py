"""Draft importers, one module per format (text: plain text and Markdown;
word: .docx, with word_styles), on a shared pipeline: lines classifies each
line, prose and lists read sentences and bullets, build makes the tree."""
