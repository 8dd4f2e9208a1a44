"""JavaScript sites: scrapy-playwright only for the requests ``render_js`` names, with
Debian's Chromium; checked against the demo's JS site and its request log."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import pytest_twisted
from crawlutil import Answer, loopback_server, read_feeds, run_crawl
from scrapy import Request
from scrapy.settings import Settings

from newscrawl.demo.process import DemoProcess
from newscrawl.rendering import (
    CHROMIUM_ARGS,
    PLAYWRIGHT_HANDLER,
    ChromiumNotFound,
    RenderedPageMiddleware,
    abort_request,
    find_chromium,
    playwright_settings,
    wait_for_network_idle,
)

SITE = "demo-jsnews"


def test_playwright_settings_use_the_configured_chromium(chromium_path: str) -> None:
    settings = Settings({"NEWSCRAWL_CHROMIUM": chromium_path, "DOWNLOAD_TIMEOUT": 20})
    values = playwright_settings(settings, [SITE])
    assert values["DOWNLOAD_HANDLERS"] == {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}
    launch = values["PLAYWRIGHT_LAUNCH_OPTIONS"]
    assert launch["executable_path"] == chromium_path
    assert set(CHROMIUM_ARGS[:6]) <= set(launch["args"])
    assert values["PLAYWRIGHT_MAX_CONTEXTS"] == 1
    assert values["PLAYWRIGHT_MAX_PAGES_PER_CONTEXT"] == 4
    assert values["PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT"] == 20_000


def test_missing_chromium_is_a_clear_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-chromium")
    assert find_chromium(missing) is None
    with pytest.raises(ChromiumNotFound, match=r"demo-jsnews need a browser .* apt-get install"):
        playwright_settings(Settings({"NEWSCRAWL_CHROMIUM": missing}), [SITE])


def test_heavy_resources_are_aborted() -> None:
    for kind, aborted in (("image", True), ("font", True), ("media", True)):
        assert abort_request(SimpleNamespace(resource_type=kind)) is aborted
    for kind in ("document", "script", "fetch", "xhr", "stylesheet"):
        assert abort_request(SimpleNamespace(resource_type=kind)) is False


def test_page_methods_only_for_rendered_requests() -> None:
    mw = RenderedPageMiddleware(quiet_ms=500, limit_ms=5000)
    plain = Request("http://127.0.0.4/robots.txt")
    mw.process_request(plain)
    assert "playwright_page_methods" not in plain.meta
    rendered = Request("http://127.0.0.4/", meta={"playwright": True})
    mw.process_request(rendered)
    methods = rendered.meta["playwright_page_methods"]
    assert [m.method for m in methods] == [wait_for_network_idle, "evaluate"]
    assert methods[0].args == (5000,)
    assert methods[1].args[1] == [500, 5000]
    own = Request("http://127.0.0.4/", meta={"playwright": True, "playwright_page_methods": []})
    mw.process_request(own)
    assert own.meta["playwright_page_methods"] == []


def test_crawl_without_chromium_fails_at_start(tmp_path: Path) -> None:
    proc = run_crawl(
        ["-a", f"site={SITE}", "-a", "origin=http://127.0.0.4:9"],
        tmp_path / "out",
        env={"NEWSCRAWL_CHROMIUM": str(tmp_path / "missing-chromium")},
        timeout=120,
    )
    assert proc.returncode == 1
    assert "need a browser (render_js) and no Chromium was found" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "Spider opened" not in proc.stderr


def test_a_chromium_that_does_not_start_fails_the_run_at_start(tmp_path: Path) -> None:
    """A broken browser (not a browser, a missing library) failed every rendered request
    with a warning and the run ended as floors_failed; it is a start error now."""
    broken = tmp_path / "chromium"
    broken.write_text(
        "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n"
    )
    broken.chmod(0o755)
    proc = run_crawl(
        ["-a", f"site={SITE}", "-a", "origin=http://127.0.0.4:9"],
        tmp_path / "out",
        env={"NEWSCRAWL_CHROMIUM": str(broken)},
        timeout=120,
    )
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert f"the Chromium at {broken} does not start (exit status 127: error while" in last
    assert "Traceback" not in proc.stderr
    assert "Spider opened" not in proc.stderr


@pytest.mark.chromium
@pytest.mark.slow
def test_js_site_is_crawled_through_chromium(tmp_path: Path, chromium_path: str) -> None:
    with DemoProcess(tmp_path / "demo", articles=24, seed=5, sites=[SITE]) as demo:
        proc = run_crawl(
            ["-a", f"site={SITE}", "-a", f"origin={demo.origins[SITE]}", "-a", "run_id=js"],
            tmp_path / "out",
            env={"NEWSCRAWL_CHROMIUM": chromium_path},
        )
        served = demo.requests()
        truth = {row["url"]: row for row in demo.truth()}
    assert proc.returncode == 0, proc.stderr[-4000:]
    rows = read_feeds(tmp_path / "out", "js")[SITE]
    allowed = {url for url, row in truth.items() if row["robots_allowed"]}
    assert {r["url"] for r in rows} == allowed
    for row in rows:
        expected = truth[row["url"]]
        # Only the browser could see these: the HTML served has no headline, body or date.
        assert row["title"] == expected["title"]
        assert row["published_at"] == expected["published_at"]
        assert expected["body"].split("\n\n")[1] in row["body"]
        # The related block loads only when scrolled into view.
        assert sorted(row["related_urls"]) == sorted(expected["related_urls"])

    paths = [r["path"] for r in served]
    # Each article page fetched once, by the browser (its scripts then call the API).
    article_paths = [p for p in paths if p.startswith("/20")]
    assert len(article_paths) == len(set(article_paths)) == len(allowed)
    assert sum(p.startswith("/api/article/") for p in paths) == len(allowed)
    assert sum(p.startswith("/api/related/") for p in paths) == len(allowed)
    # Images and web fonts were aborted in the browser, never requested.
    assert not [p for p in paths if p.endswith((".jpg", ".png", ".gif")) or "/fonts/" in p]
    assert paths.count("/robots.txt") == 1

    summary = json.loads(next((tmp_path / "out" / "runs").glob("js-*.json")).read_text())
    stats = summary["stats"]
    assert stats["playwright/page_count"] == stats["playwright/page_count/closed"]
    assert stats["playwright/page_count/max_concurrent"] <= 4
    assert stats["playwright/request_count/aborted"] > 0
    # Listings and articles went through the browser, robots.txt over plain HTTP.
    listings = [p for p in paths if p == "/" or p.startswith("/page/")]
    navigations = stats["playwright/request_count/navigation"]
    assert navigations == len(article_paths) + len(listings)
    assert stats["downloader/request_count"] == navigations + 1


@pytest.mark.chromium
def test_pages_of_failed_requests_are_closed(tmp_path: Path, chromium_path: str) -> None:
    """Nothing listens on the origin: every browser navigation fails, and its page closes."""
    proc = run_crawl(
        ["-a", f"site={SITE}", "-a", "origin=http://127.0.0.4:9", "-a", "run_id=down"],
        tmp_path / "out",
        env={"NEWSCRAWL_CHROMIUM": chromium_path},
        timeout=180,
    )
    assert proc.returncode == 1  # nothing exported: a failed run
    stats = json.loads(next((tmp_path / "out" / "runs").glob("down-*.json")).read_text())["stats"]
    assert stats["playwright/page_count"] >= 1
    assert stats["playwright/page_count/closed"] == stats["playwright/page_count"]
    assert stats["newscrawl/request_failed/listing"] == 1


_SLOW_BLOCK_PAGE = b"""<!doctype html><html><body><h1>Floods</h1>
<div style="height: 3000px">Story.</div><div id="related">loading</div>
<script>
const box = document.getElementById("related");
new IntersectionObserver((entries, seen) => {
  if (!entries.some((e) => e.isIntersecting)) return;
  seen.disconnect();
  fetch("/slow").then((r) => r.json()).then((d) => { box.textContent = d.text; });
}).observe(box);
</script></body></html>"""


async def _settle_on_slow_block(chromium_path: str, port: int) -> tuple[bool, str]:
    from playwright.async_api import async_playwright

    from newscrawl.rendering import SETTLE_SCRIPT

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium_path, args=list(CHROMIUM_ARGS))
        try:
            page = await browser.new_page()
            await page.goto(f"http://127.0.0.1:{port}/")
            await page.wait_for_load_state("networkidle")
            settled = await page.evaluate(SETTLE_SCRIPT, [300, 8000])
            return settled, await page.inner_text("#related")
        finally:
            await browser.close()


@pytest.mark.chromium
@pytest_twisted.ensureDeferred
async def test_settling_waits_for_a_slow_request_of_a_block_loaded_on_scroll(
    chromium_path: str,
) -> None:
    """The related block is fetched when scrolled into view and its server answers after
    1.5 s, longer than the quiet period: the page is read once the answer is in."""
    import asyncio
    import time

    from twisted.internet.defer import Deferred

    def answer(path: str) -> Answer:
        if path == "/slow":
            time.sleep(1.5)
            return 200, {"Content-Type": "application/json"}, b'{"text": "Related: loaded late"}'
        return 200, {}, _SLOW_BLOCK_PAGE

    with loopback_server(answer) as (origin, _):
        port = int(origin.rsplit(":", 1)[1])
        coro = _settle_on_slow_block(chromium_path, port)
        settled, text = await Deferred.fromFuture(asyncio.ensure_future(coro))
    assert settled is True
    assert text == "Related: loaded late"


_POLLING_ARTICLE = b"""<!doctype html><html lang="en"><head><title>loading</title></head>
<body><main id="app">Loading</main><script>
fetch("/api/story").then((r) => r.json()).then((d) => {
  document.getElementById("app").innerHTML = d.html;
});
// A live ticker: the network never goes quiet for 500 ms.
setInterval(() => fetch("/ping").catch(() => {}), 150);
</script></body></html>"""
_STORY = (
    '<article><h1>River rises in Dibrugarh</h1><p class="byline">By Ann Lee</p>'
    '<time datetime="2025-01-02T10:00:00+05:30">2 January 2025</time>'
    + "".join(
        f"<p>Paragraph {i}: the Brahmaputra rose overnight and villagers moved to higher "
        "ground as district officials opened relief camps along the embankment.</p>"
        for i in range(5)
    )
    + "</article>"
)


@pytest.mark.chromium
def test_a_page_that_never_goes_network_idle_is_read_after_the_capped_wait(
    tmp_path: Path, chromium_path: str
) -> None:
    """Polling pages (live blogs, tickers, beacons) were lost: the wait for network
    idle raised after NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS and failed the request."""
    text = {"Content-Type": "text/plain"}
    routes: dict[str, Answer] = {
        "/": (200, {}, b'<html><body><a href="/2025/01/02/river/">River</a>'),
        "/2025/01/02/river/": (200, {}, _POLLING_ARTICLE),
        "/api/story": (
            200,
            {"Content-Type": "application/json"},
            json.dumps({"html": _STORY}).encode(),
        ),
        "/ping": (200, text, b""),
        "/robots.txt": (200, text, b""),
    }
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    with loopback_server(lambda path: routes.get(path, (404, text, b""))) as (origin, _):
        (profiles / "live.toml").write_text(
            f'id = "live"\norigin = "{origin}"\n'
            "article_url_patterns = ['/2025/']\n"
            'render_js = "articles"\n'
        )
        proc = run_crawl(
            ["-a", "site=live", "-a", "run_id=live"],
            tmp_path / "out",
            settings={
                "NEWSCRAWL_PROFILE_DIRS": str(profiles),
                "NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS": "1500",
                "NEWSCRAWL_PLAYWRIGHT_QUIET_MS": "300",
            },
            env={"NEWSCRAWL_CHROMIUM": chromium_path},
            timeout=180,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "wait_for_load_state: Timeout" not in proc.stderr
    rows = read_feeds(tmp_path / "out", "live")["live"]
    assert [r["title"] for r in rows] == ["River rises in Dibrugarh"]
    assert "Paragraph 4" in rows[0]["body"]


# -- Article pages that are JavaScript shells ---------------------------------------------


def _shell_page(title: str, api: str) -> bytes:
    """An article as a script-built site serves it: the story is fetched from ``api``."""
    return f"""<!doctype html><html lang="en"><head><title>{title} | Valley Times</title>
