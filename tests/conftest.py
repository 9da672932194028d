"""Shared helpers for the orchestration and warehouse tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"


# Modules whose tests run whole pipelines in subprocesses or a Dagster server: collected first, so
# that the pytest-xdist workers start on them and the quick tests fill in at the end.
SLOW_FIRST = ("test_dagster_dev_e2e.py", "test_ui_browser.py", "test_crash_safety.py",
              "test_concurrent_readers.py", "test_hostile_runs.py", "test_incremental.py")


def pytest_collection_modifyitems(session, config, items):
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FIRST)))


@pytest.fixture(autouse=True)
def _no_ambient_paths(monkeypatch):
    """Tests pass paths explicitly; a developer's BPJS_* variables must not leak in."""
    monkeypatch.delenv("BPJS_SEEDS_DIR", raising=False)
    monkeypatch.delenv("BPJS_WAREHOUSE", raising=False)
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.delenv("BPJS_CORRECTIONS", raising=False)
    monkeypatch.delenv("BPJS_DASK_SCHEDULER", raising=False)  # per-article work stays local unless a test says


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A private copy of the committed seed articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target


@pytest.fixture
def published_seeds(tmp_path, seeds_pipeline_run) -> tuple[Path, Path]:
    """(seeds folder, warehouse): a private copy of the seeds and of what the shared first run
    (`seeds_pipeline_run`) published from them (`tmp_path/seeds`, `tmp_path/out/bpjs.duckdb` with
    its staging store), for tests that start where a first run ended."""
    seeds, warehouse, _, _ = seeds_pipeline_run
    shutil.copytree(seeds, tmp_path / "seeds")
    shutil.copytree(warehouse.parent, tmp_path / "out")
    return tmp_path / "seeds", tmp_path / "out" / warehouse.name


@pytest.fixture(scope="session")
def seeds_pipeline_run(tmp_path_factory):
    """One real `run_pipeline` over a copy of the seeds, shared by every test that only reads what
    it made: (seeds folder, warehouse, Dagster instance, run summary). Never write to it."""
    import dagster as dg

    from bpjs_pipeline.orchestration.execute import run_pipeline

    root = tmp_path_factory.mktemp("seeds_pipeline_run")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    warehouse = root / "warehouse" / "bpjs.duckdb"
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(seeds, warehouse, instance)
    assert summary.success, summary.failures
    yield seeds, warehouse, instance, summary
    instance.dispose()


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory):
    """`make ui` over the seeds and articles that fail every warning check, after a
    `bpjs-pipeline run` on its instance (`test_dagster_dev_e2e.start_ui`); shared by the tests of
    the real UI, which pytest-xdist keeps in one worker (the `dagster_ui` group)."""
    from test_dagster_dev_e2e import start_ui, stop

    ui = start_ui(tmp_path_factory.mktemp("ui"))
    yield ui
    stop(ui.proc)
