"""An element's text as a reader sees it: shared by the metadata, theme and body rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import html

#: Elements whose text is code or markup, never the page's words.
SKIP_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})
#: Inline elements: their text belongs to the paragraph around them.
INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
        "u", "var", "wbr", "br",
    }
)  # fmt: skip


def _never(el: html.HtmlElement) -> bool:
    return False


def element_text(
    el: html.HtmlElement,
    noise: Callable[[html.HtmlElement], bool] = _never,
    gap: str = " ",
    inline_gap: str = "",
    br_gap: str = " ",
) -> str:
    """Text of ``el`` without scripts, styles and ``noise`` descendants (not collapsed).

    A block child (not ``INLINE``) is set off by ``gap`` on both sides, an inline child by
    ``inline_gap``, a ``<br>`` by ``br_gap`` (a space):
    ``<h1><div>Kicker</div><div>Headline</div></h1>`` reads "Kicker Headline", and with
    ``gap=" | "`` a byline's name and the job title in a block under it stay apart.

    >>> element_text(html.fromstring("<h1><div>Kicker</div><div>Headline</div></h1>")).split()
    ['Kicker', 'Headline']
    >>> byline = html.fromstring("<a>Ann Lee <div>Editor</div></a>")
    >>> " ".join(element_text(byline, gap=" | ").split())
    'Ann Lee | Editor |'
    """
    parts: list[str] = []

    def walk(node: html.HtmlElement) -> None:
        if node.text and node.tag not in SKIP_TEXT:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in SKIP_TEXT and not noise(child):
                block = child.tag not in INLINE
                parts.append(gap if block else br_gap if child.tag == "br" else inline_gap)
                walk(child)
                parts.append(gap if block else inline_gap)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


#: Controls printed in a byline: a follow or block button's labels ("Follow Following").
_CONTROLS = frozenset({"button", "select"})


def _control(el: html.HtmlElement) -> bool:
    return el.tag in _CONTROLS


#: A translator's, a reviewer's, an editor's or a video's or the pictures' maker's label
#: before a name: the name is no writer's. (The language translated from may stand
#: inside the translator's: "Übersetzt aus dem Englischen von", "Translated from the
#: French by", "Traduit de l'anglais par".)
_NOT_WRITER_LABEL = re.compile(
    r"(?:(?:übersetzt|translated|traducido|traduit|tradotto|vertaald)(?:\s+\S+){0,4}?\s+"
    r"(?:von|by|por|par|da|door)|"
    r"übersetzung|translation|traducción|"
    # a video's or the pictures' maker ("Video von", "Fotos:", "Photos by"; not the writer
    # who took them too: "Text und Fotos:")
    r"(?<!und )(?<!and )(?<!& )(?<!et )(?<!y )(?<!e )(?<!/)(?<!\+ )\b"
    r"(?:videos?|vídeos?|vidéos?|fotos?|photos?|bilder?|illustrations?|grafik)"
    r"(?:\s+(?:von|by|de|di|par|por))?|"
    r"traduction|traduzione|vertaling|tłumaczenie|"
    r"перевод|переклад|(?:medically |fact[- ]?)?(?:reviewed|checked|verified|edited) by|"
    r"fact[- ]?checked|geprüft von|redigiert von|revisado por|verificado por|editado por|"
    r"revu par|vérifié par|rivisto da|verificato da)\s*:?\s*$",
    re.IGNORECASE,
)


def _credited_for_other_work(el: html.HtmlElement) -> bool:
    """Whether a translator's, reviewer's or editor's label stands right before ``el`` in
    its parent (``<span>Übersetzt von</span>: <a class="author">Ann Lee</a>``, ``<span>Verified
    by</span> <a class="author">Bo Wen</a>``)."""
    parent = el.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            break
        before.append(sibling.text_content())
        before.append(sibling.tail or "")
    return bool(_NOT_WRITER_LABEL.search(" ".join(" ".join(before).split()[-6:])))


def byline_text(el: html.HtmlElement) -> str:
    """A byline element's text, collapsed: a block in it (the job title under the name), or
    a line after a ``<br>``, set off as a field of its own by " | ", inline pieces (a
    screen-reader label, the name's link) by a space; buttons (follow, block) left out.
    A translator's or a reviewer's name (after "Übersetzt von:", "Verified by") is none: "".

    >>> byline_text(html.fromstring("<a><span>Author</span>Ann Lee <div>Editor</div></a>"))
    'Author Ann Lee | Editor'
    >>> byline_text(html.fromstring("<span>by <a>Ann Lee</a><br><span>Contributor</span></span>"))
    'by Ann Lee | Contributor'
    >>> byline_text(html.fromstring("<div><a>Ann Lee</a><button>Follow</button></div>"))
    'Ann Lee'
    >>> byline_text(html.fromstring("<p><b>Übersetzt von</b>: <a>Bo Wen</a></p>").find("a"))
    ''
    """
    if _credited_for_other_work(el):
        return ""
    text = element_text(el, _control, gap=" | ", inline_gap=" ", br_gap=" | ")
    return " | ".join(filter(None, (" ".join(part.split()) for part in text.split(" | "))))
