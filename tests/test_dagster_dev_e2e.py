"""The real `dagster dev` (webserver + daemon), started as the README says (`make ui`) once for the
module and shared by its tests: it prints the address to open once it answers; a file dropped
into the seeds folder ends up in the warehouse with its checks evaluated, and its run prints no
DEBUG line to the console; a run launched through the GraphQL API (as the UI's Materialize button
does) succeeds. `tests/test_ui_browser.py` looks at the same server with a browser."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from corpus import poll_until
from servers import free_port
from test_checks import CONTRADICTION, IMPLAUSIBLE, NO_FIGURES

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
STARTUP_SECONDS = 120
PICKUP_SECONDS = 240
RUN_SECONDS = 180


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
    return poll_until(what, condition, seconds, {"dagster dev": proc}, interval)


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



# One `make ui` server (the session fixture `ui_server` of conftest.py) for this module and
# tests/test_ui_browser.py: both run in one pytest-xdist worker.
pytestmark = [pytest.mark.skipif(shutil.which("make") is None, reason="`make ui` needs make"),
              pytest.mark.xdist_group("dagster_ui")]


@dataclass
class UI:
    base: str
    port: int
    proc: subprocess.Popen
    seeds: Path
    warehouse: Path
    log: Path
    cli_run: str

    def console(self) -> str:
        return self.log.read_text(errors="replace")


def start_ui(root: Path) -> UI:
    """The seeds plus articles that make every warning check fail (a contradiction, an implausible
    figure, no figures, a binary file, a bad corrections row, a corrected year), published by
    `bpjs-pipeline run` on the instance, then `make ui` on it."""

    home, seeds, warehouse = root / "dagster_home", root / "seeds", root / "warehouse" / "bpjs.duckdb"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "zz_contradiction.txt").write_text(CONTRADICTION, encoding="utf-8")
    (seeds / "zz_implausible.txt").write_text(IMPLAUSIBLE, encoding="utf-8")
    (seeds / "zz_no_figures.txt").write_text(NO_FIGURES, encoding="utf-8")
    (seeds / "zz_binary.txt").write_bytes(b"\x00\x01" * 50)
    (root / "corrections.csv").write_text(
        "article_id,value,value_start,action,metric,year,note\n"
        "000_7ee6b9d7b46a30da,1.4e16,,change,active_members,,an unknown metric\n"
        "001_5eb10663a939ec84,1700000,,change,,2018,the year the article means\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPJS_") and k != "DAGSTER_HOME"}
    env.update(BPJS_SEEDS_DIR=str(seeds), BPJS_WAREHOUSE=str(warehouse), BPJS_SENSOR_INTERVAL_SECONDS="3",
               PYTHONUNBUFFERED="1")
    cli = subprocess.run([str(Path(sys.executable).with_name("bpjs-pipeline")), "run"],
                         env={**env, "DAGSTER_HOME": str(home)}, cwd=root, capture_output=True, text=True,
                         timeout=RUN_SECONDS)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    cli_run = re.match(r"run (\S+): succeeded", cli.stdout).group(1)
    port = free_port()
    log = root / "make_ui.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["make", "-s", "ui", f"DAGSTER_HOME_DIR={home}", f"UI_PORT={port}"],  # the Makefile's host
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own session: signals reach it (STACK.md) and only it
        )
    ui = UI(f"http://127.0.0.1:{port}", port, proc, seeds, warehouse, log, cli_run)
    try:
        wait_for("the address to open", lambda: f"open http://127.0.0.1:{port}" in ui.console(),
                 STARTUP_SECONDS, proc, 1.0)
    except BaseException:
        sys.stderr.write(ui.console()[-8000:])
        stop(proc)
        raise
    return ui


def test_make_ui_prints_the_address_once_the_ui_answers(ui_server):
    ui = ui_server
    with urllib.request.urlopen(f"{ui.base}/server_info", timeout=10) as response:
        assert response.status == 200
    assert f"Dagster UI ready: open {ui.base}" in ui.console()


def test_a_new_file_is_picked_up_with_its_checks_and_the_console_stays_quiet(ui_server):
    ui = ui_server
    # the sensor does not redo what the command line published (a quarantined file it tries again)
    published = {a for (a,) in warehouse_rows(ui.warehouse, "SELECT article_id FROM articles")}
    redone = [name[:-4] for r in runs(ui.port)
              if {"key": "dagster/sensor_name", "value": "seed_files_sensor"} in r["tags"]
              for name in re.findall(r"[\w.-]+\.txt", r["runConfigYaml"])]
    assert published and not published & set(redone)
    new = "new_article"
    # another content than 004's (the same bytes would be folded into 004 as a duplicate)
    (ui.seeds / f"{new}.txt").write_bytes((SEEDS_DIR / "004_a8f0b8522d499fce.txt").read_bytes() + b"\n")
    facts = wait_for("the new article's facts", lambda: warehouse_rows(
        ui.warehouse, "SELECT count(*) FROM fact_targets WHERE article_id = ? HAVING count(*) > 0", [new]),
        PICKUP_SECONDS, ui.proc)
    assert facts[0][0] > 0
    conflict = warehouse_rows(ui.warehouse, "SELECT article_a, articles_b FROM conflicts WHERE metric = "
                                            "'managed_funds' AND year = 2026")
    assert conflict == [("000_7ee6b9d7b46a30da", ["004_a8f0b8522d499fce", new])]
    # the sensor delivered it as a batch of its own, naming the file in the run's config
    run = wait_for("the new article's run to finish", lambda: next(
        (r for r in runs(ui.port) if f"{new}.txt" in r["runConfigYaml"]
         and any(t["key"] == "dagster/partition" for t in r["tags"]) and r["status"] == "SUCCESS"), None),
        RUN_SECONDS, ui.proc)
    evaluated = checks_of_run(ui.port, run["runId"])
    names = {(asset, name) for asset, name, _ in evaluated}
    assert ("extracted_facts", "facts_schema_valid") in names
    assert ("extracted_facts", "no_extraction_regression") in names
    assert ("warehouse/conflicts", "sources_agree", "False") in evaluated
    assert ("warehouse/articles", "every_article_has_facts", "False") in evaluated  # zz_no_figures
    # the sensor's run logged to the console of `make ui`: its totals line and warnings, no DEBUG line
    console = ui.console()
    assert "totals: batches" in console and run["runId"] in console
    assert "DEBUG" not in console and "dagster.yaml" not in console, console[-3000:]


def test_a_run_launched_from_the_api_succeeds(ui_server):
    """One article processed again through the API, as the UI's launchpad does: its batch (from
    the warehouse's `articles`) with its file named in the resource config."""
    ui = ui_server
    first = "000_7ee6b9d7b46a30da"
    (batch,) = warehouse_rows(ui.warehouse, "SELECT batch FROM articles WHERE article_id = ?", [first])[0]
    location = graphql(ui.port, """
        { workspaceOrError { ... on Workspace { locationEntries { name } } } }
    """)["workspaceOrError"]["locationEntries"][0]["name"]
    launched = graphql(ui.port, """
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
        (r["status"] for r in runs(ui.port) if r["runId"] == run_id and r["status"] in
         ("SUCCESS", "FAILURE", "CANCELED")), None), RUN_SECONDS, ui.proc)
    assert status == "SUCCESS", ui.console()[-5000:]
    evaluated = checks_of_run(ui.port, run_id)
    assert ("extracted_facts", "no_extraction_regression", "True") in evaluated
    assert "DEBUG" not in ui.console()
