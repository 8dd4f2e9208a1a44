"""demo-chronicle: a generic WordPress site (Twenty Seventeen markup) with Jetpack.

``article.post`` with ``entry-header``/``entry-title``, ``posted-on`` with
``time.entry-date.published`` and ``time.updated``, ``byline`` > ``author vcard``,
``entry-content`` holding the text plus what Jetpack injects into it (Subscriptions
box, ``sharedaddy`` buttons whose ``?share=`` links redirect off-site,
``jp-relatedposts``), an ``author-info`` box with ``author-bio``, a ``comments-area``
whose reply links (``?replytocom=``) robots.txt disallows, Yoast's JSON-LD graph,
archives with ``/page/N/``, RSS (links with utm tracking parameters, as feed
tracking plugins add them) and Atom feeds and Jetpack sitemaps with ``lastmod``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from html import escape
from typing import ClassVar

from newscrawl.demo import text
from newscrawl.demo.generator import Article, human_date, to_html
from newscrawl.demo.themes.base import Page, WordPressSite

SITEMAP_CHUNK = 2000


class WordPressJetpackSite(WordPressSite):
    name: ClassVar[str] = "wordpress"
    feed_items: ClassVar[int] = 10
    disallow: ClassVar[tuple[str, ...]] = (
        "/wp-admin/",
        "/wp-login.php",
        "/premium/",
        "/*?replytocom=",
    )
    sitemap_paths: ClassVar[tuple[str, ...]] = ("/sitemap.xml",)

    def route_special(self, path: str, args: dict[str, list[str]], today: datetime) -> Page | None:
        if path == "/sitemap.xml":
            return self.xml(self.sitemap_index())
        if path.startswith("/sitemap-") and path.endswith(".xml"):
            number = path[len("/sitemap-") : -len(".xml")]
            chunks = self.sitemap_chunks()
            if number.isdigit() and 1 <= int(number) <= len(chunks):
                return self.xml(self.sitemap(chunks[int(number) - 1]))
        if path in ("/feed/atom/", "/feed/atom"):
            return self.feed_page(self.atom(), "application/atom+xml; charset=UTF-8")
        if path == "/wp-login.php":
            return Page(
                body=b'<!DOCTYPE html><html><head><title>Log In</title></head><body class="login">'
                b'<form name="loginform" id="loginform" action="/wp-login.php" method="post">'
                b'<input type="text" name="log"><input type="password" name="pwd"></form>'
                b"</body></html>",
                cacheable=False,
            )
        return None

    def feed_link(self, article: Article) -> str:
        return self.content.tracking_path(article)

    # -- chrome --------------------------------------------------------------------------

    def head(self, title: str, extra: str = "", canonical: str = "") -> str:
        name = escape(self.content.spec.name)
        canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})\
(document.documentElement);</script>
<title>{title} &#8211; {name}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Feed" \
href="{self.origin}/feed/" />
<link rel="alternate" type="application/atom+xml" title="{name} &raquo; Atom Feed" \
href="{self.origin}/feed/atom/" />
<link rel='stylesheet' id='twentyseventeen-style-css' href='{self.origin}/wp-content/themes/\
twentyseventeen/style.css?ver=20240716' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{self.origin}/wp-content/plugins/jetpack/css/\
jetpack.css?ver=14.5' media='all' />
{canon}{extra}</head>
"""

    def header(self) -> str:
        menu = "".join(
            f'<li id="menu-item-{10 + k}" class="menu-item menu-item-type-taxonomy '
            f'menu-item-object-category menu-item-{10 + k}"><a href="{self.origin}/category/'
            f'{slug}/">{escape(name)}</a></li>'
            for k, (slug, name) in enumerate(self.content.spec.sections)
        )
        name = escape(self.content.spec.name)
        return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="custom-header"><div class="custom-header-media"></div>
<div class="site-branding"><div class="wrap"><div class="site-branding-text">
<p class="site-title"><a href="{self.origin}/" rel="home">{name}</a></p>
<p class="site-description">News from the valley, every day</p>
</div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" \
aria-label="Top Menu"><button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">\
Menu</button><div class="menu-primary-container"><ul id="top-menu" class="menu">{menu}</ul></div>\
</nav></div></div>
</header>
<div class="site-content-contain"><div id="content" class="site-content">
"""

    def sidebar(self, today: datetime) -> str:
        recent = "".join(
            f'<li><a href="{self.abs(a.path)}">{to_html(a.title)}</a><span class="post-date">'
            f"{human_date(a.published)}</span></li>"
            for a in self.content.latest()[:5]
        )
        partner = self.links.origins.get("demo-sentinel", "http://127.0.0.2:8780")
        return f"""<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
