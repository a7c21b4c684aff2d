# Placard. `make help` lists the targets. Every target creates .venv and
# installs the pinned requirements on first use; only python3 (3.11+) and make
# are needed beforehand.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8000
N      ?= 1000
OUTPUT ?= output

.DEFAULT_GOAL := help
.PHONY: help venv html serve clean test publish github quotes article bench audit browser-tools

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Placard needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

venv: $(STAMP) ## Create .venv and install the pinned requirements

html: $(STAMP) ## Build the preview site into output/ (drafts shown)
	$(PY) scripts/build.py --settings pelicanconf.py --output $(OUTPUT)

serve: $(STAMP) ## Build, serve on http://127.0.0.1:$(PORT) and rebuild + reload on any change
	$(PY) scripts/serve.py --port $(PORT)

publish: $(STAMP) ## Build the production site with publishconf.py (SITEURL from the environment)
	$(PY) scripts/build.py --settings publishconf.py --output $(OUTPUT)

test: $(STAMP) ## Run every test
	$(PY) -m pytest

quotes: $(STAMP) ## Show the quotes found in FILES (default: every article)
	PYTHONPATH=plugins $(PY) -m pullquotes $(or $(FILES),content/articles/*.md)

clean: ## Delete output/, caches and .venv
	rm -rf $(OUTPUT) .$(OUTPUT).building .$(OUTPUT).old .cache .pytest_cache .hypothesis $(VENV)
