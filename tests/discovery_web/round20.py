"""Sites of the twentieth round, written and measured before the rules changed (the sixteenth simulated web, scored
clean, missed 7 of its 63 fact pages: six PDFs shown only by `<embed src>`, one behind a link that said "scarica").

Documents a page shows inside itself, with no `<a>` to them:

- a comune's *Piani e programmi* shows the Piano di Zona in an `<embed>` under a caption; the file's name is a
  number;
- a comune's Servizi sociali page shows the accordo in an `<object data>` named by its `aria-label`, and a news
  article shows the Piano di Zona in an `<iframe>` of a PDF viewer whose query names the file.

Links whose words say nothing:

- a comunità montana's Albo lists its archive by year as "Anno 2024 - per i dettagli <a title="Anno 2024">clicca
  qui</a>", and the year's act that attaches the plan as "... <a title="Atto 7 - 2024/2026">scarica</a>";
- a comune's Documenti page leads to its Albo pretorio, on its provider's host, by "Albo pretorio on line: <a>clicca
  qui</a>", with no `title`: what the link is only in the sentence before it.

And the step of the sixteenth web's other embedded PDF: an assembly's acts, "Delibere dell'Assemblea", were no
section of acts for the trail of documents (only "Delibere di Giunta / di Consiglio" were):

- a union of comuni whose Atti lists "Delibere dell'Assemblea" among six sections, its page showing the minutes of
  the plan's approval by `<embed>`.
"""

from __future__ import annotations

from .layout import ul
from .sites import Site, site_link, slug

BESANO = "Comune di Besano"
VIGGIU = "Comune di Viggiù"
CUASSO = "Comunità Montana di Cuasso e Brusimpiano"
CLIVIO = "Comune di Clivio"
ALBO_CLIVIO = "Albo pretorio on line - Comune di Clivio"
VALMARCHIROLO = "Unione dei Comuni della Valmarchirolo"


def _site(name: str, family: str, nav: list[tuple[str, str]], home: str) -> Site:
    """A site without search and its home page."""
    s = Site(name, family, nav, search=None)
    s.page("/", name, home)
    return s


def _showing(s: Site, under: tuple[str, str], page: tuple[str, str], shown: str, document: tuple[str, str]) -> None:
    """A section (`under`) that lists a page and another, the page that shows a document (`shown`, no `<a>`) after
    a line of its own, and the document, a fact."""
    s.page(under[0], under[1], ul([page, (f"{under[0]}modulistica/", "Modulistica")]))
    s.page(*page, f"<p>{page[1]}: gli atti e i documenti approvati.</p>{shown}")
    s.document(*document, fact=True)


def embedded_besano() -> Site:
    """Documenti > Piani e programmi: the Piano di Zona shown by `<embed src>` in a figure with a caption."""
    nav = [("/documenti/", "Documenti"), ("/servizi/", "Servizi"), ("/notizie/", "Notizie")]
    s = _site(BESANO, "wordpress", nav, "<p>Il sito istituzionale del Comune.</p>")
    plan = "/wp-content/uploads/2025/05/doc-118.pdf"
    figure = (
        f'<figure class="wp-block-embed"><embed src="{plan}" type="application/pdf" width="100%" height="600">'
        "<figcaption>Piano di Zona 2025-2027</figcaption></figure>"
    )
    text = "Piano di Zona 2025-2027 dell'Ambito distrettuale della Valle del Bolletta"
    _showing(
        s, ("/documenti/", "Documenti"), ("/documenti/piani-e-programmi/", "Piani e programmi"), figure, (plan, text)
    )
    return s


def shown_documents_viggiu() -> Site:
    """Servizi sociali shows the accordo in an `<object data>` named by its `aria-label`; a news article shows the
    Piano di Zona in a pdf.js viewer (`<iframe src="/pdfjs/web/viewer.html?file=...">`), a page the site lacks."""
    nav = [("/servizi/", "Servizi"), ("/notizie/", "Notizie"), ("/comune/", "Il Comune")]
    s = _site(VIGGIU, "designers", nav, "<p>Il portale istituzionale del Comune.</p>")
    accordo = "/media/allegati/418.pdf"
    label = "Accordo di programma 2025-2027"
    shown = f'<object data="{accordo}" type="application/pdf" aria-label="{label}"><p>Nessun PDF.</p></object>'
    document = (accordo, f"{label} dell'Ambito distrettuale della Valle del Bolletta")
    _showing(s, ("/servizi/", "Servizi"), ("/servizi/servizi-sociali/", "Servizi sociali"), shown, document)
    article = ("/notizie/presentato-il-documento-di-programmazione/", "Presentato il documento di programmazione")
    plan = "/media/allegati/417.pdf"
    viewer = f'<iframe src="/pdfjs/web/viewer.html?file={plan}" title="Documento" width="100%" height="600"></iframe>'
    text = "Piano di Zona 2025-2027 dell'Ambito distrettuale della Valle del Bolletta"
    _showing(s, ("/notizie/", "Notizie"), article, viewer, (plan, text))
    return s


def _click_here(links: list[tuple[str, str]], word: str = "clicca qui") -> str:
    items = "".join(f'<li>{t} - per i dettagli <a href="{h}" title="{t}">{word}</a></li>' for h, t in links)
    return f'<ul class="elenco">{items}</ul>'


