"""Writes the meta.json of heldout44 half B's documents (html, mediawiki, org, plaintext, typst).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Round 44's theme: what a work is and where it
appeared.  `title` is the work's own title (not its container, series, edition, editors or
translator; a bracketed English translation of a Japanese title is no part of it); `authors` are
family names, editors of a collective work, translators and corporate authors are not keyed (an
edited volume cited whole has no `authors` key: lead's key correction, see HALF_B.md); `year` is that of the edition cited (not the
original's `[1915]`, `orig-year`, `origdate`); kinds after the last section of
tests/corpus/README.md (chapter in an edited volume, encyclopedia entry, talk at a named
conference: chapter; book review and newspaper article: article; working paper and agency
report: report).  DOIs bare, URLs with their scheme.
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout44 katalogbild-de benshi weil-v2 minwage-review yoshin-ja"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    notes = {str(i + 1): e for i, e in enumerate(entries)}
    lit = [dict(number=i + 1, **e) for i, e in enumerate(entries)]
    return notes, lit


# ---- html: German art-history article on a WordPress journal site, <sup> notes, 'Anmerkungen' ----
velten = dict(authors=["Velten"], title="„Die Kamera als Kopist“. Fotografische Reproduktion und Kunstwissenschaft im 19. Jahrhundert", year=2016, kind=CH)
html_notes = {
 "1": dict(authors=["Benjamin"], title="Das Kunstwerk im Zeitalter seiner technischen Reproduzierbarkeit", year=1974, kind=CH),
 "2": dict(authors=["Wölfflin"], title="Kunstgeschichtliche Grundbegriffe. Das Problem der Stilentwickelung in der neueren Kunst", year=2004, kind=B),
 "3": velten,
 "4": dict(authors=["Oberländer"], title="Ordnung im Bild", year=2019, kind=A),
 "5": dict(authors=["Ehrlich"], title="Lichtdruck", year=2008, kind=CH),
 "6": dict(authors=["Panofsky"], title="Original und Faksimilereproduktion", year=1930, kind=A),
 "7": dict(authors=["Malraux"], title="Psychologie der Kunst. Das imaginäre Museum", year=1949, kind=B),
 "8": dict(authors=["Vasari"], title="Leben der ausgezeichnetsten Maler, Bildhauer und Baumeister, von Cimabue bis zum Jahre 1567", year=1837, kind=B),
 "9": dict(authors=["Fawcett"], title="Graphic versus Photographic in the Nineteenth-Century Reproduction", year=1986, doi="10.1111/j.1467-8365.1986.tb00198.x", kind=A),
 "10": dict(authors=["Rieß"], title="Reproduktion und Kennerschaft. Die Photographische Gesellschaft in Berlin 1870–1914", year=2011, url="https://ediss.sub.uni-hamburg.de/handle/ediss/4471", kind=T),
 "11": dict(authors=["Velten"], title=velten["title"], year=2016),
 "12": dict(title="Die Tafel. Fotografie im Dienst der Kunstgeschichte", year=2001, kind=B),
 "13": dict(authors=["Locher"], title="Kunstgeschichte als historische Theorie der Kunst 1750–1950", year=2001, kind=B),
 "14": dict(authors=["Maier"], title="Glasnegative im Depot – ein Werkstattbericht", year=2022, kind=CH),
 "15": dict(authors=["Rauterberg"], title="Wem gehört das Bild der Mona Lisa?", year=2017, kind=A),
 "16": dict(authors=["Mainardi"], title="Copies, Pastiches, and Forgeries. The Making of Art History Through Reproduction", year=2022, kind=CH),
}
put("html", "katalogbild-de", {
 "about": "An invented German art-history article (photographic reproduction in museum catalogues around 1900) on an invented WordPress online journal ('Bildfragen', bildfragen.example): header, nav, category link to the issue, entry meta, abstract, sections, a figure, 16 `<sup><a href=\"#fnN\" id=\"refN\">N</a></sup>` markers and an `Anmerkungen` `<ol class=\"footnotes\">` with back-reference arrows, share links and a 'Zitiervorschlag' (the article's own address: no citation). Notes in German humanities style: a text in collected writings (`In: ders.: Gesammelte Schriften, Bd. I.2, hg. von …`, original year `[1936]`), a 19th edition with `[1915]`, a chapter `In: X / Y (Hg.): …` with a series in parentheses and a title in „…“ quotes, a review with its own title (`Ordnung im Bild. Rezension zu: …`; keyed title: its own title), an encyclopedia entry (`Art. „Lichtdruck“. In: Lexikon …, hg. von …, 2., überarb. Aufl., Bd. 2`), a translation (`übers. von`, `frz. Orig. 1947`), volume 2 of a translated multi-volume Vasari, an English journal article with a DOI link, a dissertation with a URL and `Zugriff`, a short note `Velten 2016 (wie Anm. 3)`, an exhibition catalogue cited whole by its editors (`(Hg.)`, authors []), a talk at the Kunsthistorikertag (chapter), a newspaper article with issue, section and page whose title ends in `?`, an English chapter in an edited volume. Labels: the footnote numbers. No literature (the page has notes only). Invented: the journal, its author Lena Hartwig, the site; Velten, Haller/Oberländer's volume, Oberländer's review and Dunkel's book, Ehrlich's entry and Brandl's Lexikon, Rieß's dissertation and its URL, Pohlmann/Weskott's catalogue 'Die Tafel', Maier's talk, Rauterberg's article (title, issue, page), Mainardi's chapter and the Ward/Cherry volume. Real with data as remembered: Benjamin 1974, Wölfflin, Panofsky 1930, Malraux 1949 (Lauts), Vasari (Schorn/Förster), Fawcett 1986 (DOI may differ), Locher 2001. Clean.",
 "document": "katalogbild-de.html", "reader": "html", "clean": True, "lang": "de",
 "notes": html_notes,
})

# ---- mediawiki: English Wikipedia article (film studies), sfn + Sources list ----
anderson92 = dict(authors=["Anderson"], title="Spoken Silents in the Japanese Cinema; or, Talking to Pictures: Essaying the Katsuben, Contextualizing the Texts", year=1992, kind=CH)
src = [
 anderson92,
 dict(authors=["Anderson", "Richie"], title="The Japanese Film: Art and Industry", year=1982, kind=B),
 dict(authors=["Burch"], title="To the Distant Observer: Form and Meaning in the Japanese Cinema", year=1979, kind=B),
 dict(authors=["Dym"], title="Benshi, Japanese Silent Film Narrators, and Their Forgotten Narrative Art of Setsumei: A History of Japanese Silent Film Narration", year=2003, kind=B),
 dict(authors=["Eckersley"], title="Review of Benshi, Japanese Silent Film Narrators by Jeffrey A. Dym", year=2004, kind=A),
 dict(authors=["Gerow"], title="The Benshi's New Face: Defining Cinema in Taishō Japan", year=1994, kind=A),
 dict(authors=["Gerow"], title="Visions of Japanese Modernity: Articulations of Cinema, Nation, and Spectatorship, 1895–1925", year=2010, kind=B),
 dict(authors=["Komatsu", "Musser"], title="Benshi Search", year=1987, kind=A),
 dict(authors=["Misono"], title="Katsuben jidai", year=1990, kind=B),
 dict(title="Reframing Japanese Cinema: Authorship, Genre, History", year=1992, kind=B),
 dict(authors=["Sato"], title="Currents in Japanese Cinema", year=1982, kind=B),
]
S = {k: src[i] for i, k in enumerate(["and92", "ar", "burch", "dym", "eck", "gerow94", "gerow10", "km", "misono", "nd", "sato"])}
wiki_notes = {
 "1": S["dym"], "2": S["ar"], "3": S["km"], "4": S["burch"], "5": S["and92"], "6": S["gerow10"], "7": S["sato"],
 "9": dict(authors=["Ono"], title="When the talkies came, the benshi walked out", year=2012, kind=A),
 "10": dict(title="About Matsuda Film Productions", url="https://www.matsudafilm.com/en/about.html", kind=W),
 "11": dict(authors=["Komatsu"], title="Benshi", year=2005, kind=CH),
 "12": S["misono"], "13": S["eck"], "14": S["and92"], "15": S["gerow94"], "16": S["nd"],
}
put("mediawiki", "benshi", {
 "about": "An invented English Wikipedia article on the benshi (narrators of Japanese silent film): `{{Short description}}`, `{{Nihongo}}`, `{{lang|ja|…}}`, sections, `{{sfn}}` short notes (an identical sfn reused keeps its number: Dym 2003 p. 1 twice, Burch 1979 pp. 75–85 twice; Anderson 1992 at another page is a new note), `<ref name=…>` notes holding `{{harvnb}}` and `{{cite encyclopedia}}` reused by `<ref name=… />`, a `{{cite news|work=|page=|section=}}` and a `{{cite web}}` in `<ref>`, `{{reflist}}` under `Notes`, and a `Sources` list (`{{refbegin}}`) of `{{cite book}}` (a chapter with `chapter=` and two editors; the same edited volume cited whole with `editor1-last=` only: authors []; `edition=Expanded` with `orig-year=1959`; a book with `editor-last=` besides its author; a series with a volume; a translation with `translator=`; a Japanese book with `script-title=ja:`, romanised `title=` and `trans-title=`: keyed by its romanised title) and `{{cite journal}}` (a review titled `Review of ''…'' by …`; an article with `type=Special issue`). Labels: note numbers in order of first use (sfn and ref together; one pair per line where a number stands). Notes carry the fields of the Sources entry an sfn/harvnb points to. Literature: the Sources list as written (alphabetical). Invented: the article text, Eckersley's review, Ono's Japan Times article, the Matsuda page path, Komatsu's entry in the Encyclopedia of Early Cinema (attribution and pages). Real with data as remembered: Anderson 1992, Anderson & Richie 1982, Burch 1979, Dym 2003, Gerow 1994 and 2010, Komatsu & Musser 1987, Misono 1990, Nolletti & Desser 1992, Sato 1982 (trans. Barrett). Planted: `{{sfn|Yecies|Shim|2011|pp=38–41}}` (note 8) points to no Sources entry: missing-literature-entry at its line; its pair is keyed (the note exists), with no fields.",
 "document": "benshi.wiki", "reader": "mediawiki", "clean": True, "lang": "en",
 "notes": wiki_notes, "literature": src,
})

# ---- org: German linguistics thesis chapter, org-cite [cite:@key], literatur.bib (biblatex) ----
org_notes = {
 "wegener1993weil": dict(authors=["Wegener"], title="weil – das hat schon seinen Grund. Zur Verbstellung in Kausalsätzen mit weil im gegenwärtigen Deutsch", year=1993, kind=A),
 "guenthner1993weil": dict(authors=["Günthner"], title="„… weil – man kann es ja wissenschaftlich untersuchen“ – Diskurspragmatische Aspekte der Wortstellung in WEIL-Sätzen", year=1993, kind=A),
 "keller1993epistemisch": dict(authors=["Keller"], title="Das epistemische weil. Bedeutungswandel einer Konjunktion", year=1993, kind=CH),
 "duden2016grammatik": dict(title="Duden. Die Grammatik. Unentbehrlich für richtiges Deutsch", year=2016, kind=B),
 "eisenberg2020satz": dict(authors=["Eisenberg"], title="Der Satz", year=2020, kind=B),
 "uhmann1998verbstellung": dict(authors=["Uhmann"], title="Verbstellungsvariation in weil-Sätzen: Lexikalische Differenzierung mit grammatischen Folgen", year=1998, kind=A),
 "auer1998parataxe": dict(authors=["Auer"], title="Zwischen Parataxe und Hypotaxe: ‚abhängige Hauptsätze‘ im Gesprochenen und Geschriebenen Deutsch", year=1998, kind=A),
 "antomo2010desintegration": dict(authors=["Antomo", "Steinbach"], title="Desintegration und Interpretation: Weil-V2-Sätze an der Schnittstelle zwischen Syntax, Semantik und Pragmatik", year=2010, doi="10.1515/zfsw.2010.001", kind=A),
 "pasch2003handbuch": dict(authors=["Pasch", "Brauße", "Breindl", "Waßner"], title="Handbuch der deutschen Konnektoren. Linguistische Grundlagen der Beschreibung und syntaktische Merkmale der deutschen Satzverknüpfer (Konjunktionen, Satzadverbien und Partikeln)", year=2003, kind=B),
 "breindl2016konnektor": dict(authors=["Breindl"], title="Konnektor", year=2016, kind=CH),
 "hoffmeister2005rezension": dict(authors=["Hoffmeister"], title="Rezension zu: Renate Pasch u. a., Handbuch der deutschen Konnektoren (Berlin/New York 2003)", year=2005, kind=A),
 "saussure2001grundfragen": dict(authors=["Saussure"], title="Grundfragen der allgemeinen Sprachwissenschaft", year=2001, kind=B),
 "folk2023": dict(title="FOLK – Forschungs- und Lehrkorpus Gesprochenes Deutsch", year=2023, url="https://dgd.ids-mannheim.de/", kind=W),
 "brandt2019folk": dict(authors=["Brandt"], title="weil-V2 im Korpus FOLK: eine Frequenzanalyse", year=2019, kind=CH),
 "kaya2021kausal": dict(authors=["Kaya"], title="Kausale Konnektoren in WhatsApp-Nachrichten", year=2021, kind=T),
}
put("org", "weil-v2", {
 "about": "An invented German linguistics Master's/PhD-thesis chapter (Forschungsstand: verb-second word order after 'weil' in spoken German) kept in Org mode with org-cite: `#+bibliography: literatur.bib`, `#+cite_export: csl din-1505-2.csl`, `[cite:@a]`, `[cite:@a; @b]`, with locators (`[cite:@a S. 1182; @b S. 337]`, `[cite:vgl. @a S. 76–79]`), `[cite/t:@a]` at the start of a line, a cite in a `#+CAPTION:` of a table, a `:noexport:` to-do subtree holding a cite (no pair), `#+print_bibliography:`, and one Org footnote `[fn:1]` under `* Fußnoten` whose definition holds a cite of its own (the footnote's marker is pair `1`; the note is commentary, no fields keyed). literatur.bib is a Better BibLaTeX export: `@incollection` with `subtitle`, `booktitle`, `booksubtitle` and editors (a Festschrift), a Duden volume with editors only (`editor = {Wöllstein, Angelika and {Dudenredaktion}}`, authors []), a volume of a two-volume grammar (`maintitle`, `title = {Der Satz}`, `volume = {2}`, 5th edition: keyed title 'Der Satz'), a book in a numbered series with a long subtitle, an encyclopedia entry (`@incollection` in the Metzler Lexikon Sprache, 5th edition), a review titled `Rezension zu: …`, a translation (`translator`, `origdate = {1916}`, `origtitle`; year of the edition cited, 2001), a corpus as `@dataset` with a corporate author (no authors keyed, kind web), a DGfS talk as `@inproceedings` with `eventtitle` (chapter), a `@thesis` with `type = {mathesis}`, titles with „…“ and ‚…‘ quotes and an en dash. Labels: the .bib keys and footnote `1`. Keyed titles: `title` and `subtitle` joined by '. '. No literature keyed: the printed list depends on a local CSL file (din-1505-2.csl, not shipped); the notes carry the fields. Invented: the chapter and its author, Breindl as the entry's author (attribution invented), Hoffmeister's review, Brandt's talk, Kaya's thesis. Real with data as remembered: Wegener 1993, Günthner 1993, Keller 1993, Duden 4 (2016), Eisenberg 2020, Uhmann 1998, Auer 1998, Antomo & Steinbach 2010 (DOI may differ), Pasch et al. 2003, Saussure (Lommel), FOLK. Clean.",
 "document": "kapitel2.org", "reader": "org", "clean": True, "lang": "de",
 "notes": org_notes,
})

# ---- plaintext: English labour-economics working paper, [n] citations, REFERENCES list ----
pt = [
 dict(authors=["Card", "Krueger"], title="Minimum wages and employment: a case study of the fast-food industry in New Jersey and Pennsylvania", year=1994, kind=A),
 dict(authors=["Card", "Krueger"], title="Myth and Measurement: The New Economics of the Minimum Wage", year=2016, kind=B),
 dict(authors=["Manning"], title="Monopsony in Motion: Imperfect Competition in Labor Markets", year=2003, kind=B),
 dict(authors=["Neumark", "Wascher"], title="Minimum Wages", year=2008, kind=B),
 dict(authors=["Brown"], title="Minimum wages, employment, and the distribution of income", year=1999, kind=CH),
 dict(authors=["Cengiz", "Dube", "Lindner", "Zipperer"], title="The effect of minimum wages on low-wage jobs", year=2019, doi="10.1093/qje/qjz014", kind=A),
 dict(authors=["Dube"], title="Impacts of Minimum Wages: Review of the International Evidence", year=2019, url="https://www.gov.uk/government/publications/impacts-of-minimum-wages-review-of-the-international-evidence", kind=R),
 dict(title="National Minimum Wage: Low Pay Commission Report 2023", year=2023, kind=R),
 dict(authors=["Dustmann", "Lindner", "Schönberg", "Umkehrer", "vom Berge"], title="Reallocation effects of the minimum wage", year=2022, kind=A),
 dict(authors=["Harasztosi", "Lindner"], title="Who pays for the minimum wage?", year=2019, kind=A),
 dict(authors=["Azar", "Huet-Vaughn", "Marinescu", "Taska", "von Wachter"], title="Minimum wage employment effects and labor market concentration", year=2019, kind=R),
 dict(authors=["Robinson"], title="The Economics of Imperfect Competition", year=1969, kind=B),
 dict(authors=["Giles"], title="Minimum wage rise will test resilience of UK jobs market", year=2024, kind=A),
 dict(authors=["Manning"], title="Monopsony in labor markets: a review", year=2021, doi="10.1177/0019793920922499", kind=A),
 dict(authors=["Welch"], title="Review of Myth and Measurement: The New Economics of the Minimum Wage, by David Card and Alan B. Krueger", year=1995, kind=A),
 dict(authors=["Giupponi", "Joyce", "Lindner", "Waters", "Wernham", "Xu"], title="The employment and distributional impacts of nationwide minimum wage changes", year=2024, kind=A),
 dict(authors=["Brown"], title="Minimum wages", year=2008, kind=CH),
 dict(authors=["Hollis"], title="Employer Concentration and Wages in British Local Labour Markets", year=2021, url="http://etheses.lse.ac.uk/4312/", kind=T),
 dict(authors=["Stigler"], title="The economics of minimum wage legislation", year=1946, kind=A),
]
notes, lit = numbered(pt)
notes.pop("19")  # the planted uncited entry: cited nowhere, so no note (lead key correction)
put("plaintext", "minwage-review", {
 "about": "An invented English labour-economics working paper (minimum wages and monopsony: an evidence review) of an invented institute's series, saved as plain text: masthead, series number, title in capitals over two lines ending in `?`, authors, rules of `=`, abstract, keywords and JEL codes, numbered sections and subsections in capitals, `[n]` citations (single, `[3, 14]`, a range `[6-9]`, `[2, ch. 12]` with a place, markers at line ends followed by commas and full stops) and a `REFERENCES` list of `[n]` entries with 5-space hanging indents in an author-date-like style: a twentieth-anniversary edition (`Twentieth-anniversary edition. … (First edition 1995.)`), a Handbook chapter (`In O. Ashenfelter and D. Card (eds), Handbook of Labor Economics, vol. 3B, pp. …`), a dictionary entry (`In S. N. Durlauf and L. E. Blume (eds), The New Palgrave Dictionary of Economics, 2nd edn, vol. 5`), a 2nd edition with `(First published 1933.)`, an NBER working paper in its numbered series (report), a government review with its URL on a line of its own after `Available at:`, a corporate-author report (no authors keyed), a newspaper article in quotes with date, section and page, a journal supplement issue `42(S1)`, S-pages, a book review `Review of …, by …` (keyed with its 'by …' as printed), a PhD thesis with a URL, `https://doi.org/…` and `doi:…`. Labels: the list numbers. Literature: the list as printed. Invented: the institute, the paper, its authors, Giles's Financial Times article (title, page), Hollis's thesis and its URL. Real with data as remembered (pages, issues and titles may differ in detail): the other entries; Brown 2008 as the author of the Palgrave entry is as remembered and may be wrong. Planted: entry [19] (Stigler 1946) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "minwage-review.txt", "reader": "plain-text", "clean": True, "lang": "en",
 "notes": notes, "literature": lit,
})

# ---- typst: Japanese seismology paper, @key citations, refs.bib, default (IEEE) style ----
ty = {
 "omori1894": dict(authors=["Omori"], title="On the after-shocks of earthquakes", year=1894, kind=A),
 "utsu1961": dict(authors=["Utsu"], title="A statistical study on the occurrence of aftershocks", year=1961, kind=A),
 "utsu2001jishingaku": dict(authors=["宇津"], title="地震学", year=2001, kind=B),
 "aki2002quantitative": dict(authors=["Aki", "Richards"], title="Quantitative Seismology", year=2002, kind=B),
 "aki2004teiryoteki": dict(authors=["Aki", "Richards"], title="地震学：定量的アプローチ", year=2004, kind=B),
 "gutenberg1944frequency": dict(authors=["Gutenberg", "Richter"], title="Frequency of earthquakes in California", year=1944, doi="10.1785/BSSA0340040185", kind=A),
 "utsu2001yoshin": dict(authors=["宇津"], title="余震", year=2001, kind=CH),
 "ogata1988statistical": dict(authors=["Ogata"], title="Statistical models for earthquake occurrences and residual analysis for point processes", year=1988, doi="10.1080/01621459.1988.10478560", kind=A),
 "reasenberg1989earthquake": dict(authors=["Reasenberg", "Jones"], title="Earthquake hazard after a mainshock in California", year=1989, doi="10.1126/science.243.4895.1173", kind=A),
 "okada2007yoshin": dict(authors=["岡田"], title="余震と前震の統計", year=2007, kind=CH),
 "kato2016kumamoto": dict(authors=["Kato", "Nakamura", "Hiyama"], title="The 2016 Kumamoto earthquake sequence", year=2016, doi="10.2183/pjab.92.358", kind=A),
 "asahi2016honshin": dict(title="熊本で震度6強、こちらが「本震」　気象庁、前震と判断", year=2016, kind=A),
 "jma2016report": dict(title="平成28年（2016年）熊本地震調査報告", year=2018, url="https://www.jma.go.jp/jma/kishou/books/gizyutu/139/gizyutu_139.html", kind=R),
 "yamada2019etas": dict(authors=["山田"], title="ETASモデルによる2016年熊本地震余震活動の再評価", year=2019, kind=CH),
 "sato2020aftershock": dict(authors=["佐藤"], title="九州地方における余震系列の統計的性質", year=2020, kind=T),
 "hayashi2003shohyo": dict(authors=["林"], title="書評：宇津徳治著『地震学 第3版』", year=2003, kind=A),
}
put("typst", "yoshin-ja", {
 "about": "An invented Japanese seismology paper (a workshop preprint reappraising the temporal decay law of aftershocks: Omori, modified Omori, ETAS, the 2016 Kumamoto sequence) in Typst with `refs.bib` and `#bibliography(\"refs.bib\", title: \"参考文献\")` in the default style (IEEE: the cited entries in order of first citation). Citations: `@key` followed by a space or by Japanese punctuation `。`/`、` (a Japanese character right after a key would join it, so Japanese writers leave a space), two in a row (`@a @b`), `@utsu1961[pp. 530--535]`, `#cite(<key>, form: \"prose\")`, a citation in a figure caption, `@key#footnote[…]` with the note right after the key, two `#footnote[…]` notes each holding a citation (labels `1`, `2`; the notes are commentary, no fields keyed), `@tab:params` and `<intro>` labels (cross references, no citations), math `$M_\"j\"$`. refs.bib: Japanese entries with `author = {宇津, 徳治}` (keyed by the family name in kanji), a 3rd edition (`edition = {3}`), the Japanese translation of Aki & Richards with `translator` and `origtitle` (translators not keyed), an encyclopedia entry `@incollection` in 『地震の事典』 2nd edition with four editors, a chapter in a volume edited by a committee (corporate editor), a newspaper article with no author (`journal = {朝日新聞}`, `date`, `note = {夕刊, 1面}`), an agency report in a numbered series (`@report`, `type = {気象庁技術報告}`, `number`, `titleaddon = {[Report on …]}`: the bracketed translation is no part of the title), a JpGU talk as `@inproceedings` with a session code (chapter), a `@phdthesis` whose `title` ends with a bracketed English translation (keyed without it), a book review 書評 with 『…』 inside, English journal articles with DOIs. Labels: the .bib keys and footnotes `1`, `2`. Literature: the cited entries in first-citation order (IEEE). Invented: the paper and its authors, Okada's chapter, the Asahi headline, the JMA report's number, year and URL (the JMA technical report series is real), Yamada's talk, Sato's thesis, Hayashi's review. Real with data as remembered: Omori 1894, Utsu 1961, Utsu 2001 (地震学 第3版), Aki & Richards 2002 and its translation (2004), Gutenberg & Richter 1944, 地震の事典 (Utsu's entry as remembered), Ogata 1988, Reasenberg & Jones 1989, Kato et al. 2016 (DOIs may differ in detail). Clean.",
 "document": "main.typ", "reader": "typst", "clean": True, "lang": "ja",
 "notes": ty,
 "literature": [ty[k] for k in ["omori1894", "utsu1961", "utsu2001jishingaku", "aki2002quantitative", "aki2004teiryoteki", "gutenberg1944frequency", "utsu2001yoshin", "ogata1988statistical", "reasenberg1989earthquake", "okada2007yoshin", "kato2016kumamoto", "asahi2016honshin", "jma2016report", "yamada2019etas", "sato2020aftershock", "hayashi2003shohyo"]],
})
