"""Per-article work on a real Dask cluster: `dask scheduler` and two `dask worker` processes on
localhost (tests/servers.py). The warehouse a run builds with its articles cleaned and extracted
on the cluster is the one a single-machine run builds from the same files, with the same
article past its time budget quarantined; a worker killed while it holds a chunk costs that
chunk only; a run whose scheduler does not answer fails before it reads or stages anything."""
from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import duckdb
import pytest

from corpus import SEEDS_DIR, TIME_COLUMNS, article
from servers import DaskCluster, free_port

from bpjs_pipeline.batch import PARALLEL_MIN_ARTICLES
from bpjs_pipeline.orchestration.execute import run_pipeline

pytest.importorskip("distributed", reason="the cluster extra is not installed (pip install '.[cluster]')")

PAUSE = "cluster:chunk_started"
PAUSE_STEM = PAUSE.replace(":", "__")
LONG_FILE = "long sentence.txt"
BUDGET_SECONDS = "2"


def long_sentence_article(size: int) -> str:
    unit = "peserta aktif 35,86 juta dan "
    return "Judul Panjang\n\nBPJS Ketenagakerjaan mencatat " + unit * (size // len(unit)) + "seterusnya pada 2023.\n"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The seeds, 70 short articles, one article whose extraction runs past a 2 s budget (about
    11 s of work, while its cleaning takes about 0.15 s: the budget stops the same step however
    loaded the machine) and an empty file: more than a large batch, so the work goes to the cluster."""
    seeds = tmp_path_factory.mktemp("archive") / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    for i in range(70):
        value = f"{30 + i % 17},{i:02d}"
        (seeds / f"berita {i:03d}.txt").write_text(article(value, 2015 + i % 9, extra=f" Edisi {i}."),
                                                   encoding="utf-8")
    (seeds / LONG_FILE).write_text(long_sentence_article(150_000), encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    assert len(list(seeds.glob("*.txt"))) >= PARALLEL_MIN_ARTICLES
    return seeds


@pytest.fixture(scope="module")
def pause_dirs(tmp_path_factory) -> list[Path]:
    """One pause folder per worker. Each worker passes the pause point `cluster:chunk_started`
    (leaving `<point>.reached` with its PID) without waiting while `<point>.resume` exists; a test
    that removes it holds that worker inside its next chunk."""
    dirs = [tmp_path_factory.mktemp(f"pause{i}") for i in range(2)]
    for folder in dirs:
        (folder / f"{PAUSE_STEM}.resume").touch()
    return dirs


@pytest.fixture(scope="module")
def cluster(pause_dirs):
    with DaskCluster(workers=2, worker_env=lambda i: {
        "BPJS_PAUSE_AT": PAUSE, "BPJS_PAUSE_DIR": str(pause_dirs[i]), "BPJS_PAUSE_SECONDS": "120",
        "BPJS_ARTICLE_SECONDS": "300",  # the run's budget applies on the workers, not theirs
    }) as started:
        yield started


def build(seeds: Path, warehouse: Path, **env: str):
    with pytest.MonkeyPatch.context() as mp:
        for name in ("BPJS_DASK_SCHEDULER", "DAGSTER_HOME", "BPJS_PAUSE_AT"):
            mp.delenv(name, raising=False)
        mp.setenv("BPJS_ARTICLE_SECONDS", BUDGET_SECONDS)
        for name, value in env.items():
            mp.setenv(name, value)
        return run_pipeline(seeds, warehouse)


def contents(warehouse: Path) -> dict[str, tuple[int, str]]:
    """(rows, order-independent digest) of every table and view an analyst reads in the published
    file, without the columns that say when something happened. The bookkeeping tables of how
    the file was built (`_build`, `_article_digests`, ...: names starting with `_`) hash the
    staged rows with their batch and load times, which differ from run to run by design."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables "
                                   "WHERE NOT starts_with(table_name, '_') ORDER BY 1").fetchall():
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [name]).fetchall() if c not in TIME_COLUMNS]
            row = ", ".join(f'"{c}"' for c in columns)
            out[name] = tuple(con.execute(
                f"SELECT count(*), md5(coalesce(string_agg(h, ',' ORDER BY h), '')) "
                f"FROM (SELECT md5(CAST(row({row}) AS VARCHAR)) AS h FROM \"{name}\")").fetchone())
        return out
    finally:
        con.close()


