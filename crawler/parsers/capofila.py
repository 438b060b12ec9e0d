"""The capofila: stated ("X è l'ente capofila", "Comune capofila: X", "individuato quale ente
capofila"), or implied by where the Ufficio di Piano sits.

A stated capofila that is not a comune (a Comunità Montana, an Azienda, an Unione) leaves the
capofila empty and rules out any implication. Implied needs both: the ambito is named after a
comune, and the office sits at that comune's town hall ("c/o Comune di X", "presso il Municipio
di X", the same street as X's own contact block on the page). A meeting held in a town is no
evidence, and neither is a name alone.
"""

from __future__ import annotations

import itertools
import re

from crawler.parsers import joined_body as jb
from crawler.parsers import role_anaphor as ra
from crawler.parsers.contacts import CAPOFILA_CELL, FIGURE_CELL
from crawler.parsers.handover import new_holder, of_an_ambito_left
from crawler.parsers.italian import HYPOTHETICAL, UNIONE_DEI_COMUNI
from crawler.parsers.prechecks import may_match
from crawler.parsers.role_holder import complement_ambito, genitive_holder, verb_first
from crawler.parsers.role_time_and_owner import held_until_over, named_ambito
from crawler.reference.comuni import NameResolver, normalize_name

KEYWORD = re.compile(r"\bcapofila\b", re.I)
# the role under an older name: "il Comune di X, comune capo-distretto dell'Ambito"; not a health district's head town
_ROLE_WORD = re.compile(
    r"\bcapofila\b|\bcapo[- ]?distretto\b(?![^.;:]{0,40}?\b(?:(?:socio[- ]?)?sanitari\w*|asst|ats|asl)\b)", re.I
)
# news prose puts an adverb or a time between the verb and the comune: "resta saldamente a X", "passa dunque a X",
# "X, che dal 2008 è capofila"
_ADVERB = (
    r"(?:(?:ancora|dunque|quindi|saldamente|rispettivamente|nuovamente|di\s+nuovo|ufficialmente|ormai|già|tuttora|anche|sempre|"
    r"da\s+(?:anni|tempo|sempre)|"
    r"(?:dal|nel|fin\s+dal)\s+\d{4})\s+)*"
)
_AFTER = re.compile(
    # "capofila: Rho", "Comune capofila (Rho)", "Comune capofila di Rho", "il ruolo di capofila al Comune di Rho", a
    # label cell and its value cell ("Comune capofila: | Rho")
    r"^\s*(?:(?:è|e'|é|:|-|–|\||,|\()\s*){0,2}(?:(?:il|l['’])\s*|la\s+(?=città\s+di\s))?"  # "la Città di X"
    r"(?:comune\s+di\s+|città\s+di\s+|di\s+|(?:al|all['’])\s*(?:comune|città)\s+di\s+)?"
    r"(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)
# what may stand between the role and a label's colon: nothing, a complement opened by a preposition ("dell'Ambito
# Rhodense", "per il triennio 2025-2027", "del Piano di Zona") or a note in brackets, with no clause of its own
_COMPLEMENT = (
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:del|della|dello|dell['’]|dei|degli|delle|di|per|nel|nella|nell['’]|in)\b"
    r"(?:(?!\s(?:e|ed|che|il\s+quale|la\s+quale)\s)[^.;:,]){0,80}?)?(?:\([^()]{0,40}\)\s*)?"
)
# a label that opens its line or clause ("Comune capofila e sede dell'Ufficio di Piano: Legnano") names no holder
# before the role, so its colon may follow a longer label
_LABEL_START = re.compile(r"(?:^|[.;:|]\s)\s*(?:(?:il|l['’]|la)\s*)?(?:(?:ente|comune|città)\s+)?$", re.I)


def _after_is(colon: str) -> re.Pattern[str]:
    """The holder after the role and a verb, or after a label's colon opened by `colon`."""
    return re.compile(
        # ", sarà il Comune di X" after a comma ("A guidare la cordata, come capofila, sarà il Comune di X")
        # an aside between commas after the verb: "è, da sempre, il Comune di X", "sono attribuite, per il triennio, al"
        # the role taken up after a colon: "L'azienda non è l'ente capofila (dell'Ambito): questa funzione spetta al
        # Comune di X" ("quel ruolo", "tale compito")
        r"^(?:,|[^.;:,]{0,40}:\s*(?=(?:questa|tale|quest['’]|quel|quella|quell['’]|la\s+cui)\s*"
        r"(?:funzion|ruol|compit|responsabilit)))?"
        # a label's colon after the role and its complement (`colon`: "Capofila dell'Ambito Rhodense: Rho"); a colon
        # after another verb opens that verb's list ("X è capofila e coordina i Comuni: A, B", ", riunisce i Comuni: A")
        rf"(?:{colon}:\s*|"
        r"[^.;:,]{0,90}?(?:\b(?:è|e'|é|sarà|diventa|risulta|sono|vengono|viene)\s*(?:,[^,.;:]{1,50},)?\s+"
        # "È IN CAPO AL COMUNE DI X"; the role is the comune's: "il ruolo di capofila è del Comune di X"
        rf"{_ADVERB}(?:in\s+capo\s+(?:all['’]\s*|(?:alla|al|ad|a)\s+)|(?:del|della)\s+(?=(?:comune|città)\s+di\s))?|"
        r"\b(?:spetta(?:no)?|compete(?:no)?|tocca(?:no)?|resta(?:no)?|rimane|rimangono|passa(?:no)?|va|"
        rf"(?:viene|è|è\s+stat[oa])\s+{_ADVERB}(?:affidat|attribuit|assegnat|confermat)[oa])\s+"
        rf"{_ADVERB}(?:a|ad|al|alla|all['’])?\s*))"
        # "è svolta dal", "è stato individuato il Comune di X" ("QUALE ENTE CAPOFILA E' STATO INDIVIDUATO IL COMUNE DI")
        r"(?:(?:stat[oaie]\s+)?(?:svolt|esercitat|assunt|affidat|attribuit|assegnat|conferit|ricopert|individuat|designat|"
        r"nominat|confermat)[oaie]\s*(?:,[^,.;:]{1,50},)?\s*(?:(?:da|dal|dalla|al|alla|nel|nella|in)\s+)?)?"
        r"(?:(?:il|l['’])\s*)?(?:comune\s+di\s+|città\s+di\s+)?"
        r"(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
        re.I,
    )


