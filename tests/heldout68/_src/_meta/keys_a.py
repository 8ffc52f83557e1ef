"""Writes the meta.json of heldout68 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 81's theme: music and the performing arts; agriculture and food science.
Half A: music and the performing arts, one sub-field per document (musicology in Slovene, choral
music and song festivals in Estonian, opera and historical performance practice in English,
theatre history in Icelandic, music and festivals in Welsh).  Labels and lines come from the
⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are given
here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal, newspaper and
review articles `article`; monographs, scores and critical editions, hymnals, programme books and
an anniversary book `book`; chapters `chapter`; laws and a body's reports `report`; web pages,
databases, digital archives, datasets and sound recordings (LP, CD, DVD) `web`; theses `thesis`;
archival items `unknown` with no title and no year.  Corporate authors, issuing bodies and
editors are not keyed; Icelanders by the whole name as printed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout68 glasbena-matica-sl laulupidu-et rameau-opera-en leikhus-is eisteddfod-cy
  python3 tests/heldout68/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: Slovene musicology (Glasbena matica, OSNP), refs.bib, style chicago-author-date ----
ty = {
 "cvetko1959": dict(authors=["Cvetko"], title="Zgodovina glasbene umetnosti na Slovenskem", year=1959, kind=B),
 "kuret2005": dict(authors=["Kuret"], title="Ljubljanska filharmonična družba 1794–1919: Kronika ljubljanskega glasbenega življenja v stoletju meščanstva", year=2005, kind=B),
 "kumer1970": dict(title="Slovenske ljudske pesmi: Pripovedne pesmi", year=1970, kind=B),
 "ravnikar2014": dict(authors=["Ravnikar"], title="Odbor za nabiranje slovenskih narodnih pesmi z napevi in Glasbena matica, 1906–1913", year=2014, doi="10.99999/mz.50.2.45-68", kind=A),
 "glavan2016": dict(authors=["Glavan"], title="Emil Adamič: Tematski katalog skladb", year=2016, kind=B),
 "adamic2011": dict(authors=["Adamič"], title="Ljudske pesmi za mešani zbor: Kritična izdaja", year=2011, kind=B),
 "koncert1891": dict(title="Koncert Glasbene matice", year=1891, kind=A),
 "bernard2012": dict(authors=["Bernard"], title="Zborovsko petje v Glasbeni matici med letoma 1891 in 1914", year=2012, url="https://repozitorij.example.org/Dokument.php?id=8812", kind=T),
 "lenarcic2019": dict(authors=["Lenarčič"], title="Matica in filharmonija: Dve ustanovi, dva jezika", year=2019, kind=CH),
 "gml2023": dict(title="Zgodovina društva", year=2023, url="https://www.glasbenamatica.example.net/zgodovina", kind=W),
 "osnp2022": dict(title="Arhiv OSNP: Digitalizirani zapisi Odbora za nabiranje slovenskih narodnih pesmi z napevi", year=2022, url="https://gni.example.org/osnp/arhiv", kind=W),
 "dolenc2008": dict(authors=["Dolenc", "Meden"], title="Hubadov zbor in koncertna praksa Glasbene matice po letu 1891", year=2008, doi="10.99999/dmd.4.1.23", kind=A),
 "hoefler1978": dict(authors=["Höfler"], title="Glasbena umetnost pozne renesanse in baroka na Slovenskem", year=1978, kind=B),
 "pompe2021": dict(authors=["Pompe", "Barbo"], title="Nationalism and the Choral Repertoire in Ljubljana, 1872–1914", year=2021, doi="10.99999/mz.57.1.101-124", kind=A),
}
# chicago-author-date: author (corporate by name), else editor, else title; year; title
TY_ORDER = ["adamic2011", "bernard2012", "cvetko1959", "dolenc2008", "gml2023", "osnp2022", "glavan2016",
            "hoefler1978", "koncert1891", "kumer1970", "kuret2005", "lenarcic2019", "pompe2021", "ravnikar2014"]
put("typst", "glasbena-matica-sl", {
 "about": "An invented Slovene musicology article (the Glasbena matica in Ljubljana, 1872-1914, between its concerts and the collecting of folk songs by the OSNP committee of 1906) in Typst: #set document/page/text(lang: \"sl\")/par/heading, a centred title block with #super affiliation marks, @key, @key[str. 211–240], two @key side by side (two pairs, twice), #cite(<key>, form: \"prose\") (several), a bare #cite(<key>), #cite(<key>, supplement: [pogl. 3]) in a #figure caption, a labelled table <tab-koncerti> referred to by @tab-koncerti (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"Literatura\", style: \"chicago-author-date\"). refs.bib (biblatex, one field a line): real works with data as remembered (Cvetko 1959 vol. 2, Kuret 2005, Kumer et al. (eds.) 1970 Slovenske ljudske pesmi 1 as an editor-only @book: editors not keyed, Höfler 1978). Invented: the persons Vesna Kralj, Aleš Tomažin, Tjaša Ravnikar, Marko Glavan, Petra Kos, Katja Bernard, Boštjan Lenarčič, Nina Hrovat, Irena Dolenc and Urška Meden, the institute Posavje, the Muzikološki zbornik and De musica disserenda articles (DOIs 10.99999/...) including one credited to the real scholars Gregor Pompe and Matjaž Barbo (invented title), Glavan's catalogue, Adamič's critical edition and its plate number E.D.S. 1873, the 1891 Slovenski narod report (number and page), Bernard's thesis (host repozitorij.example.org), Lenarčič's chapter and its volume, the Glasbena matica web page (host glasbenamatica.example.net), the GNI digital archive page (host gni.example.org) and the table's figures. Every entry is cited; clean.",
 "document": "matica.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Estonian choral music and song festivals, refs.bib, csl chicago-author-date.csl, lang et-EE ----
pd = {
 "bruggemann2014": dict(authors=["Brüggemann", "Kasekamp"], title="Singing Oneself into a Nation? Estonian Song Festivals as Rituals of Political Mobilisation", year=2014, doi="10.1111/nana.12051", kind=A),
 "smidchens2014": dict(authors=["Šmidchens"], title="The Power of Song: Nonviolent National Culture in the Baltic Singing Revolution", year=2014, kind=B),
 "kuutma1996": dict(authors=["Kuutma"], title="Cultural Identity, Nationalism and Changes in Singing Traditions", year=1996, url="https://www.folklore.ee/folklore/vol2/kuutma.htm", kind=A),
 "sa2023": dict(title="Laulupidude ajalugu", year=2023, url="https://www.laulupidu.ee/ajalugu/", kind=W),
 "sa2020": dict(title="XXVII laulu- ja XX tantsupidu „Minu arm\": korraldusaruanne", year=2020, kind=R),
 "emta2024": dict(title="Üldlaulupidude repertuaari andmebaas 1869–2019", year=2024, url="https://repertuaar.example.net/andmebaas", kind=W),
 "ernesaks2009": dict(authors=["Ernesaks"], title="Mu isamaa on minu arm: segakoorile", year=2009, kind=B),
 "hunt2019": dict(authors=["Hunt"], title="Laulupidu kui kokkulepe", year=2019, kind=A),
 "aavik2017": dict(authors=["Aavik"], title="Üldlaulupidude repertuaar 1869–1940: kaanon ja muutus", year=2017, kind=A),
 "raudsepp2020": dict(authors=["Raudsepp"], title="Koorijuht rahvusliku liikumise keskmes: Eesti koorid 1860–1920", year=2020, url="https://www.etis.example.org/Portal/Theses/Display/8d21a4", kind=T),
 "mihkelson2011": dict(authors=["Mihkelson"], title="Laulev revolutsioon ja 1988. aasta öölaulupeod", year=2011, kind=CH),
 "unesco2008": dict(title="Baltic Song and Dance Celebrations", year=2008, url="https://ich.unesco.org/en/RL/baltic-song-and-dance-celebrations-00087", kind=W),
 "ltps2011": dict(title="Laulu- ja tantsupeo seadus", year=2011, url="https://www.riigiteataja.ee/akt/122122011001", kind=R),
 "kasekamp2010": dict(authors=["Kasekamp"], title="A History of the Baltic States", year=2010, kind=B),
}
# chicago-author-date.csl (not in the folder), lang et-EE: author (corporate by name), else title; year; title.
# No sort key turns on a letter Estonian files apart (š z ž õ ä ö ü): Šmidchens is the only S.
PD_ORDER = ["aavik2017", "bruggemann2014", "sa2020", "sa2023", "emta2024", "ernesaks2009", "hunt2019", "kasekamp2010",
            "kuutma1996", "ltps2011", "mihkelson2011", "raudsepp2020", "smidchens2014", "unesco2008"]
put("pandoc", "laulupidu-et", {
 "about": "An invented Estonian article on choral music and the song festivals (repertoire and memory of the üldlaulupidu since 1869, choir conductors, the Singing Revolution) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: et-EE, abstract, keywords, bibliography: refs.bib (biblatex), csl: chicago-author-date.csl (not in the folder), link-citations; citations [@a; @b, lk 3], [@key], [@key, § 3], narrative @key and @key [lk 27--45], suppressed-author [-@key, lk 36--41], [vt ka @key, lk 152--155], [@a, lk 214--220; @b, ptk 7], one inline note ^[...] opening on one line and holding a citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own at its line), three cells of a pipe table's source column (four pairs), a 'Kirjandus {-}' heading with ::: {#refs}. refs.bib: real works with data as remembered (Brüggemann and Kasekamp 2014 in Nations and Nationalism with its DOI as remembered, Šmidchens 2014, Kuutma 1996 in Folklore: Electronic Journal of Folklore, Kasekamp 2010, the UNESCO Representative List page of the Baltic song and dance celebrations, the Laulu- ja tantsupeo seadus 2011 as @legislation with a Riigi Teataja address as remembered, the Laulu- ja Tantsupeo SA's history page (path as remembered)). Invented: the persons Merike Saar, Jaan Ilves, Liina Aavik, Kadri Hunt, Anu Raudsepp, Tiina Mihkelson, Heli Leet and Toomas Vaher, the Teater. Muusika. Kino and Sirp articles, the SA's 2020 report, the EMTA repertoire database (@dataset, version 2.1 in its version field, host repertuaar.example.net), Ernesaks's score edition and its number EMF 0417, Raudsepp's thesis (host etis.example.org), Mihkelson's chapter and its volume, and the table's figures. Every entry is cited; clean.",
 "document": "laulupidu.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: English opera and historical performance practice, <sup>n</sup>, numbered ## References ----
sm = [
 dict(authors=["Girdlestone"], title="Jean-Philippe Rameau: His Life and Work", year=1957, kind=B),
 dict(authors=["Pritchard"], title="The 1733 première of Hippolyte et Aricie and its critics", year=2009, doi="10.99999/ml/gcp041", kind=A),
 dict(authors=["Rameau"], title="Traité de l'harmonie réduite à ses principes naturels", year=1722, kind=B),
 dict(authors=["Sadler"], title="Rameau, Pellegrin and the Opéra: the revisions of Hippolyte et Aricie during its first season", year=1975, kind=A),
 dict(title="Hippolyte et Aricie: performance history", year=2022, url="https://operaannals.example.net/works/rameau-hippolyte", kind=W),
 dict(authors=["Sadler"], title="Rameau's singers and players at the Paris Opéra: a little-known inventory of 1738", year=1983, doi="10.1093/earlyj/11.4.453", kind=A),
 dict(authors=["Lowe"], title="Period orchestras and the Opéra's petit chœur", year=2019, kind=CH),
 dict(authors=["Cyr"], title="Performing Baroque Music", year=1992, kind=B),
 dict(kind=U),
 dict(authors=["Rameau"], title="Hippolyte et Aricie: tragédie en musique", year=2012, kind=B),
 dict(authors=["Rameau"], title="Hippolyte et Aricie", year=1995, kind=W),
 dict(authors=["Ashworth"], title="Rameau in the morgue: Glyndebourne's Hippolyte divides the house", year=2013, kind=A),
 dict(title="Hippolyte et Aricie", year=2013, kind=B),
 dict(authors=["Rameau"], title="Hippolyte et Aricie", year=2014, kind=W),
 dict(authors=["Marchbank"], title="Continuo practice in revivals of the French tragédie en musique, 1960–2010", year=2015, url="https://kclpure.example.org/thesis/marchbank-2015", kind=T),
 dict(authors=["Fenwick"], title="Staging the merveilleux: machines, dance and the modern revival of Rameau", year=2018, doi="10.99999/S0954586718000123", kind=A),
 dict(title="CÉSAR: Calendrier électronique des spectacles sous l'Ancien Régime et sous la Révolution", year=2024, url="https://cesar.huma-num.fr/", kind=W),
 dict(authors=["Sadler"], title="The Rameau Compendium", year=2014, kind=B),
]
put("supmarkdown", "rameau-opera-en", {
 "about": "An invented English preprint on opera and historical performance practice (Rameau's Hippolyte et Aricie from the 1733 première and its revisions to period-instrument productions, the Opera Omnia Rameau critical edition and recordings) in Markdown with <sup>n</sup> note numbers (comma lists one pair per number, four pairs in three cells of a table's source column) and a numbered '## References' list in Vancouver form, as a preprint pastes it. Real works with data as remembered: Girdlestone 1957, Rameau's Traité 1722, Sadler's Musical Times article 1975 and Early Music article 1983 (DOI as remembered), Cyr 1992, the Opera Omnia Rameau volume edited by Sylvie Bouissou (year, series number and publisher as remembered), Minkowski's Archiv recording (year and catalogue number as remembered), the Glyndebourne 2013 production and its Opus Arte DVD (catalogue number as remembered), the CÉSAR database, Sadler's Rameau Compendium 2014. Invented: the author Helen Okafor-Reid and the University of Northmoor, J. Pritchard's Music & Letters article and L. Fenwick's Cambridge Opera Journal article (DOIs 10.99999/...), R. Lowe's chapter in T. Bradshaw's volume, the Opera Annals Online page (host operaannals.example.net), the BnF Opéra shelf mark of entry 9, H. Ashworth's review in 'The Sussex Courier', the programme book's details, E. Marchbank's thesis (host kclpure.example.org). Entry 18 (Sadler 2014) is cited nowhere: the planted defect uncited-literature-entry at its line.",
 "document": "hippolyte.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm[:17])},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Icelandic theatre history, <<key>> and footnote:[...], [bibliography] lists ----
ad = {
 "lms-lr": dict(kind=U),
 "thjsk-db4": dict(kind=U),
 "svidslistalog2019": dict(title="Sviðslistalög nr. 165/2019", year=2019, url="https://www.althingi.is/lagas/nuna/2019165.html", kind=R),
 "aslaug2008": dict(authors=["Áslaug Hrund Kjartansdóttir"], title="Iðnó og áhugaleikhúsið", year=2008, kind=CH),
 "carlson2001": dict(authors=["Carlson"], title="The Haunted Stage: The Theatre as Memory Machine", year=2001, kind=B),
 "hrafnhildur2018": dict(authors=["Hrafnhildur Sigurðardóttir"], title="Útvarpsleikhúsið og íslensk leikritun 1947–1970", year=2018, url="https://skemman.is/handle/1946/30412", kind=T),
 "johann1911": dict(authors=["Jóhann Sigurjónsson"], title="Fjalla-Eyvindur: Sjónleikur í fjórum þáttum", year=1911, kind=B),
 "jonvidar1997": dict(authors=["Jón Viðar Jónsson"], title="Leyndarmál frú Stefaníu: Ævisaga Stefaníu Guðmundsdóttur leikkonu", year=1997, kind=B),
 "jonvidar2012": dict(authors=["Jón Viðar Jónsson"], title="Fjalla-Eyvindur á sviði: Sýningarsaga 1911–1967", year=2012, kind=A),
 "timarit2024": dict(title="Tímarit.is", year=2024, url="https://timarit.is/", kind=W),
 "leikfelag1997": dict(title="Leikfélag Reykjavíkur 100 ára: Afmælisrit", year=1997, kind=B),
 "mbl1950": dict(title="Þjóðleikhúsið vígt", year=1950, kind=A),
 "ruv2021": dict(title="Útvarpsleikhúsið í 90 ár", year=2021, url="https://www.ruv.example.net/utvarpsleikhusid-90-ar", kind=W),
 "sigrun2014": dict(authors=["Sigrún Hlíf Baldursdóttir"], title="Staging the Nation: The National Theatre of Iceland and the Politics of 1950", year=2014, doi="10.99999/S0307883314000121", kind=A),
 "sveinn1991": dict(authors=["Sveinn Einarsson"], title="Íslensk leiklist I", year=1991, kind=B),
 "sveinn1996": dict(authors=["Sveinn Einarsson"], title="Íslensk leiklist II", year=1996, kind=B),
 "thjodleikhusid1950": dict(title="Nýársnóttin, Fjalla-Eyvindur, Íslandsklukkan: Leikskrá vígsluhátíðar", year=1950, kind=B),
}
AD_ORDER = list(ad)  # list order: two unprinted sources, then Icelandic alphabetical order
put("asciidoc", "leikhus-is", {
 "about": "An invented Icelandic theatre-history article (Leikfélag Reykjavíkur and Iðnó, Fjalla-Eyvindur on stage, the opening of Þjóðleikhúsið in 1950, radio drama) in AsciiDoc: a header with author line and attributes, an [abstract] block, <<key>> and <<key,bls. 87–104>> citations, two footnote:[...] that open on one line and hold a <<key>> on the next (each footnote a pair 1, 2 at the line where it opens, its <<key>> a pair of its own), a section anchor [[vigsla]] referred to by <<vigsla>> (no citation), three <<key>> in table cells, and '== Heimildir' with two [bibliography] lists (Óprentaðar heimildir: two archival items; Prentaðar heimildir og vefefni: fifteen entries in Icelandic alphabetical order, Icelanders uninverted by given name, Carlson inverted). Real works with data as remembered: Sveinn Einarsson's Íslensk leiklist I (1991) and II (1996), Jón Viðar Jónsson's biography of Stefanía Guðmundsdóttir (1997), Jóhann Sigurjónsson's Fjalla-Eyvindur (1911; publisher as remembered), Carlson's The Haunted Stage (2001), Sviðslistalög nr. 165/2019 (address as remembered), timarit.is, Leikfélag Reykjavíkur's centenary book (title as remembered), the Morgunblaðið report of 21 April 1950 (title and page as remembered), the programme of the opening (title as remembered). Invented: the author Guðrún Sif Hallgrímsdóttir (host leiklistarsaga.example.org), Áslaug Hrund Kjartansdóttir's chapter and its volume edited by Eyrún Guðmundsdóttir, Hrafnhildur Sigurðardóttir's MA thesis (invented handle on the real host skemman.is), Jón Viðar Jónsson's Skírnir article of 2012, Sigrún Hlíf Baldursdóttir's Theatre Research International article (DOI 10.99999/...), the RÚV page (host ruv.example.net), the two archival shelf marks. Planted defect: <<thorleifur1950>> names no [[[thorleifur1950]]] entry: missing-literature-entry at its line, the citation keyed as a pair with no note.",
 "document": "leikhus.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": [ad[k] for k in AD_ORDER],
})

# ---- markdown-links: Welsh music and festivals, inline links, '## Darllen pellach' list ----
ml = [
 dict(url="https://archifau.example.org/catalog/DDX-412-3", kind=U),
 dict(title="Miloedd yn canu yn y gymanfa ganu ar y Maes", year=2019, url="https://www.bbc.co.uk/cymrufyw/49301122", kind=W),
 dict(title="Caneuon ffydd: Llyfr emynau a thonau cydenwadol", year=2001, url="https://www.caneuonffydd.example.org/", kind=B),
 dict(title="Y côr yn y capel", year=1972, url="https://www.sainwales.example.net/catalog/sain-1023", kind=W),
 dict(title="Arolwg o gorau Cymru 2022: Aelodaeth, cyllid a dyfodol", year=2022, url="https://celf.example.org/arolwg-corau-2022", kind=R),
 dict(title="Hanes yr Eisteddfod", year=2024, url="https://eisteddfod.cymru/amdanom-ni/hanes", kind=W),
 dict(authors=["Ellis"], title="The story of the harp in Wales", year=1991, url="https://www.uwp.co.uk/book/the-story-of-the-harp-in-wales/", kind=B),
 dict(authors=["Harper"], title="Music in Welsh culture before 1650: A study of the principal sources", year=2007, url="https://www.routledge.com/Music-in-Welsh-Culture-Before-1650/Harper/p/book/9780754652175", kind=B),
 dict(title="Papurau Newydd Cymru Arlein", year=2023, url="https://newspapers.library.wales/", kind=W),
 dict(authors=["Morgan"], title="Cwm Rhondda a'r gymanfa: Hanes emyn-dôn", year=2016, doi="10.99999/hcc.2016.9.45", kind=A),
 dict(authors=["Pryce"], title="Y gymanfa ganu yn y de diwydiannol, 1890–1939", year=2012, url="https://research.bangor.example.org/pryce-2012", kind=T),
 dict(authors=["Williams"], title="Valleys of song: Music and society in Wales 1840–1914", year=1998, url="https://www.uwp.co.uk/book/valleys-of-song/", kind=B),
]
put("markdown-links", "eisteddfod-cy", {
 "about": "An invented Welsh heritage-site article on music and festivals (the cymanfa ganu, the hymn tune Cwm Rhondda, male voice choirs, the National Eisteddfod and the harp) citing by inline [text](http...) links only, with relative navigation and footer links (no citations) and an unnumbered '## Darllen pellach' list in APA form with <...> addresses, in Welsh alphabetical order; each body link to a list address is a pair labelled by that entry's position (repeated links too). Real works with data as remembered: Williams 1998 Valleys of Song, Ellis 1991 The Story of the Harp in Wales, Harper 2007, Caneuon Ffydd 2001, Papurau Newydd Cymru Arlein (Welsh Newspapers Online). Invented: the author Elin Wyn Prydderch and 'Treftadaeth Sain Cymru', the Glamorgan Archives reference D/D X 412/3 (host archifau.example.org), the BBC Cymru Fyw story (invented number on the real host), the Treorchy choir's LP 'Y côr yn y capel' and its number SAIN 1023 (host sainwales.example.net), the Arts Council of Wales survey (host celf.example.org), the Caneuon Ffydd site (host caneuonffydd.example.org), the pages of eisteddfod.cymru, uwp.co.uk and routledge.com (invented paths on real hosts), H. Morgan's article in Hanes Cerddoriaeth Cymru (DOI 10.99999/...), G. Pryce's thesis (host research.bangor.example.org). Every entry is linked; clean.",
 "document": "cymanfa.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
