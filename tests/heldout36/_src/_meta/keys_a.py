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
