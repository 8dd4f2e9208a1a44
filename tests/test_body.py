"""Tests for the generic main-content extractor (newscrawl/extraction/body.py, body_filters.py).

Pages are built inline: a tagDiv-"Newspaper"-style article (ad placeholders, share
widget, empty labels, related block, like the seed page), a news page whose lead sits in
the article header, and pages with nothing to extract.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

from newscrawl.extraction import extract_article
from newscrawl.extraction.body import _extract, extract_body, find_lead, resegment
from newscrawl.extraction.body_filters import (
    ad_block,
    boilerplate_blocks,
    filter_paragraphs,
    is_boilerplate,
    is_related_heading,
    page_blocks,
)
from newscrawl.extraction.themes import NoiseMatcher, block_texts

ARTICLE_PARAGRAPHS = [
    "Paris: The foreign minister on Monday refused to cooperate with the neighbouring "
    "government in the fight against the armed group that holds several northern cities.",
    "Speaking at the ambassador's residence after an international meeting on security, "
    "he said that the two governments were not coordinating their military operations.",
    "The remarks came after the neighbouring country's leader said his government had "
    "rejected an invitation to a coordinated fight against the insurgents in the region.",
    "Diplomats from six countries will meet the negotiators on Thursday to reach a lasting "
    "accord on the nuclear programme, officials said after the conference. (IANS)",
]

TEASERS = [
    "State unit condemns attack on the chief minister's convoy in the district",
    "Opposition chief says ten years of the digital programme were full of failures",
    "Government urges its neighbour to release and repatriate fishermen held in its jails",
]


def tagdiv_page() -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    related = "\n".join(
        f'<div class="td_module_wrap"><h3 class="entry-title"><a href="/r{i}">{t}</a></h3>'
        f'<div class="td-excerpt">{t[:40]}...</div></div>'
        for i, t in enumerate(TEASERS)
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Minister refuses to cooperate - Regional Times</title>
<link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css"></head>
<body><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap"><div class="td-header-date">Tuesday, July 1, 2025</div>
<a class="td_spot_img_all" href="/ad"><img alt="spot_img" src="/ad.png"></a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/india">India</a></li></ul></nav></div>
<article class="post type-post">
<header class="td-post-title"><h1 class="entry-title">Minister refuses to cooperate</h1>
<div class="td-module-meta-info"><span class="td-post-date">Date:</span></div></header>
<div class="td-post-sharing"><span class="td-post-share-title">Share post:</span>
<a class="td-social-sharing-button" href="https://facebook.com/share">Facebook</a>
<a class="td-social-sharing-button" href="https://twitter.com/share">Twitter</a></div>
<div class="td-a-rec td-a-rec-id-content_top"><a class="td_spot_img_all" href="/ad">
<img alt="spot_img" src="/ad2.png"></a></div>
<div class="td-post-content tagdiv-type">{paras}</div>
<div class="td-a-rec"><a class="td_spot_img_all" href="/ad"><img alt="spot_img"></a></div>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">
<a class="td-related-left td-cur-simple-item" href="#">Related articles</a></h4>
{related}</div>
<footer class="td-footer-wrapper"><p>Copyright 2025 Regional Times. All rights reserved.</p>
</footer></div></body></html>"""


def lead_page(lead_class: str = "article-intro") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    return f"""<html><head><title>Council votes on bridge</title></head><body>
<div class="page"><article>
<header><h1>Council votes to rebuild the old river bridge</h1>
<p class="{lead_class}">The city council has voted to rebuild the river bridge next year,
ending a dispute that had kept the crossing closed to lorries for two winters.</p></header>
<div class="article-body">{body}</div>
</article></div></body></html>"""


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_tagdiv_article_body_without_noise() -> None:
    paragraphs = extract_body(parse(tagdiv_page()), "https://regional.example/2025/07/kerry/")
    text = "\n".join(paragraphs)
    for para in ARTICLE_PARAGRAPHS:
        assert para in paragraphs
    assert "spot_img" not in text
    assert "Share post" not in text
    assert "Related articles" not in text
    for teaser in TEASERS:
        assert teaser not in text
    assert "Tuesday, July 1, 2025" not in text
    assert not any(p.strip() == "Date:" for p in paragraphs)


def test_paragraphs_have_collapsed_whitespace() -> None:
    html = tagdiv_page().replace("Paris: The foreign", "Paris:\n\n   The   foreign")
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[0].startswith("Paris: The foreign minister")
    assert all(p == " ".join(p.split()) for p in paragraphs)


def test_does_not_mutate_the_document() -> None:
    doc = parse(tagdiv_page())
    before = lxml.html.tostring(doc)
    extract_body(doc, "https://regional.example/a")
    assert lxml.html.tostring(doc) == before


def test_text_after_a_pruned_block_is_kept_and_the_document_restored() -> None:
    # a related-posts block (with its heading, a block of its own) inside the story stands
    # aside while trafilatura runs: trafilatura still reads the sentence after it (its
    # tail, in no element of its own), and the block is back in its place afterwards
    tail = "Officials said the talks would resume in the capital after the holiday weekend."
    related = (
        '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">'
        f'<a href="#">Related articles</a></h4><a href="/r9">{TEASERS[0]}</a></div>'
    )
    html = tagdiv_page().replace(
        f"<p>{ARTICLE_PARAGRAPHS[1]}</p>", f"<p>{ARTICLE_PARAGRAPHS[1]}</p>{related}{tail}", 1
    )
    doc = parse(html)
    blocks = page_blocks(doc)[0]
    assert any("related_posts" in (b.get("class") or "") for b in blocks)
    before = lxml.html.tostring(doc)
    result = _extract(doc, None, blocks)
    assert tail in result.text
    assert TEASERS[0] not in result.text
    assert lxml.html.tostring(doc) == before


def test_lead_in_article_header_is_restored_first() -> None:
    paragraphs = extract_body(parse(lead_page()), "https://city.example/bridge")
    assert paragraphs[0].startswith("The city council has voted to rebuild the river bridge")
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert sum("city council has voted" in p for p in paragraphs) == 1


@pytest.mark.parametrize(
    "lead_class",
    ["standfirst", "teaser-text", "entry-excerpt", "ts-intro", "article-dek", "td-post-sub-title"],
)
def test_lead_names(lead_class: str) -> None:
    paragraphs = extract_body(parse(lead_page(lead_class)), None)
    assert paragraphs[0].startswith("The city council has voted")


@pytest.mark.parametrize("lead_class", ["ArticlePage-lead", "lead-art-wrapper"])
def test_a_lead_media_block_and_its_caption_are_no_lead(lead_class: str) -> None:
    media = (
        '<figure class="Figure"><img src="/a.jpg" alt=""><figcaption class="Figure-caption">'
        '<div class="Figure-credit">Ann Lee/AP</div>'
        "<div>Lorries queue at the closed river bridge on Friday morning.</div>"
        "</figcaption></figure>"
    )
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)

    def story(lead: str) -> str:
        return (
            "<html><body><main><div><h1>Council votes to rebuild the old river bridge</h1>"
            f'<div class="{lead_class}">{lead}</div><div class="body">{body}</div>'
            "</div></main></body></html>"
        )

    paragraphs = extract_body(parse(story(media)), None)
    assert not any("Lorries queue" in p for p in paragraphs)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    # a lead block that holds a standfirst beside its picture is still the lead
    text = "<p>The city council has voted to rebuild the river bridge next year, it said.</p>"
    paragraphs = extract_body(parse(story(text + media)), None)
    assert any(p.startswith("The city council") for p in paragraphs)


def test_no_lead_from_a_link_list_or_navigation() -> None:
    links = " ".join(f'<a href="/s{i}">Other story number {i} today</a>' for i in range(5))
    html = lead_page().replace(
        '<p class="article-intro">', f'<div class="teaser-text">{links}</div><p class="x">'
    )
    doc = parse(html)
    paragraphs = extract_body(doc, None)
    assert not any("Other story number" in p for p in paragraphs)
    nav_html = lead_page().replace("<header>", "<header><nav>").replace("</header>", "</nav>")
    nav_paragraphs = extract_body(parse(nav_html), None)
    assert not any("city council has voted" in p for p in nav_paragraphs[:1])


@pytest.mark.parametrize(
    "byline",
    [
        # an e-mail obfuscator's script inside the byline: its code is no text
        '<p class="byline vcard">By <a class="author fn" href="/u/jd">Jane Doe</a> on '
        '<time datetime="2014-06-29">June 29, 2014 08:08 pm</time> <span class="email">'
        '<script>/* <![CDATA[ */ function enkoder(){var kode="kode=oked;x=1"} /* ]]> */'
        "</script></span></p>",
        # an unnamed byline of 9 words, its date in a <time>
        "<p>By Jane Doe on <time>June 29, 2014 08:08 pm</time></p>",
    ],
)
def test_a_header_byline_is_no_lead(byline: str) -> None:
    # the header's only other paragraph is too short to be a lead
    html = re.sub(
        r'<p class="article-intro">.*?</p>',
        f"<p>Lorries will cross again.</p>{byline}",
        lead_page(),
        flags=re.DOTALL,
    )
    paragraphs = extract_body(parse(html), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("Jane Doe" in p or "enkoder" in p for p in paragraphs)


def test_find_lead_not_added_twice_and_needs_a_body() -> None:
    doc = parse(lead_page())
    lead = "The city council has voted to rebuild the river bridge next year, ending a dispute"
    assert find_lead(doc, [lead + " that had kept it closed.", *ARTICLE_PARAGRAPHS]) is None
    assert find_lead(doc, []) is None


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About us</a>"
        "</li></ul></nav><footer><a href='/c'>Contact</a></footer></body></html>",
    ],
)
def test_nothing_to_extract(html: str) -> None:
    assert extract_body(parse(html), None) == []


