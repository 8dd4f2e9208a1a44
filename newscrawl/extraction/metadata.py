"""Metadata from a page's structured data: JSON-LD articles, OpenGraph and other ``<meta>``.

Returns raw candidate values in priority order (structured data first); cleaning and the
choice between candidates happen in the ``ArticleLoader``.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html
from w3lib.html import replace_entities

from newscrawl.cleaning import (
    AND_WORDS,
    BY_LABELS,
    BY_WORDS,
    COLON_BYLINE_LABELS,
    DAY_IN_WORDS,
    OUR_REPORTER,
    ROMANCE_BY_LABELS,
    absolute_url,
    after_place,
    agency_from_byline,
    agency_short_form,
    author_key,
    clean_authors,
    dutch_and,
    name_alone,
    word_key,
)
from newscrawl.extraction.body_filters import (
    BYLINE_LEAD_IN,
    PICTURES_LABEL,
    PIECE_BY,
    is_date_line,
    is_related_heading,
)
from newscrawl.extraction.text import byline_text
from newscrawl.urls import canonical_url, site_domain

logger = logging.getLogger(__name__)

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
    }
)

#: JSON-LD types of a page's main content that are no article but name its author (the
#: first post of a forum thread, a recipe, a how-to); their authors come after the
#: articles' and the ``<meta>`` authors.
CONTENT_TYPES = frozenset(
    {"DiscussionForumPosting", "Recipe", "HowTo", "Review", "VideoObject", "Question", "WebPage"}
)

#: (with a parameter too: ``type="application/ld+json; charset=utf-8"``)
_JSONLD = etree.XPath(
    "//script[starts-with(normalize-space(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
    " 'abcdefghijklmnopqrstuvwxyz')), 'application/ld+json')]/text()"
)
_META = etree.XPath("//meta[@content or @value][@property or @name or @itemprop or @http-equiv]")
_LINK_CANONICAL = etree.XPath(
    "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
)
_HTML_LANG = etree.XPath("/html/@lang | /html/@xml:lang")
#: The titles of the feeds a page's ``<head>`` links to (only its children: no tree walk).
_FEED_TITLES = etree.XPath(
    "/html/head/link[@title][contains(@type, 'rss') or contains(@type, 'atom')]/@title"
)
#: A feed's title that is the site's name and a feed word: WordPress's "Name » Feed"
#: (translated: "Flux"), Blogger's "Name - Atom", "Name RSS Feed"; not "Title RSS", a feed
#: some sites name after the page.
_FEED_NAME = re.compile(
    r"^(?P<name>.*?\w.*?)(?:\s*[»|–-]\s*(?:RSS|Atom|Feed|Flux)|\s+(?:RSS|Atom)[ -]?Feed)$", re.I
)
#: A comments feed's title names a post or the comments, not only the site.
_COMMENTS_FEED = re.compile(r"comment|kommentar|reacties|commenti|comentarios", re.I)
#: The page's ``<title>``; in ``<body>`` when text before ``<html>`` (a PHP warning, a
#: ``document.write`` script) made the parser open the body early. Not an SVG's title.
_TITLE = etree.XPath("//head/title/text() | /html/title/text() | /html/body/title/text()")

#: ``<meta>`` names (lower-cased ``property``/``name``/``itemprop``) for each field, in order.
META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publish_date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
)
#: ``<meta>`` dates that do not say which date they are: CMSs (TYPO3, Drupal) fill them with
#: the page's last change as often as with its publication. They rank after the dates the
#: theme's rules find in the article's header.
META_DATE = ("date", "dc.date", "dcterms.date")
META_MODIFIED = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
    "dcterms.modified",
    "article.updated",
)
META_TITLE = ("og:title", "twitter:title", "headline", "dc.title", "parsely-title", "title")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
META_AUTHOR = (
    "author",
    "article:author",
    "article:author_name",
    "dc.creator",
    "dc.creator.name",  # (the Dublin Core plugins' "Surname, Given")
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "dcterms.creator",
    "dc:creator",
    "authors",
    "cxenseparse:author",
    "rbauthors",
    "shareaholic:article_author_name",
    "og:author",  # not in the OpenGraph spec, but printed by some themes
)
#: (microdata's ``<meta itemprop="articleSection">`` is read by its lower-cased name too)
META_SECTION = ("article:section", "parsely-section", "section", "category", "articlesection")
#: (not Sailthru's ``sailthru.tags``: sites fill it with their taxonomy's codes, "loc-France")
META_TAGS = ("article:tag", "news_keywords", "keywords", "parsely-tags")
META_IMAGE = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image",
    "parsely-image-url", "sailthru.image.full",
)  # fmt: skip
META_SITE_NAME = ("og:site_name", "application-name", "twitter:site", "publisher")
META_LOCALE = ("og:locale", "content-language", "language", "dc.language")
META_RIGHTS = ("copyright", "dcterms.rightsholder", "dc.rights", "dcterms.rights", "rights")


#: Candidates kept per field: a page's own values come first, and a page listing dozens
#: of dates (other articles') would only cost parsing time. Authors: a team's byline
#: runs longer, a staff list in the markup longer still.
MAX_CANDIDATES = 12
MAX_AUTHORS = 30


@dataclass
class Metadata:
    """Raw candidates for each field, best first; lists may be empty."""

    titles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    #: Dates of unstated kind (``<meta name="date">``): after the theme's, before htmldate.
    dated: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    canonical: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    article_body: str | None = None
    html_lang: str | None = None
    html_title: str | None = None
    #: Whether the page declares itself an article (JSON-LD type or og:type=article).
    is_article: bool = False
    #: JSON-LD types seen on the page (for page classification).
    types: set[str] = field(default_factory=set)
    #: Authors of the first other main content node (a forum post, a recipe, a web page).
    content_authors: list[str] = field(default_factory=list)
    #: One-word Person names completed by their node's description ("Nils" -> "Nils Pickert").
    full_names: dict[str, str] = field(default_factory=dict)
    #: The language the page's text is in (``language.detect_language``), when told.
    detected_language: str | None = None
    #: Names of the Person nodes of the page's JSON-LD (Yoast's graph gives the post's
    #: author as one, linked from an Article node, or from none when it prints no Article).
    persons: list[str] = field(default_factory=list)
    #: The writer a Twitter card's labelled field names (Yoast's "Written by"): its display
    #: name, maybe a first name alone, so read only when no byline names anyone.
    card_authors: list[str] = field(default_factory=list)
    #: Who the page says holds its copyright (``<meta name="copyright">``, JSON-LD).
    rights_holders: list[str] = field(default_factory=list)
    #: Authors that structured data types as organisations: no person, maybe a wire.
    org_authors: list[str] = field(default_factory=list)
    #: The page's JSON-LD breadcrumb trail (schema.org ``BreadcrumbList``): each crumb's
    #: name and address (``None`` when it links nowhere). (``microdata_crumbs`` reads
    #: the microdata form, only for pages that need it.)
    crumbs: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def declared_language(self) -> str | None:
        """The language the page declares: ``<html lang>``, else structured data's."""
        from newscrawl.cleaning import normalize_language

        declared = (normalize_language(v) for v in (self.html_lang, *self.languages))
        return next((t for t in declared if t), None)

    @property
    def language(self) -> str | None:
        """The page's language: the one it declares, or the one its text is in
        (``detected_language``) when it declares none or English over text in another
        language (``language.written_in``)."""
        from newscrawl.extraction.language import written_in

        return written_in(self.declared_language, self.detected_language)

    def dating(self) -> dict[str, Any]:
        """How the page writes dates, as ``cleaning.parse_date``'s keyword options: numeric
        dates day first or not (from its language's region: ``<html lang="en">`` with
        ``og:locale`` ``en_GB`` is British English), human dates in which languages (from
        its language).

        >>> Metadata(html_lang="en", languages=["en_GB"]).dating()["day_first"]
        True
        >>> Metadata(html_lang="en", languages=["de_DE"]).dating()["day_first"]
        False
        """
        from newscrawl.cleaning import date_languages, normalize_language, writes_day_first

        language = self.language
        if language and "-" not in language:
            # a bare language: the region another declaration of the same one gives
            regional = (normalize_language(v) or "" for v in self.languages)
            language = next((t for t in regional if t.startswith(f"{language}-")), language)
        return {
            "day_first": writes_day_first(language),
            "languages": date_languages(self.language),
        }


def extract_metadata(doc: html.HtmlElement, url: str | None = None) -> Metadata:
    """All structured metadata of ``doc`` (not mutated), JSON-LD before ``<meta>``. ``url``:
    the page's address, which tells its own JSON-LD article from others' (``_this_pages``)
    as its canonical address does."""
    md = Metadata()
    metas = _meta_map(doc)
    articles = list(_jsonld_articles(doc, md))
    if len(articles) > 1:
        addresses = [*_LINK_CANONICAL(doc), *metas.get("og:url", ()), *([url] if url else [])]
        articles = _this_pages(articles, addresses)
    for article in articles:
        _from_jsonld(article, md)
    _from_meta(metas, md, url)
    if not md.images:
        md.images.extend(microdata_image(doc))
    if not md.site_names:
        md.site_names.extend(feed_site_names(doc))
    if not md.authors:
        md.authors = md.content_authors
    _without_rights_holders(md)
    if md.full_names:
        md.authors = [md.full_names.get(a.strip(), a) for a in md.authors]
    langs = _HTML_LANG(doc)
    md.html_lang = langs[0] if langs else None
    md.canonical.extend(_LINK_CANONICAL(doc))
    if metas.get("og:url"):
        md.canonical.extend(metas["og:url"])
    # a page's own dates come first; dozens are other articles' (or junk): not all parsed
    md.published = _latest_day_first(md.published[:MAX_CANDIDATES], md.dating())
    md.dated, md.modified = md.dated[:MAX_CANDIDATES], md.modified[:MAX_CANDIDATES]
    md.authors = md.authors[:MAX_AUTHORS]
    titles = _TITLE(doc)
    md.html_title = titles[0] if titles else None
    if md.html_title:
        md.titles = [_untruncated(t, md.html_title) for t in md.titles]
    return md


#: The first picture of a microdata article (``itemprop="image"``), the article's own: not
#: its author's (a Person's item inside it).
_MICRODATA_IMAGE = etree.XPath(
    "(//*[@itemscope][contains(@itemtype, 'Article') or contains(@itemtype, 'BlogPosting')]"
    "//*[@itemprop='image'][ancestor::*[@itemscope][1]"
    "[contains(@itemtype, 'Article') or contains(@itemtype, 'BlogPosting')]])[1]"
)


def microdata_image(doc: html.HtmlElement) -> list[str]:
    """The picture a microdata article names: an ``<img itemprop="image">``, or an
    ImageObject's ``url`` (a ``<meta>``'s content, a link's address).

    >>> microdata_image(html.fromstring('<div itemscope itemtype="https://schema.org/NewsArticle">'
    ...     '<img itemprop="image" src="/a.jpg"></div>'))
    ['/a.jpg']
    >>> microdata_image(html.fromstring('<div itemscope itemtype="https://schema.org/Article">'
    ...     '<span itemprop="image" itemscope><meta itemprop="url" content="/b.jpg"></span></div>'))
    ['/b.jpg']
    >>> microdata_image(html.fromstring('<div itemscope itemtype="https://schema.org/Article">'
    ...     '<p itemprop="author" itemscope itemtype="https://schema.org/Person">'
    ...     '<img itemprop="image" src="/avatar.jpg"></p></div>'))
    []
    """
    found = _MICRODATA_IMAGE(doc)
    if not found:
        return []
    el = found[0]
    if el.tag != "img" and not (el.get("content") or el.get("href")):
        el = next((e for e in el.iter() if e.get("itemprop") == "url"), el)
    value = el.get("src") if el.tag == "img" else el.get("content") or el.get("href")
    return [value] if value else []


def feed_site_names(doc: html.HtmlElement) -> list[str]:
    """The site's name as the first of its feeds linked in ``<head>`` names it ("Valley
    Notes » Feed", "Valley Notes - Atom"): where no ``og:site_name`` tells it, what a blog's
    ``<title>`` appends to its posts' titles.

    >>> feed_site_names(html.fromstring(
    ...     '<html><head><link rel="alternate" type="application/rss+xml"'
    ...     ' title="Valley Notes &raquo; Feed" href="/feed/"></head></html>'))
    ['Valley Notes']
    """
    for title in _FEED_TITLES(doc):
        name = _FEED_NAME.match(" ".join(title.split()))
        if name and not _COMMENTS_FEED.search(title) and len(name.group("name")) <= 100:
            return [name.group("name")]
    return []


def _address(value: Any) -> str | None:
    """A URL without scheme, ``www.``, query, fragment and trailing slash, for comparing.

    >>> _address("https://www.x.example/a/b/?utm=1#article"), _address(None)
    ('x.example/a/b', None)
    """
    if not isinstance(value, str) or "//" not in value:
        return None
    rest = value.split("//", 1)[1].split("#", 1)[0].split("?", 1)[0].rstrip("/").lower()
    return rest.removeprefix("www.")


def _node_address(node: dict[str, Any]) -> str | None:
    """The address a JSON-LD article names as its own (``url``, ``mainEntityOfPage``, a
    Yoast ``@id`` such as ``https://x.example/a/#article``)."""
    page = node.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    return _address(node.get("url")) or _address(page) or _address(node.get("@id"))


def _this_pages(articles: list[dict[str, Any]], addresses: list[str]) -> list[dict[str, Any]]:
    """The page's own JSON-LD articles when it lists others too (teasers of other stories,
    each marked up as a NewsArticle with its address): those whose address is another
    than the page's (its canonical or ``og:url``) are left out, when one names it.

    >>> mine, other = {"url": "https://x.example/a"}, {"url": "https://x.example/b"}
    >>> _this_pages([other, mine], ["https://x.example/a/"]) == [mine]
    True
    >>> _this_pages([other, mine], []) == [other, mine]
    True
    """
    own = {a for a in map(_address, addresses) if a}
    if not own or not any(_node_address(a) in own for a in articles):
        return articles
    return [a for a in articles if _node_address(a) in own or _node_address(a) is None]


