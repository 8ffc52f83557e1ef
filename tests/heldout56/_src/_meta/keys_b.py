"""Writes the meta.json of heldout56 half B's documents (typst, pandoc, supmarkdown, mediawiki, asciidoc).
Round 56's theme: religion and theology — scripture, church and synagogue documents, patristics,
religious history.  Labels and lines come from the ⟦label⟧ annotations in the sources; fields are
given here by hand.  Conventions: see ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout56 pratique-dominicale-fr qumran-isaie-en missao-angola-pt concile-constance-fr synody-polskie-pl
  .venv/bin/python tests/heldout56/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- typst: French sociology of religion article, Hayagriva sources.yml, chicago-author-date ----
ty = {
 "beraud2015": dict(authors=["Béraud", "Portier"], title="Métamorphoses catholiques : acteurs, enjeux et mobilisations depuis le mariage pour tous", year=2015, kind=B),
 "boulard1947": dict(authors=["Boulard"], title="Carte religieuse de la France rurale", year=1947, kind=A),
 "ciase2021": dict(title="Les violences sexuelles dans l'Église catholique : France 1950–2020", year=2021, url="https://www.ciase.fr/rapport-final/", kind=R),
 "cef2023": dict(title="L'Église catholique en France : chiffres clés 2023", year=2023, url="https://eglise.catholique.example.net/chiffres-cles-2023", kind=R),
 "davie1994": dict(authors=["Davie"], title="Religion in Britain since 1945: Believing without Belonging", year=1994, kind=B),
 "evs2020": dict(title="European Values Study 2017: Integrated Dataset (EVS 2017)", year=2020, doi="10.4232/1.13560", kind=W),
 "hervieu-leger1993": dict(authors=["Hervieu-Léger"], title="La religion pour mémoire", year=1993, kind=B),
 "hervieu-leger1999": dict(authors=["Hervieu-Léger"], title="Le pèlerin et le converti : la religion en mouvement", year=1999, kind=B),
 "lebras1955": dict(authors=["Le Bras"], title="Études de sociologie religieuse", year=1955, kind=B),
 "legoff2019": dict(authors=["Le Goff"], title="Recomposer la paroisse : les « paroisses nouvelles » du diocèse de Nantes, 1995–2015", year=2019, kind=T),
 "loi1905": dict(title="Loi du 9 décembre 1905 concernant la séparation des Églises et de l'État", year=1905, url="https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006070169/", kind=R),
 "marchal2022": dict(authors=["Marchal", "Nguyen Van"], title="Pratiquer sans appartenir ? La messe dominicale dans trois diocèses de l'Ouest", year=2022, doi="10.99999/assr.2022.197.45", kind=A),
 "pew2018": dict(title="Being Christian in Western Europe", year=2018, url="https://www.pewresearch.org/religion/2018/05/29/being-christian-in-western-europe/", kind=R),
 "portier2016": dict(authors=["Portier"], title="L'État et les religions en France : une sociologie historique de la laïcité", year=2016, kind=B),
 "willaime2004": dict(authors=["Willaime"], title="Europe et religions : les enjeux du XXIe siècle", year=2004, kind=B),
}
# (round 78: hayagriva demotes the capitalised particle in chicago-author-date, which has no
# demote-non-dropping-particle: Le Bras under B, Le Goff under G; HALF_B.md "Key corrections (round 78)")
TY_ORDER = ["beraud2015", "boulard1947", "lebras1955", "ciase2021", "cef2023", "davie1994", "evs2020", "legoff2019",
            "hervieu-leger1993", "hervieu-leger1999", "loi1905", "marchal2022", "pew2018", "portier2016", "willaime2004"]
assert sorted(TY_ORDER) == sorted(ty)
put("typst", "pratique-dominicale-fr", {
 "about": "An invented French sociology-of-religion article (Sunday Mass attendance in three dioceses of western France, 2001–2022: diocesan counts and interviews) in Typst: set rules, a title block, an abstract block, numbered headings, `@key`, `@key[p. 405]`, `#cite(<key>, supplement: [p. 6])`, `#cite(<key>, form: \"prose\")`, two references side by side `@pew2018 @evs2020` (two pairs), a citation in a figure caption over a table, a cross reference `@tab:comptages` to the document's own label (no citation), a scripture reference `(Mt 18,20)` in running text (no citation), and `#bibliography(\"sources.yml\", title: \"Références\", style: \"chicago-author-date\")`, a Hayagriva file of books, articles, a thesis, church and commission reports, a Pew report, a law and the EVS 2017 dataset. Pairs by key; the literature is the cited entries in chicago-author-date order (author, else title; corporate authors by their names: Commission indépendante… and Conférence des évêques de France under C, EVS under E, Pew Research Center under P; the law by its title under L). Corporate authors not keyed; a dataset `web`; reports of a church body, a commission, Pew and a law `report`. Invented: the author, the counts, Marchal and Nguyen Van 2022 (DOI prefix 10.99999), Le Goff 2019, the bishops' conference figures page (.example.net host); real works as the writer remembers them (pages, publishers and DOIs may differ). Clean.",
 "document": "article.typ", "reader": "typst", "clean": True,
 "notes": {k: ty[k] for k in TY_ORDER},
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: English biblical-studies article (Isa 6:3 in 1QIsa-a), refs.bib, default Chicago author-date ----
pd = {
 "abegg1999": dict(authors=["Abegg", "Flint", "Ulrich"], title="The Dead Sea Scrolls Bible: The Oldest Known Bible Translated for the First Time into English", year=1999, kind=B),
 "blenkinsopp2000": dict(authors=["Blenkinsopp"], title="Isaiah 1–39: A New Translation with Introduction and Commentary", year=2000, kind=B),
 "bhs": dict(title="Biblia Hebraica Stuttgartensia", year=1997, kind=B),
 "halot": dict(authors=["Koehler", "Baumgartner"], title="The Hebrew and Aramaic Lexicon of the Old Testament", year=1996, kind=B),
 "vanderkooij1997": dict(authors=["van der Kooij"], title="Isaiah in the Septuagint", year=1997, kind=CH),
 "okafor2022": dict(authors=["Okafor"], title="Scribal Correction and the Divine Name in the Great Isaiah Scroll", year=2022, doi="10.99999/dsd.2022.29.2.211", kind=A),
 "rahlfs2006": dict(title="Septuaginta: Id est Vetus Testamentum graece iuxta LXX interpretes", year=2006, kind=B),
 "ringgren2003": dict(authors=["Ringgren"], title="qdš", year=2003, kind=CH),
 "sefaria-tj-isa6": dict(title="Targum Jonathan on Isaiah 6", url="https://www.sefaria.org/Targum_Jonathan_on_Isaiah.6", kind=W),
 "tov2012": dict(authors=["Tov"], title="Textual Criticism of the Hebrew Bible", year=2012, kind=B),
 "djd32": dict(authors=["Ulrich", "Flint"], title="Qumran Cave 1.II: The Isaiah Scrolls", year=2010, kind=B),
 "watts2005": dict(authors=["Watts"], title="Isaiah 1–33", year=2005, kind=B),
 "wildberger1991": dict(authors=["Wildberger"], title="Isaiah 1–12: A Commentary", year=1991, kind=B),
 "williamson2006": dict(authors=["Williamson"], title="A Critical and Exegetical Commentary on Isaiah 1–27. Volume 1: Commentary on Isaiah 1–5", year=2006, kind=B),
 "ziegler1939": dict(title="Isaias", year=1939, kind=B),
}
PD_ORDER = list(pd)  # refs.bib and the dict are written in Chicago author-date order
put("pandoc", "qumran-isaie-en", {
 "about": "An invented English biblical-studies article (the twofold qadosh of Isa 6:3 in the Great Isaiah Scroll against the Masoretic Text, the Old Greek and Targum Jonathan) in Pandoc Markdown: YAML header with `bibliography: refs.bib` and an abstract, `[@a, 1:12; @b, 281]`, `[-@key, 233]`, `@key [143]`, `[see @key, 517--20]`, four reference footnotes `[^1]`–`[^4]` (two of them holding `@key` citations of their own), scripture references in running text (Isa 6:3, Rev 4:8, Jer 7:4, Isa 40:14, b. Hul. 91b; no citations), Pandoc superscripts `1QIsa^a^` (no notes), and refs.bib: critical editions cited by key (BHS, Rahlfs–Hanhart, the Göttingen Isaias, DJD 32), commentaries in series (Anchor Bible, WBC, ICC, Continental Commentaries, a translation), a lexicon (HALOT), a TDOT article, a chapter in a VTSup volume, a journal article, a Sefaria page. Pairs by key, footnote markers `[^n]` as pairs `n` with no fields of their own (heldout54 fix68i); the literature is the cited entries in pandoc's default Chicago author-date order (editors' volumes by their editors: BHS under Elliger, Rahlfs, Ziegler; `van der Kooij` under K by its demoted particle; the Sefaria page by its title). Editors and translators not keyed; dictionary articles and chapters `chapter`; the lexicon, editions and commentaries `book`; the Sefaria page `web` with no year. Invented: the author, Okafor 2022 (DOI prefix 10.99999) and her observation, Fabry 2019; real works as the writer remembers them (pages, volumes and editions may differ). Planted: `[-@fabry2019, 61]` has no refs.bib entry (missing-literature-entry at its line; keyed as a pair with no note).",
 "document": "trisagion.md", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: pd[k] for k in PD_ORDER},
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: Portuguese mission-history essay (Angolan central highlands), <sup>n</sup> + Notas ----
hend = dict(authors=["Henderson"], title="A Igreja em Angola: um rio com várias correntes", year=1990, kind=B)
arq = dict(title="Relatório do governador do distrito de Benguela sobre as missões estrangeiras", year=1905, kind=U)
pec = dict(authors=["Péclard"], title="Les incertitudes de la nation en Angola: aux racines sociales de l'Unita", year=2015, kind=B)
dor = dict(authors=["Dores"], title="A missão da República: política, religião e o império colonial português (1910–1926)", year=2015, kind=B)
abc = dict(year=1893, kind=U)
fer = dict(authors=["Ferraz"], title="Missão e modernidade no planalto central angolano: a Missão do Dondi, 1914–1961", year=2018, kind=T)
sm = [
 hend,
 dict(title="Monumenta Missionaria Africana: África Ocidental (1471–1531)", year=1952, kind=B),
 arq, arq, pec, dor, dor,
 dict(title="Acordo Missionário entre a Santa Sé e a República Portuguesa", year=1940, kind=R),
 dict(title="Decreto-Lei n.º 31 207: aprova o Estatuto Missionário", year=1941, kind=R),
 dict(title="Saeculo exeunte octavo", year=1940, kind=R),
 hend, abc, abc,
 dict(title="Notícias da Missão do Huambo", year=1907, kind=A),
 dict(authors=["Heywood"], title="Contested Power in Angola, 1840s to the Present", year=2000, kind=B),
 dict(authors=["Quintas"], title="Catequistas e professores: as escolas rurais da Missão Católica do Huambo, 1930–1960", year=2020, doi="10.99999/ls.2020.41.155", kind=A),
 dict(title="A nossa história", url="https://www.ieca-angola.example.net/historia", kind=W),
 fer, fer, pec,
 dict(kind=C),
 hend,
]
assert len(sm) == 22
put("supmarkdown", "missao-angola-pt", {
 "about": "An invented Portuguese mission-history essay (Catholic and Protestant missions, schools and the colonial state on the central highlands of Angola, 1880–1961) in Markdown as a seminar paper: title, italic line, byline, `---` rules, numbered `##` sections, `<sup>n</sup>` note calls and one `<sup>8,9</sup>` (two pairs), and a `## Notas` list `1.`–`22.` in Chicago notes style: books, a source edition by its editor (Brásio), archival files (Arquivo Histórico Ultramarino with fundo, caixa and processo; the ABCFM papers at Houghton Library), the 1940 Missionary Agreement and Pius XII's encyclical in the AAS, a Decreto-Lei in the Diário do Governo, an unsigned article of the missionary press, a journal article with a DOI link, a church's history page with access date, a thesis, an interview held by the author, `Ibid.` and short notes. The numbered notes list is both the notes (by number) and the literature (`number` given); `Ibid.` and short notes (`Dores, *A missão da República*, 181.`) are keyed with the full fields of the work they repeat; archival files `unknown` (the ABCFM letter by its year only); the agreement, the decree and the encyclical `report`, their issuing authorities (Holy See, Republic, the pope) not keyed; the interview `commentary`; editors not keyed. Invented: the author and seminar, the AHU and Houghton shelfmarks and the quoted documents, Quintas 2020 (DOI prefix 10.99999), Ferraz 2018, the IECA page host (.example.net), the interview; real works as the writer remembers them (publishers, pages and dates may differ). Clean.",
 "document": "ensaio.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm)},
 "literature": numbered(sm),
})

# ---- mediawiki: French Wikipedia-style article on the Council of Constance ----
brand = dict(authors=["Brandmüller"], title="Das Konzil von Konstanz 1414–1418", year=1991, kind=B)
fren = dict(authors=["Frenken"], title="Das Konstanzer Konzil", year=2015, kind=B)
fudge = dict(authors=["Fudge"], title="Jan Hus: Religious Reform and Social Revolution in Bohemia", year=2010, kind=B)
rich = dict(authors=["Richental"], title="Chronik des Konstanzer Konzils 1414–1418", year=2010, kind=B)
stump = dict(authors=["Stump"], title="The Reforms of the Council of Constance (1414–1418)", year=1994, kind=B)
vass = dict(authors=["Vasseur"], title="Les nations au concile de Constance : représentation et vote, 1414-1418", year=2019, kind=B)
mw_notes = [
 brand,
 dict(authors=["Denzinger", "Hünermann"], title="Symboles et définitions de la foi catholique : Enchiridion symbolorum", year=1996, kind=B),
 fren,
 dict(authors=["Morel"], title="Sigismond et la convocation de Constance", year=2020, doi="10.99999/rhe.2020.115.401", kind=A),
 vass, stump, rich,
 dict(title="Les conciles œcuméniques", year=1994, kind=B),
 brand, fren,
 dict(authors=["Novotná"], title="The Safe-Conduct of Jan Hus Reconsidered", year=2019, kind=A),
 fudge, vass, stump, fudge,
 dict(title="600 Jahre Konstanzer Konzil 2014–2018", url="https://www.konzilstadt-konstanz.example.net/jubilaeum", kind=W),
 dict(authors=["Maurer"], title="Constance (diocèse)", year=2008, url="https://hls-dhs-dss.ch/fr/articles/011399/", kind=CH),
]
assert len(mw_notes) == 17
put("mediawiki", "concile-constance-fr", {
 "about": "An invented French Wikipedia-style article on the Council of Constance (1414–1418) in wikitext: hatnote, `{{Infobox Concile}}`, sections, `{{date}}` templates, `<ref>` notes with French templates `{{Ouvrage}}`, `{{Article}}`, `{{Lien web}}`, named refs reused (`<ref name=\"DH\" />` three times, `<ref name=\"COD\" />` twice), `{{sfn|Auteur|année|p=…}}` short notes resolving to a Bibliographie of six `{{Ouvrage}}`, `{{Références}}`, an external-links list, a navbox, portals and categories. Pairs by the number the page prints: `<ref>` and `{{sfn}}` notes numbered together in order of first use, a reused name keeping its number (a pair at its line); no two `{{sfn}}` are identical. Notes: an `{{sfn}}` note keyed with the fields of the Bibliographie entry it resolves to, a `<ref>` with its template's; the literature is the Bibliographie list in document order (no `number`), not the notes. Denzinger–Hünermann (DH) keyed with Denzinger and Hünermann as authors (`auteur1`/`auteur2`); the conciliar decrees edition (COD, `directeur1=oui`) with no authors; a Dictionnaire historique de la Suisse article (a `{{Lien web}}` with author and date) is an encyclopedia entry, `chapter`; a city's jubilee page `web` with no year; a title with `sous-titre` keyed as `titre : sous-titre` (`titre tome` no part of it). Invented: Morel 2020 (DOI prefix 10.99999), Novotná 2019, Vasseur 2019, the jubilee page and the external link (.example.net hosts); real works as the writer remembers them (volumes, pages, ISBN and the DHS address may differ). Clean.",
 "document": "concile.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [brand, fren, fudge, rich, stump, vass],
})

# ---- asciidoc: Polish church-history course reader chapter (reception of Trent), [bibliography] ----
ad = {
 "AAV-Polonia12": dict(year=1564, kind=U),
 "AAG-ActaCap": dict(kind=U),
 "Constitutiones1621": dict(title="Constitutiones synodi dioecesis Cracoviensis", year=1621, url="https://polona.example.net/item/constitutiones-synodi-cracoviensis-1621", kind=B),
 "DSP4": dict(title="Dokumenty soborów powszechnych", year=2005, kind=B),
 "Jedin1961": dict(authors=["Jedin"], title="A History of the Council of Trent", year=1961, kind=B),
 "Kloczowski2007": dict(authors=["Kłoczowski"], title="Dzieje chrześcijaństwa polskiego", year=2007, kind=B),
 "Kowalska2021": dict(authors=["Kowalska-Wit"], title="Recepcja dekretów trydenckich na synodach diecezji chełmińskiej 1583–1641", year=2021, doi="10.99999/np.2021.136.77", kind=A),
 "Kumor1998": dict(authors=["Kumor"], title="Dzieje diecezji krakowskiej do roku 1795", year=1998, kind=B),
 "Litak2004": dict(authors=["Litak"], title="Parafie w Rzeczypospolitej w XVI–XVIII wieku: struktura, funkcje społeczno-religijne i edukacyjne", year=2004, kind=B),
 "Muller2013": dict(authors=["Müller"], title="Synod diecezjalny", year=2013, kind=CH),
 "Nowak2018": dict(authors=["Nowak"], title="Synody i wizytacje w diecezji włocławskiej 1600–1650", year=2018, kind=T),
 "OMalley2013": dict(authors=["O'Malley"], title="Trent: What Happened at the Council", year=2013, kind=B),
 "Sawicki1952": dict(authors=["Sawicki"], title="Concilia Poloniae: źródła i studia krytyczne", year=1952, kind=B),
 "Tazbir1967": dict(authors=["Tazbir"], title="Państwo bez stosów: szkice z dziejów tolerancji w Polsce XVI i XVII w.", year=1967, kind=B),
 "Wojtyska1977": dict(authors=["Wojtyska"], title="Papiestwo – Polska 1548–1563: dyplomacja", year=1977, kind=B),
}
put("asciidoc", "synody-polskie-pl", {
 "about": "An invented Polish church-history course reader chapter (the reception of the Council of Trent in Poland–Lithuania, 1564–1648: the king, the 1577 provincial synod, diocesan synods and the parish) in AsciiDoc: document attributes, a lead paragraph, numbered sections, `<<key>>`, `<<key,s. 1–22>>`, `<<key,t. 2, s. 201–214>>`, `xref:key[(rozdz. 3)]`, a table whose cells cite (a pair at its row's line), scripture references in running text (Mt 28,19–20; J 10,11: no citations), and a `[bibliography]` section `Bibliografia` of `* [[[key]]]` entries in alphabetical order (archival files of the Vatican Apostolic Archive and a chapter archive, a 1621 synodal print in a digital library, the Polish edition of the conciliar decrees by its editors, monographs, a multi-volume source series, an encyclopedia entry, a journal article with a DOI link, a doctoral thesis, English books). Pairs by anchor; the literature is the list in document order; editors and translators not keyed; a multi-volume work keyed by its main title (the volume's title no part of it); archival files `unknown` (the nuncio's report by its year); the encyclopedia entry `chapter`; the 1621 print `book` with its digital-library URL. Invented: the course, Kowalska-Wit 2021 (DOI prefix 10.99999), Nowak 2018, the archival folios and the chapter-archive signature, the digital-library host (.example.net), the synod counts; real works as the writer remembers them (volumes, pages, columns and editions may differ). Planted: the entry Tazbir1967 is cited nowhere (uncited-literature-entry at its line).",
 "document": "rozdzial07.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: v for k, v in ad.items() if k != "Tazbir1967"},
 "literature": list(ad.values()),
})
