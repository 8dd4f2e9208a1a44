"""Boilerplate line filters applied to an extracted body, paragraph by paragraph.

Generic, multilingual (en, de, fr, es, pt, it, pl) lexicons of what news pages put
between and after article paragraphs: "read also" lead-ins, photo credits, subscription
and follow-us appeals, copyright lines, empty labels, comment counters and related-block
headings with their teaser titles. Each rule only fires on short lines, so article
sentences that merely mention these words are kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from lxml import etree

from newscrawl.cleaning import (
    AUTHOR_HEADING,
    AUTHOR_HEADINGS,
    COLON_BYLINE_LABELS,
    DAY_IN_WORDS,
    OUR_REPORTER,
    ROMANCE_BY_LABELS,
    SHARE_VERBS,
    after_place,
    plain,
)

_I = re.IGNORECASE
#: A pattern's escapes (``\W``, ``\S``, ``\.``): not letters to match.
_ESCAPE = re.compile(r"\\.")


def _lowercase_search(pattern: str) -> re.Pattern[str] | ScreenedPattern:
    r"""``pattern``, written in lowercase, to search a text lowercased once (``str.lower``)
    rather than with IGNORECASE: Python's ``re`` scans two to three times as fast without
    it, and ``is_boilerplate`` runs a dozen searches on every short paragraph of a page.
    Screened by the literals every match contains, when it has a few (``ScreenedPattern``).

    >>> _lowercase_search(r"\bsign up\b").search("please sign up now".lower()) is not None
    True
    >>> _lowercase_search(r"Sign up")
    Traceback (most recent call last):
    ValueError: a pattern to search lowercased text with must be lowercase: 'Sign up'
    """
    letters = _ESCAPE.sub("", pattern)
    if letters != letters.lower():
        raise ValueError(f"a pattern to search lowercased text with must be lowercase: {pattern!r}")
    compiled = re.compile(pattern)
    literals = required_literals(pattern)
    if literals and len(literals) <= _MOST_SCREEN_LITERALS:
        return ScreenedPattern(compiled, literals)
    return compiled


#: The most literals a screen tests before the search (``in`` for each): the longest lists
#: (``_APPEAL_STRONG``'s 31, ``_FURNITURE``'s 58) still took 0.06 ms a page more off
#: ``is_boilerplate`` on the eval pages than screening only lists of 16 or fewer.
_MOST_SCREEN_LITERALS = 64
#: The shortest literal worth a screen.
_SHORTEST_SCREEN_LITERAL = 3


class ScreenedPattern:
    """A compiled pattern searched only in a text holding one of ``literals``, strings that
    every match of it contains (``required_literals``): most paragraphs hold none, and
    ``str``'s ``in`` finds a literal many times faster than ``re`` tries an alternation
    at every position."""

    __slots__ = ("compiled", "literals")

    def __init__(self, compiled: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.literals = literals

    def search(self, text: str) -> re.Match[str] | None:
        for literal in self.literals:
            if literal in text:
                return self.compiled.search(text)
        return None


class CaselessScreen:
    r"""A pattern written in lowercase, searched case-insensitively, but only in a text that
    holds one of the literals every match contains (``required_literals``) in any case: the
    class, id and style values ``page_blocks`` tests rarely do, and ``re`` tries an
    IGNORECASE alternation at every position several times slower than ``str.lower`` and
    ``in``. A text that is not ASCII is always searched (IGNORECASE also matches "ſ" to
    "s", the Kelvin sign to "k").

    >>> p = CaselessScreen(r"(?:^|\s)author[-_]?box")
    >>> p.literals, bool(p.search("post AuthorBox")), p.search("post-header"), p.search("ſ")
    (('author',), True, None, None)
    """

    __slots__ = ("compiled", "literals")

    def __init__(self, pattern: str) -> None:
        self.compiled = re.compile(pattern, re.IGNORECASE)
        literals = required_literals(pattern) or ()
        # (only literals that ``str.lower`` leaves as they are screen lowercased text)
        lowercase_ascii = all(lit.isascii() and lit == lit.lower() for lit in literals)
        self.literals = literals if lowercase_ascii else ()

    def search(self, text: str) -> re.Match[str] | None:
        if self.literals and text.isascii():
            low = text.lower()
            if not any(literal in low for literal in self.literals):
                return None
        return self.compiled.search(text)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    r"""Strings one of which every match of ``pattern`` contains (each of three characters
    or more), or None when the pattern shows none: a literal run of each top-level
    alternative, or of a group or repetition it must match, whichever is the surest.
    Patterns matching case-insensitively have none (a literal would need case folding).

    >>> required_literals(r"^[\w ]{1,40}? moderates all comments\.|\bcomments? are closed\b")
    (' are closed', ' moderates all comments.')
    >>> required_literals(r"\b(?:sign up|subscribe)(?: now)?\b")
    ('sign up', 'subscribe')
    >>> required_literals(r"^\w+ (?:a|the) \d+"), required_literals(r"(?i)cookie")
    (None, None)
    """
    try:
        from re import _constants as sre  # (Python's own regex parser)
        from re import _parser as parser

        parsed = parser.parse(pattern)
    except Exception:  # another Python's internals, or a pattern it reads otherwise
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _alternatives(list(parsed), sre)
    return tuple(sorted(found)) if found else None


def _alternatives(items: list, sre: Any) -> frozenset[str] | None:
    """The literals one of which every match of ``items`` holds (``required_literals``)."""
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        found: set[str] = set()
        for branch in items[0][1][1]:
            literals = _sequence(list(branch), sre)
            if literals is None:
                return None
            found |= literals
        return frozenset(found)
    return _sequence(items, sre)


def _sequence(items: list, sre: Any) -> frozenset[str] | None:
    """The surest literal set of a sequence: its longest shortest literal, then fewest."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if op is sre.AT:  # an anchor (``^``, ``\b``) matches no character: the run goes on
            continue
        prefix = "".join(run)
        if run:
            candidates.append(frozenset([prefix]))
            run = []
        inner = None
        if op is sre.BRANCH:  # alternatives in a group without a name, put in line;
            # their shared start (``(?:sign up|subscribe)``) parsed as the literal before:
            # it goes on into each alternative's own start, when each opens with a literal
            # (not into a literal further in: "expressed (?:below|in (?:the|these)
            # comments)" holds "expressed below" or " comments", not "expressed  comments")
            inner = _branch_literals(prefix, value[1], sre)
        elif op is sre.SUBPATTERN and not value[1] & re.IGNORECASE:  # (group, flags on, off, items)
            inner = _alternatives(list(value[-1]), sre)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
            inner = _alternatives(list(value[2]), sre)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append(frozenset(["".join(run)]))
    sure = [c for c in candidates if min(map(len, c)) >= _SHORTEST_SCREEN_LITERAL]
    if not sure:
        return None
    return max(sure, key=lambda c: (min(map(len, c)), -len(c)))


def _branch_literals(prefix: str, branches: list, sre: Any) -> frozenset[str] | None:
    """The literals of inline alternatives after the literal run ``prefix``: for each, the
    run it opens with after ``prefix`` when that is long enough, else its own surest
    literal; None when one of them has none."""
    found: set[str] = set()
    for branch in branches:
        start = prefix + _leading(list(branch), sre)
        if len(start) >= _SHORTEST_SCREEN_LITERAL:
            found.add(start)
            continue
        own = _alternatives(list(branch), sre)
        if not own:
            return None
        found |= own
    return frozenset(found)


def _leading(items: list, sre: Any) -> str:
    """The literal run a sequence opens with (anchors skipped), or ``""``."""
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
        elif op is not sre.AT:
            break
    return "".join(run)


#: "Read also: <title>" and friends: a link to another article inside the body.
_LEAD_IN = re.compile(
    r"^(?:read (?:more|also)|also read|see also|more ?:|related ?:|"
    r"lesen sie (?:auch|hier|mehr)|auch lesen|mehr zum thema|weiterlesen ?:|"
    r"le puede interesar|(?:también )?te puede interesar|le[eé] (?:también|además)|"
    r"leia (?:também|mais)|lire aussi|à lire aussi|voir aussi|"
    # Latin America's and Brazil's, with their colon ("Te recomendamos visitar ..." and
    # "Saiba mais sobre ..." open sentences): "TE RECOMENDAMOS: <title>", "Entérate: ..."
    # (and Argentina's voseo: "Leé también", "Mirá también", "Enterate:")
    r"(?:te recomendamos|no te pierdas|ent[eé]rate|mir[aá] también|(?:le[eé]|lea|leer) más|"
    r"relacionad[oa]s?|recomendad[oa]s?|saiba mais|veja mais|confira também)\s*:|"
    r"leggi anche|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|lees ook|"
    r"(?:lea|lee) también|veja também|à lire (?:aussi|également)|siehe auch|"
    r"auch interessant|mehr dazu ?:|przeczytaj (?:też|także|również)|"
    # Nordic, Indonesian, Turkish, Slavic, Hungarian, Romanian, Finnish, Greek, Baltic,
    # Vietnamese
    r"läs (?:också|även)|læs også|les også|baca juga|ilgili haber|ayrıca bakınız|"
    r"читайте (?:также|ещё|еще|також)|přečtěte si (?:také|též|i)|čtěte (?:také|též)|"
    r"prečítajte si (?:aj|tiež)|olvassa el ezt is|olvasd el ezt is|citește și|citeste si|"
    r"pročitajte (?:i|još|također)|preberite (?:tudi|še)|lue myös|"
    r"διαβάστε (?:επίσης|ακόμη|ακόμα)|taip pat skaitykite|lasi arī|loe ka|xem thêm|đọc thêm|"
    # Spanish "Ver también", Bulgarian, Serbian Cyrillic, Arabic and Hebrew
    # (with its colon: "Ver también el informe ..." may open a sentence)
    r"ver también\s*:|прочетете (?:още|също)|прочитајте (?:и|још|такође)|اقرأ (?:أيضا|أيضاً)|"
    r"קראו (?:עוד|גם)|"
    r"(?:related|read|watch|see|also|listen|more)\s*:|"
    r"(?:also watch|must (?:read|watch)|don'?t miss)\s*(?:[:|–-]|$))",
    _I,
)


def _indic(words: str) -> str:
    """A regex alternation of ``words`` (Indian-language phrases, "|"-separated) matching them in
    NFC (the body's form; "தொ" is one code point, not two) and in either spelling of a
    letter with a nukta: one code point (``ड़``, U+095C, as pages often write it) or the
    letter and the nukta (``ड`` + U+093C, as NFC writes it: the one code point is excluded
    from composition)."""
    nukta = {}
    singles = (*range(0x0958, 0x0960), 0x09DC, 0x09DD, 0x09DF, 0x0A33, 0x0A36)
    for cp in (*singles, 0x0A59, 0x0A5A, 0x0A5B, 0x0A5E, 0x0B5C, 0x0B5D):
        nukta[unicodedata.normalize("NFD", chr(cp))] = chr(cp)
    out = []
    for word in words.split("|"):
        pattern = re.escape(unicodedata.normalize("NFC", word))
        for pair, single in nukta.items():
            pattern = pattern.replace(re.escape(pair), f"(?:{re.escape(pair)}|{single})")
        out.append(pattern.replace(r"\ ", r"\s+"))
    return "|".join(sorted(out, key=len, reverse=True))


