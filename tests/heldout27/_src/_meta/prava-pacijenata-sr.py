import json, os
A, B = "article", "book"
C = dict(kind="commentary")
mz = dict(authors=["Мујовић Зорнић"], title="Лекарска грешка и пристанак пацијента", year=2012, kind=B)
rad = dict(authors=["Радишић"], title="Медицинско право", year=2008, kind=B)
giesen = dict(authors=["Giesen"], title="International Medical Malpractice Law", year=1988, kind=B)
ign = dict(authors=["Игњатовић"], title="Пристанак пацијента у српском праву", year=2016, kind=A)
law = dict(title="Закон о правима пацијената", year=2013)
court = {}
notes = {"1": C, "2": law, "3": mz, "4": mz, "5": rad, "6": rad, "7": giesen, "8": court, "9": court,
         "10": court, "11": mz, "12": C, "13": ign}
lit = [giesen, ign, mz, dict(rad, year=2007)]
meta = {
 "about": "An invented Serbian (Cyrillic) medical-law article on informed consent, Word with FOOTNOTES: a statute note 'Закон о правима пацијената, „Службени гласник РС”, бр. 45/2013 и 25/2019 – др. закон, чл. 15–19.' (keyed with title and year only), first notes 'Х. Мујовић Зорнић, *Лекарска грешка и пристанак пацијента*, Службени гласник, Београд 2012, стр. 87–95.', 'Исто, стр. 102.' (note 4, repeats note 3), 'Уп. Ј. Радишић, …' (compare), 'Ј. Радишић, нав. дело, стр. 160.' and 'Х. Мујовић Зорнић, нав. дело, …' (op. cit., keyed with the repeated work), a Latin-script German-law book in a Cyrillic text, court decisions (Rev 2512/2015 of the Supreme Court of Cassation, Gž 1438/17 of the Novi Sad appellate court, the ECtHR's Csoma v. Romania: keyed with no fields, only their pairs count), two commentary notes (1, 12), a 3x3 table and caption, a 'Литература' of 4 entries (Latin entry first, then Cyrillic, alphabetical). Invented: the author, the project, the decision numbers and dates of the Serbian courts, Ignjatović's article (author, title, volume, pages). Real works with data as remembered (Mujović Zornić 2012, Radišić's Medicinsko pravo, Giesen 1988, the 2013 law and its Gazette number, Csoma v. Romania). Planted: the Литература gives Radišić's book as 2007, notes 5/6 as 2008: footnote-literature-mismatch at the entry's paragraph.",
 "document": "prava-pacijenata-sr.docx",
 "reader": "docx",
 "lang": "sr-Cyrl-RS",
 "heading_ids": {"1": "Heading1", "2": "Heading2"},
 "title": "Пристанак пацијента на медицинску меру у пракси судова Србије",
 "creator": "Јелена Марковић",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/prava-pacijenata-sr/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
