"""`bpjs-pipeline sql` only reads, by construction: every statement is typed by DuckDB's parser,
nothing but a query (or EXPLAIN of one) runs, no file is ever written, no file beside the
warehouse is reachable without `--allow-external-files`, and time, memory and Ctrl-C stop it."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from bpjs_pipeline.cli import main
from bpjs_pipeline.warehouse.query import NotAReadQuery, check_read_only, memory_limit_bytes

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def place(tmp_path) -> dict[str, Path]:
    """A warehouse with its staging store, and files beside it that a query must not reach:
    its `.wal`, `.wal.checkpoint`, a file in its `.tmp/` folder and an unrelated CSV."""
    warehouse = tmp_path / "bpjs.duckdb"
    con = duckdb.connect(str(warehouse))
    con.execute("CREATE TABLE articles AS SELECT * FROM (VALUES ('a', 2022, 3), ('b', 2023, 5)) "
                "AS t(article_id, year, fact_count)")
    con.close()
    staging = tmp_path / "bpjs.staging.duckdb"
    con = duckdb.connect(str(staging))
    con.execute("CREATE TABLE raw_articles AS SELECT 'a' AS article_id")
    con.close()
    (tmp_path / "bpjs.duckdb.wal").write_text("wal-secret")
    (tmp_path / "bpjs.duckdb.wal.checkpoint").write_text("checkpoint-secret")
    (tmp_path / "bpjs.duckdb.tmp").mkdir()
    (tmp_path / "bpjs.duckdb.tmp" / "spill.csv").write_text("x\ntmp-secret\n")
    (tmp_path / "other.csv").write_text("x\nother-secret\n")
    return {"dir": tmp_path, "W": warehouse, "S": staging}


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (recursively) with the sha256 of its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def run_sql(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["sql", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# Statements that try to write, change settings or run something: all refused (exit 2) with and
# without --allow-external-files, and no file anywhere changes.
WRITE_ATTEMPTS = [
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{W}' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{S}' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{W}.wal' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{W}.wal.checkpoint' (FORMAT csv)",
    "EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{W}.tmp/new.csv' (FORMAT csv)",
    "EXPLAIN ANALYSE COPY articles TO '{dir}/out.csv'",
    "/* a */ EXPLAIN /* b */ ANALYZE -- c\n COPY articles TO '{dir}/out.csv'",
    "EXPLAIN (ANALYZE) COPY articles TO '{dir}/out.csv'",
    "EXPLAIN (ANALYZE, FORMAT json) COPY articles TO '{dir}/out.csv'",
    "EXPLAIN COPY articles TO '{dir}/out.csv'",
    "EXPLAIN ANALYZE CREATE TEMP TABLE x AS SELECT 1",
    "EXPLAIN ANALYZE CHECKPOINT",
    "EXPLAIN ANALYZE VACUUM",
    "EXPLAIN ANALYZE CALL pragma_version()",
    "EXPLAIN ANALYZE PREPARE p AS SELECT 1",
    "EXPLAIN ANALYZE INSERT INTO articles VALUES ('c', 2024, 1)",
    "EXPLAIN ANALYZE EXPORT DATABASE '{dir}/export'",
    "EXPLAIN ANALYZE ATTACH '{dir}/new.duckdb' AS other",
    "COPY articles TO '{dir}/out.csv'",
    "COPY (SELECT * FROM articles) TO '{W}' (FORMAT csv)",
    "COPY articles FROM '{dir}/other.csv'",
    "EXPORT DATABASE '{dir}/export'",
    "ATTACH '{dir}/new.duckdb' AS other",
    "DETACH DATABASE bpjs",
    "INSTALL httpfs",
    "LOAD httpfs",
    "UPDATE EXTENSIONS",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "SET VARIABLE x = 1",
    "USE memory",
    "PRAGMA enable_profiling",
    "CHECKPOINT",
    "FORCE CHECKPOINT",
    "CALL pragma_version()",
    "VACUUM",
    "ANALYZE",
    "BEGIN TRANSACTION",
    "PREPARE p AS SELECT 1",
    "EXECUTE p",
    "CREATE TEMP TABLE x AS SELECT 1",
    "CREATE MACRO m(a) AS a",
    "CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'k', SECRET 'v')",
    "DROP TABLE articles",
    "ALTER TABLE articles RENAME TO gone",
    "DELETE FROM articles",
    "UPDATE articles SET year = 1",
    "INSERT INTO articles VALUES ('c', 2024, 1)",
    "WITH x AS (SELECT 1) INSERT INTO articles SELECT 'c', 2024, 1",
    "MERGE INTO articles USING articles AS s ON false WHEN NOT MATCHED THEN INSERT VALUES ('c', 1, 1)",
    "COPY FROM DATABASE bpjs TO memory",
    "SELECT 1; COPY articles TO '{dir}/out.csv'",
    "SELECT 1; SELECT 2",
    "",
]


@pytest.mark.parametrize("allow", [False, True], ids=["no-flag", "allow-external-files"])
@pytest.mark.parametrize("statement", WRITE_ATTEMPTS)
def test_every_write_attempt_is_refused_and_changes_nothing(place, capsys, statement, allow):
    before = snapshot(place["dir"])
    text = statement.format(**{k: str(v) for k, v in place.items()})
    args = [text, "--warehouse", str(place["W"])] + (["--allow-external-files"] if allow else [])
    code, out, err = run_sql(capsys, *args)
    assert code == 2, (code, out, err)
    assert err.startswith("error: ") and "Traceback" not in err
    assert snapshot(place["dir"]) == before  # refused before any connection: nothing could change


@pytest.mark.parametrize("statement, named", [
    ("/* hello */ DROP TABLE articles", "a DROP statement (DuckDB statement type DROP)"),
    ("-- note\nCOPY articles TO 'x.csv'", "a COPY statement (DuckDB statement type COPY)"),
    ("CHECKPOINT", "a CALL statement (DuckDB statement type CALL)"),
    ("(((DELETE FROM articles)))", None),
    ("EXPLAIN ANALYZE /* x */ VACUUM", "an EXPLAIN ANALYZE of a VACUUM statement"),
    ("UPDATE EXTENSIONS", "a statement of a type this command does not know"),
])
def test_refusals_name_the_statement_type(statement, named):
    with pytest.raises(NotAReadQuery) as refused:
        check_read_only(statement)
    message = str(refused.value)
    if named:
        assert f"refused: {named}" in message, message
    assert "/*" not in message.split("is not a read statement")[0]


@pytest.mark.parametrize("statement, kind", [
    ("SELECT 1", "SELECT"),
    ("/* c */ WITH a AS (SELECT 1) SELECT * FROM a", "SELECT"),
    ("FROM articles", "SELECT"),
    ("SUMMARIZE articles", "SELECT"),
    ("DESCRIBE articles", "SELECT"),
    ("SHOW TABLES", "SELECT"),
    ("PIVOT articles ON year USING sum(fact_count)", "PIVOT"),
    ("UNPIVOT articles ON year, fact_count INTO NAME k VALUE v", "SELECT"),
    ("EXPLAIN SELECT * FROM articles", "EXPLAIN"),
    ("EXPLAIN ANALYZE SELECT count(*) FROM articles", "EXPLAIN ANALYZE"),
])
def test_reads_are_accepted_and_run(place, capsys, statement, kind):
    assert check_read_only(statement).kind == kind
    code, out, err = run_sql(capsys, statement, "--warehouse", str(place["W"]), "--format", "csv")
    assert code == 0, err
    assert out.strip()


def test_pivot_gives_one_column_per_year(place, capsys):
    code, out, _ = run_sql(capsys, "PIVOT articles ON year USING sum(fact_count) GROUP BY article_id "
                                   "ORDER BY article_id", "--warehouse", str(place["W"]), "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "article_id,2022,2023"


# Reads of files other than the warehouse: refused without the flag (exit 1 and a hint), the
# secret never printed; with the flag they work.
READ_ATTEMPTS = [
    ("SELECT content FROM read_text('{W}.wal')", "wal-secret"),
    ("SELECT content FROM read_text('{W}.wal.checkpoint')", "checkpoint-secret"),
    ("SELECT * FROM read_csv('{W}.tmp/spill.csv')", "tmp-secret"),
    ("SELECT * FROM glob('{W}.tmp/*')", "spill.csv"),
    ("SELECT * FROM glob('{dir}/*')", "other.csv"),
    ("SELECT * FROM read_csv('{dir}/other.csv')", "other-secret"),
    ("SELECT * FROM '{dir}/other.csv'", "other-secret"),
    ("SELECT content FROM read_text('{dir}/other.csv')", "other-secret"),
    ("SELECT size FROM read_blob('{S}')", None),
    ("SELECT * FROM read_blob('{W}')", None),
    ("SELECT * FROM query('SELECT * FROM read_csv(''{dir}/other.csv'')')", "other-secret"),
]


@pytest.mark.parametrize("query, secret", READ_ATTEMPTS)
def test_no_file_but_the_warehouse_is_reachable_without_the_flag(place, capsys, query, secret):
    before = snapshot(place["dir"])
    text = query.format(**{k: str(v) for k, v in place.items()})
    code, out, err = run_sql(capsys, text, "--warehouse", str(place["W"]), "--format", "csv")
    assert code == 1, (out, err)
    assert "disabled by configuration" in err and "--allow-external-files" in err
    if secret:
        assert secret not in out
    if secret and "wal" not in query and "query(" not in query:
        allowed = run_sql(capsys, text, "--warehouse", str(place["W"]), "--format", "csv",
                          "--allow-external-files")
        assert allowed[0] == 0 and secret in allowed[1]
    assert snapshot(place["dir"]) == before


def test_the_configuration_cannot_be_unlocked_or_spill_to_disk(place, capsys):
    code, out, _ = run_sql(capsys, "SELECT current_setting('temp_directory') AS t, "
                                   "current_setting('lock_configuration') AS l, "
                                   "current_setting('enable_external_access') AS e",
                           "--warehouse", str(place["W"]), "--format", "csv")
    assert code == 0
    assert out.splitlines()[1] == ",True,False"
    from bpjs_pipeline.warehouse import open_query_connection

    handle = open_query_connection(place["W"])
    try:
        with pytest.raises(duckdb.Error, match="locked"):
            handle.con.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error, match="read-only"):
            handle.con.execute("DELETE FROM articles")
    finally:
        handle.close()
    assert not handle.folder.exists()


def test_a_slow_query_stops_at_the_time_limit(place, capsys):
    """A query that would take hours ends with the limit's message (only the limit writes it)."""
    code, _, err = run_sql(capsys, "SELECT count(*) FROM range(100000000) AS a, range(100000000) AS b",
                           "--warehouse", str(place["W"]), "--timeout", "1")
    assert code == 1
    assert "ran longer than 1 s" in err and "--timeout" in err


