"""The page extractor: bytes + URL + content type in, `PageFacts` out.

It reads the page's main-content lines (document.py) and finds, with rules that name no particular
site: the ambito's name (names.py), its member comuni in prose, lists, tables and contact blocks
(members.py), the capofila stated or implied (capofila.py), the Ufficio di Piano's contacts and
responsible (office.py), plan periods with approvals and extensions (plans.py), the ATS/ASST,
intervention areas and partner ambiti.

A page may describe several ambiti (an ASST's "I Distretti" page): when member lists follow the
names of different ambiti, the page is cut into one section per ambito. Anything unreadable gives
empty facts with a `skipped_reason`; `extract` never raises.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field, replace

from crawler.parsers import capofila as cf
from crawler.parsers import capofila_in_turn as ct_turn
from crawler.parsers import contacts as ct
from crawler.parsers import dash_rows as dr
from crawler.parsers import english_dates as ed
from crawler.parsers import list_item_heads as li
from crawler.parsers import members as mb
from crawler.parsers import names as nm
from crawler.parsers import neighbour_ambito as na
from crawler.parsers import office as of
from crawler.parsers import other_region as orr
from crawler.parsers import role_anaphor as ra
from crawler.parsers import site_identity as si
from crawler.parsers import text_footer as tf
from crawler.parsers import unnamed_ambito as ua
from crawler.parsers.agreement_rows import register_header
from crawler.parsers.ambito_rows import gathered
from crawler.parsers.answers import answered
from crawler.parsers.cell_lines import rejoined
from crawler.parsers.chrome_lists import speak_for_the_page
from crawler.parsers.document import LABEL_LEVEL, Document, UnreadablePage, load
from crawler.parsers.italian import DATELINE, count_before, find_dates, parse_date, split_sentences
from crawler.parsers.item_lines import rejoined_items
from crawler.parsers.numbered_runs import followed
from crawler.parsers.other_ambiti import another_bodys_page
from crawler.parsers.own_comune import itself_a_member
from crawler.parsers.plans import own_clauses, periods_in, plan_units, plan_units_at, plans_in, session_date
from crawler.parsers.prechecks import may_match
from crawler.parsers.share_rows import only_in_share_rows, share_rows
from crawler.parsers.web_text import is_rendered_page
from crawler.records import AmbitoFacts, ComuneFacts, Contacts, PageFacts
from crawler.reference.comuni import NameResolver, lombardia, normalize_name
from crawler.reference.health import find_asst, find_ats

EXTRACTOR = "ambiti-extract"
# The version names the extractor in every claim's provenance (crawler/extraction/claims.py), and a page's cached
# result counts only for the version that made it (crawler/extraction/stage.py). What each version changed, rule by
# rule with its figures on the held-out sets: docs/members.md, a section a round, each naming its version.
VERSION = "0.4.89"

log = logging.getLogger(__name__)

PAGE_DATE = re.compile(
    r"(?:ultimo\s+aggiornamento|ultima\s+modifica|pagina\s+aggiornata|aggiornat[oa]\s+(?:il|al)\b|"
    r"data\s+(?:di\s+)?aggiornamento|ultima\s+revisione|modificat[oa]\s+il\b|last\s+updated?|"
    r"^\s*aggiornamento\s*:)",
    re.I,
)
_PAGE_DATE_WORDS = ("aggiorn", "modific", "revision", "last")  # one is in every branch of PAGE_DATE
AREA_LINE = re.compile(r"^(?:•\s*)?([A-L])[.)]\s+\S")
AREA_CONTEXT = re.compile(r"\baree\b|\barea\b|macro-?aree|ambiti\s+di\s+intervento", re.I)


@dataclass
class _Page:
    """One page's lines (labels paired with their values) and what is found once for all ambiti."""

    doc: Document
    lines: list[str]
    levels: list[int]
    groups: list[int]
    sentences: list[tuple[int, str]]
    mentions: list[nm.Mention]
    blocks: list[tuple[int, int, str, Contacts]]  # first line, last line, ISTAT, contacts
    member_groups: list[mb.MemberGroup]
    resolver: NameResolver
    own_site: bool = False  # the site is the ambito's or its office's (its <title> or its footer says so)
    another_body: bool = False  # an ATO's, a school network's, a hunting ATC's page: its "ambito" is no social ambito
    owner_footer: str = ""  # the footer block that names the site's ambito, its office's contacts
    card_lines: set[int] = field(default_factory=set)  # a text page's office card at its tail (`text_footer`)
    # table rows under an "Ambito" column (it names theirs): that column and the header's line
    column_rows: dict[int, tuple[int, int]] = field(default_factory=dict)
    owner: dict[int, str] = field(default_factory=dict)  # id of a member group -> key of the ambito it belongs to
    # on a page of several ambiti, read once: each plan unit, its context, its line and the ambiti it names
    plan_units: list[tuple[str, str, int, list[tuple[int, str]]]] | None = None


def extract(body: bytes, url: str, content_type: str | None = None) -> PageFacts:
    """Facts of one page. Never raises on bad input: an unreadable page gives a reason."""
    try:
        doc = load(body, url, content_type)
    except UnreadablePage as exc:
        log.info("skipped %s: %s", url, exc)
        return PageFacts(url=url, skipped_reason=str(exc))
    except Exception as exc:  # a parser library failing on hostile bytes: the page is unreadable
        log.warning("skipped %s: %s", url, exc)
        return PageFacts(url=url, skipped_reason=f"unreadable: {type(exc).__name__}")
    try:
        return extract_document(doc)
    except RecursionError:
        return PageFacts(url=url, skipped_reason="page too deeply nested")
    except Exception:  # a rule's bug must not stop a crawl; it is logged loudly and counted
        log.exception("extractor error on %s", url)
        return PageFacts(url=url, skipped_reason="extractor error")


def extract_document(doc: Document, resolver: NameResolver | None = None) -> PageFacts:
    resolver = resolver or lombardia()
    if doc.kind == "text":
        doc = rejoined(doc, resolver)  # a table flattened one cell a line, its rows joined back
        doc = rejoined_items(doc, resolver)  # a gallery or card list flattened, one item a line again
    facts = PageFacts(url=doc.url)
    facts.page_updated_on = page_date(doc.lines, doc.chrome) or doc.modified
    page = _read(doc, resolver)
    _comuni_contacts(page, facts)
    main = nm.main_key(page.mentions)
    if main is None and page.member_groups and not page.another_body:
        # "capofila dell'ambito", "i nove comuni del Rhodense ... l'Ambito, che riunisce": the ambito the page never
        # names, named after its capofila or its counted territory
        sentences = [s for _, s in page.sentences]
        unnamed = ua.named_after_capofila(page.member_groups, page.lines, sentences, resolver) or (
            ua.named_after_territory(page.member_groups, page.lines, sentences)
        )
        if unnamed:
            page.mentions.append(unnamed)
            main = unnamed.key
    if main is None:
        if not facts.comuni:
            facts.skipped_reason = "no ambito named on the page"
        return facts
    shares = share_rows(page.lines, page.mentions, {g.line for g in page.member_groups})  # sums per ambito
    for key, lo, hi in _sections(page, main):
        if only_in_share_rows(key, page.mentions, shares):
            continue
        ambito = _ambito(page, key, lo, hi, whole_page=(lo, hi) == (0, len(page.lines)), facts=facts)
        if not (ambito.members or ambito.capofila):
            _without_another_regions_facts(ambito)
        if (ambito.members or ambito.capofila or ambito.plans or ambito.ufficio_di_piano) and not _other_regions(
            page, ambito, lo, hi
        ):
            facts.ambiti.append(ambito)
    if not facts.ambiti and not facts.comuni:
        facts.skipped_reason = "an ambito is named but the page states no fact about it"
    return facts


def _without_another_regions_facts(ambito: AmbitoFacts) -> None:
    """An ambito the page gives no comune: its plans and office whose sentences name another region's district and
    not this ambito are that district's (a Piedmont paper's page naming a Lombard ambito across the Ticino)."""
    name = ambito.name or ""
    ev = ambito.evidence
    for plan in list(ambito.plans):
        period = f"{plan.start_year}-{plan.end_year}"
        said = [ev.get(f"plan:{period}", ""), ev.get(f"approved:{period}", "")]
        if any(orr.another_regions_fact(s, name) for s in said if s):
            ambito.plans.remove(plan)
            ev.pop(f"plan:{period}", None)
            ev.pop(f"approved:{period}", None)
    if ambito.ufficio_di_piano and orr.another_regions_fact(ev.get("ufficio_di_piano", ""), name):
        ambito.ufficio_di_piano = None
        ev.pop("ufficio_di_piano", None)


