"""`bpjs-pipeline extract` and `bpjs-pipeline evaluate`: cleaning and extraction
on files or folders, without Dagster or DuckDB."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, TextIO

from bpjs_pipeline.clean import clean_article
from bpjs_pipeline.extract.explain import explain_article, explain_reading
from bpjs_pipeline.extract.facts import extract_facts, read_figures
from bpjs_pipeline.extract.scoring import LENIENT_KEY, STRICT_KEY, match, published_on_accuracy
from bpjs_pipeline.ingest import ArticleDecodeError, read_article
from bpjs_pipeline.ingest.addresses import addresses_near
from bpjs_pipeline.model import CleanedArticle, Fact

ARTICLE_SUFFIX = ".txt"


def article_paths(paths: Iterable[str]) -> list[Path]:
    """The `.txt` files named, and those directly inside the folders named, sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(c for c in p.iterdir() if c.suffix == ARTICLE_SUFFIX and c.is_file() and not c.is_symlink()))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return found


def address_of(path: Path, cache: dict[Path, dict[str, str]]) -> str | None:
    """The web address that a `manifest.jsonl` beside the file gives it (read once per folder)."""
    if path.parent not in cache:
        cache[path.parent] = addresses_near(path.parent)
    return cache[path.parent].get(path.stem)


def extract_paths(paths: Iterable[str], errors: TextIO = sys.stderr) -> tuple[list[CleanedArticle], list[Fact]]:
    """Clean and extract every article; unreadable files are reported and skipped."""
    articles: list[CleanedArticle] = []
    facts: list[Fact] = []
    addresses: dict[Path, dict[str, str]] = {}
    for path in article_paths(paths):
        try:
            raw = read_article(path)
        except ArticleDecodeError as exc:
            print(f"skipped {path}: {exc.reason}", file=errors)
            continue
        article = clean_article(raw.article_id, raw.text, address_of(path, addresses))
        articles.append(article)
        facts.extend(extract_facts(article))
    return articles, facts


def _load_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _describe(row: dict) -> str:
    return (f"{row['article_id']} {row['table']}/{row['metric']}/{row['segment']}/{row.get('program')}"
            f"/{row.get('year')} = {float(row['value']):g}  | {str(row.get('quote', ''))[:140]}")


def explain_command(paths: list[str], out: TextIO = sys.stdout) -> int:
    """Print how every figure of every article was read (see `explain.explain_article`)."""
    articles, _ = extract_paths(paths)
    for article in articles:
        explain_article(article, out)
        print(file=out)
    return 0


def evaluate_command(gold: str, gold_articles: str | None, paths: list[str], out: TextIO = sys.stdout,
                     explain: bool = False) -> int:
    """Print precision, recall and F1 of the extractor on labelled articles, with every miss and false hit."""
    gold_rows = _load_jsonl(gold)
    gold_article_rows = _load_jsonl(gold_articles) if gold_articles else []
    ids = {g["article_id"] for g in gold_rows} | {a["article_id"] for a in gold_article_rows}
    articles, facts = extract_paths(paths)
    predicted = [f.to_record() for f in facts if f.article_id in ids]
    strict, lenient = match(gold_rows, predicted, STRICT_KEY), match(gold_rows, predicted, LENIENT_KEY)
    print(f"articles {len(ids)}  gold facts {sum(not g.get('optional') for g in gold_rows)}  predicted {len(predicted)}", file=out)
    for name, s in (("strict", strict), ("lenient", lenient)):
        print(f"{name:8} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"(tp {len(s.true_positives)} fp {len(s.false_positives)} fn {len(s.false_negatives)})", file=out)
    if gold_article_rows:
        accuracy, wrong = published_on_accuracy(gold_article_rows, [a.to_record() for a in articles])
        print(f"published_on accuracy {accuracy:.3f}" + (f"  wrong: {', '.join(wrong)}" if wrong else ""), file=out)
    by_id = {a.article_id: a for a in articles}
    for g in sorted(strict.false_negatives, key=lambda r: r["article_id"]):
        print("MISS  ", _describe(g), file=out)
        if explain and g["article_id"] in by_id:
            _explain_quote(by_id[g["article_id"]], g.get("quote", ""), out)
    for p in sorted(strict.false_positives, key=lambda r: r["article_id"]):
        print("FALSE ", _describe(p), file=out)
        if explain and p["article_id"] in by_id:
            _explain_offsets(by_id[p["article_id"]], [p["value_start"]], out)
    return 0


def _explain_quote(article: CleanedArticle, quote: str, out: TextIO) -> None:
    """The readings of the figures in the sentence that holds a gold quote."""
    at = article.body.find(quote[:60]) if quote else -1
    if at < 0:
        print("      (the quote is not in the cleaned body: the cleaner dropped it)", file=out)
        return
    starts = [r.figure.start for r in read_figures(article) if r.sentence.start <= at < r.sentence.end]
    _explain_offsets(article, starts, out)


def _explain_offsets(article: CleanedArticle, starts: list[int], out: TextIO) -> None:
    for r in read_figures(article):
        if r.figure.start in starts:
            print("\n".join("      " + line for line in explain_reading(r, article.body)), file=out)
