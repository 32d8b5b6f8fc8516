"""Families of constructions read beyond one predicate frame, one module per family.

Each module registers its readers in ``registry`` under a versioned name
(``"votes.lists.v1"``): a reader is a function ``(reader, ctx, found) -> Iterable[Candidate]``
given the sentence reader (for argument denotation and target classification), the sentence's
context and the candidates already read from it. ``claims.ClaimReader`` walks them after its own
predicate frames, in the order ``READING_ORDER`` lists them: a reader may use what an earlier one
found (the votes family's tallies go on the resolution an adoption names; an event attended in a
city is hosted by its state). A new family of constructions is a new file here, listed in
``FAMILIES``, its readers placed in ``READING_ORDER``.

May import ``extract.grammar``, ``extract.claims`` and the modules below them; only
``extract.pipeline`` (which hands the readers to the ``ClaimReader``) imports this package.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import catalogue

if TYPE_CHECKING:
    from ..claims import Candidate, ClaimReader, SentenceContext

__all__ = ["FAMILIES", "READING_ORDER", "ConstructionReader", "load_readers", "registry"]

ConstructionReader = Callable[["ClaimReader", "SentenceContext", "list[Candidate]"], "Iterable[Candidate]"]

#: the modules of this package that register readers
FAMILIES = (
    "positions",
    "accusations",
    "votes",
    "offices",
    "events",
    "membership",
    "visits",
    "signing",
    "sanctions",
    "stances",
    "condemnation",
    "cooperation",
)

#: the order the sentence reader walks the readers in
READING_ORDER = (
    # positions and the parts of a sentence every later reader may lean on
    "positions.calls-to-action.v1",
    "positions.grounded-policy.v1",
    "offices.titles.v1",
    "membership.as-member.v1",
    "events.at-event.v1",
    "events.named-parties.v1",
    "positions.deontic.v1",
    "positions.evaluative.v1",
    "accusations.speech.v1",
    # the families of news and UN records
    "events.mentions.v1",
    "events.participants.v1",
    "events.presiding.v1",
    "events.sidelines.v1",
    "events.talks.v1",
    "membership.lists.v1",
    "membership.tags.v1",
    "offices.after-name.v1",
    "offices.before-name.v1",
    "sanctions.acts.v1",
    "signing.noun.v1",
    "stances.acts.v1",
    "condemnation.atrocities.v1",
    "stances.calls.v1",
    "stances.concern.v1",
    "condemnation.adjective.v1",
    "condemnation.criticism.v1",
    "stances.ending.v1",
    "stances.hopes.v1",
    "cooperation.joint-action.v1",
    "visits.accompany.v1",
    "visits.noun-place.v1",
    "visits.unlisted-place.v1",
    "votes.v1",
    # readers over what the others found
    "votes.tallies.v1",
    "events.venues.v1",
    "accusations.owners.v1",
)

registry = catalogue.create("diplograph", "constructions", entry_points=False)


def load_readers() -> list[tuple[str, ConstructionReader]]:
    """Every registered reader with its name, in ``READING_ORDER`` (importing the families registers
    them). A reader registered but not placed in the order, or placed but not registered, is an error."""
    for family in FAMILIES:
        importlib.import_module(f"{__name__}.{family}")
    readers = registry.get_all()
    if set(readers) != set(READING_ORDER):
        unplaced, missing = sorted(set(readers) - set(READING_ORDER)), sorted(set(READING_ORDER) - set(readers))
        raise RuntimeError(f"constructions: not in READING_ORDER {unplaced}; in it but not registered {missing}")
    return [(name, readers[name]) for name in READING_ORDER]
