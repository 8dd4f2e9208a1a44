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


@lru_cache(maxsize=65536)  # pure; listing and article pages repeat the same links
def canonical_url(url: str) -> str:
    """Normalise ``url`` so that every address of one article maps to one string.

    Lower-cased scheme and host, default port dropped, sorted query, tracking and AMP
    parameters removed, ``/amp/`` (as prefix or suffix) and ``.amp`` path variants
    folded, fragment dropped (w3lib's
    ``canonicalize_url`` does the percent-encoding and ordering). A malformed address
    (``http://[x``, a port out of range) is returned stripped, as it is: it names no
    other page.

    >>> canonical_url("http://[::1]:8080/a/?utm_source=x"), canonical_url("http://a:99999/")
    ('http://[::1]:8080/a/', 'http://a:99999/')
    """
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
    """Whether ``url`` is served by ``origin`` (scheme, host and port all equal)."""
    a, b = urlsplit(url), urlsplit(origin)
    return (a.scheme, a.hostname, a.port or _default_port(a.scheme)) == (
        b.scheme,
        b.hostname,
        b.port or _default_port(b.scheme),
    )


def _default_port(scheme: str) -> int | None:
    return _DEFAULT_PORTS.get(scheme)
