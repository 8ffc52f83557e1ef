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
