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
from bpjs_pipeline.terminal import shown


def _seeds_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", help=f"folder of *.txt articles (default ${SEEDS_ENV} or ./seeds)")


def _warehouse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", help=f"warehouse file (default ${WAREHOUSE_ENV} or ./warehouse/bpjs.duckdb)")


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
            "nothing is published or checked again. Uses the DAGSTER_HOME instance when DAGSTER_HOME is set, "
            "else a throw-away one."
        ),
    )
    _seeds_option(run)
    _warehouse_option(run)
    run.add_argument("--full", action="store_true",
                     help="process every file again, not only the new, changed or outdated ones")
    run.add_argument("--allow-shrink", action="store_true",
                     help="publish even when the seeds folder lists fewer than half the files the "
                          "published warehouse holds (otherwise refused: the folder looks empty or incomplete)")

    repair = sub.add_parser(
        "repair", help="set a damaged staging store aside and rebuild it from the seeds",
        description=(
            "Moves the staging store (<warehouse>.staging.duckdb) aside as <name>.damaged, starts a new "
            "one with what the published warehouse remembers (when each content was first read, when "
            "each file was first quarantined), then runs like `run --full`. The published warehouse "
            "is replaced only when the new one is complete and passes its checks."
        ),
    )
    _seeds_option(repair)
    _warehouse_option(repair)
    repair.add_argument("--allow-shrink", action="store_true", help="as for `run`")

    sql = sub.add_parser("sql", help="run one read-only query against the warehouse")
    sql.add_argument("query", help="one SELECT (or WITH/FROM/VALUES/DESCRIBE/SHOW/SUMMARIZE/PIVOT/UNPIVOT) "
                                   "statement, or EXPLAIN [ANALYZE] of one")
    _warehouse_option(sql)
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.add_argument(
        "--allow-external-files", action="store_true",
        help="let the query read files other than the warehouse (read_csv, read_text, glob, ...); "
             "off by default. Nothing is ever written, and the warehouse stays read-only either way.",
    )
    sql.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                     help="stop the query after this many seconds (default 60)")
    sql.add_argument("--memory-limit", metavar="SIZE",
                     help="memory limit of the query, e.g. 2GB, 512MiB or 25%% of RAM (default 25%%); the "
                          "output may be a quarter of it")
    sql.add_argument("--max-rows", type=int, metavar="N",
                     help="stop the output after N rows, with an error (default 1000000)")

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
        "explain", help="show how every figure of an article was read (files, or articles of the warehouse)",
        description="For every figure of each article's cleaned body: its role, the decision taken "
                    "(a fact, or the rule that rejected it) and where each field came from. With "
                    "--article, the article's body is the one stored in the warehouse: its published "
                    "facts are shown first, each figure and sentence cut from that body by the facts' "
                    "offsets, then how the extractor reads the body now.")
    explain.add_argument("paths", nargs="*", metavar="PATH", help="article .txt files or folders of them")
    explain.add_argument("--article", action="append", default=[], metavar="ARTICLE_ID",
                         help="an article of the warehouse (repeatable), instead of files")
    explain.add_argument("--at", type=int, action="append", metavar="OFFSET",
                         help="with --article: only the figure starting at this offset (a fact's value_start)")
    explain.add_argument("--warehouse", help=f"with --article: warehouse file (default ${WAREHOUSE_ENV} or "
                                             "./warehouse/bpjs.duckdb)")

    training = sub.add_parser(
        "train-confidence", help="fit the confidence model on the labelled sets and print its calibration",
        description="Reads the seeds' gold (tests/gold) and every <set>/<set>.facts.jsonl with its articles "
                    "under --gold-root, fits a logistic regression over the reader's evidence cues "
                    "(article-level cross-validation for the calibration table) and writes the model "
                    "file the extractor reads. Needs scikit-learn (pip install -e '.[train]').")
    training.add_argument("--gold-root", default="../shared/gold", help="folder of labelled sets (default ../shared/gold)")
    training.add_argument("--out", help="model file (default: the packaged bpjs_pipeline/extract/confidence_model.json)")

    report = sub.add_parser("report", help="write one self-contained HTML page: charts, targets, disputes")
    report.add_argument("--out", default="report.html", metavar="FILE.html", help="default ./report.html")
    _warehouse_option(report)

    review = sub.add_parser(
        "review", help="list the facts the reader is least sure of, as rows for the corrections file",
        description="Prints (or writes to --out) the published facts below --below confidence that no "
                    "person has accepted or changed yet, least confident first, as CSV in the corrections "
                    "file's columns plus, for the reader, `confidence`, `reading`, `figure` and `sentence`. "
                    "Write accept, reject or change (with the new labels) in `action` and add the rows to "
                    "corrections.csv; the next run applies them.")
    _warehouse_option(review)
    review.add_argument("--below", type=float, default=0.9, metavar="CONFIDENCE",
                        help="list facts under this confidence (default 0.9)")
    review.add_argument("--limit", type=int, default=50, metavar="N", help="at most N facts (default 50; 0: all)")
    review.add_argument("--out", metavar="FILE.csv", help="write the CSV here instead of printing it")

    export = sub.add_parser("export", help="write every table and view to DIR, with the schema")
    export.add_argument("dir", metavar="DIR")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    _warehouse_option(export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from bpjs_pipeline.settings import SettingError, check_settings

    try:
        check_settings()  # every numeric BPJS_* setting, before anything runs
    except SettingError as exc:
        print(f"error: {shown(exc)}", file=sys.stderr)
        return 2
    unreadable = _not_utf8(args)
    if unreadable:
        print(f"error: {unreadable}", file=sys.stderr)
        return 2
    if args.command == "run":
        return cmd_run(args.seeds, args.warehouse, full=args.full, allow_shrink=args.allow_shrink)
    if args.command == "repair":
        return cmd_run(args.seeds, args.warehouse, full=True, allow_shrink=args.allow_shrink, repair=True)
    if args.command == "sql":
        return cmd_sql(args.query, args.warehouse, args.format, args.allow_external_files,
                       timeout=args.timeout, memory_limit=args.memory_limit, max_rows=args.max_rows)
    if args.command == "extract":
        return cmd_extract(list(args.paths), args.out)
    if args.command == "evaluate":
        from bpjs_pipeline.extract.runner import evaluate_command

        return evaluate_command(args.gold, args.gold_articles, list(args.paths), explain=args.explain)
    if args.command == "train-confidence":
        return cmd_train_confidence(args.gold_root, args.out)
    if args.command == "explain":
        from bpjs_pipeline.extract.runner import explain_command
        from bpjs_pipeline.report.trace import explain_stored

        if bool(args.paths) == bool(args.article):
            print("error: give article files or folders, or --article ARTICLE_ID (not both)", file=sys.stderr)
            return 2
        try:
            if args.article:
                return explain_stored(resolve_warehouse(args.warehouse), args.article, args.at)
            return explain_command(list(args.paths))
        except BrokenPipeError:  # the reader closed the pipe (`| head`): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args.command in ("report", "export", "review"):
        return cmd_publish_files(args)
    raise AssertionError(args.command)


def _not_utf8(args) -> str | None:
    """Why an argument that must be text cannot be used: the query or a format that is not
    valid UTF-8 (file and folder names may be any bytes)."""
    for name in ("query",):
        value = getattr(args, name, None)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return (f"the {name} is not valid UTF-8 (byte 0x{ord(value[exc.start]) & 0xff:02x} at "
                        f"character {exc.start}): pass it as UTF-8 text")
    return None


def cmd_publish_files(args) -> int:
    """`report`, `export` and `review`: files made from the published warehouse."""
    path = resolve_warehouse(args.warehouse)
    if path.exists() and not path.is_file():
        print(f"error: the warehouse path {shown(path)} is not a file", file=sys.stderr)
        return 2
    try:
        if args.command == "report":
            from bpjs_pipeline.report.html import write_report

            print(f"wrote {write_report(path, Path(args.out))}")
        elif args.command == "review":
            from bpjs_pipeline.warehouse.review import review_csv, warehouse_review

            rows = warehouse_review(path, below=args.below, limit=args.limit or None)
            text = review_csv(rows)
            if args.out:
                Path(args.out).write_text(text, encoding="utf-8")
                print(f"wrote {len(rows)} facts to review to {args.out}")
            else:
                sys.stdout.write(text)
        else:
            from bpjs_pipeline.warehouse.export import export

            files = export(path, Path(args.dir), args.format)
            print(f"wrote {len(files)} files to {args.dir}")
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_run(seeds: str | None, warehouse: str | None, *, full: bool = False, allow_shrink: bool = False,
            repair: bool = False) -> int:
    """Exit codes: 0 ok, 1 the run or a blocking check failed, 2 refused before anything was
    done (the message says why and what to do), 3 another run holds the warehouse or the
    instance, 130 stopped by SIGINT or SIGTERM."""
    # SIGTERM stops a run like Ctrl-C: Dagster interrupts the step, staging writes roll back and
    # the warehouse stays as it was before the run or as it is after it. Set first, so that a
    # signal while Dagster is still being imported stops the run as well; put back as they were
    # when the command returns (it may be called in a process that goes on).
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _terminate)
    from bpjs_pipeline.settings import STOP_GRACE_SECONDS

    stop = _StopWatch(STOP_GRACE_SECONDS.read())
    try:
        return _run_command(seeds, warehouse, stop, full=full, allow_shrink=allow_shrink, repair=repair)
    finally:
        stop.close()
        for number, handler in zip((signal.SIGTERM, signal.SIGINT), previous):
            if handler is not None:  # None: not set from Python, nothing to put back
                signal.signal(number, handler)


