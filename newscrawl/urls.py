"""URL identity: the canonical form that decides whether two URLs are one article.

>>> canonical_url("HTTP://Example.com/story/?utm_source=tw&id=7&fbclid=x#top")
'http://example.com/story/?id=7'
>>> canonical_url("https://example.com/story/amp/")
'https://example.com/story/'
>>> canonical_url("https://example.com/story/?amp=1")
'https://example.com/story/'
>>> canonical_url("https://a.example/amp/story-1/"), canonical_url("http://a.example:80/x")
('https://a.example/story-1/', 'http://a.example/x')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

#: Query parameters that never change what a page shows (tracking, campaign, AMP switches).
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "ito",
        "ocid",
        "smid",
        "amp",
        "outputtype",
        "replytocom",  # WordPress comment-reply links: the article itself
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter")
_AMP_DIR = re.compile(r"/amp/?$")
_AMP_PREFIX = re.compile(r"^/amp(?=/.)")  # /amp/story-1/: the AMP edition of /story-1/
_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_EXT = re.compile(r"\.amp(\.html?)?$")


def is_tracking_param(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Normalise ``url`` so that every address of one article maps to one string
    (``_canonical_url``, cached).

    Lower-cased scheme and host, default port dropped, sorted query, tracking and AMP
    parameters removed, ``/amp/`` (as prefix or suffix) and ``.amp`` path variants
    folded, fragment dropped (w3lib's
    ``canonicalize_url`` does the percent-encoding and ordering). A malformed address
    (``http://[x``, a port out of range) is returned stripped, as it is: it names no
    other page.

    >>> canonical_url("http://[::1]:8080/a/?utm_source=x"), canonical_url("http://a:99999/")
    ('http://[::1]:8080/a/', 'http://a:99999/')
    """
    if type(url) is not str and isinstance(url, str):
        url = str.__str__(url)  # (a plain str for the cache's key: ``cleaning.plain``)
    return _canonical_url(url)


#: (keyed by plain ``str``: an lxml "smart" string of an ``@href`` holds its page's tree)
@lru_cache(maxsize=65536)  # pure; listing and article pages repeat the same links
def _canonical_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        names = [
            k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if is_tracking_param(k)
        ]
        if names:
            url = url_query_cleaner(url, names, remove=True, keep_fragments=True)
            parts = urlsplit(url)
        path = _AMP_EXT.sub(r"\1", _AMP_DIR.sub("/", _AMP_PREFIX.sub("", parts.path)))
        host = (parts.hostname or "").removeprefix("amp.")
        if ":" in host:
            host = f"[{host}]"  # an IPv6 address keeps its brackets
        port = parts.port
        if port == _DEFAULT_PORTS.get(parts.scheme.lower()):
            port = None  # http://a:80/x is http://a/x
        netloc = host + (f":{port}" if port else "")
        return canonicalize_url(urlunsplit((parts.scheme, netloc, path, parts.query, "")))
    except ValueError:
        return url.strip()


def same_origin(url: str, origin: str) -> bool:
    """Whether ``url`` is served by ``origin`` (scheme, host and port all equal); False
    when either is malformed (``http://[x``, a port ``:80x``): it names no server.
    """
    try:
        a, b = urlsplit(url), urlsplit(origin)
        return (a.scheme, a.hostname, a.port or _default_port(a.scheme)) == (
            b.scheme,
            b.hostname,
            b.port or _default_port(b.scheme),
        )
    except ValueError:
        return False


def _default_port(scheme: str) -> int | None:
    return _DEFAULT_PORTS.get(scheme)


def moved_origin(url: str, origin: str) -> str | None:
    """The origin ``url`` is served from when that is ``origin``'s own move, else None.

    A site's own move is to https (from http on the default port) and between
    ``www.host`` and ``host``: a site typed as ``http://herald.example`` answers from
    ``https://www.herald.example``. Another host, another port, or ``origin`` itself
    give None.

    >>> moved_origin("https://www.herald.example/a/", "http://herald.example")
    'https://www.herald.example'
    >>> moved_origin("http://127.0.0.1:9000/a/", "http://127.0.0.1:8000") is None
    True
    >>> moved_origin("https://127.0.0.1:8000/a/", "http://127.0.0.1:8000") is None
    True
    """
    try:
        a, b = urlsplit(url), urlsplit(origin)
        a_port, b_port = a.port or _default_port(a.scheme), b.port or _default_port(b.scheme)
    except ValueError:
        return None
    hosts = {(h or "").removeprefix("www.") for h in (a.hostname, b.hostname)}
    if not a.hostname or len(hosts) != 1:
        return None
    upgrade = (b.scheme, b_port, a.scheme, a_port) == ("http", 80, "https", 443)
    if not (upgrade or (a.scheme, a_port) == (b.scheme, b_port)):
        return None
    moved = f"{a.scheme}://{a.netloc}"
    return None if same_origin(moved, origin) else moved


@lru_cache(maxsize=1)
def _domains() -> Any:
    import tldextract  # the public suffix list as bundled: never fetched

    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def site_domain(url: str) -> str:
    """The registrable domain a URL's host belongs to (``www.bbc.co.uk`` and
    ``amp.bbc.co.uk`` are ``bbc.co.uk``; a blog host's blogs are each their own); the
    host itself, without ``www.``, where no public suffix applies (an IP address,
    ``localhost``, ``.example``).

    >>> site_domain("https://amp.herald.co.uk/x"), site_domain("https://ann.blogspot.com/")
    ('herald.co.uk', 'ann.blogspot.com')
    >>> site_domain("http://127.0.0.1:8000/x"), site_domain("https://www.herald.example/")
    ('127.0.0.1', 'herald.example')
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return _domains()(host).top_domain_under_public_suffix or host.removeprefix("www.")
