# Two commands on a fresh machine: `make serve` and `make test`. Both bootstrap .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test format lock new urls chromium clean

# Served at the root of 127.0.0.1:8000 (site_url's /glossary/ path applies only when published).
serve: $(STAMP)
	MMG_SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

# SOURCE_DATE_EPOCH: the sitemap's dates come from the last commit, so a commit always builds the same files.
build: $(STAMP)
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) $(BIN)/mkdocs build --strict

test: $(STAMP) chromium
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/pytest

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Start a new concept page: make new TERM="Some Term" CATEGORY=multimodal
new: $(STAMP)
	@# TERM is also the terminal's variable: only a TERM given on the command line counts.
	@test "$(origin TERM)" = "command line" && test -n "$(CATEGORY)" || { echo 'usage: make new TERM="Some Term" CATEGORY=multimodal'; exit 2; }
	$(BIN)/python hooks/new_term.py "$(TERM)" "$(CATEGORY)"

# Record the URLs of new pages in published-urls.txt (never drops one).
urls: build
	$(BIN)/python tests/url_manifest.py site

# Re-pin the whole dependency tree after changing pyproject.toml.
lock:
	rm -rf /tmp/mmg-lock && $(PYTHON) -m venv /tmp/mmg-lock
	/tmp/mmg-lock/bin/pip install -q --upgrade pip==25.3
	/tmp/mmg-lock/bin/pip install -q --group test
	/tmp/mmg-lock/bin/pip freeze --exclude pip > requirements.lock

# The browser tests drive Debian's Chromium (Playwright's own browser download is not used).
# Elsewhere, set MMG_BROWSER to a Chrome or Chromium, or have google-chrome on PATH (GitHub's runners do).
chromium:
	@test -n "$$MMG_BROWSER" || command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 \
		|| { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

$(STAMP): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	rm -f $(VENV)/.installed-* && touch $@

clean:
	rm -rf site .pytest_cache
