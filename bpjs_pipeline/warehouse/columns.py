"""What every column of the published warehouse means: the one source of the column
descriptions in Dagster (`dagster/column_schema`) and of the column tables in
`warehouse/README.md` (written by `python -m bpjs_pipeline.warehouse.columns --write`;
a test fails when the README differs from what this module generates).

The types in the README are those of a freshly built warehouse (`describe`).
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

_FACT_COLUMNS = {
    "article_id": "the article stating it",
    "metric": "`active_participants`, `registered_participants`, `participants`, `active_employers`, "
              "`employers` (participants, targets); `managed_funds`, `assets`, `contributions`, "
              "`investment_returns`, `benefits_paid` (funds, targets)",
    "segment": "`all`, `informal`, `formal`, `construction`, `migrant`",
    "program": "`JHT`, `JKK`, `JKM`, `JP`, `JKP`, or NULL for all programmes",
    "year": "year the figure describes (for targets: the year the target is for)",
    "as_of": "`YYYY-MM` or `YYYY-MM-DD` when the text pins the figure to a month or day, else NULL",
    "value": "the figure in base units",
    "unit": "`persons`, `employers` or `IDR`",
    "quote": "the sentence that states it",
    "sentence_start": "offset (in characters, from 0) where that sentence starts in the article's `body` (`articles`)",
    "sentence_end": "offset where that sentence ends in the article's `body` (exclusive)",
    "value_start": "offset where the figure itself starts in the article's `body`: "
                   "`substr(body, value_start + 1, value_end - value_start)` is the figure as written",
    "value_end": "offset where the figure itself ends in the article's `body` (exclusive)",
    "approximate": "the text hedges (*sekitar*, *jutaan*, a range)",
    "year_rule": "which year rule decided `year` (for debugging)",
    "confidence": "how sure the reader is of this reading, 0 to 1: a logistic model over the evidence it used "
                  "(`bpjs_pipeline/extract/confidence.py`); on labelled articles it had not been tuned on, "
                  "facts at 0.9 or more were right more often than the others, but see `docs/extraction.md` "
                  "for how often; `bpjs-pipeline review` lists the least sure",
    "publisher": "the article's publisher (copied from `articles`)",
    "published_on": "the article's publication date (copied from `articles`)",
    "plausible": "the value lies inside its metric's range (`checks/plausible_ranges.toml`); the views "
                 "never choose an implausible figure as a headline value",
    "statement": "`target`, `snapshot` (a level on a month or day: pinned by `as_of`, or an actual for the "
                 "year the article was published in, which can only be the figure so far) or `year` (the "
                 "figure of a past year; an `as_of` in December counts as the year's)",
    "period": "what the figure is compared on in `conflicts`: the month of a snapshot (`as_of`, else the "
              "publication month, `YYYY-MM`), else the year",
    "reviewed": "a person confirmed this fact: a row of the corrections file accepted or changed it (the "
                "headline choice counts it as sure, and `bpjs-pipeline review` no longer lists it)",
    "corrected": "a row of the corrections file changed this fact's labels",
    "original_table": "the table as extracted, when corrected (else NULL)",
    "original_metric": "the metric as extracted, when corrected (else NULL)",
    "original_segment": "the segment as extracted, when corrected (else NULL)",
    "original_program": "the programme as extracted, when corrected (else NULL; NULL also means all programmes)",
    "original_year": "the year as extracted, when corrected (else NULL)",
    "correction_note": "the `note` of the correction, if any",
}

_BY_YEAR_COLUMNS = {
    "metric": "the grouping key, with `segment`, `program` and `year`",
    "segment": "the grouping key",
    "program": "the grouping key (NULL = all programmes)",
    "year": "the grouping key: the year the figures describe",
    "unit": "unit of the metric",
    "value": "the headline figure, chosen among the plausible figures by the rule above (NULL when "
             "every figure is implausible)",
    "source_article_id": "the article the headline figure comes from",
    "source_published_on": "its publication date",
    "source_as_of": "the month or day the headline figure is pinned to, if any",
    "source_quote": "the sentence that states the headline figure",
    "choice": "which rule chose it: `one source`, `sources agree`, `most sources agree`, "
              "`more confident reading` (a figure read with confidence under 0.7 stepped back for a sure "
              "one), `most recent source`, `only plausible source` or `no plausible figure`",
    "agreeing_sources": "distinct articles stating a plausible figure within 2 % of the headline figure",
    "sources": "distinct articles stating any figure for this key",
    "min_value": "smallest figure stated for this key (implausible ones included)",
    "max_value": "largest figure stated for this key (implausible ones included)",
    "disputed": "two articles disagree about the same period for this key (a row of `conflicts`)",
    "implausible_figures": "figures for this key outside their metric's plausible range, left out of the choice",
}

RELATIONS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "file name without `.txt` (the smallest of the duplicates)",
        "file_name": "that file's name in the seeds folder",
        "sha256": "SHA-256 of that file's bytes",
        "file_names": "every file with this content, sorted",
        "encoding": "how it was decoded: `utf-8`, `utf-8-sig`, `utf-16-le`/`-be`, `utf-32-le`/`-be`, "
                    "`cp1252`; `+ftfy` when mojibake was repaired",
        "title": "headline found by the cleaner (NULL if none)",
        "publisher": "outlet, e.g. `Kompas.com` (NULL if not found)",
        "published_on": "publication date (NULL if not found)",
        "url": "the page's web address, from `manifest.jsonl` in the seeds folder (NULL if it gives none); "
               "a date in it dates a page that prints none",
        "fact_count": "facts published from the article (all three tables, after corrections)",
        "loaded_at": "when this content was first read into staging (UTC); a rerun over unchanged files keeps it",
        "batch": "the delivered batch the file was last processed in: its partition of the per-article assets "
                 "in the Dagster UI, where its status is listed and from which it can be processed again",
        "body": "the cleaned article body (page furniture removed) that every fact's offsets count in: "
                "`substr(body, value_start + 1, value_end - value_start)` is the figure as written, "
                "`substr(body, sentence_start + 1, sentence_end - sentence_start)` its sentence",
    },
    "quarantine": {
        "article_id": "file name without `.txt` (the whole name for other entries)",
        "file": "name in the seeds folder",
        "sha256": "SHA-256 of the bytes (NULL if the file was never read)",
        "reason": "why, e.g. `not valid UTF-8: byte 0x81 at offset 17, and not plain Windows-1252 text either`",
        "first_seen": "first time this file was quarantined (UTC)",
        "last_seen": "latest run that read the file (for an entry that is never read: that found the folder's unread entries changed) (UTC)",
    },
    "fact_participants": _FACT_COLUMNS,
    "fact_funds": _FACT_COLUMNS,
    "fact_targets": _FACT_COLUMNS,
    "corrections": {
        "line": "line of the corrections file (0: the file could not be read)",
        "article_id": "the article the correction names",
        "value": "the figure it names (base units), if given",
        "value_start": "the offset it names, if given",
        "action": "`reject` or `change`",
        "fact_table": "new table, if changed",
        "metric": "new metric, if changed",
        "segment": "new segment, if changed",
        "program": "new programme, if changed (`all` = all programmes)",
        "year": "new year, if changed",
        "note": "the person's note",
        "matched_facts": "extracted figures it matched",
        "status": "`applied`, `matches no extracted figure` or `invalid: <reason>` (the `corrections_apply` check)",
    },
    "participants_by_year": _BY_YEAR_COLUMNS,
    "funds_by_year": _BY_YEAR_COLUMNS,
    "targets_by_year": _BY_YEAR_COLUMNS,
    "target_progress": {
        "metric": "as in the by-year views",
        "segment": "as in the by-year views",
        "program": "as in the by-year views (NULL = all programmes)",
        "unit": "unit of the metric",
        "target_year": "year the target is for",
        "target_value": "the target's headline value in `targets_by_year`",
        "target_source_article_id": "article of that target",
        "target_sources": "distinct articles stating a target for this key",
        "target_choice": "how the target was chosen (`choice` of `targets_by_year`)",
        "target_disputed": "articles disagree about this target (a row of `conflicts`)",
        "target_implausible_figures": "target figures left out as implausible",
        "actual_year": "year of the latest actual up to `target_year` (NULL if none)",
        "actual_value": "that year's headline actual (`participants_by_year` or `funds_by_year`)",
        "actual_source_article_id": "article of that actual",
        "actual_sources": "distinct articles stating an actual for that year",
        "actual_disputed": "articles disagree about that actual",
        "share_achieved": "`actual_value / target_value` (e.g. 41.46 million of 70 million -> 0.59)",
    },
    "conflicts": {
        "fact_table": "`participants`, `funds` or `targets`",
        "metric": "the shared key, with `segment`, `program` and `year`",
        "segment": "the shared key",
        "program": "the shared key (NULL = all programmes)",
        "year": "the shared key",
        "unit": "unit of the metric",
        "statement": "the kind of statement both make: `year`, `snapshot` or `target`",
        "period": "the period both figures are about (`YYYY-MM` for snapshots, else the year)",
        "article_a": "the first article stating `value_a` (`article_a < article_b`)",
        "publisher_a": "its publisher",
        "published_on_a": "its publication date",
        "as_of_a": "the month or day its figure is pinned to, if any",
        "value_a": "its figure",
        "quote_a": "the sentence that states it",
        "article_b": "the first article stating `value_b` (another one if `article_a` states both)",
        "publisher_b": "its publisher",
        "published_on_b": "its publication date",
        "as_of_b": "the month or day its figure is pinned to, if any",
        "value_b": "its figure",
        "quote_b": "the sentence that states it",
        "relative_difference": "`abs(value_a - value_b) / least(value_a, value_b)` (13 = one is 14 times the other)",
        "sources_a": "how many articles state `value_a`",
        "sources_b": "how many articles state `value_b`",
        "articles_a": "the first 10 articles stating `value_a`, sorted (`sources_a` counts them all; every one "
                      "is in the fact table, with the same key, period and value)",
        "articles_b": "the first 10 articles stating `value_b`, sorted (`sources_b` counts them all)",
    },
}


def describe_column(relation: str, column: str) -> str | None:
    return RELATIONS.get(relation, {}).get(column)


def column_table(relation: str, columns: list[tuple[str, str]]) -> str:
    """The markdown table `| column | type | meaning |` of a relation."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for name, kind in columns:
        lines.append(f"| `{name}` | {kind} | {RELATIONS[relation].get(name, '')} |")
    return "\n".join(lines)


