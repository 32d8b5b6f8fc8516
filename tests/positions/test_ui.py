"""The explorer page at /ui in a real headless browser (Debian's chromium, driven by Playwright) against
a real uvicorn server over each real store. A screenshot of each run is kept in ``artifacts/``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SOVEREIGNTY = "issue:sovereignty-and-territorial-integrity"
# pairs of nodes whose boxes, labels included, overlap in the drawn graph
LABEL_OVERLAPS = """() => {
  const boxes = diplographExplorer.cy.nodes().map(n => [n.id(), n.boundingBox({ includeLabels: true })]);
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, p] = boxes[i], [b, q] = boxes[j];
    if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) out.push([a, b]);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def test_explorer_search_graph_filters_timeline_and_quote(  # noqa: PLR0915  # length: one browser session walks the page step by step, each step on the state the last left
    browser: object, positions_api: str, request: pytest.FixtureRequest
) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("request", lambda r: foreign.append(r.url) if urlparse(r.url).hostname != "127.0.0.1" else None)
    page.set_default_timeout(15_000)

    page.goto(f"{positions_api}/ui")
    expect(page.locator("h1")).to_contain_text("diplograph")

    # search an actor, by an alias in Chinese
    page.get_by_test_id("search").fill("中国")
    result = page.locator("#search-results li[data-id='state:CHN']")
    expect(result).to_be_visible()
    result.click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator("#actor-title")).to_have_text("China (state:CHN)")

    # the neighbourhood graph: China, its issues, the resolutions it voted on, Russia
    nodes = page.evaluate("diplographExplorer.cy.nodes().map(n => n.id())")
    assert {"state:CHN", "state:RUS", SOVEREIGNTY, "resolution:unga-2022-11-14"} <= set(nodes)
    assert page.locator("#graph canvas").count() > 0
    assert page.evaluate(LABEL_OVERLAPS) == [], "labels collide"

    # the timeline: sovereignty supported in 2015, 2016 and 2022; the 2022-11-14 vote a no
    row = page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}']")
    expect(row.locator("button.cell.support")).to_have_count(3)
    assert row.locator("button.cell").evaluate_all("bs => bs.map(b => b.dataset.period)") == ["2015", "2016", "2022"]
    expect(page.locator("#timeline tr[data-target='resolution:unga-2022-11-14'] button.cell.oppose")).to_have_count(1)

    # click a cell, then its claim: the quote in its document
    row.locator("button[data-period='2015']").click()
    claim = page.locator("#claims li").first
    expect(claim).to_contain_text("We firmly support the sovereignty and territorial integrity of all states.")
    claim.click()
    quote = page.get_by_test_id("quote")
    expect(quote.locator("mark")).to_have_text(
        "We firmly support the sovereignty and territorial integrity of all states."
    )
    expect(quote).to_contain_text("China at the UN General Debate 2015")

    # relation filter: only MEETS -> one edge, to Russia
    for box in page.locator("#types input").all():
        if box.is_checked() != (box.get_attribute("value") == "MEETS"):
            box.click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    page.wait_for_function("diplographExplorer.cy.edges().length === 1")
    assert page.evaluate("diplographExplorer.cy.edges().map(e => e.data('label'))") == ["MEETS"]

    # the filters drive the timeline too: meetings are no positions
    expect(page.locator("#timeline")).to_contain_text("No positions")

    # clicking the edge shows its claim
    page.evaluate("() => { diplographExplorer.cy.edges()[0].emit('tap'); }")  # return nothing: a collection is huge
    expect(quote.locator("mark")).to_have_text("China cooperates with Russia and met its leaders in 2022.")

    # only opposition: the sovereignty row is gone, the unilateral-sanctions one stays
    page.locator("#types input[value='OPPOSES']").check()
    page.locator("#types input[value='MEETS']").uncheck()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}']")).to_have_count(0)
    expect(page.locator("#timeline button.cell.support")).to_have_count(0)
    assert page.locator("#timeline button.cell.oppose").count() > 0
    for box in ("SUPPORTS", "ABSTAINS"):
        page.locator(f"#types input[value='{box}']").check()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)

    # year range: from 2017 on, the 2015 and 2016 columns are gone
    page.locator("#since").fill("2017")
    page.locator("#since").dispatch_event("change")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator("#timeline th").nth(1)).to_have_text("2017")
    expect(page.locator("#timeline button[data-period='2015']")).to_have_count(0)
    expect(page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}'] button.cell")).to_have_count(1)

    # back to the default view for the screenshot: all years, positions and ties between actors
    for box in page.locator("#types input").all():
        if box.get_attribute("value") in ("SUPPORTS", "OPPOSES", "ABSTAINS", "COOPERATES_WITH", "MEETS"):
            box.check()
    page.locator("#since").fill("2015")
    page.locator("#since").dispatch_event("change")
    expect(page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}'] button.cell")).to_have_count(3)
    page.wait_for_function("diplographExplorer.cy.edges().length > 5")
    page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}'] button[data-period='2022']").click()
    page.locator("#claims li").first.click()
    expect(quote.locator("mark")).to_contain_text("In 2022 China supports")
    ARTIFACTS.mkdir(exist_ok=True)
    store_kind = request.node.callspec.params.get("positions_api", "store")
    page.screenshot(path=str(ARTIFACTS / f"positions-ui-{store_kind}.png"), full_page=True)
    assert errors == [] and foreign == []
    page.close()


