"""``demo-jsnews``: a demo site whose pages are empty shells filled by JavaScript.

Listings and article bodies are built in the browser by ``static/jsnews.js`` from a
JSON API (``/api/articles.json?page=N``, ``/api/article/<post id>.json``); the
"Related articles" block is fetched only when it scrolls into view
(IntersectionObserver), like the lazy widgets of real news sites. A plain HTTP
client sees a page with no headline, no body and no links: only a browser
(scrapy-playwright, profile ``render_js = "both"``) gets the articles.

Breaking the layout (for the run-health tests): when the environment variable
``NEWSCRAWL_DEMO_BROKEN_LAYOUT`` names this site (comma-separated ids), the pages
change as after a careless redesign: no machine-readable dates (no JSON-LD, no
``<time datetime>``; "N hours ago"), the byline becomes a plain "Story:" credit and
the related block is renamed ("More stories"). Only the date in the URL survives.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qs

from newscrawl.demo.sites import IST, SiteSpec, register

if TYPE_CHECKING:
    from newscrawl.demo.generator import Article, Block, SiteContent
    from newscrawl.demo.themes.base import NetworkLinks, Page

BROKEN_LAYOUT_ENV = "NEWSCRAWL_DEMO_BROKEN_LAYOUT"
#: Images (and web fonts) all answer a 1x1 GIF; a browser crawl should request none.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")

SPEC = SiteSpec(
    id="demo-jsnews",
    language="en",
    name="Northeast Live (JS demo)",
    address="127.0.0.4",
    theme="jsnews",
    tz=IST,
    epoch=datetime(2025, 1, 1, 6, 15, tzinfo=IST),
    sections=(
        ("state", "State"),
        ("nation", "Nation"),
        ("world", "World"),
        ("sport", "Sport"),
        ("economy", "Economy"),
    ),
    topic_tags=("Floods", "Elections", "Tea", "Rail", "Schools", "Wildlife", "Health"),
    staff_bylines=("NE Live Desk",),
    url_style="date",
    tracking_query="utm_source=app&utm_medium=push",
    wire_sections=(("national", "nation"), ("international", "world")),
    post_id_base=50000,
    articles_per_page=10,
)

SHELL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/static/jsnews.css">
<script src="/static/jsnews.js" defer></script>
</head>
<body data-layout="{layout}">
<header class="masthead"><a href="/">{site}</a>
<img class="logo" src="/static/img/logo.png" alt="{site}" width="120" height="30">
<span class="today">{today}</span></header>
<main id="app" data-kind="{kind}" data-src="{src}"><p class="loading">Loading&hellip;</p></main>
{related}
<footer><p>&copy; {year} {site}. All rights reserved.</p></footer>
</body></html>
"""


def block_json(block: Block) -> dict[str, Any]:
    """A body block as the page script receives it."""
    out: dict[str, Any] = {"kind": block.kind, "html": block.html}
    if block.items:
        out["items"] = [item.html for item in block.items]
    if block.src:
        out["src"] = block.src
    return out


