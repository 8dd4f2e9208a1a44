"""Generic main-content extractor: the body of a page no theme rule knows.

trafilatura finds the main text (it measures best of the open extractors on the
evaluation corpus). This module then restores the article's lead (standfirst) when
trafilatura left it out, and applies this project's noise rules to the paragraphs
(``body_filters``): ad placeholders, share labels, related blocks, empty labels,
credits, subscription appeals.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt

from newscrawl.cleaning import agency_from_credit, plain
from newscrawl.extraction.body_filters import (
    drop_hidden,
    element_names,
    filter_paragraphs,
    page_blocks,
    without_captions,
    without_sign_ups,
)
from newscrawl.extraction.themes import element_text
from newscrawl.urls import site_domain


def _not_discarding(record: logging.LogRecord) -> bool:
    """trafilatura warns "discarding data" for every page with too little text to extract
    (a gallery, a listing, a frameset): the crawl counts and logs those pages its own way,
    so the warning is only noise in a crawl's log."""
    return record.msg != "discarding data: %s"


logging.getLogger("trafilatura.core").addFilter(_not_discarding)


#: Class or id of a standfirst/lead block, as news templates name it (one token of it).
_LEAD_NAME = re.compile(
    r"(?:^|[-_\s])(?:lead|lede|intro|introduction|teaser(?:-?text|-?intro)?|excerpt|abstract|"
    r"standfirst|deck|dek|chapo|summary|sapo|bajada|entradilla|copete|sub-?title|sub-?headline|"
    r"strapline|perex|sommario|catenaccio|zajawka|vorspann|anriss|description)(?:[-_\s]|$)"
)
#: The site's own tagline ("site-description", "blog-description"), in every page's header.
_SITE_TAGLINE = re.compile(r"(?:site|blog)[-_]?(?:description|tagline|slogan|subtitle)")
_OFF_CONTENT = {"nav", "aside", "footer", "form", "script", "style", "noscript", "template"}
#: Leads are text blocks: a lead image's figure or caption is not one.
_MEDIA_TAGS = {"figure", "figcaption", "img", "picture", "video", "audio", "iframe"}
_MEDIA_NAME = re.compile(r"caption|credit|copyright|image|photo|picture|media|figure|video")
_LEAD_MIN_WORDS, _LEAD_MAX_WORDS = 8, 200
#: A lead-media block's picture or video, and the parts of it that caption or credit it.
_MEDIA_INSIDE = etree.XPath(".//figure | .//img | .//picture | .//video")
_CAPTION_PARTS = etree.XPath(
    ".//figure | .//figcaption | .//*[contains(@class, 'caption') or contains(@class, 'Caption')"
    " or contains(@class, 'credit') or contains(@class, 'Credit')]"
)


def _lead_media(el: lxml.html.HtmlElement) -> bool:
    """Whether a lead-named block is the lead's media (Brightspot's ``ArticlePage-lead``,
    Arc XP's ``lead-art-wrapper``): it holds a picture or a video, and its text, but for
    the captions and credits, is too short for a standfirst.

    >>> _lead_media(lxml.html.fromstring('<div class="lead"><figure><img src="a.jpg">'
    ...     "<figcaption>Ann Lee/AP Firefighters at the scene of the fire on Friday.</figcaption>"
    ...     "</figure></div>"))
    True
    """
    if not _MEDIA_INSIDE(el):
        return False
    parts = set(_CAPTION_PARTS(el))
    outer = [p for p in parts if not any(a in parts for a in p.iterancestors())]
    captions = sum(len(p.text_content().split()) for p in outer)
    return len(el.text_content().split()) - captions < _LEAD_MIN_WORDS


def _norm(text: str) -> str:
    return _norm_plain(plain(text))


@lru_cache(maxsize=8192)  # pure; a page's texts are compared again by later steps
def _norm_plain(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))  # (every run of \s: a space)


#: The bullet trafilatura's plain-text output puts before each list item ("- ", indented
#: by nesting level): a rendering marker, not text the page published.
_LIST_MARKER = re.compile(r"^\s*- ")


def _paragraphs(text: str | None, list_markers: bool = False) -> list[str]:
    """Lines of trafilatura's text, NFC-normalised (same text, canonical code points).

    With ``list_markers`` (the extracted tree has list items), the "- " bullet that
    opens an item's line is removed: the item's own text is what the page shows.
    """
    lines = (text or "").split("\n")
    if list_markers:
        lines = [_LIST_MARKER.sub("", line, count=1) for line in lines]
    return [p for p in (_lone_cell(_norm(line)) for line in lines) if p]


