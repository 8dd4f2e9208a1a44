"""Malformed pages and addresses: ``extract_article`` returns an Article or raises
``ExtractionError``, ``classify_page`` always answers, and the Article can be written
(UTF-8, JSON). Each case was a crash found by fuzzing the extraction."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newscrawl.extraction import ExtractionError, classify_page, extract_article

URL = "https://example.com/a/"
P = "<p>Floods hit the valley again on Tuesday.</p>"


def jsonld(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


CASES = {
    # addresses in the page that do not parse (urljoin/urlsplit raise ValueError)
    "base href, bad IPv6": '<html><head><base href="http://[x"></head><body>' + P,
    "base href, NFKC netloc": '<html><head><base href="http://a\uff1ab/"></head><body>' + P,
    "canonical, bad IPv6": '<link rel="canonical" href="http://[">' + P,
    "canonical, bad port": '<link rel="canonical" href="http://a.com:x/">' + P,
    "og:image, bad IPv6": '<meta property="og:image" content="http://[">' + P,
    "related link, port out of range": (
        '<div class="related-posts"><h3><a href="http://a:99999/">r</a></h3></div>' + P
    ),
    # a year no calendar has (email.utils raises OverflowError)
    "date overflow": (
        '<meta property="article:published_time" content="1 Jan 99999999999999999999 0:00 +0000">'
        '<meta property="article:published_time" content="2 Jan 99999999999999999999 0:00 +0000">'
        + P
    ),
    # JSON-LD nested past Python's recursion limit
    "JSON-LD lists": jsonld("[" * 1000 + "]" * 1000) + P,
    "JSON-LD author lists": jsonld(
        '{"@type":"NewsArticle","author":' + "[" * 500 + "]" * 500 + "}"
    ),
    "JSON-LD author objects": jsonld(
        '{"@type":"NewsArticle","author":' + '{"author":' * 600 + "1" + "}" * 600 + "}"
    ),
    # a title of a thousand segments (one recursion level each)
    "title segments": "<title>" + "a | " * 1000 + "</title>" + P,
    # a lone surrogate in JSON-LD text: no UTF-8 output could take it
    "lone surrogate": jsonld(
        '{"@type":"NewsArticle","headline":"\\ud800 Floods","articleBody":"\\udc00 Text"}'
    ),
}


@pytest.mark.parametrize("html", CASES.values(), ids=CASES.keys())
def test_malformed_pages_are_extracted(html: str) -> None:
    article = extract_article(html, URL)
    row = json.dumps(dataclasses.asdict(article), ensure_ascii=False).encode("utf-8")
    assert row and article.content_hash
    assert "\ud800" not in article.title
    assert classify_page(html, URL) in ("article", "listing", "other")


@pytest.mark.parametrize(
    "url", ["http://[", "http://a\uff1ab/", "http://a.com:99999/", "http://[::1]/a"]
)
def test_malformed_or_unusual_addresses(url: str) -> None:
    article = extract_article(P, url)
    if url == "http://[::1]/a":  # a valid IPv6 address keeps its brackets
        assert article.url == article.canonical_url == url
    else:  # an address that does not parse: extracted as a page without one
        assert article.url == ""
    assert classify_page(P, url) in ("article", "listing", "other")


@pytest.mark.parametrize(
    ("char", "other"),
    [
        ("\x10", ""),
        ("\x01", ""),
        ("\x0b", ""),
        ("\x0c", ""),
        # looked for in the page's UTF-8 bytes (characters of two, three and four bytes
        # beside it), or in the text when a lone surrogate leaves no bytes
        ("\x10", "é"),
        ("\x10", "\u20ac"),
        ("\x10", "\U0001f600"),
        ("\x10", "\ud800"),
    ],
)
def test_a_stray_control_character_in_the_text_costs_no_paragraph(char: str, other: str) -> None:
    paras = "".join(
        f"<p>Paragraph {i} about the fallout shelters of the city and their state.</p>"
        for i in range(5)
    )
    html = (
        f"<html><body><article><h1>Shelters {other}</h1><p>Rats were running around{char}...The"
        f" public ones are probably locked {other}.</p>{paras}</article></body></html>"
    )
    article = extract_article(html, URL)
    assert "Rats were running around" in article.body
    assert char not in article.body
    assert "Paragraph 4 about the fallout shelters" in article.body


def test_a_lone_surrogate_in_the_text_costs_neither_title_nor_body() -> None:
    """A str page decoded with ``surrogateescape`` (or built from a JSON API's broken
    escapes) holds lone surrogates: lxml dropped the whole element holding one."""
    paras = "".join(
        f"<p>Paragraph {i} about the fallout shelters of the city and their state.</p>"
        for i in range(5)
    )
    html = (
        "<html><head><title>Shelters\ud800 reopen</title></head><body><article>"
        f"<p>Rats were running around\udcff in the public ones.</p>{paras}</article></body></html>"
    )
    article = extract_article(html, URL)
    assert article.title == "Shelters reopen"
    assert "Rats were running around in the public ones." in article.body
    assert "Paragraph 4 about the fallout shelters" in article.body


@pytest.mark.parametrize(
    "declared",
    [
        '<meta charset="windows-1252">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        '<meta charset="shift_jis">',
    ],
)
def test_a_decoded_page_keeps_its_text_whatever_charset_it_declares(declared: str) -> None:
    """A str page is already decoded: its ``<meta charset>`` names the bytes it came in,
    and must not make the parser read the text again in that charset."""
    words = "Der Café-Besitzer sagte, die Straße bleibe gesperrt – नमस्ते. "
    html = (
        f"<html><head>{declared}<title>Café über Straße</title></head><body><article>"
        f"<h1>Café über Straße</h1><p>{words * 4}</p></article></body></html>"
    )
    article = extract_article(html, URL)
    assert article.title == "Café über Straße"
    assert words.strip() in article.body


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        (
            "cp1252",
            "Übergroße Kürbisse wurden am Samstag auf dem Markt in Göttingen gewogen. Der "
            "schwerste wog 612 Kilogramm, teilte der Veranstalter mit. Die Züchter aus "
            "Süddeutschland und Österreich freuen sich über das große Interesse. ",
        ),
        (
            "koi8-r",
            "В Крутогорске открыли новый мост через реку. Мэр города сказал, что движение "
            "будет открыто в понедельник утром, а ремонт старого моста начнётся весной. ",
        ),
    ],
)
def test_undeclared_page_bytes_are_decoded_as_the_crawl_decodes_them(
    encoding: str, text: str
) -> None:
    # bytes saved from a crawl, no charset in a header, a BOM or a <meta>: guessed like
    # Scrapy's responses guess (charset-normalizer), not read as UTF-8 with U+FFFD
    html = "<html><head><title>Markt</title></head><body><article><h1>Markt</h1>"
    html += "".join(f"<p>{text}</p>" for _ in range(4)) + "</article></body></html>"
    article = extract_article(html.encode(encoding), URL)
    assert text.split(".")[0] in article.body
    assert "\ufffd" not in article.body


def test_page_bytes_with_a_few_nul_bytes_in_the_text_are_read() -> None:
    # a CMS's slip: NUL bytes in a paragraph, in the first 2 KB, of a page otherwise text
    paras = "".join(f"<p>Paragraph {i} about the market and its stalls.</p>" for i in range(6))
    html = "<html><head><title>Market</title></head><body><article><h1>Market</h1>"
    html += f"<p>The market\x00 is open\x00 again.</p>{paras}</article></body></html>"
    article = extract_article(html.encode("utf-8"), URL)
    assert "The market is open again." in article.body


def test_not_html_is_still_a_clear_error() -> None:
    with pytest.raises(ExtractionError):
        extract_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, URL)


def test_candidate_lists_and_bylines_are_capped() -> None:
    """A page listing dozens of dates or a byline of thousands of names is read only as
    far as an article's own values go (the rest would cost time, never change them)."""
    from newscrawl import cleaning
    from newscrawl.extraction import parse_html
    from newscrawl.extraction.metadata import MAX_AUTHORS, MAX_CANDIDATES, extract_metadata

    metas = "".join(
        f'<meta property="article:published_time" content="2024-01-{d:02d}">'
        f'<meta name="author" content="Writer {d}">'
        for d in range(1, 29)
    ) + "".join(f'<meta name="author" content="Writer {n}">' for n in range(29, 40))
    md = extract_metadata(parse_html(f"<html><head>{metas}</head><body>{P}</body></html>"))
    assert md.published[0] == "2024-01-01" and len(md.published) == MAX_CANDIDATES
    assert len(md.authors) == MAX_AUTHORS
    names = cleaning.clean_authors(["By " + ", ".join(f"Ann Lee{i}" for i in range(5000))])
    assert 0 < len(names) <= 30


