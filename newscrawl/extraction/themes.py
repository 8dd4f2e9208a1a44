"""Theme rules: one small declaration per CMS theme, selectors precompiled, noise as data.

A ``Theme`` says where a theme puts the title, the article body, dates, bylines, section,
tags, the lead image and the "Related articles" block, and which elements inside the body
are noise (ads, share widgets, author and newsletter boxes, related blocks, captions).
``detect_theme`` recognises a theme from markup (``td-`` classes, ``wp-content`` paths,
generator ``<meta>``). Every theme falls back to the generic rules for fields it does not
declare, so a theme only states what differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from cssselect import HTMLTranslator
from lxml import etree, html

_CSS = HTMLTranslator()
_LOWER = "translate({0}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def css(*selectors: str) -> etree.XPath:
    """One precompiled XPath for the union of CSS ``selectors`` (searched below the context)."""
    exprs = [_CSS.css_to_xpath(s, prefix="descendant-or-self::") for s in selectors]
    return etree.XPath(" | ".join(exprs))


def _css_expr(*selectors: str) -> str:
    return " | ".join(_CSS.css_to_xpath(s, prefix="descendant-or-self::") for s in selectors)


def _has_class(token: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {token} ')"


@lru_cache(maxsize=256)
def compile_selector(selector: str) -> etree.XPath:
    """A profile override: XPath when it starts with ``/``, ``(`` or ``.//``, else CSS."""
    if selector.startswith(("/", "(", "./")):
        return etree.XPath(selector)
    return css(*[s.strip() for s in selector.split(",")])


# --------------------------------------------------------------------------------------------
# Noise inside article bodies (data: extend the lists, not the code)

#: Elements never part of the article text, whatever the theme.
COMMON_NOISE_CSS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "canvas",
    "object",
    "embed",
    "nav",
    "aside",
    "figcaption",
    ".wp-caption-text",
    ".caption",
    "ins.adsbygoogle",
    ".adsbygoogle",
    "[id^='div-gpt-ad']",
    ".ad",
    ".ads",
    ".advert",
    ".advertisement",
    ".ad-container",
    ".ad-slot",
    ".adsense",
    ".code-block",
    ".wordads-ad-wrapper",
    ".wpcnt",
    ".sharedaddy",
    ".sd-sharing-enabled",
    ".jp-relatedposts",
    "#jp-relatedposts",
    ".addtoany_share_save_container",
    ".a2a_kit",
    ".addtoany_content",
    ".heateor_sss_sharing_container",
    ".essb_links",
    ".shared-counts-wrap",
    ".social-share",
    ".share-buttons",
    ".sharing",
    ".social-links",
    ".post-share",
    ".yarpp",
    ".yarpp-related",
    ".crp_related",
    ".related-posts",
    ".related_posts",
    ".relatedposts",
    ".related-articles",
    ".rp4wp-related-posts",
    ".author-box",
    ".about-author",
    ".saboxplugin-wrap",
    ".post-author-box",
    ".newsletter",
    ".newsletter-box",
    ".mc4wp-form",
    ".wp-block-jetpack-subscriptions",
    ".jetpack_subscription_widget",
    ".subscribe-box",
    "#comments",
    ".comments-area",
    ".comment-respond",
    ".comments",
    ".comment-list",
    ".sidebar",
    "#secondary",
    ".widget",
    ".post-tags",
    ".tags-links",
    ".entry-tags",
    ".post-navigation",
    ".nav-links",
    ".screen-reader-text",
    ".sr-only",
    ".visually-hidden",
    "[aria-hidden='true']",
)

#: Blocks that become one body paragraph each.
_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"})
_BLOCK_XPATH = etree.XPath(
    "descendant::*[self::p or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 "
    "or self::li or self::blockquote or self::pre or self::dd or self::dt]"
)
_SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
_LINK_BREAK = frozenset({"br"})