def _other_regions(page: _Page, ambito: AmbitoFacts, lo: int, hi: int) -> bool:
    """An ambito with no Lombard comune, member, capofila or in its name, whose lines name other regions' comuni:
    another region's district (other_region.py); "l'Ambito di Viadana" with Emilian partners is Lombard, unless the
    page's header presents it as another region's (then the Lombard ambito it names is a partner)."""
    if ambito.members or ambito.capofila:
        return False  # (most ambiti)
    head = [page.doc.head_title, page.doc.title, *page.doc.chrome[:HEADER_LINES], *page.lines[:HEADER_LINES]]
    lombard_name = page.resolver.gazetteer.find(ambito.name or "") and not orr.presents_another_region(head)
    return not lombard_name and orr.names_another_regions_comuni(page.lines[lo:hi])


HEADER_LINES = 3  # a page's own header: its site's banner or its first lines
_LETTERHEAD_CHARS = 90  # a letterhead's line: a body's name or a heading, not a paragraph


def _read(doc: Document, resolver: NameResolver) -> _Page:
    lines, levels, origin = ct.pair_labels(doc.lines, doc.levels)
    lines = answered(lines)
    columns = nm.ambito_columns(lines)  # per row under an "Ambito" column: (that column, the header's line)
    lines, levels, origin = gathered(lines, levels, origin, columns)  # a comune-by-comune table's rows, by ambito
    lines, levels, origin = followed(lines, levels, origin)  # numbered items after the list their numbers continue
    groups = [doc.groups[o] for o in origin]
    sentences = [(i, s) for i, line in enumerate(lines) for s in split_sentences(line)]
    mentions = nm.mentions_in(doc.title, -1, resolver)
    mentions += nm.site_mentions(doc.title, doc.head_title, resolver)
    # the page's own crumb, else the nearest above it that names an ambito ("Ambito territoriale di X / Territorio")
    mentions += next((m for crumb in reversed(doc.breadcrumb) if (m := nm.mentions_in(crumb, -2, resolver))), [])
    for i, line in enumerate(lines):
        earlier = mentions[-1] if i and mentions and mentions[-1].line == i - 1 else None  # the paragraph before
        mentions += nm.mentions_in(line, i, resolver, earlier)
    mentions += nm.column_mentions(lines, resolver).values()
    # a health body's page: its name in the title, the breadcrumb or the letterhead ("Sistema Socio Sanitario / ATS X"),
    # whose lines are labels, not a sentence ("Il territorio dell'ASST è suddiviso in distretti, ciascuno un ambito.")
    letterhead = [line for line in lines[:HEADER_LINES] if len(line) <= _LETTERHEAD_CHARS and line[-1:] != "."]
    heading = [doc.head_title, doc.title, *doc.breadcrumb, *letterhead]
    mentions = nm.not_health_districts(mentions, " ".join(heading), lines)
    mentions = nm.not_list_labels(mentions)
    mentions = nm.not_publisher_titles(mentions, doc.head_title)
    mentions = nm.numbers_named(mentions)
    title = f"{doc.head_title} {doc.title[:TITLE_CHARS]}"
    another_body = another_bodys_page(f"{title} {' '.join(lines[:2])}", "\n".join(lines), title)
    if another_body:
        mentions = []  # an ATO's, a school network's, a hunting ATC's page: its "ambito" is no social ambito
    parts = mb.district_parts(lines, levels)  # "Distretto di X" over its list, the ambito said divided into districts
    mentions = [m for m in mentions if m.line not in parts]
    doc, card = _with_text_footer(doc, mentions, resolver)
    member_groups = mb.member_groups(lines, levels, groups, resolver)
    mentions += _enumerated(member_groups, lines, resolver)
    # a page of the site that says nothing of its ambito: the card under it is no fact of it (round 54a)
    silent = not member_groups and (
        tf.body_states_nothing(doc.lines, card)
        if doc.kind == "text"
        else tf.markup_page_states_nothing(doc.lines, [doc.head_title, *doc.breadcrumb], doc.title)
    )
    mentions = [] if silent else mentions
    # a page that names no ambito, on a site whose footer opens with its ambito's name: the site's owner's page
    footer_owner, owner_block = nm.footer_site_mentions(doc.chrome, resolver) if not (mentions or silent) else ([], "")
    mentions += footer_owner
    chrome_from = doc.chrome_from
    if chrome_from is not None and not speak_for_the_page(
        " ".join(doc.lines[:chrome_from]),
        len({m.key for m in mentions}),
        any(m.line >= 0 and origin[m.line] >= chrome_from for m in mentions),
        _own_site(doc.head_title),
    ):  # a member list from the menu or footer that the page does not make its ambito's
        member_groups = [g for g in member_groups if origin[g.line] < chrome_from]
    # an Unione's page, not a page about the ambito that an Unione's site hosts (its name is in every <title>)
    if mb.UNIONE.search(f"{doc.head_title} {doc.title}") and not cf.AMBITO_WORDS.search(doc.title or ""):
        member_groups = mb.said_of_the_ambito(member_groups)
    return _Page(
        doc,
        lines,
        levels,
        groups,
        sentences,
        mentions,
        _contact_blocks(doc, lines, levels, resolver),
        member_groups,
        resolver,
        own_site=_own_site(doc.head_title) or bool(footer_owner) or bool(doc.chrome and card),
        another_body=another_body,
        owner_footer=owner_block,
        column_rows=columns,
        card_lines={i for i, o in enumerate(origin) if o in card},
    )


def _enumerated(groups: list[mb.MemberGroup], lines: list[str], resolver: NameResolver) -> list[nm.Mention]:
    """The ambiti of an enumeration that gives each its list in brackets ("gli ambiti di Desio (A, B) e di Monza (C,
    D)"), each named at its bracket: the plural is no mention, but the bracket says whose list it holds."""
    named = (
        (
            group,
            na.bracketed_owner(
                lines[group.line][: group.col], resolver, group.codes, lines[group.end][group.end_col :]
            ),
        )
        for group in groups
        if group.rule == "enumerated"
    )
    return [replace(owner, line=group.line, at=group.col - 1) for group, owner in named if owner]


def _with_text_footer(doc: Document, mentions: list[nm.Mention], resolver: NameResolver) -> tuple[Document, range]:
    """A text page with the office's card at its tail as its footer (`text_footer`), read as an HTML footer is, when
    the ambito the card or the site's header names is the page's own; and the card's lines, which the body's office
    scope leaves to the footer's rules (not when no ambito is named there: its owner is unknown, the body reads it)."""
    card = tf.office_card(doc.lines) if doc.kind == "text" and not doc.chrome else range(0)
    if not card:
        return doc, card
    # (the card and the header may name the ambito by two names: "Distretto 4", "Distretto Sociale Est Milano")
    named = [tf.as_block(doc.lines, card), *tf.site_header(doc.lines, with_title=True)]
    owners = {m.key for text in named for m in nm.mentions_in(text, -1, resolver)}
    if not owners:
        return doc, range(0)
    if mentions and nm.main_key(mentions) not in owners:
        return doc, card
    return replace(doc, chrome=[tf.as_block(doc.lines, card)]), card


def _contact_blocks(doc: Document, lines: list[str], levels: list[int], resolver: NameResolver) -> list[si.Block]:
    """The comuni's contact cards; on a page read as text, not the site's own identity footer (a PDF's letterhead
    and signatures keep their rules)."""
    blocks = [b for b in mb.comune_blocks(lines, levels, resolver) if not tf.holds_crumbs(lines[b[0] : b[1] + 1])]
    return blocks if doc.kind == "pdf" else si.without_fiscal_identity_card(blocks, lines)


# a page of a service's desks (`mb.SERVICE_DESK` in its title), one in each comune ("Punto Unico di Accesso -
# sportelli nei comuni", "Segretariato sociale: sportelli dell'Ambito"), whose cards or rows give each desk's days and
# hours ("Quando: martedì 9.00-12.00", "Giorni e orari | mar 9-12"): the desk's phone and seat, not the comune's own
# contacts
_HOURS = re.compile(
    r"\b(?:quando|orari\w*|giorni(?:\s+e\s+orari)?)\b\s*[:|]|"
    r"\b(?:lun|mar|mer|gio|ven|sab)\w*\b(?:\s*\|\s*)?[^|\n]{0,25}?\b\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}\b",
    re.I,
)


