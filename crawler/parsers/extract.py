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
from crawler.parsers import contacts as ct
from crawler.parsers import members as mb
from crawler.parsers import names as nm
from crawler.parsers import office as of
from crawler.parsers.answers import answered
from crawler.parsers.chrome_lists import speak_for_the_page
from crawler.parsers.document import Document, UnreadablePage, load
from crawler.parsers.italian import count_before, find_dates, split_sentences
from crawler.parsers.plans import own_clauses, periods_in, plan_units, plan_units_at, plans_in, session_date
from crawler.records import AmbitoFacts, ComuneFacts, Contacts, PageFacts
from crawler.reference.comuni import NameResolver, lombardia, normalize_name
from crawler.reference.health import find_asst, find_ats

EXTRACTOR = "ambiti-extract"
# 0.4.7 member lists (several ambiti, redactions, short names); 0.4.8 capofila and the office's contacts; 0.4.9
# everyday words in capitals, an Unione's lists, news lists over sentences, lettered parties; 0.4.10 an e-mail
# address whose local part names a desk ("ufficio.piano@") is the office's; 0.4.11 an Unione's site's page about
# the ambito keeps its lists; 0.4.12 member lists cut by a PDF's layout (wrapped items, page footers, signature
# blocks) and news lists over clauses; 0.4.13 capofila in capitals and two-column accords, the office's contacts
# in delibere, other desks' numbers and opening hours; 0.4.14 ambiti named by a lower-case adjective or by their
# Ufficio di Piano, old abbreviations ("Lod.", "B. d'Adda"), an ASST's health district, second lines after a slash;
# 0.4.15 ambiti named by a table's column headed "Ambito" ("Abbiatense | Abbiategrasso | A, B, ...") or by the site's
# name on a page titled "L'Ambito"; a call's list named as "i Comuni dell'Ambito X:"; "Quello di X" opening the
# paragraph after an ambito's; the capofila by its role with an aside ("che per conto di tutti svolge il compito
# di"), with "ne" alone ("X NE È CAPOFILA"), plural verbs ("restano a X") or as an apposition ("X, suo capofila,");
# 0.4.16 a capofila line "Ente capofila: Comune di X" over a list, what the plan covers in the next paragraph, running
# headers of two lines, the rest of a right-hand item in a two-column list, "È X a svolgere", "in capo al Comune di X",
# a site named "Ambito di X", a place closing the sentence before a list's colon; 0.4.17 the office's numbers on the
# line under its address line ended by ";"; news approvals: a pronoun's for the page's only plan, however far below,
# and a day without a year opening the approval's sentence; on a page of several ambiti that names one period, an
# ambito's "proprio documento"; 0.4.18 member lists in a site's menu or footer under a members' heading ("Comuni
# soci", "I Comuni dell'Ambito"), signatures "f.to digitalmente", an ASST's health district, "Comunicati" no "comuni";
# 0.4.19 (round 15, other fields than members) a table's bold first row as its header,
# a comune's footer or letterhead never the office's nor a member's contacts, other desks' and services' numbers, the
# office's number offered in prose, the capofila's role after a colon, a heading of an ambito's joint name, a site
# named after the office, a contact alone under the office's contact line, a meeting dated without a year before the
# approval's verb, a table with one row per ambito; 0.4.20 (round 16, heldout7 read) residents sent to an ambito
# named after its place ("si rivolga all'ambito Rhodense") are no members; a comune said to be another ambito's after
# the page's own list; a site named "Ambito territoriale di X" in <title> over any page heading; the ambito's services
# "rivolti ai residenti di:" five comuni or more (rule `residents`); the capofila as a city's apposition ("X, città
# capofila dell'Ambito"), the role after a colon named with "quel" ("quel ruolo spetta al Comune di X"); cards
# titled by comuni whose bodies name them again; 0.4.21 (round 17) the update date the HTML's markup states, the
# comune's own contact box ("Contatta il comune") not the office's, numbers offered with an imperative ("Chiamate il ...
# oppure lo ..."), a contact cell under the office's bare name, the office's address ended by its town over its numbers,
# an answer opening with where the office is ("In Piazza ... a X"), a long footer headed by the office; the Assemblea's
# minutes dated by the formula in words ("L'anno duemilaventiquattro, il giorno undici del mese di dicembre"), a
# deadline ("entro il") no approval date, an extension's date after "fino al" over the act's, "questo Piano" in the
# approval's clause the document's plan; 0.4.22 (round 18, heldout8/9 read) a table column headed "Ambito" names
# ambiti, not members; a verb that is a comune's name ("opera in qualità di") no capofila; an ambito of another region
# none; a call's territory ("Possono presentare domanda i residenti nei comuni di", "Territorio:"); chips side by side;
# "Ufficio di Piano di X (Comune capofila)"; a letter's addressees to the mayors; text tables' rows; SVG map tooltips;
# a word processor's table of one paragraph a cell; a site "Ambito <territory>"; English and German lists; a check under
# a plain "Capofila" header; hyphenated short lines; a text table of ambiti (a joint name, a sentence under it)
# 0.4.23 (round 19, heldout8/9 read) a six-digit ISTAT code no phone, the
# office's JSON-LD, numbers out of use, the office's own site's footer on every page, a comune's table of desks, a
# notice's RUP no responsible, "composto da: il Responsabile, dott. X", a site named "Ambito <adjective>", abbreviated
# months and verbs ("12 dic. 2024", "approv."), a byline below banners, "riunita mercoledì 11 dicembre", an ATS decree's
# own date no approval, English and German summary blocks, a post's "l'11/12"
# 0.4.24: rounds 18 and 19 merged (written in parallel on 0.4.21)
# 0.4.25: round 20 (heldout10 as a diagnosis set): a block of neighbouring towns ("Comuni vicini") is no list of
# members; a sentence under a table is no part of its list; the DUP written in full is no plan;
# a lettered list past "z)" ("aa)", "ab)"); a CAP and a frazione after a name ("Pero (MI) 20016 - fraz. Cerchiate");
# a <dl>'s terms, one description each
# 0.4.27: round 22 (issue 11): the capofila's sentence read whole: an apposition before the verb ("X, socio di
# maggioranza, svolge il ruolo di"), the role then its holder with no verb ("il ruolo di capofila svolto dal Comune
# di X"), "X è il capofila", "il ruolo di capofila è del Comune di X"; a project's role named after "capofila"
# ("capofila del progetto") is none; a table of ambiti under two header rows, cells spanning two rows or columns; the
# mayors at the ambito's meeting up to three sentences after it ("l'Assemblea dell'Ambito", "i sindaci dell'Ambito"); an
# infobox's "Comuni" cell beside its list; an aside of place closing "L'Ambito è formato da N comuni, lungo il canale";
# a menu "I Comuni dell'Ambito" on the ambito's own site; a regulation's numbered paragraph "2. Il regolamento
# si applica nei Comuni di" after the one naming the ambito; an ATS's page names health districts, as an ASST's; a
# privacy notice's joint controllers ("contitolari del trattamento"); "con sede presso il Comune di X, ente capofila";
# "X è uno dei comuni dell'Ambito" (a line naming one member may still seat the office); "la sindaca di X, che ha
# ricordato come il Comune sia capofila"
# 0.4.28: round 23 (contacts and dates, heldout12 read): the office's head named beside the office's role in any
# sentence of the ambito's part ("la nomina della dott.ssa X a coordinatrice dell'Ufficio di Piano"); a press office's
# or a newsroom's contacts, even run on after the office's, and a comune's desk after a lead-in, not the office's; on a
# page of a service's desks, a comune's card or row with the desk's hours gives no contacts of the comune; the office's
# number after a notice's or desk's word ("Help desk telefonico", "Numero dedicato", "Segreteria", "Per chiarimenti");
# on an undated page, an approval written without its year takes the year around the plan's start (Jul-Dec: the year
# before; Jan-Jun: its first); an invitation to write after a PEC ("... scrivete a x@...") gives an ordinary e-mail;
# the office's row right under a table of desks' header row ("Sportello | Indirizzo | Telefono")
# 0.4.29: a signer's surname that is also a comune's name ("La Sindaca / Maria Brivio", "Brivio Giovanni", "dott.ssa
# Cantù") names no member; a given name that ends a comune's own name ("Sesto San Giovanni") is no person's
# 0.4.30: round 24 (issue 11, whole lists): a transparency table's cell of a social-services body's members under a
# label without "comuni" ("Soci: A (BG); B (BG)", "Enti soci pubblici: Comune di A; Comune di B"); an Assemblea's
# roll call in a PDF's text ("Bagnatica Roberto Scarpellini (delegato) Presente"): the comune opening the row is no
# surname and the mayor and presence after it are the item's tail; a transposed table (comuni as column headers over
# rows of figures) lists them; an accord's signature blocks side by side ("Per il Comune di A   Per il Comune di B" /
# "Il Sindaco   Il Sindaco") are one list, and signature blocks under a project's or an Unione's accord are none
# 0.4.31: round 25a (issue 11): a map drawn by a script (Leaflet's GeoJSON "nome"/"name", a marker's bindPopup) lists
# its places under the map box's accessible name, for the member rules to judge as any list; the capofila in the
# perfect of a term's report ("X ha esercitato il ruolo di capofila"); an application form's fieldsets and paragraphs
# are read (a search form's are not); "il Comune è ente capofila" on a comune's own site names that comune; an
# infographic's text alternative ("Infografica: ..., 1 ente capofila (Comune di X)") is a paragraph; "il Distretto X
# dell'ASST Y" is a health district, no ambito; a sentence sending its comuni to another ambito's site names no
# members; "A, che ne è capofila, B": the relative clause's role is A's; a word hyphenated at a line's end inside a
# column of two is joined without its hyphen ("Gar-" / "bagnate Milanese"), as in a single column; a numbered
# section heading that a PDF's text layer puts between the two columns of a list of comuni and figures is skipped; a
# roll call's one-letter presence column ("PERO A", "RHO P") is an item's tail; a transparency record's field of its
# members ("Enti consorziati | A; B") under the record's social-services body ("Ragione sociale | Azienda Sociale ...");
# the signer's formula without a name ("il Sindaco o suo delegato ____") between signature blocks run together
# 0.4.32: round 25b (issue 11, contacts and dates): a plan that "rimarrà/resta/rimane in vigore fino al ..." is
# extended as "è rimasto in vigore" was; "prorogato fino alla fine del(l'anno) 2024" runs to 31 December 2024; a
# budget's triennium ("DUP 2026-2028" on the page) named beside the Piano di Zona's own period is no plan; the office
# named again as "L'ufficio ha sede / si trova / risponde ..." is no other desk, and its number "al numero", "con il
# numero" in such a sentence is its phone; "l'Ufficio di Piano è in via ..." states its seat; news name the head as
# "È X la nuova responsabile dell'Ufficio di Piano" and "Guidato da X, che ne è la responsabile" after the office; in
# the office's card a "Responsabile:" label outranks a "Referente:" one (a clerk's: "Referente: X (amministrativa)");
# another desk as a line's subject below the office's ("A Codogno il Punto Casa riceve ... (tel. ...)") is not it;
# the office's number in brackets right after its name in prose ("dall'Ufficio di Piano (0363 317 602)") is its phone;
# every row of the office's staff table ("Ruolo | Nome | Telefono", "Nominativo | Funzione | Tel.") gives its number;
# an aside in brackets after the office's name ("(il Comune è ente capofila)") no longer stops it heading a card, whose
# address line under the head's role line gives its unlabelled number; an e-mail a text document hyphenated at a
# line's end ("pianodi- zona@...") is one address again; the card of the office's head ("Nome | X" / "Incarico attuale |
# Responsabile dell'Ufficio di Piano" / "Telefono dell'ufficio | ...") gives its head and contacts; a numbered street
# ends at its number in prose ("in via Manini 21 il nuovo Ufficio", "in via Dante 12 l'Ufficio di Piano"); "il
# documento 2025-2027" names a plan as "il Piano 2025-2027" does
# 0.4.33: lead (issue 11): a Designers Italia office page's map card, in a geocoder's order ("Municipio di X, 1, Via
# Y, X, Varese, Lombardia, 21022, Italia"), is the office's seat: not another desk under the unit's "Area di
# riferimento" line, nor the town hall's letterhead
# 0.4.34: real third-party markup (issues 11 and 19): an accordion's toggle button heads its panel (an FAQ's question
# over its answer) and an FAQ's bare answer completes its question ("Chi è il capofila?" / "Il Comune di X.")
# 0.4.35: mend12 (review 12): fixes to 0.4.31-0.4.33's map scripts, sent-elsewhere lists, office cards and forms
# 0.4.36: round 26a (issue 11): the ambito's parts under their labels ("L'Ambito è suddiviso in tre aree" / "Area Nord:
# A; B" / "Area Sud: C; D") are its members; "Elenco:" names what the sentence before counted; a merged comune's former
# names in brackets ("Castelgerundo (già Camairago e Cavacurta)") no longer cut its list; a table of ambiti keeps the
# rows with no list ("Ambito di Corsico | Corsico | in aggiornamento") as sections beside those with one; the capofila
# as "comune capo-distretto dell'Ambito" (not a health district's), as the comune the office's seat is at ("La sede
# dell'Ufficio di Piano è presso il Comune di X"), and on a consortium's card page of the ambito; an aside right after a
# list puts it outside ("Anche A e B, fuori dall'ambito, ..."); "CITTA' METROPOLITANA DI MILANO:" names no item; "(**)"
# with its footnote marks the capofila; an FAQ's answer lists the comuni its question asks ("Quali Comuni fanno parte
# dell'Ambito?" / "Undici: A, B, ..."); a lone comune said of another ambito is not the page's; the current capofila
# after a body that held the role ("... svolto dall'Azienda; ... passato al Comune di X, che è l'attuale ente
# capofila"); "Comune di X," / "ente capofila" wrapped onto the next line marks X; a roll call's role before each comune
# ("SINDACO - BOLLATE (PRESIDENTE)", "ASSENTE - SENAGO"); a list of ambiti, one item each ("• Ambito di Cantù: Comune
# di Cantù"), is a section per item, the item's comune its capofila when the list's introduction names the capofila;
# "riunisce i 60 Comuni della provincia e il Comune di X" makes X a member as "... della provincia di Lodi e ..." did;
# a question's "?" is no part of an ambito's name
# 0.4.37: round 26b (issue 11, contacts and dates): "La sede dell'Ufficio di Piano è presso ..." states its seat, and
# the contact line right under it ("Recapiti: telefono ...") is the office's; a card's label naming the approval
# ("Approvazione" / "Approvato dall'Assemblea" in a <dl>) over a value with only its date dates the card's plan; the
# ambito's card gives the office's seat right over its contacts ("Sede: Via ..." / "Contatti"), and a line of nothing
# but a number and an e-mail in the office's lines gives its phone; another desk named right before the colon that
# opens its contacts deep in a sentence ("... resta il Segretariato sociale del Comune: Piazza ..., tel.") is not it;
# the comune's own e-mail or PEC, which its footer gives, is not the office's where the body repeats it without naming
# the office ("Le domande devono pervenire ... alla PEC protocollo@..."); news say "ieri" for the day before their
# date, a date alone on its line among the first (the dateline, before a later date the first paragraph names); the
# sentence after an undated approval that dates its meeting ("La seduta si è svolta ieri ...") dates the approval; an
# invitation to call in the office's lines ("Scrivi a ... o chiama lo 0331 ...", "chiamarci allo ...") gives its phone;
# "l'Ufficio di Piano, coordinato dalla dott.ssa X," and an FAQ's "Chi è il responsabile dell'Ufficio di Piano?"
# answered by a name name its head; in a footer headed by the office, another body's line run on after the office's
# ("... tel. 02 3500 5741 Azienda Consortile ... tel. 02 9902 1100") is not the office's; a sentence naming the office
# followed by "Informazioni: <number>, <e-mail>", and a mailbox named for it ("Per informazioni: ufficiodipiano@..."),
# give its contacts; a table's header row in plain (bold) cells over rows with a period names the columns that date
# each row's plan ("Piano | Approvazione Assemblea | Note"); "l'ufficio riceve in piazza ..." states its seat, a
# numbered street ends before "dal/dalle/ogni/nei" ("piazza Mercato 5 dal lunedì"), and the office's one-line block
# with its e-mail unlabelled ("Referente: Ufficio di Piano, Via ..., 22100 Como, udp@...") gives its seat
# 0.4.38: lead (issue 11): the ambito's parts run on in one paragraph after the sentence that divides it ("... è
# organizzato in tre aree operative. Area Nord: A, B; Area Centro: C; Area Sud: D") are its members, as parts on
# lines of their own were
# 0.4.39: lead (issue 11): a member list in the chrome is the first list after its heading, a note between them ("I
# comuni dell'ambito" / "Ente capofila: Comune di X" / the band of the members' logos)
# 0.4.40: lead (issue 11): a table's rows as a PDF's text lays them out, "Comune 6.951 9,8%", are items of a list (the
# figures are the item's tail), and a row's figures wrapped onto a line of their own are no break in it
# 0.4.41: lead (issue 11): a roll call's row "Comune: Sindaco, presente" ("Desio (Comune capo-distretto): Sindaco,
# Presidente, presente") is a list item, who sat for the comune and whether present its tail
# 0.4.42: lead (issue 11): the sentence that divides the ambito into parts is any of its paragraph's, not only the
# last ("... è suddiviso in tre aree. Comune capo-distretto è Lodi." over "Area Nord: ...")
# 0.4.43: lead (issue 11): a table "Ambito | Comune" (one comune a row) says its rows are ambiti's, as "Ambito | Comuni"
# 0.4.44: lead (issue 11): "Distretto X - ASST Y" (a heading's dash, colon or bar before the ASST) is the ASST's health
# district, as "il Distretto X dell'ASST Y" was
# 0.4.45: lead (issue 11): a roll call's presence column ("Baranzate presente Novate Milanese presente", two columns
# of a minutes' text run together) is list material between its comuni and after the last
# 0.4.46: lead (issue 11): a numbered section heading between two bulleted items of a list ("- Nerviano" / "2.2 La
# governance" / "- Parabiago") does not cut it, as between two rows of figures
# 0.4.47: review 13 of 0.4.38-0.4.46: the roll call's role tail no longer backtracks on a run of spaces; the nearest
# sentence that divides something decides (a Distretto del Commercio's division between the ambito's and its parts
# takes them); a footer note's one link is no member list; a row's figures are two, or one plainly a figure ("Rho 12"
# is no row); one list mark (columns.LIST_MARK) for a section heading inside a list
# 0.4.48: lead (issue 11): the ambito divided in the active voice ("l'ambito articola i servizi in tre aree"), a part's
# label ended by an em dash, and a part named after a comune ("Area Lodi e Nord Lodigiano — A, B": Lodi names the part)
# 0.4.49: lead (issue 11): mayors at the Assemblea "in qualità di ospiti" / "come ospiti" of their own ambiti are no
# members (the guard the list rules had, now on the mayors' rule too)
VERSION = "0.4.49"

