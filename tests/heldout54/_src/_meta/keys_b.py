"""Writes the meta.json of heldout54 half B's documents (odt, pdftext, markdown-links, rst,
docx).  Round 54's theme: the arts and humanities — art history, musicology, film and theatre
studies, classics, digital humanities.  Labels and lines come from the ⟦label⟧ annotations in
the sources (the ODT builder numbers its footnotes itself); fields are given here by hand.
Conventions (see ../../HALF_B.md): authors are family names as printed (Japanese names by the
family name, the first part: 武満徹 → 武満; Portuguese names by the name the Bibliografia files
them under: SANTOS, Reynaldo dos → Santos); editors, coordinators, curators and translators are
not keyed, nor corporate authors; a director or conductor heading an entry is keyed as its
author, a film listed under its title has none; artworks, performances, manuscripts, letters and
archival files are `unknown`; films, recordings, online collection pages, software and datasets
`web`; short notes, Ibid./Ibidem/同上, op. cit./前掲書 and `cit.` take the full fields of the
work they repeat.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout54 takemitsu-eiga-ja janacek-rukopisy-cs harrow-letters-tei
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout54 medea-stage-en
  .venv/bin/python tests/heldout54/_src/_meta/build_odt_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- odt: Portuguese art-history chapter (Josefa de Óbidos), footnotes + Bibliografia ----
machado = dict(authors=["Machado"], title="Collecção de memórias relativas às vidas dos pintores, e escultores, architetos, e gravadores portuguezes, e dos estrangeiros, que estiverão em Portugal", year=1823, kind=B)
santos = dict(authors=["Santos"], title="Oito séculos de arte portuguesa: história e espírito", year=1970, kind=B)
serrao = dict(authors=["Serrão"], title="Josefa de Óbidos e o tempo barroco", year=1991, kind=B)
franco = dict(title="Josefa de Óbidos e a invenção do Barroco português", year=2015, kind=B)
sullivan = dict(authors=["Sullivan"], title="Josefa de Ayala: A Woman Painter of the Portuguese Baroque", year=1978, kind=A)
stoichita = dict(authors=["Stoichita"], title="L'instauration du tableau: métapeinture à l'aube des temps modernes", year=1993, kind=B)
bergstrom = dict(authors=["Bergström"], title="Dutch Still-Life Painting in the Seventeenth Century", year=1956, kind=B)
odt_notes = {
 "1": dict(title="Natureza-morta com doces e barros", year=1676, kind=U),
 "2": machado, "3": santos, "4": serrao, "5": franco, "6": serrao,
 "7": dict(title="Março", year=1668, kind=U),
 "8": dict(title="Março", url="http://www.matriznet.dgpc.pt/MatrizNet/Objectos/ObjectosConsultar.aspx?IdReg=253814", kind=W),
 "9": dict(kind=U), "10": dict(kind=U), "11": dict(kind=U),
 "12": sullivan, "13": stoichita,
 "14": dict(title="Agnus Dei", kind=U),
 "15": bergstrom, "16": franco, "17": sullivan, "18": serrao, "19": serrao, "20": machado,
}
put("odt", "josefa-obidos-pt", {
 "title": "Os doces de Josefa: natureza-morta, devoção e mercado em Óbidos (1660–1684)",
 "reader": "odt", "clean": True,
 "about": "An invented Portuguese art-history book chapter (Josefa de Óbidos's still lifes, the family workshop and the devotional market, 1660–1684) in LibreOffice Writer, built by _src/_meta/build_odt_b.py with build_odt.py's Doc: headings, 20 footnotes numbered by the builder (artworks by medium, collection and inventory number; a MatrizNet collection record with URL and access date; parish registers in the Torre do Tombo and a letter in the BNP by shelfmark and folio; books, an exhibition catalogue under its coordinator, a journal article; short notes, 'Ibidem', 'op. cit.' and 'cit.'), and a Bibliografia of seven plain paragraphs (SURNAME, Given names, ...). Footnotes are pairs at the body paragraph holding them; short notes and Ibidem take the full fields of the work they repeat; artworks, archival files and the letter are `unknown` (artists not keyed); the catalogue's coordinator is not keyed. Invented: the author, the inventory numbers, the MatrizNet record number, the parish book and folio, the letter of Frei Manuel da Conceição and its codex; real works are cited as the writer remembers them (pages, sizes, dates and publishers may differ). Clean.",
 "notes": odt_notes,
 "literature": [bergstrom, franco, machado, santos, serrao, stoichita, sullivan],
})

# ---- pdftext: Japanese musicology article (Takemitsu's film music), page-foot notes ----
akiyama = dict(authors=["秋山"], title="日本の映画音楽史", year=1974, kind=B)
narazaki = dict(authors=["楢崎"], title="武満徹", year=2005, kind=B)
takemitsu = dict(authors=["武満"], title="音、沈黙と測りあえるほどに", year=1971, kind=B)
burt = dict(authors=["Burt"], title="The Music of Toru Takemitsu", year=2001, kind=B)
okuyama = dict(authors=["奥山"], title="映画の音をつくる", year=1999, kind=B)
koozin = dict(authors=["Koozin"], title="Octatonicism in Recent Solo Piano Works of Tōru Takemitsu", year=1991, doi="10.2307/833071", kind=A)
seppuku = dict(title="切腹", year=1962, kind=W)
suna = dict(title="砂の女", year=1964, kind=W)
kwaidan = dict(title="怪談", year=1965, kind=W)
cd = dict(authors=["武満"], title="怪談 オリジナル・サウンドトラック", year=2001, kind=W)
put("pdftext", "takemitsu-eiga-ja", {
 "about": "An invented Japanese musicology journal article (Takemitsu Tōru's film music for Seppuku, Woman in the Dunes and Kwaidan, read from recordings and sketches) as pdftotext gives it from a typeset horizontal Japanese journal: running heads with the journal issue and page number, a second running head with the article title from page 2, form feeds, lines wrapped at the column edge with no hyphen, superscript note numbers extracted as digits glued before the Japanese comma or full stop (1、 2。), notes at the page foot under a rule (a wrapped English note with a DOI broken at its slash), 18 notes (books, English book and article, films by title with director and studio, a sketch in an archive by shelfmark, an unsigned film review, an interview held by the author, a soundtrack CD with catalogue number, its liner notes by 同上, short notes with 前掲書), and two lists: 参考文献 and 映像・音響資料, with hanging-indent wrapped lines. Notes by their printed number at the body line holding the marker; short notes take the full fields of the work repeated; the literature is both lists in document order. Invented: the author, the journal issue, the sketch's shelfmark, the review, the interview, Okuyama's book, the CD's catalogue number and liner notes; real works as the writer remembers them (pages and the Koozin DOI may differ). Clean.",
 "document": "takemitsu-eiga.txt", "reader": "pdf-text", "clean": True,
 "notes": {
  "1": akiyama, "2": narazaki, "3": takemitsu, "4": burt, "5": seppuku, "6": dict(kind=U),
  "7": narazaki, "8": dict(title="新作映画評 切腹", year=1962, kind=A), "9": suna, "10": okuyama,
  "11": dict(kind=C), "12": koozin, "13": takemitsu, "14": kwaidan, "15": cd,
  "16": dict(authors=["長木"], title="解説", year=2001, kind=CH), "17": burt, "18": akiyama,
 },
 "literature": [akiyama, okuyama, takemitsu, narazaki, burt, koozin, seppuku, suna, kwaidan, cd],
})

# ---- markdown-links: Czech library blog post on Janáček manuscripts ----
cs = [
 dict(title="Metodika digitalizace hudebnin a hudebních rukopisů", year=2021, url="https://www.nkp.cz/soubory/ostatni/metodika-digitalizace-2021.pdf", kind=R),
 dict(authors=["Janáček"], title="Zápisník z Luhačovic", year=1903, url="https://kramerius.example.net/uuid/4f1c2a80-janacek-zapisnik-1903", kind=U),
 dict(authors=["Janáček"], title="Dopisy Kamile Stösslové", url="https://kramerius.example.net/uuid/9a77b0e2-janacek-stosslova-dopisy", kind=U),
 dict(title="Leoš Janáček: Zápisník z Luhačovic", url="https://www.europeana.eu/cs/item/2048128/janacek_zapisnik_luhacovice", kind=W),
 dict(authors=["Janáček"], title="Osud: klavírní výtah", year=1934, url="https://imslp.org/wiki/Osud_(Jan%C3%A1%C4%8Dek,_Leo%C5%A1)", kind=B),
 dict(title="Oddělení dějin hudby", url="https://www.mzm.cz/oddeleni-dejin-hudby/", kind=W),
 dict(authors=["Jílek"], title="Janáček: Osud", year=1976, url="https://www.supraphon.cz/album/osud-jilek-su-3802", kind=W),
 dict(title="Janáček a ženy: katalog výstavy", year=2023, url="https://www.mzm.example.net/katalogy/janacek-a-zeny-2023", kind=B),
 dict(authors=["Procházková"], title="Nápěvky mluvy a opera Osud", year=2019, doi="10.99999/hv.2019.56.2.143", kind=A),
 dict(authors=["Simeone", "Tyrrell", "Němcová"], title="Janáček's Works: A Catalogue of the Music and Writings of Leoš Janáček", year=1997, url="https://global.oup.com/academic/product/janaceks-works-9780198164203", kind=B),
 dict(authors=["Tyrrell"], title="Janáček: Years of a Life. Vol. 1, The Lonely Blackbird", year=2006, url="https://global.oup.com/academic/product/janacek-9780571236145", kind=B),
 dict(authors=["Veber"], title="Osud v Brně: opera, která se vrací", year=2024, url="https://www.casopisharmonie.example.net/recenze/osud-brno-2024", kind=A),
 dict(title="Luhačovické léto 1903", year=2018, url="https://vltava.rozhlas.example.net/janacek-luhacovice-1903-pořad", kind=W),
 dict(title="Intimate Letters: Leoš Janáček to Kamila Stösslová", year=1994, url="https://press.princeton.edu/books/hardcover/9780691036472/intimate-letters", kind=B),
]
put("markdown-links", "janacek-rukopisy-cs", {
 "about": "An invented Czech library blog post (a national library's music department on newly digitised Janáček manuscripts: the 1903 Luhačovice speech-melody notebook, the letters to Kamila Stösslová) in Markdown with YAML front matter, citing by inline links woven into Czech sentences (a link ending in a comma or semicolon, one inside a bulleted 'Co dál' list with two links on one item, two works linked twice) and an unnumbered 'Zdroje a další čtení' list of `- Author (year). [Title](url). Publisher.` items with the same addresses: digitised manuscripts in Kramerius (shelfmark in the title's brackets), a Europeana item, an IMSLP vocal score, a museum department page, a Supraphon CD by its conductor with catalogue number, an exhibition catalogue under its editor, a journal article by DOI link, the Simeone–Tyrrell–Němcová catalogue, Tyrrell's biography, a review, a radio programme and an English edition of letters under its editor. A body link cites the list entry with its address, labelled by the entry's position (n). The shelfmark in brackets (`(Mus. rkp. 1 J 37)`) is no part of a title; editors not keyed, the conductor keyed as author; a date range (1917–1928) keys no year. Invented: the post's author and library, the Kramerius and MZM catalogue URLs, Procházková 2019 (DOI prefix 10.99999), Kratochvílová's catalogue, Veber's review, the radio programme; Supraphon, OUP, Princeton and IMSLP URLs and the NK methodology as the writer remembers them. Clean.",
 "document": "janacek-rukopisy.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(cs)},
 "literature": cs,
})

# ---- rst: English digital-humanities project design note (TEI edition of letters) ----
rst_order = ["Burnard2014", "CollateX2019", "Dekker2015", "Dumont2016", "GeoNames2024", "Honnibal2020", "Lowther1962", "MEI2022", "Moretti2013", "Okafor2025", "Pierazzo2015", "Sahle2016", "Schmidt2010", "Stadler2016", "TEI2024", "Underwood2019", "VIAF2024", "Wilkinson2016"]
rs = {
 "Burnard2014": dict(authors=["Burnard"], title="What Is the Text Encoding Initiative? How to Add Intelligent Markup to Digital Resources", year=2014, doi="10.4000/books.oep.426", kind=B),
 "CollateX2019": dict(authors=["Haentjens Dekker", "Middell"], title="CollateX", year=2019, url="https://collatex.net/", kind=W),
 "Dekker2015": dict(authors=["Haentjens Dekker", "van Hulle", "Middell", "Neyt", "van Zundert"], title="Computer-Supported Collation of Modern Manuscripts: CollateX and the Beckett Digital Manuscript Project", year=2015, doi="10.1093/llc/fqu007", kind=A),
 "Dumont2016": dict(authors=["Dumont"], title="correspSearch – Connecting Scholarly Editions of Letters", year=2016, doi="10.4000/jtei.1742", kind=A),
 "GeoNames2024": dict(title="GeoNames Geographical Database", url="https://www.geonames.org/", kind=W),
 "Honnibal2020": dict(authors=["Honnibal", "Montani", "Van Landeghem", "Boyd"], title="spaCy: Industrial-Strength Natural Language Processing in Python", year=2020, doi="10.5281/zenodo.1212303", kind=W),
 "Lowther1962": dict(title="Letters of Edith Harrow, 1884–1931", year=1962, kind=B),
 "MEI2022": dict(title="Music Encoding Initiative Guidelines", year=2022, url="https://music-encoding.org/guidelines/v5/content/", kind=R),
 "Moretti2013": dict(authors=["Moretti"], title="Distant Reading", year=2013, kind=B),
 "Okafor2025": dict(authors=["Okafor", "Dvořáková", "Pinheiro"], title="The Harrow Letters: TEI Files, Release 2.1", year=2025, doi="10.99999/zenodo.harrow.2-1", kind=W),
 "Pierazzo2015": dict(authors=["Pierazzo"], title="Digital Scholarly Editing: Theories, Models and Methods", year=2015, kind=B),
 "Sahle2016": dict(authors=["Sahle"], title="What Is a Scholarly Digital Edition?", year=2016, doi="10.11647/OBP.0095.02", kind=CH),
 "Schmidt2010": dict(authors=["Schmidt"], title="The Inadequacy of Embedded Markup for Cultural Heritage Texts", year=2010, doi="10.1093/llc/fqq007", kind=A),
 "Stadler2016": dict(authors=["Stadler", "Illetschko", "Seifert"], title="Towards a Model for Encoding Correspondence in the TEI: Developing and Implementing <correspDesc>", year=2016, doi="10.4000/jtei.1433", kind=A),
 "TEI2024": dict(title="TEI P5: Guidelines for Electronic Text Encoding and Interchange", year=2024, url="https://tei-c.org/Vault/P5/4.8.0/doc/tei-p5-doc/en/html/", kind=R),
 "Underwood2019": dict(authors=["Underwood"], title="Distant Horizons: Digital Evidence and Literary Change", year=2019, kind=B),
 "VIAF2024": dict(title="VIAF: The Virtual International Authority File", url="https://viaf.org/", kind=W),
 "Wilkinson2016": dict(authors=["Wilkinson", "Dumontier", "Aalbersberg"], title="The FAIR Guiding Principles for Scientific Data Management and Stewardship", year=2016, doi="10.1038/sdata.2016.18", kind=A),
}
put("rst", "harrow-letters-tei", {
 "about": "An invented English digital-humanities project design note (the Harrow Letters, a TEI edition of a composer's correspondence with MEI incipits) in reStructuredText: title, field list, contents directive, sections, a `.. note::` directive, ``literal`` element names, `[Key2019]_` citations (two side by side), and a 'Works cited' section of `.. [Key]` entries in Chicago bibliography style with indented continuation lines, alphabetical by label: the TEI and MEI guidelines with version and URL, books, chapters and articles with DOIs, CollateX and spaCy as software, GeoNames and VIAF with only an access date (no year keyed), the project's own Zenodo dataset, a printed selection of the letters under its editor. Citations by label at their line; entries in document order; editors not keyed; a guideline's version is no part of its title. Invented: the Harrow Letters project, Edith Harrow, its team, Lowther 1962, the dataset (DOI prefix 10.99999); real works as the writer remembers them (the TEI version, Dumont's DOI and pages may differ). Planted: [Renear2004]_ cites a label the list lacks: missing-literature-entry at line 60.",
 "document": "encoding_rationale.rst", "reader": "rst", "clean": True,
 "notes": rs,
 "literature": [rs[k] for k in rst_order],
})

# ---- docx: English classics / theatre-studies article, MLA 9 + two footnotes ----
mla = [
 dict(authors=["Aristotle"], title="Poetics", year=1995, kind=B),
 dict(authors=["Billington"], title="Medea Review – Helen McCrory Is Outstanding", year=2014, url="https://www.theguardian.com/stage/2014/jul/22/medea-review-helen-mccrory-national-theatre", kind=A),
 dict(authors=["Cracknell"], title="Medea", year=2014, kind=U),
 dict(authors=["Cusk"], title="Medea", year=2015, kind=B),
 dict(authors=["Euripides"], title="Fabulae", year=1984, kind=B),
 dict(authors=["Euripides"], title="Medea", year=2008, kind=B),
 dict(authors=["Foley"], title="Female Acts in Greek Tragedy", year=2001, kind=B),
 dict(authors=["Goldhill"], title="How to Stage Greek Tragedy Today", year=2007, kind=B),
 dict(title="Medea in Performance 1500–2000", year=2000, kind=B),
 dict(authors=["Knox"], title="The Medea of Euripides", year=1977, kind=A),
 dict(title="Euripides: Medea", year=2002, kind=B),
 dict(title="Medea", year=1969, kind=W),
 dict(authors=["Spencer"], title="Medea, National Theatre, Review: Chilling but Earthbound", year=2014, kind=A),
 dict(authors=["Wiles"], title="Greek Theatre Performance: An Introduction", year=2000, kind=B),
]
mla_notes = {"1": dict(kind=U), "2": dict(kind=C)}
mla_notes.update({f"[{i + 1}]": e for i, e in enumerate(mla) if i + 1 != 14})
put("docx", "medea-stage-en", {
 "about": "An invented English classics / theatre-studies journal article (two London productions of Euripides' Medea, National Theatre 2014 and Almeida 2015, read against the Greek text, rehearsal documents, reviews and films) in Word: title, author, affiliation and abstract as plain paragraphs, Heading 1 sections, MLA 9 parenthetical citations ((Mastronarde 377–79), (Hall et al. 1–49), (Poetics 1454b1–2) and (Euripides, Medea 1078–79) for classical texts by Bekker page or line, (Euripides, Fabulae 1: 135) volume and page, narrative Goldhill ... (12), (Cusk), (Billington), a film by title (Medea)), two Word footnotes (an archival rehearsal script by archive reference: unknown; a conversation with the director: commentary), and an alphabetical Works Cited as plain paragraphs with italic runs (a Loeb translation, an OCT edition, a translation, an edited volume with et al., editors, a production under its director, a film under its title, newspaper reviews, one URL without scheme). Footnotes labelled by number at the paragraph holding the mark; MLA citations cite the Works Cited by position, written [n]. Editors and translators not keyed; a production's director heading its entry is keyed as author; a performance is `unknown`, a film `web`. Invented: the author and her university, the archive reference, the conversation, the quoted phrases of both reviews and Cusk's pages; real works as the writer remembers them. Planted: Works Cited entry 14 (Wiles 2000) is cited nowhere: uncited-literature-entry at its paragraph.",
 "document": "medea-stage.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "title": "Medea in the Rehearsal Room", "creator": "Helen Achterberg",
 "notes": mla_notes,
 "literature": mla,
})