_AFTER_IS = _after_is(_COMPLEMENT)
_AFTER_LABEL = _after_is(r"[^.;:,]{0,90}?")
_ROLE = r"(?:il\s+ruolo|la\s+funzione|le\s+funzioni|i\s+compiti|il\s+compito|la\s+responsabilit(?:à|a['’]))"
# an aside of purpose or time between the subject and the verb, or the verb and the role: "che per conto di tutti
# svolge", "ricopre per l'intero periodo la funzione di"
_FOR = r"(?:per\s+(?:[\w'’]+\s+){1,5}?)?"
# the verbs that may follow an apposition: "X, socio di maggioranza, svolge (è, ricopre) ..."
_APPOSED_VERB = (
    r"(?:(?:che|il\s+quale|la\s+quale)\s+)?(?:svolg|ricopr|eserci|assum|rivest|mant(?:en|ien)|conserv|funge|oper|agisc|"
    r"(?:è|e'|é|sarà|resta|rimane|diventa|ha|avrà)(?![\w'’]))"
)
_NAMES_A_COMUNE = r"\b(?:a|ad|al|con|(?i:comune|città)\s+di)\s+(?-i:[A-ZÀ-Ý])"  # "oltre a Rho", "il Comune di Rho"
_BEFORE = re.compile(
    # a comune's name is written with a capital: "che opera come ente capofila" names no Opera; it ends a word ("Villa
    # d'Almè come ente capofila" is not "Villa d'Alm" + "è")
    r"(?:comune\s+di\s+|città\s+di\s+)?(?P<name>(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,50}?)(?![\w'’])\s*[(,–·•-]?\s*"
    # an apposition between the comune and its verb: "Il Comune di Legnano, socio di maggioranza relativa, svolge";
    # only before a verb and opening in lower case, so a list's "A, B e C, che è il comune capofila" (or "A, B, e C")
    # still gives the last name the role; an aside that names a comune is none ("A e B, oltre a C, che resta l'ente
    # capofila", "Il primo della lista, il Comune di Lodi, esercita"): the role is that comune's
    rf"(?:(?<=,)\s*(?!(?:e|ed|o)\s)(?-i:[a-zà-ý])(?:(?!{_NAMES_A_COMUNE})[^,.;:()]){{0,59}},\s*(?={_APPOSED_VERB}))?"
    # "che ne è", "Tirano, Comune che per tutto il distretto ha", "IL COMUNE DI MENAGGIO NE È CAPOFILA"
    r"(?:(?:il\s+)?comune\s+)?"
    rf"(?:(?:che|il\s+quale|la\s+quale|a\s+cui|al\s+quale|alla\s+quale|cui)\s+{_FOR}{_ADVERB}(?:ne\s+)?|ne\s+)?"
    # "Desio, che dell'ambito è il comune capofila", "che dell'Ambito Rhodense è capofila"
    r"(?:(?:dell['’]\s*ambito(?:\s+[\w'’]+){0,3}?|del\s+distretto)\s+)?"
    # "è", "resta", "si conferma", "torna a essere"
    # (or goes on in it: "prosegue nel ruolo di", "continua quale", "permane nella funzione di")
    r"(?:(?:è|e'|é|sarà|risulta|viene|sono|resta|rimane|diventa|(?:si\s+)?conferma|torna\s+ad?\s+essere|"
    r"prosegu(?:e|irà)|continu(?:a|erà)|permane)\s+"
    rf"{_ADVERB})?"
    # a party that signs or acts in that role: "il Comune di X lo sottoscrive anche quale ente capofila", "interviene
    # in qualità di", "opera in qualità di", "agisce quale"
    r"(?:(?:(?:lo|la|li|l['’])\s*)?(?:sottoscriv|firm|interv|partecip|stipul|oper|agisc)\w*\s+"
    r"(?:(?:anche|altresì|pure)\s+)?"
    r"(?=quale|come|in\s+qualit|nella\s+sua))?"
    # "ricopre il ruolo di", "svolge le funzioni di", "è chiamato a svolgere la funzione di", "a cui è affidato il
    # ruolo di", "cui spetta la funzione di", "funge da"
    # "si è vista confermare il ruolo di"
    r"(?:si\s+(?:è|e')\s+vist[oa]\s+)?"
    # "È il Comune di X a svolgere la funzione di"; the perfect of a term's report: "X ha esercitato il ruolo di"
    r"(?:(?:(?:chiamat[oa]|continu\w+|torn\w+)\s+a\s+|(?<=\s)a\s+|(?:ha|hanno)\s+)?"
    r"(?:svolg|svolt|ricopr|eserci|assum|assunt|rivest|mant(?:en|ien)|conserv|confermar)\w*\s+"
    rf"{_ADVERB}{_FOR}{_ROLE}\s+di\s+|(?:ha|avrà|hanno)\s+{_ROLE}\s+di\s+|"  # "che ha il ruolo di capofila"
    rf"(?:affidat|attribuit|assegnat|conferit)[oaie]\s+{_ROLE}\s+di\s+|spetta(?:no)?\s+{_ROLE}\s+di\s+|"
    # "funge da", "opera come", "a fare da" ("Sarà ancora X a fare da capofila")
    rf"(?:funge\s+da|(?:agisce|opera)\s+(?:da|come|quale)|(?:continu\w+\s+)?(?:a\s+)?(?:fa|fare|farà|fanno)\s+da)\s+|"
    rf"{_ROLE}\s+di\s+)?"  # "affidano a X le funzioni di capofila"
    r"(?:(?:(?:in|nella\s+sua)\s+qualit(?:à|a['’])\s+di|in\s+quanto|in\s+veste\s+di|nel\s+(?:ruolo|compito)\s+di|nella\s+funzione\s+di|nelle\s+funzioni\s+di|con\s+(?:il\s+)?ruolo\s+di|"
    r"con\s+funzion[ei]\s+di|di\s+seguito\s+(?:(?:denominat|definit|indicat|dett)[oa]\s+)?(?:anche\s+)?(?:come\s+)?"
    r"[\"“«]?)\s*)?"
    r"(?:stat[oa]\s+)?(?:(?:individuat[oa]|designat[oa]|nominat[oa]|indicat[oa]|scelt[oa]|(?:ri)?confermat[oa])\s+"
    # "individuato dall'Assemblea dei Sindaci quale ente capofila": who designated it, between
    r"(?:(?:da|dal|dalla|dall['’]|dai|dagli)\s*[^,.;]{1,40}?\s+(?=quale|come))?(?:quale|come|a)?\s*)?"
    # "Legnano, suo capofila, insieme a ...": the ambito's own, as an apposition inside its list; "l'assessore di
    # Legnano, città capofila dell'ambito" (a city's title)
    # "il Comune di Desio è il capofila dell'ambito"
    r"(?:(?:l['’]\s*|il\s+|la\s+|un\s+|quale\s+|come\s+)?(?:(?:nuov[oa]|attuale)\s+)?(?:ente|comune|citt[àa])|quale|come|(?:il\s+)?suo|"
    # the article after any copula: "X è il capofila", "X sarà (resta, rimane, diventa, si conferma) il capofila"
    r"(?:(?<=\s[èé]\s)|(?<=\se'\s)|(?<=\ssarà\s)|(?<=\sresta\s)|(?<=\srimane\s)|(?<=\sdiventa\s)|(?<=\srisulta\s)|"
    r"(?<=\sconferma\s)|(?<=\sessere\s))(?:il|l['’]))?\s*"
    r"(?:nuov[oa]\s+)?$",
    re.I,
)
NOT_A_COMUNE = re.compile(
    r"comunit[aà]\s+montana|unione\s+(?:dei\s+|di\s+)?comuni|\bazienda\b|\bconsorzio\b|\bfondazione\b|"
    r"\bsociet[aà]\b|\bcooperativa\b|\basst\b|\bats\b|\basl\b|\bprovincia\b|\bassociazione\b",
    re.I,
)


