"""The Dagster instance on a real PostgreSQL server (tests/servers.py), as the multi-host recipe of
docs/scaling.md runs it: `make run` records a bulk load there; `dagster-daemon run` and
`dagster-webserver`, two more processes with instance folders of their own, share it: the
daemon's sensor runs a new file, and the webserver's GraphQL and a `DagsterInstance` opened by
yet another process read both runs. Nothing is stored in SQLite."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import duckdb
import pytest
import yaml

from corpus import PROJECT_ROOT, SEEDS_DIR, article, poll_until
from servers import PostgresServer, free_port, postgres_bin, stop_process
from test_dagster_dev_e2e import graphql

pytest.importorskip("dagster_postgres", reason="the cluster extra is not installed (pip install '.[cluster]')")
pytestmark = [
    pytest.mark.skipif(postgres_bin() is None and not os.environ.get("CI"),
                       reason="no PostgreSQL server binaries (apt-get install -y postgresql)"),
    pytest.mark.skipif(shutil.which("make") is None, reason="`make run` needs make"),
]

BIN = Path(sys.executable).parent
DEFINITIONS = "bpjs_pipeline.orchestration.definitions"
STARTUP_SECONDS = 120
RUN_SECONDS = 240

READ_INSTANCE = """
import json
import dagster as dg
with dg.DagsterInstance.get() as instance:
    runs = instance.get_runs()
    print(json.dumps({
        "storage": type(instance.run_storage).__name__,
        "runs": [{"id": r.run_id, "status": r.status.value, "tags": dict(r.tags)} for r in runs],
        "partitions": sorted(instance.get_dynamic_partitions("batches")),
        "materialized": sorted(instance.get_materialized_partitions(dg.AssetKey("extracted_facts"))),
    }))
