"""Piano di Zona periods, approval dates and extensions, from sentences.

A year range is a plan period only when it spans a triennium and the words around it speak of
planning ("Piano di Zona 2021-2023", "triennio 2018/2020", "per il periodo 2015/2017"), or when it
sits in a table or list under a heading that does ("I Piani di Zona" / "2018/2020 | ..."); a
"bilancio 2020-2022", a school's PTOF or a "progetto 2019/2020" is not.

Dates attach to keywords: the approval date is the one after "approvato" (or just before it:
"In data 16.12.2021 è stato approvato"), the extension date the one after "prorogato"/"proroga"
("fino a tutto il 2024" is 31 December 2024). A sentence naming two periods gives each keyword to
the period written nearest to it; a sentence naming none ("E' stato prorogato fino al ...") speaks
of the plan of the sentence just before, or of the plan it calls "il presente Piano di Zona".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from crawler.parsers.document import LABEL_LEVEL
from crawler.parsers.italian import (
    DATE_RE,
    DATELINE,
    MONTHS,
    YEAR_END,
    date_in_words,
    find_dates,
    parse_date,
    split_sentences,
)
from crawler.parsers.pending_approval import pending
from crawler.parsers.prechecks import may_match
from crawler.parsers.publication_stamp import is_stamp
from crawler.parsers.short_periods import with_full_years
from crawler.records import PlanFacts

PERIOD_RE = re.compile(r"\b(20[0-4]\d)\s*(?:/|-|–|—|\bal\b|\s)\s*(20[0-4]\d|[0-4]\d)\b")  # "dal 2025 al 2027" too
PLAN_CONTEXT = re.compile(
    # the plan named by its term's noun: "triennio 2018/2020", "la precedente triennalità 2021-2023"
    r"piano\s+(?:sociale\s+)?(?:di\s+)?zona|piani\s+(?:sociali\s+)?di\s+zona|\bpdz\b|triennio|triennalit[àa]|"
    r"programmazione|"
    r"documento\s+di\s+piano|accordo\s+di\s+programma|periodo|piano\s+sociale|pianificazione|"
    r"triennale\s+(?:sociale|zonale)|"
    # the plan by its noun right before its period, in the plural too ("i Piani 2021-2023"), or with a zone plan's own
    # qualifier ("il Piano unitario 2025-2027" of two ambiti, "Piano sovrazonale 2025-2027")
    r"\b(?:piano|piani|documento)\s+(?:(?:unitari[oa]|sovrazonale|sovra-?distrettuale|interambito|zonale|distrettuale)\s+)?"
    r"(?=20[0-4]\d\s*[-/–]\s*(?:20)?[0-4]\d\b)|"
    r"\bpiano\s+(?:precedente|vigente|scaduto|uscente|in\s+(?:vigore|scadenza))\b|"  # "Il piano precedente, 2021-2023,"
    r"\b(?:precedente|vigente|scaduto|uscente)\s+piano\b|"  # "Il precedente piano, quello del 2021-2023,"
    r"\b(?:social|previous|current)\s+plan\b|\bsozialplan",  # an English or German summary block
    re.I,
)
NOT_PLAN = re.compile(
    # the DUP written in full ("Documento Unico di Programmazione 2025-2027"): its "programmazione" is no plan's
    r"documento\s+unico\s+di\s+programmazione\D{0,20}|"
    r"bilancio|\bptof\b|offerta\s+formativa|\bdup\b|opere\s+pubbliche|anticorruzione|\bpiao\b|"
    r"performance|fabbisogno|scolastic|stagione|campionato|progett[oi]|formazione|bonifica|"
    r"comprensorial|mandato|legislatura|\bpnrr\b|esercizi[oa]?",
    re.I,
)
PLAN_WORDS = re.compile(r"\bpian[oi]\b|\bpdz\b|documento|programmazione|accordo", re.I)
# "licenziato dall'Assemblea", "ha ricevuto il voto favorevole", "votato il", "ha fatto proprio il documento"
APPROVED = re.compile(
    r"\bapprovat\w*|\blicenziat[oa]\b|\bvoto\s+favorevole\b|\bvotat[oa]\b|\bfatto\s+propri[oa]\b|\bapprovazione|"
    r"\badottat\w*|\bdeliberat[oa]\b|\bapprov(?:a|ano|are)\b|\bvia\s+libera\b|\bapprov\.|"  # "approv.": short
    r"\bapproved\b|\bgenehmigt\b",  # an English or German summary block
    re.I,
)
PRESENT = re.compile(r"\bapprov(?:a|ano|are)\b|\bdelibera\b|\bdà\s+(?:il\s+)?via\s+libera", re.I)
# the passive in the present: "il Piano ... viene approvato all'unanimità", "è approvato a maggioranza", "risulta
# approvato", "sono approvati il Piano e l'Accordo" (not "è stato approvato": a past act, dated by its own words)
PASSIVE_PRESENT = re.compile(r"\b(?:viene|vengono|è|e['’]|sono|risulta|risultano)\s+$", re.I)
EXTENDED = re.compile(
    r"\bprorogat\w*|\bproroga(?:re|rne|rlo)?\b|\bprorog\.|\bestes[oa]\b|\bprolungat\w*|\bextended\b|\bverlängert\b",
    re.I,
)
# a plan kept in force past its triennium: "è rimasto in vigore fino al 31 dicembre 2024", "resterà in vigore fino al
# ...", "ne è stata differita la scadenza al ..." (an extension only when the date is past the plan's last year)
KEPT_IN_FORCE = re.compile(
    r"\b(?:(?:rimast|restat)[oa]|resta|rester[aà]|rimane|rimangono|rimarr[aà])\s+in\s+vigore\b|\bdifferit[oa]\b|"
    r"\b(?:avuto|mantenuto)\s+validit(?:à|a['’])",
    re.I,
)  # "il precedente Piano 2021-2023 ha avuto validità fino al 31 dicembre 2024"
CARRY_DISTANCE = 2  # sentences a period-less "è stato prorogato" may look back
# "L'Assemblea lo ha approvato": a pronoun for the plan just named, however many sentences back
PRONOUN = re.compile(
    r"\b(?:lo|l['’])\s*(?:ha|hanno|aveva|avevano|avrà)\s+(?:\w+\s+)?(?:approvat|adottat|deliberat|prorogat)", re.I
)
# an event said again, right before its word: "nuovamente prorogato", "ulteriormente prorogato", "un'ulteriore proroga",
# "una seconda proroga", "è stato di nuovo prorogato"
_AGAIN = re.compile(
    r"\b(?:nuovamente|ulteriormente|ulterior[ei]|di\s+nuovo|ancora|second[ao]|nuov[ao])\s+(?:(?:stat[oa]|una|un['’])\s*)?$",
    re.I,
)
# the plan the document is: "il presente Piano (di Zona)", "questo Piano", "il presente documento"
_THIS_PLAN = re.compile(r"\b(?:il\s+|del\s+|al\s+|nel\s+)?(?:presente|questo)\s+(?:piano|documento)\b", re.I)
_THIS_PLAN_WORDS = ("presente", "questo")  # one in every branch (prechecks.py)


def _this_plan(text: str) -> bool:
    """The text names the document's own plan ("il presente Piano"): most sentences, and a long line's every event,
    have neither word, so the pattern, tried at every character, is spared them."""
    return may_match(text, _THIS_PLAN_WORDS) and bool(_THIS_PLAN.search(text))


# a regional act's date ("DGR n. XII/2167 del 15/04/2024") is the region's, not the plan's approval; an ATS's decree
# ("Decreto del Direttore Generale n. 812 del 20/12/2024 ... presa d'atto dei Piani ... approvati") takes note of them
REGIONAL_ACT = re.compile(
    r"\b(?:d\.?\s?g\.?\s?r|giunta\s+regionale|decreto|regione\s+lombardia|direttore\s+generale)\b[^;,]{0,30}$", re.I
)


def _regions_act(sentence: str, pos: int) -> bool:
    """The date of a regional act ("DGR n. XII/2167 del 15/04/2024"), not a term the region set ("prorogato da
    Regione Lombardia fino al 31 dicembre 2024", "prorogato con DGR n. XI/7631 al 31/12/2024": an act is dated "del",
    its term "al")."""
    return bool(REGIONAL_ACT.search(sentence[:pos])) and not _UNTIL.search(sentence, max(0, pos - 30), pos)


def _periods(text: str) -> Iterator[tuple[re.Match[str], int, int, str]]:
    """Each period a text names, its years in full ("2025/27": 2025, 2027), with the clause right before it."""
    if "20" not in text:
        return  # a period's first year is 20xx: looked for in C before the pattern, which tries every character
    for m in PERIOD_RE.finditer(text):
        end = int(m.group(2))
        before = re.split(r"[;,]\s", text[max(0, m.start() - 40) : m.start()])[-1]
        yield m, int(m.group(1)), end + 2000 if end < 100 else end, before


# the region's guidelines for a term, by the title of its act: "Linee di indirizzo per la programmazione sociale
# territoriale per il triennio 2025-2027", "Indirizzi per la programmazione ... 2021-2023", "Linee guida regionali
# per la programmazione zonale 2018-2020": their period is the region's term, no plan the ambito states (unless the
# plan is named between the guidelines and the period: "linee di indirizzo per il Piano di Zona 2025-2027")
_GUIDELINES_TERM = re.compile(
    r"\b(?:linee\s+(?:di\s+indirizzo|guida)|indirizzi|indicazioni\s+regionali)\b"
    r"(?:(?!\bpian[oi]\b|\bpdz\b)[^;.])*$",
    re.I,
)


def periods_in(sentence: str, context: str = "") -> list[tuple[int, int, int]]:
    """(offset, start year, end year) of each plan period named in a sentence."""
    out = []
    for m, start, end, before in _periods(sentence):
        if end - start != 2:
            continue
        if _nearest_is_not_plan(before) or _OTHER_PLAN_AFTER.match(sentence[m.end() : m.end() + 40].lstrip(" )")):
            continue
        if _GUIDELINES_TERM.search(sentence[max(0, m.start() - 120) : m.start()]):
            continue
        window = sentence[max(0, m.start() - 90) : m.end() + 25]
        if PLAN_CONTEXT.search(window) or PLAN_CONTEXT.search(context):
            out.append((m.start(), start, end))
    return out


# another plan's object right after its period ("bilancio", "I Piani 2024-2026 delle opere pubbliche", "Il Piano
# distrettuale 2024-2026 del commercio"): the plan by its noun alone, in the plural or with a qualifier, is no zone plan
_OTHER_PLAN_AFTER = re.compile(
    rf"(?:(?:del|della|delle|dei|degli|dell['’])\s*)?(?:{NOT_PLAN.pattern}|commercio|trasporto|mobilit)", re.I
)


# the plan's own name right before its period: "Piano di Zona 2025-2027", "PdZ 2025/27", "Piano 2025-2027"
_PLAN_NAMED = re.compile(r"(?:\bpiano\s+(?:sociale\s+)?(?:di\s+)?zona|\bpdz|\bpiano)\s*$", re.I)


def _budget_periods(texts: set[str]) -> set[tuple[int, int]]:
    """Periods the page gives a budget or a DUP ("DUP 2026-2028 - Sezione operativa", "Bilancio 2026-2028")."""
    return {(start, end) for text in texts for _, start, end, before in _periods(text) if _nearest_is_not_plan(before)}


def _budgets_triennium(sentence: str, found: list[tuple[int, int, int]], budget: set[tuple[int, int]]) -> set[int]:
    """Offsets of the periods a sentence names as the budget's triennium beside the plan it names by name ("Nel
    triennio 2026-2028 l'obiettivo è dare attuazione al Piano di Zona 2025-2027", a DUP's mission 12): the budget's."""
    named = {at for at, *_ in found if _PLAN_NAMED.search(sentence[max(0, at - 30) : at])}
    if not named:
        return set()
    return {at for at, *years in found if tuple(years) in budget and at not in named}


