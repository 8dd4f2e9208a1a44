"""ArticleLoader: raw extracted values in, one clean ``Article`` out.

Processors are declared per field and built from the pure functions in
``newscrawl/cleaning.py``. Values are added best first (structured data, then theme rules,
then generic rules); single-valued fields keep the first value that survives cleaning.
The loader context carries ``base_url`` (to make links absolute: the page URL, or its
``<base href>``), ``page_url`` and ``canonical`` (links to the page itself are not
related articles), ``site_names`` (to strip them from titles and bylines) and optionally
``title_names`` (the names to strip from titles, when the page shows more, e.g. a masthead;
an empty list strips none) and ``title_sections`` (the page's sections, whose names a
metadata title may print before or after the headline).

Values derived from the body (``dateline``, ``word_count``, ``content_hash``) and the
defaults (``canonical_url``, ``site``, ``crawled_at``) are filled in by ``load_item``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from itemloaders.processors import Identity, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from newscrawl import cleaning
from newscrawl.items import SCHEMA_VERSION, Article
from newscrawl.urls import canonical_url


def _site_names(loader_context: dict[str, Any]) -> Sequence[str]:
    return loader_context.get("site_names") or ()


def _title(value: str, loader_context: dict[str, Any]) -> str:
    names = loader_context.get("title_names")
    if names is None:
        names = _site_names(loader_context)
    return cleaning.strip_title_suffix(value, names, loader_context.get("title_sections") or ())


def _authors(value: str, loader_context: dict[str, Any]) -> list[str]:
    names = loader_context.get("author_site_names")
    return cleaning.clean_authors([value], _site_names(loader_context) if names is None else names)


def _absolute(value: str, loader_context: dict[str, Any]) -> str | None:
    return cleaning.absolute_url(value, loader_context.get("base_url"))


def _date(value: str, loader_context: dict[str, Any]) -> str | None:
    """A date; numeric ones day first when the page's language writes them so, or in
    the order that falls in the URL's month (``date_month``), human ones read in the
    page's languages (``cleaning.date_languages``)."""
    return cleaning.parse_date(
        value,
        day_first=bool(loader_context.get("day_first")),
        languages=loader_context.get("date_languages"),
        month=loader_context.get("date_month"),
    )


def _dateline(value: str, loader_context: dict[str, Any]) -> str | None:
    """The dateline; a bare ``Place:`` or ``Place.`` only on pages of a language that
    writes it."""
    return cleaning.extract_dateline(
        value,
        bare_colon=loader_context.get("bare_colon", True),
        stop=loader_context.get("stop_datelines"),
    )


def _picture(value: str) -> str | None:
    """An image that is the story's, not a blank, a logo or an icon standing in for it."""
    return None if cleaning.is_placeholder_image(value) else value


def _canonical(value: str, loader_context: dict[str, Any]) -> str | None:
    url = cleaning.absolute_url(value, loader_context.get("base_url"))
    return canonical_url(url) if url else None


def _not_self(value: str, loader_context: dict[str, Any]) -> str | None:
    own = loader_context.get("own_urls")
    if own is None:
        urls = (
            loader_context.get("page_url") or loader_context.get("base_url"),
            loader_context.get("canonical"),
        )
        own = loader_context["own_urls"] = {canonical_url(u) for u in urls if u}
    return None if canonical_url(value) in own else value


def _agency(value: str) -> str | None:
    """The wire ``value`` names; the short form of a wire service named with the word
    ("CNN" of "CNN Wire", as ``agency_from_byline`` gives it) stands as it is."""
    return (
        cleaning.agency_short_form(value)
        or cleaning.agency_from_credit(value)
        or cleaning.acronym_wire(value)
    )


def _paragraph(value: str) -> str:
    return cleaning.remove_ad_tokens(cleaning.normalize_space(value))


def _drop_noise(value: str) -> str | None:
    return None if cleaning.is_noise_paragraph(value) else value


def _join_paragraphs(values: Iterable[str]) -> str:
    return "\n\n".join(v for v in values if v)


def _unique(values: Iterable[str]) -> list[str]:
    return cleaning.unique(values)


def _unique_names(values: Iterable[str], loader_context: dict[str, Any]) -> list[str]:
    """The names once each; the site's name only when it is the one name (a blog named
    after its author), not beside its writers ("Ouest-France", "Maëlle Le Gall": structured
    data crediting the publisher among its people)."""
    names = cleaning.unique(values, key=cleaning.author_key)
    if len(names) > 1:
        site_names = loader_context.get("author_site_names")
        if site_names is None:
            site_names = _site_names(loader_context)
        sites = {cleaning.author_key(n) for n in site_names}
        names = [n for n in names if cleaning.author_key(n) not in sites] or names
    return names


