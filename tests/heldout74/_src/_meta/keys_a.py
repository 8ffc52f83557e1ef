"""Writes the meta.json of heldout74 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 87's theme: transport, mobility and infrastructure; sport and physical
education.  Half A: transport, mobility and infrastructure, one sub-field per document (the
Trans-Mongolian railway and freight corridors in Mongolian, aviation and island connectivity in
Icelandic, urban transit and road safety in English, ports and shipping in Maltese, roads and
rural connectivity in Punjab in Punjabi).  Labels and lines come from the ⟦label⟧ annotations in
the sources, checked on the built files by check_a.py; fields are given here by hand.
Conventions: see ../../README.md.  In short: journal and newspaper articles `article`; monographs
`book`; chapters and conference papers `chapter`; working papers, agency, company and
intergovernmental reports, laws, regulations and agreements `report`; web pages, datasets and
statistical series `web`; theses `thesis`; archival files `unknown`.  Corporate authors, issuing
bodies, archives and editors are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout74 tomorzam-mn flug-is transit-safety-en portijiet-mt sadkan-pa
  python3 tests/heldout74/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: Mongolian, the Trans-Mongolian railway, refs.bib, chicago-author-date ----
ty = {
 "rossabi2005": dict(authors=["Rossabi"], title="Modern Mongolia: From Khans to Commissars to Capitalists", year=2005, kind=B),
 "pomfret2019": dict(authors=["Pomfret"], title="The Central Asian Economies in the Twenty-First Century: Paving a New Silk Road", year=2019, kind=B),
 "adb2017": dict(title="Unlocking the Potential of Railways: A Railway Strategy for CAREC, 2017–2030", year=2017, kind=R),
 "escap2006": dict(title="Intergovernmental Agreement on the Trans-Asian Railway Network", year=2006, kind=R),
 "coridor2016": dict(title="Программа создания экономического коридора Китай – Монголия – Россия", year=2016, kind=R),
 "lkhagva2018": dict(authors=["Lkhagvasuren", "Whitcombe"], title="Break-of-Gauge Costs on the Trans-Mongolian Corridor: Evidence from Transit Times at Zamyn-Üüd and Erenhot", year=2018, doi="10.99999/j.jtrangeo.2018.07.014", kind=A),
 "enkhbold2020": dict(authors=["Enkhbold"], title="Rails and Sovereignty: The Ulaanbaatar Railway Joint Venture, 1949–2019", year=2020, kind=CH),
 "batbayar2021": dict(authors=["Батбаяр", "Дорж"], title="Замын-Үүдийн боомт дахь царигийн солилт ба ачааны саатал", year=2021, doi="10.99999/mnue.ebs.2021.14.2.33", kind=A),
 "ganbold2019": dict(authors=["Ганболд"], title="Улаанбаатар төмөр замын транзит ачаа тээврийн өрсөлдөх чадвар", year=2019, url="https://repository.num.example.org/handle/num/5521", kind=T),
 "narantuya2022": dict(authors=["Наранцацралт"], title="Тавантолгойн нүүрс хилээр төмөр замаар гарч эхэллээ", year=2022, url="https://www.dnn.example.net/news/2022/09/15/tavantolgoi-gashuunsukhait", kind=A),
 "hurl2008": dict(title="Төмөр замын тээврийн тухай хууль", year=2008, url="https://legalinfo.mn/mn/detail/225", kind=R),
 "utz2023": dict(title="Жилийн тайлан 2022", year=2023, kind=R),
 "uskh2024": dict(title="Төмөр замаар тээвэрлэсэн ачаа, сараар", year=2024, url="https://www.1212.mn/mn/statistic/statcate/573055/table-view/DT_NSO_1100_010V1", kind=W),
 "archive1955": dict(title="Замын-Үүд хүртэлх төмөр замын барилгын ажлын тухай бичиг баримт", year=1955, kind=U),
}
# chicago-author-date: author (a braced body by its name), else title; year; title.  Latin names
# before Cyrillic ones (code point order); the Cyrillic first letters (Б Г З Н П Т У Ү) are in
# the same order in the Mongolian alphabet.
TY_ORDER = ["adb2017", "enkhbold2020", "lkhagva2018", "pomfret2019", "rossabi2005", "escap2006",
            "batbayar2021", "ganbold2019", "archive1955", "narantuya2022", "coridor2016", "hurl2008", "utz2023", "uskh2024"]
put("typst", "tomorzam-mn", {
 "about": "An invented Mongolian (Cyrillic) article on the Trans-Mongolian railway and freight corridors (the Ulaanbaatar Railway joint venture, the break of gauge at Zamyn-Üüd and Erenhot, the China-Mongolia-Russia economic corridor, coal exports by rail) in Typst: #set document/page/text(lang: \"mn\")/par/heading, a centred title block with #super affiliation marks, @key, @key[х. 63–71], @key[3-р бүлэг], @key[6-р зүйл], two @key side by side (two pairs), #cite(<key>, form: \"prose\") twice, a bare #cite(<key>) and #cite(<key>, supplement: [х. 12]) in a #figure caption (two pairs on its line), (@key) in parentheses, a labelled table <tab-achaa> referred to by (@tab-achaa) and a heading label <tsarig> (cross references, no citations), #bibliography(\"refs.bib\", title: \"Ном зүй\", style: \"chicago-author-date\"). refs.bib (biblatex, one field a line): real works with data as remembered (Rossabi 2005, Pomfret 2019, the ADB's CAREC railway strategy 2017–2030, the Intergovernmental Agreement on the Trans-Asian Railway Network 2006, the 2016 programme for the China–Mongolia–Russia economic corridor (Russian title as remembered), Mongolia's Law on Railway Transport of 2008 (the legalinfo.mn path an invented path on the real host), the National Statistics Office's monthly rail freight table (path on the real host 1212.mn invented; version 2024-02 invented)). Invented: the authors B. Oyuunchimeg and T. Ariunbold and their affiliations, Lkhagvasuren and Whitcombe's article (DOI 10.99999/...), Enkhbold's chapter and its volume and editors (not keyed), Batbayar and Dorj's article (DOI 10.99999/...), Ganbold's master thesis (host repository.num.example.org), Narantsatsralt's Ödriin Sonin piece (host dnn.example.net), the Ulaanbaatar Railway's annual report 2022 as titled, the archival file of 1955 in the National Archives (@unpublished, fonds and file numbers invented; kind unknown), the figures in the table. Every entry is cited; clean.",
 "document": "zam.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Icelandic, aviation and island connectivity, refs.bib, csl chicago-author-date.csl, lang is ----
pd = {
 "asgeirsson1984": dict(authors=["Ásgeirsson"], title="Alfreð Elíasson og Loftleiðaævintýrið", year=1984, kind=B),
 "isavia2023": dict(title="Ársskýrsla 2022", year=2023, kind=R),
 "hagstofa2024": dict(title="Farþegar um íslenska flugvelli eftir mánuðum 2003–2024", year=2024, url="https://px.hagstofa.is/pxis/pxweb/is/Atvinnuvegir/Atvinnuvegir__ferdathjonusta__flutningar/SAM02101.px", kind=W),
 "log2022": dict(title="Lög um loftferðir nr. 80/2022", year=2022, url="https://www.althingi.is/lagas/nuna/2022080.html", kind=R),
 "eu2008": dict(title="Reglugerð Evrópuþingsins og ráðsins (EB) nr. 1008/2008 frá 24. september 2008 um sameiginlegar reglur um flugrekstur í Bandalaginu", year=2008, kind=R),
 "samgonguaaetlun2020": dict(title="Samgönguáætlun 2020–2034", year=2020, kind=R),
 "loftbru2020": dict(title="Loftbrú: Afsláttur af flugfargjöldum fyrir íbúa landsbyggðarinnar", year=2020, url="https://island.is/loftbru", kind=W),
 "gudmundsdottir2019": dict(authors=["Guðmundsdóttir", "Kjartansson"], title="Innanlandsflug og aðgengi að sérhæfðri heilbrigðisþjónustu", year=2019, doi="10.99999/stjornmal.2019.15.1.5", kind=A),
 "kristinsdottir2017": dict(authors=["Kristinsdóttir", "Solheim-Haugen"], title="Public Service Obligations in Thin Markets: Domestic Air Routes in Iceland and Northern Norway Compared", year=2017, doi="10.99999/j.jairtraman.2017.03.006", kind=A),
 "petursson2021": dict(authors=["Pétursson"], title="Reykjavíkurflugvöllur í Vatnsmýri: Kostnaðar- og ábatagreining á flutningi innanlandsflugs til Keflavíkur", year=2021, url="https://skemman.is/handle/1946/38817", kind=T),
 "olafsson2021": dict(authors=["Ólafsson"], title="Flugfélögin berjast um farþegana til Akureyrar", year=2021, url="https://www.mbl.example.net/vidskipti/frettir/2021/03/18/flugfelogin_berjast", kind=A),
 "einarsson2015": dict(authors=["Einarsson"], title="Flugvellir á landsbyggðinni og byggðastefna", year=2015, kind=CH),
 "flugmal1946": dict(title="Bréfasafn flugmálastjóra um yfirtöku Reykjavíkurflugvallar", year=1946, kind=U),
 "byggdastofnun2018": dict(title="Aðgengi íbúa landsbyggðarinnar að innanlandsflugi: Stöðuskýrsla", year=2018, kind=R),
}
# chicago-author-date.csl (not in the folder), lang is: author (a body by its name), else title; year; title.
PD_ORDER = ["asgeirsson1984", "flugmal1946", "byggdastofnun2018", "einarsson2015", "gudmundsdottir2019", "hagstofa2024",
            "isavia2023", "kristinsdottir2017", "loftbru2020", "log2022", "olafsson2021", "petursson2021", "eu2008",
            "samgonguaaetlun2020"]
put("pandoc", "flug-is", {
 "about": "An invented Icelandic article on aviation and island connectivity (domestic air routes, Keflavík as a hub, the Loftbrú fare-discount scheme, public service obligations, the Reykjavík airport debate) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: is, abstract, keywords, bibliography: refs.bib (biblatex), csl: chicago-author-date.csl (not in the folder), link-citations; citations [@key, bls. 44--47], [@key, 5. kafli], [@key, 12.--14. gr.], [@a, bls. 12; sjá einnig @b], narrative @key and @key [bls. 214], suppressed-author [-@key, bls. 48], [@a; @b, bls. 9--11], three keys in one bracket, three cells of a pipe table's source column, one inline note ^[...] opening after a citation on one line and holding a narrative citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own), a 'Heimildir {-}' heading with ::: {#refs}. refs.bib: real works and bodies with data as remembered (Jakob F. Ásgeirsson's book on Alfreð Elíasson and Loftleiðir (year and publisher as remembered), Isavia's annual report 2022, Statistics Iceland's monthly airport passenger table (path as remembered; version 2024-04 invented), the Aviation Act no. 80/2022 (althingi.is address as remembered), Regulation (EC) No 1008/2008 in its Icelandic title as written here, the transport plan 2020–2034, the Loftbrú page at island.is (as remembered), a Byggðastofnun status report (title and number invented)). Invented: the authors Sigríður Hrönn Þorvaldsdóttir and Guðni Már Haraldsson, Guðmundsdóttir and Kjartansson's article in the real journal Stjórnmál og stjórnsýsla (DOI 10.99999/...), Kristinsdóttir and Solheim-Haugen's article (DOI 10.99999/...), Pétursson's MS thesis (an invented handle on the real host skemman.is), Ólafsson's Morgunblaðið piece (host mbl.example.net), Einarsson's chapter and its volume and editor (not keyed), the archival letters of 1946 in the National Archives of Iceland (@unpublished, box numbers invented; kind unknown), the figures in the table. Every entry is cited; clean.",
 "document": "flug.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: English urban transit and road safety, <sup>n</sup>, numbered ## References (Vancouver) ----
sm = [
 dict(authors=["Leape"], title="The London congestion charge", year=2006, doi="10.1257/jep.20.4.157", kind=A),
 dict(authors=["Hidalgo", "Gutiérrez"], title="BRT and BHLS around the world: explosive growth, large positive impacts and many issues outstanding", year=2013, doi="10.1016/j.retrec.2012.05.018", kind=A),
 dict(authors=["Cervero"], title="Bus rapid transit (BRT): an efficient and competitive mode of public transport", year=2013, kind=R),
 dict(authors=["Vuchic"], title="Urban transit systems and technology", year=2007, kind=B),
 dict(authors=["Walker"], title="Human transit: how clearer thinking about public transit can enrich our communities and our lives", year=2012, kind=B),
 dict(title="Global BRTData", year=2024, url="https://brtdata.org/", kind=W),
 dict(authors=["Marrugo-Pineda", "Oyelaran"], title="Crowding and satisfaction on TransMilenio, 2003–2016", year=2019, doi="10.99999/j.tranpol.2019.06.004", kind=A),
 dict(authors=["Okonkwo-Reyes"], title="Designed for whom? Service quality and ridership on the Lagos BRT-Lite, 2008–2018", year=2020, url="https://etheses.whiterose.example.org/28114/", kind=T),
 dict(authors=["Tingvall", "Haworth"], title="Vision Zero: an ethical approach to safety and mobility", year=1999, kind=CH),
 dict(authors=["Johansson"], title="Vision Zero – implementing a policy for traffic safety", year=2009, doi="10.1016/j.ssci.2008.10.023", kind=A),
 dict(title="Global status report on road safety 2023", year=2023, kind=R),
 dict(authors=["Elvik"], title="Speed and road safety: synthesis of evidence from evaluation studies", year=2005, kind=A),
 dict(title="Road safety data", year=2024, url="https://www.data.gov.uk/dataset/cb7ae6f0-4be6-4935-9277-47e5ce24a11f/road-safety-data", kind=W),
 dict(authors=["Fairbairn-Mole"], title="Twenty is plenty? Evaluating 20 mph zones in London", year=2016, kind=CH),
 dict(authors=["Pritchard-Lowe"], title="Wales slows down: the 20mph row that will not go away", year=2023, url="https://www.guardian.example.net/uk-news/2023/oct/02/wales-20mph-row", kind=A),
 dict(title="Greater London Authority Act 1999", year=1999, url="https://www.legislation.gov.uk/ukpga/1999/29/schedule/23", kind=R),
 dict(title="Central London congestion charging: impacts monitoring, fourth annual report", year=2006, kind=R),
 dict(authors=["Eliasson"], title="The Stockholm congestion charges: an overview", year=2014, kind=R),
 dict(title="Supplementary licensing scheme for central London, working papers", year=1973, kind=U),
 dict(authors=["Small", "Verhoef"], title="The economics of urban transportation", year=2007, kind=B),
]
UNCITED = 20
put("supmarkdown", "transit-safety-en", {
 "about": "An invented English working paper on urban transit and road safety (bus rapid transit, Vision Zero, congestion charging in London and Stockholm) in Markdown with <sup>n</sup> note numbers (comma lists one pair per number; three pairs in three cells of a table's source column) and a numbered '## References' list in Vancouver form, as a working draft pastes it. Real works with data as remembered: Leape 2006 (JEP), Hidalgo and Gutiérrez 2013 (Research in Transportation Economics), Cervero's IURD working paper 2013-01, Vuchic 2007, Walker 2012, the Global BRTData database (its version 3.72 invented, not part of the title; the BRT Centre of Excellence a body, not keyed), Tingvall and Haworth's 1999 Melbourne conference paper (a chapter), Johansson 2009 (Safety Science), the WHO's Global status report on road safety 2023, Elvik 2005 (Transportation Research Record), the DfT's road safety data on data.gov.uk (path as remembered), the Handbook on transport and urban planning in the developed world edited by Bliemer, Mulley and Moutou 2016 (editors not keyed), the Greater London Authority Act 1999 Schedule 23, TfL's fourth annual impacts monitoring report 2006, Eliasson's CTS working paper 2014:7, Small and Verhoef 2007. Invented: the author Priya Anand-Castellanos and the University of Thornbury, Marrugo-Pineda and Oyelaran's article (DOI 10.99999/...), Okonkwo-Reyes's PhD thesis (host etheses.whiterose.example.org), Fairbairn-Mole's chapter in the real handbook, Pritchard-Lowe's Guardian piece (host guardian.example.net), the London Metropolitan Archives file GLC/DG/PRB/35/012 (reference and title invented; kind unknown, the archive not an author), the figures in the text. Planted defect: entry 20 (Small and Verhoef 2007) is cited nowhere: uncited-literature-entry at its line, in the literature and not in the notes.",
 "document": "streets.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm) if i + 1 != UNCITED},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Maltese ports and shipping, <<key>>, [bibliography] ----
ad = {
 "arkivji1921": dict(title="Korrispondenza dwar il-vapur bejn Malta u Għawdex", year=1921, kind=U),
 "camilleri2018": dict(authors=["Camilleri", "Borg"], title="Transhipment Competition in the Central Mediterranean: Malta Freeport after 2008", year=2018, doi="10.99999/03088839.2018.1443222", kind=A),
 "cassar2014": dict(authors=["Cassar"], title="Id-Dockyard u l-ħaddiema tal-Port il-Kbir, 1800–1959", year=2014, kind=A),
 "castillo2006": dict(authors=["Castillo"], title="The Maltese Cross: A Strategic History of Malta", year=2006, kind=B),
 "eurostat2024": dict(title="Gross Weight of Goods Handled in Main Ports by Direction and Type of Traffic", year=2024, url="https://ec.europa.eu/eurostat/databrowser/view/mar_go_qm/default/table", kind=W),
 "gozochannel2024": dict(title="Skeda tal-Vjaġġi: Ċirkewwa–Mġarr", year=2024, url="https://www.gozochannel.com/ferry/schedule/", kind=W),
 "grech2021": dict(authors=["Grech"], title="Malta's Ship Register Tops 9,000 Vessels", year=2021, url="https://timesofmalta.example.net/articles/view/ship-register-tops-9000", kind=A),
 "kap234": dict(title="Att dwar il-Merkantili Marittimu (Kap. 234)", year=1973, url="https://legislation.mt/eli/cap/234/mlt", kind=R),
 "kap499": dict(title="Att dwar l-Awtorità għat-Trasport f'Malta (Kap. 499)", year=2009, url="https://legislation.mt/eli/cap/499/mlt", kind=R),
 "freeport2023": dict(title="About Malta Freeport", year=2023, url="https://www.maltafreeport.com.mt/about-us", kind=W),
 "micallef2022": dict(authors=["Micallef"], title="Il-Gozo Channel iżid vjaġġ bil-lejl", year=2022, url="https://www.torca.example.net/2022/03/13/vjagg-bil-lejl", kind=A),
 "transportmalta2023": dict(title="Rapport Annwali 2022", year=2023, kind=R),
 "nso2024": dict(title="Passiġġieri tal-Kruċieri: K4/2023", year=2024, kind=R),
 "unctad2023": dict(title="Review of Maritime Transport 2023", year=2023, kind=R),
 "ue2017": dict(title="Regolament (UE) 2017/352 tal-Parlament Ewropew u tal-Kunsill tal-15 ta' Frar 2017 li jistabbilixxi qafas għall-forniment ta' servizzi portwali u regoli komuni dwar it-trasparenza finanzjarja tal-portijiet", year=2017, kind=R),
 "vella2016": dict(authors=["Vella"], title="Il-Port il-Kbir bejn il-kummerċ u d-difiża", year=2016, kind=CH),
 "zammit2019": dict(authors=["Zammit"], title="Ir-reġistru Malti tal-vapuri u l-bandiera ta' konvenjenza", year=2019, url="https://oar.um.example.org/handle/123456789/51234", kind=T),
}
AD_ORDER = list(ad)  # the printed list's order: alphabetical by the first name printed, then year, then title
put("asciidoc", "portijiet-mt", {
 "about": "An invented Maltese article on ports and shipping (the Grand Harbour and the Dockyard, Malta Freeport at Birżebbuġa, the Malta ship register, the Gozo ferries) in AsciiDoc: a header with author line (host um.example.org) and attributes (:lang: mt), an [abstract] block, <<key>> and <<key,paġ. 52–55>>/<<key,art. 4–9>>/<<key,kap. 3>> citations, grouped <<a>>; <<b>> (two pairs), a sentence wrapped over two lines with a citation on each (twice), a section anchor [[qafas]] referred to by <<qafas>> (no citation), an AsciiDoc table whose source column cites (one cell two pairs), and a [bibliography] section 'Bibljografija' with one alphabetical list in author-date form (persons inverted first, then uninverted after ', u '; bodies by name; the two Acts under Gvern ta' Malta). Real works and bodies with data as remembered: Castillo 2006, the journal Melita Historica, Eurostat's port freight table (path as remembered), the Gozo Channel schedule page and Malta Freeport's page (paths as remembered), the Merchant Shipping Act (Cap. 234, 1973) and the Authority for Transport in Malta Act (Cap. 499, 2009) with legislation.mt addresses as remembered and Maltese titles as written here, Transport Malta's annual report 2022, an NSO cruise passengers news release (number as remembered), UNCTAD's Review of Maritime Transport 2023, Regulation (EU) 2017/352 in its Maltese title as written here. Invented: the author Daniela Farrugia, Camilleri and Borg's article in the real journal Maritime Policy & Management (DOI 10.99999/...), Cassar's article in Melita Historica, Grech's Times of Malta piece (host timesofmalta.example.net), Micallef's It-Torċa piece (host torca.example.net), Vella's chapter in an invented volume edited by Joseph Pace (editor not keyed), Zammit's M.A. thesis (host oar.um.example.org), the National Archives file CSG 01 3458/1921 (kind unknown, the archive not an author), the figures in the text. Planted defect: <<mifsud2021>> cites a key that has no entry in the list: missing-literature-entry at its line, the citation keyed as a pair with no note.",
 "document": "port.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": [ad[k] for k in AD_ORDER],
})

# ---- markdown-links: Punjabi roads and rural connectivity, inline links, further-reading list (APA) ----
ml = [
 dict(authors=["ਕੌਰ"], title="ਪੰਜਾਬ ਦੀਆਂ ਲਿੰਕ ਸੜਕਾਂ ਅਤੇ ਮੰਡੀਆਂ ਤੱਕ ਪਹੁੰਚ: ਮਾਲਵਾ ਖੇਤਰ ਦਾ ਅਧਿਐਨ", year=2019, url="https://shodhganga.example.org/handle/10603/245117", kind=T),
 dict(authors=["ਗਿੱਲ"], title="ਜਰਨੈਲੀ ਸੜਕ: ਸ਼ੇਰ ਸ਼ਾਹ ਸੂਰੀ ਤੋਂ ਅੱਜ ਤੱਕ", year=2012, url="https://www.lahorebookshop.example.net/jarnaili-sadak", kind=B),
 dict(authors=["ਢਿੱਲੋਂ"], title="ਪਿੰਡਾਂ ਦੀਆਂ ਸੜਕਾਂ ਦੀ ਮੁਰੰਮਤ ਲਈ ਫੰਡ ਜਾਰੀ", year=2023, url="https://www.punjabitribune.example.net/news/punjab/pind-sadkan-2023-11-14", kind=A),
 dict(title="ਪੰਜਾਬ ਖੇਤੀਬਾੜੀ ਉਪਜ ਮੰਡੀਆਂ ਐਕਟ, 1961", year=1961, url="https://punjab.example.org/acts/apmc-1961.pdf", kind=R),
 dict(authors=["ਬਰਾੜ", "ਮਾਨ"], title="ਪ੍ਰਧਾਨ ਮੰਤਰੀ ਗ੍ਰਾਮ ਸੜਕ ਯੋਜਨਾ ਅਤੇ ਪੇਂਡੂ ਆਮਦਨ: ਬਠਿੰਡਾ ਜ਼ਿਲ੍ਹੇ ਦਾ ਅਧਿਐਨ", year=2021, doi="10.99999/khoj.2021.77.2.58", kind=A),
 dict(authors=["Aggarwal"], title="Do rural roads create pathways out of poverty? Evidence from India", year=2018, doi="10.1016/j.jdeveco.2018.01.004", kind=A),
 dict(authors=["Asher", "Novosad"], title="Rural roads and local economic development", year=2020, doi="10.1257/aer.20180268", kind=A),
 dict(title="Road accidents in India 2021", year=2022, url="https://morth.nic.in/sites/default/files/RA_2021_Compressed.pdf", kind=R),
 dict(title="Pradhan Mantri Gram Sadak Yojana–III: Programme guidelines", year=2019, url="https://pmgsy.nic.in/sites/default/files/pdf/PMGSY-III_Guidelines.pdf", kind=R),
 dict(title="Online Management, Monitoring and Accounting System (OMMAS): Progress of works, Punjab", year=2024, url="https://omms.nic.in/", kind=W),
 dict(title="Link roads", year=2024, url="https://mandiboard.nic.in/link-roads", kind=W),
 dict(title="Metalling of the Grand Trunk Road, Ludhiana–Phillaur section", year=1936, url="https://punjabarchives.example.org/catalogue/pwd-br-112-1936", kind=U),
 dict(authors=["Qanungo"], title="Sher Shah", year=1921, url="https://archive.example.org/details/shershah1921", kind=B),
 dict(authors=["Sandhu"], title="Mandis, roads and the green revolution in Punjab", year=2015, url="https://www.sagepub.example.net/punjab-agriculture-after-green-revolution", kind=CH),
]
put("markdown-links", "sadkan-pa", {
 "about": "An invented Punjabi (Gurmukhi) heritage-site article on roads and rural connectivity in Punjab (Sher Shah Suri and the Grand Trunk Road, mandis and link roads under the Punjab Mandi Board, PMGSY, road safety) citing by inline [text](http...) links only, with relative navigation and footer links and a '#hor-padhan' anchor link (no citations), a pipe table with links in its source column, and an unnumbered '## ਹੋਰ ਪੜ੍ਹਨ ਲਈ' list in APA form with <...> addresses: Gurmukhi entries first (their first letters ਕ ਗ ਢ ਪ ਬ in the same order in the Gurmukhi alphabet and in code points), then Latin-script ones; each body link to a list address is a pair labelled by that entry's position (repeated links too). Real works and bodies with data as remembered: the Punjab Agricultural Produce Markets Act 1961 (its act number as remembered, Gurmukhi title as written here; the government a body, not keyed), Aggarwal 2018 (Journal of Development Economics, DOI as remembered), Asher and Novosad 2020 (AER, DOI as remembered), MoRTH's Road accidents in India 2021 and the PMGSY-III guidelines (addresses as remembered), OMMAS at omms.nic.in, the Punjab Mandi Board (its link-roads path invented on the real host), Qanungo's Sher Shah 1921. Invented: the author Harpreet Kaur Sandhu and the Punjab Virasat Manch site, H. Kaur's PhD thesis (host shodhganga.example.org), J. S. Gill's book (host lahorebookshop.example.net), M. Dhillon's Punjabi Tribune piece (host punjabitribune.example.net), Brar and Mann's article in a journal 'Khoj Patrika' (DOI 10.99999/...), K. Sandhu's chapter in a volume edited by R. Bhalla (editor not keyed; host sagepub.example.net), the Punjab State Archives file of 1936 (title, number and host punjabarchives.example.org invented; kind unknown, the archive not an author), the archive.example.org copy of Qanungo, the figures in the text. Every entry is linked; clean.",
 "document": "sadkan.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