@pytest.mark.parametrize(
    "line",
    [
        "spot_imgspot_img",
        "Share post:",
        "Date:",
        "Tags: politics, bridge",
        "Read more: Council approves the budget",
        "Lesen Sie auch: Die Brücke bleibt gesperrt",
        "LE PUEDE INTERESAR: La ficha del expresidente",
        "Foto: dpa",
        "Fot. Jan Kowalski / Agencja Gazeta",
        "© AFP / Marco Bertorello",
        "Subscribe now to our e-edition for the full story.",
        "Melden Sie sich für unseren Newsletter an!",
        "Follow the Gazette on Twitter and Instagram @gazette",
        "© 2022 Regional Times. All rights reserved.",
        "Keine Kommentare",
        "Inhaltsverzeichnis",
        "Lesezeit: 3 Minuten",
        "Klicken Sie auf den Button, um den Inhalt von example.com zu laden.",
        "| Weitere Artikel zum Thema |",
        # skip links for screen readers
        "Hauptinhalt",
        "Zum Inhalt springen",
        "Skip to main content",
        # buttons and labels; a paywall's prompt
        "Alle Bilder anzeigen",
        "Bild anzeigen",
        "Cookie-Erklärung",
        "Kleinanzeigen",
        "Sie möchten gerne weiterlesen?",
        "Registrieren Sie sich jetzt kostenlos:",
        "Mit der Registrierung akzeptiere ich die Nutzungsbedingungen der Portale.",
        # embeds' stand-in text and consent switches; follow prompts
        "Sieh dir diesen Beitrag auf Instagram an",
        "View this post on Instagram",
        "A post shared by Ann Lee (@annlee) on Jul 1, 2025 at 9:00am PDT",
        "Switch zum Einwilligen bzw. Ablehnen des Dienstes Youtube",
        "Video überspringen Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine "
        "Datenübertragung an YouTube bzw. Google.",
        "Follow us: Google News | NewsBreak | Reddit | Instagram | Facebook | Twitter",
        "Folgt uns auf unserem neuen Instagram-Account",
        # picture credits
        "iStock/cjp",
        "von Alexander Karper Foto: © GEPA",
        "Fotocredit: Ilze Kitshoff © 2021 CTMG, Inc. All Rights",
        "Symbolgrafik:© Butch - stock.adobe.com",
        # the Indian regional press's lead-ins and channel prompts
        "ALSO WATCH | Floods in Dhemaji",
        "Must Read: Floods hit Guwahati",
        "Recommended Stories",
        "Click here to join our WhatsApp channel",
        # a comments section's house rules; a teaser cut short, with its time
        "Bloomberg moderates all comments. Comments that are abusive or off-topic will not be "
        "posted to the site. Excessively long comments may be moderated as well. Bloomberg "
        "cannot facilitate requests to remove comments or explain individual moderation "
        "decisions.",
        "The Lafayette Parish School Board's plan to hire a Gretna law firm to investigate "
        "Superintendent...- 12:48 am",
        # a script's placeholder where an embed loads
        "Loading",
        "Wird geladen …",
        "Cargando...",
        # a publisher's note on a wire story from a syndicated feed; site footers, counters
        "(Except for the headline, this story has not been edited by NDTV staff and is "
        "published from a syndicated feed.)",
        "(Only the headline and picture of this report may have been reworked by the Business "
        "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
        "Disclaimer: This story is auto-generated from a syndicated feed.",
        "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY "
        "Staff may not have modified or edited the content body)",
        "Catch all the Business News, Market News, Breaking News Events and Latest News "
        "Updates on Live Mint.",
        "Read all the Latest News, Breaking News and Coronavirus News here",
        "Get the latest news on WhatsApp & Telegram",
        "Stay updated with the latest news - click here to follow us on Instagram",
        "Story continues below advertisement",
        # ad breaks' labels, a video player's button, an embed's placeholder
        "Story Continued Below",
        "Content continues below",
        "Continue reading the main story",
        "Play Video - 2:46",
        "[Embed]",
        "Loading playlists...",
        "Working...",
        "What’s Your Reaction?Share this reaction with your friends!",
        # the disclaimer over readers' comments (CNN Arabic's too), a gallery's link
        "The views expressed below do not reflect the opinion of CNN.",
        "The views expressed in the comments below are those of the readers.",
        "Comments are moderated before they are published.",
        "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.",
        "See more photos:",
        "See photos from this story:",
        # affiliate programmes' labels and disclosures
        "*Affiliate",
        # an ad spelt in Latin and Cyrillic letters mixed, to get past filters (long)
        "Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе аnd "
        "flехіblе dіgіtаl mаrkеtіng расkаgеѕ. Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ "
        "оf uѕеrѕ іn Веlіzе аnd аbrоаd! Соntасt uѕ аt ads@herald.example оr саll uѕ.",
        # a Japanese paper's paywall
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        "無料・有料プランを選択",
        "Wir sind Teilnehmer des Amazon Affiliate-Partnerprogramms.",
        "As an Amazon Associate I earn from qualifying purchases.",
        # a credit in brackets; newsletter boxes, share and letters appeals, a site's plug
        "[Featured Image by Joe Raedle/Getty Images]",
        "Get top stories and blog posts emailed to me each day.",
        "Keep me up to date on the latest happenings and all that D Magazine has to offer.",
        "Be sure to annoy your liberal friends and family – share this post with them!",
        "Send a Letter to the Editor",
        "Check out more articles on BuzzFeed.com!",
        "Post Views: 1,234",
        "Spread the love",
        "First Published: Jan 05 2024 | 10:30 AM IST",
        # WordPress's like button, social and ad-break prompts, an opinion's disclaimer
        "Like this:",
        "Like Loading...",
        "For the latest news, follow us on Twitter and Facebook.",
        "Continue reading below the ad",
        "Disclaimer: The views expressed are the author's own.",
        "Disclaimer: Views expressed in this column are the writer's personal opinions and "
        "do not reflect those of the publication.",
        # the day in words, then the byline
        "Publié le 3 mars 2024 à 10h00 par Anne Leroy",
        "Pubblicato il 3 marzo 2024 da Anna Rossi",
        "Kommentar von Anna Schmidt",
        # a paper's notes around the story
        "Have a news tip? Email us at news@herald.example.",
        "Got a story idea? Contact us.",
        "Get the latest headlines delivered to your inbox every morning.",
        "Click here to read more stories from The Herald.",
        "You have reached your limit of free articles.",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "TOP PHOTO: The council chamber on Tuesday.",
        "File photo",
        "FILE PHOTO: The council chamber in 2019.",
        "Photo courtesy of the county council",
        # navigation, ad labels, share buttons and players' labels of WordPress themes
        "Post navigation",
        "« Previous Post",
        "Advertisements",
        "- Advertisement -",
        "WERBUNG für Plantur Farbshampoo",
        # German papers' buttons, paywall prompts and embeds' consent placeholders
        "Zur Bildergalerie",
        "Weitere Bilder",
        "Foto vergrößern",
        "Video abspielen",
        "Artikel anhören",
        "Fehler gefunden? Jetzt melden.",
        "Sie haben Anmerkungen oder Fehler gefunden? Schreiben Sie uns.",
        "Diskutieren Sie mit",
        "Jetzt weiterlesen mit Plus",
        "Lesen Sie jetzt mit Ihrem Abo weiter",
        "Zum Weiterlesen bitte einloggen",
        "Inhalte von YouTube laden",
        "Hier klicken, um den Inhalt von YouTube anzuzeigen.",
        "Um diesen Inhalt anzuzeigen, müssen Sie der Datenverarbeitung zustimmen.",
        # a writer's initials closing the story, a paper's box for reporting an error
        "(asc)",
        "(mb/jg)",
        # a wire's desk codes closing its copy (IANS's, PAP's, a press portal's)
        "tsb/dan",
        "ako/ mhr/",
        "erb/ots",
        "Stay updated! Join the Herald WhatsApp channel for breaking news alerts.",
        "Haben Sie einen Fehler im Text entdeckt? Schreiben Sie uns eine kurze Nachricht.",
        # a paywall's offer and a sign-up's legal line (BLOX CMS), a typo-report prompt
        # (Russian and Ukrainian sites), an Indonesian portal's appeal and comment prompt
        "Get unlimited access to local news for just $1 for your first 3 months.",
        "* I understand and agree that registration on or use of this site constitutes "
        "agreement to its user agreement and privacy policy.",
        "Нашли ошибку? Выделите её и нажмите Ctrl+Enter.",
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu di WhatsApp Channel.",
        "Tulis komentar Anda...",
        # an opinion piece's call for letters, a press portal's footer (news aktuell)
        "Ihre Meinung? Schreiben Sie an leserbriefe@zeitung.example",
        "Rückfragen bitte an:",
        "Original-Content von: Polizeipräsidium Mittelhessen - Pressestelle, übermittelt "
        "durch news aktuell",
        # a gallery's counter, a teaser's age, a paywall's, a text-size widget's and a share
        # dialog's buttons, a section's label
        "2/5",
        "Bild 1 von 12",
        "vor 2 Stunden",
        "2 hours ago",
        "Gesponsert",
        "Jetzt Abo abschließen",
        "Schriftgröße",
        "Text size",
        "Link copied!",
        "Ressort: Lokales",
        # rating widgets and a social plugin's prompt
        "4.5/5 - (2 votes)",
        "Click to rate this post!",
        "[Total: 0 Average: 0]",
        "Please follow and like us:",
        # a caption's label alone, and a wire feed's note (LatestLY's)
        "Representational image",
        "Image Source : PTI",
        "Disclaimer: This post has been auto-published from an agency feed without any "
        "modifications to the text and has not been reviewed by an editor",
        "— Anzeige —",
        "Report this ad",
        "Pin it",
        "Email this story",
        "Click to share on Twitter (Opens in new window)",
        "Partager cet article",
        "Compartir en Facebook",
        "Watch video:",
        "Listen to this article",
        "Weiterlesen nach der Anzeige",
        "Lees ook: Sheriff vraagt meer agenten",
        "Last updated on March 3, 2024",
        "Sign in to comment",
        "This content is imported from Twitter. You may be able to find the same content in "
        "another format.",
        "This article is more than 5 years old",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        # German papers' buttons, paywall labels and dpa's mark
        "Zur Startseite",
        "Artikel vorlesen lassen",
        "Zur Merkliste hinzufügen",
        "Kommentieren",
        "Sie haben einen Fehler entdeckt?",
        "Hier geht's zur Bildergalerie",
        "Sie lesen einen Plus-Artikel",
        "Ihre Meinung ist gefragt",
        "Jetzt kostenlos registrieren und weiterlesen",
        "dpa-infocom, dpa:240303-99-123456/2",
        "webinfo@adnkronos.com (Web Info)",
        "Mehr lokale Nachrichten finden Sie hier.",
        "Mehr Nachrichten aus der Region",
        "Die Redaktion empfiehlt",
        # French, Spanish, Italian, Portuguese, Dutch and Polish papers' furniture
        "Réagir",
        "Écouter cet article",
        "Vous avez repéré une erreur ?",
        "Photo d'illustration",
        "Comparte esta noticia",
        "Únete a nuestro canal de WhatsApp",
        "Contenido exclusivo para suscriptores",
        "Foto di repertorio",
        "Riproduzione riservata",
        "Compartilhe no Facebook",
        "Siga-nos no Instagram",
        "Continua após a publicidade",
        "Deel dit artikel",
        "Advertentie",
        "Udostępnij na Facebooku",
        # a pointer to more elsewhere, a sponsored release's note, a reader appeal
        'Weitere Informationen zum Thema "Schutz vor Einbrechern" finden Sie hier.',
        "Diese Seite zeigt gesponserten Marketing-Inhalt, Quell- und Informationslinks.",
        "Necesitamos el apoyo de nuestros lectores.",
        # a wire's standards note, a letters form, a clip's expiry, a membership's pitch
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Submit your letter to the editor via this form.",
        "Video verfügbar bis 28.02.2021",
        "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
        "Get unlimited access to local news. Cancel anytime.",
        "Melden Sie sich zum Newsletter an und erhalten Sie exklusive Angebote!",
        # tags and categories labelled in more languages
        "Etiketter: bostäder, Malmö",
        "Tagi: mieszkania, Gdańsk",
        "Etiketler: konut, Ankara",
        "Метки: жильё, Казань",
        "Címkék: lakás, Szeged",
        "Oznake: stanovi, Split",
        "Từ khóa: nhà ở",
        "Mots-clés : logement",
        # a share button's call naming its network, the verb first or last
        "Dela på Facebook",
        "Facebook'ta paylaş",
        "Auf Facebook teilen",
        "Поделиться в Telegram",
        "Chia sẻ lên Facebook",
        "Bagikan ke WhatsApp",
        "Megosztás Facebookon",
        "Last Modified:",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line) or is_related_heading(line)


#: A related-story lead-in, an ad slot's label, a share button and a related block's
#: heading or a read-more link or a follow appeal, in more of the regional press's languages.
_MORE_LANGUAGES_NOISE = {
    "sv": ["Läs också: Ny bro i Malmö", "Annons", "Dela artikeln:", "Läs mer", "Dela"],
    "da": ["Læs også: Ny bro i Aarhus", "Annonce", "Del artiklen:", "Læs mere"],
    "no": ["Les også: Ny bro i Bergen", "Annonse", "Del artikkelen:", "Les mer"],
    "id": ["Baca juga: Jembatan baru", "Iklan", "Bagikan:", "SCROLL TO CONTINUE WITH CONTENT"],
    "tr": ["İlgili Haber: Yeni köprü açıldı", "Reklam", "Paylaş:", "Bizi takip edin"],
    "ru": ["Читайте также: Новый мост", "Реклама", "Поделиться:", "Подписывайтесь на наш канал"],
    "cs": ["Přečtěte si také: Nový most v Brně", "Reklama", "Sdílet:", "Sdílejte článek"],
    "hu": ["Olvassa el ezt is: Új híd Szegeden", "Hirdetés", "Megosztás:", "Kapcsolódó cikkek"],
    "ro": ["Citește și: Pod nou la Cluj", "Publicitate", "Distribuie:", "Articole similare"],
    "hr": ["Pročitajte i: Novi most u Splitu", "Oglas", "Podijeli:", "Povezani članci"],
    "nl": ["Advertentie", "Delen:", "Lees meer", "Gerelateerde artikelen"],
    "fi": ["Lue myös: Uusi silta Tampereella", "Mainos", "Jaa:", "Lue lisää"],
    "el": ["Διαβάστε επίσης: Νέα γέφυρα", "Διαφήμιση", "Κοινοποίηση:"],
    "vi": ["Xem thêm: Cầu mới ở Đà Nẵng", "Quảng cáo", "Chia sẻ:", "Tin liên quan"],
    "uk": ["Читайте також: Новий міст у Львові", "Реклама", "Поділитися:"],
    "pl": ["Podziel się:", "Czytaj więcej"],
}


@pytest.mark.parametrize("lang", sorted(_MORE_LANGUAGES_NOISE))
def test_noise_lines_of_more_languages_leave_the_body(lang: str) -> None:
    from newscrawl.extraction import extract_article

    noise = _MORE_LANGUAGES_NOISE[lang]
    story = [
        f"Paragraph {i}: the town council met on Tuesday and agreed to rebuild the old bridge"
        " over the river next spring." for i in range(len(noise) + 1)
    ]  # fmt: skip
    mixed = [line for pair in zip(story, [*noise, ""], strict=True) for line in pair if line]
    paras = "".join(f"<p>{line}</p>" for line in mixed)
    html = f'<html lang="{lang}"><body><article><h1>Bridge</h1>{paras}</article></body></html>'
    body = extract_article(html, "https://news.example/2024/03/03/bridge/").body
    assert body.split("\n\n") == story


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("en", "About the author"),
        ("de", "Über den Autor"),
        ("sv", "Om skribenten"),
        ("pl", "O autorze"),
        ("ru", "Об авторе"),
        ("id", "Tentang Penulis"),
        ("it", "Sull'autore"),
        ("pt", "Sobre o autor"),
    ],
)
def test_an_author_box_closing_the_story_leaves_the_body(lang: str, heading: str) -> None:
    from newscrawl.extraction import extract_article

    story = [
        f"Paragraph {i}: the council met on Tuesday and agreed to rebuild the bridge."
        for i in range(5)
    ]
    box = f"<h3>{heading}</h3><p>Anna Lindqvist has covered the city council for ten years.</p>"
    paras = "".join(f"<p>{line}</p>" for line in story)
    html = f'<html lang="{lang}"><body><article><h1>Bridge</h1>{paras}{box}</article></body></html>'
    body = extract_article(html, "https://news.example/2024/03/03/bridge/").body
    assert body.split("\n\n") == story
    # a heading of that wording before a long stretch of the story is no author box
    long = "The council's plan, the mayor said, runs to " + "many pages and years. " * 50
    html = html.replace(box, f"<h3>{heading}</h3><p>{long}</p>")
    body = extract_article(html, "https://news.example/2024/03/03/bridge/").body
    assert body.endswith("years.")


