from __future__ import annotations

import gzip

import pytest

from newscrawl.spiders import discovery

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://s.example/2025/07/a/</link>
<pubDate>Tue, 01 Jul 2025 10:00:00 +0530</pubDate></item>
<item><title>B</title><guid isPermaLink="true">https://s.example/2025/07/b/</guid></item>
<item><title>C</title><guid isPermaLink="false">tag:s.example,2025:c</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link rel="alternate" href="/2025/07/a/"/>
<link rel="replies" href="/2025/07/a/#comments"/>
<updated>2025-07-01T10:00:00+05:30</updated></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://s.example/2025/07/a/</loc><news:news><news:publication>
<news:name>S</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2025-07-01T10:00:00+05:30</news:publication_date>
<news:title>A</news:title></news:news></url>
<url><loc>https://s.example/2025/07/b/</loc><lastmod>2025-07-02</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/post-sitemap.xml</loc></sitemap></sitemapindex>"""


def test_rss_entries_with_dates_and_permalink_guids() -> None:
    entries = discovery.feed_entries(RSS, "https://s.example/feed/")
    assert [e.url for e in entries] == [
        "https://s.example/2025/07/a/",
        "https://s.example/2025/07/b/",
    ]
    assert entries[0].date == "Tue, 01 Jul 2025 10:00:00 +0530"
    assert discovery.is_feed(RSS)


def test_atom_entries_resolve_relative_links() -> None:
    entries = discovery.feed_entries(ATOM, "https://s.example/feed/atom/")
    assert entries == [discovery.Entry("https://s.example/2025/07/a/", "2025-07-01T10:00:00+05:30")]
    assert discovery.is_feed(ATOM)


def test_news_sitemap_and_index() -> None:
    kind, entries = discovery.sitemap_entries(NEWS_SITEMAP, "https://s.example/news-sitemap.xml")
    assert kind == "urlset"
    assert entries == [
        discovery.Entry("https://s.example/2025/07/a/", "2025-07-01T10:00:00+05:30"),
        discovery.Entry("https://s.example/2025/07/b/", "2025-07-02"),
    ]
    kind, entries = discovery.sitemap_entries(INDEX, "https://s.example/sitemap.xml")
    assert kind == "sitemapindex"
    assert entries[0].url == "https://s.example/post-sitemap.xml"


def test_garbage_is_not_a_feed_or_sitemap() -> None:
    for body in (b"", b"<html><body>hi</body></html>", b"\x00\x01binary", gzip.compress(RSS)):
        assert discovery.feed_entries(body, "https://s.example/") == []
        assert discovery.sitemap_entries(body, "https://s.example/") == ("", [])
    assert not discovery.is_feed(b"<html></html>")


def test_robots_sitemaps_and_announced_feeds() -> None:
    robots = "User-agent: *\nDisallow: /print/\nSitemap: https://s.example/sitemap.xml\n"
    assert discovery.robots_sitemaps(robots, "https://s.example/robots.txt") == [
        "https://s.example/sitemap.xml"
    ]
    links = [
        ("alternate", "application/rss+xml", "/feed/"),
        ("alternate", "text/html", "/en/"),
        ("stylesheet", "text/css", "/a.css"),
        ("alternate", "application/atom+xml", "https://s.example/atom.xml"),
    ]
    assert discovery.announced_feeds(iter(links), "https://s.example/x/") == [
        "https://s.example/feed/",
        "https://s.example/atom.xml",
    ]


def test_malformed_urls_are_kept_as_written_not_raised() -> None:
    # The spider counts and skips them; one bad link must not lose the others.
    rss = (
        b'<rss version="2.0"><channel><item><link>http://[oops/</link></item>'
        b"<item><link>/a/</link></item></channel></rss>"
    )
    assert [e.url for e in discovery.feed_entries(rss, "https://s.example/feed/")] == [
        "http://[oops/",
        "https://s.example/a/",
    ]
    sitemap = (
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://[oops/</loc></url><url><loc>/b/</loc></url></urlset>"
    )
    assert discovery.sitemap_entries(sitemap, "https://s.example/sitemap.xml") == (
        "urlset",
        [discovery.Entry("http://[oops/"), discovery.Entry("https://s.example/b/")],
    )
    links = [("alternate", "application/rss+xml", u) for u in ("//[oops/", "/rss/")]
    assert discovery.announced_feeds(iter(links), "https://s.example/") == [
        "//[oops/",
        "https://s.example/rss/",
    ]