# the role of another body the comuni run together: "capofila del Distretto del Commercio", "della convenzione di
# polizia locale", "del sistema bibliotecario"
_OF_ANOTHER_BODY = re.compile(
    r"\s*(?:del|della|dello|dell['’]|dei)\s*[^.;:|]{0,30}?\b(?:commercio|bibliotec\w*|polizia|protezione\s+civile|"
    r"parco|unione|consorzio|rifiuti|trasport\w*|scuol\w*|istitut\w*)\b|"
    # a project's, a call's or a partnership's lead named right after the role ("il ruolo di capofila del progetto")
    r"\s*(?:del|della|dei)\s+(?:progett[oi]|bando|partenariato|candidatura)\b",
    re.I,
)
# a page about another body the comuni run together (its title): its "Ente capofila" is that body's
ANOTHER_BODY = re.compile(
    UNIONE_DEI_COMUNI + r"|distrett[oi]\s+(?:urbano\s+)?del\s+commercio|sistema\s+bibliotecario|"
    r"\bconsorzio\b|polizia\s+locale|protezione\s+civile|(?-i:\bATO\b)|servizio\s+idrico",
    re.I,
)
# the lead of a project or a call, not of the ambito ("Per il progetto si è scelto come capofila il Comune di X")
PROJECT = re.compile(r"\bprogett[oi]\b|\bbando\b|\bpartenariato\b|\bcandidatura\b", re.I)
AMBITO_WORDS = re.compile(r"\bambito\b|accordo\s+di\s+programma|piano\s+di\s+zona|ufficio\s+di\s+piano", re.I)


def stated(
    sentences: list[str],
    resolver: NameResolver,
    members: set[str] | None = None,
    own: tuple[str | None, set[str]] | None = None,
) -> tuple[str | None, str, bool]:
    """(ISTAT code, evidence, a non-comune body is the capofila) from sentences naming a capofila.

    `members`, on a page of several ambiti, are this ambito's listed comuni: a capofila stated outside
    them is another ambito's ("L'Ambito di A comprende ...; capofila è A. L'Ambito di B ..."). `own` is the
    ambito's name and the comuni the page lists: a role tied to an ambito named otherwise and held outside them is
    that ambito's."""
    for n, sentence in enumerate(sentences):
        if n + 1 < len(sentences) and KEYWORD.search(sentence) and _BROKEN_OFF.search(sentence):
            sentence = f"{sentence} {sentences[n + 1]}"  # "... quale ente capofila il Comune di" / "Rho, ..."
        if HYPOTHETICAL.search(sentence) or (PROJECT.search(sentence) and not AMBITO_WORDS.search(sentence)):
            continue
        # (the clause of the role: "il capofila resta A; il servizio passa da B a C" hands over no role)
        clauses = re.split(r"[;:]\s", sentence) if may_match(sentence, ("capo",)) else []
        heir = next((h for c in clauses if _ROLE_WORD.search(c) and (h := new_holder(c))), None)
        if heir is not None:  # the role handed over: its new holder, a comune or a body that is none
            if NOT_A_COMUNE.match(heir):
                return None, sentence[:300], True
            code = _after(heir, resolver)
            if code and (not members or code in members):
                return code, sentence[:300], False
        for kw in _ROLE_WORD.finditer(sentence):
            before, after = sentence[max(0, kw.start() - 200) : kw.start()], sentence[kw.end() : kw.end() + 100]
            if ra.stands_for_the_lead(before, kw.group(0), after):
                continue  # "oltre alla città capofila, A, B": the role stands for the comune the ambito is named after
            if _OF_ANOTHER_BODY.match(after):
                continue  # "Comune capofila del Distretto del Commercio: Pero", "capofila del sistema bibliotecario"
            if jb.another_bodys_role(before, after, ANOTHER_BODY):
                continue  # "La CUC con capofila Segrate", "C.U.C. Alto Milanese: comune capofila Cuggiono"
            if of_an_ambito_left(before):
                continue  # "ha aderito fino ad oggi all'Ambito X, con capofila A": the role of the ambito left
            if _PERFECT.search(before) and HANDED_OVER.search(sentence):
                continue  # "Fino al 2020 X ha svolto il ruolo di capofila, che ora passa a Y": X's role is over
            if held_until_over(before, after, sentence):
                continue  # "Fino al 2024 il ruolo di capofila è stato svolto dal Comune di X": X's role is over
            # "Legnano, che ne è capofila, Nerviano": a relative clause's role is its antecedent's, not the next item's
            apposed = after.lstrip().startswith(",") and _APPOSED_ROLE.search(before)
            if (
                (apposed or _MARK_OPEN.search(before))
                and ANOTHER_BODY.search(before)
                and not (_ON_MANDATE.search(before) and AMBITO_WORDS.search(sentence))
            ):
                continue  # "il sistema bibliotecario di A, B (comune capofila) e C": the mark is that body's lead
            first = _before(before, resolver) if apposed or _RELATIVE_ROLE.search(before) else None
            first = first or _antecedent(before, after, resolver)  # "X, che guida l'ambito come comune capofila, Y"
            code = first or _after(after, resolver, before) or _before(before, resolver)
            if code and members and code not in members:
                code = _respectively(after, resolver, members)
            if code and members and code not in members:
                continue
            if code and own and own[1] and code not in own[1] and _of_another_ambito(before, after, own[0]):
                continue  # "collabora con l'Ambito di B, il cui capofila è B", "È capofila dell'Ambito di B il ..."
            if code:
                return code, sentence[:300], False
            clause = re.split(r"[.;:]\s", before)[-1][-80:]
            if NOT_A_COMUNE.search(clause) or NOT_A_COMUNE.match(after.lstrip(" :–-")):
                if HANDED_OVER.search(sentence) and _ROLE_WORD.search(sentence, kw.end()):
                    continue  # "... è stato svolto dall'Azienda consortile; ... passato al Comune di X, ... capofila"
                return None, sentence[:300], True
        code = _led_by(sentence, resolver) or _spoken(sentence, resolver)
        if code and (not members or code in members):
            return code, sentence[:300], False
    for sentence in sentences:  # last: no sentence names the role, a body or a comune in it
        m = _HOSTED.search(sentence)
        code = _leading_place(m.group("rest"), resolver) if m else None
        if code and (not members or code in members):
            return code, sentence[:300], False
    return None, "", False


