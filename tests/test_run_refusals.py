"""What `bpjs-pipeline run` refuses before it does anything, with a message and exit 2 (3 when
another run holds the instance): bad settings, an emptied seeds folder, unsafe lock files,
paths it cannot use, a damaged staging store (then rebuilt by `repair`). The published
warehouse is never touched by a refusal."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from bpjs_pipeline.cli import main
from bpjs_pipeline.settings import staging_path_for
from corpus import PROJECT_ROOT, SEEDS_DIR, checksums, cli_env, run_cli, start_run, wait_for

EVERY_COLUMN = frozenset()


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The seeds published once (with a quarantined and a skipped file, so that `repair` has
    first-seen dates to keep); tests work on copies (`place`)."""
    from bpjs_pipeline.orchestration.execute import run_pipeline

    root = tmp_path_factory.mktemp("published")
    shutil.copytree(SEEDS_DIR, root / "seeds")
    (root / "seeds" / "empty.txt").write_bytes(b"")
    (root / "seeds" / "notes.md").write_text("not an article")
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(root / "seeds", root / "w" / "bpjs.duckdb", instance).success
    return root


@pytest.fixture
def place(published, tmp_path) -> dict[str, Path]:
    shutil.copytree(published / "seeds", tmp_path / "seeds")
    shutil.copytree(published / "w", tmp_path / "w")
    warehouse = tmp_path / "w" / "bpjs.duckdb"
    return {"seeds": tmp_path / "seeds", "W": warehouse, "S": staging_path_for(warehouse), "dir": tmp_path}


