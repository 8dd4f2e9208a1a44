"""JavaScript app shells (newscrawl/extraction/js_shell.py): hand-made shells in several
forms and languages, the demo's JS site's own shell, and real short articles (a brief,
a photo's caption) on pages with the same scripts, placeholders and notices around them.

Each page goes through the real extraction first: the detector judges the body the
spider would have exported.
"""

from __future__ import annotations

import pytest

from newscrawl.demo.jsnews import SHELL
from newscrawl.extraction import extract_article, parse_html
from newscrawl.extraction.js_shell import is_js_notice, is_placeholder, js_shell

URL = "https://valley.example/2025/03/04/ferry-service-resumes-on-the-river/"


def head(title: str, lang: str = "en") -> str:
    """A server-rendered head, as shells keep it: title, OpenGraph and JSON-LD metadata
    (so the page passes for an article), and the app's script."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Valley Times</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<script type="application/ld+json">{{"@context": "https://schema.org",
"@type": "NewsArticle", "headline": "{title}", "datePublished": "2025-03-04T08:00:00+05:30"}}
</script>
<script src="/assets/app.3f9c1.js" defer></script></head>"""


HEADER = """<header class="site-header"><a class="logo" href="/">Valley Times</a>
<nav><a href="/">Home</a> <a href="/state/">State</a> <a href="/sport/">Sport</a></nav></header>"""
FOOTER = """<footer><p>&copy; 2025 Valley Times. All rights reserved.</p>
<p><a href="/about/">About us</a> | <a href="/contact/">Contact</a></p></footer>"""

SHELLS = {
    # the demo network's JS site (newscrawl/demo/jsnews.py), as it serves every article
    "demo-jsnews": SHELL.format(
        title="Floods hit Dibrugarh as the Brahmaputra rises",
        site="Northeast Live (JS demo)",
        layout="v1",
        today="Tuesday, July 1, 2025",
        kind="article",
        src="/api/article/50001.json",
        related='<section id="related" class="related-articles" '
        'data-src="/api/related/50001.json"></section>',
        year=2025,
    ),
    # Create React App: an empty root and its noscript notice
    "react-en": head("Council passes the budget")
    + """<body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"></div><script src="/static/js/main.8a1b.js"></script></body></html>""",
    "spinner-es": head("El río crece en Bilbao", "es")
    + f"""<body>{HEADER}<div id="app"><div class="spinner" aria-hidden="true"></div>
<span class="visually-hidden">Cargando…</span></div>{FOOTER}</body></html>""",
    "story-body-de": head("Hochwasser in Passau", "de")
    + f"""<body>{HEADER}
<noscript><p>Bitte aktivieren Sie JavaScript, um diesen Artikel zu lesen.</p></noscript>
<article class="story" data-story-id="8812"><div class="story-body"><p>Wird geladen …</p>
</div></article>{FOOTER}</body></html>""",
    "nuxt-fr": head("Crue de la Garonne", "fr")
    + """<body><div id="__nuxt"><div class="page-loader">Chargement en cours...</div></div>
<script>window.__NUXT__ = {config: {}}</script></body></html>""",
    "angular-pt": head("Chuva forte em Recife", "pt")
    + f"""<body>{HEADER}<app-root><p>Carregando...</p></app-root>
<noscript>Ative o JavaScript no seu navegador.</noscript>{FOOTER}</body></html>""",
    # no placeholder and no known root: only the notice says it
    "notice-en": head("Tea estate strike ends")
    + f"""<body>{HEADER}<div class="container"><noscript><div class="notice">Please enable
JavaScript to read this story.</div></noscript></div><div class="article-mount" data-id="991">
</div>{FOOTER}</body></html>""",
    "root-it": head("Piena del Po", "it")
    + """<body><div id="root"><p>Caricamento…</p></div></body></html>""",
    "app-ru": head("Паводок на Волге", "ru")
    + """<body><div id="app">Загрузка...</div></body></html>""",
    "app-ja": head("多摩川が増水", "ja")
    + """<body><div id="app"><p>読み込み中…</p></div></body></html>""",
}

BRIEF = (
    head("Ferry service resumes on the Brahmaputra")
    + f"""<body>{HEADER}
<article><h1>Ferry service resumes on the Brahmaputra</h1><p class="byline">By Ann Lee</p>
<div class="entry-content">
<p>Guwahati, March 4: Ferry services between Guwahati and North Guwahati resumed on Tuesday
after a two-day suspension caused by strong winds, officials of the Inland Water Transport
department said.</p>
<p>About 1,200 passengers crossed the river by noon, and the department said extra boats
would run in the evening rush.</p></div></article>
<div id="comments"><p class="loading">Loading comments…</p>
<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
<div id="app"></div>{FOOTER}</body></html>"""
)


