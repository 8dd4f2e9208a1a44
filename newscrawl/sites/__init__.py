"""Site profiles: one TOML file per site in this folder, loaded into SiteProfile.

A profile declares where a site lives and how to find its articles; it holds no
extraction code. Keys are documented in README.md ("Adding a site profile").
Paths in ``start_urls``, ``feeds`` and ``sitemaps`` may be relative to ``origin``,
so ``-a origin=URL`` (tests, mirrors) moves the whole profile.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from newscrawl.cleaning import is_time_zone, normalize_language
from newscrawl.items import ARTICLE_FIELDS as _ARTICLE_FIELDS

#: The bundled profiles, readable also when the package runs from a zipped egg (Scrapyd).
BUNDLED: Traversable = resources.files(__name__)
RENDER_JS_VALUES = ("listings", "articles", "both")
#: A profile id names feed folders and lock files: no path separators.
_SITE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_KEYS = {
    "id",
    "name",
    "origin",
    "start_urls",
    "feeds",
    "sitemaps",
    "theme",
    "article_url_patterns",
    "render_js",
    "max_articles",
    "floors",
    "overrides",
    "language",
    "timezone",
}


class ProfileError(ValueError):
    """A site profile is missing, unknown or malformed."""


@dataclass(frozen=True)
class SiteProfile:
    id: str
    origin: str
    name: str = ""
    start_urls: tuple[str, ...] = ("/",)
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    theme: str | None = None
    article_url_patterns: tuple[str, ...] = ()
    render_js: str | None = None
    max_articles: int | None = None
    floors: Mapping[str, float] = field(default_factory=dict)
    overrides: Mapping[str, str] = field(default_factory=dict)
    language: str | None = None
    timezone: str | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.origin).hostname or ""

    def url(self, path_or_url: str) -> str:
        """Resolve a profile path (``/feed/``) or absolute URL against the origin."""
        return urljoin(self.origin.rstrip("/") + "/", path_or_url)

    @cached_property
    def article_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p) for p in self.article_url_patterns)

    def renders(self, kind: str) -> bool:
        """Whether requests of ``kind`` ("listings" or "articles") go through a browser."""
        return self.render_js in (kind, "both")

    def with_origin(self, origin: str) -> SiteProfile:
        """The same profile served from another origin (a mirror, a test server)."""
        origin = _check_origin(origin, self.id)
        old = self.origin.rstrip("/")

        def move(urls: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(
                origin.rstrip("/") + u[len(old) :] if u.startswith(old) else u for u in urls
            )

        return replace(
            self,
            origin=origin,
            start_urls=move(self.start_urls),
            feeds=move(self.feeds),
            sitemaps=move(self.sitemaps),
        )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<profile>") -> SiteProfile:
        unknown = set(data) - _KEYS
        if unknown:
            raise ProfileError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("id", "origin"):
            if not data.get(key):
                raise ProfileError(f"{source}: '{key}' is required")
        for key in ("id", "origin", "name", "theme", "language", "timezone"):
            if key in data and not isinstance(data[key], str):
                raise ProfileError(f"{source}: {key} must be a string, got {data[key]!r}")
        if not _SITE_ID.fullmatch(data["id"]):
            raise ProfileError(
                f"{source}: id {data['id']!r} must be letters, digits, '.', '_' or '-' "
                "(it names feed folders and lock files)"
            )
        lists = {
            key: _strings(data[key], key, source)
            for key in ("start_urls", "feeds", "sitemaps", "article_url_patterns")
            if key in data
        }
        render_js = data.get("render_js", False)
        if render_js is False:
            render_js = None
        elif render_js is True:
            render_js = "both"
        elif render_js not in RENDER_JS_VALUES:
            raise ProfileError(
                f"{source}: render_js must be false, {', '.join(map(repr, RENDER_JS_VALUES))}"
            )
        floors = _table(data.get("floors", {}), "floors", source)
        for name, value in floors.items():
            if name not in _ARTICLE_FIELDS:
                raise ProfileError(
                    f"{source}: floor on unknown field {name!r} "
                    f"(fields: {', '.join(_ARTICLE_FIELDS)})"
                )
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ProfileError(f"{source}: floor {name!r} must be a fraction in [0, 1]")
        patterns = lists.get("article_url_patterns", ())
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ProfileError(
                    f"{source}: bad article_url_patterns entry {p!r}: {exc}"
                ) from exc
        max_articles = data.get("max_articles")
        if max_articles is not None and (
            isinstance(max_articles, bool) or not isinstance(max_articles, int) or max_articles < 1
        ):
            raise ProfileError(f"{source}: max_articles must be a positive integer")
        theme = data.get("theme")
        overrides = _table(data.get("overrides", {}), "overrides", source)
        _check_extraction_keys(theme, overrides, source)
        return cls(
            id=data["id"],
            origin=_check_origin(data["origin"], source),
            name=data.get("name", data["id"]),
            start_urls=lists.get("start_urls", ("/",)),
            feeds=lists.get("feeds", ()),
            sitemaps=lists.get("sitemaps", ()),
            theme=theme,
            article_url_patterns=patterns,
            render_js=render_js,
            max_articles=max_articles,
            floors=floors,
            overrides=overrides,
            language=_check_language(data.get("language"), source),
            timezone=_check_timezone(data.get("timezone"), source),
        )

    @classmethod
    def for_url(cls, url: str, timezone: str | None = None) -> SiteProfile:
        """A profile-less site: everything is discovered from the URL's origin
        (``timezone``: the site's zone, when its user knows it)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ProfileError(f"not an http(s) URL: {url!r}")
        origin = f"{parts.scheme}://{parts.netloc}"
        start = url if parts.path not in ("", "/") else origin + "/"
        return cls(
            id=parts.hostname,
            origin=origin,
            name=parts.hostname,
            start_urls=(start,),
            timezone=_check_timezone(timezone, "-a timezone"),
        )


def _check_origin(origin: str, source: str) -> str:
    try:
        parts = urlsplit(origin)
        parts.port  # noqa: B018  (raises ValueError: a port ":80x" or out of range)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProfileError(f"{source}: origin must be an http(s) URL, got {origin!r}")
    return f"{parts.scheme}://{parts.netloc}"


def _check_language(tag: str | None, source: str) -> str | None:
    """A BCP 47 language tag ("mr", "en-GB"), normalised, or None."""
    if tag is None:
        return None
    normal = normalize_language(tag)
    if normal is None:
        raise ProfileError(f"{source}: language {tag!r} is no language tag (such as 'en-GB')")
    return normal


def _check_timezone(name: str | None, source: str) -> str | None:
    """An IANA zone name the time zone database knows ("Asia/Kolkata"), or None."""
    if name is not None and not is_time_zone(name):
        raise ProfileError(
            f"{source}: timezone {name!r} is no IANA time zone (such as 'Asia/Kolkata')"
        )
    return name


def _strings(value: Any, key: str, source: str) -> tuple[str, ...]:
    """An array of strings (a bare string would be read as one entry per character)."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProfileError(f"{source}: {key} must be an array of strings, got {value!r}")
    return tuple(value)


def _table(value: Any, key: str, source: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ProfileError(f"{source}: {key} must be a table, got {value!r}")
    return dict(value)


def _check_extraction_keys(theme: str | None, overrides: dict[str, Any], source: str) -> None:
    """A theme the extraction knows, and overrides of known fields by valid selectors
    (the extraction would otherwise ignore the theme, or fail on every page)."""
    if theme is None and not overrides:
        return
    from newscrawl.extraction.themes import _OVERRIDE_FIELDS, THEMES, compile_selector

    if theme is not None and theme.strip().lower() not in THEMES:
        raise ProfileError(f"{source}: unknown theme {theme!r} (known: {', '.join(THEMES)})")
    for name, selector in overrides.items():
        if name != "body" and name not in _OVERRIDE_FIELDS:
            known = ", ".join(["body", *_OVERRIDE_FIELDS])
            raise ProfileError(f"{source}: override of unknown field {name!r} (fields: {known})")
        if not isinstance(selector, str):
            raise ProfileError(f"{source}: override {name!r} must be a CSS or XPath string")
        try:
            compile_selector(selector)
        except Exception as exc:  # lxml's XPathSyntaxError, cssselect's SelectorError
            raise ProfileError(
                f"{source}: bad override {name!r} selector {selector!r}: {exc}"
            ) from exc


def load_profile(path: Path | Traversable) -> SiteProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: {exc}") from exc
    return SiteProfile.from_mapping(data, source=str(path))


def load_profiles(dirs: Iterable[Path | Traversable] = (BUNDLED,)) -> dict[str, SiteProfile]:
    """All profiles in ``dirs`` by id; a duplicate id is an error."""
    profiles: dict[str, SiteProfile] = {}
    for folder in dirs:
        folder = Path(folder) if isinstance(folder, str) else folder
        if not folder.is_dir():
            raise ProfileError(f"profile folder {folder} does not exist")
        entries = sorted(
            (e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name
        )
        for path in entries:
            profile = load_profile(path)
            if profile.id in profiles:
                raise ProfileError(f"{path}: duplicate profile id {profile.id!r}")
            profiles[profile.id] = profile
    return profiles


def get_profile(site_id: str, dirs: Iterable[Path | Traversable] = (BUNDLED,)) -> SiteProfile:
    profiles = load_profiles(dirs)
    try:
        return profiles[site_id]
    except KeyError:
        known = ", ".join(sorted(profiles)) or "none"
        raise ProfileError(f"no site profile {site_id!r} (known: {known})") from None