def test_a_greedy_query_stops_at_the_memory_limit(place, capsys):
    code, _, err = run_sql(capsys, "SELECT list(range) FROM range(200000000)",
                           "--warehouse", str(place["W"]), "--memory-limit", "64MB")
    assert code == 1
    assert "more memory than its limit" in err and "--memory-limit" in err


def test_memory_limit_sizes():
    assert memory_limit_bytes("2GB") == 2 * 10**9
    assert memory_limit_bytes("512MiB") == 512 * 2**20
    assert 0 < memory_limit_bytes(None) < memory_limit_bytes("100%")
    with pytest.raises(ValueError, match="--memory-limit"):
        memory_limit_bytes("lots")


def test_bad_limits_are_refused(place, capsys):
    for option, value in [("--memory-limit", "lots"), ("--timeout", "0"), ("--timeout", "nan"),
                          ("--timeout", "inf"), ("--max-rows", "0"), ("--memory-limit", "100000TB")]:
        code, _, err = run_sql(capsys, "SELECT 1", "--warehouse", str(place["W"]), option, value)
        assert code == 2 and err.startswith("error: ") and option in err, (option, value, err)
    code, _, err = run_sql(capsys, "SELECT 1", "--warehouse", str(place["dir"]))
    assert code == 2 and "is not a file" in err