"""


@pytest.fixture(scope="module")
def postgres():
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="module")
def site(tmp_path_factory, postgres):
    """Seeds, warehouse and the environment every host of the recipe shares (the connection)."""
    root = tmp_path_factory.mktemp("site")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BPJS_", "DAGSTER_"))}
    env.update(postgres.dagster_env(), BPJS_SEEDS_DIR=str(seeds), BPJS_WAREHOUSE=str(root / "bpjs.duckdb"),
               BPJS_SENSOR_INTERVAL_SECONDS="2", PYTHONUNBUFFERED="1")
    return {"root": root, "seeds": seeds, "warehouse": root / "bpjs.duckdb", "env": env}


def instance_home(root: Path, name: str) -> Path:
    """A host's own DAGSTER_HOME holding the project's PostgreSQL instance file."""
    home = root / name
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.postgres.yaml", home / "dagster.yaml")
    return home


def read_instance(home: Path, env: dict[str, str]) -> dict:
    """The instance as a separate Python process sees it."""
    result = subprocess.run([sys.executable, "-c", READ_INSTANCE], env={**env, "DAGSTER_HOME": str(home)},
                            capture_output=True, text=True, timeout=120, cwd=home)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def ui_runs(port: int) -> list[dict]:
    return graphql(port, "{ runsOrError(limit: 50) { ... on Runs { results { runId status "
                         "runConfigYaml tags { key value } } } } }")["runsOrError"]["results"]


def wait_for(what: str, condition, seconds: float, procs: dict[str, subprocess.Popen], logs: Path):
    return poll_until(what, condition, seconds, procs, logs=lambda: "\n".join(
        f"--- {n}\n{tail(logs / f'{n}.log')}" for n in procs))


def tail(path: Path) -> str:
    return path.read_text(errors="replace")[-4000:] if path.exists() else ""


def start(name: str, args: list[str], home: Path, env: dict[str, str], logs: Path) -> subprocess.Popen:
    with open(logs / f"{name}.log", "wb") as log:
        return subprocess.Popen(args, cwd=home, env={**env, "DAGSTER_HOME": str(home)}, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)


def test_make_chooses_the_instance_file_by_the_environment(tmp_path):
    base = {k: v for k, v in os.environ.items() if not k.startswith("DAGSTER_")}
    for env, expected in (({}, "dagster.yaml"), ({"DAGSTER_PG_HOST": "db.example"}, "dagster.postgres.yaml")):
        home = tmp_path / expected
        result = subprocess.run(["make", "-s", "instance", f"DAGSTER_HOME_DIR={home}"], cwd=PROJECT_ROOT,
                                env={**base, **env}, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert (home / "dagster.yaml").read_text() == (PROJECT_ROOT / expected).read_text()
        dry = subprocess.run(["make", "-n", "ui", f"DAGSTER_HOME_DIR={home}"], cwd=PROJECT_ROOT,
                             env={**base, **env}, capture_output=True, text=True, timeout=60).stdout
        assert f"cp {expected} {home}/dagster.yaml" in dry and "dagster dev" in dry


def test_the_postgres_instance_file_is_dagster_yaml_with_postgres_storage():
    """The two files differ only by storage, and the PostgreSQL one names no secret."""
    sqlite = yaml.safe_load((PROJECT_ROOT / "dagster.yaml").read_text())
    postgres = yaml.safe_load((PROJECT_ROOT / "dagster.postgres.yaml").read_text())
    storage = postgres.pop("storage")
    assert postgres == sqlite and "storage" not in sqlite
    assert storage == {"postgres": {"postgres_db": {
        **{field: {"env": f"DAGSTER_PG_{name}"} for field, name in
           (("hostname", "HOST"), ("port", "PORT"), ("db_name", "DB"), ("username", "USERNAME"),
            ("password", "PASSWORD"))},
        "scheme": "postgresql+psycopg2"}}}


def test_a_bulk_load_and_a_sensor_run_are_recorded_in_postgres_for_every_process(site, tmp_path):
    env, seeds, warehouse = site["env"], site["seeds"], site["warehouse"]
    logs = tmp_path

    # Host 1: `make run` on the PostgreSQL instance (DAGSTER_PG_HOST is set).
    make_home = site["root"] / "make_home"
    made = subprocess.run(["make", "-s", "run", f"DAGSTER_HOME_DIR={make_home}"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=RUN_SECONDS)
    assert made.returncode == 0, made.stdout + made.stderr[-3000:]
    bulk_run = re.search(r"^run (\S+): succeeded", made.stdout, re.M).group(1)
    assert "storage:\n  postgres:" in (make_home / "dagster.yaml").read_text()
    assert not list(make_home.rglob("*.db")), "no SQLite storage beside the PostgreSQL instance"

    # Host 2: the daemon, and host 3: the webserver, each with its own instance folder.
    daemon_home = instance_home(site["root"], "daemon_home")
    web_home = instance_home(site["root"], "web_home")
    port = free_port()
    procs = {
        "daemon": start("daemon", [str(BIN / "dagster-daemon"), "run", "-m", DEFINITIONS], daemon_home, env, logs),
        "webserver": start("webserver", [str(BIN / "dagster-webserver"), "-m", DEFINITIONS, "-h", "127.0.0.1",
                                         "-p", str(port)], web_home, env, logs),
    }
    try:
        wait_for("the webserver", lambda: urllib.request.urlopen(
            f"http://127.0.0.1:{port}/server_info", timeout=5).status == 200, STARTUP_SECONDS, procs, logs)
        # the webserver reads the bulk load the command line wrote
        assert {"runId": bulk_run, "status": "SUCCESS"}.items() <= next(
            r for r in ui_runs(port) if r["runId"] == bulk_run).items()

        # a new file: the daemon's sensor delivers it as a batch partition of its own and runs it,
        # naming the file in the run's config
        new = "dropped_later"
        (seeds / f"{new}.txt").write_text(article("44,44", 2024), encoding="utf-8")
        sensor_run = wait_for("the sensor's run of the new file", lambda: next(
            (r for r in ui_runs(port) if f"{new}.txt" in r["runConfigYaml"]
             and any(t["key"] == "dagster/partition" for t in r["tags"])
             and r["status"] in ("SUCCESS", "FAILURE", "CANCELED")), None), RUN_SECONDS, procs, logs)
        assert sensor_run["status"] == "SUCCESS", tail(logs / "daemon.log")
        assert {"key": "dagster/sensor_name", "value": "seed_files_sensor"} in sensor_run["tags"]
        key = next(t["value"] for t in sensor_run["tags"] if t["key"] == "dagster/partition")
    finally:
        for proc in procs.values():
            stop_process(proc, timeout=30)

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT value FROM fact_participants WHERE article_id = ?", [new]).fetchall() == [(44_440_000,)]
    finally:
        con.close()

    # Yet another process, with yet another instance folder, reads both runs from PostgreSQL.
    seen = read_instance(instance_home(site["root"], "reader_home"), env)
    assert seen["storage"] == "PostgresRunStorage"
    runs = {r["id"]: r for r in seen["runs"]}
    assert runs[bulk_run]["status"] == "SUCCESS"
    assert runs[sensor_run["runId"]]["tags"]["dagster/sensor_name"] == "seed_files_sensor"
    # two batches: the bulk load's and the sensor's, both materialized
    assert len(seen["partitions"]) == 2 and key in seen["partitions"]
    assert seen["materialized"] == seen["partitions"]
    for home in (daemon_home, web_home):
        assert not list(home.rglob("*.db")), f"SQLite storage in {home.name}"
