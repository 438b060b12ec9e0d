"""A crawl's frontier shared in Redis by many workers (`ambiti crawl --frontier redis://...`).

scrapy-redis keeps the queue (a sorted set: best-first priorities hold) and the seen-set; this
module adds what it lacks for a crawl that must lose nothing:

- Acknowledgement. scrapy-redis pops a request before downloading it: a worker killed with
  SIGKILL lost its in-flight pages, already marked seen. Here a Lua script moves each popped
  request into the worker's in-flight hash in one step; it leaves that hash when the scraper is
  done with its response, or when the request it became (a retry, a redirect) is queued. A link
  joins the seen-set and the queue in one step too (scrapy-redis takes two: a kill between them
  lost it). A page's links are queued before its index line is written (`LinksFirst`), and its URL then joins the
  `archived` set, with the acknowledgement of its response: a worker whose heartbeat expired is dead, and any
  worker, or the coordinator, puts back in the queue what it held except the pages already archived.
  Nothing is lost, and no page is archived twice unless a kill falls between its index line and that
  set (then the readers keep one snapshot per URL).
- The end of the crawl: the queue is empty and no worker holds a request in flight. A worker
  that is idle before then waits (a busy worker may still queue links).
- Politeness for the whole crawl: one request start per site per DOWNLOAD_DELAY, whichever worker
  makes it (a per-site token with that expiry, `PacedDownloadHandler`).
- Per-site figures for the whole crawl: a request is counted against its site's budget in the step
  that pops it; a worker killed holding it has it uncounted when it goes back to the queue
  (crawler/spiders/sitestate.py, sitecount.py).

Keys, all under `ambiti:<crawl id>:`: `requests` (queue), `seen` (dupefilter), `inflight:<worker>`,
`counted:<worker>`, `alive:<worker>`, `workers`, `seeded`, `site:<host>`, and sitestate.py's;
`ambiti:crawl` names the current crawl and `ambiti:crawl:<id>` holds its spec (seeds and options) for
workers started on other machines.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

import redis
from scrapy import Request, Spider, signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.utils.reactor import CallLaterOnce
from scrapy_redis import picklecompat
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task
from twisted.python.failure import Failure

from crawler.errors import FrontierError
from crawler.spiders.budget import low_link
from crawler.spiders.sitecount import COUNT_FUNCTION, SEPARATOR, VERDICT, attributes

logger = logging.getLogger(__name__)

CURRENT = "ambiti:crawl"
TOKEN = "frontier_token"  # request.meta: this request's field in its worker's in-flight hash
IDLE_POLL = 0.5  # seconds between two looks at the queue of a worker with nothing to do

# Pop the best request and hold it in the worker's in-flight hash ("score\n" + request), atomically; and
# count it against its site's figures from the attributes stored beside it (crawler/spiders/sitecount.py).
# KEYS: queue, in-flight, attributes, the worker's `counted`. ARGV[1]: the crawl's key prefix.
_POP = (
    COUNT_FUNCTION
    + f"""
local got = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #got == 0 then return false end
redis.call('ZREM', KEYS[1], got[1])
local token = redis.sha1hex(got[1])
redis.call('HSET', KEYS[2], token, got[2] .. '\\n' .. got[1])
local stored = redis.call('HGET', KEYS[3], token)
if not stored then return {{got[1]}} end
local a = {{}}
for part in string.gmatch(stored .. '{SEPARATOR}', '(.-){SEPARATOR}') do table.insert(a, part) end
local verdict = count(ARGV[1], KEYS[4], token, a[1], a[2], a[3], a[4], a[5], a[6])
return {{got[1], verdict[1], verdict[2]}}
"""
)

# Mark a request seen and queue it, then drop the request it continues (a retry, a redirect) from
# the worker's in-flight hash, in one step: a worker killed between scrapy-redis's SADD to the
# seen-set and its ZADD to the queue lost the link for good (seen, so nobody queued it again).
# The request's attributes for its count are stored beside it (KEYS[5]); the parent's count against its
# site's budget stays (crawler/spiders/sitestate.py): it was made.
# ARGV: fingerprint ('' when the request is not filtered), score, request, parent's token or '', attributes.
_ENQUEUE = """
local queued = ARGV[1] == '' or redis.call('SADD', KEYS[1], ARGV[1]) == 1
if queued then redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3]) end
if queued and ARGV[5] ~= '' then redis.call('HSET', KEYS[5], redis.sha1hex(ARGV[3]), ARGV[5]) end
if ARGV[4] ~= '' then
  redis.call('HDEL', KEYS[3], ARGV[4])
  redis.call('HDEL', KEYS[4], ARGV[4])
  redis.call('HDEL', KEYS[5], ARGV[4])
