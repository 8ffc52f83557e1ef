"""Writes the annotated LibreOffice HTML export of the Italian essay and its meta.json."""
import json, os, re, textwrap
HERE = os.path.join(os.path.dirname(__file__), "../html/caravaggio-roma-saggio")

paras = [
 ("h1", "Caravaggio a Roma, 1592-1600: le fonti, il cardinale, la bottega"),
 ("author", "Chiara Vallesi"),
 ("p", "Pochi pittori hanno lasciato una traccia documentaria così ricca e, insieme, così difficile da leggere come Michelangelo Merisi. Le tre biografie seicentesche che ne raccontano gli anni romani sono state scritte da un rivale, da un medico collezionista e da un teorico del classicismo, e ciascuna di esse piega i fatti a un giudizio già formato.[1] Il presente saggio riprende la questione dei primi anni romani alla luce dei documenti pubblicati negli ultimi due decenni."),
 ("h2", "1. Le biografie"),
 ("p", "Giovanni Baglione, che con Caravaggio ebbe un processo per diffamazione nel 1603, descrive il giovane lombardo come un pittore «satirico e altiero», capace di dipingere soltanto dal naturale.[2] Il medico senese Giulio Mancini, che lo conobbe di persona, ne ricorda invece la malattia e il ricovero all'ospedale della Consolazione.[3] Lo stesso Mancini precisa che in quel periodo il pittore dipinse alcuni quadri «per vendere».[4]"),
 ("p", "Giovan Pietro Bellori, infine, scrivendo settant'anni dopo, costruisce l'immagine di un artista privo di disegno e di decoro, destinata a pesare a lungo sulla critica.[5] Le pagine di Bellori vanno lette accanto a quelle, assai più brevi, che Karel van Mander dedicò al pittore già nel 1604.[6] Su questo intreccio di testimonianze si veda ora la puntuale ricostruzione di Francesca Cappelletti.[7]"),
 ("h2", "2. Il cardinale Del Monte"),
 ("p", "Dal 1595 circa Caravaggio fu accolto nel palazzo Madama, residenza del cardinale Francesco Maria Del Monte, agente del granduca di Toscana a Roma. Che il cardinale abbia orientato le scelte iconografiche del pittore, soprattutto nelle tele di soggetto musicale, è stato sostenuto fin dagli studi del 1971.[8] Frommel, nello stesso fascicolo, metteva in relazione i primi quadri con gli interessi scientifici della cerchia delmontiana.[9] La tesi ha trovato conferma negli inventari pubblicati in seguito.[10]"),
 ("p", "Quanto al <i>Bacchino malato</i> della Galleria Borghese, la tradizione lo identifica con un autoritratto eseguito durante o subito dopo la malattia ricordata da Mancini.[11] La scheda del museo accoglie questa lettura con prudenza.[12]"),
 ("h2", "3. Bottega e mercato"),
 ("p", "Prima dell'ingresso in casa Del Monte il pittore lavorò nella bottega di Giuseppe Cesari, il Cavalier d'Arpino, dipingendo «fiori e frutti».[13] Il dato, riferito da Bellori, è confermato da Baglione.[14] Roberto Longhi, nella monografia del 1952, vi vedeva il germe della «natura morta» moderna.[15] Di diverso avviso Calvesi, che insiste sulla lettura simbolica e religiosa anche delle prime opere.[16]"),
 ("p", "La mostra fiorentina del 1991, grazie alle indagini radiografiche, ha mostrato quanto il pittore correggesse le composizioni direttamente sulla tela.[17] Gli stessi risultati sono stati discussi nel catalogo della mostra romana del 2011 all'Archivio di Stato.[18] Per le carte processuali e di polizia si rimanda alla stessa sede.[19]"),
 ("p", "Infine, la monografia di Sybille Ebert-Schifferer ha proposto una cronologia dei primi anni in parte diversa da quella tradizionale.[20] Si tratta di una proposta che, a nostro avviso, merita di essere verificata sui documenti d'archivio, come si è cercato di fare in queste pagine.[21]"),
]