#: "Also read: <title>" in the languages of India, as news sites print it between
#: paragraphs: Hindi, Marathi, Tamil, Telugu, Malayalam, Kannada, Gujarati, Punjabi,
#: Bengali, Assamese, Odia, Urdu.
_INDIC_LEAD_IN = re.compile(
    r"^\W*(?:"
    + _indic(
        "यह भी पढ़ें|ये भी पढ़ें|यह भी पढ़े|ये भी पढ़े|इसे भी पढ़ें|"
        "यह भी देखें|हेही वाचा|हे ही वाचा|हे सुद्धा वाचा|अधिक वाचा|"
        "आणखी वाचा|இதையும் படியுங்கள்|இதையும் படிக்க|இதையும் படிங்க|"
        "இதையும் வாசிக்க|மேலும் படிக்க|மேலும் வாசிக்க|"
        "ఇవి కూడా చదవండి|ఇది కూడా చదవండి|ఇవీ చదవండి|ఇదీ చదవండి|"
        "మరింత చదవండి|ഇതും വായിക്കുക|ഇതും വായിക്കൂ|ഇതുകൂടി വായിക്കുക|"
        "ഇതുകൂടി വായിക്കൂ|കൂടുതൽ വായിക്കുക|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನು ಓದಿ|"
        "ಮತ್ತಷ್ಟು ಓದಿ|આ પણ વાંચો|વધુ વાંચો|ਇਹ ਵੀ ਪੜ੍ਹੋ|ਹੋਰ ਪੜ੍ਹੋ|"
        "আরও পড়ুন|আরো পড়ুন|এটাও পড়ুন|আৰু পঢ়ক|লগতে পঢ়ক|অধিক পঢ়ক|"
        "ଆହୁରି ପଢନ୍ତୁ|ଆହୁରି ପଢ଼ନ୍ତୁ|ଏହା ମଧ୍ୟ ପଢନ୍ତୁ|ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ|"
        "ଅଧିକ ପଢନ୍ତୁ|ଅଧିକ ପଢ଼ନ୍ତୁ|یہ بھی پڑھیں"
    )
    + r")(?:\s*[:：|।–—-]|\s*$)"
)
#: A picture's credit in those languages ("ചിത്രം: ഫയൽ", "(फोटो: फाईल)", "તસવીર: ફાઇલ").
_INDIC_CREDIT = re.compile(
    r"^\(?\s*(?:"
    + _indic(
        "फोटो|फ़ोटो|तस्वीर|चित्र|छायाचित्र|படம்|புகைப்படம்|ఫొటో|ఫోటో|"
        "చిత్రం|ചിത്രം|ഫോട്ടോ|ಚಿತ್ರ|ಫೋಟೋ|ફોટો|તસવીર|ચિત્ર|ਤਸਵੀਰ|ਫੋਟੋ|"
        "ফটো|ছবি|ଫଟୋ|ଚିତ୍ର|تصویر"
    )
    + r")\s*[:：]"
)
#: An ad slot's label alone on its line ("Advertisement" in those languages: Hindi's
#: "विज्ञापन", Marathi's "जाहिरात", ...).
_INDIC_AD = re.compile(
    r"^\W*(?:"
    + _indic("विज्ञापन|जाहिरात|বিজ্ঞাপন|ବିଜ୍ଞାପନ|விளம்பரம்|ప్రకటన|പരസ്യം|ಜಾಹೀರಾತು|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|اشتہار")
    + r")\W*$"
)
#: The heading of a block of related stories in those languages ("संबंधित खबरें").
_INDIC_RELATED = re.compile(
    r"^\W*(?:"
    + _indic(
        "संबंधित|सम्बंधित|सम्बन्धित|தொடர்புடைய|సంబంధిత|ബന്ധപ്പെട്ട|"
        "ಸಂಬಂಧಿತ|સંબંધિત|ਸੰਬੰਧਿਤ|ਸਬੰਧਤ|সম্পর্কিত|সম্পৰ্কিত|ସମ୍ବନ୍ଧିତ|"
        "متعلقہ"
    )
    + r")\s+(?:"
    + _indic(
        "खबरें|ख़बरें|खबर|ख़बर|समाचार|बातम्या|बातमी|लेख|செய்திகள்|"
        "செய்தி|వార్తలు|വാർത്തകൾ|വാർത്ത|ಸುದ್ದಿಗಳು|ಸುದ್ದಿ|સમાચાર|"
        "ਖ਼ਬਰਾਂ|ਖਬਰਾਂ|ਖ਼ਬਰ|খবর|সংবাদ|বাতৰি|ଖବର|ସମ୍ବାଦ|خبریں"
    )
    + r")\W*$"
)

