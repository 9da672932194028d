"""The lexicon is data: a synonym added to it is understood without a code change."""
import copy

import pytest

from bpjs_pipeline import lexicon as lexicon_module
from bpjs_pipeline.extract import extract_facts, vocabulary as vocabulary_module
from bpjs_pipeline.model import CleanedArticle, METRICS

SENTENCE = "Hingga Juni 2024, dana abadi pekerja BPJS Ketenagakerjaan mencapai Rp 750 triliun."


@pytest.fixture
def patched_lexicon(monkeypatch):
    data = copy.deepcopy(lexicon_module.lexicon())

    def use(mutate):
        mutate(data)
        monkeypatch.setattr(lexicon_module, "lexicon", lambda: data)
        monkeypatch.setattr(vocabulary_module, "lexicon", lambda: data)
        vocabulary_module.vocabulary.cache_clear()
    yield use
    vocabulary_module.vocabulary.cache_clear()


def _metrics(body):
    return [f.metric for f in extract_facts(CleanedArticle("t", None, None, None, body))]


def test_a_new_synonym_is_one_line(patched_lexicon):
    body = "Hingga Juni 2024, kekayaan bersih BPJS Ketenagakerjaan mencapai Rp 750 triliun."
    assert _metrics(body) == ["managed_funds"]  # money with no metric word of its own
    patched_lexicon(lambda d: d["metric"]["assets"].append("kekayaan bersih"))
    assert _metrics(body) == ["assets"]


def test_a_new_not_a_fact_word(patched_lexicon):
    assert _metrics(SENTENCE) == ["managed_funds"]
    patched_lexicon(lambda d: d["metric"]["not_a_fact"]["words"].append("dana abadi"))
    assert _metrics(SENTENCE) == []


def test_every_metric_has_words():
    lex = lexicon_module.lexicon()
    for metric in METRICS:
        assert lex["metric"][metric], metric
