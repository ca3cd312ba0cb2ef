"""The house plan, checked on the source with `ast` (nothing is imported, no Qt): no import cycle between modules,
no project import inside a function but the deliberate ones listed here, small folders, and each kind of module
in its place. tests/test_layering.py keeps the one-way layers (ui → services → store/domain)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pekerja_desktop

PACKAGE_DIR = Path(pekerja_desktop.__file__).resolve().parent
PACKAGE = PACKAGE_DIR.name
MAX_MODULES_PER_FOLDER = 20

# Imports placed inside a function on purpose, as (importing module, imported module): the laziness is the point.
# Loading pages or commands through an importlib table of module names needs no entry here.
DELIBERATELY_LAZY = {
    ("pekerja_desktop.__main__", "pekerja_desktop.ui.app"),  # Qt loads only when the window opens, not for commands
    ("pekerja_desktop.__main__", "pekerja_desktop.selftest"),  # only --self-test pays for every feature it runs
    ("pekerja_desktop.__main__", "pekerja_desktop.ui.selftest_window"),  # Qt only for the self-test's window step
}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int
    in_function: bool
    through_package: bool = False  # `from package import module` runs the package's __init__ too


def module_files() -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    found = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = module_files()


def _resolve(name: str) -> str | None:
    """The package's module that `name` (a module, or a name inside one) stands for."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _source(node: ast.ImportFrom, module: str) -> str:
    """The module a `from … import` statement reads from, relative imports resolved."""
    base = node.module or ""
    if not node.level:
        return base
    package = module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
    return ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))


def _targets(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    """The modules an import statement names: `from a.b import c` names a.b.c if that is a module, else a.b."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = _source(node, module)
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    for child in ast.iter_child_nodes(node):
        if _is_type_checking(child):
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, in_function
        yield from _walk(child, in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef))


def project_imports() -> list[Import]:
    """Every import of a package module, by every module (imports under `if TYPE_CHECKING:` left out)."""
    found = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, in_function in _walk(tree, False):
            imported = {_resolve(target) for target in _targets(node, module) if target.startswith(PACKAGE)}
            found += [Import(module, name, node.lineno, in_function) for name in imported - {None, module}]
            package = _source(node, module) if isinstance(node, ast.ImportFrom) else ""
            if package.startswith(PACKAGE) and package not in imported | {module}:
                found.append(Import(module, package, node.lineno, in_function, through_package=True))
    return found


IMPORTS = project_imports()


def import_cycles() -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    edges: dict[str, set[str]] = {module: set() for module in MODULES}
    for found in IMPORTS:
        edges[found.importer].add(found.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while not component or component[-1] != module:
                component.append(stack.pop())
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return sorted(cycles)


def test_no_import_cycle_between_modules():
    cycles = import_cycles()
    assert cycles == [], "import cycles:\n" + "\n".join(" ↔ ".join(cycle) for cycle in cycles)


def test_no_project_import_inside_a_function_but_the_deliberate_ones():
    lazy = [found for found in IMPORTS if found.in_function and not found.through_package]
    unexpected = sorted(f"{found.importer}:{found.line} imports {found.imported}" for found in lazy
                        if (found.importer, found.imported) not in DELIBERATELY_LAZY)
    assert unexpected == [], "imports inside a function:\n" + "\n".join(unexpected)


def test_the_list_of_deliberate_imports_names_only_imports_that_exist():
    lazy = {(found.importer, found.imported) for found in IMPORTS if found.in_function and not found.through_package}
    assert DELIBERATELY_LAZY - lazy == set()


def test_no_folder_holds_more_than_twenty_modules():
    sizes: dict[Path, int] = {}
    for path in MODULES.values():
        sizes[path.parent] = sizes.get(path.parent, 0) + 1
    crowded = sorted(f"{folder.relative_to(PACKAGE_DIR)}: {count}" for folder, count in sizes.items()
                     if count > MAX_MODULES_PER_FOLDER)
    assert crowded == []


def test_the_top_of_services_holds_only_the_context():
    top = sorted(path.name for path in (PACKAGE_DIR / "services").glob("*.py"))
    assert top == ["__init__.py", "context.py"]


def test_every_page_lies_under_ui_pages():
    pages_dir = PACKAGE_DIR / "ui" / "pages"
    stray = sorted(str(path.relative_to(PACKAGE_DIR)) for path in PACKAGE_DIR.rglob("page.py")
                   if pages_dir not in path.parents)
    assert stray == []


def test_the_context_imports_no_service():
    imported = sorted(found.imported for found in IMPORTS if found.importer == f"{PACKAGE}.services.context"
                      and not found.through_package)
    assert imported, "the walk found none of context.py's imports"
    assert [name for name in imported if name.startswith(f"{PACKAGE}.services")] == []
