"""ArticleLoader: per-field processors, priorities and the values derived in load_item."""

from __future__ import annotations

import pytest

from newscrawl.cleaning import content_hash
from newscrawl.items import SCHEMA_VERSION, Article
from newscrawl.loaders import ArticleLoader

BASE = "https://herald.example/news/kerry/"


def loader(**context: object) -> ArticleLoader:
    context.setdefault("base_url", BASE)
    context.setdefault("site_names", ["The Herald", "herald.example"])
    return ArticleLoader(**context)


def test_load_item_returns_a_clean_article() -> None:
    ld = loader()
    ld.add_value("url", BASE)
    ld.add_value("title", ["Kerry refuses to cooperate - The Herald", "Other title"])
    ld.add_value("body", ["spot_img", "Paris: Kerry&#8217;s  remarks. (IANS)", "Share post:", ""])
    ld.add_value("authors", ["By Monjit Das and Web Desk", "The Herald", "monjit das"])
    ld.add_value("published_at", ["Date:", "2014-09-16T09:12:45+05:30"])
    ld.add_value("tags", ["Iran, Kerry", "iran"])
    ld.add_value("language", ["english", "en_GB"])
    ld.add_value("image_url", ["/img/k.jpg"])
    ld.add_value("related_urls", ["/a/", "#", "https://herald.example/a/", BASE, "/b/"])
    ld.add_value("crawled_at", "2025-07-01T00:00:00+00:00")
    a = ld.load_item()
    assert isinstance(a, Article)
    assert a.title == "Kerry refuses to cooperate"
    assert a.body == "Paris: Kerry’s remarks. (IANS)"
    assert a.authors == ["Monjit Das"]
    assert a.published_at == "2014-09-16T09:12:45+05:30"
    assert a.tags == ["Iran", "Kerry"]
    assert a.language == "en-GB"
    assert a.image_url == "https://herald.example/img/k.jpg"
    assert a.related_urls == ["https://herald.example/a/", "https://herald.example/b/"]
    assert a.dateline == "Paris"
    assert a.agency == "IANS"
    assert a.word_count == 4
    assert a.content_hash == content_hash("Paris: Kerry’s remarks. (IANS)")
    assert a.canonical_url == BASE
    assert a.site == "herald.example"
    assert a.crawled_at == "2025-07-01T00:00:00+00:00"
    assert a.schema_version == SCHEMA_VERSION


def test_markup_entities_and_control_characters_leave_the_text_fields() -> None:
    # what CMSs put in <meta> and JSON-LD: tags, entities encoded twice, NUL, DEL, &#x1;
    ld = loader()
    ld.add_value("url", BASE)
    ld.add_value("title", ["Floods <b>hit</b> Assam\x7f"])
    ld.add_value("description", ["<p>Desc &amp; <i>html</i>\x00</p>"])
    ld.add_value("body", ["Rains lashed the state on Monday.&#x1;"])
    ld.add_value("authors", ["Ann\x00 Lee"])
    ld.add_value("section", ["City &amp;amp; Region"])
    ld.add_value("tags", ["tag\x01one, <b>bold tag</b>"])
    a = ld.load_item()
    assert a.title == "Floods hit Assam"
    assert a.description == "Desc & html"
    assert a.body == "Rains lashed the state on Monday."
    assert a.authors == ["Ann Lee"]
    assert a.section == "City & Region"
    assert a.tags == ["tagone", "bold tag"]


def test_dates_are_read_with_the_pages_date_options() -> None:
    # a French page: its own language and English, numeric dates day first
    options = {"day_first": True, "date_languages": ("fr", "en")}
    ld = loader(**options)
    ld.add_value("published_at", ["18 octubre 2020", "10/05/2022"])  # Spanish is not read
    assert ld.load_item().published_at == "2022-05-10"
    ld = loader()  # nothing known of the page: every language, month first
    ld.add_value("published_at", ["18 octubre 2020", "10/05/2022"])
    assert ld.load_item().published_at == "2020-10-18"


def test_first_value_that_survives_cleaning_wins() -> None:
    ld = loader()
    ld.add_value("published_at", [None, "", "not a date", "2025-07-01"])
    ld.add_value("published_at", "2025-06-30T10:00:00")
    ld.add_value("description", ["", "  The standfirst.  "])
    a = ld.load_item()
    assert a.published_at == "2025-07-01"
    assert a.description == "The standfirst."


def test_agency_from_bylines_before_body_credits() -> None:
    ld = loader()
    ld.add_value("agency", "Press Trust of India")
    ld.add_value("body", ["New Delhi, July 1 (IANS): Talks resumed."])
    assert ld.load_item().agency == "PTI"


def test_agency_and_dateline_are_not_guessed_from_mentions() -> None:
    ld = loader()
    ld.add_value("body", ["Kerry said he hoped to find a way.", "Xinhua quoted Kerry as saying."])
    a = ld.load_item()
    assert a.agency is None
    assert a.dateline is None


def test_dateline_is_read_after_a_repeated_headline() -> None:
    ld = loader()
    ld.add_value("title", "Floods: Assam braces for more rain")
    ld.add_value("body", ["Floods: Assam braces for more rain", "GUWAHATI, July 1: Rains."])
    assert ld.load_item().dateline == "Guwahati"