notes = {
 1: "Per un quadro d'insieme cfr. M. Gregori (a cura di), <i>Caravaggio. Come nascono i capolavori</i>, catalogo della mostra (Firenze, Palazzo Pitti; Roma, Palazzo Ruspoli, 1991-1992), Milano, Electa, 1991, pp. 13-29.",
 2: "G. Baglione, <i>Le vite de' pittori, scultori et architetti. Dal Pontificato di Gregorio XIII del 1572. In fino a' tempi di Papa Urbano Ottavo nel 1642</i>, Roma, Andrea Fei, 1642, pp. 136-139.",
 3: "G. Mancini, <i>Considerazioni sulla pittura</i>, a cura di A. Marucchi e L. Salerno, 2 voll., Roma, Accademia Nazionale dei Lincei, 1956-1957, I, pp. 223-226.",
 4: "Ivi, p. 224.",
 5: "G.P. Bellori, <i>Le vite de' pittori, scultori e architetti moderni</i>, a cura di E. Borea, Torino, Einaudi, 1976, pp. 211-236.",
 6: "K. van Mander, <i>Het Schilder-Boeck</i>, Haarlem, Paschier van Wesbusch, 1604, f. 191r.",
 7: "F. Cappelletti, <i>Caravaggio. Un ritratto somigliante</i>, Milano, Electa, 2009, pp. 27-58.",
 8: "L. Spezzaferro, <i>La cultura del cardinal Del Monte e il primo tempo del Caravaggio</i>, in «Storia dell'arte», 9-10, 1971, pp. 57-92.",
 9: "C.L. Frommel, <i>Caravaggios Frühwerk und der Kardinal Francesco Maria del Monte</i>, in «Storia dell'arte», 9-10, 1971, pp. 5-52.",
 10: "Z. Wazbinski, <i>Il cardinale Francesco Maria Del Monte, 1549-1626</i>, 2 voll., Firenze, Olschki, 1994, I, pp. 95-110.",
 11: "G. Mancini, <i>Considerazioni sulla pittura</i>, cit., I, p. 224.",
 12: "Galleria Borghese, <i>Bacchino malato</i>, scheda dell'opera, <a href=\"https://galleriaborghese.beniculturali.it/opere/bacchino-malato/\">https://galleriaborghese.beniculturali.it/opere/bacchino-malato/</a> (consultato il 3 maggio 2024).",
 13: "G.P. Bellori, <i>Le vite</i>, cit., p. 213.",
 14: "G. Baglione, <i>Le vite</i>, cit., p. 136.",
 15: "R. Longhi, <i>Caravaggio</i>, Milano, Aldo Martello, 1952, pp. 9-12.",
 16: "M. Calvesi, <i>Le realtà del Caravaggio</i>, Torino, Einaudi, 1990, pp. 191-204.",
 17: "M. Gregori (a cura di), <i>Caravaggio. Come nascono i capolavori</i>, cit., pp. 70-85.",
 18: "R. Vodret (a cura di), <i>Caravaggio a Roma. Una vita dal vero</i>, catalogo della mostra (Roma, Archivio di Stato, 2011), Roma, De Luca, 2011, pp. 41-60.",
 19: "Ibidem.",
 20: "S. Ebert-Schifferer, <i>Caravaggio. Sehen – Staunen – Glauben. Der Maler und sein Werk</i>, München, C.H. Beck, 2009, pp. 40-67.",
 21: "Sulle fonti archivistiche si tornerà in un prossimo contributo.",
}

def anchor(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
            f'<sup>{n}</sup></a>')

head = '''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title>Caravaggio a Roma, 1592-1600</title>
	<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>
	<meta name="author" content="Chiara Vallesi"/>
	<meta name="created" content="2024-04-18T10:12:44.115000000"/>
	<meta name="changed" content="2024-05-06T17:40:02.731000000"/>
	<style type="text/css">
		@page { size: 21cm 29.7cm; margin: 2cm }
		p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
		h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h2 { margin-top: 0.35cm; margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		p.sdfootnote-western { margin-left: 0.6cm; text-indent: -0.6cm; margin-bottom: 0cm; font-size: 10pt; line-height: 100% }
		a.sdfootnoteanc { font-size: 57% }
	</style>
</head>
<body lang="it-IT" link="#000080" vlink="#800000" dir="ltr"><h1 class="western">'''

out = [head.split("\n")[:-1], []]
lines = head.split("\n")
lines[-1] = lines[-1]  # '<body ...><h1 class="western">'
body = []
for kind, text in paras:
    if kind == "h1":
        lines[-1] += text + "</h1>"
        continue
    if kind == "author":
        body.append(f'<p class="western" align="right"><i>{text}</i></p>')
        continue
    if kind == "h2":
        body.append(f'<h2 class="western">{text}</h2>')
        continue
    # LibreOffice wraps long source lines; keep every anchor on one line and mark it
    html = re.sub(r"\[(\d+)\]", lambda m: "\x00" + m.group(1) + "\x01", text)
    words = html.split(" ")
    cur, plines = '<p class="western" style="margin-bottom: 0cm; line-height: 150%">', []
    for w in words:
        piece = re.sub("\x00(\\d+)\x01", lambda m: anchor(m.group(1)), w)
        if len(cur) + 1 + len(piece) > 100 and cur:
            plines.append(cur)
            cur = piece
        else:
            cur = cur + (" " if not cur.endswith('150%">') else "") + piece
    plines.append(cur + "</p>")
    for pl in plines:
        nums = re.findall(r'name="sdfootnote(\d+)anc"', pl)
        body.append(pl + ("⟦" + "|".join(nums) + "⟧" if nums else ""))
