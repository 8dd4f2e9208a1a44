# newscrawl: the README's commands. Every target sets up .venv itself on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

ARTICLES ?=
SITE ?=
ORIGIN ?=
URL ?=
PYTEST_ARGS ?=

.PHONY: setup crawl demo test lint format bench deploy clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip "setuptools<81" wheel
	$(PY) -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

setup: $(STAMP)

## make crawl [SITE=id[,id]] [ORIGIN=url] [URL=https://site/] [ARTICLES=n]
# shq: a value single-quoted for the shell (a URL's ? and & are no shell syntax)
shq = '$(subst ','\'',$(1))'
crawl: $(STAMP)
	$(PY) -m newscrawl run $(if $(SITE),--site $(call shq,$(SITE))) \
		$(if $(ORIGIN),--origin $(call shq,$(ORIGIN))) $(if $(URL),--url $(call shq,$(URL))) \
		$(if $(ARTICLES),--articles $(call shq,$(ARTICLES)))

## make demo [ARTICLES=n]: serve the demo network until Ctrl-C
demo: $(STAMP)
	$(PY) -m newscrawl demo $(if $(ARTICLES),--articles $(ARTICLES))

## make test [PYTEST_ARGS=...]
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

## make bench [ARTICLES=5000] [CORPUS=../shared/eval/trafilatura-eval]
CORPUS ?= ../shared/eval/trafilatura-eval
bench: $(STAMP)
	$(PY) bench/crawl.py --articles $(or $(ARTICLES),5000)
	$(PY) bench/extraction.py $(CORPUS)

## make deploy [VERSION=v]: build the egg and deploy it to the [deploy] target of scrapy.cfg.
## scrapyd-client 2 expands ${SCRAPYD_URL}, ${SCRAPYD_USERNAME} and ${SCRAPYD_PASSWORD} there.
VERSION ?=
deploy: $(STAMP)
	@test -n "$$SCRAPYD_URL" || { echo "make deploy: set SCRAPYD_URL (and SCRAPYD_USERNAME, SCRAPYD_PASSWORD)" >&2; exit 2; }
	@test -n "$$SCRAPYD_USERNAME" -a -n "$$SCRAPYD_PASSWORD" || echo "make deploy: no SCRAPYD_USERNAME/SCRAPYD_PASSWORD: deploying without authentication" >&2
	SCRAPYD_USERNAME="$${SCRAPYD_USERNAME-}" SCRAPYD_PASSWORD="$${SCRAPYD_PASSWORD-}" \
		$(VENV)/bin/scrapyd-deploy $(if $(VERSION),--version $(VERSION))

clean:
	rm -rf output build dist *.egg-info
