"""Italian humanities notes as art history and literary history write them: the place, the
publisher and the year separated by commas (``Roma, Edizioni Quasar, 1998``, or the
publisher first, ``Electa, Napoli, 1984``), an editor or translator statement after the
title (``a cura di B. Nome``), the number of volumes (``3 voll.``), an exhibition
catalogue's statement (``catalogo della mostra (Città, Sede, 2005-2006)``), an edition
printed over several years (``1971-1973``: its first year), the volume and the leaf cited
after the year (``II, pp. 88-91``, ``f. 42v``); journals with their number before the year
(``in «Rivista», LXX, 1985, pp. 1-20``, ``in «Rivista», 12-13, 1964``); an editor named
before the title (``L. Nome (a cura di), Titolo, …``) and the ``cit.`` note that repeats it;
a topic before the lead-in (``Per un primo orientamento cfr. …``).
(:mod:`bibcheck.parse.references.italian_notes`, :mod:`.commentary`)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.italian_notes import parse
from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth
from tests.test_regex_growth import assert_linear

B, A = RefKind.BOOK, RefKind.ARTICLE

# (note, authors, title, year, kind, other fields)
CASES = [
    pytest.param(
        "G. Ferraresi, Le botteghe dei pittori nella Roma barocca, Roma, Edizioni Quasar, "
        "1998, pp. 41-57.",
        ("G. Ferraresi",),
        "Le botteghe dei pittori nella Roma barocca",
        1998,
        B,
        {"place": "Roma", "publisher": "Edizioni Quasar", "pages": "41-57"},
        id="place-publisher-year",
    ),
    pytest.param(
        "P. Lanzi, Memorie dei pittori felsinei, a cura di M. Fabbri e T. Sala, 3 voll., "
        "Bologna, Forni, 1971-1973, II, pp. 88-91.",
        ("P. Lanzi",),
        "Memorie dei pittori felsinei",
        1971,
        B,
        {"place": "Bologna", "publisher": "Forni", "pages": "88-91"},
        id="editor-statement-volumes-span-volume-cited",
    ),
    pytest.param(
        "J. Verhulst, Het leven der schilders, Leiden, Jan Claesz, 1618, f. 42v.",
        ("J. Verhulst",),
        "Het leven der schilders",
        1618,
        B,
        {"place": "Leiden", "publisher": "Jan Claesz"},
        id="leaf-locator",
    ),
    pytest.param(
        "A. Bruni, La pittura a Napoli nel Seicento, Electa, Napoli, 1984, p. 12.",
        ("A. Bruni",),
        "La pittura a Napoli nel Seicento",
        1984,
        B,
        {"place": "Napoli", "publisher": "Electa", "pages": "12"},
        id="publisher-place-year",
    ),
    pytest.param(
        "S. Morandi, Il collezionismo romano, 1590-1630, Firenze, Olschki, 2002, I, p. 7.",
        ("S. Morandi",),
        "Il collezionismo romano, 1590-1630",
        2002,
        B,
        {"place": "Firenze", "publisher": "Olschki"},
        id="title-with-comma-and-years",
    ),
    pytest.param(
        "L. Marchetti (a cura di), Il Seicento a Genova. Pittori e committenti, catalogo "
        "della mostra (Genova, Palazzo Ducale; Savona, Pinacoteca, 2005-2006), Milano, "
        "Skira, 2005, pp. 17-30.",
        ("L. Marchetti",),
        "Il Seicento a Genova. Pittori e committenti",
        2005,
        B,
        {"place": "Milano", "publisher": "Skira"},
        id="editor-first-exhibition-catalogue",
    ),
    pytest.param(
        "Per un primo orientamento cfr. L. Marchetti (a cura di), Il Seicento a Genova, "
        "catalogo della mostra, Milano, Skira, 2005.",
        ("L. Marchetti",),
        "Il Seicento a Genova",
        2005,
        B,
        {},
        id="topic-before-cfr",
    ),
    pytest.param(
        "T. Gualandi, Considerazioni sul ritratto, Roma 1961-1962, II, p. 30.",
        ("T. Gualandi",),
        "Considerazioni sul ritratto",
        1961,
        B,
        {"place": "Roma"},
        id="place-year-span-no-comma",
    ),
    pytest.param(
        "M. Guidi, La cappella Contarelli e i suoi pittori, in «Bollettino d'arte», LXX, "
        "1985, pp. 1-20.",
        ("M. Guidi",),
        "La cappella Contarelli e i suoi pittori",
        1985,
        A,
        {"host": "Bollettino d'arte", "volume": "LXX", "pages": "1-20"},
        id="journal-roman-volume-year",
    ),
    pytest.param(
        "R. Fabbri, Un inventario di palazzo Mattei, in «Studi romani», 12-13, 1964, pp. 110-131.",
        ("R. Fabbri",),
        "Un inventario di palazzo Mattei",
        1964,
        A,
        {"host": "Studi romani", "issue": "12-13", "pages": "110-131"},
        id="journal-double-number-year",
    ),
    pytest.param(
        "E. Sarti, Note su un pittore lombardo, in «Arte veneta», 45, 3, 1991, pp. 5-9.",
        ("E. Sarti",),
        "Note su un pittore lombardo",
        1991,
        A,
        {"volume": "45", "issue": "3"},
        id="journal-volume-issue-year",
    ),
    pytest.param(
        "C. Neri, Stampe e stampatori in Lunigiana, Sarzana, Tipografia Lunense, 1899.",
        ("C. Neri",),
        "Stampe e stampatori in Lunigiana",
        1899,
        B,
        {"place": "Sarzana", "publisher": "Tipografia Lunense"},
        id="unlisted-place-printer",
    ),
    pytest.param(
        "V. Lotti, Ritratti di corte, Cinisello Balsamo, Silvana Editoriale, 2010, p. 5.",
        ("V. Lotti",),
        "Ritratti di corte",
        2010,
        B,
        {"place": "Cinisello Balsamo", "publisher": "Silvana Editoriale"},
        id="place-of-two-words",
    ),
    pytest.param(
        "M. Ferri, La bottega del Cavalier d'Arpino, in Pittura a Roma nel Cinquecento, a "
        "cura di L. Salvi, Roma 2003, pp. 45-60.",
        ("M. Ferri",),
        "La bottega del Cavalier d'Arpino",
        2003,
        RefKind.CHAPTER,
        {"host": "Pittura a Roma nel Cinquecento", "pages": "45-60"},
        id="chapter-volume-then-editor",
    ),
    pytest.param(
        "M. Ferri, La bottega, in Atti del convegno di studi, a cura di L. Salvi e P. Neri, "
        "Firenze, Olschki, 2003, pp. 45-60.",
        ("M. Ferri",),
        "La bottega",
        2003,
        RefKind.CHAPTER,
        {"host": "Atti del convegno di studi", "publisher": "Olschki"},
        id="chapter-volume-editors-comma-imprint",
    ),
    pytest.param(
        "A. Rossi, B. Verdi, Monitoraggio dei ponti in muratura, Rapporto DICA-2019-04, "
        "Politecnico, Milano, 2019.",
        ("A. Rossi", "B. Verdi"),
        "Monitoraggio dei ponti in muratura",
        2019,
        RefKind.REPORT,
        {"place": "Milano"},
        id="report-number-no-part-of-title",
    ),
    # a Spanish note of the same form
    pytest.param(
        "J. Gállego, Visión y símbolos en la pintura española, Madrid, Cátedra, 1984, p. 9.",
        ("J. Gállego",),
        "Visión y símbolos en la pintura española",
        1984,
        B,
        {"place": "Madrid", "publisher": "Cátedra"},
        id="es-place-publisher-year",
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "notes-only"])
@pytest.mark.parametrize(("note", "authors", "title", "year", "kind", "more"), CASES)
def test_note_fields(
    note: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    kind: RefKind,
    more: dict[str, str | None],
    detect: bool,
) -> None:
    ref = parse_reference(note, [1], detect_styles=detect, note=True)
    assert ref.style == "italian"
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, kind)
    for name, want in more.items():
        assert getattr(ref, name) == want, name


# Not books of this form: an article or a report of another style keeps its own parser
NOT_THIS_FORM = [
    # (no known place, no publisher's name: a journal and its volume)
    "A. Smith, Harbour trade, Maritime History Review, 12, 2001.",
    "J. Doe, Trade and ports, Journal of Ports, Elsevier, 2015.",
    # (more names joined by "and", one with a particle: an RSC book, not one author's)
    "P. Lind, J. de Vries and K. Moor, *Harbour Physics*, 2nd edn., Oxford University "
    "Press, Oxford, 2018.",
    "D. A. Lind, F. J. Moor and S. R. Vries, Harbour Physics, Cengage Learning, Boston, 2017.",
]


@pytest.mark.parametrize(
    "note", NOT_THIS_FORM, ids=[f"other{i}" for i in range(len(NOT_THIS_FORM))]
)
def test_other_shapes_not_read_as_books(note: str) -> None:
    found = parse(note)
    assert found is None or not found.book


def test_cit_note_of_an_edited_volume_repeats_it() -> None:
    texts = [
        "Per un primo orientamento cfr. L. Marchetti (a cura di), Il Seicento a Genova. "
        "Pittori e committenti, Milano, Skira, 2005, pp. 17-30.",
        "A. Bruni, La pittura a Napoli nel Seicento, Electa, Napoli, 1984, p. 12.",
        "L. Marchetti (a cura di), Il Seicento a Genova, cit., p. 22.",
    ]
    found = find_repeats(texts)
    assert [r.target if r else None for r in found] == [None, None, 0]


def _parse(text: str) -> object:
    parse(text)
    return citation_start(text)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "A. Rossi, " + "Titolo, " * (n // 8) + "Roma, Electa, 2001",
        lambda n: "A. Rossi, Titolo, " + "Roma, " * (n // 6) + "1999-",
        lambda n: "A. Rossi, Titolo, in «Rivista», " + "12, " * (n // 4) + "1990",
        lambda n: "A. Rossi, Titolo, a cura di " + "B. Verdi e " * (n // 11) + "Roma, Electa, 2001",
        lambda n: "Per " + "un quadro " * (n // 10) + "cfr. A. Rossi, Titolo, Roma, Electa, 2001",
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    assert_linear(_parse, line)


@pytest.mark.parametrize(
    "line",
    [
        lambda k: "A. Rossi, Titolo, " + "Roma, " * k + "1999-",
        lambda k: "A. Rossi, Titolo, in " + "Volume, " * k + "a cura di B. Nome, Roma 2001",
        lambda k: "A. Rossi, Titolo, in «Rivista», " + "12-13, " * k + "1990",
    ],
)
def test_lines_under_the_length_read_parse_in_linear_time(line: Callable[[int], str]) -> None:
    # (under the length the parser reads at all: ten times the parts, not a hundred times
    # the time)
    assert growth(lambda k: _parse(line(k)), 17, 170) < 30
