"""Which links are worth a request: words of social planning in the URL or the anchor text.

A municipal page carries ~230 links (menus, footers); creating a Request for each costs more
than fetching the few that matter, so links are scored and filtered before any Request exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

# where notices are filed (Bandi e avvisi, Atti > Bandi), not the tenders and competitions of the comune
BANDI = r"\bbandi\b(?![\s_-]*di[\s_-]*(?:gara|concorso))"
KEYWORDS: dict[str, int] = {
    r"piano[\s_-]*(?:sociale[\s_-]*)?di[\s_-]*zona": 5,
    r"ufficio[\s_-]*(?:di[\s_-]*)?piano": 5,
    r"\bpdz\b": 4,
    r"ambit[oi]": 4,
    r"distrett[oi]": 3,
    r"assemblea[\s_-]*dei[\s_-]*sindaci": 3,
    r"accordo[\s_-]*di[\s_-]*programma": 3,
    r"documento[\s_-]*di[\s_-]*piano": 3,
    r"servizi[\s_-]*social[ei]": 3,
    r"politiche[\s_-]*sociali": 3,
    r"social[ei]|welfare": 1,
    r"comuni[\s_-]*(?:aderenti|associati)": 2,
    r"capofila": 2,
    r"contatti|uffici\b": 1,
}
_COMPILED = [(re.compile(p, re.I), w) for p, w in KEYWORDS.items()]
SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|svg|webp|ico|css|js|zip|rar|7z|mp[34]|avi|mov|docx?|xlsx?|pptx?|odt|ods|p7m)$",
    re.I,
)


def link_score(url: str, anchor: str = "") -> int:
    """Relevance of a link: 0 means not worth a request."""
    path = unquote(urlsplit(url).path)
    if SKIP_EXTENSIONS.search(path):
        return 0
    text = f"{path} {anchor}"
    return sum(w for pattern, w in _COMPILED if pattern.search(text))


# --- priorities of the best-first crawl ---------------------------------------------------------
# `link_score` says whether a link speaks of social planning at all; a link's *priority* also counts
# what real comuni sites hide facts behind: generic sections (explored to a bounded depth), PDFs
# whose words speak of an accordo or a plan, the page it sits on, and the words around it.

# Designers Italia's category of the services where a comune files its social services ("Salute, benessere e
# assistenza"): the azienda that runs the ambito may be its last entry (twelfth round). A section, never settled;
# a page of it links the ambito's site as a Servizi sociali page does (crawler/spiders/sites.py: _names_its_site).
SOCIAL_CATEGORY = r"benessere[\s_-]*e[\s_-]*assistenza"
SOCIAL_CATEGORY_RE = re.compile(SOCIAL_CATEGORY, re.I)
GENERIC: dict[str, int] = {
    r"amministrazione[\s_-]*trasparente|trasparenza": 2,
    r"document[io]|allegat[io]|atti\b|pubblicazion[ei]|albo": 2,
    r"convenzion[ei]|protocoll[oi][\s_-]*d[' ]?intesa": 2,
    BANDI: 2,
    r"delibera|deliberazion[ei]|provvediment[io]|determin[ae]": 1,
    # where an ambito's notices and grants are filed: "Sovvenzioni, contributi, sussidi, vantaggi economici"
    r"sovvenzion[ei]|sussid[io]": 1,
    # an azienda's or a consorzio's governing bodies (Chi siamo > Organi): a section where the minutes of its
    # Assemblea dei Sindaci are filed, never settled (with 1 point, refused once the site had two fact pages)
    r"organi\b": 2,
    r"altri[\s_-]*contenuti|dati[\s_-]*ulteriori": 2,
    SOCIAL_CATEGORY: 2,
    r"novit[aà]|notizie|news|comunicat[io]|avvisi": 1,
    r"amministrazione|uffici|servizi|assistenza|alla[\s_-]*persona|famiglia|sanitari[oa]": 1,
}
STRONG: dict[str, int] = {  # words of the ambito that `KEYWORDS` lacks; in priorities only
    r"programmazione[\s_-]*(?:sociale|zonale)|zonale": 3,
    r"accord[oi]": 3,
}
STRONG_SCORE = 3  # a link whose own words score this much is followed however far it is from others
# The social area of a comune's site under a name of its own, a link's whole text ("Sociale", "Famiglia e
# persona", "Persone e famiglie", "Welfare"): its Servizi sociali, where the ambito's pages and notices are
# filed (fourteenth round). Only the whole text: "Centro sociale anziani" is one service, no area.
_AREA_WORD = r"(?:social[ei]|welfare|famigli[ae]|person[ae])"
SOCIAL_AREA = re.compile(rf"\s*(?:area\s+)?{_AREA_WORD}(?:\s*(?:e|ed|,|&)\s*{_AREA_WORD})*\s*", re.I)
_STEP_WORDS = re.compile(r"[-_]+")
# Ambiti and districts of other things: planning zones (PGT), commerce, hunting, water and waste.
DECOYS = re.compile(
    r"ambit[oi][\s_-]*(?:di[\s_-]*trasformazione|territorial[ei][\s_-]*(?:di[\s_-]*)?caccia|territorial[ei][\s_-]*ottimal[ei]"
    r"|agricol|produttiv|residenzial|di[\s_-]*rigenerazione)|distrett[oi][\s_-]*(?:urbano[\s_-]*)?(?:del[\s_-]*commercio"
    r"|scolastic|idrografic|industrial|turistic|del[\s_-]*cibo)",
    re.I,
)
DOCUMENT_WORDS = re.compile(r"accord|piano|ambit|distrett|zona|convenzion|programma|udp|pdz", re.I)
# `/page/2/` (WordPress), `/(offset)/8` (eZ Publish's view parameter: OpenCity Italia's lists), `?page=2`, `?pg=2`
PAGINATION = re.compile(
    r"/(?:page|\(offset\))/(\d+)/?$|[?&](?:page|pagina|paged|start|limitstart|pag|pg|p)=(\d+)", re.I
)
# Calendars and date archives have no end: a month links the next one, each day its own page.
TRAP = re.compile(
    r"calendar|calendario|/eventi?/\d{4}|[?&](?:mese|month|anno|year|giorno|day|date|data|ical|tribe-bar-date)=",
    re.I,
)
# A page "speaks of the ambito" when its main text names one of these: its links are worth more.
AMBITO_TEXT = re.compile(
    r"piano[\s_-]*(?:sociale[\s_-]*)?di[\s_-]*zona|ufficio[\s_-]*di[\s_-]*piano|ambito[\s_-]*(?:territoriale|sociale|distrettuale|di\s)"
    r"|assemblea[\s_-]*dei[\s_-]*sindaci|programmazione[\s_-]*zonale|distretto[\s_-]*socio",
    re.I,
)
# A Piano di Zona's three years (2021-2023, allegato_166_2021_2023.pdf, "Documento 2021/2023"): on a
# page of documents, a link that names one and little else is the plan or its accordo, unless it
# names one of the other triennial documents of a comune (budget, DUP, public works, anticorruption).
TRIENNIA = frozenset({(2012, 2014), (2015, 2017), (2018, 2020), (2021, 2023), (2024, 2026), (2025, 2027)})
PERIOD = re.compile(r"(?<!\d)(20[12]\d)\s*[-_/\u2013\u2014]\s*(?:20)?([12]\d)(?!\d)")
OTHER_TRIENNIAL = re.compile(
    r"bilanci|dup\b|previsione|rendiconto|opere[\s_-]*pubbliche|lavori[\s_-]*pubblici|anticorruzione|corruzione|ptpc|piao"
    r"|azioni[\s_-]*positive|informatica|razionalizzazione"
    r"|fabbisogn|performance|triennale[\s_-]*(?:dei[\s_-]*)?(?:lavori|acquisti)|forniture|contratto[\s_-]*collettivo",
    re.I,
)
# An act's page that names another triennial programme as its subject: the years of its attachments are
# that programme's. Narrower than OTHER_TRIENNIAL (which judges a link's own words): a documents page
# that mentions "bilanci" or "performance" in its introduction still lists a plan by its years.
OTHER_PROGRAMME = re.compile(
    r"triennal[ei][\s_-]*(?:dei[\s_-]*|delle[\s_-]*|di[\s_-]*)?(?:opere|lavori|fabbisogn|acquisti|forniture|prevenzione)"
    r"|opere[\s_-]*pubbliche|fabbisogn|\bpiao\b|\bdup\b|bilancio[\s_-]*di[\s_-]*previsione|\bptpct?\b",
    re.I,
)
ACT_PAGE_CHARS = 400  # an act's page says little besides its subject; a longer text is a section's
# The sections of Amministrazione trasparente that list records with attachments (grants; the bodies the comune
# controls or oversees, an azienda that runs the plan among them) are such pages whatever their breadcrumb says:
# an ISWEB portal's are flat pages, `pagina37_sovvenzioni-contributi-...html`.
RECORDS = (
    r"sovvenzion|enti[\s_-]*(?:pubblici[\s_-]*|di[\s_-]*diritto[\s_-]*privato[\s_-]*)?(?:controllat|vigilat)"
    r"|societ[aà][\s_-]*partecipat"
)
# Sections that list records too, once read (the commissions a comune gives, "Incarico n. 5/2025"; the data it
# adds, "Dato ulteriore n. 9/2025"): pages of documents, whose numbered records are steps of the trail, but no step
# themselves: every comune's transparency section links them, and as steps they cost a request or three a site
# (twenty-second round: simweb11's median 59 -> 61)
MORE_RECORDS = r"consulenti[\s_-]*e[\s_-]*collaborator|altri[\s_-]*contenuti|dati[\s_-]*ulteriori"
# Where a body files its notices (Bandi e avvisi, Avvisi pubblici), not the comune's tenders and competitions: a
# section of acts, where an azienda's "Avviso 4/2025" (its call for the ambito's vouchers) is an act by its number,
# as a determination of an Albo is (eighteenth round: as a generic section's card it had priority 2, and was left
# once the site had settled).
NOTICES = BANDI + r"|\bavvisi\b"
DOCUMENTS_PAGE = re.compile(
    r"document|allegat|albo|trasparen|atti\b|\batto\b|pubblicazion|delibera|determin|provvediment|verbal|archivio(?!\d)|"
    + RECORDS
    + "|"
    + MORE_RECORDS
    + "|"
    + NOTICES,
    re.I,
)
TRIENNIUM_SCORE = 4
# A form is a form whatever page it sits on: a page about the ambito links its forms too.
FORM = re.compile(r"modul|domanda|istanz|richiesta|informativa|autocertificaz|dichiarazion|privacy", re.I)
ACT_NUMBER = re.compile(r"\b(?:n\.?\s*)?\d{1,4}\s*/\s*20\d\d\b|\bn\.\s*\d+", re.I)  # "Determina 88/2022", "n. 12"
# A link that continues a trail of documents: an act, an attachment, a list of them, a link that only
# opens one ("Leggi tutto"). Along a trail of documents pages (Amministrazione trasparente > Provvedimenti
# > Provvedimenti organi indirizzo politico > Atto n. 18/2022 > Allegato 90), such links rank higher
# the longer the trail, so the chain is read before the broad generic pages around it. The sections of
# acts and plans a documents page lists continue it too (Atti > Delibere di Giunta; Documenti > Piani e
# programmi), and so do an assembly's or a board's (a comunità montana's Atti > Delibere dell'Assemblea, where
# the Assemblea dei Sindaci's minutes are filed: twentieth round); "Elenco delibere", a word any menu may hold,
# does not. Nor do the tenders and competitions of Amministrazione trasparente, but the Bandi of an Atti e
# pubblicazioni section, where an ambito's notices (its vouchers, its calls) are filed among the comune's own, do.
# So does "Vedi tutti" (TYPO3's page of all the files of a documents section) and a section of records (`RECORDS`).
# "archivio" followed by a number is an ISWEB portal's module in its URLs (`archivio10_notizie-e-comunicati_0_0_2.html`,
# the news), no archive of documents.
DOCUMENT_LINK = re.compile(
    r"document|allegat|\batt[oi]\b|provvediment|delibera|determin|decret|verbal|ordinanz|albo|archivio(?!\d)"
    r"|delibere[\s_-]*(?:d(?:i|el|ell|ella)?[\s_'’-]*)?(?:giunta|consiglio|assemblea|cda\b)|piani\b|programm[ai]\b"
    rf"|{BANDI}"
    r"|leggi[\s_-]*tutto|vedi[\s_-]*tutt[ie]|scarica|download|dettaglio|visualizza|\.pdf\b|" + RECORDS,
    re.I,
)
# A file by its path: `.pdf` in any case, and the download addresses of CMSs that name no extension: Plone's
# `/@@download/file`, a `/download/123` or `/allegati/123` of a document manager (eleventh round).
FILE_PATH = re.compile(
    r"\.pdf$|/@@download(?:/file)?(?:/[^/]+)?$|/at_download/file$|/(?:download|allegat[oi]|attachments?)/\d+/?$", re.I
)


def is_file(address: str) -> bool:
    """A file's address by its path (`FILE_PATH`), whatever its query and fragment."""
    return bool(FILE_PATH.search(urlsplit(address).path))


