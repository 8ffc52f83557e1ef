"""Bytes to text: detect the encoding, refuse what is not a text document.

UTF-8 (with or without BOM) is tried first because it is by far the most
common and a strict decode is a reliable test; then UTF-16 with a BOM; then
charset-normalizer guesses a legacy encoding (cp1251, koi8-r, latin-1 ...),
which is recorded so that a wrong guess can be noticed.  Empty and binary
input raise :class:`~bibcheck.errors.InputError` with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes

from bibcheck.errors import InputError

MAX_BYTES = 200 * 1024 * 1024  # a manuscript larger than this is not a manuscript


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was guessed, not certain


def decode(data: bytes, name: str = "input") -> Decoded:
    """Decode a manuscript's bytes, or raise InputError."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is too large for a manuscript")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", False)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: broken UTF-16 text ({exc.reason})") from None
    if _looks_binary(data):
        raise InputError(f"{name}: this is a binary file, not a text manuscript")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
        return Decoded(text, encoding, False)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot tell the text encoding; save it as UTF-8")
    return Decoded(str(best), best.encoding, True)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05
