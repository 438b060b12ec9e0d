"""Tests for the SHACL shapes (ontology/shapes.ttl).

A hand-written valid graph (tests/fixtures/shapes/valid.ttl, the merged union
of the named graphs the builder writes) must pass with no results at all.
Then, for every Violation shape, the valid graph is broken in one specific way
and exactly that shape must fire. The coverage shape must only warn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
from prepared_sparql import prepared_sparql
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SH

from graph.validate import validate_nquads

ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

ROOT = Path(__file__).resolve().parents[1]
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_TTL = ROOT / "ontology" / "ambiti.ttl"
AREAS_TTL = ROOT / "ontology" / "areas.ttl"
VALID_TTL = ROOT / "tests" / "fixtures" / "shapes" / "valid.ttl"

AMB = Namespace("https://w3id.org/ambiti/ontology#")
AMBSH = Namespace("https://w3id.org/ambiti/shapes#")
ID = Namespace("https://w3id.org/ambiti/id/")
BASE = Namespace("https://w3id.org/ambiti/")

ALFA, BETA = ID["ambito/alfa"], ID["ambito/beta"]
OFFICE = ID["ambito/alfa/ufficio-di-piano"]
PLAN_ALFA, PLAN_BETA = ID["ambito/alfa/piano/2021-2023"], ID["ambito/beta/piano/2018-2020"]
PERIOD_ALFA, PERIOD_BETA = PLAN_ALFA + "/periodo", PLAN_BETA + "/periodo"
AGRA, ALBIZZATE, ANGERA, ARCISATE = (ID[f"comune/01200{i}"] for i in range(1, 5))
AGLIE = ID["comune/001001"]
ATS = ID["ats/insubria"]
PERSON = ID["person/maria-rossi"]
PAGE1 = BASE["source/4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a"]
PAGE2 = BASE["source/ef2d127de37b942baad06145e54b0c619a1f22327b2ebbcfbec78f5564afe39d"]
REGISTRY = BASE["source/registry/istat-comuni-lombardia"]
CLAIM_PHONE = BASE["claim/0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a04"]
CLAIM_REJECTED_LABEL = BASE["claim/0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b01"]
CLAIM_REJECTED_CAPOFILA = BASE["claim/0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b02"]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _sparql_parsed_once() -> Iterator[None]:
    """pyshacl's SPARQL constraints parsed once for the module, not on every validation."""
    with prepared_sparql():
        yield


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


