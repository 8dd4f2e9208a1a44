from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.sites import ProfileError, SiteProfile, get_profile, load_profile, load_profiles


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_profiles_load() -> None:
    profiles = load_profiles()
    for profile in profiles.values():
        assert profile.origin.startswith(("http://", "https://"))
        assert profile.start_urls or profile.feeds or profile.sitemaps


def test_profile_keys_and_origin_override(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.toml",
        """
id = "herald"
name = "The Herald"
origin = "https://herald.example"
start_urls = ["/", "https://herald.example/category/state/"]
feeds = ["/feed/"]
sitemaps = ["/news-sitemap.xml"]
theme = "tagdiv"
article_url_patterns = ['/\\d{4}/\\d{2}/']
render_js = "articles"
max_articles = 50
floors = { published_at = 0.9 }
overrides = { title = "h1.headline" }
timezone = "America/Chicago"
language = "en_gb"
""",
    )
    profile = load_profile(path)
    assert profile.timezone == "America/Chicago" and profile.language == "en-GB"
    assert profile.renders("articles") and not profile.renders("listings")
    assert profile.url(profile.feeds[0]) == "https://herald.example/feed/"
    moved = profile.with_origin("http://127.0.0.2:9000/")
    assert moved.origin == "http://127.0.0.2:9000"
    assert moved.start_urls == ("/", "http://127.0.0.2:9000/category/state/")
    assert moved.url(moved.sitemaps[0]) == "http://127.0.0.2:9000/news-sitemap.xml"
    assert moved.article_patterns[0].search("http://127.0.0.2:9000/2025/07/x/")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('id = "x"', "'origin' is required"),
        ('id = "x"\norigin = "ftp://x"', "origin must be an http(s) URL"),
        ('id = "x"\norigin = "http://x"\ncolour = 1', "unknown key(s) colour"),
        ('id = "x"\norigin = "http://x"\nrender_js = "always"', "render_js must be"),
        ('id = "x"\norigin = "http://x"\nfloors = {title = 2}', "must be a fraction"),
        ('id = "x"\norigin = "http://x"\narticle_url_patterns = ["("]', "bad article_url"),
        ('id = "x"\norigin = "http://x"\nmax_articles = 0', "positive integer"),
        ("id = ", "Invalid"),
        # A string where TOML needs an array was read one character per entry: six start
        # pages "/", "n", "e", ..., or patterns "/", "2", "0" that match every link.
        ('id = "x"\norigin = "http://x"\nstart_urls = "/news/"', "start_urls must be an array"),
        ('id = "x"\norigin = "http://x"\narticle_url_patterns = "/20"', "must be an array"),
        ('id = "x"\norigin = "http://x"\nfeeds = [1]', "feeds must be an array of strings"),
        ('id = "x"\norigin = "http://x"\nfloors = "high"', "floors must be a table"),
        ('id = "x"\norigin = "http://x"\nfloors = {publishd_at = 0.9}', "unknown field"),
        ('id = "x"\norigin = "http://x"\nfloors = {authors = true}', "must be a fraction"),
        ('id = "x"\norigin = "http://x"\nmax_articles = true', "positive integer"),
        ('id = "x"\norigin = "http://x"\ntheme = "tagdiw"', "unknown theme 'tagdiw'"),
        ('id = "x"\norigin = "http://x"\noverrides = {byline = "p.by"}', "unknown field"),
        ('id = "x"\norigin = "http://x"\noverrides = {title = 5}', "CSS or XPath string"),
        ('id = "x"\norigin = "http://x"\noverrides = {title = "//h1["}', "bad override"),
        ('id = "x"\norigin = "http://x:80x"', "origin must be an http(s) URL"),
        ('id = 5\norigin = "http://x"', "id must be a string"),
        ('id = "a/../b"\norigin = "http://x"', "id 'a/../b' must be letters"),
        ('id = "x"\norigin = "http://x"\ntimezone = "Mars/Olympus"', "no IANA time zone"),
        ('id = "x"\norigin = "http://x"\ntimezone = "../etc/passwd"', "no IANA time zone"),
        ('id = "x"\norigin = "http://x"\ntimezone = 5', "timezone must be a string"),
        ('id = "x"\norigin = "http://x"\nlanguage = "English"', "no language tag"),
    ],
)
def test_bad_profiles_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_profile(write(tmp_path, "bad.toml", text))


def test_valid_extraction_keys_are_accepted(tmp_path: Path) -> None:
    profile = load_profile(
        write(
            tmp_path,
            "ok.toml",
            'id = "x.y_z-1"\norigin = "http://x:8080"\ntheme = "TagDiv"\n'
            'overrides = {title = "h1.headline", body = "//article"}\n'
            "floors = {title = 1, published_at = 0.5}",
        )
    )
    assert profile.theme == "TagDiv" and profile.origin == "http://x:8080"
    assert dict(profile.overrides) == {"title": "h1.headline", "body": "//article"}


def test_duplicate_and_unknown_ids(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", 'id = "x"\norigin = "http://x"')
    write(tmp_path, "b.toml", 'id = "x"\norigin = "http://y"')
    with pytest.raises(ProfileError, match="duplicate profile id"):
        load_profiles([tmp_path])
    with pytest.raises(ProfileError, match="no site profile 'nope'"):
        get_profile("nope", [])


def test_profile_for_url() -> None:
    profile = SiteProfile.for_url("https://news.example.org/")
    assert profile.id == "news.example.org"
    assert profile.start_urls == ("https://news.example.org/",)
    with pytest.raises(ProfileError):
        SiteProfile.for_url("news.example.org")


@pytest.mark.parametrize("sep", [":", ","])
def test_profile_dirs_setting_takes_several_folders(tmp_path: Path, sep: str) -> None:
    """``-s NEWSCRAWL_PROFILE_DIRS=a:b`` (as the variable is written) or ``a,b``."""
    from scrapy.crawler import Crawler

    from newscrawl.spiders.news import NewsSpider

    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        write(tmp_path / name, f"{name}.toml", f'id = "{name}"\norigin = "http://127.0.0.1:9"\n')
    dirs = sep.join(str(tmp_path / n) for n in ("one", "two"))
    crawler = Crawler(NewsSpider, {"NEWSCRAWL_PROFILE_DIRS": dirs, "EXTENSIONS": {}})
    spider = NewsSpider.from_crawler(crawler, site="one,two")
    assert sorted(spider.sites) == ["one", "two"]
