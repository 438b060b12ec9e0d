"""The one spider: fetch seeds, archive every response, follow relevant links on the same site.

It never extracts facts (that runs later, from the archive, on every core): a callback that
parses pages with BeautifulSoup holds Scrapy's single reactor thread and drops a crawl from
~180 to ~29 pages/s. Links are scored before a Request is created.

A recrawl revisits adaptively, as StormCrawler and Heritrix can: each site's sitemap is read
first, and a page the last crawl fetched whose sitemap `lastmod` is older than that fetch (and
that fetch younger than `max_age` days) is not requested at all: its previous snapshot is carried
into the new crawl (same body, marked `carried`) and its remembered outlinks are followed, as on
a 304. Every other page gets a conditional request. A page's depth is counted here, because a
carried page has no response for Scrapy's DepthMiddleware to count from.

Discovery is best-first within a per-site request budget (crawler/spiders/budget.py): every link,
sitemap URL and site search gets a priority (crawler/scoring.py) that Scrapy's priority queue
serves in order. Links chosen only for generic words ("Documenti", "Novità", "Albo") are explored
`AMBITI_EXPLORE_DEPTH` hops from the last link that spoke of social planning; a URL template (a
calendar's days, a pager's pages) gets at most `AMBITI_TEMPLATE_CAP` such requests.

A page of the last crawl that cannot be fetched now (refused, timeout, 5xx after the retries, its
site given up) is carried too, flagged `unreachable`: an outage is not a removal. After
`unreachable_limit` crawls in a row it is let go. Every URL dropped is journaled with a reason
(crawler/outcomes.py).

A crawl killed at any point resumes from what it wrote: the index says what is done, the links
file (written before the index line) what each done page links to, with the links' priorities and
the page's depth, the drop journal what was given up; the frontier is the seeds and the links not
done. No Scrapy JOBDIR: its queue state is saved only on a clean stop, so a SIGKILL lost the queue.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from crawler.archive import read_body, read_index, read_link_records, read_links
from crawler.canonical import canonical_url
from crawler.crawls import finish_crawl, open_crawl
from crawler.datadir import DataDir, default_data_dir
from crawler.outcomes import NOT_GONE, DropJournal, classify, read_dropped
from crawler.records import CrawlRecord, DroppedUrl, PageSnapshot
from crawler.scoring import (
    FILE_PATH,
    MIN_PRIORITY,
    SMALL_SITEMAP,
    SOCIAL_CATEGORY_RE,
    TINY_SITEMAP,
    Priority,
    facets,
    is_file,
    link_priority,
    page_number,
    sitemap_priority,
    template,
    worth_exploring,
)
from crawler.seedfile import read_seeds
from crawler.sessions import SessionLearner, describe
from crawler.spiders.budget import BUDGET_MIDDLEWARE_ORDER, SiteFigures
from crawler.spiders.consent import ConsentWalls, accept_link
from crawler.spiders.feeds import FEEDS_PER_SITE, feed_items, feed_links
from crawler.spiders.links import LIST_ITEMS, LIST_PAGES, PAGE_ITEMS, RelevantLinks, list_key
from crawler.spiders.menus import main_menu
from crawler.spiders.pdflinks import scored_pdf_links
from crawler.spiders.reserve import PAST_FLOOR_YEARS, ROUND, Pending, Reserve
from crawler.spiders.robots import robots_middlewares
from crawler.spiders.scripted import script_redirect
from crawler.spiders.search import QUERIES, is_search, search_urls

CARRIED = "sitemap-lastmod"  # PageSnapshot.carried: why a page was not requested
UNREACHABLE = "unreachable"  # PageSnapshot.carried: requested, not fetched; the last crawl's snapshot stands
SEED_PRIORITY, SITEMAP_PRIORITY, SEARCH_PRIORITY = 100, 90, 50
SEED = Priority(SEED_PRIORITY, True)
GZIP_MAGIC = b"\x1f\x8b"
# weakly chosen pages explored in one directory (a mega-menu's "Uffici" lists fifteen offices, each "Ufficio X"):
# the others wait in the reserve
SIBLINGS = 6
LINKED_SITES = 2  # sites on other hosts a site's links may add to the crawl (an azienda speciale's)
# a comune's Albo pretorio or Amministrazione trasparente on its provider's host (an iframe, a footer's link), by the
# link's whole words, after words that only lead to it ("Portale trasparenza", "Accedi al portale della trasparenza",
# "Vai all'Albo pretorio": seventeenth round): crawled as a site of its own, with a smaller budget (fifteenth round)
PORTAL = re.compile(
    r"(?:(?:vai|accedi)\s+(?:a|al|alla|all')\s*)?(?:(?:il\s+|la\s+)?(?:portale|sito|sezione)\s+(?:(?:della|del|dell')\s*)?)?"
    r"(?:albo(?:\s+pretorio)?(?:\s+on[\s-]*line)?(?:\s+del\s+comune)?|amministrazione\s+trasparente|trasparenza)",
    re.I,
)
PORTALS = 2  # such portals a site may add to the crawl, besides its `LINKED_SITES`
PORTAL_BUDGET = 60  # a section of a comune's site, not a whole site: what the median site may cost (issue 19)
LINKED_SITE_PRIORITY = 4  # from the content of a page about the ambito (2), with words of its own or around it
AZIENDA = re.compile(r"aziend[ae]\s+(?:speciale|consortile|sociale|territoriale)|consorzi[oa]|\busc\b|\basc\b", re.I)
SERVICES = re.compile(r"\bservizi\b", re.I)  # a page of the comune's services by its breadcrumb or heading
# an azienda or a consorzio of social services, not of water, pharmacies or transport
SOCIAL_AZIENDA = re.compile(
    r"aziend[ae]\s+(?:speciale\s+)?(?:consortile|sociale)|consorzio\s+(?:dei\s+)?servizi\s+social", re.I
)
# a link named by its own address ("www.sociale-vallecamonica.it"), not a member comune's, the ATS's, the Regione's
ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", re.I)
PUBLIC_BODY = re.compile(r"comune|\bats\b|ats-|asst|regione|\.gov\.", re.I)
LANGUAGE_STEP = re.compile(r"/([a-z]{2})(?:[-_][a-z]{2})?(?:/|$)", re.I)  # `/it/`, `/de/`, `/en-gb/`
SITEMAP_FILES = 5  # a sitemap that lists this few files (PDFs) lists each on purpose
BOILERPLATE_PAGES = 2  # a line that speaks of the ambito on this many pages of a site is its boilerplate


def lastmod_value(text: str) -> date | datetime | None:
    """A sitemap `lastmod` (W3C Datetime) as a date, or an aware datetime when it has a time and a
    zone; None when missing or coarser than a day (a time without a zone counts as its date)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.date()


def unchanged_since_fetch(lastmod: str | None, fetched_at: str, max_age: timedelta, now: datetime) -> bool:
    """Whether the sitemap vouches that a page has not changed since it was fetched: its lastmod is
    strictly older than the fetch (by date when lastmod is a date: the same day may be later), and
    the fetch is younger than `max_age` (a sitemap is never trusted forever)."""
    fetched = datetime.fromisoformat(fetched_at)
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=UTC)
    value = lastmod_value(lastmod) if lastmod else None
    if value is None or now - fetched >= max_age:
        return False
    if isinstance(value, datetime):
        return value < fetched
    return value < fetched.astimezone(UTC).date()


