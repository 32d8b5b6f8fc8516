"""Reference gazetteers: states, organisations, groups and office-holders, read from reviewed data files.

The data lives in ``data/`` next to this module (see ``README.md`` for sources, licences and how to
add an entry); this module parses it once per process and answers the questions an extractor asks:

* which actor does a surface form name (:meth:`Gazetteer.lookup`, :meth:`Gazetteer.demonym`),
* which forms should a matcher look for (:meth:`Gazetteer.surface_forms`, :meth:`Gazetteer.blockers`),
* who held an office on a date (:meth:`Gazetteer.holder`, :meth:`Gazetteer.offices`),
* which states belonged to an organisation or group on a date (:meth:`Gazetteer.members`).

Examples:
    >>> gaz = Gazetteer.load()
    >>> [e.id for e in gaz.lookup("the Kremlin")]
    ['state:RUS']
    >>> gaz.holder("state:RUS", "foreign minister", "2022-05")
    ['person:sergey-lavrov']
    >>> gaz.demonym("Ukrainian").id
    'state:UKR'

Ambiguity convention: a form listed in :attr:`Entry.ambiguous` names the entry only with support
from context (an NER GPE/ORG/PERSON tag, a title such as "President", or the full name earlier in the
same document). Forms are flagged in the data ("Georgia", "Jordan", "Turkey", "Washington", surnames
such as "Kim" or "May"), and automatically when one form names several entries ("Congo", "Korea",
"Li"). Every single-character Chinese abbreviation (俄, 美, 中) is flagged: it is meant for compounds
such as 中俄 or 美俄关系 found by a segmenter, never for a character on its own.

The package: ``_model`` (records, data error, date periods), ``_gazetteer`` (the index and its
questions), ``_loading`` (reading and checking the data files), ``_normalise`` and ``_roles``
(surface forms and office titles), ``build_states`` (regenerates ``data/states_base.tsv``).
Everything a caller needs is imported from here; the package imports nothing of diplograph but
``graph.schema``.
"""

from __future__ import annotations

from ._gazetteer import Gazetteer
from ._loading import DATA_DIR, load_gazetteer
from ._model import Entry, GazetteerDataError, Office
from ._normalise import fold_accents, has_cjk, is_case_sensitive, normalise_surface
from ._roles import OFFICE_KINDS, ROLE_KINDS, canonical_role, normalise_role, role_kind

__all__ = [
    "DATA_DIR",
    "OFFICE_KINDS",
    "ROLE_KINDS",
    "Entry",
    "Gazetteer",
    "GazetteerDataError",
    "Office",
    "canonical_role",
    "fold_accents",
    "has_cjk",
    "is_case_sensitive",
    "load_gazetteer",
    "normalise_role",
    "normalise_surface",
    "role_kind",
]
