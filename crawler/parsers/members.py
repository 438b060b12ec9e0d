"""The comuni a page lists as an ambito's members: every comune it names, then which lists are memberships.

The vocabulary is closed, so names are found first (the gazetteer: every spelling of every Lombardy
comune, in one pass) and grouped second: consecutive names separated only by list material (commas,
"e", numbering, bullets, line breaks, province sigla, "(capofila)", redaction marks, extra table
cells, a page header) form one run, whatever the layout (a sentence, a column of lines, a table, a
numbered list that a PDF lays out in two columns). Whether a run is a membership is decided from its
context, by named rules, so every member can say why it was taken:

- `verb-after`: the run is the subject of a membership verb ("... aderiscono all'Ambito", "Il Comune
  di Pero fa parte dell'Ambito", "..., che compongono l'ambito");
- `sentence`: the sentence around the run speaks of membership ("Vi aderiscono i Comuni di", "I Comuni
  di A, B e C sottoscrivono l'Accordo");
- `label`: a label opens the line ("Comuni: A; B; C");
- `intro`: a list of its own under a heading or line about comuni, the ambito or its members;
- `dense-list`: six or more comuni in a list of their own, with no other list named before it;
- `count`: the number of comuni stated before the run is the number of names in it, or opens it with a colon ("gli
  undici comuni del territorio: A, B ..."), or the page states its ambito's count anywhere ("uno dei tredici Comuni
  dell'Ambito") and the run, or lists side by side (a table's cells, a few zones), name exactly that many;
- `continued`: the next sentence goes on with the list of an accepted one ("Coinvolti anche D e E").

A run whose nearest words name another kind of list (comuni confinanti, an Unione dei Comuni, a
Distretto del Commercio, a PGT, an ATS's territory, partner ambiti, an event's venues) is refused
(`decoy`), as is a sentence in the conditional. Inside a run a name that is no comune is kept apart
as unresolved (or read despite a typo, with a note) and redaction marks are counted, never guessed.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from crawler.parsers import ambito_prose as ap
from crawler.parsers import capofila as cf
from crawler.parsers import contacts as ct
from crawler.parsers import distretto_owner as od
from crawler.parsers import joined_body as jb
from crawler.parsers import names as nm
from crawler.parsers import neighbour_ambito as na
from crawler.parsers import news_prose as np_
from crawler.parsers import role_anaphor as ra
from crawler.parsers import stated_count as sc
from crawler.parsers import web_text as wt
from crawler.parsers.agreement_rows import another_agreements_row
from crawler.parsers.call_of_the_ambito import composed_of_the_list, without_the_ambitos_call
from crawler.parsers.call_territory import AMBITO_REACH, ONE_OF_THE_COMUNI, names_a_territory, the_calls_territory
from crawler.parsers.columns import LIST_MARK
from crawler.parsers.counted_actors import without_local_actors
from crawler.parsers.document import LABEL_LEVEL
from crawler.parsers.italian import (
    GIVEN_NAMES,
    HYPOTHETICAL,
    NOT_NAME_WORDS,
    TITLE_BEFORE,
    UNIONE_DEI_COMUNI,
    count_after,
    count_before,
    split_sentences,
)
from crawler.parsers.other_ambiti import OTHER_BODY
from crawler.parsers.plan_scope import the_plans_scope
from crawler.parsers.prechecks import may_match
from crawler.parsers.route_lists import tour_gap
from crawler.parsers.sub_area import one_sub_area
from crawler.parsers.word_items import word_item
from crawler.records import Contacts
from crawler.reference.comuni import WORD_NAMES, NameResolver
from crawler.reference.gazetteer import Found
from crawler.reference.geo import the_neighbour

# words that make a run of comuni in a sentence a statement of membership
MEMBERSHIP = re.compile(
    r"ambit[oi]|distrett|\bquell[oa]\s+(?:di|del|della|dell['’])\s*(?-i:[A-Z])|\bcont(?:a|ano)\b|raccoglie|piano\s+di\s+zona|accordo|assemblea\s+dei\s+sindaci|ader(?:isc|ent|it)|fa(?:nno)?\s+parte|"
    r"sottoscri|firm|compon|compost|costituit|associat|membri|riunisce|comprende|raggruppa|rappresentant|"
    r"partecipan|include|elencat|"
    # a privacy notice of the ambito's service: its comuni are its joint controllers ("Sono contitolari ...")
    r"\bcontitolar[ei]\b|"
    # a bilingual page's English or German block: "The District brings together eight municipalities:"
    r"\bdistrict\b|municipalities|brings\s+together|\bcomprises\b|\bgemeinden\b|\bumfasst\b|"
    r"\b(?:votat|approvat)\w*\s+(?:[\w'’]+\s+){0,3}(?:i\s+|dai\s+)?sindaci\b",  # "Lo hanno votato i sindaci di A, B"
    re.I,
)
# a label that introduces a list on its own line: "Comuni:", "Comuni aderenti:", "Elenco dei comuni -", or in the
# cell beside it ("Comuni | A, B, C": an encyclopedia's infobox)
# a label may stand after a list's bullet ("• Comuni: A, B") and carry an aside in brackets before its colon: its
# count or a note ("Comuni (13):", "Comuni aderenti [in ordine alfabetico]:")
LABEL = re.compile(
    r"^\s*(?:[•·▪►]\s*)?(?:elenco\s+(?:dei\s+)?)?comuni(?:\s+\w+){0,3}(?:\s*[(\[][^()\[\]:]{1,40}[)\]])?\s*[:–|-]\s*$",
    re.I,
)
_LABEL_START = re.compile(LABEL.pattern.removesuffix(r"\s*$"), re.I)  # the label, with items after it
# a transparency table's cell of an azienda's members: "Soci: A (BG); B (BG); ...", "Enti soci pubblici: A; B"
_CELL_LABEL = re.compile(
    rf"{_LABEL_START.pattern}|^\s*(?:(?:enti|comuni)\s+)?(?:soci|consorziat[ie])(?:\s+\w+){{0,2}}\s*:", re.I
)
# the row of a social-services body (an azienda speciale consortile, the ambito's company): its members' cell is the
# ambito's; a park's or a utility's consortium row is not
_SOCIAL_BODY = re.compile(r"\bsocial[ei]\b|\bambito\b|piano\s+di\s+zona|welfare|consortile", re.I)


def _members_cell(before: str) -> bool:
    """The run opens a table cell labelled as a social-services body's members ("... Sociale s.c.r.l. | Soci:")."""
    record = _FIELD_THEN_VALUE.match(before)  # a record's field, then its value: "Enti consorziati | A; B; C"
    row, cell = (record["row"], f"{record['field']}:") if record else before.rpartition(" | ")[::2]
    label = _CELL_LABEL.match(cell)
    rest = cell[label.end() :] if label else "-"
    return bool(row and re.fullmatch(r"\s*(?:(?:il\s+)?comune\s+di)?\s*", rest, re.I) and _SOCIAL_BODY.search(row))


def _members_line(before: str, heading: str) -> bool:
    """The run opens a line labelled as members ("Soci:", "Enti consorziati:") under a heading that names a
    social-services body ("Azienda speciale consortile X", "Consorzio per i servizi sociali"): its members are the
    ambito's comuni, as in a transparency table's cell; a park's or a mountain community's soci are not."""
    line = before.lstrip(" •·▪►")  # (a list item's: "• Consorziati: A, B")
    label = _CELL_LABEL.match(line)
    rest = line[label.end() :] if label else "-"
    return bool(re.fullmatch(r"\s*(?:(?:il\s+)?comune\s+di)?\s*", rest, re.I) and _SOCIAL_BODY.search(heading))


# a social-services body's own comuni said in a sentence rather than under a label: "L'azienda dei Comuni di A, B e
# C", "Consorzio tra i Comuni di", "I soci dell'Azienda sono i Comuni di", "società partecipata dai Comuni di"
_BODY_OF_COMUNI = re.compile(
    r"(?:\b(?:azienda|consorzio)\b[^.;:]{0,60}?\b(?:dei|tra\s+i|fra\s+i)|\bsoci\b[^.;:]{0,40}?\bsono(?:\s+i)?|"
    r"\b(?:partecipat[oa]|di\s+propriet[àa])\s+(?:dai|dei))\s+comuni(?:\s+di)?\s*$",
    re.I,
)
_FOR_PEOPLE = re.compile(r"\bservizi\s+alla\s+persona\b", re.I)  # the social-services body's own words


def _members_sentence(before: str, after: str) -> bool:
    """The run is a social-services body's own comuni in its sentence ("L'azienda dei Comuni di A, B e C per i
    servizi alla persona"): its members are the ambito's comuni, as under a "Soci:" label; a transport company's or a
    land-reclamation consortium's comuni are not (no social-services word in its sentence)."""
    sentence = (split_sentences(before) or [""])[-1]
    if not may_match(sentence, ("azienda", "consorzio", "soci", "partecipat", "propriet")):
        return False
    said = f"{sentence} {(split_sentences(after) or [''])[0]}"  # (not the heading: a page of the ambito names it)
    return bool(_BODY_OF_COMUNI.search(sentence)) and bool(_SOCIAL_BODY.search(said) or _FOR_PEOPLE.search(said))


_FIELD_THEN_VALUE = re.compile(r"^(?P<row>.*) \| (?P<field>[^|]{1,60}?)\s*\|\s*$", re.S)
_RECORD_NAME = re.compile(r"^\s*(?:denominazione|ragione\s+sociale|nome)\b[^|]{0,20}\|", re.I)
RECORD_ROWS = 8  # a transparency record's rows read above a field: its name, its functions, then its members


def _record_body(page: _Text, n: int) -> str | None:
    """The row naming a social-services body in the record (field | value rows) that row n belongs to: "Ragione
    sociale | Azienda Sociale del Castanese - azienda speciale consortile"."""
    for k in range(n - 1, max(-1, n - 1 - RECORD_ROWS), -1):
        row = page.lines[k][:CONTEXT]
        if " | " not in row:
            return None
        if _SOCIAL_BODY.search(row.split(" | ", 1)[1]):  # a value's words, not the field's ("Ragione sociale")
            return row
        if _RECORD_NAME.match(row):
            return None  # the record's first row, "Denominazione | Consorzio del Parco ...": another body's record
    return None


# "comuni" as a word: a news card's category "Comunicati" over its title ("A e B, lavori sulla provinciale") is none
LIST_CONTEXT = re.compile(r"\bcomun[ei]\b|ambito|distretto|composizione|aderent|membri|sottoscrittor|firmatar", re.I)
# the other comuni of the same set, with whom a comune does something: it is one of them ("Nerviano programma i servizi
# insieme agli altri Comuni dell'Ambito", "Uboldo gestisce i servizi con gli altri comuni", "come gli altri comuni")
_WITH_THE_OTHERS = (
    r"(?:(?:insieme|assieme)\s+(?:a|ad|con)?\s*|con\s+|come\s+)(?:gli|i|agli|ai)\s+altri\s+(?:\w+\s+)?comuni\b"
)
# "Rho, Pero e Arese aderiscono all'Ambito", "Pero fa parte dell'Ambito", "..., che compongono l'ambito"
MEMBERS_AFTER = re.compile(
    # "Parabiago, uno degli undici Comuni dell'Ambito Legnanese", "A e B, due dei comuni del Distretto": one of them
    # "Casalpusterlengo è uno dei Comuni dell'Ambito territoriale di Lodi" (the copula with no comma)
    r"^\s*(?:,\s*(?:(?:è|sono)\s+)?|(?:è|sono)\s+)\w+\s+(?:dei|degli|tra\s+i|fra\s+i)\s+(?:\w+\s+)?comuni\s+"
    r"(?:dell['’]\s*|del\s+)"
    r"(?:ambito|distretto)\b|"
    # "Codevilla è tra i Comuni dell'Ambito", "X rientra fra i comuni del Distretto", "X figura tra i comuni di ..."
    r"^\s*(?:è|e['’]|sono|rientra(?:no)?|figura(?:no)?)\s+(?:anche\s+)?(?:tra|fra)\s+i\s+(?:\w+\s+)?comuni\s+"
    r"(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b|"
    # a superlative among them: "Brunello è il comune più piccolo dell'Ambito", "X è il più popoloso dei comuni del
    # Distretto"
    r"^\s*,?\s*(?:è|e['’])\s+(?:il|l['’])\s*(?:comune\s+)?(?:pi[uù]|meno)\s+\w+\s+"
    r"(?:(?:dei|tra\s+i|fra\s+i)\s+(?:\w+\s+)?comuni\s+)?(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b|"
    r"^[\s,;]*(?:(?:che|i\s+quali)\s+)?(?:(?:da\s+\w+\s+|anche\s+|insieme\s+)?)"
    r"(?:aderiscono|aderisce|fanno\s+parte|fa\s+parte|costituiscono|compongono|formano|appartengono|appartiene|"
    r"partecipa(?:no)?|(?:ha|hanno)\s+(?:firmato|sottoscritto))"
    # the other comuni as an aside: "Villasanta fa parte, insieme ai Comuni di Monza e Brugherio, dell'Ambito",
    # "Brugherio partecipa con Monza e Villasanta all'Ambito"
    r"(?:\s*,?\s+(?:con|insieme\s+(?:a|ai|agli|con))\s+(?:(?:i|gli|ai|agli)\s+)?(?:comuni\s+di\s+)?"
    r"(?-i:[A-ZÀ-Ý])[^;.:()]{0,300}?,?"
    # or the others by their territory: "Sergnano partecipa, con gli altri comuni del Cremasco, all'Ambito" (52a)
    rf"|\s*,\s*{_WITH_THE_OTHERS}[^;.:(),]{{0,80}},)?\s+"
    r"(?:(?:invece|anche|oggi|ora)\s+)?"
    # "Anche Ispra ha firmato l'Accordo di Programma del Piano di Zona"
    r"(?:l['’]\s*accordo\s+di\s+programma\s+(?:del|per\s+il|dell['’])\s*)?"
    r"(?:(?:a|de)ll['’]\s*|(?:a|de)l\s+|l['’]\s*|il\s+)?(?:ambito|distretto|piano\s+di\s+zona)\b|"
    # "Dairago programma i servizi sociali con gli altri comuni dell'Ambito Legnanese": one of the ambito's comuni
    rf"^[^.;:]{{0,100}}?\b{_WITH_THE_OTHERS}\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto|piano\s+di\s+zona)\b",
    re.I,
)
# an accord's parties: "ACCORDO DI PROGRAMMA PER IL PIANO DI ZONA ... TRA i Comuni di A, B, C" (its title may sit on
# the lines above, "TRA" on a line of its own); its purpose is the ambito's plan
_NOT_TRA = r"(?:(?!\b(?:tra|fra)\b|\.\s|convenzion|protocoll|intesa).)"
_PARTIES = re.compile(
    rf"accordo\s+di\s+programma{_NOT_TRA}{{0,300}}?"  # an accord for the ambito's plan, not for a park or a road
    r"(?:piano\s+(?:sociale\s+)?di\s+zona|\bambito\b|distrett|politiche\s+sociali|servizi\s+sociali|welfare)"
    rf"{_NOT_TRA}{{0,300}}"
    r"\b(?:tra|fra)\s+(?:(?:i|il|gli\s+enti|le\s+amministrazioni)\s*:?\s*)?(?:comuni\s+di|comune\s+di)?\s*$",
    re.I | re.S,
)
# an accord for the ambito's plan naming its parties otherwise than "TRA": "I Comuni di A, B e C, di seguito denominati
# «i Comuni», e l'ATS ...", "Le parti: il Comune di A, il Comune di B, ..."; the defined term may come without its
# participle ("..., di seguito \"le Parti\"", "(d'ora in avanti: gli Enti)", "di seguito, per brevità, «i Comuni»")
_ACCORD_FOR_PLAN = re.compile(
    r"accordo\s+di\s+programma[^.]{0,300}?(?:piano\s+(?:sociale\s+)?di\s+zona|\bambito\b|politiche\s+sociali)", re.I
)
_NAMED_AS_PARTIES = re.compile(
    r"^[\s,(]*(?:di\s+seguito|d['’]ora\s+in\s+(?:poi|avanti)|in\s+seguito)[\s,:]+(?:anche\s+)?(?:per\s+brevit[àa][\s,:]*)?"
    r"(?:denominat|indicat|definit|chiamat|[\"“«'‘]|(?:le|i|gli)\s+(?:parti|comuni|enti|amministrazioni)\b)",
    re.I,
)
_PARTIES_LABEL = re.compile(
    r"\b(?:le\s+parti|enti\s+sottoscrittori|sottoscrittori|firmatari)\s*:\s*(?:(?:il|i|l['’])\s*)?(?:comun[ei]\s+di\s*)?$",
    re.I,
)


def _accord_parties(before: str, after: str) -> bool:
    """The run is the list of parties of an accord for the ambito's plan, introduced or named as such."""
    if not _ACCORD_FOR_PLAN.search(before) or OTHER_LISTS.search(after):
        return False
    return bool(_NAMED_AS_PARTIES.match(after) or _PARTIES_LABEL.search(before))


# "A, B, C: sono questi i comuni dell'Ambito di X": the list's ambito named after it
_COMUNI_OF_AFTER = re.compile(
    r"^[\s:,;–-]*(?:(?:sono|ecco)\s+(?:questi\s+|quelli\s+)?)?(?:i\s+)?comuni\s+(?:che\s+compongono\s+)?"
    r"(?:dell['’]\s*|del\s+|l['’]\s*)(?:ambito|distretto)\b",
    re.I,
)
# a run's own ambito named in brackets right after it: "A e B (Ambito di X)", "C, D (dell'Ambito territoriale di Y)":
# the run is that ambito's, whichever ambito the page is about (attribution reads it as a name said after the run)
_AMBITO_IN_BRACKETS_AFTER = re.compile(
    r"^\s*\(\s*(?:(?:dell['’]|nell['’]|all['’])\s*)?(?:ambito|distretto)(?:\s+(?:territoriale|sociale|distrettuale))?"
    r"\s+(?:(?:di|del|dell['’]|della|dei)\s*)?(?-i:[A-ZÀ-Ý])",  # "(Ambito di X)", "(Ambito Rhodense)"
    re.I,
)
# the reverse: a run in brackets right after its ambito's name, the ambito's comuni said as an aside (round 47a):
# "dall'Ambito territoriale di Bormio (Bormio, Livigno, Sondalo ...)", "l'Ambito Distrettuale di Saronno (comuni di A,
# B e C)"; an "ambito" of another law or a qualifier other than the social ones is no such name
_NAMED_AMBITO_OPENS = re.compile(
    r"\bambito(?:\s+(?:territoriale|sociale|distrettuale)){0,2}\s+(?:(?:di|del|dell['’]|della|dei)\s*)?"
    r"(?-i:[A-ZÀ-Ý])[\w'’]*(?:[\s-]+(?:(?-i:[A-ZÀ-Ý])[\w'’]*|d[ei]|del|della|sull['’]\w+)){0,4}\s*\(\s*(?:i\s+)?"
    r"(?:comuni(?:\s+di)?\s*)?$",
    re.I,
)
# the comuni present at a meeting of the ambito's mayors are its members
_ATTENDANCE = re.compile(r"\b(?:present|assent)[ei]\b|\b(?:presenza|assenza)\b", re.I)
# "Presenti: A, B / Assenti: C", and a roll call's presence column between its rows' comuni ("Baranzate presente
# Novate Milanese presente", a two-column table of a minutes' text)
_ROLL_CALL = re.compile(r"^(?:present|assent)[ei](?:\s+giustificat[oia])?$", re.I)
_ASSEMBLY = re.compile(r"\bassemblea\s+dei\s+sindaci\b", re.I)  # the ambito's; a Conferenza is the ATS's
# a project's partners, a network of ambiti, a call for proposals: a heading of these governs every list below it
# the people living in a territory, as a call or a service names them ("i cittadini residenti", "i nuclei familiari
# residenti"), and who among them in a few words between ("i cittadini anziani o con disabilità residenti", "le persone
# non autosufficienti residenti", "gli anziani over 65 residenti"; round 59f): never more comuni ("anche") nor "non
# residenti"
RESIDENTS_NOUN = (
    r"(?:(?:cittadini|famiglie|persone|nuclei\s+familiari|anziani|minori|giovani|utenti|soggetti)"
    r"(?:\s+(?!(?:anche|pure|inoltre|gi[àa])\b|non\s+residenti\b)[\w'’]+){0,6}?\s+)?residenti\b"
)
# the words between a modal and who it lets in, none that adds them to others ("Possono presentare domanda anche i
# residenti di A, B": a few more comuni, not the territory)
MODAL_WORDS = r"(?:(?!anche\b|pure\b|inoltre\b)[\w'’]+\s+)"
# the people a service is for, named by the comuni they live in with no "residenti": "rivolto a disoccupati e persone
# fragili dei comuni di", "destinato ai caregiver familiari del territorio dei comuni di", "aperto alle donne vittime di
# violenza nei comuni di" (round 61a): the addressee from a closed vocabulary, a few words of who among them, then
# "dei/nei comuni di" (never "di" alone: "i giovani di Monza" may be a club's), never "anche" nor "non residenti"
ADDRESSEES_OF_THE_COMUNI = (
    r"(?:(?:cittadini|famiglie|persone|nuclei\s+familiari|anziani|minori|giovani|utenti|soggetti|disoccupati|"
    r"inoccupati|lavoratori|studenti|caregiver|donne|adulti|genitori)"
    r"(?:\s+(?!(?:anche|pure|inoltre|gi[àa])\b|non\s+residenti\b)[\w'’]+){0,8}?\s+(?:del\s+territorio\s+)?(?:dei|nei)\s+comuni\s+di)"
)
PROJECT_LISTS = re.compile(
    r"\bpartner\b|partenariat|\brete\s+(?:degli\s+|di\s+)?ambit[oi]|\bbando\b|avviso\s+pubblico|"
    # comuni that may take part are a call's partners; residents who may are people, the territory's (RESIDENTS)
    r"possono\s+partecipare(?!\s+" + MODAL_WORDS + r"{0,4}?(?:i|le|gli)\s+" + RESIDENTS_NOUN + r")",
    re.I,
)
# a sentence about a project or an initiative: the comuni it names are its partners, not an ambito's members
_PROJECT = re.compile(r"\bprogett[oi]\b|\biniziativ[ae]\b|\bcandidatur[ae]\b", re.I)
# words that name a list that is not one of members
OTHER_LISTS = re.compile(
    # neighbours ("comuni confinanti", "confina con"), not the ambito's own borders ("superano i propri confini") nor
    # the state's border that bounds its territory ("dal passo al confine svizzero", "fino al confine di Stato"): no
    # comune lies across it in Lombardy's lists
    r"confin(?<!propri\sconfin)(?<!proprio\sconfin)(?<!suoi\sconfin)(?<!suo\sconfin)(?<!nostri\sconfin)"
    r"(?<!loro\sconfin)(?![ei]\s+(?:di\s+stato|nazional[ei]|svizzer[oa]|elvetic[oa]|con\s+la\s+svizzera)\b)|contermin|limitrof|\bunione\b|"
    # a site's block of neighbouring towns ("Comuni vicini", "Paesi più vicini", "Nelle vicinanze"): places near it
    r"\b(?:comuni|paesi|centri|localit[àa])\s+(?:pi[uù]\s+)?vicin[ie]\b|\bnelle\s+vicinanze\b|"
    # the same box under other headings: "Nei dintorni", "Scopri i dintorni", "Nei pressi", "Altri comuni della zona"
    r"\bdintorni\b|\bnei\s+pressi\b|\baltri\s+(?:comuni|paesi|centri)\s+della\s+zona\b|"
    r"distrett[oi]\s+(?:urbano\s+)?del\s+commercio|"
    r"\bduc\b|\bpgt\b|governo\s+del\s+territorio|territorio\s+dell['’]\s*ats|\btapp[ae]\b|rassegna|festival|"
    r"spettacol|\beventi\b|manifestazion(?![ei]\s+d(?:i\s+|['’]\s*)interess)|concert|bonifica|\bcanale\b|turist|escursion|sentier|"
    r"distretto\s+sanitario|istitut[oi]\s+comprensiv|\bscuol|scolastic|\bparrocch|decanato|diocesi|"
    # other services comuni run together: "la convenzione tra i Comuni di A, B e C per la polizia locale"
    r"polizia\s+locale|bibliotec|protezione\s+civile|segreteria\s+comunale|rifiuti|igiene\s+urbana|\bsuap\b|"
    # the utilities and transport comuni share: "l'ATO ha affidato il servizio idrico ai comuni di A (capofila), B"
    # (ATO in capitals: a window cut inside "approvato" leaves "ato")
    r"(?-i:\bATO\b)|ambit[oi]\s+territorial[ei]\s+ottimal|servizio\s+idrico|acquedott|trasporto\s+pubblico|autobus|"
    + PROJECT_LISTS.pattern,
    re.I,
)
# the protected areas comuni join (a regional park, a PLIS, a reserve, a river contract): "il PLIS Parco del Lura, a
# cui aderiscono anche A, B", "A e B aderiscono al Parco regionale ..."; not "via del Parco" (no name)
_PROTECTED_AREA = re.compile(
    r"(?-i:\bPLIS\b)|\bparc(?:o|hi)\s+(?:regional|natural|nazional|local|sovracomunal|agricol|fluvial|"
    r"(?:del|della|dell['’]|dei|delle|di)\s*(?-i:[A-Z]))|\briserv[ae]\s+natural|\baree?\s+protett|"
    r"\bcontratt[oi]\s+di\s+(?:fiume|lago)",
    re.I,
)
_PROTECTED_AREA_WORDS = ("plis", "parc", "riserv", "protett", "contratt")  # one in every branch (prechecks.py)
_AMBITO_AFTER = re.compile(r"\b(?:ambit|distrett)[oi]\b", re.I)


def _protected_areas(nearest: str, after: str) -> bool:
    """The run's comuni are a protected area's: it is named after the run, or before it with no ambito named after it
    ("Ai piedi del Parco delle Groane l'Ambito di X raccoglie otto comuni:" is the ambito's list, the park a place)."""
    if not may_match(f"{nearest} {after}", _PROTECTED_AREA_WORDS):
        return False  # (most runs: no such word around them)
    if _PROTECTED_AREA.search(after):
        return True
    ends = [m.end() for m in _PROTECTED_AREA.finditer(nearest)]
    return bool(ends) and not _AMBITO_AFTER.search(nearest, ends[-1])


