"""A run never trusts a momentary view of the seeds folder.

When most of the files a run listed cannot be read when it reads them (the folder unmounted
or its permissions changed for a moment, a sync tool re-creating it), quarantining them all
would publish an almost empty warehouse. Instead the read step fails before it writes
anything: staging (with every `loaded_at`) and the published warehouse stay as they were, and
the step's retry policy looks again a few seconds later.
"""
from __future__ import annotations

# Quarantine reasons that mean "could not be read now", as opposed to "read and refused".
UNREADABLE_REASONS = ("cannot read: ", "file no longer exists")
# More than this share of a batch unreadable (in a batch of at least MIN_FILES) fails the run.
MAX_UNREADABLE_SHARE = 0.5
MIN_FILES = 2


class SeedFolderUnavailable(RuntimeError):
    """Most listed seed files could not be read: the run must not publish."""


def is_unreadable(reason: str) -> bool:
    return reason.startswith(UNREADABLE_REASONS)


def refuse_momentary_view(listed: int, unreadable: list[tuple[str, str]]) -> None:
    """Raise SeedFolderUnavailable when more than half of `listed` files (at least MIN_FILES)
    could not be read; `unreadable` is (file, reason) pairs."""
    if listed >= MIN_FILES and len(unreadable) > MAX_UNREADABLE_SHARE * listed:
        examples = "; ".join(f"{file}: {reason}" for file, reason in unreadable[:3])
        raise SeedFolderUnavailable(
            f"{len(unreadable)} of the {listed} seed files listed could not be read ({examples}"
            f"{'; ...' if len(unreadable) > 3 else ''}): the seeds folder looks unavailable, so "
            "nothing was changed and nothing is published"
        )


# A listing with fewer than this share of the files the published warehouse holds is refused.
MIN_LISTED_SHARE = 0.5


class ArchiveWouldShrink(RuntimeError):
    """The seeds folder lists far fewer files than the published warehouse holds."""


def refuse_shrinking_archive(listed: int, published: int) -> None:
    """Raise ArchiveWouldShrink when the seeds folder lists fewer than half of the files the
    published warehouse holds (an empty folder mounted over the real one, a sync that has not
    finished): publishing it would lose the others. `--allow-shrink` is the deliberate way."""
    if published > 0 and listed < MIN_LISTED_SHARE * published:
        raise ArchiveWouldShrink(
            f"the seeds folder lists {listed} .txt file(s), but the published warehouse holds "
            f"{published} article file(s): the folder looks empty or incomplete (not mounted, not yet "
            "synced), so nothing was changed and the published warehouse stays as it was. If the "
            "archive really is smaller now, run again with --allow-shrink"
        )
