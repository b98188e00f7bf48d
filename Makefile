# The README's two commands: `make demo` and `make test`. Both set up .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
SEEDS := $(SHARED)/corpus/seeds
DEMO_CORPUS := $(if $(wildcard $(SEEDS)/*),$(SEEDS),examples)
OUT := out

.PHONY: demo test stress evaluate lint clean tools readers model vocabulary

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,vocabulary]'
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

# The project's trained Dutch pipeline (extract/ud_pipeline, shipped): retrained from ../shared/ud
# (extract/ud.py for the split, extract/ud.cfg for the training); its held-out scores go into its
# README and meta.json. About 45 minutes on two cores; the log is $(OUT)/ud/train.log.
UD := $(SHARED)/ud
model: $(STAMP)
	@test -d $(UD) || { echo "$(UD) is missing: the UD treebanks are needed to train"; exit 1; }
	@started=$$(date +%s); \
	$(BIN)/python -m beleidsgraaf.extract.ud convert $(UD) $(OUT)/ud && \
	$(BIN)/python -m spacy train extract/ud.cfg --output $(OUT)/ud/run \
		--paths.train $(OUT)/ud/train.spacy --paths.dev $(OUT)/ud/dev.spacy > $(OUT)/ud/train.log 2>&1 && \
	$(BIN)/python -m spacy evaluate $(OUT)/ud/run/model-best $(OUT)/ud/test.spacy --output $(OUT)/ud/scores.json && \
	$(BIN)/python -m beleidsgraaf.extract.ud ship $(OUT)/ud/run/model-best $(OUT)/ud/scores.json \
		extract/ud_pipeline --started $$started

# The vocabulary (ontology/vocabulary/*.ttl, committed) regenerated from ../shared/lists by the build
# tool vocabulary_build/ (its extra: pycountry); the tests check that the committed files match.
vocabulary: $(STAMP)
	$(BIN)/python -m vocabulary_build --lists $(SHARED)/lists --out ontology/vocabulary

# Outside programs the tests run for real, from Debian's packages, installed when missing (as root,
# as in CI; otherwise the tests that need them skip and say why):
#   chromium             the view's browser test
#   virtuoso-opensource  publishing to Virtuoso 7.2 and every named query there
#   libxml2-utils, r-cran-igraph, r-cran-network, r-cran-jsonlite
#                        the export files read by xmllint (official XSDs), igraph and statnet
#                        (tests/graph/readers/README.md)
tools:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v virtuoso-t >/dev/null 2>&1 || missing="$$missing virtuoso-opensource"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	Rscript -e 'library(igraph); library(network); library(jsonlite)' >/dev/null 2>&1 \
		|| missing="$$missing r-cran-igraph r-cran-network r-cran-jsonlite"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		{ [ "$$(id -u)" = 0 ] && apt-get update -qq \
			&& DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } \
			|| echo "not installed:$$missing: the tests that need them will skip"; \
	fi

# node's graphology-gexf, d3-force and cytoscape, pinned in tests/graph/readers/package-lock.json
READERS := tests/graph/readers
readers: tools
	@[ $(READERS)/node_modules/.package-lock.json -nt $(READERS)/package-lock.json ] \
		|| npm ci --prefix $(READERS) --no-audit --no-fund --silent \
		|| echo "npm packages not installed: the JavaScript reader tests will skip"

test: $(STAMP) tools readers
	$(BIN)/ruff check .
	$(BIN)/python scripts/check_imports.py
	$(BIN)/python -m pytest

# the long robustness tests: big and hostile files, thousands of hypothesis examples, 10 kills per mode,
# and serve under 64 clients beside Oxigraph alone (tests/stress/test_serve_load.py, about 2 minutes)
stress: $(STAMP)
	BELEIDSGRAAF_STRESS=1 BELEIDSGRAAF_KILLS=10 BELEIDSGRAAF_KILL_COPIES=12 \
		$(BIN)/python -m pytest -s -p no:cacheprovider tests/stress tests/pipeline/test_interrupted_builds.py

# seeds, dev, dev-b tune and dev-b check (scores only) under every build configuration of
# scripts/evaluate_all.py (blank + rules, trained pipeline + rules, + NER: those this checkout has),
# as the README's Markdown tables; also in $(OUT)/evaluate.log. The test suite's floors, after a merge:
#   make evaluate EVALUATE_ARGS="--write-floors tests/floors.toml"
evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate_all.py --out $(OUT)/evaluate --log $(OUT)/evaluate.log $(EVALUATE_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python scripts/check_imports.py

clean:
	rm -rf $(OUT) .pytest_cache

# build throughput, the parser's cost, scaling, the store at 1M and 5M quads, an incremental build → benchmarks/results.md;
# 35 min; BENCH_ARGS=--quick for a smoke test, or e.g. BENCH_ARGS="--only parser"
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# the project's NER by weak supervision (extract/ner_data.py, extract/ner_train.py, extract/ner.cfg):
# labels from the rules over ../shared/ud and the corpus plus the dev-b tune gold (never check),
# trained and shipped into extract/ner_model (CC BY-SA 4.0). About 20 minutes on two cores; the
# log is $(OUT)/ner/train.log. `--ner` turns it on in build and extract.
.PHONY: ner
ner: $(STAMP)
	@test -d $(SHARED)/ud || { echo "$(SHARED)/ud is missing: the UD treebanks are needed to train"; exit 1; }
	@mkdir -p $(OUT)/ner
	$(BIN)/python -m beleidsgraaf.extract.ner_train $(SHARED) --work $(OUT)/ner > $(OUT)/ner/train.log 2>&1
