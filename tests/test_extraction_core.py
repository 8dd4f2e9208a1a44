"""extract_article, detect_theme, classify_page and the metadata layer, on inline pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.cleaning import parse_date
from newscrawl.extraction import (
    ExtractionError,
    classify_page,
    detect_theme,
    extract_article,
    parse_html,
    themes,
)
from newscrawl.extraction.metadata import (
    byline_candidates,
    extract_metadata,
    labelled_dates,
    own_teaser_dates,
)
from newscrawl.items import Article

PAGES = Path(__file__).resolve().parent / "pages"


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


PARAS = "".join(
    f"<p>Paragraph {i} of a story about the floods in Assam and the relief.</p>" for i in range(6)
)


GERMAN = "".join(
    f"<p>Absatz {i}: Die Gemeinde hat am Dienstag beschlossen, das Dorffest im Sommer"
    " wieder auf dem Marktplatz zu feiern, wie der Bürgermeister mitteilte.</p>"
    for i in range(4)
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


def test_text_before_the_html_tag_keeps_title_and_language() -> None:
    # a PHP warning printed before <html>: libxml2 opens the body at once, drops the <html>
    # tag's attributes and puts <title> in the body
    text = (
        "<br />\n<b>Warning</b>: mysql_get_server_info(): Access denied in <b>x.php</b><br />\n"
        '<!DOCTYPE html><html lang="de-DE"><head><title>Dorffest kehrt zurück | Kreisbote'
        "</title></head><body><svg><title>Logo</title></svg>" + GERMAN + "</body></html>"
    )
    doc = parse_html(text)
    assert doc.get("lang") == "de-DE"
    a = extract_article(text, "https://kreisbote.example/dorffest")
    assert a.title == "Dorffest kehrt zurück"
    assert a.language == "de-DE"


def test_form_elements_parse_as_plain_html_elements() -> None:
    # the parser's C-level class lookup: every element is an HtmlElement (text_content,
    # drop_tree), forms and inputs included, and a page full of forms still extracts
    doc = parse_html(page(body='<form><label>Name <input name="q"></label></form>' + PARAS))
    assert all(isinstance(el, lxml_html.HtmlElement) for el in doc.iter())
    assert doc.find(".//label").text_content().strip() == "Name"
    a = extract_article(doc, "https://x.example/a")
    assert a.body and "Name" not in a.body


def test_an_svg_title_is_not_the_page_title() -> None:
    a = extract_article(page(body="<svg><title>Logo</title></svg>" + PARAS), "https://x.example/a")
    assert a.title == ""


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


@pytest.mark.parametrize(
    "broken",
    [
        # a headline's quotes left unescaped (eluniversal.com), a trailing comma
        '{"@type": "NewsArticle", "headline": "Senator calls Biden "unfit"",'
        ' "datePublished": "2022-05-10T17:22:00", "author": {"name": "Ann Lee"},}',
        # an <img> tag pasted into a URL (aoc.media)
        '{"@type": "NewsArticle", "headline": "Senator calls Biden \\"unfit\\"",'
        ' "image": {"url": "<img src="https://x.example/a.jpg">"},'
        ' "datePublished": "2022-05-10T17:22:00", "author": {"name": "Ann Lee"}}',
    ],
)
def test_broken_jsonld_is_mended(broken: str) -> None:
    head = f'<script type="application/ld+json">{broken}</script>'
    md = extract_metadata(parse_html(page(head)))
    assert md.is_article and md.titles == ['Senator calls Biden "unfit"']
    assert md.published == ["2022-05-10T17:22:00"] and md.authors == ["Ann Lee"]


def test_a_huge_broken_jsonld_block_is_skipped_not_mended() -> None:
    # an unterminated string of 60,000 characters: mending it would cost a fifth of a second
    broken = '{"@type": "NewsArticle", "headline": "Floods", "articleBody": "' + "x" * 60_000
    head = f'<script type="application/ld+json">{broken}</script>'
    md = extract_metadata(parse_html(page(head)))
    assert md.titles == [] and not md.is_article


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
        # a name followed by its wire or its role
        ("<p>Text: Rina Roy, dpa</p>", ["Rina Roy"]),
        # a name and the place it was filed from, of one word
        ("<p>By Ann Adoga, Makurdi</p>", ["Ann Adoga"]),
        ("<p>Von: Rina Roy, Projektleiterin der Stiftung in Assam.</p>", ["Rina Roy"]),
        # the name in an element nested under the label's
        ('<p><span>von <span><a href="/u/r">Rina1</a></span></span></p>', ["Rina1"]),
        # a label of a script without capitals
        ("<p>责任编辑：李明</p>", ["李明"]),
        # a menu entry "Redaktion" is no label for the next entry
        ('<ul><li><a href="/r">Redaktion</a></li><li><a href="/a">Anzeigen</a></li></ul>', []),
        # "von" continuing a sentence after an inline element
        ("<h2>Vorteile beim <strong>Leasing</strong> von Firmenwagen</h2>", []),
        # a date and its label before "by", the name in an element of its own
        (
            '<p>Wednesday January 18, 2017 11:44 am PST by <a href="/u/r">Rina Roy</a></p>',
            ["Rina Roy"],
        ),
        ('<p>Posted on March 3, 2024 by <a href="/u/r">Rina Roy</a></p>', ["Rina Roy"]),
        ("<p>03.03.2024 von <span>Rina Roy</span></p>", ["Rina Roy"]),
        ('<p>Founded in 1901 by <a href="/h/r">Rina Roy</a></p>', []),
        # but after an inline element holding the date and time, "von" opens the byline
        ("<div><span>02.02.2022, 11:30 Uhr</span> von Rina Roy</div>", ["Rina Roy"]),
        ("<p><span>March 3, 2024</span> by Rina Roy</p>", ["Rina Roy"]),
        # a date, a dash and an event, not a name
        ("<p>02.11.2022 - Placebo - Stadthalle</p>", []),
        # several "date - name" lines: a programme of events, not a byline
        ("<p>17.11.2022 - Rina Roy</p><p>18.11.2022 - Bo Wen - Stadthalle</p>", []),
        # a linked profession between the label and the name
        ('<p>Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a> Rina Roy</p>', ["Rina Roy"]),
        ('<p>Autor: <a href="/rechtsanwalt/">Rechtsanwalt</a></p>', []),
        # a credits list: each label, without a colon, in an element classed as a label
        (
            '<div class="credits"><div class="credit"><div class="credit-label">Interview</div>'
            '<div class="credit-text">RINA ROY</div></div><div class="credit">'
            '<div class="credit-label">Fotograf</div><div class="credit-text">BO WEN</div>'
            "</div></div>",
            ["Rina Roy"],
        ),
        ("<dl><dt>Text</dt><dd>Rina Roy</dd></dl>", ["Rina Roy"]),
        # (a form's field, or a label noun in a plain element, credits nobody)
        ('<form><label class="field-label">Autor</label><div>Rina Roy</div></form>', []),
        ("<div><div>Interview</div><div>Rina Roy</div></div>", []),
        # a reader's comment signed with a label
        ('<div class="sf_comment"><p>Von: Ann Lee</p><p>Gut so.</p></div>', []),
        ('<ol class="lista_comentarios"><li><p>Por: Ann Lee</p><p>Bien.</p></li></ol>', []),
        ('<div class="leserkommentare"><p>Von: Ann Lee</p><p>Gut so.</p></div>', []),
        # the site's maker, credited in the footer, is no byline
        (
            '<div class="credits">Crafted with <i class="fa fa-heart"></i> by'
            ' <a href="https://templates.example/">Tom Yard</a></div>',
            [],
        ),
        (
            '<div class="copyright-area"><span>© 2023 Herald</span><span>By</span>'
            ' <a href="https://studio.example/">Rina Roy</a></div>',
            [],
        ),
    ],
)
def test_labelled_byline_in_the_text_is_the_last_resort(label: str, expected: list[str]) -> None:
    html = page("", f"<article><h1>Floods</h1>{PARAS}{label}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == expected


def test_a_labelled_byline_in_the_articles_own_aside() -> None:
    # an HTML5 theme's post meta: an <aside> inside the <article>, the label and a plain link
    meta = '<aside class="meta"><p>Von:<br><i><a href="#">Rina Roy</a></i></p></aside>'
    html = page("", f"<article><h1>Floods</h1>{meta}{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]
    # the page's sidebar, an <aside> outside the article, names nobody
    html = page("", f"<article><h1>Floods</h1>{PARAS}</article>{meta}")
    assert extract_article(html, "https://herald.example/a/").authors == []


def test_the_author_of_a_picture_s_microdata_is_no_author_of_the_article() -> None:
    picture = (
        '<div itemprop="image" itemscope itemtype="http://schema.org/ImageObject">'
        '<meta itemprop="author" content="Brian Brainerd | The Denver Post | Getty Images">'
        '<meta itemprop="datePublished" content="2016-12-19">'
        '<img src="/coal.jpg"></div>'
    )
    head = '<meta name="author" content="Tom DiChristopher">'
    html = page(head, f"<article><h1>Coal</h1>{picture}{PARAS}</article>")
    a = extract_article(html, "https://biz.example/2016/12/20/coal.html")
    assert a.authors == ["Tom DiChristopher"]
    # nor is its date the article's (Mercury's fixture of this cnbc.com page expects the
    # 20th): the URL's day stands
    assert a.published_at == "2016-12-20"


@pytest.mark.parametrize(
    "item",
    [
        '<div itemprop="video" itemscope itemtype="http://schema.org/VideoObject">'
        '<meta itemprop="uploadDate" content="2023-11-20T10:00:00+01:00">'
        '<meta itemprop="datePublished" content="2023-11-20T10:00:00+01:00"></div>',
        '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Bob</span>'
        '<meta itemprop="datePublished" content="2024-04-06T10:00:00+02:00"><p>Gut.</p></div>',
    ],
)
def test_the_date_of_a_clip_s_or_a_comment_s_microdata_is_not_the_article_s(item: str) -> None:
    for dated in ("<p class='meta'>03.04.2024</p>", "<time datetime='2024-04-03'>3.4.</time>"):
        html = page("", f"<article><h1>Haushalt</h1>{dated}{GERMAN}{item}</article>", lang="de")
        a = extract_article(html, "https://gemeinde.example/aktuelles/haushalt")
        assert a.published_at == "2024-04-03"


def test_every_author_element_of_a_byline_is_read_whatever_its_other_classes() -> None:
    byline = (
        '<ul class="authors"><li><div class="author has-bio"><span>By</span> Josh Haskell</div>'
        '</li><li><div class="author has-bio">David Caplan</div></li>'
        '<li><div class="author">PATRICK REEVELL</div></li></ul>'
    )
    head = '<meta name="author" content="ABC News">'
    html = page(head, f"<article><h1>Grudge</h1>{byline}{PARAS}</article>")
    assert extract_article(html, "https://abc.example/US/story?id=1").authors == [
        "Josh Haskell",
        "David Caplan",
        "Patrick Reevell",
    ]


def test_a_theme_rule_matching_every_teasers_byline_gives_way_to_the_articles() -> None:
    teaser = (
        '<li><a href="/c/{0}">Story {0}</a><p class="teaser-byline">by <span class="author">'
        '<a href="/contributors/{0}" rel="author">Writer {0}</a></span></p></li>'
    )
    menu = "<div class='dropdown'><ul>" + "".join(teaser.format(n) for n in "ABCDE") + "</ul></div>"
    byline = (
        '<h3>By <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<a href="/contributors/alex-h" rel="author"><span itemprop="name">Alex Hutchinson'
        "</span></a></span></h3>"
    )
    head = '<link rel="stylesheet" href="/wp-content/themes/mag/style.css">'
    html = page(head, f"{menu}<article><h1>Quantum</h1>{byline}{PARAS}</article>")
    assert extract_article(html, "https://mag.example/tech/quantum").authors == ["Alex Hutchinson"]


def test_a_widgets_credit_link_is_no_text_byline() -> None:
    widget = (
        '<div class="partners"><a href="https://news.example/x">Ten things</a>'
        '<a class="attribution" rel="nofollow" href="https://pubex.example/">By PubExchange</a>'
        "</div>"
    )
    head = '<meta name="author" content="AOL Staff">'
    html = page(head, f"<div><h1>Teddy bears</h1>{PARAS}</div>{widget}")
    assert extract_article(html, "https://portal.example/article/news/1").authors == []


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


def test_meta_author_that_names_the_publishing_house_gives_way_to_the_byline() -> None:
    head = '<meta name="author" content="Ediciones Prisa">'
    byline = '<div class="firma"><span class="autor">Ana Ruiz</span></div>'
    a = extract_article(page(head, f"<h1>Listas</h1>{byline}{PARAS}"), "https://diario.example/a")
    assert a.authors == ["Ana Ruiz"]


def test_meta_author_that_holds_the_copyright_gives_way_to_the_person() -> None:
    head = (
        '<meta name="author" content="Conde Nast">'
        '<meta name="copyright" content="Copyright (c) Conde Nast 2023">'
        + jsonld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Rina Roy"}})
    )
    a = extract_article(page(head, "<h1>Floods</h1>" + PARAS), "https://news.example/a/")
    assert a.authors == ["Rina Roy"]


def test_blogger_who_holds_the_copyright_stays_the_author() -> None:
    head = '<meta name="author" content="Rina Roy"><meta name="copyright" content="© Rina Roy">'
    a = extract_article(page(head, "<h1>Floods</h1>" + PARAS), "https://news.example/a/")
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


def test_byline_in_an_element_classed_autor() -> None:
    byline = (
        '<span class="content-left-autor"><a href="/autoren/rr">Rina Roy</a> &amp; Ajit Pal</span>'
    )
    html = page('<meta name="author" content="Herald">', f"<h1>Floods</h1>{byline}{PARAS}")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy", "Ajit Pal"]


@pytest.mark.parametrize(
    "byline",
    [
        "oprac. Rina Roy",  # Polish "compiled by", abbreviated
        "Bewerkt door Rina Roy",  # Dutch "edited by"
        "de Rina Roy",  # Romanian "by"
    ],
)
def test_by_word_of_a_byline_element_in_more_languages(byline: str) -> None:
    html = page("", f'<h1>Floods</h1><div class="byline">{byline}</div>{PARAS}')
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


@pytest.mark.parametrize(("byline", "agency"), [("AP - Rina Roy", "AP"), ("EFE | Rina Roy", "EFE")])
def test_a_wire_before_its_writer_in_a_byline_element(byline: str, agency: str) -> None:
    html = page("", f'<h1>Floods</h1><div class="byline">{byline}</div>{PARAS}')
    article = extract_article(html, "https://herald.example/a/")
    assert (article.authors, article.agency) == (["Rina Roy"], agency)


def test_markup_byline_is_one_kind_of_element_not_the_author_box_below() -> None:
    byline = '<div class="autor"><h6>Rina Roy | Publicado hace 3 horas</h6></div>'
    box = '<div class="descripcion-autor"><h6>Assam Post</h6><a href="#">Contactar</a></div>'
    html = page("", f"<h1>Floods</h1>{byline}{PARAS}{box}")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


def test_markup_byline_rule_matching_a_list_of_names_is_skipped() -> None:
    teasers = "".join(
        f'<li><a href="/s{i}">Story {i}</a><div class="teaser-autor">{n}</div></li>'
        for i, n in enumerate(("Ann Lee", "Bo Wen", "Ajit Pal", "Jo Li"))
    )
    body = f"<h1>Floods</h1>{PARAS}<p>Von <b>Rina Roy</b></p><ul>{teasers}</ul>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == ["Rina Roy"]


@pytest.mark.parametrize(
    ("lang", "opening", "dateline"),
    [
        ("de", "Kernfusion: Kann die Energiequelle der Sterne helfen?", None),
        ("de", "Bogotá (dpa) - Gebrochene Wirbelsäule, gebrochener Oberschenkel.", "Bogotá"),
        ("en-IN", "Guwahati: Rains lashed the city on Tuesday.", "Guwahati"),
        # German papers' own form: the place alone before a full stop or a dash
        ("de", "Bad Tölz. Die Stadt hat am Dienstag das Freibad eröffnet.", "Bad Tölz"),
        ("de", "Ottobrunn – Seit Monaten ist das Hallenbad geschlossen.", "Ottobrunn"),
        ("de", "Landrat Dr. Ann Lee hat am Dienstag das Freibad eröffnet.", None),
        ("en", "Leeds. The city opened its swimming pool on Tuesday.", None),
    ],
)
def test_dateline_of_a_page_in_its_language(lang: str, opening: str, dateline: str | None) -> None:
    text = GERMAN if lang == "de" else PARAS
    body = f"<article><h1>Floods</h1><p>{opening}</p>{text}</article>"
    a = extract_article(page(body=body, lang=lang), "https://herald.example/a/")
    assert a.dateline == dateline


def test_dateline_after_a_standfirst_the_body_opens_with() -> None:
    deck = "<p>El servicio llegará a las pedanías antes del verano.</p>"
    opening = "<p>VALLADOLID, 3 mar (EFE).- La Junta ampliará el servicio de autobuses.</p>"
    body = f"<article><h1>Floods</h1>{deck}{opening}{PARAS}</article>"
    a = extract_article(page(body=body, lang="es"), "https://herald.example/a/")
    assert a.dateline == "Valladolid"
    # (without a date, a wire or capitals, a second paragraph's "Place:" is no dateline)
    second = "<p>Valladolid: La Junta ampliará el servicio de autobuses.</p>"
    body = f"<article><h1>Floods</h1>{deck}{second}{PARAS}</article>"
    assert extract_article(page(body=body, lang="en"), "https://herald.example/a/").dateline is None


def test_a_kicker_asking_a_question_above_the_headline_leaves_the_body() -> None:
    head = "<title>Bad bleibt zu – Herald</title>"
    body = f"<article><p>Sanierung oder Abriss?</p><h1>Bad bleibt zu</h1>{GERMAN}</article>"
    a = extract_article(page(head, body, lang="de"), "https://herald.example/a/")
    assert a.title == "Bad bleibt zu"
    assert a.body.startswith("Absatz 0:")


def test_german_dateline_after_a_standfirst() -> None:
    deck = "<p>Die Stadt bekommt einen neuen Wochenmarkt. Händler sind skeptisch.</p>"
    opening = "<p>Gifhorn. Ab April soll jeden Donnerstag ein Markt stattfinden.</p>"
    body = f"<article><h1>Markt</h1>{deck}{opening}{GERMAN}</article>"
    a = extract_article(page(body=body, lang="de"), "https://herald.example/a/")
    assert a.dateline == "Gifhorn"


@pytest.mark.parametrize(
    ("lang", "opening", "dateline"),
    [
        ("sk", "Žilina – Polícia vo štvrtok zadržala muža, ktorý ukradol auto.", "Žilina"),
        ("cs", "Ústí nad Labem - Hasiči ve čtvrtek ráno zasahovali u požáru.", "Ústí nad Labem"),
        ("cs", "Ano. Vláda ve středu schválila nový zákon o podpoře bydlení.", None),
    ],
)
def test_czech_and_slovak_place_before_a_dash_or_full_stop(
    lang: str, opening: str, dateline: str | None
) -> None:
    paras = "".join(f"<p>Odstavec {i}: text zprávy o události ve městě.</p>" for i in range(6))
    body = f"<article><h1>Zpráva</h1><p>{opening}</p>{paras}</article>"
    a = extract_article(page(body=body, lang=lang), "https://herald.example/a/")
    assert a.dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline", "agency"),
    [
        # Europa Press prints its dateline alone, the story in the next paragraph
        ("<p>PALMA, 5 Nov. (EUROPA PRESS) -</p>", "Palma", "Europa Press"),
        ("<p>Ho, Nov. 5, GNA – El Consell ha aprobado la partida.</p>", "Ho", "GNA"),
        ("<p>TRIBUNJATENG.COM, SEMARANG - Banjir rob menggenangi pelabuhan.</p>", "Semarang", None),
        ("<p>PALMA, 5 Nov. -</p>", None, None),
    ],
)
def test_dateline_forms_after_a_standfirst(opening: str, dateline: str, agency: str) -> None:
    deck = "<p>Las obras se concentrarán en los municipios del Pla y el Llevant</p>"
    body = f"<article><h1>Floods</h1>{deck}{opening}{PARAS}</article>"
    a = extract_article(page(body=body, lang="es"), "https://herald.example/a/")
    assert (a.dateline, a.agency) == (dateline, agency)


def test_dateline_of_a_hindi_page_is_read_and_kept_in_the_body() -> None:
    opening = "नई दिल्ली: केंद्र सरकार ने मंगलवार को बाढ़ राहत के लिए नई योजना की घोषणा की।"
    rest = "".join(
        f"<p>अनुच्छेद {i}: असम और बिहार के कई जिलों में बाढ़ से हालात गंभीर बने हुए हैं और"
        " राहत शिविरों में हजारों लोग रह रहे हैं, अधिकारियों ने बताया।</p>"
        for i in range(4)
    )
    body = f"<article><h1>बाढ़ राहत के लिए नई योजना</h1><p>{opening}</p>{rest}</article>"
    a = extract_article(page(body=body, lang="hi"), "https://samachar.example/a/")
    assert a.dateline == "नई दिल्ली"
    assert a.body.startswith(opening)  # as a Latin dateline, it stays in the story's text


def test_a_hindi_story_credited_to_bhasha_is_pti_s() -> None:
    # PTI's Hindi service credits itself as "(भाषा)", the word for "language"
    opening = "पटना, 5 जनवरी (भाषा) बिहार सरकार ने शुक्रवार को बाढ़ राहत के लिए नई योजना की घोषणा की।"
    rest = "".join(
        f"<p>अनुच्छेद {i}: कई जिलों में बाढ़ से हालात गंभीर बने हुए हैं और राहत शिविरों में"
        " हजारों लोग रह रहे हैं, अधिकारियों ने बताया।</p>"
        for i in range(4)
    )
    body = f"<article><h1>बाढ़ राहत के लिए नई योजना</h1><p>{opening}</p>{rest}</article>"
    a = extract_article(page(body=body, lang="hi"), "https://samachar.example/b/")
    assert (a.dateline, a.agency) == ("पटना", "PTI")


def test_bylines_of_a_listing_of_other_articles_are_not_the_articles() -> None:
    listing = "".join(
        f'<div class="article-listing__item"><h3>Story {i}</h3>'
        f'<div class="article-listing__item__author">Von <span>{n}</span> am 08.12.2022</div>'
        "</div>"
        for i, n in enumerate(("Ann Lee", "Bo Wen", "Ajit Pal", "Jo Li"))
    )
    body = f"<article><h1>Floods</h1>{PARAS}</article><div>{listing}</div>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == []
    byline = '<p class="byline">Von Rina Roy</p>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article><div>{listing}</div>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == ["Rina Roy"]


def test_bylines_of_teaser_cards_are_not_the_articles() -> None:
    cards = "".join(
        f'<div class="card"><h2><a href="/s{i}">Story {i}</a></h2>'
        f'<div class="article-author"><a href="/autor/x{i}">{n}</a></div></div>'
        for i, n in enumerate(("Ann Lee", "Bo Wen", "Ann Lee", "Jo Li"))
    )
    own = '<div class="story-author"><a href="/autor/rr">Rina Roy</a></div>'
    body = f"<div>{cards}</div><main><h1>Floods</h1>{own}{PARAS}</main>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == ["Rina Roy"]
    # a section's linked heading above the headline leaves the article's byline alone
    head = '<h3><a href="/assam/">Assam</a></h3><h1>Floods</h1>'
    byline = '<div class="article-author">Rina Roy</div>'
    body = f"<main><div>{head}{byline}</div>{PARAS}</main>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == ["Rina Roy"]


def test_no_byline_from_a_block_under_a_related_articles_heading() -> None:
    # prospectmagazine.co.uk (2017): the site's logo is the only <h1>, the article's
    # byline is text ("by Duncan Bell / January 19, 2017"), and the related block's
    # teasers link their authors' pages
    teaser = (
        '<div class="post"><div class="title"><a href="/magazine/class">Class</a></div>'
        '<div class="meta"><a href="/author/geoff-dench">Geoff Dench</a> / December 18, 2004'
        "</div></div>"
    )
    related = f'<div class="home-news"><h2>Related articles</h2><div>{teaser}</div></div>'
    article = (
        '<h2 class="page-title">An old dream</h2><article class="post">'
        f'<div class="post-info">by Duncan Bell / January 19, 2017 /</div>{PARAS}</article>'
    )
    body = f'<h1 class="site-title"><a href="/">Prospect</a></h1>{article}{related}'
    art = extract_article(page("", body), "https://mag.example/a/")
    assert art.authors == ["Duncan Bell"]
    # and the date beside the text byline is the article's, not a teaser's
    assert (art.published_at or "")[:10] == "2017-01-19"
    # the same teaser above a heading of another kind is a byline
    doc = lxml_html.fromstring(f"<html><body><div><h2>Class</h2><div>{teaser}</div></div>")
    assert byline_candidates(doc, bool) == ["Geoff Dench"]


def test_byline_in_a_story_container_whose_class_mentions_related() -> None:
    # bloomberg.com (2013): the story's container is <div class="with_related_categories">
    head = (
        '<h1>Apple Said to Start IPhone Trade-In Program</h1><cite class="byline">By '
        '<span class="last">Peter Burrows</span> - <span class="datestamp">'
        "2013-06-07T04:01:00Z</span></cite>"
    )
    body = f'<div class="component with_related_categories"><div>{head}</div>{PARAS}</div>'
    assert extract_article(page("", body), "https://biz.example/a/").authors == ["Peter Burrows"]
    # a related block (no headline in it) still names nobody, nor a related <aside> in the
    # story whose teaser is set as an <h1> (lastampa.it)
    body = f'<h1>Floods</h1>{PARAS}<div class="related">{head.replace("h1", "h3")}</div>'
    assert extract_article(page("", body), "https://biz.example/a/").authors == []
    body = f'<article><h1>Floods</h1>{PARAS}<aside class="entry__related">{head}</aside></article>'
    assert extract_article(page("", body), "https://biz.example/a/").authors == []


@pytest.mark.parametrize(
    "byline",
    [
        # dailytech.com: an ASP.NET control's id, in camel case
        '<a id="lblAuthorByline" class="DateStory" href="/ContactStaff.aspx?id=18">Ann Lee</a>',
        # designntrend.com, nytimes.com: the writer's page under /reporters/ or /by/
        '<span>May 15, 2013 | <a href="/reporters/ann-lee">Ann Lee</a></span>',
        '<p><a href="https://news.example/by/ann-lee">Ann Lee</a></p>',
    ],
)
def test_byline_by_camel_case_id_or_reporter_page_link(byline: str) -> None:
    body = f"<article><h1>Fossils found</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body), "https://news.example/a/").authors == ["Ann Lee"]


def test_byline_in_an_asp_net_page_wrapped_in_one_form() -> None:
    byline = '<a id="lblAuthorByline" href="/ContactStaff.aspx?id=18">Ann Lee</a>'
    body = f'<form id="aspnetForm"><div><h1>Fossils found</h1>{byline}{PARAS * 8}</div></form>'
    assert extract_article(page("", body), "https://news.example/a/").authors == ["Ann Lee"]
    # a small form's (a reply box's) name is no byline
    form = '<form class="reply"><p>Reply</p><span class="author-name">Ann Lee</span></form>'
    doc = lxml_html.fromstring(f"<html><body><h1>Fossils found</h1>{PARAS}{form}</body></html>")
    assert byline_candidates(doc, bool) == []


def test_a_list_of_comment_bylines_gives_way_to_the_storys_byline() -> None:
    # cbsnews.com (2013): readers' comments signed <dt class="author">, in no comment
    # class; the story's byline a <dl class="storyBlogByline">
    comments = "".join(
        f'<dl><dt class="author"><span>by <b>reader{i}</b></span> July 19, 2013</dt>'
        "<dd>I have been there.</dd></dl>"
        for i in range(5)
    )
    byline = '<dl class="storyBlogByline"><dt>By</dt><dd> David Martin </dd></dl>'
    body = f"<div><h1>Military prepares</h1>{byline}{PARAS}</div>{comments}"
    assert extract_article(page("", body), "https://news.example/a/").authors == ["David Martin"]


@pytest.mark.parametrize(
    "byline",
    [
        # space.com (2013): the class word spelt with an underscore
        '<div class="by_line">by Ann Lee, SPACE.com Staff Writer</div>',
        # startribune.com (2013): a label of two words, in the text
        '<ul><li class="first"> Article by: ANN LEE ASSOCIATED PRESS</li></ul>',
        # the same, indented by the template's whitespace
        f'<ul><li class="first">{" " * 200}Article by:{" " * 90}ANN LEE{" " * 90}</li></ul>',
    ],
)
def test_byline_with_by_line_class_or_article_by_label(byline: str) -> None:
    body = f"<div><h1>Nebula bursting</h1>{byline}{PARAS}</div>"
    assert extract_article(page("", body), "https://news.example/a/").authors == ["Ann Lee"]


def test_a_wire_filing_from_a_place_is_the_agency_and_names_nobody() -> None:
    # guardian.co.uk (2013): "Associated Press in Miami"; further down, a bookshop widget
    # whose "by Cerys Matthews" the text-byline rule would otherwise take
    byline = '<ul><li class="byline">Associated Press in Miami</li></ul>'
    shop = '<ul><li class="thumb"><a href="/book">Hook, Line</a><p> by Ann Lee</p></li></ul>'
    body = f"<div><h1>Tropical storm</h1>{byline}{PARAS}</div>{shop}"
    a = extract_article(page("", body), "https://news.example/world/storm")
    assert (a.authors, a.agency) == ([], "AP")


def test_teasers_bylines_of_another_kind_are_not_co_authors() -> None:
    # theaustralian.com.au (2013): the story's <li class="byline"> and, further down, two
    # teasers' <em class="byline">, all found by the generic theme's byline-class rule
    byline = '<ul><li class="byline first">by: Rick Wallace, Tokyo correspondent</li></ul>'
    teasers = "".join(
        f'<div class="teaser-x"><h4><a href="/s/{i}">Story {i}</a></h4>'
        f'<em class="byline">{name}, Economics Editor</em></div>'
        for i, name in enumerate(["Rowan Callick", "David Uren"])
    )
    body = f"<div><h1>Seoul says yes</h1>{byline}{PARAS}</div><div>{teasers}</div>"
    assert extract_article(page("", body), "https://news.example/a/").authors == ["Rick Wallace"]
    # the kind is the first element's with text: an empty one does not set it
    from newscrawl.extraction.themes import _first_kind

    doc = lxml_html.fromstring(
        '<div><span class="byline"> </span><li class="byline first">Ann Lee</li>'
        '<em class="byline">Bo Wen</em><li class="byline">Jo Roy</li></div>'
    )
    kept = _first_kind(doc.xpath("//*[contains(@class, 'byline')]"))
    assert [el.text for el in kept] == ["Ann Lee", "Jo Roy"]


def test_a_creative_commons_licence_link_is_no_byline() -> None:
    licence = '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>'
    body = f"<article><h1>Fossils found</h1>{PARAS}<p>{licence}</p></article>"
    assert extract_article(page("", body), "https://news.example/a/").authors == []


@pytest.mark.parametrize("widget", ['id="account"', 'class="login-box"', 'class="user-menu"'])
def test_a_reader_s_account_menu_is_no_byline(widget: str) -> None:
    # the header's account menu: a signed-in reader's name and its links, as "username"
    menu = (
        f'<div {widget}><div class="username"><p>Logged in as <span>Guest</span></p>'
        '<ul><li><a href="#">Edit Settings</a></li><li><a href="#">Leave</a></li></ul></div></div>'
    )
    body = f"<header>{menu}</header><article><h1>Council votes</h1>{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/c").authors == []
    byline = '<p class="author">By <a href="/team/ann-lee">Ann Lee</a></p>'
    body = f"<header>{menu}</header><article><h1>Council votes</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/c").authors == ["Ann Lee"]


def test_a_job_title_after_the_name_in_a_byline_is_dropped() -> None:
    byline = (
        '<p class="author vcard"><a href="/team/ann-lee/"><b class="fn">Ann Lee</b></a>'
        ' <span class="title">Senior Washington Correspondent</span></p>'
    )
    body = f"<article><h1>Council votes</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/c").authors == ["Ann Lee"]


def test_markup_byline_in_the_headline_block_beats_a_better_rule_elsewhere() -> None:
    card = '<section><p class="author-name">Bo Wen</p><p>Our reporter in Delhi.</p></section>'
    head = '<header><h1>Floods</h1><span class="byline">By Rina Roy</span></header>'
    doc = lxml_html.fromstring(f"<html><body><div>{card}</div><main><div>{head}</div></main>")
    assert byline_candidates(doc, bool) == ["By Rina Roy"]
    # without a single headline, the better rule's byline stands
    doc = lxml_html.fromstring(f"<html><body><div>{card}</div><main>{head * 2}</main>")
    assert byline_candidates(doc, bool) == ["Bo Wen"]
    # a headline with no byline in its block: the better rule's byline stands
    doc = lxml_html.fromstring(f"<html><body><div>{card}</div><h1>Floods</h1>")
    assert byline_candidates(doc, bool) == ["Bo Wen"]


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("Von Rina Roy, AFP", ["Rina Roy"], "AFP"),
        ("Von Rina Roy, KNA", ["Rina Roy"], "KNA"),
        ("By The Canadian Press", [], "The Canadian Press"),
    ],
)
def test_wire_in_a_markup_byline_is_the_agency(
    byline: str, authors: list[str], agency: str
) -> None:
    body = f'<article><h1>Floods</h1><div class="autor">{byline}</div>{PARAS}</article>'
    a = extract_article(page("", body), "https://herald.example/a/")
    assert a.authors == authors
    assert a.agency == agency


_PERSON_LD = jsonld(
    {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Floods",
        "author": {"@type": "Person", "name": "Rina Roy"},
    }
)


def _headed_story(byline: str) -> str:
    """A story whose byline is printed in the headline's block, apart from its text."""
    header = f'<header><h1>Floods</h1><div class="article-header__detail">{byline}</div></header>'
    return f'<article>{header}<section class="article-content">{PARAS}</section></article>'