log = logging.getLogger(__name__)

PAGE_DATE = re.compile(
    r"(?:ultimo\s+aggiornamento|ultima\s+modifica|pagina\s+aggiornata|aggiornat[oa]\s+(?:il|al)\b|"
    r"data\s+(?:di\s+)?aggiornamento|ultima\s+revisione|modificat[oa]\s+il\b|last\s+updated?|"
    r"^\s*aggiornamento\s*:)",
    re.I,
)
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
    facts = PageFacts(url=doc.url)
    facts.page_updated_on = page_date(doc.lines, doc.chrome) or doc.modified
    page = _read(doc, resolver)
    _comuni_contacts(page, facts)
    main = nm.main_key(page.mentions)
    if main is None:
        if not facts.comuni:
            facts.skipped_reason = "no ambito named on the page"
        return facts
    for key, lo, hi in _sections(page, main):
        ambito = _ambito(page, key, lo, hi, whole_page=(lo, hi) == (0, len(page.lines)), facts=facts)
        if ambito.members or ambito.capofila or ambito.plans or ambito.ufficio_di_piano:
            facts.ambiti.append(ambito)
    if not facts.ambiti and not facts.comuni:
        facts.skipped_reason = "an ambito is named but the page states no fact about it"
    return facts


def _read(doc: Document, resolver: NameResolver) -> _Page:
    lines, levels, origin = ct.pair_labels(doc.lines, doc.levels)
    lines = answered(lines)
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
    mentions = nm.not_health_districts(mentions, " ".join([doc.head_title, doc.title, *doc.breadcrumb]))
    member_groups = mb.member_groups(lines, levels, groups, resolver)
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
        mb.comune_blocks(lines, levels, resolver),
        member_groups,
        resolver,
    )


