"""Sites of the tenth round, written and measured before the rules changed, one for each reason the
fifth simulated web (`tests/simweb5/`, used for diagnosis from this round on) still missed a page:

- TYPO3's ke_search names its search field `tx_kesearch_pi1[sword]`, an ISWEB portal `keysearch`: no
  known name, so the site's search was never asked and a page only it finds was never reached;
- a documents page of TYPO3 lists its sections and "Vedi tutti", the page of all its files: "Vedi
  tutti" was no word of documents, a generic link two hops from the home page, left to the reserve;
- the sections of Amministrazione trasparente that list records with attachments, *Enti controllati >
  Enti pubblici vigilati* and *Sovvenzioni, contributi, sussidi, vantaggi economici*: neither a
  documents page nor a step of a trail, so an ISWEB portal's flat pages (`paginaN_slug.html`, their
  breadcrumb without Amministrazione trasparente) lost the trail there;
- a comunità montana's Joomla 3 site settled by its two pages on the ambito, whose Albo by year files
  the accordo of 2021-2023 under Anno 2023: the reserve gave back the older years in page order, 2019
  first, and the site reached its floor before 2023 (with "Delibere" read, at the floor before any);
- the same kind of site whose Atti lists "Delibere", "Determine" and "Albo": the plural "Delibere" alone
  was no word of documents, a generic link two hops from the home page, and the site's generic pages and
  Albo reached the reserve's floor first;
- a WordPress site whose sitemap lists its records (`/documento-pubblico/...`) at the lowest priority: the
  site settles on its two pages on the ambito while they wait, and the one named "Dato ulteriore n.
  6/2025" on the trail of Amministrazione trasparente > Altri contenuti was a duplicate of a request
  then refused, its attachment never read.
"""

from __future__ import annotations

from .layout import Links, ul
from .sites import AT_SECTIONS, Site, slug

T3_NAV = [("/servizi/", "Servizi"), ("/documenti/", "Documenti"), ("/notizie/", "Notizie")]
T3_NAV += [("/amministrazione-trasparente/", "Amministrazione trasparente")]
ISWEB_AT = "/pagina26_amministrazione-trasparente.html"
ISWEB_NAV = [("/pagina10_il-comune.html", "Il Comune"), ("/pagina14_uffici-e-servizi.html", "Uffici e servizi")]
ISWEB_NAV += [("/pagina18_albo-pretorio.html", "Albo pretorio"), (ISWEB_AT, "Amministrazione trasparente")]
ISWEB_NAV += [("/archivio10_notizie-e-comunicati_0.html", "Notizie e comunicati")]


def typo3_ricerca_cantello() -> Site:
    """TYPO3 with ke_search: the ambito's call for rent contributions is a page no menu links and no
    sitemap lists, found by the site's search (`/cerca/?tx_kesearch_pi1[sword]=ambito`) alone."""
    s = Site("Comune di Cantello", "typo3", T3_NAV, search=("/cerca/", "tx_kesearch_pi1[sword]"))
    s.page("/", "Comune di Cantello", "<p>Benvenuti nel sito istituzionale.</p>")
    s.page(
        "/pagine/contributo-affitto-2025/",
        "Contributo affitto 2025",
        "<p>L'Ambito territoriale di Arcisate, capofila Arcisate, apre il bando per i contributi all'affitto.</p>",
        fact=True,
    )
    return s


def typo3_vedi_tutti_bisuschio() -> Site:
    """TYPO3: Documenti lists its sections and 'Vedi tutti', the page of all its files, where 'Documento
    n. 5 - 2021/2023' (`/fileadmin/user_upload/documenti/2022/565_2021-2023.pdf`) is the accordo."""
    s = Site("Comune di Bisuschio", "typo3", T3_NAV, search=None)
    s.page("/", "Comune di Bisuschio", "<p>Benvenuti nel sito istituzionale.</p>")
    sections = [("Regolamenti", "regolamenti"), ("Modulistica", "modulistica"), ("Vedi tutti", "vedi-tutti")]
    sections += [("Orari degli uffici", "orari-degli-uffici"), ("Piano regolatore cimiteriale", "cimiteri")]
    s.page("/documenti/", "Documenti", ul([(f"/documenti/{p}/", t) for t, p in sections]))
    pdf = "/fileadmin/user_upload/documenti/2022/565_2021-2023.pdf"
    files = [(pdf, "Documento n. 5 - 2021/2023")]
    files += [(f"/documenti/vedi-tutti/{slug(t)}/", t) for t in ("Sale civiche", "Cimiteri comunali", "Tariffe")]
    s.page("/documenti/vedi-tutti/", "Vedi tutti", ul(files))
    s.document(pdf, "Accordo di programma del Piano di Zona 2021-2023, Ambito territoriale di Arcisate", fact=True)
    return s


def _isweb(name: str) -> Site:
    """An ISWEB portal's home page and Amministrazione trasparente, its sections on flat pages."""
    s = Site(name, "isweb", ISWEB_NAV, search=("/index.php", "keysearch"))
    s.page("/", name, "<p>Benvenuti nel portale istituzionale.</p>")
    at = [(f"/pagina{30 + i}_{slug(t)}.html", t) for i, t in enumerate(AT_SECTIONS)]
    s.page(ISWEB_AT, "Amministrazione trasparente", ul(at))
    return s