def element_text(
    el: html.HtmlElement, skip: set[html.HtmlElement] | frozenset = frozenset()
) -> str:
    """Text of ``el`` without the text of ``skip`` elements, scripts and styles (not collapsed)."""
    parts: list[str] = []

    def walk(node: html.HtmlElement) -> None:
        if node.text and node.tag not in _SKIP_TEXT:
            parts.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):  # comments, processing instructions
                if child.tail:
                    parts.append(child.tail)
                continue
            if child not in skip and child.tag not in _SKIP_TEXT:
                if child.tag in _LINK_BREAK:
                    parts.append(" ")
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def block_texts(container: html.HtmlElement, noise: etree.XPath) -> list[str]:
    """Each block (p, h2-h6, li, blockquote, ...) of ``container`` as one raw paragraph.

    Blocks inside noise elements are skipped; a block holding other blocks (``li > p``,
    ``blockquote > p``) gives way to them. The document is not modified.
    """
    skip = set(noise(container))
    skip.discard(container)
    blocks = _BLOCK_XPATH(container)
    if not blocks:
        return []
    parents: set[html.HtmlElement] = set()
    kept: list[html.HtmlElement] = []
    for block in blocks:
        node = block
        noisy = False
        chain = []
        while node is not None and node is not container:
            if node in skip:
                noisy = True
                break
            chain.append(node)
            node = node.getparent()
        if noisy:
            continue
        for ancestor in chain[1:]:
            if ancestor.tag in _BLOCKS:
                parents.add(ancestor)
        kept.append(block)
    return [element_text(b, skip) for b in kept if b not in parents]


# --------------------------------------------------------------------------------------------
# Themes


@dataclass
class ThemeFields:
    """Raw values found by a theme's rules, best first."""

    titles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)


#: Parts of a headline element that are not the headline: kickers, rooflines, dates, labels.
HEADLINE_EXTRA_CLASSES = (
    "kicker", "roofline", "overline", "supertitle", "topline", "eyebrow", "dachzeile",
    "subtitle", "h1small", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader",
)  # fmt: skip
_HEADLINE_EXTRAS = etree.XPath(
    "descendant::*[self::small or self::time or self::sup or self::script or self::style or "
    + " or ".join(f"contains(@class, '{c}')" for c in HEADLINE_EXTRA_CLASSES)
    + "]"
)


def headline_text(el: html.HtmlElement) -> str:
    """A headline's own text, without kicker, roofline, date or screen-reader label.

    Falls back to the whole text when nothing else is left.
    """
    skip = set(_HEADLINE_EXTRAS(el))
    text = element_text(el, skip) if skip else ""
    return text if text.strip() else element_text(el)


def _strings(results: Iterable[object], headline: bool = False) -> list[str]:
    out: list[str] = []
    for r in results:
        if isinstance(r, str):
            out.append(str(r))
        elif isinstance(r, html.HtmlElement):
            out.append(headline_text(r) if headline else element_text(r))
    return [s for s in out if s and s.strip()]


#: Generic rules every theme falls back on (XPath strings; themes prepend their own).
_OUTSIDE_WIDGETS = (
    "[not(ancestor::aside or ancestor::nav or ancestor::footer"
    " or ancestor::*[contains(@class, 'related') or contains(@class, 'sidebar')"
    " or contains(@class, 'widget') or contains(@class, 'td_module')"
    " or contains(@class, 'td-module-container') or contains(@class, 'comment')])]"
)
GENERIC_TITLE = ("//article//h1", "//h1[contains(@class, 'title')]", "//h1")
GENERIC_PUBLISHED = (
    "//*[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//article//header//time/@datetime",
    f"//article//time[@datetime]{_OUTSIDE_WIDGETS}/@datetime",
    f"//main//time[@datetime]{_OUTSIDE_WIDGETS}/@datetime",
)
GENERIC_MODIFIED = (
    "//*[@itemprop='dateModified']/@content",
    "//*[@itemprop='dateModified']/@datetime",
)
GENERIC_AUTHORS = (
    "//*[@itemprop='author']//*[@itemprop='name']/@content",
    f"//*[@itemprop='author']//*[@itemprop='name']{_OUTSIDE_WIDGETS}",
    f"//*[@itemprop='author'][not(.//*[@itemprop='name'])]{_OUTSIDE_WIDGETS}",
    f"//a[@rel='author']{_OUTSIDE_WIDGETS}",
    f"//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]{_OUTSIDE_WIDGETS}",
    "//*[self::a or self::span or self::div or self::p or self::strong or self::address]"
    "[contains(@class, 'author-name') or contains(@class, 'authorName')"
    " or contains(@class, 'AuthorName') or contains(@class, 'author__name')"
    " or contains(@class, 'byline__name') or contains(@class, 'article-author')"
    " or contains(@class, 'post-author') or contains(@class, 'entry-author')"
    f" or @class='author' or @id='author']{_OUTSIDE_WIDGETS}",
    f"//*[contains(@class, 'vcard')]//*[contains(@class, 'fn')]{_OUTSIDE_WIDGETS}",
    "//*[contains(@class, 'author') and not(contains(@class, 'box') or contains(@class, 'bio')"
    " or contains(@class, 'avatar') or contains(@class, 'image') or contains(@class, 'img'))]"
    f"[not(.//*[contains(@class, 'author')])]{_OUTSIDE_WIDGETS}",
)
GENERIC_RELATED = (
    "//*[contains(@class, 'jp-relatedposts-post')]//a/@href",
    "//*[contains(@class, 'yarpp')]//a/@href",
    "//*[contains(@class, 'crp_related')]//a/@href",
    "//*[contains(@class, 'related-posts') or contains(@class, 'related_posts')"
    " or contains(@class, 'related-articles')]//*[self::h2 or self::h3 or self::h4]//a/@href",
)


