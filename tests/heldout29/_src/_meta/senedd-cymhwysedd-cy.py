import json, os
A, B, R = "article", "book", "report"
C = dict(kind="commentary")
jw = dict(authors=["Jones", "Williams"], title="Wales as a Jurisdiction", year=2004, kind=A)
rw = dict(authors=["Rawlings"], title="Delineating Wales: Constitutional, Legal and Administrative Aspects of National Devolution", year=2003, kind=B)
ws = dict(authors=["Wyn Jones", "Scully"], title="Wales Says Yes: Devolution and the 2011 Welsh Referendum", year=2012, kind=B)
cj = dict(title="Cyfiawnder yng Nghymru dros Bobl Cymru", year=2019, kind=R)
court = {}
notes = {"1": C, "2": dict(title="Deddf Llywodraeth Cymru 2006", year=2006),
         "3": dict(title="Deddf Cymru 2017", year=2017),
         "4": jw, "5": jw, "6": court, "7": C, "8": court, "9": rw, "10": jw,
         "11": dict(cj, url="https://llyw.cymru/comisiwn-ar-gyfiawnder-yng-nghymru"), "12": cj,
         "13": dict(title="Mesur y Gymraeg (Cymru) 2011", year=2011),
         "14": ws, "15": rw}
wt = dict(authors=["Watkin"], title="The Legal History of Wales", year=2012, kind=B)
lit = [cj, jw, rw, wt, ws]
meta = {
 "about": "An invented Welsh (Cymraeg) public-law article (Word, cy-GB, FOOTNOTES) on the Senedd's legislative competence after the Wales Act 2017, OSCOLA-style notes in Welsh: an author-note commentary footnote (1), statute notes 'Deddf Llywodraeth Cymru 2006, a. 108A(2)(c) ac Atodlen 7A.', 'Deddf Cymru 2017, a. 3 …', 'Mesur y Gymraeg (Cymru) 2011, a. 1(1).' (keyed with title and year), a journal article in OSCOLA year-volume form '[2004] Public Law 78, 82', 'Ibid., t. 85.' and 'Ibid., para. 11.12.' (keyed with the repeated work), 'Gw. R. Rawlings, *Delineating Wales …* (Caerdydd: Gwasg Prifysgol Cymru, 2003), t. 45.' (gw. = see), 'Jones a Williams, op. cit., t. 90.' and 'Rawlings, op. cit., t. 112.' (keyed with the repeated work), two UKSC cases with neutral citations ([2014] UKSC 43, [2019] UKSC 41: keyed with no fields), a commentary note (7), the Commission on Justice in Wales report in Welsh with a link (corporate author not keyed), a 3x3 table and caption, a 'Llyfryddiaeth' of 5 plain paragraphs. Invented: the author, her affiliation and conference, the table's figures, the exact report URL. Real works with data as remembered (Jones & Williams 2004 PL 78; Rawlings 2003; Wyn Jones & Scully 2012; Watkin 2012 2nd ed.; the Thomas Commission report Oct 2019). Planted: Watkin's The Legal History of Wales is in the Llyfryddiaeth but cited by no note: uncited-literature-entry at its paragraph.",
 "document": "senedd-cymhwysedd-cy.docx",
 "reader": "docx",
 "lang": "cy-GB",
 "heading_ids": {"1": "Heading1", "2": "Heading2"},
 "title": "Cymhwysedd deddfwriaethol y Senedd wedi Deddf Cymru 2017",
 "creator": "Elin Haf Pritchard",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/senedd-cymhwysedd-cy/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
