import sys, json; sys.path.insert(0, "../..")
A, B, R = "article", "book", "report"
notes = {
 "boardman1991": dict(authors=["Boardman"], title="Fuel Poverty: From Cold Homes to Affordable Warmth", year=1991, kind=B),
 "hills2012": dict(authors=["Hills"], title="Getting the Measure of Fuel Poverty: Final Report of the Fuel Poverty Review", year=2012, kind=R),
 "bouzarovski2015": dict(authors=["Bouzarovski", "Petrova"], title="A global perspective on domestic energy deprivation: Overcoming the energy poverty-fuel poverty binary", year=2015, doi="10.1016/j.erss.2015.06.007", kind=A),
 "thomson2013": dict(authors=["Thomson", "Snell"], title="Quantifying the prevalence of fuel poverty across the European Union", year=2013, doi="10.1016/j.enpol.2012.10.009", kind=A),
 "ek2023doporuceni": dict(title="Doporučení Komise (EU) 2023/2407 ze dne 20. října 2023 o energetické chudobě", year=2023, url="https://eur-lex.europa.eu/legal-content/CS/TXT/?uri=CELEX:32023H2407"),
 "walker2012": dict(authors=["Walker", "Day"], title="Fuel poverty as injustice: Integrating distribution, recognition and procedure in the struggle for affordable warmth", year=2012, doi="10.1016/j.enpol.2012.01.044", kind=A),
 "middlemiss2015": dict(authors=["Middlemiss", "Gillard"], title="Fuel poverty from the bottom-up: Characterising household energy vulnerability through the lived experience of the fuel poor", year=2015, doi="10.1016/j.erss.2015.02.001", kind=A),
 "hormannova2018": dict(authors=["Hormannová"], title="Bydlení a sociální vyloučení: chudoba za zavřenými dveřmi", year=2018, kind=B),
 "cermakova2021": dict(authors=["Čermáková", "Novotný"], title="Energetická chudoba v Česku: vymezení a měření na datech EU-SILC", year=2021, kind=A),
 "csu2023silc": dict(title="Příjmy a životní podmínky domácností - 2023", year=2023, url="https://www.czso.cz/csu/czso/prijmy-a-zivotni-podminky-domacnosti-2023", kind=R),
 "kratochvil2020": dict(authors=["Kratochvíl"], title="Dostupnost vytápění v domácnostech seniorů v Jihomoravském kraji", year=2020),
 "mpo2019plan": dict(title="Vnitrostátní plán České republiky v oblasti energetiky a klimatu", year=2019, url="https://www.mpo.cz/cz/energetika/strategicke-a-koncepcni-dokumenty/vnitrostatni-plan-ceske-republiky-v-oblasti-energetiky-a-klimatu--252018/", kind=R),
 "2": dict(kind="commentary"),
}
meta = {
 "about": "A chapter of an invented Czech master's thesis (author Klára Menšíková invented) on energy poverty, Pandoc Markdown with YAML front matter (lang: cs-CZ, bibliography: literatura.bib, csl: iso690-author-date-cs.csl, link-citations, reference-section-title), Czech locators ([@k, s. 201–203], [@a, s. 42; @b, s. 569]), author-suppressed [-@k], narrative @k and @k [s. 565–567], 'viz' / 'viz též' prefixes, a citation spanning two lines (keyed at its first line), a pipe-less simple table whose caption cites two keys, two Pandoc footnotes ([^1] holding a citation of its own, [^2] commentary). literatura.bib: 12 entries exported from Zotero with langid czech/english, {Č} braces, corporate authors in double braces (keyed without authors), @techreport, @report, @misc (an EU recommendation), @mastersthesis (keyed without kind). Invented: hormannova2018, cermakova2021, kratochvil2020 and the thesis; the rest are real works with their data as remembered (the ČSÚ and MPO URLs as remembered). Planted: @bednarik2019 is cited but missing from literatura.bib, missing-literature-entry at its line.",
 "document": "kapitola2.md",
 "reader": "pandoc-markdown",
 "clean": True,
 "notes": notes,
}
open("meta.json", "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
