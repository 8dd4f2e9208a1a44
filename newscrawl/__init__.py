"""newscrawl: a Scrapy crawler that turns regional news sites into clean articles."""

__version__ = "0.1.0"