class Theme:
    """A CMS theme's rules. Build with keyword lists of CSS (``*_css``) or XPath strings."""

    def __init__(
        self,
        name: str,
        *,
        detect: str | None = None,
        title: Iterable[str] = (),
        body_css: Iterable[str] = (),
        noise_css: Iterable[str] = (),
        description: Iterable[str] = (),
        published: Iterable[str] = (),
        modified: Iterable[str] = (),
        authors: Iterable[str] = (),
        section: Iterable[str] = (),
        tags: Iterable[str] = (),
        image: Iterable[str] = (),
        related: Iterable[str] = (),
        body_generic_fallback: bool = True,
    ) -> None:
        self.name = name
        self.detect = etree.XPath(f"boolean({detect})") if detect else None
        self.title = _compile_all((*title, *GENERIC_TITLE))
        self.body = css(*body_css) if body_css else None
        self.noise = css(*COMMON_NOISE_CSS, *noise_css)
        self.description = _compile_all(description)
        self.published = _compile_all((*published, *GENERIC_PUBLISHED))
        self.modified = _compile_all((*modified, *GENERIC_MODIFIED))
        self.authors = _compile_all((*authors, *GENERIC_AUTHORS))
        self.section = _compile_all(section)
        self.tags = _compile_all(tags)
        self.image = _compile_all(image)
        self.related = _compile_all((*related, *GENERIC_RELATED))
        self.body_generic_fallback = body_generic_fallback

    def __repr__(self) -> str:
        return f"Theme({self.name!r})"

    def body_paragraphs(self, doc: html.HtmlElement) -> list[str]:
        """Raw paragraphs of the first body container that has any."""
        if self.body is None:
            return []
        for container in self.body(doc):
            paragraphs = block_texts(container, self.noise)
            if any(p.strip() for p in paragraphs):
                return paragraphs
        return []

    def extract(
        self, doc: html.HtmlElement, overrides: Mapping[str, str] | None = None
    ) -> ThemeFields:
        """Every field's raw candidates from ``doc`` (not mutated); overrides come first."""
        out = ThemeFields(
            titles=_first_hit(self.title, doc, headline=True),
            descriptions=_first_hit(self.description, doc),
            paragraphs=self.body_paragraphs(doc),
            published=_first_hit(self.published, doc),
            modified=_first_hit(self.modified, doc),
            authors=_first_hit(self.authors, doc),
            sections=_first_hit(self.section, doc),
            tags=_first_hit(self.tags, doc),
            images=_first_hit(self.image, doc),
            related=_first_hit(self.related, doc),
        )
        for key, selector in (overrides or {}).items():
            _apply_override(out, key, selector, doc, self.noise)
        return out


def _compile_all(exprs: Iterable[str]) -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(e) for e in dict.fromkeys(exprs))


def _first_hit(
    xpaths: tuple[etree.XPath, ...], doc: html.HtmlElement, headline: bool = False
) -> list[str]:
    """The values of the first XPath that finds any (rules are ordered best first)."""
    for xp in xpaths:
        values = _strings(xp(doc), headline)
        if values:
            return values
    return []


_OVERRIDE_FIELDS = {
    "title": "titles",
    "description": "descriptions",
    "published_at": "published",
    "published": "published",
    "modified_at": "modified",
    "modified": "modified",
    "authors": "authors",
    "author": "authors",
    "section": "sections",
    "tags": "tags",
    "image_url": "images",
    "image": "images",
    "related_urls": "related",
    "related": "related",
}


