"""Extraction: one HTML page in, one clean ``Article`` out.

``extract_article`` parses the page once with lxml, reads structured metadata (JSON-LD,
OpenGraph, ``<meta>``), applies the theme's rules (the profile's theme, else the one
detected from markup), falls back on the generic body extractor, and hands every raw value
to the ``ArticleLoader``, which cleans them. The spider, ``python -m newscrawl extract`` and
the benchmarks all go through this one function.
"""

from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree, html
from w3lib.encoding import html_to_unicode, resolve_encoding

from newscrawl import cleaning
from newscrawl.extraction.body import INLINE_TAGS, without_linked_teasers, without_repeats
from newscrawl.extraction.body import extract_body as _generic_body
from newscrawl.extraction.body_filters import PIECE_CREDIT, is_date_line
from newscrawl.extraction.body_filters import filter_paragraphs as _filter_paragraphs
from newscrawl.extraction.language import detect_language, text_sample, worth_telling
from newscrawl.extraction.metadata import (
    COMMENT_BLOCK,
    COMMENT_CLASS,
    COMMENT_CLASS_PARTS,
    COMMENT_CLASS_START,
    COMMENT_WORDS,
    HOME_CRUMB,
    MAX_BYLINE_NAMES,
    OTHER_ITEM_TYPES,
    Metadata,
    author_box_name,
    byline_candidates,
    byline_wire,
    extract_metadata,
    headed_related,
    html_crumbs,
    labelled_dates,
    microdata_crumbs,
    opening_date,
    own_teaser_dates,
    prints_day,
    text_bylines,
    url_day,
    url_month,
    url_year,
)
from newscrawl.extraction.themes import (
    GENERIC,
    LISTED_STORY,
    MASTHEAD,
    SITE_HEADER_CLASSES,
    SITE_HEADER_IDS,
    PageAttributes,
    Rule,
    Theme,
    ThemeFields,
    get_theme,
    printed_updates,
)
from newscrawl.extraction.themes import detect_theme as _detect_theme
from newscrawl.items import Article
from newscrawl.loaders import ArticleLoader
from newscrawl.urls import site_domain

__all__ = [
    "ExtractionError",
    "classify_page",
    "credit_people",
    "detect_theme",
    "extract_article",
    "parse_html",
]

logger = logging.getLogger(__name__)

# (the page is parsed from its UTF-8 bytes: lxml reads them faster than a str, and the
# encoding given overrides a <meta charset> the decoded text no longer follows)
_PARSER = html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
# lxml.html picks each element's class in a Python method (form elements get classes of
# their own), called for every element proxy the extraction touches: a C-level default
# lookup gives the same HtmlElement and spares about a tenth of the extraction's time.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=html.HtmlElement,
        comment=html.HtmlComment,
        pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity,
    )
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: NUL bytes the first 2 KB of a page may hold and still be read as text.
_MOST_NULS = 8
#: Control characters: many at a page's start mean binary input.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
#: Characters XML 1.0 has no place for (lxml refuses them in trafilatura's copy of the
#: tree): control characters, dropped, and vertical tab and form feed, whitespace in HTML,
#: read as spaces.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_XML_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
_NOT_XML_BYTES = tuple(c.encode() for c in _NOT_XML_CHARS)

#: A heading whose whole text is one paragraph (``<h1><p>Headline</p></h1>``): browsers keep
#: the ``<p>`` in the heading, libxml2 closes the heading before it, leaving it empty and
#: the headline a paragraph of the body. The ``<p>`` tags are dropped before parsing. (The
#: paragraph's text may hold inline tags, no ``<p>`` or heading tag; the possessive
#: quantifier keeps the scan linear on pages of thousands of unclosed headings.)
_P_IN_HEADING = re.compile(
    r"(<[hH]([1-6])\b[^<>]*>\s*)<[pP]\b[^<>]*>((?:[^<]|<(?!/?(?:[pP]|[hH][1-6])\b))*+)"
    r"</[pP]\s*>(\s*</[hH]\2\s*>)"
)


def _xml_char(m: re.Match[str]) -> str:
    return " " if m.group() in "\x0b\x0c" else ""


class ExtractionError(ValueError):
    """The input cannot be read as an HTML page (empty, binary, unparseable)."""


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text with the page's declared charset (BOM, header, ``<meta>``), else a
    guess made as the spider's responses make it (ASCII, UTF-8, then charset-normalizer's
    best match), so a page saved to disk reads as it did in the crawl.
    """
    _, text = html_to_unicode(content_type, data, auto_detect_fun=_detect_encoding)
    return text


def _detect_encoding(data: bytes) -> str | None:
    for encoding in ("ascii", "utf-8"):
        try:
            data.decode(encoding)
        except UnicodeError:
            continue
        return resolve_encoding(encoding)
    from charset_normalizer import from_bytes  # imported lazily: few pages need it

    match = from_bytes(data).best()
    return resolve_encoding(match.encoding) if match else None


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
        # (a few NUL bytes in a page's text are a CMS's slip, dropped below; a binary file
        # has them throughout, and its control characters fail the test after decoding)
        if head.count(b"\x00") > _MOST_NULS and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ExtractionError("binary input: not an HTML page (NUL bytes)")
        text = decode_html(bytes(page))
    elif isinstance(page, str):
        text = page
    else:
        raise ExtractionError(f"expected str or bytes, got {type(page).__name__}")
    if not text or text.isspace():  # (isspace stops at the first other character)
        raise ExtractionError("empty input: no HTML to extract from")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ExtractionError("binary input: not an HTML page (control characters)")
    if "<" not in sample and "<" not in text[:65536]:
        raise ExtractionError("not HTML: no markup in the input")
    text = _XML_DECL.sub("", text, count=1)
    data: bytes | None = None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: lxml would drop the elements holding them
        text = cleaning.drop_surrogates(text)
    # a stray control character in the text (\x10 in a paragraph) made trafilatura's copy
    # of the tree refuse the paragraph, and the page come out without a body
    # (looked for in the UTF-8 bytes, where no other character has a byte below 0x20: a
    # third of the time of looking in the text, a ninth of a regex scan's)
    if (
        any(c in text for c in _NOT_XML_CHARS)
        if data is None
        else any(b in data for b in _NOT_XML_BYTES)
    ):
        text, data = _NOT_XML.sub(_xml_char, text), None
    text, moved = _P_IN_HEADING.subn(r"\1\3\4", text)
    if data is None or moved:
        data = text.encode("utf-8")
    try:
        doc = html.document_fromstring(data, parser=_PARSER, base_url=url)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    if doc is None or not isinstance(doc.tag, str):
        raise ExtractionError("unparseable HTML: no document element")
    if not doc.attrib:
        _restore_root_attributes(doc, text)
    return doc


_HTML_TAG = re.compile(r"<html\b([^<>]*)>", re.IGNORECASE)


def _restore_root_attributes(doc: html.HtmlElement, text: str) -> None:
    """Give ``doc`` the attributes of the page's ``<html>`` tag (``lang``) when the parser
    dropped them: text before the tag (a PHP warning, a ``document.write`` script) makes
    libxml2 open the document itself and ignore the ``<html>`` that comes later."""
    m = _HTML_TAG.search(text, 0, 262144)
    if not m or not m.group(1).strip():
        return
    try:
        tag = html.document_fromstring(f"<html{m.group(1)}><body></body></html>")
    except (etree.ParserError, ValueError):
        return
    for name, value in tag.attrib.items():
        doc.set(name, value)


def detect_theme(doc: html.HtmlElement | str | bytes) -> str | None:
    """The CMS theme ``doc``'s markup shows (``"tagdiv"``, ``"wordpress"``, ...), or None."""
    if not isinstance(doc, html.HtmlElement):
        doc = parse_html(doc)
    return _detect_theme(doc)


def _theme_for(
    doc: html.HtmlElement, theme: str | None, page: PageAttributes | None = None
) -> Theme:
    chosen = get_theme(theme)
    if chosen is None and theme:
        logger.debug("unknown theme %r: detecting from markup", theme)
    if chosen is None:
        chosen = get_theme(_detect_theme(doc, page))
    return chosen or GENERIC


def _generic_paragraphs(doc: html.HtmlElement, url: str | None) -> list[str]:
    return list(_generic_body(doc, url))


#: A structured publication date this many days after the date in the URL's path is a
#: re-save (a CMS migration), not the publication: the URL's day is kept instead.
URL_DAY_SLACK = 30


def _url_day_first(
    published: list[str], url: str | None, dating: Mapping[str, Any], earlier: bool = False
) -> list[str]:
    """``[the URL's day]`` when structured data dates the article long after or before it
    (a month or more: a feed's or a template's date, not the story's), or gives
    it in UTC on the day before or after (the URL's day is then the local one), else [].
    ``dating``: the page's ``parse_date`` options (``Metadata.dating``). ``earlier``: for
    dates the theme's rules read off the page, also when they date it days before the
    URL's day (a teaser's date, or a short date read in the wrong order: "6.4.13")."""
    day = url_day(url)
    first = next((d for d in (cleaning.parse_date(v, **dating) for v in published) if d), None)
    if not day or not first:
        return []
    try:
        late = date.fromisoformat(first[:10]) - date.fromisoformat(day)
    except ValueError:
        return []
    if abs(late.days) > URL_DAY_SLACK or (earlier and late.days < -1):
        return [day]
    if abs(late.days) == 1 and first.endswith("+00:00") and _near_midnight(first, late.days):
        return [day]
    return []


def _near_midnight(utc: str, days_off: int) -> bool:
    """Whether a UTC time is one that a zone of the world (UTC-12 to UTC+14) shows on the
    day before (``days_off`` 1) or after (-1)."""
    hour = int(utc[11:13])
    return hour < 12 if days_off == 1 else hour >= 10


def _local_time(value: str | None) -> bool:
    """A date with a time that is not in UTC: nothing later can make it more local."""
    return bool(value) and len(value) > 10 and not value.endswith("+00:00")


def _answered(
    md: Metadata, site: str | None, url: str | None, dating: Mapping[str, Any]
) -> set[str]:
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
    if any(_local_time(cleaning.parse_date(d, **dating)) for d in md.published):
        skip.add("published")
    if any(len(cleaning.parse_date(d, **dating) or "") > 10 for d in md.modified):
        skip.add("modified")
    site_names = _site_names(site, url, md)
    names = cleaning.clean_authors(md.authors, _author_site_names(site_names, url))
    if (
        len(names) > 1  # (one name may be the primary author of several the byline prints)
        and not _only_the_site(names, site_names)
        and not all(map(_handle, names))
    ):
        skip.add("authors")  # (a CMS account's handle may give way to the printed byline)
    return skip


_BASE_HREF = etree.XPath("/html/head/base/@href")


_squash = cleaning.word_key


_H1 = etree.XPath("//h1")
_SUBHEADINGS = etree.XPath("//body//*[self::h2 or self::h3]")


