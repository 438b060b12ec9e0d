"""Round 49b: on a comune's site read as text, the site's chrome gives no office contact: the template's assistance
box ("Contatta il Comune" / "Chiama il numero ...") and a contact line among the legal links at the site's tail ("PEC
..." under "Credits · Privacy"). The office's own call to action, an office site's tail card and a PEC the body gives
the office are kept. And the template's card of one of the comune's units, its crumbs one a line ("Home" /
"Amministrazione" / "Uffici" / "Ufficio di Piano ..."), is the office's own page: its "Sede" and "Telefono" are the
office's."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted_offices, gold_offices


@pytest.mark.parametrize(
    "name",
    [
        "2980_txt_comune_site_assistance_box_call_number_crema.txt",
        "2981_txt_comune_site_help_box_switchboard_vigevano.txt",
    ],
)
def test_the_templates_assistance_box_gives_no_office_contact(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize(
    "name",
    [
        "2982_txt_comune_site_lone_pec_under_copyright_mantova.txt",
        "2983_txt_comune_site_pec_under_credits_chiari.txt",
    ],
)
def test_a_contact_line_among_the_tails_legal_links_is_the_sites(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize(
    "name",
    [
        "2984_txt_controcaso_contatta_ufficio_di_piano_box_lodi.txt",
        "2985_txt_controcaso_office_site_card_pec_by_privacy_sondrio.txt",
        "2986_txt_controcaso_office_pec_last_body_line_cremona.txt",
        "2987_txt_controcaso_office_card_at_comune_site_tail_lecco.txt",
    ],
)
def test_the_offices_own_contacts_are_kept(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)


@pytest.mark.parametrize(
    "name",
    [
        "2988_txt_comune_site_unit_card_aree_amministrative_legnano.txt",
        "2989_txt_comune_site_unit_card_uffici_caps_crumbs_varese.txt",
        "2990_txt_controcaso_privacy_page_under_office_section_bergamo.txt",
    ],
)
def test_a_unit_card_under_the_uffici_crumb_is_the_offices_page(name: str) -> None:
    assert extracted_offices(name) == gold_offices(name)
