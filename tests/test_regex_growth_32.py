"""Fix round 32: more of benchmarks/regex_worst_case.py's slow patterns made linear.  As in
tests/test_regex_growth.py (whose ``assert_linear`` this uses): for each, adversarial lines
of the scanner's kind take at most 30 times as long at 10,000 characters as at 1,000, and a
table shows the lines the pattern is for still read as before.  Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.parse.references import caps, mhra
from bibcheck.parse.references.chicago import _ORG_BIB
from bibcheck.parse.references.cjk_brackets import _AUTHOR_MARK
from bibcheck.parse.references.cjk_brackets import _DOT as cjk_DOT
from bibcheck.parse.references.commentary import _CASELESS_FACTS, bibliographic
from bibcheck.parse.references.doilabel import _LABELLED, malformed_dois
from bibcheck.parse.references.fields import _DOI_LABELLED
from bibcheck.parse.references.gbt import _ET_AL as gbt_ET_AL
from bibcheck.parse.references.german_law import _one_phrase
from bibcheck.parse.references.legal import _EDITION_AFTER
from bibcheck.parse.references.polish_notes import _PERSON as polish_PERSON
from bibcheck.parse.references.polish_notes import _authors as polish_authors
from bibcheck.parse.references.responsibility import _ET_AL as responsibility_ET_AL
from bibcheck.parse.references.script_names import _ARABIC_JOIN
from bibcheck.readers import typst
from bibcheck.readers.entryends import entry_complete
from bibcheck.readers.htmllatexml import _VOLUME_AFTER
from bibcheck.readers.htmlparts import _ET_AL as htmlparts_ET_AL
from bibcheck.readers.kramdownrfc import _anchors
from bibcheck.readers.latex.bstblocks import _ARTICLE as bst_ARTICLE
from bibcheck.readers.latex.bstblocks import _SEP as bst_SEP
from bibcheck.readers.latex.counters import integer
from bibcheck.readers.links import sentence_end
from bibcheck.readers.mask import _escaped_brackets, mask
from bibcheck.readers.pandoc import _without_shortcodes
from bibcheck.readers.pdfsuper import _WORD as pdfsuper_WORD
from bibcheck.readers.wikitext import attributes
from tests.test_regex_growth import assert_linear

# --- kramdown headings' own ids (kramdownrfc._HEADING) ------------------------------------


def _heading_ids(line: str) -> object:
    return _anchors([line])


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "# a" + " " * n + "\x00", id="spaces-then-a-stop"),
        pytest.param(lambda n: "# a" + " #" * (n // 2) + "x", id="spaced-hashes"),
        pytest.param(lambda n: "#" + " " * n, id="only-spaces"),
        pytest.param(lambda n: "## " + "ab " * (n // 3), id="words"),
    ],
)
def test_heading_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_heading_ids, line)


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        ("## Introduction", {"introduction"}),
        ("# Security Considerations ##", {"security-considerations"}),
        ("### Rate Limits {#rate}", {"rate", "rate-limits"}),
        ("## Closing hashes, spaced   ##  ", {"closing-hashes-spaced"}),
        ("#\tTabbed\theading\t#", {"tabbed\theading"}),
        ("###### Six deep", {"six-deep"}),
        ("# C# and F#", {"c-and-f"}),
        ("# a # b", {"a--b"}),
        ("# ##", {""}),  # the text is one '#'
        ("#  ", {""}),  # the text is the last space
        ("#\t", set()),
        ("#", set()),
        ("#NoSpace", set()),
        ("####### Seven", set()),
        ("  # Indented", set()),
    ],
)
def test_heading_ids_read_as_before(line: str, ids: set[str]) -> None:
    assert _anchors([line]) == ids


# --- names in capitals (caps._PERSON_RE, read over the names caps._SHAPE found) ------------


def _caps_people(text: str) -> object:
    return [m.group(0) for m in caps._people(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "AA A" + "À" * n + "\x00", id="capitals"),
        pytest.param(lambda n: "AB" + " CD" * (n // 3) + " x, E", id="capital-words"),
        pytest.param(lambda n: "AB" + " de CD" * (n // 6) + " x, E", id="particles"),
        pytest.param(lambda n: "O'" + "A-" * (n // 2) + "\x00", id="apostrophes-and-dashes"),
    ],
)
def test_caps_person_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_caps_people, line)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("BIONI, Bruno Ricardo", ["BIONI, Bruno Ricardo"]),
        (
            "OLIVEIRA, Fernanda R.; ALMEIDA, Pedro S.",
            ["OLIVEIRA, Fernanda R.", "ALMEIDA, Pedro S."],
        ),
        ("LUX, M., SUNEGA, P.", ["LUX, M.", "SUNEGA, P."]),
        ("LUX, M. a SUNEGA, P.", ["LUX, M.", "SUNEGA, P."]),
        ("SÁ, Isabel dos Guimarães", ["SÁ, Isabel dos Guimarães"]),
        ("SILVA DOS SANTOS, Ana", ["SILVA DOS SANTOS, Ana"]),
        ("SOUZA dos REIS, Ana; DEUS, Rui", ["SOUZA dos REIS, Ana", "DEUS, Rui"]),
        ("COSTA DEUS, Rui", ["COSTA DEUS, Rui"]),
        ("VAN DER BERG, Jan", ["VAN DER BERG, Jan"]),
        ("D'ÁVILA, Rui – O'NEIL-KING, Sean", ["D'ÁVILA, Rui", "O'NEIL-KING, Sean"]),
        ("X AB, Cy", ["AB, Cy"]),  # one capital is no family name: the next word is
        ("-AB, Cy", ["AB, Cy"]),
        ("ABc, Dy", []),
        ("AB dex, Cy", []),
        ("ÉÈ ÀB, Cy", ["ÉÈ ÀB, Cy"]),
        ("AB, cy", []),
    ],
)
def test_caps_people_read_as_before(text: str, people: list[str]) -> None:
    assert _caps_people(text) == people


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            "PEREIRA, Ana Luísa; SOUZA dos REIS, Bruno. Águas do sertão. Recife: Ed. Mar, 2015.",
            ("PEREIRA, Ana Luísa",),  # (a family name with a particle in lower case: not kept)
        ),
        (
            "PEREIRA, Ana Luísa; SOUZA DOS REIS, Bruno. Águas do sertão. Recife: Mar, 2015.",
            ("PEREIRA, Ana Luísa", "SOUZA DOS REIS, Bruno"),
        ),
        ("SILVA DE, João. Um título. Lisboa: Mar, 2001.", ("SILVA DE, João",)),
        ("NOVÁK, J. a DVOŘÁK, P. Řeka a město. Brno: Host, 2011.", ("NOVÁK, J", "DVOŘÁK, P")),
    ],
)
def test_caps_references_read_as_before(body: str, authors: tuple[str, ...]) -> None:
    fields = caps.parse(body)
    assert fields is not None and fields.authors == authors


# --- escaped brackets in Markdown (mask._BRACKETED_WORDS) ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "\\[" + " " * n + "x\\]", id="spaces-then-one-letter"),
        pytest.param(lambda n: "\\[a" + " " * n + "\x00\\]", id="spaces-then-a-stop"),
        pytest.param(lambda n: "\\[1" + " ." * (n // 2) + "^\\]", id="stops-then-tex"),
        pytest.param(lambda n: "\\[" + "a" * n + "\\] x", id="one-long-word"),
    ],
)
def test_escaped_brackets_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: mask(text, latex=False), line)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("\\[RFC2119\\]", True),
        ("\\[ RFC 8174 \\]", True),
        ("\\[1\\]", True),
        ("\\[12, 14; 17\\]", True),
        ("\\[ISO-8601\\]", True),
        ("\\[see note 3\\]", True),
        ("\\[O’Neil: 1999.\\]", True),
        ("\\[Café\\]", True),
        ("\\[\t\tab\n\\]", True),  # whitespace about the words may be any
        ("\\[ab\tcd\\]", False),  # between them only spaces
        ("\\[x\\]", False),  # one letter: math
        ("\\[x y\\]", False),
        ("\\[x 1\\]", True),
        ("\\[-ab\\]", False),
        ("\\[a_1\\]", False),
        ("\\[E = mc^2\\]", False),
        ("\\[\\frac{a}{b}\\]", False),
        ("\\[ \\]", False),
        ("\\[\\]", False),
        ("  \\[ab\\] ", True),  # (the match is stripped)
        ("\\[ab\\]\\]", False),
    ],
)
def test_escaped_brackets_read_as_before(text: str, words: bool) -> None:
    m = re.fullmatch(r"(?s).*", text)
    assert m is not None
    assert _escaped_brackets(m) is words


# --- MHRA names (mhra._PERSON, read over the names before a title in single quotes) --------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A" + "А" * n + ", ‘A Title’, Leeds, 2001.", id="one-long-word"),
        pytest.param(lambda n: "Ab" + "C" * n + ", ‘A Title’, Leeds, 2001.", id="capitals"),
        pytest.param(
            lambda n: "Ab Cd" + " Ef" * (n // 3) + ", ‘A Title’, Leeds, 2001.", id="words"
        ),
        pytest.param(
            lambda n: "Ann Lee" + ", Bo Kim" * (n // 8) + ", ‘A Title’, Leeds, 2001.", id="people"
        ),
    ],
)
def test_mhra_names_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(mhra.parse, line)


@pytest.mark.parametrize(
    ("names", "people"),
    [
        ("L. H. Aiken", ("L. H. Aiken",)),
        ("Aiken, L. H., and others", ("Aiken, L. H.",)),
        ("Jane B. Smith and Mary Jane Doe", ("Jane B. Smith", "Mary Jane Doe")),
        ("Smith, Jane, Ann Le Roy, and Tom O’Brien", ("Smith, Jane", "Ann Le Roy", "Tom O’Brien")),
        ("Smith, Jane B., & Jean-Paul McKenzie", ("Smith, Jane B.", "Jean-Paul McKenzie")),
        ("Ann Lee, Bo Kim (eds)", ("Ann Lee", "Bo Kim")),
        ("Royal College of Nursing", ("Royal College of Nursing",)),
        ("The Shelford Group", ("The Shelford Group",)),
        ("NHS England", ("NHS England",)),
        ("ABCSmith, J.", ("ABCSmith, J.",)),
        ("Ann Lee, Royal College of Nursing", ("Ann Lee, Royal College of Nursing",)),
        ("", ()),
        (", eds", ()),
    ],
)
def test_mhra_people_read_as_before(names: str, people: tuple[str, ...]) -> None:
    assert mhra._people(names) == people


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        ("Jane B. Smith, ‘Rivers of Salt’, Harbour Review, 12 (2004), 33–41.", ("Jane B. Smith",)),
        (
            "Aiken, L. H., and Tom O’Brien, ‘Night Wards,’ in Care Work (Leeds: Dock, 2011), p. 4.",
            ("Aiken, L. H.", "Tom O’Brien"),
        ),
    ],
)
def test_mhra_references_read_as_before(body: str, authors: tuple[str, ...]) -> None:
    fields = mhra.parse(body)
    assert fields is not None and fields.authors == authors


# --- what follows an italic host: a volume (htmllatexml._VOLUME_AFTER, bstblocks._ARTICLE) --


@pytest.mark.parametrize("pattern", [_VOLUME_AFTER, bst_ARTICLE], ids=["latexml", "bst"])
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "\x00", id="spaces"),
        pytest.param(
            lambda n: " " * (n // 2) + "," + " " * (n // 2) + "x", id="spaces-comma-spaces"
        ),
        pytest.param(lambda n: "\t\n " * (n // 3) + ",", id="whitespace-then-a-comma"),
    ],
)
def test_volume_after_is_linear(pattern: re.Pattern[str], line: Callable[[int], str]) -> None:
    assert_linear(pattern.match, line)


@pytest.mark.parametrize(
    ("after", "latexml", "bst"),
    [
        (", 28(2):151–176", True, True),
        (", vol. 5, 2019", True, False),
        (" Volume 12 (3)", True, False),
        (" 12 (3) (2019)", True, True),
        (", 598:126233", True, True),
        ("  ,  7", True, True),
        (",\n\t14(2)", True, True),
        (", Vol.3", True, False),
        (", vol 3", True, False),
        (", xiv, 220 pp.", False, True),
        (", (3) 2011", False, True),
        (", (May 2011)", False, False),
        (", iv-vi", False, True),
        (", ivory tower", False, False),
        (",, 5", False, False),
        (", Proceedings", False, False),
        ("", False, False),
        ("   ", False, False),
    ],
)
def test_volume_after_reads_as_before(after: str, latexml: bool, bst: bool) -> None:
    assert (bool(_VOLUME_AFTER.match(after)), bool(bst_ARTICLE.match(after))) == (latexml, bst)


# --- where a link's sentence ends (links._SENTENCE_END) -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "…" * n + "\x00", id="ellipses"),
        pytest.param(lambda n: "a" + ".!?" * (n // 3) + "”x", id="stops-then-a-letter"),
        pytest.param(lambda n: "See" + " A." * (n // 3) + "x", id="initials"),
        pytest.param(lambda n: "a" + "." * (n // 2) + ")" * (n // 2) + "x", id="stops-and-quotes"),
    ],
)
def test_sentence_end_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: sentence_end(text, 0), line)


@pytest.mark.parametrize(
    ("text", "offset", "end"),
    [
        ("See the report. It says more.", 0, 15),
        ("See the report. It says more.", 16, 29),
        ("Is it so? Yes!", 0, 9),
        ("He said “stop.” Then left.", 0, 15),
        ("(as in the note.) Then", 0, 17),
        ("Wait... and then", 0, 7),
        ("Wait… and then", 0, 5),
        ("Written by J. Smith. Next", 0, 20),
        ("Written by J. R. Smith. Next", 0, 23),
        ("Plan A. Then plan B.", 0, 20),
        ("Version 2.1 is out. Next", 0, 19),
        ("Ends with a stop.", 0, 17),
        ("No stop at all  ", 0, 14),
        ("e.g. this. Then", 0, 4),
        ("x\t.\nY", 0, 3),
        ("A.", 0, 2),
        (". Then", 0, 1),
        ("", 0, 0),
    ],
)
def test_sentence_end_reads_as_before(text: str, offset: int, end: int) -> None:
    assert sentence_end(text, offset) == end


# --- an organisation's bibliography entry (chicago._ORG_BIB) --------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Aa of." + " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "Aa of." + " " * n + ". x", id="spaces-then-a-stop"),
        pytest.param(lambda n: "World Bank." + " \t" * (n // 2) + "Title", id="whitespace"),
    ],
)
def test_org_bib_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_ORG_BIB.match, line)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "World Bank. Harbour Finance. Washington, DC: World Bank, 2019.",
            ("World Bank", "Harbour Finance", "Washington, DC: World Bank, 2019"),
        ),
        (
            "Port of Rotterdam Authority.  Annual Report. Sea Trade. Rotterdam: Port, 2021",
            ("Port of Rotterdam Authority", "Annual Report. Sea Trade", "Rotterdam: Port, 2021"),
        ),
        (
            "UNESCAP.\tTides. Bangkok: UN, 2008.",
            ("UNESCAP", "Tides", "Bangkok: UN, 2008"),
        ),
        # a blank title (a stop after the spaces): the last space is the title, as before
        (
            "Rijkswaterstaat.   . Den Haag: Rijk, 1995.",
            ("Rijkswaterstaat", " ", "Den Haag: Rijk, 1995"),
        ),
        ("Rijkswaterstaat. . Den Haag: Rijk, 1995.", None),
        (
            "Rijkswaterstaat.  . Notes. Den Haag: Rijk, 1995.",
            ("Rijkswaterstaat", " . Notes", "Den Haag: Rijk, 1995"),
        ),
        ("World Bank. Harbour Finance. Washington, 2019.", None),
        ("W. Kahan. Floating Point. Berkeley: UC, 1997.", None),
    ],
)
def test_org_bib_reads_as_before(body: str, parts: tuple[str, str, str] | None) -> None:
    m = _ORG_BIB.match(body)
    assert (m.group("org", "title", "facts") if m else None) == parts


# --- a DOI after its label (doilabel._LABELLED) --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "doi" + " " * n + "\n", id="spaces"),
        pytest.param(
            lambda n: "DOI:" + " " * (n // 2) + "~" + " " * (n // 2) + "x", id="spaces-tilde-spaces"
        ),
        pytest.param(lambda n: "doi \t" * (n // 5) + "x", id="labels"),
    ],
)
def test_doi_label_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(malformed_dois(text)), line)


@pytest.mark.parametrize(
    ("text", "dois"),
    [
        ("DOI: 10.1021/ja01234", [("10.1021/ja01234", 5)]),
        ("doi 10.1021/x.", [("10.1021/x.", 4)]),
        ("doi:10,1371/journal", [("10,1371/journal", 4)]),
        ("DOI:~10.1021/x", [("10.1021/x", 5)]),
        ("doi : ~ 10.5555/abc", [("10.5555/abc", 8)]),
        ("doi\t\t10.1/x", [("10.1/x", 5)]),
        ("doi\n10.1234/y", [("10.1234/y", 4)]),
        ("doi ~10.1234/y", [("10.1234/y", 5)]),
        ("see doi:  10.1234/abc and DOI 10.4321/def", [("10.1234/abc", 10), ("10.4321/def", 30)]),
        ("doi10.1234/y", []),
        ("doi: :10.1234/y", []),
        ("doi::10.1234/y", []),
        ("doi ~~10.1/x", []),
        ("dx.doi 10.1/x", []),
        ("doi/10.1/x", []),
        ("https://doi.org/10.1/x", []),
        ("mydoi: 10.1/x", []),
    ],
)
def test_doi_label_reads_as_before(text: str, dois: list[tuple[str, int]]) -> None:
    assert [(m.group("doi"), m.start("doi")) for m in _LABELLED.finditer(text)] == dois


# --- Quarto and Hugo shortcodes (pandoc._SHORTCODE) ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "{{<" + " " * n, id="spaces"),
        pytest.param(lambda n: "{{<" + " " * n + "highlight", id="spaces-then-highlight"),
        pytest.param(lambda n: "{{< x" + ' "a"' * (n // 4) + ">}", id="strings-unclosed"),
    ],
)
def test_shortcode_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_without_shortcodes, line)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ('A {{< todo "cite [@x] here?" >}} B', '{{< todo "cite [@x] here?" >}}'),
        ("{{< pagebreak >}}", "{{< pagebreak >}}"),
        ("{{<pagebreak>}}", "{{<pagebreak>}}"),
        ("{{< video 'a > b' >}}", "{{< video 'a > b' >}}"),
        ('{{< x "a\nb" >}}', ""),
        ("{{<\n  note >}}", "{{<\n  note >}}"),
        ("{{< \nnote >}}", "{{< \nnote >}}"),
        ("{{< a\nb >}}", ""),
        ("{{<highlight go>}}", ""),
        ("{{</highlight>}}", ""),
        # (with a space before it, a highlight tag is blanked like any other, as before)
        ("{{< highlight go >}}", "{{< highlight go >}}"),
        ("{{< /highlight >}}", "{{< /highlight >}}"),
        ("{{<\nhighlight go >}}", ""),
        ("{{< \nhighlight go >}}", ""),
        ("{{<\t\nhighlight go >}}", ""),
        ("{{<\n\thighlight go >}}", "{{<\n\thighlight go >}}"),
        ("{{<highlighter>}}", "{{<highlighter>}}"),
        ('{{< a "b >}}', ""),
        ("{{< a > b >}}", ""),
        ("{{< a >}} {{< b >}}", "{{< a >}} {{< b >}}"),
    ],
)
def test_shortcodes_read_as_before(text: str, blanked: str) -> None:
    # (``blanked``: the part of the text blanked, "" for none)
    want = text.replace(blanked, " " * len(blanked)) if blanked else text
    assert _without_shortcodes(text) == want


# --- facts in a script without capitals (commentary._CASELESS_FACTS, searched) -------------


def _caseless(text: str) -> bool:
    return _CASELESS_FACTS.search(text) is not None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "\u0590a : aa, " + "۰" * n, id="digits-after-a-match"),
        pytest.param(lambda n: "ت" * n + "\x00", id="letters"),
        pytest.param(lambda n: "تa" * (n // 2) + " x", id="letters-and-latin"),
        pytest.param(lambda n: "ก: ก" + "ก" * n + "\x00", id="thai-after-a-colon"),
    ],
)
def test_caseless_facts_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(_caseless, line)
    assert_linear(bibliographic, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("تهران: نشر مرکز، ۱۳۸۹", True),
        ("تهران : نشر مرکز ، ۱۳۸۹.", True),
        ("กรุงเทพฯ: มหาวิทยาลัยธรรมศาสตร์, 2530", True),
        ("ירושלים: מאגנס, 2004", True),
        ("القاهرة: دار الشروق، ٢٠١٠", True),
        ("see (تهران: نشر مرکز، ۱۳۸۹)", True),
        ("x تهران: نشر، ۱۳۸۹", True),
        ("aتهران: نشر، ۱۳۸۹", True),
        ("۱۳۸۹تهران: نشر، ۱۳۸۹", True),
        ("تهران:نشر،۱۳۸۹", True),
        ("تهران: ۱۲ نشر، ۱۳۸۹", False),
        ("تهران: نشر مرکز", False),
        ("تهران نشر مرکز، ۱۳۸۹", False),
        ("تهران: نشر؛ مرکز، ۱۳۸۹", True),  # (an Arabic semicolon is no ";")
        ("تهران: " + "ن" * 90 + "، ۱۳۸۹", False),
        ("Paris: Seuil, 1989", False),
        ("", False),
    ],
)
def test_caseless_facts_read_as_before(text: str, found: bool) -> None:
    assert _caseless(text) is found


# --- a tag's attributes in wikitext (wikitext._ATTR) ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "-" * n + "\x00", id="dashes"),
        pytest.param(lambda n: "name" + " " * n + "x", id="spaces-after-a-name"),
        pytest.param(lambda n: "a=" + " " * n + "/", id="spaces-after-the-sign"),
        pytest.param(lambda n: "ab " * (n // 3) + "=", id="names"),
    ],
)
def test_wikitext_attributes_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(attributes, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('name="a b" group=note', {"name": "a b", "group": "note"}),
        ("name = 'x y' ", {"name": "x y"}),
        ('NAME="First" name="second"', {"name": "First"}),
        ("data-x=1 data_y=2", {"data-x": "1", "data_y": "2"}),
        ('name=""', {"name": ""}),
        ("name=a/b", {"name": "a"}),
        ("a-b-c = d", {"a-b-c": "d"}),
        ("x=y=z", {"x": "y=z"}),
        ("--=1", {"--": "1"}),
        ("name", {}),
        ("name=", {}),
        ('name="unclosed', {}),
        ("é=ü", {"é": "ü"}),
    ],
)
def test_wikitext_attributes_read_as_before(text: str, found: dict[str, str]) -> None:
    assert attributes(text) == found


# --- an entry that ends with its year or pages (entryends._ENDS_DATED) ---------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Title. " + "1" * n + "\n.", id="digits"),
        pytest.param(lambda n: "Title. " + "1" * n + " –x.", id="digits-then-a-dash"),
        pytest.param(lambda n: "Title. " + "1-" * (n // 2) + "x.", id="ranges"),
    ],
)
def test_entry_complete_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(entry_complete, line)


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("Lee, A. The tide mill. Estuary Books, 2004.", True),
        ("Lee, A. 2017. Models. Journal 12: 77–95.", True),
        ("Lee, A. Models. Journal 12 (2017): 77 - 95.", True),
        ("Lee, A. Models. Journal (2019).", True),
        ("Lee, A. Models. Journal, 2019a.", True),
        ("Lee, A. Models. Journal, pp. 3-4).", True),
        ("Lee, A. Models. Journal, 12019.", False),
        ("Lee, A. Models. Journal, 1450.", False),
        ("Lee, A. Models. Journal, 12.", False),
        ("Lee, A. (2004). The tide mill. Estuary Books.", True),
        ("Lee, A. (2017). Hydraulic models.", False),
        ("Lee, A. Models. Journal, 2019", False),
        ("Smith, William G.", False),
    ],
)
def test_entry_complete_reads_as_before(text: str, complete: bool) -> None:
    assert entry_complete(text) is complete


# --- "et al." at the end of names (htmlparts._ET_AL, responsibility._ET_AL) ----------------


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        pytest.param(htmlparts_ET_AL, lambda n: "Lee" + " " * n + "x", id="markup-spaces"),
        pytest.param(htmlparts_ET_AL, lambda n: "Lee et" + " " * n + "x", id="markup-et"),
        pytest.param(htmlparts_ET_AL, lambda n: "Lee et al" + " " * n + "x", id="markup-al"),
        pytest.param(responsibility_ET_AL, lambda n: "Lee" + " " * n + "x", id="gost-spaces"),
        pytest.param(responsibility_ET_AL, lambda n: "Lee, " * (n // 5) + "x", id="gost-commas"),
    ],
)
def test_et_al_is_linear(pattern: re.Pattern[str], line: Callable[[int], str]) -> None:
    assert_linear(lambda text: pattern.sub("", text), line)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("A. Lee, B. Kim, et al.", "A. Lee, B. Kim"),
        ("A. Lee et al", "A. Lee"),
        ("A. Lee,   ET  AL. ", "A. Lee"),
        ("A. Lee and others", "A. Lee"),
        ("A. Lee, and others\n", "A. Lee"),
        ("A. Lee  , et al.", "A. Lee  "),
        ("A. Lee et al. and B. Kim", "A. Lee et al. and B. Kim"),
        ("Etal", "Etal"),
        ("et al.", ""),
    ],
)
def test_markup_et_al_reads_as_before(text: str, bare: str) -> None:
    assert htmlparts_ET_AL.sub("", text) == bare


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("С. Н. Петров и др.", "С. Н. Петров"),
        ("С. Н. Петров, [и др.]", "С. Н. Петров"),
        ("Петров С. Н., Иванов А. А. и соавт.", "Петров С. Н., Иванов А. А."),
        ("О. Коваль та ін.", "О. Коваль"),
        ("О. Коваль  , і інш", "О. Коваль  "),
        ("A. Lee  et al.]", "A. Lee"),
        ("A. Lee et  al.", "A. Lee et  al."),
        ("A. Lee", "A. Lee"),
    ],
)
def test_responsibility_et_al_reads_as_before(text: str, bare: str) -> None:
    assert responsibility_ET_AL.sub("", text) == bare


# --- Polish, Czech and Slovak authors (polish_notes._PERSON) -------------------------------
# (the initials were a repeat inside a repeat, both taking "A.": exponential)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A." * (n // 2) + "\x00", id="initials"),
        pytest.param(lambda n: "Ł. " * (n // 3) + "-K. \x00", id="spaced-initials"),
        pytest.param(lambda n: "Ab.-C." * (n // 6) + "x", id="hyphenated-initials"),
        pytest.param(lambda n: "Ć" * n + "\x00", id="capitals"),
        pytest.param(lambda n: "Kowal" + " A." * (n // 3) + "x", id="initials-after"),
    ],
)
def test_polish_person_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(polish_PERSON.match, line)
    assert_linear(lambda text: polish_authors(text + ", " + text), line)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("J. Kowalski", True),
        ("J.Kowalski", True),
        ("J. M. Nowak", True),
        ("J.-M. Nowak", True),
        ("Ch. Wójcik-Zieliński", True),
        ("Ł. Ćwik", True),
        ("A. B. C. D. E. Dąb", True),
        ("Kowalski J.", True),
        ("Kowalski J. M.", True),
        ("KOWALSKI, Jan", True),
        ("ŚWIĘTY J.", True),
        ("NOWAK J.M.", True),
        ("J. kowalski", False),
        ("J. K.", False),
        ("J. Nowak Jr.", False),
        ("Kowalski", False),
        ("A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.A.x", False),
        ("Kowalski J", False),
        ("K. Nowak ", False),
    ],
)
def test_polish_person_reads_as_before(text: str, person: bool) -> None:
    assert bool(polish_PERSON.match(text)) is person


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("J. Kowalski, A. Nowak", ("J. Kowalski", "A. Nowak")),
        ("J. Kowalski i A. Nowak", ("J. Kowalski", "A. Nowak")),
        ("Kowalski J., Nowak A. oraz Wójcik E.", ("Kowalski J.", "Nowak A.", "Wójcik E.")),
        ("Najwyższa Izba Kontroli", ("Najwyższa Izba Kontroli",)),
        ("J. Kowalski, Instytut Pamięci", ("J. Kowalski, Instytut Pamięci",)),
    ],
)
def test_polish_authors_read_as_before(text: str, authors: tuple[str, ...]) -> None:
    assert polish_authors(text) == authors


# --- runs read whole from their start: a German title's stops (german_law._STOP), the word
# before a glued number (pdfsuper._WORD), a Japanese author mark (cjk_brackets._AUTHOR_MARK),
# an edition after a title (legal._EDITION_AFTER), a LaTeX counter's value (counters._INTEGER)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(_one_phrase, lambda n: "A" * n + "\n", id="german-letters"),
        pytest.param(_one_phrase, lambda n: "Ab " * (n // 3) + "x.", id="german-words"),
        pytest.param(pdfsuper_WORD.search, lambda n: "A" * n + "\x00", id="pdf-letters"),
        pytest.param(pdfsuper_WORD.search, lambda n: "Ab1" * (n // 3), id="pdf-words"),
        pytest.param(
            lambda text: _AUTHOR_MARK.sub("", text), lambda n: " " * n + "\x00", id="cjk-spaces"
        ),
        pytest.param(
            lambda text: _EDITION_AFTER.sub("", text),
            lambda n: ", " + "1" * n + "\x00",
            id="edition",
        ),
        pytest.param(
            lambda text: _EDITION_AFTER.sub("", text),
            lambda n: ", 1" + "a" * n + " ed",
            id="ordinal",
        ),
        pytest.param(integer, lambda n: " " * n + "\x00", id="counter-spaces"),
        pytest.param(integer, lambda n: " " * (n // 2) + "-" + " " * (n // 2), id="counter-sign"),
    ],
)
def test_runs_read_whole_are_linear(
    call: Callable[[str], object], line: Callable[[int], str]
) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("title", "one"),
    [
        ("Gesetz über die Bahn", True),
        ("Kommentar zum BGB, Art. 5 Abs. 2", True),
        ("33. Tätigkeitsbericht des Beauftragten", True),
        ("Handbuch, Bd. 2, 3. Aufl. 2019", True),
        ("Smith, John. A Book. London", False),
        ("Die Lehre vom Staat. Berlin", False),
        ("Über das Recht.\nZweiter Teil", False),
        ("Über das Recht.", True),
        ("Ein J. Teil", True),
        ("Ein Straßenbau. Teil", False),
        ("*Ein Buch*", False),
    ],
)
def test_german_one_phrase_reads_as_before(title: str, one: bool) -> None:
    assert _one_phrase(title) is one


@pytest.mark.parametrize(
    ("before", "word"),
    [
        ("the level of CO", "CO"),
        ("as found by Smith", "Smith"),
        ("Müller", "Müller"),
        ("see Smith2", None),
        ("ends with a space ", None),
        ("numbers 12", None),
        ("under_score", "score"),
        ("line\n", "line"),
        ("", None),
    ],
)
def test_pdf_word_reads_as_before(before: str, word: str | None) -> None:
    m = pdfsuper_WORD.search(before)
    assert (m.group(0) if m else None) == word


@pytest.mark.parametrize(
    ("who", "bare"),
    [
        ("山田太郎著", "山田太郎"),
        ("山田太郎 著", "山田太郎"),
        ("山田太郎\u3000ほか", "山田太郎"),
        ("김철수 외", "김철수"),
        ("王海等著", "王海"),
        ("王海等", "王海"),
        ("山田著者", "山田"),
        ("著", ""),
        ("山田太郎", "山田太郎"),
        ("著 山田", "著 山田"),
    ],
)
def test_author_mark_reads_as_before(who: str, bare: str) -> None:
    assert _AUTHOR_MARK.sub("", who) == bare


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Droit civil, 3 éd.", "Droit civil"),
        ("Contract Law, 12th edn", "Contract Law"),
        ("Schuldrecht, 5 Aufl.", "Schuldrecht"),
        ("Avtalsrätt, 4 uppl", "Avtalsrätt"),
        ("Torts, 2nd ed.", "Torts"),
        ("Torts, 2nd ed..", "Torts"),
        ("Torts, 2nd ed. 2019", "Torts, 2nd ed. 2019"),
        ("Torts,2nd ed", "Torts,2nd ed"),
        ("Torts, second ed", "Torts, second ed"),
        ("Torts, 2 ed, 3 ed", "Torts, 2 ed"),
    ],
)
def test_edition_after_reads_as_before(title: str, bare: str) -> None:
    assert _EDITION_AFTER.sub("", title) == bare


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("3", 3),
        (" 3 ", 3),
        ("-2", -2),
        (" - 2", -2),
        ("+ 7", 7),
        ("\t12\n", 12),
        ("123456", 123456),
        ("1234567", None),
        ("\\value{x}-1", None),
        ("--1", None),
        ("", None),
        ("  ", None),
        ("1 2", None),
    ],
)
def test_counter_integer_reads_as_before(value: str, number: int | None) -> None:
    assert integer(value) == number


# --- Typst headings (typst._HEADING) -------------------------------------------------------


def _typst_blocks(text: str) -> object:
    return [(b.text, b.pieces) for b in typst.read(text).blocks]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "= a" + " " * n + "x\n", id="spaces-then-a-letter"),
        pytest.param(lambda n: "== a" + " b" * (n // 2) + "\n", id="words"),
        pytest.param(lambda n: "=" + " " * n + "\n", id="only-spaces"),
    ],
)
def test_typst_heading_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(typst.read, line)


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("= Intro\nText @key.\n", [("Intro", ((0, 1),)), ("Text .", ((0, 2),))]),
        ("== Methods and data   \n", [("Methods and data", ((0, 1),))]),
        ("  === Deep\t\n", [("Deep", ((0, 1),))]),
        ("=\tTabbed heading\n", [("Tabbed heading", ((0, 1),))]),
        ("= Cited @lee2020 here\n", [("Cited  here", ((0, 1),))]),
        ("=NoSpace\n", [("=NoSpace", ((0, 1),))]),
        ("= \n", [("", ((0, 1),))]),
        ("a = b\n", [("a = b", ((0, 1),))]),
    ],
)
def test_typst_headings_read_as_before(text: str, blocks: object) -> None:
    assert _typst_blocks(text) == blocks


# --- separators and labels with whitespace about them, tried from the start of a run
# (fields._DOI_LABELLED, gbt._ET_AL, cjk_brackets._DOT, script_names._ARABIC_JOIN,
# bstblocks._SEP)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(_DOI_LABELLED.search, lambda n: "doi" + " " * n + "\n", id="doi-spaces"),
        pytest.param(
            _DOI_LABELLED.search,
            lambda n: "doi" + " " * (n // 2) + ":" + " " * (n // 2) + "x",
            id="doi-spaces-colon-spaces",
        ),
        pytest.param(
            lambda t: gbt_ET_AL.sub("", t), lambda n: "王" + " " * n + "x", id="gbt-spaces"
        ),
        pytest.param(cjk_DOT.split, lambda n: " " * n + "\x00", id="dot-spaces"),
        pytest.param(cjk_DOT.split, lambda n: ("山" + " " * 20) * (n // 21), id="dot-words"),
        pytest.param(_ARABIC_JOIN.split, lambda n: " " * n + "\x00", id="arabic-spaces"),
        pytest.param(_ARABIC_JOIN.split, lambda n: " " * n + "و" + "x", id="arabic-and"),
        pytest.param(bst_SEP.split, lambda n: "A" + " " * n + "x", id="bst-spaces"),
        pytest.param(bst_SEP.split, lambda n: "A," + " " * n + "an", id="bst-comma-spaces"),
    ],
)
def test_separators_are_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("doi:10.1000/xyz", ("10.1000/xyz", 0, 15)),
        ("see DOI: 10.1000/xyz.", ("10.1000/xyz.", 4, 21)),
        ("doi  10.1000/abc", ("10.1000/abc", 0, 16)),
        ("doi :\t10.1000/abc", ("10.1000/abc", 0, 17)),
        ("doi 10/abc12", ("10/abc12", 0, 12)),
        ("doi: : 10.1000/abc", None),
        ("doi10.1000/abc", ("10.1000/abc", 0, 14)),
        ("mydoi: 10.1000/abc", None),
        ("doi: 10.10/abc", None),
    ],
)
def test_fields_doi_label_reads_as_before(text: str, found: tuple[str, int, int] | None) -> None:
    m = _DOI_LABELLED.search(text)
    assert ((m.group(1), m.start(), m.end()) if m else None) == found


@pytest.mark.parametrize(
    ("names", "bare"),
    [
        ("王海, 李文, 等", "王海, 李文"),
        ("王海等", "王海"),
        ("Smith J, Lee K, et al.", "Smith J, Lee K"),
        ("Smith J,  et  al", "Smith J"),
        ("김철수 외", "김철수"),
        ("山田他 ", "山田"),
        ("王海 , 等", "王海 "),
        ("等 王海", "等 王海"),
    ],
)
def test_gbt_et_al_reads_as_before(names: str, bare: str) -> None:
    assert gbt_ET_AL.sub("", names) == bare


@pytest.mark.parametrize(
    ("pattern", "text", "parts"),
    [
        (cjk_DOT, "山田太郎・佐藤花子", ["山田太郎", "佐藤花子"]),
        (cjk_DOT, "マックス ・ ウェーバー", ["マックス", "ウェーバー"]),
        (cjk_DOT, "a・ ・b", ["a", "", "b"]),
        (cjk_DOT, "a ･· b", ["a", "", "b"]),
        (cjk_DOT, " ・", ["", ""]),
        (cjk_DOT, "a  b", ["a  b"]),
        (_ARABIC_JOIN, "حسینی، علی؛ رضایی، مریم", ["حسینی، علی", "رضایی، مریم"]),
        (_ARABIC_JOIN, "حسینی، علی و رضایی، مریم", ["حسینی، علی", "رضایی، مریم"]),
        (_ARABIC_JOIN, "a ; b;c", ["a", "b", "c"]),
        (_ARABIC_JOIN, "a ;  ; b", ["a", "", "b"]),
        (_ARABIC_JOIN, "a  و  و b", ["a", "و b"]),
        (_ARABIC_JOIN, "a و b ; c", ["a", "b", "c"]),
        (_ARABIC_JOIN, "aو b", ["aو b"]),
        (bst_SEP, "A. Lee, B. Kim, and C. Park", ["A. Lee", "B. Kim", "C. Park"]),
        (bst_SEP, "A. Lee and B. Kim & C. Park", ["A. Lee", "B. Kim", "C. Park"]),
        (bst_SEP, "Lee,  &  Kim", ["Lee", "Kim"]),
        (bst_SEP, "Lee, andrew", ["Lee", "andrew"]),
        (bst_SEP, "Lee  and", ["Lee  and"]),
        (bst_SEP, "Lee and  and Kim", ["Lee", "and Kim"]),
    ],
)
def test_separators_read_as_before(pattern: re.Pattern[str], text: str, parts: list[str]) -> None:
    assert pattern.split(text) == parts
