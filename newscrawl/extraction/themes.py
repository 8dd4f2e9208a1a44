"""Theme rules: one small declaration per CMS theme, selectors precompiled, noise as data.

A ``Theme`` says where a theme puts the title, the article body, dates, bylines, section,
tags, the lead image and the "Related articles" block, and which elements inside the body
are noise (ads, share widgets, author and newsletter boxes, related blocks, captions).
``detect_theme`` recognises a theme from markup (``td-`` classes, ``wp-content`` paths,
generator ``<meta>``). Every theme falls back to the generic rules for fields it does not
declare, so a theme only states what differs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cssselect import HTMLTranslator
from lxml import etree, html

from newscrawl import cleaning
from newscrawl.extraction.body_filters import ad_block
from newscrawl.extraction.metadata import (
    AUTHOR_PAGE,
    COMMENT_BLOCK,
    COMMENT_CLASS,
    IN_OTHER_ITEM,
    MAX_BYLINE_NAMES,
    NOT_A_BYLINE,
)
from newscrawl.extraction.text import INLINE, SKIP_TEXT, byline_text, element_text

_CSS = HTMLTranslator()
_LOWER = "translate({0}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


def css(*selectors: str) -> etree.XPath:
    """One precompiled XPath for the union of CSS ``selectors`` (searched below the context)."""
    exprs = [_CSS.css_to_xpath(s, prefix="descendant-or-self::") for s in selectors]
    return etree.XPath(" | ".join(exprs))


def _has_class(token: str) -> str:
    """An XPath condition: the element's class attribute holds ``token`` as a whole word.

    (The plain substring test comes first: libxml2 then builds the normalised, padded
    string only for the few elements whose class holds the token at all.)"""
    return (
        f"(contains(@class, '{token}')"
        f" and contains(concat(' ', normalize-space(@class), ' '), ' {token} '))"
    )


@lru_cache(maxsize=256)
def compile_selector(selector: str) -> etree.XPath:
    """A profile override: XPath when it starts with ``/``, ``(`` or ``.//``, else CSS."""
    if selector.startswith(("/", "(", "./")):
        return etree.XPath(selector)
    return css(*[s.strip() for s in selector.split(",")])


# --------------------------------------------------------------------------------------------
# Noise inside article bodies (data: extend the lists, not the code)

#: Elements never part of the article text, whatever the theme.
COMMON_NOISE_CSS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "canvas",
    "object",
    "embed",
    "nav",
    "aside",
    "figcaption",
    ".wp-caption-text",
    ".caption",
    "ins.adsbygoogle",
    ".adsbygoogle",
    "[id^='div-gpt-ad']",
    ".ad",
    ".ads",
    ".advert",
    ".advertisement",
    ".ad-container",
    ".ad-slot",
    ".adsense",
    ".code-block",
    ".wordads-ad-wrapper",
    ".wpcnt",
    ".sharedaddy",
    ".sd-sharing-enabled",
    ".jp-relatedposts",
    "#jp-relatedposts",
    ".addtoany_share_save_container",
    ".a2a_kit",
    ".addtoany_content",
    ".heateor_sss_sharing_container",
    ".essb_links",
    ".shared-counts-wrap",
    ".social-share",
    ".share-buttons",
    ".sharing",
    ".social-links",
    ".post-share",
    ".yarpp",
    ".yarpp-related",
    ".crp_related",
    ".related-posts",
    ".related_posts",
    ".relatedposts",
    ".related-articles",
    ".rp4wp-related-posts",
    ".author-box",
    ".about-author",
    ".saboxplugin-wrap",
    ".post-author-box",
    ".newsletter",
    ".newsletter-box",
    ".mc4wp-form",
    ".wp-block-jetpack-subscriptions",
    ".jetpack_subscription_widget",
    ".subscribe-box",
    "#comments",
    ".comments-area",
    ".comment-respond",
    ".comments",
    ".comment-list",
    ".sidebar",
    "#secondary",
    ".widget",
    ".post-tags",
    ".tags-links",
    ".entry-tags",
    ".post-navigation",
    ".nav-links",
    ".screen-reader-text",
    ".sr-only",
    ".visually-hidden",
    "[aria-hidden='true']",
)

#: Body containers compared per page (a listing repeats the content class per teaser).
MAX_CONTAINERS = 8
#: Blocks that become one body paragraph each.
_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"})


_SIMPLE_SELECTOR = re.compile(
    r"^(?P<tag>[a-z][a-z0-9-]*)?(?P<classes>(?:\.[\w-]+)*)(?:#(?P<id>[\w-]+))?"
    r"(?:\[(?P<attr>[\w-]+)(?P<op>\^?=)'(?P<value>[^']*)'\])?$"
)


class NoiseMatcher:
    """Decides in one pass whether an element is noise, from simple CSS selectors (data).

    Supported: ``tag``, ``.a.b`` (all classes), ``tag.a``, ``#id``, ``[attr='v']`` and
    ``[attr^='v']``; anything else is refused when the theme is declared. Matching is
    set look-ups per element, so a body is cleaned without one XPath per selector. An ad's
    block named in CamelCase or by a CSS module ("AdContainer", "styles_AdSlot__x1") is
    noise too (``body_filters.ad_block``), whatever the selectors.
    """

    def __init__(self, selectors: Iterable[str]) -> None:
        self.tags: set[str] = set()
        self.ids: set[str] = set()
        self.by_class: dict[str, list[tuple[str | None, frozenset[str]]]] = {}
        self.attrs: list[tuple[str, str, str, str | None]] = []
        for selector in selectors:
            m = _SIMPLE_SELECTOR.match(selector.strip())
            if not m or not selector.strip():
                raise ValueError(f"noise selector too complex for NoiseMatcher: {selector!r}")
            tag, classes, ident = m.group("tag"), m.group("classes"), m.group("id")
            names = frozenset(c for c in classes.split(".") if c)
            if m.group("attr"):
                self.attrs.append((m.group("attr"), m.group("op"), m.group("value"), tag))
            elif names:
                key = min(names)
                self.by_class.setdefault(key, []).append((tag, names))
            elif ident:
                self.ids.add(ident)
            elif tag:
                self.tags.add(tag)

    def __call__(self, el: html.HtmlElement) -> bool:
        if el.tag in self.tags:
            return True
        get = el.get
        cls = get("class")
        if cls:
            if ad_block(el):
                return True
            tokens = cls.split()
            for token in tokens:
                rules = self.by_class.get(token)
                if rules:
                    for tag, names in rules:
                        if (tag is None or tag == el.tag) and names.issubset(tokens):
                            return True
        if self.ids and get("id") in self.ids:
            return True
        for attr, op, value, tag in self.attrs:
            found = get(attr)
            if found is None or (tag is not None and tag != el.tag):
                continue
            if found == value if op == "=" else found.startswith(value):
                return True
        return False


#: Blocks whose loose text (outside their child blocks) is dropped: a quote's ``<cite>``.
_QUOTES = frozenset({"blockquote", "dl"})


def _holds_blocks(el: html.HtmlElement) -> bool:
    return any(
        isinstance(d.tag, str) and d.tag not in INLINE and d.tag not in SKIP_TEXT
        for d in el.iterdescendants()
    )


def block_texts(
    container: html.HtmlElement, noise: Callable[[html.HtmlElement], bool]
) -> list[str]:
    """Each block (p, h2-h6, li, blockquote, ...) of ``container`` as one raw paragraph.

    One walk of the tree: noise subtrees are skipped; a block holding other blocks
    (``li > p``, ``blockquote > p``) gives way to them. Text outside blocks (in ``div``s,
    separated by ``<br>``) makes paragraphs of its own. The document is not modified.
    """

    def walk(node: html.HtmlElement) -> list[str]:
        out: list[str] = []
        keep_loose = node.tag not in _QUOTES
        loose: list[str] = [node.text or ""] if keep_loose else []

        def flush() -> None:
            text = "".join(loose).strip()
            if text:
                out.append(text)
            loose.clear()

        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP_TEXT or noise(child):
                pass
            elif tag == "br":
                flush()
            elif tag in INLINE:
                if keep_loose:
                    loose.append(element_text(child, noise))
            elif tag in _BLOCKS and not _holds_blocks(child):
                flush()
                out.append(element_text(child, noise))
            else:
                flush()
                out.extend(walk(child))
            if child.tail and keep_loose:
                loose.append(child.tail)
        flush()
        return out

    return walk(container)


# --------------------------------------------------------------------------------------------
# Rule prefilter: skip a rule whose XPath needs an attribute value the page does not have
#
# Most rules look for a class (``contains(@class, 'yarpp')``) that most pages lack, and
# libxml2 finds that out by testing every element of the tree, rule after rule. Instead,
# each rule's XPath is read once (at import) for what it *requires*: attribute substrings
# that some element must carry for the rule to select anything. A page's values of an
# attribute are fetched once (``//@class``, joined) and a rule whose requirement fails is
# not run: it could not have matched. Anything the reader does not understand requires
# nothing (the rule always runs), so the prefilter never changes a result, only skips work.

#: A requirement: None (nothing known: always possible), ("has", attr, text) (some
#: element's ``attr`` value contains ``text``; ``""``: some element has ``attr``),
#: ("is", attr, value) (some element's ``attr`` is ``value``), ("all", reqs) or
#: ("any", reqs).
Requirement = tuple | None

_XPATH_TOKEN = re.compile(
    r"""\s*(?:(?P<lit>'[^']*'|"[^"]*")|(?P<num>\d+(?:\.\d*)?|\.\d+)"""
    r"""|(?P<op>//|::|\.\.|!=|<=|>=|[/\[\]()|@,=<>*.])"""
    r"""|(?P<name>[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?))"""
)
_NODE_TYPES = frozenset({"node", "text", "comment", "processing-instruction"})
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")


class _Unsupported(ValueError):
    """An XPath the requirement reader does not parse: the rule then requires nothing."""


