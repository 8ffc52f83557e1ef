import json, os
A, B, W, C = "article", "book", "web", "chapter"
maxwell = dict(authors=["Maxwell"], title="A Dynamical Theory of the Electromagnetic Field", year=1865, doi="10.1098/rstl.1865.0008", kind=A)
harman = dict(authors=["Harman"], title="The Natural Philosophy of James Clerk Maxwell", year=1998, kind=B)
hunt = dict(authors=["Hunt"], title="The Maxwellians", year=1991, kind=B)
notes = {
 "1": maxwell, "2": maxwell,
 "3": dict(authors=["Faraday"], title="Experimental Researches in Electricity", year=1839, kind=B),
 "4": harman, "5": dict(kind="commentary"), "6": harman,
 "7": dict(authors=["Schaffer"], title="Accurate Measurement is an English Science", year=1995, kind=C),
 "8": hunt, "9": hunt,
 "10": dict(authors=["Hertz"], title="Über Strahlen elektrischer Kraft", year=1889, kind=A),
 "11": dict(authors=["Γαβρόγλου"], title="Το παρελθόν των επιστημών ως ιστορία", year=2004, kind=B),
 "12": dict(title="Philosophical Transactions of the Royal Society of London", url="https://royalsocietypublishing.org/journal/rstl", kind=W),
}
meta = {
 "about": "Chapter 3 of an invented Greek-language history-of-physics book (Maxwell and the Maxwellians) as its EPUB 3 XHTML file (OEBPS/Text/ch03.xhtml shape): epub:type=\"noteref\" role=\"doc-noteref\" anchors holding <sup>n</sup>, an endnotes section (epub:type=\"endnotes\", role=\"doc-endnotes\", an <ol> of epub:type=\"endnote\" items with role=\"doc-backlink\" ↩ links), page-break spans (epub:type=\"pagebreak\", aria-label 57-60), a figure with a caption naming Phil. Mag. 21 (no citation), a blockquote with an attribution (no citation), Greek quotation marks «», Greek note abbreviations Ό.π., σ., τόμ., επιμ., στο, Βλ., κ.ε., ανάκτηση. Notes repeating a work (Ό.π., Harman, ό.π.) keyed with that work's fields; note 5 commentary; note 7 a chapter in an edited volume (keyed with the chapter's author). Invented: the book and its prose; the works cited are real with data as remembered (pages and the Hertz volume numbering may differ in detail).",
 "document": "ch03.xhtml",
 "reader": "html",
 "flat": True,
 "clean": True,
 "notes": notes,
}
p = os.path.join(os.path.dirname(__file__), "../html/epub-fysiki-kef3/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
