"""The HTML report, the export and CSV output on the seeds."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

import duckdb

from bpjs_pipeline.cli import main
from bpjs_pipeline.warehouse import PUBLISHED_RELATIONS

from test_headlines import seeds_warehouse  # noqa: F401  (module fixture: the seeds, published)
from test_warehouse import query


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.images, self.external = set(), [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs)
        for name in ("src", "href"):
            if name in attrs and not attrs[name].startswith(("#", "data:")):
                self.external.append(attrs[name])


def test_report_has_a_chart_per_target_and_the_disputed_funds_target(seeds_warehouse, tmp_path):
    out = tmp_path / "report.html"
    assert main(["report", "--warehouse", str(seeds_warehouse), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    page = _Page()
    page.feed(text)
    assert page.external == []  # opens offline: no file or network reference
    series = query(seeds_warehouse, "SELECT DISTINCT metric, segment, program FROM target_progress")
    charts = [i for i in page.images if i["src"].startswith("data:image/png;base64,")]
    assert len(charts) == len(series) == len(page.images)
    assert all(i["src"].startswith("data:image/png;base64,iVBOR") for i in charts)  # PNG signature
    # every link resolves inside the page, and every figure of the tables links to a sentence
    assert page.links and all(link[1:] in page.ids for link in page.links)
    disputed = text[text.index('id="disputed"'):text.index('id="quarantine"')]
    quotes = query(seeds_warehouse, "SELECT quote_a, quote_b FROM conflicts WHERE metric = 'managed_funds' "
                                    "AND year = 2026 AND fact_table = 'targets'")
    assert len(quotes) == 1
    for quote in quotes[0]:
        assert html.escape(quote) in disputed
    assert "Rp 14.000 triliun" in disputed and "Rp 1.000 triliun" in disputed
    targets = text[text.index('id="targets"'):text.index('id="disputed"')]
    funds_2026 = re.search(r"<tr><td>managed_funds</td><td>all</td><td></td><td>2026</td>.*?</tr>", targets).group(0)
    assert "Rp 1.000 triliun" in funds_2026 and "disputed" in funds_2026 and "14.000" not in funds_2026
    assert 'href="#fact-004_' in funds_2026


def test_export_writes_every_relation_with_its_schema(seeds_warehouse, tmp_path):
    for fmt in ("parquet", "csv"):
        folder = tmp_path / fmt
        assert main(["export", str(folder), "--format", fmt, "--warehouse", str(seeds_warehouse)]) == 0
        schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
        assert set(schema) == set(PUBLISHED_RELATIONS)
        readme = (folder / "README.md").read_text(encoding="utf-8")
        for name in PUBLISHED_RELATIONS:
            assert f"`{name}.{fmt}`" in readme
            con = duckdb.connect()
            reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
            (count,) = con.execute(f"SELECT count(*) FROM {reader}('{folder / (name + '.' + fmt)}')").fetchone()
            assert count == schema[name]["rows"] == query(seeds_warehouse, f"SELECT count(*) FROM {name}")[0][0]
            assert all(c["description"] for c in schema[name]["columns"])
    assert "14000000000000000" in (tmp_path / "csv" / "fact_targets.csv").read_text(encoding="utf-8")
    # lists are JSON arrays, and the exported bodies trace every figure as the warehouse does
    import csv as csv_module

    with open(tmp_path / "csv" / "articles.csv", encoding="utf-8", newline="") as handle:
        articles = {row["article_id"]: row for row in csv_module.DictReader(handle)}
    assert all(json.loads(row["file_names"]) == [row["file_name"]] for row in articles.values())
    with open(tmp_path / "csv" / "fact_targets.csv", encoding="utf-8", newline="") as handle:
        for fact in csv_module.DictReader(handle):
            written = articles[fact["article_id"]]["body"][int(fact["value_start"]):int(fact["value_end"])]
            assert written and written in fact["quote"]


def test_sql_csv_writes_whole_numbers_as_integers(seeds_warehouse):
    out = subprocess.run(
        [sys.executable, "-m", "bpjs_pipeline.cli", "sql", "--warehouse", str(seeds_warehouse), "--format", "csv",
         "SELECT value, year, 0.25 AS share FROM fact_targets WHERE metric = 'managed_funds' ORDER BY value"],
        capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[1:] and all(not line.split(",")[0].endswith(".0") for line in out.splitlines()[1:])
    assert "14000000000000000,2026,0.25" in out.splitlines()


def test_a_chart_is_drawn_again_only_when_its_numbers_change(seeds_warehouse, tmp_path, monkeypatch):
    import shutil

    from bpjs_pipeline.report import charts as charts_module

    drawn = []
    draw = charts_module._draw
    monkeypatch.setattr(charts_module, "_draw", lambda chart: drawn.append(chart.title) or draw(chart))
    warehouse = tmp_path / "bpjs.duckdb"
    shutil.copy(seeds_warehouse, warehouse)
    cache = tmp_path / "bpjs.charts"

    def charts():
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            return charts_module.target_charts(con, cache)
        finally:
            con.close()

    first = charts()
    assert len(drawn) == len(first) > 2 and len(list(cache.glob("*.png"))) == len(first)
    drawn.clear()
    again = charts()
    assert drawn == [] and [c.png for c in again] == [c.png for c in first]

    con = duckdb.connect(str(warehouse))  # one more source behind every point: only the tables change
    con.execute("UPDATE _participants_by_year_rows SET sources = sources + 1")
    con.close()
    more_sources = charts()
    assert drawn == [] and [c.png for c in more_sources] == [c.png for c in first]
    assert [charts_module.chart_table(c).equals(charts_module.chart_table(f))
            for c, f in zip(more_sources, first)] == [c.actuals.empty or c.metric not in (
                "participants", "active_participants") for c in first]

    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE _target_progress_rows SET target_value = target_value * 2 "
                "WHERE metric = 'participants' AND segment = 'informal'")
    con.close()
    changed = charts()
    assert drawn == ["participants (informal)"]
    assert [c.png == f.png for c, f in zip(changed, first)] == [c.title != "participants (informal)" for c in first]
    assert changed[[c.title for c in changed].index("participants (informal)")].png == draw(
        changed[[c.title for c in changed].index("participants (informal)")])
    assert len(list(cache.glob("*.png"))) == len(first)  # the chart it replaced is gone
