"""Helpers the tests share (not tests themselves): small essays, Word
rendering, a loopback LLM server, Xvfb, hostile .docx files, the installed-app
script."""
