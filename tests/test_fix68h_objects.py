"""fix68h: works a list of literature leaves out (artworks, collection records, archival
leaves in Portuguese and Spanish, unsigned East Asian periodical pieces) and a DOI that a
narrow column broke right after its prefix."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import cjk_brackets, parse_reference
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.artobject import artwork, cites_object, collection_record
from bibcheck.parse.references.chicago import unsigned_news
from bibcheck.parse.references.cjk_held import held
from bibcheck.parse.references.cjk_media import media_cited
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


# -- films and recordings, volume numbers, kept manuscripts in East Asian notes -------------


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("『羅生門』黒澤明監督、大映、1950年。", "羅生門"),
        ("《霸王别姬》陈凯歌导演，北京电影制片厂，1993年。", "霸王别姬"),
        ("『하녀』 김기영 감독, 한국문예영화사, 1960.", "하녀"),
        (
            "武満徹『ノヴェンバー・ステップス』日本コロムビア、COCO-12345、1990年、CD。",
            "ノヴェンバー・ステップス",
        ),
        ("『日本の民謡』ビクター、1975年、LP。", "日本の民謡"),
    ],
)
def test_cjk_film_or_recording(note: str, title: str) -> None:
    fields = cjk_brackets.parse(note)
    assert fields is not None
    assert (fields.title, fields.kind) == (title, RefKind.WEB)
    assert media_cited(note)


@pytest.mark.parametrize(
    ("note", "title", "volume"),
    [
        ("秋山邦晴『日本の映画音楽史 1』田畑書店、1974年、212頁。", "日本の映画音楽史", "1"),
        ("山田太郎『近世音楽史 下』岩波書店、1990年。", "近世音楽史", "下"),
        ("김철수 『한국 음악사 3』 서울: 민속원, 2005.", "한국 음악사", "3"),
    ],
)
def test_cjk_volume_after_title(note: str, title: str, volume: str) -> None:
    fields = cjk_brackets.parse(note)
    assert fields is not None
    assert (fields.title, fields.volume) == (title, volume)


@pytest.mark.parametrize(
    "note",
    [
        "武満徹「夏の歌」スケッチ、1961年、東京、某音楽資料館所蔵、MS-12。",
        "早坂文雄「日記」、1950年、東京大学史料編纂所所蔵。",
        "王明「家书」，1931年，上海图书馆藏。",
        "김기수, 「편지」, 1925, 국사편찬위원회 소장.",
    ],
)
def test_cjk_kept_manuscript(note: str) -> None:
    assert held(note)
    assert archival_source(note)


@pytest.mark.parametrize(
    "note",
    [
        "武満徹「夏の歌」スケッチ、1961年、東京、某音楽資料館所蔵、MS-12。",
        "早坂文雄「日記」、1950年、東京大学史料編纂所所蔵。",
    ],
)
def test_cjk_kept_manuscript_kind(note: str) -> None:
    assert parse_reference(note, (1,), note=True).kind is RefKind.UNKNOWN


# -- Portuguese names: filed under the last family name; a particle after the given names ----


@pytest.mark.parametrize(
    ("note", "author"),
    [
        (
            "Cirilo Volkmar Machado, Collecção de memórias, Lisboa, Imp. de Victorino "
            "Rodrigues da Silva, 1823, p. 84.",
            "Machado, Cirilo Volkmar",
        ),
        (
            "Reynaldo dos Santos, Oito séculos de arte portuguesa, vol. 2, Lisboa, Empresa "
            "Nacional de Publicidade, 1970, p. 311.",
            "Santos, Reynaldo dos",
        ),
        (
            "Joaquim de Vasconcelos, A pintura portuguesa dos séculos XV e XVI, Coimbra, "
            "Imprensa da Universidade, 1929, p. 12.",
            "Vasconcelos, Joaquim de",
        ),
    ],
)
def test_portuguese_name_filed_under_last_family_name(note: str, author: str) -> None:
    assert parse_reference(note, (1,), note=True).authors == (author,)


@pytest.mark.parametrize(
    ("entry", "author"),
    [
        (
            "SANTOS, Reynaldo dos, *Oito séculos de arte portuguesa*, 3 vols., Lisboa, "
            "Empresa Nacional de Publicidade, 1970.",
            "SANTOS, Reynaldo dos",
        ),
        (
            "CUEVA, Mario de la: *El constitucionalismo*, Porrúa, México, 1990.",
            "CUEVA, Mario de la",
        ),
        (
            "OLIVEIRA, Adriana Cristina de, *Políticas culturais*, São Paulo, Atlas, 2010.",
            "OLIVEIRA, Adriana Cristina de",
        ),
    ],
)
def test_caps_name_with_particle_after_given_names(entry: str, author: str) -> None:
    assert parse_reference(entry, (1,)).authors == (author,)
