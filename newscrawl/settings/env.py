"""The one place that reads ``NEWSCRAWL_*`` environment variables into settings."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

#: environment variable -> setting name
ENV_SETTINGS = {
    "NEWSCRAWL_OUTPUT_DIR": "NEWSCRAWL_OUTPUT_DIR",
    "NEWSCRAWL_DATABASE_URL": "NEWSCRAWL_DATABASE_URL",
    "NEWSCRAWL_REDIS_URL": "NEWSCRAWL_REDIS_URL",
    "NEWSCRAWL_FEED_URI": "NEWSCRAWL_FEED_URI",
    "NEWSCRAWL_CHROMIUM": "NEWSCRAWL_CHROMIUM",
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
    dirs = environ.get("NEWSCRAWL_PROFILE_DIRS", "").strip()
    if dirs:
        out["NEWSCRAWL_PROFILE_DIRS"] = [d for d in dirs.split(os.pathsep) if d]
    return out
