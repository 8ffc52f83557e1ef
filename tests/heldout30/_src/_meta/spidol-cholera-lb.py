import json, os
B, A, C = "book", "article", "commentary"
weyland = dict(authors=["Weyland"], title="D'Cholera vun 1866 an der Stad Lëtzebuerg", year=2009, kind=B)
evans = dict(authors=["Evans"], title="Death in Hamburg: Society and Politics in the Cholera Years, 1830–1910", year=1987, kind=B)
hoff = dict(authors=["Hoffmann"], title="D'Hospice civil an d'Aarmenhëllef, 1843–1890", year=2006, kind=A)
rosen = dict(authors=["Rosenberg"], title="The Cholera Years: The United States in 1832, 1849, and 1866", year=1962, kind=B)
reg = dict(title="Registre des entrées de l'Hospice civil de Luxembourg, 1864–1868")
notes = {"1": dict(kind=C), "2": reg, "3": weyland, "4": weyland, "5": evans, "6": dict(kind=C),
         "7": hoff, "8": rosen, "9": weyland, "10": reg, "11": evans, "12": evans,
         "13": dict(title="Luxemburger Wort", year=1866), "14": hoff}
lit = [reg, dict(title="Luxemburger Wort", year=1866), evans, hoff, rosen, weyland]
meta = {
 "about": "An invented Luxembourgish history-of-medicine article (Word, lb-LU, footnotes) on the 1866 cholera in the Hospice civil of Luxembourg City, Chicago notes-bibliography: an author note (commentary), an archival first note 'Archives nationales de Luxembourg (ANLux), H-0123, *Registre …*, fol. 12r.' and its short form 'ANLux, H-0123, fol. 30v.', full first notes then short notes 'Weyland, *Cholera vun 1866*, 88.', 'Ibid., 47.', Luxembourgish 'Ebd., 233.', 'Kuck Charles E. Rosenberg, …' (see), a commentary note, a newspaper issue, a 4×3 table and its caption, a 'Bibliographie' split into 'Quellen' (2) and 'Literatur' (4). Invented: the author, the shelf mark H-0123, the register's figures, Roger Weyland's book, Lucien Hoffmann's Hémecht article (Hémecht is a real journal), the Luxemburger Wort issue. Real works with data as remembered: Evans, Death in Hamburg (1987); Rosenberg, The Cholera Years (1962). Archival register keyed with its title only; the newspaper keyed title and year. Clean.",
 "document": "spidol-cholera-lb.docx",
 "reader": "docx",
 "lang": "lb-LU",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/spidol-cholera-lb/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