def isweb_enti_controllati_gorla() -> Site:
    """ISWEB: Amministrazione trasparente > Enti controllati > Enti pubblici vigilati > 'Allegato
    2025-2027' (`/allegati/552/552_2025-2027.pdf`, the azienda that runs the plan); and the Ufficio di
    Piano on a page only the site's search (`index.php?keysearch=`) finds."""
    s = _isweb("Comune di Gorla Minore")
    controllati = f"/pagina36_{slug(AT_SECTIONS[6])}.html"
    vigilati = "/pagina43_enti-pubblici-vigilati.html"
    kinds = [(vigilati, "Enti pubblici vigilati"), ("/pagina44_societa-partecipate.html", "Società partecipate")]
    s.page(controllati, AT_SECTIONS[6], ul(kinds))
    pdf = "/allegati/552/552_2025-2027.pdf"
    s.page(vigilati, "Enti pubblici vigilati", ul([(pdf, "Allegato 2025-2027"), ("/pagina45_ats.html", "ATS")]))
    s.document(pdf, "Azienda consortile: Piano di Zona 2025-2027 dell'Ambito territoriale di Castellanza", fact=True)
    s.page(
        "/pagina554_ufficio-di-piano.html",
        "Ufficio di Piano",
        "<p>L'Ufficio di Piano dell'Ambito territoriale di Castellanza riceve il lunedì.</p>",
        fact=True,
    )
    return s


def isweb_sovvenzioni_marnate() -> Site:
    """ISWEB: Amministrazione trasparente > Sovvenzioni, contributi, sussidi, vantaggi economici >
    'Contributo n. 14/2025' > 'Allegato n. 1' (`/allegati/560/560_2025-2027.pdf`)."""
    s = _isweb("Comune di Marnate")
    sovvenzioni = f"/pagina41_{slug(AT_SECTIONS[11])}.html"
    record = "/pagina553_contributo-n-14-2025.html"
    grants = [(record, "Contributo n. 14/2025"), ("/pagina554_trasporto-scolastico.html", "Trasporto scolastico")]
    s.page(sovvenzioni, AT_SECTIONS[11], ul(grants))
    pdf = "/allegati/560/560_2025-2027.pdf"
    s.page(record, "Contributo n. 14/2025", f"<p>Beneficiario: azienda consortile.</p>{ul([(pdf, 'Allegato n. 1')])}")
    s.document(pdf, "Voucher del Piano di Zona 2025-2027, Ambito territoriale di Castellanza", fact=True)
    return s


def _comunita_montana(name: str, ambito: str, sections: list[str], more: Links) -> Site:
    """A comunità montana's Joomla 3 site (`.html` URLs): Servizi alla persona > Ufficio di Piano and
    Programmazione zonale (two fact pages on `ambito`: the site settles), and Atti listing `sections`."""
    nav = [("/servizi-alla-persona.html", "Servizi alla persona"), ("/atti.html", "Atti"), *more]
    nav += [("/notizie.html", "Notizie"), ("/contatti.html", "Contatti")]
    s = Site(name, "joomla", nav, search=None)
    s.page("/", name, "<p>Ente montano dei comuni della valle.</p>")
    people = "/servizi-alla-persona"
    pages = [(f"{people}/555-ufficio-di-piano.html", "Ufficio di Piano")]
    pages += [(f"{people}/programmazione-zonale.html", "Programmazione zonale")]
    s.page(f"{people}.html", "Servizi alla persona", ul(pages))
    for h, t in pages:
        s.page(h, t, f"<p>{t} dell'{ambito}.</p>", fact=True)
    s.page("/atti.html", "Atti", ul([(f"/atti/{slug(t)}.html", t) for t in sections]))
    return s


def _albo_by_year(s: Site, years: list[int], acts: int, filed: dict[int, Links]) -> None:
    """Atti > Albo > Anno N: `acts` acts a year, and the links `filed` under some years."""
    s.page("/atti/albo.html", "Albo", ul([(f"/atti/albo/anno-{y}.html", f"Anno {y}") for y in years]))
    for y in years:
        items = [(f"/atti/albo/anno-{y}/{n}-determina.html", f"Atto {n} - {y}") for n in range(1, acts + 1)]
        s.page(f"/atti/albo/anno-{y}.html", f"Anno {y}", ul(items + filed.get(y, [])))
        for h, t in items:
            s.page(h, t, "<p>Determina del servizio tecnico.</p>")


def joomla_albo_anno_valle_brembana() -> Site:
    """A comunità montana's Joomla 3 site, settled by its two pages on the ambito: Atti > Delibere (three
    minutes), Determine and Albo > Anno 2019 ... Anno 2025, three acts each, and under Anno 2023 'Atto 44 -
    2021/2023' (`/images/allegati/2023/556_2021-2023.pdf`)."""
    ambito = "Ambito territoriale Valle Brembana, capofila Zogno"
    more = [("/territorio.html", "Territorio")]
    s = _comunita_montana("Comunità Montana Valle Brembana", ambito, ["Albo", "Determine", "Delibere"], more)
    minutes = [(f"/images/allegati/2025/54{n}_verbale.pdf", f"Verbale {n}/2025") for n in (1, 2, 3)]
    s.page("/atti/delibere.html", "Delibere", ul(minutes))
    pdf = "/images/allegati/2023/556_2021-2023.pdf"
    _albo_by_year(s, list(range(2019, 2026)), 3, {2023: [(pdf, "Atto 44 - 2021/2023")]})
    s.document(pdf, "Accordo di programma del Piano di Zona 2021-2023, Ambito Valle Brembana", fact=True)
    return s


def joomla_delibere_valle_imagna() -> Site:
    """A comunità montana's Joomla 3 site, settled by its two pages on the ambito: Atti > Delibere >
    'Verbale 3/2025' (`/images/allegati/2025/556_2025-2027.pdf`, the Assemblea dei Sindaci's minutes),
    beside Determine and an Albo by year."""
    ambito = "Ambito territoriale Valle Imagna e Villa d'Almè, capofila Almè"
    more = [("/territorio.html", "Territorio"), ("/turismo.html", "Turismo"), ("/ambiente.html", "Ambiente")]
    s = _comunita_montana("Comunità Montana Valle Imagna", ambito, ["Delibere", "Determine", "Albo"], more)
    pdf = "/images/allegati/2025/556_2025-2027.pdf"
    minutes = [(f"/images/allegati/2025/55{n}_verbale.pdf", f"Verbale {n}/2025") for n in (1, 2)]
    s.page("/atti/delibere.html", "Delibere", ul([*minutes, (pdf, "Verbale 3/2025")]))
    s.document(pdf, "Verbale dell'Assemblea dei Sindaci, Ambito Valle Imagna e Villa d'Almè, 2025-2027", fact=True)
    _albo_by_year(s, list(range(2022, 2026)), 5, {})
    return s


SLOW = 0.6  # seconds: the records the sitemap lists answer late, and fill the crawl's slots meanwhile


def wordpress_sitemap_record_coccaglio() -> Site:
    """WordPress: the home page links the Ufficio di Piano and the Piano di Zona (two fact pages, the site
    settles) and Amministrazione trasparente > Altri contenuti > 'Dato ulteriore n. 6/2025' > 'Allegato'
    (`/wp-content/uploads/2025/04/560_2025-2027.pdf`); the sitemap lists the record last, after twenty
    other records that answer `SLOW` seconds late."""
    nav = [("/servizi/", "Servizi"), ("/amministrazione-trasparente/", "Amministrazione trasparente")]
    s = Site("Comune di Coccaglio", "wordpress", nav, search=None)
    plan = [("/ufficio-di-piano/", "Ufficio di Piano"), ("/piano-di-zona/", "Piano di Zona")]
    s.page("/", "Comune di Coccaglio", ul(plan))
    for h, t in plan:
        s.page(h, t, f"<p>{t} dell'Ambito territoriale di Chiari, capofila Chiari.</p>", fact=True)
    altri = "/amministrazione-trasparente/altri-contenuti/"
    s.page("/amministrazione-trasparente/", "Amministrazione trasparente", ul([(altri, "Altri contenuti")]))
    record = "/documento-pubblico/dato-ulteriore-n-6-2025/"
    s.page(altri, "Altri contenuti", ul([(record, "Dato ulteriore n. 6/2025")]))
    pdf = "/wp-content/uploads/2025/04/560_2025-2027.pdf"
    s.page(record, "Dato ulteriore n. 6/2025", f"<p>Pubblicato il 3 aprile 2025.</p>{ul([(pdf, 'Allegato')])}")
    s.document(pdf, "Piano di Zona 2025-2027 dell'Ambito territoriale di Chiari: azioni e risorse", fact=True)
    others = [f"/documento-pubblico/{w}/" for w in ("tari", "imu", "nido", "mensa", "trasporto", "cimiteri")]
    others += [f"/documento-pubblico/{w}/" for w in ("sale", "orti", "palestre", "parcheggi", "rifiuti", "acqua")]
    others += [f"/documento-pubblico/{w}/" for w in ("anagrafe", "elezioni", "biblioteca", "museo", "sport")]
    others += [f"/documento-pubblico/{w}/" for w in ("mercato", "fiera", "verde")]
    for h in others:
        s.page(h, h.split("/")[2].capitalize(), "<p>Scheda del servizio.</p>")
        s.slow[h] = SLOW
    s.sitemap["/sitemap.xml"] = [(h, "2025-03-01") for h in [*others, record]]
    return s


def round10_sites() -> list[Site]:
    return [
        typo3_ricerca_cantello(),
        typo3_vedi_tutti_bisuschio(),
        isweb_enti_controllati_gorla(),
        isweb_sovvenzioni_marnate(),
        joomla_albo_anno_valle_brembana(),
        joomla_delibere_valle_imagna(),
        wordpress_sitemap_record_coccaglio(),
    ]
