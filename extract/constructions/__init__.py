"""Families of constructions read beyond one predicate frame, one module per family.

Each module registers its readers in ``registry`` under a versioned name
(``"votes.lists.v1"``): a reader is a function ``(reader, ctx, found) -> Iterable[Candidate]``
given the sentence reader (for argument denotation and target classification), the sentence's
context and the candidates already read from it. ``claims.ClaimReader`` walks them, in name order,
after its own predicate frames; a new family of constructions is a new file here, listed in
``FAMILIES``.

May import ``extract.claims`` and the modules below it; only ``extract.pipeline`` imports this
package.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import catalogue

if TYPE_CHECKING:
    from ..claims import Candidate, ClaimReader, SentenceContext

__all__ = ["FAMILIES", "ConstructionReader", "load_readers", "registry"]

ConstructionReader = Callable[["ClaimReader", "SentenceContext", "list[Candidate]"], "Iterable[Candidate]"]

#: the modules of this package that register readers
FAMILIES = ("votes", "offices", "events", "membership", "visits", "signing", "sanctions", "stances")

registry = catalogue.create("diplograph", "constructions", entry_points=False)


def load_readers() -> list[tuple[str, ConstructionReader]]:
    """Every registered reader with its name, in name order (importing the families registers them)."""
    for family in FAMILIES:
        importlib.import_module(f"{__name__}.{family}")
    return sorted(registry.get_all().items())
