"""One convention for editors' role marks in entry heads (:mod:`bibcheck.parse.references.
role_marks`): ``Family, I. (red.) 2001. Title.``, ``Family, I. (Hg.) 1999: Title.``,
``Family, I. (a cura di) (1998). Title.``, ``Family, I. (dir.), 2004. Title.``, MLA's
``Family, Given, editor. Title.``: the mark is no part of the names, the editors are kept as
the entry's names, and the head reads the same whichever module parses it (:mod:`.bare_year`,
:mod:`.colon_year`, the APA parser, :mod:`.role_head`).  Every text is written for this
test."""

from __future__ import annotations

import re

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import bare_year, colon_year, parse_reference, role_head, role_marks

# (entry, editors (kept as the entry's names), year, title)
_BARE = [
    # the year bare after the names and a full stop
    (
        "Hansen, P. (red.) 2001. Byen og havnen. Oslo: Universitetsforlaget.",
        ("Hansen, P.",),
        2001,
        "Byen og havnen",
        "no",
    ),
    (
        "Müller, K. (Hg.) 1999. Die Stadt im Mittelalter. Berlin: Akademie.",
        ("Müller, K.",),
        1999,
        "Die Stadt im Mittelalter",
        "de",
    ),
    (
        "Weber, A. & Roth, L. (Hrsg.) 2007. Burgen am Rhein. Mainz: Schnell.",
        ("Weber, A.", "Roth, L."),
        2007,
        "Burgen am Rhein",
        "de",
    ),
    (
        "Virtanen, M. (toim.) 2005. Kaupunki ja meri. Helsinki: Gaudeamus.",
        ("Virtanen, M.",),
        2005,
        "Kaupunki ja meri",
        "fi",
    ),
    (
        "Kovács, J. (szerk.) 1999. A város története. Budapest: Osiris.",
        ("Kovács, J.",),
        1999,
        "A város története",
        "hu",
    ),
    (
        "Rossi, A. (a cura di) 1998. La città e il porto. Bologna: Il Mulino.",
        ("Rossi, A.",),
        1998,
        "La città e il porto",
        "it",
    ),
    (
        "Dupont, M. (dir.) 2004. La ville et le port. Paris: Belin.",
        ("Dupont, M.",),
        2004,
        "La ville et le port",
        "fr",
    ),
    (
        "García, L. (coord.) 2012. La ciudad y el puerto. Madrid: Cátedra.",
        ("García, L.",),
        2012,
        "La ciudad y el puerto",
        "es",
    ),
    (
        "Nowak, J. (red.) 2008. Miasto i rzeka. Kraków: Universitas.",
        ("Nowak, J.",),
        2008,
        "Miasto i rzeka",
        "pl",
    ),
    (
        "Novák, J. (ed.) 2003. Město a řeka. Praha: Academia.",
        ("Novák, J.",),
        2003,
        "Město a řeka",
        "cs",
    ),
    (
        "Jansen, P. & Smit, R. (reds.) 2010. Steden aan het water. Zwolle: Waanders.",
        ("Jansen, P.", "Smit, R."),
        2010,
        "Steden aan het water",
        "nl",
    ),
    (
        "Silva, A. (org.) 2015. A cidade e o porto. Lisboa: Edições 70.",
        ("Silva, A.",),
        2015,
        "A cidade e o porto",
        "pt",
    ),
    (
        "Nielsen, H. (udg.) 1995. Byen ved havet. København: Gyldendal.",
        ("Nielsen, H.",),
        1995,
        "Byen ved havet",
        "da",
    ),
    (
        "Horvat, I. (ur.) 2011. Grad i luka. Zagreb: Školska knjiga.",
        ("Horvat, I.",),
        2011,
        "Grad i luka",
        "hr",
    ),
]
_COLON = [
    # the year after the names and a colon (the Central European archaeology lists)
    (
        "Novák, J. (ed.) 2003: Město a řeka. Praha: Academia.",
        ("Novák, J.",),
        2003,
        "Město a řeka",
        "cs",
    ),
    (
        "Müller, K. (Hg.) 1999: Die Stadt im Mittelalter. Berlin: Akademie.",
        ("Müller, K.",),
        1999,
        "Die Stadt im Mittelalter",
        "de",
    ),
    (
        "Nowak, J. – Lis, A. (red.) 2008: Grody nad Wisłą. Kraków: Universitas.",
        ("Nowak, J.", "Lis, A."),
        2008,
        "Grody nad Wisłą",
        "pl",
    ),
    (
        "Kovács, J. (szerk.) 1999: A bronzkor falvai. Budapest: Osiris.",
        ("Kovács, J.",),
        1999,
        "A bronzkor falvai",
        "hu",
    ),
    (
        "Kováč, M. (zost.) 2006: Hradiská na Slovensku. Nitra: Veda.",
        ("Kováč, M.",),
        2006,
        "Hradiská na Slovensku",
        "sk",
    ),
    (
        "Virtanen, M. (toim.) 2005: Kaupunki ja meri. Helsinki: Gaudeamus.",
        ("Virtanen, M.",),
        2005,
        "Kaupunki ja meri",
        "fi",
    ),
    (
        "Rossi, A. (a cura di) 1998: La città e il porto. Bologna: Il Mulino.",
        ("Rossi, A.",),
        1998,
        "La città e il porto",
        "it",
    ),
    (
        "Horvat, I. (ur.) 2011: Grad i luka. Zagreb: Školska knjiga.",
        ("Horvat, I.",),
        2011,
        "Grad i luka",
        "hr",
    ),
]
_PARENTHESISED = [
    # the year in parentheses after the mark (APA, Harvard)
    (
        "Hansen, P. (red.) (2001). Byen og havnen. Oslo: Universitetsforlaget.",
        ("Hansen, P.",),
        2001,
        "Byen og havnen",
        "no",
    ),
    (
        "Müller, K. (Hg.) (1999). Die Stadt im Mittelalter. Berlin: Akademie.",
        ("Müller, K.",),
        1999,
        "Die Stadt im Mittelalter",
        "de",
    ),
    (
        "Smith, J. and Lee, K. (eds) (2010) Cities and Ports. London: Routledge.",
        ("Smith, J.", "Lee, K."),
        2010,
        "Cities and Ports",
        "en",
    ),
    (
        "Rossi, A. (a cura di) (1998). La città e il porto. Bologna: Il Mulino.",
        ("Rossi, A.",),
        1998,
        "La città e il porto",
        "it",
    ),
    (
        "García, L. (coord.) (2012). La ciudad y el puerto. Madrid: Cátedra.",
        ("García, L.",),
        2012,
        "La ciudad y el puerto",
        "es",
    ),
    (
        "Pérez, R. (comp.) (2009). La ciudad letrada. Buenos Aires: Siglo XXI.",
        ("Pérez, R.",),
        2009,
        "La ciudad letrada",
        "es",
    ),
    (
        "Virtanen, M. (toim.) (2005). Kaupunki ja meri. Helsinki: Gaudeamus.",
        ("Virtanen, M.",),
        2005,
        "Kaupunki ja meri",
        "fi",
    ),
    (
        "Silva, A. (org.) (2015). A cidade e o porto. Lisboa: Edições 70.",
        ("Silva, A.",),
        2015,
        "A cidade e o porto",
        "pt",
    ),
]
_COMMA = [
    # a comma after the mark, then the year
    (
        "Dupont, M. (dir.), 2004. La ville et le port. Paris: Belin.",
        ("Dupont, M.",),
        2004,
        "La ville et le port",
        "fr",
    ),
    (
        "Lund, M. and Holm, P. (eds.), 2011. The Harbour Town. Oxford: Clarendon Press.",
        ("Lund, M.", "Holm, P."),
        2011,
        "The Harbour Town",
        "en",
    ),
    (
        "Hansen, P. (red.), 2001. Byen og havnen. Oslo: Universitetsforlaget.",
        ("Hansen, P.",),
        2001,
        "Byen og havnen",
        "no",
    ),
    (
        "Lund, Maria and Peter Holm (eds.), 2011, The Harbour Town, Oxford: Clarendon Press.",
        ("Lund, Maria", "Peter Holm"),
        2011,
        "The Harbour Town",
        "en",
    ),
]
_MLA = [
    # MLA's role after the names and a comma
    (
        "Marlow, Ann, editor. Harbours of the North. Tideway Press, 2003.",
        ("Marlow, Ann",),
        2003,
        "Harbours of the North",
        "en",
    ),
]
CASES = [
    pytest.param(*case[:4], id=f"{form}-{case[4]}-{n}")
    for form, table in (
        ("bare", _BARE),
        ("colon", _COLON),
        ("paren", _PARENTHESISED),
        ("comma", _COMMA),
        ("mla", _MLA),
    )
    for n, case in enumerate(table)
]


