"""How your tests in test_library.py are checked: read this, don't change it.

They must pass on the `Library` of library.py. Then each broken `Library` below
is put in its place in turn (the fixtures of conftest.py build it too), and your
tests run again: for every one of them at least one of your tests must fail, or
that bug would slip through.
"""

import ast
from pathlib import Path

import pytest

import library as library_module
from coursekit import assert_tests_catch, assert_tests_exist

YOURS = Path(__file__).parent / "test_library.py"
CONFTEST = Path(__file__).parent.parent / "conftest.py"
Library = library_module.Library


class LibraryListingLentBooks(Library):
    def available(self):
        return sorted(self._titles.values())


class LibraryLendingTwice(Library):
    def lend(self, isbn, member):
        if isbn not in self._titles:
            raise LookupError(f"no book with isbn {isbn}")
        self._borrowers[isbn] = member


class LibraryLendingUnknownBooks(Library):
    def lend(self, isbn, member):
        if isbn in self._borrowers:
            raise ValueError(f"{isbn} is already lent")
        self._borrowers[isbn] = member


class LibraryKeepingReturnedBooks(Library):
    def give_back(self, isbn):
        if isbn not in self._borrowers:
            raise ValueError(f"{isbn} is not lent")


class LibraryListingEveryLoan(Library):
    def loans_of(self, member):
        return sorted(self._titles[isbn] for isbn in self._borrowers)


class LibraryListingIsbns(Library):
    def loans_of(self, member):
        return sorted(isbn for isbn, who in self._borrowers.items() if who == member)


BROKEN = {
    "a Library whose available() still lists lent books": LibraryListingLentBooks,
    "a Library that lends a lent book again": LibraryLendingTwice,
    "a Library that lends books it doesn't have": LibraryLendingUnknownBooks,
    "a Library whose give_back doesn't make the book available": LibraryKeepingReturnedBooks,
    "a Library whose loans_of lists every loan, whoever borrowed it": LibraryListingEveryLoan,
    "a Library whose loans_of gives isbns instead of titles": LibraryListingIsbns,
}


def fixture_names(path):
    """The fixtures a conftest.py defines."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and any(
                "fixture" in ast.unparse(decorator) for decorator in node.decorator_list):
            names.add(node.name)
    return names


def test_your_tests_use_the_fixtures_of_conftest():
    tree = ast.parse(YOURS.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert all(alias.name != "conftest" for alias in node.names), (
                "don't import conftest: pytest loads it, and a test gets a fixture by naming it")
        if isinstance(node, ast.ImportFrom):
            assert node.module != "conftest", (
                "don't import from conftest: pytest loads it, and a test gets a fixture by "
                "naming it")
    shared = fixture_names(CONFTEST)
    using = [node.name for node in ast.walk(tree)
             if isinstance(node, ast.FunctionDef) and node.name.startswith("test")
             and shared & {arg.arg for arg in node.args.args}]
    assert len(using) >= 6, (
        f"{len(using)} of your tests take {' or '.join(sorted(shared))} as a parameter: "
        "write one such test per TODO")


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(YOURS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(YOURS, tmp_path, {(library_module, "Library"): BROKEN[bug]}, bug)