def _tokens(expr: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(expr):
        m = _XPATH_TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            if expr[pos:].strip():
                raise _Unsupported(expr[pos:])
            break
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _XPathReader:
    """Recursive descent over XPath 1.0 (no arithmetic, variables); builds a small AST.

    Nodes: ("lit", text), ("num",), ("fn", name, args), ("or"|"and", a, b),
    ("cmp", op, a, b), ("union", parts), ("path", steps) with steps of
    (axis, test, predicates), ("filter", primary, predicates, steps).
    """

    def __init__(self, expr: str) -> None:
        self.toks = _tokens(expr)
        self.i = 0

    def peek(self, offset: int = 0) -> tuple[str, str] | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (value is not None and tok[1] != value):
            raise _Unsupported(f"expected {value!r}, got {tok!r}")
        self.i += 1
        return tok

    def at(self, value: str) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] in ("op", "name") and tok[1] == value

    def parse(self) -> tuple:
        node = self.expr()
        if self.peek() is not None:
            raise _Unsupported(f"trailing {self.peek()!r}")
        return node

    def expr(self) -> tuple:
        return self.chain("or", self.and_expr)

    def and_expr(self) -> tuple:
        return self.chain("and", self.cmp_expr)

    def chain(self, op: str, operand: Callable[[], tuple]) -> tuple:
        """``operand (op operand)*``, left-associative: ``("op", left, right)`` nodes."""
        node = operand()
        while self.at(op):
            self.take()
            node = (op, node, operand())
        return node

    def cmp_expr(self) -> tuple:
        node = self.union_expr()
        while (
            self.peek()
            and self.peek()[0] == "op"
            and self.peek()[1] in ("=", "!=", "<", ">", "<=", ">=")
        ):
            op = self.take()[1]
            node = ("cmp", op, node, self.union_expr())
        return node

    def union_expr(self) -> tuple:
        parts = [self.path_expr()]
        while self.at("|"):
            self.take()
            parts.append(self.path_expr())
        return parts[0] if len(parts) == 1 else ("union", parts)

    def path_expr(self) -> tuple:
        tok = self.peek()
        if tok is None:
            raise _Unsupported("unexpected end")
        kind, value = tok
        primary = None
        if kind == "lit":
            self.take()
            primary = ("lit", value[1:-1])
        elif kind == "num":
            self.take()
            primary = ("num",)
        elif value == "(":
            self.take()
            primary = self.expr()
            self.take(")")
        elif kind == "name" and self.peek(1) == ("op", "(") and value not in _NODE_TYPES:
            self.take()
            self.take("(")
            args = []
            if not self.at(")"):
                args.append(self.expr())
                while self.at(","):
                    self.take()
                    args.append(self.expr())
            self.take(")")
            primary = ("fn", value, args)
        if primary is None:
            return ("path", self.location_path())
        preds = self.predicates()
        steps = self.location_path(relative_after=True) if self.at("/") or self.at("//") else []
        if not preds and not steps:
            return primary
        return ("filter", primary, preds, steps)

    def predicates(self) -> list[tuple]:
        preds = []
        while self.at("["):
            self.take()
            preds.append(self.expr())
            self.take("]")
        return preds

    def location_path(self, relative_after: bool = False) -> list[tuple]:
        steps: list[tuple] = []
        if self.at("/") or self.at("//"):
            sep = self.take()[1]
            if sep == "//":
                steps.append(("descendant-or-self", "node()", []))
            elif not relative_after and not self.starts_step():
                return steps  # "/" alone: the root
        steps.append(self.step())
        while self.at("/") or self.at("//"):
            if self.take()[1] == "//":
                steps.append(("descendant-or-self", "node()", []))
            steps.append(self.step())
        return steps

    def starts_step(self) -> bool:
        tok = self.peek()
        return tok is not None and (tok[0] == "name" or tok[1] in ("@", "*", ".", ".."))

    def step(self) -> tuple:
        if self.at("."):
            self.take()
            return ("self", "node()", [])
        if self.at(".."):
            self.take()
            return ("parent", "node()", [])
        axis = "child"
        if self.at("@"):
            self.take()
            axis = "attribute"
        elif self.peek(1) == ("op", "::"):
            axis = self.take()[1]
            self.take("::")
        tok = self.take()
        if tok[1] == "*":
            test = "*"
        elif tok[0] == "name":
            test = tok[1]
            if self.at("("):
                self.take("(")
                self.take(")")
                test += "()"
        else:
            raise _Unsupported(f"bad node test {tok!r}")
        return (axis, test, self.predicates())


def _all(reqs: Iterable[Requirement]) -> Requirement:
    kept: list[tuple] = []
    for r in reqs:
        if r is not None:
            kept.extend(r[1] if r[0] == "all" else (r,))
    kept = list(dict.fromkeys(kept))
    return None if not kept else kept[0] if len(kept) == 1 else ("all", tuple(kept))


def _any(reqs: Iterable[Requirement]) -> Requirement:
    kept: list[tuple] = []
    for r in reqs:
        if r is None:
            return None  # one branch that may match without any known attribute
        kept.extend(r[1] if r[0] == "any" else (r,))
    kept = list(dict.fromkeys(kept))
    return None if not kept else kept[0] if len(kept) == 1 else ("any", tuple(kept))


def _attribute(node: tuple) -> str | None:
    """``@name`` (a plain attribute of the context element) -> name, else None."""
    if node[0] == "path" and len(node[1]) == 1:
        axis, test, preds = node[1][0]
        if axis == "attribute" and not preds and test != "*" and ":" not in test:
            return test
    return None


def _text_source(node: tuple) -> tuple[str, bool] | None:
    """The attribute a string expression is built from: ``@a`` (exact),
    ``normalize-space(@a)`` or ``concat(' ', normalize-space(@a), ' ')`` (only whitespace
    around: then only the needle's whitespace-free runs must occur in the value)."""
    name = _attribute(node)
    if name:
        return name, True
    if node[0] == "fn" and node[1] == "normalize-space" and len(node[2]) == 1:
        inner = _attribute(node[2][0])
        return (inner, False) if inner else None
    if node[0] == "fn" and node[1] == "concat":
        sources = [a for a in node[2] if a[0] != "lit"]
        spaces = [a for a in node[2] if a[0] == "lit"]
        if len(sources) == 1 and all(not _XPATH_SPACE.sub("", s[1]) for s in spaces):
            inner = _text_source(sources[0])
            return (inner[0], False) if inner else None
    return None


def _needs(node: tuple, needle: str, equal: bool = False) -> Requirement:
    """What ``contains(node, needle)`` (or ``starts-with``; ``equal``: ``=``) requires."""
    source = _text_source(node)
    if source is None:
        return None
    name, exact = source
    if exact and equal:
        return ("is", name, needle)
    runs = [needle] if exact else _XPATH_SPACE.split(needle)
    return _all(("has", name, run) for run in runs if run)


def _steps_requirement(steps: list[tuple]) -> Requirement:
    """A location path selects something only if every step's predicates hold for some
    node, and an ``@name`` step only if some element carries that attribute (whose value
    its predicates read as ``.``)."""
    reqs: list[Requirement] = []
    for axis, test, preds in steps:
        if axis == "attribute" and test != "*" and ":" not in test:
            reqs.append(("has", test, ""))
            preds = [_on_attribute(p, test) for p in preds]
        reqs.extend(requirement(p) for p in preds)
    return _all(reqs)


_SELF = ("path", [("self", "node()", [])])


def _on_attribute(node: tuple, name: str) -> tuple:
    """A predicate of an ``@name`` step, its ``.`` (the attribute's value) as ``@name``."""
    if node == _SELF:
        return ("path", [("attribute", name, [])])
    if node[0] in ("or", "and"):
        return (node[0], _on_attribute(node[1], name), _on_attribute(node[2], name))
    if node[0] == "cmp":
        return ("cmp", node[1], _on_attribute(node[2], name), _on_attribute(node[3], name))
    if node[0] == "fn":
        return ("fn", node[1], [_on_attribute(a, name) for a in node[2]])
    return node


def requirement(node: tuple) -> Requirement:
    """A condition on the page's attribute values without which ``node`` selects nothing
    (or is false). Conservative: None where nothing is known."""
    kind = node[0]
    if kind == "or":
        return _any((requirement(node[1]), requirement(node[2])))
    if kind == "and":
        return _all((requirement(node[1]), requirement(node[2])))
    if kind == "union":
        return _any(requirement(part) for part in node[1])
    if kind == "path":
        return _steps_requirement(node[1])
    if kind == "filter":
        return _all((requirement(node[1]), *map(requirement, node[2]), _steps_requirement(node[3])))
    if kind == "fn":
        name, args = node[1], node[2]
        if name in ("contains", "starts-with") and len(args) == 2 and args[1][0] == "lit":
            return _needs(args[0], args[1][1])
        if name == "boolean" and len(args) == 1:
            return requirement(args[0])
        return None
    if kind == "cmp" and node[1] == "=":
        a, b = node[2], node[3]
        if b[0] == "lit":
            return _needs(a, b[1], equal=True)
        if a[0] == "lit":
            return _needs(b, a[1], equal=True)
    return None


def xpath_requirement(expr: str) -> Requirement:
    """The requirement of an XPath expression, or None when it cannot be read."""
    try:
        return requirement(_XPathReader(expr).parse())
    except _Unsupported:
        return None


def _attribute_values(doc: html.HtmlElement) -> dict[str, list[str]]:
    """Every attribute's values in ``doc``'s tree, by name, in document order: what
    ``//@name`` finds for each name, from one walk over the elements. (A page's rules ask
    about a dozen names; an XPath for each scanned the tree a dozen times: 1.1 ms a page
    against 0.7.) Elements beside the root element (a stray tag after ``</html>``) are
    walked too, as ``//`` reaches them."""
    found: dict[str, list[str]] = {}
    tops = [*reversed(list(doc.itersiblings(preceding=True))), doc, *doc.itersiblings()]
    for top in tops:
        for el in top.iter():
            for name, value in el.items():
                values = found.get(name)
                if values is None:
                    found[name] = [value]
                else:
                    values.append(value)
    return found


class PageAttributes:
    """A page's values of each attribute, read in one walk when first asked."""

    def __init__(self, doc: html.HtmlElement) -> None:
        self.doc = doc
        self.values: dict[str, str] = {}
        self._by_name: dict[str, list[str]] | None = None

    def joined(self, name: str) -> str:
        """Every value of attribute ``name``, each between NULs ("" when none has it)."""
        joined = self.values.get(name)
        if joined is None:
            if self._by_name is None:
                self._by_name = _attribute_values(self.doc)
            values = self._by_name.get(name)
            joined = self.values[name] = "\x00" + "\x00".join(values) + "\x00" if values else ""
        return joined

    def has(self, name: str, text: str) -> bool:
        """Some element's ``name`` attribute contains ``text`` (``""``: has the attribute)."""
        if "\x00" in text:
            return True
        return text in self.joined(name) if text else bool(self.joined(name))

    def is_(self, name: str, value: str) -> bool:
        """Some element's ``name`` attribute is exactly ``value``."""
        return "\x00" in value or f"\x00{value}\x00" in self.joined(name)

    def satisfies(self, req: Requirement) -> bool:
        if req is None:
            return True
        kind = req[0]
        if kind == "has":
            return self.has(req[1], req[2])
        if kind == "is":
            return self.is_(req[1], req[2])
        if kind == "all":
            return all(self.satisfies(r) for r in req[1])
        return any(self.satisfies(r) for r in req[1])


#: A heading's link to another story: what a teaser's card holds (``_NOT_TEASER``).
_TEASER_LINK = "descendant::*[self::h2 or self::h3 or self::h4]/descendant::a[@href]"
#: The same, not to an author's page: a byline's block ("<h3><a href="/author/ann-lee">Ann
#: Lee</a></h3>", then the story's date) is no teaser's (``_NOT_STORY_TEASER``, for dates).
_STORY_LINK = f"{_TEASER_LINK}[not({AUTHOR_PAGE})]"


class Rule(etree.XPath):
    """A precompiled rule that knows what it requires of a page's attributes.

    A path ending in the not-in-a-teaser test (``_NOT_TEASER``), maybe before a last step
    to an attribute or the text (``.../@datetime``), runs without it, and its elements are
    then tested in Python, each of their two nearest ancestors once (``_in_teaser``): in
    XPath the test scans an ancestor's whole block again for every candidate, which made
    a page of a thousand byline spans take seconds. Its ``//name[...]`` steps run as
    ``/descendant::name[...]`` (``_descendant_steps``).
    """

    def __init__(self, path: str) -> None:
        last = _LAST_STEP.search(path)
        tail = last.group(0) if last else ""
        base = path[: len(path) - len(tail)]
        test = next((t for t in (_NOT_TEASER, _NOT_STORY_TEASER) if base.endswith(t)), "")
        self.teaser_free = bool(test)
        self.teaser_block = _STORY_BLOCK if test == _NOT_STORY_TEASER else _TEASER_BLOCK
        super().__init__(_descendant_steps(base[: -len(test)] + tail if test else path))
        self.requires = xpath_requirement(path)

    def __call__(self, doc: Any, **variables: Any) -> Any:
        results = super().__call__(doc, **variables)
        if self.teaser_free and isinstance(results, list):
            blocks: dict[Any, bool] = {}
            test = self.teaser_block
            results = [r for r in results if not _in_teaser(_owner(r), blocks, test)]
        return results

    def could_match(self, page: PageAttributes) -> bool:
        return page.satisfies(self.requires)


