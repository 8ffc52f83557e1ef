"""Writes the meta.json of heldout36 half A's text documents (labels and fields by hand; lines
come from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
The two Word documents are written with their keys by build_docx36.py from docs_a.py."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T = "book", "article", "commentary", "report", "chapter", "web", "thesis"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- latex: arXiv submission shipping only main.bbl (elsarticle, natbib author-year) ----
bbl = {
 "addor2017": dict(authors=["Addor", "Newman", "Mizukami", "Clark"], title="The CAMELS data set: catchment attributes and meteorology for large-sample studies", year=2017, doi="10.5194/hess-21-5293-2017", kind=A),
 "gupta2009": dict(authors=["Gupta", "Kling", "Yilmaz", "Martinez"], title="Decomposition of the mean squared error and NSE performance criteria: Implications for improving hydrological modelling", year=2009, doi="10.1016/j.jhydrol.2009.08.003", kind=A),
 "hochreiter1997": dict(authors=["Hochreiter", "Schmidhuber"], title="Long short-term memory", year=1997, doi="10.1162/neco.1997.9.8.1735", kind=A),
 "kratzert2018": dict(authors=["Kratzert", "Klotz", "Brenner", "Schulz", "Herrnegger"], title="Rainfall–runoff modelling using Long Short-Term Memory (LSTM) networks", year=2018, doi="10.5194/hess-22-6005-2018", kind=A),
 "kratzert2019": dict(authors=["Kratzert", "Klotz", "Shalev", "Klambauer", "Hochreiter", "Nearing"], title="Towards learning universal, regional, and local hydrological behaviors via machine learning applied to large-sample datasets", year=2019, doi="10.5194/hess-23-5089-2019", kind=A),
 "nash1970": dict(authors=["Nash", "Sutcliffe"], title="River flow forecasting through conceptual models part I – A discussion of principles", year=1970, doi="10.1016/0022-1694(70)90255-6", kind=A),
 "nearing2021": dict(authors=["Nearing", "Kratzert", "Sampson", "Pelissier", "Klotz", "Frame", "Prieto", "Gupta"], title="What role does hydrological science play in the age of machine learning?", year=2021, doi="10.1029/2020WR028091", kind=A),
 "newman2015": dict(authors=["Newman", "Clark", "Sampson", "Wood", "Hay", "Bock", "Viger", "Blodgett", "Brekke", "Arnold", "Hopson", "Duan"], title="Development of a large-sample watershed-scale hydrometeorological data set for the contiguous USA: data set characteristics and assessment of regional variability in hydrologic model performance", year=2015, doi="10.5194/hess-19-209-2015", kind=A),
 "ortega2023": dict(authors=["Ortega", "Halvorsen"], title="nh-lite: a minimal training framework for hydrological deep learning", year=2023, url="https://github.com/lortega-hydro/nh-lite"),
 "paszke2019": dict(authors=["Paszke", "Gross", "Massa", "Lerer", "Bradbury", "Chanan", "Killeen", "Lin", "Gimelshein", "Antiga", "Desmaison", "Kopf", "Yang", "DeVito", "Raison", "Tejani", "Chilamkurthy", "Steiner", "Fang", "Bai", "Chintala"], title="PyTorch: An imperative style, high-performance deep learning library", year=2019),
}
notes = dict(bbl)
notes["lees2021"] = {}
put("latex", "lstm-camels", {
 "about": "An invented English hydrology preprint (LSTM sequence length and catchment memory on CAMELS) as an arXiv source tarball ships it: main.tex in elsarticle (preprint,12pt,authoryear; frontmatter with \\affiliation{organization=…}, \\cortext, \\ead, keyword with \\sep, lineno), the introduction \\input from sections/introduction.tex, \\bibliographystyle{elsarticle-harv} and \\bibliography{refs} with NO refs.bib: only main.bbl as BibTeX wrote it with elsarticle-harv (the \\providecommand preamble, '%Type = Article' comments, \\bibitem[{Kratzert et~al.(2019)Kratzert, Klotz, …}]{key}, \\bibinfo{author}{Kratzert, F.}, \\newblock, \\DOIprefix\\doi{…}, \\URLprefix \\url{…}, an inproceedings with 'in: \\bibinfo{booktitle}'). natbib \\citep, \\citet, \\citep[e.g.,][]{a,b}, \\citep[NSE;][]{}, \\citep[KGE;][p.~84]{}, \\citep[cf.][]{}, a table. Labels: citation keys; lines of sections/introduction.tex at their own lines. Literature: the ten \\bibitems in .bbl order (alphabetical). Software entry (ortega2023) and conference paper (paszke2019) keyed without a kind. Invented: the paper, authors, institutes, results, Ortega & Halvorsen 2023 and its URL. Real with data as remembered: Addor et al. 2017, Gupta et al. 2009, Hochreiter & Schmidhuber 1997, Kratzert et al. 2018 and 2019, Nash & Sutcliffe 1970, Nearing et al. 2021, Newman et al. 2015, Paszke et al. 2019. Planted: \\citep{kratzert2019,lees2021} in the discussion cites lees2021, which has no \\bibitem in main.bbl (added after the last BibTeX run): missing-literature-entry at its line; the pair has no fields.",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": notes,
 "literature": numbered([bbl[k] for k in ["addor2017", "gupta2009", "hochreiter1997", "kratzert2018", "kratzert2019", "nash1970", "nearing2021", "newman2015", "ortega2023", "paszke2019"]]),
})

# ---- html: Spanish working paper, Google Docs "Download > Web page" export, footnotes ----
salas = dict(authors=["Salas", "Perez-Villadoniga", "Prieto-Rodriguez", "Russo"], title="Were traffic restrictions in Madrid effective at reducing NO2 levels?", year=2021, doi="10.1016/j.trd.2020.102689", kind=A)
lebr = dict(authors=["Lebrusán", "Toutouh"], title="Using smart city tools to evaluate the effectiveness of a low emissions zone in Spain: Madrid Central", year=2020, doi="10.3390/smartcities3020025", kind=A)
plan = dict(title="Plan A de Calidad del Aire y Cambio Climático de la Ciudad de Madrid", year=2017)
ley = dict(title="Ley 7/2021, de 20 de mayo, de cambio climático y transición energética", year=2021, url="https://www.boe.es/eli/es/l/2021/05/20/7")
who = dict(title="WHO global air quality guidelines: particulate matter (PM2.5 and PM10), ozone, nitrogen dioxide, sulfur dioxide and carbon monoxide", year=2021, url="https://iris.who.int/handle/10665/345329", kind=R)
holman = dict(authors=["Holman", "Harrison", "Querol"], title="Review of the efficacy of low emission zones to improve urban air quality in European cities", year=2015, doi="10.1016/j.atmosenv.2015.04.009", kind=A)
gut = dict(authors=["Gutiérrez Olmedo"], title="Zonas de bajas emisiones y comercio de proximidad: el caso del distrito Centro de Madrid", year=2022, kind=A)
news = dict(title="El Supremo confirma la anulación de Madrid Central por defectos de forma", year=2021, url="https://www.eldiariourbano.es/madrid/supremo-confirma-anulacion-madrid-central_1_8271", kind=A)
put("html", "madrid-zbe", {
 "about": "An invented Spanish working paper of an invented urban-mobility observatory (what is known of Madrid Central / the ZBE Distrito Centro and NO2) as Google Docs exports it with File > Download > Web page (.html): the whole page on ONE line with no final newline (every citation at line 1), a head with one <style> of generated classes (.c1 … .c20, .title, an @import of the theme fonts, a list-bullet rule), paragraphs of <span class=\"c2\"> runs, italics as a class ('c2 c12'), headings h2 with id=\"h.…\", a title paragraph, an empty paragraph, a bordered table of classes with a caption paragraph; footnotes as Google writes them: '<sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup>' in the body and, after an <hr>, one '<div><p class=\"c4\"><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span class=\"c6\">&nbsp;</span>…</p></div>' per note; every link a Google redirect 'https://www.google.com/url?q=TARGET&amp;sa=D&amp;source=editors&amp;ust=…&amp;usg=AOvVaw…' whose text is the target. Notes are full APA-like references written by hand in the notes (no reference list), 'Ibid., p. 42.' and 'Salas et al., op. cit., p. 5.' / 'Lebrusán y Toutouh, op. cit., pp. 470-472.' short notes, one commentary note (3). Labels: footnote numbers; short notes keyed with the fields of the work they point to; urls keyed as the redirect's target (the printed link text). Corporate authors (Ayuntamiento de Madrid, WHO, Redacción) not keyed; the municipal plan and the law keyed by title and year without a kind; the WHO guidelines a report. Invented: the observatory, the paper, the table figures, Gutiérrez Olmedo 2022 (journal, pages), the news item, its newspaper and URL, the usg/ust values. Real with data as remembered: Salas et al. 2021 (Transp. Res. D), Lebrusán & Toutouh 2020 (Smart Cities), Madrid's Plan A (2017; page as given), Ley 7/2021 and its ELI URL, the WHO 2021 guidelines and IRIS handle, Holman et al. 2015 (Atmos. Environ.). Clean.",
 "document": "madrid-zbe.html", "reader": "html", "clean": True,
 "notes": {"1": salas, "2": lebr, "3": dict(kind=C), "4": plan, "5": plan, "6": ley, "7": who, "8": holman, "9": salas, "10": gut, "11": news, "12": lebr},
})

# ---- pdftext: English bioRxiv-style two-column preprint through pdftotext -layout ----
bo = [
 dict(authors=["Potts", "Biesmeijer", "Kremen", "Neumann", "Schweiger", "Kunin"], title="Global pollinator declines: trends, impacts and drivers", year=2010, doi="10.1016/j.tree.2010.01.007", kind=A),
 dict(authors=["Goulson", "Nicholls", "Botías", "Rotheray"], title="Bee declines driven by combined stress from parasites, pesticides, and lack of flowers", year=2015, doi="10.1126/science.1255957", kind=A),
 dict(authors=["Kerr", "Pindar", "Galpern", "Packer", "Potts", "Roberts"], title="Climate change impacts on bumblebees converge across continents", year=2015, doi="10.1126/science.aaa7031", kind=A),
 dict(authors=["Soroye", "Newbold", "Kerr"], title="Climate change contributes to widespread declines among bumble bees across continents", year=2020, doi="10.1126/science.aax8591", kind=A),
 dict(authors=["Heinrich"], title="Bumblebee economics", year=1979, kind=B),
 dict(authors=["Oyen", "Giri", "Dillon"], title="Altitudinal variation in bumble bee (Bombus) critical thermal limits", year=2016, doi="10.1016/j.jtherbio.2016.04.015", kind=A),
 dict(authors=["Martinet", "Dellicour", "Ghisbain", "Przybyla", "Zambra", "Lecocq"], title="Global effects of extreme temperatures on wild bumblebees", year=2021, doi="10.1111/cobi.13685", kind=A),
 dict(authors=["Maebe", "Hart", "Marshall", "Vandamme", "Vereecken", "Michez"], title="Bumblebee resilience to climate change, through plastic and adaptive responses", year=2021, doi="10.1111/gcb.15751", kind=A),
 dict(authors=["Brennan", "Moss", "Adeyemi"], title="Heat knockdown in commercial Bombus terrestris colonies: a standard ramp protocol", year=2022, doi="10.1101/2022.06.14.496112"),
 dict(authors=["Lighton", "Turner"], title="Thermolimit respirometry: an objective assessment of critical thermal maxima in two sympatric desert harvester ants, Pogonomyrmex rugosus and P. californicus", year=2004, doi="10.1242/jeb.00970", kind=A),
 dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting linear mixed-effects models using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 dict(title="R: a language and environment for statistical computing", year=2023, url="https://www.R-project.org/"),
]
put("pdftext", "bombus-ctmax", {
 "about": "An invented English bioRxiv-style preprint (pollination ecology: critical thermal maximum of wild bumblebee workers along an urban gradient) made by a real conversion: the LaTeX source _src/_meta/bombus-ctmax.tex (article, twocolumn, 10pt, geometry, cite, fancyhdr running head 'bioRxiv preprint doi: …; this version posted …', lineno with [switch] line numbers on the outer side of each column, page numbers, Computer Modern Type 1 fonts) compiled twice with pdflatex (TeX Live 2022) and converted with `pdftotext -layout` (poppler): two pages whose two columns are printed side by side in each text line, line numbers at both edges, blank lines between, the running head repeated after the form feed, the title block with superscript affiliation digits on a line of their own, column text glued where the gutter narrows ('diver- a proxy for body size.'), the composed accent of 'Botı́as'. Citations are the cite package's numeric brackets '[1,2]', '[5, 6, 10]', some on the same text line as a citation or a list entry of the other column; the 'References' list (Vancouver, 12 entries, 'et al.' after six authors, 'doi:' DOIs, an R software entry with 'Available from:') starts in the left column of page 2 but entries [10]–[12] stand in the right column at the top of the page, so the converted text prints them BEFORE entries [1]–[9]. Labels '[n]', lines of the converted text (checked by _meta/gen_bombus.py). Literature in printed (numeric) order, authors as printed (the first six of an 'et al.' list); the bioRxiv preprint and the R software keyed without a kind, R Core Team (corporate) not keyed. Invented: the study, authors, universities, data, the preprint's own DOI, Brennan et al. 2022 and its DOI. Real with data as remembered: Potts et al. 2010, Goulson et al. 2015, Kerr et al. 2015, Soroye et al. 2020, Heinrich 1979, Oyen et al. 2016, Martinet et al. 2021, Maebe et al. 2021, Lighton & Turner 2004, Bates et al. 2015, R 4.3.1. Clean.",
 "document": "bombus-ctmax.txt", "reader": "pdf-text", "clean": True,
 "notes": {f"[{i + 1}]": e for i, e in enumerate(bo)},
 "literature": numbered(bo),
})