def _subheadings(doc: html.HtmlElement) -> list[str]:
    return [h.text_content() for h in _SUBHEADINGS(doc)]


_IS_MASTHEAD = etree.XPath(f"boolean({MASTHEAD})")


def _mastheads(doc: html.HtmlElement) -> tuple[list[str], int]:
    """The site's names printed in ``<h1>`` headings (``themes.MASTHEAD``: linking to its
    home page, in its logo), and the number of the page's other (non-empty) ``<h1>``s."""
    names, others = [], 0
    for h in _H1(doc):
        text = cleaning.normalize_space(h.text_content())
        if _IS_MASTHEAD(h):
            names += [text] if text else []
        elif text:
            others += 1
    return names, others


def _names_only(mastheads: list[str], md: Metadata) -> list[str]:
    """The masthead texts that are names: not one that prints the page's title (a logo's
    ``<h1>`` holding the headline, of four words or more, and the site's name), whose
    every part would read as the site's name in ``<title>``.

    >>> md = Metadata(html_title="Floods hit the town » Local » Herald")
    >>> _names_only(["Floods hit the townHerald", "The Herald"], md)
    ['The Herald']
    """
    leads = [cleaning.title_segments(t)[0] for t in (*md.titles, md.html_title) if t]
    keys = [_squash(k) for k in leads if len(k.split()) >= 4]
    return [m for m in mastheads if not any(k and k in _squash(m) for k in keys)]


def _bare(title: str, site_names: list[str]) -> str:
    """A title without site names, squashed (only letters and digits, casefolded)."""
    return _bare_cached(cleaning.plain(title), tuple(map(cleaning.plain, site_names)))


@lru_cache(maxsize=1024)
def _bare_cached(title: str, site_names: tuple[str, ...]) -> str:
    return _squash(cleaning.strip_title_suffix(title, site_names))


def _agrees(heading: str, bare_titles: list[str], site_names: list[str]) -> bool:
    """Whether ``heading`` equals, contains or is contained in one of ``bare_titles``."""
    h = _bare(heading, site_names)
    return bool(h) and any(t and (h == t or h in t or t in h) for t in bare_titles)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w{4,}", text.casefold())}


def _same_story(headline: str, title: str, site_names: list[str]) -> bool:
    """Whether two differently worded titles share at least two words besides the site's
    name (words compared by their first five letters: ``Finanzierung``/``finanzieren``)."""
    shared = _stems(headline) & _stems(title)
    return len(shared - _stems(" ".join(site_names))) >= 2


def _masthead_text(headline: str, metas: list[str], site_names: list[str]) -> bool:
    """Whether ``headline`` names the site: is one of its names, or opens with the affix
    that a metadata title's site name was (``Kinder und Arbeit » ProNATs e.V.`` and the
    heading ``ProNATs e.V. Verein zur Unterstützung arbeitender Kinder``), or is a blog's
    or a section's banner, opening with a segment of a title after its first and a colon
    ("The Schmooze: Your Jewish Pop Culture Fix" where ``<title>`` is "Why Does Slack Say
    Hummus? - The Schmooze – Forward.com")."""
    if cleaning.names_site(headline, site_names):
        return True
    head = _squash(headline)
    banner = _squash(headline.split(":", 1)[0]) if ":" in headline else ""
    for meta in metas:
        if len(banner) >= 4 and banner in map(_squash, cleaning.title_segments(meta)[1:]):
            return True
        full = cleaning.normalize_space(meta)
        kept = cleaning.strip_title_suffix(full, site_names)
        affix = full.removeprefix(kept) if full.startswith(kept) else full.removesuffix(kept)
        if kept and kept != full and len(_squash(affix)) >= 4 and head.startswith(_squash(affix)):
            return True
    return False


def _leads_title(headline: str, html_title: str, site_names: list[str]) -> bool:
    """Whether ``headline`` (three words or more) is the first of several segments that
    ``html_title`` keeps without the site's name: "Headline - Its dek - Site", a page whose
    ``<h2>`` under the headline is the dek that ``<title>`` repeats.

    >>> _leads_title("Floods hit town", "Floods hit town - Relief comes - Herald", ["Herald"])
    True
    >>> _leads_title("Floods hit town", "Floods hit town - Relief comes", ["Herald"])
    False
    """
    kept = cleaning.strip_title_suffix(html_title, site_names)
    if len(headline.split()) < 3 or _squash(kept) == _squash(html_title):
        return False
    segments = cleaning.title_segments(kept)
    return len(segments) >= 2 and _squash(segments[0]) == _squash(headline)


def _words_within(part: str, text: str) -> bool:
    """Whether ``part``'s words come in ``text`` in a row, as whole words ("News" in
    "Site News - Archive", not "Geschichte" in "Chorgeschichte")."""
    words, within = re.findall(r"\w+", part.casefold()), re.findall(r"\w+", text.casefold())
    n = len(words)
    return bool(words) and any(within[i : i + n] == words for i in range(len(within) - n + 1))


_KICKER_MARK = re.compile(r"\s*[:–—-]\s+")


def _punctuated(title: str, heading: str) -> bool:
    """Whether ``title`` has a colon or dash between words that ``heading`` runs together."""
    parts = _KICKER_MARK.split(title)
    words_between = all(re.search(r"\w", p) for p in parts)  # not "...: Title"
    return words_between and len(parts) > len(_KICKER_MARK.split(heading))


_H2 = etree.XPath("(//body//h2)[position() <= 12]")


#: Sections every news site has, in the languages of the sites we crawl: a metadata title's
#: first or last segment that is one of them is no part of the headline.
_SECTION_NAMES = (
    "News", "Local", "Local News", "Politics", "Business", "Sports", "Opinion", "World",
    "Nachrichten", "Aktuelles", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur",
    "Panorama", "Meinung", "Noticias", "Actualidad", "Deportes", "Actualités", "Notizie",
    "Cronaca", "Notícias", "Nieuws", "Wiadomości",
)  # fmt: skip


def _url_folders(url: str | None) -> list[str]:
    """The folders of a page's address, the sections a site files it under; not the last
    when the address ends in a number (that folder is the story's own name).

    >>> _url_folders("https://herald.example/news/local-news/floods-hit-town.html")
    ['news', 'local-news']
    >>> _url_folders("https://herald.example/blog/floods/2010-10-26-18")
    ['blog']
    """
    *folders, last = urlsplit(url or "").path.split("/")[1:] or [""]
    if not re.search(r"[^\W\d_]", last.rsplit(".", 1)[0]):
        folders = folders[:-1]
    return [f for f in folders if f]


def _h2_headline(
    doc: html.HtmlElement, md: Metadata, site_names: list[str], h1: list[str]
) -> list[str]:
    """The ``<h2>`` that is the headline, on a page whose ``<h1>`` (if any) is not most of
    a metadata title: the first that the metadata titles repeat, without site names, whole
    or as most of one (a theme that prints the post's title in an ``<h2>``, and its section
    or kicker in the ``<h1>`` or only in ``<title>``)."""
    bare = [_bare(t, site_names) for t in (*md.titles, md.html_title) if t]
    if not bare:
        return []
    if h1 and any(_most_of(_bare(h1[0], site_names), b) for b in bare):
        return []
    if h1 and md.html_title and _leads_title(h1[0], md.html_title, site_names):
        return []  # the <h2> under it is its dek
    for h in _H2(doc):
        text = cleaning.normalize_space(h.text_content())
        key = _bare(text, site_names)
        if len(text.split()) >= 3 and any(_most_of(key, b) for b in bare):
            return [text]
    return []


#: A paragraph's first characters, which find its element in the page (``_opening``).
_OPENING_CHARS = 40
#: An element whose text opens with ``$opening`` (a no-break space taken for a space: the
#: extracted text has one space where the page has "depuis&nbsp; l'indépendance", and
#: normalize-space() keeps the no-break space).
_OPENS = "[starts-with(normalize-space(translate(., '\u00a0', ' ')), $opening)]"
#: The ``<p>``, or the paragraph or heading, a text of the body opens.
_OPENING_P = etree.XPath(f"(//body//p{_OPENS})[1]")
_OPENING_BLOCK = etree.XPath(f"(//body//*[self::p or self::h1 or self::h2 or self::h3]{_OPENS})[1]")
#: (or any heading: ``h4`` to ``h6`` too)
_OPENING_ANY_HEADING = etree.XPath(
    "(//body//*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
    f" or self::h6]{_OPENS})[1]"
)


def _opening(find: etree.XPath, doc: html.HtmlElement, text: str) -> html.HtmlElement | None:
    """The element of ``doc`` that ``find`` (``_OPENING_P``, ``_OPENING_BLOCK``) finds
    opening with ``text``'s first characters, or None."""
    opening = cleaning.normalize_space(text)[:_OPENING_CHARS]
    found = find(doc, opening=opening) if opening else []
    return found[0] if found else None


#: The heading nearest before an element, in the page's order.
_HEADING_BEFORE = etree.XPath("preceding::*[self::h1 or self::h2 or self::h3][1]")
#: (or any heading: ``h4`` to ``h6`` too)
_ANY_HEADING_BEFORE = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"
)
#: Where a heading is none of the story's: navigation, a sidebar, the footer, the logo.
_NOT_STORY_HEADING = etree.XPath(
    f"boolean(ancestor-or-self::*[self::nav or self::aside or self::footer] or {MASTHEAD})"
)


def _heading_over_body(
    doc: html.HtmlElement, paragraphs: Sequence[str], minor: bool = False
) -> list[str]:
    """The heading the body opens with, or the one just before its first paragraph, of
    three words or more: the headline of a page whose metadata titles are all the site's
    name (a classic blog theme: the logo in the ``<h1>``, the post's title in an ``<h2>``,
    ``<title>`` the site's name). With ``minor``, an ``<h4>`` to ``<h6>`` counts too (a
    page with no ``<h1>`` whose headline is a minor heading). Empty when that heading is
    navigation's, a sidebar's or the logo."""
    find, before = (
        (_OPENING_ANY_HEADING, _ANY_HEADING_BEFORE) if minor else (_OPENING_BLOCK, _HEADING_BEFORE)
    )
    block = _opening(find, doc, paragraphs[0]) if paragraphs else None
    if block is None:
        return []
    heading = [block] if block.tag != "p" else before(block)
    if not heading or _NOT_STORY_HEADING(heading[0]):
        return []
    text = cleaning.normalize_space(heading[0].text_content())
    return [text] if len(text.split()) >= 3 else []


def _most_of(part: str, whole: str) -> bool:
    """Whether ``part`` is in ``whole`` and at least half of it (squashed keys)."""
    return bool(part) and part in whole and 2 * len(part) >= len(whole)


#: The fewest characters of a metadata title cut short without an ellipsis (JSON-LD
#: ``headline`` is cut at 110 by CMSs that follow Google's old limit).
_CUT_TITLE_MIN = 100


