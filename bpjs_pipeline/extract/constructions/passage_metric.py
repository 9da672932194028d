"""The metric a passage is about: once a passage names active participants
("jumlah kepesertaan aktif pada 2018 mencapai 30,46 juta"), the counts after it that
say only "peserta" are the same quantity at another time or for a part ("Pada 2020
turun menjadi 29,98 juta peserta", "peserta jasa konstruksi sebanyak 7,16 juta"), and
so are the bare figures that refer to them. A count far larger than the active one
is not it (a registered total); a worker noun or a coverage verb alone ("melindungi
40 juta pekerja") does not take it; a passage that turns to another count (a plain
total, registered participants, employers) ends it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bpjs_pipeline.extract.article import ArticleState
    from bpjs_pipeline.extract.reading import Reading

ACTIVE = "active_participants"
GENERIC = "participants"


def _same_quantity(topic: Reading, r: Reading, ratio: tuple[float, float]) -> bool:
    low, high = ratio
    if r.segment != "all" and topic.segment == "all":
        return r.figure.value < topic.figure.value  # a part of it
    if r.segment != topic.segment:
        return False
    return low * topic.figure.value <= r.figure.value <= high * topic.figure.value


def _topic(a: ArticleState, r: Reading) -> Reading | None:
    topic = a.passage_topic
    if topic is None or r.sentence.index - topic.sentence.index > a.vocab.passage_sentences:
        return None
    return topic


def take_passage_metric(a: ArticleState, r: Reading) -> None:
    """A count whose own words say "peserta" takes the passage's active metric."""
    if r.money or r.metric != GENERIC or not r.sources.get("metric", "").startswith("own words"):
        return
    topic = _topic(a, r)
    if topic is None or not a.vocab.participant_nouns.search(a.body, r.spans.left, r.spans.phrase_end):
        return
    if _same_quantity(topic, r, a.vocab.passage_ratio):
        r.metric = ACTIVE
        r.sources["metric"] = f"the passage's metric (active, from {topic.figure.text})"


def note_passage_metric(a: ArticleState, r: Reading) -> None:
    """After a figure is read: an active count opens (or goes on with) the passage's
    topic; a national count of another kind ends it."""
    if r.money or r.vetoed or not r.metric:
        return
    if r.metric == ACTIVE:
        if r.segment == "all" or _topic(a, r) is None:
            a.passage_topic = r
    elif r.segment == "all" and r.role != "part of a breakdown":
        a.passage_topic = None