# a page of a service's desks, one in each comune ("Punto Unico di Accesso - sportelli nei comuni", "Segretariato
# sociale: sportelli dell'Ambito"), whose cards or rows give each desk's days and hours ("Quando: martedì 9.00-12.00",
# "Giorni e orari | mar 9-12"): the desk's phone and seat, not the comune's own contacts
_DESKS_PAGE = re.compile(
    r"\bsportell[oi]\b|\bsegretariato\b|\bpunt[oi]\s+(?:unic[oi]\s+)?(?:di\s+)?accesso\b|\bPUA\b", re.I
)
_HOURS = re.compile(
    r"\b(?:quando|orari\w*|giorni(?:\s+e\s+orari)?)\b\s*[:|]|"
    r"\b(?:lun|mar|mer|gio|ven|sab)\w*\b[^|\n]{0,25}?\b\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}\b",
    re.I,
)


TITLE_CHARS = 500  # a title longer than this is a text's first line, not a title: its start is read
HOURS_LINE_CHARS = 2_000  # a desk's hours sit at the start of its card's lines, not 5 MB into a run-on line


def _desk_hours(lines: list[str], first: int, last: int) -> bool:
    """Whether lines first..last are a desk's card or rows (its hours), read on a page of a service's desks only.
    Each line is read up to HOURS_LINE_CHARS: a run-on line of a text, read once for each of its blocks, took time
    that grew with the square of its length."""
    return any(_HOURS.search(line[:HOURS_LINE_CHARS]) for line in lines[first : last + 1])