TITLE_CHARS = 500  # a title longer than this is a text's first line, not a title: its start is read
HOURS_LINE_CHARS = 2_000  # a desk's hours sit at the start of its card's lines, not 5 MB into a run-on line


def _desk_hours(lines: list[str], first: int, last: int) -> bool:
    """Whether lines first..last are a desk's card or rows (its hours), read on a page of a service's desks only.
    Each line is read up to HOURS_LINE_CHARS: a run-on line of a text, read once for each of its blocks, took time
    that grew with the square of its length."""
    return any(_HOURS.search(line[:HOURS_LINE_CHARS]) for line in lines[first : last + 1])


CHROME_ABOVE_LINES = 3  # a letterhead sits under at most a cookie banner, a skip link and an accessibility bar


def _only_chrome_above(page: _Page, first: int) -> bool:
    """Whether the lines above line `first` are the site's chrome only: few, with no digit and no ambito named."""
    return (
        first <= CHROME_ABOVE_LINES
        and not any(re.search(r"\d", line) for line in page.lines[:first])
        and not any(0 <= m.line < first for m in page.mentions)
    )


def _site_footer(page: _Page) -> int | None:
    """Index in `page.blocks` of the site's own identity block at the page's end (`site_identity`), if any."""
    if not page.blocks:
        return None
    said = [m.line for m in page.mentions if m.line >= 0] + [g.end for g in page.member_groups]
    names = {code: page.resolver.name_of(code) for _, _, code, _ in page.blocks[-1:]}
    blocks = [(first, last, code) for first, last, code, _ in page.blocks]
    header = [*_site_titles(page), *page.lines[: si.OWNER_HEADER_LINES]]
    return si.trailing_owner_block(blocks, page.lines, header, names, max(said, default=-1))


def _site_titles(page: _Page) -> list[str]:
    """The page's titles and crumbs: with its first lines, where a site names its owner."""
    return [page.doc.head_title, page.doc.title[:TITLE_CHARS], *page.doc.breadcrumb]


def _owner_cards(page: _Page) -> set[int]:
    """Indexes in `page.blocks` of a comune site's own lone card on a page read as text (`si.owner_lone_card`)."""
    if page.doc.kind != "text" or not page.blocks:
        return set()
    names = {code: page.resolver.name_of(code) for _, _, code, _ in page.blocks}
    blocks = [(first, last, code) for first, last, code, _ in page.blocks]
    return si.owner_lone_card(blocks, page.lines, _site_titles(page), names)


def _chrome_cards(page: _Page) -> set[int]:
    """Indexes in `page.blocks` of the site's own cards (its footer, its lone card): the publisher, no comune's
    contacts the page gives (its member all the same, by the sets' convention: a comune's page on its ambito)."""
    footer = _site_footer(page)
    return _owner_cards(page) | ({footer} if footer is not None else set())


def _comuni_contacts(page: _Page, facts: PageFacts) -> None:
    by_code: dict[str, ComuneFacts] = {}
    # a lone block opening the document is its letterhead ("COMUNE DI NERVIANO" / "Piazza Manzoni 14 - ... - tel.
    # ..." over a Giunta's act): the publisher's own, not a fact of the ambito's comuni
    # (under nothing but the site's chrome too: a cookie banner, a "Vai al contenuto" link, with no figure or ambito)
    letterhead = len(page.blocks) == 1 and _only_chrome_above(page, page.blocks[0][0])
    desks = bool(mb.SERVICE_DESK.search(f"{page.doc.title[:TITLE_CHARS]} {page.doc.head_title[:TITLE_CHARS]}"))
    chrome = _chrome_cards(page)
    items = li.list_items(
        [(b[0], b[2]) for b in page.blocks], [(g.line, g.end) for g in page.member_groups], page.lines
    )
    for n, (start, last, code, found) in enumerate([] if letterhead else page.blocks):
        if n in chrome or n in items:
            continue  # the site's identity block at the page's end or its own card, a list's last item
        if not (desks and _desk_hours(page.lines, start, last)):
            by_code.setdefault(code, ComuneFacts(code, found, {"contacts": page.lines[start]}))
    for group in page.member_groups:
        if desks and _desk_hours(page.lines, group.line, group.end):
            continue
        for code, found in group.contacts.items():
            by_code.setdefault(code, ComuneFacts(code, found, {"contacts": group.evidence[:300]}))
    # a page about the ambito (it lists its comuni) whose dash-ruled lines give each comune's street and phone
    for code, (n, found) in (dr.dash_rows(page.lines, page.resolver) if page.member_groups else {}).items():
        by_code.setdefault(code, ComuneFacts(code, found, {"contacts": page.lines[n]}))
    facts.comuni.extend(by_code.values())


# an ambito named aside, as a neighbour, partner or comparison ("confina con l'Ambito di X", "come l'Ambito di X"):
# not the one a list below belongs to
_ASIDE = re.compile(
    r"\b(?:con|come|insieme\s+a|a\s+differenza|rispetto|oltre|verso)\s*(?:l['’]|all['’]|dell['’]|al|del|a|ad|di)?\s*$",
    re.I,
)


def _in_aside(page: _Page, mention: nm.Mention) -> bool:
    """The ambito is named as a partner beside the page's own ("con l'ambito di X", "insieme a", "rispetto al")."""
    return bool(_ASIDE.search(page.lines[mention.line][max(0, mention.at - 40) : mention.at]))


_NAME_THEN_PARENTHESIS = re.compile(r"^[^,.;:()]{0,80}\(\s*$")  # "ambito di Bergamo (": a name, then its list


def _opens_its_list(page: _Page, mention: nm.Mention, group: mb.MemberGroup) -> bool:
    """The run opens a parenthesis right after the ambito's name: "con l'ambito di Bergamo (Bergamo, Gorle, ...)" is
    Bergamo's list, though the aside "con l'ambito di" makes no owner of a name beside a list."""
    if mention.line != group.line or mention.at >= group.col:
        return False
    between = page.lines[group.line][mention.at : group.col]
    return len(between) <= len(mention.name) + 4 and bool(_NAME_THEN_PARENTHESIS.match(between))


