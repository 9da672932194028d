"""The `bpjs-pipeline` command line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bpjs_pipeline.cli import main

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bpjs_pipeline.cli", *args],
        capture_output=True, text=True, timeout=300, env=env, cwd=cwd or PROJECT_ROOT,
    )


@pytest.fixture(scope="module")
def pipeline_env(tmp_path_factory):
    """`bpjs-pipeline run` in a subprocess, with paths only from BPJS_SEEDS_DIR / BPJS_WAREHOUSE."""
    import shutil

    from conftest import SEEDS_DIR

    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(SEEDS_DIR, root / "seeds")
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update(BPJS_SEEDS_DIR=str(root / "seeds"), BPJS_WAREHOUSE=str(root / "out" / "bpjs.duckdb"))
    result = cli("run", env=env)
    return root, env, result


def test_run_uses_the_environment_and_prints_a_summary(pipeline_env):
    root, _, result = pipeline_env
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    articles = len(list((root / "seeds").glob("*.txt")))
    assert f"articles read: {articles}" in out
    assert "quarantined files: 0" in out
    assert "facts: participants " in out and "funds " in out and "targets " in out
    assert "check extracted_facts:facts_schema_valid: passed" in out
    assert "check cleaned_articles:articles_schema_valid: passed" in out
    assert (root / "out" / "bpjs.duckdb").exists()
    assert (root / "out" / "bpjs.staging.duckdb").exists()


def test_sql_formats(pipeline_env, capsys, monkeypatch):
    root, env, _ = pipeline_env
    monkeypatch.setenv("BPJS_WAREHOUSE", env["BPJS_WAREHOUSE"])
    query = "SELECT article_id, published_on, fact_count FROM articles ORDER BY article_id LIMIT 1"
    assert main(["sql", query, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [{"article_id": "000_7ee6b9d7b46a30da", "published_on": "2023-05-12", "fact_count": rows[0]["fact_count"]}]
    assert rows[0]["fact_count"] > 0
    assert main(["sql", query, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "article_id,published_on,fact_count"
    assert main(["sql", "SELECT target_value FROM target_progress WHERE target_year = 2026 "
                        "AND metric = 'active_participants'", "--warehouse", env["BPJS_WAREHOUSE"]]) == 0
    table = capsys.readouterr().out
    assert "70000000" in table and "(1 row)" in table


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM articles",
        "DROP TABLE articles",
        "CREATE TABLE x AS SELECT 1",
        "INSERT INTO articles SELECT * FROM articles",
        "COPY articles TO 'leak.csv'",
        "ATTACH 'other.duckdb'",
        "SELECT 1; DELETE FROM articles",
        "INSTALL httpfs",
    ],
)
def test_sql_refuses_anything_but_one_read(pipeline_env, capsys, statement):
    _, env, _ = pipeline_env
    code = main(["sql", statement, "--warehouse", env["BPJS_WAREHOUSE"]])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ")
    assert main(["sql", "SELECT count(*) AS n FROM articles", "--warehouse", env["BPJS_WAREHOUSE"],
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] != "0"


def test_sql_cannot_read_other_files(pipeline_env, capsys, tmp_path):
    _, env, _ = pipeline_env
    other = tmp_path / "secret.csv"
    other.write_text("a\n1\n")
    assert main(["sql", f"SELECT * FROM read_csv('{other}')", "--warehouse", env["BPJS_WAREHOUSE"]]) == 1
    assert "error" in capsys.readouterr().err


def test_sql_without_a_warehouse(tmp_path, capsys):
    assert main(["sql", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "run `bpjs-pipeline run` first" in capsys.readouterr().err


def test_run_reports_a_missing_seeds_folder(tmp_path, capsys):
    assert main(["run", "--seeds", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "seeds folder not found" in capsys.readouterr().err


def test_extract_delegates_to_the_runner(tmp_path):
    from conftest import SEEDS_DIR

    out = tmp_path / "out"
    paths = sorted(str(p) for p in SEEDS_DIR.glob("*.txt"))
    assert main(["extract", *paths, "--out", str(out)]) == 0
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text().splitlines()]
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert {a["article_id"] for a in articles} == {Path(p).stem for p in paths}
    assert any(f["table"] == "targets" and f["value"] == 70_000_000 and f["year"] == 2026 for f in facts)


def test_extract_compiles_the_patterns_before_the_first_articles_budget_starts(tmp_path, monkeypatch):
    """The one-time compiling of the lexicon's patterns is no article's work: it happens before any budget starts."""
    import bpjs_pipeline.batch as batch
    import bpjs_pipeline.budget as budget
    from conftest import SEEDS_DIR

    calls: list[str] = []
    warm, timed = batch.load_patterns, budget.within_budget
    monkeypatch.setattr(batch, "load_patterns", lambda: (calls.append("patterns"), warm())[1])
    monkeypatch.setattr(budget, "within_budget", lambda *a, **k: (calls.append("budget"), timed(*a, **k))[1])
    paths = sorted(str(p) for p in SEEDS_DIR.glob("*.txt"))[:2]
    assert main(["extract", *paths, "--out", str(tmp_path / "out")]) == 0
    assert calls[0] == "patterns" and calls.count("patterns") == 1 and calls.count("budget") == 4


def test_help_lists_every_command():
    result = cli("--help")
    assert result.returncode == 0
    for command in ("run", "sql", "extract", "evaluate"):
        assert command in result.stdout