#: A table row of one cell, as trafilatura writes it ("| text |"; a "|" in the text is
#: written "\|"): a layout table's, whose cell is a paragraph of the page.
_LONE_CELL = re.compile(r"^\|\s+((?:[^|]|(?<=\\)\|)*?)\s+\|$")


def _lone_cell(line: str) -> str:
    r"""A one-cell table row's text without the table's pipes; any other line as it is.

    >>> _lone_cell("| Es war gesagt, Gast \\| RSS |"), _lone_cell("| Team | Points |")
    ('Es war gesagt, Gast | RSS', '| Team | Points |')
    """
    if not line.startswith("|"):
        return line
    m = _LONE_CELL.match(line)
    return m.group(1).replace("\\|", "|") if m else line


#: A header paragraph that is the byline or the date line ("By Jane Doe on June 29"),
#: not a standfirst: named so, or holding a ``<time>`` or an author link.
_BYLINE_NAME = re.compile(r"byline|author|vcard|dateline|posted|meta|date|time")
_BYLINE_PARTS = etree.XPath(".//time | .//a[@rel='author' or contains(@class, 'author')]")


def _byline_like(el: lxml.html.HtmlElement) -> bool:
    names = element_names(el).lower()
    return bool(_BYLINE_NAME.search(names)) or bool(_BYLINE_PARTS(el))


@lru_cache(maxsize=1024)
def _named_lead(class_: str | None, id_: str | None) -> bool:
    """Whether an element's class or id names it a lead (``_LEAD_NAME``). (Cached: a
    page repeats its classes, and ``find_lead`` asks for every element.)"""
    if not (class_ or id_):
        return False
    return _LEAD_NAME.search(f"{class_ or ''} {id_ or ''}".lower()) is not None


#: The site's own ``<header>``: outside the article and the main content, without the
#: headline (its top bar's "Querétaro, Qro. | Domingo 12 de marzo de 2023" is no lead).
_SITE_HEADER = etree.XPath("not(ancestor::article or ancestor::main or .//h1)")


def _in_header(el: lxml.html.HtmlElement) -> bool:
    """Whether ``el`` is in the article's ``<header>``, not in the site's.

    >>> page = lxml.html.fromstring("<div><header><p>Hoy</p></header><main><header><h1>T</h1>"
    ...                             "<p>Lead</p></header></main></div>")
    >>> [_in_header(p) for p in page.iter("p")]
    [False, True]
    """
    header = next((a for a in el.iterancestors() if a.tag == "header"), None)
    return header is not None and not _SITE_HEADER(header)


def _link_share(el: lxml.html.HtmlElement, length: int) -> float:
    linked = sum(len(a.text_content()) for a in el.iter("a"))
    return linked / length if length else 1.0


_SUMMARY_META = etree.XPath(
    "/html/head/meta[@name='description' or @property='og:description'"
    " or @name='twitter:description']/@content"
)


_TITLE_META = etree.XPath(
    "/html/head/title/text() | /html/head/meta[@property='og:title' or @name='twitter:title']"
    "/@content"
)


def _headlines(doc: lxml.html.HtmlElement) -> list[str]:
    """The page's headline as its ``<h1>`` elements, ``<title>`` and og:/twitter: titles
    show it: a block repeating it is no standfirst."""
    found = [_norm(h.text_content()) for h in doc.iter("h1")]
    found.extend(_norm(t) for t in _TITLE_META(doc))
    return [h for h in found if h]


def _summaries(doc: lxml.html.HtmlElement) -> list[str]:
    """The page's meta descriptions of 8 words or more (a standfirst is often one)."""
    found = {_norm(c) for c in _SUMMARY_META(doc)}
    return [d for d in found if len(d.split()) >= _LEAD_MIN_WORDS]


def _shows_summary(el: lxml.html.HtmlElement, summaries: list[str]) -> bool:
    """Whether ``el`` shows a meta description on the page (all of it, or its start)."""
    if not el.text or el.tag in _OFF_CONTENT or len(el.text.strip()) < 20:
        return False  # (_norm only shortens: under 20 characters stays under 20)
    own = _norm(el.text)
    if len(own) < 20 or not any(d.startswith(own[:40]) for d in summaries):
        return False
    text = _norm(el.text_content())
    return any(d == text or d.startswith(text) or text.startswith(d[:100]) for d in summaries)


