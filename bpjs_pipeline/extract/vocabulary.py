"""The extractor's view of the lexicon: every word list it uses, compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import cache

from bpjs_pipeline.lexicon import Labelled, alternation, labelled, lexicon, phrase_pattern, with_lead
from bpjs_pipeline.model import PROGRAMS
from bpjs_pipeline.parsing.dates import clock_at_end

PERSON_METRICS = ("active_employers", "employers", "active_participants", "registered_participants", "participants")
MONEY_METRICS = ("investment_returns", "managed_funds", "assets", "contributions", "benefits_paid")


@dataclass(frozen=True)
class Vocabulary:
    person_metrics: Labelled
    money_metrics: Labelled
    segments: Labelled
    programs: Labelled
    programs_listed: Labelled  # names and bare purposes: the items of a list after "masing-masing untuk"
    worker_nouns: re.Pattern
    employer_nouns: re.Pattern
    coverage: re.Pattern
    not_a_fact: re.Pattern
    before_figure: re.Pattern
    after_figure: re.Pattern
    other_bodies: re.Pattern
    recorded_by_other_body: re.Pattern
    regional: re.Pattern
    regional_subject: re.Pattern
    national: re.Pattern
    national_row: re.Pattern
    lead_sentences: int
    target: re.Pattern
    actual: re.Pattern
    realisation_words: re.Pattern
    realisation_before_year: re.Pattern
    baseline: re.Pattern
    since: re.Pattern
    increment: re.Pattern
    increase_nouns: re.Pattern
    level: re.Pattern
    change_start: re.Pattern
    newcomers: re.Pattern
    newcomer_level: re.Pattern
    newcomer_predicate: re.Pattern
    target_pointer: re.Pattern
    time_clause_opener: re.Pattern
    results_title: re.Pattern
    foreign: re.Pattern
    rate: re.Pattern
    subset_before_active: re.Pattern
    subset_after_part: re.Pattern
    total_after: re.Pattern
    anaphora: re.Pattern
    approximate: re.Pattern
    approximate_after: re.Pattern
    thresholds: re.Pattern
    np_stops: frozenset[str]
    np_words: int
    fillers: re.Pattern
    coordinated: re.Pattern
    breakdown: re.Pattern
    respectively: re.Pattern
    segment_pointer: re.Pattern
    segment_aim: re.Pattern
    every_segment: re.Pattern
    launched: re.Pattern
    year_pointer: re.Pattern
    time_pointer: re.Pattern
    regulation_year: re.Pattern
    regulations_since: int
    regulation_years_after: dict
    years_after_lead: re.Pattern
    clause_coordinator: re.Pattern
    head_noun_link: re.Pattern
    turning_clause: re.Pattern
    inactive_cell: re.Pattern
    place_set_apart: re.Pattern
    included_aside: re.Pattern
    companies_of_lead: re.Pattern
    pool_heading: re.Pattern
    region_name: re.Pattern
    region_possessor: re.Pattern
    programme_set_apart: re.Pattern
    column_period_lead: re.Pattern
    column_period: re.Pattern
    employers_pointed: re.Pattern
    total_cell: re.Pattern
    contrast_opener: re.Pattern
    part_of_whole_opener: re.Pattern
    part_of_whole_clause: re.Pattern
    name_after: re.Pattern
    hope_verb: re.Pattern
    scheduled: re.Pattern
    first_year_cue: re.Pattern
    same_period: re.Pattern
    programme_start: re.Pattern
    launch_words: re.Pattern  # the words of a programme's start, anywhere
    respectively_lead: re.Pattern
    list_gap: re.Pattern
    date_lead: re.Pattern
    offset_apposition_end: re.Pattern
    min_count: float
    min_rupiah: float
    min_unnamed_fund: float
    range_joiner: re.Pattern
    amount_range: re.Pattern  # between two figures of one kind: the two ends of a range ("Rp8 triliun hingga Rp10 triliun")
    year_range: re.Pattern
    min_national_participants: float
    max_informal_members: float
    max_regional_count: float
    max_regional_amount: float
    max_regional_employers: float
    national_only_metrics: frozenset[str]
    whole_fund_metrics: frozenset[str]
    kind_words: Labelled
    qualifier: re.Pattern
    subset_after: re.Pattern
    newcomer_qualifiers: re.Pattern
    paying_contributions: re.Pattern
    speech: re.Pattern
    breakdown_opener: re.Pattern
    breakdown_sentences: int
    allocation: re.Pattern
    instrument_after: re.Pattern
    recipients: re.Pattern
    returns: re.Pattern
    new_level: re.Pattern
    qualifier_gap: re.Pattern
    not_a_fact_later: re.Pattern
    bare_link: re.Pattern
    venue: re.Pattern
    instrument_before: re.Pattern
    instrument_subject: re.Pattern
    programmes_in_general: re.Pattern
    largest_part: re.Pattern
    introduction_pointer: re.Pattern
    whole_of_a_part: re.Pattern
    list_introduction_tail: re.Pattern
    sub_item_opener: re.Pattern
    set_against: re.Pattern
    agency_description: re.Pattern
    performance_noun: re.Pattern
    change_start_word: re.Pattern
    heading_words: int
    interview_introduction: re.Pattern
    breakdown_introduction: re.Pattern
    unit_note_lead: re.Pattern
    case_nouns: re.Pattern
    appositive: re.Pattern
    fund_nouns: re.Pattern
    period_range: re.Pattern
    passage_sentences: int
    passage_ratio: tuple[float, float]
    breakdown_sum_tolerance: float
    participant_nouns: re.Pattern
    active_words: re.Pattern
    difference_tolerance: float
    subgroups: re.Pattern
    example_marker: re.Pattern
    part_of_frame: re.Pattern
    level_verb: re.Pattern
    change_carried_to_a_date: re.Pattern
    share_base: re.Pattern
    allocation_after: re.Pattern
    coverage_before: re.Pattern
    coordinator_start: re.Pattern
    backward_cue: re.Pattern
    month_before_cue: re.Pattern
    month_opening: re.Pattern
    region_item: re.Pattern
    item_joiner: re.Pattern
    data_frame: re.Pattern
    against_target: re.Pattern
    next_item: re.Pattern
    aside: re.Pattern
    original_words: re.Pattern
    revised_now: re.Pattern
    branches_counted: re.Pattern
    for_a_benefit: re.Pattern
    reach_opening: re.Pattern
    covered_qualifiers: re.Pattern
    contrast_clause: re.Pattern
    causal_clause: re.Pattern
    programme_names: re.Pattern
    past_month: re.Pattern
    statement_day: re.Pattern  # the verb of saying and weekday before a date a statement was made on
    saying: re.Pattern  # any verb of saying, Indonesian (`grammar.speech`) or English (`dates.statement_verbs`)
    this_month: re.Pattern
    data_date_lead: re.Pattern
    results_year_lead: re.Pattern
    year_end_lead: re.Pattern
    release_lead: re.Pattern
    relative_clause_year_lead: re.Pattern
    year_word_after: re.Pattern
    bracketed_year: re.Pattern
    bound_year: re.Pattern
    own_date_after: re.Pattern
    programme_pointer: re.Pattern
    purpose_before: re.Pattern
    whole_account_opener: re.Pattern
    concessive: re.Pattern
    possessive_subject: re.Pattern
    subject_determiner: re.Pattern
    agency_owned: re.Pattern
    subordinate: re.Pattern
    set_off_opener: re.Pattern
    set_off_figure: re.Pattern
    stating: re.Pattern
    occasion_opener: re.Pattern
    including_those: re.Pattern
    fund_pointer: re.Pattern
    imagining: re.Pattern
    counterfactuals: re.Pattern
    counterfactual_words: re.Pattern
    restatement: re.Pattern
    instrument_named: re.Pattern
    fund_noun: re.Pattern
    relative_pronouns: frozenset[str]
    appositive_gap: re.Pattern
    rate_opener: re.Pattern
    agency: re.Pattern
    line_label: re.Pattern
    reach_verb: re.Pattern
    coordinator: re.Pattern
    partner_before: re.Pattern
    source_before: re.Pattern
    reach_purpose: re.Pattern
    level_now_after_change: re.Pattern
    count_head: re.Pattern
    unit_end: re.Pattern
    kind_period_only: re.Pattern
    describing_clause: re.Pattern
    demonstrative_after: re.Pattern
    subject_pointing_back: re.Pattern
    title_then_speech: re.Pattern
    said_there: re.Pattern
    speech_then_content: re.Pattern
    own_region: re.Pattern
    own_office: re.Pattern
    weekday_before: re.Pattern
    later_subject: re.Pattern
    paid_to: re.Pattern
    inclusive: re.Pattern
    conversion: re.Pattern
    country_possessive: re.Pattern
    part_of_the_country: re.Pattern
    pointed_achievement: re.Pattern
    joined: re.Pattern
    trend_conditions: re.Pattern
    pointed_total_lead: re.Pattern
    pointed_total_tail: re.Pattern
    lookback_opener: re.Pattern
    set_aside: re.Pattern
    amount_next: re.Pattern
    set_aside_word: re.Pattern
    time_clause_lead: re.Pattern
    time_clause_subject: re.Pattern
    region_subject: re.Pattern
    region_before_relative: re.Pattern
    region_subject_verb: re.Pattern
    revision: re.Pattern
    share_after: re.Pattern
    total_never_baseline: re.Pattern
    possessive_words: re.Pattern
    target_after: re.Pattern
    remainder: re.Pattern
    fund_qualifier: re.Pattern
    flow_head: re.Pattern
    fund_stocks: frozenset
    fund_link: re.Pattern
    money_source: re.Pattern
    money_purpose: re.Pattern
    row_label_end: re.Pattern
    managing_a_fund: re.Pattern
    payout_purpose: re.Pattern
    spent_for: re.Pattern
    segment_descriptions: re.Pattern
    region_scope: re.Pattern
    glued_heading: re.Pattern
    programme_after: re.Pattern
    claim_words: re.Pattern
    person_metrics_any: re.Pattern
    back_pointers: re.Pattern
    received_after: re.Pattern
    clock_stamp: re.Pattern
    part_of_the_total_after: re.Pattern
    pointed_members: re.Pattern
    own_subject_after: re.Pattern
    named_workers: re.Pattern
    appositive_within: re.Pattern
    rate_of: re.Pattern
    compared_period: re.Pattern
    programme_topic_sentences: int
    programme_pointer_sentences: int
    share_of_total: re.Pattern
    copula_after: re.Pattern
    copula_word: re.Pattern
    registered_words: re.Pattern
    relative_after: re.Pattern
    total_words: re.Pattern
    restated: float
    potential_verbs: re.Pattern
    country_workforce: re.Pattern
    statistics_office: re.Pattern
    eligibility: re.Pattern
    conditionals: re.Pattern
    condition_after: re.Pattern
    conditional_targets: re.Pattern
    counting_conditions: re.Pattern
    hypothetical_modals: re.Pattern
    possibility_modals: re.Pattern
    possibility_horizon_years: int
    possibility_far_words: re.Pattern


def _lead_after_the_unit(lex: dict, leads: list[str], ahead: str) -> re.Pattern:
    """Up to two words after a figure (its unit's, not a coordinator opening the next item: "Rp 80 triliun dan tahun 2022
    ..."), then one of `leads` and, ahead, what `ahead` matches: "... 82 juta pada 2029", "... Rp 158,2 triliun per 31
    Desember 2013"."""
    return re.compile(r"(?:\s+(?!(?:" + alternation(lex["grammar"]["coordinators"]) + r")\b)[A-Za-z]+){0,2}?\s+(?:"
                      + alternation(leads) + r")\s+(?=" + ahead + ")", re.I)


def clause_opening(words: list[str], exceptions: list[str] = (), openers: list[str] = ()) -> re.Pattern:
    """One of `words` at a clause's or a sentence's opening (after a comma, a dash, a full stop or a line break,
    or first in the text, or right after one of `openers`: "said that if ..."), not followed by one of `exceptions`
    ("jika dibandingkan" opens no condition)."""
    unless = r"(?!\s+(?:" + alternation(exceptions) + r")(?!\w))" if exceptions else ""
    after_opener = "".join(rf"|(?<=\s(?i:{re.escape(w)})\s)" for w in openers)  # (in any case: "Namun", "namun")
    return re.compile(r"(?:(?<=[,;:.!?\n])\s*|(?<=[.!?]\s)|\s[-–—]\s|(?<![\w\s])" + after_opener + r")[\"“'(]*(?:"
                      + alternation(words) + r")(?!\w)" + unless)


def _column_period_lead(cell: str) -> re.Pattern:
    """The words a table's cell is led by when the cleaner writes its column's period ("pada Q1/2022 sebesar")."""
    # (a period written in a cell holds a digit: "pada peserta sebesar" is a sentence's words)
    # (not inside a word: "kepada peserta sepanjang 2023 sebesar")
    return re.compile(r"(?<![\w])" + re.escape(cell).replace(re.escape("{period}"), r"(?=[^;:\n]{0,19}\d)[^;:\n]{1,20}"))


def _regional_subject(entity: dict) -> re.Pattern:
    """A branch or region as the subject: a branch office (not offices counted: "di 121 kantor cabang"), "Kepala
    <agency> <region>", or "<agency> <region>" ("Kepala BPJS Ketenagakerjaan Agus Susanto" is the national head)."""
    agency = alternation(entity["agency"])
    head = alternation(entity["branch_head"])
    region = alternation(entity["regions"], entity["regions"])
    branch = alternation(entity["branch"])
    return re.compile(rf"(?<!\w)(?:{branch}|(?:{head})\s+(?:{agency})\s+(?:{region})|(?:{agency})\s+(?:{region}))(?!\w)")


@cache
def vocabulary() -> Vocabulary:
    """The extraction vocabulary, every pattern led by a lookahead for the characters its
    matches can start with where those are known (`lexicon.with_lead`)."""
    words = _vocabulary()
    return replace(words, **{f.name: with_lead(getattr(words, f.name)) for f in fields(words)
                             if isinstance(getattr(words, f.name), re.Pattern)})


def _vocabulary() -> Vocabulary:
    lex = lexicon()
    metric, seg = lex["metric"], lex["segment"]
    cs = lex["case_sensitive"]  # the abbreviations each pattern keeps in their case
    prog = programme_words(lex["program"])
    segment_labels = ["informal", "formal", "construction", "migrant"]
    other_bodies = phrase_pattern(lex["entity"]["other_bodies"], cs["other_bodies"])
    # the regions, and the capital where a figure of a list or a possessive names it ("Jakarta 8,02 juta", "Jakarta's")
    capital_too = lex["entity"]["regions"] + lex["entity"]["list_regions"]
    regions_and_capital = alternation(capital_too, capital_too)
    return Vocabulary(
        person_metrics=labelled(metric, PERSON_METRICS, cs["person_metrics"]),
        money_metrics=labelled(metric, MONEY_METRICS, cs["money_metrics"]),
        segments=labelled(seg, segment_labels, seg["case_sensitive"]),
        programs=labelled(prog, PROGRAMS, lex["program"]["case_sensitive"]),
        programs_listed=labelled({label: lex["program"][label] + lex["program"]["by_purpose"].get(label, [])
                                  for label in PROGRAMS}, PROGRAMS, lex["program"]["case_sensitive"]),
        worker_nouns=phrase_pattern(metric["workers"]["nouns"]),
        employer_nouns=phrase_pattern(metric["workers"]["employer_nouns"], cs["employer_nouns"]),
        coverage=phrase_pattern(metric["workers"]["coverage"]),
        covered_qualifiers=phrase_pattern(metric["workers"]["covered_qualifiers"]),
        not_a_fact=phrase_pattern(metric["not_a_fact"]["words"] + metric["not_a_fact"]["exchange_rate_notes"], cs["not_a_fact"]),
        before_figure=re.compile(r"(?i)(?:^|\s)(?:" + "|".join(metric["not_a_fact"]["before_figure"]) + r")\s*$"),
        after_figure=re.compile(r"(?i)^\s*(?:" + "|".join(metric["not_a_fact"]["after_figure"]) + ")"),
        other_bodies=other_bodies,
        recorded_by_other_body=re.compile(r"(?i:" + alternation(lex["entity"]["other_body_record_leads"]) + r")\s+"
                                          + other_bodies.pattern),
        regional=phrase_pattern(lex["entity"]["regional"] + lex["entity"]["own_region"]),
        own_region=phrase_pattern(lex["entity"]["own_region"]),
        place_set_apart=re.compile(r"(?:" + alternation(lex["entity"]["place_set_apart"], lex["entity"]["place_set_apart"]) + r")"),
        own_office=phrase_pattern(lex["entity"]["own_office"]),
        # a weekday right before a date: the day something was said or done ("Kamis, 9 Februari 2017")
        # words that end at a later figure of their own ("potensinya lebih dari 70 juta"): its subject
        later_subject=re.compile(r"\s*(?:(?:" + alternation(lex["grammar"]["later_subject_links"]) + r")\s+){0,3}\d[\d.,]*\s*(?i:"
                                 + "|".join(sorted(lex["numbers"]["scales"], key=len, reverse=True)) + r")(?!\w)"),
        paid_to=phrase_pattern(lex["metric"]["not_a_fact"]["payout_to"]),
        inclusive=phrase_pattern(lex["metric"]["not_a_fact"]["inclusive"]),
        included_aside=re.compile(r",\s*(?:" + alternation(lex["metric"]["not_a_fact"]["inclusive"]) + r")\s"),
        joined=phrase_pattern(lex["metric"]["joined"]),
        revision=phrase_pattern(lex["table"]["revision_verbs"]),
        original_words=phrase_pattern(lex["table"]["original_words"]),
        revised_now=phrase_pattern(lex["table"]["revised_now"]),
        target_after=re.compile(r"(?:\s+(?:" + alternation(lex["table"]["target_after"]) + r")|,\s+(?:"
                                + alternation(lex["table"]["target_after_comma"]) + r"))(?!\w)"),
        amount_next=re.compile(r"\s*(?:\([A-Za-z]+\)\s*)?(?:" + "|".join(lex["numbers"]["currency"]) + r")\s*\d"),
        time_clause_lead=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["program"]["time_clause_leads"]) + r")(?!\w)"),
        time_clause_subject=re.compile(r",\s*(?i:" + alternation(lex["program"]["time_clause_subjects"]) + r")(?!\w)"),
        set_aside_word=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["program"]["set_aside"]) + r")(?!\w)"),
        set_aside=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["program"]["set_aside"]) + r")\s+(?:(?:"
                             + alternation(lex["program"]["set_aside_nouns"]) + r")\s+)?(?:(?:" + "|".join(lex["program"]["set_aside_articles"]) + r")\s+)?$"),
        lookback_opener=re.compile(r"\W*(?:" + alternation(lex["dates"]["lookback_openers"]) + r")(?!\w)"),
        pointed_total_lead=re.compile(r"(?i)\W*(?:" + alternation(lex["anaphora"]["pointed_total_leads"])
                                      + r")\s+(?:\w+\s+){0,3}"),
        # a sentence whose subject points back with a demonstrative ("Jumlah itu naik dari ...", "Total klaim itu naik
        # dari ...", "That figure rose from ...")
        subject_pointing_back=re.compile(r"(?i)\W*(?:(?:" + alternation(lex["anaphora"]["opener_connectives"]) +
                                         r")\W+)?(?:[\w-]+\s+){1,3}?(?:" + alternation(lex["anaphora"]["demonstratives"] +
                                                                         lex["anaphora"]["english_demonstratives"]) +
                                         r")(?!\w)"),
        pointed_total_tail=re.compile(r"(?i)\s*(?:\w+\s+){0,2}?(?:" + alternation(lex["anaphora"]["demonstratives"])
                                      + r")(?!\w)"),
        trend_conditions=phrase_pattern(lex["metric"]["not_a_fact"]["trend_conditions"]),
        pointed_achievement=re.compile(r"(?i)^\W*(?:(?:" + alternation(lex["anaphora"]["opener_connectives"]) + r")\W+)?(?:"
                                       + alternation(lex["anaphora"]["achievement_nouns"])
                                       + r")(?:\s+\w+){0,3}?\s+(?:" + alternation(lex["anaphora"]["demonstratives"]) + r")\b"),
        part_of_the_country=re.compile(r"(?i)\s*(?:" + alternation(lex["metric"]["not_a_fact"]["part_of_the_country"]) + r")\s*"),
        country_possessive=re.compile(r"(?:" + alternation(lex["metric"]["not_a_fact"]["country_possessive"])
                                      + r")(?:\s+(?:" + alternation(lex["metric"]["not_a_fact"]["approximators"]) + r"))*\s*$"),
        conversion=re.compile(r"\s*\(\s*(?:" + alternation(lex["numbers"]["other_currencies"]) + r")\s*[\d.,]+\s*(?:"
                              + "|".join(lex["numbers"]["english_scales"] + lex["numbers"]["spelled_scales"]) + r")?\s*\)"),
        remainder=phrase_pattern(lex["metric"]["not_a_fact"]["remainder"]),
        weekday_before=re.compile(r"(?i:" + "|".join(sorted(lex["dates"]["weekdays"], key=len, reverse=True))
                                  + r")\W{1,3}$"),
        regional_subject=_regional_subject(lex["entity"]),
        # offices counted before a branch word ("di 121 kantor cabang", "seluruh kantor cabang"): the agency's network
        branches_counted=re.compile(r"(?i)(?:(?<![\d.,])(?!(?:19|20)\d\d\s)\d+|" + alternation(lex["entity"]["branch_counters"]) + r")\s+(?:(?:" + alternation(lex["entity"]["branch_office_nouns"]) + r")\s+)?$"),
        national=phrase_pattern(lex["entity"]["national"]),
        # a row of a table of regions for the whole nation ("INDONESIA | 29.301.845 | ...")
        national_row=re.compile("(?i:" + alternation(lex["entity"]["national_row_labels"]) + ")"),
        lead_sentences=int(lex["entity"]["lead_sentences"]),
        target=phrase_pattern(lex["table"]["target"]),
        actual=phrase_pattern(lex["table"]["actual"]),
        realisation_words=phrase_pattern(lex["table"]["realisation_words"]),
        # a word of realisation right before a year, a preposition of time between ("realisasi tahun lalu", "realisasi
        # per 2014")
        realisation_before_year=re.compile(r"(?i)(?<![\w-])(?:" + alternation(lex["table"]["realisation_words"]) +
                                           r")(?:\s+(?:" + alternation(lex["dates"]["as_of"]["words"]) + r"))?\s+$"),
        baseline=phrase_pattern(lex["table"]["baseline"]),
        since=phrase_pattern(lex["table"]["since"]),
        same_period=phrase_pattern(lex["dates"]["same_period"]),
        first_year_cue=phrase_pattern(lex["dates"]["first_year_cues"]),
        # a start word, then a few words of a date ("paling lambat 1 Juli"), right before a year
        launch_words=phrase_pattern(lex["dates"]["programme_start"]),
        programme_start=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["dates"]["programme_start"]) + r")(?:\s+[\w-]+){0,5}\s+$"),
        launched=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["table"]["launched"]) + r")\s+(?:(?:\d{1,2}\s+)?(?:"
                            + alternation(list(lex["dates"]["months"])) + r")\s+)?(?:(?:"
                            + alternation(lex["dates"]["year_words"]) + r")\s+)?$"),
        year_pointer=phrase_pattern(lex["dates"]["year_pointers"]),
        time_pointer=phrase_pattern(lex["dates"]["time_pointers"]),
        regulation_year=re.compile(r"(?:" + "|".join(lex["dates"]["not_a_year"]["before"]) + r")\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
        regulations_since=int(lex["dates"]["not_a_year"]["since_year"]),
        regulation_years_after={k.lower(): int(v) for k, v in lex["dates"]["not_a_year"]["years_after"].items()},
        years_after_lead=re.compile(r"(?i)(?<!\w)(" + alternation(list(lex["dates"]["not_a_year"]["years_after"])) + r")\b[^.\n]{0,60}$"),
        name_after=re.compile(r"\s+(?:" + alternation(lex["dates"]["name_verbs"]) + r")(?!\w)"),
        hope_verb=phrase_pattern(lex["table"]["hope_verbs"]),
        performance_noun=phrase_pattern(lex["table"]["performance_nouns"]),
        scheduled=phrase_pattern(lex["dates"]["scheduled"]),
        increment=phrase_pattern(lex["increment"]["words"]),
        increase_nouns=phrase_pattern(lex["increment"]["nouns"]),
        level=phrase_pattern(lex["increment"]["level"]),
        rate=re.compile(r"\d[\d.,]*\s*(?:" + "|".join(lex["numbers"]["percent"]) + r")", re.I),
        newcomers=phrase_pattern(lex["increment"]["newcomers"]),
        newcomer_level=phrase_pattern(lex["increment"]["newcomer_level"]),
        target_pointer=phrase_pattern(lex["table"]["target_pointers"]),
        results_title=phrase_pattern(lex["dates"]["results_title_words"]),
        time_clause_opener=re.compile(r"[\s,]*(?:" + alternation(lex["table"]["time_clause_openers"]) + r")(?!\w)"),
        newcomer_predicate=re.compile(r"\s*(?:" + alternation(lex["increment"]["newcomer_predicates"]) + r")(?!\w)"),
        foreign=phrase_pattern(lex["entity"]["foreign"], lex["entity"]["foreign"]),
        # "naik dari 30 juta", and with the period of the level it starts from between
        # ("meningkat 12,48% dari tahun 2019 senilai Rp 444 triliun")
        change_start=re.compile(r"(?i)(?:^|\s)(?:" + "|".join(lex["increment"]["start"]) + r")(?:\s+(?:"
                                + alternation(lex["grammar"]["period_nouns"]) + r"|(?:19|20)\d\d|lalu|sebelumnya))*\s*(?:(?:" + alternation(lex["increment"]["start_fillers"]) + r")\s+)?\s*$"),
        subset_before_active=phrase_pattern(metric["subset"]["before_active"]),
        subset_after_part=re.compile(r"\s+(?:" + alternation(metric["subset"]["after_part"]) + r")(?!\w)"),
        total_after=re.compile(r"(?i)^\s*(?:" + "|".join(p.replace(" ", r"\s+") for p in metric["subset"]["total_after"]) + r")\s*$"),
        anaphora=re.compile(r"(?i)^\W*(?:(?:" + alternation(lex["anaphora"]["opener_connectives"]) + r")\W+)?(?:"
                            + "|".join(p.replace(" ", r"\s+") for p in lex["anaphora"]["openers"]) + r")\b"),
        approximate=phrase_pattern(lex["numbers"]["approximate"]),
        approximate_after=re.compile(r"\s*(?:" + alternation(lex["numbers"]["approximate_after"]) + r")"),
        thresholds=phrase_pattern(lex["numbers"]["thresholds"]),
        np_stops=frozenset(w.lower() for w in lex["grammar"]["noun_phrase_stops"]),
        np_words=int(lex["grammar"]["noun_phrase_words"]),
        fillers=phrase_pattern(lex["grammar"]["fillers"]),
        date_lead=re.compile(r"\s*(?:(?:" + alternation(lex["dates"]["offset_appositions"]) + r")\s*,\s*)?"
                             r"(?:(?:" + "|".join(w.replace(" ", r"\s+") for w in lex["dates"]["as_of"]["words"]) + r")\s+){0,3}", re.I),
        offset_apposition_end=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["offset_appositions"]) + r")\s*$"),
        breakdown=phrase_pattern(lex["grammar"]["breakdown"]),
        respectively=phrase_pattern(lex["grammar"]["respectively"]),
        respectively_lead=re.compile(r"[\s:]*(?:(?:" + alternation(lex["grammar"]["respectively_leads"]) + r")\s+)?", re.I),
        # what may stand between two items of a list: "JKK, JKM dan JP", "JHT (jaminan hari tua), ..."
        # (also a gloss of up to three words before the next item's abbreviation in brackets: "(JKK), death
        # (JKM) and pension (JP) programs")
        list_gap=re.compile(r"[\s,()/&]*(?:(?i:" + "|".join(lex["grammar"]["coordinators"]) + r")[\s()]*)?"
                            r"[\s()]*(?:(?:[A-Za-z-]+\s+){1,3}\()?"),
        coordinated=re.compile(r"\s+(?i:" + "|".join(lex["grammar"]["coordinators"]) + r")\s+\w+"),
        min_count=float(lex["numbers"]["min_plain_count"]),
        min_rupiah=float(lex["numbers"]["min_rupiah"]),
        min_unnamed_fund=float(lex["numbers"]["min_unnamed_fund"]),
        year_range=re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*(?:" + alternation(lex["dates"]["year_range_joiners"])
                              + r")\s*(?P<last>(?:19|20)\d\d)(?!\d)"),
        range_joiner=re.compile(r"\s*(?:" + alternation(lex["numbers"]["range_joiners"]) + r")\s*"),
        amount_range=re.compile(r"\s*(?:" + alternation(lex["numbers"]["range_joiners"] + lex["numbers"]["range_words"]) + r")\s*"),
        min_national_participants=float(lex["numbers"]["min_national_participants"]),
        max_informal_members=float(lex["numbers"]["max_informal_members"]),
        max_regional_count=float(lex["numbers"]["max_regional_count"]),
        max_regional_amount=float(lex["numbers"]["max_regional_amount"]),
        max_regional_employers=float(lex["numbers"]["max_regional_employers"]),
        national_only_metrics=frozenset(lex["entity"]["national_only_metrics"]),
        whole_fund_metrics=frozenset(lex["entity"]["whole_fund_metrics"]),
        kind_words=labelled(lex["table"], ("achieved", "actual", "target")),
        qualifier=_qualifier(lex["grammar"]),
        subset_after=re.compile(r"\s*(?:" + alternation(lex["grammar"]["subset_after"]) + r")(?!\w)"),
        newcomer_qualifiers=phrase_pattern(lex["grammar"]["newcomer_qualifiers"]),
        paying_contributions=phrase_pattern(lex["grammar"]["paying_contributions"]),
        speech=phrase_pattern(lex["grammar"]["speech"]),
        breakdown_opener=re.compile(r"^\W*(?:\w+\W+){0,3}?(?:" + alternation(lex["grammar"]["breakdown_openers"]) + r")(?!\w)"),
        breakdown_sentences=int(lex["grammar"]["breakdown_sentences"]),
        passage_sentences=int(lex["grammar"]["passage_sentences"]),
        programme_topic_sentences=int(lex["grammar"]["programme_topic_sentences"]),
        programme_pointer_sentences=int(lex["grammar"]["programme_pointer_sentences"]),
        relative_after=re.compile(r"\s+(?:" + "|".join(lex["grammar"]["relative_pronouns"]) + r")\s", re.I),
        copula_after=re.compile(r"\s*,\s*(?:" + alternation(lex["segment"]["copulas"]) + r")\s", re.I),
        copula_word=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["segment"]["copulas"]) + r")(?!\w)"),
        registered_words=phrase_pattern(lex["metric"]["registered_participants"]),
        share_of_total=re.compile(r"(?i)(?:" + "|".join(lex["grammar"]["share_of_total"]) + r")(?!\w)"),
        # a share restated right after a figure, up to its percent sign (", atau hampir 89" before "% dari total")
        share_after=re.compile(r"[\s,]*(?:" + alternation(lex["grammar"]["share_restated"]) + r")\s+(?:\w+\s+)?\d+(?:[.,]\d+)?\s*(?=(?:"
                               + alternation(lex["grammar"]["share_restated_marks"]) + r"))"),
        total_never_baseline=phrase_pattern(metric["subset"]["total_never_baseline"]),
        possessive_words=phrase_pattern(lex["program"]["possessive_subjects"]),
        total_words=phrase_pattern(lex["grammar"]["total_words"]),
        restated=0.005,
        compared_period=re.compile(r"(?<!\w)(?:" + alternation(lex["table"]["baseline"] + lex["table"]["period_comparisons"]) + r")\s+(?:(?:" + "|".join(lex["grammar"]["comparison_links"]) + r")\s+)?(?:(?:" + alternation(lex["grammar"]["period_nouns"]) + r")\s+){0,4}$"),
        rate_of=re.compile(r"\d[\d.,]*\s*(?:" + "|".join(lex["numbers"]["percent"]) + r")\s+(?:" + "|".join(lex["grammar"]["share_of"]) + r")\b", re.I),
        appositive_within=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["appositive"]) + r")(?!\w)"),
        claim_words=phrase_pattern(metric["claims"]["words"]),
        person_metrics_any=phrase_pattern([w for m in PERSON_METRICS for w in metric[m]], cs["person_metrics"]),
        programme_after=_programme_after(lex),
        glued_heading=re.compile(r"\s[-–—•]\s+(?P<heading>[A-Z][^\d\n.,;:!?]{2,80})$"),
        # (found by its verb, then the region right before it: the verb is rare, the regions many)
        region_subject_verb=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["region_subject_verbs"]) + r")(?!\w)"),
        region_subject=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["regions"], lex["entity"]["regions"])
                                  + r")(?:\s+\w+){0,2}?\s+$"),
        # a region named right before a comma and a relative clause ("Jawa Tengah, yang saat ini memiliki ...")
        region_before_relative=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["regions"], lex["entity"]["regions"])
                                          + r"),\s+(?:" + "|".join(lex["grammar"]["relative_pronouns"] + lex["grammar"]["place_relatives"])
                                          + r")\s"),
        region_scope=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["region_scope_leads"]) + r")\s*(?P<region>" + alternation(lex["entity"]["regions"], lex["entity"]["regions"]) + r")(?!\w)"),
        flow_head=re.compile(r"(?:" + alternation(metric["flow_heads"]) + r")"),
        fund_stocks=frozenset(metric["fund_stocks"]),
        row_label_end=re.compile(r"\s*(?:" + alternation(lex["grammar"]["row_label_ends"]) + r")"),
        money_source=re.compile(r",?\s+(?:" + alternation(metric["money_source_leads"]) + r")\s+"),
        money_purpose=re.compile(r"\s+(?:" + alternation(metric["money_purpose_leads"]) + r")\s+"),
        fund_link=re.compile(r"\s*(?:(?:" + alternation(metric["fund_links"]) + r")\s+)?"),
        fund_qualifier=re.compile(r"(?:" + alternation(metric["fund_qualifiers"], metric["fund_qualifiers"]) + r")"),
        managing_a_fund=re.compile(r"(?<!\w)(?:" + alternation(metric["managing"]) + r")\s+(?:" + "|".join(metric["managed_nouns"]) + r")(?!\w)"),
        spent_for=re.compile(r"(?<!\w)(?:" + alternation(metric["money_purpose_leads"]) + r")\s+$", re.I),
        payout_purpose=re.compile(r"\s*(?:" + alternation(metric["not_a_fact"]["payout_purpose"]) + r")(?!\w)"),
        segment_descriptions=phrase_pattern(seg["segment_descriptions"]),
        segment_pointer=phrase_pattern(seg["pointers"]),
        segment_aim=phrase_pattern(seg["aims"]),
        every_segment=phrase_pattern(seg["every_segment"]),
        # a title and a name (capitalised words, abbreviations, commas) and then a verb of saying
        speech_then_content=re.compile(r"(?:" + alternation(lex["grammar"]["speech"]) + r")(?:\s+(?:"
                                       + alternation(lex["grammar"]["speaker_pronouns"]) + r"))?\s*(?:"
                                       + alternation(lex["grammar"]["reported_content_marks"]) + r")"
                                       + r"|(?i:" + alternation(lex["grammar"]["speech_before_name"])
                                       + r")\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*,"
                                       + r"|(?:" + alternation(lex["grammar"]["speech_with_content"]) + r")\s+(?=[a-z])"),
        title_then_speech=re.compile(r"(?:[A-Z][\w.&/-]*[\s,]+|(?:" + "|".join(lex["grammar"]["name_links"]) + r")\s+){1,12}(?:" + alternation(lex["grammar"]["speech"]) + r")(?!\w)"),
        # a place right before the day and a verb of saying is where it was said, as news reports write it ("... Ilyas
        # Lubis di Pekanbaru, Selasa, mengatakan hasil investasi ...")
        said_there=re.compile(r",?\s*(?i:" + alternation(list(lex["dates"]["weekdays"])) + r")\s*(?:\([^()\n]{1,12}\))?"
                              r"\s*,?\s*(?:" + alternation(lex["grammar"]["speech"]) + r")(?!\w)"),
        saying=phrase_pattern(lex["grammar"]["speech"] + lex["dates"]["statement_verbs"]),
        statement_day=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["statement_verbs"] + lex["grammar"]["speech"])
                                 + r")(?!\w)[^.\n\d]{0,80}?(?<!\w)(?:" + alternation(list(lex["dates"]["weekdays"]))
                                 + r")\s*[,(]?\s*$", re.I),
        past_month=re.compile(r"\s+(?:" + alternation(lex["dates"]["past_month_words"]) + r")(?!\w)"),
        this_month=re.compile(r"\s+(?:" + alternation(lex["dates"]["this_month_words"]) + r")(?!\w)"),
        programme_pointer=phrase_pattern(lex["program"]["programme_pointers"]),
        # (a programme pointed at in a frame opening the sentence: "Untuk program tersebut, ...")
        purpose_before=re.compile(r"(?<!\w)(?:" + alternation(lex["program"]["purpose_words"]) + r")\s+$"),
        whole_account_opener=re.compile(r"^\W*(?:\w+\W+){0,3}?(?:" + alternation(lex["grammar"]["whole_account_openers"]) + r")(?!\w)"),
        part_of_whole_opener=re.compile(r"^\W*(?:" + alternation(lex["grammar"]["part_of_whole_openers"]) + r")(?!\w)", re.I),
        # ... or opening any clause before the figure ("Agus mengatakan, dari jumlah itu, pekerja ... 870.000 orang")
        part_of_whole_clause=re.compile(r"(?:^|[,:;]\s*)(?:" + alternation(lex["grammar"]["part_of_whole_openers"]) +
                                        r")(?!\w)", re.I | re.M),
        concessive=clause_opening(lex["grammar"]["concessive_openers"]),
        possessive_subject=re.compile(r"[\s\"“'(]*(?:(?i:" + alternation(lex["program"]["possessive_subject_openers"]) + r")\s+)?(?:"
                                      + alternation(lex["program"]["possessive_subjects"]) + r")(?!\w)"),
        subject_determiner=re.compile(r"(?:" + alternation(lex["program"]["subject_determiners"]) + r")\s+(?:[\w-]+\s+)?"),
        demonstrative_after=re.compile(r"(?:\s+(?:" + alternation(lex["word_classes"]["people"]) + r"))?\s+(?:"
                                       + alternation(lex["anaphora"]["demonstratives"]) + r")(?!\w)", re.I),
        count_head=phrase_pattern(lex["grammar"]["count_heads"]),
        unit_end=re.compile(r"\s*(?:$|(?:" + "|".join(re.escape(w) if not w[0].isalpha() else w + r"(?!\w)"
                                                       for w in lex["grammar"]["unit_ends"]) + r"))", re.I),
        kind_period_only=re.compile(r"(?i)(?:" + alternation(lex["table"]["period_only"]) + r")"),
        level_now_after_change=re.compile(r",\s*(?:" + alternation(lex["grammar"]["level_now_after_change"])
                                          + r")(?!\w)(?:\s+[^\W\d]+){0,2}\s*$", re.I),
        reach_purpose=phrase_pattern(metric["not_a_fact"]["reach_purpose"]),
        describing_clause=re.compile(r"\s*,\s*(?:" + alternation(lex["entity"]["describing_openers"]) + r")\s[^,.;:()]*$"),
        partner_before=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["partner_words"]) + r")\s+[^,.;:]{0,60}$", re.I),
        source_before=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["source_words"]) + r")\s+$", re.I),
        coordinator=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["coordinators"]) + r")(?!\w)", re.I),
        # ", and full monthly pensions will only start in 2030": a clause of its own after a comma and a coordinator
        clause_coordinator=re.compile(r",\s*(?:" + alternation(lex["grammar"]["coordinators"] + lex["grammar"]["contrast_coordinators"])
                                      + r")\s", re.I),
        # a clause opening with a verb of reaching ("..., mencapai 587.000 perusahaan")
        reach_opening=re.compile(r"\s*(?:" + alternation(lex["word_classes"]["reach"]) + r")(?!\w)", re.I),
        reach_verb=re.compile(r"(?<!\w)(?:" + alternation(lex["word_classes"]["reach"]) + r")(?!\w)", re.I),
        line_label=re.compile(r"\W{0,3}[^\W\d][^:;\n\d]{0,40}:\s"),  # "Total: ", "BPJS (badan): "
        agency=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["agency"]) + r")(?!\w)"),
        rate_opener=re.compile(r"\W*(?:" + alternation(metric["not_a_fact"]["rate_openers"]) + r")(?!\w)", re.I),
        appositive_gap=re.compile(r"(?:\s+\w+){0,2}?\s*(?:\([^()]{1,12}\))?\s*,\s*(?:" + alternation(lex["grammar"]["appositive"])
                                  + r")\s+", re.I),
        subordinate=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["subordinate_openers"]) + r")(?!\w)", re.I),
        relative_pronouns=frozenset(w.lower() for w in lex["grammar"]["relative_pronouns"]),
        # "termasuk yang kini tidak aktif": a count that includes those a veto word describes
        # (or set off by commas: "Total dana kelolaan, termasuk dana badan, mencapai Rp431,9 triliun")
        including_those=re.compile("".join(rf"(?<!{re.escape(w)}\s)" for w in lex["grammar"]["inclusion_negations"])
                                   + r"(?<!\w)(?:" + alternation(lex["metric"]["not_a_fact"]["inclusive"])
                                   + r")\s+(?:(?:" + alternation(lex["grammar"]["inclusion_pronouns"]) + r")\s+)?(?:"
                                   + "|".join(lex["grammar"]["relative_pronouns"])
                                   + r")\s|(?<=,\s)(?:" + alternation(lex["metric"]["not_a_fact"]["inclusive"])
                                   + r")\s+(?=[^,.;]{1,60},)", re.I),
        instrument_named=re.compile(r"(?<!\w)(?:" + alternation(metric["allocation"]["instruments"], cs["instruments"]) + r")(?!\w)"),
        restatement=re.compile(r"(?i)[,\s]*(?:" + alternation(lex["metric"]["allocation"]["restatement_leads"]) + r")\s*$"),
        imagining=phrase_pattern(lex["metric"]["not_a_fact"]["imagining"]),
        counterfactuals=clause_opening(lex["metric"]["not_a_fact"]["counterfactuals"],
                                       openers=lex["metric"]["not_a_fact"]["condition_complementizers"]),
        counterfactual_words=phrase_pattern(lex["metric"]["not_a_fact"]["counterfactuals"]),
        fund_pointer=phrase_pattern(lex["program"]["fund_pointers"]),
        fund_noun=phrase_pattern(lex["program"]["fund_nouns"]),
        occasion_opener=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["occasion_openers"]) + r")(?!\w)", re.I),
        # a clause set off before the figure's own: of reason ("seiring ...") or about the subject (", yang ...", ", which ...")
        set_off_opener=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["reason_openers"]) + r")(?!\w)|,\s*(?:"
                                  + "|".join(lex["grammar"]["relative_pronouns"]) + r")(?!\w)", re.I),
        # a short opening and a comma before a figure set off by commas ("Sebagian besar, yakni ")
        set_off_figure=re.compile(r"[\"“']?[^\W\d][\w ]{0,40},\s*(?:(?:" + alternation(lex["grammar"]["set_off_leads"])
                                  + r")(?!\w))?\s*$", re.I),
        # the words that may only state a figure ("yang sebanyak 30,7 juta")
        stating=re.compile(r"(?:(?:" + "|".join(lex["grammar"]["relative_pronouns"]) + r")(?!\w))?\s*(?:(?:"
                           + alternation(lex["word_classes"]["amount"]) + r")(?!\w)\s*)?", re.I),
        # a fund word with the agency named as its owner: "dana kelolaan BPJS Ketenagakerjaan"
        # (the funds only the agency as a whole holds or earns)
        agency_owned=re.compile(r"(?:" + "|".join(w for m in lex["entity"]["national_only_metrics"]
                                                  for w in metric[m]) + r")\s+(?:" + alternation(lex["entity"]["agency"])
                                + r")(?!\w)", re.I),
        bound_year=_lead_after_the_unit(lex, lex["dates"]["bound_year_leads"], r"[12]\d{3}(?!\d)"),
        # (a date: "per 31 Desember 2013", "per akhir Desember 2013", "as of December 2013")
        own_date_after=_lead_after_the_unit(lex, lex["dates"]["own_date_leads"], r"(?:\d{1,2}\s+)?(?:"
                                            + alternation(list(lex["dates"]["months"])) + r")\s+[12]\d{3}(?!\d)"),
        bracketed_year=re.compile(r"\s*\((?:(?:" + alternation(lex["dates"]["year_words"]) + r")\s+)?[12]\d{3}\)"),
        year_word_after=re.compile(r"\s+(?:" + alternation(lex["dates"]["year_words"]) + r")(?!\w)"),
        data_date_lead=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["data_date_leads"]) + r")\s+$"),
        results_year_lead=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["results_year_leads"]) + r")\s+$"),
        # "yang pada akhir 2019 mencapai 34,2 juta turun menjadi 29,9 juta": a year in the relative clause of a change's
        # start is its own
        relative_clause_year_lead=re.compile(r"(?<!\w)(?:" + "|".join(lex["grammar"]["relative_pronouns"]) + r")\s+(?:(?:"
                                             + alternation(lex["dates"]["as_of"]["words"]) + r")\s+)*$"),
        release_lead=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["release_leads"]) + r")\s+(?:pada\s+|on\s+|in\s+)?$"),
        year_end_lead=re.compile(r"(?<!\w)(?:" + alternation(lex["dates"]["year_end_leads"]) + r")\s*$"),
        # ", sedangkan ...", ", sementara ...", ", karena ...", ', kata ...': a clause about another subject, of reason, or
        # naming the speaker
        causal_clause=re.compile(r",\s*(?:" + alternation(lex["grammar"]["causal_openers"]) + r")\s"),
        contrast_clause=re.compile(r",[\"”]?\s*(?:" + alternation(lex["grammar"]["contrast_coordinators"] + lex["grammar"]["causal_openers"]
                                                    + lex["grammar"]["speech"] + lex["grammar"]["speaker_titles"]) + r")\s"),
        inactive_cell=phrase_pattern(lex["metric"]["subset"]["inactive_cells"]),
        companies_of_lead=re.compile(r"(?i)^(?:" + alternation(lex["metric"]["subset"]["companies_of_leads"]) + r")$"),
        pool_heading=phrase_pattern(lex["metric"]["not_a_fact"]["pool_headings"]),
        # a table's column dating a cell, as the cleaner writes it ("pada Q1/2022 sebesar Rp569.2 tn"), right before the figure
        column_period_lead=_column_period_lead(lex["numbers"]["table_period_cell"]),
        column_period=re.compile(_column_period_lead(lex["numbers"]["table_period_cell"]).pattern
                                 + r"\s*(?:(?i:" + "|".join(lex["numbers"]["currency"]) + r")\s*)?$"),
        # employers named with a demonstrative ("pemberi kerja itu", "those companies"): the ones named before
        employers_pointed=re.compile(r"(?i)(?<!\w)(?:" + alternation(lex["metric"]["workers"]["employer_nouns"]) + r")\s+(?:" +
                                     alternation(lex["anaphora"]["demonstratives"]) + r")(?!\w)"),
        region_name=re.compile(r"(?<!\w)(?:" + alternation(lex["entity"]["regions"], lex["entity"]["regions"]) + r")(?!\w)"),
        region_possessor=re.compile(r"(?:" + regions_and_capital + r")"),
        total_cell=phrase_pattern(lex["metric"]["subset"]["total_cells"]),
        turning_clause=re.compile(r",\s*(?:" + alternation(lex["grammar"]["turning_coordinators"]) + r")\s", re.I),
        contrast_opener=re.compile(r",\s*(?:" + alternation(lex["grammar"]["contrast_coordinators"]) + r")\s"),
        # ", which took over ... in January 2014,": a relative clause set off by commas, about something else
        aside=re.compile(r",\s*(?:" + "|".join(lex["grammar"]["relative_pronouns"]) + r")\s[^,.;:?!]*,"),
        next_item=re.compile(r"(?:,\s*|\s)(?:" + alternation(lex["grammar"]["coordinators"] + lex["grammar"]["contrast_coordinators"]) + r")\s+(?!(?:" + "|".join(lex["grammar"]["relative_pronouns"] + lex["grammar"]["joined_segments"]) + r")\b)"),
        against_target=phrase_pattern(lex["table"]["against_target"]),
        data_frame=re.compile(r"\W*(?:" + alternation(lex["grammar"]["data_frames"]) + r")\s+(?:[A-Z][\w.-]*\s+){0,4}(?:(?:" + "|".join(lex["dates"]["year_words"]) + r")\s+)?(?P<year>(?:19|20)\d\d)\s*,"),
        item_joiner=re.compile(r"[\s,;]*(?i:" + "|".join(lex["grammar"]["coordinators"] + lex["grammar"]["item_joiners"]) + r")\s"),
        programme_set_apart=re.compile(r"\W*(?i:" + alternation(lex["program"]["set_apart_openers"]) + r")\s+(?:(?i:" + alternation(lex["program"]["programme_nouns"]) + r")\s+)?(?:" + alternation([w for label in PROGRAMS for w in lex["program"][label]], lex["program"]["case_sensitive"]) + r")(?:\s*\([^()]{1,40}\))?(?:\s+(?i:sendiri|saja|itself|alone))?\s*,"),
        programme_names=re.compile(r"(?:" + alternation([w for label in PROGRAMS for w in prog[label]], lex["program"]["case_sensitive"]) + r")(?!\w)(?:\s*\([^()]{1,40}\))?"),
        region_item=re.compile(r"(?<!\w)(?P<region>" + regions_and_capital + r")\s*(?:[:,]\s*)?(?:(?:" + alternation(lex["grammar"]["fillers"] + lex["grammar"]["appositive"] + lex["grammar"]["region_item_links"]) + r")\s+){0,2}$"),
        backward_cue=phrase_pattern(lex["table"]["backward_cues"]),
        month_before_cue=phrase_pattern(lex["table"]["month_before_cues"]),
        # a clause opening with a month of its own ("..., lalu naik lagi, Februari 40,6 juta")
        month_opening=re.compile(r"[\s,;]*(?:(?:" + alternation(lex["grammar"]["month_opening_leads"]) + r")\s+)?(?:" + "|".join(
            sorted((re.escape(m) for m in lex["dates"]["months"] if len(m) > 3), key=len, reverse=True))
            + r")(?!\w)", re.I),
        coordinator_start=re.compile(r"[\s,;]*(?i:" + "|".join(lex["grammar"]["coordinators"]) + r")\s"),
        coverage_before=re.compile(r"(?i)(?:" + alternation(metric["not_a_fact"]["coverage_before"]) + r")\s*$"),
        back_pointers=phrase_pattern(lex["anaphora"]["back_pointers"]),
        received_after=re.compile(r"\s+(?:[^\W\d]+\s+){0,3}?(?:" + alternation(metric["recipients"]["received_after"]) + r")(?!\w)", re.I),
        clock_stamp=clock_at_end(),
        part_of_the_total_after=re.compile(r"\s+(?:" + alternation(metric["not_a_fact"]["part_of_total_links"]) + r")\s*", re.I),
        pointed_members=re.compile(r"\W*(?:" + alternation(lex["anaphora"]["pointed_members"]) + r")(?!\w)", re.I),
        named_workers=phrase_pattern([n for n in metric["workers"]["nouns"] if n not in lex["anaphora"]["bare_units"]]),
        own_subject_after=re.compile(r"\s*(?:(?:" + alternation(lex["anaphora"]["bare_units"]) + r")\s+)?(?:"
                                     + alternation(lex["anaphora"]["own_subject_openers"]) + r")\b"),
        allocation_after=re.compile(r"[\s,]+(?:(?:" + alternation(metric["allocation"]["leads_after"]) + r")\s+){0,4}(?:"
                                    + alternation(metric["allocation"]["words"]) + r")(?!\w)(?!\s+(?:"
                                    + "|".join(metric["allocation"]["for_a_benefit"]) + r"))(?!\s+(?:"
                                    + alternation(metric["allocation"]["mostly"]) + r")(?!\w))"),
        share_base=re.compile(r"(?i)(?:" + "|".join(metric["not_a_fact"]["share_base"]) + r")\s*$"),
        # "turun hingga Maret 2021 yang mencapai 27 juta": a change carried on to a date
        change_carried_to_a_date=re.compile(r"(?<!\w)(?:" + alternation(lex["word_classes"]["until"]) + r")\s+(?:(?:" + alternation(lex["grammar"]["period_range_nouns"]) + r")\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d(?!\d)"),
        level_verb=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["level_verbs"]) + r")(?:\s+(?:" + alternation(lex["grammar"]["level_verb_fillers"], lex["grammar"]["level_verb_fillers"]) + r"))?\s*$"),
        subgroups=phrase_pattern(metric["not_a_fact"]["subgroups"], metric["not_a_fact"]["subgroups_case_sensitive"]),
        part_of_frame=re.compile(r"[\s\"“]*(?:" + alternation(metric["not_a_fact"]["part_of_frame_openers"]) + r")\s[^,.;:?!]*\d[^,.;:?!]*,", re.I),
        example_marker=re.compile(r"(?<!\w)(?:" + alternation(metric["not_a_fact"]["example_markers"]) + r")\s+(?:[\w-]+(?:\s+[\w-]+){0,3}?(?:,\s*|\s+(?:and|dan|atau|or)\s+))*$", re.I),
        eligibility=phrase_pattern(metric["not_a_fact"]["eligibility"]),
        potential_verbs=phrase_pattern(metric["not_a_fact"]["potential_verbs"]),
        country_workforce=phrase_pattern(metric["not_a_fact"]["country_workforce"]),
        statistics_office=phrase_pattern(metric["not_a_fact"]["statistics_office"]),
        hypothetical_modals=phrase_pattern(metric["not_a_fact"]["hypothetical_modals"]),
        possibility_modals=phrase_pattern(metric["not_a_fact"]["possibility_modals"]),
        possibility_horizon_years=int(metric["not_a_fact"]["possibility_horizon_years"]),
        possibility_far_words=phrase_pattern(metric["not_a_fact"]["possibility_far_words"]),
        conditional_targets=phrase_pattern(metric["not_a_fact"]["conditional_targets"]),
        counting_conditions=phrase_pattern(metric["not_a_fact"]["counting_conditions"]),
        conditionals=clause_opening(metric["not_a_fact"]["conditionals"], metric["not_a_fact"]["conditional_exceptions"],
                                    metric["not_a_fact"]["condition_complementizers"]),
        condition_after=re.compile(r"[\s,\"“”'(]*(?:" + alternation(metric["not_a_fact"]["conditions_after"]) + r")(?!\w)"),
        difference_tolerance=float(lex["grammar"]["difference_tolerance"]),
        active_words=phrase_pattern(metric["active_participants"], cs["active_words"]),
        participant_nouns=phrase_pattern(lex["grammar"]["participant_nouns"]),
        passage_ratio=tuple(float(x) for x in lex["grammar"]["passage_ratio"]),
        breakdown_sum_tolerance=float(lex["grammar"]["breakdown_sum_tolerance"]),
        allocation=phrase_pattern(metric["allocation"]["words"]),
        for_a_benefit=re.compile(r"\s+(?:" + "|".join(metric["allocation"]["for_a_benefit"]) + r")"),
        instrument_after=re.compile(r"[\s,]*(?:(?:" + alternation(metric["allocation"]["instrument_lead_fillers"]) + r")[\s,]+){0,2}(?:"
                                    + alternation(metric["allocation"]["instrument_leads"]) + r")\s+(?:(?:"
                                    + "|".join(metric["allocation"]["instrument_nouns"]) + r")\s+)?(?:" +
                                    alternation(metric["allocation"]["instruments"], cs["instruments"]) + r")(?!\w)"),
        recipients=phrase_pattern(metric["recipients"]["words"]),
        returns=phrase_pattern(metric["investment_returns"]),
        new_level=phrase_pattern(lex["increment"]["new_level"]),
        not_a_fact_later=phrase_pattern(metric["not_a_fact"]["later_in_sentence"]),
        fund_nouns=phrase_pattern(lex["grammar"]["fund_nouns"]),
        appositive=re.compile(r"\W*(?:" + alternation(lex["grammar"]["appositive"]) + r")(?!\w)"),
        case_nouns=phrase_pattern(metric["cases"]["words"]),
        heading_words=int(lex["grammar"]["heading_words"]),
        interview_introduction=phrase_pattern(lex["grammar"]["interview_introductions"]),
        breakdown_introduction=phrase_pattern(lex["grammar"]["breakdown_introductions"]),
        unit_note_lead=re.compile(r"(?i:" + alternation([w for w in lex["numbers"]["table_unit_leads"] if w.endswith(":")])
                                  + r")"),
        change_start_word=phrase_pattern(lex["increment"]["start"]),
        programmes_in_general=phrase_pattern(lex["grammar"]["programmes_in_general"]),
        largest_part=phrase_pattern(lex["grammar"]["largest_part"]),
        introduction_pointer=phrase_pattern(lex["grammar"]["introduction_pointers"]),
        whole_of_a_part=phrase_pattern(lex["grammar"]["whole_of_a_part"]),
        list_introduction_tail=re.compile(r"\s*(?:(?:" + alternation(lex["grammar"]["list_introduction_tails"]) + r")\s*)?"),
        sub_item_opener=re.compile(r"\s*(?:" + alternation(lex["grammar"]["sub_item_openers"]) + r")(?!\w)"),
        set_against=phrase_pattern(lex["table"]["set_against"]),
        agency_description=phrase_pattern(lex["grammar"]["agency_description"]),
        # (or a line's label: "Surat utang: Rp 197,6 triliun (59,1%)")
        # (with a few linking words or a share between: "Saham sekitar 11% atau Rp69 triliun", "Equities are currently
        # worth roughly 74 trillion rupiah")
        # (its letters in brackets after its name: "Surat Berharga Negara (SBN) senilai Rp312 triliun")
        instrument_subject=re.compile(r"(?<!\w)(?:" + alternation(metric["allocation"]["instruments"], cs["instruments"])
                                      + r")(?:\s*\([^()\n]{1,12}\))?(?:[\s,:(]+(?:" + alternation(metric["allocation"]["subject_links"])
                                      + r"|[\d.,]+\s*(?:%|persen)))*[\s,(]*:?\s*$"),  # ("Bonds: 64.0% (IDR 311.3 trillion)")
        instrument_before=re.compile(r"(?<!\w)(?:" + alternation(metric["allocation"]["instrument_leads"]) + r")\s+(?:(?:" + "|".join(metric["allocation"]["instrument_nouns"]) + r")\s+)?(?:" +
                                     alternation(metric["allocation"]["instruments"], cs["instruments"]) + r")(?!\w)"),
        venue=re.compile(r"(?<!\w)(?:" + alternation(lex["grammar"]["venue"]) + r")\s+(?:(?:" + "|".join(lex["grammar"]["venue_articles"]) + r")\s+)?$"),
        bare_link=re.compile(r"[\s,;:()\-–—]*(?:(?:" + alternation(lex["grammar"]["bare_links"]) + r")(?!\w)[\s,;:()\-–—]*)*"),
        period_range=re.compile(r"\s*(?:" + "|".join(lex["grammar"]["period_ranges"]) + r")\s*(?:(?:" + "|".join(lex["grammar"]["period_range_nouns"]) + r")\s+)?", re.I),
        head_noun_link=re.compile(r"\s+(?:" + "|".join(lex["grammar"]["head_noun_links"]) + r")\s*"),
        # (after the head's abbreviation in brackets too: "Dana Jaminan Sosial (DJS) yang dikelola")
        qualifier_gap=re.compile(r"(?:\s*\([^()\n]{1,15}\))?\s+(?:" + alternation(lex["grammar"]["qualifier_openers"]) + r")\s+(?:\w+\s+){0,1}"),
    )


