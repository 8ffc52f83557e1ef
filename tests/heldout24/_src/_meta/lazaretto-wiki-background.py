import json, os
HERE = os.path.join(os.path.dirname(__file__), "../markdown-links/lazaretto-wiki-background")
urls = [
 "https://archiviodistatotrieste.it/",
 "https://www.routledge.com/Plague-Hospitals-Public-Health-for-the-City-in-Early-Modern-Venice/Crawshaw/p/book/9781138260023",
 "https://doi.org/10.1017/9781108767187",
 "https://yalebooks.yale.edu/book/9780300123579/contagion/",
 "https://www.routledge.com/Maritime-Quarantine-The-British-Experience-c1650-1900/Booker/p/book/9780754656074",
 "https://www.jstor.org/stable/4628208",
 "https://www.archiviodistatovenezia.it/it/patrimonio/fondi/provveditori-alla-sanita.html",
 "https://www.lazzarettiadriatico.it/fonti/patenti-di-sanita",
 "https://doi.org/10.1093/past/120.1.123",
 "https://tei-c.org/release/doc/tei-p5-doc/en/html/",
 "https://www.geonames.org/",
 "https://www.wikidata.org/wiki/Q546",
 "https://iiif.io/api/presentation/3.0/",
 "https://readcoop.eu/transkribus/howto/how-to-train-a-handwritten-text-recognition-model-in-transkribus/",
 "https://navigocorpus.hypotheses.org/",
]
notes = {f"L{i + 1}": {"url": u} for i, u in enumerate(urls)}
meta = {
 "about": "An invented digital-humanities project's GitHub wiki page (gollum Markdown, 'Historical-background.md' of an invented 'Lazaretto Ledgers' project transcribing the quarantine registers of the Santa Teresa lazaretto in Trieste; the project, its people, its Zenodo DOI and its figures are invented): gollum wiki links [[Transcription guidelines]], [[TEI encoding]], [[HTR model]], [[Home]] … (no citations), inline links that cite their sentence (an archive's site, publisher pages for books, DOIs as https URLs, the TEI P5 Guidelines, GeoNames, a Wikidata item, the IIIF Presentation API, a READ-COOP how-to, a project blog), links whose text is an author-year label '[Harrison 2012](…)', a JSTOR stable URL, a link in the middle of a sentence, a GitHub '> [!NOTE]' alert, inline code with TEI element names, a 'How to cite' section holding a fenced ```bibtex @dataset entry for the project itself — reader-choice trap (reader_not bibtex) — and a CC BY 4.0 licence link in a sentence stating the terms (no citation, as the project README says). Links keyed L1… per distinct URL in order of first appearance, with their URL only. The archive, publisher, DOI and documentation URLs are real as remembered; the lazzarettiadriatico.it portal is invented; Chase-Levenson's DOI is as remembered. Rothenberg's JSTOR id and the Venice archive URL are as remembered. Clean.",
 "document": "Historical-background.md",
 "reader": "markdown-links",
 "reader_not": ["bibtex"],
 "clean": True,
 "notes": notes,
}
open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
