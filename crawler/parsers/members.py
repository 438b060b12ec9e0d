"""The comuni a page lists as an ambito's members, wherever it lists them.

Three forms cover what pages do: an enumeration in prose after words about comuni ("Vi aderiscono i
Comuni di A, B e C", "riunisce diciotto comuni ...: A, B, ..."), a run of list items, table rows or
lines that are each a comune name (after a line about comuni), and blocks of contacts headed
"Comune di X". A name that reads like a comune but is none (a merged comune, a hamlet) is kept
apart as unresolved, never guessed; an enumeration ends where the words stop being names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.parsers import contacts as ct
from crawler.parsers.italian import HYPOTHETICAL, NOT_NAME_WORDS, count_before
from crawler.records import Contacts
from crawler.reference.comuni import NameResolver, Resolution

MEMBER_TRIGGER = re.compile(
    r"(?:\bcomuni\b[^.:;]{0,90}?\b(?:sono|erano)\b\s*:?"
    r"|\bcomuni\b[^:;]{0,120}?(?::|\s[-–](?=\s))"
    r"|\bcomuni\b[^:;()]{0,80}?(?=\()"
    r"|\b(?:comprende|include|riunisce|raggruppa|raccoglie|sottoscrivono|firmano|aderiscono|partecipano|"
    r"appartengono|compongono|fanno\s+parte)\s+(?:(?:i|gli)\s+)?(?:\w+\s+)?(?:comuni\s+(?:di\s+)?)?(?=(?-i:[A-ZÀ-Ý:]))"
    r"|aderiscono(?:\s+all?['’]\w+)?\s+(?:i\s+)?comuni(?:\s+di)?"
    r"|fanno\s+parte[^.]{0,70}?\bcomuni(?:\s+di)?"
    r"|(?:composto|costituito|formato|compost[oa])\s+(?:dai|tra\s+i)\s+comuni(?:\s+di)?"
    r"|(?:comprende|include|riunisce|raggruppa|raccoglie|associa|coinvolge)\s+i\s+comuni(?:\s+di)?"
    r"|\bcomuni\s+(?:aderenti|associati|membri|dell['’]ambito|del\s+distretto|sottoscrittori|firmatari)"
    r"(?:\s+(?:sono|all['’]accordo))?\s*:"
    r"|\bcomuni\s+di\s*:?"
    r"|sottoscritt[oa]\s+dai\s+comuni(?:\s+di)?"
    r"|tra\s+i\s+comuni(?:\s+di)?"
    r"|\b(?:ambito|distretto)\b[^.:;|]{0,60}?(?::|\s\|\s))",  # "Ambito di Rho: Arese, ..." / "Ambito X | A, B"
    re.I,
)
# words that make an enumeration of comuni in a sentence a statement of membership
MEMBERSHIP = re.compile(
    r"ambit[oi]|distrett|piano\s+di\s+zona|accordo|assemblea\s+dei\s+sindaci|aderisc|aderent|fa(?:nno)?\s+parte|"
    r"sottoscri|firm|compon|compost|costituit|associat|membri|riunisce|comprende|raggruppa|rappresentant",
    re.I,
)
# "Rho, Pero e Arese aderiscono all'Ambito": the enumeration comes before the verb
MEMBERS_BEFORE = re.compile(
    r"\s+(?:aderiscono|fanno\s+parte|costituiscono|compongono|formano|appartengono)\s+"
    r"(?:(?:a|de)ll['’]\s*|(?:a|de)l\s+|l['’]\s*|il\s+)?(?:ambito|distretto)\b",
    re.I,
)
# "Il Comune di Cusago fa parte dell'Ambito territoriale di Corsico": one comune's own membership
SINGLE_MEMBER = re.compile(
    r"(?:\bcomune\s+di\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,40}?)\s+(?:fa\s+parte|aderisce|appartiene)\s+"
    r"(?:(?:a|de)ll['’]\s*|(?:a|de)l\s+)(?:ambito|distretto)\b",
    re.I,
)
LIST_CONTEXT = re.compile(r"comun[ei]|ambito|distretto|composizione|aderent|membri", re.I)
_SEPARATORS = re.compile(r"(,|\s+e\s+|\s+ed\s+|\s*;\s*|\s+[-–]\s+|\s*/\s*|\s*[•·]\s*)")
_END = re.compile(r"(?<!\b[A-Za-z])[.:](?:\s|$)|\(|\)|«|»|\"|“|”|\s[–-]\s(?=[a-z])")
BLOCK_HEAD = re.compile(r"^(?:•\s*)?(?:comune|città|municipio)\s+di\s+(.{2,40})$", re.I)
_PROVINCES = "BG|BS|CO|CR|LC|LO|MN|MI|MB|PV|SO|VA"  # Lombardy's provinces, as pages write them after a name
_PROVINCE = re.compile(rf"\s*\((?:{_PROVINCES}|capofila|ente\s+capofila|comune\s+capofila)\)", re.I)
_CAPOFILA_MARK = re.compile(r"\(?\s*(?:ente\s+|comune\s+)?capofila\s*\)?", re.I)
_ITEM_PREFIX = re.compile(r"^(?:•\s*|\d{1,3}\s*[.)]\s*|\d{1,3}\s*\|\s*|[-–*]\s+)")
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]*|di|de|de['’]|del|della|dello|dei|degli|delle|dell['’]\w*|d['’]\w+|con|sul|"
    r"sull['’]\w*|su|al|in|e|ed|sopra|sotto|san|sant['’]\w+)$"
)


@dataclass
class MemberGroup:
    line: int  # first line of the list (or the sentence's line)
    end: int  # last line
    codes: list[str]
    unresolved: list[str] = field(default_factory=list)
    evidence: str = ""
    count: int | None = None  # the number of comuni the page states next to the list
    capofila: str | None = None  # an item marked "(capofila)"
    contacts: dict[str, Contacts] = field(default_factory=dict)  # websites/phones in table rows
    kind: str = "list"  # "list" (lines of their own) | "prose" (an enumeration in a sentence)
    fuzzy: list[tuple[str, str]] = field(default_factory=list)  # (as written, ISTAT) read despite a typo


def looks_like_name(text: str) -> bool:
    """One to four capitalised words (with the particles of Italian place names): a place name."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 45 or re.search(r"\d|@", text) or not text[:1].isupper():
        return False
    if any(w.lower().strip("'’.") in NOT_NAME_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


def _clean_chunk(chunk: str) -> str:
    chunk = re.sub(r"^\s*(?:e|ed|il|i|del|dei|e\s+i)\s+", "", chunk.strip(), flags=re.I)
    chunk = re.sub(r"^(?:comuni?\s+di\s+)", "", chunk, flags=re.I)
    return chunk.strip(" \"'’“”«»")


@dataclass
class Enumeration:
    codes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    capofila: str | None = None
    fuzzy: list[tuple[str, str]] = field(default_factory=list)


def enumeration(text: str, resolver: NameResolver) -> Enumeration:
    """An enumeration "A, B, C e D": ISTAT codes, names that look like comuni but aren't, a "(capofila)" item."""
    out = Enumeration()
    marked = re.search(r"\((?:ente\s+|comune\s+)?capofila\)", text, re.I)
    if marked:
        res = resolver.resolve(_clean_chunk(_SEPARATORS.split(text[max(0, marked.start() - 60) : marked.start()])[-1]))
        out.capofila = res.istat if res else None
    text = _PROVINCE.sub("", text).lstrip(" :–-")
    if text.startswith("("):  # "i sei Comuni dell'Ambito (A, B, C, D, E e F)"
        text = text[1:]
    end = _END.search(text)
    text = text[: end.start()] if end else text
    parts = _SEPARATORS.split(text)
    chunks, seps = parts[0::2], parts[1::2]
    i = 0
    while i < len(chunks):
        res, used = _longest_name(chunks, seps, i, resolver)
        name = _clean_chunk(chunks[i])
        if res:
            if res.istat not in out.codes:
                out.codes.append(res.istat)
                if res.method == "fuzzy":
                    out.fuzzy.append((name, res.istat))
            i += used
            continue
        if not name:
            i += 1
            continue
        if looks_like_name(name):
            out.unresolved.append(name)
            i += 1
            continue
        break  # the enumeration has ended
    return out


def _longest_name(chunks: list[str], seps: list[str], i: int, resolver: NameResolver) -> tuple[Resolution | None, int]:
    """Names with "e"/"ed" inside ("Grandola ed Uniti") span chunks: try the longest first."""
    for n in (3, 2):
        if i + n <= len(chunks):
            joined = chunks[i] + "".join(seps[i + k] + chunks[i + k + 1] for k in range(n - 1))
            res = resolver.resolve(_clean_chunk(joined), fuzzy=False)
            if res and res.method != "fuzzy":
                return res, n
    name = _clean_chunk(chunks[i])
    if not name or len(name.split()) > 5:
        return None, 1
    res = resolver.resolve(name)
    if res and res.method == "fuzzy" and not (looks_like_name(name) or name.isupper()):
        return None, 1
    return res, 1


def prose_groups(sentences: list[tuple[int, str]], resolver: NameResolver) -> list[MemberGroup]:
    """Enumerations after words about comuni, in (line index, sentence) pairs. A sentence that
    ends with its trigger ("opera per i seguenti Comuni:") is continued by the next line."""
    out: list[MemberGroup] = []
    for n, (line, sentence) in enumerate(sentences):
        if HYPOTHETICAL.search(sentence):
            continue
        if not MEMBERSHIP.search(sentence):
            continue
        before = MEMBERS_BEFORE.search(sentence)
        if before:
            found = _enumeration_before(sentence[max(0, before.start() - 600) : before.start()], resolver)
            if len(found.codes) >= 2:
                out.append(
                    MemberGroup(
                        line,
                        line,
                        found.codes,
                        found.unresolved,
                        sentence[:300],
                        count_before(sentence),
                        found.capofila,
                        kind="prose",
                        fuzzy=found.fuzzy,
                    )
                )
                continue
        single = _single_member(sentence, resolver)
        if single:
            out.append(MemberGroup(line, line, [single], evidence=sentence[:300], kind="prose"))
            continue
        for m in MEMBER_TRIGGER.finditer(sentence):
            rest = sentence[m.end() : m.end() + 1500]
            if not rest.strip(" :") and n + 1 < len(sentences) and sentences[n + 1][0] == line + 1:
                rest = sentences[n + 1][1]
            found = enumeration(rest, resolver)
            if len(found.codes) >= 2 and len(found.codes) > len(found.unresolved):
                count = count_before(sentence[: m.end()]) or count_before(sentence)
                out.append(
                    MemberGroup(
                        line,
                        line,
                        found.codes,
                        found.unresolved,
                        sentence[:300],
                        count,
                        found.capofila,
                        kind="prose",
                        fuzzy=found.fuzzy,
                    )
                )
                break
    return out


_LIST_HEAD = re.compile(r"(?:\bi\s+)?\bcomun[ei]\s+di\s+|\bi\s+comuni\s+", re.I)


def _enumeration_before(text: str, resolver: NameResolver) -> Enumeration:
    """The enumeration that ends a text ("Dal 2019 Rho, Pero e Arese"), read backwards from its end:
    whole chunks while they are names, then the longest tail of words of the first chunk that is one."""
    parts = _SEPARATORS.split(_PROVINCE.sub("", text))
    chunks = parts[0::2]
    start, head = len(chunks), ""
    while start > 0:
        chunk = _LIST_HEAD.split(chunks[start - 1])[-1]
        name = _clean_chunk(chunk)
        if name and (resolver.resolve(name, fuzzy=False) or looks_like_name(name)):
            start, head = start - 1, chunk
            continue
        words = chunk.split()
        tail = next(
            (
                " ".join(words[-k:])
                for k in range(min(4, len(words)), 0, -1)
                if resolver.resolve(" ".join(words[-k:]), fuzzy=False)
            ),
            "",
        )
        if tail and start < len(chunks):
            start, head = start - 1, tail
        break
    if start == len(chunks):
        return Enumeration()
    return enumeration(head + "".join(parts[2 * start + 1 :]), resolver)


def _single_member(sentence: str, resolver: NameResolver) -> str | None:
    m = SINGLE_MEMBER.search(sentence)
    if not m:
        return None
    words = m.group("name").split()
    for k in range(min(5, len(words)), 0, -1):  # the comune's name ends where the verb begins
        res = resolver.resolve(" ".join(words[-k:]), fuzzy=False)
        if res:
            return res.istat
    return None


@dataclass
class _Item:
    """One line read as a list item or table row."""

    res: Resolution | None  # the comune it names
    name: str  # the name cell as written
    capofila: bool  # marked "(capofila)"
    cells: list[str]  # all cells of the row
    at: int  # index of the name cell
    more: list[Resolution] = field(default_factory=list)  # further name cells ("A | B | C" grids)


_CAPOFILA_CELL = re.compile(r"^(?:ente\s+|comune\s+)?capofila$", re.I)


def _name_cell(cell: str) -> tuple[str, bool]:
    capofila = bool(_CAPOFILA_MARK.search(cell))
    name = _PROVINCE.sub("", cell)
    name = re.sub(r"\s*[-–]\s*(?:ente\s+|comune\s+)?capofila$", "", name, flags=re.I)
    name = re.sub(r"^(?:comune\s+di\s+)", "", name, flags=re.I)
    name = re.split(r"\s[-–]\s", name)[0]  # "Comune di Brunello - il Sindaco o suo delegato"
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Cusago (dal 1° marzo 2025)"
    name = re.sub(rf"\s+\(?(?:{_PROVINCES})\)?$", "", name).strip(" .;,:")
    return name, capofila


def _item(line: str, resolver: NameResolver) -> _Item:
    text = _ITEM_PREFIX.sub("", line.strip())
    cells = [c.strip() for c in text.split(" | ")]
    at = 0
    while at < len(cells) and re.fullmatch(r"\d{1,3}[.)]?", cells[at]):
        at += 1
    if at >= len(cells) or len(cells[at]) > 60:
        return _Item(None, "", False, cells, at)
    name, capofila = _name_cell(cells[at])
    if not name or not (looks_like_name(name) or name.isupper()):
        return _Item(None, name, capofila, cells, at)
    capofila = capofila or any(_CAPOFILA_CELL.match(c) for c in cells[at + 1 :])  # "Rho | capofila"
    item = _Item(resolver.resolve(name), name, capofila, cells, at)
    if item.res and len(cells) > at + 1:
        others = [resolver.resolve(_name_cell(c)[0], fuzzy=False) for c in cells[at + 1 :]]
        if all(others):
            item.more = [r for r in others if r]
    return item


def list_groups(lines: list[str], levels: list[int], groups: list[int], resolver: NameResolver) -> list[MemberGroup]:
    """Runs of lines that are each a comune (or a line that is only an enumeration of comuni),
    introduced by words about comuni."""
    items = [_item(line, resolver) for line in lines]
    out: list[MemberGroup] = []
    i = 0
    while i < len(lines):
        intro = _intro(lines, levels, i)
        if not items[i].res:
            whole = _enumeration_line(lines[i], levels[i], intro, resolver)
            if whole:
                out.append(
                    MemberGroup(
                        i,
                        i,
                        whole.codes,
                        whole.unresolved,
                        intro[-300:],
                        count_before(intro),
                        whole.capofila,
                        fuzzy=whole.fuzzy,
                    )
                )
            i += 1
            continue
        run = _run(items, levels, groups, i)
        codes = [r.istat for k in run for r in ([items[k].res] if items[k].res else []) + items[k].more]
        if len(set(codes)) >= 2 and LIST_CONTEXT.search(intro):
            out.append(_group(items, run, codes, intro, _header(lines, levels, groups, i)))
        i = run[-1] + 1
    return out


def _run(items: list[_Item], levels: list[int], groups: list[int], i: int) -> list[int]:
    """The lines of the list starting at i: comuni, and names that are none inside or closing it."""
    run, pending, j = [i], [], i + 1
    while j < len(items):
        if items[j].res:
            run.extend([*pending, j])
            pending = []
        elif looks_like_name(items[j].name) and groups[j] == groups[j - 1] and not 0 < levels[j] < 7:
            pending.append(j)
        elif not (
            j + 1 < len(items) and items[j + 1].res and groups[j - 1] == groups[j] == groups[j + 1] and not levels[j]
        ):
            break  # one odd line inside a list ("Cusago, dal 2025") does not end it; anything else does
        j += 1
    if pending and (j >= len(items) or groups[j] != groups[pending[-1]]):
        run.extend(pending)  # unresolved names that close the list itself
    return run


def _group(items: list[_Item], run: list[int], codes: list[str], intro: str, header: list[str]) -> MemberGroup:
    group = MemberGroup(run[0], run[-1], list(dict.fromkeys(codes)), evidence=intro[-300:], count=count_before(intro))
    group.unresolved = [items[k].name for k in run if not items[k].res]
    group.fuzzy = [(items[k].name, r.istat) for k in run if (r := items[k].res) and r.method == "fuzzy"]
    for k in run:
        item = items[k]
        if not item.res:
            continue
        if item.capofila:
            group.capofila = group.capofila or item.res.istat
        if not item.more and len(item.cells) > item.at + 1:
            found = row_contacts(item.cells, item.at, header)
            if not found.is_empty():
                group.contacts[item.res.istat] = found
    return group


def row_contacts(cells: list[str], at: int, header: list[str]) -> Contacts:
    """A comune's contacts in the other cells of its row, each read under its column's header."""
    found = Contacts()
    names = header if len(header) == len(cells) else [""] * len(cells)
    for k, cell in enumerate(cells):
        if k == at:
            continue
        labelled = f"{names[k]}: {cell}" if names[k] and ct.BARE_LABEL.match(names[k]) else cell
        ct.parse_line(labelled, found, bare_numbers=True)
        if not (found.address and found.address.street):
            address = ct.address_in(cell) if ct.STREET_RE.search(cell) else None
            if address:
                found.address = address
        url = ct.URL_RE.search(cell)
        if url and not found.website:
            found.website = ct.as_url(url.group(0))
    return found


def _header(lines: list[str], levels: list[int], groups: list[int], start: int) -> list[str]:
    """The column headers of the table a row belongs to (its nearest header row above)."""
    for k in range(start - 1, max(-1, start - 4), -1):
        if groups[k] != groups[start]:
            break
        if levels[k] and " | " in lines[k]:
            return [c.strip() for c in lines[k].split(" | ")]
    return []


def _enumeration_line(line: str, level: int, intro: str, resolver: NameResolver) -> Enumeration | None:
    """A line that is nothing but "A, B, C e D", under a heading or line about comuni."""
    if level or len(line) > 1500 or not LIST_CONTEXT.search(intro) or not re.search(r",|\s[-–]\s|;", line):
        return None
    found = enumeration(line, resolver)
    chunks = [c for c in _SEPARATORS.split(_PROVINCE.sub("", line).rstrip(" ."))[0::2] if c.strip()]
    if len(found.codes) >= 2 and len(found.codes) + len(found.unresolved) >= len(chunks):
        return found
    return None


def _intro(lines: list[str], levels: list[int], start: int) -> str:
    """The words before a list: up to three lines, stopping at a heading (kept)."""
    picked: list[str] = []
    for k in range(start - 1, max(-1, start - 4), -1):
        picked.insert(0, lines[k])
        if 0 < levels[k] < 7:
            break
    return " ".join(picked)


def comune_blocks(lines: list[str], levels: list[int], resolver: NameResolver) -> list[tuple[int, int, str, Contacts]]:
    """Contact blocks: "Comune di X" (or a heading that is a comune's name) followed by contact lines."""
    starts: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        m = BLOCK_HEAD.match(line)
        name = m.group(1) if m else (line if levels[i] and looks_like_name(line) else None)
        res = resolver.resolve(name, fuzzy=False) if name else None
        if res and res.method != "fuzzy":
            starts.append((i, res.istat))
    out = []
    for n, (i, code) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body: list[int] = []
        address: list[int] = []  # unlabelled lines of the town hall's address ("Piazza Libertà, 1" / "21013 X")
        for k in range(i + 1, min(end, i + 11)):
            text = lines[k].lstrip("• ")
            label = ct.LABEL_RE.match(text)
            if ct.OFFICE_WORDS.search(text) or 0 < levels[k] < 7:
                break
            if (
                (label and not label.group("label").lower().startswith(("responsabile", "coordinat", "referente")))
                or ct.EMAIL_RE.search(text)
                or ct.URL_RE.search(text)
            ):
                body.append(k)
            elif len(text) <= 100 and (ct.STREET_RE.match(text) or re.match(r"\d{5}\s+[A-ZÀ-Ý]", text)):
                address.append(k)
        if body or (address and BLOCK_HEAD.match(lines[i])):  # an address alone needs "Comune di X" above it
            found = ct.parse_block([lines[k] for k in body])
            if address and not (found.address and found.address.street):
                unlabelled = ct.address_in(" ".join(lines[k].lstrip("• ") for k in address))
                if unlabelled and unlabelled.street:
                    found.address = unlabelled
            if not found.is_empty():
                out.append((i, max(body + address), code, found))
    return out
