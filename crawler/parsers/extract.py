"""The page extractor: bytes + URL + content type in, `PageFacts` out.

It reads the page's main-content lines (see document.py) and finds, with rules that name no
particular site: the ambito's name, its member comuni (prose, lists, tables, contact blocks),
the capofila (stated, or implied by where the Ufficio di Piano sits), contacts of the comuni and
of the office, plan periods, the ATS/ASST, intervention areas and partner ambiti.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from crawler.parsers import contacts as ct
from crawler.parsers.document import Document, UnreadablePage, load
from crawler.parsers.italian import count_before, find_dates, person_name
from crawler.parsers.plans import plans_in
from crawler.records import Address, AmbitoFacts, ComuneFacts, Contacts, PageFacts
from crawler.reference.comuni import NameResolver, lombardia, normalize_name
from crawler.reference.health import find_asst, find_ats

EXTRACTOR = "ambiti-extract"
VERSION = "0.1.0"

log = logging.getLogger(__name__)

_ABBREV = r"(?<!\bS)(?<!\bs)(?<!\bdr)(?<!\bdott)(?<!\bn)(?<!\bart)(?<!\bsig)(?<!\bp\.zza)(?<!\bV)"
SENTENCE_SPLIT = re.compile(_ABBREV + r"(?<=[.!?;])\s+(?=[A-ZÀ-Ý\"“(«])")

AMBITO_NAME = re.compile(
    r"\b(?P<kind>ambito|distretto)"
    r"(?P<qual>(?:\s+(?:territoriale|distrettuale|sociale|socio[- ]?sanitario|sociosanitario|"
    r"sanitario|di\s+zona))*)"
    r"(?:\s+(?:n\.?\s*|nr\.?\s*)?(?P<num>\d{1,2})\b)?"
    r"(?P<sep>\s*[-–:]\s*|\s+(?:di|del|della|dell['’]|de)\s*|\s+)?",
    re.I,
)
MEMBER_TRIGGER = re.compile(
    r"(?:\bcomuni\b[^.:;]{0,90}?\b(?:sono|erano)\b\s*:?"
    r"|aderiscono(?:\s+all?['’]\w+)?\s+(?:i\s+)?comuni\s+di"
    r"|fanno\s+parte[^.]{0,70}?\bcomuni\s+di"
    r"|(?:composto|costituito|formato|compost[oa])\s+dai\s+comuni\s+di"
    r"|comprende\s+i\s+comuni\s+di"
    r"|\bcomuni\s+(?:aderenti|associati|membri|dell['’]ambito|del\s+distretto|sottoscrittori)"
    r"(?:\s+(?:sono|all['’]accordo))?\s*:"
    r"|\bcomuni\s+di\s*:"
    r"|sottoscritt[oa]\s+dai\s+comuni\s+di"
    r"|tra\s+i\s+comuni\s+di)",
    re.I,
)
LIST_CONTEXT = re.compile(r"comun[ei]|ambito|distretto|composizione|aderent|territorio", re.I)
OFFICE_WORDS = re.compile(r"ufficio\s+(?:di\s+)?piano|piano\s+di\s+zona|ufficio\s+piano", re.I)
PAGE_DATE = re.compile(
    r"(?:ultimo\s+aggiornamento|ultima\s+modifica|pagina\s+aggiornata|aggiornat[oa]\s+(?:il|al)|"
    r"data\s+di\s+aggiornamento|ultima\s+revisione)",
    re.I,
)
RESPONSIBLE_PROSE = re.compile(
    r"\b(?:responsabile|coordinat[oa]r[ea]|referente)\b(?:\s+(?:dell['’]|del|della)\s*"
    r"(?:ufficio\s+(?:di\s+)?piano|servizio|ufficio))?\s*(?:è\s+)?(?:la\s+|il\s+)?[:\s]*"
    r"(?P<name>(?:dott\.?ssa|dr\.?ssa|dott\.|dr\.|sig\.?ra|sig\.|avv\.)?\s*[A-ZÀ-Ý][^\n,;(]{2,40})",
)
COORDINATED_BY = re.compile(
    r"coordinat[oa]\s+(?:dal(?:la)?|da)\s+(?:responsabile\s+)?(?P<name>[^,;(\n]{3,50})", re.I
)
AREA_LINE = re.compile(r"^(?:•\s*)?([A-L])[.)]\s+\S")
PARTNERS = re.compile(
    r"\bambiti(?:\s+(?:territoriali|distrettuali|sociali))?\s+di\s+(?P<list>[^.;:]{3,200})", re.I
)


@dataclass
class _Block:
    istat: str
    start: int
    lines: list[str]


def extract(body: bytes, url: str, content_type: str | None = None) -> PageFacts:
    """Facts of one page. Never raises on bad input: an unreadable page gives a reason."""
    try:
        doc = load(body, url, content_type)
    except UnreadablePage as exc:
        log.info("skipped %s: %s", url, exc)
        return PageFacts(url=url, skipped_reason=str(exc))
    return extract_document(doc)


def extract_document(doc: Document, resolver: NameResolver | None = None) -> PageFacts:
    resolver = resolver or lombardia()
    facts = PageFacts(url=doc.url)
    facts.page_updated_on = page_date(doc.lines)
    sentences = split_sentences(doc.lines)
    blocks = comune_blocks(doc.lines, resolver)
    for block in blocks:
        contacts = ct.parse_block(block.lines)
        if not contacts.is_empty():
            facts.comuni.append(ComuneFacts(block.istat, contacts, {"contacts": block.lines[0]}))
    name, key_place, name_evidence = ambito_name(doc, resolver)
    if name is None:
        if not facts.comuni:
            facts.skipped_reason = "no ambito named on the page"
        return facts
    ambito = AmbitoFacts(name=name)
    ambito.evidence["name"] = name_evidence
    members, unresolved, member_evidence, stated_count = find_members(
        doc.lines, sentences, blocks, resolver
    )
    facts.unresolved_names.extend(unresolved)
    office_lines = office_scope(doc, blocks)
    office = office_contacts(office_lines, resolver)
    capofila, basis, cap_evidence = find_capofila(sentences, resolver, key_place, office, facts)
    if capofila and capofila not in members and members:
        members.insert(0, capofila)
    if capofila and not members:
        members = [capofila]
    ambito.members = members
    if member_evidence:
        ambito.evidence["members"] = member_evidence
    if stated_count and members and stated_count != len(members):
        ambito.notes.append(
            f"the page speaks of {stated_count} comuni but lists {len(members)}"
        )
    ambito.capofila, ambito.capofila_basis = capofila, basis
    if cap_evidence:
        ambito.evidence["capofila"] = cap_evidence
    plans, plan_evidence = plans_in(sentences)
    ambito.plans = plans
    ambito.evidence.update(plan_evidence)
    text = "\n".join(doc.lines)
    ats, asst = find_ats(text), find_asst(text)
    if ats:
        ambito.ats, ambito.evidence["ats"] = ats
    if asst:
        ambito.asst, ambito.evidence["asst"] = asst
    ambito.intervention_areas = intervention_areas(doc.lines)
    ambito.partner_ambiti = partner_ambiti(sentences, resolver, key_place)
    if not office.is_empty():
        ambito.ufficio_di_piano = office
        ambito.evidence["ufficio_di_piano"] = " / ".join(office_lines[:6])[:300]
    if members or capofila or plans or not office.is_empty():
        facts.ambiti.append(ambito)
    elif not facts.comuni:
        facts.skipped_reason = "an ambito is named but the page states no fact about it"
    return facts


def split_sentences(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.extend(s.strip() for s in SENTENCE_SPLIT.split(line) if s.strip())
    return out


def page_date(lines: list[str]) -> str | None:
    for line in reversed(lines):
        m = PAGE_DATE.search(line)
        if m:
            dates = [iso for pos, iso in find_dates(line) if pos >= m.start()]
            if dates:
                return dates[0]
    return None


def ambito_name(doc: Document, resolver: NameResolver) -> tuple[str | None, str | None, str]:
    """The page's own ambito: its name as written, the ISTAT code of its place, the evidence.

    Plural "Ambiti di X, Y" are partners, "Distretto sanitario" alone is the health district:
    neither names the page's ambito.
    """
    candidates: list[tuple[int, str, str | None, str]] = []
    sources = [*doc.breadcrumb[-1:], doc.title, *doc.lines]
    for rank, line in enumerate(sources):
        for m in AMBITO_NAME.finditer(line):
            qual = m.group("qual") or ""
            if re.search(r"sanitario", qual, re.I) and not re.search(r"socio", qual, re.I):
                continue
            rest = line[m.end() :]
            place = _place_at_start(rest, resolver) if m.group("sep") is not None else None
            num = m.group("num")
            if not place and not num:
                continue
            if place:
                code, matched = place
                name = (line[m.start() : m.end()] + matched).strip()
            else:
                code, name = None, line[m.start() : m.end()].strip(" -–:")
            candidates.append((rank, name, code, line[:300]))
    if not candidates:
        return None, None, ""
    with_place = [c for c in candidates if c[2]]
    pool = with_place or candidates
    counts: dict[str | None, int] = {}
    for c in pool:
        counts[c[2]] = counts.get(c[2], 0) + 1
    best_code = max(counts, key=lambda k: (counts[k], -min(c[0] for c in pool if c[2] == k)))
    chosen = [c for c in pool if c[2] == best_code]
    titled = [c for c in chosen if c[0] <= 1]
    rank, name, code, evidence = (titled or chosen)[0]
    # a page that calls it "Ambito 3 - Pioltello" in its title keeps that full name
    return _tidy_name(name), code, evidence


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" -–:,.")
    return name[0].upper() + name[1:]


def _place_at_start(text: str, resolver: NameResolver) -> tuple[str, str] | None:
    """A comune named at the very start of text (after "di"): its code and the words used."""
    words = text.split()[:5]
    for n in range(min(5, len(words)), 0, -1):
        chunk = " ".join(words[:n]).strip(",.;:)(\"'’")
        res = resolver.resolve(chunk)
        if res and res.method != "fuzzy":
            return res.istat, chunk
    return None


def comune_blocks(lines: list[str], resolver: NameResolver) -> list[_Block]:
    """"Comune di X" headings followed by contact lines: one block per comune."""
    starts: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        m = re.match(r"^(?:•\s*)?comune\s+di\s+(.{2,40})$", line, re.I)
        if not m:
            continue
        res = resolver.resolve(m.group(1))
        if res and res.method != "fuzzy":
            starts.append((i, res.istat))
    blocks = []
    for n, (i, code) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = []
        for line in lines[i + 1 : min(end, i + 9)]:
            if ct.LABEL_RE.match(line.lstrip("• ")) or ct.EMAIL_RE.search(line):
                body.append(line)
            elif body and OFFICE_WORDS.search(line):
                break
        if body:
            blocks.append(_Block(code, i, [lines[i], *body]))
    return blocks


def _resolve_chunks(text: str, resolver: NameResolver) -> tuple[list[str], list[str]]:
    """An enumeration "A, B, C e D" to ISTAT codes; names that look like comuni but aren't."""
    text = re.split(r"[.;:](?:\s|$)|\(", text)[0]
    chunks = re.split(r",|\s+e\s+|\s+ed\s+|\s*/\s*|\s+-\s+", text)
    codes: list[str] = []
    unresolved: list[str] = []
    for chunk in chunks:
        chunk = re.sub(r"^(?:\s*(?:e|ed|il|i|del|dei)\s+)?(?:comune\s+di\s+)?", "", chunk.strip(), flags=re.I)
        chunk = chunk.strip(" \"'’“”")
        if not chunk:
            continue
        res = resolver.resolve(chunk)
        if res:
            if res.istat not in codes:
                codes.append(res.istat)
        elif len(chunk.split()) <= 4 and chunk[:1].isupper():
            unresolved.append(chunk)
        else:
            break  # the enumeration has ended
    return codes, unresolved