def _apply_override(
    out: ThemeFields, key: str, selector: str, doc: html.HtmlElement, noise: etree.XPath
) -> None:
    xp = compile_selector(selector)
    if key == "body":
        for container in xp(doc):
            if isinstance(container, html.HtmlElement):
                paragraphs = block_texts(container, noise)
                if paragraphs:
                    out.paragraphs = paragraphs
                    return
        return
    attr = _OVERRIDE_FIELDS.get(key)
    if attr is None:
        raise ValueError(f"unknown override field {key!r}")
    found = []
    for r in xp(doc):
        if isinstance(r, html.HtmlElement) and key in ("related", "related_urls"):
            found.extend(r.xpath("descendant-or-self::a/@href"))
        elif isinstance(r, html.HtmlElement) and r.tag in ("time", "meta", "img"):
            found.append(r.get("datetime") or r.get("content") or r.get("src") or r.text_content())
        else:
            found.extend(_strings([r]))
    if found:
        setattr(out, attr, found + getattr(out, attr))


# --------------------------------------------------------------------------------------------
# tagDiv "Newspaper" (classic td-post-* and tdb Cloud Library templates)

TAGDIV = Theme(
    "tagdiv",
    detect=(
        "//*[contains(@class, 'td-post-content') or contains(@class, 'tdb_single_')"
        " or contains(@class, 'td_block_wrap') or contains(@class, 'td-main-content-wrap')]"
        " | //link[contains(@href, '/themes/Newspaper')]"
    ),
    title=(
        "//*[contains(@class, 'tdb_single_title')]//h1",
        "//*[contains(@class, 'td-post-title')]//h1",
        "//h1[contains(@class, 'entry-title')]",
        "//h1[contains(@class, 'tdb-title-text')]",
    ),
    body_css=(
        ".tdb_single_content .tdb-block-inner",
        ".td-post-content",
        ".tdb_single_content",
    ),
    noise_css=(
        ".td-a-rec",
        ".td-a-ad",
        ".td-a-rec-id-content_inline",
        ".td_spot_img_all",
        "a.td_spot_img_all",
        ".td-post-sharing",
        ".td-post-sharing-top",
        ".td-post-sharing-bottom",
        ".tdb_single_post_share",
        ".td-social-sharing",
        ".td-related",
        ".td_block_related_posts",
        ".tdb_single_related",
        ".td-author-box",
        ".td-post-source-tags",
        ".td-post-next-prev",
        ".tdb_single_next_prev",
        ".td-post-featured-image",
        ".tdb_single_featured_image",
        ".td-fix-index > .td-a-rec",
        ".tdb_single_author_box",
        ".td_block_template_1.td-related-title",
        ".td-g-rec",
        ".tdi_ad",
        ".td-pb-ad",
        ".td-ad-background-link",
    ),
    description=(
        "//*[contains(@class, 'tdb_single_subtitle')]//p",
        "//*[contains(@class, 'td-post-sub-title')]",
    ),
    published=(
        "//*[contains(@class, 'tdb_single_date')]//time/@datetime",
        "//*[contains(@class, 'td-post-header')]//time[contains(@class, 'entry-date')]/@datetime",
        "//*[contains(@class, 'td-post-header')]//time/@datetime",
        "//header[contains(@class, 'td-post-title')]//time/@datetime",
    ),
    modified=(
        "//*[contains(@class, 'tdb_single_modified_date')]//time/@datetime",
        "//*[contains(@class, 'td-post-header')]//meta[@itemprop='dateModified']/@content",
    ),
    authors=(
        "//*[contains(@class, 'tdb_single_author')]//*[contains(@class, 'tdb-author-name')]",
        "//*[contains(@class, 'td-post-author-name')]//a",
        "//*[contains(@class, 'td-post-header')]//*[contains(@class, 'td-author-name')]",
    ),
    section=(
        "//*[contains(@class, 'tdb_single_categories')]//a",
        "//*[contains(@class, 'td-post-header')]//*[contains(@class, 'td-category')]//a",
        "//ul[contains(@class, 'td-category')]//a",
    ),
    tags=(
        "//*[contains(@class, 'tdb_single_tags')]//a",
        "//ul[contains(@class, 'td-tags')]//a",
    ),
    image=(
        "//*[contains(@class, 'tdb_single_featured_image')]//img/@src",
        "//*[contains(@class, 'td-post-featured-image')]//img/@src",
    ),
    related=(
        "//*[contains(@class, 'tdb_single_related') or contains(@class, 'td_block_related_posts')"
        " or contains(@class, 'td-related')]//*[contains(@class, 'td-module-title')]//a/@href",
        "//*[contains(@class, 'tdb_single_related') or contains(@class, 'td_block_related_posts')]"
        "//h3//a/@href",
    ),
)