def test_lines_are_read_without_the_pipes_and_whitespace_at_their_ends() -> None:
    import sys

    from newscrawl.extraction.body_filters import _PIPES

    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c)}
    assert set(_PIPES) == {"|", *spaces}
    assert is_boilerplate("\u3000| Share post: |\xa0\n")


@pytest.mark.parametrize(
    "line",
    [
        "SUBSCRIBE TO OUR NEWSLETTER",
        "Support Local Journalism",
        "© 2024 The Valley Courier. ALL RIGHTS RESERVED.",
        "We May Earn A Commission From Links On This Page.",
        "FOTO: © Ann Lee",
        "TELEFON: 0341 1234",
        "Enable JavaScript To See This Content",
        "Delivered Straight To Your Inbox every morning",
        "Kommentare werden moderiert",
    ],
)
def test_boilerplate_is_found_in_any_case(line: str) -> None:
    """The patterns searched in a lowercased line (``_lowercase_search``) catch it in capitals
    and title case as IGNORECASE did."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The committee will read more than 400 submissions before it decides in May.",
        "Readers who subscribe to the theory that the bridge was unsafe were proved right, "
        "the engineers' report published on Monday shows.",
        "Foto",
        "The photo was taken on the morning of the flood, the archive says.",
        "Customers can cancel at any time, the regulator said on Monday.",
        "El grupo del WhatsApp",
        "Etiketter på flaskorna ska bytas ut nästa år.",
        "Categorias de base ganham novo centro de treinamento",
        "Facebook shares fell",
        "Share of X rose",
        "Der Vertrag ist jederzeit kündbar, sagte die Verbraucherzentrale.",
        "Related coverage of the trial was banned by the court until the verdict is read "
        "next week, the judge said.",
        "Belag:",
        "Die Tagesordnung umfasst drei Punkte, darunter den Haushalt.",
        "Der Hauptinhalt der Reform ist die Senkung der Steuern.",
        "Die Gemeinde will die Anzeigen wegen Ruhestörung prüfen.",
        "Der Musiker bestätigte die Trennung auf Instagram, wo ihm 2 Millionen Menschen folgen.",
        "Must read books of 2024 include the novel by the Assamese writer, critics said.",
        "Also watch out for the floods, the minister said on Monday in Guwahati.",
        "(With inputs from IANS)",
        "Mit der Registrierung der Partei beim Wahlamt beginnt die Frist für Spenden.",
        "A post shared by the minister on Facebook claimed the bridge was safe.",
        "Bei jeder Buchung erfolgt eine Datenübertragung an US-Server, kritisieren Datenschützer.",
        "The paper moderates all comments on its site, the editor told the committee, and "
        "removed 400 last year.",
        "The meeting ran until 10:30 pm, and the vote came after midnight.",
        "Loading the lorries took the volunteers most of the night.",
        "Laden",  # a heading: charging an electric car
        "The report has not been edited by the ministry staff, the minister said on Monday.",
        "The paper's syndicated feed of wire stories was cut last year, the editor said.",
        "Catch all the action as the council votes on the budget tonight.",
        "The story continues below the fold in the print edition, the editor said.",
        "Lesen Sie weiter, was der Bürgermeister dazu sagte: Die Brücke bleibt gesperrt.",
        "Der Zoom der Kamera reicht bis zum anderen Ufer, sagte der Fotograf.",
        "Um diesen Inhalt anzuzeigen, braucht die Stadt ein neues Portal, sagte der Bürgermeister.",
        "In Pics, the paper's photo supplement, the floods filled six pages.",
        "The agency feed was cut on Monday, the editor said.",
        "Vor 2 Stunden rief die Feuerwehr die Anwohner zur Räumung auf.",
        # (a police report's "Anzeige" is a complaint, not an ad's label)
        "Anzeige gegen Unbekannt erstattete der Besitzer am Montag, teilte die Polizei mit.",
        "Werbung für das Stadtfest zahlte die Gemeinde, sagte der Veranstalter.",
        "Anzeige wegen Sachbeschädigung",
        "Werbung neuer Mitglieder",
        "Stay tuned for the council's vote on Monday, the mayor said.",
        "km/h",
        "2 von 12 Brücken der Stadt sind marode, sagt der Bericht.",
    ],
)
def test_article_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert not is_related_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "இதையும் படியுங்கள்: வானிலை மையம் ஆரஞ்சு எச்சரிக்கை விடுத்தது",
        "ഇതും വായിക്കുക: വന്ദേ ഭാരത് പുതിയ സമയക്രമം",
        "ఇవి కూడా చదవండి: మెట్రో ఛార్జీల పెంపు లేదు",
        "हेही वाचा : पीएमपीच्या ताफ्यात नव्या ई-बस दाखल",
        "यह भी प\u095d\u0947\u0902: दिल्ली में ठंड का कहर",  # ढ़ as one code point (U+095D)
        "यह भी पढ\u093c\u0947\u0902: दिल्ली में ठंड का कहर",  # ढ + nukta, as NFC writes it
        "આ પણ વાંચો : ઉત્તરાયણના દિવસે મેટ્રોનો સમય લંબાવાયો",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਪੰਜਾਬ ਦੇ ਸਕੂਲਾਂ ਵਿੱਚ ਛੁੱਟੀਆਂ ਵਧੀਆਂ",
        "ଆହୁରି ପଢନ୍ତୁ: ରଥଯାତ୍ରା ପାଇଁ କାଠ ସଂଗ୍ରହ ଆରମ୍ଭ",
        "লগতে পঢ়ক: ব্ৰহ্মপুত্ৰৰ জলপৃষ্ঠ বৃদ্ধি",
        "ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆ",
        "ചിത്രം: ഫയൽ",
        "તસવીર: ફાઇલ",
        "(फोटो: फाईल)",
        "ବିଜ୍ଞାପନ",
        "விளம்பரம்",
    ],
)
def test_indian_language_boilerplate(line: str) -> None:
    """The "also read" lead-ins, picture credits and ad labels as the Indian-language press
    prints them between paragraphs (they were kept: the lexicons were European only)."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "ताज़ा खबरों के लिए हमारे WhatsApp चैनल से जुड़ें।",
        "👉 हमारे व्हाट्सएप ग्रुप से जुड़ने के लिए यहां क्लिक करें",
        "देश-दुनिया की खबरों के लिए टेलीग्राम पर हमें ज्वाइन करें",
        "আমাদের হোয়াটসঅ্যাপ চ্যানেলে যোগ দিন",
    ],
)
def test_indian_language_messenger_appeals(line: str) -> None:
    """The "join us on WhatsApp" appeal that closes Indian-language stories (only the
    English one was known)."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "पुलिस ने व्हाट्सएप से जुड़े दो मामले दर्ज किए।",
        "मंत्री ने कहा कि व्हाट्सएप पर अफवाह फैलाने वालों पर कार्रवाई होगी और लोग हेल्पलाइन से "
        "जुड़ें, ताकि सही जानकारी मिल सके, और प्रशासन हर गांव में टीमें भेजेगा जो राहत "
        "शिविरों में भोजन, दवा और पानी की व्यवस्था देखेंगी।",
    ],
)
def test_indian_language_sentences_about_messengers_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Suivez toute l'actualité de vos villes et médias favoris en vous inscrivant à Mon Actu.",
        "Suivez l’actualité de Lyon sur notre page Facebook",
        "Google News पर हमें फॉलो करें",
        "ताज़ा खबरों के लिए गूगल न्यूज़ पर हमें फॉलो करें",
        "जाहिरात",
        "Start a Conversation | Follow us on Google News",
        "Join Vanguardia News WhatsApp Channel Click here",
        "Join our Viber community for the latest news from Cebu.",
        "Do you have a news tip? WhatsApp us on 082 000 0000. Get the latest news on our "
        "WhatsApp channel.",
        "Have a news tip? Email us at tips@herald.example",
        # the German regional press's
        "Folgen Sie Neuss Aktuell auch auf Facebook und Instagram!",
        "Sie haben einen Hinweis für unsere Redaktion? Schreiben Sie uns an tipp@herald.example",
        "Haben Sie einen Tipp für uns? Melden Sie sich per WhatsApp.",
    ],
)
def test_follow_and_tip_appeals_and_ad_labels(line: str) -> None:
    """Appeals closing stories in India's, Nigeria's, the Philippines', South Africa's and
    France's press, and Marathi's ad label, as the existing lexicons word them elsewhere."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Join the farmers on WhatsApp, he said, to hear their prices.",
        "Vendors joined a Viber group last year to share prices, the co-operative said.",
        "The minister said the WhatsApp channel had 2 million followers, click here counts aside.",
        "Do you have a news tip about the council, the mayor asked reporters on Monday.",
        "Start a conversation with your teenager about money early, the adviser said.",
        "कंपनी ने Google News पर अपनी रिपोर्ट जारी की और कहा कि वह नियमों का पालन करेगी।",
        "जाहिरात कंपनीच्या मालकाला पोलिसांनी अटक केली.",
        "Police said the car | a grey sedan | was found on Monday near the old mill road.",
        "Suivre l'actualité locale est devenu difficile depuis la fermeture du journal, dit-elle.",
    ],
)
def test_story_lines_mentioning_messengers_tips_or_conversations_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        # Brazil's follow appeals
        "Siga o Jornal do Vale no Google Notícias e receba as principais notícias",
        "📲 Participe do canal do g1 Campinas no WhatsApp",
        # "also read" in Spanish, Bulgarian, Serbian Cyrillic, Arabic and Hebrew
        "Ver también: Suspenden clases en tres escuelas costeras",
        "Прочетете още: Нов път към Пловдив",
        "Прочитајте и: Нови мост у Нишу",
        "اقرأ أيضا: افتتاح مدرسة جديدة في العين",
        "קראו עוד: הכביש לחיפה ייסגר",
        # a picture's credit in Cyrillic and Greek
        "Снимка: БТА",
        "Фото: Нишке вести",
        "Φωτογραφία: ΑΠΕ-ΜΠΕ",
    ],
)
def test_follow_appeals_also_read_lines_and_credits_of_more_languages(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "O prefeito pediu que a população siga a orientação da Defesa Civil no bairro.",
        "Siga o conselho do médico e descanse, disse a enfermeira aos pacientes.",
        "Фотографите от събитието бяха показани на изложбата в центъра.",
        "Ver también el informe anual, pidió el concejal a los vecinos en la sesión.",
    ],
)
def test_story_lines_like_those_of_more_languages_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "தொடர்புடைய செய்திகள்",
        "संबंधित खबरें",
        "સંબંધિત સમાચાર",
        "ସମ୍ବନ୍ଧିତ ଖବର",
    ],
)
def test_indian_language_related_headings(line: str) -> None:
    assert is_related_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "संबंधित अधिकारियों ने बताया कि पुल की मरम्मत का काम अगले सप्ताह शुरू होगा।",
        "ప్రకటన విడుదల చేసిన మంత్రి, రైతులకు రూ.500 కోట్ల సాయం ప్రకటించారు.",
        "படம் வெளியான முதல் நாளே ரசிகர்கள் திரையரங்குகளில் குவிந்தனர்.",
    ],
)
def test_indian_language_sentences_opening_with_those_words_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert not is_related_heading(line)