def test_export_the_view_as_png_and_csv(browser: object, positions_api: str) -> None:
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    page.set_default_timeout(15_000)
    page.goto(f"{positions_api}/ui?actor=state:CHN&since=2015&until=2025&types=SUPPORTS,OPPOSES,ABSTAINS")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator(f"#timeline tr[data-target='{SOVEREIGNTY}']")).to_have_count(1)
    with page.expect_download() as png:
        page.get_by_test_id("export-png").click()
    assert png.value.suggested_filename == "diplograph-state-CHN-graph.png"
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as csv_file:
        page.get_by_test_id("export-csv").click()
    assert csv_file.value.suggested_filename == "diplograph-state-CHN-positions-2015-2025.csv"
    lines = Path(csv_file.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "actor,target,target_name,period,stance,score,claim_count,undated_count,claim_keys"
    rows = [line for line in lines[1:] if SOVEREIGNTY in line]
    assert [r.split(",")[3:5] for r in rows] == [["2015", "support"], ["2016", "support"], ["2022", "support"]]
    assert len(lines) - 1 == page.evaluate("diplographExplorer.shownTimeline.length")
    page.close()


def test_explorer_opens_small_pages_expands_and_keeps_the_view_in_the_url(  # noqa: PLR0915  # length: one browser session walks the page step by step, each step on the state the last left
    browser: object, positions_api: str, request: pytest.FixtureRequest
) -> None:
    """The graph opens on the actor's most important neighbours (here 3 a page, ?neighbours=3),
    "more" adds the next, a click on a node adds its own neighbours, a double click moves there
    (the claims panel follows), and the URL holds the view: opening it again restores it."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(15_000)
    page.goto(f"{positions_api}/ui?actor=state:CHN&neighbours=3&rows=2&since=2015&until=2025")
    expect(page.locator("#actor-title")).to_have_text("China (state:CHN)")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)

    # the timeline pages its targets too (here 2 at a time)
    expect(page.locator("#timeline tbody tr")).to_have_count(2)
    page.get_by_test_id("timeline-more").click()
    expect(page.locator("#timeline tbody tr")).to_have_count(4)

    ranked = page.evaluate("diplographExplorer.ranked.map(r => [r.id, r.claims])")
    assert len(ranked) > 3 and [c for _, c in ranked] == sorted((c for _, c in ranked), reverse=True)
    shown = page.evaluate("diplographExplorer.cy.nodes().map(n => n.id())")
    assert sorted(shown) == sorted(["state:CHN", *(i for i, _ in ranked[:3])])  # the three with most claims
    sizes = page.evaluate("diplographExplorer.cy.nodes().map(n => [n.id(), n.width()])")
    assert max(sizes, key=lambda s: s[1])[0] == "state:CHN"

    more = page.get_by_test_id("graph-more")
    expect(more).to_be_visible()
    more.click()
    page.wait_for_function("diplographExplorer.cy.nodes().length === 7")
    assert page.evaluate(LABEL_OVERLAPS) == [], "labels collide"
    assert set(page.evaluate("diplographExplorer.cy.nodes().map(n => n.id())")) >= {i for i, _ in ranked[:6]}

    # a click on a neighbour adds its own neighbours (Russia's, around China's)
    before = page.evaluate("diplographExplorer.cy.nodes().length")
    page.evaluate("() => { diplographExplorer.cy.getElementById('state:RUS').emit('tap'); }")
    page.wait_for_function("diplographExplorer.cy.getElementById('state:RUS').data('expanded') === true")
    page.wait_for_function(f"diplographExplorer.cy.nodes().length > {before}")

    # the view is in the URL
    page.locator("#since").fill("2016")
    page.locator("#since").dispatch_event("change")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    assert "actor=state%3ACHN" in page.url and "since=2016" in page.url and "types=" in page.url

    # a cell's claims, then a double click moves to Russia: the claims panel follows
    page.locator("#timeline button.cell").first.click()
    expect(page.locator("#claims li").first).to_be_visible()
    page.evaluate("() => { diplographExplorer.cy.getElementById('state:RUS').emit('dbltap'); }")
    expect(page.locator("#actor-title")).to_have_text("Russia (state:RUS)")
    expect(page.locator("#claims li")).to_have_count(0)
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    assert "actor=state%3ARUS" in page.url

    # opening the URL again restores actor, years and relations
    only_meets = page.url.split("&types=")[0] + "&types=MEETS"
    page.goto(only_meets)
    expect(page.locator("#actor-title")).to_have_text("Russia (state:RUS)")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    assert page.input_value("#since") == "2016"
    checked = page.locator("#types input:checked").evaluate_all("bs => bs.map(b => b.value)")
    assert checked == ["MEETS"]
    assert set(page.evaluate("diplographExplorer.cy.edges().map(e => e.data('label'))")) <= {"MEETS"}
    ARTIFACTS.mkdir(exist_ok=True)
    store_kind = request.node.callspec.params.get("positions_api", "store")
    page.screenshot(path=str(ARTIFACTS / f"explorer-paging-{store_kind}.png"), full_page=True)
    assert errors == []
    page.close()


def test_a_font_that_renders_chinese_is_installed() -> None:
    """Chinese names and quotes render as text, not empty boxes (scripts/test installs the font)."""
    import shutil
    import subprocess

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: the browser tests do not run here")
    assert shutil.which("fc-list"), "fontconfig is missing"
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=True).stdout
    assert fonts.strip(), "no font covers Chinese: apt-get install fonts-noto-cjk (scripts/test does)"


def test_matrix_shifts_and_alignment_views(browser: object, positions_api: str) -> None:  # noqa: PLR0915  # length: one browser session walks the page step by step, each step on the state the last left
    """The views over the existing endpoints: China compared with the United States in the matrix,
    China's shifts with the quotes on both sides, and the pair's alignment; the view and the
    compared actors are in the URL, and the table a view shows saves as CSV."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1500, "height": 1000}, accept_downloads=True)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_default_timeout(15_000)
    page.goto(f"{positions_api}/ui?actor=state:CHN&since=2015&until=2025&types=SUPPORTS,OPPOSES,ABSTAINS,CONDEMNS")
    expect(page.locator("body[data-loading='false']")).to_have_count(1)

    # matrix: China and the United States on the same targets
    page.get_by_test_id("compare").fill("state:USA")
    page.get_by_test_id("compare").dispatch_event("change")
    page.locator("#views button[data-view='matrix']").click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    china = page.locator(f"#matrix tr[data-target='{SOVEREIGNTY}'][data-actor='state:CHN'] button.cell.support")
    usa = page.locator(f"#matrix tr[data-target='{SOVEREIGNTY}'][data-actor='state:USA'] button.cell.support")
    assert china.evaluate_all("bs => bs.map(b => b.dataset.period)") == ["2015", "2016", "2022"]
    assert usa.evaluate_all("bs => bs.map(b => b.dataset.period)") == ["2016"]
    expect(
        page.locator("#matrix tr[data-target='issue:climate-action'][data-actor='state:USA'] button.cell.oppose")
    ).to_have_count(1)
    china.first.click()
    expect(page.locator("#claims li").first).to_contain_text("We firmly support the sovereignty")
    assert "view=matrix" in page.url and "compare=state%3AUSA" in page.url
    with page.expect_download() as matrix_csv:
        page.get_by_test_id("export-csv").click()
    lines = Path(matrix_csv.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("actor,target,target_name,period,stance") and len(lines) > 5

    # shifts: China's silences, with the quotes before
    page.locator("#views button[data-view='shifts']").click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    shift = page.locator(f"#shifts li[data-target='{SOVEREIGNTY}'][data-kind='silence']")
    expect(shift).to_contain_text("2017")
    expect(shift.locator("blockquote")).to_have_count(2)
    shift.locator("blockquote").first.click()
    expect(page.get_by_test_id("quote").locator("mark")).to_have_text(
        "We firmly support the sovereignty and territorial integrity of all states."
    )
    # the relation filters apply here too: without support and opposition, no shift is left
    for box in ("SUPPORTS", "OPPOSES"):
        page.locator(f"#types input[value='{box}']").uncheck()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator("#shifts li[data-target]")).to_have_count(0)
    for box in ("SUPPORTS", "OPPOSES"):
        page.locator(f"#types input[value='{box}']").check()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(shift).to_have_count(1)

    # alignment: China and the United States voted differently on all three 2022 resolutions
    page.locator("#views button[data-view='alignment']").click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    row = page.locator("#alignment tr[data-a='state:CHN'][data-b='state:USA'][data-period='2022']")
    expect(row.locator("td").nth(2)).to_have_text("0 %")
    expect(row.locator("td").nth(3)).to_have_text("3")

    # the view and the comparison come back with the URL
    page.goto(page.url)
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    expect(page.locator("#views button[data-view='alignment']")).to_have_attribute("aria-selected", "true")
    assert page.input_value("#compare") == "state:USA"
    expect(row.locator("td").nth(3)).to_have_text("3")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#views button[data-view='matrix']").click()
    expect(page.locator("body[data-loading='false']")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "explorer-matrix.png"), full_page=True)
    assert errors == []
    page.close()
