"""Scrapy settings: polite by default; `FAST` only when asked for (a local test web), whatever the host."""

from __future__ import annotations

from crawler.parsers.extract import VERSION

BOT_NAME = "ambiti"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = f"ambiti/{VERSION} (+https://w3id.org/ambiti; research crawler of Lombardy's ambiti sociali)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 0.5
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AMBITI_MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay is obeyed up to this many seconds (crawler/spiders/robots.py)
# A page that trickles or never answers holds one of its site's two slots until the timeout: 15 s,
# and a timeout is not retried (a slow site stays slow); refused, reset and 5xx are.
DOWNLOAD_TIMEOUT = 15
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a 10 MB page is not a municipal page
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_EXCEPTIONS = [
    "scrapy.exceptions.CannotResolveHostError",
    "scrapy.exceptions.DownloadConnectionRefusedError",
    "scrapy.exceptions.DownloadFailedError",
    "scrapy.exceptions.ResponseDataLossError",
    "twisted.internet.error.ConnectionDone",
    "twisted.internet.error.ConnectError",
    "twisted.internet.error.ConnectionLost",
    OSError,
]
AMBITI_SITE_FAILURES = 8  # network failures in a row before a site is given up (crawler/middlewares.py)
DEPTH_LIMIT = 5
DEPTH_PRIORITY = 0  # best-first: each request carries its link's priority (crawler/scoring.py)
# One queue per site (download slot), each served best-first: a site with many links does not hold
# the others back (Scrapy's advice for crawls of many domains).
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
AMBITI_SITE_BUDGET = 100  # requests per site (pages, sitemaps, searches); run_crawl(budget=N)
AMBITI_EXPLORE_DEPTH = 4  # hops through generic sections since the last link that spoke of planning
AMBITI_SETTLED_PRIORITY = 2  # once a site yielded two fact pages, links of this priority or less are left
AMBITI_RESERVE_FLOOR = 30  # a site that ran dry before this many requests gets its best links beyond bounds
AMBITI_TEMPLATE_CAP = 3  # explored requests per URL template (numbers blanked): calendars, pagers
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
ITEM_PIPELINES = {"crawler.pipelines.ArchivePipeline": 100}
# Scrapy starts this many asyncio tasks for every response's callback output (default 100) to run
# item pipelines in parallel; the archive pipeline is synchronous, so 100 tasks per page were pure
# overhead (~1.3 ms of a ~4.3 ms page; docs/benchmarks.md, row 1).
CONCURRENT_ITEMS = 1

# Speed for a web of our own (the demo, tests, benchmarks), asked for explicitly (`--fast`): no
# waiting between requests. Retries, timeouts and caps stay as in production.
FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "AMBITI_MAX_CRAWL_DELAY": 0,
}

# A crawl shared through a Redis frontier (`--frontier`, crawler/frontier.py): this worker's name in
# its file names and Redis keys (empty: the crawl's only writer), and how long a silent worker lives.
AMBITI_WORKER = ""
AMBITI_WORKER_TTL = 15.0
