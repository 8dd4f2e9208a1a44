"""A hand-made Hindi regional news site (fictional content) for end-to-end crawls.

WordPress-like markup, Devanagari slugs linked raw and percent-encoded (upper and lower
case hex), a Hindi RSS feed announced by ``<link rel="alternate">``, a news sitemap
named by robots.txt, section listings with pagination, a tag and an author page, and
two copies of one Bhasha (PTI) wire story. :func:`answer` serves it;
:data:`ARTICLES` is what a crawl should export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from urllib.parse import quote, unquote, urlsplit

SITE_NAME = "लोक दर्पण"


@dataclass
class Story:
    path: str  # the article's path, unquoted
    section: str  # section slug path, unquoted ("/बिहार/")
    section_name: str
    title: str
    author: str
    day: int  # January 2024
    time: str  # "10:30"
    paragraphs: list[str]
    tags: list[str] = field(default_factory=list)
    #: "yoast": og/article meta + JSON-LD; "bare": printed date and byline only;
    #: "report": "रिपोर्ट:" line at the top of the body, printed date
    style: str = "yoast"
    lang: str = "hi-IN"
    dateline: str | None = None
    agency: str | None = None
    canonical: bool = True
    related: list[str] = field(default_factory=list)  # paths of related stories
    also_read: str | None = None  # path of a "यह भी पढ़ें" story

    @property
    def url_path(self) -> str:
        return quote(self.path)


MONTH = "जनवरी"

FLOOD = (
    "पटना: राज्य में लगातार हो रही बारिश के कारण गंगा और पुनपुन नदियों का जलस्तर खतरे के "
    "निशान से ऊपर पहुंच गया है और निचले इलाकों में पानी भर गया है।"
)

STORIES: list[Story] = [
    Story(
        path="/बिहार/पटना-में-बाढ़-से-हालात-गंभीर-12345.html",
        section="/बिहार/",
        section_name="बिहार",
        title="पटना में बाढ़ से हालात गंभीर, हजारों लोग राहत शिविरों में",
        author="राकेश कुमार",
        day=5,
        time="10:30",
        style="bare",
        canonical=False,
        dateline="पटना",
        tags=["बाढ़", "पटना"],
        paragraphs=[
            FLOOD,
            "जिला प्रशासन ने बताया कि दानापुर, फतुहा और मनेर प्रखंड के चालीस से अधिक गांव "
            "पूरी तरह पानी से घिर गए हैं। राहत दलों ने नावों की मदद से बुजुर्गों और बच्चों को "
            "सुरक्षित स्थानों पर पहुंचाया।",
            "आपदा प्रबंधन विभाग के अधिकारी ने कहा कि अब तक बारह हजार से अधिक लोगों को राहत "
            "शिविरों में ठहराया गया है, जहां भोजन, पीने के पानी और दवाओं की व्यवस्था की गई है।",
            "मौसम विभाग ने अगले अड़तालीस घंटों में और भारी बारिश की चेतावनी दी है। प्रशासन ने "
            "लोगों से नदी किनारे न जाने और अफवाहों पर ध्यान न देने की अपील की है।",
        ],
        related=["/बिहार/गया-में-नया-पुल-जनता-के-लिए-खुला-12350.html"],
        also_read="/बिहार/गया-में-नया-पुल-जनता-के-लिए-खुला-12350.html",
    ),
    Story(
        path="/news/बिहार/नीतीश-कुमार-ने-बाढ़-प्रभावित-क्षेत्रों-का-हवाई-सर्वेक्षण-किया-12346.html",
        section="/बिहार/",
        section_name="बिहार",
        title="मुख्यमंत्री ने बाढ़ प्रभावित क्षेत्रों का हवाई सर्वेक्षण किया",
        author="सुनीता देवी",
        day=6,
        time="14:15",
        style="report",
        dateline="पटना",
        tags=["बाढ़", "मुख्यमंत्री"],
        paragraphs=[
            "पटना: मुख्यमंत्री ने शनिवार को वैशाली, समस्तीपुर और दरभंगा जिलों के बाढ़ प्रभावित "
            "क्षेत्रों का हेलीकॉप्टर से हवाई सर्वेक्षण किया और अधिकारियों को राहत कार्य तेज करने "
            "के निर्देश दिए।",
            "सर्वेक्षण के बाद उन्होंने अधिकारियों के साथ बैठक की और कहा कि हर प्रभावित परिवार तक "
            "सूखा राशन और पॉलीथिन शीट पहुंचाई जाए। उन्होंने पशुओं के चारे की व्यवस्था पर भी जोर दिया।",
            "मुख्यमंत्री ने घोषणा की कि जिन परिवारों के घर पूरी तरह नष्ट हो गए हैं, उन्हें छह "
            "हजार रुपये की तत्काल सहायता राशि सीधे बैंक खातों में भेजी जाएगी।",
            "विपक्ष ने आरोप लगाया कि राहत सामग्री का वितरण धीमा है और कई गांवों तक अब तक कोई "
            "सरकारी दल नहीं पहुंचा है।",
        ],
        related=["/बिहार/पटना-में-बाढ़-से-हालात-गंभीर-12345.html"],
    ),
    Story(
        path="/news/bihar/12347",
        section="/बिहार/",
        section_name="बिहार",
        title="भागलपुर में रेशम बुनकरों को मिलेगा नया बाजार",
        author="अमित झा",
        day=7,
        time="09:05",
        dateline="भागलपुर",
        tags=["रेशम", "भागलपुर"],
        paragraphs=[
            "भागलपुर: भागलपुरी रेशम के बुनकरों के लिए शहर में एक नया हाट बनाया जा रहा है, जहां "
            "वे बिचौलियों के बिना सीधे खरीदारों को अपना माल बेच सकेंगे।",
            "उद्योग विभाग के अनुसार हाट में दो सौ दुकानें होंगी और हर दुकान बुनकर सहकारी समितियों "
            "को कम किराए पर दी जाएगी। निर्माण कार्य मार्च तक पूरा होने की उम्मीद है।",
            "नाथनगर के बुनकर मोहम्मद सलीम ने कहा कि अभी उन्हें अपनी साड़ियों का आधा दाम भी नहीं "
            "मिलता, क्योंकि सारा मुनाफा व्यापारी ले जाते हैं।",
            "विभाग ने बुनकरों को ऑनलाइन बिक्री का प्रशिक्षण देने की भी योजना बनाई है, ताकि उनके "
            "उत्पाद देश के दूसरे शहरों तक पहुंच सकें।",
        ],
    ),
    Story(
        path="/bihar/muzaffarpur-लीची-किसानों-को-राहत-12348.html",
        section="/बिहार/",
        section_name="बिहार",
        title="मुजफ्फरपुर के लीची किसानों को कोल्ड स्टोरेज की सौगात",
        author="प्रिया सिंह",
        day=8,
        time="16:40",
        style="bare",
        lang="en-US",
        dateline="मुजफ्फरपुर",
        tags=["लीची", "किसान"],
        paragraphs=[
            "मुजफ्फरपुर, 8 जनवरी: शाही लीची के किसानों के लिए जिले में पहला बड़ा कोल्ड स्टोरेज "
            "बनाने को मंजूरी मिल गई है, जिससे फसल को कई दिनों तक सुरक्षित रखा जा सकेगा।",
            "किसानों का कहना है कि लीची तोड़ने के दो दिन बाद ही खराब होने लगती है, इसलिए उन्हें "
            "कम दाम पर तुरंत बेचनी पड़ती है। कोल्ड स्टोरेज से वे बेहतर दाम का इंतजार कर सकेंगे।",
            "कृषि विभाग के अधिकारी ने बताया कि भंडार की क्षमता पांच हजार टन होगी और इसमें पैक "
            "हाउस तथा छंटाई की मशीनें भी लगाई जाएंगी।",
            "कांटी प्रखंड के किसान रामबाबू साह ने उम्मीद जताई कि इस बार लीची विदेश भी भेजी जा सकेगी।",
        ],
    ),
    Story(
        path="/बिहार/गया-में-नया-पुल-जनता-के-लिए-खुला-12350.html",
        section="/बिहार/",
        section_name="बिहार",
        title="गया में फल्गु नदी पर नया पुल जनता के लिए खुला",
        author="राकेश कुमार",
        day=9,
        time="11:00",
        dateline="गया",
        tags=["गया", "पुल"],
        paragraphs=[
            "गया: फल्गु नदी पर बना नया पुल मंगलवार को आम लोगों के लिए खोल दिया गया। इससे शहर और "
            "बोधगया के बीच की दूरी करीब आठ किलोमीटर कम हो गई है।",
            "पुल निर्माण निगम के अभियंता ने बताया कि पुल की लंबाई नौ सौ मीटर है और इसके दोनों ओर "
            "पैदल चलने वालों के लिए अलग रास्ता बनाया गया है।",
            "स्थानीय व्यापारियों ने कहा कि पर्यटन के मौसम में अब जाम से राहत मिलेगी और विदेशी "
            "तीर्थयात्रियों को भी सुविधा होगी।",
            "उद्घाटन समारोह में बड़ी संख्या में लोग मौजूद थे और बच्चों ने सांस्कृतिक कार्यक्रम पेश किए।",
        ],
        related=["/news/bihar/12347"],
    ),
    Story(
        path="/बिहार/दरभंगा-हवाई-अड्डे-से-नई-उड़ानें-12351.html",
        section="/बिहार/",
        section_name="बिहार",
        title="दरभंगा हवाई अड्डे से तीन नई उड़ानें शुरू होंगी",
        author="अमित झा",
        day=10,
        time="08:20",
        style="report",
        dateline="दरभंगा",
        tags=["दरभंगा", "उड़ान"],
        paragraphs=[
            "दरभंगा: मिथिलांचल के लोगों के लिए अच्छी खबर है। दरभंगा हवाई अड्डे से अगले महीने "
            "बेंगलुरु, पुणे और अहमदाबाद के लिए सीधी उड़ानें शुरू होंगी।",
            "हवाई अड्डा प्रबंधन ने बताया कि नए टर्मिनल भवन का काम भी अंतिम चरण में है, जिसके बाद "
            "एक साथ चार विमान खड़े किए जा सकेंगे।",
            "यात्रियों की बढ़ती संख्या को देखते हुए रात में भी उड़ान संचालन की अनुमति मांगी गई है।",
            "व्यापार मंडल ने इस फैसले का स्वागत करते हुए कहा कि इससे क्षेत्र में मखाना उद्योग को नया बाजार मिलेगा।",
        ],
    ),
    Story(
        path="/देश/संसद-में-नया-विधेयक-पेश-12360.html",
        section="/देश/",
        section_name="देश",
        title="ग्रामीण स्वास्थ्य पर नया विधेयक संसद में पेश",
        author="विनीता शर्मा",
        day=11,
        time="13:45",
        dateline="नई दिल्ली",
        tags=["संसद", "स्वास्थ्य"],
        paragraphs=[
            "नई दिल्ली: केंद्र सरकार ने गुरुवार को लोकसभा में ग्रामीण स्वास्थ्य सेवाओं से जुड़ा "
            "एक नया विधेयक पेश किया, जिसमें हर पंचायत में स्वास्थ्य उप केंद्र का प्रावधान है।",
            "स्वास्थ्य मंत्री ने कहा कि विधेयक का उद्देश्य गांवों में डॉक्टरों और नर्सों की कमी दूर "
            "करना है। इसके तहत ग्रामीण क्षेत्रों में सेवा देने वाले डॉक्टरों को अतिरिक्त भत्ता मिलेगा।",
            "विपक्षी दलों ने विधेयक को स्थायी समिति के पास भेजने की मांग की, ताकि राज्यों से भी सलाह ली जा सके।",
            "विधेयक पर अगले सप्ताह चर्चा होने की संभावना है।",
        ],
    ),
    Story(
        path="/देश/मानसून-से-पहले-नदियों-की-सफाई-अभियान-12361.html",
        section="/देश/",
        section_name="देश",
        title="चौदह राज्यों में नदियों की सफाई का अभियान शुरू",
        author="विनीता शर्मा",
        day=12,
        time="17:10",
        style="bare",
        dateline="नई दिल्ली",
        tags=["नदी", "पर्यावरण"],
        paragraphs=[
            "नई दिल्ली: जल शक्ति मंत्रालय ने चौदह राज्यों में नदियों की सफाई का विशेष अभियान शुरू "
            "किया है, जिसमें स्वयंसेवी संगठन और स्कूली छात्र भी हिस्सा लेंगे।",
            "मंत्रालय के सचिव ने बताया कि अभियान के पहले चरण में नदियों के किनारे से प्लास्टिक "
            "कचरा हटाया जाएगा और नालों का गंदा पानी रोकने के लिए जाल लगाए जाएंगे।",
            "पर्यावरण विशेषज्ञों ने अभियान का स्वागत किया, लेकिन कहा कि उद्योगों से निकलने वाले "
            "रसायनों पर सख्ती के बिना नदियां साफ नहीं होंगी।",
            "अभियान की प्रगति की हर महीने समीक्षा की जाएगी।",
        ],
    ),
    Story(
        path="/खेल/रणजी-ट्रॉफी-में-बिहार-की-शानदार-जीत-12370.html",
        section="/खेल/",
        section_name="खेल",
        title="रणजी ट्रॉफी में बिहार की शानदार जीत, सकीबुल का शतक",
        author="मनोज यादव",
        day=13,
        time="19:30",
        dateline="पटना",
        tags=["क्रिकेट", "रणजी ट्रॉफी"],
        paragraphs=[
            "पटना: मोइनुल हक स्टेडियम में खेले गए रणजी ट्रॉफी मुकाबले में बिहार ने मेघालय को एक "
            "पारी और चौंतीस रन से हराकर सत्र की पहली जीत दर्ज की।",
            "बिहार की ओर से युवा बल्लेबाज सकीबुल गनी ने शानदार शतक लगाया, जबकि तेज गेंदबाज "
            "वीर प्रताप ने मैच में सात विकेट लिए।",
            "कप्तान ने जीत का श्रेय टीम के गेंदबाजों को दिया और कहा कि अगले मैच में भी टीम इसी "
            "लय को बनाए रखेगी।",
            "बिहार का अगला मुकाबला सोमवार से सिक्किम के खिलाफ खेला जाएगा।",
        ],
    ),
    Story(
        path="/खेल/पटना-मैराथन-में-केन्या-के-धावक-विजेता-12371.html",
        section="/खेल/",
        section_name="खेल",
        title="पटना मैराथन में केन्या के धावक ने बाजी मारी",
        author="मनोज यादव",
        day=14,
        time="07:50",
        style="report",
        dateline="पटना",
        tags=["मैराथन", "पटना"],
        paragraphs=[
            "पटना: गांधी मैदान से शुरू हुई पटना हाफ मैराथन में केन्या के धावक ने एक घंटे दो मिनट "
            "में दौड़ पूरी कर पहला स्थान हासिल किया।",
            "महिला वर्ग में उत्तराखंड की धाविका विजेता रहीं। करीब आठ हजार लोगों ने विभिन्न वर्गों "
            "में दौड़ में हिस्सा लिया।",
            "आयोजकों ने बताया कि इस बार दिव्यांग धावकों के लिए भी अलग श्रेणी रखी गई थी, जिसमें "
            "तीन सौ से अधिक प्रतिभागी शामिल हुए।",
            "सुबह की ठंड के बावजूद सड़कों के दोनों ओर लोग धावकों का उत्साह बढ़ाते रहे।",
        ],
    ),
]

WIRE_PARAGRAPHS = [
    "बिहार सरकार ने राज्य के सभी सरकारी स्कूलों में कक्षा एक से आठ तक के बच्चों को मुफ्त "
    "साइकिल और पोशाक देने की योजना का दायरा बढ़ाने का फैसला किया है।",
    "शिक्षा विभाग के एक वरिष्ठ अधिकारी ने बताया कि मंत्रिमंडल की बैठक में इस प्रस्ताव को "
    "मंजूरी दी गई और इस पर हर साल करीब चार सौ करोड़ रुपये खर्च होंगे।",
    "अधिकारी ने कहा कि योजना का मकसद स्कूल छोड़ने वाले बच्चों की संख्या घटाना है, खास तौर पर "
    "दूर के गांवों से आने वाली लड़कियों के बीच।",
    "मंत्रिमंडल ने शिक्षकों की नियुक्ति के लिए नई नियमावली को भी स्वीकृति दी, जिसके तहत "
    "प्रखंड स्तर पर भर्ती की जाएगी।",
    "विपक्ष ने कहा कि योजना की घोषणा पहले भी कई बार हो चुकी है, लेकिन बच्चों तक साइकिलें समय पर नहीं पहुंचतीं।",
]

STORIES += [
    Story(
        path="/बिहार/स्कूली-बच्चों-को-मुफ्त-साइकिल-योजना-का-विस्तार-12380.html",
        section="/बिहार/",
        section_name="बिहार",
        title="स्कूली बच्चों को मुफ्त साइकिल योजना का विस्तार",
        author="भाषा",
        day=15,
        time="12:00",
        dateline="पटना",
        agency="PTI",
        tags=["शिक्षा"],
        paragraphs=[
            "पटना, 15 जनवरी (भाषा) " + WIRE_PARAGRAPHS[0],
            *WIRE_PARAGRAPHS[1:],
        ],
    ),
    Story(
        path="/देश/बिहार-में-मुफ्त-साइकिल-योजना-का-दायरा-बढ़ा-12381.html",
        section="/देश/",
        section_name="देश",
        title="बिहार: मुफ्त साइकिल और पोशाक योजना का दायरा बढ़ा",
        author="भाषा",
        day=15,
        time="13:20",
        style="bare",
        dateline="पटना",
        agency="PTI",
        tags=["शिक्षा", "बिहार"],
        paragraphs=[
            "पटना, 15 जनवरी (भाषा) " + WIRE_PARAGRAPHS[0],
            WIRE_PARAGRAPHS[1],
            WIRE_PARAGRAPHS[2].replace("खास तौर पर", "विशेष रूप से"),
            WIRE_PARAGRAPHS[3],
            "शिक्षा मंत्री ने कहा कि साइकिलों की खरीद इस बार जिला स्तर पर होगी।",
        ],
    ),
]

BY_PATH = {s.path: s for s in STORIES}
SECTIONS = {"/बिहार/": "बिहार", "/देश/": "देश", "/खेल/": "खेल"}


def _iso(s: Story) -> str:
    return f"2024-01-{s.day:02d}T{s.time}:00+05:30"


def _printed(s: Story) -> str:
    hour, minute = (int(x) for x in s.time.split(":"))
    half = "AM" if hour < 12 else "PM"
    return f"{s.day} {MONTH} 2024, {(hour - 1) % 12 + 1}:{minute:02d} {half} IST"


def _page(title: str, body: str, head: str = "", lang: str = "hi-IN") -> bytes:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in SECTIONS.items())
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8">'
        f"<title>{escape(title)}</title>"
        '<link rel="alternate" type="application/rss+xml" title="लोक दर्पण &raquo; फीड" '
        'href="/feed/">'
        f'{head}</head><body class="wp-site"><header class="site-header">'
        f'<p class="site-title"><a href="/" rel="home">{SITE_NAME}</a></p>'
        '<span class="today">शनिवार, 20 जनवरी 2024</span>'
        f'<nav class="main-navigation"><ul>{nav}</ul></nav></header>'
        f'<div id="content" class="site-content">{body}</div>'
        '<footer class="site-footer"><p>© 2024 लोक दर्पण. सर्वाधिकार सुरक्षित।</p>'
        '<a href="/about/">हमारे बारे में</a></footer></body></html>'
    ).encode()


def _href(path: str, spelling: str = "raw") -> str:
    """A link to ``path`` spelt raw, percent-encoded (upper or lower case hex)."""
    if spelling == "raw":
        return path
    encoded = quote(path)
    return encoded.lower() if spelling == "lower" else encoded


def article_page(s: Story, origin: str) -> bytes:
    url = origin + s.url_path
    head = ""
    if s.canonical:
        head += f'<link rel="canonical" href="{url}">'
    if s.style == "yoast":
        head += (
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{escape(s.title)}">'
            f'<meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{SITE_NAME}">'
            f'<meta property="article:section" content="{s.section_name}">'
            f'<meta property="article:published_time" content="{_iso(s)}">'
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"NewsArticle","headline":"{s.title}","datePublished":"{_iso(s)}",'
            f'"author":{{"@type":"Person","name":"{s.author}"}},'
            f'"publisher":{{"@type":"Organization","name":"{SITE_NAME}"}}}}</script>'
        )
    if s.style in {"yoast", "bare"} and s.author != "भाषा":
        byline = (
            f'<span class="byline">द्वारा <span class="author vcard"><a class="url fn n" '
            f'href="/author/{quote(s.author)}/">{s.author}</a></span></span>'
        )
    elif s.author == "भाषा":
        byline = '<span class="byline">द्वारा <span class="author vcard">भाषा</span></span>'
    else:
        byline = ""
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">शेयर करें:</h3>'
        '<ul><li><a class="share-facebook" href="https://www.facebook.com/sharer.php?u='
        f'{url}">Facebook</a></li><li><a class="share-twitter" href="https://x.com/intent/'
        f'tweet?url={url}">X</a></li><li><a class="share-whatsapp" href="whatsapp://send?'
        f'text={url}">WhatsApp</a></li></ul></div>'
    )
    paras = [f"<p>{p}</p>" for p in s.paragraphs]
    if s.style == "report":
        paras.insert(0, f"<p><strong>रिपोर्ट: {s.author}</strong></p>")
    if s.also_read:
        other = BY_PATH[s.also_read]
        paras.insert(
            len(paras) - 1,
            f'<p><strong>यह भी पढ़ें:</strong> <a href="{_href(other.path, "encoded")}">'
            f"{other.title}</a></p>",
        )
    paras.append(
        '<p class="whatsapp-appeal">ताज़ा खबरों के लिए हमारे <a href="https://whatsapp.com/'
        'channel/0029VaLokDarpan">WhatsApp चैनल</a> से जुड़ें।</p>'
    )
    tags = ", ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{t}</a>' for t in s.tags)
    related = ""
    if s.related:
        items = "".join(
            f'<li><a href="{_href(p, "raw")}">{BY_PATH[p].title}</a>'
            f'<span class="date">{BY_PATH[p].day} {MONTH} 2024</span></li>'
            for p in s.related
        )
        related = (
            f'<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">संबंधित खबरें'
            f"</h3><ul>{items}</ul></div>"
        )
    body = (
        f'<main id="main" class="site-main"><article id="post-{s.path[-10:-5]}" '
        'class="post type-post status-publish format-standard hentry">'
        '<header class="entry-header">'
        f'<span class="cat-links"><a href="{s.section}" rel="category tag">{s.section_name}'
        "</a></span>"
        f'<h1 class="entry-title">{s.title}</h1><div class="entry-meta">{byline} '
        f'<span class="posted-on"><time class="entry-date published" datetime="{_iso(s)}">'
        f"{_printed(s)}</time></span></div></header>"
        f'<div class="entry-content">{share}{"".join(paras)}{share}</div>'
        f'<footer class="entry-footer"><span class="tags-links">टैग: {tags}</span></footer>'
        f"</article>{related}</main>"
    )
    if s.style != "yoast":
        # No structured date at all: only the printed Hindi date.
        body = body.replace(f' datetime="{_iso(s)}"', "")
    return _page(f"{s.title} - {SITE_NAME}", body, head, lang=s.lang)


def _teasers(stories: list[Story], spelling: str) -> str:
    return "".join(
        f'<article class="post type-post hentry"><h2 class="entry-title"><a href="'
        f'{_href(s.path, spelling)}">{s.title}</a></h2><div class="entry-meta">'
        f'<span class="byline">द्वारा {s.author}</span> <span class="posted-on">'
        f'{_printed(s)}</span></div><div class="entry-summary"><p>{s.paragraphs[0][:150]}'
        "…</p></div></article>"
        for s in stories
    )


def listing_page(path: str) -> bytes | None:
    """Section pages (two per section with pagination), a tag page and the home page."""
    if path == "/":
        body = '<main class="site-main"><h2>ताज़ा खबरें</h2>'
        body += _teasers(STORIES[:6], "raw") + _teasers(STORIES[6:10], "encoded")
        body += (
            f'<a href="{_href(STORIES[0].path, "lower")}">बाढ़ लाइव</a>'
            f'<a href="{_href(STORIES[0].path, "encoded")}?utm_source=whatsapp&amp;'
            'utm_medium=social">बाढ़ की ताज़ा स्थिति</a></main>'
        )
        return _page(SITE_NAME, body)
    for section, name in SECTIONS.items():
        stories = [s for s in STORIES if s.section == section]
        if path in {section, section + "page/2/"}:
            half = (len(stories) + 1) // 2
            second = path.endswith("/page/2/")
            chunk = stories[half:] if second else stories[:half]
            pager = (
                f'<a class="prev page-numbers" href="{quote(section)}">पिछला</a>'
                if second
                else f'<a class="next page-numbers" href="{quote(section + "page/2/")}">अगला</a>'
            )
            body = (
                f'<main class="site-main"><header class="page-header"><h1 class="page-title">'
                f"{name}</h1></header>{_teasers(chunk, 'encoded')}"
                f'<nav class="navigation pagination">{pager}</nav></main>'
            )
            return _page(f"{name} - {SITE_NAME}", body)
    if path.startswith("/tag/"):
        tag = path.split("/")[2]
        stories = [s for s in STORIES if tag in s.tags]
        if not stories:
            return None
        body = f'<main class="site-main"><h1 class="page-title">टैग: {tag}</h1>'
        return _page(f"{tag} - {SITE_NAME}", body + _teasers(stories, "raw") + "</main>")
    if path.startswith("/author/"):
        author = path.split("/")[2]
        stories = [s for s in STORIES if s.author == author]
        body = f'<main class="site-main"><h1 class="page-title">लेखक: {author}</h1>'
        return _page(f"{author} - {SITE_NAME}", body + _teasers(stories, "encoded") + "</main>")
    if path == "/about/":
        return _page(
            "हमारे बारे में",
            "<main><h1>हमारे बारे में</h1><p>लोक दर्पण बिहार का एक काल्पनिक समाचार पोर्टल है।</p></main>",
        )
    return None


def feed(origin: str) -> bytes:
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{origin}{s.url_path}?utm_source=rss"
        f"</link><dc:creator>{s.author}</dc:creator><pubDate>"
        f"{['Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu'][(s.day - 5) % 7]}, "
        f"{s.day:02d} Jan 2024 {s.time}:00 +0530</pubDate><category>{s.section_name}"
        f"</category><description>{escape(s.paragraphs[0][:120])}</description></item>"
        for s in STORIES[::2]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{SITE_NAME}</title><link>{origin}/</link><language>hi</language>"
        f"{items}</channel></rss>"
    ).encode()


def sitemap(origin: str) -> bytes:
    urls = "".join(
        f"<url><loc>{origin}{quote(s.path) if i % 2 else quote(s.path).lower()}</loc>"
        "<news:news><news:publication><news:name>लोक दर्पण</news:name>"
        "<news:language>hi</news:language></news:publication>"
        f"<news:publication_date>{_iso(s)}</news:publication_date>"
        f"<news:title>{escape(s.title)}</news:title></news:news></url>"
        for i, s in enumerate(STORIES)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{urls}</urlset>"
    ).encode()


def answer(origin: str, raw_path: str) -> tuple[int, dict[str, str], bytes]:
    """What the site serves at ``raw_path`` (as requested, percent-encoded or not)."""
    path = unquote(urlsplit(raw_path).path)
    html = {"Content-Type": "text/html; charset=UTF-8"}
    if path == "/robots.txt":
        text = f"User-agent: *\nDisallow: /wp-admin/\nSitemap: {origin}/news-sitemap.xml\n"
        return 200, {"Content-Type": "text/plain"}, text.encode()
    if path == "/news-sitemap.xml":
        return 200, {"Content-Type": "application/xml"}, sitemap(origin)
    if path == "/feed/":
        return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, feed(origin)
    if path in BY_PATH:
        return 200, html, article_page(BY_PATH[path], origin)
    page = listing_page(path)
    if page is not None:
        return 200, html, page
    return 404, html, _page("पृष्ठ नहीं मिला", "<main><h1>404</h1></main>")
