"""Every dashboard view over a store of 20,000 synthetic events (benchmarks/store_scale.py) in a
real headless Chromium: readable (a capped network without overlapping nodes, a clustered map),
screenshots saved, and a failing request spoils only its own panel."""
from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402

from newsevents.api import ServerThread, create_app  # noqa: E402

from .test_dashboard import console_errors, open_view  # noqa: E402

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "store_scale.py"
SCREENSHOTS = Path("/tmp/newsevents_scale_views")
VIEWS = ("events", "timeline", "network", "map", "actors", "places", "articles", "quotes")


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> Iterator[str]:
    spec = importlib.util.spec_from_file_location("store_scale", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    db = tmp_path_factory.mktemp("scale") / "scale.db"
    module.fill_store(db, 20_000)
    with ServerThread(create_app(db)) as running:
        yield running.url


def test_every_view_is_readable_and_saved(browser, url):
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.set_window_size(1400, 1100)
    for view in VIEWS:
        open_view(browser, f"{url}/#/{view}", view)
        assert not browser.find_elements(By.CSS_SELECTOR, "#main .error"), view
        browser.save_screenshot(str(SCREENSHOTS / f"{view}.png"))
    open_view(browser, f"{url}/#/events", "events")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 50
    assert len(browser.find_elements(By.CSS_SELECTOR, ".facet")) == 4

    open_view(browser, f"{url}/#/network", "network")
    circles = [(float(c.get_attribute("cx")), float(c.get_attribute("cy")), float(c.get_attribute("r")))
               for c in browser.find_elements(By.CSS_SELECTOR, "#network-chart circle.node")]
    assert 10 <= len(circles) <= 30 and max(r for _, _, r in circles) <= 22
    for i, (x1, y1, r1) in enumerate(circles):
        for x2, y2, r2 in circles[i + 1:]:
            assert math.hypot(x1 - x2, y1 - y2) >= r1 + r2, "nodes overlap"
    assert "actors with most events" in browser.find_element(By.ID, "network-caption").text

    open_view(browser, f"{url}/#/map", "map")
    markers = browser.find_elements(By.CSS_SELECTOR, "#map-chart .place, #map-chart .cluster")
    assert 20 <= len(markers) <= 600
    caption = browser.find_element(By.ID, "map-caption").text
    assert "located events at" in caption
    assert not console_errors(browser)


def test_a_failing_request_spoils_only_its_panel(browser, url):
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*by=actor*"]})
    try:
        open_view(browser, f"{url}/#/events", "events")
        errors = browser.find_elements(By.CSS_SELECTOR, "#main .error")
        assert len(errors) == 1 and errors[0].find_element(By.XPATH, "..").get_attribute("class") == "facets"
        assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 50
        assert len(browser.find_elements(By.CSS_SELECTOR, ".facet")) == 3
        browser.save_screenshot(str(SCREENSHOTS.parent / "newsevents_scale_panel_error.png"))
    finally:
        browser.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})