# an ASST's health district as the sentence's subject, no ambito named before it: "Il Distretto sociosanitario di Asola
# dell'ASST di Mantova comprende i Comuni di"; not "L'Ambito, che coincide con il Distretto dell'ASST, comprende"
_HEALTH_DISTRICT = re.compile(
    r"^(?:(?!\bambit[oi]\b)[^.])*?\bdistrett[oi]\b(?:\s+socio[- ]?sanitari[oi])?"
    rf"(?:\s+(?:di|del|della)\s+[\w'’ ]{{2,30}}?)?\s+(?:dell['’]\s*|della\s+){nm.HEALTH_BODY}",
    re.I,
)
# a health body as the subject of the run's sentence: "L'ASST ... ha riunito nel Distretto Adda i nove comuni e quelli
# dell'Ambito di Melzo, tra cui A, B": the body's grouping, an ambito named in passing
# the list's sentence calls what it lists a health body's sites or services ("I consultori sono servizi dell'ASST X,
# aperti a tutti:", "le sedi dell'ATS Insubria:", "presidi della ASST Y"), and names no comuni or ambito after that
_HEALTH_BODYS_SITES = re.compile(
    rf"\b(?:servizi|sedi|presidi|strutture|sportelli|ambulatori)\s+(?:\w+\s+)?(?:dell['’]\s*|della\s+){nm.HEALTH_BODY}",
    re.I,
)
_ITS_COMUNI = re.compile(r"\bcomun[ei]\b|\bambit[oi]\b", re.I)


def _health_bodys_sites(sentence: str) -> bool:
    """The sentence before the list says its items are a health body's sites or services, and the rest of it names no
    comuni or ambito before its colon (whose list it would then be)."""
    m = _HEALTH_BODYS_SITES.search(sentence)
    return bool(m) and not _ITS_COMUNI.search(sentence[m.end() :].split(":")[0])  # (a table's header follows ":")


_HEALTH_BODY_SUBJECT = re.compile(rf"^\W*(?:l['’]\s*|la\s+|le\s+)?{nm.HEALTH_BODY}", re.I)
_LAST_AMBITO = re.compile(r".*\bambit[oi]\b", re.I | re.S)
_RELATIVE = re.compile(r"\bche\b", re.I)


def _health_bodys_grouping(sentence: str) -> bool:
    """The run's sentence has a health body as its subject, and an ambito it names is a complement, not the subject
    of a clause of its own that takes the run ("L'ATS ha approvato il Piano dell'Ambito di X, che riunisce A, B")."""
    if not _HEALTH_BODY_SUBJECT.match(sentence):
        return False
    tail = _LAST_AMBITO.sub("", sentence, count=1)
    return not _RELATIVE.search(tail)


# the nearest words name another list, or other ambiti ("con gli Ambiti di A, B e C"); a heading "Gli ambiti
# dell'ATS" above prose is an overview whose sentences each name their own ambito, so headings of prose read OTHER_LISTS
DECOY = re.compile(
    OTHER_LISTS.pattern
    + r"|\bambiti\s+(?:territoriali\s+|sociali\s+|distrettuali\s+)?(?:di|del|della|dell['’]|dei|degli)\b",
    re.I,
)
# comuni said to be elsewhere: "Seregno, Lissone e Seveso fanno invece parte di altri ambiti", "non aderiscono"
ELSEWHERE = re.compile(
    # "invece" alone, not "..., che formano invece l'Ambito di B" (a second ambito's list on a page of several)
    r"\binvece\b(?!\s+(?:parte\s+)?(?:(?:a|de)?ll['’]\s*|l['’]\s*|(?:a|de)l\s+|il\s+)?(?:ambito|distretto)\b)|"
    r"\baltr[oi]\s+ambit|\bnon\s+(?:\w+\s+)?(?:fa(?:nno)?\s+parte|aderisc|rientra|appartengono|sono\s+compres)|"
    # "..., che non sono sottoscrittori del presente Accordo", "...: non sono parte dell'Accordo": comuni the annex
    # names for another tie (co-funding one service), said in their own sentence to be no party of the accord
    r"\bnon\s+(?:sono|è|e['’])\s+(?:parte|(?:tra\s+i\s+)?(?:sottoscrittor|firmatar|aderent))|\bnon\s+sottoscriv|"
    r"\besclus[oi]\b|\bin\s+passato\b|\buscit[oi]\b|"
    # "Per i comuni di A e B fare riferimento all'Ambito di Trezzo": sent to another ambito
    r"\b(?:fare|fanno|fa|rivolgersi)\s+(?:riferimento\s+)?(?:a|ad|al|all['’])\s*(?:altr[oi]\s+)?(?:ambit|distrett)|"
    # "Chi abita a A o B si rivolga all'ambito Rhodense", "... si rivolgano invece all'Ambito di Cantù": residents
    # sent to an ambito named after its place, which is not the one whose page lists them
    r"\bsi\s+rivolg(?:a|ano|ono|e)\s+(?:(?:invece|pure|anche|direttamente)\s+)?(?:a|ad|al|all['’])\s*"
    r"(?:ambito|distretto)\s+(?:di\s+|del\s+|dell['’]\s*)?(?-i:[A-Z])|"
    # "..., che appartengono al Legnanese": belonging to a place named after them, not to the ambito at hand
    r"^[\s,;]*che\s+(?:appartengono|appartiene|aderiscono|aderisce|fanno\s+parte|fa\s+parte)\s+"
    r"(?:a|ad|al|all['’]|alla|ai|agli|del|dell['’]|della)\s*(?!ambit|distrett|piano)(?-i:[A-Z])",
    re.I,
)
# a sentence that sends the comuni it names to another ambito's pages: "Per i Comuni di A e B consultare il sito
# dell'Ambito del Magentino" (read after a sentence's names only: a list above such a sentence is run together with it)
_SENT_ELSEWHERE = re.compile(
    r"\b(?:consult|visit|vede|si\s+ved)\w*\s+(?:il\s+sito|la\s+pagina|le\s+pagine)\s+(?:del|dell['’]|della)\s*"
    r"(?:ambito|distretto)\s+(?:di\s+|del\s+|dell['’]\s*)?(?-i:[A-Z])",
    re.I,
)


def _sent_elsewhere(before: str, heading: str, after: str, resolver: NameResolver) -> bool:
    """The sentence after the list sends its comuni to another ambito's site: not when that ambito is the one the
    list's own sentence or heading names ("fa parte dell'Ambito del Rhodense insieme a A, B: per informazioni
    consultare il sito dell'Ambito del Rhodense" on a comune's page lists the Rhodense's comuni)."""
    sent = _SENT_ELSEWHERE.search(after)
    if not sent:
        return False
    to = nm.mentions_in(after[sent.start() :], -1, resolver)[:1]
    own = {m.key for m in nm.mentions_in(f"{heading}\n{before}", -1, resolver)}
    return not (to and to[0].key in own)


# a clause that puts the list it opens outside the ambito: "Restano fuori, perché appartengono ad altri ambiti, A e B";
# "Alcuni enti lavorano anche fuori dall'Ambito (A, B, C)": places beyond it, where the ambito's bodies also work
_LEFT_OUT = re.compile(
    r"\bsenza\s+che\b|\baltr[oi]\s+ambit|\brest(?:a|ano)\s+fuori\b|"
    r"\b(?:fuori|al\s+di\s+l[àa])\s+(?:dal(?:l['’]\s*|\s+|la\s+)|del(?:l['’]\s*|\s+|la\s+))(?:ambito|distretto|territorio)\b|"
    r"\besterni\s+(?:all['’]\s*|al\s+)(?:ambito|distretto|territorio)\b|\bnon\s+(?:\w+\s+)?(?:fa(?:nno)?\s+parte|aderisc|rientra|appartengono)",
    re.I,
)
_ASIDE_AFTER = re.compile(r"^\s*,([^,.;:]{1,80})[,.;:]")  # the aside right after a list: "A e B, fuori dall'ambito,"


def _left_out_aside(after: str) -> bool:
    """The aside right after a list puts its comuni outside the ambito ("A e B, fuori dall'ambito, guardano")."""
    return bool((aside := _ASIDE_AFTER.match(after)) and _LEFT_OUT.search(aside.group(1)))


# the comune's own seat, which a list may name in its stead, one a line ("Municipio di Cislago" under a picture of it)
_TOWN_HALL = r"municipio|palazzo\s+(?:comunale|municipale)|sede\s+comunale|casa\s+comunale"
_TOWN_HALL_ITEM = re.compile(rf"\W*(?:il\s+)?(?:{_TOWN_HALL})\s+(?:di|del|della|dell['’])\s*", re.I)
# the heads of a road's or a railway's name, and the abbreviations of a state or provincial road ("SS 36", "S.P. 527")
_ROAD = (
    r"(?:super)?strada|autostrada|tangenziale|statale|provinciale|s\.?\s?[sp]\.?(?=\s*\d)|asse|ferrovia|"
    r"linea\s+ferroviaria|tranvia|metrotranvia|circonvallazione|pista\s+ciclabile|ciclabile"
)
# the heads of a body, a service or a venue that takes its town's name: a school, a bank, a foundation, a care home
_TOWN_BODY = (
    r"istitut[oi]|liceo|bcc|banca|cassa\s+rurale|credito\s+cooperativo|fondazione|cooperativa|consultorio|"
    r"casa\s+di\s+riposo|rsa|pro\s+loco|polisportiva|oratorio|biblioteca|ufficio\s+postale|sala\s+civica|"
    r"centro\s+(?:civico|diurno|sportivo)|museo|teatro|cimitero|parco"
)
# a comune named as part of something else: an address, another body, the ambito's own name
_NOT_A_LISTED_NAME = re.compile(
    r"(?:\b(?:via|viale|v\.le|piazza|p\.\s?z?za|piazzale|p\.le|corso|c\.so|largo|vicolo|strada|località|loc\.|frazione|fraz\.|"
    r"asst|ats|asl|provincia|citt(?:[àa]|a['’])\s+metropolitana|diocesi|parrocchia|decanato|ospedale|stazione|tribunale|questura|"
    r"prefettura|municipio|palazzo\s+comunale|sede\s+comunale)"
    r"(?:\s+(?:di|del|della|dell['’]|de))?\s*|"
    # a body of comuni named after a place: "Comunità Montana Valtellina di Tirano", "Unione dei Comuni Lombarda di X"
    r"\b(?:comunit[àa]\s+montana|unione(?:\s+(?:dei|di)\s+comuni)?|consorzio)(?:\s+(?-i:[A-ZÀ-Ý])[\w'’]*){0,4}"
    r"\s+(?:di|del|della|dell['’]|de)\s*|\b(?:ambit[oi]|distrett[oi])(?:\s+(?:territoriale|sociale|distrettuale|"
    r"socio[- ]?sanitario))*(?:(?:\s+(?:n\.?\s*)?\d+)?(?:\s+(?:di|del|della|dell['’]|de)\s*|\s*[-–]\s*)|"
    # "Ambito distrettuale 3 Brescia Est", "Ambito n. 2 Brescia Ovest": the place after the ambito's number is its name
    r"\s+(?:n\.?\s*)?\d+\s+)|\b\d{5}\s+)$",
    re.I,
)
# a comune that completes a road's or a town body's name, behind a cheap test of its heads' words: a road or a line
# named by its ends or its town ("Superstrada Rho-Monza", "SS 38 Sondrio-Bormio", "Tangenziale di X", "asse della
# Saronno-Monza": the second end after its first and the hyphen); a body, a service or a venue named after its town
# ("Istituto Comprensivo Statale di X", "Casa di Riposo di X", "Polisportiva X"), its words no comuni or territory
# ("la cooperativa opera nei Comuni di A, B" names its list)
_TOWN_THING = re.compile(
    rf"(?:\b(?:{_ROAD})(?!\w)(?:\s+(?:[A-Z]{{1,2}}\s*)?\d+\w*)?(?:\s+(?:di|del|della|dell['’]|de))?\s*"
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’]*)?\s*-\s*)?|"
    rf"\b(?:{_TOWN_BODY})\b(?:(?:\s+(?!(?:comun|citt|territor|ambit|distrett|paes|zon)\w*)[\w'’]+){{0,3}}?"
    r"\s+(?:di|del|della|dell['’]|de)\s*|\s+))$",
    re.I,
)
_TOWN_THING_WORDS = (
    "strada",
    "tangenziale",
    "statale",
    "provinciale",
    "ss",
    "sp",
    "s.p",
    "s.s",
    "s. p",
    "s. s",
    "asse",
    "ferrovi",
    "tranvia",
    "circonvallaz",
    "ciclabile",
    "istitut",
    "liceo",
    "bcc",
    "banca",
    "cassa",
    "credito",
    "fondazione",
    "cooperativa",
    "consultorio",
    "casa",
    "rsa",
    "loco",
    "polisportiva",
    "oratorio",
    "biblioteca",
    "ufficio",
    "sala",
    "centro",
    "museo",
    "teatro",
    "cimitero",
    "parco",
)
# a part of the ambito named after a comune at its line's start, its list after ("Area Lodi e Nord Lodigiano — A, B")
_PART_NAMED = re.compile(
    r"\W*(?:area|zona|sub-?ambito|sotto-?ambito|polo|macro-?area|quadrante)\s+(?:(?:di|del|della|dell['’])\s*)?", re.I
)
PART_NAME_CHARS = 30
_PROVINCES = "BG|BS|CO|CR|LC|LO|MN|MI|MB|PV|SO|VA"  # Lombardy's provinces, as pages write them after a name
_CAPITALS = "milano|bergamo|brescia|como|cremona|lecco|lodi|mantova|monza|pavia|sondrio|varese"
# a name's province in parentheses: "(MI)", "(Mi)", "(prov. MI)", "(Milano)", "(provincia di Monza e Brianza)"
_PROVINCE = rf"(?:prov(?:incia)?\.?\s*(?:di\s+)?)?(?:{_PROVINCES}|{_CAPITALS})(?:\s+e\s+(?:della\s+)?brianza)?"
_CAPITAL_KEYS = frozenset(_CAPITALS.split("|"))
_PROVINCE_AFTER = re.compile(r"[\w.]\s*\(\s*(?:prov(?:incia)?\.?\s*(?:di\s+)?)?$", re.I)
# the provinces a sentence names one after another, before a capoluogo that names one more: "le province di Bergamo e
# di " (before Monza), "nelle province di Lecco, Como e " (before Sondrio), "della provincia di " (before Cremona)
_PROVINCES_BEFORE = re.compile(
    r"\bprovinc(?:e|ia)\s+(?:(?:di|della|del|dell['’])\s*)?(?:[\w'’]+(?:\s+e\s+(?:della\s+)?brianza)?\s*(?:,|\s+ed?\s)"
    r"\s*(?:(?:di|della|del|dell['’])\s*)?){0,4}$",
    re.I,
)
_PROVINCE_CLOSE = re.compile(r"\s*(?:e\s+(?:della\s+)?brianza\s*)?\)", re.I)
# a name the publisher blacked out: "XXXXXX", "X X X X", "*** ***", "■■■■", "omissis", "[dato oscurato]"
_REDACTED = re.compile(
    r"^(?:(?:[x*#]{3,}|[█■▇]{2,}|omissis)(?:\s+|$))+$|^(?:x\s+){2,}x$|^\[\s*\.*\s*\]$|^\.{3,}$|^…$|"
    r"^[\w\s]{0,30}\b(?:oscurat[oaie]|omess[oaie])\b[\w\s]{0,40}$",
    re.I,
)
# the capofila's mark, in Italian or in a bilingual page's English or German block ("Bollate (lead municipality)")
_LEAD = r"(?:(?:ente\s+|comune\s+)?capofila|lead\s+(?:municipality|partner|authority)|federführende\s+gemeinde)"
_CAPOFILA_MARK = re.compile(rf"\(?\s*{_LEAD}\s*\)?", re.I)
_CHECK = re.compile(r"^(?:[✓✔☑●■xX]|s[iì])$")
# the capofila said in a clause inside a news list: "..., Rho, che ne è il comune capofila, Settimo Milanese e ...",
# "i sindaci di Legnano, comune capofila, e di Busto Garolfo, ...", a bare "Rho, capofila, Settimo Milanese"
_CAPOFILA_CLAUSE = (
    r",\s*(?:che\s+(?:ne\s+|dell['’]\s*ambito\s+)?è\s+(?:il\s+|l['’]\s*)?(?:comune\s+|ente\s+)?|(?:il\s+)?(?:comune|ente)\s+|"
    r"(?:il\s+)?suo\s+(?:comune\s+|ente\s+)?)?capofila\s*(?=,)"  # "Legnano, suo capofila, insieme a A, B ..."
)
# a footnote's sign after a name, other than a star: a dagger, a degree, a section sign, a shape, a superscript figure
_SIGNS = ct.FOOTNOTE_SIGNS
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# a signer's role, before the comune it signs for ("Il Sindaco del Comune di X", "L'Assessore delegato del Comune di Y")
_SIGNER_ROLE = (
    r"(?:(?:il|la|l['’])\s*)?(?:sindac[oa]|vice\s*sindac[oa]|assessor[ea](?:\s+delegat[oa])?|delegat[oa]|"
    r"commissari[oa](?:\s+straordinari[oa])?)(?:\s+pro\s+tempore)?"
)
# list material: what may stand between two names of one list
_MATERIAL = re.compile(
    rf"\(\s*{_LEAD}\s*\)|[-–]\s*(?:ente\s+|comune\s+)?capofila\b|"
    # "i) Seregno, in qualità di ente capofila; l) Seveso": an accord's party in its role
    r",?\s*in\s+qualit(?:à|a['’])\s+di\s+(?:ente\s+|comune\s+)?capofila\b|"
    rf"{_CAPOFILA_CLAUSE}|\(\s*{_PROVINCE}\s*\)|\b(?-i:{_PROVINCES})\b|"
    # a merged comune's former names: "Castelgerundo (già Camairago e Cavacurta)", "(ex Cornegliano)": the same comune
    r"\(\s*(?:già|ex)\s+|"
    r"(?<![\w.])\d{1,3}(?:\.\d{3})*(?:\s*[.)°]|(?![\w]))|\bn\.\s*(?=\d)|"
    # an address's parts after a name: "Cuggiono (MI) 20012 – fraz. Castelletto" (a Lombard CAP, a frazione)
    r"(?<![\w.])2[0-7]\d{3}(?![\w.])|\bfraz(?:\.|ion[ei]\b)\s*[^;,\n|]*|"
    r"(?<![\w'’])(?:[a-z]|[ivx]{2,4})\)|"  # a lettered list: "a) Comune di X; b) Comune di Y", "ii)"
    r"(?<![\w'’(])(?-i:[a-z]{2})\)|"  # its 27th item on: "z) ...; aa) ...; ab) ..." (lower case, no "(" before)
    r"\(\s*(?:ab\.?\s*)?\d[\d.]*\s*(?:ab(?:itanti)?\.?|residenti)?\s*\)|"  # "Rho (50.000 ab.)": a population
    # a population's unit beside its figure, no brackets: "Desio ab. 42.110", "Limbiate 35.020 abitanti", "res. 9.800"
    r"\b(?:ab(?:itanti)?|res(?:identi)?)\b\.?\s*(?=\d)|(?<=\d)\s*(?:ab(?:itanti)?|residenti)\b\.?|"
    # a list going on over clauses: "..., ma anche per E", "oltre che per F", "e per la stessa G", "e con i comuni di H"
    r"(?<!\S)(?:(?:e|ed|ma)\s+(?:anche|inoltre|pure)|oltre\s+che|così\s+come|come\s+pure|nonché|e|ed|and|und)"
    r"(?:\s+(?:per|con|a|ad|di))?(?:\s+(?:i|gli|il|la|lo))?(?:\s+stess[aoi])?(?!\S)|"
    rf"\b(?:(?:i|il|la|le|dal|dai|dalla)\s+)?(?:comune|comuni|città|{_TOWN_HALL})\s+di\b|\bquelli\s+di\b|\b(?:il\s+|al\s+)?capoluogo\b|"
    r"\b(?:insieme\s+(?:a|ad|con)|oltre\s+(?:a|ad)|(?:e|ma)\s+anche)\b|"  # "A e B, insieme a C e D"
    # "Il sindaco di A, insieme ai colleghi di B e C": the mayors of the list's comuni
    # "i primi cittadini di A e B, seduti accanto ai colleghi di C e di D"
    r"\b(?:insieme\s+|(?:sedut[oiae]\s+)?accanto\s+)?(?:a|ai|agli|con|coi|con\s+i|dai|e|e\s+i)\s+"
    r"(?:colleghi|sindaci|primi\s+cittadini)\s+(?:di|dei\s+comuni\s+di)\b|"
    r"(?<=,)\s*e\s+di\b|"  # "i sindaci di A, comune capofila, e di B, C e D": the mayors of the list's comuni
    # a letter's addressees, one a line: "Sig. Sindaco del Comune di X", "Al Sindaco del Comune di X", "Alla Sindaca
    # di X" (not a signer's title: "Luca Arosio, sindaco di Cesate")
    r"\b(?:(?:al|alla|all['’])\s*|(?:gent\.\w*|egr\.\w*|ill\.\w*|sig\.(?:ra)?|spett\.\w*)\s*)+"
    r"(?:sindac[oa]|vice\s*sindac[oa])\s+(?:del\s+comune\s+|della\s+città\s+)?di\b|"
    # a signer's role before the comune it signs for, blocks one after another or two to a row: "Il Sindaco del Comune
    # di A   L'Assessore delegato del Comune di B", "La Vicesindaca della Città di C" (the formal "del Comune di")
    rf"\b{_SIGNER_ROLE}\s+(?:del\s+comune|della\s+città)\s+di\b|"
    r"[✓✔☑●▪◦•·,;:/|()\[\]\"“”«».\n–—-]|"
    r"(?<!\*)\*{1,2}(?!\*)|(?<!■)■(?!■)|"  # a footnote's star ("Pero*"), a bullet; three stars or more are a redaction
    rf"[{_SIGNS}{_SUPERSCRIPTS}]{{1,2}}|"  # another footnote's sign ("Magenta †", "Bresso¹")
    r"(?<!\w)['’]|['’](?!\w)",  # an apostrophe inside a word is part of a name ("Misano Gera d'Adda")
    re.I,
)


def _material_gaps(text: str) -> Iterator[str]:
    """The text between list material, lazily: a rule that stops at the first word of prose (a run's window of
    prose, an item that is no name) does not rewrite the rest of its text to learn it."""
    at = 0
    for m in _MATERIAL.finditer(text):
        yield text[at : m.start()]
        at = m.end()
    yield text[at:]


def _beyond_material(text: str) -> bool:
    """Whether `text` holds more than list material and spaces, as `_MATERIAL.sub("", text).strip()` says."""
    return any(gap.strip() for gap in _material_gaps(text))


def _material_chunks(text: str) -> Iterator[str]:
    """The chunks that rewriting the material into NULs and splitting at them gives (a NUL of the text splits too),
    one by one."""
    return (chunk for gap in _material_gaps(text) for chunk in gap.split("\x00"))


# an accord's signature blocks: "Per il Comune di X / Il Sindaco / XXXXXX / ______" for each comune
# one signature's line: its role, perhaps with the signer's name ("Il Sindaco – Mario Rossi", "il Sindaco Mario Rossi")
# or its stand-in, bracketed or not ("Il Sindaco (o suo delegato)", "Il Sindaco o l'Assessore delegato"), or its
# signature
# (an assessore signs with a portfolio: "L'Assessore ai Servizi Sociali", "l'Assessora alle Politiche Sociali"; r62e)
_SIGN = (
    r"(?:(?:il|la|l['’])\s*)?(?:sindac[oa]|vice\s*sindac[oa]|assessor[ea](?:\s+(?:ai|alle|al|alla|all['’])\s*"
    r"(?:servizi|politiche)\s+(?:sociali|alla\s+persona))?|delegat[oa]|presidente|commissari[oa])\b"
    r"(?:\s+(?:\(?(?:o\s+(?:suo|sua)\s+delegat[oa]|o\s+(?:l['’]\s*|il\s+|la\s+)?(?:assessore|vice\s*sindac[oa])"
    r"(?:\s+delegat[oa])?)\)?|pro\s+tempore|delegat[oa]|f\.?\s*to))*(?:\s*[:.]?(?:\s*[–—:-]\s*|\s+)(?-i:[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){1,3})|\s*[:.]?)|"
    # "firmato digitalmente", "f.to digitalmente"; possessive: a row of dots is one signature line
    r"\(?\s*(?:f\.?\s*to\s*)?(?:(?:firmato|f\.\s*to)\s+digitalmente|firma\s+digitale|[_.…][_.…\s]{2,}+)\s*\)?"
)
# the signature blocks' lines, one block or two side by side ("Il Sindaco ...    Il Sindaco ...")
_SIGNATURE = re.compile(rf"^(?>\s*(?:{_SIGN}))+\s*$", re.I)  # atomic: no unit split two ways (no backtracking)
# a signature inside a line (blocks side by side, run together by the text layout): a role with its signer's name,
# "firmato digitalmente", a row of underscores
_SIGNED = re.compile(
    r"\b(?>(?:(?:il|la|l['’])\s*)?(?:vice\s*sindac[oa]|sindac[oa]|assessore(?:\s+delegat[oa])?|delegat[oa]|presidente)"
    r"\s*[–—:-]\s*(?-i:[A-ZÀ-Ý][\w'’]+(?:\s+[A-ZÀ-Ý][\w'’]+){1,2}))|\b(?:(?:firmato|f\.\s*to)\s+digitalmente|"
    r"firma\s+digitale)\b|_{3,}+|"
    # the signer's formula without a name: "- il Sindaco o suo delegato ______ Per il Comune di"
    r"\b(?:(?:il|la)\s+)?(?:vice\s*)?sindac[oa]\s+o\s+(?:suo|sua|un)\s+delegat[oa]\b",
    re.I,
)
_SIGNED_WORDS = ("sindac", "assessore", "delegat", "presidente", "digitalmente", "firma", "___")  # (prechecks.py)
# a signature block's opening before its comune: "Per il Comune di X", "Il Sindaco del Comune di X"
_SIGNED_FOR = re.compile(
    rf"^\s*(?:per\s+(?:il|la|l['’])\s*|{_SIGNER_ROLE}\s+(?:del|della)\s+(?=(?:comune|città)\s+di\b))", re.I
)
# the party a signature block's "Per il" / "Per la" opens: the comune itself, or a body ("Per il Comune di", "Per la
# Città di", "Per l'Unione"); a sentence opened by its topic ("Per la programmazione sociale Masate appartiene
# all'Ambito ..., insieme a A, B", "Per la parte sociale il Comune fa capo a") signs nothing
_SIGNING_PARTY = re.compile(
    r"\s*(?:$|(?:comune|citt[àa]|unione|ente|azienda|consorzio|comunit[àa]|provincia|amministrazione)\b|"
    r"(?:vice\s*)?sindac|president|assessor|delegat|segretari|commissari)",
    re.I,
)


