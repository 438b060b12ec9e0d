"""The office's card at the tail of a page read as text: the footer a text page has no `<footer>` for (round 45a).

On an ambito's or its Ufficio di Piano's own site the footer's office card is the office's fact on every page
(tests/fixtures/README.md, pages 158 and 266). In HTML the card is `Document.chrome`; a rendered page flattened to
text keeps it as its last lines ("Ufficio di Piano – Ambito di X" / "presso Comune di Y" / "Via ..." / "Tel. ..." /
"PEC ..."), before the site's legal chrome ("©", privacy, cookie). A careful reader knows it by three marks together:
it opens with the office's or the ambito's name, it is the page's last block with only the legal chrome under it,
and the site's header names the same office or ambito as the site (not a comune, not a consortium: a comune's own
identity block at a comune site's tail stays out, `site_identity`). The card becomes the page's one chrome block (its
lines parted by " · ", as `document._chrome_text` parts a footer's), so the HTML footer's rules read it unchanged, and
only when the site's owner is the page's ambito; either way its lines are no part of the body's office scope (a page
of the site that speaks of another ambito does not take the owner's card).
"""

from __future__ import annotations

import re

from crawler.parsers import site_pages as sp
from crawler.parsers.contacts import OFFICE_WORDS
from crawler.parsers.site_identity import LEGAL_CHROME, OWNER_HEADER_LINES

# the office's or the ambito's name opening a short line: a card's first line, or the site's name in its header
_OWNER_OPENS = re.compile(
    r"^(?:l['’]\s*)?(?:ufficio\s+(?:di\s+|del\s+)?piano\b|"
    r"ambito\s+(?:territoriale\s+|distrettuale\s+|sociale\s+)?(?:di|del|dell['’]|della)\b)",
    re.I,
)
# a header line naming the site as another's: a comune's, a consortium's, a company's (its card is no office's)
_ANOTHER_SITE = re.compile(
    r"^(?:comune|citt[aà]|unione|consorzio|azienda|comunit[aà]\s+montana|fondazione|cooperativa)\b", re.I
)
_CONTACT = re.compile(r"\b(?:via|viale|piazza|corso|largo|tel|telefono|pec|e-?mail)\b|@|\b\d{5}\b", re.I)
NAME_LINE_CHARS = 120  # a card's or a header's name line is short: a longer one is prose that names the office
CARD_LINES = 10  # an office card holds its name, its seat, its numbers and its head
AFTER_LINES = 6  # under the card, the legal chrome and a cookie notice only
MENU_LINES = 40  # or the footer's link menus first ("Sezioni" / "L'Ambito" / ... / "Seguici" / "Newsletter")
# a link of a footer's menu: a short line with no contact and no sentence of its own
_LINK_LINE = re.compile(r"^[^.;:@]{1,80}$")


# in the site's header only, an ambito named by its number and its place ("Ambito Distrettuale 3 Brescia Est",
# "Ambito Territoriale n. 5 Valle Seriana"); not a plan's numbered area ("Ambito 3 - Disabilità") opening a card
_NUMBERED_SITE = re.compile(
    r"^ambito\s+(?:territoriale\s+|distrettuale\s+|sociale\s+)?(?:n\.?\s*|n°\s*)?\d{1,2}\s+(?-i:[A-Z])[\w'’ ]+$", re.I
)


def _is_name_line(line: str) -> bool:
    return len(line) <= NAME_LINE_CHARS and _OWNER_OPENS.match(line) is not None


def _is_site_name(line: str) -> bool:
    return _is_name_line(line) or (len(line) <= NAME_LINE_CHARS and _NUMBERED_SITE.match(line) is not None)


# a breadcrumb's separator: the crumbs close the site's header
_CRUMB = re.compile(r"\s[/>»›]\s")


def site_header(lines: list[str], with_title: bool = False) -> list[str]:
    """The site's banner and menus under the page's title line: the lines before the crumbs, the page's heading (the
    title's start said again) or the first long line, at most OWNER_HEADER_LINES. `with_title`: the title line too
    when it is the site's name ("AMBITO TERRITORIALE DI X" over a report), not the page's ("News – Ambito di X")."""
    title = lines[0].lower() if lines else ""
    header = [lines[0]] if with_title and lines and _is_name_line(lines[0]) else []
    for line in lines[1:OWNER_HEADER_LINES]:
        if _CRUMB.search(line) or len(line) > NAME_LINE_CHARS or title.startswith(line.lower()):
            break
        header.append(line)
    return header


# a page title's separator: "Privacy - Ufficio di Piano di X", "Ufficio di Piano di X | Home"
_TITLE_SEPARATOR = re.compile(r"\s[-–—|]\s")


def title_site(lines: list[str]) -> list[str]:
    """The site's name as the page's title gives it, a segment beside the page's own name ("Privacy - Ufficio di
    Piano di X"): a site with no banner (an old CMS whose crumbs follow the title) names itself there, as a browser's
    tab does (round 59c). Every segment when one names the site, so that a comune's title ("Ufficio di Piano - Comune
    di Y") is known as the comune's; none for a title of one segment (the page's own name)."""
    segments = [part.strip() for part in _TITLE_SEPARATOR.split(lines[0])] if lines else []
    return segments if len(segments) > 1 and any(_is_site_name(part) for part in segments) else []


