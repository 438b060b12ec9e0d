"""robots.txt fetched once per host: the spider reads it for its Sitemap lines, and Scrapy's
RobotsTxtMiddleware has fetched the same file for its rules just before (one request of a site's
budget, ~5 % of a small site's requests).

Runs after RobotsTxtMiddleware (100): by the time the spider's own request for robots.txt gets
here, the middleware has downloaded the file, and this middleware kept the answer on its way back.
"""

from __future__ import annotations

import scrapy
from scrapy.http import Response

ROBOTS_ONCE_ORDER = 110  # after RobotsTxtMiddleware (100), before SiteBudget (120): a reuse costs nothing


class RobotsOnce:
    """Downloader middleware: answer a second request for a host's robots.txt from the first answer."""

    def __init__(self) -> None:
        self.answers: dict[str, Response] = {}  # robots.txt URL -> its 200 answer

    def process_request(self, request: scrapy.Request, spider: scrapy.Spider | None = None) -> Response | None:
        kept = self.answers.get(request.url) if request.url.endswith("/robots.txt") else None
        return kept.replace(request=request) if kept is not None else None

    def process_response(
        self, request: scrapy.Request, response: Response, spider: scrapy.Spider | None = None
    ) -> Response:
        if request.url.endswith("/robots.txt") and response.status == 200 and response.url == request.url:
            self.answers.setdefault(request.url, response)
        return response