def find_members(
    lines: list[str], sentences: list[str], blocks: list[_Block], resolver: NameResolver
) -> tuple[list[str], list[str], str, int | None]:
    """Members from prose, lists/tables and contact blocks (all that the page lists)."""
    members: list[str] = []
    unresolved: list[str] = []
    evidence = ""
    stated: int | None = None
    for sentence in sentences:
        m = MEMBER_TRIGGER.search(sentence)
        if not m:
            continue
        codes, bad = _resolve_chunks(sentence[m.end() :], resolver)
        if len(codes) >= 2:
            members.extend(c for c in codes if c not in members)
            unresolved.extend(bad)
            evidence = evidence or sentence[:300]
            stated = stated or count_before(sentence[: m.end()])
    run_codes, run_evidence, run_count = _list_runs(lines, resolver)
    members.extend(c for c in run_codes if c not in members)
    evidence = evidence or run_evidence
    stated = stated or run_count
    for block in blocks:
        if block.istat not in members:
            members.append(block.istat)
            evidence = evidence or block.lines[0]
    return members, unresolved, evidence, stated


def _list_runs(lines: list[str], resolver: NameResolver) -> tuple[list[str], str, int | None]:
    """Runs of list items or table rows that are comune names, introduced by words about comuni."""
    found: list[str] = []
    evidence = ""
    stated = None
    i = 0
    while i < len(lines):
        run: list[str] = []
        j = i
        while j < len(lines):
            code = _line_comune(lines[j], resolver)
            if not code:
                break
            run.append(code)
            j += 1
        if len(run) >= 2:
            intro = " ".join(lines[max(0, i - 3) : i])
            if LIST_CONTEXT.search(intro):
                found.extend(c for c in run if c not in found)
                evidence = evidence or intro[-200:]
                stated = stated or count_before(intro)
        i = max(j, i + 1)
    return found, evidence, stated


