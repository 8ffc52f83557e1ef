import json
A, B, W = "article", "book", "web"
seidler = dict(authors=["Seidler", "Leven"], title="Geschichte der Medizin und der Krankenpflege", year=2003, kind=B)
sticker = dict(authors=["Sticker"], title="Die Entstehung der neuzeitlichen Krankenpflege. Deutsche Quellenstücke aus der ersten Hälfte des 19. Jahrhunderts", year=1960, kind=B)
bischoff = dict(authors=["Bischoff"], title="Frauen in der Krankenpflege. Zur Entwicklung von Frauenrolle und Frauenberufstätigkeit im 19. und 20. Jahrhundert", year=1984, kind=B)
schmidt = dict(authors=["Schmidt"], title="Beruf: Schwester. Mutterhausdiakonie im 19. Jahrhundert", year=1998, kind=B)
koeser = dict(authors=["Köser"], title="Denn eine Diakonisse darf kein Alltagsmensch sein. Kollektive Identitäten Kaiserswerther Diakonissen 1836–1914", year=2006, kind=B)
quellen = dict(title="Quellen zur Geschichte der Krankenpflege. Mit Einführungen und Kommentaren", year=2008, kind=B)
nightingale = dict(authors=["Nightingale"], title="Notes on Nursing. What It Is, and What It Is Not", year=1859, kind=B)
nolte = dict(authors=["Nolte"], title="Todkrank. Sterbebegleitung im 19. Jahrhundert: Medizin, Krankenpflege und Religion", year=2016, kind=B)
thiel = dict(authors=["Thiel"], title="Diakonissen in der ländlichen Gemeindepflege Westfalens, 1860–1914", year=2013, kind=A)
schweikardt_n = dict(authors=["Schweikardt"], title="Die Entwicklung der Krankenpflege zur staatlich anerkannten Tätigkeit im 19. und frühen 20. Jahrhundert. Das Zusammenwirken von Modernisierungsbestrebungen, ärztlicher Dominanz, konfessioneller Selbstbehauptung und Vorgaben preußischer Regierungspolitik", year=2008, kind=B)
schweikardt_l = dict(authors=["Schweikardt"], title="Die Entwicklung der Krankenpflege zur staatlich anerkannten Tätigkeit im 19. und frühen 20. Jahrhundert", year=2008, kind=B)
web = dict(title="Unsere Geschichte", url="https://www.kaiserswerther-diakonie.de/ueber-uns/geschichte", kind=W)
steppe = dict(authors=["Steppe"], title="Das Selbstverständnis der Krankenpflege in ihrer historischen Entwicklung", year=2000, kind=A)
C = dict(kind="commentary")
notes = {"1": seidler, "2": sticker, "3": sticker, "4": sticker, "5": bischoff, "6": schmidt, "7": schmidt,
         "8": koeser, "9": koeser, "10": quellen, "11": quellen, "12": nightingale, "13": seidler, "14": C,
         "15": nolte, "16": nolte, "17": thiel, "18": schweikardt_n, "19": schmidt, "20": bischoff,
         "21": web, "22": steppe, "23": C}
lit = [bischoff, quellen, koeser, nightingale, nolte, dict(schmidt, year=1989), schweikardt_l, seidler, steppe, sticker, thiel, web]
meta = {
 "about": "A chapter (Kapitel 3) of an invented German master's thesis in nursing science on the Kaiserswerth deaconess motherhouse and the professionalisation of nursing, as a Word document (German heading style ids berschrift1/berschrift2, as German Word writes them) with Chicago-style German footnotes: first full citations (Vorname Name, *Titel*, Ort Jahr, S. …), Vgl., Ebd., Vgl. ebd., S. 145 ff., S. 12 f., a. a. O. (Seidler/Leven, a. a. O.; Schmidt, a. a. O.), a short title note (Bischoff, *Frauen in der Krankenpflege*, S. 122), an edited source collection (hg. v.), an article „…“, in: *Journal* 28 (2013), S. …, hier S. …, a web page with a hyperlink and 'abgerufen am 3. Mai 2024', two commentary notes (14, 23); a three-column table (a bracketed estimate '(97)', no citation); a Literaturverzeichnis of 11 entries and an Internetquellen list of one, in the Bibliography paragraph style (Name, Vorname: Titel, Ort: Verlag Jahr). Invented: the thesis, the table's figures, note 17's article (Mareike Thiel, Historia Hospitalium 2013) and the Kaiserswerther Diakonie URL; other works real with data as remembered. Notes repeating a work (Ebd., a. a. O., short title) keyed with that work's fields; the edited collection keyed without authors. Planted: the Literaturverzeichnis gives Schmidt's Beruf: Schwester as 1989 while note 6 (and 7, 19) give 1998, footnote-literature-mismatch at the entry's paragraph.",
 "document": "kaiserswerth-pflege-kap3.docx",
 "reader": "docx",
 "lang": "de-DE",
 "heading_ids": {"1": "berschrift1", "2": "berschrift2"},
 "title": "Kapitel 3 – Kaiserswerther Mutterhausdiakonie",
 "creator": "Studentin",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
open(__import__("os").path.join(__import__("os").path.dirname(__file__), "../docx/kaiserswerth-pflege-kap3/meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