def _signs_for(head: str) -> bool:
    """The window before a run opens a signature block: "Per il" / "Il Sindaco del" and then its party, no sentence."""
    opening = _SIGNED_FOR.match(head)
    return bool(opening) and bool(_SIGNING_PARTY.match(head, opening.end()))


# what a signature line holds before its comune once "Per il" / "Per la" is read: "Comune di", "Città di" ("Citta'
# di" in a PDF's text), nothing of a sentence ("Per la variante al PGT sono stati sentiti i comuni di")
_SIGNATURE_HEAD = re.compile(r"^\s*(?:comune|citt(?:à|a['’]?))\s+di\s*$", re.I)
# a redacted person beside a comune of a list: "il Comune di X, rappresentato dal Sindaco pro tempore XXXXXX;",
# "X (XXXXXX)", "per il Comune di X il Sindaco ***": a person, not a name of the list (nor a redacted comune)
_MARK = r"(?:[xX*#█■]{3,}|omissis|\[\s*\.*\s*\]|\.{3,}|…)"
_PERSON = re.compile(
    rf"(?:\brappresentat[oa]\s+(?:dal|da|dall['’]|dalla)\s*|\b(?:il|la|l['’])\s*)?"
    r"(?:\b(?:sindac[oa]|vice\s*sindac[oa]|assessor[ea]|delegat[oa]|consiglier[ea]|presidente|commissari[oa])"
    rf"(?:\s+(?:pro\s+tempore|delegat[oa]|comunale))*\s+|\(\s*){_MARK}(?:\s+{_MARK})*(?:\s*\))?|"
    r"\bper\s+(?:il|l['’])\s*(?=comune\s+di\b)|(?:^|(?<=[;,]))\s*(?:il|l['’])\s*(?=comune\s+di\b)",
    re.I,
)
# one in every branch of `_PERSON` (prechecks.py): a mark's sign or word, or the comune a signature is for
_PERSON_WORDS = ("x", "*", "#", "█", "■", "omissis", "[", "...", "…", "comune")


def _signers_out(text: str) -> str:
    """`text` with the signatures and the redacted persons between a list's items turned into commas; each pattern
    only where its words are: they are tried at every character of every gap between two names of a run."""
    text = _SIGNED.sub(",", text) if may_match(text, _SIGNED_WORDS) else text
    return _PERSON.sub(",", text) if may_match(text, _PERSON_WORDS) else text


_PAGE_HEADER = re.compile(r"\bpag(?:ina|\.)?\s*\d+|^\s*-?\s*\d+\s*-?\s*$", re.I)
# a page's footer or header ending in its page number ("ADP VIMERCATE 2025-2027 - pagina 1"): its names are no items
_PAGE_LINE = re.compile(r"^.{0,100}\bpag(?:ina|\.)?\s*\d+(?:\s*(?:di|/)\s*\d+)?\s*$", re.I)
# a page's footer or header ending in its page mark that the text layer ran into the next line ("Bando ... - pagina 1
# Pognano"): what follows the mark goes on with the page's text
_PAGE_MARK_RUN_ON = re.compile(r"^.{0,100}\bpag(?:ina|\.)?\s*\d+(?:\s*(?:di|/)\s*\d+)?\s+(?=(?-i:[A-ZÀ-Ý]))", re.I)
MAX_BETWEEN = 2  # lines of content between two items of one list (page marks and signature lines aside)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’.-]*|di|de|de['’]|del|della|dello|dei|degli|delle|dell['’]\w*|d['’]\w+|con|sul|"
    r"sull['’]\w*|su|al|il|in|e|ed|sopra|sotto|san|sant['’]\w+)$"  # "il": Oltre il Colle, Sotto il Monte
)


CONTEXT = 400  # characters of a run's line read before and after it
MAX_UNKNOWN = 1  # names that are no comune, between two comuni of one run (per gap)


@dataclass
class MemberGroup:
    line: int  # first line of the list (or the sentence's line)
    end: int  # last line
    col: int  # where the run starts in its first line
    end_col: int  # where it ends in its last line
    codes: list[str]
    unresolved: list[str] = field(default_factory=list)
    evidence: str = ""  # the words before the run (the context its rule read)
    count: int | None = None  # the number of comuni the page states next to the list
    capofila: str | None = None  # an item marked "(capofila)" or checked in a capofila column
    contacts: dict[str, Contacts] = field(default_factory=dict)  # websites/phones in table rows
    kind: str = "list"  # "list" (lines of their own) | "prose" (a run inside a sentence)
    fuzzy: list[tuple[str, str]] = field(default_factory=list)  # (as written, ISTAT) read despite a typo
    rule: str = ""  # the rule that accepted the run (see the module docstring)
    run: str = ""  # the run as written
    redacted: int = 0  # names blacked out by the publisher
    said_after: bool = False  # the words after the run name its ambito ("... compongono l'Ambito di X")
    capital: bool = False  # the run names the ambito's capoluogo as an item ("..., oltre che per lo stesso capoluogo")
    governed: tuple[int, int, int] | None = None  # (line, start, end) of the cell naming its ambito (a table's column)


def looks_like_name(text: str) -> bool:
    """One to four capitalised words (with the particles of Italian place names): a place name."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 45 or re.search(r"\d|@", text) or not text[:1].isupper():
        return False
    if any(w.lower().strip("'’.") in NOT_NAME_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words)


@dataclass
class _Run:
    found: list[Found]  # the comuni, with offsets in the page text
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (index of the comune it precedes, name): no comune
    redacted: int = 0
    unsettled: list[str] = field(default_factory=list)  # short forms the context cannot settle ("Cologno"), as written
    column_head: tuple[int, int, int] | None = None  # (line, start, end) of the header cell of a table's column
    moulded: bool = False  # items one a line cast in one mould (`_moulded`): a list, whatever words each item repeats


def _sentence_cell(row: str) -> bool:
    """A cell of twelve words or more, with words no place name has: a sentence, not a table's item."""
    return any(len(cell.split()) >= 12 and _is_prose(cell) for cell in row[:5000].split(" | "))


class _Text:
    """The page's lines as one text, with each line's offset: runs may cross lines."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        # table rows, cells joined by " | "; a row with a sentence in a cell (an albo's "Oggetto") is read as text
        self.rows = {n for n, line in enumerate(lines) if " | " in line and not _sentence_cell(line)}
        self.ambito_cells: dict[int, str | None] = {}  # per table row, the cells naming an ambito (see row_ambito)
        self.comuni_headers: dict[int, bool] = {}  # per header row, whether it is a transposed table's comuni
        self.column_ambiti: dict[int, str] = {}  # per table row, the ambito its "Ambito" column names ("Abbiatense")
        self.ambito_columns: dict[int, tuple[int, int]] = {}  # per table row, its "Ambito" column (nm.ambito_columns)
        self.mentions: list[Found] = []  # the comuni named as a list's items may be
        self.starts: list[int] = []
        at = 0
        for line in lines:
            self.starts.append(at)
            at += len(line) + 1

    def line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    @functools.cached_property
    def named_lines(self) -> set[int]:
        """The lines that name a comune as a list's item may (asked by the parts' rule only)."""
        return {self.line_of(f.start) for f in self.mentions}

    @functools.cached_property
    def stated(self) -> frozenset[int]:
        """The numbers of comuni the page says its ambito has, wherever it says them (stated_count.py)."""
        return sc.stated_counts(self.lines)

    @functools.cached_property
    def sitter_rows(self) -> set[int]:
        """The rows of the roll calls laid out as tables of sitters: after a line announcing those present ("Sono
        presenti:"), and a header line at most, the lines that each end in a sitter's role (read once a page, and only
        when a row may be one)."""
        out: set[int] = set()
        announced = -2  # the last line that announces those present
        for n, line in enumerate(self.lines):
            if ":" in line and _ANNOUNCED.search(line):
                announced = n
            elif _SITTER_END.search(line) and (n - 1 in out or n - announced <= 2):
                out.add(n)
        return out

    @functools.cached_property
    def capofila_marks(self) -> set[str]:
        """The footnote marks a legend on the page gives the capofila's role ("* Comune capofila"): read once a page,
        not once a marked name."""
        marks = {
            _mark_key(m.group(1))
            for line in self.lines
            if (m := _LEGEND.match(line)) and not _DENIED.search(m.group("words"))
        }
        said = (m.group() for line in self.lines for m in _WORDED_LEGEND.finditer(line))
        captions = {_mark_key(m.group(1)) for line in self.lines if (m := _CAPTION_LEGEND.search(line))}
        return marks | captions | {"*" for words in said if not _DENIED.search(words)}


# comuni that their own line's verb sends to a health body or its districts: "..., Villasanta e quelli del Desiano
# afferiscono ai Distretti dell'ASST di Monza", "Baranzate e Bollate fanno capo all'ASST Rhodense"; not the ambito's own
# clause after its name ("aderiscono all'Ambito di Sondrio, che fa capo all'ATS")
_TO_A_HEALTH_BODY = re.compile(
    r"^(?:(?!\bambit)[^.;:]){0,60}?\b(?:afferisc\w*|fa(?:nno)?\s+capo|rientra(?:no)?|ricad(?:e|ono)|dipend(?:e|ono)|"
    r"appartengono|appartiene|fa(?:nno)?\s+parte)\s+(?:invece\s+)?(?:a|ad|al|all['’]|alla|ai|agli|nel|nell['’]|nella|"
    r"nei|negli|del|dell['’]|della|dei|degli|dal|dall['’]|dalla|dai|dagli)\s*(?:[^.;:]{0,60}?\b(?:di|del|della|dell['’]|"
    r"dei|degli)\s*)?" + nm.HEALTH_BODY,
    re.I,
)


def _without_health_bodys(page: _Text, run: _Run) -> _Run | None:
    """The run without the comuni of its last line when that line's own verb sends them to a health body: they are
    the ASST's, and a list above the line may have run on into them (None if nothing is left)."""
    last = page.line_of(run.found[-1].start)
    end = run.found[-1].end - page.starts[last]
    if not _TO_A_HEALTH_BODY.match(page.lines[last][end : end + CONTEXT]):
        return run
    kept = [f for f in run.found if page.line_of(f.start) < last]
    return replace(run, found=kept, unknown=[u for u in run.unknown if u[0] < len(kept)]) if kept else None


def member_groups(lines: list[str], levels: list[int], groups: list[int], resolver: NameResolver) -> list[MemberGroup]:
    """The runs of comuni that the page states as an ambito's members, each with its rule."""
    page = _Text(lines)
    page.column_ambiti = {n: m.name for n, m in nm.column_mentions(lines, resolver).items()}
    page.ambito_columns = nm.ambito_columns(lines)
    found = resolver.gazetteer.find(page.text)
    surnames = _surnames(page, found)
    mentions = _words_in_lists(
        page,
        levels,
        [f for f in found if f.start not in surnames and _listed(page, levels, f, resolver)],
    )
    mentions = _without_card_bodies(page, levels, mentions)
    page.mentions = mentions
    out: list[MemberGroup] = []
    pending: list[tuple[int, MemberGroup]] = []  # lists no rule took, which a count stated elsewhere may (`_judge`)
    for whole in _runs(page, levels, mentions):
        _settle(page, whole, resolver)
        for column in _columns(page, levels, groups, whole):
            run = _without_health_bodys(page, column)
            group = run and _judge(page, levels, groups, run, resolver, out[-1] if out else None)
            if group and group.rule:
                out.append(group)
            elif group:
                pending.append((len(out), group))
    return _with_counted_parts(page, out, pending)


def _with_counted_parts(
    page: _Text, out: list[MemberGroup], pending: list[tuple[int, MemberGroup]]
) -> list[MemberGroup]:
    """The accepted lists with those pending lists, side by side with no accepted one between them, that together
    name exactly the number of comuni the page states ("i tredici Comuni dell'Ambito" over "Zona Nord: 5 comuni", "Zona
    Centro: 4", "Zona Sud: 4"), the accepted list right before them as their first part or not: the parts of the
    ambito's list."""
    chains: dict[int, list[MemberGroup]] = {}
    for at, group in pending:
        chains.setdefault(at, []).append(group)
    for at in sorted(chains, reverse=True):
        # the accepted list right before the chain may be its first part, the one an intro above governs
        first = out[at - 1 : at]
        chain = first + chains[at]
        sizes = [(len(g.codes) + len(g.unresolved) + g.redacted, frozenset(g.codes)) for g in chain]
        window = sc.counted_parts(sizes, page.stated)
        if window:
            out[at:at] = [replace(chain[k], rule="count") for k in window if k >= len(first)]
    return out


# the words that frame a run as comuni of a body or the people its services reach: a count stated elsewhere takes only
# a run so framed
_COMUNI_FRAME = re.compile(
    r"comun|municip|ambit|distrett|territor|aderent|\bsoci\b|\benti\b|elenc|composizion|resident|cittadin|"
    r"sportell|[ée]quipe|servizi|social|famigli|utent|\bzon[ae]\b|\bare[ae]\b|\bpol[oi]\b|\bsub[- ]?ambit",
    re.I,
)


def _of_comuni(before: str, headings: list[str]) -> bool:
    """The words right before the run (its sentence, its intro), or if there are none its nearest heading, speak of
    comuni, the ambito or its services: a park's, a railway's or a twinning's towns ("Il parco attraversa A, B e C",
    "Fermate: A, B", "Gemellaggi" over a list) are no comuni counted elsewhere, even when they are as many."""
    said = before.strip() or (headings[0] if headings else "")
    return not said or bool(_COMUNI_FRAME.search(said))


def _undisputed(before: str, headings: list[str], after: str) -> bool:
    """Nothing around the run names another kind of list, another ambito or a hypothesis: a count the page states
    elsewhere may take it."""
    return not (
        DECOY.search(before[-200:])
        or DECOY.search(after)
        or ELSEWHERE.search(after)
        or HYPOTHETICAL.search(before)
        or any(OTHER_LISTS.search(h) for h in headings)
    )


# a person's title (italian.TITLE_BEFORE) or a given name right before a name, or a given name right after it (not
# "di X Mario Rossi"): a surname that is also a comune's name ("il Sindaco Mario Brivio", "dott.ssa Cantù", "BRIVIO
# MARIO") names no comune
_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÀ-Ý][\w'’]+) $")
_WORD_AFTER = re.compile(r" ([A-ZÀ-Ý][\w'’]+)\b")
_OF_BEFORE = re.compile(r"\b(?:di|a|da|per|in)\s$", re.I)
# a roll call's row in a PDF's text, its columns run together: "Bagnatica Roberto Scarpellini (delegato) Presente";
# the mayor's given name and surname follow the comune (a councillors' roll call "BRIVIO Mario (Consigliere)
# Presente" names no comune)
_PRESENCE = r"(?:presente|assente)"
_ROLL_CALL_ROW = re.compile(
    rf"\s+(?-i:[A-ZÀ-Ý])[\w'’]+\s+(?!{_PRESENCE}\b|sindac|vice|consiglier|assessor|president|segretari)(?-i:[A-ZÀ-Ý])[\w'’]+[^\n]{{0,100}}?\b{_PRESENCE}"
    r"(?:\s+giustificat[oa])?\s*(?:\n|$)",
    re.I,
)


# what opens an item before its sign: a bullet, a number ("• 4 ★ Castano Primo", "3) ● Buscate"), a table cell's bar
# how far before a name its sign and the item's opening can sit ("  12)  (**)  Castano"): a run on a line of
# megabytes (a text layer with no line breaks) reads a window, not the whole line before each run
_SIGN_REACH = 40
_ITEM_OPENING = re.compile(r"^[\s•·▪►|,;–-]*(?:\d{1,3}[.)]?\s+)?")


def _signs_before(page: _Text, run: _Run, rows: list[int]) -> list[str | None]:
    """Each item's footnote sign written before its name ("★ Castano Primo", a map legend's symbol as its bullet), as
    `_mark_key` reads it (the item's bullet and number aside); None where there is none, and for every item when all
    of them carry the same sign (the list's bullet, not a mark)."""
    first = max(page.starts[rows[0]], run.found[0].start - _SIGN_REACH)
    if not _A_SIGN.search(page.text, first, run.found[-1].start):
        return [None] * len(run.found)  # (most runs: no sign among their items)
    out: list[str | None] = []
    for k, f in enumerate(run.found):
        start = max(page.starts[rows[k]], f.start - _SIGN_REACH)
        if k and rows[k - 1] == rows[k]:
            start = max(start, run.found[k - 1].end)
        left = page.text[start : f.start].rstrip()
        if not left or left[-1] not in _SIGN_ENDS:
            out.append(None)  # (most items: a bullet, a comma or nothing before the name)
            continue
        left = _ITEM_OPENING.sub("", left, count=1).strip()
        out.append(_mark_key(left) if _SIGN_BEFORE.fullmatch(left) else None)
    return [None] * len(out) if len(set(out)) == 1 else out


def _roll_call_row(text: str, f: Found) -> bool:
    """The mention opens a roll call's row: the comune, its mayor or delegate, present or absent."""
    return (f.start == 0 or text[f.start - 1] == "\n") and bool(_ROLL_CALL_ROW.match(text, f.end, f.end + 160))


def _sitter_row(page: _Text, f: Found) -> bool:
    """The mention opens a row of a roll call's table of sitters: the comune, then who sat for it and their role."""
    n = page.line_of(f.start)
    return (
        f.start == page.starts[n] and bool(_SITTER_ROW.match(page.lines[n], f.end - f.start)) and n in page.sitter_rows
    )


def _surnames(page: _Text, found: list[Found]) -> set[int]:
    """Starts of the mentions that are a person's surname, not a comune (see TITLE_BEFORE); a given name that ends
    a comune's own name ("Sesto San Giovanni Cinisello", a list parted by spaces) is no person's."""
    text = page.text
    ends = {f.end for f in found}
    starts = {f.start for f in found}
    out = set()
    for f in found:
        before = text[max(0, f.start - 30) : f.start]
        given = _WORD_BEFORE.search(before)
        after = _WORD_AFTER.match(text, f.end)
        if (
            TITLE_BEFORE.search(before)
            or (given and given.group(1).lower() in GIVEN_NAMES and f.start - 1 not in ends)
            or (
                after
                and after.group(1).lower() in GIVEN_NAMES
                and f.end + 1 not in starts
                and not _OF_BEFORE.search(before)
                and not _roll_call_row(text, f)
                and not _sitter_row(page, f)
            )
        ):
            out.add(f.start)
    return out


def _without_card_bodies(page: _Text, levels: list[int], mentions: list[Found]) -> list[Found]:
    """Mentions without a card's body naming its title's comune again: accordion items titled "Arconate" whose body
    reads "Segretariato sociale del Comune di Arconate: ..." are a list of titles, which the bodies would cut."""
    titles = {n: f for f in mentions if 0 < levels[n := page.line_of(f.start)] < 7 and _name_only(page, n, f)}
    out = []
    for f in mentions:
        n = page.line_of(f.start)
        title = titles.get(n - 1) if not levels[n] else None
        if not (title and title.istat and title.istat == f.istat):
            out.append(f)
    return out


_COMUNE_DI = re.compile(r"\bcomun[ei]\s+di\s*$", re.I)


def _shouted_word(page: _Text, f: Found) -> bool:
    """A comune whose name is an everyday word, written in capitals and not after "Comune di": "DELLO", "PERO'"."""
    return (
        f.key in WORD_NAMES
        and page.text[f.start : f.end].isupper()
        and not _COMUNE_DI.search(page.text[max(0, f.start - 20) : f.start])
    )


# a word in capitals right after an everyday word in capitals, no list's connector: the phrase goes on ("DELLO SCHEMA")
_CAPS_WORD_AFTER = re.compile(r"[ \t]+(?!(?:E|ED|O|OPPURE)\b)([A-ZÀ-Ý]{2,})\b")


def _words_in_lists(page: _Text, levels: list[int], mentions: list[Found]) -> list[Found]:
    """Mentions without the everyday words in capitals that no list holds: such a word counts only when list
    material alone parts it from a comune that is no such word ("BOVEZZO, NAVE, CAINO"), not in a caps sentence
    ("APPROVAZIONE DELLO SCHEMA", "PERO' RILEVATO IL NESSO"), nor when a caps word goes on after it ("DI DESIO E DELLO
    SCHEMA": the list material before it was the sentence's "E")."""
    shouted = [_shouted_word(page, f) for f in mentions]

    def listed_beside(k: int, other: int) -> bool:
        if shouted[other]:
            return False
        first, second = sorted((mentions[k], mentions[other]), key=lambda f: f.start)
        gap = _gap(page, levels, first, second)
        return gap is not None and not gap[0]

    def phrase_goes_on(k: int) -> bool:  # "DESIO E DELLO SCHEMA": a word in capitals, no comune, right after it
        after = _CAPS_WORD_AFTER.match(page.text, mentions[k].end)
        return bool(after) and not (k + 1 < len(mentions) and mentions[k + 1].start == after.start(1))

    return [
        f
        for k, f in enumerate(mentions)
        if not shouted[k]
        or (
            ((k > 0 and listed_beside(k, k - 1)) or (k + 1 < len(mentions) and listed_beside(k, k + 1)))
            and not phrase_goes_on(k)
        )
    ]


# a page about an Unione dei Comuni (its title or h1): the comuni it lists are the Unione's
UNIONE = re.compile(UNIONE_DEI_COMUNI, re.I)
_BELONGS = re.compile(r"aderisc|fa(?:nno)?\s+parte|compon|sottoscri|appartengono", re.I)
_AMBITO_WORD = re.compile(r"\b(?:ambit[oi]|distrett[oi])\b", re.I)


def said_of_the_ambito(groups: list[MemberGroup]) -> list[MemberGroup]:
    """On an Unione's page, the lists its sentences say belong to the ambito ("A e B aderiscono all'Ambito di X",
    "Fanno parte dell'Ambito i comuni di ..."); not its own members under "Comuni aderenti", nor comuni whose
    services the Unione runs "in raccordo con il Piano di Zona"."""
    stated = [g.kind == "prose" and _BELONGS.search(g.evidence) and _AMBITO_WORD.search(g.evidence) for g in groups]
    return [g for g, said in zip(groups, stated, strict=True) if g.rule == "verb-after" or said or _ambito_lists(g)]


# a list's own introduction whose subject is the ambito and whose verb makes it up: "L'Ambito comprende quattordici
# Comuni:", "Il Distretto è formato dai seguenti Comuni:", "Fanno parte dell'Ambito:"
_AMBITO_LISTS = re.compile(
    r"^(?:l['’]\s*|il\s+)?(?:ambit|distrett)[oi]\b[^:]{0,60}?\b(?P<verb>compren\w*|riunisc\w*|"
    r"(?:è|e['’]|sono)\s+(?:format|compost|costituit)\w*)\b"
    r"|^(?:ne\s+)?fanno\s+parte\s+(?:dell['’]\s*|del\s+)(?:ambit|distrett)o\b",
    re.I,
)


def _ambito_lists(group: MemberGroup) -> bool:
    """A list (not a sentence's run) that its own introduction says makes up the ambito, on an Unione's page; not one
    whose introduction names the Unione or another body ("Il Distretto del Commercio comprende i Comuni:")."""
    intro = (split_sentences(group.evidence) or [""])[-1].strip()
    said = _AMBITO_LISTS.search(intro) if group.kind == "list" else None
    return bool(said) and not DECOY.search(intro) and not _COMMON_NOUN.search(intro[: said.start("verb")])


# the word "ambito" as a common noun, told by a lowercase word of its own after it ("L'ambito ottimale del trasporto
# comprende i Comuni:", "L'ambito di raccolta comprende"): not the ambito's own qualifiers nor its name's particles
_COMMON_NOUN = re.compile(
    r"^\W*(?:l['’]\s*|il\s+)?(?:ambit|distrett)[oi]\b.*?\b(?!(?:territoriale|sociale|distrettuale|di|del|della|dell|dei|"
    r"degli|d|zona|n|sull|sul|con)\b)(?-i:[a-zà-ý]{2,})",
    re.I,
)


def _columns(page: _Text, levels: list[int], groups: list[int], run: _Run) -> list[_Run]:
    """A table whose columns are ambiti ("Ambito di Desio | Ambito di Carate Brianza" over rows of comuni): one run
    per column, each governed by its header cell; any other run as it is."""
    rows = [page.line_of(f.start) for f in run.found]
    if not all(n in page.rows for n in rows):
        return [run]
    header_at = _header_row(page.lines, levels, groups, rows[0])
    if header_at is None:
        return [run]
    spans = _cells(page.lines[header_at])
    if len(spans) < 2 or not all(_AMBITO_CELL.search(page.lines[header_at][a:b]) for a, b in spans):
        return [run]
    by_column: dict[int, _Run] = {}
    for f, n in zip(run.found, rows, strict=True):
        at = f.start - page.starts[n]
        k = next((i for i, (a, b) in enumerate(_cells(page.lines[n])) if a <= at < b), 0)
        if k < len(spans):
            column = by_column.setdefault(k, _Run([], column_head=(header_at, *spans[k])))
            column.found.append(f)
    return [by_column[k] for k in sorted(by_column)] if len(by_column) > 1 else [run]


def _cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row written "a | b | c"."""
    spans, at = [], 0
    for cell in line.split(" | "):
        spans.append((at, at + len(cell)))
        at += len(cell) + 3
    return spans


# list material after a short form ("Cassano, Inzago", "Cassano · Inzago", "Cassano (MI)")
_SHORT_END = re.compile(r"\s*(?:$|[\n,;.:()\[\]|/–—·•▪€-]|(?:e|ed)\s|\d{1,3}\s*[.)°])")
_SIGLA_AFTER = re.compile(rf"^\s*\(?\s*((?-i:{_PROVINCES}))\b")


def _settle(page: _Text, run: _Run, resolver: NameResolver) -> None:
    """Short forms read by the run's other comuni: "Cassano" among comuni of the province of Milan is Cassano
    d'Adda; "Cassano (VA)" is settled by its sigla; "Gardone" beside Sarezzo by the homonym that borders it. One
    that stays open, or that would name a comune of a province none of the others is in, is reported as written
    (istat "")."""
    settled = {f.istat for f in run.found if f.istat and not f.candidates}
    provinces = {resolver.comuni[istat].province for istat in settled}
    for k, f in enumerate(run.found):
        if not f.candidates:
            continue
        sigla = _SIGLA_AFTER.match(page.text[f.end : f.end + 8])
        allowed = {sigla.group(1)} if sigla else provinces
        fits = [c for c in f.candidates if not allowed or resolver.comuni[c].province in allowed]
        if not fits and not sigla and len(f.candidates) == 1 and len(f.key.split()) >= 3:
            fits = list(f.candidates)  # "S. Colombano al L.": spelt out enough to name one comune, in any province
        if len(fits) > 1 and not sigla and " " not in f.key and (near := the_neighbour(fits, settled)):
            fits = [near]  # "Gardone" beside Sarezzo and Marcheno: the homonym that borders them ("Caselle L." stays)
        run.found[k] = Found(fits[0] if len(fits) == 1 else "", f.key, f.start, f.end, f.candidates)
        if len(fits) != 1:
            run.unsettled.append(page.text[f.start : f.end])


def _town_hall_alone(line: str, col: int, end: int) -> bool:
    """The name of an item that holds nothing but the comune's town hall ("Municipio di Cislago", a line or a piece
    between list marks: "Il Municipio di A · Il Municipio di B"): the comune."""
    item = _ITEM_MARK.split(line[max(0, col - 40) : col])[-1]
    return bool(_TOWN_HALL_ITEM.fullmatch(item)) and bool(_ITEM_END.match(line, end))


_ITEM_MARK = re.compile(r"[·•;|]")
_ITEM_END = re.compile(r"[\s.]*(?:[·•;|]|$)")


# a distance after a name, in brackets, after a dash or a dot, or bare: "(4 km)", "- 28 km", "· 4,2 km", "8 km"
_DISTANCE_AFTER = re.compile(r"\s*(?:\(\s*|[-–—·|:]\s*)?\d{1,3}(?:[.,]\d{1,2})?\s*km\b", re.I)


def _in_page_mark_run_on(line: str, col: int) -> bool:
    """The name sits in a page's footer or header that ends in its page mark and runs on into the line's text."""
    if "pag" not in line[:120].lower():
        return False  # most lines: spare them the pattern
    mark = _PAGE_MARK_RUN_ON.match(line)
    return bool(mark) and col < mark.end()


def _listed(page: _Text, levels: list[int], f: Found, resolver: NameResolver) -> bool:
    """A name as an item of a list: written with a capital ("questa tornata" names no Tornata), not part of an
    address, of another body's name or of the ambito's name, and in a table row only in a cell that holds
    nothing but names."""
    n = page.line_of(f.start)
    line, col = page.lines[n], f.start - page.starts[n]
    if not page.text[f.start : f.start + 1].isupper():
        return False
    if (
        f.key in _CAPITAL_KEYS
        and _PROVINCE_AFTER.search(page.text[max(0, f.start - 30) : f.start])
        and _PROVINCE_CLOSE.match(page.text[f.end : f.end + 20])
    ):
        return False  # "Rho (Milano)": the province of the name before it
    if f.key in _CAPITAL_KEYS and _PROVINCES_BEFORE.search(page.text[max(0, f.start - 80) : f.start]):
        return False  # "al confine con le province di Bergamo e di Monza e della Brianza": provinces, not comuni
    if f.candidates and not (_SHORT_END.match(page.text[f.end : f.end + 4]) or _sitter_row(page, f)):
        # "Marcallo con Cassone": the start of a longer name (a typo of one), not a short form; a roll call's row
        # "Pogliano M.se  Carlo Villa  Assessore delegato" opens with its comune, short or whole
        return False
    if _PAGE_LINE.match(line) or _in_page_mark_run_on(line, col):
        return False
    if _DISTANCE_AFTER.match(page.text[f.end : f.end + 20]):
        return False  # "Baranzate (4 km)", "Edolo - 28 km": a place near the page's town, with its distance
    before = line[max(0, col - 60) : col]
    if (
        _NOT_A_LISTED_NAME.search(before) or (may_match(before, _TOWN_THING_WORDS) and _TOWN_THING.search(before))
    ) and not _town_hall_alone(line, col, f.end - page.starts[n]):
        return False  # "presso il Municipio di Rho, piazza ...": an address; "Municipio di Rho" alone names Rho
    if np_.compass_area(line[max(0, col - 12) : col], line[f.end - page.starts[n] : f.end - page.starts[n] + 8]):
        return False  # "Ambito Visconteo Sud Milano - A, B", "Ambito Brescia Ovest con A, B": an area's name
    if col <= PART_NAME_CHARS and _PART_NAMED.fullmatch(line[:col]):
        return False  # "Area Lodi e Nord Lodigiano — A, B, ...": the part's name, not its first item
    if n not in page.rows:
        return True
    if levels[n]:
        return _comuni_header(page, n, resolver)  # a header row names columns, unless they are comuni over figures
    k, cell = next(((k, (a, b)) for k, (a, b) in enumerate(_cells(line)) if a <= col < b), (-1, None))
    if cell is None or k == page.ambito_columns.get(n, (None,))[0]:
        return False  # a cell under "Ambito": an ambito named after its comune ("Melegnano | 15 | 172.904")
    text = _CELL_LABEL.sub("", line[cell[0] : cell[1]])  # "Comuni: Rho | Pero | Arese", "Soci: A; B"
    for g in reversed(resolver.gazetteer.find(text)):
        text = text[: g.start] + " " + text[g.end :]
    return _called(text, page) or not _beyond_material(text)  # "Lodi (cap.)", its legend below the table


_COMUNE_OF = re.compile(r"^(?:comune|citt[àa])\s+di\s+", re.I)
# a row of values under a transposed header: figures ("Popolazione | 8.321 | 4.412"), or a mark or a yes/no in each
# cell ("Assistenza domiciliare | ✓ | – | ✓", "Trasporto | sì | no | sì"): a services table, one comune a column
_VALUE_CELL = r"(?:[\d.,%€\s]*\d[\d.,%€\s]*|\s*(?:[✓✔☑✗✘✕×xX•●○◯■□–—-]|s[iì]|no|n\.?\s?d\.?|/)?\s*)"
_FIGURES_ROW = re.compile(rf"^[^|]{{0,60}}(?: \| {_VALUE_CELL})+$", re.I)


def _comuni_header(page: _Text, n: int, resolver: NameResolver) -> bool:
    """A transposed table's header row: a comune in each column over rows of figures (population, quota, users),
    "– | Albano | Bagnatica | ..." / "Popolazione | 8.321 | 4.412 | ...". Read once per row."""
    if n not in page.comuni_headers:
        cells = [_COMUNE_OF.sub("", cell) for cell in page.lines[n].split(" | ")[1:]]
        named = [resolver.gazetteer.find(cell) for cell in cells] if len(cells) >= 3 else []
        page.comuni_headers[n] = (
            bool(named)
            and all(
                len(f) == 1 and f[0].start == 0 and f[0].end == len(cell) for f, cell in zip(named, cells, strict=True)
            )
            and n + 1 < len(page.lines)
            and bool(_FIGURES_ROW.match(page.lines[n + 1][:5000]))
        )
    return page.comuni_headers[n]


def _runs(page: _Text, levels: list[int], mentions: list[Found]) -> list[_Run]:
    runs: list[_Run] = []
    named = None  # the name of the next ambito of an enumeration, before its bracket: no item of either list
    for f in mentions:
        if named is not None and f.start > named.end:
            named = None
            runs.append(_Run([f]))
            continue
        if runs and _next_bracket(page.text, runs[-1].found[0], runs[-1].found[-1], f):
            named = f  # "ambiti di Desio (A, B) e di Monza (C, D)": A, B end at the bracket; Monza names the next
            continue
        if runs:
            prev = runs[-1].found[-1]
            gap = _gap(page, levels, prev, f)
            if gap is None and _moulded(page, levels, prev, f):
                runs[-1].found.append(f)
                runs[-1].moulded = True
                continue
            if gap is not None:
                unknown, redacted = gap
                runs[-1].unknown.extend((len(runs[-1].found), name) for name in unknown)
                runs[-1].found.append(f)
                runs[-1].redacted += redacted
                continue
        runs.append(_Run([f]))
    return runs


def _next_bracket(text: str, first: Found, prev: Found, f: Found) -> bool:
    """A run opened by a bracket, closed after `prev`, and `f` a name with a bracket of its own: "(A, B) e di Monza
    (C, D)", an enumeration of ambiti each with its list (round 55d); not "A (MI), B (MI)", a run's own brackets."""
    return (
        text[max(0, first.start - 3) : first.start].rstrip().endswith("(")
        and bool(na.NEXT_OF_THEM.fullmatch(text, prev.end, f.start))
        and text[f.end : f.end + 3].lstrip().startswith("(")
    )


