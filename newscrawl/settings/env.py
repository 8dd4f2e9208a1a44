"""The one place that reads ``NEWSCRAWL_*`` environment variables into settings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: environment variable -> setting name
ENV_SETTINGS = {
    "NEWSCRAWL_OUTPUT_DIR": "NEWSCRAWL_OUTPUT_DIR",
    "NEWSCRAWL_DATABASE_URL": "NEWSCRAWL_DATABASE_URL",
    "NEWSCRAWL_REDIS_URL": "NEWSCRAWL_REDIS_URL",
    "NEWSCRAWL_FEED_URI": "NEWSCRAWL_FEED_URI",
    "NEWSCRAWL_CHROMIUM": "NEWSCRAWL_CHROMIUM",
    "NEWSCRAWL_MAX_PAGES": "NEWSCRAWL_MAX_PAGES",
    "NEWSCRAWL_USER_AGENT": "USER_AGENT",
    "NEWSCRAWL_LOG_LEVEL": "LOG_LEVEL",
}


def from_environment(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Settings overridden by the environment; unset or empty variables are ignored."""
    environ = os.environ if environ is None else environ
    out: dict[str, Any] = {}
    for var, setting in ENV_SETTINGS.items():
        value = environ.get(var, "").strip()
        if value:
            out[setting] = value
    dirs = profile_dirs(environ.get("NEWSCRAWL_PROFILE_DIRS", ""))
    if dirs:
        out["NEWSCRAWL_PROFILE_DIRS"] = dirs
    return out


def profile_dirs(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """Folders of ``NEWSCRAWL_PROFILE_DIRS`` however they come: a list, or a string of
    ``:``- (``os.pathsep``) or comma-separated paths (the variable, ``-s NAME=a:b``).

    >>> profile_dirs("/a:/b,/c"), profile_dirs(["/a", "/b"]), profile_dirs(None)
    (['/a', '/b', '/c'], ['/a', '/b'], [])
    """
    if not value:
        return []
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]
    return [d.strip() for item in items for d in item.split(os.pathsep) if d.strip()]


def output_dir(settings: Any) -> Path:
    """The output folder a crawl's settings name (``NEWSCRAWL_OUTPUT_DIR``, else ``output``):
    feeds, the SQLite database, locks, run summaries, spill and unexported files.

    >>> output_dir({}), output_dir({"NEWSCRAWL_OUTPUT_DIR": "/srv/out"})
    (PosixPath('output'), PosixPath('/srv/out'))
    """
    return Path(settings.get("NEWSCRAWL_OUTPUT_DIR") or "output")
