"""Extraction: one HTML page in, one clean ``Article`` out.

``extract_article`` parses the page once with lxml, reads structured metadata (JSON-LD,
OpenGraph, ``<meta>``), applies the theme's rules (the profile's theme, else the one
detected from markup), falls back on the generic body extractor, and hands every raw value
to the ``ArticleLoader``, which cleans them. The spider, ``python -m newscrawl extract`` and
the benchmarks all go through this one function.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from copy import deepcopy
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from w3lib.encoding import html_to_unicode

from newscrawl import cleaning
from newscrawl.extraction.body import extract_body as _generic_body
from newscrawl.extraction.body_filters import filter_paragraphs as _filter_paragraphs
from newscrawl.extraction.metadata import (
    Metadata,
    byline_candidates,
    extract_metadata,
    labelled_dates,
    text_bylines,
    url_day,
)
from newscrawl.extraction.themes import GENERIC, Theme, ThemeFields, get_theme
from newscrawl.extraction.themes import detect_theme as _detect_theme
from newscrawl.items import Article
from newscrawl.loaders import ArticleLoader

__all__ = [
    "ExtractionError",
    "classify_page",
    "detect_theme",
    "extract_article",
    "parse_html",
]

logger = logging.getLogger(__name__)

_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class ExtractionError(ValueError):
    """The input cannot be read as an HTML page (empty, binary, unparseable)."""


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text with the page's declared charset (BOM, header, ``<meta>``), else a guess."""
    _, text = html_to_unicode(content_type, data)
    return text


#: What the extraction functions take: page text, page bytes, or a page already parsed
#: by :func:`parse_html` (read, never mutated), so one page is parsed once.
Page = str | bytes | html.HtmlElement


def parse_html(page: Page, url: str | None = None) -> html.HtmlElement:
    """Parse ``page`` once; raise ``ExtractionError`` for empty or binary input."""
    if isinstance(page, html.HtmlElement):
        return page
    if isinstance(page, bytes | bytearray):
        head = bytes(page[:2048])
        if not head.strip():
            raise ExtractionError("empty input: no HTML to extract from")
        if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ExtractionError("binary input: not an HTML page (NUL bytes)")
        text = decode_html(bytes(page))
    elif isinstance(page, str):
        text = page
    else:
        raise ExtractionError(f"expected str or bytes, got {type(page).__name__}")
    if not text.strip():
        raise ExtractionError("empty input: no HTML to extract from")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ExtractionError("binary input: not an HTML page (control characters)")
    if "<" not in sample and "<" not in text[:65536]:
        raise ExtractionError("not HTML: no markup in the input")
    text = _XML_DECL.sub("", text, count=1)
    try:
        doc = html.document_fromstring(text, parser=_PARSER, base_url=url)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    if doc is None or not isinstance(doc.tag, str):
        raise ExtractionError("unparseable HTML: no document element")
    return doc


def detect_theme(doc: html.HtmlElement | str | bytes) -> str | None:
    """The CMS theme ``doc``'s markup shows (``"tagdiv"``, ``"wordpress"``, ...), or None."""
    if not isinstance(doc, html.HtmlElement):
        doc = parse_html(doc)
    return _detect_theme(doc)


def _theme_for(doc: html.HtmlElement, theme: str | None) -> Theme:
    chosen = get_theme(theme)
    if chosen is None and theme:
        logger.debug("unknown theme %r: detecting from markup", theme)
    if chosen is None:
        chosen = get_theme(_detect_theme(doc))
    return chosen or GENERIC


def _generic_paragraphs(doc: html.HtmlElement, url: str | None) -> list[str]:
    return list(_generic_body(doc, url))


#: A structured publication date this many days after the date in the URL's path is a
#: re-save (a CMS migration), not the publication: the URL's day is kept instead.
URL_DAY_SLACK = 30


