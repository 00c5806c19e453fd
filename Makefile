# Two commands for a fresh machine: `make run` and `make test`.
# Both create the virtual environment in .venv themselves.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench screenshot bundle install-desktop translations clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/outliner $(FILE)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/bench_files.py
	$(PY) benchmarks/import_drafts.py
	$(PY) benchmarks/bench_word.py
	$(PY) benchmarks/bench_export_scale.py
	$(PY) benchmarks/bench_hostile_docx.py
	$(PY) benchmarks/bench_import_docx.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_window.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_moves.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_typing.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_issue12.py
	$(PY) benchmarks/bench_word_counts.py
	$(PY) benchmarks/bench_quote_check.py
	$(PY) benchmarks/bench_books.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs

# A one-folder app in dist/essay-outliner/ that runs without Python (PyInstaller).
bundle: $(STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/bundle \
		packaging/essay-outliner.spec

# Menu entry, icons, .essay MIME type and metainfo for this user; the menu runs
# .venv's essay-outliner, or EXEC (make install-desktop EXEC=dist/essay-outliner/essay-outliner).
install-desktop: $(STAMP)
	$(PY) scripts/install_desktop.py$(if $(EXEC), --exec $(EXEC))

# The window's words: pyside6-lupdate extracts every tr()/translate()/
# QT_TRANSLATE_NOOP string of outliner/ into the template and the Spanish
# catalogue (keeping its translations), and the English plural forms;
# pyside6-lrelease compiles the .qm files the app loads. No line numbers in
# the .ts files, so an edit elsewhere in a module changes nothing there; and
# no "extra comments": lupdate reads the code's own #: comments as notes for
# translators, which they are not.
TS_DIR   := resources/translations
LUPDATE  := $(VENV)/bin/pyside6-lupdate -extensions py -locations none -source-language en
LRELEASE := $(VENV)/bin/pyside6-lrelease

translations: $(STAMP)
	$(LUPDATE) -no-obsolete outliner -ts $(TS_DIR)/essay_outliner.ts
	$(LUPDATE) -target-language es outliner -ts $(TS_DIR)/essay_outliner_es.ts
	$(LUPDATE) -no-obsolete -pluralonly -target-language en outliner -ts $(TS_DIR)/essay_outliner_en.ts
	sed -i '/<extracomment>.*<\/extracomment>/d' $(TS_DIR)/*.ts
	$(LRELEASE) $(TS_DIR)/essay_outliner_es.ts $(TS_DIR)/essay_outliner_en.ts

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info build/bundle
