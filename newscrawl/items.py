"""The Article item: the typed record every stage produces and every feed carries.

Field meanings and conventions are documented in DESIGN.md and enforced by
``schema/article.schema.json`` (the contract with downstream teams).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

#: Bump when a field is renamed or removed (and update schema/article.schema.json).
SCHEMA_VERSION = 1


@dataclass
class Article:
    url: str = ""
    canonical_url: str = ""
    site: str = ""
    title: str = ""
    description: str | None = None
    body: str = ""
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    agency: str | None = None
    dateline: str | None = None
    image_url: str | None = None
    related_urls: list[str] = field(default_factory=list)
    word_count: int = 0
    content_hash: str = ""
    duplicate_of: str | None = None
    crawled_at: str = ""
    schema_version: int = SCHEMA_VERSION


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))
