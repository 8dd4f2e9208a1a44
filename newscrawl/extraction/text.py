"""An element's text as a reader sees it: shared by the metadata, theme and body rules."""

from __future__ import annotations

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
    el: html.HtmlElement, noise: Callable[[html.HtmlElement], bool] = _never, gap: str = " "
) -> str:
    """Text of ``el`` without scripts, styles and ``noise`` descendants (not collapsed).

    A block child (not ``INLINE``) is set off by ``gap`` on both sides, a ``<br>`` by a
    space: ``<h1><div>Kicker</div><div>Headline</div></h1>`` reads "Kicker Headline", and
    with ``gap=" | "`` a byline's name and the job title in a block under it stay apart.

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
                parts.append(gap if block else " " if child.tag == "br" else "")
                walk(child)
                if block:
                    parts.append(gap)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)