def test_a_query_that_is_not_utf8_is_refused(place, capsys):
    """An argument of bytes that are not UTF-8 (Python hands it over with surrogates)."""
    code, _, err = run_sql(capsys, "SELECT '\udcff'", "--warehouse", str(place["W"]))
    assert code == 2 and "not valid UTF-8" in err and "Traceback" not in err


def test_a_query_duckdb_cannot_interrupt_is_abandoned_at_the_time_limit(place, capsys):
    """A levenshtein over long strings runs in one uninterruptible call: its process is killed."""
    started = time.monotonic()
    code, _, err = run_sql(capsys, "SELECT levenshtein(repeat('ab', 40000), repeat('ba', 40000))",
                           "--warehouse", str(place["W"]), "--timeout", "1")
    assert code == 1 and "ran longer than 1 s" in err
    assert time.monotonic() - started < 30


def test_formatting_counts_toward_the_time_limit(place, capsys):
    code, out, err = run_sql(capsys, "SELECT range AS n, range::VARCHAR || ' rupiah' AS t FROM range(2000000)",
                             "--warehouse", str(place["W"]), "--timeout", "1", "--max-rows", "5000000")
    assert code == 1 and "ran longer than 1 s" in err


def test_a_huge_value_stops_at_the_memory_limit(place, capsys):
    """DuckDB's memory_limit lets a 400 MB string through: the query's process has its own cap."""
    code, out, err = run_sql(capsys, "SELECT repeat('x', 400000000) AS s", "--warehouse", str(place["W"]),
                             "--memory-limit", "100MB")
    assert code == 1 and "more memory than its limit of 95 MiB" in err and len(out) < 1000


