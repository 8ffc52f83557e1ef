import json, os
A, B, W = "article", "book", "web"
C = dict(kind="commentary")
mitrany = dict(authors=["Mitrany"], title="The Land and the Peasant in Rumania: The War and Agrarian Reform (1917–21)", year=1930, kind=B)
sandru = dict(authors=["Șandru"], title="Reforma agrară din 1921 în România", year=1975, kind=B)
hitchins = dict(authors=["Hitchins"], title="România 1866–1947", year=1998, kind=B)
roberts = dict(authors=["Roberts"], title="Rumania: Political Problems of an Agrarian State", year=1951, kind=B)
livezeanu = dict(authors=["Livezeanu"], title="Cultură și naționalism în România Mare, 1918–1930", year=1998, kind=B)
scurtu = dict(title="Istoria românilor", year=2003, kind=B)
arch = {}
notes = {"1": C, "2": mitrany, "3": sandru, "4": sandru, "5": arch, "6": arch, "7": sandru,
         "8": hitchins, "9": hitchins, "10": roberts, "11": livezeanu, "12": scurtu, "13": C}
lit = [arch, hitchins, livezeanu, mitrany, roberts, scurtu, dict(sandru, year=1976)]
meta = {
 "about": "An invented Romanian history article on the 1921 agrarian reform in the Old Kingdom, written in Word with ENDNOTES (numbered 1, 2, 3 as the author set them), Romanian note conventions: 'Ibidem, p. 58.' (note 4, repeats Șandru), 'Idem, *România 1866–1947*, p. 362–364.' (note 9, Hitchins), 'C. Garoflid, *Chestiunea agrară în România*, București, 1920, p. 22, apud D. Șandru, *op. cit.*, p. 71.' (note 7, keyed with the work consulted and listed, Șandru), archive notes 'Arhivele Naționale ale României (în continuare ANR), fond …, dosar 12/1921, f. 3–5.' and 'ANR, fond cit., dosar 47/1922, f. 11v.' (notes 5, 6: an archival file is not a published work, keyed with no fields: only their citation pairs count), 'trad.', 'ed. a II-a', '(coord.)' (Scurtu's edited volume keyed without authors), 'p. 45 și urm.'; two commentary endnotes (1, 13); a 3×3 table with a caption; a 'Bibliografie' of 7 entries in the Bibliography style ('Nume, Prenume, *Titlu*, Loc, Editură, an.'), the first an archive fonds (keyed with no fields). Invented: the author, his affiliation, the Ialomița/Teleorman figures, the dossiers' numbers and contents. Real works with data as remembered (Garoflid's 1920 title and pages invented; editions/pages may differ). Planted: the Bibliografie gives Șandru's book as 1976, notes 3/4/7 as 1975: footnote-literature-mismatch at the entry's paragraph.",
 "document": "reforma-agrara-1921-ro.docx",
 "reader": "docx",
 "lang": "ro-RO",
 "heading_ids": {"1": "Titlu1", "2": "Titlu2"},
 "title": "Reforma agrară din 1921 și țărănimea din Vechiul Regat",
 "creator": "Andrei-Mihai Popescu",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/reforma-agrara-1921-ro/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