def _comuni_contacts(page: _Page, facts: PageFacts) -> None:
    by_code: dict[str, ComuneFacts] = {}
    # a lone block opening the document is its letterhead ("COMUNE DI NERVIANO" / "Piazza Manzoni 14 - ... - tel.
    # ..." over a Giunta's act): the publisher's own, not a fact of the ambito's comuni
    letterhead = len(page.blocks) == 1 and page.blocks[0][0] == 0
    desks = bool(_DESKS_PAGE.search(f"{page.doc.title[:TITLE_CHARS]} {page.doc.head_title[:TITLE_CHARS]}"))
    for start, last, code, found in [] if letterhead else page.blocks:
        if not (desks and _desk_hours(page.lines, start, last)):
            by_code.setdefault(code, ComuneFacts(code, found, {"contacts": page.lines[start]}))
    for group in page.member_groups:
        if desks and _desk_hours(page.lines, group.line, group.end):
            continue
        for code, found in group.contacts.items():
            by_code.setdefault(code, ComuneFacts(code, found, {"contacts": group.evidence[:300]}))
    facts.comuni.extend(by_code.values())


# an ambito named aside, as a neighbour, partner or comparison ("confina con l'Ambito di X", "come l'Ambito di X"):
# not the one a list below belongs to
_ASIDE = re.compile(
    r"\b(?:con|come|insieme\s+a|a\s+differenza|rispetto|oltre|verso)\s*(?:l['’]|all['’]|dell['’]|al|del|a|ad|di)?\s*$",
    re.I,
)


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
    for group in page.member_groups:
        # the ambito named last before the run (in its own sentence or up to three lines above), after the previous run
        since = max(prev_end, (group.line - 3, -1))
        upto = (group.line, group.col)
        if group.governed:  # a table's column of comuni: its header cell names the ambito
            since, upto = (group.governed[0], group.governed[1]), (group.governed[0], group.governed[2])
        near = [
            m
            for m in in_text[bisect.bisect_left(where, since) : bisect.bisect_left(where, upto)]
            if not _ASIDE.search(page.lines[m.line][max(0, m.at - 40) : m.at])
        ]
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
        keys = list(dict.fromkeys(k for k, _ in owned))
    if len(keys) < 2 or len(keys) != len(owned):
        # one section: a run said of another ambito ("No, Magenta fa parte dell'Ambito del Magentino") is not its
        page.member_groups = [g for g in page.member_groups if said_of.get(id(g), main) == main]
        return [(main, 0, len(page.lines))]
    bounds = [start for _, start in owned] + [end]
    # two ambiti named in one sentence share its line: each section keeps at least its first line
    return [(key, bounds[n], max(bounds[n + 1], bounds[n] + 1)) for n, (key, _) in enumerate(owned)]


