import io
import re

from newsevents.export import GDELT_EVENT_COLUMNS, export_gdelt
from newsevents.export.gdelt import gdelt_row

COL = {name: i for i, name in enumerate(GDELT_EVENT_COLUMNS)}


def test_codebook_columns():
    assert len(GDELT_EVENT_COLUMNS) == 61
    assert GDELT_EVENT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_EVENT_COLUMNS[5:8] == ("Actor1Code", "Actor1Name", "Actor1CountryCode")
    assert GDELT_EVENT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_EVENT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_EVENT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_EVENT_COLUMNS[-3:] == ("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")
    assert len(set(GDELT_EVENT_COLUMNS)) == 61


def test_demo_store_lines(demo_conn):
    out = io.StringIO()
    written = export_gdelt(demo_conn, out)
    lines = out.getvalue().splitlines()
    assert written == len(lines) == demo_conn.execute(
        "SELECT count(*) FROM events WHERE modality IN ('asserted', 'reported')").fetchone()[0]
    ids = set()
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61
        ids.add(cells[COL["GLOBALEVENTID"]])
        if cells[COL["SQLDATE"]]:
            assert re.fullmatch(r"\d{8}", cells[COL["SQLDATE"]])
            assert cells[COL["MonthYear"]] == cells[COL["SQLDATE"]][:6]
            assert cells[COL["Year"]] == cells[COL["SQLDATE"]][:4]
            assert abs(float(cells[COL["FractionDate"]]) - int(cells[COL["Year"]])) < 1.1
        code = cells[COL["EventCode"]]
        assert re.fullmatch(r"\d{3,4}", code)
        assert cells[COL["EventBaseCode"]] == code[:3] and cells[COL["EventRootCode"]] == code[:2]
        assert cells[COL["QuadClass"]] in {"1", "2", "3", "4"}
        assert -10 <= float(cells[COL["GoldsteinScale"]]) <= 10
        assert int(cells[COL["NumMentions"]]) >= int(cells[COL["NumArticles"]]) >= 1
        assert cells[COL["IsRootEvent"]] in {"0", "1"}
        assert re.fullmatch(r"\d{14}", cells[COL["DATEADDED"]])
        if cells[COL["Actor1Code"]].endswith("GOV") and len(cells[COL["Actor1Code"]]) == 6:
            assert cells[COL["Actor1CountryCode"]] == cells[COL["Actor1Code"]][:3]
            assert cells[COL["Actor1Type1Code"]] == "GOV"
    assert len(ids) == len(lines)


def test_action_geo_and_partial_dates():
    event = {"event_id": 7, "date": "2025-10", "published": "2025-10-08", "source": "IGOUNO", "source_text": "the UN",
             "target": None, "cameo": "0231", "root": "02", "quad_class": 1, "goldstein": 3.4, "num_mentions": 2,
             "num_sources": 1, "num_articles": 2, "in_lead": 1, "place_name": "Kharkiv", "place_country": "UKR",
             "place_adm1": "UA07", "place_lat": 49.98081, "place_lon": 36.25272,
             "first_seen": "2025-10-08T12:30:00+00:00", "url": "https://example.org/a\tb"}
    cells = gdelt_row(event)
    assert len(cells) == 61
    assert cells[COL["SQLDATE"]] == "20251008"  # month-precision date: the publication day
    assert (cells[COL["Actor1KnownGroupCode"]], cells[COL["Actor1Type1Code"]]) == ("UNO", "IGO")
    assert cells[COL["Actor1Name"]] == "THE UN" and cells[COL["Actor2Code"]] == ""
    assert cells[COL["EventBaseCode"]] == "023" and cells[COL["IsRootEvent"]] == "1"
    assert cells[COL["ActionGeo_Type"]] == "4"
    assert cells[COL["ActionGeo_CountryCode"]] == "UP"  # FIPS, as GDELT writes it
    assert cells[COL["ActionGeo_ADM1Code"]] == "UP07"
    assert cells[COL["ActionGeo_FullName"]] == "Kharkiv, Ukraine"
    assert cells[COL["Actor1Geo_Type"]] == ""
    assert cells[COL["DATEADDED"]] == "20251008123000"
    assert "\t" not in cells[COL["SOURCEURL"]]
