"""The demo network's content and truth, offline: no server, pages rendered in-process."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newscrawl.demo.generator import Network, SiteContent
from newscrawl.demo.sites import site_specs
from newscrawl.demo.themes import THEMES, NetworkLinks, SiteTheme
from newscrawl.sites import load_profile

ORIGINS = {"demo-sentinel": "http://127.0.0.2:8780", "demo-chronicle": "http://127.0.0.3:8780"}
LINKS = NetworkLinks(ORIGINS, "http://127.0.0.9:8780")
PROFILES = Path(__file__).resolve().parents[2] / "newscrawl" / "sites"
# What the body is NOT made of (see the truth docs): every one of these sits inside the
# content container of one theme or the other.
NOT_BODY = ("td-a-ad", "sharedaddy", "jp-relatedposts", "wp-block-jetpack-subscriptions")


@pytest.fixture(scope="module")
def network() -> Network:
    net = Network([site_specs()[s] for s in ORIGINS], seed=3, articles=150)
    for site_id, content in net.sites.items():
        content.origin = ORIGINS[site_id]
    return net


def theme_for(content: SiteContent) -> SiteTheme:
    return THEMES[content.spec.theme](content, LINKS)


def content_paragraphs(page: bytes, site: str) -> list[str]:
    """The paragraphs of a page's content container, minus the known non-body blocks."""
    doc = lxml_html.fromstring(page)
    xpath = (
        '//div[contains(@class, "td-post-content")]'
        if site == "demo-sentinel"
        else '//div[@class="entry-content"]'
    )
    (root,) = doc.xpath(xpath)
    out = []
    for el in root.iter("p", "h2", "li"):
        ancestors = list(el.iterancestors())
        if any(a.tag == "figure" for a in ancestors):
            continue
        if any(c in (a.get("class") or "") for a in ancestors for c in NOT_BODY):
            continue
        text = " ".join(el.text_content().split())
        if not text.startswith("Also Read"):
            out.append(text)
    return out


def test_rendered_content_is_exactly_the_truth_body(network: Network) -> None:
    today = datetime.now().astimezone()
    templates = set()
    for site, content in network.sites.items():
        theme = theme_for(content)
        for article in content.articles:
            page = theme.handle(article.path, "", today)
            assert page.status == 200
            body = content.truth_row(article)["body"]
            assert content_paragraphs(page.body, site) == body.split("\n\n"), article.path
            templates.add(article.template)
    assert templates == {"", "cloud", "classic"}


def test_truth_rows_follow_the_conventions(network: Network) -> None:
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$")
    seen = {"naive": 0, "day": 0, "offset": 0}
    for content in network.sites.values():
        for article in content.articles:
            row = content.truth_row(article)
            assert row["url"].startswith(content.origin + "/")
            assert date_re.match(row["published_at"]), row["published_at"]
            kind = (
                "day"
                if len(row["published_at"]) == 10
                else "naive"
                if len(row["published_at"]) == 19
                else "offset"
            )
            seen[kind] += 1
            assert "  " not in row["body"] and "&#" not in row["body"] and "<" not in row["body"]
            assert row["language"] == site_specs()[row["site"]].language and row["version"] == 1
            if row["dateline"]:
                first = row["body"].split("\n\n")[0]
                assert first.lower().startswith(row["dateline"].lower()), first[:60]
                assert row["dateline"] == row["dateline"].title() or " " in row["dateline"]
            if not row["robots_allowed"]:
                assert row["alt_urls"] == []
            else:
                assert row["alt_urls"][0] == row["url"] + "amp/"
                assert row["alt_urls"][1].startswith(row["url"] + "?utm_")
            for person in row["authors"]:
                assert person not in content.spec.staff_bylines
                assert person not in ("IANS", "PTI", "AFP", "Reuters")
    assert all(seen.values()), seen


def test_agency_comes_only_from_credits_and_wire_bylines(network: Network) -> None:
    credited = uncredited_attribution = 0
    for content in network.sites.values():
        for article in content.articles:
            row = content.truth_row(article)
            body = row["body"]
            credit = (
                body.rstrip().endswith(("(IANS)", "-- PTI"))
                or body.endswith("Source: Reuters")
                or "(IANS):" in body.split("\n\n")[0]
                or article.byline == (row["agency"],)
            )
            assert bool(row["agency"]) == credit, (article.path, row["agency"])
            if row["agency"]:
                credited += 1
                assert row["authors"] == [] or article.byline != (row["agency"],)
            elif re.search(r"(Xinhua|Reuters|AFP|IANS) quoted", body):
                uncredited_attribution += 1
    assert credited and uncredited_attribution


def test_wire_stories_are_syndicated_with_small_edits(network: Network) -> None:
    rows = [c.truth_row(a) for c in network.sites.values() for a in c.articles]
    by_story: dict[str, list[dict]] = {}
    for row in rows:
        by_story.setdefault(row["story_id"], []).append(row)
    shared = [copies for copies in by_story.values() if len(copies) > 1]
    assert len(shared) >= 20
    for copies in shared:
        assert {c["site"] for c in copies} == set(ORIGINS)
        one, two = copies
        assert one["title"] == two["title"] and one["agency"] == two["agency"] == "IANS"
        assert one["body"] != two["body"]
        shared_paras = set(one["body"].split("\n\n")[1:]) & set(two["body"].split("\n\n")[1:])
        assert len(shared_paras) >= 2
    # Every other story is unique to its site.
    assert sum(len(c) for c in by_story.values() if len(c) == 1) == len(rows) - 2 * len(shared)


def test_publish_and_edit_are_deterministic_and_ordered() -> None:
    spec = site_specs()["demo-chronicle"]
    a, b = SiteContent(spec, 5, 12), SiteContent(spec, 5, 12)
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=spec.tz)
    new_a, new_b = a.publish(3, when), b.publish(3, when)
    assert [x.path for x in new_a] == [x.path for x in new_b]
    assert [x.index for x in a.latest()[:3]] == [14, 13, 12]
    assert all(x.published > a.articles[11].published for x in new_a)
    edited = a.edit(2, when)
    assert [x.index for x in edited] == [x.index for x in b.edit(2, when)]
    for article in edited:
        row = a.truth_row(article)
        assert row["version"] == 2 and row["modified_at"] == when.isoformat()
        old = b.truth_row(b.articles[article.index])
        assert len(row["body"].split("\n\n")) == len(old["body"].split("\n\n"))  # b edited too
    untouched = next(x for x in a.articles[:12] if x.version == 1)
    assert a.truth_row(untouched)["version"] == 1


def test_profiles_load_and_match_exactly_the_article_urls(network: Network) -> None:
    for site, content in network.sites.items():
        profile = load_profile(PROFILES / f"{site}.toml")
        assert profile.theme == content.spec.theme and profile.render_js is None
        assert profile.origin == ORIGINS[site]
        patterns = profile.article_patterns
        for article in content.articles:
            row = content.truth_row(article)
            for url in [row["url"], *row["alt_urls"][1:]]:
                assert any(p.search(url) for p in patterns), url
            assert not any(p.search(row["url"] + "amp/") for p in patterns)
        for path in [*profile.start_urls, *profile.feeds, *profile.sitemaps, "/tag/flood/"]:
            assert not any(p.search(profile.url(path)) for p in patterns), path
            assert theme_for(content).handle(path, "", datetime.now()).status in (200, 404)
        for path in [*profile.start_urls, *profile.feeds, *profile.sitemaps]:
            assert theme_for(content).handle(path, "", datetime.now()).status == 200, path