def _latest_day_first(values: list[str], dating: dict[str, Any] | None = None) -> list[str]:
    """Publication dates with those of the latest day first (else in their order).

    A page whose structured data gives two publication days was republished: the
    latest is the date it now carries (``datePublished`` of the update, a later
    ``article:published_time``). More than two days are the dates of other articles
    (a list of related or latest stories marked up as articles, newer than this one):
    the page's own comes first, so the order is kept. ``dating``: ``parse_date``'s options
    for the page (``Metadata.dating``).

    >>> _latest_day_first(["2021-12-06 14:36", "2022-12-15T09:13:00", "2022-12-15"])
    ['2022-12-15T09:13:00', '2022-12-15', '2021-12-06 14:36']
    >>> _latest_day_first(["2025-07-01T09:00:00+05:30", "2025-07-01"])
    ['2025-07-01T09:00:00+05:30', '2025-07-01']
    >>> _latest_day_first(["2023-10-02", "2023-10-30", "2023-10-25", "2023-10-02"])
    ['2023-10-02', '2023-10-30', '2023-10-25', '2023-10-02']
    """
    if len(values) < 2:
        return values
    from newscrawl.cleaning import parse_date

    days = [(parse_date(v, **(dating or {})) or "")[:10] for v in values]
    latest = max(days)
    if not latest or len({d for d in days if d}) != 2:
        return values
    return [v for v, d in zip(values, days, strict=True) if d == latest] + [
        v for v, d in zip(values, days, strict=True) if d != latest
    ]


def _untruncated(title: str, html_title: str) -> str:
    """``html_title`` when ``title`` is it cut at a double quote (an unescaped ``"`` in a
    ``content`` attribute ends the value early), else ``title``.

    >>> _untruncated('Senator calls Biden ', 'Senator calls Biden "unfit"')
    'Senator calls Biden "unfit"'
    >>> _untruncated('Senator calls Biden', 'Senator calls Biden unfit | Site')
    'Senator calls Biden'
    """
    full = " ".join(html_title.split())
    cut = " ".join(title.split())
    if cut and full.startswith(cut) and full[len(cut) :].lstrip().startswith('"'):
        return full
    return title


# --------------------------------------------------------------------------------------------
# JSON-LD


#: The longest broken JSON-LD block worth repairing (json_repair is pure Python: an
#: unterminated string of 190,000 characters costs it 0.7 s; 50,000, about 0.2 s).
_MAX_REPAIR = 50_000


#: What old templates wrap a script's JSON in (after a byte-order mark): an HTML comment, a CDATA
#: section (bare or commented out for old browsers), a JavaScript comment line before it.
_JSONLD_WRAPPING = re.compile(
    r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$"
    r"|^\s*<!--[^{\n]*-->\s*$|^\s*<!--|-->\s*$|^\s*//[^\n]*$",
    re.MULTILINE,
)


def load_jsonld(text: str) -> Any:
    """A JSON-LD block's data, or None when it holds none.

    CMS plugins print broken JSON-LD: quotes left unescaped in a headline, raw line
    breaks, a trailing comma, an ``<img>`` tag pasted into a URL, unquoted values. A block
    the JSON parser refuses is mended by ``json_repair`` (only those blocks: it is slower).

    >>> load_jsonld('{"@type": "NewsArticle", "headline": "A "quoted" word",}')["headline"]
    'A "quoted" word'
    >>> load_jsonld("Musik und Sport") is None
    True
    >>> load_jsonld('<!--\\n{"headline": "A"}\\n-->'), load_jsonld('//<![CDATA[\\n{"a": 1}\\n//]]>')
    ({'headline': 'A'}, {'a': 1})
    >>> load_jsonld('\\ufeff// schema\\n{"a": 1}')
    {'a': 1}
    """
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    text = _JSONLD_WRAPPING.sub("", text.lstrip("\ufeff \t\r\n")).strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    if not text.startswith(("{", "[")) or len(text) > _MAX_REPAIR:
        return None
    from json_repair import repair_json  # imported lazily: few pages need it

    try:
        data = repair_json(text, return_objects=True)
    except (ValueError, RecursionError, TypeError, IndexError):
        return None
    return data if isinstance(data, (dict, list)) and data else None


