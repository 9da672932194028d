"""Failure cases and facts shaped for a narrow table: what a person reads on a check's page in the
Dagster UI (the table must fit beside the UI's navigation in a 1366 px window) and in a
partition's preview.

Few columns: the figure's key in one cell (`managed_funds 2026, targets`), each source in one
cell (`Rp 14.000 triliun · Kompas.com 2023-05-12 · 000_7ee6…`), and the sentence cut to the
clause around the figure (`said`). The whole sentences are in `sentences_markdown`, one click away
(Dagster's "Show Markdown"), numbered like the table's rows; `bpjs-pipeline explain --article ID`
and the report show them in their article. Plain pandas; no Dagster here.
"""
from __future__ import annotations

import math

import pandas as pd

from bpjs_pipeline.parsing.numbers import find_figures
from bpjs_pipeline.report.format import decimal, format_amount, format_date, format_share
from bpjs_pipeline.report.trace import clause_around

CLAUSE_CHARS = 80
TEXT_CHARS = 90
# The UI lays a metadata table out at its narrowest: each column as wide as its longest word. A
# word longer than this gets a zero-width space after each `_ - . /` and then every this many
# characters, so that a file name or a metric can wrap in its cell instead of widening the page.
WORD_CHARS = 12
_ZWSP = "\u200b"
_BREAK_AFTER = "_-./"


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT or (
        not isinstance(value, (str, list, tuple)) and pd.isna(value))


def wrappable(text: str) -> str:
    """`text` with a break opportunity inside every word longer than WORD_CHARS."""
    words = []
    for word in text.split(" "):
        if len(word) > WORD_CHARS:
            for mark in _BREAK_AFTER:
                word = word.replace(mark, mark + _ZWSP)
            word = _ZWSP.join(
                piece if len(piece) <= WORD_CHARS else _ZWSP.join(
                    piece[i:i + WORD_CHARS] for i in range(0, len(piece), WORD_CHARS))
                for piece in word.split(_ZWSP))
        words.append(word)
    return " ".join(words)


