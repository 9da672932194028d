"""The seed-folder sensor, called directly: the batches it delivers, its run requests and its cursor."""
from __future__ import annotations

import hashlib
import json

import dagster as dg
import pytest

from bpjs_pipeline.orchestration.resources import PipelinePaths
from bpjs_pipeline.orchestration.sensors import seed_files_sensor
from bpjs_pipeline.orchestration.warehouse_assets import warehouse_specs

WAREHOUSE_KEYS = sorted(spec.key for spec in warehouse_specs)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Harness:
    """Ticks the sensor like the daemon would: applies its partition requests to the
    instance and hands its cursor to the next tick."""

    def __init__(self, instance: dg.DagsterInstance, paths: PipelinePaths):
        self.instance, self.paths, self.cursor = instance, paths, None
        self.used_run_keys: set[str] = set()

    def tick(self) -> dg.SensorResult:
        context = dg.build_sensor_context(instance=self.instance, resources={"paths": self.paths},
                                          cursor=self.cursor)
        result = seed_files_sensor(context)
        for request in result.dynamic_partitions_requests:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        for run in result.run_requests:
            assert run.run_key not in self.used_run_keys, f"run key reused: {run.run_key}"
            self.used_run_keys.add(run.run_key)
        self.cursor = result.cursor
        return result


def partition_requests(result: dg.SensorResult) -> list[tuple[str, int]]:
    """(add | delete, how many batch partitions)."""
    return [
        ("add" if isinstance(r, dg.AddDynamicPartitionsRequest) else "delete", len(r.partition_keys))
        for r in result.dynamic_partitions_requests
    ]


def delivered(result: dg.SensorResult) -> list[str]:
    """The files the delivery run names (its batch's files)."""
    return [name for r in result.run_requests if r.partition_key
            for name in r.run_config["resources"]["article_selection"]["config"]["files"]]


def file_runs(result: dg.SensorResult) -> list[tuple[str, str]]:
    """(file stem, new | changed | new+changed of its delivery)."""
    return [(name[:-4], r.tags["bpjs/change"]) for r in result.run_requests if r.partition_key
            for name in r.run_config["resources"]["article_selection"]["config"]["files"]]


def rebuild_runs(result: dg.SensorResult) -> list[dg.RunRequest]:
    return [r for r in result.run_requests if r.partition_key is None]


@pytest.fixture
def harness(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = PipelinePaths.resolve(seeds, tmp_path / "w" / "bpjs.duckdb")
    with dg.DagsterInstance.ephemeral() as instance:
        yield Harness(instance, paths), seeds


def test_new_changed_deleted_and_reverted_files(harness):
    h, seeds = harness
    (seeds / "a.txt").write_text("A one", encoding="utf-8")
    (seeds / "b.txt").write_text("B one", encoding="utf-8")

    first = h.tick()
    # both files in one new batch, run once
    assert partition_requests(first) == [("add", 1)] and len(first.run_requests) == 1
    assert first.run_requests[0].partition_key == first.dynamic_partitions_requests[0].partition_keys[0]
    assert file_runs(first) == [("a", "new"), ("b", "new")]
    assert first.run_requests[0].tags["bpjs/files"] == "2"
    assert rebuild_runs(first) == []
    assert json.loads(first.cursor)["files"] == {"a": sha("A one"), "b": sha("B one")}

    # Nothing changed: nothing requested.
    quiet = h.tick()
    assert quiet.run_requests == [] and quiet.dynamic_partitions_requests == []
    assert quiet.cursor == first.cursor

    # Same name, new content: a rerun, no partition request. A touched file with the
    # same bytes is no change (no mtimes in the cursor).
    (seeds / "a.txt").write_text("A two", encoding="utf-8")
    (seeds / "b.txt").write_text("B one", encoding="utf-8")
    changed = h.tick()
    assert partition_requests(changed) == [("add", 1)]  # another batch: the file moves into it
    assert file_runs(changed) == [("a", "changed")]

    # Reverted to the first content: runs again, under a run key never used before.
    (seeds / "a.txt").write_text("A one", encoding="utf-8")
    reverted = h.tick()
    assert file_runs(reverted) == [("a", "changed")]
    assert reverted.run_requests[0].run_key != first.run_requests[0].run_key

    # Deleted: one warehouse run removes its rows.
    (seeds / "b.txt").unlink()
    deleted = h.tick()
    assert partition_requests(deleted) == []
    assert file_runs(deleted) == []
    (rebuild,) = rebuild_runs(deleted)
    assert sorted(rebuild.asset_selection) == WAREHOUSE_KEYS
    assert len(h.instance.get_dynamic_partitions("batches")) == 3  # a batch per delivery

    # Back again with its old content: a new batch and a run with a fresh key.
    (seeds / "b.txt").write_text("B one", encoding="utf-8")
    back = h.tick()
    assert partition_requests(back) == [("add", 1)]
    assert file_runs(back) == [("b", "new")]
    assert back.run_requests[0].run_key not in {r.run_key for r in first.run_requests}

    final = h.tick()
    assert final.run_requests == [] and final.dynamic_partitions_requests == []


def test_run_keys_are_deterministic_from_the_cursor(harness):
    h, seeds = harness
    (seeds / "a.txt").write_text("A one", encoding="utf-8")
    h.tick()
    (seeds / "a.txt").write_text("A two", encoding="utf-8")
    before = h.cursor
    one = seed_files_sensor(dg.build_sensor_context(instance=h.instance, resources={"paths": h.paths}, cursor=before))
    two = seed_files_sensor(dg.build_sensor_context(instance=h.instance, resources={"paths": h.paths}, cursor=before))
    assert [r.run_key for r in one.run_requests] == [r.run_key for r in two.run_requests]
    assert one.cursor == two.cursor


def test_a_delivery_holds_at_most_a_batch_of_files(harness, monkeypatch):
    import bpjs_pipeline.orchestration.sensors as sensors

    h, seeds = harness
    for name in "abcde":
        (seeds / f"{name}.txt").write_text(name, encoding="utf-8")
    monkeypatch.setattr(sensors.plan_tick, "__defaults__", (2, None))  # batches of two files
    assert delivered(h.tick()) == ["a.txt", "b.txt"]
    assert delivered(h.tick()) == ["c.txt", "d.txt"]
    assert delivered(h.tick()) == ["e.txt"]
    assert delivered(h.tick()) == []


def test_first_tick_skips_files_already_staged_with_the_same_content(tmp_path, seeds_copy):
    """`make run` then `make ui`: files staged with the same sha256 are not redone."""
    from bpjs_pipeline.orchestration.execute import run_pipeline

    warehouse = tmp_path / "w" / "bpjs.duckdb"
    paths = PipelinePaths.resolve(seeds_copy, warehouse)
    stems = sorted(p.stem for p in seeds_copy.glob("*.txt"))
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(seeds_copy, warehouse, instance).success
        edited = seeds_copy / f"{stems[0]}.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nTambahan.", encoding="utf-8")
        (seeds_copy / "new.txt").write_text("BPJS Ketenagakerjaan: berita baru.", encoding="utf-8")
        result = seed_files_sensor(dg.build_sensor_context(instance=instance, resources={"paths": paths}))
        assert partition_requests(result) == [("add", 1)]
        assert sorted(file_runs(result)) == sorted([(stems[0], "changed+new"), ("new", "changed+new")])