def find_lead(
    doc: lxml.html.HtmlElement,
    paragraphs: list[str],
    exclude: Collection[lxml.html.HtmlElement] = (),
) -> str | None:
    """The standfirst just before the body's first paragraph, when the body lacks it.

    A lead is an element named like one (``lead``, ``intro``, ``teaser-text``,
    ``excerpt``, ``standfirst``, ``deck``, ... or a ``<p>`` in a ``<header>``) that comes
    before the first ``<p>`` of the extracted body (else the first block whose own text
    is in it) in the same container (not directly under ``<body>``), is not media,
    navigation, footer or a list of links, is not in one of the ``exclude`` blocks (an
    author box's "description" is no lead), does not repeat the headline (an ``<h1>``, the
    ``<title>`` or og:title) and holds 8 to 200 words. An element showing the page's meta
    description comes before any other candidate (an ad box named "description" may sit
    nearer the body).
    """
    if not paragraphs:
        return None
    body_text = " ".join(paragraphs)
    summaries = _summaries(doc)
    candidates: list[tuple[int, lxml.html.HtmlElement]] = []
    showing: set[lxml.html.HtmlElement] = set()
    anchor = block_anchor = None
    for index, el in enumerate(doc.iter()):
        tag = el.tag  # (lxml builds the tag's and the text's string anew at each reading)
        if not isinstance(tag, str):
            continue
        text = el.text
        # (an own text under 20 characters shows no summary: most are, or have none)
        summary = bool(summaries and text) and len(text) >= 20 and _shows_summary(el, summaries)
        # (words are counted before _norm, which keeps them: most texts are too short)
        if tag == "p":
            raw = el.text_content()
            if len(raw.split()) >= 8 and _norm(raw) in body_text:
                anchor = (index, el)
                break
        elif (
            block_anchor is None
            and text
            and tag not in _OFF_CONTENT
            and len(text.split()) >= 8
            and _norm(text) in body_text
        ):
            # a block's own text in the body: the anchor when the body has no <p>
            block_anchor = (index, el)
        named = _named_lead(el.get("class"), el.get("id"))
        header_p = tag == "p" and _in_header(el) and not _byline_like(el)
        if named or summary or header_p:
            candidates.append((index, el))
        if summary:
            showing.add(el)
    anchor = anchor or block_anchor
    if anchor is None:
        return None
    before = [el for i, el in candidates if i < anchor[0]]
    headlines = _headlines(doc)
    # an element showing the meta description is the surest standfirst: it goes first
    for group, anywhere in (([el for el in before if el in showing], True), (before, False)):
        if group:
            lead = _pick_lead(anchor[1], group, body_text, set(exclude), headlines, anywhere)
            if lead is not None:
                return lead or None  # "": the body has the lead already
    return None


def _pick_lead(
    anchor: lxml.html.HtmlElement,
    candidates: list[lxml.html.HtmlElement],
    body_text: str,
    exclude: set[lxml.html.HtmlElement],
    headlines: Collection[str] = (),
    anywhere: bool = False,
) -> str | None:
    """The nearest acceptable candidate's text; "" when the body already holds the lead.

    With ``anywhere`` (candidates showing the meta description), a candidate need not
    share a container with the body below ``<body>``.
    """
    anchor_line = set(anchor.iterancestors())
    for cand in reversed(candidates):
        if cand.tag in _MEDIA_TAGS:
            continue
        if exclude and (cand in exclude or any(a in exclude for a in cand.iterancestors())):
            continue
        names = element_names(cand).lower()
        if _MEDIA_NAME.search(names) or _SITE_TAGLINE.search(names) or _lead_media(cand):
            continue
        ancestors = list(cand.iterancestors())
        if any(a.tag in _OFF_CONTENT for a in ancestors) or cand.tag in _OFF_CONTENT:
            continue
        if cand in anchor_line:
            # a lead element left open (unclosed <h2>, <div>) wraps the article: its own
            # leading text, up to its first block, is the lead
            text, links = _leading_text(cand)
        else:
            common = next((a for a in ancestors if a in anchor_line), None)
            if common is None or (common.tag in ("body", "html") and not anywhere):
                continue
            text = _norm(element_text(cand))  # not an inline script's code
            for block in cand.iterdescendants():
                if block in exclude:
                    # a block inside the lead (a Drupal field's label above its text)
                    text = _norm(text.replace(_norm(element_text(block)), " ", 1))
            links = -1.0
        words = len(text.split())
        if not _LEAD_MIN_WORDS <= words <= _LEAD_MAX_WORDS:
            continue
        if text[:60] in body_text:
            return ""
        if any(text in h for h in headlines):
            continue  # the headline, in a header block named like a lead
        if (links if links >= 0 else _link_share(cand, len(text))) > 0.5:
            continue
        return text
    return None


_LEADING_STOP = {"p", "div", "section", "article", "ul", "ol", "table", "figure", "blockquote"}
_LEADING_STOP |= {"h1", "h2", "h3", "h4", "h5", "h6", "header", "aside", "nav", "form"}


