"""The extract stage, in one place: archive -> parsers -> claims, with the identity rules.

`graph/` reads what this stage returns (page results, claims, the data dir) and never the parsers.
Entry points: `extract_crawl` for an archived crawl (process pool, content-hash cache) and
`extract_page` for one page's bytes (`ambiti extract`).
"""
