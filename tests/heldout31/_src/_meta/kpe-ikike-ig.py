import json, os
B, A, C = "book", "article", "commentary"
law = dict(title="Land Use Act 1978", year=1978)  # the year is part of the short title (key correction 2)
nwa = dict(authors=["Nwabueze"], title="Nigerian Land Law", year=1972, kind=B)
case = dict(title="Okafor v Nwankwo", year=2001)
eli = dict(authors=["Elias"], title="Nigerian Land Law", year=1971, kind=B)
chu = dict(authors=["Chukwu"], title="Omenala na Iwu Ala n'Ala Igbo", year=2015, kind=A)
notes = {"1": dict(kind=C), "2": law, "3": nwa, "4": nwa, "5": case, "6": eli, "7": dict(kind=C),
         "8": nwa, "9": chu, "10": chu, "11": law, "12": case}
meta = {
 "about": "An invented Igbo law-review article (customary land rights and the Land Use Act 1978 in the Supreme Court) through pdflatex (10 pt article, a4, twoside, fancyhdr running heads '[2021] 9 Akwukwo Iwu Nnamdi Azikiwe' / 'Ikike ala n'omenala na Land Use Act', first page 211) + pdftotext: OSCOLA-like footnotes printed at the page bottom as a bare number line then the note text, markers glued to words and punctuation ('Okonkwo1', 'kwuo.2', 'interest”.11'), 'Id. at 52.', 'Nwabueze, supra note 3, at 60.', 'Land Use Act, supra note 2, s 28.', a case 'Okafor v Nwankwo [2001] NGSC 12.' and its 'supra note 5' form, a statute with its Cap reference, an author note and a commentary note, a table shattered into columns by the converter, page numbers 211/212, the last sentence carried to page 212 after the notes. No reference list (law reviews have none). The Igbo is written without the dotted vowels (i o u with dot below) and ṅ: pdflatex's \\d{o} comes out of pdftotext as 'o' and a '.' on another line, and T5 fonts are not installed; many typed Nigerian texts drop them too. Invented: the author, the journal issue, the case Okafor v Nwankwo and its citation, Ada Chukwu's article, the table's figures. Real, data as remembered: the Land Use Act 1978 (Cap L5 LFN 2004; s 1 vesting land in the Governor, s 28 revocation for overriding public interest), Nwabueze, Nigerian Land Law (1972), Elias, Nigerian Land Law (4th edn 1971). Statute and case keyed by title and year (no kind); Id./supra notes keyed with the work they repeat. Clean.",
 "document": "kpe-ikike-ig.txt",
 "reader": "pdf-text",
 "tex": "kpe-ikike-ig.tex",
 "clean": True,
 "notes": notes,
}
p = os.path.join(os.path.dirname(__file__), "../pdftext/kpe-ikike-ig/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
