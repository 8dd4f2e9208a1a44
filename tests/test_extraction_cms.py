"""Extraction of pages of CMSs nobody wrote a profile for: Drupal 10 (Olivero), Joomla 4
(Cassiopeia) and Joomla 3 with K2, Ghost (Casper), Blogger, a Next.js page that carries
its story only in JSON-LD, an AMP page and a hand-rolled PHP news portal.

The pages under tests/pages/cms/ are fictional stories written for these tests after each
CMS's own templates; each is extracted without a theme, as a profile-less crawl does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.extraction import extract_article
from newscrawl.items import Article

PAGES = Path(__file__).resolve().parent / "pages" / "cms"

URLS = {
    "drupal10_olivero": "https://kohimachronicle.example/nagaland/hornbill-stalls-get-solar-lighting",
    "joomla4_cassiopeia": "https://kollamvarthakal.example/index.php/district/neendakara-cold-store",
    "joomla3_k2": "https://dharwadvoice.example/local/item/2231-hubballi-bus-depot-electric-fleet",
    "ghost_casper": "https://nilgirisdispatch.example/ooty-toy-train-resumes/",
    "blogger_contempo": (
        "https://bastarsamachar.blogspot.com/2024/01/dantewada-haat-cold-chain-mahua.html"
    ),
    "nextjs_jsonld": (
        "https://coastalherald.example/karnataka/mangaluru/"
        "mangaluru-port-cruise-ships-year-round-2024-01-08"
    ),
    "amp_article": (
        "https://deccanpulse.example/amp/telangana/warangal-fort-light-show-daily-22841.html"
    ),
    "php_portal": "https://tirhuttoday.example/news.php?id=18244",
}


def _article(name: str) -> Article:
    return extract_article((PAGES / f"{name}.html").read_bytes(), URLS[name])


@pytest.mark.parametrize("name", sorted(URLS))
def test_every_page_has_its_title_and_no_boilerplate_in_the_body(name: str) -> None:
    a = _article(name)
    assert a.title and "|" not in a.title and " - " not in a.title
    assert len(a.body.split("\n\n")) >= 4
    for noise in (
        "Share",
        "Advertisement",
        "Loading ad",
        "Also Read",
        "Join our",
        "Telegram",
        "Google News",
        "Comments",
        "Related",
        "Posted by",
        "Written by",
        "Report:",
    ):
        assert noise not in a.body, (name, noise)


def test_a_blog_named_for_its_account_credits_the_reporter_the_post_names() -> None:
    """Blogger: the post's account is the blog ("Bastar Samachar"), the post opens with
    "Report: Rajesh Netam"; the reporter is the author, and the dateline follows."""
    a = _article("blogger_contempo")
    assert a.authors == ["Rajesh Netam"]
    assert a.body.startswith("DANTEWADA: Forest produce collectors")
    assert a.dateline == "Dantewada"
    assert a.published_at == "2024-01-07T18:40:00+05:30"
    assert a.tags == ["Dantewada", "Forest produce"]


def test_a_portals_posted_by_line_gives_the_author_not_a_body_paragraph() -> None:
    a = _article("php_portal")
    assert a.authors == ["Amrendra Tiwari"]
    assert a.body.startswith("MUZAFFARPUR: A 500-tonne cold store")
    assert a.dateline == "Muzaffarpur"


def test_a_portals_byline_date_is_the_story_date_in_indian_time() -> None:
    """ "Posted by: Name | Updated: 12 Jan 2024 06:45 PM IST" dates the story (to the
    minute, in IST), not the header's today, the related teasers' or the sidebar's dates."""
    assert _article("php_portal").published_at == "2024-01-12T18:45:00+05:30"


def test_join_appeals_readers_comments_and_amp_ads_leave_the_body() -> None:
    portal = _article("php_portal").body
    for noise in ("Join our WhatsApp", "on Telegram", "Very good news for farmers"):
        assert noise not in portal
    assert portal.endswith("The district plans a second store at Kanti before the May harvest.")
    amp = _article("amp_article").body
    assert "Loading ad" not in amp and "Advertisement" not in amp
    assert len(amp.split("\n\n")) == 4


def test_a_script_rendered_page_is_read_whole_from_its_json_ld() -> None:
    """Next.js / Arc XP: the HTML holds a skeleton; JSON-LD gives every field, and its
    articleBody's line breaks are the paragraphs."""
    a = _article("nextjs_jsonld")
    assert a.title == "Mangaluru port to handle cruise ships year-round"
    assert a.body.split("\n\n")[1] == (
        "The berth, with a covered terminal for 2,000 passengers, is to be ready by December 2025."
    )
    assert len(a.body.split("\n\n")) == 4
    assert a.authors == ["Deepthi Shenoy", "Ashwin Rai"]
    assert a.published_at == "2024-01-08T14:05:00+05:30"
    assert a.modified_at == "2024-01-08T16:40:00+05:30"
    assert (a.section, a.dateline) == ("Mangaluru", "Mangaluru")
    assert a.tags == ["New Mangalore Port", "Cruise tourism", "Mangaluru"]
    assert a.image_url and a.image_url.endswith("/NMPA-cruise.jpg")


