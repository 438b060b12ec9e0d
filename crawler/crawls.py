"""A crawl's record from start to end: the one writer of `crawls/<id>/crawl.json` (a CrawlRecord).

`open_crawl` starts a crawl or takes up the unfinished one; `finish_crawl` reads what the run left
(index, drop journal) and decides the crawl's status and whether it feeds the graph. Both
`ambiti crawl` (crawler/run.py) and `scrapy crawl sites` (scrapyd) go through them.
"""

from __future__ import annotations

import shutil
from typing import Any
from urllib.parse import urlsplit

from crawler.archive import now_iso, read_index
from crawler.datadir import DataDir
from crawler.outcomes import NOT_GONE, read_dropped, write_report
from crawler.records import CrawlRecord, CrawlReport, DroppedUrl

MIN_SHARE = 0.5  # a crawl reaching less than this share of the previous crawl's pages is held back


def open_crawl(
    data: DataDir, seeds: list[str], *, fresh: bool = False, recrawl: bool = False, accept_partial: bool = False
) -> CrawlRecord:
    """A new crawl, or the killed or interrupted one (unless `fresh`: then those are deleted).
    A recrawl revisits the newest consolidated crawl; a resumed crawl keeps what it revisited."""
    if fresh:
        for stale in data.crawl_ids(status="running") + data.crawl_ids(status="interrupted"):
            shutil.rmtree(data.crawls / stale)
    unfinished = None if fresh else data.unfinished_crawl()
    if unfinished:
        record = data.crawl_record(unfinished)
        record.resumed += 1
    else:
        record = CrawlRecord(
            id=data.new_crawl_id(), seeds=seeds, previous=data.latest_crawl() if recrawl else None, started=now_iso()
        )
    record.status = "running"
    record.accepted_partial = record.accepted_partial or accept_partial
    (data.crawls / record.id).mkdir(parents=True, exist_ok=True)
    data.write_crawl_record(record)
    return record


def site_figures(sites: dict[str, dict[str, Any]], drops: list[DroppedUrl]) -> dict[str, dict[str, Any]]:
    """The spider's per-site figures (crawler/spiders/budget.py) with the drops of each host: a host its
    seed redirected to (`hosts`: comune.it -> www.comune.it) is the seed's site, one entry in the report."""
    out = {site: dict(figures) for site, figures in sites.items()}
    roots = sorted(out, key=len, reverse=True)  # a site is a host and a path (a seed's directory)
    moved = {host: site for site, figures in out.items() for host in figures.get("hosts", [])}
    for drop in drops:
        parts = urlsplit(drop.url)
        own = moved.get(parts.netloc, parts.netloc + "/")
        site = next((root for root in roots if (parts.netloc + parts.path).startswith(root)), own)
        figures = out.setdefault(site, {})
        figures.setdefault("dropped", {})
        figures["dropped"][drop.reason] = figures["dropped"].get(drop.reason, 0) + 1
    return out


def finish_crawl(
    data: DataDir,
    record: CrawlRecord,
    *,
    finished: bool,
    seconds: float = 0.0,
    response_bytes: int = 0,
    min_share: float = MIN_SHARE,
    sites: dict[str, dict[str, Any]] | None = None,
) -> tuple[CrawlRecord, CrawlReport]:
    """Write the report and the record's outcome. `finished` False (a polite stop): `interrupted`."""
    crawl_dir = data.crawls / record.id
    snaps = read_index(crawl_dir)
    drops = read_dropped(crawl_dir)
    report = CrawlReport(record.id, dropped=drops, sites=site_figures(sites or {}, drops))
    write_report(crawl_dir, report)
    record.seconds = round(record.seconds + seconds, 3)
    record.response_bytes += response_bytes
    record.dropped = report.summary()
    record.pages = len(snaps)
    record.by_status = {}
    for snap in snaps:
        key = str(snap.status)
        record.by_status[key] = record.by_status.get(key, 0) + 1
    record.unreachable = sum(1 for s in snaps if s.carried == "unreachable")
    record.carried = sum(1 for s in snaps if s.carried and s.carried != "unreachable")
    record.not_modified = sum(1 for s in snaps if s.not_modified and not s.carried)
    record.reached = record.pages - record.unreachable
    if not finished:
        record.status = "interrupted"
        data.write_crawl_record(record)
        return record, report
    previous = data.crawl_record(record.previous) if record.previous else None
    short = previous is not None and record.reached < min_share * previous.pages
    lost = record.unreachable or any(reason in NOT_GONE for reason in record.dropped)
    if record.reached == 0:
        record.status, record.consolidated = "failed", False
        record.note = "no page answered: the graph is built without this crawl"
    elif short or lost:
        record.status = "partial"
        record.consolidated = not short or record.accepted_partial
        if short and previous is not None:
            record.note = (
                f"reached {record.reached} pages, less than {min_share:.0%} of the {previous.pages} of crawl "
                f"{previous.id}" + ("; accepted with --accept-partial" if record.accepted_partial else "")
            )
    else:
        record.status, record.consolidated, record.note = "complete", True, None
    record.finished = now_iso()
    data.write_crawl_record(record)
    return record, report