def _leading_text(el: lxml.html.HtmlElement) -> tuple[str, float]:
    """``el``'s text before its first block child, and the share of it that is links."""
    parts = [el.text or ""]
    linked = 0
    for child in el:
        if isinstance(child.tag, str) and child.tag in _LEADING_STOP:
            break
        if isinstance(child.tag, str):
            parts.append(element_text(child))
            linked += sum(len(a.text_content()) for a in child.iter("a"))
        parts.append(child.tail or "")
    raw = "".join(parts)
    return _norm(raw), (linked / len(raw) if raw else 1.0)


_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "figcaption")
#: The fewest words of trafilatura's one-line fallback that are split back into the page's
#: blocks: a wire's short notice (TT's, LETA's, ELTA's, of 30 to 60 words) came back as
#: one line with its headline, byline and date.
_BLOB_WORDS = 30


def resegment(doc: lxml.html.HtmlElement, blob: str) -> list[str]:
    """Split a single run-on paragraph back into the page's own text blocks.

    trafilatura's last-resort fallback returns a page's whole text as one line
    (menus, share buttons, related titles included). Keeps, in page order, the blocks
    (``p``, headings, list items, ...) whose text is in ``blob`` and that are not mostly
    links; inner blocks of a kept block are not repeated.
    """
    kept: list[str] = []
    kept_els: set[lxml.html.HtmlElement] = set()
    for el in doc.iter(*_BLOCK_TAGS):
        if any(a in kept_els for a in el.iterancestors()):
            continue
        text = _norm(el.text_content())
        if not text or text not in blob or any(a.tag in _OFF_CONTENT for a in el.iterancestors()):
            continue
        if _link_share(el, len(text)) > 0.5:
            continue
        kept.append(text)
        kept_els.add(el)
    return kept


_MENU_ENTRY_MAX_WORDS = 30


def _only_link_texts(doc: lxml.html.HtmlElement, paragraphs: list[str]) -> bool:
    """Whether every paragraph is the text of a link: a menu, not an article.

    A paragraph of 30 words or more is prose, never a menu entry: then the page's links
    are not looked at.
    """
    if any(len(p.split()) >= _MENU_ENTRY_MAX_WORDS for p in paragraphs):
        return False
    links = {_norm(a.text_content()) for a in doc.iter("a")}
    return all(p in links for p in paragraphs)


#: Elements that hold a paragraph's text: a text node of theirs names their parent as
#: the body's container; other elements hold text directly (a ``<div>`` with ``<br>``s).
_PARAGRAPH_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"})
#: Inline elements: their text runs on with the loose text around them.
INLINE_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "em",
        "i",
        "u",
        "span",
        "small",
        "abbr",
        "cite",
        "q",
        "sup",
        "sub",
        "mark",
        "font",
        "time",
    }
)
_LOOSE_MIN_WORDS = 12
_KEY = 40


def _key(text: str) -> str:
    return text[:_KEY]


_LONG_TEXTS = etree.XPath("//body//text()[string-length() >= 20]")


def _body_container(doc: lxml.html.HtmlElement, keys: dict[str, int]) -> tuple[object, int]:
    """The element holding most of the body's paragraphs as children or loose text, and
    how many it holds."""
    votes: dict[object, int] = {}
    for text in _LONG_TEXTS(doc):
        key = _key(" ".join(text[:200].split()))
        if key not in keys and _key(unicodedata.normalize("NFC", key)) not in keys:
            continue
        el = text.getparent()
        if el is None or el.tag in _OFF_CONTENT:
            continue
        owner = el.getparent() if text.is_tail or el.tag in _PARAGRAPH_TAGS else el
        if owner is not None:
            votes[owner] = votes.get(owner, 0) + 1
    if not votes:
        return None, 0
    owner = max(votes, key=votes.__getitem__)
    return owner, votes[owner]


#: The body's container and how many of its paragraphs it holds (``_body_container``).
Container = tuple[object, int]


def body_container(doc: lxml.html.HtmlElement, paragraphs: list[str]) -> Container:
    """The element holding most of ``paragraphs`` (as ``_body_container``); none for a
    body of fewer than two."""
    if len(paragraphs) < 2:
        return None, 0
    return _body_container(doc, {_key(p): i for i, p in enumerate(paragraphs)})


def _holding(
    doc: lxml.html.HtmlElement, paragraphs: list[str], found: Container | None
) -> tuple[lxml.html.HtmlElement, dict[str, int]] | None:
    """The body's container (``found``, else searched) when it holds two of
    ``paragraphs`` or more, with the paragraphs' keys; else None."""
    if len(paragraphs) < 2:
        return None
    keys = {_key(p): i for i, p in enumerate(paragraphs)}
    container, held = found or _body_container(doc, keys)
    return (container, keys) if container is not None and held >= 2 else None


