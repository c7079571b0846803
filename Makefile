# The two commands: `make run` and `make test`. Both set up .venv themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FROM ?= +14155550123

.PHONY: help install test lint typecheck unit run phone clean

help:
	@echo "make run    start the coach locally (moto + chalice local on 127.0.0.1:\$${PORT:-8000})"
	@echo "make phone  text the local coach: make phone FROM=+14155550123"
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

clean:
	rm -rf $(VENV) .local .mypy_cache .ruff_cache .hypothesis
