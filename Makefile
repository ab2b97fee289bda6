# The milia assistant. `make run` starts everything; `make test` checks everything.
# Every recipe installs what it needs first, so both work on a fresh clone.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
ENV := source scripts/env.sh &&

.PHONY: help install data train run test lint unit validate test-stories test-nlu e2e bench outbox clean

help: ## Show the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock
	@PYTHON=$$(scripts/find_python.sh) && { [ -x $(PY) ] || $$PYTHON -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade 'pip==24.2'
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed ## Create .venv (Python 3.10) with the pinned packages

data: install ## Regenerate the Rasa FAQ data from knowledge/faq/*.yml
	$(ENV) $(PY) scripts/build_data.py

train: install ## Train a model if the training inputs changed since the last one
	scripts/train.sh

run: train ## Start the assistant, action server, relay, receiver and web page (Ctrl-C stops all)
	$(ENV) $(PY) scripts/run.py

lint: install ## Static checks of the Python code
	$(VENV)/bin/ruff check actions components milia scripts tests web

unit: install ## Fast unit tests (no servers)
	$(ENV) $(PY) -m pytest -q -m "not e2e" tests

validate: install ## Check the training data (Rasa's validator and our own checks)
	$(ENV) $(PY) scripts/build_data.py --check
	$(ENV) $(VENV)/bin/rasa data validate --data data tests/validation --fail-on-warnings

test-stories: train ## Run the test conversations against the trained model
	$(ENV) $(VENV)/bin/rasa test core --stories tests/stories --model models/milia.tar.gz \
		--out reports/core --fail-on-prediction-errors

test-nlu: train ## Evaluate intent accuracy on the held-out messages
	$(ENV) $(VENV)/bin/rasa test nlu --nlu tests/nlu --model models/milia.tar.gz --out reports/nlu
	$(ENV) $(PY) scripts/nlu_report.py reports/nlu/intent_report.json --min-accuracy 0.95

e2e: train ## End-to-end tests against the real servers (REST and browser)
	$(ENV) $(PY) -m pytest -q -m e2e tests

test: lint unit validate test-stories test-nlu e2e ## Everything CI runs

bench: train ## Benchmark this pipeline against Rasa's default one; writes BENCHMARKS.md
	$(ENV) $(PY) scripts/bench.py

outbox: install ## List callback requests in the outbox (retry one: make outbox RETRY=<id>)
	$(ENV) $(PY) -m milia.outbox_cli $(if $(RETRY),retry $(RETRY),list)

clean: ## Remove models, reports and local databases
	rm -rf models reports var .rasa