def office_card(lines: list[str]) -> range:
    """The lines of the office's card at the page's tail ("Ufficio di Piano – Ambito di X" / "Via ..." / "Tel. ..."),
    empty when the page has none or its header names no office's or ambito's site."""
    header = [*site_header(lines), *title_site(lines)]
    if not any(_is_site_name(line) for line in header) or any(_ANOTHER_SITE.match(line) for line in header):
        return range(0)
    tail = max(OWNER_HEADER_LINES, len(lines) - CARD_LINES - MENU_LINES)
    start = next((i for i in range(len(lines) - 1, tail - 1, -1) if _is_name_line(lines[i])), None)
    if start is None:
        return range(0)
    end = next((j for j in range(start + 1, len(lines)) if LEGAL_CHROME.search(lines[j])), len(lines))
    if end - start > CARD_LINES or len(lines) - end > AFTER_LINES:
        end = _over_menus(lines, start)
    card = lines[start:end]
    if end - start > CARD_LINES or any(len(line) > NAME_LINE_CHARS for line in card):
        return range(0)
    return range(start, end) if any(_CONTACT.search(line) for line in card[1:]) else range(0)


def _over_menus(lines: list[str], start: int) -> int:
    """The end of a card over the footer's link menus (a Designers Italia footer: the office's card, then "Sezioni",
    "Seguici", "Newsletter" and their links, then the legal chrome): the line after its last contact line, when every
    line under it is a menu's link or the legal chrome; else the page's end (no card)."""
    contact = [j for j in range(start + 1, min(start + CARD_LINES, len(lines))) if _CONTACT.search(lines[j])]
    if not contact:
        return len(lines)
    end = contact[-1] + 1
    under = lines[end:]
    if len(under) > MENU_LINES or not all(
        (_LINK_LINE.match(line) and not _CONTACT.search(line)) or LEGAL_CHROME.search(line) for line in under
    ):
        return len(lines)
    return end


def as_block(lines: list[str], card: range) -> str:
    """The card as one footer block, its lines parted as `document._chrome_text` parts a footer's."""
    return " · ".join(lines[i] for i in card)


HEADING_REACH = 40  # a comune site's banner and menus, one item a line, come before the crumbs
CRUMBS = 3  # "Amministrazione" / "Uffici": the sections over the page
HEADING_CHARS = 80  # the page's name, its last crumb
# the crumbs' root, a line of its own when a rendered page is flattened one item a line
_CRUMB_ROOT = re.compile(r"^(?:home|homepage|home\s*page|pagina\s+iniziale)$", re.I)
# the template's section of the body's units (AgID model for comuni: "Amministrazione" / "Uffici" or "Aree
# amministrative" / "Unità organizzative"): a page under it is one unit's own card
_UNITS_SECTION = re.compile(r"^(?:uffici|aree\s+amministrative|unit[aà]\s+organizzative)$", re.I)


def office_heading(lines: list[str]) -> bool:
    """Whether a page read as text is the office's own card on a comune's site (round 49b): the AgID template's
    "Uffici" pages, flattened one item a line, give their crumbs one a line ("Home" / "Amministrazione" / "Uffici" /
    "Ufficio di Piano - Ambito di X"), and the item under the units' section names the office. Its "Sede" and
    "Telefono" are then the office's, as on a page whose title names it (the title line of such a text is the site's
    name, so `office.is_office_page` cannot see it). A page under the office's section ("Servizi" / "Ufficio di Piano"
    / "Privacy") or a menu naming it is no such card."""
    for k, line in enumerate(lines[:HEADING_REACH]):
        if not _CRUMB_ROOT.match(line.strip()):
            continue
        crumbs = [item.strip() for item in lines[k + 1 : k + 2 + CRUMBS]]
        for section, item in zip(crumbs, crumbs[1:], strict=False):
            if _UNITS_SECTION.match(section):
                return len(item) <= HEADING_CHARS and OFFICE_WORDS.search(item) is not None
    return False


# what a page of the ambito's own site says when it states a fact of the ambito: its name, its plan, its office, its
# capofila, its assembly or its accord (round 54a); a service's, a policy's or a call's prose says none of these
_AMBITO_STATED = re.compile(
    r"\b(?:ambit[oi]|distrett[oi]|capofila|piano\s+(?:sociale\s+)?di\s+zona|piani\s+di\s+zona|ufficio\s+di\s+piano|"
    r"assemblea\s+(?:dei\s+)?sindaci|accordo\s+di\s+programma|programmazione\s+(?:sociale\s+)?zonale)\b",
    re.I,
)
STATEMENT_CHARS = 80  # a sentence of the body, not a menu's link, a heading, a label or a news title
MIN_STATEMENTS = 3  # a page with less prose (a contacts page, a list of documents, a home page) is not judged by it
_LONE_CRUMB_SEPARATOR = re.compile(r"^[/>»›]$")
_CRUMBS_LINE = re.compile(r"^\s*(?:home|homepage|home\s*page|pagina\s+iniziale)\s*[/>»›]\s", re.I)