@pytest.mark.parametrize(
    "byline",
    [
        "By Rahul Debnath",
        "By Our Staff Reporter",
        "Staff Reporter | Silchar",
        "By Ann Adoga, Makurdi",
        "Na Mwandishi Wetu, Dodoma",
        "By Ann Lee | Updated: Jan 5, 2024 10:30 IST",
    ],
)
def test_a_byline_opening_the_body_is_dropped_and_the_dateline_read_after_it(byline: str) -> None:
    ld = loader()
    ld.add_value("title", "CM inaugurates second Agartala flyover")
    ld.add_value("body", [byline, "AGARTALA, Jan 5: The flyover opened.", "It cost Rs 282 crore."])
    a = ld.load_item()
    assert a.body == "AGARTALA, Jan 5: The flyover opened.\n\nIt cost Rs 282 crore."
    assert a.dateline == "Agartala"


def test_a_byline_after_a_repeated_headline_is_dropped() -> None:
    ld = loader()
    ld.add_value("title", "Flyover opens")
    ld.add_value("body", ["Flyover opens", "By Rahul Debnath", "AGARTALA, Jan 5: It opened."])
    a = ld.load_item()
    assert (a.body, a.dateline) == ("Flyover opens\n\nAGARTALA, Jan 5: It opened.", "Agartala")


@pytest.mark.parametrize(
    "opening",
    [
        "By Friday, the water had receded from the low-lying areas of Silchar.",
        "By Monday Rains Stopped",
        "Rahul Debnath",
    ],
)
def test_a_sentence_opening_with_by_stays_in_the_body(opening: str) -> None:
    ld = loader()
    ld.add_value("body", [opening, "The camps were closed."])
    assert ld.load_item().body == f"{opening}\n\nThe camps were closed."


def test_dateline_credit_is_read_after_a_repeated_headline() -> None:
    ld = loader(bare_colon=False)
    ld.add_value("title", "Zverev zieht ins Viertelfinale ein")
    ld.add_value("body", ["Zverev zieht ins Viertelfinale ein", "Montpellier (SID) – Zverev hat."])
    a = ld.load_item()
    assert (a.dateline, a.agency) == ("Montpellier", "SID")


_STANDFIRST = "Rada Miasta Poznania przyjęła uchwałę o strefie czystego transportu."
_STORY = [f"Akapit {i}: radni głosowali we wtorek nad uchwałą." for i in range(5)]


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        # a wire's credit in a dateline after a standfirst, the story longer than four
        # paragraphs: read from the dateline's paragraph, wherever it stands
        ("Poznań (PAP) - Rada Miasta Poznania przyjęła we wtorek uchwałę.", "Poznań", "PAP"),
        ("WARSZAWA (PAP) - Sejm przyjął ustawę.", "Warszawa", "PAP"),
        ("ZAGREB, 3. ožujka (Hina) - Vlada je predstavila plan.", "Zagreb", "HINA"),
        ("OSLO (NTB): Regjeringen la fram en ny plan.", "Oslo", "NTB"),
        # no dateline in the second paragraph: its brackets credit nobody
        ("Prezes partii (PAP) - jak podała agencja - przemawiał.", None, None),
    ],
)
def test_agency_is_read_from_the_dateline_s_paragraph(
    dateline: str, place: str | None, agency: str | None
) -> None:
    ld = loader(bare_colon=False)
    ld.add_value("body", [_STANDFIRST, dateline, *_STORY])
    a = ld.load_item()
    assert (a.dateline, a.agency) == (place, agency)


def test_bare_colon_dateline_only_where_the_language_writes_it() -> None:
    body = ["Lockdown: Gottesdienste bleiben unter strengen Auflagen möglich."]
    ld = loader(bare_colon=False)
    ld.add_value("body", body)
    assert ld.load_item().dateline is None  # a German headline's kicker
    ld = loader(bare_colon=False)
    ld.add_value("body", ["BERLIN: Die Gottesdienste bleiben möglich."])
    assert ld.load_item().dateline == "Berlin"
    ld = loader()  # English, or no language declared
    ld.add_value("body", ["Guwahati: Rains lashed the city on Tuesday."])
    assert ld.load_item().dateline == "Guwahati"


def test_section_tags_and_the_headline() -> None:
    ld = loader()
    ld.add_value("title", "Floods in Assam")
    ld.add_value("section", "Politik, Eindrücke, Inland")
    ld.add_value("tags", ["Category: Review", "欧洲，德国", "Floods in Assam", "Assam"])
    a = ld.load_item()
    assert a.section == "Politik"  # the first of a list of sections
    assert a.tags == ["Review", "欧洲", "德国", "Assam"]  # the headline is no tag


@pytest.mark.parametrize("value", ["Startseite", "Home", "365", "Uncategorized"])
def test_no_section_from_the_home_page_a_number_or_the_default(value: str) -> None:
    ld = loader()
    ld.add_value("section", value)
    assert ld.load_item().section is None


def test_lead_image_is_not_a_sites_stand_in() -> None:
    ld = loader()
    ld.add_value("image_url", ["https://s0.wp.com/i/blank.jpg", "/img/floods.jpg"])
    assert ld.load_item().image_url == "https://herald.example/img/floods.jpg"


def test_canonical_url_is_normalised_and_absolute() -> None:
    ld = loader()
    ld.add_value("url", BASE + "?utm_source=fb")
    ld.add_value("canonical_url", "/news/kerry/?utm_medium=x#top")
    a = ld.load_item()
    assert a.url == BASE + "?utm_source=fb"
    assert a.canonical_url == BASE


def test_empty_loader_gives_schema_defaults() -> None:
    a = ArticleLoader().load_item()
    assert a.title == "" and a.body == "" and a.authors == [] and a.related_urls == []
    assert a.word_count == 0 and len(a.content_hash) == 64 and a.crawled_at
