"""Writes the meta.json of heldout55 half A's documents (org, rmarkdown, asciidoc, mediawiki, bibtex).
Round 55's theme: economics, finance and engineering -- working papers, central banks, statistics,
standards, patents and technical reports.  Labels and lines come from the ⟦label⟧ annotations in
the sources, checked on the built files by check_a.py; fields are given here by hand.
Conventions: see ../../README.md, "Half A".  In short: journal articles, preprints and newspaper
articles `article`; working papers, central-bank and international-organisation reports,
statistical releases called reports, standards, laws and regulations `report`; patents `patent`;
datasets, statistical tables and series, software, blog posts and web pages `web`; conference
papers and chapters `chapter`; books and handbooks `book`; theses `thesis`.  Corporate authors,
editors and translators are not keyed.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout55 ontwerpnota-kademuur-nl inflacion-energia-es gfm-weak-grid-org wisselbank-amsterdam-en dnb-research-library"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- rmarkdown: Spanish applied-econometrics paper, pandoc citations + referencias.bib (default Chicago author-date list) ----
rm = {
 "jorda2005": dict(authors=["Jordà"], title="Estimation and Inference of Impulse Responses by Local Projections", year=2005, doi="10.1257/0002828053828518", kind=A),
 "blanchard2023": dict(authors=["Blanchard", "Bernanke"], title="What Caused the U.S. Pandemic-Era Inflation?", year=2023, doi="10.3386/w31417", kind=R),
 "ruizmarin2024": dict(authors=["Ruiz Marín", "Verhoeven"], title="Energy Prices and Core Inflation in the Euro Area: Evidence from Regional Price Data", year=2024, doi="10.99999/ecb.wp2987", kind=R),
 "bde2023it": dict(title="Informe trimestral y proyecciones macroeconómicas de la economía española. Diciembre 2023", year=2023, url="https://www.bde.es/f/webbe/SES/Secciones/Publicaciones/InformesBoletinesRevistas/BoletinEconomico/23/T4/Fich/be2304-it.pdf", kind=R),
 "imf2022weo": dict(title="World Economic Outlook: Countering the Cost-of-Living Crisis", year=2022, kind=R),
 "ball2022": dict(authors=["Ball", "Leigh", "Mishra"], title="Understanding U.S. Inflation during the COVID-19 Era", year=2022, kind=A),
 "eurostat2024hicp": dict(title="HICP – monthly data (annual rate of change)", year=2024, url="https://ec.europa.eu/eurostat/databrowser/view/prc_hicp_manr/default/table", kind=W),
 "ine2024ipc": dict(title="Índice de Precios de Consumo. Base 2021. Índices por provincias: general y de grupos ECOICOP", year=2024, url="https://www.ine.es/jaxiT3/Tabla.htm?t=50913", kind=W),
 "fred2024brent": dict(title="Crude Oil Prices: Brent – Europe", year=2024, url="https://fred.stlouisfed.org/series/DCOILBRENTEU", kind=W),
 "adammer2019": dict(authors=["Adämmer"], title="lpirfs: Local Projections Impulse Response Functions", year=2019, url="https://CRAN.R-project.org/package=lpirfs", kind=W),
 "berge2018": dict(authors=["Bergé"], title="fixest: Fast Fixed-Effects Estimations", year=2018, url="https://CRAN.R-project.org/package=fixest", kind=W),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "montiel2021": dict(authors=["Montiel Olea", "Plagborg-Møller"], title="Local Projection Inference Is Simpler and More Robust Than You Think", year=2021, doi="10.3982/ECTA18756", kind=A),
 "lane2022": dict(authors=["Lane"], title="Inflation Diagnostics", year=2022, url="https://www.ecb.europa.eu/press/blog/date/2022/html/ecb.blog221125~d34babdf3e.en.html", kind=W),
 "elpais2022": dict(authors=["Gómez Carrasco"], title="La factura de la luz dispara el IPC hasta el 10,8% en julio", year=2022, kind=A),
 "garcia2024replica": dict(authors=["García Olmedo", "Peeters"], title="Replication package for: Traspaso de los precios de la energía a la inflación subyacente en las provincias españolas", year=2024, doi="10.99999/E198765V1", kind=W),
 "boe2022iberica": dict(title="Real Decreto-ley 10/2022, de 13 de mayo, por el que se establece con carácter temporal un mecanismo de ajuste de costes de producción para la reducción del precio de la electricidad en el mercado mayorista", year=2022, kind=R),
 "stock2019": dict(authors=["Stock", "Watson"], title="Introduction to Econometrics", year=2019, kind=B),
}
put("rmarkdown", "inflacion-energia-es", {
 "about": "An invented Spanish applied-econometrics paper (pass-through of electricity and oil prices to provincial core inflation in Spain, 2019-2023, local projections) in R Markdown (bookdown::pdf_document2, bibliography: referencias.bib, no csl: pandoc's default Chicago author-date): [@a; @b, cap. 1], a narrative @key and @key [pp. 12--15], suppressed-author [-@key], a Banco de España quarterly report, an NBER and an invented ECB working paper, the IMF WEO, an INE table, a Eurostat dataset code, a FRED series, R packages, an ECB blog post, a Real Decreto-ley, an invented newspaper article and an invented openICPSR replication package (DOIs with the prefix 10.99999 are invented; the authors García Olmedo and Peeters, Ruiz Marín and Verhoeven, Gómez Carrasco are invented; real works are cited with their data as the writer remembered them, URLs may differ from the real ones). Planted: @arce2023 has no .bib entry (missing-literature-entry). Literature: the 18 entries in Chicago author-date order (corporate authors by their names: Banco de España under B, Eurostat E, INE and IMF under I, Jefatura del Estado J, R Core Team R, U.S. Energy Information Administration U).",
 "document": "inflacion.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": rm,
 "literature": [rm[k] for k in ["adammer2019", "ball2022", "bde2023it", "berge2018", "blanchard2023", "eurostat2024hicp",
                                "garcia2024replica", "elpais2022", "ine2024ipc", "imf2022weo", "boe2022iberica", "jorda2005",
                                "lane2022", "montiel2021", "rcore2023", "ruizmarin2024", "stock2019", "fred2024brent"]],
})

# ---- org: English power-electronics working notes, org-cite + gfm.bib, csl ieee.csl (list in order of first citation) ----
og = {
 "rocabert2012": dict(authors=["Rocabert", "Luna", "Blaabjerg", "Rodríguez"], title="Control of Power Converters in AC Microgrids", year=2012, doi="10.1109/TPEL.2012.2199334", kind=A),
 "lasseter2020": dict(authors=["Lasseter", "Chen", "Pattabiraman"], title="Grid-Forming Inverters: A Critical Asset for the Power Grid", year=2020, doi="10.1109/JESTPE.2019.2959271", kind=A),
 "milano2018": dict(authors=["Milano", "Dörfler", "Hug", "Hill", "Verbič"], title="Foundations and Challenges of Low-Inertia Systems", year=2018, doi="10.23919/PSCC.2018.8450880", kind=CH),
 "zhong2011": dict(authors=["Zhong", "Weiss"], title="Synchronverters: Inverters That Mimic Synchronous Generators", year=2011, doi="10.1109/TIE.2010.2048839", kind=A),
 "rosso2021": dict(authors=["Rosso", "Wang", "Liserre", "Lu", "Engelken"], title="Grid-Forming Converters: Control Approaches, Grid-Synchronization, and Future Trends – A Review", year=2021, doi="10.1109/OJIA.2021.3074028", kind=A),
 "kundur1994": dict(authors=["Kundur"], title="Power System Stability and Control", year=1994, kind=B),
 "ieee1547": dict(title="IEEE Standard for Interconnection and Interoperability of Distributed Energy Resources with Associated Electric Power Systems Interfaces", year=2018, doi="10.1109/IEEESTD.2018.8332112", kind=R),
 "ieee2800": dict(title="IEEE Standard for Interconnection and Interoperability of Inverter-Based Resources (IBRs) Interconnecting with Associated Transmission Electric Power Systems", year=2022, kind=R),
 "rfg2016": dict(title="Commission Regulation (EU) 2016/631 of 14 April 2016 establishing a network code on requirements for grid connection of generators", year=2016, kind=R),
 "entsoe2017": dict(title="High Penetration of Power Electronic Interfaced Power Sources (HPoPEIPS)", year=2017, kind=R),
 "lin2020": dict(authors=["Lin", "Eto", "Johnson"], title="Research Roadmap on Grid-Forming Inverters", year=2020, doi="10.2172/1721727", kind=R),
 "hartmann2022": dict(authors=["Hartmann", "Okafor"], title="Virtual impedance current limiting for a grid-forming power converter", year=2022, kind=P),
 "odonnell2023": dict(authors=["O'Donnell"], title="Current-Limited Grid-Forming Converters in Low Short-Circuit-Ratio Networks", year=2023, kind=T),
 "iec61000430": dict(title="Electromagnetic compatibility (EMC) – Part 4-30: Testing and measurement techniques – Power quality measurement methods", year=2015, kind=R),
 "odonnell2024data": dict(authors=["O'Donnell", "Haddad"], title="Weak-grid hardware-in-the-loop test records for a 250 kVA grid-forming converter", year=2024, doi="10.99999/zenodo.10455120", kind=W),
}
put("org", "gfm-weak-grid-org", {
 "about": "Invented English power-electronics working notes (grid-forming control of a 250 kVA converter in weak grids) in Org mode: #+bibliography: gfm.bib, #+cite_export: csl ieee.csl, [cite:@key], [cite:@key Sec. III], [cite/t:@key], [cite/t:@key ch. 4], [cite:see @a; @b Sec. IV-B], a :noexport: status list, an Org table, a comment block, #+print_bibliography: under * References. The .bib holds IEEE journal articles, a PSCC conference paper, an NREL technical report with report number, IEEE Std 1547-2018 and 2800-2022 and IEC 61000-4-30:2015 as biblatex @standard, the EU RfG regulation, an ENTSO-E guidance document, a textbook, an invented US patent (Hartmann and Okafor, US 11,489,215 B2, invented assignee), an invented thesis and an invented Zenodo dataset (10.99999 DOI); the authors O'Donnell and Haddad are invented. Real works are cited with their data as the writer remembered them. Literature: the 15 entries as csl ieee.csl prints them, in order of first citation (no number keyed: the numbers are printed by the style, not written in the source).",
 "document": "gfm-weak-grid.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": list(og.values()),
})

# ---- asciidoc: Dutch civil-engineering design note, <<key>>, <<key,text>>, xref:key[text] + [bibliography] list ----
ad = {
 "AM2022": dict(title="Steel Sheet Piles: General Catalogue 2022", year=2022, kind=B),
 "Brinkgreve2019": dict(authors=["Brinkgreve"], title="Soil models in geotechnical practice: an overview", year=2019, kind=A),
 "BRO2024": dict(title="Basisregistratie Ondergrond: boormonsterprofielen en sonderingen, kaartblad 25G", url="https://www.broloket.nl", kind=W),
 "CUR166": dict(title="Damwandconstructies", year=2020, kind=B),
 "CUR211": dict(title="Handboek Kademuren", year=2014, kind=B),
 "deJong2022": dict(authors=["de Jong", "Vermeulen", "Abeln"], title="Vervormingen van oude kademuren bij ontgraving: terugkoppeling van metingen naar ontwerpmodellen", year=2022, kind=CH),
 "EP3812594": dict(authors=["Nijhuis", "Vos"], title="Werkwijze en inrichting voor het trillingsvrij indrukken van damwandplanken met een reactiekader", year=2021, kind=P),
 "FUG2023": dict(title="Geotechnisch onderzoek kademuur Oudeschans K-14: factual report", year=2023, kind=R),
 "GA2022": dict(title="Inspectierapport kademuren Oudeschans, vakken K-12 t/m K-16", year=2022, kind=R),
 "GA2023": dict(title="Programma Bruggen en Kademuren: voortgangsrapportage 2023", year=2023, kind=R),
 "NEN-EN1990": dict(title="Eurocode – Grondslagen van het constructief ontwerp", year=2019, kind=R),
 "NEN-EN1992": dict(title="Eurocode 2: Ontwerp en berekening van betonconstructies – Deel 1-1: Algemene regels en regels voor gebouwen", year=2011, kind=R),
 "NEN-EN1993-5": dict(title="Eurocode 3: Ontwerp en berekening van staalconstructies – Deel 5: Palen en damwanden", year=2008, kind=R),
 "NEN9997": dict(title="Geotechnisch ontwerp van constructies – Deel 1: Algemene regels", year=2017, kind=R),
 "PLAXIS2023": dict(title="PLAXIS 2D CONNECT Edition V23.1: Reference Manual", year=2023, kind=R),
 "ROK2021": dict(title="Richtlijnen Ontwerp Kunstwerken", year=2021, kind=R),
}
put("asciidoc", "ontwerpnota-kademuur-nl", {
 "about": "An invented Dutch civil-engineering design note (ontwerpnota: replacing a masonry quay wall on timber piles in Amsterdam by an anchored steel sheet-pile wall) in AsciiDoc: header with revision line, :lang: nl, numbered sections, <<key>>, <<key,p. 14>>, <<key,§ 3.2>>, <<key,CUR 211>>, xref:key[text], citations in table cells, and a [bibliography] section Referenties with * [[[key]]] entries (wrapping over lines) in alphabetical order of key (case ignored): Dutch Eurocode parts with national annexes and NEN 9997-1, CUR handbooks, Rijkswaterstaat's ROK, a supplier's sheet-pile catalogue, BRO subsurface data, a software reference manual, municipal inspection and progress reports, a site-investigation factual report, a conference paper and a journal article. Invented: the authors Vermeulen and El Amrani, the wall section, the municipal and Fugro reports (numbers), the article Brinkgreve 2019, the paper de Jong et al. 2022, the patent EP 3 812 594 B1 (inventors Nijhuis and Vos, its applicant). Standards keyed by their titles (the designation heads the entry, no part of the title; fix59j); corporate authors (NEN, CUR Bouw & Infra, ArcelorMittal, Gemeente Amsterdam, Fugro, Bentley Systems, Rijkswaterstaat, TNO) not keyed.",
 "document": "ontwerpnota.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": list(ad.values()),
})

# ---- mediawiki: English wiki article on the Bank of Amsterdam, <ref> + cite templates, named reuse, {{sfn}} + Sources ----
qr09 = dict(authors=["Quinn", "Roberds"], title="An Economic Explanation of the Early Bank of Amsterdam, Debasement, Bills of Exchange and the Emergence of the First Central Bank", year=2009, kind=CH)
qr14 = dict(authors=["Quinn", "Roberds"], title="How Amsterdam got fiat money", year=2014, doi="10.1016/j.jmoneco.2014.04.008", kind=A)
deh = dict(authors=["Dehing"], title="Geld in Amsterdam: Wisselbank en wisselkoersen, 1650–1725", year=2012, kind=B)
dil = dict(authors=["van Dillen"], title="The Bank of Amsterdam", year=1934, kind=CH)
arch = dict(title="Archief van de Wisselbank", url="https://archief.amsterdam/inventarissen/inventaris/5077.nl.html", kind=W)
gj = dict(authors=["Gelderblom", "Jonker"], title="Completing a Financial Revolution: The Finance of the Dutch East India Trade and the Rise of the Amsterdam Capital Market, 1595–1612", year=2004, doi="10.1017/S0022050704002888", kind=A)
dvw = dict(authors=["de Vries", "van der Woude"], title="The First Modern Economy: Success, Failure, and Perseverance of the Dutch Economy, 1500–1815", year=1997, kind=B)
smith = dict(authors=["Smith"], title="An Inquiry into the Nature and Causes of the Wealth of Nations", year=1776, kind=B)
fsw = dict(authors=["Frost", "Shin", "Wierts"], title="An early stablecoin? The Bank of Amsterdam and the governance of money", year=2020, url="https://www.bis.org/publ/work902.htm", kind=R)
ft = dict(authors=["Verbraak"], title="What a 17th-century Dutch bank can teach crypto", year=2020, url="https://www.ft.example.net/content/wisselbank-stablecoin", kind=A)
dnb = dict(title="Our history", url="https://www.dnb.nl/en/about-dnb/our-history/", kind=W)
put("mediawiki", "wisselbank-amsterdam-en", {
 "about": "An invented English Wikipedia-style article on the Bank of Amsterdam (Amsterdamsche Wisselbank, 1609-1820) in wikitext: infobox, <ref> notes with {{cite journal}}, {{cite web}} and {{cite news}}, named notes reused with <ref name=\"x\" />, {{sfn|Author|Year|p=}} / pp= / loc= short footnotes resolved against a Sources list ({{refbegin}} of {{cite book}} with chapter= and editors, {{cite report}} with series and number), {{Reflist}}. Notes are labelled by the number MediaWiki prints, in order of first use (a reused name keeps its number; every {{sfn}} here has its own page, so none merge): 15 notes, 18 pairs. The sfn notes are keyed with the fields of the Sources entry they resolve to; the literature is the Sources list (6 entries, document order, no number). Invented: the FT article and its author Verbraak (.example.net URL); the Stadsarchief and DNB URLs, the ISBNs and the pages are as the writer remembered them. Editors (Atack, Neal, van Dillen as editor) and publishers (Stadsarchief Amsterdam, De Nederlandsche Bank, BIS) are not keyed.",
 "document": "wisselbank.wiki", "reader": "mediawiki", "clean": True,
 "notes": {"1": qr09, "2": qr14, "3": deh, "4": dil, "5": arch, "6": gj, "7": dvw, "8": qr09, "9": smith,
           "10": fsw, "11": ft, "12": dil, "13": fsw, "14": dnb, "15": deh},
 "literature": [deh, dvw, fsw, qr09, smith, dil],
})

# ---- bibtex: a central bank research group's shared .bib (JabRef), on its own ----
bb = [
 dict(authors=["Bernanke", "Gertler"], title="Inside the Black Box: The Credit Channel of Monetary Policy Transmission", year=1995, doi="10.1257/jep.9.4.27", kind=A),
 dict(authors=["Gertler", "Karadi"], title="Monetary Policy Surprises, Credit Costs, and Economic Activity", year=2015, doi="10.1257/mac.20130329", kind=A),
 dict(authors=["Jarociński", "Karadi"], title="Deconstructing Monetary Policy Surprises—The Role of Information Shocks", year=2020, doi="10.1257/mac.20180090", kind=A),
 dict(authors=["Altavilla", "Brugnolini", "Gürkaynak", "Motto", "Ragusa"], title="Measuring Euro Area Monetary Policy", year=2019, doi="10.1016/j.jmoneco.2019.08.016", kind=A),
 dict(authors=["Holm-Hadulla", "Thürwächter"], title="Heterogeneity in Corporate Debt Structures and the Transmission of Monetary Policy", year=2021, doi="10.2866/48621", kind=R),
 dict(authors=["van der Kwaak", "Bosma"], title="Bank Lending Rates and the Pass-Through of Negative Policy Rates: Loan-Level Evidence from the Netherlands", year=2023, url="https://www.dnb.example.net/publications/working-papers/wp-781", kind=R),
 dict(authors=["Brunnermeier", "James", "Landau"], title="The Digitalization of Money", year=2019, doi="10.3386/w26300", kind=R),
 dict(authors=["Auer", "Cornelli", "Frost"], title="Rise of the Central Bank Digital Currencies: Drivers, Approaches and Technologies", year=2020, url="https://www.bis.org/publ/work880.htm", kind=R),
 dict(authors=["Afonso", "Armenter", "Lester"], title="A Model of the Federal Funds Market: Yesterday, Today, and Tomorrow", year=2018, kind=R),
 # planted: its doi has no slash (malformed-field at the doi line); the doi is not keyed
 dict(authors=["Mendes Tavares", "Okonkwo"], title="Payment Frictions and Cross-Border Remittances: Evidence from a New Dataset", year=2023, kind=R),
 dict(authors=["Lindqvist", "Marsh"], title="Stablecoins, Deposits and the Lender of Last Resort", year=2023, kind=R),
 dict(title="Annual Economic Report 2023", year=2023, kind=R),
 dict(title="Financial Stability Report – Autumn 2023", year=2023, kind=R),
 dict(title="Basel III: Finalising post-crisis reforms", year=2017, url="https://www.bis.org/bcbs/publ/d424.htm", kind=R),
 dict(title="Financial services – Universal financial industry message scheme – Part 1: Metamodel", year=2013, kind=R),
 dict(authors=["Dorsey", "Park"], title="Systems and methods for settling tokenized deposits across distributed ledgers", year=2020, kind=P),
 dict(title="Euro Area Monetary Policy Event-Study Database (EA-MPD)", year=2024, url="https://www.ecb.europa.eu/pub/pdf/annex/Dataset_EA-MPD.xlsx", kind=W),
 dict(title="Federal Funds Effective Rate", year=2024, url="https://fred.stlouisfed.org/series/DFF", kind=W),
 dict(authors=["de Groot", "Rossi"], title="Energy Shocks and the Distribution of Inflation across Euro Area Households", year=2022, kind=CH),
 dict(authors=["Halloran"], title="Discussion of “Energy Shocks and the Distribution of Inflation”", year=2022, kind=CH),
 dict(title="Challenges for Monetary Policy in a Rapidly Changing World", year=2022, kind=B),
 dict(authors=["Bosma"], title="Essays on Bank Lending and Negative Interest Rates", year=2021, kind=T),
 dict(authors=["Woodford"], title="Interest and Prices: Foundations of a Theory of Monetary Policy", year=2003, kind=B),
 dict(authors=["Vermeulen"], title="Why tokenised deposits are not stablecoins", year=2024, url="https://www.dnb.example.net/dnbulletin/tokenised-deposits", kind=W),
]
put("bibtex", "dnb-research-library", {
 "about": "An invented English-language shared BibTeX/biblatex file of a central bank's payments and monetary-transmission research group (JabRef), read on its own: a % comment header, seven @string macros (journal and institution names, used as journal = jme, institution = ecb, author = bis), journal articles, working papers as @techreport with type/number/institution (ECB WP 2494, an invented DNB WP 781 with a revision note, NBER 26300, BIS 880, NY Fed Staff Reports 840, an invented IMF WP/23/45 and CEPR DP17890), BIS and DNB reports, the Basel III text, ISO 20022-1:2013 as @standard, an invented US patent, an @dataset and a FRED @misc series, two invented crossref'd @inproceedings (their year from the volume) followed by their @proceedings volume (corporate editor; parent after children, as BibTeX wants), an invented @phdthesis, a book and an invented @online blog post. Invented: the authors van der Kwaak and Bosma, Mendes Tavares and Okonkwo, Lindqvist and Marsh, Dorsey and Park, de Groot and Rossi, Halloran, Vermeulen and their works; .example.net URLs and hosts; real works are filed with their data as the writer remembered them. Planted: the IMF working paper's doi `10.5089.9798400234567` has no slash (malformed-field at the doi line; the doi is not keyed). No pairs, no notes; the literature is every entry in file order (24; the @string and % lines are none), crossref'd entries with the volume's year; corporate authors (@string bis, dnb, {{European Central Bank}}, BCBS, the Board of Governors) not keyed.",
 "document": "payments-monetary.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