MOULD_WORDS = 2  # the words two items' different tails open with alike: ", in persona del Sindaco" / "dell'Assessore"
_TAIL_WORDS = re.compile(r"[\w'’]+")


def _moulded(page: _Text, levels: list[int], a: Found, b: Found) -> bool:
    """Two items on consecutive lines cast in one mould: the same words before the name, their list marks aside
    ("• Sito istituzionale del Comune di X", "1) Comune di X, in persona del Sindaco"), and after it the same words or
    tails opening alike. Whatever each item repeats, the names are a list's items; what the list is, its
    introduction says (`_judge`)."""
    la, lb = page.line_of(a.start), page.line_of(b.start)
    if lb != la + 1 or page.line_of(a.end - 1) != la or levels[la] != levels[lb] or la in page.rows:
        return False
    head_a = LIST_MARK.sub("", page.lines[la][: a.start - page.starts[la]], count=1)
    head_b = LIST_MARK.sub("", page.lines[lb][: b.start - page.starts[lb]], count=1)
    if head_a != head_b or not _TAIL_WORDS.search(head_a) or _SENTENCE_END.search(head_a):
        return False
    tails = [page.lines[la][a.end - page.starts[la] :][:200], page.lines[lb][b.end - page.starts[lb] :][:200]]
    if tails[0].strip() == tails[1].strip():
        return True
    words = [_TAIL_WORDS.findall(t.lower())[:MOULD_WORDS] for t in tails]
    return len(words[0]) == MOULD_WORDS and words[0] == words[1] and not any(_SENTENCE_END.search(t) for t in tails)


# what follows an item at the start of its line: "Comune di Assago – il Sindaco XXXXXX" (attendance, roles)
# or after a dotted leader ("Comune di Assago ........ Sindaco")
# or a roll call's presence mark in its own column ("MELETI A", "MERLINO P": presente, assente, assente giustificato;
# "DESIO  Sindaco  SI", "LIMBIATE  Assessore delegato  NO": the sitter's role, then a yes or no)
# or a table row's figures in a PDF's text ("Arconate 6.951 9,8%": residents, quota)
# one figure, unambiguous digits: "6.951", "9,8%", "1.250 €", "€ 61.204,10" (round 62e)
_FIG = r"(?:€\s*)?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s*[%€])?"
# a row's figures: two or more, or one that is plainly a figure ("6.951", "9,8%"); "Rho 12" (a note's call, a page
# number) is no row
_FIGURES = rf"(?:(?:\s+{_FIG}){{2,}}|\s+(?=€\s*\d|\d{{1,3}}[.,]\d|\d+\s*[%€]){_FIG})\s*$"
# the role of who sat for a comune, a cell of a roll call's row before its presence mark ("DESIO  Sindaco  SI")
_ROLE_CELL = r"(?:vice\s*)?sindac[oa]|assessor[ea](?:\s+delegat[oa])?|delegat[oa]"
_PRESENCE_MARK = rf"(?:P|A|AG|SI|SÌ|NO|(?i:{_PRESENCE})(?:\s+giustificat[oa])?)"
_ITEM_TAIL = re.compile(
    rf"^\s+[–—-]\s+\S|^\s*(?:\.{{4,}}|…{{2,}})\s*\S|^\s+(?:(?i:{_ROLE_CELL})\s+)?{_PRESENCE_MARK}\s*$|^{_FIGURES}"
)
_ROW_FIGURES = re.compile(_FIGURES)


def _without_figures(line: str) -> str:
    """A table row between two items without its figures ("Pogliano M.se   € 15.044,00": the comune's share), as the
    items' own tails drop them (`_ITEM_TAIL`); a short line only, no run-on text."""
    return _ROW_FIGURES.sub("", line) if len(line) <= 120 else line


# a roll call's row that opens with its role or presence: "SINDACO - BOLLATE", "ASSESSORE - CESATE", "ASSENTE - SENAGO"
_ROLL_ROLE = (
    r"(?:(?:vice\s*)?sindac[oa]|assessor[ea](?:\s+delegat[oa])?|delegat[oa]|(?:vice\s*)?presidente|assente|presente)"
)
# a roll call laid out as a table of who sat for each comune, under the line that announces those present ("Sono
# presenti:" / "Comune  Rappresentante  Qualifica" / "BARANZATE  Luca Elia  Sindaco"): the row's sitter and role
# (a sitter may hold two roles: "Sindaco, Presidente", "Sindaca e Presidente")
_SITTER_ROLES = rf"{_ROLL_ROLE}(?:\s*(?:,|\be\b|/)\s*{_ROLL_ROLE})?"
_SITTER_ROW = re.compile(
    rf"\.?\s+(?-i:[A-ZÀ-Ý])[\w'’]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’]+){{1,2}}?\s+{_SITTER_ROLES}\s*$",
    re.I,
)
_ANNOUNCED = re.compile(r"\b(?:present|assent)[ei]\s*:", re.I)  # "Sono presenti:", "Risultano presenti: Comune | ..."
_SITTER_END = re.compile(rf"\s{_SITTER_ROLES}\s*$", re.I)
# or an Assemblea's roll, one sitter a line, named before the role and the comune it sits for: "Gino Ruffoni,
# Sindaco di Aprica", "Anna Dei Cas - Vicesindaca del Comune di Sernio" (round 47a)
_SITTER_FIRST = (
    rf"(?-i:[A-ZÀ-Ý][\w'’]+)(?:\s+(?-i:[A-ZÀ-Ý][\w'’]+)){{1,3}}\s*[,–-]\s*(?:(?:il|la|l['’])\s*)?{_ROLL_ROLE}\s+"
    r"(?:del\s+comune\s+|della\s+città\s+)?di"
)
_ROLE_HEAD = re.compile(rf"^\s*(?:{_ROLL_ROLE}\s*[-–:]|{_SITTER_FIRST})\s*$", re.I)
# the roll's lines run together into one paragraph of a text page: "Castellanza Laura Brambilla - Sindaca del Comune
# di Fagnano Olona": the sitter between two comuni is the next row's head
_SITTER_GAP = re.compile(rf"^\s*{_SITTER_FIRST}\s*$", re.I)
_ROLE_AFTER = re.compile(r"^\s*\(\s*(?:vice\s*)?presidente\s*\)\s*$", re.I)
# a roll call's row that names the comune, then who sat for it and whether present: "Limbiate: Vicesindaco, presente",
# "Desio (Comune capo-distretto): Sindaco, Presidente, presente"
_ROLE_TAIL = re.compile(rf"^\s*(?:\([^()\n]{{0,40}}\)\s*)?[:–-]\s*{_ROLL_ROLE}\b[^\n]{{0,60}}?\b{_PRESENCE}\b", re.I)
_SENTENCE_END = re.compile(r"\s*\.(?:\s|$)")
# a semicolon, then "il Comune di" opening the next clause with its subject; not a list whose every item is written so
# ("il Comune di A; il Comune di B", an accord's parties)
_NEW_SUBJECT = re.compile(r"^\s*;\s*(?:il|lo|la|l['’])\s*(?:comune|città)\s+di\s*$", re.I)
_COMUNE_DI_BEFORE = re.compile(r"\b(?:comune|città)\s+di\s*$", re.I)
_PROSE_WORD = re.compile(
    r"(?<![\w'’])(?!(?:sopra|sotto|della|delle|dello|degli|sull|sulla|nella|capofila)\b)[a-zà-ù]{4,}\b"
)


# a label whose value is one comune: "Comune capofila:", "Sede:", "Ente gestore:", "Ente capofila: Comune di"
_VALUE_LABEL = re.compile(
    r"^\s*[^:\n]{0,30}\b(?:capofila|sede|gestore|presidente|coordinat\w*|responsabile|referente)\b[^:\n]{0,20}:\s*"
    r"(?:(?:il\s+)?comune\s+di\s*)?$",  # "Ente capofila: Comune di Melzo"
    re.I,
)


# a comune as the subject of the sentence it opens: "Il Comune di Bollate è capofila", "Rho ha firmato"
# the verbs a comune takes as a sentence's subject after the list, its role in the ambito ("... assume il ruolo di
# Comune capofila", "... funge da ente capofila", "... riveste / esercita le funzioni di capofila")
_SUBJECT = re.compile(
    r"^\s+(?:è|e'|ha|hanno|sono|svolge|resta|rimane|sarà|ospita|guida|coordina|assume|funge|riveste|esercita|ricopre)"
    r"(?=[\s,])",
    re.I,
)
# a comune added to a whole province's: "(l'Ambito) riunisce i Comuni della provincia di Lodi e il Comune di"
_PROVINCE_AND = re.compile(
    # (the province's comuni counted, its name left implicit: "riunisce i 60 Comuni della provincia e il Comune di X")
    r"\b(?:riunisce|comprende|raggruppa|include|è\s+formato\s+da)\s+(?:tutti\s+)?i\s+(?:\d{1,3}\s+)?comuni\s+della\s+"
    r"provincia(?:\s+di\s+[\w'’ ]{2,30}?)?\s+(?:e|oltre\s+a|più)\s+(?:il\s+comune\s+di\s+|quello\s+di\s+)?$",
    re.I,
)
# "Tra i Comuni dell'Ambito c'è anche X", "Fra i comuni aderenti figura anche il Comune di X"
_AMONG_MEMBERS = re.compile(
    r"\b(?:tra|fra)\s+i\s+comuni\s+(?:dell['’]\s*ambito|del\s+distretto|aderenti|soci)\b[^.;:]{0,40}?"
    r"(?:c['’]\s*è|ci\s+sono|figura(?:no)?|rientra(?:no)?|compare)\s+(?:anche\s+)?(?:il\s+comune\s+di\s+)?$",
    re.I,
)
# the ambito named, then a relative clause whose subject is the comune: "l'Accordo dell'Ambito Casalasco, del quale il
# Comune di X fa parte", "il Distretto di Y, nel quale rientra anche X", "l'Ambito di Lodi, cui aderisce il Comune di X"
_MEMBER_VERB = r"(?:fa\s+parte|aderisce|appartiene|partecipa|rientra|(?:è|e['’])\s+compreso)"
_OF_WHICH = re.compile(
    r"\b(?:ambito|distretto)\b[^.;:]{0,80}?,\s*"
    r"(?:del\s+quale|della\s+quale|di\s+cui|al\s+quale|alla\s+quale|a\s+cui|cui|nel\s+quale|in\s+cui)\s+"
    rf"(?P<verb>{_MEMBER_VERB}\s+)?(?:anche\s+|pure\s+)?(?:(?:il\s+|lo\s+)?(?:nostro\s+)?comune\s+di\s+)?$",
    re.I,
)
OF_WHICH_CHARS = 200  # the ambito's name (80), the relative pronoun, its verb and "il Comune di"
_MEMBER_VERB_AFTER = re.compile(rf"^\s*(?:anche\s+|pure\s+)?{_MEMBER_VERB}\b", re.I)


def _member_of_which(head: str, after: str) -> str:
    """A comune named as the subject of a relative clause about the ambito named just before it, its verb one of
    membership, before or after it: the words from the ambito's name on, else "" (the main clause before the ambito,
    "Il bando è dell'Ambito di X, al quale appartiene Y", does not govern Y)."""
    tail = head[-OF_WHICH_CHARS:]  # the clause ends where the comune is named: no head read whole
    if "qual" not in tail and "cui" not in tail:
        return ""  # (most runs: no relative pronoun)
    m = _OF_WHICH.search(tail)
    return m.group() if m and (m.group("verb") or _MEMBER_VERB_AFTER.match(after)) else ""


_NUMBER = re.compile(r"\b\d+\b")
_COLON_AFTER = re.compile(r"^\s*:")


def _is_prose(line: str) -> bool:
    """A line with words beyond names and list material (a lower-case word no place name has): a sentence."""
    return bool(_PROSE_WORD.search(line[:2000]))


# the rest of a row's comune cell before its next cell: an accent typed after the name, a note in brackets
_NEXT_CELL = re.compile(r"^[\s'’]*(?:\([^()|]{1,30}\)\s*)?\|")


def _gap(page: _Text, levels: list[int], a: Found, b: Found) -> tuple[list[str], int] | None:
    """What stands between two names, if it is list material only: (unknown names, redactions); else None."""
    la, lb = page.line_of(a.start), page.line_of(b.start)
    le = page.line_of(a.end - 1)  # a name wrapped over two lines ("CAVENAGO DI" / "BRIANZA") ends on the next
    if lb - le > 1 + MAX_BETWEEN and (
        lb - le > 4 * MAX_BETWEEN or sum(not _skipped(line) for line in page.lines[le + 1 : lb]) > MAX_BETWEEN
    ):
        return None  # far apart (a page's footer and running header between two items do not count)
    if row_ambito(page, la) != row_ambito(page, lb):
        return None  # rows of a table that give each comune's ambito ("Varedo | Ambito di Desio")
    term = lb - la == 2 and levels[la] == levels[lb] == LABEL_LEVEL and not levels[la + 1]
    if term and _name_only(page, la, a) and _name_only(page, lb, b):
        return [], 0  # a <dl>'s terms, one description each ("Legnano" / "quota 31,40%"): the terms are the items
    if la != lb and (0 < levels[la] < 7 or 0 < levels[lb] < 7):
        if levels[la] == levels[lb] and _name_only(page, la, a) and _name_only(page, lb, b):
            return [], 0  # cards titled "Comune di X", one heading each: the titles are the items, not their bodies
        return None  # a heading's name is not an item of the list below it
    if la != lb and not levels[la] and _section_title(page, levels, lb):
        return None  # "Dongo" / "COMUNE DI GRAVEDONA - AREA SOCIALE" (bold): the next section's title, no item
    abbreviated = len(a.candidates) > 0 and " " in a.key  # "Ospedaletto Lod. - Sordio": the dot is the name's
    if not abbreviated and _SENTENCE_END.match(page.text[a.end : a.end + 3]) and _is_prose(page.lines[le]):
        return None  # "... e Verano Brianza. Seregno, Lissone e Seveso fanno invece parte ...": a new sentence
    if _NEW_SUBJECT.match(page.text[a.end : b.start]) and not _COMUNE_DI_BEFORE.search(
        page.text[max(0, a.start - 20) : a.start]
    ):
        return None  # "..., al quale appartiene A; il Comune di B, in qualità di capofila, ...": B opens a clause
    if _COLON_AFTER.match(page.text[a.end : b.start]) and _is_prose(
        page.lines[la][max(0, a.start - page.starts[la] - 60) : a.start - page.starts[la]]
    ):
        return None  # "dodici comuni della pianura a est di Bergamo: A, B, ...": the sentence's place, then its list
    if la != lb and la in page.rows and lb not in page.rows and _is_prose(page.lines[lb]):
        return None  # a table's last row, then a sentence under the table ("Per A e B, che appartengono ...")
    if la != lb and not _is_prose(page.lines[la]) and _SUBJECT.match(page.text[b.end : b.end + 20]):
        return None  # "• Solaro" / "Il Comune di Bollate è capofila ...": a sentence after the list, not its item
    if la != lb and _VALUE_LABEL.match(page.lines[la][: a.start - page.starts[la]]):
        return None  # "Comune capofila: Legnano" over the list: a label's value, not the list's first item
    if le == lb and a.istat and a.istat == b.istat and _ASIDE_OPENS.match(page.text[a.end : b.start]):
        return [], 0  # "Castelgerundo (nato nel 2018 dalla fusione di Camairago ...": its aside names its former self
    gapped = b.start - a.end < GAP_CHARS and may_match(page.text[a.end : b.start], ("quell",))
    if (
        gapped
        and _THOSE_OF_GAP.search(page.text[a.end : b.start])
        and _SENT_TO_AMBITO.match(page.text[b.end : b.end + 120])
    ):
        return (
            None  # "A e B appartengono all'Ambito X, quelli di C all'Ambito Y": a clause of its own, its verb left out
        )
    pieces: list[str] = []
    if le == lb:
        gap = page.text[a.end : b.start]
        toured = tour_gap(gap, page.text, a.start)  # "..., fino a": a tour's groups
        pieces.append("" if _SITTER_GAP.match(gap) or toured else gap)
    else:
        first, last = page.lines[le], page.lines[lb]
        rest = first[a.end - page.starts[le] :]
        sitter = bool(_SITTER_ROW.match(rest)) and le in page.sitter_rows  # "BARANZATE  Luca Elia  Sindaco"
        if sitter and lb not in page.sitter_rows:
            return None  # the roll call's table ends with its rows ("Presiede la Sindaca del Comune di X")
        tail = (
            _ITEM_TAIL.match(rest) or _ROLL_CALL_ROW.match(rest) or _ROLE_TAIL.match(rest) or sitter
        ) and not _MATERIAL.sub(
            "", first[: max(0, a.start - page.starts[le])]
        ).strip()  # "Rho – via Roma 1", "Rho Anna Rossi (delegata) presente": the item's own tail
        # extra cells of a table row; "Il Sindaco Il Sindaco" run on after blocks side by side
        rest = _ROLE_AFTER.sub("", rest)  # "SINDACO - BOLLATE (PRESIDENTE)": the chair's mark
        if (
            # "MUGGIO' | Sindaco": an accent typed after; "Seriate (capofila) | 25.500": the comune cell's note
            not (le in page.rows and _NEXT_CELL.match(rest))
            and not tail
            and not _skipped(rest)
            and not _called(rest, page)  # "• Lodi (cap.)": a call that a legend explains
        ):
            pieces.append(rest)
        between = page.lines[le + 1 : lb]
        if _heading_inside_list(between, rest, page.lines[lb][b.end - page.starts[lb] :], (first, last)):
            between = []
        elif any(
            (0 < levels[k] < 7 or _section_title(page, levels, k)) and not _skipped(page.lines[k])
            for k in range(le + 1, lb)
        ):
            return (
                None  # "• Varedo" / "News" / "• Seregno: sportello badanti": a heading between two items ends the list
            )
        pieces.extend(_without_figures(line) for line in between if not _skipped(line))
        head = last[: b.start - page.starts[lb]]
        if lb in page.rows:  # the cells before the name ("Ambito di Desio | Varedo"): extra cells of its row
            head = head.rsplit(" | ", 1)[-1]
        mark = _PAGE_MARK_RUN_ON.match(last)
        if not (mark and mark.end() == len(head)):  # "Bando ... - pagina 1 Pognano": a page's footer run into it
            pieces.append(_ROLE_HEAD.sub("", _SIGNED_FOR.sub("", head)))
    if any(_BY_THE_COMUNE.search(piece) for piece in pieces) and not _composed_of(page.text, a.start):
        return None  # "i comuni di A e B, sostenuti dal Comune di Milano e dal Comune di Rho": helpers, not members
    unknown: list[str] = []
    redacted = 0
    for piece in pieces:
        for chunk in _material_chunks(_signers_out(piece)):
            chunk = chunk.strip()
            if not chunk:
                continue
            if _REDACTED.match(chunk):
                redacted += 1
            elif _ROLL_CALL.match(chunk):
                continue  # "Presenti: A, B\nAssenti: C": the comuni absent from the Assemblea are members too
            elif (len(unknown) < MAX_UNKNOWN or _fragment(chunk, piece)) and _unknown_name(chunk):
                unknown.append(chunk)  # a name cut by the layout is one name with its other piece (see `_joined`)
            else:
                return None
    return unknown, redacted


