-- The relations computed from the fact tables alone: `conflicts`, the headline views
-- by year and `target_progress`. Run after publish.sql on a whole warehouse, or on fact
-- tables holding only some series (metric, segment, program): every row here depends only
-- on the facts of its own series, so a publish recomputes the series an article touched
-- (bpjs_pipeline/warehouse/publish.py).

-- Two figures that disagree about the same thing: the same table, metric,
-- segment, program and year, the same kind of statement and the same period
-- (two snapshots of one month, two figures of one year, two targets for one
-- year), more than 2 % apart: |a - b| / min(a, b) > 0.02 (the threshold is
-- also CONFLICT_THRESHOLD in bpjs_pipeline/checks/sources.py), stated by two
-- different articles. One row per pair of distinct figures, not per pair of
-- articles: many outlets repeat one figure, and pairs of articles would grow
-- with the square of the articles stating a key, while the distinct figures
-- of a key stay few. `articles_a` / `articles_b` list the first 10 articles
-- stating each figure (`sources_a` / `sources_b` count them all; the fact
-- tables name every one); `article_a` / `article_b`
-- is the first of them (smallest id, another one when the same article states
-- both figures), with its publisher, date and sentence, and `article_a <
-- article_b`. Implausible figures are compared too.
CREATE VIEW conflicts AS
WITH facts AS (
    SELECT 'participants' AS fact_table, * FROM fact_participants
    UNION ALL SELECT 'funds' AS fact_table, * FROM fact_funds
    UNION ALL SELECT 'targets' AS fact_table, * FROM fact_targets
),
figures AS (
    SELECT fact_table, metric, segment, program, year, statement, period, value, any_value(unit) AS unit,
           list(DISTINCT article_id ORDER BY article_id) AS articles
    FROM facts
    GROUP BY fact_table, metric, segment, program, year, statement, period, value
),
pairs AS (
    SELECT lo.fact_table, lo.metric, lo.segment, lo.program, lo.year, lo.unit, lo.statement, lo.period,
           lo.value AS low, hi.value AS high, lo.articles AS low_articles, hi.articles AS high_articles,
           CASE WHEN lo.articles[1] <> hi.articles[1] OR len(hi.articles) > 1 THEN lo.articles[1]
                ELSE lo.articles[2] END AS low_first,
           CASE WHEN lo.articles[1] <> hi.articles[1] THEN hi.articles[1]
                WHEN len(hi.articles) > 1 THEN hi.articles[2]
                ELSE hi.articles[1] END AS high_first
    FROM figures AS lo
    JOIN figures AS hi
      ON hi.fact_table = lo.fact_table
     AND hi.metric = lo.metric
     AND hi.segment = lo.segment
     AND hi.program IS NOT DISTINCT FROM lo.program
     AND hi.year = lo.year
     AND hi.statement = lo.statement
     AND hi.period = lo.period
     AND hi.value > lo.value
    WHERE hi.value - lo.value > 0.02 * lo.value
),
sided AS (
    SELECT *,
           CASE WHEN low_first < high_first THEN low ELSE high END AS value_a,
           CASE WHEN low_first < high_first THEN low_first ELSE high_first END AS article_a,
           CASE WHEN low_first < high_first THEN low_articles ELSE high_articles END AS articles_a,
           CASE WHEN low_first < high_first THEN high ELSE low END AS value_b,
           CASE WHEN low_first < high_first THEN high_first ELSE low_first END AS article_b,
           CASE WHEN low_first < high_first THEN high_articles ELSE low_articles END AS articles_b
    FROM pairs
    WHERE low_first IS NOT NULL
),
stated AS (
    -- the sentence of each article's figure (its first, when it states one twice)
    SELECT fact_table, metric, segment, program, year, statement, period, value, article_id,
           publisher, published_on, as_of, quote
    FROM facts
    QUALIFY row_number() OVER (PARTITION BY fact_table, metric, segment, program, year, statement, period,
                                            value, article_id
                               ORDER BY sentence_start, value_start) = 1
)
SELECT
    s.fact_table, s.metric, s.segment, s.program, s.year, s.unit, s.statement, s.period,
    s.article_a, a.publisher AS publisher_a, a.published_on AS published_on_a,
    a.as_of AS as_of_a, s.value_a, a.quote AS quote_a,
    s.article_b, b.publisher AS publisher_b, b.published_on AS published_on_b,
    b.as_of AS as_of_b, s.value_b, b.quote AS quote_b,
    (s.high - s.low) / s.low AS relative_difference,
    len(s.articles_a) AS sources_a, len(s.articles_b) AS sources_b,
    -- the first 10 of each side's articles: enough to read, and a query on the view stays a
    -- scan of short rows (a figure many outlets repeat has hundreds)
    s.articles_a[1:10] AS articles_a, s.articles_b[1:10] AS articles_b