def programme_words(section: dict) -> dict[str, list[str]]:
    """Each programme's words: its names, and its purposes after a purpose word (a lookbehind for
    each word: "untuk kematian" matches as "kematian") or as a list's next item before its amount, a few
    words qualifying it between (", kematian Rp1,7 triliun", "dan pensiun berkala maupun sekaligus Rp 1,5 triliun")."""
    after = "(?:" + "|".join(rf"(?<={re.escape(w)}\s)" for w in section["purpose_words"]) + ")"
    item = "(?:" + "|".join(rf"(?<={re.escape(w)}\s)" for w in section["purpose_item_glue"]) + ")"
    by_purpose = section.get("by_purpose", {})
    # ... or opening a sentence, a few words before its amount ("Pensiun masih kecil, Rp62,4 miliar"), or asked alone
    # ("Pensiun?" over "Masih kecil, sekitar Rp 75 miliar")
    opening = r"(?:(?<=[.!?\"”]\s)|(?<=\n)|(?<![\w\W]))"
    # ... or inside a list of them, between a comma and the next item ("untuk jaminan hari tua, kecelakaan kerja,
    # kematian, pensiun dan kehilangan pekerjaan")
    joins = "|".join(section["purpose_list_joins"])
    listed = rf"(?=\s*,|\s+(?:{joins})\s)"
    return {label: section[label] + [after + w for w in by_purpose.get(label, [])]
            + [item + w + r"(?=(?:\s+\w+){0,3}\s*(?:$|Rp|\d))" for w in by_purpose.get(label, [])]
            + [r"(?<=,\s)" + w + listed for w in by_purpose.get(label, [])]
            + [opening + w + r"(?=(?:\s+\w+){0,3}\s*,?\s*(?:Rp\s?\d|$)|\s*\?)" for w in by_purpose.get(label, [])]
            for label in PROGRAMS}