def restore_loose_text(
    doc: lxml.html.HtmlElement, paragraphs: list[str], found: Container | None = None
) -> list[str]:
    """``paragraphs`` with the body's loose text put back where trafilatura dropped it.

    trafilatura keeps text that sits in paragraph elements, but may lose text written
    straight into the body's container: a tail after a nested block (an ad slot, an
    embedded "Related" box, a picture's wrapper), after a sub-heading, or after a
    drop-cap's ``<span>`` ("<span>P</span>lötzlich war ..."). A run of such text (inline
    elements included, up to the next block or ``<br>``) of 12 words or more, mostly
    unlinked, that the body lacks is inserted where it stands: between two of the body's
    paragraphs in the same container, or before the first as a whole opening sentence.
    Noise rules apply to it. ``found``: ``body_container``'s answer, when known.
    """
    held = _holding(doc, paragraphs, found)
    if held is None:
        return paragraphs
    container, keys = held
    body_text = " ".join(paragraphs)
    # runs of loose text: [index of the body's paragraph before it, text, one after it]
    runs: list[list] = []
    before: int | None = None
    texts: list[str] = [container.text or ""]
    linked = 0

    def flush() -> None:
        nonlocal before, linked
        text = _norm("".join(texts))
        if len(text.split()) >= _LOOSE_MIN_WORDS and _key(text) not in body_text:
            if linked * 2 < len(text):
                runs.append([before, text, False])
        elif _key(text) in keys:
            reached(keys[_key(text)])
        texts.clear()
        linked = 0

    def reached(index: int) -> None:
        nonlocal before
        before = index
        for run in runs:
            run[2] = True

    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in INLINE_TAGS:
            texts.append(child.text_content())
            linked += sum(len(a.text_content()) for a in child.iter("a"))
        else:
            flush()
            if tag and tag not in ("br", "script", "style"):
                key = _key(_norm(child.text_content()))
                if key in keys:
                    reached(keys[key])
        texts.append(child.tail or "")
    flush()
    restored = list(paragraphs)
    for index, text, followed in reversed(runs):
        opening = index is None and text[-1] in '.!?"”»'
        if followed and (index is not None or opening) and filter_paragraphs([text]):
            restored.insert(0 if index is None else index + 1, text)
    return restored


#: How many levels above the body's container a story's part may be (the container
#: ``div.text-text`` in ``div.text`` in the part ``div.editorial-module``).
_PART_LEVELS = 3
#: A part of a story: a sibling block of the same tag and class as the body's, holding
#: prose paragraphs (at least this many characters in ``<p>`` elements, mostly unlinked).
_PART_MIN_CHARS = 200
#: A part's paragraphs and sub-headings, in the page's order; not a picture's caption, nor
#: the text of a box beside the story, a menu, a form or a hidden element.
_PART_BLOCKS = etree.XPath(
    "(.//p | .//h2 | .//h3 | .//h4 | .//h5 | .//h6)[not(ancestor::figure or ancestor::aside"
    " or ancestor::nav or ancestor::form or ancestor-or-self::*[contains(translate(@style,"
    " ' ', ''), 'display:none')])]"
)
_MEDIA_INSIDE_ANY = etree.XPath(
    "boolean(descendant-or-self::*[self::figure or self::img or self::picture or self::video"
    " or self::iframe])"
)
#: Classes that mark a block's place among its siblings, not its kind.
_PLACE_CLASSES = frozenset({"first", "last", "odd", "even", "first-child", "last-child"})
#: An element that names itself the story's body (its id or class): its blocks of one kind
#: are the story's parts, pictures between them or not (CNBC's ``<div id="article_body">``
#: of ``<div class="group-container">`` sections).
_BODY_NAME = re.compile(
    r"(?:article|story|post|entry)[-_]?(?:body|content|text)|articlebody", re.IGNORECASE
)
#: A heading that links elsewhere: a post's or a teaser's title, not a story's subhead.
_LINKED_HEADING = etree.XPath(
    "boolean(.//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]//a[@href])"
)
#: The fewest other parts that make a story printed in parts (one is an author's box or
#: a promotion beside the story, in a block like the story's).
_MORE_PARTS = 2