@pytest.fixture(scope="module")
def valid_graph() -> Graph:
    return Graph().parse(VALID_TTL, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle").parse(AREAS_TTL, format="turtle")


# Every check runs in three configurations: pyshacl with the shapes alone on the
# data; pyshacl with ontology + areas as ont_graph and RDFS inference, so that
# sub-class/sub-property entailments never change what fires; and the product's
# own graph/validate.py (pyshacl-turbo, the same ontology and inference, the data
# read from an Oxigraph store), so the Rust engine fires exactly what pyshacl fires.
# The ontology+rdfs mode is slow (docs/testing.md): each check closes the whole ontology under RDFS
# again (~0.2 s of CPU a check, two thirds of the module); the everyday lane keeps the other two.
MODES = ["plain", pytest.param("ontology+rdfs", marks=pytest.mark.slow), "product"]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


@dataclass(frozen=True)
class Result:
    shape: URIRef
    severity: URIRef
    focus: object
    message: str


def validate(
    data: Graph, shapes: Graph, ontology: Graph | None = None, allow_warnings: bool = False
) -> tuple[bool, list[Result]]:
    extra = {"ont_graph": ontology, "inference": "rdfs"} if ontology is not None else {}
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, allow_warnings=allow_warnings, advanced=True, **extra
    )
    results = [
        Result(
            shape=report.value(r, SH.sourceShape),
            severity=report.value(r, SH.resultSeverity),
            focus=report.value(r, SH.focusNode),
            message=str(report.value(r, SH.resultMessage)),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return conforms, results


def validate_with_product(data: Graph | dict[URIRef, Graph]) -> tuple[bool, list[Result]]:
    """graph/validate.py on the data as N-Quads (the path of `ambiti validate --store rdflib|URL`);
    a dict puts each graph in the named graph of its key."""
    graphs = data if isinstance(data, dict) else {None: data}
    lines = [
        line.removesuffix(" .") + (f" <{name}> ." if name else " .")
        for name, g in graphs.items()
        for line in g.serialize(format="nt").splitlines()
        if line.strip()
    ]
    report = validate_nquads("\n".join(lines).encode())
    results = [
        Result(shape=URIRef(f.shape), severity=SH[f.severity], focus=URIRef(f.focus), message=f.message)
        for f in report.findings
    ]
    return report.conforms, results


@pytest.fixture
def check(shapes: Graph, ontology: Graph, mode: str) -> Callable[..., tuple[bool, list[Result]]]:
    """validate() in the configuration of the current `mode`."""

    def run(data: Graph, allow_warnings: bool = False) -> tuple[bool, list[Result]]:
        if mode == "product":  # warnings never fail `ambiti validate`: conforms means no violation
            return validate_with_product(data)
        return validate(data, shapes, ontology if mode == "ontology+rdfs" else None, allow_warnings)

    return run


def copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def replace(g: Graph, s: URIRef, p: URIRef, new: object) -> None:
    g.remove((s, p, None))
    g.add((s, p, new))


def add_membership(g: Graph, ambito: URIRef, comune: URIRef, interval: URIRef | None) -> URIRef:
    m = URIRef(f"{ambito}/membership/{str(comune).rsplit('/', 1)[1]}")
    g.add((m, RDF.type, ORG.Membership))
    g.add((m, ORG.member, comune))
    g.add((m, ORG.organization, ambito))
    g.add((m, ORG.role, AMB.MemberRole))
    if interval is not None:
        g.add((m, ORG.memberDuring, interval))
    return m


def add_interval(g: Graph, iri: URIRef, begin: str, end: str | None) -> URIRef:
    g.add((iri, RDF.type, TIME.Interval))
    for prop, day in ((TIME.hasBeginning, begin), (TIME.hasEnd, end)):
        if day is None:
            continue
        instant = ID[f"giorno/{day}"]
        g.add((iri, prop, instant))
        g.add((instant, RDF.type, TIME.Instant))
        g.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))
    return iri


# --------------------------------------------------------------------------
# The valid graph
# --------------------------------------------------------------------------


def test_valid_graph_conforms_without_any_result(valid_graph: Graph, check) -> None:
    conforms, results = check(valid_graph)
    assert results == []
    assert conforms


def test_valid_graph_has_rejected_page_values(valid_graph: Graph) -> None:
    """The fixture exercises the 'resolved value' logic: the union holds two
    names and two capofila values for Alfa, one of each rejected."""
    assert len(set(valid_graph.objects(ALFA, RDFS.label))) == 2
    assert len(set(valid_graph.objects(ALFA, AMB.capofila))) == 2
    assert (CLAIM_REJECTED_LABEL, RDF.type, AMB.AcceptedClaim) not in valid_graph


def test_every_shape_is_named_and_explains_itself(shapes: Graph) -> None:
    top_level = {
        s
        for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
        for s in shapes.subjects(p, None)
    }
    assert top_level == set(SHAPE_SEVERITIES)
    for shape in top_level:
        assert isinstance(shape, URIRef) and shape.startswith(str(AMBSH))
        messages = list(shapes.objects(shape, SH.message)) + [
            m for c in shapes.objects(shape, SH.sparql) for m in shapes.objects(c, SH.message)
        ]
        assert messages, f"{shape} has no sh:message"
        assert shapes.value(shape, SH.severity) == SHAPE_SEVERITIES[shape]


