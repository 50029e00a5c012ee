"""Turn raw bytes into clean article text, or say clearly why not."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from newsevents.errors import InputError
from newsevents.model import Article, InputFailure, Outcome, Processed

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Unicode category Cc (C0 and C1 controls) except tab and newline
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: share of control characters above which a payload is treated as binary
_BINARY_CONTROL_SHARE = 0.02


def decode_bytes(data: bytes) -> str:
    """Decode article bytes as UTF-8 (or UTF-16 with a BOM); refuse binary and other encodings."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file (contains NUL bytes), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} text: {exc.reason} at byte {exc.start}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc


def normalise_text(text: str, max_chars: int | None = None) -> str:
    """NFC-normalise, unify line ends, drop control characters; raise InputError if unusable."""
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"article too large: {len(text):,} characters (limit {max_chars:,}); "
            "split it into smaller articles or raise --max-chars"
        )
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    controls = len(_CONTROL_CHARS.findall(text))
    if text and controls / len(text) > _BINARY_CONTROL_SHARE:
        raise InputError(f"binary content ({controls} control characters), not text")
    if controls:
        text = _CONTROL_CHARS.sub("", text)
    text = text.strip()
    if not text:
        raise InputError("empty article: no text after normalisation")
    return text


def content_hash(text: str) -> str:
    """Stable id of an article's normalised text (hex SHA-256, first 20 characters)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def prepare(article: Article, max_chars: int) -> Outcome:
    """Validate an article's text and hash its normalised form; no model needed.

    The text itself goes to the model as given, so every offset in the output points
    into the caller's text; the normalised form (NFC, line ends, no control characters,
    stripped) only decides whether the text is usable and which articles are the same.
    """
    try:
        normalised = normalise_text(article.text, max_chars)
    except InputError as exc:
        return InputFailure(article.id, article.origin or article.id, "normalise", str(exc))
    return Processed(article, content_hash(normalised), {})
