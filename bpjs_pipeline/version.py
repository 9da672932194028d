"""The version of the cleaning and extraction code, recorded with every staged extraction.

`EXTRACTOR_VERSION` is `<EXTRACTOR_CODE_VERSION>+<digest>`, the digest being a
SHA-256 over `lexicon.toml` and the Python sources of the cleaning, parsing
and extraction packages and of the text normalisation (`ingest/normalise.py`). Any change to them (a new synonym, a new rule) gives
a new version, and `bpjs-pipeline run` then treats every article as stale and
extracts it again; bump `EXTRACTOR_CODE_VERSION` to force that for a change
made elsewhere (a dependency's behaviour, say).
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

# Bump by hand when the facts change for a reason the digest cannot see.
EXTRACTOR_CODE_VERSION = "1"

_PACKAGE = Path(__file__).resolve().parent
# What the facts of an article depend on, besides its text.
_SOURCES = ("lexicon.toml", "lexicon.py", "model.py", "ingest/normalise.py", "clean", "parsing", "extract")


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in _SOURCES:
        path = _PACKAGE / name
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts))
        elif path.exists():
            files.append(path)
    return files


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return f"{EXTRACTOR_CODE_VERSION}+{digest.hexdigest()[:16]}"


EXTRACTOR_VERSION = extractor_version()


@cache
def build_version() -> str:
    """A digest of every source file of the package (Python, SQL, TOML): the code a published
    warehouse was built by. A warehouse built by other code is built again whole."""
    digest = hashlib.sha256()
    for path in sorted(p for suffix in ("*.py", "*.sql", "*.toml") for p in _PACKAGE.rglob(suffix)
                       if "__pycache__" not in p.parts):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