def _jsonld_articles(doc: html.HtmlElement, md: Metadata) -> Iterator[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for text in _JSONLD(doc):
        data = load_jsonld(text)
        if data is None:
            logger.debug("unparseable JSON-LD block skipped")
            continue
        if _deeper_than(data, _JSONLD_DEPTH):
            logger.debug("JSON-LD block nested deeper than %d levels skipped", _JSONLD_DEPTH)
            continue
        nodes.extend(_walk(data))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        types = _types(node)
        md.types.update(types)
        if types & CONTENT_TYPES and not md.content_authors:
            md.content_authors = _strings(node.get("author")) or _strings(node.get("creator"))
        if "BreadcrumbList" in types and not md.crumbs:
            md.crumbs = _jsonld_crumbs(node)
        if "Person" in types and isinstance(node.get("name"), str):
            md.persons.append(node["name"])
            full = _person_names(node)
            if full and full[0] != node["name"]:
                md.full_names[node["name"].strip()] = full[0]
        main = _resolve(node.get("mainEntity"), by_id)
        main = main if isinstance(main, dict) and _types(main) & ARTICLE_TYPES else None
        if types & ARTICLE_TYPES:
            md.is_article = True
            # an article whose main entity is the article itself, typed more closely (an
            # Article around its NewsArticle): the inner node's fields, the outer's beside
            yield {**_resolve(node, by_id), **main} if main else _resolve(node, by_id)
        elif types & {"WebPage", "ItemPage"} and main:
            md.is_article = True
            yield main


def _jsonld_crumbs(node: dict[str, Any]) -> list[tuple[str, str | None]]:
    """A JSON-LD ``BreadcrumbList``'s crumbs in their ``position`` order.

    >>> _jsonld_crumbs({"itemListElement": [
    ...     {"position": 2, "name": "Politik", "item": "https://x.example/politik/"},
    ...     {"position": 1, "item": {"@id": "https://x.example/", "name": "Home"}}]})
    [('Home', 'https://x.example/'), ('Politik', 'https://x.example/politik/')]
    """
    items = node.get("itemListElement")
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        return []
    crumbs: list[tuple[float, int, str, str | None]] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        target = item.get("item")
        name = item.get("name")
        url = target if isinstance(target, str) else None
        if isinstance(target, dict):
            name = name or target.get("name")
            url = target.get("@id") or target.get("url")
        if not isinstance(name, str) or not name.strip():
            continue
        position = item.get("position")
        try:
            order = float(position) if position is not None else float(index + 1)
        except (TypeError, ValueError):
            order = float(index + 1)
        crumbs.append((order, index, name, url if isinstance(url, str) else None))
    return [(name, url) for _, _, name, url in sorted(crumbs)]


_MICRODATA_CRUMBS = etree.XPath(
    # (over itemtype attributes: a test of every element's took half as long again)
    "(//@itemtype[contains(., 'schema.org/BreadcrumbList')])[1]"
    "/..//*[contains(@itemtype, 'schema.org/ListItem')]"
)
_CRUMB_NAME = etree.XPath(".//*[@itemprop='name']")
_CRUMB_URL = etree.XPath(
    ".//*[@itemprop='item']/@href | .//*[@itemprop='item']/@itemid"
    " | .//*[@itemprop='item']/@content | self::*[@itemid]/@itemid"
)


def microdata_crumbs(doc: html.HtmlElement) -> list[tuple[str, str | None]]:
    """A microdata ``BreadcrumbList``'s crumbs in page order (the first list's).

    >>> doc = html.fromstring(
    ...     '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop='
    ...     '"itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop='
    ...     '"item" href="/sport/"><span itemprop="name">Sport</span></a></li></ol>')
    >>> microdata_crumbs(doc)
    [('Sport', '/sport/')]
    """
    crumbs: list[tuple[str, str | None]] = []
    for item in _MICRODATA_CRUMBS(doc):
        names = _CRUMB_NAME(item)
        if not names:
            continue
        name = names[0].get("content") or names[0].text_content()
        urls = _CRUMB_URL(item)
        if name.strip():
            crumbs.append((name, str(urls[0]) if urls else None))
    return crumbs


#: What names an element a breadcrumb trail (``breadcrumb``, ``breadcrumbs``,
#: ``yoast-breadcrumb``, ``BreadCrumb``, ``aria-label="Breadcrumb"``), in its class or id.
_CRUMB_WORDS = ("readcrumb", "readCrumb")


def _crumb_trail(doc: html.HtmlElement) -> html.HtmlElement | None:
    """The first element named for a breadcrumb trail (a walk that stops at it: trails
    sit near the top; an XPath over every element's attributes took 1.6 ms a page)."""
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        for name in ("class", "id"):
            value = el.get(name)
            if value and any(w in value for w in _CRUMB_WORDS):
                return el
        label = el.get("aria-label")
        if label and label.strip().lower() in ("breadcrumb", "breadcrumbs"):
            return el
    return None


def html_crumbs(doc: html.HtmlElement, page: Any = None) -> list[tuple[str, str | None]]:
    """The linked crumbs of a breadcrumb trail the page prints without microdata, in
    page order (the page's own crumb, unlinked, is left out: ``crumb_section`` would
    skip it). Only the trail's own links count, in its first list when it has one: not
    a crumb's flyout menu, nor the siblings' list beside it; and a trail must start at
    the home page (a pager named "breadcrumb" links the next product). ``page``: the
    page's ``PageAttributes``, to skip a page whose attributes name no trail.

    >>> html_crumbs(html.fromstring('<div class="breadcrumbs"><a href="/">Home</a> » '
    ...                             '<a href="/assam/">Assam</a> » Floods</div>'))
    [('Home', '/'), ('Assam', '/assam/')]
    >>> html_crumbs(html.fromstring('<div class="breadcrumb"><a href="/p/1">Previous</a>'
    ...                             ' | <a href="/p/3">Next</a></div>'))
    []
    """
    names = ("class", "id", "aria-label")
    if page is not None and not any(page.has(n, w) for n in names for w in _CRUMB_WORDS):
        return []  # (the page's attribute values, fetched once, name no trail)
    trail = _crumb_trail(doc)
    if trail is None:
        return []
    lists = [trail] if trail.tag in ("ol", "ul") else _FIRST_LIST(trail)
    root = lists[0] if lists else trail
    crumbs = []
    for a in root.iter("a"):
        href = a.get("href")
        if href and not _nested_in(a, root):
            crumbs.append((a.text_content(), href))
    return crumbs if crumbs and _home(*crumbs[0]) else []


_FIRST_LIST = etree.XPath("(.//ol | .//ul)[1]")
_NESTED = frozenset({"ul", "ol", "nav", "select", "menu"})
#: A crumb naming the home page: a trail's start, no section.
HOME_CRUMB = re.compile(
    r"^\W*(?:home(?:\s*page)?|start(?:seite)?|accueil|inicio|início|portada|willkommen|"
    r"главная|strona główna|होम|मुख्य पृष्ठ|首页)\W*$",
    re.IGNORECASE,
)
#: ... or its address ("/", "/de/", "/index.html").
_HOME_PATH = re.compile(r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index\.\w{3,5})?$", re.IGNORECASE)


def _nested_in(el: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Whether ``el`` sits in a list or menu inside ``root`` (a crumb's flyout menu)."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag in _NESTED:
            return True
    return False


def _home(name: str, href: str | None) -> bool:
    path = urlsplit(href or "").path if href else ""
    return bool(HOME_CRUMB.match(" ".join(name.split())) or (href and _HOME_PATH.match(path)))


#: Structured data nests a few levels (an article, its author, the author's image): a
#: block nested deeper is no metadata, and would exhaust the recursive readers below.
_JSONLD_DEPTH = 40


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether ``data`` nests lists and objects more than ``limit`` levels (iteratively).

    >>> _deeper_than({"a": [{"b": 1}]}, 3), _deeper_than([[[[1]]]], 3)
    (False, True)
    """
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return False


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _walk(graph)


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    if isinstance(value, str):
        return {value.rsplit("/", 1)[-1]}
    if isinstance(value, list):
        return {v.rsplit("/", 1)[-1] for v in value if isinstance(v, str)}
    return set()


def _resolve(node: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Replace ``{"@id": ...}`` references (Yoast's ``@graph``) by the nodes they name."""
    if isinstance(node, dict) and isinstance(node.get("@id"), str) and node["@id"] in by_id:
        if set(node) <= {"@id"}:
            return by_id[node["@id"]]
        if set(node) <= {"@id", "@type", "name"}:
            return {**by_id[node["@id"]], **node}  # a reference that repeats the name
    if isinstance(node, dict):
        return {k: (_resolve(v, by_id) if k in _REF_KEYS else v) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(item, by_id) for item in node]  # several authors, each a reference
    return node


_REF_KEYS = frozenset({"author", "publisher", "image", "isPartOf", "mainEntityOfPage", "creator"})


def _strings(value: Any, key: str = "name") -> list[str]:
    """Strings in a JSON-LD value that may be a string, a node or a list of either."""
    if value is None:
        return []
    if isinstance(value, str):
        return [_decoded(value)]
    if isinstance(value, int | float):
        return [str(value)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    if isinstance(value, dict):
        inner = value.get(key)
        if inner is None and key == "url":
            inner = value.get("contentUrl")  # an ImageObject giving only its file's address
        if inner is None and key == "name":
            inner = value.get("url") if value.get("@type") == "ImageObject" else _parts(value)
        return _strings(inner, key) if inner is not None else []
    return []


def _decoded(value: str) -> str:
    """A JSON-LD string with the HTML entities a CMS left in it decoded ("Arts &amp;
    Culture"), before any split on its commas or semicolons.

    >>> _decoded("Arts &amp; Culture"), _decoded("Women&#039;s Health")
    ('Arts & Culture', "Women's Health")
    """
    return replace_entities(value) if "&" in value else value


def _parts(person: dict[str, Any]) -> str | None:
    """A Person's name given in parts only (``givenName``, ``familyName``).

    >>> _parts({"@type": "Person", "givenName": "Ann", "familyName": "Lee"})
    'Ann Lee'
    """
    parts = [person.get(k) for k in ("givenName", "additionalName", "familyName")]
    name = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    return name or None


def _person_names(value: Any) -> list[str]:
    """Author names in a JSON-LD value; a one-word name (``Nils``) completed by the
    surname its Person node's own description opens with ("Nils Pickert ist Autor ...").

    >>> _person_names([{"name": "Nils", "description": "Nils Pickert ist Autor."}, "Ann"])
    ['Nils Pickert', 'Ann']
    >>> _person_names({"name": "Nils", "description": "Nils ist Autor und Vater."})
    ['Nils']
    """
    if isinstance(value, list):
        return [n for v in value for n in _person_names(v)]
    names = _strings(value)
    desc = value.get("description") if isinstance(value, dict) else None
    if len(names) != 1 or len(names[0].split()) != 1 or not isinstance(desc, str):
        return names
    words = desc.split()[:3]
    if not words or words[0] != names[0]:
        return names
    full = [words[0]]
    for word in words[1:]:
        if not (word[:1].isupper() and word.isalpha()):
            word = word.rstrip(",.:;")
            if word[:1].isupper() and word.isalpha():
                full.append(word)
            break
        full.append(word)
    return [" ".join(full)]


_ORGANISATION_TYPES = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization", "NGO"}
)


def _authors_by_kind(value: Any) -> tuple[list[str], list[str]]:
    """A JSON-LD author value's names: of people (or untyped), and of organisations.

    >>> _authors_by_kind([{"@type": "Person", "name": "Ann Lee"},
    ...                   {"@type": "Organization", "name": "NCA NewsWire"}, "Jo Roy"])
    (['Ann Lee', 'Jo Roy'], ['NCA NewsWire'])
    """
    people: list[str] = []
    orgs: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and _types(item) & _ORGANISATION_TYPES:
            orgs.extend(_strings(item))
        elif isinstance(item, dict) and "Person" in _types(item):
            people.extend(map(_capitalised, _strings(item)))
        else:
            people.extend(_strings(item))
    return people, orgs


#: A name of two to four words in lower-case letters alone, apart ("ann lee"; an account's
#: slug, "sarah-indra", is a handle).
_LOWER_CASE_NAME = re.compile(
    r"^[^\W\d_A-Z-]+(?:-[^\W\d_A-Z-]+)?(?: [^\W\d_A-Z-]+(?:-[^\W\d_A-Z-]+)?){1,3}$"
)


def _capitalised(name: str) -> str:
    """A Person node's name typed in lower case, as a name is printed: the node says it is
    a person's, where a byline's words in lower case may be a sentence's.

    >>> _capitalised("ann lee"), _capitalised("Ann Lee"), _capitalised("sarah-indra")
    ('Ann Lee', 'Ann Lee', 'sarah-indra')
    """
    name = name.strip()
    if not (name.islower() and _LOWER_CASE_NAME.match(name)):
        return name
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in name.split())


def _from_jsonld(node: dict[str, Any], md: Metadata) -> None:
    md.titles.extend(_strings(node.get("headline")) + _strings(node.get("name")))
    md.descriptions.extend(_strings(node.get("description")))
    people, orgs = _authors_by_kind(node.get("author"))
    if not (people or orgs):
        people, orgs = _authors_by_kind(node.get("creator"))
    md.authors.extend(people)
    md.org_authors.extend(orgs)
    # (the day it was created only when it gives no publication: an import's or a
    # migration's dateCreated may come after its datePublished)
    md.published.extend(_strings(node.get("datePublished")) or _strings(node.get("dateCreated")))
    md.modified.extend(_strings(node.get("dateModified")))
    md.sections.extend(_strings(node.get("articleSection")))
    keywords = node.get("keywords")
    if isinstance(keywords, str):
        md.tags.extend(_decoded(keywords).split(","))
    else:
        md.tags.extend(_strings(keywords))
    md.languages.extend(_strings(node.get("inLanguage")))
    md.images.extend(_strings(node.get("image"), "url") + _strings(node.get("thumbnailUrl")))
    md.site_names.extend(_strings(node.get("publisher")))
    md.rights_holders.extend(_strings(node.get("copyrightHolder")))
    if md.article_body is None and isinstance(node.get("articleBody"), str):
        md.article_body = node["articleBody"]


# --------------------------------------------------------------------------------------------
# <meta>


#: Microdata items whose properties describe a picture, a video or a reader's comment,
#: not the article: their ``author`` is a photographer or a commenter, their
#: ``datePublished`` the day the clip, the picture or the comment was.
OTHER_ITEM_TYPES = (
    "ImageObject", "VideoObject", "MediaObject", "AudioObject", "Photograph", "Comment"
)  # fmt: skip
#: (A review's author is a reader's or a critic's; its date may be the article's own: a
#: critic's review is one.)
_OTHER_ITEM = re.compile(rf"schema\.org/(?:{'|'.join(OTHER_ITEM_TYPES)}|Review)")
_OTHER_DATED_ITEM = re.compile(rf"schema\.org/(?:{'|'.join(OTHER_ITEM_TYPES)})")
#: The same as an XPath condition, on an element whose nearest item is one of those.
IN_OTHER_ITEM = (
    "ancestor::*[@itemscope][1]["
    + " or ".join(f"contains(@itemtype, 'schema.org/{t}')" for t in OTHER_ITEM_TYPES)
    + "]"
)
_ITEM_TYPE = etree.XPath("ancestor::*[@itemscope][1]/@itemtype")
_ITEM_DATES = frozenset({"datepublished", "datemodified", "datecreated"})
#: Whether a property's item holds the page's headline (the article's item, not a teaser's).
_HEADLINE_ITEM = etree.XPath("boolean(ancestor::*[@itemscope][1]//h1)")


def _teaser_item(el: html.HtmlElement) -> bool:
    """Whether ``el`` is a property of an article's microdata item that does not hold the
    page's headline: a teaser of another story, marked up as an article."""
    types = {t.rsplit("/", 1)[-1] for v in _ITEM_TYPE(el) for t in v.split()}
    return bool(types & ARTICLE_TYPES) and not _HEADLINE_ITEM(el)


#: Date metas read from a ``value`` attribute when they have no ``content``.
_VALUE_DATES = frozenset((*META_PUBLISHED, *META_MODIFIED))


def _meta_map(doc: html.HtmlElement) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased name. The dates of teasers' items (``_teaser_item``,
    listed before the story) are read only when no other gives that date."""
    metas: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}  # item dates of items without the headline
    for el in _META(doc):
        get = el.get
        name = get("property") or get("name") or get("itemprop") or get("http-equiv") or ""
        key = name.strip().lower()
        content = get("content")
        if not content and key in _VALUE_DATES:
            # a date in the value attribute (National Geographic's ``<meta value="2016-12-15T
            # 11:39:00-0500" name="article:published_time">``); not an author's (a Blogger
            # template's ``<meta name="author" value="...">`` names its designer)
            content = get("value")
        if not content:
            continue
        if name == get("itemprop") and (
            (name in ("author", "creator") and any(map(_OTHER_ITEM.search, _ITEM_TYPE(el))))
            or (key in _ITEM_DATES and any(map(_OTHER_DATED_ITEM.search, _ITEM_TYPE(el))))
        ):
            continue  # <meta itemprop="author"> of a picture inside the article, a clip's date
        if key in _ITEM_DATES and name == get("itemprop") and _teaser_item(el):
            others.setdefault(key, []).append(content)
            continue
        metas.setdefault(key, []).append(content)
    for key, values in others.items():
        metas.setdefault(key, values)
    return metas


def _first(metas: dict[str, list[str]], names: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.extend(metas.get(name, ()))
    return out


#: Library-catalogue fields, which write a name surname first ("Gillman, Steve").
_CATALOGUE_AUTHOR = frozenset(
    {"dc.creator", "dc.creator.name", "dcterms.creator", "dc:creator", "citation_author"}
)
_SURNAME_FIRST = re.compile(
    r"^(?P<surname>[^\W\d_][\w'’-]+),\s*(?P<given>[^\W\d_][\w'’-]+(?:\s+[^\W\d_]\.)?)$"
)


def _given_name_first(value: str) -> str:
    """A catalogue's "Surname, Given" as the name is printed ("Steve Gillman").

    >>> _given_name_first("Gillman, Steve"), _given_name_first("Lee, Ann M.")
    ('Steve Gillman', 'Ann M. Lee')
    >>> _given_name_first("Rina Roy, Guwahati"), _given_name_first("Ann Lee")
    ('Rina Roy, Guwahati', 'Ann Lee')
    """
    m = _SURNAME_FIRST.match(value.strip())
    return f"{m.group('given')} {m.group('surname')}" if m else value


#: A web address in a ``<meta name="author">``'s value ("Ann Lee - http://annlee.example").
_ADDRESS_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s/,;|)]+", re.IGNORECASE)


def _maker_credit(value: str, url: str | None) -> bool:
    """Whether an author meta's value names who made another site, with its address: a
    theme's author, written into every page the theme prints ("Frank Lee - http://lee.example"
    on a recipe blog). A name with the page's own site's address is the page's author.

    >>> _maker_credit("Frank Lee - http://lee.example", "https://recipes.example/a.htm")
    True
    >>> _maker_credit("Ann Lee - https://www.annlee.example", "https://annlee.example/post/")
    False
    >>> _maker_credit("Ann Lee", "https://recipes.example/a.htm")
    False
    """
    if not url:
        return False
    own = site_domain(url)
    for m in _ADDRESS_IN_TEXT.finditer(value):
        address = m.group(0)
        address = address if "://" in address else f"http://{address}"
        if site_domain(address) != own:
            return True
    return False


def _from_meta(metas: dict[str, list[str]], md: Metadata, url: str | None = None) -> None:
    if any(v.strip().lower() == "article" for v in metas.get("og:type", ())):
        md.is_article = True
    md.titles.extend(_first(metas, META_TITLE))
    md.descriptions.extend(_first(metas, META_DESCRIPTION))
    md.authors.extend(
        _given_name_first(v) if name in _CATALOGUE_AUTHOR else v
        for name in META_AUTHOR
        for v in metas.get(name, ())
        if not _maker_credit(v, url)
    )
    md.card_authors.extend(_twitter_card_authors(metas))
    md.published.extend(_first(metas, META_PUBLISHED))
    md.dated.extend(_first(metas, META_DATE))
    md.modified.extend(_first(metas, META_MODIFIED))
    md.sections.extend(_first(metas, META_SECTION))
    for name in META_TAGS:
        for value in metas.get(name, ()):
            md.tags.extend(value.split(","))
    _from_parsely_page(metas, md)
    md.images.extend(_first(metas, META_IMAGE))
    md.site_names.extend(v for v in _first(metas, META_SITE_NAME) if not v.startswith("@"))
    md.languages.extend(_first(metas, META_LOCALE))
    md.rights_holders.extend(filter(None, map(_rights_holder, _first(metas, META_RIGHTS))))


def _from_parsely_page(metas: dict[str, list[str]], md: Metadata) -> None:
    """The fields of Parse.ly's older tag, one ``<meta name="parsely-page">`` holding JSON
    (``{"title": ..., "pub_date": ..., "section": ..., "author": ..., "authors": [...],
    "tags": [...]}``), which its newer tags spread over ``parsely-author`` and the like:
    each field only when neither JSON-LD nor another ``<meta>`` gave it.

    >>> md = Metadata()
    >>> _from_parsely_page({"parsely-page": ['{"authors": ["Ann Lee", "Bo Wen"], '
    ...     '"pub_date": "2024-03-12T10:00:00Z", "section": "Politics", "tags": ["budget"]}']}, md)
    >>> md.authors, md.published, md.sections, md.tags
    (['Ann Lee', 'Bo Wen'], ['2024-03-12T10:00:00Z'], ['Politics'], ['budget'])
    >>> md = Metadata(); _from_parsely_page({"parsely-page": ["not json"]}, md); md.authors
    []
    """
    values = metas.get("parsely-page")
    data = load_jsonld(values[0]) if values else None
    if not isinstance(data, dict):
        return
    for found, keys in (
        (md.authors, ("authors", "author")),
        (md.published, ("pub_date",)),
        (md.sections, ("section",)),
        (md.tags, ("tags",)),
        (md.images, ("image_url",)),
    ):
        if found:
            continue
        for key in keys:
            value = data.get(key)
            items = value if isinstance(value, list) else [value]
            found.extend(v for v in items if isinstance(v, str) and v.strip())
            if found:
                break


#: The label of a Twitter card's data field that names the writer, as Yoast SEO prints it
#: in WordPress's languages ("Written by", "Verfasst von", "Escrito por", ...).
_TWITTER_WRITER_LABEL = re.compile(
    r"^(?:written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|"
    r"geschreven door|napisane przez|skrivet av|skriven av|skrevet af|skrevet av|"
    r"ditulis oleh|yazan|kirjoittanut|napsal(?:\(a\))?|написано|автор|"
    r"a szerző|scris de|author)\s*:?$",
    re.IGNORECASE,
)


def _twitter_card_authors(metas: dict[str, list[str]]) -> list[str]:
    """The writer a Twitter card's labelled data field names (``twitter:label1`` "Written
    by", ``twitter:data1`` "Ann Lee"), not its other fields ("Est. reading time").

    >>> _twitter_card_authors({"twitter:label1": ["Written by"], "twitter:data1": ["Ann Lee"]})
    ['Ann Lee']
    >>> _twitter_card_authors({"twitter:label1": ["Est. reading time"], "twitter:data1": ["3"]})
    []
    """
    return [
        value
        for n in ("1", "2")
        if any(_TWITTER_WRITER_LABEL.match(v.strip()) for v in metas.get(f"twitter:label{n}", ()))
        for value in metas.get(f"twitter:data{n}", ())[:1]
    ]


#: The copyright notice's words around its holder's name.
_RIGHTS_WORDS = re.compile(
    r"©|\(c\)|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b"
    r"|\b(?:19|20)\d\d\b|[-–,.;:|]",
    re.IGNORECASE,
)


def _rights_holder(notice: str) -> str:
    """The holder a copyright notice names (``Copyright (c) Condé Nast 2023``).

    >>> _rights_holder("Copyright (c) Condé Nast 2023"), _rights_holder("© 2019-2023 Herald.")
    ('Condé Nast', 'Herald')
    """
    return " ".join(_RIGHTS_WORDS.sub(" ", notice).split())


def _without_rights_holders(md: Metadata) -> None:
    """Drop from the authors the page's copyright holder (a ``<meta name="author">``
    giving the publisher beside the JSON-LD's person), when a name of someone else is left:
    a blog's own author may well hold its copyright."""
    holders = {word_key(h) for h in md.rights_holders} - {""}
    others = [a for a in md.authors if word_key(a) not in holders]
    if holders and others:
        md.authors = others


# --------------------------------------------------------------------------------------------
# Bylines in the markup (the last resort for authors)