def _site_root(url: str, directory: bool = True) -> str:
    """Host and path of a URL (the scheme aside: a site may move from http to https); for a seed,
    its directory."""
    parts = urlsplit(url)
    path = parts.path.rsplit("/", 1)[0] + "/" if directory else parts.path or "/"
    return parts.netloc + path


def _chain(priority: Priority, parent: int) -> int:
    """Hops since the last link that spoke of planning: none after one that did, as many as the
    listing's first page for the next page of a listing, an item of a list in pages (a news card),
    the next step of a trail of documents (an archive by year, an act, its attachment) or a link under a
    heading of planning (a service sheet on the page of the category of social services, fifteenth round),
    one more otherwise."""
    if priority.strong:
        return 0
    kept = priority.pager or priority.trail or priority.item or priority.topical
    return max(parent, 1) if kept else parent + 1


def _depth(priority: Priority, hops: int) -> int:
    """A link's depth from its page's: the next page of a listing is the listing again, one page
    further, not a click deeper (a news list that links only its next page reaches page 6 within
    DEPTH_LIMIT; its URL template and the reserve bound how many pages are read). A seed's own
    pages stay one click deep: depth 0 is a seed's."""
    return hops if priority.pager and hops else hops + 1


def _pdf(response: Response) -> bool:
    """A PDF by its Content-Type or, served as `application/octet-stream` with a Content-Disposition
    filename, by its first bytes: Scrapy takes a small PDF of printable bytes for a TextResponse."""
    return b"pdf" in (response.headers.get("Content-Type") or b"").lower() or response.body[:5] == b"%PDF-"


def _parent(url: str) -> str:
    """The directory a URL's page sits in (`/uffici/` for `/uffici/ufficio-tributi/`)."""
    path = urlsplit(url).path.rstrip("/")
    return path.rsplit("/", 1)[0] + "/"


def _searched(response: Response, url: str) -> bool:
    """A page of search results: a query the crawl asked itself, or a search URL a page linked."""
    return "search" in response.meta or is_search(url)


def _remembered(url: str) -> Priority:
    """A link the last crawl chose on a page unchanged since: worth a request again, whatever its
    distance from planning words (the last crawl judged it with its anchor and context, which a
    304 or a carried page does not give again)."""
    return Priority(max(link_priority(url).value, MIN_PRIORITY), True)


def _carries_page(link: str, page: str) -> bool:
    """Whether a link to another host carries the page's own address in its query: a share bar's ("Condividi":
    Facebook, X, WhatsApp) or a login's return address. Its words are the page's, not a site's: such links
    spent a site's `LINKED_SITES` before the ambito's own link on a comune's Servizi sociali (twenty-fourth
    round)."""
    own = urlsplit(page)
    for _, value in parse_qsl(urlsplit(link).query):
        target = urlsplit(value.strip())
        if target.path == own.path and target.netloc in ("", own.netloc):
            return True
    return False


def _names_a_site(anchor: str) -> bool:
    """Whether a link's words name an azienda or a consorzio, or are an address that is no public body's
    (the member comuni an ambito's page lists by their addresses, the ATS, the Regione)."""
    anchor = anchor.strip()
    return bool(AZIENDA.search(anchor)) or (bool(ADDRESS.fullmatch(anchor)) and not PUBLIC_BODY.search(anchor))