#: Functions whose value is a number: a predicate of one of them alone is a position.
_NUMBER_FUNCTIONS = frozenset(
    {"count", "string-length", "number", "sum", "floor", "ceiling", "round", "position", "last"}
)
_COMPARISONS = frozenset({"=", "!=", "<", ">", "<=", ">=", "and", "or"})


def _positional(toks: list[tuple[str, str, int]], j: int) -> bool:
    """Whether a predicate of the step whose predicates start at token ``j`` may depend on
    the node's position (``[1]``, ``[position() <= 5]``, ``[last()]``, a number's value).
    Conservative: any doubt counts as positional."""
    while j < len(toks) and toks[j][1] == "[":
        depth, parens, k = 1, 0, j + 1
        first = toks[k] if k < len(toks) else None
        compared = numeric = False
        while k < len(toks) and depth:
            kind, value, _ = toks[k]
            if kind == "op" and value in "[]":
                depth += 1 if value == "[" else -1
            elif depth == 1 and kind == "op" and value in "()":
                parens += 1 if value == "(" else -1
            elif depth == 1 and value in ("position", "last"):
                return True
            elif depth == 1 and parens == 0 and _arithmetic(toks, k):
                numeric = True
            elif depth == 1 and parens == 0 and value in _COMPARISONS:
                compared = True
            k += 1
        if first is None or (
            not compared and (numeric or first[1] == "(" or first[1] in _NUMBER_FUNCTIONS)
        ):
            return True
        j = k
    return False


def _arithmetic(toks: list[tuple[str, str, int]], k: int) -> bool:
    """Whether token ``k`` is a number or an arithmetic operator (``*`` after an operand
    multiplies; elsewhere it is a name test)."""
    kind, value, _ = toks[k]
    if kind == "num" or value in ("div", "mod"):
        return True
    before = toks[k - 1] if k else None
    return (
        value == "*"
        and before is not None
        and (before[0] in ("name", "num", "lit") or before[1] in (")", "]"))
    )


def _descendant_steps(expr: str) -> str:
    """``expr`` with each ``//name[...]`` step written ``/descendant::name[...]``, which
    selects the same elements when no predicate of the step asks for a position: libxml2
    then walks the elements once, where ``//`` (``descendant-or-self::node()/child::``)
    lists every node's children, text nodes too: half the time of a page's scan.
    (Unchanged where the tokens are not all understood.)

    >>> _descendant_steps("//h1[@class]//a[string-length(.) > 3]")
    '/descendant::h1[@class]/descendant::a[string-length(.) > 3]'
    >>> _descendant_steps("//li[1] | //p[@id][last()]")
    '//li[1] | //p[@id][last()]'
    """
    toks: list[tuple[str, str, int]] = []
    pos = 0
    while pos < len(expr):
        m = _XPATH_TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            if expr[pos:].strip():
                return expr
            break
        toks.append((m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup)))
        pos = m.end()
    out, last = [], 0
    for i, (kind, value, start) in enumerate(toks):
        if kind != "op" or value != "//" or i + 1 >= len(toks):
            continue
        test = toks[i + 1]
        after = toks[i + 2][1] if i + 2 < len(toks) else None
        named = test[0] == "name" and after not in ("::", "(")
        if (named or test[1] == "*") and not _positional(toks, i + 2):
            out += [expr[last:start], "/descendant::"]
            last = start + 2
    return "".join(out) + expr[last:]


#: A path's last step to an attribute or to text (``/@datetime``, ``/text()[...]``, the
#: text after the element: ``/following-sibling::text()[1]``).
_LAST_STEP = re.compile(
    r"/(?:@[\w-]+|(?:following-sibling::)?text\(\)(?:\[1\])?(?:\[normalize-space\(\)\])?)$"
)


def _owner(result: Any) -> Any:
    """The element an XPath result belongs to: itself, or an attribute's or text's element."""
    if isinstance(result, etree._Element) or not hasattr(result, "getparent"):
        return result
    parent = result.getparent()
    return (
        parent.getparent() if getattr(result, "is_tail", False) and parent is not None else parent
    )


#: A block holding teasers: headings that link to other stories, and no headline.
_TEASER_BLOCK = etree.XPath(f"not(descendant::h1) and boolean({_TEASER_LINK})")
_STORY_BLOCK = etree.XPath(f"not(descendant::h1) and boolean({_STORY_LINK})")


def _in_teaser(el: Any, blocks: dict[Any, bool], test: etree.XPath = _TEASER_BLOCK) -> bool:
    """Whether ``el`` sits in a teaser's block (``_NOT_TEASER``; ``test``: the block's, of
    ``_NOT_STORY_TEASER``), each block tested once."""
    if not isinstance(el, etree._Element):
        return False
    for block in itertools.islice(el.iterancestors(), 2):
        if block not in blocks:
            blocks[block] = bool(test(block)) or bool(_SMALL_CARD(block))
        if blocks[block]:
            return True
    # a card: a link that holds the other story's heading, and this with it
    return any(_CARD_LINK(a) for a in el.iterancestors("a"))


#: A card of another story: a small block (no story's length of text) whose link holds
#: the story's heading, its byline or date beside the link (``<div><a href="/fair"><h3>Fair
#: opens</h3></a><span class="author">Tom Noise</span></div>``).
_SMALL_CARD = etree.XPath(
    "not(descendant::h1) and string-length(normalize-space()) < 1000"
    " and boolean(descendant::a[@href][descendant::h2 or descendant::h3 or descendant::h4])"
)
#: A link holding a heading: a teaser's card (``_NOT_TEASER``).
_CARD_LINK = etree.XPath("boolean(descendant::h2 or descendant::h3 or descendant::h4)")


# --------------------------------------------------------------------------------------------
# Themes


@dataclass
class ThemeFields:
    """Raw values found by a theme's rules, best first."""

    titles: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    #: Other readings of the first title's element (``headline_forms``).
    headline_forms: list[str] = field(default_factory=list)


#: Parts of a headline element that are not the headline: kickers, rooflines, dates, labels.
HEADLINE_EXTRA_CLASSES = (
    "kicker", "roofline", "overline", "supertitle", "topline", "eyebrow", "dachzeile",
    "subtitle", "h1small", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader",
    "paywall", "premium",
)  # fmt: skip
#: Whole class names of labels printed before a headline (a forum thread's prefix) or
#: after it (a subscription's mark: "Plus").
HEADLINE_LABEL_CLASSES = ("label", "badge", "plus")
_HEADLINE_EXTRAS = etree.XPath(
    "descendant::*[self::small or self::time or self::sup or self::script or self::style or "
    + " or ".join(f"contains(@class, '{c}')" for c in HEADLINE_EXTRA_CLASSES)
    + "".join(f" or {_has_class(c)}" for c in HEADLINE_LABEL_CLASSES)
    + "]"
)


def headline_text(el: html.HtmlElement) -> str:
    """A headline's own text, without kicker, roofline, date or screen-reader label.

    Falls back to the whole text when nothing else is left.
    """
    skip = set(_HEADLINE_EXTRAS(el))
    text = element_text(el, skip.__contains__) if skip else ""
    return text if text.strip() else element_text(el)


def headline_forms(el: html.HtmlElement) -> list[str]:
    """Other readings of a headline element than ``headline_text``: its text without a
    leading element (a kicker in a plain ``<span>``), or without a first line of a few
    words before a ``<br>``. Whether that is the title, the page's metadata tells. (A
    kicker that ``headline_text`` drops stays dropped, even when the metadata repeats it:
    measured on the eval corpus's dev half.)
    """
    forms = []
    node = el
    while len(node) == 1 and not (node.text or "").strip() and not (node[0].tail or "").strip():
        node = node[0]  # <h1><a><span>...</span></a></h1>
    lead = next((c for c in node if isinstance(c.tag, str) and c.tag not in SKIP_TEXT), None)
    if lead is not None and not (node.text or "").strip():
        rest = element_text(node, lambda c: c is lead)
        if rest.strip():
            forms.append(rest)
    # a first line of a few words before a line break ("Budget<br>Council approves ...")
    first, br, rest = element_text(node, br_gap="\0").partition("\0")
    if br and 0 < len(first.split()) <= _KICKER_LINE_WORDS and rest.strip():
        forms.append(rest.replace("\0", " "))
    return forms


#: The most words of a kicker printed as a heading's first line.
_KICKER_LINE_WORDS = 5


#: Attributes a lazy-loading script reads a picture's address from (``src`` holding a
#: blank until the picture scrolls into view), best first; then its sets of sizes.
_LAZY_SRC = (
    "data-src", "data-lazy-src", "data-original", "data-lazy", "data-orig-file",
    "data-hi-res-src", "data-full-url", "data-url",
)  # fmt: skip
_SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")


def image_source(el: html.HtmlElement) -> str:
    """The address of the picture an ``<img>`` shows: a lazy loader's attribute first,
    then the largest of its sizes, then its ``src`` unless that is a stand-in (a
    ``data:`` blank, a theme's ``tie-empty.png``). Other elements: their text.

    >>> image_source(html.fromstring('<img src="data:image/gif;base64,R0l" data-src="/a.jpg">'))
    '/a.jpg'
    >>> image_source(html.fromstring('<img srcset="/a-300.jpg 300w, /a-1024.jpg 1024w">'))
    '/a-1024.jpg'
    >>> image_source(html.fromstring('<img src="/themes/x/tie-empty.png">'))
    ''
    """
    if el.tag not in ("img", "amp-img", "source"):
        return element_text(el)
    for name in _LAZY_SRC:
        value = (el.get(name) or "").strip()
        if value and _story_picture(value):
            return value
    for name in _SRCSETS:
        if best := _largest(el.get(name) or ""):
            return best
    src = (el.get("src") or "").strip()
    return src if src and _story_picture(src) else ""


def _largest(srcset: str) -> str:
    """The widest candidate of a ``srcset`` ("a.jpg 300w, b.jpg 1024w"), else its last."""
    best, width = "", -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts or not _story_picture(parts[0]):
            continue
        size = parts[1] if len(parts) > 1 else "1x"
        try:
            value = float(size[:-1]) if size[-1:] in ("w", "x") else 0.0
        except ValueError:
            value = 0.0
        if value >= width:
            best, width = parts[0], value
    return best


def _story_picture(value: str) -> bool:
    """Not a stand-in: no ``data:`` blank, no placeholder's file name."""
    value = value.strip()
    return (
        bool(value) and not value.startswith("data:") and not cleaning.is_placeholder_image(value)
    )


def _strings(
    results: Iterable[object], read: Callable[[html.HtmlElement], str] = element_text
) -> list[str]:
    """The values an XPath found: strings as they are, elements' texts by ``read``."""
    out: list[str] = []
    for r in results:
        if isinstance(r, str):
            out.append(str(r))
        elif isinstance(r, html.HtmlElement):
            out.append(read(r))
    return [s for s in out if s and s.strip()]


