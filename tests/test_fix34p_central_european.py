"""Polish, Czech, Slovak and Brazilian (ABNT) notes and lists, read from plain text.

* Polish lists (``Nazwisko I., Nazwisko I., Tytuł, wyd. 3, Kraków 2019.``) and notes
  without italics (:mod:`bibcheck.parse.references.polish_plain`);
* an act's title with its subject (``Ustawa z dnia … r. o … (Dz.U. …)``,
  :mod:`bibcheck.parse.references.acts`);
* ČSN ISO 690 / ABNT titles of several sentences up to the imprint, editors ``(eds.)``
  after the names, a page ``In: site [online]``, a chapter ``In: EDITOR (Org.). Host``
  (:mod:`bibcheck.parse.references.caps`);
* ``apud`` (cited in): the note cites the work read
  (:mod:`bibcheck.parse.references.commentary`);
* accents a PDF converter leaves apart, composed (:mod:`bibcheck.readers.ot1`).
"""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.polish_notes import polish_note
from bibcheck.readers.ot1 import ot1_glyphs
from tests.test_reader_docx import build_docx, note, p, ref, t

B, A, C, W = RefKind.BOOK, RefKind.ARTICLE, RefKind.CHAPTER, RefKind.WEB


@pytest.mark.parametrize(
    ("text", "note", "kind", "authors", "title", "year", "host"),
    [
        pytest.param(
            "Zawadzka A., Lis P., Prawo spółek handlowych, wyd. 3, Kraków 2019.",
            False,
            B,
            ("Zawadzka A.", "Lis P."),
            "Prawo spółek handlowych",
            2019,
            None,
            id="pl-list-book",
        ),
        pytest.param(
            "Kowalczyk T.M. (red.), Prawo pracy, t. 2: Zbiorowe prawo pracy, wyd. 2, Poznań 2021.",
            False,
            B,
            ("Kowalczyk T.M.",),
            "Prawo pracy, t. 2: Zbiorowe prawo pracy",
            2021,
            None,
            id="pl-list-edited-volume",
        ),
        pytest.param(
            "Wróbel-Nowak E., Ochrona wizerunku w sieci, „Państwo i Prawo” 2020, nr 7, s. 44–61.",
            False,
            A,
            ("Wróbel-Nowak E.",),
            "Ochrona wizerunku w sieci",
            2020,
            "Państwo i Prawo",
            id="pl-list-article",
        ),
        pytest.param(
            "Sikora M., Umowa licencyjna, [w:] Księga jubileuszowa, red. A. Bąk, "
            "Lublin 2015, s. 101–118.",
            False,
            C,
            ("Sikora M.",),
            "Umowa licencyjna",
            2015,
            "Księga jubileuszowa",
            id="pl-list-chapter",
        ),
        pytest.param(
            "A. Zawadzka, P. Lis, Prawo spółek handlowych, wyd. 3, Kraków 2019, s. 77.",
            True,
            B,
            ("A. Zawadzka", "P. Lis"),
            "Prawo spółek handlowych",
            2019,
            None,
            id="pl-note-book-initials-first",
        ),
        pytest.param(
            "Zob. też E. Wróbel-Nowak, Ochrona wizerunku w sieci, „Państwo i Prawo” 2020, "
            "nr 7, s. 50.",
            True,
            A,
            ("E. Wróbel-Nowak",),
            "Ochrona wizerunku w sieci",
            2020,
            "Państwo i Prawo",
            id="pl-note-article-lead-in",
        ),
        pytest.param(
            "Srov. KRÁLOVÁ, Eva a kol. Zákoník práce. Komentář. Díl II (§ 100–200). "
            "Brno: Masarykova univerzita, 2018, s. 210.",
            True,
            B,
            ("KRÁLOVÁ, Eva",),
            "Zákoník práce. Komentář. Díl II (§ 100–200)",
            2018,
            None,
            id="cz-commentary-title-to-imprint",
        ),
        pytest.param(
            "ŠTEFKO, Juraj. Civilný sporový poriadok. Komentár. Bratislava: Wolters "
            "Kluwer, 2017, s. 12.",
            True,
            B,
            ("ŠTEFKO, Juraj",),
            "Civilný sporový poriadok. Komentár",
            2017,
            None,
            id="sk-commentary-title-to-imprint",
        ),
        pytest.param(
            "KUBÍK, Petr. Dějiny práva. Přeložil Jan Malý. Praha: Academia, 2012.",
            True,
            B,
            ("KUBÍK, Petr",),
            "Dějiny práva",
            2012,
            None,
            id="cz-translator-is-no-title",
        ),
        pytest.param(
            "NATIONAL WATER BOARD. Guidance on leak detection. Version 2.0. Lisbon: NWB, 2021.",
            False,
            None,
            ("NATIONAL WATER BOARD",),
            "Guidance on leak detection",
            2021,
            None,
            id="version-statement-is-no-title",
        ),
        pytest.param(
            "BRASIL. Ministério das Cidades. Secretaria Nacional de Habitação. Manual de "
            "obras. Brasília: Ministério das Cidades, 2017.",
            False,
            None,
            None,
            "Manual de obras",
            2017,
            None,
            id="abnt-bodies-under-heading",
        ),
        pytest.param(
            "MARTIN, Anne, WEBER, Paul (eds.). Comparative Tort Law. Volume 2. Oxford: "
            "Hart Publishing, 2011, s. 80.",
            True,
            B,
            ("MARTIN, Anne", "WEBER, Paul"),
            "Comparative Tort Law. Volume 2",
            2011,
            None,
            id="cz-editors-before-title",
        ),
        pytest.param(
            "HORÁK, Tomáš. Nová úprava nájmu bytu. In: pravniprostor.cz [online]. 3. 4. "
            "2016 [cit. 2023-01-10]. Dostupné z: https://www.example.cz/najem-bytu.",
            True,
            W,
            ("HORÁK, Tomáš",),
            "Nová úprava nájmu bytu",
            2016,
            "pravniprostor.cz",
            id="cz-online-page",
        ),
        pytest.param(
            "HORÁK, Tomáš. Nájem bytu. In: Sborník z konference [online]. Praha: "
            "Leges, 2016, s. 5–9. Dostupné z: https://www.example.cz/sbornik.pdf.",
            True,
            C,
            ("HORÁK, Tomáš",),
            "Nájem bytu",
            2016,
            None,
            id="cz-online-proceedings-stay-chapter",
        ),
        pytest.param(
            "PEREIRA, 1975 apud CARVALHO, Marina. Pontes de concreto protendido. 3. ed. "
            "Belo Horizonte: UFMG, 2008. p. 51.",
            True,
            B,
            ("CARVALHO, Marina",),
            "Pontes de concreto protendido",
            2008,
            None,
            id="abnt-apud",
        ),
        pytest.param(
            "LIMA, Rosa. Fissuração. In: FARIAS, João P. (Org.). Patologia das "
            "estruturas. São Paulo: Oficina, 2019. p. 33-58.",
            True,
            C,
            ("LIMA, Rosa",),
            "Fissuração",
            2019,
            "Patologia das estruturas",
            id="abnt-chapter-editor",
        ),
        pytest.param(
            "LIMA, Rosa. Corrosão. In: ______ (Org.). Manual de reparos. 2. ed. Recife: "
            "Edupe, 2020. p. 9-20.",
            True,
            C,
            ("LIMA, Rosa",),
            "Corrosão",
            2020,
            "Manual de reparos",
            id="abnt-chapter-own-book",
        ),
        pytest.param(
            "NUNES, Paulo. Ventilação natural. Brasília: Editora UnB, 2016. Disponível em: "
            "<https://example.org/ventilacao.pdf>. Acesso em: 3 mai. 2024.",
            False,
            B,
            ("NUNES, Paulo",),
            "Ventilação natural",
            2016,
            None,
            id="abnt-disponivel-em",
        ),
    ],
)
def test_central_european_and_abnt_references(
    text: str,
    note: bool,
    kind: RefKind | None,
    authors: tuple[str, ...] | None,
    title: str,
    year: int,
    host: str | None,
) -> None:
    found = parse_reference(text, (1,), detect_styles=True, note=note)
    assert (found.title, found.year) == (title, year)
    if kind is not None:
        assert found.kind is kind
    if authors is not None:
        assert found.authors == authors
    if host is not None:
        assert found.host == host


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ustawa z dnia 6 marca 2018 r. o przedsiębiorcach (Dz.U. z 2023 r. poz. 221), art. 3.",
            ("Ustawa z dnia 6 marca 2018 r. o przedsiębiorcach", "2018"),
            id="pl-subject-to-gazette",
        ),
        pytest.param(
            "Rozporządzenie Ministra Infrastruktury z dnia 12 kwietnia 2002 r. w sprawie "
            "warunków technicznych, jakim powinny odpowiadać budynki (Dz.U. z 2022 r. "
            "poz. 1225).",
            (
                "Rozporządzenie Ministra Infrastruktury z dnia 12 kwietnia 2002 r. w sprawie "
                "warunków technicznych, jakim powinny odpowiadać budynki",
                "2002",
            ),
            id="pl-regulation-subject-with-comma",
        ),
        pytest.param(
            "Ustawa z dnia 17 listopada 1964 r. – Kodeks postępowania cywilnego, art. 5.",
            ("Ustawa z dnia 17 listopada 1964 r. – Kodeks postępowania cywilnego", "1964"),
            id="pl-code-after-dash",
        ),
        pytest.param(
            "Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique, art. 30.",
            ("Loi n° 2016-1321", "2016"),
            id="fr-number-first-unchanged",
        ),
        pytest.param(
            "Wyrok NSA z dnia 9 maja 2019 r. o sygn. II OSK 1/18.",
            ("Wyrok NSA z dnia 9 maja 2019", "2019"),
            id="pl-judgment-no-subject",
        ),
        pytest.param(
            "Nález Ústavního soudu ze dne 9. 2. 2016, sp. zn. Pl. ÚS 4/14.",
            ("Nález Ústavního soudu ze dne 9. 2. 2016", "2016"),
            id="cz-finding-numeric-date",
        ),
        pytest.param(
            "Uznesenie Najvyššieho súdu SR zo dňa 3. 11. 2020, sp. zn. 1 Cdo 9/2019.",
            ("Uznesenie Najvyššieho súdu SR zo dňa 3. 11. 2020", "2020"),
            id="sk-order-numeric-date",
        ),
        pytest.param(
            "Zákon č. 262/2006 Sb., zákoník práce, § 52.",
            ("Zákon č. 262/2006", "2006"),
            id="cz-number",
        ),
    ],
)
def test_act_title_runs_through_its_subject(text: str, expected: tuple[str, str]) -> None:
    assert act(text) == expected