def _untruncated(title: str, metas: list[str], site_names: list[str]) -> str:
    """The metadata title that ``title`` is cut from ("... drew a crowd of reside...",
    a ``headline`` cut at 110 characters), else ``title``.

    >>> _untruncated("Floods hit the town and its…", ["Floods hit the town and its farms"], [])
    'Floods hit the town and its farms'
    """
    text = cleaning.normalize_space(title)
    core = text.rstrip(".…").rstrip()
    if core == text and len(text) < _CUT_TITLE_MIN:
        return title
    key = _squash(core)
    if len(key) < 20:
        return title
    for other in metas:
        full = _bare(other, site_names)
        if len(full) > len(key) and full.startswith(key):
            return other
    return title


def _title_candidates(
    md: Metadata,
    found: ThemeFields,
    site_names: list[str],
    overridden: bool,
    sole_heading: bool = False,
    subheadings: Callable[[], list[str]] | None = None,
) -> list[str]:
    """Title candidates, best first.

    The page's own headline (``<h1>`` by the theme's rules) is the title readers saw: it
    wins when it agrees with one of the metadata titles (is equal to, contained in or
    contains it, without site names), and when it words the same story differently (SEO
    titles). Of the page's headings, the first that agrees is the headline (the
    first may be a section name); of a headline's readings with and without a leading
    kicker, the one the metadata repeats. Structured data wins over a headline that is
    ``Section | Title`` or unrelated to it, unless the headline is a phrase and the page's
    ``sole_heading``; a metadata title that ``<title>`` repeats comes as ``<title>``
    prints it. An override always wins. ``subheadings`` gives the page's ``<h2>`` and
    ``<h3>`` texts (only asked for when ``<title>`` is all there is to weigh).
    """
    headline = found.titles[0] if found.titles else None
    metas = [t for t in md.titles if t]
    if md.html_title:
        metas.append(md.html_title)
    # a metadata title that is the site's name alone is the last resort
    metas.sort(key=lambda t: cleaning.is_site_name(t, site_names))
    metas = [_untruncated(m, metas, site_names) for m in metas]
    if headline and (overridden or not metas):
        return [headline, *metas]
    if md.html_title and _bare(md.html_title, site_names) == _bare(metas[0], site_names):
        # the same title as the browser shows it, in the CMS's typography (– for -)
        metas.insert(0, md.html_title)
    if not headline:
        return metas
    bare = [_bare(m, site_names) for m in metas]
    if cleaning.is_site_name(headline, site_names):
        # the site's name in a heading without a link home (a masthead all the same)
        headline = next(
            (t for t in found.titles if not cleaning.is_site_name(t, site_names)), headline
        )
    multiword = [t for t in found.titles if len(t.split()) > 1]
    headline = next((t for t in multiword if _agrees(t, bare, site_names)), headline)
    if headline == found.titles[0]:
        # the reading (with or without a leading kicker) that structured data repeats,
        # else the one any metadata title repeats (<title> often keeps the kicker)
        h = _bare(headline, site_names)
        for pool in ([_bare(t, site_names) for t in md.titles if t], bare):
            if h in pool:
                break
            form = next((f for f in found.headline_forms if _bare(f, site_names) in pool), None)
            if form:
                headline = form
                break
    if _agrees(headline, bare, site_names):
        h = _bare(headline, site_names)
        meta = next(m for m, b in zip(metas, bare, strict=True) if b and (h in b or b in h))
        kept = cleaning.strip_title_suffix(meta, site_names)
        if not cleaning.kicker_before(headline, kept):
            if cleaning.same_words(kept, headline) and _punctuated(kept, headline):
                # the same words, the kicker set off by a colon the heading's markup
                # printed as a line break ("100. Geburtstag: Holocaust-Überlebende ...")
                return [kept, headline, *metas]
            return [headline, *metas]
        # the headline is "Section | Title": the metadata title is cleaner
    elif not _masthead_text(headline, metas, site_names) and any(
        _same_story(headline, meta, site_names) for meta in metas
    ):
        return [headline, *metas]
    elif not md.titles and md.html_title:
        # Only <title> to weigh it against: the headline, unless it is one of the
        # <title>'s segments (a site name or tagline printed in an <h1>), or <title> is a
        # title and a site's name; not when that title is one or two words and the heading
        # has more (the page's name a CMS gives every article: "Einzelansicht - Site"),
        # nor when it follows the site's name and the page's one heading is a phrase (the
        # site's tagline or a section: "Site - Your local newspaper").
        names = site_names
        blog, post = cleaning.blog_archive(md.html_title)
        if post and _squash(blog) == _squash(headline):
            return [post, headline]  # the blog's name in an <h1>: "Blog » Blog Archive » Title"
        if len(md.html_title) <= cleaning.LONGEST_TITLE and any(
            _words_within(s, headline) for s in cleaning.title_segments(md.html_title)
        ):
            names = [*site_names, headline]
        title = cleaning.strip_title_suffix(md.html_title, names)
        words = len(headline.split())
        page_name = len(title.split()) <= 2 < words or (
            sole_heading and words >= 3 and not md.html_title.startswith(title)
        )
        if (
            (page_name or _squash(title) == _squash(md.html_title))
            and not cleaning.names_site(headline, site_names)
            and not (subheadings and _squash(title) in map(_squash, subheadings()))
        ):
            return [headline, *metas]
        # (a <title> the article prints as its sub-heading is its headline: the <h1> is
        # the section's banner, "Allergies Health Center")
        return [title, headline]
    elif (
        sole_heading
        and len(found.titles) == 1
        and len(headline.split()) >= 3
        and not _masthead_text(headline, metas, site_names)
    ):
        # the page's one heading, a phrase: the metadata titles are generic page names
        # or SEO wording ("About Us", "Autofinanzierung – Autokredit oder Leasing?")
        return [headline, *metas]
    return [*metas, *found.titles]


#: A microdata item of a clip, a picture or a comment (``metadata.OTHER_ITEM_TYPES``), as a
#: condition on its ``@itemtype`` attribute.
_OTHER_ITEM_TYPE = " or ".join(f"contains(., 'schema.org/{t}')" for t in OTHER_ITEM_TYPES)
#: Where a page prints dates that are not the article's: the site header's "today" (a
#: header, or a block named or marked as one, whose only ``<h1>`` is the logo counts),
#: navigation, sidebars and ``<aside>``s outside the article, lists of other stories (their
#: dates are older: htmldate takes the oldest), the microdata items of clips,
#: pictures and comments (their ``datePublished``), readers' comments (``comment-meta``,
#: ``recipe-comment-box``: their timestamps follow the article's), the ``<meta>``s of the
#: last change (``article:modified_time``, ``Last-Modified``, Avada's hidden hAtom
#: ``updated``), quotations and embedded
#: posts (an Instagram photo's ``<blockquote>`` prints the day it was posted in a
#: ``<time>``, as the theme rules do not read it); styles and the URLs of
#: assets (a build's timestamp, ``app.css?v=2022-06-15``), a lead picture's address in a
#: month's folder. Removed before htmldate looks.
#: Inline scripts stay: analytics data layers often carry the publication date.
_HEADER_DATES = (
    f"//body//header[not(.//h1[not({MASTHEAD})])][not(ancestor::article)]"
    # (a site header built of <div>s: its role, its id or its class says so; found from
    # the attributes, which is faster than testing every element)
    " | (//body//@role[. = 'banner'] | //body//@id["
    + " or ".join(f". = '{i}'" for i in SITE_HEADER_IDS)
    + "] | //body//@class["
    + " or ".join(f"contains(., '{c}')" for c in SITE_HEADER_CLASSES)
    + f"])/parent::*[not(.//h1[not({MASTHEAD})])][not(ancestor::article)]"
    " | //body//aside[not(.//h1 or ancestor::article)] | //body//nav[not(.//h1)]"
    f" | //body//@itemtype[{_OTHER_ITEM_TYPE}]/parent::*[not(.//h1)]"
    # (a list of other stories: an item that links a title, or a story's card, an
    # <article> in the article, whose heading links to it)
    f" | //body//li{LISTED_STORY}"
    " | //body//article//article[not(.//h1)][.//*[self::h2 or self::h3 or self::h4]//a[@href]]"
    # (or one of a grid of cards, <article>s side by side: Elementor's posts widget)
    " | //body//article[not(.//h1)][.//*[self::h2 or self::h3 or self::h4]//a[@href]]"
    "[preceding-sibling::article or following-sibling::article]"
    # (the last change's <meta>s: htmldate takes one when the head names no other date)
    " | //meta[contains(@property, 'modified') or contains(@name, 'modified')"
    " or contains(@itemprop, 'odified') or contains(@property, 'updated_time')"
    " or translate(@http-equiv, 'LASTMODIFED', 'lastmodifed') = 'last-modified']"
    " | //style | //script[@src] | //body//blockquote"
    # (Avada's hidden hAtom data after the story: its "updated" is the last change,
    # "<span class="updated rich-snippet-hidden">2023-04-02T..."; a bare "updated" of
    # other themes may be the only posting date)
    " | //body//@class[contains(., 'rich-snippet-hidden')][contains(., 'updated')]/parent::*"
    # (a lead picture in WordPress's month folder: htmldate reads the file's name as the
    # day, "uploads/2020/03/4-letters.jpg" as 4 March)
    " | //meta[@property = 'og:image'][contains(@content, '/wp-content/uploads/')]"
    " | //link[contains(@rel, 'stylesheet') or contains(@rel, 'preload')"
    " or contains(@rel, 'prefetch') or contains(@rel, 'icon') or contains(@rel, 'manifest')]"
)
#: Classes of the site header's "today" widget.
_DATE_WIDGET_CLASSES = ("td_data_time", "header_date", "header-date", "today", "current-date")
_DATE_WIDGET_CLASS = " or ".join(f"contains(@class, '{c}')" for c in _DATE_WIDGET_CLASSES)
#: A reader comment's class (``COMMENT_CLASS``, or holding "-comment").
_COMMENT_WIDGET_PARTS = (*COMMENT_CLASS_PARTS, "-comment")
_COMMENT_WIDGET_CLASS = f"{COMMENT_CLASS} or contains(@class, '-comment')"
_WIDGET_DATES = Rule(
    f"//body//*[{_DATE_WIDGET_CLASS}]"
    # a sidebar, not the layout's column or wrapper named for it that holds the headline
    # ("no-sidebar", "penci_sidebar right-sidebar"); (widget and related classes too cost
    # the corpus's dev half a date: a teaser's permalink there dated an "about" page)
    " | //body//*[contains(@class, 'sidebar')][not(.//h1)]"
    f" | //body//*[{_COMMENT_WIDGET_CLASS} or starts-with(@id, 'comment')][not(.//h1)]"
    f" | //body//*[{COMMENT_BLOCK}][not(.//h1)]"
)


