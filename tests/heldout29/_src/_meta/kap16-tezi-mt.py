import json, os
A, B = "article", "book"
C = dict(kind="commentary")
bo = dict(authors=["Borg"], title="A Commentary on the Constitution of Malta", year=2016, kind=B)
cr = dict(authors=["Cremona"], title="The Maltese Constitution and Constitutional History since 1813", year=1994, kind=B)
ga = dict(authors=["Galea"], title="Id-dewmien fil-proċeduri ċivili u l-Artikolu 39 tal-Kostituzzjoni", year=2019, kind=A)
hb = dict(authors=["Harris", "O'Boyle", "Bates", "Buckley"], title="Law of the European Convention on Human Rights", year=2018, kind=B)
notes = {"1": dict(title="Kostituzzjoni ta' Malta"),
         "2": dict(title="Kodiċi ta' Organizzazzjoni u Proċedura Ċivili"),
         "3": bo, "4": bo,
         "5": dict(title="Att dwar il-Konvenzjoni Ewropea", year=1987),
         "6": cr, "7": C, "8": {}, "9": ga, "10": ga, "11": hb, "12": bo, "13": cr}
meta = {
 "about": "An invented chapter of a Maltese law thesis (LL.D. style) on the right to a fair hearing within a reasonable time in civil proceedings, as Word's Save as Plain Text gives it with ENDNOTES: one line a paragraph, markers '[1]' glued after the punctuation, a '________________' separator then the endnotes '[n] text', OSCOLA-like notes in Maltese and English: the Constitution (Artikolu 39(2); keyed with its title), 'Kodiċi ta' Organizzazzjoni u Proċedura Ċivili, Kap. 12 tal-Liġijiet ta' Malta, art. 195.' (title), the European Convention Act 'Kap. 319 … (Att XIV tal-1987)' (title and year), Borg 2016 then 'ibid. 240.' and 'Borg (n 3) 251.', 'Ara J.J. Cremona, …' (ara = see) and 'Cremona, op. cit., 102.', a commentary note (7), a Constitutional Court case (8, keyed with no fields), a Maltese article in Id-Dritt '(2019) 30 Id-Dritt 45, 52.' then 'ibid. 58.', Harris, O'Boyle, Bates u Buckley (u = and); repeat notes keyed with the repeated work; a tab-separated table whose rows start with letters, a caption; a 'BIBLJOGRAFIJA' of 4 entries 'Borg T., Title (Publisher Year).'. Invented: the thesis, the Camilleri case and its date, Galea's Id-Dritt article, the table. Real works with data as remembered (Borg 2016 Kite; Cremona 1994 PEG; Harris, O'Boyle, Bates & Buckley 4th edn 2018; Cap. 12, Cap. 319 = Act XIV of 1987). Planted: the Bibljografija dates Galea's article 2018, note 9 dates it 2019: footnote-literature-mismatch at the entry's line.",
 "document": "kap16-tezi-mt.txt",
 "reader": "plain-text",
 "flat": True,
 "clean": True,
 "notes": notes,
 "literature": [bo, cr, dict(ga, year=2018), hb],
}
p = os.path.join(os.path.dirname(__file__), "../plaintext/kap16-tezi-mt/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
