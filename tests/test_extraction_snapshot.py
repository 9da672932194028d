"""A speed change never changes a fact: the extraction of the seeds and of every labelled set
beside the project equals the recorded snapshot (`tests/snapshot.py`; record it anew after a
deliberate extraction change with `python -m tests.snapshot --update`)."""
from __future__ import annotations

import pytest

from snapshot import differences, extraction_of, recorded, set_folders

SNAPSHOT = recorded()


@pytest.mark.parametrize("name", sorted(set_folders()))
def test_extraction_equals_the_recorded_snapshot(name):
    folder = set_folders()[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not on this machine")
    assert name in SNAPSHOT, f"{name} is not recorded: python -m tests.snapshot --update"
    found = extraction_of(folder)
    lines = differences(SNAPSHOT[name], found)
    assert not lines, "the extraction differs from the recorded snapshot (a deliberate change: " \
                      "python -m tests.snapshot --update):\n" + "\n".join(lines)


def test_the_snapshot_holds_no_article_text():
    for data in SNAPSHOT.values():
        assert all(set(a) == {"article_id", "published_on", "publisher", "title_sha256"} for a in data["articles"])
        assert all("quote" not in f for f in data["facts"])
