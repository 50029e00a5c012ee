import pytest

from newsevents.errors import InputError
from newsevents.ingest.normalise import content_hash, decode_bytes, normalise_text


def test_utf8_and_bom_decode():
    assert decode_bytes("Kyiv – Київ".encode()) == "Kyiv – Київ"
    assert decode_bytes(b"\xef\xbb\xbfHello") == "Hello"
    assert decode_bytes("Hi there".encode("utf-16")) == "Hi there"


def test_latin1_is_refused_with_a_hint():
    with pytest.raises(InputError, match="not valid UTF-8.*iconv"):
        decode_bytes("Señor Ramírez dijo".encode("latin-1"))


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        normalise_text("\x01\x02\x03\x04abc\x05\x06")


def test_empty_and_whitespace_are_refused():
    for text in ("", "   \n\t  "):
        with pytest.raises(InputError, match="empty"):
            normalise_text(text)


def test_too_large_is_refused():
    with pytest.raises(InputError, match="too large"):
        normalise_text("word " * 100, max_chars=50)


def test_normalisation_and_hash_are_stable():
    a = normalise_text("Cafe\u0301 talks\r\nresumed.  ")
    b = normalise_text("Café talks\nresumed.")
    assert a == b == "Café talks\nresumed."
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a + "!")
