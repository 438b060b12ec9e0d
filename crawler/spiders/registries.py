"""One-URL spider: download ISTAT's list of comuni, IndicePA's comuni websites, or a page to extract.

It only fetches; the pure parsers in crawler/reference/registries.py turn the bytes into the
bundled snapshots, so an offline rebuild from a saved file gives the same result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import scrapy
from scrapy.http import Response


class RegistrySpider(scrapy.Spider):
    name = "registry"
    custom_settings = {"ITEM_PIPELINES": {}, "DOWNLOAD_MAXSIZE": 200 * 1024 * 1024}

    def __init__(
        self, url: str = "", on_body: Callable[[bytes, str | None], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.on_body = on_body
        self.error: str | None = None

    async def start(self) -> Any:
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed)

    def parse(self, response: Response) -> None:
        if response.status != 200:
            self.error = f"{self.url}: HTTP {response.status}"
        elif self.on_body:
            ctype = response.headers.get("Content-Type")
            self.on_body(response.body, ctype.decode("latin-1") if ctype else None)

    def failed(self, failure: Any) -> None:
        self.error = f"{self.url}: {failure.getErrorMessage()}"
