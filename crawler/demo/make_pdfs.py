"""Generate the demo web's PDF documents, so the crawler's PDF path is exercised on real, text-bearing PDFs.

Run ``python -m crawler.demo.make_pdfs`` after changing the texts below; the output is committed.
Core fonts only handle latin-1: accented letters are fine, typographic quotes and dashes are avoided.  The creation date
is fixed so that the files (and their ETags) are byte-identical on every run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

SITE = Path(__file__).resolve().parent / "site"
FIXED_DATE = datetime(2025, 2, 3, 8, 0, 0, tzinfo=UTC)

AZZATE_SIGNATORIES = [
    "Azzate (ente capofila)",
    "Brunello",
    "Buguggiate",
    "Carnago",
    "Caronno Varesino",
    "Casale Litta",
    "Castronno",
    "Crosio della Valle",
    "Daverio",
    "Gazzada Schianno",
    "Morazzone",
    "Mornago",
    "Sumirago",
]

ARCISATE_PRESENT = [
    "Arcisate",
    "Besano",
    "Bisuschio",
    "Brusimpiano",
    "Cantello",
    "Clivio",
    "Cuasso al Monte",
    "Induno Olona",
    "Porto Ceresio",
    "Saltrio",
    "Viggiù",
]


def _new_pdf(title: str) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("Ufficio di Piano")
    pdf.set_creator("ambiti demo web")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, text, align="C")
    pdf.ln(3)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, text)
    pdf.ln(2)


def accordo_azzate() -> FPDF:
    """Accordo di Programma naming period, approval date and the 13 signatory comuni."""
    pdf = _new_pdf("Accordo di Programma - Piano di Zona 2021-2023 - Ambito territoriale di Azzate")
    _heading(
        pdf, "ACCORDO DI PROGRAMMA\nper l'attuazione del Piano di Zona 2021-2023\ndell'Ambito territoriale di Azzate"
    )
    _paragraph(
        pdf,
        "Ai sensi dell'art. 19 della Legge 328/2000 e della Legge Regionale 3/2008, i Comuni "
        "dell'Ambito territoriale di Azzate, l'ATS Insubria e l'ASST Sette Laghi sottoscrivono il "
        "presente Accordo di Programma, che rende esecutivo il Piano di Zona per il triennio "
        "2021-2023.",
    )
    _paragraph(
        pdf,
        "Art. 1 - Oggetto. L'Accordo definisce gli obiettivi, le risorse e le modalità di gestione "
        "associata dei servizi sociali dell'ambito per il periodo 1 gennaio 2021 - 31 dicembre 2023.",
    )
    _paragraph(
        pdf,
        "Art. 2 - Ente capofila. Il Comune di Azzate è individuato quale ente capofila e sede dell'Ufficio di Piano.",
    )
    _paragraph(
        pdf,
        "Art. 3 - Approvazione. L'Accordo e il Documento di Piano sono stati approvati "
        "dall'Assemblea dei Sindaci nella seduta del 16 dicembre 2021.",
    )
    _paragraph(
        pdf,
        "Art. 4 - Durata. L'Accordo ha validità fino al 31 dicembre 2023, salvo proroghe "
        "disposte da Regione Lombardia.",
    )
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Sottoscrivono per i Comuni:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for name in AZZATE_SIGNATORIES:
        pdf.cell(0, 6, f"Comune di {name} - il Sindaco o suo delegato", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _paragraph(pdf, "Per ATS Insubria e per ASST Sette Laghi: il Direttore Generale o suo delegato.")
    _paragraph(pdf, "Azzate, 16 dicembre 2021")
    return pdf


def verbale_arcisate() -> FPDF:
    """Minutes of the Assemblea approving the 2021-2023 plan, listing the comuni present."""
    pdf = _new_pdf("Verbale Assemblea dei Sindaci - Ambito Distrettuale di Arcisate - 20 gennaio 2022")
    _heading(pdf, "AMBITO DISTRETTUALE DI ARCISATE\nVerbale dell'Assemblea dei Sindaci\nseduta del 20 gennaio 2022")
    _paragraph(
        pdf,
        "Il giorno 20 gennaio 2022 alle ore 17.30, in collegamento telematico, si è riunita "
        "l'Assemblea dei Sindaci dell'Ambito Distrettuale di Arcisate, presieduta dal Presidente "
        "Fabio Bianchi.",
    )
    _paragraph(pdf, "Sono presenti i rappresentanti dei Comuni di: " + ", ".join(ARCISATE_PRESENT) + ".")
    _paragraph(pdf, "Ordine del giorno: approvazione del Piano di Zona 2021-2023 e dell'Accordo di Programma.")
    _paragraph(
        pdf,
        "L'Assemblea, all'unanimità dei presenti, approva il Piano di Zona 2021-2023 e dà mandato "
        "al Comune di Arcisate, ente capofila, di procedere alla sottoscrizione dell'Accordo di "
        "Programma con ATS Insubria e ASST Sette Laghi.",
    )
    _paragraph(pdf, "La seduta è tolta alle ore 18.45.")
    return pdf


OUTPUTS = {
    "comune-azzate/documenti/accordo-di-programma-2021-2023.pdf": accordo_azzate,
    "ambito-arcisate/documenti/verbale-assemblea-sindaci-2022-01-20.pdf": verbale_arcisate,
}


def main() -> None:
    """Write every PDF under site/."""
    for rel, build in OUTPUTS.items():
        out = SITE / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        build().output(str(out))
        print(f"wrote {out.relative_to(SITE.parent)} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
