"""Pure extractors: (bytes, url, content type) -> records. No Scrapy import here."""
