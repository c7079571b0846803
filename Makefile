# The two commands: `make run` and `make test`. Both set up .venv themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FROM ?= +14155550123
STAGE ?= dev

.PHONY: help install test lint typecheck audit unit run phone tick demo simulate report bench bytecode package deploy provision admin wire-twilio teardown deploy-check clean

help:
	@echo "make run    start the coach locally (moto + chalice local on 127.0.0.1, port \$$PORT or 8000)"
	@echo "make phone  text the local coach: make phone FROM=+14155550123"
	@echo "make tick   one scheduler tick against the running local stack (AT=2026-11-27T17:00:00Z: 9:00 in California)"
	@echo "make demo   a whole 21-day journey in about 3 minutes, printed as a transcript"
	@echo "make simulate  1,000 simulated people over 120 days, put into the running local stack"
	@echo "make report    the outcomes report (reports/local/report.html) from the local stack;"
	@echo "               make report STAGE=dev from a deployed stage's table"
	@echo "make test   lint, type-check and run the whole test suite, deploy-check included"
	@echo "make bench  the benchmark: the numbers operators pay for (bench/results.json)"
	@echo "make deploy-check        chalice deploy, redeploy, delete and teardown against moto"
	@echo "make deploy STAGE=dev    make bytecode, then chalice deploy --stage \$$STAGE"
	@echo "make bytecode STAGE=dev  compiled bytecode for the Lambda package (vendor/, chalicelib/)"
	@echo "make package STAGE=dev   CloudFormation (SAM) template + zip in .chalice/deployments/"
	@echo "make provision STAGE=dev the stage's tables, queues and crisis alarm; checks the SSM"
	@echo "                         auth token (idempotent)"
	@echo "make admin STAGE=dev ARGS=counts   counts, or ARGS=\"export +1...\" / ARGS=\"erase +1...\""
	@echo "make wire-twilio STAGE=dev ARGS=\"--number +1...\"   point Twilio at the deployed /sms"
	@echo "make teardown STAGE=dev  remove the stage's functions, roles, rule and API by name"
	@echo "                         (after a failed first deploy too); never tables, queues, SSM"
	@echo "make clean  remove .venv and the local caches"

# phonenumberslite and phonenumbers install the same files, so a venv that had the lite build
# drops both before the full one goes in (uninstalling lite later would break phonenumbers).
$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@if $(BIN)/python -m pip show --quiet phonenumberslite >/dev/null 2>&1; then \
		$(BIN)/python -m pip uninstall --quiet -y phonenumberslite phonenumbers; fi
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

# Known vulnerabilities in the pinned runtime dependencies (a clear message when offline).
audit: $(STAMP)
	$(BIN)/python -m scripts.audit requirements.txt

# The main suite records the AWS calls the app makes; tests/policy then checks the IAM policies.
test: lint typecheck audit
	$(BIN)/python -m pytest --ignore=tests/policy --ignore=tests/deploy
	$(BIN)/python -m pytest tests/policy
	@$(MAKE) --no-print-directory deploy-check

# `chalice deploy --stage dev` twice, `chalice delete` and `make teardown` against a moto server
# (tests/deploy). The first run builds the Lambda package: pip downloads the wheels from PyPI.
deploy-check: $(STAMP)
	@start=$$(date +%s); status=0; $(BIN)/python -m pytest tests/deploy || status=$$?; \
		echo "deploy-check took $$(( $$(date +%s) - start )) s"; exit $$status

run: $(STAMP)
	$(BIN)/python -m scripts.local_run

phone: $(STAMP)
	$(BIN)/python -m scripts.phone --from '$(FROM)'

tick: $(STAMP)
	$(BIN)/python -m scripts.tick

# REPORT=1 also writes the outcomes report of the demo's person to reports/demo/.
demo: $(STAMP)
	$(BIN)/python -m scripts.demo $(if $(REPORT),--report)

simulate: $(STAMP)
	$(BIN)/python -m scripts.simulate --into-local

# STAGE given (command line or environment): that stage; otherwise `make run`'s local stack.
report: $(STAMP)
	$(BIN)/python -m scripts.report $(if $(filter command line environment,$(origin STAGE)),--stage $(STAGE))

bench: $(STAMP)
	$(BIN)/python -m bench.run

# Creates the stage's DynamoDB tables and SQS queues and checks the SSM auth token; honours AWS_ENDPOINT_URL.
provision: $(STAMP)
	$(BIN)/python -m scripts.provision --stage $(STAGE)

# Counts, or one person's data: make admin ARGS="counts" / ARGS="export +14155550123" / ARGS="erase +1..."
admin: $(STAMP)
	$(BIN)/python -m scripts.admin --stage $(STAGE) $(ARGS)

# Points the Twilio number (or Messaging Service) at the deployed /sms URL.
wire-twilio: $(STAMP)
	$(BIN)/python -m scripts.wire_twilio --stage $(STAGE) $(ARGS)

# Removes the stage's functions, roles, rule, SQS mapping and REST API by the names chalice
# gives them, even with no .chalice/deployed/$(STAGE).json; honours AWS_ENDPOINT_URL.
teardown: $(STAMP)
	$(BIN)/python -m scripts.teardown --stage $(STAGE)

# Checked-hash .pyc for the Lambda package: a cold container then compiles nothing
# (scripts/bytecode.py; bench/package_cold_start.py measures it).
bytecode: $(STAMP)
	AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} $(BIN)/python -m scripts.bytecode --stage $(STAGE)

deploy: bytecode
	AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} $(BIN)/chalice deploy --stage $(STAGE)

# chalice package + infra/resources.json (tables, queues), then pin the template to $(STAGE).
package: bytecode
	rm -rf .chalice/deployments/package-$(STAGE)
	AWS_DEFAULT_REGION=$${AWS_DEFAULT_REGION:-us-east-1} $(BIN)/chalice package --stage $(STAGE) \
		--merge-template infra/resources.json .chalice/deployments/package-$(STAGE)
	$(BIN)/python -m infra.pin_stage $(STAGE) .chalice/deployments/package-$(STAGE)/sam.json

clean:
	rm -rf $(VENV) .local .mypy_cache .ruff_cache .hypothesis vendor
