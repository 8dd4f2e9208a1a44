"""Where article URLs come from: RSS/Atom/JSON feeds, (news) sitemaps, robots.txt, HTML links.

Pure functions over response bodies, so discovery is tested without a crawl.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from scrapy.utils.gz import gunzip

_XML_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, remove_comments=True, huge_tree=True
)
_ROBOTS_SITEMAP = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
#: Where feeds usually live when a page does not announce one (WordPress first).
COMMON_FEED_PATHS = ("/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml")
#: Where sites keep their sitemaps (WordPress's and Yoast's, a news sitemap's usual names),
#: asked for beside those robots.txt names: many sites name none there.
COMMON_SITEMAP_PATHS = (
    "/sitemap.xml",
    "/sitemap_index.xml",
    "/news-sitemap.xml",
    "/sitemap-news.xml",
)


@dataclass(frozen=True)
class Entry:
    """A URL a feed or sitemap lists, with the date it gives (lastmod / updated / pubDate)."""

    url: str
    date: str | None = None


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(elem: etree._Element, *names: str) -> str | None:
    for child in elem.iter():
        if child is not elem and _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _own_text(elem: etree._Element, name: str) -> str | None:
    """Text of ``elem``'s own child ``name``, not of a nested one (an ``<image:loc>``)."""
    for child in elem:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def join_url(base_url: str, href: str) -> str:
    """``href`` resolved against ``base_url``; as written when it is malformed (``http://[x``).

    The spider counts and skips a malformed URL: raising here would lose every other
    link of the feed, sitemap or page.
    """
    try:
        return urljoin(base_url, href)
    except ValueError:
        return href


#: The size a sitemap may have, uncompressed (sitemaps.org: 50,000 URLs, 50 MB).
SITEMAP_MAX_BYTES = 50 * 1024 * 1024


def gunzipped(body: bytes, max_size: int = 0) -> bytes:
    """``body`` inflated when it is gzip data (``sitemap.xml.gz``, a feed served as
    ``application/gzip`` without ``Content-Encoding``), else ``body`` itself.

    Raises ValueError when it cannot be inflated (truncated, corrupt) or inflates to more
    than ``max_size`` bytes (0: no limit), so that a gzip bomb cannot fill the memory.
    """
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return gunzip(body, max_size=max_size)
    except ValueError as exc:  # Scrapy's _DecompressionMaxSizeExceeded
        raise ValueError(f"gzip body inflates to more than {max_size} bytes") from exc
    except (OSError, EOFError, struct.error, zlib.error) as exc:
        raise ValueError(f"unreadable gzip body: {exc}") from exc


def _xml_base(elem: etree._Element, base_url: str) -> str:
    """``base_url`` changed by the ``xml:base`` of ``elem`` and its ancestors, outermost
    first (Atom feeds use them for relative links; RSS feeds sometimes do).
    """
    for node in reversed([elem, *elem.iterancestors()]):
        value = (node.get(_XML_BASE) or "").strip()
        if value:
            try:
                base_url = urljoin(base_url, value)
            except ValueError:  # a malformed xml:base: the enclosing base is the best guess
                continue
    return base_url


def parse_xml(body: bytes) -> etree._Element | None:
    body = body.lstrip()
    if not body:
        return None
    try:
        return etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return None


def sitemap_entries(body: bytes, base_url: str) -> tuple[str, list[Entry]]:
    """("urlset" | "sitemapindex" | "", entries). News sitemaps give their publication date."""
    root = parse_xml(body)
    if root is None:
        return "", []
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        return "", []
    entries = []
    for elem in root:
        if _local(elem.tag) not in ("url", "sitemap"):
            continue
        loc = _own_text(elem, "loc")
        if not loc:
            continue
        date = _child_text(elem, "lastmod") or _child_text(elem, "publication_date")
        entries.append(Entry(join_url(base_url, loc), date))
    return kind, entries


def _json_feed(body: bytes) -> dict[str, Any] | None:
    """The JSON Feed (https://www.jsonfeed.org/version/1.1/) in ``body``, or None."""
    body = body.lstrip()
    if not body.startswith((b"{", b"\xef\xbb\xbf")):  # an object, perhaps after a BOM
        return None
    try:
        feed = json.loads(body)
    except (ValueError, RecursionError):  # not JSON (or not UTF-8), or nested too deep
        return None
    version = feed.get("version") if isinstance(feed, dict) else None
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        return None
    return feed


def _json_feed_entries(feed: dict[str, Any], base_url: str) -> list[Entry]:
    entries = []
    items = feed.get("items")
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        # url is the item's permalink; external_url, a linked page (a link blog's post)
        link = _first_text(item.get("url"), item.get("external_url"))
        if link:
            date = _first_text(item.get("date_modified"), item.get("date_published"))
            entries.append(Entry(join_url(base_url, link), date))
    return entries


def _first_text(*values: object) -> str | None:
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), None)


def feed_entries(body: bytes, base_url: str) -> list[Entry]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed, with their dates."""
    if (feed := _json_feed(body)) is not None:
        return _json_feed_entries(feed, base_url)
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for elem in root.iter():
        name = _local(elem.tag)
        holder = elem  # the element whose xml:base applies to the link
        if name == "item":  # RSS 2.0 / RDF
            link = _child_text(elem, "link")
            if not link:
                guid = elem.find("guid")
                if guid is not None and guid.get("isPermaLink", "true") != "false":
                    link = (guid.text or "").strip()
            date = _child_text(elem, "updated", "pubdate", "date")
        elif name == "entry":  # Atom
            link = None
            for child in elem:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    link, holder = child.get("href"), child
                    break
            date = _child_text(elem, "updated", "published")
        else:
            continue
        if link:
            entries.append(Entry(join_url(_xml_base(holder, base_url), link.strip()), date))
    return entries


def is_feed(body: bytes) -> bool:
    """Whether ``body`` is a feed (RSS, Atom or JSON Feed), with entries or not."""
    if _json_feed(body) is not None:
        return True
    root = parse_xml(body[:200_000]) if body.lstrip()[:1] == b"<" else None
    return root is not None and _local(root.tag) in ("rss", "feed", "rdf")


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    """The ``Sitemap:`` lines of the robots.txt at ``base_url``; a relative one (which the
    protocol does not allow, but sites write) is resolved against ``base_url``.
    """
    return [join_url(base_url, url) for url in _ROBOTS_SITEMAP.findall(text)]


def announced_feeds(links: Iterator[tuple[str, str, str]], base_url: str) -> list[str]:
    """Feeds a page announces: ``(rel, type, href)`` of its ``<link>`` elements."""
    out = []
    for rel, type_, href in links:
        if "alternate" in rel.lower().split() and type_.lower() in FEED_TYPES and href:
            out.append(join_url(base_url, href))
    return out
