"""Dashboard details users noticed: a stray date does not stretch the timeline, the root
dropdown is in code order, captions count in the right number."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from newsevents.api import ServerThread, create_app  # noqa: E402
from newsevents.model import Article, Processed  # noqa: E402
from newsevents.store import StoreWriter, open_store  # noqa: E402


def _article(n: int, day: str) -> Processed:
    text = f"Russian troops shelled Kharkiv again, report {n}."
    event = {"source": "RUSMIL", "source_text": "Russian troops", "target": "UKR", "target_text": "Kharkiv",
             "cameo": "195", "root": "19", "name": "Employ aerial weapons", "plover": "ASSAULT", "quad_class": 4,
             "goldstein": -9.5, "date": day, "date_source": "timex",
             "place": {"name": "Kharkiv", "country": "UKR", "adm1": None, "lat": 49.99, "lon": 36.23},
             "modality": "asserted", "sentence": 0, "start": 0, "end": len(text), "trigger": "shelled",
             "confidence": 0.9, "rule": "verb:shell"}
    record = {"id": f"r{n}", "published": day, "events": [event], "quotes": [], "timexes": [], "actors": [],
              "places": []}
    return Processed(Article(id=f"r{n}", text=text, published=day), f"r{n}", record)


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("friction") / "f.db"
    conn = open_store(db)
    writer = StoreWriter(conn)
    for n in range(40):
        writer.write(_article(n, f"2025-06-{n % 20 + 1:02d}"))
    writer.write(_article(99, "2019-03-05"))   # one stray date, six years off
    conn.close()
    with ServerThread(create_app(db)) as running:
        yield running.url


def _open(driver, url: str, view: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return document.body.dataset.view === arguments[0] && document.body.dataset.ready &&"
        " !document.getElementById('main').hasAttribute('aria-busy')", view))


def test_a_stray_date_is_marked_not_drawn(browser, url):
    _open(browser, url + "/#/timeline", "timeline")
    chart = browser.find_element(By.ID, "timeline-chart")
    assert chart.get_attribute("aria-label") == "events per day by QuadClass"
    assert len(chart.find_elements(By.CSS_SELECTOR, "rect[data-quad]")) == 20
    marker = chart.find_element(By.CSS_SELECTOR, "a.outlier text")
    assert marker.text == "◀ 1 earlier"
    assert "2019-03-05" in chart.find_element(By.CSS_SELECTOR, "a.outlier title").get_attribute("textContent")
    assert "1 dated far from the others" in browser.find_element(By.CSS_SELECTOR, "#main p.muted").text


def test_the_root_dropdown_is_in_code_order(browser, url):
    _open(browser, url + "/#/events", "events")
    values = [o.get_attribute("value") for o in browser.find_elements(By.CSS_SELECTOR, "select[name=cameo] option")]
    roots = [v for v in values if v]
    assert roots == sorted(roots) and roots[0] == "01" and roots[-1] == "20"


def test_the_map_caption_counts_in_the_right_number(browser, url):
    _open(browser, url + "/#/map", "map")
    caption = browser.find_element(By.CSS_SELECTOR, "#main p.muted").text
    assert caption.startswith("21 located events at 1 place ·")   # 20 days + the stray, reports merged
