"""Reruns change nothing; a run killed (SIGKILL) at any point leaves the warehouse as it
was before the run or as it is after it; the next run completes; locks are retried."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg

from bpjs_pipeline.faults import POINTS
from corpus import (
    PROJECT_ROOT,
    SEEDS_DIR,
    article,
    checksums,
    cli_env,
    run_cli,
    start_run,
    wait_for,
    write_bad_input_corpus,
)


def test_rerun_leaves_every_table_identical(tmp_path, monkeypatch):
    """Two runs over the same (partly bad) seeds: the second finds nothing changed and publishes
    nothing, so every relation keeps its rows and checksums, time columns included."""
    from bpjs_pipeline.orchestration.execute import run_pipeline

    seeds, warehouse = tmp_path / "seeds", tmp_path / "out" / "bpjs.duckdb"
    write_bad_input_corpus(seeds, tmp_path / "outside")
    monkeypatch.setenv("BPJS_MAX_ARTICLE_BYTES", "200000")
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_pipeline(seeds, warehouse, instance)
        assert first.success and first.quarantine
        before_all = checksums(warehouse, exclude=frozenset())
        before = checksums(warehouse, exclude={"last_seen"})
        time.sleep(1.1)  # timestamps have second resolution: a changed one would show
        second = run_pipeline(seeds, warehouse, instance)
    assert second.success and second.publish == "unchanged"
    assert checksums(warehouse, exclude={"last_seen"}) == before
    assert checksums(warehouse, exclude=frozenset()) == before_all
    assert (second.quarantine, second.facts_per_table) == (first.quarantine, first.facts_per_table)


KILL_POINTS = [p for p in POINTS if p != "raw_articles:before_read"]


def _seeds_v2(seeds: Path) -> None:
    """The next state of the folder: one file removed, one rewritten, two new, one bad."""
    files = sorted(seeds.glob("*.txt"))
    files[0].unlink()
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\n\nPeserta aktif mencapai 50,05 juta pada 2024.\n",
                        encoding="utf-8")
    (seeds / "new one.txt").write_text(article("51,15", 2019))
    (seeds / "new-two.txt").write_text(article("52,25", 2020), encoding="utf-8")
    (seeds / "bad.txt").write_bytes(b"\x00\x01binary\xff")


def test_sigkill_at_every_point_leaves_before_or_after(tmp_path, published_seeds):
    # The state after the run, from the same change made in another folder.
    from bpjs_pipeline.orchestration.execute import run_pipeline

    reference = tmp_path / "reference"
    shutil.copytree(SEEDS_DIR, reference / "seeds")
    _seeds_v2(reference / "seeds")
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(reference / "seeds", reference / "bpjs.duckdb", instance).success
    after = checksums(reference / "bpjs.duckdb")

    # The state before the run: the seeds as a first run published them.
    seeds, warehouse = published_seeds
    root = tmp_path / "main"
    pauses, home = root / "pauses", root / "home"
    pauses.mkdir(parents=True)
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = cli_env(seeds, warehouse, DAGSTER_HOME=str(home))
    before = checksums(warehouse)
    assert before != after
    _seeds_v2(seeds)
    # Each kill starts from the state before the run (published file and staging store),
    # so every point is tested against a real difference between before and after.
    snapshot = root / "before"
    shutil.copytree(warehouse.parent, snapshot)

    def restore_before() -> None:
        shutil.rmtree(warehouse.parent)
        shutil.copytree(snapshot, warehouse.parent)
        for marker in pauses.iterdir():  # markers of the previous kill
            marker.unlink()

    observed = []

    def killed_state() -> dict:
        state = checksums(warehouse)
        assert state in (before, after), "the warehouse is neither the old nor the new state"
        assert not (warehouse.parent / (warehouse.name + ".wal")).exists()
        return state

    # One kill at a random moment, then one at each named point where the run
    # writes or is about to (`raw_articles:before_read` precedes any write).
    rng = random.Random(11)
    for delay in (rng.uniform(1.0, 3.0),):
        restore_before()
        proc = start_run(env)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        observed.append((f"after {delay:.1f} s", "before" if killed_state() == before else "after"))
    for point in KILL_POINTS:
        restore_before()
        proc = start_run({**env, "BPJS_PAUSE_AT": point, "BPJS_PAUSE_DIR": str(pauses)})
        wait_for(pauses / (point.replace(":", "__") + ".reached"), proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
        state = killed_state()
        observed.append((point, "before" if state == before else "after"))
        # killed before the swap the old warehouse is there, after it the new one
        assert state == (after if point == "publish:after_replace" else before), observed
        if point == "publish:before_replace":
            # killed with the new file built beside the old one: the next run completes normally
            # from there and cleans up the dead run's temporary files
            assert [p for p in warehouse.parent.iterdir() if p.name.startswith(".")], "no temporary file left"
            final = run_cli(env)
            assert final.returncode == 0, final.stdout + final.stderr[-2000:]
            assert checksums(warehouse) == after
            leftovers = [p.name for p in warehouse.parent.iterdir() if p.name.startswith(".")]
            assert leftovers == [], leftovers
    print("kills:", observed)
    assert len(observed) == len(KILL_POINTS) + 1


def test_a_locked_staging_file_is_retried(tmp_path, seeds_copy):
    """Another process takes the staging store read-write for 3 s while a run is about to write
    it; the lock wait is 0.2 s, so the step fails, and Dagster's RetryPolicy runs it again
    until it works."""
    from bpjs_pipeline.settings import staging_path_for

    warehouse = tmp_path / "out" / "bpjs.duckdb"
    staging = staging_path_for(warehouse)
    home, pauses, marker = tmp_path / "dagster_home", tmp_path / "pauses", tmp_path / "locked"
    home.mkdir()
    pauses.mkdir()
    (home / "dagster.yaml").write_text((PROJECT_ROOT / "dagster.yaml").read_text())
    # retries after 1±1, 2±1 and 4±1 s: at least 4 s in all, past the 3 s the lock is held
    env = cli_env(seeds_copy, warehouse, DAGSTER_HOME=str(home), BPJS_LOCK_WAIT_SECONDS="0.2", BPJS_RETRY_SECONDS="1",
                  BPJS_PAUSE_AT="raw_articles:before_read", BPJS_PAUSE_DIR=str(pauses))
    proc = start_run(env)
    wait_for(pauses / "raw_articles__before_read.reached", proc)
    holder = subprocess.Popen([
        sys.executable, "-c",
        "import duckdb, sys, time, pathlib; con = duckdb.connect(sys.argv[1]); "
        "pathlib.Path(sys.argv[2]).touch(); time.sleep(3); con.close()",
        str(staging), str(marker),
    ])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert time.monotonic() < deadline and holder.poll() is None
            time.sleep(0.02)
        (pauses / "raw_articles__before_read.resume").touch()
        out, err = proc.communicate(timeout=240)
    finally:
        holder.wait(timeout=30)
    assert proc.returncode == 0, out + err[-3000:]
    assert f"articles read: {len(list(seeds_copy.glob('*.txt')))}" in out
    from dagster._core.instance.ref import InstanceRef

    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        (run,) = instance.get_runs()
        retries = [r for r in instance.all_logs(run.run_id)
                   if r.dagster_event and r.dagster_event.event_type_value == "STEP_UP_FOR_RETRY"]
    assert retries, "the lock should have made a step retry"


def test_one_article_failing_in_cleaning_does_not_fail_the_others(tmp_path, seeds_copy, monkeypatch):
    """The extraction core raising on one article (simulated: no real input makes it raise,
    see test_properties) quarantines that article; the run and the others go on."""
    import bpjs_pipeline.clean as clean
    from bpjs_pipeline.orchestration.execute import run_pipeline

    real = clean.clean_article
    victim = sorted(p.stem for p in seeds_copy.glob("*.txt"))[2]

    def flaky_clean(article_id, text, address=None):
        if article_id == victim:
            raise RuntimeError("cleaner crashed")
        return real(article_id, text, address)

    monkeypatch.setattr(clean, "clean_article", flaky_clean)
    warehouse = tmp_path / "bpjs.duckdb"
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_pipeline(seeds_copy, warehouse, instance)
    assert summary.success and summary.checks_passed, summary.failed_steps
    assert summary.quarantine == [(f"{victim}.txt", "processing failed in cleaned_articles: RuntimeError: cleaner crashed")]
    assert summary.articles_published == len(list(seeds_copy.glob("*.txt"))) - 1
    assert victim not in summary.articles_without_facts


def test_one_article_failing_in_extraction_does_not_hold_back_the_others(tmp_path, seeds_copy, monkeypatch):
    """The extractor raising on one article quarantines it; the blocking schema check
    still passes, so the warehouse is published with every other article."""
    import bpjs_pipeline.extract as extract
    from bpjs_pipeline.orchestration.execute import run_pipeline

    real = extract.extract_facts
    victim = sorted(p.stem for p in seeds_copy.glob("*.txt"))[1]

    def flaky_extract(article):
        if article.article_id == victim:
            raise RuntimeError("extractor crashed")
        return real(article)

    monkeypatch.setattr(extract, "extract_facts", flaky_extract)
    with dg.DagsterInstance.ephemeral() as instance:
        summary = run_pipeline(seeds_copy, tmp_path / "bpjs.duckdb", instance)
    assert summary.success and summary.checks_passed, summary.failed_steps
    assert summary.quarantine == [(f"{victim}.txt", "processing failed in extracted_facts: RuntimeError: extractor crashed")]
    assert summary.articles_published == len(list(seeds_copy.glob("*.txt"))) - 1


def test_an_instance_left_half_created_by_a_killed_run_is_completed(tmp_path, seeds_copy, monkeypatch):
    """A run killed while the SQLite instance's tables were being created leaves event storage
    without its version stamp and some tables (here: the dynamic partitions'); the next `run`
    completes the storage, as `dagster instance migrate` would, and succeeds."""
    import sqlite3

    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((PROJECT_ROOT / "dagster.yaml").read_text())
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:  # the instance's storage, as a first run creates it
        instance.get_dynamic_partitions("batches")
    index = next(home.rglob("index.db"))
    con = sqlite3.connect(index)
    con.execute("DROP TABLE dynamic_partitions")
    con.execute("DROP TABLE alembic_version")
    con.commit()
    con.close()
    run = run_cli(cli_env(seeds_copy, tmp_path / "out" / "bpjs.duckdb", DAGSTER_HOME=str(home)))
    assert run.returncode == 0, run.stderr[-3000:]
    con = sqlite3.connect(index)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'dynamic_partitions'").fetchone() == (1,)
    con.close()
