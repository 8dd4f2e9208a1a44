"""What every demo site theme implements, and the WordPress routing both themes share.

A theme turns a request path into a :class:`Page`. :class:`SiteTheme` is the whole
contract (the server knows nothing else), so a site that is not WordPress at all
(a JavaScript-rendered one, say) subclasses it directly. :class:`WordPressSite`
holds what WordPress gives every theme: permalinks, archives with ``/page/N/``,
``/feed/``, the AMP reader view, robots.txt, shortlinks and trailing-slash redirects;
a theme supplies the markup.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import ClassVar
from urllib.parse import parse_qs, quote

from newscrawl.demo.generator import Article, SiteContent, human_date, teaser, to_html

#: A 1x1 transparent GIF served for every image URL.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00"
    b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
#: WordPress "pages" (not posts) the themes link from their footers: path -> (title, text).
STATIC_PAGES = {
    "/about-us/": (
        "About Us",
        "We are an independent regional newsroom. Our reporters cover the state’s districts, "
        "its politics and its public services every day.",
    ),
    "/privacy-policy/": (
        "Privacy Policy",
        "This website uses cookies to measure traffic. We do not sell personal data. Write to "
        "the editor to have your comments removed.",
    ),
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Page:
    """A response: status, body and headers; conditional GETs use ``last_modified``/``etag``."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    etag: str | None = None
    cacheable: bool = True

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Page:
        return cls(status, b"", headers={"Location": location}, cacheable=False)


@dataclass(frozen=True)
class NetworkLinks:
    """Origins a page may link to besides its own: the other demo sites, an unserved host."""

    origins: dict[str, str]
    unserved: str


class SiteTheme:
    """One demo site: answers ``path`` (with its query string) for ``today``."""

    name: ClassVar[str] = ""

    def __init__(self, content: SiteContent, links: NetworkLinks) -> None:
        self.content = content
        self.links = links

    @property
    def origin(self) -> str:
        return self.content.origin

    def handle(self, path: str, query: str, today: datetime) -> Page:
        raise NotImplementedError


_PAGED = re.compile(r"^(?P<base>/(?:(?:category|tag|author)/[a-z0-9-]+/)?)page/(?P<n>\d+)/$")


