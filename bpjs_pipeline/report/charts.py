"""Charts of the targets: per target, the headline actuals by year (with the number of sources
of each) and the target as a line. PNG images made with matplotlib (Agg, no display)."""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass

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
    actuals: pd.DataFrame  # year, value, source_article_id, sources, disputed
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


def target_charts(con: duckdb.DuckDBPyConnection) -> list[TargetChart]:
    """One chart per (metric, segment, program) that has a target in `target_progress`."""
    targets = con.execute(
        "SELECT metric, segment, program, unit, target_year, target_value, target_source_article_id, "
        "target_disputed FROM target_progress ORDER BY metric, segment, program NULLS FIRST, target_year"
    ).df()
    actuals = con.execute(
        "SELECT metric, segment, program, year, value, source_article_id, sources, disputed "
        "FROM participants_by_year WHERE value IS NOT NULL "
        "UNION ALL SELECT metric, segment, program, year, value, source_article_id, sources, disputed "
        "FROM funds_by_year WHERE value IS NOT NULL ORDER BY year"
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
        charts.append(TargetChart(**{**chart.__dict__, "png": _draw(chart)}))
    return charts


def _draw(chart: TargetChart) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    scale, label = _SCALE.get(chart.unit, (1.0, chart.unit))
    figure = Figure(figsize=(6.4, 3.4), dpi=100)
    axes = figure.add_subplot()
    actuals = chart.actuals
    if len(actuals):
        axes.plot(actuals["year"], actuals["value"] / scale, marker="o", color="#1f77b4", label="actual")
        for year, value, sources, disputed in zip(actuals["year"], actuals["value"], actuals["sources"],
                                                  actuals["disputed"]):
            note = f"{format_amount(value, chart.unit)}\n{sources} source{'s' if sources != 1 else ''}"
            axes.annotate(note + (" (disputed)" if disputed else ""), (year, value / scale),
                          textcoords="offset points", xytext=(0, 8), ha="center", fontsize=7)
    targets = chart.targets
    axes.plot(targets["target_year"], targets["target_value"] / scale, linestyle="--", marker="*",
              markersize=11, color="#d62728", label="target")
    if len(targets):
        last = targets.iloc[-1]
        axes.axhline(last["target_value"] / scale, color="#d62728", linewidth=0.6, alpha=0.4)
    for year, value, disputed in zip(targets["target_year"], targets["target_value"], targets["target_disputed"]):
        axes.annotate(f"target {year}: {format_amount(value, chart.unit)}" + (" (disputed)" if disputed else ""),
                      (year, value / scale), textcoords="offset points", xytext=(-8, -4), ha="right",
                      fontsize=7, color="#d62728")
    years = list(actuals["year"]) + list(chart.targets["target_year"])
    if years:
        axes.set_xlim(min(years) - 0.7, max(years) + 0.7)
        axes.set_xticks(range(int(min(years)), int(max(years)) + 1))
    top = max([*(actuals["value"] / scale), *(chart.targets["target_value"] / scale), 0])
    axes.set_ylim(0, top * 1.25 or 1)
    axes.set_title(chart.title, fontsize=10)
    axes.legend(fontsize=7, loc="upper left")
    axes.set_ylabel(label, fontsize=8)
    axes.tick_params(labelsize=7)
    axes.grid(alpha=0.3)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def charts_markdown(charts: list[TargetChart]) -> str:
    """Markdown with every chart inline (what the Dagster UI shows on `target_progress`)."""
    if not charts:
        return "_no targets_"
    return "\n\n".join(f"**{c.title}**\n\n![chart]({c.data_uri()})" for c in charts)
