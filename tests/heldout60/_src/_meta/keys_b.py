"""Writes the meta.json of heldout60 half B's documents (latex, rst, html, docx, pdftext).
Round 60's theme for half B: astronomy and the history of astronomy.  Labels and lines come
from the ⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: see
../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout60 ruvida-lightcurve-en hyades-gaia-en meridienne-paris-fr rondely-cs
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout60 amici-specola-it
  python3 tests/heldout60/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English planetary science (a tumbling near-Earth asteroid), AASTeX 6.31 + natbib + aasjournal.bst ----
lx = {
 "abara2020": dict(authors=["Abara", "Ferreira", "Mbatha"], title="The Cerro Alto 1.0 m Telescope and Its Wide-field CMOS Camera", year=2020, doi="10.99999/1538-3873/ab9e41", kind=A),
 "astropy2022": dict(title="The Astropy Project: Sustaining and Growing a Community-oriented Open-source Project and the Latest Major Release (v5.0) of the Core Package", year=2022, doi="10.3847/1538-4357/ac7c74", kind=A),
 "bottke2006": dict(authors=["Bottke", "Vokrouhlický", "Rubincam", "Nesvorný"], title="The Yarkovsky and Yorp Effects: Implications for Asteroid Dynamics", year=2006, doi="10.1146/annurev.earth.34.031405.125154", kind=A),
 "bowell1989": dict(authors=["Bowell", "Hapke", "Domingue", "Lumme", "Peltoniemi", "Harris"], title="Application of photometric models to asteroids", year=1989, kind=CH),
 "bradley2022": dict(authors=["Bradley", "Sipőcz", "Robitaille", "Tollerud"], title="Photutils: an Astropy package for detection and photometry of astronomical sources", year=2022, doi="10.5281/zenodo.6825092", url="https://doi.org/10.5281/zenodo.6825092", kind=W),
 "durech2010": dict(authors=["Ďurech", "Sidorin", "Kaasalainen"], title="DAMIT: a database of asteroid models", year=2010, doi="10.1051/0004-6361/200912693", kind=A),
 "foremanmackey2013": dict(authors=["Foreman-Mackey", "Hogg", "Lang", "Goodman"], title="emcee: The MCMC Hammer", year=2013, doi="10.1086/670067", kind=A),
 "gaia2023": dict(title="Gaia Data Release 3. Summary of the content and survey properties", year=2023, doi="10.1051/0004-6361/202243940", kind=A),
 "giorgini1996": dict(authors=["Giorgini", "Yeomans", "Chamberlin", "Chodas", "Jacobson"], title="JPL's On-Line Solar System Data Service", year=1996, kind=CH),
 "halvorsen2024": dict(authors=["Halvorsen", "Abara", "Ekwueme"], title="Calibrated r-band photometry of (498211) Ruvida, 2023 February–June", year=2024, doi="10.99999/zenodo.10417782", url="https://doi.org/10.99999/zenodo.10417782", kind=W),
 "harris1994": dict(authors=["Harris"], title="Tumbling Asteroids", year=1994, doi="10.1006/icar.1994.1017", kind=A),
 "kaasalainen2001": dict(authors=["Kaasalainen", "Torppa"], title="Optimization Methods for Asteroid Lightcurve Inversion. I. Shape Determination", year=2001, doi="10.1006/icar.2001.6673", kind=A),
 "lang2010": dict(authors=["Lang", "Hogg", "Mierle", "Blanton", "Roweis"], title="Astrometry.net: Blind Astrometric Calibration of Arbitrary Astronomical Images", year=2010, doi="10.1088/0004-6256/139/5/1782", kind=A),
 "lomb1976": dict(authors=["Lomb"], title="Least-Squares Frequency Analysis of Unequally Spaced Data", year=1976, doi="10.1007/BF00648343", kind=A),
 "mainzer2014": dict(authors=["Mainzer", "Bauer", "Cutri", "Grav", "Masiero"], title="Initial Performance of the NEOWISE Reactivation Mission", year=2014, doi="10.1088/0004-637X/792/1/30", kind=A),
 "muinonen2010": dict(authors=["Muinonen", "Belskaya", "Cellino", "Delbò", "Levasseur-Regourd", "Penttilä", "Tedesco"], title="A three-parameter magnitude phase function for asteroids", year=2010, doi="10.1016/j.icarus.2010.04.003", kind=A),
 "okonjo2024": dict(authors=["Okonjo", "Lindqvist"], title="Visible and near-infrared spectra of twelve slowly rotating near-Earth asteroids", year=2024, kind=A),
 "pravec2005": dict(authors=["Pravec", "Harris", "Scheirich", "Kušnirák", "Šarounová", "Hergenrother"], title="Tumbling asteroids", year=2005, doi="10.1016/j.icarus.2004.07.021", kind=A),
 "pravec2014": dict(authors=["Pravec", "Scheirich", "Ďurech", "Pollock", "Kušnirák"], title="The tumbling spin state of (99942) Apophis", year=2014, doi="10.1016/j.icarus.2014.01.026", kind=A),
 "riello2021": dict(authors=["Riello", "De Angeli", "Evans", "Montegriffo"], title="Gaia Early Data Release 3. Photometric content and validation", year=2021, doi="10.1051/0004-6361/202039587", kind=A),
 "rubincam2000": dict(authors=["Rubincam"], title="Radiative Spin-up and Spin-down of Small Asteroids", year=2000, doi="10.1006/icar.2000.6485", kind=A),
 "sandoval2021": dict(authors=["Sandoval", "Whitlow"], title="Lightcurve Photometry of Ten Near-Earth Asteroids from Valle Seco", year=2021, kind=A),
 "scargle1982": dict(authors=["Scargle"], title="Studies in astronomical time series analysis. II. Statistical aspects of spectral analysis of unevenly spaced data", year=1982, doi="10.1086/160554", kind=A),
 "shevchenko2016": dict(authors=["Shevchenko", "Belskaya", "Muinonen", "Penttilä"], title="Asteroid observations at low phase angles. IV. Average parameters for the new H, G1, G2 magnitude system", year=2016, doi="10.1016/j.pss.2015.11.007", kind=A),
 "tonry2018": dict(authors=["Tonry", "Denneau", "Heinze", "Stalder", "Smith"], title="ATLAS: A High-cadence All-sky Survey System", year=2018, doi="10.1088/1538-3873/aabadf", kind=A),
 "vanderplas2018": dict(authors=["VanderPlas"], title="Understanding the Lomb-Scargle Periodogram", year=2018, doi="10.3847/1538-4365/aab766", kind=A),
 "warner2009": dict(authors=["Warner", "Harris", "Pravec"], title="The asteroid lightcurve database", year=2009, doi="10.1016/j.icarus.2009.02.003", kind=A),
}
LX_ORDER = list(lx)  # aasjournal.bst (natbib author-year): sorted by author names (purified), year, title
put("latex", "ruvida-lightcurve-en", {
 "about": "An invented English planetary-science paper (time-resolved photometry of a slowly tumbling near-Earth asteroid during its 2023 apparition) as an AASTeX 6.31 manuscript for PSJ: `\\documentclass[twocolumn,linenumbers]{aastex631}`, natbib author-year `\\citet`/`\\citep`, `\\citep{a,b}` (two pairs), `\\citep[LCDB;][]{k}`, `\\citep[see the method of][]{k}`, a `deluxetable` whose `\\tablecomments` cites, the observations section by `\\input{sections/observations}` (its lines are those of that file), `\\software{…}` with four `\\citep`s, `\\facilities{}` (no citation), `\\bibliography{ruvida}` with `\\bibliographystyle{aasjournal}`; ruvida.bib is in the shape ADS exports (`{Family}, Given` authors, double-braced titles, journal macros \\icarus, \\apj, \\aap, \\pasp, `adsurl`, `archivePrefix`/`eprint` arXiv identifiers) and holds 27 entries, all cited: ApJ, A&A, AJ, PASP, Icarus, PSS, ApJS, Ap&SS, AREPS articles, an Asteroids II chapter (@INCOLLECTION), a DPS abstract (@INPROCEEDINGS), an arXiv-only preprint, Photutils on Zenodo (@SOFTWARE) and a Zenodo dataset (@MISC). Collaboration papers (Astropy 2022, Gaia DR3 summary) keyed without authors. Real works (Rubincam 2000, Bottke et al. 2006, Pravec et al. 2005 and 2014, Warner et al. 2009, Tonry et al. 2018, Mainzer et al. 2014, Lomb 1976, Scargle 1982, VanderPlas 2018, Foreman-Mackey et al. 2013, Muinonen et al. 2010, Shevchenko et al. 2016, Bowell et al. 1989, Harris 1994, Ďurech et al. 2010, Kaasalainen & Torppa 2001, Giorgini et al. 1996, Astropy 2022, Photutils, Lang et al. 2010, Gaia DR3, Riello et al. 2021) with data as remembered (author lists shortened without `and others`; pages, DOIs, arXiv ids and the Photutils Zenodo DOI and version may differ from the records); invented: the asteroid name Ruvida and its number's use here, all measurements, the authors Halvorsen, Abara, Ekwueme and their institutions and e-mail host, Sandoval & Whitlow 2021, Okonjo & Lindqvist 2024 (arXiv:2411.99999), the Halvorsen et al. dataset (DOI 10.99999/zenodo.10417782), Abara et al. 2020 (DOI 10.99999/1538-3873/ab9e41), the Cerro Alto observatory.",
 "document": "ruvida.tex", "reader": "latex", "clean": True,
 "notes": {k: lx[k] for k in LX_ORDER},
 "literature": [lx[k] for k in LX_ORDER],
})

# ---- rst: English astrometry (Hyades membership from Gaia DR3), [Label]_ citations + 2 [#]_ footnotes ----
rs = {
 "Astropy2022": dict(title="The Astropy Project: Sustaining and growing a community-oriented open-source project and the latest major release (v5.0) of the core package", year=2022, doi="10.3847/1538-4357/ac7c74", kind=A),
 "BailerJones2021": dict(authors=["Bailer-Jones", "Rybizki", "Fouesneau", "Demleitner", "Andrae"], title="Estimating distances from parallaxes. V. Geometric and photogeometric distances to 1.47 billion stars in Gaia Early Data Release 3", year=2021, doi="10.3847/1538-3881/abd806", kind=A),
 "ESA1997": dict(title="The Hipparcos and Tycho Catalogues", year=1997, kind=B),
 "GaiaArchive": dict(title="Gaia Archive", url="https://gea.esac.esa.int/archive/", kind=W),
 "GaiaDR3": dict(title="Gaia Data Release 3: Summary of the content and survey properties", year=2023, doi="10.1051/0004-6361/202243940", kind=A),
 "Ginsburg2019": dict(authors=["Ginsburg", "Sipőcz", "Brasseur", "Cowperthwaite", "Craig", "Deil"], title="astroquery: An astronomical web-querying package in Python", year=2019, doi="10.3847/1538-3881/aafc33", kind=A),
 "Hanson1975": dict(authors=["Hanson"], title="A study of the motion, membership, and distance of the Hyades cluster", year=1975, doi="10.1086/111753", kind=A),
 "Lindahl2023": dict(authors=["Lindahl"], title="Radial velocities of Hyades members and the expansion of the cluster", year=2023, kind=T),
 "Lindegren2021a": dict(authors=["Lindegren", "Klioner", "Hernández", "Bombrun", "Ramos-Lerate", "Steidelmüller"], title="Gaia Early Data Release 3: The astrometric solution", year=2021, doi="10.1051/0004-6361/202039709", kind=A),
 "Lindegren2021b": dict(authors=["Lindegren", "Bastian", "Biermann", "Bombrun", "de Torres", "Gerlach"], title="Gaia Early Data Release 3: Parallax bias versus magnitude, colour, and position", year=2021, doi="10.1051/0004-6361/202039653", kind=A),
 "Lodieu2019": dict(authors=["Lodieu", "Smart", "Pérez-Garrido", "Silvotti"], title="A 3D view of the Hyades stellar and sub-stellar population", year=2019, doi="10.1051/0004-6361/201834045", kind=A),
 "Meingast2019": dict(authors=["Meingast", "Alves"], title="Extended stellar systems in the solar neighborhood. I. The tidal tails of the Hyades", year=2019, doi="10.1051/0004-6361/201834622", kind=A),
 "Moreau2024": dict(authors=["Moreau", "Lindahl"], title="Hyades members from Gaia DR3: query, table and notebook", year=2024, doi="10.99999/zenodo.11203377", kind=W),
 "Perryman1998": dict(authors=["Perryman", "Brown", "Lebreton", "Gómez", "Turon", "Cayrel de Strobel"], title="The Hyades: Distance, structure, dynamics, and age", year=1998, kind=A),
 "Reino2018": dict(authors=["Reino", "de Bruijne", "Zari", "d'Antona", "Ventura"], title="A Gaia study of the Hyades open cluster", year=2018, doi="10.1093/mnras/sty793", kind=A),
 "Roeser2019": dict(authors=["Röser", "Schilbach", "Goldman"], title="Hyades tidal tails revealed by Gaia DR2", year=2019, doi="10.1051/0004-6361/201834608", kind=A),
 "Taylor2005": dict(authors=["Taylor"], title="TOPCAT & STIL: Starlink table/VOTable processing software", year=2005, kind=CH),
 "vanLeeuwen2007": dict(authors=["van Leeuwen"], title="Validation of the new Hipparcos reduction", year=2007, doi="10.1051/0004-6361:20078357", kind=A),
}
rs_notes = {k: v for k, v in rs.items() if k != "Hanson1975"}  # the planted uncited entry has no citation
rs_notes["1"] = dict(authors=["Boss"], title="Convergent of a moving cluster in Taurus", year=1908, kind=A)
rs_notes["2"] = dict(authors=["Lindahl"], year=2023)  # the footnote's short pointer into the thesis
put("rst", "hyades-gaia-en", {
 "about": "An invented English astrometry working note (selecting kinematic members of the Hyades from Gaia DR3) in reStructuredText: docinfo field list, a contents directive, a note directive holding two citations, a simple table with citations in its last column, `[Label]_` citations (author–year labels, up to three on one line: `[Meingast2019]_, … [Reino2018]_ [Lodieu2019]_`), two auto-numbered `[#]_` footnotes under a Footnotes heading (one a full reference to Boss 1908, one a short pointer `Lindahl (2023), appendix B`), and 18 `.. [Label]` entries in APA 7 style under References (alphabetical by label, so `vanLeeuwen2007` last), DOIs as https://doi.org and `doi:` forms, a web page with an access date. Collaboration and agency works (Astropy 2022, Gaia DR3 summary, ESA 1997 catalogue, the Gaia Archive page) keyed without authors. Real works (Boss 1908, Perryman et al. 1998, ESA SP-1200, van Leeuwen 2007, Röser et al. 2019, Meingast & Alves 2019, Reino et al. 2018, Lodieu et al. 2019, Gaia DR3, Lindegren et al. 2021a/b, Bailer-Jones et al. 2021, Ginsburg et al. 2019, Taylor 2005, Astropy 2022, Hanson 1975, the Gaia Archive address) with data as remembered (pages, issues and DOIs may differ from the records); invented: the authors Sofia Lindahl and Amadou Moreau and their group, Lindahl's thesis, the Moreau & Lindahl dataset (DOI 10.99999/zenodo.11203377), all numbers and statements. Planted: `.. [Hanson1975]` is cited nowhere (uncited-literature-entry at its first line; it is in the literature and has no note).",
 "document": "hyades-members.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- html: French history of observatories (the Paris meridian circle of 1863), heritage web article with 21 endnotes ----
wolf = dict(authors=["Wolf"], title="Histoire de l'Observatoire de Paris de sa fondation à 1793", year=1902, kind=B)
jcas = dict(authors=["Cassini"], title="De la grandeur et de la figure de la Terre", year=1720, url="https://gallica.example.net/ark:/12148/bpt6k1090485", kind=B)
thury = dict(authors=["Cassini de Thury"], title="La méridienne de l'Observatoire royal de Paris, vérifiée dans toute l'étendue du royaume par de nouvelles observations", year=1744, kind=B)
decret = dict(title="Décret impérial du 30 janvier 1854 portant organisation de l'Observatoire impérial de Paris", year=1854, kind=R)
lv58 = dict(authors=["Le Verrier"], title="Théorie et tables du mouvement apparent du Soleil", year=1858, kind=A)
lequeux = dict(authors=["Lequeux"], title="Le Verrier: Magnificent and Detestable Astronomer", year=2013, doi="10.1007/978-1-4614-5565-3", kind=B)
arch = dict(kind=U)
dauphin = dict(authors=["Dauphin"], title="Mesurer le temps et le ciel : le service méridien de l'Observatoire de Paris, 1854-1914", year=2019, kind=T)
catalogue = dict(title="Catalogue de l'Observatoire de Paris. Étoiles observées aux instruments méridiens de 1837 à 1881", year=1887, kind=B)
registres = dict(authors=["Dauphin", "Ngoma"], title="Registres du service méridien de l'Observatoire de Paris, 1863-1914 : transcription partielle", year=2023, doi="10.99999/zenodo.8840215", kind=W)
schaffer = dict(authors=["Schaffer"], title="Astronomers Mark Time: Discipline and the Personal Equation", year=1988, doi="10.1017/S026988970000053X", kind=A)
marchetti = dict(authors=["Marchetti-Olsen"], title="L'enregistrement électrique des passages à l'Observatoire de Paris (1863-1880)", year=2019, kind=A)
lv63 = dict(authors=["Le Verrier"], title="Sur l'établissement d'un réseau télégraphique entre les observatoires", year=1863, kind=A)
perryman = dict(authors=["Perryman"], title="Astronomical Applications of Astrometry: Ten Years of Exploitation of the Hipparcos Satellite Data", year=2009, doi="10.1017/CBO9780511575006", kind=B)
vasseur = dict(authors=["Vasseur", "Chao"], title="Les positions méridiennes de Paris (1863-1900) confrontées au catalogue Hipparcos", year=2019, kind=A)
debarbat = dict(authors=["Débarbat", "Grillot", "Lévy"], title="Observatoire de Paris : son histoire, 1667-1963", year=1984, kind=B)
jep = dict(title="Journées européennes du patrimoine à l'Observatoire", url="https://www.observatoire-paris.example.org/evenements/journees-du-patrimoine", kind=W)
arago = dict(title="Les médaillons Arago", url="https://www.paris-patrimoine.example.net/arago", kind=W)
ht_notes = [wolf, jcas, thury, thury, decret, lv58, lequeux, arch, lequeux, arch, dauphin, catalogue, registres, schaffer, marchetti, lv63, perryman, vasseur, debarbat, jep, arago]
assert len(ht_notes) == 21
put("html", "meridienne-paris-fr", {
 "about": "An invented French history-of-observatories web article (the great meridian circle built by Eichens for the Paris Observatory in 1859–1863, the meridian line and the meridian service to 1914) as an observatory heritage site's page: site header and navigation, `og:url`, a byline, sections, a figure whose caption carries a note, 21 superscript note calls `<sup class=\"appel\"><a href=\"#note-N\" id=\"appel-N\">N</a></sup>` and `<sup>e</sup>` ordinals (no citation), an `<ol>` of 21 notes in French humanities style with back-links (`↩`), `Ibid., p. 36.`, `Lequeux, Le Verrier, op. cit., p. 142-145.`, archival items by shelf mark, a decree in the Bulletin des lois, Annales de l'Observatoire and Comptes rendus articles, a thèse de doctorat, a printed catalogue under a corporate author, a Zenodo dataset `[jeu de données]`, DOIs as `doi:` and https://doi.org, web pages with `consultée le` dates, a footer. A web page's endnotes are notes, not literature (fix68g): `literature` is empty. Real works (Wolf 1902, J. Cassini 1720, Cassini de Thury 1744, the 1854 decree, Le Verrier's Soleil tables in the Annales, Lequeux 2013, Schaffer 1988, Perryman 2009, Débarbat, Grillot & Lévy 1984, the Catalogue de l'Observatoire de Paris) with data as remembered (pages, volumes, the decree's Bulletin number, dates and DOIs may differ from the records); invented: the site and its hosts (patrimoine.observatoire-paris.example.org, www.observatoire-paris.example.org, www.paris-patrimoine.example.net, gallica.example.net), the author Mireille Dauphin and her thesis, the shelf marks D 3.12 and Ph 2117, the Dauphin & Ngoma dataset (DOI 10.99999/zenodo.8840215), Marchetti-Olsen 2019, Le Verrier's 1863 Comptes rendus note as titled, Vasseur & Chao 2019, all figures and statements. Planted: note 15's DOI `10.99999.jha.2019.0117` has a dot where the slash belongs (malformed-field at that note's line; the note is keyed without a DOI).",
 "document": "cercle-meridien.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ht_notes)},
 "literature": [],
})

# ---- docx: Italian history of instruments (the Merz-Repsold refractor of Brera), footnotes + grouped Bibliografia ----
schia78 = dict(authors=["Schiaparelli"], title="Osservazioni astronomiche e fisiche sull'asse di rotazione e sulla topografia del pianeta Marte fatte nella Reale Specola di Brera in Milano coll'equatoreale di Merz durante l'opposizione del 1877. Memoria prima", year=1878, kind=A)
asoab = dict(kind=U)
king = dict(authors=["King"], title="The History of the Telescope", year=1955, kind=B)
rd1882 = dict(year=1882, kind=R)
repsold = dict(authors=["Repsold"], title="Zur Geschichte der astronomischen Messwerkzeuge von Purbach bis Reichenbach, 1450 bis 1830", year=1908, kind=B)
bonf19 = dict(authors=["Bonfanti"], title="Il rifrattore Merz-Repsold di Brera: acquisizione e montatura (1878-1886)", year=2019, doi="10.99999/gda.2019.45.3.22", kind=A)
museo = dict(title="Il rifrattore Merz-Repsold", url="https://museoastronomico.brera.example.org/strumenti/merz-repsold", kind=W)
schia93 = dict(authors=["Schiaparelli"], title="Il pianeta Marte", year=1893, kind=B)
lowell = dict(authors=["Lowell"], title="Mars", year=1895, kind=B)
sheehan = dict(authors=["Sheehan"], title="The Planet Mars: A History of Observation and Discovery", year=1996, kind=B)
roversi = dict(authors=["Roversi", "Bonfanti"], title="Disegni di Marte di G. V. Schiaparelli, 1877-1890: immagini digitalizzate", year=2022, doi="10.99999/zenodo.7106633", kind=W)
bonf17 = dict(authors=["Bonfanti"], title="Strumenti e pratiche dell'Osservatorio di Brera nell'età di Schiaparelli", year=2017, kind=T)
ferraris = dict(authors=["Ferraris"], title="Le lenti di Amici e la scuola ottica italiana", year=2019, kind=CH)
tucci = dict(authors=["Tucci"], title="I cieli di Brera. Astronomia da Tolomeo a Balla", year=2000, kind=B)
antoniadi = dict(authors=["Antoniadi"], title="La planète Mars, 1659-1929", year=1930, kind=B)
dx_notes = [schia78, asoab, asoab, king, schia78, rd1882, repsold, bonf19, king, museo, schia93, lowell, sheehan, sheehan, roversi, bonf17, ferraris, bonf19, tucci, antoniadi, antoniadi]
assert len(dx_notes) == 21
put("docx", "merz-brera-it", {
 "about": "An invented Italian history-of-instruments article (the 49 cm Merz-Repsold refractor of the Brera observatory, 1878–1886, and Schiaparelli's observations of Mars, 1877–1890) in Word: title and byline paragraphs, Heading 1 sections, 21 footnotes in Italian humanities style (full first notes, `Ibidem, fasc. 4, …`, `Ivi, p. 71.`, `Ibidem, p. 14.`, short notes with `cit.` and `op. cit.`, an archival series by cartella and fascicolo after `d'ora in poi ASOAB`, a Lincei memoir, a regio decreto cited by date and number in the Gazzetta Ufficiale, a DOI in `doi: ` form, a Zenodo dataset `[dataset]` by https://doi.org, a museum page with `consultato il`, a tesi di dottorato, a conference-proceedings paper) and a Bibliografia (Heading 1) in four Heading 2 groups (Fonti archivistiche, Fonti a stampa, Studi, Risorse in rete), paragraphs in the Bibliography style, family names in capitals. Real works (Schiaparelli 1878 and 1893, Lowell 1895, Repsold 1908, King 1955, Sheehan 1996, Tucci 2000, Antoniadi 1930) with data as remembered (pages, imprints, volumes may differ from the records); invented: the author Chiara Bonfanti's article (DOI 10.99999/gda.2019.45.3.22) and thesis, the ASOAB cartella and the Merz letter, the decree's number and Gazzetta issue, the museum page and its host museoastronomico.brera.example.org, the Roversi & Bonfanti dataset (DOI 10.99999/zenodo.7106633), Ferraris's paper and the proceedings' number, the telescope's dates and all statements.",
 "document": "merz-brera-it.docx", "reader": "docx", "clean": True, "lang": "it-IT",
 "title": "Il rifrattore Merz-Repsold di Brera e le osservazioni di Marte (1877-1890)", "creator": "Chiara Bonfanti",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [asoab, antoniadi, lowell, rd1882, repsold, schia78, schia93, bonf17, bonf19, ferraris, king, sheehan, tucci, museo, roversi],
})

# ---- pdftext: Czech archaeoastronomy (Neolithic rondels), author–date (Archeologické rozhledy style), Czech-ordered Literatura ----
pt = [
 dict(title="Archeologická mapa České republiky", url="https://amcr.example.org/mapa", kind=W),
 dict(authors=["Hawkins"], title="Stonehenge decoded", year=1965, kind=B),
 dict(authors=["Hoskin"], title="Tombs, temples and their orientations: a new perspective on Mediterranean prehistory", year=2001, kind=B),
 dict(authors=["Hrubý"], title="Azimuty a výšky obzoru vstupů českých a moravských rondelů", year=2022, doi="10.99999/zenodo.6621900", kind=W),
 dict(authors=["Chalupová"], title="Orientace vstupů neolitických rondelů ve střední Evropě", year=2018, kind=T),
 dict(authors=["Laskar", "Robutel", "Joutel", "Gastineau", "Correia", "Levrard"], title="A long-term numerical solution for the insolation quantities of the Earth", year=2004, doi="10.1051/0004-6361:20041335", kind=A),
 dict(authors=["Meeus"], title="Astronomical algorithms", year=1998, kind=B),
 dict(authors=["Pásztor", "Roslund"], title="An interpretation of the Nebra disc", year=2007, doi="10.1017/S0003598X00095144", kind=A),
 dict(authors=["Petrasch"], title="Mittelneolithische Kreisgrabenanlagen in Mitteleuropa", year=1990, kind=A),
 dict(authors=["Podborský"], title="Těšetice-Kyjovice 4. Rondel osady lidu s moravskou malovanou keramikou", year=1988, kind=B),
 dict(authors=["Ruggles"], title="Astronomy in prehistoric Britain and Ireland", year=1999, kind=B),
 dict(title="Handbook of archaeoastronomy and ethnoastronomy", year=2015, doi="10.1007/978-1-4614-6141-8", kind=B),
 dict(authors=["Řídký"], title="Rondely a sociální struktura lidu s kulturou s vypíchanou keramikou v českých zemích", year=2011, kind=B),
 dict(title="Stellarium", year=2023, url="https://stellarium.org", kind=W),
 dict(authors=["Šmídová", "Kalábek"], title="Astronomická orientace rondelu v Bylanech u Českého Brodu", year=2020, doi="10.99999/ar.2020.3.401", kind=A),
 dict(authors=["Zotti", "Hoffmann", "Wolf", "Chéreau", "Chéreau"], title="The simulated sky: Stellarium for cultural astronomy research", year=2021, doi="10.1558/jsa.17822", kind=A),
]
put("pdftext", "rondely-cs", {
 "about": "An invented Czech archaeoastronomy article (the orientation of the entrances of 38 Neolithic rondels in Bohemia and Moravia) as pdftotext (no -layout) gives the pages of Archeologické rozhledy: journal head with the article's own DOI, title and English title, authors joined by an en dash, Abstrakt and Klíčová slova, numbered sections, form feeds with running heads and page numbers on lines of their own, words hyphenated at line ends, author–date citations in the journal's style (`(Podborský 1988)`, `(Ruggles 1999, 12–24;` ⏎ `Hoskin 2001)`, `(Pásztor – Roslund 2007)` with an en dash between two authors, `a kol.` for more, narrative `Řídký (2011)`, `Meeus (1998, kap. 16)`, the declined `Laskara a kol. (2004)` (genitive of Laskar), `(Chalupová` ⏎ `2018, 33–41)` and `(Stellarium` ⏎ `2023)` wrapped after the name, `(Archeologická mapa` ⏎ `České republiky b. r.)` for an undated title-first entry, `srov.` before a citation), declined names without a year (`Rugglesem`, `Chalupové`, `Archeologické mapy`) no citation, and a Literatura of 16 entries in Czech alphabetical order (Ch after H, Ř after R, Š after S; entries start at the left margin and wrap without indent, a DOI and a URL wrapped, an edited handbook under its editor, a program by title) followed by an English Summary and the authors' addresses. Real works (Hawkins 1965, Hoskin 2001, Laskar et al. 2004, Meeus 1998, Pásztor & Roslund 2007, Petrasch 1990, Podborský 1988, Ruggles 1999 and 2015, Řídký 2011, Stellarium, Zotti et al. 2021) with data as remembered (titles, pages, publishers and DOIs may differ from the records); invented: the authors Tomáš Hrubý and Kateřina Chalupová, the article's DOI and pages, Chalupová's diploma thesis, Hrubý's dataset (DOI 10.99999/zenodo.6621900), Šmídová & Kalábek 2020 (DOI 10.99999/ar.2020.3.401), the hosts amcr.example.org, arub.example.org and phil.example.org, all measurements and statements. Labels: each citation is labelled by its entry's position n in the Literatura (rounds 55–59's rule); the Ruggles (ed.) 2015 handbook is keyed without authors (an editor).",
 "document": "rondely.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