def _helpers_with_text_caches():
    from newscrawl import cleaning
    from newscrawl.extraction import _bare
    from newscrawl.extraction.body import _norm
    from newscrawl.extraction.body_filters import is_boilerplate
    from newscrawl.urls import canonical_url

    return [
        ("normalize_space", cleaning.normalize_space),
        ("parse_date", cleaning.parse_date),
        ("canonical_url", canonical_url),
        ("strip_title_suffix", cleaning.strip_title_suffix),
        ("strip_title_suffix site", lambda s: cleaning.strip_title_suffix("A - B", [s])),
        ("clean_author", cleaning.clean_author),
        ("clean_authors", lambda s: cleaning.clean_authors([s], [s])),
        ("_squash", cleaning._squash),
        ("is_boilerplate", is_boilerplate),
        ("_norm", _norm),
        ("_bare", lambda s: _bare(s, [s])),
    ]


@pytest.mark.parametrize("name", [name for name, _ in _helpers_with_text_caches()])
def test_a_text_cache_keeps_no_element_alive(name: str) -> None:
    """The caches of the text helpers are keyed by plain strings: an XPath's attribute or
    text result (lxml's "smart" string) holds its element, and a cache keyed by one kept
    that element's page alive until evicted (canonical_url's cache holds 65,536 keys).
    After the 990 eval pages a process held 696 MB; with plain keys, 331 MB."""
    import gc
    import weakref

    from lxml import html as lxml_html

    helper = dict(_helpers_with_text_caches())[name]
    doc = lxml_html.fromstring(
        f'<p><a href="https://herald.example/{name}" title="By Ann Lee">x</a></p>'
    )
    value = doc.xpath("//@href")[0] if name == "canonical_url" else doc.xpath("//@title")[0]
    element = weakref.ref(value.getparent())
    helper(value)
    del value, doc
    gc.collect()
    assert element() is None


