"""Scrapy settings for newscrawl.

Base values live here; everything a deployment changes comes from ``NEWSCRAWL_*``
environment variables, read once by :func:`newscrawl.settings.env.from_environment`,
or from ``scrapy crawl -s NAME=value``.
"""

from __future__ import annotations

from newscrawl.settings.env import from_environment

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
COMMANDS_MODULE = "newscrawl.commands"

# Polite by default.
ROBOTSTXT_OBEY = True
USER_AGENT = "newscrawl/0.1 (+https://github.com/newscrawl/newscrawl; regional news crawler)"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's RemoteControl runs Python sent over HTTP inside the crawler (a port on
# localhost, a token in a file under ~/.local/state/scrapy, left there by a killed run):
# off in production, like the telnet console.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

ITEM_PIPELINES: dict[str, int] = {
    "newscrawl.pipelines.validate.ValidatePipeline": 100,
    "newscrawl.pipelines.dedup.DedupPipeline": 300,
    "newscrawl.pipelines.storage.StoragePipeline": 400,
}
# Skips stored articles before they are fetched (runs before robots.txt and retries).
DOWNLOADER_MIDDLEWARES: dict[str, int | None] = {
    "newscrawl.middlewares.IncrementalMiddleware": 50,
    # Scrapy's own lets requests that wait for robots.txt through (newscrawl/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    # No redirect off the site's origin, checked before robots.txt is asked about it
    # (newscrawl/origin.py).
    "newscrawl.origin.OriginMiddleware": 90,
    "newscrawl.robots.RobotsTxtMiddleware": 100,
}

# Storage, deduplication, incremental crawls (newscrawl/store.py, pipelines, middlewares).
NEWSCRAWL_STORE_ENABLED = True
# Items per database transaction, and the longest an item waits in a batch.
NEWSCRAWL_STORE_BATCH_SIZE = 50
NEWSCRAWL_STORE_FLUSH_SECONDS = 5.0
# After a database failure, items go to the spill file this long before the next try.
NEWSCRAWL_STORE_RETRY_SECONDS = 30.0
# Export re-fetched articles whose body did not change (off: feeds carry new/edited only).
NEWSCRAWL_EXPORT_UNCHANGED = False
NEWSCRAWL_DEDUP_ENABLED = True
# Drop syndicated copies instead of keeping them with duplicate_of set.
NEWSCRAWL_NEARDUP_DROP = False
# Estimated Jaccard similarity (word 5-shingles) from which two bodies are one story.
NEWSCRAWL_NEARDUP_THRESHOLD = 0.4
# The near-duplicate index holds articles crawled in the last N days (0: all; ~2.4 KB each).
NEWSCRAWL_NEARDUP_DAYS = 60
# Skip stored article URLs (off: fetch everything again).
# Listing and undecided pages one run requests per site, at most: a calendar or a
# faceted search links to new pages without end.
NEWSCRAWL_MAX_PAGES = 5000
NEWSCRAWL_INCREMENTAL = True
# Re-check stored articles younger than this many days (same as -a recrawl_days=N).
NEWSCRAWL_RECRAWL_DAYS = None

# Where feeds and the default SQLite database go (NEWSCRAWL_OUTPUT_DIR).
NEWSCRAWL_OUTPUT_DIR = "output"
# Feed URI template; %(site)s, %(date)s and %(run_id)s are filled per site and run, and
# %(worker)s (host-pid; added after %(run_id)s when NEWSCRAWL_REDIS_URL is set).
NEWSCRAWL_FEED_URI = "%(output_dir)s/feeds/%(site)s/%(date)s/%(run_id)s.jsonl"
NEWSCRAWL_FEED_FORMAT = "jsonlines"
NEWSCRAWL_DATABASE_URL = ""
NEWSCRAWL_REDIS_URL = ""
NEWSCRAWL_CHROMIUM = ""
# Extra folders of site profiles (the bundled ones are always loaded).
NEWSCRAWL_PROFILE_DIRS: list[str] = []

# Running in production: browser, shared frontier, feed extras (newscrawl/addons.py),
# one run per site (lock.py), coverage floors (health.py), feed manifests (extensions.py).
ADDONS: dict[str, int] = {
    "newscrawl.addons.RenderingAddon": 100,  # Chromium only for render_js sites
    "newscrawl.addons.RedisAddon": 110,  # NEWSCRAWL_REDIS_URL: scrapy-redis frontier
    "newscrawl.addons.FeedsAddon": 120,  # gzip and the manifest digest plugin
}
EXTENSIONS: dict[str, int] = {
    # Scrapy's feed exporter, whose failure to open a feed fails the run (feeds.py)
    "scrapy.extensions.feedexport.FeedExporter": None,
    "newscrawl.feeds.FeedExporter": 0,
    "newscrawl.lock.RunLock": 10,  # a second run of a site exits at once
    "newscrawl.health.RunHealth": 500,  # per-site coverage, floors -> floors_failed
    "newscrawl.extensions.FeedManifest": 510,  # <feed>.manifest.json once stored
    "newscrawl.extensions.RunSummary": 520,  # <output>/runs/<run id>-<pid>.json at close
}
# Feeds as .jsonl.gz; a manifest beside each finished feed file.
NEWSCRAWL_FEED_GZIP = False
NEWSCRAWL_FEED_MANIFESTS = True
NEWSCRAWL_LOCK_ENABLED = True
NEWSCRAWL_HEALTH_ENABLED = True
# Coverage floors are judged for a site from this many exported articles on.
NEWSCRAWL_FLOOR_MIN_ITEMS = 10
# Redis key prefix of distributed runs; their keys expire this long after a worker ends.
NEWSCRAWL_REDIS_PREFIX = "newscrawl"
NEWSCRAWL_REDIS_RUN_TTL = 86400
# A worker of a distributed run counts as running while its heartbeat (refreshed every
# third of this many seconds) lives: a killed worker stops holding up the floors' verdict.
NEWSCRAWL_REDIS_HEARTBEAT = 15
# Chromium pages open at once; a rendered page is read once nothing changed on it for
# QUIET_MS while scrolled to the bottom (lazy blocks), waiting at most IDLE_TIMEOUT_MS.
NEWSCRAWL_PLAYWRIGHT_MAX_PAGES = 4
NEWSCRAWL_PLAYWRIGHT_QUIET_MS = 700
NEWSCRAWL_PLAYWRIGHT_IDLE_TIMEOUT_MS = 10000

globals().update(from_environment())
