"""Contacts in a run of lines: phones and fax (E.164), e-mails vs PEC, websites, addresses.

Contact blocks on municipal pages are "Label: value" lines ("Tel: 02 250771", "Fax 02/2500316",
"PEC: ...") or, on Designers Italia pages, a card of the same. Phone numbers are parsed by
`phonenumbers` (Google's libphonenumber), so "02 250771", "02/92366130" and "0332.456354" all land
on one E.164 form.
"""

from __future__ import annotations

import re

import phonenumbers

from crawler.records import Address, Contacts

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]|,;]+", re.I)
CAP_RE = re.compile(r"\b(2[0-7]\d{3}|46\d{3})\b")  # Lombardy's postal codes
STREET_RE = re.compile(
    r"\b(?:via|viale|v\.le|piazza|p\.zza|piazzale|p\.le|corso|c\.so|largo|vicolo|strada|"
    r"contrada|localit[aà]|loc\.)\s+[A-ZÀ-Ýa-zà-ÿ0-9'’. ]{2,50}?(?:,?\s*(?:n\.?\s*)?\d+[a-zA-Z]?\b)?"
    r"(?=\s*(?:,|-|–|\(|\n|$|\s+\d{5}|\s+a\s|\s+in\s))",
    re.I,
)
PEC_DOMAIN = re.compile(r"@(?:[\w.-]*\.)?(?:pec|cert|legalmail|postacert|postecert|arubapec|"
                        r"pecveneto|certificata|cert\w*)\.", re.I)

LABEL_RE = re.compile(
    r"^(?P<label>indirizzo|sede(?: legale| operativa| principale)?|cap|c\.a\.p\.|"
    r"tel(?:efono)?\.?|centralino|cell(?:ulare)?\.?|fax|telefax|e-?mail|mail|posta elettronica"
    r"(?: certificata)?|pec|p\.e\.c\.|sito(?: web| internet)?|web|responsabile|coordinatore|"
    r"coordinatrice|referente)"
    r"(?P<qual>[^:\n]{0,40}?)\s*(?::|\.?\s(?=[\d+(])|\s(?=\S+@)|\s(?=https?://|www\.))"
    r"\s*(?P<value>\S.*)$",
    re.I,
)


def normalize_phone(raw: str) -> str | None:
    """E.164 for an Italian number written any common way, or None."""
    digits = re.sub(r"(?<=\d)[./\s-](?=\d)", "", raw.strip())
    try:
        num = phonenumbers.parse(digits, "IT")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def phones_in(text: str) -> list[str]:
    """Every phone number written in text, E.164, in order."""
    out: list[str] = []
    for m in re.finditer(r"(?:\+39[\s.]?)?\(?0\d{1,4}\)?(?:[\s./-]?\d){4,9}\b", text):
        number = normalize_phone(m.group(0).replace("(", "").replace(")", ""))
        if number and number not in out:
            out.append(number)
    return out


def is_pec(email: str, label: str = "") -> bool:
    return bool(re.search(r"\bpec\b|p\.e\.c|certificata", label, re.I) or PEC_DOMAIN.search(email))


def _add(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


def street_in(text: str) -> str | None:
    # "Municipio di X, 1, Via Y, X, ..., 21022, Italia": the map widget's number-first order
    m = re.search(r",\s*(\d+[a-zA-Z]?)\s*,\s*((?:via|viale|piazza|corso|largo)\s+[^,]+)", text, re.I)
    if m:
        return _tidy_street(f"{m.group(2)}, {m.group(1)}")
    m = STREET_RE.search(text)
    return _tidy_street(m.group(0).strip(" ,.-")) if m else None


def _tidy_street(street: str) -> str:
    street = re.sub(r"\s*,?\s*(?:n\.?\s*)?(\d+[a-zA-Z]?)$", r", \1", street)
    street = re.sub(r"\s+", " ", street)
    return street[0].upper() + street[1:]


def address_in(text: str) -> Address | None:
    street = street_in(text)
    cap = CAP_RE.search(text)
    if not street and not cap:
        return None
    return Address(street=street, postal_code=cap.group(1) if cap else None)


def parse_block(lines: list[str]) -> Contacts:
    """Contacts from the lines of one block (a comune's card, the Ufficio di Piano's section)."""
    found = Contacts()
    for line in lines:
        parse_line(line, found)
    return found


def parse_line(line: str, found: Contacts) -> None:
    text = line.lstrip("• ").strip()
    m = LABEL_RE.match(text)
    label = m.group("label").lower() if m else ""
    qual = (m.group("qual") or "").lower() if m else ""
    value = m.group("value") if m else text
    if label.startswith(("tel", "centralino", "cell")) and "fax" not in qual:
        for number in phones_in(value):
            _add(found.phones, number)
    elif label in ("fax", "telefax") or "fax" in qual:
        for number in phones_in(value):
            _add(found.fax, number)
    elif label in ("cap", "c.a.p."):
        cap = CAP_RE.search(value)
        if cap:
            found.address = found.address or Address()
            found.address.postal_code = cap.group(1)
    elif label.startswith(("indirizzo", "sede")):
        addr = address_in(value)
        if addr:
            found.address = found.address or Address()
            found.address.street = found.address.street or addr.street
            found.address.postal_code = found.address.postal_code or addr.postal_code
    elif label.startswith(("sito", "web")):
        url = URL_RE.search(value)
        if url and not found.website:
            found.website = _url(url.group(0))
    for email in EMAIL_RE.findall(text):
        email = email.lower().rstrip(".")
        if is_pec(email, f"{label} {qual}"):
            _add(found.pec, email)
        else:
            _add(found.emails, email)
    if not m and re.search(r"\b(?:tel(?:efono)?|telefax|fax)\b", text, re.I):
        _unlabelled_numbers(text, found)


def _unlabelled_numbers(text: str, found: Contacts) -> None:
    """"Tel. 0372 407111 - fax 0372 407222" in one line: split by the words before each number."""
    for part in re.split(r"(?=\b(?:tel(?:efono)?|fax|telefax)\b)", text, flags=re.I):
        target = found.fax if re.match(r"(?:fax|telefax)\b", part, re.I) else found.phones
        if re.match(r"(?:tel|fax)", part, re.I):
            for number in phones_in(part):
                _add(target, number)


def _url(raw: str) -> str:
    raw = raw.rstrip(".")
    return raw if raw.lower().startswith("http") else f"http://{raw}"
