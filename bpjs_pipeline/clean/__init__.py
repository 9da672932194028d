"""Raw page text -> the article body and what the page says about itself."""
from __future__ import annotations

from bpjs_pipeline.clean.boilerplate import split_page
from bpjs_pipeline.clean.metadata import find_published_on, find_publisher, find_title
from bpjs_pipeline.ingest.addresses import address_in_text
from bpjs_pipeline.model import CleanedArticle


def clean_article(article_id: str, text: str, address: str | None = None) -> CleanedArticle:
    """Strip page furniture and read the headline, outlet and publication date
    (`address`, the article's web address when known, helps with the date)."""
    parts = split_page(text)
    title = find_title(parts.header)
    body = [line for line in parts.body if line != title]
    return CleanedArticle(
        article_id=article_id,
        title=title,
        publisher=find_publisher(parts.header, body),
        published_on=find_published_on(parts.header, body, address or address_in_text(text), page=text,
                                       captions=parts.captions),
        body="\n".join(body),
    )


__all__ = ["clean_article"]
