# The two commands that matter: `make run` and `make test`. Everything else is a building block.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test bench system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(STAMP)

$(TESTSTAMP): pyproject.toml | $(BIN)/python
	bash scripts/install-system-deps.sh
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/kinerja migrate --noinput
	$(BIN)/kinerja demo
	$(BIN)/kinerja serve --host $(HOST) --port $(PORT)

test: $(TESTSTAMP)
	bash scripts/run-tests.sh

bench: $(TESTSTAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache test-artifacts
