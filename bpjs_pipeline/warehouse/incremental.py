"""Which seed files a run must process: the ones staging has not seen with this content and
this extractor.

A file is **unchanged** when staging holds its partition with the same sha256
(of the bytes) and, for a decoded article, an extraction of that content by the
current `EXTRACTOR_VERSION` (or a quarantine row for those bytes, when they could
not be decoded). Otherwise it is **new** (staging has no row for its key),
**changed** (another sha256) or **outdated** (same content, but extracted by
another extractor version, never extracted, its cleaning or extraction
raised: it is tried again, or the seeds folder's `manifest.jsonl` now gives it
another web address, which may date it). Keys staged without a file are **deleted**.
Plain Python over the staging store; no Dagster.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from bpjs_pipeline.ingest import discover_seed_files
from bpjs_pipeline.ingest.read import TOO_LARGE_PREFIX, max_article_bytes, seed_file_digest
from bpjs_pipeline.warehouse.staging import StagingStore

HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class StagedFile:
    sha256: str | None  # of the bytes staging last read for this key (None: never read)
    quarantined: bool  # the bytes could not be decoded (no extraction expected)
    extracted_sha256: str | None  # the content the latest extraction read
    extractor_version: str | None  # the extractor of that extraction
    url: str | None = None  # the web address it was read with (`ingest/addresses.py`)


@dataclass(frozen=True)
class RunPlan:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)  # same content, other extractor version
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    full: bool = False
    staging_unreadable: bool = False  # locked by another process: every file is processed

    @property
    def stale(self) -> set[str]:
        """The keys to process: new, changed and outdated ones (every key with --full)."""
        keys = set(self.new) | set(self.changed) | set(self.outdated)
        return keys | set(self.unchanged) if self.full else keys


def file_sha256(path: Path) -> str:
    """`seed_file_digest`: the sha256 of a plain file of the folder, never following a link or
    blocking on a FIFO; a file over the size limit is not read (`too-large:<size>:<limit>`)."""
    return seed_file_digest(path)


def current_files(seeds_dir: Path) -> dict[str, str | None]:
    """partition key -> sha256 of every seed file's bytes (None when it cannot be read now;
    `too-large:<size>:<limit>`, unread, when it is over the size limit)."""
    limit = max_article_bytes()
    out: dict[str, str | None] = {}
    for seed in discover_seed_files(seeds_dir):
        try:
            out[seed.partition_key] = seed_file_digest(seed.path, limit)
        except OSError:
            out[seed.partition_key] = None
    return out


def staged_files(store: StagingStore) -> dict[str, StagedFile] | None:
    """What staging knows of each partition key; None when another process holds the file
    locked for longer than the lock wait (the run then processes every file, and its steps
    wait and retry as usual)."""
    if not store.path.exists():
        return {}
    with ExitStack() as stack:
        try:
            con = stack.enter_context(store.connection(read_only=True))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            return None
        rows = con.execute(
            """
            SELECT r.partition_key, r.sha256, FALSE,
                   -- an article whose cleaning or extraction raised is tried again
                   CASE WHEN r.article_id IN (SELECT article_id FROM rejects WHERE check_name = 'exception')
                        THEN NULL ELSE e.sha256 END,
                   e.extractor_version, r.url
            FROM raw_articles AS r LEFT JOIN extractions AS e USING (article_id)
            UNION ALL
            -- a file over the size limit was never read: it stands for itself by size and limit
            SELECT partition_key,
                   coalesce(sha256, $prefix
                            || nullif(regexp_extract(reason, '^file too large: ([0-9]+) bytes, limit ([0-9]+)', 1), '')
                            || ':' || regexp_extract(reason, '^file too large: ([0-9]+) bytes, limit ([0-9]+)', 2)),
                   TRUE, NULL, NULL, NULL
            FROM quarantine
            """, {"prefix": TOO_LARGE_PREFIX}
        ).fetchall()
    return {key: StagedFile(sha, bool(q), esha, version, url) for key, sha, q, esha, version, url in rows}


def plan_run(current: dict[str, str | None], staged: dict[str, StagedFile] | None, extractor_version: str,
             *, full: bool = False, addresses: dict[str, str] | None = None) -> RunPlan:
    """Sort every key into new / changed / outdated / unchanged / deleted. Pure. `staged`
    None (staging unreadable): every key is new, and processed. `addresses` (partition key ->
    web address, from the folder's manifest), when given: a key staged with another address is
    outdated."""
    plan = RunPlan(full=full or staged is None, staging_unreadable=staged is None)
    staged = staged or {}
    for key in sorted(current):
        sha, seen = current[key], staged.get(key)
        if seen is None:
            plan.new.append(key)
        elif sha is None or seen.sha256 != sha:
            plan.changed.append(key)
        elif seen.quarantined or (seen.extracted_sha256 == sha and seen.extractor_version == extractor_version
                                  and (addresses is None or addresses.get(key) == seen.url)):
            plan.unchanged.append(key)
        else:
            plan.outdated.append(key)
    plan.deleted.extend(sorted(set(staged) - set(current)))
    return plan