def test_related_heading_drops_teasers_until_long_paragraph() -> None:
    long_para = " ".join(["word"] * 30)
    paras = ["Intro paragraph of the story.", "You may also like", "Teaser one", long_para]
    assert filter_paragraphs(paras) == ["Intro paragraph of the story.", long_para]


def test_a_related_box_inside_the_story_ends_at_the_story_s_next_sentence() -> None:
    # a box of related links inside the body (Publisher's "bs-irp"): the short paragraph
    # after its teasers is the story's, a sentence with its full stop
    paras = [
        "The council approved the budget on Monday after a long debate.",
        "Related Posts",
        "GP surgery merger approved by health board",
        "The new budget takes effect in April, the treasurer said.",
        "Libraries keep their Sunday hours.",
    ]
    assert filter_paragraphs(paras) == [paras[0], paras[3], paras[4]]


def test_a_video_promo_inside_the_story_goes_with_its_teaser() -> None:
    # a promoted clip between two paragraphs: its label and its teaser (a colon, no full
    # stop) go, twice over; the story goes on
    paras = [
        "The president-elect named his campaign manager counselor on Thursday.",
        "Popular Video",
        "This judge looked an inmate in the eyes and did something that left everyone in tears:",
        "Popular Video",
        "This judge looked an inmate in the eyes and did something that left everyone in tears:",
        "Conway, who led the campaign to victory, will be the highest-ranking woman there.",
    ]
    assert filter_paragraphs(paras) == [paras[0], paras[5]]


def test_resegment_splits_a_run_on_fallback_line_into_page_blocks() -> None:
    teaser_links = "".join(f'<li><a href="/t{i}">{t}</a></li>' for i, t in enumerate(TEASERS))
    doc = parse(
        "<html><body><nav><p>Home News</p></nav><article>"
        f"<p>{ARTICLE_PARAGRAPHS[0]}</p><figure><figcaption>The bridge in May. Photo: "
        f"A. Person</figcaption></figure><div><p>{ARTICLE_PARAGRAPHS[1]}</p></div></article>"
        f"<ul class='more'>{teaser_links}</ul></body></html>"
    )
    caption = "The bridge in May. Photo: A. Person"
    blob = " ".join(["Home News", ARTICLE_PARAGRAPHS[0], caption, ARTICLE_PARAGRAPHS[1], *TEASERS])
    assert resegment(doc, blob) == [
        ARTICLE_PARAGRAPHS[0],
        caption,
        ARTICLE_PARAGRAPHS[1],
    ]
    assert resegment(doc, "text that is on no block of the page") == []


def test_header_date_line_before_the_text_is_dropped_but_not_inside_it() -> None:
    paras = ["Tuesday, July 1, 2025", "Body text of the story.", "26. März 2004, 16:19"]
    assert filter_paragraphs(paras) == ["Body text of the story.", "26. März 2004, 16:19"]
    # the publication line of BBC's and CNN's 2013 pages: dates, an update label, zones
    for line in (
        "18 July 2013 Last updated at 12:38 GMT",
        "July 2, 2013 -- Updated 1639 GMT (0039 HKT)",
    ):
        assert filter_paragraphs([line, "Body text of the story."]) == ["Body text of the story."]


def test_the_story_s_day_under_its_standfirst_is_dropped_but_not_a_month_heading() -> None:
    stand = "Ein Lehrer erklärt, wie Kinder das Programmieren lernen."
    paras = [stand, "24. Oktober 2018", "Body text of the story.", "More text."]
    assert filter_paragraphs(paras) == [stand, "Body text of the story.", "More text."]
    # a programme's month, and a date closing a short text, are the text's own
    paras = [stand, "Februar 2020", "Body text of the story.", "More text."]
    assert filter_paragraphs(paras) == paras


def article_page(extra_in_article: str = "", extra_after: str = "") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    return f"""<html><head><title>Minister refuses</title></head><body>
<div id="header"><div id="site-description">News and views for everyone who wants to know
what happens in our region, every single day of the year</div></div>
<div class="page"><article><h1>Minister refuses to cooperate</h1>
<div class="entry-content">{body}{extra_in_article}</div>{extra_after}
</article></div></body></html>"""


def pruned_and_body(extra_in_article: str) -> tuple[list[str], list[str]]:
    """The classes of the blocks ``boilerplate_blocks`` prunes from ``article_page``'s
    article with ``extra_in_article``, sorted, and the body extracted from that page."""
    html = article_page(extra_in_article)
    blocks = boilerplate_blocks(parse(html))
    in_article = [el for el in blocks if any(a.tag == "article" for a in el.iterancestors())]
    classes = sorted(el.get("class") for el in in_article)
    return classes, extract_body(parse(html), None)


def test_list_items_have_no_bullet_marker() -> None:
    items = "<ul><li>First point of the minister's statement on security</li>"
    items += "<li>Second point on the <b>nuclear</b> programme talks</li></ul>"
    paragraphs = extract_body(parse(article_page(items)), None)
    assert "First point of the minister's statement on security" in paragraphs
    assert "Second point on the nuclear programme talks" in paragraphs
    assert not any(p.startswith("- ") for p in paragraphs)


def test_a_paragraph_opening_with_a_dash_outside_lists_keeps_it() -> None:
    from newscrawl.extraction.body import _paragraphs

    assert _paragraphs("- Yes, he said.\nNext line") == ["- Yes, he said.", "Next line"]
    assert _paragraphs("- item one\n  - nested item", list_markers=True) == [
        "item one",
        "nested item",
    ]


@pytest.mark.parametrize(
    "box",
    [
        '<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/a">Jane Doe'
        '</a></div><div class="saboxplugin-desc"><p>Jane Doe covers the city council and writes '
        "about transport, housing and the regional economy for the paper.</p></div></div>",
        '<section class="about-the-author"><h3>About the author</h3><p>Jane Doe covers the city '
        "council and writes about transport, housing and the regional economy.</p></section>",
        '<div id="author-bio"><p>Jane Doe covers the city council and writes about transport, '
        "housing and the regional economy for the paper.</p></div>",
        # a styled-components class (Madsack's papers): the component's file, "styled__"
        '<div class="AuthorBoxstyled__Container-sc-1x2y"><p>Jane Doe</p><p>Redakteurin im '
        "Lokalressort. Schreibt über Verkehr, Stadtplanung und Wohnen.</p></div>",
    ],
)
def test_author_boxes_are_not_body(box: str) -> None:
    for html in (article_page(box), article_page(extra_after=box)):
        paragraphs = extract_body(parse(html), None)
        assert ARTICLE_PARAGRAPHS[-1] in paragraphs
        assert not any("Jane Doe" in p for p in paragraphs)