def _run_command(seeds: str | None, warehouse: str | None, stop: "_StopWatch", *, full: bool,
                 allow_shrink: bool, repair: bool) -> int:
    from contextlib import ExitStack

    from bpjs_pipeline.ingest.guard import ArchiveWouldShrink
    from bpjs_pipeline.settings import check_warehouse_path, dagster_home
    from bpjs_pipeline.warehouse.repair import StagingDamaged
    from bpjs_pipeline.warehouse.run_lock import (
        LockFileUnsafe,
        WarehouseBusy,
        instance_write_lock,
        warehouse_write_lock,
    )

    path = resolve_warehouse(warehouse)
    try:
        home = dagster_home()
        check_warehouse_path(path)
        with ExitStack() as held:
            # the instance first: a second run on it exits before it touches the instance
            if home is not None:
                _take_lock(held, instance_write_lock, home, "the Dagster instance folder")
            _take_lock(held, warehouse_write_lock, path, "the warehouse folder")
            _quiet_dagster_warnings()  # Dagster is imported only now: a refusal above is quick
            from bpjs_pipeline.orchestration.execute import run_pipeline

            if repair:
                _set_staging_aside(seeds, path)
            summary = run_pipeline(seeds, warehouse, full=full, allow_shrink=allow_shrink)
    except WarehouseBusy as exc:
        print(f"error: {shown(exc)}", file=sys.stderr)
        return 3
    except (FileNotFoundError, LockFileUnsafe, ArchiveWouldShrink, StagingDamaged) as exc:
        print(f"error: {shown(exc)}", file=sys.stderr)
        return 2
    except PermissionError as exc:  # the seeds folder cannot be listed: nothing is published
        print(f"error: cannot read the seeds folder: {shown(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted: the run was stopped; the warehouse is as it was before the run "
              "or as the run left it complete", file=sys.stderr)
        return 130
    except Exception:
        # A signal that lands inside a DuckDB call comes back as DuckDB's own error ("Query
        # interrupted"): still a stop, not a failure.
        if stop.signal is None and _STOPPED_BY is None:
            raise
        print("error: interrupted: the run was stopped; the warehouse is as it was before the run "
              "or as the run left it complete", file=sys.stderr)
        return 130
    print(format_summary(summary))
    if stop.signal is not None or _STOPPED_BY is not None or _interrupted(summary):
        return 130
    return 0 if summary.success and summary.checks_passed else 1


