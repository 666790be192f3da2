# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test setup lint bench clean

$(BIN)/wieweet: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

setup: $(BIN)/wieweet

demo: setup  ## set up, load the demo organisation, serve on http://127.0.0.1:8000/graphql
	$(BIN)/wieweet demo

test: setup  ## set up and run every test, with lint and type checks
	$(BIN)/ruff check graph extraction api tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest --doctest-modules graph extraction tests

clean:
	rm -rf $(VENV) wieweet-demo.db* .pytest_cache .mypy_cache .ruff_cache