def _byline_date(page: _Page) -> str | None:
    """The date a page was written, as its first lines give it (a news byline "di X · 18 dicembre 2024", a delibera's
    "N. 18 DEL 06/02/2025"): the latest date there, or the one date alone on its line (the article's dateline, before a
    first paragraph that names a later one: "18 dicembre 2024" / "... prorogato fino al 31 dicembre 2024")."""
    alone = [iso for line in page.lines[:6] if _DATELINE.fullmatch(line) for _, iso in find_dates(line)]
    if len(alone) == 1:
        return alone[0]
    dates = [iso for _, iso in find_dates(" \n ".join(page.lines[:6]))]
    if not dates:  # a byline below a cookie banner, a weather widget, the section's name: "di Chiara Rossi · 12 ..."
        dates = [iso for line in page.lines[6:BYLINE_REACH] if _BYLINE.match(line) for _, iso in find_dates(line)]
    return max(dates) if dates else None


_DATELINE = re.compile(
    r"\s*(?:(?:luned|marted|mercoled|gioved|venerd)[iì],?\s+|sabato,?\s+|domenica,?\s+)?"
    r"[0-3]?\d(?:\s+[a-zé]+\s+|[/.-][01]?\d[/.-])(?:19|20)\d\d\s*",
    re.I,
)
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
        if 0 < page.levels[m.line] < 7
        and m.at == 0
        and (
            len(page.lines[m.line].strip()) <= len(m.name) + 2
            or _JOINT_NAME.fullmatch(page.lines[m.line].strip()[len(m.name) :])
        )
    ]
    if len({page.levels[m.line] for m in heads}) != 1:
        return []
    return [(m.key, m.line) for m in heads]


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


