"""extract_article, detect_theme, classify_page and the metadata layer, on inline pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.extraction import (
    ExtractionError,
    classify_page,
    detect_theme,
    extract_article,
    parse_html,
)
from newscrawl.extraction.metadata import extract_metadata

PAGES = Path(__file__).resolve().parent / "pages"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


PARAS = "".join(
    f"<p>Paragraph {i} of a story about the floods in Assam and the relief.</p>" for i in range(6)
)


# -- input errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \n", "", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"\x00\x01\x02" * 100],
)
def test_unparseable_input_raises_extraction_error(raw: str | bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_article(raw, "https://x.example/a")


def test_extraction_error_is_a_value_error_with_a_message() -> None:
    with pytest.raises(ValueError, match="empty"):
        parse_html(b"")


def test_page_without_title_or_body_is_returned_with_empty_fields() -> None:
    a = extract_article(page(body="<div></div>"), "https://x.example/a")
    assert a.title == ""
    assert a.body == ""
    assert a.word_count == 0
    assert a.url == "https://x.example/a"
    assert a.site == "x.example"


def test_xml_declaration_and_declared_charset() -> None:
    text = '<?xml version="1.0" encoding="iso-8859-1"?>' + page(
        '<meta charset="iso-8859-1"><title>Caf\xe9 reopens</title>'
    )
    assert extract_article(text, "https://x.example/a").title == "Café reopens"
    raw = page('<meta charset="iso-8859-1"><title>Caf\xe9 reopens</title>').encode("latin-1")
    assert extract_article(raw, "https://x.example/a").title == "Café reopens"


# -- metadata -------------------------------------------------------------------------------


def test_jsonld_graph_with_references_and_list_types() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "#site", "name": "Herald"},
            {
                "@type": ["ReportageNewsArticle"],
                "headline": "Floods in Assam",
                "author": {"@id": "#p1"},
                "datePublished": "2025-07-01T10:00:00+05:30",
                "inLanguage": "as",
                "image": [{"@type": "ImageObject", "url": "/img/a.jpg"}],
                "keywords": "floods, Assam",
                "articleSection": "State",
            },
            {"@type": "Person", "@id": "#p1", "name": "Monjit Das"},
        ],
    }
    a = extract_article(page(jsonld(data), PARAS, lang=""), "https://herald.example/floods/")
    assert a.title == "Floods in Assam"
    assert a.authors == ["Monjit Das"]
    assert a.published_at == "2025-07-01T10:00:00+05:30"
    assert a.language == "as"
    assert a.image_url == "https://herald.example/img/a.jpg"
    assert a.tags == ["floods", "Assam"]
    assert a.section == "State"


@pytest.mark.parametrize("kind", ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"])
def test_article_types_are_read(kind: str) -> None:
    md = extract_metadata(
        parse_html(page(jsonld({"@type": kind, "headline": "H", "datePublished": "2025-01-02"})))
    )
    assert md.is_article and md.titles[0] == "H" and md.published == ["2025-01-02"]


def test_non_article_jsonld_is_ignored_and_broken_jsonld_skipped() -> None:
    head = jsonld({"@type": "Organization", "name": "Herald", "foundingDate": "1990-01-01"})
    head += '<script type="application/ld+json">{not json</script>'
    md = extract_metadata(parse_html(page(head)))
    assert md.published == [] and not md.is_article


def test_jsonld_main_entity_of_a_webpage() -> None:
    data = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Main"}}
    md = extract_metadata(parse_html(page(jsonld(data))))
    assert md.is_article and md.titles == ["Main"]


def test_meta_tags_when_no_jsonld() -> None:
    head = (
        '<meta property="og:type" content="article">'
        '<meta property="og:title" content="Ferry capsizes in Brahmaputra | Herald">'
        '<meta property="og:site_name" content="Herald">'
        '<meta property="article:published_time" content="2025-07-01T08:00:00+05:30">'
        '<meta property="article:modified_time" content="2025-07-01T09:30:00+05:30">'
        '<meta property="article:section" content="Assam">'
        '<meta property="article:tag" content="Ferry">'
        '<meta property="article:tag" content="Majuli">'
        '<meta property="og:locale" content="en_IN">'
        '<meta name="author" content="By Rina Roy">'
        '<meta property="og:image" content="https://cdn.example/f.jpg">'
    )
    a = extract_article(page(head, PARAS, lang=""), "https://herald.example/ferry/")
    assert a.title == "Ferry capsizes in Brahmaputra"
    assert a.published_at == "2025-07-01T08:00:00+05:30"
    assert a.modified_at == "2025-07-01T09:30:00+05:30"
    assert a.section == "Assam"
    assert a.tags == ["Ferry", "Majuli"]
    assert a.language == "en-IN"
    assert a.authors == ["Rina Roy"]
    assert a.image_url == "https://cdn.example/f.jpg"


def test_byline_rule_matching_a_list_gives_only_its_first_name() -> None:
    links = "".join(
        f'<a rel="author" href="/author/{n}/">{n}</a> '
        for n in ("Rina Roy", "Ajit Pal", "Ann Lee", "Bo Wen")
    )
    html = page("", f"<article><h1>Floods</h1><p>{links}</p>{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("<p><strong>Text:</strong> Rina Roy</p>", ["Rina Roy"]),
        ("<p><b>Von:</b><br><br>Rina Roy</p>", ["Rina Roy"]),
        ("<h2>Assam <span>01.07.2025 13:30 von Rina</span></h2>", ["Rina"]),
        ("<div>Redaktion: Rina Roy (Pressesprecherin)</div>", ["Rina Roy"]),
        ('<p class="text-muted">11.12.2019 - Rina Roy</p>', ["Rina Roy"]),
        # a preposition inside a sentence is no label
        ("<p>Sorted by <em>default</em>, then by date.</p>", []),
        ("<p>Ein Bericht von der Befreiung zum Staatsvertrag</p>", []),
        # a list of single words after "von" names things, not people
        ("<p>Musik von Künstlern, Bands, DJs</p>", []),
    ],
)
def test_labelled_byline_in_the_text_is_the_last_resort(label: str, expected: list[str]) -> None:
    html = page("", f"<article><h1>Floods</h1>{PARAS}{label}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == expected


def test_wire_byline_stops_the_search_for_a_person() -> None:
    body = (
        '<article><h1>Floods</h1><div class="byline">By IANS</div>'
        + PARAS
        + "<p><strong>Text:</strong> Rina Roy</p></article>"
    )
    a = extract_article(page("", body), "https://herald.example/a/")
    assert a.authors == []
    assert a.agency == "IANS"


def test_meta_author_that_names_the_publisher_gives_way_to_other_names() -> None:
    head = (
        '<meta name="author" content="Herald Zeitung">'
        '<meta property="cXenseParse:author" content="Rina Roy">'
    )
    a = extract_article(page(head, "<h1>Floods</h1>" + PARAS), "https://herald.example/a/")
    assert a.authors == ["Rina Roy"]


@pytest.mark.parametrize(
    "byline",
    [
        # a byline in the post footer, on a page whose <body> class names a sidebar layout
        '<footer class="post-footer"><span class="vcard">Posted by <a rel="author"'
        ' href="/author/rr/">Rina Roy</a></span></footer>',
        # a Person in microdata that only a <meta> names
        '<p><em>Von <span itemscope itemtype="http://schema.org/Person">'
        '<meta itemprop="name" content="Rina Roy">Rina Roy</span></em></p>',
        # a byline whose words sit in separate elements, with a weekday and date after
        '<div data-testid="prism-byline"><span>By</span><span><a href="/team/rr">Rina Roy'
        "</a></span><span>Thursday, November 9, 2023</span></div>",
    ],
)
def test_byline_in_markup_when_no_metadata_or_theme_rule_names_anyone(byline: str) -> None:
    aside = '<aside><a rel="author">Ann Lee</a></aside>'
    body = f"<article><h1>Floods</h1>{PARAS}{byline}</article>{aside}"
    html = page("", body).replace("<body>", '<body class="single et_right_sidebar">')
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


def test_title_headline_with_a_section_kicker_gives_way_to_metadata() -> None:
    head = '<meta property="og:title" content="Ferry capsizes in Brahmaputra">'
    body = '<article><h1><a href="/local/">Local News</a> | Ferry capsizes in Brahmaputra</h1>'
    a = extract_article(page(head, body + PARAS + "</article>"), "https://herald.example/a/")
    assert a.title == "Ferry capsizes in Brahmaputra"


@pytest.mark.parametrize(
    ("html_title", "h1", "expected"),
    [
        # <title> is the site's generic page name: the headline is the article's
        ("Home", "Time to say goodbye.", "Time to say goodbye."),
        # the <h1> prints the blog's name, which <title> carries as a segment
        (
            "Ferry capsizes in Brahmaputra | Rina's Blog",
            "Rina's Blog",
            "Ferry capsizes in Brahmaputra",
        ),
    ],
)
def test_title_without_metadata_weighs_h1_against_html_title(
    html_title: str, h1: str, expected: str
) -> None:
    html = page(f"<title>{html_title}</title>", f"<h1>{h1}</h1>{PARAS}")
    assert extract_article(html, "https://blog.example/p/1").title == expected


def test_meta_title_cut_at_an_unescaped_quote_is_restored_from_html_title() -> None:
    head = (
        '<title>Senator calls Biden "unfit"</title>'
        '<meta property="og:title" content="Senator calls Biden "unfit"">'
    )
    a = extract_article(page(head, PARAS), "https://herald.example/a/")
    assert a.title == 'Senator calls Biden "unfit"'


# -- dates: the header's today and sidebars never win -------------------------------------------


def test_labelled_date_in_the_text_comes_before_htmldate_guesses() -> None:
    body = (
        "<h1>Episode 158</h1>" + PARAS + "<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p>"
        "<p>Nächste Folge: 24.08.2019</p>"
    )
    a = extract_article(page("", body, lang="de"), "https://podcast.example/res158/")
    assert a.published_at == "2019-08-16"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2019-06-17T18:28:00+02:00", "2017-07-12"),  # re-saved two years later: the URL's day
        ("2017-07-13T08:00:00+02:00", "2017-07-13T08:00:00+02:00"),  # a day later: kept
    ],
)
def test_structured_date_long_after_the_urls_day_gives_way_to_it(
    published: str, expected: str
) -> None:
    head = f'<meta property="article:published_time" content="{published}">'
    a = extract_article(page(head, PARAS), "https://x.example/home/2017/7/12/montauk")
    assert a.published_at == expected


def test_republished_article_takes_the_latest_structured_publication_day() -> None:
    head = (
        jsonld(
            {
                "@type": "NewsArticle",
                "headline": "Floods",
                "datePublished": "2021-12-06T14:36:00+01:00",
            }
        )
        + '<meta property="article:published_time" content="2022-12-15T09:13:00+01:00">'
    )
    a = extract_article(page(head, PARAS), "https://herald.example/a/")
    assert a.published_at == "2022-12-15T09:13:00+01:00"


def test_header_today_and_sidebar_dates_never_win_on_a_generic_page() -> None:
    body = (
        '<header class="site-header"><time datetime="2025-07-01">Tuesday, July 1, 2025</time>'
        "</header>"
        '<aside class="sidebar"><ul><li><a href="/b">B</a> <time datetime="2025-07-01T09:00:00">'
        "</time></li></ul></aside>"
        "<main><article><h1>Kerry refuses</h1>"
        '<div class="meta"><time datetime="2014-09-16T09:12:45+05:30">Sep 16</time></div>'
        f"{PARAS}</article></main>"
    )
    a = extract_article(page(body=body), "https://x.example/kerry/")
    assert a.published_at == "2014-09-16T09:12:45+05:30"


def test_no_date_at_all_gives_none_not_today() -> None:
    body = (
        '<div class="td-header-top-menu">'
        '<div class="td_data_time">Tuesday, July 1, 2025</div></div>'
        f'<div class="td-post-content">{PARAS}</div>'
    )
    a = extract_article(page(body=body), "https://x.example/a/", theme="tagdiv")
    assert a.published_at is None


# -- themes, overrides, fallback ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "theme"),
    [
        ("tagdiv_tdb_article.html", "tagdiv"),
        ("tagdiv_classic_article.html", "tagdiv"),
        ("wordpress_article.html", "wordpress"),
        ("drupal_article.html", "drupal"),
        ("typo3_news_article.html", "typo3"),
        ("blogger_post.html", "blogger"),
    ],
)
def test_detect_theme_on_saved_pages(name: str, theme: str) -> None:
    raw = (PAGES / name).read_bytes()
    assert detect_theme(lxml_html.document_fromstring(raw)) == theme
    assert detect_theme(raw) == theme


def test_detect_theme_markers() -> None:
    assert detect_theme(page(body='<div class="td-post-content"><p>x</p></div>')) == "tagdiv"
    assert detect_theme(page('<meta name="generator" content="WordPress 6.5">')) == "wordpress"
    assert detect_theme(page('<link rel="stylesheet" href="/wp-content/a.css">')) == "wordpress"
    assert detect_theme(page(body="<p>plain</p>")) is None


def test_given_theme_wins_over_detection() -> None:
    body = (
        '<div class="entry-content"><p>WordPress body text here.</p></div>'
        f'<div class="td-post-content">{PARAS}</div>'
    )
    a = extract_article(page(body=body), "https://x.example/a/", theme="tagdiv")
    assert a.body.startswith("Paragraph 0")
    b = extract_article(page(body=body), "https://x.example/a/", theme="wordpress")
    assert b.body == "WordPress body text here."


LONG_PARAS = "".join(
    f"<p>Paragraph {i} of the story: the council met on Monday to discuss the floods, the "
    f"relief camps and the repairs the river embankments need before the monsoon.</p>"
    for i in range(8)
)


def test_detected_wordpress_page_takes_the_generic_body_with_its_lead() -> None:
    """An undeclared WordPress page: the generic extractor's body (lead restored, teasers
    inside the content dropped), even when the theme's container holds most of the text."""
    body = (
        '<article class="post"><header class="entry-header"><h1 class="entry-title">Floods</h1>'
        '<p class="entry-summary">The council approved emergency repairs to the river '
        "embankments on Monday.</p></header>"
        f'<div class="entry-content">{LONG_PARAS}'
        "<h3>Related posts</h3><ul><li><a href='/a'>Ferry services suspended</a></li></ul>"
        "</div></article>"
    )
    head = '<meta name="generator" content="WordPress 6.5">'
    detected = extract_article(page(head, body), "https://x.example/floods/")
    lead = detected.body.index("The council approved emergency repairs")
    assert lead < detected.body.index("Paragraph 0")
    assert "Ferry services suspended" not in detected.body
    declared = extract_article(page(head, body), "https://x.example/floods/", theme="wordpress")
    assert declared.body.startswith("Paragraph 0")  # a declared theme's container is trusted