@pytest.mark.parametrize("head", ["", _PERSON_LD])
@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        # the wire named in full after the writer's name, in the byline's text
        ('<div class="byline">By Rina Roy, The Canadian Press</div>', "The Canadian Press"),
        (
            '<div class="byline">Rina Roy, Australian Associated Press</div>',
            "Australian Associated Press",
        ),
        ('<div class="byline">By Rina Roy, Associated Press</div>', "AP"),
        # or in an element of its own beside the name's
        (
            '<div class="published-by"><div class="published-by__author"><span class='
            '"published-by__author-name">By Rina Roy</span></div></div>'
            '<div class="wire-published-by__company">The Canadian Press</div>',
            "The Canadian Press",
        ),
        (
            '<div class="story-byline"><div class="byline-author"><span>Rina Roy</span></div>'
            '<div class="byline-org">Australian Associated Press</div></div>',
            "Australian Associated Press",
        ),
        # a paper's name, or a word, beside the name is no wire
        ('<div class="byline">By Rina Roy, The Valley Herald</div>', None),
        ('<div class="byline-author"><span>Rina Roy</span></div><div>Politics</div>', None),
    ],
)
def test_wire_beside_the_printed_writer_is_the_agency(
    head: str, byline: str, agency: str | None
) -> None:
    a = extract_article(page(head, _headed_story(byline)), "https://herald.example/a/")
    assert a.authors == ["Rina Roy"]
    assert a.agency == agency


def test_wire_beside_another_writer_s_name_is_no_agency() -> None:
    # structured data names the writer; a wire printed beside someone else's name (a
    # teaser's, a box's) is not this story's credit, nor a wire further from the name
    teaser = (
        '<div class="byline-author"><span>Bo Wen</span></div>'
        '<div class="byline-org">The Canadian Press</div>'
    )
    far = '<div class="tags"><p>Filed under</p><p>Reuters</p></div>'
    byline = f'<div class="byline"><div class="byline-author">Rina Roy</div></div>{far}'
    for markup in (teaser, byline):
        a = extract_article(page(_PERSON_LD, _headed_story(markup)), "https://herald.example/a/")
        assert (a.authors, a.agency) == (["Rina Roy"], None)


def test_link_to_an_author_page_is_the_last_markup_byline() -> None:
    header = '<header><nav><a href="/staff/ed-editor/">Ed Editor</a></nav></header>'
    byline = '<dl><dd><a href="/fr/staff/rina-roy/">Rina Roy</a></dd></dl>'
    html = page("", f"{header}<article><h1>Floods</h1>{byline}{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


def test_links_to_author_pages_in_a_menu_are_no_byline() -> None:
    # three shows' pages under /author/ among the menu's other links
    shows = ("Red Carpets", "Opening Nights", "Press Previews")
    items = "".join(f'<li><a href="/author/{s.replace(" ", "-")}">{s}</a></li>' for s in shows)
    menu = f'<div class="menu"><ul>{items}<li><a href="/topic/x">Topics</a></li></ul></div>'
    html = page("", f"{menu}<div><h1>Scholarships</h1>{PARAS}</div><h1>Newsletter</h1>")
    assert extract_article(html, "https://stage.example/article/1").authors == []
    # a post's meta list, its author in one item and its date in the next, is a byline
    meta = '<ul><li><a href="/author/kb/">Kathrin Bierling</a></li><li><time>21.05.2019</time></li>'
    html = page("", f"<div><h1>Travel</h1>{meta}</ul>{PARAS}</div>")
    assert extract_article(html, "https://mode.example/2019/05/21/x/").authors == [
        "Kathrin Bierling"
    ]


@pytest.mark.parametrize("head", ["", '<meta name="generator" content="Drupal 7">'])
def test_a_link_to_a_section_is_no_byline_whatever_its_class(head: str) -> None:
    byline = '<a href="/authors/smart-shopping-team">Smart Shopping Team</a>'
    filed = 'filed under: <a href="/section/shopping" class="author-writes-about-link">shopping</a>'
    html = page(head, f"<article><h1>Amazon deals</h1>{byline}<div>{filed}</div>{PARAS}</article>")
    assert extract_article(html, "https://floss.example/article/90140/deals").authors == []


def test_link_to_a_profile_page_is_a_byline_but_not_the_profiles_section() -> None:
    menu = '<ul class="menu"><li><a href="/profile/">Profile</a></li></ul>'
    byline = '<p><a href="/profile/48151">rina_writes</a></p>'
    html = page("", f"{menu}<article><h1>Floods</h1>{byline}{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == ["rina_writes"]
    html = page("", f"{menu}<article><h1>Floods</h1>{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == []


def test_image_licence_credit_is_no_byline() -> None:
    credit = (
        '<div class="license-info"><span class="author-name"><a href="/f">Ann Lee</a></span></div>'
    )
    byline = '<div class="second-author"><p>Autor <span>Rina Roy:</span></p></div>'
    html = page("", f"<article><h1>Floods</h1>{credit}{byline}{PARAS}</article>")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


def test_drupal_byline_on_a_page_whose_body_class_names_its_layout() -> None:
    byline = (
        '<div class="date"><time datetime="2016-12-21T23:49:10+00:00">December 21, 2016</time>'
        '<span> | by <span rel="sioc:has_creator"><a href="/users/lauren-briggs">Lauren Briggs'
        "</a></span></span></div>"
    )
    head = '<meta name="generator" content="Drupal 7 (http://drupal.org)">'
    html = page(head, f'<article class="piece"><h1>Icahn</h1>{byline}{PARAS}</article>')
    html = html.replace("<body>", '<body class="html not-front no-sidebars page-node">')
    assert extract_article(html, "https://views.example/i/politics/icahn").authors == [
        "Lauren Briggs"
    ]


def test_drupal_title_is_the_nodes_heading_not_the_headers_section_label() -> None:
    # Drupal 7 names the node in <body>'s class ("page-node node-type-article"): the
    # header's section label in an <h1> is not in the node's block
    head = (
        '<meta name="generator" content="Drupal 7 (http://drupal.org)">'
        "<title>Budget talks: what the council decided on Monday</title>"
    )
    body = (
        '<header><h1><a href="/topics">Topic</a> – Budget</h1></header>'
        f'<article class="node node-article"><h1>Council passes the budget</h1>{PARAS}</article>'
    )
    html = page(head, body).replace("<body>", '<body class="html page-node node-type-article">')
    a = extract_article(html, "https://herald.example/council-passes-budget")
    assert a.title == "Council passes the budget"


def test_drupal_comment_submitted_line_is_no_byline() -> None:
    comment = (
        '<article class="comment"><p class="submitted"><span rel="sioc:has_creator">'
        '<span class="username">Ann Lee</span> am 18. Oktober 2023</span></p></article>'
    )
    meta = '<aside class="meta"><p class="authors">Von:<br><i><a class="author-name"'
    meta += ' href="/autor/rr">Rina Roy</a></i></p></aside>'
    body = f'<article class="node"><h1>Floods</h1>{meta}{PARAS}</article>{comment}'
    html = page("", body)
    assert extract_article(html, "https://herald.example/a/", theme="drupal").authors == [
        "Rina Roy"
    ]


@pytest.mark.parametrize("comment_class", ["sf_comment", "reader_comment", "post comment_box"])
def test_commenters_name_is_no_byline(comment_class: str) -> None:
    comment = (
        f'<div class="{comment_class}"><p class="info"><span class="sf_comment_author">'
        'Ann Lee</span> <span class="date">Hace 28 minutos</span></p><p>Well said.</p></div>'
    )
    body = f"<article><h1>Floods</h1>{PARAS}<section>{comment}</section></article>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == []


def test_a_commenter_in_a_camel_cased_comments_component_is_no_byline() -> None:
    comments = (
        '<section class="componentsComments"><h2>Komentarze</h2>'
        '<div class="componentsComments__item"><span class="componentsComments__author">'
        "Ann Lee</span><p>Oby zdążyli przed zimą.</p></div></section>"
    )
    body = f"<article><h1>Floods</h1>{PARAS}</article>{comments}"
    assert extract_article(page("", body), "https://herald.example/a/").authors == []


def test_byline_of_name_place_and_date_fields_names_one_author() -> None:
    byline = '<p class="autor">Rina Roy | Palma de Mallorca | 08/01/2014</p>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == ["Rina Roy"]


def test_metadata_author_naming_the_site_gives_way_to_a_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Assam Klima">'
        '<meta name="author" content="Assam Klima">'
    )
    body = f'<article><h1>Floods</h1><a rel="author" href="/p/rr">Rina Roy</a>{PARAS}</article>'
    assert extract_article(page(head, body), "https://herald.example/a/").authors == ["Rina Roy"]


def test_wordpress_account_named_after_the_site_without_its_article_names_nobody() -> None:
    # og:site_name "The Town Press"; the posting account, "Town Press", in the meta, the
    # JSON-LD and the theme's byline (/author/townpress/): the site, not a person
    head = (
        '<meta property="og:site_name" content="The Town Press">'
        '<meta name="author" content="Town Press">'
    )
    byline = '<div class="td-post-author-name">By <a href="/author/townpress/">Town Press</a></div>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    assert extract_article(page(head, body), "https://www.townpress.com/a/").authors == []
    assert extract_article(page(head, body), "https://www.herald.example/a/").authors == []


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # a job alone beside the place: nobody, not the place
        ('<span class="contributor-name">Correspondent</span>', []),
        ('<span class="contributor-name">Staff Correspondent</span>', []),
        ('<span class="author-name">Ann Lee</span>', ["Ann Lee"]),
    ],
)
def test_a_bylines_location_element_is_no_author(block: str, expected: list[str]) -> None:
    place = '<span class="author-location">Rajshahi</span>'
    meta = f'<div class="author-details">{block} {place}</div>'
    body = f"<article><h1>Floods</h1>{meta}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/a/").authors == expected


def test_a_bureau_and_its_town_in_an_author_element_names_nobody() -> None:
    byline = '<div class="author-info"><span class="author-name">ब्यूरो, जयपुर</span></div>'
    body = f"<article><h1>सीवर लाइन धंसी</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body, "hi"), "https://herald.example/a/").authors == []


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Kaveri Samachar", []),  # the organisation JSON-LD credits, printed: no person
        ("Ann Lee", ["Ann Lee"]),
    ],
)
def test_a_byline_printing_an_organisation_of_the_json_ld_names_nobody(
    printed: str, expected: list[str]
) -> None:
    node = {
        "@type": "NewsArticle",
        "headline": "Floods",
        "author": {"@type": "Organization", "name": "Kaveri Samachar"},
    }
    byline = f'<div class="byline"><span class="by">{printed}</span></div>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    assert extract_article(page(jsonld(node), body), "https://herald.example/a/").authors == (
        expected
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="Andreas Kalt">',  # a blog named after him
        jsonld({"@type": "Person", "name": "Andreas Kalt"}),  # and a Person of his name
    ],
)
def test_a_bloggers_name_typed_as_the_blogs_organisation_stays_the_author(head: str) -> None:
    node = {
        "@type": "BlogPosting",
        "headline": "Floods",
        "author": {"@type": "Organization", "name": "Andreas Kalt"},
    }
    byline = '<div class="byline"><span class="by">Andreas Kalt</span></div>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    html = page(jsonld(node) + head, body)
    assert extract_article(html, "https://blog.example/a/").authors == ["Andreas Kalt"]


@pytest.mark.parametrize(
    ("text_byline", "authors"),
    [
        ("<p>By Kafui Gati, GNA</p>", ["Kafui Gati"]),  # the wire's reporter, in the text
        ("<p>By GNA</p>", []),  # the wire alone, there too
        ("<p>By Kafui Gati</p>", []),  # a name without the wire: a teaser's, a widget's
        ("<p>By Kafui Gati, Reuters</p>", []),  # another wire's reporter
        ("", []),
    ],
)
def test_a_byline_naming_only_a_wire_gives_way_to_a_text_byline_of_a_person(
    text_byline: str, authors: list[str]
) -> None:
    theme_byline = (
        '<div class="td-post-author-name"><div class="td-author-by">By</div> '
        '<a href="/author/gna/">GNA</a></div>'
    )
    body = f"<article><h1>Floods</h1>{theme_byline}{text_byline}{PARAS}</article>"
    article = extract_article(page("", body), "https://herald.example/a/")
    assert (article.authors, article.agency) == (authors, "GNA")


@pytest.mark.parametrize(
    ("lang", "opening", "dateline"),
    [
        ("it", "CAGLIARI. È stata approvata ieri la variante al piano del porto.", "Cagliari"),
        ("it", "Cagliari. È stata approvata ieri la variante al piano del porto.", None),
        ("fr", "CAGLIARI. Le conseil a approuvé hier la variante du plan du port.", None),
    ],
)
def test_an_italian_papers_place_in_capitals_before_a_full_stop_is_the_dateline(
    lang: str, opening: str, dateline: str | None
) -> None:
    body = f"<article><h1>Porto</h1><p>{opening}</p>{PARAS}</article>"
    article = extract_article(page("", body, lang), "https://nuova.example/a/")
    assert article.dateline == dateline


def test_the_sites_name_beside_its_writer_in_structured_data_is_no_author() -> None:
    # Ouest-France's JSON-LD types its own name as a Person before the journalist's, and
    # the byline prints it before the name
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Floods",
        "author": [
            {"@type": "Person", "name": "Ouest-France"},
            {"@type": "Person", "name": "Maëlle Le Gall"},
        ],
    }
    head = jsonld(data) + '<meta property="og:site_name" content="Ouest-France.fr">'
    byline = (
        '<span class="author"><span class="org">Ouest-France</span> '
        '<a href="/auteur/mlg">Maëlle LE GALL</a>.</span>'
    )
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    article = extract_article(page(head, body, "fr"), "https://www.ouest-france.fr/a/")
    assert article.authors == ["Maëlle Le Gall"]


def test_a_tagdiv_sidebar_teasers_author_is_not_the_desk_signed_storys() -> None:
    # the story signed by the desk ("redazione", no person), after Italian "Di" in its own
    # element; a most-read block's teaser names its own writer
    byline = (
        '<div class="td-post-header"><h1 class="entry-title">Floods</h1>'
        '<div class="td-post-author-name"><div class="td-author-by">Di</div> '
        '<a href="/author/redazione/">redazione</a></div></div>'
    )
    teaser = (
        '<div class="td_module_6 td_module_wrap"><h3><a href="/b/">Bridge</a></h3>'
        '<span class="td-post-author-name"><a href="/author/mrossi/">Mario Rossi</a></span></div>'
    )
    body = f'<div class="td-post-content">{byline}{PARAS}</div><aside>{teaser}</aside>'
    article = extract_article(page("", body, "it"), "https://gazzetta.example/a/")
    assert article.authors == []


@pytest.mark.parametrize("job", ["Sportreporter", "Redaktör", "Volontärin", "Periodista"])
def test_a_job_title_beside_the_name_in_a_byline_block_is_left_out(job: str) -> None:
    byline = (
        '<div class="byline"><div class="byline__info"><span class="byline__name">Erik Lind'
        f'</span><span class="byline__title">{job}</span></div></div>'
    )
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body, "sv"), "https://herald.example/a/").authors == [
        "Erik Lind"
    ]


@pytest.mark.parametrize("label", ["Autor", "Autorka"])
def test_a_polish_closing_credit_names_the_writer_of_a_wire_story(label: str) -> None:
    node = {
        "@type": "NewsArticle",
        "headline": "Powódź",
        "author": {"@type": "Organization", "name": "PAP"},
    }
    body = f"<article><h1>Powódź</h1>{PARAS}<p>{label}: Anna Nowak (PAP)</p></article>"
    a = extract_article(page(jsonld(node), body, "pl"), "https://herald.example.pl/a/")
    assert a.authors == ["Anna Nowak"]


@pytest.mark.parametrize(
    "credit",
    [
        "Opracowała: Anna Nowak",  # ("compiled by", as a verb: a woman's, a man's)
        "Opracował: Anna Nowak",
        "Tekst: Anna Nowak, zdjęcia: Jan Kowalski",  # (the pictures' credit after it)
        "Tekst: Anna Nowak Zdjęcia: Jan Kowalski",  # (without a mark between)
    ],
)
def test_a_polish_byline_label_names_the_writer(credit: str) -> None:
    body = f"<article><h1>Powódź</h1><p>{credit}</p>{PARAS}</article>"
    a = extract_article(page("", body, "pl"), "https://herald.example.pl/a/")
    assert a.authors == ["Anna Nowak"]
    assert "Nowak" not in a.body


def test_handle_in_metadata_takes_the_display_name_the_byline_prints() -> None:
    head = '<meta name="author" content="rinaroy">'
    body = f'<article><h1>Floods</h1>{PARAS}<p class="byline">von Rina Roy</p></article>'
    assert extract_article(page(head, body), "https://herald.example/a/").authors == ["Rina Roy"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Ghost's JSON-LD names the primary author; its byline, every writer
        (
            '<h4 class="author-name"><a href="/author/ann/">Ann Lee</a>, '
            '<a href="/author/bo/">Bo Wen</a></h4>',
            ["Ann Lee", "Bo Wen"],
        ),
        ('<p class="byline">By Ann Lee and Bo Wen</p>', ["Ann Lee", "Bo Wen"]),
        # (a teaser's byline is no co-writer's)
        (
            '<p class="byline">By Ann Lee</p><div class="more"><h3><a href="/dams/">Dams</a>'
            '</h3><p class="byline">By Bo Wen</p></div>',
            ["Ann Lee"],
        ),
    ],
)
def test_a_byline_naming_json_lds_one_author_with_others_names_them_all(
    byline: str, expected: list[str]
) -> None:
    head = jsonld({"@type": "Article", "headline": "Floods", "author": {"name": "Ann Lee"}})
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    assert extract_article(page(head, body), "https://herald.example/floods/").authors == expected


def test_author_of_a_forum_post_or_recipe_in_json_ld() -> None:
    post = {"@type": "DiscussionForumPosting", "headline": "Floods", "author": {"name": "rina_r"}}
    reply = {"@type": "DiscussionForumPosting", "author": {"name": "ann_l"}}
    html = page(jsonld([post, reply]), f"<h1>Floods</h1>{PARAS}")
    assert extract_article(html, "https://forum.example/t/1").authors == ["rina_r"]


@pytest.mark.parametrize(
    ("persons", "expected"),
    [
        (["Gabriela Marmori"], ["Gabriela Marmori"]),
        (["Gabriela Marmori", "Ann Lee"], []),  # which one wrote it is not said
        (["sv_team"], []),  # a team's account
    ],
)
def test_sole_person_of_a_yoast_graph_without_an_article_node(
    persons: list[str], expected: list[str]
) -> None:
    graph = {
        "@graph": [
            {"@type": "WebPage", "@id": "https://hoy.example/a/#webpage", "name": "Floods"},
            *(
                {"@type": "Person", "@id": f"#/schema/person/{i}", "name": n}
                for i, n in enumerate(persons)
            ),
        ]
    }
    html = page(jsonld(graph), f"<h1>Floods</h1>{PARAS}")
    assert extract_article(html, "https://hoy.example/a/").authors == expected


def test_one_word_person_name_completed_by_its_description() -> None:
    graph = {
        "@graph": [
            {"@type": "NewsArticle", "headline": "Floods", "author": {"@id": "#p", "name": "Rina"}},
            {"@type": "Person", "@id": "#p", "name": "Rina", "description": "Rina Roy writes."},
        ]
    }
    html = page(jsonld(graph), f"<h1>Floods</h1>{PARAS}")
    assert extract_article(html, "https://herald.example/a/").authors == ["Rina Roy"]


def test_blog_named_after_its_user_on_a_blog_host_keeps_the_byline() -> None:
    head = '<meta property="og:site_name" content="Rinaroy">'
    byline = '<a rel="author" href="/author/rinaroy/">rinaroy</a>'
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    url = "https://rinaroy.wordpress.com/2025/07/01/floods/"
    assert extract_article(page(head, body), url).authors == ["rinaroy"]
    # on its own domain, a blog's name is the site's, never an author
    assert extract_article(page(head, body), "https://rinaroy.example/floods/").authors == []


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
        # a segment inside one of the heading's words is no segment the heading prints
        ("Geschichte - Sankt Georgs Knabenchor Ulm", "Chorgeschichte", "Chorgeschichte"),
    ],
)
def test_title_without_metadata_weighs_h1_against_html_title(
    html_title: str, h1: str, expected: str
) -> None:
    html = page(f"<title>{html_title}</title>", f"<h1>{h1}</h1>{PARAS}")
    assert extract_article(html, "https://blog.example/p/1").title == expected


def test_title_printed_as_a_subheading_beats_a_section_banner_h1() -> None:
    # webmd.com (2015): the <h1> is the section's banner; the <title>, with no site name to
    # strip, is the headline the article prints as an <h2>
    head = "<title>Babies Who Eat Peanuts Early May Avoid Allergy</title>"
    body = (
        '<div class="titlebar"><h1>Allergies Health Center</h1></div>'
        f"<div><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>{PARAS}</div>"
    )
    assert extract_article(page(head, body), "https://news.example/2015/peanuts").title == (
        "Babies Who Eat Peanuts Early May Avoid Allergy"
    )


@pytest.mark.parametrize(
    "masthead",
    [
        '<h1><a href="/">Liebe geht durch den Magen</a></h1>',
        '<h1 class="site-title"><a href="https://blog.example">Liebe geht durch den Magen</a></h1>',
        '<h1><a href="https://blog.example/" rel="home">Liebe geht durch den Magen</a></h1>',
        '<div class="logo"><h1><a href="/de/">Liebe geht durch den Magen</a></h1></div>',
        '<h1 class="site-title">Liebe geht durch den Magen</h1>',
        '<a href="/"><h1><span>Liebe geht durch den Magen</span></h1></a>',
    ],
)
def test_title_h1_linking_home_is_the_sites_name(masthead: str) -> None:
    head = "<title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title>"
    html = page(head, f"<header>{masthead}</header><h2>Rinderleber</h2>{PARAS}")
    assert extract_article(html, "https://blog.example/p/1").title == (
        "Rinderleber mit Apfel und Zwiebel"
    )


def test_title_with_a_double_hyphen_site_suffix_beside_a_home_linked_masthead() -> None:
    head = (
        '<meta property="og:site_name" content="Gadgetry">'
        '<meta property="og:title" content="Set-top boxes get a new guide">'
        "<title>Set-top boxes get a new guide -- Gadgetry</title>"
    )
    masthead = '<a href="/"><h1><span>Gadgetry</span></h1></a>'
    html = page(head, f"<header>{masthead}</header><div>{masthead}</div>{PARAS}")
    assert extract_article(html, "https://gadgetry.example/p/1").title == (
        "Set-top boxes get a new guide"
    )


def test_title_masthead_after_a_single_guillemet() -> None:
    head = "<title>Historic market › Fortified Church of Horka e.V</title>"
    masthead = '<h1><a href="https://horka.example/">Fortified Church of Horka e.V</a></h1>'
    html = page(head, f"<header>{masthead}</header><h2>Historic market</h2>{PARAS}")
    assert extract_article(html, "https://horka.example/events/887/").title == "Historic market"


def test_title_a_heading_with_the_sites_name_alone_is_a_masthead_without_a_link() -> None:
    head = "<title>Startseite - Valley Herald</title>"
    body = "<h1>Valley Herald</h1><h1>Council approves the budget after a debate</h1>"
    a = extract_article(page(head, body + PARAS), "https://valleyherald.example/a")
    assert a.title == "Council approves the budget after a debate"


def test_title_without_the_sites_name_on_a_subdomain() -> None:
    head = "<title>Council approves the budget - Valley Herald Online</title>"
    a = extract_article(page(head, PARAS), "https://amp.valleyherald.co.uk/news/budget")
    assert a.title == "Council approves the budget"


def test_title_a_metadata_title_that_is_the_sites_name_is_the_last_resort() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Herald">'
        '<meta property="og:title" content="Valley Herald">'
        '<meta name="twitter:title" content="Council approves the budget">'
    )
    a = extract_article(page(head, PARAS), "https://valleyherald.example/news/budget")
    assert a.title == "Council approves the budget"


_LONG = (
    "Council approves the new budget after a long debate that stretched past midnight"
    " and drew a crowd of residents to the chamber"
)


@pytest.mark.parametrize(
    "cut",
    [
        f'<meta property="og:title" content="{_LONG[:95]}…">',  # with an ellipsis
        jsonld({"@type": "NewsArticle", "headline": _LONG[:110]}),  # at 110 characters
    ],
)
def test_title_a_metadata_title_cut_short_gives_way_to_the_whole(cut: str) -> None:
    head = cut + f"<title>{_LONG} - Valley Herald</title>"
    a = extract_article(page(head, PARAS), "https://valleyherald.example/news/budget")
    assert a.title == _LONG


@pytest.mark.parametrize("heading", ["h2", "h3"])
def test_title_the_heading_over_the_story_when_the_metadata_names_only_the_site(
    heading: str,
) -> None:
    """A theme whose ``<h1>`` is the logo, on a site whose ``<title>`` is its name alone: the
    headline is the heading just before the story's first paragraph."""
    body = (
        '<header><h1><a href="/" rel="home"><img src="/logo.svg" alt="Valley Herald"></a></h1>'
        '<nav><h2>Sections</h2><a href="/news">News</a></nav></header>'
        f'<main><div class="post"><{heading}>Council approves the budget after a long night'
        f'</{heading}><div class="meta">12 May 2024</div><div class="entry">{PARAS}</div></div>'
        '<aside><h2>Most read</h2><a href="/x">Other story</a></aside></main>'
    )
    head = '<title>Valley Herald</title><meta property="og:site_name" content="Valley Herald">'
    a = extract_article(page(head, body), "https://valleyherald.example/council-budget/")
    assert a.title == "Council approves the budget after a long night"


def test_title_no_heading_over_the_story_leaves_the_sites_name() -> None:
    body = f'<h1><a href="/">Valley Herald</a></h1><div class="entry">{PARAS}</div>'
    head = "<title>Valley Herald</title>"
    a = extract_article(page(head, body), "https://valleyherald.example/council-budget/")
    assert a.title == "Valley Herald"


def test_title_masthead_rather_than_none() -> None:
    html = page("", '<h1><a href="/">Rina Roy</a></h1>' + PARAS)
    assert extract_article(html, "https://blog.example/p/1").title == "Rina Roy"


ARTICLE = '<meta property="og:type" content="article">'


@pytest.mark.parametrize(
    ("og_title", "h1"),
    [
        ("Brexit: Nervenkrieg geht in nächste Runde", "Der Nervenkrieg um den Brexit geht weiter"),
        ("Firmenwagen: Leasen oder Finanzieren?", "Firmenwagen: Leasing oder Finanzierung?"),
    ],
)
def test_title_headline_wins_over_a_differently_worded_seo_title(og_title: str, h1: str) -> None:
    head = ARTICLE + f'<meta property="og:title" content="{og_title}">'
    a = extract_article(
        page(head, f"<article><h1>{h1}</h1>{PARAS}</article>"), "https://x.example/a"
    )
    assert a.title == h1


@pytest.mark.parametrize(
    ("og_title", "h1", "url"),
    [
        # the site's name, as a word of the headline
        (
            "Puppies to buy – a guide to every breed",
            "Puppies to buy – a guide to every breed",
            "https://puppiestobuy24.example/",
        ),
        # the site's name opens the headline, and follows it in the metadata title
        (
            "L’Université Herald : quand les écoles fusionnent | Herald",
            "L’Université Herald : quand les écoles fusionnent",
            "https://herald.example/news/merge",
        ),
    ],
)
def test_title_headline_keeps_words_of_the_sites_name(og_title: str, h1: str, url: str) -> None:
    head = ARTICLE + f'<meta property="og:title" content="{og_title}">'
    a = extract_article(page(head, f"<article><h1>{h1}</h1>{PARAS}</article>"), url)
    assert a.title == h1


def test_title_from_metadata_alone_loses_the_sites_name() -> None:
    og_title = "L’Université Herald : quand les écoles fusionnent | Herald"
    head = ARTICLE + f'<meta property="og:title" content="{og_title}">'
    a = extract_article(page(head, PARAS), "https://herald.example/news/merge")
    assert a.title == "quand les écoles fusionnent"


def test_title_heading_opening_with_the_sites_name_is_a_masthead() -> None:
    head = "<title>Children and work » KidsAid e.V.</title>"
    # the heading shares words with the title, but opens with what <title> names the site
    h1 = "<h1>KidsAid e.V. <span>For children at work and their families</span></h1>"
    a = extract_article(page(head, h1 + PARAS), "https://kidsaid.example/work/")
    assert a.title == "Children and work"


def test_title_unrelated_headline_gives_way_to_metadata() -> None:
    head = ARTICLE + '<meta property="og:title" content="Herald ferry capsizes">'
    # one shared word besides the site's name is not the same story
    h1 = "<h1>Herald ferry timetable</h1>"
    a = extract_article(page(head, f"<article>{h1}{PARAS}</article>"), "https://herald.example/a")
    assert a.title == "Herald ferry capsizes"


def test_title_first_heading_is_a_section_name() -> None:
    head = '<meta property="og:title" content="Grab rider flies to Singapore, Thailand">'
    body = '<h1><a href="/cat/bangkok">Bangkok</a></h1><h1>Grab rider flies to Singapore</h1>'
    a = extract_article(page(head, body + PARAS), "https://x.example/a")
    assert a.title == "Grab rider flies to Singapore"


def test_an_h1_marked_as_the_alternative_headline_is_not_the_title() -> None:
    head = (
        "<title>Millennial Decorating Mistakes | POPSUGAR Home</title>"
        '<meta property="og:title" content="The 5 Biggest Decorating Mistakes Millennials Make">'
    )
    body = (
        '<h1 itemprop="alternativeHeadline">Millennial Decorating Mistakes</h1>'
        '<h2 itemprop="headline">The 5 Biggest Decorating Mistakes Millennials Make</h2>' + PARAS
    )
    a = extract_article(page(head, body), "https://sugar.example/home/Millennial-Mistakes-4269")
    assert a.title == "The 5 Biggest Decorating Mistakes Millennials Make"


def test_a_blogs_banner_heading_is_no_headline() -> None:
    head = (
        "<title>Why Does Slack Say Hummus? - The Schmooze – Forward.com</title>"
        '<meta property="og:title" content="The Adorable Reason Slack Says Hummus">'
    )
    body = "<h1><span>The Schmooze:</span><br> Your Jewish Pop Culture Fix</h1>" + PARAS
    a = extract_article(page(head, body), "https://forward.example/schmooze/358592/hummus/")
    assert a.title == "The Adorable Reason Slack Says Hummus"


def test_title_headline_after_several_navigation_headings() -> None:
    head = "<title>Regional finals in Berlin - Berlin Track and Field Association</title>"
    nav = "".join(f"<h1>{name}</h1>" for name in ("Quicklinks", "Navigation", "Press"))
    body = nav + "<h1>Regional finals in Berlin</h1><h1>Sponsors and partners</h1>" + PARAS
    a = extract_article(page(head, body), "https://athletics.example/press/finals")
    assert a.title == "Regional finals in Berlin"