SHAPE_SEVERITIES = {
    AMBSH[name]: SH.Violation
    for name in (
        "AmbitoLabelShape",
        "AmbitoCapofilaCountShape",
        "CapofilaIsMemberShape",
        "AmbitoMemberIsComuneShape",
        "ComuneIstatCodeShape",
        "SinglePlanMembershipShape",
        "PhoneFaxE164Shape",
        "EmailShape",
        "PostalCodeShape",
        "DateDatatypeShape",
        "PlanYearDatatypeShape",
        "PlanYearOrderShape",
        "IntervalOrderShape",
        "ClaimSourceShape",
        "ClaimConfidenceShape",
        "SourcePageOriginShape",
        "SourcePageFetchTimeShape",
        "GeometryWktShape",
        "PopulationResidentsShape",
        "PopulationYearShape",
        "AmbitoGeometryShape",
        "AmbitoContiguityShape",
        "ClaimedInAmbitiShape",
    )
} | {AMBSH.LombardyCoverageShape: SH.Warning}


# --------------------------------------------------------------------------
# One broken graph per case: exactly the expected shape fires
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    shape: str
    breaks: Callable[[Graph], None]
    focus: tuple[URIRef, ...] = ()


def _second_capofila_for_beta(g: Graph) -> None:
    g.add((BETA, AMB.capofila, ARCISATE))  # Arcisate is a member of Beta


def _same_plan_years(g: Graph) -> None:
    # Alfa's 2021-2023 period becomes open; Beta gets its own open 2021-2023
    # plan, and Agra is a member of Beta for it too.
    g.remove((PERIOD_ALFA, TIME.hasEnd, None))
    plan = ID["ambito/beta/piano/2021-2023"]
    period = add_interval(g, URIRef(plan + "/periodo"), "2021-01-01", None)
    g.add((plan, RDF.type, AMB.PianoDiZona))
    g.add((plan, AMB.ofAmbito, BETA))
    g.add((plan, AMB.startYear, Literal("2021", datatype=XSD.gYear)))
    g.add((plan, AMB.endYear, Literal("2023", datatype=XSD.gYear)))
    g.add((plan, AMB.period, period))
    g.add((BETA, AMB.hasPlan, plan))
    add_membership(g, BETA, AGRA, period)


def _same_interval(g: Graph) -> None:
    g.add((ID["ambito/beta/membership/012004"], ORG.memberDuring, PERIOD_BETA))
    add_membership(g, ALFA, ARCISATE, PERIOD_BETA)


def _open_ended_intervals(g: Graph) -> None:
    beta_m = ID["ambito/beta/membership/012004"]
    g.add((beta_m, ORG.memberDuring, add_interval(g, URIRef(beta_m + "/periodo"), "2019-01-01", None)))
    alfa_m = ID["ambito/alfa/membership/012004"]
    add_membership(g, ALFA, ARCISATE, add_interval(g, URIRef(alfa_m + "/periodo"), "2020-01-01", None))


def _reversed_responsibility(g: Graph) -> None:
    # The n-ary form of amb:responsible (amb:OfficeResponsibility) with its
    # end before its start.
    r = ID["ambito/alfa/ufficio-di-piano/responsabile/maria-rossi"]
    g.add((r, RDF.type, ORG.Membership))
    g.add((r, RDF.type, AMB.OfficeResponsibility))
    g.add((r, ORG.member, PERSON))
    g.add((r, ORG.organization, OFFICE))
    g.add((r, ORG.role, AMB.ResponsibleRole))
    g.add((r, ORG.memberDuring, add_interval(g, URIRef(r + "/periodo"), "2023-05-01", "2022-05-01")))


def _remove_page_urls(g: Graph, page: URIRef) -> None:
    g.remove((page, PROV.wasDerivedFrom, None))
    g.remove((page, AMB.finalUrl, None))


def _untyped_membership(g: Graph) -> None:
    g.remove((ID["ambito/beta/membership/012003"], RDF.type, ORG.Membership))


