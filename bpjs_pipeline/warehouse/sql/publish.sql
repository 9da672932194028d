-- Builds the published warehouse inside a fresh database file. The staging
-- store is attached read-only as `stg`. Nothing here refers to `stg` after
-- the tables are built, so the views keep working once it is detached.

-- Articles whose cleaning or extraction raised, or whose cleaned row fails
-- ArticlesSchema (e.g. a publication date outside the valid years), are not
-- published as articles: they are listed in `quarantine` with the reason.
-- (A fact failing FactsSchema is a reject too, but only that fact is left out.)
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
    WHERE check_name = 'exception' OR stage = 'cleaned_articles'
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
    CAST((SELECT count(*) FROM stg.facts AS f WHERE f.article_id = k.article_id) AS INTEGER) AS fact_count,
    k.loaded_at
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

-- Two articles that give the same table, metric, segment, program and year
-- more than 2 % apart: |a - b| / min(a, b) > 0.02 (the threshold is also
-- CONFLICT_THRESHOLD in bpjs_pipeline/checks/sources.py). One row per pair
-- of facts, the article with the smaller id as `a`.
CREATE VIEW conflicts AS
WITH facts AS (
    SELECT 'participants' AS fact_table, * FROM fact_participants
    UNION ALL SELECT 'funds' AS fact_table, * FROM fact_funds
    UNION ALL SELECT 'targets' AS fact_table, * FROM fact_targets
)
SELECT
    a.fact_table, a.metric, a.segment, a.program, a.year, a.unit,
    a.article_id AS article_a, a.publisher AS publisher_a, a.published_on AS published_on_a,
    a.as_of AS as_of_a, a.value AS value_a, a.quote AS quote_a,
    b.article_id AS article_b, b.publisher AS publisher_b, b.published_on AS published_on_b,
    b.as_of AS as_of_b, b.value AS value_b, b.quote AS quote_b,
    abs(a.value - b.value) / least(a.value, b.value) AS relative_difference
FROM facts AS a
JOIN facts AS b
  ON b.fact_table = a.fact_table
 AND b.metric = a.metric
 AND b.segment = a.segment
 AND b.program IS NOT DISTINCT FROM a.program
 AND b.year = a.year
 AND b.article_id > a.article_id
WHERE abs(a.value - b.value) > 0.02 * least(a.value, b.value);