_PLAIN_SPAN_KICKER = (
    '<h1 class="entry-title"><span style="color: blue">Energy:</span> Climate pioneers?</h1>'
)
_LINE_KICKER = "<h1><span>100th birthday</span><br>Survivor turns 100</h1>"
_BARE_LINE_KICKER = "<h1>100th birthday<br>Survivor turns 100</h1>"


@pytest.mark.parametrize(
    ("h1", "og_title", "expected"),
    [
        # the metadata repeats the headline without its kicker (a plain <span>)
        (_PLAIN_SPAN_KICKER, "Climate pioneers? - Herald", "Climate pioneers?"),
        # ... or with it: the whole headline
        (_PLAIN_SPAN_KICKER, "Energy: Climate pioneers?", "Energy: Climate pioneers?"),
        # the same words, the kicker set off by a colon where the heading has a line break
        (_LINE_KICKER, "100th birthday: Survivor turns 100", "100th birthday: Survivor turns 100"),
        # a first line of a few words, without an element of its own
        (_BARE_LINE_KICKER, "Survivor turns 100", "Survivor turns 100"),
        # punctuation without words before it is no kicker
        (
            _LINE_KICKER,
            "...: 100th birthday Survivor turns 100",
            "100th birthday Survivor turns 100",
        ),
    ],
)
def test_title_kicker_as_the_metadata_prints_it(h1: str, og_title: str, expected: str) -> None:
    head = f'<meta property="og:title" content="{og_title}">'
    a = extract_article(page(head, f"<article>{h1}{PARAS}</article>"), "https://herald.example/a")
    assert a.title == expected


def test_title_kicker_that_only_html_title_repeats_gives_way_to_structured_data() -> None:
    head = (
        "<title>Open Progress - Why teams beat individuals | Open Future | Herald</title>"
        '<meta property="og:title" content="Why teams beat individuals">'
    )
    h1 = (
        '<h1><span class="sub">Open Progress</span><br><span>Why teams beat individuals</span></h1>'
    )
    a = extract_article(page(head, f"<article>{h1}{PARAS}</article>"), "https://herald.example/a")
    assert a.title == "Why teams beat individuals"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the page's one heading, a phrase: the metadata title is a generic page name
        ("<h1>The strategic think tank</h1>", "The strategic think tank"),
        # a one-word heading is a label
        ("<h1>Details</h1>", "About Us"),
        # of several headings, none agreeing with the metadata, none is sure to be the title
        ("<h1>The strategic think tank</h1><h1>Our team of experts</h1>", "About Us"),
    ],
)
def test_title_sole_heading_over_a_generic_metadata_title(body: str, expected: str) -> None:
    head = '<meta property="og:title" content="About Us - Shabka"><title>About Us - Shabka</title>'
    a = extract_article(page(head, body + PARAS), "https://shabka.example/about-us/")
    assert a.title == expected


@pytest.mark.parametrize(
    "html_title",
    [
        "Einzelansicht - Valley Herald",
        "Local News | Valley Herald",
        "Valley Herald: News",
        # the site's name, then its tagline, where the page has one heading
        "Valley Herald - Your trusted local newspaper",
    ],
)
def test_title_headline_over_a_page_name_in_html_title(html_title: str) -> None:
    # a CMS that names every article page alike: the <h1> is the headline
    h1 = "<h1>Council approves the budget after a long debate</h1>"
    a = extract_article(
        page(f"<title>{html_title}</title>", h1 + PARAS), "https://valleyherald.example/a"
    )
    assert a.title == "Council approves the budget after a long debate"


@pytest.mark.parametrize(
    "head",
    [
        "<title>Council approves the budget after a debate - Lokales - Valley Herald</title>",
        '<meta property="og:title" content="Budget: Council approves the budget after a debate">',
    ],
)
def test_title_an_h2_headline_on_a_page_without_h1(head: str) -> None:
    # a theme that prints the post's title in an <h2>; the metadata adds a section or kicker
    body = "<h2>Latest news</h2><h2>Council approves the budget after a debate</h2>"
    a = extract_article(page(head, body + PARAS), "https://valleyherald.example/lokales/a")
    assert a.title == "Council approves the budget after a debate"


def test_title_stays_the_pages_name_when_the_body_opens_with_no_heading() -> None:
    head = "<title>Valley Herald | Gaspreise</title>"
    body = f"<div class='news'><p>Council caps the price of gas for the winter.</p>{PARAS}</div>"
    a = extract_article(page(head, body), "https://valleyherald.example/preise/news-18725/")
    assert a.title == "Gaspreise"


def test_title_an_h2_headline_under_an_h1_label() -> None:
    # the <h1> is a label that the metadata title holds as a small part; the <h2> is most of it
    head = '<meta property="og:title" content="Budget: Council approves the budget after a debate">'
    body = "<h1>Budget</h1><h2>Council approves the budget after a debate</h2>"
    a = extract_article(page(head, body + PARAS), "https://valleyherald.example/lokales/a")
    assert a.title == "Council approves the budget after a debate"


@pytest.mark.parametrize(
    ("html_title", "url"),
    [
        ("Council approves budget - Local - Valley Herald", "https://vh.example/news/local/budget"),
        ("Local News - Council approves budget - Valley Herald", "https://vh.example/local-news/b"),
        ("News » Council approves budget » Valley Herald", "https://vh.example/news/budget"),
        # a section every news site has, whatever the address
        ("Council approves budget - Politik - Valley Herald", "https://vh.example/a/123"),
        # the folder spells the section's umlaut as "ue"
        ("Council approves budget - München - Valley Herald", "https://vh.example/muenchen/b"),
    ],
)
def test_title_without_the_section_that_its_address_names(html_title: str, url: str) -> None:
    head = f'<title>{html_title}</title><meta property="og:site_name" content="Valley Herald">'
    assert extract_article(page(head, PARAS), url).title == "Council approves budget"


def test_title_from_metadata_in_the_typography_of_html_title() -> None:
    head = (
        '<meta property="og:title" content="Tastings January - May 2020">'
        "<title>Tastings January – May 2020 - whisky.example</title>"
    )
    a = extract_article(page(head, PARAS), "https://whisky.example/t/1")
    assert a.title == "Tastings January – May 2020"


@pytest.mark.parametrize(
    "mark", ['<span class="plus">Plus</span>', '<span class="paywall-icon">Abo</span>']
)
def test_title_without_a_subscriptions_mark(mark: str) -> None:
    head = '<meta property="og:title" content="Council approves the new budget">'
    h1 = f"<h1>Council approves the new budget {mark}</h1>"
    a = extract_article(page(head, h1 + PARAS), "https://herald.example/a")
    assert a.title == "Council approves the new budget"


def test_title_a_heading_inside_a_teasers_link_is_not_the_headline() -> None:
    # "more from us" cards before the story: each a link around a picture and an <h1>
    cards = "".join(
        f'<li><a href="/s{i}/"><img src="/{i}.jpg" alt=""><h1>Visit the lakes {i}</h1></a></li>'
        for i in range(3)
    )
    head = "<title>Rovers beat Leeds United in a late comeback | Valley Herald</title>"
    h1 = "<h1>Rovers beat United in a late comeback</h1>"
    a = extract_article(page(head, f"<ul>{cards}</ul>{h1}{PARAS}"), "https://vh.example/rovers")
    assert a.title == "Rovers beat United in a late comeback"


def test_title_headline_that_opens_html_title_before_its_dek() -> None:
    # <title> repeats the headline and the dek under it in an <h2>: the <h2> is no headline
    head = "<title>Council passes budget - Schools and roads get more money - vh.example</title>"
    body = "<h1>Council passes budget</h1><h2>Schools and roads get more money</h2>"
    a = extract_article(page(head, body + PARAS), "https://vh.example/news/budget")
    assert a.title == "Council passes budget"


def test_title_of_an_archived_copy_without_its_sites_name() -> None:
    # the site's name is the archived page's host's, not the archive's
    head = "<title>Floods hit the town - valley herald online</title>"
    body = '<h1><a href="/">The Herald</a></h1>' + PARAS
    url = "https://web.archive.org/web/20171008220355/http://valleyherald.example/floods/"
    assert extract_article(page(head, body), url).title == "Floods hit the town"


def test_title_beside_a_logo_heading_that_prints_it() -> None:
    # the logo's <h1> holds the page's title and the site's name: not a name of the site
    head = "<title>Council passes the new budget » Local » News » Valley Herald</title>"
    logo = '<div class="logo"><h1>Council passes the new budget<b>Valley Herald</b></h1></div>'
    a = extract_article(page(head, logo + PARAS), "https://valleyherald.example/local/budget")
    assert a.title == "Council passes the new budget"


def test_title_of_a_blog_post_whose_h1_is_the_blogs_name() -> None:
    # WordPress's old default theme: the blog's name in an <h1>, the post's in an <h2>
    head = "<title>Valley Notes » Blog Archive » Floods hit town</title>"
    body = '<h1>Valley Notes</h1><div class="post"><h2>Floods hit town</h2>' + PARAS + "</div>"
    a = extract_article(page(head, body), "https://blogs.example/notes/2013/02/floods/")
    assert a.title == "Floods hit town"


_WITH_BLOG = "Floods hit the town – Notes from the Valley"


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        ("Notes from the Valley &raquo; Feed", "Floods hit the town"),
        ("Notes from the Valley - Atom", "Floods hit the town"),
        # a feed named after the page, or the comments' feed, names no site
        ("Floods hit the town RSS", _WITH_BLOG),
        ("Notes from the Valley &raquo; Comments Feed", _WITH_BLOG),
    ],
)
def test_title_without_the_blogs_name_that_its_feed_tells(feed: str, expected: str) -> None:
    # no og:site_name: the site's name is the one its feed's title gives
    head = (
        f"<title>{_WITH_BLOG}</title>"
        f'<link rel="alternate" type="application/rss+xml" title="{feed}" href="/feed/">'
    )
    a = extract_article(page(head, PARAS), "https://valleyblog.example/2013/02/floods/")
    assert a.title == expected


@pytest.mark.parametrize(
    "hidden", ["sr-only", "screen-reader-text", "u-visually-hidden", "nav-assistive", "aural"]
)
def test_title_a_heading_only_screen_readers_read_is_not_the_headline(hidden: str) -> None:
    head = "<title>Budget news | Valley Herald</title>"
    body = (
        f'<h1 class="{hidden}">Main navigation</h1><nav><a href="/a">News</a></nav>'
        "<h1>Council passes the budget</h1>" + PARAS
    )
    a = extract_article(page(head, body), "https://valleyherald.example/budget")
    assert a.title == "Council passes the budget"


@pytest.mark.parametrize(
    "block",
    [
        '<aside><h1>Related stories</h1><a href="/b">Roads</a></aside>',
        '<footer><h1>About us</h1><a href="/about">More</a></footer>',
    ],
)
def test_title_a_sidebars_or_footers_heading_is_not_the_headline(block: str) -> None:
    head = "<title>Budget news | Valley Herald</title>"
    body = f"{block}<h1>Council passes the budget</h1>{PARAS}"
    a = extract_article(page(head, body), "https://valleyherald.example/budget")
    assert a.title == "Council passes the budget"


def test_title_without_a_thread_label() -> None:
    h1 = '<h1><a href="/t/1"><span class="label label--blue">Patch Notes</span> Patch 4.47</a></h1>'
    a = extract_article(page("<title>Forum</title>", h1 + PARAS), "https://forum.example/t/1")
    assert a.title == "Patch 4.47"


def test_meta_title_cut_at_an_unescaped_quote_is_restored_from_html_title() -> None:
    head = (
        '<title>Senator calls Biden "unfit"</title>'
        '<meta property="og:title" content="Senator calls Biden "unfit"">'
    )
    a = extract_article(page(head, PARAS), "https://herald.example/a/")
    assert a.title == 'Senator calls Biden "unfit"'


# -- dates: the header's today and sidebars never win -------------------------------------------


def test_an_embedded_posts_time_is_not_the_articles_date() -> None:
    embed = (
        '<blockquote class="instagram-media"><p>A photo posted by Joanne on <time '
        'datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016 at 9:10am PST</time></p></blockquote>'
    )
    dated = '<div class="info"><time class="published-date">December 7, 2016 @ 3:53 PM</time></div>'
    body = f"<article><div><h1>Gaga</h1>{dated}</div>{PARAS}{embed}{PARAS}</article>"
    a = extract_article(page("", body), "https://mag.example/celebrity-news/gaga-w454419")
    assert a.published_at == "2016-12-07T15:53:00"


def test_an_embedded_posts_time_does_not_date_an_article_with_a_bare_date_line() -> None:
    # the article's own day is a bare line under the headline (htmldate's to find), the
    # embed's a classless timestamp (a <time> holding a time of day), read by no rule
    embed = (
        '<blockquote class="instagram-media"><div><p>Opening day</p><p>A post shared by'
        ' Ann Lee <time datetime="2024-02-02T10:00:00+00:00">Feb 2, 2024 at 2:00am PST'
        "</time></p></div></blockquote>"
    )
    body = f"<main><h1>Bridge opens to traffic</h1><div>7 March 2024</div>{PARAS}{embed}</main>"
    a = extract_article(page(body=body), "https://x.example/bridge-opens")
    assert a.published_at == "2024-03-07"


def test_a_printed_pm_time_is_read_as_the_afternoon() -> None:
    # the email-date parser read "10:45 pm" as 10:45; the UTC instant in structured data
    # is the same moment: the page's local time is what readers saw
    head = '<meta property="article:published_time" content="2024-01-05T17:15:00+00:00">'
    dated = '<span class="entry-date published">January 5, 2024 10:45 pm</span>'
    body = f"<article><h1>Flyover opens</h1><div class='entry-meta'>{dated}</div>{PARAS}</article>"
    a = extract_article(page(head, body), "https://tripura.example/cm-inaugurates-flyover/")
    assert a.published_at == "2024-01-05T22:45:00+05:30"  # the offset from the UTC stamp


def test_labelled_date_in_the_text_comes_before_htmldate_guesses() -> None:
    body = (
        "<h1>Episode 158</h1>" + PARAS + "<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p>"
        "<p>Nächste Folge: 24.08.2019</p>"
    )
    a = extract_article(page("", body, lang="de"), "https://podcast.example/res158/")
    assert a.published_at == "2019-08-16"


def test_labelled_date_with_a_two_digit_year_is_read_in_the_pages_order() -> None:
    # htmldate reads 12/10/16 day first (12 October) on this US page: it is 10 December
    body = "<h1>Echo or Home?</h1>" + PARAS + "<ul><li>Published 12/10/16</li></ul>"
    a = extract_article(page("", body, lang="en-US"), "https://geek.example/282568/echo/")
    assert a.published_at == "2016-12-10"


@pytest.mark.parametrize(
    "meta",
    [
        "By Ann Lee | Updated: Mar 14, 2024, 10:15 IST | Published: Mar 12, 2024, 09:00 IST",
        "<span>By Ann Lee | Updated: 14.03.2024</span> <span>Published: 12.03.2024</span>",
    ],
)
def test_a_publication_label_after_a_bylines_update_dates_the_story(meta: str) -> None:
    """News sites print the update first ("Updated: ... | Published: ..."): the day
    published is the publication label's, in the same text or the next element."""
    body = f'<h1>Flyover opens</h1><div class="byline">{meta}</div>{PARAS}'
    a = extract_article(page("", body, lang="en-IN"), "https://regional.example/flyover-opens")
    assert a.published_at is not None and a.published_at[:10] == "2024-03-12"


def test_a_bylines_update_alone_still_dates_the_story() -> None:
    body = f'<h1>Flyover opens</h1><p class="byline">By Ann Lee | Updated: 14.03.2024</p>{PARAS}'
    a = extract_article(page("", body, lang="en-IN"), "https://regional.example/flyover-opens")
    assert a.published_at is not None and a.published_at[:10] == "2024-03-14"


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("opublikowano:  7 kwietnia 2021", "7 kwietnia 2021"),
        ("Gepubliceerd op 7 april 2021", "7 april 2021"),
        ("Publicerad 7 april 2021", "7 april 2021"),
        ("Julkaistu 7.4.2021", "7.4.2021"),
        ("Publicat: 7 aprilie 2021", "7 aprilie 2021"),
        ("Objavljeno: 07.04.2021.", "07.04.2021"),
        ("Опубликовано 7 апреля 2021", "7 апреля 2021"),
        ("Δημοσιεύθηκε: 7 Απριλίου 2021", "7 Απριλίου 2021"),
        ("Közzétéve: 2021. április 7.", "2021. április 7."),
        ("Yayınlanma: 7 Nisan 2021", "7 Nisan 2021"),
        ("Diterbitkan 7 April 2021", "7 April 2021"),
        ("Zveřejněno 7. dubna 2021", "7. dubna 2021"),
        # the regional press's other publication labels
        ("Geplaatst op 7 april 2021", "7 april 2021"),
        ("Gepost op: 7 april 2021", "7 april 2021"),
        ("Dodano: 7 kwietnia 2021", "7 kwietnia 2021"),
        ("Opublikowano dnia 7 kwietnia 2021", "7 kwietnia 2021"),
        ("Publiceret 7. april 2021", "7. april 2021"),
        ("Offentliggjort: 7. april 2021", "7. april 2021"),
        ("Vydáno 7. dubna 2021", "7. dubna 2021"),
        ("Megjelent: 2021. április 7.", "2021. április 7."),
        ("Publikálva: 2021. április 7.", "2021. április 7."),
        ("Publicat pe 7 aprilie 2021", "7 aprilie 2021"),
        ("Дата публикации: 7 апреля 2021", "7 апреля 2021"),
        ("Дата публікації: 7 квітня 2021", "7 квітня 2021"),
        ("Yayın tarihi: 7 Nisan 2021", "7 Nisan 2021"),
        ("Diterbitkan pada 7 April 2021", "7 April 2021"),
        ("Diposting 7 April 2021", "7 April 2021"),
        ("Ditayangkan: 7 April 2021", "7 April 2021"),
        ("Mis en ligne le 7 avril 2021", "7 avril 2021"),
        ("Paru le 7 avril 2021", "7 avril 2021"),
        ("Publicada em 7 de abril de 2021", "7 de abril de 2021"),
        ("Postado em 7 de abril de 2021", "7 de abril de 2021"),
        ("Pubblicata il 7 aprile 2021", "7 aprile 2021"),
        ("Eingestellt am 07.04.2021", "07.04.2021"),
        ("Erstveröffentlichung: 07.04.2021", "07.04.2021"),  # German's "first published"
        ("<span>Erstveröffentlichung</span> <span>07.04.2021</span>", "07.04.2021"),
        ("पब्लिश्ड: 7 अप्रैल 2021", "7 अप्रैल 2021"),
        # Turkish news sites' "entry" (and "created", "added") for the publication
        ("Giriş: 07.04.2021 10:15 | Güncelleme: 08.04.2021 12:00", "07.04.2021 10:15"),
        ("Oluşturulma Tarihi: 7 Nisan 2021", "7 Nisan 2021"),
        # "created", as Joomla's article info and Tamedia's French titles print it
        ("Created: 07 April 2021", "07 April 2021"),
        ("Created on Wednesday, 07 April 2021 10:15", "07 April 2021 10:15"),
        ("Créé: 07.04.2021, 10h15", "07.04.2021, 10h15"),  # its time too
        ("Créé le 7 avril 2021", "7 avril 2021"),
        # (an English label's "at": "Published at : November 5, 2024", a Nepali paper's)
        ("Published at : November 5, 2024", "November 5, 2024"),
        ("Creado 07/04/2021 10:15", "07/04/2021 10:15"),
        ("Creato: 07 Aprile 2021", "07 Aprile 2021"),
        ("Created Apr 7, 2021", None),  # a community's or an account's creation
        # a weekday in a Brahmic script after the label (its vowel signs are marks)
        ("प्रकाशित: बुधवार, 07 अप्रैल 2021 10:15 AM (IST)", "07 अप्रैल 2021 10:15 AM"),
        # a date of unstated kind is no publication label's
        ("Datum: 7. April 2021", None),
    ],
)
def test_publication_label_in_other_languages(label: str, date: str | None) -> None:
    doc = parse_html(page("", f'<h1>IPN</h1><div class="infobox">{label}</div>{PARAS}'))
    assert labelled_dates(doc) == ([date] if date else [])


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("வெளியிடப்பட்டது: 15 ஜன 2024, 09:45 AM", "15 ஜன 2024, 09:45 AM"),
        ("प्रकाशित तिथि : 5 जनवरी 2024", "5 जनवरी 2024"),
        ("പ്രസിദ്ധീകരിച്ചത്: ജനുവരി 5, 2024", "ജനുവരി 5, 2024"),
        ("প্ৰকাশিত: ৫ জানুৱাৰী ২০২৪", "৫ জানুৱাৰী ২০২৪"),
        ("Published: 5 ஜனவரி 2024", "5 ஜனவரி 2024"),
    ],
)
def test_publication_label_in_the_languages_of_india(label: str, date: str) -> None:
    """Labels in Indian scripts, and their month names, whose vowel signs are marks rather
    than letters (the month had to be three letters), are read."""
    doc = parse_html(page("", f'<h1>IPN</h1><div class="article-info">{label}</div>{PARAS}'))
    assert labelled_dates(doc) == [date]


def test_a_tamil_page_dated_only_by_its_label_gets_that_date() -> None:
    body = (
        "<h1>மதுரை ஜல்லிக்கட்டு: 1,000 காளைகள் பங்கேற்பு</h1>"
        "<div class='article-info'><span>எழுதியவர்: ச. பாலமுருகன்</span>"
        "<span>வெளியிடப்பட்டது: 15 ஜன 2024, 09:45 AM</span></div>"
        + "<p>மதுரை அவனியாபுரத்தில் இன்று காலை ஜல்லிக்கட்டு போட்டி கோலாகலமாக தொடங்கியது.</p>"
        * 5
    )
    a = extract_article(page("", body, lang="ta"), "https://seithigal.example/madurai-jallikattu")
    assert a.published_at == "2024-01-15T09:45:00"  # (the time printed with it)


@pytest.mark.parametrize(
    ("lang", "meta", "expected"),
    [
        # WordPress's "Posted on" and the permalink holding the day (no <time>)
        ("es", 'Publicado el <a href="/f/" rel="bookmark">7 de marzo de 2024</a>', "2024-03-07"),
        ("it", 'Pubblicato il <a href="/f/" rel="bookmark">7 marzo 2024</a>', "2024-03-07"),
        ("pt", '<span class="meta-prep">Publicado em</span> <a href="/f/">7 de março de 2024</a>',
         "2024-03-07"),
        # the label in an element of its own, the date in the next
        ("nl", "<span>Gepubliceerd op:</span> <strong>7 maart 2024</strong>", "2024-03-07"),
        ("pl", "<b>Opublikowano:</b> <span>7 marca 2024</span>", "2024-03-07"),
        ("cs", "<span>Publikováno</span> <em>7. března 2024</em>", "2024-03-07"),
    ],
)  # fmt: skip
def test_a_publication_label_whose_date_the_next_element_prints(
    lang: str, meta: str, expected: str
) -> None:
    """Nothing else on these pages dates them (no structured data, no date class, a
    language htmldate does not read): the label says what the next element's date is."""
    body = f'<h1>Dorffest</h1><div class="entry-meta">{meta}</div>{PARAS}'
    a = extract_article(page("", body, lang=lang), "https://lokal.example/dorffest")
    assert a.published_at == expected


@pytest.mark.parametrize(
    ("lang", "meta"),
    [
        ("de", 'veröffentlicht am <a href="/p/" title="14:42" rel="bookmark">14 Feb ’20</a>'),
        ("en", "Posted on Feb 14, ’20 by Ann"),
    ],
)
def test_a_labelled_date_with_an_apostrophes_two_digit_year(lang: str, meta: str) -> None:
    """WordPress's "j M ’y" date format: the apostrophe makes the two digits a year."""
    body = (
        f'<div id="top"><span>20.05.2024</span></div><article><h2 class="entry-title">Social Media'
        f'</h2><div class="entry-meta"><span>{meta}</span></div>{PARAS}</article>'
    )
    a = extract_article(page(body=body, lang=lang), "https://x.example/social-media/")
    assert a.published_at == "2020-02-14"


def test_publication_label_comes_before_htmldate_in_polish() -> None:
    # htmldate alone took 2021-02-02 from elsewhere on the page this mirrors
    body = f'<h1>IPN</h1><div class="infobox">opublikowano:  7 kwietnia 2021</div>{PARAS}'
    body += "<p>Stand 02.02.2021</p>"
    a = extract_article(page("", body, lang="pl"), "https://x.example/a")
    assert a.published_at == "2021-04-07"


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


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # a UTC time on the day before the URL's: the URL's day is the local one
        ("2018-12-31T23:11:59+00:00", "2019-01-01"),
        ("2018-12-31T23:11:59Z", "2019-01-01"),
        # ... or on the day after it (New York at 21:25)
        ("2019-01-02T02:25:54+00:00", "2019-01-01"),
        # no zone of the world shows 05:00 UTC on the day before
        ("2018-12-31T05:00:00+00:00", "2018-12-31T05:00:00+00:00"),
        # the URL's day in UTC, and a local time a day off, are kept
        ("2019-01-01T23:11:59+00:00", "2019-01-01T23:11:59+00:00"),
        ("2019-01-02T13:43:46-05:00", "2019-01-02T13:43:46-05:00"),
    ],
)
def test_utc_time_a_day_off_the_urls_day_gives_way_to_it(published: str, expected: str) -> None:
    head = f'<meta property="article:published_time" content="{published}">'
    a = extract_article(page(head, PARAS), "https://blog.example/2019/01/01/new-year/")
    assert a.published_at == expected


def test_a_magazine_story_online_before_its_issue_keeps_its_pubdate_meta() -> None:
    """The URL names the print issue's day; the ``pubdate`` meta (a basic ISO day) the
    day the story went online, a week before. It was read as 1 January."""
    head = '<meta name="pubdate" content="20161128">'
    a = extract_article(page(head, PARAS), "https://mag.example/magazine/2016/12/05/mother")
    assert a.published_at == "2016-11-28"


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


def test_structured_dates_of_related_articles_do_not_count_as_a_republication() -> None:
    nodes = [
        {"@type": "NewsArticle", "headline": "Olympics", "datePublished": day}
        for day in (
            "2023-10-02T10:30:39+00:00",
            "2023-10-30T09:12:42+00:00",
            "2023-10-25T12:47:58+00:00",
        )
    ]
    a = extract_article(page(jsonld(nodes), PARAS), "https://herald.example/olympics/")
    assert a.published_at == "2023-10-02T10:30:39+00:00"


def test_a_wire_credited_story_takes_no_name_from_a_list_of_teaser_authors() -> None:
    teasers = "".join(
        f'<div class="dont_miss"><div class="dont_miss_author_name">{name}</div>'
        f'<div class="dont_miss_title">A column by {name}</div></div>'
        for name in ["Nan Lee", "Dylan Roe", "Diana Moe", "Jim Poe", "Ann Voe"]
    )
    body = f"<div><h1>Workers leave the state</h1>{PARAS}</div><div>{teasers}</div>"
    a = extract_article(page('<meta name="author" content="AP">', body), "https://post.example/w")
    assert a.authors == []
    assert a.agency == "AP"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By DAVID LIEBERMAN, Executive Editor", ["David Lieberman"]),
        ("By Jane Doe, Senior Writer", ["Jane Doe"]),
        (
            "By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers",
            ["Jordan Robertson", "Rachel Metz"],
        ),
    ],
)
def test_job_titles_in_a_byline_are_no_names(byline: str, expected: list[str]) -> None:
    body = f'<article><h1>Council votes</h1><p class="byline">{byline}</p>{PARAS}</article>'
    assert extract_article(page("", body), "https://herald.example/c").authors == expected


@pytest.mark.parametrize(
    "byline",
    [
        # the job title in a block of its own under the name
        '<a class="author" href="/author/rr">Rina Roy <div class="title">Senior Editor</div></a>',
        # a byline card: the name and the desk in blocks, the label in a screen-reader span
        '<div class="author"><span class="sr-only">Author</span><div>Rina Roy</div>'
        "<div>Guwahati</div></div>",
    ],
)
def test_blocks_inside_a_byline_element_are_fields_not_one_name(byline: str) -> None:
    body = f"<article><h1>Council votes</h1>{byline}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/c").authors == ["Rina Roy"]


@pytest.mark.parametrize(
    "credit",
    [
        '<figure><img src="/p.jpg"><div class="author">Ann Lee</div></figure>',
        '<div class="quote"><p>We will rebuild.</p><p class="quote-author">— Ann Lee</p></div>',
        '<blockquote><p>We will rebuild.</p><a href="/author/ann-lee/">Ann Lee, CEO</a>'
        "</blockquote>",
    ],
)
def test_a_pictures_credit_or_a_quotations_source_is_no_byline(credit: str) -> None:
    body = f"<article><h1>Council votes</h1>{PARAS}{credit}{PARAS}</article>"
    assert extract_article(page("", body), "https://herald.example/c").authors == []


def test_og_author_is_read_and_markup_inside_a_meta_byline_is_dropped() -> None:
    byline = (
        'By &lt;a href="/profiles/ann-lee"&gt;Ann Lee&lt;/a&gt;, '
        '&lt;a href="/profiles/jo-roy"&gt;Jo Roy&lt;/a&gt; and Bo Wen'
    )
    head = f"<meta property=\"og:author\" content='{byline}'>"
    body = f"<article><h1>Council votes</h1>{PARAS}</article>"
    a = extract_article(page(head, body), "https://herald.example/c")
    assert a.authors == ["Ann Lee", "Jo Roy", "Bo Wen"]


def test_an_organisation_as_json_ld_author_is_no_person_and_a_wire_one_is_the_agency() -> None:
    def article(org: str) -> dict:
        return {"@type": "NewsArticle", "headline": "Council votes", "author": {
            "@type": "Organization", "name": org}}  # fmt: skip

    byline = '<span itemprop="author name">Rina Roy</span>'
    body = f"<article><h1>Council votes</h1>{byline}{PARAS}</article>"
    a = extract_article(page(jsonld(article("NCA NewsWire")), body), "https://herald.example/c")
    assert a.authors == ["Rina Roy"]
    body = f"<article><h1>Council votes</h1>{PARAS}</article>"
    a = extract_article(page(jsonld(article("Reuters")), body), "https://herald.example/c")
    assert (a.authors, a.agency) == ([], "Reuters")


@pytest.mark.parametrize(
    "account", ["Polizeipräsidium Mittelfranken", "Kantonspolizei Aargau", "Stadtverwaltung Ulm"]
)
def test_a_public_office_posting_its_press_release_is_no_author(account: str) -> None:
    # a local site posts the police's release under an account named after the office
    data = {"@type": "NewsArticle", "headline": "Einbruch", "author": {
        "@type": "Person", "name": account}}  # fmt: skip
    head = f'{jsonld(data)}<meta name="author" content="{account}">'
    body = f'<article><h1>Einbruch</h1><a rel="author" href="/author/p/">{account}</a>{GERMAN}'
    a = extract_article(page(head, body + "</article>", lang="de"), "https://herald.example/c")
    assert a.authors == []


def test_a_wire_service_as_a_json_ld_person_is_the_agency_and_names_nobody() -> None:
    # a broadcaster's affiliate runs the network's copy, credited to a "Person" named so
    data = {"@type": "NewsArticle", "headline": "Council votes", "author": [
        {"@type": "Person", "name": "KBC Wire"}]}  # fmt: skip
    body = f"<article><h1>Council votes</h1>{PARAS}</article>"
    a = extract_article(page(jsonld(data), body), "https://kbc13.example/c")
    assert (a.authors, a.agency) == ([], "KBC")