<meta property="og:type" content="article"></head>
<body><header><a href="/">Valley Times</a></header>
<main id="app"><p class="loading">Loading&hellip;</p></main>
<script>
fetch("{api}").then((r) => r.json()).then((d) => {{
  document.getElementById("app").innerHTML = d.html;
}});
</script></body></html>""".encode()


_BRIEF_PAGE = b"""<!doctype html><html lang="en"><head><title>Ferry resumes | Valley Times</title>
<meta property="og:type" content="article"></head><body>
<article><h1>Ferry service resumes</h1><p>Ferry services between Guwahati and North Guwahati
resumed on Tuesday after a two-day suspension caused by strong winds, officials said.</p>
<p>About 1,200 passengers crossed the river by noon.</p></article>
<div id="comments"><p>Loading comments&hellip;</p></div>
<script>window.dataLayer = [];</script></body></html>"""
_SHELL_SITE: dict[str, Answer] = {
    "/": (
        200,
        {},
        b'<html><body><a href="/2025/01/02/river/">River</a> '
        b'<a href="/2025/01/02/ferry/">Ferry</a> <a href="/2025/01/02/broken/">Broken</a>',
    ),
    "/2025/01/02/river/": (200, {}, _shell_page("River rises in Dibrugarh", "/api/river")),
    "/2025/01/02/broken/": (200, {}, _shell_page("Tea estate strike ends", "/api/broken")),
    "/2025/01/02/ferry/": (200, {}, _BRIEF_PAGE),
    "/api/river": (
        200,
        {"Content-Type": "application/json"},
        json.dumps({"html": _STORY}).encode(),
    ),
    "/robots.txt": (200, {"Content-Type": "text/plain"}, b""),
}


def _crawl_shell_site(
    tmp_path: Path, render_js: str | None, env: dict[str, str] | None = None
) -> tuple[object, list[str], dict, dict[str, list[dict]]]:
    """Crawl :data:`_SHELL_SITE` from a loopback server, under a profile with ``render_js``
    (``None``: no profile at all); the finished process, the paths asked for, the run's
    stats and its feeds."""
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    with loopback_server(lambda path: _SHELL_SITE.get(path, (404, {}, b"not found"))) as (
        origin,
        asked,
    ):
        if render_js is None:
            args = ["-a", f"url={origin}/"]
        else:
            (profiles / "valley.toml").write_text(
                f'id = "valley"\norigin = "{origin}"\narticle_url_patterns = [\'/2025/\']\n'
                + (f'render_js = "{render_js}"\n' if render_js else "")
            )
            args = ["-a", "site=valley"]
        proc = run_crawl(
            [*args, "-a", "run_id=shells"],
            tmp_path / "out",
            settings={
                "NEWSCRAWL_PROFILE_DIRS": str(profiles),
                "NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS": "3000",
                "NEWSCRAWL_PLAYWRIGHT_QUIET_MS": "300",
            },
            env=env,
            timeout=180,
        )
    summary = next((tmp_path / "out" / "runs").glob("shells-*.json"))
    stats = json.loads(summary.read_text())["stats"]
    return proc, list(asked), stats, read_feeds(tmp_path / "out", "shells")


@pytest.mark.parametrize("render_js", ["", None], ids=["render_js-false", "no-profile"])
def test_shell_articles_of_a_site_without_rendering_are_dropped_and_counted(
    tmp_path: Path, render_js: str | None
) -> None:
    """They were exported with "Loading…" as their body."""
    proc, asked, stats, feeds = _crawl_shell_site(tmp_path, render_js)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [rows] = feeds.values()
    assert [r["title"] for r in rows] == ["Ferry service resumes"]
    site = "valley" if render_js is not None else "127.0.0.1"
    assert stats["newscrawl/dropped/js_shell"] == 2
    assert stats[f"newscrawl/dropped/js_shell/{site}"] == 2
    for path in ("/2025/01/02/river/", "/2025/01/02/broken/"):
        assert asked.count(path) == 1
        assert f"{path} (js_shell): a JavaScript shell (placeholder 'Loading…'); the site " in (
            proc.stderr
        )
    assert 'render_js = "articles" or "both"' in proc.stderr
    assert f"health {site}: 2 article page(s) were JavaScript shells" in proc.stderr
    assert "/api/" not in " ".join(asked)  # no browser ran the pages' scripts


@pytest.mark.chromium
def test_shell_articles_of_a_site_rendering_listings_are_rendered_once(
    tmp_path: Path, chromium_path: str
) -> None:
    """render_js = "listings": the article pages came over plain HTTP as their shells."""
    proc, asked, stats, feeds = _crawl_shell_site(
        tmp_path, "listings", env={"NEWSCRAWL_CHROMIUM": chromium_path}
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {r["url"].rsplit("/", 2)[-2]: r for r in feeds["valley"]}
    assert sorted(rows) == ["ferry", "river"]
    assert rows["river"]["title"] == "River rises in Dibrugarh"
    assert "Paragraph 4: the Brahmaputra rose overnight" in rows["river"]["body"]
    assert "Loading" not in rows["river"]["body"]
    assert rows["ferry"]["body"].startswith("Ferry services between Guwahati")
    # each shell fetched twice (plain, then in Chromium), the real article once
    assert asked.count("/2025/01/02/river/") == asked.count("/2025/01/02/broken/") == 2
    assert asked.count("/2025/01/02/ferry/") == 1
    assert asked.count("/api/river") == asked.count("/api/broken") == 1
    assert stats["newscrawl/js_shell/rendered/valley"] == 2
    # the one whose story never arrives is dropped, still a shell in the browser
    assert stats["newscrawl/dropped/js_shell/valley"] == 1
    assert "/2025/01/02/broken/ (js_shell)" in proc.stderr
    assert "still one rendered in Chromium" in proc.stderr
    assert 'render_js = "both" in the profile renders its articles at once' in proc.stderr
