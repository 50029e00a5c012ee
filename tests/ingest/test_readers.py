import io
import json

from newsevents.ingest.readers import read_sources, read_stream
from newsevents.model import Article, InputFailure


def test_txt_file_id_is_the_file_name(tmp_path):
    path = tmp_path / "minsk_talks.txt"
    path.write_text("Belarus hosted talks on Monday.", encoding="utf-8")
    [article] = read_sources([path], published="2024-03-05")
    assert isinstance(article, Article)
    assert (article.id, article.published, article.origin) == ("minsk_talks", "2024-03-05", str(path))


def test_jsonl_keeps_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Chad closed its border.", "published": "2023-01-02T08:00:00Z"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        "",
        json.dumps({"id": 7, "text": "Mali expelled the envoy."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_sources([path], published="2020-01-01"))
    assert [type(i).__name__ for i in items] == ["Article", "InputFailure", "InputFailure", "Article"]
    assert items[0].published == "2023-01-02"
    assert items[1].origin == f"{path}:2" and "invalid JSON" in items[1].message
    assert items[2].id == "a3" and "text" in items[2].message
    assert items[3].id == "7" and items[3].published == "2020-01-01"


def test_csv_needs_a_text_column(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("id,text,published\nx1,Peru recalled its ambassador.,2022-05-06\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n", encoding="utf-8")
    items = list(read_sources([good, bad]))
    assert items[0].id == "x1" and items[0].published == "2022-05-06"
    assert isinstance(items[1], InputFailure) and '"text" column' in items[1].message


def test_html_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Border talks resume</title>
    <meta property="article:published_time" content="2024-02-10"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Border talks resume</h1>
    <p>Armenian and Azerbaijani negotiators met in Geneva on Friday to resume talks on the border.</p>
    <p>The foreign ministers of both countries said the meeting had been constructive and agreed to meet again.</p>
    </article><footer>Copyright notice</footer></body></html>"""
    path = tmp_path / "talks.html"
    path.write_text(html, encoding="utf-8")
    [article] = read_sources([path])
    assert isinstance(article, Article)
    assert "negotiators met in Geneva" in article.text
    assert "Copyright" not in article.text
    assert article.title == "Border talks resume"
    assert article.published == "2024-02-10"


def test_folder_is_walked_in_name_order_and_missing_paths_fail(tmp_path):
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("skip me", encoding="utf-8")
    items = list(read_sources([tmp_path, tmp_path / "nope.txt"]))
    assert [i.id for i in items] == ["a", "b", "nope"]
    assert isinstance(items[2], InputFailure) and "no such file" in items[2].message


def test_stream_detects_jsonl_or_plain_text():
    jsonl = io.BytesIO(b'{"id": "s1", "text": "Oman mediated."}\n')
    assert [a.id for a in read_stream(jsonl, "stdin")] == ["s1"]
    plain = io.BytesIO("Oman mediated talks.".encode())
    [article] = read_stream(plain, "stdin", "2021-01-01")
    assert article.id == "stdin" and article.published == "2021-01-01"


def test_bad_published_date_is_a_failure(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "t", "published": "last Tuesday"}), encoding="utf-8")
    [item] = read_sources([path])
    assert isinstance(item, InputFailure) and "not an ISO date" in item.message
