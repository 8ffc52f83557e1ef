"""Writes the meta.json of heldout51 half A's documents (rmarkdown, bibtex, supmarkdown,
markdown-links, rst).  Round 51's theme: computing and engineering -- proceedings, preprints,
software, data and standards.  Labels and lines come from the ⟦label⟧ annotations in the
sources, checked on the built files by check_a.py; fields are given here by hand.
Conventions: see ../../README.md, "Half A".  In short: a conference paper in proceedings is
`chapter`; a preprint (arXiv) `article`; software, packages, repositories, datasets, docs pages
and blog posts `web`; standards, RFCs, Internet-Drafts, technical reports and technical
manuals `report`; a patent `patent`; a thesis `thesis`; a personal communication
`commentary`.  Corporate and group authors (R Core Team, EMT Madrid, ONNX Runtime developers,
Arm Limited, ISO, Cloudflare, Envoy Project, "Automerge contributors", "Yjs Docs") are not
keyed; `and others` / `외` / `et al.` keep only the names printed.  Korean names are keyed by
their family name (the first syllable: 정하윤 -> 정); Spanish compound surnames whole
(García Ruiz, Sánchez-Vidal).  A standard's designation heads its entry and is no part of its
title.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout51 bicimad-calor-es edge-inference-thesis http3-migracion-ko crdt-editor-notes navegacion-hospital-es"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, P, C = "book", "article", "report", "chapter", "web", "thesis", "patent", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: Spanish data-science report (R Markdown, bookdown html_document2, referencias.bib) ----
rm = {
 "fishman2016": dict(authors=["Fishman"], title="Bikeshare: A Review of Recent Literature", year=2016, doi="10.1080/01441647.2015.1033036", kind=A),
 "eren2020": dict(authors=["Eren", "Uz"], title="A Review on Bike-Sharing: The Factors Affecting Bike-Sharing Demand", year=2020, doi="10.1016/j.scs.2019.101882", kind=A),
 "sanchezvidal2023": dict(authors=["Sánchez-Vidal", "Moreno"], title="Demanda de bicicleta compartida y calor extremo: evidencia de Madrid", year=2023, kind=A),
 "emt2023": dict(title="BiciMAD: datos de uso, 2019–2023", year=2023, url="https://datos.movilidad-madrid.example.net/bicimad/usos", kind=W),
 "ortega2024dataset": dict(authors=["Ortega", "Lindqvist"], title="Viajes de BiciMAD agregados por estación y hora, 2019–2023", year=2024, doi="10.99999/zenodo.10234567", kind=W),
 "pebesma2018": dict(authors=["Pebesma"], title="Simple Features for R: Standardized Support for Spatial Vector Data", year=2018, doi="10.32614/RJ-2018-009", kind=A),
 "wickham2019": dict(authors=["Wickham", "Averick", "Bryan", "Chang"], title="Welcome to the tidyverse", year=2019, doi="10.21105/joss.01686", kind=A),
 "wood2017": dict(authors=["Wood"], title="Generalized Additive Models: An Introduction with R", year=2017, kind=B),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "lme4pkg": dict(authors=["Bates", "Maechler", "Bolker", "Walker"], title="lme4: Linear Mixed-Effects Models using 'Eigen' and S4", year=2024, url="https://CRAN.R-project.org/package=lme4", kind=W),
 "hyndman2021": dict(authors=["Hyndman", "Athanasopoulos"], title="Forecasting: Principles and Practice", year=2021, url="https://otexts.com/fpp3/", kind=B),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "xie2015": dict(authors=["Xie"], title="Dynamic Documents with R and knitr", year=2015, kind=B),
}
put("rmarkdown", "bicimad-calor-es", {
 "about": "An invented Spanish data-science report (heat waves and the use of Madrid's BiciMAD bike-sharing system, 2019-2023) in R Markdown: YAML header (bookdown::html_document2, bibliography: referencias.bib, link-citations, lang: es), R chunks (setup, data load, a mgcv model, a figure with fig.cap and \\@ref(fig:curva)), inline `r ...` code, an e-mail address in the text (no citation), '# Referencias {-}' with <div id=\"refs\">. Citations: [@a; @b], [véase @key, sec. 4.2], @key [p. 6] and @key [cap. 3] (narrative with locator), [-@key] (suppressed author), [@bates2015; versión 1.1-35.1, @lme4pkg] (a prefix before the second key), [cf. @key, p. 104], plain [@key]; labelled by their .bib key, their note the entry. Literature: the 13 .bib entries, all cited, in the order pandoc's default Chicago author-date style prints them (author, then year): Bates 2015, Bates 2024 (the lme4 package), EMT Madrid, Eren, Fishman, Hyndman, Ortega, Pebesma, R Core Team, Sánchez-Vidal, Wickham, Wood, Xie. Kinds: journal articles (a JOSS software paper too) article; the arXiv preprint (@misc with eprint) article; the R manual, the CRAN package (@software), the open-data portal and the Zenodo dataset (@dataset) web; books book. Corporate authors (R Core Team, EMT Madrid) not keyed; `and others` keeps the four printed names. Invented: the report, its author and lab, Sánchez-Vidal & Moreno 2023 and its arXiv number 2305.14872, the EMT portal URL (example.net), Ortega & Lindqvist's Zenodo record and its DOI (prefix 10.99999), the 18 % figure. Real with data as remembered: Fishman 2016, Eren & Uz 2020, Pebesma 2018, Wickham et al. 2019, Wood 2017, Bates et al. 2015, the lme4 CRAN package (version as remembered), Hyndman & Athanasopoulos 2021, R Core Team, Xie 2015. Planted: @faghih2017 (a narrative citation at the end of the Métodos section) has no entry in referencias.bib: keyed as a pair with no note, missing-literature-entry at its line.",
 "document": "informe.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": rm,
 "literature": [rm[k] for k in ["bates2015", "lme4pkg", "emt2023", "eren2020", "fishman2016", "hyndman2021",
                                "ortega2024dataset", "pebesma2018", "rcore2024", "sanchezvidal2023",
                                "wickham2019", "wood2017", "xie2015"]],
})

# ---- bibtex: English computing thesis bibliography, Zotero + Better BibTeX export ----
bt = [
 dict(authors=["Vaswani", "Shazeer", "Parmar", "Uszkoreit", "Jones", "Gomez", "Kaiser", "Polosukhin"], title="Attention Is All You Need", year=2017, kind=CH),
 dict(authors=["Devlin", "Chang", "Lee", "Toutanova"], title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", year=2019, doi="10.18653/v1/N19-1423", kind=CH),
 dict(authors=["Hu", "Shen", "Wallis", "Allen-Zhu", "Li", "Wang", "Wang", "Chen"], title="LoRA: Low-Rank Adaptation of Large Language Models", year=2021, doi="10.48550/arXiv.2106.09685", kind=A),
 dict(authors=["Howard", "Zhu", "Chen", "Kalenichenko", "Wang", "Weyand", "Andreetto", "Adam"], title="MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications", year=2017, kind=A),
 dict(authors=["Jacob", "Kligys", "Chen", "Zhu", "Tang", "Howard", "Adam", "Kalenichenko"], title="Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference", year=2018, doi="10.1109/CVPR.2018.00286", kind=CH),
 dict(authors=["Han", "Mao", "Dally"], title="Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding", year=2016, kind=A),
 dict(authors=["Paszke", "Gross", "Massa", "Lerer", "Bradbury", "Chanan"], title="PyTorch: An Imperative Style, High-Performance Deep Learning Library", year=2019, kind=CH),
 dict(title="ONNX Runtime", year=2024, url="https://github.com/microsoft/onnxruntime", kind=W),
 dict(authors=["Krizhevsky"], title="Learning Multiple Layers of Features from Tiny Images", year=2009, kind=R),
 dict(authors=["Okafor", "Lindgren"], title="Energy Profiling of Microcontroller Inference Runtimes", year=2022, url="https://tech-reports.example.net/ucam-cl-tr-9731.pdf", kind=R),
 dict(authors=["Warden", "Situnayake"], title="TinyML: Machine Learning with TensorFlow Lite on Arduino and Ultra-Low-Power Microcontrollers", year=2019, kind=B),
 dict(authors=["Warden"], title="Why the Future of Machine Learning Is Tiny", year=2018, url="https://petewarden.com/2018/06/11/why-the-future-of-machine-learning-is-tiny/", kind=W),
 dict(title="Arm Cortex-M4 Processor Technical Reference Manual", year=2020, kind=R),
 dict(title="IEEE Standard for Floating-Point Arithmetic", year=2019, doi="10.1109/IEEESTD.2019.8766229", kind=R),
 dict(title="Road Vehicles – Functional Safety – Part 6: Product Development at the Software Level", year=2018, kind=R),
 dict(authors=["Brandt", "Oyelaran"], title="Low-Power Neural Network Accelerator with Shared Weight Buffers", year=2021, url="https://patents.example.net/US11183904B2", kind=P),
 dict(authors=["Ferreira"], title="Scheduling Neural Inference on Heterogeneous Microcontrollers", year=2023, kind=T),
]
put("bibtex", "edge-inference-thesis", {
 "about": "An English computing thesis's bibliography (efficient neural-network inference on microcontrollers) as Zotero with Better BibTeX exports it: a leading blank line, Better BibTeX citation keys (vaswaniAttentionAllYou2017), double-braced title words ({{BERT}}), lowercase field names, month macros (jun, oct), urldate, keywords, file, langid, shorttitle, Zotero's arXiv @misc (number = {arXiv:...}, eprint, primaryclass = {cs}, archiveprefix, publisher = {arXiv}, one with the arXiv DOI 10.48550/...), @inproceedings with booktitle (NeurIPS, NAACL, CVPR) and an editor list, @software with version and organization, two @techreport (one with type, one with a report number), @book, @online blog post, @manual (Arm TRM), @standard (IEEE Std 754-2019 with its DOI), a standard as @misc with its designation in number (ISO 26262-6:2018), @patent (type patentus, holder), @phdthesis. The document has no citations: a reference manager's export is the document itself. Literature: the 17 entries in file order. Kinds: @inproceedings chapter; arXiv @misc article; @software and @online web; @techreport, @manual, @standard and the ISO @misc report; @patent patent; @phdthesis thesis; @book book. Corporate authors ({ONNX Runtime developers}, {Arm Limited}, {International Organization for Standardization}) not keyed; `and others` keeps the six printed names (Paszke). Titles without BibTeX braces, `--` keyed as an en dash; a standard's designation (in number) is no part of its title. Invented: the thesis, Okafor & Lindgren's technical report (number UCAM-CL-TR-9731 and its example.net URL), Brandt & Oyelaran's patent (the number US 11,183,904 B2 as used here, holder, example.net URL), Ferreira's PhD thesis 2023, the Zotero file path. Real with data as remembered: Vaswani et al. 2017, Devlin et al. 2019, Hu et al. 2021, Howard et al. 2017, Jacob et al. 2018, Han et al. 2016, Paszke et al. 2019, ONNX Runtime 1.17.0, Krizhevsky 2009, Warden & Situnayake 2019, Warden's 2018 blog post, the Arm Cortex-M4 TRM (document number as remembered), IEEE 754-2019, ISO 26262-6:2018. Clean.",
 "document": "thesis.bib", "reader": "bibtex", "clean": True,
 "notes": {},
 "literature": bt,
})

# ---- supmarkdown: Korean engineering design note, <sup>n</sup> + numbered IEEE-style list ----
rfc = lambda au, ti, y, n: dict(authors=au, title=ti, year=y, doi=f"10.17487/RFC{n}", kind=R)
sm = [
 rfc(["Belshe", "Peon", "Thomson"], "Hypertext Transfer Protocol Version 2 (HTTP/2)", 2015, 7540),
 rfc(["Iyengar", "Thomson"], "QUIC: A UDP-Based Multiplexed and Secure Transport", 2021, 9000),
 rfc(["Iyengar", "Swett"], "QUIC Loss Detection and Congestion Control", 2021, 9002),
 rfc(["Bishop"], "HTTP/3", 2022, 9114),
 rfc(["Fielding", "Nottingham", "Reschke"], "HTTP Semantics", 2022, 9110),
 rfc(["Thomson", "Turner"], "Using TLS to Secure QUIC", 2021, 9001),
 rfc(["Rescorla"], "The Transport Layer Security (TLS) Protocol Version 1.3", 2018, 8446),
 dict(title="Information security, cybersecurity and privacy protection — Information security management systems — Requirements", year=2022, kind=R),
 dict(authors=["Cardwell", "Cheng", "Gunn", "Yeganeh", "Jacobson"], title="BBR: Congestion-Based Congestion Control", year=2017, doi="10.1145/3009824", kind=A),
 dict(authors=["Langley"], title="The QUIC Transport Protocol: Design and Internet-Scale Deployment", year=2017, doi="10.1145/3098822.3098842", kind=CH),
 dict(title="quiche: Savoury implementation of the QUIC transport protocol and HTTP/3", url="https://github.com/cloudflare/quiche", kind=W),
 dict(title="HTTP/3 overview", url="https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/http/http3", kind=W),
 rfc(["Nottingham", "McManus", "Reschke"], "HTTP Alternative Services", 2016, 7838),
 rfc(["Schwartz", "Bishop", "Nygren"], "Service Binding and Parameter Specification via the DNS (SVCB and HTTPS Resource Records)", 2023, 9460),
 dict(authors=["정", "문"], title="국내 이동통신망에서의 QUIC 연결 이동성 측정", year=2023, doi="10.99999/jkics.2023.48.3.311", kind=A),
 dict(authors=["Marx", "Niccolini", "Seemann", "Pardue"], title="Main logging schema for qlog", year=2024, url="https://datatracker.ietf.org/doc/draft-ietf-quic-qlog-main-schema/", kind=R),
]
for i, e in enumerate(sm):
    e["number"] = i + 1
put("supmarkdown", "http3-migracion-ko", {
 "about": "An invented Korean engineering design note (DN-2024-07: moving a mobile API gateway to HTTP/3 and QUIC) in Markdown: a status line, numbered sections, a bullet list of goals, a pipe table whose cells hold markers, an ordered rollout list, and '## 참고 문헌', a numbered list of 16 IEEE-style entries (authors with initials, quoted titles, RFC numbers with their RFC-series DOIs as URLs, ISO/IEC 27001:2022 designation first, a CACM article, a SIGCOMM paper with '외' for et al., a GitHub repository and a docs page with access dates in Korean, a Korean journal article in 「」/『』 with an invented DOI, an Internet-Draft). Citations: superscript markers <sup>n</sup> and <sup>n,m</sup> (one pair per number), labelled by the number, their note the list entry of that number; <sup>2</sup> and <sup>3</sup> cited twice. Literature: the 16 entries in order, numbered. Kinds: RFCs, the Internet-Draft and the ISO/IEC standard report; the CACM article article; the SIGCOMM paper chapter; the repository and the docs page web (corporate authors Cloudflare, Envoy Project not keyed; no year: none printed). Authors: family names of those printed; '외' keeps only Langley; Korean names by family name (정하윤 -> 정, 문재석 -> 문). The standard's designation is no part of its title. Invented: the note, the team, the RUM data, 정하윤 & 문재석 2023 (title, journal volume, pages, DOI prefix 10.99999), the quiche version and the Envoy docs path as remembered. Real with data as remembered: RFC 7540, 9000, 9001, 9002, 9110, 9114, 8446, 7838, 9460, ISO/IEC 27001:2022, Cardwell et al. 2017, Langley et al. 2017, the qlog draft (revision number as remembered). Clean.",
 "document": "design-note.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in sm},
 "literature": sm,
})

# ---- markdown-links: English engineering blog post, inline links + numbered References of links ----
ml = [
 dict(authors=["Nichols", "Curtis", "Dixon", "Lamping"], title="High-latency, low-bandwidth windowing in the Jupiter collaboration system", year=1995, doi="10.1145/215585.215706", kind=CH),
 dict(authors=["Shapiro", "Preguiça", "Baquero", "Zawirski"], title="Conflict-free replicated data types", year=2011, doi="10.1007/978-3-642-24550-3_29", kind=CH),
 dict(authors=["Kleppmann", "Gomes", "Mulligan", "Beresford"], title="Interleaving anomalies in collaborative text editors", year=2019, doi="10.1145/3301419.3323972", kind=CH),
 dict(authors=["Kleppmann", "Wiggins", "van Hardenberg", "McGranaghan"], title="Local-first software: you own your data, in spite of the cloud", year=2019, doi="10.1145/3359591.3359737", kind=CH),
 dict(authors=["Jahns"], title="yjs/yjs: Shared data types for building collaborative software", year=2024, url="https://github.com/yjs/yjs", kind=W),
 dict(title="automerge/automerge", year=2024, url="https://github.com/automerge/automerge", kind=W),
 dict(authors=["Kleppmann", "Beresford"], title="A Conflict-Free Replicated JSON Datatype", year=2016, url="https://arxiv.org/abs/1608.03960", kind=A),
 dict(title="loro-dev/loro", year=2024, url="https://github.com/loro-dev/loro", kind=W),
 dict(authors=["Gentle", "Kleppmann"], title="Collaborative Text Editing with Eg-walker: Better, Faster, Smaller", year=2024, url="https://arxiv.org/abs/2409.14252", kind=A),
 dict(authors=["Kleppmann"], title="automerge/automerge-perf", year=2020, url="https://github.com/automerge/automerge-perf", kind=W),
 dict(authors=["Jahns"], title="dmonad/crdt-benchmarks", year=2023, url="https://github.com/dmonad/crdt-benchmarks", kind=W),
 dict(authors=["Litt", "Lim", "Kleppmann", "van Hardenberg"], title="Peritext: A CRDT for Collaborative Rich Text Editing", year=2022, doi="10.1145/3555644", kind=A),
 dict(authors=["Fette", "Melnikov"], title="The WebSocket Protocol", year=2011, url="https://www.rfc-editor.org/rfc/rfc6455", kind=R),
 dict(authors=["Bryan", "Nottingham"], title="JavaScript Object Notation (JSON) Patch", year=2013, url="https://www.rfc-editor.org/rfc/rfc6902", kind=R),
 dict(title="Document Updates", url="https://docs.yjs.dev/api/document-updates", kind=W),
 dict(authors=["Kleppmann"], title="CRDT Resources", url="https://crdt.tech/", kind=W),
]
for i, e in enumerate(ml):
    e["number"] = i + 1
put("markdown-links", "crdt-editor-notes", {
 "about": "An invented English engineering blog post (choosing a CRDT library for an offline-first notes editor) in Markdown with YAML front matter, a byline, sections, a bullet list of candidates with bold links, a benchmark pipe table, and '## References': a numbered list of 16 entries, each 'Authors. [Title](url). Venue, Year.' (DOI links for papers, arXiv abstract pages for preprints, GitHub repositories with versions, RFC pages, a docs page and a resource page with access dates). Every body link is the URL of one entry (the post links each work once in the body), so it cites that entry: labelled by the entry's number, its note that entry. One link's text wraps over two lines: keyed at the line where the link starts. The Eg-walker paper's later EuroSys publication is mentioned in prose with no link: no citation. Literature: the 16 entries in order, numbered. Kinds: proceedings papers (UIST, SSS/LNCS, PaPoC, Onward!) chapter; arXiv preprints and the PACMHCI journal paper article; repositories, docs and resource pages web; RFCs report. Group authors ('Automerge contributors', 'Loro contributors', 'Yjs Docs') not keyed; 'Kevin Jahns et al.' keeps Jahns; Dutch particle kept ('van Hardenberg'). A repository's title is its owner/name as linked. Invented: the post, its author and team, the benchmark numbers, the versions as given. Real with data as remembered: Nichols et al. 1995, Shapiro et al. 2011, Kleppmann et al. 2019 (PaPoC, DOI as remembered), Kleppmann et al. 2019 (Onward!), Kleppmann & Beresford 2016, Gentle & Kleppmann 2024, Litt et al. 2022, RFC 6455, RFC 6902, the repositories and pages named. Clean.",
 "document": "crdt-editor-notes.md", "reader": "markdown-links", "clean": True,
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in ml},
 "literature": ml,
})

# ---- rst: Spanish robotics paper / Sphinx page, [Lab]_ citations + [#]_ footnotes ----
rs = {
 "Thr05": dict(authors=["Thrun", "Burgard", "Fox"], title="Probabilistic Robotics", year=2005, kind=B),
 "Mac22": dict(authors=["Macenski", "Foote", "Gerkey", "Lalancette", "Woodall"], title="Robot Operating System 2: Design, architecture, and uses in the wild", year=2022, doi="10.1126/scirobotics.abm6074", kind=A),
 "Hes16": dict(authors=["Hess", "Kohler", "Rapp", "Andor"], title="Real-time loop closure in 2D LIDAR SLAM", year=2016, doi="10.1109/ICRA.2016.7487258", kind=CH),
 "Cam21": dict(authors=["Campos", "Elvira", "Gómez Rodríguez", "Montiel", "Tardós"], title="ORB-SLAM3: An accurate open-source library for visual, visual–inertial, and multimap SLAM", year=2021, doi="10.1109/TRO.2021.3075644", kind=A),
 "Mac20": dict(authors=["Macenski", "Martín", "White", "Ginés Clavero"], title="The Marathon 2: A Navigation System", year=2020, doi="10.1109/IROS45743.2020.9341207", kind=CH),
 "Qui09": dict(authors=["Quigley", "Conley", "Gerkey", "Faust", "Foote", "Leibs", "Wheeler", "Ng"], title="ROS: an open-source Robot Operating System", year=2009, kind=CH),
 "Kar11": dict(authors=["Karaman", "Frazzoli"], title="Sampling-based algorithms for optimal motion planning", year=2011, doi="10.1177/0278364911406761", kind=A),
 "LaV06": dict(authors=["LaValle"], title="Planning Algorithms", year=2006, kind=B),
 "Kum11": dict(authors=["Kümmerle", "Grisetti", "Strasdat", "Konolige", "Burgard"], title="g2o: A general framework for graph optimization", year=2011, doi="10.1109/ICRA.2011.5979949", kind=CH),
 "Fox97": dict(authors=["Fox", "Burgard", "Thrun"], title="The dynamic window approach to collision avoidance", year=1997, doi="10.1109/100.580977", kind=A),
 "ISO13482": dict(title="Robots and robotic devices — Safety requirements for personal care robots", year=2014, kind=R),
 "Gar24": dict(authors=["García Ruiz"], title="Navegación autónoma de robots logísticos en entornos hospitalarios", year=2024, kind=T),
}
rs_notes = {k: v for k, v in rs.items() if k != "Kum11"}
rs_notes["1"] = dict(title="Documentación de ROS 2 Humble Hawksbill", url="https://docs.ros.org/en/humble/", kind=W)
rs_notes["2"] = dict(title="Protocolo de circulación de equipos móviles en zonas asistenciales", year=2023, kind=R)
rs_notes["3"] = dict(kind=C)
put("rst", "navegacion-hospital-es", {
 "about": "An invented Spanish robotics workshop paper / Sphinx page (autonomous navigation of a hospital delivery robot on ROS 2 and Nav2) in reStructuredText: a label, a title with over- and underline, a docinfo field list, a contents directive, sections, a note directive, a yaml code-block, a table directive holding a simple table with a citation in a header cell, an internal link to a section (`Lecciones aprendidas`_, no citation). Citations: [Thr05]_-style labels (author-year alphanumeric, ISO13482 too) with '.. [Lab]' entries under 'Referencias' (IEEE-style in Spanish: «» titles, 'y' between the last two authors, n.º, doi: prefixes, continuation lines indented), labelled by the citation label, their note the entry; three auto-numbered footnotes [#]_ with '.. [#]' under 'Notas', labelled 1-3 as docutils numbers them, their note the footnote (1 a docs page: web; 2 an internal hospital protocol: report, no authors; 3 a personal communication: commentary). [Mac22]_ [#]_ side by side is two pairs on one line. Literature: the 12 citation entries in document order (Kum11 included). Kinds: journal articles (Science Robotics, IEEE T-RO, IJRR, IEEE RAM) article; ICRA/IROS papers and the ICRA workshop paper chapter; books book; ISO 13482:2014 report (designation no part of its title); a Trabajo Fin de Máster thesis. Spanish compound surnames whole (Gómez Rodríguez, Ginés Clavero, García Ruiz). Invented: the paper, its authors, the hospital (named fictitious in the text), the results, García Ruiz 2024 and its title, the hospital protocol, the personal communication. Real with data as remembered: Thrun et al. 2005, Macenski et al. 2022 and 2020, Hess et al. 2016, Campos et al. 2021, Quigley et al. 2009, Karaman & Frazzoli 2011, LaValle 2006, Kümmerle et al. 2011, Fox et al. 1997, ISO 13482:2014, the ROS 2 Humble docs URL. Planted: [Kum11] is in the Referencias but cited nowhere: uncited-literature-entry at the entry's first line.",
 "document": "navegacion.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})
