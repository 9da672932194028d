"""The column descriptions: one source for the Dagster column schema and warehouse/README.md."""
from __future__ import annotations

from bpjs_pipeline.warehouse import PUBLISHED_RELATIONS
from bpjs_pipeline.warehouse.columns import README, RELATIONS, built_schemas, documented_blocks, render_readme


def test_every_published_column_is_described_and_nothing_else():
    schemas = built_schemas()
    assert set(schemas) == set(PUBLISHED_RELATIONS) == set(RELATIONS)
    for relation, columns in schemas.items():
        names = [name for name, _ in columns]
        assert set(RELATIONS[relation]) == set(names), relation
        assert all(RELATIONS[relation][name].strip() for name in names), relation


def test_the_readme_column_tables_are_generated_from_the_descriptions():
    text = README.read_text(encoding="utf-8")
    blocks = documented_blocks(text)
    # each table documented once (the three fact tables and by-year views share one table)
    assert set(blocks) | {"fact_funds", "fact_targets", "funds_by_year", "targets_by_year"} == set(RELATIONS)
    assert render_readme(text, built_schemas()) == text, (
        "warehouse/README.md is out of date: run python -m bpjs_pipeline.warehouse.columns --write")


def test_a_changed_description_shows_as_drift(monkeypatch):
    text = README.read_text(encoding="utf-8")
    monkeypatch.setitem(RELATIONS["articles"], "title", "something else")
    assert render_readme(text, built_schemas()) != text