def test_a_layout_tables_cells_are_paragraphs_without_pipes() -> None:
    # schleifen.ucoz.de: an old site laid out in a table, one cell to a row
    rows = "".join(f"<tr><td>{p}</td></tr>" for p in ARTICLE_PARAGRAPHS)
    html = f'<html><body><table class="layout"><tr><td><h1>Minister</h1></td></tr>{rows}</table>'
    paragraphs = extract_body(parse(html + "</body></html>"), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any(p.startswith("|") or p.endswith("|") for p in paragraphs)


def test_a_data_tables_rows_keep_their_cells_apart() -> None:
    table = (
        "<table><tr><th>District</th><th>Villages flooded</th></tr>"
        "<tr><td>Dhemaji</td><td>112</td></tr><tr><td>Lakhimpur</td><td>87</td></tr></table>"
    )
    paragraphs = extract_body(parse(article_page(table)), None)
    assert "| Dhemaji | 112 |" in paragraphs


def test_the_bylines_hover_card_is_not_the_lead() -> None:
    # techcrunch.com (2013): the byline under the headline opens a card with the bio
    card = (
        '<h4 class="byline">by <a href="/author/jd/">Jane Doe</a></h4><div id="author-dropdown-0"'
        ' class="author-dropdown"><div class="description"><p>Jane Doe has over 10 years of '
        "marketing, PR and product management experience in multiple verticals, and prides "
        "herself on being a connector.</p></div></div>"
    )
    html = article_page().replace(
        '<div class="entry-content">', card + '<div class="entry-content">'
    )
    paragraphs = extract_body(parse(html), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("Jane Doe" in p for p in paragraphs)


def test_author_box_rule_never_takes_the_article_container() -> None:
    html = article_page().replace("<article>", '<article class="author-box-enabled post">')
    html = html.replace('class="page"', 'class="page has-author-bio"')
    long_bio = " ".join(["word"] * 300)
    html = html.replace("</article>", f'<div class="author-info">{long_bio}</div></article>')
    # (the page header's tagline is the one block: never the article)
    assert [el.get("id") for el in boilerplate_blocks(parse(html))] == ["site-description"]


def test_blockquote_cite_is_not_body_but_the_quote_is() -> None:
    quote = (
        "<blockquote><p>We will not coordinate our operations with a government that holds "
        "our citizens in its jails.</p><cite>Foreign ministry statement</cite></blockquote>"
    )
    paragraphs = extract_body(parse(article_page(quote)), None)
    text = "\n".join(paragraphs)
    assert "We will not coordinate our operations" in text
    assert "Foreign ministry statement" not in text


def test_site_tagline_is_no_lead() -> None:
    paragraphs = extract_body(parse(article_page()), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs


def test_extract_body_leaves_no_prune_marks() -> None:
    box = '<div class="author-box"><p>Jane Doe writes about the region.</p></div>'
    doc = parse(article_page(box))
    before = lxml.html.tostring(doc)
    extract_body(doc, None)
    assert lxml.html.tostring(doc) == before


@pytest.mark.parametrize(
    "line",
    [
        "If you enjoyed reading this post – would you consider supporting our work? "
        "Just click here. Thanks!",
        "Sign up to get the best content of the week, and great deals, as picked by the editors.",
        "We recommend the best products through an independent review process. We may receive "
        "compensation if you visit partners we recommend. Read our advertiser disclosure.",
        "Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision erhalten.",
    ],
)
def test_appeal_and_disclosure_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said he would support our neighbours only if the talks resumed in May.",
        "Subscribers to the water scheme will pay less from next year, the council said.",
        "The agency did not say whether it had received compensation for the flights.",
        # the police's call for witnesses stays in their report
        "Sie haben einen Hinweis zum Täter? Dann melden Sie sich bei der Polizei unter 110.",
        "Folgen Sie der Spur des Geldes in die Schweiz, sagte der Ermittler vor Gericht.",
    ],
)
def test_article_lines_mentioning_appeal_words_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_trailing_author_bio_is_dropped() -> None:
    bio = "Jane Doe is a freelance journalist based in Lagos who writes about energy."
    assert filter_paragraphs([*ARTICLE_PARAGRAPHS, bio]) == ARTICLE_PARAGRAPHS
    # only at the end, only a present-tense bio, never a lone paragraph
    assert filter_paragraphs([bio, *ARTICLE_PARAGRAPHS]) == [bio, *ARTICLE_PARAGRAPHS]
    past = "Jane Doe was a reporter at the Gazette for thirty years until she retired."
    assert filter_paragraphs([*ARTICLE_PARAGRAPHS, past]) == [*ARTICLE_PARAGRAPHS, past]
    assert filter_paragraphs([bio]) == [bio]


def test_lead_left_open_around_the_article_gives_its_leading_text() -> None:
    # an unclosed <h2 class="excerpt"> swallows the article body in the parsed tree
    html = lead_page().replace(
        '<p class="article-intro">The city council has voted to rebuild the river bridge next '
        "year,\nending a dispute that had kept the crossing closed to lorries for two winters.</p>",
        "",
    )
    html = html.replace(
        '<div class="article-body">',
        '<h2 class="article__excerpt">Lorries will cross the river again next year after the '
        'council settled a long dispute over the old bridge <div class="article-body">',
    )
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[0].startswith("Lorries will cross the river again next year")
    assert ARTICLE_PARAGRAPHS[0] in paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Like it? Share it!",
        "Artikel teilen",
        "(Noch keine Bewertungen) Loading...",
        "Jump to RecipePrint Recipe",
        "Podcast: Play in new window | Download",
        "Podcast: Play in new window | Download (Duration: 4:12 — 3.9MB) | Embed",
        # a share dialog's messages, printed in the page for its script
        "An error has occured and your email has not been sent.",
        "Invalid email address",
        "You can't enter more than 20 emails.",
        "A link has been posted to your Facebook feed.",
        "Let friends in your social network know what you are reading about",
        "• Invalid email address.",
        "Sent!",
        "Tweet this",
        "Digg this",
        "Reprints",
        "blog comments powered by Disqus",
        "____________________",  # a rule drawn with underscores
        "• You must enter the verification code below to send.",
        "“Start Quote",
        "End Quote",
        "Now Playing",
        "Connect With Us on Twitter",
        "Follow @nytimesworld for international breaking news and headlines.",
        "Dow Jones Reprints: This copy is for your personal, non-commercial use only.",
        "Zurück zur Startseite",
        "Back to top",
        "Über den Autor",
        "About the author",
        "Von: Jane Doe",
        "Text: Jan Kowalski",
    ],
)
def test_widget_and_byline_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Von Berlin nach Hamburg",
        "By Monday the bridge was open again.",
        "Text messages from the mayor",
        "Autor:innen",
        "Share prices fell in May.",
        "Back to the drawing board for the council",
        "The email address he gave was invalid, police said.",
        "A link has been posted to your Facebook feed, the scammers' message read.",
        "Sent to the front, he wrote home.",
        "Reprints of the 1901 edition sold out.",
        "Now playing at the Odeon: a film about the floods.",
        "Follow the money, the auditor said.",
        "The end quote came from the mayor.",
    ],
)
def test_short_article_lines_like_widgets_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Posted in News", True),
        ("Updated 12.05.2020", True),
        ("Tags: bridge, council", True),
        ("Teilen auf", True),
        ("Published reports say the mayor resigned", False),
        ("Updated figures show a rise in rents", False),
        ("Date palms line the new promenade", False),
    ],
)
def test_label_lines_need_a_colon_a_preposition_or_a_date(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_element_showing_the_meta_description_is_a_lead() -> None:
    summary = (
        "Lorries will cross the river again next year after the council settled a long "
        "dispute over the old bridge"
    )
    html = lead_page().replace(
        "<head><title>", f'<head><meta name="description" content="{summary}."><title>'
    )
    html = html.replace('<p class="article-intro">', '<p class="x" hidden>')
    html = html.replace("</header>", f"</header><div><span>{summary}.</span></div>")
    html = html.replace('<p class="x" hidden>', "<!--").replace("two winters.</p>", "-->")
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[0] == f"{summary}."
    assert ARTICLE_PARAGRAPHS[0] in paragraphs


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Startseite / Aktuelles / 08.11.2021 | Online-Fachtag zum Thema", True),
        ("| Hauptseite » 2010 » Oktober » 26 » Briefe |", True),
        ("Home > News > Region", True),
        ("Home is where the council meets, the mayor said.", False),
        ("Homepage traffic doubled after the story ran.", False),
    ],
)
def test_breadcrumb_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


def test_a_kept_line_is_never_boilerplate() -> None:
    lines = ["The ferry will run until March, the council said.", "Source: Reuters"]
    assert filter_paragraphs(lines) == lines[:1]
    assert filter_paragraphs(lines, keep=lambda line: line.startswith("Source:")) == lines


def test_generic_body_keeps_a_wire_credit_line() -> None:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    doc = lxml.html.document_fromstring(
        f"<html><body><article>{paras}<p>Source: Reuters</p></article></body></html>"
    )
    assert extract_body(doc, None)[-1] == "Source: Reuters"


@pytest.mark.parametrize(
    "line",
    [
        "Vea también",
        "Empfehlungen",
        "Meist-diskutiert",
        "Lesetipps",
        "Potrebbe interessarti anche",
        "Lees ook",
        "Further reading",
        "Check Also",
        "Trending Topics",
        "Top Headlines",
        "Web Stories",
        "In Pics",
        "Neueste Beiträge",
        "More from City Limits",
        "More in Letters to the Editor",
        "More Local News",
        "Our Latest Stories",
        # a block of video teasers in the story
        "Popular Video",
        "More video",
        "Featured Videos",
        # Thai, Japanese, Chinese, Korean and Arabic papers' related blocks
        "เรื่องที่เกี่ยวข้อง",
        "関連記事",
        "相关新闻",
        "相關閱讀",
        "관련 기사",
        "مقالات ذات صلة",
    ],
)
def test_more_related_headings(line: str) -> None:
    assert is_related_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "twittern",
        "teilen 50",
        "Seite drucken",
        "Impressum",
        "MEHR ERFAHREN",
        "Saiba Mais",
        "While you are here…",
        "War dieser Artikel hilfreich?",
        "Publicité",
        "Kategorien",
        "Stand: 12.03.2021, 14:30 Uhr",
        "Erstellt am 12.03.2021",
        "(Bild: Dieter Stork)",
        "Symbolbild",
        "Photo by Jane Doe on Unsplash",
        "Bildnachweis:",
        "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
        "Commentaires",
        "Lascia un commento",
        "Externer Inhalt",
        "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript.",
        "Unterstützen Sie unseren Journalismus!",
        "Lesedauer: 4 Minuten",
        "Weitere",
        "More…",
    ],
)
def test_buttons_credits_comment_prompts_and_consent_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy Harbour Films",
        "Photo courtesy of the Smith family",
        "Illustration by Ann Lee",
        "Foto von Jan Kowalski",
        "AP Photo/Evan Doe",
        "(AFP PHOTO / JOHN DOE)",
        "- The mayor in 2008. REUTERS/Jean Martin -",
        "Firefighters at the scene on Friday. Ann Lee/AP",
    ],
)
def test_picture_credits_naming_who_made_the_picture(line: str) -> None:
    """A credit naming the photographer, illustrator or lender of a picture, alone or
    closing its caption, is no body text."""
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Courtesy calls were made on Monday.",
        "Photos by the dozen arrived at the archive.",
        "Pictures by Monet hang in the hall.",
        "The deal was reported by Reuters/Ipsos.",
    ],
)
def test_lines_like_picture_credits_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stand der Dinge ist, dass die Brücke gesperrt bleibt.",
        "Erstellt wurde der Plan von drei Ingenieuren.",
        "Themenwoche im Rathaus",
        "Kontaktbeschränkungen gelten bis Ende Mai.",
        "Comentarios del ministro sobre el presupuesto",
        "Die Stadt unterstützt die Vereine mit 40.000 Euro.",
        "Symbolbilder sind in der Ausstellung nicht zu sehen, sagte die Kuratorin.",
        "Like many towns on the coast, Kirkwall depends on the ferry.",
        "Home owners will pay less tax from next year.",
        "Weitere Schritte will der Rat im Mai beschließen.",
        "More than 40 families were moved to relief camps.",
        "More from the interview appears below.",
        "More in sorrow than in anger, she left the council.",
        "Published on 3 March 2024 by the county council, the report drew 400 replies.",
        "Kommentar von der Redaktion",
        "This story has been updated to include the mayor's reply.",
        "Originally published in 1998, the book sold two million copies.",
        # where a syndicated story first appeared
        "This article originally appeared on The Daily Star: Council approves budget",
        "This story was originally published by The Texas Tribune.",
        "Dieser Artikel ist ursprünglich am 27. Februar 2017 erschienen.",
        "File photo of the mayor in 1998, which the paper ran again on Monday.",
        "Audio recordings of the meeting were released on Monday.",
        "Pin it on the board, the teacher told the class.",
        "Previous posts on the council's site were deleted in March.",
        "Das Wichtigste in Kürze",
        "Weitere Informationen zum Unfall hat die Polizei noch nicht.",
        "Mit Material von dpa",
        "Mehr Nachrichten aus der Region will die Zeitung im Herbst drucken, sagte der Verleger.",
        "The paper first published the letter in 1998 and reprinted it on Monday.",
    ],
)
def test_article_lines_like_buttons_are_kept(line: str) -> None:
    assert not is_boilerplate(line)
    assert not is_related_heading(line)


def test_a_block_repeating_the_headline_is_no_lead() -> None:
    headline = "Minister refuses to cooperate with the neighbouring government on security"
    intro = (
        '<p class="article-intro">The city council has voted to rebuild the river bridge next '
        "year,\nending a dispute that had kept the crossing closed to lorries for two winters.</p>"
    )
    html = lead_page().replace(intro, f'<p class="subtitle">{headline}</p>')
    assert headline in html
    assert extract_body(parse(html), None)[0] == headline  # not the headline: a lead
    h1_html = html.replace("Council votes to rebuild the old river bridge", headline)
    assert headline not in extract_body(parse(h1_html), None)
    og = f'<meta property="og:title" content="{headline}">'
    og_html = html.replace("<title>", og + "<title>")
    assert headline not in extract_body(parse(og_html), None)


