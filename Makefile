# Jejaring: `make run` opens the app, `make test` passes the suite. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := resources/translations/jejaring_id.qm resources/translations/jejaring_en.qm resources/translations/qt_id.qm
export PYTHONDONTWRITEBYTECODE := 1
# The suites run on every core (pytest-xdist: each test has its own folder, database and settings);
# `make test PARALLEL=` runs them in one process.
PARALLEL ?= -n auto

.PHONY: run test test-postgres lint bench translations lupdate package self-test clean migration

$(STAMP): pyproject.toml requirements/constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("Jejaring needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements/constraints.txt -e '.[dev]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(VENV)/bin/jejaring

self-test: $(STAMP) translations
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(VENV)/bin/jejaring --self-test

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests --ignore=tests/benchmarks -q $(PARALLEL)
	@$(MAKE) --no-print-directory test-postgres

# The PostgreSQL leg: the tests that touch a database, again on a server (docs/postgresql.md).
test-postgres: $(STAMP) translations
	@if [ -z "$$JEJARING_TEST_POSTGRES" ]; then \
	  echo "PostgreSQL leg skipped: set JEJARING_TEST_POSTGRES=postgresql+psycopg://USER:PASSWORD@127.0.0.1:5432/postgres (a role with CREATEDB) to run it"; \
	else \
	  QT_QPA_PLATFORM=offscreen $(PY) -m pytest --postgres tests/unit tests/sync tests/cli tests/postgres -q $(PARALLEL); \
	fi

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks --benchmark-only -p no:randomly

# Extract every marked string from app/ and ui/ into the .ts catalogues (then translate them).
lupdate: $(STAMP)
	$(PY) tools/lupdate.py

package: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/jejaring.spec
	QT_QPA_PLATFORM=offscreen dist/jejaring/jejaring --self-test
	@du -sh dist/jejaring

# make migration m="what changed": autogenerate an Alembic revision from the models.
migration: $(STAMP)
	$(PY) tools/new_migration.py "$(m)"

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm
