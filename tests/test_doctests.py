"""The examples in newscrawl's docstrings run, module by module: each is a small test
of the rule it documents (``cleaning``, the extraction layers, settings helpers)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newscrawl

MODULES = sorted(
    ["newscrawl", *(m.name for m in pkgutil.walk_packages(newscrawl.__path__, "newscrawl."))]
)


def test_the_package_has_examples() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), report=False).attempted for name in MODULES
    )
    assert attempted > 100


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} failing example(s) in {name}"
