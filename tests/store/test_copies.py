"""Wire copies (schema version 10): near-copies of one story are linked at ingest, and an event
reported by five copies of one wire story counts one source while num_articles counts five."""
from __future__ import annotations

import sqlite3

from newsevents.ingest.copies import THRESHOLD, fingerprint, overlap
from newsevents.model import Article, Processed
from newsevents.store import StoreWriter, open_store
from newsevents.store.copies import copy_clusters
from newsevents.store.migrations import migrate

WIRE = [
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed an agreement in Nairobi on "
    "Monday to open three new crossing points on their shared border, officials from both governments said.",
    "The accord sets up a joint commission that will meet every six months to settle disputes over customs "
    "duties, livestock movements and fishing rights on Lake Victoria, according to a copy seen by reporters.",
    "Ruto told a news conference that traders had lost millions of shillings to delays at the frontier and "
    "that the new posts would cut waiting times for lorries from days to hours. Museveni called the talks "
    "frank and useful and said the two countries would also study a joint railway link to the port of Mombasa.",
    "Regional analysts said the deal eased tension that had built up since Uganda accused Kenya of blocking "
    "fuel shipments last year. Tanzania and Rwanda are expected to join the commission as observers.",
]
BOILERPLATE = ("Sign up for our morning newsletter. Share this story on social media.", "Copyright 2024 Daily Courier.")
OTHER = ("Peruvian police arrested forty protesters in central Lima on Tuesday after a march against rising fuel "
         "prices turned violent, the interior ministry said in a statement issued late in the evening. Demonstrators "
         "threw stones at officers outside the Congress building and police answered with tear gas and water cannon. "
         "Union leaders condemned the arrests and promised to return to the streets on Friday unless the government "
         "lowers the fuel tax that was raised in March to pay for repairs after the floods in the north.")


def _copies() -> list[tuple[str, str]]:
    """(outlet, text): the wire story as sent, then four outlets' reprints of it."""
    return [
        ("wire", "\n\n".join(WIRE)),
        ("courier", "\n\n".join([BOILERPLATE[0], *WIRE, BOILERPLATE[1]])),
        ("herald", "\n\n".join(WIRE[:3])),  # trimmed
        ("gazette", "NAIROBI (Wire) — Two East African neighbours moved to end a long trade quarrel on Monday.\n\n"
                    + "\n\n".join(WIRE[1:])),  # a new lead
        ("times", "\n\n".join(WIRE[:3]) + "\n\n" + BOILERPLATE[1]),
    ]


def _event() -> dict:
    return {"source": "KENGOV", "source_text": "William Ruto", "target": "UGAGOV", "target_text": "Yoweri Museveni",
            "cameo": "057", "root": "05", "name": "Sign formal agreement", "plover": "AGREE", "quad_class": 1,
            "goldstein": 8.0, "date": "2024-05-06", "date_source": "timex", "place": None, "modality": "asserted",
            "sentence": 0, "start": 0, "end": 40, "trigger": "signed", "confidence": 0.9, "rule": "verb:sign"}


def _processed(article_id: str, outlet: str, text: str, events: list[dict]) -> Processed:
    record = {"id": article_id, "published": "2024-05-06", "events": events, "quotes": [], "timexes": [],
              "actors": [], "places": []}
    article = Article(id=article_id, text=text, published="2024-05-06", source=outlet, origin=f"{article_id}.txt")
    return Processed(article, f"hash-{article_id}", record)


def write_copies_store(db) -> None:
    """A store with five copies of one wire story and an outlet's own report of the same event."""
    conn = open_store(db)
    writer = StoreWriter(conn)
    for n, (outlet, text) in enumerate(_copies()):
        writer.write(_processed(f"c{n}", outlet, text, [_event()]))
    writer.write(_processed("own", "observer", "Uganda and Kenya agreed on Monday to ease trade. " + OTHER, [_event()]))
    conn.close()


def test_copies_overlap_and_other_stories_do_not():
    texts = [fingerprint(text) for _, text in _copies()]
    assert all(t is not None for t in texts)
    assert all(overlap(texts[0], t) >= THRESHOLD for t in texts[1:])
    assert overlap(texts[0], fingerprint(OTHER * 2)) < 0.2
    assert fingerprint("Too short to tell a copy from a template.") is None


def test_five_copies_of_one_wire_story_are_one_source(tmp_path):
    conn = open_store(tmp_path / "copies.db")
    writer = StoreWriter(conn)
    for n, (outlet, text) in enumerate(_copies()):
        writer.write(_processed(f"c{n}", outlet, text, [_event()]))
    # an independent report of the same event by another outlet, in its own words
    own = ("Uganda and Kenya agreed on Monday to ease trade at the border. " + OTHER)
    writer.write(_processed("own", "observer", own, [_event()]))

    event = conn.execute("SELECT num_mentions, num_articles, num_sources FROM events").fetchall()
    assert [tuple(e) for e in event] == [(6, 6, 2)]
    stories = dict(conn.execute("SELECT id, story FROM articles").fetchall())
    assert {stories[f"c{n}"] for n in range(5)} == {"hash-c0"} and stories["own"] is None
    clusters = copy_clusters(conn)
    assert [(c["story"], c["size"], c["outlets"]) for c in clusters] == [("hash-c0", 5, 5)]
    assert clusters[0]["articles"][0]["id"] == "c0" and clusters[0]["articles"][0]["overlap"] is None
    assert all(a["overlap"] >= THRESHOLD for a in clusters[0]["articles"][1:])
    conn.close()


def test_without_copies_each_outlet_is_a_source(tmp_path):
    conn = open_store(tmp_path / "outlets.db")
    writer = StoreWriter(conn)
    writer.write(_processed("a", "wire", _copies()[0][1], [_event()]))
    writer.write(_processed("b", "observer", OTHER, [_event()]))
    assert tuple(conn.execute("SELECT num_articles, num_sources FROM events").fetchone()) == (2, 2)
    conn.close()


def test_a_version_9_store_links_its_copies_when_upgraded(tmp_path):
    db = tmp_path / "v9.db"
    raw = sqlite3.connect(db, isolation_level=None)
    assert migrate(raw, upto=9) == 9
    raw.close()
    raw = sqlite3.connect(db, isolation_level=None)  # written as version 9 wrote: no fingerprints
    for n, (outlet, text) in enumerate(_copies()[:3]):
        raw.execute("INSERT INTO articles (hash, id, text, source, processed_at) VALUES (?, ?, ?, ?, 'then')",
                    (f"h{n}", f"a{n}", text, outlet))
        raw.execute("INSERT INTO events (id, source, target, cameo, root, date, modality, num_mentions, num_articles,"
                    " num_sources, first_seen) VALUES (1, 'KENGOV', 'UGAGOV', '057', '05', '2024-05-06', 'asserted',"
                    " 3, 3, 3, 'then')"
                    " ON CONFLICT DO NOTHING")
        raw.execute("INSERT INTO event_mentions (article_hash, seq, event_id, source, target, cameo, root, date,"
                    " modality) VALUES (?, 0, 1, 'KENGOV', 'UGAGOV', '057', '05', '2024-05-06', 'asserted')",
                    (f"h{n}",))
    raw.close()
    conn = open_store(db)
    assert [tuple(r) for r in conn.execute("SELECT hash, story FROM articles ORDER BY hash")] == [
        ("h0", "h0"), ("h1", "h0"), ("h2", "h0")]
    assert tuple(conn.execute("SELECT num_articles, num_sources FROM events").fetchone()) == (3, 1)
    conn.close()