foot = []
for n, t in notes.items():
    foot.append(f'<div id="sdfootnote{n}"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote{n}sym" href="#sdfootnote{n}anc">{n}</a>{t}</p>')
    foot.append("</div>")
text = "\n".join(lines + body + foot + ["</body>", "</html>", ""])
os.makedirs(HERE, exist_ok=True)
open(os.path.join(HERE, "saggio.html"), "w", encoding="utf-8").write(text)

A, B, W, CH = "article", "book", "web", "chapter"
gregori = dict(title="Caravaggio. Come nascono i capolavori", year=1991, kind=B)
baglione = dict(authors=["Baglione"], title="Le vite de' pittori, scultori et architetti. Dal Pontificato di Gregorio XIII del 1572. In fino a' tempi di Papa Urbano Ottavo nel 1642", year=1642, kind=B)
mancini = dict(authors=["Mancini"], title="Considerazioni sulla pittura", year=1956, kind=B)
bellori = dict(authors=["Bellori"], title="Le vite de' pittori, scultori e architetti moderni", year=1976, kind=B)
N = {
 "1": gregori, "2": baglione, "3": mancini, "4": mancini, "5": bellori,
 "6": dict(authors=["van Mander"], title="Het Schilder-Boeck", year=1604, kind=B),
 "7": dict(authors=["Cappelletti"], title="Caravaggio. Un ritratto somigliante", year=2009, kind=B),
 "8": dict(authors=["Spezzaferro"], title="La cultura del cardinal Del Monte e il primo tempo del Caravaggio", year=1971, kind=A),
 "9": dict(authors=["Frommel"], title="Caravaggios Frühwerk und der Kardinal Francesco Maria del Monte", year=1971, kind=A),
 "10": dict(authors=["Wazbinski"], title="Il cardinale Francesco Maria Del Monte, 1549-1626", year=1994, kind=B),
 "11": mancini,
 "12": dict(title="Bacchino malato", url="https://galleriaborghese.beniculturali.it/opere/bacchino-malato/", kind=W),
 "13": bellori,
 "14": baglione,
 "15": dict(authors=["Longhi"], title="Caravaggio", year=1952, kind=B),
 "16": dict(authors=["Calvesi"], title="Le realtà del Caravaggio", year=1990, kind=B),
 "17": gregori,
 "18": dict(title="Caravaggio a Roma. Una vita dal vero", year=2011, kind=B),
 "19": dict(title="Caravaggio a Roma. Una vita dal vero", year=2011, kind=B),
 "20": dict(authors=["Ebert-Schifferer"], title="Caravaggio. Sehen – Staunen – Glauben. Der Maler und sein Werk", year=2009, kind=B),
 "21": dict(kind="commentary"),
}
meta = {
 "about": "An invented Italian art-history essay (author Chiara Vallesi, invented) on Caravaggio's first Roman years, as the HTML page LibreOffice Writer exports (generator LibreOffice 7.6, class=\"western\" paragraphs wrapped over several source lines, footnote anchors <a class=\"sdfootnoteanc\" name=\"sdfootnoteNanc\" href=\"#sdfootnoteNsym\"><sup>N</sup></a>, notes as <div id=\"sdfootnoteN\"><p class=\"sdfootnote-western\"><a class=\"sdfootnotesym\" …>N</a>…</p></div> at the end, no heading over them). Italian humanities notes: 'a cura di', «Journal», 9-10, 1971, pp. 57-92, cit., Ivi, p. 224, Ibidem., cfr., catalogo della mostra, volume and leaf locators (I, pp.; f. 191r), a museum web page 'consultato il 3 maggio 2024', a commentary note (21). No bibliography. Real works with their data as remembered; the museum URL as remembered. Notes repeating a work (cit., Ivi, Ibidem) keyed with the fields of the work they repeat; exhibition catalogues and edited volumes ('a cura di') keyed without authors; Mancini's two-volume edition keyed with its first year, 1956. Clean.",
 "document": "saggio.html",
 "reader": "html",
 "clean": True,
 "notes": N,
}
open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
