"""The real `dagster dev` (webserver + daemon): a file dropped into the seeds folder ends up in
the warehouse with its checks evaluated, and a run launched through the GraphQL API (as the UI's
Materialize button does) succeeds."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
STARTUP_SECONDS = 120
PICKUP_SECONDS = 240
RUN_SECONDS = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, from /proc (children may start their own sessions)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        children = {p for p, parent in parents.items() if parent in frontier} - found
        found |= children
        frontier = children
    return found


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group and every descendant by PID, then SIGKILL what is left."""
    pids = descendants(proc.pid) | {proc.pid}
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass
    pids |= descendants(proc.pid)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        body = json.loads(response.read())
    assert "errors" not in body, body
    return body["data"]


def wait_for(what: str, condition, seconds: float, proc: subprocess.Popen, interval: float = 2.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"dagster dev exited with {proc.returncode} while waiting for {what}"
        try:
            value = condition()
        except Exception:  # not up yet, file locked, table missing
            value = None
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def warehouse_rows(warehouse: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def checks_of_run(port: int, run_id: str) -> list[tuple[str, str, str]]:
    data = graphql(port, """
        query ($runId: ID!) { logsForRun(runId: $runId, limit: 5000) {
            ... on EventConnection { events { __typename
                ... on AssetCheckEvaluationEvent { evaluation { checkName assetKey { path } success } } } } } }
    """, {"runId": run_id})
    return [
        ("/".join(e["evaluation"]["assetKey"]["path"]), e["evaluation"]["checkName"], str(e["evaluation"]["success"]))
        for e in data["logsForRun"]["events"] if e["__typename"] == "AssetCheckEvaluationEvent"
    ]


def runs(port: int) -> list[dict]:
    data = graphql(port, """
        { runsOrError(limit: 50) { ... on Runs { results { runId status jobName runConfigYaml
                                                          tags { key value } } } } }
    """)
    return data["runsOrError"]["results"]


def test_dagster_dev_picks_up_a_new_file_and_runs_from_the_api(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    seeds = tmp_path / "somewhere" / "articles"
    seeds.mkdir(parents=True)
    shutil.copy(SEEDS_DIR / "000_7ee6b9d7b46a30da.txt", seeds)
    warehouse = tmp_path / "out" / "bpjs.duckdb"
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "BPJS_SEEDS_DIR": str(seeds),
        "BPJS_WAREHOUSE": str(warehouse),
        "PYTHONUNBUFFERED": "1",
        "BPJS_SENSOR_INTERVAL_SECONDS": "5",
    }
    log = open(tmp_path / "dagster_dev.log", "wb")
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("dagster")), "dev", "-m", "bpjs_pipeline.orchestration.definitions",
         "-h", "127.0.0.1", "-p", str(port)],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own session: signals reach it (STACK.md) and only it
    )
    try:
        wait_for("the webserver", lambda: urllib.request.urlopen(
            f"http://127.0.0.1:{port}/server_info", timeout=5).status == 200, STARTUP_SECONDS, proc)

        # The sensor (running by default) picks up the seed that is there ...
        first = "000_7ee6b9d7b46a30da"
        wait_for("the first article in the warehouse", lambda: warehouse_rows(
            warehouse, "SELECT fact_count FROM articles WHERE article_id = ?", [first]), PICKUP_SECONDS, proc)

        # ... and a new file dropped in.
        new = "new_article"
        (seeds / f"{new}.txt").write_bytes((SEEDS_DIR / "004_a8f0b8522d499fce.txt").read_bytes())
        facts = wait_for("the new article's facts", lambda: warehouse_rows(
            warehouse, "SELECT count(*) FROM fact_targets WHERE article_id = ? HAVING count(*) > 0", [new]),
            PICKUP_SECONDS, proc)
        assert facts[0][0] > 0
        conflict = warehouse_rows(warehouse, "SELECT article_a, article_b FROM conflicts WHERE metric = "
                                             "'managed_funds' AND year = 2026")
        assert conflict == [(first, new)]

        # the sensor delivered it as a batch of its own, naming the file in the run's config
        run = wait_for("the new article's run to finish", lambda: next(
            (r for r in runs(port) if f"{new}.txt" in r["runConfigYaml"]
             and any(t["key"] == "dagster/partition" for t in r["tags"]) and r["status"] == "SUCCESS"), None),
            RUN_SECONDS, proc)
        evaluated = checks_of_run(port, run["runId"])
        names = {(asset, name) for asset, name, _ in evaluated}
        assert ("extracted_facts", "facts_schema_valid") in names
        assert ("extracted_facts", "no_extraction_regression") in names
        assert ("warehouse/conflicts", "sources_agree") in names
        assert ("warehouse/conflicts", "sources_agree", "False") in evaluated
        assert ("warehouse/articles", "every_article_has_facts", "True") in evaluated

        # One article processed again through the API, as the UI's launchpad does: its batch
        # (from the warehouse) with its file named in the resource config.
        (batch,) = warehouse_rows(warehouse, "SELECT batch FROM articles WHERE article_id = ?", [first])[0]
        location = graphql(port, """
            { workspaceOrError { ... on Workspace { locationEntries { name } } } }
        """)["workspaceOrError"]["locationEntries"][0]["name"]
        launched = graphql(port, """
            mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) {
                __typename ... on LaunchRunSuccess { run { runId } }
                ... on PythonError { message } ... on InvalidSubsetError { message } } }
        """, {"params": {
            "selector": {"repositoryLocationName": location, "repositoryName": "__repository__",
                         "jobName": "bpjs_pipeline_job",
                         "assetSelection": [{"path": ["raw_articles"]}, {"path": ["cleaned_articles"]},
                                            {"path": ["extracted_facts"]}]},
            "executionMetadata": {"tags": [{"key": "dagster/partition", "value": batch}]},
            "runConfigData": {"resources": {"article_selection": {"config": {"files": [f"{first}.txt"]}}}},
        }})["launchRun"]
        assert launched["__typename"] == "LaunchRunSuccess", launched
        run_id = launched["run"]["runId"]
        status = wait_for("the launched run", lambda: next(
            (r["status"] for r in runs(port) if r["runId"] == run_id and r["status"] in
             ("SUCCESS", "FAILURE", "CANCELED")), None), RUN_SECONDS, proc)
        assert status == "SUCCESS", (tmp_path / "dagster_dev.log").read_text(errors="replace")[-5000:]
        evaluated = checks_of_run(port, run_id)
        assert ("extracted_facts", "no_extraction_regression", "True") in evaluated
    except BaseException:
        log.flush()
        sys.stderr.write((tmp_path / "dagster_dev.log").read_text(errors="replace")[-8000:])
        raise
    finally:
        stop(proc)
        log.close()
    assert proc.poll() is not None