#: Generic rules every theme falls back on (XPath strings; themes prepend their own).
#: A block named for the sidebar that holds the headline is the layout's main column or
#: its wrapper (Soledad's ``penci_sidebar right-sidebar``, ``no-sidebar``), no widget; nor
#: is ``<body>``, whose classes name the layout (OceanWP's ``has-sidebar
#: content-right-sidebar`` on a page whose headline is an ``<h2>``).
_OUTSIDE_WIDGETS = (
    # (an <aside> of the story's byline is its header's: "<aside class="author">")
    "[not(ancestor::aside[not(contains(@class, 'author') or contains(@class, 'byline'))]"
    " or ancestor::nav or ancestor::footer[not(ancestor::article)]"
    " or ancestor::*[contains(@class, 'related')"
    " or (contains(@class, 'sidebar') and not(.//h1 or self::body))"
    " or starts-with(@class, 'widget') or contains(@class, ' widget')"
    " or contains(@class, 'td_module') or contains(@class, 'td-module-container')"
    # (Sahifa's ``<article class="post-listing">`` holds the headline: no listing)
    " or (contains(@class, 'listing') and not(.//h1))"
    # (a comment's block holds no headline: Kinja marks a story with comments "commented")
    f" or (({COMMENT_CLASS} or {COMMENT_BLOCK}) and not(.//h1)) or @id='comments'"
    # (a reader's comment marked up as schema.org's: its writer is a Person too)
    " or @itemprop='comment' or contains(@itemtype, 'schema.org/Comment')])]"
)
#: A heading that links to the site's home page, or sits in the site's logo or branding,
#: is the site's name (a blog's or a newspaper's masthead in an ``<h1>``), never the
#: article's headline. (An XPath condition, relative to the heading.)
MASTHEAD_CLASSES = ("logo", "site-title", "site-name", "site-branding", "branding")
_HOME_LINK = (
    "[@href='/' or @href='./' or @rel='home' or (contains(@href, '//')"
    " and substring-after(substring-after(@href, '//'), '/') = '')]"
)
MASTHEAD = (
    f".//a{_HOME_LINK} or ancestor::a{_HOME_LINK}"
    " or ancestor-or-self::*[not(self::body or self::html)]["
    + " or ".join(_has_class(c) for c in MASTHEAD_CLASSES)
    + "]"
)
#: A heading that is neither the masthead nor the one microdata marks as the
#: ``alternativeHeadline`` (a short SEO form printed above the real one).
_NOT_MASTHEAD = f"[not({MASTHEAD})][not(@itemprop='alternativeHeadline')]"
#: A heading inside a link is a teaser's card (the picture and title of another story,
#: linked as a whole), never the page's own headline.
_NOT_LINKED = "[not(ancestor::a)]"
#: The classes that hide a heading from the eye and leave it to screen readers
#: ("Main navigation", "Post navigation"): Bootstrap's, WordPress's, Drupal's (and the
#: many classes built on them: "screen-reader-only", "u-visually-hidden"), and the words
#: the German government's Site Builder uses.
SCREEN_READER_CLASSES = (
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
    "assistive", "element-invisible",
)  # fmt: skip
SCREEN_READER_WORDS = ("aural", "navSkip")
_NOT_HIDDEN = "[not({})]".format(
    " or ".join(
        [*(f"contains(@class, '{c}')" for c in SCREEN_READER_CLASSES)]
        + [_has_class(c) for c in SCREEN_READER_WORDS]
    )
)
#: A sidebar's or a footer's heading ("Related", "About the author") is no headline.
_NOT_ASIDE = "[not(ancestor::aside or ancestor::footer)]"
_GENERIC_HEADLINE = f"{_NOT_MASTHEAD}{_NOT_LINKED}{_NOT_HIDDEN}{_NOT_ASIDE}"
GENERIC_TITLE = (
    f"//article/descendant::h1{_GENERIC_HEADLINE}",
    f"//h1[contains(@class, 'title')]{_GENERIC_HEADLINE}",
    f"//h1{_GENERIC_HEADLINE}",
)
#: The same for dates and Drupal's bylines: a ``<body class="one-sidebar sidebar-first">``
#: or ``<body class="no-sidebars">`` (Drupal's layout classes) is no widget.
_WIDGETS_BUT_BODY = _OUTSIDE_WIDGETS.replace("ancestor::*[", "ancestor::*[not(self::body)][", 1)
#: The blocks around the page's headline: the third ancestor (which holds the two nearer
#: ones) of each of the first five ``<h1>`` that are not the site's logo or name (a
#: widget's heading may come first). Every ``<h1>``, and all three ancestors, made
#: libxml2 merge the descendants of nested blocks, seconds on a page of 30,000 headings.
_HEADLINE_BLOCK = f"(//h1{_NOT_MASTHEAD})[position() <= 5]/ancestor::*[position() <= 3][last()]"
#: Date classes that are not the article's date: an update, the header's today (not the
#: date of the post's or article's header: "single-post--header_date", "article-header-date").
_NOT_ITS_DATE = (
    # (hAtom's "updated" beside the entry's own date class is the posting date: tagDiv's
    # "entry-date updated td-module-date")
    "contains(@class, 'update') and not(contains(@class, 'entry-date')"
    " or contains(@class, 'published'))"
    " or contains(@class, 'today') or contains(@class, 'current')"
    " or (contains(@class, 'header') and not(contains(@class, 'post')"
    " or contains(@class, 'article') or contains(@class, 'entry')))"
    " or contains(@class, 'teaser')"
)
#: How a site's header built of ``<div>``s is marked: its role, its id or a word of its class
#: or id.
SITE_HEADER_IDS = ("header", "masthead")
SITE_HEADER_CLASSES = ("site-header", "top-bar", "topbar", "header-top", "top-header")
_SITE_HEADER_MARK = " or ".join(
    ["@role='banner'", *(f"@id='{i}'" for i in SITE_HEADER_IDS)]
    + [f"contains(@class, '{c}')" for c in SITE_HEADER_CLASSES]
    # (the same words in an id: ``<div id="header-top">``)
    + [f"contains(@id, '{c}')" for c in SITE_HEADER_CLASSES]
)
#: A list item of a list of other stories: without the headline, linking a story's title,
#: a link of 25 characters or more (an author's or a section's is shorter).
LISTED_STORY = "[not(.//h1)][.//a[@href][string-length(normalize-space()) >= 25]]"
#: Not in the site's header (its "today": "Friday, April 5, 2024"), when the headline's
#: block is one that holds it too (a page whose headline is two or three levels below
#: ``<body>``): a ``<header>`` outside the article, or a block marked or named as the site's
#: header, without the headline.
_NOT_IN_SITE_HEADER = (
    f"[not(ancestor::*[self::header or {_SITE_HEADER_MARK}]"
    f"[not(.//h1{_NOT_MASTHEAD} or ancestor::article)])]"
)
#: Not in a teaser's card: near a heading that links to another story (a list of stories
#: with their bylines before or after the article's own), in a block without the headline.
#: (a card: the link holds the other story's heading, and its byline and date with it)
_CARD = " or ancestor::a[descendant::h2 or descendant::h3 or descendant::h4]"
_NOT_TEASER = f"[not(ancestor::*[position() <= 2][not(descendant::h1)]/{_TEASER_LINK}{_CARD})]"
#: The same for dates: a byline's block, whose heading links to the author's page, is the
#: story's (``_STORY_LINK``).
_NOT_STORY_TEASER = f"[not(ancestor::*[position() <= 2][not(descendant::h1)]/{_STORY_LINK}{_CARD})]"
#: Not in a list of other stories (``LISTED_STORY``).
_NOT_LISTED_STORY = f"[not(ancestor::li[1]{LISTED_STORY})]"
#: Microdata of the article, not of a picture, a clip or a comment in it.
_OWN_ITEM = f"[not({IN_OTHER_ITEM})]"
#: Words that label a printed date as the last update, not the publication (compared with
#: the text lowered in ASCII only: a word whose capital is not ASCII is given from its
#: second letter, Russian and Ukrainian "Обновлено", "Оновлено" as "новлено").
_UPDATE_LABELS = (
    "updated", "modified", "last update", "aktualisiert", "geändert", "stand", "mis à jour",
    "modifié", "actualizado", "actualización", "atualizado", "aggiornato", "aggiornamento",
    "bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
    # the regional press's other languages: Turkish, Indonesian and Malay, Nordic,
    # Czech and Slovak, Hungarian, Romanian, Croatian, Slovenian, Baltic, Russian and
    # Ukrainian, Bulgarian, Greek, Vietnamese, Hindi
    "güncelle", "diperbarui", "dikemas kini", "uppdaterad", "oppdatert", "opdateret",
    "päivitetty", "aktualiz", "frissítve", "actualizat", "ažurirano", "posodobljeno",
    "atnaujinta", "atjaunināts", "uuendatud", "новлено", "ктуализ", "бновено",
    "νημερώθηκε", "cập nhật", "अपडेट", "अद्यतन",
)  # fmt: skip
_LOWER_TEXT = _LOWER.format("normalize-space()")
#: Not a ``<time>`` right after an update's label ("Updated <time>", "Aktualisiert am
#: <time>": the label is the short text before it).
_NOT_AFTER_UPDATE_LABEL = (
    "[not(preceding-sibling::node()[1][self::text()][string-length(normalize-space()) < 30]["
    + " or ".join(f"contains({_LOWER_TEXT}, '{w}')" for w in _UPDATE_LABELS)
    + "])]"
)
#: A text that opens with an update's label ("Stand: 05.04.2024", "Last updated: ...").
_STARTS_WITH_UPDATE_LABEL = " or ".join(
    f"starts-with({_LOWER_TEXT}, '{w}')" for w in (*_UPDATE_LABELS, "last updated")
)
#: The first letters of the update's labels, which a text opening with one starts with.
_UPDATE_LABEL_INITIALS = "".join(dict.fromkeys(w[0] for w in (*_UPDATE_LABELS, "last updated")))
#: Not a date-classed element whose text opens with an update's label. (Its first letter is
#: tested first: libxml2 builds the lowered text anew for each label, 80 times; a text of
#: another first letter, as a date's digit, is then built once.)
_NOT_UPDATE_TEXT = (
    f"[not(contains('{_UPDATE_LABEL_INITIALS}',"
    f" {_LOWER.format('substring(normalize-space(), 1, 1)')})"
    f" and ({_STARTS_WITH_UPDATE_LABEL}))]"
)
#: Not a ``<time>`` the page prints as the last update: after an update's label or
#: opening with one (Foxiz's ``<time class="updated-date">Last updated: ...</time>``, before
#: the published one), or of class "updated" (hAtom's) without "published" beside another
#: ``<time>`` (GeneratePress prints ``<time class="updated">`` before ``<time
#: class="entry-date published">``).
_NOT_AN_UPDATE = (
    f"{_NOT_AFTER_UPDATE_LABEL}{_NOT_UPDATE_TEXT}[not(contains(@class, 'updated')"
    " and not(contains(@class, 'published'))"
    " and (preceding-sibling::time or following-sibling::time))]"
)
#: A calendar's or a clock's icon (Font Awesome's "fa-calendar", "fa-clock-o", Bootstrap's
#: "glyphicon-time", "icon-clock", "dashicons-calendar-alt"), without text, before a text
#: that is no update's label ("Updated: May 5, 2022").
_DATE_ICON = (
    "[contains(@class, 'calendar') or contains(@class, 'clock') or contains(@class, 'icon-time')]"
    f"[not(normalize-space())][following-sibling::text()[1]{_NOT_UPDATE_TEXT}]"
)
#: The element right after a date's icon, when no text comes between: a link, a span, a
#: ``<time>`` or bold type holding the date (not an update's label).
_ICON_ELEMENT = (
    "following-sibling::node()[self::* or normalize-space()][1]"
    "[self::a or self::span or self::time or self::b or self::strong]" + _NOT_UPDATE_TEXT
)
#: The classes of a printed date: "date" ("post-date", "entry-date", "dateline"), and of its
#: publication ("published", hAtom's, "publish-info", "publish_date", "pubdate"; not
#: WordPress's "status-publish" of every post's and teaser's <article>).
_DATE_CLASS = (
    "contains(@class, 'date') or contains(@class, 'Date') or contains(@class, 'published')"
    " or contains(@class, 'publish-') or contains(@class, 'publish_')"
)
#: The date-classed elements below the context, found over their class attributes: libxml2
#: then tests the attributes' values, where ``descendant::*[...]`` looked up each element's
#: class for each test (a quarter less time).
_DATE_CLASSED = "descendant::*/@class[" + _DATE_CLASS.replace("@class", ".") + "]/parent::*"
GENERIC_PUBLISHED = (
    f"//*[@itemprop='datePublished']{_OWN_ITEM}{_WIDGETS_BUT_BODY}/@content",
    f"//*[@itemprop='datePublished']{_OWN_ITEM}{_WIDGETS_BUT_BODY}/@datetime",
    # microdata printed as the element's text (Astra's ``<span class="published"
    # itemprop="datePublished"> April 2, 2024 </span>``, no <time> anywhere)
    f"//*[@itemprop='datePublished'][not(@content or @datetime or *)]{_OWN_ITEM}"
    f"{_WIDGETS_BUT_BODY}/text()[normalize-space()]",
    # (not a reader comment's: themes print each comment as an <article> with a <header>)
    # (nor a teaser's, in a list of other stories inside the <article>)
    f"//article/descendant::header/descendant::time{_NOT_AN_UPDATE}{_NOT_LISTED_STORY}"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/@datetime",
    # (not an embedded post's: a tweet or an Instagram photo quoted in a <blockquote>)
    f"//article/descendant::time[@datetime][not(ancestor::blockquote)]{_NOT_AN_UPDATE}"
    f"{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/@datetime",
    f"//main/descendant::time[@datetime][not(ancestor::blockquote)]{_NOT_AN_UPDATE}"
    f"{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/@datetime",
    # the date printed beside the headline, in the headline's block (not its teasers',
    # nor a list of other stories with their days: when the headline is two or three
    # levels below <body>, its block is the whole page, the unmarked sidebar's list too)
    f"{_HEADLINE_BLOCK}/{_DATE_CLASSED}[not(ancestor::blockquote)]"
    f"[not({_NOT_ITS_DATE})]{_NOT_UPDATE_TEXT}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}"
    f"{_NOT_IN_SITE_HEADER}{_NOT_LISTED_STORY}/text()[normalize-space()]",
    # a classless timestamp there: a short element holding a day and a time of day alone
    # ("12.03.2024, 14:30", "Thursday, November 9, 2023 4:41AM"; not an embedded post's,
    # in its <blockquote>: Instagram's "Feb 2, 2024 at 2:00am PST")
    f"{_HEADLINE_BLOCK}//*[self::span or self::time or self::p"
    " or self::div][not(*)][contains(., ':')][string-length(normalize-space()) <= 40]"
    "[not(ancestor::blockquote)]"
    f"[not({_NOT_ITS_DATE})]{_NOT_UPDATE_TEXT}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}"
    f"{_NOT_IN_SITE_HEADER}{_NOT_LISTED_STORY}"
    "/text()[normalize-space()]",
    # the text right after a calendar's or a clock's icon there ("<i class="fa
    # fa-calendar"></i> May 4, 2022", "<span class="glyphicon glyphicon-time"></span> ...")
    f"{_HEADLINE_BLOCK}//*[self::i or self::span]{_DATE_ICON}[not(ancestor::blockquote)]"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}{_NOT_IN_SITE_HEADER}{_NOT_LISTED_STORY}"
    "/following-sibling::text()[1][normalize-space()]",
    f"//article/descendant::*[self::i or self::span]{_DATE_ICON}[not(ancestor::blockquote)]"
    f"{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}"
    "/following-sibling::text()[1][normalize-space()]",
    # or the link or the element after it ("<i class="fa fa-calendar"></i> <a href="#"
    # rel="bookmark">Mai 03, 2017</a>", Blogger's and WordPress's themes)
    f"{_HEADLINE_BLOCK}//*[self::i or self::span]{_DATE_ICON}[not(ancestor::blockquote)]"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}{_NOT_IN_SITE_HEADER}{_NOT_LISTED_STORY}"
    f"/{_ICON_ELEMENT}",
    f"//article/descendant::*[self::i or self::span]{_DATE_ICON}[not(ancestor::blockquote)]"
    f"{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/{_ICON_ELEMENT}",
    # a <time> without its machine-readable value, its text the date ("<time>7. März
    # 2024</time>"), by the headline or in the article
    f"{_HEADLINE_BLOCK}//time[not(@datetime)][not(ancestor::blockquote)]{_NOT_AN_UPDATE}"
    f"{_NOT_UPDATE_TEXT}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}{_NOT_IN_SITE_HEADER}"
    f"{_NOT_LISTED_STORY}",
    f"//article/descendant::time[not(@datetime)][not(ancestor::blockquote)]{_NOT_AN_UPDATE}"
    f"{_NOT_UPDATE_TEXT}{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}",
    f"//main/descendant::time[not(@datetime)][not(ancestor::blockquote)]{_NOT_AN_UPDATE}"
    f"{_NOT_UPDATE_TEXT}{_NOT_LISTED_STORY}{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}",
    # a date-classed element in the article, of a page whose headline is no <h1> (a blog
    # titling its post with an <h2>): "<article><h2>...</h2><span class="entry-date">"
    f"//article/{_DATE_CLASSED}"
    f"[not({_NOT_ITS_DATE})][not(ancestor::blockquote)]{_NOT_UPDATE_TEXT}{_NOT_LISTED_STORY}"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/text()[normalize-space()]",
    # the last update, when the page prints no other date ("Stand: 05.04.2024 08:00 Uhr")
    f"//article/descendant::time[@datetime][not(ancestor::blockquote)]{_NOT_LISTED_STORY}"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/@datetime",
    f"//main/descendant::time[@datetime][not(ancestor::blockquote)]{_NOT_LISTED_STORY}"
    f"{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}/@datetime",
    f"{_HEADLINE_BLOCK}/{_DATE_CLASSED}[not(ancestor::blockquote)]"
    f"[not({_NOT_ITS_DATE})]{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}{_NOT_IN_SITE_HEADER}"
    f"{_NOT_LISTED_STORY}/text()[normalize-space()]",
)
#: The texts of the elements by the headline that hold no other (``printed_updates``),
#: and whether one's element is the story's own (no quotation's, widget's or teaser's).
_TEXTS_BY_HEADLINE = etree.XPath(f"{_HEADLINE_BLOCK}//*[not(*)]/text()")
_STORYS_OWN = etree.XPath(
    f"boolean(self::*[not(ancestor::blockquote)]{_WIDGETS_BUT_BODY}{_NOT_STORY_TEASER}"
    f"{_NOT_IN_SITE_HEADER}{_NOT_LISTED_STORY})"
)
_UPDATE_LABEL_FIRST = re.compile(
    "^(?:" + "|".join(map(re.escape, (*_UPDATE_LABELS, "last updated"))) + r")\b.*\d",
    re.IGNORECASE,
)


