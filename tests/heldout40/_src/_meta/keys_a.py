"""Writes the meta.json of heldout40 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout40 standing-after-transunion natural-slavery-ch3 galerie-dresden-de
and   .venv/bin/python tests/corpus_build/build_docx.py tests/heldout40 cholera-quarantine-liverpool
and   .venv/bin/python tests/heldout40/_src/_meta/build_odt40.py
Kinds follow the last section of tests/corpus/README.md (case law and statutes report, archival
files unknown, newspaper articles article, a work in collected works or an edited volume chapter)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- docx: English history article, Word footnotes, bibliography split Primary/Secondary ----
burrell = dict(authors=["Burrell", "Gill"], title="The Liverpool Cholera Epidemic of 1832 and Anatomical Dissection – Medical Mistrust and Civil Unrest", year=2005, kind=A)
maglen = dict(authors=["Maglen"], title="The English System: Quarantine, Immigration and the Making of a Port Sanitary Zone", year=2014, kind=B)
baldwin = dict(authors=["Baldwin"], title="Contagion and the State in Europe, 1830–1930", year=1999, kind=B)
durey = dict(authors=["Durey"], title="The Return of the Plague: British Society and the Cholera, 1831–2", year=1979, kind=B)
morris = dict(authors=["Morris"], title="Cholera 1832: The Social Response to an Epidemic", year=1976, kind=B)
duncan = dict(authors=["Duncan"], title="Report to the Health Committee of the Borough of Liverpool, on the Health of the Town during the Years 1847-48-49-50", year=1851, kind=R)
gbh = dict(title="Report of the General Board of Health on the Epidemic Cholera of 1848 & 1849", year=1850, kind=R)
hamlin = dict(authors=["Hamlin"], title="Public Health and Social Justice in the Age of Chadwick: Britain, 1800–1854", year=1998, kind=B)
pelling = dict(authors=["Pelling"], title="Cholera, Fever and English Medicine, 1825–1865", year=1978, kind=B)
snow = dict(authors=["Snow"], title="On the Mode of Communication of Cholera", year=1855, kind=B)
evans = dict(authors=["Evans"], title="Death in Hamburg: Society and Politics in the Cholera Years, 1830–1910", year=1987, kind=B)
arch = dict(kind=U)
merc = dict(year=1849, kind=A)
put("docx", "cholera-quarantine-liverpool", {
 "about": "An invented English history article (cholera, quarantine and the port of Liverpool, 1832–1866) as a Word .docx: journal line, title, author, Heading 1 sections, 18 Word footnotes in Chicago notes-bibliography style — full first notes, short forms ('Maglen, English System, 61–64.', 'Baldwin, Contagion and the State, 211.', 'Durey, Return of the Plague, 213.'), 'Ibid.' (5 -> the TNA file of note 4), 'Ibid., 24 August 1849, 5.' (10 -> the Liverpool Mercury of note 9, another issue), 'see ibid., 89–90' inside note 13, archival notes with '(hereafter LRO)'/'(hereafter TNA)', fols., a file number (3, 4, 5, 7, 14: kind unknown), a newspaper issue cited without an article title (9, 10: article, year only), an MOH report and a General Board of Health report (report), notes citing two works separated by a semicolon (2, 6, 12, 14: keyed with the first work), notes that argue ('Compare …', 'On the contagionist minority see …'). Bibliography typed as Bibliography-style paragraphs under 'Primary sources' (with plain run-in subheads 'Archival' and 'Printed', not entries) and 'Secondary sources'; the archival entries (kind unknown) and the newspaper entry ('Liverpool Mercury, 1832, 1849.', keyed by its title only) are entries. Labels: footnote numbers; lines are body paragraph numbers. Corporate authors (General Board of Health) not keyed. Invented: the article, its author and journal, the archival references (file numbers, folios, dates), the Mercury letters, the exact title of Duncan's report. Real with data as remembered: Burrell & Gill 2005, Maglen 2014, Baldwin 1999, Durey 1979, Morris 1976, the GBH report 1850, Hamlin 1998, Pelling 1978, Snow 1855, Evans 1987. Clean.",
 "document": "cholera-quarantine-liverpool.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "title": "Cholera quarantine Liverpool - final", "creator": "Alun Parry",
 "notes": {"1": burrell, "2": maglen, "3": arch, "4": arch, "5": arch, "6": durey, "7": arch, "8": duncan, "9": merc, "10": merc,
           "11": gbh, "12": hamlin, "13": snow, "14": arch, "15": maglen, "16": baldwin, "17": evans, "18": durey},
 "literature": [arch, arch, duncan, gbh, dict(title="Liverpool Mercury"), snow,
                baldwin, burrell, durey, evans, hamlin, maglen, morris, pelling],
})


# ---- html: US law review essay on the journal's website (WordPress), Bluebook footnotes at the end ----
lujan = dict(title="Lujan v. Defenders of Wildlife", year=1992, kind=R)
fcra = dict(title="Fair Credit Reporting Act", year=2018, kind=R)
spokeo = dict(title="Spokeo, Inc. v. Robins", year=2016, kind=R)
tu = dict(title="TransUnion LLC v. Ramirez", year=2021, kind=R)
sc21 = dict(authors=["Solove", "Citron"], title="Standing and Privacy Harms: A Critique of TransUnion v. Ramirez", year=2021, kind=A)
fletcher = dict(authors=["Fletcher"], title="The Structure of Standing", year=1988, kind=A)
bryant = dict(title="Bryant v. Compass Grp. USA, Inc.", year=2020, kind=R)
bipa = dict(year=2008, kind=R)
rest = dict(title="Restatement (Second) of Torts", year=1977, kind=B)
clapper = dict(title="Clapper v. Amnesty Int’l USA", year=2013, kind=R)
sc18 = dict(authors=["Solove", "Citron"], title="Risk and Anxiety: A Theory of Data-Breach Harms", year=2018, kind=A)
hessick = dict(authors=["Hessick"], title="Standing, Injury in Fact, and Private Rights", year=2008, kind=A)
hartwell = dict(authors=["Hartwell"], title="The Emotional-Distress Workaround", year=2023, url="https://standingwatch.example.com/2023/01/emotional-distress-workaround/", kind=W)
put("html", "standing-after-transunion", {
 "about": "An invented US law review online essay (Article III standing and privacy statutes after TransUnion v. Ramirez) as the journal's WordPress site serves it: site header and nav, Highwire citation_* meta tags, a 'Recommended citation' line, body markers <sup id=\"fnrefN\"><a href=\"#fnN\">N</a></sup>, an author's star note, and the footnotes as an <ol> at the end with explicit value= numbers and ↩ backlinks. Bluebook notes: cases with reporters and pin cites, short forms ('TransUnion, 141 S. Ct. at 2204.', 'Spokeo, 578 U.S. at 344–46 (Thomas, J., concurring).'), a case name given in the text and only the reporter in the note (4), 'Id. at 2209–10.' (7 -> TransUnion), 'Id. 14/20(1).' (12 -> BIPA), 'Id.; see also Solove & Citron, supra note 5, at 70.' (14 -> the Restatement), 'See Hessick, supra note 9, at 300–04; cf. Petriello …' (19 -> Hessick), signals (See, e.g., Compare … with, Cf.), two works in one note separated by semicolons (5, 9, 10, 19: keyed with the first), statutes (15 U.S.C. § 1681n; 740 Ill. Comp. Stat. 14/1–99, no name printed: year only), the Restatement (book), a blog post with a bare URL (web). Kinds: cases and statutes report. Labels: footnote numbers as printed. Invented: the essay, its author, the journal and its site, Hartwell's blog post and URL. Real with data as remembered: the cases, FCRA, BIPA, the Restatement, Solove & Citron 2018 and 2021, Sunstein 1992, Fletcher 1988, Hessick 2008. Planted: footnote 15 is missing — the body markers and the list go from 14 to 16 (a note cut in editing without renumbering the hand-coded footnotes): footnote-numbering at the line of marker 16.",
 "document": "standing-after-transunion.html", "reader": "html", "clean": True,
 "notes": {"1": lujan, "2": fcra, "3": spokeo, "4": tu, "5": sc21, "6": tu, "7": tu, "8": spokeo, "9": fletcher, "10": bryant,
           "11": bipa, "12": bipa, "13": rest, "14": rest, "16": tu, "17": clapper, "18": sc18, "19": hessick, "20": hartwell, "21": tu},
})


# ---- latex: philosophy/classics chapter, biblatex verbose-trad2, \autocite/\footcite with postnotes ----
pol = dict(authors=["Aristotle"], title="Politics", year=1998, kind=B)
ne = dict(authors=["Aristotle"], title="Nicomachean Ethics", year=1999, kind=B)
scho = dict(authors=["Schofield"], title="Ideology and Philosophy in Aristotle's Theory of Slavery", year=1990, kind=CH)
newman = dict(authors=["Newman"], title="The Politics of Aristotle", year=1887, kind=B)
smith = dict(authors=["Smith"], title="Aristotle's Theory of Natural Slavery", year=1983, doi="10.2307/1087451", kind=A)
heath = dict(authors=["Heath"], title="Aristotle on Natural Slavery", year=2008, doi="10.1163/156852808X307070", kind=A)
garnsey = dict(authors=["Garnsey"], title="Ideas of Slavery from Aristotle to Augustine", year=1996, kind=B)
finley = dict(authors=["Finley"], title="Ancient Slavery and Modern Ideology", year=1980, kind=B)
hegel = dict(authors=["Hegel"], title="Phenomenology of Spirit", year=1977, kind=B)
williams = dict(authors=["Williams"], title="Shame and Necessity", year=1993, kind=B)
put("latex", "natural-slavery-ch3", {
 "about": "An invented English philosophy/classics book chapter (Aristotle's natural slavery) in LaTeX with biblatex style=verbose-trad2 (autocite=footnote, ibidpage) and biber: \\autocite[postnote]{key} and \\footcite[pages]{key} making footnotes, postnotes with Bekker numbers (1253b20--23), 'vol.~2, 112--114', '§§ 178--196', 'ch.~1', a prenote+postnote \\autocite[cf.][1255a1--3]{…}, a plain \\footnote that argues and cross-refers (5: commentary), classical references written in the text and not cited (Arist.\\ \\emph{Pol.}\\ 1.3, 1253b14--23; OT 1186--1196; Eur.\\ Hec.\\ 349--368), repeated cites that the style prints as ibid./op. cit. (keyed with the work), a .bib from Better BibTeX edited by hand: @book with translator and edition, @incollection, @article with doi, a multi-volume @book (volumes=4, date 1887/1902), a translation with origdate 1807, an uncited @book (kraut2002, not printed). Labels: footnote numbers as printed (each \\autocite/\\footcite in the text is one footnote; the plain \\footnote counts too). Literature: the cited entries as \\printbibliography prints them (verbose-trad2 default sorting nty: name, title, year; Aristotle's two works by title). Invented: the chapter and its book. Real with data as remembered: all .bib entries. Planted: \\autocite[277--305]{kraut2003} names a key the .bib lacks (it has kraut2002) — citation-key-missing at its line; footnote 18 has no entry, so no note is keyed for it.",
 "document": "chapter3.tex", "reader": "latex", "clean": True,
 "notes": {"1": pol, "2": pol, "3": scho, "4": scho, "5": dict(kind=C), "6": pol, "7": ne, "8": pol, "9": newman, "10": smith,
           "11": heath, "12": pol, "13": garnsey, "14": finley, "15": hegel, "16": williams, "17": williams, "19": pol},
 "literature": [ne, pol, finley, garnsey, heath, hegel, newman, scho, smith, williams],
})


# ---- pdftext: German art-history monograph chapter through pdftotext -layout, notes only ----
heres = dict(authors=["Heres"], title="Dresdner Kunstsammlungen im 18. Jahrhundert", year=1991, kind=B)
warnke = dict(authors=["Warnke"], title="Hofkünstler. Zur Vorgeschichte des modernen Künstlers", year=1985, kind=B)
winck = dict(authors=["Winckelmann"], title="Gedanken über die Nachahmung der griechischen Werke in der Malerei und Bildhauerkunst", year=1969, kind=B)
justi = dict(authors=["Justi"], title="Winckelmann und seine Zeitgenossen", year=1898, kind=B)
put("pdftext", "galerie-dresden-de", {
 "about": "An invented German art-history monograph chapter (the Dresden picture gallery as a matter of state, 1745–1765) as pdftotext -layout gives a typeset book (hand-shaped): alternating running heads with page numbers (37, 38, 39), indented body lines, words hyphenated at line ends ('ei-/ne', 'For-/schung', 'Dres-/dner' inside a note), footnote markers glued after words and punctuation ('erschöpft war.1', 'beschrieben;2', 'gebracht,13', 'Thronsaal.11'), each page's notes under the body with the number in the margin column, form feeds; notes only, no bibliography. Notes: full first citations in German humanities form ('Vorname Name, Titel, Ort Jahr, S. …'), 'Ebd., Bl. 31r.' (4 -> the archival file of 3), 'Ebd., S. 293.' (6 -> Warnke), 'a.a.O.' short forms (9 Winckelmann; 13, 17 Heres; 14 Justi, 'Bd. 2'), a multi-volume work ('3 Bde., Leipzig 1898, Bd. 1'), a reprint in a later edition ('[1755], hg. von Ludwig Uhlig, Stuttgart 1969': keyed with the edition cited, 1969), a work in collected works ('in: ders., Werke. Hamburger Ausgabe … Bd. 9', chapter), a reprint 'ND Aalen 1979' as a second work in note 1, archival notes (SächsHStA, Loc., Bl.: kind unknown), cross-references 'vgl. Anm. 3' (in note 16) and '(vgl. Anm. 2)' in the body (no marker: not a citation), a note that argues before citing (17: keyed with Heres, the work it names). Labels: footnote numbers; lines of the body markers. Invented: the monograph and chapter, the archival file numbers and folios, Beschorner's title. Real with data as remembered: Heres 1991, Woermann's catalogue 1887, Warnke 1985, Winckelmann ed. Uhlig 1969, Justi 1898, Belting 1990, Goethe HA Bd. 9, Savoy 2011. Clean.",
 "document": "galerie-dresden-de.txt", "reader": "pdf-text", "clean": True,
 "notes": {"1": heres, "2": dict(authors=["Woermann"], title="Katalog der Königlichen Gemäldegalerie zu Dresden", year=1887, kind=B),
           "3": dict(kind=U), "4": dict(kind=U), "5": warnke, "6": warnke, "7": winck, "8": justi, "9": winck,
           "10": dict(authors=["Belting"], title="Bild und Kult. Eine Geschichte des Bildes vor dem Zeitalter der Kunst", year=1990, kind=B),
           "11": dict(kind=U), "12": dict(authors=["von Goethe"], title="Dichtung und Wahrheit", year=1981, kind=CH),
           "13": heres, "14": justi,
           "15": dict(authors=["Savoy"], title="Kunstraub. Napoleons Konfiszierungen in Deutschland und die europäischen Folgen", year=2011, kind=B),
           "16": dict(kind=U), "17": heres},
})
