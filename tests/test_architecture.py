"""The arrows of the layout point one way (docs/architecture.md, issue 13).

- `graph/` never imports the parsers: it reads what the extract stage (crawler/extraction) returns;
- `crawler/` never imports `graph/`;
- no module imports another of the project inside a function (the CLI loading its commands lazily
  is the one exception): such an import is how an import cycle gets hidden;
- only the store factory (graph/store.py) imports a store backend;
- no import cycle among the modules of the project.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOPS = ("crawler", "graph")
BACKENDS = {"graph.oxigraph_store", "graph.rdflib_store", "graph.remote"}
FACTORY = "graph.store"


@cache  # read when a test asks, not at collection: every pytest-xdist worker collects this module
def modules() -> dict[str, Path]:
    mods = {}
    for top in TOPS:
        for path in (ROOT / top).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            mods[name.removesuffix(".__init__")] = path
    return mods


def _imports(module: str, path: Path) -> list[tuple[str, bool]]:
    """(imported project module, inside a function?) for every import of the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inner = {
        id(node)
        for func in ast.walk(tree)
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(func)
        if isinstance(node, (ast.Import, ast.ImportFrom))
    }
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            # `from graph import iris` imports the module graph.iris
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules() else base for a in node.names]
        else:
            continue
        out += [(t, id(node) in inner) for t in targets if t.split(".")[0] in TOPS]
    return out


@cache  # parsing every module of the project takes most of a second
def imports() -> dict[str, list[tuple[str, bool]]]:
    return {module: _imports(module, path) for module, path in modules().items()}


def test_the_modules_are_found() -> None:
    assert {"crawler.extraction.stage", "graph.build", "graph.store", "graph.store_api"} <= set(modules())


def test_graph_never_imports_the_parsers() -> None:
    bad = [(m, t) for m, imps in imports().items() if m.startswith("graph") for t, _ in imps]
    assert [(m, t) for m, t in bad if t.startswith("crawler.parsers")] == []


def test_crawler_never_imports_graph() -> None:
    bad = [(m, t) for m, imps in imports().items() if m.startswith("crawler") for t, _ in imps if t.startswith("graph")]
    assert bad == []


def test_no_project_import_inside_a_function_but_the_cli() -> None:
    bad = [(m, t) for m, imps in imports().items() if not m.endswith(".cli") for t, inside in imps if inside]
    assert bad == []


def test_only_the_factory_imports_a_backend() -> None:
    bad = [
        (m, t) for m, imps in imports().items() if m not in (FACTORY, *BACKENDS) for t, _ in imps if t in BACKENDS
    ]
    assert bad == []
    backends_importing_backends = [(m, t) for m in BACKENDS for t, _ in imports()[m] if t in BACKENDS]
    assert backends_importing_backends == []


def _cycle() -> list[str] | None:
    """One import cycle among the project's modules, or None."""
    graph = {m: sorted({t for t, _ in imps if t in modules() and t != m}) for m, imps in imports().items()}
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for t in graph[m]:
            if state.get(t) == 1:
                return stack[stack.index(t) :] + [t]
            if t not in state and (found := visit(t)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_cycle() -> None:
    assert _cycle() is None


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: a loop added to the real graph is found."""
    saved = imports()["graph.store_api"]
    imports()["graph.store_api"] = [*saved, ("graph.store", False)]
    try:
        assert _cycle() is not None
    finally:
        imports()["graph.store_api"] = saved
