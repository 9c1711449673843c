# Two commands matter: `make demo` (no services needed) and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SOURCES := slackbot tests benchmarks

.PHONY: install demo test lint bench run clean

$(BIN)/ci-error: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/ci-error

## Diagnose the sample log shipped in samples/ (no Slack, no Redis).
demo: install
	$(BIN)/ci-error match samples/github-actions-oidc.log

## Lint, type-check, lint the catalog, run the tests (Redis on 127.0.0.1:6379).
test: install lint
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)
	$(BIN)/mypy
	$(BIN)/ci-error lint

## Print the benchmark table quoted in the README.
bench: install
	$(BIN)/python -m benchmarks.run

## Start the bot (reads the environment; see the README's configuration table).
run: install
	$(BIN)/python -m slackbot

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache benchmarks/.generated
