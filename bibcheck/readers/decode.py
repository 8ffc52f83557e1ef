"""Bytes to text: detect the encoding, refuse what is not a text document.

UTF-8 (with or without BOM) is tried first because it is by far the most
common and a strict decode is a reliable test; then UTF-16 with a BOM; then an
encoding the text declares (LaTeX ``\\usepackage[cp1251]{inputenc}``, an Emacs
``-*- coding: koi8-r -*-`` line); then charset-normalizer guesses a legacy
encoding (cp1251, koi8-r, latin-1 ...), which is recorded so that a wrong guess
can be noticed.  UTF-16 saved without a byte order mark is told from binary by
where its zero bytes fall (also recorded as a guess).  Empty and binary
input raise :class:`~bibcheck.errors.InputError` with a clear message.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path, PurePath

from charset_normalizer import from_bytes

from bibcheck.errors import InputError
from bibcheck.readers.officeopen import OLE

MAX_BYTES = 200 * 1024 * 1024  # a manuscript larger than this is not a manuscript


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when the encoding was guessed, not certain


_READ_CHUNK = 1024 * 1024


def read_regular_file(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or :class:`InputError`.

    Only regular files are read: a FIFO would hang, a device such as
    ``/dev/zero`` never ends.  The file is opened without blocking and its type
    checked on the open descriptor (a path swapped after a check cannot slip
    through), and the size is checked while reading, so memory stays bounded
    whatever the file claims or does.
    """
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a manuscript") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    # (the type is checked before the descriptor becomes a file object: Python refuses a
    # directory there with an error naming the descriptor, not the path)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise InputError(f"{name}: is a directory, not a manuscript (name its files)")
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a device or socket"
        raise InputError(f"{name}: not a regular file ({kind}); only files are read")
    with os.fdopen(fd, "rb", buffering=0) as handle:
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= limit:
                chunk = handle.read(min(_READ_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if size > limit:
        raise InputError(f"{name}: more than {limit:,} bytes is too large for a manuscript")
    return b"".join(chunks)


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
# HTML <meta charset="..."> / <meta http-equiv="Content-Type" content="...; charset=...">,
# and the XML declaration <?xml version="1.0" encoding="..."?>.
_MARKUP_DECL = re.compile(
    rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?([\w.:-]{1,40})"
    rb"|<\?xml\b[^>]{0,100}?encoding\s*=\s*[\"']([\w.:-]{1,40})",
    re.I,
)


def declared_encoding(data: bytes) -> str | None:
    """The encoding a text declares for itself (LaTeX inputenc, Emacs ``coding:``, an HTML
    ``<meta>`` charset or the XML declaration), or None."""
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
        return _codec(name)
    m = _MARKUP_DECL.search(head[:8192])
    if m is not None:
        return _codec((m.group(1) or m.group(2)).decode("ascii").lower())
    return None


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# Packaged formats known by the ``mimetype`` entry they store first (OpenDocument, EPUB);
# an OpenDocument text (.odt, .fodt) is no longer among them: the odt reader reads it.
_PACKAGES = (
    (b"application/epub+zip", "an EPUB book (.epub)"),
    (b"application/vnd.oasis.opendocument.", "an OpenDocument file"),
)
_READ_PACKAGE = b"application/vnd.oasis.opendocument.text"
# ... and by their extension when the package does not say
_BY_EXTENSION = {
    ".epub": "an EPUB book (.epub)",
    ".doc": "a Word 97-2003 document (.doc)",
    ".rtf": "a Rich Text Format document (.rtf)",
    ".pages": "an Apple Pages document (.pages)",
}
# Rich Text Format is text, but its words are control words: "{\rtf1\ansi ..." first
_RTF = re.compile(rb"\A(?:\xef\xbb\xbf)?[ \t\r\n]{0,64}\{\\rtf\d")


def binary_format(data: bytes, name: str = "") -> str | None:
    """The name of the binary document format of ``data`` when it is one bibcheck does not
    read but Pandoc or a word processor converts (``"an EPUB book (.epub)"``), or None."""
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype":
        stored = data[38:120]
        if stored.startswith(_READ_PACKAGE):
            return None  # an OpenDocument text: the odt reader reads it
        for mimetype, what in _PACKAGES:
            if stored.startswith(mimetype):
                return what
    suffix = PurePath(name).suffix.lower()
    if data.startswith(OLE) and suffix in ("", ".doc"):
        return _BY_EXTENSION[".doc"]
    if _RTF.match(data):
        return _BY_EXTENSION[".rtf"]
    return _BY_EXTENSION.get(suffix)


def binary_refusal(data: bytes, name: str) -> str:
    """Why a binary file is refused, naming its format and how to convert it when known."""
    what = binary_format(data, name)
    if what is None:
        return f"{name}: this is a binary file, not a text manuscript"
    if what.startswith("a Word"):
        how = "save it as .docx (which bibcheck reads) or convert it to Markdown"
    else:
        file = PurePath(name)
        source = "-f rtf " if what == _BY_EXTENSION[".rtf"] else ""  # Pandoc 3 reads RTF
        how = (
            f"convert it with `pandoc {source}-t markdown {file.name} -o {file.stem}.md` and "
            "check the Markdown"
        )
    return f"{name}: this is {what}, which bibcheck does not read; {how}"


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
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(binary_refusal(data, name))
    if _RTF.match(data):  # text, but no manuscript text can be read from it as it is
        raise InputError(binary_refusal(data, name))
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


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a byte order mark, told from binary by its zero bytes.

    Latin, Cyrillic and most other scripts put a zero byte in every code unit
    of spaces, digits and punctuation, always on the same side of the pair
    (odd offsets little-endian, even offsets big-endian); binary data has
    zero bytes on both sides.  The text must also decode strictly and hold
    no NUL or other control characters.
    """
    if len(data) % 2:
        return None
    sample = data[:65536]
    zero_even = sample[0::2].count(0)
    zero_odd = sample[1::2].count(0)
    if zero_even and zero_odd:
        return None
    codec = "utf-16-le" if zero_odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text[:32768] if ord(c) < 32 and c not in "\t\n\r\f")
    if "\x00" in text or controls > len(text[:32768]) * 0.01:
        return None
    return Decoded(text, codec, True)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05