def test_a_wire_story_s_closing_credit_line_names_its_reporters() -> None:
    # Reuters' copy, on reuters.com or republished under a regional site's JSON-LD that
    # credits the wire: the reporters and the writer are the authors, not the editors
    article = {"@type": "NewsArticle", "headline": "Pope returns to Castel Gandolfo",
               "author": {"@type": "Organization", "name": "Reuters"}}  # fmt: skip
    credit = (
        "<p>(Reporting by Catherine Hornby and Ann Lee; Additional reporting by Bo Wen;"
        " Writing by Rina Roy; Editing by Sonya Hepinstall)</p>"
    )
    body = f"<article><h1>Pope returns to Castel Gandolfo</h1>{PARAS}{credit}</article>"
    a = extract_article(page(jsonld(article), body), "https://herald.example/world/pope")
    assert (a.authors, a.agency) == (["Catherine Hornby", "Ann Lee", "Rina Roy"], "Reuters")
    # a byline wins over the credit line
    byline = '<p class="byline">By Tom Ray</p>'
    body = f"<article><h1>Pope returns to Castel Gandolfo</h1>{byline}{PARAS}{credit}</article>"
    assert extract_article(page("", body), "https://herald.example/world/pope").authors == [
        "Tom Ray"
    ]


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Contact reporter Ann Lee at 555-0100 or alee@herald.example.", ["Ann Lee"]),
        ("Reach Ann Lee at alee@herald.example.", ["Ann Lee"]),
        ("Ann Lee can be reached at 555-0100.", ["Ann Lee"]),
        # a notice's contact for an event, not the reporter's
        ("Contact Ann Lee at 555-0100 for tickets.", []),
    ],
)
def test_a_reporter_s_contact_closing_the_story_names_its_writer(
    closing: str, authors: list[str]
) -> None:
    body = f"<article><h1>Council votes</h1>{PARAS}<p>{closing}</p></article>"
    assert extract_article(page("", body), "https://herald.example/news/c").authors == authors
    # a byline wins over it
    byline = "<p class='byline'>By Tom Ray</p>"
    body = f"<article><h1>Council votes</h1>{byline}{PARAS}<p>{closing}</p></article>"
    assert extract_article(page("", body), "https://herald.example/news/c").authors == ["Tom Ray"]


def test_a_cms_account_in_structured_data_gives_way_to_the_printed_byline() -> None:
    # carta.info (2012): <meta name="author" content="dehlix">, the uploader's account;
    # the post is signed "von Klaus-Peter Schöppner"
    head = '<meta name="author" content="dehlix">'
    byline = (
        '<span class="byline">von <a class="author url fn" href="/autor/kps/">Ann Lee</a></span>'
    )
    body = f"<article><h1>Der neue Trend</h1>{byline}{PARAS}</article>"
    assert extract_article(page(head, body, "de"), "https://blog.example/trend/").authors == [
        "Ann Lee"
    ]
    # the account alone is kept
    body = f"<article><h1>Der neue Trend</h1>{PARAS}</article>"
    assert extract_article(page(head, body, "de"), "https://blog.example/trend/").authors == [
        "dehlix"
    ]


def test_a_cms_account_in_the_bylines_markup_gives_way_to_a_labelled_byline_in_the_text() -> None:
    # Drupal's "Submitted by <account>" line, and the post's writer credited in its text
    submitted = (
        '<p class="submitted">Gespeichert von <span class="username" property="foaf:name">'
        'human</span> am <time datetime="2019-07-07T18:44:31+0200">7. Juli 2019</time></p>'
    )
    credit = "<p><strong>Vegetarisch leben</strong></p><p>Blog Beitrag von Ann Lee</p>"
    body = f"<article><h1>Vegetarisch leben</h1>{submitted}{credit}{PARAS}</article>"
    a = extract_article(page("", body, "de"), "https://blog.example/content/vegetarisch")
    assert a.authors == ["Ann Lee"]
    # the account alone is kept
    body = f"<article><h1>Vegetarisch leben</h1>{submitted}{PARAS}</article>"
    a = extract_article(page("", body, "de"), "https://blog.example/content/vegetarisch")
    assert a.authors == ["human"]


@pytest.mark.parametrize(
    ("lang", "credit", "expected"),
    [
        (
            "de",
            "<p><em>Ein Interview von <b>Ann Lee</b> mit <b>Bo Wen</b>.</em></p>",
            ["Ann Lee"],
        ),
        ("en", "<p>A guest post by Ann Lee</p>", ["Ann Lee"]),
        ("de", "<p>Ein Beitrag von Ann Lee und Bo Wen</p>", ["Ann Lee", "Bo Wen"]),
        ("de", "<p>Text und Fotos Ann Lee</p>", ["Ann Lee"]),
    ],
)
def test_a_credit_at_the_storys_opening_outranks_the_cms_author(
    lang: str, credit: str, expected: list[str]
) -> None:
    # the site's editor posted a guest's piece: the CMS (meta author, Yoast's graph)
    # records the editor, the story's opening credits the writer
    head = '<meta name="author" content="Tom Ray">' + jsonld(
        {"@type": "Article", "headline": "Floods", "author": {"name": "Tom Ray"}}
    )
    standfirst = "<p><strong>“The water came at night.”</strong></p>"
    body = f"<article><h1>Floods</h1>{standfirst}{credit}{LONG_PARAS}</article>"
    a = extract_article(page(head, body, lang), "https://herald.example/floods/")
    assert a.authors == expected
    assert "Ann Lee" not in a.body  # the credit is a byline, no line of the story


def test_a_credit_away_from_the_storys_opening_is_no_byline() -> None:
    head = '<meta name="author" content="Tom Ray">'
    comment = "<p>Ein Beitrag von Ann Lee</p>"  # a reader's comment quoting another post
    body = (
        f"<article><h1>Floods</h1>{LONG_PARAS}{LONG_PARAS}</article>"
        f'<section class="comments"><p>Reader says:</p>{comment}</section>'
    )
    a = extract_article(page(head, body, "de"), "https://herald.example/floods/")
    assert a.authors == ["Tom Ray"]


@pytest.mark.parametrize("bio", ["Contributor", "Contributor for The Penny Hoarder"])
def test_a_job_title_on_the_line_under_the_byline_is_not_part_of_the_name(bio: str) -> None:
    # thepennyhoarder.com (2016): the byline's name, a <br>, then the writer's role
    body = (
        '<article><h1>Cash around the house</h1><span class="author"><span class="authorName">'
        f'by <a href="/author/sg/">Steve Gillman</a></span><br><span class="authorBio">{bio}'
        f"</span></span>{PARAS}</article>"
    )
    a = extract_article(page("", body), "https://hoarder.example/find-hidden-cash/")
    assert a.authors == ["Steve Gillman"]


def test_a_follow_buttons_labels_are_not_names() -> None:
    # medium.com (2016): the byline's card holds "Blocked"/"Unblock" and
    # "Follow"/"Following" buttons beside the writer's name
    buttons = (
        '<button><span class="button-label">Blocked</span><span class="button-label">Unblock'
        '</span></button><button><span class="button-label">Follow</span>'
        '<span class="button-label">Following</span></button>'
    )
    body = (
        '<article><h1>What is the future?</h1><div class="postMetaLockup"><div class="byline">'
        f'<a href="/@timo">Tim O\'Reilly</a>{buttons}</div></div>{PARAS}</article>'
    )
    a = extract_article(page("", body), "https://blog.example/wtf-whats-the-future")
    assert a.authors == ["Tim O'Reilly"]


def test_the_headlines_byline_is_read_among_teasers_bylines_of_its_class() -> None:
    # vox.com (2016): the story's <div class="c-byline"> and six teasers' of the same
    # class; the only other byline-classed element with a name is a Twitter handle
    teasers = "".join(
        f'<div class="c-entry-box"><h2><a href="/s{i}">Story {i}</a></h2>'
        f'<div class="c-byline">Updated by <span class="c-byline__item"><a href="/authors/{i}">'
        f"Writer{i} Person{i}</a></span></div></div>"
        for i in range(6)
    )
    body = (
        '<div class="c-entry-hero"><div class="c-entry-hero__header-wrap"><h1>Tweets</h1></div>'
        '<div class="c-byline">Updated by <span class="c-byline__item"><a href="/authors/ar">'
        'Aja Romano</a><span class="c-byline__item"><a class="c-byline__twitter-handle" '
        'href="https://twitter.example/ajaromano">@ajaromano</a></span></span></div></div>'
        f'<div class="c-entry-content">{PARAS}</div><div class="more">{teasers}</div>'
    )
    a = extract_article(page("", body), "https://news.example/culture/tweets-harassment")
    assert a.authors == ["Aja Romano"]


def test_a_postal_address_is_no_byline() -> None:
    # wbf.admin.ch: the contact box's <address>, a building, a postcode and a country,
    # one to a line
    body = (
        f'<article><h1>Press release</h1>{PARAS}</article><div class="contact">'
        "<h4>Communication</h4>"
        '<address itemprop="address" itemscope itemtype="http://data-vocabulary.org/Address">'
        "<span>Bundeshaus Ost<br>3003 Bern<br>Schweiz</span></address></div>"
    )
    a = extract_article(page("", body, lang="de"), "https://admin.example/news/msg-14093.html")
    assert a.authors == []


@pytest.mark.parametrize("name", ["DC.creator.name", "dcterms.creator", "DC.Creator.Name"])
def test_a_catalogue_field_s_surname_first_name_is_turned_round(name: str) -> None:
    head = f'<meta name="{name}" content="Gillman, Steve">'
    body = f"<article><h1>Cash around the house</h1>{PARAS}</article>"
    a = extract_article(page(head, body), "https://hoarder.example/find-hidden-cash/")
    assert a.authors == ["Steve Gillman"]


@pytest.mark.parametrize(
    ("lang", "label", "name"),
    [
        ("sv", "Av", "Anna Lindqvist"),
        ("da", "Af", "Mette Hansen"),
        ("id", "Oleh", "Budi Santoso"),
        ("tr", "Yazar:", "Ayşe Yılmaz"),
        ("id", "Penulis:", "Budi Santoso"),
        ("hu", "Szerző:", "Kovács Anna"),
        ("ru", "Автор:", "Иван Петров"),
        ("fi", "Teksti:", "Matti Virtanen"),
        ("pl", "Tekst:", "Jan Kowalski"),
        ("lt", "Autorius:", "Jonas Jonaitis"),
        ("sl", "Avtor:", "Janez Novak"),
        ("vi", "Tác giả:", "Nguyễn Văn An"),
        ("no", "Forfatter:", "Ola Nordmann"),
        ("fr", "Auteur :", "Anne Leroy"),
        ("fr", "Auteure :", "Claire Morel"),
        ("nl", "Auteur:", "Jan de Vries"),
        ("it", "Autore:", "Mario Rossi"),
        ("it", "Autrice:", "Giulia Bianchi"),
        ("es", "Autora:", "Lucía Gómez"),
        ("de", "Verfasser:", "Jonas Brandt"),
    ],
)
def test_byline_labels_of_more_languages(lang: str, label: str, name: str) -> None:
    for byline in (f"<p>{label} {name}</p>", f'<div>{label} <a href="/p/1">{name}</a></div>'):
        body = f"<article><h1>Headline of the day</h1>{byline}{PARAS}</article>"
        a = extract_article(page("", body, lang=lang), "https://news.example/2024/03/03/story/")
        assert a.authors == [name]
        assert name not in a.body
    # a noun of running text is a label only before a colon
    body = f"<article><h1>Headline</h1><p>Tekst Jan Kowalski</p>{PARAS}</article>"
    assert extract_article(page("", body, lang="pl"), "https://news.example/a/").authors == []
    body = f"<article><h1>Headline</h1><p>Auteur Anne Leroy</p>{PARAS}</article>"
    assert extract_article(page("", body, lang="fr"), "https://news.example/a/").authors == []


def test_a_teaser_cards_byline_is_not_the_storys() -> None:
    card = (
        '<div class="box"><a href="/politik/other-story-123.html"><h3>Other story</h3>'
        '<div class="badge"><div class="name">Von Anna Berg</div></div></a></div>'
    )
    body = f"<article><h1>Unterhaus vertagt Votum</h1>{GERMAN}</article><div>{card}</div>"
    a = extract_article(page("", body, lang="de"), "https://mag.example/politik/vote-1.html")
    assert a.authors == []
    # the story's own byline in text still counts
    body = f"<article><h1>Unterhaus vertagt Votum</h1><p>Von Bo Wen</p>{GERMAN}</article>{card}"
    a = extract_article(page("", body, lang="de"), "https://mag.example/politik/vote-1.html")
    assert a.authors == ["Bo Wen"]
    # nor do the theme rules read its date as the story's (a social account's card)
    from newscrawl.extraction.themes import GENERIC_PUBLISHED, Rule

    card = (
        '<div class="teaserContentWrap"><a href="https://social.example/news">'
        '<h2>News on social <span class="date">11.07.2017</span></h2></a></div>'
    )
    body = f'<div id="bodyContent"><h1>Berlin confronts its past</h1>{GERMAN}{card}</div>'
    doc = parse_html(page("", body, lang="de"), "https://mag.example/politik/past-1.html")
    assert [r for x in GENERIC_PUBLISHED for r in Rule(x)(doc)] == []


def test_a_block_links_teaser_with_a_titled_div_is_not_the_storys_byline() -> None:
    # a "more on the subject" card: one link holding another story's title (a <div>, not
    # a heading) and its byline in text
    card = (
        '<a href="/politik/other-story-123.html"><div class="text"><div class="tag">Mehr zum'
        ' Thema</div><div class="title">Die Wahl im Herbst</div><div>'
        "von Anna Berg</div></div></a>"
    )
    body = f"<article><h1>Unterhaus vertagt Votum</h1>{GERMAN}{card}</article>"
    a = extract_article(page("", body, lang="de"), "https://mag.example/politik/vote-1.html")
    assert a.authors == []


def test_an_articles_main_entity_article_gives_its_fields() -> None:
    inner = {
        "@type": "NewsArticle",
        "datePublished": "2024-03-03T10:00:00+05:30",
        "author": {"@type": "Person", "name": "Ann Lee"},
    }
    data = {"@context": "https://schema.org", "@type": "Article", "mainEntity": inner}
    data["headline"] = "Floods hit Assam"
    a = extract_article(page(jsonld(data), f"<div>{PARAS}</div>"), "https://herald.example/a/1")
    assert a.authors == ["Ann Lee"]
    assert a.published_at == "2024-03-03T10:00:00+05:30"
    assert a.title == "Floods hit Assam"  # the outer node's, where the inner has none


def test_a_person_nodes_name_in_lower_case_is_a_name() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Floods",
        "author": [
            {"@type": "Person", "name": "ann lee"},
            {"@type": "Person", "name": "bo-wen li"},
        ],
    }
    a = extract_article(page(jsonld(data), f"<div>{PARAS}</div>"), "https://herald.example/a/1")
    assert a.authors == ["Ann Lee", "Bo-Wen Li"]


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("es", "Por Juan Pérez | 3 de marzo de 2024", "Juan Pérez"),
        ("it", "di Mario Rossi - 3 marzo 2024", "Mario Rossi"),
        ("nl", "Door Jan de Vries - 3 maart 2024", "Jan de Vries"),
        ("pl", "Autor: Jan Kowalski, 3 marca 2024", "Jan Kowalski"),
        ("tr", "Yazar: Ayşe Yılmaz | 3 Mart 2024", "Ayşe Yılmaz"),
        ("ru", "Автор: Иван Петров, 3 марта 2024", "Иван Петров"),
    ],
)
def test_a_byline_and_its_date_opening_the_story_in_more_languages(
    lang: str, line: str, name: str
) -> None:
    body = f"<article><h1>Bridge</h1><p>{line}</p>{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://news.example/bridge-123")
    assert a.authors == [name]
    assert (a.published_at or "")[:10] == "2024-03-03"
    assert line not in a.body


def test_a_themes_maker_in_the_author_meta_is_no_author() -> None:
    # an old theme prints its maker, with his site's address, as every page's author
    head = '<meta name="author" content="Frank Lee - http://lee-themes.example">'
    body = f'<div class="post"><h1>Liver with apples</h1>{PARAS}</div>'
    a = extract_article(page(head, body), "https://recipes.example/liver.htm")
    assert a.authors == []
    # a blogger's name with the blog's own address is the post's author
    head = '<meta name="author" content="Ann Lee - https://www.annlee.example">'
    a = extract_article(page(head, body), "https://annlee.example/2020/liver/")
    assert a.authors == ["Ann Lee"]


def test_a_readers_comment_marked_up_as_a_person_names_no_author() -> None:
    comment = (
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person" class="user">'
        'Herr <span itemprop="name">Bo Wen</span></span><p itemprop="text">Agreed.</p></div>'
    )
    body = f"<article><h1>Floods</h1>{PARAS}</article><section>{comment}</section>"
    a = extract_article(page("", body), "https://herald.example/a/")
    assert a.authors == []


@pytest.mark.parametrize(
    "href",
    [
        "/redaktion/ann-marie-lee",
        "/autore/ann-marie-lee",
        "/columnists/ann-marie-lee",
        "/autorzy/ann-marie-lee",
        "/yazar/ann-marie-lee",
        "/penulis/ann-marie-lee",
        "/journalists/ann-marie-lee",
        "/contributors/ann-marie-lee",
        "/profiles/ann-marie-lee",
        "/?author=3",
    ],
)
def test_a_link_to_a_writers_page_of_the_newsroom_is_a_byline(href: str) -> None:
    footer = (
        '<div class="article__taxonomy"><span class="date">20. Juni 2019</span>'
        f' <strong><a href="{href}">Ann-Marie Lee</a></strong>'
        ' über <a href="/stars">Stars</a></div>'
    )
    menu = '<ul class="menu"><li><a href="/redaktion/">Redaktion</a></li></ul>'
    body = f"{menu}<article><h1>Adele</h1>{GERMAN}{footer}</article>"
    a = extract_article(page("", body, lang="de"), "https://mag.example/stars/adele-123")
    assert a.authors == ["Ann-Marie Lee"]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Posts by Ann-Marie Lee"),
        ("en", "View all posts by Ann-Marie Lee"),
        ("de", "Beiträge von Ann-Marie Lee"),
        ("de", "Zeige alle Artikel von Ann-Marie Lee"),
        ("fr", "Articles par Ann-Marie Lee"),
        ("es", "Entradas de Ann-Marie Lee"),
        ("it", "Articoli scritti da Ann-Marie Lee"),
        ("nl", "Berichten van Ann-Marie Lee"),
    ],
)
def test_a_link_titled_as_wordpress_titles_the_writers_posts_is_a_byline(
    lang: str, title: str
) -> None:
    # WordPress's author link (its title: "Posts by %s", in the site's language), where
    # the site's author pages have an address of their own ("/team/ann-marie-lee")
    meta = (
        f'<div class="meta"><a href="/team/ann-marie-lee" title="{title}">Ann-Marie Lee</a></div>'
    )
    body = f"<article><h1>Adele</h1>{meta}{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://mag.example/stars/adele-123")
    assert a.authors == ["Ann-Marie Lee"]
    # a link titled otherwise names nobody
    body = body.replace(title, "Ann-Marie Lee")
    a = extract_article(page("", body, lang=lang), "https://mag.example/stars/adele-123")
    assert a.authors == []


def test_a_label_and_name_in_the_articles_own_footer_are_its_byline() -> None:
    footer = (
        '<footer class="footer article-footer"><ul class="level">'
        "<li><span>Author: </span><span>Jacopo Rossi</span></li>"
        '<li><span>Published: </span><time datetime="2019-12-03">03 December 2019</time></li>'
        "</ul></footer>"
    )
    site_footer = "<footer><p>Author: Webmaster Team</p></footer>"
    body = f'<div class="article"><h1>Faster Python</h1>{PARAS}</div>{footer}{site_footer}'
    a = extract_article(page("", body), "https://machines.example/articles/faster-python")
    assert a.authors == ["Jacopo Rossi"]


def test_a_theme_date_days_before_the_urls_day_gives_way_to_it() -> None:
    # techcrunch.com (2013): the WordPress date rule found a teaser's "6.4.13" on a story
    # whose permalink is dated /2013/05/13/
    teaser = (
        '<li class="item"><a href="/2013/06/04/glass/"><span class="date">6.4.13</span></a></li>'
    )
    body = f'<h1>Google at I/O</h1>{PARAS}<ul class="post-timeline-items">{teaser * 3}</ul>'
    html = page('<meta name="generator" content="WordPress 3.5">', body)
    a = extract_article(html, "https://tech.example/2013/05/13/at-io-google/")
    assert (a.published_at or "")[:10] == "2013-05-13"


def test_a_classless_timestamp_beside_the_headline_gives_the_local_day() -> None:
    # eldeber.com.bo (2022): JSON-LD dates the story in GMT, past midnight; the page
    # prints the local time, still the day before, in a bare span under the byline
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Autos",'
        ' "datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script>'
    )
    teasers = "".join(
        f'<li><h3><a href="/n{i}">Otra {i}</a></h3><span>2/5/2022 1{i}:00</span></li>'
        for i in range(3)
    )
    body = (
        '<article><div class="heading"><h1>Autos robados</h1><div class="bottom"><h6>'
        '<a href="/autor/ana">Ana Pérez</a> <span>3/5/2022 22:41  </span></h6></div></div>'
        f"{PARAS}</article><ul>{teasers}</ul>"
    )
    a = extract_article(page(head, body, lang="es"), "https://diario.example/santa-cruz/autos_1")
    assert a.published_at == "2022-05-03T22:41:00-04:00"  # the offset from the UTC stamp


@pytest.mark.parametrize(
    ("markup", "heading"),
    [
        ("<h2 class='t'><p class='x'>Head <b>line</b></p>\n</h2><p>Lead</p>", "Head line"),
        ("<H3><P>Head</P></H3><p>Lead</p>", "Head"),
        ("<h1 class='logo'></h1><p>Lead</p>", ""),  # an empty heading stays empty
        ("<h1><p>One</p><p>Two</p></h1>", ""),  # two paragraphs: as libxml2 reads them
    ],
)
def test_parse_html_keeps_a_headings_only_paragraph_in_it(markup: str, heading: str) -> None:
    doc = parse_html(page("", markup))
    h = doc.xpath("//body/*[1]")[0]
    assert h.tag.startswith("h") and " ".join(h.text_content().split()) == heading
    assert doc.xpath("string(//body/p[last()])") in ("Lead", "Two")


def test_a_headline_wrapped_in_a_paragraph_is_the_title() -> None:
    # people.com (2016): <h1><p>Headline</p></h1>; libxml2 closes the <h1> before the
    # <p>, which browsers keep in it
    head = "<title>Jennifer Aniston on Leaving the Tags on Her Coat</title>"
    headline = "Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times'"
    body = (
        f'<article><h1 class="article-header__title"><p>{headline}</p> </h1>'
        f'<p class="byline">By Emily Kirkpatrick</p>{PARAS}</article>'
    )
    a = extract_article(page(head, body), "https://people.example/style/aniston-coat-tags/")
    assert a.title == headline


@pytest.mark.parametrize("paragraphs", [PARAS, "<p>" + "The jury found him guilty. " * 12 + "</p>"])
def test_the_headline_does_not_open_the_body(paragraphs: str) -> None:
    body = f"<article><h1>Jury finds Roof guilty</h1>{paragraphs}</article>"
    a = extract_article(page("", body), "https://radio.example/2016/12/15/roof-guilty")
    assert a.title == "Jury finds Roof guilty"
    assert a.body and not a.body.startswith("Jury finds")


@pytest.mark.parametrize(
    ("tag", "html_title"),
    [
        ("h2", "Jury finds Roof guilty -- Radio Times"),
        ("h4", "Jury finds Roof guilty -- Radio Times"),
        ("div", "Jury finds Roof guilty -- Radio Times"),
        # no metadata title, <title> the site's and the section's name: the minor heading
        # the body opens with is the headline
        ("h4", "Radio Times | Gerichte"),
        ("h6", "Gerichte - Radio Times"),
    ],
)
def test_a_headline_without_h1_does_not_open_the_body(tag: str, html_title: str) -> None:
    # the headline in an <h2>, <h4> or a <div>, the <title> with the site's name after it
    head = f"<title>{html_title}</title>"
    headline = f'<{tag} class="post_title">Jury finds Roof guilty</{tag}>'
    body = f'<div class="post">{headline}{PARAS}</div>'
    a = extract_article(page(head, body), "https://radio.example/2016/12/15/roof-guilty")
    assert a.title == "Jury finds Roof guilty"
    assert (a.body or "").startswith("Paragraph 0")


@pytest.mark.parametrize("label", ["America", "How-To Geek", "Gespeichert von human am"])
def test_a_label_above_the_headline_does_not_open_the_body(label: str) -> None:
    # npr.org, howtogeek.com (2016), a Drupal site: a section, the site's name or a
    # "saved by" label printed above the headline, both read as the body's opening
    body = f"<article><p>{label}</p><h1>Jury finds Roof guilty</h1>{PARAS}</article>"
    a = extract_article(page("", body), "https://radio.example/2016/12/15/roof-guilty")
    assert (a.body or "").startswith("Paragraph 0")


def test_a_sentence_above_the_headline_stays_in_the_body() -> None:
    body = f"<article><p>Read this first.</p><h1>Jury finds Roof guilty</h1>{PARAS}</article>"
    a = extract_article(page("", body), "https://radio.example/2016/12/15/roof-guilty")
    assert (a.body or "").startswith("Read this first.")


def test_a_dotted_month_first_date_is_read_in_the_urls_month() -> None:
    # wired.com (2013): "06.05.13" under the byline of a story filed under /2013/06/
    body = (
        '<h1>Deep-sea dump</h1><ul><li class="author">By <a href="/author/nd/">Nadia Drake</a>'
        f'</li><li class="entryDate">06.05.13</li></ul><div class="entry">{PARAS}</div>'
    )
    html = page('<meta name="generator" content="WordPress 3.5">', body)
    a = extract_article(html, "https://science.example/blog/2013/06/deep-sea-debris/")
    assert a.published_at == "2013-06-05"
    other = extract_article(html, "https://science.example/blog/deep-sea-debris/")
    assert other.published_at == "2013-05-06"  # no month to go by: dots are day first


def test_a_structured_date_a_year_before_the_urls_day_gives_way_to_it() -> None:
    # latino.foxnews.com (2013): article:published_time of 2012 on /2013/06/06/
    head = '<meta property="article:published_time" content="2012-06-16T01:20:48Z">'
    body = f"<article><h1>Man sues</h1>{PARAS}</article>"
    a = extract_article(page(head, body), "https://news.example/health/2013/06/06/man-sues/")
    assert (a.published_at or "")[:10] == "2013-06-06"


def test_a_labelled_date_beats_a_date_classed_teaser_by_the_headline() -> None:
    # medpagetoday.com (2013): "Published: Jul 18, 2013" under the headline; the list of
    # other stories in the same block has <span class="date"> elements
    body = (
        '<div><div><h1>Diabetes drug panel</h1><p class="pub">Published: Jul 18, 2013</p>'
        f'{PARAS}<ul class="more"><li><span class="date">7/11/2013</span> Other story</li>'
        "</ul></div></div>"
    )
    a = extract_article(page("", body), "https://med.example/endocrinology/40556")
    assert (a.published_at or "")[:10] == "2013-07-18"


def test_a_structured_utc_day_gives_way_to_the_bylines_zoned_time() -> None:
    # sailthru.date holds the UTC day; the byline's <time> is the evening before, locally
    head = '<meta name="sailthru.date" content="2014-06-30">'
    body = (
        '<article><h1>Council votes</h1><p class="byline">By <a class="author">Jane Doe</a>'
        ' on <time class="updated" datetime="2014-06-29 20:08:00-0400" pubdate>June 29, 2014'
        f" 08:08 pm</time></p>{PARAS}</article>"
    )
    a = extract_article(page(head, body), "https://herald.example/council/")
    assert a.published_at == "2014-06-29T20:08:00-04:00"


GERMAN = "".join(
    f"<p>Absatz {i}: Der Gemeinderat hat am Montagabend beschlossen, die Ortsdurchfahrt"
    " im kommenden Frühjahr zu sanieren und die Anwohner vorher zu informieren.</p>"
    for i in range(4)
)


@pytest.mark.parametrize(
    ("url", "lang", "published", "modified"),
    [
        # a German site's UTC stamps near midnight: the day its readers saw is the next
        (
            "https://www.hna.example.de/kassel/rat-1.html",
            "de",
            "2021-05-04T00:30:00+02:00",
            "2021-05-04T01:10:00+02:00",
        ),
        # a German-language site on .com keeps German time too
        (
            "https://www.regio-news.example.com/rat/",
            "de",
            "2021-05-04T00:30:00+02:00",
            "2021-05-04T01:10:00+02:00",
        ),
        # English on .com may be read anywhere: the UTC time stays as given
        (
            "https://www.news.example.com/council/",
            "en",
            "2021-05-03T22:30:00+00:00",
            "2021-05-03T23:10:00+00:00",
        ),
    ],
)
def test_a_utc_time_is_given_in_the_time_of_the_sites_country_or_language(
    url: str, lang: str, published: str, modified: str
) -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "Rat beschließt Sanierung",
            "datePublished": "2021-05-03T22:30:00Z",
            "dateModified": "2021-05-03T23:10:00Z",
        }
    )
    text = GERMAN if lang == "de" else PARAS
    a = extract_article(page(head, f"<article><h1>Rat</h1>{text}</article>", lang=lang), url)
    assert (a.published_at, a.modified_at) == (published, modified)


def test_a_site_that_prints_its_utc_day_keeps_it() -> None:
    # a WordPress set to UTC: the <time> stamped in UTC prints that day, as readers saw it
    body = (
        '<article><h1>Vorstandssitzung</h1><div class="entry-meta"><time class="entry-date'
        ' published" datetime="2019-12-26T23:07:45+00:00">26/12/2019</time></div>'
        f"{GERMAN}</article>"
    )
    a = extract_article(page("", body, lang="de"), "https://www.verein.example.ch/?p=5031")
    assert a.published_at == "2019-12-26T23:07:45+00:00"


def test_a_profiles_timezone_zones_utc_and_printed_times_of_any_site() -> None:
    # a US paper on .com: only its profile can tell its zone (the US keeps several)
    structured = jsonld({"@type": "NewsArticle", "datePublished": "2024-11-06T02:15:00Z"})
    printed = (
        '<article><h1>Council votes</h1><p class="byline">By Ann Lee | '
        f"<time>Nov 5, 2024 8:15 pm</time></p>{PARAS}</article>"
    )
    url = "https://www.gazette.example.com/council/"
    for head, body in (
        (structured, f"<article><h1>Council votes</h1>{PARAS}</article>"),
        ("", printed),
    ):
        html = page(head, body)
        assert extract_article(html, url, timezone="America/Chicago").published_at == (
            "2024-11-05T20:15:00-06:00"
        )
    assert extract_article(page(structured, PARAS), url).published_at == (
        "2024-11-06T02:15:00+00:00"
    )
    assert extract_article(page("", printed), url).published_at == "2024-11-05T20:15:00"


def test_a_site_headers_today_in_a_block_named_so_by_its_id_is_no_date() -> None:
    body = (
        '<div id="header-top"><div class="date">Wednesday, November 6, 2024</div>'
        '<a href="/subscribe/">Subscribe</a></div><div id="content"><div class="single">'
        '<h1>Park rallies past Marshall</h1><div class="date">Nov. 5, 2024 6:42 PM</div>'
        f"{PARAS}</div></div>"
    )
    a = extract_article(page("", body), "https://www.intelligencer.example.net/sports/rally/")
    assert a.published_at == "2024-11-05T18:42:00"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        (
            "sv",
            "<span>Publicerad 5 november 2024 kl 18.42</span> <span>Uppdaterad 6 november"
            " 2024 kl 07.15</span>",
            "2024-11-05T18:42:00",
        ),
        (
            "fr",
            "Publié le 5 nov. 2024 à 18h42, modifié le 6 nov. 2024 à 08h10",
            "2024-11-05T18:42:00",
        ),
        ("de", "Veröffentlicht am 16.08.2024 um 9.30 Uhr", "2024-08-16T09:30:00"),
    ],
)
def test_a_labelled_date_keeps_the_time_its_word_introduces(
    lang: str, line: str, expected: str
) -> None:
    body = f'<article><h1>Ny plan</h1><div class="dates">{line}</div>{PARAS}</article>'
    a = extract_article(page("", body, lang=lang), "https://lokal.example.com/ny-plan/")
    assert a.published_at == expected


def test_tagdivs_entry_date_classed_updated_is_the_posting_date() -> None:
    body = (
        '<article><h1>Dialysis centre opens</h1><span class="td-post-date"><span class="entry-date'
        ' updated td-module-date">Tuesday, November 5, 2024 2:20 PM</span></span>'
        f"{PARAS}</article>"
    )
    a = extract_article(page("", body), "https://times.example.com/dialysis-centre/")
    assert a.published_at == "2024-11-05T14:20:00"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # only the update is printed: its day and time are the best there is
        ('<div class="updated">Updated 6:42 PM EST Nov. 5, 2024</div>', "2024-11-05T18:42:00"),
        (
            "<div>TNN / <span>Last Updated: Nov 05, 2024, 18:42 IST</span></div>",
            "2024-11-05T18:42:00+05:30",
        ),
        # a publication printed beside it wins
        (
            '<div class="updated">Updated 6:42 PM Nov. 6, 2024</div>'
            '<div class="post-date">Nov. 5, 2024 9:10 AM</div>',
            "2024-11-05T09:10:00",
        ),
    ],
)
def test_a_printed_update_dates_a_page_that_prints_no_publication(meta: str, expected: str) -> None:
    body = f"<div><h1>Boats stay ashore</h1>{meta}{PARAS}</div>"
    a = extract_article(page("", body), "https://www.chronicle.example.com/boats-ashore/")
    assert a.published_at == expected


