"""Writes the meta.json of heldout49 half B's documents (docx, html, pdftext, plaintext, sup-markdown).
Round 49's theme: legal, official and archival sources across languages (cases, statutes, treaties,
parliamentary papers, archival files, letters, newspapers, interviews, mixed with books and articles).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked on the built files);
fields are given here by hand.  Conventions (see ../../HALF_B.md): legislation, treaties, court
decisions and parliamentary debates are `report` keyed by year (where printed) and kind only;
government and committee reports, guidelines and think-tank papers are `report` with their title;
archival files and unpublished letters in archives are `unknown`, keyed by kind only; an interview
held by the author is `commentary` (kind only); newspaper items are `article`; a note that repeats
a work (Ibid., Id., Ivi, supra note n, op. cit., cit., préc., short form) has the fields of the work
it repeats; a note citing several works is keyed with the first; authors are family names as printed
(small capitals or capitals keyed in ordinary case), corporate authors and editors not keyed;
titles as printed, subtitle included; DOIs bare; URLs with scheme.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout49 prorogation-research-paper accesso-civico-it article-1382-blog-fr after-deference-lawreview
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout49 outlawry-fo-draft"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(notes, order):
    out = []
    for lab in order:
        e = dict(notes[lab])
        if lab.isdigit():
            e = {"number": int(lab), **e}
        out.append(e)
    return out


def law(year=None):
    return dict(year=year, kind=R) if year else dict(kind=R)


ARCH = dict(kind=U)
INTERVIEW = dict(kind=C)

# ---- plaintext: English parliamentary research paper, [n] citations, numbered OSCOLA list ----
pr = {
 "1": law(2019),
 "2": law(2019),
 "3": law(2017),
 "4": law(1985),
 "5": law(1611),
 "6": law(2011),
 "7": law(2022),
 "8": law(2019),
 "9": dict(title="The Cabinet Manual: A guide to laws, conventions and rules on the operation of government", year=2011, kind=R),
 "10": dict(title="Report", year=2021, kind=R),
 "11": dict(authors=["Twomey"], title="The Veiled Sceptre: Reserve Powers of Heads of State in Westminster Systems", year=2018, kind=B),
 "12": dict(authors=["Craig"], title="The Supreme Court, Prorogation and Constitutional Principle", year=2020, kind=A),
 "13": dict(authors=["Finnis"], title="The Unconstitutionality of the Supreme Court's Prorogation Judgment", year=2019, kind=R),
 "14": dict(authors=["Elliott"], title="Constitutional Adjudication and Constitutional Politics in the United Kingdom: The Miller II Case in Legal and Political Context", year=2020, kind=A),
 "15": dict(authors=["Young"], title="Prorogation, Politics and the Principle of Legality", year=2019, url="https://ukconstitutionallaw.org/2019/09/13/alison-young-prorogation-politics-and-the-principle-of-legality/", kind=W),
 "16": ARCH,
 "17": dict(authors=["Senex"], title="Dissolution of Parliament: Factors in Crown's Choice", year=1950, kind=A),
 "18": dict(authors=["Schleiter", "Belu"], title="The Decline of Majoritarianism in the UK and the Fixed-term Parliaments Act", year=2016, kind=A),
}
put("plaintext", "prorogation-research-paper", {
 "about": "An invented English research paper of a parliamentary 'Constitutional Research Unit' for a Commons select committee (prorogation and dissolution after Miller/Cherry 2019), as plain text: a header block, numbered sections and paragraphs (1.1, 1.2: no citations), [n] and [n, m] citations, a rule, then REFERENCES 1-18 in OSCOLA, entries wrapped with a four-space indent: Supreme Court, Court of Session and House of Lords decisions with neutral citations, the Case of Proclamations, two Acts, a Hansard debate (all report, year and kind only), the Cabinet Manual and a joint committee report (report, corporate author not keyed), a Policy Exchange paper (report), a blog post with URL (web), a TNA PREM file (unknown, kind only), a 1950 letter to The Times signed 'Senex' (article, author keyed as printed), books and articles. Labels: reference numbers. Invented: the unit, the paper and its number, the PREM file number and its title, the blog post's exact URL path (as remembered). Real with data as remembered (pages and citations may differ): the cases, Acts and debate, Cabinet Manual 2011, the Joint Committee report 2021, Twomey 2018, Craig 2020, Finnis 2019, Elliott 2020, Young 2019, Senex 1950, Schleiter & Belu 2016. Planted: '[8, 20]' in 1.3 cites a number the list (1-18) does not have: missing-literature-entry at that line.",
 "document": "prorogation-research-paper.txt", "reader": "plain-text", "clean": True,
 "notes": pr,
 "literature": numbered(pr, [str(i) for i in range(1, 19)]),
})

# ---- pdftext: English law review article (Bluebook footnotes), pdftotext without -layout ----
loper = law(2024)
chevron = law(1984)
bamzai = dict(authors=["Bamzai"], title="The Origins of Judicial Deference to Executive Interpretation", year=2017, kind=A)
final = dict(title="Final Report", year=1941, kind=R)
sunstein = dict(authors=["Sunstein"], title="Chevron Step Zero", year=2006, kind=A)
merrill = dict(authors=["Merrill"], title="The Chevron Doctrine: Its Rise and Fall, and the Future of the Administrative State", year=2022, kind=B)
put("pdftext", "after-deference-lawreview", {
 "about": "An invented English law review article (administrative law and its history: judicial deference from the 1941 Attorney General's Committee to Loper Bright) as pdftotext prints a three-page PDF extract without -layout: a title and author with a '*' footnote on page 1, footnote markers glued to words or punctuation (Raimondo,1 / statutes.2 / impossible20), footnotes at each page's bottom as '<n> text' wrapped over lines, a page number alone at the foot of page 1, form feeds, running heads with the page number on pages 2 and 3 ('412 WESTFIELD LAW REVIEW [Vol. 61:411', '2026] AFTER DEFERENCE 413'). Bluebook notes: cases (report, year and kind only), 'Id. at 842-43' (the work of the note before), a short case form 'Loper Bright, 603 U.S. at 412-13 (quoting 5 U.S.C. § 706)' (Loper Bright), '[hereinafter FINAL REPORT]' and 'FINAL REPORT, supra note 7' (the committee report: report, title 'Final Report', corporate author not keyed), 'Sunstein, supra note 12', 'Bamzai, supra note 5', a book in large and small capitals (authors keyed in ordinary case), an archival memorandum at NARA RG 60 (unknown, kind only), a New York Times article (article), a note citing Kisor and 'see also' Auer (keyed with the first, Kisor). Labels: footnote numbers; notes only, no literature. Invented: the article, its author and school, the journal (Westfield Law Review) and its pages, the memorandum's date and box, the roundtable. Real with data as remembered (pages and titles may differ): Loper Bright 2024, Chevron 1984, Bamzai 2017, Skidmore 1944, the Final Report 1941, Scalia 1989, Mead 2001, Sunstein 2006, Kisor 2019, Liptak in the NYT 2024 (headline as remembered), Merrill 2022, West Virginia v. EPA 2022, Hickman & Bednar 2017. Clean.",
 "document": "after-deference-lawreview.txt", "reader": "pdf-text", "clean": True,
 "notes": {"*": dict(kind=C), "1": loper, "2": chevron, "3": chevron, "4": loper, "5": bamzai, "6": law(1944), "7": final,
           "8": ARCH, "9": final,
           "10": dict(authors=["Scalia"], title="Judicial Deference to Administrative Interpretations of Law", year=1989, kind=A),
           "11": law(2001), "12": sunstein, "13": law(2019),
           "14": dict(authors=["Liptak"], title="Supreme Court Curbs Power of Federal Agencies, Overturning Chevron Precedent", year=2024, kind=A),
           "15": sunstein, "16": merrill, "17": merrill, "18": law(2022), "19": bamzai,
           "20": dict(authors=["Hickman", "Bednar"], title="Chevron's Inevitability", year=2017, kind=A)},
})

# ---- sup-markdown: French legal-history blog post, <sup>n</sup> notes ----
fenet = dict(authors=["Fenet"], title="Recueil complet des travaux préparatoires du Code civil", year=1827, kind=B)
teff = law(1896)
saleilles = dict(authors=["Saleilles"], title="Les accidents de travail et la responsabilité civile. Essai d'une théorie objective de la responsabilité délictuelle", year=1897, kind=B)
ewald = dict(authors=["Ewald"], title="L'État providence", year=1986, kind=B)
jand = law(1930)
put("sup-markdown", "article-1382-blog-fr", {
 "about": "An invented French legal-history blog post (strict liability for things under art. 1384 C. civ., from Teffaine 1896 to the 2017 reform bill) as Markdown with a YAML header, <sup>n</sup> markers, one repeated marker (<sup>4</sup> cited twice: two pairs), a grouped <sup>6,7</sup>, and a '## Notes' list 1-19 in French note style: the Code civil of 1804, Cour de cassation decisions (Teffaine, Jand'heur, Blieck), the loi of 1898 and the ordonnance of 2016 (report, year and kind only), a ministry's reform bill (report with its title, corporate author not keyed), an Archives nationales file BB/18 (unknown, kind only), a Le Temps article with no author (article), books, 'Ibid., p. 488' (Fenet), 'Saleilles, op. cit.' and 'Ewald, L'État providence, op. cit.' (the works they repeat), 'Arrêt Jand'heur, préc.' (the decision of note 11), the author's earlier post (web). Labels: note numbers; notes only, no literature. Invented: the post, its author Hélène Marchais and her blog and URL (example.fr), the Le Temps headline and page, the Archives nationales file number and dossier. Real with data as remembered: C. civ. 1804, Fenet 1827, Teffaine 1896, Saleilles 1897, Josserand 1897, loi du 9 avril 1898, Ewald 1986, Jand'heur 1930, Halpérin 1996, Blieck 1991, ordonnance 2016-131, the 2017 projet de réforme. Clean.",
 "document": "article-1382-blog-fr.md", "reader": "sup-markdown", "clean": True,
 "notes": {"1": law(1804), "2": fenet, "3": fenet, "4": teff,
           "5": dict(title="L'explosion du remorqueur Marie", year=1891, kind=A),
           "6": saleilles,
           "7": dict(authors=["Josserand"], title="De la responsabilité du fait des choses inanimées", year=1897, kind=B),
           "8": law(1898), "9": ARCH, "10": ewald, "11": jand, "12": saleilles,
           "13": dict(authors=["Halpérin"], title="Histoire du droit privé français depuis 1804", year=1996, kind=B),
           "14": law(1991), "15": law(2016),
           "16": dict(title="Projet de réforme de la responsabilité civile", year=2017, kind=R),
           "17": jand,
           "18": dict(authors=["Marchais"], title="Teffaine, cent vingt ans après", year=2016, url="https://carnet-histoire-droit.example.fr/2016/06/teffaine-120-ans/", kind=W),
           "19": ewald},
})

# ---- html: Italian public-law article page, numbered notes + Riferimenti bibliografici ----
arena = dict(authors=["Arena"], title="La trasparenza amministrativa", year=1991, kind=B)
carloni = dict(authors=["Carloni"], title="L'amministrazione aperta. Regole strumenti limiti dell'open government", year=2014, kind=B)
galetta = dict(authors=["Galetta"], title="Accesso civico e trasparenza della pubblica amministrazione alla luce delle (previste) modifiche alle disposizioni del decreto legislativo n. 33/2013", year=2016, kind=A)
manganaro = dict(authors=["Manganaro"], title="L'evoluzione del principio di trasparenza amministrativa", year=2009, kind=A)
merloni = dict(authors=["Merloni"], title="Trasparenza delle istituzioni e principio democratico", year=2008, kind=A)
savino = dict(authors=["Savino"], title="Il FOIA italiano. La fine della trasparenza di Bertoldo", year=2016, kind=A)
cc2019 = law(2019)
put("html", "accesso-civico-it", {
 "about": "An invented Italian public-law article (generalised civic access to administrative information and data protection, ten years on) as a journal's HTML article page: a header and nav, Highwire citation_ meta tags, an abstract, sections with note markers <sup><a href=\"#notaN\">N</a></sup>, a 'Note' section of <p id=\"notaN\"> notes 1-20 and a 'Riferimenti bibliografici' list of six <p class=\"voce\"> entries (doctrine only, surnames in small capitals, alphabetical). Notes in Italian style: laws, a decreto legislativo, an EU regulation, CJEU judgments with ECLI, Corte costituzionale and Consiglio di Stato decisions (report, year and kind only; note 16 cites two Consiglio di Stato decisions: keyed with the first), ANAC guidelines (report with its title, corporate author not keyed), an Archivio centrale dello Stato file (unknown, kind only), an interview by the author (commentary), 'Ivi' (the decision of note 13), 'Savino, Il FOIA italiano, cit.', 'Carloni, op. cit.', 'Arena, op. cit.' (the works they repeat). Labels: note numbers; the literature is the six entries in printed order. Invented: the article, its author Chiara Ventimiglia, the journal and its ISSN, the archival busta and fascicolo, the interview. Real with data as remembered (pages, issue numbers, titles may differ): l. 241/1990, d.lgs. 33/2013 and 97/2016, Reg. (UE) 2016/679, Schecke 2010, Google Spain 2014, Corte cost. 20/2019, Cons. Stato Ad. plen. 10/2020, ANAC delibera 1309/2016, Carloni 2014, Arena 1991, Savino 2016, Galetta 2016, Manganaro 2009, Merloni 2008. Planted: the Merloni entry is cited by no note: uncited-literature-entry at its line.",
 "document": "accesso-civico-it.html", "reader": "html", "clean": True,
 "notes": {"1": carloni, "2": law(1990), "3": ARCH, "4": arena, "5": law(2013), "6": savino,
           "7": dict(title="Linee guida recanti indicazioni operative ai fini della definizione delle esclusioni e dei limiti all'accesso civico di cui all'art. 5, comma 2, del d.lgs. 33/2013", year=2016, kind=R),
           "8": savino, "9": galetta, "10": law(2016), "11": law(2010), "12": law(2014),
           "13": cc2019, "14": cc2019, "15": law(2020), "16": law(2019), "17": INTERVIEW,
           "18": carloni, "19": manganaro, "20": arena},
 "literature": [arena, carloni, galetta, manganaro, merloni, savino],
})

# ---- docx: English diplomatic-history manuscript, Chicago footnotes with archives ----
steiner = dict(authors=["Steiner"], title="The Lights That Failed: European International History, 1919–1933", year=2005, kind=B)
ferrell = dict(authors=["Ferrell"], title="Peace in Their Time: The Origins of the Kellogg-Briand Pact", year=1952, kind=B)
hs = dict(authors=["Hathaway", "Shapiro"], title="The Internationalists: How a Radical Plan to Outlaw War Remade the World", year=2017, kind=B)
mg = dict(title="Mr. Kellogg's Note: The British Reply", year=1928, kind=A)
put("docx", "outlawry-fo-draft", {
 "about": "An invented English diplomatic-history article manuscript (the Foreign Office and the Kellogg-Briand Pact, 1928) as a Word document with footnotes, Chicago notes only, no bibliography: full first notes, short forms ('Steiner, Lights That Failed, 575.'; 'Craigie minute, 24 April 1928.'; 'Ferrell, Peace in Their Time, 190.'; 'Hathaway and Shapiro, Internationalists, 130.'), three 'Ibid.' notes, the treaty (94 LNTS 57) and a Hansard debate (report, year and kind only), TNA FO 371 and CAB 23 files, a minute and a letter in them, a letter in the Austen Chamberlain papers at the Cadbury Research Library (all unknown, kind only), newspaper items without authors in The Times and the Manchester Guardian (article), a letter printed in FRUS 1928 (keyed as the published volume: its title, year 1942, book; the letter's writer not keyed), books and an article. Labels: footnote numbers; lines: body paragraph numbers (every w:p, headings included). Invented: the manuscript and its thesis, the quoted phrases, the file and folio references (A 3356/1/45, A 2787/1/45, AC 5/1/452), the newspaper headlines and pages. Real with data as remembered (pages may differ): Steiner 2005, the Pact of Paris, Ferrell 1952, Hathaway & Shapiro 2017, Carlton 1968, HC Deb vol. 220, FRUS 1928. Clean.",
 "document": "outlawry-fo-draft.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "notes": {"1": steiner, "2": law(1928), "3": ARCH, "4": ARCH, "5": ARCH,
           "6": dict(title="The American Peace Proposal", year=1928, kind=A),
           "7": law(1928), "8": ARCH, "9": ferrell, "10": steiner, "11": hs, "12": ARCH,
           "13": mg, "14": mg, "15": ferrell,
           "16": dict(authors=["Carlton"], title="Great Britain and the Coolidge Naval Disarmament Conference of 1927", year=1968, kind=A),
           "17": ARCH, "18": hs, "19": hs,
           "20": dict(title="Papers Relating to the Foreign Relations of the United States, 1928", year=1942, kind=B)},
})
