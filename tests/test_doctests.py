"""The Examples in the docstrings of the shared helpers run as tests (date bounds, cookbook binding, paging)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from diplograph import cypher
from diplograph.api import schemas
from diplograph.graph import schema
from diplograph.graph.stores import base, embedded


@pytest.mark.parametrize("module", [schema, embedded, base, cypher, schemas], ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