def _programme_after(lex: dict) -> re.Pattern:
    """A programme named right after a figure as its own: after a purpose word ("Rp 45 triliun
    untuk JHT", "Rp 3,4 triliun untuk santunan kecelakaan kerja", with its noun after it and its letters in brackets:
    "Rp372.2 trillion belongs to the old-age savings programme (JHT)") or in brackets ("Rp 40 triliun (JHT)")."""
    prog = programme_words(lex["program"])
    names = alternation([w for label in PROGRAMS for w in prog[label]], lex["program"]["case_sensitive"])
    grammar = lex["grammar"]
    leads = alternation(grammar["purpose_leads"])
    openers = alternation(grammar["purpose_lead_openers"])
    gap = alternation(grammar["purpose_gap_words"])
    noun = alternation(lex["program"]["programme_nouns"], lex["program"]["programme_nouns"])
    return re.compile(rf"\s*(?:(?:(?:{openers})\s+)?(?:{leads})\s+(?:(?:{gap})\s+)?(?:(?:{noun})\s+)?(?:{names})(?!\w)"
                      rf"(?:\s+(?:{noun})(?!\w))?(?:\s*\([^()]{{1,10}}\))?"
                      rf"|\(\s*(?:(?:{noun})\s+)?(?:{names})\s*\))")


def _qualifier(grammar: dict) -> re.Pattern:
    """A qualifier after a noun: an opener ("yang"), a few leads ("sudah", "tercatat
    sebagai"), then the qualifying word ("aktif", "terdaftar", "baru")."""
    openers = alternation(grammar["qualifier_openers"])
    leads = alternation(grammar["qualifier_leads"])
    words = alternation(grammar["qualifiers"])
    return re.compile(rf"\s*(?:{openers})\s+(?:(?:{leads})\s+){{0,3}}?(?:{words})(?!\w)")