@pytest.mark.parametrize(("text", "editors", "year", "title"), CASES)
def test_an_editors_head_reads_the_same_in_every_form(
    text: str, editors: tuple[str, ...], year: int, title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    # the editors are the entry's names, without their mark
    assert ref.authors == editors
    assert not any("(" in name for name in ref.authors)
    assert ref.year == year
    assert ref.title == title
    assert ref.kind is RefKind.BOOK


def test_the_table_covers_ten_languages_and_thirty_heads() -> None:
    languages = {
        case[4] for table in (_BARE, _COLON, _PARENTHESISED, _COMMA, _MLA) for case in table
    }
    assert len(CASES) >= 30
    assert len(languages) >= 10


_MARK = re.compile(rf"^{role_marks.MARK}$")


@pytest.mark.parametrize("mark", [mark for mark, _ in role_marks.EDITOR_MARKS])
def test_every_mark_is_read_with_and_without_its_stop(mark: str) -> None:
    assert _MARK.match(f"({mark}.)")
    assert _MARK.match(f"({mark})")


@pytest.mark.parametrize("text", ["(2001)", "(pp.)", "(trans.)", "(Hrsg", "(n.d.)", "(Hg.) x"])
def test_no_other_parenthesis_is_a_mark(text: str) -> None:
    assert _MARK.match(text) is None


@pytest.mark.parametrize("mark", [mark for mark, _ in role_marks.EDITOR_MARKS])
def test_bare_year_and_colon_year_read_every_mark_alike(mark: str) -> None:
    bare = bare_year.head(f"Berg, T. ({mark}.) 2010. Titel. Oslo: Forlag.")
    assert bare is not None
    assert (bare.names, bare.year, bare.editing) == (("Berg, T.",), "2010", True)
    colon = colon_year.colon_year(f"Berg, T. ({mark}.) 2010: Titel. Praha: Academia.")
    assert colon is not None
    assert colon.editing
    assert colon.text == "Berg, T. (Ed.). (2010). Titel. Praha: Academia."


def test_one_apa_head_for_both_rewrites() -> None:
    assert (
        role_marks.apa_head(["Berg, T.", "Lis, A."], others=False, editing=True, date="2010")
        == "Berg, T., & Lis, A. (Eds.). (2010)."
    )
    assert (
        role_marks.apa_head(["Berg, T"], others=True, editing=False, date="n.d.")
        == "Berg, T., et al. (n.d.)."
    )


def test_mla_translators_are_still_no_authors() -> None:
    headed = role_head.role_head(
        "Vane, Peter, translator. Antigone. By Sophocles, Harbor Books, 2011."
    )
    assert headed is not None
    assert headed.editing and not headed.editors
    ref = parse_reference(
        "Vane, Peter, translator. Antigone. By Sophocles, Harbor Books, 2011.", [1]
    )
    assert ref.authors == ()


# a chapter's host edited by names with a mark (the APA chapter's "In Names (mark), Book
# (pp. x–y)."): every mark of the table, as the heads read them
HOSTS = [
    pytest.param(
        "Schmidt, A. (2010). Die Burg im Tal. In K. Müller (Hg.), Burgen am Rhein (S. 10–25). "
        "Mainz: Schnell.",
        "Die Burg im Tal",
        "Burgen am Rhein",
        "10–25",
        id="de-Hg",
    ),
    pytest.param(
        "Pérez, R. (2009). La plaza mayor. En L. García (comp.), La ciudad letrada "
        "(pp. 33–58). Buenos Aires: Siglo XXI.",
        "La plaza mayor",
        "La ciudad letrada",
        "33–58",
        id="es-comp",
    ),
    pytest.param(
        "Jansen, P. (2012). De haven. In R. Smit (reds.), Steden aan het water (pp. 10–25). "
        "Zwolle: Waanders.",
        "De haven",
        "Steden aan het water",
        "10–25",
        id="nl-reds",
    ),
    pytest.param(
        "Berg, T. (2014). Havna. I K. Lund (utg.), Byen ved sjøen (s. 40–61). Oslo: Cappelen.",
        "Havna",
        "Byen ved sjøen",
        "40–61",
        id="no-utg",
    ),
    pytest.param(
        "Kováč, M. (2006). Hradisko. In J. Novák (zost.), Hradiská na Slovensku (s. 5–20). "
        "Nitra: Veda.",
        "Hradisko",
        "Hradiská na Slovensku",
        "5–20",
        id="sk-zost",
    ),
    pytest.param(
        "Nielsen, H. (2001). Havnen. I P. Holm (udg.), Byen ved havet (s. 12–30). "
        "København: Gyldendal.",
        "Havnen",
        "Byen ved havet",
        "12–30",
        id="da-udg",
    ),
    pytest.param(
        "Schmidt, A. (2010). Die Burg im Tal. In K. Müller (Hrsg.), Burgen am Rhein "
        "(S. 10–25). Mainz: Schnell.",
        "Die Burg im Tal",
        "Burgen am Rhein",
        "10–25",
        id="de-Hrsg-guard",
    ),
]


@pytest.mark.parametrize(("text", "title", "host", "pages"), HOSTS)
def test_a_chapter_hosts_editors_read_by_the_same_table(
    text: str, title: str, host: str, pages: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title, ref.host, ref.pages) == (RefKind.CHAPTER, title, host, pages)
    assert len(ref.authors) == 1