def _sections(page: _Page, main: str) -> list[tuple[str, int, int]]:
    """One (key, first line, end) per ambito: several when member lists follow different names."""
    owned: list[tuple[str, int]] = []
    prev_end = (0, -1)
    page.owner.clear()
    in_text = sorted((m for m in page.mentions if m.line >= 0), key=lambda m: (m.line, m.at))
    where = [(m.line, m.at) for m in in_text]
    elsewhere: set[int] = set()
    chained = False  # the previous run's ambito was the one named after it
    listed = False  # a run before this one was read as a membership
    said_of: dict[int, str] = {}  # id of a run -> the ambito named after it ("Magenta fa parte dell'Ambito del X")
    bracketed: dict[str, int] = {}  # an aside's ambito -> the line after its parenthesised list: its section's end
    for group in page.member_groups:
        # the ambito named last before the run (in its own sentence or up to three lines above), after the previous run
        since = max(prev_end, (group.line - 3, -1))
        upto = (group.line, group.col)
        if group.governed:  # a table's column of comuni: its header cell names the ambito
            since, upto = (group.governed[0], group.governed[1]), (group.governed[0], group.governed[2])
        elif group.line in page.column_rows:  # its row's "Ambito" cell, before or after the comune's, names it
            upto = (group.line + 1, -1)
        near = [
            m
            for m in in_text[bisect.bisect_left(where, since) : bisect.bisect_left(where, upto)]
            if not _in_aside(page, m) or _opens_its_list(page, m, group)
        ]
        head = page.lines[group.line][max(0, group.col - na.CLAUSE_CHARS) : group.col] if group.kind == "prose" else ""
        if group.rule == "enumerated" and near:  # "gli ambiti di X (A, B) e di Y (C, D)": its section its lines only
            bracketed[near[-1].key] = group.end + 1
        if head and (owner := na.named_owner(head, page.resolver)):  # "Con l'Ambito di X, composto da A, B": X's
            owner = nm.numbers_named([*page.mentions, owner])[-1]  # "dell'Ambito 1", the page's "Ambito 1 di X"
            near = [replace(owner, line=group.line, at=group.col)]
            page.mentions.append(near[0])  # its section's name ("quello di X" is no mention of its own)
        said = in_text[bisect.bisect_left(where, (group.end, group.end_col)) :][:1]
        if not (group.said_after and said and said[0].line == group.end and said[0].at - group.end_col < 80):
            said = []
        if said and not any(m.line == group.line for m in near) and (chained or not (owned or listed)):
            # "A, B e C compongono l'Ambito di X. D, E e F formano invece l'Ambito di Y": each list names its own
            # after it (a heading above, "Distretto di Monza e Brianza", names a wider area); not after a list of
            # the page's own ambito ("Ne fanno parte otto Comuni: ... No, Limbiate appartiene all'ambito di Desio")
            near, chained = [*said, replace(said[0], line=group.line)], True  # its section starts with the run
            said_of[id(group)] = said[0].key
        elif said and said[0].key != (near[-1].key if near else main):
            # "Seregno e Seveso fanno parte dell'Ambito di Seregno" on Desio's page: another ambito's comuni
            elsewhere.add(id(group))
            prev_end = (group.end, group.end_col)
            continue
        else:
            chained = False
        if near:
            key = near[-1].key
            if _in_aside(page, near[-1]) and _opens_its_list(page, near[-1], group):  # the page's lines after it
                bracketed[key] = group.end + 1
            first = min(m.line for m in near if m.key == key)
            if not owned or owned[-1][0] != key:
                owned.append((key, first))
        if owned:
            page.owner[id(group)] = owned[-1][0]
        listed = True
        prev_end = (group.end, group.end_col) if not said else (said[0].line, said[0].at + len(said[0].name))
    page.member_groups = [g for g in page.member_groups if id(g) not in elsewhere]
    keys = list(dict.fromkeys(k for k, _ in owned))
    end = len(page.lines)
    rows, rows_end = _rows(page, in_text, end) if owned else ([], end)
    if set(keys) < {k for k, _ in rows}:
        # a table of ambiti, one row each, whose rows without a list ("Ambito del Magentino | Magenta | vedi pagina
        # dell'ambito") still give their ambito and its capofila: every row its section, not only the rows with lists
        owned, end = rows, rows_end
        keys = list(dict.fromkeys(k for k, _ in owned))
    if not owned:  # no lists to follow: sections headed by an ambito each ("<h2>Ambito Cremasco</h2>" ...)
        owned = _headed(page, in_text)
        if not owned:  # or a table with one row per ambito: each row its section, the table's end the last one's
            owned, end = _rows(page, in_text, end)
        if not owned:  # or a list with one item per ambito ("• Ambito di Cantù: Comune di Cantù"): each item its own
            owned = _items(page, in_text)
            end = owned[-1][1] + 1 if owned else end
        if len({k for k, _ in owned}) < 2:  # or paragraphs that each give one ambito its capofila ("Per l'Ambito
            # di X l'ente capofila ..."), over a single heading (a district's, above the ambiti it divides into)
            owned = _stated(page, in_text) or owned
        keys = list(dict.fromkeys(k for k, _ in owned))
    if len(keys) < 2 or len(keys) != len(owned):
        # one section: a run said of another ambito ("No, Magenta fa parte dell'Ambito del Magentino") is not its
        page.member_groups = [g for g in page.member_groups if said_of.get(id(g), main) == main]
        return [(main, 0, len(page.lines))]
    bounds = [start for _, start in owned] + [end]
    # two ambiti named in one sentence share its line: each section keeps at least its first line
    sections = [(key, bounds[n], max(bounds[n + 1], bounds[n] + 1)) for n, (key, _) in enumerate(owned)]
    host = 0  # the section the lines after an aside's list stay in: the last one not an aside's list (several in a row)
    for n, (key, lo, hi) in enumerate(sections):
        if key in bracketed and n:  # an aside's list: the page's lines after it stay the section before it's
            sections[host] = (*sections[host][:2], hi)
            sections[n] = (key, lo, max(min(hi, bracketed[key]), lo + 1))
        else:
            host = n
    return sections


def _byline_date(page: _Page) -> str | None:
    """The date a page was written, as its first lines give it (a news byline "di X · 18 dicembre 2024", a delibera's
    "N. 18 DEL 06/02/2025"): the latest date there, or the one date alone on its line (the article's dateline, before a
    first paragraph that names a later one: "18 dicembre 2024" / "... prorogato fino al 31 dicembre 2024"); else the
    one dateline above the article's first paragraph, however far a text page's chrome pushes it down (round 44b)."""
    alone = [iso for line in page.lines[:6] if _is_dateline(line) for _, iso in find_dates(line)]
    if len(alone) == 1:
        return alone[0]
    dates = [iso for _, iso in find_dates(" \n ".join(page.lines[:6]))]
    if not dates:  # a byline below a cookie banner, a weather widget, the section's name: "di Chiara Rossi · 12 ..."
        dates = [iso for line in page.lines[6:BYLINE_REACH] if _BYLINE.match(line) for _, iso in find_dates(line)]
    return max(dates) if dates else _dateline_above_text(page.lines)


def _dateline_above_text(lines: list[str]) -> str | None:
    """The ISO date of the one line that is a date alone above the first paragraph, if exactly one is."""
    found: list[str] = []
    for line in lines:
        if len(line) >= PARAGRAPH_CHARS and line.rstrip().endswith((".", "!", "?", "»", '"')):
            break  # the article's first paragraph: a dateline sits above it
        if _is_dateline(line):
            found += [iso for _, iso in find_dates(line)]
    return found[0] if len(found) == 1 else None


def _is_dateline(line: str) -> bool:
    """A date alone on its line, or with the time of day a news site stamps beside it ("29 gennaio 2025 - 18:05",
    "29/01/2025 ore 18.05", "mercoledì 29 gennaio 2025, 18:05"): the day the piece was written (round 55a)."""
    return len(line) <= DATELINE_CHARS and DATELINE.fullmatch(_TIME_OF_DAY.sub("", line, count=1)) is not None


DATELINE_CHARS = 60  # a weekday, a date and a time
# the time after a dateline: "- 18:05", "ore 18.05", ", 18:05", "| 18:05"
_TIME_OF_DAY = re.compile(r"\s*(?:[-–|,·]\s*)?(?:ore\s+)?[0-2]?\d[:.][0-5]\d$", re.I)


PARAGRAPH_CHARS = 120  # a line this long ending a sentence is the article's text
BYLINE_REACH = 15  # lines from the top a news byline may sit
_BYLINE = re.compile(r"^(?:di|by|a\s+cura\s+di)\s+[A-ZÀ-Ý][\w'’.]*(?:\s+[A-ZÀ-Ý][\w'’.]*){0,3}\s*[·|,–-]")


# the rest of an ambito's joint name in its heading: "Ambito di Voghera e Comunità Montana Oltrepò Pavese"
_JOINT_NAME = re.compile(r"\s+e\s+(?:(?:la|il|l['’])\s*)?(?-i:[A-ZÀ-Ý])[\w'’ ]{2,60}")


def _headed(page: _Page, in_text: list[nm.Mention]) -> list[tuple[str, int]]:
    """(key, line) of headings of one level that are each an ambito's name and nothing more: a page of several ambiti
    in sections with no member list (each with its capofila, its office), one section per heading."""
    heads = [
        m
        for m in in_text
        if 0 < page.levels[m.line] <= LABEL_LEVEL
        and m.at == 0
        and (
            len(page.lines[m.line].strip()) <= len(m.name) + 2
            or _JOINT_NAME.fullmatch(page.lines[m.line].strip()[len(m.name) :])
        )
    ]
    if len({page.levels[m.line] for m in heads}) != 1:
        return []
    if heads and page.levels[heads[0].line] == LABEL_LEVEL and not all(_says_capofila(page, m.line + 1) for m in heads):
        return []  # a text page's short lines are labels: headings only when each opens a paragraph on its capofila
    return [(m.key, m.line) for m in heads]


def _says_capofila(page: _Page, line: int) -> bool:
    """The line under a label heading opens with the capofila's role ("Ente capofila: Comune di Crema")."""
    return line < len(page.lines) and not page.levels[line] and bool(_CAPOFILA_OPENING.match(page.lines[line]))


_CAPOFILA_OPENING = re.compile(r"^(?:(?:ente|comune)\s+)?capofila\b", re.I)


def _rows(page: _Page, in_text: list[nm.Mention], end: int) -> tuple[list[tuple[str, int]], int]:
    """(key, line) of the rows of one table under a header row, each opened by a cell that is an ambito's name ("Ambito
    di Bergamo | Bergamo | Via ..., Bergamo – 035 ... | 2025-2027, approvato il ..."): an ATS's table of its ambiti;
    and the table's end. A row repeating the ambito of the row above (a cell spanning two rows) goes on its section."""
    rows = [
        m
        for m in in_text
        if m.at == 0 and " | " in page.lines[m.line] and len(page.lines[m.line].split(" | ")[0]) <= len(m.name) + 2
    ]
    if not rows or len({page.groups[m.line] for m in rows}) != 1 or _row_header(page, rows[0].line) is None:
        return [], end
    owned = [(m.key, m.line) for n, m in enumerate(rows) if not n or rows[n - 1].key != m.key]
    return owned, rows[-1].line + 1


