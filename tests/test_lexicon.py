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


def test_a_word_class_stands_for_its_words_in_every_list_naming_it():
    raw = {"word_classes": {"reach": ["mencapai", "tembus"]}, "entity": {"agency": ["BPJSTK"]},
           "table": {"actual": ["@reach", "telah @reach"], "other": ["aset dari @entity.agency"]}}
    expanded = lexicon_module.with_word_classes(raw)
    assert expanded["table"] == {"actual": ["mencapai", "tembus", "telah (?:mencapai|tembus)"],
                                 "other": ["aset dari (?:BPJSTK)"]}
    with pytest.raises(ValueError, match="no word class or list 'arrive'"):
        lexicon_module.with_word_classes({"a": ["@arrive"]})


def test_a_synonym_added_to_a_word_class_is_one_line(patched_lexicon):
    body = "BPJS Ketenagakerjaan menargetkan iuran Rp 110 triliun pada 2024 dan telah menggapai Rp 60 triliun hingga Juni."
    tables = lambda: [f.table for f in extract_facts(CleanedArticle("t", None, None, None, body))]  # noqa: E731
    assert tables() == ["targets", "targets"]  # an unknown verb: the target's reach goes on
    with lexicon_module.resources.files("bpjs_pipeline").joinpath(lexicon_module.LEXICON_FILE).open("rb") as f:
        raw = lexicon_module.tomllib.load(f)
    raw["word_classes"]["reach"].append("menggapai")
    expanded = lexicon_module.with_word_classes(raw)
    patched_lexicon(lambda d: d.update(expanded))
    assert tables() == ["targets", "funds"]  # "telah @reach" ends the target's reach


def test_every_metric_has_words():
    lex = lexicon_module.lexicon()
    for metric in METRICS:
        assert lex["metric"][metric], metric
