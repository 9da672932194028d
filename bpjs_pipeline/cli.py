"""`bpjs-pipeline`: run the pipeline, query the warehouse, extract and evaluate."""
from __future__ import annotations

import argparse
import csv
import json
import signal
import sys
import warnings
from pathlib import Path
from typing import Sequence

from bpjs_pipeline.settings import SEEDS_ENV, WAREHOUSE_ENV, resolve_warehouse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bpjs-pipeline",
        description="BPJS Ketenagakerjaan figures from news articles into a DuckDB warehouse.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run",
        help="sync partitions with the seed files and materialize every asset through Dagster",
        description=(
            "Adds a partition per new seed file, deletes the partitions of removed files, then "
            "materializes every asset for every file in one in-process Dagster run and prints a "
            "summary. Uses the DAGSTER_HOME instance when DAGSTER_HOME is set."
        ),
    )
    run.add_argument("--seeds", help=f"folder of *.txt articles (default ${SEEDS_ENV} or ./seeds)")
    run.add_argument("--warehouse", help=f"warehouse file (default ${WAREHOUSE_ENV} or ./warehouse/bpjs.duckdb)")
    run.add_argument("--full", action="store_true",
                     help="process every file again, not only the new, changed or outdated ones")

    sql = sub.add_parser("sql", help="run one read-only query against the warehouse")
    sql.add_argument("query", help="one SELECT (or WITH/FROM/VALUES/DESCRIBE/SHOW/SUMMARIZE/PIVOT/UNPIVOT) "
                                   "statement, or EXPLAIN [ANALYZE] of one")
    sql.add_argument("--warehouse", help=f"warehouse file (default ${WAREHOUSE_ENV} or ./warehouse/bpjs.duckdb)")
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.add_argument(
        "--allow-external-files", action="store_true",
        help="let the query read files other than the warehouse (read_csv, read_text, glob, ...); "
             "off by default. Nothing is ever written, and the warehouse stays read-only either way.",
    )
    sql.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                     help="stop the query after this many seconds (default 60)")
    sql.add_argument("--memory-limit", metavar="SIZE",
                     help="DuckDB memory limit, e.g. 2GB, 512MiB or 25%% of RAM (default 25%%)")

    extract = sub.add_parser("extract", help="extract facts from article files without Dagster")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--out", required=True, metavar="DIR", help="writes DIR/facts.jsonl and DIR/articles.jsonl")

    evaluate = sub.add_parser("evaluate", help="score extraction against gold facts")
    evaluate.add_argument("--gold", required=True, help="gold facts JSONL")
    evaluate.add_argument("--gold-articles", help="gold article metadata JSONL")
    evaluate.add_argument("paths", nargs="+", metavar="PATH")
    evaluate.add_argument("--explain", action="store_true",
                          help="print, for every miss and false hit, how each figure of its sentence was read")

    explain = sub.add_parser(
        "explain", help="show how every figure of an article was read",
        description="For every figure of each article's cleaned body: its role, the decision taken "
                    "(a fact, or the rule that rejected it) and where each field came from.")
    explain.add_argument("paths", nargs="+", metavar="PATH", help="article .txt files or folders of them")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args.seeds, args.warehouse, full=args.full)
    if args.command == "sql":
        return cmd_sql(args.query, args.warehouse, args.format, args.allow_external_files,
                       timeout=args.timeout, memory_limit=args.memory_limit)
    if args.command == "extract":
        from bpjs_pipeline.extract.runner import extract_command

        return extract_command(list(args.paths), args.out)
    if args.command == "evaluate":
        from bpjs_pipeline.extract.runner import evaluate_command

        return evaluate_command(args.gold, args.gold_articles, list(args.paths), explain=args.explain)
    if args.command == "explain":
        from bpjs_pipeline.extract.runner import explain_command

        return explain_command(list(args.paths))
    raise AssertionError(args.command)


def cmd_run(seeds: str | None, warehouse: str | None, *, full: bool = False) -> int:
    _quiet_dagster_warnings()
    from bpjs_pipeline.orchestration.execute import run_pipeline

    try:
        summary = run_pipeline(seeds, warehouse, full=full)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_summary(summary))
    return 0 if summary.success and summary.checks_passed else 1