def _part_paragraphs(block: lxml.html.HtmlElement, checked: bool = True) -> list[str]:
    """The paragraphs and sub-headings of a story's part, in the page's order; when
    ``checked``, none when it holds too little prose (in ``<p>`` elements), is mostly
    links, or is another story or post (it holds an ``<h1>``, an ``<article>``, a
    ``<time>`` or a heading that links elsewhere)."""
    if checked and (
        next(block.iter("h1", "article", "time"), None) is not None or _LINKED_HEADING(block)
    ):
        return []
    texts = [(el.tag, _norm(el.text_content())) for el in _PART_BLOCKS(block)]
    texts = [(tag, text) for tag, text in texts if text]
    if not checked:
        return [text for _, text in texts]
    chars = sum(len(text) for tag, text in texts if tag == "p")
    if chars < _PART_MIN_CHARS:
        return []
    linked = sum(len(a.text_content()) for a in block.iter("a"))
    return [text for _, text in texts] if 2 * linked < chars else []


def join_story_parts(
    doc: lxml.html.HtmlElement, paragraphs: list[str], found: Container | None = None
) -> list[str]:
    """``paragraphs`` with the other parts of a story that the page prints in blocks side
    by side, of which the extractor took one: a page builder's text modules between
    pictures and quotes (``<div class="editorial-module editorial-module--text">`` again
    and again), a paper's sections (CNBC's ``<div class="group-container">``, each under
    its sub-heading).

    The parts are the siblings of the body's block (or of one of its ancestors, up to
    ``_PART_LEVELS``) of its tag and classes (a class marking a place, "last", aside),
    that hold prose and are no other story or post (``_part_paragraphs``): two more at
    least, and a picture or a clip between two of them (``_media_between``), or a parent
    that names itself the story's body (``_BODY_NAME``: CNBC's ``<div
    id="article_body">``). Their paragraphs and sub-headings that the body lacks join it
    where the page prints them, with the noise rules applied. ``found``:
    ``body_container``'s answer, when known."""
    held = _holding(doc, paragraphs, found)
    if held is None:
        return paragraphs
    container, keys = held
    block = container
    for _ in range(_PART_LEVELS):
        parent = block.getparent()
        if parent is None:
            return paragraphs
        kind = _part_kind(block)
        if kind:
            siblings = [el for el in parent if el.tag == block.tag and _part_kind(el) == kind]
            if len(siblings) > 1:
                break
        block = parent
    else:
        return paragraphs
    # the parts' texts in the page's order, each with its place in the body (None: new)
    sequence: list[tuple[int | None, str]] = []
    added = 0
    joined: list[lxml.html.HtmlElement] = []
    for el in siblings:
        texts = _part_paragraphs(el, checked=el is not block)
        places = [(keys.get(_key(text)), text) for text in texts]
        new = [text for index, text in places if index is None]
        if el is block:  # (what the extractor left out of its own block stays out)
            places = [(i, t) for i, t in places if i is not None]
        elif new:
            added += 1
            kept = set(filter_paragraphs(new))
            places = [(i, t) for i, t in places if i is not None or t in kept]
        if el is block or new:
            joined.append(el)
            sequence.extend(places)
    if added < _MORE_PARTS or not (
        _BODY_NAME.search(element_names(parent)) or _media_between(parent, joined)
    ):
        return paragraphs
    return _interleaved(paragraphs, sequence)


def _interleaved(paragraphs: list[str], sequence: list[tuple[int | None, str]]) -> list[str]:
    """``paragraphs`` with the new texts of ``sequence`` (the page's texts in order, each
    with its index in ``paragraphs`` or None) put in: after the body's paragraph the page
    prints last before it, else before the first it prints after it.

    >>> _interleaved(["a", "b", "c"], [(None, "h1"), (1, "b"), (None, "h2"), (2, "c")])
    ['a', 'h1', 'b', 'h2', 'c']
    """
    after: dict[int, list[str]] = {}
    waiting: list[str] = []  # new texts before any of the body's
    last: int | None = None
    for index, text in sequence:
        if index is None:
            if last is None:
                waiting.append(text)
            else:
                after.setdefault(last, []).append(text)
            continue
        if last is None and waiting:
            after.setdefault(index - 1, []).extend(waiting)
            waiting = []
        last = index if last is None else max(last, index)
    joined = [*after.get(-1, ()), *waiting]
    for index, paragraph in enumerate(paragraphs):
        joined.append(paragraph)
        joined.extend(after.get(index, ()))
    return joined


def _part_kind(el: lxml.html.HtmlElement) -> frozenset[str]:
    """A block's classes, without those that mark its place in a list ("first",
    "last"): the parts of a story are of one kind ("group-container", "group-container
    last")."""
    return frozenset((el.get("class") or "").split()) - _PLACE_CLASSES


