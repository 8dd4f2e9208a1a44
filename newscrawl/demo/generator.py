"""Deterministic articles of the demo network and their ground truth (``truth.jsonl``).

Every article is a pure function of ``(seed, site, index, version)``: metadata
(title, URL, dates, byline, credit) is drawn eagerly and cheaply for all articles;
the body is drawn on demand (and cached) because pages and the truth file need it
one article at a time. Publication dates start at each site's fixed epoch, so the
same seed always yields the same articles; only articles published at run time
through :meth:`SiteContent.publish` and edits carry the real clock.

``truth.jsonl``: one JSON object per line, one line per article per served site,
fields as DESIGN.md's Article schema and conventions:

- ``site``: the profile id (``demo-sentinel``, ``demo-chronicle``).
- ``url``: the article's main canonical URL, absolute, exactly as the pages link it.
- ``alt_urls``: other robots-allowed URLs the server answers with the same article
  (the AMP variant ``<url>amp/`` and one tracking variant ``<url>?utm_...``, both
  with ``rel=canonical`` to ``url``). Disallowed variants (``/print/...``,
  ``?replytocom=``) are not listed. Articles under a disallowed path
  (``/members/`` on demo-sentinel, ``/premium/`` on demo-chronicle) have none.
- ``title``, ``description`` (the meta/og description; ``null`` on pages without one).
- ``body``: the article text as published: each paragraph, subheading, list item
  and blockquote paragraph is one paragraph, whitespace collapsed, entities decoded
  (so apostrophes are ``’``), dateline and wire credit lines (``(IANS)``,
  ``-- PTI``, ``Source: Reuters``) kept, paragraphs joined by ``"\\n\\n"``. Not in
  it: ads, share buttons, related posts, "Also Read" lines, figure captions, author
  box, newsletter box, comments.
- ``authors``: people only (staff and wire bylines give ``[]``).
- ``published_at`` / ``modified_at``: as the page states them.
  ``YYYY-MM-DDTHH:MM:SS+HH:MM`` on most pages (+05:30 on demo-sentinel, +00:00 on
  demo-chronicle); a few demo-sentinel pages give a naive ``YYYY-MM-DDTHH:MM:SS``
  or only a day ``YYYY-MM-DD``; ``modified_at`` is ``null`` where the page gives no
  modification date.
- ``section`` (category display name), ``tags`` (display names), ``language`` (the
  BCP 47 tag the pages declare: en-US, en-GB).
- ``agency``: the wire credited by a credit line, a wire dateline ``(IANS):`` or a
  wire byline; ``null`` otherwise (in-text attributions such as "Xinhua quoted ..."
  are not credits).
- ``dateline``: the place alone, title-cased; ``null`` when the body opens without one.
- ``image_url``: the lead image, absolute, or ``null``.
- ``related_urls``: the links of the page's related-posts block, absolute, in order.
- ``robots_allowed``: false for articles that live only under a disallowed path.
- ``story_id``: equal for the syndicated copies of one wire story across sites.
- ``version``: 1, plus one per edit.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from newscrawl.demo import text
from newscrawl.demo.sites import SiteSpec

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Term:
    """A category or tag: URL slug and display name."""

    slug: str
    name: str


@dataclass(frozen=True)
class Block:
    """One block of an article body, as the generator lays it out.

    ``kind`` is ``p``, ``h2``, ``ul`` (``items`` are ``li`` blocks), ``blockquote``
    (``items`` are ``p`` blocks), ``figure`` (``src`` and caption ``html``),
    ``also_read``, ``ad`` or ``newsletter``. ``text`` is what the block contributes to
    the truth body ("" for noise); ``html`` is its inner markup.
    """

    kind: str
    html: str = ""
    text: str = ""
    items: tuple[Block, ...] = ()
    src: str = ""


@dataclass
class Article:
    site: str
    index: int
    post_id: int
    slug: str
    path: str
    section: Term
    tags: tuple[Term, ...]
    title: str
    description: str | None
    byline: tuple[str, ...]
    authors: tuple[str, ...]
    agency: str | None
    credit: str
    place: str
    dateline_style: str
    published: datetime
    precision: str
    modified: datetime | None
    meta_mode: str
    template: str
    image: str | None
    related: tuple[int, ...]
    robots_allowed: bool
    story_id: str
    wire: int | None
    version: int = 1
    edited_at: datetime | None = None
    comment_count: int = 0

    @property
    def dateline(self) -> str | None:
        return None if self.dateline_style == "none" else self.place

    @property
    def shown_modified(self) -> datetime | None:
        """The modification date the page states (none on pages that state none)."""
        return None if self.modified is None else (self.edited_at or self.modified)

    @property
    def last_modified(self) -> datetime:
        """Time of the latest change (HTTP Last-Modified, sitemap lastmod)."""
        return self.edited_at or self.modified or self.published

    @property
    def etag(self) -> str:
        return self.etag_for("")

    def etag_for(self, variant: str) -> str:
        """A strong entity tag of this version of the article (``variant``: "amp", "print")."""
        suffix = f"-{variant}" if variant else ""
        return f'"{self.site}-{self.post_id}-v{self.version}{suffix}"'

    def date_string(self, when: datetime | None) -> str | None:
        """A date in the page's own precision (see the truth docs)."""
        if when is None:
            return None
        if self.precision == "day":
            return when.date().isoformat()
        if self.precision == "naive":
            return when.replace(tzinfo=None).isoformat(timespec="seconds")
        return when.isoformat(timespec="seconds")