# a comune's section title, bold (a label line): "COMUNE DI X - AREA SOCIALE", "Comune di X – Servizi alla persona",
# "Città di X | Welfare" (not the list's last item with its role: "Comune di Cantù - capofila")
_SECTION_TITLE = re.compile(r"^\W*(?:comune|citt[àa])\s+di\s+[^-–|:]{2,60}?\s+[-–|:]\s*(?!capofila\b)[^\W\d_]", re.I)


def _section_title(page: _Text, levels: list[int], n: int) -> bool:
    return levels[n] == LABEL_LEVEL and bool(_SECTION_TITLE.match(page.lines[n]))


_ASIDE_OPENS = re.compile(r"^\s*\([^()\n]{0,80}$")
# a sentence cut by a <br> in a narrow box: its words after the run go on, in lower case, on the next plain line
_CUT_AFTER = re.compile(r"^\s+[a-zà-ù][^.;:!?]*$")
_CUT_REST = re.compile(r"^[a-zà-ù]")
_SENTENCE_CUT = re.compile(r"(?<=[.;])\s")


def _wrapped_after(page: _Text, levels: list[int], n1: int, end: int, after: str) -> str:
    """The words after the run, with their sentence's rest from the next line when a <br> cut it ("Castione
    Andevenno fa parte" / "dell'Ambito territoriale di Sondrio"; "Valmadrera aderisce" / "all'Ambito di Lecco")."""
    if after != page.lines[n1][end:] or not _CUT_AFTER.match(after) or n1 + 1 >= len(page.lines) or levels[n1 + 1]:
        return after
    more = page.lines[n1 + 1]
    return f"{after} {_SENTENCE_CUT.split(more[:CONTEXT])[0]}" if _CUT_REST.match(more) else after


_ASIDE_CLOSES = re.compile(r"^[^()\n]{0,40}\)")  # the rest of that aside after its last former name
# "dal Comune di" goes on with a list only in a sentence that says the ambito is made of it: "composto dal Comune di A,
# dal Comune di B", "formato dai Comuni di A, B e dal Comune di C"
_BY_THE_COMUNE = re.compile(r"\bda(?:l|i|lla)\s+(?:comune|comuni|città)\s+di\b", re.I)
_COMPOSED_BY = re.compile(
    r"\b(?:compost|format|costituit)[oaie]\s+(?:\w+\s+){0,2}?da(?:l|i|lla)\s+(?:seguenti\s+)?(?:comune|comuni|città)\b",
    re.I,
)


def _composed_of(text: str, at: int) -> bool:
    """The sentence before the list's item at `at` says the ambito is composed of its comuni."""
    before = text[max(0, at - 300) : at]
    return bool(_COMPOSED_BY.search(re.split(r"[.;:]\s", before)[-1]))


# the plural of a body followed by its names: each comune names one of the bodies ("i Distretti di Desio, Monza e
# Vimercate", "gli Ambiti sociali di Rho e Garbagnate")
_BODIES_NAMED = re.compile(
    r"\b(?:ambiti|distretti)\s+(?:(?:territoriali|sociali|distrettuali|socio[- ]?sanitari)\s+)?"
    r"(?:di|del|della|dell['’]|dei|degli)\s*"
    # the bodies named before the run: "Distretti di Desio, " (names, their particles, commas)
    r"(?:(?-i:[A-ZÀ-Ý])[\w'’]*\s*,?\s*|(?:di|del|sul|sull['’]|con|in)\s+)*$",
    re.I,
)
GAP_CHARS = 40  # ", e quelli dei comuni di ": the words that open a gapped clause, and some room
# a gapped clause: "quelli di C (e D) all'Ambito Y" repeats the sentence's verb for other comuni and another ambito
_THOSE_OF_GAP = re.compile(r"[,;]\s*(?:e\s+)?quell[ie]\s+(?:dei\s+comuni\s+)?di\s*$", re.I)
_SENT_TO_AMBITO = re.compile(
    r"[^,;.:\n]{0,60}?\b(?:all['’]\s*|nell['’]\s*|al\s+|nel\s+|con\s+l['’]\s*|con\s+il\s+)(?:ambito|distretto)\b", re.I
)  # the opening of an aside in brackets, not yet closed


# a PDF's next section heading that the text layer puts between the two columns of a list of figures ("Nerviano
# 17.330" / "2.2 Il percorso di programmazione" / "Parabiago 28.040"); a heading of other comuni ends the list
_SECTION_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÀ-Ý][^.;:]{0,80}$")
_OTHER_COMUNI = re.compile(r"\bcomun|\bambit|\bdistrett|\bconfin|\blimitrof", re.I)
_FIGURE = re.compile(rf"^\s*{_FIG}(?:\s+{_FIG})*\s*$")  # a line of a row's figures only (one: round 25a)
_WRAPPED_FIGURES = re.compile(rf"^{_FIGURES}")  # a row's figures wrapped onto a line of their own


def _heading_inside_list(between: list[str], tail_a: str, tail_b: str, items: tuple[str, str]) -> bool:
    """One numbered section heading between two rows of a comune and its figure, or between two bulleted items of a
    list ("- Nerviano" / "2.2 La governance" / "- Parabiago")."""
    return (
        len(between) == 1
        and bool(_SECTION_HEADING.match(between[0].strip()))
        and not _OTHER_COMUNI.search(between[0])
        and (
            bool(_FIGURE.match(tail_a[:40]) and _FIGURE.match(tail_b[:40]))
            or all(LIST_MARK.match(item) for item in items)
        )
    )


def _fragment(chunk: str, piece: str) -> bool:
    """The first piece of a name cut by a column layout: hyphenated at its line's end ("RONCO BRIAN-") or cut after
    its connector ("CAVENAGO DI")."""
    return bool(_DANGLING.search(chunk)) or _hyphenated_at_line_end(chunk, piece)


def _hyphenated_at_line_end(chunk: str, piece: str) -> bool:
    """`chunk` then a hyphen ends a line of `piece` (spaces and tabs aside): found without a pattern made for each
    chunk, which compiled anew for most chunks of a long text."""
    at = piece.find(f"{chunk}-")
    while at >= 0:
        rest = piece[at + len(chunk) + 1 :].lstrip(" \t")
        if not rest or rest[0] == "\n":
            return True
        at = piece.find(f"{chunk}-", at + 1)
    return False


_PLAN_ACCORD = re.compile(r"piano\s+(?:sociale\s+)?di\s+zona|\bambito\b|\bdistretto\b|politiche\s+sociali", re.I)


def _the_ambitos_accord(opening: str) -> bool:
    """Signature blocks are the ambito's members only under an accord whose first lines name the ambito or its plan,
    and no project, partnership or Unione ("Accordo di partenariato per il progetto ...")."""
    title = "\n".join(opening.strip().splitlines()[:2])  # "CONVENZIONE PER ... IL SERVIZIO DI POLIZIA LOCALE"
    return bool(_PLAN_ACCORD.search(opening)) and not (
        PROJECT_LISTS.search(opening) or _PROJECT.search(opening) or UNIONE.search(opening) or OTHER_LISTS.search(title)
    )


def _skipped(line: str) -> bool:
    """A line between two items that is no part of the list: a page mark, a signature block's role or signature, the
    figures of the item's row that the PDF's text layer wrapped ("Castano Primo (ente capofila)" / "11.010 15,5%"), an
    alphabetical index's label ("A – C", "M")."""
    return bool(
        _PAGE_HEADER.search(line)
        or _SIGNATURE.match(line)
        or _WRAPPED_FIGURES.match(f" {line}")
        or _INDEX_LABEL.match(line)
    )


# the label of an alphabetical index that cuts one list into parts, a letter or a range of letters ("A – C", "D-N",
# "M"), as a heading, a tab or an accordion's button: no part of the text's structure, so the parts are one list under
# the heading above the labels
_INDEX_LABEL = re.compile(r"^\s*[A-Z](?:\s*[-–—/]\s*[A-Z])?\s*$")


def _unknown_name(chunk: str) -> bool:
    """A place name that is no comune, between two comuni of a list; "ENTE CAPOFILA", the "Il" opening a
    sentence ("Il Comune di Rho è l'ente capofila") or a part's label between two parts ("Polo Sud") is not one."""
    words = [w.lower().strip("'’.") for w in chunk.split()]
    if any(w in NOT_NAME_WORDS for w in words) or words[:1] in (["il"], ["lo"], ["gli"], ["i"], ["che"]):
        return False
    if _PART_HEAD.match(chunk):
        return False
    return looks_like_name(chunk) or (chunk.isupper() and chunk.count(" ") < 5) or bool(_NAME_END.match(chunk))


# the end of a name a column layout cut ("11. Misano di Gera" ... "d'Adda"): rejoined by `_joined`, never alone
_NAME_END = re.compile(r"^(?:d['’]|de['’]|sull['’]|(?:di|del|della|sul|sulla|al|con)\s+)[A-ZÀ-Ý][\w'’]*$")


_AMBITO_CELL = re.compile(r"\b(?:ambito|distretto)\b", re.I)


def row_ambito(page: _Text, n: int) -> str | None:
    """The cells of a table row that name an ambito ("Varedo | Ambito di Desio"), as written; None off a table."""
    if n not in page.rows:
        return None
    if n not in page.ambito_cells:
        cells = [c.strip() for c in page.lines[n].split(" | ") if _AMBITO_CELL.search(c)] or [
            page.column_ambiti.get(n, "")
        ]
        page.ambito_cells[n] = " | ".join(cells).lower() or None
    return page.ambito_cells[n]


def _name_only(page: _Text, n: int, f: Found) -> bool:
    """The line holds the name and list material only ("Comune di Rho"), or a card's title and its role's chip after
    it ("Bollate capofila")."""
    line, at = page.lines[n], page.starts[n]
    rest = line[f.end - at :]
    rest = "" if _CAPOFILA_MARK.fullmatch(rest.strip()) else rest
    return not _beyond_material(line[: f.start - at] + rest)


def _judge(
    page: _Text, levels: list[int], groups: list[int], run: _Run, resolver: NameResolver, previous: MemberGroup | None
) -> MemberGroup | None:
    """The run as a membership, with the rule that accepts it; None if its context says otherwise. `previous` is the
    membership read before it, which a list in the next sentence may go on with ("Coinvolti anche A e B")."""
    first, last = run.found[0], run.found[-1]
    n0, n1 = page.line_of(first.start), page.line_of(last.start)
    if wt.in_head_menu(page.lines, n0, n1):
        return None  # "Cronaca / Carate / Lissone / Seregno / Sport": a site's menu, above the content
    col, end = first.start - page.starts[n0], last.end - page.starts[n1]
    after = re.split(r"(?<=[.;])\s", page.lines[n1][end : end + CONTEXT])[0] if run.column_head is None else ""
    head = page.lines[n0][max(0, col - CONTEXT) : col]  # a window: no run reads a whole 5 MB line
    after = _wrapped_after(page, levels, n1, end, after)
    # "Tremezzina (già Lenno, ... e Tremezzo) fa parte": a comune, its former selves in an aside, then its verb
    former = len(run.found) > 1 and len({f.istat for f in run.found}) == 1
    if former and (aside := _ASIDE_CLOSES.match(after)):
        after = after[aside.end() :]
    # a name added to a province's comuni, or one of the ambito's comuni: "Tra i Comuni dell'Ambito c'è anche X"
    of_which = _member_of_which(head, after) if len(run.found) == 1 else ""
    added = len(run.found) == 1 and bool(_PROVINCE_AND.search(head) or _AMONG_MEMBERS.search(head) or of_which)
    if len(run.found) == 1 and not run.unknown and not MEMBERS_AFTER.match(after) and not added:
        return None  # a name alone is a membership only as the subject of "fa parte dell'Ambito"
    head = _ROLE_HEAD.sub("", head)  # "SINDACO - BOLLATE": a roll call's role before its comune
    signed = col <= CONTEXT and _signs_for(head)  # "Per il Comune di X" opens a signature block
    head = _SIGNED_FOR.sub("", head) if signed else head
    cells = _NUMBER.sub("", head) if n0 in page.rows else head  # "015041 | Busto Garolfo": a code's cell, no prose
    # a transposed table's header row ("Indicatore | Comune di A | Comune di B"): its first cell labels the rows below
    prose = _beyond_material(cells) and run.column_head is None and not page.comuni_headers.get(n0) and not run.moulded
    before = split_sentences(head)[-1] if prose else _intro(page.lines, levels, n0)[-CONTEXT:]
    if not prose and n0 and _names_its_ambito(page.lines[n0 - 1]):
        before = page.lines[n0 - 1][
            -CONTEXT:
        ]  # its own intro names its ambito, not the title above ("AMBITI DI X E Y")
    if prose and _ATTENDANCE.search(before):  # "Verbale dell'Assemblea dei Sindaci ... Presenti: A, B; Assenti: C"
        around = f"{_intro(page.lines, levels, n0)} {head}"[-CONTEXT:]
        before = around if _ASSEMBLY.search(around) else before
    if prose and n0 in page.rows and (body := _record_body(page, n0)):
        before = f"{body} | {before}"  # "Ragione sociale | Azienda Sociale ..." above "Enti consorziati | A; B"
    if prose and n0 in page.column_ambiti:
        before = f"{page.column_ambiti[n0]} | {before}"  # "Abbiatense | Abbiategrasso | A, B": the row's ambito
    if run.column_head:
        line, start, stop = run.column_head
        before = page.lines[line][start:stop]  # a table's column of comuni, under its ambito's name
    if prose and _accord_parties(f"{_intro(page.lines, levels, n0)} {before}"[-CONTEXT:], after):
        before = f"{_intro(page.lines, levels, n0)} {before}"[-CONTEXT:]
    elif prose and _PARTIES.search(f"{_intro(page.lines, levels, n0)} {before}"[-CONTEXT:]):
        before = f"{_intro(page.lines, levels, n0)} {before}"[-CONTEXT:]  # "ACCORDO DI PROGRAMMA ... TRA i Comuni di"
    elif prose and n0 and _OPENS_WITH_RESIDENTS.match(before) and _WHO_MAY_APPLY_LINE.match(page.lines[n0 - 1]):
        before = f"{page.lines[n0 - 1]}: {before}"  # "Chi può presentare domanda" / "I residenti dei Comuni di A, B"
    headings = _headings(page.lines, levels, n0)
    heading = headings[0][:CONTEXT] if headings else ""
    # "i residenti nei Comuni dell'Ambito del Magentino: A, B, ...", "nei Comuni dell'Ambito sotto elencati:" over a
    # list: the list is named as the ambito's comuni, under a call's heading too (who may apply lives in the ambito)
    named = _OWN_LIST.search(head if prose else before)  # not "i comuni del Distretto del commercio:"
    if not named and prose and "omuni" in head:
        named = ap.APPOSED.search(head)  # "dei sei comuni dell'ambito (A, B, ...)"
        if named and "istrett" in named.group() and OTHER_LISTS.search(heading):
            named = None  # "dei cinque comuni del distretto (A, B)" under "Distretto Urbano del Commercio": its body's
    if not (named or prose) and n0 and 0 < levels[n0 - 1] <= LABEL_LEVEL:
        named = _OWN_HEADING.match(page.lines[n0 - 1])  # "I Comuni dell'Ambito" right above the list, a heading or bold
    own_list = bool(named) and not OTHER_LISTS.search(named.group()) and not ELSEWHERE.search(after)
    # a call's premise "i Comuni di A, B e C costituiscono l'Ambito di X" still states whose they are, and who may apply
    # to the ambito's call ("Possono presentare domanda i residenti nei comuni di", "Territorio:") is its territory
    whole = _whole_territory(before, prose, len(run.found))
    call_list = prose and _the_calls_territory(page, n0, col, before, len(run.found))
    if any(PROJECT_LISTS.search(without_the_ambitos_call(h, before)) for h in headings) and not (
        own_list or MEMBERS_AFTER.match(after) or whole or call_list
    ):
        return None  # "Gli ambiti partner del progetto" > "Ambito di Rho" > the list: a partner's comuni
    closing = _closing_names(page, levels, n1, after) if run.column_head is None else []
    closing = closing or _wrapped_end(page, n1, run, resolver)
    unknown = _rest_of_names(page, run, run.unknown + [(len(run.found), name) for name in closing], resolver)
    items: list[tuple[float, str, str | None]] = [(k, f.istat, None) for k, f in enumerate(run.found) if f.istat]
    unresolved: list[str] = list(run.unsettled)
    listed = {f.istat for f in run.found if f.istat}
    for at, name in _joined(unknown, resolver):
        res = resolver.resolve(name)
        if res:
            items.append((at - 0.5, res.istat, name if res.method == "fuzzy" else None))
        elif word := word_item(name, listed, resolver):
            items.append((at - 0.5, word, None))  # "Limone" among Gargnano and Tignale: Limone sul Garda
        else:
            unresolved.append(name)
    items.sort(key=lambda item: item[0])
    codes = list(dict.fromkeys(code for _, code, _ in items))
    if prose and (subject := _together_with(page.lines[n0][max(0, col - CONTEXT) : col], resolver)):
        codes = list(dict.fromkeys([subject, *codes]))  # "Senago ... aderisce all'Ambito insieme a A, B"
    fuzzy = [(name, code) for _, code, name in items if name]
    count = count_before(before) or count_before(heading)
    # a list right under its own ambito's label ("<dt>Ambito di Saronno</dt>") is governed by it, not by an
    # overview heading above ("Ambiti territoriali del distretto")
    labelled = not prose and n0 > 0 and levels[n0 - 1] > 0 and bool(_OWN_AMBITO.match(page.lines[n0 - 1]))
    if labelled:
        before = page.lines[n0 - 1][-CONTEXT:]
    if prose and n0 in page.rows and another_agreements_row(page.lines, levels, n0, col):
        return None  # "Gestione associata della tutela minori | A, B, C": that agreement's parties (`agreement_rows`)
    # rows that name their ambito ("Ambito di Desio | Varedo") are governed by it too, not by an overview heading
    rule = _rule(before, heading, after, prose, codes, resolver, labelled or bool(row_ambito(page, n0)))
    if prose and jb.joins_another_body(before, after):
        return None  # "la Centrale Unica di Committenza, alla quale aderiscono anche i Comuni di A, B": that body's
    opening_words = split_sentences(head)[-1] if head.strip() else ""  # the run's own sentence, not its intro
    if after.strip() and one_sub_area(opening_words, after, f"{page.lines[n0 - 1][-CONTEXT:] if n0 else ''} {head}"):
        return None  # "X partecipa con i Comuni di A, B al sub-ambito della bassa": one part of the ambito (`sub_area`)
    if prose and ap.qualified_elsewhere(heading, after, resolver):
        return None  # "con i Comuni di A e B dell'Ambito 2" under Ambito 1's heading: partners, with their own ambito
    if prose and may_match(head, ("distretti", "ambiti")) and _BODIES_NAMED.search(head):
        return None  # "Distretti di Desio, Monza e Vimercate": the names of several districts or ambiti, no members
    opens_gap = prose and may_match(head[-GAP_CHARS:], ("quell",)) and _THOSE_OF_GAP.search(head[-GAP_CHARS:])
    if opens_gap and _SENT_TO_AMBITO.match(after):
        return None  # "A e B appartengono all'Ambito X; quelli di C e D all'Ambito Y": the gapped clause's own ambito
    if prose and _health_districts(page.lines[n0][max(0, col - CONTEXT) : col]):
        return None  # "Il Distretto di X è un'articolazione dell'ASST Y. Comprende i comuni di A, B": the district's
    if prose and _health_bodys_grouping(split_sentences(head)[-1] if head.strip() else ""):
        return None  # "L'ASST ha riunito nel Distretto i comuni dell'Ambito di X, tra cui A, B": the body's grouping
    if (
        headings
        and _BODY_HEADING.match(headings[0])
        and not _THE_AMBITOS.search(f"{_intro(page.lines, levels, n0)} {head} {after}")
    ):
        return None  # under "Comunità Montana X", no ambito named down to the run: "Ne fanno parte anche A, B"
    if run.moulded and rule == "dense-list" and not signed:
        # items in a mould ("Comune di X: al via i lavori") are members only under words that say so; signature blocks
        # ("Per il Comune di X / Il Sindaco / Name", one a line once the text's two columns are read apart) are the
        # signers of an accord, the ambito's one or refused below
        rule = None
    held = _role_holders(page, levels, groups, run)
    if held is not None:  # "Periodo | Ente capofila": who held the role when; the holder of the open period holds it
        if not held or _another_bodys_table(page, levels, n0):
            return None
        codes = held
    if signed and len(run.found) > 1 and not _the_ambitos_accord(page.text[:400]):
        return None  # a project's partners or an Unione's comuni signing their own accord
    if rule is None and signed and _SIGNATURE_HEAD.match(head) and len(run.found) > 1:
        # the accord's parties signing at its end, under its last article's heading ("Art. 7 - Approvazione" /
        # "Letto, confermato e sottoscritto" / "Per il Comune di A - il Sindaco"): the whole accord's, named atop it
        rule = "signatories"
    if rule is None and call_list:
        rule = "call-territory"  # "Possono partecipare gli enti che operano nel territorio dei Comuni di A, B e C"
    if rule is None and added and not DECOY.search(of_which or head):
        rule = "sentence"  # "che riunisce i Comuni della provincia di Lodi e il Comune di San Colombano al Lambro"
    if rule is None and own_list and len(codes) >= 2:
        rule = "comuni-of-ambito"
    if (
        rule is None
        and count
        and count == len(codes) + len(unresolved) + run.redacted >= 3
        and not DECOY.search(without_local_actors(before, _sentence_before(page, n0, head) if prose else ""))
    ):
        rule = "count"  # "Sono 4 i comuni: A, B, C e D": the number stated is the number listed
    lead = _paragraph_before(page, n0, head) if prose else head
    if rule is None and prose and _counted_before(lead, len(codes) + len(unresolved) + run.redacted):
        rule = "count"  # "Il Piano vale per i 9 comuni del Rhodense. Si tratta di A, B, ...": counted, then named
    opened = (count if _COUNT_COLON.search(before) else None) or count_after(before)  # "i comuni coinvolti sono 11:"
    if rule is None and prose and opened and opened >= len(codes) >= 2 and not DECOY.search(before):
        rule = "count"  # "gli undici comuni del territorio: A, B e C, ...": a list opened by its count
    counted = _counted_after(after)
    listed = len(codes) + len(unresolved) + run.redacted
    if rule is None and prose and counted == listed >= 3 and _about_ambito(head, after):
        rule, count = "count", counted  # "Erano presenti A, B e C, in tutto tre comuni": the count after the list
    opening = (split_sentences(head) or [""])[-1]
    if rule is None and _counted_next(opening, page.lines[n1][end : end + CONTEXT], listed):
        rule = "count"  # "A e B rinnovano l'alleanza. Ieri i sindaci dei due comuni dell'Ambito hanno firmato ..."
    # the paragraph before the run's, or the one before that when the run opens its own (a photo's caption under the
    # article's paragraphs: "Nella foto i sindaci di A, B, ...")
    # under paragraphs that stay on the ambito ("Il Comune di X conferma il ruolo di capofila dell'ambito")
    back = 1 if lead == head else 2
    kept = back == 1 or (n0 >= 2 and bool(_AMBITO_WORD.search(page.lines[n0 - 1])))
    earlier = page.lines[n0 - back] if prose and n0 >= back and kept else ""
    guests = _INVITED.match(after) or np_.guests_before(before[-CONTEXT:])  # "Presenti come uditori anche i sindaci di"
    if rule is None and prose and _mayors_at_the_assembly(before, lead, earlier) and not guests:
        rule = "mayors"  # "L'Assemblea dei Sindaci lo ha approvato. Intorno al tavolo sedevano i sindaci di A, B ..."
        # (not "Presenti anche i sindaci di A e B, in qualità di ospiti per i rispettivi ambiti")
    if (
        rule is None
        and prose
        and (capofila := np_.with_its_capofila(after, resolver))
        and MEMBERSHIP.search(lead)
        and not (DECOY.search(before[-200:]) or DECOY.search(after) or HYPOTHETICAL.search(before))
    ):  # (not "Partner è l'Ambito X, formato da A e B, con X come capofila": a project's partner, refused above)
        rule = "with-capofila"  # "A, B e C, con X come comune capofila, hanno scelto": the ambito's, X one of them
        codes = list(dict.fromkeys([*codes, capofila]))
    if rule is None and prose and _covers(lead):
        rule = "covers"  # "Approvato il Piano di Zona dell'Ambito. Il documento vale per A, B, ...": the plan's comuni
        if besides := np_.besides(split_sentences(lead)[-1], resolver):
            codes = list(dict.fromkeys([besides, *codes]))  # "Oltre a Dairago, il servizio riguarderà A, B"
    if rule is None and prose and ap.the_others(lead, listed, after) and not OTHER_LISTS.search(after):
        rule = "others"  # "X è uno dei tredici Comuni dell'Ambito. Con A, B, ... (twelve) condivide i servizi"
    if rule is None and _part_of_the_ambito(page, levels, n0, col, before if prose else None, after):
        rule = "part"  # "L'Ambito è suddiviso in tre aree." / "Area Nord: A; B; C" / "Area Sud: D; E"
    if rule is None and prose and _answers_which_comuni(page, n0, head, after):
        rule = "answer"  # "Quali Comuni fanno parte dell'Ambito?" / "Undici: A, B, C, ..."
    if rule is None and prose and previous and _continues(page, previous, n0, col, before, after):
        rule = "continued"
    if (
        rule is None
        and prose
        and after.lstrip().startswith(")")
        and _NAMED_AMBITO_OPENS.search(opening)
        and not OTHER_BODY.search(opening)  # "l'Ambito Territoriale Ottimale di Lecco (A, B)": the water ATO's
        # a neighbour's comuni ("confina con l'Ambito di Seregno (Seveso, Meda)"); a call or a partnership the
        # sentence speaks of ("Il bando è promosso dall'Ambito di X (A, B)") leaves the list the ambito's
        and not DECOY.search(PROJECT_LISTS.sub("", opening))
    ):
        rule = "bracketed"  # "promosso dall'Ambito territoriale di Bormio (Bormio, Livigno, ... e Valfurva)"
    if (
        rule is None
        and prose
        and len(codes) >= 2
        and composed_of_the_list(opening)
        and not OTHER_BODY.search(opening)  # "l'Ambito territoriale di caccia X, di cui fanno parte"
        and not DECOY.search(PROJECT_LISTS.sub("", opening))  # a neighbour's, a Distretto del Commercio's
    ):
        rule = "composed"  # "promossa dall'Ambito di X, del quale fanno parte A, B e C": the clause binds the list
    if rule is None and prose and previous and _more_mayors(page, previous, n0, col, after):
        rule = "mayors"  # "Al tavolo sedevano i sindaci di A e B; in collegamento quelli di C e D"
    vetoed = _another_bodys(before if prose else split_sentences(before), after, headings[:1])
    if (
        rule is None
        and not vetoed
        and page.stated
        and _undisputed(before, headings, after)
        and _of_comuni(before, headings)
    ):
        # the page's count of its comuni, stated elsewhere: this run has that many, or is one of lists side by side
        # (a table's cells, a few zones) that together may have it (pending: `_with_counted_parts`)
        rule = (
            "count"
            if sc.counted_size(listed, before) in page.stated
            else ("" if not prose and len(codes) >= 2 else None)
        )
    if (
        rule is None
        and not vetoed
        and len(codes) >= 3
        and _names_its_lead(page, run)
        and _undisputed(before, headings, after)
    ):
        rule = "names-capofila"  # "... le politiche sociali di A, B, C (comune capofila), D e E": the ambito's comuni
    reached = (
        rule is None
        and prose
        and not np_.sites_before(lead)
        and ap.reached(f"{earlier} {lead}", listed, _REACH_REFUSED)
    )
    if reached and not _REACH_REFUSED.search(after):
        rule = "reached"  # "L'Assemblea ha approvato il riparto. «Permette a A, B e C di ...»": where its measure lands
    if rule is None and prose and ap.joint_authors(f"{earlier} {lead}", after, listed, _REACH_REFUSED):
        rule = "joint"  # "L'Assemblea ha prorogato il Piano. I Comuni di A, B e C lavoreranno alla sua stesura"
        if subject := _joint_subject(lead, codes, resolver):
            codes = list(dict.fromkeys([subject, *codes]))  # "X porterà il suo contributo insieme a A, B e C"
    if rule is None and prose and the_plans_scope(f"{earlier} {lead}", listed):
        rule = "plan-scope"  # "Il Piano di Zona ... orienta le politiche sociali di A, B, C e D": its comuni
    if rule is None or vetoed:
        return None
    if _anothers_by_pronoun(head if prose else before, page.lines[n0 - 1][-CONTEXT:] if prose and n0 else ""):
        return None  # "Il Distretto del Commercio ... . Ne fanno parte i comuni di A, B": the other body's comuni
    if od.anothers_distretto(
        f"{heading} {head if prose else before[-CONTEXT:]}",
        page.text[max(0, first.start - od.REACH) : first.start],
        page.lines[0],
    ):
        return None  # "Distretto del Commercio" / "I Comuni del Distretto:" / A, B: the bare word is that Distretto's
    group = MemberGroup(
        n0,
        max(n1, n0),
        col,
        end,
        codes,
        unresolved,
        before[-250:].strip(),
        count,
        kind="prose" if prose else "list",
        fuzzy=fuzzy,
        rule=rule,
        run=page.text[first.start : last.end][:300],
        redacted=run.redacted,
        said_after=bool(
            MEMBERS_AFTER.match(after)
            or _COMUNI_OF_AFTER.match(after)
            or _AMBITO_IN_BRACKETS_AFTER.match(after)
            or row_ambito(page, n1)
        ),
        governed=run.column_head,
        capital=prose
        and bool(_CAPITAL.match(after) or _CAPITAL.search(before[-60:]) or ra.about_a_list(before, after)),
    )
    _marks(page, levels, groups, run, group)
    group.capofila = held[0] if held else group.capofila
    if not prose and _FIRST_LEADS.search(split_sentences(before)[-1] if before.strip() else ""):
        group.capofila = group.capofila or run.found[0].istat  # "Il primo della lista è il Comune capofila:"
    return group