_BLOCK = re.compile(r"(<!-- columns: (?P<name>[a-z_]+) -->\n)(?P<body>.*?)(<!-- /columns -->)", re.S)


def render_readme(text: str, schemas: dict[str, list[tuple[str, str]]]) -> str:
    """`text` with every `<!-- columns: name -->` ... `<!-- /columns -->` block regenerated."""
    def replace(match: re.Match) -> str:
        return match.group(1) + column_table(match.group("name"), schemas[match.group("name")]) + "\n" + match.group(4)
    return _BLOCK.sub(replace, text)


def documented_blocks(text: str) -> list[str]:
    return [m.group("name") for m in _BLOCK.finditer(text)]


def built_schemas() -> dict[str, list[tuple[str, str]]]:
    """Column names and DuckDB types of every relation of a warehouse built from an empty staging store."""
    from bpjs_pipeline.warehouse.publish import describe, publish
    from bpjs_pipeline.warehouse.staging import StagingStore

    with tempfile.TemporaryDirectory() as folder:
        warehouse = Path(folder) / "w.duckdb"
        publish(StagingStore(Path(folder) / "w.staging.duckdb"), warehouse)
        return {name: summary.columns for name, summary in describe(warehouse).items()}


README = Path(__file__).resolve().parents[2] / "warehouse" / "README.md"


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    rendered = render_readme(text, built_schemas())
    if "--write" in argv:
        README.write_text(rendered, encoding="utf-8")
        return 0
    if rendered != text:
        print(f"{README} is out of date: run python -m bpjs_pipeline.warehouse.columns --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
