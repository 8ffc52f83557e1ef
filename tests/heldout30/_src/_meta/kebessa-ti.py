"""Build tests/heldout30/odt/kebessa-ti.odt and its key with the corpus ODT builder.

tests/corpus_build/build_odt.py writes to tests/corpus/odt; this script only points its
OUT at tests/heldout30/odt and hands it one Doc (no builder code changed).
Run from the repository root:  PYTHONPATH=. .venv/bin/python tests/heldout30/_src/_meta/kebessa-ti.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "tests" / "heldout30" / "odt"

PHILLIPSON = {"authors": ["Phillipson"], "title": "Foundations of an African Civilisation: Aksum and the Northern Horn, 1000 BC–AD 1300",
              "year": 2012, "kind": "book"}
TESFA = {"authors": ["ተስፋጽዮን ገብረመስቀል"], "title": "ጥንታዊ ታሪኽ ኤርትራ", "year": 2012, "kind": "book"}
SCHMIDT = {"title": "The Archaeology of Ancient Eritrea", "year": 2008, "kind": "book"}
MUNRO = {"authors": ["Munro-Hay"], "title": "Aksum: An African Civilisation of Late Antiquity", "year": 1991, "kind": "book"}
SENAIT = {"authors": ["ሰናይት ተኽለ"], "title": "ሸቓቓት ሓመድ ኣብ ጥንታዊት ኣዱሊስ", "year": 2019, "kind": "article"}

lines = [
    "መጽሔት ታሪኽን ባህልን ኤርትራ፡ ቅጽ 7፡ ቁ. 1 (2020)፡ ገጽ 33–51",
    "# ቅድመ-ኣኽሱማዊ ሰፈራታት ኣብ ከበሳ ኤርትራ፡ ካብ ስራሕ መስክ 2018–2019",
    "ሚኪኤል ተወልደ{fn:ክፍሊ ታሪኽን ኣርኪኦሎጂን፡ ኮሌጅ ስነ-ጥበብን ማሕበራዊ ሳይንስን፡ ዓዲ ቀይሕ። "
    "ኢመይል፡ m.tewelde@example.edu.er። ንኣባላት ሃገራዊ ቤተ-መዘክር ኤርትራ ስለ ዝሓገዙና ነመስግን።}",
    "ሓጺር ትሕዝቶ፡ እዚ ጽሑፍ'ዚ ኣብ ከበሳ ኤርትራ ዝተረኽቡ ቅድመ-ኣኽሱማዊ ሰፈራታት ይምርምር። "
    "(Abstract: this paper reviews pre-Aksumite settlements on the Eritrean plateau.)",
    "# 1. መእተዊ",
    "ከበሳ ኤርትራ ካብ ቀዳማይ ሽሕ ዓመት ቅድሚ ክርስቶስ ጀሚሩ ዓበይቲ ሰፈራታት ዝነበርዎ ቦታ እዩ።"
    "{fn:David W. Phillipson, {it:Foundations of an African Civilisation: Aksum and the Northern "
    "Horn, 1000 BC–AD 1300} (Woodbridge: James Currey, 2012), 45.} ምስ ደቡብ ዓረብ ዝነበረ ርክብ "
    "ኣብ ጽሑፋትን ስነ-ህንጻን ይረአ።{fn:ኣብ ዝተጠቕሰ፡ ገጽ 48።}",
    "ኣብ ቋንቋ ትግርኛ ዝተጻሕፉ ስራሓት ውሑዳት እኳ እንተኾኑ፡ ገለ ኣገደስቲ መጽናዕትታት ኣለዉ።"
    "{fn:ተስፋጽዮን ገብረመስቀል፡ {it:ጥንታዊ ታሪኽ ኤርትራ}፡ ኣስመራ፡ ሕድሪ ኣሕተምቲ፡ 2012፡ ገጽ 77።}",
    "# 2. ስራሕ መስክ",
    "ኣብ 2018ን 2019ን ኣብ ከባቢ ሰምበል (ኣስመራ) ከምኡ'ውን ኣብ ማታራ ፍተሻ ተኻይዱ።"
    "{fn:Peter R. Schmidt, Matthew C. Curtis, and Zelalem Teka, eds., {it:The Archaeology of "
    "Ancient Eritrea} (Trenton, NJ: Red Sea Press, 2008).} ኣብ ሰምበል ዝተረኽበ ሸቓቓት "
    "ሓመድ ምስቲ ቅድሚ ሕጂ ዝተሓተመ ይሰማማዕ።{fn:Ibid., 112.}",
    "ሰንጠረዥ 1። ዝተረኽቡ ኣቕሑ ብዓይነቶም",
    "|ቦታ|ሸቓቓት ሓመድ|ኣቕሑ እምኒ|",
    "|ሰምበል|1 214|86|",
    "|ማታራ|2 037|142|",
    "ብዝሒ ኣቕሑ ኣብ ማታራ ዝለዓለ እዩ።{fn:እዚ ቍጽሪ'ዚ ናይ ፍተሻ ላዕለዋይ ሽፋን ጥራይ የጠቓልል፡ "
    "ዝተሓተ ሽፋን ገና ኣይተመርመረን።}",
    "# 3. ዘተ",
    "ኣብ ኣኽሱማዊ እዋን ዝተራእየ ለውጢ ሰፈራ ብዙሓት ተመራመርቲ ገሊጾሞ እዮም።"
    "{fn:Stuart Munro-Hay, {it:Aksum: An African Civilisation of Late Antiquity} (Edinburgh: "
    "Edinburgh University Press, 1991), 57–60.} ሸቓቓት ሓመድ ኣዱሊስ ድማ ምስ ናይ ከበሳ "
    "ይነጻጸር።{fn:ሰናይት ተኽለ፡ “ሸቓቓት ሓመድ ኣብ ጥንታዊት ኣዱሊስ”፡ {it:መጽሔት ኣርኪኦሎጂ ኤርትራ} 3 "
    "(2019)፡ 15–29።} እዚ ርእይቶ'ዚ ምስቲ ቀዳማይ ትንታነ ይሰማማዕ።"
    "{fn:ተስፋጽዮን ገብረመስቀል፡ ኣብ ዝተጠቕሰ፡ ገጽ 90።}",
    "# መወከሲታት",
    "ሰናይት ተኽለ። 2019። “ሸቓቓት ሓመድ ኣብ ጥንታዊት ኣዱሊስ”። {it:መጽሔት ኣርኪኦሎጂ ኤርትራ} 3፡ 15–29።",
    "ተስፋጽዮን ገብረመስቀል። 2011። {it:ጥንታዊ ታሪኽ ኤርትራ}። ኣስመራ፡ ሕድሪ ኣሕተምቲ።",
    "Munro-Hay, Stuart. 1991. {it:Aksum: An African Civilisation of Late Antiquity}. Edinburgh: "
    "Edinburgh University Press.",
    "Phillipson, David W. 2012. {it:Foundations of an African Civilisation: Aksum and the Northern "
    "Horn, 1000 BC–AD 1300}. Woodbridge: James Currey.",
    "Schmidt, Peter R., Matthew C. Curtis, and Zelalem Teka, eds. 2008. {it:The Archaeology of "
    "Ancient Eritrea}. Trenton, NJ: Red Sea Press.",
]


def para_of(prefix: str) -> int:
    n = 0
    for line in lines:
        n += len(line.strip("|").split("|")) if line.startswith("|") else 1
        if line.startswith(prefix):
            return n
    raise KeyError(prefix)


meta = {
    "title": "ቅድመ-ኣኽሱማዊ ሰፈራታት ኣብ ከበሳ ኤርትራ",
    "reader": "odt",
    "clean": False,
    "about": "Built by tests/heldout30/_src/_meta/kebessa-ti.py with tests/corpus_build/"
    "build_odt.py: an invented Tigrinya (Ge'ez script) archaeology paper on pre-Aksumite "
    "settlements (Sembel, Matara) in LibreOffice, 10 footnotes in Chicago notes style: author "
    "note (commentary, e-mail), Phillipson 2012 (real), 'ኣብ ዝተጠቕሰ፡ ገጽ 48።' (Tigrinya ibid.), "
    "a Tigrinya book (Tesfatsion Gebremeskel 2012, invented), the Schmidt/Curtis/Zelalem Teka "
    "edited volume 2008 (real; editors not keyed) then 'Ibid., 112.', a commentary note, "
    "Munro-Hay 1991 (real), a Tigrinya article (Senait Tekle 2019, invented), 'ተስፋጽዮን "
    "ገብረመስቀል፡ ኣብ ዝተጠቕሰ፡ ገጽ 90።' (op. cit.). Habesha names have no surname: the whole "
    "name as written is keyed as the author (heldout28's convention for Ethiopian names; key "
    "correction, see HALF_B.md). A 3-column table. መወከሲታት of 5 author-date entries "
    "(Tigrinya first). Planted: the list gives Tesfatsion's book as 2011, note 4 as 2012: "
    "footnote-literature-mismatch at the list entry's paragraph. Lines are body paragraph numbers.",
    "notes": {
        "1": {"kind": "commentary"},
        "2": PHILLIPSON,
        "3": PHILLIPSON,
        "4": TESFA,
        "5": SCHMIDT,
        "6": SCHMIDT,
        "7": {"kind": "commentary"},
        "8": MUNRO,
        "9": SENAIT,
        "10": {"authors": ["ተስፋጽዮን ገብረመስቀል"], "title": TESFA["title"], "year": 2012},
    },
    "literature": [
        SENAIT,
        {"authors": ["ተስፋጽዮን ገብረመስቀል"], "title": TESFA["title"], "year": 2011, "kind": "book"},
        MUNRO,
        PHILLIPSON,
        SCHMIDT,
    ],
    "defects": [{"kind": "footnote-literature-mismatch", "line": para_of("ተስፋጽዮን ገብረመስቀል። ")}],
}

doc = build_odt.Doc("kebessa-ti", meta, lines)
build_odt.OUT.mkdir(parents=True, exist_ok=True)
doc.write()
print("wrote", build_odt.OUT / doc.name, "defect paragraph", para_of("ተስፋጽዮን ገብረመስቀል። "))
