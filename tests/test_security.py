"""`bpjs-pipeline sql` cannot change the warehouse or read other files unless asked; the UI
binds to 127.0.0.1; no file name or partition key makes the pipeline read outside seeds/."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from bpjs_pipeline.ingest.discover import seed_file_for_key
from bpjs_pipeline.ingest.partition_keys import partition_key_for
from corpus import PROJECT_ROOT, SEEDS_DIR, checksums


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    from bpjs_pipeline.orchestration.execute import run_pipeline

    root = tmp_path_factory.mktemp("security")
    shutil.copytree(SEEDS_DIR, root / "seeds")
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(root / "seeds", root / "bpjs.duckdb", instance).success
    return root / "bpjs.duckdb"


def sql(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bpjs_pipeline.cli", "sql", *args], cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("statement, word", [  # word: DuckDB's statement type
    ("DROP TABLE articles", "DROP"),
    ("DELETE FROM fact_targets", "DELETE"),
    ("INSERT INTO articles SELECT * FROM articles", "INSERT"),
    ("UPDATE articles SET title = 'x'", "UPDATE"),
    ("CREATE TABLE x AS SELECT 1", "CREATE"),
    ("COPY articles TO '{out}'", "COPY"),
    ("COPY (SELECT * FROM articles) TO '{out}' (FORMAT csv)", "COPY"),
    ("EXPORT DATABASE '{dir}'", "EXPORT"),
    ("ATTACH '{dir}/other.duckdb' AS other", "ATTACH"),
    ("INSTALL httpfs", "LOAD"),
    ("LOAD httpfs", "LOAD"),
    ("SET enable_external_access = true", "SET"),
    ("PRAGMA enable_profiling", "PRAGMA"),
    ("CHECKPOINT", "CALL"),
    ("EXPLAIN ANALYZE COPY (SELECT 'x' AS x) TO '{out}' (FORMAT csv)", "COPY"),
    ("SELECT 1; DROP TABLE articles", None),
])
def test_sql_refuses_every_change_with_a_clear_message(warehouse, tmp_path, statement, word):
    before = checksums(warehouse)
    out = tmp_path / "leak.csv"
    result = sql(statement.format(out=out, dir=tmp_path), "--warehouse", str(warehouse),
                 "--allow-external-files")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ")
    if word:
        assert f"statement (DuckDB statement type {word}) is not a read statement" in result.stderr
        assert "cannot change anything" in result.stderr
    else:
        assert "exactly one statement" in result.stderr
    assert checksums(warehouse) == before
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("query", [
    "SELECT * FROM read_csv('{csv}')",
    "SELECT * FROM '{csv}'",
    "SELECT content FROM read_text('{csv}')",
    "SELECT * FROM glob('{dir}/*')",
    "SELECT * FROM read_blob('/etc/hostname')",
])
def test_sql_reads_other_files_only_when_allowed(warehouse, tmp_path, query):
    secret = tmp_path / "secret.csv"
    secret.write_text("token\nhunter2\n")
    text = query.format(csv=secret, dir=tmp_path)
    refused = sql(text, "--warehouse", str(warehouse), "--format", "csv")
    assert refused.returncode == 1
    assert "disabled by configuration" in refused.stderr and "--allow-external-files" in refused.stderr
    assert "hunter2" not in refused.stdout
    allowed = sql(text, "--warehouse", str(warehouse), "--format", "csv", "--allow-external-files")
    assert allowed.returncode == 0, allowed.stderr
    if "secret" in text:
        assert "hunter2" in allowed.stdout or "secret.csv" in allowed.stdout


def test_sql_cannot_unlock_its_configuration(warehouse):
    from bpjs_pipeline.warehouse import open_read_only

    con = open_read_only(warehouse)
    try:
        with pytest.raises(Exception, match="locked"):
            con.execute("SET enable_external_access = true")
        with pytest.raises(Exception, match="read-only"):
            con.execute("DELETE FROM articles")
    finally:
        con.close()


def test_partition_keys_cannot_name_files_outside_the_folder(tmp_path):
    for key in ("..", "..~2Fsecret", "~2Fetc~2Fpasswd", "sub~2Fnested", ".hidden", "a~00b"):
        with pytest.raises(ValueError):
            seed_file_for_key(tmp_path, key)
    assert seed_file_for_key(tmp_path, partition_key_for("-a, b ë")).path == tmp_path / "-a, b ë.txt"


def test_a_file_named_by_hand_reads_nothing_outside(tmp_path):
    """A file named by hand in the launchpad (the `article_selection` resource) that points
    outside seeds/ is refused, and so is a batch made by hand: it holds no file."""
    from bpjs_pipeline.orchestration.definitions import build_definitions
    from bpjs_pipeline.orchestration.jobs import JOB_NAME
    from bpjs_pipeline.settings import staging_path_for
    from bpjs_pipeline.warehouse import StagingStore

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "secret.txt").write_text("BPJS Ketenagakerjaan peserta aktif 99,99 juta pada 2023.")
    batch = "..~2Fsecret"
    warehouse = tmp_path / "out" / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        instance.add_dynamic_partitions("batches", [batch])
        job = build_definitions(seeds, warehouse).resolve_job_def(JOB_NAME)
        named = job.execute_in_process(
            instance=instance, partition_key=batch, raise_on_error=False,
            run_config={"resources": {"article_selection": {"config": {"files": ["../secret.txt", "/tmp/x.txt"]}}}})
        logs = " ".join(r.user_message for r in instance.all_logs(named.run_id))
        unnamed = job.execute_in_process(instance=instance, partition_key=batch, raise_on_error=False)
    assert named.success and unnamed.success
    assert "'../secret.txt' does not name a file in the seeds folder" in logs
    store = StagingStore(staging_path_for(warehouse))
    assert store.frame("SELECT count(*) AS n FROM raw_articles")["n"].iloc[0] == 0
    assert store.frame("SELECT count(*) AS n FROM quarantine")["n"].iloc[0] == 0


def test_make_ui_binds_to_localhost_by_default():
    env = {k: v for k, v in os.environ.items() if k not in ("UI_HOST", "UI_PORT")}
    dry = subprocess.run(["make", "-n", "ui"], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env,
                         timeout=60)
    assert dry.returncode == 0, dry.stderr
    command = dry.stdout.replace("\\\n", " ")
    line = next(l for l in command.splitlines() if "dagster dev" in l)
    assert re.search(r"\s-h 127\.0\.0\.1\s", line + " "), line
    assert "0.0.0.0" not in command


def _listening(port: int) -> set[str]:
    """Local addresses listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                if width == 8:
                    found.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
                else:
                    found.add("::" if set(address) == {"0"} else address)
    return found


@pytest.mark.xdist_group("dagster_ui")
def test_the_ui_command_of_make_ui_listens_on_localhost_only(ui_server, tmp_path):
    """The `dagster dev` command `make ui` runs binds 127.0.0.1 unless told otherwise (from
    `make -n`, so no reinstall happens here), and the UI that `make ui` started with the
    Makefile's defaults (the shared `ui_server`) listens there only, by the kernel's socket table."""
    dry = subprocess.run(["make", "-n", "ui", f"UI_PORT={ui_server.port}", f"DAGSTER_HOME_DIR={tmp_path}"],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    command = next(l for l in dry.stdout.replace("\\\n", " ").splitlines() if "dagster dev" in l)
    assert f"DAGSTER_HOME={tmp_path}" in command
    assert f"-h 127.0.0.1 -p {ui_server.port}" in command
    assert _listening(ui_server.port) == {"127.0.0.1"}
