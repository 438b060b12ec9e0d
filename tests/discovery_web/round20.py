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


def embedded_besano() -> Site:
    """Documenti > Piani e programmi: the Piano di Zona shown by `<embed src>` in a figure with a caption."""
    nav = [("/documenti/", "Documenti"), ("/servizi/", "Servizi"), ("/notizie/", "Notizie")]
    s = Site(BESANO, "wordpress", nav, search=None)
    s.page("/", BESANO, "<p>Il sito istituzionale del Comune.</p>")
    plans = "/documenti/piani-e-programmi/"
    s.page("/documenti/", "Documenti", ul([(plans, "Piani e programmi"), ("/documenti/modulistica/", "Modulistica")]))
    plan = "/wp-content/uploads/2025/05/doc-118.pdf"
    figure = (
        f'<figure class="wp-block-embed"><embed src="{plan}" type="application/pdf" width="100%" height="600">'
        "<figcaption>Piano di Zona 2025-2027</figcaption></figure>"
    )
    s.page(plans, "Piani e programmi", "<p>I piani approvati dal Consiglio comunale.</p>" + figure)
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito distrettuale della Valle del Bolletta", fact=True)
    return s


def shown_documents_viggiu() -> Site:
    """Servizi sociali shows the accordo in an `<object data>` named by its `aria-label`; a news article shows the
    Piano di Zona in a pdf.js viewer (`<iframe src="/pdfjs/web/viewer.html?file=...">`), a page the site lacks."""
    nav = [("/servizi/", "Servizi"), ("/notizie/", "Notizie"), ("/comune/", "Il Comune")]
    s = Site(VIGGIU, "designers", nav, search=None)
    s.page("/", VIGGIU, "<p>Il portale istituzionale del Comune.</p>")
    social = "/servizi/servizi-sociali/"
    s.page("/servizi/", "Servizi", ul([(social, "Servizi sociali"), ("/servizi/tributi/", "Tributi")]))
    accordo = "/media/allegati/418.pdf"
    shown = (
        f'<object data="{accordo}" type="application/pdf" aria-label="Accordo di programma 2025-2027" width="100%">'
        "<p>Il browser non mostra il documento.</p></object>"
    )
    s.page(social, "Servizi sociali", "<p>Sportello sociale: il martedì e il giovedì.</p>" + shown)
    s.document(accordo, "Accordo di programma 2025-2027 dell'Ambito distrettuale della Valle del Bolletta", fact=True)
    article = "/notizie/presentato-il-documento-di-programmazione/"
    news = [("/notizie/mercato/", "Mercato settimanale"), (article, "Presentato il documento di programmazione")]
    s.page("/notizie/", "Notizie", ul(news))
    s.page("/notizie/mercato/", "Mercato settimanale", "<p>Il mercato si sposta in piazza.</p>")
    plan = "/media/allegati/417.pdf"
    viewer = f'<iframe src="/pdfjs/web/viewer.html?file={plan}" title="Documento" width="100%" height="600"></iframe>'
    s.page(article, "Presentato il documento di programmazione", "<p>Il documento è stato presentato.</p>" + viewer)
    s.document(plan, "Piano di Zona 2025-2027 dell'Ambito distrettuale della Valle del Bolletta", fact=True)
    return s


def _click_here(links: list[tuple[str, str]], word: str = "clicca qui") -> str:
    items = "".join(f'<li>{t} - per i dettagli <a href="{h}" title="{t}">{word}</a></li>' for h, t in links)
    return f'<ul class="elenco">{items}</ul>'


def click_here_cuasso() -> Site:
    """Atti > Albo: its years and acts behind "clicca qui" and "scarica", named by their `title` and the line
    before them; the plan is an act of 2024 whose PDF's name is a number."""
    nav = [("/atti/", "Atti"), ("/servizi-alla-persona/", "Servizi alla persona"), ("/contatti/", "Contatti")]
    s = Site(CUASSO, "joomla", nav, search=None)
    s.page("/", CUASSO, "<p>La Comunità Montana gestisce i servizi associati dei comuni.</p>")
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
    s = Site(CLIVIO, "table", nav, search=None)
    s.page("/", CLIVIO, "<p>Benvenuti nel sito del Comune.</p>")
    sections = [("/documenti/modulistica/", "Modulistica"), (f"{site_link(ALBO_CLIVIO)}/", "Albo pretorio on line")]
    lines = "".join(f'<p>{t}: <a href="{h}">clicca qui</a>.</p>' for h, t in sections)
    s.page("/documenti/", "Documenti", lines)
    return s


def albo_clivio() -> Site:
    """The provider's albo of Clivio: its acts, the ambito's avviso among them, attached as a PDF."""
    s = Site(ALBO_CLIVIO, "plain", [("/", "Elenco atti")], search=None, seed=False)
    acts = [(f"/atto/{n}", f"Atto n. {n}/2025 - Ordinanza viabilità") for n in range(81, 86)]
    acts.insert(2, ("/atto/88", "Atto n. 88/2025 - Avviso pubblico"))
    s.page("/", "Albo pretorio on line", ul(acts))
    for h, t in acts:
        s.page(h, t, "<p>Ordinanza di chiusura temporanea al traffico.</p>")
    notice = "<p>Avviso dell'Ambito distrettuale della Valle del Bolletta per i voucher sociali 2025.</p>"
    s.page("/atto/88", "Atto n. 88/2025 - Avviso pubblico", notice, fact=True)
    return s


def assembly_acts_valmarchirolo() -> Site:
    """Atti: the sections of acts, "Delibere dell'Assemblea" among them; the assembly's minutes of the plan's
    approval are a PDF named by its number, shown by `<embed>` as the sixteenth web's comunità montana shows it."""
    nav = [("/atti/", "Atti"), ("/servizi-alla-persona/", "Servizi alla persona"), ("/uffici/", "Uffici")]
    nav += [("/amministrazione-trasparente/", "Amministrazione trasparente"), ("/notizie/", "Notizie")]
    nav += [("/territorio/", "Territorio"), ("/documenti/", "Documenti"), ("/contatti/", "Contatti")]
    s = Site(VALMARCHIROLO, "joomla", nav, search=None)
    s.page("/", VALMARCHIROLO, "<p>L'Unione gestisce i servizi dei comuni associati.</p>")
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
