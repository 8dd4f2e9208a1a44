"""Extraction of single posts of WordPress news themes, every field asserted.

The pages under tests/pages/wp_themes/ are hand-written after each theme's single-post
templates (fictional regional stories): site header with today's date, navigation, the
theme's meta block, share buttons, an ad slot, the theme's related block, author box,
comments and a sidebar of other posts. No JSON-LD or OpenGraph: the markup alone must tell.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.extraction import detect_theme, extract_article

PAGES = Path(__file__).resolve().parent / "pages" / "wp_themes"

#: Text of the page's furniture that no theme's body may hold.
NOISE = (
    "Share on",
    "Share this",
    "Advertisement",
    "Leave a Reply",
    "says:",
    "Recent Posts",
    "Related",
    "You May Also Like",
    "Previous Post",
    "correspondent",
    "reporter",
    "covers the",
    "writes about",
    "has reported",
    "reports on",
    "Tags",
)

CASES = {
    "colormag": dict(
        url="https://ashfordvalleynews.example/2024/03/11/council-approves-repair-plan-for-mill-lane-bridge/",
        title="Council approves £2m repair plan for Mill Lane bridge",
        authors=["Megan Hollis"],
        published_at="2024-03-11T08:30:00+00:00",
        section="Local News",
        tags=["Mill Lane", "Roads"],
        image_url="https://ashfordvalleynews.example/wp-content/uploads/2024/03/mill-lane-bridge-800x445.jpg",
        related_urls=[
            "https://ashfordvalleynews.example/2024/02/27/bypass-consultation-extended/",
            "https://ashfordvalleynews.example/2024/01/15/potholes-cost-council-record-sum/",
        ],
        first="Ashford borough council has approved",
        last="to see the plans.",
        paragraphs=5,
    ),
    "newsup": dict(
        url="https://temevalleypost.example/flood-barriers-to-be-installed-along-the-teme/",
        title="Flood barriers to be installed along the Teme before winter",
        authors=["Daniel Okafor"],
        published_at="2024-03-04",  # the theme prints the day alone
        section="Environment",
        tags=["Flooding", "River Teme"],
        image_url="https://temevalleypost.example/wp-content/uploads/2024/03/teme-barriers.jpg",
        related_urls=[
            "https://temevalleypost.example/weir-repairs-finished-early/",
            "https://temevalleypost.example/otters-return-to-the-corve/",
        ],
        first="Demountable flood barriers",
        last="who runs the flood action group.",
        paragraphs=4,
    ),
    "astra": dict(
        url="https://borderherald.example/farmers-market-returns-to-kelso-square/",
        title="Farmers’ market returns to Kelso square after two-year break",
        authors=["Fiona Baird"],
        # the day printed in the entry meta, not the comment's <time> the day after
        published_at="2024-04-02",
        section="Community",
        tags=["Kelso", "Markets"],
        image_url="https://borderherald.example/wp-content/uploads/2024/04/kelso-market-1024x683.jpg",
        related_urls=[
            "https://borderherald.example/jedburgh-abbey-roof-appeal/",
            "https://borderherald.example/hawick-common-riding-dates-set/",
        ],
        first="The monthly farmers’ market",
        last="“Now we have the answer.”",
        paragraphs=4,
    ),
    "generatepress": dict(
        url="https://northshireecho.example/school-bus-route-cut-leaves-thirty-pupils-without-transport/",
        title="School bus route cut leaves thirty pupils without transport",
        authors=["Priya Raman"],
        published_at="2024-04-05T09:45:00+01:00",  # not the <time class="updated"> before it
        section="Education",
        tags=["School transport", "Northshire Academy"],
        image_url="https://northshireecho.example/wp-content/uploads/2024/04/school-bus.jpg",
        related_urls=[
            "https://northshireecho.example/academy-rated-good-by-ofsted/",
            "https://northshireecho.example/council-budget-gap-widens/",
        ],
        first="Thirty pupils from the villages",
        last="at its cabinet meeting next month.",
        paragraphs=4,
    ),
    "oceanwp": dict(
        url="https://severnsidegazette.example/2024/04/10/hospital-car-park-charges-to-rise-in-may/",
        title="Hospital car park charges to rise in May",
        authors=["Tom Evans"],
        published_at="2024-04-10",
        section="Health",
        tags=["Parking", "Severnside General"],
        image_url="https://severnsidegazette.example/wp-content/uploads/2024/04/car-park.jpg",
        related_urls=[
            "https://severnsidegazette.example/2024/04/08/new-gp-surgery-approved/",
            "https://severnsidegazette.example/2024/03/22/ambulance-waits-fall/",
        ],
        first="Visitors to Severnside General Hospital",
        last="with the town’s MP.",
        paragraphs=3,
    ),
    "kadence": dict(
        url="https://lakelandledger.example/library-extension-opens-with-new-childrens-wing/",
        title="Library extension opens with new children’s wing",
        authors=["Grace Lindqvist"],
        published_at="2024-04-13T10:00:00+01:00",
        section="Community",
        tags=["Kendal", "Libraries"],  # without the "#" the theme prints before each
        image_url="https://lakelandledger.example/wp-content/uploads/2024/04/kendal-library.jpg",
        related_urls=[
            "https://lakelandledger.example/brewery-tap-room-plans/",
            "https://lakelandledger.example/museum-wins-lottery-grant/",
        ],
        first="Kendal library’s £1.4 million extension",
        last="who died in 2021.",
        paragraphs=3,
    ),
    "elementor": dict(
        url="https://westcoastcrier.example/coastal-path-reopens-after-landslip-repairs/",
        title="Coastal path reopens after landslip repairs",
        authors=["Ewan MacLeod"],
        published_at="2024-04-19",
        section="Outdoors",
        tags=["Coastal path", "Portmore"],
        image_url="https://westcoastcrier.example/wp-content/uploads/2024/04/coastal-path-1024x683.jpg",
        related_urls=[
            "https://westcoastcrier.example/ferry-fares-frozen/",
            "https://westcoastcrier.example/seal-pups-counted-on-rona/",
        ],
        first="The coastal path between Portmore",
        last="said ranger Isla Campbell.",
        paragraphs=3,
    ),
    "jnews": dict(
        url="https://midlandsmercury.example/police-appeal-after-break-ins-at-allotment-sheds/",
        title="Police appeal after break-ins at allotment sheds",
        authors=["Sanjay Mehta"],
        published_at="2024-03-16",
        section="Crime",
        tags=["Beeston", "burglary"],
        image_url="https://midlandsmercury.example/wp-content/uploads/2024/03/allotments-750x375.jpg",
        related_urls=[
            "https://midlandsmercury.example/catalytic-converter-thefts-rise/",
            "https://midlandsmercury.example/speed-cameras-on-a52/",
        ],
        first="Police are appealing for witnesses",
        last="quoting incident 217 of 16 March.",
        paragraphs=3,
    ),
    "twentytwentyfour": dict(
        url="https://fenlandvoice.example/2024/05/02/ferry-timetable-changes-for-summer-season/",
        title="Ferry timetable changes for summer season",
        authors=["Hannah Wright"],
        published_at="2024-05-02T09:10:00+01:00",
        section="Transport",
        tags=["Ferry", "Wisbech"],  # not the category the post-terms block also links
        image_url="https://fenlandvoice.example/wp-content/uploads/2024/05/ferry.jpg",
        related_urls=[],  # a "More posts" query block lists the latest posts, no related ones
        first="The Wisbech river ferry",
        last="at the harbour office.",
        paragraphs=3,
    ),
    "jannah": dict(
        url="https://wyrecoastbulletin.example/harbour-wall-repairs-to-close-seafront-road/",
        title="Harbour wall repairs to close seafront road for six weeks",
        authors=["Liam Brennan"],
        published_at="2024-04-22",
        modified_at="2024-04-23",  # the meta block's "Last Updated:" item
        section="Transport",
        tags=["Fleetwood", "Road closures"],
        image_url="https://wyrecoastbulletin.example/wp-content/uploads/2024/04/harbour-wall-780x470.jpg",
        related_urls=[
            "https://wyrecoastbulletin.example/ferry-slipway-new-lighting/",
            "https://wyrecoastbulletin.example/sea-defence-bid-submitted/",
        ],
        agency=None,
        dateline=None,
        language="en-GB",
        first="The seafront road at Fleetwood",
        last="said councillor Anne Whiteside.",
        paragraphs=4,
    ),
    "sahifa": dict(
        url="https://dalescourier.example/village-hall-wins-lottery-grant-for-new-roof/",
        title="Village hall wins lottery grant for new roof",
        authors=["Joan Sowerby"],
        published_at="2024-04-11",
        modified_at=None,  # the hidden "updated" span repeats the day it was posted
        section="Community",
        tags=["Grassington", "Village halls"],
        image_url="https://dalescourier.example/wp-content/uploads/2024/04/village-hall-660x330.jpg",
        related_urls=[
            "https://dalescourier.example/chapel-converted-to-community-shop/",
            "https://dalescourier.example/broadband-reaches-upper-wharfedale/",
        ],
        agency=None,
        dateline=None,
        language="en-US",
        first="Linton’s village hall",
        last="said committee chair Robert Metcalfe.",
        paragraphs=4,
    ),
    "soledad": dict(
        url="https://penwithpacket.example/cliff-path-fundraiser-passes-20000/",
        title="Cliff path fundraiser passes £20,000 in a week",
        authors=["Kerensa Pascoe"],
        published_at="2024-04-28T17:05:00+01:00",
        modified_at=None,
        section="Outdoors",
        tags=["Coast path", "Zennor"],
        image_url="https://penwithpacket.example/wp-content/uploads/2024/04/cliff-path-1170x658.jpg",
        related_urls=[
            "https://penwithpacket.example/pendeen-lighthouse-open-day/",
            "https://penwithpacket.example/seal-sanctuary-volunteers-wanted/",
        ],
        agency=None,
        dateline=None,
        language="en-GB",
        first="An appeal to rebuild",
        last="who set the appeal up.",
        paragraphs=3,
    ),
    "mh-magazine": dict(
        url="https://caldervalleytimes.example/2024/04/17/swimming-pool-reopens-after-refit/",
        title="Swimming pool reopens after £3m refit",
        authors=["Owen Akroyd"],
        published_at="2024-04-17",
        modified_at=None,
        section="Leisure",
        tags=["Hebden Bridge", "Swimming"],
        # the entry-thumbnail's <img> (no class), not the ad in the post widget area
        image_url="https://caldervalleytimes.example/wp-content/uploads/2024/04/pool-678x381.jpg",
        related_urls=[  # not the teasers' month-archive date links
            "https://caldervalleytimes.example/2024/03/30/lido-campaign-launched/",
            "https://caldervalleytimes.example/2024/03/08/leisure-centre-fees-frozen/",
        ],
        agency=None,
        dateline=None,
        language="en-GB",
        first="Hebden Bridge swimming pool",
        last="is back on weekdays.",
        paragraphs=4,
    ),
    "zoxpress": dict(
        url="https://fellsidegazette.example/brewery-expansion-brings-forty-jobs-to-keswick/",
        title="Brewery expansion brings forty jobs to Keswick",
        authors=["Nadia Holme"],
        published_at="2024-04-30",
        modified_at="2024-05-01",
        section="Business",
        tags=["Breweries", "Keswick"],
        image_url="https://fellsidegazette.example/wp-content/uploads/2024/04/brewery-1024x576.jpg",
        related_urls=[
            "https://fellsidegazette.example/pencil-museum-reopens/",
            "https://fellsidegazette.example/hotel-staff-housing-plan/",
        ],
        agency=None,
        dateline=None,
        language="en-US",
        # the standfirst printed under the headline opens the body, as every header lead
        # does (test_body's test_lead_in_article_header_is_restored_first)
        first="The family firm will double its output",
        last="said managing director Ruth Tyson.",
        paragraphs=4,
    ),
    "smartmag": dict(
        url="https://valeobserver.example/new-cycle-bridge-over-the-ouse-opens/",
        title="New cycle bridge over the Ouse opens to the public",
        authors=["Chris Lambert"],
        published_at="2024-05-09T07:45:00+01:00",
        modified_at="2024-05-09T16:20:00+01:00",  # the "Updated:" item's <time>
        section="Transport",
        tags=["Cycling", "Selby"],
        image_url="https://valeobserver.example/wp-content/uploads/2024/05/ouse-bridge-788x515.jpg",
        related_urls=[
            "https://valeobserver.example/toll-bridge-charges-scrapped/",
            "https://valeobserver.example/station-cycle-hub-funded/",
        ],
        agency=None,
        dateline=None,
        language="en-GB",
        first="A £6 million cycling",
        last="said Selby’s mayor, Sarah Goodall.",
        paragraphs=4,
    ),
    "publisher": dict(
        url="https://trentvalleyrecorder.example/care-home-staff-strike-over-night-shift-pay/",
        title="Care home staff strike over night-shift pay",
        authors=["Grace Okonkwo"],
        published_at="2024-05-10T12:15:00+01:00",
        modified_at=None,  # "post-published updated" is the day it was posted
        section="Health",
        tags=["care homes", "Newark"],
        image_url="https://trentvalleyrecorder.example/wp-content/uploads/2024/05/picket-750x430.jpg",
        related_urls=[  # teasers' titles are <p class="title">, under a <span> heading
            "https://trentvalleyrecorder.example/gp-surgery-merger-approved/",
            "https://trentvalleyrecorder.example/dementia-cafe-opens-in-southwell/",
        ],
        agency=None,
        dateline=None,
        language="en-US",
        first="Care workers at two Newark care homes",
        last="said senior carer Lorraine Hill.",  # past the inline "Related Posts" box
        paragraphs=4,
    ),
    "newspaper-hindi": dict(
        url="https://purvanchaldarpan.example/ganga-ghat-jetty-work-begins/",
        title="गंगा घाट पर नई जेटी का काम शुरू, अगले साल तक पूरा होगा",
        authors=["राकेश तिवारी"],  # after the "द्वारा" label
        published_at="2024-05-17T18:40:00+05:30",
        modified_at=None,
        section="वाराणसी",
        tags=["गंगा", "वाराणसी"],
        image_url="https://purvanchaldarpan.example/wp-content/uploads/2024/05/jetty-696x392.jpg",
        related_urls=[
            "https://purvanchaldarpan.example/ramnagar-port-cargo/",
            "https://purvanchaldarpan.example/ghat-cleaning-drive/",
        ],
        agency=None,
        dateline="वाराणसी",
        language="hi-IN",
        first="वाराणसी: दशाश्वमेध घाट",
        last="असर नहीं पड़ना चाहिए।",  # without the "यह भी पढ़ें" line
        paragraphs=4,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wordpress_theme_single_post(name: str) -> None:
    case = dict(CASES[name])
    page = (PAGES / f"{name}.html").read_bytes()
    assert detect_theme(page) == ("tagdiv" if name.startswith("newspaper") else "wordpress")
    a = extract_article(page, case.pop("url"))
    first, last, count = case.pop("first"), case.pop("last"), case.pop("paragraphs")
    assert {field: getattr(a, field) for field in case} == case
    body = a.body.split("\n\n")
    assert body[0].startswith(first)
    assert body[-1].endswith(last)
    assert len(body) == count
    for noise in NOISE:
        assert noise not in a.body, noise


_LAZY_PICTURES = {
    # a lazy loader's blank in src, the picture in its own attribute (Jannah, a3 Lazy Load,
    # WP Rocket, Smush), or only in a set of sizes
    "data-src": 'src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" data-src="/up/flood.jpg"',
    "theme blank": 'src="/themes/jannah/images/tie-empty.png" data-src="/up/flood.jpg"',
    "data-lazy-src": 'src="/plugins/a3/lazy_placeholder.gif" data-lazy-src="/up/flood.jpg"',
    "data-srcset": 'src="data:," data-srcset="/up/f.jpg 300w, /up/flood.jpg 1024w"',
    "srcset": 'src="/up/f-300.jpg" srcset="/up/f-300.jpg 300w, /up/flood.jpg 1024w"',
}


@pytest.mark.parametrize("attributes", list(_LAZY_PICTURES.values()), ids=list(_LAZY_PICTURES))
def test_a_lazy_loaded_featured_picture_is_the_lead_image(attributes: str) -> None:
    """The featured picture's ``src`` held the lazy loader's blank: the lead image was
    None (a ``data:`` URI) or the theme's blank PNG."""
    paragraphs = "".join(
        f"<p>The council voted on flood defence plan number {i} on Monday, officials said.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Floods hit town</title>"
        "<link rel='stylesheet' href='/wp-content/themes/x/style.css'></head>"
        "<body class='single-post'><article class='post type-post'>"
        "<h1 class='entry-title'>Floods hit town</h1>"
        f"<div class='post-thumbnail'><img class='wp-post-image' {attributes}></div>"
        f"<div class='entry-content'>{paragraphs}</div></article></body></html>"
    )
    a = extract_article(page, "https://herald.example/2024/01/05/floods-hit-town/")
    assert a.image_url == "https://herald.example/up/flood.jpg"


def test_a_featured_picture_that_is_only_a_blank_gives_no_lead_image() -> None:
    page = (
        "<html><head><title>Floods</title><link rel='stylesheet' href='/wp-content/x.css'>"
        "</head><body class='single-post'><article class='post'><h1 class='entry-title'>"
        "Floods</h1><div class='post-thumbnail'><img class='wp-post-image' "
        "src='/themes/jannah/images/tie-empty.png'></div><div class='entry-content'>"
        + "<p>The council voted on the flood plan on Monday, officials said.</p>" * 5
        + "</div></article></body></html>"
    )
    assert extract_article(page, "https://herald.example/2024/01/05/floods/").image_url is None
