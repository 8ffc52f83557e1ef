"""Writes the meta.json of heldout39 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout39 <name ...>
and   .venv/bin/python tests/corpus_build/build_docx.py tests/heldout39 <name>
and   .venv/bin/python tests/heldout39/_src/_meta/build_odt39.py
Kinds follow the last section of tests/corpus/README.md (software and datasets web, standards
report, slide decks online web, conference papers chapter, preprints article)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(pairs):
    return [dict(number=n, **e) for n, e in pairs]


# ---- plaintext: English grant proposal narrative, references pasted from several tools ----
mf = [
 (1, dict(title="Toxic cyanobacteria in water: a guide to their public health consequences, monitoring and management", year=2021, kind=B)),
 (2, dict(authors=["Paerl", "Otten"], title="Harmful cyanobacterial blooms: Causes, consequences, and controls", year=2013, doi="10.1007/s00248-012-0159-y", kind=A)),
 (3, dict(title="Method 445.0: In vitro determination of chlorophyll a and pheophytin a in marine and freshwater algae by fluorescence", year=1997, kind=R)),
 (4, dict(authors=["Hollister", "Kreakie"], title="Associations between chlorophyll a and various microcystin health advisory concentrations", year=2016, doi="10.12688/f1000research.7955.2", kind=A)),
 (5, dict(authors=["McCracken", "Yoon"], title="Recent approaches for optical smartphone sensing in resource-limited settings: a brief review", year=2016, doi="10.1039/C6AY01575A", kind=A)),
 (6, dict(authors=["Okonkwo", "Marsh", "Tan"], title="A 3D-printed smartphone fluorometer for field chlorophyll measurements", year=2021, kind=A)),
 (7, dict(authors=["Barreto", "Hsu", "Ndlovu"], title="Low-cost phone-based fluorescence for algal monitoring in irrigation reservoirs", year=2022, kind=A)),
 (9, dict(title="Lumen Reader: raw camera access for citizen science", url="https://github.com/lumen-reader/lumen-android", kind=W)),
 (10, dict(authors=["Ramaswamy"], title="pondfluor-holder", year=2023, url="https://github.com/pramaswamy/pondfluor-holder", kind=W)),
 (11, dict(authors=["Ramaswamy"], title="Optical methods for algal monitoring in agricultural water", year=2023, kind=T)),
 (12, dict(authors=["Janesick"], title="Scientific charge-coupled devices", year=2001, kind=B)),
 (13, dict(authors=["Bonney", "Shirk", "Phillips", "Wiggins", "Ballard", "Miller-Rushing"], title="Next steps for citizen science", year=2014, kind=A)),
 (14, dict(authors=["Buytaert", "Zulkafli", "Grainger", "Acosta", "Alemie", "Bastiaensen", "Zhumanova"], title="Citizen science in hydrology and water resources: opportunities for knowledge generation, ecosystem service management, and sustainable development", year=2014, kind=A)),
]
put("plaintext", "mobile-fluorometry", {
 "about": "An invented English early-career seed-grant narrative (smartphone fluorometry for chlorophyll-a in farm ponds) pasted from Word into a web form and saved as plain text: hard-wrapped lines, numbered section headings, IEEE-style bracketed numbers ('[1], [2]', '(e.g. [6], [7])', a number inside a parenthesis with a locator 'ch. 4 [11]'), and a hand-numbered References list pasted from several tools: Vancouver from PubMed (edited book with 'editors', EPA method, McCracken, Bonney with 'et al.' and the date '2014 Mar 28'), APA 6/7 from Google Scholar (Paerl & Otten with https://doi.org DOI, Hollister with 'doi:', Buytaert with the Scholar '... &' elision), IEEE with '[Online]. Available:' and 'accessed', an APA '[Computer software]' entry, a Vancouver '[PhD thesis]'. Labels: list numbers. Corporate/editor names not keyed (Chorus & Welker are editors of entry 1; EPA). Kinds: EPA Method 445.0 (a standard method) report; the GitHub app and the holder design files (software) web. Invented: the proposal, its applicant, Okonkwo/Marsh/Tan 2021, Barreto/Hsu/Ndlovu 2022, Lumen Reader and its URL, pondfluor-holder and its URL, Ramaswamy's thesis. Real with data as remembered: Chorus & Welker 2021, Paerl & Otten 2013, EPA 445.0, Hollister & Kreakie 2016, McCracken & Yoon 2016, Janesick 2001, Bonney et al. 2014, Buytaert et al. 2014. Planted: the list skips number 8 (the student deleted an entry and did not renumber; 6 and 7 are cited, 8 is not): literature-numbering at the line of entry '9.'.",
 "document": "mobile-fluorometry.txt", "reader": "plain-text", "clean": True,
 "notes": {str(n): e for n, e in mf},
 "literature": numbered(mf),
})


# ---- pdftext: German Hausarbeit (term paper) through pdftotext -layout, footnotes + author-date list ----
andr = dict(authors=["Androutsopoulos"], title="Deutsche Jugendsprache. Untersuchungen zu ihren Strukturen und Funktionen", year=1998, kind=B)
duden = dict(title="cringe", url="https://www.duden.de/rechtschreibung/cringe", kind=W)
henne = dict(authors=["Henne"], title="Jugend und ihre Sprache. Darstellung, Materialien, Kritik", year=1986, kind=B)
kaiser = dict(authors=["Kaiser"], title="Einführung in die Soziolinguistik", kind=W)
neuland = dict(authors=["Neuland"], title="Jugendsprache. Eine Einführung", year=2018, kind=B)
gpt = dict(title="ChatGPT", url="https://chat.openai.com/", kind=W)
schlob = dict(authors=["Schlobinski", "Kohl", "Ludewigt"], title="Jugendsprache. Fiktion und Wirklichkeit", year=1993, kind=B)
spitz = dict(authors=["Spitzmüller"], title="Metasprachdiskurse. Einstellungen zu Anglizismen und ihre wissenschaftliche Rezeption", year=2005, kind=B)
wiki = dict(title="Jugendwort des Jahres", url="https://de.wikipedia.org/wiki/Jugendwort_des_Jahres", kind=W)
put("pdftext", "jugendsprache-hausarbeit-de", {
 "about": "An invented German bachelor's term paper (Hausarbeit, linguistics seminar: English words in youth language, 'cringe' and 'lost') written in Word and converted to text with pdftotext -layout (hand-shaped): running head, indented paragraphs, footnote markers as digits glued after words or punctuation ('kommentiert.1', 'Soziolinguistik“3', 'Duden-Eintrag,13'), each page's notes under a rule at the page foot, page numbers, form feeds, and a Literaturverzeichnis in German author-date form ('Name, Vorname (Jahr): Titel. Ort: Verlag.') continuing on the last page above that page's notes. Notes mix full first citations, 'Ebd., S. 71.' (6 -> Neuland), short author-date notes ('Vgl. Neuland (2018), S. 12–19.', 'Androutsopoulos (1998), S. 560.'), a secondary citation 'Schlobinski/Kohl/Ludewigt (1993), S. 41, zit. nach Neuland (2018), S. 88.' (note 8 keyed with the primary work, whose entry the list has), lecture slides in the Moodle course (3: web, no year: the note gives a semester only), a Wikipedia article (1), a TikTok video (11), ChatGPT (12, web), a Duden online entry (13), and two comments (4, 14: commentary). Labels: footnote numbers; the author-date citations inside notes 5, 8 and 9 cite the list as [n], the position of the entry (list: 1 Androutsopoulos, 2 Duden, 3 Henne, 4 Kaiser, 5 Neuland, 6 OpenAI, 7 Schlobinski, 8 Spitzmüller, 9 Wikipedia), at the note's line. Corporate authors (Duden, OpenAI, Wikipedia) not keyed. Invented: the paper, its author, Ines Kaiser and her lecture, the chat corpus, the TikTok account and video id. Real with data as remembered: Neuland 2018 (UTB), Henne 1986, Schlobinski/Kohl/Ludewigt 1993, Androutsopoulos 1998, Spitzmüller 2005, Jugendwort des Jahres, Duden 'cringe'. No defect planted; but the TikTok video of note 11 is a source the Literaturverzeichnis does not list (as students often leave out videos): missing-literature-entry at the line of its marker (added after the first scoring, see README Key corrections).",
 "document": "jugendsprache-hausarbeit-de.txt", "reader": "pdf-text", "clean": True,
 # key correction after the first scoring (README, Key corrections): the TikTok video of note 11 is
 # a source the Literaturverzeichnis does not list -- a real defect the writer did not plan
 "defects": [{"kind": "missing-literature-entry", "line": 55}],
 "notes": {"1": wiki, "2": neuland, "3": kaiser, "4": dict(kind=C), "5": neuland, "6": neuland, "7": henne, "8": schlob, "9": andr,
           "10": spitz, "11": dict(title="Jugendwörter 2023 erklärt", url="https://www.tiktok.com/@sprachnerd.official/video/7291846055512345678", kind=W),
           "12": gpt, "13": duden, "14": dict(kind=C)},
 "literature": [andr, duden, henne, dict(kaiser, year=2023), neuland, dict(gpt, year=2024), schlob, spitz, dict(wiki, year=2024)],
})


# ---- html: English Moodle page (tutor's study guide), APA-ish author-date, list pasted from several tools ----
wk = [
 dict(authors=["Braveman", "Egerter", "Williams"], title="The social determinants of health: Coming of age", year=2011, doi="10.1146/annurev-publhealth-031210-101218", kind=A),
 dict(title="Closing the gap in a generation: Health equity through action on the social determinants of health. Final report of the Commission on Social Determinants of Health", year=2008, kind=R),
 dict(authors=["Dahlgren", "Whitehead"], title="Policies and strategies to promote social equity in health", year=1991, kind=R),
 dict(authors=["Link", "Phelan"], title="Social conditions as fundamental causes of disease", year=1995, kind=A),
 dict(authors=["Mackenbach"], title="Politics is nothing but medicine at a larger scale: reflections on public health's biggest idea", year=2009, doi="10.1136/jech.2008.077032", kind=A),
 dict(authors=["Marmot", "Friel", "Bell", "Houweling", "Taylor"], title="Closing the gap in a generation: health equity through action on the social determinants of health", year=2008, kind=A),
 dict(authors=["Marmot"], title="The status syndrome: how social standing affects our health and longevity", year=2004, kind=B),
 dict(authors=["Nguyen"], title="Week 3: Measuring health inequality", year=2024, kind=W),
 dict(title="ChatGPT", year=2024, url="https://chat.openai.com/chat", kind=W),
 dict(authors=["Pickett", "Wilkinson"], title="Income inequality and health: A causal review", year=2015, doi="10.1016/j.socscimed.2014.12.031", kind=A),
 dict(title="Social determinants of health", year=2024, url="https://en.wikipedia.org/wiki/Social_determinants_of_health", kind=W),
 dict(authors=["Solar", "Irwin"], title="A conceptual framework for action on the social determinants of health", year=2010, url="https://www.who.int/publications/i/item/9789241500852", kind=R),
 dict(authors=["Wilkinson", "Pickett"], title="The spirit level: Why more equal societies almost always do better", year=2009, kind=B),
]
put("html", "week4-determinants", {
 "about": "An invented English Moodle 4.1 page resource (mod/page, Boost theme) saved from the browser: a tutor's Week 4 study guide for a first-year public-health course, with Moodle's head, navbar, breadcrumb, activity-completion badge, the page content in div.no-overflow as the Atto editor writes it (p dir=ltr with inline styles, h4 headings, a tutorial-question list), 'Last modified' and the footer with the login info. APA-ish author-date citations written both ways ('(Marmot et al, 2008)' without the period, 'Marmot et al. (2008)', 'Braveman, Egerter and Williams (2011)', '(Braveman et al., 2011)'), a page locator '(Dahlgren & Whitehead, 1991, p. 11)', a slide locator '(Nguyen, 2024, slide 14)', a corporate narrative citation 'Commission on Social Determinants of Health (2008)', a secondary citation '(as cited in Mackenbach, 2009)' (Virchow, named without a year, is no citation), Wikipedia cited by its title and ChatGPT by OpenAI. The References are paragraphs with a hanging indent pasted from several tools: APA 7 (https://doi.org DOIs), APA 6 ('doi:', 'Retrieved … from'), Vancouver from PubMed (Link & Phelan, Marmot 2004, Solar & Irwin with a WHO discussion-paper series and an IEEE-like '[Online]. Available:'), APA '[Lecture slides]' and '[Large language model]'; listed alphabetically except that Marmot et al. 2008 precedes Marmot 2004. Labels: author-date citations cite the list as [n], the position of the entry (1 Braveman … 13 Wilkinson). Corporate authors (the Commission, OpenAI, Wikipedia) not keyed. Kinds: the Commission's final report, Dahlgren & Whitehead's Institute for Futures Studies paper and Solar & Irwin's discussion paper report; lecture slides (on the LMS), ChatGPT and the Wikipedia article web. Invented: the university, LMS host and ids, the tutor, the lecturer T. Nguyen and the slides, the student. Real with data as remembered: every other reference. Planted: Link & Phelan 1995 (entry 4) is never cited: uncited-literature-entry at its line.",
 "document": "week4-determinants.html", "reader": "html", "clean": True,
 "notes": {f"[{i + 1}]": e for i, e in enumerate(wk) if i != 3},
 "literature": wk,
})


# ---- latex: English master's thesis chapter, natbib plainnat, .bib merged from Zotero/BBT, Mendeley and Scholar ----
fl = {
 "beutel2020flower": dict(authors=["Beutel", "Topal", "Mathur", "Qiu", "Fernandez-Marques", "Gao", "Sani", "Li", "Parcollet", "de Gusmão"], title="Flower: A friendly federated learning research framework", year=2020, kind=A),
 "bonawitz2017practical": dict(authors=["Bonawitz", "Ivanov", "Kreuter", "Marcedone", "McMahan", "Patel", "Ramage", "Segal", "Seth"], title="Practical secure aggregation for privacy-preserving machine learning", year=2017, kind=CH),
 "dwork2014algorithmic": dict(authors=["Dwork", "Roth"], title="The Algorithmic Foundations of Differential Privacy", year=2014, doi="10.1561/0400000042", kind=A),
 "Hard2018": dict(authors=["Hard", "Rao", "Mathews", "Ramaswamy", "Beaufays", "Augenstein", "Eichner", "Kiddon", "Ramage"], title="Federated Learning for Mobile Keyboard Prediction", year=2018, url="http://arxiv.org/abs/1811.03604", kind=A),
 "kairouz2019advances": dict(authors=["Kairouz", "McMahan", "Avent", "Bellet", "Bennis", "Bhagoji", "Bonawitz", "Charles", "Cormode", "Cummings"], title="Advances and open problems in federated learning", year=2019, kind=A),
 "li2020federated": dict(authors=["Li", "Sahu", "Talwalkar", "Smith"], title="Federated learning: Challenges, methods, and future directions", year=2020, kind=A),
 "googleblog2017": dict(authors=["McMahan", "Ramage"], title="Federated Learning: Collaborative Machine Learning without Centralized Training Data", year=2017, url="https://ai.googleblog.com/2017/04/federated-learning-collaborative.html", kind=W),
 "mcmahan2017communication": dict(authors=["McMahan", "Moore", "Ramage", "Hampson", "Agüera y Arcas"], title="Communication-Efficient Learning of Deep Networks from Decentralized Data", year=2017, url="https://proceedings.mlr.press/v54/mcmahan17a.html", kind=CH),
 "sattler2020": dict(authors=["Sattler", "Wiedemann", "Müller", "Samek"], title="Robust and Communication-Efficient Federated Learning From Non-i.i.d. Data", year=2020, doi="10.1109/TNNLS.2019.2944481", kind=A),
 "Schmidt2022": dict(authors=["Schmidt"], title="Client Drift in Cross-Device Federated Learning: An Empirical Study", year=2022, kind=T),
 "tff": dict(title="TensorFlow Federated", url="https://www.tensorflow.org/federated", kind=W),
 "ml4slides": dict(authors=["Weber"], title="Lecture 9: Privacy-Preserving Machine Learning", year=2023, kind=W),
 "Zhao2018": dict(authors=["Zhao", "Li", "Lai", "Suda", "Civin", "Chandra"], title="Federated Learning with Non-IID Data", year=2018, doi="10.48550/arXiv.1806.00582", kind=A),
}
put("latex", "fl-thesis-background", {
 "about": "An invented English master's thesis chapter (M.Sc. computer science, 'Background and Related Work' on federated learning) as a single report-class file sent to the supervisor: natbib with round,authoryear and \\bibliographystyle{plainnat}, \\citet, \\citep with pre/postnotes ('[see e.g.][]', '[p.~4]', '[Sec.~3]', '[ch.~3]', '[slide~23]'), a two-key \\citep, \\citeauthor, a \\todo macro, an equation, a \\ref to a chapter not in the file; references.bib merged by hand from three exports: Zotero/Better BibTeX (tab-indented, braced capitals, file= paths, urldate, month = apr), Mendeley (abstract, archivePrefix/arxivId/eprint, mendeley-groups, file, doubled braces around titles, {\\\"{u}} accents), Google Scholar (lower-case titles, 'arXiv preprint arXiv:…' as journal, 'and others', lower-case booktitle 'proceedings of …'), plus hand-written @mastersthesis and @misc entries (course slides with howpublished; TensorFlow Federated with url/urldate and 'Accessed:' note, no author, no year). The Mendeley duplicate of McMahan et al. (arXiv 2016 version, key McMahan2016) is never cited and so not printed. Labels: citation keys (\\citeauthor counts). Literature: the 13 cited entries in the order plainnat prints them (as BibTeX 0.99d prints them: by all the authors' names, then year, then citation key: 'McMahan and Ramage' before 'McMahan et al.'; tff, with neither author nor key field, first; corrected in fix round 57, see README Key corrections). Kinds: the AISTATS and CCS papers chapter; arXiv preprints article; the Google blog post, the slides and the TFF page web. Authors keyed as in the .bib before 'others'. Invented: the thesis, its author, Schmidt 2022, Weber's lecture. Real with data as remembered: every other entry. Planted: \\citep[Sec.~3]{kairouz2021advances} cites a key that is not in the .bib (the entry is kairouz2019advances): missing-literature-entry at that line (the finding of a key with no entry; corrected from citation-key-missing, see HALF_B.md Key corrections).",
 "document": "thesis.tex", "reader": "latex", "clean": True,
 "notes": fl,
 "literature": [fl[k] for k in ["tff", "beutel2020flower", "bonawitz2017practical", "dwork2014algorithmic", "Hard2018", "kairouz2019advances", "li2020federated", "googleblog2017", "mcmahan2017communication", "sattler2020", "Schmidt2022", "ml4slides", "Zhao2018"]],
})


# ---- docx: Turkish bachelor's thesis chapter (urban planning), Word footnotes, typed KAYNAKÇA ----
harvey = dict(authors=["Harvey"], title="Sosyal Adalet ve Şehir", year=2003, kind=B)
lefeb = dict(authors=["Lefebvre"], title="Şehir Hakkı", year=2015, kind=B)
glass = dict(authors=["Glass"], title="London: Aspects of Change", year=1964, kind=B)
kaya = dict(authors=["Kaya"], title="İstanbul'da soylulaştırma: Eski kent merkezlerinin yeni orta sınıflar tarafından dönüşümü", year=2009, kind=B)
law6306 = dict(year=2012, kind=R)
plan = dict(title="Kentsel Dönüşüm Stratejik Planı 2019-2023", year=2019, kind=R)
ozturk = dict(authors=["Öztürk"], title="Kentsel Dönüşüm Projelerinde Hak Sahipliği Sorunu", year=2018, doi="10.14744/planlama.2018.25773", kind=A)
arda = dict(authors=["Arda"], title="ŞBP 302 Kentsel Dönüşüm ders notları", year=2023)
vikipedi = dict(title="Fikirtepe", url="https://tr.wikipedia.org/wiki/Fikirtepe", kind=W)
yilmaz = dict(authors=["Yılmaz"], title="Fikirtepe'de 10 yıldır bitmeyen dönüşüm", year=2022, url="https://www.cumhuriyet.com.tr/turkiye/fikirtepede-10-yildir-bitmeyen-donusum-1905512", kind=A)
aksoy = dict(authors=["Aksoy"], title="Kentsel Dönüşüm Sürecinde Mahalle Aidiyeti: Fikirtepe Örneği", year=2020, kind=T)
put("docx", "fikirtepe-bitirme-tr", {
 "about": "An invented Turkish bachelor's graduation project chapter (urban planning: urban renewal and neighbourhood attachment in Fikirtepe, Istanbul) as Word saves a student's draft: faculty, title and author/supervisor paragraphs, Heading1/Heading2 headings, 15 Word footnotes (footnotes.xml) in Turkish humanities style ('Ad Soyad, *Başlık*, çev. …, Yer: Yayınevi, yıl, s. …'), 'a.g.e., s. 112.' (3 -> Lefebvre), 'Kaya, a.g.e.' (5 -> Kaya), 'Öztürk, a.g.m.' (9 -> Öztürk), 'Harvey, a.g.e.' (15 -> Harvey), a secondary citation 'Ruth Glass, … 1964, s. xviii; aktaran: Nilay Kaya, …' (4, keyed with the primary work), Law No. 6306 with its Resmî Gazete date and issue (6: legislation, report by the corpus kinds, year only), a ministry strategic plan (7: report, corporate author not keyed), a journal article with 'doi:' (8), the supervisor's lecture notes (10: no kind keyed; printed handouts, neither online slides nor a book), a Vikipedi article (11: web), a Cumhuriyet newspaper article with URL (12: article), an unpublished master's thesis (13), and a comment (14: commentary). The KAYNAKÇA is typed paragraphs mixing Turkish/Chicago ('Aksoy, Zeynep. *Title*. Yer: …, 2020.'), capitalised surnames pasted from an older list ('HARVEY, David.'), APA 7 ('Kaya, N. (2009).', 'Öztürk, M. (2018). … https://doi.org/…') and a Vikipedi entry with 'Erişim tarihi', followed by a 'Mevzuat' subheading with the law. Labels: footnote numbers; lines are body paragraph numbers. Invented: the project, its author, Selin Arda and her notes, Öztürk 2018 and its DOI, Kaya 2009's subtitle and page numbers, Aksoy 2020, Ece Yılmaz's article and URL, the plan's page. Real with data as remembered: Harvey's and Lefebvre's Turkish translations (Metis 2003, Sel 2015), Glass 1964, Law 6306 (RG 31.05.2012, 28309), the ministry's strategic plan title. Clean.",
 "document": "fikirtepe-bitirme-tr.docx", "reader": "docx", "clean": True, "lang": "tr-TR",
 "title": "Bitirme Bolum 2 taslak", "creator": "Elif Karaca",
 "notes": {"1": harvey, "2": lefeb, "3": lefeb, "4": glass, "5": kaya, "6": law6306, "7": plan, "8": ozturk, "9": ozturk,
           "10": dict(arda, title="ŞBP 302 Kentsel Dönüşüm"), "11": vikipedi, "12": yilmaz, "13": aksoy, "14": dict(kind=C), "15": harvey},
 "literature": [aksoy, arda, plan, glass, harvey, kaya, lefeb, dict(ozturk, title="Kentsel dönüşüm projelerinde hak sahipliği sorunu"), vikipedi, yilmaz, law6306],
})
