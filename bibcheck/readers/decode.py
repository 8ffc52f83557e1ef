"""Bytes to text: detect the encoding, refuse what is not a text document.

UTF-8 (with or without BOM) is tried first because it is by far the most
common and a strict decode is a reliable test; then UTF-16 with a BOM; then an
encoding the text declares (LaTeX ``\\usepackage[cp1251]{inputenc}``, an Emacs
``-*- coding: koi8-r -*-`` line); then charset-normalizer guesses a legacy
encoding (cp1251, koi8-r, latin-1 ...), which is recorded so that a wrong guess
can be noticed.  Empty and binary
input raise :class:`~bibcheck.errors.InputError` with a clear message.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from bibcheck.errors import InputError

MAX_BYTES = 200 * 1024 * 1024  # a manuscript larger than this is not a manuscript


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was guessed, not certain


# inputenc option -> Python codec (the options LaTeX documents actually use)
_INPUTENC = {
    "latin1": "latin-1", "latin9": "iso8859-15", "latin2": "iso8859-2", "latin5": "iso8859-9",
    "ansinew": "cp1252", "cp1252": "cp1252", "cp1250": "cp1250", "cp1251": "cp1251",
    "cp1257": "cp1257", "cp866": "cp866", "cp855": "cp855", "cp850": "cp850", "cp437": "cp437",
    "koi8-r": "koi8-r", "koi8-u": "koi8-u", "koi8-ru": "koi8-u", "applemac": "mac-roman",
    "maccyr": "mac-cyrillic", "macukr": "mac-cyrillic", "utf8": "utf-8", "utf8x": "utf-8",
}  # fmt: skip
_INPUTENC_DECL = re.compile(rb"\\usepackage\s*\[([^\]]{1,200})\]\s*\{inputenc\}")
_CODING_DECL = re.compile(rb"-\*-.{0,80}?coding:\s*([\w.-]{1,40})", re.I)


def declared_encoding(data: bytes) -> str | None:
    """The encoding a text declares for itself (LaTeX inputenc, Emacs ``coding:``), or None."""
    head = data[:65536]
    m = _INPUTENC_DECL.search(head)
    if m is not None:
        options = [o.strip().decode("ascii", "replace").lower() for o in m.group(1).split(b",")]
        known = [_INPUTENC[o] for o in options if o in _INPUTENC]
        if known:
            return known[-1]  # LaTeX: the last option wins
    m = _CODING_DECL.search(head[:4096])
    if m is not None:
        name = m.group(1).decode("ascii").lower().removesuffix("-unix").removesuffix("-dos")
        try:
            return codecs.lookup(name).name
        except LookupError:
            return None
    return None


def decode(data: bytes, name: str = "input", fallback: str | None = None) -> Decoded:
    """Decode a manuscript's bytes, or raise InputError.

    ``fallback``: an encoding to use when the text is not UTF-8 and declares none
    (a LaTeX file included by one that declares its encoding).
    """
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
    declared = declared_encoding(data) or fallback
    if declared is not None and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared, False)
        except (UnicodeDecodeError, LookupError):
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