def _line_comune(line: str, resolver: NameResolver) -> str | None:
    text = line.lstrip("• ").strip()
    if not text or len(text) > 120:
        return None
    first = text.split(" | ")[0]
    first = re.sub(r"^(?:comune\s+di\s+)", "", first, flags=re.I).strip(" .;,")
    first = re.sub(r"\s*\((?:[A-Z]{2}|capofila|ente capofila)\)\s*$", "", first, flags=re.I)
    first = re.sub(r"\s*[-–]\s*(?:capofila|ente capofila)$", "", first, flags=re.I)
    res = resolver.resolve(first)
    return res.istat if res else None


def office_scope(doc: Document, blocks: list[_Block]) -> list[str]:
    """The lines that speak of the Ufficio di Piano (the whole page when it is the office's)."""
    in_block = set()
    for block in blocks:
        in_block.update(range(block.start, block.start + len(block.lines)))
    page_is_office = bool(OFFICE_WORDS.search(" ".join([doc.title, *doc.breadcrumb[-1:]])))
    out: list[str] = []
    in_section = False
    for i, line in enumerate(doc.lines):
        if i in in_block:
            in_section = False
            continue
        heading = len(line) <= 70 and not ct.LABEL_RE.match(line.lstrip("• "))
        if heading and OFFICE_WORDS.search(line):
            in_section = True
        if page_is_office or in_section or (OFFICE_WORDS.search(line) and ct.LABEL_RE.match(line)) or OFFICE_WORDS.search(line) and re.search(r"\bsede\b|\btel|responsabile", line, re.I):
            out.append(line)
    return out