def test_theme_body_is_nfc_normalised_and_keeps_wire_credits() -> None:
    decomposed = "Cafe\u0301 owners in Zu\u0308rich said the rent had doubled since the spring."
    body = f'<div class="td-post-content"><p>{decomposed}</p><p>Source: Reuters</p></div>'
    a = extract_article(page(body=body), "https://x.example/a/", theme="tagdiv")
    assert a.body.split("\n\n") == [
        "Caf\u00e9 owners in Z\u00fcrich said the rent had doubled since the spring.",
        "Source: Reuters",
    ]
    assert a.agency == "Reuters"


def test_tagdiv_teaser_titles_inside_the_content_are_not_body() -> None:
    body = (
        f'<div class="td-post-content">{PARAS}<div class="wpb_text_column"><ul>'
        '<li class="entry-title td-module-title"><a href="/b">Bird flu reaches the lakes</a></li>'
        "</ul></div></div>"
    )
    a = extract_article(page(body=body), "https://x.example/a/", theme="tagdiv")
    assert a.body.startswith("Paragraph 0")
    assert "Bird flu" not in a.body


def test_overrides_by_field() -> None:
    body = (
        '<h1>Site name banner</h1><div class="story"><h2 class="hl">Real headline</h2>'
        f'<div class="story-body">{PARAS}</div><span class="when">2025-07-01T10:00:00</span>'
        '<span class="who">By Rina Roy</span></div>'
    )
    overrides = {
        "title": "h2.hl",
        "body": ".story-body",
        "published_at": "//span[@class='when']/text()",
        "authors": ".who",
    }
    a = extract_article(page(body=body), "https://x.example/a/", overrides=overrides)
    assert a.title == "Real headline"
    assert a.body.startswith("Paragraph 0") and a.body.count("\n\n") == 5
    assert a.published_at == "2025-07-01T10:00:00"
    assert a.authors == ["Rina Roy"]


