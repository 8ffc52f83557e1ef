"""fix68h: works a list of literature leaves out (artworks, collection records, archival
leaves in Portuguese and Spanish, unsigned East Asian periodical pieces) and a DOI that a
narrow column broke right after its prefix."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import cjk_brackets
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.artobject import artwork, cites_object, collection_record
from bibcheck.parse.references.chicago import unsigned_news
from bibcheck.readers.linewrap import join_wrapped_urls, url_continues

# -- a DOI broken after its prefix's slash -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("  Music 29, no. 1 (1991): 124–140, https://doi.org/10.2307/", "  833071.", True),
        ("  Zeitschrift 12 (2004): 5–9, doi:10.1515/", "  zfm.2004.12.1.5.", True),
        (
            "  The Lancet 395 (2020): 497–506, https://doi.org/10.1016/",
            "S0140-6736(20)30183-5.",
            True,
        ),
        # no suffix on the next line: a word, a sentence
        ("  Journal 3 (2001), https://doi.org/10.2307/", "  Accessed on 4 May.", False),
    ],
)
def test_doi_cut_after_prefix(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined


def test_doi_cut_after_prefix_joined_whole() -> None:
    parts, joins = join_wrapped_urls(
        [("Koozin, “Octatonicism,” 124–140, https://doi.org/10.2307/", 12), ("  833071.", 13)]
    )
    assert joins == [(12, "https://doi.org/10.2307/833071")]
    assert len(parts) == 1


# -- unsigned pieces in East Asian newspapers and magazines ---------------------------------


@pytest.mark.parametrize(
    ("note", "title", "year", "container"),
    [
        (
            "「新作映画評 羅生門」『キネマ旬報』1950年9月上旬号、62頁。",
            "新作映画評 羅生門",
            1950,
            "キネマ旬報",
        ),
        (
            "「社説 港の再開発」『朝日新聞』1985年4月2日朝刊、5面。",
            "社説 港の再開発",
            1985,
            "朝日新聞",
        ),
        ("“社论：新的一年”，《人民日报》1980年1月1日，第1版。", "社论：新的一年", 1980, "人民日报"),
        ("「음악 시평」, 『동아일보』, 1975년 3월 1일, 2면.", "음악 시평", 1975, "동아일보"),
        ("「演奏会評」『音楽の友』1971年11月号、140–141頁。", "演奏会評", 1971, "音楽の友"),
    ],
)
def test_unsigned_periodical_piece(note: str, title: str, year: int, container: str) -> None:
    fields = cjk_brackets.parse(note)
    assert fields is not None
    assert (fields.authors, fields.title, fields.year.year, fields.container) == (
        (),
        title,
        year,
        container,
    )
    assert fields.kind is RefKind.ARTICLE
    assert unsigned_news(note)


@pytest.mark.parametrize(
    "note",
    [
        # a scholarly journal's article: its author, volume and issue
        "佐藤花子「港湾の研究」『史学雑誌』第112編第3号、2003年、1〜30頁。",
        # a book by its title
        "『日本書紀』岩波書店、1967年。",
        # an article by title, its journal numbered, not dated by month
        "「港湾の研究」『史学雑誌』第112編第3号、2003年。",
    ],
)
def test_not_an_unsigned_periodical_piece(note: str) -> None:
    assert not unsigned_news(note)


# -- archival leaves and books in Portuguese and Spanish notes ------------------------------


@pytest.mark.parametrize(
    ("note", "archival"),
    [
        (
            "Lisboa, Arquivo Nacional da Torre do Tombo, Registos Paroquiais, Óbidos, "
            "São Pedro, Baptismos, liv. 2 (1630–1661), fl. 15v.",
            True,
        ),
        (
            "Carta do provedor ao rei, Coimbra, 3 de Junho de 1702, Lisboa, Biblioteca Nacional "
            "de Portugal, Reservados, cód. 1234, fls. 3r–5v.",
            True,
        ),
        ("Porto, Arquivo Distrital do Porto, Cartório Notarial, mç. 12, n.º 4.", True),
        ("Évora, Arquivo Distrital de Évora, Câmara Municipal, cx. 7, doc. 3.", True),
        ("Archivo Histórico Provincial de Sevilla, Protocolos notariales, fls. 212r–214v.", True),
        # a published book that names an archive in its title
        (
            "Maria Silva, O Arquivo da Casa de Bragança, Lisboa, Livros Horizonte, 1998, p. 4.",
            False,
        ),
    ],
)
def test_portuguese_and_spanish_archival_marks(note: str, archival: bool) -> None:
    assert archival_source(note) is archival


# -- artworks and collection records --------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "object_"),
    [
        (
            "Francisco de Zurbarán, Bodegón con cacharros, c. 1650, óleo sobre lienzo, "
            "Madrid, Museo del Prado, inv. P002803.",
            True,
        ),
        (
            "Jan Steen, The Feast, 1668, oil on canvas, London, National Gallery, "
            "inv. no. NG 1421.",
            True,
        ),
        (
            "Pieter Claesz, Stillleben mit Römer, 1640, Öl auf Holz, Berlin, Gemäldegalerie, "
            "Inv.-Nr. 948.",
            True,
        ),
        ("Chardin, La Raie, 1728, huile sur toile, 114 × 146 cm, Paris, Louvre.", True),
        (
            "Giovanna Garzoni, Piatto di fave, 1650, tempera su pergamena e olio su tela, "
            "Firenze, Uffizi, inv. 1890 n. 4770.",
            True,
        ),
        ("Willem Kalf, Stilleven, 1660, olieverf op doek, Amsterdam, inv.nr. SK-A-199.", True),
        # books about painting: no inventory, no size
        ("Ana Costa, Óleo sobre tela: a pintura em Portugal, Lisboa, Estampa, 2001, p. 12.", False),
        ("John Smith, Oil on Canvas (London: Phaidon, 2001), 44.", False),
    ],
)
def test_artwork(note: str, object_: bool) -> None:
    assert artwork(note) is object_


def _ref(raw: str, url: str | None, authors: tuple[str, ...] = ()) -> Reference:
    return Reference(raw=raw, line=1, end_line=1, authors=authors, url=url, kind=RefKind.WEB)


@pytest.mark.parametrize(
    ("raw", "url", "authors", "record"),
    [
        (
            "«Natureza-morta», MatrizNet, http://www.matriznet.example.net/MatrizNet/Objectos/"
            "ObjectosConsultar.aspx?IdReg=12345 (consultado em 3 de Março de 2024).",
            "http://www.matriznet.example.net/MatrizNet/Objectos/ObjectosConsultar.aspx?IdReg=12345",
            (),
            True,
        ),
        (
            "“Still Life with Lemons,” Museum Collection, https://museum.example.net/collection/"
            "object/P_1895-0915-474.",
            "https://museum.example.net/collection/object/P_1895-0915-474",
            (),
            True,
        ),
        (
            "„Stillleben“, Sammlung online, https://smb.example.net/sammlung/objekt/868131/.",
            "https://smb.example.net/sammlung/objekt/868131/",
            (),
            True,
        ),
        # a signed essay on a museum's site
        (
            "Jane Doe, “Still Lifes,” https://museum.example.net/collections/essays/still-lifes.",
            "https://museum.example.net/collections/essays/still-lifes",
            ("Jane Doe",),
            False,
        ),
        # an unsigned page that is no collection record
        (
            "“Opening hours,” https://museum.example.net/visit/hours.",
            "https://museum.example.net/visit/hours",
            (),
            False,
        ),
    ],
)
def test_collection_record(raw: str, url: str, authors: tuple[str, ...], record: bool) -> None:
    ref = _ref(raw, url, authors)
    assert collection_record(ref) is record
    assert cites_object(ref) is record
