-- Builds the per-article relations of the published warehouse (derived.sql then
-- builds the relations computed from the fact tables). The staging store is
-- attached read-only as `stg`. Nothing here refers to `stg` after the tables
-- are built, so the views keep working once it is detached.
-- `bpjs_pipeline/warehouse/build_inputs.py` first makes four temporary
-- tables: `build_articles` (the articles to build: every staged one, or those a
-- publish rebuilds), `facts_in` (their staged facts with a person's corrections
-- applied), `correction_log` (one row per row of the corrections file, with its
-- status) and `metric_ranges` (checks/plausible_ranges.toml).

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
      AND article_id IN (SELECT article_id FROM build_articles)
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
    r.url,
    CAST((SELECT count(*) FROM facts_in AS f WHERE f.article_id = k.article_id) AS INTEGER) AS fact_count,
    k.loaded_at,
    b.batch,
    -- the cleaned body every fact's offsets point into:
    -- substr(body, value_start + 1, value_end - value_start) is the figure as written
    c.body
FROM contents AS k
JOIN loaded AS r ON r.article_id = k.article_id
LEFT JOIN stg.cleaned_articles AS c ON c.article_id = k.article_id
LEFT JOIN stg.batch_members AS b ON b.article_id = k.article_id
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
       approximate, year_rule, confidence, publisher, published_on,
       plausible, statement, period,
       reviewed, corrected, original_table, original_metric, original_segment, original_program, original_year,
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
