"""Round 44a (issue 11, docs/members-round44a.md): heldout68's losses as general classes, with counter-cases."""

from __future__ import annotations

import pytest

from tests.fixture_pages import extracted, gold, gold_by_ambito

# a rendered comune site flattened to text ends with its identity block: the owner the header names, its town
# hall's address, switchboard, PEC, among the legal chrome (P.IVA, privacy, accessibility, "©"): the site's, no
# comune's contacts; counter-cases: a series of the ambito's comuni's blocks, the owner's last, and another comune's
# block before the legal links: content, kept
SITE_IDENTITY_BLOCK = [
    "2620_txt_decoy_footer_centralino_piva_copyright_castellanza.txt",
    "2621_txt_footer_contatti_labels_social_links_pero.txt",
    "2622_controcaso_txt_serie_blocchi_comuni_poi_footer_cusano.txt",
    "2623_controcaso_txt_blocco_di_altro_comune_non_del_sito_vanzago.txt",
]


@pytest.mark.parametrize("name", SITE_IDENTITY_BLOCK)
def test_the_sites_identity_block_is_no_comunes_contacts(name: str) -> None:
    facts = extracted(name)
    assert sorted(c.istat for c in facts.comuni) == sorted(c["istat"] for c in gold(name)["comuni"])
    assert {(a.capofila, frozenset(a.members)) for a in facts.ambiti} == gold_by_ambito(name)
