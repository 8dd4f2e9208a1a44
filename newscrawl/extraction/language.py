"""The language a page is written in, read from its text (py3langid).

Pages often declare no language, or the wrong one: WordPress installs keep the
``<html lang="en-US">`` of their setup on German, Bengali or Spanish sites. The text
then says what the page is in (``written_in``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from lxml import html

#: Text shorter than this says too little to tell its language reliably.
MIN_CHARS = 200
#: The text read to tell it (more adds time, not certainty).
MAX_CHARS = 1200
#: How sure the identifier must be (its normalised probability) to contradict the page.
MIN_PROBABILITY = 0.95

#: Where a paragraph is page chrome, not the page's prose.
_NOT_PROSE = frozenset({"nav", "footer", "aside", "form"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with probabilities (loads its model once, ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is in, or None when it is too short
    to tell or the identifier is unsure.

    >>> detect_language(
    ...     "Die Gemeinde hat am Dienstag beschlossen, das Dorffest im Sommer wieder auf dem"
    ...     " Marktplatz zu feiern, wie der Bürgermeister mitteilte. Die Vereine freuen sich"
    ...     " über die Entscheidung und wollen schon bald mit den Vorbereitungen beginnen."
    ... )
    'de'
    >>> detect_language("Kurz.") is None
    True
    """
    sample = " ".join(text[:MAX_CHARS].split())
    if len(sample) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return language if probability >= MIN_PROBABILITY else None


def text_sample(doc: html.HtmlElement) -> str:
    """The page's paragraphs' text (not its menus or footer), enough to tell its language."""
    parts: list[str] = []
    size = 0
    # read lazily, paragraph by paragraph: a page of 40,000 paragraphs needs its first few
    for paragraph in doc.iter("p"):
        if any(a.tag in _NOT_PROSE or a.tag == "p" for a in paragraph.iterancestors()):
            continue  # chrome, or a paragraph nested in one whose text is read already
        for text in paragraph.itertext():
            parts.append(text)
            size += len(text)
        if size >= MAX_CHARS:
            break
    return " ".join(parts)


def worth_telling(declared: str | None) -> bool:
    """Whether the text's language could change the page's (``written_in``): only when
    the page declares none, or English.

    >>> worth_telling(None), worth_telling("en-US"), worth_telling("de")
    (True, True, False)
    """
    return not declared or declared.split("-")[0].lower() == "en"


def written_in(declared: str | None, detected: str | None) -> str | None:
    """The page's language: the declared tag, unless the page declares none or English
    (the CMS's default, left in place on sites in other languages) and its text is in
    another language. Other declarations stand: the identifier may confuse a language
    with a close one of the same script (Assamese and Bengali, Marathi and Hindi).

    >>> written_in("de-CH", "de"), written_in("en-US", "de"), written_in(None, "fr")
    ('de-CH', 'de', 'fr')
    >>> written_in("en", None), written_in("as", "bn")
    ('en', 'as')
    """
    if not declared or not detected:
        return declared or detected
    return detected if worth_telling(declared) and detected != "en" else declared