_ITEM_HEAD = re.compile(r"^\s*[:–—-]\s*\S")  # the ambito's name, then what the item says of it


def _items(page: _Page, in_text: list[nm.Mention]) -> list[tuple[str, int]]:
    """(key, line) of the items of one list, each opened by an ambito's name and a colon ("• Ambito di Cantù: Comune
    di Cantù"): an overview of an ATS's or a province's ambiti, one item each."""
    items = [
        m
        for m in in_text
        if m.at == 2
        and page.lines[m.line].startswith("• ")
        and _ITEM_HEAD.match(page.lines[m.line][m.at + len(m.name) :])
    ]
    if len(items) < 2 or len({page.groups[m.line] for m in items}) != 1 or len({m.key for m in items}) != len(items):
        return []
    return [(m.key, m.line) for m in items]


def _stated(page: _Page, in_text: list[nm.Mention]) -> list[tuple[str, int]]:
    """(key, line) of the paragraphs of a page of several ambiti with no list, each naming one ambito and stating a
    capofila ("Nell'Ambito di Mantova il ruolo di capofila è del Comune di Mantova ..." / "Per l'Ambito di Suzzara
    l'ente capofila è il Comune di Suzzara"): each paragraph its ambito's section."""
    named: dict[int, set[str]] = {}
    for m in in_text:
        named.setdefault(m.line, set()).add(m.key)
    paragraphs = [
        (keys.pop(), n)
        for n, keys in sorted(named.items())
        if len(keys) == 1 and not page.levels[n] and cf.KEYWORD.search(page.lines[n])
    ]
    # or one sentence giving each of its ambiti its capofila in turn ("l'Ambito X, con capofila A, e l'Ambito Y, ...")
    paragraphs += [
        (key, n)
        for n, keys in sorted(named.items())
        if len(keys) > 1 and not page.levels[n] and set(_in_turn(page, n)) == keys
        for key in dict.fromkeys(m.key for m in in_text if m.line == n)
    ]
    paragraphs.sort(key=lambda p: p[1])
    return paragraphs if len({k for k, _ in paragraphs}) == len(paragraphs) >= 2 else []


# an item of a list of ambiti whose introduction says it gives each one's capofila ("Gli ambiti e i rispettivi enti
# capofila:"): "• Ambito di Cantù: Comune di Cantù"
_ITEM_CAPOFILA = re.compile(
    r"^•\s[^:–—]{3,80}?\s*[:–—-]\s*(?:il\s+)?(?:comune|città)\s+di\s+(?P<name>[^,.;()]{2,50})", re.I
)


def _capofila_in_turn(page: _Page, key: str, lo: int, hi: int) -> tuple[str | None, str | None, str]:
    """One of several sections: the capofila apposed to its ambito's name in a sentence naming several in turn (not
    on a page of one section, whose own ambito may be named after one it left: "faceva parte dell'Ambito di X
    (capofila X), dal 2020 aderisce all'Ambito di Y")."""
    for n in range(lo, hi):
        if key in (given := _in_turn(page, n)):
            return given[key][0], "stated", given[key][1]
    return None, None, ""


def _in_turn(page: _Page, line: int) -> dict[str, tuple[str, str]]:
    """The capofila a line naming several ambiti gives each in turn (`capofila_in_turn`)."""
    if not cf.KEYWORD.search(page.lines[line]):
        return {}
    return ct_turn.in_turn(page.lines[line], [m for m in page.mentions if m.line == line], page.resolver)


def _item_capofila(page: _Page, lo: int, hi: int) -> str | None:
    """The comune an item names after its ambito, when the line introducing the list names the capofila."""
    m = _ITEM_CAPOFILA.match(page.lines[lo]) if hi - lo == 1 else None
    if not m:
        return None
    k = lo
    while k > 0 and page.lines[k - 1].startswith("• ") and page.groups[k - 1] == page.groups[lo]:
        k -= 1
    if k == 0 or not cf.KEYWORD.search(page.lines[k - 1][-CONTEXT_CHARS:]):
        return None
    res = page.resolver.resolve(m.group("name").strip(), fuzzy=False)
    return res.istat if res else None


CONTEXT_CHARS = 400  # the end of a list's introduction read for its words


def _row_header(page: _Page, line: int) -> str | None:
    """The header row of the table whose row is `line`: the label row right above its first row. Under a header of two
    rows ("Ambito | Ente capofila | Ufficio di Piano" over "– | – | Indirizzo | Telefono") an empty cell of the lower
    row takes the label above it."""
    k = line
    while k > 0 and page.groups[k - 1] == page.groups[line] and not page.levels[k - 1] and " | " in page.lines[k - 1]:
        k -= 1
    head = k - 1
    ok = head >= 0 and page.groups[head] == page.groups[line] and page.levels[head] and " | " in page.lines[head]
    if not ok:
        return None
    cells = page.lines[head].split(" | ")
    if (
        head > 0
        and page.groups[head - 1] == page.groups[head]
        and page.levels[head - 1]
        and " | " in page.lines[head - 1]
    ):
        # the upper row's last label spans the columns it lacks ("Ufficio di Piano" over "Indirizzo | Telefono")
        upper = page.lines[head - 1].split(" | ")
        spanned = len(upper) < len(cells)
        cells = [
            upper[n]
            if not c.strip(" –-") and n < len(upper)
            else f"{upper[-1]} {c}"
            if spanned and n >= len(upper) - 1
            else c
            for n, c in enumerate(cells)
        ]
    return " | ".join(cells)


def _row_office(page: _Page, lo: int, hi: int) -> tuple[of.Office | None, str | None]:
    """A section that is one row of a table of ambiti (or two, a cell spanning both): its office from the cell under
    an "Ufficio di Piano" header (read as "Ufficio di Piano – Via ..., X – 035 ..."), its capofila from the cell under
    "Comune capofila"."""
    rows = all(" | " in line and page.groups[k] == page.groups[lo] for k, line in enumerate(page.lines[lo:hi], lo))
    header = _row_header(page, lo) if rows and not any(page.levels[lo:hi]) else None
    if header is None:
        return None, None
    heads, cells = header.split(" | "), page.lines[lo].split(" | ")
    if len(cells) < len(heads):  # a cell spanning the last columns ("in aggiornamento"): the first ones still align
        cells += [""] * (len(heads) - len(cells))
    if len(heads) != len(cells):
        return None, None
    said = [f"{h.strip()} – {c.strip()}" for h, c in zip(heads, cells, strict=True) if of.OFFICE_WORDS.search(h)]
    capofila, _ = cf.column([header, " | ".join(cells)], page.resolver)
    return of.office_facts(said, list(range(len(said))), page.resolver), capofila


