"""fix68g: classics essays (the edition a passage is quoted from, passage-only notes that
cite it again, a notes list's repeat entries) and museum essays (Japanese names family name
first, catalogue and conservation-report designations, books by their imprint, archived
letters), in the shapes real notes take, in several languages."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True, note=True)


# ---- Japanese names written family name first ----


@pytest.mark.parametrize(
    ("note", "author"),
    [
        (
            "Katsushika Hokusai 葛飾北斎, *Hokusai manga* 北斎漫画, 15 vols. "
            "(Nagoya: Eirakuya, 1814), 3:12.",
            "Katsushika, Hokusai",
        ),
        (
            "Yoshioka Sachio 吉岡幸雄, *Nihon no iro jiten* 日本の色辞典 (Kyoto: Shikōsha, 2000), 45.",
            "Yoshioka, Sachio",
        ),
        (
            "Itō Jakuchū 伊藤若冲, *Dōshoku sai-e* 動植綵絵, 1757–1766, thirty hanging "
            "scrolls, Museum of the Imperial Collections, Tokyo, "
            "https://collections.example.net/objects/24150.",
            "Itō, Jakuchū",
        ),
    ],
)
def test_japanese_names_family_first(note: str, author: str) -> None:
    assert _note(note).authors == (author,)
    # (no script original: the order cannot be told, the name is kept as written; a
    # macron is no sign, "Ogata Kōrin" and "Kōrin Ogata" are both printed)
    for plain in ("Hishikawa Moronobu", "Ogata Kōrin"):
        kept = _note(f"{plain}, *Wakoku shoshoku ezukushi* (Edo, 1685), pl. 4.")
        assert kept.authors == (plain,)


@pytest.mark.parametrize(
    ("name", "inverted"),
    [
        ("Maruyama Nobuhiko 丸山伸彦", "Maruyama, Nobuhiko"),
        ("Ogata Kōrin 尾形光琳", "Ogata, Kōrin"),
        ("Ogata Kōrin", None),  # (a macron alone: no sign of the order)
        ("Māui Pōmare", None),  # (a Māori name, in its natural order)
        ("Sen no Rikyū", None),  # (three words: not a two-part name)
        ("Haruki Murakami", None),
        ("Liza Dalby 丸山", None),  # (no Hepburn syllables: "Dalby")
        ("Liza Dalby", None),
        ("Terry Satsuki Milhaupt", None),
        ("José Núñez", None),
    ],
)
def test_japanese_family_first_table(name: str, inverted: str | None) -> None:
    from bibcheck.parse.japanese_names import japanese_family_first  # (new in fix68g)

    if inverted is not None:  # (the parsers on main keep the name as written)
        assert _note(f"{name}, *Title of a Book* (Tokyo: Heibonsha, 1990), 4.").authors == (
            inverted,
        )
    assert japanese_family_first(name) == inverted


# ---- the edition a classics note quotes from, and the passage-only notes after it ----

_EDITION_NOTES = [
    (
        [
            "Virgil, *Aeneid* 1.1–7. The Latin is cited from R. A. B. Mynors, ed., "
            "*P. Vergili Maronis opera* (Oxford: Clarendon Press, 1969).",
            "Smith, *Reading Virgil* (London: Routledge, 2001), 4.",
            "*Aen.* 4.1–5.",
        ],
        "P. Vergili Maronis opera",
    ),
    (
        [
            "Homère, *Iliade* 6.146. Texte cité d'après P. Mazon, éd., *Homère. Iliade* "
            "(Paris : Les Belles Lettres, 1937).",
            "Voir J. Dupont, *Lire Homère* (Paris : Gallimard, 1990), 12.",
            "*Il.* 6.150–152.",
        ],
        "Homère. Iliade",
    ),
    (
        [
            "Horaz, *Carmina* 1.11.8. Zitiert nach D. R. Shackleton Bailey, Hg., *Q. Horati "
            "Flacci opera* (Stuttgart: Teubner, 1985).",
            "Vgl. A. Berg, *Horaz lesen* (München: Beck, 2004), 33.",
            "*Carm.* 3.30.1; vgl. Berg, *Horaz lesen*, 40.",
        ],
        "Q. Horati Flacci opera",
    ),
]


@pytest.mark.parametrize(("notes", "edition"), _EDITION_NOTES[:2])
def test_quoted_edition_is_the_work(notes: list[str], edition: str) -> None:
    ref = _note(notes[0])
    assert ref.title == edition
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(("notes", "edition"), _EDITION_NOTES)
def test_passage_note_repeats_the_edition(notes: list[str], edition: str) -> None:
    found = find_repeats(notes, [str(i + 1) for i in range(len(notes))])
    assert found[2] is not None and found[2].target == 0
    # (with no note naming the edition before it, a passage repeats nothing)
    assert find_repeats([notes[1], notes[2].split(";")[0]], ["1", "2"])[1] is None


# ---- a notes list that is the literature too: repeat entries name their work ----

_ESSAY = """# Virgil in exile

