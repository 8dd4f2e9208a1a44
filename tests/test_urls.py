from __future__ import annotations

import pytest

from newscrawl.urls import canonical_url, is_tracking_param, same_origin


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.COM/a/?utm_source=x&utm_medium=y", "http://example.com/a/"),
        ("https://example.com/a/?b=2&a=1&fbclid=Z#comments", "https://example.com/a/?a=1&b=2"),
        ("https://example.com/a/?gclid=1&page=2", "https://example.com/a/?page=2"),
        ("https://example.com/news/story/amp/", "https://example.com/news/story/"),
        ("https://example.com/news/story/amp", "https://example.com/news/story/"),
        ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
        ("https://example.com/news/story/?amp=1", "https://example.com/news/story/"),
        ("https://amp.example.com/news/story/", "https://example.com/news/story/"),
        ("http://127.0.0.2:8780/x/?utm_campaign=a", "http://127.0.0.2:8780/x/"),
        ("https://example.com/2025/07/x/?replytocom=12#respond", "https://example.com/2025/07/x/"),
        ("https://example.com/ampersand-story/", "https://example.com/ampersand-story/"),
        ("http://example.com:80/a/", "http://example.com/a/"),
        ("HTTPS://example.com:443/a/", "https://example.com/a/"),
        ("https://example.com:80/a/", "https://example.com:80/a/"),  # not https' default
        ("http://127.0.0.2:8780/a/", "http://127.0.0.2:8780/a/"),
        ("https://a.example/amp/story-1/", "https://a.example/story-1/"),
        ("https://a.example/amp/2025/07/01/story/?amp=1", "https://a.example/2025/07/01/story/"),
        ("https://a.example/amp/", "https://a.example/"),
        ("https://a.example/amplifiers/review/", "https://a.example/amplifiers/review/"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_tracking_params() -> None:
    assert is_tracking_param("UTM_Source")
    assert is_tracking_param("fbclid")
    assert not is_tracking_param("page")
    assert not is_tracking_param("id")


def test_same_origin() -> None:
    assert same_origin("http://127.0.0.2:8780/a", "http://127.0.0.2:8780")
    assert not same_origin("http://127.0.0.2:8781/a", "http://127.0.0.2:8780")
    assert not same_origin("http://127.0.0.3:8780/a", "http://127.0.0.2:8780")
    assert same_origin("https://example.com/a", "https://example.com:443")
    assert not same_origin("http://example.com/a", "https://example.com")


def test_same_origin_is_false_for_a_malformed_url() -> None:
    assert not same_origin("http://[oops/", "http://127.0.0.2:8780")
    assert not same_origin("http://127.0.0.2:80x/", "http://127.0.0.2:8780")
