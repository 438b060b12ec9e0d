"""Round 50a: what a small site of an ambito says on its own pages, read as text. A flattened gallery or card list
whose capofila's caption carries the mark ("Legnano (capofila)", "Rho – Ente capofila") under a lower-case alt text
("comune di legnano stemma"): the caption names the item, so the capofila is a member and the capofila. A person
card flattened to text ("Persona" / "Monica Brambati" / "Responsabile dell'Ufficio di Piano"): the bare role line
names the holder above. A social-services body's own comuni said in its sentence ("L'azienda dei Comuni di A, B e C per
i servizi alla persona", "Consorzio tra i Comuni di", "partecipata dai Comuni di") are the ambito's, as under a "Soci:"
label; a transport company's are not. On a company's site read as text, the owner's identity block at the tail ("X
a.s.c.", "X S.c.r.l." over its seat, e-mail, PEC and fiscal code) gives no office e-mail or PEC."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_by_ambito, extracted_offices, gold_by_ambito, gold_offices


@pytest.mark.parametrize(
    "name",
    [
        "3010_txt_crest_gallery_caption_ente_capofila_rhodense.txt",
        "3011_txt_logo_cards_comune_capofila_badge_corsico.txt",
        "3012_txt_controcaso_crest_gallery_no_mark_pioltello.txt",
    ],
)
def test_a_marked_caption_names_its_gallery_item(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3013_txt_designers_unit_card_person_over_role_seriate.txt",
        "3014_txt_azienda_designers_unit_card_coordinator_vimercate.txt",
        "3015_txt_controcaso_vacant_role_under_heading_como.txt",
    ],
)
def test_a_person_card_names_the_holder_above_its_role_line(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize(
    "name",
    [
        "3016_txt_azienda_home_consorzio_tra_i_comuni_pioltello.txt",
        "3017_txt_company_about_partecipata_dai_comuni_sesto.txt",
        "3018_txt_controcaso_transport_company_of_comuni_vimercate.txt",
    ],
)
def test_a_social_bodys_comuni_in_its_sentence_are_the_ambitos(name: str) -> None:
    assert extracted_by_ambito(name) == gold_by_ambito(name)


@pytest.mark.parametrize(
    "name",
    [
        "3019_txt_azienda_site_udp_page_footer_asc_rho.txt",
        "3020_txt_consortium_site_udp_page_footer_scrl_abbiategrasso.txt",
        "3021_txt_controcaso_office_card_hosted_by_company_seregno.txt",
    ],
)
def test_the_site_owning_companys_tail_block_gives_no_office_mail(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)