_LEAD_INSIDE = re.compile(rf"\s*\(\s*{_LEAD}\s*\)|{_CAPOFILA_CLAUSE}", re.I)


# a sentence around a run that names where a measure lands, which makes it no list of the ambito's: another list or
# ambito, comuni said to be elsewhere, the conditional, a health body's measure (its clinics, its vaccination days)
_REACH_REFUSED = re.compile(
    f"{DECOY.pattern}|{ELSEWHERE.pattern}|{HYPOTHETICAL.pattern}|\\b{nm.HEALTH_BODY}|"
    r"\b(?:vaccin|ambulator|screening|campagna\s+antinfluenzal)\w*",
    re.I,
)


def _names_its_lead(page: _Text, run: _Run) -> bool:
    """An item of the run is marked as the capofila ("A, B (comune capofila), C", "A, B, comune capofila, C", "A, B e C
    (capofila)"): a list that names the lead of its comuni is the list of a body's comuni, whatever the words before
    it; what body, the words around it say (`_undisputed`)."""
    found = run.found
    ends = [b.start for b in found[1:]] + [found[-1].end + 40]
    return any(_LEAD_INSIDE.match(page.text, a.end, end) for a, end in zip(found, ends, strict=True))


def _role_holders(page: _Text, levels: list[int], groups: list[int], run: _Run) -> list[str] | None:
    """The run as a table's column of the capofila's holders through time ("Periodo | Ente capofila" over "2002-2011
    | Comune di Bollate", ..., "dal 2021 (attuale) | Comune di Garbagnate Milanese"): None if it is no such column
    (every row a period, one closed at least, the header naming the role); else the holder of the one open period,
    in a list, empty when no period, or more than one, is open. The comuni that held the role before are no list of
    members."""
    if page.line_of(run.found[0].start) not in page.rows or len(run.found) < 2:
        return None  # (most runs: no table's)
    rows = [page.line_of(f.start) for f in run.found]
    if len(set(rows)) < 2 or not set(rows) <= page.rows:
        return None
    header = _header(page.lines, levels, groups, rows[0])
    if len({_column(page, n, f) for n, f in zip(rows, run.found, strict=True)}) > 1 or not any(
        cf.CAPOFILA_CELL.search(cell) for cell in header
    ):
        return None
    lines = [page.lines[n] for n in dict.fromkeys(rows)]
    periods = [cf.row_period(line.split(" | ")) for line in lines]
    if None in periods or "closed" not in periods:
        return None
    current = cf.current_row(lines, len(lines[0].split(" | ")))
    return [f.istat for n, f in zip(rows, run.found, strict=True) if current and page.lines[n] == " | ".join(current)]


def _another_bodys_table(page: _Text, levels: list[int], n: int) -> bool:
    """The words over a table (its introduction, the headings it sits under) speak of another body: a library
    system's capofila through time is not the ambito's."""
    said = f"{' '.join(_headings(page.lines, levels, n))} {_intro(page.lines, levels, n)}"
    return bool(OTHER_LISTS.search(said) or _BODY_SUBJECT.search(said))


# a comune that joins the ambito "together with" the run's comuni, named at its line's opening: "Il Comune di
# Senago fa parte dell'Ambito di X insieme ai comuni di A, B", "Senago partecipa ...: il Comune aderisce insieme a A";
# or that does anything with "the other comuni" the run names
_SUBJECT_OPENING = re.compile(r"^\W*(?:il\s+comune\s+di\s+)?", re.I)
_TOGETHER = re.compile(
    r"[\s,](?:[^.;]*\b(?:aderisce|fa\s+parte|partecipa)\b[^.;]*\binsieme\s+(?:a|ai|agli|al)\s+"
    r"(?:(?:altri\s+)?comuni\s+di\s+)?"
    # whatever it does, with "the other comuni" the run names: "Nerviano programma i servizi insieme agli altri Comuni
    # dell'Ambito Legnanese: A, B", "Grezzago, assieme agli altri cinque comuni dell'Ambito (A, B, ...)"
    rf"|[^.;]*?\b{_WITH_THE_OTHERS}[^.;]{{0,80}})$",
    re.I,
)


# (or joined to the run by an aside after its name, the verb after the run: "Cusano Milanino, con Bresso, Cormano e X,
# costituisce l'Ambito", "Il Comune di Seregno, insieme ai comuni di Meda e Seveso, forma l'Ambito")
_WITH_APPOSED = re.compile(
    r",\s*(?:con(?:\s+(?:i|gli))?|(?:insieme|assieme)\s+(?:a|ad|ai|agli|con(?:\s+(?:i|gli))?))\s+"
    r"(?:(?:altri\s+)?comuni\s+di\s+)?$",
    re.I,
)


def _together_with(head: str, resolver: NameResolver) -> str | None:
    """The comune at the opening of a run's line that joins the ambito together with the run's comuni, read whole by
    the gazetteer, abbreviated too ("Cernusco s/N fa parte ... insieme ai Comuni di", "Vaprio d'A. fa parte")."""
    low = head.lower()
    if "insieme" not in low and "altri" not in low and not _WITH_APPOSED.search(head):
        return None  # most runs: no "insieme a", no "gli altri comuni" (spare them the gazetteer)
    opening = _opening_comune(head, resolver)
    if opening is None:
        return None
    istat, after = opening
    return istat if _TOGETHER.match(head, after) or _WITH_APPOSED.match(head, after) else None


