"""Charts of the targets: per target series (metric, segment, programme), the headline actuals by
year as a line and each target as a star. PNG images made with matplotlib (Agg, no display). The
numbers are not written on the chart, where labels of close points overlap: they are in a table
beside it (`chart_table`: each year's actual, how many of its sources agree on it, the target).

A chart is drawn only when its numbers changed: given a cache folder, each PNG is kept there under
a digest of the chart's data and of this module's source, and a chart whose digest is there is read
back instead of drawn (one new article redraws the series it touches, not every chart)."""
from __future__ import annotations

import base64
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.report.format import format_amount

_SCALE = {"IDR": (1e12, "Rp triliun"), "persons": (1e6, "juta orang"), "employers": (1e3, "ribu pemberi kerja")}


@dataclass(frozen=True)
class TargetChart:
    """One target series: metric, segment, program; its targets and the actuals by year."""

    metric: str
    segment: str
    program: str | None
    unit: str
    targets: pd.DataFrame  # target_year, target_value, target_source_article_id, target_disputed
    actuals: pd.DataFrame  # year, value, source_article_id, agreeing_sources, sources, disputed
    png: bytes

    @property
    def title(self) -> str:
        program = f", {self.program}" if self.program else ""
        return f"{self.metric} ({self.segment}{program})"

    @property
    def anchor(self) -> str:
        return "chart-" + "-".join(str(p) for p in (self.metric, self.segment, self.program or "all-programs"))

    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")


def target_charts(con: duckdb.DuckDBPyConnection, cache_dir: Path | None = None) -> list[TargetChart]:
    """One chart per (metric, segment, program) that has a target in `target_progress`; with
    `cache_dir`, a chart whose numbers are those of a chart drawn before is read from there, and
    the folder keeps only the charts returned."""
    targets = con.execute(
        "SELECT metric, segment, program, unit, target_year, target_value, target_source_article_id, "
        "target_disputed FROM target_progress ORDER BY metric, segment, program NULLS FIRST, target_year"
    ).df()
    actuals = con.execute(
        "SELECT metric, segment, program, year, value, source_article_id, agreeing_sources, sources, disputed "
        "FROM participants_by_year WHERE value IS NOT NULL "
        "UNION ALL SELECT metric, segment, program, year, value, source_article_id, agreeing_sources, sources, "
        "disputed FROM funds_by_year WHERE value IS NOT NULL ORDER BY year"
    ).df()
    charts = []
    for (metric, segment, program), group in targets.groupby(["metric", "segment", "program"], dropna=False,
                                                             sort=False):
        program = None if pd.isna(program) else program
        series = actuals[(actuals["metric"] == metric) & (actuals["segment"] == segment)
                         & (actuals["program"].isna() if program is None else actuals["program"] == program)]
        unit = str(group["unit"].iloc[0])
        chart = TargetChart(metric, segment, program, unit, group.reset_index(drop=True),
                            series.reset_index(drop=True), b"")
        charts.append(TargetChart(**{**chart.__dict__, "png": _drawn(chart, cache_dir)}))
    if cache_dir is not None:
        _keep_only(cache_dir, {chart_digest(c) for c in charts})
    return charts