def _widget_class(value: str) -> int:
    """What a class makes of its element for ``_WIDGET_DATES``: 2, a date widget; 1, a
    sidebar or a comment block (when it holds no headline); 0, neither."""
    if any(c in value for c in _DATE_WIDGET_CLASSES):
        return 2
    return int(
        "sidebar" in value
        or value.startswith(COMMENT_CLASS_START)
        or any(part in value for part in _COMMENT_WIDGET_PARTS)
        or any(word in value for word in COMMENT_WORDS)
    )


def _widget_id(value: str) -> int:
    """``_widget_class`` for an id: 1, a comment block's ("comment...", ``COMMENT_WORDS``)."""
    return int(value.startswith("comment") or any(word in value for word in COMMENT_WORDS))


def _widget_date_elements(doc: html.HtmlElement) -> list[html.HtmlElement]:
    """``_WIDGET_DATES``' elements, in one walk of the body that tests each class and id
    value once (as an XPath union over the attributes it took 3.6 ms on a page of
    ~1,000 elements, as a walk ~1 ms).

    >>> doc = html.fromstring('<html><body><div class="sidebar"><p>x</p></div>'
    ...     '<div class="has-sidebar"><h1>Headline</h1></div><span class="today">Friday</span>'
    ...     '<ol id="comments"><li>Nice</li></ol></body></html>')
    >>> [el.get("class") or el.get("id") for el in _widget_date_elements(doc)]
    ['sidebar', 'today', 'comments']
    """
    found: dict[html.HtmlElement, None] = {}
    by_class: dict[str, int] = {}
    by_id: dict[str, int] = {}
    for body in doc.iter("body"):
        for el in body.iterdescendants(etree.Element):
            attrib = el.attrib
            if not attrib:
                continue
            kind = 0
            value = attrib.get("class")
            if value is not None:
                kind = by_class.get(value, -1)
                if kind < 0:
                    kind = by_class[value] = _widget_class(value)
            value = attrib.get("id")
            if kind < 2 and value is not None:
                known = by_id.get(value, -1)
                if known < 0:
                    known = by_id[value] = _widget_id(value)
                kind = max(kind, known)
            if kind == 2 or (kind == 1 and next(el.iterdescendants("h1"), None) is None):
                found[el] = None
    return list(found)


#: What the page prints before its headline's block, in blocks of a few words (a top bar
#: of divs with the site's "today", unmarked): the preceding siblings of the headline's
#: ancestor that is a child or a grandchild of ``<body>`` (the page's top-level blocks:
#: a date line printed in the story's container before its title's block, deeper down,
#: "<div class="info"><div class="date">" of Contao's news reader, stays).
_BEFORE_HEADLINE = (
    f"(//body//h1[not({MASTHEAD})])[1]/ancestor::*[parent::body or parent::*/parent::body]"
    "/preceding-sibling::*[string-length(normalize-space()) < 200]"
)
_NOT_ARTICLE_HEADERS = etree.XPath(f"{_HEADER_DATES} | {_BEFORE_HEADLINE}")


def _url_date_range(url: str | None) -> dict[str, str]:
    """htmldate's ``min_date``/``max_date`` for a page its URL files under a month
    (``/2024/03/``): a day of that month, not the site header's today or a sidebar story's
    day that htmldate would take first. Empty for other URLs.

    >>> _url_date_range("https://x.example/2024/02/fest.html")
    {'min_date': '2024-02-01', 'max_date': '2024-02-29'}
    >>> _url_date_range("https://x.example/fest.html")
    {}
    """
    month = url_month(url)
    if not month:
        return {}
    year, number = int(month[:4]), int(month[5:])
    last = calendar.monthrange(year, number)[1]
    return {"min_date": f"{month}-01", "max_date": f"{month}-{last:02d}"}


def _fallback_date(
    doc: html.HtmlElement,
    url: str | None,
    page: PageAttributes | None = None,
    parse: Callable[[str], str | None] = cleaning.parse_date,
    paragraphs: Sequence[str] = (),
) -> list[str]:
    """htmldate's guess, only for pages where structured data and theme rules found none,
    and only when it is a day (not a year given as 1 January, nor a month given as its
    first day: a first of the month the page does not print outside its header and
    sidebars, as ``parse`` reads its dates).

    It searches the page without header, navigation, sidebars and widgets, so the site
    header's "today" or a sidebar story's date cannot win. htmldate works on its own copy
    of the tree it is given, so those elements are taken out of ``doc`` only while it
    copies and searches, and put back in place afterwards (``doc`` is left as it was).
    A block that holds the story's opening (``paragraphs``' first of prose) stays: a blog
    theme's main column named for its sidebar ("sidebar_content", "mainwrap sidebar")
    whose headline is no ``<h1>`` but an ``<h2>`` linking to the post.
    """
    from htmldate import find_date  # imported lazily: only pages of unknown markup need it

    # the class test is the slow part: skipped when no class attribute holds those words
    widgets = _WIDGET_DATES.could_match(page or PageAttributes(doc))
    removed: list[tuple[html.HtmlElement, html.HtmlElement, int]] = []
    story = _story_blocks(doc, paragraphs)
    try:
        taken = _NOT_ARTICLE_HEADERS(doc)
        for el in [*taken, *_widget_date_elements(doc)] if widgets else taken:
            parent = el.getparent()
            if parent is not None and el not in story:
                removed.append((parent, el, parent.index(el)))
                parent.remove(el)
        found = find_date(
            doc, extensive_search=True, original_date=True, url=url, **_url_date_range(url)
        )
        # a month alone (a picture's path, "uploads/2016/02/"), which htmldate gives as
        # its first day when it finds no day; unless the page gives that day outside its
        # header and sidebars (or the URL does)
        if (
            found
            and found.endswith("-01")
            and not found.endswith("-01-01")
            and found != url_day(url)
            and not prints_day(doc, found, parse)
        ):
            logger.debug("htmldate gave only a month on %s: %s", url, found[:7])
            return []
    except (ValueError, TypeError, AttributeError) as exc:
        logger.debug("htmldate failed on %s: %s", url, exc)
        return []
    finally:
        for parent, el, index in reversed(removed):
            parent.insert(index, el)
    if found and found.endswith("-01-01"):
        # htmldate's last resorts, a copyright line's or a lone year, come as 1 January:
        # a year is no publication day
        logger.debug("htmldate gave only a year on %s: %s", url, found[:4])
        return []
    year = url_year(url)
    if found and year and abs(int(found[:4]) - int(year)) > 1:
        # a guess (from an old image's path, a link) years away from the URL's own year
        # (a year off is a magazine's next issue, a season's "2021/22")
        logger.debug("htmldate's %s is years off the URL's %s on %s", found, year, url)
        return []
    return [found] if found else []


#: A paragraph of prose (not a headline, a byline or a date line) has this many
#: characters at least; its first ones find its ``<p>`` in the page.
_PROSE_PARAGRAPH = 100


def _story_blocks(doc: html.HtmlElement, paragraphs: Sequence[str]) -> set[html.HtmlElement]:
    """The blocks that hold the story's first paragraph of prose (of its first three):
    the ancestors of the ``<p>`` it opens. Empty when it is no ``<p>`` of the page.

    >>> text = "Relief camps opened on Monday in the flooded district. " * 2
    >>> doc = html.fromstring(f'<html><body><div id="a"><p>{text}</p></div></body></html>')
    >>> sorted(el.get("id") or el.tag for el in _story_blocks(doc, [text]))
    ['a', 'body', 'html']
    >>> spaced = text.replace(" ", "\u00a0 ", 1)  # "Relief&nbsp; camps"
    >>> doc = html.fromstring(f'<html><body><div id="b"><p>{spaced}</p></div></body></html>')
    >>> sorted(el.get("id") or el.tag for el in _story_blocks(doc, [text]))
    ['b', 'body', 'html']
    """
    for p in paragraphs[:3]:
        if len(p) >= _PROSE_PARAGRAPH:
            found = _opening(_OPENING_P, doc, p)
            return set(found.iterancestors()) if found is not None else set()
    return set()