def _media_between(parent: lxml.html.HtmlElement, parts: list[lxml.html.HtmlElement]) -> bool:
    """Whether a picture, a clip or an embed stands between two of ``parts`` (children of
    ``parent``) in a block of its own: a page builder's story, text and media modules in
    turn (several posts of a blog or stories of a list follow each other without)."""
    members = set(parts)
    inside = False
    for child in parent:
        if child in members:
            inside = True
        elif inside and _MEDIA_INSIDE_ANY(child):
            return any(el in members for el in child.itersiblings())
    return False


_PRUNE_ATTR = "data-newscrawl-prune"
_PRUNE_XPATH = f"//*[@{_PRUNE_ATTR}]"


def _extract(doc: lxml.html.HtmlElement, url: str | None, blocks: list[lxml.html.HtmlElement]):
    """trafilatura on ``doc`` without ``blocks`` (``boilerplate_blocks``).

    Each outermost block stands aside while trafilatura runs: an empty element marked for
    its ``prune_xpath`` takes the block's place and tail, so trafilatura's copies of the
    tree (four a page) and its passes over them skip the block's subtree, and its pruning
    keeps the tail text as it keeps a pruned block's. The blocks are put back afterwards:
    ``doc`` is left as it was.
    """
    standins: list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]] = []
    members = set(blocks)
    for el in blocks:
        parent = el.getparent()
        if parent is None or any(a in members for a in el.iterancestors()):
            continue  # (inside another block, which stands aside with it)
        standin = el.makeelement("span", {_PRUNE_ATTR: ""})
        standin.tail = el.tail
        parent.replace(el, standin)
        standins.append((el, standin))
    try:
        return trafilatura.bare_extraction(
            doc,
            url=url,
            with_metadata=False,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            prune_xpath=_PRUNE_XPATH if standins else None,
        )
    finally:
        for el, standin in reversed(standins):
            # (lxml moves an element's tail with it: the block took its own along)
            standin.getparent().replace(standin, el)


#: trafilatura's elements whose text keeps the source's lines (``<pre>``'s).
_VERBATIM = ("code", "quote")
#: A line break of the page's source inside a text (between two non-blank characters).
_SOURCE_BREAK = re.compile(r"(?<=\S)[ \t]*\r?\n\s*(?=\S)")


def _unwrapped_text(result: trafilatura.settings.Document) -> str:
    """trafilatura's text, with the line breaks of the page's source read as the spaces a
    browser shows: a paragraph wrapped by hand in the HTML, a Blogger post typed into a
    ``<div>``, was a paragraph for each line. A ``<br>`` (trafilatura's ``<lb/>``) and a
    block's end still end a line; code and quotations keep their lines (trafilatura turns a
    ``<pre>`` it does not read as code into a quotation). (Mutates trafilatura's result
    tree, which is the caller's own.)"""
    text = result.text or ""
    body = result.body
    if body is None or not _SOURCE_BREAK.search(text):
        return text
    verbatim = next(body.iter(*_VERBATIM), None) is not None
    changed = False
    for el in body.iter():
        if verbatim and (
            el.tag in _VERBATIM or any(a.tag in _VERBATIM for a in el.iterancestors())
        ):
            continue
        if el.text and "\n" in el.text:
            joined = _rewrapped(el.text)
            changed = changed or joined != el.text
            el.text = joined
        if el.tail and "\n" in el.tail and el is not body:
            joined = _rewrapped(el.tail)
            changed = changed or joined != el.tail
            el.tail = joined
    return xmltotxt(body, include_formatting=False) if changed else text


#: The shortest mean length of a text's wrapped lines (all but its last) that is prose
#: wrapped at an editor's width; shorter lines are a line each by intent (an address, a
#: poem, a list typed line by line).
_WRAPPED_LINE_CHARS = 40


def _rewrapped(text: str) -> str:
    r"""``text`` with its source line breaks as spaces when its lines are wrapped prose.

    >>> _rewrapped("Nollywood actress Ann Lee has won the Africa Movie\nAcademy Award on Sunday")
    'Nollywood actress Ann Lee has won the Africa Movie Academy Award on Sunday'
    >>> _rewrapped("Pressestelle\nKatharinenstr. 17, Leipzig\nTelefon: 0341 696290")
    'Pressestelle\nKatharinenstr. 17, Leipzig\nTelefon: 0341 696290'
    """
    lines = [line.strip() for line in text.strip().splitlines()]
    wrapped = [line for line in lines[:-1] if line]
    if not wrapped or sum(map(len, wrapped)) < _WRAPPED_LINE_CHARS * len(wrapped):
        return text
    return _SOURCE_BREAK.sub(" ", text)


