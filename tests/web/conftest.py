"""The dashboard served over the demo store, and a real headless Chromium driven by Selenium."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from newsevents.api import ServerThread, create_app

DEMO = Path(str(files("newsevents.data") / "demo" / "articles.jsonl"))
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1400,1000")


def _browser_paths() -> tuple[str, str]:
    """Chromium and chromedriver from the system (Debian: apt-get install chromium chromium-driver)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip("headless browser tests need Debian's chromium and chromium-driver "
                    "(apt-get install -y chromium chromium-driver); not installed here")
    return browser, driver


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Iterator[str]:
    """Base URL of the API and dashboard over a store of the demo articles."""
    from newsevents.ingest import read_sources
    from newsevents.runners.local import run_into_store

    db = tmp_path_factory.mktemp("web") / "demo.db"
    assert run_into_store(read_sources([DEMO]), db, pipeline).errors == 0
    with ServerThread(create_app(db)) as running:
        yield running.url


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[object]:
    """A fresh headless Chromium with an empty profile, closed after the test."""
    browser_path, driver_path = _browser_paths()
    pytest.importorskip("selenium", reason="browser tests need the selenium package")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser_path
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
