"""Mapping between article ids (file stems) and Dagster partition keys.

Dagster's UI cannot backfill partition keys that contain commas, and some
characters are awkward in URLs and shell commands. The mapping is:

* ASCII letters, digits, `-`, `_` and `.` are kept as they are;
* every other character (including `~` itself) becomes `~XX` for each byte
  of its UTF-8 encoding, `XX` being two upper-case hex digits.

So `000_7ee6b9d7b46a30da` stays `000_7ee6b9d7b46a30da`, `a,b` becomes
`a~2Cb` and `berita ë` becomes `berita~20~C3~AB`. The mapping is
deterministic and reversible (`article_id_from_key`), so two different file
stems can never share a partition.
"""
from __future__ import annotations

import re
import string

_SAFE = frozenset(string.ascii_letters + string.digits + "-_.")
_ESCAPE = "~"
_KEY_RE = re.compile(r"(?:[A-Za-z0-9._-]|~[0-9A-F]{2})+")


_ALL_SAFE = re.compile(r"[A-Za-z0-9._-]+")


def partition_key_for(article_id: str) -> str:
    if not article_id:
        raise ValueError("an article id cannot be empty")
    if _ALL_SAFE.fullmatch(article_id):  # most names: nothing to escape
        return article_id
    out: list[str] = []
    for ch in article_id:
        if ch in _SAFE:
            out.append(ch)
        else:
            out.extend(f"{_ESCAPE}{b:02X}" for b in ch.encode("utf-8", "surrogateescape"))
    return "".join(out)


def article_id_from_key(key: str) -> str:
    if not _KEY_RE.fullmatch(key):
        raise ValueError(f"not a partition key made by partition_key_for: {key!r}")
    raw = bytearray()
    i = 0
    while i < len(key):
        if key[i] == _ESCAPE:
            raw.append(int(key[i + 1 : i + 3], 16))
            i += 3
        else:
            raw.extend(key[i].encode("ascii"))
            i += 1
    return raw.decode("utf-8", "surrogateescape")