#: An XPath test of an element's class naming a reader comment ("comment-body", "post
#: comment", "sf_comment"; the plural in other languages: "comentarios_lectores",
#: "commentaires", "commenti", "kommentare", "komentarze"): bylines and dates in it are
#: commenters'. Shared by the byline, date and theme rules.
COMMENT_CLASS_START = "comment"
#: (and what else of such a class ``COMMENT_CLASS`` looks for)
COMMENT_CLASS_PARTS = (
    " comment", "_comment", "omentarios", "ommentaires", "ommenti", "ommentare", "omentarze",
    # a component's camel-cased name ("componentsComments__author", "ArticleComment")
    "Comment",
)  # fmt: skip
COMMENT_CLASS = f"starts-with(@class, '{COMMENT_CLASS_START}') or " + " or ".join(
    f"contains(@class, '{part}')" for part in COMMENT_CLASS_PARTS
)
#: Words of a class or an id naming the readers' comments in more languages and markups
#: ("reacties", "yorumlar", "komentar", "kommentarer", "kommentit", "hozzaszolasok",
#: "comentarii", "binh-luan", React's "Comments__List", Disqus's thread, "responses"). Only
#: for a block without the headline (an opinion piece's container may be "kommentar").
COMMENT_WORDS = (
    "Comment", "omment", "reacties", "yorumlar", "komentar", "hozzaszolas", "comentarii",
    "binh-luan", "disqus", "responses",
)  # fmt: skip
#: An XPath test of an element's class or id holding one of ``COMMENT_WORDS``.
COMMENT_BLOCK = " or ".join(
    f"contains(@{attr}, '{word}')" for attr in ("class", "id") for word in COMMENT_WORDS
)
#: A form of the page (search, log-in, comment, newsletter), not the one an ASP.NET page
#: wraps its whole body in (``<form id="aspnetForm">``, holding the story's text).
FORM_WIDGET = "form[string-length(.) < 3000]"
#: A related block, by its class: an ``<aside>``, or another element without a headline
#: (the story's container may mention related stories in its class too: ``<div
#: class="with_related_categories">`` holds the headline).
RELATED_CLASS = "(contains(@class, 'related') and (self::aside or not(.//h1)))"
#: The site's footer: a ``<footer>`` outside the article, not one the class calls the
#: article's own (``<footer class="article-footer">`` after the story: its byline, its date).
SITE_FOOTER = (
    "footer[not(ancestor::article) and not(contains(@class, 'article')"
    " or contains(@class, 'entry') or contains(@class, 'post-footer')"
    " or contains(@class, 'story'))]"
)
#: Where a name is not the article's author, whatever the element's class says (an XPath
#: condition, relative to the element): a picture's credit, a quotation's source, a link
#: to a section's or a tag's page ("filed under: shopping"), the place a byline's block
#: prints beside the name (``<span class="author-location">``). Shared by the markup byline
#: rules and the themes' generic author rules.
NOT_A_BYLINE = (
    "ancestor::figure or ancestor::figcaption or ancestor::blockquote"
    # the place a byline's block prints beside the name ("author-location")
    " or contains(@class, 'location')"
    # a reader's comment marked up as schema.org's (its writer is a Person too)
    " or ancestor::*[@itemprop='comment' or contains(@itemtype, 'schema.org/Comment')]"
    " or self::a[contains(@href, '/section/') or contains(@href, '/category/')"
    " or contains(@href, '/tag/') or contains(@href, '/tags/') or contains(@href, '/topic/')]"
)
#: A byline rule finding more names than this found a list (every teaser's byline, a
#: team page), not the article's byline.
MAX_BYLINE_NAMES = 3
#: Where bylines are printed outside structured data, best first (after trafilatura's
#: author rules). Only consulted when structured data and the theme's rules name nobody.
_NOT_BYLINE_AREA = (
    f"[not(ancestor::aside[not(ancestor::article)] or ancestor::nav or ancestor::{FORM_WIDGET}"
    f" or ancestor::{SITE_FOOTER}"
    f" or {NOT_A_BYLINE}"
    f" or ancestor-or-self::*[not(self::body)][{COMMENT_CLASS}"
    f" or contains(@id, 'comment') or {RELATED_CLASS}"
    " or starts-with(@class, 'sidebar') or contains(@class, ' sidebar')"
    " or starts-with(@class, 'widget') or contains(@class, ' widget')"
    " or contains(@class, 'teaser') or contains(@class, 'listing')"
    " or contains(@class, 'author-box')"
    " or contains(@class, 'author-bio') or contains(@class, 'share')"
    " or contains(@class, 'quote')]"
    # a reader's account or log-in menu ("You're logged in as ... Edit Profile | Logout"),
    # not a container of the story (that holds its headline)
    " or ancestor-or-self::*[contains(@class, 'ccount') or contains(@id, 'ccount')"
    " or contains(@class, 'login') or contains(@id, 'login') or contains(@class, 'Login')"
    " or contains(@class, 'user-menu') or contains(@class, 'usermenu')][not(.//h1)])]"
)
#: Paths of writers' pages (``/author/ann-lee``, ``/autoren/Ann-Lee``, ``/reporters/ann-lee``,
#: Polish ``/autorzy/``, Turkish ``/yazar/``, Indonesian ``/penulis/``, WordPress's plain
#: ``?author=3``).
_AUTHOR_PATHS = (
    "/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/staff/", "/journalist",
    "/periodista", "/reporter", "/writer", "/autore/", "/autori/", "/auteurs/", "/columnist",
    "/autorzy/", "/yazar/", "/yazarlar/", "/penulis/", "/redakteur", "/contributor", "?author=",
)  # fmt: skip
#: Paths whose page is a writer's only with a name after them (``/redaktion/ann-lee``, not
#: the newsroom's page; ``/profile/ann-lee``, not the section of profiles in the menu).
_AUTHOR_PATH_PREFIXES = ("/redaktion/", "/by/", "/profile/", "/profil/", "/profiles/")
#: An author page's address, as an XPath test of a link.
AUTHOR_PAGE = " or ".join(f"contains(@href, '{path}')" for path in _AUTHOR_PATHS) + "".join(
    f" or (substring-after(@href, '{path}') != ''"
    # (not a Creative Commons licence: ``creativecommons.org/licenses/by/4.0/``)
    + (" and not(contains(@href, '/licenses/')))" if path == "/by/" else ")")
    for path in _AUTHOR_PATH_PREFIXES
)
_SUSPECT_CLASS = (
    "uthor", "yline", "y_line", "y-line", "autor", "username", "journalist", "writer",
    "signature", "submitted-by", "posted-by",
)  # fmt: skip


def _after(text: str, mark: str) -> bool:
    """XPath's ``substring-after(text, mark) != ''``."""
    _, found, rest = text.partition(mark)
    return bool(found and rest)


#: Any of the words (one regex search is several times faster than ``in`` for each).
_SUSPECT_CLASS_WORD = re.compile("|".join(map(re.escape, _SUSPECT_CLASS)))
_AUTHOR_PATH = re.compile("|".join(map(re.escape, _AUTHOR_PATHS)))
#: What makes an element a byline suspect, by attribute (``byline_suspects``).
_SUSPECT_ATTRIBUTES: dict[str, Callable[[str], bool]] = {
    "class": lambda v: v == "byl" or _SUSPECT_CLASS_WORD.search(v) is not None,
    "id": lambda v: "author" in v or "Author" in v,
    "itemprop": lambda v: "author" in v,
    "itemtype": lambda v: "schema.org/Person" in v,
    "rel": lambda v: v == "author",
    "data-testid": lambda v: "yline" in v or v in ("AuthorCard", "AuthorURL"),
    "data-component": lambda v: "Byline" in v,
    "title": lambda v: _POSTS_BY_TITLE.match(v) is not None,
}


#: ``_AUTHOR_PATH_PREFIXES`` but ``/by/``, with something after them, in one search.
_AUTHOR_PATH_PREFIX = re.compile(
    "(?:" + "|".join(re.escape(p) for p in _AUTHOR_PATH_PREFIXES if p != "/by/") + ").", re.S
)

#: The title WordPress gives the link to a writer's posts (``the_author_posts_link``:
#: "Posts by %s", and its themes' "View all posts by %s"), in the regional press's
#: languages: a writer's link whatever the address of the site's writers' pages.
_POSTS_BY_TITLES = (
    "(?:view all |see all |show all )?posts by|(?:zeige )?alle (?:beiträge|artikel) von|"
    "beiträge von|artikel von|(?:voir tous les )?articles (?:par|de)|"
    "(?:ver todas las )?entradas de|articoli scritti da|berichten van|posts de|artigos de|"
    "wpisy od|inlägg av|indlæg af|innlegg av"
)
_POSTS_BY_TITLE = re.compile(rf"^(?:{_POSTS_BY_TITLES})\s", re.IGNORECASE)


def _author_page(href: str) -> bool:
    """``AUTHOR_PAGE``, in Python.

    >>> _author_page("/profile/ann-lee"), _author_page("/profile/"), _author_page("/by/ann-lee")
    (True, False, True)
    >>> _author_page("https://creativecommons.org/licenses/by/4.0/")
    False
    """
    return (
        _AUTHOR_PATH.search(href) is not None
        or _AUTHOR_PATH_PREFIX.search(href) is not None
        or (_after(href, "/by/") and "/licenses/" not in href)
    )


def _may_hold_suspects(doc: html.HtmlElement, page: Any) -> bool:
    """Whether any value of the page's attributes (``page``: its ``themes.PageAttributes``)
    passes a ``byline_suspects`` test (``_SUSPECT_ATTRIBUTES``, a link's ``_author_page``),
    or it has an ``<address>``: no for certain, yes for maybe (the element may be no link).
    Each distinct value is tested once."""
    for name, check in (*_SUSPECT_ATTRIBUTES.items(), ("href", _author_page)):
        joined = page.joined(name)
        if joined and any(map(check, set(joined.split("\x00")) - {""})):
            return True
    return next(doc.iter("address"), None) is not None


def byline_suspects(doc: html.HtmlElement, page: Any = None) -> list[Any]:
    """Every element any byline rule (``BYLINE_XPATHS``) could take, in document order: the
    rules, best first, then only test these. One walk reading each element's attributes
    (an XPath union over the attribute nodes took 1.7 ms a page against 1.1): a class
    naming an author or byline, an author id or itemprop, a Person, ``rel="author"``, a
    byline test id or component, an ``<address>``, a link to an author's page. With the
    page's attribute values (``page``), a page none of whose values could be a suspect's
    is not walked (half the pages that ask, on the eval corpus)."""
    if page is not None and not _may_hold_suspects(doc, page):
        return []
    found = []
    test = _SUSPECT_ATTRIBUTES.get
    for el in doc.iter():
        tag = el.tag  # (lxml builds the string anew at each reading)
        suspect = tag == "address"
        for name, value in el.items():
            check = test(name)
            if check is not None and check(value):
                suspect = True
                break
        if not suspect and tag == "a":
            href = el.get("href")
            suspect = href is not None and _author_page(href)
        if suspect:
            found.append(el)
    return found


BYLINE_XPATHS = tuple(
    etree.XPath(x + _NOT_BYLINE_AREA, namespaces={"re": "http://exslt.org/regular-expressions"})
    for x in (
        "self::*[contains(@itemtype, 'schema.org/Person')]//meta[@itemprop='name']",
        "self::*[self::a or self::address or self::div or self::p or self::span or self::strong]"
        "[@rel='author' or @id='author' or @class='author' or @itemprop='author name'"
        " or contains(@class, 'author-name') or contains(@class, 'AuthorName')"
        " or contains(@class, 'authorName') or contains(@class, 'author name')"
        " or @data-testid='AuthorCard' or @data-testid='AuthorURL']",
        "self::*[self::a or self::div or self::h3 or self::h4 or self::p or self::span"
        " or self::em][contains(@class, 'author') or contains(@id, 'author')"
        " or contains(@id, 'Author')"
        " or contains(@itemprop, 'author') or @class='byline' or contains(@class, 'submitted-by')"
        " or contains(@class, 'posted-by') or @class='username' or @class='byl']",
        "self::*[contains(@class, 'author') or contains(@class, 'Author')"
        " or contains(@class, 'autor') or contains(@class, 'byline') or contains(@class, 'Byline')"
        " or contains(@class, 'by_line') or contains(@class, 'by-line')"
        " or contains(@data-component, 'Byline') or contains(@data-testid, 'byline')"
        " or contains(@class, 'journalist') or contains(@class, 'writer')"
        " or contains(@class, 'signature')]",
        # (not a postal address: a contact box's, its lines set apart by <br>)
        "self::address[not(contains(@itemtype, 'Address'))]",
        # a link to the author's page, printed without a byline class, or titled as
        # WordPress titles it (not an item of a menu: the site's list of columns or shows)
        f"self::a[{AUTHOR_PAGE} or re:test(@title, '^({_POSTS_BY_TITLES})\\s', 'i')]"
        "[not(ancestor::header[not(ancestor::article)])]"
        "[not(parent::li[count(../li[a]) > 3])]",
    )
)


def byline_candidates(
    doc: html.HtmlElement,
    accept: Callable[[str], bool] | None = None,
    limit: int = MAX_BYLINE_NAMES,
    page: Any = None,
) -> list[str]:
    """Texts of the first byline rule whose texts ``accept`` any, at most ``limit``; raw.
    (``page``: the page's attribute values, for ``byline_suspects``.)

    >>> doc = html.fromstring('<div><span class="byline">By Ann Lee</span></div>')
    >>> byline_candidates(doc)
    ['By Ann Lee']
    """
    suspects = byline_suspects(doc, page)
    if not suspects:
        return []
    block: set[Any] | None = None
    fallback: list[str] = []
    cards: dict[Any, bool] = {}
    for xp in BYLINE_XPATHS:
        # the values of one kind of element (tag and class): a byline, not an author box
        # or a teaser's byline of another kind further down
        kinds: dict[tuple[str, str | None], list[tuple[str, Any]]] = {}
        for el in (hit for suspect in suspects for hit in xp(suspect)):
            if _under_related_heading(el) or _in_teaser_card(el, cards) or _in_sentence(el):
                continue
            text = el.get("content") if el.tag == "meta" else byline_text(el)
            text = " ".join((text or "").split())
            if text and len(text) <= 120:
                kinds.setdefault((el.tag, el.get("class")), []).append((text, el))
        for hits in kinds.values():
            if len({text for text, _ in hits}) > limit:
                # a list of names (teasers' bylines, a team page): not a byline, unless
                # the article's own is among them, alone in the headline's block
                if block is None:
                    block = _headline_block(doc)
                hits = [h for h in hits if _in_block(h[1], block)]
                if not hits or len({text for text, _ in hits}) > 1:
                    continue
            values = [text for text, _ in hits]
            if accept is None or any(accept(v) for v in values[:limit]):
                # a byline in the headline's block beats one elsewhere (a teaser's, a
                # box's) found by a better rule; without a headline, the first one wins
                if block is None:
                    block = _headline_block(doc)
                if not block or _in_block(hits[0][1], block):
                    return values[:limit]
                fallback = fallback or values[:limit]
    return fallback


#: How far up from a byline's element a wire's element beside it is looked for, and the
#: longest text an element on the way may hold (a byline's block, not the story's).
_WIRE_BESIDE_LEVELS = 3
_WIRE_BESIDE_MAX_CHARS = 200


