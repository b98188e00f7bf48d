# The README's two commands: `make demo` and `make test`. Both set up .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
SEEDS := $(SHARED)/corpus/seeds
DEMO_CORPUS := $(if $(wildcard $(SEEDS)/*),$(SEEDS),examples)
OUT := out

.PHONY: demo test evaluate lint clean

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
	@echo "demo done: store in $(OUT)/store, exports in $(OUT)/"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

evaluate: $(STAMP)
	$(BIN)/beleidsgraaf build $(SEEDS) --store $(OUT)/seeds
	$(BIN)/beleidsgraaf evaluate --store $(OUT)/seeds --gold $(SHARED)/gold/seeds.json --no-errors
	$(BIN)/beleidsgraaf build $(SHARED)/corpus/dev --store $(OUT)/dev
	$(BIN)/beleidsgraaf evaluate --store $(OUT)/dev --gold tests/gold/dev.json --no-errors

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(OUT) .pytest_cache
