-- Builds the published warehouse inside a fresh database file. The staging
-- store is attached read-only as `stg`. Nothing here refers to `stg` after
-- the tables are built, so the views keep working once it is detached.
-- `bpjs_pipeline/warehouse/build_inputs.py` first makes three temporary
-- tables: `facts_in` (the staged facts with a person's corrections applied),
-- `correction_log` (one row per row of the corrections file, with its status)
-- and `metric_ranges` (checks/plausible_ranges.toml).

-- Articles whose cleaning or extraction raised, or whose publication date
-- fails ArticlesSchema (outside the valid years), are not published as
-- articles: they are listed in `quarantine` with the reason. (Other article
-- rejects, a blank title or an empty body, only warn; a fact failing
-- FactsSchema is a reject too, but only that fact is left out.)
CREATE TEMP TABLE failed_articles AS
SELECT article_id,
       first(reason ORDER BY stage, reason) AS reason,
       max(recorded_at) AS recorded_at
FROM (
    SELECT article_id, stage, recorded_at,
           CASE WHEN check_name = 'exception'
                THEN 'processing failed in ' || stage || ': ' || failure_case
                ELSE 'failed validation in ' || stage || ': ' || coalesce(column_name, 'row') || ' '
                     || coalesce(failure_case, 'null') || ' (' || check_name || ')'
           END AS reason
    FROM stg.rejects
    WHERE check_name = 'exception' OR (stage = 'cleaned_articles' AND column_name = 'published_on')
)
GROUP BY article_id;

-- One row per distinct content: files with the same bytes, or whose bytes
-- decode to the same text (the same article saved as UTF-8 and as UTF-16),
-- are one article, named by the smallest article_id; `file_names` lists every
-- file, and only that article's facts are published, so no figure is counted
-- twice.
CREATE TABLE articles AS
WITH loaded AS (
    SELECT *, sha256(text) AS text_sha256 FROM stg.raw_articles
    WHERE article_id NOT IN (SELECT article_id FROM failed_articles)
),
contents AS (
    SELECT text_sha256,
           min(article_id) AS article_id,
           list(file_name ORDER BY file_name) AS file_names,
           min(loaded_at) AS loaded_at
    FROM loaded
    GROUP BY text_sha256
)
SELECT
    k.article_id,
    r.file_name,
    r.sha256,
    k.file_names,
    r.encoding,
    c.title,
    c.publisher,
    c.published_on,
    CAST((SELECT count(*) FROM facts_in AS f WHERE f.article_id = k.article_id) AS INTEGER) AS fact_count,
    k.loaded_at,
    -- the cleaned body every fact's offsets point into:
    -- substr(body, value_start + 1, value_end - value_start) is the figure as written
    c.body
FROM contents AS k
JOIN loaded AS r ON r.article_id = k.article_id
LEFT JOIN stg.cleaned_articles AS c ON c.article_id = k.article_id
ORDER BY k.article_id;

-- Every file that is not published as an article, with the reason: files
-- that could not surely be decoded, articles whose processing raised, and
-- entries of the seeds folder that are never read (symlinks, other suffixes).
CREATE TABLE quarantine AS
SELECT article_id, file, sha256, reason, first_seen, last_seen
FROM (
    -- a file that changed kind after it was listed (now a symlink, folder or FIFO) is
    -- listed once, with what the last look at the folder saw
    SELECT article_id, file, sha256, reason, first_seen, last_seen
    FROM stg.quarantine
    WHERE file NOT IN (SELECT file FROM stg.skipped_files)
    UNION ALL
    SELECT r.article_id, r.file_name, r.sha256, e.reason,
           least(r.loaded_at, e.recorded_at), e.recorded_at
    FROM failed_articles AS e
    JOIN stg.raw_articles AS r USING (article_id)
    UNION ALL
    SELECT CASE WHEN file LIKE '%.txt' AND length(file) > 4 THEN left(file, length(file) - 4) ELSE file END,
           file, NULL, reason, first_seen, last_seen
    FROM stg.skipped_files
)
ORDER BY file;

-- Every fact after corrections, with the article's publisher and date and:
-- `plausible`: the value lies inside its metric's range (plausible_ranges.toml;
--   the `plausible_values` check warns about the others, and the views never
--   choose them as a headline value);
-- `statement`: `target` (fact_targets), `snapshot` (a level on a day or month:
--   pinned by `as_of`, or an actual for the year the article was published in,
--   which can only be the figure so far) or `year` (the figure of a past year;
--   an `as_of` in December counts as the year's figure);
-- `period`: the month of a snapshot (`as_of`, else the publication month),
--   else the year.
CREATE TEMP TABLE facts_all AS
WITH joined AS (
    SELECT f.*, a.publisher, a.published_on,
           coalesce(f.value BETWEEN r.min_value AND r.max_value, false) AS plausible,
           CASE
               WHEN f.fact_table = 'targets' THEN 'target'
               WHEN f.as_of IS NOT NULL AND substr(f.as_of, 6, 2) = '12' THEN 'year'
               WHEN f.as_of IS NOT NULL OR f.year = year(a.published_on) THEN 'snapshot'
               ELSE 'year'
           END AS statement
    FROM facts_in AS f
    JOIN articles AS a USING (article_id)
    LEFT JOIN metric_ranges AS r USING (metric)
)
SELECT *,
       CASE WHEN statement = 'snapshot' THEN coalesce(left(as_of, 7), strftime(published_on, '%Y-%m'))
            ELSE CAST(year AS VARCHAR) END AS period
FROM joined;

-- One fact table per kind of figure, all with the same columns and order.
CREATE TEMP MACRO fact_rows(kind) AS TABLE
SELECT article_id, metric, segment, program, year, as_of, value, unit,
       quote, sentence_start, sentence_end, value_start, value_end,
       approximate, year_rule, publisher, published_on,
       plausible, statement, period,
       corrected, original_table, original_metric, original_segment, original_program, original_year,
       correction_note
FROM facts_all
WHERE fact_table = kind
ORDER BY article_id, sentence_start, value_start, metric, segment;

CREATE TABLE fact_participants AS SELECT * FROM fact_rows('participants');
CREATE TABLE fact_funds AS SELECT * FROM fact_rows('funds');
CREATE TABLE fact_targets AS SELECT * FROM fact_rows('targets');

-- Every row of the corrections file (see warehouse/README.md) with how many
-- extracted figures it matched and whether it was applied.
CREATE TABLE corrections AS
SELECT * FROM correction_log ORDER BY line;

-- Two figures that disagree about the same thing: the same table, metric,
-- segment, program and year, the same kind of statement and the same period
-- (two snapshots of one month, two figures of one year, two targets for one
-- year), more than 2 % apart: |a - b| / min(a, b) > 0.02 (the threshold is
-- also CONFLICT_THRESHOLD in bpjs_pipeline/checks/sources.py), stated by two
-- different articles. One row per pair of distinct figures, not per pair of
-- articles: many outlets repeat one figure, and pairs of articles would grow
-- with the square of the articles stating a key, while the distinct figures
-- of a key stay few. `articles_a` / `articles_b` list every article stating
-- each figure (`sources_a` / `sources_b` how many); `article_a` / `article_b`
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
    s.articles_a, s.articles_b
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
    SELECT x.*, CASE WHEN x.plausible THEN coalesce(s.agreeing, 0) ELSE 0 END AS agreeing
    FROM facts AS x
    LEFT JOIN support AS s
      ON s.metric = x.metric AND s.segment = x.segment AND s.program IS NOT DISTINCT FROM x.program
     AND s.year = x.year AND s.value = x.value
),
grouped AS (
    SELECT
        metric, segment, program, year,
        any_value(unit) AS unit,
        first(struct_pack(value := value, article_id := article_id, published_on := published_on,
                          as_of := as_of, quote := quote, agreeing := agreeing)
              ORDER BY agreeing DESC, published_on DESC NULLS LAST, length(coalesce(as_of, '')) DESC,
                       as_of DESC NULLS LAST, article_id, value DESC)
            FILTER (WHERE plausible) AS chosen,
        count(DISTINCT article_id) AS sources,
        count(DISTINCT article_id) FILTER (WHERE plausible) AS plausible_sources,
        count(*) FILTER (WHERE NOT plausible) AS implausible_figures,
        min(value) AS min_value,
        max(value) AS max_value
    FROM scored
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