def test_a_profiles_language_stands_for_a_page_that_declares_none() -> None:
    # a British site whose pages declare no language: 05/03/2024 is 5 March there
    html = (
        "<html><head></head><body><article><h1>Ferry returns</h1>"
        f'<p class="date">05/03/2024</p>{PARAS}</article></body></html>'
    )
    url = "https://www.gazette.example.com/ferry/"
    british = extract_article(html, url, language="en-GB")
    assert (british.language, british.published_at) == ("en-GB", "2024-03-05")
    assert extract_article(html, url).published_at == "2024-05-03"
    declared = html.replace("<html>", '<html lang="en-US">')
    assert extract_article(declared, url, language="en-GB").language == "en-US"


SPANISH = "".join(
    f"<p>Párrafo {i}: El senador anunció el martes que el gobierno regional presentará"
    " un nuevo plan de inversiones para las escuelas rurales de la provincia.</p>"
    for i in range(4)
)


@pytest.mark.parametrize(("lang", "expected"), [("es", "2022-05-10"), ("en-US", "2022-10-05")])
def test_numeric_structured_dates_are_read_in_the_pages_language(lang: str, expected: str) -> None:
    head = '<meta itemprop="datePublished" content="10/05/2022 05:22 pm">'
    text = SPANISH if lang == "es" else PARAS
    a = extract_article(page(head, text, lang=lang), "https://diario.example/senador/")
    assert (a.published_at or "")[:10] == expected


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


@pytest.mark.parametrize(
    "block",
    [
        '<aside><h3>Latest</h3><ul><li><a href="/b">B</a> <span class="time">{}</span></li></ul>'
        "</aside>",
        '<div class="latest-sidebar"><ul><li><a href="/b">B</a> <span>{}</span></li></ul></div>',
        '<nav><a href="/">Home</a> <span class="time">{}</span></nav>',
    ],
)
def test_a_sidebar_date_is_no_fallback_for_an_undated_article(block: str) -> None:
    body = (
        "<main><article><h1>Schools shut in Patna as cold wave grips Bihar</h1>"
        f"{PARAS}</article></main>{block.format('6 January 2024')}"
    )
    a = extract_article(page(body=body), "https://x.example/rajya/schools-shut-1234567")
    assert a.published_at is None


#: An unmarked sidebar of recent posts with their days ("col-right", no widget or sidebar
#: class), and a page whose headline is shallow: its block is the whole page.
_RECENT_POSTS = (
    '<div id="secondary" class="col-right"><h3>Neueste Beiträge</h3><ul>'
    + "".join(
        f'<li><a href="/p{i}/">Ein anderer Beitrag über den Wochenmarkt {i}</a>'
        ' <span class="post-date">20. Mai 2024</span></li>'
        for i in range(3)
    )
    + "</ul></div>"
)


@pytest.mark.parametrize(
    "meta",
    [
        # a <time> without its machine-readable value: its text is the date
        '<div class="byline"><time>7. März 2024</time></div>',
        # a bare element: htmldate's guess, once the listed posts' days are no candidates
        "<small>7. März 2024</small>",
    ],
)
def test_a_list_of_recent_posts_in_the_headlines_block_does_not_date_the_page(meta: str) -> None:
    body = (
        f'<div id="main"><article class="post"><h1>Dorffest wieder auf dem Marktplatz</h1>{meta}'
        f"{GERMAN}</article></div>{_RECENT_POSTS}"
    )
    a = extract_article(page(body=body, lang="de"), "https://lokal.example/dorffest")
    assert a.published_at == "2024-03-07"


@pytest.mark.parametrize(
    "meta",
    [
        '<div class="entry-meta"><a href="/x/" rel="bookmark"><span class="entry-date">'
        "7. März 2024</span></a></div>",
        '<div class="post-date">7. März 2024</div>',
        '<div class="submitted"><span class="date">7. März 2024</span></div>',
        '<div class="entry-meta"><time class="entry-date published">7. März 2024</time></div>',
    ],
)
def test_the_date_of_a_post_titled_with_an_h2_beats_the_headers_today(meta: str) -> None:
    """A blog titling its post with an ``<h2>`` has no headline block: the date-classed
    element or the ``<time>`` in its ``<article>`` dates it, not the top bar's "today"
    (htmldate's guess)."""
    body = (
        '<div id="top"><span class="datum">20. Mai 2024</span></div>'
        f'<div id="main"><article class="post"><h2 class="title">Dorffest wieder da</h2>{meta}'
        f"{GERMAN}</article></div>"
    )
    a = extract_article(page(body=body, lang="de"), "https://lokal.example/dorffest")
    assert a.published_at == "2024-03-07"


def test_a_date_classed_publish_info_in_an_article_titled_with_an_h2() -> None:
    """A "publish" class ("publish-info", hAtom's "published") names a printed date as well
    as a "date" class does."""
    body = (
        '<header><h1 class="logo">Wirtschaftsblatt</h1><span class="nav-date">Mittwoch, 8. Juli'
        " 2020</span></header><article><h2>Die Rückkehr der Ressentiments</h2>"
        '<div class="publish-info"><span class="publish-info__text">27.04.2020 - 18:50 Uhr'
        f"</span></div>{GERMAN}</article>"
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/politik/ressentiments")
    assert a.published_at == "2020-04-27T18:50:00"


def test_a_time_without_its_value_in_the_main_block_dates_the_page() -> None:
    body = (
        '<div class="crumbs"><h1>Ikigai macht glücklicher</h1></div><main><header>'
        '<time class="a-datetime"><span class="date">19. Juni 2019</span> <span>16:29 Uhr</span>'
        f"</time><h2>Mit Ikigai glücklicher</h2></header>{GERMAN}"
        '<blockquote class="instagram-media"><p>Ein Beitrag, geteilt am <time>23. Okt 2017'
        "</time></p></blockquote></main>"
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/liebe/ikigai-10972896")
    assert a.published_at == "2019-06-19T16:29:00"


def test_a_wordpress_pictures_file_name_is_no_day() -> None:
    # WordPress files pictures by month: htmldate read "4-letters" as the 4th
    head = (
        '<meta property="og:image" '
        'content="https://x.example/wp-content/uploads/2020/03/4-Letters-FINAL.jpg">'
    )
    body = f"<article><h1>A letter on justice</h1>{PARAS}</article>"
    a = extract_article(page(head, body), "https://x.example/a-letter-on-justice/")
    assert a.published_at is None


def test_a_grid_of_story_cards_dates_no_undated_page() -> None:
    # <article> cards side by side (Elementor's posts widget), each with its linked title
    # and its date: htmldate took the first card's
    cards = "".join(
        f'<article class="post-card"><h3><a href="/2022/06/{d}/story-{d}/">Story {d}</a></h3>'
        f'<span class="post-card-date">{d}. Juni 2022</span></article>'
        for d in (22, 20, 8)
    )
    body = (
        f'<div class="page"><h1>Batteriespeicher</h1>{PARAS}</div><div class="grid">{cards}</div>'
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/lexikon/batteriespeicher/")
    assert a.published_at is None
    # (a story printed as one <article> whose title links to itself keeps its date)
    story = (
        '<article><h2><a href="https://x.example/lexikon/speicher/">Speicher</a></h2>'
        f'<span class="posted">22. Juni 2022</span>{PARAS}</article>'
    )
    a = extract_article(page(body=story, lang="de"), "https://x.example/lexikon/speicher/")
    assert a.published_at == "2022-06-22"


@pytest.mark.parametrize("box", ["recipe-comment-box", "comment-meta", "comments"])
def test_comment_timestamps_are_not_the_articles_date(box: str) -> None:
    comments = "".join(
        f'<li><div class="{box}"><time datetime="2020-09-2{i}T12:45:17+02:00">2{i}.09.20'
        f"</time><p>Tasty, thanks!</p></div></li>"
        for i in range(2, 5)
    )
    body = (
        '<div class="tip"><h1>Cutting tomatoes</h1><span class="by">von Marianne am 20.09.2020'
        f"</span>{PARAS}</div><ul>{comments}</ul>"
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/tipp/tomaten.html")
    assert a.published_at == "2020-09-20"


@pytest.mark.parametrize(
    ("attr", "name"),
    [
        ("id", "reacties"),
        ("class", "yorumlar"),
        ("class", "komentar-list"),
        ("id", "kommentarer"),
        ("class", "Comments__CommentWrapper-ghoeop-0"),
        ("id", "disqus_thread"),
        ("id", "comment-list"),
    ],
)
def test_readers_comments_in_more_languages_do_not_date_the_article(attr: str, name: str) -> None:
    """Each comment a <article> with its <time> (in <main>, which the article's <time>
    rules read before date classes), in a block named in Dutch, Turkish, Indonesian,
    Swedish, React's PascalCase or Disqus's: the story's day is printed without a <time>."""
    comments = "".join(
        f'<li><article><b>Lezer {i}</b> <time datetime="2024-03-0{8 + i}T10:00">{8 + i} maart'
        " 2024</time><p>Mooi stuk, bedankt voor het delen.</p></article></li>"
        for i in range(2)
    )
    body = (
        '<main><div class="post"><h1>Dorpsfeest weer op het marktplein</h1>'
        f'<div class="post-meta"><span class="post-date">7 maart 2024</span></div>{PARAS}</div>'
        f'<section {attr}="{name}"><h3>Reacties</h3><ol>{comments}</ol></section></main>'
    )
    a = extract_article(page(body=body, lang="nl"), "https://lokal.example/dorpsfeest")
    assert a.published_at == "2024-03-07"


def test_a_sidebar_teasers_microdata_date_is_not_the_articles() -> None:
    body = (
        '<aside class="sidebar"><ul><li><a href="/b">B</a> <time itemprop="datePublished"'
        ' datetime="2025-07-01T09:00:00">July 1</time></li></ul></aside>'
        '<div class="story"><h1>Kerry refuses</h1><time itemprop="datePublished"'
        f' datetime="2014-09-16T09:12:45+05:30">Sep 16</time>{PARAS}</div>'
    )
    a = extract_article(page(body=body), "https://x.example/kerry/")
    assert a.published_at == "2014-09-16T09:12:45+05:30"


def test_wordpress_related_post_date_is_not_the_articles() -> None:
    body = (
        '<article class="post"><h1 class="post-title">Intendant leaves</h1>'
        '<p class="post-byline">by Ann Lee &middot; <span class="published">31. Oktober 2023'
        f'</span></p><div class="entry-content">{PARAS}</div></article>'
        '<div class="related-posts"><ul><li><div class="related-inner"><h4><a href="/b">Old</a>'
        '</h4><div class="post-meta"><time class="published updated"'
        ' datetime="2020-12-03 07:32:49">3. Dezember 2020</time></div></div></li></ul></div>'
    )
    head = '<meta name="generator" content="WordPress 6.3">'
    a = extract_article(page(head, body, lang="de"), "https://x.example/intendant/")
    assert a.published_at == "2023-10-31"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ('<meta name="date" content="2022-01-21T09:43+01:00">', "2022-01-25T08:00:00+01:00"),
        ('<meta name="DC.date" content="2022-01-21">', "2022-01-25T08:00:00+01:00"),
        # a publication meta still comes first
        (
            '<meta property="article:published_time" content="2022-01-21T09:43:00+01:00">',
            "2022-01-21T09:43:00+01:00",
        ),
    ],
)
def test_a_meta_date_of_unstated_kind_gives_way_to_the_articles_time(
    meta: str, expected: str
) -> None:
    body = (
        '<main><article><h1>Taxonomy</h1><div class="article-meta">'
        '<time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>'
        f"{PARAS}</article></main>"
    )
    a = extract_article(page(meta, body, lang="de"), "https://x.example/themen/taxonomie")
    assert a.published_at == expected


def test_a_meta_date_of_unstated_kind_is_used_when_the_page_has_no_other() -> None:
    head = '<meta name="date" content="2021-11-12">'
    body = f"<h1>Refopapier</h1>{PARAS}<footer><p>© 2019-2025</p></footer>"
    a = extract_article(page(head, body, lang="de"), "https://x.example/news/refopapier")
    assert a.published_at == "2021-11-12"


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="stylesheet" href="/css/site.min.css?v=2021-06-15">',
        '<script src="/js/site.min.js?v=2021-06-15-12-15"></script>',
    ],
)
def test_asset_versions_are_not_the_articles_date(head: str) -> None:
    body = f'<div class="story"><h1>Puberty</h1>{PARAS}</div>'
    a = extract_article(page(head, body, lang="de"), "https://x.example/familie/pubertaet")
    assert a.published_at is None


def test_the_date_beside_the_headline_beats_a_meta_date_and_teasers() -> None:
    head = '<meta name="date" content="2021-12-20T11:02:44+01:00">'
    teasers = "".join(
        f'<div class="teaser"><h2><a href="/n{i}">Older {i}</a></h2>'
        f'<span class="date">1{i}.12.2021</span></div>'
        for i in range(3)
    )
    body = (
        '<div class="content"><div class="news-detail"><h1>Riesling birthday</h1>'
        f'<div class="row"><span class="date">27.01.2022</span><p>Lead.</p></div>{PARAS}'
        f'</div><div class="more-news">{teasers}</div></div>'
    )
    a = extract_article(page(head, body, lang="de"), "https://x.example/news/riesling/")
    assert a.published_at == "2022-01-27"


@pytest.mark.parametrize(
    "teaser",
    [
        # cards near a heading linking to another story, in the headline's block
        '<div class="card"><h3><a href="/n{i}">Older {i}</a></h3>'
        '<span class="date">1{i}.06.2022</span></div>',
        # a teaser's date class
        '<p><a href="/n{i}">Older {i}</a> <em class="teaser__pubdate">1{i}.06.2022</em></p>',
    ],
)
def test_teasers_dates_in_the_headlines_block_are_not_the_articles(teaser: str) -> None:
    teasers = "".join(teaser.format(i=i) for i in range(3))
    body = f'<div class="page"><div><h1>Battery storage</h1>{PARAS}{teasers}</div></div>'
    doc = parse_html(page("", body, lang="de"))
    assert themes.GENERIC.extract(doc).published == []
    # the article's own date there is still found
    own = '<span class="date">27.01.2022</span>'
    doc = parse_html(page("", body.replace("</h1>", "</h1>" + own), lang="de"))
    assert themes.GENERIC.extract(doc).published == ["27.01.2022"]


@pytest.mark.parametrize(
    ("lang", "printed", "expected"),
    [
        ("de", "Dienstag, 30. März 2021", "2021-03-30"),
        ("fr", "Sunday, October 18th, 2020", "2020-10-18"),  # English on a French page
        ("es", "18 de octubre de 2020", "2020-10-18"),
        ("fr", "Samedi – Dimanche : 10–19 h", None),  # opening hours: no date
    ],
)
def test_the_printed_date_is_read_in_the_pages_language(
    lang: str, printed: str, expected: str | None
) -> None:
    body = f'<div class="news"><h1>Ein Fest im Dorf</h1><p class="date">{printed}</p>{PARAS}</div>'
    a = extract_article(page(body=body, lang=lang), "https://x.example/fest")
    assert a.published_at == expected


@pytest.mark.parametrize(
    ("lang", "expected_language"),
    [
        ("en-US", "de"),  # a WordPress install's default, on a German site
        ("", "de"),  # no language declared
        ("de-AT", "de-AT"),  # the declaration agrees and says more
    ],
)
def test_the_language_the_text_is_in_reads_its_dates(lang: str, expected_language: str) -> None:
    body = (
        '<div class="news"><h1>Ein Fest im Dorf</h1><p class="date">Dienstag, 30. März 2021</p>'
        f"{GERMAN}</div>"
    )
    html = page(body=body, lang=lang).replace(' lang=""', "")
    a = extract_article(html, "https://x.example/fest")
    assert a.language == expected_language
    assert a.published_at == "2021-03-30"


def test_a_short_text_keeps_the_declared_language() -> None:
    body = "<div><h1>Fest</h1><p>Das Dorffest ist am Dienstag.</p></div>"
    assert extract_article(page(body=body, lang="en-US"), "https://x.example/f").language == "en-US"


def test_the_date_beside_the_headline_may_follow_a_credit() -> None:
    body = (
        '<div class="news"><h1>Davis Cup squad named</h1><div class="publish-date">'
        "Von <span>Tennis Bund</span> 4.&thinsp;2.&thinsp;2022.</div>"
        f"{PARAS}</div>"
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/davis-cup-squad")
    assert a.published_at == "2022-02-04"


def test_a_sidebar_class_on_body_does_not_hide_the_articles_time() -> None:
    body = (
        '<main><article><h1>Data</h1><ul class="info"><li>'
        '<time datetime="2020-03-31T10:00:00+02:00">31.03.2020</time></li></ul>'
        f"{PARAS}</article></main>"
    )
    doc = page(body=body).replace("<body>", '<body class="one-sidebar sidebar-first">')
    a = extract_article(doc, "https://x.example/data")
    assert a.published_at == "2020-03-31T10:00:00+02:00"


@pytest.mark.parametrize(
    "layout", ["container penci_sidebar right-sidebar", "site-content no-sidebar full-width"]
)
def test_a_layout_wrapper_named_for_the_sidebar_does_not_hide_the_articles_dates(
    layout: str,
) -> None:
    # the theme's main column or wrapper (Soledad, Bootstrap layouts) holds the headline;
    # the sidebar beside it does not, and its teaser's date stays out
    side = '<div class="penci-sidebar-right"><span class="date">6 January 2024</span></div>'
    meta = (
        '<div class="entry-meta">'
        '<time class="entry-date published" datetime="2024-01-05T18:20:00-05:00">5 Jan</time>'
        '<time class="updated" datetime="2024-01-08T11:00:00-05:00">8 Jan</time></div>'
    )
    body = f'<div class="{layout}"><article><h1>Rains</h1>{meta}{PARAS}</article>{side}</div>'
    head = '<meta name="generator" content="WordPress 6.4.2">'
    a = extract_article(page(head, body), "https://sur.example/lluvias-dejan-tres-muertos/")
    assert (a.published_at, a.modified_at) == (
        "2024-01-05T18:20:00-05:00",
        "2024-01-08T11:00:00-05:00",
    )


@pytest.mark.parametrize("layout", ["sidebar_content", "mainwrap single-default sidebar"])
def test_a_column_named_for_the_sidebar_that_holds_the_story_keeps_its_date(layout: str) -> None:
    # a blog theme's main column, its headline an <h2> linking to the post: it holds the
    # story, so it is no sidebar, and its date line is the page's (the sidebar's is not)
    side = (
        '<div class="sidebar"><h3>Beliebt</h3><div class="widget">'
        '<a href="/markt/">Markttag im Dorf</a> <span>14. Juni 2024</span></div></div>'
    )
    body = (
        f'<div class="{layout}"><div class="post_wrapper"><h2><a href="/dorffest/">'
        'Dorffest wieder auf dem Marktplatz</a></h2><div class="post_detail">'
        '<img src="/img/cal.png" alt=""> 7. März 2024</div>'
        f"{GERMAN}</div></div>{side}"
    )
    a = extract_article(page(body=body, lang="de"), "https://lokal.example/dorffest/")
    assert a.published_at == "2024-03-07"


def test_tt_news_date_line_beats_the_typo3_meta_date() -> None:
    head = '<meta name="generator" content="TYPO3 CMS"><meta name="date" content="2020-02-12">'
    body = (
        '<div class="news-single-item"><div class="news-single-timedata">05.02.2020 '
        "<span>- Redaktion: Eva Maier</span></div><h2>Fair supply chains</h2>"
        f"{PARAS}</div>"
    )
    a = extract_article(page(head, body, lang="de"), "https://x.example/news/lieferketten/")
    assert a.published_at == "2020-02-05"


@pytest.mark.parametrize("cls", ["single-post--header_date", "article-header-date"])
def test_the_date_of_the_posts_header_is_the_articles(cls: str) -> None:
    # a class naming the post's header is no site header's "today"
    body = (
        '<div class="single-post--header article-header"><div class="header-meta">'
        f'<div class="{cls}">21.12.2022</div></div><h1>Sports centre extended</h1></div>'
        f'<div class="entry-content">{PARAS}</div>'
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/sportzentrum/")
    assert a.published_at == "2022-12-21"


def test_a_byline_aside_linking_the_authors_page_holds_the_articles_date() -> None:
    # an <aside> of the byline in <main>: a heading linking the author's page, the date
    byline = (
        '<aside class="author"><h3><a href="/auteur/jeanne-roy">Jeanne Roy</a></h3>'
        '<time datetime="2020-02-19">19 février 2020</time></aside>'
    )
    body = (
        '<main><header class="article-header"><h1>La fin des trottinettes</h1></header>'
        f'<div class="row"><div class="col">{byline}</div><div class="col">{PARAS}</div></div>'
        "</main>"
    )
    a = extract_article(page(body=body, lang="fr"), "https://x.example/montreal/trottinettes")
    assert a.published_at == "2020-02-19"


def test_a_classless_timestamp_with_the_weekday_beside_the_headline() -> None:
    # a day and a time of day alone in a classless element (generated class names), not
    # a date of the page's script configuration (which htmldate would take)
    stamp = '<div class="xAPp"><div class="Zdbe">Thursday, November 9, 2023 4:41AM</div></div>'
    config = '<script>var config = {"PROMO_START_DATE": "2022-03-11T01:00:00Z"};</script>'
    body = f'<div class="kCTV"><div class="hTos"><h1>Salon bans men</h1>{stamp}</div></div>{PARAS}'
    a = extract_article(page(body=config + body), "https://x.example/salon-bans-men/14030671/")
    assert a.published_at == "2023-11-09T04:41:00"


@pytest.mark.parametrize(
    "meta",
    [
        '<i class="fa fa-user"></i> EFE | <span class="glyphicon glyphicon-time"></span>'
        " 04.05.2022",
        '<i class="fa fa-user"></i> EFE | <i class="fa fa-calendar"></i>&nbsp;04.05.2022 | '
        '<i class="fa fa-clock-o"></i>&nbsp;10:46',
        # (not the last update's)
        '<i class="fa fa-clock-o"></i> Updated: 12.05.2022 | <i class="fa fa-calendar"></i>'
        " 04.05.2022",
        # the date in the link or the element after the icon
        '<i class="fa fa-calendar"></i> <a href="#" rel="bookmark"> 04.05.2022 </a> / EFE',
        '<span class="glyphicon glyphicon-time"></span><strong>04.05.2022</strong>',
        '<i class="fa fa-clock-o"></i> <span>Updated: 12.05.2022</span> <i class="fa fa-calendar">'
        "</i> <span>04.05.2022</span>",
    ],
)
def test_the_date_after_a_calendars_or_a_clocks_icon(meta: str) -> None:
    # not the day in the path of the skin's pictures (which htmldate would take)
    logo = '<img src="https://static.x.example/skins/2017/06/16/img/play.svg" alt="Play">'
    body = (
        f'{logo}<div class="article"><div class="media"><figure><figcaption><h1>Boric travels'
        " south</h1></figcaption></figure></div><article><address><strong>EFE</strong><br>"
        f"<small>{meta}</small></address>{PARAS}</article></div>"
    )
    a = extract_article(page(body=body, lang="es"), "https://x.example/politica/gira-5287894")
    assert a.published_at == "2022-05-04"


def test_the_date_after_a_calendars_icon_beside_the_headline() -> None:
    # (no <article>: the headline's block holds the meta line), not the day the lead
    # picture's address seems to give (which htmldate would take)
    head = '<meta property="og:image" content="https://x.example/uploads/2020/08/11-2.jpg">'
    meta = (
        '<div class="meta-info"><i class="fa fa-user"></i> Staff | <i class="fa fa-calendar">'
        '</i>&nbsp;শনিবার, আগস্ট ২৯, ২০২০ | <i class="fa fa-clock-o"></i>&nbsp;10:46</div>'
    )
    body = f'<div class="post"><div class="post-header"><h1>Flood</h1>{meta}</div>{PARAS}</div>'
    a = extract_article(page(head, body, lang="bn"), "https://x.example/news/23646/")
    assert a.published_at == "2020-08-29"


def test_typo3_news_list_views_teaser_dates_are_not_the_articles() -> None:
    # a detail page holding a list view of other stories ("read next"): their dates are
    # marked "news-list-date", the story's own is a <time> in its <article>
    head = '<meta name="generator" content="TYPO3 CMS">'
    teaser = (
        '<div class="news-list-view"><article class="article-item"><h3><a href="/n/b.html">'
        'Second story</a></h3><p>Teaser.<small class="news-list-date">'
        '<time datetime="2022-01-31">31.01.2022</time></small></p></article></div>'
    )
    body = (
        '<div class="news news-single"><article class="article detail"><h1>Debut</h1>'
        f'{PARAS}<p class="text-muted"><span class="news-list-author">Eva Maier</span>, '
        '<time datetime="2022-02-02">02.02.2022</time></p></article>'
        f"{teaser}</div>"
    )
    a = extract_article(page(head, body, lang="de"), "https://x.example/news/d/debut.html")
    assert a.published_at == "2022-02-02"


@pytest.mark.parametrize(
    "header",
    [
        '<header class="site-header"><h1 class="logo"><a href="/">Herald</a></h1>'
        '<div class="date">Tuesday, July 1, 2025</div></header>',
        '<div id="top"><h1><a href="https://x.example/">Herald</a></h1>'
        '<span class="header-date">Tuesday, July 1, 2025</span></div>',
    ],
)
def test_the_logos_h1_does_not_make_the_headers_today_a_headline_date(header: str) -> None:
    body = f'{header}<div class="story"><h2>Floods</h2>{PARAS}</div>'
    a = extract_article(page(body=body), "https://x.example/floods")
    assert a.published_at is None


@pytest.mark.parametrize(
    "header",
    [
        '<div id="header"><div class="logo">Herald</div>'
        '<span class="date">Friday, April 5, 2024</span></div>',
        '<div class="top-bar"><span class="date">Friday, April 5, 2024</span></div>',
        '<div role="banner"><span class="date">Friday, April 5, 2024</span></div>',
    ],
)
def test_a_site_header_of_divs_gives_no_date_on_a_page_whose_headline_is_shallow(
    header: str,
) -> None:
    # the headline's block (its third ancestor) is <body>: the header's today was in it
    body = f'{header}<div id="content"><div class="post"><h1>Floods</h1><p>April 3, 2024</p>'
    a = extract_article(page(body=f"{body}{PARAS}</div></div>"), "https://x.example/floods")
    assert a.published_at == "2024-04-03"


@pytest.mark.parametrize(
    ("lang", "meta"),
    [
        # the update's <time> first, after its label
        (
            "en",
            'Updated <time datetime="2024-04-05T08:00:00-04:00">Apr 5</time> '
            'Published <time datetime="2024-04-03T10:00:00-04:00">Apr 3</time>',
        ),
        (
            "de",
            'Aktualisiert am <time datetime="2024-04-05T08:00:00+02:00">05.04.</time> '
            'Erschienen am <time datetime="2024-04-03T10:00:00+02:00">03.04.</time>',
        ),
        # GeneratePress: <time class="updated"> before <time class="entry-date">
        (
            "en",
            '<time class="updated" datetime="2024-04-05T08:00:00-04:00">Apr 5</time>'
            '<time class="entry-date" datetime="2024-04-03T10:00:00-04:00">Apr 3</time>',
        ),
        # a date-classed "Stand:" (as of) before the day of publication
        (
            "de",
            '<span class="date">Stand: 05.04.2024 08:00 Uhr</span> '
            '<span class="date">03.04.2024</span>',
        ),
    ],
)
def test_a_printed_update_before_the_publication_is_not_the_publication(
    lang: str, meta: str
) -> None:
    body = f"<article><header><h1>Floods</h1><p class='meta'>{meta}</p></header>{PARAS}</article>"
    a = extract_article(page(body=body, lang=lang), "https://x.example/floods")
    assert (a.published_at or "")[:10] == "2024-04-03"


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("tr", "Güncelleme:"),
        ("id", "Diperbarui:"),
        ("sv", "Uppdaterad"),
        ("da", "Opdateret:"),
        ("fi", "Päivitetty"),
        ("cs", "Aktualizováno:"),
        ("hu", "Frissítve:"),
        ("ro", "Actualizat:"),
        ("hr", "Ažurirano:"),
        ("ru", "Обновлено:"),
        ("uk", "Оновлено:"),
        ("bg", "Актуализирано:"),
        ("el", "Ενημερώθηκε:"),
        ("vi", "Cập nhật:"),
        ("hi", "अपडेट:"),
    ],
)
def test_a_printed_update_in_the_regional_press_s_languages_is_not_the_publication(
    lang: str, label: str
) -> None:
    """The update's <time> after its label, and a date-classed update before the day of
    publication, printed in the language of the page."""
    url = "https://x.example/floods"
    for meta in (
        f'<span class="post-date">03.04.2024</span> · <span>{label} <time'
        ' datetime="2024-04-05T08:00:00">05.04.2024</time></span>',
        f'<span class="date">{label} 05.04.2024</span> <span class="date">03.04.2024</span>',
    ):
        header = f"<header><h1>Floods</h1><p class='meta'>{meta}</p></header>"
        a = extract_article(page(body=f"<article>{header}{PARAS}</article>", lang=lang), url)
        assert (a.published_at or "")[:10] == "2024-04-03", meta


def test_a_printed_update_alone_still_dates_the_article() -> None:
    meta = 'Updated <time datetime="2024-04-05T08:00:00-04:00">Apr 5</time>'
    body = f"<article><header><h1>Floods</h1><p class='meta'>{meta}</p></header>{PARAS}</article>"
    a = extract_article(page(body=body), "https://x.example/floods")
    assert a.published_at == "2024-04-05T08:00:00-04:00"


_MORE_STORIES = (
    "<div class='more'><h3>More on this</h3><ul>"
    "<li><a href='/x'>Another story from the county council</a>"
    " <time datetime='2024-03-20T10:00:00-04:00'>Mar 20</time></li>"
    "<li><a href='/y'>Yet another story from the county council</a>"
    " <time datetime='2024-03-18T10:00:00-04:00'>Mar 18</time></li></ul></div>"
)
_READ_NEXT = (
    "<section><h2>Read next</h2><article class='card'><h3><a href='/x'>Other</a></h3>"
    "<time datetime='2024-03-20T10:00:00-04:00'>Mar 20</time></article></section>"
)


@pytest.mark.parametrize("dated", ["<p class='date'>April 3, 2024</p>", "<p>April 3, 2024</p>"])
@pytest.mark.parametrize("others", [_MORE_STORIES, _READ_NEXT])
def test_other_stories_listed_in_the_article_do_not_date_it(dated: str, others: str) -> None:
    body = f"<article><h1>Floods</h1>{dated}{PARAS}{others}</article>"
    a = extract_article(page(body=body), "https://x.example/floods")
    assert a.published_at == "2024-04-03"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # Yoast's graph without an Article: the WebPage's datePublished, not the change's
        (
            '<meta property="article:modified_time" content="2020-10-20T14:04:48+00:00">'
            + jsonld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {
                            "@type": "WebPage",
                            "datePublished": "2020-09-21T15:18:01+00:00",
                            "dateModified": "2020-10-20T14:04:48+00:00",
                        }
                    ],
                }
            ),
            "",
            "2020-09-21",
        ),
        (
            '<meta http-equiv="Last-Modified" content="2024-04-05">',
            "<p>April 3, 2024</p>",
            "2024-04-03",
        ),
    ],
)
def test_htmldate_does_not_take_the_last_changes_meta(head: str, body: str, expected: str) -> None:
    html = page(head, f"<div><h1>Batteriespeicher</h1>{body}{PARAS}</div>")
    a = extract_article(html, "https://x.example/lexikon/batteriespeicher/")
    assert (a.published_at or "")[:10] == expected