def _of_another_ambito(before: str, after: str, own_name: str | None) -> bool:
    """Whether the role is tied to an ambito named otherwise than the page's ("l'Ambito di B" on A's page), before
    the role or between a verb-first role and its holder."""
    name = (named_ambito(before) or complement_ambito(before, after)) if own_name else None
    if not name:
        return False
    named, own = normalize_name(name), normalize_name(own_name or "")
    return named not in own and own not in named


# the office's seat said to be a comune's: "La sede dell'Ufficio di Piano è presso il Comune di X", "L'Ufficio di Piano
# dell'Ambito ha sede presso il Comune di X": the comune that hosts the office is the capofila (a desk's seat is not)
_OF_AMBITO = r"(?:\s+(?:dell['’]\s*|del\s+)(?:ambito|distretto)\b[^.;:,]{0,60}?)?"
_HOSTED = re.compile(
    rf"\b(?:sede\s+(?:dell['’]\s*|del\s+)ufficio\s+di\s+piano{_OF_AMBITO}\s+(?:è|e'|si\s+trova)|"
    rf"ufficio\s+di\s+piano{_OF_AMBITO}\s+(?:ha\s+(?:la\s+(?:sua\s+)?)?sede|è\s+ospitato|si\s+trova))\s+"
    r"presso\s+(?:il\s+|la\s+)?(?:comune|città)\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)


# a role held in the perfect ("ha esercitato il ruolo di capofila") is the holder's through a term's report, unless
# the sentence hands it over or dates its end
_PERFECT = re.compile(
    rf"\b(?:ha|hanno)\s+(?:svolt|esercitat|ricopert|assunt|rivestit)[oaie]\s+{_ROLE}\s+di\s+\S*\s*$", re.I
)
HANDED_OVER = re.compile(
    r"\bfino\s+(?:al|all['’]|a)\b|\bin\s+passato\b|\bprecedentemente\b|\bsubentr\w*|\bpass(?:a|ato|erà)\s+(?:al|alla|a)\b|"
    r"\bnuov[oa]\s+(?:ente\s+|comune\s+)?capofila\b",
    re.I,
)
_RELATIVE_ROLE = re.compile(
    r",\s*(?:che|il\s+quale|la\s+quale)\s+(?:ne\s+)?(?:è|e'|é|sarà|resta|rimane)\s+(?:(?:il|l['’])\s*)?(?:(?:comune|ente)\s+)?$",
    re.I,
)
# a relative clause that gives its antecedent the role as a predicate of any verb: "Saronno, che guida l'ambito come
# comune capofila, Caronno", "Treviglio, che opera per tutti in qualità di ente capofila", "Lecco, il quale interviene
# con funzioni di capofila": the role is the name's before the clause, never the next item's
_RELATIVE_PREDICATIVE = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,50}?)\s*,\s*(?:che|il\s+quale|la\s+quale)\s+[^,;.:()]{0,60}?"
    r"(?<!\bha\s)(?<!\bhanno\s)(?<!\bavrà\s)(?<!\baveva\s)\b(?:come|quale|in\s+qualit[àa]\s+di|con\s+funzion[ei]\s+di)\s+(?:(?:il|l['’])\s*)?(?:(?:comune|ente)\s+)?$",
    re.I,
)


def _antecedent(before: str, after: str, resolver: NameResolver) -> str | None:
    """The comune a relative clause right before the role word gives it to ("X, che guida l'ambito come comune"), the
    clause closing on the role (a comma, a stop): "X, che ha come capofila il Comune di Y" gives it to Y."""
    closes = not after.strip() or after.lstrip()[0] in ",.;"
    m = _RELATIVE_PREDICATIVE.search(before[-120:]) if closes and may_match(before[-120:], ("che", "qual")) else None
    return _ending_comune(m.group("name"), resolver) if m else None


def _ending_comune(name: str, resolver: NameResolver, whole: bool = False) -> str | None:
    """The comune the words end with ("Via libera. Saronno" is Saronno), the longest name first; with `whole`, only
    all the words as one name."""
    words = name.split()
    for n in range(min(6, len(words)), 0, -1):
        res = resolver.resolve(" ".join(words[-n:]).strip(" ,.;:()"), fuzzy=False)
        if res and res.method != "fuzzy" and (n == len(words) or not whole):
            return res.istat
    return None


# the role in apposition between two commas, after a name: "..., Rho, comune capofila, Settimo Milanese e ..." (the
# role is the name's before it, as a mark in brackets is: "Rho (comune capofila), Settimo Milanese"), bare or with
# an accord's introducer: "il Comune di Seregno, quale ente capofila, il Comune di Barlassina", "Legnano, con
# funzioni di comune capofila, Nerviano", "in qualità di", "nel ruolo di", "in veste di"
_INTRODUCER = (
    r"(?:in\s+qualit[àa]['’]?\s+di|quale|nel\s+ruolo\s+di|in\s+veste\s+di|"
    r"con\s+(?:(?:il\s+)?ruolo|(?:le\s+)?funzioni)\s+di)\s+"
)
_APPOSED_ROLE = re.compile(
    rf"(?-i:[A-ZÀ-Ý])[\w'’]*\s*,\s*(?:{_INTRODUCER})?(?:(?:il|l['’])\s*)?(?:(?:comune|ente)\s+)?$", re.I
)
# a body acting for the comune in apposition: "Il Consorzio, su mandato del Comune di X, ente capofila, svolge le
# funzioni dell'Ufficio di Piano": the body is the capofila's agent, the role the comune's (round 52a)
_ON_MANDATE = re.compile(
    r"\b(?:su\s+(?:mandato|delega|incarico)|(?:in\s+nome\s+e\s+)?per\s+conto)\s+(?:del|dell['’])\s*(?:comune|città)\s+di\s+"
    r"(?-i:[A-ZÀ-Ý])[^,;.()]{1,50},\s*(?:(?:l['’]|il)\s*)?(?:(?:ente|comune)\s+)?$",
    re.I,
)
_MARK_OPEN = re.compile(r"\(\s*(?:(?:comune|ente)\s+)?$", re.I)  # a list item's mark: "Pero (comune capofila)"
# a sentence a page or column break cut after its last connector: its comune opens the next line
_BROKEN_OFF = re.compile(r"\b(?:di|del|della|dell['’]|il|l['’]|al|alla|dal|dalla|quale|come|comune|città)\s*$", re.I)