FROM sided AS s
JOIN stated AS a
  ON a.fact_table = s.fact_table AND a.metric = s.metric AND a.segment = s.segment
 AND a.program IS NOT DISTINCT FROM s.program AND a.year = s.year AND a.statement = s.statement
 AND a.period = s.period AND a.value = s.value_a AND a.article_id = s.article_a
JOIN stated AS b
  ON b.fact_table = s.fact_table AND b.metric = s.metric AND b.segment = s.segment
 AND b.program IS NOT DISTINCT FROM s.program AND b.year = s.year AND b.statement = s.statement
 AND b.period = s.period AND b.value = s.value_b AND b.article_id = s.article_b;

-- One row per (metric, segment, program, year) of a fact table, with the
-- headline `value` chosen among its plausible figures by, in order:
--   0. a figure the reader is unsure of never beats a sure one: a figure one
--      article states, read with confidence under 0.7 and not confirmed by a
--      person, comes last when the key has a sure figure (stated by two
--      articles or more, read with confidence 0.9 or more, or `reviewed`);
--      `choice` 'more confident reading' when this changed the choice;
--   1. the figure most sources agree on (the number of distinct articles
--      stating a plausible figure within 2 % of it: `agreeing_sources`);
--   2. the most recent article (latest published_on, unknown dates last);
--   3. the most precise `as_of` (a day, then a month, then none), the latest;
--   4. the smallest article_id, the larger value (so the choice is deterministic).
-- `choice` says which rule decided; `disputed` is true when `conflicts` has a
-- pair for this key; a key whose figures are all implausible keeps its row
-- with a NULL value.
CREATE MACRO headline_by_year(fact_relation, fact_table_name) AS TABLE
WITH facts AS (
    SELECT * FROM query_table(fact_relation)
),
-- the support of each distinct plausible figure, then of each fact: comparing the
-- few distinct figures of a key with its facts, not every fact with every other
support AS (
    SELECT v.metric, v.segment, v.program, v.year, v.value, count(DISTINCT y.article_id) AS agreeing
    FROM (SELECT DISTINCT metric, segment, program, year, value FROM facts WHERE plausible) AS v
    JOIN facts AS y
      ON y.plausible AND y.metric = v.metric AND y.segment = v.segment
     AND y.program IS NOT DISTINCT FROM v.program AND y.year = v.year
     AND abs(y.value - v.value) <= 0.02 * least(v.value, y.value)
    GROUP BY ALL
),
scored AS (
    SELECT x.*, CASE WHEN x.plausible THEN coalesce(s.agreeing, 0) ELSE 0 END AS agreeing,
           x.plausible AND (coalesce(s.agreeing, 0) >= 2 OR x.reviewed OR coalesce(x.confidence, 1) >= 0.9)
               AS sure,
           x.plausible AND coalesce(s.agreeing, 0) <= 1 AND NOT x.reviewed AND coalesce(x.confidence, 1) < 0.7
               AS unsure
    FROM facts AS x
    LEFT JOIN support AS s
      ON s.metric = x.metric AND s.segment = x.segment AND s.program IS NOT DISTINCT FROM x.program
     AND s.year = x.year AND s.value = x.value
),
weighed AS (
    -- an unsure figure steps back when its key has a sure one
    SELECT *, unsure AND bool_or(sure) OVER (PARTITION BY metric, segment, program, year) AS outweighed
    FROM scored
),
grouped AS (
    SELECT
        metric, segment, program, year,
        any_value(unit) AS unit,
        first(struct_pack(value := value, article_id := article_id, published_on := published_on,
                          as_of := as_of, quote := quote, agreeing := agreeing)
              ORDER BY outweighed, agreeing DESC, published_on DESC NULLS LAST, length(coalesce(as_of, '')) DESC,
                       as_of DESC NULLS LAST, article_id, value DESC)
            FILTER (WHERE plausible) AS chosen,
        -- what rules 1 to 4 alone would choose (to tell when rule 0 decided)
        first(value ORDER BY agreeing DESC, published_on DESC NULLS LAST, length(coalesce(as_of, '')) DESC,
                             as_of DESC NULLS LAST, article_id, value DESC)
            FILTER (WHERE plausible) AS by_agreement,
        count(DISTINCT article_id) AS sources,
        count(DISTINCT article_id) FILTER (WHERE plausible) AS plausible_sources,
        count(*) FILTER (WHERE NOT plausible) AS implausible_figures,
        min(value) AS min_value,
        max(value) AS max_value
    FROM weighed
    GROUP BY metric, segment, program, year
),
rivals AS (
    -- the best support of a plausible figure more than 2 % away from the chosen one
    SELECT g.metric, g.segment, g.program, g.year, max(s.agreeing) AS rival_agreeing
    FROM grouped AS g
    JOIN scored AS s
      ON s.plausible AND s.metric = g.metric AND s.segment = g.segment
     AND s.program IS NOT DISTINCT FROM g.program AND s.year = g.year
     AND abs(s.value - g.chosen.value) > 0.02 * least(s.value, g.chosen.value)
    GROUP BY ALL
)
SELECT
    g.metric, g.segment, g.program, g.year, g.unit,
    g.chosen.value AS value,
    g.chosen.article_id AS source_article_id,
    g.chosen.published_on AS source_published_on,
    g.chosen.as_of AS source_as_of,
    g.chosen.quote AS source_quote,
    CASE
        WHEN g.chosen IS NULL THEN 'no plausible figure'
        WHEN r.rival_agreeing IS NULL AND g.sources = 1 THEN 'one source'
        WHEN r.rival_agreeing IS NULL AND g.plausible_sources = 1 THEN 'only plausible source'
        WHEN r.rival_agreeing IS NULL THEN 'sources agree'
        WHEN abs(g.by_agreement - g.chosen.value) > 0.02 * least(g.by_agreement, g.chosen.value)
            THEN 'more confident reading'
        WHEN g.chosen.agreeing > r.rival_agreeing THEN 'most sources agree'
        ELSE 'most recent source'
    END AS choice,
    coalesce(g.chosen.agreeing, 0) AS agreeing_sources,
    g.sources,
    g.min_value,
    g.max_value,
    EXISTS (
        SELECT 1 FROM conflicts AS c
        WHERE c.fact_table = fact_table_name AND c.metric = g.metric AND c.segment = g.segment
          AND c.program IS NOT DISTINCT FROM g.program AND c.year = g.year
    ) AS disputed,
    g.implausible_figures