def test_the_block_showing_the_meta_description_beats_a_nearer_named_box() -> None:
    lead = (
        "The city council has voted to rebuild the river bridge next year, ending a dispute "
        "that had kept the crossing closed to lorries for two winters."
    )
    html = (
        lead_page()
        .replace("<head>", f'<head><meta name="description" content="{lead}">')
        .replace(
            "</header>",
            '</header><div class="promo"><span class="description">One month of football '
            "for the price of a coffee with this offer</span></div>",
        )
        .replace('class="article-intro"', 'class="x"')
    )
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[0] == lead
    assert not any("football" in p for p in paragraphs)


def test_a_standfirst_showing_the_meta_description_may_sit_outside_the_article() -> None:
    lead = (
        "In his essay the critic explores a paradoxical feeling between sadness and "
        "transcendence that runs through the whole of European art."
    )
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)

    def page(meta: str) -> str:
        return (
            f"<html><head><title>Homesick</title>{meta}</head><body>"
            f'<div class="hero"><header><h1>Homesick</h1><p>{lead}</p></header></div>'
            f'<div class="main"><article>{paras}</article></div></body></html>'
        )

    shown = extract_body(parse(page(f'<meta name="description" content="{lead}">')), None)
    assert shown[0] == lead
    assert lead not in extract_body(parse(page("")), None)  # no evidence: not taken


def test_related_blocks_and_popups_are_pruned_but_not_links_or_containers() -> None:
    blocks = (
        '<div class="more-about__card --related"><p>Other story one</p></div>'
        '<div class="pum pum-overlay"><p>Training programme details in a pop-up</p></div>'
        '<div class="modal fade"><p>Confirm your choice</p></div>'
        '<a class="like-link modal-trigger" href="#">Like</a>'
        '<div class="inline-article-recirc"><ul><li>Other story two</li></ul></div>'
        '<div class="related-wrapper"><h1>Minister refuses</h1></div>'
    )
    pruned, paragraphs = pruned_and_body(blocks)
    assert pruned == [
        "inline-article-recirc",
        "modal fade",
        "more-about__card --related",
        "pum pum-overlay",
    ]
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("Other story" in p or "pop-up" in p for p in paragraphs)


@pytest.mark.parametrize(
    "block",
    [
        # WordPress's "Latest Posts" block and Newspack's block of teasers, put in a story
        '<ul class="wp-block-latest-posts__list wp-block-latest-posts">'
        '<li><a href="/a">Other story one</a></li></ul>',
        '<div class="wp-block-newspack-blocks-homepage-articles"><h2>Keep reading</h2>'
        '<article><h3><a href="/a">Other story one</a></h3></article></div>',
    ],
)
def test_lists_of_recent_posts_in_a_story_are_pruned(block: str) -> None:
    pruned, paragraphs = pruned_and_body(block)
    assert len(pruned) == 1
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("Other story" in p for p in paragraphs)


@pytest.mark.parametrize(
    "header",
    [
        '<p class="site-description">News from the valley since 1952</p>',
        # Blogger's header widget
        '<div class="descriptionwrapper"><p class="description"><span>News from the valley'
        " since 1952</span></p></div>",
    ],
)
def test_the_sites_tagline_is_never_body_text(header: str) -> None:
    # a short post whose page trafilatura reads whole, the header's tagline with it
    html = (
        "<html><head><title>Road closed</title></head><body><div class='content'>"
        f"<header><h1 class='title'><a href='/'>Valley Gazette</a></h1>{header}</header>"
        "<div class='post'><h3 class='post-title'>Road closed near the park</h3>"
        f"<div class='post-body'>{ARTICLE_PARAGRAPHS[0]}</div></div></div></body></html>"
    )
    paragraphs = extract_body(parse(html), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("since 1952" in p for p in paragraphs)


def test_a_page_without_text_leaves_no_trafilatura_warning_in_the_log(caplog) -> None:
    html = (
        "<html><body><div class='gallery'><img src='/a.jpg'><img src='/b.jpg'></div></body></html>"
    )
    with caplog.at_level("WARNING"):
        assert extract_body(parse(html), "https://herald.example/gallery/") == []
    assert "discarding data" not in caplog.text


def test_a_check_also_box_of_another_story_is_pruned() -> None:
    # TieLabs' (Jannah, Sahifa) box, its heading in a plain <div>, another story's opening
    box = (
        '<div id="check-also-box" class="container-wrapper">'
        '<div class="widget-title the-global-title"><div class="the-subtitle">Check Also</div>'
        '</div><div class="post-widget-body"><h2 class="post-title"><a href="/a">Other story one'
        "</a></h2><p>Police arrested two men on Sunday after the robbery at the market.</p>"
        "</div></div>"
    )
    pruned, paragraphs = pruned_and_body(box)
    assert pruned == ["container-wrapper"]
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any("Other story" in p or "Police" in p for p in paragraphs)


@pytest.mark.parametrize(
    "name",
    ["AdContainer", "AdLabel", "styles_AdSlot__x1", "ArticleAd", "ad_slot", "ad-slot", "top-ad"],
)
def test_ad_blocks_named_in_camel_case_or_by_a_css_module_are_pruned(name: str) -> None:
    block = f'<div class="{name}"><span>Hide Ad</span></div>'
    pruned, paragraphs = pruned_and_body(block)
    assert pruned == [name]
    assert paragraphs == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "name",
    [
        "Adobe",
        "AddressBlock",
        "AdminBar",
        "Headline",
        "Shadow",
        "Loader",
        "AdventureBox",
        "uploads",
        "has-ads",
        "noAds",
        "adFree",
    ],
)
def test_blocks_whose_names_only_hold_the_letters_ad_stay(name: str) -> None:
    block = (
        f'<div class="{name}"><p>Hide the ad from the public view, the mayor told them.</p></div>'
    )
    pruned, paragraphs = pruned_and_body(block)
    assert pruned == []
    assert "Hide the ad from the public view, the mayor told them." in paragraphs


def test_an_ad_class_on_a_long_block_is_no_ad() -> None:
    long_block = (
        '<div class="StoryAdWrapper">'
        + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
        + "</div>"
    )
    assert not ad_block(lxml.html.fragment_fromstring(long_block))
    short_block = '<div class="StoryAdWrapper"><span>Advertisement</span></div>'
    assert ad_block(lxml.html.fragment_fromstring(short_block))


def test_a_theme_s_noise_takes_camel_case_ad_blocks_too() -> None:
    container = parse(
        '<div class="entry"><p>First line of the story.</p>'
        '<div class="AdContainer"><span class="AdLabel">Hide Ad</span></div>'
        '<div class="AddressBox"><p>12 Main Street</p></div></div>'
    )
    assert block_texts(container, NoiseMatcher(())) == [
        "First line of the story.",
        "12 Main Street",
    ]


@pytest.mark.parametrize(
    "name",
    ["wp-block-group newspack-inline-donate", "donation-cta", "DonateBox", "donate"],
)
def test_an_appeal_for_donations_in_the_story_is_pruned_like_a_sign_up(name: str) -> None:
    appeal = (
        f'<div class="{name}"><div class="wp-block-group__inner-container">'
        '<h2 class="wp-block-heading">Support independent local news</h2><p>The Valley Ledger '
        "is a nonprofit newsroom. Your donation keeps our reporting free for everyone.</p>"
        '<div class="wp-block-buttons"><a class="wp-block-button__link" href="/donate/">'
        "Donate today</a></div></div></div>"
    )
    pruned, paragraphs = pruned_and_body(appeal)
    assert pruned == [name]
    assert paragraphs == ARTICLE_PARAGRAPHS


def test_a_story_about_donations_keeps_its_lines() -> None:
    lines = (
        '<div class="donated-land"><p>The family donated the land for the school in 1952, '
        "the council said.</p></div>"
        "<p>Donations to the flood fund reached 2 million dollars on Monday, its organisers "
        "said.</p>"
    )
    pruned, paragraphs = pruned_and_body(lines)
    assert pruned == []
    assert any(p.startswith("The family donated the land") for p in paragraphs)
    assert any(p.startswith("Donations to the flood fund") for p in paragraphs)


@pytest.mark.parametrize(
    "box",
    [
        # Vocento's box, its class naming nothing ("v-mdl-nl")
        '<div class="v-mdl-nl"><p class="v-mdl-nl__t">Newsletter</p><p>Recibe cada mañana las '
        'noticias de la Margen Izquierda en tu correo.</p><form><input type="email" '
        'placeholder="Tu email"><button>Apuntarme</button></form></div>',
        # a form posting to a mailing list, its field not typed as an e-mail's
        '<div class="box-7"><h4>Subscribe to the Morning Brief</h4><p>The day\'s stories at 6 '
        'a.m.</p><form action="https://herald.us1.list-manage.com/subscribe/post">'
        '<input type="text" name="EMAIL"><button>Go</button></form></div>',
    ],
)
def test_a_newsletter_box_is_found_by_the_field_or_form_it_holds(box: str) -> None:
    paragraphs = extract_body(parse(article_page(box)), None)
    assert paragraphs == ARTICLE_PARAGRAPHS


def test_a_form_with_an_e_mail_field_but_no_appeal_and_a_story_s_newsletter_line_stay() -> None:
    extra = (
        "<p>The council's newsletter, mailed to 40,000 homes, will carry the new bin "
        "schedule from March, officials said.</p>"
        '<div class="box-9"><p>Questions about the bin schedule go to the council office.</p>'
        '<form><input type="email"><button>Send</button></form></div>'
    )
    paragraphs = extract_body(parse(article_page(extra)), None)
    assert any(p.startswith("The council's newsletter, mailed") for p in paragraphs)
    assert "Questions about the bin schedule go to the council office." in paragraphs


def test_a_gallery_in_the_middle_of_the_story_leaves_no_caption_or_heading() -> None:
    gallery = (
        '<div class="bildergalerie"><h3>Bildergalerie: Das alte Amtsgericht von innen</h3>'
        '<div class="bildergalerie__bild"><img src="/a.jpg"><p class="bildergalerie__text">'
        "Der Saal soll zum Konzertsaal werden. Foto: Anna Schmidt</p></div>"
        '<div class="bildergalerie__zaehler">Bild 1 von 8</div></div>'
    )
    p = ARTICLE_PARAGRAPHS
    html = article_page().replace(f"<p>{p[1]}</p>", f"<p>{p[1]}</p>{gallery}")
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[:2] == p[:2] and p[-1] in paragraphs
    assert not any("Bildergalerie" in x or "Konzertsaal" in x for x in paragraphs)


def test_a_caption_named_in_german_goes_from_the_middle_of_the_story() -> None:
    figure = (
        '<div class="bild"><img src="/a.jpg">'
        '<p class="bildunterschrift">Der Saal. Foto: Ann Lee</p></div>'
    )
    p = ARTICLE_PARAGRAPHS
    html = article_page().replace(f"<p>{p[1]}</p>", f"<p>{p[1]}</p>{figure}")
    paragraphs = extract_body(parse(html), None)
    assert p[2] in paragraphs and not any("Foto: Ann Lee" in x for x in paragraphs)


@pytest.mark.parametrize(
    ("closing", "stays"),
    [
        ("(dpa)", True),
        ("dpa/lno", True),
        ("Lusa/Fim", True),  # Lusa's credit and end mark: the credit stays, as dpa's
        ("(asc)", False),
        ("tsb/dan", False),
        ("ACG // JMR", False),  # Lusa's desk codes
        ("ACG//JMR", False),
        ("AC/DC", True),
        ("ACG / JMR", True),  # (capitals with one slash may be a credit or a name)
    ],
)
def test_a_wire_credit_closing_the_story_stays_but_a_writers_initials_go(
    closing: str, stays: bool
) -> None:
    # (the wire's credit is what the agency is read from, and tells a syndicated copy)
    art = extract_article(article_page(f"<p>{closing}</p>"), "https://herald.example/a/")
    assert (closing in art.body.split("\n")) is stays