def _take_lock(held, take, where: Path, what: str) -> None:
    """Enter `take(where)` in `held`; an OSError (a read-only folder, no permission) becomes a
    message naming `what`."""
    from bpjs_pipeline.settings import PathProblem

    try:
        held.enter_context(take(where))
    except OSError as exc:
        raise PathProblem(f"cannot create the lock file in {what} ({exc.strerror or exc}: "
                          f"{exc.filename or where}): nothing was done") from None


def _set_staging_aside(seeds: str | None, warehouse: Path) -> None:
    """`repair`: the staging store moved aside and a new one started with the published history."""
    from bpjs_pipeline.settings import resolve_seeds_dir, staging_path_for
    from bpjs_pipeline.warehouse.repair import seed_history, set_aside

    staging = staging_path_for(warehouse)
    moved = set_aside(staging)
    carried = seed_history(staging, warehouse, resolve_seeds_dir(seeds))
    print(f"staging store {shown(staging)}: " + (f"the old one set aside as {shown(moved.name)}; " if moved else "")
          + f"rebuilding from the seeds ({carried} published dates carried over)", flush=True)


def cmd_extract(paths: list[str], out_dir: str) -> int:
    """`extract`: every file on its own (decoded, normalised, cleaned, extracted under the
    article time budget); a file that cannot be decoded is skipped and one whose processing
    raises is reported, and the others are written. Exit 0, or 1 when some file failed."""
    from bpjs_pipeline.batch import load_patterns
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
    load_patterns()  # (once, before the first article's budget starts: each article is timed for its own work)
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