def test_the_text_caches_keep_no_page_alive() -> None:
    """The same for a whole page: no text of it stays behind in a cache (the title's
    ``<title>`` text did, in the cache of ``_bare``)."""
    import gc

    from lxml import etree

    marker = "Zanzibar harbour reopens after the storm"
    page = (
        "<html><head><title>Harbour | Island Times</title>"
        '<meta name="author" content="Ann Lee"></head><body>'
        f'<article><h1 class="entry-title">{marker}</h1>'
        '<span class="byline">By <a rel="author" href="/author/ann-lee">Ann Lee</a></span>'
        '<time class="published" datetime="2024-03-12">March 12, 2024</time>'
        "<p>The harbour of Zanzibar reopened on Tuesday after the storm closed it for a week, "
        "the port authority said.</p><p>Ferries to Dar es Salaam run again from Wednesday, "
        "and cargo ships wait for berths outside the harbour.</p></article>"
        '<aside class="related-posts"><h3>Related</h3><ul><li><a href="/other">Fishermen '
        "count their losses after the storm</a></li></ul></aside></body></html>"
    )
    article = extract_article(page, "https://islandtimes.example/2024/03/harbour")
    assert article.title == marker and article.authors == ["Ann Lee"]
    gc.collect()
    kept = [
        o
        for o in gc.get_objects()
        if type(o) is etree._ElementUnicodeResult
        and o.getparent() is not None
        and marker in etree.tostring(o.getparent().getroottree(), encoding="unicode")
    ]
    assert kept == []
