"""Writes the meta.json of heldout54 half A's documents (latex, typst, html, pandoc, supmarkdown).
Round 54's theme: the arts and humanities -- art history, museum and exhibition catalogues,
musicology, film and media studies, classics and literary studies.  Labels and lines come from
the ⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are
given here by hand.  Conventions: see ../../README.md, "Half A".  In short: books, exhibition
and auction catalogues, printed scores, handlists and critical editions `book`; journal and
newspaper articles `article`; chapters (also in exhibition catalogues) `chapter`; conservation
reports `report`; theses `thesis`; films, broadcasts, sound recordings, museum collection
pages, online databases and digitised-score pages `web`; manuscripts, letters and archival
registers `unknown` (keyed with the title and date a bibliography file gives them, otherwise
kind only).  Editors, translators, curators-as-editors and corporate authors are not keyed;
an edition or translation of an ancient text is keyed without authors.  Repeats (`Ibid.`,
short notes, `Tr. 1.1.1`) are keyed with the work they repeat; a note holding two works with
its first.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout54 atelier-courbet-fr kantaten-leipzig-de kimono-essay-en nouvelle-vague-tv-en ovid-exile-en"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- latex: French art-history article, biblatex verbose-trad2 (footnote citations) + biblio.bib ----
lx = {
 "clark1973": dict(authors=["Clark"], title="Image of the People: Gustave Courbet and the 1848 Revolution", year=1973, kind=B),
 "fried1990": dict(authors=["Fried"], title="Courbet's Realism", year=1990, kind=B),
 "nochlin2007": dict(authors=["Nochlin"], title="Courbet", year=2007, kind=B),
 "nochlin1967": dict(authors=["Nochlin"], title="Gustave Courbet's Meeting: A Portrait of the Artist as a Wandering Jew", year=1967, kind=A),
 "cat2007": dict(title="Gustave Courbet", year=2007, kind=B),
 "toussaint1977": dict(authors=["Toussaint"], title="Le dossier de L'Atelier de Courbet", year=1977, kind=CH),
 "herding1978": dict(authors=["Herding"], title="Das Atelier des Malers – Treffpunkt der Welt und Ort der Versöhnung", year=1978, kind=CH),
 "chu1996": dict(title="Correspondance de Courbet", year=1996, kind=B),
 "fernier1977": dict(authors=["Fernier"], title="La vie et l'œuvre de Gustave Courbet: catalogue raisonné", year=1977, kind=B),
 "champfleury1857": dict(authors=["Champfleury"], title="Le Réalisme", year=1857, kind=B),
 "courbet1855": dict(authors=["Courbet"], title="Exhibition et vente de 40 tableaux et 4 dessins de l'œuvre de M. Gustave Courbet", year=1855, url="https://gallica.example.net/ark:/12148/bpt6k1855courbet", kind=B),
 "lettre1854": dict(authors=["Courbet"], title="Lettre à Alfred Bruyas, Ornans, novembre–décembre 1854", year=1854, kind=U),
 "orsay-atelier": dict(title="L'Atelier du peintre. Allégorie réelle déterminant une phase de sept années de ma vie artistique et morale", year=2023, url="https://www.musee-orsay.fr/fr/oeuvres/latelier-du-peintre-2557", kind=W),
 "marchal2015": dict(authors=["Dupuis-Marchal"], title="L'atelier comme tribune: peinture, exposition privée et publicité autour de Courbet, 1848–1867", year=2015, kind=T),
 "chu2007": dict(authors=["Chu"], title="The Most Arrogant Man in France: Gustave Courbet and the Nineteenth-Century Media Culture", year=2007, kind=B),
}
LX_NOTES = ["toussaint1977", "lettre1854", "orsay-atelier", "fried1990", "clark1973", "courbet1855",
            "champfleury1857", "chu1996", "chu2007", "fernier1977", "cat2007", "marchal2015",
            "herding1978", "nochlin1967", "nochlin2007", "toussaint1977", "chu1996", "courbet1855"]
put("latex", "atelier-courbet-fr", {
 "about": "An invented French art-history article (the genesis of Courbet's L'Atelier du peintre and the 1855 Pavillon du Réalisme) in LaTeX: babel french, csquotes, biblatex style=verbose-trad2 with biber, \\addbibresource{biblio.bib}, \\autocite[pages]{key} (footnotes in this style), \\footcite[prenote][page]{key}, \\textcite[pages]{key} (the name in the text, the citation in a footnote in this style; every citation is labelled by its footnote number, 1-18), a \\thanks in the title (no citation), \\printbibliography[title={Bibliographie}]. The .bib (biblatex types) holds books, an article, an exhibition catalogue with its curators as editors and venues in `note`, a chapter in a 1977 exhibition catalogue, a chapter in a German volume, an edition of letters (editor only), a two-volume catalogue raisonné, an 1855 pamphlet digitised on Gallica (invented .example.net ark), an @unpublished letter with a shelfmark (invented), an @online museum page, an invented @thesis. The author, her thesis-writer colleague Dupuis-Marchal and the letter's shelfmark are invented; real works are cited with their data as the writer remembered them. Literature: the cited entries as biblatex prints them, sorting nty, biblatex's default, which verbose-trad2 keeps (des Cars under C; the museum page, with no author, by its title under L).",
 "document": "article.tex", "reader": "latex", "clean": True,
 # verbose-trad2 prints every \autocite, \footcite and \textcite as a footnote: the notes
 # are labelled 1-18 by the number they print with (key correction, see the README)
 "notes": {str(n + 1): lx[k] for n, k in enumerate(LX_NOTES)},
 "literature": [lx[k] for k in ["cat2007", "champfleury1857", "chu1996", "chu2007", "clark1973", "courbet1855", "lettre1854",
                                "marchal2015", "fernier1977", "fried1990", "herding1978", "orsay-atelier",
                                "nochlin2007", "nochlin1967", "toussaint1977"]],
})

# ---- typst: German musicology article, @key / #cite(<key>, supplement: [...]) + quellen.yml (Hayagriva), chicago-notes ----
ty = {
 "duerr1971": dict(authors=["Dürr"], title="Die Kantaten von Johann Sebastian Bach", year=1971, kind=B),
 "wolff2000": dict(authors=["Wolff"], title="Johann Sebastian Bach: The Learned Musician", year=2000, kind=B),
 "spitta1880": dict(authors=["Spitta"], title="Johann Sebastian Bach", year=1880, kind=B),
 "bd1969": dict(title="Fremdschriftliche und gedruckte Dokumente zur Lebensgeschichte Johann Sebastian Bachs 1685–1750", year=1969, kind=B),
 "carus-bwv2": dict(authors=["Bach"], title="Ach Gott, vom Himmel sieh darein BWV 2: Kantate zum 2. Sonntag nach Trinitatis", year=2012, kind=B),
 "bg1851": dict(title="Ach Gott, vom Himmel sieh darein, BWV 2 (Bach, Johann Sebastian)", year=2019, url="https://imslp.org/wiki/Ach_Gott,_vom_Himmel_sieh_darein,_BWV_2_(Bach,_Johann_Sebastian)", kind=W),
 "thomana2": dict(title="Originalstimmen zur Kantate BWV 2", year=1724, kind=U),
 "bachdigital-bwv2": dict(title="BWV 2: Ach Gott, vom Himmel sieh darein (Quellenübersicht)", year=2024, url="https://bach-digital.example.net/receive/BachDigitalWork_work_00000002", kind=W),
 "suzuki1999": dict(authors=["Suzuki"], title="Cantatas, Vol. 10: BWV 2, 3, 38, 135", year=1999, kind=W),
 "harnoncourt1971": dict(authors=["Harnoncourt", "Leonhardt"], title="Das Kantatenwerk, Vol. 1: BWV 1–4", year=1971, kind=W),
 "krummacher1995": dict(authors=["Krummacher"], title="Bachs Zyklus der Choralkantaten. Aufgaben und Lösungen", year=1995, kind=B),
 "brenner2019": dict(authors=["Brenner"], title="Der Kantor als Redakteur: Textvorlagen und Liedstrophen im Leipziger Choralkantatenjahrgang 1724/25", year=2019, kind=T),
}
put("typst", "kantaten-leipzig-de", {
 "about": "An invented German musicology article (the text redaction of Bach's chorale cantata BWV 2, 1724) in Typst: #set document/page/text(lang: \"de\")/heading, a centred title block, @key, @key[S. 165], #cite(<key>, supplement: [Nr. 180]) (one with #super inside the supplement), and #bibliography(\"quellen.yml\", title: \"Quellen und Literatur\", style: \"chicago-notes\"). The Hayagriva file holds books, a volume of the Bach-Dokumente (editors only, parent series), a Carus study score (BWV number and plate in the title/serial-number), an IMSLP page, the original parts as a `manuscript` with archive and call number, a Bach digital page (invented .example.net URL), two recordings (`audio`, label, catalogue number), an invented dissertation. The author and her dissertation are invented; real works are cited with their data as the writer remembered them. Literature: the entries in chicago-notes order (by author, else editor, else title).",
 "document": "aufsatz.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in ["bg1851", "carus-bwv2", "brenner2019", "bachdigital-bwv2", "duerr1971", "harnoncourt1971",
                                "krummacher1995", "bd1969", "thomana2", "spitta1880", "suzuki1999", "wolff2000"]],
})

# ---- html: English online-exhibition essay, numbered endnotes with back-links ----
dalby = dict(authors=["Dalby"], title="Kimono: Fashioning Culture", year=1993, kind=B)
cons = dict(authors=["Okonjo", "Lyle"], title="Technical Examination of a Ramie Katabira, T.1931.22", year=2022, kind=R)
hl = [
 dict(kind=U),
 dict(title="Catalogue of Japanese Textiles and Costume, the Stock of Messrs. Pelham & Drew", year=1931, kind=B),
 dict(title="Tales of Ise: Lyrical Episodes from Tenth-Century Japan", year=1968, kind=B),
 dict(title="On-hiinagata", year=1667, url="https://dl.ndl.example.net/pid/2541027", kind=B),
 dalby,
 dict(authors=["Maruyama"], title="Edo no kimono to iseikatsu", year=2007, kind=B),
 dict(authors=["Milhaupt"], title="Kimono: A Modern History", year=2014, kind=B),
 dict(kind=U),
 dict(title="Japanese Costume and Textiles in the Harwell Collection: A Handlist", year=1932, kind=B),
 dict(title="Kimono: Kyoto to Catwalk", year=2020, kind=B),
 cons,
 cons,
 cons,
 dict(authors=["Ogata"], title="Irises at Yatsuhashi (Eight Bridges)", url="https://www.metmuseum.org/art/collection/search/39664", kind=W),
 dict(title="Furnishing fabric, ‘Yatsuhashi’, screen-printed cotton, 1956", url="https://collections.harwell-textiles.example.net/objects/T.1987.140", kind=W),
 dalby,
]
put("html", "kimono-essay-en", {
 "about": "An invented English online-exhibition essay of an invented museum (the Harwell Museum of Textiles: a ramie summer kimono, its Tales of Ise design, provenance and reception) as a web page: site header and nav, kicker, byline, a figure with an accession number in its caption, sections, <sup id=refN><a href=#noteN>N</a></sup> markers and an <ol> of 16 endnotes with ↩ back-links: the museum's accession register and a dealer's letter (archive references), an invented 1931 sale catalogue, a translation, a 1667 pattern book digitised by the NDL (invented .example.net URL, Japanese title in script), a Japanese book with script and bracketed translation, books, an exhibition catalogue (ed.), an invented handlist and conservation report, `Ibid.`, short notes, a Met Museum screen with accession number and collection URL, an invented collection page. Real works are cited with their data as the writer remembered them. Literature: none (the endnotes are the notes; no reference list).",
 "document": "katabira.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(hl)},
 # (key correction, fix68g: a web page's endnotes are its notes, no reference list --
 # tests/corpus/README.md's `literature` is the reference-list entries, and every earlier
 # HTML key with endnotes and back-links keys the notes alone: see ../../README.md)
 "literature": [],
})

# ---- pandoc: English film/media-studies article, pandoc citations + footnotes + references.bib ----
pd = {
 "debaecque1998": dict(authors=["de Baecque"], title="La Nouvelle Vague: portrait d'une jeunesse", year=1998, kind=B),
 "neupert2007": dict(authors=["Neupert"], title="A History of the French New Wave Cinema", year=2007, kind=B),
 "marie2003": dict(authors=["Marie"], title="The French New Wave: An Artistic School", year=2003, kind=B),
 "bazin1967": dict(authors=["Bazin"], title="What Is Cinema?", year=1967, kind=B),
 "ellis1982": dict(authors=["Ellis"], title="Visible Fictions: Cinema, Television, Video", year=1982, kind=B),
 "bourdon1994": dict(authors=["Bourdon"], title="Haute fidélité: pouvoir et télévision, 1935–1994", year=1994, kind=B),
 "rivette1966": dict(authors=["Rivette"], title="Jean Renoir, le patron", year=1966, kind=W),
 "rohmer1964": dict(authors=["Rohmer"], title="Les Métamorphoses du paysage: l'ère industrielle", year=1964, kind=W),
 "renoir1959": dict(authors=["Renoir"], title="Le Testament du docteur Cordelier", year=1959, kind=W),
 "labarthe2010": dict(authors=["Labarthe"], title="Faire de la télévision avec les cinéastes", year=2010, kind=CH),
 "hallett2019": dict(authors=["Hallett"], title="Schooling the Eye: Éric Rohmer's Educational Television and the Pedagogy of Looking", year=2019, doi="10.99999/jfss.2019.0112", kind=A),
 "baroncelli1959": dict(authors=["Baroncelli"], title="Jean Renoir tourne pour la télévision et pour l'écran à la fois", year=1959, kind=A),
 "ina-renoir": dict(title="Cinéastes de notre temps: Jean Renoir, le patron (1966), notice documentaire", year=2021, url="https://madelen.ina.example.net/programme/jean-renoir-le-patron", kind=W),
}
put("pandoc", "nouvelle-vague-tv-en", {
 "about": "An invented English film/media-studies article (the New Wave on French television: Rivette's Cinéastes de notre temps portrait of Renoir, Renoir's multi-camera Cordelier, Rohmer's schools broadcasts) in Pandoc Markdown: YAML header (title, author with affiliation, abstract, keywords, bibliography: references.bib, lang: en-GB, link-citations), [@a, 211--230; @b, 45--72], [-@key, 5], [@key], narrative @key [p. 112], @key alone, [see @a, 320; and @b, 96], two reference footnotes [^1]/[^2] (each marker a pair 1/2, its label as written, with no fields of its own; the @key inside each note a pair at its line), ::: {#refs} under References. The .bib (BibTeX/biblatex types: @book with translator/origdate, @video for films and broadcasts with the director as author, @incollection, @article for a journal and a newspaper, @misc with url/urldate) holds real books, films and broadcasts as the writer remembered them, and invented items: the author, Hallett 2019 (DOI 10.99999), Labarthe's chapter and its anthology, the INA record (.example.net). Planted: [@godard1985, 189] has no .bib entry (missing-literature-entry at its line). Literature: pandoc's default Chicago author-date order (de Baecque under B by its demoted particle; the INA record, with no author, by its title under C).",
 "document": "renoir-tv.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in ["debaecque1998", "baroncelli1959", "bazin1967", "bourdon1994", "ina-renoir", "ellis1982",
                                "hallett2019", "labarthe2010", "marie2003", "neupert2007", "renoir1959", "rivette1966", "rohmer1964"]],
})

# ---- supmarkdown: English classics essay, <sup>n</sup> + numbered Notes list ----
owen = dict(title="P. Ovidi Nasonis Tristium libri quinque, Ibis, Ex Ponto libri quattuor, Halieutica, fragmenta", year=1915, kind=B)
williams = dict(authors=["Williams"], title="Banished Voices: Readings in Ovid's Exile Poetry", year=1994, kind=B)
solitude = dict(title="Two Thousand Years of Solitude: Exile after Ovid", year=2011, kind=B)
sm = [
 owen,
 dict(authors=["Syme"], title="History in Ovid", year=1978, kind=B),
 owen,
 dict(authors=["Ingleheart"], title="A Commentary on Ovid, Tristia, Book 2", year=2010, kind=B),
 williams,
 owen,
 dict(authors=["Hinds"], title="Booking the Return Trip: Ovid and Tristia 1", year=1985, kind=A),
 owen,
 owen,
 dict(authors=["Claassen"], title="Displaced Persons: The Literature of Exile from Cicero to Boethius", year=1999, kind=B),
 dict(authors=["Мандельштам"], title="Tristia", year=1922, kind=B),
 dict(authors=["Malouf"], title="An Imaginary Life", year=1978, kind=B),
 dict(authors=["Ransmayr"], title="Die letzte Welt: Roman", year=1988, kind=B),
 solitude,
 solitude,
 dict(title="Tristia; Ex Ponto", year=1988, kind=B),
 dict(title="P. Ovidius Naso, Tristia", url="https://www.perseus.tufts.edu/hopper/text?doc=Perseus:text:1999.02.0011", kind=W),
 dict(authors=["Brown"], title="The Metamorphosis of Ovid: From Chaucer to Ted Hughes", year=1999, kind=B),
]
put("supmarkdown", "ovid-exile-en", {
 "about": "An invented English classics / literary-studies essay (Ovid's exile poetry and its modern readers: Mandelstam, Malouf, Ransmayr) in Markdown with <sup>n</sup> note numbers (two on one line) and a numbered Notes list 1.–18. in Chicago note style: the OCT edition named in note 1 and later notes holding only book-and-line references (Tr. 4.10.1–2, Pont. 4.13.19–22), a Loeb translation with series number, books, an article, an edited volume and a short note to it, a Russian book in Cyrillic with transliteration in brackets, a German novel, a Perseus page with an access date. The author and her reading group are invented; real works are cited with their data as the writer remembered them (the Perseus URL may differ). Planted: Notes entry 18 (Brown 1999) is cited nowhere: uncited-literature-entry at its line.",
 "document": "tomis.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm[:17])},
 "literature": numbered(sm),
})
