"""The layers of DESIGN §2a, checked on every import of the code (module level and inside
functions): shells (desktop, cli, hub) → core → db; demo beside the shells; no Qt below the
desktop shell, no web framework outside the hub shell, no shell importing another, no cycle
between packages or modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("db", "core", "demo", "desktop", "cli", "hub")
# what each of our packages may import of ours
ALLOWED = {
    "db": {"db"},
    "core": {"core", "db"},
    "demo": {"demo", "core", "db"},
    "desktop": {"desktop", "core", "db", "demo"},
    "cli": {"cli", "core", "db", "demo"},
    "hub": {"hub", "core", "db", "demo"},
}
QT = ("PySide6", "shiboken6")
WEB = ("fastapi", "starlette", "uvicorn")
QT_ALLOWED = {"desktop"}
WEB_ALLOWED = {"hub"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, module: str, modules: set[str]) -> set[str]:
    """Every module ``source`` imports, anywhere in it; names inside a package resolved to the
    submodule when there is one (``from core.backlog import lots`` → ``core.backlog.lots``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package of ``module``
                package = module if module_is_package(module, modules) else module.rpartition(".")[0]
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in modules else base)
    return found


def module_is_package(module: str, modules: set[str]) -> bool:
    return any(m.startswith(module + ".") for m in modules)


def code_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")
             if "versions" not in p.parts}
    names = set(files)
    return {m: imports_of(p.read_text(encoding="utf-8"), m, names) for m, p in files.items()}


def top(name: str) -> str:
    return name.split(".")[0]


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for module, targets in sorted(graph.items()):
        home = top(module)
        for target in sorted(targets):
            root = top(target)
            if root in QT and home not in QT_ALLOWED:
                bad.append(f"{module} imports Qt ({target})")
            elif root in WEB and home not in WEB_ALLOWED:
                bad.append(f"{module} imports the web framework ({target})")
            elif root in ALLOWED and root not in ALLOWED[home]:
                bad.append(f"{module} ({home}) imports {target} ({root})")
    return bad


def unit(module: str) -> str:
    """The package a module counts for in the package-cycle check: a feature package of core or
    of the desktop's ui (core.backlog, desktop.ui.training), else the top module (core.store)."""
    parts = module.split(".")
    depth = 3 if parts[:2] == ["desktop", "ui"] else 2
    return ".".join(parts[:depth])


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def ours(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {m: {t for t in ts if t in graph and t != m} for m, ts in graph.items()}


def package_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    edges: dict[str, set[str]] = {}
    for module, targets in ours(graph).items():
        edges.setdefault(unit(module), set()).update(unit(t) for t in targets if unit(t) != unit(module))
    return cycles(edges)


def module_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    return cycles(ours(graph))


def test_every_layer_imports_only_what_it_may():
    assert layer_violations(code_graph()) == []


def test_no_cycle_between_packages():
    assert package_cycles(code_graph()) == []


def test_no_cycle_between_modules():
    assert module_cycles(code_graph()) == []


def test_the_checks_catch_a_forbidden_import_added_anywhere():
    graph = code_graph()
    assert "core.text" in graph and "db.base" in graph
    inner = imports_of("def f():\n    from PySide6.QtCore import QObject\n", "core.text", set(graph))
    assert inner == {"PySide6.QtCore"}  # an import inside a function is seen
    graph["core.text"] = graph["core.text"] | inner | {"desktop.app"}
    graph["hub.app"] = graph.get("hub.app", set()) | {"cli.main"}
    graph["db.base"] = graph["db.base"] | {"core.store"}
    bad = layer_violations(graph)
    assert "core.text imports Qt (PySide6.QtCore)" in bad
    assert "core.text (core) imports desktop.app (desktop)" in bad
    assert "hub.app (hub) imports cli.main (cli)" in bad
    assert "db.base (db) imports core.store (core)" in bad
    assert any({"core.store", "db.base"} <= set(c) for c in package_cycles(graph))
