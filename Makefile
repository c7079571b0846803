# The two commands: `make run` and `make test`. Both set up .venv themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FROM ?= +14155550123

.PHONY: help install test lint typecheck unit run phone tick demo clean

help:
	@echo "make run    start the coach locally (moto + chalice local on 127.0.0.1:\$${PORT:-8000})"
	@echo "make phone  text the local coach: make phone FROM=+14155550123"
	@echo "make tick   one scheduler tick against the running local stack (AT=2026-11-27T14:00:00Z)"
	@echo "make demo   a whole 21-day journey in seconds, printed as a transcript"
	@echo "make test   lint, type-check and run the whole test suite"

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit

test: lint typecheck
	$(BIN)/python -m pytest

run: $(STAMP)
	$(BIN)/python -m scripts.local_run

phone: $(STAMP)
	$(BIN)/python -m scripts.phone --from '$(FROM)'

tick: $(STAMP)
	$(BIN)/python -m scripts.tick

demo: $(STAMP)
	$(BIN)/python -m scripts.demo

clean:
	rm -rf $(VENV) .local .mypy_cache .ruff_cache .hypothesis
