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
