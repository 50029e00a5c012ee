"""The map in a real headless Chromium: every located event, aggregated by place, drawn by its
precision (city, division, country, region/sea), clusters that zoom in, places that list their events."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402

from newsevents.api import ServerThread, create_app  # noqa: E402
from newsevents.model import Article, Processed  # noqa: E402
from newsevents.store import StoreWriter, open_store  # noqa: E402

from .test_dashboard import console_errors, open_view, rendered, wait_for_view  # noqa: E402

SCREENSHOT = Path("/tmp/newsevents_map.png")
PLACES = [  # name, country, adm1, lat, lon, feature, events
    ("Kyiv", "UKR", "UA12", 50.45, 30.52, "city", 30),
    ("Brovary", "UKR", "UA13", 50.51, 30.79, "city", 4),       # 20 km from Kyiv: one cluster at world zoom
    ("Kasai", "COD", "CD04", -5.0, 21.5, "adm1", 12),
    ("Sudan", "SDN", None, 15.0, 30.0, "country", 9),
    ("Caribbean Sea", None, None, 15.0, -75.0, "sea", 3),
    ("Lima", "PER", "PE15", -12.04, -77.03, "city", 5),
]


def _articles() -> Iterator[Processed]:
    n = 0
    for name, country, adm1, lat, lon, feature, events in PLACES:
        place = {"name": name, "country": country, "adm1": adm1, "lat": lat, "lon": lon, "feature": feature}
        for k in range(events):
            n += 1
            text = f"Report {n}: troops shelled positions near {name}."
            cameo, quad = ("195", 4) if k % 3 else ("042", 1)
            event = {"source": "RUSMIL", "source_text": "troops", "target": "UKRMIL", "target_text": "positions",
                     "cameo": cameo, "root": cameo[:2], "name": "test", "plover": "ASSAULT", "quad_class": quad,
                     "goldstein": -9.5, "date": f"2025-{6 + k // 28:02d}-{k % 28 + 1:02d}",
                     "date_source": "published", "place": place, "modality": "asserted", "sentence": 0, "start": 0,
                     "end": len(text), "trigger": "shelled", "confidence": 0.9, "rule": "test"}
            at = text.index(name)
            record = {"id": f"a{n}", "published": "2025-06-28", "events": [event], "quotes": [], "timexes": [],
                      "actors": [], "places": [{"text": name, "start": at, "end": at + len(name), **place}]}
            yield Processed(Article(id=f"a{n}", text=text, published="2025-06-28"), f"h{n}", record)
    unplaced = "Report 0: troops shelled positions."
    yield Processed(Article(id="a0", text=unplaced, published="2025-06-28"), "h0", {
        "id": "a0", "published": "2025-06-28", "quotes": [], "timexes": [], "actors": [], "places": [],
        "events": [{"source": "RUSMIL", "target": "UKRMIL", "cameo": "190", "root": "19", "quad_class": 4,
                    "date": "2025-06-01", "modality": "asserted", "start": 0, "end": 10, "place": None}]})


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("map") / "map.db"
    conn = open_store(db)
    writer = StoreWriter(conn)
    for processed in _articles():
        writer.write(processed)
    conn.close()
    with ServerThread(create_app(db)) as running:
        yield running.url


def _markers(browser) -> dict[str, str]:
    return {m.get_attribute("data-name"): m.get_attribute("data-feature")
            for m in browser.find_elements(By.CSS_SELECTOR, "#map-chart .place")}


def test_the_map_shows_every_located_event_by_precision_and_zooms_into_clusters(browser, url, tmp_path):
    browser.set_window_size(1400, 1000)
    open_view(browser, url + "/#/map", "map")
    markers = _markers(browser)
    assert markers == {"Kasai": "adm1", "Sudan": "country", "Caribbean Sea": "sea", "Lima": "city"}
    shapes = {m.get_attribute("data-name"): m.get_attribute("class")
              for m in browser.find_elements(By.CSS_SELECTOR, "#map-chart .place")}
    assert "shape-square" in shapes["Kasai"] and "shape-ring" in shapes["Sudan"]
    assert "shape-diamond" in shapes["Caribbean Sea"] and "shape-dot" in shapes["Lima"]
    clusters = browser.find_elements(By.CSS_SELECTOR, "#map-chart .cluster")
    assert len(clusters) == 1 and clusters[0].get_attribute("data-places") == "2"    # Kyiv and Brovary
    assert clusters[0].find_element(By.TAG_NAME, "text").text == "34"
    caption = browser.find_element(By.ID, "map-caption").text
    assert caption.startswith("63 located events at 6 places · 64 events in this selection")
    legend = browser.find_element(By.ID, "map-legend").text
    assert "city or town" in legend and "country" in legend and "region, sea or continent" in legend
    browser.save_screenshot(str(tmp_path / "map.png"))
    SCREENSHOT.write_bytes((tmp_path / "map.png").read_bytes())

    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", clusters[0])
    assert not browser.find_element(By.ID, "map-zoom-out").get_attribute("disabled")
    for _ in range(3):   # zoom until Kyiv and Brovary stand apart
        if {"Kyiv", "Brovary"} <= set(_markers(browser)):
            break
        cluster = browser.find_elements(By.CSS_SELECTOR, "#map-chart .cluster")[-1]
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", cluster)
    assert _markers(browser)["Kyiv"] == "city" and _markers(browser)["Brovary"] == "city"

    kyiv = next(m for m in browser.find_elements(By.CSS_SELECTOR, "#map-chart a.place-link")
                if m.find_element(By.CSS_SELECTOR, ".place").get_attribute("data-name") == "Kyiv")
    before = rendered(browser)
    browser.execute_script("location.hash = arguments[0].getAttribute('href')", kyiv)
    wait_for_view(browser, "events", after=before)
    assert "place=Kyiv" in browser.current_url
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 30
    assert not console_errors(browser)


def test_a_country_place_lists_the_events_in_that_country(browser, url):
    open_view(browser, url + "/#/map?quad_class=4", "map")
    sudan = browser.find_element(By.CSS_SELECTOR, "#map-chart .place[data-name=Sudan]")
    href = sudan.find_element(By.XPATH, "..").get_dom_attribute("href")
    assert href.endswith("place=SDN") and "quad_class=4" in href


def test_the_places_list(browser, url):
    open_view(browser, url + "/#/places", "places")
    rows = browser.find_elements(By.CSS_SELECTOR, "#places-table tbody tr")
    assert [r.find_element(By.CSS_SELECTOR, "td").text for r in rows][:2] == ["Kyiv", "Kasai"]
    assert rows[0].find_element(By.CSS_SELECTOR, ".precision").text == "city"
    open_view(browser, url + "/#/places?feature=country", "places")
    rows = browser.find_elements(By.CSS_SELECTOR, "#places-table tbody tr")
    assert len(rows) == 1 and "Sudan" in rows[0].text and "country" in rows[0].text
    assert not console_errors(browser)
