"""Dataset exports: RDF serialisations, the CSV tables, GraphML, a VoID/DCAT description, checksums.

Files are written into a temporary directory beside the target and moved in only when all are
complete, so an interrupted export never leaves half a release.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from crawler.datadir import DataDir, DataDirError
from graph import iris
from graph.network import membership_graph, write_graphml
from graph.store_api import Store
from graph.tables import TABLES, tables, to_csv
from graph.vocab import PREFIXES

RDF_FORMATS = {
    # name: (file, pyoxigraph format, keeps named graphs)
    "nq": ("ambiti.nq", ox.RdfFormat.N_QUADS, True),
    "trig": ("ambiti.trig", ox.RdfFormat.TRIG, True),
    "jsonld": ("ambiti.jsonld", ox.RdfFormat.JSON_LD, True),
    "ttl": ("ambiti.ttl", ox.RdfFormat.TURTLE, False),
    "nt": ("ambiti.nt", ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": ("ambiti.rdf", ox.RdfFormat.RDF_XML, False),
}
ALL = [*RDF_FORMATS, "csv", "graphml"]
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
CONTEXT = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"


def _quads(store: Store) -> list[ox.Quad]:
    return list(ox.parse(store.dump_nquads(), format=ox.RdfFormat.N_QUADS))


def _write_rdf(quads: list[ox.Quad], fmt: str, out: Path) -> Path:
    name, rdf_format, named = RDF_FORMATS[fmt]
    prefixes = {**PREFIXES, "id": iris.BASE + "id/"}
    if fmt == "jsonld":
        data = _compact_jsonld(ox.serialize(quads, format=rdf_format))
    elif named:
        data = ox.serialize(quads, format=rdf_format, prefixes=prefixes if fmt == "trig" else None)
    else:
        consolidated = iris.consolidated()
        triples = [q.triple for q in quads if q.graph_name == consolidated]
        data = ox.serialize(triples, format=rdf_format, prefixes=None if fmt == "nt" else prefixes)
    path = out / name
    path.write_bytes(data)
    return path


def _compact_jsonld(expanded: bytes) -> bytes:
    """Oxigraph writes expanded JSON-LD fast; pyld compacts it with ontology/context.jsonld so
    that it reads naturally ("name", "capofila", "members" instead of full IRIs)."""
    from pyld import jsonld

    context = json.loads(CONTEXT.read_text(encoding="utf-8"))
    compacted = jsonld.compact(json.loads(expanded), context)
    return json.dumps(compacted, ensure_ascii=False, indent=1).encode("utf-8")


def _void(quads: list[ox.Quad], files: list[str], data: DataDir | None) -> bytes:
    """A VoID + DCAT-AP_IT description of the release."""
    ds = f"<{iris.BASE}dataset>"
    triples = len(quads)
    graphs = {q.graph_name for q in quads}
    sources = sum(1 for g in graphs if isinstance(g, ox.NamedNode) and "/source/" in g.value)
    crawls = data.crawl_ids() if data else []
    issued = datetime.now(UTC).date().isoformat()
    lines = [
        "@prefix void: <http://rdfs.org/ns/void#> .",
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dcatapit: <http://dati.gov.it/onto/dcatapit#> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        f"{ds} a void:Dataset, dcat:Dataset, dcatapit:Dataset ;",
        '  dct:title "Ambiti territoriali sociali della Lombardia"@it, "Social-planning districts of Lombardy"@en ;',
        '  dct:description "Ambiti, comuni capofila, membri, Uffici di Piano e Piani di Zona letti dai siti web, '
        'con la fonte di ogni fatto."@it ;',
        f"  dct:license <{LICENSE}> ;",
        f'  dct:issued "{issued}"^^xsd:date ;',
        '  dct:publisher [ a <http://xmlns.com/foaf/0.1/Agent> ;',
        '    <http://xmlns.com/foaf/0.1/name> "ambiti contributors" ] ;',
        f"  void:triples {triples} ;",
        f'  void:uriSpace "{iris.BASE}id/" ;',
        "  void:vocabulary <https://w3id.org/ambiti/ontology#>, <http://www.w3.org/ns/org#>,",
        "    <http://www.w3.org/ns/prov#> ;",
        f"  void:sparqlEndpoint <{iris.BASE}sparql> ;",
        f'  dct:source "{sources} archived web pages" ;',
    ]
    for crawl_id in crawls:
        meta = data.crawl_meta(crawl_id) if data else {}
        if meta.get("finished"):
            lines.append(f'  dct:temporal [ dcat:endDate "{meta["finished"]}"^^xsd:dateTime ] ;')
    for name in files:
        lines.append(f'  dcat:distribution [ a dcat:Distribution ; dct:title "{name}" ; dcat:downloadURL <{name}> ] ;')
    lines[-1] = lines[-1].rstrip(" ;") + " ."
    return ("\n".join(lines) + "\n").encode("utf-8")


README = (
    """# ambiti dataset release

Files:
- ambiti.nq / ambiti.trig / ambiti.jsonld: the whole dataset with its named graphs (one per
  archived page, the ISTAT registry, each crawl, and graph/consolidated with the resolved facts).
- ambiti.ttl / ambiti.nt / ambiti.rdf: the consolidated graph only (these formats have no named graphs).
- CSV tables (UTF-8, comma, header row):
"""
    + "\n".join(f"  - {name}: {', '.join(cols)}" for name, cols in TABLES.items())
    + """
- ambiti.graphml: comune - ambito - ATS membership network for Gephi / networkx.
- void.ttl: VoID + DCAT-AP_IT description; SHA256SUMS: checksums of every file.
Licence: CC BY 4.0. Facts carry their source page in the RDF (prov:wasDerivedFrom).
"""
)


def export(store: Store, out: Path, fmt: str, *, force: bool = False, data: DataDir | None = None) -> list[Path]:
    if out.exists() and not out.is_dir():
        raise DataDirError(f"{out} is a file: give a directory to --out")
    if out.exists() and any(out.iterdir()) and not force:
        raise DataDirError(f"{out} is not empty: choose an empty directory or add --force")
    formats = ALL if fmt == "all" else [fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    try:
        quads = _quads(store)
        written: list[Path] = []
        for f in formats:
            if f in RDF_FORMATS:
                written.append(_write_rdf(quads, f, tmp))
            elif f == "csv":
                for name, rows in tables(store).items():
                    (tmp / name).write_text(to_csv(TABLES[name], rows), encoding="utf-8")
                    written.append(tmp / name)
            elif f == "graphml":
                written.append(write_graphml(membership_graph(store), tmp / "ambiti.graphml"))
        (tmp / "void.ttl").write_bytes(_void(quads, [p.name for p in written], data))
        written.append(tmp / "void.ttl")
        if fmt == "all":
            (tmp / "README.md").write_text(README, encoding="utf-8")
            written.append(tmp / "README.md")
        sums = "".join(f"{_sha256(p)}  {p.name}\n" for p in sorted(written))
        (tmp / "SHA256SUMS").write_text(sums, encoding="utf-8")
        written.append(tmp / "SHA256SUMS")
        if fmt == "all":
            archive = tmp / "ambiti-release.tar.gz"
            with tarfile.open(archive, "w:gz") as tar:
                for p in sorted(written):
                    tar.add(p, arcname=f"ambiti-release/{p.name}")
            written.append(archive)
        out.mkdir(parents=True, exist_ok=True)
        final = []
        for p in written:
            target = out / p.name
            p.replace(target)
            final.append(target)
        return final
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