GEO = Namespace("http://www.opengis.net/ont/geosparql#")
AGRA_SHAPE, ALFA_SHAPE = ID["comune/012001/geometria"], ID["ambito/alfa/geometria"]
AGRA_2023, ALFA_2023 = ID["comune/012001/popolazione/2023"], ID["ambito/alfa/popolazione/2023"]

CASES = [
    # population and territory
    Case("wkt_plain_string", "GeometryWktShape",
         lambda g: replace(g, AGRA_SHAPE, GEO.asWKT, Literal("POLYGON ((8.8 45.9, 8.9 45.9, 8.8 45.9))")),
         (AGRA_SHAPE,)),
    Case("wkt_point", "GeometryWktShape",
         lambda g: replace(g, ALFA_SHAPE, GEO.asWKT, Literal("POINT (8.8 45.9)", datatype=GEO.wktLiteral)),
         (ALFA_SHAPE,)),
    Case("negative_population", "PopulationResidentsShape",
         lambda g: replace(g, AGRA_2023, AMB.residents, Literal(-1)), (AGRA_2023,)),
    Case("population_without_year", "PopulationYearShape",
         lambda g: g.remove((ALFA_2023, AMB.referenceYear, None)), (ALFA_2023,)),
    Case("territory_without_geometry", "AmbitoGeometryShape",
         lambda g: g.remove((ALFA, GEO.hasGeometry, None)), (ALFA,)),
    Case("contiguity_as_string", "AmbitoContiguityShape",
         lambda g: replace(g, ALFA, AMB.contiguous, Literal("yes")), (ALFA,)),
    Case("claimed_in_no_ambito", "ClaimedInAmbitiShape",
         lambda g: g.add((ARCISATE, AMB.claimedInAmbiti, Literal(0))), (ARCISATE,)),
    # ambiti
    Case("label_missing", "AmbitoLabelShape", lambda g: g.remove((BETA, RDFS.label, None)), (BETA,)),
    Case("second_label", "AmbitoLabelShape", lambda g: g.add((BETA, RDFS.label, Literal("Ambito Beta bis"))), (BETA,)),
    Case(
        "rejected_label_accepted",
        "AmbitoLabelShape",
        lambda g: g.add((CLAIM_REJECTED_LABEL, RDF.type, AMB.AcceptedClaim)),
        (ALFA,),
    ),
    Case("second_capofila", "AmbitoCapofilaCountShape", _second_capofila_for_beta, (BETA,)),
    Case(
        "rejected_capofila_accepted",
        "AmbitoCapofilaCountShape",
        lambda g: g.add((CLAIM_REJECTED_CAPOFILA, RDF.type, AMB.AcceptedClaim)),
        (ALFA,),
    ),
    Case("capofila_not_member", "CapofilaIsMemberShape", lambda g: replace(g, BETA, AMB.capofila, AGRA), (BETA,)),
    Case("capofila_membership_untyped", "CapofilaIsMemberShape", _untyped_membership, (BETA,)),
    Case("ats_as_member", "AmbitoMemberIsComuneShape", lambda g: add_membership(g, ALFA, ATS, None), (ALFA,)),
    Case(
        "untyped_comune_member",
        "AmbitoMemberIsComuneShape",
        lambda g: add_membership(g, ALFA, ID["comune/012999"], None),
        (ALFA,),
    ),
    # comuni
    Case(
        "istat_five_digits",
        "ComuneIstatCodeShape",
        lambda g: replace(g, AGLIE, AMB.istatCode, Literal("1001")),
        (AGLIE,),
    ),
    Case("istat_missing", "ComuneIstatCodeShape", lambda g: g.remove((AGLIE, AMB.istatCode, None)), (AGLIE,)),
    Case("istat_twice", "ComuneIstatCodeShape", lambda g: g.add((AGLIE, AMB.istatCode, Literal("001999"))), (AGLIE,)),
    Case("same_plan_years", "SinglePlanMembershipShape", _same_plan_years, (AGRA,)),
    Case("same_interval", "SinglePlanMembershipShape", _same_interval, (ARCISATE,)),
    Case("open_ended_intervals", "SinglePlanMembershipShape", _open_ended_intervals, (ARCISATE,)),
    # contacts
    Case(
        "phone_national_format",
        "PhoneFaxE164Shape",
        lambda g: replace(g, OFFICE, AMB.phone, Literal("0332 123456")),
        (OFFICE,),
    ),
    Case(
        "fax_with_spaces",
        "PhoneFaxE164Shape",
        lambda g: replace(g, OFFICE, AMB.fax, Literal("+39 0332 123457")),
        (OFFICE,),
    ),
    Case(
        "email_without_at",
        "EmailShape",
        lambda g: replace(g, OFFICE, AMB.email, Literal("ufficiodipiano.example.it")),
        (OFFICE,),
    ),
    Case(
        "pec_with_mailto",
        "EmailShape",
        lambda g: replace(g, OFFICE, AMB.pec, Literal("mailto:ambito.alfa@pec.example.it")),
        (OFFICE,),
    ),
    Case(
        "postal_code_four_digits",
        "PostalCodeShape",
        lambda g: replace(g, OFFICE, AMB.postalCode, Literal("2101")),
        (OFFICE,),
    ),
    # dates and plans
    Case(
        "approved_on_string",
        "DateDatatypeShape",
        lambda g: replace(g, PLAN_ALFA, AMB.approvedOn, Literal("2021-12-15")),
        (PLAN_ALFA,),
    ),
    Case(
        "page_updated_datetime",
        "DateDatatypeShape",
        lambda g: replace(g, PAGE1, AMB.pageUpdatedOn, Literal("2024-11-02T10:00:00", datatype=XSD.dateTime)),
        (PAGE1,),
    ),
    Case(
        "instant_string",
        "DateDatatypeShape",
        lambda g: replace(g, ID["giorno/2021-01-01"], TIME.inXSDDate, Literal("2021-01-01")),
        (ID["giorno/2021-01-01"],),
    ),
    Case(
        "start_year_integer",
        "PlanYearDatatypeShape",
        lambda g: replace(g, PLAN_ALFA, AMB.startYear, Literal(2021)),
        (PLAN_ALFA,),
    ),
    Case(
        "start_after_end",
        "PlanYearOrderShape",
        lambda g: replace(g, PLAN_ALFA, AMB.startYear, Literal("2024", datatype=XSD.gYear)),
        (PLAN_ALFA,),
    ),
    Case(
        "plan_period_reversed",
        "IntervalOrderShape",
        lambda g: replace(g, PERIOD_ALFA, TIME.hasEnd, ID["giorno/2018-01-01"]),
        (PLAN_ALFA, ID["ambito/alfa/membership/012001"], ID["ambito/alfa/membership/012002"]),
    ),
    Case(
        "responsibility_reversed",
        "IntervalOrderShape",
        _reversed_responsibility,
        (ID["ambito/alfa/ufficio-di-piano/responsabile/maria-rossi"],),
    ),
    # provenance
    Case(
        "claim_without_source",
        "ClaimSourceShape",
        lambda g: g.remove((CLAIM_PHONE, PROV.wasDerivedFrom, None)),
        (CLAIM_PHONE,),
    ),
    Case(
        "claim_two_sources",
        "ClaimSourceShape",
        lambda g: g.add((CLAIM_PHONE, PROV.wasDerivedFrom, REGISTRY)),
        (CLAIM_PHONE,),
    ),
    Case(
        "claim_from_plain_url",
        "ClaimSourceShape",
        lambda g: replace(g, CLAIM_PHONE, PROV.wasDerivedFrom, URIRef("https://www.ambito-alfa.example.it/contatti")),
        (CLAIM_PHONE,),
    ),
    Case(
        "confidence_above_one",
        "ClaimConfidenceShape",
        lambda g: replace(g, CLAIM_PHONE, AMB.confidence, Literal("1.5", datatype=XSD.decimal)),
        (CLAIM_PHONE,),
    ),
    Case(
        "confidence_double",
        "ClaimConfidenceShape",
        lambda g: replace(g, CLAIM_PHONE, AMB.confidence, Literal(0.9)),
        (CLAIM_PHONE,),
    ),
    # amb:finalUrl is a sub-property of prov:wasDerivedFrom, so under RDFS inference it alone
    # satisfies the rule: remove both.
    Case("page_without_url", "SourcePageOriginShape", lambda g: _remove_page_urls(g, PAGE2), (PAGE2,)),
    Case(
        "page_url_literal",
        "SourcePageOriginShape",
        lambda g: replace(g, PAGE2, PROV.wasDerivedFrom, Literal("https://www.ambito-alfa.example.it/")),
        (PAGE2,),
    ),
    Case(
        "page_without_fetch_time",
        "SourcePageFetchTimeShape",
        lambda g: g.remove((PAGE1, PROV.generatedAtTime, None)),
        (PAGE1,),
    ),
    Case(
        "page_fetch_time_date_only",
        "SourcePageFetchTimeShape",
        lambda g: replace(g, PAGE1, PROV.generatedAtTime, Literal("2025-01-10", datatype=XSD.date)),
        (PAGE1,),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_broken_graph_fires_exactly_one_shape(valid_graph: Graph, check, case: Case) -> None:
    g = copy(valid_graph)
    case.breaks(g)
    conforms, results = check(g)
    assert not conforms
    assert {r.shape for r in results} == {AMBSH[case.shape]}, [r.message for r in results]
    assert {r.severity for r in results} == {SH.Violation}
    assert {r.focus for r in results} == set(case.focus)
    assert all(r.message and "{" not in r.message for r in results)


def test_every_violation_shape_has_a_breaking_case() -> None:
    violation_shapes = {s for s, sev in SHAPE_SEVERITIES.items() if sev == SH.Violation}
    assert {AMBSH[c.shape] for c in CASES} == violation_shapes


# --------------------------------------------------------------------------
# What must NOT fire
# --------------------------------------------------------------------------


def _member_in_two_different_plan_periods(g: Graph) -> None:
    # Arcisate: open membership in Beta for 2018-2020 and in Alfa for 2021-2023.
    g.remove((PERIOD_ALFA, TIME.hasEnd, None))
    g.add((ID["ambito/beta/membership/012004"], ORG.memberDuring, PERIOD_BETA))
    add_membership(g, ALFA, ARCISATE, PERIOD_ALFA)


def _member_with_a_closed_membership(g: Graph) -> None:
    # Arcisate left Alfa (closed interval) and is now in Beta (open).
    alfa_m = ID["ambito/alfa/membership/012004"]
    add_membership(g, ALFA, ARCISATE, add_interval(g, URIRef(alfa_m + "/periodo"), "2015-01-01", "2018-12-31"))
    beta_m = ID["ambito/beta/membership/012004"]
    g.add((beta_m, ORG.memberDuring, add_interval(g, URIRef(beta_m + "/periodo"), "2019-01-01", None)))


@pytest.mark.parametrize(
    "breaks",
    [_member_in_two_different_plan_periods, _member_with_a_closed_membership],
    ids=["different_plan_periods", "one_membership_closed"],
)
def test_single_plan_membership_allows_history(valid_graph: Graph, check, breaks) -> None:
    g = copy(valid_graph)
    breaks(g)
    conforms, results = check(g)
    assert results == []
    assert conforms


def test_rejected_page_values_are_ignored(valid_graph: Graph, check) -> None:
    """A page may state another name or capofila; while its claim is not
    accepted, neither the label, the capofila count nor the capofila
    membership check fires - even if the rejected capofila is no member."""
    g = copy(valid_graph)
    other = ID["comune/012003"]  # Angera: not a member of Alfa
    claim = BASE["claim/0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c01"]
    g.add((ALFA, AMB.capofila, other))
    g.add((claim, RDF.type, AMB.Claim))
    g.add((claim, RDF.subject, ALFA))
    g.add((claim, RDF.predicate, AMB.capofila))
    g.add((claim, RDF.object, other))
    g.add((claim, AMB.confidence, Literal("0.70", datatype=XSD.decimal)))
    g.add((claim, PROV.wasDerivedFrom, PAGE2))
    conforms, results = check(g)
    assert results == []
    assert conforms


# --------------------------------------------------------------------------
# Coverage: a warning, never a violation
# --------------------------------------------------------------------------


def _add_lombardy_comune_outside_ambiti(g: Graph) -> URIRef:
    arsago = ID["comune/012005"]
    g.add((arsago, RDF.type, AMB.Comune))
    g.add((arsago, RDFS.label, Literal("Arsago Seprio")))
    g.add((arsago, AMB.istatCode, Literal("012005")))
    g.add((arsago, AMB.provinceCode, Literal("VA")))
    return arsago


def test_lombardy_comune_outside_ambiti_is_only_a_warning(valid_graph: Graph, check) -> None:
    g = copy(valid_graph)
    arsago = _add_lombardy_comune_outside_ambiti(g)
    conforms, results = check(g, allow_warnings=True)
    assert conforms, "a coverage gap must not fail validation"
    assert [(r.shape, r.severity, r.focus) for r in results] == [(AMBSH.LombardyCoverageShape, SH.Warning, arsago)]
    assert "not a member of any ambito" in results[0].message


def test_comune_outside_lombardy_is_not_a_coverage_gap(valid_graph: Graph, shapes: Graph) -> None:
    g = copy(valid_graph)
    assert (None, ORG.member, AGLIE) not in g  # Agliè (TO) is in no ambito
    _, results = validate(g, shapes)
    assert results == []


@pytest.mark.parametrize(
    "province", ["012", "013", "014", "015", "016", "017", "018", "019", "020", "097", "098", "108"]
)
def test_every_lombardy_province_is_covered(valid_graph: Graph, shapes: Graph, province: str) -> None:
    g = copy(valid_graph)
    comune = ID[f"comune/{province}900"]
    g.add((comune, RDF.type, AMB.Comune))
    g.add((comune, AMB.istatCode, Literal(f"{province}900")))
    _, results = validate(g, shapes)
    assert [(r.shape, r.focus) for r in results] == [(AMBSH.LombardyCoverageShape, comune)]


# --------------------------------------------------------------------------
# The product reads named graphs: shapes see their union
# --------------------------------------------------------------------------


def _split_into_named_graphs(g: Graph) -> dict[URIRef, Graph]:
    """Memberships in one named graph, claims in another, the rest in a third (as the build spreads them)."""
    memberships = set(g.subjects(RDF.type, ORG.Membership))
    claims = set(g.subjects(RDF.type, AMB.Claim))
    graphs: dict[URIRef, Graph] = {BASE[f"graph/test-{name}"]: Graph() for name in ("memberships", "claims", "rest")}
    for s, p, o in g:
        name = "memberships" if s in memberships else "claims" if s in claims else "rest"
        graphs[BASE[f"graph/test-{name}"]].add((s, p, o))
    return graphs


def test_product_validates_the_union_of_named_graphs(valid_graph: Graph) -> None:
    conforms, results = validate_with_product(_split_into_named_graphs(valid_graph))
    assert results == []
    assert conforms


def test_product_fires_across_named_graphs(valid_graph: Graph) -> None:
    """Alfa's capofila (Agra) loses its membership in the memberships graph; the ambito is in another graph."""
    g = copy(valid_graph)
    membership = ID["ambito/alfa/membership/012001"]
    assert (membership, ORG.member, AGRA) in g
    g.remove((membership, None, None))
    conforms, results = validate_with_product(_split_into_named_graphs(g))
    assert not conforms
    violations = {(r.shape, r.focus) for r in results if r.severity == SH.Violation}
    assert violations == {(AMBSH.CapofilaIsMemberShape, ALFA)}
