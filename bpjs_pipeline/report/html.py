"""`bpjs-pipeline report`: one self-contained HTML page over the published warehouse.

The page needs no network: charts are inline PNG (`data:` URIs), styles are
inline, there is no script. It holds, in order: the target charts, the
targets table (`target_progress`), the disputed figures (`conflicts`, both
sentences), the figures to review (the least confident, as rows for the corrections
file), the quarantine list, and one section per article with every
sentence that states a figure. Every figure in the tables links to its
sentence there (`#fact-<article>-<offset>`), and every article name to the
article's section.
"""
from __future__ import annotations

import html
from pathlib import Path

import duckdb
import pandas as pd

from bpjs_pipeline.ingest.partition_keys import partition_key_for
from bpjs_pipeline.report.charts import chart_table, target_charts
from bpjs_pipeline.report.format import decimal, format_amount, format_date, format_share
from bpjs_pipeline.report.trace import traced_facts
from bpjs_pipeline.warehouse.review import DEFAULT_BELOW, review_csv, review_list

# the least sure facts the report lists (`bpjs-pipeline review --limit 0` lists them all)
REPORT_REVIEW_LIMIT = 30

_STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 80em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .9em; }
th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; white-space: nowrap; }
.disputed { color: #b00; font-weight: bold; } .chart { margin: 1em 0 2em; }
blockquote { margin: .3em 0 .8em 1em; padding-left: .8em; border-left: 3px solid #ccc; }
li:target, blockquote:target { background: #fff3b0; } .muted { color: #777; }
.chart-row { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
.chart-row img { flex: 0 1 800px; min-width: 0; max-width: 100%; height: auto; } mark { background: #fff3b0; padding: 0 .1em; }
.corrected { color: #8a5a00; font-weight: bold; }
"""


def _e(value) -> str:
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value))


def _id_part(article_id: str) -> str:
    """An article id as it may stand in an element id and a link: letters, digits, `-`, `_`,
    `.` and `~XX` (the partition key), so no file name can close the attribute or add markup."""
    return partition_key_for(str(article_id))


def fact_anchor(article_id: str, value_start: int) -> str:
    return f"fact-{_id_part(article_id)}-{int(value_start)}"


def article_anchor(article_id: str) -> str:
    return f"article-{_id_part(article_id)}"


class _Facts:
    """Every published fact (with the figure and sentence cut from its article's stored body), to
    link a figure to the sentence stating it."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.frame = traced_facts(con)

    def corrected(self, tables: tuple[str, ...], article_id, metric, segment, program, year, value) -> bool:
        hits = self._hits(tables, article_id, metric, segment, program, year, value)
        return bool(len(hits) and hits["corrected"].any())

    def _hits(self, tables, article_id, metric, segment, program, year, value) -> pd.DataFrame:
        f = self.frame
        return f[f["fact_table"].isin(tables) & (f["article_id"] == article_id) & (f["metric"] == metric)
                 & (f["segment"] == segment) & (f["year"] == year)
                 & (f["program"].isna() if program is None or pd.isna(program) else f["program"] == program)
                 & ((f["value"] - value).abs() <= 1e-9 * abs(value))]

    def anchor(self, tables: tuple[str, ...], article_id, metric, segment, program, year, value) -> str | None:
        if article_id is None or pd.isna(article_id):
            return None
        hits = self._hits(tables, article_id, metric, segment, program, year, value)
        return fact_anchor(article_id, hits["value_start"].min()) if len(hits) else None


CORRECTED_MARK = '<span class="corrected" title="changed by a row of the corrections file">✎ corrected</span>'


def _figure(value, unit, anchor: str | None, corrected: bool = False) -> str:
    text = _e(format_amount(value, unit))
    shown = f'<a href="#{_e(anchor)}">{text}</a>' if anchor and text else text
    return shown + (" " + CORRECTED_MARK if corrected and text else "")


def _marked_sentence(fact) -> str:
    """The fact's sentence from the stored body, the figure (cut by its offsets) marked."""
    start, end = fact.value_start - fact.sentence_start, fact.value_end - fact.sentence_start
    sentence = fact.sentence if isinstance(fact.sentence, str) else fact.quote
    return f"{_e(sentence[:start])}<mark>{_e(sentence[start:end])}</mark>{_e(sentence[end:])}"


def _chart_table(chart) -> str:
    rows = "".join(f"<tr><td>{_e(r.year)}</td><td class=\"num\">{_e(r.actual)}</td><td>{_e(r.sources)}</td>"
                   f"<td class=\"num\">{_e(r.target)}</td></tr>" for r in chart_table(chart).itertuples())
    return ("<table><tr><th>year</th><th>actual</th><th>sources</th><th>target</th></tr>" + rows + "</table>")


def _article(article_id) -> str:
    if article_id is None or (isinstance(article_id, float) and pd.isna(article_id)):
        return ""
    return f'<a href="#{_e(article_anchor(article_id))}">{_e(article_id)}</a>'


def _review_section(frame: pd.DataFrame) -> list[str]:
    """The facts the reader is least sure of (`warehouse.review`), each with its reading and its
    sentence, and the same rows as the corrections file takes them."""
    rows = review_list(frame, limit=REPORT_REVIEW_LIMIT)
    unsure = review_list(frame, limit=None)
    parts = [f'<h2 id="review">To review ({len(unsure)} figure{"s" if len(unsure) != 1 else ""} under '
             f'confidence {decimal(DEFAULT_BELOW)})</h2>',
             '<p class="muted">The figures the reader is least sure of, least sure first, that no person has '
             'accepted or changed yet. For each, write <code>accept</code>, <code>reject</code> or '
             '<code>change</code> (with the new labels) in the <code>action</code> column of the rows below '
             'and add them to <code>corrections.csv</code>; the next run applies them. '
             '<code>bpjs-pipeline review</code> writes the same rows.</p>']
    if rows.empty:
        parts.append("<p>No figure is under that confidence.</p>")
        return parts
    if len(unsure) > len(rows):
        parts.append(f'<p class="muted">The {len(rows)} least sure are shown.</p>')
    parts.append("<table><tr><th>confidence</th><th>figure</th><th>read as</th><th>article</th><th>sentence</th></tr>")
    for row in rows.itertuples():
        fact = next(frame[(frame["article_id"] == row.article_id) & (frame["value_start"] == row.value_start)]
                    .itertuples())
        anchor = fact_anchor(row.article_id, row.value_start)
        parts.append(f'<tr><td class="num">{_e(decimal(row.confidence))}</td>'
                     f'<td class="num"><a href="#{_e(anchor)}">{_e(row.figure)}</a></td>'
                     f"<td>{_e(row.reading)}</td><td>{_article(row.article_id)}</td>"
                     f"<td>{_marked_sentence(fact)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<pre>{_e(review_csv(rows))}</pre>")
    return parts


def build_report(con: duckdb.DuckDBPyConnection, warehouse_name: str = "", chart_cache: Path | None = None) -> str:
    facts = _Facts(con)
    parts = [f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<title>BPJS Ketenagakerjaan: targets and figures</title><style>{_STYLE}</style></head><body>",
             "<h1>BPJS Ketenagakerjaan: targets and figures from the news</h1>",
             f"<p class=\"muted\">From the warehouse {_e(warehouse_name)}. Figures are the headline values "
             "of the by-year views (the figure most sources agree on, else the most recent article; a "
             "figure the reader is unsure of steps back when a sure one exists; implausible figures are "
             "never chosen). Every figure links to the sentence that states it.</p>"]

    charts = target_charts(con, chart_cache)
    parts.append(f"<h2 id=\"charts\">Targets and actuals ({len(charts)} chart{'s' if len(charts) != 1 else ''})</h2>")
    parts.append('<p class="muted">One chart per target series (metric, segment, programme): the headline '
                 'actual by year and each target; the numbers are in the table beside it, with how many of '
                 'the articles stating a figure for the year agree on the headline one (within 2 %).</p>')
    for chart in charts:
        parts.append(f'<figure class="chart" id="{_e(chart.anchor)}"><div class="chart-row">'
                     f'<img alt="{_e(chart.title)}" src="{chart.data_uri()}">{_chart_table(chart)}</div>'
                     f'<figcaption>{_e(chart.title)}: actual by year (solid) and targets (stars, dashed)'
                     f'</figcaption></figure>')

    progress = con.execute("SELECT * FROM target_progress ORDER BY metric, segment, program NULLS FIRST, "
                           "target_year").df()
    parts.append('<h2 id="targets">Targets</h2><table><tr><th>metric</th><th>segment</th><th>programme</th>'
                 '<th>target year</th><th>target</th><th>target source</th><th>sources</th><th>disputed</th>'
                 '<th>latest actual</th><th>actual year</th><th>actual source</th><th>share achieved</th></tr>')
    for row in progress.itertuples():
        target_anchor = facts.anchor(("targets",), row.target_source_article_id, row.metric, row.segment,
                                     row.program, row.target_year, row.target_value)
        actual_anchor = None if pd.isna(row.actual_value) else facts.anchor(
            ("participants", "funds"), row.actual_source_article_id, row.metric, row.segment, row.program,
            row.actual_year, row.actual_value)
        target_corrected = facts.corrected(("targets",), row.target_source_article_id, row.metric, row.segment,
                                           row.program, row.target_year, row.target_value)
        actual_corrected = not pd.isna(row.actual_value) and facts.corrected(
            ("participants", "funds"), row.actual_source_article_id, row.metric, row.segment, row.program,
            row.actual_year, row.actual_value)
        disputed = '<span class="disputed">disputed</span>' if row.target_disputed else ""
        parts.append(
            f"<tr><td>{_e(row.metric)}</td><td>{_e(row.segment)}</td><td>{_e(row.program)}</td>"
            f"<td>{_e(row.target_year)}</td><td class=\"num\">{_figure(row.target_value, row.unit, target_anchor, target_corrected)}</td>"
            f"<td>{_article(row.target_source_article_id)}</td><td>{_e(row.target_sources)}</td><td>{disputed}</td>"
            f"<td class=\"num\">{_figure(row.actual_value, row.unit, actual_anchor, actual_corrected)}</td>"
            f"<td>{_e('' if pd.isna(row.actual_year) else int(row.actual_year))}</td>"
            f"<td>{_article(row.actual_source_article_id)}</td>"
            f"<td class=\"num\">{_e(format_share(row.share_achieved))}</td></tr>")
    parts.append("</table>")

    conflicts = con.execute("SELECT c.*, fa.value_start AS start_a, fb.value_start AS start_b FROM conflicts c "
                            "LEFT JOIN (SELECT 'participants' AS t, * FROM fact_participants UNION ALL "
                            "SELECT 'funds', * FROM fact_funds UNION ALL SELECT 'targets', * FROM fact_targets) fa "
                            "ON fa.t = c.fact_table AND fa.article_id = c.article_a AND fa.metric = c.metric "
                            "AND fa.segment = c.segment AND fa.year = c.year AND fa.value = c.value_a "
                            "AND fa.program IS NOT DISTINCT FROM c.program "
                            "LEFT JOIN (SELECT 'participants' AS t, * FROM fact_participants UNION ALL "
                            "SELECT 'funds', * FROM fact_funds UNION ALL SELECT 'targets', * FROM fact_targets) fb "
                            "ON fb.t = c.fact_table AND fb.article_id = c.article_b AND fb.metric = c.metric "
                            "AND fb.segment = c.segment AND fb.year = c.year AND fb.value = c.value_b "
                            "AND fb.program IS NOT DISTINCT FROM c.program "
                            "ORDER BY c.fact_table, c.metric, c.segment, c.year, c.article_a, c.article_b").df()
    conflicts = conflicts.drop_duplicates(subset=["fact_table", "metric", "segment", "program", "year",
                                                  "article_a", "article_b", "value_a", "value_b"])
    parts.append(f'<h2 id="disputed">Disputed figures ({len(conflicts)})</h2>')
    if conflicts.empty:
        parts.append("<p>No two sources disagree about the same period.</p>")
    for row in conflicts.itertuples():
        program = f", {row.program}" if isinstance(row.program, str) else ""
        parts.append(
            f'<div class="conflict"><h3>{_e(row.fact_table)}: {_e(row.metric)} ({_e(row.segment)}{_e(program)}), '
            f'{_e(row.year)} <span class="muted">({_e(row.statement)}, {_e(row.period)}; the larger is '
            f'{_e(decimal(row.relative_difference + 1))} times the smaller)</span></h3><ul>')
        for side in ("a", "b"):
            article_id, value, start = getattr(row, f"article_{side}"), getattr(row, f"value_{side}"), getattr(row, f"start_{side}")
            anchor = None if pd.isna(start) else fact_anchor(article_id, start)
            parts.append(
                f"<li>{_figure(value, row.unit, anchor)}: {_article(article_id)}, "
                f"{_e(getattr(row, f'publisher_{side}'))}, {_e(format_date(getattr(row, f'published_on_{side}')))}"
                f"<blockquote>{_e(getattr(row, f'quote_{side}'))}</blockquote></li>")
        parts.append("</ul></div>")

    parts.extend(_review_section(facts.frame))

    quarantine = con.execute("SELECT file, reason, first_seen, last_seen FROM quarantine ORDER BY file").df()
    parts.append(f'<h2 id="quarantine">Quarantined files ({len(quarantine)})</h2>')
    if quarantine.empty:
        parts.append("<p>Every file of the seeds folder was read and published.</p>")
    else:
        parts.append("<table><tr><th>file</th><th>reason</th><th>first seen</th><th>last seen</th></tr>")
        for row in quarantine.itertuples():
            parts.append(f"<tr><td>{_e(row.file)}</td><td>{_e(row.reason)}</td>"
                         f"<td>{_e(format_date(row.first_seen))}</td><td>{_e(format_date(row.last_seen))}</td></tr>")
        parts.append("</table>")

    articles = con.execute("SELECT article_id, file_name, title, publisher, published_on, fact_count "
                           "FROM articles ORDER BY article_id").df()
    parts.append(f'<h2 id="articles">Articles ({len(articles)})</h2>')
    by_article = {a: g for a, g in facts.frame.groupby("article_id")}
    for row in articles.itertuples():
        parts.append(f'<section id="{_e(article_anchor(row.article_id))}"><h3>{_e(row.title or row.file_name)}</h3>'
                     f'<p class="muted">{_e(row.article_id)} · {_e(row.publisher)} · '
                     f'{_e(format_date(row.published_on))} · {_e(row.fact_count)} figure(s)</p><ol>')
        group = by_article.get(row.article_id)
        if group is not None:
            for fact in group.sort_values(["value_start", "fact_table", "metric"]).drop_duplicates("value_start").itertuples():
                flag = "" if fact.plausible else ' <span class="disputed">implausible</span>'
                if fact.corrected:
                    was = ", ".join(f"{name} {_e(value)}" for name, value in (
                        ("table", fact.original_table), ("metric", fact.original_metric),
                        ("segment", fact.original_segment), ("programme", fact.original_program),
                        ("year", fact.original_year)) if value is not None and not pd.isna(value))
                    note = f": {_e(fact.correction_note)}" if isinstance(fact.correction_note, str) else ""
                    flag += f" {CORRECTED_MARK} <span class=\"muted\">(read as {was}{note})</span>"
                sure = f" · confidence {_e(decimal(fact.confidence))}" if not pd.isna(fact.confidence) else ""
                parts.append(
                    f'<li id="{_e(fact_anchor(row.article_id, fact.value_start))}"><b>{_e(format_amount(fact.value, fact.unit))}</b>'
                    f" {_e(fact.fact_table)}: {_e(fact.metric)} ({_e(fact.segment)}), {_e(fact.year)}{flag}"
                    f"<span class=\"muted\">{sure}</span>"
                    f" <span class=\"muted\">[{_e(fact.value_start)}:{_e(fact.value_end)}] "
                    f"<q>{_e(fact.written)}</q></span>"
                    f"<blockquote>{_marked_sentence(fact)}</blockquote></li>")
        parts.append("</ol></section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(warehouse: Path, out: Path) -> Path:
    from bpjs_pipeline.settings import chart_cache_path_for
    from bpjs_pipeline.warehouse import open_read_only

    con = open_read_only(warehouse)
    try:
        page = build_report(con, Path(warehouse).name, chart_cache_path_for(Path(warehouse)))
    finally:
        con.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
