import json, os
A, B = "article", "book"
C = dict(kind="commentary")
gk = dict(authors=["Grūtups", "Kalniņš"], title="Civillikuma komentāri. Trešā daļa. Lietu tiesības. Īpašums", year=2002, kind=B)
rz = dict(authors=["Rozenfelds"], title="Lietu tiesības", year=2011, kind=B)
rzjv = dict(authors=["Rozenfelds"], title="Zemes tirgus ierobežojumi un Satversmes 105. pants", year=2015, kind=A)
sw = dict(authors=["Swinnen", "Van Herck", "Vranken"], title="The Diversity of Land Markets and Regulations in Europe, and (some of) its Causes", year=2016, kind=A, doi="10.1080/00220388.2015.1060318")
court = {}
notes = {"1": C, "2": dict(title="Zemes pārvaldības likums", year=2014),
         "3": dict(title="Par zemes privatizāciju lauku apvidos", year=1992),
         "4": gk, "5": gk, "6": rzjv, "7": court, "8": C, "9": rz, "10": gk, "11": court,
         "12": court, "13": court,
         "14": dict(title="Komisijas interpretējošais paziņojums par lauksaimniecības zemes iegādi un Savienības tiesību aktiem", year=2017),
         "15": sw}
lit = [gk, dict(rz, year=2013), rzjv, {k: v for k, v in sw.items() if k != "doi"}]
meta = {
 "about": "An invented Latvian agriculture-law article (Word, lv-LV, FOOTNOTES) on restrictions on buying farmland and the Land Fund's pre-emption right: an author-note commentary footnote (1), statute notes 'Zemes pārvaldības likums. Latvijas Vēstnesis, 2014. gada 30. oktobris, nr. 214.' and 'Likums „Par zemes privatizāciju lauku apvidos”. … Ziņotājs, 1992. …' (keyed with title and year), a first book note (Grūtups & Kalniņš, Civillikuma komentāri), 'Turpat, 115. lpp.' (ibid.; keyed with the repeated work), 'Skat. Rozenfelds J. Lietu tiesības …' (see), 'Grūtups A., Kalniņš E., op. cit., 120. lpp.' (keyed with the repeated work), court rulings (Satversmes tiesa 2015-16-01, Senāts SKA-287/2019, CJEU SEGRO and Horváth; 'Turpat, 81. punkts.' after the CJEU ruling: all keyed with no fields), a commentary note (8), an EU Commission notice (corporate author not keyed), an English journal article with a bare DOI URL, a 4x3 table and caption, an 'Izmantotā literatūra' of 4 plain paragraphs. Invented: the author, university project, the Satversmes tiesa case number and date, the Senate case, Rozenfelds's Jurista Vārds article (title, issue, pages). Real works with data as remembered (Grūtups & Kalniņš 2002, Rozenfelds's Lietu tiesības, Swinnen, Van Herck & Vranken 2016, the 2014 law and its Gazette issue, SEGRO and Horváth C-52/16, the Commission's 2017 interpretative communication). Planted: the literature gives Rozenfelds's Lietu tiesības as 2013, note 9 as 2011: footnote-literature-mismatch at the entry's paragraph.",
 "document": "zemes-aprite-lv.docx",
 "reader": "docx",
 "lang": "lv-LV",
 "heading_ids": {"1": "Heading1", "2": "Heading2"},
 "title": "Lauksaimniecības zemes iegādes ierobežojumi Latvijā",
 "creator": "Laura Ozoliņa",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/zemes-aprite-lv/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