def _nearest_is_not_plan(before: str) -> bool:
    """A budget or project named just before the period ("bilancio 2020-2022"), unless planning words are
    nearer ("formazione del Piano di Zona 2021-2023")."""
    bad = [m.end() for m in NOT_PLAN.finditer(before)]
    good = [m.end() for m in PLAN_CONTEXT.finditer(before)]
    return bool(bad) and (not good or max(bad) > max(good))


# what a comune's Giunta approves beside the plan it takes note of: "APPROVAZIONE DELLO SCHEMA DI ACCORDO", in an
# act's object without its article ("Approvazione schema di Accordo di Programma per il Piano di Zona"), "della bozza"
_OTHER_OBJECT = re.compile(r"\s+(?:(?:dello|lo|del|il|della|la)\s+)?(?:schema|bozza|testo)\b", re.I)
# a comune's council or Giunta approving ("Verbale di deliberazione del Consiglio Comunale ... Oggetto: Approvazione
# dell'Accordo di Programma per l'attuazione del Piano di Zona"): it signs up to the accord, the plan is the Assemblea's
_COMUNE_BODY = re.compile(r"\b(?:consiglio|giunta)\s+comunale\b", re.I)
_ASSEMBLY_WORDS = re.compile(r"\bassemblea\b", re.I)


# an extension by a year, with no date: a plan runs to the end of its last year, so to the end of the year after it
# ("per un altro anno" is a second extension: its year is not counted from the plan's)
_BY_A_YEAR = re.compile(r"\s+(?:di|per)\s+(?:un\s+anno|dodici\s+mesi|12\s+mesi)\b", re.I)