def cut(text, limit: int = TEXT_CHARS) -> str:
    if _blank(text):
        return ""
    flat = " ".join(str(text).split())
    return wrappable(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def figure_span(sentence: str, value: float) -> tuple[int, int] | None:
    """Where the figure worth `value` stands in `sentence` (the project's own number reader)."""
    for figure in find_figures(sentence):
        if abs(figure.value - value) <= 1e-6 * abs(value):
            return figure.start, figure.end
    return None


def clause(sentence, value=None, start=None, end=None) -> str:
    """The clause of `sentence` around its figure (by offsets within the sentence, or found by its
    value), else the sentence's beginning."""
    if _blank(sentence):
        return ""
    sentence = str(sentence)
    if start is None and value is not None and not _blank(value):
        span = figure_span(sentence, float(value))
        start, end = span if span else (None, None)
    if start is None or not 0 <= start < end <= len(sentence):
        return cut(sentence, CLAUSE_CHARS)
    return wrappable(clause_around(sentence, int(start), int(end), CLAUSE_CHARS))


def marked_sentence(sentence, value=None, start=None, end=None) -> str:
    """The whole sentence for markdown, its figure in bold."""
    if _blank(sentence):
        return ""
    sentence = " ".join(str(sentence).split()) if start is None else str(sentence)
    if start is None and value is not None and not _blank(value):
        span = figure_span(sentence, float(value))
        start, end = span if span else (None, None)
    if start is None or not 0 <= start < end <= len(sentence):
        return _md(sentence)
    return _md(sentence[:start]) + "**" + _md(sentence[start:end]) + "**" + _md(sentence[end:])


def _md(text: str) -> str:
    out = " ".join(text.split())
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _key(row: dict, year_column: str = "year") -> str:
    parts = [str(row.get("metric", ""))]
    if not _blank(row.get(year_column)):
        parts.append(str(int(row[year_column])))
    extra = [str(row[c]) for c in ("segment", "program") if not _blank(row.get(c)) and row.get(c) != "all"]
    if not _blank(row.get("fact_table")):
        extra.insert(0, str(row["fact_table"]))
    return " ".join(parts) + (f" ({', '.join(extra)})" if extra else "")


def _source(row: dict, value, article, publisher=None, published_on=None, sources=None) -> str:
    bits = [format_amount(row.get(value), row.get("unit"))] if value else []
    where = " ".join(b for b in (_text(row.get(publisher)) if publisher else "",
                                 format_date(row.get(published_on)) if published_on else "") if b)
    if where:
        bits.append(where)
    if not _blank(row.get(article)):
        bits.append(str(row[article]))
    if sources and not _blank(row.get(sources)) and int(row[sources]) > 1:
        bits.append(f"+{int(row[sources]) - 1} more")
    return wrappable(" · ".join(b for b in bits if b))


def _said(text: str) -> str:
    return f" — “{text}”" if text else ""


def _text(value) -> str:
    return "" if _blank(value) else str(value)


def _sentences(entries: list[tuple[str, str]]) -> str:
    lines = [f"{label}: {text}" for label, text in entries if text]
    return "\n\n".join(lines) if lines else "_none_"


def conflicts_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out, notes = [], []
    for n, row in enumerate(rows.to_dict("records"), start=1):
        out.append({
            "#": str(n), "figure": wrappable(_key(row)),
            "a": _source(row, "value_a", "article_a", "publisher_a", "published_on_a", "sources_a")
            + _said(clause(row.get("quote_a"), row.get("value_a"))),
            "b": _source(row, "value_b", "article_b", "publisher_b", "published_on_b", "sources_b")
            + _said(clause(row.get("quote_b"), row.get("value_b"))),
            "apart": "" if _blank(row.get("relative_difference")) else f"{decimal(row['relative_difference'] + 1)}×",
        })
        notes += [(f"{n}a `{row.get('article_a')}`", marked_sentence(row.get("quote_a"), row.get("value_a"))),
                  (f"{n}b `{row.get('article_b')}`", marked_sentence(row.get("quote_b"), row.get("value_b")))]
    return pd.DataFrame(out, columns=["#", "figure", "a", "b", "apart"]), _sentences(notes)


def implausible_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out, notes = [], []
    for n, row in enumerate(rows.to_dict("records"), start=1):
        bound = row.get("max_value") if row.get("side") == "above" else row.get("min_value")
        within = _offsets(row)
        out.append({
            "#": str(n), "figure": wrappable(_key(row)),
            "value": _source(row, "value", "article_id", "publisher", "published_on")
            + _said(clause(row.get("quote"), row.get("value"), *within)),
            "range": f"{row.get('side', '')} {format_amount(bound, row.get('unit'))}".strip(),
        })
        notes.append((f"{n} `{row.get('article_id')}`", marked_sentence(row.get("quote"), row.get("value"), *within)))
    return pd.DataFrame(out, columns=["#", "figure", "value", "range"]), _sentences(notes)


def _offsets(row: dict) -> tuple[int | None, int | None]:
    """The figure's offsets within its sentence, when the row has the fact's offsets."""
    names = ("value_start", "value_end", "sentence_start")
    if any(_blank(row.get(c)) for c in names):
        return None, None
    return int(row["value_start"] - row["sentence_start"]), int(row["value_end"] - row["sentence_start"])


def year_on_year_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out, notes = [], []
    for n, row in enumerate(rows.to_dict("records"), start=1):
        out.append({
            "#": str(n), "series": wrappable(_key(row, year_column="")),
            "from": f"{int(row['earlier_year'])}: " + _source(row, "earlier_value", "earlier_article_id")
            + _said(clause(row.get("earlier_quote"), row.get("earlier_value"))),
            "to": f"{int(row['later_year'])}: " + _source(row, "later_value", "later_article_id")
            + _said(clause(row.get("later_quote"), row.get("later_value"))),
            "a year": format_share(row.get("annual_change")),
        })
        notes += [(f"{n} from `{row.get('earlier_article_id')}`", marked_sentence(row.get("earlier_quote"), row.get("earlier_value"))),
                  (f"{n} to `{row.get('later_article_id')}`", marked_sentence(row.get("later_quote"), row.get("later_value")))]
    return pd.DataFrame(out, columns=["#", "series", "from", "to", "a year"]), _sentences(notes)


def regression_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out, notes = [], []
    for n, row in enumerate(rows.to_dict("records"), start=1):
        out.append({"#": str(n), "change": _text(row.get("change")), "figure": wrappable(_key(row)),
                    "value": _source(row, "value", "article_id") + _said(clause(row.get("quote"), row.get("value")))})
        notes.append((f"{n} `{row.get('article_id')}`", marked_sentence(row.get("quote"), row.get("value"))))
    return pd.DataFrame(out, columns=["#", "change", "figure", "value"]), _sentences(notes)


def facts_preview(rows: pd.DataFrame) -> pd.DataFrame:
    """The facts of one article for its partition's preview: the key, the value, the clause."""
    out = []
    for row in rows.to_dict("records"):
        row = {**row, "fact_table": row.get("fact_table", row.get("table"))}
        within = _offsets(row)
        at = "" if _blank(row.get("value_start")) else str(int(row["value_start"]))
        out.append({"figure": wrappable(_key(row) + (f" as of {row['as_of']}" if not _blank(row.get("as_of")) else "")),
                    "value": format_amount(row.get("value"), row.get("unit")) + (" ~" if row.get("approximate") else ""),
                    "at": at, "said": clause(row.get("quote"), row.get("value"), *within)})
    return pd.DataFrame(out, columns=["figure", "value", "at", "said"])


# Columns never worth a place in a narrow table (offsets, hashes, timestamps of bookkeeping).
TECHNICAL = {"sentence_start", "sentence_end", "value_start", "value_end", "sha256", "previous_sha256",
             "schema_context", "recorded_at", "row_index", "unit"}


def generic_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Any other failure frame: technical columns left out, every text cut and wrappable."""
    shown = rows.drop(columns=[c for c in rows.columns if c in TECHNICAL])
    out = pd.DataFrame(index=shown.index)
    for column in shown.columns:
        series = shown[column]
        if column in ("value", "min_value", "max_value") and "unit" in rows.columns:
            out[column] = [format_amount(v, u) for v, u in zip(series, rows["unit"])]
        else:
            out[column] = series.map(lambda v: format_date(v) if hasattr(v, "isoformat") else cut(v, 120))
    return out.reset_index(drop=True).rename(columns=lambda c: c.replace("_", " ")), ""


def corrections_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out = []
    for row in rows.to_dict("records"):
        said = [_text(row.get("article_id")), _text(row.get("action"))]
        if not _blank(row.get("value")):
            said.append(f"value {row['value']:g}")
        if not _blank(row.get("value_start")):
            said.append(f"at {int(row['value_start'])}")
        out.append({"line": _text(row.get("line") if _blank(row.get("line")) else int(row["line"])),
                    "row": wrappable(" · ".join(b for b in said if b)), "status": cut(row.get("status"), 160),
                    "note": cut(row.get("note"), 60)})
    return pd.DataFrame(out, columns=["line", "row", "status", "note"]), ""


def articles_preview(rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    out = [{"article": wrappable(_text(row.get("article_id"))), "title": cut(row.get("title"), 80),
            "outlet": " ".join(b for b in (_text(row.get("publisher")), format_date(row.get("published_on"))) if b)}
           for row in rows.to_dict("records")]
    return pd.DataFrame(out, columns=["article", "title", "outlet"]), ""


def failure_preview(check: str, rows: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The narrow table of a check's failure cases and the markdown of their whole sentences
    (empty when the check's rows have no sentences)."""
    shaper = {"sources_agree": conflicts_preview, "plausible_values": implausible_preview,
              "plausible_year_on_year": year_on_year_preview,
              "no_extraction_regression": regression_preview, "corrections_apply": corrections_preview,
              "every_article_has_facts": articles_preview}.get(check, generic_preview)
    return shaper(rows.reset_index(drop=True))