def run(capsys, place, *extra: str) -> tuple[int, str, str]:
    code = main(["run", "--seeds", str(place["seeds"]), "--warehouse", str(place["W"]), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: (p.read_bytes() if p.is_file() and not p.is_symlink() else b"") for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("variable, value", [
    ("BPJS_ARTICLE_SECONDS", "5s"), ("BPJS_ARTICLE_SECONDS", "-1"), ("BPJS_ARTICLE_SECONDS", "nan"),
    ("BPJS_ARTICLE_SECONDS", "inf"), ("BPJS_MAX_ARTICLE_BYTES", "-1"), ("BPJS_MAX_ARTICLE_BYTES", "5MB"),
    ("BPJS_MAX_ARTICLE_BYTES", "1e6"), ("BPJS_WORKERS", "0"), ("BPJS_WORKERS", "two"),
    ("BPJS_LOCK_WAIT_SECONDS", "30 s"), ("BPJS_SENSOR_INTERVAL_SECONDS", "0.5"), ("BPJS_FRESHNESS_HOURS", "0"),
    ("BPJS_PAUSE_SECONDS", "soon"), ("BPJS_WORKERS", "\u0664"),
])
def test_a_bad_setting_is_refused_before_anything_runs(place, capsys, monkeypatch, variable, value):
    """`BPJS_ARTICLE_SECONDS=5s run --full` once quarantined every article and published an
    empty warehouse; now nothing is read, staged or published."""
    before = files(place["W"].parent)
    monkeypatch.setenv(variable, value)
    code, out, err = run(capsys, place, "--full")
    assert code == 2 and out == ""
    assert err.startswith(f"error: {variable}={value!r} is ") and "must be" in err, err
    assert files(place["W"].parent) == before
    assert main(["extract", str(place["seeds"]), "--out", str(place["dir"] / "x")]) == 2


def test_an_empty_or_nearly_empty_listing_is_refused_unless_allowed(place, capsys):
    before = checksums(place["W"], exclude=EVERY_COLUMN)
    articles = sorted(place["seeds"].glob("*.txt"))
    for path in articles[:-2]:  # 2 of the 6 files left: an incomplete sync
        path.unlink()
    code, _, err = run(capsys, place)
    assert code == 2 and "lists 2 .txt file(s), but the published warehouse holds 5 article file(s)" in err
    assert "--allow-shrink" in err
    for path in articles[-2:]:
        path.unlink()  # an empty folder mounted over the seeds
    code, _, err = run(capsys, place)
    assert code == 2 and "lists 0 .txt file(s)" in err
    assert checksums(place["W"], exclude=EVERY_COLUMN) == before
    code, out, _ = run(capsys, place, "--allow-shrink")  # deliberately smaller
    assert code == 0 and "articles published: 0 distinct contents" in out


@pytest.mark.parametrize("kind", ["symlink", "folder", "hard link", "fifo"])
def test_an_unsafe_lock_file_is_refused_and_never_written(place, capsys, kind):
    """A symlink (to a file outside), a hard link, a folder or a FIFO at `<warehouse>.lock`:
    refused with a message; the file it points to keeps its bytes. The FIFO through a real
    process, which must not hang."""
    lock = place["W"].with_name(place["W"].name + ".lock")
    lock.unlink()
    target = place["dir"] / "precious.txt"
    target.write_text("keep me\n")
    if kind == "symlink":
        lock.symlink_to(target)
    elif kind == "hard link":
        os.link(target, lock)
    elif kind == "folder":
        lock.mkdir()
    else:
        os.mkfifo(lock)
    before = checksums(place["W"], exclude=EVERY_COLUMN)
    if kind == "fifo":
        result = run_cli(cli_env(place["seeds"], place["W"]), timeout=120)
        code, err = result.returncode, result.stderr
    else:
        code, _, err = run(capsys, place)
    expected = {"symlink": "is a symbolic link", "hard link": "has 2 names (a hard link)", "folder": "is a folder",
                "fifo": "is a FIFO"}[kind]
    assert code == 2 and f"the lock file {lock} {expected}: remove it" in err and "Traceback" not in err
    assert target.read_text() == "keep me\n"
    assert checksums(place["W"], exclude=EVERY_COLUMN) == before


def test_paths_that_cannot_be_used_are_named(place, capsys, monkeypatch):
    code, _, err = run(capsys, {**place, "W": place["W"].parent})
    assert code == 2 and "is a folder: give the path of a DuckDB file" in err
    monkeypatch.setenv("DAGSTER_HOME", str(place["dir"] / "no such folder"))
    code, _, err = run(capsys, place)
    assert code == 2 and "DAGSTER_HOME=" in err and "does not exist or is not a folder" in err
    monkeypatch.setenv("DAGSTER_HOME", "relative/home")
    code, _, err = run(capsys, place)
    assert code == 2 and "must be an absolute path" in err


def _without_write_permission() -> list[str]:
    """A command prefix under which folder permissions apply (root bypasses them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be taken away")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_a_read_only_warehouse_folder_is_named(place):
    prefix = _without_write_permission()
    before = checksums(place["W"], exclude=EVERY_COLUMN)
    folder = place["W"].parent
    folder.chmod(0o555)
    try:
        result = subprocess.run(prefix + [sys.executable, "-m", "bpjs_pipeline.cli", "run"], cwd=PROJECT_ROOT,
                                env=cli_env(place["seeds"], place["W"]), capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"cannot write in the warehouse folder {folder}" in result.stderr and "Traceback" not in result.stderr
    assert checksums(place["W"], exclude=EVERY_COLUMN) == before


def _damage(staging: Path, kind: str) -> None:
    data = staging.read_bytes()
    if kind in ("folder", "symlink"):
        staging.unlink()
        staging.mkdir() if kind == "folder" else staging.symlink_to(staging.with_name("elsewhere.duckdb"))
        return
    n = len(data)
    damaged = {
        "truncated": data[: n // 2],
        "garbage in the header": data[:100] + os.urandom(4000) + data[4100:],
        "garbage in the middle": data[: n // 2] + os.urandom(8192) + data[n // 2 + 8192:],
        "garbage at the tail": data[:-8192] + os.urandom(8192),
        "a text file": b"not a database\n",
        "empty": b"",
    }[kind]
    staging.write_bytes(damaged)


@pytest.mark.parametrize("kind", ["truncated", "garbage in the header", "garbage in the middle",
                                  "garbage at the tail", "a text file", "empty", "folder", "symlink"])
def test_a_damaged_staging_store_is_recognised(place, capsys, kind):
    before = checksums(place["W"], exclude=EVERY_COLUMN)
    _damage(place["S"], kind)
    code, out, err = run(capsys, place)
    assert code == 2 and out == "", err
    assert f"the staging store {place['S']} is damaged" in err and "bpjs-pipeline repair" in err
    assert "Traceback" not in err
    assert checksums(place["W"], exclude=EVERY_COLUMN) == before


def test_repair_rebuilds_staging_and_publishes_the_same_tables(place, capsys):
    """The published file and the seeds hold everything: after `repair`, every published table
    is as it was, `loaded_at` and `first_seen` included (only `last_seen` moves)."""
    before = checksums(place["W"], exclude=frozenset({"last_seen"}))
    _damage(place["S"], "garbage in the middle")
    code, out, err = main(["repair", "--seeds", str(place["seeds"]), "--warehouse", str(place["W"])]), *capsys.readouterr()
    assert code == 0, out + err
    assert "set aside as bpjs.staging.duckdb.damaged" in out and "succeeded" in out
    assert place["S"].with_name("bpjs.staging.duckdb.damaged").exists()
    assert checksums(place["W"], exclude=frozenset({"last_seen"})) == before
    assert run(capsys, place)[0] == 0  # and the next run reads the new staging store


def test_one_run_per_dagster_instance(tmp_path, seeds_copy):
    """Two runs on one DAGSTER_HOME with different warehouses: while the first holds the new
    instance (it initialised it), the second exits 3 before touching it; afterwards both
    warehouses are complete and the instance works."""
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    pauses = tmp_path / "pauses"
    pauses.mkdir()
    other = tmp_path / "other"
    shutil.copytree(seeds_copy, other)
    first_env = {**cli_env(seeds_copy, tmp_path / "a" / "bpjs.duckdb"), "DAGSTER_HOME": str(home),
                 "BPJS_PAUSE_AT": "raw_articles:before_read", "BPJS_PAUSE_DIR": str(pauses)}
    second_env = {**cli_env(other, tmp_path / "b" / "bpjs.duckdb"), "DAGSTER_HOME": str(home)}
    first = start_run(first_env)
    wait_for(pauses / "raw_articles__before_read.reached", first)
    runs_before = sorted(p.name for p in (home / "storage").iterdir()) if (home / "storage").exists() else []
    second = run_cli(second_env, timeout=120)
    assert second.returncode == 3, second.stdout + second.stderr
    assert "another run is using this Dagster instance" in second.stderr and "Traceback" not in second.stderr
    assert not (tmp_path / "b").exists()
    assert (sorted(p.name for p in (home / "storage").iterdir()) if (home / "storage").exists() else []) == runs_before
    (pauses / "raw_articles__before_read.resume").touch()
    out, err = first.communicate(timeout=240)
    assert first.returncode == 0, out + err[-2000:]
    again = run_cli(second_env)
    assert again.returncode == 0, again.stdout + again.stderr[-2000:]
    for warehouse in (tmp_path / "a" / "bpjs.duckdb", tmp_path / "b" / "bpjs.duckdb"):
        assert checksums(warehouse)["articles"][0] == len(list(SEEDS_DIR.glob("*.txt")))