def _italian(found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """A multilingual site's sitemap lists each page in every language (`/it/...`, `/de/...`): only its Italian
    pages, where a comune keeps its facts; a sitemap without `/it/` pages as it is."""
    steps = [LANGUAGE_STEP.match(urlsplit(u).path) for u, _ in found]
    if not any(m and m.group(1).lower() == "it" for m in steps):
        return found
    return [item for item, m in zip(found, steps, strict=True) if not m or m.group(1).lower() == "it"]


def _flag(value: bool | str) -> bool:
    """Spider arguments from `scrapy crawl -a` and scrapyd arrive as strings."""
    return value if isinstance(value, bool) else value.strip().lower() in ("1", "true", "yes")


class SitesSpider(scrapy.Spider):
    name = "sites"
    handle_httpstatus_list = [304, 404, 410]  # archived too: 404/410 mean "gone" on a recrawl
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.SkipArchived": 50,
            "crawler.spiders.budget.SiteBudget": BUDGET_MIDDLEWARE_ORDER,
            "crawler.middlewares.SiteHealth": 560,  # sees failures before RetryMiddleware (550) retries them
            "crawler.middlewares.RedirectLoops": 610,  # sees a 3xx before RedirectMiddleware (600)
        }
        | robots_middlewares()  # robots.txt fetched once per host, obeyed by every request waiting for it
    }

    def __init__(
        self,
        seeds: list[str] | None = None,
        previous_crawl: str | None = None,
        seeds_file: str | None = None,
        max_age: float | str = 30,
        revalidate_all: bool | str = False,
        resume: bool | str = False,
        unreachable_limit: int | str = 4,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if seeds_file:  # `scrapy crawl sites -a seeds_file=...` and scrapyd's schedule.json
            seeds = read_seeds(Path(seeds_file))
        self.seeds = list(seeds or [])
        self.hosts = {urlsplit(u).netloc for u in self.seeds}
        # A site is a seed's host and directory (the demo and benchmark webs hold many on one host).
        self.site_roots = sorted({_site_root(u) for u in self.seeds}, key=len, reverse=True)
        self.figures: dict[str, SiteFigures] = {}
        self.moved: dict[str, str] = {}  # the host a seed redirected to -> the seed's site
        self.templates: Counter[tuple[str, str]] = Counter()
        self.sessions: dict[str, SessionLearner] = {}  # site -> its session parameters (crawler/sessions.py)
        self.walls = ConsentWalls()  # sites that hide their pages behind a cookie banner (crawler/spiders/consent.py)
        self.feeds: dict[str, list[str]] = {}  # site -> the feeds its pages named, asked (crawler/spiders/feeds.py)
        self.ambito_lines: dict[str, Counter[str]] = {}  # site -> lines that speak of the ambito -> pages
        self.previous: dict[str, PageSnapshot] = {}
        self.previous_links: dict[str, list[str]] = {}
        self.crawls_dir: Path | None = None
        if previous_crawl:
            prev = Path(previous_crawl)
            self.crawls_dir = prev.parent
            self.previous = {s.url: s for s in read_index(prev) if s.status == 200}
            self.previous_links = read_links(prev)
        self.previous_hosts = {urlsplit(u).netloc for u in self.previous}
        self.max_age = timedelta(days=float(max_age))
        self.trust_sitemaps = bool(self.previous) and not _flag(revalidate_all) and self.max_age > timedelta(0)
        self.now = datetime.now(UTC)
        self.lastmod: dict[str, str] = {}  # URL of a previous page -> its sitemap lastmod
        self.sitemaps_seen: set[str] = set()
        self.sitemaps_pending: dict[str, int] = {}  # host -> sitemap documents on their way
        self.waiting: dict[str, list[Pending]] = {}  # host -> (URL, depth) held until then
        self.links = RelevantLinks()
        self.texts: dict[str, str] = {}  # the anchor texts of the page being parsed, by URL
        self.seen: set[str] = set()
        self.chains: dict[str, int] = {}  # URL requested -> the fewest hops from planning words it was found at
        self.filler: set[str] = set()  # pages of small sitemaps worth a look only for being listed there
        self.refused: set[str] = set()  # URLs refused once their site had settled, as the links that named them were
        self.better: dict[str, Pending] = {}  # URL asked at a priority that settles -> a link to it that does not
        self.promoted: set[str] = set()  # URLs asked again at a list page's priority while their first request waited
        self.asked: dict[str, int] = {}  # URL requested and not answered yet -> the priority it was asked at
        # (site, list) of the lists that show a card of planning words -> the first page that shows one (its
        # `page_number`): the cards of the pages up to it never settle (budget.py)
        self.news: dict[tuple[str, str], int] = {}
        # (site, list) -> its cards refused as settled before the list was known to show the ambito's news
        self.settled_cards: dict[tuple[str, str], list[scrapy.Request]] = {}
        self.reserve = Reserve()  # links beyond bounds, for a site that runs dry early (crawler/spiders/reserve.py)
        self.past_floor: Counter[str] = Counter()  # site -> older years of an archive given back past its floor
        self.menus: dict[str, list[str]] = {}  # site -> its seed page's main menu, for when it runs dry (menus.py)
        self.archived: set[str] = set()  # URLs and final URLs in this crawl's index (crawler/middlewares.py)
        self.resume = _flag(resume)
        self.unreachable_limit = int(unreachable_limit)
        self.journal: DropJournal | None = None
        self.crawl_dir = Path()
        self.crawl_id = ""
        self.standalone: tuple[DataDir, CrawlRecord] | None = None  # started by `scrapy crawl`, not `ambiti`

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SitesSpider:
        """`ambiti crawl` names the crawl dir in the settings; under `scrapy crawl` (scrapyd) the
        spider opens the crawl in $AMBITI_DATA_DIR itself, through the same record keeping."""
        spider: SitesSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.idle, signals.spider_idle)
        settings = crawler.settings
        if settings.get("AMBITI_CRAWL_DIR"):
            spider.crawl_dir, spider.crawl_id = Path(settings["AMBITI_CRAWL_DIR"]), settings["AMBITI_CRAWL_ID"]
        else:
            data = DataDir(default_data_dir()).ensure()
            record = open_crawl(data, spider.seeds)
            spider.standalone = (data, record)
            spider.crawl_dir, spider.crawl_id = data.crawls / record.id, record.id
            spider.resume = record.resumed > 0
        return spider

    @property
    def depth_limit(self) -> int:
        return self.settings.getint("DEPTH_LIMIT")

    def site_of(self, url: str) -> str:
        """The site a URL belongs to: the longest seed root it falls under, else its host."""
        root = _site_root(url, directory=False)
        host = urlsplit(url).netloc
        site = next((r for r in self.site_roots if root.startswith(r)), self.moved.get(host, host + "/"))
        if site not in self.figures:
            self.figures[site] = SiteFigures(budget=self.settings.getint("AMBITI_SITE_BUDGET"))
        return site

    def _request(
        self, url: str, depth: int, priority: Priority = SEED, chain: int = 0, trail: int = 0
    ) -> scrapy.Request:
        headers = {}
        if cookie := self.walls.cookie(self.site_of(url)):  # the site's cookie wall, accepted
            headers["Cookie"] = cookie
        prev = self.previous.get(url)
        if prev is not None:
            if prev.etag:
                headers["If-None-Match"] = prev.etag
            if prev.last_modified:
                headers["If-Modified-Since"] = prev.last_modified
        # depth_reset: a seed held for its sitemap is yielded from the sitemap's callback, and stays
        # at depth 0 for Scrapy's DepthMiddleware too. No callback: Scrapy's default is `parse`.
        meta: dict[str, Any] = {"hops": depth, "site": self.site_of(url), "chain": chain, "strong": priority.strong}
        meta |= {"trail": trail, "named": priority.named}  # the trail that led here (crawler/scoring.py)
        meta["step"] = priority.trail  # a step of that trail: its page continues it, whatever its title
        # once its site has yielded two fact pages (documents or pages), not worth a request at the lowest priorities
        # (budget.py):
        # a page listed only for being on a small sitemap, or a generic page two hops from any planning word
        # (a link that continues a trail of documents never settles: the attachment hangs at its end; nor a
        # section its words name, Albo or Bandi e avvisi: a site's third fact is filed there)
        # or a card of a list read for itself (but not those of a list of the ambito's news: budget.py)
        meta["settles"] = not (priority.strong or priority.pager or priority.trail or priority.section) and (
            chain >= 2 or url in self.filler or bool(priority.item)
        )
        if priority.item:  # a card of one of a list's first pages (budget.py: news)
            meta["list"], meta["page"] = list_key(priority.item), page_number(priority.item)
        if depth == 0 or priority.pager:  # Scrapy's DepthMiddleware counts clicks; DEPTH_LIMIT is checked here
            meta["depth_reset"] = True
        return scrapy.Request(url, errback=self.failed, headers=headers, meta=meta, priority=priority.value)

    def drop(self, url: str, reason: str, detail: str = "") -> None:
        """Journal a URL the crawl does not archive (crawler/outcomes.py)."""
        if self.journal is None:
            self.journal = DropJournal(self.crawl_dir, self.settings.get("AMBITI_WORKER"))
        self.journal.add(DroppedUrl(url, reason, detail))
        self.logger.info("dropped %s: %s %s", url, reason, detail)

    def closed(self, reason: str) -> None:
        if self.journal is not None:
            self.journal.close()
        if self.standalone is not None:
            stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
            data, record = self.standalone
            nbytes = int(stats.get("downloader/response_bytes", 0))
            finish_crawl(data, record, finished=reason == "finished", response_bytes=nbytes, sites=self.site_report())

    def site_report(self) -> dict[str, dict[str, Any]]:
        """Each site's figures for the crawl's report (crawler/spiders/budget.py)."""
        for site, fig in self.figures.items():
            fig.held = self.reserve.held(site)
        return {site: fig.to_dict() for site, fig in sorted(self.figures.items())}

    def _resumed_frontier(self) -> list[Pending]:
        """What a killed or interrupted run of this crawl left to do (module doc); each link with
        the priority and distance from planning words it had when its page was parsed."""
        snaps = read_index(self.crawl_dir)
        indexed = {s.url for s in snaps}
        self.archived |= indexed | {s.final_url for s in snaps}
        done = indexed | {d.url for d in read_dropped(self.crawl_dir)}
        self.seen |= done
        pending: dict[str, Pending] = {url: (url, 0, SEED, 0, 0) for url in self.seeds if url not in done}
        for url, record in read_link_records(self.crawl_dir).items():
            if url not in indexed:  # links of a page whose index line a kill lost: that page is fetched again
                continue
            for link, priority in zip(record.links, record.priorities or [None] * len(record.links), strict=True):
                p = Priority(*priority) if priority else _remembered(link)
                depth = _depth(p, record.hops)
                if link not in done and (link not in pending or pending[link][1] > depth):
                    pending[link] = (link, depth, p, _chain(p, record.chain), 0)
        self.logger.info("resuming: %d URLs done, %d to do", len(done), len(pending))
        return sorted(pending.values(), key=lambda item: (item[1], -item[2].value))

    def _sitemap_request(self, url: str, host: str, robots: bool = False) -> scrapy.Request:
        """A sitemap, or (`robots`) the robots.txt whose Sitemap lines name the site's sitemaps."""
        self.sitemaps_seen.add(url)
        self.sitemaps_pending[host] = self.sitemaps_pending.get(host, 0) + 1
        return scrapy.Request(
            url,
            callback=self.parse_robots if robots else self.parse_sitemap,
            errback=self.sitemap_failed,
            # never dropped by the dupe filter (a resumed crawl reads it again): seeds wait for it;
            # depth 0 so that the pages an index's sitemaps list are one link from a seed
            dont_filter=True,
            meta={"handle_httpstatus_list": [404], "sitemap_host": host, "depth_reset": True}
            | {"site": self.site_of(url)},
            priority=SITEMAP_PRIORITY,
        )

    async def start(self) -> Any:
        self._count_resumed_requests()
        hosts = sorted(self.hosts)
        frontier = self._resumed_frontier() if self.resume else [(url, 0, SEED, 0, 0) for url in self.seeds]
        if self.trust_sitemaps:  # seeds wait for their site's sitemap: it decides what to request
            for host in hosts:
                self.waiting[host] = []
        for item in self._visit(frontier):
            yield item
        for host in hosts:
            scheme = urlsplit(next(u for u in self.seeds if urlsplit(u).netloc == host)).scheme
            yield self._sitemap_request(f"{scheme}://{host}/robots.txt", host, robots=True)

    def _count_resumed_requests(self) -> None:
        """A resumed crawl's sites have spent requests already: what its index holds counts
        against their budgets (carried pages cost none)."""
        for snap in read_index(self.crawl_dir):
            if not snap.carried:
                self.figures[self.site_of(snap.url)].requests += 1

    def parse(self, response: Response) -> Iterator[Any]:
        original = (response.request.meta.get("redirect_urls") or [response.url])[0]
        meta = response.meta
        # a cookie banner in the page's place
        if not meta.get("walled") and (accept := accept_link(response, self.links.root)):
            self._walled(response, original, accept)
            return
        if isinstance(response, HtmlResponse) and (target := script_redirect(self.links.root(response))):
            self._hop(response, target)  # a page that only sends the browser on, by script
            return
        # A page's distance from planning words is the shortest way it was found by the time it answers,
        # not the first: a sitemap's pages that answer before a slow home page link its sections from
        # their footers, one hop further than the home page does.
        if "chain" in meta:
            meta["chain"] = min(meta["chain"], self.chains.pop(original, meta["chain"]))
            self.asked.pop(original, None)
            self.better.pop(original, None)
        self._follow_seed_redirect(response, original)
        boilerplate = self._boilerplate(response, original)
        scored, trail = self._outlinks(response, original, boilerplate)
        scored = self._without_sessions(response, original, scored)
        links = None if scored is None else [url for url, _ in scored]
        self._note_candidate(response, original, boilerplate)
        yield {
            "url": original,
            "final_url": response.url,
            "status": response.status,
            "headers": [(k.decode("latin-1"), b", ".join(v).decode("latin-1")) for k, v in response.headers.items()],
            "body": response.body,
            "previous": self.previous.get(original),
            "links": links,
            "priorities": None if scored is None else [(p.value, p.strong, p.pager) for _, p in scored],
            "hops": meta.get("hops", 0),
            "chain": meta.get("chain", 0),
        }
        self.archived.update((original, response.url))
        hops, chain = meta.get("hops", 0), meta.get("chain", 0)
        if meta.get("hops", 0) == 0 and isinstance(response, TextResponse) and response.status == 200:
            yield from self._searches(response, original)
        if isinstance(response, HtmlResponse) and response.status == 200:
            yield from self._feeds(response, original)
        if scored and any(p.news for _, p in scored):
            key = (self.site_of(original), list_key(original))
            self.news[key] = min(self.news.get(key, page_number(original)), page_number(original))
            yield from self._unsettled(key)
        if scored:
            scored = self._bound_searches(response, original, scored)
            yield from self._linked_sites(response, original, scored, boilerplate)
            yield from self._visit((url, _depth(p, hops), p, _chain(p, chain), trail) for url, p in scored)

    def _hop(self, response: Response, target: str) -> None:
        """Follow a page whose script sends the browser on as Scrapy follows a meta refresh: the same request
        at the new address, its redirect chain longer by one, archived under the address first asked."""
        url = canonical_url(response.urljoin(target))
        chain = [*response.meta.get("redirect_urls", []), response.url]
        if url in chain or len(chain) > self.settings.getint("REDIRECT_MAX_TIMES"):
            self.drop(chain[0], "redirect-loop", " -> ".join([*chain, url]))
            return
        request = response.request.replace(url=url, meta={**response.meta, "redirect_urls": chain})
        self.crawler.engine.crawl(request)  # type: ignore[union-attr]

    def _walled(self, response: Response, url: str, accept: str) -> None:
        """A page a cookie wall answered: neither archived nor read; asked again once its site's wall is
        accepted (crawler/spiders/consent.py). Sent to the engine directly: a page asked again keeps its depth."""
        site = self.site_of(url)
        request = self.walls.blocked(response.request, site, accept)
        if request is not None and request.meta.get("wall"):
            request = request.replace(callback=self.parse_wall, errback=self.wall_failed)
        if request is not None:
            self.crawler.engine.crawl(request)  # type: ignore[union-attr]

    def parse_wall(self, response: Response) -> None:
        """A site's accept link answered: the pages its wall held, asked again with the cookie it set."""
        self._past_wall(response.meta["wall"], response)

    def wall_failed(self, failure: Failure) -> None:
        """A site's accept link failed: the pages its wall held, asked again and archived as they come."""
        self._past_wall(failure.request.meta["wall"], None)  # type: ignore[attr-defined]

    def _past_wall(self, site: str, response: Response | None) -> None:
        for request in self.walls.release(site, response):
            self.crawler.engine.crawl(request)  # type: ignore[union-attr]

    def _linked_sites(
        self, response: Response, url: str, scored: list[tuple[str, Priority]], boilerplate: frozenset[str]
    ) -> Iterator[scrapy.Request]:
        """A site of the ambito on another host, linked by a seed's site (a comune's Servizi sociali
        page names the azienda speciale that runs the plan and links its site): crawled as a seed of
        its own, with its own budget, `LINKED_SITES` at most per site. A link qualifies by its own
        words of planning, or by the name of an azienda or a consorzio from the content of a page that
        speaks of the ambito, or by its address alone (an old comune site's "www.sociale-vallecamonica.it"):
        not the member comuni it lists, nor the ATS or the Regione. And, `PORTALS` at most besides, a link
        named by a section of a comune's own (*Albo pretorio*, *Amministrazione trasparente*) that leads to
        another host: the comune's albo or transparency portal on its provider's host, often shown in an
        iframe or linked from the footer, where its acts and notices are filed (fifteenth round)."""
        fig = self.figures[self.site_of(url)]
        if not isinstance(response, TextResponse):
            return
        on_topic = self.links.on_topic(response, boilerplate)
        for link, p in scored:
            parts = urlsplit(link)
            if parts.netloc in self.hosts or FILE_PATH.search(parts.path) or parts.scheme not in ("http", "https"):
                continue
            if _carries_page(link, response.url):  # a share bar's or a login's link: the page's own address
                continue
            portal = bool(PORTAL.fullmatch(" ".join(self.texts.get(link, "").split())))
            if len(fig.portals if portal else fig.linked_sites) >= (PORTALS if portal else LINKED_SITES):
                continue
            if response.status == 304:  # links remembered (all strong): a site the last crawl linked
                if parts.netloc not in self.previous_hosts:
                    continue
            elif not (portal or p.strong or self._names_its_site(response, link, p, on_topic)):
                continue
            yield from self._add_site(url, link, portal)

    def _add_site(self, url: str, link: str, portal: bool) -> Iterator[scrapy.Request]:
        """Crawl a site another site links, from its home page, with a budget of its own: an ambito's site
        (its home page's links count as a page about the ambito), or a comune's portal on its provider's
        host, an albo or a transparency section, which is read as any site is, with `PORTAL_BUDGET`."""
        parts = urlsplit(link)
        self.hosts.add(parts.netloc)
        fig = self.figures[self.site_of(url)]
        (fig.portals if portal else fig.linked_sites).append(link)
        self.logger.info("%s links the site %s: crawled with a budget of its own", self.site_of(url), link)
        self.seen.add(link)
        request = self._request(link, 0)
        if portal:
            own = self.figures[request.meta["site"]]
            own.budget = min(own.budget, PORTAL_BUDGET)
        else:
            request.meta["linked"] = True  # the ambito's own site: its home page's links count as a page about it
        yield request
        yield self._sitemap_request(f"{parts.scheme}://{parts.netloc}/robots.txt", parts.netloc, robots=True)

    def _names_its_site(self, response: TextResponse, link: str, p: Priority, on_topic: bool) -> bool:
        """Whether a link to another host sits where a comune sends to the ambito's site. One that names an
        azienda or a site: from the content of a page that speaks of the ambito, with words of planning around
        it or generic words of its own; or from the content of Designers Italia's category of social services
        (*Salute, benessere e assistenza*, twelfth round), or of a comune's own Servizi page when it names a
        social azienda (fourteenth round). And one whatever its words, but a public body's, from the content of
        a page that is a section of social services by its own name (title, heading or breadcrumb: *Servizi
        sociali*): there a comune sends to the body that runs them with the comune's own words for it,
        "Servizi associati", "Gestione associata - sito" (sixteenth round)."""
        words = self.texts.get(link, "")
        named = _names_a_site(words)
        if on_topic and named and p.value >= LINKED_SITE_PRIORITY:
            return True
        if link in self.links.menu_links(response):
            return False
        if self.links.planning_page(response):
            return named or not PUBLIC_BODY.search(words)
        if on_topic or not named:
            return False
        section = self.links.sections(response)[0]
        # Designers Italia's category, or a comune's own Servizi page whose list ends with the site of the
        # azienda that runs its social services ("Azienda consortile - sito")
        return bool(SOCIAL_CATEGORY_RE.search(f"{section} {response.url}")) or (
            bool(SERVICES.search(section)) and bool(SOCIAL_AZIENDA.search(words))
        )

    def _follow_seed_redirect(self, response: Response, url: str) -> None:
        """A seed that redirects to another host (comune.it -> www.comune.it) moves its site there:
        that host's links are the site's own, with the seed's budget."""
        host = urlsplit(response.url).netloc
        if response.meta.get("hops", 0) == 0 and host not in self.hosts and response.status == 200:
            self._move(self.site_of(url), host)

    def _move(self, site: str, host: str) -> None:
        """Another host is the site's own (its links, its sitemaps' pages), with the site's budget."""
        self.moved[host] = site
        self.figures[site].hosts.append(host)
        early = self.figures.pop(host + "/", None)  # the host's requests counted before the move was known
        self.figures[site].requests += early.requests if early else 0
        self.hosts.add(host)

    def _without_sessions(
        self, response: Response, url: str, scored: list[tuple[str, Priority]] | None
    ) -> list[tuple[str, Priority]] | None:
        """A page's links without the session parameters its site is learned to write into them
        (crawler/sessions.py), each once; the first time one is learned, the log says so."""
        site = self.site_of(url)
        learner = self.sessions.setdefault(site, SessionLearner())
        learned = []
        if response.status == 200:
            learned += learner.answered(url, hashlib.blake2b(response.body, digest_size=16).hexdigest())
        learned += learner.observe(url, [u for u, _ in scored or [] if urlsplit(u).netloc in self.hosts])
        for slot in learned:
            self.figures[site].sessions.append(describe(slot))
            self.logger.warning("%s: %s carries a session id; dropped from its links", site, describe(slot))
        if not learner.found or not scored:
            return scored
        clean: dict[str, Priority] = {}
        for link, p in scored:
            clean.setdefault(learner.clean(link), p)
        return list(clean.items())

    def _boilerplate(self, response: Response, url: str) -> frozenset[str]:
        """The lines that speak of the ambito on two pages of the site already (its name in a header,
        a footer, a sidebar): they make no page speak of it. This page's lines are counted."""
        if response.status != 200 or not isinstance(response, TextResponse):
            return frozenset()
        return self._common_lines(self.site_of(url), self.links.ambito_lines(response))

    def _common_lines(self, site: str, lines: frozenset[str]) -> frozenset[str]:
        """Of a page's lines that speak of the ambito, those found on `BOILERPLATE_PAGES` pages of its site
        already (the others' make no page speak of it either); the page's lines counted."""
        pages = self.ambito_lines.setdefault(site, Counter())
        common = frozenset(line for line in lines if pages[line] >= BOILERPLATE_PAGES)
        pages.update(lines)
        return common

    def _note_candidate(self, response: Response, url: str, boilerplate: frozenset[str] = frozenset()) -> None:
        """A page for the crawl report: HTML whose text speaks of the ambito, or a document whose
        link did (the crawl does not read PDFs)."""
        if response.status not in (200, 304) or _searched(response, url):  # results echo the query
            return
        # by its Content-Type: Scrapy takes a small PDF of printable bytes for a TextResponse
        if isinstance(response, TextResponse) and not _pdf(response):
            if response.status != 200 or not self.links.on_topic(response, boilerplate) or self.links.foreign(response):
                return
        elif not response.meta.get("strong"):
            return
        self.figures[self.site_of(url)].candidates.append({"url": url, "depth": response.meta.get("hops", 0)})

    def _searches(self, response: Response, url: str) -> Iterator[scrapy.Request]:
        """One or two queries to the site's own search, if its home page offers one."""
        site = self.site_of(url)
        for search in search_urls(self.links.root(response), response.url):
            if search in self.seen or urlsplit(search).netloc not in self.hosts:
                continue
            self.seen.add(search)
            self.figures[site].searches.append(search)
            request = self._request(search, 1, Priority(SEARCH_PRIORITY, True))
            request.meta["search"] = True
            yield request

    def _feeds(self, response: Response, url: str) -> Iterator[scrapy.Request]:
        """The site's news feeds its page names in its head, each asked once (FEEDS_PER_SITE at most): a splash
        page's head names the feed whose last item is the news of the signed Piano di Zona (eighteenth round)."""
        asked = self.feeds.setdefault(self.site_of(url), [])
        if len(asked) >= FEEDS_PER_SITE:
            return
        for feed in feed_links(self.links.root(response), response.url):
            feed = canonical_url(feed)
            if len(asked) >= FEEDS_PER_SITE or feed in self.seen or urlsplit(feed).netloc not in self.hosts:
                continue
            self.seen.add(feed)
            asked.append(feed)
            request = self._request(feed, response.meta.get("hops", 0), Priority(SEARCH_PRIORITY, True))
            yield request.replace(callback=self.parse_feed)

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """The items of a feed whose titles name the ambito's planning ("Firmato il Piano di Zona 2025-2027"), one
        click from the page that named it; its other items are the news lists' cards, read there or not at all."""
        if response.status != 200:
            return
        hops = response.meta.get("hops", 0) + 1
        chosen = [(canonical_url(u), link_priority(u, title)) for u, title in feed_items(response.body, response.url)]
        yield from self._visit((u, hops, p, 0, 0) for u, p in chosen if p.strong)

    def _bound_searches(
        self, response: Response, url: str, scored: list[tuple[str, Priority]]
    ) -> list[tuple[str, Priority]]:
        """A page's links less the searches it links that the site's quota does not allow. A search
        results page links more searches without end (related queries, a next page of results): none
        is followed from one. A search linked from any other page (a home page's topics) counts as one
        of the site's `len(QUERIES)` queries, as those the crawl asks itself do; past them, none is."""
        from_search = _searched(response, url)
        asked = self.figures[self.site_of(url)].searches
        out = []
        for link, p in scored:
            if is_search(link) and link not in asked:
                if from_search or len(asked) >= len(QUERIES) or link in self.seen:
                    continue
                asked.append(link)
            out.append((link, p))
        return out

    def idle(self) -> None:
        """The crawl has run dry: each site that made fewer than `AMBITI_RESERVE_FLOOR` requests gets
        back a few of its best links beyond bounds (crawler/spiders/reserve.py); the crawl goes on
        while any site gets one."""
        floor = self.settings.getint("AMBITI_RESERVE_FLOOR")
        sent = False
        for site in self.reserve.sites():
            fig = self.figures[site]
            room = min(floor + fig.items, fig.budget) - fig.requests  # a list's cards are not exploration
            years = min(PAST_FLOOR_YEARS - self.past_floor[site], self.reserve.years(site), fig.budget - fig.requests)
            before, past = self.past_floor[site], room < years
            if past:  # an archive's older years, first out of the reserve, come back past the floor too
                room = years
                self.past_floor[site] += years
            taken = self.reserve.take(site, min(ROUND, room), self.seen)
            # past the floor, the years after the first (the newest) are glanced at: only their links that
            # name the plan (crawler/spiders/reserve.py)
            years_in_turn = [url for url, _, priority, _, _ in taken if priority.archive]
            glanced = set(years_in_turn[max(0, 1 - before) :]) if past else set()
            sent = self._release(fig, taken, glanced) or sent
        if sent or self._menus_given_back():
            raise DontCloseSpider

    def _release(
        self, fig: SiteFigures, pending: list[Pending], glanced: set[str] | frozenset[str] = frozenset()
    ) -> bool:
        """Requests for links given back to a site that ran dry (its reserve, its main menu), `glanced` ones read
        only for the links that name the plan. Whether any was sent."""
        sent = False
        for request in self._visit(pending, released=True):
            if isinstance(request, scrapy.Request):
                request.meta["glance"] = request.url in glanced
                self.crawler.engine.crawl(request)  # type: ignore[union-attr]
                fig.released += 1
                sent = True
        return sent

    def _menus_given_back(self) -> bool:
        """Once no site gets anything more from its reserve, each site gets its seed page's main menu entries
        not asked yet, once (crawler/spiders/menus.py): "Vivere il Comune", a word the scoring does not know,
        lists the comune's ambito. Whether any was sent."""
        sent = False
        for site, entries in list(self.menus.items()):
            fig = self.figures[site]
            # a site that ran dry with most of its budget unspent
            left = [url for url in entries if url not in self.seen] if 2 * fig.requests < fig.budget else []
            self.menus[site] = []
            # (URL, depth, priority, hops since planning words, documents pages in a row): a section one click deep
            entries_in_turn: list[Pending] = [(url, 1, Priority(MIN_PRIORITY, False), 1, 0) for url in left]
            sent = self._release(fig, entries_in_turn) or sent
        return sent

    def _visit(self, pending: Iterable[Pending], released: bool = False) -> Iterator[Any]:
        """Requests, with their priorities, for the unseen URLs of the seeds' sites within the depth
        limit and the bounds of exploration (which links `released` from the reserve have passed).
        A link beyond the bounds is kept in the site's reserve. A URL the sitemap vouches for is
        carried instead, and its remembered outlinks visited."""
        queue = deque(pending)
        limit = self.depth_limit
        explore, cap = self.settings.getint("AMBITI_EXPLORE_DEPTH"), self.settings.getint("AMBITI_TEMPLATE_CAP")
        while queue:
            url, depth, priority, chain, trail = queue.popleft()
            host = urlsplit(url).netloc
            # A URL refused once its site had settled, linked by words of planning or on a trail of documents: a
            # WordPress sitemap lists a record of Altri contenuti, asked at its priority of 1 and refused once the
            # site had two fact pages; the same URL named "Dato ulteriore n. 6/2025" on the trail of Amministrazione
            # trasparente, found while the first request waited, was a duplicate, and its attachment never read. So
            # is a link under a heading of planning (an OpenCity sitemap's service sheet, refused at 1 point, then
            # listed on the page of the category of social services; fifteenth round).
            keeps = priority.strong or priority.trail or priority.topical
            again = keeps and url in self.refused
            if (url in self.seen and not again) or host not in self.hosts:
                if chain < self.chains.get(url, chain):  # found nearer planning words than when it was asked
                    self.chains[url] = chain
                if keeps and url in self.chains:  # still on its way: asked again if it is refused
                    self.better[url] = (url, depth, priority, chain, trail)
                if priority.pager and priority.value > self.asked.get(url, priority.value) and url not in self.promoted:
                    yield self._promoted(url, depth, priority, chain, trail)
                continue
            if host in self.waiting:  # its sitemap is still on its way
                self.waiting[host].append((url, depth, priority, chain, trail))
                continue
            site = self.site_of(url)
            shape, facet = (site, template(url)), facets(url)
            bounded = chain > explore or not worth_exploring(priority, chain)
            # A trail of documents is bounded by depth, not template, and so is a section its words name (a
            # Joomla or Halley site's menus are one template: "Amministrazione trasparente" was its fourth
            # entry, left to the reserve); filters are, and combinations of them always.
            combined = facet is not None and facet[1] > 1
            named = priority.section and facet is None
            capped = not (priority.strong or priority.trail or priority.item or named) or combined
            siblings = (site, "under " + _parent(url))  # a site's root is no section: its pages are its menus
            crowded = siblings[1] != "under /" and self.templates[siblings] >= SIBLINGS
            over = (capped and (self.templates[shape] >= cap or crowded)) or bounded
            # the newest cards of a list are read for themselves, the others as any link (in the reserve)
            cards = (site, "cards of " + priority.item) if priority.item and not (over or released) else None
            whole = (site, "cards of list " + list_key(priority.item))
            if cards and (self.templates[cards] >= PAGE_ITEMS or self.templates[whole] >= LIST_ITEMS):
                over, cards, chain = True, None, chain + 1
                priority = replace(priority, value=priority.value - 1, item="")  # without a card's point
            if (limit and depth > limit) or (over and not released):
                self.figures[site].beyond_bounds += 1
                if not (limit and depth > limit) and facet is None:  # filters and print views: no reserve
                    self.reserve.keep(site, (url, depth, priority, chain, trail))
                continue
            self.seen.add(url)
            self.templates[shape] += capped
            self.templates[siblings] += capped
            if cards:
                self.templates[cards] += 1
                self.templates[whole] += 1
            if len(url) > self.settings.getint("URLLENGTH_LIMIT"):
                self.drop(url, "too-long", f"{len(url)} > {self.settings.getint('URLLENGTH_LIMIT')} characters")
                continue
            prev = self._carriable(url)
            if prev is None:
                request = self._request(url, depth, priority, chain, trail)
                self.chains[url] = chain
                if not priority.pager:  # a page of a list found again as one is asked again (`_promoted`)
                    self.asked[url] = priority.value
                request.meta["settles"] &= not released
                request.meta["released"] = released  # a list's page given back: its cards are ordinary links
                request.meta["item"] = bool(cards)  # a card read for itself: not counted against the reserve floor
                request.meta["cards"] = not released and self._list_page(site, url, priority)
                if again:  # Scrapy's filter of duplicates saw it once
                    self.refused.discard(url)
                    request.dont_filter = True
                yield request
                continue
            yield from self._carry(url, prev, CARRIED, depth)
            queue.extend((link, depth + 1, _remembered(link), 0, 0) for link in self.previous_links.get(url, []))

    def _unsettled(self, key: tuple[str, str]) -> Iterator[scrapy.Request]:
        """The cards of a list refused as settled while its later page that shows the ambito's news was still on its
        way, asked again if they sit on a page up to it (budget.py: `news`): "Firmato il Piano di Zona" on page 3,
        the accordo of 2021-2023 attached to a card of page 2, which was asked first (eighteenth round)."""
        waiting, shown = self.settled_cards.get(key, []), self.news[key]
        self.settled_cards[key] = [r for r in waiting if r.meta.get("page", 0) > shown]
        for request in waiting:
            if request.meta.get("page", 0) <= shown:
                self.refused.discard(request.url)
                yield request.replace(dont_filter=True)

    def _promoted(self, url: str, depth: int, priority: Priority, chain: int, trail: int) -> scrapy.Request:
        """A page of a list found again as one while its first request waits at a generic link's priority
        (the home page's menu "Notizie", behind the whole site's sections): asked again at a list page's,
        and whichever copy comes second is not fetched (crawler/middlewares.py: SkipArchived)."""
        self.promoted.add(url)
        self.asked[url] = priority.value
        request = self._request(url, depth, priority, min(chain, self.chains.get(url, chain)), trail)
        request.meta["cards"] = self._list_page(self.site_of(url), url, priority)
        request.dont_filter = True
        return request

    def _list_page(self, site: str, url: str, priority: Priority) -> bool:
        """Whether the cards of a page are read for themselves: any page's, but of a list's next pages
        only the first `LIST_PAGES` - 1 requested (in the order its first page names them, whatever
        order their answers come back in: a card on page 3 was missed when page 4 answered first)."""
        if not priority.pager or not page_number(url):  # the first page, found again from a later one, is no next page
            return True
        key = (site, "pages of " + list_key(url))
        self.templates[key] += 1
        return self.templates[key] < LIST_PAGES

    def _carry(self, url: str, prev: PageSnapshot, why: str, depth: int) -> Iterator[Any]:
        """The last crawl's snapshot of a page stands in this crawl; its remembered links are followed."""
        self.archived.update((url, prev.final_url))
        links = self.previous_links.get(url, [])
        yield {"url": url, "carried": why, "previous": prev, "links": links, "hops": depth}

    def _carriable(self, url: str) -> PageSnapshot | None:
        """The previous snapshot of a URL that needs no request, if any (see the module doc)."""
        prev = self.previous.get(url) if self.trust_sitemaps else None
        if prev is None or prev.final_url != url:  # redirected last time: ask again
            return None
        if "html" in prev.content_type.lower() and url not in self.previous_links:
            return None  # its outlinks are not known without the body
        if not unchanged_since_fetch(self.lastmod.get(url), prev.fetched_at, self.max_age, self.now):
            return None
        return prev

    def _outlinks(
        self, response: Response, url: str, boilerplate: frozenset[str] = frozenset()
    ) -> tuple[list[tuple[str, Priority]] | None, int]:
        """The links of a page worth a request, with their priorities; for a 304, those the last
        crawl found on the same bytes (no archive read, no parse), else the archived body's. And the
        page's trail: how many documents pages in a row led to it, itself included."""
        meta = response.meta
        self.texts = {}
        if response.status == 304:
            if url in self.previous_links:
                return [(link, _remembered(link)) for link in self.previous_links[url]], 0
            response = self._archived(response, url)  # type: ignore[assignment]
        if response is not None and response.status == 200 and _pdf(response):  # an index of attachments
            trail = meta.get("trail", 0) + 1
            pdf = scored_pdf_links(response.body, response.url, meta.get("chain", 0) > 0, trail)
            self.texts = {link.url: link.text for link, _ in pdf}
            return ([(link.url, p) for link, p in pdf], trail) if pdf else (None, 0)
        if response is None or response.status != 200 or not isinstance(response, TextResponse):
            return None, 0
        # a page reached by a step of a trail of documents is on it, whatever its title says: an archive's year
        # ("Anno 2024", no word of documents) lists the acts of that year (fifteenth round)
        step = meta.get("step", False) and meta.get("trail", 0) > 0
        trail = meta.get("trail", 0) + 1 if step or self.links.documents_page(response) else 0
        listing, seed = meta.get("chain", 0) > 0, meta.get("hops", 0) == 0
        # the results of the site's search and the home page of a site linked as the ambito's speak of it
        results = "search" in meta or meta.get("linked", False)
        named, items = meta.get("named", False), meta.get("cards", True)  # not a page the reserve gave back
        if self.links.foreign(response):  # a twin in another language: the Italian page is read for its links
            return None, 0
        scored = self.links.scored_links(response, listing, seed, results, trail, named, boilerplate, items)
        if (
            seed and self.site_of(url) not in self.menus
        ):  # its main menu's entries of no word the scoring knows (menus.py)
            chosen = {link.url for link, _ in scored}
            entries = main_menu(self.links.root(response), response.url)
            self.menus[self.site_of(url)] = [entry for entry in entries if entry not in chosen]
        twins = self.links.translations(response)
        scored = [(link, p) for link, p in scored if link.url not in twins]
        if meta.get("glance"):  # an older year of an archive past its site's floor: only what names the plan
            scored = [(link, p) for link, p in scored if p.strong]
        self.texts = {link.url: link.text for link, _ in scored}
        return [(link.url, p) for link, p in scored], trail

    def _archived(self, response: Response, url: str) -> Response | None:
        """The body a 304 stands for, so link discovery goes on through unchanged pages."""
        prev = self.previous.get(url)
        if prev is None or self.crawls_dir is None or "html" not in prev.content_type.lower():
            return None  # a PDF has no links to follow
        body = read_body(self.crawls_dir, prev)
        return TextResponse(
            url=prev.final_url,
            status=200,
            body=body,
            headers={"Content-Type": prev.content_type},
            request=response.request,
        )

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Every URL of a sitemap (one link from a seed), scored by path, type and lastmod; the
        sitemaps of a sitemap index; on a recrawl the lastmod of every page the last crawl fetched."""
        host = response.meta["sitemap_host"]
        found: list[tuple[str, str | None]] = []
        if response.status == 200:
            try:
                sitemap = Sitemap(self._sitemap_body(response))
                entries = [e.get("loc", "") for e in sitemap] if sitemap.type == "sitemapindex" else None
                if entries is None:
                    for entry in sitemap:
                        url = canonical_url(entry.get("loc", ""))
                        found.append((url, entry.get("lastmod")))
                        if self.trust_sitemaps and url in self.previous and entry.get("lastmod"):
                            self.lastmod[url] = entry["lastmod"]
            except Exception as exc:  # a broken sitemap is the site's problem, not the crawl's
                self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
                entries, found = None, []
            for url in entries or []:
                if urlsplit(url).netloc in (host, urlsplit(response.url).netloc) and url not in self.sitemaps_seen:
                    yield self._sitemap_request(url, host)
        today = self.now.date()
        found = _italian(found)
        scored = [(u, sitemap_priority(u, lastmod, today)) for u, lastmod in found if urlsplit(u).netloc in self.hosts]
        if len(scored) <= SMALL_SITEMAP:  # a small site: every page it lists is worth a look
            if len(scored) > TINY_SITEMAP:
                self.filler.update(u for u, p in scored if p.value <= MIN_PRIORITY and not p.strong)
            scored = [(u, Priority(max(p.value, MIN_PRIORITY), p.strong)) for u, p in scored]
        # a whole site's sitemap: a page it lists for one weak word is as far from planning words as a
        # generic page under a generic section (left to the reserve, crawler/spiders/reserve.py)
        weak = 2 if len(scored) > SMALL_SITEMAP else 1
        # a sitemap of pages that lists a few files lists them on purpose: each is worth a look, one hop from
        # planning words, never settled (the accordo of a Joomla site, linked by no page; fourteenth round)
        files = [u for u, _ in scored if is_file(u)]
        if len(files) <= SITEMAP_FILES:
            scored = [
                (u, Priority(max(p.value, MIN_PRIORITY + 1), p.strong)) if u in files else (u, p) for u, p in scored
            ]
        relevant = [
            (u, 1, p, 0 if p.strong else weak if p.value <= MIN_PRIORITY else 1, 0)
            for u, p in scored
            if p.value >= MIN_PRIORITY
        ]
        yield from self._sitemap_done(host, relevant)

    def _sitemap_body(self, response: Response) -> bytes:
        """A sitemap's XML; a gzipped file (`sitemap.xml.gz`, Plone's default) unpacked, within the
        size a page may have (a gzip bomb is refused like any oversized answer)."""
        body = response.body
        if body[:2] != GZIP_MAGIC:  # served plain, or its Content-Encoding already undone
            return body
        return gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))

    def _sitemap_done(self, host: str, relevant: list[Pending]) -> Iterator[Any]:
        """Visit a sitemap's relevant URLs; once the host's last sitemap is in, its held URLs."""
        self.sitemaps_pending[host] = self.sitemaps_pending.get(host, 1) - 1  # asked by another worker
        if self.sitemaps_pending[host] == 0 and host in self.waiting:
            relevant = self.waiting.pop(host) + relevant  # seeds first
        yield from self._visit(relevant)

    def parse_robots(self, response: Response) -> Iterator[Any]:
        """The sitemaps robots.txt declares (WordPress's /wp-sitemap.xml, Yoast's index), else
        /sitemap.xml. RobotsTxtMiddleware reads the same file for its rules, not for these."""
        host = response.meta["sitemap_host"]
        declared = []
        if response.status == 200 and isinstance(response, TextResponse):
            declared = [u for u in Protego.parse(response.text).sitemaps if urlsplit(u).scheme in ("http", "https")]
        for other in {urlsplit(u).netloc for u in declared} - self.hosts:
            # the site's own word that its pages live there: a bare address whose site is on its www twin
            # declares the twin's sitemaps (sixteenth round)
            self._move(response.meta["site"], other)
        for url in declared or [urljoin(response.url, "/sitemap.xml")]:
            if url not in self.sitemaps_seen:
                yield self._sitemap_request(url, host)
        yield from self._sitemap_done(host, [])

    def sitemap_failed(self, failure: Failure) -> Iterator[Any]:
        """A site without a usable sitemap is normal: its pages get conditional requests."""
        request = failure.request  # type: ignore[attr-defined]
        host = request.meta["sitemap_host"]
        if request.callback == self.parse_robots:
            yield self._sitemap_request(urljoin(request.url, "/sitemap.xml"), host)
        yield from self._sitemap_done(host, [])

    def failed(self, failure: Failure) -> Iterator[Any]:
        """A request that gave no archivable response: an earlier page carried if it is only
        unreachable (its links followed, as the last crawl saw them), else a journaled drop."""
        request = failure.request  # type: ignore[attr-defined]
        outcome = classify(failure, self.settings.getint("DOWNLOAD_MAXSIZE"))
        if outcome is None:
            return  # the page it leads to is in this crawl already
        reason, detail = outcome
        url = (request.meta.get("redirect_urls") or [request.url])[0]  # the URL a page linked to
        better = self.better.pop(url, None)
        self.asked.pop(url, None)
        if reason == "settled":
            if request.meta.get("list") is not None:
                self.settled_cards.setdefault((self.site_of(url), request.meta["list"]), []).append(request)
            self.refused.add(url)
            self.chains.pop(url, None)
            if better is not None:
                yield from self._visit([better])
        prev = self.previous.get(url)
        if reason in NOT_GONE and prev is not None and prev.unreachable + 1 < self.unreachable_limit:
            self.drop(url, reason, f"{detail}; carried from crawl {prev.crawl_id}")
            depth = request.meta.get("hops", 0)
            yield from self._carry(url, prev, UNREACHABLE, depth)
            remembered = self.previous_links.get(url, [])
            yield from self._visit((link, depth + 1, _remembered(link), 0, 0) for link in remembered)
            return
        self.drop(url, reason, detail)
