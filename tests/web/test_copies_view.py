"""Wire copies on the dashboard, in a real headless Chromium: an article lists the other copies of
its story, and an event marks each report that comes from a wire copy."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.api import ServerThread, create_app

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.common.by import By  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from test_copies import write_copies_store  # noqa: E402 (the store test's articles)
from test_dashboard import console_errors, open_view  # noqa: E402


@pytest.fixture()
def copies_site(tmp_path: Path) -> Iterator[str]:
    db = tmp_path / "copies.db"
    write_copies_store(db)
    with ServerThread(create_app(db)) as running:
        yield running.url


def test_an_article_lists_its_copies_and_an_event_marks_them(browser, copies_site):
    open_view(browser, copies_site + "/#/article/hash-c3", "article")
    note = browser.find_element(By.CSS_SELECTOR, ".copies")
    assert "Wire copy" in note.text
    assert [li.text.split(" · ")[1] for li in note.find_elements(By.CSS_SELECTOR, "li")] == [
        "wire", "courier", "herald", "times"]
    event_link = browser.find_element(By.CSS_SELECTOR, ".side .records a[href^='#/event/']").get_attribute("href")
    open_view(browser, event_link, "event")
    facts = browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "in 6 articles from 2 sources" in facts and "4 of the articles are wire copies" in facts
    marks = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "ol.mentions a.copy")]
    assert marks == ["wire story (first copy)", *["wire copy"] * 4]
    assert console_errors(browser) == []
