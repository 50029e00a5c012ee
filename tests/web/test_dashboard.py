"""The dashboard in a real headless Chromium: filter events, follow one to its evidence, draw the charts."""
from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SCREENSHOT = Path("/tmp/newsevents_dashboard.png")
ARTICLE_SCREENSHOT = Path("/tmp/newsevents_article.png")


def rendered(driver) -> str | None:
    """The number of the dashboard's latest finished render (main.js sets body[data-ready])."""
    return driver.execute_script("return document.body.dataset.ready || null")


def wait_for_view(driver, view: str, after: str | None = None, timeout: float = 20) -> None:
    """Until the dashboard has rendered ``view`` in a render later than ``after``."""
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.body.dataset.view === arguments[0] && "
                                   "(document.body.dataset.ready || null) !== arguments[1] && "
                                   "!document.getElementById('main').hasAttribute('aria-busy')", view, after))


def open_view(driver, url: str, view: str) -> None:
    """Go to ``url`` (a new page, or only a new hash) and wait until ``view`` has rendered there."""
    before = rendered(driver) if driver.current_url.startswith("http") else None
    driver.get(url)
    wait_for_view(driver, view, after=before)


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_filter_events_and_open_the_evidence(browser, dashboard, tmp_path):
    open_view(browser, dashboard + "/", "events")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    total = httpx.get(dashboard + "/api/events").json()["total"]
    assert len(rows) == min(50, total)

    actor = browser.find_element(By.ID, "f-actor")
    actor.send_keys("RUS")
    before = rendered(browser)
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    wait_for_view(browser, "events", after=before)
    assert "actor=RUS" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert 0 < len(rows) == min(50, httpx.get(dashboard + "/api/events", params={"actor": "RUS"}).json()["total"])
    assert all("rus" in row.text.lower() for row in rows)
    assert "1–" in browser.find_element(By.CSS_SELECTOR, ".pager .range").text
    assert browser.find_elements(By.CSS_SELECTOR, ".chip")          # the filter in force is shown
    browser.save_screenshot(str(tmp_path / "events.png"))
    shutil.copyfile(tmp_path / "events.png", SCREENSHOT)

    link = rows[0].find_element(By.CSS_SELECTOR, "a.evidence-link")
    snippet = link.text.rstrip("…").strip()
    before = rendered(browser)
    link.click()
    wait_for_view(browser, "article", after=before)
    focus = browser.find_elements(By.CSS_SELECTOR, "#article-text mark.focus")
    assert focus, "the event's evidence is highlighted"
    highlighted = "".join(m.text for m in focus)
    assert " ".join(snippet.split()[:6]) in " ".join(highlighted.split())
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", focus[0])
    assert in_view, "the article is scrolled to the evidence"
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-actor")
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-speaker")
    assert browser.find_elements(By.CSS_SELECTOR, "#article-text mark.hl-quote")
    assert browser.find_elements(By.CSS_SELECTOR, ".side li.focus")
    browser.save_screenshot(str(tmp_path / "article.png"))
    shutil.copyfile(tmp_path / "article.png", ARTICLE_SCREENSHOT)
    assert not console_errors(browser)


def test_charts_render(browser, dashboard):
    open_view(browser, dashboard + "/#/timeline", "timeline")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline-chart rect[data-quad]")) > 3

    open_view(browser, dashboard + "/#/network?quad_class=1", "network")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#network-chart path.edge")) > 3
    assert len(browser.find_elements(By.CSS_SELECTOR, "#network-chart circle.node")) > 3

    open_view(browser, dashboard + "/#/map", "map")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map-chart .land path")) > 100   # bundled world outline
    assert not console_errors(browser)


def test_lists_and_event_pages(browser, dashboard):
    for view, selector in (("articles", "table.grid tbody tr"), ("quotes", "table.grid tbody tr"),
                           ("actors", "table.grid tbody tr")):
        open_view(browser, f"{dashboard}/#/{view}", view)
        assert browser.find_elements(By.CSS_SELECTOR, selector), view
        json_link = browser.find_element(By.CSS_SELECTOR, ".json-link").get_attribute("href")
        assert f"/api/{view}" in json_link

    open_view(browser, dashboard + "/#/events?sort=mentions", "events")
    before = rendered(browser)
    browser.find_element(By.CSS_SELECTOR, "#events-table tbody tr td:nth-child(3) a.code").click()
    wait_for_view(browser, "event", after=before)
    assert browser.find_elements(By.CSS_SELECTOR, ".mentions blockquote a.evidence-link")
    assert not console_errors(browser)


def test_bad_routes_show_an_error_not_a_blank_page(browser, dashboard):
    open_view(browser, dashboard + "/#/article/no-such-article", "article")
    assert "404" in browser.find_element(By.CSS_SELECTOR, ".error").text


def test_api_docs_render_offline(browser, dashboard):
    browser.get(dashboard + "/docs")
    WebDriverWait(browser, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".opblock-get")) >= 8)
    assert "/api/events" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui").text
    assert not console_errors(browser)
