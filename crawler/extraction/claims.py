"""PageFacts -> Claims: each fact a page states becomes one claim with its evidence and source.

Subjects get their keys from the identity rules (crawler/extraction/identity.py).
"""

from __future__ import annotations

from crawler.extraction.identity import ambito_key, partner_key
from crawler.parsers.extract import EXTRACTOR, VERSION
from crawler.records import Claim, Contacts, EntityRef, PageFacts

EXTRACTOR_ID = f"{EXTRACTOR}/{VERSION}"
CONFIDENCE = {"stated": 0.95, "implied": 0.7, None: 0.9}
PARTNER_NAME_CONFIDENCE = 0.5


class _Collector:
    def __init__(self, source: str) -> None:
        self.source = source
        self.claims: list[Claim] = []

    def add(
        self,
        subject: EntityRef,
        predicate: str,
        obj: EntityRef | str | int,
        evidence: str,
        confidence: float = 0.9,
    ) -> None:
        self.claims.append(Claim(subject, predicate, obj, evidence[:300], self.source, EXTRACTOR_ID, confidence))

    def contacts(self, subject: EntityRef, contacts: Contacts, evidence: str) -> None:
        for predicate, values in (
            ("phone", contacts.phones),
            ("fax", contacts.fax),
            ("email", contacts.emails),
            ("pec", contacts.pec),
        ):
            for value in values:
                self.add(subject, predicate, value, evidence)
        if contacts.website:
            self.add(subject, "website", contacts.website, evidence)
        if contacts.address:
            if contacts.address.street:
                self.add(subject, "streetAddress", contacts.address.street, evidence)
            if contacts.address.postal_code:
                self.add(subject, "postalCode", contacts.address.postal_code, evidence)
            if contacts.address.municipality:
                self.add(
                    subject,
                    "addressMunicipality",
                    EntityRef("comune", contacts.address.municipality),
                    evidence,
                )


def facts_to_claims(facts: PageFacts, source: str) -> list[Claim]:
    out = _Collector(source)
    for comune in facts.comuni:
        out.contacts(EntityRef("comune", comune.istat), comune.contacts, comune.evidence.get("contacts", ""))
    for ambito in facts.ambiti:
        key = ambito_key(ambito)
        subject = EntityRef("ambito", key)
        ev = ambito.evidence
        out.add(subject, "label", ambito.name, ev.get("name", ambito.name))
        for istat in ambito.members:
            out.add(subject, "member", EntityRef("comune", istat), ev.get(f"member:{istat}") or ev.get("members", ""))
        if ambito.capofila:
            out.add(
                subject,
                "capofila",
                EntityRef("comune", ambito.capofila),
                ev.get("capofila", ""),
                CONFIDENCE.get(ambito.capofila_basis, 0.9),
            )
        if ambito.ats:
            out.add(subject, "ats", EntityRef("ats", ambito.ats), ev.get("ats", ""))
        if ambito.asst:
            out.add(subject, "asst", EntityRef("asst", ambito.asst), ev.get("asst", ""))
        for plan in ambito.plans:
            period = f"{plan.start_year}-{plan.end_year}"
            plan_ref = EntityRef("plan", f"{key}/{period}")
            out.add(subject, "hasPlan", plan_ref, ev.get(f"plan:{period}", ""))
            if plan.approved_on:
                out.add(plan_ref, "approvedOn", plan.approved_on, ev.get(f"approved:{period}", ""))
            if plan.extended_until:
                out.add(plan_ref, "extendedUntil", plan.extended_until, ev.get(f"extended:{period}", ""))
            for url in plan.documents:
                out.add(plan_ref, "document", url, ev.get(f"plan:{period}", ""))
        for letter in ambito.intervention_areas:
            out.add(subject, "interventionArea", EntityRef("area", letter), ev.get("areas", ""))
        for partner in ambito.partner_ambiti:
            partner_ref = EntityRef("ambito", partner_key(partner))
            out.add(subject, "partnerOf", partner_ref, ev.get("partners", ""))
            # the page names the partner only by its place: a weak name, beaten by its own pages
            out.add(partner_ref, "label", f"Ambito di {partner}", ev.get("partners", ""), PARTNER_NAME_CONFIDENCE)
        if ambito.ufficio_di_piano:
            office = EntityRef("office", key)
            office_ev = ev.get("ufficio_di_piano", "")
            out.add(subject, "hasUfficioDiPiano", office, office_ev)
            out.contacts(office, ambito.ufficio_di_piano, office_ev)
            if ambito.ufficio_di_piano.responsible:
                out.add(
                    office,
                    "responsible",
                    EntityRef("person", ambito.ufficio_di_piano.responsible),
                    office_ev,
                )
    return out.claims