def click_here_cuasso() -> Site:
    """Atti > Albo: its years and acts behind "clicca qui" and "scarica", named by their `title` and the line
    before them; the plan is an act of 2024 whose PDF's name is a number."""
    nav = [("/atti/", "Atti"), ("/servizi-alla-persona/", "Servizi alla persona"), ("/contatti/", "Contatti")]
    s = _site(CUASSO, "joomla", nav, "<p>La Comunità Montana gestisce i servizi associati dei comuni.</p>")
    s.page("/atti/", "Atti", _click_here([("/atti/albo/", "Albo"), ("/atti/determine/", "Determine")]))
    years = [(f"/atti/albo/anno-{y}/", f"Anno {y}") for y in range(2021, 2026)]
    s.page("/atti/albo/", "Albo", _click_here(years))
    for path, title in years:
        acts = [(f"{path}atto-{n}/", f"Atto {n} - Manutenzione strade") for n in (3, 5)]
        s.page(path, title, _click_here(acts))
    plan = "/images/albo/2024/207.pdf"
    s.page("/atti/albo/anno-2024/", "Anno 2024", _click_here([(plan, "Atto 7 - 2024/2026")], "scarica"))
    s.document(plan, "Piano di Zona 2024-2026 dell'Ambito distrettuale della Valle del Bolletta", fact=True)
    return s


def albo_by_sentence_clivio() -> Site:
    """Documenti: "Albo pretorio on line: clicca qui", a link to the provider's albo on another host whose words are
    only in the sentence before it."""
    nav = [("/documenti/", "Documenti"), ("/servizi/", "Servizi"), ("/comune/", "Il Comune")]
    s = _site(CLIVIO, "table", nav, "<p>Benvenuti nel sito del Comune.</p>")
    sections = [("/documenti/modulistica/", "Modulistica"), (f"{site_link(ALBO_CLIVIO)}/", "Albo pretorio on line")]
    lines = "".join(f'<p>{t}: <a href="{h}">clicca qui</a>.</p>' for h, t in sections)
    s.page("/documenti/", "Documenti", lines)
    return s


def albo_clivio() -> Site:
    """The provider's albo of Clivio: its acts, the ambito's avviso among them, attached as a PDF."""
    s = Site(ALBO_CLIVIO, "plain", [("/", "Elenco atti")], search=None, seed=False)
    acts = {n: "Ordinanza viabilità" for n in range(81, 86)} | {88: "Avviso pubblico"}
    rows = "".join(f'<tr><td><a href="/atto/{n}">Atto n. {n}/2025</a></td><td>{t}</td></tr>' for n, t in acts.items())
    s.page("/", "Albo pretorio on line", f"<table>{rows}</table>")
    for n in range(81, 86):
        s.page(f"/atto/{n}", f"Atto n. {n}/2025", "<p>Ordinanza di chiusura temporanea al traffico.</p>")
    notice = "<p>Avviso dell'Ambito distrettuale della Valle del Bolletta per i voucher sociali 2025.</p>"
    s.page("/atto/88", "Atto n. 88/2025 - Avviso pubblico", notice, fact=True)
    return s


def assembly_acts_valmarchirolo() -> Site:
    """Atti: the sections of acts, "Delibere dell'Assemblea" among them; the assembly's minutes of the plan's
    approval are a PDF named by its number, shown by `<embed>` as the sixteenth web's comunità montana shows it."""
    nav = [("/atti/", "Atti"), ("/servizi-alla-persona/", "Servizi alla persona"), ("/uffici/", "Uffici")]
    nav += [("/amministrazione-trasparente/", "Amministrazione trasparente"), ("/notizie/", "Notizie")]
    nav += [("/territorio/", "Territorio"), ("/documenti/", "Documenti"), ("/contatti/", "Contatti")]
    s = _site(VALMARCHIROLO, "joomla", nav, "<p>L'Unione gestisce i servizi dei comuni associati.</p>")
    sections = ["Albo", "Determine", "Delibere dell'Assemblea", "Contratti", "Regolamenti", "Modulistica"]
    s.page("/atti/", "Atti", ul([(f"/atti/{slug(t)}/", t) for t in sections]))
    minutes = "/images/allegati/2025/559.pdf"
    caption = "<figcaption>Verbale n. 2/2025 - Piano di Zona</figcaption>"
    shown = f'<figure><embed src="{minutes}" type="application/pdf">{caption}</figure>'
    others = [(f"/atti/delibere-dell-assemblea/{n}/", f"Verbale n. {n}/2024") for n in (5, 6)]
    s.page("/atti/delibere-dell-assemblea/", "Delibere dell'Assemblea", shown + ul(others))
    text = "Verbale n. 2/2025 dell'Assemblea dei Sindaci dell'Ambito distrettuale della Valle del Bolletta"
    s.document(minutes, text, fact=True)
    return s


def round20_sites() -> list[Site]:
    return [
        embedded_besano(),
        shown_documents_viggiu(),
        click_here_cuasso(),
        albo_by_sentence_clivio(),
        albo_clivio(),
        assembly_acts_valmarchirolo(),
    ]