def test_drupal_byline_field_names_the_reporter_not_the_admin_account() -> None:
    """Drupal 10 (Olivero): "By admin" is the account that posted the node; the site's
    reporter field prints who wrote it. Date from the node's <time>, not the header's
    today nor the sidebar's or the comment's."""
    a = _article("drupal10_olivero")
    assert a.title == "Hornbill stalls get solar lighting ahead of the winter fair"
    assert a.authors == ["Vizokhoto Angami"]
    assert a.published_at == "2024-01-05T10:30:00+05:30"
    assert (a.section, a.dateline) == ("Nagaland", "Kohima")
    assert a.tags == ["Hornbill Festival", "Solar energy"]
    assert a.image_url == (
        "https://kohimachronicle.example/sites/default/files/styles/max_1300x1300/public/"
        "2024-01/kisama-stalls.jpg"
    )
    assert a.related_urls == [
        "https://kohimachronicle.example/nagaland/kisama-road-widening-finished",
        "https://kohimachronicle.example/nagaland/power-cuts-kohima-winter",
    ]
    assert "generators were unbearable" not in a.body


def test_joomla_article_view_gives_category_tags_image_and_related_items() -> None:
    """Joomla 4 (Cassiopeia): "Written by: Super User" is the default account; the body's
    "By" line names the reporter. Category, tags, the full-text image and the related
    items module come from com_content's markup."""
    a = _article("joomla4_cassiopeia")
    assert a.title == "Neendakara harbour opens cold store for small boats"
    assert a.authors == ["Anitha Raveendran"]
    assert a.published_at == "2024-01-09T07:45:00+05:30"
    assert (a.section, a.dateline) == ("District", "Kollam")
    assert a.tags == ["Fisheries", "Neendakara"]
    assert a.image_url == "https://kollamvarthakal.example/images/2024/01/neendakara-cold-store.jpg"
    assert a.related_urls == [
        "https://kollamvarthakal.example/index.php/district/sakthikulangara-harbour-dredging",
        "https://kollamvarthakal.example/index.php/kerala/fish-price-monsoon",
    ]


def test_joomla_k2_item_gives_its_dated_header_category_tags_and_related_items() -> None:
    """K2: the headline is an <h2>, the date in the item's header with its time (no zone
    printed), not the sidebar's or the comment's; related items, not "Most read"."""
    a = _article("joomla3_k2")
    assert a.title == "Hubballi bus depot gets its first electric fleet"
    assert a.authors == ["Shrinivas Hegde"]
    assert a.published_at == "2024-01-08T16:10:00"
    assert (a.section, a.dateline) == ("Hubballi", "Hubballi")
    assert a.tags == ["transport", "electric buses"]
    assert a.image_url == "https://dharwadvoice.example/media/k2/items/cache/5f1a2b3c_XL.jpg"
    assert a.related_urls == [
        "https://dharwadvoice.example/local/item/2190-brts-corridor-ridership",
        "https://dharwadvoice.example/local/item/2175-dharwad-bus-stand-renovation",
    ]
    for noise in ("reports on transport", "Latest from", "Finally!", "More in this category"):
        assert noise not in a.body


def test_ghost_casper_gives_the_primary_tag_as_section_and_read_more_cards_as_related() -> None:
    a = _article("ghost_casper")
    assert a.title == "Ooty toy train resumes after landslide repairs"
    assert a.authors == ["Kavitha Selvaraj"]
    assert a.published_at == "2024-01-06T04:15:00+00:00"  # Ghost prints UTC only
    assert a.section == "Nilgiris"
    assert a.tags == ["Nilgiris", "Railways"]
    assert a.related_urls == [
        "https://nilgirisdispatch.example/coimbatore-airport-expansion/",
        "https://nilgirisdispatch.example/coonoor-tea-auction-prices/",
    ]
    assert "WhatsApp" not in a.body and "members only" not in a.body


def test_an_amp_page_keeps_its_canonical_address_and_structured_fields() -> None:
    a = _article("amp_article")
    assert a.canonical_url == (
        "https://deccanpulse.example/telangana/warangal-fort-light-show-daily-22841.html"
    )
    assert a.authors == ["Srinivas Goud"]
    assert a.published_at == "2024-01-11T19:20:00+05:30"
    assert (a.section, a.dateline) == ("Telangana", "Warangal")
    assert a.image_url == "https://deccanpulse.example/uploads/2024/01/warangal-fort-light.jpg"
    assert a.related_urls == [
        "https://deccanpulse.example/telangana/hanamkonda-bus-depot-22810.html",
        "https://deccanpulse.example/telangana/kazipet-rail-coach-factory-22799.html",
    ]


def test_the_site_s_own_name_in_a_keyword_list_is_no_tag() -> None:
    # <meta name="keywords" content="Muzaffarpur news, litchi, Bihar news, Tirhut Today">
    # on tirhuttoday.example: SEO lists carry the site's name on every page
    assert _article("php_portal").tags == ["Muzaffarpur news", "litchi", "Bihar news"]