def test_statute_in_a_note_keeps_its_subject() -> None:
    found = parse_reference(
        "Ustawa z dnia 6 marca 2018 r. o przedsiębiorcach (Dz.U. z 2023 r. poz. 221), dalej: p.p.",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert (found.title, found.year) == ("Ustawa z dnia 6 marca 2018 r. o przedsiębiorcach", 2018)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tamte\u0301z\u030c, s. 12.", "Tamtéž, s. 12."),
        ("C\u030cesky\u0301 pra\u0301vn\u0131\u0301k", "Český právník"),
        ("Martı\u0301nez", "Martínez"),
        ("ılık su", "ılık su"),  # a dotless i of Turkish, no accent: kept
        ("plain text", "plain text"),
    ],
)
def test_pdf_accents_are_composed(text: str, want: str) -> None:
    assert ot1_glyphs(text) == want


def _markdown(note_text: str, entry: str) -> list[str]:
    text = f"# T\n\nTwierdzenie.[^1]\n\n[^1]: {note_text}\n\n## Bibliografia\n\n{entry}\n"
    doc = parse_bytes(text.encode(), "d.md")
    return [f.kind for f in anomaly_findings(doc)]


def test_polish_note_and_list_entry_agree() -> None:
    kinds = _markdown(
        "A. Zawadzka, P. Lis, Prawo spółek handlowych, wyd. 3, Kraków 2019, s. 77.",
        "Zawadzka A., Lis P., Prawo spółek handlowych, wyd. 3, Kraków 2019.",
    )
    assert "footnote-literature-mismatch" not in kinds
    assert "missing-literature-entry" not in kinds


