# The two commands of the README: `make demo` and `make test`.
# Each sets up what it needs (Debian packages when run as root, .venv) first.

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-from-pyproject
# The first Python >= 3.11 on PATH.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && \
	   $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	   command -v $$p; break; fi; done)
# Third-party data (boundaries, categories): never committed, ../shared/data by default.
CRM_DATA_DIR ?= $(abspath ../shared/data)
export CRM_DATA_DIR
DEMO_DIR := var/demo

.PHONY: help venv system-deps test lint demo i18n bundle bundle-check

help:
	@echo "make demo   set up and start the demo (workstation + embedded central server)"
	@echo "make test   set up and run every check (ruff, mypy, import-linter, pytest)"
	@echo "make lint   ruff, mypy and import-linter only"
	@echo "make i18n   update and compile the translations in resources/i18n"
	@echo "make bundle        build the one-folder bundle dist/officer-app (PyInstaller, ~1 min)"
	@echo "make bundle-check  build it, then test the built program offscreen (--demo --smoke)"

system-deps:
	@scripts/install-system-deps.sh

venv: $(STAMP)

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then echo "Python 3.11 or newer is needed (python3 on PATH)." >&2; exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes (new dependency, new entry point).
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[workstation,dev]'
	@touch $@

test: system-deps venv
	@scripts/run-tests.sh $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy crm_shared officer_app central_server
	$(BIN)/lint-imports

# The workstation with its embedded central server once officer_app/__main__.py
# exists; until then the reference central server alone, seeded like Jakarta
# (seeded once: the database in var/demo is kept between runs; delete it to reseed).
demo: system-deps venv
	@if [ -f officer_app/__main__.py ]; then \
		exec $(BIN)/officer-app --demo; \
	else \
		echo "The workstation is not there yet: starting the central server alone."; \
		mkdir -p $(DEMO_DIR); \
		data=""; [ -d "$(CRM_DATA_DIR)" ] && data="--data-dir $(CRM_DATA_DIR)"; \
		exec $(BIN)/crm-central serve --host 127.0.0.1 --port 8765 \
			--database sqlite:///$(abspath $(DEMO_DIR))/central.sqlite3 \
			--media-dir $(abspath $(DEMO_DIR))/media \
			--demo --seed-reports 2000 --train-suggest $$data; \
	fi

i18n: venv
	@ts=$$(ls resources/i18n/officer_app_*.ts 2>/dev/null); \
	if [ -z "$$ts" ]; then echo "No translations yet (resources/i18n/*.ts)."; exit 0; fi; \
	$(BIN)/pyside6-lupdate $$(find officer_app -name '*.py' | sort) -ts $$ts && \
	for f in resources/i18n/*.ts; do $(BIN)/pyside6-lrelease $$f -qm $${f%.ts}.qm || exit 1; done

# The one-folder bundle (installer/README.md). Not part of `make test`: the build
# alone takes about a minute and needs the `bundle` extra (PyInstaller).
BUNDLE_STAMP := $(VENV)/.installed-bundle-extra
$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[workstation,dev,bundle]'
	@touch $@

bundle: venv $(BUNDLE_STAMP)
	@installer/build.sh

# CI-able: build, then the built program's own tests (version, smoke run in both
# languages with screenshots, bundled data, no unused Qt).
bundle-check: system-deps venv $(BUNDLE_STAMP)
	@installer/build.sh
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 CRM_BUNDLE_CHECK=1 \
		$(BIN)/python -m pytest -p no:cacheprovider -m bundle tests/installer/test_bundle.py