def test_unknown_override_field_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown override"):
        extract_article(page(body=PARAS), "https://x.example/a/", overrides={"colour": "p"})


def test_generic_body_fallback_for_unknown_markup() -> None:
    body = (
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        "<div id='story'><h1>Kerry refuses to cooperate</h1>"
        + "".join(
            f"<p>Paris: sentence number {i} about the long diplomatic talks in the French capital "
            f"between the delegations, which went on late into the night.</p>"
            for i in range(8)
        )
        + "</div><footer>Copyright Herald 2025. All rights reserved.</footer>"
    )
    a = extract_article(page(body=body), "https://x.example/kerry/")
    assert a.title == "Kerry refuses to cooperate"
    assert "sentence number 0" in a.body and "sentence number 7" in a.body
    assert "Copyright" not in a.body and "Home" not in a.body


def test_site_and_crawled_at_defaults() -> None:
    a = extract_article(page(body=PARAS), "https://www.herald.example/a/")
    assert a.site == "www.herald.example"
    assert a.crawled_at.endswith("+00:00")
    b = extract_article(page(body=PARAS), "https://www.herald.example/a/", site="herald")
    assert b.site == "herald"


# -- page classification --------------------------------------------------------------------


def test_classify_saved_articles() -> None:
    for name in (
        "tagdiv_tdb_article.html",
        "tagdiv_classic_article.html",
        "wordpress_article.html",
    ):
        assert classify_page((PAGES / name).read_bytes(), "https://x.example/story/") == "article"