def _ambito(page: _Page, key: str, lo: int, hi: int, whole_page: bool, facts: PageFacts) -> AmbitoFacts:
    resolver = page.resolver
    own = [m for m in page.mentions if m.key == key and (whole_page or lo <= m.line < hi)]
    named = nm.best_name(own)
    ambito = AmbitoFacts(name=named.name)
    ambito.evidence["name"] = (page.doc.title if named.line < 0 else page.lines[named.line])[:300]
    place = named.place
    if place:
        ambito.evidence["place"] = place
    sentences = [s for i, s in page.sentences if lo <= i < hi]
    # a run goes with the ambito that owns it, even on a line the next section starts on ("L'Ambito di A, con
    # capofila A, riunisce ... . Quanto all'Ambito di B, ne fanno parte ...": one paragraph, two ambiti)
    groups = [
        g
        for g in page.member_groups
        if (lo <= g.line < hi and (whole_page or id(g) not in page.owner))
        or (not whole_page and page.owner.get(id(g)) == key)
    ]
    if page.owner_footer:  # named by the site's footer only: a list in the body is another's unless it says whose
        groups = [g for g in groups if cf.AMBITO_WORDS.search(g.evidence)]
    blocks = [b for b in page.blocks if lo <= b[0] < hi]
    members: list[str] = []
    for group in groups:
        for code in group.codes:
            if code not in members:
                members.append(code)
                # rule, then the run as written, then its context: `ambiti extract --evidence` and the claims show why
                ambito.evidence[f"member:{code}"] = (
                    f"{group.rule}: {group.run[:120]} | context: {group.evidence[-150:]}"
                )
        facts.unresolved_names.extend(n for n in group.unresolved if n not in facts.unresolved_names)
        if group.redacted:
            ambito.notes.append(f"{group.redacted} name(s) in the list of comuni are redacted on the page")
        for written, code in group.fuzzy:
            ambito.notes.append(f"'{written}' is read as {resolver.name_of(code)} (a spelling not in the ISTAT list)")
    capital = next((g for g in groups if g.capital), None)  # "..., oltre che per lo stesso capoluogo"
    if capital and place and place not in members:
        members.append(place)
        ambito.evidence[f"member:{place}"] = f"capoluogo: {capital.run[:120]} | context: {capital.evidence[-150:]}"
    for b in blocks:
        if b[2] not in members:
            members.append(b[2])
            ambito.evidence[f"member:{b[2]}"] = f"contact-block: {page.lines[b[0]][:200]}"
    if groups:
        ambito.evidence["members"] = groups[0].evidence
    elif blocks:
        ambito.evidence["members"] = page.lines[blocks[0][0]]
    # (a line naming one comune, "Muggiò è uno dei comuni dell'Ambito ..., sede dell'Ufficio di Piano in Corso
    # Italia 8", is no list: it may say where the office sits)
    excluded = {
        k
        for g in page.member_groups
        if g.kind == "list" and len(g.codes) + len(g.unresolved) > 1
        for k in range(g.line, g.end + 1)
    }
    excluded |= {k for b in page.blocks for k in range(b[0], b[1] + 1)} | page.card_lines
    if page.doc.kind == "text":  # a comune site's chrome flattened into the page: its switchboard and PEC (round 49b)
        excluded |= si.chrome_contact_lines(page.lines, [page.lines[0], *tf.site_header(page.lines)])
    # the site's footer speaks for a page that is about the ambito (it lists its comuni), not for one naming it aside;
    # on the office's or the ambito's own site it speaks for every page
    footer = page.doc.chrome if whole_page and (members or page.own_site) else []
    office = _office(page, lo, hi, whole_page, excluded, footer)
    row_office, row_capofila = (None, None) if whole_page else _row_office(page, lo, hi)
    office = row_office if row_office and not row_office.contacts.is_empty() else office
    stated = None if office.contacts.responsible else of.responsible_stated(sentences)
    if stated:  # the office's head named in a sentence of the ambito's part, on any line
        office.contacts.responsible, ambito.evidence["responsible"] = stated[0], stated[1][:300]
    # on a page of several ambiti, the capofila is one of its own, or the town the ambito is named after (round 60a)
    own_list = None if whole_page else set(members) | ({place} if place else set())
    # the page title: "Comune di X – capofila dell'Ambito di X"
    title = [s for t in dict.fromkeys((page.doc.title, page.doc.head_title)) if t for s in split_sentences(t)]
    # a site's footer: "Ufficio di Piano dell'Ambito X - Capofila: Comune di Y - Piazza ..."
    # (a line that ends in the role or a label's colon goes on in the next: "Ente capofila:<br>Comune di Y")
    chrome = [
        s
        for t in footer
        if cf.KEYWORD.search(t) and cf.AMBITO_WORDS.search(t)
        for s in split_sentences(_ROLE_ON_NEXT_LINE.sub(" ", t))
    ]
    capofila, basis, evidence = (None, None, "") if whole_page else _capofila_in_turn(page, key, lo, hi)
    if not capofila:
        capofila, basis, evidence = _capofila(
            page, sentences + title + chrome, groups, blocks, place, office, own_list, (ambito.name, set(members))
        )
    if not capofila and members:  # a card or a signature speaks for a page that lists the ambito's comuni
        capofila, evidence = _capofila_laid_out(page, lo, hi, own_list)
        basis = "stated" if capofila else None
    if not capofila and own_list:
        capofila, basis, evidence = _capofila_elsewhere(page, key, own_list)
    if not capofila and not whole_page:
        capofila, basis, evidence = _capofila_in_rows(page, key, own_list)
    if not capofila:  # a register of agreements: the row of the ambito's own ("Accordo ... Piano di Zona ... | Rho")
        capofila, basis, evidence = _capofila_of_its_agreement(page, key, own_list)
    if not capofila and row_capofila and (lo not in page.column_rows or _row_of_ambito(page, lo)):
        # the "Comune capofila" cell of the ambito's row
        capofila, basis, evidence = row_capofila, "stated", page.lines[lo][:300]
    if not capofila and not whole_page and (item := _item_capofila(page, lo, hi)):
        capofila, basis, evidence = item, "stated", page.lines[lo][:300]  # "• Ambito di Cantù: Comune di Cantù"
    another_body = cf.ANOTHER_BODY.search(f"{page.doc.head_title} {page.doc.title}")
    # (a consortium's site whose page is the ambito's own card, "Scheda Ambito di Mantova | Consorzio ...": its
    # "capofila: Comune di Mantova" is the ambito's)
    ambitos_card = cf.AMBITO_WORDS.search(page.doc.title or "") and not cf.ANOTHER_BODY.search(page.doc.title or "")
    if capofila and not members and another_body and not (cf.AMBITO_WORDS.search(evidence) or ambitos_card):
        capofila = None  # an Unione's page: its "Ente capofila: Comune di X" is the Unione's
    if capofila:
        ambito.capofila, ambito.capofila_basis, ambito.evidence["capofila"] = capofila, basis, evidence
        if capofila not in members:
            members.insert(0, capofila)
            ambito.evidence[f"member:{capofila}"] = f"capofila: {evidence[:200]}"
    # (a text page's first line is its rendered <title>: the site's name is there)
    site_title = page.doc.head_title or (page.doc.title if page.doc.kind == "text" else "")
    itself, said = itself_a_member(sentences, site_title, resolver) if whole_page else (None, "")
    if itself and itself not in members:  # "il Comune fa riferimento all'Ambito" on the comune's own site
        members.append(itself)
        ambito.evidence[f"member:{itself}"] = f"own-comune: {said[:200]}"
    ambito.members = members
    _count_note(ambito, groups, sentences, own, sum(len(g.unresolved) + g.redacted for g in groups))
    units, contexts = _plan_units(page, key, lo, hi, whole_page)
    written = facts.page_updated_on or _byline_date(page)
    session = session_date(page.lines, f"{page.doc.head_title} {page.doc.title}")  # the Assemblea's act, by its title
    ambito.plans, plan_evidence = plans_in(units, contexts, session, written, None if whole_page else _round(page))
    ambito.evidence.update(plan_evidence)
    text = "\n".join(page.lines[lo:hi])
    for attr, finder in (("ats", find_ats), ("asst", find_asst)):
        hit = finder(text) or (None if whole_page else finder("\n".join(page.lines)))
        if hit:
            setattr(ambito, attr, hit[0])
            ambito.evidence[attr] = hit[1]
    ambito.intervention_areas, areas_evidence = intervention_areas(page.lines[lo:hi])
    if areas_evidence:
        ambito.evidence["areas"] = areas_evidence
    own_names = {normalize_name(m.name.split()[-1]) for m in own} | (
        {normalize_name(resolver.name_of(place))} if place else set()
    )
    ambito.partner_ambiti, partners_evidence = nm.partner_ambiti(sentences, own_names)
    if partners_evidence:
        ambito.evidence["partners"] = partners_evidence
    if not office.contacts.is_empty():
        ambito.ufficio_di_piano = office.contacts
        said = [*(page.lines[i] for i in office.lines[:6]), *office.footer]
        ambito.evidence["ufficio_di_piano"] = " / ".join(said)[:300]
    return ambito


# a plan every ambito of the page has: "diviso in tre ambiti, ognuno con il proprio Piano di Zona 2025-2027"
# (or "ciascuno ha la propria Assemblea dei Sindaci, il proprio Ufficio di Piano e il proprio Piano di Zona 2025-2027")
# or said of all of them together: "Entrambi gli ambiti hanno approvato il Piano di Zona 2025-2027", "tutti e tre gli
# ambiti", "ambedue i distretti", "i due ambiti"
_EACH_OWN = re.compile(
    r"\b(?:ognuno|ciascuno|ogni\s+ambito|ciascun\s+ambito)\b[^.;]{0,40}\b(?:propri[oa]?|su[oa])\b|"
    r"\b(?:(?:entrambi|ambedue|tutti(?:\s+e\s+(?:due|tre|quattro|cinque|\d+))?)\s+(?:gli|i)|"
    r"(?:[dan]?(?:e(?:gl)?)?i|[dan]?gli)\s+(?:due|tre|quattro|cinque|\d+))\s+(?:ambiti|distretti)\b|"
    # their assemblies together ("le due Assemblee", "entrambe le Assemblee"), their plans in the plural ("I Piani di
    # Zona 2021-2023 erano stati prorogati", "i Piani 2021-2023 restano in vigore")
    r"\b(?:(?:[dan]?el)?le\s+(?:due|tre|quattro|cinque|\d+)|entrambe\s+le)\s+assemblee\b|"
    r"\b(?:[dan]?e)?i\s+piani(?:\s+(?:sociali\s+)?di\s+zona)?\s+20[0-4]\d",
    re.I,
)
_NAMES_ONE = re.compile(r"ambit|distrett", re.I)  # a unit that may name an ambito (names.mentions_in is slower)


