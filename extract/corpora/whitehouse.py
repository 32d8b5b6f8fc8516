"""The White House's transcripts: "THE PRESIDENT" speaks for the United States.

A voice plugin (registered as ``"whitehouse.president.v1"`` in ``extract.corpora.voices``): a
turn opened by "THE PRESIDENT" (not "THE VICE PRESIDENT") on a whitehouse.gov page is the
president in office at publication, speaking for the United States. The generic pipeline asks the
registry and never names a publisher.

May import ``extract.voice``, ``extract.discourse``, ``extract.gazetteer`` and ``extract.handoffs``.
"""

from __future__ import annotations

from ..discourse import Voice
from ..gazetteer import Gazetteer
from ..handoffs import SourceDocument
from ..voice import actor_from_reference
from . import voices

__all__ = ["white_house_president"]


@voices.register("whitehouse.president.v1")
def white_house_president(label: str, source: SourceDocument, gaz: Gazetteer) -> Voice | None:
    """The president and the United States for "THE PRESIDENT" on a White House page, else None."""
    words = label.lower().replace(".", "").split()
    if "president" not in words or "vice" in words or not (source.url and "whitehouse.gov" in source.url):
        return None
    holders = gaz.holder("state:USA", "president", source.published)
    person = actor_from_reference(gaz, holders[0]) if holders else None
    return Voice(state=actor_from_reference(gaz, "state:USA"), speaker=person)