def _unique_exact(values: Iterable[str]) -> list[str]:
    return cleaning.unique(values, key=str)


class ArticleLoader(ItemLoader):
    """Loads an ``Article``; see the module docstring for the context it expects."""

    default_item_class = Article
    default_input_processor = MapCompose(cleaning.normalize_space)
    default_output_processor = TakeFirst()

    url_in = MapCompose(cleaning.normalize_space)
    canonical_url_in = MapCompose(_canonical)
    site_in = MapCompose(cleaning.normalize_space)
    title_in = MapCompose(cleaning.without_markup, _title)
    description_in = MapCompose(cleaning.without_markup)
    body_in = MapCompose(_paragraph, _drop_noise)
    body_out = _join_paragraphs
    authors_in = MapCompose(_authors)
    authors_out = _unique_names
    published_at_in = MapCompose(_date)
    published_at_out = cleaning.pick_date
    modified_at_in = MapCompose(_date)
    modified_at_out = cleaning.pick_date
    section_in = MapCompose(cleaning.first_section)
    tags_in = MapCompose(cleaning.split_tags)
    tags_out = _unique
    language_in = MapCompose(cleaning.normalize_language)
    agency_in = MapCompose(_agency)
    dateline_in = MapCompose(_dateline)
    image_url_in = MapCompose(_absolute, _picture)
    related_urls_in = MapCompose(_absolute, _not_self)
    related_urls_out = _unique_exact
    word_count_in = Identity()
    content_hash_in = Identity()
    duplicate_of_in = Identity()
    crawled_at_in = MapCompose(cleaning.normalize_space)
    schema_version_in = Identity()

    def load_item(self) -> Article:
        """The Article, with body-derived values and defaults filled in."""
        item: Article = super().load_item()
        _drop_surrogates(item)
        if not item.body:
            item.body = ""
        item.body = cleaning.without_opening_byline(item.body, item.title)
        opening = cleaning.story_opening(item.body, item.title) if item.body else ""
        dated = opening  # the paragraph the dateline is read from
        if item.dateline is None and opening:
            item.dateline = _dateline(opening, self.context)
            # a standfirst before it ("El servicio llegará ...", then "VALLADOLID, 3 mar
            # (EFE).- ..."): the next paragraph, with a date, a wire or in capitals only
            if item.dateline is None and (after := cleaning.paragraph_after(item.body, opening)):
                item.dateline = cleaning.extract_dateline(
                    after, bare_colon=False, stop=self.context.get("stop_datelines")
                )
                if item.dateline:
                    dated = after
        if item.agency is None and item.body:
            # the dateline's paragraph (its credit: "Poznań (PAP) - ..." after a standfirst),
            # the story's opening (not a first line repeating the headline), then its end
            paragraphs = item.body.split("\n\n")
            for paragraph in dict.fromkeys((dated, opening, *paragraphs[-3:][::-1])):
                item.agency = cleaning.agency_from_credit(paragraph)
                if item.agency:
                    break
        if item.tags and item.title:
            # a keywords list that repeats the headline: the headline is no tag
            item.tags = [t for t in item.tags if not cleaning.same_words(t, item.title)]
        if item.tags and (names := self.context.get("site_names")):
            # nor is the site's own name, which SEO keyword lists carry on every page
            item.tags = [t for t in item.tags if not cleaning.is_site_name(t, names)]
        item.word_count = cleaning.word_count(item.body)
        item.content_hash = cleaning.content_hash(item.body)
        item.url = item.url or ""
        item.title = item.title or ""
        if not item.canonical_url:
            item.canonical_url = canonical_url(item.url) if item.url else ""
        if not item.site:
            item.site = urlsplit(item.url or item.canonical_url).hostname or ""
        if not item.crawled_at:
            item.crawled_at = datetime.now(UTC).isoformat(timespec="seconds")
        item.schema_version = SCHEMA_VERSION
        for name in ("authors", "tags", "related_urls"):
            if getattr(item, name) is None:
                setattr(item, name, [])
        return item


def _drop_surrogates(item: Article) -> None:
    """Remove lone UTF-16 surrogates (a JSON-LD ``"\\ud800"`` escape decodes to one) from
    every text of ``item``: no UTF-8 feed, database or hash could take them."""
    for name, value in vars(item).items():
        if isinstance(value, str):
            setattr(item, name, cleaning.drop_surrogates(value))
        elif isinstance(value, list):
            clean = [cleaning.drop_surrogates(v) if isinstance(v, str) else v for v in value]
            setattr(item, name, clean)