class _StopWatch:
    """Makes SIGTERM and SIGINT stop a run within `grace` seconds (BPJS_STOP_GRACE_SECONDS), whatever handler Dagster
    has installed at that moment (it swaps them around steps, and an interrupt that arrives
    while a step waits for a retry can be lost). The signal number reaches a watcher thread
    through `signal.set_wakeup_fd`; Dagster's handler interrupts the run as usual, and if the
    process is still running when the grace period ends, it exits with 130 at once. That is as
    safe as SIGKILL, which leaves the warehouse as it was before the run or as it is after it
    (staging writes are transactions, the warehouse is swapped in with os.replace)."""

    def __init__(self, grace: float):
        import threading

        self.signal: int | None = None
        self.grace = grace
        self._closed = False
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        try:
            self._previous_fd = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        except ValueError:  # not the main thread: nothing to watch
            os.close(read_end)
            os.close(write_end)
            self._write_end = None
            return
        self._write_end = write_end
        threading.Thread(target=self._watch, args=(read_end,), name="bpjs-stop-watch", daemon=True).start()

    def close(self) -> None:
        """The command returned: stop watching (the watcher ends, and never exits the process)."""
        if self._write_end is None:
            return
        self._closed = True
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._write_end)
        self._write_end = None

    def _watch(self, read_end: int) -> None:
        import time

        stops = (int(signal.SIGINT), int(signal.SIGTERM))
        while self.signal is None:
            data = os.read(read_end, 64)
            if not data:  # closed: the command returned
                os.close(read_end)
                return
            for number in data:
                if number in stops:
                    self.signal = number
        time.sleep(self.grace)
        if self._closed:
            return
        print(f"error: stopped by signal {self.signal}: the run did not end within {self.grace:g} s, so it "
              "exits now; the warehouse is as it was before the run or as the run left it complete",
              file=sys.stderr, flush=True)
        os._exit(130)


_STOPPED_BY: int | None = None  # the signal that stopped `run`, as soon as its handler runs


def _terminate(signum, frame):
    global _STOPPED_BY
    _STOPPED_BY = signum
    raise KeyboardInterrupt(f"signal {signum}")


