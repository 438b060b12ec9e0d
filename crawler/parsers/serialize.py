"""PageFacts as JSON in the shape of the gold files, so output and gold compare field by field."""

from __future__ import annotations

from typing import Any

from crawler.records import Contacts, PageFacts


def _address(contacts: Contacts, with_municipality: bool) -> dict[str, Any] | None:
    if contacts.address is None:
        return None
    out: dict[str, Any] = {
        "street": contacts.address.street,
        "postal_code": contacts.address.postal_code,
    }
    if with_municipality:
        out["municipality"] = contacts.address.municipality
    return out


def facts_to_json(facts: PageFacts, page: str | None = None) -> dict[str, Any]:
    return {
        "page": page or facts.url,
        "page_updated_on": facts.page_updated_on,
        "ambiti": [
            {
                "name": a.name,
                "capofila": a.capofila,
                "capofila_basis": a.capofila_basis,
                "members": a.members,
                "ats": a.ats,
                "asst": a.asst,
                "plans": [
                    {
                        "start_year": p.start_year,
                        "end_year": p.end_year,
                        "approved_on": p.approved_on,
                        "extended_until": p.extended_until,
                    }
                    for p in a.plans
                ],
                "intervention_areas": a.intervention_areas,
                "partner_ambiti": a.partner_ambiti,
                "ufficio_di_piano": None
                if a.ufficio_di_piano is None
                else {
                    "address": _address(a.ufficio_di_piano, True),
                    "phones": a.ufficio_di_piano.phones,
                    "fax": a.ufficio_di_piano.fax,
                    "emails": a.ufficio_di_piano.emails,
                    "pec": a.ufficio_di_piano.pec,
                    "responsible": a.ufficio_di_piano.responsible,
                },
                "notes": a.notes,
                "evidence": a.evidence,
            }
            for a in facts.ambiti
        ],
        "comuni": [
            {
                "istat": c.istat,
                "address": _address(c.contacts, False),
                "phones": c.contacts.phones,
                "fax": c.contacts.fax,
                "emails": c.contacts.emails,
                "pec": c.contacts.pec,
                "website": c.contacts.website,
            }
            for c in facts.comuni
        ],
        "unresolved_names": facts.unresolved_names,
        "skipped_reason": facts.skipped_reason,
    }
