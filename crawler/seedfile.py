"""A seeds file: one http(s) URL per line, `#` comments and blank lines ignored.

Its own module so that the spider (`scrapy crawl sites -a seeds_file=...`) and `crawler/run.py`
both read it without importing each other.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit


class SeedsError(ValueError):
    """A seeds file we cannot use; the message names the file and the line."""


def read_seeds(path: Path) -> list[str]:
    """One URL per line, `#` comments and blank lines ignored."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SeedsError(f"{path}: no such seeds file (one URL per line)") from exc
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise SeedsError(f"{path}: not a text file of URLs ({exc})") from exc
    seeds = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = urlsplit(line)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in line:
            raise SeedsError(f"{path}:{n}: {line!r} is not an http(s) URL")
        seeds.append(line)
    if not seeds:
        raise SeedsError(f"{path}: no URL in the file (one URL per line, # for comments)")
    return seeds