def test_the_output_is_capped_in_rows_and_bytes(place, capsys):
    code, out, err = run_sql(capsys, "SELECT range AS n FROM range(15000000)", "--warehouse", str(place["W"]),
                             "--format", "csv", "--max-rows", "1000")
    assert code == 1 and "more than 1000 rows" in err and "--max-rows" in err
    assert out.splitlines() == ["n"] + [str(i) for i in range(1000)]  # streamed up to the cap
    code, out, err = run_sql(capsys, "SELECT range AS n FROM range(10)", "--warehouse", str(place["W"]),
                             "--format", "json", "--max-rows", "3")
    assert code == 1 and json.loads(out) == [{"n": 0}, {"n": 1}, {"n": 2}]
    code, out, err = run_sql(capsys, "SELECT repeat('x', 30000000) AS s", "--warehouse", str(place["W"]),
                             "--memory-limit", "100MB")
    assert code == 1 and "larger than 24 MiB of output" in err and len(out) < 1000


def test_a_table_shows_control_and_bidirectional_characters_as_escapes(place, capsys):
    code, out, _ = run_sql(capsys, "SELECT 'x.txt' || chr(10) || 'run 0: succeeded' || chr(27) || '[31m' "
                                   "|| chr(8238) || 'txt' AS \"file\nname\"", "--warehouse", str(place["W"]))
    assert code == 0
    assert out.splitlines()[0].startswith("| file\\nname ")
    assert "\x1b" not in out and "\u202e" not in out and "run 0: succeeded\\x1b[31m\\u202etxt" in out
    assert len(out.splitlines()) == 4  # header, rule, one row, the count


def _children(pid: int) -> list[int]:
    found = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except FileNotFoundError:  # the process is gone
        return found
    for task in tasks:
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):  # a thread that ended since the listing
            continue
    return found


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM", "SIGKILL"])
def test_a_stopped_query_leaves_no_process_and_no_link(place, tmp_path, how):
    """Ctrl-C (SIGINT, also when started with SIGINT ignored, as a background job) and SIGTERM
    exit 130; after them and after SIGKILL of the command, the query's process is gone and no
    hard link to the warehouse is left in the temporary folder."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    stale = temp / ".bpjs-sql-999999999-left"  # left by a process long gone: removed too
    stale.mkdir()
    os.link(place["W"], stale / "warehouse.duckdb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bpjs_pipeline.cli", "sql",
         "SELECT count(*) FROM range(100000000) AS a, range(100000000) AS b", "--warehouse", str(place["W"])],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TMPDIR": str(temp)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    deadline = time.monotonic() + 120  # a hang guard
    while not (_children(proc.pid) and not list(temp.iterdir())):  # the query runs, its link is gone
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    (child,) = _children(proc.pid)
    sent = time.monotonic()
    proc.send_signal(getattr(signal, how))
    out, err = proc.communicate(timeout=60)  # a hang guard; the query alone would take hours
    if how == "SIGKILL":
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 130, err
        assert "interrupted" in err and "Traceback" not in err
    while not _gone(child):
        assert time.monotonic() - sent < 60, "the query's process outlived the command"  # a hang guard
        time.sleep(0.05)
    assert list(temp.iterdir()) == []
