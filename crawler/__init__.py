"""ambiti crawler: Scrapy project, pure parsers and the records they produce."""