def extract_body(doc: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """Main text of a page as paragraphs (whitespace collapsed), noise removed.

    Does not mutate ``doc`` (trafilatura works on its own copy of the tree).
    """
    blocks, captions, hidden = page_blocks(doc)
    result = _extract(doc, url, blocks)
    if result is None:
        return []
    body = result.body
    has_items = body is not None and next(body.iter("item"), None) is not None
    paragraphs = _paragraphs(_unwrapped_text(result), list_markers=has_items)
    if len(paragraphs) == 1 and len(paragraphs[0].split()) >= _BLOB_WORDS:
        paragraphs = resegment(doc, paragraphs[0]) or paragraphs
    paragraphs = filter_paragraphs(paragraphs, keep=agency_from_credit)
    paragraphs = without_captions(paragraphs, captions)
    paragraphs = without_sign_ups(paragraphs, doc)
    if hidden:
        paragraphs = drop_hidden(paragraphs, doc, hidden)
    if paragraphs and _only_link_texts(doc, paragraphs):
        return []
    found = body_container(doc, paragraphs)  # (one search for both steps)
    paragraphs = restore_loose_text(doc, paragraphs, found)
    paragraphs = join_story_parts(doc, paragraphs, found)
    lead = find_lead(doc, paragraphs, [*blocks, *captions, *hidden])
    if lead and filter_paragraphs([lead]):
        paragraphs.insert(0, lead)
    return paragraphs


#: A paragraph that is all one link: a teaser put between a story's paragraphs.
_LINKED_PARAGRAPHS = etree.XPath("//p[count(a) = 1][normalize-space(.) = normalize-space(a)]")
_TEASER_MIN_WORDS = 4


#: The fewest characters of a paragraph whose copy is dropped (a short line, "Q:",
#: "***", may come back by intent).
_REPEAT_MIN_CHARS = 30
#: How many paragraphs open a body where a responsive page prints its intro twice.
_REPEAT_HEAD = 5


def without_repeats(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a paragraph's copy (``_REPEAT_MIN_CHARS`` or longer) right
    after it, or among the first ``_REPEAT_HEAD``: a responsive page prints its heading or
    intro twice, once for phones and once for wider screens, one of them hidden by its
    stylesheet ("l-hidden-xs"). Copies further apart stay (an event list's "Tickets:
    ..." line under each event, a results table's rows, code).

    >>> without_repeats(["Kondo tidies up the whole world.", "Rule one: sort things by category.",
    ...                  "Rule one: sort things by category.", "Kondo tidies up the whole world."])
    ['Kondo tidies up the whole world.', 'Rule one: sort things by category.']
    >>> without_repeats(["A", "Tickets: call 555-0100 from noon on.", "B", "C", "D", "E",
    ...                  "Tickets: call 555-0100 from noon on."])[-1]
    'Tickets: call 555-0100 from noon on.'
    """
    kept: list[str] = []
    head: set[str] = set()
    previous = ""
    for index, paragraph in enumerate(paragraphs):
        key = _norm(paragraph)
        if len(key) >= _REPEAT_MIN_CHARS and (
            key == previous or (index < _REPEAT_HEAD and key in head)
        ):
            continue
        if index < _REPEAT_HEAD:
            head.add(key)
        previous = key
        kept.append(paragraph)
    return kept


def without_linked_teasers(
    paragraphs: list[str], doc: lxml.html.HtmlElement, url: str | None
) -> list[str]:
    """``paragraphs`` without the titles of other stories of the site that the page prints
    as paragraphs of their own, all one link, between the story's paragraphs (a related
    story dropped in without a heading).

    Such a paragraph is a teaser when it links to the same site, has four words or more,
    ends in no full stop, question mark or colon (a sentence or a link's lead-in: "Read
    the council's full report.") and opens with no figure (an event's date in a
    programme). The body's first paragraph is never one.

    >>> doc = lxml.html.fromstring("<div><p>Story.</p><p><a href='/b'>Sheriff asks for "
    ...                            "more deputies</a></p><p>More story.</p></div>")
    >>> without_linked_teasers(["Story.", "Sheriff asks for more deputies", "More story."],
    ...                        doc, "https://herald.example/a")
    ['Story.', 'More story.']
    """
    domain = site_domain(url) if url else None
    teasers = set()
    for p in _LINKED_PARAGRAPHS(doc):
        text = _norm(p.text_content())
        if len(text.split()) < _TEASER_MIN_WORDS or text.endswith((".", "!", "?", ":")):
            continue
        if text[0].isdigit():
            continue
        href = (p.find("a").get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        if domain is None:
            if urlsplit(href).netloc:
                continue  # (no address to weigh it against: only a link within the site)
        elif site_domain(urljoin(url, href)) != domain:
            continue
        teasers.add(text)
    if not teasers:
        return paragraphs
    return [p for i, p in enumerate(paragraphs) if not i or _norm(p) not in teasers]