def byline_wire(doc: html.HtmlElement, names: Sequence[str]) -> str | None:
    """The wire credited beside the printed byline of one of ``names`` (the article's
    authors, however found): after the name in the byline's text ("By Ann Lee, The
    Canadian Press"), or alone in the element printed next to the name's (``<div
    class="byline-author">Ann Lee</div><div class="byline-org">The Canadian Press</div>``).
    The name is looked for as printed, in short texts only (a byline, not a sentence).

    >>> doc = html.fromstring('<div><div class="byline"><span class="author">Ann Lee</span>'
    ...                       '</div><div class="org">Australian Associated Press</div></div>')
    >>> byline_wire(doc, ["Ann Lee"]), byline_wire(doc, ["Bo Wen"])
    ('Australian Associated Press', None)
    >>> byline_wire(html.fromstring('<p>Par <a href="/a">Ann Lee</a> (avec AFP)</p>'), ["Ann Lee"])
    'AFP'
    """
    keys = {author_key(n) for n in names}

    def names_one(value: str) -> bool:
        return any(author_key(n) in keys for n in clean_authors([value]))

    for name in names[:MAX_BYLINE_NAMES]:
        for text in _TEXT_NAMING(doc, name=name)[:_WIRE_NAME_HITS]:
            el = text.getparent()
            if el is not None and text.is_tail:
                el = el.getparent()  # ("<b>By</b> Ann Lee": the text of <b>'s parent)
            if el is None:
                continue
            line = " ".join(el.text_content().split())
            if len(line) > _WIRE_LINE_MAX_CHARS or not names_one(line):
                continue
            if wire := agency_from_byline(line):
                return wire
            tail = " ".join((el.tail or "").split())
            if tail and len(tail) <= 40 and (wire := agency_from_byline(f"{line} {tail}")):
                return wire  # after the linked name: "<a>Ann Lee</a> (avec AFP)"
            if wire := _wire_beside(el):
                return wire
    return None


#: Texts that hold a name as printed (the name an XPath variable: any quotes are safe).
_TEXT_NAMING = etree.XPath("//body//text()[contains(., $name)]")
#: The most texts naming an author that are looked at, and the longest text of a
#: byline's element (a longer one is a sentence of the story, a caption, a box).
_WIRE_NAME_HITS = 10
_WIRE_LINE_MAX_CHARS = 80


def _wire_beside(el: html.HtmlElement) -> str | None:
    """A wire alone in the element next to ``el`` or to one of its nearest ancestors,
    while they hold a byline's block of text (not the story)."""
    node = el
    for _ in range(_WIRE_BESIDE_LEVELS):
        beside = node.getnext()
        while beside is not None and not isinstance(beside.tag, str):
            beside = beside.getnext()  # (a comment between them)
        if beside is not None:
            label = " ".join(beside.text_content().split())
            if len(label) <= 60 and (wire := agency_short_form(label)):
                return wire
        node = node.getparent()
        if node is None or len(" ".join(node.text_content().split())) > _WIRE_BESIDE_MAX_CHARS:
            break
    return None


#: An author box: the writer's name, photo and biography, printed after the story (or
#: beside it) by many WordPress themes and plugins.
_AUTHOR_BOX = etree.XPath(
    # (a union over class attributes that name an author: each is tested once, and only
    # elements that have one; a predicate over every element took ~1 ms a page)
    "//@class[contains(., 'author') or contains(., 'autor')]/parent::*"
    "[contains(@class, 'author-bio') or contains(@class, 'author-box')"
    " or contains(@class, 'autor-box') or contains(@class, 'autorbox')"
    " or contains(@class, 'autor-info') or contains(@class, 'autor-bio')"
    " or contains(@class, 'about-author') or contains(@class, 'author-info')"
    " or contains(@class, 'authorbox') or contains(@class, 'author_box')"
    " or contains(@class, 'author-card') or contains(@class, 'autorenbox')"
    " or contains(@class, 'author-profile')]"
)
#: Where an author box is no article's: in the menu, the site's footer, a comment, a
#: related story's teaser.
_NOT_ITS_BOX = etree.XPath(
    "boolean(ancestor::nav or ancestor::footer[not(ancestor::article)]"
    f" or ancestor-or-self::*[{COMMENT_CLASS} or {RELATED_CLASS}])"
)
_BOX_NAME = etree.XPath(
    ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::strong or self::b"
    " or @itemprop='name' or contains(@class, 'name')][normalize-space()]"
)


def author_box_name(doc: html.HtmlElement, accept: Callable[[str], bool]) -> list[str]:
    """The name the page's author boxes print, when they all print the same one.

    >>> doc = html.fromstring('<div class="author-bio"><h3>Ann Lee</h3><p>Ann writes.</p></div>')
    >>> author_box_name(doc, bool)
    ['Ann Lee']
    """
    names: set[str] = set()
    for box in _AUTHOR_BOX(doc):
        if _NOT_ITS_BOX(box):
            continue
        for el in _BOX_NAME(box):
            text = " ".join(el.text_content().split())
            if text and len(text) <= 60 and accept(text):
                names.add(text)
                break
    return list(names) if len(names) == 1 else []


def _in_block(el: html.HtmlElement, block: set[Any]) -> bool:
    return any(a in block for a in el.iterancestors())


_H1 = etree.XPath("//h1[normalize-space()]")
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4"})


#: A teaser's card: no headline of the page, and a heading that links to another story
#: (``<h3><a href="/fair-opens">``; in a small block, ``<a href="/fair-opens"><h3>``), not to
#: a writer's page.
_CARD = etree.XPath(
    "not(descendant::h1) and (boolean("
    f"descendant::*[self::h2 or self::h3 or self::h4]/descendant::a[@href][not({AUTHOR_PAGE})])"
    # (a link that holds the heading: in a small block, a card's, not the story's)
    " or string-length(normalize-space()) < 1000 and boolean("
    f"descendant::a[@href][not({AUTHOR_PAGE})][descendant::h2 or descendant::h3"
    " or descendant::h4]))"
)


def _in_sentence(el: html.HtmlElement) -> bool:
    """Whether a link runs on into a sentence (``die Eltern von <a>Wolfgang Amadeus
    Mozart</a> jemals``): the person it names is the story's subject, not its writer."""
    if el.tag != "a":
        return False
    tail = (el.tail or "").split()
    # (not "and" before the next writer: "<a>Ann Lee</a> y <a>Bo Wen</a>")
    return bool(tail) and tail[0][0].islower() and not _NEXT_WRITER.match(" ".join(tail[:2]))


#: A conjunction before another name, after a byline's link.
_NEXT_WRITER = re.compile(rf"^(?:{AND_WORDS}|en)(?:\s+(?-i:[^\W\d_a-z])|$)", re.IGNORECASE)


#: A block of less than a story's length of text: a card, whatever order it prints in.
_SMALL_BLOCK = etree.XPath("string-length(normalize-space()) < 1000")
#: The first heading in a block that links to another story (a teaser's).
_LINKED_HEADING = etree.XPath(
    "(descendant::*[self::h2 or self::h3 or self::h4]"
    f"[descendant::a[@href][not({AUTHOR_PAGE})]])[1]"
)


def _in_teaser_card(el: html.HtmlElement, cards: dict[Any, Any]) -> bool:
    """Whether ``el`` is a byline in a teaser's card: one of its two nearest ancestors is
    one (``_CARD``), each tested once a page (``cards``). A block of a story's length is a
    card only for what follows its linked heading (a blog's front page prints whole posts
    under theirs): the byline opening a story's body, above an inline "Le puede interesar"
    card, is the story's."""
    for ancestor in itertools.islice(el.iterancestors(), 2):
        if ancestor not in cards:
            card = bool(_CARD(ancestor))
            if card and not _SMALL_BLOCK(ancestor):
                card = [*_LINKED_HEADING(ancestor), False][0]  # (a card after its heading)
            cards[ancestor] = card
        card = cards[ancestor]
        if card is True or (card is not False and _before(card, el)):
            return True
    return False


def _before(a: html.HtmlElement, b: html.HtmlElement) -> bool:
    """Whether ``a`` comes before ``b`` in the document (``b`` not inside ``a``).

    >>> doc = html.fromstring("<div><p><b>x</b></p><h3><a>y</a></h3></div>")
    >>> _before(doc.find(".//b"), doc.find(".//a")), _before(doc.find(".//a"), doc.find(".//b"))
    (True, False)
    """
    path = [b, *b.iterancestors()]
    depth = {x: i for i, x in enumerate(path)}
    child = a
    for ancestor in a.iterancestors():
        if ancestor in depth:
            return ancestor.index(child) < ancestor.index(path[depth[ancestor] - 1])
        child = ancestor
    return False


def _under_related_heading(el: html.HtmlElement, depth: int = 6) -> bool:
    """Whether ``el`` sits in a block headed "Related articles" (or the like): a heading
    before it among the children of one of its ``depth`` nearest ancestors. Its bylines are
    the teasers' (a block of that kind with no class to tell it by)."""
    child = el
    for ancestor in el.iterancestors():
        if ancestor.tag == "body" or depth == 0:
            return False
        for sibling in child.itersiblings(preceding=True):
            if sibling.tag in _SUBHEADING_TAGS and is_related_heading(sibling.text_content()):
                return True
        child, depth = ancestor, depth - 1
    return False


#: Headings that may open a block of links to other stories, outside the page's chrome
#: (a sidebar's "Most read" is the site's, not the story's). ``<body>``'s classes name the
#: layout ("has-sidebar"), and a page builder names every block a widget
#: ("elementor-widget"): only a class word opening with "widget" is one.
_HEADING_TAGS = ("h2", "h3", "h4", "h5")
_IN_CHROME = etree.XPath(
    "boolean(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"
    " or ancestor::*[not(self::body)][(contains(@class, 'sidebar') and not(.//h1))"
    " or starts-with(@class, 'widget') or contains(@class, ' widget')"
    " or contains(@class, 'menu')])"
)
_LINKS = etree.XPath(".//a[@href]")
#: The most links a related block gives (more is a list of the site's stories).
MAX_RELATED = 20


def headed_related(doc: html.HtmlElement, url: str | None = None) -> list[str]:
    """The links of the block a "Related articles" heading opens, however it is marked up
    (a theme with no class to tell the block by): the smallest element around the heading
    holding links after it, up to three levels up. Only links worded like a headline (three
    words or more) to the page's own site (``url``'s registrable domain; relative links
    when there is no ``url``): a share button or a link to another site is no related
    story. Raw ``href`` values.

    >>> doc = html.fromstring('<div><div class="t"><h4>Related Post</h4></div><div>'
    ...     '<h4><a href="/tea-wages/">Tea garden wages revised upward</a></h4>'
    ...     '<a href="https://other.example/a-b-c/">Another site entirely here</a>'
    ...     '<a href="/author/bo/">Bo Das</a></div></div>')
    >>> headed_related(doc, "https://assam.example/bridge/")
    ['/tea-wages/']
    """
    domain: str | None = None  # (the page's, looked up once a related heading is found)
    for heading in doc.iter(*_HEADING_TAGS):  # (one walk of the tree, in C)
        # (the heading's words first: the chrome test reads every ancestor's class)
        if not is_related_heading(heading.text_content()) or _IN_CHROME(heading):
            continue
        if url and domain is None:
            domain = site_domain(url)
        block = heading
        for _ in range(3):
            block = block.getparent()
            if block is None or block.tag == "body":
                break
            after = False
            hrefs: list[str] = []
            for el in block.iter():
                if el is heading:
                    after = True
                elif after and el.tag == "a" and not _in_block(el, {heading}):
                    href = (el.get("href") or "").strip()
                    text = el.text_content()
                    # (a teaser's date links to the month's archive: "March 30, 2024")
                    if (
                        len(text.split()) >= 3
                        and not is_date_line(text)
                        and _on_site(href, url, domain)
                    ):
                        hrefs.append(href)
            if hrefs:
                return hrefs[:MAX_RELATED]
    return []


_LIST_PAGE = re.compile(r"/(?:category|categories|tag|tags|topic|topics|section|author)/", re.I)


def _on_site(href: str, url: str | None, domain: str | None) -> bool:
    """Whether ``href`` leads to a story of the site ``url`` is on (its registrable
    ``domain``; a relative link when there is no ``url``)."""
    if not href or href.startswith(("#", "javascript:", "mailto:")) or "share=" in href:
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if _LIST_PAGE.search(parts.path):
        return False  # a category's, a tag's or an author's page: no story
    if url is None:
        return not parts.netloc and not parts.scheme
    return site_domain(urljoin(url, href)) == domain


def _headline_block(doc: html.HtmlElement) -> set[Any]:
    """The elements around the page's only ``<h1>`` (its three nearest ancestors and the
    ``<article>`` holding it) where the article's own byline is printed; empty when the
    page has no single headline."""
    h1s = _H1(doc)
    if len(h1s) != 1:
        return set()
    ancestors = [a for a in h1s[0].iterancestors() if a.tag not in ("body", "html")]
    block = set(ancestors[:3])
    block.update(a for a in ancestors if a.tag == "article")
    return block


