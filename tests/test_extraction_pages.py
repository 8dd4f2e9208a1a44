"""Extraction of a saved page of each theme, every Article field asserted.

The pages under tests/pages/ are written for these tests after the real themes' markup
(tagDiv Newspaper tdb and classic templates, WordPress with Jetpack); the tdb page
reproduces everything in ../shared/seed/regional-page-as-scraped.txt.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import jsonschema
import pytest

from newscrawl.cleaning import content_hash, word_count
from newscrawl.extraction import classify_page, extract_article, parse_html
from newscrawl.extraction.themes import element_text
from newscrawl.items import ARTICLE_FIELDS, SCHEMA_VERSION, Article

PAGES = Path(__file__).resolve().parent / "pages"
SCHEMA = Path(__file__).resolve().parents[1] / "newscrawl" / "schema" / "article.schema.json"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "regional-page-as-scraped.txt"
CRAWLED = "2025-07-01T12:00:00+00:00"

SEED_BODY = [
    "Paris: US Secretary of State John Kerry Monday refused to cooperate with Iran to fight the "
    "Islamic State (IS) in Iraq and Syria.",
    "Speaking at the US ambassador’s residence in Paris after an international meeting on "
    "security and peace in Iraq, Kerry said: ” We are not coordinating with Iran.”",
    "“I have no idea of what interpretation they drew from any discussion that may or may not "
    "have taken place,” Xinhua quoted Kerry as saying.",
    "Kerry’s remarks came after Iran’s supreme leader, Ayatollah Ali Khamene, said Iran rejected "
    "a US invitation to coordinated fight to eradicate Islamist insurgents that have seized major "
    "cities in northern Iraq and Syria and threatened to establish an Islamic State in the region.",
    "Tehran was absent at Paris conference where participants agreed to offer the needed "
    "military support to Iraqi authorities to face “a global threat” of terrorism.",
    "The move came ahead of top diplomats from the US, Britain, France, Germany China and "
    "Russia’s meeting with the Iranian negotiators Thursday to reach lasting accord on their "
    "nuclear programme.",
    "Kerry said he hoped “to find a way to reach an agreement that is important to the world but "
    "there is some very difficult issues.”",
    "In exchange for limited sanctions relief, Iran accepted last November to halt enrichment "
    "above five percent and neutralising its stockpile of near 20 percent uranium by means of "
    "dilution or converting and to not installing more centrifuges. (IANS)",
    "However, Western powers asked Tehran to close more centrifuges to not build a nuclear "
    "power. (IANS)",
]


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def _check_derived(article: Article) -> None:
    assert article.word_count == word_count(article.body)
    assert article.content_hash == content_hash(article.body)
    assert article.duplicate_of is None
    assert article.crawled_at == CRAWLED
    assert article.schema_version == SCHEMA_VERSION
    schema = __import__("json").loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(dataclasses.asdict(article), schema)


def test_tagdiv_tdb_page_reproducing_the_seed() -> None:
    url = "https://chronicle.example/kerry-refuses-to-cooperate-with-iran-to-fight-is/"
    a = extract_article(_page("tagdiv_tdb_article.html"), url, crawled_at=CRAWLED)
    assert a.url == url
    assert a.canonical_url == url  # rel=canonical without its utm_source
    assert a.site == "chronicle.example"
    assert a.title == "Kerry refuses to cooperate with Iran to fight IS"
    assert a.description == (
        "US Secretary of State John Kerry refused to cooperate with Iran to fight the "
        "Islamic State."
    )
    assert a.body.split("\n\n") == SEED_BODY
    assert a.authors == []  # "Chronicle Web Desk" is a desk, not a person
    # the header's "Tuesday, July 1, 2025" and the sidebar's July 1 stories never win
    assert a.published_at == "2014-09-16T09:12:45+05:30"
    assert a.modified_at is None
    assert a.section == "World"
    assert a.tags == ["Iran", "John Kerry", "Islamic State"]
    assert a.language == "en-US"
    assert a.agency == "IANS"  # from the (IANS) credits, not "Xinhua quoted"
    assert a.dateline == "Paris"
    assert a.image_url == "https://chronicle.example/wp-content/uploads/2014/09/kerry.jpg"
    assert a.related_urls == [
        "https://chronicle.example/assam-bjp-condemns-attack-on-cms-convoy-in-golaghat/",
        "https://chronicle.example/full-of-failures-frauds-false-claims-cong-chief-kharge-on-10-"
        "years-of-digital-india/",
        "https://chronicle.example/india-urges-pakistan-to-expedite-release-and-repatriation-of-"
        "indian-prisoners-including-fishermen/",
        "https://chronicle.example/congress-will-ban-rss-again-if-party-comes-to-power-at-centre-"
        "says-priyank-kharge/",
    ]
    for noise in ("spot_img", "Share post", "Date:", "Related articles", "GUWAHATI", "Also Read"):
        assert noise not in a.body
    _check_derived(a)


def test_the_tdb_page_reads_like_the_seed_to_a_naive_scraper() -> None:
    """The fixture is faithful: its naive text holds every line of the real seed page."""
    if not SEED.exists():
        pytest.skip(f"seed text not found at {SEED}")
    from lxml import html

    doc = html.document_fromstring(_page("tagdiv_tdb_article.html"))
    for img in doc.iter("img"):  # a naive scraper prints alt text
        img.tail = (img.get("alt") or "") + (img.tail or "")
    naive = re.sub(r"\s+", " ", element_text(doc.body))
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and line not in ("spot_imgspot_img",):
            assert re.sub(r"\s+", " ", line) in naive, line
    assert "spot_imgspot_img" in naive.replace(" ", "")


def test_tagdiv_classic_page() -> None:
    url = "https://tribune.example/brahmaputra-crosses-danger-mark/"
    a = extract_article(_page("tagdiv_classic_article.html"), url, crawled_at=CRAWLED)
    assert a.url == url
    assert a.canonical_url == url
    assert a.site == "tribune.example"
    assert a.title == "Brahmaputra crosses danger mark at Neamatighat"
    assert a.description == "Water level rising by two centimetres an hour, CWC says"
    assert a.body == (
        "JORHAT, July 1 (PTI): The Brahmaputra was flowing above the danger mark at Neamatighat "
        "in Jorhat district on Tuesday, the Central Water Commission (CWC) said.\n\n"
        "The river was 0.12 metre above the danger level at 2 pm and rising, officials said."
    )
    assert a.authors == []  # the byline is the wire
    # JSON-LD gives the day only; the post header's <time> adds the time on that day
    assert a.published_at == "2025-07-01T14:20:00+05:30"
    assert a.modified_at is None
    assert a.section == "Assam"
    assert a.tags == ["Brahmaputra", "floods"]
    assert a.language == "en-IN"
    assert a.agency == "PTI"
    assert a.dateline == "Jorhat"
    assert a.image_url == "https://tribune.example/wp-content/uploads/2025/07/neamatighat.jpg"
    assert a.related_urls == [
        "https://tribune.example/dibrugarh-on-alert/",
        "https://tribune.example/majuli-ferry-suspended/",
    ]
    _check_derived(a)


def test_wordpress_jetpack_page() -> None:
    url = "https://riftvalleytimes.example/2025/06/30/nakuru-county-rations-water/?utm_source=x"
    a = extract_article(_page("wordpress_article.html"), url, crawled_at=CRAWLED)
    assert a.url == url
    assert a.canonical_url == (
        "https://riftvalleytimes.example/2025/06/30/nakuru-county-rations-water/"
    )
    assert a.site == "riftvalleytimes.example"
    assert a.title == "Nakuru county rations water as Lake Nakuru intake silts up"
    assert a.description == (
        "Residents of Nakuru will get piped water three days a week until the intake is cleared."
    )
    assert a.body.split("\n\n") == [
        "NAKURU, June 30: Residents of Nakuru town will receive piped water only three days a "
        "week after silt from last month’s floods blocked the main intake on the Malewa river, "
        "county officials said on Monday.",
        "The Nakuru Water and Sanitation Services Company said the rationing would last “until "
        "the intake is fully cleared”, which engineers expect to take at least three weeks.",
        "Which estates are affected",
        "The schedule published by the company lists the following areas:",
        "Section 58 and Free Area: Mondays, Wednesdays and Fridays",
        "Kaptembwo and Rhonda: Tuesdays, Thursdays and Saturdays",
        "We are asking residents to store water responsibly and to report leaks.",
        "Reuters reported last year that the Rift Valley lakes have risen by several metres "
        "since 2010, flooding homes and farms along their shores.",
    ]
    # Yoast's @graph author references resolved; "RVT Staff" is not a person
    assert a.authors == ["Rina Wanjiku"]
    assert a.published_at == "2025-06-30T21:15:00+03:00"  # offset kept, not UTC
    assert a.modified_at == "2025-07-01T08:02:11+03:00"
    assert a.section == "Counties"
    assert a.tags == ["Nakuru", "Water rationing"]
    assert a.language == "en-KE"  # <html lang> before og:locale
    assert a.agency is None  # "Reuters reported" is not a credit
    assert a.dateline == "Nakuru"
    assert a.image_url == (
        "https://riftvalleytimes.example/wp-content/uploads/2025/06/nakuru-water.jpg"
    )
    assert a.related_urls == [
        "https://riftvalleytimes.example/2025/06/12/malewa-floods-displace-hundreds/",
        "https://riftvalleytimes.example/2025/05/28/lake-nakuru-levels-rise-again/",
    ]
    for noise in (
        "Share this",
        "Subscribe",
        "newsletter",
        "covers counties",
        "Kaptembwo, June",
        "Leave a Reply",
        "Three days a week is not enough",
        "Photo: RVT",
        "Tagged",
    ):
        assert noise not in a.body
    _check_derived(a)


@pytest.mark.parametrize(
    "name", ["tagdiv_tdb_article.html", "tagdiv_classic_article.html", "wordpress_article.html"]
)
def test_every_field_is_set_from_bytes_or_text(name: str) -> None:
    """str and bytes input give the same Article, and every field is filled or defaulted."""
    raw = _page(name)
    a = extract_article(raw, "https://x.example/a/", crawled_at=CRAWLED)
    b = extract_article(raw.decode("utf-8"), "https://x.example/a/", crawled_at=CRAWLED)
    assert a == b
    assert set(dataclasses.asdict(a)) == set(ARTICLE_FIELDS)
    assert a.title and a.body and a.published_at and a.related_urls


# -- more CMS themes found in the real corpus (Drupal, TYPO3 news, Blogger) --------------------


def test_drupal_page() -> None:
    a = extract_article(_page("drupal_article.html"), None, theme="drupal", crawled_at=CRAWLED)
    url = "https://shillongtimes.example/news/council-approves-cycle-lanes"
    assert (a.url, a.canonical_url, a.site) == (url, url, "shillongtimes.example")
    assert a.title == "Council approves cycle lanes for Police Bazar"
    assert a.description == (
        "The municipal board approved 14 km of protected cycle lanes on Tuesday."
    )
    assert a.body.split("\n\n") == [
        "SHILLONG, July 1: The Shillong Municipal Board on Tuesday approved 14 km of protected "
        "cycle lanes around Police Bazar, the first such network in the state.",
        "Work will begin after the monsoon, the board's chairman said, and is expected to take "
        "eight months.",
        "Traffic diversions",
        "Buses will be diverted through Laitumkhrah while the lanes are built.",
    ]
    assert a.authors == ["Banri Lyngdoh"]
    # the visible <time> with the site's offset, not the UTC RDFa copy, and not the
    # header's "today" or the sidebar's date
    assert a.published_at == "2025-07-01T22:35:00+05:30"
    assert a.modified_at is None
    assert a.section == "Meghalaya"
    assert a.tags == ["Cycling", "Shillong"]
    assert a.language == "en"
    assert a.agency is None
    assert a.dateline == "Shillong"
    assert a.image_url == (
        "https://shillongtimes.example/sites/default/files/styles/wide/public/2025-07/"
        "police-bazar.jpg"
    )
    assert a.related_urls == []
    _check_derived(a)


def test_typo3_news_page() -> None:
    a = extract_article(_page("typo3_news_article.html"), None, theme="typo3", crawled_at=CRAWLED)
    url = "https://gazette.example/news/detail/harbour-ferry-timetable-extended"
    assert (a.url, a.canonical_url, a.site) == (url, url, "gazette.example")
    assert a.title == "Harbour ferry timetable extended into the winter"
    assert a.description == "The late boat to the mainland will keep running until March."
    assert a.body.split("\n\n") == [
        "KIRKWALL, July 3 (PA): The council's harbour committee voted on Thursday to keep the "
        "21:30 sailing to the mainland running through the winter.",
        "Operators had planned to drop the late boat in October, when passenger numbers "
        "usually fall.",
        "Islanders who commute to the mainland hospital had campaigned for the change for "
        "two years.",
    ]
    assert a.authors == ["Morag Sinclair"]
    assert a.published_at == "2025-07-03"  # the page gives the day only
    assert a.modified_at is None
    assert a.section == "Transport"
    assert a.tags == ["Ferries", "Kirkwall"]
    assert a.language == "en-GB"
    assert a.agency == "PA"
    assert a.dateline == "Kirkwall"
    # relative to <base href>, not to the page URL
    assert a.image_url == "https://gazette.example/fileadmin/_processed_/ferry_3b.jpg"
    assert a.related_urls == [
        "https://gazette.example/news/detail/pier-repairs-finished",
        "https://gazette.example/news/detail/new-ferry-ordered",
    ]
    _check_derived(a)


def test_blogger_post() -> None:
    a = extract_article(_page("blogger_post.html"), None, theme="blogger", crawled_at=CRAWLED)
    url = "https://tezpurdiary.blogspot.com/2025/06/bihu-dance-workshop-draws-record.html"
    assert (a.url, a.canonical_url, a.site) == (url, url, "tezpurdiary.blogspot.com")
    assert a.title == "Bihu dance workshop draws record turnout"
    assert a.description == "A Bihu dance workshop at the district library drew 300 students."
    # text between <br>s, outside any <p>, makes the paragraphs
    assert a.body.split("\n\n") == [
        "TEZPUR, June 30: More than 300 students joined the three-day Bihu dance workshop at "
        "the district library, the largest turnout since it began in 2019.",
        "The workshop was led by members of a troupe from Jorhat.",
        "Next year's workshop will add a session on dhol drumming.",
    ]
    assert a.authors == ["Pranjal Bora"]
    assert a.published_at == "2025-06-30T19:20:00+05:30"
    assert a.modified_at is None
    assert a.section is None
    assert a.tags == ["Culture", "Tezpur"]
    assert a.language == "en-IN"
    assert a.agency is None
    assert a.dateline == "Tezpur"
    assert a.image_url == "https://blogger.googleusercontent.com/img/b/R29v/s320/bihu.jpg"
    assert a.related_urls == []
    for noise in ("Email This", "Labels", "comments", "Posted by", "Newer Post"):
        assert noise not in a.body
    _check_derived(a)


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_a_parsed_page_gives_the_same_article(name: str) -> None:
    """The spider parses a profile-less page once for classify_page and extract_article:
    neither may change the tree."""
    url = "https://site.example/2025/07/01/story/"
    expected = extract_article(_page(name), url, crawled_at=CRAWLED)
    doc = parse_html(_page(name), url)
    classify_page(doc, url)
    assert extract_article(doc, url, crawled_at=CRAWLED) == expected
    assert extract_article(doc, url, crawled_at=CRAWLED) == expected
