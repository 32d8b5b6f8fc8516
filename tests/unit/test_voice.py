"""Which publisher issues a text in its own voice (extract/voice.py), on the development set's and the
seeds' real publisher strings; the gazetteer only, no model."""

from __future__ import annotations

import pytest

from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.voice import issuing_body


@pytest.mark.parametrize(
    ("publisher", "voice"),
    [
        ("U.S. Department of State (statement by Secretary Pompeo; copy at Beirut Times)", "state:USA"),
        (
            "Ministry of Foreign Affairs of the People's Republic of China (statement; copy at tendenzblick.net)",
            "state:CHN",
        ),
        ("Ministry of Foreign Affairs of the Republic of Türkiye", "state:TUR"),
        ("President of Russia (Kremlin), en.special.kremlin.ru", "state:RUS"),
        # an institution of the EU speaks for the Union
        ("Council of the European Union (press release; copy at IEU Monitoring)", "org:eu"),
    ],
)
def test_an_issuing_body_speaks_for_its_state_or_organisation(publisher: str, voice: str) -> None:
    body = issuing_body(publisher, Gazetteer.load())
    assert body is not None
    assert body.id == voice


@pytest.mark.parametrize(
    "publisher",
    [
        "United Nations, Meetings Coverage and Press Releases (press.un.org)",
        "Ukrainian News Agency (ukranews.com)",
        "A News (Anadolu Agency)",
        "The Financial Express, Bangladesh (AFP copy)",
        "Daily Mail (PA Media wire)",
        "UPI",
        "",
        None,
    ],
)
def test_news_outlets_and_press_services_are_no_voice(publisher: str | None) -> None:
    assert issuing_body(publisher, Gazetteer.load()) is None