<section id="search-2" class="widget widget_search"><form role="search" method="get" \
class="search-form" action="{self.origin}/"><label for="search-form-1"><span \
class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" \
class="search-field" placeholder="Search &hellip;" value="" name="s" /><button type="submit" \
class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent \
Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Partners</h2><div \
class="textwidget"><p><a href="{partner}/">The Sentinel Demo</a> &middot; <a \
href="{self.links.unserved}/classifieds/">Classifieds</a></p></div></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><nav \
aria-label="Meta"><ul><li><a href="{self.origin}/wp-login.php">Log in</a></li><li><a \
href="{self.origin}/feed/">Entries feed</a></li><li><a href="https://wordpress.org/">\
WordPress.org</a></li></ul></nav></section>
</aside>
"""

    def footer(self) -> str:
        name = escape(self.content.spec.name)
        return f"""</div></div>
<footer id="colophon" class="site-footer"><div class="wrap"><div class="site-info">\
<a class="privacy-policy-link" href="{self.origin}/privacy-policy/">Privacy Policy</a>\
<span role="separator" aria-hidden="true"></span><a href="https://wordpress.org/" \
class="imprint">Proudly powered by WordPress</a> &middot; &copy; {name}</div></div></footer>
</div>
<script src="{self.origin}/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130" \
id="twentyseventeen-global-js"></script>
</body>
</html>
"""

    # -- article page --------------------------------------------------------------------

    def times(self, a: Article) -> str:
        pub = a.published
        mod = a.shown_modified or pub
        return (
            f'<time class="entry-date published" datetime="{a.date_string(pub)}">'
            f'{human_date(pub)}</time><time class="updated" datetime="{a.date_string(mod)}">'
            f"{human_date(mod)}</time>"
        )

    def bylines(self, a: Article) -> str:
        return " and ".join(
            f'<span class="author vcard"><a class="url fn n" href="'
            f'{self.abs(self.author_path(n))}">{escape(n)}</a></span>'
            for n in a.byline
        )

    def meta_tags(self, a: Article) -> str:
        url = self.abs(a.path)
        out = [
            f'<link rel="amphtml" href="{url}amp/">',
            f"<link rel='shortlink' href='{self.origin}/?p={a.post_id}' />",
            f'<meta name="description" content="{to_html(a.description or "")}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:title" content="{to_html(a.title)}" />',
            f'<meta property="og:url" content="{url}" />',
            f'<meta property="og:description" content="{to_html(a.description or "")}" />',
            f'<meta property="article:published_time" content="{a.date_string(a.published)}" />',
            f'<meta property="article:modified_time" '
            f'content="{a.date_string(a.shown_modified)}" />',
            f'<meta property="og:site_name" content="{escape(self.content.spec.name)}" />',
            '<meta property="og:locale" content="en_GB" />',
            '<meta name="twitter:site" content="@valleychronicle" />',
        ]
        if a.image:
            out.append(f'<meta property="og:image" content="{self.abs(a.image)}" />')
        if a.meta_mode == "full":
            out.append(self.json_ld(self.yoast_graph(a), "yoast-schema-graph"))
        return "\n".join(out) + "\n"

    def yoast_graph(self, a: Article) -> dict[str, object]:
        url = self.abs(a.path)
        people = [
            {
                "@type": "Person",
                "@id": f"{self.origin}/#/schema/person/{text.slugify(n)}",
                "name": n,
                "url": self.abs(self.author_path(n)),
            }
            for n in a.byline
        ]
        article: dict[str, object] = {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": [{"name": p["name"], "@id": p["@id"]} for p in people],
            "headline": a.title,
            "datePublished": a.date_string(a.published),
            "dateModified": a.date_string(a.shown_modified),
            "mainEntityOfPage": {"@id": url},
            "wordCount": len(self.content.body_text(a).split()),
            "commentCount": a.comment_count,
            "publisher": {"@id": f"{self.origin}/#organization"},
            "keywords": [t.name for t in a.tags],
            "articleSection": [a.section.name],
            "inLanguage": "en-GB",
        }
        if a.image:
            article["image"] = {"@id": f"{url}#primaryimage"}
            article["thumbnailUrl"] = self.abs(a.image)
        graph: list[dict[str, object]] = [
            article,
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{a.title} - {self.content.spec.name}",
                "isPartOf": {"@id": f"{self.origin}/#website"},
                "datePublished": a.date_string(a.published),
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
                "inLanguage": "en-GB",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": self.origin + "/"},
                    {"@type": "ListItem", "position": 2, "name": a.title},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{self.origin}/#website",
                "url": self.origin + "/",
                "name": self.content.spec.name,
                "publisher": {"@id": f"{self.origin}/#organization"},
            },
            {
                "@type": "Organization",
                "@id": f"{self.origin}/#organization",
                "name": self.content.spec.name,
                "url": self.origin + "/",
            },
            *people,
        ]
        return {"@context": "https://schema.org", "@graph": graph}

    def newsletter(self) -> str:
        return (
            '<div class="wp-block-jetpack-subscriptions__supports-newline '
            'wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container'
            ' is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" '
            'data-blog="190356789" data-post_access_level="everybody" id="subscribe-blog">'
            '<p id="subscribe-text">Get the day&#8217;s regional news in your inbox every '
            'morning. Join 12,000 other subscribers.</p><p id="subscribe-email"><label '
            'id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type '
            'your email&hellip;</label><input type="email" name="email" required="required" '
            'class="no-border-radius" value="" id="subscribe-field" placeholder="Type your '
            'email&hellip;"/></p><p id="subscribe-submit"><button type="submit" '
            'class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">'
            "Subscribe</button></p></form></div></div>"
        )

    def sharedaddy(self, a: Article) -> str:
        url = self.abs(a.path)
        items = "".join(
            f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" '
            f'data-shared="sharing-{key}-{a.post_id}" class="share-{key} sd-button share-icon" '
            f'href="{url}?share={key}&amp;nb=1" target="_blank" title="Click to share on {label}"'
            f" ><span>{label}</span></a></li>"
            for key, label in (
                ("facebook", "Facebook"),
                ("x", "X"),
                ("jetpack-whatsapp", "WhatsApp"),
            )
        )
        return (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>'
            f'<div class="sd-content"><ul>{items}<li class="share-end"></li></ul></div></div></div>'
        )

    def jp_related(self, a: Article) -> str:
        posts = []
        for pos, j in enumerate(a.related):
            r = self.content.articles[j]
            url = self.abs(r.path)
            title = to_html(r.title)
            img = (
                f'<a class="jp-relatedposts-post-a" href="{url}" title="{title}" rel="nofollow" '
                f'data-origin="{a.post_id}" data-position="{pos}"><img '
                f'class="jp-relatedposts-post-img" loading="lazy" src="{self.abs(r.image)}" '
                f'width="350" height="200" alt="{title}" /></a>'
                if r.image
                else ""
            )
            posts.append(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{pos} '
                f'jp-relatedposts-post-thumbs" data-post-id="{r.post_id}" data-post-format="false">'
                f'{img}<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
                f'href="{url}" title="{title}" rel="nofollow" data-origin="{a.post_id}" '
                f'data-position="{pos}">{title}</a></h4><p class="jp-relatedposts-post-excerpt">'
                f'{to_html(self.excerpt(r, 25))}</p><p class="jp-relatedposts-post-date" '
                f'style="display: block;">{human_date(r.published)}</p><p '
                f'class="jp-relatedposts-post-context">In &quot;{escape(r.section.name)}&quot;'
                "</p></div>"
            )
        return (
            "<div id='jp-relatedposts' class='jp-relatedposts' ><h3 "
            'class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-'
            'items jp-relatedposts-items-visual jp-relatedposts-grid ">'
            + "".join(posts)
            + "</div></div>"
        )

    def author_info(self, a: Article) -> str:
        name = a.byline[0]
        href = self.abs(self.author_path(name))
        return (
            '<div class="author-info"><div class="author-avatar"><img alt="" src="'
            f'{self.origin}/wp-content/uploads/avatars/{text.slugify(name)}.jpg" class="avatar '
            'avatar-56 photo" height="56" width="56" loading="lazy"/></div><div '
            f'class="author-description"><h2 class="author-title"><span class="author-heading">'
            f'Author:</span> {escape(name)}</h2><p class="author-bio">{escape(name)} writes '
            "about the valley&#8217;s politics, courts and public services. "
            f'<a class="author-link" href="{href}" rel="author">View all posts by {escape(name)}'
            "</a></p></div></div>"
        )

    def comments(self, a: Article) -> str:
        url = self.abs(a.path)
        rng = random.Random(f"{self.content.seed}/{a.site}/{a.index}/comments")
        items = []
        offsets = sorted(rng.randint(1, 40 * 60) for _ in range(a.comment_count))
        for k, minutes in enumerate(offsets):
            cid = a.post_id * 10 + k
            when = a.published + timedelta(minutes=minutes)
            who = rng.choice(text.COMMENTERS)
            said = to_html(text.fill(rng.choice(text.COMMENT_TEMPLATES), rng, a.place))
            items.append(
                f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article '
                f'id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div '
                f'class="comment-author vcard"><img alt="" src="{self.origin}/wp-content/uploads/'
                'avatars/anon.jpg" class="avatar avatar-100 photo" height="100" width="100"/><b '
                f'class="fn">{escape(who)}</b> <span class="says">says:</span></div><div '
                f'class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="'
                f'{when.isoformat(timespec="seconds")}">{human_date(when)} at '
                f'{when:%I:%M %p}</time></a></div></footer><div class="comment-content"><p>'
                f'{said}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" '
                f'href="{url}?replytocom={cid}#respond" data-commentid="{cid}" '
                f'data-postid="{a.post_id}" aria-label="Reply to {escape(who)}">Reply</a></div>'
                "</article></li>"
            )
        title = (
            f'<h2 class="comments-title">{a.comment_count} thoughts on &ldquo;'
            f'{to_html(a.title)}&rdquo;</h2><ol class="comment-list">{"".join(items)}</ol>'
            if items
            else ""
        )
        return (
            f'<div id="comments" class="comments-area">{title}<div id="respond" '
            'class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a '
            'Reply</h3><form action="' + self.origin + '/wp-comments-post.php" method="post" '
            'id="commentform" class="comment-form"><p class="comment-notes">Your email address '
            'will not be published.</p><textarea id="comment" name="comment"></textarea>'
            '<input name="submit" type="submit" id="submit" class="submit" value="Post Comment" />'
            "</form></div></div>"
        )

    def post_navigation(self, a: Article) -> str:
        arts = self.content.articles
        out = []
        if a.index > 0:
            p = arts[a.index - 1]
            out.append(
                f'<div class="nav-previous"><a href="{self.abs(p.path)}" rel="prev"><span '
                'class="screen-reader-text">Previous Post</span><span aria-hidden="true" '
                'class="nav-subtitle">Previous</span> <span class="nav-title">'
                f"{to_html(p.title)}</span></a></div>"
            )
        if a.index + 1 < len(arts):
            n = arts[a.index + 1]
            out.append(
                f'<div class="nav-next"><a href="{self.abs(n.path)}" rel="next"><span '
                'class="screen-reader-text">Next Post</span><span aria-hidden="true" '
                'class="nav-subtitle">Next</span> <span class="nav-title">'
                f"{to_html(n.title)}</span></a></div>"
            )
        return (
            '<nav class="navigation post-navigation" aria-label="Posts"><h2 '
            'class="screen-reader-text">Post navigation</h2><div class="nav-links">'
            + "".join(out)
            + "</div></nav>"
        )

    def article_page(self, article: Article, today: datetime) -> Page:
        a = article
        url = self.abs(a.path)
        classes = " ".join(
            [
                f"post-{a.post_id} post type-post status-publish format-standard",
                "has-post-thumbnail" if a.image else "",
                f"hentry category-{a.section.slug}",
                *(f"tag-{t.slug}" for t in a.tags),
            ]
        )
        image = (
            f'<div class="single-featured-image-header"><img width="2000" height="1200" '
            f'src="{self.abs(a.image)}" class="attachment-twentyseventeen-featured-image '
            'size-twentyseventeen-featured-image wp-post-image" alt="" decoding="async" '
            'fetchpriority="high" /></div>'
            if a.image
            else ""
        )
        content = self.body_html(a, newsletter=self.newsletter())
        tags = ", ".join(
            f'<a href="{self.origin}/tag/{t.slug}/" rel="tag">{escape(t.name)}</a>' for t in a.tags
        )
        page = (
            self.head(to_html(a.title), self.meta_tags(a), canonical=url)
            + f'<body class="post-template-default single single-post postid-{a.post_id} '
            "single-format-standard wp-embed-responsive has-header-image has-sidebar "
            'colors-light">\n'
            + self.header()
            + image
            + f"""<div class="wrap"><div id="primary" class="content-area"><main id="main" \
