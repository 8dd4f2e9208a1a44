"""robots.txt obeyed for every request, including those that wait for the file.

Scrapy 2.19's ``RobotsTxtMiddleware`` makes every request that arrives while a
site's robots.txt is still downloading await one shared Deferred through
``maybe_deferred_to_future``. On the asyncio reactor that adapter's callback
returns ``None``, so only the first waiter receives the parser: every other waiter
gets ``None``, which the middleware reads as "no robots.txt, allow everything". A
burst of requests at start (a worker joining a distributed run pops dozens at
once) then fetches disallowed pages. This subclass re-reads the parser once the
download is over, so each request is checked against the real file.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobots
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(_ScrapyRobots):
    async def robot_parser(self, request: Request) -> RobotParser | None:
        parser = await super().robot_parser(request)
        settled = self._parsers.get(urlparse_cached(request).netloc, parser)
        return parser if isinstance(settled, Deferred) else settled
