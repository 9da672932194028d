"""What a person sees in the real Dagster UI, started as the README says (`make ui`), driven by a
headless Chromium: the `target_progress` chart, an asset check's failure table, and a
command-line run (`bpjs-pipeline run`) that the UI re-executes and the sensor does not redo."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from test_dagster_dev_e2e import free_port, graphql, stop, wait_for

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
STARTUP_SECONDS = 120
RUN_SECONDS = 180

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the test extras install it
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="Playwright for Python is not installed (pip install '.[test]')"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser: {CHROMIUM} is missing (apt-get install -y chromium)"),
    pytest.mark.skipif(shutil.which("make") is None, reason="`make ui` needs make"),
]


def run_status(port: int, run_id: str) -> dict:
    return graphql(port, """
        query ($id: ID!) { runOrError(runId: $id) { ... on Run { runId status
            repositoryOrigin { repositoryLocationName repositoryName } } } }
    """, {"id": run_id})["runOrError"]


def all_runs(port: int) -> list[dict]:
    return graphql(port, """
        { runsOrError(limit: 50) { ... on Runs { results { runId status tags { key value } } } } }
    """)["runsOrError"]["results"]


def sensor_ticks(port: int, location: str) -> list[str]:
    data = graphql(port, """
        query ($s: SensorSelector!) { sensorOrError(sensorSelector: $s) {
            ... on Sensor { sensorState { ticks(limit: 20) { status } } } } }
    """, {"s": {"repositoryLocationName": location, "repositoryName": "__repository__",
                "sensorName": "seed_files_sensor"}})
    return [t["status"] for t in data["sensorOrError"]["sensorState"]["ticks"]]


def dismiss_popups(page, seconds: float = 8) -> None:
    """The open-source UI greets a new browser with a community dialog a moment after loading."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    skip = page.get_by_role("button", name="Skip")
    try:
        skip.first.wait_for(state="visible", timeout=seconds * 1000)
    except PlaywrightTimeout:
        return
    skip.first.click()
    skip.first.wait_for(state="hidden")


def test_the_ui_shows_the_chart_a_failure_table_and_reexecutes_a_command_line_run(tmp_path):
    home = tmp_path / "dagster_home"
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    warehouse = tmp_path / "warehouse" / "bpjs.duckdb"
    env = {**os.environ, "BPJS_SEEDS_DIR": str(seeds), "BPJS_WAREHOUSE": str(warehouse),
           "BPJS_SENSOR_INTERVAL_SECONDS": "3", "PYTHONUNBUFFERED": "1"}
    env.pop("DAGSTER_HOME", None)
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")

    # `make run`, on this instance: the command line first
    cli = subprocess.run([str(Path(sys.executable).with_name("bpjs-pipeline")), "run"],
                         env={**env, "DAGSTER_HOME": str(home)}, cwd=tmp_path, capture_output=True, text=True,
                         timeout=RUN_SECONDS)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    cli_run = re.match(r"run (\S+): succeeded", cli.stdout).group(1)

    port = free_port()
    log = open(tmp_path / "make_ui.log", "wb")
    proc = subprocess.Popen(
        ["make", "-s", "ui", f"DAGSTER_HOME_DIR={home}", f"UI_PORT={port}", "UI_HOST=127.0.0.1"],
        cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for("the webserver", lambda: urllib.request.urlopen(
            f"http://127.0.0.1:{port}/server_info", timeout=5).status == 200, STARTUP_SECONDS, proc, 1.0)
        base = f"http://127.0.0.1:{port}"
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            series = con.execute("SELECT count(DISTINCT (metric, segment, program)) FROM target_progress").fetchone()[0]
        finally:
            con.close()

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                # the chart: markdown metadata of target_progress's latest materialization
                page.goto(f"{base}/assets/warehouse/target_progress?view=events", wait_until="networkidle")
                dismiss_popups(page)
                page.locator("tr", has=page.get_by_text("chart", exact=True)).get_by_text("Show Markdown").click()
                images = page.locator("img[src^='data:image/png;base64,']")
                images.first.wait_for(timeout=20_000)
                assert images.count() == series > 0
                assert all(images.nth(i).evaluate("i => i.complete && i.naturalWidth > 0") for i in range(series))
                page.keyboard.press("Escape")

                # an asset check's failure cases: a table in place, with figures for people
                page.goto(f"{base}/assets/warehouse/conflicts?view=checks", wait_until="networkidle")
                dismiss_popups(page, seconds=1)
                page.get_by_text("sources_agree", exact=True).first.click()
                row = page.locator("tr", has=page.get_by_text("failure_cases_preview", exact=True))
                cell = row.locator("td", has_text="Rp 14.000 triliun").first
                cell.wait_for(timeout=20_000)
                failure_table = row.locator("table").first
                assert "Rp 1.000 triliun" in failure_table.inner_text()
                assert failure_table.locator("th", has_text="quote_a").count() == 1

                # the Overview timeline has a row for the job: its only run so far is the command line's
                assert [r["runId"] for r in all_runs(port)] == [cli_run]
                page.goto(f"{base}/overview/activity/timeline", wait_until="networkidle")
                page.get_by_role("link", name="bpjs_pipeline_job").first.wait_for(timeout=20_000)
            finally:
                browser.close()

        # the command-line run belongs to the code location: the UI can re-execute it ...
        parent = run_status(port, cli_run)
        assert parent["repositoryOrigin"]["repositoryLocationName"] == "bpjs_pipeline.orchestration.definitions"
        launched = graphql(port, """
            mutation ($id: String!) { launchRunReexecution(reexecutionParams: {parentRunId: $id, strategy: ALL_STEPS}) {
                __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }
        """, {"id": cli_run})["launchRunReexecution"]
        assert launched["__typename"] == "LaunchRunSuccess", launched
        child = launched["run"]["runId"]
        status = wait_for("the re-execution", lambda: next(
            (s for s in [run_status(port, child)["status"]] if s in ("SUCCESS", "FAILURE", "CANCELED")), None),
            RUN_SECONDS, proc)
        assert status == "SUCCESS", (tmp_path / "make_ui.log").read_text(errors="replace")[-5000:]

        # ... and the sensor, ticking meanwhile, did not redo what the command line did
        location = parent["repositoryOrigin"]["repositoryLocationName"]
        wait_for("two sensor ticks", lambda: len(sensor_ticks(port, location)) >= 2, 60, proc, 1.0)
        sensor_runs = [r for r in all_runs(port) if any(t["key"] == "dagster/sensor_name" for t in r["tags"])]
        assert sensor_runs == []
        log.flush()
        output = (tmp_path / "make_ui.log").read_text(errors="replace")
        assert "DEBUG" not in output and "dagster.yaml" not in output, output[-3000:]
    except BaseException:
        log.flush()
        sys.stderr.write((tmp_path / "make_ui.log").read_text(errors="replace")[-8000:])
        raise
    finally:
        stop(proc)
        log.close()