def office_contacts(lines: list[str], resolver: NameResolver) -> Contacts:
    office = Contacts()
    for line in lines:
        text = line.lstrip("• ")
        label = ct.LABEL_RE.match(text)
        if label and label.group("label").lower().startswith(("responsabile", "coordinat", "referente")):
            office.responsible = office.responsible or person_name(label.group("value"))
            continue
        ct.parse_line(line, office)
        if not label and (office.address is None or office.address.street is None):
            street = ct.street_in(text) if re.search(r"\bsede\b|,\s*\d{5}\b", text, re.I) else None
            if street:
                office.address = office.address or Address()
                office.address.street = street
                cap = ct.CAP_RE.search(text)
                office.address.postal_code = office.address.postal_code or (cap.group(1) if cap else None)
                where = [c for c, _ in resolver.mentions(text[text.lower().find(street.lower()[:6]) :])]
                office.address.municipality = where[0] if where else None
        if office.responsible is None:
            office.responsible = _responsible_in_prose(text)
    if office.address and office.address.municipality is None and office.address.street:
        for line in lines:
            if office.address.street.lower()[:10] in line.lower():
                where = [c for c, _ in resolver.mentions(line)]
                office.address.municipality = where[-1] if where else None
    return office


def _responsible_in_prose(text: str) -> str | None:
    for pattern in (COORDINATED_BY, RESPONSIBLE_PROSE):
        m = pattern.search(text)
        if m:
            name = person_name(m.group("name"))
            if name:
                return name
    return None


