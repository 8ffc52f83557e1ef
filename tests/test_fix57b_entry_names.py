"""Names and years inside reference-list entries (round 57, helper b).

* a no-date or not-yet-published word in the year's place (``z.j.``, ``s.d.``, ``t.y.``,
  ``o.J.``, ``te verschijnen``, ``in press``, ``forthcoming``) is no year, no title and no
  part of the names; a reprint's two years give the listed edition's;
* an Arabic name inverted with its article last (``Azmeh, Aziz al-``) is ``al-Azmeh``;
  a Dutch ``de`` after the given names (``Vries, Jan de``) is the family name's, a Romance
  one (``Oliveira, Adriana Cristina de``) is not; ``van der`` stays whole;
* names in two orders in one entry (``Chan, Kam Wing and Zhang Li``) are parted; a name
  written family name first (``Cai Fang``) is inverted where the citation label cites it by
  its first word, and a literal BibTeX name (``{Kovács Imre}``) where it is Hungarian;
* Turkish Harvard entries: ``ve`` between names and ``ss.`` pages are no GOST, ``içinde``
  opens a chapter's book;
* the hyphen of a transliterated Arabic article at a line end is kept.

All fixtures are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.filed_particles import dutch_particle_first, filed_article
from bibcheck.parse.references.mixed_order import (
    cited_names,
    family_first_as_cited,
    inverted_then_natural,
)
from bibcheck.parse.references.year_place import year_place
from bibcheck.readers.linewrap import Hyphen, line_end_hyphen

# ---------------------------------------------------------------- the year's place


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # bare after the names (Chicago author-date), in several languages
        (
            "Dam, Pieter van. Te verschijnen. “Titel.” Tijdschrift.",
            "Dam, Pieter van. n.d. “Titel.” Tijdschrift.",
        ),
        (
            "Stadsarchief Leiden. z.j. “Kaarten.” Online.",
            "Stadsarchief Leiden. n.d. “Kaarten.” Online.",
        ),
        ("Okafor, Ada. Forthcoming. “Rivers.” Journal.", "Okafor, Ada. n.d. “Rivers.” Journal."),
        ("Moreau, Luc. s.d. *Les quais*. Lyon.", "Moreau, Luc. n.d. *Les quais*. Lyon."),
        # in parentheses (APA, Harvard), a corporate author's bracketed expansion before it
        (
            "Lind, K., & Ruiz, M. (in press). Title. Journal.",
            "Lind, K., & Ruiz, M. (n.d.). Title. Journal.",
        ),
        ("DSİ [Devlet Su İşleri] (t.y.) *Barajlar*.", "DSİ [Devlet Su İşleri] (n.d.) *Barajlar*."),
        ("Berger, F. (o.J.) Titel. Berlin.", "Berger, F. (n.d.) Titel. Berlin."),
        # a reprint: the listed edition's year
        (
            "Erasmus, Gerrit. (1921) 1990. *Titel*. Leiden.",
            "Erasmus, Gerrit. 1990. *Titel*. Leiden.",
        ),
        (
            "Erasmus, Gerrit. [1921] 1990. *Titel*. Leiden.",
            "Erasmus, Gerrit. 1990. *Titel*. Leiden.",
        ),
        ("Lu Ming (2003 [1958]). Title. Press.", "Lu Ming (2003). Title. Press."),
        # nothing to do: a title opening with the word, a dated entry, "n.d." itself
        ("Smith, John. Forthcoming Events in Europe. London: Knopf, 2001.", None),
        ("Smith, John. 2001. “In press, and out.” Journal.", None),
        ("Smith, J. (n.d.). Title. Publisher.", None),
        ("Smith, J. (2019). Title “in press” here. Publisher.", None),
    ],
)
def test_year_place(text: str, want: str | None) -> None:
    assert year_place(text) == (text if want is None else want)


@pytest.mark.parametrize(
    ("text", "authors", "year", "title"),
    [
        (
            'Dam, Pieter van de. Te verschijnen. "Havens en hun kooplieden, 1650–1700." '
            "*Tijdschrift voor Zeegeschiedenis*.",
            ("van de Dam, Pieter",),
            None,
            "Havens en hun kooplieden, 1650–1700",
        ),
        (
            'Stadsarchief Leiden. z.j. "Kaarten van de Rijnlandse polders, 1600–1800." '
            "Geraadpleegd 3 mei 2023. https://example.org/kaarten.",
            ("Stadsarchief Leiden",),
            None,
            "Kaarten van de Rijnlandse polders, 1600–1800",
        ),
        (
            "Lind, K., & Ruiz, M. (in press). Mentoring new nurses: A two-country study. "
            "Nursing Review Quarterly.",
            ("Lind, K.", "Ruiz, M."),
            None,
            "Mentoring new nurses: A two-country study",
        ),
        (
            "Erasmus, Gerrit. (1921) 1990. *De stad en haar poorten: Een verkenning*. "
            "Leiden: Primavera Pers.",
            ("Erasmus, Gerrit",),
            1990,
            "De stad en haar poorten: Een verkenning",
        ),
        (
            "DSİ [Devlet Su İşleri] (t.y.) *Barajlar ve göletler*. Erişim adresi: "
            "https://example.org/barajlar",
            ("DSİ [Devlet Su İşleri]",),
            None,
            "Barajlar ve göletler",
        ),
    ],
)
def test_entry_year_words(
    text: str, authors: tuple[str, ...], year: int | None, title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)
    assert ref.raw == text


# ---------------------------------------------------------------- particles and articles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Azmeh, Aziz al-. 1981. Title.", "al-Azmeh, Aziz"),
        ("Maqrīzī, Taqī al-Dīn Aḥmad al-. 1853. Kitāb.", "al-Maqrīzī, Taqī al-Dīn Aḥmad"),
        ("Rashīd, Nūr ad-. 1970. Title.", "ad-Rashīd, Nūr"),
        ("Saʿdī, Hasan el-, and John Smith. 1990. Title.", "el-Saʿdī, Hasan"),
        ("Azmeh, Aziz. 1981. Title.", None),
        ("al-Azmeh, Aziz. 1981. Title.", None),
        ("Smith, John al. 1981. Title.", None),
    ],
)
def test_filed_article(text: str, name: str | None) -> None:
    found = filed_article(text)
    assert (found[1] if found else None) == name


@pytest.mark.parametrize(
    ("author", "text", "want"),
    [
        ("Vries, Jan de", "Vries, Jan de. 1974. *Title*.", "de Vries, Jan"),
        ("Graaf, Anna de", "Graaf, Anna de, en Piet Bos. 2001. Titel.", "de Graaf, Anna"),
        (
            "Berg, Sanne van de",
            "Berg, Sanne van de. 2010. Titel. 2e dr. Utrecht.",
            "van de Berg, Sanne",
        ),
        ("Hooft, Pieter 't", "Hooft, Pieter 't. 1990. Title.", "'t Hooft, Pieter"),
        # a Romance "de", no Dutch name nor word: filed after the given names, as written
        ("Oliveira, Adriana Cristina de", "Oliveira, Adriana Cristina de. 2010. *Título*.", None),
        ("HOLANDA, Sérgio Buarque de", "HOLANDA, Sérgio Buarque de. *Raízes*. 1936.", None),
        ("Gaulle, Charles de", "Gaulle, Charles de. 1970. *Mémoires*. Paris: Plon.", None),
        # "van", "van der": read as the family name's wherever written
        ("Wee, Herman van der", "Wee, Herman van der. 1963. Titel.", None),
        ("de Vries, Jan", "de Vries, Jan. 1974.", None),
    ],
)
def test_dutch_particle_first(author: str, text: str, want: str | None) -> None:
    assert dutch_particle_first(author, text) == (author if want is None else want)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Wee, Herman van der. 1963. *The Growth of a Market*. Den Haag: Nijhoff.",
            ("Wee, Herman van der",),
        ),
        (
            "Vries, Jan de, en Ad van der Woude. 1995. *Nederland 1500–1815*. Amsterdam: Balans.",
            ("de Vries, Jan", "Ad van der Woude"),
        ),
        (
            "Azmeh, Aziz al-. 1981. Ibn Khaldūn in Modern Scholarship. London: Third World Centre.",
            ("al-Azmeh, Aziz",),
        ),
        (
            "Sakhāwī, Shams al-Dīn Muḥammad al-. 1934. al-Ḍawʾ al-lāmiʿ. 12 vols. Cairo: Maktaba.",
            ("al-Sakhāwī, Shams al-Dīn Muḥammad",),
        ),
        (
            "Oliveira, Adriana Cristina de. 2010. *Título do livro*. São Paulo: Ática.",
            ("Oliveira, Adriana Cristina de",),
        ),
    ],
)
def test_entry_particles(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors


def test_filed_article_keeps_title_and_year() -> None:
    text = "Qalqashandī, Aḥmad al-. 1915. Ṣubḥ al-aʿshā. 14 vols. Cairo: Dār al-Kutub."
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (("al-Qalqashandī, Aḥmad",), 1915, "Ṣubḥ al-aʿshā")


# ---------------------------------------------------------------- name order


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chan, Kam Wing and Zhang Li", ("Chan, Kam Wing", "Zhang Li")),
        ("Knight, John and Song Lina", ("Knight, John", "Song Lina")),
        ("Berg, Anna, Carl Dahl and Eva Fors", ("Berg, Anna", "Carl Dahl", "Eva Fors")),
        ("Smith, John and Sons", None),
        ("Smith, J. and Brown, K.", None),
    ],
)
def test_inverted_then_natural(text: str, want: tuple[str, ...] | None) -> None:
    assert inverted_then_natural(text) == want


@pytest.mark.parametrize(
    ("authors", "label", "want"),
    [
        (("Cai Fang",), "Cai(2010)", ("Cai, Fang",)),
        (
            ("Zhang Li", "Liu Yang", "Wang Wei"),
            "Zhang et al.(2019a)Zhang, Liu, and Wang",
            ("Zhang, Li", "Liu, Yang", "Wang, Wei"),
        ),
        (("Chan, Kam Wing", "Zhang Li"), "Chan and Zhang(1999)", ("Chan, Kam Wing", "Zhang, Li")),
        # a Western name: the label cites its last word
        (("John Smith",), "Smith(2010)", ("John Smith",)),
        # both words cited: nothing says which is the family name
        (("Wang Wei",), "Wang and Wei(2010)", ("Wang Wei",)),
        (
            ("National Bureau of Statistics",),
            "National Bureau(2021)",
            ("National Bureau of Statistics",),
        ),
    ],
)
def test_family_first_as_cited(authors: tuple[str, ...], label: str, want: tuple[str, ...]) -> None:
    assert family_first_as_cited(authors, cited_names(label)) == want


def test_entry_mixed_order() -> None:
    text = "Knight, John and Song Lina (1999). The Divide: Disparities in China. Oxford: OUP."
    assert parse_reference(text, [1], detect_styles=True).authors == ("Knight, John", "Song Lina")


# ---------------------------------------------------------------- Turkish Harvard


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Aksoy, K. ve Tan, M. (2016) ‘Kent krizi: “yönetişimin sınırları”’, *Kent Dergisi*, "
            "8(2), ss. 10–31.",
            "Kent krizi: “yönetişimin sınırları”",
            RefKind.ARTICLE,
        ),
        (
            "Demir, S. (2012) ‘Mahalle ve hafıza’, içinde Kaya, A. ve Er, B. (ed.) *Kent "
            "Okumaları*. Ankara: İmge, ss. 41–60.",
            "Mahalle ve hafıza",
            RefKind.CHAPTER,
        ),
    ],
)
def test_turkish_harvard(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.style, ref.title, ref.kind) == ("harvard", title, kind)


# ---------------------------------------------------------------- line-end hyphens


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        ("Kitāb al-Mawāʿiẓ bi-dhikr al-", "khiṭaṭ wa-l-āthār.", Hyphen.HARD),
        ("Tārīkh Baghdād wa-", "dhuyūluhu. Beirut.", Hyphen.HARD),
        ("and the stores were al-", "ready empty.", Hyphen.SOFT),
        ("the contem-", "porary scene", Hyphen.SOFT),
    ],
)
def test_transliterated_article_hyphen(line: str, following: str, want: Hyphen) -> None:
    assert line_end_hyphen(line, following) is want


# ---------------------------------------------------------------- whole documents


THEBIBLIOGRAPHY = r"""\documentclass{article}
\usepackage{natbib}
\begin{document}
Migration rose \citep{lu03}, as \citet{ho99} and \citet{ma20} showed.

