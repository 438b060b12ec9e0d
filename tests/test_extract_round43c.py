"""Round 43c: on the office's own site, a footer block that opens with a bare heading ("Recapiti", "Dove siamo",
"Ufficio di Piano") or runs the owner's facts on after a separator ("... di X | Capofila: Y") still names the site's
owner, whose office's contacts it gives; a comune's or a consortium's footer names none."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.parsers.serialize import facts_to_json
from tests.fixture_pages import extracted, gold


def _ambiti(name: str) -> list[dict[str, Any]]:
    found = facts_to_json(extracted(name), name)["ambiti"]
    return [{k: v for k, v in a.items() if k not in ("evidence", "notes")} for a in found]


@pytest.mark.parametrize(
    "name",
    [
        "2560_drupal_footer_recapiti_then_udp_pipe_capofila_vimercate.html",
        "2561_div_footer_dove_siamo_dash_ambito_capofila_seriate.html",
        "2562_neg_comune_footer_contatti_then_comune_ambito_aside_ranica.html",
        "2563_neg_footer_info_then_consortium_udp_dalmine.html",
    ],
)
def test_footer_owner_after_a_bare_heading_or_before_a_separator(name: str) -> None:
    assert _ambiti(name) == gold(name)["ambiti"]