# an item of a list of ambiti whose introduction says it gives each one's capofila ("Gli ambiti e i rispettivi enti
# capofila:"): "• Ambito di Cantù: Comune di Cantù"
_ITEM_CAPOFILA = re.compile(
    r"^•\s[^:–—]{3,80}?\s*[:–—-]\s*(?:il\s+)?(?:comune|città)\s+di\s+(?P<name>[^,.;()]{2,50})", re.I
)


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
    excluded |= {k for b in page.blocks for k in range(b[0], b[1] + 1)}
    # the site's footer speaks for a page that is about the ambito (it lists its comuni), not for one naming it aside;
    # on the office's or the ambito's own site it speaks for every page
    footer = page.doc.chrome if whole_page and (members or _own_site(page.doc.head_title)) else []
    office = _office(page, lo, hi, whole_page, excluded, footer)
    row_office, row_capofila = (None, None) if whole_page else _row_office(page, lo, hi)
    office = row_office if row_office and not row_office.contacts.is_empty() else office
    stated = None if office.contacts.responsible else of.responsible_stated(sentences)
    if stated:  # the office's head named in a sentence of the ambito's part, on any line
        office.contacts.responsible, ambito.evidence["responsible"] = stated[0], stated[1][:300]
    own_list = None if whole_page else set(members)  # on a page of several ambiti, the capofila is one of its own
    # the page title: "Comune di X – capofila dell'Ambito di X"
    title = [s for t in dict.fromkeys((page.doc.title, page.doc.head_title)) if t for s in split_sentences(t)]
    # a site's footer: "Ufficio di Piano dell'Ambito X - Capofila: Comune di Y - Piazza ..."
    chrome = [s for t in footer if cf.KEYWORD.search(t) and cf.AMBITO_WORDS.search(t) for s in split_sentences(t)]
    capofila, basis, evidence = _capofila(page, sentences + title + chrome, groups, blocks, place, office, own_list)
    if not capofila and members:  # a card or a signature speaks for a page that lists the ambito's comuni
        capofila, evidence = _capofila_laid_out(page, lo, hi, own_list)
        basis = "stated" if capofila else None
    if not capofila and own_list:
        capofila, basis, evidence = _capofila_elsewhere(page, key, own_list)
    if not capofila and row_capofila:  # the "Comune capofila" cell of the ambito's row
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
_EACH_OWN = re.compile(r"\b(?:ognuno|ciascuno|ogni\s+ambito|ciascun\s+ambito)\b[^.;]{0,40}\b(?:propri|suo)o?\b", re.I)
_NAMES_ONE = re.compile(r"ambit|distrett", re.I)  # a unit that may name an ambito (names.mentions_in is slower)


