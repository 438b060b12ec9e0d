"""The annotated test corpus in tests/fixtures is well formed.

Every gold file parses, has exactly the documented keys (plus the optional notes), names a page
that exists, and uses only ISTAT codes of Lombardy's comuni, canonical ATS/ASST names, E.164
phones and ISO dates. This checks the corpus, not the extractor.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import importlib.util
import json
import re
from pathlib import Path

import phonenumbers
import pytest
from each import check_each, chunks

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PAGES = FIXTURES / "pages"
GOLD = FIXTURES / "gold"
COMUNI_CSV = ROOT / "crawler" / "reference" / "comuni_lombardia.csv"
HEALTH_PY = ROOT / "crawler" / "reference" / "health.py"

PAGE_KEYS = {"page", "page_updated_on", "ambiti", "comuni", "not_contacts", "unresolvable_names"}
PAGE_OPTIONAL = {"note"}
AMBITO_KEYS = {
    "name",
    "capofila",
    "capofila_basis",
    "members",
    "ats",
    "asst",
    "plans",
    "intervention_areas",
    "partner_ambiti",
    "ufficio_di_piano",
}
AMBITO_OPTIONAL = {"members_note", "capofila_note"}
PLAN_KEYS = {"start_year", "end_year", "approved_on", "extended_until"}
OFFICE_KEYS = {"address", "phones", "fax", "emails", "pec", "responsible"}
OFFICE_ADDRESS_KEYS = {"street", "postal_code", "municipality"}
COMUNE_KEYS = {"istat", "address", "phones", "fax", "emails", "pec", "website"}
COMUNE_ADDRESS_KEYS = {"street", "postal_code"}

E164_IT = re.compile(r"^\+39\d{6,11}$")
EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
CAP = re.compile(r"^\d{5}$")
AREAS = set("ABCDEFGHIJ")


def _istat_codes() -> set[str]:
    with COMUNI_CSV.open(encoding="utf-8") as f:
        return {row["istat"] for row in csv.DictReader(f)}


def _health_names() -> tuple[set[str], set[str]]:
    spec = importlib.util.spec_from_file_location("_fixture_health", HEALTH_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.ATS), set(module.ASST)


ISTAT = _istat_codes()
ATS_NAMES, ASST_NAMES = _health_names()
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _iso_date(value: object) -> None:
    if value is None:
        return
    assert isinstance(value, str)
    assert dt.date.fromisoformat(value).isoformat() == value


def _phones(values: list, where: str) -> None:
    assert isinstance(values, list), where
    for phone in values:
        assert E164_IT.match(phone), f"{where}: {phone} is not E.164"
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone)), f"{where}: {phone}"


def _emails(values: list, where: str) -> None:
    assert isinstance(values, list), where
    for mail in values:
        assert EMAIL.match(mail), f"{where}: {mail}"


def _phone_on_page(digits: str, page_text: str) -> bool:
    """Written in full, or as another ending of the number before it after a slash ("0331 877150 / 151")."""
    spelled = r"[\s./-]*".join(digits)
    if re.search(rf"(?<![\d.]){spelled}(?![\d.]?\d)", page_text):
        return True
    for k in (1, 2, 3):
        head, end = r"[\s./-]*".join(digits[:-k]), digits[-k:]
        if re.search(rf"(?<![\d.]){head}[\s./-]*\d{{{k}}}(?:\s*/\s*\d{{1,3}})*\s*/\s*{end}(?!\d)", page_text):
            return True
    return False


def _on_page(gold: dict, page_text: str) -> None:
    """Phones, e-mails and websites in the gold file are written on the page (no invented facts)."""
    lowered = page_text.lower()
    # "ufficio [at] comune.x.it": written so that robots miss it
    lowered += "\n" + re.sub(r"\s*\[at\]\s*", "@", lowered)
    # Joomla's cloaking script: 'udp' + '&#64;' + 'comune' + '&#46;' + ...
    lowered += "\n" + html.unescape(re.sub(r"'\s*\+\s*'", "", lowered))
    # a text document's column hyphenates an address at a line's end ("segreteria.pia-" / "nodizona@...")
    lowered += "\n" + re.sub(r"([a-z0-9.])-\n\s*([a-z0-9._]+@)", r"\1\2", lowered)
    offices = [a["ufficio_di_piano"] for a in gold["ambiti"] if a["ufficio_di_piano"]]
    blocks = offices + gold["comuni"]
    for block in blocks:
        for phone in block["phones"] + block["fax"]:
            assert _phone_on_page(phone.removeprefix("+39"), page_text), f"{gold['page']}: {phone} not on the page"
        for mail in block["emails"] + block["pec"]:
            assert mail in lowered, f"{gold['page']}: {mail} not on the page"
        if block.get("website"):
            assert block["website"].lower() in lowered, f"{gold['page']}: {block['website']}"


def _page_text(path: Path) -> str:
    """A page's text in the charset it declares (old CMS pages are windows-1252); an undeclared page is UTF-8, or
    else windows-1252, as the extractor reads it (crawler/parsers/western.py)."""
    raw = path.read_bytes()
    declared = re.search(rb"charset=([\w-]+)", raw[:2000])
    if declared:
        return raw.decode(declared.group(1).decode())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("windows-1252")


def _keys(obj: dict, required: set[str], optional: set[str], where: str) -> None:
    assert isinstance(obj, dict), where
    missing = required - obj.keys()
    extra = obj.keys() - required - optional
    assert not missing, f"{where}: missing {sorted(missing)}"
    assert not extra, f"{where}: unexpected {sorted(extra)}"


def test_corpus_size_and_pairing() -> None:
    pages = sorted(p.name for p in PAGES.iterdir() if p.suffix in {".html", ".txt"})
    golds = sorted(p.name.removesuffix(".json") for p in GOLD_FILES)
    assert len(pages) >= 18
    assert pages == golds, "every page needs a gold file and every gold file a page"
    assert any(p.endswith(".txt") for p in pages)
    negatives = [p for p in pages if "_neg_" in p]
    assert len(negatives) >= 4


@pytest.mark.parametrize("paths", chunks(GOLD_FILES, 50), ids=lambda paths: paths[0].name)
def test_gold_file(paths: list[Path]) -> None:
    """Fifty gold files a test, each checked and every failing one named (tests/each.py): a file's check is
    ~0.1 ms of CPU, a test of pytest's ~2.4 ms."""
    check_each(lambda path: check_gold_file(path, PAGES), paths, name=lambda path: path.name)


