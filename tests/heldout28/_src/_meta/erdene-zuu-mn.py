"""Build tests/heldout28/odt/erdene-zuu-mn.odt and its key with the corpus ODT builder.

tests/corpus_build/build_odt.py writes to tests/corpus/odt; this script only points its
OUT at tests/heldout28/odt and hands it one Doc (no builder code changed).
Run from the repository root:  PYTHONPATH=. .venv/bin/python tests/heldout28/_src/_meta/erdene-zuu-mn.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "tests" / "heldout28" / "odt"

MAIDAR = {"authors": ["Майдар"], "title": "Монголын архитектур ба хот байгуулалт", "year": 1972, "kind": "book"}
TSULTEM = {"authors": ["Цүлтэм"], "title": "Монголын уран барилга", "year": 1988, "kind": "book"}
CHARLEUX = {"authors": ["Charleux"], "title": "Temples et monastères de Mongolie-Intérieure", "year": 2006, "kind": "book"}
POZD = {"authors": ["Позднеев"], "title": "Очерки быта буддийских монастырей и буддийского духовенства в Монголии", "year": 1887, "kind": "book"}

lines = [
    "Монгол Улсын Шинжлэх Ухааны Академи, Түүх, археологийн хүрээлэн",
    "# Эрдэнэ Зуу хийдийн барилгын түүхэн хөгжил (XVI–XIX зуун)",
    "Б. Оюунчимэг, С. Батзориг",
    "Хураангуй. Энэхүү өгүүлэлд Эрдэнэ Зуу хийдийн барилгын үе шатуудыг архивын баримт, "
    "хэмжилтийн зураг болон хуулийн баримт бичигт тулгуурлан авч үзэв.",
    "Түлхүүр үг: Эрдэнэ Зуу, уран барилга, Хархорум, соёлын өв",
    "# 1. Оршил",
    "Эрдэнэ Зуу хийдийг 1585 онд Абтай сайн хан Хархорум хотын туурин дээр байгуулсан нь "
    "монгол уран барилгын түүхэнд шинэ үеийг эхлүүлсэн юм.{fn:Д. Майдар, {it:Монголын "
    "архитектур ба хот байгуулалт}, Улаанбаатар: Улсын хэвлэлийн газар, 1972, х. 45–52.} "
    "Хийдийн анхны гурван сүм хятад загварын модон бүтэцтэй байсан.{fn:Мөн тэнд, х. 60.}",
    "Хожим XVIII зуунд баригдсан сүмүүд төвөд, монгол, хятад хэв маягийг хослуулсан "
    "нь Н. Цүлтэмийн ангилалд «холимог хэв маяг» гэж нэрлэгддэг.{fn:Н. Цүлтэм, "
    "{it:Монголын уран барилга}, Улаанбаатар: Улсын хэвлэлийн газар, 1988, х. 14–17.}",
    "# 2. Хууль эрх зүйн орчин ба архивын эх сурвалж",
    "Хийдийн хашаа, суврага, сүмүүд нь соёлын өвийн улсын хамгаалалтад байдаг."
    "{fn:Соёлын өвийг хамгаалах тухай хууль, 2014 оны 5 дугаар сарын 15-ны өдөр, "
    "24 дүгээр зүйл.} 1930-аад оны хэлмэгдүүлэлтийн үед хийдийн ихэнх барилга "
    "нурааж устгагдсан боловч гол сүмүүд хадгалагдан үлджээ.{fn:ҮТА, ф. А-3, д. 1, "
    "х/н 212, 3-р хуудас.} 1944 оны шийдвэрээр гурван сүмийг музей болгосон."
    "{fn:Мөн тэнд, 5-р хуудас.}",
    "Хүснэгт 1. Эрдэнэ Зуу хийдийн гол барилгууд",
    "|Барилга|Баригдсан он|Одоогийн төлөв|",
    "|Зүүн зуу|1585–1586|Музей|",
    "|Лавран сүм|1760 орчим|Идэвхтэй хурал|",
    "|Алтан суварга|1799|Сэргээн засварласан|",
    "XIX зууны төгсгөлд хийдэд очсон А. М. Позднеев хийдийн бүтцийг нарийн "
    "тэмдэглэн үлдээсэн.{fn:А. М. Позднеев, {it:Очерки быта буддийских монастырей и "
    "буддийского духовенства в Монголии}, Санкт-Петербург, 1887, с. 45.} Түүний "
    "тэмдэглэл өнөөдрийн сэргээн засварлалтын ажилд ач холбогдолтой.",
    "# 3. Харьцуулалт",
    "Өвөр Монголын хийдүүдтэй харьцуулахад Эрдэнэ Зуугийн хашааны дөрвөлжин төлөвлөлт "
    "илүү эртний уламжлалтай.{fn:Isabelle Charleux, {it:Temples et monastères de "
    "Mongolie-Intérieure}, Paris: CTHS / INHA, 2006, p. 112.} Энэ дүгнэлтийг "
    "Майдар ч бас дэмжиж байсан.{fn:Майдар, дээрх бүтээл, х. 88.}",
    "Хашааны 108 суврагыг нэг дор барьсан эсэх талаар эрдэмтдийн дунд санал зөрөлдөөнтэй "
    "байна.{fn:Энэ асуудлыг 2022 оны хээрийн судалгааны үеэр нарийвчлан шалгах "
    "боломж гараагүй тул дараагийн өгүүлэлд авч үзнэ.} Суврагуудын байршлын схемийг "
    "{link:https://www.erdenezuu.mn/suvarga|Эрдэнэ Зуу музейн нийтэлсэн хэмжилтийн} дагуу "
    "зурав.",
    "# Ном зүй",
    "Майдар, Д. {it:Монголын архитектур ба хот байгуулалт}. Улаанбаатар: Улсын хэвлэлийн "
    "газар, 1972.",
    "Позднеев, А. М. {it:Очерки быта буддийских монастырей и буддийского духовенства в "
    "Монголии}. Санкт-Петербург, 1887.",
    "Цүлтэм, Н. {it:Монголын уран барилга}. Улаанбаатар: Улсын хэвлэлийн газар, 1987.",
    "Charleux, Isabelle. {it:Temples et monastères de Mongolie-Intérieure}. Paris: CTHS / "
    "INHA, 2006.",
]


def para_of(prefix: str) -> int:
    n = 0
    for line in lines:
        n += len(line.strip("|").split("|")) if line.startswith("|") else 1
        if line.startswith(prefix):
            return n
    raise KeyError(prefix)


meta = {
    "title": "Эрдэнэ Зуу хийдийн барилгын түүхэн хөгжил",
    "reader": "odt",
    "clean": False,
    "about": "Built by tests/heldout28/_src/_meta/erdene-zuu-mn.py with tests/corpus_build/"
    "build_odt.py: an invented Mongolian (Cyrillic) architecture-history article in "
    "LibreOffice, 9 footnotes: books (Maidar 1972, Tsultem 1988, Pozdneev 1887, Charleux "
    "2006, real works, pages as remembered), 'Мөн тэнд' (ibid.) after Maidar and after an "
    "archive file, 'дээрх бүтээл' (op. cit.), the 2014 Law on the Protection of Cultural "
    "Heritage (article number as remembered), an invented National Central Archives (ҮТА) "
    "file, a commentary note; a link citing its sentence (L1, invented page); a table; a Ном зүй of 4 entries. Authors, institute and the "
    "archive file are invented. Planted: the Ном зүй gives Tsultem as 1987, note 3 as 1988. "
    "Lines are body paragraph numbers.",
    "notes": {
        "1": MAIDAR,
        "2": MAIDAR,
        "3": TSULTEM,
        "4": {"title": "Соёлын өвийг хамгаалах тухай хууль", "year": 2014},
        "5": {},
        "6": {},
        "7": POZD,
        "8": CHARLEUX,
        "9": {"authors": ["Майдар"], "title": "Монголын архитектур ба хот байгуулалт", "year": 1972},
        "10": {"kind": "commentary"},
        "L1": {"url": "https://www.erdenezuu.mn/suvarga"},
    },
    "literature": [
        {"authors": ["Майдар"], "title": "Монголын архитектур ба хот байгуулалт", "year": 1972},
        {"authors": ["Позднеев"], "title": POZD["title"], "year": 1887},
        {"authors": ["Цүлтэм"], "title": "Монголын уран барилга", "year": 1987},
        {"authors": ["Charleux"], "title": CHARLEUX["title"], "year": 2006},
    ],
    "defects": [{"kind": "footnote-literature-mismatch", "line": para_of("Цүлтэм, Н.")}],
}

doc = build_odt.Doc("erdene-zuu-mn", meta, lines)
doc.cites.append(("L1", para_of("Хашааны 108")))
build_odt.OUT.mkdir(parents=True, exist_ok=True)
doc.write()
print("wrote", build_odt.OUT / doc.name, "defect paragraph", para_of("Цүлтэм, Н."))
