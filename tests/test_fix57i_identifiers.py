"""fix57i: ISO 690 name lists written given-first after the first name, ISO 690 kinds of
online works, and bare addresses holding a bracket pair (SICI DOIs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import caps, parse_reference
from bibcheck.readers.adocdoi import joined_doi_breaks
from bibcheck.urls import extract_urls


@pytest.mark.parametrize(
    ("names", "want"),
    [
        ("BILS, Mark a Peter J. KLENOW", ("BILS, Mark", "KLENOW, Peter J.")),
        (
            "NOVÁK, Jan, Eva SVOBODOVÁ a Petr DVOŘÁK",
            ("NOVÁK, Jan", "SVOBODOVÁ, Eva", "DVOŘÁK, Petr"),
        ),
        ("KOWALSKI, Jan i Anna NOWAK", ("KOWALSKI, Jan", "NOWAK, Anna")),
        ("HORVÁTH, Peter a Zuzana KOVÁČOVÁ", ("HORVÁTH, Peter", "KOVÁČOVÁ, Zuzana")),
        ("GARCÍA, Ana y Luis PÉREZ", ("GARCÍA, Ana", "PÉREZ, Luis")),
        # all inverted, or one name: the old reading stands
        ("LUX, Martin a SUNEGA, Petr", None),
        ("BILS, Mark", None),
    ],
)
def test_given_first_names(names: str, want: tuple[str, ...] | None) -> None:
    assert caps.given_first_names(names) == want


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    [
        (
            "BILS, Mark a Peter J. KLENOW. Some Evidence on Sticky Prices. Journal of "
            "Political Economy. 2004, 112(5), 947–985. ISSN 0022-3808.",
            ("BILS, Mark", "KLENOW, Peter J."),
            "Some Evidence on Sticky Prices",
            RefKind.ARTICLE,
        ),
        (
            "NOVÁK, Jan, Eva SVOBODOVÁ a Petr DVOŘÁK. Dějiny malého města. Praha: Academia, 2010.",
            ("NOVÁK, Jan", "SVOBODOVÁ, Eva", "DVOŘÁK, Petr"),
            "Dějiny malého města",
            RefKind.BOOK,
        ),
        (
            "KOWALSKI, Jan i Anna NOWAK. Miasto i rzeka. Warszawa: PWN, 2015.",
            ("KOWALSKI, Jan", "NOWAK, Anna"),
            "Miasto i rzeka",
            RefKind.BOOK,
        ),
    ],
)
def test_iso690_given_first_reference(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a statistics office's page: "[online]" after the work's own title, no ISBN
        (
            "STATISTICKÝ ÚŘAD SLOVENSKEJ REPUBLIKY. Spotrebiteľské ceny v januári 2024 [online]. "
            "Bratislava: ŠÚ SR, 15. 2. 2024 [cit. 2024-03-01]. Dostupné z: https://slovak.statistics.sk/x",
            RefKind.WEB,
        ),
        (
            "ČESKÝ STATISTICKÝ ÚŘAD. Metodika šetření [online]. Praha: ČSÚ, 2021 "
            "[cit. 2022-01-10]. Dostupné z: https://www.czso.cz/csu/czso/metodika",
            RefKind.WEB,
        ),
        # an e-book with its ISBN stays a book
        (
            "NOVÁK, Jan. Dějiny města [online]. Praha: Academia, 2015. ISBN 978-80-200-1234-5. "
            "Dostupné z: https://example.org/kniha.pdf",
            RefKind.BOOK,
        ),
        # a newspaper's article online: title, then the serial marked [online], then its date
        (
            "DVOŘÁK, Petr. Ceny energií dál rostou. Seznam Zprávy [online]. 3. 2. 2023 "
            "[cit. 2023-02-05]. Dostupné z: https://www.seznamzpravy.cz/clanek/ceny-123",
            RefKind.ARTICLE,
        ),
        (
            "NOWAK, Anna. Inflacja w styczniu. Rzeczpospolita.pl [online]. 2023-02-01 "
            "[cit. 2023-02-05]. Dostupné z: https://www.rp.pl/x/art1",
            RefKind.ARTICLE,
        ),
        # a contribution "In:" a website stays a web page
        (
            "ELIÁŠ, Karel. Nový občanský zákoník. In: epravo.cz [online]. 12. 5. 2014 "
            "[cit. 2024-05-03]. Dostupné z: https://www.epravo.cz/top/clanky/x.html",
            RefKind.WEB,
        ),
    ],
)
def test_iso690_online_kinds(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True, note=True).kind is kind


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "http://dx.doi.org/10.1890/0012-9658(2003)084[0777:EAFRPA]2.0.CO;2",
            "http://dx.doi.org/10.1890/0012-9658(2003)084%5B0777:EAFRPA%5D2.0.CO;2",
        ),
        (
            "See https://doi.org/10.1002/(SICI)1097-4636(199706)35:4[431::AID-JBM4]3.0.CO;2-E.",
            "https://doi.org/10.1002/(SICI)1097-4636(199706)35:4%5B431::AID-JBM4%5D3.0.CO;2-E",
        ),
        ("[see https://example.org/page] and more", "https://example.org/page"),
        ("[https://example.org/a](https://example.org/a)", "https://example.org/a"),
    ],
)
def test_bare_url_keeps_bracket_pair(text: str, url: str) -> None:
    assert [u.url for u in extract_urls(text, [0]).urls] == [url]


def test_bib_url_sici_doi_whole(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@article{roe2001,\n  title = {Counting Owls Twice},\n  author = {Roe, Ann},\n"
        "  year = {2001},\n  journal = {Ecology},\n"
        "  url = {http://dx.doi.org/10.1890/0012-9658(2001)082[1234:COT]2.0.CO;2}\n}\n",
        encoding="utf-8",
    )
    doc = tmp_path / "paper.md"
    doc.write_text(
        "---\ntitle: Owls\nbibliography: refs.bib\n---\n\nOwls were counted [@roe2001].\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    dois = {e.reference.doi for e in parsed.literature}
    assert dois == {"10.1890/0012-9658(2001)082[1234:cot]2.0.co;2"}


@pytest.mark.parametrize(
    ("parts", "want"),
    [
        (
            ["Journal 31(1), 2022. https://doi.org/10.1145/", "3476105"],
            ["Journal 31(1), 2022. https://doi.org/10.1145/3476105"],
        ),
        (
            ["Revue 4, 2019. doi:10.1016/", "j.cell.2019.01.002. Accessed 3 May 2020."],
            ["Revue 4, 2019. doi:10.1016/j.cell.2019.01.002. Accessed 3 May 2020."],
        ),
        (
            ["Rivista, 2018. DOI: 10.1109/", "ICST.2018.00012"],
            ["Rivista, 2018. DOI: 10.1109/ICST.2018.00012"],
        ),
        # a whole DOI at the line end, or a next line that is no DOI's rest: kept apart
        (
            ["2020. https://doi.org/10.1145/3368089", "4417920"],
            ["2020. https://doi.org/10.1145/3368089", "4417920"],
        ),
        (
            ["2021. https://doi.org/10.1109/", "Preprint: https://arxiv.org/abs/2101.09077"],
            ["2021. https://doi.org/10.1109/", "Preprint: https://arxiv.org/abs/2101.09077"],
        ),
        (
            ["See https://example.org/10.1145/", "3476105"],
            ["See https://example.org/10.1145/", "3476105"],
        ),
    ],
)
def test_joined_doi_breaks(parts: list[str], want: list[str]) -> None:
    numbers = list(range(10, 10 + len(parts)))
    got, lines = joined_doi_breaks(parts, numbers)
    assert got == want
    assert len(lines) == len(got) and lines[0] == 10


def test_asciidoc_entry_doi_over_two_lines(tmp_path: Path) -> None:
    doc = tmp_path / "report.adoc"
    doc.write_text(
        "= Build report\n\nRetries hide failures <<kim2020>>.\n\n[bibliography]\n== References\n\n"
        "- [[[kim2020]]] S. Kim and R. Ode. Retry Storms. _Software Quarterly_ 12(3), 2020. https://doi.org/10.1145/\n"
        "  3390000.3390012\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    assert [e.reference.doi for e in parsed.literature] == ["10.1145/3390000.3390012"]
    assert not [a for a in parsed.all_anomalies() if "malformed" in str(a)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A. Ruiz and B. Chen. Retrying Tests Considered Harmful. In _Proceedings of the 44th "
            "International Conference on Software Engineering (ICSE '22)_, pp. 10–21. ACM, 2022.",
            RefKind.CHAPTER,
        ),
        (
            "K. Osei, L. Berg, M. Tan, and P. Ng. Seeds and Order. In _Proceedings of the 30th "
            "Symposium on Testing (ISST 2021)_, pp. 1–12, 2021.",
            RefKind.CHAPTER,
        ),
        (
            "D. Ito and E. Moss. Test Order Matters. In _2020 13th IEEE Conference on Software "
            "Testing (ICST)_, pp. 40–50, 2020.",
            RefKind.CHAPTER,
        ),
        (
            "Rossi, M. (2019). Ceramica a vernice nera dal territorio. In Atti del convegno di "
            "studi etruschi, pp. 211–230. Firenze: Olschki.",
            RefKind.CHAPTER,
        ),
        (
            "Dupont, J. (2018). Les fouilles de la villa. In: Actes du colloque de Lyon, "
            "p. 33–45. Lyon: MOM.",
            RefKind.CHAPTER,
        ),
        (
            "S. Lee. Caching Builds. In: Proc. 9th Workshop on Build Systems, pp. 5–9, 2019.",
            RefKind.CHAPTER,
        ),
        # a journal called proceedings, with its volume, stays an article
        (
            "Smith, J., & Roe, A. (2020). Gene flow in lynx. Proceedings of the National Academy "
            "of Sciences, 117(3), 1234–1240.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_proceedings_chapter(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "H. Ade and T. Boe. Audit of build failures, 2023 (anonymised). Dataset, version 2.1. "
            "Zenodo, 2024. https://doi.org/10.5281/zenodo.1234567.",
            RefKind.WEB,
        ),
        (
            "Moreno, L., & Ortiz, P. (2021). Nest survey counts, Sierra Norte [Data set]. Dryad. "
            "https://doi.org/10.5061/dryad.abc123",
            RefKind.WEB,
        ),
        (
            "Kaur, R. (2022). Field plots of alpine meadows. figshare. "
            "https://doi.org/10.6084/m9.figshare.7654321.v2",
            RefKind.WEB,
        ),
        # a printed book stays a book
        (
            "Moreno, L. (2021). Birds of the Sierra Norte. Madrid: Alianza.",
            RefKind.BOOK,
        ),
    ],
)
def test_repository_record_web(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind


def test_initials_and_event_acronym_no_bluebook_book() -> None:
    ref = parse_reference(
        "Q. Tan, F. Haro, L. Ebbe, and D. Moll. Flaky Tests at Scale. In _Proceedings of the "
        "Symposium on Foundations of Software Engineering (FSE 2016)_, pp. 1–9, 2016.",
        [0],
        detect_styles=True,
    )
    assert ref.authors == ("Q. Tan", "F. Haro", "L. Ebbe", "D. Moll")
    assert (ref.title, ref.kind) == ("Flaky Tests at Scale", RefKind.CHAPTER)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "pytest-dev. pytest-xdist: distributed testing for pytest. Software, version 3.5, "
            "2023. https://github.com/pytest-dev/pytest-xdist",
            "pytest-xdist: distributed testing for pytest",
            RefKind.WEB,
        ),
        (
            "tidyverse. ggplot2: create elegant data visualisations. GitHub, 2023. "
            "https://github.com/tidyverse/ggplot2",
            "ggplot2: create elegant data visualisations",
            None,
        ),
        # the owner is not where an author stands: nothing changes
        (
            "Moreno, L. Pipelines. 2021. https://gitlab.com/moreno/pipelines",
            "Pipelines",
            None,
        ),
    ],
)
def test_repository_owner_not_title(text: str, title: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind


@pytest.mark.parametrize(
    ("doi_url", "kind"),
    [
        ("https://doi.org/10.5281/zenodo.1234567", RefKind.WEB),
        ("https://doi.org/10.5061/dryad.8sf7m0cn2", RefKind.WEB),
        ("https://doi.org/10.6084/m9.figshare.7654321.v2", RefKind.WEB),
    ],
)
def test_repository_doi_only_note(doi_url: str, kind: RefKind) -> None:
    ref = parse_reference(doi_url, [0], note=True)
    assert (ref.kind, ref.doi) == (kind, doi_url.split("doi.org/", 1)[1].casefold())


def test_typst_note_only_zenodo_doi(tmp_path: Path) -> None:
    doc = tmp_path / "paper.typ"
    doc.write_text(
        "= Scavo\n\nI dati sono depositati in un archivio aperto."
        '#footnote[#link("https://doi.org/10.5281/zenodo.1234567")]\n',
        encoding="utf-8",
    )
    notes = parse_file(doc).footnotes
    assert [(n.reference.kind, n.reference.doi) for n in notes] == [
        (RefKind.WEB, "10.5281/zenodo.1234567")
    ]


@pytest.mark.parametrize(
    ("body", "note"),
    [
        (
            "Myndigheten för samhällsskydd och beredskap",
            "Myndigheten för samhällsskydd och beredskap 2019, s. 34–41.",
        ),
        ("Statistiska centralbyrån", "Statistiska centralbyrån 2020, s. 12."),
        (
            "Norges vassdrags- og energidirektorat",
            "Norges vassdrags- og energidirektorat 2019, s. 5–7.",
        ),
    ],
)
def test_mediawiki_corporate_short_note(tmp_path: Path, body: str, note: str) -> None:
    doc = tmp_path / "artikel.wiki"
    doc.write_text(
        "'''Bränderna''' var omfattande.<ref>Pyne 1997, s. 20.</ref> Utvärderingen pekade på "
        f"brister.<ref>{note}</ref>\n\n== Referenser ==\n<references />\n\n=== Källor ===\n"
        f"* {{{{bokref |författare={body} |titel=Utvärdering av insatserna |år={note.split()[-3].rstrip(',')} "
        "|förlag=Myndigheten |ort=Karlstad |url=https://example.org/rapport.pdf}}\n"
        "* {{bokref |författare=Pyne, Stephen J. |titel=Vestal Fire |år=1997 "
        "|förlag=University of Washington Press |ort=Seattle}}\n",
        encoding="utf-8",
    )
    notes = parse_file(doc).footnotes
    by_label = {n.label: n for n in notes}
    assert by_label["2"].reference.title == "Utvärdering av insatserna"
    assert by_label["2"].reference.url == "https://example.org/rapport.pdf"
    assert by_label["2"].literature is not None
