"""Round 68, fix68j: a titled piece inside the work the note before cites (``同上``, ``in
ibid.``), an author's bio line ending the list, catalogue numbers that are no year, and a
document's Japanese names family name first."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.piece_in_repeat import Piece, piece_in_repeat
from bibcheck.readers.authorbio import is_author_bio

# --------------------------------------------------------------------------
# 1. A piece in the work of the note before
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("北村和夫「解説」、同上、ブックレット、12–17頁。", Piece("北村和夫", "解説", "12–17")),
        ("北村和夫「あとがき」、同前、301–305頁。", Piece("北村和夫", "あとがき", "301–305")),
        ("周立新〈序言〉，载同上，第3–8页。", Piece("周立新", "序言", "3–8")),
        ("박지훈, 「해설」, 같은 책, 210–215쪽.", Piece("박지훈", "해설", "210–215")),
        ('Hale, "Liner Notes," in ibid., 3–11.', Piece("Hale", "Liner Notes", "3–11")),
        ("Brandt, „Nachwort“, in: ebd., S. 201–209.", Piece("Brandt", "Nachwort", "201–209")),
        ("Morel, « Préface », dans ibid., p. 7-15.", Piece("Morel", "Préface", "7-15")),
        ("Ferri, «Introduzione», in ivi, pp. 5-19.", Piece("Ferri", "Introduzione", "5-19")),
        ('Costa, "Prefácio", em ibidem, p. 9-12.', Piece("Costa", "Prefácio", "9-12")),
    ],
)
def test_piece_in_repeat(text: str, piece: Piece) -> None:
    assert piece_in_repeat(text) == piece


@pytest.mark.parametrize(
    "text",
    [
        "同上、45頁。",
        "Ibid., 45.",
        "北村和夫「解説」『全集』第3巻、岩波書店、1990年、12頁。",
        'Hale, "Liner Notes," in Songs of the Sea (London: Decca, 1999), 3–11.',
    ],
)
# (a guard: passes on main too)
def test_no_piece_in_repeat(text: str) -> None:
    assert piece_in_repeat(text) is None


_PIECE_DOC = """Body text cites the recording[^1] and its booklet[^2] and again[^3].

[^1]: {first}
[^2]: {piece}
[^3]: {again}
"""


@pytest.mark.parametrize(
    ("first", "piece", "again", "author", "title", "year"),
    [
        (
            "細川俊夫『海の歌』日本コロムビア、1998年、CD。",
            "北村和夫「解説」、同上、ブックレット、12–17頁。",
            "同上、14頁。",
            "北村和夫",
            "解説",
            1998,
        ),
        (
            "Mary Stone, *Songs of the Sea* (London: Decca, 1999).",
            'Hale, "Liner Notes," in ibid., 3–11.',
            "Ibid., 5.",
            "Hale",
            "Liner Notes",
            1999,
        ),
        (
            "Karl Weiß, *Lieder am Meer*, Berlin: Wergo 2003.",
            "Brandt, „Nachwort“, in: ebd., S. 201–209.",
            "Ebd., S. 203.",
            "Brandt",
            "Nachwort",
            2003,
        ),
    ],
)
def test_piece_takes_the_work_of_the_note_before(
    first: str, piece: str, again: str, author: str, title: str, year: int
) -> None:
    text = _PIECE_DOC.format(first=first, piece=piece, again=again)
    doc = parse_bytes(text.encode(), "/tmp/piece68j.md")
    ref = doc.footnotes[1].reference
    assert (ref.kind, ref.authors, ref.title, ref.year) == (
        RefKind.CHAPTER,
        (author,),
        title,
        year,
    )
    assert ref.host == doc.footnotes[0].reference.title


def test_second_piece_is_in_the_same_work() -> None:
    text = _PIECE_DOC.format(
        first="細川俊夫『海の歌』日本コロムビア、1998年、CD。",
        piece="北村和夫「解説」、同上、ブックレット、12–17頁。",
        again="細川俊夫「作曲ノート」、同上、18–20頁。",
    )
    doc = parse_bytes(text.encode(), "/tmp/piece68j.md")
    ref = doc.footnotes[2].reference
    assert (ref.authors, ref.title, ref.host, ref.year) == (
        ("細川俊夫",),
        "作曲ノート",
        "海の歌",
        1998,
    )


# --------------------------------------------------------------------------
# 2. The author's bio line after the list
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("（きたむら・かずお 東都芸術大学大学院博士後期課程）", True),
        ("（ほそかわ・みさき　県立近代美術館学芸員）", True),
        ("（周立新　南方大学艺术学院博士研究生）", True),
        ("(Mara Hale is a doctoral candidate at the University of York.)", True),
        ("(Lena Brandt ist Doktorandin an der Universität Graz.)", True),
        ("(Claire Morel est maître de conférences à l'Université de Nantes.)", True),
        ("(Rita Costa é doutoranda na Universidade do Porto.)", True),
        ("（北村和夫『日本の歌』岩波書店、1990年）", False),
        ("（東都大学出版会、1999年）", False),
        ("(Hale, M. 2001. Songs of the Sea. London: Decca.)", False),
        ("Hale, Mara. Songs of the Sea. London: Decca, 1999.", False),
    ],
)
def test_is_author_bio(text: str, bio: bool) -> None:
    assert is_author_bio(text) is bio


_BIO_DOC = """{body}

