import json
A,B="article","book"
notes={
"Rochelle2009":dict(authors=["Rochelle"],title="Amine Scrubbing for CO2 Capture",year=2009,kind=A),
"Furukawa2013":dict(authors=["Furukawa","Cordova","O'Keeffe","Yaghi"],title="The Chemistry and Applications of Metal-Organic Frameworks",year=2013,kind=A),
"Sumida2012":dict(authors=["Sumida","Rogow","Mason","McDonald","Bloch","Herm","Bae","Long"],title="Carbon Dioxide Capture in Metal–Organic Frameworks",year=2012,kind=A),
"Caskey2008":dict(authors=["Caskey","Wong-Foy","Matzger"],title="Dramatic Tuning of Carbon Dioxide Uptake via Metal Substitution in a Coordination Polymer with Cylindrical Pores",year=2008,kind=A),
"McDonald2015":dict(authors=["McDonald"],title="Cooperative insertion of CO2 in diamine-appended metal-organic frameworks",year=2015,kind=A),
"Kim2020":dict(authors=["Kim","Siegelman","Jiang","Forse","Lee","Martell","Milner","Falkowski","Neaton","Reimer","Weston","Long"],title="Cooperative carbon capture and steam regeneration with tetraamine-appended metal–organic frameworks",year=2020,kind=A),
"Brunauer1938":dict(authors=["Brunauer","Emmett","Teller"],title="Adsorption of Gases in Multimolecular Layers",year=1938,kind=A),
"Thommes2015":dict(authors=["Thommes","Kaneko","Neimark","Olivier","Rodriguez-Reinoso","Rouquerol","Sing"],title="Physisorption of gases, with special reference to the evaluation of surface area and pore size distribution (IUPAC Technical Report)",year=2015,kind=A),
"Myers1965":dict(authors=["Myers","Prausnitz"],title="Thermodynamics of mixed-gas adsorption",year=1965,kind=A),
"Rouquerol2014":dict(authors=["Rouquerol","Rouquerol","Sing","Llewellyn","Maurin"],title="Adsorption by Powders and Porous Solids: Principles, Methodology and Applications",year=2014,kind=B),
}
cites=[("Rochelle2009",31),("Furukawa2013",32),("Sumida2012",32),("Caskey2008",34),("McDonald2015",36),("Kim2020",37),("Sumida2012",42),("Brunauer1938",53),("Thommes2015",53),("Myers1965",55),("Rouquerol2014",57),("Rochelle2009",64),("McDonald2015",65),("Caskey2008",77),("McDonald2015",78),("Kim2020",79),("Kim2020",87),("Dinakar2021",87),("Rochelle2009",90)]
key=dict(document="mof-co2-achemso/main.tex",reader="latex",clean=True,
about="An invented arXiv-style JACS communication (achemso class, articletitle=true, natbib numeric through achemso) on CO2 capture in an amine-appended Mg2(dobpdc) framework. Only refs.bbl is shipped (arXiv compiles from the .bbl; \\bibliography{refs} names a refs.bib that is absent), in achemso.bst's mciteplus shape (\\bibitem[Label(Year)Full list]{key}, \\mciteBstWouldAddEndPuncttrue boilerplate, McDonald2015 truncated to 'McDonald, T. M. et al.' by achemso's maxauthors, so keyed with one surname). mhchem \\ce{}, siunitx \\SI/\\SIlist/\\si, \\cite inside a \\caption (\\citenum and \\citet) and inside a booktabs table, \\cite[ch.~12]{k}, a commented-out \\cite of a key absent from the .bbl (line 39, not a citation), \\url and \\href (not citations). Invented: authors, affiliation, data, the Zenodo record. Works real, data as remembered. Planted: \\cite{Kim2020,Dinakar2021} at line 87 cites Dinakar2021, which the stale .bbl lacks: missing-literature-entry at line 87.",
citations=[list(c) for c in cites],notes=notes,defects=[dict(kind="missing-literature-entry",line=87)])
open("latex/mof-co2-achemso.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