def check_gold_file(path: Path, pages: Path) -> None:
    """The shape rules for one gold file whose page is in `pages` (other sets, e.g. train6, reuse them)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    _keys(gold, PAGE_KEYS, PAGE_OPTIONAL, path.name)
    assert gold["page"] == path.name.removesuffix(".json")
    assert (pages / gold["page"]).is_file()
    _on_page(gold, _page_text(pages / gold["page"]))
    _iso_date(gold["page_updated_on"])
    assert all(isinstance(n, str) and n.strip() for n in gold["not_contacts"])
    assert all(isinstance(n, str) and n.strip() for n in gold["unresolvable_names"])

    if "_neg_" in gold["page"]:
        assert gold["ambiti"] == [] and gold["comuni"] == []

    for i, ambito in enumerate(gold["ambiti"]):
        where = f"{path.name} ambiti[{i}]"
        _keys(ambito, AMBITO_KEYS, AMBITO_OPTIONAL, where)
        assert ambito["name"].strip()
        assert ambito["capofila_basis"] in {"stated", "implied", None}
        assert (ambito["capofila"] is None) == (ambito["capofila_basis"] is None), where
        if ambito["capofila"] is not None:
            assert ambito["capofila"] in ISTAT, where
        assert ambito["members"], where
        assert all(code in ISTAT for code in ambito["members"]), where
        assert len(set(ambito["members"])) == len(ambito["members"]), where
        assert ambito["ats"] is None or ambito["ats"] in ATS_NAMES, where
        assert ambito["asst"] is None or ambito["asst"] in ASST_NAMES, where
        assert set(ambito["intervention_areas"]) <= AREAS, where
        assert all(isinstance(p, str) and p for p in ambito["partner_ambiti"]), where
        for plan in ambito["plans"]:
            _keys(plan, PLAN_KEYS, set(), where)
            assert plan["end_year"] - plan["start_year"] == 2, where
            _iso_date(plan["approved_on"])
            _iso_date(plan["extended_until"])
        office = ambito["ufficio_di_piano"]
        if office is not None:
            _keys(office, OFFICE_KEYS, set(), where + " ufficio_di_piano")
            address = office["address"]
            if address is not None:
                _keys(address, OFFICE_ADDRESS_KEYS, set(), where + " address")
                assert address["postal_code"] is None or CAP.match(address["postal_code"])
                assert address["municipality"] is None or address["municipality"] in ISTAT
            _phones(office["phones"], where)
            _phones(office["fax"], where)
            _emails(office["emails"], where)
            _emails(office["pec"], where)
            assert office["responsible"] is None or office["responsible"].strip()
            assert office["responsible"] not in gold["not_contacts"]

    for i, comune in enumerate(gold["comuni"]):
        where = f"{path.name} comuni[{i}]"
        _keys(comune, COMUNE_KEYS, set(), where)
        assert comune["istat"] in ISTAT, where
        if comune["address"] is not None:
            _keys(comune["address"], COMUNE_ADDRESS_KEYS, set(), where)
            assert comune["address"]["postal_code"] is None or CAP.match(comune["address"]["postal_code"])
        _phones(comune["phones"], where)
        _phones(comune["fax"], where)
        _emails(comune["emails"], where)
        _emails(comune["pec"], where)
        assert comune["website"] is None or comune["website"].startswith(("http://", "https://"))
