"""`bpjs-pipeline`: run the pipeline, query the warehouse, extract and evaluate."""
from __future__ import annotations

import argparse
import json
import os
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
        help="process the new, changed or outdated seed files and publish the warehouse through Dagster",
        description=(
            "Delivers the seed files that are new, changed or extracted by another extractor version as "
            "new batches (partitions of the per-article assets), materializes them and then the warehouse "
            "in one in-process Dagster run, and prints a summary; the rows of removed files leave the "
            "warehouse. With nothing to process and nothing changed since the warehouse was built, "
            "nothing is published or checked again. Uses the DAGSTER_HOME instance when DAGSTER_HOME is set."
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

    report = sub.add_parser("report", help="write one self-contained HTML page: charts, targets, disputes")
    report.add_argument("--out", default="report.html", metavar="FILE.html", help="default ./report.html")
    report.add_argument("--warehouse", help=f"warehouse file (default ${WAREHOUSE_ENV} or ./warehouse/bpjs.duckdb)")

    export = sub.add_parser("export", help="write every table and view to DIR, with the schema")
    export.add_argument("dir", metavar="DIR")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.add_argument("--warehouse", help=f"warehouse file (default ${WAREHOUSE_ENV} or ./warehouse/bpjs.duckdb)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return cmd_run(args.seeds, args.warehouse, full=args.full)
    if args.command == "sql":
        return cmd_sql(args.query, args.warehouse, args.format, args.allow_external_files,
                       timeout=args.timeout, memory_limit=args.memory_limit)
    if args.command == "extract":
        return cmd_extract(list(args.paths), args.out)
    if args.command == "evaluate":
        from bpjs_pipeline.extract.runner import evaluate_command

        return evaluate_command(args.gold, args.gold_articles, list(args.paths), explain=args.explain)
    if args.command == "explain":
        from bpjs_pipeline.extract.runner import explain_command

        try:
            return explain_command(list(args.paths))
        except BrokenPipeError:  # the reader closed the pipe (`| head`): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args.command in ("report", "export"):
        return cmd_publish_files(args)
    raise AssertionError(args.command)


def cmd_publish_files(args) -> int:
    """`report` and `export`: files made from the published warehouse."""
    path = resolve_warehouse(args.warehouse)
    try:
        if args.command == "report":
            from bpjs_pipeline.report.html import write_report

            print(f"wrote {write_report(path, Path(args.out))}")
        else:
            from bpjs_pipeline.warehouse.export import export

            files = export(path, Path(args.dir), args.format)
            print(f"wrote {len(files)} files to {args.dir}")
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_run(seeds: str | None, warehouse: str | None, *, full: bool = False) -> int:
    _quiet_dagster_warnings()
    from bpjs_pipeline.orchestration.execute import run_pipeline

    from bpjs_pipeline.settings import resolve_warehouse as _warehouse_path
    from bpjs_pipeline.warehouse.run_lock import WarehouseBusy, warehouse_write_lock

    # SIGTERM stops a run like Ctrl-C: Dagster interrupts the step, staging writes roll back and
    # the warehouse stays as it was before the run or as it is after it.
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    stop = _StopWatch()
    try:
        with warehouse_write_lock(_warehouse_path(warehouse)):
            summary = run_pipeline(seeds, warehouse, full=full)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except WarehouseBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except PermissionError as exc:  # the seeds folder cannot be listed: nothing is published
        print(f"error: cannot read the seeds folder: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted: the run was stopped; the warehouse is as it was before the run "
              "or as the run left it complete", file=sys.stderr)
        return 130
    print(format_summary(summary))
    if stop.signal is not None or _interrupted(summary):
        return 130
    return 0 if summary.success and summary.checks_passed else 1


def cmd_extract(paths: list[str], out_dir: str) -> int:
    """`extract`: every file on its own (decoded, normalised, cleaned, extracted under the
    article time budget); a file that cannot be decoded is skipped and one whose processing
    raises is reported, and the others are written. Exit 0, or 1 when some file failed."""
    from bpjs_pipeline.budget import within_budget
    from bpjs_pipeline.clean import clean_article
    from bpjs_pipeline.extract import extract_facts
    from bpjs_pipeline.extract.runner import address_of, article_paths
    from bpjs_pipeline.ingest import ArticleDecodeError, read_article

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    try:
        files = article_paths(paths)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failed = 0
    n_articles = n_facts = 0
    addresses: dict[Path, dict[str, str]] = {}
    with (out / "articles.jsonl").open("w", encoding="utf-8") as articles, \
            (out / "facts.jsonl").open("w", encoding="utf-8") as facts:
        for path in files:
            try:
                raw = read_article(path)
            except ArticleDecodeError as exc:
                print(f"skipped {shown(path)}: {shown(exc.reason)}", file=sys.stderr)
                continue
            except OSError as exc:
                print(f"skipped {shown(path)}: cannot read: {exc.strerror or exc}", file=sys.stderr)
                continue
            try:
                address = address_of(path, addresses)
                article = within_budget(lambda aid, text: clean_article(aid, text, address), raw.article_id, raw.text)
                records = [f.to_record() for f in within_budget(lambda _, a: extract_facts(a), raw.article_id, article)]
            except Exception as exc:  # one article must never stop the others
                failed += 1
                print(f"failed {shown(path)}: {type(exc).__name__}: {shown(exc)}", file=sys.stderr)
                continue
            articles.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
            facts.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            n_articles += 1
            n_facts += len(records)
    print(f"{n_articles} articles, {n_facts} facts -> {out}" + (f" ({failed} file(s) failed)" if failed else ""))
    return 1 if failed else 0


STOP_GRACE_SECONDS = 10.0


class _StopWatch:
    """Makes SIGTERM and SIGINT stop a run within STOP_GRACE_SECONDS, whatever handler Dagster
    has installed at that moment (it swaps them around steps, and an interrupt that arrives
    while a step waits for a retry can be lost). The signal number reaches a watcher thread
    through `signal.set_wakeup_fd`; Dagster's handler interrupts the run as usual, and if the
    process is still running when the grace period ends, it exits with 130 at once. That is as
    safe as SIGKILL, which leaves the warehouse as it was before the run or as it is after it
    (staging writes are transactions, the warehouse is swapped in with os.replace)."""

    def __init__(self, grace: float = STOP_GRACE_SECONDS):
        import os
        import threading

        self.signal: int | None = None
        self.grace = grace
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        try:
            signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        except ValueError:  # not the main thread: nothing to watch
            return
        threading.Thread(target=self._watch, args=(read_end,), name="bpjs-stop-watch", daemon=True).start()

    def _watch(self, read_end: int) -> None:
        import os
        import time

        stops = (int(signal.SIGINT), int(signal.SIGTERM))
        while self.signal is None:
            for number in os.read(read_end, 64):
                if number in stops:
                    self.signal = number
        time.sleep(self.grace)
        print(f"error: stopped by signal {self.signal}: the run did not end within {self.grace:g} s, so it "
              "exits now; the warehouse is as it was before the run or as the run left it complete",
              file=sys.stderr, flush=True)
        os._exit(130)


def _terminate(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def _interrupted(summary) -> bool:
    return any("interrupt" in message.lower() for message in getattr(summary, "failures", []))


def shown(text: object) -> str:
    """A name or reason for one summary line: characters that are not printable (newlines,
    control and bidirectional format characters) written as escapes, so a file name can never
    start a line of its own or reorder what is shown."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


def format_summary(summary) -> str:
    added = getattr(summary, "added", [])
    lines = [
        f"run {summary.run_id}: {'succeeded' if summary.success else 'FAILED'}",
        f"batches: {summary.partitions} (delivered {len(added)}"
        + (f": {added[0]}" + (f" .. {added[-1]}" if len(added) > 1 else "") if added else "")
        + f", emptied {len(summary.removed)})",
        *_plan_lines(summary),
        f"articles read: {summary.articles_read}",
        f"quarantined files: {summary.quarantined}",
    ]
    lines.extend(f"  quarantined {shown(file)}: {shown(reason)}" for file, reason in summary.quarantine)
    rejected = getattr(summary, "rejected", [])
    if rejected:
        lines.append(f"rejected facts: {len(rejected)} (not published; the rest of each article is)")
        lines.extend(f"  rejected {shown(file)}: {shown(reason)}" for file, reason in rejected)
    if getattr(summary, "publish", "") == "unchanged":
        lines.append(f"warehouse unchanged: staging, the corrections file and the code are what it was built from "
                     f"at {summary.built_at} UTC; nothing published, no warehouse check evaluated again")
    if summary.relation_rows or getattr(summary, "publish", "") == "unchanged":
        lines.append(
            f"articles published: {summary.articles_published} distinct contents "
            f"({summary.duplicate_files} duplicate file(s) folded in)"
        )
        if summary.articles_without_facts:
            lines.append(
                f"articles without facts: {len(summary.articles_without_facts)} "
                f"({', '.join(shown(name) for name in summary.articles_without_facts[:10])}"
                f"{', ...' if len(summary.articles_without_facts) > 10 else ''})"
            )
    if summary.facts_per_table:
        how = {"incremental": " (published: the changed articles and the series they touch)",
               "full": " (published: every relation built anew)"}.get(getattr(summary, "publish", ""), "")
        lines.append(
            "facts: " + ", ".join(f"{table} {n}" for table, n in summary.facts_per_table.items()) + how
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
    for message in getattr(summary, "failures", []):
        lines.extend("  " + shown(part) for part in str(message).splitlines())
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
        from bpjs_pipeline.warehouse.export import write_csv

        write_csv(frame, out)
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