def test_htmldate_does_not_take_hatoms_updated_beside_the_printed_date() -> None:
    # Avada's hidden hAtom data after the story, beside its printed date
    updated = '<span class="updated rich-snippet-hidden">2024-05-02T11:20:05+02:00</span>'
    meta = f'<div class="meta">Von <a rel="author" href="/author/pk/">Peter Klein</a> | {updated}'
    body = f"<article><h1>Lagerflächen werden knapp</h1>{PARAS}{meta}<span>3. April 2024</span>"
    a = extract_article(
        page("", f"{body} | News</div></article>", "de"), "https://x.example/lager/"
    )
    assert (a.published_at or "")[:10] == "2024-04-03"


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # an import's dateCreated after the publication it states
        (
            {
                "datePublished": "2024-04-03T10:00:00-04:00",
                "dateCreated": "2024-04-05T09:00:00-04:00",
            },
            "2024-04-03T10:00:00-04:00",
        ),
        ({"dateCreated": "2024-04-03T10:00:00-04:00"}, "2024-04-03T10:00:00-04:00"),
    ],
)
def test_json_ld_date_created_counts_only_without_date_published(
    dates: dict, expected: str
) -> None:
    head = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", **dates})
    a = extract_article(page(head, f"<h1>Floods</h1>{PARAS}"), "https://x.example/floods")
    assert a.published_at == expected


def _teaser(day: str, title: str) -> str:
    return (
        '<div class="teaser" itemscope itemtype="https://schema.org/NewsArticle">'
        f'<meta itemprop="datePublished" content="{day}">'
        f'<h3 itemprop="headline"><a href="/{day}">{title}</a></h3></div>'
    )


@pytest.mark.parametrize("teasers", [1, 3])
def test_microdata_teasers_listed_before_the_story_do_not_date_it(teasers: int) -> None:
    days = ("2024-04-06T09:00:00+02:00", "2024-04-05T09:00:00+02:00", "2024-04-04T09:00:00+02:00")
    top = "".join(_teaser(d, f"Andere Geschichte {i}") for i, d in enumerate(days[:teasers]))
    story = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Haushalt beschlossen</h1>'
        f'<meta itemprop="datePublished" content="2024-04-03T10:00:00+02:00">{GERMAN}</article>'
    )
    a = extract_article(page("", top + story, lang="de"), "https://x.example/haushalt")
    assert a.published_at == "2024-04-03T10:00:00+02:00"


@pytest.mark.parametrize("canonical", [True, False])
def test_json_ld_articles_of_other_stories_do_not_date_the_page(canonical: bool) -> None:
    url = "https://x.example/news/floods"

    def article(day: str, address: str, author: str) -> dict:
        author_node = {"@type": "Person", "name": author}
        return {"@type": "NewsArticle", "datePublished": day, "url": address, "author": author_node}

    others = [article(f"2024-04-0{d}T09:00:00+02:00", f"{url}-{d}", "Bob Roe") for d in (6, 5)]
    graph = {
        "@context": "https://schema.org",
        "@graph": [*others, article("2024-04-03", url, "Ann Lee")],
    }
    head = jsonld(graph) + (f'<link rel="canonical" href="{url}/">' if canonical else "")
    a = extract_article(page(head, f"<h1>Floods</h1>{PARAS}"), url)
    assert a.published_at == "2024-04-03"
    assert a.authors == ["Ann Lee"]


def test_no_date_at_all_gives_none_not_today() -> None:
    body = (
        '<div class="td-header-top-menu">'
        '<div class="td_data_time">Tuesday, July 1, 2025</div></div>'
        f'<div class="td-post-content">{PARAS}</div>'
    )
    a = extract_article(page(body=body), "https://x.example/a/", theme="tagdiv")
    assert a.published_at is None


@pytest.mark.parametrize("widget_class", ["header-date", "current-date-box", "news-widget"])
def test_htmldate_fallback_skips_header_dates_and_leaves_the_page_unchanged(
    widget_class: str,
) -> None:
    from lxml import etree

    from newscrawl.extraction import _fallback_date

    body = (
        '<header class="site-header"><span>Friday, January 1, 2010</span></header>tail 1'
        f'<div class="{widget_class}"><span>January 2, 2010</span></div>tail 2'
        "<div><h2>Kerry refuses</h2><p>Published on September 16, 2014</p>"
        f"{PARAS}</div>"
    )
    doc = parse_html(page(body=body), "https://x.example/kerry/")
    before = etree.tostring(doc)
    found = _fallback_date(doc, "https://x.example/kerry/")
    assert etree.tostring(doc) == before  # the header and widget are back, tails too
    if widget_class == "news-widget":  # not a date widget: its (earlier) date is searched
        assert found == ["2010-01-02"]
    else:
        assert found == ["2014-09-16"]


def test_widget_dates_found_in_one_walk_are_the_rules_elements() -> None:
    from newscrawl.extraction import _WIDGET_DATES, _widget_date_elements

    body = (
        '<div class="header-date">1</div><div class="today-box"><h1>Not a widget</h1></div>'
        '<div class="no-sidebar"><h1>Story</h1><div class="sidebar">2</div></div>'
        '<ol class="commentlist"><li class="comment"><div class="comment-meta">3</div></li></ol>'
        '<div class="x_comment">4</div><div class="kommentare">5</div><div id="comments">6</div>'
        '<div id="comment-7" class="sidebar">7</div><p class="sidebar-note">8</p>'
    )
    doc = parse_html(page(body=body), "https://x.example/a/")
    doc.find("body").set("class", "sidebar comment")  # (the body itself is no widget)
    expected = _WIDGET_DATES(doc)
    assert len(expected) == 11  # all but the "no-sidebar" wrapper of the <h1>
    assert _widget_date_elements(doc) == expected


def test_a_year_is_no_publication_date() -> None:
    # htmldate's last resorts (a copyright line's year, a lone year) come as 1 January
    body = f"<div><h2>About us</h2>{PARAS}</div><div class='foot'>© 2020 Herald Media</div>"
    assert extract_article(page(body=body), "https://x.example/about/").published_at is None
    # a day htmldate finds in the text is kept
    body = f"<div><h2>Floods</h2><p>16.09.2014</p>{PARAS}</div><div>© 2020 Herald</div>"
    assert extract_article(page(body=body), "https://x.example/a/").published_at == "2014-09-16"


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # htmldate gives a month it finds alone (a picture's folder) as its first day
        ("", "https://x.example/leadership-styles.html", None),
        # a first of the month the page prints, or its address or markup gives, is kept
        ("<p>Janic Cathomen, 01.02.2016</p>", "https://x.example/leadership.html", "2016-02-01"),
        ("<p>1. Februar 2016 | Natur</p>", "https://x.example/leadership.html", "2016-02-01"),
        ("", "https://x.example/2016/02/01/leadership/", "2016-02-01"),
        ('<div data-day="2016-02-01"></div>', "https://x.example/leadership.html", "2016-02-01"),
        # (not a sidebar's teaser)
        ("<aside><p>1. Februar 2016 | Natur</p></aside>", "https://x.example/styles.html", None),
    ],
)
def test_a_month_is_no_publication_day(text: str, url: str, expected: str | None) -> None:
    picture = "<img src='https://x.example/wp-content/uploads/2016/02/styles.jpg'>"
    body = f"<div><h2>Leadership styles</h2>{text}{picture}{PARAS}</div>"
    assert extract_article(page(body=body, lang="de"), url).published_at == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/floods/", "2016-01-21"),
        # the URL's own year contradicts the guess (an old photo's path, a link)
        ("https://x.example/2022/floods/", None),
        # a year off is a magazine's next issue or a season ("/2017/" for late 2016)
        ("https://x.example/2017/floods/", "2016-01-21"),
        # an id is no year
        ("https://x.example/tipp/1918/floods/", "2016-01-21"),
    ],
)
def test_htmldate_guess_years_off_the_urls_year_is_dropped(url: str, expected: str | None) -> None:
    body = f"<article><h1>Floods</h1>{PARAS}<img src='/photos/2016-01-21-floods.jpg'></article>"
    assert extract_article(page(body=body), url).published_at == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the URL files the post under March: htmldate looks for a day of March
        ("https://lokal.example/2024/03/dorffest.html", "2024-03-07"),
        # no day of the URL's month is printed: no guess
        ("https://lokal.example/2024/04/dorffest.html", None),
    ],
)
def test_htmldate_looks_for_a_day_of_the_month_the_url_files_the_page_under(
    url: str, expected: str | None
) -> None:
    body = (
        '<div id="top"><span>20.05.2024</span></div><div class="content"><h1>Dorffest</h1>'
        f"<p><em>Donnerstag, 7. März 2024</em></p>{GERMAN}</div>"
    )
    assert extract_article(page(body=body, lang="de"), url).published_at == expected


@pytest.mark.parametrize(
    "date",
    [
        "<p><em>Donnerstag, 7. März 2024</em></p>",
        '<table><tr><td class="text">07.03.2024</td></tr></table>',
    ],
)
def test_htmldate_does_not_take_an_unmarked_top_bars_today(date: str) -> None:
    """A top bar of divs named neither header nor banner ("top"), before the headline's
    block, prints the site's today; the story's day is printed without a class."""
    body = (
        '<div id="top"><span>Montag, 20.05.2024</span> <a href="/abo">Abo</a></div>'
        f'<div id="main"><div class="content"><h1>Dorffest</h1>{date}{GERMAN}</div></div>'
    )
    a = extract_article(page(body=body, lang="de"), "https://lokal.example/dorffest.html")
    assert a.published_at == "2024-03-07"


def test_a_date_line_before_the_titles_grid_in_the_story_is_no_top_bar() -> None:
    """Contao's news reader prints the date in its own block before the grid that holds
    the headline, deep in the page: htmldate still sees it."""
    body = (
        '<div id="wrapper"><div id="container"><section id="main"><div class="inside">'
        '<div class="newsreader"><div class="info"><div>20.06.2019 11:43</div></div>'
        '<div class="grid"><div class="one_third"><div class="inside"><div class="headline">'
        f"<h1>Ben Wilson Surf</h1></div></div></div><div class='two_third'>{GERMAN}</div>"
        "</div></div></div></section></div></div>"
    )
    a = extract_article(page(body=body, lang="de"), "https://x.example/artikel/ben-wilson.html")
    assert (a.published_at or "")[:10] == "2019-06-20"


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


def test_headline_lines_in_block_elements_keep_a_space_between_them() -> None:
    h1 = "<h1><div>Assam floods</div><div>Three districts under water</div></h1>"
    a = extract_article(page("", f"<article>{h1}{PARAS}</article>"), "https://x.example/a/")
    assert a.title == "Assam floods Three districts under water"


STORY = "".join(
    f"<p>Paragraph {i} of the story: the bridge over the river opened on Friday after years "
    "of delays, and traders on both banks expect busier market days.</p>"
    for i in range(5)
)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/news/2024/03/05/bridge-opens/",  # under a "news" section
        "https://x.example/2024/03/05/bridge-opens/",
        "https://x.example/news/details/bridge-opens-after-years-of-delays/",
        "https://x.example/?p=5031",  # WordPress's plain permalink
    ],
)
def test_classify_a_story_without_metadata_or_theme_by_its_text(url: str) -> None:
    # no og:type, no JSON-LD, no known theme: the page's run of prose tells it
    body = f"<nav><a href='/'>Home</a></nav><h1>Bridge opens</h1><div>{STORY}</div>"
    assert classify_page(page(body=body), url) == "article"


def test_classify_teaser_excerpts_and_a_welcome_text_as_a_listing() -> None:
    teasers = "".join(
        f'<div class="card"><h2><a href="/2024/03/0{i}/s/">Story {i}</a></h2>'
        f"{STORY[:160]}</p></div>"
        for i in range(1, 7)
    )
    assert classify_page(page(body=teasers), "https://x.example/news/") == "listing"
    welcome = f"<h1>Welcome to the Herald</h1><div>{STORY}</div>{teasers}"
    assert classify_page(page(body=welcome), "https://x.example/") == "listing"


def test_classify_a_story_at_a_list_address_or_above_many_teasers_as_an_article() -> None:
    story = f"<h1>Bridge opens</h1><div>{STORY * 3}</div>"  # 2,100 characters of prose
    # a story whose address looks like a list's ("/news/<two words>/")
    assert classify_page(page(body=story), "https://x.example/news/bridge-opens/") == "article"
    # a long story above a magazine's long list of teasers
    teasers = "".join(
        f'<div class="card"><h3><a href="/artykul/{i}-s.html">Story {i}</a></h3></div>'
        for i in range(40)
    )
    long_story = f"<h1>Bridge opens</h1><div>{STORY * 8}</div>{teasers}"  # 5,700
    assert classify_page(page(body=long_story), "https://x.example/artykul/9-bridge.html") == (
        "article"
    )
    # a list's address with the same text above five teasers or more stays a listing
    few = teasers[: teasers.index("Story 5") + 100]
    assert classify_page(page(body=story + few), "https://x.example/news/") == "listing"


def test_classify_a_section_s_intro_above_its_teasers_as_a_listing() -> None:
    # a section's page at its own address ("/politics") that opens with an intro in prose
    teasers = "".join(
        f'<article><h2><a href="/2024/03/0{i}/story-{i}/">Story {i}</a></h2>'
        f"<p>{STORY[:160]}</p></article>"
        for i in range(1, 7)
    )
    section = f"<h1>Politics</h1><div>{STORY}</div>{teasers}"
    assert classify_page(page(body=section), "https://x.example/politics") == "listing"
    assert classify_page(page(body=section), "https://x.example/news/politics/") == "listing"
    # the same text and teasers under a story's slug stay an article
    assert classify_page(page(body=section), "https://x.example/politics/bridge-opens") == (
        "article"
    )


def test_classify_a_one_paragraph_brief_at_a_dated_story_address_as_an_article() -> None:
    brief = (
        "<h1>Road closed</h1><p>Main Street is closed between First and Third Avenue until"
        " Friday for repairs to a water main, the city said.</p>"
    )
    url = "https://x.example/news/2024/03/03/road-closed/"
    assert classify_page(page(body=brief), url) == "article"
    # the day's archive has no story's slug
    assert classify_page(page(body=brief), "https://x.example/2024/03/03/") != "article"


def test_classify_a_brief_at_a_story_id_address_beside_a_most_read_box_as_an_article() -> None:
    brief = (
        "<h1>Einbruch in Kiosk</h1><p>Unbekannte sind in der Nacht zum Sonntag in einen Kiosk"
        " an der Bahnhofstraße eingebrochen, teilte die Polizei mit.</p>"
    )
    most_read = '<div class="box"><h3>Meistgelesen</h3>' + "".join(
        f'<h4><a href="/news/1840{i}-other-story.html">Story {i}</a></h4>' for i in range(8)
    )
    html = page(body=brief + most_read + "</div>")
    assert classify_page(html, "https://x.example/news/18369-einbruch-in-kiosk.html") == "article"
    # (not at an address without the story's id, nor at a tag's)
    assert classify_page(html, "https://x.example/news/einbruch.html") != "article"
    assert classify_page(html, "https://x.example/tag/road-works-2024/") != "article"


@pytest.mark.parametrize("path", ["/thema/documenta/", "/autoren/sabine-kraemer/", "/tag/x/"])
def test_classify_a_topic_or_author_page_of_cards_with_an_intro_as_a_listing(path: str) -> None:
    intro = "".join(
        f"<p>Die documenta ist die wichtigste Ausstellung für zeitgenössische Kunst, Teil {i}"
        " unserer Berichterstattung über Künstler, Kuratoren und die Debatten der Stadt.</p>"
        for i in range(4)
    )
    # each card's link around its picture and heading
    cards = "".join(
        f'<article class="teaser"><a href="/kultur/story-{i}-about-art.html"><img src="/{i}.jpg">'
        f"<h2>Story {i} about the exhibition</h2></a><p>Excerpt {i}.</p></article>"
        for i in range(8)
    )
    html = page(body=f"<h1>documenta</h1>{intro}{cards}")
    assert classify_page(html, f"https://x.example{path}") == "listing"


@pytest.mark.parametrize(
    "path",
    ["/contact/", "/about-us/", "/impressum.html", "/service/datenschutz.html", "/page/about/"],
)
def test_classify_the_sites_own_static_pages_as_other(path: str) -> None:
    text = "<h1>Kontakt</h1>" + "".join(
        f"<p>Ressort {i}: Redaktion, Hauptstraße {i}, 74074 Heilbronn, Telefon 07131 {i}.</p>"
        for i in range(12)
    )
    head = '<meta property="og:type" content="article">'  # (Yoast says so of pages too)
    assert classify_page(page(head, text), f"https://x.example{path}") == "other"
    story = "https://x.example/2024/03/03/contact-tracing-app/"
    assert classify_page(page(head, text), story) == "article"


def test_classify_a_small_category_page_as_listing() -> None:
    one = '<h2 class="entry-title"><a href="/2025/01/01/only-story/">Only story</a></h2>'
    assert classify_page(page(body=one), "https://x.example/category/business/") == "listing"
    assert classify_page(page(body="<p>No stories yet.</p>"), "https://x.example/tag/x/") == (
        "other"
    )


# -- theme rule prefilter (speed only: a skipped rule is one that could not match) ----------


@pytest.mark.parametrize(
    ("xpath", "requires"),
    [
        ("//h1", None),
        (
            "//*[contains(@class, 'yarpp')]//a/@href",
            ("all", (("has", "class", "yarpp"), ("has", "href", ""))),
        ),
        (
            "//*[@data-a or @data-b]",  # an attribute that must exist: ("has", name, "")
            ("any", (("has", "data-a", ""), ("has", "data-b", ""))),
        ),
        ("//*[@itemprop='author']", ("is", "itemprop", "author")),
        ("//a['x' = @rel]", ("is", "rel", "x")),
        ("//a[normalize-space(@rel) = 'x y']", ("all", (("has", "rel", "x"), ("has", "rel", "y")))),
        (
            "//a[ancestor::*[contains(@class, 'a') or starts-with(@id, 'b')]]",
            ("any", (("has", "class", "a"), ("has", "id", "b"))),
        ),
        (
            "//time[contains(@class, 'a')][ancestor::*[contains(@class, 'b')]]",
            ("all", (("has", "class", "a"), ("has", "class", "b"))),
        ),
        (
            "//p[contains(concat(' ', normalize-space(@class), ' '), ' x y ')]",
            ("all", (("has", "class", "x"), ("has", "class", "y"))),
        ),
        ("//p[contains(@class, 'a') or contains(., 'b')]", None),  # text: unknown
        ("//p[not(contains(@class, 'a'))]", None),
        ("//p[contains(translate(@class, 'A', 'a'), 'a')]", None),
        ("//p[contains(concat('x', @class), 'xa')]", None),  # not only whitespace around
        ("//p[@class = 'a'] | //h1", None),
        (
            "//p[@class = 'a'] | //h2[@id = 'b']",
            ("any", (("is", "class", "a"), ("is", "id", "b"))),
        ),
        ("(//p[@class = 'a'])[1]", ("is", "class", "a")),
        (
            "boolean(//meta[@name='g'][starts-with(@content, 'W')])",
            ("all", (("is", "name", "g"), ("has", "content", "W"))),
        ),
        ("//p[@class = '']", ("is", "class", "")),
        ("//p[1 + 1]", None),  # arithmetic is not read: no requirement
        ("//p[", None),
    ],
)
def test_rule_requirement_is_read_from_its_xpath(xpath: str, requires: object) -> None:
    from newscrawl.extraction.themes import xpath_requirement

    assert xpath_requirement(xpath) == requires


def test_prefilter_keeps_rules_whose_classes_are_present() -> None:
    from newscrawl.extraction.themes import PageAttributes, Rule

    doc = parse_html(
        page(
            body='<div class="x\n\tjp-relatedposts-post  y"><a href="/a">A</a></div>'
            '<p class="byline">By Ann Lee</p>'
        )
    )
    attrs = PageAttributes(doc)
    related = Rule("//*[contains(@class, 'jp-relatedposts-post')]//a/@href")
    assert related.could_match(attrs) and related(doc) == ["/a"]
    spaced = Rule(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' jp-relatedposts-post ')]"
    )
    assert spaced.could_match(attrs) and len(spaced(doc)) == 1
    byline = Rule("//*[contains(@class, 'yarpp') or @class='byline']")
    assert byline.could_match(attrs) and len(byline(doc)) == 1
    absent = Rule("//*[contains(@class, 'yarpp')]//a/@href")
    assert not absent.could_match(attrs) and absent(doc) == []
    assert not Rule("//a/@title").could_match(attrs)
    empty = parse_html(page(body='<div data-x=""><a href="/b" title="">B</a></div>'))
    attrs = PageAttributes(empty)
    for present in ("//*[@data-x]", "//a/@title", "//*[@data-y or @data-x]"):
        assert Rule(present).could_match(attrs) and Rule(present)(empty), present
    assert not Rule("//*[@data-y]").could_match(attrs)
    # an exact value: "byline" is only part of "x-byline", "" is a value of its own
    exact = parse_html(page(body='<p class="x-byline" title="">A</p>'))
    attrs = PageAttributes(exact)
    assert not Rule("//p[@class='byline']").could_match(attrs)
    assert not Rule("//p[@class='x-']").could_match(attrs)
    assert Rule("//p[@class='x-byline']").could_match(attrs)
    assert Rule("//p[@title='']").could_match(attrs) and Rule("//p[@title='']")(exact)
    assert not Rule("//p[@class='']").could_match(attrs)


def test_prefilter_never_skips_a_theme_rule_that_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every theme rule on every saved theme page (and small variants): a rule that finds
    something is never one the prefilter would skip, and extraction is unchanged."""

    docs = [parse_html((PAGES / p).read_bytes()) for p in sorted(PAGES.glob("*.html"))]
    docs.append(
        parse_html(
            page(
                body='<article class="post hentry"><header class="entry-header">'
                '<h1 class="entry-title">T</h1><span class="byline"><span class="author vcard">'
                '<a class="url fn n" href="/au/">Ann Lee</a></span></span><time class="entry-date'
                ' published" datetime="2024-05-02T10:00:00+02:00">2 May</time></header>'
                '<div class="entry-content"><p>Text</p></div><div id="jp-relatedposts" '
                'class="jp-relatedposts"><div class="jp-relatedposts-post"><a class='
                '"jp-relatedposts-post-a" href="/r/">R</a></div></div></article>'
            )
        )
    )
    all_themes = (*themes.THEMES.values(), themes.GENERIC)
    filtered = [[theme.extract(doc) for theme in all_themes] for doc in docs]
    monkeypatch.setattr(themes.PageAttributes, "satisfies", lambda self, req: True)
    assert filtered == [[theme.extract(doc) for theme in all_themes] for doc in docs]
    assert [detect_theme(doc) for doc in docs][:6] == [
        "blogger", "drupal", "tagdiv", "tagdiv", "typo3", "wordpress"
    ]  # fmt: skip
    monkeypatch.undo()
    hits = 0
    for doc in docs:
        attrs = themes.PageAttributes(doc)
        for theme in all_themes:
            for name in ("detect", "title", "published", "modified", "authors", "related",
                         "description", "section", "tags", "image"):  # fmt: skip
                for rule in getattr(theme, name):
                    found = rule(doc)
                    if found:
                        hits += 1
                        assert rule.could_match(attrs), rule.path
    assert hits > 50


def test_byline_suspects_take_every_kind_of_byline_element_in_page_order() -> None:
    from newscrawl.extraction.metadata import byline_suspects

    doc = lxml_html.fromstring(
        "<html><body>"
        '<p class="post-author">a</p><p id="author-box">b</p><p itemprop="author">c</p>'
        '<div itemtype="https://schema.org/Person">d</div><a rel="author" href="/x">e</a>'
        '<p data-testid="AuthorCard">f</p><p data-component="Byline">g</p><address>h</address>'
        '<a href="/autoren/ann">i</a><p class="byl">j</p><p class="entry-byline">k</p>'
        '<p class="bylaw">no</p>'
        '<a href="/news/ann">no</a><p title="author">no</p>'
        "</body></html>"
    )
    texts = [el.text_content() for el in byline_suspects(doc)]
    assert texts == list("abcdefghijk")


@pytest.mark.parametrize(
    "markup",
    [
        '<p class="post-author">a</p>',
        '<p class="byl">a</p>',
        '<p id="AuthorBox">a</p>',
        '<span itemprop="author">a</span>',
        '<div itemtype="https://schema.org/Person">a</div>',
        '<a rel="author" href="/x">a</a>',
        '<div data-testid="AuthorURL">a</div>',
        '<div data-component="BylineBlock">a</div>',
        "<address>a</address>",
        "<a href='/autoren/ann'>a</a>",
        "<a href='/profile/jo'>a</a>",
        "<a href='/by/ivo'>a</a>",
        '<a href="/x" title="View all posts by Ann Lee">a</a>',
    ],
)
def test_byline_suspects_with_the_page_s_attribute_values_skip_no_suspect(markup: str) -> None:
    # the attribute values' prefilter skips the walk only on a page without any suspect
    from newscrawl.extraction.metadata import byline_suspects

    doc = parse_html(page(body=f'<div class="story"><p>Text</p>{markup}</div>'))
    found = byline_suspects(doc, themes.PageAttributes(doc))
    assert found == byline_suspects(doc)
    assert [el.text for el in found] == ["a"]
    none = parse_html(page(body='<div class="story"><a href="/news/x" title="x">b</a></div>'))
    assert byline_suspects(none, themes.PageAttributes(none)) == byline_suspects(none) == []


def test_a_page_s_attribute_values_are_fetched_once_per_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Theme detection, the theme's rules and the date fallback share one PageAttributes."""

    walks: list[object] = []
    real = themes._attribute_values

    def counting(doc):
        walks.append(doc)
        return real(doc)

    monkeypatch.setattr(themes, "_attribute_values", counting)
    body = f'<div class="entry-content"><h1>Flood warning lifted</h1>{PARAS}</div>'
    a = extract_article(page(body=body), "https://x.example/flood-warning-lifted")
    assert a.title == "Flood warning lifted"
    assert len(walks) == 1, walks


def test_a_page_s_attribute_values_are_what_an_xpath_finds_for_each_name() -> None:
    # in document order, also on elements beside the root (a stray tag after </html>)
    from lxml import etree

    doc = parse_html(
        page(
            head='<link rel="stylesheet" href="/a.css">',
            body='<div class="a" id="x"><a href="/b" class="b c" rel="author">B</a></div>'
            '<p class="" data-x="1">P</p>',
        )
        + '<link rel="alternate" href="/after.rss">'
    )
    attrs = themes.PageAttributes(doc)
    for name in ("class", "href", "rel", "id", "data-x", "title"):
        values = etree.XPath(f"//@{name}", smart_strings=False)(doc)
        assert attrs.joined(name) == ("\x00" + "\x00".join(values) + "\x00" if values else "")
    assert "/after.rss" in attrs.joined("href")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<html lang="de-CH"><head></head>', {"day_first": True, "languages": ("de", "en")}),
        (
            '<html><head><meta property="og:locale" content="es_VE">',
            {"day_first": True, "languages": ("es", "en")},
        ),
        ('<html lang="en-US"><head></head>', {"day_first": False, "languages": ("en",)}),
        ("<html><head></head>", {"day_first": False, "languages": None}),
        # a bare "en" whose og:locale gives the region: British, Indian English
        (
            '<html lang="en"><head><meta property="og:locale" content="en_GB">',
            {"day_first": True, "languages": ("en",)},
        ),
        (
            '<html lang="en"><head><meta property="og:locale" content="en_US">',
            {"day_first": False, "languages": ("en",)},
        ),
    ],
)
def test_the_pages_language_says_how_it_writes_dates(markup: str, expected: dict) -> None:
    doc = lxml_html.document_fromstring(f"{markup}<body><p>x</p></body></html>")
    assert extract_metadata(doc).dating() == expected


def test_an_indian_page_that_declares_a_bare_en_reads_numeric_dates_day_first() -> None:
    head = '<meta property="og:locale" content="en_IN">'
    body = f"<article><h1>Flyover opens</h1><p class='date'>03/04/2024 10:15 IST</p>{PARAS}"
    a = extract_article(page(head, body + "</article>"), "https://paper.example/news/flyover")
    assert a.published_at == "2024-04-03T10:15:00+05:30"


# -- canonical address ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        # a syndicated copy names the original on another site: a copy, not the same URL
        ("https://wire.example/2024/03/05/bridge-opens/", "https://herald.example/bridge-opens/"),
        # a CMS that names the home page on every page
        ("https://herald.example/", "https://herald.example/bridge-opens/"),
        # the site's own other host (www, amp.) is the article's address
        ("https://www.herald.example/bridge-opens/", "https://www.herald.example/bridge-opens/"),
    ],
)
def test_canonical_address_names_this_site_and_not_its_home_page(
    declared: str, expected: str
) -> None:
    head = f'<link rel="canonical" href="{declared}"><meta property="og:url" content="{declared}">'
    a = extract_article(
        page(head, f"<h1>Bridge opens</h1>{PARAS}"), "https://herald.example/bridge-opens/"
    )
    assert a.canonical_url == expected


def test_a_byline_in_another_script_beats_json_ld_crediting_the_site() -> None:
    """JSON-LD names the site (in Gurmukhi) as the author; the printed byline names the
    writer. Every name without a Latin letter had the same (empty) key as the site's name,
    so the byline was taken for the site and the site's name kept as the author."""
    site = "ਪੰਜਾਬ ਟਾਈਮਜ਼ ਨਿਊਜ਼"
    head = f'<meta property="og:site_name" content="{site}">' + jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "ਲੁਧਿਆਣਾ ਵਿੱਚ ਸੰਘਣੀ ਧੁੰਦ",
            "datePublished": "2024-01-05",
            "author": {"@type": "Person", "name": site},
        }
    )
    body = (
        "<article><h1>ਲੁਧਿਆਣਾ ਵਿੱਚ ਸੰਘਣੀ ਧੁੰਦ</h1>"
        '<span class="post-author-name">By <b>ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ</b></span>'
        + "<p>ਪੰਜਾਬ ਵਿੱਚ ਸੀਤ ਲਹਿਰ ਜਾਰੀ ਹੈ ਅਤੇ ਸ਼ੁੱਕਰਵਾਰ ਸਵੇਰੇ ਕਈ ਜ਼ਿਲ੍ਹਿਆਂ ਵਿੱਚ ਸੰਘਣੀ ਧੁੰਦ ਛਾਈ ਰਹੀ।</p>" * 4
        + "</article>"
    )
    article = extract_article(page(head, body, lang="pa"), "https://punjabtimes.example/fog/")
    assert article.authors == ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]


# -- section --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "section"),
    [
        # the_category()'s link, in a block the theme names as it likes
        (
            '<span class="mg-blog-category"><a href="/category/assam/" rel="category tag">'
            "Assam</a></span>",
            "Assam",
        ),
        # a category link beside the headline, without rel
        (
            '<div class="zox-post-cat"><a class="zox-post-cat-link" href="/category/telangana/">'
            "Telangana</a></div>",
            "Telangana",
        ),
        # WordPress's default category is no section
        ('<a href="/category/uncategorized/" rel="category tag">Uncategorized</a>', None),
    ],
)
def test_wordpress_section_from_the_articles_category_link(
    category: str, section: str | None
) -> None:
    head = '<meta name="generator" content="WordPress 6.4.2">'
    side = '<aside><a href="/category/sports/" rel="category tag">Sports</a></aside>'
    body = f"{side}<article><header>{category}<h1>Flood relief</h1></header>{PARAS}</article>"
    a = extract_article(page(head, body), "https://herald.example/2024/03/05/flood-relief/")
    assert a.section == section


def test_an_author_box_names_the_writer_when_no_byline_does() -> None:
    # a WordPress theme's author box after the story (and again in the sidebar) is the
    # only place the writer is named
    box = (
        '<div class="author-bio footer"><h3>Martin Lange</h3><h4>&nbsp;</h4>'
        '<p><a href="/author/martin">Alles von Martin Lange</a></p></div>'
    )
    side = (
        '<aside><div class="author-bio sidebar">'
        '<h3><a href="/author/martin">Martin Lange</a></h3></div></aside>'
    )
    body = f"<article><h1>Firmenwagen leasen</h1>{PARAS}{box}</article>{side}"
    a = extract_article(page("", body, "de"), "https://finanz.example/firmenwagen")
    assert a.authors == ["Martin Lange"]
    # boxes naming different people (a sidebar of columnists) name no one
    other = '<aside><div class="author-box"><h3>Eva Roth</h3></div></aside>'
    body = f"<article><h1>Firmenwagen leasen</h1>{PARAS}{box}</article>{other}"
    assert extract_article(page("", body, "de"), "https://finanz.example/firmenwagen").authors == []
    # a byline wins over the box
    byline = '<p class="byline">Von Tom Ray</p>'
    body = f"<article><h1>Firmenwagen leasen</h1>{byline}{PARAS}{box}</article>"
    a = extract_article(page("", body, "de"), "https://finanz.example/firmenwagen")
    assert a.authors == ["Tom Ray"]