def _runs_together(paragraphs: list[str], article_body: str) -> bool:
    """Whether a body of one paragraph is structured data's ``articleBody`` run together
    (a page that renders its story by script, a Next.js or Arc XP page, leaves the generic
    extractor only the JSON-LD, whose line breaks it drops): the breaks are the paragraphs.

    >>> _runs_together(["One. Two."], "One.\\nTwo."), _runs_together(["One."], "One.")
    (True, False)
    """
    return (
        len(paragraphs) == 1
        and "\n" in article_body.strip()
        and _squash(paragraphs[0]) == _squash(article_body)
    )


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
    names only of full names (``von Künstlern, Bands, DJs`` lists nouns, not people).
    The names may be followed by a wire, a role or the place they filed from (``Ann Lee,
    dpa``, ``Ann Lee, Projektleiterin der HSS``, ``Ann Adoga, Makurdi``).

    >>> _text_byline_names("By Ann Adoga, Makurdi"), _text_byline_names("Ann Lee, dpa")
    (True, True)
    >>> _text_byline_names("von Künstlern, Bands, DJs")
    False
    >>> _text_byline_names("By Ann Lee, Staff Writer")
    True
    >>> _text_byline_names("Por Ana Souza, da Redação"), _text_byline_names("Ann Lee | New Delhi |")
    (True, True)
    >>> _text_byline_names("By Ann Lee and Bo Wen, Reuters")  # (several names, then a wire)
    True
    """
    parts = cleaning.split_authors(value)
    names = cleaning.clean_authors([value])
    count = len(names)
    if count and len(parts) > count and cleaning.clean_authors(parts[:count]) == names:
        full_name = all(" " in n for n in names)
        if count > 1 and not full_name:
            return False  # (a list of several names only of full names)
        return all(
            cleaning.agency_short_form(p)
            or cleaning.role_line(p)  # "Ann Lee, Staff Writer"
            or any(w[:1].islower() for w in p.split())  # "da Redação", "Ann Lee, reporter"
            or (full_name and " " not in p and p[:1].isupper())  # "Ann Adoga, Makurdi"
            or (full_name and cleaning.place_name(p))  # "Ann Lee | New Delhi"
            or (full_name and cleaning.publication_name(p))  # "Ann Lee, The Valley Herald"
            for p in parts[count:]
        )
    return (
        bool(parts)
        and len(names) == len(parts)
        and (len(names) == 1 or all(len(n.split()) > 1 for n in names))
    )


#: Blog hosts that give each user a subdomain named after them (``anna.wordpress.com``).
_USER_HOSTS = re.compile(
    r"^([\w-]+)\.(?:wordpress\.com|blogspot\.[a-z.]+|tumblr\.com|substack\.com|"
    r"hypotheses\.org|over-blog\.com|wixsite\.com|livejournal\.com|typepad\.com|"
    r"medium\.com|jimdofree\.com|jimdo\.com|webnode\.[a-z.]+|home\.blog)$"
)


def _author_site_names(site_names: list[str], url: str | None) -> list[str]:
    """Site names a byline must not be, without the user's name on a blog host: on
    ``anna.wordpress.com`` a blog called "Anna" is named after its author.

    >>> _author_site_names(["Anna", "anna.wordpress.com", "anna"], "https://anna.wordpress.com/x")
    ['anna.wordpress.com']
    """
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    m = _USER_HOSTS.match(host)
    if not m:
        return site_names
    user = cleaning.author_key(m.group(1))
    return [n for n in site_names if cleaning.author_key(n) != user]


def _only_the_site(names: list[str], site_names: list[str]) -> bool:
    """Whether every name is one of the site's (a byline crediting the publisher).

    >>> _only_the_site(["Helmholtz Klima"], ["helmholtz-klima.de", "helmholtz-klima"])
    True
    """
    keys = {cleaning.author_key(n) for n in site_names}
    return bool(names) and all(cleaning.author_key(n) in keys for n in names)


def _handle(name: str) -> bool:
    """A user handle rather than a display name (``arianschlichenmayer``, ``ann_lee``)."""
    return " " not in name and (name.islower() or "_" in name)


def _display_names(names: list[str], doc: html.HtmlElement, found: ThemeFields) -> list[str]:
    """``names`` with each handle replaced by the display form of the same name that a
    byline or a labelled text prints (``arianschlichenmayer`` -> ``Arian Schlichenmayer``)."""
    keys = {cleaning.author_key(n) for n in names if _handle(n)}

    def shows(value: str) -> bool:
        return any(
            cleaning.author_key(a) in keys and not _handle(a)
            for a in cleaning.clean_authors([value])
        )

    shown = [v for v in found.authors if shows(v)]
    shown += byline_candidates(doc, shows, limit=10) or text_bylines(doc, shows)
    display = {cleaning.author_key(a): a for a in cleaning.clean_authors(shown) if not _handle(a)}
    return [display.get(cleaning.author_key(n), n) for n in names]


def _declared_canonical(declared: list[str], url: str | None) -> str | None:
    """The first canonical address (``rel=canonical``, ``og:url``) that can name the page
    served at ``url``: on the same site, and not the home page of a page that is not.

    A syndicated copy names the original on another site as canonical (it is a copy to
    link, not the same URL), and some CMSs name the home page on every page: either,
    taken as the article's identity, would drop the article as a duplicate URL.

    >>> _declared_canonical(["https://wire.example/a/"], "https://herald.example/a/") is None
    True
    >>> _declared_canonical(["/", "https://www.herald.example/a/"], "https://herald.example/a")
    'https://www.herald.example/a/'
    """
    for value in declared:
        canonical = cleaning.absolute_url(value, url)
        if not canonical or url is None:
            if canonical:
                return canonical  # (no address to weigh it against)
            continue
        home = urlsplit(canonical).path in ("", "/")
        if site_domain(canonical) == site_domain(url) and not (
            home and urlsplit(url).path not in ("", "/")
        ):
            return canonical
    return None


#: An archived copy's address: the archive's, then the page's own (``web.archive.org/web/
#: 20171008220355/http://herald.example/a``).
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/\d+(?:[a-z]{2}_)?/(?P<url>https?://.+)$")


def _site_names(site: str | None, url: str | None, md: Metadata) -> list[str]:
    """The site's names: its metadata's, its host's (an archived copy's: the page's own
    host's, not the archive's), its profile's.

    >>> _site_names(None, "https://web.archive.org/web/2017/http://herald.example/a", Metadata())
    ['herald.example', 'herald']
    """
    names = [n for n in md.site_names if n]
    archived = _ARCHIVED.match(url or "")
    host = urlsplit(archived.group("url") if archived else url or "").hostname or ""
    if host:
        names.append(host.removeprefix("www."))
        names.append(host.removeprefix("www.").split(".")[0])
        names.append(_domain_label(host))
    if site:
        names.append(site)
    return [n for n in dict.fromkeys(names) if len(cleaning.normalize_space(n)) >= 2]


#: The second level under a country's domain that is no one's name (``co.uk``, ``com.au``).
_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})


def _domain_label(host: str) -> str:
    """The name a host is registered under, without its subdomains (``amp.``, ``m.``,
    ``lokales.``) and its public suffix: what the site is called on a subdomain.

    >>> _domain_label("amp.valleyherald.com"), _domain_label("news.herald.co.uk")
    ('valleyherald', 'herald')
    """
    labels = host.split(".")
    if len(labels) > 2 and labels[-2] in _GENERIC_SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else ""


def extract_article(
    html: Page,
    url: str | None = None,
    *,
    site: str | None = None,
    theme: str | None = None,
    overrides: Mapping[str, str] | None = None,
    crawled_at: str | None = None,
    timezone: str | None = None,
    language: str | None = None,
) -> Article:
    """The clean Article in ``html`` (a page served at ``url``).

    ``site``/``theme``/``overrides`` come from the site profile (id, CMS theme, selector
    overrides by field name); without a theme it is detected from the markup.
    ``timezone``: the site's civil time (an IANA name, the profile's), in which UTC times
    and times printed without a zone are given; without it, UTC times are given in the
    zone the site's country domain or language tells (``cleaning.publisher_zone``).
    ``language``: the site's language (the profile's), for pages that declare none. Raises
    ``ExtractionError`` when the input is not HTML; a page without title or body is
    returned with those fields empty.
    """
    url = cleaning.usable_url(url)
    doc = parse_html(html, url)
    md = extract_metadata(doc, url)
    if language and not md.declared_language:
        md.languages.append(language)  # the site's, as its profile declares it
    if worth_telling(md.declared_language):
        md.detected_language = detect_language(text_sample(doc))
    page = PageAttributes(doc)  # attribute values fetched once for every rule below
    dating = {**md.dating(), "month": url_month(url)}

    def parse(value: str) -> str | None:
        return cleaning.parse_date(value, **dating)

    def is_date(value: str) -> bool:
        return parse(value) is not None

    rules = _theme_for(doc, theme, page)
    declared = rules.name == (theme or "").strip().lower() or bool(
        overrides and "body" in overrides
    )
    # A theme only detected from markup, of a CMS that sites customise (WordPress, Drupal,
    # TYPO3, Blogger): the generic extractor's body measures better than the theme's
    # container (it keeps the lead, drops teasers in the content), on every such theme of
    # the eval corpus's dev half. The container is then only the fallback.
    generic_first = not declared and not rules.body_when_detected
    skip = _answered(md, site, url, dating)
    found = rules.extract(
        doc,
        overrides,
        skip=skip | {"paragraphs"} if generic_first else skip,
        page=page,
        is_date=is_date,
    )
    if generic_first:
        paragraphs = _generic_paragraphs(doc, url) or _filter_boilerplate(
            rules.body_paragraphs(doc)
        )
    else:
        paragraphs = _filter_boilerplate(found.paragraphs)
        if not paragraphs and rules.body_generic_fallback:
            paragraphs = _generic_paragraphs(doc, url)
    if md.article_body and (
        _fuller(md.article_body, paragraphs) or _runs_together(paragraphs, md.article_body)
    ):
        paragraphs = _filter_boilerplate(
            [p for p in re.split(r"\n\s*\n|\r?\n", md.article_body) if p.strip()]
        )
    md.published[:0] = _url_day_first(md.published, url, dating)
    if not md.published:
        found.published[:0] = _url_day_first(found.published, url, dating, earlier=True)
    labelled: list[str] | None = None  # dates after a publication label, read once
    if not md.published and found.published and not url_day(url):
        # a date after a publication label ("Published: Jul 18, 2013") says what it is;
        # a date-classed element the theme's rules found may be a teaser's
        labelled = [d for d in labelled_dates(doc) if is_date(d)]
        found.published[:0] = labelled
    if not any(map(is_date, (*md.published, *found.published))):
        if labelled is None:
            labelled = [d for d in labelled_dates(doc) if is_date(d)]
        dated = [d for d in md.dated if is_date(d)]
        # (a day the story opens with, as press releases print it, before htmldate's guess)
        opening = [d for d in opening_date(paragraphs) if is_date(d)]
        # (then the day the page's own teaser prints, in a list of the latest stories)
        own = [u for u in (url, _declared_canonical(md.canonical, url)) if u]
        found.published.extend(
            labelled
            or dated
            or opening
            or own_teaser_dates(doc, own, parse)
            # (a printed update, when the page prints no publication: "Updated 6:42 PM")
            or [d for d in printed_updates(doc) if is_date(d)][:1]
            or _fallback_date(doc, url, page, parse, paragraphs)
        )
    paragraphs = without_repeats(without_linked_teasers(paragraphs, doc, url))
    title_overridden = bool(overrides and "title" in overrides)
    return _load(
        doc, md, found, paragraphs, url, site, crawled_at, dating, title_overridden, page, timezone
    )


#: The fewest words of a JSON-LD ``articleBody`` that may stand in for the page's body.
_ARTICLE_BODY_MIN_WORDS = 80


def _fuller(article_body: str, paragraphs: Sequence[str]) -> bool:
    """Whether the structured data's ``articleBody`` holds the story the page's markup does
    not: none was found, or it has over twice the words (a script fills the story in,
    "Loading…" stands in its place, or only a teaser is printed).

    >>> _fuller("word " * 100, ["Loading…"]), _fuller("word " * 100, ["word " * 60])
    (True, False)
    """
    if not paragraphs:
        return True
    words = len(article_body.split())
    return words >= _ARTICLE_BODY_MIN_WORDS and words > 2 * sum(len(p.split()) for p in paragraphs)


def _load(
    doc: html.HtmlElement,
    md: Metadata,
    found: ThemeFields,
    paragraphs: list[str],
    url: str | None,
    site: str | None,
    crawled_at: str | None,
    dating: Mapping[str, Any],
    title_overridden: bool = False,
    page: PageAttributes | None = None,
    timezone: str | None = None,
) -> Article:
    canonical = _declared_canonical(md.canonical, url)
    base = url or canonical
    base_href = _BASE_HREF(doc)
    if base_href and base:
        base = cleaning.absolute_url(base_href[0], base) or base
    context: dict[str, Any] = {
        "base_url": base,
        "page_url": url or canonical,
        "canonical": canonical,
        "site_names": _site_names(site, base, md),
        "day_first": dating["day_first"],
        "date_languages": dating["languages"],
        "date_month": dating["month"],
        "bare_colon": cleaning.bare_colon_datelines(md.language),
        "stop_datelines": cleaning.stop_datelines(md.language),
    }
    mastheads, headings = _mastheads(doc)
    title_names = [*context["site_names"], *_names_only(mastheads, md)]
    if not title_overridden:
        found.titles[:0] = _h2_headline(doc, md, title_names, found.titles[:1])
    titles = _title_candidates(
        md, found, title_names, title_overridden, headings == 1, lambda: _subheadings(doc)
    )
    if not title_overridden and all(cleaning.is_site_name(t, title_names) for t in titles):
        titles[:0] = _heading_over_body(doc, paragraphs)
    elif (
        # No headline, no metadata title, and <title> is a page's name of a word or two
        # (a section's, "Site | Gaspreise"): a heading of any rank that the body opens
        # with or follows is the story's headline.
        not title_overridden
        and not found.titles
        and not md.titles
        and md.html_title
        and len(cleaning.strip_title_suffix(md.html_title, title_names).split()) <= 2
    ):
        titles[:0] = _heading_over_body(doc, paragraphs, minor=True)
    # the page's own heading is the title readers saw: words of the site's name in it are
    # the headline's ("Welpen kaufen – Tipps ..." on welpenkaufen24.de), so none is stripped
    heading_first = bool(titles) and titles[0] in found.titles and not title_overridden
    context["title_names"] = [] if heading_first else title_names
    context["title_sections"] = (
        [] if heading_first else [*md.sections, *_url_folders(base), *_SECTION_NAMES]
    )
    context["author_site_names"] = _author_site_names(context["site_names"], url or canonical)
    loader = ArticleLoader(**context)
    loader.add_value("url", url or canonical or "")
    loader.add_value("canonical_url", canonical)
    loader.add_value("site", site)
    loader.add_value("title", [*titles, *mastheads])  # a site's name rather than no title
    loader.add_value("description", md.descriptions)
    loader.add_value("description", found.descriptions)
    # the headline as the page gives it and as the title field keeps it (no site's name)
    headline = titles[:1] + [cleaning.strip_title_suffix(t, title_names) for t in titles[:1]]
    loader.add_value("body", _without_headline(paragraphs, headline))
    bylines = _authors(doc, md, found, context, paragraphs, page)
    loader.add_value("authors", bylines)
    loader.add_value("published_at", md.published)
    loader.add_value("published_at", found.published)
    loader.add_value("modified_at", md.modified)
    loader.add_value("modified_at", found.modified)
    loader.add_value(
        "section",
        md.sections[:1]
        or found.sections[:1]
        or crumb_section(
            md.crumbs or microdata_crumbs(doc) or html_crumbs(doc, page),
            url or canonical,
            titles[:1],
            context["site_names"],
        ),
    )
    loader.add_value("tags", md.tags or found.tags)
    loader.add_value("language", md.language)
    for byline in dict.fromkeys((*md.authors, *md.org_authors, *found.authors, *bylines)):
        loader.add_value("agency", byline, cleaning.agency_from_byline)
    if not loader.get_collected_values("agency"):
        # a wire beside the printed name of a writer the structured data may have given
        # ("By Ann Lee, The Canadian Press", or the wire in an element of its own)
        names = cleaning.clean_authors(bylines, context["author_site_names"])
        loader.add_value("agency", byline_wire(doc, names))
    loader.add_value("image_url", md.images)
    loader.add_value("image_url", found.images)
    loader.add_value("related_urls", found.related or headed_related(doc, base))
    loader.add_value("crawled_at", crawled_at)
    article = loader.load_item()
    zone = timezone or cleaning.publisher_zone(url or canonical, article.language)
    if zone:
        # (a profile's zone also zones the times printed without one: the site's own)
        local = cleaning.in_zone(article.published_at, zone, bool(timezone))
        if not _prints_utc_day(doc, article.published_at, local, dating):
            article.published_at = local
            article.modified_at = cleaning.in_zone(article.modified_at, zone, bool(timezone))
    return article


_STAMPED_TIMES = etree.XPath("//time[@datetime]")


def _prints_utc_day(
    doc: html.HtmlElement, value: str | None, local: str | None, dating: Mapping[str, Any]
) -> bool:
    """Whether the page prints a UTC time's own day where the site's clocks (``local``,
    the same time in its zone) show another: a ``<time>`` stamped with it whose text is
    that day. Such a site shows its dates in UTC (a WordPress set to it), and that day is
    the one its readers saw."""
    if not value or not local or local[:10] == value[:10]:
        return False
    for stamped in _STAMPED_TIMES(doc)[:_MAX_STAMPED_TIMES]:
        if cleaning.parse_date(stamped.get("datetime"), **dating) != value:
            continue
        printed = cleaning.normalize_space(stamped.text_content())
        if any(c.isdigit() for c in printed):
            day = cleaning.parse_date(printed, **dating)
            if day and day[:10] == value[:10]:
                return True
    return False


#: The most ``<time>`` elements read for a printed day (a list page may hold hundreds).
_MAX_STAMPED_TIMES = 40


#: The address of a home page (``/``, ``/index.htm``, ``/startseite``) or of the site's
#: search (``/erweiterte-suche/``): a trail's start, no section.
_HOME_OR_SEARCH_PATH = re.compile(
    r"^/?(?:(?:index|default|home|start|startseite)(?:\.\w+)?/?)?$"
    r"|(?:^|/|-)(?:search|suche)(?:[/.-]|$)|/(?:recherche|busca|buscar|cerca)(?:/|$)",
    re.IGNORECASE,
)
#: The fewest characters of a crumb's squashed name that may be a headline's part (a
#: section's name, "Politik", may open the headline: "Politik: ...").
_CRUMB_HEADLINE_MIN = 20


def crumb_section(
    crumbs: Sequence[tuple[str, str | None]],
    page_url: str | None,
    titles: Sequence[str],
    site_names: Sequence[str],
) -> list[str]:
    """The section a breadcrumb trail names: its first crumb after the home page that is
    not the page itself (a crumb linking nowhere or to the page, or naming its headline),
    nor on another site.

    >>> crumbs = [("Home", "https://x.example/"), ("Wirtschaft", "https://x.example/wirtschaft/"),
    ...           ("Bahn erhöht Preise", None)]
    >>> crumb_section(crumbs, "https://x.example/wirtschaft/bahn", ["Bahn erhöht Preise"], [])
    ['Wirtschaft']
    >>> crumb_section(crumbs[::2], "https://x.example/wirtschaft/bahn", ["Bahn"], [])
    []
    """
    headlines = [k for k in map(_squash, titles) if k]
    names = {_squash(n) for n in site_names}

    def is_page(index: int, name: str, url: str | None, absolute: str | None) -> bool:
        key = _squash(name)
        if url is None:
            return index == len(crumbs) - 1
        if page_url and _same_address(absolute, page_url):
            return True
        return any(
            key == h or (len(key) >= _CRUMB_HEADLINE_MIN and (key in h or h in key))
            for h in headlines
        )

    domain = site_domain(page_url) if page_url else None
    for index, (raw, url) in enumerate(crumbs):
        name = cleaning.normalize_space(raw)  # (entities decoded: "Essen &amp; Trinken")
        absolute = cleaning.absolute_url(url, page_url) if url and page_url else url
        if not name or HOME_CRUMB.match(name) or _squash(name) in names:
            continue
        if absolute and _HOME_OR_SEARCH_PATH.search(urlsplit(absolute).path):
            continue  # the home page by another name, or the site's search
        if is_page(index, name, url, absolute):
            continue
        if absolute and domain and site_domain(absolute) != domain:
            continue
        return [name]
    return []


def _same_address(a: str | None, b: str | None) -> bool:
    """Two addresses of one page: scheme, ``www.``, trailing slash and query aside."""

    def key(u: str | None) -> str:
        parts = urlsplit(u or "")
        return (parts.hostname or "").removeprefix("www.") + parts.path.rstrip("/")

    return bool(a and b) and key(a) == key(b)


#: The most words of a label printed above a headline (a section, the site's name).
_KICKER_MAX_WORDS = 4


#: How a line that is a sentence, or leads into one, ends: no label above a headline does.
_LINE_END = (".", "!", "?", ":", '"', "”")
#: How a statement, or a line leading into one, ends: no label above a headline does,
#: though one may be a question or an exclamation.
_STATEMENT_END = (".", ":", '"', "”")


def _without_headline(paragraphs: list[str], titles: Sequence[str]) -> list[str]:
    """The body without the headline that opens it (the title is a field of its own), nor
    a label printed above the headline: a section ("America"), a rubric, the site's name
    ("How-To Geek"), at most four words and no sentence. ``titles`` are forms of the
    headline (the page's ``<title>`` with the site's name, and without it).

    >>> _without_headline(["Jury finds Roof guilty", "A jury has found.", "He faced 33."],
    ...                   ["Jury Finds Roof Guilty"])
    ['A jury has found.', 'He faced 33.']
    >>> _without_headline(["America", "Jury finds Roof guilty", "A jury has found.", "He."],
    ...                   ["Jury Finds Roof Guilty -- The Post", "Jury Finds Roof Guilty"])
    ['A jury has found.', 'He.']
    >>> _without_headline(["Sanierung oder Abriss?", "Bad bleibt zu", "Der Rat hat.", "Er."],
    ...                   ["Bad bleibt zu"])
    ['Der Rat hat.', 'Er.']
    >>> _without_headline(["Das Bad ist marode und bleibt zu.", "Bad bleibt zu", "Der Rat.", "Er."],
    ...                   ["Bad bleibt zu"])
    ['Das Bad ist marode und bleibt zu.', 'Der Rat.', 'Er.']
    """
    headlines = {k for k in map(_squash, titles) if k}
    if len(paragraphs) < 2 or not headlines:
        return paragraphs  # (a body of the headline alone is left whole)
    first = paragraphs[0]
    if _squash(first) in headlines or _kicker_and_headline(first, headlines):
        return paragraphs[1:]
    if (
        len(paragraphs) > 2
        and _squash(paragraphs[1]) in headlines
        and len(first.split()) <= _KICKER_MAX_WORDS
        # (a label right above the headline may ask or exclaim: "Sanierung oder Abriss?")
        and not first.rstrip().endswith(_STATEMENT_END)
    ):
        return paragraphs[2:]
    if len(paragraphs) > 2 and _squash(paragraphs[1]) in headlines:
        # the standfirst found outside the extracted block goes first, before the headline
        # the block opened with (a CMS printing the headline in an <h3>, the lead under it)
        return paragraphs[:1] + paragraphs[2:]
    return paragraphs


def _kicker_and_headline(line: str, headlines: set[str]) -> bool:
    """A line of a kicker and the headline run together, as a heading's text gives them
    when the title dropped its kicker element ("Assam Floods hit town"): a few words, then
    the headline of three words or more, and no sentence's end.

    >>> _kicker_and_headline("Assam Floods hit town", {"floodshittown"})
    True
    >>> _kicker_and_headline("Yesterday, floods hit town.", {"floodshittown"})
    False
    """
    if line.rstrip().endswith(_LINE_END):
        return False
    words = line.split()
    return any(
        _squash(" ".join(words[n:])) in headlines
        for n in range(1, min(_KICKER_MAX_WORDS, len(words) - 3) + 1)
    )  # (a headline of three words or more: "5 Tipps zum Autokredit" is no "Autokredit")


def _authors(
    doc: html.HtmlElement,
    md: Metadata,
    found: ThemeFields,
    context: dict[str, Any],
    paragraphs: Sequence[str] = (),
    page: PageAttributes | None = None,
) -> list[str]:
    """Raw author values: structured data's, else the theme's, else markup and text bylines,
    else the reporters a wire story's closing credit line names (``paragraphs``: the body).

    Structured data that only credits the site (its name as the author) gives way to a
    byline naming someone else, and is kept when none does. A byline printing the name of
    an author that structured data types as an organisation names no person, unless the
    page describes a Person of that name too, or the site bears it (a blogger's Yoast
    graph types the blog's author, named like the blog, as its organisation).
    """
    site_names = context["author_site_names"]
    organisations = {cleaning.author_key(o) for o in md.org_authors} - {
        cleaning.author_key(n) for n in (*md.persons, *context["site_names"], "")
    }

    def an_organisation(value: str) -> bool:
        names = cleaning.clean_authors([value], site_names)
        return bool(names) and all(cleaning.author_key(n) in organisations for n in names)

    credit = _opening_credit(doc, paragraphs)
    if credit and cleaning.clean_authors(credit, site_names):
        return credit
    by_metadata = cleaning.clean_authors(md.authors, site_names)
    credits_site = _only_the_site(by_metadata, context["site_names"])

    def names_someone(value: str) -> bool:
        if an_organisation(value):
            return False  # the organisation structured data credits, printed
        names = cleaning.clean_authors([value], site_names)
        return bool(names) and not (credits_site and _only_the_site(names, context["site_names"]))

    def names_someone_or_a_wire(value: str) -> bool:
        return names_someone(value) or cleaning.agency_from_byline(value) is not None

    # A byline rule matching more than three elements matched a list (tags, a team page,
    # every teaser's byline): only its first value is the article's, and none when the
    # structured data credits a wire (the list is then the teasers' authors).
    most = MAX_BYLINE_NAMES
    listed = found.authors[: most if len(found.authors) <= most else 1]
    credited = (*md.authors, *md.org_authors)
    if len(found.authors) > most and any(map(cleaning.agency_from_byline, credited)):
        listed = []
    authors = md.authors if by_metadata and not credits_site else listed
    if authors is not listed and (fuller := _cowritten(by_metadata, listed, site_names)):
        authors = fuller
    if authors is not listed and all(map(_handle, by_metadata)):
        # structured data names a CMS account ("dehlix"); the page's byline, a person
        # with a name of several words, is who the page says wrote it
        printed = cleaning.clean_authors(listed, site_names)
        if printed and not any(map(_handle, printed)):
            authors = listed
    wire = any(cleaning.agency_from_byline(v) for v in (*credited, *found.authors))
    if authors is listed and len(found.authors) > most and not wire:
        # the theme's rule found a list (readers' comments, teasers): a byline the markup
        # rules find (the headline's block first) is the article's, else the list's first
        authors = byline_candidates(doc, names_someone, page=page) or listed
    if not (wire or any(map(names_someone, authors))):
        # no byline names a person (and none credits a wire): look in the markup and text
        authors = (
            byline_candidates(doc, names_someone_or_a_wire, page=page)
            or text_bylines(doc, lambda v: _text_byline_names(v) and names_someone(v))
            or _sole_person(md, names_someone)
            or author_box_name(doc, names_someone)
            or [a for a in md.card_authors if names_someone(a)]
        )
    elif not any(map(names_someone, authors)):
        # the byline names only a wire (a theme's "By GNA", linked as the author): a
        # labelled byline in the story's text naming a reporter of that wire ("By Kafui
        # Gati, GNA") is the story's; the wire stays the agency. (Another name in the
        # text, a teaser's or a widget's "by Ann Lee", is not the wire story's writer.)
        wires = {cleaning.agency_from_byline(v) for v in (*credited, *found.authors)} - {None}

        def wire_reporter(value: str) -> bool:
            return cleaning.agency_from_byline(value) in wires and names_someone(value)

        authors = text_bylines(doc, lambda v: _text_byline_names(v) and wire_reporter(v)) or authors
    if not any(map(names_someone, authors)):
        # "(Reporting by Ann Lee; Editing by Bo Wen)" closing a wire story, here or on a
        # site that republished it: the story's own words, so read even beside a wire
        reporters = [r for r in cleaning.credited_reporters(paragraphs) if names_someone(r)]
        # (a blog's signature may have the post's date under it: "Ann Lee" / "10. Mai 2017")
        signed = paragraphs[:-1] if paragraphs and is_date_line(paragraphs[-1]) else paragraphs
        signature = cleaning.closing_signature(signed) or cleaning.contact_reporter(paragraphs)
        if not reporters and signature and names_someone(signature):
            reporters = [signature]
        authors = reporters or authors
    if credits_site and not any(map(names_someone, authors)):
        # (unless the page prints the desk as the byline, "Por: Redacción BioBío Sur": the
        # site named like a person is then a newsroom, not a blogger)
        authors = [] if byline_candidates(doc, cleaning.desk_byline, page=page) else md.authors
    if organisations:
        authors = [a for a in authors if not an_organisation(a)]
    names = cleaning.clean_authors(authors, site_names)
    if not any(map(_handle, names)):
        return authors
    names = _display_names(names, doc, found)
    if all(map(_handle, names)):
        # only a CMS account ("Gespeichert von human"): a labelled byline in the text
        # ("Blog Beitrag von Ann Lee") that names a person is who the page says wrote it
        printed = text_bylines(doc, lambda v: _text_byline_names(v) and _person_named(v))
        return printed or names
    return names


def _cowritten(by_metadata: list[str], printed: Sequence[str], site_names: list[str]) -> list[str]:
    """The names of the printed byline that names structured data's writers with others
    ("Hannah Lindqvist, Tobias Frei" where Ghost's JSON-LD and a SEO plugin's graph name
    only the post's primary author), or []. One byline's text must name them all: names
    found in several elements may be teasers' bylines beside the article's.

    >>> _cowritten(["Ann Lee"], ["Ann Lee, Bo Wen"], [])
    ['Ann Lee', 'Bo Wen']
    >>> _cowritten(["Ann Lee"], ["Ann Lee", "Bo Wen"], []), _cowritten(["Ann Lee"], ["Bo Wen"], [])
    ([], [])
    """
    keys = {cleaning.author_key(n) for n in by_metadata}
    for value in printed:
        names = cleaning.clean_authors([value], site_names)
        if len(names) > len(keys) and keys <= {cleaning.author_key(n) for n in names}:
            return names
    return []


def _person_named(value: str) -> bool:
    """Whether ``value`` names a person by a display name, not by an account's handle."""
    names = cleaning.clean_authors([value])
    return bool(names) and not any(map(_handle, names))


#: Short paragraphs that may credit the piece's writer (a cheap test before
#: ``PIECE_CREDIT``, which reads what it lets through): the kind of piece, then "von" or
#: "by", or the writer who took the pictures too ("Text und Fotos Ann Lee").
_CREDIT_PARAGRAPHS = etree.XPath(
    "//body//p[string-length(normalize-space()) < 120]"
    "[re:test(normalize-space(), '^(?:(?:[^ ]+ ){1,3}(?:von|by) |(?:text|texte|story|words) )',"
    " 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
#: How many paragraphs before or after the story's first paragraph of prose such a credit
#: may stand (a standfirst, a headline or a lead may come first).
_CREDIT_REACH = 3


def _opening_credit(doc: html.HtmlElement, paragraphs: Sequence[str]) -> list[str]:
    """The writers a credit line at the story's opening names ("Ein Interview von Ann Lee
    mit Bo Wen."): the story's own words, so they outrank what the CMS records (the account
    that posted a guest's piece). Only a ``<p>`` beside the story's first paragraph of
    prose counts, not a comment's or a teaser's sentence elsewhere on the page."""
    credits = [
        (p, m.group("names"))
        for p in _CREDIT_PARAGRAPHS(doc)
        if (m := PIECE_CREDIT.match(cleaning.normalize_space(p.text_content())))
    ]
    if not credits:
        return []
    prose = next((p for p in paragraphs[:5] if len(p) >= _PROSE_PARAGRAPH), None)
    first = _opening(_OPENING_P, doc, prose) if prose else None
    if first is None:
        return []
    before = list(first.itersiblings("p", preceding=True))[:_CREDIT_REACH]
    near = {*before, *list(first.itersiblings("p"))[:_CREDIT_REACH]}
    for p, names in credits:
        if p in near:
            return cleaning.split_authors(names)
    return []


def _sole_person(md: Metadata, accept: Callable[[str], bool]) -> list[str]:
    """The one person the page's JSON-LD describes, when no byline names anyone: a
    WordPress SEO plugin's graph (Yoast) lists the post's author as its only Person node
    even where it prints no Article node to link it from."""
    names = {n.strip() for n in md.persons if n.strip()}
    return list(names) if len(names) == 1 and accept(next(iter(names))) else []


# --------------------------------------------------------------------------------------------
# Page classification

#: Path segments that name a list of stories: a category's, a tag's, an author's page.
_LISTING_WORD = re.compile(
    r"/(?:category|categories|tag|tags|topic|topics|section|author|archive|archives|page|"
    r"search|latest|news|"
    # the regional press's other languages (a topic's, an author's, a section's page)
    r"thema|themen|autor|autoren|autorin|suche|schlagwort|schlagworte|stichwort|kategorie|"
    r"rubrik|ressort|archiv|meistgelesen|categorie|auteur|recherche|categoria|autore|tema|"
    r"temas|etiqueta|etiquetas|argomento|kategoria|temat|onderwerp)(?=/|$)",
    re.IGNORECASE,
)
_PAGE_SUFFIX = re.compile(r"/(?:page/)?\d{1,4}/?$")
#: A segment naming one story: a slug of four words or more, a long number (an id or a
#: date), a page file ("news_lang.php").
_STORY_SEGMENT = re.compile(r"(?:[^-/]+-){3}|\d{5,}|\.(?:s?html?|php|aspx?|cms)$", re.IGNORECASE)


def _listing_path(path: str) -> bool:
    """Whether a URL's path is a list's: one of those words, then at most one segment that
    names no story, and maybe a page number (``/category/assam/page/2/``).

    >>> [_listing_path(p) for p in ("/news/", "/category/assam/page/2/", "/author/ann-lee/")]
    [True, True, True]
    >>> [_listing_path(p) for p in ("/news/2024/03/05/bridge-opens/", "/news/details/a-b/",
    ...                             "/news/bridge-opens-on-the-river/", "/2024/03/05/x/")]
    [False, False, False, False]
    """
    words = list(_LISTING_WORD.finditer(path))
    if not words:
        return False
    rest = [s for s in _PAGE_SUFFIX.sub("/", path[words[-1].end() :]).split("/") if s]
    return not rest or (len(rest) == 1 and not _STORY_SEGMENT.search(rest[0]))


#: A path of one or two words of letters alone: a section's ("/politics", "/news/local").
_SECTION_PATH = re.compile(r"^/[^\W\d_]+(?:/[^\W\d_]+)?/?$")
#: A story's dated address: a day, then its slug ("/news/2024/03/03/road-closed/").
_DATED_STORY_PATH = re.compile(r"/(?:19|20)\d{2}/\d{1,2}/\d{1,2}/[^/]*[^\W\d_][^/]*/?$")
#: A story's address by its id: a number of four digits or more and a slug of two words
#: or more in its last segment ("/news/18369-einbruch-in-kiosk.html", "/brand-in-
#: scheune-1.5938372").
_STORY_ID_SEGMENT = re.compile(r"/(?=[^/]*\d{4})(?=[^/]*[^\W\d_]{2,}[-_][^\W\d_]{2,})[^/]+/?$")
#: The fewest characters of a one-paragraph brief at a story's dated address.
_SHORTEST_BRIEF = 100
#: The most teasers beside a brief at a story's address (a sidebar's most read, the
#: section's latest: a listing at such an address has a page of them).
_TEASERS_BESIDE_BRIEF = 15
#: The last segment of a site's own static pages: imprint, privacy, contact, about...,
#: in the regional press's languages (at most one segment above it).
_STATIC_PAGE = re.compile(
    r"^(?:/[^/]+)?/(?:about|about-us|contact|contact-us|imprint|impressum|datenschutz|"
    r"datenschutzerklaerung|datenschutzerklärung|privacy|privacy-policy|cookie-policy|cookies|"
    r"terms|terms-of-use|terms-of-service|terms-and-conditions|disclaimer|agb|kontakt|"
    r"ueber-uns|uber-uns|über-uns|mediadaten|werbung|advertise|advertising|jobs|karriere|"
    r"careers|faq|newsletter|mentions-legales|nous-contacter|qui-sommes-nous|contacto|"
    r"aviso-legal|politica-de-privacidad|quienes-somos|chi-siamo|contatti|"
    r"polityka-prywatnosci|o-nas|kontakty)(?:\.(?:html?|php|aspx?))?/?$",
    re.IGNORECASE,
)
#: Teasers' links: in a heading, or a card's link around its heading ("<a><img><h2>").
_TEASER_LINKS = etree.XPath(
    "//*[self::h2 or self::h3 or self::h4][not(ancestor::aside or ancestor::nav"
    " or ancestor::footer)]//a[@href]"
    " | //a[@href][h2 or h3 or h4 or */h2 or */h3 or */h4][not(ancestor::aside or ancestor::nav"
    " or ancestor::footer)]"
)
_ARTICLE_ELEMENTS = etree.XPath("count(//article)")
#: Paragraphs of prose outside the page's navigation, sidebars, footers and forms.
_PROSE = etree.XPath(
    "//p[string-length(normalize-space()) >= 80][not(ancestor::nav or ancestor::aside"
    " or ancestor::footer or ancestor::form or ancestor::header[not(ancestor::article)])]"
)


def _prose_length(doc: html.HtmlElement) -> int:
    """Characters of the longest run of prose: the paragraphs, mostly unlinked, that one
    block holds side by side. A story's text is such a run; a listing's teasers each hold
    one short excerpt in a block of its own.

    >>> story = "<p>" + "Words of the story, told at length. " * 4 + "</p>"
    >>> _prose_length(html.fromstring(f"<div><div>{story * 3}</div></div>"))
    429
    >>> _prose_length(html.fromstring(f"<div>{('<div>' + story + '</div>') * 3}</div>"))
    143
    """
    by_block: dict[Any, int] = {}
    for p in _PROSE(doc):
        length = len(" ".join(p.text_content().split()))
        linked = sum(len(a.text_content()) for a in p.iter("a"))
        if linked * 2 < length:
            parent = p.getparent()
            by_block[parent] = by_block.get(parent, 0) + length
    return max(by_block.values(), default=0)


#: Blocks whose text is no story's (``_PROSE``'s exclusions, and a template's markup).
_NOT_PROSE_TAGS = frozenset({"nav", "aside", "footer", "form", "template"})
#: Elements read as part of their parent's text: inline ones, and line breaks.
_RUN_ON_TAGS = INLINE_TAGS | {"br", "wbr", "big"}


def _block_text_length(doc: html.HtmlElement) -> int:
    """Characters of the longest unlinked text that one block holds itself (its text and
    its inline elements'), for pages without paragraphs: an old CMS's story typed into a
    ``<div>`` with ``<br>`` breaks, a forum post's or a guestbook's table cell. Outside
    navigation, sidebars, footers, forms and a header that is not the article's.

    >>> text = "Words of the story, told at length. " * 4
    >>> _block_text_length(html.fromstring(f"<div><div>{text}<br><b>{text}</b></div></div>"))
    286
    >>> _block_text_length(html.fromstring(f"<div><div><a href='/'>{text}</a></div></div>"))
    0
    """
    body = doc.find("body")
    stack = [body if body is not None else doc]
    best = 0
    while stack:
        el = stack.pop()
        length = len((el.text or "").strip())
        linked = 0
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in ("script", "style"):
                # (a comment's or a script's own text is none, the text after it is)
                length += len((child.tail or "").strip())
            elif tag in _NOT_PROSE_TAGS:
                pass
            elif tag in _RUN_ON_TAGS:
                text = len(" ".join(child.text_content().split()))
                length += text
                linked += (
                    text if tag == "a" else sum(len(a.text_content()) for a in child.iter("a"))
                )
                length += len((child.tail or "").strip())
            elif tag != "header" or any(a.tag == "article" for a in child.iterancestors()):
                # (the text after a block is not counted: a listing's excerpts may each
                # follow their teaser's heading in one container)
                stack.append(child)
        if linked * 2 < length:
            best = max(best, length - linked)
    return best


#: Characters of a run of prose that make a page a story whatever else it lists.
_LONG_STORY = 5000
#: Characters of a run of prose that make a page a story, when it links few teasers.
_SHORTEST_STORY = 400
#: Characters of a run of prose that make a page at a list's address a story, when it
#: links few teasers.
_STORY_UNDER_LIST_PATH = 1500


def classify_page(html: Page, url: str | None = None) -> str:
    """``"article"``, ``"listing"`` or ``"other"``, from the page's markup and URL."""
    url = cleaning.usable_url(url)
    try:
        doc = parse_html(html, url)
    except ExtractionError:
        return "other"
    parts = urlsplit(url or "")
    path = parts.path
    if _STATIC_PAGE.match(path):
        return "other"  # the site's imprint, contact or privacy page: no story
    md = extract_metadata(doc, url)
    rules = _theme_for(doc, None)
    # the theme's body container, else (no theme, or its container is not on the page)
    # the page's longest run of prose
    containers = rules.body_containers(doc)
    text_len = sum(len(p) for p in rules.body_paragraphs(doc, containers)) or _prose_length(doc)
    if text_len < _SHORTEST_STORY:
        text_len = max(text_len, _block_text_length(doc))
    teasers = len(_TEASER_LINKS(doc))
    # a section's own address ("/politics", "/news/local") above a list of teasers is the
    # section's page, whatever intro it prints
    listing_path = _listing_path(path) or (teasers >= 5 and bool(_SECTION_PATH.match(path)))
    if (
        md.is_article
        and (text_len > 0 or rules is GENERIC)
        and not (listing_path and text_len < 200)
    ):
        return "article"
    # a home page's welcome text is no story ("/?p=5031" is WordPress's address of one)
    home = bool(url) and path in ("", "/") and not parts.query
    if not (listing_path or home) and (
        (text_len >= _SHORTEST_STORY and teasers < 30)
        # a short story in the theme's one article body (a listing repeats it per teaser)
        or (len(containers) == 1 and text_len >= 150)
        # a long story above a long list of teasers ("more from the magazine")
        or text_len >= _LONG_STORY
    ):
        return "article"
    if listing_path and teasers < 5 and text_len >= _STORY_UNDER_LIST_PATH:
        # a story at a list's address ("/news/arbeitsmarkt-2022"): a listing's teasers
        # hold an excerpt each, never a run of prose this long
        return "article"
    if (
        not listing_path
        and teasers < _TEASERS_BESIDE_BRIEF
        and text_len >= _SHORTEST_BRIEF
        and (_DATED_STORY_PATH.search(path) or _STORY_ID_SEGMENT.search(path))
    ):
        # a brief of one paragraph at a story's dated address ("/2024/03/03/road-closed/")
        # or its id's ("/news/18369-einbruch-in-kiosk.html")
        return "article"
    if path in ("", "/") or teasers >= 5:
        return "listing"
    if listing_path:
        return "listing" if teasers >= 1 else "other"
    if int(_ARTICLE_ELEMENTS(doc)) >= 3:
        return "listing"
    if md.is_article:
        return "article"
    if _unlinked_body_length(doc, url) >= _SHORTEST_STORY:
        # a story the measures above read short (its paragraphs in blocks of their own, a
        # live report's entries, text in table cells): the extractor, which reads it whole
        # for the export, finds a story's length of text outside teasers and navigation
        return "article"
    return "other"


def _unlinked_body_length(doc: html.HtmlElement, url: str | None) -> int:
    """Characters of the generic extractor's body that are not the text of a link (a
    list of linked stories is no story, however long)."""
    paragraphs = _generic_body(doc, url)
    if not paragraphs:
        return 0
    text = "\n".join(paragraphs)
    for link in {" ".join(a.text_content().split()) for a in doc.iter("a")}:
        if len(link) >= 15:
            text = text.replace(link, "")
    return len(" ".join(text.split()))


def credit_people(credit: str | Sequence[str], html: Page, url: str | None = None) -> list[str]:
    """The people newscrawl's author rules keep of ``credit``, a byline as printed on the
    page ``html`` served at ``url`` (whose site names decide a blog's or a desk's): what
    a byline reading exactly ``credit`` gives in ``Article.authors``. Desks, wires, the
    site and "Staff" give nobody; a place or a job after a name is dropped.

    >>> page = '<meta property="og:site_name" content="Valley Herald"><h1>Fair opens</h1>'
    >>> credit_people("Redaktion", page), credit_people("dpa", page)
    ([], [])
    >>> credit_people("Ann Lee, London", page), credit_people("Valley Herald", page)
    (['Ann Lee'], [])
    """
    url = cleaning.usable_url(url)
    md = extract_metadata(parse_html(html, url), url)
    site_names = _author_site_names(_site_names(None, url, md), url)
    credits = [credit] if isinstance(credit, str) else list(credit)
    return cleaning.clean_authors(credits, site_names)