def to_html(plain: str) -> str:
    """Escape text the way WordPress prints it (curly quotes as numeric entities)."""
    out = escape(plain, quote=False)
    for char, entity in (("’", "&#8217;"), ("‘", "&#8216;"), ("“", "&#8220;"), ("”", "&#8221;")):
        out = out.replace(char, entity)
    return out


def human_date(when: datetime) -> str:
    return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"


def teaser(body: str, words: int = 20) -> str:
    parts = body.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


class SiteContent:
    """All articles of one demo site: lookup by path, listings, publish and edit."""

    def __init__(self, spec: SiteSpec, seed: int, count: int) -> None:
        if count < 1:
            raise ValueError("a demo site needs at least one article")
        self.spec = spec
        self.seed = seed
        self.initial_count = count
        self.origin = ""
        self.articles: list[Article] = []
        self.by_path: dict[str, Article] = {}
        self._paths: set[str] = set()
        self._edit_rounds = 0
        self._body = lru_cache(maxsize=512)(self._make_body)
        self._index: dict[str, dict[str, list[Article]]] = {}
        self._index_size = -1
        self._tag_names: dict[str, str] = {}
        for i in range(count):
            self._add(self._make_article(i))

    # -- lookup and listings ------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.origin + path

    def latest(self) -> list[Article]:
        """All articles, newest first."""
        return self.articles[::-1]

    def _indexes(self) -> dict[str, dict[str, list[Article]]]:
        """Newest-first lists per section, tag and author slug (rebuilt after a publish)."""
        if self._index_size != len(self.articles):
            index: dict[str, dict[str, list[Article]]] = {"section": {}, "tag": {}, "author": {}}
            for a in reversed(self.articles):
                index["section"].setdefault(a.section.slug, []).append(a)
                for t in a.tags:
                    index["tag"].setdefault(t.slug, []).append(a)
                    self._tag_names[t.slug] = t.name
                for name in a.byline:
                    index["author"].setdefault(text.slugify(name), []).append(a)
            self._index, self._index_size = index, len(self.articles)
        return self._index

    def in_section(self, slug: str) -> list[Article]:
        return self._indexes()["section"].get(slug, [])

    def with_tag(self, slug: str) -> list[Article]:
        return self._indexes()["tag"].get(slug, [])

    def by_author(self, slug: str) -> list[Article]:
        return self._indexes()["author"].get(slug, [])

    def tag_names(self) -> dict[str, str]:
        self._indexes()
        return dict(self._tag_names)

    def by_post_id(self, post_id: int) -> Article | None:
        index = (post_id - self.spec.post_id_base) // (3 if self.spec.url_style == "section" else 2)
        if 0 <= index < len(self.articles) and self.articles[index].post_id == post_id:
            return self.articles[index]
        return None

    # -- bodies --------------------------------------------------------------------------

    def blocks(self, article: Article) -> tuple[Block, ...]:
        return self._body(article.index, article.version)

    def body_text(self, article: Article) -> str:
        parts: list[str] = []
        for block in self.blocks(article):
            if block.kind in ("p", "h2"):
                parts.append(block.text)
            elif block.kind in ("ul", "blockquote"):
                parts.extend(item.text for item in block.items)
        return "\n\n".join(p for p in parts if p)

    def truth_row(self, article: Article) -> dict[str, Any]:
        alt: list[str] = []
        if article.robots_allowed:
            alt = [self.url(article.path + "amp/"), self.url(self.tracking_path(article))]
        return {
            "site": article.site,
            "url": self.url(article.path),
            "alt_urls": alt,
            "title": article.title,
            "description": article.description,
            "body": self.body_text(article),
            "authors": list(article.authors),
            "published_at": article.date_string(article.published),
            "modified_at": article.date_string(article.shown_modified),
            "section": article.section.name,
            "tags": [t.name for t in article.tags],
            "language": self.spec.language,
            "agency": article.agency,
            "dateline": article.dateline,
            "image_url": self.url(article.image) if article.image else None,
            "related_urls": [self.url(self.articles[j].path) for j in article.related],
            "robots_allowed": article.robots_allowed,
            "story_id": article.story_id,
            "version": article.version,
        }

    def tracking_path(self, article: Article) -> str:
        return article.path + "?" + self.spec.tracking_query.format(slug=article.slug)

    # -- publish and edit ----------------------------------------------------------------

    def publish(self, count: int, now: datetime | None = None) -> list[Article]:
        """Add ``count`` new articles published "now" (strictly after every other one)."""
        now = (now or datetime.now(self.spec.tz)).astimezone(self.spec.tz).replace(microsecond=0)
        start = max(
            now - timedelta(seconds=count - 1),
            self.articles[-1].published + timedelta(seconds=1),
        )
        new = []
        for k in range(count):
            article = self._make_article(len(self.articles), published=start + timedelta(seconds=k))
            self._add(article)
            new.append(article)
        return new

    def edit(self, count: int, now: datetime | None = None) -> list[Article]:
        """Edit ``count`` existing (robots-allowed) articles: one more paragraph, version + 1."""
        now = (now or datetime.now(self.spec.tz)).astimezone(self.spec.tz).replace(microsecond=0)
        self._edit_rounds += 1
        rng = random.Random(f"{self.seed}/{self.spec.id}/edit/{self._edit_rounds}")
        pool = [a for a in self.articles if a.robots_allowed]
        chosen = rng.sample(pool, min(count, len(pool)))
        for article in chosen:
            article.version += 1
            floor = article.last_modified + timedelta(seconds=1)
            article.edited_at = max(now, floor)
        return sorted(chosen, key=lambda a: a.index)

    # -- generation ----------------------------------------------------------------------

    def _add(self, article: Article) -> None:
        self.articles.append(article)
        self.by_path[article.path] = article

    def _rng(self, index: int, what: str) -> random.Random:
        return random.Random(f"{self.seed}/{self.spec.id}/{index}/{what}")

    def _make_article(self, i: int, published: datetime | None = None) -> Article:
        spec = self.spec
        rng = self._rng(i, "meta")
        sentinel_like = spec.url_style == "section"
        wire = i if i % 6 == 2 else None
        if wire is not None:
            wrng = random.Random(f"{self.seed}/wire/{wire}")
            kind = wrng.choice(("national", "international"))
            place = wrng.choice(text.NATIONAL_PLACES if kind == "national" else text.WORLD_PLACES)
            title = text.capitalise(text.fill(wrng.choice(text.TITLE_TEMPLATES), wrng, place, 1.0))
            description = text.fill(wrng.choice(text.DESCRIPTION_TEMPLATES), wrng, place)
            sec_slug = dict(spec.wire_sections)[kind]
            if sentinel_like:
                credit, dateline_style = "ians_end", "caps"
            else:
                credit, dateline_style = "dateline_ians", "title_ians"
            story_id = f"wire-{wire}"
        else:
            sec_slug = rng.choice(spec.sections)[0]
            pool = (
                text.WORLD_PLACES
                if sec_slug in ("international", "world")
                else text.NATIONAL_PLACES
                if sec_slug == "national"
                else text.PLACES
            )
            place = rng.choice(pool)
            title = text.capitalise(text.fill(rng.choice(text.TITLE_TEMPLATES), rng, place, 1.0))
            description = text.fill(rng.choice(text.DESCRIPTION_TEMPLATES), rng, place)
            weights = (45, 15, 10, 8, 10, 12) if sentinel_like else (64, 0, 10, 10, 10, 6)
            credit = rng.choices(
                ("none", "ians_end", "pti_dash", "source_reuters", "wire_byline", "dateline_ians"),
                weights,
            )[0]
            if credit == "dateline_ians":
                dateline_style = "title_ians"
            else:
                dateline_style = rng.choices(("none", "place", "caps", "title"), (30, 20, 30, 20))[
                    0
                ]
            story_id = ""
        section = Term(sec_slug, dict(spec.sections)[sec_slug])
        agency = {
            "ians_end": "IANS",
            "pti_dash": "PTI",
            "source_reuters": "Reuters",
            "dateline_ians": "IANS",
            "none": None,
        }.get(credit)
        if credit == "wire_byline":
            agency = rng.choice(("IANS", "PTI") if sentinel_like else ("PTI", "AFP"))
            byline: tuple[str, ...] = (agency,)
            authors: tuple[str, ...] = ()
        elif rng.random() < 0.2:
            byline, authors = (rng.choice(spec.staff_bylines),), ()
        else:
            names = [text.person(rng)]
            if not sentinel_like and rng.random() < 0.15:
                names.append(text.person(rng))
            byline = authors = tuple(dict.fromkeys(names))
        if published is None:
            published = spec.epoch + timedelta(minutes=37 * i, seconds=rng.randrange(0, 30 * 60))
        meta_mode = (
            rng.choices(("full", "truncated", "og", "bare"), (55, 15, 15, 15))[0]
            if sentinel_like
            else rng.choices(("full", "og"), (90, 10))[0]
        )
        precision = rng.choice(("day", "naive")) if meta_mode == "bare" else "tz"
        modified = (
            None
            if meta_mode == "bare"
            else published + timedelta(seconds=rng.choice((0, 0, 600, 5400, 86400)))
        )
        members = wire is None and i % 25 == 7
        slug = text.slugify(title)
        local = published.astimezone(spec.tz)
        if spec.url_style == "section":
            post_id = spec.post_id_base + 3 * i
            path = f"/{sec_slug}/{slug}-{post_id}/"
        else:
            post_id = spec.post_id_base + 2 * i
            base = f"/{local:%Y/%m/%d}/{slug}"
            path, n = base + "/", 2
            while path in self._paths:
                path, n = f"{base}-{n}/", n + 1
        if members:
            path = spec.members_prefix + path
        self._paths.add(path)
        topic = rng.sample(spec.topic_tags, rng.choice((1, 1, 2)))
        tags = tuple(Term(text.slugify(n), n) for n in dict.fromkeys([place, *topic]))
        image = (
            f"/wp-content/uploads/{local:%Y/%m}/{slug[:40]}-{post_id}.jpg"
            if rng.random() < 0.85
            else None
        )
        if i >= 5:
            pool_idx = list(range(max(0, i - 40), i))
        else:
            pool_idx = [j for j in range(min(8, self.initial_count)) if j != i]
        n_related = 4 if sentinel_like else 3
        related = tuple(rng.sample(pool_idx, min(n_related, len(pool_idx))))
        return Article(
            site=spec.id,
            index=i,
            post_id=post_id,
            slug=slug,
            path=path,
            section=section,
            tags=tags,
            title=title,
            description=None if meta_mode == "bare" else description,
            byline=byline,
            authors=authors,
            agency=agency,
            credit=credit,
            place=place,
            dateline_style=dateline_style,
            published=published,
            precision=precision,
            modified=modified,
            meta_mode=meta_mode,
            template=rng.choices(("cloud", "classic"), (70, 30))[0] if sentinel_like else "",
            image=image,
            related=related,
            robots_allowed=not members,
            story_id=story_id or f"{spec.id}-{post_id}",
            wire=wire,
            comment_count=rng.choice((0, 0, 1, 2, 3, 4)),
        )

    def _paragraphs(self, article: Article) -> list[str]:
        """The story's plain paragraphs, before dateline, credits and layout."""
        rng = self._rng(article.index, "body")
        if article.wire is not None:
            src = random.Random(f"{self.seed}/wire/{article.wire}/body")
        else:
            src = rng
        place = article.place
        paras: list[str] = []
        for k in range(src.randint(5, 9)):
            if k == 2:
                sentences = [text.fill(src.choice(text.QUOTE_TEMPLATES), src, place)]
            else:
                sentences = [
                    text.fill(src.choice(text.SENTENCE_TEMPLATES), src, place)
                    for _ in range(src.randint(2, 4))
                ]
            paras.append(" ".join(sentences))
        if src.random() < 0.4:
            quote = text.fill(src.choice(text.ATTRIBUTION_TEMPLATES), src, place)
            paras.insert(min(3, len(paras)), quote)
        if article.wire is not None and self.spec.url_style != "section":
            # The syndicated copy: reworded lead, one paragraph dropped, one added.
            _, _, rest = paras[0].partition(". ")
            lead = text.fill(rng.choice(text.SENTENCE_TEMPLATES), rng, place)
            paras[0] = lead + (" " + rest if rest else "")
            del paras[rng.randrange(2, len(paras))]
            paras.append(text.fill(rng.choice(text.SENTENCE_TEMPLATES), rng, place))
        return [p.replace("'", "’") for p in paras]

    def _dateline_text(self, article: Article) -> str:
        local = article.published.astimezone(self.spec.tz)
        day = f"{MONTHS[local.month - 1]} {local.day}"
        style = article.dateline_style
        if style == "place":
            return f"{article.place}:"
        if style == "caps":
            return f"{article.place.upper()}, {day}:"
        if style == "title":
            return f"{article.place}, {day}:"
        if style == "title_ians":
            return f"{article.place}, {day} (IANS):"
        return ""

    def _make_body(self, index: int, version: int) -> tuple[Block, ...]:
        article = self.articles[index]
        rng = self._rng(index, "layout")
        paras = self._paragraphs(article)
        for v in range(2, version + 1):
            vr = self._rng(index, f"v{v}")
            paras.insert(1, text.fill(vr.choice(text.UPDATE_SENTENCES), vr, article.place))
        credit = article.credit
        if credit == "ians_end":
            paras[-1] += " (IANS)"
            if rng.random() < 0.5:
                paras[-2] += " (IANS)"
        elif credit == "pti_dash":
            paras[-1] += " -- PTI"
        elif credit == "source_reuters":
            paras.append("Source: Reuters")
        dateline = self._dateline_text(article)
        strong = rng.random() < 0.5
        blocks: list[Block] = []
        link_para = rng.randrange(1, len(paras))
        tag = article.tags[0]
        for k, para in enumerate(paras):
            html = to_html(para)
            if k == link_para and article.place in para:
                html = html.replace(
                    to_html(article.place), f'<a href="/tag/{tag.slug}/">{to_html(tag.name)}</a>', 1
                )
            if k == 0 and dateline:
                lead = f"<strong>{to_html(dateline)}</strong>" if strong else to_html(dateline)
                html, para = f"{lead} {html}", f"{dateline} {para}"
            blocks.append(Block("p", html, para))
            if k == 0 and article.image and rng.random() < 0.4:
                caption = text.fill(rng.choice(text.CAPTIONS), rng, article.place)
                src = article.image.replace(".jpg", "-inline.jpg")
                blocks.append(Block("figure", to_html(caption), "", src=src))
            if k == 1:
                blocks.append(Block("ad"))
                if rng.random() < 0.6:
                    other = self.articles[rng.choice(article.related or (index,))]
                    blocks.append(
                        Block(
                            "also_read",
                            f'<strong>Also Read: </strong><a href="{other.path}">'
                            f"{to_html(other.title)}</a>",
                        )
                    )
            if k == 3 and len(paras) > 5 and rng.random() < 0.5:  # never the last paragraph
                heading = rng.choice(text.SUBHEADINGS)
                blocks.append(Block("h2", to_html(heading), heading))
            inner = k < len(paras) - 1  # nothing after the closing paragraph (credits)
            if k == 4 and inner and rng.random() < 0.3:
                intro = rng.choice(text.LIST_INTROS)
                blocks.append(Block("p", to_html(intro), intro))
                items = [
                    text.fill(t, rng, article.place)
                    for t in rng.sample(text.LIST_ITEMS, rng.randint(2, 4))
                ]
                blocks.append(Block("ul", items=tuple(Block("li", to_html(t), t) for t in items)))
            if k == 4 and inner and rng.random() < 0.25:
                quote = [
                    text.fill(rng.choice(text.QUOTE_TEMPLATES), rng, article.place).replace(
                        "'", "’"
                    )
                    for _ in range(rng.randint(1, 2))
                ]
                blocks.append(
                    Block("blockquote", items=tuple(Block("p", to_html(q), q) for q in quote))
                )
            if k == len(paras) - 3:
                blocks.append(Block("newsletter"))
        if len(paras) >= 6:
            blocks.insert(len(blocks) - 2, Block("ad"))
        return tuple(blocks)


class Network:
    """The demo sites served together (``sites``: id -> content)."""

    def __init__(self, specs: list[SiteSpec], seed: int = 1, articles: int = 60) -> None:
        self.seed = seed
        self.sites = {spec.id: SiteContent(spec, seed, articles) for spec in specs}

    def truth_rows(self) -> Iterator[dict[str, Any]]:
        for content in self.sites.values():
            for article in content.articles:
                yield content.truth_row(article)

    def write_truth(self, path: Path) -> None:
        """Write ``truth.jsonl`` atomically (temporary file, then rename)."""
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for row in self.truth_rows():
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
