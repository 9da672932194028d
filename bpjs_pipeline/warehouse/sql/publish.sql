-- Builds the published warehouse inside a fresh database file. The staging
-- store is attached read-only as `stg`. Nothing here refers to `stg` after
-- the tables are built, so the views keep working once it is detached.

CREATE TABLE articles AS
SELECT
    r.article_id,
    r.file_name,
    r.sha256,
    c.title,
    c.publisher,
    c.published_on,
    CAST(count(f.article_id) AS INTEGER) AS fact_count,
    r.loaded_at
FROM stg.raw_articles AS r
LEFT JOIN stg.cleaned_articles AS c USING (article_id)
LEFT JOIN stg.facts AS f USING (article_id)
GROUP BY ALL
ORDER BY r.article_id;

CREATE TABLE quarantine AS
SELECT article_id, file, sha256, reason, first_seen, last_seen
FROM stg.quarantine
ORDER BY file;

CREATE TABLE fact_participants AS
SELECT f.article_id, f.metric, f.segment, f.program, f.year, f.as_of, f.value, f.unit,
       f.quote, f.sentence_start, f.sentence_end, f.value_start, f.value_end,
       f.approximate, f.year_rule, a.publisher, a.published_on
FROM stg.facts AS f
JOIN articles AS a USING (article_id)
WHERE f.fact_table = 'participants'
ORDER BY f.article_id, f.sentence_start, f.value_start, f.metric, f.segment;

CREATE TABLE fact_funds AS
SELECT f.article_id, f.metric, f.segment, f.program, f.year, f.as_of, f.value, f.unit,
       f.quote, f.sentence_start, f.sentence_end, f.value_start, f.value_end,
       f.approximate, f.year_rule, a.publisher, a.published_on
FROM stg.facts AS f
JOIN articles AS a USING (article_id)
WHERE f.fact_table = 'funds'
ORDER BY f.article_id, f.sentence_start, f.value_start, f.metric, f.segment;

CREATE TABLE fact_targets AS
SELECT f.article_id, f.metric, f.segment, f.program, f.year, f.as_of, f.value, f.unit,
       f.quote, f.sentence_start, f.sentence_end, f.value_start, f.value_end,
       f.approximate, f.year_rule, a.publisher, a.published_on
FROM stg.facts AS f
JOIN articles AS a USING (article_id)
WHERE f.fact_table = 'targets'
ORDER BY f.article_id, f.sentence_start, f.value_start, f.metric, f.segment;

-- One row per (metric, segment, program, year). `value` comes from the most
-- recent source: latest published_on (unknown dates last), then latest
-- as_of (none last), then smallest article_id, then the larger value.
CREATE VIEW participants_by_year AS
SELECT
    metric, segment, program, year,
    any_value(unit) AS unit,
    first(value ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS value,
    first(article_id ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_article_id,
    first(published_on ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_published_on,
    count(DISTINCT article_id) AS sources,
    min(value) AS min_value,
    max(value) AS max_value
FROM fact_participants
GROUP BY metric, segment, program, year;

CREATE VIEW funds_by_year AS
SELECT
    metric, segment, program, year,
    any_value(unit) AS unit,
    first(value ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS value,
    first(article_id ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_article_id,
    first(published_on ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_published_on,
    count(DISTINCT article_id) AS sources,
    min(value) AS min_value,
    max(value) AS max_value
FROM fact_funds
GROUP BY metric, segment, program, year;

CREATE VIEW targets_by_year AS
SELECT
    metric, segment, program, year,
    any_value(unit) AS unit,
    first(value ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS value,
    first(article_id ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_article_id,
    first(published_on ORDER BY published_on DESC NULLS LAST, as_of DESC NULLS LAST, article_id, value DESC) AS source_published_on,
    count(DISTINCT article_id) AS sources,
    min(value) AS min_value,
    max(value) AS max_value
FROM fact_targets
GROUP BY metric, segment, program, year;

-- Each target beside the latest actual for the same metric, segment and
-- program in a year up to the target's year.
CREATE VIEW target_progress AS
WITH actuals AS (
    SELECT metric, segment, program, year, value, source_article_id FROM participants_by_year
    UNION ALL
    SELECT metric, segment, program, year, value, source_article_id FROM funds_by_year
),
paired AS (
    SELECT
        t.metric, t.segment, t.program, t.unit,
        t.year AS target_year,
        t.value AS target_value,
        t.source_article_id AS target_source_article_id,
        t.sources AS target_sources,
        a.year AS actual_year,
        a.value AS actual_value,
        a.source_article_id AS actual_source_article_id,
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
)
SELECT
    metric, segment, program, unit,
    target_year, target_value, target_source_article_id, target_sources,
    actual_year, actual_value, actual_source_article_id,
    actual_value / target_value AS share_achieved
FROM paired
WHERE pick = 1;
