"""Round 82 (fix82d): Turkish notes and lists (a law's name joined by "ve", a regulation by
its title and the Resmî Gazete, a state council's programme, chapters with "içinde" after the
book, Chicago and APA) and Brazilian/Portuguese ABNT entries (an act titled by its ementa, a
day's date with an abbreviated month, a newspaper's article by its page and date).  Every
example is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import acts, apa, chicago, parse_reference
from bibcheck.parse.references.act_ementa import ementa_titled
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.news_dated import _ABNT_PAPER
from tests.test_regex_growth import assert_linear


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True, note=True)


def _entry(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


# --- a Turkish act named by its title: "… ve …" no lead-in, a regulation and its gazette ----


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # (capitalised words joined by "ve" open the act's name: no lead-in before a person)
        (
            "Aile ve Sosyal Hizmetler Genel Müdürlüğünün Kuruluşu Hakkında Kanun, Kanun No. "
            "3306, Resmî Gazete, 3 Mart 1990, Sayı 20450.",
            "Aile ve Sosyal Hizmetler Genel Müdürlüğünün Kuruluşu Hakkında Kanun",
            1990,
        ),
        # (a regulation, a communiqué, a directive: the title, then the gazette)
        (
            "Okul Bahçeleri ve Oyun Alanları Yönetmeliği, Resmî Gazete, 4 Mayıs 2016, Sayı "
            "29702, md. 7.",
            "Okul Bahçeleri ve Oyun Alanları Yönetmeliği",
            2016,
        ),
        (
            "Spor Kulüpleri Tescil Tebliği, Resmî Gazete, 12 Ocak 2011, Sayı 27813.",
            "Spor Kulüpleri Tescil Tebliği",
            2011,
        ),
        (
            "Okul Sporları Yarışma Yönergesi, Resmi Gazete, 9 Eylül 2019, Sayı 30883.",
            "Okul Sporları Yarışma Yönergesi",
            2019,
        ),
    ],
)
def test_turkish_act_note_by_its_title(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert (ref.kind, ref.title, ref.year, ref.authors) == (RefKind.REPORT, title, year, ())


@pytest.mark.parametrize(
    "text",
    [
        # a commentary on a regulation: a book by its author
        "Mehmet Ak, Yönetmelik Şerhi (Ankara: Seçkin, 2015), 4.",
        # a regulation's title with no gazette named: not read as the act here
        "Okul Bahçeleri Yönetmeliği, 2016.",
        # a gazette named but the title no act's
        "Okul Bahçeleri Üzerine, Resmî Gazete, 4 Mayıs 2016.",
    ],
)
def test_turkish_act_title_needs_kind_and_gazette(text: str) -> None:
    assert acts._TURKISH_ACT_TITLED.match(text) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a lead-in of prose before the person stays a lead-in
        ("Eine Ausnahme bildet Hans Müller, Die Stadt am Fluss (Berlin: Akademie, 1990), 5.",
         ("Hans Müller",)),
        ("Zie voor een recent overzicht Jan de Vries, Het dorp (Leiden: Brill, 2001), 3.",
         ("Jan de Vries",)),
    ],
)  # fmt: skip
def test_prose_lead_in_still_read(text: str, authors: tuple[str, ...]) -> None:
    assert _note(text).authors == authors


# --- a Turkish state council's programme: a report ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("Talim ve Terbiye Kurulu, Ortaöğretim Kimya Dersi Öğretim Programı (Ankara: MEB, "
         "2017), 5.", RefKind.REPORT, True),
        ("Radyo ve Televizyon Üst Kurulu. Çocuk Yayınları Değerlendirme Raporu Kılavuzu Eki. "
         "Ankara: RTÜK, 2021.", RefKind.REPORT, False),
        ("Yükseköğretim Kurulu. Hemşirelik Lisans Programı Çerçevesi. Ankara: YÖK, 2016.",
         RefKind.REPORT, False),
        # near-misses: a person's book on programmes, a society's book ("Kurumu")
        ("Ayşe Kurt, Öğretim Programı Tasarımı (Ankara: Pegem Akademi, 2017), 12.",
         RefKind.BOOK, True),
        ("Kurt, Ayşe. Öğretim Programı Tasarımı. Ankara: Pegem Akademi, 2017.", RefKind.BOOK,
         False),
    ],
)  # fmt: skip
def test_state_council_programme_is_a_report(text: str, kind: RefKind, note: bool) -> None:
    ref = _note(text) if note else _entry(text)
    assert ref.kind is kind


# --- a chapter with "içinde" after the book (Chicago notes and lists, APA) -------------------


@pytest.mark.parametrize(
    ("text", "note", "kind", "title"),
    [
        ("Can Yurt, “Okulda Oyun,” Çocuk ve Spor içinde, ed. Deniz Ay (İzmir: Ege Yayınları, "
         "2019), 45–60.", True, RefKind.CHAPTER, "Okulda Oyun"),
        ("Yurt, Can. “Okulda Oyun.” Çocuk ve Spor içinde, editör Deniz Ay, 45–60. İzmir: Ege "
         "Yayınları, 2019.", False, RefKind.CHAPTER, "Okulda Oyun"),
        ("Can Yurt, “Okulda Oyun,” Çocuk ve Spor içerisinde (İzmir: Ege Yayınları, 2019), "
         "45–60.", True, RefKind.CHAPTER, "Okulda Oyun"),
        ("Yurt, C. (2019). Okulda oyun. D. Ay (Ed.), Çocuk ve spor içinde (ss. 45–60). Ege "
         "Yayınları.", False, RefKind.CHAPTER, "Okulda oyun"),
        ("Yurt, C. ve Ak, M. (2019). Okulda oyun. D. Ay ve E. Su (Eds.), Çocuk ve spor içinde "
         "(s. 45–60). Ege Yayınları.", False, RefKind.CHAPTER, "Okulda oyun"),
        ("Yurt, C. (2019). Okulda oyun. Çocuk ve spor içinde (ss. 45–60). Ege Yayınları.",
         False, RefKind.CHAPTER, "Okulda oyun"),
        # near-misses: "içinde" inside a journal's name, a journal article, a book titled so
        ("Can Yurt, “Okulda Oyun,” Kent içinde Kadın 4 (2019): 3–9.", True, RefKind.ARTICLE,
         "Okulda Oyun"),
        ("Can Yurt, “Okulda Oyun,” Spor Bilimleri Dergisi 12, sy. 3 (2020): 1–9.", True,
         RefKind.ARTICLE, "Okulda Oyun"),
        ("Yurt, C. (2019). Zaman içinde okul. Ege Yayınları.", False, RefKind.BOOK,
         "Zaman içinde okul"),
    ],
)  # fmt: skip
def test_chapter_in_after_the_book(text: str, note: bool, kind: RefKind, title: str) -> None:
    ref = _note(text) if note else _entry(text)
    assert (ref.kind, ref.title) == (kind, title)


# --- a Portuguese act titled by its ementa ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("BRASIL. Lei nº 8.123, de 3 de maio de 1995. Dispõe sobre a pesca artesanal. Diário "
         "Oficial da União, Brasília, DF, 4 maio 1995.", "Dispõe sobre a pesca artesanal"),
        ("BRASIL. Decreto-Lei nº 1.202, de 8 de abril de 1939. Institui o regime dos clubes "
         "náuticos e dá outras providências. Diário Oficial da União, Rio de Janeiro, 10 abr. "
         "1939.", "Institui o regime dos clubes náuticos e dá outras providências"),
        ("PORTUGAL. Decreto-Lei n.º 12/2001, de 9 de março. Aprova o regime das marinas. "
         "Diário da República, 2001.", "Aprova o regime das marinas"),
        ("Brasil. Ministério do Esporte. Portaria nº 77, de 2 de junho de 2010. Regulamenta "
         "os jogos escolares. Diário Oficial da União. 3 jun 2010.",
         "Regulamenta os jogos escolares"),
        # near-misses: no ementa printed (the gazette next), a name no ementa, a colon joining
        # designation and ementa in one heading
        ("BRASIL. Lei nº 4.500, de 6 de junho de 1964. Diário Oficial da União: seção 1, "
         "Brasília, DF, p. 2, 8 jun. 1964.", "Lei nº 4.500, de 6 de junho de 1964"),
        ("BRASIL. Lei nº 10.900, de 5 de julho de 2004. Estatuto do Torcedor Mirim.",
         "Lei nº 10.900, de 5 de julho de 2004"),
    ],
)  # fmt: skip
def test_act_titled_by_its_ementa(text: str, title: str) -> None:
    ref = _entry(text)
    assert (ref.kind, ref.title) == (RefKind.REPORT, title)


def test_colon_joined_heading_is_left_whole() -> None:
    from bibcheck.model import Reference

    raw = "Portugal. (2001). Lei n.º 9/2001, de 2 de maio: Estabelece as bases do desporto."
    ref = Reference(raw=raw, line=1, end_line=1, title="Lei n.º 9/2001, de 2 de maio")
    assert ementa_titled(ref) is ref


# --- a day's date with an abbreviated month: no sentence's end ------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Ata da assembleia, 20 jul. 1950. Arquivo do clube.",
         ["Ata da assembleia, 20 jul. 1950.", "Arquivo do clube."]),
        ("Ata, 3 fev. 2021. Arquivo.", ["Ata, 3 fev. 2021.", "Arquivo."]),
        ("Acta de la junta, 7 ene. 2004. Archivo.", ["Acta de la junta, 7 ene. 2004.",
                                                       "Archivo."]),
        ("Verbale, 5 ott. 2001. Archivio.", ["Verbale, 5 ott. 2001.", "Archivio."]),
        ("Procès-verbal, 14 janv. 1890. Archives.", ["Procès-verbal, 14 janv. 1890.",
                                                      "Archives."]),
        ("Carta, 12 sept. 1999. Fundo X.", ["Carta, 12 sept. 1999.", "Fundo X."]),
        # near-misses: no year after the month, no day before it
        ("Visita em 20 jul. Depois disso.", ["Visita em 20 jul.", "Depois disso."]),
        ("O mês de set. 1950 foi seco.", ["O mês de set.", "1950 foi seco."]),
    ],
)  # fmt: skip
def test_abbreviated_month_in_a_date(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_title_keeps_its_date() -> None:
    ref = _entry(
        "FEDERAÇÃO PAULISTA DE REMO. Ata da reunião da diretoria, 14 mar. 1931. Arquivo da "
        "Federação, São Paulo, cx. 2."
    )
    assert ref.title == "Ata da reunião da diretoria, 14 mar. 1931"


# --- ABNT's newspaper article: the paper, its city, the page and the day's date -------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("O JOGO do século. Gazeta Esportiva, São Paulo, p. 3, 9 jun. 1962.", RefKind.ARTICLE),
        ("SOUZA, Ana. A volta olímpica. Folha da Tarde, Porto Alegre, ano 4, n. 101, p. 12, "
         "3 mar. 1971.", RefKind.ARTICLE),
        ("SOUZA, Ana. A volta olímpica. Folha da Tarde, Porto Alegre, p. 12, 3 mar. 1971.",
         RefKind.ARTICLE),
        # near-misses: an act in the official gazette, a book
        ("BRASIL. Lei nº 4.500, de 6 de junho de 1964. Diário Oficial da União, Brasília, DF, "
         "p. 2, 8 jun. 1964.", RefKind.REPORT),
        ("SOUZA, Ana. A volta olímpica. Porto Alegre: Editora Sul, 1971.", RefKind.BOOK),
    ],
)  # fmt: skip
def test_abnt_newspaper_article(text: str, kind: RefKind) -> None:
    assert _entry(text).kind is kind


# --- linear time -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(lambda t: chicago._POSTPOSED_IN.match(t), lambda n: "ab " * (n // 3),
                     id="postposed-in"),
        pytest.param(lambda t: apa._POSTPOSED_CHAPTER.match(t), lambda n: "A. B " * (n // 5),
                     id="postposed-chapter"),
        pytest.param(lambda t: acts._TURKISH_ACT_TITLED.match(t), lambda n: "Ab " * (n // 3),
                     id="turkish-act"),
        pytest.param(lambda t: _ABNT_PAPER.search(t), lambda n: ". Ab, Cd, " * (n // 10),
                     id="abnt-paper"),
        pytest.param(lambda t: split_sentences(t), lambda n: "1 jul. " * (n // 7),
                     id="month-abbreviations"),
        pytest.param(
            lambda t: ementa_titled(
                __import__("bibcheck.model", fromlist=["Reference"]).Reference(
                    raw="Lei nº 1, de 2 de maio de 2001. Dispõe " + t, line=1, end_line=1,
                    title="Lei nº 1, de 2 de maio de 2001",
                )
            ),
            lambda n: "a. " * (n // 3), id="ementa",
        ),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
