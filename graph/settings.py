"""Every environment variable ambiti reads, in one list: the `ambiti --help` epilog prints it and
docs/configuration.md explains it (a test checks that both name each one, and that no code reads
an `AMBITI_*` variable that is not here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    used_by: str
    default: str
    meaning: str


SETTINGS = [
    Setting(
        "AMBITI_DATA_DIR", "every command with --data-dir", "./ambiti-data", "where crawls, claims, the store live"
    ),
    Setting("AMBITI_BASE_IRI", "build, export", "https://w3id.org/ambiti/", "base of every IRI the graph mints"),
    Setting("AMBITI_SPARQL_UPDATE_URL", "publish, --store URL", "the query URL", "the endpoint's SPARQL Update URL"),
    Setting("AMBITI_SPARQL_GSP_URL", "publish", "unset: SPARQL Update", "load through the Graph Store Protocol"),
    Setting("AMBITI_SPARQL_USER", "publish, --store URL", "unset: anonymous", "account for the endpoint"),
    Setting("AMBITI_SPARQL_PASSWORD", "publish, --store URL", "unset", "its password (HTTP digest or basic)"),
    Setting(
        "AMBITI_SPARQL_ENDPOINT", "export (--endpoint)", "unset: none", "public endpoint stated as void:sparqlEndpoint"
    ),
    Setting("AMBITI_RELEASE_URL", "export", "unset: relative", "where the release files are downloaded from"),
    Setting("AMBITI_PUBLISHER_NAME", "export", "ambiti project", "publisher and rights holder (foaf:name)"),
    Setting("AMBITI_PUBLISHER_ID", "export", "ambiti", "their identifier: IPA code or VAT number"),
    Setting("AMBITI_CONTACT_EMAIL", "export", "unset: reported", "contact point e-mail (DCAT-AP_IT requires it)"),
]


def epilog() -> str:
    width = max(len(s.name) for s in SETTINGS)
    lines = [f"  {s.name:<{width}}  {s.meaning} ({s.used_by}; default {s.default})" for s in SETTINGS]
    return "environment (docs/configuration.md):\n" + "\n".join(lines)