end
return queued and 1 or 0
"""

# Uncount what a worker counted for requests it did not make (crawler/spiders/sitestate.py: each token's
# entry names the site's counts and the fields it added to) and forget those entries, in one step, so that
# two workers requeueing the same dead worker uncount once. KEYS[1]: its `counted`; ARGV: tokens.
_UNCOUNT = """
for _, token in ipairs(ARGV) do
  local entry = redis.call('HGET', KEYS[1], token)
  if entry then
    local key, fields = string.match(entry, '^(.-)\\n(.*)$')
    for field in string.gmatch(fields, '%S+') do redis.call('HINCRBY', key, field, -1) end
    redis.call('HDEL', KEYS[1], token)
  end
end
return 0
"""


@dataclass
class CrawlSpec:
    """What a worker needs to join a crawl, from the frontier itself (workers on other machines)."""

    crawl_id: str
    seeds: list[str]
    depth: int | None = None
    fast: bool = False
    budget: int | None = None  # requests per site, for the whole crawl
    unreachable_limit: int = 4
    previous: str | None = None  # the crawl a recrawl revisits (read if this machine holds it)


class Frontier:
    """One crawl's keys in one Redis database; the operations the coordinator and workers share."""

    def __init__(self, url: str, crawl_id: str) -> None:
        self.url = url
        self.server = connect(url)
        self.crawl_id = crawl_id
        self.prefix = f"ambiti:{crawl_id}:"
        self.queue_key = self.prefix + "requests"
        self.seen_key = self.prefix + "seen"
        self.workers_key = self.prefix + "workers"
        self.archived_key = self.prefix + "archived"
        self.attributes_key = self.prefix + "attributes"

    def inflight_key(self, worker: str) -> str:
        return f"{self.prefix}inflight:{worker}"

    def counted_key(self, worker: str) -> str:
        """What a worker counted against sites' budgets for the requests it holds (crawler/spiders/sitestate.py)."""
        return f"{self.prefix}counted:{worker}"

    def alive_key(self, worker: str) -> str:
        return f"{self.prefix}alive:{worker}"

    # the crawl ---------------------------------------------------------------------------
    def publish(self, spec: CrawlSpec) -> None:
        self.server.set(f"{CURRENT}:{spec.crawl_id}", json.dumps(asdict(spec)))
        self.server.set(CURRENT, spec.crawl_id)

    def claim_seeding(self) -> bool:
        """True for the first worker of a crawl only: it queues the seeds and sitemaps."""
        return bool(self.server.set(self.prefix + "seeded", 1, nx=True))

    def pending(self) -> int:
        """Requests queued plus requests in flight with any worker, alive or dead."""
        held = sum(int(self.server.hlen(self.inflight_key(w.decode()))) for w in self.workers())
        return int(self.server.zcard(self.queue_key)) + held

    # workers -----------------------------------------------------------------------------
    def workers(self) -> set[bytes]:
        return set(self.server.smembers(self.workers_key))  # type: ignore[arg-type]

    def heartbeat(self, worker: str, ttl: float) -> None:
        """The worker is alive (its PID as the value, for whoever watches the machine)."""
        alive = self.alive_key(worker)
        self.server.pipeline().sadd(self.workers_key, worker).set(alive, os.getpid(), px=int(ttl * 1000)).execute()

    def leave(self, worker: str) -> None:
        """A worker that ends cleanly: nothing in flight any more, no heartbeat to wait out."""
        self.requeue(worker)
        self.server.pipeline().delete(self.alive_key(worker)).srem(self.workers_key, worker).execute()

    def requeue(self, worker: str, archived: set[str] | None = None) -> int:
        """Queue again what a worker that is gone held, but the pages it archived (the `archived` set,
        and `archived`: the URLs in its index, for a caller that can read it); the number queued."""
        key = self.inflight_key(worker)
        back: dict[bytes, float] = {}
        tokens = []
        for token, value in self.server.hgetall(key).items():  # type: ignore[union-attr]
            score, _, member = value.partition(b"\n")
            request = picklecompat.loads(member)  # scrapy-redis's own encoding of a request
            url = (request.get("meta", {}).get("redirect_urls") or [request["url"]])[0]
            if url not in (archived or ()) and not self.server.sismember(self.archived_key, url):
                back[member] = float(score)
                tokens.append(token)
        pipe = self.server.pipeline()  # MULTI: a second requeue of the same worker adds the same members
        if back:
            pipe.zadd(self.queue_key, back)
        pipe.eval(_UNCOUNT, 1, self.counted_key(worker), *tokens)  # an archived page's count stands
        pipe.delete(key, self.counted_key(worker)).execute()
        return len(back)

    def requeue_dead(self, *, everyone: bool = False) -> int:
        """Put back what dead workers held (all workers' when `everyone`: none is running)."""
        moved = 0
        for name in self.workers():
            worker = name.decode()
            if everyone or not self.server.exists(self.alive_key(worker)):
                moved += self.requeue(worker)
                self.server.srem(self.workers_key, worker)
                if moved:
                    logger.warning("worker %s is gone: its in-flight requests are queued again", worker)
        return moved

    def add_response_bytes(self, count: int) -> None:
        self.server.incrby(self.prefix + "bytes", count)

    def response_bytes(self) -> int:
        """Bytes downloaded by every worker since the last call (the crawl record adds them up)."""
        return int(self.server.getdel(self.prefix + "bytes") or 0)  # type: ignore[arg-type]

    def clear(self) -> None:
        """Drop the crawl's keys once it is recorded as finished."""
        keys = list(self.server.scan_iter(match=self.prefix + "*"))
        if keys:
            self.server.delete(*keys)
        self.server.delete(f"{CURRENT}:{self.crawl_id}")


