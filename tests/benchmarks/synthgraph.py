"""Synthetic crawl histories for the graph benchmarks, built straight from claims (no HTTP, no HTML).

`synthetic_crawls(region, snapshots)` plays the scale web's world forward week by week and returns,
for every weekly crawl, what `graph.dataset.extract_all` hands to `build_chunks`: (crawl id, meta,
page snapshots, page results). A page whose content did not change keeps its content hash, so
page graphs are shared between crawls exactly as after real recrawls; its claims are made by the
product's own `facts_to_claims` from `PageFacts` that mirror what the extractor reads on that page
kind of the scale web. Result objects are shared between crawls (one per content hash).

For speed only: nothing here is checked for truth.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crawler.extraction.claims import facts_to_claims
from crawler.extraction.identity import ambito_key
from crawler.extraction.stage import PageResult
from crawler.records import Address, AmbitoFacts, ComuneFacts, Contacts, PageFacts, PageSnapshot, PlanFacts

from .scaleweb import SEED, WEEK0, Ambito, Page, Town, World

BASE_URL = "http://127.0.0.1:8000"
DEFAULT_UPDATED = date(2024, 11, 4)

Crawl = tuple[str, dict[str, Any], list[PageSnapshot], dict[str, PageResult]]


def e164(phone: str) -> str:
    return "+39" + phone.replace(" ", "")


def _town_contacts(t: Town) -> Contacts:
    return Contacts(address=Address(t.street, t.cap, None), phones=[e164(t.phone)],
                    fax=[e164(t.fax)] if t.fax else [], emails=[t.email], website=t.website)


def _office(a: Ambito) -> Contacts:
    return Contacts(address=Address(a.street, a.cap, a.capofila), phones=[e164(a.phone)], emails=[a.email],
                    pec=[a.pec], responsible=a.responsible)


def unique_names(world: World) -> None:
    """Give ambiti whose key (as `crawler.extraction.identity.ambito_key` computes it) collides a distinct name."""
    seen: set[str] = set()
    for a in world.ambiti:
        key = ambito_key(AmbitoFacts(name=a.name))
        if key in seen:
            a.name = f"Ambito territoriale n. {a.idx}"
            key = ambito_key(AmbitoFacts(name=a.name))
        seen.add(key)


def page_facts(world: World, page: Page) -> PageFacts:
    """What the extractor finds on a page of the scale web (approximately: for speed only)."""
    url = BASE_URL + page.path
    updated = world.updated.get(page.path, DEFAULT_UPDATED).isoformat()
    if page.ambito < 0 or page.kind in ("home", "contatti", "filler"):
        return PageFacts(url=url, skipped_reason="no ambito named on the page")
    a = world.ambiti[page.ambito]
    cap = world.towns[a.capofila]
    names = [world.towns[c].name for c in a.members]
    members_ev = f"I {len(names)} Comuni dell'ambito sono {'; '.join(names)}"[:300]
    cap_ev = (f"Il Comune di {cap.name} è ente capofila dell'{a.name} e ospita l'Ufficio di Piano, la struttura "
              f"tecnica che prepara gli atti dell'Assemblea dei Sindaci")
    office_ev = (f"Ufficio di Piano / {a.street} - {a.cap} {cap.name} ({a.province}) / Telefono: {a.phone} / "
                 f"Email: {a.email} / PEC: {a.pec}")
    amb = AmbitoFacts(name=a.name, capofila=a.capofila, capofila_basis="stated", members=list(a.members),
                      evidence={"name": f"{a.name} | Ufficio di Piano", "members": members_ev, "capofila": cap_ev})
    facts = PageFacts(url=url, page_updated_on=updated, ambiti=[amb])
    if page.kind in ("udp", "pdz"):
        amb.ats, amb.asst = a.ats, a.asst
        if a.ats:
            amb.evidence["ats"] = f"L'ambito coincide con un distretto di {a.ats} e dell'{a.asst}."
            amb.evidence["asst"] = amb.evidence["ats"]
        amb.ufficio_di_piano = _office(a)
        amb.evidence["ufficio_di_piano"] = office_ev
    if page.kind == "pdz":
        for pl in a.plans:
            amb.plans.append(PlanFacts(pl.start, pl.end, pl.approved.isoformat() if pl.approved else None,
                                       pl.extended.isoformat() if pl.extended else None))
            period = f"{pl.start}-{pl.end}"
            amb.evidence[f"plan:{period}"] = f"Il Piano di Zona {period} è stato approvato dall'Assemblea dei Sindaci"
            amb.evidence[f"approved:{period}"] = amb.evidence[f"plan:{period}"] + f" il {pl.approved}"
            if pl.extended:
                amb.evidence[f"extended:{period}"] = f"prorogato fino al {pl.extended}"
    elif page.kind == "blocks":
        for c in sorted(a.members):
            t = world.towns[c]
            facts.comuni.append(ComuneFacts(c, _town_contacts(t), {"contacts": f"Comune di {t.name}"}))
        amb.ufficio_di_piano = _office(a)
        amb.evidence["ufficio_di_piano"] = office_ev
    elif page.kind == "town":
        t = world.towns[page.istat]
        facts.comuni.append(ComuneFacts(t.istat, _town_contacts(t), {"contacts": f"Comune di {t.name}"}))
        amb.members = [a.capofila, t.istat] if t.istat != a.capofila else [a.capofila]
    elif page.kind == "news":
        amb.plans = [PlanFacts(a.plans[1].start, a.plans[1].end)]
        amb.evidence[f"plan:{a.plans[1].start}-{a.plans[1].end}"] = "hanno approvato il Piano di Zona"
        amb.ufficio_di_piano = Contacts(phones=[e164(a.phone)], emails=[a.email], responsible=a.responsible)
        amb.evidence["ufficio_di_piano"] = office_ev
        facts.page_updated_on = None
    return facts


def synthetic_crawls(region: str | None, snapshots: int, seed: int = SEED, pages: int | None = None) -> list[Crawl]:
    """`snapshots` weekly crawls (oldest first) of the whole world (or one region, or its first sites)."""
    world = World(seed, region=region)
    unique_names(world)
    scope = world.subset_for(pages) if pages else world.ambiti
    results: dict[str, PageResult] = {}
    current: dict[str, tuple[Page, str]] = {}  # path -> (page, sha)
    rev: dict[str, int] = {}
    crawls: list[Crawl] = []
    ctype = "text/html; charset=utf-8"
    for week in range(snapshots):
        dirty = world.evolve(scope) if week else set()
        pages_now = {p.path: p for p in world.pages(scope)}
        started = datetime.combine(world.today(), datetime.min.time(), UTC) + timedelta(hours=6)
        crawl_id = started.strftime("%Y%m%dT%H%M%S%fZ")
        for path in [p for p in current if p not in pages_now]:
            del current[path]
        for path, page in pages_now.items():
            if path in current and path not in dirty:
                continue
            rev[path] = rev.get(path, -1) + 1
            sha = hashlib.sha256(f"{seed}{path}#{rev[path]}".encode()).hexdigest()
            facts = page_facts(world, page)
            results[sha] = PageResult(sha, facts.url, facts.page_updated_on, facts.skipped_reason,
                                      facts_to_claims(facts, sha))
            current[path] = (page, sha)
        snaps = []
        crawl_results: dict[str, PageResult] = {}
        for n, (path, (_page, sha)) in enumerate(sorted(current.items())):
            url = BASE_URL + path
            fetched = (started + timedelta(seconds=n // 100)).strftime("%Y-%m-%dT%H:%M:%SZ")
            snaps.append(PageSnapshot(url=url, final_url=url, fetched_at=fetched, status=200, content_type=ctype,
                                      sha256=sha, etag=f'"{sha}"', warc_file="pages-00001.warc.gz",
                                      warc_offset=n * 12_000, crawl_id=crawl_id,
                                      not_modified=bool(week) and path not in dirty))
            crawl_results[sha] = results[sha]
        finished = started + timedelta(seconds=len(snaps) // 100 + 1)
        meta = {"id": crawl_id, "status": "complete", "started": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "finished": finished.strftime("%Y-%m-%dT%H:%M:%SZ")}
        crawls.append((crawl_id, meta, snaps, crawl_results))
    return crawls


def first_ambito_key(region: str | None, seed: int = SEED) -> tuple[str, str]:
    """(ambito key, capofila ISTAT) of the first synthetic ambito: a parameter value that exists."""
    world = World(seed, region=region)
    unique_names(world)
    a = world.ambiti[0]
    return ambito_key(AmbitoFacts(name=a.name)), a.capofila


def last_crawl_day(snapshots: int) -> str:
    """The day the last of `snapshots` weekly crawls started (as synthetic_crawls dates them)."""
    return (WEEK0 + timedelta(days=7 * (snapshots - 1))).isoformat()
