"""What a person sees in the real Dagster UI, started as the README says (`make ui`; the session
fixture `ui_server`, shared with tests/test_dagster_dev_e2e.py), driven by a headless Chromium in
a 1366 x 768 window: every asset check's page and a partition's preview fit the window (nothing
reaches past its right edge), with a screenshot of each; the `target_progress` charts at the
size of the UI's markdown dialog, with their numbers in tables; and a command-line run
(`bpjs-pipeline run`) that the UI re-executes.

Screenshots go to BPJS_SCREENSHOT_DIR when set, else to the test's temporary folder."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from test_dagster_dev_e2e import graphql, wait_for

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
    pytest.mark.xdist_group("dagster_ui"),
]
WINDOW = {"width": 1366, "height": 768}


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



# Every visible element whose right edge lies past the window's (1 px of rounding allowed); the UI's
# invisible form controls (opacity 0) do not count.
OVERFLOWING = """() => [...document.querySelectorAll('body *')].filter(e => {
    const r = e.getBoundingClientRect(), style = getComputedStyle(e);
    return r.width > 0 && r.right > window.innerWidth + 1 && style.visibility !== 'hidden' && style.opacity !== '0';
}).slice(0, 5).map(e => e.tagName + '.' + String(e.className).slice(0, 40) + ' right=' + Math.round(e.getBoundingClientRect().right))"""


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("BPJS_SCREENSHOT_DIR") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check_pages() -> list[tuple[str, str]]:
    """(asset key path, check name) of every asset check of the code location."""
    from bpjs_pipeline.orchestration.definitions import build_definitions

    graph = build_definitions().resolve_asset_graph()
    return sorted({("/".join(key.asset_key.path), key.name) for key in graph.asset_check_keys})


def open_page(page, url: str, first: bool = True) -> None:
    """Load `url`; on a page's first load, close the community dialog the UI greets a browser with."""
    page.goto(url, wait_until="networkidle" if first else "load")
    if first:
        dismiss_popups(page, seconds=3)


def fits(page) -> list[str]:
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    return ([] if width[0] <= width[1] else [f"page {width[0]} px wide"]) + page.evaluate(OVERFLOWING)


def test_every_check_page_fits_the_window(ui_server, browser, shots):
    page = browser.new_page(viewport=WINDOW)
    failing = {}
    for n, (asset, check) in enumerate(check_pages()):
        open_page(page, f"{ui_server.base}/assets/{asset}?view=checks&checkDetail={check}", first=n == 0)
        try:
            page.get_by_text("Latest execution").first.wait_for(timeout=20_000)
            page.get_by_text("Metadata", exact=True).first.wait_for(timeout=20_000)
        except Exception as exc:
            page.screenshot(path=str(shots / f"check__{asset.replace('/', '__')}__{check}.png"))
            raise AssertionError(f"the page of {asset}:{check} shows no evaluation with metadata") from exc
        page.screenshot(path=str(shots / f"check__{asset.replace('/', '__')}__{check}.png"))
        failing.update({f"{asset}:{check}": problems for problems in [fits(page)] if problems})
    assert failing == {}
    # a failure table in place, figures for people, the clause beside each source
    open_page(page, f"{ui_server.base}/assets/warehouse/conflicts?view=checks&checkDetail=sources_agree")
    row = page.locator("tr", has=page.get_by_text("failure_cases_preview", exact=True))
    row.locator("td", has_text="Rp 14.000 triliun").first.wait_for(timeout=20_000)
    table = row.locator("table").first
    assert "Rp 1.000 triliun" in table.inner_text() and "“" in table.inner_text()
    assert table.bounding_box()["x"] + table.bounding_box()["width"] <= WINDOW["width"]
    # the whole sentences, one click away
    page.locator("tr", has=page.get_by_text("failure_cases_sentences", exact=True)).get_by_text(
        "Show Markdown").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Kita ingin capai").first.wait_for(timeout=20_000)
    page.screenshot(path=str(shots / "check__warehouse__conflicts__sources_agree__sentences.png"))
    assert fits(page) == []
    page.close()


