# ruff: noqa: E501 - HTML templates: long literal lines read better whole
"""The scale web: Italy's 7,896 comuni in ~600 synthetic ambiti, served on 127.0.0.1, for speed only.

Nothing here is true: the groupings, phones, people and plans are invented (seeded, deterministic).
The pages copy the markup of the demo web's four families (crawler/demo/README.md):

    (a) Designers Italia page of the Ufficio di Piano: members list, contact card, "Pagina aggiornata il"
    (b) old table-layout CMS pages with one contact block per comune ("Comune di X / Indirizzo / Tel ...")
    (c) a local news article naming the comuni in prose
    (d) a Piano di Zona page with periods, approval dates and extensions

and each page is padded to ~100 KB with the navigation, footer, inline CSS/JS and icons of a real
municipal page: ~230 links, of which only a few are worth a request.

Layout of one site (one per ambito, all on one host):

    /s/<site>/                               home (seed)            (a) chrome
    /s/<site>/ufficio-di-piano.html          (a)
    /s/<site>/piano-di-zona.html             (d)
    /s/<site>/comuni-aderenti.html           (b) all member blocks
    /s/<site>/servizi-sociali/<comune>.html  (b) one per member comune
    /s/<site>/contatti.html                  generic contacts (a "relevant by keyword" page with few facts)
    /s/<site>/<section>/<item>.html          the ~200 menu pages: one shared filler body per site
    /notizie/YYYY/MM/<site>-piano-di-zona.html   (c)
    /  /notizie/  /robots.txt                index pages, robots
    /sitemap.xml                             sitemap index: /s/<site>/sitemap.xml and /notizie/sitemap.xml,
                                             which list every page with its lastmod, as CMS sitemaps do

`ScaleWeb.generate()` writes version 0 and N weekly versions (a few % of pages change each week: a
phone, a member moving to the next ambito, a new plan) to a directory; `ScaleServer` serves one
version with ETag / Last-Modified / 304 and counts requests, bodies and bytes. The weeks are
simulated (2025), but a crawler compares sitemap dates with its own clock: the sitemaps date a page
changed in week N >= 1 at the moment the server started serving week N.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import socket
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler.demo.server import DemoStats
from crawler.reference.comuni import ITALIA_CSV
from crawler.scoring import link_score

SEED = 20250106
WEEK0 = date(2025, 1, 6)
LOOPBACK = "127.0.0.1"
PAGE_TARGET = 100_000  # bytes per page, roughly

# --------------------------------------------------------------------------------------------
# safety


class NotLoopback(ValueError):
    """The benchmark only ever talks to 127.0.0.1."""


def require_loopback(url_or_host: str) -> None:
    """Refuse anything but 127.0.0.1 (a URL or a bare host)."""
    host = urlsplit(url_or_host).hostname if "://" in url_or_host else url_or_host
    if host != LOOPBACK:
        raise NotLoopback(f"the benchmark talks to {LOOPBACK} only, not {host!r} ({url_or_host})")


# --------------------------------------------------------------------------------------------
# the world: comuni, ambiti, their contacts and plans, and how they change week by week


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    out = "".join(ch if ch.isalnum() else "-" for ch in text)
    return "-".join(p for p in out.split("-") if p)


GIVEN = ["Stefania", "Paola", "Federica", "Davide", "Luca", "Elena", "Marco", "Giulia", "Andrea", "Chiara",
         "Francesca", "Alessandro", "Silvia", "Roberto", "Valentina", "Matteo", "Laura", "Giorgio", "Sara",
         "Simone", "Monica", "Claudio", "Anna", "Paolo", "Martina", "Fabio", "Cristina", "Stefano"]
FAMILY = ["Perego", "Gervasoni", "Crespi", "Fumagalli", "Bernasconi", "Pirovano", "Colombo", "Brambilla",
          "Sala", "Galli", "Cattaneo", "Riva", "Longoni", "Ferrari", "Rossi", "Bianchi", "Villa", "Mauri",
          "Ronchi", "Oldani", "Tagliabue", "Sormani", "Frigerio", "Molteni", "Zanetti", "Invernizzi"]
STREETS = ["Via Roma", "Piazza della Repubblica", "Via Garibaldi", "Via Mazzini", "Piazza Libertà",
           "Via Vittorio Emanuele II", "Via Cavour", "Piazza del Municipio", "Via IV Novembre", "Via Dante"]
ATS_BY_PROVINCE = {
    "VA": "ATS Insubria", "CO": "ATS Insubria", "MI": "ATS della Città Metropolitana di Milano",
    "LO": "ATS della Città Metropolitana di Milano", "MB": "ATS Brianza", "LC": "ATS Brianza",
    "BG": "ATS di Bergamo", "BS": "ATS di Brescia", "CR": "ATS della Val Padana", "MN": "ATS della Val Padana",
    "PV": "ATS di Pavia", "SO": "ATS della Montagna",
}
ASST_BY_PROVINCE = {
    "VA": "ASST Sette Laghi", "CO": "ASST Lariana", "MI": "ASST Rhodense", "LO": "ASST di Lodi",
    "MB": "ASST Brianza", "LC": "ASST di Lecco", "BG": "ASST Bergamo Est", "BS": "ASST del Garda",
    "CR": "ASST di Cremona", "MN": "ASST di Mantova", "PV": "ASST di Pavia",
    "SO": "ASST della Valtellina e dell'Alto Lario",
}


@dataclass
class Town:
    istat: str
    name: str
    province: str
    region: str
    street: str
    cap: str
    phone: str  # as written on pages, e.g. "0332 456311"
    fax: str | None
    email: str
    website: str

    @property
    def slug(self) -> str:
        return slugify(self.name)


@dataclass
class Plan:
    start: int
    end: int
    approved: date | None
    extended: date | None = None


@dataclass
class Ambito:
    idx: int
    site: str  # path segment of its site
    name: str  # "Ambito territoriale di <capofila>"
    region: str
    province: str
    members: list[str]  # ISTAT codes, page order, capofila first
    capofila: str
    street: str
    cap: str
    phone: str
    email: str
    pec: str
    responsible: str
    plans: list[Plan]
    news_day: date
    ats: str | None = None
    asst: str | None = None


@dataclass(frozen=True)
class Page:
    path: str
    kind: str  # home udp pdz blocks town contatti news filler portal newsindex
    ambito: int = -1
    istat: str = ""


def _phone(rng: random.Random, area: str) -> str:
    return f"0{area} {rng.randint(100000, 999999)}"


class World:
    """Comuni grouped into ambiti (consecutive comuni of a province, 5-21 each), seeded."""

    def __init__(self, seed: int = SEED, region: str | None = None) -> None:
        self.seed = seed
        rng = random.Random(seed)
        with ITALIA_CSV.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        areas: dict[str, str] = {}
        self.towns: dict[str, Town] = {}
        by_province: dict[str, list[str]] = {}
        for r in rows:
            area = areas.setdefault(r["province"], str(rng.randint(30, 99)) + str(rng.randint(1, 9)))
            slug = slugify(r["name"])
            dom = f"comune.{slug}.{r['province'].lower()}.it"
            self.towns[r["istat"]] = Town(
                r["istat"], r["name"], r["province"], r["region"],
                f"{rng.choice(STREETS)}, {rng.randint(1, 40)}", f"{rng.randint(10, 98)}0{rng.randint(10, 99)}",
                _phone(rng, area), _phone(rng, area) if rng.random() < 0.6 else None,
                f"protocollo@{dom}", f"https://www.{dom}/",
            )
            by_province.setdefault(r["province"], []).append(r["istat"])
        self.area = areas
        groups: list[list[str]] = []
        for codes in by_province.values():
            chunks: list[list[str]] = []
            i = 0
            while i < len(codes):
                size = rng.randint(5, 21)
                chunks.append(codes[i : i + size])
                i += size
            if len(chunks) > 1 and len(chunks[-1]) < 5:
                chunks[-2].extend(chunks.pop())
            groups += chunks
        # Lombardy first: the extractor resolves Lombard comuni, so small webs are all Lombard
        groups.sort(key=lambda g: (self.towns[g[0]].region != "Lombardia", g[0]))
        if region:
            groups = [g for g in groups if self.towns[g[0]].region == region]
        self.ambiti: list[Ambito] = []
        used_sites: set[str] = set()
        for idx, codes in enumerate(groups):
            capofila = codes[rng.randrange(min(3, len(codes)))]
            members = [capofila] + [c for c in codes if c != capofila]
            t = self.towns[capofila]
            site = f"{idx:04d}-{t.slug}"[:60]
            if site in used_sites or link_score(f"http://x/s/{site}/amministrazione/giunta.html") > 0:
                site = f"{idx:04d}"
            used_sites.add(site)
            plans = [Plan(2018, 2020, date(2018, rng.randint(1, 12), rng.randint(1, 28)))]
            plans.append(Plan(2021, 2023, date(rng.choice((2021, 2022)), rng.randint(1, 12), rng.randint(1, 28)),
                              date(2024, 12, 31) if rng.random() < 0.7 else None))
            if rng.random() < 0.5:
                plans.append(Plan(2025, 2027, date(2025, 1, rng.randint(1, 5))))
            dom = f"comune.{t.slug}.{t.province.lower()}.it"
            lomb = t.region == "Lombardia"
            self.ambiti.append(Ambito(
                idx, site, f"Ambito territoriale di {t.name}", t.region, t.province, members, capofila,
                t.street, t.cap, _phone(rng, areas[t.province]), f"ufficiodipiano@{dom}",
                f"ambito.{t.slug}@pec.{dom}", f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}", plans,
                date(rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                ATS_BY_PROVINCE.get(t.province) if lomb else None,
                ASST_BY_PROVINCE.get(t.province) if lomb else None,
            ))
        self.week = 0
        self.updated: dict[str, date] = {}  # path -> "Pagina aggiornata il" date
        self.home_of: dict[str, int] = {c: a.idx for a in self.ambiti for c in a.members}

    # pages ----------------------------------------------------------------------------------
    def today(self) -> date:
        return WEEK0 + timedelta(days=7 * self.week)

    @staticmethod
    def site_pages(a: Ambito, towns: dict[str, Town]) -> list[Page]:
        base = f"/s/{a.site}/"
        out = [Page(base, "home", a.idx), Page(base + "ufficio-di-piano.html", "udp", a.idx),
               Page(base + "piano-di-zona.html", "pdz", a.idx), Page(base + "comuni-aderenti.html", "blocks", a.idx),
               Page(base + "contatti.html", "contatti", a.idx)]
        out += [Page(f"{base}servizi-sociali/{towns[c].slug}.html", "town", a.idx, c) for c in a.members]
        out.append(Page(news_path(a), "news", a.idx))
        return out

    def pages(self, ambiti: list[Ambito] | None = None) -> list[Page]:
        """The pages a full crawl should archive (200s), site by site."""
        out = []
        for a in ambiti if ambiti is not None else self.ambiti:
            out += self.site_pages(a, self.towns)
        return out

    def subset_for(self, pages: int) -> list[Ambito]:
        """The first ambiti whose sites hold at least `pages` pages."""
        out, n = [], 0
        for a in self.ambiti:
            if n >= pages:
                break
            out.append(a)
            n += 6 + len(a.members)
        return out

    # weekly change --------------------------------------------------------------------------
    def evolve(self, ambiti: list[Ambito] | None = None) -> set[str]:
        """One week: ~2 % of comuni change a phone, ~1 % of ambiti their office phone or a plan,
        ~0.5 % lose a member to the next ambito of the province. Returns the paths that changed
        (including paths that appear or disappear)."""
        self.week += 1
        rng = random.Random(f"{self.seed}/week/{self.week}")
        scope = ambiti if ambiti is not None else self.ambiti
        in_scope = {a.idx for a in scope}
        today = self.today()
        dirty: set[str] = set()

        def touch(a: Ambito, *kinds: str, istat: str = "") -> None:
            for p in self.site_pages(a, self.towns):
                if p.kind in kinds and (p.kind != "town" or p.istat == istat):
                    dirty.add(p.path)
                    self.updated[p.path] = today

        for a in scope:
            for c in a.members:
                if rng.random() < 0.02:
                    t = self.towns[c]
                    t.phone = _phone(rng, self.area[t.province])
                    touch(a, "blocks", "town", istat=c)
            r = rng.random()
            if r < 0.01:
                a.phone = _phone(rng, self.area[a.province])
                touch(a, "udp", "pdz", "blocks", "contatti")
            elif r < 0.02:
                last = a.plans[-1]
                if last.end == 2023:
                    a.plans.append(Plan(2025, 2027, today))
                else:
                    last.extended = date(last.end + 1, 12, 31)
                touch(a, "pdz")
            elif r < 0.025 and len(a.members) > 5:
                nxt = next((b for b in scope if b.idx == a.idx + 1 and b.province == a.province), None)
                if nxt is not None and nxt.idx in in_scope:
                    moved = a.members[-1]
                    old = [p.path for p in self.site_pages(a, self.towns) if p.istat == moved]
                    a.members.remove(moved)
                    nxt.members.append(moved)
                    self.home_of[moved] = nxt.idx
                    dirty.update(old)
                    touch(a, "udp", "pdz", "blocks")
                    touch(nxt, "udp", "pdz", "blocks", "town", istat=moved)
        return dirty


def news_path(a: Ambito) -> str:
    return f"/notizie/{a.news_day.year}/{a.news_day.month:02d}/{a.site}-piano-di-zona.html"


# --------------------------------------------------------------------------------------------
# rendering


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def it_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]

# The menu of a Designers Italia municipal site: none of these words is a keyword of crawler/scoring.py.
MENU: dict[str, list[str]] = {
    "amministrazione": ["Organi di governo", "Aree amministrative", "Enti e fondazioni", "Politici",
                        "Personale amministrativo", "Documenti e dati", "Giunta comunale", "Consiglio comunale",
                        "Sindaco", "Segretario generale", "Commissioni consiliari", "Statuto", "Regolamenti",
                        "Bilanci", "Bandi di concorso", "Albo pretorio", "Atti di notifica", "Ordinanze",
                        "Delibere di giunta", "Delibere di consiglio", "Determine", "Decreti del sindaco",
                        "Elezioni", "Gemellaggi", "Patrocini", "Nucleo di valutazione", "Revisori dei conti",
                        "Partecipate", "Trasparenza", "Anticorruzione"],
    "novita": ["Notizie", "Comunicati stampa", "Avvisi", "Eventi", "Rassegna stampa", "Newsletter",
               "Archivio notizie", "Lavori pubblici in corso", "Viabilità", "Cantieri", "Allerte meteo",
               "Protezione civile informa", "Scadenze", "Iniziative", "Concorsi fotografici", "Mostre",
               "Premiazioni", "Incontri pubblici", "Consigli comunali in diretta", "Video"],
    "servizi": ["Anagrafe e stato civile", "Cultura e tempo libero", "Vita lavorativa", "Imprese e commercio",
                "Appalti pubblici", "Catasto e urbanistica", "Turismo", "Mobilità e trasporti",
                "Educazione e formazione", "Giustizia e sicurezza pubblica", "Tributi e finanze",
                "Ambiente", "Salute e benessere", "Autorizzazioni", "Agricoltura e pesca",
                "Carta d'identità elettronica", "Cambio di residenza", "Certificati anagrafici", "Pagamento TARI",
                "Pagamento IMU", "Iscrizione asilo nido", "Mensa scolastica", "Trasporto scolastico",
                "Permesso di costruire", "SCIA edilizia", "Passo carrabile", "Occupazione suolo pubblico",
                "Pubblicità e affissioni", "Lampade votive", "Concessioni cimiteriali", "Accesso agli atti",
                "Segnalazioni", "Prenotazione appuntamenti", "Sportello telematico", "Pagamenti pagoPA",
                "Raccolta rifiuti", "Isola ecologica", "Verde pubblico", "Contrassegno disabili",
                "Matrimoni civili", "Unioni civili", "Separazioni", "Cittadinanza", "Leva militare",
                "Giudici popolari", "Albo scrutatori", "Albo presidenti di seggio", "Tessera elettorale"],
    "vivere-il-comune": ["Luoghi", "Eventi in programma", "Biblioteca", "Musei", "Impianti sportivi",
                         "Parchi e giardini", "Mercati", "Farmacie", "Scuole", "Parrocchie", "Storia",
                         "Monumenti", "Itinerari", "Associazioni sportive", "Associazioni culturali",
                         "Pro loco", "Teatro", "Cinema", "Sagre e feste", "Mappa del territorio",
                         "Numeri utili", "Come arrivare", "Ospitalità", "Ristorazione"],
    "argomenti": ["Acqua", "Animali", "Bilancio", "Casa", "Commercio", "Comunicazione", "Cultura", "Energia",
                  "Giovani", "Imposte", "Istruzione", "Lavoro", "Mobilità sostenibile", "Patrimonio",
                  "Sport", "Tempo libero", "Urbanistica", "Viaggi", "Sicurezza", "Digitale",
                  "Innovazione", "Partecipazione", "Pari opportunità", "Volontariato", "Anziani",
                  "Famiglia", "Infanzia", "Disabilità", "Sanità", "Rifiuti"],
}
FOOTER = ["Amministrazione trasparente", "Informativa privacy", "Note legali", "Dichiarazione di accessibilità",
          "Obiettivi di accessibilità", "Piano di miglioramento del sito", "Mappa del sito", "Media policy",
          "Cookie policy", "Credits", "Leggi le FAQ", "Prenotazione appuntamento", "Segnalazione disservizio",
          "Richiesta di assistenza", "Area personale", "Pagamenti", "Accesso con SPID", "Dati personali",
          "Statistiche del sito", "Feedback"]
EXTERNAL = [("Regione Lombardia", "https://www.regione.lombardia.it/"), ("pagoPA", "https://www.pagopa.gov.it/"),
            ("SPID", "https://www.spid.gov.it/"), ("Facebook", "https://www.facebook.com/"),
            ("Instagram", "https://www.instagram.com/"), ("YouTube", "https://www.youtube.com/"),
            ("Telegram", "https://t.me/"), ("WhatsApp", "https://www.whatsapp.com/"),
            ("Designers Italia", "https://designers.italia.it/"), ("AgID", "https://www.agid.gov.it/"),
            ("Normattiva", "https://www.normattiva.it/"), ("Gazzetta Ufficiale", "https://www.gazzettaufficiale.it/"),
            ("INPS", "https://www.inps.it/"), ("Agenzia delle Entrate", "https://www.agenziaentrate.gov.it/"),
            ("Prefettura", "https://www.prefettura.it/"), ("Camera di Commercio", "https://www.camcom.it/"),
            ("Parco regionale", "https://www.parks.it/"), ("Meteo", "https://www.arpalombardia.it/"),
            ("Trenord", "https://www.trenord.it/"), ("Portale Italia.it", "https://www.italia.it/"),
            ("IO app", "https://io.italia.it/"), ("ANPR", "https://www.anagrafenazionale.interno.it/"),
            ("Carta d'identità", "https://www.cartaidentita.interno.it/"),
            ("Consip", "https://www.consip.it/"), ("MePA", "https://www.acquistinretepa.it/")]
NAV_PATHS: frozenset[str] = frozenset(f"{sec}/{slugify(item)}.html" for sec, items in MENU.items() for item in items) | \
    frozenset(f"info/{slugify(item)}.html" for item in FOOTER)

ICON = '<svg class="icon icon-sm icon-white" aria-hidden="true"><use href="/bootstrap-italia/svg/sprites.svg#it-{0}"></use></svg>'
CSS_RULES = [f".it-{name}-{n}{{margin:{n}px {n // 2}px;padding:.{n}rem;color:#{(n * 7919) % 0xFFFFFF:06x}}}"
             for name in ("header", "nav", "card", "footer", "list", "btn", "hero", "grid") for n in range(1, 76)]
STYLE = "<style>" + "".join(CSS_RULES) + "</style>"
SCRIPT = ("<script>window.__PUBLIC_PATH__='/bootstrap-italia/';var cookieBar={labels:{"
          + ",".join(f"k{n}:'Testo informativo sui cookie tecnici e analitici numero {n} del sito comunale'"
                     for n in range(60)) + "}};</script>")
ADS = ("<script>var adSlots=[" + ",".join(f"{{id:'slot-{n}',sizes:[[300,250],[728,90]],targeting:{{sezione:'cronaca',"
                                        f"pos:{n},keywords:['lombardia','territorio','comuni']}}}}" for n in range(380))
       + "];</script>")


def _menu_items(site: str) -> list[tuple[str, str]]:
    out = []
    for sec, items in MENU.items():
        out += [(f"/s/{site}/{sec}/{slugify(i)}.html", i) for i in items]
    return out


class Renderer:
    """HTML of every page kind; the chrome of a site is rendered once and reused."""

    def __init__(self, world: World) -> None:
        self.w = world
        self._chrome: dict[tuple[str, str], tuple[str, str]] = {}

    # chrome ---------------------------------------------------------------------------------
    def chrome_a(self, a: Ambito) -> tuple[str, str]:
        """Bootstrap Italia header (mega menu) and footer of the capofila's site."""
        key = ("a", a.site)
        if key in self._chrome:
            return self._chrome[key]
        t = self.w.towns[a.capofila]
        base = f"/s/{a.site}/"
        mega = []
        for sec, items in MENU.items():
            lis = "".join(
                f'<li><a class="list-item" href="{base}{sec}/{slugify(i)}.html" data-element="{sec}-item">'
                f'{ICON.format("arrow-right")}<span>{esc(i)}</span></a></li>' for i in items
            )
            mega.append(f'<li class="nav-item dropdown megamenu"><a class="nav-link dropdown-toggle" href="{base}{sec}/'
                        f'{slugify(items[0])}.html" data-bs-toggle="dropdown"><span>{sec.replace("-", " ").title()}</span>'
                        f'</a><div class="dropdown-menu"><div class="row"><div class="col-12"><ul class="link-list">'
                        f'{lis}</ul></div></div></div></li>')
        relevant = (f'<li class="nav-item"><a class="nav-link" href="{base}ufficio-di-piano.html"><span>Ufficio di Piano'
                    f'</span></a></li><li class="nav-item"><a class="nav-link" href="{base}piano-di-zona.html"><span>'
                    f'Piano di Zona</span></a></li>')
        social = "".join(f'<li class="list-inline-item"><a href="{u}" target="_blank" aria-label="{n}">'
                         f'{ICON.format(slugify(n))}</a></li>' for n, u in EXTERNAL[3:8])
        header = (
            f'<div class="cookiebar" role="dialog"><p>Questo sito utilizza cookie tecnici.</p></div>{SCRIPT}'
            f'<div class="skiplink"><a class="visually-hidden-focusable" href="#main-container">Vai ai contenuti</a>'
            f'<a class="visually-hidden-focusable" href="#footer">Vai al footer</a></div>'
            f'<header class="it-header-wrapper" data-bs-target="#header-nav-wrapper"><div class="it-header-slim-wrapper">'
            f'<div class="container"><a class="navbar-brand" href="https://www.regione.lombardia.it/">Regione</a>'
            f'<div class="it-header-slim-right-zone"><a class="btn btn-primary" href="{base}info/area-personale.html">'
            f'<span>Accedi all\'area personale</span></a></div></div></div><div class="it-nav-wrapper">'
            f'<div class="it-header-center-wrapper"><div class="container"><div class="it-brand-wrapper">'
            f'<a href="{base}">{ICON.format("pa")}<div class="it-brand-text"><div class="it-brand-title">'
            f'Comune di {esc(t.name)}</div></div></a></div><div class="it-right-zone"><ul class="list-inline">{social}'
            f'</ul></div></div></div><div class="it-header-navbar-wrapper" id="header-nav-wrapper"><div class="container">'
            f'<nav class="navbar navbar-expand-lg has-megamenu" aria-label="Menu principale"><ul class="navbar-nav"'
            f' data-element="main-navigation">{"".join(mega)}{relevant}</ul></nav></div></div></div></header>'
        )
        foot_links = "".join(f'<li><a href="{base}info/{slugify(n)}.html">{esc(n)}</a></li>' for n in FOOTER)
        ext = "".join(f'<li><a href="{u}" target="_blank" rel="noopener">{ICON.format("external-link")}{esc(n)}</a></li>'
                      for n, u in EXTERNAL)
        footer = (
            f'<footer class="it-footer" id="footer"><div class="it-footer-main"><div class="container"><div class="row">'
            f'<div class="col-md-4 footer-items-wrapper"><h3 class="footer-heading-title">Comune di {esc(t.name)}</h3>'
            f'<p class="footer-info">{esc(t.street)} - {t.cap} {esc(t.name)} ({t.province})<br>Centralino: {t.phone}<br>'
            f'Codice fiscale 00{t.istat}0000</p></div><div class="col-md-4"><ul class="footer-list">{foot_links}</ul>'
            f'</div><div class="col-md-4"><h3 class="footer-heading-title">Link utili</h3><ul class="footer-list">'
            f'{ext}</ul></div></div></div></div><div class="it-footer-small-prints"><div class="container">'
            f'<p>Comune di {esc(t.name)} - tutti i diritti riservati</p></div></div></footer>'
        )
        self._chrome[key] = (header, footer)
        return header, footer

    def page_a(self, a: Ambito, title: str, body: str, crumb: str) -> str:
        header, footer = self.chrome_a(a)
        t = self.w.towns[a.capofila]
        topics = "".join(f'<li><a class="chip chip-simple" href="/s/{a.site}/argomenti/{slugify(i)}.html">'
                         f'<span class="chip-label">{esc(i)}</span></a></li>' for i in MENU["argomenti"][:12])
        return (
            f'<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(title)} | Comune di {esc(t.name)}</title>'
            f'{STYLE}</head><body>{header}<main><div class="container" id="main-container"><div class="row">'
            f'<div class="col-12 col-lg-10"><div class="cmp-breadcrumbs" role="navigation"><nav class="breadcrumb-container"'
            f' aria-label="breadcrumb"><ol class="breadcrumb p-0" data-element="breadcrumb"><li class="breadcrumb-item">'
            f'<a href="/s/{a.site}/">Home</a><span class="separator">/</span></li><li class="breadcrumb-item active"'
            f' aria-current="page">{esc(crumb)}</li></ol></nav></div></div></div><div class="row"><div class="col-12 '
            f'col-lg-8 offset-lg-1">{body}</div></div><div class="row"><div class="col-12"><ul class="d-flex '
            f'flex-wrap gap-1 topics">{topics}</ul></div></div></div>'
            f'<div class="bg-primary"><div class="container"><div class="cmp-rating" id="rating"><div class="card" '
            f'data-element="feedback"><h2 class="title-medium-2-semi-bold">Quanto sono chiare le informazioni su questa '
            f'pagina?</h2></div></div></div></div></main>{footer}</body></html>\n'
        )

    def chrome_b(self, a: Ambito) -> tuple[str, str]:
        """An old table-layout CMS: a long left menu of every service, a footer."""
        key = ("b", a.site)
        if key in self._chrome:
            return self._chrome[key]
        base = f"/s/{a.site}/"
        rows = "".join(f'<tr><td class="voce"><img src="/img/freccia.gif" width="7" height="7" alt=""> '
                       f'<a href="{u}" title="{esc(n)} - sezione del sito istituzionale">{esc(n).upper()}</a></td></tr>'
                       for u, n in _menu_items(a.site))
        rows += (f'<tr><td class="voce"><a href="{base}comuni-aderenti.html">COMUNI ADERENTI</a></td></tr>'
                 f'<tr><td class="voce"><a href="{base}ufficio-di-piano.html">UFFICIO DI PIANO</a></td></tr>')
        foot = " - ".join(f'<a href="{base}info/{slugify(n)}.html"><font color="#ffffff">{esc(n.lower())}</font></a>'
                          for n in FOOTER)
        ext = " | ".join(f'<a href="{u}">{esc(n)}</a>' for n, u in EXTERNAL)
        header = (
            '<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">'
            f'<tr><td colspan="2" height="90" bgcolor="#003366"><font color="#ffffff" size="5"><b>&nbsp;Ufficio di Piano'
            f' - {esc(a.name)}</b></font></td></tr><tr><td colspan="2" align="right"><a href="javascript:window.print()">'
            f'stampa</a> | <a href="#cerca">cerca nel sito</a></td></tr><tr><td width="190" valign="top" bgcolor="#f2f2f2">'
            f'<table width="100%" border="0" cellspacing="2" cellpadding="4" class="menu">{rows}</table></td>'
            f'<td width="770" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>'
        )
        footer = (
            f'</td></tr></table></td></tr><tr><td colspan="2" bgcolor="#003366" align="center" class="footer"><font '
            f'color="#ffffff" size="1">{esc(a.name)} - {foot}</font><br><font size="1">{ext}</font></td></tr></table>'
        )
        self._chrome[key] = (header, footer)
        return header, footer

    def page_b(self, a: Ambito, title: str, body: str) -> str:
        header, footer = self.chrome_b(a)
        css = "".join(f"td.voce{n} a {{ color: #{(n * 104729) % 0xFFFFFF:06x}; font-weight: bold; }}\n"
                      for n in range(1000))
        return (
            '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n'
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}'
            f'</title><style type="text/css">body {{ font-family: Verdana, Arial, sans-serif; font-size: 11px; }}\n{css}'
            f'</style>{SCRIPT}</head><body bgcolor="#e8e8e8" topmargin="0" leftmargin="0">{header}{body}{footer}'
            '</body></html>\n'
        )

    def chrome_c(self) -> tuple[str, str]:
        key = ("c", "")
        if key in self._chrome:
            return self._chrome[key]
        sections = "".join(f'<li><a href="/notizie/sezione/{slugify(n)}.html">{esc(n)}</a></li>'
                           for n in MENU["novita"] + MENU["argomenti"])
        archive = "".join(f'<li><a href="/notizie/archivio/{y}-{m:02d}.html">{MONTHS[m - 1]} {y}</a></li>'
                          for y in range(2019, 2025) for m in range(1, 13))
        tags = " ".join(f'<a class="tag" href="/notizie/tag/{slugify(n)}.html">{esc(n)}</a>' for n in MENU["vivere-il-comune"])
        ext = " | ".join(f'<a href="{u}" rel="nofollow">{esc(n)}</a>' for n, u in EXTERNAL)
        header = (f'{SCRIPT}<header class="masthead"><p class="testata"><a href="/notizie/">Cronache del Territorio</a>'
                  f' <small>notizie dai comuni</small></p><nav class="menu-principale" aria-label="Sezioni"><ul>{sections}'
                  f'</ul></nav></header><div class="wrap">')
        footer = (f'<aside class="sidebar"><h2 class="widget-title">Archivio</h2><ul>{archive}</ul>'
                  f'<h2 class="widget-title">Tag</h2><p>{tags}</p></aside></div><footer class="site-footer"><p>Cronache del'
                  f' Territorio - quotidiano online di informazione locale.</p><p>{ext}</p></footer>')
        self._chrome[key] = (header, footer)
        return header, footer

    def page_c(self, title: str, body: str) -> str:
        header, footer = self.chrome_c()
        return (f'<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><title>{esc(title)} - Cronache del '
                f'Territorio</title>{STYLE}{ADS}</head><body class="single-post">{header}<main class="content">{body}</main>'
                f'{footer}</body></html>\n')

    # content --------------------------------------------------------------------------------
    def names(self, codes: list[str]) -> list[str]:
        return [self.w.towns[c].name for c in codes]

    def updated(self, path: str) -> date:
        return self.w.updated.get(path, date(2024, 11, 4))

    def render(self, page: Page) -> bytes:
        fn = getattr(self, f"_{page.kind}")
        return fn(page).encode("utf-8")

    def _home(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        base = f"/s/{a.site}/"
        cards = "".join(
            f'<div class="card card-teaser"><div class="card-body"><h3 class="card-title"><a href="{base}{sec}/'
            f'{slugify(i)}.html">{esc(i)}</a></h3><p class="card-text">Informazioni e modulistica.</p></div></div>'
            for sec, items in list(MENU.items())[:2] for i in items[:6]
        )
        body = (f'<h1 data-element="page-name">Comune di {esc(self.w.towns[a.capofila].name)}</h1>'
                f'<section class="evidenza"><h2>In evidenza</h2>{cards}'
                f'<div class="card"><div class="card-body"><h3><a href="{news_path(a)}">Approvato il nuovo Piano di Zona'
                f'</a></h3></div></div></section><section><h2>Servizi alla persona</h2><ul>'
                f'<li><a href="{base}ufficio-di-piano.html">Ufficio di Piano</a></li>'
                f'<li><a href="{base}piano-di-zona.html">Piano di Zona</a></li>'
                f'<li><a href="{base}comuni-aderenti.html">Comuni aderenti</a></li>'
                f'<li><a href="{base}contatti.html">Contatti</a></li></ul></section>')
        return self.page_a(a, "Home", body, "Home")

    def _udp(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        cap = self.w.towns[a.capofila].name
        others = "".join(f"<li>{esc(n)}</li>" for n in self.names(a.members[1:]))
        health = (f" L'ambito coincide con un distretto di {a.ats} e dell'{a.asst}." if a.ats else "")
        body = (
            f'<div class="cmp-heading"><h1 class="title-xxxlarge" data-element="page-name">Ufficio di Piano</h1>'
            f'<p class="subtitle-small">Programmazione sociale dei Comuni dell\'{esc(a.name)}</p></div>'
            f'<section class="it-page-section" id="competenze"><h2>Competenze</h2><div class="richtext-wrapper">'
            f'<p>Il Comune di {esc(cap)} è <strong>ente capofila</strong> dell\'{esc(a.name)} e ospita l\'Ufficio di '
            f'Piano, la struttura tecnica che prepara gli atti dell\'Assemblea dei Sindaci e gestisce i fondi assegnati '
            f'al territorio.{esc(health)}</p><p>I {len(a.members)} Comuni dell\'ambito sono {esc(cap)} e:</p>'
            f'<ul class="comuni-ambito">{others}</ul><p>L\'Ufficio è coordinato dal responsabile dott. '
            f'{esc(a.responsible)}, che riferisce all\'Assemblea dei Sindaci.</p></div></section>'
            f'<section class="it-page-section" id="contatti"><h2>Contatti</h2><div class="card card-teaser"><div '
            f'class="card-body"><h3 class="card-title h5">Ufficio di Piano</h3><ul class="list-unstyled">'
            f'<li>{esc(a.street)} - {a.cap} {esc(cap)} ({a.province})</li><li>Telefono: {a.phone}</li>'
            f'<li>Email: <a href="mailto:{a.email}">{a.email}</a></li><li>PEC: {a.pec}</li></ul></div></div></section>'
            f'<p class="text-paragraph-small">Pagina aggiornata il {it_date(self.updated(p.path))}</p>'
        )
        return self.page_a(a, "Ufficio di Piano", body, "Ufficio di Piano")

    def _pdz(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        cap = self.w.towns[a.capofila].name
        names = self.names(a.members)
        prose = ", ".join(names[:-1]) + " e " + names[-1]
        plans = []
        for pl in a.plans:
            s = f"Il Piano di Zona {pl.start}-{pl.end} è stato approvato dall'Assemblea dei Sindaci il {it_date(pl.approved)}"
            if pl.extended:
                s += f" e poi prorogato fino al {it_date(pl.extended)}"
            plans.append(f"<p>{esc(s)}.</p>")
        health = f" L'ambito appartiene all'{a.ats} e all'{a.asst}." if a.ats else ""
        body = (
            f'<h1>Piano di Zona - {esc(a.name)}</h1><p>Fanno parte dell\'{esc(a.name)} {len(names)} Comuni: {esc(prose)}.'
            f' Il Comune di {esc(cap)} è capofila.{esc(health)}</p><h2>Programmazione</h2>{"".join(plans)}'
            f'<h2>Contatti</h2><p>Ufficio di Piano - {esc(a.street)} - {a.cap} {esc(cap)} ({a.province})<br>'
            f'Telefono: {a.phone}<br>Email: {a.email}<br>PEC: {a.pec}<br>Responsabile: dott. {esc(a.responsible)}</p>'
            f'<p class="last-update">Ultimo aggiornamento: {it_date(self.updated(p.path))}</p>'
        )
        return self.page_a(a, "Piano di Zona", body, "Piano di Zona")

    def _block(self, t: Town) -> str:
        fax = f"Fax: {t.fax}<br>\n" if t.fax else ""
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="4" class="comune"><tr><td width="60" '
                f'valign="top"><font size="1">[stemma]</font></td><td valign="top"><b>Comune di {esc(t.name)}</b><br>\n'
                f'Indirizzo: {esc(t.street)}<br>\nCap: {t.cap}<br>\nTel: {t.phone}<br>\n{fax}E-mail: {t.email}<br>\n'
                f'Sito: <a href="{t.website}">{t.website}</a></td></tr></table>\n<hr size="1" noshade>\n')

    def _office_table(self, a: Ambito) -> str:
        cap = self.w.towns[a.capofila].name
        return (f'<h2>Ufficio di Piano</h2><table border="1" cellpadding="4" cellspacing="0" width="100%">'
                f'<tr><td width="30%"><b>Sede</b></td><td>{esc(a.street)} - {a.cap} {esc(cap)} ({a.province})</td></tr>'
                f'<tr><td><b>Responsabile</b></td><td>{esc(a.responsible)}</td></tr><tr><td><b>Telefono</b></td>'
                f'<td>{a.phone}</td></tr><tr><td><b>E-mail</b></td><td>{a.email}</td></tr><tr><td><b>PEC</b></td>'
                f'<td>{a.pec}</td></tr></table>')

    def _blocks(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        cap = self.w.towns[a.capofila].name
        blocks = "".join(self._block(self.w.towns[c]) for c in sorted(a.members, key=lambda c: self.w.towns[c].name))
        links = " | ".join(f'<a href="/s/{a.site}/servizi-sociali/{self.w.towns[c].slug}.html">{esc(self.w.towns[c].name)}'
                           f'</a>' for c in a.members)
        body = (f'<div class="briciole">HOME &raquo; AMBITO &raquo; I COMUNI</div><h1>I Comuni dell\'{esc(a.name)}</h1>'
                f'<p>I {len(a.members)} Comuni dell\'{esc(a.name)} gestiscono insieme la programmazione sociale prevista '
                f'dal Piano di Zona. Comune capofila: {esc(cap)}.</p>{blocks}<p>Servizi sociali dei Comuni: {links}</p>'
                f'{self._office_table(a)}<p class="aggiornamento"><font size="1">ultimo aggiornamento in data: '
                f'{it_date(self.updated(p.path))}</font></p>')
        return self.page_b(a, f"I Comuni dell'ambito - {a.name}", body)

    def _town(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        t = self.w.towns[p.istat]
        cap = self.w.towns[a.capofila].name
        body = (f'<div class="briciole">HOME &raquo; SERVIZI SOCIALI &raquo; {esc(t.name.upper())}</div>'
                f'<h1>Servizi sociali del Comune di {esc(t.name)}</h1><p>Il Comune di {esc(t.name)} fa parte dell\''
                f'{esc(a.name)}, con capofila il Comune di {esc(cap)}. Per un primo colloquio rivolgersi all\'assistente '
                f'sociale del Comune.</p>{self._block(t)}<p class="aggiornamento"><font size="1">ultimo aggiornamento '
                f'in data: {it_date(self.updated(p.path))}</font></p>')
        return self.page_b(a, f"Servizi sociali - Comune di {t.name}", body)

    def _contatti(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        t = self.w.towns[a.capofila]
        body = (f'<h1>Contatti</h1><p>Municipio di {esc(t.name)}, {esc(t.street)} - {t.cap} {esc(t.name)} '
                f'({t.province})</p><ul><li>Centralino: {t.phone}</li><li>Email: {t.email}</li>'
                f'<li>Orari: dal lunedì al venerdì 9.00 - 12.30</li></ul>')
        return self.page_a(a, "Contatti", body, "Contatti")

    def _news(self, p: Page) -> str:
        a = self.w.ambiti[p.ambito]
        cap = self.w.towns[a.capofila].name
        names = self.names(a.members)
        prose = ", ".join(names[:-1]) + " e " + names[-1]
        pl = a.plans[1]
        d = a.news_day
        body = (f'<article class="post"><h1 class="entry-title">Welfare, approvato il nuovo piano sociale</h1>'
                f'<p class="byline">di <span class="author">{esc(a.responsible)}</span> · Pubblicato il '
                f'<time class="published">{it_date(d)}</time></p><div class="entry-content"><p>I {len(names)} comuni '
                f'dell\'{esc(a.name)} - {esc(prose)} - hanno approvato il Piano di Zona {pl.start}-{pl.end}. Il Comune di '
                f'{esc(cap)}, capofila dell\'ambito, coordinerà gli interventi attraverso l\'Ufficio di Piano.</p>'
                f'<p>«Un passo avanti per tutto il territorio», ha commentato l\'assessora ai Servizi sociali.</p>'
                f'<div class="box-info"><h2>Informazioni</h2><p>Ufficio di Piano dell\'{esc(a.name)} - {esc(a.street)} - '
                f'{a.cap} {esc(cap)}<br>tel. {a.phone} - {a.email}<br>Responsabile: {esc(a.responsible)}</p></div>'
                f'</div></article>')
        return self.page_c(f"Approvato il piano di zona dell'{a.name}", body)

    def _filler(self, p: Page) -> str:
        if p.ambito < 0:
            return self.page_c("Sezione", "<h1>Sezione</h1><p>Articoli della sezione.</p>" * 3)
        a = self.w.ambiti[p.ambito]
        return self.page_a(a, "Sezione", "<h1>Sezione</h1><p>Pagina informativa del Comune.</p>", "Sezione")

    def portal(self, ambiti: list[Ambito]) -> bytes:
        items = "".join(f'<li><a href="/s/{a.site}/">Comune di {esc(self.w.towns[a.capofila].name)} '
                        f'({a.province})</a></li>' for a in ambiti)
        return (f'<!DOCTYPE html>\n<html lang="it"><head><meta charset="utf-8"><title>Scale web</title></head><body>'
                f'<h1>Siti dei comuni capofila</h1><ul>{items}</ul><p><a href="/notizie/">Notizie</a></p>'
                f'</body></html>\n').encode()

    def news_index(self, ambiti: list[Ambito]) -> bytes:
        items = "".join(f'<li><a href="{news_path(a)}">Approvato il piano di zona dell\'{esc(a.name)}</a></li>'
                        for a in ambiti)
        return self.page_c("Notizie", f"<h1>Ultime notizie</h1><ul class=\"elenco\">{items}</ul>").encode()


# --------------------------------------------------------------------------------------------
# the web on disk, version by version


@dataclass(frozen=True)
class Resource:
    file: Path
    etag: str
    last_modified: str  # HTTP date
    modified: datetime
    content_type: str
    version: int  # the week that last changed it


def _http_date(d: date) -> tuple[str, datetime]:
    dt = datetime(d.year, d.month, d.day, 8, 0, tzinfo=UTC)
    return format_datetime(dt, usegmt=True), dt


@dataclass
class ScaleWeb:
    """A generated scale web in `root`: version 0 and `weeks` weekly versions."""

    root: Path
    pages: int = 5000
    weeks: int = 0
    seed: int = SEED
    world: World = field(init=False)
    ambiti: list[Ambito] = field(init=False)
    tables: list[dict[str, Resource]] = field(default_factory=list, init=False)
    changed: list[set[str]] = field(default_factory=list, init=False)
    fillers: dict[str, str] = field(default_factory=dict, init=False)  # site -> path of its filler page

    def generate(self) -> ScaleWeb:
        self.world = World(self.seed)
        self.ambiti = self.world.subset_for(self.pages)
        render = Renderer(self.world)
        table: dict[str, Resource] = {}
        vdir = self.root / "v000"
        lm = _http_date(WEEK0 - timedelta(days=7))
        for page in self.world.pages(self.ambiti):
            table[page.path] = self._write(vdir, page.path, render.render(page), lm)
        for a in self.ambiti:
            path = f"/s/{a.site}/_filler.html"
            table[path] = self._write(vdir, path, render.render(Page(path, "filler", a.idx)), lm)
            self.fillers[a.site] = path
        table["/notizie/_filler.html"] = self._write(vdir, "/notizie/_filler.html",
                                                     render.render(Page("/notizie/_filler.html", "filler")), lm)
        self.fillers["notizie"] = "/notizie/_filler.html"
        table["/"] = self._write(vdir, "/", render.portal(self.ambiti), lm)
        table["/notizie/"] = self._write(vdir, "/notizie/", render.news_index(self.ambiti), lm)
        self.tables = [table]
        self.changed = [set(table)]
        for week in range(1, self.weeks + 1):
            dirty = self.world.evolve(self.ambiti)
            current = {p.path: p for p in self.world.pages(self.ambiti)}
            table = dict(self.tables[-1])
            vdir = self.root / f"v{week:03d}"
            lm = _http_date(self.world.today())
            changed = set()
            for path in sorted(dirty):
                if path not in current:
                    table.pop(path, None)
                    changed.add(path)
                    continue
                body = render.render(current[path])
                etag = '"' + hashlib.sha256(body).hexdigest() + '"'
                if path in table and table[path].etag == etag:
                    continue
                table[path] = self._write(vdir, path, body, lm)
                changed.add(path)
            self.tables.append(table)
            self.changed.append(changed)
        manifest = {"pages": self.pages, "weeks": self.weeks, "seed": self.seed,
                    "sites": [a.site for a in self.ambiti],
                    "changed": [sorted(c) for c in self.changed[1:]]}
        (self.root / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        return self

    @staticmethod
    def _write(vdir: Path, path: str, body: bytes, lm: tuple[str, datetime]) -> Resource:
        rel = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        file = vdir / rel
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(body)
        etag = '"' + hashlib.sha256(body).hexdigest() + '"'
        return Resource(file, etag, lm[0], lm[1], "text/html; charset=utf-8", int(vdir.name[1:]))

    # what a crawl should see ----------------------------------------------------------------
    def seeds(self, base_url: str) -> list[str]:
        require_loopback(base_url)
        return [f"{base_url}/s/{a.site}/" for a in self.ambiti]

    def page_urls(self, base_url: str, version: int = 0) -> list[str]:
        """Every page a full crawl archives with a 200 (seeds first)."""
        require_loopback(base_url)
        paths = [p for p in self.tables[version] if p.startswith("/s/") and "/_filler" not in p]
        paths += [p for p in self.tables[version] if p.startswith("/notizie/2")]
        homes = [p for p in paths if p.count("/") == 3 and p.endswith("/")]
        rest = sorted(set(paths) - set(homes))
        return [base_url + p for p in homes + rest]

    def total_bytes(self, version: int = 0) -> int:
        return sum(r.file.stat().st_size for r in self.tables[version].values())

    def sitemaps(self, base_url: str, version: int, published: dict[int, datetime]) -> dict[str, bytes]:
        """Path -> body of the sitemap index and of each site's sitemap: every page (menu pages too;
        the crawler scores the URLs), lastmod the day of week 0 or the time week N was `published`."""
        table = self.tables[version]

        def lastmod(path: str) -> str:
            res = self.lookup(path, version)
            assert res is not None, path
            return res.modified.date().isoformat() if res.version == 0 else published[res.version].isoformat()

        def urlset(paths: list[str]) -> bytes:
            rows = "".join(f"<url><loc>{base_url}{p}</loc><lastmod>{lastmod(p)}</lastmod></url>\n" for p in paths)
            return (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{rows}</urlset>\n').encode()

        by_site: dict[str, list[str]] = {a.site: [] for a in self.ambiti}
        for path in table:
            parts = path.split("/", 3)
            if len(parts) == 4 and parts[1] == "s" and parts[2] in by_site and "/_filler" not in path:
                by_site[parts[2]].append(path)
        out = {f"/s/{site}/sitemap.xml": urlset(paths + sorted(f"/s/{site}/{n}" for n in NAV_PATHS))
               for site, paths in by_site.items()}
        out["/notizie/sitemap.xml"] = urlset(["/notizie/"] + sorted(p for p in table if p.startswith("/notizie/2")))
        rows = "".join(f"<sitemap><loc>{base_url}{p}</loc></sitemap>\n" for p in out)
        out["/sitemap.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{rows}'
                               f'</sitemapindex>\n').encode()
        return out

    def robots(self, base_url: str) -> bytes:
        return f"User-agent: *\nDisallow: /privato/\n\nSitemap: {base_url}/sitemap.xml\n".encode()

    def lookup(self, path: str, version: int) -> Resource | None:
        table = self.tables[version]
        res = table.get(path)
        if res is not None or path.endswith("/_filler.html"):
            return res
        parts = path.split("/", 3)  # "", "s", site, rest
        if len(parts) == 4 and parts[1] == "s" and parts[3] in NAV_PATHS and parts[2] in self.fillers:
            return table.get(self.fillers[parts[2]])
        if path.startswith("/notizie/") and path.count("/") == 3 and not path.startswith("/notizie/2"):
            return table.get(self.fillers["notizie"])
        return None


# --------------------------------------------------------------------------------------------
# the server

_NOT_FOUND = b"<!DOCTYPE html><html><body><h1>404 - Pagina non trovata</h1></body></html>\n"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    owner: ScaleServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "AmbitiScale/1.0"
    sys_version = ""
    timeout = 30

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        self._answer(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(False)

    def _answer(self, send_body: bool) -> None:
        owner = self.server.owner
        path = unquote(urlsplit(self.path).path) or "/"
        base = owner.url
        if path == "/robots.txt":
            self._send(200, "text/plain; charset=utf-8", owner.web.robots(base), {}, send_body)
            return
        if path.endswith("/sitemap.xml") and (sitemap := owner.sitemaps().get(path)) is not None:
            self._send(200, "application/xml", sitemap, {}, send_body)
            return
        res = owner.web.lookup(path, owner.version)
        if res is None:
            if not path.endswith("/") and owner.web.lookup(path + "/", owner.version) is not None:
                self._send(301, "text/html; charset=utf-8", b"", {"Location": base + path + "/"}, send_body)
            else:
                self._send(404, "text/html; charset=utf-8", _NOT_FOUND, {}, send_body)
            return
        validators = {"ETag": res.etag, "Last-Modified": res.last_modified, "Cache-Control": "no-cache"}
        if self._not_modified(res):
            owner.stats.record(304, 0)
            self.send_response(304)
            for k, v in validators.items():
                self.send_header(k, v)
            self.end_headers()
            return
        self._send(200, res.content_type, res.file.read_bytes(), validators, send_body)

    def _not_modified(self, res: Resource) -> bool:
        """RFC 9110 order, as crawler/demo/server.py: If-None-Match wins."""
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or any(t.removeprefix("W/") == res.etag for t in tags)
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return res.modified <= since
        return False

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str], send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.server.owner.stats.record(status, len(body) if send_body else 0)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class ScaleServer:
    """Serves one version of a ScaleWeb on 127.0.0.1 (and nothing else) from a daemon thread."""

    def __init__(self, web: ScaleWeb, host: str = LOOPBACK, port: int = 0, version: int = 0) -> None:
        require_loopback(host)
        self.web = web
        self.host = host
        self.port = port
        self.published: dict[int, datetime] = {}  # week -> when this server started serving it
        self.version = version
        self.stats = DemoStats()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._sitemaps: dict[int, dict[str, bytes]] = {}

    @property
    def version(self) -> int:
        """The week served; switching to a week for the first time publishes it now."""
        return self._version

    @version.setter
    def version(self, value: int) -> None:
        self._version = value
        self.published.setdefault(value, datetime.now(UTC))

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def sitemaps(self) -> dict[str, bytes]:
        if self.version not in self._sitemaps:
            self._sitemaps[self.version] = self.web.sitemaps(self.url, self.version, self.published)
        return self._sitemaps[self.version]

    def start(self) -> ScaleServer:
        if self._server is None:
            server = _Server((self.host, self.port), _Handler)
            server.owner = self
            self.port = server.server_address[1]
            self._server = server
            self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> ScaleServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def iter_pages(web: ScaleWeb, version: int = 0) -> Iterator[tuple[str, bytes]]:
    """(path, body) of every stored page of a version, for tests."""
    for path, res in web.tables[version].items():
        yield path, res.file.read_bytes()
