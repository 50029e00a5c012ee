"""Read a response body within a size cap and a deadline, and undo gzip or deflate."""
from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import BinaryIO

from newsevents.errors import FetchError

_CHUNK = 64 * 1024


def read_body(raw: BinaryIO, headers: dict[str, str], max_bytes: int, deadline: float,
              clock: Callable[[], float]) -> bytes:
    """The decoded body; FetchError when it is over ``max_bytes`` (sent or unpacked) or late."""
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"too large: {int(length):,} bytes (the cap is {max_bytes:,})")
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = raw.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large: over {max_bytes:,} bytes")
        if clock() > deadline:
            raise FetchError("the answer took too long to arrive", permanent=False)
        parts.append(chunk)
    return decode_content(b"".join(parts), headers.get("content-encoding", ""), max_bytes)


def decode_content(body: bytes, encoding: str, max_bytes: int) -> bytes:
    """``body`` with its Content-Encoding (gzip, deflate or none) undone, at most ``max_bytes``."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported Content-Encoding {encoding!r}")
    wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else zlib.MAX_WBITS
    try:
        unpacker = zlib.decompressobj(wbits)
        data = unpacker.decompress(body, max_bytes + 1)
    except zlib.error:
        if encoding != "deflate":
            raise FetchError(f"broken {encoding} body") from None
        try:  # some servers send raw deflate without the zlib header
            unpacker = zlib.decompressobj(-zlib.MAX_WBITS)
            data = unpacker.decompress(body, max_bytes + 1)
        except zlib.error:
            raise FetchError("broken deflate body") from None
    if len(data) > max_bytes or unpacker.unconsumed_tail:
        raise FetchError(f"too large: over {max_bytes:,} bytes once unpacked")
    return data