def _url_day_first(published: list[str], url: str | None) -> list[str]:
    """``[the URL's day]`` when structured data dates the article long after it, else []."""
    day = url_day(url)
    first = next((d for d in map(cleaning.parse_date, published) if d), None)
    if not day or not first:
        return []
    try:
        late = date.fromisoformat(first[:10]) - date.fromisoformat(day)
    except ValueError:
        return []
    return [day] if late.days > URL_DAY_SLACK else []


def _local_time(value: str | None) -> bool:
    """A date with a time that is not in UTC: nothing later can make it more local."""
    return bool(value) and len(value) > 10 and not value.endswith("+00:00")


def _answered(md: Metadata, site: str | None, url: str | None) -> set[str]:
    """Fields structured data already answers, so theme rules need not look for them."""
    skip = set()
    if md.descriptions:
        skip.add("descriptions")
    if md.sections:
        skip.add("sections")
    if md.tags:
        skip.add("tags")
    if md.images:
        skip.add("images")
    if any(_local_time(d) for d in map(cleaning.parse_date, md.published)):
        skip.add("published")
    if any(len(d or "") > 10 for d in map(cleaning.parse_date, md.modified)):
        skip.add("modified")
    if md.authors and cleaning.clean_authors(md.authors, _site_names(site, url, md)):
        skip.add("authors")
    return skip


_BASE_HREF = etree.XPath("/html/head/base/@href")


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", cleaning.normalize_space(text).casefold())


def _title_candidates(
    md: Metadata, found: ThemeFields, site_names: list[str], overridden: bool
) -> list[str]:
    """Title candidates, best first.

    Structured data comes first, except that the page's own headline (``<h1>`` by the
    theme's rules) wins when it agrees with one of the metadata titles, i.e. is equal to,
    contained in or contains it: then it is the same title in the typography readers saw,
    without SEO prefixes or site-name suffixes. An override always wins.
    """
    headline = found.titles[0] if found.titles else None
    metas = [t for t in (*(md.titles if md.is_article else md.titles[1:1]), *md.titles) if t]
    if md.html_title:
        metas.append(md.html_title)
    if headline and (overridden or not metas):
        return [headline, *metas]
    if headline:
        h = _squash(cleaning.strip_title_suffix(headline, site_names))
        for meta in metas:
            m = _squash(cleaning.strip_title_suffix(meta, site_names))
            if h and m and (h == m or h in m or m in h):
                if cleaning.kicker_before(headline, cleaning.strip_title_suffix(meta, site_names)):
                    break  # the headline is "Section | Title": the metadata title is cleaner
                return [headline, *metas]
        else:
            if not md.titles and md.html_title:
                # Only <title> to weigh it against: the headline, unless it is one of the
                # <title>'s segments (a site name or tagline printed in an <h1>).
                title = cleaning.strip_title_suffix(md.html_title, [*site_names, headline])
                if _squash(title) == _squash(md.html_title) and not cleaning.names_site(
                    headline, site_names
                ):
                    return [headline, *metas]
                return [title, headline]
    return [*metas, *found.titles]


#: Where a page prints dates that are not the article's: the site header's "today",
#: navigation, sidebars, widgets, related blocks, footers. Removed before htmldate looks.
_NOT_ARTICLE_DATES = etree.XPath(
    "//body//header[not(.//h1)][not(ancestor::article)]"
    " | //body//*[contains(@class, 'td_data_time')"
    " or contains(@class, 'header_date') or contains(@class, 'header-date')"
    " or contains(@class, 'today') or contains(@class, 'current-date')]"
)


def _fallback_date(doc: html.HtmlElement, url: str | None) -> list[str]:
    """htmldate's guess, only for pages where structured data and theme rules found none.

    It searches a copy of the page without header, navigation, sidebars and widgets, so
    the site header's "today" or a sidebar story's date cannot win.
    """
    from htmldate import find_date  # imported lazily: only pages of unknown markup need it

    pruned = deepcopy(doc)
    for el in _NOT_ARTICLE_DATES(pruned):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    try:
        found = find_date(pruned, extensive_search=True, original_date=True, url=url)
    except (ValueError, TypeError, AttributeError) as exc:
        logger.debug("htmldate failed on %s: %s", url, exc)
        return []
    return [found] if found else []


