"""Round 63a. An opening-hours table inside the Ufficio di Piano's card, one cell a line as a text reader gives it
("Giorno", "Lunedì", "Mattino", "9:00 – 12:30", "chiuso", "dalle 9 alle 12"), and the card's host line with its role in
brackets ("c/o Comune di Suzzara (ente capofila)"): neither ends the office's card, so its phones, fax, e-mail and
referent under the table are its own. A heading of another desk or service after the table (a "Sportello Segretariato
Sociale", a "Biblioteca civica") still ends it: their contacts are not the office's. Nor does the card's short note
of how it receives ("Ricevimento solo su appuntamento", "Apertura al pubblico: lunedì e mercoledì mattina"); a
"Consultorio familiare" after it ends the card, and so does a question naming who receives ("Quando riceve
l'assistente sociale?"): another desk's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_offices, gold_offices


@pytest.mark.parametrize(
    "name",
    [
        "3930_txt_ufficio_di_piano_tabella_orari_viadana.txt",
        "3931_txt_sportello_ambito_giorni_orari_codogno.txt",
        "3932_txt_controcaso_orari_poi_sportello_segretariato_treviglio.txt",
        "3933_txt_controcaso_orari_poi_biblioteca_lonato.txt",
        "3934_txt_ufficio_di_piano_ricevimento_su_appuntamento_voghera.txt",
        "3935_txt_ufficio_di_piano_apertura_al_pubblico_sondrio.txt",
        "3936_txt_controcaso_ricevimento_poi_consultorio_lodi.txt",
        "3937_txt_controcaso_faq_quando_riceve_assistente_sociale_gorla.txt",
    ],
)
def test_an_hours_table_inside_the_offices_card_does_not_end_it(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)