FROM grouped AS g
LEFT JOIN rivals AS r
  ON r.metric = g.metric AND r.segment = g.segment
 AND r.program IS NOT DISTINCT FROM g.program AND r.year = g.year
ORDER BY g.metric, g.segment, g.program NULLS FIRST, g.year;

CREATE VIEW participants_by_year AS
SELECT * FROM headline_by_year('fact_participants', 'participants');

CREATE VIEW funds_by_year AS
SELECT * FROM headline_by_year('fact_funds', 'funds');

CREATE VIEW targets_by_year AS
SELECT * FROM headline_by_year('fact_targets', 'targets');

-- Each target with a headline value beside the latest actual (the headline of
-- participants_by_year or funds_by_year) for the same metric, segment and
-- program in a year up to and including the target's year.
CREATE VIEW target_progress AS
WITH actuals AS (
    SELECT metric, segment, program, year, value, source_article_id, sources, disputed
    FROM participants_by_year WHERE value IS NOT NULL
    UNION ALL
    SELECT metric, segment, program, year, value, source_article_id, sources, disputed
    FROM funds_by_year WHERE value IS NOT NULL
),
paired AS (
    SELECT
        t.metric, t.segment, t.program, t.unit,
        t.year AS target_year,
        t.value AS target_value,
        t.source_article_id AS target_source_article_id,
        t.sources AS target_sources,
        t.choice AS target_choice,
        t.disputed AS target_disputed,
        t.implausible_figures AS target_implausible_figures,
        a.year AS actual_year,
        a.value AS actual_value,
        a.source_article_id AS actual_source_article_id,
        a.sources AS actual_sources,
        a.disputed AS actual_disputed,
        row_number() OVER (
            PARTITION BY t.metric, t.segment, t.program, t.year
            ORDER BY a.year DESC NULLS LAST
        ) AS pick
    FROM targets_by_year AS t
    LEFT JOIN actuals AS a
      ON a.metric = t.metric
     AND a.segment = t.segment
     AND a.program IS NOT DISTINCT FROM t.program
     AND a.year <= t.year
    WHERE t.value IS NOT NULL
)
SELECT
    metric, segment, program, unit,
    target_year, target_value, target_source_article_id, target_sources, target_choice,
    target_disputed, target_implausible_figures,
    actual_year, actual_value, actual_source_article_id, actual_sources, actual_disputed,
    actual_value / target_value AS share_achieved
FROM paired
WHERE pick = 1
ORDER BY metric, segment, program NULLS FIRST, target_year;