\begin{thebibliography}{3}
\bibitem[Ho and Ma(1999)]{ho99}
Ho, Siu Ming and Ma Jun (1999). Rural labour in transition. \textit{Asian Economy} 4(1): 1--20.

\bibitem[Lu(2003)]{lu03}
Lu Ming (2003 [1958]). \textit{Village and Town}. Boston: Beacon.

\bibitem[Ma et~al.(2020)Ma, Gao, and Xu]{ma20}
Ma Jun, Gao Yan and Xu Bin (2020). Housing and settling. \textit{Urban Letters} 9(2): 5--9.
\end{thebibliography}
\end{document}
"""


def test_thebibliography_family_first(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(THEBIBLIOGRAPHY, encoding="utf-8")
    refs = {e.label: e.reference for e in parse_file(path).literature}
    assert refs["ho99"].authors == ("Ho, Siu Ming", "Ma, Jun")
    assert (refs["lu03"].authors, refs["lu03"].year, refs["lu03"].title) == (
        ("Lu, Ming",),
        2003,
        "Village and Town",
    )
    assert refs["ma20"].authors == ("Ma, Jun", "Gao, Yan", "Xu, Bin")


def test_bib_literal_hungarian_name(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{nagy1950,\n  author = {{Nagy Lajos}},\n  title = {A falu},\n"
        "  year = {1950},\n  publisher = {Athenaeum},\n}\n"
        "@book{ksh2001,\n  author = {{Központi Statisztikai Hivatal}},\n"
        "  title = {Népszámlálás},\n  year = {2001},\n  publisher = {KSH},\n}\n",
        encoding="utf-8",
    )
    (tmp_path / "essay.md").write_text(
        "---\nlang: hu-HU\nbibliography: refs.bib\n---\n\n"
        "A tanya [@nagy1950, 12. o.] és a statisztika [@ksh2001].\n",
        encoding="utf-8",
    )
    refs = {e.label: e.reference for e in parse_file(tmp_path / "essay.md").literature}
    assert refs["nagy1950"].authors == ("Nagy, Lajos",)
    assert refs["ksh2001"].authors == ("Központi Statisztikai Hivatal",)


def test_dutch_list_document(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(
        "---\ntitle: Havens\n---\n\n# Inleiding\n\n"
        "De handel groeide (De Graaf 2001; Van de Berg, te verschijnen; Erasmus 1990).\n\n"
        "# Literatuur\n\n"
        "Berg, Sanne van de. Te verschijnen. “Kooplui in Leiden, 1600–1650.” "
        "*Tijdschrift voor Stadsgeschiedenis*.\n\n"
        "Erasmus, Gerrit. (1921) 1990. *De stad en haar poorten*. Leiden: Primavera Pers.\n\n"
        "Graaf, Anna de. 2001. *Schepen en schippers*. Amsterdam: Balans.\n",
        encoding="utf-8",
    )
    refs = [e.reference for e in parse_file(path, reader="pandoc-markdown").literature]
    assert [(r.authors, r.year) for r in refs] == [
        (("van de Berg, Sanne",), None),
        (("Erasmus, Gerrit",), 1990),
        (("de Graaf, Anna",), 2001),
    ]
    assert refs[0].title == "Kooplui in Leiden, 1600–1650"
    assert refs[1].title == "De stad en haar poorten"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Lu, M. (2003). Village and town. Translated by Ann Lee. Boston: Beacon.",
            "Village and town",
        ),
        ("Roth, K. (1999). Das Dorf. Übersetzt von Anna Berg. Berlin: Suhrkamp.", "Das Dorf"),
        ("Roux, P. (1987). La rive. Traduit par Luc Morel. Paris: Seuil.", "La rive"),
        # a title that opens with such words keeps them
        (
            "Lu, M. (2003). Edited by the committee: A history. Boston: Beacon.",
            "Edited by the committee: A history",
        ),
    ],
)
def test_translator_sentence_no_title(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Kovács János – Szabó Éva (2010): A tanyák világa. Budapest: Akadémiai Kiadó.",
            ("Kovács, János", "Szabó, Éva"),
        ),
        (
            "Tóth Gábor - Nagy Péter - Varga Zsófia (2015): Falu és város. Budapest: Osiris.",
            ("Tóth, Gábor", "Nagy, Péter", "Varga, Zsófia"),
        ),
        # inverted Western names joined by a dash: as before
        ("Smith, John – Jones, Mary (2010): Title. London: Verso.", ("Smith, John", "Jones, Mary")),
    ],
)
def test_hungarian_dashed_names(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors
