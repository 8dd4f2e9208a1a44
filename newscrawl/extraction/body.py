"""Generic main-content extractor: the body of a page no theme rule knows.

trafilatura finds the main text (it measures best of the open extractors on the
evaluation corpus); this module then applies this project's noise rules to its
paragraphs (``body_filters``): ad placeholders, share labels, related blocks, empty
labels, credits, subscription appeals.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura

from newscrawl.extraction.body_filters import filter_paragraphs

_WS = re.compile(r"\s+")


def _paragraphs(text: str | None) -> list[str]:
    out = []
    for line in (text or "").split("\n"):
        line = _WS.sub(" ", line).strip()
        if line:
            out.append(line)
    return out


def extract_body(doc: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """Main text of a page as paragraphs (whitespace collapsed), noise removed.

    Does not mutate ``doc`` (trafilatura works on its own copy of the tree).
    """
    result = trafilatura.bare_extraction(
        doc,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_formatting=False,
    )
    if result is None:
        return []
    return filter_paragraphs(_paragraphs(result.text))
