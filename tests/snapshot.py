"""The recorded extraction output that a speed change must leave as it is.

    python -m tests.snapshot            # compare the extraction with the recorded snapshot
    python -m tests.snapshot --update   # record it anew (after a deliberate extraction change)

The snapshot (`tests/extraction_snapshot.json`) holds, for the committed seeds and each
labelled set beside the project (`../shared/gold/<set>/articles`), every fact the extractor
finds (article, table, metric, segment, program, year, as_of, value, unit, the four
offsets, whether it is approximate, the year rule and the confidence) and each article's
publication date, publisher and a sha256 prefix of its title.
No article text is recorded: no quotes, no titles. `tests/test_extraction_snapshot.py`
compares the extraction with it in the suite; a set absent on this machine is skipped.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "extraction_snapshot.json"
GOLD = ROOT.parent / "shared" / "gold"
# The labelled sets recorded besides the seeds (each `../shared/gold/<name>/articles`).
LABELLED_SETS = ("dev", "dev2", "dev3", "dev4")
FACT_FIELDS = ("article_id", "table", "metric", "segment", "program", "year", "as_of", "value", "unit",
               "sentence_start", "sentence_end", "value_start", "value_end", "approximate", "year_rule",
               "confidence")


def set_folders() -> dict[str, Path]:
    """Each recorded set's folder of articles, whether or not it is on this machine."""
    return {"seeds": ROOT / "seeds", **{name: GOLD / name / "articles" for name in LABELLED_SETS}}


def title_digest(title: str | None) -> str | None:
    return None if title is None else hashlib.sha256(title.encode("utf-8")).hexdigest()[:16]


def extraction_of(folder: Path) -> dict:
    """What the extractor reads in every article of `folder`, without any of the text."""
    from bpjs_pipeline.extract.runner import extract_paths

    articles, facts = extract_paths([str(folder)], errors=io.StringIO())
    return {
        "articles": sorted(
            ({"article_id": a.article_id,
              "published_on": a.published_on.isoformat() if a.published_on else None,
              "publisher": a.publisher, "title_sha256": title_digest(a.title)} for a in articles),
            key=lambda a: a["article_id"]),
        "facts": sorted(({k: f.to_record()[k] for k in FACT_FIELDS} for f in facts),
                        key=lambda f: json.dumps(f, sort_keys=True)),
    }


def current() -> dict[str, dict]:
    """The extraction of every set present on this machine."""
    return {name: extraction_of(folder) for name, folder in set_folders().items() if folder.is_dir()}


def recorded() -> dict[str, dict]:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def differences(expected: dict, found: dict, shown: int = 20) -> list[str]:
    """What differs between two extractions of one set, as lines a person reads."""
    lines = []
    for part in ("articles", "facts"):
        key = (lambda r: json.dumps(r, sort_keys=True))
        before = {key(r) for r in expected[part]}
        after = {key(r) for r in found[part]}
        lines += [f"{part}: lost {r}" for r in sorted(before - after)[:shown]]
        lines += [f"{part}: new  {r}" for r in sorted(after - before)[:shown]]
    return lines


def write(snapshot: dict[str, dict]) -> None:
    SNAPSHOT.write_text(json.dumps(snapshot, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true",
                        help="record the extraction of every set present (keeps sets absent here as recorded)")
    args = parser.parse_args(argv)
    found = current()
    old = recorded() if SNAPSHOT.exists() else {}
    if args.update:
        write({**old, **found})
        for name, data in found.items():
            print(f"recorded {name}: {len(data['articles'])} articles, {len(data['facts'])} facts")
        return 0
    status = 0
    for name, data in found.items():
        if name not in old:
            print(f"{name}: not recorded (python -m tests.snapshot --update)")
            status = 1
            continue
        lines = differences(old[name], data)
        print(f"{name}: {'same' if not lines else 'DIFFERENT'} "
              f"({len(data['articles'])} articles, {len(data['facts'])} facts)")
        for line in lines:
            print("  " + line)
        status |= bool(lines)
    return status


if __name__ == "__main__":
    sys.exit(main())