def test_a_command_line_run_between_ticks_is_not_redone(tmp_path, seeds_copy):
    """The UI's sensor is running and `make run` processes a new and a changed file: the next
    tick records them without a run; a later edit the command line did not process still runs."""
    from bpjs_pipeline.orchestration.execute import run_pipeline

    warehouse = tmp_path / "w" / "bpjs.duckdb"
    paths = PipelinePaths.resolve(seeds_copy, warehouse)
    stems = sorted(p.stem for p in seeds_copy.glob("*.txt"))
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(seeds_copy, warehouse, instance).success
        h = Harness(instance, paths)
        assert file_runs(h.tick()) == []  # everything staged already
        (seeds_copy / "new.txt").write_text("BPJS Ketenagakerjaan mencatat 40 juta peserta aktif.", encoding="utf-8")
        edited = seeds_copy / f"{stems[1]}.txt"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nTambahan.", encoding="utf-8")
        assert run_pipeline(seeds_copy, warehouse, instance).success  # the command line, between ticks
        result = h.tick()
        assert file_runs(result) == [] and rebuild_runs(result) == []
        assert json.loads(h.cursor)["files"]["new"] == sha(
            (seeds_copy / "new.txt").read_text(encoding="utf-8"))
        edited.write_text(edited.read_text(encoding="utf-8") + "\nLagi.", encoding="utf-8")
        assert file_runs(h.tick()) == [(stems[1], "changed")]


def test_an_emptied_seeds_folder_deletes_nothing(harness):
    """An empty folder mounted over the seeds, or a sync not finished: the sensor skips the
    tick instead of deleting the partitions (and emptying the warehouse)."""
    h, seeds = harness
    for name in "abcd":
        (seeds / f"{name}.txt").write_text(f"{name} one", encoding="utf-8")
    h.tick()
    for name in "abc":
        (seeds / f"{name}.txt").unlink()
    emptied = h.tick()
    assert emptied.run_requests == [] and emptied.dynamic_partitions_requests == []
    reason = emptied.skip_reason.skip_message
    assert "looks empty or incomplete" in reason and "--allow-shrink" in reason
    batches = h.instance.get_dynamic_partitions("batches")
    assert len(batches) == 1  # the delivered batch is kept
    (seeds / "a.txt").write_text("a one", encoding="utf-8")
    (seeds / "b.txt").write_text("b one", encoding="utf-8")
    back = h.tick()  # half of them: an ordinary deletion, one warehouse run removes "c"
    assert partition_requests(back) == [] and file_runs(back) == []
    (removal,) = rebuild_runs(back)
    assert sorted(removal.asset_selection) == WAREHOUSE_KEYS
    assert h.instance.get_dynamic_partitions("batches") == batches


def test_a_fifo_or_a_link_to_dev_zero_is_never_hashed(harness):
    """Put in place of a seed file after the listing, neither blocks nor is read, by the
    sensor's hashing nor the run's (in a real process, which must end); the tick goes on."""
    import os
    import subprocess
    import sys

    h, seeds = harness
    (seeds / "a.txt").write_text("a one", encoding="utf-8")
    os.mkfifo(seeds / "fifo.txt")
    (seeds / "zero.txt").symlink_to("/dev/zero")
    probe = (
        "import sys\n"
        "from bpjs_pipeline.orchestration.sensors import file_sha256 as sensor_hash\n"
        "from bpjs_pipeline.warehouse.incremental import file_sha256 as run_hash\n"
        "for path in sys.argv[1:]:\n"
        "    for digest in (sensor_hash, run_hash):\n"
        "        try:\n"
        "            digest(path)\n"
        "        except OSError as exc:\n"
        "            print(path.rsplit('/', 1)[1], exc.errno, exc.strerror)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(seeds / "fifo.txt"), str(seeds / "zero.txt")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["fifo.txt 22 not a regular file"] * 2 + ["zero.txt 40 Too many levels of symbolic links"] * 2
    assert file_runs(h.tick()) == [("a", "new")]
