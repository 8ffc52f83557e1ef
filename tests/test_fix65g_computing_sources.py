"""fix65g: computing sources -- papers in proceedings as chapters in the shapes computing
lists write them, journals called "Proc." as articles, repositories cited by a link that says
``owner/name``, Korean "외" and comma-parted Hangul names, BibTeX manuals and generic entries
citing standards, and a body's internal documents.  Every entry here was written for these
tests (invented people and works)."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from tests.corpus_score import _same_family

_KINDS = [
    # a paper in proceedings, "in" in the writer's language
    (
        "L. Ortega y P. Núñez, «Planificación de rutas en pasillos», en *Proc. IEEE/RSJ"
        " International Conference on Intelligent Robots and Systems (IROS)*, 2021,"
        " pp. 10–17.",
        RefKind.CHAPTER,
    ),
    (
        "L. Ortega y P. Núñez, «Mapas de ocupación», en *Proc. IEEE ICRA*, 2019, pp. 1–8.",
        RefKind.CHAPTER,
    ),
    (
        "C. Duarte e R. Lima, «Roteamento em redes veiculares», em *Proc. IEEE VTC*, 2018,"
        " pp. 1–5.",
        RefKind.CHAPTER,
    ),
    # IEEE's comma inside the quotes before "in"
    (
        'T. Okoro 외, "Loss recovery in datacenter transports," in *Proc. ACM SIGCOMM 2020*,'
        " pp. 10–22, 2020.",
        RefKind.CHAPTER,
    ),
    # the proceedings by their series volume, a venue dated with an apostrophe
    (
        "Ana Ruiz, Tom Becker. [Gossip membership under churn](https://doi.org/10.99999/x1)."
        " SRDS 2014, LNCS 8812, pp. 40–52. Springer, 2014.",
        RefKind.CHAPTER,
    ),
    (
        "Ana Ruiz, Tom Becker. Gossip membership under churn. In: Distributed Computing,"
        " Lecture Notes in Computer Science, vol. 9363, pp. 40–52, 2015.",
        RefKind.CHAPTER,
    ),
    (
        "Ana Ruiz, Tom Becker. [Replicated logs on flash](https://doi.org/10.99999/x2)."
        " SoCC '22, 2022.",
        RefKind.CHAPTER,
    ),
    (
        "Ana Ruiz. [Lease-based reads](https://doi.org/10.99999/x3). PaPoC ’23, 2023.",
        RefKind.CHAPTER,
    ),
    # a meeting's proceedings in Korean, Japanese and Chinese
    (
        "김도윤, 「저지연 스트리밍 측정」, 『2022년 한국통신학회 하계종합학술발표회 논문집』,"
        " pp. 101–102, 2022.",
        RefKind.CHAPTER,
    ),
    (
        "佐々木健「移動ロボットの自己位置推定」『第40回日本ロボット学会学術講演会予稿集』2022年、1–4頁。",
        RefKind.CHAPTER,
    ),
    # a journal called "Proc." in its abbreviated form, its issue named after a conference
    (
        "J. Varga. Gradual ownership types. Proc. ACM Program. Lang. 7, OOPSLA, 2023.",
        RefKind.ARTICLE,
    ),
    (
        "Rina Solberg, Omar Haddad. [Shared cursors in notebooks](https://doi.org/10.99999/x4)."
        " Proc. ACM Hum.-Comput. Interact. 5, CSCW1, 2021.",
        RefKind.ARTICLE,
    ),
    # a body's internal document
    (
        "Hospital Comarcal de Riberalta, *Protocolo de limpieza de quirófanos*, rev. 2, 2022"
        " (documento interno).",
        RefKind.REPORT,
    ),
    (
        "Northbay Robotics, *Battery swap procedure for fleet units*, internal document, 2021.",
        RefKind.REPORT,
    ),
    (
        "Klinikum Seefeld, *Hygieneplan für die Intensivstation*, 2020 (internes Dokument).",
        RefKind.REPORT,
    ),
    (
        "Centre hospitalier de Valmont, *Circuit des chariots de soins*, 2019 (document interne).",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "kind"), _KINDS)
def test_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0]).kind is kind


_AUTHORS = [
    (
        "정하윤, 문재석, 「도시 무선망의 핸드오버 지연 분석」, 『정보처리학회논문지』, 제12권 제4호,"
        " pp. 1–9, 2021.",
        ("정하윤", "문재석"),
    ),
    (
        "홍민준, 이서연, 박지후 외, 「엣지 캐시 배치 연구」, 『한국통신학회논문지』, 제47권 제2호,"
        " pp. 20–31, 2022.",
        ("홍민준", "이서연", "박지후"),
    ),
    (
        'B. Adeyemi 외, "Congestion signals in QUIC," in *Proc. IEEE INFOCOM*, pp. 1–10, 2023.',
        ("B. Adeyemi",),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _AUTHORS)
def test_authors(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [0]).authors == authors


_REPOSITORIES = [
    # (entry, title, authors)
    (
        "Rina Solberg. [rsolberg/merge-bench](https://github.com/rsolberg/merge-bench)."
        " GitHub, 2022.",
        "rsolberg/merge-bench",
        ("Rina Solberg",),
    ),
    (
        "María Pérez y Juan Soto. [mperez/geo-tools](https://codeberg.org/mperez/geo-tools)."
        " Codeberg, 2021.",
        "mperez/geo-tools",
        ("María Pérez", "Juan Soto"),
    ),
    (
        "Tessel contributors. [tessel-dev/tessel](https://gitlab.com/tessel-dev/tessel)."
        " GitLab, v0.9.1, 2024.",
        "tessel-dev/tessel",
        ("Tessel contributors",),
    ),
]


@pytest.mark.parametrize(("text", "title", "authors"), _REPOSITORIES)
def test_repository_link(text: str, title: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, [0])
    assert (ref.title, ref.authors) == (title, authors)


_BIBTEX = [
    # a manual with no address: the maker's technical document
    "@manual{m1,\n  title = {Nimbus-7 Microcontroller Reference Manual},\n"
    "  author = {{Nimbus Semiconductors Ltd.}},\n  year = {2019},\n  number = {NS-0042},\n}\n",
    # a manual online whose title calls it one
    "@manual{m2,\n  title = {Benutzerhandbuch für das Messsystem QX-3},\n  year = {2021},\n"
    "  url = {https://docs.example.net/qx3.pdf},\n}\n",
    # a standard filed as @misc with its designation in number (Zotero's export)
    "@misc{s1,\n  title = {Industrial communication networks -- Part 2: Wireless},\n"
    "  number = {IEC 62591:2016},\n  year = {2016},\n  publisher = {IEC},\n}\n",
    # ... or said to be one in howpublished
    "@misc{s2,\n  title = {Sistemas de gestión de la energía},\n  year = {2018},\n"
    "  howpublished = {Norma UNE-EN ISO 50001},\n}\n",
]


@pytest.mark.parametrize("source", _BIBTEX)
def test_bibtex_document_kind(source: str) -> None:
    records, _errors = read_bib(source)
    assert to_reference(records[0]).kind is RefKind.REPORT


_FAMILIES = [
    # (the key's family name, the name as printed whole)
    ("정", "정하윤"),
    ("남궁", "남궁민수"),
    ("佐藤", "佐藤花子"),
]


@pytest.mark.parametrize(("want", "author"), _FAMILIES)
def test_scorer_cjk_family(want: str, author: str) -> None:
    assert _same_family(want, author)
