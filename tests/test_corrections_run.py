"""A person's corrections file applied by a real run on the seeds: a rejection, a changed year,
a stale row and a bad row; the run succeeds and the check `corrections_apply` warns."""
from __future__ import annotations

import dagster as dg

from bpjs_pipeline.orchestration.execute import run_pipeline

from test_warehouse import query


def test_a_run_applies_the_corrections_beside_the_seeds(tmp_path, seeds_copy):
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(seeds_copy, warehouse, instance).success
        (rejected,) = query(warehouse, "SELECT article_id, value, value_start FROM fact_targets "
                                       "ORDER BY value DESC, article_id LIMIT 1")
        changed = query(warehouse, "SELECT article_id, value, value_start, year FROM fact_participants "
                                   "WHERE as_of IS NULL ORDER BY article_id, value_start LIMIT 1")[0]
        before = query(warehouse, "SELECT count(*) FROM fact_targets")[0][0]
        (seeds_copy.parent / "corrections.csv").write_text(
            "article_id,value,value_start,action,year,note\n"
            f"{rejected[0]},{rejected[1]!r},,reject,,not what the article means\n"
            f"{changed[0]},,{changed[2]},change,{changed[3] - 1},the year before\n"
            f"{changed[0]},123,,reject,,a figure that is not there\n"
            "nobody,,,explode,,\n", encoding="utf-8")
        summary = run_pipeline(seeds_copy, warehouse, instance)
        assert summary.success and summary.checks_passed
        check = {(c.asset, c.name): c for c in summary.checks}[("warehouse/corrections", "corrections_apply")]
        assert not check.passed and check.severity == "WARN" and check.failure_cases == 2
    assert query(warehouse, "SELECT count(*) FROM fact_targets")[0][0] == before - 1
    assert query(warehouse, f"SELECT count(*) FROM fact_targets WHERE article_id = '{rejected[0]}' "
                            f"AND value_start = {rejected[2]}") == [(0,)]
    assert query(warehouse, f"SELECT year, corrected, original_year, correction_note FROM fact_participants "
                            f"WHERE article_id = '{changed[0]}' AND value_start = {changed[2]}") == [
        (changed[3] - 1, True, changed[3], "the year before")]
    statuses = query(warehouse, "SELECT line, status FROM corrections ORDER BY line")
    assert [s for _, s in statuses[:3]] == ["applied", "applied", "matches no extracted figure"]
    assert statuses[3][1].startswith("invalid: action must be accept, reject or change")