# news quoting a comune's officer who speaks as the capofila: "«Come Comune capofila – ha spiegato il sindaco di Rho –
# abbiamo ...»", "«In qualità di ente capofila ...», dice l'assessora ai Servizi sociali di Rho"
_SPOKEN = re.compile(
    r"\b(?:come|in\s+qualità\s+di|in\s+quanto)\s+(?:comune|ente)\s+capofila\b[^«»“”]{0,120}?[»”]?[^«»“”]{0,40}?"
    r"\b(?:sindac[oa]|vicesindac[oa]|assessor[ea])(?:\s+[^\s,;.]+){0,4}?\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)


# the comune named by its officer, then "il Comune" for it: "la sindaca di Bollate, che ha ricordato come il Comune sia
# capofila" (no other officer between)
_OWN_TOWN = re.compile(
    r"\b(?:sindac[oa]|vicesindac[oa]|assessor[ea])(?:\s+[^\s,;.]+){0,4}?\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý])[^,;.]{1,40})"
    r"(?P<between>[^.;]{0,80}?)\b(?:il|lo\s+stesso)\s+comune\s+(?:sia|è|e'|resta|rimane)\s+(?:(?:l['’]\s*|il\s+)?ente\s+)?"
    r"capofila\b",
    re.I,
)


def _spoken(sentence: str, resolver: NameResolver) -> str | None:
    m = _SPOKEN.search(sentence)
    if m:
        return _leading_place(m.group("rest"), resolver)
    m = _OWN_TOWN.search(sentence)
    if m and not re.search(r"\b(?:sindac|vicesindac|assessor)", m.group("rest") + m.group("between"), re.I):
        return _leading_place(m.group("rest"), resolver)
    return None


def _respectively(after: str, resolver: NameResolver, members: set[str]) -> str | None:
    """ "I comuni capofila sono rispettivamente Corsico e Paullo": on a page of several ambiti, the one of this
    ambito's list."""
    m = re.match(r"[^.;:]{0,40}?\brispettivamente\b([^.;:]{3,120})", after, re.I)
    found = [code for code, _ in resolver.mentions(m.group(1))] if m else []
    return next((code for code in found if code in members), None)


# the comune that leads the ambito, in news prose without the word "capofila": "Il Comune di X, che guida l'Ambito",
# "X è alla guida del Piano di Zona", "l'Ambito, guidato (coordinato) dal Comune di X", "l'Ambito a guida X". A mayor
# or a president who leads an assembly is no comune: the comune is named as one ("Comune di X") or opens the clause.
_BODY = r"(?:ambito|piano\s+di\s+zona|distretto)"
# "l'Ambito di Garbagnate Milanese, guidato dal", "l'Ambito Rhodense a guida", "l'Ambito è coordinato dal"
_OF_BODY = (  # not a Distretto del Commercio
    rf"(?!distretto\s+(?:urbano\s+)?del\s+commercio){_BODY}(?:\s+(?:territoriale|distrettuale|sociale))?(?:\s+(?:(?:di|del|della|dell['’])\s*[^,.;:()]{{1,40}}?|"
    r"(?-i:[A-Z])\w+))?\s*,?\s*(?:(?:è|e'|viene|sarà)\s+)?"
)
_LEADS = re.compile(
    r"(?:(?:^|[.;:(]\s*)|\b(?P<town>(?:il\s+)?(?:comune|città)\s+di\s+))"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w'’ .-]{1,50}?)\s*,?\s*"
    r"(?:che\s+)?(?:(?:è|e'|resta|rimane|sarà)\s+)?"
    rf"(?:(?:guida|coordina)(?:rà)?\s+(?:l['’]\s*|il\s+)|alla\s+guida\s+(?:dell['’]\s*|del\s+)){_BODY}",
    re.I,
)
_LED = re.compile(
    rf"{_OF_BODY}(?:(?:guidat|coordinat)[oa]\s+(?:dal(?:la)?\s+(?:comune|città)\s+di\s+|da\s+(?=(?-i:[A-ZÀ-Ý])))|"
    r"(?:a|sotto\s+la)\s+guida\s+(?:(?:del|della)\s+(?:comune|città)\s+di\s+)?)"
    r"(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)

# "Il coordinamento dell'Ambito è affidato al Comune di X", "la regia del Piano di Zona resta in capo alla Città di X"
_LEAD_GIVEN = re.compile(
    rf"\b(?:il\s+coordinamento|la\s+regia|la\s+guida)\s+(?:dell['’]\s*|del\s+){_BODY}\b(?!\s+del\s+commercio)"
    r"[^.;:]{0,40}?\s"
    r"(?:è|e'|viene|resta|rimane|sarà)\s+(?:(?:affidat|assegnat|attribuit|conferit)[oa]\s+|in\s+capo\s+)"
    r"(?:al|alla)\s+(?:comune|città)\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)

# the lead given to a comune, the verb before it and the role after it: "l'Assemblea ha confermato al Comune di X la
# guida dell'Ambito", "affida alla Città di X il coordinamento del Piano di Zona"
_LEAD_GIVEN_TO = re.compile(
    r"\b(?:confer|affid|assegn|attribu|rinnov)\w*\s+"
    r"(?:(?:anche|ancora|nuovamente|di\s+nuovo)\s+)?(?:al|alla)\s+(?:comune|città)\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý])[^.;:,]{1,50}?)\s+"
    rf"(?:la\s+guida|il\s+coordinamento|la\s+regia)\s+(?:dell['’]\s*|del\s+){_BODY}\b(?!\s+del\s+commercio)",
    re.I,
)
_LEAD_GIVEN_WORDS = (
    "guida",
    "coordinamento",
    "regia",
)  # the words every reading of _LEAD_GIVEN_TO needs (prechecks.py)


def _led_by(sentence: str, resolver: NameResolver) -> str | None:
    """The comune said to lead the ambito ("guida", "alla guida", "guidato da", "a guida", "il coordinamento
    dell'Ambito è affidato al Comune di X")."""
    for m in _LEADS.finditer(sentence):
        if code := _ending_comune(m.group("name"), resolver, whole=not m.group("town")):
            return code
    given_to = _LEAD_GIVEN_TO.finditer(sentence) if may_match(sentence, _LEAD_GIVEN_WORDS) else ()
    for m in (*_LED.finditer(sentence), *_LEAD_GIVEN.finditer(sentence), *given_to):
        if not _PART_OF.search(sentence[max(0, m.start() - 40) : m.start()]):
            return _leading_place(m.group("rest"), resolver)
    return None


# the ambito's project, call or desk led by a comune, not the ambito: "Il progetto dell'Ambito, coordinato dal Comune"
_PART_OF = re.compile(
    r"\b(?:progett\w*|bando|servizi?o?|sportell\w*|tavol\w*|iniziativ\w*|rete)\s+(?:dell['’]\s*|del\s+)$", re.I
)


# "Le parti individuano quale Ente Capofila dell'Accordo di Programma il Comune di Rho": the role, then who takes it
_DESIGNATES = re.compile(
    r"\b(?:individu|design|nomin|indic|identific|conferm|sceg|elegg)\w*\s+(?:(?:quale|come|in\s+qualità\s+di)\s+)?"
    r"(?:(?:l['’]|il)\s*)?(?:ente\s+|comune\s+)?$",
    re.I,
)
_DESIGNATED = re.compile(
    # "... dell'Accordo il Comune di X", "... per il triennio 2025-2027 il Comune di X"
    r"^\s*(?:(?:dell['’]|del|della|dei|per|nel|nell['’])\s*[^.;:,]{1,60}?\s+)?(?:il|l['’]|la(?=\s+città))\s*(?:comune|città)\s+di\s+"
    r"(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)


# the role named first, then who holds it, with no verb between: "Richiamato il ruolo di ente capofila dell'Ambito
# svolto dal Comune di X", "le funzioni di capofila, affidate al Comune di X", "in capo alla Città di X"
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+di\s+(?:(?:ente|comune)\s+)?$", re.I)
_HELD_BY = re.compile(
    r"^[^.;:]{0,60}?(?:\b(?:svolt|esercitat|ricopert|assunt|rivestit)[oaie]\s+(?:da|dal|dalla)|"
    # an adverbial between the participle and its comune: "affidata fin dal primo Piano al Comune di X"
    r"\b(?:affidat|attribuit|assegnat|conferit)[oaie](?:,?\s+[^.;:,]{1,40}?,?)?\s+(?:al|alla)|\bin\s+capo\s+(?:al|alla))\s+"
    r"(?:(?:il|l['’])\s*)?(?:comune|città)\s+di\s+(?P<rest>(?-i:[A-ZÀ-Ý]).{1,59})",
    re.I,
)


def _after(text: str, resolver: NameResolver, before: str = "") -> str | None:
    """The comune named after the keyword: "capofila: Rho", "capofila dell'ambito è Cesano Maderno"."""
    # each reading in turn: "ENTE CAPOFILA DELL'ACCORDO IL COMUNE DI X" in capitals starts like a name ("DELL'...")
    designated = _DESIGNATED.match(text) if _DESIGNATES.search(before) or verb_first(before) else None
    held = _HELD_BY.match(text) if _ROLE_BEFORE.search(before) else None
    # "il ruolo di capofila del Comune di X", unless the role is another body's or a project's ("... per il Distretto")
    genitive = genitive_holder(text, before) if not (ANOTHER_BODY.search(text) or PROJECT.search(text)) else None
    after_is = _AFTER_LABEL if _LABEL_START.search(before) else _AFTER_IS
    for m in (_AFTER.match(text), after_is.match(text), designated, held, genitive):
        code = _leading_place(m.group("rest"), resolver) if m else None
        if code:
            return code
    return None


def _before(text: str, resolver: NameResolver) -> str | None:
    """The comune named before the keyword: "Il Comune di Castano Primo è individuato quale ente",
    "Desio è l'ente", "Rho (ente", "Rho (MI), in qualità di ente"."""
    text = _IDENTIFICATION.sub("", text)
    clause = re.split(r"[;:]\s|\.\s(?=[A-ZÀ-Ý])", text)[-1]
    clause = re.sub(r"\s*\((?-i:[A-Z]{2})\)", "", clause)  # "Rho (MI)"
    m = _BEFORE.search(clause[-120:])
    if not m:
        return None
    words = m.group("name").split()
    for n in range(min(6, len(words)), 0, -1):
        if not words[-n][:1].isupper():
            continue  # "Bollate opera in qualità di": a name is written with a capital, a verb is not
        res = resolver.resolve(" ".join(words[-n:]).strip(" ,.;:()"), fuzzy=False)
        if res and res.method != "fuzzy":
            before = [w.lower() for w in words[:-n]]
            # "Il Sindaco del Comune di X": the comune is named as one (not "l'Azienda del Comune di X")
            named = words[-n].lower() in _TOWN and not NOT_A_COMUNE.search(" ".join(before))
            # "Il sindaco di Bollate, comune capofila": a comune's officer names the comune
            of_town = before[-2:-1] and re.sub(r"^\w+['’]", "", before[-2]) in _TOWN | _OFFICERS  # "l'assessora"
            # "l'Ufficio di Piano di X (Comune capofila)": the role named a comune's is the comune's, not the body's
            town_role = bool(_TOWN_ROLE.search(text))
            if not named and before[-1:] and before[-1] in _OF and not of_town and not town_role:
                return None  # "Comunità Montana Valtellina di Tirano": a body named after a comune
            return res.istat
    return None


# how an accord identifies a party between its name and its role: "Il Comune di X (C.F. 0080...), con sede in
# Piazza Y, 9, rappresentato dal Sindaco, in qualità di ente capofila"
_IDENTIFICATION = re.compile(
    r"\s*\(\s*(?:c\.\s*f\.|cod(?:ice)?\.?\s*fisc|p\.\s*iva|partita\s+iva)[^)]{0,60}\)|"
    # (a seat "presso il Comune di X" names the comune the role after it is given to: "con sede presso il Comune di X,
    # ente capofila")
    r",\s*(?:c\.\s*f\.|p\.\s*iva\b|(?:con\s+sede(?!\s+presso)|sede\s+legale|cod(?:ice)?\.?\s*fisc\w*|partita\s+iva|"
    r"rappresentat[oa]\s+da|(?:nella|in)\s+persona)\b)[^,;]{0,80}(?:,\s*\d+\w?\b)?",
    re.I,
)
_TOWN_ROLE = re.compile(r"[(,–-]\s*(?:il\s+)?(?:comune|città)\s*$", re.I)
_OF = {"di", "del", "della", "dei", "de", "dell'", "dell’"}
_TOWN = {"comune", "comuni", "città", "citta", "municipio"}  # "dei Comuni di Legnano, con funzioni di capofila"
_OFFICERS = {"sindaco", "sindaca", "vicesindaco", "vicesindaca", "assessore", "assessora", "giunta", "consiglio"}


def _leading_place(text: str, resolver: NameResolver) -> str | None:
    words = text.split()[:5]
    for n in range(len(words), 0, -1):
        chunk = " ".join(words[:n]).strip(" ,.;:()\"'’")
        if not chunk[:1].isupper():
            continue
        res = resolver.resolve(chunk, fuzzy=False)
        if res and res.method != "fuzzy":
            return res.istat
    return None


# "Comune di Rho – Ufficio di Piano": the page of an office that is one of that comune's departments
_OFFICE_OF_COMUNE = re.compile(
    r"^\s*(?:comune|citt[aà])\s+di\s+(?P<place>.{2,60}?)\s*[-–—|:]\s*(?:[\w ]{0,40}[-–—|:]\s*)?ufficio\s+di\s+piano\b",
    re.I,
)


def office_comune(headers: list[str], resolver: NameResolver) -> tuple[str | None, str]:
    """The comune whose department the Ufficio di Piano is, from a page header "Comune di X – Ufficio di Piano"."""
    for header in headers:
        m = _OFFICE_OF_COMUNE.match(header)
        code = _leading_place(m.group("place"), resolver) if m else None
        if code:
            return code, header[:200]
    return None, ""


def implied(
    place: str | None, office_hall: str | None, office_street: str | None, hall_streets: dict[str, str]
) -> tuple[str | None, str]:
    """The comune an ambito is named after, when its Ufficio di Piano sits at that town hall."""
    if not place:
        return None, ""
    if office_hall == place:
        return place, "Ufficio di Piano at the town hall of the comune the ambito is named after"
    street = hall_streets.get(place)
    if street and office_street and _same_street(street, office_street):
        return place, "Ufficio di Piano at the address of the town hall of the comune the ambito is named after"
    return None, ""


def _same_street(a: str, b: str) -> bool:
    """One street written two ways ("via Cattaneo, 1", "Via Carlo Cattaneo, 1"): one's words hold the other's."""
    x, y = set(normalize_name(a).split()), set(normalize_name(b).split())
    return bool(x and y) and (x <= y or y <= x)


# the role alone on a line, under the comune that holds it: a card's chip ("Comune di Rho" / "Ente capofila"), a
# letterhead ("COMUNE DI RHO" / "Ente capofila dell'Ambito Rhodense"), a signature block ("Il Sindaco del Comune di
# Rho" / "Ente capofila" / "XXXXXX", the last two joined as a label and its value)
_ROLE_LINE = re.compile(
    r"^\(?(?:(?:è|e')\s+(?:il\s+|l['’]\s*)?|l['’]\s*)?(?:(?:ente|comune)\s+)?capofila\b(?!\s+(?:è|e'|sarà)\b)", re.I
)
_TITLE_LINE = re.compile(
    r"^(?:per\s+)?(?:(?:il|la)\s+(?:sindac[oa]|president\w+)\s+(?:del|della)\s+)?(?:il\s+)?(?:comune|città)\s+di\s+"
    r"(?P<name>[^,;:()]{2,60}?)(?:\s*\((?-i:[A-Z]{2})\))?\s*$",
    re.I,
)


_UNDECIDED = re.compile(
    r"\bda\s+(?:definire|individuare|nominare|designare)\b|\bnessun\w*|\bnon\b|\bin\s+attesa\b", re.I
)


# the role on a line of its own over the comune that holds it: an accord's article "Art. 4 - Ente capofila" over "Il
# Comune di Rho.", a signature block "Per il Comune capofila" over "Il Sindaco di Rho"
_ROLE_ABOVE = re.compile(
    r"^(?:art(?:icolo)?\.?\s*\d+\s*[-–.:)]?\s*)?(?:per\s+)?(?:il\s+|l['’]\s*)?(?:ente|comune)\s+capofila\s*:?\s*$", re.I
)
_HOLDER_BELOW = re.compile(
    r"^(?:(?:il|la)\s+sindac[oa]\s+(?:del\s+comune\s+)?di\s+|(?:il\s+)?comune\s+di\s+)?(?P<name>[^,;:()]{2,60}?)\s*\.?\s*$",
    re.I,
)


def _held_below(lines: list[str], resolver: NameResolver) -> tuple[str | None, str]:
    """The comune on the line under a line holding only the capofila role."""
    for i in range(len(lines) - 1):
        m = _HOLDER_BELOW.match(lines[i + 1].strip()) if _ROLE_ABOVE.match(lines[i].strip()) else None
        res = resolver.resolve(m.group("name"), fuzzy=False) if m else None
        if res and res.method != "fuzzy":
            return res.istat, f"{lines[i]} / {lines[i + 1]}"[:300]
    return None, ""


def _stacked_row(lines: list[str], resolver: NameResolver) -> str | None:
    """The comune of a table row written one cell a line: its name, then its figures ("Suzzara" / "21.302")."""
    figures = lines[1:]
    if not figures or not all(FIGURE_CELL.fullmatch(cell.strip()) for cell in figures):
        return None
    res = resolver.resolve(_TOWN_OF.sub("", lines[0].strip()), fuzzy=False)
    return res.istat if res and res.method != "fuzzy" else None


def closing_cell(lines: list[str], groups: list[int], resolver: NameResolver) -> tuple[str | None, str]:
    """A table written one cell a line, rows parted by blank lines (a web page's table read as text): the row whose
    last cell is the capofila's role alone ("Suzzara" / "21.302" / "capofila") names it. Another row of the same shape
    beside it makes the block a table's row, not a card's chip or a label over its value; a table headed or titled by
    a project ("Ruolo nel progetto", "Progetto X - partenariato") gives the project's lead, not the ambito's."""
    rows: dict[int, list[int]] = {}
    for i, group in enumerate(groups):
        rows.setdefault(group, []).append(i)

    def is_row(group: int) -> bool:
        return group in rows and _stacked_row([lines[i] for i in rows[group]], resolver) is not None

    for group, at in rows.items():
        last = lines[at[-1]].strip(" :")
        if len(at) < 3 or not CAPOFILA_CELL.fullmatch(last):
            continue
        code = _stacked_row([lines[i] for i in at[:-1]], resolver)
        if not code or not (is_row(group - 1) or is_row(group + 1)):
            continue
        first = group
        while is_row(first - 1):
            first -= 1
        above = " ".join(lines[i] for g in (first - 2, first - 1) for i in rows.get(g, []))
        if not PROJECT.search(above):
            return code, " / ".join(lines[i] for i in at)[:300]
    return None, ""


def titled(lines: list[str], levels: list[int], resolver: NameResolver) -> tuple[str | None, str]:
    """The comune on the line just above a line holding only the capofila role. The role line is text (a chip, a
    letterhead's second line), not a heading: a heading "Ente capofila" introduces what follows it."""
    for i in range(1, len(lines)):
        if not (_ROLE_LINE.match(lines[i]) and levels[i] in (0, 7)) or PROJECT.search(lines[i]):
            continue  # "Comune di X" / "Capofila del progetto ...": a project's lead
        if _UNDECIDED.search(lines[i]):
            continue  # "Comune di X" / "Capofila: da definire"
        m = _TITLE_LINE.match(lines[i - 1].strip())
        # a card titled by the comune's bare name ("Rho" as an <h3>) or "Comune di Rho"
        name = m.group("name") if m else lines[i - 1].strip() if 0 < levels[i - 1] < 7 else None
        res = resolver.resolve(name, fuzzy=False) if name else None
        if res and res.method != "fuzzy":
            return res.istat, f"{lines[i - 1]} / {lines[i]}"[:300]
    return _held_below(lines, resolver)


def column(lines: list[str], resolver: NameResolver) -> tuple[str | None, str]:
    """A one-row table whose header cell reads "Ente capofila": the comune in that cell of its only row; of a table
    of the capofila through time, the row of the period still open."""
    for i in range(len(lines) - 1):
        head, row = lines[i].split(" | "), lines[i + 1].split(" | ")
        after = lines[i + 2].split(" | ") if i + 2 < len(lines) else []
        capofila = [n for n, cell in enumerate(head) if CAPOFILA_CELL.fullmatch(cell.replace("_", " ").strip(" :"))]
        if len(head) < 2 or len(row) != len(head) or not capofila:
            continue  # (most rows: no header, and the rows below are not read)
        if len(after) == len(head):  # a table of several rows names several comuni: which is this ambito's is the
            row = current_row(lines[i + 1 :], len(head))  # rows' business, unless they are one role's periods
            if row is None:
                continue
        for n in capofila:  # an open-data field too: "comune_capofila"
            res = resolver.resolve(_TOWN_OF.sub("", row[n].strip()), fuzzy=False)
            if res and res.method != "fuzzy":
                return res.istat, f"{lines[i]} / {' | '.join(row)}"[:300]
    return None, ""


_TOWN_OF = re.compile(r"^(?:comune|città)\s+di\s+", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a period closed by a short year ("2003-08", "2009/11")
_SHORT_END = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:[-–/]|al)\s*\d\d(?!\d)", re.I)
# a period's cell: years and the words of a period only ("dal 2021 (attuale)", "2003 - 2008", "2018 - in corso"), not
# a note that names a year ("rinnovato nel 2024")
_PERIOD_WORDS = re.compile(
    r"(?:[\s().,:/–-]|\b(?:dal|dall['’]|al|fino|sino|ad?|in|oggi|corso|attuale|carica|tuttora|ancora|tutt['’]oggi)\b)*",
    re.I,
)


# a day and month before a period's year ("01/01/2015", "31.12.2014", "1° gennaio 2015"): the period is the year's
_DAY_MONTH = re.compile(
    r"(?<!\d)\d{1,2}[°º]?(?:\s*[./-]\s*\d{1,2}\s*[./-]\s*|\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|"
    r"agosto|settembre|ottobre|novembre|dicembre)\s+)(?=(?:19|20)\d\d(?!\d))",
    re.I,
)
# a period given by its end only ("fino al 2014", "sino al 31/12/2014"): closed
_UNTIL = re.compile(r"^[\s(]*(?:fino|sino)\s+al?\b", re.I)


def row_period(cells: list[str]) -> str | None:
    """A table row's period, in one cell or two ("2002-2011", "dal 2021 (attuale)", "2003 | 2008", "2015 | –", "dal
    01/01/2015", "fino al 2014"): "closed" with its last year, "open" with none, None if the row has no period."""
    years: list[str] = []
    for cell in (_DAY_MONTH.sub("", c) for c in cells):
        found = _YEAR.findall(cell)
        if found and _PERIOD_WORDS.fullmatch(_YEAR.sub("", cell)):
            years += found
            if _SHORT_END.search(cell) or _UNTIL.match(cell):
                return "closed"
    return "closed" if len(years) >= 2 else "open" if years else None


def current_row(rows: list[str], width: int) -> list[str] | None:
    """Of a table's rows, each with a period ("2003-2008 | Comune di Garbagnate Milanese", "dal 2015 ad oggi |
    Comune di Bollate", "Desio | 2015 | –"), the one row whose period is still open, when every other row's is
    closed."""
    cells = list(itertools.takewhile(lambda c: len(c) == width, (r.split(" | ") for r in rows)))  # this table's
    periods = [row_period(c) for c in cells]
    open_rows = [c for c, period in zip(cells, periods, strict=True) if period == "open"]
    closed = periods.count("closed")
    return open_rows[0] if len(open_rows) == 1 and closed == len(cells) - 1 >= 1 else None


# a comune's own page speaking of itself: "Ufficio di Piano dell'Ambito (il Comune è ente capofila)", "il nostro Comune
# è capofila dell'Ambito" on a page whose <title> ends with the site's name, "Organigramma | Comune di X"
_ITSELF = re.compile(
    r"\b(?:il\s+nostro|questo|il)\s+comune\s+(?:è|e'|é)\s+(?:anche\s+)?(?:l['’]\s*|il\s+)?(?:ente\s+)?capofila\b"
    r"(?P<after>.{0,100})",
    re.I,
)
_SITE_COMUNE = re.compile(r"\s[-–|]\s*(?:comune|città)\s+di\s+(?P<name>[^-–|]{2,60}?)\s*$", re.I)


def of_the_site(sentences: list[str], head_title: str, resolver: NameResolver) -> tuple[str | None, str]:
    """The site's comune, when a sentence says that "the Comune" is the capofila without naming it; not when the role
    is a project's or another body's ("il Comune è capofila del progetto", "... del Distretto del Commercio")."""
    site = _SITE_COMUNE.search(head_title)
    res = resolver.resolve(site.group("name"), fuzzy=False) if site else None
    if not res or res.method == "fuzzy":
        return None, ""
    for sentence in sentences:
        m = _ITSELF.search(sentence)
        if not m or _OF_ANOTHER_BODY.match(m.group("after")) or HYPOTHETICAL.search(sentence):
            continue
        if not (PROJECT.search(sentence) and not AMBITO_WORDS.search(sentence)):
            return res.istat, f"{sentence[:240]} ({head_title[-60:]})"
    return None, ""