ATTACHMENT = re.compile(r"allegat|leggi[\s_-]*tutto|scarica|download|visualizza|\.pdf\b", re.I)
CALENDAR_DAY = re.compile(r"(?:^|&)(?:mese|month|giorno|day|date|data)=", re.I)  # a calendar's month or day
YEAR_LINK = re.compile(r"\s*(?:anno|archivio|documenti|atti)?\s*((?:19|20)\d\d)\s*$", re.I)  # "2025", "Anno 2024"
# A link named by a year of an archive, or by "Delibere" alone: the acts of a section of Atti (a comunità montana's
# Joomla site: Atti > Delibere > "Verbale 3/2025"), not "Elenco delibere", a word any menu may hold (sixth round).
ACTS = re.compile(YEAR_LINK.pattern + r"|\s*delibere\s*", re.I)
TRAIL_BONUS = 3  # at most, for a trail of this many documents pages
MIN_PRIORITY = 1  # below it, a link is not worth a request
MAX_PATH = 300
SMALL_SITEMAP = 30  # a sitemap this short is read whole: each of its pages is worth a request
TINY_SITEMAP = 10  # ...and this short, whole even once the site has yielded a fact page (budget.py: settled)


def page_number(url: str) -> int:
    """Where a page sits in its list, as its pager counts (a page's number or its first card's offset; 0: the
    first page): comparable among the pages of one list only."""
    found = PAGINATION.search(url)
    return int(found.group(1) or found.group(2)) if found else 0


