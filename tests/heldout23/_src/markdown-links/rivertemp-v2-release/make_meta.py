import json
urls = [
 "https://doi.org/10.1111/j.1365-2427.2006.01597.x",
 "https://doi.org/10.1016/j.gloenvcha.2012.11.002",
 "https://eur-lex.europa.eu/eli/dir/2000/60/oj",
 "https://www.eea.europa.eu/en/datahub",
 "https://grdc.bafg.de/",
 "https://cds.climate.copernicus.eu/datasets/reanalysis-era5-land",
 "https://specs.frictionlessdata.io/data-package/",
 "https://doi.org/10.1029/98WR01877",
 "https://doi.org/10.5281/zenodo.11183347",
 "https://doi.org/10.1038/sdata.2016.18",
 "https://danepubliczne.imgw.pl/",
 "https://www.smhi.se/data",
 "https://snirh.apambiente.pt/",
]
meta = {
 "about": "An invented open-data project's Docusaurus blog post (.mdx) announcing release 2.0 of a European river water temperature dataset (RiverTemp, its authors Nerea Ibarra, Oskar Lindqvist and Marta Wójcik, its figures, the data.rivertemp.eu mirror and the Zenodo DOI 10.5281/zenodo.11183347 are invented): front matter (slug, authors, tags, image, date), MDX import lines, a <StationMap /> JSX component, <!-- truncate -->, a ':::info' admonition and an <Admonition> JSX component, inline links that cite their sentence (DOIs of real articles, EUR-Lex, EEA, GRDC, Copernicus CDS, Frictionless specs; the CC BY 4.0 licence link says how the data may be reused and cites nothing: no citation, as licence links in earlier corpora), two links whose text breaks over two lines (keyed at their first line), site-relative links to its own docs (no citations), a table with percentages in parentheses, a Python code block holding a URL (no citation), and a 'How to cite' section whose <Tabs> hold a fenced ```bibtex @dataset entry for the dataset itself and an APA line — reader-choice trap (reader_not: bibtex). Links keyed L1... (one per distinct URL, two URLs cited twice; 13 works) by first appearance, with their URL only. Clean.",
 "document": "2024-05-14-rivertemp-v2.mdx",
 "reader": "markdown-links",
 "reader_not": ["bibtex"],
 "clean": True,
 "notes": {f"L{i+1}": {"url": u} for i, u in enumerate(urls)},
}
open("meta.json", "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
