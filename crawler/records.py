"""The typed records that flow between the steps of the pipeline.

Parsers return `PageFacts` (the shape of the gold files a human writes), `claims.py` turns
them into `Claim`s tied to the `PageSnapshot` they came from, and the graph is built from claims
only: nothing is asserted without a source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageSnapshot:
    """One fetched response as archived in the WARC file."""

    url: str
    final_url: str
    fetched_at: str  # ISO 8601 UTC
    status: int
    content_type: str
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    page_updated_on: str | None = None  # the page's own "Pagina aggiornata il" date, ISO
    warc_file: str | None = None
    warc_offset: int | None = None
    crawl_id: str | None = None
    not_modified: bool = False  # a 304 that re-used an earlier body
    carried: str | None = None  # not requested, why ("sitemap-lastmod"); an earlier body, as for a 304
    unreachable: int = 0  # crawls in a row it could not be fetched; an earlier body carried (crawler/outcomes.py)

    def to_dict(self) -> dict[str, Any]:
        """Its fields, all plain values: no deep copy (`asdict` costs ~0.1 ms, once per archived page)."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageSnapshot:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


CRAWL_STATUSES = ("running", "interrupted", "complete", "partial", "failed")


@dataclass
class CrawlRecord:
    """What one crawl was and how it ended (`crawls/<id>/crawl.json`), written by crawler/run.py only.

    `status` is `running` while a process crawls (and after a kill), `interrupted` after a polite
    stop (Ctrl-C, SIGTERM): both resume. A finished crawl is `complete` when every URL it tried
    answered, `partial` when some could not be reached (refused, DNS, timeout, 5xx after retries),
    `failed` when none answered. Only a `consolidated` crawl feeds the graph, `diff` and the next
    recrawl: a failed one never, a partial one unless it reached less than a share of the previous
    crawl's pages (unless accepted with --accept-partial).
    """

    id: str
    status: str = "running"
    seeds: list[str] = field(default_factory=list)
    previous: str | None = None  # the consolidated crawl a recrawl revisits
    started: str | None = None
    finished: str | None = None
    consolidated: bool = False
    accepted_partial: bool = False
    pages: int = 0  # URLs in the index (answered, carried by the sitemap, carried as unreachable)
    reached: int = 0  # URLs the server answered (any status) or the sitemap vouched for
    unreachable: int = 0  # earlier pages carried because they could not be fetched
    by_status: dict[str, int] = field(default_factory=dict)
    not_modified: int = 0  # answered 304
    carried: int = 0  # not requested: unchanged according to the site's sitemap
    response_bytes: int = 0
    seconds: float = 0.0  # of the engine's runs, summed over resumptions
    resumed: int = 0  # times a killed or interrupted run was taken up again
    dropped: dict[str, int] = field(default_factory=dict)  # reason -> URLs (details in report.json)
    note: str | None = None  # why a crawl is not consolidated, in one line

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrawlRecord:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if "consolidated" not in data:  # written before crawl outcomes: a complete crawl fed the graph
            known["consolidated"] = data.get("status") == "complete"
        return cls(**known)


@dataclass(frozen=True)
class DroppedUrl:
    """A URL the crawl wanted but did not archive, and why (crawler/outcomes.py names the reasons)."""

    url: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CrawlReport:
    """`crawls/<id>/report.json`: every dropped URL with its reason, a per-reason summary, and each
    site's figures (requests, budget, candidates: crawler/spiders/budget.py; drops by reason)."""

    crawl_id: str
    dropped: list[DroppedUrl] = field(default_factory=list)
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for drop in self.dropped:
            out[drop.reason] = out.get(drop.reason, 0) + 1
        return dict(sorted(out.items()))

    def to_dict(self) -> dict[str, Any]:
        return {
            "crawl_id": self.crawl_id,
            "summary": self.summary(),
            "sites": dict(sorted(self.sites.items())),
            "dropped": [d.to_dict() for d in self.dropped],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CrawlReport:
        return cls(
            crawl_id=data["crawl_id"],
            dropped=[DroppedUrl(**d) for d in data.get("dropped", [])],
            sites=data.get("sites", {}),
        )


@dataclass
class Address:
    street: str | None = None
    postal_code: str | None = None
    municipality: str | None = None  # ISTAT code


@dataclass
class Contacts:
    """Contacts of a comune or of an Ufficio di Piano, normalised (E.164, lower-case e-mail)."""

    address: Address | None = None
    phones: list[str] = field(default_factory=list)
    fax: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    pec: list[str] = field(default_factory=list)
    website: str | None = None
    responsible: str | None = None  # "Given Family"

    def is_empty(self) -> bool:
        return not (
            self.address or self.phones or self.fax or self.emails or self.pec or self.website or self.responsible
        )


@dataclass
class PlanFacts:
    start_year: int
    end_year: int
    approved_on: str | None = None  # ISO date
    extended_until: str | None = None  # ISO date
    documents: list[str] = field(default_factory=list)


@dataclass
class AmbitoFacts:
    name: str
    capofila: str | None = None  # ISTAT code
    capofila_basis: str | None = None  # "stated" | "implied"
    members: list[str] = field(default_factory=list)  # ISTAT codes, page order
    ats: str | None = None
    asst: str | None = None
    plans: list[PlanFacts] = field(default_factory=list)
    intervention_areas: list[str] = field(default_factory=list)
    partner_ambiti: list[str] = field(default_factory=list)
    ufficio_di_piano: Contacts | None = None
    notes: list[str] = field(default_factory=list)  # data-quality notes (count mismatch, ...)
    evidence: dict[str, str] = field(default_factory=dict)  # field key -> text snippet


@dataclass
class ComuneFacts:
    istat: str
    contacts: Contacts = field(default_factory=Contacts)
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass
class PageFacts:
    """Everything one page says, in the shape of `../shared/gold/*.json`."""

    url: str
    page_updated_on: str | None = None
    ambiti: list[AmbitoFacts] = field(default_factory=list)
    comuni: list[ComuneFacts] = field(default_factory=list)
    not_contacts: list[str] = field(default_factory=list)
    unresolved_names: list[str] = field(default_factory=list)
    skipped_reason: str | None = None  # why a page gave nothing (empty, binary, ...)

    def is_empty(self) -> bool:
        return not (self.ambiti or self.comuni)


@dataclass(frozen=True)
class EntityRef:
    """A thing the graph talks about: kind in comune|ambito|office|plan|person|ats|asst."""

    kind: str
    key: str


@dataclass(frozen=True)
class Claim:
    """One fact from one source: subject, predicate, object, with its evidence."""

    subject: EntityRef
    predicate: str
    object: EntityRef | str | int
    evidence: str
    source: str  # sha256 of the page snapshot, or "registry/<name>"
    extractor: str
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        obj: Any = self.object
        if isinstance(obj, EntityRef):
            obj = {"kind": obj.kind, "key": obj.key}
        return {
            "subject": {"kind": self.subject.kind, "key": self.subject.key},
            "predicate": self.predicate,
            "object": obj,
            "evidence": self.evidence,
            "source": self.source,
            "extractor": self.extractor,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        obj = data["object"]
        if isinstance(obj, dict):
            obj = EntityRef(obj["kind"], obj["key"])
        return cls(
            subject=EntityRef(data["subject"]["kind"], data["subject"]["key"]),
            predicate=data["predicate"],
            object=obj,
            evidence=data["evidence"],
            source=data["source"],
            extractor=data["extractor"],
            confidence=float(data["confidence"]),
        )