class="site-main">
<article id="post-{a.post_id}" class="{classes}">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span> \
<a href="{url}" rel="bookmark">{self.times(a)}</a></span><span class="byline"> by \
{self.bylines(a)}</span></div>
<h1 class="entry-title">{to_html(a.title)}</h1>
</header>
<div class="entry-content">
{content}
{self.sharedaddy(a)}
{self.jp_related(a)}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span \
class="screen-reader-text">Categories</span><a href="{self.origin}/category/{a.section.slug}/" \
rel="category tag">{escape(a.section.name)}</a></span><span class="tags-links"><span \
class="screen-reader-text">Tags</span>{tags}</span></span></footer>
</article>
{self.author_info(a) if a.authors else ""}
{self.post_navigation(a)}
{self.comments(a)}
</main></div>
{self.sidebar(today)}
</div>
"""
            + self.footer()
        )
        return Page(body=page.encode(), last_modified=a.last_modified, etag=a.etag)

    def static_page(self, title: str, body: str, today: datetime) -> str:
        return (
            self.head(escape(title))
            + '<body class="page-template-default page has-sidebar colors-light">\n'
            + self.header()
            + '<div class="wrap"><div id="primary" class="content-area"><main id="main" '
            + 'class="site-main"><article class="page type-page status-publish hentry">'
            + f'<header class="entry-header"><h1 class="entry-title">{escape(title)}</h1>'
            + f'</header><div class="entry-content"><p>{to_html(body)}</p></div></article>'
            + "</main></div>"
            + self.sidebar(today)
            + "</div>"
            + self.footer()
        )

    # -- listings ------------------------------------------------------------------------

    def listing_page(
        self, kind: str, key: str, items: list[Article], page: int, pages: int, today: datetime
    ) -> str:
        base = self.listing_base(kind, key)
        posts = []
        for a in items:
            url = self.abs(a.path)
            posts.append(
                f'<article id="post-{a.post_id}" class="post-{a.post_id} post type-post '
                f'status-publish format-standard hentry category-{a.section.slug}"><header '
                'class="entry-header"><div class="entry-meta"><span class="screen-reader-text">'
                f'Posted on</span> <a href="{url}" rel="bookmark">{self.times(a)}</a></div>'
                f'<h2 class="entry-title"><a href="{url}" rel="bookmark">{to_html(a.title)}</a>'
                '</h2></header><div class="entry-summary"><p>'
                f'{to_html(self.excerpt(a, 40))} &hellip; <a href="{url}" class="more-link">'
                'Continue reading<span class="screen-reader-text"> &#8220;'
                f"{to_html(a.title)}&#8221;</span></a></p></div></article>"
            )
        nav = ""
        if pages > 1:
            links = []
            if page > 1:
                links.append(
                    '<a class="prev page-numbers" '
                    f'href="{self.abs(self.page_path(base, page - 1))}"'
                    '><span class="screen-reader-text">Previous page</span></a>'
                )
            shown = sorted({1, page - 1, page, page + 1, pages} & set(range(1, pages + 1)))
            last = 0
            for n in shown:
                if n - last > 1:
                    links.append('<span class="page-numbers dots">&hellip;</span>')
                if n == page:
                    links.append(
                        f'<span aria-current="page" class="page-numbers current">{n}</span>'
                    )
                else:
                    links.append(
                        '<a class="page-numbers" '
                        f'href="{self.abs(self.page_path(base, n))}">{n}</a>'
                    )
                last = n
            if page < pages:
                links.append(
                    '<a class="next page-numbers" '
                    f'href="{self.abs(self.page_path(base, page + 1))}"'
                    '><span class="screen-reader-text">Next page</span></a>'
                )
            nav = (
                '<nav class="navigation pagination" aria-label="Posts"><h2 '
                'class="screen-reader-text">Posts navigation</h2><div class="nav-links">'
                + "".join(links)
                + "</div></nav>"
            )
        label = {"category": "Category", "tag": "Tag", "author": "Author"}.get(kind, "")
        name = self.listing_title(kind, key)
        header = (
            f'<header class="page-header"><h1 class="page-title">{label}: <span>'
            f"{escape(name)}</span></h1></header>"
            if label
            else ""
        )
        title = escape(name) if label else "Home"
        body_class = "home blog" if kind == "home" else f"archive {kind}"
        return (
            self.head(title, canonical=self.abs(self.page_path(base, page)))
            + f'<body class="{body_class} hfeed has-header-image has-sidebar colors-light">\n'
            + self.header()
            + '<div class="wrap">'
            + header
            + '<div id="primary" class="content-area"><main id="main" class="site-main">'
            + "".join(posts)
            + nav
            + "</main></div>"
            + self.sidebar(today)
            + "</div>"
            + self.footer()
        )

    # -- feeds and sitemaps --------------------------------------------------------------

    def atom(self) -> str:
        items = self.content.latest()[: self.feed_items]
        updated = max(a.last_modified for a in self.content.articles)
        name = escape(self.content.spec.name)
        entries = []
        for a in items:
            url = self.abs(a.path)
            authors = "".join(
                f"\t\t<author>\n\t\t\t<name>{escape(n)}</name>\n\t\t\t<uri>"
                f"{self.abs(self.author_path(n))}</uri>\n\t\t</author>\n"
                for n in a.byline
            )
            entries.append(
                f"\t<entry>\n{authors}"
                f'\t\t<title type="html"><![CDATA[{a.title}]]></title>\n'
                f'\t\t<link rel="alternate" type="text/html" href="{url}" />\n'
                f"\t\t<id>{self.origin}/?p={a.post_id}</id>\n"
                f"\t\t<updated>{a.last_modified.isoformat(timespec='seconds')}</updated>\n"
                f"\t\t<published>{a.published.isoformat(timespec='seconds')}</published>\n"
                f'\t\t<category scheme="{self.origin}" term="{escape(a.section.name)}" />\n'
                f'\t\t<summary type="html"><![CDATA[{self.excerpt(a, 40)} [&#8230;]]]></summary>\n'
                "\t</entry>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><feed\n  xmlns="http://www.w3.org/2005/Atom"\n'
            '  xmlns:thr="http://purl.org/syndication/thread/1.0"\n  xml:lang="en-GB"\n  >\n'
            f'\t<title type="text">{name}</title>\n'
            '\t<subtitle type="text">News from the valley, every day</subtitle>\n\n'
            f"\t<updated>{updated.isoformat(timespec='seconds')}</updated>\n\n"
            f'\t<link rel="alternate" type="text/html" href="{self.origin}/" />\n'
            f"\t<id>{self.origin}/feed/atom/</id>\n"
            f'\t<link rel="self" type="application/atom+xml" href="{self.origin}/feed/atom/" />\n'
            '\t<generator uri="https://wordpress.org/" version="6.8.1">WordPress</generator>\n'
            + "".join(entries)
            + "</feed>\n"
        )

    def sitemap_chunks(self) -> list[list[Article]]:
        arts = self.content.articles
        return [arts[i : i + SITEMAP_CHUNK] for i in range(0, len(arts), SITEMAP_CHUNK)]

    def sitemap_index(self) -> str:
        rows = "".join(
            f"<sitemap><loc>{self.origin}/sitemap-{n}.xml</loc><lastmod>"
            f"{_utc(max(a.last_modified for a in chunk))}</lastmod></sitemap>"
            for n, chunk in enumerate(self.sitemap_chunks(), start=1)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<!--generator=\'jetpack-14.5\'-->\n'
            f'<?xml-stylesheet type="text/xsl" href="{self.origin}/sitemap-index-1.xsl"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + rows
            + "</sitemapindex>\n"
        )

    def sitemap(self, chunk: list[Article]) -> str:
        rows = "".join(
            f"<url><loc>{self.abs(a.path)}</loc><lastmod>{_utc(a.last_modified)}</lastmod></url>"
            for a in chunk
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<!--generator=\'jetpack-14.5\'-->\n'
            f'<?xml-stylesheet type="text/xsl" href="{self.origin}/sitemap.xsl"?>\n'
            '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
            'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + rows + "</urlset>\n"
        )


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