def printed_updates(doc: html.HtmlElement) -> list[str]:
    """The texts by the headline that open with an update's label and hold a digit
    ("Updated 6:42 PM EST Nov. 5, 2024", "Last Updated: Nov 05, 2024, 18:42 IST"): the
    date of a page that prints no publication (read only then: the labels are matched
    on each short text, and only a match's element is tested further).

    >>> printed_updates(html.fromstring('<div><h1>Ferry</h1><p>Updated: May 5, 2024</p></div>'))
    ['Updated: May 5, 2024']
    """
    found = []
    for text in _TEXTS_BY_HEADLINE(doc):
        if len(text) > 200:
            continue
        flat = " ".join(text.split())
        if len(flat) <= 60 and _UPDATE_LABEL_FIRST.match(flat) and _STORYS_OWN(text.getparent()):
            found.append(flat)
    return found


#: Classes of the item a meta block prints the last update in (SmartMag's "update-time",
#: Jannah's "last-updated"); a bare "updated" is hAtom's, often on the posting date.
_UPDATE_ITEM = (
    "contains(@class, 'update-time') or contains(@class, 'updated-time')"
    " or contains(@class, 'last-updated') or contains(@class, 'last-modified')"
    " or contains(@class, 'modified-date') or contains(@class, 'date-modified')"
    # BLOX (TownNews) and others: "asset-updated", "date-updated", "updated-date"
    " or contains(@class, 'asset-updated') or contains(@class, 'date-updated')"
    " or contains(@class, 'updated-date')"
)
GENERIC_MODIFIED = (
    f"//*[@itemprop='dateModified']{_OWN_ITEM}/@content",
    f"//*[@itemprop='dateModified']{_OWN_ITEM}/@datetime",
    f"{_HEADLINE_BLOCK}//*[{_UPDATE_ITEM}]//time/@datetime",
    # printed as text after its label (Jannah's "Last Updated: April 23, 2024")
    f"{_HEADLINE_BLOCK}//*[{_UPDATE_ITEM}][not(.//time)]/text()[normalize-space()]",
)
#: Where a name is no byline (``metadata.NOT_A_BYLINE``), and an image's credit or licence
#: (its photographer) and a pull quote's source, by their classes.
_NOT_CREDITS = (
    f"[not({NOT_A_BYLINE}"
    " or ancestor-or-self::*[contains(@class, 'license') or contains(@class, 'caption')"
    " or contains(@class, 'copyright') or contains(@class, 'quote')])]"
)
GENERIC_AUTHORS = (
    "//*[@itemprop='author']//*[@itemprop='name']/@content",
    f"//*[@itemprop='author']//*[@itemprop='name']{_OUTSIDE_WIDGETS}",
    f"//*[@itemprop='author'][not(.//*[@itemprop='name'])]{_OUTSIDE_WIDGETS}",
    f"//a[@rel='author']{_OUTSIDE_WIDGETS}",
    f"//*[{_has_class('byline')}]{_OUTSIDE_WIDGETS}{_NOT_TEASER}",
    # (the elements whose class or id may say so, found over the attribute nodes: a test
    # of every element's tag and class took three times as long)
    "(//@class[contains(., 'uthor') or contains(., 'yline')]/.. | //@id[.='author']/..)"
    "[self::a or self::span or self::div or self::p or self::strong or self::address]"
    "[contains(@class, 'author-name') or contains(@class, 'authorName')"
    " or contains(@class, 'AuthorName') or contains(@class, 'author__name')"
    " or contains(@class, 'byline__name') or contains(@class, 'article-author')"
    " or contains(@class, 'post-author') or contains(@class, 'entry-author')"
    f" or {_has_class('author')} or @id='author']{_OUTSIDE_WIDGETS}{_NOT_CREDITS}{_NOT_TEASER}",
    # (a blog's masthead may be the site's own hCard: its name links to the home page)
    "//*[contains(@class, 'vcard')]//*[contains(@class, 'fn')]"
    f"[not(ancestor-or-self::a{_HOME_LINK})]{_OUTSIDE_WIDGETS}",
    # (found over the class attributes too, as ``_DATE_CLASSED``)
    "/descendant::*/@class[contains(., 'author') and not(contains(., 'box') or contains(., 'bio')"
    " or contains(., 'avatar') or contains(., 'image') or contains(., 'img')"
    " or contains(., 'comment'))]/parent::*"
    f"[not(.//*[contains(@class, 'author')])]{_OUTSIDE_WIDGETS}{_NOT_CREDITS}{_NOT_TEASER}",
)
#: The story's first picture, when neither metadata nor the theme names one: the first
#: figure's in the story's ``<article>``, not a teaser's, and no avatar (a forum post's).
#: (a picture linking to another page is a teaser's; to its own file, the story's)
_NOT_LINKED_AWAY = (
    "[not(ancestor::a[@href][not(contains(@href, '.jpg') or contains(@href, '.jpeg')"
    " or contains(@href, '.png') or contains(@href, '.webp'))])]"
)
GENERIC_IMAGE = (
    "//article[not(contains(@class, 'teaser'))]//figure//img[not(contains(@src, 'avatar'))]"
    f"{_NOT_LINKED_AWAY}{_OUTSIDE_WIDGETS}",
    # a block named for the story's picture, on pages without <article> or <figure>
    # ("artikelbild", "article-image", "lead-image", "featured-image", "aufmacher")
    "//*[contains(@class, 'artikelbild') or contains(@class, 'article-image')"
    " or contains(@class, 'article__image') or contains(@class, 'lead-image')"
    " or contains(@class, 'featured-image') or contains(@class, 'hero-image')"
    " or contains(@class, 'story-image') or contains(@class, 'aufmacher')]"
    "[not(ancestor-or-self::*[contains(@class, 'teaser')])]//img[not(contains(@src, 'avatar'))]"
    f"{_NOT_LINKED_AWAY}{_OUTSIDE_WIDGETS}",
)
GENERIC_RELATED = (
    "//*[contains(@class, 'jp-relatedposts-post')]//a/@href",
    "//*[contains(@class, 'yarpp')]//a/@href",
    "//*[contains(@class, 'crp_related')]//a/@href",
    "//*[contains(@class, 'related-posts') or contains(@class, 'related_posts')"
    " or contains(@class, 'related-articles')]//*[self::h2 or self::h3 or self::h4]//a/@href",
)


