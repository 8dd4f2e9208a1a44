from __future__ import annotations

import hashlib

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newscrawl.items import ARTICLE_FIELDS, Article
from newscrawl.pipelines.validate import ValidatePipeline, article_schema


def good_article(**changes) -> Article:
    body = "Paris: Kerry said no.\n\nHe left. (IANS)"
    article = Article(
        url="https://herald.example/2025/07/kerry/",
        canonical_url="https://herald.example/2025/07/kerry/",
        site="herald",
        title="Kerry refuses to cooperate with Iran to fight IS",
        body=body,
        published_at="2025-07-01T10:30:00+05:30",
        agency="IANS",
        dateline="Paris",
        word_count=8,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        crawled_at="2026-11-28T08:00:00+00:00",
    )
    for key, value in changes.items():
        setattr(article, key, value)
    return article


@pytest.fixture
def pipeline() -> ValidatePipeline:
    return ValidatePipeline.from_crawler(get_crawler())


def test_schema_names_every_field() -> None:
    schema = article_schema()
    assert set(schema["required"]) == set(ARTICLE_FIELDS)
    assert set(schema["properties"]) == set(ARTICLE_FIELDS)


def test_good_article_passes(pipeline: ValidatePipeline) -> None:
    article = good_article()
    assert pipeline.process_item(article) is article


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"title": "  "}, "missing_title"),
        ({"body": ""}, "missing_body"),
        ({"published_at": "01/07/2025"}, "invalid"),
        ({"published_at": "2025-07-01T10:30:00Z"}, "invalid"),
        ({"url": "ftp://x"}, "invalid"),
        ({"content_hash": "abc"}, "invalid"),
        ({"authors": ["", "A"]}, "invalid"),
    ],
)
def test_bad_articles_dropped_and_counted(pipeline, changes, reason) -> None:
    with pytest.raises(DropItem, match=reason):
        pipeline.process_item(good_article(**changes))
    assert pipeline.stats.get_value(f"newscrawl/dropped/{reason}") == 1
    assert pipeline.stats.get_value(f"newscrawl/dropped/{reason}/herald") == 1


@pytest.mark.parametrize(
    "value", ["2025-07-01", "2025-07-01T10:30:00", "2025-07-01T10:30:00-04:00"]
)
def test_date_conventions_accepted(pipeline, value: str) -> None:
    pipeline.process_item(good_article(published_at=value, modified_at=value))


def test_unsafe_characters_in_image_and_related_links_keep_the_article(
    pipeline: ValidatePipeline,
) -> None:
    from newscrawl.extraction import extract_article

    paragraphs = "".join(f"<p>The council met on Monday to decide item {n}.</p>" for n in range(8))
    html = f"""<html lang="en"><head><title>Budget day</title>
    <meta property="og:type" content="article">
    <meta property="og:image" content="/uploads/IMG 2041.jpg"></head>
    <body><article><h1>Budget day</h1>{paragraphs}
    <div class="related-posts">
    <h3><a href="/2024/03/06/budget 2024/">Budget: what the council decided</a></h3></div>
    </article></body></html>"""
    article = extract_article(html, "https://herald.example/2024/03/05/budget-day/", site="herald")
    assert article.image_url == "https://herald.example/uploads/IMG%202041.jpg"
    assert article.related_urls == ["https://herald.example/2024/03/06/budget%202024/"]
    assert pipeline.process_item(article) is article
