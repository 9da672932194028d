-- Staging store: one row set per article, replaced per article in one transaction.
-- No primary keys: DuckDB checks them eagerly, which breaks DELETE + re-INSERT
-- of the same key inside one transaction; the store's writers keep ids unique.

CREATE TABLE IF NOT EXISTS raw_articles (
    article_id    VARCHAR NOT NULL,
    partition_key VARCHAR NOT NULL,
    file_name     VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    encoding      VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    url           VARCHAR  -- the page's web address from the seeds folder's manifest.jsonl (NULL: none)
);

-- When each content (sha256) of each article was first read. Kept while the
-- file is quarantined (unreadable for a while), so its `loaded_at` survives a
-- failed read; deleted with the article's other rows when its file goes.
CREATE TABLE IF NOT EXISTS content_loads (
    article_id VARCHAR NOT NULL,
    sha256     VARCHAR NOT NULL,
    loaded_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS quarantine (
    article_id    VARCHAR NOT NULL,
    partition_key VARCHAR NOT NULL,
    file          VARCHAR NOT NULL,
    sha256        VARCHAR,
    reason        VARCHAR NOT NULL,
    first_seen    TIMESTAMP NOT NULL,
    last_seen     TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS cleaned_articles (
    article_id   VARCHAR NOT NULL,
    title        VARCHAR,
    publisher    VARCHAR,
    published_on DATE,
    body         VARCHAR NOT NULL,
    body_chars   INTEGER NOT NULL,
    cleaned_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS facts (
    article_id     VARCHAR NOT NULL,
    fact_table     VARCHAR NOT NULL,
    metric         VARCHAR NOT NULL,
    segment        VARCHAR NOT NULL,
    program        VARCHAR,
    year           INTEGER NOT NULL,
    as_of          VARCHAR,
    value          DOUBLE NOT NULL,
    unit           VARCHAR NOT NULL,
    quote          VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    value_start    INTEGER NOT NULL,
    value_end      INTEGER NOT NULL,
    approximate    BOOLEAN NOT NULL,
    year_rule      VARCHAR,
    extracted_at   TIMESTAMP NOT NULL,
    confidence     DOUBLE               -- 0..1, how sure the reader is (extract/confidence.py)
);

-- Entries of the seeds folder that are not read (symlinks, other suffixes,
-- folders, names that are not UTF-8), replaced as a whole by each publish.
CREATE TABLE IF NOT EXISTS skipped_files (
    file       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen  TIMESTAMP NOT NULL
);

-- Rows a stage refused (schema failures, or an exception while processing
-- the article), so asset checks can show them.
CREATE TABLE IF NOT EXISTS rejects (
    stage          VARCHAR NOT NULL,   -- 'cleaned_articles' | 'extracted_facts'
    article_id     VARCHAR NOT NULL,
    row_index      BIGINT,
    column_name    VARCHAR,
    check_name     VARCHAR NOT NULL,
    failure_case   VARCHAR,
    schema_context VARCHAR,
    recorded_at    TIMESTAMP NOT NULL
);

-- Extraction history for the `no_extraction_regression` check (written by
-- bpjs_pipeline/warehouse/history.py inside `replace_facts`): the latest
-- extraction of each article with the sha256 of the text it read, and the
-- extraction before it with its facts.
CREATE TABLE IF NOT EXISTS extractions (
    article_id        VARCHAR NOT NULL,
    sha256            VARCHAR,            -- NULL: no raw text was staged for the article
    fact_count        INTEGER NOT NULL,
    extracted_at      TIMESTAMP NOT NULL,
    extractor_version VARCHAR             -- bpjs_pipeline/version.py: EXTRACTOR_VERSION
);

CREATE TABLE IF NOT EXISTS previous_extractions (
    article_id        VARCHAR NOT NULL,
    sha256            VARCHAR,
    fact_count        INTEGER NOT NULL,
    extracted_at      TIMESTAMP NOT NULL,
    extractor_version VARCHAR
);

CREATE TABLE IF NOT EXISTS previous_facts (
    article_id     VARCHAR NOT NULL,
    fact_table     VARCHAR NOT NULL,
    metric         VARCHAR NOT NULL,
    segment        VARCHAR NOT NULL,
    program        VARCHAR,
    year           INTEGER NOT NULL,
    as_of          VARCHAR,
    value          DOUBLE NOT NULL,
    unit           VARCHAR NOT NULL,
    quote          VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    value_start    INTEGER NOT NULL,
    value_end      INTEGER NOT NULL,
    approximate    BOOLEAN NOT NULL,
    year_rule      VARCHAR,
    extracted_at   TIMESTAMP NOT NULL,
    confidence     DOUBLE               -- 0..1, how sure the reader is (extract/confidence.py)
);

-- The delivered batch (a partition of the per-article assets) each article belongs to: the
-- latest batch that took it in. A file that changes, or is extracted again by a new
-- extractor, moves into the batch of the run that processes it.
CREATE TABLE IF NOT EXISTS batch_members (
    batch       VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    assigned_at TIMESTAMP NOT NULL
);