def _opening_comune(text: str, resolver: NameResolver, near: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The comune that opens the text, read whole by the gazetteer (abbreviated too), and where its name ends; a short
    form of several comuni ("Novate") is the one in the province of all the `near` codes, if only one is."""
    start = _SUBJECT_OPENING.match(text).end()
    if not text[start : start + 1].isupper():
        return None
    whole = [f for f in resolver.gazetteer.find(text[start : start + 60]) if f.start == 0]
    if not whole:
        return None
    provinces = {code[:3] for code in near}
    nearby = [c for c in whole[0].candidates if len(provinces) == 1 and c[:3] in provinces]
    istat = whole[0].istat or (nearby[0] if len(nearby) == 1 else "")
    if not istat or (len(whole[0].candidates) > 1 and not nearby):
        return None
    after = start + whole[0].end
    after += text.startswith(".", after) and bool(whole[0].candidates)  # an abbreviation's own dot: "Vaprio d'A."
    return istat, after


def _joint_subject(lead: str, codes: list[str], resolver: NameResolver) -> str | None:
    """The comune that does the plan's work with the run's comuni, opening the run's sentence: "X porterà il suo
    contributo insieme a A, B", "X collaborerà con A, B" (round 56b)."""
    sentence = (split_sentences(lead) or [""])[-1]
    opening = _opening_comune(sentence, resolver, frozenset(codes))
    return opening[0] if opening and ap.PARTNERS_AFTER.match(sentence, opening[1]) else None


# a list's introduction that makes its first item the capofila: "Il primo della lista è il Comune capofila:",
# "il Comune capofila è indicato per primo", "in testa all'elenco l'ente capofila"
_FIRST_ITEM = (
    r"(?:(?:il\s+)?prim[oa]\s+(?:comune\s+)?(?:della\s+lista|dell['’]\s*elenco|in\s+elenco|elencat[oa])|"
    r"in\s+testa\s+(?:alla\s+lista|all['’]\s*elenco))"
)
_FIRST_LEADS = re.compile(
    rf"{_FIRST_ITEM}\s+(?:è\s+|e['’]\s+)?(?:il\s+|l['’]\s*)?(?:comune\s+|ente\s+)?capofila\b|"
    r"\b(?:comune|ente)\s+capofila\s+(?:è\s+)?(?:il\s+primo|(?:indicato|elencato)\s+per\s+primo|in\s+testa)\b",
    re.I,
)


# another body of comuni as the list's owner: the subject of its sentence ("La Comunità Montana Valsassina riunisce i
# Comuni di A, B, ...", "L'Unione ... comprende", "Il Consorzio ... associa"), of a sentence of a list's introduction
# ("La Comunità Montana ... raggruppa i comuni delle valli. Elenco dei comuni membri:"), or the heading or caption
# right above ("I Comuni della Comunità Montana", "Comuni aderenti all'Unione"); the ambito, its plan or its office
# named there make it theirs ("La Comunità Montana, ente capofila dell'Ambito, gestisce per i Comuni di A, B")
_BODY = r"(?:comunit[aà]\s+montana|unione|consorzio)\b"
_BODY_SUBJECT = re.compile(rf"^\W*(?:la|l['’]|il)\s*{_BODY}", re.I)
# a section headed by the body's own name ("Comunità Montana Valtellina di Sondrio", "L'Unione dei Comuni ...")
_BODY_HEADING = re.compile(rf"^\W*(?:(?:la|l['’]|il)\s*)?{_BODY}[^.;:]{{0,80}}$", re.I)
_BODYS_COMUNI = re.compile(
    rf"^\W*(?:i\s+)?comuni\s+(?:(?:(?:membri|soci|associati)\s+)?(?:della|dell['’]|del)|aderenti\s+(?:alla|all['’]|al))"
    rf"\s*{_BODY}",
    re.I,
)
_THE_AMBITOS = re.compile(r"\b(?:ambit[oi]|distrett[oi]|piano\s+di\s+zona|ufficio\s+di\s+piano)\b", re.I)


# a membership sentence whose subject is a pronoun for the sentence before ("Ne fanno parte", "Vi aderiscono", "Lo
# compongono", "Ne sono soci", "Ad esso aderiscono"): the comuni are the members of what that sentence was about
_PRONOUN_VERB = (
    r"(?:(?:ne|vi|ci|lo|la|li|le)\s+|(?:ad|a)\s+(?:ess[oa]|quest[oa])\s+|di\s+(?:ess[oa]|quest[oa])\s+)"
    r"(?:\w+\s+){0,2}?(?:fa(?:nno)?\s+parte|aderisc\w*|partecipa\w*|sono\s+(?:soci|membri|parte)|compon\w*|"
    r"formano|costituiscono|rientrano|appartengono|riunisce|comprende)\b"
)
_BY_PRONOUN = re.compile(rf"^\W*(?:(?:oggi|attualmente|ad\s+oggi|inoltre|ora)\s*,?\s*)?{_PRONOUN_VERB}", re.I)
_LAST_CLAUSE = re.compile(r"[.;!?]\s")  # a rough cut before the sentences are split


def _anothers_by_pronoun(opening: str, earlier: str) -> bool:
    """The sentence that opens the run (in prose, or a list's introduction) says its comuni are the members of "it"
    (a pronoun), and the sentence before (in the opening, else the paragraph `earlier`), which "it" stands for, is
    about another list's body (a Distretto del Commercio, an Unione, a school) and names no ambito."""
    if not _BY_PRONOUN.match(_LAST_CLAUSE.split(opening[-CONTEXT:])[-1]):
        return False  # (most runs: no pronoun opens the text's last stretch, and no sentence is split)
    sentences = split_sentences(opening)
    if not sentences or not _BY_PRONOUN.match(sentences[-1]):
        return False
    before = sentences[-2] if len(sentences) > 1 else earlier
    said = (split_sentences(before) or [""])[-1]
    return bool(DECOY.search(said) or _BODY_SUBJECT.match(said)) and not _NAMES_AN_AMBITO.search(said)


# an ambito (or its plan, its office) named in words that are no other body's: not "Distretto del Commercio"
_NAMES_AN_AMBITO = re.compile(
    r"\bambit[oi]\b|\bpiano\s+di\s+zona\b|\bufficio\s+di\s+piano\b|"
    r"\b(?-i:D)istrett[oi]\b(?!\s+(?:urbano\s+)?del\s+commercio)",  # not the common noun: "un distretto diffuso"
    re.I,
)


def _another_bodys(before: str | list[str], after: str, heading: list[str]) -> bool:
    """The run's comuni are another body's (a Comunità montana's, an Unione's, a consortium's), not the ambito's: the
    body is the subject of its sentence (a str) or of a sentence of its introduction (a list's sentences) with its own
    membership verb, or the heading's owner of the comuni, and none of them names an ambito."""
    sentences = [before] if isinstance(before, str) else before
    owned = any(_BODY_SUBJECT.match(s) and _BODY_HOLDS.search(s) for s in sentences) or any(
        _BODYS_COMUNI.match(h) for h in heading
    )
    return owned and not _THE_AMBITOS.search(" ".join([*sentences, after, *heading]))


# the body's own membership verb ("comprende", "riunisce"), not a service it runs for the ambito's comuni ("gestisce i
# servizi sociali per conto dei Comuni di ...": a Comunità montana that is the ambito's ente capofila)
_BODY_HOLDS = re.compile(
    r"\b(?:comprend\w*|riunisc\w*|raggrupp\w*|associa(?:no)?\b|aggreg\w*|(?:è|e'|sono)\s+(?:compost|format|costituit)\w*)",
    re.I,
)


# the capoluogo named as an item of the run ("A, B e C, oltre che per lo stesso capoluogo", "Oltre al capoluogo, A, B"):
# the comune the ambito is named after (not a province's capoluogo)
_CAPITAL = re.compile(
    r"^[\s,;]*(?:(?:e|ed|ma\s+anche|oltre\s+(?:che|a|al|allo)|nonché|così\s+come)\s+)?(?:per\s+|a\s+|con\s+)?"
    r"(?:(?:lo|allo|dello|nello)\s+stesso|il|al|del|dal)\s+capoluogo\b(?!\s+(?:di\s+)?provincia|\s+lombard)|"
    r"\boltre\s+(?:al|allo\s+stesso)\s+capoluogo\b(?!\s+(?:di\s+)?provincia)[\s,]*(?:(?:i\s+)?comuni\s+di\s*)?$",
    re.I,
)


# a list opened by its count ("gli undici comuni del territorio:", "i 19 comuni del Vimercatese:")
_COUNT_COLON = re.compile(r"\bcomuni\b[^.;:]{0,40}:\s*$", re.I)
# a short sentence that names what the one before counted: "Si tratta di", "Sono", "Eccoli:", "Ovvero"
_NAMES_THEM = re.compile(
    r"^(?:si\s+tratta\s+di|sono|eccoli|ecco|ovvero|cioè|vale\s+a\s+dire|nell['’]ordine|(?:l['’]\s*)?elenco(?:\s+completo)?)\s*:?\s*(?:i\s+)?(?:comuni\s+di\s*)?$",
    re.I,
)


# a count right after a list: "A, B e C, in tutto tre comuni", "A, B e C: sono questi i 3 comuni dell'Ambito"
_COUNT_AFTER = re.compile(
    r"^[\s,;:–-]*(?:(?:in\s+tutto|complessivamente|per\s+un\s+totale\s+di|cioè|ovvero|sono|questi|ecco)\s+)*"
    r"(?:i\s+)?\w+\s+comuni\b",
    re.I,
)


def _counted_after(after: str) -> int | None:
    m = _COUNT_AFTER.match(after)
    return count_before(m.group(0)) if m else None


# the comuni of the ambito, counted: "i sindaci dei due comuni dell'Ambito", "i tre comuni del Distretto"
_COUNTED_OF_AMBITO = re.compile(
    r"\b(?:i|dei|ai|dai|coi|gli|tutti\s+e)\s+\w+\s+comuni\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b", re.I
)


def _counted_next(opening: str, following: str, n: int) -> bool:
    """A list opening its sentence, counted as the ambito's comuni in the next one: "Sesto San Giovanni e Cologno
    Monzese rinnovano la loro alleanza. Ieri i sindaci dei due comuni dell'Ambito hanno firmato l'Accordo"."""
    sentences = split_sentences(following)
    if n < 2 or _beyond_material(opening) or len(sentences) < 2:
        return False
    counted = _COUNTED_OF_AMBITO.search(sentences[1])
    return (
        bool(counted)
        and count_before(counted.group()) == n
        and not any(DECOY.search(t) or HYPOTHETICAL.search(t) or ELSEWHERE.search(t) for t in sentences[:2])
    )


def _about_ambito(head: str, after: str) -> bool:
    """The words around a run speak of the ambito or its plan, and of no other list."""
    around = f"{head[-CONTEXT:]} {after}"
    return bool(MEMBERSHIP.search(around)) and not (
        DECOY.search(around) or HYPOTHETICAL.search(around) or ELSEWHERE.search(after)
    )


_NUMBERING = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s*")
_NUMBERED = re.compile(rf"^{_NUMBERING.pattern}")


# a part of the ambito under its own label, "Area Nord: A; B; C", below the sentence that divides the ambito into parts
# ("L'Ambito di Lodi è suddiviso in tre aree"), or beside sibling parts under a paragraph about the ambito: each part's
# comuni are the ambito's
_PART_WORDS = r"(?:area|zona|sub-?ambito|sotto-?ambito|polo|macro-?area|quadrante)"
_PART = rf"^\W*{_PART_WORDS}\s+[\w'’ -]{{1,30}}?\s*[:–—-]"
_PART_LINE = re.compile(_PART, re.I)
# a part's label inside its paragraph: at its start, after a ";" or a sentence's end, or capitalised after a space (a
# text's layout ran "Quadrante nord - A, B" and "Quadrante centro - C" into one line)
_PART_IN_LINE = re.compile(
    rf"(?:(?:^|[;.])\W*|\s(?=(?-i:[A-Z])))(?<![\w'’]){_PART_WORDS}\s+[\w'’ -]{{1,30}}?\s*[:–—-]", re.I
)
_PART_BEFORE = re.compile(rf"{_PART_IN_LINE.pattern}\s*$", re.I)  # the run's own label, right before it
# a part's name as a heading or label line over its list: "Zona Nord", "Polo 1 - Alto Lodigiano", "Area Sud:"
_PART_HEAD = re.compile(rf"^\W*{_PART_WORDS}\b[^.;:]{{0,50}}:?\s*$", re.I)
_PARTS_WORD = r"\b(?:aree|zone|sub-?ambiti|sotto-?ambiti|poli|macro-?aree|quadranti|distretti)\b"
# "l'Ambito è suddiviso in tre aree", its comuni "sono suddivisi in due zone", and in the active voice: "l'ambito, il
# cui capofila è X, articola i servizi in tre aree", "il Distretto si organizza in due zone"
_DIVIDED = re.compile(
    r"\b(?:ambito|distretto)\b[^.;:]{0,80}?(?:\b(?:è|e'|sono|risulta|risultano|viene|vengono)\s+(?:stat[oaie]\s+)?"
    r"(?:suddivis|divis|articolat|ripartit|organizzat|raggruppat)[oaie]|"
    r"\b(?:si\s+)?(?:suddivide|divide|articola|ripartisce|organizza|raggruppa)"
    rf"(?:\s+(?:i\s+(?:suoi\s+)?servizi|il\s+(?:suo\s+)?territorio|le\s+attività))?)\s+(?:in|nei|negli|nelle)\s+[^.;:]{{0,40}}?{_PARTS_WORD}",
    re.I,
)
# a district's heading or label over its list ("Distretto di Codogno", "Distretto Sud:"): a part only where the ambito
# is said above to be divided into districts, since most pages name an ambito itself "Distretto"
_DISTRICT_HEAD = re.compile(r"^\W*distretto\b[^.;:]{0,50}:?\s*$", re.I)
# the ambito is what is divided, not a health body whose districts are each an ambito ("L'ASST è suddivisa in tre
# distretti, ciascuno coincidente con un ambito")
_THE_AMBITO_DIVIDED = re.compile(
    rf"^(?!.*\b{nm.HEALTH_BODY})(?:(?!\bambiti\b).)*\bambito\b[^.;:]{{0,80}}?\b(?:è|sono|risulta|risultano|viene|vengono|si)\b",
    re.I,
)
DIVISION_REACH = 3  # the lines read above a division's first part for the sentence that divides the ambito


def district_parts(lines: list[str], levels: list[int]) -> set[int]:
    """The lines that name a district as a part of the ambito, not an ambito: headings or labels "Distretto di X",
    siblings over their lists, right under a paragraph that divides the ambito into districts ("i Comuni dell'Ambito
    sono raggruppati nei tre distretti storici"). Their names are no ambiti of the page; their lists are the
    ambito's parts."""
    out: set[int] = set()
    divided = False
    for k, line in enumerate(lines):
        if levels[k] and _DISTRICT_HEAD.match(line):
            above = [s for j in range(max(0, k - DIVISION_REACH), k) for s in split_sentences(lines[j])]
            if divided or (_divides(above) and _THE_AMBITO_DIVIDED.search(" ".join(above))):
                out.add(k)
                divided = True
        elif levels[k] and levels[k] < LABEL_LEVEL:
            divided = False  # another section's heading ends the division
    return out if len(out) >= 2 else set()


# the part's own line read back from its label, for the parts run on in one paragraph ("... è organizzato in tre aree.
# Area Nord: A, B; Area Centro: C, D; ..."): a part's list of twenty comuni is ~400 characters
PARTS_REACH = 2000


def _part_of_the_ambito(page: _Text, levels: list[int], n0: int, col: int, before: str | None, after: str) -> bool:
    """The run is one part of the ambito, under its label: the ambito said above to be divided into such parts, or
    the part one of two or more siblings (other parts' labels beside it, on lines of their own, run on in the same
    paragraph or as headings over their lists) under a paragraph about the ambito, whatever it says of them ("Il
    Servizio dell'Ambito opera con tre équipe, una per area"). `before` is the run's sentence, None for a list under
    its label's line. A Distretto del Commercio's, a project's or another body's parts are refused by their words."""
    if DECOY.search(after) or ELSEWHERE.search(after):
        return False
    if before is not None:
        if not _PART_BEFORE.search(before[-CONTEXT:]):
            return False
        line = page.lines[n0][max(0, col - PARTS_REACH) : col]
        first = next((m.start() for m in _PART_IN_LINE.finditer(line)), len(line))  # the line's first part's label
        intro = [p for t in split_sentences(line[:first]) for p in re.split(r"(?<=;)\s*", t) if p.strip(" ;")]
    elif n0 > 0 and levels[n0 - 1] > 0 and _PART_HEAD.match(page.lines[n0 - 1]) and col <= 4:
        intro = []  # "Zona Nord" (a heading, a <dt>, a bold label) over "A, B, C"
    else:
        return False
    above, parts = _parts_around(page, levels, n0)
    for k in range(above, max(-1, above - 2), -1):  # the paragraph above the parts, or above their section's heading
        if intro or (0 < levels[k] < LABEL_LEVEL and not _PART_HEAD.match(page.lines[k])):
            continue
        intro = split_sentences(page.lines[k][-CONTEXT:])
    if _divides(intro):
        return True
    paragraph = " ".join(intro)
    return (
        parts >= 2
        and bool(_THE_AMBITOS.search(paragraph))
        and not (DECOY.search(paragraph) or _PROJECT.search(paragraph) or _HEALTH_DISTRICT.search(paragraph))
        and not _BODY_SUBJECT.search(paragraph)
    )


PARTS_SPAN = 200  # the lines of a division's parts and their lists read around a part (a part's list one name a line)


@functools.lru_cache(maxsize=256)
def _labels_in(line: str) -> int:
    """How many parts' labels a line holds ("Area Nord: A, B; Area Sud: C, D": two); kept, because every run of a long
    line of parts asks it of the same line (review 18: quadratic in the parts)."""
    return len(_PART_IN_LINE.findall(line[:10_000]))


def _parts_around(page: _Text, levels: list[int], n0: int) -> tuple[int, int]:
    """(the line right above the parts, -1 if none; how many parts' labels over comuni there are): the parts are the
    run's line and the lines around it that are parts' labels or lists ("Area riservata" over no comune is no part)."""

    def in_parts(k: int) -> bool:
        line = page.lines[k]
        listed = not (levels[k] or _is_prose(line))  # a part's list, one name a line or all on one
        return bool(_PART_LINE.match(line) or (levels[k] and _PART_HEAD.match(line)) or listed)

    top, bottom = n0, n0
    while top > 0 and n0 - top < PARTS_SPAN and in_parts(top - 1):
        top -= 1
    while bottom + 1 < len(page.lines) and bottom - n0 < PARTS_SPAN and in_parts(bottom + 1):
        bottom += 1
    parts = 0
    for k in range(top, bottom + 1):
        line = page.lines[k]
        if k == n0 or (_PART_LINE.match(line) and k in page.named_lines):
            parts += _labels_in(line)
        elif levels[k] and _PART_HEAD.match(line) and k + 1 in page.named_lines:
            parts += 1
    return top - 1, parts


def _divides(sentences: list[str]) -> bool:
    """The paragraph's nearest sentence that divides something, or names a decoy, divides the ambito into parts,
    wherever it stands ("... l'Ambito di Lodi è suddiviso in tre aree. Comune capo-distretto è Lodi."); a Distretto del
    Commercio's division nearer the parts than the ambito's takes them."""
    division = next((s for s in reversed(sentences) if _DIVIDED.search(s) or DECOY.search(s)), "")
    return bool(_DIVIDED.search(division)) and not DECOY.search(division)


# an FAQ's question on the ambito's comuni, the answer right under it: "Quali Comuni fanno parte dell'Ambito del X?",
# "Da quali comuni è composto il Distretto?"
_WHICH_COMUNI = re.compile(
    r"\b(?:quali|che)\s+comuni\b[^?]{0,80}?\b(?:fanno\s+parte|compongono|aderiscono|appartengono|sono\s+compresi)\b"
    r"[^?]{0,80}\?\s*$|\bda\s+quali\s+comuni\b[^?]{0,80}\?\s*$",
    re.I,
)


def _answers_which_comuni(page: _Text, n0: int, head: str, after: str) -> bool:
    """The run opens the answer (its first sentence) to the question right above, which asks the ambito's comuni; a
    question about a Distretto del Commercio's or another list's comuni is refused by the decoy words."""
    if n0 == 0 or len(split_sentences(head)) > 1 or DECOY.search(after) or ELSEWHERE.search(after):
        return False
    question = page.lines[n0 - 1][-CONTEXT:]
    if not _WHICH_COMUNI.search(question) or DECOY.search(question):
        return False
    if _THE_AMBITOS.search(question):
        return True
    # "Quali Comuni ne fanno parte?", "Che comuni vi aderiscono?": the pronoun stands for the ambito the question and
    # answer right above are about (a FAQ's chain: "Che cos'è l'Ambito territoriale?" / "... fa parte dell'Ambito di X")
    earlier = " ".join(page.lines[max(0, n0 - 1 - _FAQ_BACK) : n0 - 1])
    return bool(_PRONOUN_SUBJECT.search(question)) and bool(_THE_AMBITOS.search(earlier)) and not DECOY.search(earlier)


_PRONOUN_SUBJECT = re.compile(r"\b(?:ne|vi|lo|la)\s+(?:fanno|compongono|aderiscono|appartengono|sono)\b", re.I)
_FAQ_BACK = 2  # the question and the answer right above


# an ASST's health district that opens the paragraph as its subject, the health body anywhere in its sentence: "Il
# Distretto di Legnano è una delle due articolazioni territoriali dell'ASST Ovest Milanese. Comprende 22 comuni: ..."
_HEALTH_SUBJECT = re.compile(rf"^\W*(?:il\s+|i\s+)?distrett[oi]\b(?:(?!\bambit[oi]\b)[^.;])*\b{nm.HEALTH_BODY}", re.I)
_AMBITO_NAMED = re.compile(r"\bambit[oi]\b", re.I)


# the social plan's own names: a paragraph a health body opens may still speak of the district's Piano di Zona
_SOCIAL_PLAN_NAMED = re.compile(r"piano\s+(?:sociale\s+)?di\s+zona|ufficio\s+di\s+piano", re.I)
_DISTRICT_NAMED = re.compile(r"\bdistrett[oi]\b", re.I)


def _health_districts(head: str) -> bool:
    """The run's paragraph opens with a health district as its subject and names no ambito up to the run: the
    sentences after the first go on with that subject ("Comprende 22 comuni: A, B"), so its comuni are the
    district's. So too when a health body opens it and the run's sentence names a "Distretto" with no ambito or
    social plan named ("ATS e ASST comunicano le date. Per i residenti del Distretto di X (Comuni di A, B)": a
    vaccination's, a screening's, a Casa di Comunità's district)."""
    sentences = split_sentences(head)
    if not sentences or _AMBITO_NAMED.search(head):
        return False
    if _HEALTH_SUBJECT.match(sentences[0]):
        return True
    return bool(
        _HEALTH_BODY_SUBJECT.match(sentences[0])
        and _DISTRICT_NAMED.search(sentences[-1])
        and not _SOCIAL_PLAN_NAMED.search(head)
    )


def _sentence_before(page: _Text, n0: int, head: str) -> str:
    """The sentence before the run's: in its line, or the last of the paragraph above when the run's opens its line."""
    sentences = split_sentences(head)
    if len(sentences) > 1:
        return sentences[-2]
    previous = next((line for line in reversed(page.lines[max(0, n0 - 3) : n0]) if line.strip()), "")
    return (split_sentences(previous[-CONTEXT:]) or [""])[-1]


def _paragraph_before(page: _Text, n0: int, head: str) -> str:
    """The run's sentence, after the paragraph before it when it opens its own: news put "Il documento vale per A, B
    ..." in a paragraph of its own, under the one that names the plan."""
    if n0 == 0 or len([t for t in split_sentences(head) if not _NUMBERING.fullmatch(t)]) > 1:
        return head  # (a paragraph's number, "2.", is no sentence of its own)
    return f"{page.lines[n0 - 1][-CONTEXT:].rstrip(' .')}. {_NUMBERED.sub('', head)}"


# the mayors of the list's comuni: "sedevano i primi cittadini di", "erano presenti i sindaci dei comuni di", with the
# comuni's other officers beside them ("i sindaci e gli assessori di", "i sindaci o i loro delegati di")
_MAYORS_OF = re.compile(
    r"\b(?:i|dei|ai|dai|coi)\s+(?:sindaci|primi\s+cittadini)"
    r"(?:\s+(?:e|o|ed|con)\s+(?:(?:gli|i|loro|i\s+loro)\s+)?(?:assessori|vicesindaci|delegati)"
    r"(?:\s+(?:ai|alle|al)\s+(?:servizi\s+sociali|politiche\s+sociali|welfare|sociale))?)?"
    r"\s+(?:dei\s+comuni\s+)?di\s*$",
    re.I,
)


# the meeting of the ambito's mayors a news item reports: "l'Assemblea dei Sindaci", "l'Assemblea dell'Ambito di X",
# "i sindaci dell'Ambito Legnanese hanno approvato"
_MEETING = re.compile(
    r"\bassemblea\s+dei\s+sindaci\b|\bassemblea\s+(?:dell['’]\s*ambito|del\s+distretto)\b|"
    r"\bsindaci\s+(?:dell['’]\s*ambito|del\s+distretto)\b(?!\s+(?:vicin|confinant|limitrof))",
    re.I,
)


def _mayors_at_the_assembly(before: str, lead: str, earlier: str = "") -> bool:
    """The run is the mayors of its comuni, in a sentence after one about the ambito's Assemblea dei Sindaci (one of
    the three before it, in its paragraph or the one before, `earlier`): the Assemblea is its comuni's mayors."""
    sentences = split_sentences(lead)
    reported = [*split_sentences(earlier)[-2:], *sentences[:-1]][-3:]
    meeting = next((t for t in reversed(reported) if _MEETING.search(t)), None)
    return (
        bool(sentences)
        and meeting is not None
        and bool(_MAYORS_OF.search(before[-80:]))
        and bool(_AMBITO_WORD.search(f"{meeting} {lead}"))
        and not any(DECOY.search(t) or HYPOTHETICAL.search(t) for t in (meeting, sentences[-1]))
    )


def _counted_before(head: str, n: int) -> bool:
    """The sentence before the run's counts its comuni as the ambito's (or its plan's), and a short one names them."""
    sentences = split_sentences(head)
    if len(sentences) < 2 or not _NAMES_THEM.match(sentences[-1]):
        return False
    counted = sentences[-2]
    return (
        n >= 3
        and count_before(counted) == n
        and bool(MEMBERSHIP.search(counted))
        and not (DECOY.search(counted) or HYPOTHETICAL.search(counted))
    )


# a sentence whose subject stands for the plan (or the accord) named in the one before, and the comuni it covers
_COVERS = re.compile(
    r"^(?:(?:\d{1,2}|[a-z])[.)]\s*)?"  # a numbered paragraph: "2. Il regolamento si applica"
    # one comune set aside first, the page's own: "Oltre a Dairago, il servizio riguarderà"
    r"(?:oltre\s+(?:a|ad)\s+(?-i:[A-ZÀ-Ý])[^,.;:]{0,40},\s*)?"
    # the ambito's service or measure the sentence before introduced: "Il servizio riguarderà", "La misura copre"
    r"(?:(?:(?:il|lo|la|l['’])\s*(?:nuov[oa]\s+|presente\s+)?(?:documento|piano|testo|accordo|programma|provvedimento|"
    r"regolamento|servizio|misura|intervento)\b"
    r"[^.;:]{0,40}?\s|"
    r"esso\s+|che\s+)(?:vale|valgono|varrà|si\s+applica|riguarda|riguarderà|coinvolge|coinvolgerà|interessa|copre|"
    r"(?:è\s+stat[oa]\s+)?(?:approvat|adottat)[oa])|(?:sono\s+|risultano\s+)?(?:coinvolti|interessati))"
    # "si applica nei Comuni di" (a regulation of the ambito)
    r"(?:\s+(?:per|a|ad))?(?:\s+(?:(?:tutti\s+)?(?:i|gli)|nei|negli|ai|agli)\s+(?:\w+\s+)?comuni(?:\s+di)?)?\s*$",
    re.I,
)


# a sentence that names a document or an undertaking, which "Il documento", "Il testo" or "Il Piano" may stand for
_DOCUMENT = re.compile(
    r"\b(?:piano|accordo|documento|regolamento|bando|avviso|progett[oi]|protocollo|convenzione|programma|delibera)\b",
    re.I,
)


def _covers(head: str) -> bool:
    """The run's sentence says what the plan covers ("Il documento vale per"), and the nearest sentence before that
    names a document names the Piano di Zona, an accord or the ambito, not another list (a sentence between about
    neighbours, naming no document, is passed over)."""
    sentences = split_sentences(head)
    if len(sentences) < 2 or not _COVERS.match(sentences[-1]) or DECOY.search(sentences[-1]):
        return False  # (not "Il servizio di trasporto pubblico coinvolge")
    named = next((t for t in sentences[-2:-5:-1] if _DOCUMENT.search(t)), sentences[-2])
    return bool(
        re.search(r"piano\s+(?:sociale\s+)?di\s+zona|accordo\s+di\s+programma|\bambito\b", named, re.I)
        and not (DECOY.search(named) or HYPOTHETICAL.search(named))
    )


# a sentence that goes on with the list of the one before: "Coinvolti anche", "Con loro", "Completano l'elenco"
_GOES_ON = re.compile(
    r"^(?:[\w'’]+\s+){0,5}(?:anche|inoltre|infine|con\s+loro|assieme\s+a\s+loro|completano|chiudono|seguono|"
    r"(?:ci\s+sono|troviamo)\s+poi|poi\s+(?:ci\s+sono|troviamo)|si\s+aggiung\w+|vanno\s+aggiunti|e\s+ancora)\b"
    r"[^.;:]{0,40}$",
    re.I,
)


# the ambito or one of its bodies as the comuni's partner: "A e B hanno avviato progetti con l'Ambito", "insieme
# all'Ufficio di Piano", "in collaborazione con il Distretto": comuni that act with the ambito are outside it
_WITH_THE_AMBITO = re.compile(
    r"\b(?:con|insieme\s+(?:a|con)|assieme\s+(?:a|con)|accanto\s+a)\s*(?:l['’]\s*|il\s+|lo\s+|al\s+|all['’]\s*|allo\s+)?"
    r"(?:ambito|distretto|ufficio\s+di\s+piano)\b",
    re.I,
)


def _continues(page: _Text, last: MemberGroup, n0: int, col: int, before: str, after: str) -> bool:
    """The run goes on with the membership list of the sentence right before it, in the same paragraph, opened by
    a few words that say so ("Coinvolti anche", "Con loro"): no other ambito, list or refusal named between."""
    if last.kind != "prose" or last.end != n0 or not last.rule or last.said_after:
        return False
    between = page.lines[n0][last.end_col : col]
    if len(between) > 120:  # before the split: a long line of runs would be split once a run (review 18)
        return False
    sentences = split_sentences(between)
    return (
        len(sentences) == 2
        and bool(_GOES_ON.match(sentences[-1]))
        and not any(DECOY.search(t) or ELSEWHERE.search(t) or HYPOTHETICAL.search(t) for t in (between, after))
        and not _left_out_aside(after)
        and not re.search(r"\b(?:ambit[oi]|distrett[oi])\b", between, re.I)
        and before.strip() == sentences[-1].strip()
    )


# the same sentence going on with more mayors, named by a pronoun: "; in collegamento quelli di", ", quelli di"
_THOSE_OF = re.compile(r"^\s*[;,]\s*(?:[\w'’]+\s+){0,5}quell[ie]\s+(?:dei\s+comuni\s+)?di\s*$", re.I)


def _more_mayors(page: _Text, last: MemberGroup, n0: int, col: int, after: str) -> bool:
    """The run goes on with the mayors of the list right before it in its sentence ("i sindaci di A e B; in
    collegamento quelli di C e D"): "quelli" stands for the mayors, so their comuni sit at the same Assemblea."""
    if last.rule != "mayors" or last.end != n0:
        return False
    between = page.lines[n0][last.end_col : col]
    return bool(_THOSE_OF.match(between)) and not (DECOY.search(after) or ELSEWHERE.search(after))


def _rest_of_names(
    page: _Text, run: _Run, unknown: list[tuple[int, str]], resolver: NameResolver
) -> list[tuple[int, str]]:
    """Unknown names that are the rest of a comune of the run, which a column layout put on another line ("10. USMATE"
    ... "VELATE": the comune was read by its first word): no name of their own."""
    if not unknown:
        return unknown
    written = [(page.text[f.start : f.end], f.istat) for f in run.found if f.istat]

    def rest(name: str) -> bool:
        return any((r := resolver.resolve(f"{w} {name}", fuzzy=False)) and r.istat == code for w, code in written)

    return [(at, name) for at, name in unknown if not rest(name)]


def _joined(names: list[tuple[int, str]], resolver: NameResolver) -> list[tuple[int, str]]:
    """Fragments of one name that a two-column layout cut apart ("BOFFALORA SOPRA" ... "TICINO"), or hyphenated at
    its line's end ("RONCO BRIAN-" ... "TINO"), rejoined."""
    out: list[tuple[int, str]] = []
    for at, name in names:
        if out and not resolver.resolve(out[-1][1], fuzzy=False):
            joined = next(
                (j for j in (f"{out[-1][1]} {name}", f"{out[-1][1]}{name}") if resolver.resolve(j, fuzzy=False)), None
            )
            if joined:
                out[-1] = (out[-1][0], joined)
                continue
        out.append((at, name))
    return out


# comuni compared with ("come già fatto da", "sull'esempio di", "a differenza di"): others, not the ambito's members
_COMPARED = re.compile(
    r"\b(?:come|quanto)\s+(?:già\s+)?(?:(?:fatto|avvenuto|deciso|previsto|accaduto|success?o)\s+)?(?:da|a|ad|in|per)\s*$|"
    r"\b(?:sull['’]\s*esempio|seguendo\s+l['’]\s*esempio|a\s+differenza|diversamente)\s+(?:di|da|dei|degli)\s*$|"
    r"\bcome\s+(?:già\s+)?(?:ha|hanno)\s+(?:già\s+)?fatto\s*$",
    re.I,
)
# guests from another ambito: "sono intervenuti anche i rappresentanti dell'Ambito del Castanese, A e B"
_GUESTS = re.compile(
    r"\b(?:anche|pure|ospit\w*|invitat\w*)\b.{0,80}\b(?:rappresentant|delegazion|delegat|amministrator)\w*\s+"
    r"(?:dell['’]\s*|del\s+|della\s+|di\s+)(?:ambito|distretto)\b|"
    # "erano presenti anche rappresentanti di Monza e di Milano": others' representatives, at the meeting as guests
    r"\b(?:anche|pure)\s+(?:i\s+|dei\s+|alcuni\s+)?(?:rappresentant|delegazion|delegat|amministrator)\w*\s+"
    r"(?:di|dei\s+comuni\s+di)\s*$",
    re.I,
)
# "A e B, invitati per il progetto ...", "A e B, in qualità di ospiti per i rispettivi ambiti": guests
_INVITED = re.compile(r"^[\s,]*(?:(?:in\s+qualità\s+di|come)\s+)?(?:invitat|ospit)\w*\b", re.I)
# the words right before a list that name it the comuni of one ambito: "nei Comuni dell'Ambito del Magentino:"
_OWN_LIST = re.compile(
    r"\bcomuni\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b(?!\s+(?:territoriali|sociali|distrettuali)\b)"
    r"[^.;:,()]{0,60}:\s*$",
    re.I,
)
# a list's own heading right above it that names it the ambito's comuni, with no colon: "I Comuni dell'Ambito"
# (a band of the comuni's crests under a call's news item: the call's heading above does not make them its own)
_OWN_HEADING = re.compile(
    r"^\s*(?:(?:i|gli)\s+)?(?:\d+\s+)?comuni\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b"
    r"(?!\s+(?:territoriali|sociali|distrettuali)\b)[^.;:|]{0,60}$",
    re.I,
)
_OWN_AMBITO = re.compile(r"^\s*(?:l['’]\s*)?(?:ambito|distretto)\b(?!\s+(?:territoriali|sociali|distrettuali)\b)", re.I)


_PLURAL_AMBITI = re.compile(r"\bambiti\b", re.I)
# the ambito's services offered to the residents of its comuni: "I servizi sono rivolti ai residenti di: A – B – ...",
# "Possono accedere i cittadini residenti a A, B, ...", "riservato alle famiglie residenti nei Comuni di"
# a call's question over who may apply, a line of its own ("Chi può presentare domanda", "Destinatari", "A chi si
# rivolge"), and the line under it opening with the residents it lets in ("I residenti dei Comuni di A, B, ...")
_WHO_MAY_APPLY = r"(?:\bchi\s+pu[òo]\b|\ba\s+chi\s+(?:si\s+rivolge|[èe]\s+rivolt)|\bdestinatari\b|\bbeneficiari\b)"
# where the residents live: a comune of the list ("residenti a", "nei Comuni di"), or any one of them (`call_territory`)
_RESIDENTS_PLACE = rf"(?:a|ad|di|in|(?:nei|dei)\s+comuni\s+di|{ONE_OF_THE_COMUNI})"
_RESIDENTS_OPENING = (
    r"(?:a(?:i|gli|lle)\s+|i\s+|le\s+|gli\s+)?" + RESIDENTS_NOUN + r"\s+" + _RESIDENTS_PLACE + r"\s*:?\s*$"
)
_WHO_MAY_APPLY_LINE = re.compile(rf"^\W*{_WHO_MAY_APPLY}[^.;:]{{0,60}}$", re.I)
_OPENS_WITH_RESIDENTS = re.compile(r"^\W*" + _RESIDENTS_OPENING, re.I)
_RESIDENTS = re.compile(
    rf"^\W*{_WHO_MAY_APPLY}[^.;:]{{0,60}}:\s*{_RESIDENTS_OPENING}|"
    r"\b(?:(?:rivolt|riservat|destinat|apert)[oia]|si\s+rivolg(?:e|ono))\s+(?:a|ai|agli|alle)\s+(?:"
    + RESIDENTS_NOUN
    + r"\s+"
    + _RESIDENTS_PLACE
    + r"|"
    + ADDRESSEES_OF_THE_COMUNI
    + r")\s*:?\s*$|"
    # "La misura vale per i residenti di A, B, ...": who the measure is for
    r"\bval(?:e|gono)\s+(?:anche\s+)?per\s+(?:i|le)\s+" + RESIDENTS_NOUN + r"\s+" + _RESIDENTS_PLACE + r"\s*:?\s*$|"
    # who may take part, any verb a modal leads ("Possono partecipare al bando i", "Potranno fare domanda le"), never
    # who may not ("Non possono partecipare i residenti di": those are left out)
    r"(?<!\bnon\s)\b(?:possono|potranno)\s+"
    + MODAL_WORDS
    + r"{1,4}?(?:i|le|gli)\s+"
    + RESIDENTS_NOUN
    + r"\s+"
    + _RESIDENTS_PLACE
    + r"\s*:?\s*$",
    re.I,
)
_MANY = 5  # a residents' list is the ambito's only when it is a whole territory, not a project's two or three comuni
# a label over the comuni a call or a service covers: "Territorio:", "Territorio interessato:", "Comuni serviti:"
_TERRITORY = re.compile(
    r"^\W*(?:il\s+)?(?:territorio(?:\s+(?:dell['’]\s*ambito|interessato|coinvolto|servito|di\s+riferimento))?|"
    r"comuni\s+(?:serviti|interessati|coinvolti))\s*:\s*$",
    re.I,
)


def _whole_territory(before: str, prose: bool, n: int) -> str | None:
    """The rule for a list of five comuni or more that a sentence or label gives as a territory's: the residents who
    may use a service or apply ("residents"), the territory a call covers ("territory")."""
    if not prose or n < _MANY:
        return None
    return "residents" if _RESIDENTS.search(before) else "territory" if _TERRITORY.search(before) else None


# another body's or another list's words, a call's own words left out (they are the ambito's call's here)
_NOT_THE_AMBITOS_CALL = re.compile(
    OTHER_LISTS.pattern.removesuffix(PROJECT_LISTS.pattern) + _PROJECT.pattern + r"|\bpartner\b|partenariat", re.I
)


def _the_calls_territory(page: _Text, n0: int, col: int, sentence: str, n: int) -> bool:
    """The run closes a sentence naming the territory of the ambito's call (`call_territory`)."""
    if not names_a_territory(sentence, n):
        return False  # (most runs)
    previous = next((line for line in reversed(page.lines[max(0, n0 - 3) : n0]) if line.strip()), "")
    paragraph = f"{previous[-CONTEXT:]} {page.lines[n0][max(0, col - CONTEXT) : col]}"
    above = page.text[max(0, page.starts[n0] + col - AMBITO_REACH) : page.starts[n0] + col]
    return the_calls_territory(sentence, paragraph, above, _NOT_THE_AMBITOS_CALL)


def _a_call(heading: str) -> bool:
    """A call's heading ("Avviso pubblico ...", "Bando voucher ...") that names no other list."""
    return bool(PROJECT_LISTS.search(heading)) and not OTHER_LISTS.search(PROJECT_LISTS.sub(" ", heading))


# a list's own sentence with the ambito as its subject and a verb of membership, an aside of place closing it: "L'Ambito
# territoriale del Castanese è formato da undici Comuni del Milanese, tra il Ticino e il canale Villoresi:"
_AMBITO_IS_FORMED = re.compile(
    rf"(?P<core>\b(?:ambito|distretto)\b[^.;:,]{{0,80}}?\b{sc.AMBITO_HOLDS}\s+[^.;:,]{{0,80}}?\bcomuni\b"
    r"[^.;:,]{0,80}?),(?P<aside>[^.;:,]{1,80}):\s*$",
    re.I,
)

_NAMES_A_LIST = re.compile(r"\b(?:comuni|paesi|centri|localit[àa])\b", re.I)


# the ambito named after a membership's verb, then a relative clause that describes it: "fa parte dell'Ambito di Lecco,
# che con gli Ambiti di Bellano e di Merate forma il Distretto", "aderisce all'Ambito di X, il quale confina con ..."
_AMBITO_RELATIVE = re.compile(r"\b(?:ambito|distretto)\b[^,;.:]{0,80}?,\s*(?:che|il\s+quale|la\s+quale)\b", re.I)


def _main_clause(after: str) -> str:
    """The words after a stated membership up to the relative clause about its ambito: that clause's other ambiti
    are the ambito's neighbours or partners, not a reason to doubt the membership."""
    relative = _AMBITO_RELATIVE.search(after)
    return after[: relative.end()] if relative else after


# the run closes the ambito's own relative clause: "L'Ambito di X, che riunisce i Comuni di A, B e C, ha aperto il
# bando", "Il Distretto di Y, il quale comprende A e B, promuove il progetto": the clause's comma closes the list, and
# what follows is the ambito's main clause (its call, its project), no other body's list
_AMBITOS_RELATIVE = re.compile(
    rf"\b(?:ambito|distretto)\b[^,;.:]{{0,80}}?,\s*(?:che|il\s+quale|la\s+quale)\s+{sc.AMBITO_HOLDS}"
    r"(?:\s+(?:(?:i|gli)\s+)?(?:comuni(?:\s+di)?)?)?\s*$",
    re.I,
)
_CLAUSE_CLOSES = re.compile(r"^\s*,")


# the ambito as the agent of what the sentence tells ("presentato dall'Ambito di X, che raggruppa", "promosso dal
# Distretto di Y, il quale comprende i Comuni di"): the project or call is its own, the clause its composition; one
# leading item the gazetteer does not read ("che raggruppa Somma, Arsago") may stand between (round 59a)
_BY_THE_AMBITO = re.compile(r"\bd(?:a|al|all['’]|alla|a\s+parte\s+dell['’])\s*$", re.I)
_LEADING_ITEM = re.compile(r"\s+[A-ZÀ-Ý][\w'’]+,\s*$")


def _the_agents_own_clause(nearest: str) -> bool:
    """The run is the composition that the relative clause of the ambito acting in the sentence states: a partner's
    ("insieme all'Ambito di X, che comprende") stays out."""
    clause = _AMBITOS_RELATIVE.search(_LEADING_ITEM.sub(" ", nearest))
    return bool(clause) and bool(_BY_THE_AMBITO.search(nearest[: clause.start()]))


def _after_the_relative(nearest: str, after: str) -> str:
    """The words after the run that may say whose list it is: none past the comma that closes the ambito's relative
    clause around it."""
    return "" if _AMBITOS_RELATIVE.search(nearest) and _CLAUSE_CLOSES.match(after) else after


def _rule(
    before: str, heading: str, after: str, prose: bool, codes: list[str], resolver: NameResolver, labelled: bool = False
) -> str | None:
    n = len(codes)
    if prose and n >= 2 and not HYPOTHETICAL.search(before) and na.bracketed_owner(before, resolver, codes, after):
        return "enumerated"  # "con gli ambiti di Desio (A, B) e di Monza (C, D)": each bracket its ambito's list
    if prose and na.named_owner(before, resolver):  # "L'ambito confinante è quello di X, che comprende A e B": X's
        before, heading = na.without_neighbour_words(before), na.without_neighbour_words(heading)
    # "un bando dell'Ambito X, formato dai Comuni di", under "Aperto il bando": the list is the ambito's composition
    nearest, heading = without_the_ambitos_call(before[-200:], before), without_the_ambitos_call(heading, before)
    if not prose:  # "Confina con l'Ambito di Seregno. I comuni sono:": the sentence that introduces the list governs it
        last = (split_sentences(before) or [""])[-1]
        nearest = last if last != before and (MEMBERSHIP.search(last) or LIST_CONTEXT.search(last)) else nearest
    # a list that its own sentence says makes up an ambito ("A e B costituiscono l'Ambito di X") is one under any
    # heading (a call's "Avviso pubblico", a project's page)
    stated = bool(MEMBERS_AFTER.match(after))
    formed = _AMBITO_IS_FORMED.search(nearest)  # "L'Ambito è formato da undici Comuni ..., tra il Ticino e il canale:"
    if formed and not _NAMES_A_LIST.search(formed.group("aside")):  # "..., e questi sono i comuni confinanti:"
        nearest = nearest[: formed.end("core")]  # its last aside names where, not another list
    if (
        HYPOTHETICAL.search(before)
        or (DECOY.search(np_.without_venue(nearest)) and not stated)  # not the venue's library or school
        or DECOY.search(_main_clause(after) if stated else _after_the_relative(nearest, after))
        or ELSEWHERE.search(after)
        or (prose and _sent_elsewhere(before, heading, after, resolver))
        or _protected_areas(nearest, after)
    ):
        return None
    sentence = (split_sentences(before) or [""])[-1][-CONTEXT:]
    if _HEALTH_DISTRICT.search(sentence) or _health_bodys_sites(sentence):
        return None  # an ASST's health district's comuni, or its services' sites: it is no ambito
    if prose and _LEFT_OUT.search(re.split(r"[;:]", before)[-1]):
        return None  # "Restano fuori, perché appartengono ad altri ambiti, A e B, ..., e C e D"
    if prose and _left_out_aside(after):
        return None  # "Anche Crema e Melegnano, fuori dall'ambito, guardano al modello": an aside puts them outside
    if prose and _PROJECT.search(before[-200:]) and not _the_agents_own_clause(nearest):
        return None  # "Il progetto è svolto insieme all'Ambito di Rho, che comprende ...": a partner's comuni
    if prose and (_COMPARED.search(before[-80:]) or _GUESTS.search(before) or _INVITED.match(after)):
        return None  # "come già fatto da A e B", "anche i rappresentanti dell'Ambito di X, A e B": not this list
    if prose and (np_.guests_before(before[-CONTEXT:]) or np_.partners_comuni(before) or np_.sites_before(before)):
        return None  # "Erano presenti anche i sindaci di A e B", "con l'ambito di X, che comprende A, B", "le Case di
        # Comunità sono a A, B": not its own
    if stated:
        return "verb-after"
    whole = _whole_territory(before, prose, n)
    if n < 2 or ((OTHER_LISTS if prose or labelled else DECOY).search(heading) and not (whole and _a_call(heading))):
        return None
    if prose:
        # "I Comuni di A, B (...) sottoscrivono l'Accordo"; not "ambiti" alone ("In mezzo ai due ambiti c'è il Rhodense,
        # con A e B": a third ambito's comuni, named aside)
        # not comuni that act with the ambito: "Anche A e B avevano avviato progetti con l'Ambito" (partners)
        with_it = _WITH_THE_AMBITO.search((split_sentences(after) or [""])[0])
        if any(MEMBERSHIP.search(_PLURAL_AMBITI.sub(" ", t)) for t in (before, after)) and not with_it:
            return "sentence"
        if whole:
            return whole
        # (or the members' line of a social-services body's record under its heading: "Azienda speciale consortile
        # X" / ... / "Soci: Comune di A, Comune di B")
        soci = _members_line(before, heading) or _members_sentence(before, after)
        return "label" if LABEL.match(before) or _members_cell(before) or soci else None  # "Comuni: A; B; C"
    if LIST_CONTEXT.search(before):
        return "intro"
    return "dense-list" if n >= 6 else None


def _closing_names(page: _Text, levels: list[int], n: int, after: str) -> list[str]:
    """Names that are no comune closing a list: "..., Arese e Novara." or a last list line "Novara"."""
    if _SITTER_ROW.match(after) and n in page.sitter_rows:
        return []  # the last row's sitter and role ("VIMODRONE  Irene Fumagalli  Delegata")
    stripped = (c.strip() for c in _material_chunks(_PERSON.sub(",", after)))
    # "..., Solaro (XXXXXX).": the last mayor, redacted; a second chunk is enough to say it is no single name
    chunks = list(islice((c for c in stripped if c and not _REDACTED.match(c)), 2))
    if chunks:
        return chunks if len(chunks) == 1 and looks_like_name(chunks[0]) else []
    out: list[str] = []
    for k in range(n + 1, min(n + 3, len(page.lines))):
        item = _MATERIAL.sub(" ", page.lines[k]).strip()
        if levels[k] or not looks_like_name(item) or item.lower() in NOT_NAME_WORDS or "  " in item:
            break  # a heading, no name, or several items ("Assenti: Brusaporto, Montello")
        out.append(item)
    ends = n + len(out) + 1
    return out if out and (ends >= len(page.lines) or 0 < levels[ends] < 7) else []


# a name cut after its connector by a column layout ("11. CAVENAGO DI   22. VIMERCATE" / "BRIANZA")
_DANGLING = re.compile(r"\b(?:di|de|del|della|sul|sulla|con|al|in|sopra|sotto|san|santa|santo)$", re.I)


def _wrapped_end(page: _Text, n: int, run: _Run, resolver: NameResolver) -> list[str]:
    """The line right below a run's last line, when it completes a name of the run cut after its connector."""
    if not run.unknown or not _DANGLING.search(run.unknown[-1][1]) or n + 1 >= len(page.lines):
        return []
    item = _MATERIAL.sub(" ", page.lines[n + 1]).strip()
    complete = looks_like_name(item) and resolver.resolve(f"{run.unknown[-1][1]} {item}", fuzzy=False)
    return [item] if complete else []


def _column(page: _Text, n: int, f: Found) -> int:
    """The cell of table row `n` that holds the name found."""
    return next(i for i, (a, b) in enumerate(_cells(page.lines[n])) if a <= f.start - page.starts[n] < b)


def _marks(page: _Text, levels: list[int], groups: list[int], run: _Run, group: MemberGroup) -> None:
    """The capofila marked in the run ("Rho (capofila)", a check in a "Capofila" column) and the
    contacts in the other cells of each comune's table row."""
    rows = [page.line_of(f.start) for f in run.found]
    per_row = Counter(rows)
    # the run's comuni one a row, all in one column under a "capofila" header: the column lists them, it marks none
    columns = {_column(page, rows[k], f) for k, f in enumerate(run.found) if rows[k] in page.rows}
    listing = len(columns) == 1 and len(set(rows)) > 1 and set(rows) <= page.rows
    signs = _signs_before(page, run, rows)
    for k, f in enumerate(run.found):
        if not f.istat:
            continue  # a short form left open
        n = rows[k]
        if signs[k] is not None and signs[k] in page.capofila_marks:  # (most runs: no sign, no legend read)
            group.capofila = group.capofila or f.istat  # "4 ★ Castano Primo" under "★ Comune capofila"
            continue
        line_end = page.starts[n + 1] - 1 if n + 1 < len(page.starts) else len(page.text)
        upto = run.found[k + 1].start if k + 1 < len(run.found) else f.end + 40
        right = _ADDRESS_PARTS.sub("", page.text[f.end : min(upto, line_end)])
        if n not in page.rows:
            marked = _CAPOFILA_MARK.match(right.lstrip(" ,–-")) and re.match(r"\s*[(–-]", right)
            # "4) Comune di X," / "ente capofila": the item's mark wrapped onto the next line
            marked = marked or (
                right.strip() == "," and n + 1 < len(page.lines) and bool(_WRAPPED_MARK.match(page.lines[n + 1]))
            )
            marked = marked or bool(_ROLL_CALL_ROLE.match(right) and not _DENIED.search(right))
            if marked or re.match(_CAPOFILA_CLAUSE, right, re.I) or _footnoted(right, page):
                group.capofila = group.capofila or f.istat
            continue
        line = page.lines[n]
        cells = [c.strip() for c in line.split(" | ")]
        at = _column(page, n, f)
        header = _header(page.lines, levels, groups, n)
        # a header of plain cells ("Comune | ISTAT | Abitanti | Ente capofila") marks a capofila by a check under a
        # column named just so, never by the comune's own cell
        plain = [] if header else _header(page.lines, levels, groups, n, words_row=True)
        for i, cell in enumerate(cells):
            column = header[i] if len(header) == len(cells) else ""
            in_column = bool(re.search(r"capofila", column, re.I))  # a check, or the comune named in its column
            checked = len(plain) == len(cells) and bool(_CAPOFILA_HEAD.fullmatch(plain[i]) and _CHECK.match(cell))
            own = i == at and not listing
            marked = bool(_CAPOFILA_HEAD.fullmatch(cell)) or checked or (in_column and (own or _CHECK.match(cell)))
            heads = header or plain  # the "Ambito" column under a header of plain cells too
            noted = i != at and len(heads) == len(cells) and nm.notes_the_capofila(heads[i], cell)
            marked = marked or noted
            if marked or (i == at and (_CAPOFILA_MARK.search(cell) or _footnoted(right, page))):
                group.capofila = group.capofila or f.istat
        if len(cells) > at + 1 and per_row[n] == 1:
            found = row_contacts(cells, at, header or _header(page.lines, levels, groups, n, words_row=True))
            if not found.is_empty():
                group.contacts.setdefault(f.istat, found)


# a roll call's item: its figures and presence, then its roles in brackets ("Garbagnate Milanese - 150 - presente
# (Presidente, Comune capofila)")
_ROLL_CALL_ROLE = re.compile(
    rf"^(?:[\s\d.,;:/–-]|\b(?:presente|assente|present[ei]|assent[ei]|delegat[oa]|favorevole|contrari[oa]|astenut[oa])\b)*"
    rf"\([^()]{{0,40}}?\b{_LEAD}\s*\)\s*$",
    re.I,
)
# a province and a CAP between a name and its mark: "Castano Primo (MI) 20022 – ente capofila"
_ADDRESS_PARTS = re.compile(r"^(?:\s*\(\s*(?-i:[A-Z]{2})\s*\))?\s+2[0-7]\d{3}(?![\w.])")
_WRAPPED_MARK = re.compile(rf"^\s*{_LEAD}\s*[.;]?\s*$", re.I)
_CAPOFILA_HEAD = re.compile(r"(?:ente\s+|comune\s+)?capofila", re.I)
# "Legnano*", "Legnano (*)", "LEGNANO (**)", "Legnano (MI) *": the mark after the name or its province
# a footnote's mark after a name: stars, or a short call in brackets ("(C)", "(cap.)", "(1)") that a legend explains
# any sign, bare or in brackets, as its legend writes it or not: "(*)" in the legend calls "Legnano *" (`_mark_key`)
_MARK_CALL = (
    rf"(\(\s*(?:\*{{1,3}}|[{_SIGNS}]{{1,2}}|[A-Za-z]{{1,4}}\.?|\d{{1,2}}|[{_SUPERSCRIPTS}]{{1,2}})\s*\)"
    rf"|\*{{1,3}}|[{_SIGNS}]{{1,2}}|[{_SUPERSCRIPTS}]{{1,2}})"
)
_FOOTNOTE = re.compile(rf"(?:\s*\(\s*(?-i:{_PROVINCES})\s*\))?\s*{_MARK_CALL}")
# a sign written before a name: stars and shapes only ("(1)", "a)" there number the items)
_SIGN_ENDS = frozenset(f"*){_SIGNS}")  # how a sign before a name ends
_A_SIGN = re.compile(rf"[*{_SIGNS}]")
_SIGN_BEFORE = re.compile(rf"\(\s*(?:\*{{1,3}}|[{_SIGNS}]{{1,2}})\s*\)|\*{{1,3}}|[{_SIGNS}]{{1,2}}")
_LEGEND = re.compile(rf"^\s*{_MARK_CALL}\s*[:=–-]?(?P<words>[^.;:\n*]{{0,50}}?)\bcapofila\b", re.I)


# a table's caption that ends with the legend: "TABELLA 1 - COMUNI DELL'AMBITO (*) COMUNE CAPOFILA"
_CAPTION_LEGEND = re.compile(
    rf"^\W*(?:tabella|tab\.|elenco|prospetto)\b[^\n]{{0,80}}?\s{_MARK_CALL}\s*[:=–-]?\s*(?:comune\s+|ente\s+)?capofila\s*$",
    re.I,
)
# a legend in words: "L'asterisco indica l'ente capofila", "Il Comune capofila è contrassegnato da un asterisco"
# (not a double one: "**" is another call)
_WORDED_LEGEND = re.compile(
    r"(?<!doppio\s)\basterisco\b[^.;\n]{0,60}?\bcapofila\b|\bcapofila\b[^.;\n]{0,60}?(?<!doppio\s)\basterisco\b", re.I
)
_DENIED = re.compile(r"\b(?:non|né|senza|ex|già)\b", re.I)  # "* Comune non più capofila", "* già capofila"


def _called(text: str, page: _Text) -> bool:
    """The text is only a footnote's call ("(cap.)", "(C)", "*") whose legend on the page gives the capofila role."""
    return bool(_FOOTNOTE.fullmatch(text.strip())) and _footnoted(text.strip(), page)


def _footnoted(right: str, page: _Text) -> bool:
    """ "Parabiago*" with a legend "* Comune capofila" (or "(*) ente capofila", "* Comune con funzioni di ente capofila
    e sede dell'Ufficio di Piano": the role in the legend's first clause, not denied) elsewhere on the page."""
    mark = _FOOTNOTE.match(right)
    return bool(mark) and _mark_key(mark.group(1)) in page.capofila_marks  # (a legend's "(c)" for a "(C)")


_FIGURES_OF = str.maketrans(_SUPERSCRIPTS, "1234567890", "() \t")


def _mark_key(mark: str) -> str:
    """A footnote's sign whatever its brackets, case or height: "(*)" and "*", "(C)" and "(c)", "¹" and "(1)"."""
    return mark.translate(_FIGURES_OF).lower()


_ONE_AMBITO = re.compile(r"\b(?:ambito|distretto)\b", re.I)


def _names_its_ambito(line: str) -> bool:
    """A list's own introduction, the line right above it ending in a colon, that names one ambito and says the list
    is its comuni: "Sono presenti, per l'Ambito del Magentino, i Sindaci dei Comuni di:"."""
    return (
        line.rstrip().endswith(":")
        and bool(_ONE_AMBITO.search(line))
        and bool(MEMBERSHIP.search(line) or LIST_CONTEXT.search(line))
        and not DECOY.search(line)
    )


def _intro(lines: list[str], levels: list[int], start: int) -> str:
    """The words before a list: up to three lines, stopping at a heading (kept)."""
    picked: list[str] = []
    for k in range(start - 1, max(-1, start - 4), -1):
        if _INDEX_LABEL.match(lines[k]):
            continue  # "I Comuni" / "A – C" / the list: the index's label is no intro
        picked.insert(0, lines[k])
        if 0 < levels[k] < 7:
            break
    return " ".join(picked)


def _headings(lines: list[str], levels: list[int], start: int) -> list[str]:
    """The nearest heading above a line (within a screenful), then the headings it sits under, nearest first."""
    out: list[str] = []
    level = 7
    for k in range(start - 1, max(-1, start - 200), -1):
        if not out and start - k > 14:
            break
        if 0 < levels[k] < level and not _INDEX_LABEL.match(lines[k]):
            out.append(lines[k])
            level = levels[k]
    return out


# columns of figures that are no contacts: codes, postal codes, residents
_NOT_CONTACT_COLUMN = re.compile(
    r"\b(?:cod(?:ice)?|istat|cap|c\.a\.p|catastale|belfiore|residenti|abitanti|popolazione|superficie)\b", re.I
)
# a service's desk in each comune ("Sportello sociale", "Segretariato sociale", "Punto unico di accesso", "PUA"): a
# column headed by one holds the desk's street and numbers, not the town hall's; a page titled by one is a page of desks
SERVICE_DESK = re.compile(
    r"\bsportell[oi]\b|\bsegretariato\b|\bpunt[oi]\s+(?:unic[oi]\s+)?(?:di\s+)?accesso\b|\bPUA\b", re.I
)


def row_contacts(cells: list[str], at: int, header: list[str]) -> Contacts:
    """A comune's contacts in the other cells of its row, each read under its column's header."""
    found = Contacts()
    # a row shorter than its header lost its empty trailing cells ("Basiano | 015014 | 3.690" under "Comune | Codice
    # ISTAT | Residenti | Capofila"): its cells are read under the header's first columns
    names = header[: len(cells)] if len(header) >= len(cells) else [""] * len(cells)
    for k, cell in enumerate(cells):
        if k == at or _NOT_CONTACT_COLUMN.search(names[k]) or SERVICE_DESK.search(names[k]):
            continue  # "Cod. ISTAT | Comune": "015041" is a code, not a phone; "Sportello sociale": the desk's seat
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


def _header(lines: list[str], levels: list[int], groups: list[int], start: int, words_row: bool = False) -> list[str]:
    """The column headers of the table a row belongs to (its nearest header row above)."""
    k = _header_row(lines, levels, groups, start, words_row)
    return [c.strip() for c in lines[k].split(" | ")] if k is not None else []


def _header_row(
    lines: list[str], levels: list[int], groups: list[int], start: int, words_row: bool = False
) -> int | None:
    """The nearest row of `<th>` cells above; with `words_row`, else the table's first row when it holds words only:
    old CMS tables write their header in bold `<td>` cells ("Comune | CAP | Cod. ISTAT" over "Arconate | 20020 |
    015007"), enough to tell a code's column from a phone's (not to mark a capofila column)."""
    first, rows = None, True  # the topmost of the rows right above
    for k in range(start - 1, max(-1, start - 200), -1):
        if groups[k] != groups[start]:
            break
        if levels[k] and " | " in lines[k]:
            return k
        rows = rows and " | " in lines[k]
        first = k if rows else first
    return first if words_row and first is not None and not re.search(r"\d", lines[first]) else None


def _contact_line(text: str) -> bool:
    """A short line that is an address or a link with a few words at most, not a sentence that names one."""
    return len(text) <= 100 and not _is_prose(ct.URL_RE.sub(" ", ct.EMAIL_RE.sub(" ", text)))


def _paragraph(text: str) -> bool:
    """A sentence of prose, not a contact line: a full stop after words, or a run of eight words or more."""
    return (text.endswith(".") or text.count(" ") >= 7) and _is_prose(text)


BLOCK_HEAD = re.compile(r"^(?:•\s*)?(?:comune|città|municipio)\s+di\s+(.{2,40})$", re.I)
# another comune's identity line ("Comune di B - Via Roma, 31 - 23868 B (LC)", a site's footer or letterhead) closes
# the block above it: the contacts that follow are B's, not the block's comune's (round 59d)
_IDENTITY_LINE = re.compile(r"^(?:•\s*)?(?:comune|città|municipio)\s+di\s+([^-–—|,]{2,40}?)\s*[-–—|,]", re.I)


def _anothers_identity(text: str, code: str, resolver: NameResolver) -> bool:
    """Whether the line opens with another comune's "Comune di B -": its identity line, not the block's."""
    m = _IDENTITY_LINE.match(text)
    res = resolver.resolve(m.group(1), fuzzy=False) if m else None
    return bool(res) and res.istat != code


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
            if ct.OFFICE_WORDS.search(text) or 0 < levels[k] < 7 or _anothers_identity(text, code, resolver):
                break
            if (label and not label.group("label").lower().startswith(("responsabile", "coordinat", "referente"))) or (
                (ct.EMAIL_RE.search(text) or ct.URL_RE.search(text)) and _contact_line(text)
            ):  # not a sentence naming an address ("Le istanze vanno presentate ... all'indirizzo PEC ...")
                body.append(k)
            elif len(text) <= 100 and (ct.STREET_RE.match(text) or re.match(r"\d{5}\s+[A-ZÀ-Ý]", text)):
                address.append(k)
            elif _paragraph(text):
                break  # a paragraph closes the block: a "Sede: ..." below it is the publisher's, not the comune's
        if body or (address and BLOCK_HEAD.match(lines[i])):  # an address alone needs "Comune di X" above it
            found = ct.parse_block([lines[k] for k in body])
            if address and not (found.address and found.address.street):
                unlabelled = ct.address_in(" ".join(lines[k].lstrip("• ") for k in address))
                if unlabelled and unlabelled.street:
                    found.address = unlabelled
            if not found.is_empty():
                out.append((i, max(body + address), code, found))
    return out
