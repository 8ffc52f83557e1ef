"""Build tests/heldout29/odt/phou-hin-lo.odt and its key with the corpus ODT builder.

tests/corpus_build/build_odt.py writes to tests/corpus/odt; this script only points its
OUT at tests/heldout29/odt and hands it one Doc (no builder code changed).
Run from the repository root:  PYTHONPATH=. .venv/bin/python tests/heldout29/_src/_meta/phou-hin-lo.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "tests" / "heldout29" / "odt"

VONGSA = {"authors": ["ວົງສາ"], "title": "ທໍລະນີສາດ ແລະ ຊັບພະຍາກອນແຮ່ທາດຂອງ ສປປ ລາວ", "year": 2015, "kind": "book"}
METCALFE = {"authors": ["Metcalfe"], "title": "Gondwana dispersion and Asian accretion: Tectonic and palaeogeographic evolution of eastern Tethys",
            "year": 2013, "kind": "article", "doi": "10.1016/j.jseaes.2012.12.020"}
SONE = {"authors": ["Sone", "Metcalfe"], "title": "Parallel Tethyan sutures in mainland Southeast Asia: New insights for Palaeo-Tethys closure and implications for the Indosinian orogeny",
        "year": 2008, "kind": "article"}
KEOLA = {"authors": ["ແກ້ວລາ"], "title": "ລັກສະນະຫີນປູນຢູ່ແຂວງຄໍາມ່ວນ", "year": 2019, "kind": "article"}

lines = [
    "ວາລະສານວິທະຍາສາດ ມະຫາວິທະຍາໄລແຫ່ງຊາດ ສະບັບທີ ໒໔, ປີ ໒໐໒໑, ໜ້າ ໗໑–໘໕",
    "# ໂຄງສ້າງທໍລະນີສາດຂອງເຂດຫີນປູນ ພູຫີນປູນ, ແຂວງຄໍາມ່ວນ",
    "ພອນສະຫວັນ ສີສຸລາດ{fn:ຄະນະວິທະຍາສາດທໍາມະຊາດ, ມະຫາວິທະຍາໄລແຫ່ງຊາດ; ອີເມວ: phonsavanh@example.la. "
    "ຜູ້ຂຽນຂໍຂອບໃຈ ທ່ານ ບຸນມີ ສຸກສະຫວັນ ທີ່ໄດ້ຊ່ວຍເຫຼືອວຽກພາກສະໜາມ.}, ບຸນທອງ ແກ້ວມະນີ",
    "ບົດຄັດຫຍໍ້: ບົດຄວາມນີ້ສຶກສາລັກສະນະຫີນປູນຍຸກເປີມຽນ ແລະ ຖໍ້າຕ່າງໆໃນເຂດອະນຸລັກແຫ່ງຊາດ ພູຫີນປູນ.",
    "# ໑. ພາກສະເໜີ",
    "ເຂດພູຫີນປູນ ຕັ້ງຢູ່ພາກກາງຂອງ ສປປ ລາວ ແລະ ມີເນື້ອທີ່ປະມານ ໑ ໕໘໐ ກມ².{fn:ສົມພອນ ວົງສາ, "
    "{it:ທໍລະນີສາດ ແລະ ຊັບພະຍາກອນແຮ່ທາດຂອງ ສປປ ລາວ}, ວຽງຈັນ: ໂຮງພິມແຫ່ງລັດ, ໒໐໑໕, ໜ້າ ໔໕.} "
    "ຫີນປູນໃນເຂດນີ້ມີອາຍຸປະມານ ໒໖໐–໒໗໐ ລ້ານປີ.{fn:ອ້າງແລ້ວ, ໜ້າ ໕໒.}",
    "ໃນດ້ານທໍລະນີແປ້ນ (tectonics), ເຂດນີ້ແມ່ນສ່ວນໜຶ່ງຂອງແຜ່ນດິນ Indochina ທີ່ແຍກອອກມາຈາກ "
    "Gondwana.{fn:I. Metcalfe, “Gondwana dispersion and Asian accretion: Tectonic and "
    "palaeogeographic evolution of eastern Tethys,” {it:Journal of Asian Earth Sciences} 66 (2013): "
    "1–33, https://doi.org/10.1016/j.jseaes.2012.12.020.} ການປະທະກັນກັບແຜ່ນ Sibumasu "
    "ເກີດຂຶ້ນໃນຍຸກໄທຣແອັດສິກ.{fn:Ibid., 12.}",
    "# ໒. ວິທີການສຶກສາ",
    "ພວກເຮົາໄດ້ເກັບຕົວຢ່າງຫີນ ໓໔ ຕົວຢ່າງ ໃນປີ ໒໐໑໙ ຕາມການອະນຸຍາດຂອງກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່."
    "{fn:ກົດໝາຍວ່າດ້ວຍແຮ່ທາດ (ສະບັບປັບປຸງ) ເລກທີ 02/ສພຊ, ລົງວັນທີ 03 ພະຈິກ 2017, ມາດຕາ 37.}",
    "ຕາຕະລາງ ໑. ຜົນການວິເຄາະຕົວຢ່າງຫີນ",
    "|ຈຸດເກັບຕົວຢ່າງ|CaCO₃ (%)|MgCO₃ (%)|",
    "|ຖໍ້າກອງລໍ|໙໕,໒|໑,໘|",
    "|ບ້ານນາຫີນ|໙໒,໗|໓,໔|",
    "ຜົນການວິເຄາະສອດຄ່ອງກັບການສຶກສາກ່ອນໜ້ານີ້.{fn:ສົມສະໄໝ ແກ້ວລາ, “ລັກສະນະຫີນປູນຢູ່ແຂວງຄໍາມ່ວນ,” "
    "{it:ວາລະສານວິທະຍາສາດລາວ} ໘, ສະບັບທີ ໒ (໒໐໑໙): ໑໑–໒໓.} ຕົວຢ່າງທີ່ເກັບຈາກບ້ານນາຫີນ "
    "ມີ MgCO₃ ສູງກວ່າ ເຊິ່ງອາດເປັນຍ້ອນຂະບວນການໂດໂລໄມທ໌.{fn:ຂໍ້ສັງເກດນີ້ຍັງຕ້ອງໄດ້ຢືນຢັນ "
    "ດ້ວຍການວິເຄາະ XRD ໃນໄລຍະຕໍ່ໄປ.}",
    "# ໓. ການປຶກສາຫາລື",
    "ຮອຍຕໍ່ (suture) ລະຫວ່າງແຜ່ນ Indochina ແລະ Sibumasu ຍັງເປັນບັນຫາທີ່ມີການໂຕ້ແຍ້ງ."
    "{fn:M. Sone and I. Metcalfe, “Parallel Tethyan sutures in mainland Southeast Asia: New "
    "insights for Palaeo-Tethys closure and implications for the Indosinian orogeny,” "
    "{it:Comptes Rendus Geoscience} 340, no. 2–3 (2008): 166–179.} ແນວຄິດຂອງ "
    "ສົມພອນ ວົງສາ ກ່ຽວກັບອາຍຸຂອງຫີນປູນ ແມ່ນຖືກຕ້ອງ.{fn:ສົມພອນ ວົງສາ, ອ້າງແລ້ວ, ໜ້າ ໘໘.}",
    "# ເອກະສານອ້າງອີງ",
    "ສົມພອນ ວົງສາ. (໒໐໑໔). {it:ທໍລະນີສາດ ແລະ ຊັບພະຍາກອນແຮ່ທາດຂອງ ສປປ ລາວ}. ວຽງຈັນ: ໂຮງພິມແຫ່ງລັດ.",
    "ສົມສະໄໝ ແກ້ວລາ. (໒໐໑໙). ລັກສະນະຫີນປູນຢູ່ແຂວງຄໍາມ່ວນ. {it:ວາລະສານວິທະຍາສາດລາວ}, ໘(໒), ໑໑–໒໓.",
    "Metcalfe, I. (2013). Gondwana dispersion and Asian accretion: Tectonic and palaeogeographic "
    "evolution of eastern Tethys. {it:Journal of Asian Earth Sciences}, 66, 1–33. "
    "https://doi.org/10.1016/j.jseaes.2012.12.020",
    "Sone, M., & Metcalfe, I. (2008). Parallel Tethyan sutures in mainland Southeast Asia: New "
    "insights for Palaeo-Tethys closure and implications for the Indosinian orogeny. {it:Comptes "
    "Rendus Geoscience}, 340(2–3), 166–179.",
]


def para_of(prefix: str) -> int:
    n = 0
    for line in lines:
        n += len(line.strip("|").split("|")) if line.startswith("|") else 1
        if line.startswith(prefix):
            return n
    raise KeyError(prefix)


meta = {
    "title": "ໂຄງສ້າງທໍລະນີສາດຂອງເຂດຫີນປູນ ພູຫີນປູນ",
    "reader": "odt",
    "clean": False,
    "about": "Built by tests/heldout29/_src/_meta/phou-hin-lo.py with tests/corpus_build/"
    "build_odt.py: an invented Lao geology article (Phou Hin Poun karst, Khammouane) in "
    "LibreOffice, Lao digits in the running head, the text, the table and the Lao notes and "
    "entries (keyed as the number), 10 footnotes: author note (commentary), Lao book "
    "(Somphone Vongsa 2015, invented), 'ອ້າງແລ້ວ' (ibid.) after it, Metcalfe 2013 (real, DOI "
    "as remembered) then 'Ibid., 12.', the 2017 amended Law on Minerals (number and article "
    "as remembered, may differ), a Lao article (Keola 2019, invented), a commentary note, "
    "Sone & Metcalfe 2008 (real), 'ສົມພອນ ວົງສາ, ອ້າງແລ້ວ, ໜ້າ ໘໘' (op. cit.). Lao authors "
    "keyed by surname (last word). A 3-column table. ເອກະສານອ້າງອີງ of 4 APA entries (Lao "
    "first). Planted: the list gives Vongsa's book as ໒໐໑໔ (2014), notes 2 as ໒໐໑໕ (2015). "
    "Lines are body paragraph numbers.",
    "notes": {
        "1": {"kind": "commentary"},
        "2": VONGSA,
        "3": VONGSA,
        "4": METCALFE,
        "5": METCALFE,
        "6": {"title": "ກົດໝາຍວ່າດ້ວຍແຮ່ທາດ", "year": 2017},
        "7": KEOLA,
        "8": {"kind": "commentary"},
        "9": SONE,
        "10": {"authors": ["ວົງສາ"], "title": VONGSA["title"], "year": 2015},
    },
    "literature": [
        {"authors": ["ວົງສາ"], "title": VONGSA["title"], "year": 2014, "kind": "book"},
        {"authors": ["ແກ້ວລາ"], "title": KEOLA["title"], "year": 2019, "kind": "article"},
        {"authors": ["Metcalfe"], "title": METCALFE["title"], "year": 2013, "kind": "article",
         "doi": "10.1016/j.jseaes.2012.12.020"},
        {"authors": ["Sone", "Metcalfe"], "title": SONE["title"], "year": 2008, "kind": "article"},
    ],
    "defects": [{"kind": "footnote-literature-mismatch", "line": para_of("ສົມພອນ ວົງສາ. (")}],
}

doc = build_odt.Doc("phou-hin-lo", meta, lines)
build_odt.OUT.mkdir(parents=True, exist_ok=True)
doc.write()
print("wrote", build_odt.OUT / doc.name, "defect paragraph", para_of("ສົມພອນ ວົງສາ. ("))