def quarantine(warehouse: Path) -> dict[str, str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return dict(con.execute("SELECT file, reason FROM quarantine").fetchall())
    finally:
        con.close()


@pytest.fixture(scope="module")
def single_machine(archive, tmp_path_factory) -> Path:
    """The same files, cleaned and extracted in the run's own process."""
    warehouse = tmp_path_factory.mktemp("local") / "bpjs.duckdb"
    summary = build(archive, warehouse, BPJS_WORKERS="1")
    assert summary.success, summary.failures
    reasons = quarantine(warehouse)
    assert f"in extracted_facts: TimeBudgetExceeded: processing took longer than {BUDGET_SECONDS} s" in reasons[LONG_FILE]
    assert reasons["empty.txt"] == "empty file"
    return warehouse


def test_the_cluster_builds_the_warehouse_a_single_machine_builds(archive, cluster, pause_dirs,
                                                                  single_machine, tmp_path):
    for folder in pause_dirs:
        (folder / f"{PAUSE_STEM}.reached").unlink(missing_ok=True)
    warehouse = tmp_path / "bpjs.duckdb"
    summary = build(archive, warehouse, BPJS_DASK_SCHEDULER=cluster.address)
    assert summary.success, summary.failures
    # both workers took chunks (each left its process id at the pause point it passed)
    reached = [(folder / f"{PAUSE_STEM}.reached") for folder in pause_dirs]
    assert all(p.exists() for p in reached)
    assert len({int(p.read_text()) for p in reached}) == 2
    # the run's budget (2 s), not the workers' own (300 s), stopped the long article
    assert quarantine(warehouse)[LONG_FILE] == quarantine(single_machine)[LONG_FILE]
    assert contents(warehouse) == contents(single_machine)


def test_a_worker_killed_holding_a_chunk_costs_only_that_chunk(archive, cluster, pause_dirs, single_machine,
                                                               tmp_path):
    victim = 0
    resume = pause_dirs[victim] / f"{PAUSE_STEM}.resume"
    reached = pause_dirs[victim] / f"{PAUSE_STEM}.reached"
    reached.unlink(missing_ok=True)
    resume.unlink()  # worker 0 now waits inside the first chunk it takes
    killed: list[int] = []

    def kill_when_held() -> None:
        deadline = time.monotonic() + 120
        while not reached.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        while reached.exists() and not reached.read_text().strip():  # its process id is being written
            time.sleep(0.01)
        if reached.exists():
            pid = int(reached.read_text())
            cluster.kill(pid)
            killed.append(pid)
        resume.touch()  # the worker its nanny starts instead passes the pause point

    killer = threading.Thread(target=kill_when_held, daemon=True)
    killer.start()
    try:
        summary = build(archive, tmp_path / "bpjs.duckdb", BPJS_DASK_SCHEDULER=cluster.address)
    finally:
        resume.touch()
        killer.join(timeout=130)
    assert killed, "worker 0 never took a chunk"
    assert summary.success, summary.failures
    assert contents(tmp_path / "bpjs.duckdb") == contents(single_machine)


def test_a_run_whose_scheduler_does_not_answer_fails_before_staging(archive, tmp_path):
    warehouse = tmp_path / "bpjs.duckdb"
    nobody_there = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    summary = build(archive, warehouse, BPJS_DASK_SCHEDULER=nobody_there, BPJS_DASK_CONNECT_SECONDS="2")
    assert not summary.success
    assert summary.failed_steps == ["raw_articles"]  # tried once: not retried
    (failure,) = summary.failures
    assert f"cannot reach the Dask scheduler at {nobody_there} (BPJS_DASK_SCHEDULER)" in failure
    assert "nothing was read or staged" in failure
    assert time.monotonic() - started < 60
    assert not warehouse.exists()
    # the staging store holds the delivered batch's membership, and no row read from a file
    con = duckdb.connect(str(warehouse.with_name("bpjs.staging.duckdb")), read_only=True)
    try:
        staged = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("raw_articles", "quarantine", "cleaned_articles", "facts", "rejects")}
        members = con.execute("SELECT count(*) FROM batch_members").fetchone()[0]
    finally:
        con.close()
    assert staged == dict.fromkeys(staged, 0)
    assert members == len(list(archive.glob("*.txt")))
