import sys; sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from make import *
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
def S(t):  # markers {n} -> superscript placeholders
    return re.sub(r"\{(\d+)\}", lambda m: m.group(1).translate(SUP), t)
def fin(lines):
    out = []
    back = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
    for l in lines:
        marks = re.findall(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", l)
        l2 = l.translate(back)
        out.append(l2 + ("⟦" + "|".join(m.translate(back) for m in marks) + "⟧" if marks else ""))
    return out
def center(t, w=W): return " " * ((w - len(t)) // 2) + t

P = []
def page(head, body_paras, notes, foot):
    L = []
    if head: L += [head, ""]
    for kind, t in body_paras:
        if kind == "p": L += para(S(t))
        elif kind == "p0": L += para(S(t), indent=0)
        elif kind == "h": L += ["", t, ""]
        elif kind == "raw": L += t
    L += ["", "_______________", ""]
    for n, t in notes: L += note(n, t)
    L += ["", center(foot)]
    return fin(L)

p1 = ["", center("QUADERNI DI STORIA DELLA SANITÀ"), center("Anno XIV, n. 2 (2023), pp. 147-161"), "", "",
      center("«Serrar le porte al contagio»: rastelli, lazzaretto e governo"), center("della peste a Milano nel 1630"), "", center("Chiara Bellotti"),
      center("Università degli Studi di Pavia, Dipartimento di Studi Umanistici"), center("chiara.bellotti@unipv.example.it"), ""]
abstract = para("Riassunto. L'articolo ricostruisce le misure adottate dal Tribunale di Provvisione e dal Magistrato di Sanità durante la peste milanese del 1629-1630, con particolare attenzione al controllo delle porte cittadine e alla gestione del lazzaretto di San Gregorio. Le fonti a stampa e d'archivio mostrano un sistema sanitario tutt'altro che inerte, ma paralizzato dai conflitti di competenza.", indent=0)
kw = ["", "Parole chiave: peste; Milano; lazzaretto; Magistrato di Sanità; XVII secolo", "", ""]
body1 = [("h", "1. Introduzione"),
 ("p", "Quando, nell'ottobre del 1629, il protofisico Alessandro Tadino segnalò al Tribunale di Sanità i primi casi sospetti a Chiavenna e in Valsassina, la reazione delle autorità milanesi fu lenta e contraddittoria.{1} Le cronache contemporanee, a partire dal trattato latino di Giuseppe Ripamonti, insistono sull'incredulità dei magistrati e sulla pressione dei mercanti contrari a ogni chiusura dei traffici.{2} Lo stesso Ripamonti riferisce che il bando del 29 novembre venne pubblicato con settimane di ritardo.{3}"),
 ("p", "La storiografia ha a lungo letto questo ritardo come il sintomo di un'amministrazione inefficiente. Gli studi di Carlo M. Cipolla hanno invece mostrato che gli uffici di sanità dell'Italia centro-settentrionale disponevano, già nel primo Seicento, di strumenti sofisticati di sorveglianza, quarantena e controllo dei movimenti.{4}")]
notes1 = [(1, "A. Tadino, Raguaglio dell'origine et giornali successi della gran peste contagiosa, venefica, & malefica seguita nella città di Milano, Milano, Filippo Ghisolfi, 1648, p. 12."),
 (2, "G. Ripamonti, De peste quae fuit anno MDCXXX libri V, Milano, Malatesta, 1641."),
 (3, "Ivi, p. 27."),
 (4, "C.M. Cipolla, Chi ruppe i rastelli a Monte Lupo?, Bologna, Il Mulino, 1977, pp. 31-35.")]
pg1 = page(None, [("raw", p1 + abstract + kw)] + body1, notes1, "147")

body2 = [("p0", "Tra questi strumenti, i rastelli, ossia gli sbarramenti posti alle porte e lungo le strade di accesso, avevano un ruolo centrale.{5} A Milano, però, la loro efficacia dipendeva dalla disponibilità di guardie pagate dalla città, e i registri del 1630 documentano continue diserzioni. Secondo l'ipotesi epidemiologica di Guido Alfani, proprio la densità dei centri urbani del Nord Italia spiegherebbe la gravità eccezionale delle epidemie di quel secolo rispetto al resto d'Europa.{6}"),
 ("h", "2. Il lazzaretto di San Gregorio"),
 ("p", "Il lazzaretto, costruito alla fine del Quattrocento fuori Porta Orientale, era stato pensato per alcune centinaia di ricoverati. Nell'estate del 1630 ne ospitava, secondo una relazione del Tribunale di Provvisione, oltre quindicimila.{7} La cifra è probabilmente gonfiata, ma l'ordine di grandezza è confermato da altre fonti, e Cipolla la considera attendibile per i mesi di luglio e agosto.{8}"),
 ("raw", ["", "     Tabella 1. Mortalità stimata in alcune città lombarde, 1629-1631", "", "     Città            Popolazione (1628)     Morti stimati     %", "     Milano                  130.000           60.000        46", "     Como                     12.000            5.000        42", "     Bergamo                  25.000           10.000        40", "     Fonte: elaborazione dell'autrice su dati editi.", ""]),
 ("p", "Le conseguenze demografiche di lungo periodo furono rilevanti: uno studio recente ha stimato che le città colpite nel 1629-30 non recuperarono il proprio peso relativo neppure nel secolo successivo.{9}")]
notes2 = [(5, "Sul termine, che designava sia lo sbarramento fisico sia il posto di guardia, si veda il glossario in appendice; l'uso milanese non coincide del tutto con quello toscano."),
 (6, "G. Alfani, Plague in seventeenth-century Europe and the decline of Italy: an epidemiological hypothesis, «European Review of Economic History», 17 (2013), 4, pp. 408-430, doi: 10.1093/ereh/het013."),
 (7, "Archivio di Stato di Milano (ASMi), Sanità parte antica, cart. 280, Relazione del Tribunale di Provvisione sullo stato del lazzaretto, 14 luglio 1630."),
 (8, "Cipolla, Chi ruppe i rastelli, cit., p. 58."),
 (9, "G. Alfani, M. Percoco, Plague and long-term development: the lasting effects of the 1629-30 epidemic on the Italian cities, «The Economic History Review», 72 (2019), 4, pp. 1175-1201.")]
pg2 = page("148                                        CHIARA BELLOTTI", body2, notes2, "")

body3 = [("h", "3. Paura e ricerca dei colpevoli"),
 ("p", "Accanto alle misure sanitarie, la peste del 1630 produsse la caccia agli untori, resa celebre dalla ricostruzione manzoniana del processo a Guglielmo Piazza e Gian Giacomo Mora.{10} Manzoni vi sottolinea come i giudici, pur disponendo di conoscenze mediche sufficienti a dubitare delle accuse, scegliessero di credere alla confessione estorta con la tortura.{11}"),
 ("p", "Il sito del lazzaretto, demolito alla fine dell'Ottocento, sopravvive oggi solo nella chiesa di San Carlo al Lazzaretto e in pochi tratti di muro.{12} La sua memoria è tuttavia parte dell'identità cittadina, come dimostrano le numerose iniziative promosse in occasione della pandemia di COVID-19."),
 ("h", "4. Conclusioni"),
 ("p", "La documentazione esaminata suggerisce che il fallimento milanese del 1630 non fu tanto un problema di conoscenze, quanto di coordinamento tra magistrature e di risorse finanziarie. Resta da indagare, sulla base dei registri dei morti conservati nelle parrocchie, la distribuzione sociale e topografica della mortalità.")]
notes3 = [(10, "A. Manzoni, Storia della colonna infame, Milano, Guglielmini e Redaelli, 1842."),
 (11, "Ibidem."),
 (12, "Si veda la scheda Il Lazzaretto di Milano sul sito del Comune, https://www.comune.milano.it/cultura/patrimonio-storico/lazzaretto (consultato il 3 marzo 2023).")]
pg3 = page("                    «SERRAR LE PORTE AL CONTAGIO»                                    149", body3, notes3, "")
text = "\n".join(pg1) + "\n\f" + "\n".join(pg2) + "\n\f" + "\n".join(pg3) + "\n\f"
open(sys.argv[1], "w").write(text)
