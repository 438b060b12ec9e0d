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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageSnapshot:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


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
