"""Writes the meta.json of heldout37 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout37 <name ...>"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T = "book", "article", "commentary", "report", "chapter", "web", "thesis"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- html: French working paper, Word "Save as Web Page, Filtered", footnotes ----
leif = dict(authors=["Leifeld", "Menichetti"], title="The underappreciated potential of peatlands in global climate change mitigation strategies", year=2018, doi="10.1038/s41467-018-03406-6", kind=A)
gunt = dict(authors=["Günther", "Barthelmes", "Huth", "Joosten", "Jurasinski", "Koebsch", "Couwenberg"], title="Prompt rewetting of drained peatlands reduces climate warming despite methane emissions", year=2020, doi="10.1038/s41467-020-15499-z", kind=A)
tann = dict(authors=["Tanneberger", "Appulo", "Ewert", "Lakner", "Ó Brolcháin", "Peters", "Wichtmann"], title="The power of nature-based solutions: how peatlands can help us to achieve key EU sustainability objectives", year=2021, doi="10.1002/adsu.202000146", kind=A)
march = dict(authors=["Marchand", "Roulier"], title="Suivi piézométrique des zones humides : guide méthodologique", year=2016, kind=B)
gros = dict(authors=["Grosvernier", "Matthey", "Buttler"], title="Growth potential of three Sphagnum species in relation to water table level and peat properties with implications for their restoration in cut-over bogs", year=1997, kind=A)
cen = dict(title="Programme LIFE Tourbières du Jura : rapport final", year=2023, url="https://www.cen-doubs.example.org/life-tourbieres/rapport-final-2023.pdf", kind=R)
joos = dict(authors=["Joosten", "Clarke"], title="Wise use of mires and peatlands: background and principles including a framework for decision-making", year=2002, kind=B)
put("html", "tourbieres-jura-fr", {
 "about": "An invented French working paper of the (real-named, here invented) Conservatoire des espaces naturels du Doubs on ten years of water-table monitoring after rewetting of Haut-Jura raised bogs, as Word saves it with 'Enregistrer sous > Page Web filtrée': Generator 'Microsoft Word 15 (filtered)', the <style> in an HTML comment with Font/Style/Page Definitions, body lang=FR, div.WordSection1, MsoNormal paragraphs with align/justify styles, h1 headings, lines wrapped at ~80 columns inside tags, unquoted attributes; footnote references as Word writes them: '<a href=\"#_ftnN\" name=\"_ftnrefN\" title=\"\"><span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style=…>[N]</span></span></span></a>' wrapped over three or four lines (each keyed at the line where its <a starts); after <br clear=all> and an <hr width=33%>, one <div id=ftnN> per note with a MsoFootnoteText paragraph starting with the back-link. Notes are full references (APA-like with French quotes «&nbsp;…&nbsp;» and 'et'), 'Ibid., p. 479.' (7 → Grosvernier et al.), 'Günther et al., op. cit., p. 3.' (8) and 'Tanneberger et al., op. cit.' (10) keyed with the fields of the work they point to; note 4 a commentary; note 9 'Voir le rapport de synthèse : Conservatoire … (2023). …' a report by a corporate author (not keyed) with an invented URL. Labels: footnote numbers. Invented: the paper, its authors, the sites and figures, Marchand & Roulier 2016 (guide, publisher), the 2023 final report and its URL. Real with data as remembered: Leifeld & Menichetti 2018, Günther et al. 2020, Tanneberger et al. 2021, Grosvernier et al. 1997 (J. Appl. Ecol.), Joosten & Clarke 2002 (IMCG/IPS). Clean.",
 "document": "tourbieres-jura-fr.html", "reader": "html", "clean": True,
 "notes": {"1": leif, "2": gunt, "3": tann, "4": dict(kind=C), "5": march, "6": gros, "7": gros, "8": gunt, "9": cen, "10": tann, "11": joos},
})

# ---- html: English numerical-analysis preprint, LaTeX through LaTeXML ----
ml = [
 dict(authors=["Abdelfattah", "Anzt", "Boman"], title="A survey of numerical linear algebra methods utilizing mixed-precision arithmetic", year=2021, doi="10.1177/10943420211003313", kind=A),
 dict(authors=["Björck"], title="Numerical Methods for Least Squares Problems", year=1996, kind=B),
 dict(authors=["Carson", "Higham"], title="Accelerating the solution of linear systems by iterative refinement in three precisions", year=2018, doi="10.1137/17M1140819", kind=A),
 dict(authors=["Carson", "Higham", "Pranesh"], title="Three-precision GMRES-based iterative refinement for least squares problems", year=2020, doi="10.1137/20M1316822", kind=A),
 dict(authors=["Davis", "Hu"], title="The University of Florida sparse matrix collection", year=2011, doi="10.1145/2049662.2049663", kind=A),
 dict(authors=["Haidar", "Tomov", "Dongarra", "Higham"], title="Harnessing GPU tensor cores for fast FP16 arithmetic to speed up mixed-precision iterative refinement solvers", year=2018, doi="10.1109/SC.2018.00050"),
 dict(authors=["Higham"], title="Accuracy and Stability of Numerical Algorithms", year=2002, kind=B),
 dict(authors=["Moler"], title="Iterative refinement in floating point", year=1967, doi="10.1145/321386.321394", kind=A),
 dict(authors=["Okafor", "Lindqvist"], title="A batched incomplete QR factorization for GPUs in half precision", year=2024, kind=R),
 dict(authors=["Paige", "Saunders"], title="LSQR: An algorithm for sparse linear equations and sparse least squares", year=1982, doi="10.1145/355984.355989", kind=A),
 dict(authors=["Wilkinson"], title="Rounding Errors in Algebraic Processes", year=1963, kind=B),
]
put("html", "mixed-lsq", {
 "about": "An invented English numerical-analysis preprint (three-precision LSQR with a half-precision incomplete-QR preconditioner) as LaTeXML 0.8.8 converts its LaTeX (article, siam-like plain-sorted thebibliography): the 'Generated on … by LaTeXML' comment, ltx_page_main/ltx_document, ltx_authors with ltx_creator/ltx_personname/ltx_contact, ltx_abstract, <section class=\"ltx_section\"> with ltx_tag numbers, every paragraph a <div class=\"ltx_para\"><p class=\"ltx_p\"> on ONE line, inline MathML with alttext annotations, a ltx_table figure, \\cite rendered as '<cite class=\"ltx_cite ltx_citemacro_cite\">[<a href=\"#bib.bib8\" class=\"ltx_ref\">8</a>, <a href=\"#bib.bib7\" …>7</a>]</cite>' (uncompressed, in written order), with notes '[<a …>2</a>, Ch. 2]' and '[… 7 …, §2.2]'; the bibliography '<ul class=\"ltx_biblist\">' with <li id=\"bib.bibN\" class=\"ltx_bibitem\">, the ltx_tag_bibitem '[N]' and ltx_bibblock spans (SIAM style: initials first, italic titles, 'vol (year), pp.', DOIs as dx.doi.org links printed 'doi:…'), the LaTeXML footer with its logo. Labels: reference numbers; literature in printed order, authors as printed (the three before 'et al.' in [1]); the SC18 paper keyed without a kind. Invented: the paper, its authors, university, e-mail, results, Okafor & Lindqvist 2024 (report). Real with data as remembered: Abdelfattah et al. 2021, Björck 1996, Carson & Higham 2018, Carson, Higham & Pranesh 2020, Davis & Hu 2011, Haidar et al. 2018, Higham 2002, Moler 1967, Paige & Saunders 1982, Wilkinson 1963. Planted: entry [11] (Wilkinson 1963) is never cited: uncited-literature-entry at its <li> line.",
 "document": "mixed-lsq.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml[:10])},
 "literature": numbered(ml),
})

# ---- pdftext: English blog post, browser Print to PDF, pdftotext -layout ----
hp = [
 dict(title="Coefficient of performance", url="https://en.wikipedia.org/wiki/Coefficient_of_performance", kind=W),
 dict(authors=["Gibb", "Rosenow", "Lowes", "Hewitt"], title="Coming in from the cold: Heat pump efficiency at low temperatures", year=2023, doi="10.1016/j.joule.2023.08.005", kind=A),
 dict(title="Cold Climate Air Source Heat Pump List", url="https://ashp.neep.org/", kind=W),
 dict(title="The heat is on: heat pump field trials, phase 2", year=2013, kind=R),
 dict(authors=["Kelly", "Cockroft"], title="Analysis of retrofit air source heat pump performance: Results from detailed simulations and comparison to field trial data", year=2011, doi="10.1016/j.enbuild.2010.09.018", kind=A),
 dict(authors=["Rosenow", "Gibb", "Nowak", "Lowes"], title="Heating up the global heat pump market", year=2022, doi="10.1038/s41560-022-01104-8", kind=A),
 dict(title="The Future of Heat Pumps", year=2022, url="https://www.iea.org/reports/the-future-of-heat-pumps", kind=R),
 dict(authors=["Halvorsen"], title="Trondheim heat pump monitoring, winter 2025/26", year=2026, url="https://gridline-notes.example.net/data/trondheim-hp-2026.csv"),
 dict(authors=["Halvorsen"], title="Sizing a heat pump without guesswork", year=2025, url="https://gridline-notes.example.net/2025/10/sizing-without-guesswork/", kind=W),
]
put("pdftext", "heat-pumps-blog", {
 "about": "An invented English energy blog post ('Do heat pumps really work at minus twenty?', Gridline Notes) as a browser prints it to PDF (Chrome's headers and footers on) and `pdftotext -layout` converts it, written by hand in that shape: each of three pages starts with the browser header line '12/3/26, 10:14 AM' + page title and ends with the footer line URL + '1/3' … '3/3', pages separated by form feeds; the site's nav bar, byline, tags, previous/next links and copyright kept as text; body indented by the page margin. Citations are the post's bracketed numbers '[1]', '[6, 7]' (the last split over two lines: keyed at the line where it starts); the 'References' list numbered '1.' … '9.' (APA-like) runs over the page break, its entries 6–9 after page 3's header. Labels '[n]'. Corporate authors (Wikipedia contributors, NEEP, Energy Saving Trust, IEA) not keyed; the dataset (8) keyed without a kind; Wikipedia, the NEEP list and the earlier post web pages; EST and IEA reports. Invented: the blog, its author, domain and URLs, the Trondheim data and dataset, the earlier post. Real with data as remembered: Gibb et al. 2023 (Joule), Kelly & Cockroft 2011, Rosenow et al. 2022 (Nature Energy), EST 2013 field trials phase 2, IEA 2022, NEEP's ccASHP list, the Wikipedia article. Clean.",
 "document": "heat-pumps-blog.txt", "reader": "plain-text", "clean": True,
 "notes": {f"[{i + 1}]": e for i, e in enumerate(hp)},
 "literature": numbered(hp),
})

# ---- plaintext: English history chapter, Word "Save as Plain Text" (CRLF, soft-wrapped) ----
baxter = dict(authors=["Baxter"], title="The east coast Big Flood, 31 January-1 February 1953: a summary of the human disaster", year=2005, doi="10.1098/rsta.2005.1569", kind=A)
gerr = dict(authors=["Gerritsen"], title="What happened in 1953? The Big Flood in the Netherlands in retrospect", year=2005, doi="10.1098/rsta.2005.1568", kind=A)
put("plaintext", "flood-1953", {
 "about": "An invented English oral-history chapter draft (memory of the 1953 North Sea flood in Zeeland and Essex) as Word's 'Save as Plain Text' writes it (Windows, CRLF line ends): one line per paragraph (soft-wrapped), the title and byline lines, footnote references as '[1]' glued to the punctuation ('307, … Kent.[1]'), and after a line of sixteen underscores the notes as '[1] text', one a line (Chicago notes-bibliography: full first notes, short notes 'Baxter, \"The east coast Big Flood,\" 1301.', 'Ibid., 1305-1307.', 'Gerritsen, \"What happened in 1953?,\" 1285.' keyed with the fields of the work they point to). Note 9 a commentary; notes 10 and 12 (archive interviews) keyed with no fields. Labels: note numbers. The Deltacommissie (corporate) not keyed. Invented: the chapter, its author and university, the interviews and archive, Marlowe 2011 (book, press). Real with data as remembered: Baxter 2005, McRobie, Spencer & Gerritsen 2005, Gerritsen 2005 (Phil. Trans. R. Soc. A 363), Bijker 2002 (Technology and Culture), Deltacommissie 2008 (Samen werken met water). Clean.",
 "document": "flood-1953.txt", "reader": "plain-text", "clean": True,
 "newline": {"flood-1953.txt": "\r\n"},
 "notes": {"1": baxter,
           "2": dict(authors=["McRobie", "Spencer", "Gerritsen"], title="The Big Flood: North Sea storm surge", year=2005, doi="10.1098/rsta.2005.1567", kind=A),
           "3": gerr, "4": baxter, "5": baxter,
           "6": dict(authors=["Marlowe"], title="Holding Back the Thames: Flood Defence Politics in London, 1953-1984", year=2011, kind=B),
           "7": gerr,
           "8": dict(authors=["Bijker"], title="The Oosterschelde storm surge barrier: a test case for Dutch water technology, management, and politics", year=2002, doi="10.1353/tech.2002.0104", kind=A),
           "9": dict(kind=C), "10": {},
           "11": dict(title="Samen werken met water: een land dat leeft, bouwt aan zijn toekomst", year=2008, kind=R),
           "12": {}},
})
