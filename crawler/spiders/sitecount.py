"""The count of a request against its site's figures in a shared crawl's Redis, as a Lua function.

A worker of a shared crawl counts each request, or refuses it, against its site's budget and settled
state for the whole crawl (crawler/spiders/sitestate.py). The frontier does it in the same step that
pops the request (crawler/frontier.py: `_POP`), from the attributes the worker that queued it stored
beside it (`attributes`): no round trip of its own. A request queued without them (by scrapy-redis's own
queue) is counted by the budget middleware, with the same function (`sitestate._COUNT`).
"""

from __future__ import annotations

from scrapy import Request

from crawler.spiders.budget import SETTLES

VERDICT = "site_count"  # request.meta: (figure counted, its new value), from the pop
SEPARATOR = "\x1f"  # between a request's attributes (a site, a list's key: no control characters)

# count(prefix, counted, token, site, low, budget, item, news, page): SiteBudget.count for the whole crawl;
# what it counted is noted under the request's token in the worker's `counted` hash (undone if the worker
# dies holding it). Keys: those of crawler/spiders/sitestate.py.
COUNT_FUNCTION = f"""
local function count(prefix, counted, token, site, low, budget, item, news, page)
  local fig = prefix .. 'fig:' .. site
  local shown = news ~= '' and redis.call('ZSCORE', prefix .. 'news', news)
  local exempt = shown and tonumber(page) <= tonumber(shown)
  local field = 'requests'
  if low == '1' and not exempt and redis.call('HLEN', fig .. ':candidates') >= {SETTLES} then
    field = 'settled'
  elseif tonumber(redis.call('HGET', fig, 'requests') or '0') >= tonumber(budget) then
    field = 'unvisited'
  end
  redis.call('HSETNX', fig, 'budget', budget)
  redis.call('SADD', prefix .. 'sites', site)
  local value = redis.call('HINCRBY', fig, field, 1)
  local undo = field
  if field == 'requests' and item == '1' then
    redis.call('HINCRBY', fig, 'items', 1)
    undo = 'requests items'
  end
  if token ~= '' then redis.call('HSET', counted, token, fig .. '\\n' .. undo) end
  return {{field, value}}
end
"""


def attributes(request: Request, low: bool, budget: int) -> str:
    """What the count needs of a request (its site, whether it is a `low` link, the site's budget, whether it
    is a list's card, the list that may show the ambito's news and its page), '' for a request of no site."""
    meta = request.meta
    site = meta.get("site")
    if site is None:
        return ""
    news = f"{site}\n{meta['list']}" if "list" in meta else ""
    parts = (site, int(low), budget, int(bool(meta.get("item"))), news, meta.get("page", 0))
    return SEPARATOR.join(map(str, parts))
