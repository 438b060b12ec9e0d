"""Why a URL was not archived, said once per URL, and kept through a kill.

Every URL the crawl wanted and did not archive gets one `DroppedUrl` with a reason from `REASONS`.
They are appended to `dropped.jsonl` as they happen (a SIGKILL loses at most the line being
written), and the crawl's end turns the journal into `report.json` with a per-reason summary.

A URL that could not be *reached* (refused, DNS, timeout, an HTTP error after the retries, its site
given up) is not a URL that is gone: on a recrawl its earlier snapshot is carried, flagged, so
its facts stay (crawler/spiders/sites.py). Only a 404 or 410, which are archived, say "gone".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.archive import part_name, parts
from crawler.datadir import atomic_write
from crawler.records import CrawlReport, DroppedUrl
from crawler.spiders.budget import BudgetSpent, Settled

JOURNAL = "dropped.jsonl"
REPORT = "report.json"

REASONS = {
    "unreachable": "could not be fetched: refused, DNS, timeout or connection lost, after the retries",
    "site-unreachable": "not requested: its site did not answer too many times in a row (crawler/middlewares.py)",
    "http-status": "answered with an error status after the retries (the status is in the detail)",
    "redirect-loop": "redirects back to a URL of its own redirect chain",
    "too-many-redirects": "more redirects than REDIRECT_MAX_TIMES",
    "size-cap": "larger than DOWNLOAD_MAXSIZE (compressed or not)",
    "too-long": "URL longer than URLLENGTH_LIMIT",
    "robots": "disallowed by the site's robots.txt",
    "budget": "its site's request budget (--max-pages-per-site) was spent (crawler/spiders/budget.py)",
    "settled": "its site had yielded a fact page and the link was of the lowest priority (crawler/spiders/budget.py)",
}
NOT_GONE = {"unreachable", "site-unreachable", "http-status"}  # an earlier snapshot of these is carried


class RedirectLoop(IgnoreRequest):
    """A redirect to a URL already in the request's redirect chain."""


class SiteGivenUp(IgnoreRequest):
    """The request's site failed too many times in a row in this crawl."""


def classify(failure: Failure, maxsize: int) -> tuple[str, str] | None:
    """(reason, detail) of a failed request, or None when it is not a loss (see RedirectToCarried)."""
    exc = failure.value
    message = failure.getErrorMessage() or type(exc).__name__
    if isinstance(exc, RedirectLoop):
        return "redirect-loop", message
    if isinstance(exc, SiteGivenUp):
        return "site-unreachable", message
    if isinstance(exc, BudgetSpent):
        return "budget", message
    if isinstance(exc, Settled):
        return "settled", message
    if isinstance(exc, HttpError):
        return "http-status", f"HTTP {exc.response.status}"
    if isinstance(exc, DownloadCancelledError) or "DOWNLOAD_MAXSIZE" in message:
        return "size-cap", f"larger than {maxsize} bytes"
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in message:
            return "robots", ""
        if "max redirections" in message:
            request = failure.request  # type: ignore[attr-defined]
            hops = len(request.meta.get("redirect_urls", []))
            return "too-many-redirects", f"{hops} redirects, the last to {request.url}"
        return None  # ignored on purpose by a middleware of ours (a redirect to a carried page)
    return "unreachable", f"{type(exc).__name__}: {message}"


class DropJournal:
    """Appends each dropped URL to the crawl's journal, flushed, so a kill keeps them."""

    def __init__(self, crawl_dir: Path, worker: str = "") -> None:
        self.path = crawl_dir / part_name(JOURNAL, worker)
        self._fh: IO[str] | None = None

    def add(self, drop: DroppedUrl) -> None:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a", encoding="utf-8")
        self._fh.write(json.dumps(drop.to_dict(), ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def read_dropped(crawl_dir: Path) -> list[DroppedUrl]:
    """The journal's drops, last reason per URL (a resumed crawl may have retried one); a torn line is skipped."""
    by_url: dict[str, DroppedUrl] = {}
    for path in parts(crawl_dir, JOURNAL):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                drop = DroppedUrl(**json.loads(line))
            except (json.JSONDecodeError, TypeError):
                continue
            by_url[drop.url] = drop
    return list(by_url.values())


def write_report(crawl_dir: Path, report: CrawlReport) -> None:
    """report.json, atomic; the drops sorted by reason."""
    report.dropped.sort(key=lambda d: (d.reason, d.url))
    atomic_write(crawl_dir / REPORT, json.dumps(report.to_dict(), indent=2, ensure_ascii=False))


def read_report(crawl_dir: Path) -> CrawlReport | None:
    path = crawl_dir / REPORT
    return CrawlReport.from_dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else None
