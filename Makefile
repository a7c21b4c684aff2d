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
.PHONY: help venv html serve clean test publish github preview-publish quotes article bench audit browser-tools

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

publish: $(STAMP) ## Build the production site: make publish SITEURL=https://OWNER.github.io/REPO
	@test -n "$(SITEURL)" || { echo "make publish: set SITEURL, e.g. make publish SITEURL=https://OWNER.github.io/REPO" >&2; exit 2; }
	SITEURL="$(SITEURL)" GHPAGES_CNAME="$(GHPAGES_CNAME)" $(PY) scripts/build.py --settings publishconf.py --output $(OUTPUT)

github: ## Build for GitHub Pages and push output/ to the gh-pages branch (SITEURL guessed from origin)
	@$(MAKE) --no-print-directory publish SITEURL="$(or $(SITEURL),$(shell $(PYTHON) scripts/pages_url.py))"
	$(PY) -m ghp_import --no-jekyll --push --force --message "Publish site" --branch gh-pages $(OUTPUT)

preview-publish: ## Build as production for http://127.0.0.1:$(PORT) and serve it (no live reload)
	@$(MAKE) --no-print-directory publish SITEURL=http://127.0.0.1:$(PORT)
	$(PY) -m http.server $(PORT) --bind 127.0.0.1 --directory $(OUTPUT)

test: $(STAMP) ## Run every test (first installs the browser tools, where it can)
	@bash scripts/install-browser-tools.sh || echo "make test: the browser tools are missing, so the browser gates will skip; see 'make browser-tools'" >&2
	$(PY) -m pytest

audit: $(STAMP) ## Lighthouse scores for the index and the seed article
	@bash scripts/install-browser-tools.sh >/dev/null
	$(PY) scripts/audit.py

bench: $(STAMP) ## Build-time, rebuild-time, memory and extraction benchmarks: make bench N=1000
	$(PY) bench/run.py --n $(N) --runs $(or $(RUNS),3)

browser-tools: ## Install Chromium and Java (Debian) and axe-core, vnu-jar, lighthouse (npm)
	bash scripts/install-browser-tools.sh

article: $(STAMP) ## Start a draft article: make article TITLE="Hundreds rally at City Hall"
	@test -n "$(TITLE)" || { echo 'make article: give a title, e.g. make article TITLE="Hundreds rally at City Hall"' >&2; exit 2; }
	$(PY) scripts/new_article.py "$(TITLE)"

quotes: $(STAMP) ## Show the quotes found in FILES (default: every article)
	PYTHONPATH=plugins $(PY) -m pullquotes $(or $(FILES),content/articles/*.md)

clean: ## Delete output/, caches and .venv
	rm -rf $(OUTPUT) .$(OUTPUT).building .$(OUTPUT).old .cache .pytest_cache .hypothesis $(VENV)
