"""The Dagster definitions load, validate and carry the intended shape."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg

from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.jobs import JOB_NAME
from bpjs_pipeline.orchestration.resources import PipelinePaths

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = ("raw_articles", "cleaned_articles", "extracted_facts")


def dagster_cli() -> str:
    return str(Path(sys.executable).with_name("dagster"))


def test_dagster_definitions_validate(tmp_path):
    """Run as `make ui` would: the project's dagster.yaml in DAGSTER_HOME, paths from the environment."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "BPJS_SEEDS_DIR": str(tmp_path / "seeds"),
        "BPJS_WAREHOUSE": str(tmp_path / "w.duckdb"),
    }
    result = subprocess.run(
        [dagster_cli(), "definitions", "validate", "-m", "bpjs_pipeline.orchestration.definitions"],
        capture_output=True, text=True, env=env, timeout=120, cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation successful" in result.stdout + result.stderr


def test_assets_partitions_and_policies():
    defs = build_definitions("/tmp/seeds", "/tmp/w.duckdb")
    graph = defs.resolve_asset_graph()
    for name in PER_ARTICLE:
        node = graph.get(dg.AssetKey(name))
        assert isinstance(node.partitions_def, dg.DynamicPartitionsDefinition)
        assert node.partitions_def.name == "batches"
        assert node.backfill_policy == dg.BackfillPolicy.single_run()
        assert node.description and node.group_name == "articles" and node.owners == ["team:data-desk"]
        assert "duckdb" in node.kinds
    warehouse_keys = [k for k in graph.get_all_asset_keys() if k.path[0] == "warehouse"]
    assert {k.path[1] for k in warehouse_keys} == {
        "articles", "quarantine", "fact_participants", "fact_funds", "fact_targets",
        "participants_by_year", "funds_by_year", "targets_by_year", "target_progress", "conflicts",
        "corrections",
    }
    for key in warehouse_keys:
        node = graph.get(key)
        assert node.partitions_def is None and node.description and node.owners
    # every relation depends on what it is built from: the views on the tables they read
    parents = {k.path[1]: {"/".join(p.path) for p in graph.get(k).parent_keys} for k in warehouse_keys}
    assert parents["articles"] == {"raw_articles", "cleaned_articles", "extracted_facts"}
    assert parents["fact_targets"] == {"extracted_facts", "warehouse/articles", "warehouse/corrections"}
    assert parents["conflicts"] == {"warehouse/fact_participants", "warehouse/fact_funds", "warehouse/fact_targets"}
    assert parents["targets_by_year"] == {"warehouse/fact_targets", "warehouse/conflicts"}
    assert parents["target_progress"] == {"warehouse/targets_by_year", "warehouse/participants_by_year",
                                          "warehouse/funds_by_year"}
    job = defs.resolve_job_def(JOB_NAME)
    assert set(job.asset_layer.executable_asset_keys) == set(graph.get_all_asset_keys())


def test_facts_check_warns_and_the_warehouse_schema_blocks():
    defs = build_definitions("/tmp/seeds", "/tmp/w.duckdb")
    checks = {
        spec.key.name: spec
        for checks_def in defs.asset_checks
        for spec in checks_def.check_specs
    }
    assert not checks["facts_schema_valid"].blocking
    assert checks["facts_schema_valid"].asset_key == dg.AssetKey("extracted_facts")
    assert checks["schema_valid"].blocking
    assert not checks["articles_schema_valid"].blocking


def test_paths_come_from_arguments_then_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("BPJS_SEEDS_DIR", str(tmp_path / "env_seeds"))
    monkeypatch.setenv("BPJS_WAREHOUSE", str(tmp_path / "env" / "x.duckdb"))
    from_env = PipelinePaths.resolve()
    assert from_env.seeds_path == tmp_path / "env_seeds"
    assert from_env.staging_path == tmp_path / "env" / "x.staging.duckdb"
    explicit = PipelinePaths.resolve(tmp_path / "arg_seeds", tmp_path / "arg.duckdb")
    assert explicit.seeds_path == tmp_path / "arg_seeds"
    assert explicit.warehouse_path == tmp_path / "arg.duckdb"
    monkeypatch.delenv("BPJS_SEEDS_DIR")
    monkeypatch.chdir(tmp_path)
    assert PipelinePaths.resolve().seeds_path == tmp_path / "seeds"
    assert PipelinePaths.resolve().warehouse_path == tmp_path / "env" / "x.duckdb"


def test_the_staging_store_is_a_duckdb_resource(tmp_path):
    """The assets reach the staging file through dagster-duckdb's DuckDBResource."""
    from dagster_duckdb import DuckDBResource

    defs = build_definitions(tmp_path / "seeds", tmp_path / "w.duckdb")
    resource = defs.resources["staging_duckdb"]
    assert isinstance(resource, DuckDBResource)
    assert Path(resource.database) == tmp_path / "w.staging.duckdb"
    store = resource.store()
    with store.connection() as con:
        tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"raw_articles", "cleaned_articles", "facts", "quarantine"} <= tables
    with resource.get_connection(read_only=True) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone() == (0,)