def _plan_units(page: _Page, key: str, lo: int, hi: int, whole_page: bool) -> tuple[list[str], list[str]]:
    """The sentences that date this ambito's plans. On a page of several ambiti: its section's, and any other that
    names it ("L'Assemblea dell'Ambito A ha approvato il Piano il 12 dicembre, quella dell'Ambito B il 17"), each
    with the dates of the clauses about another ambito blanked."""
    wrapped = page.doc.kind != "html"
    paragraphs = page.groups if page.doc.kind == "text" and is_rendered_page(page.lines) else None
    if whole_page:
        return plan_units(page.lines[lo:hi], page.levels[lo:hi], wrapped, paragraphs and paragraphs[lo:hi])
    if page.plan_units is None:
        by_line: dict[int, list[nm.Mention]] = {}
        for m in page.mentions:
            by_line.setdefault(m.line, []).append(m)
        page.plan_units = [
            (unit, context, line, _named(unit, page.lines[line], by_line.get(line, []), page.resolver))
            for unit, context, line in zip(*plan_units_at(page.lines, page.levels, wrapped, paragraphs), strict=True)
        ]
    units, contexts = [], []
    for unit, context, line, named in page.plan_units:
        if lo <= line < hi or any(k == key for _, k in named) or (not named and _EACH_OWN.search(unit)):
            units.append(own_clauses(unit, named, key))
            contexts.append(context)
    return units, contexts


def _round(page: _Page) -> tuple[int, int] | None:
    """The one plan period a page of several ambiti names, if it names one only (the round its news reports)."""
    periods = {p[1:] for unit, context, _, _ in page.plan_units or [] for p in periods_in(unit, context)}
    return periods.pop() if len(periods) == 1 else None


def _named(unit: str, line: str, mentions: list[nm.Mention], resolver: NameResolver) -> list[tuple[int, str]]:
    """(offset, key) of each ambito a unit names: the mentions of its line when the unit is part of it, else read
    again (a table row read with its headers, lines a text document wrapped)."""
    at = line.find(unit)
    if at >= 0:
        return [(m.at - at, m.key) for m in mentions if at <= m.at < at + len(unit)]
    if " | " in line:  # a table row read with its headers: its cells are in the unit, as written
        return sorted((max(0, unit.find(m.name)), m.key) for m in mentions)
    return [(m.at, m.key) for m in nm.mentions_in(unit, 0, resolver)] if _NAMES_ONE.search(unit) else []


def _capofila_elsewhere(page: _Page, key: str, members: set[str]) -> tuple[str | None, str | None, str]:
    """On a page of several ambiti, a capofila stated outside the ambito's section ("A Desio, che dell'ambito è
    il comune capofila, ...") is this ambito's when it is one of its comuni and of no other ambito's list. So is one
    that the sentence of its own list names beside the others ("L'Ambito di X, con capofila Y, comprende A, B")."""
    others = {c for g in page.member_groups if page.owner.get(id(g), key) != key for c in g.codes}
    own_sentences = [
        f"{g.evidence} {g.run}" for g in page.member_groups if g.kind == "prose" and page.owner.get(id(g), key) == key
    ]
    code, evidence, _ = cf.stated(own_sentences, page.resolver) if own_sentences else (None, "", False)
    if code and code not in others:
        return code, "stated", evidence
    code, evidence, _ = cf.stated([s for _, s in page.sentences], page.resolver, members - others)
    return (code, "stated", evidence) if code else (None, None, "")


def _capofila_in_rows(page: _Page, key: str, members: set[str] | None) -> tuple[str | None, str | None, str]:
    """A table whose rows name their ambito in an "Ambito" column and its capofila in a "Comune capofila" one, a row per
    ambito ("Ambito | Ente capofila | N. comuni") or per comune ("Comune | Ambito | Capofila"): this ambito's capofila
    is the cell of the rows its column names, when they all name one comune, one of its own where the page lists
    them."""
    named = {
        m.line for m in page.mentions if m.key == key and m.line in page.column_rows and _row_of_ambito(page, m.line)
    }
    found = {
        cf.column([page.lines[page.column_rows[i][1]], page.lines[i]], page.resolver) for i in sorted(named)
    }  # (code, evidence) per row
    return _one_capofila(found, members)


def _capofila_of_its_agreement(page: _Page, key: str, members: set[str] | None) -> tuple[str | None, str | None, str]:
    """A table of a comune's agreements ("Oggetto | Enti convenzionati | Ente capofila"): the capofila cell of the row
    whose first cell is the ambito's own agreement (it names the ambito and its plan, accordo or office), not a
    project's; one comune over such rows, one of the ambito's where the page lists them."""
    found: set[tuple[str | None, str]] = set()
    for m in page.mentions:
        first = page.lines[m.line].split(" | ")[0] if m.key == key and m.line >= 0 else ""
        agreement = f"{first[: m.at]} {first[m.at + len(m.name) :]}"  # its words besides the ambito's name
        if (
            m.at >= len(first)
            or page.levels[m.line]
            or not cf.AMBITO_WORDS.search(agreement)
            or cf.PROJECT.search(first)
        ):
            continue
        if header := _row_header(page, m.line) or register_header(page.lines, page.levels, m.line):
            found.add(cf.column([header, page.lines[m.line]], page.resolver))
    return _one_capofila(found, members)


def _one_capofila(found: set[tuple[str | None, str]], members: set[str] | None) -> tuple[str | None, str | None, str]:
    """The capofila the rows read agree on: one comune, one of the ambito's where the page lists them."""
    codes = {code for code, _ in found}
    if len(codes) != 1 or None in codes or (members and not codes <= members):
        return None, None, ""
    code, evidence = min(found)
    return code, "stated", evidence


def _row_of_ambito(page: _Page, line: int) -> bool:
    """A row that is its ambito's or one of its comuni's (its first column the "Ambito" or a "Comune" one), not a
    project's or a service's row that names its ambito ("Progetto | Ambito | Ente capofila": the project's capofila)."""
    col, header = page.column_rows[line]
    return col == 0 or bool(_COMUNE_HEAD.match(page.lines[header]))


_COMUNE_HEAD = re.compile(r"^(?:comun[ei]|municipi[oi])\b", re.I)


def _capofila_laid_out(page: _Page, lo: int, hi: int, members: set[str] | None) -> tuple[str | None, str]:
    """A capofila the layout states: the last cell of its row in a table written one cell a line, the role alone on a
    line under its comune (a card's chip, a signature), the "Ente capofila" column of a one-row table."""
    code, evidence = cf.closing_cell(page.lines[lo:hi], page.groups[lo:hi], page.resolver)
    if not code:
        code, evidence = cf.titled(page.lines[lo:hi], page.levels[lo:hi], page.resolver)
    if not code:
        code, evidence = cf.column(page.lines[lo:hi], page.resolver)
    return (code, evidence) if code and (members is None or code in members) else (None, "")


# the site's name after the page's in <title> ("Avviso SAD - Ufficio di Piano di Lodi", "Chi siamo | Piano di Zona
# Garbagnate", "Il territorio - Ambito Castanese"): a site of the office or the ambito, not a comune's or a paper's
_OFFICE_SITE = re.compile(r"ufficio\s+(?:di\s+|del\s+)?piano|piano\s+di\s+zona|^\s*ambito\b", re.I)


def _own_site(head_title: str) -> bool:
    """Whether the <title> names the site as the office's or the ambito's own."""
    return bool(_OFFICE_SITE.search(nm.site_name(head_title)))