def connect(url: str) -> redis.Redis:
    try:
        server = redis.Redis.from_url(url)
        server.ping()
    except (ValueError, redis.RedisError) as exc:
        raise FrontierError(f"{url}: no Redis answers there ({exc}); start redis-server or fix --frontier") from exc
    return server


def current_spec(url: str) -> CrawlSpec:
    """The crawl a frontier is running, for `ambiti crawl-worker`."""
    server = connect(url)
    crawl_id = server.get(CURRENT)
    raw = server.get(f"{CURRENT}:{crawl_id.decode()}") if crawl_id else None  # type: ignore[union-attr]
    if raw is None:
        raise FrontierError(f"{url} holds no crawl: start one with `ambiti crawl --frontier {url}`")
    return CrawlSpec(**json.loads(raw))


def token_of(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 (the field name redis.sha1hex gave it)


class AckQueue(PriorityQueue):
    """scrapy-redis's priority queue, whose pop keeps the request in the worker's in-flight hash."""

    inflight_key = ""
    attributes_key = ""
    counted_key = ""
    prefix = ""

    def pop(self, timeout: int = 0) -> Request | None:
        keys = (self.key, self.inflight_key, self.attributes_key, self.counted_key)
        got = self.server.eval(_POP, 4, *keys, self.prefix)
        if not got:
            return None
        data, *verdict = got  # type: ignore[misc]
        request = self._decode_request(data)
        request.meta[TOKEN] = token_of(data)
        if verdict:  # counted against its site's figures (crawler/spiders/sitecount.py)
            request.meta[VERDICT] = (verdict[0].decode(), int(verdict[1]))
        return request


class AckScheduler(Scheduler):
    """scrapy-redis's scheduler on this crawl's keys, with acknowledged pops (module doc)."""

    worker = ""
    redis_url = ""
    budget = 0
    settled_priority = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckScheduler:
        scheduler: AckScheduler = super().from_crawler(crawler)
        scheduler.worker = crawler.settings["AMBITI_WORKER"]
        scheduler.redis_url = crawler.settings["REDIS_URL"]
        scheduler.budget = crawler.settings.getint("AMBITI_SITE_BUDGET")
        scheduler.settled_priority = crawler.settings.getint("AMBITI_SETTLED_PRIORITY")
        return scheduler

    def open(self, spider: Spider) -> None:
        super().open(spider)
        frontier = Frontier(self.redis_url, spider.crawl_id)
        self.queue.inflight_key = frontier.inflight_key(self.worker)  # type: ignore[attr-defined]
        self.queue.counted_key = frontier.counted_key(self.worker)  # type: ignore[attr-defined]
        self.queue.attributes_key = frontier.attributes_key  # type: ignore[attr-defined]
        self.queue.prefix = frontier.prefix  # type: ignore[attr-defined]

    def enqueue_request(self, request: Request) -> bool:
        """Queue a request unless seen (scrapy-redis's steps, made atomic: `_ENQUEUE`); if it
        continues one this worker holds (a retry, a redirect), that one is done."""
        parent = request.meta.pop(TOKEN, "")
        request.meta.pop(VERDICT, None)  # its parent's (a request refused before its budget was looked at)
        fingerprint = "" if request.dont_filter else self.df.request_fingerprint(request)
        data = self.queue._encode_request(request)  # type: ignore[attr-defined]
        queue = self.queue
        keys = (self.df.key, queue.key, queue.inflight_key, queue.counted_key, queue.attributes_key)  # type: ignore[attr-defined]
        stored = attributes(request, low_link(request, self.settled_priority), self.budget)
        if not self.server.eval(_ENQUEUE, 5, *keys, fingerprint, -request.priority, data, parent, stored):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True


class Acknowledge:
    """Extension of a frontier worker: acknowledgement, heartbeat, and waiting for the whole crawl."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.worker = settings["AMBITI_WORKER"]
        self.ttl = settings.getfloat("AMBITI_WORKER_TTL")  # seconds without a heartbeat: the worker is dead
        self.frontier = Frontier(settings["REDIS_URL"], settings["AMBITI_CRAWL_ID"])
        self.beat = task.LoopingCall(self.frontier.heartbeat, self.worker, self.ttl)
        self.archived_urls: list[str] = []  # archived since the last acknowledgement: joined to its MULTI
        crawler.signals.connect(self.opened, signals.spider_opened)
        crawler.signals.connect(self.idle, signals.spider_idle)
        crawler.signals.connect(self.archived, signals.item_scraped)
        crawler.signals.connect(self.closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Acknowledge:
        return cls(crawler)

    def opened(self, spider: Spider) -> None:
        self.beat.start(self.ttl / 3, now=True)
        slot = self.crawler.engine.scraper.slot  # type: ignore[union-attr]
        finish = slot.finish_response

        def finish_and_acknowledge(result: Response | Failure, request: Request) -> None:
            finish(result, request)  # the callback's items are archived and its requests queued
            pipe = self.frontier.server.pipeline()  # MULTI: archived, done, and what its parse counted, in one step
            self._add_archived(pipe)
            token = request.meta.get(TOKEN)
            if token:
                pipe.hdel(self.frontier.inflight_key(self.worker), token)
                if request.meta.pop(VERDICT, None):  # counted when popped, never seen by the budget middleware
                    pipe.eval(_UNCOUNT, 1, self.frontier.counted_key(self.worker), token)  # (robots.txt, archived)
                pipe.hdel(self.frontier.counted_key(self.worker), token)
                pipe.hdel(self.frontier.attributes_key, token)
            spider.share(pipe)  # type: ignore[attr-defined]  # crawler/spiders/shared.py
            pipe.execute()

        slot.finish_response = finish_and_acknowledge  # type: ignore[method-assign]

    def archived(self, item: dict[str, Any], response: Response | None = None) -> None:
        """The page is in this worker's index (its links queued before): never queued again. A response's
        pages join the `archived` set in the MULTI that acknowledges it, right after (one round trip a
        page less); a page archived outside any response (carried at the start), at once."""
        self.archived_urls.append(item["url"])
        if response is None:
            pipe = self.frontier.server.pipeline()
            self._add_archived(pipe)
            pipe.execute()

    def _add_archived(self, pipe: redis.client.Pipeline) -> None:
        if self.archived_urls:
            pipe.sadd(self.frontier.archived_key, *self.archived_urls)
            self.archived_urls.clear()

    def idle(self, spider: Spider) -> None:
        """Idle with work left elsewhere: take back a dead worker's requests, or wait for the busy
        ones, looking at the queue again in half a second (Scrapy's own idle poll is every 5 s)."""
        self.frontier.requeue_dead()
        if self.frontier.pending():
            slot = self.crawler.engine._slot  # type: ignore[union-attr]  # private: tests/test_distributed.py pins it
            CallLaterOnce(slot.nextcall.schedule).schedule(IDLE_POLL)
            raise DontCloseSpider

    def closed(self, spider: Spider, reason: str) -> None:
        if self.beat.running:
            self.beat.stop()
        pipe = self.frontier.server.pipeline()
        self._add_archived(pipe)
        spider.share(pipe, final=True)  # type: ignore[attr-defined]  # the links left in its reserve too
        pipe.execute()
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        self.frontier.add_response_bytes(int(stats.get("downloader/response_bytes", 0)))
        self.frontier.leave(self.worker)


class LinksFirst:
    """Spider middleware of a frontier worker: a callback's requests go to the queue before its items
    are archived, so that a page in an index has its links queued (module doc)."""

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any], spider: Spider | None = None
    ) -> AsyncIterator[Any]:
        items = []
        async for output in result:
            if isinstance(output, Request):
                yield output
            else:
                items.append(output)
        for item in items:
            yield item


class PacedDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP(S) download handler in a frontier worker: one request start per site per
    DOWNLOAD_DELAY (or the site's Crawl-delay) for the whole crawl, whichever worker makes it (a
    Redis key per site, set only if absent, that expires after the delay). Taken here, where the
    request leaves for the network, not in a downloader middleware, which a request passes before
    waiting its turn in the worker's own download slot. Each worker's own delay, concurrency and
    robots.txt stay as they are."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.delay = crawler.settings.getfloat("DOWNLOAD_DELAY")
        self.frontier = Frontier(crawler.settings["REDIS_URL"], crawler.settings["AMBITI_CRAWL_ID"])

    async def download_request(self, request: Request) -> Response:
        delay = request.meta.get("crawl_delay", self.delay)  # the site's robots.txt may ask for more
        if delay > 0:
            key = self.frontier.prefix + "site:" + urlsplit(request.url).netloc
            while not self.frontier.server.set(key, 1, px=max(1, int(delay * 1000)), nx=True):
                await asyncio.sleep(max(int(self.frontier.server.pttl(key)), 10) / 1000)  # type: ignore[arg-type]
        return await super().download_request(request)