#: Photo and image credits.
_CREDIT = re.compile(
    r"^\(?(?:©|\(c\)\s|fot\.\s|(?:foto|fotos|photo|photos|bild|bilder|titelbild|titelfoto|"
    r"beitragsbild|headerbild|teaserbild|bildquelle|bildnachweis|bildrechte|image|imagen|"
    r"crédits? photos?|credits?|crédito|créditos|fotografía|photo credit|"
    r"foto ?credits?|photo ?credits?|symbolgrafik|"
    r"quelle|source|fuente|fonte|image d'illustration|image illustrative|"
    r"photo d'illustration|illustration|"
    # Cyrillic and Greek: "Снимка: БТА", "Фото: Нишке вести", "Φωτογραφία: ..."
    r"фото|снимка|снимки|фотографија|фотография|φωτογραφία|φωτό)\s*[:.©])"
    r"|^(?:symbolbild|symbolfoto|archivbild|archivfoto)\W*$"
    # a picture library and its photographer alone ("iStock/cjp", "imago images / Ann Lee")
    r"|^(?:istock(?:photo)?|getty ?images|shutterstock|adobe ?stock|imago(?: images)?|"
    r"picture[ -]alliance)\s*/\s*[\w .-]{1,40}$"
    r"|^(?:photo|image|foto|bild) (?:by|von|de|di|par) .{1,60} (?:on|auf|via|en|sur|su) "
    r"(?:unsplash|pexels|pixabay|flickr)\W*$",
    _I,
)
#: A picture's credit naming who made or lent it: "Courtesy G4", "Photo courtesy of the
#: family", "Illustration by Mike Nudelman", "Foto von Ann Lee", "AP Photo/Evan Vucci",
#: "AFP PHOTO / JOHN DOE" (a name follows, capitalised: "Photos by the dozen" is prose).
_CREDIT_BY = re.compile(
    r"^\(?(?i:(?:(?:photos?|photograph|images?|pictures?|illustrations?|graphics?|artwork|"
    r"video|foto|fotos|bild|bilder|imagen|imágenes|ilustración|illustrazione|grafik)\s+)?"
    r"courtesy(?:\s+of)?(?:\s+the)?|(?:photos?|photograph|images?|pictures?|illustrations?|"
    r"graphics?|artwork|video|foto|fotos|bild|bilder|grafik|imagen|ilustración|illustrazione)"
    r"\s+(?:by|von|por|di|par))\s+[A-Z0-9][\w&.'’-]*"
    r"(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|the|and|de|da|del|la|le|van|von|der|family|archives?))"
    r"{0,5}\)?$"
    r"|^\(?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\s+(?i:photo|foto|images?)\s*/\s*"
    r"[\w .'’-]{1,40}\)?$"
)
#: A caption that ends in a wire photographer's credit: "Tapie en 2008. REUTERS/Benoit
#: Tessier", "Firefighters on Friday. Ann Lee/AP" (the credit alone, or after a sentence).
_WIRE = r"(?i:reuters|afp|ap|epa|efe|dpa|ansa|anp|xinhua|getty images|anadolu)"
_WIRE_PHOTO_CREDIT = re.compile(
    r"(?:^\W*|[.!?][\"”]?\s+\(?)"
    rf"(?:{_WIRE}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*/\s*{_WIRE})\W*$"
)
_CREDIT_ANYWHERE = _lowercase_search(
    r"(?:©|\bcopyright\b).{0,60}(?:getty|picture.alliance|dpa|afp|reuters|shutterstock|"
    r"istock|imago|keystone|ap photo|adobe ?stock)"
    r"|\b(?:foto|photo|bild)\s*:\s*©"
    r"|(?:getty images|picture.alliance|shutterstock|istockphoto|stock\.adobe\.com)\s*$",
)
#: Subscription, newsletter, membership and log-in appeals.
_APPEAL = _lowercase_search(
    r"\b(?:subscri\w*|sign up|log ?in|abonn\w*|anmelden|eingeloggt|registriert|"
    r"unterstütze|suscr[ií]b\w*|assine|inscrivez|wesprzyj|zaprenumeruj|"
    # the Nordic and Baltic words for subscribing and subscribers ("Läs vidare – bli
    # prenumerant", "Tilaajana luet kaikki jutut", "Artikli lugemiseks hakka tellijaks!")
    r"prenumer\w*|tilaaja\w*|tellija\w*|abonē\w*|abonent\w*|"
    r"support(?:ing)? (?:us|our (?:work|journalism|reporting|newsroom|mission))|"
    r"(?:exclusivo|exclusive) (?:para|for) (?:suscriptores|assinantes|subscribers)|"
    # "Necesitamos el apoyo de nuestros lectores"
    r"apoyo de (?:sus|nuestros) lectores)\b"
    r"|newsletter",
)
#: Phrases that are appeals whatever surrounds them (paywall, membership, app download).
_APPEAL_STRONG = _lowercase_search(
    r"\b(?:(?:lire|leer|read) (?:la suite|más|the full (?:story|article))|to view the full|"
    r"czytaj dalej|pour accéder|hazte (?:miembro|socio)|download (?:the|our)\b.{0,40}\bapps?|"
    r"apps? for (?:ios|android)|jetzt spenden|soutenez[- ]nous|sostienici|"
    r"apoya (?:nuestro|el) periodismo|unterstützen sie (?:uns|unsere[nr]? \w+)|"
    r"support (?:independent|quality|local) journalism|"
    # a share appeal ("... share this post with them!"), a newsletter's box ("Get top
    # stories emailed to me each day")
    r"share this (?:post|article|story) with|e-?mailed to me (?:each|every) (?:day|week|morning)|"
    # a membership's pitch, in the imperative ("Cancel anytime", Spanish and French too)
    r"cancel anytime|cancela cuando quieras|annulez à tout moment|"
    # a newsletter's promise ("... und erhalten Sie exklusive Angebote!")
    r"(?:erhalten sie|erhältst du|sichern sie sich) exklusive (?:angebote|vorteile|inhalte)|"
    # a paywall's prompt ("Sie möchten gerne weiterlesen?", "Mit der Registrierung ...")
    r"(?:sie )?möchten (?:sie )?(?:gerne )?weiterlesen|want to (?:keep|continue) reading|"
    r"mit der registrierung (?:akzeptiere|stimme) ich|"
    # the Nordic paywall's question ("Vil du læse mere?", "Vill du läsa vidare?")
    r"vil du (?:læse|lese) (?:mere|mer|videre)|vill du läsa (?:mer|vidare))\b"
    # a Japanese paper's paywall ("この記事は会員限定です。... 続きをお読みいただけます。")
    r"|会員限定|続きをお読みいただけます|有料プラン",
)
#: A paywall's prompt where the free part of a story ends ("This article is for
#: subscribers only", "Dieser Artikel ist nur für Abonnenten", "この記事は会員限定です"):
#: the short lines after it are its buttons and plans, as after a related block's heading.
_PAYWALL = _lowercase_search(
    # (the line opens with it, after a bracketed label at most: "［有料会員限定］")
    r"^\W*(?:[［\[][^］\]]{0,20}[］\]]\s*)?"
    r"(?:(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to) "
    r"(?:paying )?(?:subscribers|members)(?: only)?|subscribe to (?:continue|keep) reading|"
    r"(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) "
    r"(?:abonnenten|abonnentinnen|abonnierende|plus-leser)|"
    r"(?:cet article|la suite) est réservée? aux abonnés|"
    r"(?:este|el) (?:artículo|contenido) es exclusivo para (?:suscriptores|socios)|"
    r"(?:この記事は)?会員限定です)",
)
#: An appeal addresses the reader (you, Sie, du, vous, ...) or exclaims.
_ADDRESS = _lowercase_search(
    r"!|\b(?:you|your|our|now|here|today|sie|ihr\w*|du|dich|dein\w*|unser\w*|hier|jetzt|"
    r"tu|tus|usted|nuestr\w*|aquí|ahora|vous|votre|nos|notre|ici|nasz\w*|teraz|voc[eê])\b",
)
#: An appeal that opens with its imperative ("Sign up to get ...", "Abonnieren Sie ...").
_APPEAL_START = re.compile(
    r"^(?:sign up|subscribe|abonnieren sie|melden sie sich|registrieren sie sich|"
    r"keep me (?:up to date|updated|informed|posted)|"
    r"jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren)|"
    r"suscr[ií]bete|abonnez-vous|inscrivez-vous|assine|zapisz się)\b",
    _I,
)
#: Affiliate and advertiser disclosures ("We may receive compensation ...").
_DISCLOSURE = _lowercase_search(
    r"advertiser disclosure|\b(?:we|i) (?:may )?(?:receive|earn|get) (?:a )?(?:small )?"
    r"(?:compensation|commission)|\b(?:eine|erhalten wir eine|erhält eine) (?:kleine )?provision\b|"
    r"\baffiliate[- ]links?\b|provisionslinks?|\bas an amazon associate\b|"
    # a press portal's note on a sponsored release ("Diese Seite zeigt gesponserten
    # Marketing-Inhalt ...")
    r"\bgesponserten (?:marketing-)?inhalt",
)
#: A publisher's note that the story came unedited from a wire's feed ("(Except for the
#: headline, this story has not been edited by NDTV staff and is published from a
#: syndicated feed.)"): each site words it its own way, so the copies of one wire story
#: on several sites would differ by it.
_SYNDICATION_NOTE = _lowercase_search(
    r"^(?=.*\b(?:syndicated(?: news)?|agency) feed\b)"
    r".*\b(?:auto[- ]?generated|unedited|(?:not|been) (?:been )?edited|(?:published|sourced|taken) "
    r"(?:directly )?from)\b",
)
#: Footers that invite to more of the site's news, and counters: "Catch all the Business
#: News ... on Live Mint.", "Read all the Latest News, Breaking News ... here", "Post
#: Views: 1,234", "Story continues below advertisement", an opinion's disclaimer.
#: A paper's own notes around a story, not the story: an appeal for tips, a newsletter's
#: pitch, a paywall's counter, WordPress's comment form, a caption's label ("TOP PHOTO:
#: ..."). (Where the story first appeared stays: it tells a syndicated copy.)
_HOUSE_NOTE = _lowercase_search(
    r"^(?:(?:(?:do you )?have|got) (?:a |any )?(?:news )?(?:tips?|story(?: idea)?|news)\?|"
    # the German tip appeal to the newsroom ("Sie haben einen Hinweis für unsere Redaktion?
    # Schreiben Sie uns ..."; not the police's call for witnesses, which names no "uns")
    r"(?:sie haben|haben sie|hast du|habt ihr)(?=.*\b(?:uns|redaktion)\b) (?:einen |eine )?"
    r"(?:hinweis|tipp|themenvorschlag|themenidee|anregung)\b[^?.!]{0,40}\?|"
    r"click here (?:to (?:read|see|view|get) )?(?:more|all|the latest)\b|"
    r"you(?:'ve|’ve| have) (?:reached|hit|used up) (?:your|the) (?:\w+ )?(?:limit|maximum)\b|"
    r"your email address will not be published|required fields are marked|"
    r"save my name, e-?mail,? and website|notify me of (?:follow-up comments|new posts)|"
    r"(?:top|main|featured|lead|header) (?:photo|image|picture)\s*:|"
    r"photo courtesy of\b|(?:courtesy|file|submitted|representational|representative) "
    r"(?:photo|image|picture|pic)\s*(?::|\.?$)|image source\s*:|"
    # an embed's placeholder (Hearst), an old story's warning (the Guardian)
    r"this content is imported from \w+|this article is more than \w+ (?:years?|months?) old|"
    # a wire's standards note (Reuters' copy), a paper's letters form, a broadcaster's
    # clip's expiry ("Video verfügbar bis 28.02.2021", ARD's and ZDF's sites)
    r"(?:our standards:\s*)?the thomson reuters trust principles|"
    r"(?:submit|send|write) (?:us )?(?:your |a )?letters? to the editor\b|"
    # a paywall's offer, a sign-up form's legal line (BLOX CMS's)
    r"get unlimited (?:digital )?access to\b|"
    r"\W*i understand and agree that registration on or use of this site constitutes|"
    # a prompt to report a typo by selecting it (Russian and Ukrainian sites: "Нашли ошибку?
    # Выделите её и нажмите Ctrl+Enter")
    r".{0,80}\bctrl\s*\+\s*enter\b|"
    # an appeal to follow the paper on a messenger (Indonesian portals: "Simak breaking
    # news ... di WhatsApp Channel"), a comment form's prompt ("Tulis komentar Anda")
    r"(?:simak|ikuti|gabung)\b.{0,120}\b(?:whatsapp|telegram|google news)\b|"
    r"tulis komentar\b|"
    # an opinion piece's call for letters ("Ihre Meinung? Schreiben Sie an ..."), a press
    # portal's footer (news aktuell's: "Original-Content von: ..., übermittelt durch news
    # aktuell"; "Rückfragen bitte an:")
    r"ihre meinung\?\s*schreiben sie\b|original-content von\b.{0,160}\bübermittelt durch\b|"
    r"rückfragen bitte an\s*:?\s*$|"
    # a paper's box for reporting an error ("Haben Sie einen Fehler im Text entdeckt? ...")
    r"(?:haben sie|hast du) einen fehler (?:im (?:text|artikel|beitrag) )?(?:entdeckt|gefunden)\?|"
    r"(?:video|audio|sendung|beitrag) (?:ist )?verfügbar bis\b)"
    r"|\bdelivered (?:straight |directly |right )?to your inbox\b",
)
#: An ad's or a tracker's script printed as text ("(adsbygoogle = window.adsbygoogle ||
#: []).push({});").
_SCRIPT_TEXT = re.compile(
    r"\badsbygoogle\b|\bgoogletag\.|\bgtag\(|\bdataLayer\.push\(|\bdocument\.write\(|"
    r"\bwindow\.\w+\s*=\s*window\.\w+"
)
#: dpa's mark on its copy, as German papers print it ("dpa-infocom, dpa:240303-99-123456/2"),
#: Adnkronos's, as the Italian sites that run its feed print it ("webinfo@adnkronos.com (Web
#: Info)"), or a pointer to the paper's other stories ("Mehr lokale Nachrichten finden Sie
#: hier.").
_PAPER_MARK = _lowercase_search(
    r"\bdpa:\d{6}-\d{2}-\d+/\d+|\bwebinfo@adnkronos\.com\b|"
    r"^mehr (?:lokale |regionale |aktuelle )?(?:nachrichten|news|artikel|infos?) "
    r"(?:finden sie|gibt es|lesen sie) hier|"
    r"^(?:weitere|mehr) informationen(?: zu[mr]? [^.]{1,60})? finden sie hier\W*$",
)
#: Notes found anywhere in a line (lowercased), and the most words of a line each is read in;
#: and an ad's script, in a line of 40 words at most.
_NOTES = ((40, _SYNDICATION_NOTE), (12, _PAPER_MARK), (30, _HOUSE_NOTE))
_SITE_FOOTER = re.compile(
    r"^(?:catch all the\b.{0,120}\bnews\b.{0,120}\bon [\w .]{1,30}\.?|"
    r"read all the latest news\b.{0,160}|"
    r"get (?:all )?the latest [\w ]{0,30}news\b.{0,40}\bon (?:whatsapp|telegram|google news)\b.*|"
    r"stay updated with the latest news\b.{0,80}|"
    r"(?:post )?views:\s*[\d,.]+|spread the love|"
    r"check out more (?:articles|stories|news|posts|videos) (?:on|at|from) [\w .-]{1,30}|"
    # an ad break's label ("Story Continued Below", "Content continues below"; the NYT's
    # "Continue reading the main story")
    r"(?:(?:story|article|content) continue[sd]|continue reading) (?:below|after)"
    r"(?: (?:this |the )?(?:advertisement|ad))?|continue reading the main story|"
    # an opinion column's disclaimer ("Disclaimer: The views expressed are the author's own.")
    r"disclaimer\W{0,3}\b.{0,60}\b(?:views|opinions) expressed\b.{0,240})\W*$",
    _I,
)
#: Page widgets and links that are not text: share prompts ("Like it? Share it!",
#: "Artikel teilen"), rating widgets, recipe buttons, back-to-top/home links.
_WIDGET = re.compile(
    r"^(?:(?:(?:like|liked|love|enjoy(?:ed)?) (?:it|this)\W+)?(?:share (?:it|this)"
    r"(?: (?:article|post|story|page))?|(?:diesen |den )?(?:artikel|beitrag|seite) teilen|"
    r"teile (?:diesen|den) (?:artikel|beitrag))\W*$|"
    r"\(?(?:noch )?keine bewertungen\)?|no ratings yet|be the first to rate|"
    r"(?:click to )?rate this (?:article|post|recipe)!?|"
    # a star rating's legend ("4.5/5 - (2 votes)", "[Total: 0 Average: 0]")
    r"\d(?:[.,]\d+)?/\d+ - \(\d+ (?:votes?|stimmen|bewertungen)\)|"
    r"\[total: \d+ average: [\d.,]+\]|"
    # a social plugin's prompt (Ultimate Social Media)
    r"please follow (?:and|&) like us\W*$|"
    # a script's placeholder ("Loading", "Wird geladen …", "Cargando...")
    r"(?:loading|wird geladen|cargando|chargement|caricamento|carregando)"
    r"\s*(?:\.\.\.|…|\.)?$|(?:loading \w+|working)\s*(?:\.\.\.|…)$|"
    # a reactions widget ("What's Your Reaction? Share this reaction with your friends!")
    r"what(?:'|’)?s your reaction\?\s*(?:share this reaction with your friends)?|"
    # WordPress's (Jetpack's) like button and its heading
    r"like this\W*$|like loading\s*(?:\.\.\.|…)?$|"
    r"jump to recipe|print recipe|rezept (?:aus)?drucken|"
    r"zurück (?:zur|zum|nach) (?:startseite|übersicht|oben|anfang|seitenanfang|liste)|"
    r"back to (?:top|home(?:page)?|overview|the list)|nach oben|volver (?:arriba|al inicio)|"
    r"retour (?:en haut|à l'accueil))",
    _I,
)
#: The messages of a share-by-e-mail or social-share dialog, printed in the page for the
#: script to show ("Invalid email address", "A link has been posted to your Facebook feed").
_SHARE_DIALOG = re.compile(
    r"^[•·*\s-]*(?:an? (?:error|problem) has occurr?ed(?: and)? your (?:e-?mail|message) "
    r"(?:has not|could not|was not) (?:been )?sent|your (?:e-?mail|message) has been sent|"
    r"(?:please enter (?:a )?)?(?:in)?valid e-?mail address(?:es)?|"
    r"you can(?:no|'|’)?t enter more than \d+ e-?mails?|"
    r"sep[ae]rate multiple (?:e-?mail )?addresses with commas|"
    r"an? (?:link|tweet|post) has been (?:posted|sent) to your (?:facebook|twitter|linkedin|"
    r"friend's e-?mail)(?: feed| account| timeline| address)?|"
    r"let (?:your )?friends in your social network know what you are reading about|"
    r"(?:posted|sent|tweeted|shared|e-?mailed)!|please try again|"
    r"(?:link )?(?:copied|kopiert)(?: to clipboard| in die zwischenablage)?!?|"
    r"(?:you )?must enter (?:an e-?mail address|the verification code)\b.*|"
    r"invalid entry: please type the verification code again)\W*$",
    _I,
)
#: A podcast plugin's player bar (WordPress PowerPress): "Podcast: Play in new window |
#: Download (Duration: 4:12 — 3.9MB) | Embed".
_PLAYER = re.compile(r"^podcast: play in new window\b", _I)
#: A link or button alone on its line: site navigation, print/share/rating buttons, "read
#: more" links, feedback and donation prompts, ad labels.
_BUTTON = re.compile(
    r"^(?:(?:jetzt )?teilen(?: \d+)?|twittern|zurück|(?:seite|artikel|beitrag) drucken|"
    r"(?:tweet|link|digg|e-?mail|share|print) this(?: (?:story|article|post|page))?|reprints|"
    r"[“\"]?(?:start|end) quote|now playing|"
    r"click to (?:share on \w+|e-?mail a link to a friend|print)(?: \(opens in new window\))?|"
    r"(?:partager|compartir|condividi|compartilhe|compartilhar) (?:cet article|cette page|"
    r"este artículo|esta noticia|questo articolo|esta matéria|en \w+|sur \w+|su \w+)|"
    r"watch(?: the)? video|video ansehen|listen to (?:this|the) (?:article|story)|audio|"
    # a video player's button with the clip's length ("Play Video - 2:46"), an embed's
    # placeholder ("[Embed]", "[embedded content]")
    r"play video(?:\s*[-–]\s*\d{1,2}:\d{2})?|\[(?:embed(?:ded content)?|video|audio)\]|"
    r"weiterlesen nach der anzeige|lesen sie nach der anzeige weiter|"
    r"connect with us(?: on (?:twitter|facebook))?|"
    r"weitere|mehr|more|"  # a share box's or a menu's "more" button
    r"print (?:this )?(?:page|article|story)|pdf|impressum|datenschutz(?:erklärung)?|agb|"
    r"kontakt|mediadaten|home|startseite|suche|men[uü]|registrieren|hier klicken|click here|"
    r"mehr erfahren|(?:mehr|weitere) infos?|learn more|mehr dazu|zum (?:angebot|artikel)|"
    r"jetzt testen|mehr lesen|weiterlesen|read more|continue reading|keep reading|saiba mais|"
    r"gefällt mir|like|(?:artikel |beitrag )?bewerten|bewertung abgeben|feedback|"
    r"fehler (?:gefunden|melden)|report an? (?:error|typo|correction)|"
    r"(?:war|ist) (?:dieser|der) (?:artikel|beitrag) hilfreich|"
    r"was this (?:article|page|post) helpful|"
    r"(?:hat|haben) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|"
    r"gefällt (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)|"
    r"did you (?:like|enjoy) this (?:article|post|story)|while you(?:'re| are) here|"
    r"before you go|donate(?: now)?|pubblicità|publicité|advertorial|"
    r"(?:alle )?bild(?:er)? anzeigen|show (?:all )?(?:images|photos|pictures)|"
    r"see (?:more |all )?(?:photos|pictures|images)(?: from this (?:story|article))?|"
    r"cookie-?(?:erklärung|richtlinie|policy)|(?:klein)?anzeigen|"
    # German papers' buttons: home, read aloud, bookmark, comment, gallery, paywall labels
    r"zur startseite|(?:artikel )?vorlesen(?: lassen)?|(?:artikel )?merken|"
    r"zur merkliste hinzufügen|(?:jetzt )?kommentieren|diskutieren sie mit|kontakt zur redaktion|"
    r"(?:sie haben |haben sie )?einen fehler (?:entdeckt|gefunden)|"
    r"(?:sie haben )?anmerkungen oder (?:einen )?fehler gefunden\W+schreiben sie uns|"
    r"fehler gefunden\W+jetzt melden|"
    r"(?:(?:hier geht'?s )?zur |zum )?(?:bildergalerie|fotostrecke|bilderstrecke|fotogalerie)"
    r"(?: ansehen| öffnen)?|(?:weitere|mehr) (?:bilder|fotos|videos)|"
    r"alle (?:bilder|fotos|videos|artikel)(?: anzeigen)?|(?:bild|foto) vergrößern|vollbild|zoom|"
    r"(?:video|audio) abspielen|(?:diesen )?artikel anhören|zur übersicht|"
    r"video|plus-artikel|sie lesen einen plus-artikel|ihre meinung ist gefragt|"
    # a paywall's prompt, a consent placeholder of an embed (Borlabs, Embetty, papers' own)
    r"(?:jetzt )?weiterlesen mit \w+|lesen sie (?:jetzt )?(?:mit ihrem (?:abo|abonnement) )?weiter|"
    r"zum weiterlesen bitte (?:einloggen|anmelden|registrieren)|"
    r"(?:externe )?inhalte? von [\w .-]{1,20} (?:laden|anzeigen|entsperren)|"
    r"hier klicken,? um (?:den|diesen) inhalt von [\w .-]{1,20} anzuzeigen|"
    r"um (?:diesen|den) inhalt anzuzeigen,? (?:müssen|muss) .{0,80}\bzustimmen|"
    # other languages' buttons, ad labels and picture labels
    r"réagir|ajouter aux favoris|écouter cet article|vous avez repéré une erreur|"
    r"comparte esta noticia|compartilhe (?:no|na|esta) \w+|deel dit artikel|"
    r"udostępnij na \w+|advertentie|continua após a publicidade|riproduzione riservata|"
    r"(?:photo|foto) (?:d'illustration|di repertorio|de archivo|ilustrativa)|"
    # a writer's initials closing the story ("(asc)", "(mb/dpa)": a wire's credit is kept
    # by the callers that read the agency from it)
    r"\(\s*[a-zäöü]{2,5}(?:\s*[/,]\s*[a-zäöü]{2,5}){0,2}\s*\)|"
    # a wire's desk codes closing its copy (IANS's "tsb/dan", PAP's "ako/ mhr/"; Lusa's
    # capitals between double slashes, "ACG // JMR")
    r"(?-i:[a-z]{2,4}(?:\s*/\s*[a-z]{2,4})+\s*/?)|(?-i:[A-Z]{2,4}(?:\s*//\s*[A-Z]{2,4})+)|"
    # a gallery's counter ("1 / 12", "Bild 1 von 12"), a teaser's age ("vor 2 Stunden", "2
    # hours ago"), a sponsored label, a paywall's and a text-size widget's buttons
    r"(?:bild |foto |image |photo )?\d{1,3}\s*(?:/|von|of)\s*\d{1,3}|"
    r"vor \d+ (?:minuten|stunden|tagen|wochen)|\d+ (?:minutes?|hours?|days?|weeks?) ago|"
    r"gesponsert|(?:jetzt )?abo(?: abschließen)?|text ?size|schriftgröße|a a a|"
    r"(?:auf den |zum )?merkzettel(?: hinzufügen)?)\W*$",
    _I,
)
#: Placeholders of blocked third-party content (consent managers) and script warnings.
_CONSENT = _lowercase_search(
    r"\b(?:externe[rn]? inhalte?|empfohlener redaktioneller inhalt|"
    r"inhalte? (?:von|aus) drittanbietern|drittanbieter-?inhalte?|privacy (?:preferences|settings)|"
    r"(?:cookie|datenschutz|privatsphäre)-?einstellungen)\b"
    r"|\b(?:enable|activate|aktivieren sie|activez|habilita|attiva)\b.{0,30}\bjavascript\b"
    # an embed's stand-in text ("View this post on Instagram") and its consent switches
    r"|\b(?:sieh dir diesen beitrag auf instagram an|view this post on instagram|"
    r"(?:ein beitrag geteilt von|a post shared by) [^()]{1,60}\(@|"
    r"einwilligen bzw\. ablehnen des dienstes|"
    r"erfolgt eine datenübertragung an (?:youtube|google|vimeo|twitter|x|instagram|facebook))\b"
    r"|\bjavascript (?:is |ist )?(?:disabled|deaktiviert|désactivé)",
)
#: The label of a photographer's credit beside the writer's ("Fotos:", "Photos by",
#: Polish "zdjęcia:", Dutch "foto's:").
PICTURES_LABEL = r"(?:fotos?|foto's|bilder?|photos?|pictures?|illustrations?|zdjęci[ae])"
#: A byline's lead-in that names the kind of piece ("Ein Gastbeitrag von", "A column by"),
#: or says the writer took the pictures too ("Text und Fotos:", "Story and photos by").
BYLINE_LEAD_IN = (
    r"(?:ein|eine|a|an)\s+(?:[^\W\d_]+\s+)?(?:beitrag|gastbeitrag|artikel|kommentar|kolumne|"
    r"bericht|reportage|analyse|glosse|essay|interview|column|guest post|commentary|analysis|"
    r"op-ed)"
    r"\s+(?:von|by)|"
    rf"(?:text|texte|story|words)\s*(?:und|and|&|\+)\s*{PICTURES_LABEL}(?:\s+by)?"
)
#: The kind of piece before its writer's name, without an article ("Kommentar von",
#: "Blog Beitrag von", "Artikel von", "Guest post by").
PIECE_BY = (
    r"(?:[^\W\d_]+\s+)?(?:beitrag|gastbeitrag|artikel|kommentar|kolumne|glosse|essay|column|"
    r"guest post|commentary|op-ed)\s+(?:von|by)"
)
#: ``PIECE_BY`` and a full name of capitalised words ("Kommentar von Ann Lee", not
#: "Kommentar von der Redaktion").
_PIECE_BYLINE = re.compile(rf"^{PIECE_BY}(?-i:\s+[^\W\d_a-z]\S*){{2,3}}$", _I)
_CREDIT_NAME = r"(?-i:[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){1,2})"
#: A line that credits the piece's writers by their full names, as a story's opening may
#: ("Ein Interview von Ann Lee mit Bo Wen.", "A guest post by Ann Lee", "Blog Beitrag von
#: Ann Lee und Bo Wen"): ``names`` is who wrote it.
PIECE_CREDIT = re.compile(
    rf"^(?:{BYLINE_LEAD_IN}|{PIECE_BY})\s+(?P<names>{_CREDIT_NAME}"
    rf"(?:\s+(?:und|and|&)\s+{_CREDIT_NAME})?)(?:\s+(?:mit|with)\s+[^.]{{3,60}})?\s*\.?$",
    _I,
)
#: A byline or heading of an author block inside the body ("Von: Jane Doe", "Text: J. Doe",
#: "Ein Gastbeitrag von Jane Doe", "Text: J. Doe / Fotos: Bo Wen", "Über den Autor"): the
#: authors are a field of their own.
_BYLINE = re.compile(
    r"^(?:(?:(?:von|by|autor(?:in)?|autor/in|author|texte?|texto|redakteur(?:in)?|redacción|"
    rf"words|{COLON_BYLINE_LABELS})\s*:|"
    rf"{BYLINE_LEAD_IN}\s*:?|geschrieben von|verfasst von|erstellt von|words by|escrito por|"
    r"geschreven door|scritto da|a cura di|submitted by|contributed by|"
    rf"{OUR_REPORTER}|{ROMANCE_BY_LABELS}|(?:por|par|door)\s*:)"
    r"\s+\S+(?: \S+){0,3}?(?:\s+(?:am|on)\s+[\d./-]+)?"
    rf"(?:(?:\s*[,/|;]\s*|\s+){PICTURES_LABEL}\s*:\s*\S+(?: \S+){{0,3}})?|"
    rf"(?:{AUTHOR_HEADINGS})\W*)$",
    _I,
)
#: The day of publication, then the byline ("Publié le 3 mars 2024 à 10h00 par Ann Lee",
#: "Pubblicato il 3 marzo 2024 da Ann Lee").
_DATED_BYLINE = re.compile(
    r"^(?:publié|publicado|pubblicato|published|posted|veröffentlicht|geschrieben|"
    r"gepubliceerd)(?:\s+(?:le|el|il|on|am|op))?"
    r"\s+(?=\d|[^\W\d_]{3,}\.?\s+\d)[^:]{0,40}?\s(?:par|por|da|by|von|door)\s+"
    r"[^\W\d_]\S*(?: \S+){0,3}$"
    # or a day alone before the byline ("March 3, 2024 by Ann Lee", "03.03.2024 von Ann Lee")
    rf"|^(?:{DAY_IN_WORDS}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})\s+(?:par|por|da|by|von|door)\s+"
    r"(?-i:[^\W\d_a-z]\S*(?: [^\W\d_a-z]\S*){1,2})$"
    # or the byline, then the day ("Publicado por Ann Lee el 3 de marzo de 2024")
    r"|^(?:publié par|publicado por|pubblicato da|published by|posted by|veröffentlicht von|"
    r"geschrieben von|gepubliceerd door)\s+[^\W\d_]\S*(?: \S+){0,3}?"
    r"\s+(?:le|el|il|on|am|op|em)\s+[^:]{0,30}\d[^:]{0,20}$",
    _I,
)
#: A full name, a separator and the day, nothing else ("Ann Lee | March 3, 2024", "Ann Lee,
#: 03.03.2024", with the place between: "Ann Lee | Guwahati | March 3, 2024"): the byline,
#: whose name and day are fields of their own.
_NAME_DAY = re.compile(
    r"^(?-i:[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){1,2})\s*[|·•,–-]\s*(?P<day>.*\d.*)$"
)
#: A breadcrumb trail: "Home / News / ...", "Startseite » Politik » ...", "a › b › c".
_BREADCRUMB = re.compile(
    r"^\W*(?:home|startseite|hauptseite|inicio|accueil|strona główna|homepage)\s*"
    r"(?:[/»›>|]|\s-\s)|^[^»›]{1,40}\s[»›]\s[^»›]{1,40}\s[»›]\s",
    _I,
)
_FOLLOW = re.compile(
    # (after the emoji or arrow that points at it: "👉 Join our WhatsApp group")
    r"^[^\w(\"“]*(?:for (?:the )?(?:latest|more)\b[^,.]{0,60},\s*)?"
    # (after a call of its own: "Stay updated! Join the Herald WhatsApp channel for ...")
    r"(?:(?:stay (?:updated|connected|informed|tuned)|don'?t miss (?:out|a story)|"
    r"never miss (?:a story|an update))\W{1,3})?"
    r"(?:(?:follow (?:us|[\w .@']{1,40}) on|folgen sie uns|folge uns|folgt uns|"
    # "Folgen Sie Neuss Aktuell auch auf Facebook", "Folge der Zeitung bei WhatsApp"
    r"(?:folgen sie|folge|folgt) [\w .@'’-]{1,40}? (?:auf|bei|in) (?:facebook|instagram|x|"
    r"twitter|whatsapp|telegram|threads|tiktok|youtube|linkedin|google news|mastodon|bluesky)|"
    r"s[ií]guenos|siga-nos|segue-nos|únete a (?:nuestro|nuestra) (?:canal|grupo|comunidad)|"
    r"suivez-nous|suivez (?:toute )?l['’]actualité|seguici|obserwuj nas|like us on|"
    # Portuguese: "Siga o Jornal do Vale no Google Notícias", "Participe do canal do g1
    # Campinas no WhatsApp"
    r"siga (?:o |a |os |as )?[\w .'’-]{1,40}? n[oa] (?:google (?:notícias|news)|whatsapp|"
    r"telegram|instagram|facebook)|"
    r"participe (?:do|de nosso|do nosso) (?:canal|grupo|comunidade)[\w .'’-]{0,40}? n[oa] "
    r"(?:whatsapp|telegram)|"
    r"подписывайтесь на|подпишитесь на|підписуйтесь на|bizi takip edin|ikuti kami|"
    r"följ oss|følg os|følg oss|sledujte nás|kövess(?:en)? minket|urmărește-ne|pratite nas|"
    r"seuraa meitä|ακολουθήστε μας|theo dõi)\b|follow us\s*:|"
    r"follow @\w+ for\b|"
    r"(?:click here to )?join our (?:whatsapp|telegram|viber)(?: channel| group| community)?\b|"
    # "Join Tirhut Today on Telegram", "Join our Muzaffarpur WhatsApp group", "Join Vanguardia
    # News WhatsApp Channel Click here"
    r"(?:click here to )?join (?:us|our|the)?[\w .'’]{0,40}?\b(?:on )?(?:whatsapp|telegram|viber)"
    r"(?: channel| group| community)?(?:\s+(?:for|to get)\b|\s*[:!|–-]|\s+click here\W*$|\s*$))",
    _I,
)
#: An appeal to join the paper on a messenger or to follow it on Google News in India's
#: languages ("ताज़ा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें।", "আমাদের হোয়াটসঅ্যাপ চ্যানেলে
#: যোগ দিন", "Google News पर हमें फॉलो करें"): the messenger or the service,
#: then the imperative that ends the line ("व्हाट्सएप से जुड़े मामले" is no appeal).
_INDIC_FOLLOW = re.compile(
    r"(?:whatsapp|telegram|google news|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वॉट्सएप|टेलीग्राम|"
    r"गूगल न्यूज़|गूगल न्यूज|হোয়াটসঅ্যাপ|টেলিগ্রাম|গুগল নিউজ)\b.{0,60}?(?:जुड़ें|जुड़िए|जॉइन करें|ज्वाइन करें|फॉलो करें|"
    r"क्लिक करें|যোগ দিন|যুক্ত হোন|ফলো করুন|ক্লিক করুন)[\W_]*$",
    _I,
)
_LEGAL = _lowercase_search(
    r"^©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"this copy is for your personal,? non-?commercial use only|"
    r"todos los derechos reservados|tous droits réservés|wszelkie prawa zastrzeżone",
)
#: Labels that head metadata, not prose ("Date:", "Share post:", "Kategorie: News").
_LABEL = re.compile(
    r"^(?:share(?: (?:this|post|article|on))?|teilen(?: auf| mit)?|tags?|schlagw(?:ö|oe)rter|"
    r"stichw(?:ö|oe)rter|kategorie|category|categories|rubrik|ressort|posted (?:in|by|on)|"
    r"filed under|"
    r"date|datum|published(?: on| by)?|ver(?:ö|oe)ffentlicht(?: am)?|updated(?: on)?|"
    r"aktualisiert(?: am)?|letzte (?:ä|ae)nderung|last (?:modified|updated)(?: on)?|"
    r"zuletzt aktualisiert|news date|publicado(?: por| el| en)?|mis à jour|schlagworte|"
    r"stichworte|themen|mehr zu|kategorien|stand|erstellt|page revision|last edited|"
    r"first published|"
    # tags and categories in more of the regional press's languages (Nordic, Polish, Czech,
    # Turkish, Cyrillic, Hungarian, Romanian, Croatian and Slovene, Finnish, Greek,
    # Vietnamese, Italian, Spanish, French, Dutch, Portuguese)
    r"etiketter|emneord|kategori|tagi|tagy|etiketler|kategoriler|метки|теги|тэги|рубрика|"
    r"címkék|kategória|etichete|categorii|oznake|kategorija|avainsanat|tunnisteet|"
    r"ετικέτες|từ khóa|chuyên mục|argomenti|etiquetas|mots-clés|mots clés|trefwoorden|"
    r"categorias?|categorie|catégories?)(?!\w)\s*(:?)",
    _I,
)
#: A label that ends in a preposition heads its value without a colon ("Posted in News").
_LABEL_PREPOSITION = re.compile(r"\b(?:on|in|by|under|auf|mit|am|por|el|en)\s*$", _I)
_COMMENTS = re.compile(
    r"^(?:keine kommentare|no comments|\d+\s+(?:comments?|kommentare?)|kommentare|comments|"
    r"leave a (?:comment|reply)|schreibe(?:n sie)? einen kommentar|kommentar schreiben|"
    r"du musst eingeloggt|you must be logged in|(?:sign|log) in to (?:comment|reply)|"
    r"sie sind (?:aktuell )?nicht eingeloggt|"
    r"deja (?:un|tu) comentario|laisser un commentaire|kommentar (?:verfassen|abgeben)|"
    r"hinterlasse(?:n sie)? einen kommentar|(?:post|add|write) a comment|"
    r"join the (?:conversation|discussion)|start a (?:conversation|discussion)\W*$|"
    r"lascia un commento|deixe (?:um|seu) comentário|"
    r"um einen kommentar zu (?:hinterlassen|schreiben|verfassen)|"
    r"(?:please )?enable javascript to view the comments|(?:blog )?comments powered by disqus|"
    r"(?:comentarios|commentaires|commenti|comentários|komentarze|skomentuj)\W*$|"
    r"(?:comments?|kommentare?|comentarios?|commentaires?|komentarze?)\s*\(\d+\))",
    _I,
)
#: Headings of related / recommended blocks; the teaser titles that follow go too.
_RELATED_HEADING = re.compile(
    r"^(?:related(?: articles?| posts?| stor(?:y|ies)| news| content| coverage| videos?)?|"
    r"more (?:stories|news|articles)(?: from [\w .]{1,30})?|more on this(?: story| topic)?|"
    # "More from City Limits", "More in Local News", "More Local News"
    r"more (?:from|in) [\w'&-]+(?: [\w'&.-]+){0,3}(?<!\.)|more(?: \w+){1,2} (?:news|stories)|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|"
    r"recommended(?: for you| stories| articles| news| videos)?|"
    r"top (?:stories|headlines)|most (?:read|popular|viewed)|"
    r"trending(?: now| topics| stories| news)?|web stories|in pics|"
    r"empfohlene (?:beiträge|artikel)|ähnliche (?:artikel|beiträge)|"
    r"weitere(?: \w+){0,3}? (?:artikel|beiträge|themen|nachrichten|meldungen|news|"
    r"\w*tipps|infos?)\b.{0,40}|(?:beiträge|artikel) aus (?:dem|der) \w+|"
    r"(?:das|dies)(?: thema)? könnte (?:sie|dich|euch) auch interessieren|"
    r"meist[- ]?(?:gelesen|diskutiert|kommentiert|geklickt)|v(?:ea|er) también|"
    r"(?:unsere )?empfehlungen|top[- ](?:artikel|themen|news|stories)|"
    r"(?:beliebte|neueste|letzte|aktuelle|neue) (?:beiträge|artikel|posts)|passend zum thema|"
    r"lesen sie (?:dazu |hier )?(?:auch|mehr)|(?:unser )?lesetipps?|a lire aussi|"
    r"les plus lus|nos recommandations|vedi anche|potrebbe interessarti(?: anche)?|"
    r"i più letti|lees ook|meer over dit onderwerp|gerelateerde artikelen|"
    r"more from (?:this|the) (?:author|writer|section)|(?:popular|recent|latest) posts|"
    r"don'?t miss|further reading|check also|(?:auch|mehr) auf [\w.-]+\.\w+|"
    r"(?:kommentierte|beliebte|meistgelesene) artikel|lesen sie auch(?: die folgenden beiträge)?|"
    r"contenido relacionado|noticias relacionadas|art[ií]culos relacionados|"
    r"te puede interesar|articles? (?:liés|similaires)|sur le même sujet|"
    r"conteúdo relacionado|notícias relacionadas|articoli correlati|"
    r"powiązane(?: artykuły)?|zobacz (?:też|również)|polecamy|"
    r"read next|up next|what to read next|editor'?s picks|(?:our )?latest (?:news|stories)|"
    # a block of video teasers ("Popular Video", "More video")
    r"(?:popular|more|featured|trending|top|latest) videos?|"
    r"in other news|related topics|verwandte (?:artikel|themen)|weiterführende links|"
    r"zum thema|mehr aus [\w .-]{1,30}|más leídas|lo más (?:visto|leído)|"
    r"mehr (?:lokale |regionale )?(?:nachrichten|news|meldungen) aus [\w .-]{1,30}|"
    r"mehr zu diesem thema|die redaktion empfiehlt|"
    r"(?:más|otras) noticias|te recomendamos|mais lidas|veja também|"
    r"dans la même rubrique|sur le même thème|à lire (?:aussi|également)|"
    r"potrebbe interessarti|najczęściej czytane|czytaj (?:też|także)|"
    # related blocks' headings and read-more links in more of the regional press's languages
    r"läs mer|læs mere|les mer|lees meer|lue lisää|baca (?:juga|selengkapnya)|czytaj więcej|"
    r"relaterade artiklar|relaterede artikler|relaterte artikler|aiheeseen liittyvät|"
    r"(?:ilgili|benzer) haberler|(?:berita|artikel) terkait|"
    r"похожие (?:статьи|новости)|по теме|схожі (?:статті|новини)|související články|"
    r"kapcsolódó (?:cikkek|hírek)|articole similare|povezani članci|povezane vijesti|"
    r"σχετικά άρθρα|tin liên quan|bài liên quan|"
    # Thai, Japanese, Chinese, Korean and Arabic ("related stories", "further reading")
    r"(?:เรื่อง|ข่าว|บทความ)ที่เกี่ยวข้อง|関連(?:記事|ニュース)|あわせて読みたい|"
    r"相[关關](?:新[闻聞]|[阅閱][读讀]|文章|[报報]道|[报報]導)|延伸[阅閱][读讀]|推[荐薦][阅閱][读讀]|"
    r"관련\s?(?:기사|뉴스)|(?:أخبار|اخبار|مقالات|موضوعات) ذات صلة|"
    # a share line's call ("Share the article")
    r"dela artikeln|del artiklen|del artikkelen|sdílejte článek|podziel się artykułem|"
    r"scroll to continue with content)\s*:?$",
    _I,
)
#: Figure captions, tables of contents, reading times, contact lines, ad disclosures,
#: consent placeholders and next/previous-article links.
_FURNITURE = _lowercase_search(
    r"^(?:(?:abbildung|abb\.|figure|fig\.|grafik|chart|tabelle|table)\s*\d+\s*[:.]|"
    r"(?:inhaltsverzeichnis|table of contents|inhalt|sommaire|índice|spis treści)\s*:?$|"
    # skip links for screen readers ("Hauptinhalt", "Skip to main content")
    r"(?:hauptinhalt|main content|(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|"
    r"skip to (?:main )?content|skip navigation|aller au contenu|ir al contenido|"
    r"passa al contenuto|przejdź do treści)\s*$|"
    r"(?:tel(?:efon|ephone)?|phone|fax|e-?mail)\s*[:.]|"
    # (an ad slot's label between dashes too: "- Advertisement -", "— Anzeige —"; alone or
    # before a separator: "Anzeige gegen Unbekannt erstattet" opens a police report)
    r"[-–—*\s]*(?:werbung|anzeige|advertisements?|publicidad|reklama)\s*(?:[-–—:|*]|$)|"
    # (a blog's disclosure: "WERBUNG für Plantur Farbshampoo", no sentence)
    r"[-–—*\s]*(?:unbezahlte )?(?:werbung|anzeige) für [^.!?]{1,60}$|"
    r"[-–—*\s]*sponsored\b|"
    r"report this ad\b|"
    r"(?:post navigation|beitragsnavigation|navigation des articles|navegación de entradas)$|"
    r"[«‹←]?\s*(?:(?:vorschau auf den )?(?:nächste[rn]?|vorherige[rn]?) (?:artikel|beitrag)|"
    r"(?:next|previous|older|newer) (?:article|post|story|entry)(?!s)|"
    r"article (?:suivant|précédent)))"
    # an affiliate programme's label (not a broadcaster's: "told CNN affiliate WUSA")
    r"|\baffiliate[- ]?(?:partner\w*|program\w*|commissions?|marketing|disclosure|werbung)\b"
    r"|^\W*affiliate\W*$|enthält (?:werbung|affiliate)|"
    r"(?<!\d)\d+\s*(?:min\.?|minutes?|minuten)\s*(?:read|lesezeit|de lecture|lectura)|"
    r"\blese(?:zeit|dauer)\b|reading time|przeczytasz w|temps de lecture|tiempo de lectura|"
    r"\b(?:button|klick\w*|click)\b.{0,60}\b(?:inhalt\w*|content)\b.{0,30}\b(?:laden|load)",
)
#: A comments section's house rules ("Bloomberg moderates all comments. Comments that are
#: abusive or off-topic will not be posted ...").
_COMMENT_RULES = _lowercase_search(
    r"^[\w .'’-]{1,40}? moderates all comments\.|\bcomments that are abusive or off-topic\b|"
    r"\bcannot facilitate requests to remove comments\b|"
    r"^kommentare werden (?:vor (?:der|ihrer) veröffentlichung )?moderiert\b|"
    # the disclaimer over the comments ("The views expressed below do not reflect ...";
    # CNN Arabic's "الآراء الواردة أدناه لا تعبر عن رأي ..."), a moderation note
    r"^the (?:views|opinions) expressed (?:below|in (?:the|these) comments(?: below)?) "
    r"(?:do not|don't|are those|are the)\b|^comments are moderated\b|"
    r"^الآراء الواردة أدناه لا تعبر|مراجعة التعليقات قبل نشرها",
)
#: A teaser cut short, then its time ("Major repairs on the dam ...- 8:09 am").
_TEASER_TIME = re.compile(r"(?:\.\.\.|…)\s*[-–]\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?$", _I)
#: A line made only of share/print targets is a share widget's text.
_SHARE_WORD = re.compile(
    r"^(?:facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|xing|messenger|"
    r"e-?mail|mail|print|drucken|imprimir|imprimer|teilen|share|tweet|pin(?: it)?|"
    r"compartir|compartilhe|partager|condividi|udostępnij|copy link|link kopieren|"
    r"flipboard|tumblr|vk|viber)$",
    _I,
)
_BAR = re.compile(r"\s+\|\s+")
_SHARE_SPLIT = re.compile(r"\s*[|,/·•]\s*|\s{2,}")
_COOKIES = _lowercase_search(r"\bcookies?\b")
#: Pipes and whitespace (every character ``str.isspace`` and a regex's ``\s`` take),
#: stripped from a line's ends (a regex's ``[|\s]+$``, tried at each position of the line,
#: took many times as long).
_PIPES = (
    "|\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_MONTH = (
    r"(?:jan(?:uar|uary|vier)?|feb(?:ruar|ruary|rier)?|märz|mar(?:ch|s)?|apr(?:il)?|mai|may|"
    r"juni?|june|juin|juli?|july|juillet|aug(?:ust)?|août|sep(?:t|tember|tembre)?|"
    r"okt(?:ober)?|oct(?:ober|obre)?|nov(?:ember|embre)?|dez(?:ember)?|déc(?:embre)?|"
    r"dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
    r"noviembre|diciembre|"
    # Italian, Portuguese, Dutch, the Nordic languages, Polish and Czech (their genitives)
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
    r"januari|februari|maart|mei|augustus|marts|augusti|desember|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    r"listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|října|"
    r"listopadu|prosince)\.?"
)
_WEEKDAY = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_DATE_MARK = re.compile(
    rf"\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{_MONTH}", _I
)
_DATE_TOKEN = re.compile(
    rf"\b(?:\d{{1,4}}(?:[./:-]\d{{1,4}}){{0,2}}\.?|{_MONTH}|{_WEEKDAY}|uhr|am|pm|um|at|de|"
    rf"del|le|last|updated|gmt|utc|hkt|bst|cet|cest|est|edt|pst|pdt|ist)\b|[|,–—-]",
    _I,
)
#: A bio of the author closing an article: a name, "is" and a writer's or a professional
#: role ("Jane Doe is a freelance journalist ...", "Inga Buller ist Head of ... bei ...").
_AUTHOR_BIO = re.compile(
    r"^(?:[A-ZÄÖÜÉ][\w.'’-]+ ){1,3}(?:is|ist|est|es|é|jest) (?i:.{0,80}?\b(?:writer|journalist|"
    r"author|reporter|editor|correspondent|founder|consultant|contributor|columnist|freelance\w*|"
    r"blogger|professor|head of|ceo|redakteur\w*|autor\w*|journalist\w*|gründer\w*|"
    r"journaliste|rédact\w+|periodista|escritor\w*|redaktor\w*|dziennikar\w*))\b"
)
_BIO_MAX_WORDS = 80
_SPOT_IMG = re.compile(r"^(?:spot_img)+$")
#: A Cyrillic letter; and a word that mixes Latin and Cyrillic letters ("Yоur" with a
#: Cyrillic "о"), as ads spell themselves to get past filters ("Аdvеrtіѕе wіth ...").
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=[^\W\d_]*[a-zA-Z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+\b")
#: A line with so many such words (and a fifth of its words at least) is such an ad.
_MIXED_SCRIPT_WORDS = 3
_WORDS = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _words(line: str) -> int:
    return len(line.split())


#: A share button's call naming its network, in the regional press's languages ("Dela på
#: Facebook", "Facebook'ta paylaş", "Auf Facebook teilen", "Поделиться в Telegram").
_SHARE_VERB = re.compile(rf"share|{SHARE_VERBS}", _I)
_SHARE_NETWORK = re.compile(
    r"(?<!\w)(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|vk|viber|"
    r"messenger|xing|threads|bluesky|mastodon|e-?mail)",
    _I,
)


def _is_share_line(text: str) -> bool:
    if _SHARE_WORD.match(text.strip(" :")):
        return True  # one button, of one word or more ("Pin it")
    if _words(text) <= 5 and _SHARE_NETWORK.search(text):
        words = text.strip(" :").split()
        ends = (words[0], " ".join(words[:2]), words[-1])  # (Vietnamese "chia sẻ": two words)
        if any(_SHARE_VERB.fullmatch(w) for w in ends):
            return True  # a button's call: the verb first or last, the network ("Dela på
            # Facebook", "Auf Facebook teilen"); not "the group del WhatsApp"
    parts = [p for p in _SHARE_SPLIT.split(text.strip(" :")) if p]
    if len(parts) == 1:
        parts = text.split()
    return all(_SHARE_WORD.match(p.strip(" :")) for p in parts)


def _is_label_line(text: str) -> bool:
    """A metadata label alone, or heading its value ("Date:", "Tags: a, b", "Posted in News",
    "Updated 12.05.2020"), not prose that opens with the word ("Share prices fell")."""
    m = _LABEL.match(text)
    if m is None:
        return False
    rest = text[m.end() :].strip()
    return (
        not rest
        or bool(m.group(1))
        or rest.startswith(":")
        or _LABEL_PREPOSITION.search(m.group(0)) is not None
        or is_date_line(rest)
    )


def is_boilerplate(line: str) -> bool:
    """Whether one paragraph is page furniture rather than article text.

    >>> is_boilerplate("👉 Join our WhatsApp group for Muzaffarpur news: Click here")
    True
    >>> is_boilerplate("📢 Join Tirhut Today on Telegram for breaking news")
    True
    >>> is_boilerplate("Join the farmers on WhatsApp, he said, to hear their prices.")
    False
    >>> is_boilerplate("ताज़ा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें।")
    True
    >>> is_boilerplate("पुलिस ने व्हाट्सएप से जुड़े दो मामले दर्ज किए।")
    False
    >>> is_boilerplate("Folgen Sie dem Kurier auch auf Instagram!")
    True
    >>> is_boilerplate("Sie haben einen Hinweis für unsere Redaktion? Schreiben Sie uns.")
    True
    >>> is_boilerplate("Sie haben einen Hinweis zum Täter? Melden Sie sich bei der Polizei.")
    False

    >>> is_boilerplate("Read more: Looted art returns to Benin")
    True
    >>> is_boilerplate("TE RECOMENDAMOS: Gasolina en Querétaro: ¿dónde está más barata?")
    True
    >>> is_boilerplate("LEÉ TAMBIÉN: Milei se reunió con Meloni en Roma")
    True
    >>> is_boilerplate("ENTÉRATE: Cutzamala llega a su nivel"), is_boilerplate("Enterate: X")
    (True, True)
    >>> is_boilerplate("Te recomendamos llevar agua y protector solar durante el recorrido.")
    False
    >>> is_boilerplate("Foto: dpa")
    True
    >>> is_boilerplate("Läs vidare – bli prenumerant"), is_boilerplate("Vil du læse mere?")
    (True, True)
    >>> is_boilerplate("Artikli täismahus lugemiseks hakka tellijaks!")
    True
    >>> is_boilerplate("Opracowanie: Piotr Nowak"), is_boilerplate("Szerző: Kovács Péter")
    (True, True)
    >>> is_boilerplate("Share post:")
    True
    >>> is_boilerplate("spot_imgspot_img")
    True
    >>> is_boilerplate("Loading"), is_boilerplate("Wird geladen …")
    (True, True)
    >>> is_boilerplate("(Except for the headline, this story has not been edited by NDTV "
    ...                "staff and is published from a syndicated feed.)")
    True
    >>> is_boilerplate("Story continues below advertisement"), is_boilerplate("Post Views: 1,234")
    (True, True)
    >>> is_boilerplate("First Published: Jan 05 2024 | 10:30 AM IST")
    True
    >>> is_boilerplate("Subscribe now to our e-edition for the full story.")
    True
    >>> is_boilerplate("Bloomberg moderates all comments. Comments that are abusive or "
    ...                "off-topic will not be posted to the site.")
    True
    >>> is_boilerplate("Repairs on the dam at Cow Creek Reservoir have...- 8:09 am")
    True
    >>> is_boilerplate("The council read more than 400 letters before it voted on Monday.")
    False
    >>> is_boilerplate("Date: 12 May, the day the bridge reopened after two years of works "
    ...                "that cost the city more than it had planned.")
    False
    """
    return _is_boilerplate(plain(line))


@lru_cache(maxsize=2048)  # pure; some paragraphs of a page are tested again by later steps
def _is_boilerplate(line: str) -> bool:
    text = line.strip(_PIPES)
    if not _LETTER_OR_DIGIT.search(text):
        return True  # a rule of underscores or dashes ("___"), stars, dots
    n = _words(text)
    if _CYRILLIC.search(text) and _homoglyph_ad(text, n):
        return True
    if n > 60:  # every rule is for short lines, a comment section's rules the longest
        return False
    if text[:1] == "[" and text[-1:] == "]" and _is_boilerplate(text[1:-1]):
        return True  # a credit or a label in brackets ("[Featured Image by Ann Lee/AP]")
    low = text.lower()  # (for the patterns written for it: ``_lowercase_search``)
    if _COMMENT_RULES.search(low):
        return True
    if n > 40:  # every rule below is for shorter lines
        return False
    if _TEASER_TIME.search(text):
        return True
    if _SPOT_IMG.match(text.replace(" ", "")):
        return True
    if n <= 25 and (_LEAD_IN.match(text) or _INDIC_LEAD_IN.match(text)):
        return True
    if n <= 15 and (
        _CREDIT.match(text)
        or _CREDIT_ANYWHERE.search(low)
        or _INDIC_CREDIT.match(text)
        or _WIRE_PHOTO_CREDIT.search(text)
    ):
        return True
    if n <= 8 and _CREDIT_BY.match(text):
        return True
    if n <= 2 and _INDIC_AD.match(text):
        return True
    if n <= 30 and _APPEAL_STRONG.search(low):
        return True
    if _APPEAL.search(low) and (n <= 12 or (n <= 30 and _ADDRESS.search(low))):
        return True
    if n <= 20 and _BREADCRUMB.match(text):
        return True
    if n <= 30 and (_APPEAL_START.match(text) or _FOLLOW.match(text) or _INDIC_FOLLOW.search(text)):
        return True
    if _DISCLOSURE.search(low):
        return True
    if any(n <= most and pattern.search(low) for most, pattern in _NOTES):
        return True
    if n <= 40 and _SCRIPT_TEXT.search(text):
        return True
    if n <= 40 and _SITE_FOOTER.match(text):
        return True
    if n <= 40 and _LEGAL.search(low):
        return True
    if n <= 8 and (_is_label_line(text) or _WIDGET.match(text) or _BYLINE.match(text)):
        return True
    if n <= 14 and (label := _LABEL.match(text)) and is_date_line(text[label.end() :]):
        return True  # "First Published: Jan 05 2024 | 10:30 AM IST"
    if n <= 14 and (
        _DATED_BYLINE.match(text) or _PIECE_BYLINE.match(text) or PIECE_CREDIT.match(text)
    ):
        return True
    if n <= 12 and (m := _NAME_DAY.match(text)) and is_date_line(after_place(m.group("day"))):
        return True
    if n <= 10 and _BUTTON.match(text):
        return True
    if n <= 30 and (_PLAYER.match(text) or _SHARE_DIALOG.match(text)):
        return True
    if n <= 25 and _CONSENT.search(low):
        return True
    if n <= 30 and _FURNITURE.search(low):
        return True
    if n <= 40 and _COOKIES.search(low) and _ADDRESS.search(low):
        return True
    if n <= 12 and _is_share_line(text):
        return True
    if n <= 12 and _COMMENTS.match(text):
        return True
    # widgets' calls in a row, each between bars ("Start a Conversation | Follow us on ...")
    if n <= 20 and " | " in text:
        parts = _BAR.split(text)
        return len(parts) > 1 and all(_is_boilerplate(part) for part in parts)
    return False


def _homoglyph_ad(text: str, words: int) -> bool:
    """Whether ``text`` (of ``words`` words) spells itself in Latin and Cyrillic letters
    mixed within its words, as an ad does to get past filters; a Russian text naming a
    brand ("iPhone", "Apple") mixes no word.

    >>> _homoglyph_ad("Yоur соntеnt іѕ dеlіvеrеd tо thоuѕаndѕ оf uѕеrѕ!", 9)
    True
    >>> _homoglyph_ad("Компания Apple представила новый iPhone в сентябре.", 7)
    False
    """
    mixed = len(_MIXED_SCRIPT_WORD.findall(text))
    return mixed >= _MIXED_SCRIPT_WORDS and 5 * mixed >= words


def is_date_line(line: str) -> bool:
    """A paragraph that is only a date (and time): page furniture, not prose.

    >>> is_date_line("Tuesday, July 1, 2025")
    True
    >>> is_date_line("26. März 2004, 16:19")
    True
    >>> is_date_line("3. března 2024"), is_date_line("3 marca 2024, 06:29")
    (True, True)
    >>> is_date_line("On July 1, 2025 the bridge reopened.")
    False
    """
    text = line.strip(_PIPES)
    if _words(text) > 12 or not _DATE_MARK.search(text):
        return False
    return not _WORDS.search(_DATE_TOKEN.sub(" ", text))


def is_related_heading(line: str) -> bool:
    """A heading that opens a block of links to other articles.

    >>> is_related_heading("Related articles")
    True
    >>> is_related_heading("Weitere Artikel zum Thema")
    True
    >>> is_related_heading("Related articles show the council knew in 2019.")
    False
    """
    text = line.strip(_PIPES)
    return _words(text) <= 8 and (
        _RELATED_HEADING.match(text) is not None or _INDIC_RELATED.match(text) is not None
    )


#: How many paragraphs open a story where a date printed alone is its date line, not text
#: (unless it is the last: a date closing a short text may be the text's own).
_DATED_HEAD = 3
_NUMBERS = re.compile(r"\d+")


def filter_paragraphs(
    paragraphs: list[str],
    teaser_words: int = 20,
    keep: Callable[[str], object] | None = None,
) -> list[str]:
    """Drop boilerplate paragraphs, and related-block headings with their teaser titles.

    Date-only lines before the first text line are dropped (a header's "today"), and a
    day's among the three paragraphs after it, but the last (the story's date under its
    standfirst), and so is
    a short author bio that closes the body (``is_author_bio``). After
    a related heading, following paragraphs shorter than ``teaser_words`` words are
    taken as teaser titles and dropped too, up to the next longer paragraph. A paragraph
    ``keep`` accepts is never boilerplate (a wire's credit line, "Source: Reuters").

    >>> filter_paragraphs(["Body text of the article.", "Related articles",
    ...                    "Other story one", "Other story two"])
    ['Body text of the article.']
    """
    paragraphs = _without_author_box(paragraphs)
    out: list[str] = []
    in_related = False
    start = 0
    while start < len(paragraphs) and is_date_line(paragraphs[start]):
        start += 1  # the site header's date line(s), before any article text
    for index, para in enumerate(paragraphs[start:], start):
        if (
            index < start + _DATED_HEAD
            and index + 1 < len(paragraphs)
            and is_date_line(para)
            and len(_NUMBERS.findall(para)) >= 2
        ):
            continue  # the story's date (a day: not "Februar 2020") under its standfirst

        if is_related_heading(para) or _PAYWALL.search(para.lower()):
            in_related = True  # (a paywall's prompt: its buttons and plans follow)
            continue
        if in_related:
            if _words(para) < teaser_words and not _sentence(para):
                continue
            in_related = False
        if not is_boilerplate(para) or (keep is not None and keep(para)):
            out.append(para)
    if len(out) >= 2 and is_author_bio(out[-1]):
        out.pop()
    return out


#: The most paragraphs an author box holds after its heading (the bio, a contact line).
_AUTHOR_BOX_PARAGRAPHS = 3


def _without_author_box(paragraphs: list[str]) -> list[str]:
    """The paragraphs before an author box that closes the body: its heading ("About the
    author") and, after it, at most three short paragraphs (the bio, whatever it says).

    >>> _without_author_box(["Story.", "Über den Autor", "Ann Lee lebt in Kiel."])
    ['Story.']
    >>> _without_author_box(["Story.", "About the author", "More story. " * 60])[-1][:11]
    'More story.'
    """
    for i in range(len(paragraphs) - 1, max(len(paragraphs) - 2 - _AUTHOR_BOX_PARAGRAPHS, 0), -1):
        if AUTHOR_HEADING.match(paragraphs[i].strip()):
            if all(_words(p) <= _BIO_MAX_WORDS for p in paragraphs[i + 1 :]):
                return paragraphs[:i]
            break
    return paragraphs


#: The fewest words of a short paragraph that ends the teasers after a related heading.
_SENTENCE_MIN_WORDS = 8


def _sentence(para: str) -> bool:
    """A sentence of the story, not a teaser's title: eight words or more ending in a full
    stop (a headline has none)."""
    return _words(para) >= _SENTENCE_MIN_WORDS and para.rstrip().endswith((".", ".”", '."'))


def is_author_bio(line: str) -> bool:
    """A short bio of the author (kept only off the end of a body).

    >>> is_author_bio("Jane Doe is a freelance journalist based in Lagos.")
    True
    >>> is_author_bio("Jane Doe was a reporter at the Gazette for thirty years.")
    False
    """
    return _words(line) <= _BIO_MAX_WORDS and _AUTHOR_BIO.match(line) is not None


#: Class or id of a block about the author rather than the article: author boxes and bios
#: (WordPress "Simple Author Box" ``saboxplugin-wrap``, ``author-box``, ``about-the-author``,
#: ``author-bio``, ``AuthorBox``, ``entry-author-info``, ``autorenbox``, a hover card's
#: ``author-dropdown`` or ``author-popover``, ...), of a block of
#: links to other articles (``related-posts``), or of a pop-up (``modal``, ``popup``, Popup
#: Maker's ``pum-overlay``), or of an appeal: a sign-up or a call for donations.
_AUTHOR_BLOCK = CaselessScreen(
    r"sabox|(?:author|autor|autoren)[-_]?"
    r"(?:box|bio|biography|info|description|desc|details|profile|card|dropdown|popover"
    # (or a styled-components class, its file's name before "styled__": Madsack's
    # "AuthorBoxstyled__Container")
    r"|tooltip|hovercard)(?!(?!styled__)[a-z])"
    r"|about[-_]?(?:the[-_]?)?(?:author|autor)(?![a-z])"
    r"|related|(?:^|[-_\s])(?:modal|popup|pum)(?:[-_\s]|$)"
    # a recirculation module ("inline-article-recirc"); WordPress's list of recent posts
    # and Newspack's block of teasers put in a story
    r"|recirc|latest-posts|homepage-articles"
    # TieLabs' (Jannah, Sahifa) "Check Also" box of another story
    r"|check[-_]also"
    # a cookie notice or a newsletter sign-up ("cookiemsg", "cookie-banner", "subscribe-form")
    r"|cookie[-_]?(?:msg|message|notice|banner|consent|bar|law|warning|info|popup)"
    r"|subscribe[-_]?(?:form|box|widget|signup|success)"
    # an appeal for donations or members in the story, like a sign-up (Newspack's
    # "newspack-inline-donate" group, "donation-cta", "DonateBox"; not "donated")
    r"|(?:^|[\s_-])donat(?:e|ions?)(?!(?-i:[a-z]))"
    # a sign-up to e-mail alerts ("reporter-alerts", "email-alerts"; not Bootstrap's "alert")
    r"|[a-z][-_]alerts(?![a-z])"
    # the site's tagline in its header ("site-description", Blogger's "descriptionwrapper")
    r"|(?:site|blog)[-_]?(?:description|tagline|slogan)|descriptionwrapper"
)
#: Class or id of readers' comments, in several languages ("comments", "comment-box",
#: "comments-area", "article-comments", "sf_comment_list", "comentarios_lectores",
#: "commentaires", "kommentare", "commenti", "komentarze", "comment_form_container_" and
#: a hash); not a state ("has-comments", "no-comments"), a WordPress term's class on the
#: post ("tag-comments", "category-internet-comentarios": one prefix at most) or the
#: singular where it also names an opinion column ("comentario", "kommentar"). A comment
#: section may be longer than any box: no word cap.
_COMMENT_BLOCK = CaselessScreen(
    r"(?:^|\s)(?!(?:has|no|with|show|hide|open|closed|count|enable|disable|tag|category"
    r"|categoria|cat|topic|section|autor|author)[-_])(?:[a-z0-9]+[-_])?"
    r"(?:comments?|commentaires|commenti|comentarios|coment[aá]rios|kommentare|komentarze)"
    r"(?:[-_](?:box|section|area|list|listado|wrap|wrapper|container|block|form|thread"
    r"|holder|lectores|lecteurs|leser|readers)){0,2}(?:[-_][0-9a-f]{6,})?(?:\s|$)"
)
#: A block named for the byline alone, in several languages ("authors", "autor",
#: "autores", "auteur", "verfasser", "byline"; not "author-jane", a post's class for its
#: writer): a byline when short (a header's "author" block may hold the standfirst too).
_BYLINE_BLOCK = CaselessScreen(
    r"(?:^|\s)(?:authors?|autor(?:es|en|i|e)?|auteurs?|verfasser|bylines?)(?:\s|$)"
)
_BYLINE_BLOCK_MAX_WORDS = 25
#: Drupal's field label (``field-label``, ``field__label``, a view's ``views-label``), not
#: the field's wrapper (``field-label-above``, ``field--label-inline``).
_FIELD_LABEL = re.compile(r"(?:^|\s)(?:field-label|field__label|views-label)(?:\s|$)")
#: A class naming an ad's block, its words told apart by case, underscores, hashes and
#: hyphens ("AdContainer", "AdLabel", CSS modules' "styles_AdSlot__x1", "ad_slot", "top-ad",
#: "Advertisement"); not a word that merely opens with the letters ("Adobe", "Address",
#: "AdminBar", "Adventure") or holds them ("Headline", "Shadow", "Loader", "uploads").
#: (Case-sensitive: "AD" and "aD" name nothing.)
AD_CLASS = re.compile(
    # (each branch opens with its letters, the boundary before them looked back at: a
    # search that skips to them, several times faster over a page's class values)
    r"Ad(?<![A-Z]Ad)(?:s|verts?|vertisements?|vertising)?(?=[A-Z\d_\s#-]|$)"
    r"|ad(?<![^\s_#-]ad)(?:s|verts?|vertisements?)?(?=[\s_#-]|$)"
)
#: A class saying a block has no ads, or may have them ("no-ads", "hasAds", "ad-free").
_AD_STATE = re.compile(r"(?:no|has|with|without|show|hide)[-_]?ads?(?![a-z])|ads?[-_]?free", _I)
#: An ad's block with more words than this is a story's part, whatever its class.
_AD_MAX_WORDS = 40


def ad_block(el: etree._Element) -> bool:
    """Whether ``el`` is an ad's block by its class (``AD_CLASS``) and holds few words.

    >>> from lxml import html
    >>> [ad_block(html.fromstring(f'<div class="{c}">Hide Ad</div>'))
    ...  for c in ("AdContainer", "styles_AdSlot__x1", "ad-slot", "AddressBlock", "Headline")]
    [True, True, True, False, False]
    """
    return _ad_class(el.get("class") or "") and len(el.text_content().split()) <= _AD_MAX_WORDS


@lru_cache(maxsize=1024)
def _ad_class(value: str) -> bool:
    return AD_CLASS.search(value) is not None and _AD_STATE.search(value) is None


#: Class, id and style values that may name an author, byline or related block, a pop-up,
#: a comment section, a cookie notice or sign-up, a picture's block, an ad's or a field's
#: label, or
#: hide an element (a cheap prefilter for the regexes below: a regex over the values is
#: faster than XPath's ``contains()``).
_CLASS_HINT = re.compile(
    r"uthor|utor|UTHOR|sabox|elated|opup|odal|pum-|omment|uteur|erfasser|yline"
    r"|omentar|recirc|atest-posts|omepage-articles|ookie|ubscribe|alerts|hid|heck[-_]also"
    r"|onat"
    r"|escription|agline|logan"
    r"|ield-label|ield__label|iews-label"
    r"|mage|img|oto|icture|edia|ideo|igure|aption|redit|utline|aler|aller|ildunter|ildtext"
    r"|ildlegende|" + AD_CLASS.pattern
)
_ID_HINT = re.compile(
    r"uthor|utor|omment|omentar|ookie|ubscribe|mage|img|oto|edia|ideo|aption|heck[-_]also"
    r"|escription|agline|logan"
)
_STYLE_HINT = re.compile(r"none|idden")
#: What hides an element: an inline ``display: none`` or ``visibility: hidden``, or a class
#: token of the usual hiding utilities (``hidden``, ``is-hidden``, ``hide``, ``hide-text``,
#: ``visually-hidden``; not Bootstrap's ``hidden-xs``, hidden on small screens only).
_HIDDEN_STYLE = CaselessScreen(r"display\s*:\s*none|visibility\s*:\s*hidden")
_HIDDEN_CLASS = CaselessScreen(
    r"(?:^|\s)(?:(?:is|u|js|visually)[-_]?hidden|hidden|hide|hide[-_]text)(?:\s|$)"
)


def _hidden(el: etree._Element) -> bool:
    """Whether ``el`` is hidden from the reader by its own markup."""
    return (
        el.get("hidden") is not None
        or _HIDDEN_STYLE.search(el.get("style") or "") is not None
        or _HIDDEN_CLASS.search(el.get("class") or "") is not None
    )


#: The source credit (``<cite>``) of a quotation; AMP's ad and share components, and the
#: placeholders they print ("Loading ad...").
_TAG_BLOCKS = etree.XPath(
    "//blockquote//cite | //amp-ad | //amp-embed | //amp-sticky-ad | //amp-social-share"
)


def _block_candidates(doc: etree._Element) -> list[etree._Element]:
    # (one walk reading each element's attributes: a third faster than an XPath over the
    # class, id and style attribute nodes, which builds a string for each value; a page
    # repeats its class values, so each is searched once)
    class_hint, id_hint, style_hint = _CLASS_HINT.search, _ID_HINT.search, _STYLE_HINT.search
    named = []
    hinting: dict[str, bool] = {}
    for el in doc.iter():
        attrib = el.attrib
        if not attrib:
            continue
        value = attrib.get("class")
        if value:
            hint = hinting.get(value)
            if hint is None:
                hint = hinting[value] = class_hint(value) is not None
            if hint:
                named.append(el)
                continue
        value = attrib.get("id")
        if value and id_hint(value):
            named.append(el)
            continue
        value = attrib.get("style")
        if value and style_hint(value):
            named.append(el)
    return list(dict.fromkeys([*named, *_TAG_BLOCKS(doc)]))


#: A block with more words than this is a container of the article, not a box beside it.
_BLOCK_MAX_WORDS = 250
#: Class or id of a picture's or a video's block ("image-container", "article_img",
#: "foto", "ap-mediabox-table", "video-asset"): with a picture or a player in it and
#: little text, its text is the caption and the credit.
_MEDIA_BLOCK = CaselessScreen(
    r"(?:^|[\s_-])(?:images?|img|photos?|fotos?|pictures?|pic|media|mediabox|videos?|figure|"
    r"gallery|galerie|bildergalerie|fotogalerie|bilderstrecke|fotostrecke)"
    r"(?:[\s_\d-]|$)"
)
_MEDIA_INSIDE = etree.XPath(
    "boolean(.//img | .//picture | .//video | .//iframe | .//object | .//embed | .//amp-img)"
)
#: Class or id of a caption or credit, or of a picture's or video's text ("video-desc",
#: "photo-credit", "wp-caption-text", "cutline").
_CAPTION_BLOCK = CaselessScreen(
    r"caption|cutline|bildunterschrift|bildtext|bildlegende|(?:^|[\s_-])credits?(?:[\s_-]|$)|"
    r"(?:image|img|photo|foto|picture|video|media)"
    r"[-_]?(?:desc|description|text|info|title|source|credit|legend)"
)
#: A caption with more words than this may be a gallery's text, or the article's.
_CAPTION_MAX_WORDS = 30
_NEVER_BLOCK = {"html", "body", "main", "article"}
_AMP_NOISE = {"amp-ad", "amp-embed", "amp-sticky-ad", "amp-social-share"}
#: Inline elements name no block (a "modal-trigger" link opens one elsewhere).
_INLINE = {"a", "span", "img", "button", "i", "b", "em", "strong", "small", "label"}
#: (a caption may be a ``<span>``; a link or an emphasis in a sentence is none)
_MEDIA_INLINE = _INLINE - {"span", "small"}


#: A sign-up's field or form, whatever the box's class: an e-mail input, a form posting to
#: a newsletter's or a mailing list's address (Mailchimp's ``list-manage``).
_SIGN_UP_ACTION = re.compile(r"subscribe|newsletter|sign-?up|list-manage", _I)
#: A sign-up box with more words than this is a part of the page, not a box in it.
_SIGN_UP_MAX_WORDS = 40


def without_sign_ups(paragraphs: list[str], doc: etree._Element) -> list[str]:
    """``paragraphs`` without the texts of newsletter sign-up boxes found by what they
    hold, whatever their class: the smallest block around an e-mail field or a sign-up
    form whose text appeals to sign up (``_APPEAL``: a "Newsletter" heading, "Subscribe",
    "Suscríbete"), of 40 words at most. (Dropped after extraction, not pruned before it:
    that may change which block trafilatura takes for the article.)

    >>> from lxml import html
    >>> doc = html.fromstring("<div><p>Story.</p><div><p>Newsletter</p><p>Get it daily.</p>"
    ...                       "<form><input type='email'></form></div></div>")
    >>> without_sign_ups(["Story.", "Newsletter", "Get it daily."], doc)
    ['Story.']
    """
    boxes = _sign_up_boxes(doc)
    if not boxes:
        return paragraphs
    texts = _texts_within(boxes)
    return [p for p in paragraphs if " ".join(p.split()) not in texts]


def _sign_up_boxes(doc: etree._Element) -> list[etree._Element]:
    boxes = []
    # (lxml's walk by tag name: faster than an XPath's for the two tags)
    for field in doc.iter("input", "form"):
        if field.tag == "input":
            if field.get("type") != "email":
                continue
        elif not _SIGN_UP_ACTION.search(field.get("action") or ""):
            continue
        for el in field.iterancestors():
            if el.tag in _NEVER_BLOCK:
                break
            text = " ".join(el.text_content().split())
            if _words(text) > _SIGN_UP_MAX_WORDS:
                break
            if el.tag != "form" and _APPEAL.search(text.lower()):
                boxes.append(el)
                break
    return boxes


def boilerplate_blocks(doc: etree._Element) -> list[etree._Element]:
    """Elements of a page that are not article text whatever they say (``page_blocks``)."""
    return page_blocks(doc)[0]


def page_blocks(
    doc: etree._Element,
) -> tuple[list[etree._Element], list[etree._Element], list[etree._Element]]:
    """Elements of a page that are not article text whatever they say, its captions, and
    its hidden elements, in one scan.

    The first list: author boxes and bios, short byline blocks, blocks of related articles,
    pop-ups, cookie notices and sign-ups, readers' comments, found by class or id (a match
    that is the page, its ``<main>`` or ``<article>``, holds the headline or, but for a
    comment section, more than 250 words is a container, not a box), ads' blocks of 40
    words at most named in any case ("AdContainer", "styles_AdSlot__x1": ``AD_CLASS``),
    the ``<cite>`` crediting a block quotation's source, and the labels of Drupal's fields:
    a page's
    extraction may leave them out.

    The second: the captions and credits of pictures and videos, blocks named like a
    picture's or a video's that hold one, or named like a caption, of 1 to 30 words. They
    are not left out of the page before extraction (that may change which block trafilatura
    takes for the article): their text is dropped from the body's edges
    (``without_captions``).

    The third: elements hidden by an inline ``display: none`` or ``visibility: hidden`` or a
    hiding class (``hide``, ``visually-hidden``), with the same guards. Nor are they pruned
    before extraction (that shrinks the page trafilatura measures its extraction against):
    their texts are dropped from the body afterwards (``drop_hidden``).
    """
    found: list[etree._Element] = []
    captions: list[etree._Element] = []
    hidden: list[etree._Element] = []
    for el in _block_candidates(doc):
        if el.tag == "cite" or el.tag in _AMP_NOISE or _FIELD_LABEL.search(el.get("class") or ""):
            found.append(el)
            continue
        if el.tag in _NEVER_BLOCK or not isinstance(el.tag, str):
            continue
        names = element_names(el)
        most: int | None
        if el.tag not in _INLINE and _COMMENT_BLOCK.search(names):
            into, most = found, None
        elif el.tag not in _INLINE and _AUTHOR_BLOCK.search(names):
            into, most = found, _BLOCK_MAX_WORDS
        elif el.tag not in _INLINE and _BYLINE_BLOCK.search(names):
            into, most = found, _BYLINE_BLOCK_MAX_WORDS
        elif el.tag not in _MEDIA_INLINE and (
            _CAPTION_BLOCK.search(names) or (_MEDIA_BLOCK.search(names) and _MEDIA_INSIDE(el))
        ):
            into, most = captions, _CAPTION_MAX_WORDS
        elif el.tag not in _INLINE and _hidden(el):
            into, most = hidden, _BLOCK_MAX_WORDS
        elif el.tag not in _INLINE and _ad_class(el.get("class") or ""):
            into, most = found, _AD_MAX_WORDS
        else:
            continue
        if next(el.iter("h1"), None) is not None:
            continue
        if most is not None:
            words = len(el.text_content().split())
            if words > most or (into is captions and not words):
                continue
        into.append(el)
    return found, captions, hidden


#: A hidden paragraph with more words than this is a story's collapsed rest ("read more").
_HIDDEN_MAX_WORDS = 20


def drop_hidden(
    paragraphs: list[str], doc: etree._Element, hidden: list[etree._Element]
) -> list[str]:
    """``paragraphs`` without the texts of ``hidden`` elements (``page_blocks``): a
    paragraph equal to the text of a hidden element or of one of its descendants is page
    furniture the reader never sees, unless the page shows it elsewhere as well (a hidden
    copy of visible text: a code block's plain source for a copy button, a mobile layout).

    >>> from lxml import html
    >>> doc = html.fromstring("<div><p>Story.</p><p style='display:none'>Loading...</p></div>")
    >>> drop_hidden(["Story.", "Loading..."], doc, [doc[1]])
    ['Story.']
    """
    texts = _texts_within(hidden)
    if not any(p in texts for p in paragraphs):
        return paragraphs
    outer = [el for el in hidden if not any(a in hidden for a in el.iterancestors())]
    unseen = ["".join(el.text_content().split()) for el in outer]
    page = "".join(doc.text_content().split())

    def shown(para: str) -> bool:
        key = "".join(para.split())
        return page.count(key) > sum(text.count(key) for text in unseen)

    return [p for p in paragraphs if p not in texts or _words(p) > _HIDDEN_MAX_WORDS or shown(p)]


def _texts_within(blocks: list[etree._Element]) -> set[str]:
    """The whitespace-collapsed texts of ``blocks`` and of every element in them."""
    texts = (
        " ".join(el.text_content().split())
        for block in blocks
        for el in block.iter()
        if isinstance(el.tag, str)
    )
    return {text for text in texts if text}


#: The most words of a label (a kicker, a rubric) above the story, among its captions.
_LABEL_MAX_WORDS = 6


def without_captions(paragraphs: list[str], captions: list[etree._Element]) -> list[str]:
    """``paragraphs`` without the captions (``page_blocks``) that open or close them: a
    paragraph that is the text of a caption block or of an element in one, before the
    story's first line (labels of six words at most without a full stop, a kicker, may
    stand between them) or after its last.

    >>> from lxml import html
    >>> cap = html.fromstring('<div class="foto"><img src="a.jpg"><p>Ann Lee.</p>'
    ...                       "<span>Photo: Bo Wen</span></div>")
    >>> without_captions(["Near Lyon", "Ann Lee.", "Photo: Bo Wen", "Ann Lee was elected.",
    ...                   "Ann Lee."], [cap])
    ['Near Lyon', 'Ann Lee was elected.']
    """
    texts = {unicodedata.normalize("NFC", text) for text in _texts_within(captions)}
    if not texts:
        return paragraphs
    # (a block named a caption or a gallery is one wherever it stands: its texts go from
    # the story's middle too)
    named = _texts_within([c for c in captions if _NAMED_CAPTION.search(element_names(c))])
    inside = {unicodedata.normalize("NFC", text) for text in named}
    end = len(paragraphs)
    while end > 0 and paragraphs[end - 1] in texts:
        end -= 1
    out = []
    for index, para in enumerate(paragraphs[:end]):
        if para in texts:
            continue
        out.append(para)
        if _words(para) > _LABEL_MAX_WORDS or para.rstrip().endswith((".", "!", "?")):
            out.extend(p for p in paragraphs[index + 1 : end] if p not in inside)
            break
    return out


#: A caption's or a gallery's block by its name (not a picture's: "text-image" modules
#: may hold the story's own paragraphs beside their picture).
_NAMED_CAPTION = re.compile(
    r"caption|cutline|bildunterschrift|bildtext|bildlegende|(?:^|[\s_-])(?:gallery|galerie|"
    r"bildergalerie|fotogalerie|bilderstrecke|fotostrecke)(?:[\s_\d-]|$)",
    _I,
)


def element_names(el: etree._Element) -> str:
    """An element's class and id, as one string."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"
