"""Site themes of the demo network: one class per theme, looked up by a spec's ``theme``.

To add a theme (say a JavaScript-rendered site), subclass
:class:`newscrawl.demo.themes.base.SiteTheme`, implement ``handle`` and add the
class to :data:`THEMES` with :func:`register_theme`.
"""

from __future__ import annotations

from newscrawl.demo.jsnews import JsNewsSite
from newscrawl.demo.themes.base import NetworkLinks, Page, SiteTheme, WordPressSite
from newscrawl.demo.themes.tagdiv import TagDivSite
from newscrawl.demo.themes.wordpress import WordPressJetpackSite

THEMES: dict[str, type[SiteTheme]] = {}


def register_theme(cls: type[SiteTheme]) -> type[SiteTheme]:
    if not cls.name:
        raise ValueError(f"{cls.__name__} has no theme name")
    THEMES[cls.name] = cls
    return cls


register_theme(TagDivSite)
register_theme(WordPressJetpackSite)
register_theme(JsNewsSite)  # type: ignore[arg-type]  # demo-jsnews (SiteTheme by contract)

__all__ = [
    "THEMES",
    "NetworkLinks",
    "Page",
    "SiteTheme",
    "TagDivSite",
    "WordPressJetpackSite",
    "WordPressSite",
    "register_theme",
]