class Theme:
    """A CMS theme's rules. Build with keyword lists of CSS (``*_css``) or XPath strings."""

    def __init__(
        self,
        name: str,
        *,
        detect: Iterable[str] = (),
        title: Iterable[str] = (),
        body: Iterable[str] = (),
        noise_css: Iterable[str] = (),
        description: Iterable[str] = (),
        published: Iterable[str] = (),
        modified: Iterable[str] = (),
        authors: Iterable[str] = (),
        section: Iterable[str] = (),
        tags: Iterable[str] = (),
        image: Iterable[str] = (),
        related: Iterable[str] = (),
        body_generic_fallback: bool = True,
        body_when_detected: bool = False,
    ) -> None:
        self.name = name
        self.detect = tuple(Rule(f"boolean({d})") for d in detect)
        self.title = _compile_all((*title, *GENERIC_TITLE))
        self.body = etree.XPath(" | ".join(body)) if body else None
        self.noise = NoiseMatcher((*COMMON_NOISE_CSS, *noise_css))
        self.description = _compile_all(description)
        self.published = _compile_all((*published, *GENERIC_PUBLISHED))
        self.modified = _compile_all((*modified, *GENERIC_MODIFIED))
        self.authors = _compile_all((*authors, *GENERIC_AUTHORS))
        self.section = _compile_all(section)
        self.tags = _compile_all(tags)
        self.image = _compile_all((*image, *GENERIC_IMAGE))
        self.related = _compile_all((*related, *GENERIC_RELATED))
        self.body_generic_fallback = body_generic_fallback
        #: Trust the body rules when the theme was only detected from markup (not declared
        #: by a site profile). Off for CMSs that sites customise heavily (WordPress,
        #: Drupal, TYPO3, Blogger): there the generic extractor measures better (dev half
        #: of the eval corpus), and the rules still give every metadata field.
        self.body_when_detected = body_when_detected

    def __repr__(self) -> str:
        return f"Theme({self.name!r})"

    def body_containers(self, doc: html.HtmlElement) -> list[html.HtmlElement]:
        """The elements the theme's body rule finds, the outermost of nested ones: one on
        an article's page; a listing repeats them per teaser, or has none."""
        if self.body is None:
            return []
        outermost: list[html.HtmlElement] = []
        seen: set[html.HtmlElement] = set()
        for container in self.body(doc)[:MAX_CONTAINERS]:  # (in document order)
            if not any(a in seen for a in container.iterancestors()):
                seen.add(container)
                outermost.append(container)
        return outermost

    def body_paragraphs(
        self, doc: html.HtmlElement, containers: list[html.HtmlElement] | None = None
    ) -> list[str]:
        """Raw paragraphs of the body container with the most text (of ``containers``,
        when the caller found them already).

        Listing-like pages repeat a theme's content class per teaser; the article's own
        body is the largest of them. Nested matches count once (the outermost).
        """
        best: list[str] = []
        best_len = 0
        if containers is None:
            containers = self.body_containers(doc)
        for container in containers:
            paragraphs = block_texts(container, self.noise)
            length = sum(len(p.strip()) for p in paragraphs)
            if length > best_len:
                best, best_len = paragraphs, length
        return best

    def extract(
        self,
        doc: html.HtmlElement,
        overrides: Mapping[str, str] | None = None,
        skip: Collection[str] = (),
        page: PageAttributes | None = None,
        is_date: Callable[[str], bool] | None = None,
    ) -> ThemeFields:
        """Every field's raw candidates from ``doc`` (not mutated); overrides come first.

        ``skip`` names ``ThemeFields`` attributes already answered by structured data
        (or ``"paragraphs"``, a body the caller takes elsewhere): their rules are not run
        (speed), unless an override names them. ``page``: the page's attribute values, when
        the caller shares them with theme detection and the date fallback. ``is_date``:
        whether a value reads as a date, as the caller will parse it (the page's language).
        """
        is_date = is_date or _is_date
        rules = {
            "titles": (self.title, headline_text, None),
            "descriptions": (self.description, element_text, None),
            "published": (self.published, element_text, is_date),
            "modified": (self.modified, element_text, is_date),
            "authors": (self.authors, byline_text, _names_someone),
            "sections": (self.section, element_text, None),
            "tags": (self.tags, element_text, None),
            "images": (self.image, image_source, _story_picture),
            "related": (self.related, element_text, None),
        }
        out = ThemeFields()
        if "paragraphs" not in skip:
            out.paragraphs = self.body_paragraphs(doc)
        page = page or PageAttributes(doc)
        for name, (xpaths, read, accept) in rules.items():
            if name not in skip:
                most = MAX_BYLINE_NAMES if name == "authors" else None
                setattr(out, name, _first_hit(xpaths, doc, read, accept, page, most))
        if out.titles:
            out.headline_forms = _first_headline_forms(self.title, doc, page)
        for key, selector in (overrides or {}).items():
            _apply_override(out, key, selector, doc, self.noise)
        return out


def _first_headline_forms(
    xpaths: tuple[Rule, ...], doc: html.HtmlElement, page: PageAttributes | None = None
) -> list[str]:
    """``headline_forms`` of the element the first matching title rule finds."""
    for xp in xpaths:
        if page is not None and not xp.could_match(page):
            continue
        for r in xp(doc):
            if isinstance(r, html.HtmlElement) and headline_text(r).strip():
                return headline_forms(r)
            if isinstance(r, str) and r.strip():
                return []
    return []


def _compile_all(exprs: Iterable[str]) -> tuple[Rule, ...]:
    return tuple(Rule(e) for e in dict.fromkeys(exprs))


def _is_date(value: str) -> bool:
    return cleaning.parse_date(value) is not None


def _names_someone(value: str) -> bool:
    """A byline naming a person, or a wire (which becomes the agency)."""
    return bool(cleaning.clean_authors([value]) or cleaning.agency_from_byline(value))


def _first_hit(
    xpaths: tuple[Rule, ...],
    doc: html.HtmlElement,
    read: Callable[[html.HtmlElement], str] = element_text,
    accept: Callable[[str], bool] | None = None,
    page: PageAttributes | None = None,
    most: int | None = None,
) -> list[str]:
    """The values of the first XPath that finds any (rules are ordered best first).

    With ``accept``, a rule whose values all fail it (a byline that is only "Staff", a
    date label without a date) does not stop the search. With ``most``, a rule finding
    more distinct values than that (every teaser's byline) gives way to a later rule
    finding fewer, and is kept only when none does; and only the elements of its first
    hit's kind are read (``_first_kind``). Rules that ``page`` shows could not
    match are not run.
    """
    page = page or PageAttributes(doc)
    listed: list[str] = []
    for xp in xpaths:
        if not xp.could_match(page):
            continue
        results = xp(doc)
        if most is not None:
            results = _first_kind(results, read)
        values = _strings(results, read)
        if values and accept is not None and not any(accept(v) for v in values):
            continue
        if values and most is not None and len(set(values)) > most:
            listed = listed or values
            continue
        if values:
            return values
    return listed


def _first_kind(
    results: list[Any], read: Callable[[html.HtmlElement], str] = element_text
) -> list[Any]:
    """The elements of ``results`` of the kind (tag and first class word) of the first one
    with text: the story's bylines (``author``, ``author has-bio``), not the teasers'
    bylines of another kind (``<em class="byline">`` after ``<li class="byline first">``)
    that the rule found too."""
    first = next((r for r in results if isinstance(r, html.HtmlElement) and read(r).strip()), None)
    if first is None:
        return results
    kind = _kind(first)
    return [r for r in results if not isinstance(r, html.HtmlElement) or _kind(r) == kind]


def _kind(el: html.HtmlElement) -> tuple[str, str]:
    classes = (el.get("class") or "").split()
    return el.tag, classes[0] if classes else ""


_OVERRIDE_FIELDS = {
    "title": "titles",
    "description": "descriptions",
    "published_at": "published",
    "published": "published",
    "modified_at": "modified",
    "modified": "modified",
    "authors": "authors",
    "author": "authors",
    "section": "sections",
    "tags": "tags",
    "image_url": "images",
    "image": "images",
    "related_urls": "related",
    "related": "related",
}