def _plan_units(page: _Page, key: str, lo: int, hi: int, whole_page: bool) -> tuple[list[str], list[str]]:
    """The sentences that date this ambito's plans. On a page of several ambiti: its section's, and any other that
    names it ("L'Assemblea dell'Ambito A ha approvato il Piano il 12 dicembre, quella dell'Ambito B il 17"), each
    with the dates of the clauses about another ambito blanked."""
    wrapped = page.doc.kind != "html"
    if whole_page:
        return plan_units(page.lines[lo:hi], page.levels[lo:hi], wrapped=wrapped)
    if page.plan_units is None:
        by_line: dict[int, list[nm.Mention]] = {}
        for m in page.mentions:
            by_line.setdefault(m.line, []).append(m)
        page.plan_units = [
            (unit, context, line, _named(unit, page.lines[line], by_line.get(line, []), page.resolver))
            for unit, context, line in zip(*plan_units_at(page.lines, page.levels, wrapped), strict=True)
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
    il comune capofila, ...") is this ambito's when it is one of its comuni and of no other ambito's list."""
    others = {c for g in page.member_groups if page.owner.get(id(g), key) != key for c in g.codes}
    code, evidence, _ = cf.stated([s for _, s in page.sentences], page.resolver, members - others)
    return (code, "stated", evidence) if code else (None, None, "")


def _capofila_laid_out(page: _Page, lo: int, hi: int, members: set[str] | None) -> tuple[str | None, str]:
    """A capofila the layout states: the role alone on a line under its comune (a card's chip, a signature), the
    "Ente capofila" column of a one-row table."""
    code, evidence = cf.titled(page.lines[lo:hi], page.levels[lo:hi], page.resolver)
    if not code:
        code, evidence = cf.column(page.lines[lo:hi], page.resolver)
    return (code, evidence) if code and (members is None or code in members) else (None, "")


# the site's name after the page's in <title> ("Avviso SAD - Ufficio di Piano di Lodi", "Chi siamo | Piano di Zona
# Garbagnate", "Il territorio - Ambito Castanese"): a site of the office or the ambito, not a comune's or a paper's
_SITE_NAME = re.compile(r"\s[-–|]\s(?P<site>[^-–|]+)$")
_OFFICE_SITE = re.compile(r"ufficio\s+(?:di\s+|del\s+)?piano|piano\s+di\s+zona|^\s*ambito\b", re.I)


def _own_site(head_title: str) -> bool:
    """Whether the <title> names the site as the office's or the ambito's own."""
    site = _SITE_NAME.search(head_title)
    return bool(site and _OFFICE_SITE.search(site.group("site")))


_FOOTER_ROLE = re.compile(r"\s+(?=(?:responsabile|coordinat(?:ore|rice)|referente)\b[^:]{0,40}:)", re.I)
# another body's contact line run on after the office's in one footer ("... - tel. 02 3500 5741 Azienda Consortile ...
# - Via Kennedy 4 - tel. 02 9902 1100"): the office's numbers end where the body's name begins
_FOOTER_OTHER_BODY = re.compile(
    r"(?<=\d)\s+(?=(?:Azienda|Consorzio|Comune\s+di|Citt[aà]\s+di|ATS|ASST|Cooperativa|Fondazione|Unione)\b)"
)


def _office(page: _Page, lo: int, hi: int, whole_page: bool, excluded: set[int], chrome: list[str]) -> of.Office:
    is_office = whole_page and of.is_office_page(page.doc.title, page.doc.breadcrumb)
    # (a site named after the office, "Chi siamo – Ufficio di Piano di Sondrio": its "Dove siamo" is the office's)
    about_ambito = whole_page and (
        any(m.line < 0 or page.levels[m.line] == 1 for m in page.mentions)
        or bool(re.search(r"piano\s+di\s+zona", page.doc.title, re.I))
        or bool(of.OFFICE_WORDS.search(page.doc.head_title))
    )
    lines, levels = page.lines[lo:hi], page.levels[lo:hi]
    idx = of.scope(lines, levels, is_office, {k - lo for k in excluded}, about_ambito, page.groups[lo:hi])
    # the site's footer headed by the office ("Ufficio di Piano · Via Roma 18 · 20094 Corsico · Tel. ..."), read last
    # (its role lines apart: "... – PEC: ... Responsabile dell'Ufficio di Piano: X" is two lines run together)
    footer = [
        line for t in chrome if of.heads_its_contacts(t) for line in _FOOTER_ROLE.split(_FOOTER_OTHER_BODY.split(t)[0])
    ]
    footer += page.doc.linked_data if whole_page else []  # the office as the page's JSON-LD describes it, read last
    card, head = of.head_card(lines) if whole_page else ({}, None)  # a CV's card of the office's head
    if card:
        idx = sorted(set(idx) | set(card))
        lines = [card.get(k, line) for k, line in enumerate(lines)]
    office = of.office_facts(lines + footer, idx + list(range(len(lines), len(lines) + len(footer))), page.resolver)
    office.contacts.responsible = office.contacts.responsible or head
    of.without_town_hall_mail(office.contacts, [lines[i] for i in idx], page.doc.chrome)
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
) -> tuple[str | None, str | None, str]:
    code, evidence, not_a_comune = cf.stated(sentences, page.resolver, members)
    if code:
        return code, "stated", evidence
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


def page_date(lines: list[str], chrome: list[str] | None = None) -> str | None:
    """The page's own "last updated" date (a publication date is not one)."""
    for line in [*reversed(lines), *(chrome or [])]:
        for m in PAGE_DATE.finditer(line):
            dates = [iso for pos, iso in find_dates(line) if m.end() <= pos <= m.end() + 40]
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