class WordPressSite(SiteTheme):
    """Routing and markup every WordPress theme gets; subclasses render the theme's pages."""

    feed_items: ClassVar[int] = 10
    disallow: ClassVar[tuple[str, ...]] = ("/wp-admin/",)
    sitemap_paths: ClassVar[tuple[str, ...]] = ()

    # -- routing -------------------------------------------------------------------------

    def handle(self, path: str, query: str, today: datetime) -> Page:
        args = parse_qs(query)
        if path.startswith("/wp-content/"):
            return Page(body=PIXEL, content_type="image/gif")
        if path == "/robots.txt":
            return Page(body=self.robots().encode(), content_type="text/plain; charset=utf-8")
        if path == "/" and "p" in args:
            article = self._by_post_id(args["p"][0])
            return Page.redirect(self.origin + article.path) if article else self.not_found(today)
        special = self.route_special(path, args, today)
        if special is not None:
            return special
        article = self.content.by_path.get(path)
        if article is not None:
            if "share" in args:
                return Page.redirect(self.share_target(article, args["share"][0]), 302)
            return self.article_page(article, today)
        if path.endswith("/amp/"):
            article = self.content.by_path.get(path[: -len("amp/")])
            if article is not None and article.robots_allowed:
                return self.amp_page(article)
        if path in ("/feed/", "/feed"):
            return self.feed_page(self.rss(), "application/rss+xml; charset=UTF-8")
        if path in STATIC_PAGES:
            return Page(body=self.static_page(*STATIC_PAGES[path], today).encode())
        paged = _PAGED.match(path)
        if paged and int(paged.group("n")) == 1:  # WordPress folds /page/1/ into the archive
            return Page.redirect(self.origin + paged.group("base"))
        listing = self._listing(path)
        if listing is not None:
            kind, key, page = listing
            items = self._listing_items(kind, key)
            if items is None:
                return self.not_found(today)
            per = self.content.spec.articles_per_page
            pages = max(1, -(-len(items) // per))
            if page > pages:
                return self.not_found(today)
            chunk = items[(page - 1) * per : page * per]
            return Page(
                body=self.listing_page(kind, key, chunk, page, pages, today).encode(),
                cacheable=True,
            )
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return Page.redirect(self.origin + path + "/" + (f"?{query}" if query else ""))
        return self.not_found(today)

    def route_special(self, path: str, args: dict[str, list[str]], today: datetime) -> Page | None:
        """Theme-specific paths (sitemaps, print views, login); None when not one."""
        return None

    def _by_post_id(self, value: str) -> Article | None:
        return self.content.by_post_id(int(value)) if value.isdigit() else None

    def _listing(self, path: str) -> tuple[str, str, int] | None:
        page = 1
        m = _PAGED.match(path)
        if m:
            page = int(m.group("n"))
            if page == 1:
                return None
            path = m.group("base")
        if path == "/":
            return ("home", "", page)
        m = re.match(r"^/(category|tag|author)/([a-z0-9-]+)/$", path)
        if m:
            return (m.group(1), m.group(2), page)
        return None

    def _listing_items(self, kind: str, key: str) -> list[Article] | None:
        content = self.content
        if kind == "home":
            return content.latest()
        if kind == "category":
            if key not in dict(content.spec.sections):
                return None
            return content.in_section(key)
        items = content.with_tag(key) if kind == "tag" else content.by_author(key)
        return items or None

    # -- pieces --------------------------------------------------------------------------

    def not_found(self, today: datetime) -> Page:
        body = (
            "<!DOCTYPE html><html><head><title>Page not found</title></head><body>"
            "<h1>Oops! That page can&rsquo;t be found.</h1>"
            '<p>It looks like nothing was found at this location.</p><a href="/">Home</a>'
            "</body></html>"
        )
        return Page(404, body.encode(), cacheable=False)

    def feed_page(self, text: str, content_type: str) -> Page:
        """A feed, with the validators WordPress sends (so feeds can be polled with 304s)."""
        newest = max(a.last_modified for a in self.content.articles)
        tag = f'"{self.content.spec.id}-feed-{len(self.content.articles)}-{newest.timestamp():.0f}"'
        return Page(body=text.encode(), content_type=content_type, last_modified=newest, etag=tag)

    def xml(self, text: str) -> Page:
        return Page(body=text.encode(), content_type="application/xml; charset=UTF-8")

    def robots(self) -> str:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in self.disallow)]
        lines += ["Allow: /wp-admin/admin-ajax.php", ""]
        lines += [f"Sitemap: {self.origin}{p}" for p in self.sitemap_paths]
        return "\n".join(lines) + "\n"

    def share_target(self, article: Article, network: str) -> str:
        url = quote(self.origin + article.path, safe="")
        title = quote(article.title, safe="")
        if network == "facebook":
            return f"https://www.facebook.com/sharer.php?u={url}&t={title}"
        if network in ("x", "twitter"):
            return f"https://x.com/intent/tweet?text={title}&url={url}"
        return f"https://api.whatsapp.com/send?text={title}%20{url}"

    def share_links(self, article: Article) -> list[tuple[str, str, str]]:
        """(network, label, href) of the off-site share URLs."""
        url = quote(self.origin + article.path, safe="")
        title = quote(article.title, safe="")
        return [
            ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"),
            ("twitter", "Twitter", f"https://twitter.com/intent/tweet?text={title}&url={url}"),
            (
                "whatsapp",
                "WhatsApp",
                f"https://api.whatsapp.com/send?text={title}%20%0A%0A%20{url}",
            ),
            ("linkedin", "Linkedin", f"https://www.linkedin.com/shareArticle?mini=true&url={url}"),
        ]

    def abs(self, path: str) -> str:
        return self.origin + path

    def author_path(self, name: str) -> str:
        from newscrawl.demo.text import slugify

        return f"/author/{slugify(name)}/"

    def page_path(self, base: str, n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    def listing_base(self, kind: str, key: str) -> str:
        return "/" if kind == "home" else f"/{kind}/{key}/"

    def listing_title(self, kind: str, key: str) -> str:
        if kind == "category":
            return dict(self.content.spec.sections)[key]
        if kind == "tag":
            return self.content.tag_names().get(key, key)
        if kind == "author":
            items = self.content.by_author(key)
            for name in items[0].byline if items else ():
                if self.author_path(name) == f"/author/{key}/":
                    return name
        return self.content.spec.name

    def excerpt(self, article: Article, words: int = 20) -> str:
        return teaser(self.content.body_text(article), words)

    @staticmethod
    def today_header(today: datetime) -> str:
        """The header's date line, e.g. ``Tuesday, July 1, 2025``."""
        return f"{WEEKDAYS[today.weekday()]}, {human_date(today)}"

    @staticmethod
    def rfc822(when: datetime) -> str:
        return format_datetime(when)

    @staticmethod
    def json_ld(data: object, css_class: str = "") -> str:
        attr = f' class="{css_class}"' if css_class else ""
        payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        return f'<script type="application/ld+json"{attr}>{payload}</script>'

    def body_html(self, article: Article, ad: str = "", newsletter: str = "") -> str:
        """The article's blocks as WordPress content HTML; ``ad``/``newsletter`` fill slots."""
        out: list[str] = []
        for block in self.content.blocks(article):
            if block.kind == "p":
                out.append(f"<p>{block.html}</p>")
            elif block.kind == "h2":
                out.append(f'<h2 class="wp-block-heading">{block.html}</h2>')
            elif block.kind == "ul":
                items = "".join(f"<li>{item.html}</li>" for item in block.items)
                out.append(f'<ul class="wp-block-list">{items}</ul>')
            elif block.kind == "blockquote":
                inner = "".join(f"<p>{item.html}</p>" for item in block.items)
                out.append(f'<blockquote class="wp-block-quote">{inner}</blockquote>')
            elif block.kind == "figure":
                out.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" '
                    f'width="1024" height="576" src="{self.abs(block.src)}" alt="" '
                    f'class="wp-image-{article.post_id + 1}"/>'
                    f'<figcaption class="wp-element-caption">{block.html}</figcaption></figure>'
                )
            elif block.kind == "also_read":
                out.append(f"<p>{block.html}</p>")
            elif block.kind == "ad" and ad:
                out.append(ad)
            elif block.kind == "newsletter" and newsletter:
                out.append(newsletter)
        return "\n".join(out)

    # -- the AMP reader view (AMP plugin, identical on every theme) ----------------------

    def amp_page(self, article: Article) -> Page:
        url = self.abs(article.path)
        image = ""
        if article.image:
            image = (
                '<figure class="amp-wp-article-featured-image wp-caption">'
                f'<amp-img width="1024" height="576" src="{self.abs(article.image)}" '
                'class="attachment-large size-large wp-post-image" layout="intrinsic">'
                "</amp-img></figure>"
            )
        content = self.body_html(article)
        content = re.sub(r"<img ([^>]*)/>", r'<amp-img \1 layout="intrinsic"></amp-img>', content)
        byline = ", ".join(to_html(b) for b in article.byline)
        when = article.published
        html = f"""<!doctype html>
<html amp lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{to_html(article.title)} &#8211; {escape(self.content.spec.name)}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{self.origin}/">
<span class="amp-site-title">{escape(self.content.spec.name)}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{to_html(article.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{byline}</span>\
</div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{when.isoformat(timespec="seconds")}">
{human_date(when)}</time></div>
</header>
{image}
<div class="amp-wp-article-content">
{content}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="{self.origin}/category/\
{article.section.slug}/" rel="category tag">{to_html(article.section.name)}</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><p>&copy; {escape(self.content.spec.name)}</p>
<a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
"""
        return Page(
            body=html.encode(), last_modified=article.last_modified, etag=article.etag_for("amp")
        )

    # -- the theme's own pages -----------------------------------------------------------

    def static_page(self, title: str, body: str, today: datetime) -> str:
        """A WordPress page (About, Privacy): no date, no byline, not an article."""
        raise NotImplementedError

    def article_page(self, article: Article, today: datetime) -> Page:
        raise NotImplementedError

    def listing_page(
        self, kind: str, key: str, items: list[Article], page: int, pages: int, today: datetime
    ) -> str:
        raise NotImplementedError

    def rss(self) -> str:
        """WordPress's RSS 2.0 feed of the latest ``feed_items`` posts."""
        items = self.content.latest()[: self.feed_items]
        build = max(a.last_modified for a in self.content.articles)
        name = escape(self.content.spec.name)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n<channel>\n'
            f"\t<title>{name}</title>\n"
            f'\t<atom:link href="{self.origin}/feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{self.origin}</link>\n"
            "\t<description>Regional news</description>\n"
            f"\t<lastBuildDate>{self.rfc822(build)}</lastBuildDate>\n"
            "\t<language>en-US</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            "\t<generator>https://wordpress.org/?v=6.8.1</generator>\n"
        ]
        for a in items:
            link = self.abs(self.feed_link(a))
            cats = "".join(
                f"\n\t\t<category><![CDATA[{c}]]></category>"
                for c in [a.section.name, *(t.name for t in a.tags)]
            )
            out.append(
                f"\t<item>\n\t\t<title>{to_html(a.title)}</title>\n"
                f"\t\t<link>{escape(link)}</link>\n"
                f"\t\t<comments>{self.abs(a.path)}#respond</comments>\n"
                f"\t\t<dc:creator><![CDATA[{', '.join(a.byline)}]]></dc:creator>\n"
                f"\t\t<pubDate>{self.rfc822(a.published)}</pubDate>{cats}\n"
                f'\t\t<guid isPermaLink="false">{self.origin}/?p={a.post_id}</guid>\n'
                f"\t\t<description><![CDATA[{self.excerpt(a, 40)} [&#8230;]]]></description>\n"
                "\t</item>\n"
            )
        out.append("\t</channel>\n</rss>\n")
        return "".join(out)

    def feed_link(self, article: Article) -> str:
        return article.path