def test_polish_note_and_list_entry_disagreeing_on_year_are_reported() -> None:
    kinds = _markdown(
        "E. Wróbel-Nowak, Ochrona wizerunku w sieci, „Państwo i Prawo” 2020, nr 7, s. 50.",
        "Wróbel-Nowak E., Ochrona wizerunku w sieci, „Państwo i Prawo” 2021, nr 7, s. 44–61.",
    )
    assert "footnote-literature-mismatch" in kinds


def _italic(text: str) -> str:
    return f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_word_polish_notes_match_their_bibliography() -> None:
    body = [
        p(t("Spółka odpowiada całym majątkiem."), ref(1), t(" Tak też orzecznictwo."), ref(2)),
        p(t("Bibliografia"), style="Heading1"),
        p(t("Zawadzka A., Lis P., Prawo spółek handlowych, wyd. 3, Kraków 2019.")),
        p(t("Wróbel-Nowak E., Ochrona wizerunku, „Państwo i Prawo” 2021, nr 7, s. 44–61.")),
    ]
    notes = [
        note(
            1,
            t("A. Zawadzka, P. Lis, "),
            _italic("Prawo spółek handlowych"),
            t(", wyd. 3, Kraków 2019, s. 77."),
        ),
        note(
            2,
            t("E. Wróbel-Nowak, "),
            _italic("Ochrona wizerunku"),
            t(", „Państwo i Prawo” 2020, nr 7, s. 50."),
        ),
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=notes), "spolki.docx")
    found = [
        f
        for f in anomaly_findings(doc)
        if f.kind.endswith("literature-entry") or f.kind == "footnote-literature-mismatch"
    ]
    assert [(f.kind, f.footnotes) for f in found] == [("footnote-literature-mismatch", ("2",))]


@pytest.mark.parametrize(
    ("italic", "authors", "title"),
    [
        pytest.param(
            "Wróbel-Nowak E.M., Lis P., *Ochrona wizerunku*, „Państwo i Prawo” 2020, nr 7.",
            ("Wróbel-Nowak E.M.", "Lis P."),
            "Ochrona wizerunku",
            id="surname-first-joined-initials",
        ),
        pytest.param(
            "T.M. Kowalczyk (red.), *Prawo pracy*, t. 2: *Zbiorowe prawo pracy*, wyd. 2, "
            "Poznań 2021, s. 15.",
            ("T.M. Kowalczyk",),
            "Prawo pracy, t. 2: Zbiorowe prawo pracy",
            id="editor-and-volume-title",
        ),
    ],
)
def test_word_polish_note_names_and_volume_titles(
    italic: str, authors: tuple[str, ...], title: str
) -> None:
    base = parse_reference(italic.replace("*", ""), (1,), detect_styles=True, note=True)
    found = polish_note(italic, base)
    assert found is not None
    assert (found.authors, found.title) == (authors, title)