# the approving session in brackets right after the plan's period, with no verb: "Piano di Zona vigente: 2025/2027
# (Assemblea dei Sindaci del 16.12.2024)", "2025-2027 (deliberazione dell'Assemblea n. 9 del 19/12/2024)"
_SESSION_AFTER_PERIOD = re.compile(
    r"\b20[0-4]\d\s*[-/–]\s*(?:20)?[0-4]\d\s*(?P<session>\(\s*(?:assemblea\s+dei\s+sindaci|"
    r"deliberazione\s+dell['’]\s*assemblea(?:\s+dei\s+sindaci)?(?:\s+n\.?\s*[\w/]+)?)\s+(?:del|in\s+data)\b)",
    re.I,
)


# the Assemblea's vote as the sentence's only approval word ("Con il voto unanime dell'Assemblea dei Sindaci, riunita il
# 16 dicembre, il Legnanese ha il suo nuovo Piano", "ha ottenuto il voto unanime dei sindaci il ..."): read only where
# no other approval word is, whose date it would otherwise take ("approvato il 15 dicembre ... con voto unanime")
_UNANIMOUS = re.compile(r"\bvoto\s+(?:\w+\s+)?unanime\b", re.I)
# a word each branch of APPROVED and _SESSION_AFTER_PERIOD needs, and of EXTENDED and KEPT_IN_FORCE (most sentences
# have none)
_APPROVAL_WORDS = (
    "approv",
    "licenziat",
    "favorevole",
    "unanime",
    "votat",
    "fatto",
    "adottat",
    "deliberat",
    "libera",
    "genehmigt",
)
_EXTENSION_WORDS = ("prorog", "estes", "prolungat", "extended", "verl", "vigore", "differit", "validit")
_EVENT_WORDS = (*_APPROVAL_WORDS, "assemblea", *_EXTENSION_WORDS)