_TEXT_NODES = etree.XPath("//body//text()")
#: The same texts as plain strings, index for index: a smart string (``getparent``) costs
#: three times as much to build, and only the rare text that reads as a byline or a
#: labelled date needs its element.
_TEXTS = etree.XPath("//body//text()", smart_strings=False)
_NOT_TEXT_BYLINE = etree.XPath(
    # an <aside> of the page (a sidebar), not one of the article's own (an HTML5 theme's
    # post meta: "<article><aside class="meta"><p>Von: <a>Ann Lee</a>")
    "ancestor-or-self::aside[not(ancestor::article)]"
    " or ancestor::*[self::script or self::style or self::nav"
    f" or self::{FORM_WIDGET}"
    f" or self::select or self::{SITE_FOOTER}"
    f" or {COMMENT_CLASS}"
    f" or contains(@id, 'comment') or {RELATED_CLASS}"
    " or contains(@class, 'listing') or contains(@class, 'copyright')"
    # a teaser's card: a link holding another story's headline (a heading, or an element
    # classed as its title) and its byline
    " or contains(@class, 'teaser')"
    " or self::a[.//h2 or .//h3 or .//h4 or .//*[contains(@class, 'title')]]]"
)
#: A teaser's card in a sidebar, however deep (``_in_teaser_card`` looks two levels up):
#: its "by <name>" is printed as the article's byline is (JNews's "Popular" list). The
#: sidebar is a block named for one, not a layout's block named for the sidebar beside it,
#: holding the story ("main-content has-double-sidebar", "penci_sidebar right-sidebar"
#: over the headline); the card holds a heading linking to another story.
_IN_SIDEBAR_CARD = etree.XPath(
    "boolean(ancestor::*[not(descendant::h1)]"
    f"[descendant::*[self::h2 or self::h3 or self::h4]/descendant::a[@href][not({AUTHOR_PAGE})]]"
    "[ancestor::*[contains(@class, 'sidebar')]"
    "[not(contains(@class, 'has-') or contains(@class, 'content') or .//h1)]])"
)
#: The words before a label that make its name the site's maker, not a byline ("Crafted
#: with ♥ by", "Powered by", "Theme by", "Design by", "Umsetzung von").
_MAKER_CREDIT = re.compile(
    r"\b(?:crafted|designed|design|powered|developed|made|built|created|hosted|theme|template|"
    r"umsetzung|gestaltung|realisierung|webdesign|programmierung|entwickelt|erstellt)"
    r"(?:\s+with)?[\W_]*$",
    re.IGNORECASE,
)
#: A byline label in running text, alone (``<b>Von:</b> Name``) or before the name, after
#: an optional date ("06.11.2023 13:30 von Olga", "Text: Klausmartin Friedrich").
_LABEL = (
    # (first the lead-ins that open with a shorter label's word: "Text und Fotos", "A column by")
    rf"(?:{BYLINE_LEAD_IN}|{OUR_REPORTER}|{ROMANCE_BY_LABELS}|"
    r"von|by|text|texte|autor|autorin|author|redaktion|verfasst von|written by|article by|"
    r"geschrieben von|erstellt von|words by|words|autor/in|"
    r"escrito por|redacción|texto|scritto da|a cura di|di|door|geschreven door|"
    r"publicado por|pubblicato da|publié par|gepubliceerd door|geplaatst door|"
    r"reporting by|contributed by|submitted by|"
    r"redakteur|redakteurin|interview|"
    r"posted by|reported by|story by|report|reporter|par|por|"
    rf"{BY_WORDS}|{COLON_BYLINE_LABELS}|"
    r"thread starter|themenstarter|作者|记者|责任编辑|编辑|द्वारा|रिपोर्ट|रिपोर्टर|लेखक)"
)
#: Refuses the label nouns that may themselves be the byline or a menu entry or widget
#: ("Redaktion", "Text Size", "Report a problem", "Interview mit ..."): those are labels
#: only with a colon.
_NOUN_LABEL = (
    # ("text" and "words" are labels before a "by": "Words by", "Text and photos by")
    r"(?!redaktion|redacción|(?:text|words\b)(?![^:]*\bby\b)|report\b|reporter\b|redakteur|"
    rf"interview\b|रिपोर्ट|लेखक|(?:{COLON_BYLINE_LABELS})(?!\w))"
)
#: A label alone before the name's element, or the kind of piece ("Kommentar von <a>").
#: (Without a colon, not the short words of other languages' prose or nouns: "di", "Door".)
_LABEL_ALONE = re.compile(
    rf"^(?:{_LABEL}\s*[:：]|(?!(?:di|door)$){_NOUN_LABEL}{_LABEL}|{PIECE_BY})$", re.IGNORECASE
)
#: A byline of a date, a dash and a short name ("11.12.2019 - Amelie Loevenich").
_DATE_NAME = re.compile(
    r"^\d{1,2}\.\d{1,2}\.\d{2,4}\s+[-–|]\s+(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2})$"
)
#: A byline of a short name, a separator and the day ("Ann Lee | March 3, 2024", "Ann Lee ·
#: 3 March 2024", "Ann Lee, 03.03.2024"): read only right under the headline.
_NAME_DATE = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2})\s*[|·•,–-]\s*(?P<day>.*\d.*)$"
)


def name_and_day(text: str) -> tuple[str, str] | None:
    """The name and the day of a byline without a label (``_NAME_DATE``), and with the
    place it was filed from between them: one word, or a place's name of several words
    (``cleaning.after_place``). None when ``text`` is no such line (the day is not checked).

    >>> name_and_day("Ann Lee | March 3, 2024"), name_and_day("Ann Lee, Guwahati, 03.03.2024")
    (('Ann Lee', 'March 3, 2024'), ('Ann Lee', '03.03.2024'))
    >>> name_and_day("Ann Lee | Kuala Lumpur | March 3, 2024")
    ('Ann Lee', 'March 3, 2024')
    >>> name_and_day("Ann Lee | Bo Wen | March 3, 2024")[1]  # (no day: a second name)
    'Bo Wen | March 3, 2024'
    >>> name_and_day("Ann Lee | Updated | March 3, 2024")[1]
    'Updated | March 3, 2024'
    """
    m = _NAME_DATE.match(text)
    if m is None:
        return None
    return m.group("name"), after_place(m.group("day"))


#: How many texts after the headline's a byline without a label may be.
_NEAR_HEADLINE_TEXTS = 6
#: A line that opens with a date and a dash: several of them list events, not bylines.
_DATED_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\s+[-–|]\s")
#: A time of day and what follows it (a colon the name cannot hold).
_CLOCK_TAIL = re.compile(r"\s+\S*\d{1,2}:\d{2}\b.*$")
#: The photographer's credit after the writer's ("Text: Ann Lee, Fotos: Bo Wen", also
#: without a mark between: "Text: Ann Lee Foto: Bo Wen").
_PICTURES_TAIL = re.compile(rf"(?:\s*[,/|;]\s*|\s+){PICTURES_LABEL}\s*:.*$", re.IGNORECASE)
#: The kind of piece and its writer's full name, without an article ("Kommentar von Ann
#: Lee"; with one, ``BYLINE_LEAD_IN``).
_PIECE_BY = re.compile(rf"^{PIECE_BY}\s+(?P<name>[^\W\d_]\S*(?:\s+\S+){{1,3}})$", re.IGNORECASE)
#: A bullet between a byline's fields ("Story by Ann Lee • Photos by Bo Wen").
_BULLET_FIELD = re.compile(r"\s[•·]\s")
#: A day after the name ("Erstellt von Ann Lee am 03.03.2024", "by Ann Lee on 3/3/2024").
_DAY_TAIL = re.compile(r"\s+(?:am|on|le|el|den)\s+\d{1,4}[./-]\d.*$", re.IGNORECASE)
#: A publication label before the date that may open a text byline.
_PUBLISHED_LABEL = (
    r"(?:veröffentlicht|erstellt|geschrieben|verfasst|aktualisiert|published|posted|updated|"
    r"publié|mis à jour|publicado|actualizado|pubblicato|gepubliceerd)"
    r"(?:\s+(?:am|on|le|el|em|il|op))?\s+"
)
#: A day and "by" before the name's element ("Posted on March 3, 2024 by <a>Ann Lee</a>",
#: "03.03.2024 von <span>Ann Lee</span>"): the day, without its label, is read by
#: ``is_date_line``.
_DATED_BY = re.compile(
    rf"^(?:{_PUBLISHED_LABEL})?(?P<day>.*\d.*?)\s+(?:{BY_LABELS})$", re.IGNORECASE
)
#: "By" closing a text (a cheap test, of its last characters, before ``_DATED_BY``).
_ENDS_BY = re.compile(rf"\s(?:{BY_LABELS})$", re.IGNORECASE)
_LABEL_NAME = re.compile(
    # a day in words after a publication label, then a preposition ("Publié le 3 mars 2024
    # à 10h00 par Ann Lee", "Posted on March 3, 2024 by Ann Lee", "Pubblicato il 3 marzo
    # 2024 da Ann Lee")
    rf"^(?:{_PUBLISHED_LABEL}(?=\d|[^\W\d_]{{3,}}\.?\s+\d)[^:：]{{0,40}}?\s"
    r"(?:par|por|da|di|door|by|von)\s+"
    # or a byline label, after a date in figures ("Veröffentlicht am 03.03.2024 von Ann Lee",
    # "06.11.2023 13:30 von Olga")
    rf"|(?:{_PUBLISHED_LABEL}(?=\d))?(?:[\d.:/,\s-]+\s|{DAY_IN_WORDS}\s+)?"
    # (Arabic "wrote" before a dash too, Egypt's portals' byline: "كتب - محمد عبد الله")
    rf"(?:{_LABEL}\s*[:：]\s*|كتبت?\s*[-–—]\s*|{_NOUN_LABEL}{_LABEL}\s+))"
    r"(?P<name>[^\W\d_][^:：]{1,60})$",
    re.IGNORECASE,
)


#: What every text byline below holds but most texts of a page do not: a figure (a day)
#: or a colon (a label's), else a label or the kind of piece at its start (after a
#: separator: "- Von Ann Lee"). Without all three, no rule of ``text_bylines`` reads it.
_DIGIT_OR_COLON = re.compile(r"[\d:：]")
_LABEL_START = re.compile(rf"[.,/\s-]*(?:{_LABEL}|{PIECE_BY})", re.IGNORECASE)


def text_bylines(doc: html.HtmlElement, accept: Callable[[str], bool]) -> list[str]:
    """The name after the first byline label in the page's text that ``accept`` takes.

    The last resort for pages that mark bylines up only with a label.

    >>> doc = html.fromstring('<div><p>Story.</p><p><b>Text:</b> Ann Lee</p></div>')
    >>> text_bylines(doc, bool)
    ['Ann Lee']
    >>> text_bylines(html.fromstring('<p>sorted by <em>default</em> order</p>'), bool)
    []
    >>> text_bylines(html.fromstring('<div><span>Text Size</span></div>'), bool)
    []
    >>> text_bylines(html.fromstring('<p>06.11.2023 13:30 von Olga</p>'), bool)
    ['Olga']
    >>> text_bylines(html.fromstring('<p>11.12.2019 - Amelie Loevenich</p>'), bool)
    ['Amelie Loevenich']
    >>> text_bylines(html.fromstring('<p>by Ann Lee on May 15, 2013 at 3:45 pm ET</p>'), bool)
    ['Ann Lee on May 15, 2013 at']
    >>> text_bylines(html.fromstring('<div><a href="https://ads.example/">By AdCo</a></div>'), bool)
    []
    >>> text_bylines(html.fromstring('<p>Posted by: Ann Lee | Updated: 5 Jan 2024 10:30</p>'), bool)
    ['Ann Lee']
    >>> text_bylines(html.fromstring('<div><b>Report:</b> Ann Lee</div>'), bool)
    ['Ann Lee']
    >>> credits = '<div><div class="credit-label">Interview</div><div>Ann Lee</div></div>'
    >>> text_bylines(html.fromstring(credits), bool)  # (in a label's element)
    ['Ann Lee']
    >>> text_bylines(html.fromstring('<div><div>Interview</div><div>Ann Lee</div></div>'), bool)
    []
    >>> text_bylines(html.fromstring('<p><strong>रिपोर्ट: सुनीता देवी</strong></p>'), bool)
    ['सुनीता देवी']
    >>> text_bylines(html.fromstring('<p>- Von Ann Lee</p>'), bool)  # (after a separator)
    ['Ann Lee']
    >>> text_bylines(html.fromstring('<div><p>Nachricht</p><p>Blog Beitrag von Ann Lee</p>'), bool)
    ['Ann Lee']
    >>> card = ('<div class="post"><h3><a href="/dax-record/">DAX at a record</a></h3><div>'
    ...         '<div><p><span>by</span> <a href="/a/lee/">Ann Lee</a></p></div></div></div>')
    >>> side = f'<div class="sidebar"><div class="widget">{card}</div></div>'
    >>> text_bylines(html.fromstring(f'<div><div><h1>Orders fall</h1></div>{side}</div>'), bool)
    []
    >>> text_bylines(html.fromstring(f'<div><h1>Orders</h1><div>{card}</div></div>'), bool)
    ['Ann Lee']
    >>> most_read = '<div><h3>Lo más leído</h3><div><a href="/b">Sube</a><span>Por Luis Quispe'
    >>> text_bylines(html.fromstring(most_read + '</span></div></div>'), bool)  # (a teaser's)
    []
    """
    texts = [t for t in _TEXTS(doc) if not t.isspace()]
    nodes: list[Any] = []  # the same texts as smart strings, fetched at the first hit

    def smart() -> list[Any]:
        if not nodes:
            nodes.extend(t for t in _TEXT_NODES(doc) if not t.isspace())
        return nodes

    programme: bool | None = None  # whether several lines start "date - ": a programme
    cards: dict[Any, bool] = {}
    for i, raw in enumerate(texts):
        if len(raw) > 200 and (
            len(raw) > 1000 or len(raw) - raw.count(" ") - raw.count("\n") - raw.count("\t") > 200
        ):
            continue  # long text (a short line padded by a template's indentation is read)
        text = " ".join(raw.split())
        if len(text) > 200:
            continue
        whole, text = text, _BULLET_FIELD.split(text, 1)[0]  # (the byline's first field)
        if (
            not _DIGIT_OR_COLON.search(whole)
            and not _LABEL_START.match(text)
            and not (i + 1 < len(texts) and texts[i + 1].lstrip().startswith((":", "：")))
        ):
            # (the cheap test: no rule below reads a text without any of those) but the
            # name and the day in elements of their own, "<span>Ann Lee</span> | <time>..."
            day = name_alone(text) and _day_apart(texts, i)
            if not day:
                continue
            whole = f"{text} | {day}"
        if (
            _LABEL_ALONE.match(text)
            or (
                # a label noun without its colon, in a label's own element ("<dt>Text</dt>
                # <dd>Ann Lee</dd>", a credits list's "<div class=credit-label>Interview")
                _LABEL_ALONE.match(f"{text}:") and _label_element(smart()[i].getparent())
            )
            or (
                # (its colon after the label's element: "<b>Text</b>: Ann Lee")
                i + 1 < len(texts)
                and texts[i + 1].lstrip().startswith((":", "："))
                and _LABEL_ALONE.match(f"{text}:")
            )
            or (
                _ENDS_BY.search(text, max(0, len(text) - 12)) is not None
                and (d := _DATED_BY.match(text)) is not None
                and is_date_line(d.group("day"))
            )
        ):
            if i and _MAKER_CREDIT.search(texts[i - 1]):
                continue
            name = _name_after(smart(), i, accept)
        else:
            # (else without a time after the name: "by Ann Lee on May 15, 2013 at 3:45 pm")
            m = _LABEL_NAME.match(text) or _PIECE_BY.match(text)
            if not m and ":" in text:
                m = _LABEL_NAME.match(_PICTURES_TAIL.sub("", text))
            if not m and ":" in text:
                m = _LABEL_NAME.match(_CLOCK_TAIL.sub("", text))
            for field in (" | ", " / "):
                if not m and field in text:
                    # the byline's first field ("Posted by: Ann Lee | Updated: 5 Jan 2024",
                    # "Text: Ann Lee / Fotos: Bo Wen")
                    m = _LABEL_NAME.match(text.split(field, 1)[0])
            if not m and ", " in text and ":" in (last := text.rsplit(", ", 1)[1]):
                # or its last, labelled ("Opublikowano: 3 marca 2024, autor: Ann Lee")
                m = _LABEL_NAME.match(last)
            if not m and (m := _DATE_NAME.match(text)):
                if programme is None:
                    programme = sum(1 for n in texts if _DATED_LINE.match(n.lstrip())) > 1
                m = None if programme else m
            name = ""
            if not m and (found := name_and_day(whole)):
                if is_date_line(found[1]) and _under_headline(smart(), i):
                    name = dutch_and(text, _DAY_TAIL.sub("", found[0]))
            elif m:
                name = dutch_and(text, _DAY_TAIL.sub("", m.group("name")))
        if not (name and _capital(name) and len(name) <= 60 and accept(name)):
            continue
        node = smart()[i]
        if _mid_sentence(node):
            continue
        parent = node.getparent()
        if parent is None or parent.tag in _SKIP_TAGS or _NOT_TEXT_BYLINE(parent):
            continue
        if _in_teaser_card(parent, cards) or _IN_SIDEBAR_CARD(parent):
            continue  # another story's byline, under its linked heading
        if _under_related_heading(parent):
            continue  # a teaser's, in a block headed "Lo más leído" (a sidebar of divs)
        if parent.tag == "a" and not getattr(node, "is_tail", False):
            continue  # a link's own words: a widget's credit ("By PubExchange", "by Taboola")
        return [name]
    return []


