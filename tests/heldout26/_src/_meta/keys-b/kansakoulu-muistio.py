import json
B="book"
notes={
"halila1949":dict(authors=["Halila"],title="Suomen kansakoululaitoksen historia. I: Kansakoulun synty ja vakiintuminen",year=1949,kind=B),
"ahonen2003":dict(authors=["Ahonen"],title="Yhteinen koulu – tasa-arvoa vai tasapäisyyttä? Koulutuksellinen tasa-arvo Suomessa Snellmanista tähän päivään",year=2003,kind=B),
"nurmi1988":dict(authors=["Nurmi"],title="Uno Cygnaeus: suomalainen koulumies ja kasvattaja",year=1988,kind=B),
"rantala2020":dict(authors=["Rantala","Savolainen"],title="Kiertokoulut ja sisälukutaito Itä-Suomen maaseudulla 1870–1910",year=2020,kind="article"),
"korhonen2017":dict(authors=["Korhonen"],title="Rippikirjat lukutaidon lähteenä: Kuopion ja Mikkelin seurakunnat 1850–1890",year=2017,kind="thesis"),
"kansallisarkisto2021":dict(title="Seurakuntien arkistot ja kirkonkirjat",year=2021,url="https://kansallisarkisto.fi/seurakuntien-arkistot",kind="web"),
"kettunen2012":dict(title="Tiedon ja osaamisen Suomi: Kasvatus ja koulutus Suomessa 1960-luvulta 2000-luvulle",year=2012,kind=B),
"sahlberg2011":dict(authors=["Sahlberg"],title="Finnish Lessons: What Can the World Learn from Educational Change in Finland?",year=2011,kind=B),
"simola2015":dict(authors=["Simola"],title="The Finnish Education Mystery: Historical and Sociological Essays on Schooling in Finland",year=2015,doi="10.4324/9780203068793",kind=B),
}
cites=[("halila1949",17),("ahonen2003",18),("nurmi1988",26),("halila1949",26),("1",27),("korhonen2017",36),("kansallisarkisto2021",40),("halila1949",48),("rantala2020",49),("kettunen2012",63),("sahlberg2011",65),("simola2015",65),("nurmi1988",75)]
key=dict(reader="org",clean=True,
about="An invented research notebook of a Finnish doctoral student in the history of education (the 1866 elementary school decree and rural literacy), Org with NATIVE org-cite (Org 9.5+): #+bibliography: lahteet.bib, #+cite_export: csl chicago-author-date.csl, #+print_bibliography: under a Lähteet heading; [cite:@k], [cite/t:@k], [cite:see @a p. 4; @b] (prefix and locator, one pair per key), [cite:@k s. 33–35], [cite:@a; @b]; citations in a named table (two cells), in a plain list item under a TODO headline with SCHEDULED, and inside footnote [fn:1] (line 75, a citation of its own; the footnote marker at line 27 is keyed as label 1 with no fields: it is a remark that cites); PROPERTIES and LOGBOOK drawers with CLOCK lines, a #+begin_quote, a python src block reading the table with #+RESULTS:, an emacs-lisp src block setting org-cite-global-bibliography, [cite/n:@rantala2020] at line 35 (the /n style is nocite: listed, not cited in the text, as \\nocite; not a citation; rantala2020 is cited in the table at line 49), a commented line '# Poistettu luonnoksesta: [cite:@rinne1984]' (line 67, not a citation; rinne1984 is in the .bib, uncited). lahteet.bib in Better BibLaTeX shape: @book, @article, @thesis with type = {Pro gradu -tutkielma}, @online with urldate and a braced corporate author (Kansallisarkisto, not keyed), @collection with editors only (no authors keyed). Invented: the notebook and its author, the table's figures, Rantala & Savolainen 2020 (the journal is real), Korhonen 2017, the Kansallisarkisto page URL. Other works real, data (years, publishers) as remembered. Clean.",
citations=[list(c) for c in cites],notes=notes)
open("org/kansakoulu-muistio.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