def test_a_story_signed_at_its_end_names_its_writer() -> None:
    # a magazine's story closes with its writer's name alone, after the last sentence
    sign = '<p class="clearfix"><strong>Marina Roth</strong></p>'
    body = f"<article><h1>Buch der Woche</h1>{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://magazin.example/buch-der-woche")
    assert a.authors == ["Marina Roth"]
    # two capitalised words after a heading close a list, not a story
    tail = "<h3>Weitere Informationen</h3><p>Kontakt Presse</p>"
    body = f"<article><h1>Buch der Woche</h1>{PARAS}{tail}</article>"
    assert extract_article(page("", body, "de"), "https://magazin.example/buch").authors == []
    # a printed byline wins over the signature
    byline = '<p class="byline">Von Tom Ray</p>'
    body = f"<article><h1>Buch der Woche</h1>{byline}{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://magazin.example/buch-der-woche")
    assert a.authors == ["Tom Ray"]


@pytest.mark.parametrize(
    "data",
    [
        "<strong>Ann Lee (Hrsg.)<br>Der Fluss</strong><br>Blessing, 816 Seiten",
        "Ann Lee: Der Fluss. Roman. Hanser, 320 S., 24 Euro",
        "Ann Lee: The River. Faber, ISBN 978-0-571-12345-6",
    ],
)
def test_a_review_signed_under_the_books_data_names_its_writer(data: str) -> None:
    # a book review closes with the book's data (no sentence), then the reviewer's name
    sign = f'<p>{data}</p><p class="clearfix"><strong>Marina Roth</strong></p>'
    body = f"<article><h1>Buch der Woche</h1>{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://magazin.example/buch-der-woche")
    assert a.authors == ["Marina Roth"]


def test_a_signature_with_its_office_or_its_day_under_it_names_the_writer() -> None:
    # a press office signs its release with the officer's name, the office on the line under
    sign = "<p>Alexandra Roth</p><p>Stellvertretende Pressesprecherin und Bereichsleitung</p>"
    body = f"<article><h1>Trauern digital</h1>{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://kirche.example/trauern-digital")
    assert a.authors == ["Alexandra Roth"]
    assert "Pressesprecherin" in a.body  # (the lines stay: only the name is read)
    # a blog's post signed, then dated
    sign = "<p>Benedikt Roth</p><p>10. September 2017</p>"
    body = f"<article><h1>Abschied</h1>{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://blog.example/abschied")
    assert a.authors == ["Benedikt Roth"]
    # a line under two words that is no office leaves them a list's, not a signature
    tail = "<p>Alexandra Roth</p><p>Benedikt Roth</p>"
    body = f"<article><h1>Trauern digital</h1>{PARAS}{tail}</article>"
    assert extract_article(page("", body, "de"), "https://kirche.example/t").authors == []


def test_a_signature_marked_as_signed_names_its_writer() -> None:
    # German "gez." ("signed") before the name: a notice's signature, whatever precedes it
    sign = "<p>Termine im Überblick</p><p>gez. Klaus Roth, Vorsitzender</p>"
    body = f"<article><h1>Jahresversammlung</h1>{PARAS}{sign}</article>"
    a = extract_article(page("", body, "de"), "https://verein.example/jahresversammlung")
    assert a.authors == ["Klaus Roth"]


def test_a_related_block_known_only_by_its_heading_gives_related_urls() -> None:
    # Newsup-style: the block has no "related" class, only its heading says so; the
    # sidebar's "Recent Posts", a category link and another site's link are no related story
    related = (
        '<div class="mg-featured-slider"><div class="mg-sec-title"><h4>Related Post</h4></div>'
        '<div class="row"><h4 class="title"><a href="/tea-garden-wages/">Tea garden wages'
        ' revised upward</a></h4><a href="/category/state/">All posts in State here</a>'
        '<a href="https://other.example/x/">A story on another site</a>'
        '<a href="/author/bo/"><i class="fas fa-user-circle"></i> Bo Das</a></div></div>'
    )
    aside = (
        '<aside><h2>Recent Posts</h2><a href="/flood/">Flood waters recede in Dhemaji</a></aside>'
    )
    body = f"<article><h1>Bridge opens</h1>{PARAS}</article>{related}{aside}"
    a = extract_article(page("", body), "https://assam.example/2024/01/05/bridge-opens/")
    assert a.related_urls == ["https://assam.example/tea-garden-wages/"]


def test_a_script_filled_story_is_read_from_json_ld_article_body() -> None:
    # an app shell ("Loading…" where the story goes) or a page printing only the lead: the
    # whole story is in articleBody
    story = "\n\n".join(
        f"Paragraph {i} of the ferry story: services on the river resumed on Tuesday after"
        " two days of rain, the district administration said in a statement."
        for i in range(5)
    )
    data = {"@type": "NewsArticle", "headline": "Ferry services resume", "articleBody": story}
    body = '<div id="app"><h1>Ferry services resume</h1><p>Loading…</p></div>'
    a = extract_article(page(jsonld(data), body), "https://valley.example/ferry-resumes")
    assert a.body.startswith("Paragraph 0 of the ferry story") and "Loading" not in a.body
    lead = story.split("\n\n")[0]
    more = "<p>Subscribe to read more.</p>"
    body = f"<article><h1>Ferry services resume</h1><p>{lead}</p>{more}</article>"
    a = extract_article(page(jsonld(data), body), "https://valley.example/ferry-resumes")
    assert a.body.count("Paragraph") == 5
    # a printed story is kept over a structured-data copy of about the same length
    printed = "".join(f"<p>{p} (printed)</p>" for p in story.split("\n\n"))
    body = f"<article><h1>Ferry services resume</h1>{printed}</article>"
    a = extract_article(page(jsonld(data), body), "https://valley.example/ferry-resumes")
    assert a.body.count("(printed)") == 5


def test_a_story_whose_class_says_it_has_comments_keeps_its_header_time() -> None:
    # Kinja marks a story with readers' comments <article class="post hentry commented">:
    # no comment block, since it holds the headline
    body = (
        '<article class="post hentry commented"><header><h1>Nationals stuck with Espinosa</h1>'
        '<time datetime="2016-10-13T12:34:00-04:00">10/13/16 12:34pm</time></header>'
        f"{PARAS}</article>"
    )
    a = extract_article(page("", body), "https://sports.example/nationals-espinosa-1787706769")
    assert a.published_at == "2016-10-13T12:34:00-04:00"


def test_an_articles_own_footer_gives_its_date_and_section() -> None:
    # HTML5: a <footer> inside the <article> is the story's meta (its time, its category),
    # not the site's footer, whose dates and links stay out
    body = (
        "<article><h1>Council approves the new bridge</h1>" + PARAS + "<footer class='meta'>"
        "Posted <time datetime='2016-10-04T05:07-04:00'>10/04/16 05:07 AM EDT</time> in "
        "<a href='/category/politics/' rel='category tag'>Politics</a></footer></article>"
        "<footer class='site-footer'><time datetime='2016-12-01'>Dec 1</time>"
        "<a href='/category/sport/' rel='category tag'>Sport</a></footer>"
    )
    wordpress = "<link rel='stylesheet' href='/wp-content/themes/hueman/style.css'>"
    a = extract_article(page(wordpress, body), "https://x.example/council-approves-bridge")
    assert a.published_at == "2016-10-04T05:07:00-04:00"
    assert a.section == "Politics"
    # without a theme, the date all the same (the site footer's is never taken)
    a = extract_article(page(body=body), "https://x.example/council-approves-bridge")
    assert a.published_at == "2016-10-04T05:07:00-04:00"


def _breadcrumbs(*crumbs: tuple[str, str | None]) -> str:
    items = [
        {"@type": "ListItem", "position": i, "name": name, **({"item": url} if url else {})}
        for i, (name, url) in enumerate(crumbs, 1)
    ]
    return jsonld(
        {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    )


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        # home, the section, the page itself (linking nowhere)
        (
            (
                ("Startseite", "https://x.example/"),
                ("Wirtschaft", "https://x.example/wirtschaft/"),
                ("Bahn erhöht die Preise", None),
            ),
            "Wirtschaft",
        ),
        # the home page by the site's name and an index address; entities unescaped
        (
            (
                ("Kreisbote", "https://x.example/index.html"),
                ("Essen &amp; Trinken", "https://x.example/essen/"),
                ("Bahn erhöht die Preise", "https://x.example/wirtschaft/bahn"),
            ),
            "Essen & Trinken",
        ),
        # a trail of the home page and the page: no section
        ((("Home", "https://x.example/"), ("Bahn erhöht die Preise", None)), None),
        # the site's search is no section
        (
            (
                ("Erweiterte Suche", "https://x.example/erweiterte-suche/"),
                ("Bahn erhöht die Preise", None),
            ),
            None,
        ),
    ],
)
def test_section_from_a_breadcrumb_trail(crumbs, section) -> None:
    head = "<title>Bahn erhöht die Preise | Kreisbote</title>" + _breadcrumbs(*crumbs)
    body = "<h1>Bahn erhöht die Preise</h1>" + GERMAN
    a = extract_article(page(head, body, lang="de"), "https://x.example/wirtschaft/bahn")
    assert a.section == section


def test_section_from_microdata_breadcrumbs_and_structured_section_first() -> None:
    crumbs = (
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList">'
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a itemprop="item" href="/"><span itemprop="name">Home</span></a></li>'
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        '<a itemprop="item" href="/sport/"><span itemprop="name">Sport</span></a></li></ol>'
    )
    body = crumbs + "<h1>Derby ends level</h1>" + PARAS
    a = extract_article(page(body=body), "https://x.example/sport/derby")
    assert a.section == "Sport"
    head = '<meta property="article:section" content="Football">'
    assert extract_article(page(head, body), "https://x.example/sport/derby").section == "Football"


def test_byline_suspects_are_the_elements_a_byline_rule_could_take() -> None:
    # one element per test byline_suspects makes, and others it must leave, in page order
    from newscrawl.extraction.metadata import byline_suspects

    body = (
        '<div class="post-author">Ann</div><span class="byl">By Bo</span>'
        '<p id="AuthorBox">Cy</p><span itemprop="author">Di</span>'
        '<div itemtype="https://schema.org/Person">Ed</div><a rel="author" href="/x">Fay</a>'
        '<div data-testid="AuthorCard">Gil</div><div data-component="BylineBlock">Hal</div>'
        "<address>Ida</address><a href='/by/ivo'>Ivo</a><a href='/by/'>none</a>"
        "<a href='https://creativecommons.org/licenses/by/4.0/'>CC</a>"
        "<a href='/profile/jo'>Jo</a><a href='/reporters/kim'>Kim</a><a>no href</a>"
        '<div class="sidebar" id="main">none</div><p rel="nofollow">none</p>' + PARAS
    )
    doc = parse_html(page(body=body))
    found = byline_suspects(doc)
    assert [el.text for el in found] == [
        "Ann", "By Bo", "Cy", "Di", "Ed", "Fay", "Gil", "Hal", "Ida", "Ivo", "Jo", "Kim",
    ]  # fmt: skip


def test_lead_image_from_the_storys_first_figure_when_no_metadata_names_one() -> None:
    """A page without og:image or JSON-LD image, of no known theme: the first figure's
    picture in the story's <article>, its largest size."""
    figure = (
        '<figure><img src="/img/floods-640.jpg" srcset="/img/floods-640.jpg 640w, '
        '/img/floods-1038.jpg 1038w"><figcaption>Floods</figcaption></figure>'
    )
    a = extract_article(
        f"<html><body><article><h1>Floods</h1>{figure}{PARAS}</article></body></html>",
        "https://x.example/news/floods-hit-the-town-again/",
    )
    assert a.image_url == "https://x.example/img/floods-1038.jpg"


@pytest.mark.parametrize(
    "figure",
    [
        # a teaser's picture, linking to another page; a forum post's avatar
        '<figure><a href="/user/308"><img src="/files/portrait.jpg"></a></figure>',
        '<figure><img src="/forum/data/avatars/l/0/8.jpg"></figure>',
    ],
)
def test_no_lead_image_from_a_teasers_figure_or_an_avatar(figure: str) -> None:
    a = extract_article(
        f"<html><body><article><h1>Floods</h1>{figure}{PARAS}</article></body></html>",
        "https://x.example/news/floods-hit-the-town-again/",
    )
    assert a.image_url is None


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        # a trail printed without microdata: its first crumb after the home page
        (
            '<div class="breadcrumbs"><a href="/">Home</a> » <a href="/assam/">Assam</a> » '
            "Floods hit the town</div>",
            "Assam",
        ),
        (
            '<nav aria-label="Breadcrumb"><ol><li><a href="/de/">Startseite</a></li>'
            '<li><a href="/de/umwelt/">Umwelt</a><ul class="flyout"><li><a href="/de/huetten/">'
            "Hütten</a></li></ul></li><li>Floods hit the town</li></ol></nav>",
            "Umwelt",  # not the flyout menu's entry
        ),
        # a pager named "breadcrumb" (no home page first); a trail whose crumbs are
        # unlinked, with the siblings' list beside it
        (
            '<div class="breadcrumb-collection"><a href="/products/a">Previous</a> | '
            '<a href="/products/c">Next</a></div>',
            None,
        ),
        (
            '<div id="breadcrumbnav"><ul class="breadcrumbs"><li>Teams</li></ul>'
            '<ul class="siblings"><li><a href="/teams/men/">Men</a></li></ul></div>',
            None,
        ),
    ],
)
def test_section_from_a_printed_breadcrumb_trail(trail: str, section: str | None) -> None:
    a = extract_article(
        f"<html><body>{trail}<article><h1>Floods hit the town</h1>{PARAS}</article></body></html>",
        "https://x.example/news/floods-hit-the-town-again/",
    )
    assert a.section == section


def test_a_headline_with_its_kicker_run_together_is_not_the_bodys_first_line() -> None:
    """The title drops the heading's kicker element; the heading's text, kicker and
    headline run together, opened the body."""
    a = extract_article(
        "<html><head><title>Floods hit the town - Herald</title></head><body><article><h1>"
        f'<span class="kicker">Assam</span> Floods hit the town</h1>{PARAS}'
        "</article></body></html>",
        "https://x.example/news/floods-hit-the-town-again/",
    )
    assert a.title == "Floods hit the town"
    assert a.body.startswith("Paragraph 0 of a story")


def test_a_person_named_in_parts_in_structured_data_is_the_author() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "Floods",
            "author": {"@type": "Person", "givenName": "Ann", "familyName": "Lee"},
        }
    )
    a = extract_article(page(head, PARAS), "https://x.example/news/floods-hit-the-town-again/")
    assert a.authors == ["Ann Lee"]


def test_an_hcard_in_the_masthead_linking_home_is_the_site_not_the_author() -> None:
    # a blog theme marks its masthead up as the site's hCard ("vcard author", "fn") and
    # the post's byline the same way: the name linking to the home page is the site's
    masthead = (
        '<h1 class="vcard author"><a href="https://blog.example/" class="fn">Blog Archiv</a></h1>'
    )
    byline = '<h4 class="vcard author">vom <span class="fn">Krimileser</span></h4>'
    post = f'<div class="post hentry"><h3 class="entry-title">Ein Video</h3>{byline}{PARAS}</div>'
    html = page("", f"{masthead}{post}")
    assert extract_article(html, "https://blog.example/?p=2895").authors == ["Krimileser"]
    # with only the masthead's card there is no author
    html = page("", f'{masthead}<div class="post"><h3>Ein Video</h3>{PARAS}</div>')
    assert extract_article(html, "https://blog.example/?p=2895").authors == []


@pytest.mark.parametrize(
    "text",
    [
        # an old CMS's story typed into one block, its paragraphs split by <br>
        "<div class='text'>{s}<br><br>{s}<br><br>{s}</div>",
        # a forum thread's news post, or a guestbook's table cell
        "<table><tr><td class='eMessage'>{s}<br><b>{s}</b><br>{s}</td></tr></table>",
    ],
)
def test_classify_a_story_typed_into_one_block_without_paragraphs_as_an_article(
    text: str,
) -> None:
    sentence = "Words of the story, told at length by the reporter on the scene today."
    body = "<nav><a href='/'>Home</a></nav><h1>Bridge opens</h1>" + text.format(s=sentence * 2)
    assert classify_page(page(body=body), "https://x.example/detail/id/35204-bridge/") == "article"
    # the same text as a linked list of stories is no story
    linked = text.format(s=f"<a href='/a/'>{sentence * 2}</a>")
    body = f"<h1>Bridge opens</h1>{linked}"
    assert classify_page(page(body=body), "https://x.example/detail/id/35204-bridge/") != "article"
    # nor are a listing's excerpts, each after its teaser's heading in one container
    teasers = "".join(f"<h2><a href='/a/{i}/'>Story {i}</a></h2>{sentence}" for i in range(6))
    body = f"<h1>News</h1><div>{teasers}</div>"
    assert classify_page(page(body=body), "https://x.example/detail/id/35204-bridge/") != "article"


def test_classify_a_live_report_of_entries_in_blocks_of_their_own_as_an_article() -> None:
    # each entry of a match report in a block of its own: no run of prose is long, the
    # extractor reads the report whole
    entry = "<div class='entry'><span class='minute'>{m}'</span><p>{s}</p></div>"
    sentence = "The home side pressed high and won the ball back deep in the opponents' half."
    entries = "".join(entry.format(m=m, s=sentence) for m in range(5, 90, 12))
    body = f"<nav><a href='/'>Home</a></nav><h1>Leszno against Zielona Góra</h1>{entries}"
    url = "https://sport.example/speedway/report/110331/leszno-zielona-gora"
    assert classify_page(page(body=body), url) == "article"


@pytest.mark.parametrize(
    "title",
    [
        "Herald: Floods hit Assam villages again",  # the site's name as a colon's prefix
        "Floods hit Assam villages again « Herald",  # an old WordPress theme's separator
    ],
)
def test_the_site_s_name_before_a_colon_or_after_a_guillemet_is_not_the_title(
    title: str,
) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="Herald">'
    html = page(head, f"<div>{PARAS}</div>")
    url = "https://herald.example/news/floods-hit-assam-villages-again"
    assert extract_article(html, url).title == "Floods hit Assam villages again"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publicado el 3 de marzo de 2024", "3 de marzo de 2024"),
        ("Publicado em 3 de março de 2024", "3 de março de 2024"),
        ("Publicado: Jueves, 21 Abril 2022 04:45", "21 Abril 2022 04:45"),
        ("Published Monday, March 3, 2024", "March 3, 2024"),
        # a weekday without its comma, or hyphenated (Portuguese); an English ordinal
        ("Pubblicato mercoledì 3 aprile 2024", "3 aprile 2024"),
        ("Publicado el miércoles 3 de abril de 2024", "3 de abril de 2024"),
        ("Publicado quarta-feira, 3 de abril de 2024", "3 de abril de 2024"),
        ("Posted Wednesday, April 3rd, 2024", "April 3rd, 2024"),
        # the label as a noun
        ("Erscheinungsdatum: 03.04.2024", "03.04.2024"),
        ("Data di pubblicazione: 3 aprile 2024", "3 aprile 2024"),
        ("Data publikacji: środa, 3 kwietnia 2024", "3 kwietnia 2024"),
        ("Date de publication : 3 avril 2024", "3 avril 2024"),
        ("Publication date: April 3, 2024", "April 3, 2024"),
    ],
)
def test_a_labelled_date_in_spanish_or_portuguese_or_after_its_weekday(
    line: str, date: str
) -> None:
    assert labelled_dates(lxml_html.fromstring(f"<div><p>{line}</p></div>")) == [date]


def test_a_labelled_date_in_spanish_dates_a_page_without_structured_data() -> None:
    body = (
        f"<h1>Inundaciones</h1><p class='meta'>Publicado el lunes, 3 de marzo del 2024</p>{PARAS}"
    )
    html = page("", body, lang="es")
    assert extract_article(html, "https://diario.example/noticias/x").published_at == "2024-03-03"


@pytest.mark.parametrize(
    "opening",
    ["Berlin, 28.10.2021 – Das Rote Kreuz", "(28. Oktober 2021) Das Rote Kreuz"],
)
def test_a_press_release_is_dated_by_the_day_its_story_opens_with(opening: str) -> None:
    # no structured date, no label: htmldate took the oldest date the text mentions
    story = (
        f"<article><p>{opening} warnt vor dem Winter, der Vorrat reicht nicht.</p>{GERMAN}"
        "<p>Die Zahl der Spender sinkt seit dem 12.09.2021 stetig.</p></article>"
    )
    html = page("<title>Spender gesucht</title>", story, lang="de")
    a = extract_article(html, "https://verband.example/presse/spender-gesucht")
    assert a.published_at == "2021-10-28"


def _own_teaser_page(teaser_link: str) -> str:
    # no structured date, no label; the story mentions a later day (htmldate took it);
    # the site's list of the latest stories, beside it, holds the page's own teaser with
    # its day
    latest = (
        "<aside class='latest'>"
        f"<div class='item'>{teaser_link}<span class='time'>21.11.2022</span></div>"
        "<div class='item'><a href='/preise/news-18724/'>Staat zahlt den Abschlag</a>"
        "<span class='time'>18.11.2022</span></div></aside>"
    )
    story = (
        f"<article><h2>Rechte auf einen Blick</h2>{GERMAN}"
        "<p>Eine Rechnung aus dem Jahre 2019 verjährt daher zum 31.12.2022.</p></article>"
    )
    return page("<title>Rechte auf einen Blick</title>", latest + story, lang="de")


@pytest.mark.parametrize(
    ("teaser_link", "own"),
    [
        ("<a href='/preise/news-18725/'>Rechte auf einen Blick</a>", True),
        ("<a href='https://verband.example/preise/news-18725'>Rechte</a>", True),
        ("<a href='../news-18725/'>Rechte auf einen Blick</a>", True),
        # a comment's permalink: the day is the comment's
        ("<a href='/preise/news-18725/#comment-3'>Rechte auf einen Blick</a>", False),
        ("<div class='comment-meta'><a href='/preise/news-18725/'>Rechte</a></div>", False),
        # another page's teaser
        ("<a href='/preise/news-18726/'>Rechte auf einen Blick</a>", False),
        # a malformed address holding the page's own: no day, and no error
        ("<a href='http://[bad/preise/news-18725/'>Rechte auf einen Blick</a>", False),
    ],
)
def test_a_page_is_dated_by_the_day_its_own_teaser_prints(teaser_link: str, own: bool) -> None:
    html = _own_teaser_page(teaser_link)
    a = extract_article(html, "https://verband.example/preise/news-18725/")
    assert (a.published_at == "2022-11-21") is own


def test_own_teasers_that_print_two_days_date_nothing() -> None:
    doc = parse_html(
        "<html><body><ul><li><a href='/a/fire'>Fire</a> 21.11.2022</li></ul>"
        "<div><a href='/a/fire'>Fire</a> <span>20.11.2022</span></div></body></html>"
    )
    assert own_teaser_dates(doc, ["https://x.example/a/fire"], parse_date) == []
    assert own_teaser_dates(doc, ["https://x.example/"], parse_date) == []


def test_an_italian_labelled_date_dates_a_page_over_its_last_update() -> None:
    # htmldate reads no Italian month: without the label the page had no date at all
    meta = (
        "<p class='m'>Aggiornato venerdì 5 aprile 2024</p>"
        "<p class='m'>Pubblicato mercoledì 3 aprile 2024</p>"
    )
    html = page("", f"<h1>Bilancio approvato</h1>{meta}{PARAS}", lang="it")
    a = extract_article(html, "https://comune.example/notizie/bilancio")
    assert a.published_at == "2024-04-03"


def test_joomlas_created_label_dates_a_german_page_over_its_last_update() -> None:
    # Joomla's article info in German: the update first, "Erstellt" (created) after it;
    # htmldate reads neither long date and took the update's short one elsewhere
    info = (
        "<dl class='article-info'><dd>Zuletzt aktualisiert: Freitag, 05. April 2024 08:00</dd>"
        "<dd>Erstellt: Mittwoch, 03. April 2024 10:15</dd></dl><p class='m'>05.04.2024</p>"
    )
    html = page("", f"<h1>Haushalt beschlossen</h1>{info}{PARAS}", lang="de")
    a = extract_article(html, "https://gemeinde.example/aktuelles/haushalt")
    assert a.published_at == "2024-04-03T10:15:00"


_FLOOD = "".join(
    "<p>Absatz einer Geschichte über das Hochwasser in der Region und die Hilfe vor Ort.</p>"
    for _ in range(6)
)


def _flood_story(before: str = "", after: str = "") -> Article:
    """A German local story: ``before`` between its headline and its text, ``after`` it."""
    html = page("", f"<article><h1>Hochwasser</h1>{before}{_FLOOD}{after}</article>", lang="de")
    return extract_article(html, "https://zeitung.example/lokal/hochwasser-trifft-doerfer")


@pytest.mark.parametrize(
    "byline",
    [
        "Ein Gastbeitrag von Anna Schmidt",
        "Eine Kolumne von <a href='/team/as'>Anna Schmidt</a>",
        "Geschrieben von Anna Schmidt",
        "Text und Fotos: Anna Schmidt",
        "Text: Anna Schmidt / Fotos: Bernd Meier",
        "Redakteurin: Anna Schmidt",
        "Erstellt von Anna Schmidt am 03.03.2024",
        "Veröffentlicht am 03.03.2024 von Anna Schmidt",
        "A column by Anna Schmidt",
        "Story and photos by Anna Schmidt",
        # without an article
        "Kommentar von Anna Schmidt",
        "Blog Beitrag von Anna Schmidt",
        "Guest post by Anna Schmidt",
        "Ein Interview von Anna Schmidt",
        "Artikel von Anna Schmidt",
        # the name in an element of its own after the label
        "Kommentar von <a href='/team/as'>Anna Schmidt</a>",
        "Guest post by <span>Anna Schmidt</span>",
        "Artikel von <span>Anna Schmidt</span>",
        # the writer's job at the paper
        "Von unserer Redakteurin Anna Schmidt",
        "Von unserer Korrespondentin Anna Schmidt",
        "Von unserer freien Mitarbeiterin Anna Schmidt",
        "<span class='author'>Von unserer Redakteurin Anna Schmidt</span>",
    ],
)
def test_a_text_byline_that_names_the_kind_of_piece_or_the_pictures_too(byline: str) -> None:
    a = _flood_story(f"<p>{byline}</p>")
    assert a.authors == ["Anna Schmidt"]
    assert "Schmidt" not in a.body  # (a byline, not the story)


@pytest.mark.parametrize(
    "line",
    [
        "An analysis by the central bank found that prices rose by four percent in March.",
        "Interview mit Anna Schmidt über das Hochwasser",
        "Kommentar von Statista",
    ],
)
def test_prose_that_opens_like_a_text_byline_names_no_author(line: str) -> None:
    html = page("", f"<article><h1>Floods</h1><p>{line}</p>{PARAS}</article>")
    assert extract_article(html, "https://herald.example/news/floods").authors == []


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("es", "Escrito por Ana García", "Ana García"),
        ("es", "Redacción: Ana García", "Ana García"),
        ("es", "Texto: Ana García", "Ana García"),
        ("pt", "Escrito por Ana Silva", "Ana Silva"),
        ("it", "di Anna Rossi", "Anna Rossi"),
        ("it", "Scritto da Anna Rossi", "Anna Rossi"),
        ("it", "A cura di Anna Rossi", "Anna Rossi"),
        ("nl", "Door Anna de Vries", "Anna de Vries"),
        ("nl", "Geschreven door Anna de Vries", "Anna de Vries"),
        ("en", "Submitted by Ann Lee", "Ann Lee"),
        ("en", "Contributed by Ann Lee", "Ann Lee"),
        ("en", "Words: Ann Lee", "Ann Lee"),
        ("en", "Words by Ann Lee", "Ann Lee"),
        ("en", "Text and photos by Ann Lee", "Ann Lee"),
        ("en", "By Ann Lee, Staff Writer", "Ann Lee"),
        ("de", "Autor/in: Anna Schmidt", "Anna Schmidt"),
        ("de", "Text: Anna Schmidt, Fotos: Bernd Meier", "Anna Schmidt"),
        # the day in words before the label
        ("fr", "Publié le 3 mars 2024 à 10h00 par Anne Leroy", "Anne Leroy"),
        ("en", "Posted on March 3, 2024 by Ann Lee", "Ann Lee"),
        ("it", "Pubblicato il 3 marzo 2024 da Anna Rossi", "Anna Rossi"),
        # a bullet between the fields
        ("en", "Story by Ann Lee • Photos by Bo Wen", "Ann Lee"),
    ],
)
def test_a_text_byline_in_the_languages_of_the_corpus(lang: str, byline: str, name: str) -> None:
    html = page("", f"<article><h1>Floods</h1><p>{byline}</p>{PARAS}</article>", lang=lang)
    a = extract_article(html, "https://herald.example/news/floods-hit")
    assert a.authors == [name]
    if not byline.startswith(("di ", "Door ")):  # (a preposition alone is no body filter)
        assert name not in a.body


def test_a_publication_date_then_prose_names_no_author() -> None:
    line = "Published on 3 March 2024 by the county council's press office"
    html = page("", f"<article><h1>Floods</h1><p>{line}</p>{PARAS}</article>")
    assert extract_article(html, "https://herald.example/news/floods").authors == []


def test_the_paper_a_freelancer_wrote_for_is_no_author() -> None:
    for credit in ("For The Herald", "Special to the Star"):
        byline = f'<div class="byline">By Ann Lee<br>{credit}</div>'
        html = page("", f"<article><h1>Floods</h1>{byline}{PARAS}</article>")
        assert extract_article(html, "https://herald.example/news/floods").authors == ["Ann Lee"]


def test_short_words_of_prose_are_no_byline_label_alone() -> None:
    # "Door" (a noun in English) and "di" alone in their element, a name-like text after
    html = page(
        "", f"<article><h1>Floods</h1><p><b>Door</b> <i>Front Porch</i></p>{PARAS}</article>"
    )
    assert extract_article(html, "https://herald.example/news/floods-hit").authors == []
    html = page("", f"<article><h1>Floods</h1><p><b>di</b> <i>Anna Rossi</i></p>{PARAS}</article>")
    assert extract_article(html, "https://herald.example/news/floods-hit").authors == []


def test_a_job_and_a_desk_under_the_name_is_no_second_author() -> None:
    byline = '<p class="author">Anna Schmidt<br>Redakteurin Lokales</p>'
    html = page("", f"<article><h1>Hochwasser</h1>{byline}{GERMAN}</article>", lang="de")
    assert extract_article(html, "https://zeitung.example/lokal/x").authors == ["Anna Schmidt"]


def test_a_german_author_box_names_the_writer_when_no_byline_does() -> None:
    box = (
        '<div class="autor-box"><h4>Über die Autorin</h4>'
        "<p><strong>Anna Schmidt</strong> schreibt über Umwelt und Verkehr.</p></div>"
    )
    html = page("", f"<article><h1>Hochwasser</h1>{GERMAN}{box}</article>", lang="de")
    assert extract_article(html, "https://zeitung.example/lokal/x").authors == ["Anna Schmidt"]


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        # another story of the site, dropped in without a heading
        ('<a href="/news/sheriff-asks-for-deputies">Sheriff asks for more deputies</a>', False),
        ('<a href="https://herald.example/x">Sheriff asks for more deputies</a>', False),
        # a link to the source on another site, a sentence, a programme's entry
        ('<a href="https://report.example/x">The report the council commissioned</a>', True),
        ('<a href="/docs/budget.pdf">Read the council\'s full budget report.</a>', True),
        ('<a href="/events/7">03.03.2024 - Jazz im Park - Stadtgarten</a>', True),
    ],
)
def test_a_paragraph_that_is_one_link_to_another_story_is_a_teaser(link: str, kept: bool) -> None:
    paras = [
        f"<p>Paragraph {i} of a story about the floods in Assam and the relief.</p>"
        for i in range(6)
    ]
    body = (
        f"<article><h1>Floods</h1>{''.join(paras[:3])}<p>{link}</p>{''.join(paras[3:])}</article>"
    )
    a = extract_article(page("", body), "https://herald.example/news/floods")
    text = lxml_html.fromstring(link).text_content()
    assert (text in a.body) is kept
    assert "Paragraph 5 of a story" in a.body


@pytest.mark.parametrize("cls", ["asset-updated", "date-updated", "updated-date"])
def test_a_printed_update_s_time_beside_the_headline_is_the_modified_date(cls: str) -> None:
    # BLOX (TownNews), the CMS of many American local papers: "Updated 9 hrs ago"
    meta = (
        '<time datetime="2024-03-02T18:45:00-06:00" class="tnt-date asset-date">Mar 2, 2024</time>'
        f'<span class="{cls}">Updated <time datetime="2024-03-03T08:00:00-06:00">'
        "9 hrs ago</time></span>"
    )
    body = f"<article><div class='asset-header'><h1>Council votes</h1>{meta}</div>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/news/council-votes")
    assert (a.published_at, a.modified_at) == (
        "2024-03-02T18:45:00-06:00",
        "2024-03-03T08:00:00-06:00",
    )