def _filter_boilerplate(paragraphs: list[str]) -> list[str]:
    """Theme paragraphs without boilerplate lines (body_filters), credit lines kept,
    NFC-normalised (same text in canonical code points, as the generic body gives it)."""
    if not paragraphs:
        return paragraphs
    texts = [cleaning.normalize_space(p) for p in paragraphs]
    kept = set(_filter_paragraphs(texts, keep=cleaning.agency_from_credit))
    return [
        unicodedata.normalize("NFC", raw)
        for raw, text in zip(paragraphs, texts, strict=True)
        if text in kept
    ]


def _text_byline_names(value: str) -> bool:
    """A labelled name in running text: every part a person's, and a list of several
    names only of full names (``von Künstlern, Bands, DJs`` lists nouns, not people)."""
    parts = cleaning.split_authors(value)
    names = cleaning.clean_authors([value])
    return (
        bool(parts)
        and len(names) == len(parts)
        and (len(names) == 1 or all(len(n.split()) > 1 for n in names))
    )


def _site_names(site: str | None, url: str | None, md: Metadata) -> list[str]:
    names = [n for n in md.site_names if n]
    host = urlsplit(url or "").hostname or ""
    if host:
        names.append(host.removeprefix("www."))
        names.append(host.removeprefix("www.").split(".")[0])
    if site:
        names.append(site)
    return [n for n in dict.fromkeys(names) if len(cleaning.normalize_space(n)) >= 2]


def extract_article(
    html: Page,
    url: str | None = None,
    *,
    site: str | None = None,
    theme: str | None = None,
    overrides: Mapping[str, str] | None = None,
    crawled_at: str | None = None,
) -> Article:
    """The clean Article in ``html`` (a page served at ``url``).

    ``site``/``theme``/``overrides`` come from the site profile (id, CMS theme, selector
    overrides by field name); without a theme it is detected from the markup. Raises
    ``ExtractionError`` when the input is not HTML; a page without title or body is
    returned with those fields empty.
    """
    doc = parse_html(html, url)
    md = extract_metadata(doc)
    rules = _theme_for(doc, theme)
    found = rules.extract(doc, overrides, skip=_answered(md, site, url))
    paragraphs = _filter_boilerplate(found.paragraphs)
    declared = rules.name == (theme or "").strip().lower() or bool(
        overrides and "body" in overrides
    )
    if not declared and not rules.body_when_detected:
        # A theme only detected from markup, of a CMS that sites customise (WordPress,
        # Drupal, TYPO3, Blogger): the generic extractor's body measures better than the
        # theme's container (it keeps the lead, drops teasers in the content), on every
        # such theme of the eval corpus's dev half. The container is the fallback.
        paragraphs = _generic_paragraphs(doc, url) or paragraphs
    elif not paragraphs and rules.body_generic_fallback:
        paragraphs = _generic_paragraphs(doc, url)
    if not paragraphs and md.article_body:
        paragraphs = re.split(r"\n\s*\n|\r?\n", md.article_body)
    md.published[:0] = _url_day_first(md.published, url)
    if not any(cleaning.parse_date(v) for v in (*md.published, *found.published)):
        labelled = [d for d in labelled_dates(doc) if cleaning.parse_date(d)]
        found.published.extend(labelled or _fallback_date(doc, url))
    title_overridden = bool(overrides and "title" in overrides)
    return _load(doc, md, found, paragraphs, url, site, crawled_at, title_overridden)


