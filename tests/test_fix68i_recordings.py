"""fix68i: films, broadcasts and sound recordings in bibliography files, and the archive
fields of a Hayagriva manuscript.

The corpus conventions file films, videos and recordings as ``web``.  biblatex types them
``@movie``, ``@video``, ``@audio``, ``@music``; CSL ``motion_picture``, ``broadcast``,
``song`` (Hayagriva's ``video`` and ``audio`` become these).  Such an entry needs no
address (it is screened, broadcast or sold on a disc).  A Hayagriva manuscript kept in an
archive (``archive``, ``archive-location``, ``call-number``) is a file in an archive:
``unknown``, as a CSL manuscript with an archive is.  Every entry was written for these
tests."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import csljson
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers.hayagriva import to_csl

_BIBTEX = [
    # a television documentary by its director (French)
    "@video{varda1975,\n  author = {Varda, Agnès},\n  title = {Daguerréotypes},\n"
    "  note = {INA, diffusion ZDF},\n  year = {1975}\n}\n",
    # a feature film (German)
    "@movie{wenders1987,\n  author = {Wenders, Wim},\n  title = {Der Himmel über Berlin},\n"
    "  year = {1987}\n}\n",
    # a sound recording under its conductor (Italian)
    "@audio{abbado1984,\n  author = {Abbado, Claudio},\n  title = {Il viaggio a Reims},\n"
    "  publisher = {Deutsche Grammophon},\n  year = {1985}\n}\n",
    # a recording of a piece of music (Czech)
    "@music{neumann1982,\n  author = {Neumann, Václav},\n  title = {Má vlast},\n"
    "  publisher = {Supraphon},\n  year = {1982}\n}\n",
]


@pytest.mark.parametrize("source", _BIBTEX)
def test_bibtex_film_or_recording_is_web_with_no_address_needed(source: str) -> None:
    records, errors = read_bib(source)
    assert not errors
    ref = to_reference(records[0])
    assert ref.kind is RefKind.WEB
    assert all(a.code is not AnomalyCode.URL_MISSING for a in ref.anomalies)


_HAYAGRIVA = [
    # (key, entry, kind)
    (
        "mizoguchi1953",
        {"type": "video", "title": "Ugetsu monogatari", "author": "Mizoguchi, Kenji",
         "date": 1953},
        RefKind.WEB,
    ),
    (
        "karajan1963",
        {"type": "audio", "title": "Die neun Symphonien", "author": ["Karajan, Herbert von"],
         "date": 1963, "publisher": "Deutsche Grammophon"},
        RefKind.WEB,
    ),
    (
        "brief1830",
        {"type": "manuscript", "title": "Brief an den Verleger", "date": 1830,
         "archive": "Staatsbibliothek zu Berlin", "call-number": "Mus.ep. 112"},
        RefKind.UNKNOWN,
    ),
    (
        "cartas1910",
        {"type": "manuscript", "title": "Cartas a su hermana", "date": 1910,
         "archive": "Archivo Histórico Nacional", "archive-location": "Diversos, leg. 4"},
        RefKind.UNKNOWN,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("key", "entry", "kind"), _HAYAGRIVA)
def test_hayagriva_kinds(key: str, entry: dict[str, object], kind: RefKind) -> None:
    ref = csljson.to_reference(to_csl(key, entry), 1)
    assert ref.kind is kind
    assert all(a.code is not AnomalyCode.URL_MISSING for a in ref.anomalies)


def test_hayagriva_archive_fields_carried() -> None:
    item = to_csl(
        "k",
        {"type": "manuscript", "title": "Rukopis", "archive": "Moravské zemské muzeum",
         "archive-location": "Brno", "call-number": "A 12"},
    )  # fmt: skip
    assert (item["archive"], item["archive_location"], item["call-number"]) == (
        "Moravské zemské muzeum",
        "Brno",
        "A 12",
    )


@pytest.mark.parametrize("csl_type", ["motion_picture", "broadcast", "song"])
def test_csl_film_broadcast_song_is_web(csl_type: str) -> None:
    item = {"id": "k", "type": csl_type, "title": "Nocturno", "issued": {"date-parts": [[1990]]}}
    assert csljson.to_reference(item, 1).kind is RefKind.WEB
