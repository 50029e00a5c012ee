"""Script in the data is shown as text on every dashboard page, in a real headless Chromium.

The Content-Security-Policy would stop inline script anyway; these tests check the layer
below it: no element, attribute or link is ever built from what an article holds.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("selenium", reason="browser tests need the selenium package (pip install selenium)")
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from newsevents.api import ServerThread, create_app  # noqa: E402
from newsevents.model import Article, Processed  # noqa: E402
from newsevents.store import StoreWriter, open_store  # noqa: E402

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">', "<script>window.__xss=1</script>", '"><svg onload="window.__xss=1">',
    "'><iframe src=javascript:window.__xss=1>", "{{constructor.constructor('window.__xss=1')()}}",
    "<a href=javascript:window.__xss=1>x</a>", "[/bold]<b onmouseover=window.__xss=1>",
]
URLS = ["javascript:window.__xss=1", " JaVaScRiPt:window.__xss=1", "data:text/html,<script>window.__xss=1</script>",
        "vbscript:msgbox(1)", "//evil.example/x"]


def _records() -> list[Processed]:
    out = []
    for n, payload in enumerate(PAYLOADS):
        text = f"{payload} Russian troops shelled {payload} Kharkiv on Monday, officials said {payload}."
        start = text.index("Russian")
        event = {"source": "RUSMIL", "source_text": payload, "target": "UKR", "target_text": payload,
                 "cameo": "195", "root": "19", "name": payload, "plover": "ASSAULT", "quad_class": 4,
                 "goldstein": -9.5, "date": f"2024-05-0{n % 9 + 1}", "date_source": "timex",
                 "place": {"name": payload, "country": "UKR", "adm1": None, "lat": 49.99, "lon": 36.23},
                 "modality": "asserted", "sentence": 0, "start": start, "end": len(text), "trigger": payload,
                 "confidence": 0.9, "rule": payload}
        quote = {"start": 0, "end": len(payload), "text": payload, "kind": "direct",
                 "speaker": {"start": 0, "end": len(payload), "text": payload, "code": "UKRGOV"}, "cue": payload}
        actor = {"text": payload, "start": 0, "end": len(payload), "code": "RUSMIL", "name": payload, "kind": "group"}
        place = {"text": payload, "start": 0, "end": len(payload), "name": payload, "country": "UKR", "adm1": None,
                 "lat": 49.99, "lon": 36.23, "feature": "city"}
        timex = {"start": 0, "end": len(payload), "text": payload, "value": "2024-05-06"}
        record = {"id": payload, "published": "2024-05-07", "events": [event], "quotes": [quote],
                  "timexes": [timex], "actors": [actor], "places": [place]}
        article = Article(id=payload, text=text, title=payload, published="2024-05-07", source=payload,
                          url=URLS[n % len(URLS)])
        out.append(Processed(article, f"xss{n}", record))
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[str]:
    db: Path = tmp_path_factory.mktemp("xss") / "xss.db"
    conn = open_store(db)
    writer = StoreWriter(conn)
    for processed in _records():
        writer.write(processed)
    event_id = conn.execute("SELECT min(id) FROM events").fetchone()[0]
    conn.close()
    with ServerThread(create_app(db)) as running:
        yield running.url, event_id


_DOM_CHECK = """
const main = document.getElementById('main');
const bad = [];
for (const el of document.querySelectorAll('*')) {
  for (const attr of el.getAttributeNames()) {
    if (attr.toLowerCase().startsWith('on')) bad.push(el.tagName + ' ' + attr);
  }
  for (const attr of ['href', 'src', 'xlink:href']) {
    const v = (el.getAttribute(attr) || '').trim().toLowerCase();
    if (/^(javascript|data|vbscript):/.test(v) || v.startsWith('//')) bad.push(el.tagName + ' ' + attr + '=' + v);
  }
}
for (const el of main.querySelectorAll('script, img, iframe, object, embed, b, svg[onload]')) bad.push(el.outerHTML);
return {bad: bad, xss: window.__xss === undefined ? null : window.__xss, text: main.innerText};
"""


def _visit(driver, url: str, view: str) -> dict:
    before = driver.execute_script("return document.body ? (document.body.dataset.ready || null) : null") \
        if driver.current_url.startswith("http") else None
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return document.body.dataset.view === arguments[0] && (document.body.dataset.ready || null) !== arguments[1]"
        " && !document.getElementById('main').hasAttribute('aria-busy')", view, before))
    return driver.execute_script(_DOM_CHECK)


def test_no_payload_becomes_markup_on_any_page(browser, hostile):
    base, event_id = hostile
    pages = [("events", "#/events?all_modalities=1"), ("event", f"#/event/{event_id}"), ("articles", "#/articles"),
             ("quotes", "#/quotes"), ("actors", "#/actors"), ("timeline", "#/timeline"), ("network", "#/network"),
             ("map", "#/map"), ("events", "#/events?actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E")]
    pages += [("article", f"#/article/xss{n}") for n in range(len(PAYLOADS))]
    shown = ""
    for view, fragment in pages:
        result = _visit(browser, f"{base}/{fragment}", view)
        assert result["bad"] == [], (fragment, result["bad"])
        assert result["xss"] is None, fragment
        shown += result["text"]
    for payload in ("<script>window.__xss=1</script>", '<img src=x onerror="window.__xss=1">'):
        assert payload in shown   # shown as the text it is
    assert "javascript:window.__xss=1" in shown   # an unsafe article URL is shown, not linked
