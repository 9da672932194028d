"""The automation wiring: checks' severities, the daily schedule, the freshness policy, the sensor."""
from __future__ import annotations

from datetime import timedelta

import dagster as dg
import pytest

from bpjs_pipeline.orchestration.automation import (
    DAILY_JOB_NAME,
    FRESHNESS_ENV,
    freshness_policy,
    freshness_window,
)
from bpjs_pipeline.orchestration.definitions import build_definitions
from bpjs_pipeline.orchestration.execute import run_pipeline


def specs(defs: dg.Definitions) -> dict[tuple[str, str], dg.AssetCheckSpec]:
    return {
        (spec.asset_key.to_user_string(), spec.name): spec
        for checks_def in defs.asset_checks
        for spec in checks_def.check_specs
    }


def test_checks_and_their_blocking():
    defs = build_definitions("/tmp/seeds", "/tmp/w.duckdb")
    by_key = specs(defs)
    relations = ("articles", "quarantine", "fact_participants", "fact_funds", "fact_targets",
                 "participants_by_year", "funds_by_year", "targets_by_year", "target_progress", "conflicts",
                 "corrections")
    for relation in relations:
        assert by_key[(f"warehouse/{relation}", "schema_valid")].blocking
    # a fact the schema refuses is a reject, not a reason to hold back the other articles
    for key in [("extracted_facts", "facts_schema_valid"), ("warehouse/conflicts", "sources_agree"), ("warehouse/articles", "every_article_has_facts"),
                ("warehouse/corrections", "corrections_apply"),
                ("extracted_facts", "no_extraction_regression"),
                *[(f"warehouse/fact_{t}", "plausible_values") for t in ("participants", "funds", "targets")],
                *[(f"warehouse/{t}_by_year", "plausible_year_on_year") for t in ("participants", "funds", "targets")]]:
        assert not by_key[key].blocking, key
        assert by_key[key].description


def test_sensor_and_schedule_run_by_default_in_jakarta_time():
    defs = build_definitions("/tmp/seeds", "/tmp/w.duckdb")
    sensor = defs.resolve_sensor_def("seed_files_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    schedule = defs.resolve_schedule_def("daily_warehouse_checks")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.execution_timezone == "Asia/Jakarta" and schedule.cron_schedule == "0 6 * * *"
    assert schedule.job_name == DAILY_JOB_NAME


def test_daily_job_publishes_what_changed_and_always_checks_freshness(tmp_path, seeds_copy, monkeypatch):
    warehouse = tmp_path / "bpjs.duckdb"
    defs = build_definitions(seeds_copy, warehouse)
    job = defs.resolve_job_def(DAILY_JOB_NAME)
    graph = defs.resolve_asset_graph()
    warehouse_checks = {k for k in graph.asset_check_keys if k.asset_key.path[0] == "warehouse"}
    fresh = dg.AssetCheckKey(dg.AssetKey("extracted_facts"), "articles_fresh")
    with dg.DagsterInstance.ephemeral() as instance:
        run_pipeline(seeds_copy, warehouse, instance)
        warehouse.unlink()  # the schedule's run publishes it again from staging
        result = job.execute_in_process(instance=instance)
        assert result.success
        evaluated = {e.asset_check_key for e in result.get_asset_check_evaluations()}
        assert evaluated == warehouse_checks | {fresh}
        materialized = {e.asset_key for e in result.get_asset_materialization_events()}
        assert all(k.path[0] == "warehouse" for k in materialized) and len(materialized) == 11
        assert warehouse.exists()

        # The next day, nothing changed: nothing published, only the check that depends on time,
        # which fails once no article has been processed for the window.
        monkeypatch.setenv(FRESHNESS_ENV, str(1 / 60))
        import time

        import bpjs_pipeline.orchestration.automation as automation

        later = time.time() + 120
        monkeypatch.setattr(automation, "now", lambda: later)
        quiet = job.execute_in_process(instance=instance)
        assert quiet.success and quiet.get_asset_materialization_events() == []
        (evaluation,) = quiet.get_asset_check_evaluations()
        assert evaluation.asset_check_key == fresh and not evaluation.passed
        assert instance.get_run_by_id(quiet.run_id).tags["bpjs/warehouse"] == "unchanged"


def test_freshness_policy_window_from_the_environment(monkeypatch):
    monkeypatch.delenv(FRESHNESS_ENV, raising=False)
    assert freshness_window() == timedelta(hours=48)
    monkeypatch.setenv(FRESHNESS_ENV, "6")
    policy = freshness_policy()
    assert policy.fail_window.to_timedelta() == timedelta(hours=6)
    assert policy.warn_window.to_timedelta() == timedelta(hours=3)
    assert freshness_window("0.5") == timedelta(minutes=30)
    for bad in ("soon", "0", "-1"):
        with pytest.raises(ValueError):
            freshness_window(bad)
    defs = build_definitions("/tmp/seeds", "/tmp/w.duckdb")
    node = defs.resolve_asset_graph().get(dg.AssetKey("extracted_facts"))
    assert node.freshness_policy == policy


def test_freshness_policy_evaluates_pass_then_fail(tmp_path, seeds_copy, monkeypatch):
    """Dagster's own evaluator (what the freshness daemon runs under `make ui`) on a real
    materialization; only its clock is moved forward past the window."""
    import asyncio
    import time

    import dagster._core.definitions.freshness_evaluator as evaluator
    from dagster._core.definitions.freshness import FreshnessState
    from dagster._core.loader import LoadingContextForTest

    monkeypatch.setenv(FRESHNESS_ENV, str(1 / 60))  # one minute
    with dg.DagsterInstance.ephemeral() as instance:
        defs = build_definitions(seeds_copy, tmp_path / "bpjs.duckdb")
        node = defs.resolve_asset_graph().get(dg.AssetKey("extracted_facts"))
        evaluate = lambda: asyncio.run(  # noqa: E731
            evaluator.TimeWindowFreshnessPolicyEvaluator().evaluate_freshness(LoadingContextForTest(instance), node)
        )
        assert evaluate() == FreshnessState.UNKNOWN  # never materialized
        run_pipeline(seeds_copy, tmp_path / "bpjs.duckdb", instance)
        assert evaluate() == FreshnessState.PASS
        later = time.time() + 120
        monkeypatch.setattr(evaluator, "get_current_timestamp", lambda: later)
        assert evaluate() == FreshnessState.FAIL