# the columns `_draw` reads
DRAWN_TARGET_COLUMNS = ("target_year", "target_value")
DRAWN_ACTUAL_COLUMNS = ("year", "value", "disputed")
@cache
def _source_digest() -> str:
    """A digest of how charts are drawn (this module's source), read once per process when needed."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def chart_digest(chart: TargetChart) -> str:
    """What the chart's picture depends on: its series, the points it draws (not the sources
    behind them, which only the table beside it shows), and how charts are drawn."""
    data = "\n".join([_source_digest(), chart.metric, chart.segment, str(chart.program), chart.unit,
                      chart.targets[list(DRAWN_TARGET_COLUMNS)].to_csv(index=False),
                      chart.actuals[list(DRAWN_ACTUAL_COLUMNS)].to_csv(index=False)])
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def _drawn(chart: TargetChart, cache_dir: Path | None) -> bytes:
    if cache_dir is None:
        return _draw(chart)
    path = cache_dir / f"{chart_digest(chart)}.png"
    try:
        return path.read_bytes()
    except OSError:
        pass
    png = _draw(chart)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(png)
        os.replace(temporary, path)
    except OSError:  # a cache that cannot be written costs a redraw next time, nothing else
        pass
    return png


def _keep_only(cache_dir: Path, digests: set[str]) -> None:
    try:
        entries = list(cache_dir.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.suffix == ".png" and entry.stem not in digests:
            entry.unlink(missing_ok=True)


# 8 x 4 inches at 100 dpi: 800 x 400 pixels, the width of the UI's markdown dialog and of the
# report's column, with 10-11 pt text.
FIGURE_INCHES = (8.0, 4.0)
DPI = 100


def sources_agree(agreeing: int, sources: int) -> str:
    """`1 source`, `2 of 2 sources agree`, `1 of 3 sources agree`."""
    if sources <= 1:
        return f"{sources} source"
    return f"{agreeing} of {sources} sources agree"


def chart_table(chart: TargetChart) -> pd.DataFrame:
    """The numbers of a chart, one row per year: the headline actual with how many of the articles
    stating a figure for that year agree on it (within 2 %), and the target for that year."""
    rows: dict[int, dict[str, str]] = {}
    for a in chart.actuals.itertuples():
        rows.setdefault(int(a.year), {})["actual"] = format_amount(a.value, chart.unit) + (
            " (disputed)" if a.disputed else "")
        rows[int(a.year)]["sources"] = sources_agree(int(a.agreeing_sources), int(a.sources))
    for t in chart.targets.itertuples():
        rows.setdefault(int(t.target_year), {})["target"] = format_amount(t.target_value, chart.unit) + (
            " (disputed)" if t.target_disputed else "")
    return pd.DataFrame([{"year": str(year), "actual": r.get("actual", ""), "sources": r.get("sources", ""),
                          "target": r.get("target", "")} for year, r in sorted(rows.items())],
                        columns=["year", "actual", "sources", "target"])


def _draw(chart: TargetChart) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    scale, label = _SCALE.get(chart.unit, (1.0, chart.unit))
    figure = Figure(figsize=FIGURE_INCHES, dpi=DPI)
    axes = figure.add_subplot()
    actuals, targets = chart.actuals, chart.targets
    if len(actuals):
        axes.plot(actuals["year"], actuals["value"] / scale, marker="o", markersize=6, linewidth=2,
                  color="#1f77b4", label="actual (headline value)")
        disputed = actuals[actuals["disputed"].astype(bool)]
        if len(disputed):
            axes.plot(disputed["year"], disputed["value"] / scale, linestyle="none", marker="o", markersize=12,
                      markerfacecolor="none", markeredgecolor="#b00", label="actual disputed")
    if len(targets):
        axes.plot(targets["target_year"], targets["target_value"] / scale, linestyle="--", marker="*",
                  markersize=14, color="#d62728", label="target")
        axes.axhline(targets.iloc[-1]["target_value"] / scale, color="#d62728", linewidth=0.8, alpha=0.35)
    years = [*actuals["year"], *targets["target_year"]]
    if years:
        axes.set_xlim(min(years) - 0.5, max(years) + 0.5)
        step = max(1, -(-(int(max(years)) - int(min(years)) + 1) // 12))
        axes.set_xticks(range(int(min(years)), int(max(years)) + 1, step))
    top = max([*(actuals["value"] / scale), *(targets["target_value"] / scale), 0])
    axes.set_ylim(0, top * 1.15 or 1)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}".replace(",", ".")))
    axes.set_title(chart.title, fontsize=12)
    axes.legend(fontsize=10, loc="best")
    axes.set_ylabel(label, fontsize=11)
    axes.tick_params(labelsize=10)
    axes.grid(alpha=0.3)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def charts_markdown(charts: list[TargetChart]) -> str:
    """Markdown with every chart inline and its numbers in a table under it (what the Dagster UI
    shows on `target_progress`)."""
    if not charts:
        return "_no targets_"
    parts = []
    for c in charts:
        table = chart_table(c)
        lines = ["| year | actual | sources | target |", "|---|---|---|---|"]
        lines += [f"| {r.year} | {r.actual} | {r.sources} | {r.target} |" for r in table.itertuples()]
        parts.append(f"**{c.title}**\n\n![chart]({c.data_uri()})\n\n" + "\n".join(lines))
    return "\n\n".join(parts)