def test_classify_listing_and_other() -> None:
    teasers = "".join(
        f'<div class="td_module_wrap"><h3 class="entry-title"><a href="/s{i}/">Story {i}</a></h3>'
        "<p>Teaser.</p></div>"
        for i in range(12)
    )
    assert classify_page(page(body=teasers), "https://x.example/category/assam/") == "listing"
    assert classify_page(page(body=teasers), "https://x.example/") == "listing"
    assert classify_page(page(body="<p>Contact us at 123.</p>"), "https://x.example/contact/") == (
        "other"
    )
    assert classify_page(b"", "https://x.example/") == "other"


# -- headlines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        (
            '<h1><span class="article-heading__kicker">Climate</span>'
            '<span class="visually-hidden">: </span>'
            '<span class="article-heading__title">Drilling until it gets hot</span></h1>',
            "Drilling until it gets hot",
        ),
        (
            "<h1><small>Tunisia</small><br> Big tasks for the new government</h1>",
            "Big tasks for the new government",
        ),
        (
            '<h1><span class="supertitle"><time datetime="2022-02-01">1 February 2022</time>'
            '</span><span class="title">Minister visits Guwahati</span></h1>',
            "Minister visits Guwahati",
        ),
        ('<h1 class="entry-title">Floods in <em>Assam</em></h1>', "Floods in Assam"),
        ('<h1><span class="kicker">Only a kicker</span></h1>', "Only a kicker"),
    ],
)
def test_headline_without_kicker(h1: str, title: str) -> None:
    head = '<meta property="og:type" content="article">' + f"<title>{title} | Herald</title>"
    a = extract_article(page(head, f"<article>{h1}{PARAS}</article>"), "https://x.example/a/")
    assert a.title == title


def test_classify_a_small_category_page_as_listing() -> None:
    one = '<h2 class="entry-title"><a href="/2025/01/01/only-story/">Only story</a></h2>'
    assert classify_page(page(body=one), "https://x.example/category/business/") == "listing"
    assert classify_page(page(body="<p>No stories yet.</p>"), "https://x.example/tag/x/") == (
        "other"
    )