def test_a_text_and_picture_module_in_the_middle_of_the_story_keeps_its_text() -> None:
    # a block named for its picture may hold the story's own sentence: only an edge drops it
    module = '<div class="text-image"><img src="/a.jpg"><p>The talks resumed in May.</p></div>'
    p = ARTICLE_PARAGRAPHS
    html = article_page().replace(f"<p>{p[1]}</p>", f"<p>{p[1]}</p>{module}")
    assert "The talks resumed in May." in extract_body(parse(html), None)


def _captioned_page(opening: str, middle: str = "") -> str:
    p = ARTICLE_PARAGRAPHS
    return (
        "<html><head><title>Minister refuses to cooperate</title></head><body>"
        "<div class='page'><h1>Minister refuses to cooperate</h1><div class='story'>"
        f"{opening}<p>{p[0]}</p><p>{p[1]}</p>{middle}<p>{p[2]}</p><p>{p[3]}</p>"
        "</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "opening",
    [
        # a picture's block, its caption in a <p>
        "<div class='foto'><img src='a.jpg'><p>Ann Lee.</p></div>",
        "<div id='story_img'><img src='a.jpg'><p>- The minister in 2019 -</p></div>",
        "<div class='image-container'><div class='image'><img src='a.jpg'>"
        "<p class='source'><span>Drawing by a reader</span></p></div></div>",
        # a video's description, the player elsewhere
        "<div class='player'><p class='video-desc'>Residents of the region speak about the "
        "armed group and the fighting near their town.</p></div>",
        # a kicker stands before the caption
        "<p class='kicker'>Near the border</p><div class='foto'><img src='a.jpg'>"
        "<p>Ann Lee.</p></div>",
    ],
)
def test_a_caption_opening_the_body_is_dropped(opening: str) -> None:
    """The caption or credit of a picture or a video, in a block named so, is no body text
    when it opens the body."""
    paragraphs = extract_body(parse(_captioned_page(opening)), None)
    assert ARTICLE_PARAGRAPHS[0] in paragraphs
    assert not any(
        w in p for p in paragraphs for w in ("Ann Lee", "in 2019", "Drawing", "Residents")
    )


def test_a_caption_inside_the_story_and_long_picture_text_are_kept() -> None:
    long_text = " ".join(["The picture shows the northern cities the group holds."] * 4)
    opening = f"<div class='foto'><img src='a.jpg'><p>{long_text}</p></div>"
    middle = "<div class='foto'><img src='b.jpg'><p>Ann Lee at the meeting.</p></div>"
    paragraphs = extract_body(parse(_captioned_page(opening, middle)), None)
    assert long_text in paragraphs  # 40 words: no caption
    assert "Ann Lee at the meeting." in paragraphs  # not at the body's edge


def test_hidden_widgets_are_not_body_but_hidden_copies_of_shown_text_are() -> None:
    widgets = (
        '<div id="weather" style="visibility: hidden"><p><b>Loading weather data ...</b></p>'
        '</div><section class="sns"><h2 class="hide-text">Share this story</h2></section>'
        '<div class="pulldown" style="display: none;"><p>Save articles to read later</p>'
        '<p>Members only</p></div><p class="visually-hidden">Thanks for signing up!</p>'
        '<div class="code"><pre>total = sum(values)</pre>'
        '<p class="raw" style="display:none">total = sum(values)</p></div>'
    )
    paragraphs = extract_body(parse(article_page(widgets)), None)
    assert paragraphs[: len(ARTICLE_PARAGRAPHS)] == ARTICLE_PARAGRAPHS
    assert "total = sum(values)" in paragraphs
    for text in ("weather", "Share this", "Save articles", "Members", "Thanks"):
        assert not any(text in p for p in paragraphs), text


def test_a_long_hidden_paragraph_is_a_collapsed_story_and_kept() -> None:
    rest = (
        "The talks resumed on Friday after a week of delays, and the delegations said that "
        "they expected an agreement on the remaining points before the end of the month."
    )
    hidden = f'<div class="hidden"><p>{rest}</p></div><a href="#">Read more</a>'
    assert rest in extract_body(parse(article_page(hidden)), None)


def test_comment_sections_in_other_languages_are_pruned_whatever_their_length() -> None:
    comment = "<p>Totalmente de acuerdo con lo que dice el ministro sobre la seguridad.</p>"
    sections = (
        '<div id="comentarios_lectores"><ol>'
        + "".join(f"<li>{comment}</li>" for _ in range(30))
        + '</ol></div><div id="xy_comment_form_container_9f3a2b7c"><h2>Comentar</h2>'
        "<p>No se permiten comentarios injuriantes.</p></div>"
    )
    html = article_page(extra_after=sections)
    found = boilerplate_blocks(parse(html))
    assert sorted(el.get("id") for el in found) == [
        "comentarios_lectores",
        "site-description",  # (the page header's tagline)
        "xy_comment_form_container_9f3a2b7c",
    ]
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[: len(ARTICLE_PARAGRAPHS)] == ARTICLE_PARAGRAPHS
    assert not any("acuerdo" in p or "injuriantes" in p for p in paragraphs)
    # a term's class on the post, or a state, names no comment section
    for names in ("tag-comentarios", "has-comments", "internet-estallido-comentarios"):
        post = article_page().replace('class="entry-content"', f'class="entry-content {names}"')
        assert extract_body(parse(post), None) == ARTICLE_PARAGRAPHS, names


def test_cookie_notices_newsletter_forms_and_alert_sign_ups_are_pruned() -> None:
    widgets = (
        '<div id="signup" class="subscribe-form"><strong>Get our weekly letter!</strong>'
        '<div class="subscribe-success">You are signed up!</div></div>'
        '<div id="privacy-notice" class="cookiemsg"><p>This portal uses cookies. By going '
        "on you agree to their use.</p></div>"
        '<div class="cookie-recipe"><p>Bake the cookies for twelve minutes.</p></div>'
        '<div class="reporter-alerts"><h5>Get reporter alerts</h5><ul><li>Jane Doe</li></ul>'
        "</div>"
        '<div class="alert alert-info"><p>Correction: an earlier version misnamed the city.</p>'
        "</div>"
    )
    pruned, paragraphs = pruned_and_body(widgets)
    assert pruned == [
        "cookiemsg",
        "reporter-alerts",
        "subscribe-form",
        "subscribe-success",
    ]
    assert paragraphs[: len(ARTICLE_PARAGRAPHS)] == ARTICLE_PARAGRAPHS
    assert not any("signed up" in p or "weekly" in p or "portal" in p for p in paragraphs)
    assert not any("alerts" in p for p in paragraphs)
    assert "Correction: an earlier version misnamed the city." in paragraphs


# -- loose text trafilatura drops -------------------------------------------------------------


def _loose_page(opening: str, middle: str) -> str:
    p = ARTICLE_PARAGRAPHS
    return (
        "<html><head><title>Minister refuses to cooperate</title></head><body>"
        "<div class='page'><h1>Minister refuses to cooperate</h1><div class='content'>"
        f"{opening}<p>{p[1]}</p><p>{p[2]}</p>{middle}<p>{p[3]}</p></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "opening",
    [
        # the lead as the tail of a nested block (an embedded box, an ad slot)
        "<div class='col'><div>Related stories</div></div>" + ARTICLE_PARAGRAPHS[0],
        # after a picture's section, with a drop cap
        "<section><figure><img src='a.jpg'></figure><div><p class='caption'>A caption of the "
        f"picture</p></div></section> <span class='initial'>P</span>{ARTICLE_PARAGRAPHS[0][1:]}",
    ],
)
def test_loose_text_among_the_body_is_restored_in_place(opening: str) -> None:
    paragraphs = extract_body(lxml.html.fromstring(_loose_page(opening, "")), None)
    assert paragraphs == ARTICLE_PARAGRAPHS


def test_loose_links_and_text_outside_the_body_stay_out() -> None:
    links = (
        "<div><div><img src='ad.gif'></div></div><a href='/x'>Read more stories about the "
        "neighbouring country and its armed groups in our special</a> <a href='/y'>coverage "
        "of the region</a>"
    )
    html = _loose_page(f"<p>{ARTICLE_PARAGRAPHS[0]}</p>", links)
    page = html.replace(
        "</body>",
        "<div><div>x</div></div>Footer text of the site, with "
        "the address of the newsroom and the names of all its editors.</body>",
    )
    assert extract_body(lxml.html.fromstring(page), None) == ARTICLE_PARAGRAPHS


def test_source_line_breaks_in_wrapped_prose_are_spaces() -> None:
    # a post typed into a <div>, wrapped by the editor: a browser shows each paragraph on
    # one line, the <br>s alone end them (short lines, an address typed line by line,
    # keep theirs: body._rewrapped's examples)
    page = (
        "<html><body><div class='post-body entry-content'>Nollywood actress Ann Lee has won"
        " the Africa Movie\nAcademy Award for best actress in a leading role, the organisers"
        " said on\nSunday in a statement released in Lagos after the ceremony.<br/><br/>"
        "The actress thanked her fans and her family for the support over the years,\n"
        "adding that the award was for everybody who had worked on the film.</div>"
        "</body></html>"
    )
    assert extract_body(lxml.html.fromstring(page), "https://x.example/a") == [
        "Nollywood actress Ann Lee has won the Africa Movie Academy Award for best actress in"
        " a leading role, the organisers said on Sunday in a statement released in Lagos"
        " after the ceremony.",
        "The actress thanked her fans and her family for the support over the years, adding"
        " that the award was for everybody who had worked on the film.",
    ]


def test_a_code_sample_keeps_its_lines() -> None:
    paras = "".join(
        f"<p>Paragraph {i} of a post about testing Django apps in a browser, and the cache of"
        " static files that broke the test suite.</p>"
        for i in range(4)
    )
    lines = [
        "from django.contrib.staticfiles import finders, storage, and the other helpers",
        "from django.utils.functional import empty, lazy, and the rest of the module",
    ]
    code = f"<div class='codehilite'><pre>{chr(10).join(lines)}</pre></div>"
    page = f"<html><body><article><h1>Testing</h1>{paras}{code}{paras}</article></body></html>"
    body = extract_body(lxml.html.fromstring(page), "https://x.example/a")
    assert lines[0] in body and lines[1] in body


@pytest.mark.parametrize(
    "byline",
    [
        # a Latvian portal: the authors' block under the headline, "Autori:" and a role
        '<div class="info-item authors"><strong>Autori:</strong><a href="/autors/ao">Anna Ozola'
        "</a>(LTV ziņu redaktore)</div>",
        # a Spanish paper: the writer, the town and the day in a paragraph classed "autor"
        '<p class="autor pull-left"><strong>Juana Pérez</strong> | Palma | 08/01/2014</p>',
        '<div class="auteur">Par <a href="/auteur/jm">Jeanne Martin</a></div>',
    ],
)
def test_a_byline_block_named_in_any_language_is_not_body(byline: str) -> None:
    html = article_page().replace(
        '<div class="entry-content">', f'<div class="entry-content">{byline}'
    )
    paragraphs = extract_body(parse(html), None)
    assert paragraphs[0] == ARTICLE_PARAGRAPHS[0]
    assert not any(name in "\n".join(paragraphs) for name in ("Ozola", "Pérez", "Martin"))


def test_a_block_named_author_holding_the_standfirst_is_no_byline() -> None:
    standfirst = (
        '<div class="author"><div class="infos">Par <a href="/a/jm">Jeanne Martin</a></div>'
        '<p class="excerpt">Students and staff at the university have been on strike for weeks '
        "against the reform, and they hope to take their movement a step further from March "
        "on, with a day of action every week.</p></div>"
    )
    html = article_page().replace("<h1>", f"{standfirst}<h1>", 1)
    assert not any(el.get("class") == "author" for el in boilerplate_blocks(parse(html)))