def format_summary(summary) -> str:
    lines = [
        f"run {summary.run_id}: {'succeeded' if summary.success else 'FAILED'}",
        f"partitions: {summary.partitions} (added {len(summary.added)}, removed {len(summary.removed)})",
        *_plan_lines(summary),
        f"articles read: {summary.articles_read}",
        f"quarantined files: {summary.quarantined}",
    ]
    lines.extend(f"  quarantined {file}: {reason}" for file, reason in summary.quarantine)
    if summary.relation_rows:
        lines.append(
            f"articles published: {summary.articles_published} distinct contents "
            f"({summary.duplicate_files} duplicate file(s) folded in)"
        )
        if summary.articles_without_facts:
            lines.append(
                f"articles without facts: {len(summary.articles_without_facts)} "
                f"({', '.join(summary.articles_without_facts[:10])}"
                f"{', ...' if len(summary.articles_without_facts) > 10 else ''})"
            )
    if summary.facts_per_table:
        lines.append(
            "facts: " + ", ".join(f"{table} {n}" for table, n in summary.facts_per_table.items())
        )
    else:
        lines.append("facts: warehouse not published in this run")
    for check in summary.checks:
        state = "passed" if check.passed else ("WARNING" if check.severity == "WARN" else "FAILED")
        lines.append(
            f"check {check.asset}:{check.name}: {state} ({check.failure_cases} failure case(s))"
        )
    if summary.failed_steps:
        lines.append("failed steps: " + ", ".join(summary.failed_steps))
    lines.append(f"warehouse: {summary.warehouse}")
    return "\n".join(lines)


def _plan_lines(summary) -> list[str]:
    plan = getattr(summary, "plan", None)
    if plan is None:
        return []
    line = (f"files: {len(plan.new)} new, {len(plan.changed)} changed, {len(plan.unchanged)} unchanged, "
            f"{len(plan.deleted)} deleted")
    if plan.outdated:
        line += f", {len(plan.outdated)} extracted by another extractor version"
    why = " (staging locked by another process: every file)" if plan.staging_unreadable else (
        " (--full)" if plan.full else "")
    return [line, f"processed: {summary.processed} file(s){why}"]


def cmd_sql(query: str, warehouse: str | None, fmt: str, allow_external_files: bool = False, *,
            timeout: float | None = 60.0, memory_limit: str | None = None) -> int:
    """Exit codes: 0 ok, 1 query error (including the time and memory limits), 2 refused
    statement, bad option or no warehouse, 130 interrupted by Ctrl-C."""
    from bpjs_pipeline.warehouse.query import (
        NotAReadQuery,
        QueryInterrupted,
        QueryTimeout,
        memory_limit_bytes,
        run_query,
    )

    import duckdb

    # Ctrl-C stops the query even when the shell started this command with SIGINT ignored
    # (a background job): KeyboardInterrupt reaches run_query, which interrupts DuckDB.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    path = resolve_warehouse(warehouse)
    try:
        if timeout is not None and not timeout > 0:
            raise ValueError(f"--timeout must be a positive number of seconds, got {timeout:g}")
        limit = memory_limit_bytes(memory_limit)
        frame = run_query(Path(path), query, allow_external_files=allow_external_files,
                          timeout=timeout, memory_limit=limit)
    except (NotAReadQuery, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except QueryTimeout as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (QueryInterrupted, KeyboardInterrupt) as exc:
        print(f"error: {exc or 'interrupted (Ctrl-C)'}", file=sys.stderr)
        return 130
    except duckdb.OutOfMemoryException as exc:
        print(f"error: the query needed more memory than its limit of {limit / 2**20:.0f} MiB and was "
              f"stopped (--memory-limit SIZE sets the limit)\n({str(exc).splitlines()[0]})", file=sys.stderr)
        return 1
    except duckdb.Error as exc:
        message = str(exc)
        if ("disabled by configuration" in message or "disabled through configuration" in message) \
                and not allow_external_files:
            message += ("\n(`bpjs-pipeline sql` reads only the warehouse; pass --allow-external-files "
                        "to let a query read other files)")
        print(f"error: {message}", file=sys.stderr)
        return 1
    try:
        write_frame(frame, fmt, sys.stdout)
    except KeyboardInterrupt:
        print("error: interrupted (Ctrl-C)", file=sys.stderr)
        return 130
    return 0


def write_frame(frame, fmt: str, out) -> None:
    if fmt == "csv":
        frame.to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    elif fmt == "json":
        records = [
            {column: _json_value(value) for column, value in zip(frame.columns, row)}
            for row in frame.itertuples(index=False, name=None)
        ]
        out.write(json.dumps(records, ensure_ascii=False, default=str) + "\n")
    else:
        if frame.empty:
            out.write(" | ".join(map(str, frame.columns)) + "\n(0 rows)\n")
        else:
            out.write(_readable(frame).to_markdown(index=False, disable_numparse=True) + "\n")
            out.write(f"({len(frame)} row{'s' if len(frame) != 1 else ''})\n")


def _json_value(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _readable(frame):
    """Floats without scientific notation for whole numbers (rupiah, persons); NULL shown as empty."""
    shown = frame.copy()
    for column in shown.columns:
        if shown[column].dtype.kind == "f":
            shown[column] = shown[column].map(_format_float)
    return shown.astype(object).where(shown.notna(), "")


def _format_float(value: float) -> str:
    if value != value:  # NaN / NULL
        return ""
    if value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.10g}"


def _quiet_dagster_warnings() -> None:
    try:
        from dagster._utils.warnings import BetaWarning, PreviewWarning
    except ImportError:  # pragma: no cover - other dagster versions
        return
    warnings.filterwarnings("ignore", category=BetaWarning)
    warnings.filterwarnings("ignore", category=PreviewWarning)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
