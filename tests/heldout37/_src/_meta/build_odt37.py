"""Writes tests/heldout37/odt/smart-working-it.odt and its key with the corpus ODT builder
(tests/corpus_build/build_odt.py: its Doc class and markup), its output folder and styles set
to those of a Word file opened and saved by LibreOffice (Word's style names kept: Normal as
'Standard', 'Footnote' for Word's footnote text, the list typed as plain P2 paragraphs).
    .venv/bin/python tests/heldout37/_src/_meta/build_odt37.py"""
import sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests" / "corpus_build"))
import build_odt as bo  # noqa: E402

bo.OUT = ROOT / "tests" / "heldout37" / "odt"
bo.AUTO_STYLES = """<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/><style:text-properties officeooo:rsid="0012a4c1" officeooo:paragraph-rsid="0012a4c1" xmlns:officeooo="http://openoffice.org/2009/office"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="1.25cm" fo:text-indent="-1.25cm"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>
</office:automatic-styles>"""
bo.STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.282cm" fo:line-height="108%"/><style:text-properties style:font-name="Calibri" fo:font-size="11pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="16pt" fo:color="#2f5496"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="100%"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:text-properties fo:font-size="22pt"/></style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>"""

LINES = [
 "# Il lavoro agile nelle piccole e medie imprese italiane dopo la pandemia",
 "Il ricorso al lavoro da remoto, rimasto marginale in Italia fino al 2019, è cresciuto in pochi mesi fino a coinvolgere milioni di lavoratori.{fn:Istat (2021), cap. 4.} La disciplina del «lavoro agile» esisteva già dal 2017,{fn:L. 22 maggio 2017, n. 81, artt. 18-23.} ma era applicata quasi solo nelle grandi imprese.⟦1|2⟧",
 "La letteratura internazionale offre stime della quota di occupazioni svolgibili da casa{fn:Dingel e Neiman (2020), p. 3.} e prove sperimentali sugli effetti sulla produttività.{fn:Bloom et al. (2015). Lo studio riguarda un call center di un’agenzia di viaggi cinese: cfr. {it:ivi}, pp. 170-176.} Più di recente si è osservato che, dopo la fine delle restrizioni, il lavoro da remoto si è stabilizzato su livelli molto superiori a quelli pre-pandemici.{fn:Barrero, Bloom e Davis (2023).}⟦3|4|5⟧",
 "# Dati e metodo",
 "Utilizziamo i microdati di un’indagine condotta nel 2023 su 1.214 imprese manifatturiere e dei servizi della Lombardia e del Veneto.{fn:Per il disegno campionario si rinvia a Neri (2019), pp. 33-40.} La variabile di interesse è la quota di giornate lavorate da remoto per addetto; la classificazione delle mansioni segue quella proposta per l’Italia da Ferrante.{fn:Ferrante (2023), tab. 2.}⟦6|7⟧",
 "# Risultati",
 "Nelle imprese con meno di cinquanta addetti la quota media è del 6,1 per cento, contro il 14,8 per cento delle imprese più grandi. La differenza si riduce, ma non scompare, a parità di composizione delle mansioni.{fn:Il risultato è robusto all’esclusione delle imprese del settore ICT.} Come in Barrero, Bloom e Davis,{fn:{it:Ibidem}.} le imprese che dichiarano di aver investito in strumenti digitali prima del 2020 sono quelle in cui il lavoro agile è rimasto più diffuso.⟦8|9⟧",
 "Il dato coincide con quanto rilevato dall’Osservatorio Smart Working del Politecnico di Milano per le PMI.{fn:Osservatorio Smart Working (2023), {link:https://www.osservatori.net/it/ricerche/osservatori-attivi/smart-working|www.osservatori.net}.}⟦10⟧",
 "# Riferimenti bibliografici",
 "Barrero, J. M., Bloom, N. e Davis, S. J. (2023). The evolution of work from home. {it:Journal of Economic Perspectives}, 37(4), 23-50. https://doi.org/10.1257/jep.37.4.23",
 "Bloom, N., Liang, J., Roberts, J. e Ying, Z. J. (2015). Does working from home work? Evidence from a Chinese experiment. {it:The Quarterly Journal of Economics}, 130(1), 165-218. https://doi.org/10.1093/qje/qju032",
 "Dingel, J. I. e Neiman, B. (2020). How many jobs can be done at home? {it:Journal of Public Economics}, 189, 104235. https://doi.org/10.1016/j.jpubeco.2020.104235",
 "Ferrante, L. (2023). Mansioni telelavorabili e dimensione d’impresa in Italia. {it:Economia e Lavoro}, 57(2), 71-94.",
 "Istat (2021). {it:Rapporto annuale 2021. La situazione del Paese}. Roma: Istituto nazionale di statistica.",
 "Osservatorio Smart Working (2023). {it:Smart working: il lavoro del futuro è già qui}. Milano: Politecnico di Milano, School of Management.",
]
bar = dict(authors=["Barrero", "Bloom", "Davis"], title="The evolution of work from home", year=2023, doi="10.1257/jep.37.4.23", kind="article")
blo = dict(authors=["Bloom", "Liang", "Roberts", "Ying"], title="Does working from home work? Evidence from a Chinese experiment", year=2015, doi="10.1093/qje/qju032", kind="article")
din = dict(authors=["Dingel", "Neiman"], title="How many jobs can be done at home?", year=2020, doi="10.1016/j.jpubeco.2020.104235", kind="article")
fer = dict(authors=["Ferrante"], title="Mansioni telelavorabili e dimensione d’impresa in Italia", year=2023, kind="article")
ist = dict(title="Rapporto annuale 2021. La situazione del Paese", year=2021, kind="report")
oss = dict(title="Smart working: il lavoro del futuro è già qui", year=2023, kind="report")
META = {
 "title": "Il lavoro agile nelle piccole e medie imprese italiane dopo la pandemia",
 "reader": "odt", "clean": True,
 "about": "An invented Italian economics working paper (remote work in Italian SMEs after the pandemic) written in Word and saved by LibreOffice as .odt: built with the corpus ODT builder (tests/corpus_build/build_odt.py, Doc class) from _meta/build_odt37.py, its styles replaced by those LibreOffice keeps from a Word file (Standard with Calibri 11pt, Heading 1 in Word's blue, Footnote, Footnote Symbol, automatic P1 justified with officeooo rsids, P2 hanging indent, T1/T2). Ten footnotes (text:note, note-class footnote) in author-year short form pointing to a typed list 'Riferimenti bibliografici' (APA-like, Italian 'e', DOIs as plain text): 'Istat (2021), cap. 4.', 'Dingel e Neiman (2020), p. 3.', 'Bloom et al. (2015). … cfr. ivi, pp. 170-176.', 'Barrero, Bloom e Davis (2023).', 'Ibidem.' (9 → Barrero et al.), one law (2: L. 81/2017, keyed with the year only), one commentary (8), one note with a hyperlink (10 → the Osservatorio report; the link to the observatory's site keyed as its url would not be: not keyed). Labels: footnote numbers; lines: body paragraph numbers (headings and list paragraphs included). Literature: the six typed entries; corporate authors (Istat, Osservatorio) not keyed, their works reports. Invented: the paper, the survey and figures, Ferrante 2023 (journal, pages), Neri 2019. Real with data as remembered: Barrero, Bloom & Davis 2023, Bloom et al. 2015, Dingel & Neiman 2020, Istat Rapporto annuale 2021, the Osservatorio Smart Working 2023 report (title as remembered), L. 81/2017. Planted: note 6 cites 'Neri (2019), pp. 33-40', which has no entry in the list: missing-literature-entry at paragraph 5.",
 "notes": {"1": ist, "2": dict(year=2017), "3": din, "4": blo, "5": bar, "6": dict(authors=["Neri"], year=2019), "7": fer, "8": dict(kind="commentary"), "9": bar, "10": oss},
 "literature": [bar, blo, din, fer, ist, oss],
 "defects": [{"kind": "missing-literature-entry", "line": 5}],
}

lines, marks = [], []
for i, l in enumerate(LINES):
    lines.append(bo.NOTE.sub("", l))
bo.OUT.mkdir(parents=True, exist_ok=True)
doc = bo.Doc("smart-working-it", META, lines)
# typed list paragraphs in P2, as Word's hanging-indent paragraphs come through
orig = bo.Doc.paragraph
def paragraph(self, text, style="P1"):
    if self.para >= 9 and style == "P1":
        style = "P2"
    return orig(self, text, style)
bo.Doc.paragraph = paragraph
doc.write()
print(doc.cites)
