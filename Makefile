# The two commands of the README: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= notices.db
PORT ?= 8001

.PHONY: install run build serve test bench fixtures clean

$(BIN)/notices: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/notices

install: $(BIN)/notices

build: install
	$(BIN)/notices build corpus --db $(DB)

run: build
	$(BIN)/notices serve --db $(DB) --port $(PORT)

test: install
	bash scripts/install_test_system_deps.sh
	$(BIN)/pytest -q

bench: install
	$(BIN)/python scripts/bench.py

# The committed test fixtures, made again (the office ones need LibreOffice: see
# scripts/install_test_system_deps.sh).
fixtures: install
	$(BIN)/python scripts/make_fixtures.py
	$(BIN)/python scripts/make_office_fixtures.py

clean:
	rm -rf $(VENV) $(DB) *.egg-info
