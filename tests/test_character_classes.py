"""parsing/characters.py: the classes kept in `character_classes.json` are the pass over the
Unicode planes, and stale ones are never used."""
from __future__ import annotations

import json
import unicodedata

from bpjs_pipeline.parsing import characters


def test_the_kept_classes_are_what_the_pass_computes():
    kept = characters._kept_classes()
    assert kept is not None, "character_classes.json is stale: python -m bpjs_pipeline.parsing.characters"
    assert kept == characters.computed_classes()
    assert characters.character_classes() == kept


def test_classes_kept_for_another_unicode_or_another_module_text_are_not_used(tmp_path, monkeypatch):
    record = json.loads(characters.KEPT.read_text(encoding="utf-8"))
    stale = tmp_path / "character_classes.json"
    monkeypatch.setattr(characters, "KEPT", stale)
    for field, value in (("unidata_version", "0.0.0"), ("definitions", "0" * 64)):
        stale.write_text(json.dumps({**record, field: value}), encoding="utf-8")
        assert characters._kept_classes() is None, field
    stale.write_text(json.dumps(record), encoding="utf-8")
    assert characters._kept_classes() == characters.computed_classes()
    assert record["unidata_version"] == unicodedata.unidata_version
    stale.write_text("{not json", encoding="utf-8")
    assert characters._kept_classes() is None