The poem opens with arms and a man.<sup>1</sup> Smith reads it as a poem of loss.<sup>2</sup>
Dido's complaint is the book's turning point,<sup>3</sup> and Smith returns to it.<sup>4</sup>

## Notes

1. Virgil, *Aeneid* 1.1. The Latin is cited from R. A. B. Mynors, ed., *P. Vergili Maronis opera* (Oxford: Clarendon Press, 1969).
2. John Smith, *Reading Virgil in Exile* (London: Routledge, 2001), 4–9.
3. *Aen.* 4.305–330.
4. Smith, *Reading Virgil in Exile*, 88.
"""


def test_notes_list_entries_take_the_work_they_repeat() -> None:
    doc = parse_bytes(_ESSAY.encode(), "exile.md")
    titles = [e.reference.title for e in doc.literature]
    assert titles[0] == "P. Vergili Maronis opera"
    assert titles[2] == "P. Vergili Maronis opera"
    assert titles[3] == "Reading Virgil in Exile"
    assert doc.literature[3].reference.year == 2001


# ---- museum notes: catalogues, reports, books by imprint, archived letters ----


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "*Oriental Porcelain from the Collection of a Gentleman*, sale cat., London, "
            "Foster & Sons, 4 June 1908, lot 112.",
            RefKind.BOOK,
        ),
        (
            "*Tapisseries flamandes de la collection Rouvier*, catalogue de vente, Paris, "
            "Hôtel Drouot, 12 mars 1923, lot 8.",
            RefKind.BOOK,
        ),
        (
            "Maria Keller and Jonas Weiss, “Technical Study of a Painted Silk Banner, "
            "1902.14,” conservation report CR-2019-007, Lindenfeld Museum, 2019.",
            RefKind.REPORT,
        ),
        (
            "Anne Leroy, « Examen d'un retable peint, inv. 1894-3 », rapport de "
            "restauration RR-2016-12, Musée de Valtour, 2016.",
            RefKind.REPORT,
        ),
        (
            "*Handlist of Chinese Ceramics in the Ashworth Museum* (Ashworth: Ashworth "
            "Museum, 1921), no. 44.",
            RefKind.BOOK,
        ),
        (
            "*Shin-hiinagata* 新雛形, 3 vols. (Edo, 1685), Waseda University Library, "
            "https://archive.example.net/items/ri05-3.",
            RefKind.BOOK,
        ),
    ],
)
def test_museum_note_kinds(note: str, kind: RefKind) -> None:
    assert _note(note).kind is kind
    # (a letter printed in an edition is the edition's; a journal issue's date no imprint)
    printed = _note(
        "Letter from Edwin Hartley to Margaret Rowe, 9 June 1908, in *The Hartley "
        "Letters*, ed. J. Lane (Leeds: Ashworth Press, 1990), 45."
    )
    assert printed.title != "Letter from Edwin Hartley to Margaret Rowe"
    assert _note("*The Burlington Review* (Spring 2019): 14–22.").kind is not RefKind.BOOK


@pytest.mark.parametrize(
    ("note", "writer", "title"),
    [
        (
            "Letter from Edwin Hartley to Margaret Rowe, 9 June 1908, Ashworth Museum "
            "Archive, AMA/CORR/1908/44.",
            "Edwin Hartley",
            "Letter from Edwin Hartley to Margaret Rowe",
        ),
        (
            "Lettera di Giulio Ricordi a Arrigo Boito, 4 aprile 1891, Archivio Storico "
            "Ricordi, LLET000123.",
            "Giulio Ricordi",
            "Lettera di Giulio Ricordi a Arrigo Boito",
        ),
        (
            "Brief von Clara Wendt an Otto Lanz, 12. Mai 1896, Staatsbibliothek Valtheim, "
            "Nachlass Wendt 4/17.",
            "Clara Wendt",
            "Brief von Clara Wendt an Otto Lanz",
        ),
        (
            "Carta de Mariano Fortuny a Raimundo de Madrazo, 3 de mayo de 1870, Museo del "
            "Prado, Archivo, AP 12/4.",
            "Mariano Fortuny",
            "Carta de Mariano Fortuny a Raimundo de Madrazo",
        ),
    ],
)
def test_archived_letter(note: str, writer: str, title: str) -> None:
    ref = _note(note)
    assert (ref.kind, ref.authors, ref.title) == (RefKind.UNKNOWN, (writer,), title)