def find_capofila(
    sentences: list[str],
    resolver: NameResolver,
    place: str | None,
    office: Contacts,
    facts: PageFacts,
) -> tuple[str | None, str | None, str]:
    """The capofila as stated ("X è l'ente capofila", "Comune capofila: X"), or implied.

    Implied only when the ambito is named after a comune AND its Ufficio di Piano sits in that
    comune (or at that comune's own address on the page). A meeting held somewhere is no evidence.
    """
    for sentence in sentences:
        if not re.search(r"capofila", sentence, re.I):
            continue
        code = _stated_capofila(sentence, resolver)
        if code:
            return code, "stated", sentence[:300]
    if place and office.address:
        if office.address.municipality == place:
            return place, "implied", "Ufficio di Piano in the comune the ambito is named after"
        town_hall = next((c for c in facts.comuni if c.istat == place), None)
        if town_hall and town_hall.contacts.address and office.address.street:
            a = normalize_name(town_hall.contacts.address.street or "")
            b = normalize_name(office.address.street)
            if a and b and (set(b.split()) <= set(a.split()) or set(a.split()) <= set(b.split())):
                return place, "implied", "Ufficio di Piano at the town hall of " + place
    return None, None, ""


def _stated_capofila(sentence: str, resolver: NameResolver) -> str | None:
    patterns = [
        r"capofila\s*(?:è|e'|:|-|–|\s)\s*(?:il\s+)?(?:comune\s+di\s+)?(?P<n>[A-ZÀ-Ý][\w'’ -]{2,40})",
        r"(?:comune\s+di\s+)?(?P<n>[A-ZÀ-Ý][\w'’ -]{2,40}?)\s*(?:\(|,|-|–)?\s*(?:è|e')?\s*"
        r"(?:l['’]\s*|il\s+)?(?:ente|comune)\s+capofila",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, sentence, re.I):
            words = m.group("n").split()
            for n in range(len(words), 0, -1):
                for chunk in (" ".join(words[:n]), " ".join(words[-n:])):
                    res = resolver.resolve(chunk.strip(" ,.;:()"))
                    if res and res.method != "fuzzy":
                        return res.istat
    return None


def intervention_areas(lines: list[str]) -> list[str]:
    """The DGR's lettered areas: a run of lines "A. ...", "B. ...", ... in order."""
    best: list[str] = []
    run: list[str] = []
    for line in lines:
        m = AREA_LINE.match(line)
        letter = m.group(1) if m else None
        expected = chr(ord(run[-1]) + 1) if run else "A"
        if letter == expected:
            run.append(letter)
        else:
            run = ["A"] if letter == "A" else []
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 3 else []


def partner_ambiti(sentences: list[str], resolver: NameResolver, own: str | None) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        for m in PARTNERS.finditer(sentence):
            codes, _ = _resolve_chunks(m.group("list"), resolver)
            for code in codes:
                name = resolver.name_of(code)
                if code != own and name not in out:
                    out.append(name)
    return out