#: A field separator printed alone between a byline's parts.
_SEPARATOR_ALONE = re.compile(r"^\s*[|·•,–-]\s*$")


def _day_apart(texts: Sequence[str], i: int) -> str | None:
    """The day in the text right after ``texts[i]`` (or after a separator printed alone
    between them), when that text is only a date. (Not the text before: a forum's post
    prints its date, then its writer's rank, "Intermediate Writer".)

    >>> _day_apart(["Ann Lee", " | ", "03.03.2024"], 0), _day_apart(["Ann Lee", "Lokales"], 0)
    ('03.03.2024', None)
    >>> _day_apart(["03.03.2024", "Ann Lee"], 1) is None
    True
    """
    j = i + 1
    if j < len(texts) and _SEPARATOR_ALONE.match(texts[j]):
        j += 1  # (past the separator: "Ann Lee", " | ", "03.03.2024")
    if j < len(texts) and is_date_line(day := " ".join(texts[j].split())):
        return day
    return None


def _label_element(el: html.HtmlElement | None) -> bool:
    """Whether ``el`` holds a label of a list of labels and values: a ``<dt>``, or an element
    whose class names it a label (not a form's ``<label>``: "Autor" there names a field)."""
    if el is None or el.tag == "label":
        return False
    if el.tag != "dt" and "label" not in (el.get("class") or "").lower():
        return False
    return not any(a.tag == "form" for a in el.iterancestors())


def _name_after(nodes: list[Any], i: int, accept: Callable[[str], bool]) -> str:
    """The name after the label alone ``nodes[i]``: the next text, or that text and the
    tail of its inline element when the next text alone is no name (``Autor: <a>Rechts-
    anwalt</a> Sebastian Einbock``: a linked profession, then the name)."""
    label = nodes[i]
    if i + 1 < len(nodes) and nodes[i + 1].strip() in (":", "："):
        i += 1  # (the label's colon, after its element: "<b>Autor</b> : <a>Ann Lee</a>")
    after = nodes[i + 1] if i + 1 < len(nodes) else None
    if after is None or not _near(label, after):
        return ""
    name = " ".join(after.split()).lstrip(":： ")
    el = after.getparent()
    following = nodes[i + 2] if i + 2 < len(nodes) else None
    if (
        following is not None
        and not accept(name)
        and not getattr(after, "is_tail", False)
        and el is not None
        and el.tag in _INLINE
        and getattr(following, "is_tail", False)
        and following.getparent() is el
    ):
        return " ".join(f"{after} {following}".split())
    # more writers after it, each after "and" or a comma ("By <a>Ann Lee</a> and <a>Bo
    # Wen</a>"), all near the label
    j = i + 2
    while j + 1 < len(nodes) and name.count(" and ") < MAX_BYLINE_NAMES - 1:
        joint = " ".join(nodes[j].split())
        if not (_JOINT.match(joint) and _near(label, nodes[j + 1])):
            break
        name = f"{name} and {' '.join(nodes[j + 1].split())}"
        j += 2
    return name


#: What joins two writers' names printed apart: "and", a comma, an ampersand.
_JOINT = re.compile(rf"^(?:,|&|{AND_WORDS})$", re.IGNORECASE)
_SKIP_TAGS = frozenset({"script", "style", "nav", "form", "select", "option"})
_INLINE = frozenset({"a", "b", "strong", "em", "i", "span", "u", "small", "abbr", "code"})


