"""Exceptions the crawl raises for the CLI to report: their own module, light, so that the CLI
names them without importing Scrapy for commands that never crawl."""

from __future__ import annotations

from crawler.records import CrawlRecord


class FetchError(ValueError):
    """One URL could not be downloaded; the message names it and says why."""


class CrawlInterrupted(Exception):  # noqa: N818 (not an error of the user's: the user asked for it)
    """The crawl stopped on Ctrl-C or SIGTERM; its record says `interrupted` and the same command resumes it."""

    def __init__(self, record: CrawlRecord) -> None:
        super().__init__(f"crawl {record.id} interrupted after {record.pages} URLs; run the same command to resume")
        self.record = record


class FrontierError(ValueError):
    """A shared crawl's Redis frontier cannot be used; the message names its URL and what to do."""