def test_gunzipped_inflates_gzip_and_refuses_broken_or_huge_bodies() -> None:
    assert discovery.gunzipped(RSS) is RSS
    assert discovery.gunzipped(gzip.compress(RSS)) == RSS
    whole = gzip.compress(RSS * 50)
    corrupt = whole[:10] + bytes(b ^ 0x55 for b in whole[10:40]) + whole[40:]
    for broken in (whole[:12], corrupt, b"\x1f\x8b"):
        with pytest.raises(ValueError, match="gzip"):
            discovery.gunzipped(broken)
    # a file cut short gives what it holds (Scrapy's gunzip): the entries before the cut
    assert (RSS * 50).startswith(discovery.gunzipped(whole[:-100]))
    with pytest.raises(ValueError, match="more than 1000 bytes"):
        discovery.gunzipped(gzip.compress(b" " * 2000), max_size=1000)


JSON_FEED = b"""\xef\xbb\xbf {"version": "https://jsonfeed.org/version/1.1", "title": "T",
"items": [
 {"id": "1", "url": "https://s.example/2025/07/a/", "date_published": "2025-07-01T10:00:00+05:30",
  "date_modified": "2025-07-02T09:00:00+05:30"},
 {"id": "2", "url": "/2025/07/b/", "date_published": "2025-07-01T11:00:00+05:30"},
 {"id": "3", "external_url": "https://s.example/2025/07/c/"},
 {"id": "4", "content_text": "a note without a link"},
 "not an item"
]}"""


def test_json_feed_entries() -> None:
    assert discovery.feed_entries(JSON_FEED, "https://s.example/feed.json") == [
        discovery.Entry("https://s.example/2025/07/a/", "2025-07-02T09:00:00+05:30"),
        discovery.Entry("https://s.example/2025/07/b/", "2025-07-01T11:00:00+05:30"),
        discovery.Entry("https://s.example/2025/07/c/"),
    ]
    assert discovery.is_feed(JSON_FEED)
    empty = b'{"version": "https://jsonfeed.org/version/1", "items": []}'
    assert discovery.feed_entries(empty, "https://s.example/") == []
    assert discovery.is_feed(empty)
    for other in (b'{"items": [{"url": "/x/"}]}', b"[1, 2]", b'{"version": ', b'{"a":' * 100_000):
        assert discovery.feed_entries(other, "https://s.example/") == []
        assert not discovery.is_feed(other)


def test_sitemap_loc_is_the_url_elements_own_not_an_images() -> None:
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
    <url><image:image><image:loc>https://s.example/pic-1.jpg</image:loc></image:image>
    <loc>https://s.example/2025/07/a/</loc><lastmod>2025-07-01</lastmod></url>
    <url><image:image><image:loc>https://s.example/pic-2.jpg</image:loc></image:image></url>
    </urlset>"""
    assert discovery.sitemap_entries(sitemap, "https://s.example/sitemap.xml") == (
        "urlset",
        [discovery.Entry("https://s.example/2025/07/a/", "2025-07-01")],
    )


def test_atom_links_resolve_against_xml_base() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://s.example/2025/">
    <entry><link href="07/a/"/></entry>
    <entry xml:base="/news/"><link rel="alternate" href="b/"/></entry>
    <entry xml:base="https://other.example/x/"><link href="c/" xml:base="../y/"/></entry>
    <entry xml:base="http://[oops/"><link href="d/"/></entry>
    </feed>"""
    assert [e.url for e in discovery.feed_entries(atom, "https://s.example/feed/atom/")] == [
        "https://s.example/2025/07/a/",
        "https://s.example/news/b/",
        "https://other.example/y/c/",
        "https://s.example/2025/d/",  # a malformed xml:base is passed over
    ]
    rss = b"""<rss version="2.0" xml:base="https://s.example/blog/"><channel>
    <item><link>2025/07/e/</link></item></channel></rss>"""
    assert [e.url for e in discovery.feed_entries(rss, "https://s.example/feed/")] == [
        "https://s.example/blog/2025/07/e/"
    ]


def test_relative_robots_sitemaps_resolve_against_robots_txt() -> None:
    robots = "Sitemap: /sitemap-a.xml\r\nUser-agent: *\r\nsitemap:sitemap-b.xml.gz\r\n"
    assert discovery.robots_sitemaps(robots, "https://s.example/robots.txt") == [
        "https://s.example/sitemap-a.xml",
        "https://s.example/sitemap-b.xml.gz",
    ]
