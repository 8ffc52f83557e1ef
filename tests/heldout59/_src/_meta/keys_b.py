"""Writes the meta.json of heldout59 half B's documents (rmarkdown/Quarto, docx, odt, pdftext,
mediawiki).  Round 59's theme for half B: musicology.  Labels and lines come from the ⟦label⟧
annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here by
hand.  Conventions: see ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout59 tenore-voices-en nyckelharpa-sv neorriemanniana-pt
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout59 concert-spirituel-fr
  .venv/bin/python tests/heldout59/_src/_meta/build_odt_b.py
  python3 tests/heldout59/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English ethnomusicology (cantu a tenore), Quarto .qmd + CSL-JSON, default Chicago author-date ----
qm = {
 "praat2023": dict(authors=["Boersma", "Weenink"], title="Praat: doing phonetics by computer", year=2023, url="https://www.praat.org", kind=W),
 "carta2001": dict(authors=["Carta"], title="Sardinia", year=2001, doi="10.99999/gmo.9781561592630.article.24612", kind=CH),
 "deiana2019": dict(authors=["Deiana"], title="Cantu a tenore e turismo culturale nella Barbagia contemporanea", year=2019, kind=T),
 "ellery2018": dict(authors=["Ellery"], title="Voicing the bassu: Timbre, period-doubling and shepherd masculinity in Sardinian tenore singing", year=2018, doi="10.99999/17411912.2018.1490021", kind=A),
 "feld1982": dict(authors=["Feld"], title="Sound and Sentiment: Birds, Weeping, Poetics, and Song in Kaluli Expression", year=1982, kind=B),
 "lortatjacob1995": dict(authors=["Lortat-Jacob"], title="Sardinian Chronicles", year=1995, kind=B),
 "lortatjacob1998": dict(authors=["Lortat-Jacob"], title="Chants de Passion: Au cœur d'une confrérie de Sardaigne", year=1998, kind=B),
 "macchiarella2009": dict(authors=["Macchiarella"], title="Cantare a cuncordu: Uno studio a più voci", year=2009, kind=B),
 "mele2019": dict(authors=["Mele"], title="A Bitti il tenore torna in piazza", year=2019, url="https://www.lanuovasardegna.example.net/nuoro/2019/08/12/tenore-bitti-piazza", kind=A),
 "murgia2021": dict(authors=["Murgia", "Piras"], title="Cantu a tenore field recordings, Barbagia 2016–2019: Multitrack audio and spectral annotations", year=2021, doi="10.99999/zenodo.5520931", kind=W),
 "nettl2005": dict(authors=["Nettl"], title="The Study of Ethnomusicology: Thirty-One Issues and Concepts", year=2005, kind=B),
 "piras2020": dict(authors=["Piras", "Ellery"], title="Detecting the locking of guttural voices in four-part Sardinian song", year=2020, kind=CH),
 "rice2014": dict(authors=["Rice"], title="Ethnomusicology: A Very Short Introduction", year=2014, kind=B),
 "sanna2017": dict(authors=["Sanna"], title="Il tenore di Orgosolo tra palco e festa", year=2017, kind=CH),
 "seeger1987": dict(authors=["Seeger"], title="Why Suyá Sing: A Musical Anthropology of an Amazonian People", year=1987, kind=B),
 "tenoresbitti1996": dict(title="S'amore 'e mama", year=1996, kind=W),
 "unesco2008": dict(title="Canto a tenore, Sardinian pastoral songs", year=2008, url="https://ich.unesco.org/en/RL/canto-a-tenore-sardinian-pastoral-songs-00165", kind=W),
}
QM_ORDER = list(qm)  # references.json and this dict are written in Chicago author-date order
put("rmarkdown", "tenore-voices-en", {
 "about": "An invented English ethnomusicology working paper (the locking of the two guttural voices, bassu and contra, in Sardinian cantu a tenore, in rehearsal and on tourist stages, 2016–2019) as a Quarto document (.qmd): YAML header with `bibliography: references.json` (CSL-JSON) and no `csl:` (so pandoc's default Chicago author-date), `format: html`, an R chunk and a table chunk with `#| tbl-cap` (no citations), Quarto cross references `@sec-method`, `@sec-results`, `@fig-spec` (no citations), a figure whose two-line caption cites, `[@a; @b]`, `[@key, 41--58]`, `[see @a, 112; @b]`, narrative `@key [ch. 12]`, `@key [83]`, `@key [151--156]`, `@key [xii]`, suppressed author `[-@key]`, and `::: {#refs}`. references.json holds books (one translated), a Grove Music Online entry (entry-encyclopedia), a thesis, a journal article, a newspaper story, a Zenodo dataset, a workshop paper, an edited-volume chapter, Praat (software), a commercial CD (type song: a sound recording, kind web; the ensemble is a literal author and not keyed) and the UNESCO list page (literal author UNESCO, not keyed). Real works (Lortat-Jacob 1995 and 1998, Macchiarella 2009, Feld 1982, Seeger 1987, Nettl 2005, Rice 2014, Praat, the Tenores di Bitti CD on Real World, the UNESCO page) with data as remembered (catalogue number, URL and pages may differ); invented: the authors Mark Ellery and Giovanna Piras as writers of this paper, Northbridge University, Carta's Grove entry (DOI 10.99999/gmo.9781561592630.article.24612), Deiana's thesis, Ellery 2018 (DOI 10.99999/17411912.2018.1490021), Mele's newspaper story and the host www.lanuovasardegna.example.net, the Murgia & Piras dataset (DOI 10.99999/zenodo.5520931), the Piras & Ellery workshop paper, Sanna's chapter and its volume, the survey `ledda2003`, all data and statements. Planted: `@ledda2003` has no entry in references.json (missing-literature-entry at its line; a pair with no note).",
 "document": "tenore.qmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: qm[k] for k in QM_ORDER},
 "literature": [qm[k] for k in QM_ORDER],
})

# ---- docx: French music history (the Concert spirituel), Chicago notes in French + grouped list ----
pierre = dict(authors=["Pierre"], title="Histoire du Concert spirituel, 1725-1790", year=1975, kind=B)
an = dict(kind=U)
merc = dict(title="Concert spirituel au Palais des Tuileries", year=1725, kind=A)
venite = dict(authors=["Mondonville"], title="Venite exultemus", year=2006, kind=B)
ms = dict(kind=U)
brenet = dict(authors=["Brenet"], title="Les concerts en France sous l'ancien régime", year=1900, kind=B)
verdier = dict(authors=["Verdier"], title="Concert spirituel", year=1996, kind=CH)
ashby = dict(authors=["Ashby"], title="Paris, §III : 1700-1789", year=2001, doi="10.99999/gmo.9781561592630.article.40088", kind=CH)
glossa = dict(authors=["Mondonville"], title="Grands motets", year=2008, kind=W)
annonces = dict(year=1752, url="https://gallica.example.net/ark:/12148/bpt6k6356152x/f4", kind=A)
lemaire = dict(authors=["Lemaire"], title="Le répertoire instrumental du Concert spirituel, 1748-1762", year=2014, kind=T)
marchal = dict(authors=["Marchal"], title="Les grands motets au Concert spirituel : répertoire et recettes (1750-1770)", year=2013, doi="10.99999/rdm.2013.99.1.35", kind=A)
girard = dict(authors=["Girard", "Morel"], title="Programmes du Concert spirituel, 1725-1790 : base de données", year=2022, doi="10.99999/zenodo.6603417", kind=W)
weber = dict(authors=["Weber"], title="The Great Transformation of Musical Taste: Concert Programming from Haydn to Brahms", year=2008, kind=B)
clavecin = dict(authors=["Mondonville"], title="Pièces de clavecin en sonates, avec accompagnement de violon", year=1738, url="https://imslp.org/wiki/Pièces_de_clavecin_en_sonates,_Op.3_(Mondonville,_Jean-Joseph_de)", kind=B)
rousseau = dict(authors=["Rousseau"], title="Dictionnaire de musique", year=1768, kind=B)
dx_notes = [pierre, an, merc, merc, venite, ms, brenet, pierre, verdier, ashby, glossa, annonces, annonces, lemaire, marchal, girard, lemaire, an, weber, clavecin, rousseau, weber]
assert len(dx_notes) == 22
put("docx", "concert-spirituel-fr", {
 "about": "An invented French music-history article (the grand motet at the Concert spirituel and the reception of Mondonville's motets, 1734–1762) in Word: title and byline paragraphs, Heading 1/2 sections, 22 footnotes in French humanities (Chicago-notes-like) style (full first notes, `Pierre, *op. cit.*, p. 102.`, two `*Ibid.*` notes, short notes `Lemaire, « Le répertoire instrumental », p. 140.` and `Weber, *The Great Transformation*, p. 41.`, `AN, O/1/613, pièce 11` after `Archives nationales (désormais AN)`), two notes in the cells of a table (cell 4 of rows 2 and 3), an archival file by cote, a music manuscript by shelf mark and RISM siglum (F-Pn), the Mercure de France, a critical edition of a motet (CMBV), a CD by label and catalogue number, a periodical issue on Gallica, an MGG Sachteil entry and a Grove Music Online entry (DOI in `doi:` form), a thesis, a Revue de musicologie article, a Zenodo dataset (https://doi.org form), an IMSLP facsimile and Rousseau's Dictionnaire; a `Sources et bibliographie` in five groups (family names in capitals). Real works (Pierre 1975, Brenet 1900, Weber 2008, Rousseau 1768, Mondonville's op. 3 on IMSLP, the Niquet/Glossa recording of Mondonville's grands motets, AN O/1/613 as a series, BnF Vm1) with data as remembered (catalogue and shelf numbers, pages and URLs may differ); invented: the author Lucie Arnaud-Keïta, the Mercure report's title and pages, the CMBV edition by Hélène Dumont, the BnF manuscript's content, Verdier's MGG entry, Ashby's Grove entry (DOI 10.99999/gmo.9781561592630.article.40088), the Annonces issue and the host gallica.example.net, Lemaire's thesis, Marchal's article (DOI 10.99999/rdm.2013.99.1.35), the Girard & Morel dataset (DOI 10.99999/zenodo.6603417), the table's figures and all statements.",
 "document": "concert-spirituel-fr.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "title": "Le grand motet à l'épreuve du public", "creator": "Lucie Arnaud-Keïta",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [an, ms, merc, annonces, clavecin, rousseau, venite, glossa, girard, ashby, brenet, lemaire, marchal, pierre, verdier, weber],
})

# ---- odt: Italian opera studies (Rigoletto and the Venetian censorship), footnotes + Bibliografia ----
wgv = dict(authors=["Verdi"], title="Rigoletto. Melodramma in tre atti di Francesco Maria Piave", year=1983, kind=B)
lib = dict(authors=["Piave"], title="Rigoletto. Melodramma in tre atti", year=1851, kind=B)
astf = dict(kind=U)
cop = dict(title="I copialettere di Giuseppe Verdi", year=1913, kind=B)
budden = dict(authors=["Budden"], title="The Operas of Verdi", year=1973, kind=B)
hugo = dict(authors=["Hugo"], title="Le roi s'amuse", year=1832, kind=B)
dseta = dict(authors=["Della Seta"], title="Not without Madness: Perspectives on Opera", year=2013, kind=B)
parker = dict(authors=["Parker"], title="Rigoletto", year=1992, kind=CH)
gaz = dict(title="Teatro La Fenice. Rigoletto", year=1851, kind=A)
bellin = dict(authors=["Bellin"], title="La censura teatrale a Venezia dopo il 1849", year=2016, kind=T)
serafin = dict(authors=["Verdi"], title="Rigoletto", year=1956, kind=W)
ferri = dict(authors=["Ferri"], title="Discografia verdiana 1907-2020", year=2020, doi="10.99999/zenodo.4011228", kind=W)
rinaldi = dict(authors=["Rinaldi"], title="Il duca, il re e il censore: le varianti di Rigoletto fra Venezia e Roma", year=2014, kind=A)
whit = dict(authors=["Whitcombe"], title="Staging the curse: Monterone and the 1851 production of Rigoletto", year=2017, doi="10.99999/S0954586717000131", kind=A)
fenice = dict(title="Archivio storico", url="https://www.teatrolafenice.example.net/archivio-storico/", kind=W)
vs = dict(authors=["Verdi"], title="Rigoletto", year=1852, url="https://imslp.org/wiki/Rigoletto_(Verdi,_Giuseppe)", kind=B)
sorr = dict(authors=["Sorrentino"], title="La disposizione scenica di Rigoletto e la prassi veneziana", year=2015, kind=CH)
od_notes = [wgv, lib, astf, astf, cop, budden, budden, hugo, dseta, parker, gaz, gaz, bellin, serafin, ferri, rinaldi, whit, rinaldi, fenice, vs, sorr, bellin]
assert len(od_notes) == 22
put("odt", "rigoletto-censura-it", {
 "about": "An invented Italian opera-studies article (Rigoletto between the Venetian censorship of December 1850 and the première at La Fenice, 11 March 1851) in LibreOffice: title and byline paragraphs, headings, 22 footnotes (text:note footnote) in Italian humanities style (the critical edition in The Works of Giuseppe Verdi with series and volume, the 1851 libretto, a Fenice archive file by busta and fascicolo, `Ibidem`, `Ivi, p. 234.`, the Copialettere edited by Cesari and Luzio, Budden's multi-volume study and `Budden, The Operas of Verdi, cit., p. 482.`, Hugo's play, a New Grove Dictionary of Opera entry, a Gazzetta privilegiata report, a thesis cited in a table cell and again by `cit.`, an LP set by label and catalogue number, a Zenodo discography dataset, Studi verdiani and Cambridge Opera Journal articles (DOI in `doi:` form), a web page with an access date, the Ricordi vocal score on IMSLP, a conference-proceedings chapter) and a Bibliografia in five groups (Fonti archivistiche, Fonti a stampa e partiture, Discografia, Risorse in rete, Studi) in document order. Real works (WGV Rigoletto ed. Chusid 1983, Piave's libretto, the Copialettere 1913, Budden 1973, Hugo 1832, Della Seta 2013, Parker's New Grove Opera entry, the Callas/Gobbi/Serafin Columbia set, the Ricordi vocal score on IMSLP) with data as remembered (pages, catalogue numbers, URL may differ); invented: the author Giulia Tramontin Osei, the archive file's shelf mark and letter, the Gazzetta report's title and pages, Bellin's thesis, Ferri's dataset (DOI 10.99999/zenodo.4011228), Rinaldi 2014, Whitcombe 2017 (DOI 10.99999/S0954586717000131), the host www.teatrolafenice.example.net, Sorrentino's paper and its proceedings, all statements.",
 "document": "rigoletto-censura-it.odt", "reader": "odt", "clean": True,
 "title": "Dalla «Maledizione» a «Rigoletto»: censura, libretto e messinscena alla Fenice (1850-1851)",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [astf, hugo, cop, lib, gaz, vs, wgv, serafin, ferri, fenice, bellin, budden, dseta, parker, rinaldi, sorr, whit],
 "defects": [],
})

# ---- pdftext: Swedish organology (the nyckelharpa), author–date, alphabetical Referenser ----
pt = [
 dict(authors=["Andersson"], title="Nyckelharpan lever igen i Österbybruk", year=1970, kind=A),
 dict(authors=["Berglund"], title="Akustiska egenskaper hos resonanssträngar i nyckelharpan", year=2018, kind=CH),
 dict(title="Nyckelharpans historia", url="https://www.esitobo.example.org/nyckelharpan/historia", kind=W),
 dict(authors=["Eriksson"], title="Från kontrabasharpa till kromatisk nyckelharpa: Instrumentbyggare i Uppland 1850–1950", year=2011, kind=T),
 dict(authors=["Holmqvist"], title="Mätdata för 212 nyckelharpor i svenska museer", year=2022, doi="10.99999/snd.2022.114", kind=W),
 dict(authors=["Hornbostel", "Sachs"], title="Systematik der Musikinstrumente: Ein Versuch", year=1914, kind=A),
 dict(authors=["Hornbostel", "Sachs"], title="Classification of musical instruments", year=1961, doi="10.2307/842168", kind=A),
 dict(authors=["Kartomi"], title="On concepts and classifications of musical instruments", year=1990, kind=B),
 dict(authors=["Lindblad", "Ström"], title="Dendrokronologisk datering av moraharpan och två nyckelharpor från 1500-talet", year=2019, kind=A),
 dict(authors=["Ling"], title="Nyckelharpan: Studier i ett folkligt musikinstrument", year=1967, kind=B),
 dict(authors=["Ling"], title="Nyckelharpa", year=2001, doi="10.99999/gmo.9781561592630.article.20148", kind=CH),
 dict(title="Nyckelharpa från Harg, Uppland", url="https://samlingar.musikverket.example.net/objekt/M2853", kind=W),
 dict(authors=["Praetorius"], title="Syntagma musicum II: De organographia", year=1958, kind=B),
 dict(authors=["Sachs"], title="Real-Lexikon der Musikinstrumente", year=1913, kind=B),
 dict(authors=["Sahlström"], title="Nyckelharpa", year=1976, kind=W),
]
put("pdftext", "nyckelharpa-sv", {
 "about": "An invented Swedish organology article (the nyckelharpa from the moraharpa to the chromatic instrument: dating, sympathetic strings, classification) as pdftotext gives the pages of an invented journal, Instrumentkultur: journal head, title block, Sammanfattning and Nyckelord, running heads and page-number footers, form feeds, words hyphenated at line ends (one inside a citation: `(Lind- ⏎blad & Ström 2019)`), Swedish APA-like author–date citations `Praetorius (1619/1958, pl. XXI)`, `Ling (1967)`, `(Ling 2001)`, `Eriksson (2011, kap. 3)`, `(Hornbostel & Sachs 1914, 1961)` (two works, one pair each), `(Sachs 1913, s. ⏎263)`, `Lindblad ⏎och Ström (2019)`, `Eriksson (2011, ⏎s. 140)`, `Eric Sahlström Institutet (u.å.)`, `(Musikverket u.å.)`, `(Berglund 2018; Holmqvist ⏎2022)`, `(Ling 1967, s. 45–52; Eriksson ⏎2011)`; names without a year (`Hornbostels och Sachs system`, `Sahlströms egen inspelning`, `Ling delade in`) are no citations. An alphabetical Referenser in Swedish order with hanging indents and a URL wrapped after `/`. Real works (Ling 1967, Hornbostel & Sachs 1914 and the 1961 translation, Kartomi 1990, Praetorius's De organographia in the Bärenreiter facsimile, Sachs 1913) with data as remembered (pages and the DOI may differ); invented: the author Anna Lundqvist-Adebayo and Norrbro universitet, the journal, the Upsala Nya Tidning story, Berglund's SMAC paper, the Eric Sahlström Institutet page and host www.esitobo.example.org, Eriksson's thesis, Holmqvist's SND dataset (DOI 10.99999/snd.2022.114), Lindblad & Ström 2019, Ling's Grove entry DOI (10.99999/gmo.9781561592630.article.20148), the Musikverket object page and host samlingar.musikverket.example.net, the Sahlström LP's title and catalogue number, all figures and statements. Planted: entry 9 (Lindblad & Ström 2019) prints its DOI without the slash, `https://doi.org/10.99999stm.2019.101.45` (malformed-field at the line holding the DOI, the entry's third: round 73's key correction, as heldout17 and heldout36 key a malformed field in a list entry; the entry is keyed without a DOI). The Praetorius facsimile is keyed with the year of the edition listed (1958).",
 "document": "nyckelharpa.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})

# ---- mediawiki: Portuguese Wikipedia-style article on neo-Riemannian theory ----
cohn98 = dict(authors=["Cohn"], title="Introduction to Neo-Riemannian Theory: A Survey and a Historical Perspective", year=1998, doi="10.2307/843871", kind=A)
cohn12 = dict(authors=["Cohn"], title="Audacious Euphony: Chromatic Harmony and the Triad's Second Nature", year=2012, kind=B)
hyer = dict(authors=["Hyer"], title="Reimag(in)ing Riemann", year=1995, doi="10.2307/843900", kind=A)
lewin = dict(authors=["Lewin"], title="Generalized Musical Intervals and Transformations", year=1987, kind=B)
rehding = dict(authors=["Rehding"], title="Hugo Riemann and the Birth of Modern Musical Thought", year=2003, kind=B)
riemann = dict(authors=["Riemann"], title="Skizze einer neuen Methode der Harmonielehre", year=1880, kind=B)
tymo = dict(authors=["Tymoczko"], title="A Geometry of Music: Harmony and Counterpoint in the Extended Common Practice", year=2011, kind=B)
euler = dict(authors=["Euler"], title="Tentamen novae theoriae musicae ex certissimis harmoniae principiis dilucide expositae", year=1739, kind=B)
oett = dict(authors=["Oettingen"], title="Harmoniesystem in dualer Entwickelung: Studien zur Theorie der Musik", year=1866, kind=B)
kopp = dict(authors=["Kopp"], title="Chromatic Transformations in Nineteenth-Century Music", year=2002, kind=B)
sousa = dict(authors=["Sousa"], title="Transformações neorriemannianas na obra pianística de Villa-Lobos", year=2018, kind=T)
gollin = dict(authors=["Gollin"], title="Some Aspects of Three-Dimensional Tonnetze", year=1998, doi="10.2307/843873", kind=A)
tonnetz = dict(title="Tonnetz interativo: explore as operações P, L e R", url="https://www.tonnetz.example.org/explorar", kind=W)
wagner = dict(authors=["Wagner"], title="Parsifal: Ein Bühnenweihfestspiel", year=1883, url="https://imslp.org/wiki/Parsifal,_WWV_111_(Wagner,_Richard)", kind=B)
almeida = dict(authors=["Almeida", "Teixeira"], title="Ciclos hexatônicos e progressões cromáticas nos tangos de Ernesto Nazareth", year=2020, doi="10.99999/mh.v20.58321", kind=A)
capuzzo = dict(authors=["Capuzzo"], title="Neo-Riemannian Theory and the Analysis of Pop-Rock Music", year=2004, doi="10.1525/mts.2004.26.2.177", kind=A)
martins = dict(authors=["Martins"], title="Corpus anotado de transformações harmônicas em canções de Tom Jobim (1956–1994)", year=2021, doi="10.99999/zenodo.4455120", kind=W)
mw_notes = [cohn98, lewin, euler, oett, riemann, rehding, kopp, hyer, cohn98, sousa, gollin, tonnetz, cohn12, wagner, almeida, capuzzo, martins, tymo, tymo]
assert len(mw_notes) == 19
put("mediawiki", "neorriemanniana-pt", {
 "about": "An invented Portuguese (Brazilian) Wikipedia-style article on neo-Riemannian theory (music theory) in wikitext: a navbox, internal links, `{{sfn|Name|Year|p=…}}`/`pp=`/`loc=` short notes resolving to a Bibliografia of seven `{{Citar periódico}}`/`{{Citar livro}}` entries (`último`/`primeiro`, `ref=harv`), one `{{sfn}}` repeated with identical arguments (merged: one note, note 9) and two Cohn 1998 sfns with different pages (two notes), `<ref>`s with `{{Citar livro}}` (Euler 1739, Oettingen 1866, Kopp 2002, Wagner's Parsifal score on IMSLP), `{{Citar periódico}}` (Gollin, Capuzzo, an invented Música Hodie article with `último1`/`último2`), `{{Citar web}}` (an invented interactive Tonnetz page; an invented Zenodo dataset given by its https://doi.org address as `url=`, keyed as its DOI), an ABNT plain-text thesis reference, a `<ref>` holding `{{Harvnb|Tymoczko|2011|pp=…}}` with prose, named refs `euler` and `kopp` reused by `<ref name=… />`, `{{Referências|col=2}}`, external links (no citation), a portal and categories. Real works (Cohn 1998 and 2012, Hyer 1995, Lewin 1987, Rehding 2003, Riemann 1880, Tymoczko 2011, Euler 1739, Oettingen 1866, Kopp 2002, Gollin 1998, Capuzzo 2004, Wagner's Parsifal score) with data as remembered (pages, DOIs, imprint places, the IMSLP address may differ); invented: Sousa's dissertation, Almeida & Teixeira 2020 (DOI 10.99999/mh.v20.58321), the Martins dataset (DOI 10.99999/zenodo.4455120), the hosts www.tonnetz.example.org and www.musictheory.example.net, all statements.",
 "document": "teoria-neorriemanniana.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [cohn98, cohn12, hyer, lewin, rehding, riemann, tymo],
})