# --------------------------------------------------------------------------------------------
# Generic WordPress (entry-content, post-content, Jetpack)

WORDPRESS = Theme(
    "wordpress",
    detect=(
        "//meta[@name='generator'][starts-with(@content, 'WordPress')]"
        " | //link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]"
        " | //script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')]"
        " | //*[contains(@class, 'entry-content') or contains(@class, 'amp-wp-article')]"
    ),
    title=(
        "//article//h1[contains(@class, 'entry-title')]",
        "//h1[contains(@class, 'entry-title') or contains(@class, 'post-title')]",
        "//header[contains(@class, 'entry-header')]//h1",
    ),
    body_css=(
        "article .entry-content",
        ".entry-content",
        ".post-content",
        ".single-content",
        ".article-content",
        ".post-entry",
        ".td-post-content",
        ".wp-block-post-content",
        ".amp-wp-article-content",
    ),
    noise_css=(
        ".jp-relatedposts",
        ".sharedaddy",
        ".sd-block",
        ".sd-content",
        ".wp-block-buttons",
        ".entry-footer",
        ".entry-meta",
        ".post-meta",
        ".wp-block-latest-posts",
        ".wp-block-embed",
        ".wp-block-jetpack-related-posts",
    ),
    published=(
        "//*[contains(@class, 'entry-header') or contains(@class, 'entry-meta')"
        " or contains(@class, 'post-meta')]//time[contains(@class, 'published')]/@datetime",
        "//*[contains(@class, 'posted-on')]//time[contains(@class, 'published')]/@datetime",
        "//*[contains(@class, 'entry-header') or contains(@class, 'entry-meta')"
        " or contains(@class, 'posted-on')]//time/@datetime",
        "//*[contains(@class, 'amp-wp-posted-on')]//time/@datetime",
    ),
    modified=(
        "//*[contains(@class, 'entry-header') or contains(@class, 'entry-meta')"
        " or contains(@class, 'posted-on')]//time[contains(@class, 'updated')]/@datetime",
    ),
    authors=(
        "//*[contains(@class, 'entry-meta') or contains(@class, 'entry-header')"
        " or contains(@class, 'byline')]//*[contains(@class, 'author')]//a",
        "//*[contains(@class, 'entry-meta') or contains(@class, 'entry-header')]"
        "//*[contains(@class, 'fn')]",
        "//*[contains(@class, 'amp-wp-byline')]//*[contains(@class, 'amp-wp-author')]",
    ),
    section=(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' cat-links ')]//a",
        "//*[contains(@class, 'entry-categories') or contains(@class, 'post-categories')]//a",
        "//*[contains(@class, 'amp-wp-tax-category')]//a",
    ),
    tags=(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' tags-links ')]//a",
        "//a[@rel='tag']",
        "//*[contains(@class, 'amp-wp-tax-tag')]//a",
    ),
    image=(
        "//*[contains(@class, 'post-thumbnail')]//img/@src",
        "//img[contains(@class, 'wp-post-image')]/@src",
        "//amp-img[contains(@class, 'wp-post-image')]/@src",
    ),
    related=(
        "//*[contains(@class, 'jp-relatedposts-post')]"
        "//a[contains(@class, 'jp-relatedposts-post-a')]/@href",
        "//*[contains(@class, 'wp-block-jetpack-related-posts')]//a/@href",
    ),
)


#: The generic rules alone, for pages of no known theme (the body comes from body.py).
GENERIC = Theme("generic")

#: Known themes, in detection order (specific before generic WordPress).
THEMES: dict[str, Theme] = {t.name: t for t in (TAGDIV, WORDPRESS)}


def get_theme(name: str | None) -> Theme | None:
    """The theme called ``name`` (None for unknown or no name)."""
    return THEMES.get(name.strip().lower()) if name else None


def detect_theme(doc: html.HtmlElement) -> str | None:
    """The name of the first theme whose markers ``doc`` carries, or None."""
    for theme in THEMES.values():
        if theme.detect is not None and theme.detect(doc):
            return theme.name
    return None


def iter_themes() -> Iterator[Theme]:
    return iter(THEMES.values())


_WS = re.compile(r"\s+")