class JsNewsSite:
    """Routes of the JavaScript demo site (see the module docstring).

    It implements the :class:`newscrawl.demo.themes.base.SiteTheme` contract
    (``name``, ``origin``, ``handle``) without importing it: ``sites.py`` imports this
    module to register the site, before the themes (which import the generator, which
    imports ``sites.py``) can be loaded.
    """

    name: ClassVar[str] = "jsnews"

    def __init__(self, content: SiteContent, links: NetworkLinks) -> None:
        self.content = content
        self.links = links
        broken = os.environ.get(BROKEN_LAYOUT_ENV, "")
        self.broken = self.content.spec.id in {s.strip() for s in broken.split(",")}
        self._by_post_id: dict[int, Article] = {}

    @property
    def origin(self) -> str:
        return self.content.origin

    # -- routing -------------------------------------------------------------------------

    def handle(self, path: str, query: str, today: datetime) -> Page:
        from newscrawl.demo.themes.base import PIXEL, Page

        args = parse_qs(query)
        if path.endswith(IMAGE_SUFFIXES) or path.startswith("/static/fonts/"):
            return Page(body=PIXEL, content_type="image/gif")
        if path.startswith("/static/"):
            return self.static(path.rsplit("/", 1)[-1])
        if path == "/robots.txt":
            return Page(body=self.robots().encode(), content_type="text/plain; charset=utf-8")
        if path == "/api/articles.json":
            return self.api_listing(int((args.get("page") or ["1"])[0] or 1))
        if path.startswith("/api/article/") or path.startswith("/api/related/"):
            article = self._article_for_api(path)
            if article is None:
                return self.json({"error": "not found"}, status=404)
            if path.startswith("/api/related/"):
                return self.json(self.related_json(article))
            return self.json(self.article_json(article, today))
        if path == "/" or (path.startswith("/page/") and path.rstrip("/")[6:].isdigit()):
            page = 1 if path == "/" else int(path.rstrip("/")[6:])
            if page > self.pages:
                return self.not_found()
            return self.shell("listing", f"/api/articles.json?page={page}", today)
        article = self.content.by_path.get(path)
        if article is not None:
            return self.shell("article", f"/api/article/{article.post_id}.json", today, article)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return Page.redirect(self.origin + path + "/")
        return self.not_found()

    def robots(self) -> str:
        """Members-only articles (``robots_allowed`` false in the truth) are disallowed."""
        lines = ["User-agent: *", "Disallow: /account/"]
        members = getattr(self.content.spec, "members_prefix", "")
        if members:
            lines.append(f"Disallow: {members.rstrip('/')}/")
        return "\n".join(lines) + "\n"

    @property
    def pages(self) -> int:
        per = self.content.spec.articles_per_page
        return max(1, -(-len(self.content.articles) // per))

    def _article_for_api(self, path: str) -> Article | None:
        stem = path.rsplit("/", 1)[-1].removesuffix(".json")
        if len(self._by_post_id) != len(self.content.articles):  # published since
            self._by_post_id = {a.post_id: a for a in self.content.articles}
        return self._by_post_id.get(int(stem)) if stem.isdigit() else None

    # -- pages ---------------------------------------------------------------------------

    def shell(self, kind: str, src: str, today: datetime, article: Article | None = None) -> Page:
        spec = self.content.spec
        related = ""
        if article is not None:
            box = "more-stories" if self.broken else "related-articles"
            related = (
                f'<section id="related" class="{box}" '
                f'data-src="/api/related/{article.post_id}.json"></section>'
            )
        body = SHELL.format(
            title=escape(article.title if article else spec.name),
            site=escape(spec.name),
            layout="broken" if self.broken else "v1",
            today=escape(today.strftime("%A, %B %-d, %Y")),
            kind=kind,
            src=escape(src),
            related=related,
            year=today.year,
        )
        from newscrawl.demo.themes.base import Page

        if article is None:
            return Page(body=body.encode(), cacheable=False)
        return Page(body=body.encode(), last_modified=article.last_modified, etag=article.etag)

    def static(self, name: str) -> Page:
        from newscrawl.demo.themes.base import Page

        types = {".js": "application/javascript", ".css": "text/css"}
        suffix = name[name.rfind(".") :] if "." in name else ""
        if suffix not in types:
            return self.not_found()
        try:
            data = resources.files("newscrawl.demo").joinpath(f"static/{name}").read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            return self.not_found()
        return Page(body=data, content_type=f"{types[suffix]}; charset=utf-8")

    def json(self, data: Any, status: int = 200) -> Page:
        from newscrawl.demo.themes.base import Page

        return Page(
            status,
            json.dumps(data, ensure_ascii=False).encode(),
            content_type="application/json; charset=utf-8",
            cacheable=False,
        )

    def not_found(self) -> Page:
        from newscrawl.demo.themes.base import Page

        return Page(404, b"<!DOCTYPE html><html><body><h1>Not found</h1></body></html>")

    # -- API -----------------------------------------------------------------------------

    def api_listing(self, page: int) -> Page:
        from newscrawl.demo.generator import human_date, teaser

        per = self.content.spec.articles_per_page
        items = self.content.latest()[(page - 1) * per : page * per]
        if page < 1 or not items:
            return self.json({"error": "no such page"}, status=404)
        return self.json(
            {
                "page": page,
                "pages": self.pages,
                "articles": [
                    {
                        "url": a.path,
                        "title": a.title,
                        "section": a.section.name,
                        "teaser": teaser(self.content.body_text(a)),
                        "date": human_date(a.published),
                    }
                    for a in items
                ],
            }
        )

    def article_json(self, article: Article, today: datetime) -> dict[str, Any]:
        from newscrawl.demo.generator import human_date

        published = article.date_string(article.published)
        modified = article.date_string(article.shown_modified)
        data: dict[str, Any] = {
            "url": self.content.url(article.path),
            "title": article.title,
            "description": article.description,
            "byline": list(article.byline),
            "section": article.section.name,
            "tags": [t.name for t in article.tags],
            "image": self.content.url(article.image) if article.image else None,
            "blocks": [block_json(b) for b in self.content.blocks(article)],
        }
        if self.broken:
            hours = max(1, int((today - article.published) / timedelta(hours=1)) % 48)
            data["published_text"] = f"{hours} hours ago"
        else:
            data["published"] = published
            data["published_text"] = human_date(article.published)
            data["modified"] = modified
            data["jsonld"] = {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": article.title,
                "description": article.description,
                "datePublished": published,
                "dateModified": modified,
                "author": [{"@type": "Person", "name": a} for a in article.authors],
                "articleSection": article.section.name,
                "keywords": ", ".join(t.name for t in article.tags),
                "image": data["image"],
                "inLanguage": "en",
                "mainEntityOfPage": data["url"],
            }
        return data

    def related_json(self, article: Article) -> dict[str, Any]:
        others = [self.content.articles[j] for j in article.related]
        return {"articles": [{"url": a.path, "title": a.title} for a in others]}


# One more site of the network: newscrawl/demo/sites.py imports this module, and
# newscrawl/demo/themes/__init__.py registers JsNewsSite as the "jsnews" theme.
register(SPEC)