def holds_crumbs(lines: list[str]) -> bool:
    """Whether these lines hold the page's crumbs ("Home › Eventi › Sagra"): a "Comune di X" above them is the site's
    banner, and an address below them the content's (an event's place), no card of the comune (round 60d)."""
    return any(_CRUMBS_LINE.match(line) for line in lines)


def _crumbs_end(lines: list[str]) -> int | None:
    """The line after the page's crumbs ("Home / Privacy", or "Home" / "/" / "Privacy" one item a line): the
    body starts there, under the site's banner and menus however long."""
    for i, line in enumerate(lines[1:HEADING_REACH], start=1):
        if _CRUMB.search(line) or _LONE_CRUMB_SEPARATOR.match(line.strip()):
            return i + 1
    return None


def _own_site(lines: list[str], card: range) -> bool:
    """An ambito's, office's or azienda's own site: its tail card, or a banner line naming the ambito's site or the
    ambito's azienda ("Azienda Speciale Consortile dell'Ambito di X")."""
    banner = [line for line in lines[:OWNER_HEADER_LINES] if len(line) <= NAME_LINE_CHARS]
    return bool(card) or any(
        _is_site_name(line) or (_ANOTHER_SITE.match(line) and _AMBITO_STATED.search(line)) for line in banner
    )


def _footer_start(lines: list[str], start: int, banner: set[str]) -> int:
    """Where a page without an office card has its footer: the first line under the body that says a banner line again
    (the site's name, "Ufficio di Piano" over its numbers) with only short lines or the legal chrome under it."""
    prose = [i for i, line in enumerate(lines) if len(line) >= STATEMENT_CHARS and not LEGAL_CHROME.search(line)]
    short_from = max(start, prose[-1] + 1 if prose else 0)
    return next((i for i in range(short_from, len(lines)) if lines[i].lower() in banner), len(lines))


def _page_names(lines: list[str]) -> tuple[list[str], str]:
    """The page's names as a text page gives them: its title line and its crumbs (the sections), and its own name
    (the last crumb)."""
    end = _crumbs_end(lines)
    if end is None:
        return lines[:1], ""
    crumbs = lines[end - 1]
    own = lines[end] if _LONE_CRUMB_SEPARATOR.match(crumbs.strip()) and end < len(lines) else _CRUMB.split(crumbs)[-1]
    return [lines[0], crumbs], own


def body_states_nothing(lines: list[str], card: range) -> bool:
    """Whether a text page of an own site (`_own_site`) says nothing of the site's ambito between its crumbs (else
    its banner) and its footer: at least MIN_STATEMENTS sentences, and no line naming the ambito, its plan, its
    office or its bodies (the legal chrome and the banner's name over the card apart) (round 54a). Such a page (a
    privacy notice, a cookie policy, a job notice, a list of calls for tenders, a service's card) is the site's, not
    the ambito's: the office card its footer repeats on every page is no fact of it (tests/fixtures/README.md, pages
    3290-3293). A page named a policy says nothing of the ambito whatever it names, and a call or a list of calls or
    news, named so, needs no sentences (`site_pages`, round 57c)."""
    if not _own_site(lines, card):
        return False
    sections, own_name = _page_names(lines)
    # a call or a list of calls over the office's card speaks as round 54a says (pages 158, 266 and 2710: the card
    # is the office's); under an azienda's footer, or a policy, it needs no sentences
    named = sp.is_policy([*sections, own_name]) or (not card and sp.is_list_or_call(sections, own_name))
    banner = {line.lower() for line in lines[:OWNER_HEADER_LINES]}
    start = _crumbs_end(lines) or 1 + len(site_header(lines))
    end = card.start if card else _footer_start(lines, start, banner) if named else len(lines)
    while end > OWNER_HEADER_LINES and lines[end - 1].lower() in banner:
        end -= 1  # the site's name said again over its footer's card
    body = lines[start:end]
    statements = [line for line in body if len(line) >= STATEMENT_CHARS]
    return (named or len(statements) >= MIN_STATEMENTS) and not _states_the_ambito(body)


def _states_the_ambito(body: list[str]) -> bool:
    """Whether a line of the body names the ambito, its plan, its office or its bodies, not as the legal chrome does
    (a policy naming the office or the capofila as its controller keeps the footer's facts: heldout62's convention)."""
    return any(_AMBITO_STATED.search(line) and not LEGAL_CHROME.search(line) for line in body)


def markup_page_states_nothing(lines: list[str], names: list[str], own_name: str) -> bool:
    """Whether a page read from markup is one of the site's pages named a policy whose body names nothing of the
    ambito (`site_pages`, round 57c): its footer's card and its title's ambito are the site's chrome, no fact of it
    (a call's page keeps its footer's card, as a text page with the office's card does)."""
    return sp.is_policy([*names, own_name]) and not _states_the_ambito(lines)
