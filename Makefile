# `make run`, `make test`, `make ui`: each creates .venv (Python 3.11) on first use and
# reinstalls only when pyproject.toml or constraints.txt changed.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed
DAGSTER_HOME_DIR := $(CURDIR)/.dagster_home
UI_HOST ?= 127.0.0.1
UI_PORT ?= 3000
# `make ui` runs dagster dev inside the instance folder (so it finds no other dagster.yaml);
# the project's paths are therefore made absolute for it unless already set.
ui: export BPJS_SEEDS_DIR ?= $(CURDIR)/seeds
ui: export BPJS_WAREHOUSE ?= $(CURDIR)/warehouse/bpjs.duckdb
# The instance `make run` and `make ui` use: on PostgreSQL when DAGSTER_PG_HOST is set
# (dagster.postgres.yaml; the connection from the DAGSTER_PG_* variables), else SQLite files
# in .dagster_home (dagster.yaml). Either file is copied to .dagster_home/dagster.yaml.
INSTANCE_YAML := $(if $(DAGSTER_PG_HOST),dagster.postgres.yaml,dagster.yaml)
ifneq ($(DAGSTER_PG_HOST),)
export DAGSTER_PG_PORT ?= 5432
endif

.PHONY: run test ui clean-warehouse instance

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install --quiet -c constraints.txt -e '.[test,cluster]'
	touch $(STAMP)

instance:
	@mkdir -p $(DAGSTER_HOME_DIR)
	@cmp -s $(INSTANCE_YAML) $(DAGSTER_HOME_DIR)/dagster.yaml || cp $(INSTANCE_YAML) $(DAGSTER_HOME_DIR)/dagster.yaml

# Runs are recorded in .dagster_home, so `make ui` shows them afterwards.
run: $(STAMP) instance
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(VENV)/bin/bpjs-pipeline run

# The whole suite on TEST_WORKERS processes (pytest-xdist; the tests of the real UI share one
# server in one process: `--dist loadgroup`). TEST_WORKERS=0 runs it in this process.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(VENV)/bin/python -m pytest -q -n $(TEST_WORKERS) --dist loadgroup --durations=20

# The wrapper prints the address to open once the UI answers. What runs launched by the daemon
# or the UI print to this console is set by `python_logs` in dagster.yaml (INFO and above).
ui: $(STAMP) instance
	cd $(DAGSTER_HOME_DIR) && DAGSTER_HOME=$(DAGSTER_HOME_DIR) PYTHONWARNINGS=ignore:Function:FutureWarning \
		$(CURDIR)/$(VENV)/bin/python -m bpjs_pipeline.orchestration.serve --url http://$(UI_HOST):$(UI_PORT) -- \
		$(CURDIR)/$(VENV)/bin/dagster dev \
		-m bpjs_pipeline.orchestration.definitions -h $(UI_HOST) -p $(UI_PORT) --log-level warning

clean-warehouse:
	rm -f warehouse/*.duckdb warehouse/*.duckdb.wal