def test_drupals_field_labels_are_not_body() -> None:
    # a Drupal 7 node: each field printed under its label ("field-label-above")
    fields = (
        '<div class="field field-name-field-image field-label-above"><div class="field-label">'
        'Episode Teaser Image: </div><div class="field-items"><img src="/t.jpg"></div></div>'
        '<div class="field field-name-field-lede field-label-above"><div class="field-label">'
        'Episode Description: </div><div class="field-items"><p>Gun control advocates are '
        "looking for new options after seven measures failed in the Senate on Wednesday."
        "</p></div></div>"
    )
    html = article_page().replace("</h1>", f"</h1>{fields}")
    paragraphs = extract_body(parse(html), None)
    assert not any("Episode" in p for p in paragraphs)
    assert any(p.startswith("Gun control advocates") for p in paragraphs)


def test_copies_of_one_wire_story_lose_each_sites_syndication_note() -> None:
    """Two sites print one wire story, each with its own note on the syndicated feed and
    footer: the bodies come out the same, so deduplication sees one story."""
    ndtv = [
        *ARTICLE_PARAGRAPHS,
        "(Except for the headline, this story has not been edited by NDTV staff and is "
        "published from a syndicated feed.)",
    ]
    standard = [
        ARTICLE_PARAGRAPHS[0],
        "Story continues below advertisement",
        *ARTICLE_PARAGRAPHS[1:],
        "(Only the headline and picture of this report may have been reworked by the "
        "Business Standard staff; the rest of the content is auto-generated from a "
        "syndicated feed.)",
        "First Published: Jan 05 2024 | 10:30 AM IST",
    ]
    assert filter_paragraphs(ndtv) == filter_paragraphs(standard) == ARTICLE_PARAGRAPHS


@pytest.mark.parametrize(
    "line",
    [
        "I like this town a lot, said the mayor, who has lived here since 1990.",
        "For the latest figures, the council will follow the state's guidance on relief.",
        "Continue reading the report below to see why it matters to the residents of Assam.",
        "The minister said the views expressed by the panel would be studied carefully.",
        "Play video games all day, the coach told the team, and you will lose.",
        "[Editor's note: the council met again on Monday.]",
        "Loading docks at the port were closed for a week.",
        "The file was emailed to me by a clerk of the court each day.",
        "Keep me out of it, the mayor told the council on Monday.",
        "Working with the state, the council rebuilt the bridge...",
        "What's your reaction to the new budget, the mayor asked the council.",
        # a broadcaster's affiliate, as American papers quote local stations
        '"It was a small fortune," Jennifer Peterson told CNN affiliate WUSA.',
        "Creative Commons Affiliate Network includes over 500 researchers in 85 countries.",
        "相关新闻报道称，市政府周一开会讨论预算。",
        "The views expressed by the minister were criticised by the opposition on Monday.",
        "See photos of the flood on our website, the mayor told the council.",
        "Компания Apple представила новый iPhone в сентябре, сообщает агентство Reuters.",
    ],
)
def test_sentences_near_the_new_boilerplate_patterns_stay(line: str) -> None:
    assert not is_boilerplate(line)


# ``required_literals``: the screen before a boilerplate search. A screen that skipped a text
# its pattern matches would let a line of furniture into the body.
SCREEN_CASES = [
    # (pattern, texts: matches and near misses)
    (
        r"^[\w ]{1,40}? moderates all comments\.|\bcomments? are closed\b",
        [
            "the herald moderates all comments.",
            "comments are closed",
            "comment are closed",
            "moderates all comments",
            "x comments are closed here",
        ],
    ),
    (  # the shared start of alternatives, which the parser pulls out of the group
        r"\b(?:sign up|subscribe|subscribers?)(?: now)?\b",
        ["sign up now", "subscribe", "our subscribers", "sign-up", "subscrib"],
    ),
    (
        r"(?:read|watch)(?:ing)?:? (?:more|also) (?:here|below)",
        ["reading: more here", "watch also below", "read more", "watching more below"],
    ),
    (  # a repetition that must match once carries its literal; an optional one does not
        r"(?:photo ?)+credit|(?:by )?courtesy of",
        ["photo photo credit", "courtesy of ann", "by courtesy", "credit"],
    ),
    (r"^\W*(?:anzeige|werbung)\W*$", ["anzeige", "-- werbung --", "werbungen"]),
    (  # an optional part, however long, is not required
        r"(?:breaking news: )?live updates?",
        ["live update", "breaking news: live updates", "breaking news: live"],
    ),
    (  # the literal before inline alternatives joins only those that open with a literal
        r"views expressed (?:below|in (?:the|these) comments) do not",
        [
            "the views expressed below do not",
            "the views expressed in these comments do not",
            "views expressed in the comments",
        ],
    ),
    (  # an alternative whose own start is too short gives its surest literal instead
        r"(?:tel(?:efon)?|fax|e-?mail)\s*:",
        ["telefon: 0345", "e-mail: ann@herald.example", "email:", "fax :", "mail"],
    ),
]


@pytest.mark.parametrize("pattern, texts", SCREEN_CASES)
def test_a_screen_lets_through_every_text_its_pattern_matches(
    pattern: str, texts: list[str]
) -> None:
    from newscrawl.extraction.body_filters import required_literals

    literals = required_literals(pattern)
    assert literals, pattern
    matched = [t for t in texts if re.search(pattern, t)]
    assert matched and len(matched) < len(texts)  # (the cases hold both kinds)
    for text in texts:
        screened = any(literal in text for literal in literals)
        assert screened or not re.search(pattern, text), (text, literals)


@pytest.mark.parametrize(
    "pattern",
    [
        r"^\w+ (?:a|the) \d+",  # no literal of three characters
        r"(?i)cookie",  # case-insensitive: a literal would need case folding
        r"(?:ad )?notice|x\d",  # an alternative without a literal of its own
        r"^(?:ab|cd)$",
    ],
)
def test_patterns_without_a_sure_literal_are_not_screened(pattern: str) -> None:
    from newscrawl.extraction.body_filters import required_literals

    assert required_literals(pattern) is None


def test_the_screened_boilerplate_patterns_answer_as_their_searches() -> None:
    """Every pattern ``_lowercase_search`` screens answers as its plain search, on lines of
    each kind of furniture and on prose."""
    from newscrawl.extraction import body_filters

    screened = {
        name: value
        for name, value in vars(body_filters).items()
        if isinstance(value, body_filters.ScreenedPattern)
    }
    assert {"_COMMENT_RULES", "_DISCLOSURE", "_FURNITURE"} <= set(screened)
    lines = [
        *ARTICLE_PARAGRAPHS,
        *TEASERS,
        "Bloomberg moderates all comments. Comments that are abusive will not be posted.",
        "This article contains affiliate links: we may earn a commission.",
        "Story continues below advertisement",
        "We use cookies to improve your experience on our site.",
        "Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube.",
        "(Except for the headline, this story has not been edited by NDTV staff.)",
        "Subscribe now to our e-edition for the full story.",
        "Foto: dpa",
        "Mehr Nachrichten aus der Region finden Sie hier.",
    ]
    for name, pattern in screened.items():
        for line in lines:
            low = line.lower()
            expected = pattern.compiled.search(low)
            found = pattern.search(low)
            assert (found is None) == (expected is None), (name, line)


# A story that a page builder prints in parts: text modules between pictures.


def _module(kind: str, inner: str) -> str:
    return f'<div class="editorial-module editorial-module--{kind}">{inner}</div>'


def _text_module(part: int, paragraphs: int = 3, heading: str = "") -> str:
    text = "".join(
        f"<p>Part {part}, paragraph {i}: the singer talked about her years on the road, the "
        "albums she made and the cities she loved most of all.</p>"
        for i in range(paragraphs)
    )
    return _module("text", f'<div class="text"><div class="text-text">{heading}{text}</div></div>')


_PICTURE_MODULE = _module("image", '<figure><img src="/a.jpg" alt=""></figure>')


def _story_in_modules(*modules: str) -> lxml.html.HtmlElement:
    title = _module("title", "<h1>An interview with a singer</h1>")
    return parse(
        "<html><body><header><a href='/'>Style Mag</a></header><main><div class='wrapper'>"
        f"{title}{''.join(modules)}</div></main><footer>Style Mag</footer></body></html>"
    )


def _parts(paragraphs: list[str]) -> list[str]:
    return [p.split(",")[0] for p in paragraphs]


def test_a_story_in_text_modules_between_pictures_is_read_whole() -> None:
    # (trafilatura takes the first text module alone); a picture's caption in a module
    # stays out
    caption = "<figure><img src='/b.jpg'><figcaption><p>On stage in 2019</p></figcaption></figure>"
    doc = _story_in_modules(
        _text_module(1),
        _PICTURE_MODULE,
        _text_module(2, 5, heading=caption),
        _PICTURE_MODULE,
        _text_module(3),
    )
    assert _parts(extract_body(doc, None)) == ["Part 1"] * 3 + ["Part 2"] * 5 + ["Part 3"] * 3


@pytest.mark.parametrize(
    "modules",
    [
        # no picture between the blocks: a blog's posts, one after the other
        (_text_module(1), _text_module(2), _text_module(3)),
        # posts whose titles link to them, pictures between
        (
            _text_module(1),
            _PICTURE_MODULE,
            _text_module(2, heading="<h2><a href='/other'>Another post</a></h2>"),
            _PICTURE_MODULE,
            _text_module(3, heading="<h2><a href='/third'>A third post</a></h2>"),
        ),
        # one block beside the story (an author's box), not a story in parts
        (_text_module(1), _PICTURE_MODULE, _text_module(2)),
    ],
)
def test_blocks_like_the_storys_are_not_its_parts(modules: tuple[str, ...]) -> None:
    assert _parts(extract_body(_story_in_modules(*modules), None)) == ["Part 1"] * 3


def _section(part: int, last: bool = False, subtitle: str = "") -> str:
    paragraphs = "".join(
        f"<p>Section {part}, paragraph {i}: Wyoming's mines feed plants that generate far more "
        "electricity than the state can use, and ship the rest by rail.</p>"
        for i in range(3)
    )
    heading = f"<h4 class='subtitle'>{subtitle}</h4>" if subtitle else ""
    name = "group-container last" if last else "group-container"
    return f"<div class='{name}'>{heading}<div class='text'>{paragraphs}</div></div>"


def test_a_storys_sections_in_its_named_body_are_read_whole_with_their_subheadings() -> None:
    # CNBC's sections: no picture between them, but their parent names itself the body;
    # the last section's class adds its place ("last")
    doc = parse(
        "<html><body><h1>Coal's stronghold loses steam</h1><div class='main'>"
        "<div class='content' id='article_body'>"
        f"{_section(1)}{_section(2, subtitle='How Wyoming won the coal market')}"
        f"{_section(3, subtitle='The advantage wanes')}{_section(4, last=True)}"
        "</div></div></body></html>"
    )
    body = extract_body(doc, None)
    assert [p.split(",")[0] for p in body] == (
        ["Section 1"] * 3
        + ["How Wyoming won the coal market"]
        + ["Section 2"] * 3
        + ["The advantage wanes"]
        + ["Section 3"] * 3
        + ["Section 4"] * 3
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "This article is for subscribers only.",
        "Dieser Artikel ist nur für Abonnenten.",
        "［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
    ],
)
def test_a_paywalls_prompt_goes_with_its_buttons_and_plans(prompt: str) -> None:
    story = "The council met on Monday and voted to rebuild the bridge before the winter."
    ui = ["Choose a plan", "Already a member? Log in", "電子版トップ", "アカウント一覧"]
    assert filter_paragraphs([story, prompt, *ui]) == [story]


def test_a_story_about_subscribers_is_no_paywall() -> None:
    paragraphs = [
        "The paper said the article is for subscribers only, and readers were angry about it.",
        "Short line after it",
    ]
    assert filter_paragraphs(paragraphs) == paragraphs
