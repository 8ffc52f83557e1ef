"""Builds heldout41 half A's odt document (a Swedish history-of-education thesis excerpt, two
chapters, footnote numbering restarting in each chapter as LibreOffice renders it when the
footnote settings say "Counting: Per chapter") with the corpus ODT builder
(tests/corpus_build/build_odt.py), pointed at tests/heldout41/odt.  Two changes to the builder,
made here: styles.xml gets LibreOffice's <text:notes-configuration text:note-class="footnote"
text:start-numbering-at="chapter"/>, and each footnote's note-citation is its number within its
chapter (a chapter = a text:h of outline level 1 whose text starts with a digit).  Key labels are
<chapter>.<n> (the corpus convention for restarting notes, README `<part>.<n>`); lines are body
paragraph numbers, written by the builder from the same markup.

    .venv/bin/python tests/heldout41/_src/_meta/build_odt41a.py
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout41" / "odt"
build_odt.OUT.mkdir(parents=True, exist_ok=True)
build_odt.STYLES = build_odt.STYLES.replace(
    "</office:styles>",
    '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
    'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
    'text:footnotes-position="page" text:start-numbering-at="chapter"/>'
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
    "</office:styles>", 1)
assert "start-numbering-at" in build_odt.STYLES
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


COMPUTED = []


class ChapterDoc(build_odt.Doc):
    """Footnotes numbered per chapter; the key's label is chapter.n."""

    def note(self, kind, body):
        chapter = sum(1 for p in CHAPTER_PARAS if p <= self.para)
        self._per = getattr(self, "_per", {})
        self._per[chapter] = self._per.get(chapter, 0) + 1
        n = self._per[chapter]
        self.footnotes += 1
        nid = f"ftn{self.footnotes}"
        COMPUTED.append((f"{chapter}.{n}", self.para))  # checked against the ⟦label⟧ annotations below
        paragraphs = "".join(f'<text:p text:style-name="Footnote">{self.inline(p, True)}</text:p>' for p in body.split(" ¶ "))
        return (f'<text:note text:id="{nid}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f"<text:note-body>{paragraphs}</text:note-body></text:note>")


rich = dict(authors=["Richardson"], title="Svensk utbildningshistoria: Skola och samhälle förr och nu", year=2010, kind=B)
marklund = dict(authors=["Marklund"], title="Skolsverige 1950–1975. Del 1: 1950 års reformbeslut", year=1980, kind=B)
johansson = dict(authors=["Johansson"], title="The History of Literacy in Sweden", year=1981, kind=CH)
englund = dict(authors=["Englund"], title="Curriculum as a Political Problem: Changing Educational Conceptions, with Special Reference to Citizenship Education", year=1986, kind=T)
lundgren = dict(authors=["Lundgren"], title="Frame Factors and the Teaching Process: A Contribution to Curriculum Theory and Theory on Teaching", year=1972, kind=B)
sou = dict(title="1946 års skolkommissions betänkande med förslag till riktlinjer för det svenska skolväsendets utveckling", year=1948, kind=R)
larsson = dict(title="Utbildningshistoria: En introduktion", year=2011, kind=B)
ra = dict(kind=U)
ssa = dict(kind=U)

NOTES = {
 "1.1": rich, "1.2": larsson, "1.3": englund, "1.4": englund, "1.5": lundgren, "1.6": rich, "1.7": dict(kind=C),
 "2.1": johansson, "2.2": rich, "2.3": rich, "2.4": sou, "2.5": ra, "2.6": ra, "2.7": marklund, "2.8": ssa, "2.9": marklund,
}

LINES = [
 "Uppsala universitet, Institutionen för pedagogik, didaktik och utbildningsstudier",
 "Enhetsskolans vardag: Lärare, läroplaner och lokala beslut i svensk folkskola 1946–1962",
 "Ingrid Sjövall Haddad",
 "Avhandlingsmanuskript, kapitel 1–2 (slutseminarium 14 november 2024)",
 "# Förkortningar",
 "RA = Riksarkivet, Stockholm",
 "SSA = Stockholms stadsarkiv",
 "SOU = Statens offentliga utredningar",
 "UUB = Uppsala universitetsbibliotek",
 "# 1 Inledning",
 "Hösten 1949 fick ett fyrtiotal lärare i Stockholms folkskolor ett brev från folkskoledirektionen med frågan om de ville delta i försöksverksamheten med nioårig enhetsskola. Den här avhandlingen handlar om vad som hände sedan, i klassrummen och i de lokala styrelserna, snarare än i riksdagen. Skolreformernas historia har oftast skrivits uppifrån, som en följd av utredningar och beslut.{fn:Gunnar Richardson, {it:Svensk utbildningshistoria: Skola och samhälle förr och nu}, 8 uppl. (Lund: Studentlitteratur, 2010), s. 101–128.}⟦1.1⟧ Den utbildningshistoriska forskningen har de senaste två decennierna i stället intresserat sig för skolans praktiker, dess material och dess aktörer.{fn:Se översikten i Esbjörn Larsson och Johannes Westberg (red.), {it:Utbildningshistoria: En introduktion} (Lund: Studentlitteratur, 2011), s. 9–24.}⟦1.2⟧",
 "## 1.1 Syfte och frågeställningar",
 "Syftet är att undersöka hur enhetsskolans idé om en gemensam skola för alla tolkades av lärare och lokala skolmyndigheter under försöksperioden. Jag ansluter till Englunds läsning av läroplanerna som uttryck för olika medborgarfostrande traditioner.{fn:Tomas Englund, {it:Curriculum as a Political Problem: Changing Educational Conceptions, with Special Reference to Citizenship Education} (diss., Uppsala universitet, 1986), s. 151–190.}⟦1.3⟧ Hans periodisering bygger dock nästan helt på centrala dokument.{fn:Englund, {it:Curriculum as a Political Problem}, s. 200.}⟦1.4⟧",
 "## 1.2 Teoretiska utgångspunkter",
 "Ramfaktorteorin, så som den formulerades av Lundgren, är en självklar utgångspunkt för en studie av hur yttre villkor styr undervisningen.{fn:Ulf P. Lundgren, {it:Frame Factors and the Teaching Process: A Contribution to Curriculum Theory and Theory on Teaching} (Stockholm: Almqvist & Wiksell, 1972), s. 17–40.}⟦1.5⟧ Men teorin sade lite om hur lärare själva förhandlade om sina ramar, något som Richardson också noterar i sin översikt.{fn:Richardson, {it:Svensk utbildningshistoria}, s. 133.}⟦1.6⟧",
 "## 1.3 Material och disposition",
 "Materialet består av folkskoledirektionens protokoll, lärarnas rapporter om försöksklasserna och skolöverstyrelsens korrespondens.{fn:Citat ur arkivmaterialet återges med ursprunglig stavning; understrykningar i originalen återges med kursiv.}⟦1.7⟧ Kapitel 2 ger bakgrunden, kapitel 3–5 behandlar de tre skoldistrikt som studeras.",
 "# 2 Bakgrund: från folkskola till enhetsskola",
 "Den svenska folkskolan hade sedan 1842 byggt på en tanke om allmän men inte likvärdig utbildning. Läskunnigheten var hög långt före stadgan, tack vare husförhören och kyrkans krav.{fn:Egil Johansson, ”The History of Literacy in Sweden”, i {it:Literacy and Social Development in the West: A Reader}, red. Harvey J. Graff (Cambridge: Cambridge University Press, 1981), s. 151–182.}⟦2.1⟧ Parallellskolsystemet, med realskolan vid sidan av folkskolans högre klasser, gjorde att elevernas vägar delades redan vid tio eller elva års ålder.{fn:Gunnar Richardson, {it:Svensk utbildningshistoria: Skola och samhälle förr och nu}, 8 uppl. (Lund: Studentlitteratur, 2010), s. 70–84.}⟦2.2⟧",
 "Kritiken mot parallellskolan växte under mellankrigstiden men fick politisk tyngd först efter kriget.{fn:Ibid., s. 95.}⟦2.3⟧ 1946 års skolkommission föreslog en nioårig obligatorisk skola, gemensam för alla barn.{fn:SOU 1948:27, {it:1946 års skolkommissions betänkande med förslag till riktlinjer för det svenska skolväsendets utveckling} (Stockholm, 1948), s. 3–12.}⟦2.4⟧ Kommissionens arbete går att följa i dess arkiv, där sekreterarnas promemorior visar hur frågan om differentiering sköts framför sig.{fn:RA, 1946 års skolkommission, SE/RA/323594, vol. 14, PM 22 februari 1947.}⟦2.5⟧ Frågan kom tillbaka i varje remissomgång.{fn:Ibid., vol. 16, remissyttranden A–K.}⟦2.6⟧",
 "Riksdagsbeslutet 1950 innebar att enhetsskolan skulle prövas i försöksverksamhet innan den infördes.{fn:Sixten Marklund, {it:Skolsverige 1950–1975. Del 1: 1950 års reformbeslut} (Stockholm: Liber, 1980), s. 55–80.}⟦2.7⟧ I Stockholm tog folkskoledirektionen initiativ redan innan beslutet var fattat.{fn:SSA, Folkskoledirektionen, protokoll 1949, A1:88, § 214.}⟦2.8⟧ Det lokala initiativet har i den tidigare forskningen setts som ett undantag; i kapitel 3 argumenterar jag för att det snarare var regel.{fn:Jfr Marklund, {it:Skolsverige 1950–1975}, s. 112, som betonar skolöverstyrelsens styrning.}⟦2.9⟧",
]
CHAPTER_PARAS = [i + 1 for i, line in enumerate(LINES) if re.match(r"^# \d", line)]

ABOUT = ("An invented Swedish history-of-education doctoral thesis excerpt (chapters 1 and 2 of a manuscript for a final seminar, Uppsala) saved by LibreOffice Writer "
 "as .odt: title page paragraphs, an abbreviations list ('Förkortningar': RA = Riksarkivet, SSA = Stockholms stadsarkiv, SOU, UUB; plain paragraphs, not entries), "
 "chapter headings '1 Inledning' and '2 Bakgrund …' (outline level 1) with numbered sections, 16 footnotes whose numbering restarts in each chapter "
 "(styles.xml notes-configuration start-numbering-at=chapter; note-citation 1–7 in chapter 1, 1–9 in chapter 2). Chicago-like Swedish notes: full form at the "
 "first note of each chapter (Richardson in full again at 2.2), short forms after it ('Englund, Curriculum as a Political Problem, s. 200.', 'Richardson, "
 "Svensk utbildningshistoria, s. 133.'), 'Ibid., s. 95.' (2.3 -> Richardson), 'Ibid., vol. 16 …' (2.6 -> the RA file of 2.5), archival notes using the "
 "abbreviations (RA, SSA: unknown), an SOU (report), a doctoral thesis (Englund: thesis), a chapter in an edited reader (Johansson: chapter), an edited "
 "introduction book (Larsson & Westberg (red.): editors not keyed), a note that only comments (1.7: commentary), 'Jfr' and 'Se översikten i' notes. No "
 "bibliography in the excerpt. Labels: chapter.n (the corpus convention for restarting notes); lines are body paragraph numbers. Invented: the thesis, its "
 "author, the seminar, the archival references (SE/RA/323594, vol. 14 and 16, SSA A1:88 § 214). Real with data as remembered: Richardson 2010, Larsson & "
 "Westberg 2011, Englund 1986, Lundgren 1972, Johansson 1981, SOU 1948:27, Marklund 1980. Clean.")

doc = ChapterDoc("enhetsskolan-sv", {"title": "Enhetsskolans vardag kap 1-2", "reader": "odt", "clean": True, "about": ABOUT, "notes": NOTES}, LINES)
doc.write()
assert COMPUTED == doc.cites, (COMPUTED, doc.cites)
print("odt/enhetsskolan-sv.odt", CHAPTER_PARAS)