def _apply_override(
    out: ThemeFields,
    key: str,
    selector: str,
    doc: html.HtmlElement,
    noise: Callable[[html.HtmlElement], bool],
) -> None:
    xp = compile_selector(selector)
    if key == "body":
        for container in xp(doc):
            if isinstance(container, html.HtmlElement):
                paragraphs = block_texts(container, noise)
                if paragraphs:
                    out.paragraphs = paragraphs
                    return
        return
    attr = _OVERRIDE_FIELDS.get(key)
    if attr is None:
        raise ValueError(f"unknown override field {key!r}")
    found = []
    for r in xp(doc):
        if isinstance(r, html.HtmlElement) and key in ("related", "related_urls"):
            found.extend(r.xpath("descendant-or-self::a/@href"))
        elif isinstance(r, html.HtmlElement) and r.tag in ("img", "amp-img"):
            found.append(image_source(r))  # (a lazy loader's address, not its blank)
        elif isinstance(r, html.HtmlElement) and r.tag in ("time", "meta"):
            found.append(r.get("datetime") or r.get("content") or r.text_content())
        else:
            found.extend(_strings([r], byline_text if attr == "authors" else element_text))
    if found:
        setattr(out, attr, found + getattr(out, attr))


# --------------------------------------------------------------------------------------------
# tagDiv "Newspaper" (classic td-post-* and tdb Cloud Library templates)


def _cls(token: str) -> str:
    """XPath predicate: the element's class attribute contains ``token`` (substring)."""
    return f"contains(@class, '{token}')"


def _under(*tokens: str) -> str:
    """XPath predicate: an ancestor's class contains one of ``tokens``."""
    return "ancestor::*[" + " or ".join(_cls(t) for t in tokens) + "]"


# Rules name the element first (``//h1[...]``, ``//time[...]``) and test ancestors after,
# so libxml2 scans a few elements instead of testing every element's class.

TAGDIV = Theme(
    "tagdiv",
    body_when_detected=True,
    detect=(
        "//link[contains(@href, '/themes/Newspaper') or contains(@href, '/themes/Newsmag')]",
        "/html/body[contains(@class, 'td-') or contains(@class, 'tdb-')]",
        "//div[contains(@class, 'td-post-content') or contains(@class, 'tdb_single_')"
        " or contains(@class, 'td_block_wrap') or contains(@class, 'td-main-content-wrap')]",
    ),
    title=(
        f"//h1[{_under('tdb_single_title')}]",
        f"//h1[{_under('td-post-title')}]",
        "//h1[contains(@class, 'entry-title') or contains(@class, 'tdb-title-text')]",
    ),
    body=(
        "//div[contains(@class, 'tdb_single_content')]/div[contains(@class, 'tdb-block-inner')]",
        f"//div[{_has_class('td-post-content')}]",
        "//div[contains(@class, 'tdb_single_content')]",
    ),
    noise_css=(
        ".td-a-rec",
        ".td-a-ad",
        ".td-a-rec-id-content_inline",
        ".td_spot_img_all",
        "a.td_spot_img_all",
        ".td-post-sharing",
        ".td-post-sharing-top",
        ".td-post-sharing-bottom",
        ".tdb_single_post_share",
        ".td-social-sharing",
        ".td-related",
        ".td_block_related_posts",
        ".tdb_single_related",
        ".td-author-box",
        ".td-post-source-tags",
        ".td-post-next-prev",
        ".tdb_single_next_prev",
        ".td-post-featured-image",
        ".tdb_single_featured_image",
        ".tdb_single_author_box",
        ".td-related-title",
        ".td-module-title",
        ".td-g-rec",
        ".tdi_ad",
        ".td-pb-ad",
        ".td-ad-background-link",
    ),
    description=(
        f"//p[{_under('tdb_single_subtitle')}]",
        "//p[contains(@class, 'td-post-sub-title')]",
    ),
    published=(
        f"//time[{_under('tdb_single_date')}]/@datetime",
        f"//time[contains(@class, 'entry-date')][{_under('td-post-header')}]/@datetime",
        f"//time[{_under('td-post-header', 'td-post-title')}]/@datetime",
    ),
    modified=(
        f"//time[{_under('tdb_single_modified_date')}]/@datetime",
        f"//meta[@itemprop='dateModified'][{_under('td-post-header')}]/@content",
    ),
    authors=(
        f"//a[contains(@class, 'tdb-author-name')][{_under('tdb_single_author')}]",
        # (every teaser module in a sidebar or a related block prints its writer in a
        # ``td-post-author-name`` too: under a desk's byline, "Redacción", those would count)
        f"//a[{_under('td-post-author-name')}]{_OUTSIDE_WIDGETS}",
        f"//*[contains(@class, 'td-author-name')][{_under('td-post-header')}]",
    ),
    section=(
        "//a[contains(@class, 'tdb-entry-category')]",
        f"//li[contains(@class, 'entry-category')][{_under('td-post-header')}]/a",
        "//ul[contains(@class, 'td-category')]//a",
    ),
    tags=(
        "//ul[contains(@class, 'tdb-tags')]//a",
        "//ul[contains(@class, 'td-tags')]//a",
    ),
    image=(
        f"//img[{_under('tdb_single_featured_image')}]",
        f"//img[{_under('td-post-featured-image')}]",
    ),
    related=(
        f"//h3[contains(@class, 'td-module-title')]"
        f"[{_under('tdb_single_related', 'td_block_related_posts', 'td-related')}]//a/@href",
        f"//h3[{_under('tdb_single_related', 'td_block_related_posts')}]//a/@href",
    ),
)


# --------------------------------------------------------------------------------------------
# Generic WordPress (entry-content, post-content, Jetpack, the AMP plugin's reader template)

_ENTRY_META = _under("entry-header", "entry-meta", "post-meta", "posted-on")

WORDPRESS = Theme(
    "wordpress",
    detect=(
        "//meta[@name='generator'][starts-with(@content, 'WordPress')]",
        "//link[contains(@href, '/wp-content/') or contains(@href, '/wp-includes/')]",
        "//script[contains(@src, '/wp-content/') or contains(@src, '/wp-includes/')]",
        "//div[contains(@class, 'entry-content') or contains(@class, 'amp-wp-article')]",
    ),
    title=(
        "//h1[contains(@class, 'entry-title') or contains(@class, 'post-title')"
        " or contains(@class, 'amp-wp-title')]",
        f"//h1[{_under('entry-header')}]",
    ),
    body=(
        f"//article/descendant::div[{_has_class('entry-content')}]",
        f"//div[{_has_class('entry-content')}]",
        f"//div[{_has_class('post-content')}]",
        "//div[contains(@class, 'single-content') or contains(@class, 'article-content')"
        " or contains(@class, 'post-entry') or contains(@class, 'wp-block-post-content')"
        " or contains(@class, 'amp-wp-article-content')]",
    ),
    noise_css=(
        ".jp-relatedposts",
        ".sharedaddy",
        ".sd-block",
        ".sd-content",
        ".wp-block-buttons",
        ".entry-footer",
        ".entry-meta",
        ".post-meta",
        ".wp-block-latest-posts",
        ".wp-block-embed",
        ".wp-block-jetpack-related-posts",
    ),
    published=(
        f"//time[contains(@class, 'published')][{_ENTRY_META}]{_WIDGETS_BUT_BODY}/@datetime",
        f"//time[{_ENTRY_META}]{_NOT_AN_UPDATE}{_WIDGETS_BUT_BODY}/@datetime",
        f"//time[{_under('amp-wp-posted-on')}]/@datetime",
    ),
    # (not a <time class="published updated">: Publisher's day of posting)
    modified=(
        f"//time[contains(@class, 'updated')][not(contains(@class, 'published'))][{_ENTRY_META}]"
        f"{_WIDGETS_BUT_BODY}/@datetime",
    ),
    authors=(
        # (the author's block inside the post's meta: not a page class naming an option,
        # AF Themes' <body class="aft-hide-date-author-in-list">, over the category's link;
        # the links found from the blocks, not each link's ancestors tested: a third of the
        # time)
        f"//*[{_cls('author')}][ancestor-or-self::*"
        f"[{_cls('entry-meta')} or {_cls('entry-header')} or {_cls('byline')}]]//a",
        f"//*[contains(@class, 'fn')][{_under('entry-meta', 'entry-header')}]",
        f"//*[contains(@class, 'amp-wp-author')][{_under('amp-wp-byline')}]",
    ),
    section=(
        f"//*[{_has_class('cat-links')}]//a",
        f"//a[{_under('entry-categories', 'post-categories', 'amp-wp-tax-category')}]",
        # the_category()'s links, and a category link beside the headline (themes name
        # its block as they like: "mg-blog-category", "zox-post-cat", "post-cat-wrap")
        f"//article//a[@rel='category tag']{_OUTSIDE_WIDGETS}",
        f"{_HEADLINE_BLOCK}//a[contains(@href, '/category/')]{_OUTSIDE_WIDGETS}",
    ),
    tags=(
        f"//a[ancestor::*[{_has_class('tags-links')}]]",
        # (block themes' post-terms block marks its category links rel="tag" too)
        "//a[@rel='tag'][not(contains(@href, '/category/'))]",
        f"//a[{_under('amp-wp-tax-tag')}]",
        # Elementor's post-info widget: the terms it lists, of the tag taxonomy
        "//a[contains(@class, 'elementor-post-info__terms-list-item')][contains(@href, '/tag/')]",
    ),
    image=(
        # (not post_class()'s "has-post-thumbnail" on the <article>: any picture in it)
        "//img[ancestor::*[contains(@class, 'post-thumbnail')]"
        f"[not(contains(@class, 'has-post-thumbnail'))]]{_OUTSIDE_WIDGETS}",
        # MH Magazine's plain <img> of the featured picture
        f"//img[ancestor::figure[{_has_class('entry-thumbnail')}]]",
        f"//img[contains(@class, 'wp-post-image')]{_OUTSIDE_WIDGETS}",
        # the first picture of a post that has one (Elementor's featured-image widget)
        f"//img[{_under('post-thumbnail')}]",
        "//img[contains(@class, 'wp-post-image')]",
        "//amp-img[contains(@class, 'wp-post-image')]",
    ),
    related=(
        f"//a[contains(@class, 'jp-relatedposts-post-a')][{_under('jp-relatedposts-post')}]/@href",
        f"//a[{_under('wp-block-jetpack-related-posts')}]/@href",
        # Kadence's "Similar Posts" carousel: the teasers' headline links
        f"//*[self::h2 or self::h3 or self::h4]/a[{_under('entry-related')}]/@href",
        # Publisher's (BetterStudio) "You might also like" block and inline "Related
        # Posts" box: teasers' title links, under a <span> heading the generic rule skips
        f"//a[contains(@class, 'post-url')][{_under('post-related', 'bs-irp')}]/@href",
    ),
)


# --------------------------------------------------------------------------------------------
# Drupal (7 "field-name-*" and 8+ "field--name-*" node markup, RDFa)

