"""demo-sentinel: a regional paper on tagDiv's "Newspaper" WordPress theme.

Markup follows Newspaper 12's cloud templates (``tdb_*`` blocks: ``tdb_title``,
``tdb_single_date``, ``tdb_single_post_share``, ``tdb_single_content``,
``tdb_single_related``) for most articles and the classic single template
(``td-post-header``, ``td-post-title``, ``td-post-content``,
``td_block_related_posts``, ``author-box-wrap``) for the rest, with the noise the
seed page shows: header date of today, ``td_spot_img_all`` ad spots, an empty
``Date:`` label, a ``Share post:`` block, "Related articles" with teasers and a
sidebar of latest stories dated today. Yoast-style sitemaps (with a Google News
sitemap), RSS, print views and members-only articles under disallowed paths.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import ClassVar

from newscrawl.demo.generator import Article, human_date, to_html
from newscrawl.demo.themes.base import Page, WordPressSite

SITEMAP_CHUNK = 1000
NEWS_SITEMAP_MAX = 1000


class TagDivSite(WordPressSite):
    name: ClassVar[str] = "tagdiv"
    feed_items: ClassVar[int] = 20
    disallow: ClassVar[tuple[str, ...]] = ("/wp-admin/", "/print/", "/members/")
    sitemap_paths: ClassVar[tuple[str, ...]] = ("/sitemap_index.xml", "/news-sitemap.xml")

    # -- routes --------------------------------------------------------------------------

    def route_special(self, path: str, args: dict[str, list[str]], today: datetime) -> Page | None:
        if path == "/sitemap_index.xml":
            return self.xml(self.sitemap_index())
        if path == "/news-sitemap.xml":
            return self.xml(self.news_sitemap())
        if path == "/category-sitemap.xml":
            return self.xml(self.category_sitemap())
        if path.startswith("/post-sitemap") and path.endswith(".xml"):
            number = path[len("/post-sitemap") : -len(".xml")] or "1"
            if number.isdigit():
                chunk = self.sitemap_chunks()
                n = int(number)
                if 1 <= n <= len(chunk):
                    return self.xml(self.post_sitemap(chunk[n - 1]))
        if path.startswith("/print/"):
            article = self.content.by_path.get(path[len("/print") :])
            if article is not None:
                return self.print_page(article)
        return None

    # -- shared chrome -------------------------------------------------------------------

    def spot(self, slot: str, label: bool = False) -> str:
        """A tagDiv ad spot: an ``img alt="spot_img"`` in a ``td_spot_img_all`` link."""
        title = '<span class="td-adspot-title">- Advertisement -</span>' if label else ""
        return (
            f'{title}<a class="td_spot_img_all" href="{self.links.unserved}/adclick/?spot={slot}"'
            f' target="_blank" rel="noopener"><img src="{self.origin}/wp-content/uploads/ads/'
            f'{slot}.jpg" alt="spot_img"/></a>'
        )

    def ad_block(self, slots: tuple[str, ...], uid: str) -> str:
        spots = "".join(self.spot(s) for s in slots)
        return (
            f'<div class="td_block_wrap td-a-rec td-a-rec-id-custom-spot {uid} '
            f'td_block_template_1"><div class="td-all-devices">{spots}</div></div>'
        )

    def head(self, title: str, extra: str = "", canonical: str = "") -> str:
        name = escape(self.content.spec.name)
        canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
        return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-US"> <!--<![endif]-->
<head>
    <title>{title} - {name}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{self.origin}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, \
max-video-preview:-1' />
{canon}{extra}<link rel="alternate" type="application/rss+xml" title="{name} &raquo; Feed" \
href="{self.origin}/feed/" />
<link rel='stylesheet' id='td-theme-css' href='{self.origin}/wp-content/themes/Newspaper/\
style.css?ver=12.6.8' type='text/css' media='all' />
<script type="text/javascript" src="{self.origin}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" \
id="jquery-core-js"></script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget="show";</script>
</head>
"""

    def header(self, today: datetime) -> str:
        menu = "".join(
            f'<li id="menu-item-{200 + k}" class="menu-item menu-item-type-taxonomy '
            f'menu-item-object-category td-menu-item td-normal-menu"><a href="{self.origin}'
            f'/category/{slug}/"><div class="tdb-menu-item-text">{escape(name)}</div></a></li>'
            for k, (slug, name) in enumerate(self.content.spec.sections)
        )
        return f"""<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i>\
</div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container">
<div class="td-menu-socials-wrap"><div class="td-menu-socials"><span class="td-social-icon-wrap">\
<a target="_blank" href="https://www.facebook.com/sentineldemo" title="Facebook">\
<i class="td-icon-font td-icon-facebook"></i><span style="display: none">Facebook</span></a></span>\
</div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-template-wrap" style="position: relative">
<div class="td-header-desktop-wrap ">
<div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2  wpb_row td-pb-row tdc-element-style">
<div class="tdc-row"><div class="vc_row tdi_4  wpb_row td-pb-row">
<div class="vc_column tdi_6  wpb_column vc_column_container tdc-column td-pb-span4">
<div class="wpb_wrapper">
<div class="td_block_wrap tdb_header_date tdi_7 td-pb-border-top td_block_template_1 \
tdb-header-align" data-td-block-uid="tdi_7"><div class="tdb-block-inner td-fix-index">\
{self.today_header(today)}</div></div>
</div></div>
<div class="vc_column tdi_9  wpb_column vc_column_container tdc-column td-pb-span8">
<div class="wpb_wrapper">{self.ad_block(("header",), "tdi_10")}</div></div>
</div></div>
<div class="tdc-row"><div class="vc_row tdi_12  wpb_row td-pb-row">
<div class="td_block_wrap tdb_header_logo tdi_13 td-pb-border-top td_block_template_1 \
tdb-header-align"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" \
href="{self.origin}/"><span class="tdb-logo-img-wrap"><img class="tdb-logo-img" \
src="{self.origin}/wp-content/uploads/logo.png" alt="Logo" title="" width="300" height="90"/>\
</span></a></div></div>
<div class="td_block_wrap tdb_header_menu tdi_14 tds_menu_active1 tds_menu_sub_active1 \
td-pb-border-top td_block_template_1 tdb-header-align"><div id="tdi_14" class="td_block_inner \
td-fix-index"><div class="tdb-main-sub-icon-fake"><i class="tdb-sub-menu-icon td-icon-down \
tdb-main-sub-menu-icon"></i></div><ul id="menu-main-menu-1" class="tdb-block-menu tdb-menu \
tdb-menu-items-visible"><li class="menu-item menu-item-type-post_type menu-item-object-page \
menu-item-home tdb-cur-menu-item"><a href="{self.origin}/"><div class="tdb-menu-item-text">\
Home</div></a></li>{menu}<li class="menu-item"><a href="{self.links.unserved}/epaper/">\
<div class="tdb-menu-item-text">E-Paper</div></a></li></ul></div></div>
</div></div>
</div></div>
</div>
</div>
"""

    def sidebar(self, today: datetime, exclude: int = -1) -> str:
        latest = [a for a in self.content.latest()[:6] if a.index != exclude][:5]
        iso = today.replace(hour=9, minute=0, second=0, microsecond=0).isoformat()
        rows = "".join(
            f'<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack '
            f'td-cpt-post"><div class="td-module-container td-category-pos-"><div '
            f'class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="'
            f'{self.abs(a.path)}" rel="bookmark" title="{to_html(a.title)}">{to_html(a.title)}'
            f'</a></h3><div class="td-editor-date"><span class="td-author-date"><span '
            f'class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{iso}">{human_date(today)}</time></span></span></div></div></div></div>'
            for a in latest
        )
        pool = self.content.latest()[:60]
        popular = pool[3::11][:5]
        pop = "".join(
            f'<li><a href="{escape(self.abs(self.content.tracking_path(a)))}" '
            f'title="{to_html(a.title)}">{to_html(a.title)}</a></li>'
            for a in popular
        )
        partner = self.links.origins.get("demo-chronicle", "http://127.0.0.3:8780")
        return f"""<div class="vc_column tdi_120  wpb_column vc_column_container tdc-column \
td-pb-span4 td-is-sticky"><div class="wpb_wrapper">
{self.ad_block(("sidebar-1",), "tdi_121")}
<div class="td_block_wrap td_flex_block_1 tdi_122 td_with_ajax_pagination td-pb-border-top \
td_block_template_1 td_flex_block"><div class="td-block-title-wrap"><h4 class="td-block-title">\
<span>Latest News</span></h4></div><div id="tdi_122" class="td_block_inner td-mc1-wrap">\
{rows}</div></div>
<div class="td_block_wrap td_block_popular_categories tdi_123 widget widget_categories \
td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 \
class="td-block-title"><span>Most Popular</span></h4></div><ul class="td-pb-padding-side">{pop}\
</ul></div>
<div class="td_block_wrap tdb_text tdi_124"><div class="tdb-block-inner td-fix-index">\
<p>Our partner: <a href="{partner}/">The Valley Chronicle</a></p></div></div>
</div></div>
"""

    def footer(self) -> str:
        name = escape(self.content.spec.name)
        return f"""<div class="td-footer-template-wrap" style="position: relative">
<div class="td-footer-wrap "><div id="tdi_200" class="tdc-zone"><div class="tdc_zone tdi_201 \
wpb_row td-pb-row">
<div class="td_block_wrap tdb_text tdi_202"><div class="tdb-block-inner td-fix-index">\
{name} is the leading English daily of the North East.</div></div>
<div class="td_block_wrap td_block_list_menu tdi_203"><div class="td-block-title-wrap"></div>\
<div class="td_block_inner td-fix-index"><div class="menu-footer-container"><ul \
id="menu-footer" class="menu"><li class="menu-item"><a href="{self.origin}/about-us/">About \
Us</a></li><li class="menu-item"><a href="{self.origin}/privacy-policy/">Privacy Policy</a></li>\
<li class="menu-item"><a href="{self.links.unserved}/epaper/">E-Paper</a></li></ul></div></div>\
</div>
<div class="tdm_block td_block_wrap tdm_block_socials tdi_204"><div class="tdm-social-wrapper">\
<div class="tdm-social-item-wrap"><a href="https://www.facebook.com/sentineldemo" title="Facebook"\
 class="tdm-social-item"><i class="td-icon-font td-icon-facebook"></i><span style="display: none"\
>Facebook</span></a></div><div class="tdm-social-item-wrap"><a href="https://twitter.com/\
sentineldemo" title="Twitter" class="tdm-social-item"><i class="td-icon-font td-icon-twitter"></i>\
<span style="display: none">Twitter</span></a></div></div></div>
<div class="td_block_wrap tdb_text tdi_205"><div class="tdb-block-inner td-fix-index">\
&copy; {name}. All rights reserved.</div></div>
</div></div></div></div>
</div><!--close td-outer-wrap-->
<script type="text/javascript" src="{self.origin}/wp-content/plugins/td-composer/legacy/\
Newspaper/js/tagdiv_theme.min.js?ver=12.6.8" id="td-site-min-js"></script>
</body>
</html>
"""

    # -- article pages -------------------------------------------------------------------

    def meta_tags(self, article: Article) -> str:
        url = self.abs(article.path)
        out = []
        if article.robots_allowed:
            out.append(f'<link rel="amphtml" href="{url}amp/">')
        if article.description is not None:
            desc = to_html(article.description)
            out.append(f'<meta name="description" content="{desc}" />')
        if article.meta_mode in ("full", "truncated", "og"):
            out += [
                '<meta property="og:locale" content="en_US" />',
                '<meta property="og:type" content="article" />',
                f'<meta property="og:title" content="{to_html(article.title)}" />',
                '<meta property="og:description" '
                f'content="{to_html(article.description or "")}" />',
                f'<meta property="og:url" content="{url}" />',
                f'<meta property="og:site_name" content="{escape(self.content.spec.name)}" />',
                '<meta property="article:publisher" '
                'content="https://www.facebook.com/sentineldemo" />',
                f'<meta property="article:section" content="{escape(article.section.name)}" />',
                f'<meta property="article:published_time" '
                f'content="{article.date_string(article.published)}" />',
                f'<meta property="article:modified_time" '
                f'content="{article.date_string(article.shown_modified)}" />',
            ]
            out += [
                f'<meta property="article:tag" content="{escape(t.name)}" />' for t in article.tags
            ]
            if article.image:
                out += [
                    f'<meta property="og:image" content="{self.abs(article.image)}" />',
                    '<meta property="og:image:width" content="1200" />',
                    '<meta property="og:image:height" content="675" />',
                ]
            out.append('<meta name="twitter:card" content="summary_large_image" />')
        # The theme's breadcrumb JSON-LD comes first, on every page: not the article's.
        out.append(self.json_ld(self.breadcrumb_ld(article)))
        if article.meta_mode in ("full", "truncated"):
            out.append(self.json_ld(self.news_article_ld(article)))
        return "\n".join(out) + "\n"

    def breadcrumb_ld(self, article: Article) -> dict[str, object]:
        section = article.section
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "item": {"@type": "WebSite", "@id": self.origin + "/", "name": "Home"},
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "item": {
                        "@type": "WebPage",
                        "@id": f"{self.origin}/category/{section.slug}/",
                        "name": section.name,
                    },
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "item": {
                        "@type": "WebPage",
                        "@id": self.abs(article.path),
                        "name": article.title,
                    },
                },
            ],
        }

    def news_article_ld(self, article: Article) -> dict[str, object]:
        body = self.content.body_text(article)
        if article.meta_mode == "truncated":
            article_body = body[:280].rsplit(" ", 1)[0] + "..."
        else:
            article_body = " ".join(body.split("\n\n"))
        data: dict[str, object] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": self.abs(article.path)},
            "headline": article.title,
            "description": article.description,
            "datePublished": article.date_string(article.published),
            "dateModified": article.date_string(article.shown_modified),
            "author": [
                {"@type": "Person", "name": name, "url": self.abs(self.author_path(name))}
                for name in article.byline
            ],
            "publisher": {
                "@type": "Organization",
                "name": self.content.spec.name,
                "logo": {"@type": "ImageObject", "url": self.abs("/wp-content/uploads/logo.png")},
            },
            "articleSection": article.section.name,
            "keywords": ", ".join(t.name for t in article.tags),
            "inLanguage": "en-US",
            "articleBody": article_body,
        }
        if article.image:
            data["image"] = [self.abs(article.image)]
        return data

    def time_tag(self, article: Article, empty: bool) -> str:
        stamp = article.date_string(article.published)
        text = "" if empty else human_date(article.published)
        return f'<time class="entry-date updated td-module-date" datetime="{stamp}" >{text}</time>'

    def share_block(self, article: Article, uid: str, label: bool = True) -> str:
        buttons = "".join(
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network '
            f'td-social-{net}" href="{escape(href)}" title="{lab}"><div '
            f'class="td-social-but-icon"><i class="td-icon-{net}"></i></div><div '
            f'class="td-social-but-text">{lab}</div></a>'
            for net, lab, href in self.share_links(article)
        )
        printing = (
            f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network '
            f'td-social-print" href="{self.origin}/print{article.path}" title="Print"><div '
            f'class="td-social-but-icon"><i class="td-icon-print"></i></div><div '
            f'class="td-social-but-text">Print</div></a>'
        )
        lead = (
            '<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler '
            'td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i>'
            '</div><div class="td-social-but-text">Share post:</div></div>'
            if label
            else ""
        )
        return (
            f'<div id="{uid}" class="td-post-sharing tdb-block td-ps-bg td-ps-notext '
            f'td-post-sharing-style1 "><div class="td-post-sharing-visible">{lead}{buttons}'
            f"{printing}</div></div>"
        )

    def related_cloud(self, article: Article) -> str:
        items = []
        for j in article.related:
            r = self.content.articles[j]
            url = self.abs(r.path)
            title = to_html(r.title)
            thumb = (
                f'<div class="td-image-container"><div class="td-module-thumb"><a href="{url}" '
                f'rel="bookmark" class="td-image-wrap " title="{title}"><span class="entry-thumb '
                f'td-thumb-css" data-type="css_image" data-img-url="{self.abs(r.image)}"></span>'
                f"</a></div></div>"
                if r.image
                else ""
            )
            items.append(
                f'<div class="tdb_module_related td_module_wrap td-animation-stack">'
                f'<div class="td-module-container td-category-pos-">{thumb}'
                f'<div class="td-module-meta-info"><h3 class="entry-title td-module-title">'
                f'<a href="{url}" rel="bookmark" title="{title}">{title}</a></h3>'
                f'<div class="td-excerpt">{to_html(self.excerpt(r))}</div></div></div></div>'
            )
        return (
            '<div class="td_block_wrap tdb_single_related tdi_90 td_with_ajax_pagination '
            'td-pb-border-top td_block_template_1 tdb-single-related-posts" '
            'data-td-block-uid="tdi_90"><div class="td-block-title-wrap"><h4 '
            'class="td-block-title"><span>Related articles</span></h4></div><div id="tdi_90" '
            f'class="td_block_inner tdb-block-inner td-fix-index">{"".join(items)}</div></div>'
        )

    def related_classic(self, article: Article) -> str:
        items = []
        for j in article.related:
            r = self.content.articles[j]
            url = self.abs(r.path)
            title = to_html(r.title)
            img = (
                f'<img class="entry-thumb" src="{self.abs(r.image)}" alt="" title="{title}" '
                f'width="218" height="150"/>'
                if r.image
                else ""
            )
            items.append(
                f'<div class="td-related-span4"><div class="td_module_related_posts '
                f'td-animation-stack td_mod_related_posts"><div class="td-module-image"><div '
                f'class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap" '
                f'title="{title}">{img}</a></div><div class="td-category-pos-image"><a href="'
                f'{self.origin}/category/{r.section.slug}/" class="td-post-category">'
                f'{escape(r.section.name)}</a></div></div><div class="item-details"><h3 '
                f'class="entry-title td-module-title"><a href="{url}" rel="bookmark" '
                f'title="{title}">{title}</a></h3></div></div></div>'
            )
        return (
            '<div class="td_block_wrap td_block_related_posts tdi_3_a8a td_with_ajax_pagination '
            'td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3_a8a"><h4 '
            'class="td-related-title td-block-title"><a id="tdi_4_1c1" class="td-related-left '
            'td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3_a8a" href="#">'
            'RELATED ARTICLES</a><a id="tdi_5_4b2" class="td-related-right" '
            'data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3_a8a" '
            'href="#">MORE FROM AUTHOR</a></h4><div id="tdi_3_a8a" class="td_block_inner">'
            f'<div class="td-related-row">{"".join(items)}</div></div></div>'
        )

    def tags_html(self, article: Article, classic: bool) -> str:
        links = "".join(
            f'<li><a href="{self.origin}/tag/{t.slug}/" rel="tag">{escape(t.name)}</a></li>'
            for t in article.tags
        )
        if classic:
            return (
                '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">'
                f"<li><span>TAGS</span></li>{links}</ul></div>"
            )
        return (
            '<div class="td_block_wrap tdb_single_tags tdi_88 td-pb-border-top '
            'td_block_template_1"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags">'
            f"<li><span>Tags</span></li>{links}</ul></div></div>"
        )

    def author_box(self, article: Article, classic: bool) -> str:
        name = article.byline[0]
        href = self.abs(self.author_path(name))
        bio = (
            f"{escape(name)} reports for {escape(self.content.spec.name)} on politics, "
            "development and public life in the North East."
        )
        avatar = (
            f'<img alt="{escape(name)}" src="{self.origin}/wp-content/uploads/avatars/'
            f'{self.author_path(name).split("/")[2]}.jpg" class="avatar avatar-96 photo" '
            'height="96" width="96" loading="lazy" decoding="async"/>'
        )
        if classic:
            return (
                f'<div class="author-box-wrap"><a href="{href}">{avatar}</a><div class="desc">'
                f'<div class="td-author-name vcard author"><span class="fn"><a href="{href}">'
                f'{escape(name)}</a></span></div><div class="td-author-description">{bio}</div>'
                '<div class="td-author-social"></div><div class="clearfix"></div></div></div>'
            )
        return (
            '<div class="td_block_wrap tdb_single_author_box tdi_92 tdb-content-vert-top '
            'td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">'
            f'<div class="tdb-author-photo"><a href="{href}">{avatar}</a></div><div '
            f'class="tdb-author-info"><a href="{href}" class="tdb-author-name">{escape(name)}</a>'
            f'<div class="tdb-author-descr">{bio}</div></div></div></div>'
        )

    def next_prev(self, article: Article) -> str:
        arts = self.content.articles
        prev = arts[article.index - 1] if article.index > 0 else None
        nxt = arts[article.index + 1] if article.index + 1 < len(arts) else None
        out = '<div class="td-block-row td-post-next-prev">'
        if prev:
            out += (
                '<div class="td-block-span6 td-post-prev-post"><div '
                'class="td-post-next-prev-content"><span>Previous article</span>'
                f'<a href="{self.abs(prev.path)}">{to_html(prev.title)}</a></div></div>'
            )
        if nxt:
            out += (
                '<div class="td-block-span6 td-post-next-post"><div '
                'class="td-post-next-prev-content"><span>Next article</span>'
                f'<a href="{self.abs(nxt.path)}">{to_html(nxt.title)}</a></div></div>'
            )
        return out + "</div>"

    def featured_image(self, article: Article, classic: bool) -> str:
        if not article.image:
            return ""
        src = self.abs(article.image)
        title = to_html(article.title)
        if classic:
            return (
                f'<div class="td-post-featured-image"><a href="{src}" data-caption="">'
                f'<img width="696" height="392" class="entry-thumb td-modal-image" src="{src}" '
                f'alt="" title="{title}"/></a></div>'
            )
        return (
            '<div class="td_block_wrap tdb_single_featured_image tdi_70 tdb-content-horiz-left '
            'td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index">'
            f'<img class="entry-thumb" src="{src}" alt="" title="{title}" width="696" '
            'height="392"/></div></div>'
        )

    def inline_ad(self) -> str:
        return (
            '<div class="td-a-ad id_inline_ad0 id_ad_content-horiz-center">'
            f'<div class="td-all-devices">{self.spot("inline", label=True)}</div></div>'
        )

    def byline_html(self, article: Article) -> str:
        name = article.byline[0]
        return f'<a href="{self.abs(self.author_path(name))}">{escape(name)}</a>'

    def article_page(self, article: Article, today: datetime) -> Page:
        rng_empty_date = article.post_id % 3 != 0  # most show the label with an empty date
        content = self.body_html(article, ad=self.inline_ad())
        title = to_html(article.title)
        section = article.section
        cat_url = f"{self.origin}/category/{section.slug}/"
        crumbs_cloud = (
            '<div class="td_block_wrap tdb_breadcrumbs tdi_50 td-pb-border-top '
            'td_block_template_1 tdb-breadcrumbs"><div class="tdb-block-inner td-fix-index">'
            f'<span><a title="" class="tdb-entry-crumb" href="{self.origin}/">Home</a></span>'
            '<i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i>'
            f'<span><a title="View all posts in {escape(section.name)}" class="tdb-entry-crumb" '
            f'href="{cat_url}">{escape(section.name)}</a></span></div></div>'
        )
        if article.template == "classic":
            main = self.classic_main(article, content, title, cat_url)
        else:
            main = f"""{crumbs_cloud}
<div class="td_block_wrap tdb_single_categories tdi_52 td-pb-border-top td_block_template_1 ">\
<div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="{cat_url}">\
<span class="tdb-cat-bg"></span>{escape(section.name)}</a></div></div>
<div class="td_block_wrap tdb_title tdi_56 tdb-single-title td-pb-border-top td_block_template_1">\
<div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{title}</h1><div></div>\
<div class="tdb-title-line"></div></div></div>
<div class="td_block_wrap tdb_single_author tdi_58 td-pb-border-top td_block_template_1 \
tdb-post-meta"><div class="tdb-block-inner td-fix-index"><div class="tdb-author-name-wrap">\
<span class="tdb-author-by">By</span> {self.byline_html(article)}</div></div></div>
<div class="td_block_wrap tdb_single_date tdi_60 td-pb-border-top td_block_template_1 \
tdb-post-meta"><div class="tdb-block-inner td-fix-index"><span class="tdb-date-label">Date:\
</span>{self.time_tag(article, rng_empty_date)}</div></div>
<div class="td_block_wrap tdb_single_post_share tdi_62 td-pb-border-top td_block_template_1 ">\
{self.share_block(article, "tdi_63")}</div>
{self.ad_block(("top-1", "top-2"), "tdi_64")}
{self.featured_image(article, classic=False)}
<div class="td_block_wrap tdb_single_content tdi_80 td-pb-border-top td_block_template_1 \
td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
{content}
</div></div>
{self.ad_block(("bottom-1", "bottom-2"), "tdi_82")}
{self.tags_html(article, classic=False)}
{self.next_prev(article)}
{self.author_box(article, classic=False) if article.authors else ""}
{self.related_cloud(article)}
"""
        page = (
            self.head(title, self.meta_tags(article), canonical=self.abs(article.path))
            + f'<body class="post-template-default single single-post postid-{article.post_id} '
            "single-format-standard td-standard-pack tdb_template_1234 tdb-template "
            'global-block-template-1 td-full-layout" itemscope="itemscope" '
            'itemtype="https://schema.org/WebPage">\n'
            + self.header(today)
            + '<div id="tdb-autoload-article" data-autoload="off" data-autoload-org-post-id="'
            + f'{article.post_id}" data-autoload-type="">\n'
            + '<div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">'
            + f'<article id="template-id-1234" class="post-{article.post_id} post type-post '
            + f'status-publish format-standard category-{section.slug}" itemscope '
            + 'itemtype="https://schema.org/Article">\n'
            + '<div class="td-pb-row"><div class="vc_column tdi_40 wpb_column vc_column_container '
            + 'tdc-column td-pb-span8"><div class="wpb_wrapper">\n'
            + main
            + "</div></div>\n"
            + self.sidebar(today, exclude=article.index)
            + "</div></article></div></div></div>\n"
            + self.footer()
        )
        return Page(body=page.encode(), last_modified=article.last_modified, etag=article.etag)

    def classic_main(self, article: Article, content: str, title: str, cat_url: str) -> str:
        section = article.section
        subtitle = (
            f'<p class="td-post-sub-title">{to_html(article.description)}</p>'
            if article.description and article.post_id % 2
            else ""
        )
        microdata = ""
        if article.meta_mode != "bare":
            microdata = (
                '<span class="td-page-meta" itemprop="author" itemscope '
                f'itemtype="https://schema.org/Person"><meta itemprop="name" '
                f'content="{escape(article.byline[0])}"></span>'
                '<meta itemprop="datePublished" '
                f'content="{article.date_string(article.published)}">'
                f'<meta itemprop="dateModified" '
                f'content="{article.date_string(article.shown_modified)}">'
                f'<meta itemprop="headline " content="{title}">'
            )
        bottom_share = self.share_block(article, "td_social_sharing_article_bottom", label=False)
        return f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" \
class="entry-crumb" href="{self.origin}/">Home</a></span> <i class="td-icon-right td-bread-sep">\
</i> <span><a title="View all posts in {escape(section.name)}" class="entry-crumb" \
href="{cat_url}">{escape(section.name)}</a></span> <i class="td-icon-right td-bread-sep \
td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{title}</span></div></div>
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{cat_url}">{escape(section.name)}\
</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{title}</h1>
{subtitle}
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> {self.byline_html(article)}\
<div class="td-author-line"> - </div></div>
<span class="td-post-date">{self.time_tag(article, False)}</span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-\
{article.post_id}">{article.post_id % 997 + 12}</span></div>
</div>
</header>
</div>
<div class="td-post-sharing-top">{self.share_block(article, "td_social_sharing_article_top")}\
</div>
<div class="td-post-content tagdiv-type">
{self.featured_image(article, classic=True)}
{self.ad_block(("top-1", "top-2"), "tdi_64")}
{content}
</div>
<footer>
{self.tags_html(article, classic=True)}
<div class="td-post-sharing-bottom">{bottom_share}</div>
{self.next_prev(article)}
{self.author_box(article, classic=True) if article.authors else ""}
{microdata}
</footer>
{self.related_classic(article)}
"""

    def print_page(self, article: Article) -> Page:
        paras = "\n".join(
            f"<p>{to_html(p)}</p>" for p in self.content.body_text(article).split("\n\n")
        )
        html = (
            f"<!DOCTYPE html><html><head><title>{to_html(article.title)}</title>"
            '<meta name="robots" content="noindex, nofollow">'
            f'<link rel="canonical" href="{self.abs(article.path)}"></head>'
            f'<body onload="window.print()"><h1>{to_html(article.title)}</h1>{paras}</body></html>'
        )
        return Page(
            body=html.encode(), last_modified=article.last_modified, etag=article.etag_for("print")
        )

    def static_page(self, title: str, body: str, today: datetime) -> str:
        return (
            self.head(escape(title))
            + '<body class="page-template-default page td-standard-pack">\n'
            + self.header(today)
            + '<div class="td-main-content-wrap td-container-wrap"><div class="td-pb-row">'
            + '<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">'
            + '<div class="td-page-header"><h1 class="entry-title td-page-title"><span>'
            + f"{escape(title)}</span></h1></div>"
            + f'<div class="td-page-content tagdiv-type"><p>{to_html(body)}</p></div></div></div>'
            + self.sidebar(today)
            + "</div></div>\n"
            + self.footer()
        )

    # -- listings ------------------------------------------------------------------------

    def module(self, a: Article) -> str:
        url = self.abs(a.path)
        title = to_html(a.title)
        thumb = (
            f'<div class="td-image-container"><div class="td-module-thumb"><a href="{url}" '
            f'rel="bookmark" class="td-image-wrap " title="{title}"><span class="entry-thumb '
            f'td-thumb-css" data-type="css_image" data-img-url="{self.abs(a.image)}"></span></a>'
            "</div></div>"
            if a.image
            else ""
        )
        return (
            '<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack '
            f'td-cpt-post"><div class="td-module-container td-category-pos-image">{thumb}'
            '<div class="td-module-meta-info"><h3 class="entry-title td-module-title">'
            f'<a href="{url}" rel="bookmark" title="{title}">{title}</a></h3>'
            '<div class="td-editor-date"><span class="td-author-date"><span '
            f'class="td-post-author-name">{self.byline_html(a)} <span>-</span> </span>'
            f'<span class="td-post-date">{self.time_tag(a, False)}</span></span></div>'
            f'<div class="td-excerpt">{to_html(self.excerpt(a))}</div></div></div></div>'
        )

    def listing_page(
        self, kind: str, key: str, items: list[Article], page: int, pages: int, today: datetime
    ) -> str:
        base = self.listing_base(kind, key)
        name = self.listing_title(kind, key)
        nav = ""
        if pages > 1:
            links = []
            for n in sorted({1, page - 1, page, page + 1, pages} & set(range(1, pages + 1))):
                if n == page:
                    links.append(f'<span class="current">{n}</span>')
                else:
                    links.append(
                        f'<a href="{self.abs(self.page_path(base, n))}" class="page" '
                        f'title="{n}">{n}</a>'
                    )
            if page < pages:
                links.append(
                    f'<a href="{self.abs(self.page_path(base, page + 1))}" aria-label="next-page">'
                    '<i class="td-icon-menu-right"></i></a>'
                )
            links.append(f'<span class="pages">Page {page} of {pages}</span>')
            nav = f'<div class="page-nav td-pb-padding-side">{"".join(links)}</div>'
        heading = (
            ""
            if kind == "home"
            else f'<div class="td-category-header"><h1 class="entry-title td-page-title">'
            f"{escape(name)}</h1></div>"
        )
        modules = "".join(self.module(a) for a in items)
        title = escape(name) if kind != "home" else "Home"
        return (
            self.head(title, canonical=self.abs(self.page_path(base, page)))
            + f'<body class="{"home" if kind == "home" else "archive " + kind} td-standard-pack">\n'
            + self.header(today)
            + '<div class="td-main-content-wrap td-container-wrap"><div class="td-pb-row">'
            + '<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">'
            + heading
            + self.ad_block(("listing",), "tdi_30")
            + f'<div class="td_block_inner td-mc1-wrap">{modules}</div>{nav}</div></div>'
            + self.sidebar(today)
            + "</div></div>\n"
            + self.footer()
        )

    # -- sitemaps ------------------------------------------------------------------------

    def sitemap_chunks(self) -> list[list[Article]]:
        arts = self.content.articles
        return [arts[i : i + SITEMAP_CHUNK] for i in range(0, len(arts), SITEMAP_CHUNK)]

    def sitemap_index(self) -> str:
        entries = []
        for n, chunk in enumerate(self.sitemap_chunks(), start=1):
            last = max(a.last_modified for a in chunk).isoformat(timespec="seconds")
            name = "post-sitemap.xml" if n == 1 else f"post-sitemap{n}.xml"
            entries.append(
                f"\t<sitemap>\n\t\t<loc>{self.origin}/{name}</loc>\n"
                f"\t\t<lastmod>{last}</lastmod>\n\t</sitemap>\n"
            )
        newest = max(a.last_modified for a in self.content.articles).isoformat(timespec="seconds")
        for name in ("category-sitemap.xml", "news-sitemap.xml"):
            entries.append(
                f"\t<sitemap>\n\t\t<loc>{self.origin}/{name}</loc>\n"
                f"\t\t<lastmod>{newest}</lastmod>\n\t</sitemap>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
            f'href="{self.origin}/main-sitemap.xsl"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(entries)
            + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )

    def post_sitemap(self, chunk: list[Article]) -> str:
        rows = []
        for a in chunk:
            image = (
                f"\t\t<image:image>\n\t\t\t<image:loc>{self.abs(a.image)}</image:loc>\n"
                "\t\t</image:image>\n"
                if a.image
                else ""
            )
            rows.append(
                f"\t<url>\n\t\t<loc>{self.abs(a.path)}</loc>\n"
                f"\t\t<lastmod>{a.last_modified.isoformat(timespec='seconds')}</lastmod>\n"
                f"{image}\t</url>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
            f'href="{self.origin}/main-sitemap.xsl"?>\n'
            '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
            'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
            'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(rows)
            + "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )

    def category_sitemap(self) -> str:
        rows = "".join(
            f"\t<url>\n\t\t<loc>{self.origin}/category/{slug}/</loc>\n\t</url>\n"
            for slug, _ in self.content.spec.sections
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n"
        )

    def news_sitemap(self) -> str:
        name = escape(self.content.spec.name)
        rows = []
        for a in self.content.latest()[:NEWS_SITEMAP_MAX]:
            rows.append(
                f"\t<url>\n\t\t<loc>{self.abs(a.path)}</loc>\n\t\t<news:news>\n"
                "\t\t\t<news:publication>\n"
                f"\t\t\t\t<news:name>{name}</news:name>\n"
                "\t\t\t\t<news:language>en</news:language>\n"
                "\t\t\t</news:publication>\n"
                f"\t\t\t<news:publication_date>{a.published.isoformat(timespec='seconds')}"
                "</news:publication_date>\n"
                f"\t\t\t<news:title>{escape(a.title)}</news:title>\n"
                "\t\t</news:news>\n\t</url>\n"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            + "".join(rows)
            + "</urlset>\n"
        )
