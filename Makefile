# The README's two commands: `make demo` and `make test`. Both set up .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
SEEDS := $(SHARED)/corpus/seeds
DEMO_CORPUS := $(if $(wildcard $(SEEDS)/*),$(SEEDS),examples)
OUT := out

.PHONY: demo test stress evaluate lint clean chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== building the graph from $(DEMO_CORPUS)"
	$(BIN)/beleidsgraaf build $(DEMO_CORPUS) --store $(OUT)/store
	$(BIN)/beleidsgraaf stats --store $(OUT)/store
	@echo "== documents"
	$(BIN)/beleidsgraaf query documents --store $(OUT)/store
	@echo "== organisations, by mentions"
	$(BIN)/beleidsgraaf query entities-by-type --store $(OUT)/store --param type=bg:Organisation
	@echo "== where the corpus mentions the CSDDD"
	$(BIN)/beleidsgraaf query mentions-of-entity --store $(OUT)/store --param label=CSDDD --format csv
	@echo "== exports"
	$(BIN)/beleidsgraaf export --store $(OUT)/store --format nquads -o $(OUT)/graph.nq
	$(BIN)/beleidsgraaf export --store $(OUT)/store --format turtle -o $(OUT)/graph.ttl
	@echo "== networks: actors x policies and instruments, for Gephi and R; analytics; a view to click through"
	$(BIN)/beleidsgraaf network --store $(OUT)/store --projection affiliation --format gexf -o $(OUT)/affiliation.gexf
	$(BIN)/beleidsgraaf network --store $(OUT)/store --projection co-mention --format csv -o $(OUT)/co-mention.csv
	$(BIN)/beleidsgraaf analyze --store $(OUT)/store --projection co-mention -o $(OUT)/analysis
	$(BIN)/beleidsgraaf view --store $(OUT)/store --projection co-mention -o $(OUT)/co-mention.html
	$(BIN)/beleidsgraaf view --store $(OUT)/store --projection co-mention -o $(OUT)/co-mention.png
	@echo "demo done: store in $(OUT)/store, exports in $(OUT)/"

# the view's browser test runs Debian's Chromium; installed here when missing (root, as in CI)
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium not installed: the browser test will skip"; }

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# the long robustness tests: big and hostile files, thousands of hypothesis examples, 10 kills per mode,
# and serve under 64 clients beside Oxigraph alone (tests/stress/test_serve_load.py, about 2 minutes)
stress: $(STAMP)
	BELEIDSGRAAF_STRESS=1 BELEIDSGRAAF_KILLS=10 BELEIDSGRAAF_KILL_COPIES=12 \
		$(BIN)/python -m pytest -s -p no:cacheprovider tests/stress tests/test_interrupted_builds.py

evaluate: $(STAMP)
	$(BIN)/beleidsgraaf build $(SEEDS) --store $(OUT)/seeds
	$(BIN)/beleidsgraaf evaluate --store $(OUT)/seeds --gold $(SHARED)/gold/seeds.json --no-errors
	$(BIN)/beleidsgraaf build $(SHARED)/corpus/dev --store $(OUT)/dev
	$(BIN)/beleidsgraaf evaluate --store $(OUT)/dev --gold tests/gold/dev.json --no-errors

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(OUT) .pytest_cache

# build throughput, scaling and the store at 1M quads vs rdflib → benchmarks/results.md (20-30 min);
# BENCH_ARGS=--quick for a smoke test, or e.g. BENCH_ARGS="--only throughput"
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
