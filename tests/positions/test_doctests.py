"""The Examples in the docstrings of the positions modules run as tests (they document the rules)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from diplograph.extract.corpora import ungdc
from diplograph.graph import algorithms


@pytest.mark.parametrize("module", [algorithms, ungdc], ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