def _capital(name: str) -> bool:
    """A name's first letter is a capital, or of a script without case (Chinese)."""
    first = name[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def _under_headline(nodes: list[Any], i: int) -> bool:
    """Whether ``nodes[i]`` is one of the few texts right after the page's ``<h1>``."""
    for back in range(1, min(i, _NEAR_HEADLINE_TEXTS) + 1):
        parent = nodes[i - back].getparent()
        if parent is not None and (
            parent.tag == "h1" or any(a.tag == "h1" for a in parent.iterancestors())
        ):
            return True
    return False


def _near(label: Any, name: Any) -> bool:
    """The text after a label alone sits within four levels under the label's element or
    its parent (``<b>Von:</b> Ann``, ``von <span itemscope><a><span>Ann</span></a></span>``),
    not in the next entry of a menu; or, after a "By" alone without a colon, in the entry
    right after the label's (``<li><p>Von</p></li><li><span>Ann Lee</span></li>``)."""
    lp = label.getparent()
    anchors = [lp, lp.getparent()] if lp is not None else []
    if _BY_ALONE.match(label) and lp is not None and lp.getparent() is not None:
        anchors.append(lp.getparent().getnext())
        anchors.append(lp.getnext())
    el = name.getparent()
    for _ in range(4):
        if el is None:
            return False
        if any(el is a for a in anchors if a is not None):
            return True
        el = el.getparent()
    return False


#: A byline's "By" printed alone, without a colon.
_BY_ALONE = re.compile(rf"^\s*(?:{BY_LABELS})\s*$", re.IGNORECASE)


def _mid_sentence(node: Any) -> bool:
    """A text that continues a sentence: the tail of an inline element ending in a word
    ("beim <strong>Leasing</strong> von Firmenwagen"), not a date and time ("<span>02.02.2022,
    11:30 Uhr</span> von Ann Lee")."""
    if not getattr(node, "is_tail", False):
        return False
    el = node.getparent()
    if el is None or el.tag not in _INLINE:
        return False
    before = " ".join(el.itertext()).rstrip()
    return bool(before) and before[-1].isalpha() and not is_date_line(before)


#: A month's name: three letters or more, or two or more characters of a Brahmic script
#: ("ஜன", "ஜனவரி", "जानेवारी": their vowel signs are marks, not letters).
_MONTH_WORD = r"(?:[^\W\d_]{3,}|[\u0900-\u0dff]{2,})"
#: A day as pages print it beside their labels: "16.08.2019", "2019-08-16", "16. August
#: 2019", "August 16th, 2019", "16 de agosto de 2019", "16/08/2019" (a pattern to find
#: where a date is; it is read by ``cleaning.parse_date``).
_DAY_FORMS = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.?\s+{_MONTH_WORD}\.?\s+\d{{4}}"
    rf"|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    # a year of two digits after an apostrophe (WordPress's "j M ’y": "14 Feb ’20")
    rf"|\d{{1,2}}\.?\s+{_MONTH_WORD}\.?\s+['’]\d{{2}}(?!\d)"
    rf"|{_MONTH_WORD}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+['’]\d{{2}}(?!\d)"
    # Spanish and Portuguese ("3 de marzo de 2024", "3 de março de 2024")
    rf"|\d{{1,2}}\s+de\s+{_MONTH_WORD}\s+del?\s+\d{{4}}"
    # Hungarian ("2024. április 3.", and in figures, the year first: "2024.04.03.")
    rf"|\d{{4}}\.\s+{_MONTH_WORD}\s+\d{{1,2}}\.?|\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?"
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}(?![\d/])))"
)
#: A publication label ("Veröffentlicht am", "Published on", "Publicado el").
_PUBLICATION_LABEL = (
    r"\b(?:veröffentlicht|erstveröffentlichung|publiziert|erschienen|erstellt|eingestellt|"
    r"published|posted|publié|"
    r"mis\s+en\s+ligne|paru|publicad[oa]|postad[oa]|pubblicat[oa]|"
    # "created", as Joomla's article info prints it in English, Spanish and Italian, and
    # French titles ("Créé: 12.12.2019, 07h36", "Creado 27/04/2022"; "erstellt" above is
    # German's); in English only with its colon or "on": a community's or an account's
    # "Created Jan 25, 2008" is no story's
    r"created(?=\s*:|\s+on\b)|créée?|cread[oa]|creat[oa]|"
    # a noun: "Erscheinungsdatum", "Publication date", "Data di pubblicazione"
    r"(?:erscheinungs|veröffentlichungs|publikations|publicatie)datum|publication\s+date|"
    r"date\s+(?:of|de)\s+publication|fecha\s+de\s+publicación|data\s+di\s+pubblicazione|"
    r"data\s+de\s+publicação|data\s+publikacji|"
    # Polish papers' noun alone ("Publikacja: 12.03.2024 14:05", then "Aktualizacja: ...")
    r"publikacja|"
    r"opublikowano|dodano|gepubliceerd|geplaatst|gepost|publicera[dt]|publisert|udgivet|"
    r"publiceret|offentliggjort|julkaistu|publikováno|vydáno|"
    # Romanian, Croatian and Slovenian, Slovak, Hungarian, Lithuanian, Latvian, Estonian,
    # Russian, Ukrainian, Bulgarian, Greek
    r"publicat|publicată|objavljeno|publikované|közzétéve|megjelent|publikálva|paskelbta|"
    r"publicēts|avaldatud|опубликовано|опубліковано|публикувано|дата\s+публикации|"
    r"дата\s+публікації|δημοσιεύθηκε|"
    # Turkish, Indonesian and Malay, Czech, Vietnamese
    r"yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|yayınlandı|giriş(?:\s+tarihi)?|"
    r"oluşturulma(?:\s+tarihi)?|eklenme(?:\s+tarihi)?|diterbitkan|dipublikasikan|diposting|"
    r"diunggah|ditayangkan|zveřejněno|ngày đăng|"
    # the languages of India: Hindi and Marathi, Tamil, Telugu, Malayalam, Kannada,
    # Gujarati, Punjabi, Bengali, Assamese, Odia ("வெளியிடப்பட்டது: 15 ஜன 2024")
    r"प्रकाशित|प्रकाशन|पब्लिश्ड|வெளியிடப்பட்டது|வெளியீடு|ప్రచురించబడింది|ప్రచురణ|"
    r"പ്രസിദ്ധീകരിച്ചത്|പ്രസിദ്ധീകരിച്ചു|ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪ್ರಕಟಿತ|ಪ್ರಕಟಣೆ|પ્રકાશિત|ਪ੍ਰਕਾਸ਼ਿਤ|"
    r"প্রকাশিত|প্ৰকাশিত|প্রকাশ|ପ୍ରକାଶିତ)"
    r"(?:\s+(?:am|on|at|le|el|em|il|the|op|den|dne|dnia|pe|på|pada|तिथि|तारीख|दिनांक|தேதி|తేదీ|തീയതി|ದಿನಾಂಕ|"
    r"તારીખ|ਮਿਤੀ|তারিখ|তাৰিখ|ତାରିଖ))?"
)
#: A publication label in the page's text and the date after it ("Veröffentlicht am
#: 16.08.2019", "Published on March 3, 2011"), or a text byline's date ("by Ann Lee /
#: January 19, 2017"); the date is located here, parsed elsewhere.
_DATE_LABEL = re.compile(
    rf"(?:{_PUBLICATION_LABEL}\s*:?\s*"
    # (a time of day first: "First Published: 14:45 IST(18/7/2013)")
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[(,|-]?\s*)?"
    # (or the day of the week: "Published Monday, March 3, 2024", "el lunes, 3 de marzo",
    # "Pubblicato mercoledì 3 aprile", "Publicado quarta-feira, 3 de abril")
    # (a weekday of a Brahmic script too, whose vowel signs are marks: "गुरुवार")
    rf"(?:{_MONTH_WORD}(?:-[^\W\d_]{{3,}})?,?\s+)?"
    # a byline's date field, maybe labelled ("Posted by: Ann Lee | Updated: 5 Jan 2024")
    # (and in the regional press's languages: "Por Juan Pérez | 3 de marzo de 2024",
    # "Autor: Jan Kowalski, 3 marca 2024", "Door Jan de Vries - 3 maart 2024")
    rf"|\b(?:{BY_LABELS}|(?:pubblicato|scritto) da|(?:autor|author|{COLON_BYLINE_LABELS})\s*:)"
    r"\s*:?\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w.'’-]*(?:\s+(?:(?:de|van|von|da|del|der)\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w.'’-]*){1,3})"
    # (a separator, or the day's preposition: "Publicado por Ana Ruiz el 3 de marzo de
    # 2024", "Pubblicato da Ana Ruiz il 3 marzo", "Por Ana Ruiz, em 3 de março")
    r"(?:\s*(?:[/|·•–—,]|\s-)\s*|\s+(?=(?:el|il|le|on|em|am|den)\s))"
    r"(?:(?:el|il|le|on|em|am|den)\s+)?"
    r"(?:(?:last\s+)?(?:updated|published|posted|date)(?:\s+on)?\s*:?\s*)?)"
    rf"(?P<date>{_DAY_FORMS}"
    # and the time of day after it, with its zone ("10:30 AM IST"), or after its word in
    # the regional press's languages ("à 18h42", "kl 18.42", "um 9.30 Uhr", "alle 18:42")
    r"(?:,?\s+(?:(?:at|à|a\s+las|às|kl\.?|klo|um|alle|ore|godz\.?)\s+)?"
    r"\d{1,2}[:.hH]\d{2}(?!\d)"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*uhr\b)?(?:\s+(?-i:[A-Z]{2,4})\b)?)?)",
    re.IGNORECASE,
)
#: A story that opens with its day, alone or after its place: "(21. November 2022)
#: Energieverbraucher ...", "Berlin, 28.10.2021 – Das ...", "31. Oktober 2023. Die ...".
#: The day is in parentheses, ends the paragraph, or a separator follows it.
_OPENING_DATE = re.compile(
    r"^(?:(?-i:[A-ZÄÖÜ][\w'’./-]*)(?:\s+(?-i:[A-ZÄÖÜ][\w'’./-]*)){0,2},?\s+(?:den\s+)?)?"
    rf"(?:\((?P<bracketed>{_DAY_FORMS})\)|(?P<date>{_DAY_FORMS})\s*(?:$|[-–—:.|/](?:\s|$)))",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
#: A text that ends with a publication label, its date in the element after it (WordPress's
#: "Posted on <a rel="bookmark"><time>March 3, 2024</time></a>", "<span>Publicado el:</span>
#: <strong>3 de marzo de 2024</strong>"): a short text, the label's words its last ones.
_PUBLICATION_LABEL_ALONE = re.compile(rf"{_PUBLICATION_LABEL}\s*:?\s*$", re.IGNORECASE)
#: The longest text that may end with such a label, and the longest text of the element
#: that holds the label and its date. (The label is looked for in the last 40 characters.)
_PUBLICATION_LABEL_MAX = 60
_LABELLED_BLOCK_MAX = 300


#: How far into a text its date's first digit may be ("Donnerstag, 7. März 2024").
_DATE_OPENING = 30


def _next_text(texts: Sequence[str], index: int) -> str:
    """The first text after ``texts[index]`` that is not blank (of the next two)."""
    for text in texts[index + 1 : index + 3]:
        if text.strip():
            return text.lstrip()
    return ""


def labelled_dates(doc: html.HtmlElement) -> list[str]:
    """The date after the first publication label in the page's text (raw, unparsed).

    >>> labelled_dates(html.fromstring("<div><p>Veröffentlicht am 16.08.2019<br>Dauer</p></div>"))
    ['16.08.2019']
    >>> labelled_dates(html.fromstring("<p>Posted on March 3, 2011 by Ann</p>"))
    ['March 3, 2011']
    >>> labelled_dates(html.fromstring("<p>Publikacja: 12.03.2024 14:05 | Aktualizacja: 13.03</p>"))
    ['12.03.2024 14:05']
    >>> labelled_dates(html.fromstring("<p>Frissítve: 2024.03.13. Megjelent: 2024.03.12. 14:05"))
    ['2024.03.12. 14:05']
    >>> labelled_dates(html.fromstring("<div>opublikowano:  7 kwietnia 2021</div>"))
    ['7 kwietnia 2021']
    >>> labelled_dates(html.fromstring("<li>Published 12/10/16</li>"))
    ['12/10/16']
    >>> labelled_dates(html.fromstring("<div>by Ann Lee / January 19, 2017 /</div>"))
    ['January 19, 2017']
    >>> labelled_dates(html.fromstring("<p>First Published: 14:45 IST(18/7/2013)</p>"))
    ['18/7/2013']
    >>> labelled_dates(html.fromstring("<p>Posted by: Ann Lee | Updated: 05 Jan 2024 10:30 IST"))
    ['05 Jan 2024 10:30 IST']
    >>> labelled_dates(html.fromstring("<p>Published on March 3, 2011 at 9:05 pm by Ann</p>"))
    ['March 3, 2011 at 9:05 pm']
    >>> labelled_dates(html.fromstring("<dd>Erstellt: Mittwoch, 03. April 2024 10:15</dd>"))
    ['03. April 2024 10:15']
    >>> labelled_dates(html.fromstring('<p>Posted on <a rel="bookmark">March 3, 2011</a></p>'))
    ['March 3, 2011']
    >>> labelled_dates(html.fromstring("<p><b>Publicado el:</b> <i>3 de marzo de 2024</i></p>"))
    ['3 de marzo de 2024']
    >>> labelled_dates(html.fromstring("<p>veröffentlicht am <a href='/p/'>14 Feb ’20</a></p>"))
    ['14 Feb ’20']

    A byline's update gives way to a publication label's day that follows it, in the same
    text or in the next few:

    >>> labelled_dates(html.fromstring("<p>By Al Li | Updated: Mar 4, 2024 | Posted: Mar 2, 2024"))
    ['Mar 2, 2024']
    >>> labelled_dates(html.fromstring("<p><b>By Al Li | Updated 4.3.2024</b><b>Posted 2.3.2024"))
    ['2.3.2024']
    """
    nodes: list[Any] = []  # the texts as smart strings, fetched at the first label
    texts = _TEXTS(doc)
    updated: list[str] = []  # an update label's date, while a publication label may follow
    updated_until = 0
    for i, text in enumerate(texts):
        if updated and i > updated_until:
            break
        if len(text) > 300:
            continue
        if not _DIGIT.search(text):
            # (no date without a digit: the cheap test spares most of the text) but a label
            # whose date the next element prints: read in the text of the label's element,
            # or of its parent's when the label has an element of its own (only when a
            # digit opens the next text, the cheap test again)
            if (
                len(text) > _PUBLICATION_LABEL_MAX
                or text.isspace()
                or not _DIGIT.search(_next_text(texts, i)[:_DATE_OPENING])
                or not _PUBLICATION_LABEL_ALONE.search(text, max(0, len(text) - 40))
            ):
                continue
            nodes = nodes or _TEXT_NODES(doc)
            parent = nodes[i].getparent()
            if parent is None or _NOT_TEXT_BYLINE(parent) or parent.tag in _SKIP_TAGS:
                continue
            block = parent if getattr(nodes[i], "is_text", True) else parent.getparent()
            for el in (block, None if block is None else block.getparent()):
                whole = " ".join(el.text_content().split()) if el is not None else ""
                if len(whole) > _LABELLED_BLOCK_MAX:
                    break
                m = _DATE_LABEL.search(whole)
                if m:
                    day, is_update = _published_day(whole, m)
                    if not is_update:
                        return [day]
                    if not updated:
                        updated, updated_until = [day], i + _UPDATE_LOOKAHEAD
                    break
            continue
        m = _DATE_LABEL.search(text)
        if m:
            nodes = nodes or _TEXT_NODES(doc)
            parent = nodes[i].getparent()
            if parent is None or not (_NOT_TEXT_BYLINE(parent) or parent.tag in _SKIP_TAGS):
                day, is_update = _published_day(text, m)
                if not is_update:
                    return [day]
                if not updated:
                    updated, updated_until = [day], i + _UPDATE_LOOKAHEAD
        elif (n := name_and_day(" ".join(text.split())) or _desk_and_day(text)) and _DAY_FORM.match(
            n[1]
        ):
            # a byline's name and day without a label, right under the headline ("Ana Ruiz
            # | 3 de marzo de 2024"), or a desk's or a wire's ("dpa | 03.03.2024, 23:15 Uhr")
            nodes = nodes or _TEXT_NODES(doc)
            if _under_headline(nodes, i):
                return [n[1]]
    return updated


#: A byline of one word (a desk, a wire: "dpa", "Polizeibericht"), a bar or a bullet and
#: the day.
_DESK_DAY = re.compile(r"^\s*[^\W\d_][\w.'’/-]*\s*[|·•]\s*(?P<day>\S.*\d.*?)\s*$")


def _desk_and_day(text: str) -> tuple[str, str] | None:
    """The desk and the day of a one-word byline and its day ("dpa | 03.03.2024, 23:15").

    >>> _desk_and_day("Polizeibericht | 03.03.2024, 23:15 Uhr")
    ('Polizeibericht', '03.03.2024, 23:15 Uhr')
    >>> _desk_and_day("Ann Lee | 03.03.2024") is None
    True
    """
    m = _DESK_DAY.match(text)
    return (re.split(r"[|·•]", text, maxsplit=1)[0].strip(), m.group("day")) if m else None


#: The update label a byline's date field may have (``_DATE_LABEL``: "By Ann Lee |
#: Updated: Mar 14, 2024"), whose day is not the publication's.
_UPDATE_LABEL = re.compile(r"\bupdated\b", re.IGNORECASE)
#: How many texts after an update label's may hold the publication label's day.
_UPDATE_LOOKAHEAD = 6


def _published_day(text: str, m: re.Match[str]) -> tuple[str, bool]:
    """The day ``m`` (a ``_DATE_LABEL`` match in ``text``) reads, or, when an update
    label names it, a later publication label's day in ``text``; and whether the day
    returned is an update's."""
    if not _UPDATE_LABEL.search(text, m.start(), m.start("date")):
        return m.group("date"), False
    later = _DATE_LABEL.search(text, m.end())
    if later and not _UPDATE_LABEL.search(text, later.start(), later.start("date")):
        return later.group("date"), False
    return m.group("date"), True


_DAY_FORM = re.compile(_DAY_FORMS, re.IGNORECASE)
_HOLDS_ISO_DAY = etree.XPath("boolean(//@*[contains(., $day)] or //text()[contains(., $day)])")


def prints_day(doc: html.HtmlElement, day: str, parse: Callable[[str], str | None]) -> bool:
    """Whether the page gives ``day`` (``YYYY-MM-DD``): so written in its markup (an
    attribute, a script's data), or printed in its text in one of the forms labels are
    followed by (``_DAY_FORMS``), as ``parse`` reads them (the page's ``parse_date``).

    >>> doc = html.fromstring("<div><p>Janic Cathomen, 01.12.2021</p><p>Text</p></div>")
    >>> from newscrawl.cleaning import parse_date
    >>> prints_day(doc, "2021-12-01", parse_date), prints_day(doc, "2021-11-01", parse_date)
    (True, False)
    """
    if _HOLDS_ISO_DAY(doc, day=day):
        return True
    for text in _TEXTS(doc):
        for m in _DAY_FORM.finditer(text) if _DIGIT.search(text) else ():
            if (parse(m.group(0)) or "")[:10] == day:
                return True
    return False


def opening_date(paragraphs: Sequence[str]) -> list[str]:
    """The day a story's first paragraph opens with (raw, unparsed), as press releases
    print it: alone, in parentheses, or after the place. (The second paragraph too, when
    the first is the headline, cost the eval corpus's check half a date.)

    >>> opening_date(["(21. November 2022) Energieverbraucher erhalten eine Erhöhung."])
    ['21. November 2022']
    >>> opening_date(["Berlin, 28.10.2021 – Das Rote Kreuz warnt."]), opening_date(["May 6, 2022"])
    (['28.10.2021'], ['May 6, 2022'])
    >>> opening_date(["Am 8. November 2021 findet der Tag statt."])
    []
    """
    m = _OPENING_DATE.match(paragraphs[0].strip()) if paragraphs else None
    return [m.group("bracketed") or m.group("date")] if m else []


#: A teaser of the page itself holds its title, its day and a few words: at most so many
#: characters, and the link is at most so many elements down in it.
_TEASER_CHARS = 400
_TEASER_DEPTH = 4
#: A reader comment's block, among a self-link's ancestors (its permalink's day is the
#: comment's).
_IN_COMMENT = etree.XPath(f"boolean(ancestor::*[{COMMENT_CLASS} or {COMMENT_BLOCK}])")
#: The links whose address holds ``$tail``.
_LINKS_HOLDING = etree.XPath("//a[contains(@href, $tail)]")


def _address_key(address: str) -> str:
    """An address as a link to the page and the page's own compare: ``canonical_url``,
    without a trailing slash or dot."""
    return canonical_url(address).rstrip("/.")


def _own_addresses(own: Sequence[str]) -> tuple[set[str], set[str]]:
    """The page's addresses (``_address_key``), and the last part of each (its path's last
    segment, or its query) that a link to it must hold."""
    keys: set[str] = set()
    tails: set[str] = set()
    for address in own:
        parts = urlsplit(address)
        tail = parts.query or parts.path.rstrip("/.").rsplit("/", 1)[-1]
        if tail:  # (a home page has no teaser of its own)
            keys.add(_address_key(address))
            tails.add(tail)
    return keys, tails


def own_teaser_dates(
    doc: html.HtmlElement, own: Sequence[str], parse: Callable[[str], str | None]
) -> list[str]:
    """The day printed beside a link to the page itself (``own``: its address and its
    canonical one), as ``parse`` reads it: the page's teaser in a list of the latest
    stories ("Energiepreiskrise ... 21.11.2022"), or a blog post's header whose title
    links to the post. The nearest block of the link that holds a day (``_DAY_FORMS``),
    of ``_TEASER_CHARS`` at most, gives it; every such teaser must give the same day.
    A link with a fragment (a comment's permalink) or in a comment's block does not
    count.

    >>> from newscrawl.cleaning import parse_date
    >>> doc = html.fromstring('<div><ul><li><a href="/news/fire">Fire at the mill</a> '
    ...     '<span>21.11.2022</span></li><li><a href="/news/fair">Fair</a> 20.11.2022</li>'
    ...     '</ul><p>Valid until 31.12.2022.</p></div>')
    >>> own_teaser_dates(doc, ["https://x.example/news/fire"], parse_date)
    ['2022-11-21']
    >>> own_teaser_dates(doc, ["https://x.example/news/flood"], parse_date)
    []
    >>> own_teaser_dates(html.fromstring('<p><a href="http://[x/news/fire">Fire</a> '
    ...     '21.11.2022</p>'), ["https://x.example/news/fire"], parse_date)  # (malformed)
    []
    """
    keys, tails = _own_addresses(own)
    if not keys:
        return []
    base = own[0]
    days: dict[str, str] = {}
    links = {link: None for tail in tails for link in _LINKS_HOLDING(doc, tail=tail)}
    for link in links:
        href = link.get("href")
        address = None if "#" in href else absolute_url(href, base)  # (None: malformed)
        if address is None or _address_key(address) not in keys:
            continue
        if _IN_COMMENT(link):
            continue
        block = link
        for _ in range(_TEASER_DEPTH):
            block = block.getparent()
            if block is None or block.tag == "body":
                break
            if len(block.text_content()) > _TEASER_CHARS:
                break
            found = [
                day
                for text in block.itertext()
                for m in _DAY_FORM.finditer(text)
                if (day := parse(m.group(0)))
            ]
            if found:
                days.update((day[:10], day) for day in found)
                break
    return list(days.values()) if len(days) == 1 else []


_URL_DAY = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")


def url_day(url: str | None) -> str | None:
    """The ``YYYY-MM-DD`` a URL's path gives (``/2017/7/12/``), or None.

    >>> url_day("https://x.example/home/2017/7/12/montauk"), url_day("https://x.example/a/12")
    ('2017-07-12', None)
    """
    m = _URL_DAY.search(url or "")
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?:/|$)")


def url_month(url: str | None) -> str | None:
    """The ``YYYY-MM`` a URL's path files its page under (``/2013/06/``), or None.

    >>> url_month("https://x.example/science/2013/06/debris/"), url_month("https://x.example/a")
    ('2013-06', None)
    """
    m = _URL_MONTH.search(url or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}"


#: A year of the web as a segment of a URL's path (``/2022/ausflug/``), not an id (``/1918/``).
_URL_YEAR = re.compile(r"^https?://[^/]+(?:/[^?#]*)?/(199[5-9]|20\d{2})(?:/|$)")


def url_year(url: str | None) -> str | None:
    """The year a URL's path gives as a segment of its own, or None.

    >>> url_year("https://x.example/2022/ausflug/"), url_year("https://x.example/tipp/1918/a")
    ('2022', None)
    """
    m = _URL_YEAR.search(url or "")
    return m.group(1) if m else None
