"""Where an article was published: its web address, when the folder says.

A folder of articles may carry `manifest.jsonl` (in the folder or the one above
it), one JSON object per line with `article_id` (the file stem) and `url`. An
address line inside the text (a bare `https://...` line) counts too. The
address is used only for what the text does not say, such as a missing date.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

MANIFEST = "manifest.jsonl"
_URL_LINE = re.compile(r"^\s*(?:\w+:\s*)?(https?://\S+)\s*$", re.M)


def addresses_near(folder: Path) -> dict[str, str]:
    """article_id -> url from the manifest in `folder` or its parent (first found)."""
    for candidate in (folder / MANIFEST, folder.parent / MANIFEST):
        if candidate.is_file():
            out: dict[str, str] = {}
            with candidate.open(encoding="utf-8", errors="replace") as f:
                for line in f:
                    try:
                        row = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(row, dict) and isinstance(row.get("article_id"), str) and isinstance(row.get("url"), str):
                        out[row["article_id"]] = row["url"]
            return out
    return {}


def address_in_text(text: str) -> str | None:
    """A line of the page that is only a web address (what a saved page often keeps)."""
    m = _URL_LINE.search(text)
    return m.group(1) if m else None
