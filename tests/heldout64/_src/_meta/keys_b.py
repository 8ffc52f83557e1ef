"""Writes the meta.json of heldout64 half B's documents (rst, latex, html, docx, pdftext).
Round 64's theme for half B: theatre and performance history.  Labels and lines come from the
⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: ../../HALF_B.md.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout64 blackfriars-candles-en singspiel-zensur-de dockteater-sv direccio-escena-ca
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout64 examiner-plays-en
  python3 tests/heldout64/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rst: English early modern stage (candlelight and act intervals at the Blackfriars) ----
rs = {
 "Bawcutt1996": dict(title="The control and censorship of Caroline drama: The records of Sir Henry Herbert, Master of the Revels 1623–73", year=1996, kind=B),
 "DEEP": dict(title="DEEP: Database of early English playbooks", year=2007, url="http://deep.sas.upenn.edu", kind=W),
 "FolgerPrompt": dict(title="The Tempest", kind=U),
 "Graves1999": dict(authors=["Graves"], title="Lighting the Shakespearean stage, 1567–1642", year=1999, kind=B),
 "Gurr2004": dict(authors=["Gurr"], title="The Shakespeare company, 1594–1642", year=2004, doi="10.1017/CBO9780511483783", kind=B),
 "LostPlays": dict(title="Lost plays database", url="https://lostplays.org", kind=W),
 "Malfi2014": dict(authors=["Webster"], title="The Duchess of Malfi", year=2014, kind=W),
 "OkonkwoHale2019": dict(authors=["Okonkwo-Hale"], title="Intervals and interludes: Music between the acts on the Caroline stage", year=2019, kind=T),
 "PalfreyStern2007": dict(authors=["Palfrey", "Stern"], title="Shakespeare in parts", year=2007, kind=B),
 "Penhallow2021": dict(authors=["Penhallow"], title="Wax, tallow and the five-act play", year=2021, doi="10.99999/S0040557421000187", kind=A),
 "REED": dict(title="Records of early English drama: Court", url="https://reed-court.example.org/revels/candles", kind=W),
 "Shakespeare2011": dict(authors=["Shakespeare"], title="The Tempest", year=2011, kind=B),
 "Smith1964": dict(authors=["Smith"], title="Shakespeare's Blackfriars Playhouse: Its history and its design", year=1964, kind=B),
 "Stern2009": dict(authors=["Stern"], title="Documents of performance in early modern England", year=2009, doi="10.1017/CBO9780511635496", kind=B),
 "Taylor1993": dict(authors=["Taylor"], title="The structure of performance: Act-intervals in the London theatres, 1576–1642", year=1993, kind=CH),
 "Tribble2011": dict(authors=["Tribble"], title="Cognition in the Globe: Attention and memory in Shakespeare's theatre", year=2011, doi="10.1057/9780230118515", kind=B),
 "Wanamaker2014": dict(title="Lighting the Sam Wanamaker Playhouse", year=2014, url="https://www.globe-archive.example.net/playhouse/lighting-2014", kind=W),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(authors=["Dessen", "Thomson"], title="A Dictionary of Stage Directions in English Drama, 1580–1642", year=1999, kind=B)
rs_notes["2"] = dict(authors=["Stern"], year=2009)  # the footnote's short pointer into Stern's book
put("rst", "blackfriars-candles-en", {
 "about": "An invented English early-modern-stage working paper (did candle-snuffing make the act intervals of the Blackfriars repertory, 1609–1642?) in reStructuredText: docinfo field list with a multi-line abstract, a contents directive, numbered section titles, `[Label]_` citations (two on one line: `[Graves1999]_ [Smith1964]_`, `[Tribble2011]_ … [PalfreyStern2007]_`; `[Stern2009]_ [#]_` a citation and an auto-numbered footnote), a citation in a `.. note::` directive on its own line, a simple table citing in its last column (four rows), a `.. rubric:: Footnotes` with two `[#]` footnotes (a full Chicago-style note to Dessen and Thomson's Dictionary of Stage Directions; a short pointer `Stern (2009), 46–54`), and 17 `.. [Label]` entries in APA 7 style under References, alphabetical by label: an edited records volume (Bawcutt, `(Ed.)`, editor not keyed), two databases with `Retrieved …, from` (DEEP, edited by Farmer and Lesser, keyed with 2007; the Lost Plays Database with `(2009–)`, keyed without a year; editors not keyed), a promptbook by its library shelf mark (`unknown`, no year: `c. 1674`), a critical edition of The Tempest (Arden, the Vaughans as editors not keyed), a video recording of a production (`web`), a dissertation, a chapter in a two-author book, books with https://doi.org and one `doi:` DOI, an article in Theatre Survey, a corporate web page (Shakespeare's Globe not keyed). Invented: the author Tamsin Penhallow and the University of Wexcombe, Penhallow's Theatre Survey article and its DOI (10.99999/…), Okonkwo-Hale's dissertation, the shelf mark Prompt Temp. 42, the REED Court page and its host reed-court.example.org, the Globe page on www.globe-archive.example.net, the count 71 of 88. Real works (Bawcutt, DEEP, Graves, Gurr, the Lost Plays Database, Palfrey and Stern, Smith, Stern, Taylor's essay in Shakespeare Reshaped, Tribble, Dessen and Thomson, the Arden Tempest, the Globe on Screen Duchess of Malfi) with their data as remembered (DOIs, pages and imprints may differ).",
 "document": "blackfriars-candles.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- latex: German opera and music theatre (Schikaneder's machine opera and the Viennese censorship), natbib + plainnat ----
lx = {
 "assmann2005": dict(authors=["Assmann"], title="Die Zauberflöte: Oper und Mysterium", year=2005, kind=B),
 "buch2008": dict(authors=["Buch"], title="Magic Flutes and Enchanted Forests: The Supernatural in Eighteenth-Century Musical Theater", year=2008, kind=B),
 "ehrenreich2022": dict(authors=["Ehrenreich", "Castellano"], title="Maschinen für das Wunderbare: Flugwerke und Versenkungen im Freihaustheater auf der Wieden", year=2022, doi="10.99999/S0954586722000091", kind=A),
 "hadamowsky1988": dict(authors=["Hadamowsky"], title="Wien: Theatergeschichte. Von den Anfängen bis zum Ende des Ersten Weltkriegs", year=1988, kind=B),
 "honolka1984": dict(authors=["Honolka"], title="Papageno: Emanuel Schikaneder, der große Theatermann der Mozart-Zeit", year=1984, kind=B),
 "komorzynski1951": dict(authors=["Komorzynski"], title="Emanuel Schikaneder: Ein Beitrag zur Geschichte des deutschen Theaters", year=1951, kind=B),
 "lindner2019": dict(authors=["Lindner"], title="Zensurstriche im Soufflierbuch: Die Wiener Theaterzensur und das Vorstadtrepertoire um 1795", year=2019, kind=CH),
 "mozart1970": dict(authors=["Mozart"], title="Die Zauberflöte", year=1970, kind=B),
 "pruckner2017": dict(authors=["Pruckner"], title="Das Theater auf der Wieden 1789–1801: Repertoire, Ensemble und Publikum", year=2017, kind=T),
 "schikaneder1791": dict(authors=["Schikaneder"], title="Die Zauberflöte: Eine grosse Oper in zwey Aufzügen", year=1791, kind=B),
 "theaterzettel1791": dict(title="Theaterzettel des k. k. priv. Theaters auf der Wieden, 30. September 1791", year=1791, kind=U),
 "spielplan2024": dict(title="Spielplan des Freihaustheaters, Eintrag WVB-1791-0930", year=2024, url="https://spielplan-wien.example.org/eintrag/WVB-1791-0930", kind=W),
 "yates1996": dict(authors=["Yates"], title="Theatre in Vienna: A Critical History, 1776–1995", year=1996, doi="10.1017/CBO9780511470257", kind=B),
 "ostazensur1795": dict(title="Zensurakt zu Der Spiegel von Arkadien", year=1795, kind=U),
}
LX_ORDER = list(lx)  # plainnat's order (BibTeX's .bbl agrees): the two @misc sort by their `key` (Theaterzettel, Zensurakt), the corporate @online by its author
put("latex", "singspiel-zensur-de", {
 "about": "An invented German music-theatre paper (Schikaneder's machine operas at the Freihaustheater auf der Wieden and the Viennese theatre censorship, 1791–1801) as a LaTeX article draft: babel ngerman, natbib `round,authoryear`, `\\citep{k}`, `\\citet{k}`, `\\citet[S.~212]{k}`, `\\citep[hier S.~112--118]{k}`, `\\citep[Kap.~4]{k}`, `\\citep[vgl.][]{a,b}` (two pairs), `\\citep[vgl. aber][S.~73]{k}`, a three-key `\\citep{a,b,c}` (three pairs), the censorship section by `\\input{sections/zensur}` (its lines are that file's), a `\\thanks`, a commented TODO, `\\label`, `\\bibliographystyle{plainnat}`, `\\bibliography{wieden}`. wieden.bib holds books (Assmann, Buch, Hadamowsky, Honolka with `{\\ss}`, Komorzynski, Yates with a DOI), the Neue Mozart-Ausgabe score of Die Zauberflöte with `author` Mozart and `editor` (editors not keyed), the 1791 libretto, a chapter (`@incollection`, its volume's editor not keyed), an article in Cambridge Opera Journal, a `@phdthesis` with `type = {Dissertation}`, two archival `@misc` entries with `key` and `howpublished` shelf marks (the playbill of 30 September 1791 in the Wienbibliothek, a censorship file in the HHStA; `unknown`), and an `@online` performance-database record with `urldate` and a corporate author in braces (not keyed; plainnat does not know `@online`, BibTeX treats it as `misc`). Planted: `\\citet{brauneis2001}` (in sections/zensur.tex) has no .bib entry: `missing-literature-entry` at its line. Invented: the author Johanna Weißenböck, Ehrenreich and Castellano's article and its DOI (10.99999/…), Lindner's chapter, the volume Bühne und Obrigkeit and its editor Ruth Sommer-Pichler, Pruckner's dissertation, the shelf marks C-143.711 and Karton 7, Fasz. 1795/41, the database Wiener Vorstadtbühnen digital and its host spielplan-wien.example.org, the counts (three flying machines, four traps, nineteen new productions), Brauneis 2001 as cited. Real works (Assmann, Buch, Hadamowsky, Honolka, Komorzynski, the NMA volume, Schikaneder's libretto, Yates) with their data as remembered (Yates's DOI, imprints and pages may differ).",
 "document": "zauberfloete.tex", "reader": "latex", "clean": True,
 "notes": {k: lx[k] for k in LX_ORDER},
 "literature": [lx[k] for k in LX_ORDER],
})

# ---- html: Swedish puppetry and popular entertainment (marionette theatres on Stockholm's pleasure grounds), 18 endnotes ----
meschke = dict(authors=["Meschke"], title="En estetik för dockteater", year=1989, kind=B)
mccormick = dict(authors=["McCormick", "Pratasik"], title="Popular Puppet Theatre in Europe, 1800–1914", year=1998, doi="10.1017/CBO9780511586019", kind=B)
jurkowski = dict(authors=["Jurkowski"], title="A History of European Puppetry", year=1996, kind=B)
affisch = dict(title="Mekaniska Marionett-Theatern i Humlegården", year=1842, kind=U)
afton1 = dict(title="Marionetterna i Humlegården", year=1842, kind=A)
afton2 = dict(title="Ännu en gång om Marionetterna", year=1842, kind=A)
bildbas = dict(url="http://bildbas.kb.example.org/affischer/1842-17", kind=W)
osa = dict(kind=U)
kleist = dict(authors=["von Kleist"], title="Über das Marionettentheater", year=1810, kind=A)
wennerberg = dict(authors=["Wennerberg Lind"], title="Dockor på resa: kringresande marionettspelare i Sverige 1820–1900", year=2016, kind=T)
ehnstrom = dict(authors=["Ehnström"], title="Ubu på tråd: Marionetteatern och det polska avantgardet", year=2021, kind=A)
ubu = dict(title="Kung Ubu", year=1964, url="https://samlingar.scenkonstmuseet.example.org/objekt/SKM-F-1964-011", kind=W)
gross = dict(authors=["Gross"], title="Puppet: An Essay on Uncanny Life", year=2011, kind=B)
falk = dict(kind=C)
lagerroth = dict(authors=["Lagerroth"], title="Folkliga teaterformer och nöjesliv", year=2007, kind=CH)
ht_notes = [meschke, mccormick, jurkowski, affisch, afton1, afton2, bildbas, osa, mccormick, kleist, wennerberg, wennerberg, ehnstrom, ubu, gross, jurkowski, falk, lagerroth]
assert len(ht_notes) == 18
put("html", "dockteater-sv", {
 "about": "An invented Swedish article on puppetry and popular entertainment (marionette theatres on Stockholm's pleasure grounds, Humlegården and Djurgården, 1830–1870, their playbills, police licences and press notices, and the later art puppet theatre of Michael Meschke's Marionetteatern) on a theatre society's online magazine page: site header and navigation, `og:url`, a byline with an author link and a subject link, an ingress, sections, a figure whose caption carries a note, 18 note calls `<sup class=\"not\"><a href=\"#not-N\" id=\"ref-N\">N</a></sup>` (several per paragraph line) and an `<ol>` of 18 endnotes under `Noter` in Swedish humanities style (full name first, `s.`, `diss.`, `i … (red.)`, `bd 2`, `(hämtad 3 november 2026)`, `a.a.` short notes and `Ibid.`), back-links `↩`, a footer. Sources: Meschke's book, McCormick and Pratasik with https://doi.org, Jurkowski vol. 1 (volume title not part of the title), a playbill in the Royal Library's Småtryck by shelf mark (`unknown`), two unsigned Aftonbladet notices with dates and pages (`article`), a digitised image page with an access date (`web`, no title), a police licence file in the Stockholm City Archives by volume (`unknown`, no title, no year), Kleist's essay in the Berliner Abendblätter (`article`), a dissertation (`Wennerberg Lind`, a two-word family name) and `Ibid.` after it, an article in Nordic Theatre Studies, a TV recording of Kung Ubu (1964) in a museum collection by object id (`web`; the director not keyed), Gross's book, a conversation held by the author (`commentary`), a chapter in Ny svensk teaterhistoria (editors not keyed). `McCormick & Pratasik, a.a.` (9), `Jfr Jurkowski, a.a.` (16) and `Ibid.` (12) are keyed with the full fields of the work they repeat. Planted: note 13's DOI `https://doi.org/10.99999.nts.v33i1.128514` has a dot where its slash belongs: `malformed-field` at that note's line; the note is keyed without a DOI. Invented: the magazine Scenhistoria and its society's host scenhistoria.example.org, the author Elin Bergkvist, the playbill's text and shelf mark 1842:17, the two Aftonbladet notices, the hosts bildbas.kb.example.org and samlingar.scenkonstmuseet.example.org and the object id, the licence volume E IV:9, the Wennerberg players, Anna-Karin Wennerberg Lind's dissertation, Sofia Ehnström's article and its DOI, the puppeteer Ingrid Falk and the conversation, the chapter title attributed to Ulla-Britta Lagerroth, the counts of puppets, the 'Humlegårdsgreppet'. Real works (Meschke, McCormick and Pratasik, Jurkowski, Kleist, Gross, Ny svensk teaterhistoria, Meschke's Kung Ubu of 1964 with Franciszka Themerson's designs) with their data as remembered.",
 "document": "tradar-och-tillstand.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ht_notes)},
 "literature": [],
})

# ---- docx: English censorship and playbills (music-hall sketches and the Lord Chamberlain), Chicago footnotes + grouped Bibliography ----
nicholson = dict(authors=["Nicholson"], title="The Censorship of British Drama 1900–1968", year=2003, kind=B)
act1843 = dict(title="Theatres Act 1843", year=1843, kind=R)
johnston = dict(authors=["Johnston"], title="The Lord Chamberlain's Blue Pencil", year=1990, kind=B)
lcp = dict(title="The Suffragette's Husband", year=1913, kind=U)
street = dict(kind=U)
programme = dict(kind=U)
stage = dict(title="The Palace", year=1913, kind=A)
shellard = dict(authors=["Shellard", "Nicholson", "Handley"], title="The Lord Chamberlain Regrets…: A History of British Theatre Censorship", year=2004, kind=B)
quennell = dict(authors=["Quennell"], title="Blue Pencil, Red Nose: Sketch Comedians and the Examiner of Plays, 1912–1925", year=2022, doi="10.99999/14748258221130457", kind=A)
findlater = dict(authors=["Findlater"], title="Banned! A Review of Theatrical Censorship in Britain", year=1967, kind=B)
mhsi = dict(title="Music Hall Sketch Index", url="https://sketch-index.example.net/sketch/1914-0332", kind=W)
oseitutu = dict(authors=["Osei-Tutu"], title="Licensed Laughter: Music-Hall Sketches under the Lord Chamberlain, 1912–1932", year=2018, kind=T)
pathe = dict(title="Comedy Sketch at the Palace", year=1927, url="https://www.britishpathe.example.net/asset/27041", kind=W)
jsc = dict(title="Report from the Joint Select Committee of the House of Lords and the House of Commons on the Stage Plays (Censorship)", year=1909, kind=R)
act1968 = dict(title="Theatres Act 1968", year=1968, kind=R)
ruddock = dict(authors=["Ruddock"], title="Censorship and the Variety Stage", year=2004, kind=CH)
dx_notes = [nicholson, act1843, johnston, johnston, lcp, street, programme, stage, shellard, nicholson, quennell, findlater, mhsi, oseitutu, pathe, quennell, quennell, jsc, act1968, ruddock]
assert len(dx_notes) == 20
put("docx", "examiner-plays-en", {
 "about": "An invented English theatre-history article on censorship (music-hall sketches under the Lord Chamberlain's licensing, 1912–1930) in Word: title and byline paragraphs, Heading 1 sections, 20 footnotes in Chicago notes-bibliography style (full first notes, short notes `Nicholson, Censorship of British Drama, 98.` (10) and `Quennell, \"Blue Pencil, Red Nose,\" 140.` (16), `Ibid., 61.` (4, Johnston) and `Ibid., 144–45.` (17, Quennell), all keyed with the full fields of the work they repeat), three or two notes in one body paragraph, two notes in the third cells of a table's rows (annotated with the cell number 3, so keyed at those cells' paragraphs), and a `Bibliography` with three Heading 2 groups (Archival sources, Published sources, Online sources) in the Bibliography style, all 16 works cited. Sources: Nicholson's Censorship of British Drama vol. 1 (volume title not part of the title), the Theatres Acts 1843 and 1968 and the 1909 Joint Select Committee report (`report`; Great Britain, Parliament not keyed), Johnston, Shellard and Nicholson with Handley (three authors keyed), Findlater, a manuscript in the Lord Chamberlain's Plays by its LCP number (`unknown`, keyed with its title and licensing year), a reader's report in LCP Corr and a theatre programme in the V&A by THM number (`unknown`, no title, no year), an unsigned review in The Stage (`article`), a Nineteenth Century Theatre and Film article with https://doi.org, a PhD dissertation, a British Pathé film (`web`), a web database entry with `accessed` (`web`, no year), a chapter in The Cambridge History of British Theatre (its editor Kershaw not keyed). Invented: the author Harriet Quennell and the University of Thornbury, her article and its DOI (10.99999/…), the sketch The Suffragette's Husband, its LCP number, licensing date and reader's report (its number and date), the programme and THM/402/3, the Stage notice, Daniel Osei-Tutu's dissertation, the film and the host www.britishpathe.example.net, the Music Hall Sketch Index and sketch-index.example.net, Margaret Ruddock's chapter, the counts in the table. Real works (Nicholson, Johnston, Shellard and Nicholson with Handley, Findlater, the Theatres Acts, the 1909 report, the Cambridge History volume) with their data as remembered (pages and imprints may differ).",
 "document": "examiner-plays-en.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "title": "The Examiner's Pencil: Music-Hall Sketches and the Lord Chamberlain, 1912–1930", "creator": "Harriet Quennell",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [lcp, street, programme, findlater, jsc, johnston, nicholson, oseitutu, quennell, ruddock, shellard, stage, act1843, act1968, pathe, mhsi],
})

# ---- pdftext: Catalan modern directing and theatre companies (the Teatre Lliure, 1976–1989), author–date, alphabetical Bibliografia ----
pt = [
 dict(authors=["Brook"], title="The Empty Space", year=1968, kind=B),
 dict(authors=["Casals i Vidal"], title="Dramatúrgia de l'espai: Fabià Puigserver i l'escenografia del Lliure", year=2019, doi="10.99999/ee.2019.44.05", kind=A),
 dict(authors=["Delgado"], title="'Other' Spanish Theatres: Erasure and Inscription on the Twentieth-Century Spanish Stage", year=2003, kind=B),
 dict(authors=["Fàbregas"], title="Història del teatre català", year=1978, kind=B),
 dict(authors=["Feldman"], title="In the Eye of the Storm: Contemporary Theater in Barcelona", year=2009, kind=B),
 dict(authors=["Guasch"], title="El Lliure, companyia de repertori", year=2001, kind=B),
 dict(authors=["Lloret"], title="Un Camí de nit per a un teatre nou", year=1976, kind=A),
 dict(title="Programa de mà de Camí de nit, 1854", year=1976, kind=U),
 dict(title="Les noces de Fígaro", year=1989, kind=W),
 dict(authors=["Pavis"], title="L'analyse des spectacles: théâtre, mime, danse, danse-théâtre, cinéma", year=1996, kind=B),
 dict(authors=["Saumell"], title="Performance Groups in Catalonia", year=1996, kind=CH),
 dict(title="Història", year=2026, url="https://www.teatrelliure.com/ca/historia", kind=W),
 dict(authors=["Vilaró Serra"], title="La companyia com a institució: el Teatre Lliure, 1976–1998", year=2021, kind=T),
]
put("pdftext", "direccio-escena-ca", {
 "about": "An invented Catalan theatre-history article on modern directing and theatre companies (the Teatre Lliure of Lluís Pasqual and Fabià Puigserver as a repertory company, 1976–1989) as pdftotext (no -layout) gives the pages of Estudis Escènics: journal head with the article's own DOI, title, author and affiliation, Resum and Paraules clau (with a line-end hyphen), numbered sections, form feeds with running heads carrying page numbers (`MARTA RIBAS I OLLER 113`, `114 ESTUDIS ESCÈNICS 51 (2026)`), words hyphenated at line ends, a text table with a source line `Font: elaboració pròpia a partir de MAE (1976) i Vilaró Serra (2021).` (two pairs), Catalan author–date citations with colon locators `(Fàbre-` ⏎ `gas 1978: 213–220)` (a name hyphenated at the line end, keyed at the line where it starts), narrative `Feldman (2009)`, `Brook (1968)`, `Delgado (2003: 134–140)`, `(Casals i` ⏎ `Vidal 2019: 81–85)` (a compound family name wrapped, at the line where it starts), `(vegeu també Saumell 1996; Guasch 2001: 56)` two pairs, `Feldman (2009: 52) i Saumell (1996: 104)` two pairs, `(Casals i Vidal 2019;` ⏎ `Guasch 2001)` one on each line, corporate heads `(MAE 1976)`, `(MAE 1989)`, `(Teatre Lliure 2026)`, all cited by the entry's position n in the alphabetical `Bibliografia` of 13 entries (ISO 690 Catalan style; corporate heads MAE and Teatre Lliure not keyed as authors; the chapter's editors George and London not keyed; the DOI wrapped after `https://doi.org/`). Not citations: the byline, the running heads, the article's own DOI, `La Vanguardia`, `Camí de nit, 1854` in the text. Kinds: a hand programme in the MAE by signature `unknown` (keyed with its printed title and year), a video recording in the MAE `web`, a newspaper review `article`, a chapter `chapter`, a tesi doctoral `thesis`, the theatre's history page `web` with its printed year. Invented: the article and its author Marta Ribas i Oller (Universitat de Girona), the issue 51 and pages, Núria Casals i Vidal's article and its DOI (10.99999/…), Pere Guasch's book and Edicions del Pati, Mireia Lloret's review in La Vanguardia, the MAE signatures PM-L-1976-001 and V-1989-112, Anna Vilaró Serra's thesis, the counts in the table and the eighteen actors. Real works (Brook, Delgado, Fàbregas, Feldman, Pavis, Saumell's chapter in George and London's volume, the Teatre Lliure and its history page) with their data as remembered (imprints, pages and the page address may differ).",
 "document": "direccio-escena.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