@pytest.mark.parametrize(
    "byline",
    [
        "<span class='author'>Door <a href='/auteur/jan'>Anna Schmidt</a></span>",
        "<p class='author'>Anna Schmidt – Redaktion Stadtanzeiger</p>",
        "<p class='author'>Anna Schmidt | Lokalredaktion</p>",
    ],
)
def test_a_bylines_label_and_desk_are_not_the_name(byline: str) -> None:
    a = _flood_story(byline)
    assert a.authors == ["Anna Schmidt"]


def test_an_author_box_heading_is_no_author() -> None:
    box = "<div class='author-box'><h4>Über den Autor</h4><p>Schreibt seit 2010 für uns.</p></div>"
    a = _flood_story(after=box)
    assert a.authors == []


_STORY = {
    "es": "El concejo municipal aprobó el martes el nuevo puente "
    "sobre el río y los vecinos hablaron del tráfico.",
    "pt": "A câmara municipal aprovou na terça-feira a nova ponte "
    "sobre o rio e os moradores falaram do trânsito.",
    "fr": "Le conseil municipal a approuvé mardi le nouveau pont "
    "sur la rivière et les habitants ont parlé du trafic.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo ponte "
    "sul fiume e i residenti hanno parlato del traffico.",
    "en": "The town council approved the new bridge over the "
    "river on Tuesday and residents spoke about the traffic.",
    "tr": "Belediye meclisi salı günü nehir üzerindeki yeni "
    "köprüyü onayladı ve sakinler trafik hakkında konuştu.",
}


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("es", "Reportaje de Ana Ruiz"),
        ("es", "Por: Ana Ruiz"),
        ("es", "De nuestra corresponsal Ana Ruiz"),
        ("es", "Periodista: Ana Ruiz"),
        ("pt", "Reportagem de Ana Ruiz"),
        ("pt", "Por Ana Ruiz, da Redação"),
        ("fr", "Rédigé par Ana Ruiz"),
        ("fr", "Propos recueillis par Ana Ruiz"),
        ("fr", "De notre correspondante Ana Ruiz"),
        ("it", "Servizio di Ana Ruiz"),
        ("it", "Dal nostro inviato Ana Ruiz"),
        ("en", "By Ana Ruiz, The Valley Herald"),
        ("en", "Written by Ana Ruiz | New Delhi"),
        ("tr", "Haber: Ana Ruiz"),
        ("tr", "Muhabir: Ana Ruiz"),
    ],
)
def test_a_text_byline_in_the_regional_presss_languages(lang: str, byline: str) -> None:
    paras = "".join(f"<p>{_STORY[lang]}</p>" for _ in range(6))
    html = page("", f"<article><h1>Nuevo puente</h1><p>{byline}</p>{paras}</article>", lang=lang)
    a = extract_article(html, "https://gazette.example/local/2024/03/nuevo-puente")
    assert a.authors == ["Ana Ruiz"]
    assert "Ruiz" not in a.body.split("\n\n")[0]  # (a byline, not the story's first line)


@pytest.mark.parametrize("label", ["Written by", "Verfasst von", "Escrito por"])
def test_a_twitter_cards_writer_field_is_an_author(label: str) -> None:
    head = (
        f'<meta name="twitter:label1" content="{label}">'
        '<meta name="twitter:data1" content="Ann Lee">'
        '<meta name="twitter:label2" content="Est. reading time">'
        '<meta name="twitter:data2" content="3 minutes">'
    )
    a = extract_article(
        page(head, f"<article><h1>Floods</h1>{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == ["Ann Lee"]


def test_parselys_older_page_tag_gives_authors_date_section_and_tags() -> None:
    # one <meta name="parsely-page"> of JSON, as sites tagged before Parse.ly's newer tags
    data = (
        '{"title": "Floods", "pub_date": "2024-03-12T10:00:00Z", "section": "Weather",'
        ' "authors": ["Ann Lee", "Bo Wen"], "tags": ["river", "council"], "type": "post"}'
    )
    head = f"<meta name='parsely-page' content='{data}'>"
    a = extract_article(
        page(head, f"<article><h1>Floods</h1>{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == ["Ann Lee", "Bo Wen"]
    assert a.published_at == "2024-03-12T10:00:00+00:00"
    assert a.section == "Weather"
    assert {"river", "council"} <= set(a.tags)


def test_parselys_older_page_tag_yields_to_structured_data_and_bad_json_is_ignored() -> None:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Floods",'
        ' "author": {"@type": "Person", "name": "Cy Dorn"}}</script>'
    )
    tag = """<meta name='parsely-page' content='{"author": "Ann Lee"}'>"""
    body = f"<article><h1>Floods</h1>{PARAS}</article>"
    assert extract_article(page(jsonld + tag, body), "https://h.example/a").authors == ["Cy Dorn"]
    broken = "<meta name='parsely-page' content='{\"author\": '>"
    assert extract_article(page(broken, body), "https://h.example/a").authors == []


@pytest.mark.parametrize(
    "byline",
    ['<p class="byline">By Ann Lee, Kuala Lumpur</p>', "<p>Written by Ann Lee | Hong Kong |</p>"],
)
def test_a_place_of_several_words_after_the_byline_s_name_is_no_author(byline: str) -> None:
    body = f"<article><h1>Floods</h1>{byline}{PARAS}</article>"
    a = extract_article(page("", body), "https://h.example/news/2024/03/03/floods")
    assert a.authors == ["Ann Lee"]


def test_a_reading_time_in_a_twitter_card_is_no_author() -> None:
    head = (
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="Ann Lee">'
    )
    a = extract_article(
        page(head, f"<article><h1>Floods</h1>{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == []


def test_jsonld_authors_as_a_list_of_graph_references() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Floods",
                "author": [{"@id": "#p"}, {"@id": "#q"}],
            },
            {"@type": "Person", "@id": "#p", "name": "Ann Lee"},
            {"@type": "Person", "@id": "#q", "name": "Bo Wen"},
        ],
    }
    a = extract_article(
        page(jsonld(graph), f"<article><h1>Floods</h1>{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == ["Ann Lee", "Bo Wen"]


def test_the_article_author_name_meta_is_an_author() -> None:
    head = '<meta property="article:author_name" content="Ann Lee">'
    a = extract_article(
        page(head, f"<article><h1>Floods</h1>{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == ["Ann Lee"]


_CARDS = {
    "heading-link": (
        "<section class='more-stories'>"
        "<article class='card'><h3><a href='/fair'>Fair opens</a></h3>"
        "<p class='byline'>By Tom Noise</p></article>"
        "<article class='card'><h3><a href='/road'>Road closed</a></h3>"
        "<p class='byline'>By Tom Noise</p></article></section>"
    ),
    "link-holding-heading": (
        "<div class='editors-picks'><h2>Editor's picks</h2>"
        "<div><a href='/fair'><h3>Fair opens</h3></a><span class='author-name'>Tom Noise</span>"
        "</div></div>"
    ),
}


@pytest.mark.parametrize("card", sorted(_CARDS))
@pytest.mark.parametrize("byline", ["<p class='byline'>By Ann Lee</p>", ""])
def test_a_teaser_cards_byline_is_not_the_articles(card: str, byline: str) -> None:
    body = f"<main><article><h1>Floods</h1>{byline}{PARAS}</article>{_CARDS[card]}</main>"
    a = extract_article(page("", body), "https://herald.example/2024/03/floods-in-assam")
    assert a.authors == (["Ann Lee"] if byline else [])


def test_a_story_with_a_card_inside_it_is_no_card() -> None:
    # the story's own block holds a card of another story (its link holds the heading):
    # the story's byline and time, beside an <h2> headline, stay the story's
    card = "<div class='inline-teaser'><a href='/fair'><h3>Fair opens</h3></a></div>"
    body = (
        "<article><section class='header'><time datetime='2024-03-05T10:15:00'>5 March</time>"
        f"<h2>Floods</h2></section><span class='author-name'>Ann Lee</span>{PARAS * 2}{card}"
        f"{PARAS}</article>"
    )
    a = extract_article(page("", body), "https://herald.example/2024/03/floods-in-assam")
    assert a.authors == ["Ann Lee"]
    assert a.published_at.startswith("2024-03-05T10:15")


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("nl", "Door Ann Lee en Bo Wen"),
        ("sv", "Av Ann Lee och Bo Wen"),
        ("da", "Af Ann Lee og Bo Wen"),
        ("pl", "Autor: Ann Lee i Bo Wen"),
        ("id", "Oleh Ann Lee dan Bo Wen"),
        ("tr", "Yazar: Ann Lee ve Bo Wen"),
        ("cs", "Autor: Ann Lee a Bo Wen"),
        ("hu", "Szerző: Ann Lee és Bo Wen"),
        ("fi", "Teksti: Ann Lee ja Bo Wen"),
        ("en", "By Ann Lee and Bo Wen"),
    ],
)
def test_two_writers_joined_by_the_languages_and(lang: str, byline: str) -> None:
    body = f"<article><h1>Floods</h1><p>{byline}</p>{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://herald.example/2024/03/floods")
    assert a.authors == ["Ann Lee", "Bo Wen"]
    assert "Wen" not in a.body  # (the byline left the story)


def test_a_capitalised_conjunction_is_a_name() -> None:
    body = f"<article><h1>Floods</h1><p class='byline'>By Dan Brown</p>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/2024/03/floods")
    assert a.authors == ["Dan Brown"]


def test_three_writers_in_a_byline_paragraph_leave_the_body() -> None:
    body = f"<article><h1>Floods</h1><p>By Ann Lee, Bo Wen and Cy Do</p>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/2024/03/floods")
    assert a.authors == ["Ann Lee", "Bo Wen", "Cy Do"]
    assert "Wen" not in a.body


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Ana Ruiz | March 3, 2024"),
        ("en", "Ana Ruiz · 3 March 2024"),
        ("de", "Ana Ruiz, 03.03.2024"),
        ("en", "March 3, 2024 by Ana Ruiz"),
        ("de", "Geschrieben am 03.03.2024 von Ana Ruiz"),
        ("nl", "Gepubliceerd op 3 maart 2024 door Ana Ruiz"),
        ("es", "Publicado por Ana Ruiz el 3 de marzo de 2024"),
        ("it", "Pubblicato da Ana Ruiz il 3 marzo 2024"),
        # the place it was filed from between the name and the day
        ("en", "Ana Ruiz | Guwahati | March 3, 2024"),
        ("en", "Ana Ruiz | Kuala Lumpur | March 3, 2024"),
        ("de", "Ana Ruiz, Bad Tölz, 03.03.2024"),
        # the months of more of the regional press's languages
        ("cs", "Ana Ruiz | 3. března 2024"),
        ("pl", "Ana Ruiz | 3 marca 2024"),
        ("nl", "Ana Ruiz | 3 maart 2024"),
        ("pt", "Ana Ruiz | 3 de março de 2024"),
    ],
)
def test_a_byline_and_its_day_under_the_headline(lang: str, line: str) -> None:
    body = f"<article><h1>Floods</h1><p><em>{line}</em></p>{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://herald.example/local/floods-in-assam")
    assert a.authors == ["Ana Ruiz"]
    assert "Ruiz" not in a.body
    assert a.published_at == "2024-03-03"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<span>Ana Ruiz</span> | <span>03.03.2024</span>", ["Ana Ruiz"]),
        ('<span>Ana Ruiz</span><time datetime="2024-03-03">3. März 2024</time>', ["Ana Ruiz"]),
        # a section's name, a forum member's rank (not a name's capitalised words)
        ("<span>Lokales</span> | <span>03.03.2024</span>", []),
        ("<span>Gehöre zum Inventar</span> <span>03.03.2024</span>", []),
        # the day first, then a forum member's rank
        ("<span>03.03.2024</span> <span>Intermediate Writer</span>", []),
    ],
)
def test_a_name_and_its_day_in_elements_of_their_own_under_the_headline(
    line: str, authors: list[str]
) -> None:
    body = f'<article><h1>Floods</h1><div class="meta">{line}</div>{PARAS}</article>'
    a = extract_article(page("", body, lang="de"), "https://herald.example/local/floods")
    assert a.authors == authors
    # far from the headline, the same line names nobody (an events list's)
    body = f'<article><h1>Floods</h1>{PARAS}<div class="meta">{line}</div>{PARAS}</article>'
    assert (
        extract_article(page("", body, lang="de"), "https://herald.example/local/f").authors == []
    )


@pytest.mark.parametrize(
    ("lang", "byline", "agency"),
    [
        ("en", "By Ann Lee and Bo Wen, Associated Press", "AP"),
        ("en", "By Ann Lee and Bo Wen, Reuters", "Reuters"),
        ("de", "Von Ann Lee und Bo Wen, dpa", "dpa"),
    ],
)
def test_several_writers_then_their_wire_in_a_text_byline(
    lang: str, byline: str, agency: str
) -> None:
    body = f"<article><h1>Floods</h1><p>{byline}</p>{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://herald.example/local/floods")
    assert (a.authors, a.agency) == (["Ann Lee", "Bo Wen"], agency)


def test_a_second_name_between_a_name_and_a_day_is_no_place() -> None:
    # two names without a label: no byline this rule reads, and the line stays
    line = "Ana Ruiz | Bo Wen | March 3, 2024"
    body = f"<article><h1>Floods</h1><p><em>{line}</em></p>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/local/floods-in-assam")
    assert a.authors == []
    assert line in a.body


def test_a_name_and_a_day_far_from_the_headline_is_no_byline() -> None:
    events = "<p><em>Ana Ruiz | March 3, 2024</em></p>"
    body = f"<article><h1>Floods</h1>{PARAS}{events}{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/local/floods-in-assam")
    assert a.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "10 CDs mit einer 180-Tage-Testversion von G-Data",
        "2009 Fertigstellung von Haus 4 und 8",
        "251. When is a door not a door?",
    ],
)
def test_a_line_with_a_number_and_by_stays_in_the_story(line: str) -> None:
    body = f"<article><h1>Floods</h1>{PARAS}<p>{line}</p>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/local/floods-in-assam")
    assert line in a.body


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("ru", "Текст: Иван Петров", "Иван Петров"),
        ("el", "Του Γιάννη Παπαδόπουλου", "Γιάννη Παπαδόπουλου"),
        ("el", "Γράφει ο Γιάννης Παπαδόπουλος", "Γιάννης Παπαδόπουλος"),
        ("el", "Συντάκτης: Γιάννης Παπαδόπουλος", "Γιάννης Παπαδόπουλος"),
        ("ar", "كتب: محمد علي", "محمد علي"),
        ("bn", "লেখক: রাহুল দাস", "রাহুল দাস"),
        ("hr", "Piše: Marko Horvat", "Marko Horvat"),
        ("sr", "Пише: Марко Марковић", "Марко Марковић"),
        ("vi", "Bài: Nguyễn Văn An", "Nguyễn Văn An"),
        ("fa", "نویسنده: علی رضایی", "علی رضایی"),
    ],
)
def test_a_byline_label_in_other_scripts(lang: str, byline: str, name: str) -> None:
    body = f"<article><h1>Headline</h1><p>{byline}</p>{PARAS}</article>"
    a = extract_article(page("", body, lang=lang), "https://paper.example/local/2024/headline")
    assert a.authors == [name]
    assert name not in a.body


def test_spanish_en_after_a_writer_is_no_second_writer() -> None:
    body = (
        f"<article><h1>Floods</h1><p class='byline'>Ana Ruiz en Buenos Aires</p>{PARAS}</article>"
    )
    a = extract_article(page("", body, lang="es"), "https://diario.example/2024/03/floods")
    assert a.authors in ([], ["Ana Ruiz"])  # (never the place as a second writer)


def test_escribe_is_a_label() -> None:
    body = f"<article><h1>Floods</h1><p class='byline'>Escribe Camila Méndez</p>{PARAS}</article>"
    a = extract_article(page("", body, lang="es"), "https://diario.example/2024/03/floods")
    assert a.authors == ["Camila Méndez"]


def test_a_twitter_cards_display_name_yields_to_the_printed_byline() -> None:
    head = (
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Nils">'
    )
    body = f"<article><h1>Floods</h1><p class='byline'>By Nils Pickert</p>{PARAS}</article>"
    a = extract_article(page(head, body), "https://herald.example/2024/03/floods")
    assert a.authors == ["Nils Pickert"]


@pytest.mark.parametrize(
    "label",
    [
        "Übersetzt von",
        "Translated by",
        "Traducido por",
        "Verified by",
        "Fact checked by",
        # the language translated from between the label's words
        "Übersetzt aus dem Englischen von",
        "Translated from the French by",
        "Traduit de l'anglais par",
        "Traducido del inglés por",
        "Vertaald uit het Engels door",
        # a video's or the pictures' maker
        "Video von",
        "Video by",
        "Fotos",
        "Photos by",
        "Vidéo de",
    ],
)
def test_a_translators_name_in_an_author_class_is_no_writer(label: str) -> None:
    box = (
        "<div class='postAuthor'><span class='name'><span class='label'>Von</span>: Ann Lee"
        "</span></div><div class='postAuthor'><span class='name'><span class='label'>"
        f"{label}</span>: <a class='author' href='/info/team/bo-wen/'>Bo Wen</a></span></div>"
    )
    body = f"<article><h1>Floods</h1>{box}{PARAS}</article>"
    a = extract_article(page("", body, lang="de"), "https://herald.example/2024/03/floods")
    assert a.authors == ["Ann Lee"]  # (the writer, read from its "Von:" label)


@pytest.mark.parametrize(
    "byline",
    [
        "Von Ann Lee (Text) und Bo Wen (Fotos)",
        "By Ann Lee (text) and Bo Wen (photos)",
        "Ann Lee (Text), Bo Wen (Foto), Cy Do (Video)",
    ],
)
def test_a_name_credited_with_the_pictures_in_brackets_is_no_writer(byline: str) -> None:
    body = f'<article><h1>Floods</h1><p class="byline">{byline}</p>{PARAS}</article>'
    a = extract_article(page("", body, lang="de"), "https://herald.example/2024/03/floods")
    assert a.authors == ["Ann Lee"]


@pytest.mark.parametrize("label", ["Text und Fotos", "Text & Fotos", "Story and photos by"])
def test_the_writer_who_took_the_pictures_too_is_the_writer(label: str) -> None:
    box = f"<div class='meta'><span>{label}</span>: <a class='author' href='/a/bw'>Bo Wen</a></div>"
    body = f"<article><h1>Floods</h1>{box}{PARAS}</article>"
    a = extract_article(page("", body, lang="de"), "https://herald.example/2024/03/floods")
    assert a.authors == ["Bo Wen"]


@pytest.mark.parametrize(
    "byline",
    [
        # "Von" alone in a list item, the name in the next one (DuMont's regional papers)
        "<ul class='meta'><li><p>Von</p></li><li><span>Ann Lee</span></li>"
        "<li><time>19.10.19, 11:29 Uhr</time></li></ul>",
        # the name four levels under the label's block
        "<div>Von <span itemscope><a href='/x'><span>Ann Lee</span></a></span></div>",
        # the label's colon after its element, before the name
        "<div><span class='label'>Von</span>: Ann Lee</div>",
        "<p><b>Text</b>: Ann Lee</p>",
        "<p><b>Autor</b> : <a href='/team/al'>Ann Lee</a></p>",
    ],
)
def test_a_label_alone_and_its_name_in_the_next_block(byline: str) -> None:
    body = f"<article><h1>Floods</h1>{byline}{GERMAN}</article>"
    a = extract_article(page("", body, lang="de"), "https://zeitung.example/lokal/floods-123")
    assert a.authors == ["Ann Lee"]


def test_writers_printed_apart_after_a_label_alone() -> None:
    byline = (
        "<div><span>By</span> <span>David Brand</span> <span>and</span> <span>Bo Wen</span></div>"
    )
    a = extract_article(
        page("", f"<article><h1>Floods</h1>{byline}{PARAS}</article>"), "https://h.example/a"
    )
    assert a.authors == ["David Brand", "Bo Wen"]


def test_a_person_linked_in_a_sentence_is_no_writer() -> None:
    text = (
        "<p>Haben sich die Eltern von <a href='/person.php?author=Mozart'>Wolfgang Amadeus "
        "Mozart</a> jemals Sorgen gemacht?</p>"
    )
    body = f"<article><h1>Mozart</h1>{text}{GERMAN}</article>"
    a = extract_article(page("", body, lang="de"), "https://blog.example/mozarts-eltern")
    assert a.authors == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Publicado por Ana Ruiz el 3 de marzo de 2024"),
        ("it", "Pubblicato da Ana Ruiz il 3 marzo 2024"),
        ("pt", "Por Ana Ruiz, em 3 de março de 2024"),
        ("es", "Ana Ruiz | 3 de marzo de 2024"),
    ],
)
def test_the_day_in_a_byline_in_the_romance_languages(lang: str, line: str) -> None:
    paras = "".join(f"<p>{_STORY['es']}</p>" for _ in range(6))
    body = f"<article><h1>Puente</h1><div class='meta'>{line}</div>{paras}</article>"
    a = extract_article(page("", body, lang=lang), "https://diario.example/local/puente-nuevo")
    assert a.authors == ["Ana Ruiz"]
    assert a.published_at == "2024-03-03"


def test_a_labelled_writer_closing_a_dated_line() -> None:
    line = "<div class='meta'>Opublikowano: 3 marca 2024, autor: Jan Kowalski</div>"
    body = f"<article><h1>Most</h1>{line}{PARAS}</article>"
    a = extract_article(page("", body, lang="pl"), "https://gazeta.example/lokalne/most-123")
    assert a.authors == ["Jan Kowalski"]
    assert a.published_at == "2024-03-03"


def test_a_date_meta_in_a_value_attribute() -> None:
    head = (
        '<meta value="2016-12-15T11:39:00-0500" name="article:published_time">'
        '<meta name="author" value="Template Designer">'
    )
    a = extract_article(
        page(head, f"<article><h1>Toys</h1>{PARAS}</article>"), "https://m.example/t"
    )
    assert a.published_at == "2016-12-15T11:39:00-05:00"
    assert a.authors == []  # (a template's author meta names its designer)


def test_an_intro_given_twice_is_read_once_and_a_repeated_line_further_on_stays() -> None:
    # a CMS's articleBody with the intro twice (its phone and screen copies); an event's
    # line repeated under each event, further apart, stays
    intro = "Marie Kondo is the queen of tidying up, and now a star of her own show."
    events = [
        part
        for i in range(3)
        for part in (
            f"Tasting {i}: whisky from the Highlands, six drams and a light supper for all.",
            "Tickets: call the tourist office on 0345 122 99 84.",
        )
    ]
    story = [f"Paragraph {i} of a story about tidying, folding and letting go." for i in range(6)]
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Tidy up with Marie Kondo",
        "articleBody": "\n\n".join([intro, intro, *story, *events]),
    }
    html = page(jsonld(node), "<h1>Tidy up with Marie Kondo</h1><p>Short teaser only.</p>")
    a = extract_article(html, "https://mag.example/a")
    assert a.body.count("Marie Kondo is the queen") == 1
    assert a.body.count("Tickets: call the tourist office") == 3


def test_a_body_class_naming_an_author_option_makes_no_category_link_a_byline() -> None:
    # AF Themes (Newsphere, CoverNews): the body's class names an option with "author" in
    # it, and the category's link comes before the byline in the entry header
    header = (
        '<header class="entry-header"><div class="figure-categories"><ul class="cat-links">'
        '<li class="meta-category"><a href="/category/community/"> Community </a></li></ul>'
        '</div><h1 class="entry-title">Library extends weekend hours</h1>'
        '<div class="post-item-metadata entry-meta"><span class="author-links">'
        '<span class="item-metadata posts-date">November 21, 2026</span>'
        '<span class="item-metadata posts-author byline"><a href="/author/rina-roy/">'
        " Rina Roy </a></span></span></div></header>"
    )
    html = (
        '<!doctype html><html lang="en"><head><meta name="generator" content="WordPress 6.6">'
        '</head><body class="single single-post aft-hide-date-author-in-list">'
        f'<article class="post type-post">{header}<div class="entry-content">{PARAS}</div>'
        "</article></body></html>"
    )
    assert extract_article(html, "https://herald.example/library/").authors == ["Rina Roy"]


def test_a_time_opening_with_an_update_label_is_not_the_publication_time() -> None:
    # Foxiz prints the update's <time> before the published one, in another block
    meta = (
        '<div class="single-meta"><div class="smeta-bottom"><time class="updated-date"'
        ' datetime="2026-11-29T11:40:00-05:00">Last updated: November 29, 2026 11:40 am</time>'
        '</div><div class="p-meta"><span class="meta-el meta-date"><time class="date published"'
        ' datetime="2026-11-29T08:40:00-05:00">Published November 29, 2026</time></span></div>'
        "</div>"
    )
    body = f"<article><header><h1>Warehouse to add 300 jobs</h1>{meta}</header>{PARAS}</article>"
    a = extract_article(page("", body), "https://herald.example/warehouse/")
    assert a.published_at == "2026-11-29T08:40:00-05:00"


@pytest.mark.parametrize(
    "script",
    [
        '<!--\n{"@type": "NewsArticle", "headline": "Floods", "articleSection": "Assam"}\n-->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Floods", "articleSection": "Assam"}'
        "\n//]]>",
        '\ufeff// schema\n{"@type": "NewsArticle", "headline": "Floods",'
        ' "articleSection": "Assam"}',
    ],
)
def test_json_ld_wrapped_in_a_comment_or_cdata_is_read(script: str) -> None:
    head = f'<script type="application/ld+json; charset=utf-8">{script}</script>'
    body = f"<article><h1>Floods</h1>{PARAS}</article>"
    assert extract_article(page(head, body), "https://herald.example/a/").section == "Assam"


def test_html_entities_in_json_ld_are_decoded_before_splitting() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "Floods",
        "articleSection": "Arts &amp; Culture",
        "keywords": "fish &amp; chips, Women&#039;s Health",
    }
    a = extract_article(page(jsonld(data), f"<h1>Floods</h1>{PARAS}"), "https://herald.example/a/")
    assert a.section == "Arts & Culture"
    assert a.tags == ["fish & chips", "Women's Health"]


@pytest.mark.parametrize(
    ("head", "body_extra"),
    [
        # an ImageObject giving only its file's address
        (
            jsonld(
                {
                    "@type": "NewsArticle",
                    "headline": "Floods",
                    "image": {"@type": "ImageObject", "contentUrl": "https://cdn.example/f.jpg"},
                }
            ),
            "",
        ),
        ('<meta name="parsely-image-url" content="https://cdn.example/f.jpg">', ""),
        ('<meta name="parsely-page" content=\'{"image_url": "https://cdn.example/f.jpg"}\'>', ""),
        # microdata: the article's <img itemprop="image">
        ("", '<img itemprop="image" src="https://cdn.example/f.jpg">'),
    ],
)
def test_the_lead_image_of_more_kinds_of_metadata(head: str, body_extra: str) -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Floods</h1>'
        f'<meta itemprop="articleSection" content="Assam">{body_extra}{PARAS}</article>'
    )
    a = extract_article(page(head, body), "https://herald.example/a/")
    assert a.image_url == "https://cdn.example/f.jpg"
    assert a.section == "Assam"  # (microdata's articleSection)


@pytest.mark.parametrize("desk", ["dpa", "Polizeibericht", "red"])
def test_a_desks_one_word_byline_under_the_headline_gives_the_time_too(desk: str) -> None:
    info = f'<div class="artikel-info">{desk} | 03.03.2024, 23:15 Uhr</div>'
    body = f"<div class='artikel'><h1>Diebe stehlen Kupferrohre</h1>{info}{GERMAN}</div>"
    a = extract_article(page(body=body, lang="de"), "https://x.example/news/diebe.html")
    assert a.published_at == "2024-03-03T23:15:00"


def test_the_lead_image_of_a_block_named_for_the_storys_picture() -> None:
    # a custom CMS: no metadata, no <article> or <figure>; a teaser's picture is no lead
    teaser = '<div class="teaser"><div class="artikelbild"><img src="/img/other.jpg"></div></div>'
    picture = '<div class="artikelbild"><img src="/img/kupfer.jpg" alt="Baustelle"></div>'
    body = f"<div class='artikel'><h1>Diebe stehlen Kupferrohre</h1>{picture}{GERMAN}</div>"
    a = extract_article(page(body=teaser + body, lang="de"), "https://x.example/news/diebe.html")
    assert a.image_url == "https://x.example/img/kupfer.jpg"


def test_a_tagdiv_desk_byline_takes_no_writer_from_the_sidebars_teaser_modules() -> None:
    teaser = (
        '<div class="td_module_wrap td_module_6"><h3 class="entry-title td-module-title">'
        '<a href="/local/fair/">Feria del libro abre</a></h3><span class="td-post-author-name">'
        '<a href="/author/juan-garcia/">Juan García</a></span></div>'
    )
    body = (
        '<article><header class="td-post-title"><h1 class="entry-title">Senado aprueba</h1>'
        '<div class="td-post-author-name"><div class="td-author-by">Por</div> '
        '<a href="/author/redaccion/">Redacción</a></div></header>'
        f'<div class="td-post-content">{PARAS}</div></article>'
        f'<div class="td-main-sidebar">{teaser}</div>'
    )
    a = extract_article(page(body=body, lang="es"), "https://x.example/a/", theme="tagdiv")
    assert a.authors == []


def test_a_byline_opening_the_body_above_an_inline_related_card_is_the_storys() -> None:
    body = (
        "<article><h1>Cierran el viaducto</h1><div class='content-inner'>"
        "<p><strong>Por: Laura Rincón | @laurarincon</strong></p>"
        f"{PARAS}<div class='inline-card'><h3><a href='/b/'>Nuevas rutas</a></h3></div>"
        f"{PARAS}{PARAS}</div></article>"
    )
    a = extract_article(page(body=body, lang="es"), "https://x.example/a/")
    assert a.authors == ["Laura Rincón"]


def test_a_site_named_like_a_person_is_no_writer_when_the_page_prints_its_desk() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "Temblor", "author": {"@id": "#p"}},
            {"@type": "Person", "@id": "#p", "name": "Pulso Ciudadano"},
        ],
    }
    head = jsonld(graph) + '<meta property="og:site_name" content="Pulso Ciudadano">'
    byline = '<div class="post-autor">Por: Redacción Pulso Ciudadano</div>'
    body = f"<article><h1>Temblor</h1>{byline}<div class='entry-content'>{PARAS}</div></article>"
    a = extract_article(page(head, body, "es"), "https://pulsociudadano.example/temblor/")
    assert a.authors == []
    # (a blog named after its writer, printing no desk, keeps its writer)
    blog = f"<article><h1>Temblor</h1><div class='entry-content'>{PARAS}</div></article>"
    b = extract_article(page(head, blog, "es"), "https://pulsociudadano.example/temblor/")
    assert b.authors == ["Pulso Ciudadano"]


def test_a_wires_short_notice_keeps_its_paragraphs_apart_from_its_headline_and_byline() -> None:
    # trafilatura's fallback gives a story this short as one line, headline and date too
    html = page(
        body="<article><h1>Bron i Kalmar stängs i natt</h1>"
        "<div class='meta'><span>TT</span> <span>12 mars 2024 14:05</span></div>"
        "<div class='text'>"
        "<p>Bron över sundet stängs för trafik i natt mellan klockan 22 och 05.</p>"
        "<p>Trafikverket ska byta ut lagren på den östra sidan av bron.</p>"
        "<p>Omledning sker via väg 137, meddelar verket i ett pressmeddelande.</p></div></article>",
        lang="sv",
    )
    body = extract_article(html, "https://example.se/2024-03-12/bron-stangs").body
    assert body.startswith("Bron över sundet stängs"), body
    assert "12 mars 2024" not in body
    assert body.count("\n\n") == 2


def test_an_arabic_byline_with_wrote_and_a_dash_names_its_writer() -> None:
    # Egypt's portals print "كتب - " ("wrote -") before the writer, in an element of its own
    byline = '<div class="writeBy">كتب - محمود السيد</div>'
    body = f"<article><h1>خبر</h1>{byline}<div id='articleBody'>{PARAS}</div></article>"
    a = extract_article(page("", body, "ar"), "https://alexnews.example/news/2024/3/12/1")
    assert a.authors == ["محمود السيد"]