def _load(
    doc: html.HtmlElement,
    md: Metadata,
    found: ThemeFields,
    paragraphs: list[str],
    url: str | None,
    site: str | None,
    crawled_at: str | None,
    title_overridden: bool = False,
) -> Article:
    canonical = next((c for c in (cleaning.absolute_url(c, url) for c in md.canonical) if c), None)
    base = url or canonical
    base_href = _BASE_HREF(doc)
    if base_href and base:
        base = urljoin(base, base_href[0].strip())
    context: dict[str, Any] = {
        "base_url": base,
        "page_url": url or canonical,
        "canonical": canonical,
        "site_names": _site_names(site, base, md),
    }
    loader = ArticleLoader(**context)
    loader.add_value("url", url or canonical or "")
    loader.add_value("canonical_url", canonical)
    loader.add_value("site", site)
    loader.add_value("title", _title_candidates(md, found, context["site_names"], title_overridden))
    loader.add_value("description", md.descriptions)
    loader.add_value("description", found.descriptions)
    loader.add_value("body", paragraphs)
    by_metadata = cleaning.clean_authors(md.authors, context["site_names"])
    # A byline rule matching more than three elements matched a list (tags, a team page,
    # every teaser's byline): only its first value is the article's.
    authors = md.authors if by_metadata else found.authors[: 3 if len(found.authors) <= 3 else 1]
    wire = any(cleaning.agency_from_byline(v) for v in (*md.authors, *found.authors))
    if not (by_metadata or wire or cleaning.clean_authors(authors, context["site_names"])):
        # no byline names a person (and none credits a wire): look in the markup and text
        names_someone = lambda v: bool(cleaning.clean_authors([v], context["site_names"]))  # noqa: E731
        authors = byline_candidates(doc, names_someone) or text_bylines(doc, _text_byline_names)
    loader.add_value("authors", authors)
    loader.add_value("published_at", md.published)
    loader.add_value("published_at", found.published)
    loader.add_value("modified_at", md.modified)
    loader.add_value("modified_at", found.modified)
    loader.add_value("section", md.sections[:1] or found.sections[:1])
    loader.add_value("tags", md.tags or found.tags)
    loader.add_value("language", md.html_lang)
    loader.add_value("language", md.languages)
    for byline in (*md.authors, *found.authors):
        loader.add_value("agency", byline, cleaning.agency_from_byline)
    loader.add_value("dateline", paragraphs[:1])
    loader.add_value("image_url", md.images)
    loader.add_value("image_url", found.images)
    loader.add_value("related_urls", found.related)
    loader.add_value("crawled_at", crawled_at)
    return loader.load_item()


# --------------------------------------------------------------------------------------------
# Page classification

_LISTING_PATH = re.compile(
    r"/(?:category|categories|tag|tags|topic|topics|section|author|archive|archives|page|"
    r"search|latest|news)(?:/|$)|[?&](?:page|paged|s)=",
    re.IGNORECASE,
)
_TEASER_LINKS = etree.XPath(
    "//*[self::h2 or self::h3 or self::h4][not(ancestor::aside or ancestor::nav"
    " or ancestor::footer)]//a[@href]"
)
_ARTICLE_ELEMENTS = etree.XPath("count(//article)")


def classify_page(html: Page, url: str | None = None) -> str:
    """``"article"``, ``"listing"`` or ``"other"``, from the page's markup and URL."""
    try:
        doc = parse_html(html, url)
    except ExtractionError:
        return "other"
    md = extract_metadata(doc)
    path = urlsplit(url or "").path
    rules = _theme_for(doc, None)
    paragraphs = rules.body_paragraphs(doc)
    text_len = sum(len(p) for p in paragraphs)
    teasers = len(_TEASER_LINKS(doc))
    listing_path = bool(_LISTING_PATH.search(path))
    if (
        md.is_article
        and (text_len > 0 or rules is GENERIC)
        and not (listing_path and text_len < 200)
    ):
        return "article"
    if text_len >= 400 and teasers < 30 and not _LISTING_PATH.search(path):
        return "article"
    if path in ("", "/") or teasers >= 5:
        return "listing"
    if listing_path:
        return "listing" if teasers >= 1 else "other"
    if int(_ARTICLE_ELEMENTS(doc)) >= 3:
        return "listing"
    if md.is_article:
        return "article"
    return "other"
