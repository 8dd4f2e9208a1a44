"""JavaScript app shells: article pages whose story only a browser would see.

A site built by scripts serves each article as a shell: the headline in ``<title>`` and
the metadata perhaps, and where the story goes an empty root element (``<div
id="root">``), a "Loading…" placeholder or a ``<noscript>`` asking for JavaScript. Read
over plain HTTP, it extracts to an article whose body is the placeholder.
:func:`js_shell` tells such a page from a real short one (a two-paragraph brief, a photo
and its caption) by two things at once: the extracted body holds (almost) no story,
and the page says why, in scripts' usual words. The spider decides what to do with a
shell (render it, or drop it); this module only reads the page.
"""

from __future__ import annotations

import re

from lxml import etree, html

from newscrawl.extraction.text import element_text

#: Words of story beside a placeholder from which the page is no shell (a photo's
#: caption, a brief). Shorter paragraphs are not counted: a shell's header leaks into the
#: extracted body as such lines (the site's name, menu items, today's date).
SHELL_MAX_WORDS = 15
MIN_PARAGRAPH_WORDS = 5
#: The longest text read as a "please enable JavaScript" notice.
_NOTICE_MAX_WORDS = 30

#: "Loading…" as scripts print it until the story arrives, alone in its element (a word
#: or two may follow: "Loading article…", "Cargando noticia...").
_PLACEHOLDER = re.compile(
    r"^\W*(?:loading|please wait|cargando|espere|wird geladen|lädt|laden|bitte warten|"
    r"chargement(?: en cours)?|veuillez patienter|caricamento(?: in corso)?|attendere|"
    r"carregando|a carregar|aguarde|bezig met laden|ładowanie|wczytywanie|proszę czekać|"
    r"laddar|indlæser|laster|načítání|betöltés|yükleniyor|φόρτωση|загрузка|загружается|"
    r"завантаження|लोड हो रहा है|লোড হচ্ছে|جار التحميل|جاري التحميل|"
    r"読み込み中|ロード中|加载中|正在加载|載入中|로딩 중|불러오는 중)"
    r"(?:[\s,:]+[^\s.…]+){0,2}?\s*(?:\.{2,}|…|!)?\W*$",
    re.IGNORECASE,
)
#: A notice that the page needs JavaScript ("Please enable JavaScript", "Bitte
#: aktivieren Sie JavaScript", "Ative o JavaScript"), in the languages' usual verbs.
_NEEDS = re.compile(
    r"enabl|turn(?:ed)? on|switch(?:ed)? on|activ|allow|requir|need|must|support|"
    r"aktiv|einschalt|erlaub|benötig|erforder|autoris|nécessit|besoin|habilit|permit|"
    r"necesit|abilit|attiv|richied|necessari|ativ|precis|inschakel|vereist|nodig|"
    r"włącz|wymag|включ|требу|необходим",
    re.IGNORECASE,
)
#: Widgets that ask for JavaScript on pages whose story is there: comments, players.
_WIDGET = re.compile(
    r"comment|disqus|kommentar|comentar|commento|komentarz|коммент|reacties|video|vídeo|"
    r"player|map\b|karte|\bform\b|formul|newsletter",
    re.IGNORECASE,
)
#: Elements single-page apps mount into (React, Vue, Next.js, Nuxt, Gatsby, Angular,
#: Svelte, Quasar).
_MOUNT_IDS = ("root", "app", "__next", "__nuxt", "___gatsby", "svelte", "q-app", "app-root")
_MOUNT = "self::app-root or @ng-app or " + " or ".join(f"@id='{i}'" for i in _MOUNT_IDS)
#: Where a page's story goes: an app's mount point, the main content, the article (not
#: a teaser's in a sidebar or footer).
_REGIONS = etree.XPath(
    f"//body//*[{_MOUNT} or self::main or self::article or @role='main'"
    " or @itemprop='articleBody'][not(ancestor::aside or ancestor::nav or ancestor::footer)]"
)
_IS_MOUNT = etree.XPath(f"boolean({_MOUNT})")
_NOSCRIPTS = etree.XPath("//noscript")
#: Scripts that run (not JSON-LD or other data blocks), from a file or inline.
_SCRIPTS = etree.XPath(
    "//script[@src or normalize-space()][not(@type) or contains(@type, 'javascript')"
    " or @type='module']"
)
#: Writing systems without spaces between words: about two characters make a word.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def words(text: str) -> int:
    """Words in ``text``, counting characters of unspaced scripts two to a word.

    >>> words("A double rainbow over Ward's Lake"), words("シロンの湖に虹がかかった")
    (6, 6)
    """
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + (unspaced + 1) // 2


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is all a loading placeholder says.

    >>> [is_placeholder(t) for t in ("Loading…", "Cargando noticia...", "Wird geladen …")]
    [True, True, True]
    >>> is_placeholder("Loading of the ships resumed at the port on Monday.")
    False
    """
    text = " ".join(text.split())
    return bool(text) and len(text.split()) <= 5 and bool(_PLACEHOLDER.match(text))


def is_js_notice(text: str) -> bool:
    """Whether ``text`` is a page's "this needs JavaScript" notice (not a comment
    widget's or a video player's, which pages with their story in the HTML carry too).

    >>> is_js_notice("You need to enable JavaScript to run this app.")
    True
    >>> is_js_notice("Please enable JavaScript to view the comments powered by Disqus.")
    False
    """
    text = " ".join(text.split())
    return (
        "javascript" in text.casefold()
        and len(text.split()) <= _NOTICE_MAX_WORDS
        and bool(_NEEDS.search(text))
        and not _WIDGET.search(text)
    )


def _describe(kind: str, text: str) -> str:
    text = " ".join(text.split())
    if len(text) > 60:
        text = text[:59] + "…"
    return f"{kind} {text!r}"


def js_shell(doc: html.HtmlElement, body: str) -> str | None:
    """Why the page ``doc``, whose extracted body is ``body``, is a JavaScript shell;
    None when it is not one.

    A shell runs scripts, and the body holds fewer than :data:`SHELL_MAX_WORDS` words of
    story while the place of the story (an app's root element, ``<main>``,
    ``<article>``) holds nothing but a placeholder ("Loading…"); or no story at all,
    beside a placeholder elsewhere in the body, an empty app root or a ``<noscript>``
    asking for JavaScript. Paragraphs shorter than :data:`MIN_PARAGRAPH_WORDS` words are no
    story: a shell's header leaks into the extracted body as such lines.

    >>> page = html.fromstring('<html><head><script src="/app.js"></script></head>'
    ...     '<body><div id="root"></div></body></html>')
    >>> js_shell(page, "Valley Times\\n\\nLoading…")
    "placeholder 'Loading…'"
    >>> js_shell(page, "")
    'empty <div id="root">'
    >>> js_shell(page, "Guwahati: Ferry services resumed on Tuesday after two days.")
    """
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    placeholders = [p for p in paragraphs if is_placeholder(p)]
    story = [p for p in paragraphs if p not in placeholders and words(p) >= MIN_PARAGRAPH_WORDS]
    notices: list[str] | None = None
    if any("javascript" in p.casefold() for p in story):  # a <noscript>'s, read as text?
        notices = _notices(doc)
        story = [p for p in story if not any(p in n for n in notices)]
    story_words = sum(map(words, story))
    if story_words >= SHELL_MAX_WORDS or not _SCRIPTS(doc):
        return None
    regions = [(el, " ".join(element_text(el).split())) for el in _REGIONS(doc)]
    for _, text in regions:
        if is_placeholder(text):
            return _describe("placeholder", text)
    if story_words:  # beside a widget's "Loading…" (a gallery, comments), a short story
        return None
    if placeholders:
        return _describe("placeholder", placeholders[0])
    for el, text in regions:
        if not _WORD.search(text) and _IS_MOUNT(el):
            name = el.get("id")
            return f'empty <{el.tag} id="{name}">' if name else f"empty <{el.tag}>"
    for notice in _notices(doc) if notices is None else notices:
        return _describe("notice", notice)
    return None


def _notices(doc: html.HtmlElement) -> list[str]:
    """The page's ``<noscript>`` notices that it needs JavaScript."""
    texts = (" ".join(n.text_content().split()) for n in _NOSCRIPTS(doc))
    return [t for t in texts if is_js_notice(t)]