def names_triennium(text: str) -> bool:
    """Whether a text names a Piano di Zona's three years and no other triennial document."""
    if OTHER_TRIENNIAL.search(text):
        return False
    return any((int(a), 2000 + int(b)) in TRIENNIA for a, b in PERIOD.findall(text))


def worth_exploring(priority: Priority, chain: int) -> bool:
    """Whether a link chosen without words of planning is followed `chain` hops from the last one
    that had them: the further away, the more it must say for itself."""
    return priority.strong or priority.value >= max(chain, MIN_PRIORITY)


def _top_level_alternatives(pattern: str) -> list[str]:
    """A regex split at its top-level `|` (not inside a group or a character class)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] == "^" else 0
            i += 1 if pattern[i + 1 : i + 2] == "]" else 0  # a leading ] is a literal
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def _first_letters(patterns: list[str]) -> str | None:
    """The letters a keyword match can start with, or None if some pattern does not tell."""
    letters = set()
    for pattern in patterns:
        for alt in _top_level_alternatives(pattern):
            alt = alt.removeprefix(r"\b")
            if not (alt[:1].isascii() and alt[:1].isalpha()) or alt[1:2] in ("*", "?", "{"):
                return None
            letters.add(alt[0].lower())
    return "".join(sorted(letters))


# All the words above in one pattern, one scan per text: a link is scored in a few microseconds, not
# in the ~60 searches of one pattern each. Alternatives are tried in order at each position, so a
# decoy wins over the "ambito" it starts with, and "servizi sociali" over "sociali".
_WEIGHTS: list[tuple[str, int]] = [("decoy", 0)]
_WEIGHTS += [("strong", w) for w in [*KEYWORDS.values(), *STRONG.values()]]
_WEIGHTS += [("generic", w) for w in GENERIC.values()]
_ALL_WORDS = [DECOYS.pattern, *KEYWORDS, *STRONG, *GENERIC]
_GROUPS = "|".join(f"(?P<w{i}>{p})" for i, p in enumerate(_ALL_WORDS))
# on lower-cased text, with a look-ahead that skips the positions no word can start at (~10x faster)
_WORDS = re.compile(f"(?=[{_first_letters(_ALL_WORDS)}])(?:{_GROUPS})")
# Characters that re.I matches to an ASCII letter but str.lower() does not turn into it (or into one
# character): text holding one is scanned with a re.I pattern, so the lower-case fast path stays exact.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ
_WORDS_I = re.compile(_GROUPS, re.I)


@lru_cache(maxsize=1 << 15)  # 83 % of a crawl's calls repeat a text (menus, footers, a list's blocks)
def word_scores(text: str) -> tuple[int, int]:
    """(planning, generic) scores of a text: the weights of the KEYWORDS and STRONG patterns it
    holds (nothing if it names a decoy), and the highest of the GENERIC ones, at most 2 (generic
    sections are explored, not trusted)."""
    scan = _WORDS_I.finditer(text) if any(t in text for t in _FOLD_TRAPS) else _WORDS.finditer(text.lower())
    found = {int(m.lastgroup[1:]) for m in scan if m.lastgroup}
    if not found:
        return 0, 0
    strong = 0 if 0 in found else sum(_WEIGHTS[i][1] for i in found if _WEIGHTS[i][0] == "strong")
    generic = max((_WEIGHTS[i][1] for i in found if _WEIGHTS[i][0] == "generic"), default=0)
    return strong, min(2, generic)


@dataclass(frozen=True)
class Priority:
    """A link's priority; whether it was chosen for its own words (strong) or only explored; and
    whether it is the next page of a listing (which stays as far from planning words as the first)."""

    value: int
    strong: bool
    pager: bool = False
    trail: bool = False  # continues a trail of documents pages: not bounded by its URL template
    named: bool = False  # named by a plan's years: its page's attachments are the plan's
    item: str = ""  # the list in pages it is a card of (news): as far from planning words as the list
    news: bool = False  # a card of a list whose page shows a card of planning words (the ambito's news)
    section: bool = False  # its words name a section of documents (Albo, Atti), or it sits under a heading of
    # planning: no template's copy, never settled
    topical: bool = False  # it sits under a heading of planning: as far from planning words as its page
    archive: int = 0  # the year of an older year of an archive by year: off the trail, first out of the reserve


@lru_cache(maxsize=1 << 16)  # a site's menus and footers repeat on each of its pages
def link_priority(url: str, anchor: str = "", context: str = "", *, on_topic_page: bool = False,
                  in_content: bool = False, listing: bool = False, documents: bool = False, trail: int = 0,
                  named_page: bool = False, other_plan: bool = False, section: str = "") -> Priority:  # fmt: skip
    """Priority of a link from its anchor, its URL path, the words around it (`context`), the page
    it sits on (`on_topic_page`: the page's text speaks of the ambito; `listing`: the page was
    reached through a generic section; `documents`: its URL or title is a documents section, an Albo,
    Amministrazione trasparente) and its type (a PDF that speaks of a plan ranks high). On such a
    page, a link named by a Piano di Zona's years (`names_triennium`) is as strong as one that names it.
    The trail that led to the page counts too: `trail` documents pages in a row end at it (a link of
    documents on it gains as much, up to TRAIL_BONUS); `named_page`: it was reached by a link named by a
    plan's years, so its attachments ("Leggi tutto") are the plan's; `other_plan`: its text names another
    triennial document (public works, staffing), so years on it are not a plan's. `section`: the heading
    the link sits under and the page's breadcrumb; when they speak of planning ("Servizi sociali",
    "Accordi di programma"), the link gains a point and a plan's years on it count, and a PDF under an
    accordo's or a plan's heading is one. So is a PDF that is no form in the content of a page whose text
    speaks of the ambito."""
    parts = urlsplit(url)
    path, query = unquote(parts.path), unquote(parts.query)
    if SKIP_EXTENSIONS.search(path):
        return Priority(0, False)
    # A link's own words are its anchor and the last step of its path: the sections above it are
    # shared by all their pages, and count once (`inherited`).
    step = path.rstrip("/").rsplit("/", 1)[-1]
    own = f"{step} {query} {anchor}"
    strong, generic = word_scores(own)
    if SOCIAL_AREA.fullmatch(anchor or _STEP_WORDS.sub(" ", step)):  # "Famiglia e persona": Servizi sociali
        strong = max(strong, STRONG_SCORE)
    inherited = 1 if word_scores(path)[0] >= STRONG_SCORE else 0
    value = strong + inherited + generic + (min(2, word_scores(context)[0]) if context else 0)
    pdf = bool(FILE_PATH.search(path))
    words = f"{own} {context}"
    attachment = pdf or (named_page and in_content and bool(ATTACHMENT.search(own)))
    topical = in_content and bool(section) and planning_section(section)
    plan_heading = topical and bool(DOCUMENT_WORDS.search(section))
    about = named_page or plan_heading or (pdf and in_content and on_topic_page and not FORM.search(own))
    other = strong < STRONG_SCORE and bool(OTHER_TRIENNIAL.search(own))  # "Piano triennale azioni positive"
    document = attachment and bool(about or DOCUMENT_WORDS.search(words)) and not (other or DECOYS.search(words))
    if pdf:
        value += 1
    value += 4 if document else 0
    act = bool(ACT_NUMBER.search(anchor))
    if in_content:
        value += (2 if on_topic_page else 0) + (1 if listing else 0)
        value += 1 if documents and listing and act else 0  # an act of an Albo list
        value += 1 if topical else 0
    on_trail = in_content and trail > 0 and (act or bool(DOCUMENT_LINK.search(own)) or bool(ACTS.fullmatch(anchor)))
    value += min(trail, TRAIL_BONUS) if on_trail else 0
    period = (
        (documents or listing or trail > 0 or topical)
        and not other_plan
        and not DECOYS.search(words)
        and names_triennium(f"{own} {context}")
    )
    value += TRIENNIUM_SCORE if period else 0
    pager = bool(PAGINATION.search(f"{path}?{query}" if query else path))
    value += pager
    # an archive by year on a trail of documents (an Albo's `?anno=2025`, named "2025") is no calendar
    by_year = on_trail and bool(YEAR_LINK.match(anchor)) and not (CALENDAR_DAY.search(query) or TRAP.search(path))
    if ((TRAP.search(f"{path}?{query}") and not by_year) or _looping(path)) and not strong:
        value = 0
    # "Amministrazione trasparente", "Albo pretorio", "Documenti"; and a link under a heading of planning, part of
    # that section whatever its template (a Halley portal's every page is `.../idtesto/N`: the social area's notice
    # "Contributi affitto" waited behind the news cards that had spent the template; fourteenth round)
    section = (generic >= 2 or topical) and value > 0
    chosen = strong >= STRONG_SCORE or document or period
    return Priority(value, chosen, pager, on_trail, period, section=section, topical=topical)


@lru_cache(maxsize=1 << 12)  # one section per page, asked for each of its links
def planning_section(section: str) -> bool:
    """Whether a heading or breadcrumb speaks of social planning (and names no decoy), or is the social area's
    own name ("Famiglia e persona": the content of its page is read as a Servizi sociali page's), or Designers
    Italia's category of social services ("Salute, benessere e assistenza": its page lists the service sheets
    that attach the ambito's documents, fifteenth round)."""
    return (
        word_scores(section)[0] >= STRONG_SCORE
        or bool(SOCIAL_AREA.fullmatch(section))
        or bool(SOCIAL_CATEGORY_RE.search(section))
    )


def _looping(path: str) -> bool:
    """A path that repeats itself (/a/b/a/b/a/: relative links resolved against themselves) or runs
    longer than any page of a municipal site."""
    steps = [s for s in path.split("/") if s]
    return len(path) > MAX_PATH or (len(steps) > 3 and max(steps.count(s) for s in steps) >= 3)


def sitemap_priority(url: str, lastmod: str | None, today: date) -> Priority:
    """A sitemap URL scored by its path and its type, and ranked up when its lastmod is recent; a
    recent date alone is no reason for a request (a news site's sitemap lists every post)."""
    found = link_priority(url)
    recent = bool(lastmod) and lastmod[:4].isdigit() and today.year - int(lastmod[:4]) <= 2
    return Priority(found.value + (1 if recent and found.value else 0), found.strong)


def template(url: str) -> str:
    """A URL with its numbers and tokens blanked: pages of one template (a calendar's days, a
    pager's pages, a session id that crawler/canonical.py does not know); for a listing filtered by
    facets, its path and the names of its filters (`facets`)."""
    facet = facets(url)
    return facet[0] if facet else _NUMBERS.sub("#", url.split("#", 1)[0])


@lru_cache(maxsize=1 << 16)  # the spider asks for a URL's template and its filters apart
def facets(url: str) -> tuple[str, int] | None:
    """A listing filtered by words (`/documenti/?tipologia=delibere&argomento=sociale&ordina=data`):
    its template (path and filter names, values blanked) and how many filters it combines. Every
    filtered page links every other combination, which outnumber any budget; a script's own query
    (`index.php?option=...&view=article`) names pages, not filters."""
    parts = urlsplit(url)
    if not parts.query or SCRIPT.search(parts.path):
        return None
    names = {k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if not PAGER_PARAM.fullmatch(k)}
    words = [v for k, v in parse_qsl(parts.query) if k in names and _WORD.search(v) and not _NUMBERS.fullmatch(v)]
    if not words:
        return None
    return f"{parts.scheme}://{parts.netloc}{parts.path}?{'&'.join(sorted(names))}", len(names)


_NUMBERS = re.compile(r"[0-9a-f]{16,}|\d+", re.I)
_WORD = re.compile(r"[^\W\d_]{2}")
SCRIPT = re.compile(r"\.(?:php\d?|aspx?|jsp|cfm|do|cgi|pl)$", re.I)
PAGER_PARAM = re.compile(r"page|pagina|paged|start|limitstart|pag|pg|p", re.I)