# the footer's line parting (document._chrome_text) after the capofila's role or a label's colon: its value follows
_ROLE_ON_NEXT_LINE = re.compile(r"(?:(?<=capofila)|(?<=:)) · ", re.I)
_FOOTER_ROLE = re.compile(r"\s+(?=(?:responsabile|coordinat(?:ore|rice)|referente)\b[^:]{0,40}:)", re.I)
# another body's contact line run on after the office's in one footer ("... - tel. 02 3500 5741 Azienda Consortile ...
# - Via Kennedy 4 - tel. 02 9902 1100", or on the next line, "... 0245 · Consorzio ..."): the office's numbers end where
# the body's name begins
_FOOTER_OTHER_BODY = re.compile(
    r"(?<=\d)\s+(?:·\s+)?(?=(?:Azienda|Consorzio|Comune\s+di|Citt[aà]\s+di|ATS|ASST|Cooperativa|Fondazione|Unione)\b)"
)


def _office(page: _Page, lo: int, hi: int, whole_page: bool, excluded: set[int], chrome: list[str]) -> of.Office:
    is_office = whole_page and (
        of.is_office_page(page.doc.title, page.doc.breadcrumb)
        or (page.doc.kind == "text" and tf.office_heading(page.doc.lines))  # its crumb and heading (round 49b)
    )
    # (a site named after the office, "Chi siamo – Ufficio di Piano di Sondrio": its "Dove siamo" is the office's)
    about_ambito = whole_page and (
        any(m.line < 0 or page.levels[m.line] == 1 for m in page.mentions)
        or bool(re.search(r"piano\s+di\s+zona", page.doc.title, re.I))
        or bool(of.OFFICE_WORDS.search(page.doc.head_title))
    )
    lines, levels = page.lines[lo:hi], page.levels[lo:hi]
    site = nm.site_name(page.doc.head_title)
    excluded = {k - lo for k in excluded} | of.named_boxes(lines, levels, site)
    idx = of.scope(lines, levels, is_office, excluded, about_ambito, page.groups[lo:hi])
    # the site's footer headed by the office ("Ufficio di Piano · Via Roma 18 · 20094 Corsico · Tel. ..."), read last
    # (its role lines apart: "... – PEC: ... Responsabile dell'Ufficio di Piano: X" is two lines run together)
    footer = [
        line
        for t in chrome
        if of.heads_its_contacts(t) or t == page.owner_footer or page.doc.kind == "text"  # (a text's: its office card)
        for part in _FOOTER_ROLE.split(_FOOTER_OTHER_BODY.split(t)[0])
        for line in part.split(" · ")
    ]
    footer += page.doc.linked_data if whole_page else []  # the office as the page's JSON-LD describes it, read last
    card, head = of.head_card(lines) if whole_page else ({}, None)  # a CV's card of the office's head
    if card:
        idx = sorted(set(idx) | set(card))
        lines = [card.get(k, line) for k, line in enumerate(lines)]
    office = of.office_facts(lines + footer, idx + list(range(len(lines), len(lines) + len(footer))), page.resolver)
    office.contacts.responsible = office.contacts.responsible or head
    hall = si.town_hall_block(page.lines) if page.doc.kind == "text" else None  # a text page's footer (round 46b)
    of.without_town_hall_mail(office.contacts, [lines[i] for i in idx], page.doc.chrome + ([hall.text] if hall else []))
    if hall:
        si.without_hall_seat(office.contacts, hall, [lines[i] for i in idx])
    office.lines = [i + lo for i in idx]  # the page's own lines, for the evidence (the footer's is said apart)
    office.footer = footer
    return office


def _capofila(
    page: _Page,
    sentences: list[str],
    groups: list[mb.MemberGroup],
    blocks: list[tuple[int, int, str, Contacts]],
    place: str | None,
    office: of.Office,
    members: set[str] | None = None,
    own: tuple[str | None, set[str]] | None = None,
) -> tuple[str | None, str | None, str]:
    code, evidence, not_a_comune = cf.stated(sentences, page.resolver, members, own)
    if code:
        return code, "stated", evidence
    lead = next((g for g in groups if g.capital), None) if place else None
    if lead and ra.names_the_lead(sentences):  # "oltre alla città capofila, A, B": the comune the ambito is named after
        return place, "stated", lead.evidence
    marked = next((g for g in groups if g.capofila), None)
    if marked:
        return marked.capofila, "stated", marked.evidence
    code, evidence = cf.of_the_site(sentences, page.doc.head_title, page.resolver)
    if code and (not members or code in members):
        return code, "stated", evidence
    if not_a_comune:
        return None, None, ""
    street = office.contacts.address.street if office.contacts.address else None
    halls = of.town_halls(page.doc.chrome, page.resolver)
    halls.update({b[2]: b[3].address.street for b in blocks if b[3].address and b[3].address.street})
    hall, where = office.town_hall, office.address_line
    if hall is None:
        hall, where = of.seat_hall(sentences, page.resolver)
    if hall is None:
        headings = (line for line, level in zip(page.lines, page.levels, strict=True) if 0 < level < 4)
        hall, where = cf.office_comune([page.doc.title, *headings], page.resolver)
    code, why = cf.implied(place, hall, street, halls)
    return (code, "implied", f"{why}: {where}"[:300]) if code else (None, None, "")


def _count_note(
    ambito: AmbitoFacts, groups: list[mb.MemberGroup], sentences: list[str], own: list[nm.Mention], unresolved: int
) -> None:
    """A data-quality note when the number of comuni the page states differs from the list (a page
    that names one comune's own membership lists nothing to count)."""
    if not any(len(g.codes) > 1 for g in groups) and len(ambito.members) < 2:
        return
    stated = next((g.count for g in groups if g.count), None)
    if stated is None:
        words = {w for m in own for w in normalize_name(m.name).split() if len(w) > 3}
        for sentence in sentences:
            if re.search(r"ambito|distretto", sentence, re.I) or words & set(normalize_name(sentence).split()):
                stated = count_before(sentence)
                if stated:
                    break
    found = len(ambito.members)
    if stated and found and stated != found:
        extra = f" (and {unresolved} name(s) that cannot be read as Lombardy comuni)" if unresolved else ""
        ambito.notes.append(f"the page speaks of {stated} comuni but lists {found}{extra}")


# a machine's timestamp as a CMS prints it ("ultima modifica 2025-02-27T10:14:03+01:00", "Aggiornato il 2025-01-14")
_ISO_DATE = re.compile(r"\b(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=T\d|\b)")


_LABEL_ENDS = re.compile(r"\s*(?:il|al|in\s+data|:)?\s*:?\s*", re.I)  # "Pagina aggiornata il" ending its line


def _dates_in(line: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of the dates a line writes, a timestamp's too."""
    dates = find_dates(line) + ed.english_dates(line)
    if "-" in line:
        dates += [(m.start(), iso) for m in _ISO_DATE.finditer(line) if (iso := parse_date(m["d"], m["m"], m["y"]))]
    return dates


def page_date(lines: list[str], chrome: list[str] | None = None) -> str | None:
    """The page's own "last updated" date (a publication date is not one): after its label, in the label's line or,
    when the label ends its line, opening the next (a field of its own: "Pagina aggiornata il" / "04/02/2025")."""
    every = [*lines, *(chrome or [])]
    # the label's words looked for in the page's text first, in C: PAGE_DATE (re.I, an alternation) is tried at every
    # character of every line, and most pages carry no such label
    if not may_match("\n".join(every), _PAGE_DATE_WORDS):
        return None
    for k in [*range(len(lines) - 1, -1, -1), *range(len(lines), len(every))]:
        line = every[k]
        for m in PAGE_DATE.finditer(line):
            dates = [iso for pos, iso in _dates_in(line) if m.end() <= pos <= m.end() + 40]
            below = every[k + 1] if k + 1 < len(lines) and _LABEL_ENDS.fullmatch(line, m.end()) else ""
            dates += [iso for pos, iso in _dates_in(below) if pos <= 2]
            if dates:
                return dates[0]
    return None


def intervention_areas(lines: list[str]) -> tuple[list[str], str]:
    """The DGR's lettered areas: a run of lines "A. ...", "D. ...", ... in alphabetical order,
    introduced by words about areas. Returns the letters and the introduction."""
    best: list[str] = []
    evidence = ""
    run: list[str] = []
    start = 0
    for i, line in enumerate(lines):
        m = AREA_LINE.match(line)
        letter = m.group(1) if m else None
        if letter and run and letter > run[-1]:
            run.append(letter)
        elif letter == "A":
            run, start = ["A"], i
        else:
            run = []
        intro = " ".join(lines[max(0, start - 3) : start])
        if len(run) > len(best) and len(run) >= 3 and AREA_CONTEXT.search(intro):
            best, evidence = list(run), intro[-300:]
    return best, evidence
