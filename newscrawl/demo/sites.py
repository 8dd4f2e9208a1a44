"""The demo network's sites: one :class:`SiteSpec` per site, in a registry.

A spec says where a site listens (its own 127.0.0.x address), which theme renders
it (``newscrawl.demo.themes``), its sections, time zone and URL scheme. Adding a
site (e.g. a JavaScript-rendered ``demo-jsnews`` on 127.0.0.4) is one more
:func:`register` call plus, if needed, one more theme class.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo

IST = timezone(timedelta(hours=5, minutes=30))
UTC = UTC


@dataclass(frozen=True)
class SiteSpec:
    id: str
    name: str
    address: str
    theme: str
    tz: tzinfo
    #: Publication time of article 0; article i is published about i * 37 minutes later.
    epoch: datetime
    #: (slug, display name) of each category.
    sections: tuple[tuple[str, str], ...]
    #: Topic tags besides the story's place (display names).
    topic_tags: tuple[str, ...]
    #: Bylines that are not people (authors = []).
    staff_bylines: tuple[str, ...]
    #: "section": /<section>/<slug>-<post id>/ ; "date": /YYYY/MM/DD/<slug>/
    url_style: str
    #: Query string of the tracking variant every article also answers to (see truth docs).
    tracking_query: str
    #: Wire section kinds ("national", "international") -> this site's section slug.
    wire_sections: tuple[tuple[str, str], ...]
    #: Disallowed path prefix under which a few articles (1 in 25) live only.
    members_prefix: str = "/members"
    post_id_base: int = 1000
    articles_per_page: int = 10
    #: The BCP 47 tag the theme's pages declare (<html lang>, inLanguage): the truth's language.
    language: str = "en-US"


_REGISTRY: dict[str, SiteSpec] = {}
#: Modules that register more sites (and their themes) when imported. Imported lazily, on
#: the first :func:`site_specs` call, because they build on the generator and the themes.
PLUGINS: tuple[str, ...] = ("newscrawl.demo.jsnews",)


def register(spec: SiteSpec) -> SiteSpec:
    if spec.id in _REGISTRY:
        raise ValueError(f"demo site {spec.id!r} registered twice")
    _REGISTRY[spec.id] = spec
    return spec


def site_specs() -> dict[str, SiteSpec]:
    """All registered demo sites, by id, in registration order (plugins included)."""
    for module in PLUGINS:
        importlib.import_module(module)
    return dict(_REGISTRY)


register(
    SiteSpec(
        id="demo-sentinel",
        name="The Sentinel Demo",
        address="127.0.0.2",
        theme="tagdiv",
        tz=IST,
        epoch=datetime(2025, 1, 1, 7, 0, tzinfo=IST),
        sections=(
            ("assam", "Assam"),
            ("north-east", "North East"),
            ("national", "National"),
            ("international", "International"),
            ("sports", "Sports"),
            ("business", "Business"),
        ),
        topic_tags=(
            "Assam Government",
            "Flood",
            "Guwahati News",
            "Northeast",
            "BJP",
            "Congress",
            "Education",
            "Health",
            "Tea Industry",
            "Police",
            "Infrastructure",
            "Wildlife",
        ),
        staff_bylines=("Sentinel Digital Desk", "Staff Reporter"),
        url_style="section",
        tracking_query="utm_source=popular&utm_medium=sidebar",
        wire_sections=(("national", "national"), ("international", "international")),
        post_id_base=200000,
        articles_per_page=12,
    )
)
register(
    SiteSpec(
        id="demo-chronicle",
        language="en-GB",
        name="The Valley Chronicle",
        address="127.0.0.3",
        theme="wordpress",
        tz=UTC,
        epoch=datetime(2025, 1, 1, 1, 50, tzinfo=UTC),
        sections=(
            ("politics", "Politics"),
            ("business", "Business"),
            ("world", "World"),
            ("sport", "Sport"),
            ("culture", "Culture"),
        ),
        topic_tags=(
            "Elections",
            "Economy",
            "Environment",
            "Monsoon",
            "Courts",
            "Transport",
            "Schools",
            "Hospitals",
            "Farming",
            "Tourism",
        ),
        staff_bylines=("Chronicle News Service", "Web Desk"),
        url_style="date",
        tracking_query="utm_source=rss&utm_medium=rss&utm_campaign={slug}",
        wire_sections=(("national", "politics"), ("international", "world")),
        members_prefix="/premium",
        post_id_base=1000,
        articles_per_page=10,
    )
)