def test_a_batch_preview_fits_the_window(ui_server, browser, shots):
    """The page of a batch partition of `extracted_facts`: its articles with their status in a
    table that fits the window beside the list of partitions, the detail and the facts (as
    people write the figures) one click away in a dialog that fits it too."""
    con = duckdb.connect(str(ui_server.warehouse), read_only=True)
    try:
        (batch,) = con.execute("SELECT batch FROM articles WHERE article_id = '000_7ee6b9d7b46a30da'").fetchone()
    finally:
        con.close()
    page = browser.new_page(viewport=WINDOW)
    open_page(page, f"{ui_server.base}/assets/extracted_facts?view=partitions&partition={batch}")
    articles = page.locator("tr", has=page.get_by_text("articles", exact=True))
    articles.locator("td", has_text="000_7ee6b9d7b46a30da.txt").first.wait_for(timeout=20_000)
    page.screenshot(path=str(shots / "partition__extracted_facts__batch.png"))
    assert fits(page) == []
    assert page.get_by_text("article_count", exact=True).count() == 1
    for name, expected in (("facts", "35,86 juta"), ("articles_detail", "published")):
        page.locator("tr", has=page.get_by_text(name, exact=True)).get_by_text("Show Markdown").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_text(expected).first.wait_for(timeout=20_000)
        page.screenshot(path=str(shots / f"partition__extracted_facts__batch__{name}.png"))
        box = dialog.first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= WINDOW["width"], name
        page.keyboard.press("Escape")
        dialog.first.wait_for(state="hidden", timeout=10_000)
    page.close()


def test_the_charts_are_readable_in_the_markdown_dialog(ui_server, browser, shots):
    con = duckdb.connect(str(ui_server.warehouse), read_only=True)
    try:
        series = con.execute("SELECT count(DISTINCT (metric, segment, program)) FROM target_progress").fetchone()[0]
    finally:
        con.close()
    # the latest materialization that drew the charts (a publish that changed neither the targets
    # nor the actuals beside them points to it instead of drawing them again)
    events = graphql(ui_server.port, """
        { assetOrError(assetKey: {path: ["warehouse", "target_progress"]}) { ... on Asset {
            assetMaterializations(limit: 50) { timestamp metadataEntries { label } } } } }
    """)["assetOrError"]["assetMaterializations"]
    drawn = max(int(e["timestamp"]) for e in events if any(m["label"] == "charts" for m in e["metadataEntries"]))
    page = browser.new_page(viewport=WINDOW)
    open_page(page, f"{ui_server.base}/assets/warehouse/target_progress?view=events&time={drawn}")
    page.locator("tr", has=page.get_by_text("chart", exact=True)).get_by_text("Show Markdown").click()
    images = page.locator("img[src^='data:image/png;base64,']")
    images.first.wait_for(timeout=20_000)
    page.wait_for_timeout(500)
    assert images.count() == series > 0
    for i in range(series):
        natural, shown = images.nth(i).evaluate("i => [i.complete && i.naturalWidth, i.getBoundingClientRect().width]")
        assert natural == 800 and shown >= 0.9 * natural  # shown at its size, not shrunk
    dialog = page.get_by_role("dialog")
    assert dialog.get_by_text("sources agree").count() > 0  # the numbers, in a table under each chart
    page.screenshot(path=str(shots / "chart__target_progress.png"))
    box = dialog.first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WINDOW["width"]  # the dialog fits the window
    page.close()


def test_the_ui_reexecutes_a_command_line_run(ui_server, browser):
    port = ui_server.port
    page = browser.new_page(viewport=WINDOW)
    open_page(page, f"{ui_server.base}/overview/activity/timeline")
    page.get_by_role("link", name="bpjs_pipeline_job").first.wait_for(timeout=20_000)
    page.close()
    # the command-line run belongs to the code location: the UI can re-execute it
    parent = run_status(port, ui_server.cli_run)
    assert parent["repositoryOrigin"]["repositoryLocationName"] == "bpjs_pipeline.orchestration.definitions"
    launched = graphql(port, """
        mutation ($id: String!) { launchRunReexecution(reexecutionParams: {parentRunId: $id, strategy: ALL_STEPS}) {
            __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } } }
    """, {"id": ui_server.cli_run})["launchRunReexecution"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    child = launched["run"]["runId"]
    status = wait_for("the re-execution", lambda: next(
        (s for s in [run_status(port, child)["status"]] if s in ("SUCCESS", "FAILURE", "CANCELED")), None),
        RUN_SECONDS, ui_server.proc)
    assert status == "SUCCESS", ui_server.console()[-5000:]
    assert "DEBUG" not in ui_server.console()
