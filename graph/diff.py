"""What changed between two crawls, said the way a researcher asks it.

Both crawls are consolidated with the same rules (graph/build.py); their resolved facts are
compared and grouped: comuni that moved ambito, capofila changes, contact changes, new plans and
approvals, pages that appeared, changed or vanished (gone: 404, 410) or were unreachable (kept, flagged);
the raw triple counts close the report. Only consolidated crawls are compared (crawler/crawls.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from crawler.archive import read_index
from crawler.datadir import DataDir, DataDirError
from crawler.extraction.stage import ClaimsCache, extract_crawl
from crawler.reference.comuni import load_comuni
from graph import vocab as v
from graph.build import consolidate_crawl
from graph.history import Fact, facts_of
from graph.predicates import Diff, names_in


def _local(term: Any) -> str:
    value = getattr(term, "value", str(term))
    return value.split("/id/", 1)[-1] if "/id/" in value else value


def crawl_state(
    data: DataDir, crawl_id: str, cache: ClaimsCache
) -> tuple[dict[str, tuple[int, str, bool]], frozenset[Fact], int]:
    """URL -> (status, sha256, unreachable) of every page, the resolved facts, and the consolidated size.
    A page carried because it could not be reached keeps its facts and is flagged, not vanished."""
    snaps = read_index(data.crawls / crawl_id)
    results, _ = extract_crawl(data, crawl_id, cache=cache)
    pages = [s for s in snaps if s.status == 200]
    consolidated = consolidate_crawl(pages, results, load_comuni())
    state = {s.url: (s.status, s.sha256, s.carried == "unreachable") for s in snaps}
    return state, facts_of(consolidated), len(consolidated)


def _by(facts: frozenset[Fact], predicate: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for s, p, o in facts:
        if p.value == predicate:
            out[_local(s)].add(_local(o))
    return out


def diff(data: DataDir, a: str | None = None, b: str | None = None) -> dict[str, Any]:
    ids = data.crawl_ids()
    if a is None and b is None:
        if len(ids) < 2:
            raise DataDirError(f"{data.root}: diff needs two complete crawls, found {len(ids)}: run `ambiti recrawl`")
        a, b = ids[-2], ids[-1]
    for crawl_id in (a, b):
        if crawl_id not in ids:
            raise DataDirError(f"{data.root}: no complete crawl {crawl_id!r}; crawls: {', '.join(ids) or 'none'}")
    cache = ClaimsCache(data)
    pages_a, facts_a, size_a = crawl_state(data, a, cache)  # type: ignore[arg-type]
    pages_b, facts_b, size_b = crawl_state(data, b, cache)  # type: ignore[arg-type]
    report: dict[str, Any] = {"from": a, "to": b}

    members_a, members_b = _by(facts_a, v.ORG_HAS_MEMBER.value), _by(facts_b, v.ORG_HAS_MEMBER.value)
    where_a = {c: amb for amb, cs in members_a.items() for c in cs}
    where_b = {c: amb for amb, cs in members_b.items() for c in cs}
    moved, joined, left = [], [], []
    for comune in sorted(set(where_a) | set(where_b)):
        before, after = where_a.get(comune), where_b.get(comune)
        if before and after and before != after:
            moved.append({"comune": comune, "from": before, "to": after})
        elif after and not before:
            joined.append({"comune": comune, "ambito": after})
        elif before and not after:
            left.append({"comune": comune, "ambito": before})
    report["moved_comuni"], report["joined"], report["left"] = moved, joined, left

    cap_a, cap_b = _by(facts_a, v.amb("capofila").value), _by(facts_b, v.amb("capofila").value)
    report["capofila_changed"] = [
        {"ambito": amb, "from": sorted(cap_a.get(amb, set())), "to": sorted(cap_b.get(amb, set()))}
        for amb in sorted(set(cap_a) | set(cap_b))
        if cap_a.get(amb, set()) != cap_b.get(amb, set())
    ]

    contacts = []
    for name in names_in(Diff.CONTACT):
        before, after = _by(facts_a, v.amb(name).value), _by(facts_b, v.amb(name).value)
        for subject in sorted(set(before) | set(after)):
            old, new = before.get(subject, set()), after.get(subject, set())
            if old != new:
                contacts.append(
                    {"subject": subject, "kind": name, "removed": sorted(old - new), "added": sorted(new - old)}
                )
    report["contacts_changed"] = contacts

    plans_a, plans_b = _by(facts_a, v.amb("hasPlan").value), _by(facts_b, v.amb("hasPlan").value)
    report["new_plans"] = sorted(p for amb in plans_b for p in plans_b[amb] - plans_a.get(amb, set()))
    report["removed_plans"] = sorted(p for amb in plans_a for p in plans_a[amb] - plans_b.get(amb, set()))
    dates = []
    for name in names_in(Diff.PLAN_DATE):
        before, after = _by(facts_a, v.amb(name).value), _by(facts_b, v.amb(name).value)
        for plan in sorted(set(before) | set(after)):
            if before.get(plan, set()) != after.get(plan, set()):
                dates.append(
                    {
                        "plan": plan,
                        "kind": name,
                        "from": sorted(before.get(plan, set())),
                        "to": sorted(after.get(plan, set())),
                    }
                )
    report["plan_dates_changed"] = dates

    ok_a = {u for u, (st, _, _) in pages_a.items() if st == 200}
    ok_b = {u for u, (st, _, _) in pages_b.items() if st == 200}
    unreachable = {u for u in ok_b if pages_b[u][2]}
    reached = ok_b - unreachable
    report["pages"] = {
        "appeared": sorted(reached - ok_a),
        "changed": sorted(u for u in ok_a & reached if pages_a[u][1] != pages_b[u][1]),
        "vanished": sorted(u for u in ok_a - ok_b),
        "unreachable": sorted(unreachable),
        "unchanged": len([u for u in ok_a & reached if pages_a[u][1] == pages_b[u][1]]),
    }
    report["triples"] = {
        "added": len(facts_b - facts_a),
        "removed": len(facts_a - facts_b),
        "consolidated_before": size_a,
        "consolidated_after": size_b,
    }
    return report


def render_markdown(report: dict[str, Any]) -> str:
    out = [f"# Changes from crawl {report['from']} to {report['to']}", ""]

    def section(title: str, items: list[str]) -> None:
        out.append(f"## {title}")
        out.extend(f"- {line}" for line in items) if items else out.append("- none")
        out.append("")

    section("Comuni that moved ambito", [f"{m['comune']}: {m['from']} → {m['to']}" for m in report["moved_comuni"]])
    section(
        "Comuni that joined or left",
        [f"{j['comune']} joined {j['ambito']}" for j in report["joined"]]
        + [f"{x['comune']} left {x['ambito']}" for x in report["left"]],
    )
    section(
        "Capofila",
        [
            f"{c['ambito']}: {', '.join(c['from']) or '-'} → {', '.join(c['to']) or '-'}"
            for c in report["capofila_changed"]
        ],
    )
    section(
        "Contacts",
        [
            f"{c['subject']} {c['kind']}: {', '.join(c['removed']) or '-'} → {', '.join(c['added']) or '-'}"
            for c in report["contacts_changed"]
        ],
    )
    section(
        "Plans",
        [f"new plan {p}" for p in report["new_plans"]]
        + [f"plan gone {p}" for p in report["removed_plans"]]
        + [
            f"{d['plan']} {d['kind']}: {', '.join(d['from']) or '-'} → {', '.join(d['to']) or '-'}"
            for d in report["plan_dates_changed"]
        ],
    )
    pages = report["pages"]
    section(
        "Pages",
        [f"appeared {u}" for u in pages["appeared"]]
        + [f"changed {u}" for u in pages["changed"]]
        + [f"vanished {u}" for u in pages["vanished"]]
        + [f"unreachable {u} (its facts kept from the last crawl that reached it)" for u in pages["unreachable"]]
        + [f"{pages['unchanged']} unchanged"],
    )
    t = report["triples"]
    out += [
        "## Appendix: triple-level diff of the resolved facts",
        f"- added {t['added']}, removed {t['removed']} "
        f"(consolidated graph: {t['consolidated_before']} → {t['consolidated_after']} triples)",
        "",
    ]
    return "\n".join(out)


def render(report: dict[str, Any], fmt: str) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) if fmt == "json" else render_markdown(report)
