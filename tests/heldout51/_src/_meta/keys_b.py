"""Writes the meta.json of heldout51 half B's documents (latex, org, html, pdftext) and the
odt_meta.json the ODT builder script reads.  Round 51's theme: computing and engineering —
proceedings, preprints, software, data and standards.  Labels and lines come from the ⟦label⟧
annotations in the sources (the ODT's from its footnotes, numbered by the builder); fields are
given here by hand.  Conventions (see ../../HALF_B.md): authors are family names as printed
(corporate authors, `et al.` and `and others` not keyed; capitals in ordinary case); titles as
printed, subtitle included, BibTeX braces and italics not part of them, `--` an en dash, inner
quotation marks kept; a standard, an RFC or Internet-Draft, a law, decree or regulation is
`report` keyed by its title (its designation — UNI EN 1998-3:2005, RFC 9000, PN-EN 50160:2023-09 —
no part of the title); a conference paper `chapter`; an arXiv preprint `article`; software,
repositories, Zenodo records, documentation pages and data portals `web`; a manufacturer's
manual or datasheet `report`; a patent `patent`; a thesis `thesis`; `cit.` and short repeats
keyed with the work they repeat; a note pointing inside the document (`Si veda infra`) is
`commentary`.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout51 recomendacao-federada-pt slam-notebook quic-fingerprint napiecie-pv-pl
  .venv/bin/python tests/heldout51/_src/odt/verifica-sismica-it/verifica_sismica.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(notes, order):
    out = []
    for lab in order:
        e = dict(notes[lab])
        if lab.isdigit():
            e = {"number": int(lab), **e}
        out.append(e)
    return out


# ---- latex: Brazilian Portuguese computing conference paper (SBC template), natbib + plainnat ----
fl = {
 "mcmahan2017": dict(authors=["McMahan", "Moore", "Ramage", "Hampson", "Agüera y Arcas"], title="Communication-Efficient Learning of Deep Networks from Decentralized Data", year=2017, kind=CH),
 "kairouz2021": dict(authors=["Kairouz", "McMahan"], title="Advances and Open Problems in Federated Learning", year=2021, doi="10.1561/2200000083", kind=A),
 "brasil2018lgpd": dict(title="Lei n.º 13.709, de 14 de agosto de 2018: Lei Geral de Proteção de Dados Pessoais (LGPD)", year=2018, url="https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm", kind=R),
 "ammad2019": dict(authors=["Ammad-ud-din", "Ivannikova", "Khan", "Oyomno", "Fu", "Tan", "Flanagan"], title="Federated Collaborative Filtering for Privacy-Preserving Personalized Recommendation System", year=2019, kind=A),
 "souza2023": dict(authors=["Souza", "Almeida", "Ribeiro"], title="Filtragem colaborativa federada para recomendação em comércio eletrônico", year=2023, doi="10.99999/sbbd.2023.4417", kind=CH),
 "he2017ncf": dict(authors=["He", "Liao", "Zhang", "Nie", "Hu", "Chua"], title="Neural Collaborative Filtering", year=2017, doi="10.1145/3038912.3052569", kind=CH),
 "rendle2009bpr": dict(authors=["Rendle", "Freudenthaler", "Gantner", "Schmidt-Thieme"], title="BPR: Bayesian Personalized Ranking from Implicit Feedback", year=2009, kind=CH),
 "paszke2019": dict(authors=["Paszke", "Gross", "Massa", "Lerer", "Bradbury", "Chanan"], title="PyTorch: An Imperative Style, High-Performance Deep Learning Library", year=2019, kind=CH),
 "li2018fedprox": dict(authors=["Li", "Sahu", "Zaheer", "Sanjabi", "Talwalkar", "Smith"], title="Federated Optimization in Heterogeneous Networks", year=2018, kind=A),
 "li2020fedprox": dict(authors=["Li", "Sahu", "Zaheer", "Sanjabi", "Talwalkar", "Smith"], title="Federated Optimization in Heterogeneous Networks", year=2020, kind=CH),
 "bonawitz2017": dict(authors=["Bonawitz", "Ivanov", "Kreuter", "Marcedone", "McMahan", "Patel", "Ramage", "Segal", "Seth"], title="Practical Secure Aggregation for Privacy-Preserving Machine Learning", year=2017, doi="10.1145/3133956.3133982", kind=CH),
 "dwork2014": dict(authors=["Dwork", "Roth"], title="The Algorithmic Foundations of Differential Privacy", year=2014, doi="10.1561/0400000042", kind=A),
 "harper2015": dict(authors=["Harper", "Konstan"], title="The MovieLens Datasets: History and Context", year=2015, doi="10.1145/2827872", kind=A),
 "beutel2020flower": dict(authors=["Beutel", "Topal", "Mathur", "Qiu", "Parcollet", "de Gusmão", "Lane"], title="Flower: A Friendly Federated Learning Research Framework", year=2020, kind=A),
 "flower2024": dict(title="Flower: A Friendly Federated Learning Framework", year=2024, url="https://github.com/adap/flower", kind=W),
}
fl_order = ["ammad2019", "beutel2020flower", "bonawitz2017", "brasil2018lgpd", "dwork2014", "flower2024",
            "harper2015", "he2017ncf", "kairouz2021", "li2018fedprox", "li2020fedprox", "mcmahan2017",
            "paszke2019", "rendle2009bpr", "souza2023"]
put("latex", "recomendacao-federada-pt", {
 "about": "An invented Brazilian Portuguese computing conference paper (federated recommendation with differential privacy on MovieLens) in the SBC template: English abstract and Portuguese resumo, natbib (square, authoryear) with \\citep, \\citep[Seç.~3]{…}, \\citep[versão 2.1;][]{…}, \\citet, \\citet[cap.~3]{…}, \\citealp, and \\citep{a, b}; \\bibliographystyle{plainnat} and \\bibliography{referencias} (all 15 .bib entries cited; literature in plainnat's order: by author label, year, title). Entries: @inproceedings (chapter), arXiv @misc (article; FedProx cited both as the 2018 arXiv v1 preprint and as the 2020 MLSys paper, two works), @software (web, corporate author not keyed), @article, the LGPD as @misc with braced corporate author {Brasil} (report, author not keyed), `and others` not keyed. Labels: citation keys. Invented: the paper, its authors and institutions, Souza/Almeida/Ribeiro's SBBD 2023 paper and its DOI, oliveira2022. Real with data as remembered (pages may differ): McMahan et al. 2017, Kairouz et al. 2021, LGPD, Ammad-ud-din et al. 2019, He et al. 2017, Rendle et al. 2009, Paszke et al. 2019, Li et al. 2018/2020, Bonawitz et al. 2017, Dwork & Roth 2014, Harper & Konstan 2015, Beutel et al. 2020, Flower 1.8.0. Planted: \\citep{souza2023, oliveira2022} cites oliveira2022, which the .bib lacks: missing-literature-entry at its line.",
 "document": "artigo.tex", "reader": "latex", "clean": True,
 "notes": fl,
 "literature": [fl[k] for k in fl_order],
})

# ---- odt: Italian civil-engineering thesis chapter (seismic assessment), footnotes ----
circ = dict(title="Istruzioni per l'applicazione dell'«Aggiornamento delle “Norme tecniche per le costruzioni”» di cui al decreto ministeriale 17 gennaio 2018", year=2019, kind=R)
cnr = dict(title="Istruzioni per la Progettazione, l'Esecuzione ed il Controllo di Interventi di Consolidamento Statico mediante l'utilizzo di Compositi Fibrorinforzati", year=2013, kind=R)
odt_notes = {
 "1": dict(title="Aggiornamento delle «Norme tecniche per le costruzioni»", year=2018, kind=R),
 "2": circ,
 "3": dict(title="Eurocodice 8 – Progettazione delle strutture per la resistenza sismica – Parte 3: Valutazione e adeguamento degli edifici", year=2005, kind=R),
 "4": dict(title="Prove sul calcestruzzo nelle strutture – Parte 1: Carote – Prelievo, esame e prova di compressione", year=2019, kind=R),
 "5": dict(title="Prove sul calcestruzzo nelle strutture – Parte 2: Prove non distruttive – Determinazione dell'indice sclerometrico", year=2021, kind=R),
 "6": dict(authors=["Masi", "Chiauzzi"], title="An experimental study on the within-member variability of in situ concrete strength in RC building structures", year=2013, doi="10.1016/j.conbuildmat.2013.05.102", kind=A),
 "7": dict(title="Acciaio per calcestruzzo armato e calcestruzzo armato precompresso – Metodi di prova – Parte 1: Barre, rotoli e fili per calcestruzzo armato", year=2019, kind=R),
 "8": dict(title="Vulnerabilità sismica degli edifici scolastici: esiti della campagna di indagini 2019–2022", year=2023, kind=R),
 "9": dict(title="CSI Analysis Reference Manual for SAP2000, ETABS, SAFE and CSiBridge", year=2017, kind=R),
 "10": circ,
 "11": dict(authors=["Priestley", "Calvi", "Kowalsky"], title="Displacement-Based Seismic Design of Structures", year=2007, kind=B),
 "12": dict(authors=["Fardis"], title="Seismic Design, Assessment and Retrofitting of Concrete Buildings: Based on EN-Eurocode 8", year=2009, kind=B),
 "13": dict(authors=["Bertoldi"], title="Analisi pushover di edifici scolastici in c.a. progettati per soli carichi verticali", year=2021, kind=T),
 "14": cnr,
 "15": dict(title="Scheda tecnica CarboTex UD 300 – tessuto unidirezionale in fibra di carbonio", year=2022, url="https://www.scpadani.example.it/schede/carbotex-ud300.pdf", kind=R),
 "16": dict(authors=["Saleri", "Ongaro"], title="Dispositivo di ritegno per tamponature in laterizio di telai in calcestruzzo armato", year=2020, kind=P),
 "17": cnr,
 "18": dict(title="Linee guida per la riparazione e il rafforzamento di elementi strutturali, tamponature e partizioni", year=2011, kind=R),
 "19": dict(kind=C),
}
put("odt", "verifica-sismica-it", {
 "title": "Capitolo 3 – Valutazione della sicurezza sismica dell'edificio scolastico di via Roggia Vecchia",
 "reader": "odt", "clean": True,
 "about": "An invented Italian civil-engineering master's thesis chapter (seismic assessment of a 1970s reinforced-concrete school building) as an ODT built with tests/corpus_build/build_odt.py's Doc class: headings, paragraphs with 19 footnotes (Italian note style, titles in italics): the NTC 2018 decree and its 2019 Circolare (report, by title), UNI EN / UNI EN ISO standards cited designation first (report, designation not in the title), CNR-DT 200 R1/2013 (report), a regional technical report with a report number (report, no authors), a journal article with a DOI, two books, a master's thesis (thesis), a software reference manual and a manufacturer's datasheet with a hyperlink and access date (report, company not keyed), a European patent (patent), ReLUIS guidelines (report), two `cit.` repeats (the work they name: notes 10 → 2, 17 → 14) and a note pointing inside the thesis (`Si veda infra, cap. 5`: commentary). Labels: footnote numbers; lines: body paragraph numbers; notes only, no literature. Invented: the thesis, the building, the street, the Politecnico di Lombardia Orientale, G. Bertoldi's thesis, F. Saleri and M. Ongaro and their patent EP 3 456 789 B1, Sistemi Compositi Padani S.r.l., CarboTex and its URL, the Regione Lombardia report RT-DGI-2023/04. Real with data as remembered: D.M. 17.1.2018, Circolare n. 7/2019, UNI EN 1998-3:2005, UNI EN 12504-1:2019, UNI EN 12504-2:2021, UNI EN ISO 15630-1:2019, CNR-DT 200 R1/2013, Masi & Chiauzzi 2013, CSI Analysis Reference Manual 2017, Priestley/Calvi/Kowalsky 2007, Fardis 2009, ReLUIS 2011. Clean.",
 "notes": odt_notes,
}, file="odt_meta.json")

# ---- org: English robotics lab notebook, org-cite with ieee.csl ----
sl = {
 "macenski2022ros2": dict(authors=["Macenski", "Foote", "Gerkey", "Lalancette", "Woodall"], title="Robot Operating System 2: Design, architecture, and uses in the wild", year=2022, doi="10.1126/scirobotics.abm6074", kind=A),
 "macenski2020marathon": dict(authors=["Macenski", "Martín", "White", "Ginés Clavero"], title="The Marathon 2: A Navigation System", year=2020, doi="10.1109/IROS45743.2020.9341207", kind=CH),
 "thrun2005probabilistic": dict(authors=["Thrun", "Burgard", "Fox"], title="Probabilistic Robotics", year=2005, kind=B),
 "hess2016cartographer": dict(authors=["Hess", "Kohler", "Rapp", "Andor"], title="Real-Time Loop Closure in 2D LIDAR SLAM", year=2016, doi="10.1109/ICRA.2016.7487258", kind=CH),
 "zhang2014loam": dict(authors=["Zhang", "Singh"], title="LOAM: Lidar Odometry and Mapping in Real-time", year=2014, kind=CH),
 "xu2022fastlio2": dict(authors=["Xu", "Cai", "He", "Lin", "Zhang"], title="FAST-LIO2: Fast Direct LiDAR-Inertial Odometry", year=2022, doi="10.1109/TRO.2022.3141876", kind=A),
 "campos2021orbslam3": dict(authors=["Campos", "Elvira", "Gómez Rodríguez", "Montiel", "Tardós"], title="ORB-SLAM3: An Accurate Open-Source Library for Visual, Visual–Inertial, and Multimap SLAM", year=2021, doi="10.1109/TRO.2021.3075644", kind=A),
 "intel2023d435datasheet": dict(title="Intel RealSense Product Family D400 Series: Datasheet", year=2023, url="https://www.intelrealsense.com/wp-content/uploads/2023/07/Intel-RealSense-D400-Series-Datasheet-July-2023.pdf", kind=R),
 "qin2018vins": dict(authors=["Qin", "Li", "Shen"], title="VINS-Mono: A Robust and Versatile Monocular Visual-Inertial State Estimator", year=2018, doi="10.1109/TRO.2018.2853729", kind=A),
 "burri2016euroc": dict(authors=["Burri", "Nikolic", "Gohl", "Schneider", "Rehder", "Omari", "Achtelik", "Siegwart"], title="The EuRoC micro aerial vehicle datasets", year=2016, doi="10.1177/0278364915620033", kind=A),
 "dellaert2022gtsam": dict(authors=["Dellaert"], title="borglab/gtsam", year=2022, doi="10.5281/zenodo.5794541", url="https://github.com/borglab/gtsam", kind=W),
 "dellaert2017factor": dict(authors=["Dellaert", "Kaess"], title="Factor Graphs for Robot Perception", year=2017, doi="10.1561/2300000043", kind=A),
 "zhou2018open3d": dict(authors=["Zhou", "Park", "Koltun"], title="Open3D: A Modern Library for 3D Data Processing", year=2018, kind=A),
 "sturm2012tum": dict(authors=["Sturm", "Engelhard", "Endres", "Burgard", "Cremers"], title="A Benchmark for the Evaluation of RGB-D SLAM Systems", year=2012, doi="10.1109/IROS.2012.6385773", kind=CH),
 "geiger2012kitti": dict(authors=["Geiger", "Lenz", "Urtasun"], title="Are we ready for Autonomous Driving? The KITTI Vision Benchmark Suite", year=2012, doi="10.1109/CVPR.2012.6248074", kind=CH),
 "iso10218-1-2011": dict(title="Robots and robotic devices – Safety requirements for industrial robots – Part 1: Robots", year=2011, kind=R),
 "ros2docs2024lifecycle": dict(title="Managed nodes", year=2024, url="https://docs.ros.org/en/humble/Tutorials/Demos/Managed-Nodes.html", kind=W),
}
sl_order = list(sl)  # ieee.csl: order of first citation, which is the dict's order
put("org", "slam-notebook", {
 "about": "An invented English robotics lab notebook in Org mode (LiDAR-inertial SLAM on a warehouse robot): #+bibliography: references.bib, #+cite_export: csl ~/Zotero/styles/ieee.csl, dated log headings with list items, org-cite [cite:@key] and one [cite:@a;@b], #+print_bibliography: under a References heading. IEEE CSL prints the list in order of first citation (all 17 entries cited). Entries: journal articles, IEEE/RSS conference papers (chapter), a book, an arXiv preprint (@misc: article), GTSAM as @software with a Zenodo DOI (web; `GTSAM Contributors` corporate, not keyed), a manufacturer's datasheet as @techreport (report, Intel not keyed), ISO 10218-1:2011 as @standard (report, designation not in the title, `--` an en dash), a ROS 2 documentation page as @online (web, Open Robotics not keyed). Labels: citation keys. Invented: the notebook, its author and colleagues, the demonstrator. Real with data as remembered (pages, DOIs and the datasheet URL may differ): all 17 works. Clean.",
 "document": "slam-notebook.org", "reader": "org", "clean": True,
 "notes": sl,
 "literature": [sl[k] for k in sl_order],
})

# ---- html: English networking/security journal article page, IEEE numbered references ----
rfc = lambda n: f"10.17487/RFC{n}"
qf = {
 "1": dict(authors=["Iyengar", "Thomson"], title="QUIC: A UDP-based multiplexed and secure transport", year=2021, doi=rfc(9000), kind=R),
 "2": dict(authors=["Thomson", "Turner"], title="Using TLS to secure QUIC", year=2021, doi=rfc(9001), kind=R),
 "3": dict(authors=["Rescorla"], title="The Transport Layer Security (TLS) protocol version 1.3", year=2018, doi=rfc(8446), kind=R),
 "4": dict(authors=["Fielding", "Nottingham", "Reschke"], title="HTTP semantics", year=2022, doi=rfc(9110), kind=R),
 "5": dict(authors=["Bishop"], title="HTTP/3", year=2022, doi=rfc(9114), kind=R),
 "6": dict(authors=["Langley"], title="The QUIC transport protocol: Design and Internet-scale deployment", year=2017, doi="10.1145/3098822.3098842", kind=CH),
 "7": dict(authors=["Rüth", "Poese", "Dietzel", "Hohlfeld"], title="A first look at QUIC in the wild", year=2018, kind=CH),
 "8": dict(authors=["Kakhki", "Jero", "Choffnes", "Nita-Rotaru", "Mislove"], title="Taking a long look at QUIC: An approach for rigorous evaluation of rapidly evolving transport protocols", year=2017, doi="10.1145/3131365.3131368", kind=CH),
 "9": dict(authors=["Zirngibl", "Buschmann", "Sattler", "Jaeger", "Aulbach", "Carle"], title="It’s over 9000: Analyzing early QUIC deployments with the standardization on the horizon", year=2021, kind=CH),
 "10": dict(authors=["Althouse", "Atkinson", "Atkins"], title="JA3 – A method for profiling SSL/TLS clients", year=2017, url="https://github.com/salesforce/ja3", kind=W),
 "11": dict(authors=["Thomson"], title="Version-independent properties of QUIC", year=2021, doi=rfc(8999), kind=R),
 "12": dict(authors=["Durumeric", "Wustrow", "Halderman"], title="ZMap: Fast Internet-wide scanning and its security applications", year=2013, kind=CH),
 "13": dict(authors=["Anderson", "McGrew"], title="OS fingerprinting: New techniques and a study of information gain and obfuscation", year=2017, doi="10.1109/CNS.2017.8228647", kind=CH),
 "14": dict(authors=["Vasquez", "Ahmadi"], title="Who is knocking? Identifying QUIC client libraries from handshake metadata", year=2024, url="https://arxiv.org/abs/2403.11872v2", kind=A),
 "15": dict(authors=["Marx", "Niccolini", "Seemann", "Pardue"], title="Main logging schema for qlog", year=2023, url="https://datatracker.ietf.org/doc/draft-ietf-quic-qlog-main-schema/07/", kind=R),
 "16": dict(title="Wireshark", year=2024, url="https://www.wireshark.org/", kind=W),
 "17": dict(authors=["Okafor"], title="qinitial-fp: Feature extraction for QUIC Initial packets", year=2025, doi="10.99999/zenodo.11223344", kind=W),
 "18": dict(authors=["Rescorla", "Oku", "Sullivan", "Wood"], title="TLS Encrypted Client Hello", year=2024, url="https://datatracker.ietf.org/doc/draft-ietf-tls-esni/18/", kind=R),
 "19": dict(authors=["Thomson"], title="Greasing the QUIC bit", year=2022, doi=rfc(9287), kind=R),
 "20": dict(authors=["Kumar", "Lindahl"], title="Traffic classification of encrypted UDP flows with transport-layer features", year=2024, doi="10.99999/tifs.2024.3371205", kind=A),
}
qf_order = [str(i) for i in range(1, 21)]
put("html", "quic-fingerprint", {
 "about": "An invented English networking/security journal article page in HTML (passive fingerprinting of QUIC clients from Initial packets): site header and nav, citation_ meta tags, abstract and Index Terms, Roman-numbered sections, IEEE markers as links <a href=\"#ref-N\">[N]</a>, pairs `[2], [3]`, a range `[7]–[9]` (three pairs), locators `[2, Sec. 5]`, `[1, Sec. 18]`, `[13, Fig. 2]`; References as <p class=\"ref\" id=\"ref-N\">[N] …</p> in IEEE style: RFCs with DOIs 10.17487/RFC… (report, `Ed.` not keyed), Internet-Drafts (report), ACM/IEEE/USENIX conference papers and an LNCS volume (chapter, `et al.` not keyed), a GitHub repository and a Zenodo software record (web), Wireshark `[Computer software]` (web, foundation not keyed), an arXiv v2 preprint (article), a journal article. Labels: reference numbers; the list is both notes and literature (with number). Invented: the article, its authors, the Journal of Network Measurement and Security and its DOI, Vasquez & Ahmadi's preprint (its arXiv number), Okafor's Zenodo record and DOI, Kumar & Lindahl's article and DOI. Real with data as remembered (pages may differ): RFC 9000, 9001, 8446, 9110, 9114, 8999, 9287, Langley et al. 2017, Rüth et al. 2018, Kakhki et al. 2017, Zirngibl et al. 2021, JA3, Durumeric et al. 2013, Anderson & McGrew 2017, the qlog and ECH drafts, Wireshark. Planted: entry [20] (Kumar & Lindahl) is cited nowhere: uncited-literature-entry at its line.",
 "document": "quic-fingerprint.html", "reader": "html", "clean": True,
 "notes": {k: v for k, v in qf.items() if k != "20"},  # no note for the uncited [20]
 "literature": numbered(qf, qf_order),
})

# ---- pdftext: Polish electrical-engineering journal article as pdftotext prints it ----
pv = {
 "1": dict(title="Moc zainstalowana OZE – stan na 31.12.2023", year=2024, url="https://www.are.waw.pl/badania-statystyczne/wybrane-publikacje", kind=R),
 "2": dict(authors=["Tonkoski", "Turcotte", "El-Fouly"], title="Impact of high PV penetration on voltage profiles in residential neighborhoods", year=2012, doi="10.1109/TSTE.2012.2191425", kind=A),
 "3": dict(authors=["Turitsyn", "Šulc", "Backhaus", "Chertkov"], title="Options for control of reactive power by distributed photovoltaic generators", year=2011, kind=A),
 "4": dict(authors=["von Appen", "Braun", "Stetz", "Diwold", "Geibel"], title="Time in the sun: The challenge of high PV penetration in the German electric grid", year=2013, kind=A),
 "5": dict(authors=["Stetz", "Marten", "Braun"], title="Improved low voltage grid-integration of photovoltaic systems in Germany", year=2013, kind=A),
 "6": dict(authors=["Navarro-Espinosa", "Ochoa"], title="Probabilistic impact assessment of low carbon technologies in LV distribution systems", year=2016, kind=A),
 "7": dict(authors=["Kacprzak", "Pilarski"], title="Ocena możliwości przyłączeniowych sieci nN dla mikroinstalacji PV", year=2021, doi="10.99999/pe.2021.08.24", kind=A),
 "8": dict(title="Parametry napięcia zasilającego w publicznych sieciach elektroenergetycznych", year=2023, kind=R),
 "9": dict(title="Rozporządzenie Komisji (UE) 2016/631 z dnia 14 kwietnia 2016 r. ustanawiające kodeks sieci dotyczący wymogów w zakresie przyłączenia jednostek wytwórczych do sieci", year=2016, kind=R),
 "10": dict(title="Requirements for generating plants to be connected in parallel with distribution networks – Part 1: Connection to a LV distribution network", year=2019, kind=R),
 "11": dict(title="Electromagnetic compatibility (EMC) – Part 4-30: Testing and measurement techniques – Power quality measurement methods", year=2015, kind=R),
 "12": dict(authors=["Szewczak"], title="Zastosowanie danych z liczników inteligentnych w planowaniu sieci nN", year=2022, kind=T),
 "13": dict(authors=["Dugan", "Montenegro"], title="The Open Distribution System Simulator (OpenDSS): Reference guide", year=2019, url="https://sourceforge.net/projects/electricdss/", kind=R),
 "14": dict(authors=["Nowacki"], title="dssgrid: Python tools for OpenDSS feeder studies", year=2024, url="https://github.com/inowacki-example/dssgrid", kind=W),
 "15": dict(title="Photovoltaic Geographical Information System (PVGIS)", year=2024, url="https://re.jrc.ec.europa.eu/pvg_tools/en/", kind=W),
 "16": dict(authors=["Demirok", "Casado González", "Frederiksen", "Sera", "Rodriguez", "Teodorescu"], title="Local reactive power control methods for overvoltage prevention of distributed solar inverters in low-voltage grids", year=2011, kind=A),
 "17": dict(authors=["Kowalski", "Ostrowska"], title="Reactive power control of PV inverters in rural LV feeders: A field study", year=2023, doi="10.99999/EPQU.2023.10299114", kind=CH),
}
put("pdftext", "napiecie-pv-pl", {
 "about": "An invented Polish electrical-engineering journal article (PV microinstallations and voltage profiles in a rural LV feeder) as pdftotext prints three pages of a two-column journal without -layout: authors in capitals with affiliation digits, bilingual abstract and keywords, the two columns merged into one stream of short lines, a hyphenated word wrapped across lines, a table flattened to lines, a corresponding-author footnote (`1 Autor korespondencyjny`: no citation), running heads with ISSN and page numbers (87, 88, 89) at page top or foot, a running foot with authors and short title, form feeds; IEEE markers `[1]`, `[2], [3]`, a range `[4]–[6]` (three pairs), `[12, rozdz. 3]`, `[16, Fig. 4]`; LITERATURA `[1]`–`[17]` spanning pages 2–3 with four-space continuation indents, URLs wrapped after `https://` or inside the host, `[Online]. Available:`, Polish `dostęp:` and English `accessed:` dates, Polish quotation marks „…” for Polish titles. Kinds: journal articles, a conference paper (chapter), standards PN-EN 50160, PN-EN 50549-1, IEC 61000-4-30 cited title first with the designation after (report, designation not in the title), an EU regulation (report), an agency statistics publication (report, corporate not keyed), a doctoral thesis (thesis), a technical reference guide (report), a GitHub repository `[Computer software]` and a data portal (web, JRC not keyed). Labels: reference numbers; the list is both notes and literature (with number). A word hyphenated at a line end in an entry (`wytwór- czych`) is keyed joined; `2023-` `09` in a designation is not part of the title. Invented: the article, its authors, the Politechnika Nadodrzańska and the operator, Kacprzak & Pilarski's article and DOI, Szewczak's thesis, the dssgrid repository, Kowalski & Ostrowska's paper and DOI, the ARE URL path as remembered. Real with data as remembered (pages may differ): Tonkoski et al. 2012, Turitsyn et al. 2011, von Appen et al. 2013, Stetz et al. 2013, Navarro-Espinosa & Ochoa 2016, PN-EN 50160, Regulation (EU) 2016/631, PN-EN 50549-1, IEC 61000-4-30, OpenDSS, PVGIS, Demirok et al. 2011. Clean.",
 "document": "napiecie-pv-pl.txt", "reader": "plain-text", "clean": True,
 "notes": pv,
 "literature": numbered(pv, [str(i) for i in range(1, 18)]),
})
