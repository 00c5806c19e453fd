# Two commands for a fresh machine: `make run` and `make test`.
# Both create the virtual environment in .venv themselves.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench screenshot bundle install-desktop clean

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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info build/bundle