DRUPAL = Theme(
    "drupal",
    detect=(
        "//meta[@name='Generator' or @name='generator'][starts-with(@content, 'Drupal')]",
        "//*[@data-drupal-selector or @data-drupal-link-system-path or @data-history-node-id]",
        "//script[contains(., 'Drupal.settings') or contains(@src, '/misc/drupal.js')"
        " or @data-drupal-selector='drupal-settings-json']",
        "//link[contains(@href, '/sites/default/files/')]",
    ),
    title=(
        "//h1[contains(@class, 'page-title') or @id='page-title']",
        "//h1//span[contains(@class, 'field--name-title')]",
        # (the node's own block: <body class="page-node node-type-article"> holds every h1)
        f"//h1[ancestor::*[not(self::body)][{_has_class('node')}]]",
    ),
    body=(
        "//div[contains(@class, 'field--name-body')]",
        "//div[contains(@class, 'field-name-body')]//div[contains(@class, 'field-item')]",
        "//div[contains(@class, 'node__content')]",
        "//article[contains(@class, 'node')]//div[contains(@class, 'content')]",
    ),
    noise_css=(
        ".field--name-field-tags",
        ".field-name-field-tags",
        ".field--type-entity-reference",
        ".links",
        ".node__links",
        ".field--name-field-image",
        ".field-name-field-image",
        ".print-link",
        ".service-links",
        ".submitted",
        ".node__meta",
    ),
    published=(
        # the visible <time> carries the site's offset; RDFa content is often UTC
        f"//time[{_under('node__meta', 'submitted', 'field--name-created')}]/@datetime",
        "//*[@property='dc:date' or @property='schema:dateCreated'"
        " or @property='dc:created']/@content",
        "//*[contains(@class, 'field--name-created') or contains(@class, 'field-name-post-date')"
        " or contains(@class, 'date-display-single')]",
    ),
    modified=("//*[@property='dc:modified' or @property='schema:dateModified']/@content",),
    authors=(
        # a byline field the site added (the reporter's name as text): the account that
        # posted the node ("admin", a web desk) is not who wrote it
        "//*[contains(@class, 'field--name-field-byline') or contains(@class, "
        "'field-name-field-byline') or contains(@class, 'field--name-field-reporter') or "
        "contains(@class, 'field-name-field-reporter') or contains(@class, "
        f"'field--name-field-writer')]{_WIDGETS_BUT_BODY}",
        f"//*[contains(@class, 'field--name-uid')][{_under('node__meta', 'submitted')}]"
        f"{_WIDGETS_BUT_BODY}",
        f"//*[@rel='schema:author' or @rel='sioc:has_creator']{_WIDGETS_BUT_BODY}",
        f"//*[contains(@class, 'username')][{_under('node__meta', 'submitted')}]"
        f"{_WIDGETS_BUT_BODY}",
        "//*[contains(@class, 'field--name-field-author') or contains(@class, "
        "'field-name-field-author')]//a",
    ),
    section=(
        "//*[contains(@class, 'field--name-field-category') or contains(@class, "
        "'field-name-field-category') or contains(@class, 'field--name-field-section')]//a",
    ),
    tags=(f"//a[{_under('field--name-field-tags', 'field-name-field-tags')}]",),
    image=(f"//img[{_under('field--name-field-image', 'field-name-field-image')}]",),
)


# --------------------------------------------------------------------------------------------
# TYPO3 with the "news" extension (tx_news: .news-single) and classic tt_news

#: Not in the news extension's list view (``news-list-view``): its teasers' dates and
#: bylines use the detail view's classes ("news-list-date") too.
_NOT_IN_NEWS_LIST = "[not(ancestor::*[contains(@class, 'news-list-view')])]"

TYPO3 = Theme(
    "typo3",
    detect=(
        "//meta[@name='generator'][contains(@content, 'TYPO3')]",
        "//link[contains(@href, 'typo3conf/') or contains(@href, 'typo3temp/')]",
        "//script[contains(@src, 'typo3conf/') or contains(@src, 'typo3temp/')]",
        "//div[contains(@class, 'news-single')]",
    ),
    title=(
        "//div[contains(@class, 'news-single')]//*[@itemprop='headline']",
        f"//h1[{_under('news-single')}]",
        f"//h2[{_under('news-single-item')}]",
    ),
    body=(
        "//div[contains(@class, 'news-text-wrap')]",
        "//div[contains(@class, 'news-single-item')]",
        "//div[contains(@class, 'news-single')]//*[@itemprop='articleBody']",
    ),
    noise_css=(
        ".news-related",
        ".news-related-wrap",
        ".news-backlink-wrap",
        ".news-img-wrap",
        ".news-list-date",
        ".news-list-category",
        ".news-list-tags",
        ".news-list-author",
        ".news-single-rightbox",
        ".news-single-backlink",
        ".social-share",
    ),
    description=(f"//div[contains(@class, 'teaser-text')][{_under('news-single')}]",),
    # (not a teaser's: a detail page may hold a list view of other stories, "read next")
    published=(
        f"//time[{_under('news-list-date')}]{_NOT_IN_NEWS_LIST}/@datetime",
        f"//meta[@itemprop='datePublished'][{_under('news-single', 'news-list-date')}]"
        f"{_NOT_IN_NEWS_LIST}/@content",
        "//*[contains(@class, 'news-list-date') or contains(@class, 'news-single-rightbox')]"
        f"{_NOT_IN_NEWS_LIST}",
        "//*[contains(@class, 'news-single-timedata')]/text()",  # tt_news: date, then credits
    ),
    authors=(
        f"//*[@itemprop='name'][{_under('news-list-author')}]",
        "//*[contains(@class, 'news-list-author') or contains(@class, 'news-single-author')]",
    ),
    section=(
        f"//a[{_under('news-list-category')}]",
        f"//span[contains(@class, 'news-list-category')][{_under('news-single')}]",
    ),
    tags=(f"//a[{_under('news-list-tags')}]",),
    image=(f"//img[{_under('news-img-wrap', 'news-single-img')}]",),
    related=(f"//a[{_under('news-related-news', 'news-related')}]/@href",),
)


# --------------------------------------------------------------------------------------------
# Blogger / Blogspot (classic "post hentry" layouts and the newer themes)

BLOGGER = Theme(
    "blogger",
    detect=(
        "//meta[@name='generator'][@content='blogger' or @content='Blogger']",
        "//link[contains(@href, 'blogger.com/') or contains(@href, '.blogspot.com/')]"
        "[@rel='service.post' or @rel='EditURI' or @rel='openid.server' or @rel='alternate']",
        "//div[contains(@class, 'post-body')][contains(@id, 'post-body-')]",
    ),
    title=(f"//*[contains(@class, 'post-title')][{_under('post')}]",),
    body=("//div[contains(@class, 'post-body')]",),
    noise_css=(
        ".post-share-buttons",
        ".post-footer",
        ".blog-pager",
        ".post-labels",
        ".related-posts",
        ".post-feeds",
        "#comments",
    ),
    published=(
        f"//abbr[contains(@class, 'published')][{_under('post')}]/@title",
        f"//time[contains(@class, 'published')][{_under('post')}]/@datetime",
        f"//*[contains(@class, 'published')][{_under('post')}]/@title",
        "//h2[contains(@class, 'date-header')]",
    ),
    authors=(
        f"//*[contains(@class, 'fn')][{_under('post-author')}]",
        f"//a[contains(@class, 'g-profile')][{_under('post-author', 'post')}]",
    ),
    tags=(f"//a[{_under('post-labels')}]",),
    image=(f"//img[{_under('post-body')}]",),
)


# --------------------------------------------------------------------------------------------
# Joomla: com_content's article view (Joomla 3 Protostar, 4/5 Cassiopeia: microdata and the
# "article-info" block) and the K2 component's item view ("itemView")

_JOOMLA_ARTICLE = _under("item-page", "com-content-article")

JOOMLA = Theme(
    "joomla",
    detect=(
        "//meta[@name='generator'][starts-with(@content, 'Joomla')]",
        "//script[contains(@class, 'joomla-script-options')]",
        "//link[contains(@href, '/media/templates/site/') or contains(@href, '/media/jui/')"
        " or contains(@href, '/components/com_k2/')]",
        "//div[@id='k2Container'][contains(@class, 'itemView')]",
    ),
    title=(
        f"//*[@itemprop='headline'][{_JOOMLA_ARTICLE}]",
        f"//h2[contains(@class, 'itemTitle')][{_under('itemHeader')}]",
    ),
    body=(
        f"//div[@itemprop='articleBody'][{_JOOMLA_ARTICLE}]",
        "//div[contains(@class, 'itemFullText')]",
    ),
    noise_css=(".pagenavigation", ".article-info", ".tags", ".itemLinks", ".itemToolbar"),
    published=(
        f"//*[contains(@class, 'itemDateCreated')][{_under('itemHeader')}]",
        f"//dd[contains(@class, 'published') or contains(@class, 'create')]"
        f"[{_under('article-info')}]/time/@datetime",
    ),
    authors=(
        "//dd[contains(@class, 'createdby')]//*[@itemprop='name']",
        "//dd[contains(@class, 'createdby')]",
        f"//*[contains(@class, 'itemAuthor')][{_under('itemHeader')}]//a",
        f"//*[contains(@class, 'itemAuthor')][{_under('itemHeader')}]",
    ),
    section=(
        f"//dd[contains(@class, 'category-name')][{_under('article-info')}]//a",
        f"//a[{_under('itemCategory')}]",
    ),
    tags=(
        f"//ul[contains(@class, 'tags')][{_JOOMLA_ARTICLE}]//a",
        "//ul[contains(@class, 'itemTags')]//a",
    ),
    image=(
        f"//figure[contains(@class, 'item-image')][{_JOOMLA_ARTICLE}]//img",
        f"//img[{_under('itemImage')}]",
    ),
    related=(
        "//ul[contains(@class, 'relateditems')]//a/@href",
        "//*[contains(@class, 'itemRelated')]//a/@href",
    ),
)


# --------------------------------------------------------------------------------------------
# Ghost (Casper and the themes built on it: "article" / "post-full", "gh-content")

GHOST = Theme(
    "ghost",
    detect=(
        "//meta[@name='generator'][starts-with(@content, 'Ghost')]",
        "//script[@data-ghost]",
        "//section[contains(@class, 'gh-content')] | //div[contains(@class, 'gh-content')]",
    ),
    title=("//h1[contains(@class, 'article-title') or contains(@class, 'post-full-title')]",),
    body=(
        "//section[contains(@class, 'gh-content')] | //div[contains(@class, 'gh-content')]",
        "//section[contains(@class, 'post-full-content')]",
    ),
    noise_css=(".kg-signup-card", ".kg-callout-card", ".kg-cta-card"),
    authors=(
        f"//*[contains(@class, 'author-name')][{_under('article-byline', 'post-full-byline')}]",
    ),
    published=(
        "//time[contains(@class, 'byline-meta-date')]/@datetime",
        f"//time[{_under('post-full-meta')}]/@datetime",
    ),
    # the primary tag, printed above the headline
    section=(
        f"//a[{_under('article-tag')}][{_under('article-header')}]",
        f"//a[{_under('post-full-tags', 'post-full-meta')}]",
    ),
    related=(
        f"//a[contains(@class, 'post-card-content-link')][{_under('read-more', 'read-next')}]"
        "/@href",
    ),
)


#: The generic rules alone, for pages of no known theme (the body comes from body.py).
GENERIC = Theme("generic")

#: Known themes, in detection order (specific before generic WordPress).
THEMES: dict[str, Theme] = {
    t.name: t for t in (TAGDIV, DRUPAL, TYPO3, BLOGGER, JOOMLA, GHOST, WORDPRESS)
}


def get_theme(name: str | None) -> Theme | None:
    """The theme called ``name`` (None for unknown or no name)."""
    return THEMES.get(name.strip().lower()) if name else None


def detect_theme(doc: html.HtmlElement, page: PageAttributes | None = None) -> str | None:
    """The name of the first theme whose markers ``doc`` carries, or None. ``page``: the
    page's attribute values, when the caller already fetches them for other rules."""
    page = page or PageAttributes(doc)
    for theme in THEMES.values():
        if any(marker.could_match(page) and marker(doc) for marker in theme.detect):
            return theme.name
    return None
