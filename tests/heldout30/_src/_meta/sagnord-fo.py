import json, os
B, A = "book", "article"
lit = [
 dict(authors=["Hammershaimb"], title="Færøsk sproglære", year=1854, kind=A),
 dict(authors=["Jacobsen", "Matras"], title="Føroysk-donsk orðabók", year=1961, kind=B),
 dict(authors=["Joensen"], title="Sagnorðsbending í talmáli í Suðuroy", year=2017, kind=A),
 dict(authors=["Lockwood"], title="An Introduction to Modern Faroese", year=1955, kind=B),
 dict(authors=["Petersen"], title="The Dynamics of Faroese-Danish Language Contact", year=2010, kind=B),
 dict(authors=["Thráinsson", "Petersen", "Jacobsen", "Hansen"], title="Faroese: An Overview and Reference Grammar", year=2004, kind=B),
 dict(authors=["Weyhe"], title="Bendingarmunur í føroyskum málførum", year=1996, kind=A),
]
notes = {str(i + 1): e for i, e in enumerate(lit) if i != 2}
meta = {
 "about": "An invented Faroese linguistics paper on strong verbs in spoken Faroese, as Word's Save as Plain Text writes it (CRLF, one line a paragraph, a tab-separated table 'Talva 1' of verb forms, numbered example sentences (1a), (1b), (2) that are no citations): author-date citations '(Thráinsson o.o. 2004: 45)' (o.o. = et al.), 'Lockwood (1955)', '(sí Petersen 2010; Jacobsen & Matras 1961)' (sí = see), 'Hammershaimb (1854: 250)', '(Weyhe 1996)', 'Thráinsson o.o. (2004: 112–114)', '(Petersen 2010: 88)', and a 'Bókmentir' list of 7 Harvard entries (year after the names), alphabetical. Label convention (no numbers in the text): each citation keyed by the position of the entry it cites in the Bókmentir list (1–7). Invented: the author, the recordings and figures, Joensen 2017 (Málting is a real magazine). Real works with data as remembered: Hammershaimb 1854, Jacobsen & Matras 1961 (2nd ed.), Lockwood 1955, Petersen 2010, Thráinsson, Petersen, Jacobsen & Hansen 2004; Weyhe 1996 as remembered (title and pages may differ). Planted: entry 3 (Joensen 2017, line 43) is cited nowhere: uncited-literature-entry at line 43.",
 "document": "sagnord-fo.txt",
 "flat": True,
 "reader": "plain-text",
 "newline": {"sagnord-fo.txt": "\r\n"},
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../plaintext/sagnord-fo/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
