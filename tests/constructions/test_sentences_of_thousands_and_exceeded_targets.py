"""Constructions of thousands and exceeded targets: a target an achievement exceeded is of the achievement's period,
"seribu" is a thousand, and English number words joined by "and"."""
from datetime import date

from bpjs_pipeline.parsing.numbers import find_figures


def test_a_target_an_achievement_exceeded_is_of_its_period(facts_of):
    body = ("The agency managed Rp206.05 trillion in investment funds by the end of 2015. Contributions collected reached "
            "Rp 46.5 trillion, exceeding the target of Rp 44.8 trillion.")
    got = facts_of(body, published_on=date(2016, 3, 22))
    assert ("targets", "contributions", "all", None, 2015, 44.8e12) in got
    assert ("funds", "contributions", "all", None, 2015, 46.5e12) in got


def test_a_thousand_written_out(facts_of):
    body = "Manajemen menargetkan dana kelolaan tembus seribu triliun rupiah pada 2026."
    assert facts_of(body, published_on=date(2024, 3, 1)) == [("targets", "managed_funds", "all", None, 2026, 1e15)]


def test_english_number_words_joined_by_and():
    assert [f.value for f in find_figures("four hundred and ten thousand migrant workers; ten thousand and five million")] \
        == [410_000, 10_000, 5e6]