def _interrupted(summary) -> bool:
    return any("interrupt" in message.lower() for message in getattr(summary, "failures", []))


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
            timeout: float | None = 60.0, memory_limit: str | None = None, max_rows: int | None = None) -> int:
    """Exit codes: 0 ok, 1 query error (including the time and memory limits and the output
    caps), 2 refused statement, bad option or no warehouse, 130 interrupted (Ctrl-C, SIGTERM)."""
    import math

    from bpjs_pipeline.query.connection import memory_limit_bytes
    from bpjs_pipeline.query.statement import NotAReadQuery
    from bpjs_pipeline.query.stream import (
        DEFAULT_MAX_ROWS,
        QueryFailed,
        QueryInterrupted,
        QueryLimits,
        QueryTimeout,
        stream_query,
    )

    # Ctrl-C stops the query even when the shell started this command with SIGINT ignored
    # (a background job): KeyboardInterrupt reaches stream_query, which kills the query's process.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    path = resolve_warehouse(warehouse)
    try:
        if timeout is not None and not (math.isfinite(timeout) and timeout > 0):
            raise ValueError(f"--timeout must be a positive number of seconds, got {timeout:g}")
        if max_rows is not None and max_rows < 1:
            raise ValueError(f"--max-rows must be at least 1, got {max_rows}")
        limits = QueryLimits(timeout=timeout, memory_limit=memory_limit_bytes(memory_limit),
                             max_rows=DEFAULT_MAX_ROWS if max_rows is None else max_rows)
        stream_query(Path(path), query, sys.stdout, fmt=fmt, allow_external_files=allow_external_files,
                     limits=limits)
    except (NotAReadQuery, FileNotFoundError, ValueError) as exc:
        print(f"error: {shown(exc)}", file=sys.stderr)
        return 2
    except QueryTimeout as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (QueryInterrupted, KeyboardInterrupt) as exc:
        print(f"error: {str(exc) or 'interrupted (Ctrl-C)'}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader closed the pipe (`| head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except QueryFailed as exc:
        print(f"error: {_query_failure(exc, limits, allow_external_files)}", file=sys.stderr)
        return 1
    return 0


def _query_failure(exc, limits, allow_external_files: bool) -> str:
    message = str(exc)
    if exc.kind == "memory":
        return (f"the query needed more memory than its limit of {limits.memory / 2**20:.0f} MiB and was "
                f"stopped (--memory-limit SIZE sets the limit)\n({message})")
    if exc.kind == "rows":
        return (f"the result has more than {limits.max_rows} rows, so the output stops there (--max-rows N "
                "sets the limit; `bpjs-pipeline export DIR` writes whole tables)")
    if exc.kind == "bytes":
        return (f"the result is larger than {limits.max_bytes / 2**20:.0f} MiB of output (a quarter of the "
                "memory limit), so the output stops there (--memory-limit SIZE raises it; `bpjs-pipeline "
                "export DIR` writes whole tables)")
    if exc.kind == "external" and not allow_external_files:
        message += ("\n(`bpjs-pipeline sql` reads only the warehouse; pass --allow-external-files "
                    "to let a query read other files)")
    return message


def _quiet_dagster_warnings() -> None:
    try:
        from dagster._utils.warnings import BetaWarning, PreviewWarning
    except ImportError:  # pragma: no cover - other dagster versions
        return
    warnings.filterwarnings("ignore", category=BetaWarning)
    warnings.filterwarnings("ignore", category=PreviewWarning)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def cmd_train_confidence(gold_root: str, out: str | None) -> int:
    from bpjs_pipeline.extract import confidence_training

    root = Path(__file__).resolve().parent
    project = root.parent
    target = Path(out) if out else root / "extract" / "confidence_model.json"
    sets = confidence_training.labelled_sets(Path(gold_root), project / "seeds", project / "tests" / "gold" / "seeds.facts.jsonl")
    confidence_training.train(sets, target, sys.stdout)
    return 0