def _events(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each approval / extension keyword, in order."""
    if not may_match(sentence, _EVENT_WORDS):
        return []
    by_comune = bool(_COMUNE_BODY.search(sentence)) and not _ASSEMBLY_WORDS.search(sentence)
    found = [
        (m.start(), m.end(), "approved")
        for m in APPROVED.finditer(sentence)
        if not _OTHER_OBJECT.match(sentence, m.end()) and not by_comune and not pending(sentence, m.start())
    ]
    if not found and not by_comune:
        found = [(m.start(), m.end(), "approved") for m in _UNANIMOUS.finditer(sentence)]
    found += [(m.start("session"), m.end(), "approved") for m in _SESSION_AFTER_PERIOD.finditer(sentence)]
    found += [(m.start(), m.end(), "extended") for m in EXTENDED.finditer(sentence)]
    found += [(m.start(), m.end(), "kept") for m in KEPT_IN_FORCE.finditer(sentence)]
    found.sort()
    out: list[tuple[int, int, str]] = []
    for event in found:
        if out and out[-1][2] == event[2] and event[0] - out[-1][1] < 30:
            continue  # "approvato ... approvazione" in one breath is one event
        if (
            out
            and out[-1][2] == "approved"
            and event[2] != "approved"
            and _ITS_OBJECT.match(sentence[out[-1][1] : event[0]])
        ):
            out.pop()  # "ha deliberato che il Piano ... è prorogato", "ha approvato la proroga": the extension's act
        out.append(event)
    return out


# what an approval's verb decides, when that is an extension: a clause ("ha deliberato che il Piano di Zona 2021-2023
# è prorogato al ...") or the extension itself ("ha approvato la proroga del Piano"), the verb's own object
_ITS_OBJECT = re.compile(
    # (an adverb between: "ha approvato ieri sera la proroga")
    r"^\s*(?:(?:ieri(?:\s+sera|\s+mattina)?|oggi|stamattina|stasera|all['’]\s*unanimità|definitivamente)\s+)?"
    r"(?:(?:la|il|lo|l['’]|una|un)\s*|che\b[^.;:]{0,80}?\b(?:è|sia|viene|venga|sono|siano)\s+)$",
    re.I,
)


def _event_date(
    sentence: str, dates: list[tuple[int, str]], events: list[tuple[int, int, str]], n: int, session: str | None
) -> str | None:
    start, end, kind = events[n]
    stop = events[n + 1][0] if n + 1 < len(events) else len(sentence)
    after = [(pos, iso) for pos, iso in dates if end <= pos < stop]
    if kind in ("extended", "kept"):
        year = YEAR_END.search(sentence, end, stop)
        # the date the plan runs to ("fino al 31/12/2024"), not the extending act's ("con deliberazione n. 9 del ...")
        until = [(pos, iso) for pos, iso in after if _UNTIL.search(sentence, max(0, pos - 25), pos)]
        if year:
            until.append((year.start(), f"{year.group(1)}-12-31"))
            after.append(until[-1])
        return min(until or after)[1] if after else None
    after = [(pos, iso) for pos, iso in after if not _not_the_acts_day(sentence, pos)]
    if after:
        return after[0][1]
    begin = events[n - 1][1] if n else 0
    before = [iso for pos, iso in dates if begin <= pos < start and not _not_the_acts_day(sentence, pos)]
    if before:
        return before[-1]
    # minutes record decisions in the present tense: "l'Assemblea approva" happens on the session's date; in the
    # passive, when a plan is named its subject ("Il Piano è approvato", "Sono approvati il Piano e ..."), not the
    # minutes' or the agenda's approval ("Il verbale della seduta precedente è approvato")
    passive = PASSIVE_PRESENT.search(sentence[max(0, start - 12) : start]) and PLAN_WORDS.search(sentence)
    # (the vote's words before the verb of its clause: "l'Assemblea, con il voto favorevole dei presenti, approva")
    present = PRESENT.match(sentence, start) or PRESENT.search(sentence, end, min(stop, end + _VOTE_TO_VERB))
    present = present or passive or _SAME_SESSION.search(sentence)
    return session if present else None


_VOTE_TO_VERB = 40  # "voto favorevole" / "dei presenti, " / "approva": the vote's words and its verb in one clause


# the words right before a date say what day it is: a term a plan or an act runs to ("fino al 31/12/2024", "sino
# al", "a tutto il"), a deadline ("entro il 31 gennaio"), the day an act takes effect ("entra in vigore il 1 gennaio
# 2025", "con decorrenza dal", "a partire dal"); none is the day anything was approved
_TERM = r"\b(?:fino|sino)\s+(?:a\s+tutto\s+)?(?:al|il|all['’])\s*$|\ba\s+tutto\s+il\s*$"
_UNTIL = re.compile(rf"{_TERM}|\bal\s*$", re.I)  # an extension's date: a term, or "prorogato al 31/12/2024"
_NO_ACTS_DAY = re.compile(
    rf"{_TERM}|\bentro\s+(?:il\s+|l['’]\s*)?$|"
    r"\b(?:in\s+vigore|decorrenza|decorre|efficac[ei]|a\s+partire|con\s+effetto)\s+(?:dal|dall['’]|il|l['’])?\s*$",
    re.I,
)
# a step before the vote that dates the draft, not the act: "condiviso nel tavolo tecnico del 5 dicembre", "presentato
# alla cabina di regia del 28 novembre", "dopo essere stato discusso con il Consiglio di Rappresentanza il 14 novembre"
_EARLIER_STEP = re.compile(
    r"\b(?P<step>condivis|presentat|illustrat|discuss|esaminat|trasmess|inviat|predispost|elaborat|redatt)[oaie]\b"
    r"[^.;:]{0,60}$",
    re.I,
)


def _not_the_acts_day(sentence: str, pos: int) -> bool:
    """A date the words before it give to something else: a term, a deadline, a date of effect, an earlier step
    (with no approval's word between the step's participle and the date)."""
    if _NO_ACTS_DAY.search(sentence, max(0, pos - 30), pos):
        return True
    step = _EARLIER_STEP.search(sentence, max(0, pos - 80), pos)
    return bool(step) and not APPROVED.search(sentence, step.end("step"), pos)


# the session the page records, named as the same one ("approvato ... nella medesima seduta", "nella stessa seduta"):
# the page's session dates it, in any tense
_SAME_SESSION = re.compile(r"\b(?:medesima|stessa)\s+seduta\b", re.I)


# news dates an approval without its year: "lo ha approvato all'unanimità il 28 novembre scorso", "lunedì 16 dicembre"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# (also in digits after its article, as posts write it: "Approvato l'11/12 dall'Assemblea"; not a fraction "il 2/3 dei")
_NO_YEAR = re.compile(
    rf"\b(?P<d>[0-3]?\d)\s+(?P<mn>{_MONTH_NAMES})\b(?!\.?\s+(?:19|20)?\d\d\b)|"
    r"(?:(?<=\bil\s)|(?<=\bl['’]))(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)(?![/.-]?\d)(?!\s+d(?:el|ei|egli|ell)\w*\b)",
    re.I,
)
NO_YEAR_REACH = 40  # characters from the approval's verb to its date
NO_YEAR_OPENING = 40  # characters from a sentence's start to a date that opens it
# the meeting that approves, dated in the subject's clause: "L'Assemblea dei Sindaci, riunita il 27 novembre nella sala
# consiliare di X, ha approvato ...", "convocata il", "nella seduta (dell'Assemblea) del", "riunita lo scorso 12
# dicembre"; or after the verb in its clause: "approva il Piano ... nella seduta del 20 dicembre"
_MET = re.compile(
    r"\b(?:riunit[aoie]|convocat[aoie]|(?:nella|in)\s+seduta(?:\s+dell['’]\s*assemblea(?:\s+dei\s+sindaci)?)?"
    r"(?:\s+del)?|"
    # the meeting's vote or session named with its body: "Con il voto dell'Assemblea dei Sindaci dell'Ambito X del 16
    # dicembre scorso, il nuovo Piano ... è stato approvato", "con la seduta dell'Assemblea del 12 dicembre"
    r"(?:voto|votazione|seduta|riunione)\s+(?:unanime\s+)?dell['’]\s*assemblea\b[^.;:,]{0,80}?\s+del)\s+"
    r"(?:il\s+|l['’]\s*|lo\s+scorso\s+)?"
    r"(?:(?:luned|marted|mercoled|gioved|venerd)[iì]\s+|sabato\s+|domenica\s+)?(?=[0-3]?\d\s)",  # "mercoledì 11"
    re.I,
)


# a timeline's item opened by its year ("• 2021 - l'Assemblea approva il Piano ... nella seduta del 20 dicembre",
# "2023: la Regione proroga ...", "(2024) ..."): the dates it writes without a year are of that year; a period opening
# it ("2021-2023 ...") is no item's year
_TIMELINE_YEAR = re.compile(r"^[\W_]*\(?(?P<year>20[0-4]\d)\)?\s*[-–—:.)]?\s+(?!\d)")


def _without_year(sentence: str, events: list[tuple[int, int, str]], written: str) -> list[tuple[int, str]]:
    """Dates without a year right after an approval, opening its sentence ("Giovedì 12 dicembre, era toccato
    all'Ambito di X: ... hanno approvato il loro Piano") or dating the meeting in its clause ("riunita il 27
    novembre"), given the year of the timeline's item the sentence is, else the year that makes them the latest
    before `written`."""
    out: list[tuple[int, str]] = []
    timeline = _TIMELINE_YEAR.match(sentence)
    for n, (start, end, kind) in enumerate(events):
        m = _NO_YEAR.search(sentence, end, end + NO_YEAR_REACH + 20)
        if m and m.start() - end > NO_YEAR_REACH:
            m = None
        opening = _NO_YEAR.search(sentence, 0, min(start, NO_YEAR_OPENING + 20))
        m = m or (opening if opening and opening.start() <= NO_YEAR_OPENING else None)
        # (the meeting named before the verb or after it in its clause: "approva il Piano di Zona 2021-2023 nella
        # seduta del 20 dicembre")
        stop = events[n + 1][0] if n + 1 < len(events) else len(sentence)
        met = [_NO_YEAR.match(sentence, w.end()) for w in _MET.finditer(sentence, 0, stop)]
        m = m or next((d for d in met if d), None)
        if kind != "approved" or not m:
            continue
        month = MONTHS[m.group("mn").lower()] if m.group("mn") else int(m.group("mm"))
        day = int(m.group("d") or m.group("dd"))
        year = int(written[:4]) - ((month, day) > (int(written[5:7]), int(written[8:10])))
        year = int(timeline.group("year")) if timeline else year
        iso = parse_date(str(day), str(month), str(year))
        if iso:
            out.append((m.start(), iso))
    return out


# news dated by their byline count days back from it: "ieri" for the day before ("La seduta si è svolta ieri",
# "approvato ieri sera"), "l'altro ieri" for two days before, a past weekday for the last such day before the byline
# ("Martedì scorso", "lo scorso giovedì", "domenica scorsa")
_WEEKDAYS = ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica")
_YESTERDAY = re.compile(
    r"\b(?P<two>l['’]\s*altro\s*ieri|altroieri|avantieri)\b|(?<!\baltro\s)(?<!\baltr['’])\bieri\b|"
    r"(?:\b(?P<before>(?:(?:lo|la)\s+)?scors[oa]\s+))?\b"
    r"(?P<weekday>lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?:['’]|\b)(?(before)|\s*scors[oa]\b)",
    re.I,
)
_YESTERDAY_WORDS = ("ieri", "scors")  # every branch of _YESTERDAY needs one of them
# the sentence after an approval that dates its meeting: "La seduta si è svolta ieri a Palazzo ...", "La riunione si è
# tenuta il 16 dicembre"
_SESSION_HELD = re.compile(
    r"\b(?:seduta|riunione|assemblea|votazione)\b[^.;]{0,40}?\b(?:si\s+è|è\s+stat[ao])\s+(?:svolt|tenut|riunit)", re.I
)


# a teaser's dateline opening its sentence ("17 dicembre 2024 - L'Assemblea ha approvato ieri il nuovo Piano"): the day
# the item was written, which its "ieri" counts back from, not the day of what it tells
_DATELINE = re.compile(rf"^(?P<date>{DATELINE.pattern})[-–|:]\s+(?=\S)", re.I)


def _dateline(sentence: str) -> tuple[int, str] | None:
    """(end, ISO date) of a dateline opening a sentence that says "ieri"."""
    m = _DATELINE.match(sentence)
    said = find_dates(m.group("date")) if m and _YESTERDAY.search(_unaccented(sentence), m.end()) else []
    return (m.end(), said[0][1]) if len(said) == 1 else None


def _yesterday(sentence: str, written: str | None) -> list[tuple[int, str]]:
    """ "ieri", "l'altro ieri" or a past weekday in a sentence of a page dated by its writing: that day."""
    if not written or not may_match(sentence, _YESTERDAY_WORDS):
        return []
    on = date.fromisoformat(written)
    out = []
    for m in _YESTERDAY.finditer(_unaccented(sentence)):
        weekday = m.group("weekday")
        back = (on.weekday() - _WEEKDAYS.index(weekday.lower())) % 7 or 7 if weekday else 2 if m.group("two") else 1
        out.append((m.start(), (on - timedelta(days=back)).isoformat()))
    return out


def _unaccented(text: str) -> str:
    """The text with the weekdays' final ì as i, offsets kept ("martedì" and "martedi'" alike)."""
    return text.replace("ì", "i").replace("Ì", "I")


# a plan is approved in the months around its first year's start: a date written without its year on a page that
# gives no date of its own ("l'Assemblea lo ha approvato nella seduta del 17 dicembre", of the Piano 2025-2027) is in
# the year before the start from July on (2024-12-17), in the first year before (2025-01-30)
PLAN_YEAR_TURN = "06-30"


def _around_start(start_year: int) -> str | None:
    """The date that gives a yearless approval date the year nearest before the plan's start."""
    return f"{start_year}-{PLAN_YEAR_TURN}" if start_year else None


def _valid(plan: PlanFacts, kind: str, iso: str) -> bool:
    year = int(iso[:4])
    if kind == "approved":
        return plan.start_year - 1 <= year <= plan.end_year
    return plan.end_year + (kind == "kept") <= year <= plan.end_year + 3


def plans_in(
    sentences: list[str],
    contexts: list[str] | None = None,
    session: str | None = None,
    written: str | None = None,
    round_plan: tuple[int, int] | None = None,
) -> tuple[list[PlanFacts], dict[str, str]]:
    """Every plan period in the sentences, with approval and extension dates; plus evidence.

    `contexts` gives each sentence the heading it sits under (for table rows and list items);
    `session` is the date of the meeting a page records, if it is minutes ("seduta del ...");
    `written` the date the page was written (a news byline), which gives a year to a date news writes without one;
    `round_plan` the one period a page of several ambiti names, the plan an ambito approves as "il proprio documento".
    """
    sentences = [with_full_years(s) for s in sentences]  # "PdZ 25-27": the period in full
    contexts = [with_full_years(c) for c in contexts] if contexts else [""] * len(sentences)
    plans: dict[tuple[int, int], PlanFacts] = {}
    evidence: dict[str, str] = {}
    last: tuple[int, int] | None = None
    own: tuple[int, int] | None = None  # the document's own plan: the first it names (its title)
    last_at = -10
    # "L'Assemblea lo ha approvato il 12 dicembre" before any plan is named (a news summary): the plan named next
    pending: list[tuple[int, str, str, str]] = []
    held: tuple[int, tuple[int, int]] | None = None  # an approval without its date, which the next sentence may give

    def record(key: tuple[int, int], kind: str, iso: str | None, sentence: str, again: bool = False) -> None:
        plan = plans[key]
        field = "approved_on" if kind == "approved" else "extended_until"  # "kept" in force: extended too
        now = getattr(plan, field)
        # (an extension said again, "ulteriormente prorogato fino al ...", supersedes the first: the later date)
        if iso and _valid(plan, kind, iso) and (not now or (again and field == "extended_until" and iso > now)):
            setattr(plan, field, iso)
            evidence[f"{field.split('_')[0]}:{plan.start_year}-{plan.end_year}"] = sentence[:300]

    budget = _budget_periods({*sentences, *contexts})
    for idx, sentence in enumerate(sentences):
        found = periods_in(sentence, contexts[idx])
        aside = _budgets_triennium(sentence, found, budget) if budget else set()
        found = [f for f in found if f[0] not in aside]
        own = own or (found[0][1:] if found else None)
        for _, start, end in found:
            if (start, end) not in plans:
                plans[(start, end)] = PlanFacts(start, end)
                evidence[f"plan:{start}-{end}"] = sentence[:300]
        if found and last is None:
            for at, kind, iso, said in pending:
                if idx - at <= CARRY_DISTANCE:
                    record(found[0][1:], kind, iso, said)
        events = _events(sentence)
        dateline = _dateline(sentence) if events else None
        dates = (
            [
                (pos, iso)
                for pos, iso in find_dates(sentence)
                if not _regions_act(sentence, pos) and not (dateline and pos < dateline[0])
            ]
            if events
            else []
        )
        # (an undated page: the latest plan's start gives the year, see PLAN_YEAR_TURN)
        basis = written or _around_start(max(f[1] for f in found) if found else (own or last or (0,))[0])
        if events and basis:
            told = _yesterday(sentence, dateline[1] if dateline else written)
            dates = sorted(dates + _without_year(sentence, events, basis) + told)
        if held and idx == held[0] + 1 and not events and _SESSION_HELD.search(sentence):
            on = [iso for _, iso in find_dates(sentence) + _yesterday(sentence, written)]
            record(held[1], "approved", on[0] if len(on) == 1 else None, sentence)
        held = None
        for n, (pos, _, kind) in enumerate(events):
            clause = sentence[events[n - 1][1] if n else 0 : pos]
            if _another_objects(sentence, clause, events, n, found) or (kind == "extended" and _calls_term(clause)):
                continue
            iso = _event_date(sentence, dates, events, n, session)
            if own and _this_plan(clause) and not PERIOD_RE.search(clause):
                key = own  # "Il Piano 2021-2023 è stato prorogato ...; questo Piano è stato approvato ..."
            elif here := _before_the_next_event(_in_its_clause(sentence, pos, found), events, n) or (
                [] if last else found
            ):
                key = min(here, key=lambda f, p=pos: (abs(f[0] - p), f[0] < p))[1:]
            elif own and _this_plan(sentence):
                key = own  # "Il presente Piano è stato approvato ...": the document's own
            elif last and (idx - last_at <= CARRY_DISTANCE or PLAN_WORDS.search(sentence) or PRONOUN.search(sentence)):
                key = last
            elif round_plan and kind == "approved" and PLAN_WORDS.search(sentence) and not NOT_PLAN.search(sentence):
                # "l'Ambito B ha approvato il proprio documento lunedì 16 dicembre", "ha approvato il Piano per gli
                # undici comuni", "il documento ... è stato approvato a Castano Primo"; not another object's plan or
                # accord ("ha approvato l'accordo per il trasporto scolastico")
                key = round_plan
                plans.setdefault(key, PlanFacts(*key))
                evidence.setdefault(f"plan:{key[0]}-{key[1]}", sentence[:300])
            else:
                if last is None and iso and PRONOUN.search(sentence):
                    pending.append((idx, kind, iso, sentence))
                continue
            # (in the sentence that names the plan only: "Il piano precedente era stato prorogato ..." on its own names
            # no period, page 84)
            if found and kind != "approved" and iso and _PREVIOUS.search(clause) and not PERIOD_RE.search(clause):
                key = _previous_plan(plans, key, iso)
                evidence.setdefault(f"plan:{key[0]}-{key[1]}", sentence[:300])
            if kind == "extended" and not iso and _BY_A_YEAR.match(sentence, events[n][1]):
                iso = f"{key[1] + 1}-12-31"  # "il Piano 2021-2023, prorogato di un anno": to the end of 2024
            record(key, kind, iso, sentence, bool(_AGAIN.search(clause)))
            if kind == "approved" and not iso:
                held = (idx, key)  # "Via libera al Piano 2025-2027. La seduta si è svolta ieri": the next dates it
        if found:
            last, last_at = found[-1][1:], idx
    if len(plans) == 1:  # a page that names one plan: "il documento ...: l'Assemblea lo ha approvato il 28 novembre"
        for _, kind, iso, said in pending:  # however far before it, when the sentence names the plan by a word
            if PLAN_WORDS.search(said):
                record(next(iter(plans)), kind, iso, said)
    return sorted(plans.values(), key=lambda p: p.start_year), evidence


def _before_the_next_event(
    found: list[tuple[int, int, int]], events: list[tuple[int, int, str]], n: int
) -> list[tuple[int, int, int]]:
    """The periods named before the next event's word: one after it is that event's ("l'Accordo è stato approvato
    ... il 22 gennaio 2025, dopo la proroga del Piano 2021-2023 al 31 gennaio": the extension's plan, not the
    approval's); all of them when none is."""
    stop = events[n + 1][0] if n + 1 < len(events) else None
    return [f for f in found if stop is None or f[0] < stop] or found


def _in_its_clause(sentence: str, pos: int, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The periods before the end of the clause of the verb at `pos`: one after a semicolon is another clause's ("Il
    Piano è stato approvato il 28/11/2024; il precedente Piano 2021-2023 è rimasto in vigore ..."), and the verb's
    plan is the one named before (a heading's)."""
    end = sentence.find(";", pos)
    return found if end < 0 else [f for f in found if f[0] < end]


def _another_objects(
    sentence: str, clause: str, events: list[tuple[int, int, str]], n: int, found: list[tuple[int, int, int]]
) -> bool:
    """An approval of another object, the plan named after it with its own participle: "Il riparto è stato approvato
    il 30 gennaio 2025, insieme al Piano di Zona 2025-2027 adottato il 16 dicembre 2024" (the riparto's date, not the
    plan's). Guards: no plan word before the first verb; the plan's period between the two, right before the second."""
    approvals = events[n][2] == "approved" and n + 1 < len(events) and events[n + 1][2] == "approved"
    if not approvals or PLAN_WORDS.search(clause):
        return False
    start, after = events[n][1], events[n + 1][0]
    periods = [m for at, *_ in found if start < at < after and (m := PERIOD_RE.match(sentence, at))]
    return any(re.fullmatch(r"\s*,?\s*", sentence[m.end() : after]) for m in periods)


# a call's deadline extended ("Termine per le domande prorogato fino al 31 marzo", "la scadenza dell'avviso è
# prorogata", "i termini di presentazione sono prorogati"): the call's, not the plan's, unless the plan is its object
# ("la scadenza del Piano di Zona è stata prorogata al 31/12/2024")
_CALLS_TERM = re.compile(
    r"\b(?:termin[ei]|scadenz[ae])\s+(?:per|di|del|dei|della|delle|dell['’])\b(?P<object>[^.;:]{0,60})$", re.I
)


def _calls_term(clause: str) -> bool:
    """Whether the clause before an extension ends with a call's deadline as its subject (`_CALLS_TERM`)."""
    term = _CALLS_TERM.search(clause[-TERM_CHARS:])
    return term is not None and not PLAN_WORDS.search(term["object"])


TERM_CHARS = 120  # the deadline and its object sit right before the verb


# the plan before the one just named, by ellipsis: "2025-2027, approvato il 20/12/2024; il precedente è stato prorogato
# sino al 31/12/2024", "il piano precedente", "quello precedente"
_PREVIOUS = re.compile(
    # (not another object's: "il precedente avviso / bando è stato prorogato")
    r"\b(?:il|quello)\s+(?:piano\s+(?:di\s+zona\s+)?)?precedente\b(?!\s+(?!(?:è|e'|era|sarà|viene|fu|resta|rimane|ha)\b)[a-zà-ù])"
    r"|\bil\s+precedente\s+piano\b",
    re.I,
)


def _previous_plan(plans: dict[tuple[int, int], PlanFacts], key: tuple[int, int], iso: str) -> tuple[int, int]:
    """The plan before `key`, extended to `iso` in the year before `key` starts: the triennium that ends the year
    before the extension's (extended to 31/12/2024, the 2021-2023 plan; the cycles are not all back to back:
    2018-2020, 2021-2023, 2025-2027), added; else `key`."""
    year = int(iso[:4])
    if year != key[0] - 1:
        return key
    before = (year - 3, year - 1)
    plans.setdefault(before, PlanFacts(*before))
    return before


_OTHER_ACT = re.compile(NOT_PLAN.pattern + r"|\bp\.?g\.?t\b|regolament|statuto|convenzion", re.I)


def plan_units(
    lines: list[str], levels: list[int], wrapped: bool = False, paragraphs: list[int] | None = None
) -> tuple[list[str], list[str]]:
    """Sentences to read plans from, each with the heading it sits under when it is terse (a table
    row, a list item). A table row is read with its column headers: "Approvazione: 13/12/2021".
    `wrapped`: the lines are a text document's, wrapped at a width ("... HA APPROVATO IL PIANO DI ZONA" /
    "2021-2023, ..."), so a long line that ends mid-sentence goes on in the next; `paragraphs`: each line's
    paragraph, when a blank line ends a sentence (a web page rendered to text, `web_text`): none goes on past one."""
    units, contexts, _ = plan_units_at(lines, levels, wrapped, paragraphs)
    return units, contexts


def plan_units_at(
    lines: list[str], levels: list[int], wrapped: bool = False, paragraphs: list[int] | None = None
) -> tuple[list[str], list[str], list[int]]:
    """`plan_units`, with the index of the line each unit starts in (in a wrapped paragraph, the line its sentence
    starts in: "3.1 Ambito di X." / "... Il Piano ... approvato il 17 dicembre" under X's heading is X's section's)."""
    pieces = [[(0, i)] for i in range(len(lines))]
    if wrapped:
        lines, levels, pieces = _unwrapped(lines, levels, paragraphs)
    units: list[str] = []
    contexts: list[str] = []
    origins: list[int] = []
    heading, header, label, plan_label = "", "", "", ""
    for n, (line, level, joined) in enumerate(zip(lines, levels, pieces, strict=True)):
        start = joined[0][1]
        # (a card's label naming the plan over its value, however long: "Piano di Zona" / "2025-2027, approvato dall'
        # Assemblea dei Sindaci il 17 dicembre 2024" in a <dl>; the one value right under it)
        # (or a field's label in a block of its own, closed by a colon: Drupal's "Piano di Zona:" over "2015-2017, ...")
        under_plan = plan_label if not level else ""
        labelled = level == LABEL_LEVEL or (not level and line.endswith(":"))
        names_plan = labelled and len(line) <= 40 and bool(PLAN_CONTEXT.search(line))
        plan_label = line if names_plan and not _OTHER_ACT.search(line) else ""
        cells = line.split(" | ")
        if len(cells) > 1 and (level or _plain_header(cells, lines[n + 1 : n + 2])):
            header = line
            continue
        if label and not level and len(line) <= 60 and not _events(line):
            line = f"{label}: {line}"  # "Approvazione" / "Assemblea dei Sindaci, 16 dicembre 2024" in a <dl> card
        # (a label of another act's approval, "Approvazione PGT", "Bilancio approvato il", dates no plan)
        names_approval = level == LABEL_LEVEL and len(line) <= 40 and bool(_events(line))
        label = line if names_approval and not _OTHER_ACT.search(line) else ""
        if level:
            heading, header = line, ""
        names = header.split(" | ") if header else []
        if len(cells) > 1 and len(names) == len(cells):
            units.append("; ".join(f"{n}: {c}" for n, c in zip(names, cells, strict=True)))
            contexts.append(f"{heading} {header}")
            origins.append(start)
            continue
        terse = len(cells) > 1 or line.startswith("•") or len(line) <= 60
        at = 0
        for sentence in split_sentences(line):
            at = max(at, line.find(sentence[:20], at))
            units.append(sentence)
            own = f"{heading} {header}" + (f" {under_plan}" if under_plan and under_plan != heading else "")
            contexts.append(own if terse else under_plan)
            origins.append(next(i for offset, i in reversed(joined) if offset <= at))
    return units, contexts, origins


def _plain_header(cells: list[str], below: list[str]) -> bool:
    """A table's header row in plain cells (an old CMS's bold <td>s: "Piano | Approvazione Assemblea | Note"): words
    only, over a row of as many cells that holds a date or a period."""
    row = below[0].split(" | ") if below else []
    return len(row) == len(cells) and not any(re.search(r"\d", c) for c in cells) and bool(PERIOD_RE.search(below[0]))


def _unwrapped(
    lines: list[str], levels: list[int], paragraphs: list[int] | None
) -> tuple[list[str], list[int], list[list[tuple[int, int]]]]:
    """A wrapped text's paragraphs, each with the lines it joins: (offset in the paragraph, index of the line). A
    line does not go on in the next across a paragraph's end (`paragraphs`), nor into a line that opens with the words
    its paragraph opened with: the next item of a list ("Piano di Zona 2021/2023 (pdf) - approvato il ..." / "Piano
    di Zona 2018/2020 (pdf)"), not the rest of a sentence."""
    out: list[str] = []
    out_levels: list[int] = []
    pieces: list[list[tuple[int, int]]] = []
    for i, (line, level) in enumerate(zip(lines, levels, strict=True)):
        prev = out[-1] if out else ""
        stamp = is_stamp(line) or bool(pieces) and is_stamp(lines[pieces[-1][-1][1]])  # a byline stands alone
        # (a lone operative verb goes on in its object, past a blank line: "APPROVA" / "" / "il Piano di Zona ...")
        if (out and line and _DISPOSITIVE.match(prev)) or (
            out
            and not level
            and not out_levels[-1]
            and len(prev) >= 50
            and not prev.endswith(_TERMINAL)
            and line
            and not stamp
            and (paragraphs is None or paragraphs[i] == paragraphs[pieces[-1][-1][1]])
            and not _opens_alike(lines[pieces[-1][0][1]], line)
        ):
            out[-1] = f"{prev} {line}"
            pieces[-1].append((len(prev) + 1, i))
        else:
            out.append(line)
            out_levels.append(level)
            pieces.append([(0, i)])
    return out, out_levels, pieces


# a deliberation's operative verb on a line of its own, its object on the next: "l'Assemblea all'unanimità" / "APPROVA"
# / "il Piano di Zona 2025-2027 ...", "DELIBERA" / "di approvare ...", "DETERMINA", "PRENDE ATTO"
_DISPOSITIVE = re.compile(r"^(?:APPROVA|APPROVANO|DELIBERA|DELIBERANO|DETERMINA|DECRETA|ADOTTA|PRENDE\s+ATTO)\s*:?$")


def _opens_alike(first: str, line: str) -> bool:
    """Whether two lines open with the same two words, numbers aside ("PdZ 2021-2023 - ..." / "PdZ 2018-2020 - ..."):
    items of one list, since a wrapped line does not go on with the words its sentence began with."""
    return _opening(first) == _opening(line)


def _opening(line: str) -> list[str]:
    return _DIGITS.sub("0", line[:OPENING_CHARS].lower()).split(maxsplit=2)[:2]


OPENING_CHARS = 60  # two words of a line's opening fit in its first characters (a run-on line is 1 MB)
_DIGITS = re.compile(r"\d")


def own_clauses(unit: str, named: list[tuple[int, str]], key: str) -> str:
    """A sentence as it speaks of one ambito, on a page of several: the dates in the clauses another ambito governs
    are blanked, so "L'Ambito A ha approvato il Piano il 12 dicembre, l'Ambito B il 17 dicembre" dates A's plan by the
    12th and B's by the 17th. A name governs the clause after it, up to the next name; when the dates come before the
    names ("approvato il 12 dicembre nell'Ambito A e il 17 dicembre nell'Ambito B"), the clause before it; with
    "rispettivamente" the dates go to the ambiti in the order they are named. `named`: (offset, key) of each ambito."""
    keys = list(dict.fromkeys(k for _, k in named))
    each = re.search(r"\brispettivamente\b", unit, re.I)
    after = [m.span() for m in DATE_RE.finditer(unit, each.end())] if each and key in keys else []
    if len(keys) > 1 and len(after) == len(keys):
        return _blank(unit, [span for n, span in enumerate(after) if keys[n] != key])
    spans = _clauses(unit, named)
    return _blank(unit, [span for (_, other), span in zip(named, spans, strict=True) if other != key])


def _clauses(unit: str, named: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The span each name governs: from it to the next name, or from the name before it up to it when the sentence
    opens on a date and its last clause has none (the dates written before the names)."""
    starts = [at for at, _ in named]
    forward = [(at, starts[n + 1] if n + 1 < len(starts) else len(unit)) for n, at in enumerate(starts)]
    if starts and DATE_RE.search(unit[: starts[0]]) and not DATE_RE.search(unit[forward[-1][0] :]):
        return [(starts[n - 1] if n else 0, at) for n, at in enumerate(starts)]
    return forward


def _blank(unit: str, spans: list[tuple[int, int]]) -> str:
    out = unit
    for at, end in spans:
        out = out[:at] + DATE_RE.sub(lambda m: " " * len(m.group(0)), out[at:end]) + out[end:]
    return out


_TERMINAL = (".", ";", ":", "!", "?")
# "seduta del ...", "il giorno ...", "del giorno ...", and the minutes' heading "VERBALE DELL'ASSEMBLEA DEI SINDACI DEL
# 19 DICEMBRE 2024"
SESSION = re.compile(
    r"\b(?:seduta|riunione|adunanza|assemblea\s+dei\s+sindaci)\s+(?:del(?:l['’])?|in\s+data)\b(?:\s+giorno\b)?"
    r"|\b(?:il|del)\s+giorno\b",
    re.I,
)


# the Assemblea dei Sindaci's own act heading the page: "ASSEMBLEA DEI SINDACI" / "DELIBERAZIONE N. 4 DEL 11/12/2024"
_ASSEMBLY = re.compile(r"\bassemblea\s+(?:dei\s+sindaci|distrettuale|dell['’]\s*ambito|di\s+ambito)\b", re.I)
_ACT_WORD = re.compile(r"\b(?:deliberazione|delibera|verbale)\b", re.I)
_ACT_NUMBER = re.compile(r"\s*n\.?\s*[\w/]+\s+(?:del|in\s+data)\b", re.I)  # "N. 4 DEL 09/12/2024"
_ACT = re.compile(rf"{_ACT_WORD.pattern}[^|]{{0,60}}?\b{_ACT_NUMBER.pattern}", re.I)  # "Deliberazione n. 4 del"
# the label of a number that records the act's publication or filing, not the act itself: "Registro albo",
# "Reg. Pubbl.", "Protocollo", "Repertorio"
_REGISTRY = re.compile(r"\b(?:registro|reg\.|albo|protocollo|prot\.|repertorio|rep\.|pubblicazion\w*)", re.I)


def _comune_bodys_act(heads: list[str]) -> bool:
    """The page is a comune's council's or Giunta's act ("Deliberazione del Consiglio Comunale n. 58 del ..."): a
    session its premises name ("l'Assemblea dei Sindaci, nella seduta del 7 novembre, ha proposto ...") is another
    meeting, and what the act approves in the present is the comune's, not the Assemblea's."""
    acts = [line for line in heads if _ACT_WORD.search(line)]
    return any(_COMUNE_BODY.search(a) for a in acts) and not any(_ASSEMBLY.search(a) for a in acts)


# a heading's date wrapped to a line of its own: "VERBALE DELLA SEDUTA DELL'ASSEMBLEA DEI SINDACI" / "del 13 dicembre
# 2024", "Riunione dell'Assemblea" / "in data 5 marzo 2025"
# ("del giorno 11 dicembre 2024", "in data 5 marzo 2025")
_DATE_LINE_OPENING = re.compile(r"^(?:del(?:l['’])?|in\s+data)\s+(?:giorno\s+)?\d", re.I)


def _with_wrapped_dates(top: list[str]) -> list[str]:
    """Each of the first lines, joined to the next when that one opens with the date it goes on to."""
    return [
        f"{line} {top[n + 1]}" if n + 1 < len(top) and _DATE_LINE_OPENING.match(top[n + 1]) else line
        for n, line in enumerate(top)
    ]


def session_date(lines: list[str], title: str) -> str | None:
    """The meeting date of minutes ("Verbale ... seduta del 20 gennaio 2022"), or of the Assemblea dei Sindaci's
    deliberation the page is ("DELIBERAZIONE N. 4 DEL 11/12/2024" under "ASSEMBLEA DEI SINDACI"): what it
    decides in the present tense ("DELIBERA di approvare il Piano") it decides that day. A comune's Giunta or
    Consiglio deliberating is not the Assemblea approving."""
    top = lines[:6]
    for n, line in enumerate(top):
        above = " ".join(top[max(0, n - 2) : n])
        # (the act's number on a line of its own under its heading: "DELIBERAZIONE DELL'ASSEMBLEA DEI SINDACI" /
        # "DELL'AMBITO ..." / "N. 4 DEL 09/12/2024")
        # (not a registry's number: "Registro albo" / "n. 2024/3391 del 09/12/2024" dates the publication)
        act = _ACT.search(line) or (
            _ACT_NUMBER.match(line) if _ACT_WORD.search(above) and not _REGISTRY.search(top[n - 1]) else None
        )
        near = " ".join([title, above, line])
        if act and _ASSEMBLY.search(near) and not re.search(r"\bgiunta\b|\bconsiglio\b", near, re.I):
            dates = [iso for pos, iso in find_dates(line) if act.end() <= pos <= act.end() + 5]
            if dates:
                return dates[0]
    # (the act's session line among its first lines: "Deliberazione n. 4/2024" / ... / "Seduta del 18 dicembre 2024";
    # without an act's word only the first three: a news item's "nella prossima seduta" on line 4 makes no minutes)
    window = top if _ACT_WORD.search(" ".join([title, *top])) else top[:3]
    if not re.search(r"\bverbale\b|\bseduta\b", " ".join([title, *window]), re.I) or _comune_bodys_act([title, *top]):
        return None
    for line in _with_wrapped_dates(top):
        for m in SESSION.finditer(line):  # "seduta dell'Assemblea dei Sindaci del 19 dicembre 2024": the last dates it
            dates = [iso for pos, iso in find_dates(line) if m.end() <= pos <= m.end() + 5]
            if dates:
                return dates[0]
    # the Assemblea's minutes opened by the formula in words: "L'anno duemilaventiquattro, il giorno undici del mese di
    # dicembre, ... si è riunita l'Assemblea dei Sindaci" (a Giunta's or a Consiglio's minutes are no Assemblea's)
    opening = " ".join([title, *top])
    if _ASSEMBLY.search(opening) and not re.search(r"\bgiunta\b|\bconsiglio\b", opening, re.I):
        return date_in_words(opening)
    return None