def caption_story(caption: str, lang: str = "en", extra: str = "") -> str:
    """A photo story: a headline, a picture and its caption, nothing else; a Disqus
    thread, a video player's notice and a lazy gallery's placeholder around it."""
    return (
        head("Rainbow over Ward's Lake", lang)
        + f"""<body>{HEADER}<article><h1>Rainbow over Ward's Lake</h1>
<figure><img src="/img/rainbow.jpg" alt=""><figcaption>{caption}</figcaption></figure>
</article>
<div id="disqus_thread"></div>
<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>
<div class="video-js"><noscript>To view this video please enable JavaScript, and consider
upgrading to a web browser that supports HTML5 video</noscript></div>
<div class="gallery-widget"><span>Loading…</span></div>{extra}{FOOTER}</body></html>"""
    )


REAL = {
    "brief": BRIEF,
    "caption": caption_story(
        "A double rainbow arched over Ward's Lake in Shillong on Monday evening after a "
        "day of rain. (Photo: Ann Lee)"
    ),
    # a terse caption beside an empty app root (a newsletter widget mounts there)
    "terse-caption-empty-root": caption_story(
        "Rainbow over Ward's Lake, Shillong, on Monday.", extra='<div id="root"></div>'
    ),
    "caption-ja": caption_story(
        "月曜日の夕方、シロンのウォード湖に二重の虹がかかった。", "ja", '<div id="app"></div>'
    ),
    # a brief about JavaScript itself, on a page that needs none
    "javascript-brief": head("JavaScript turns 30")
    + f"""<body>{HEADER}<article><h1>JavaScript turns 30</h1>
<p>JavaScript, which needs no introduction to web developers, turned 30 this week.</p>
</article>{FOOTER}</body></html>""",
}


def judge(page: str) -> tuple[str | None, str]:
    doc = parse_html(page, URL)
    body = extract_article(doc, URL, site="valley").body
    return js_shell(doc, body), body


@pytest.mark.parametrize("name", sorted(SHELLS))
def test_shells_are_found(name: str) -> None:
    why, body = judge(SHELLS[name])
    assert why is not None, f"{name}: body {body!r} taken for a story"


def test_the_evidence_is_named() -> None:
    assert judge(SHELLS["demo-jsnews"])[0] == "placeholder 'Loading…'"
    assert judge(SHELLS["react-en"])[0] == 'empty <div id="root">'
    assert judge(SHELLS["notice-en"])[0] == (
        "notice 'Please enable JavaScript to read this story.'"
    )


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_short_articles_are_no_shells(name: str) -> None:
    why, body = judge(REAL[name])
    assert body, f"{name}: nothing extracted"
    assert why is None, f"{name}: {body!r} taken for a shell ({why})"


def test_a_page_without_scripts_is_no_javascript_shell() -> None:
    page = SHELLS["root-it"].replace('<script src="/assets/app.3f9c1.js" defer></script>', "")
    assert judge(page)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Loading…",
        "Loading...",
        "LOADING",
        "Loading article…",
        "Please wait…",
        "Cargando…",
        "Cargando noticia...",
        "Wird geladen…",
        "Chargement…",
        "Caricamento in corso...",
        "Carregando...",
        "Ładowanie…",
        "Загрузка…",
        "読み込み中…",
        "加载中...",
    ],
)
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Loading of the ships resumed at the port on Monday.",
        "Laden Sie die App kostenlos herunter",
        "Cargando camiones en el puerto de Bilbao",
        "Valley Times",
    ],
)
def test_not_placeholders(text: str) -> None:
    assert not is_placeholder(text)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Please enable JavaScript to continue.", True),
        ("This site requires JavaScript.", True),
        ("Bitte aktivieren Sie JavaScript in Ihrem Browser.", True),
        ("Para ver esta página, habilite JavaScript.", True),
        ("Veuillez activer JavaScript pour lire cet article.", True),
        ("Please enable JavaScript to view the comments powered by Disqus.", False),
        ("To view this video please enable JavaScript.", False),
        ("JavaScript turns 30 this week.", False),
    ],
)
def test_javascript_notices(text: str, notice: bool) -> None:
    assert is_js_notice(text) is notice