## {heading}

{entry1}

{entry2}

{bio}
"""


@pytest.mark.parametrize(
    ("body", "heading", "entry1", "entry2", "bio"),
    [
        (
            "本文は細川（1998）と北村（1990）を参照する。",
            "参考文献",
            "北村和夫（1990）『日本の歌』岩波書店。",
            "細川俊夫（1998）『海の歌』音楽之友社。",
            "（きたむら・かずお 東都芸術大学大学院博士後期課程）",
        ),
        (
            "As Hale (1999) and Stone (2004) show.",
            "References",
            "Hale, M. (1999). Songs of the sea. London: Decca.",
            "Stone, A. (2004). Harbour music. Leeds: Northern Press.",
            "(Mara Hale is a doctoral candidate at the University of York.)",
        ),
    ],
)
def test_bio_line_is_no_entry(body: str, heading: str, entry1: str, entry2: str, bio: str) -> None:
    text = _BIO_DOC.format(body=body, heading=heading, entry1=entry1, entry2=entry2, bio=bio)
    doc = parse_bytes(text.encode(), "/tmp/bio68j.md")
    assert len(doc.literature) == 2
    assert all("(" not in e.reference.raw[:1] for e in doc.literature)


# --------------------------------------------------------------------------
# 3. A catalogue or inventory number is no year
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Jan Vos, The Harbour, c. 1660, oil on canvas, Leiden, Stadsmuseum, inv. SL 1712.",
            1660,
        ),
        (
            "Ana Reis, Natureza-morta, c. 1650, óleo sobre tela, Lisboa, Museu, inv. MN 1598.",
            1650,
        ),
        ("Karl Weiß, Stillleben, Öl auf Leinwand, Berlin, Galerie, Inv.-Nr. A II 1634.", None),
        ("Juan Ruiz, Bodegón, c. 1640, óleo sobre lienzo, Madrid, Museo, n.º cat. P 1702.", 1640),
        ("Pieter Vos, Still Life, oil on panel, Haarlem, Museum, cat. no. OS 1611.", None),
    ],
)
def test_catalogue_number_is_no_year(text: str, year: int | None) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).year == year


@pytest.mark.parametrize(
    "text",
    [
        "Hale, K. 2001. Songs of the sea. London: Decca.",
        "Stone, D. 1999. Harbour music. Leeds: Northern Press.",
    ],
)
# (a guard: passes on main too)
def test_an_initial_before_a_year_keeps_it(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).year in (1999, 2001)


# --------------------------------------------------------------------------
# 4. Japanese names family name first, where the document writes them so
# --------------------------------------------------------------------------

_JAPANESE_DOC = """Body text.[^1] More.[^2]

[^1]: Kitamura Kazuo 北村和夫, *Nihon no uta* (Tokyo: Iwanami, 1990), 12.
[^2]: {name}, *Waves of Edo* (Kyoto: Tankosha, 1985), 44.
"""


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("Hosokawa Shūzō", "Hosokawa, Shūzō"),
        ("Tanaka Kōun", "Tanaka, Kōun"),
        ("Mario Rossi", "Mario Rossi"),  # no macron: left as written
    ],
)
def test_japanese_names_in_the_documents_order(name: str, author: str) -> None:
    doc = parse_bytes(_JAPANESE_DOC.format(name=name).encode(), "/tmp/ja68j.md")
    assert doc.footnotes[1].reference.authors == (author,)


# (a guard: passes on main too)
def test_no_script_name_no_inversion() -> None:
    text = _JAPANESE_DOC.replace("Kitamura Kazuo 北村和夫", "Kitamura Kazuo").format(
        name="Hosokawa Shūzō"
    )
    doc = parse_bytes(text.encode(), "/tmp/ja68j.md")
    assert doc.footnotes[1].reference.authors == ("Hosokawa Shūzō",)
