"""Writes the annotated source of html/madrid-zbe (a Google Docs 'Download > Web page (.html)'
export: one line, inline CSS classes, footnotes as ftnt/ftnt_ref, google.com/url redirects).
    python3 tests/heldout36/_src/_meta/gen_gdocs.py"""
import os, zlib
from html import escape
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "html", "madrid-zbe", "madrid-zbe.html")

_ust = iter(range(1709476412345001, 1709476412345999, 37))


def g(url):
    """A link as Google Docs exports it: wrapped in a google.com/url redirect."""
    red = f"https://www.google.com/url?q={url}&sa=D&source=editors&ust={next(_ust)}&usg=AOvVaw{zlib.crc32(url.encode()) % 10**8:08d}Qx3kZp"
    return f'<span class="c9"><a class="c11" href="{escape(red)}">{escape(url)}</a></span>'


def s(text, cls="c2"):
    return f'<span class="{cls}">{escape(text)}</span>'


notes = []


def fn(*parts):
    """A footnote: parts are html strings (use s(), g())."""
    n = len(notes) + 1
    notes.append(f'<div><p class="c4"><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a>' + s("\u00a0", "c6") + "".join(parts) + "</p></div>")
    return f'<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>⟦{n}⟧'


def p(*parts, cls="c1"):
    return f'<p class="{cls}">' + "".join(parts) + "</p>"


def h(text, tag="h2", ident="h.3znysh7"):
    return f'<{tag} class="c8" id="{ident}"><span class="c10">{escape(text)}</span></{tag}>'


body = [
 p(s("Documento de trabajo 03/2024", "c14"), cls="c5"),
 f'<p class="c13 title" id="h.gjdgxs"><span class="c15">Zonas de bajas emisiones en Madrid: lo que sabemos de su efecto sobre la calidad del aire</span></p>',
 p(s("Observatorio de Movilidad Urbana Sostenible · Borrador para revisión interna · 4 de marzo de 2024", "c3"), cls="c5"),
 p(s("", "c2"), cls="c0 c7"),
 h("1. Introducción", ident="h.30j0zll"),
 p(s("La puesta en marcha de Madrid Central en noviembre de 2018 convirtió a la capital en el primer gran laboratorio español de restricción del tráfico por motivos ambientales. Los estudios disponibles coinciden en que las concentraciones de dióxido de nitrógeno bajaron dentro del perímetro en los meses siguientes"), fn(s("Salas, R., Perez-Villadoniga, M. J., Prieto-Rodriguez, J. y Russo, A. (2021). Were traffic restrictions in Madrid effective at reducing NO2 levels? "), s("Transportation Research Part D: Transport and Environment", "c2 c12"), s(", 91, 102689. "), g("https://doi.org/10.1016/j.trd.2020.102689"), s(".")), s(", aunque discrepan sobre la magnitud del efecto y sobre si hubo desplazamiento del tráfico hacia los distritos limítrofes"), fn(s("Lebrusán, I. y Toutouh, J. (2020). Using smart city tools to evaluate the effectiveness of a low emissions zone in Spain: Madrid Central. "), s("Smart Cities", "c2 c12"), s(", 3(2), 456-478. "), g("https://doi.org/10.3390/smartcities3020025")), s(".")),
 p(s("Este documento resume la evidencia para el distrito Centro, hoy denominado Zona de Bajas Emisiones de Especial Protección"), fn(s("Madrid Central dejó de existir formalmente en 2021; la nueva ordenanza de movilidad mantuvo el perímetro con otro nombre y otras excepciones. En este texto usamos ambos nombres indistintamente.")), s(", y plantea qué indicadores debería vigilar el Ayuntamiento en la ampliación a toda la ciudad.")),
 h("2. Marco normativo", ident="h.1fob9te"),
 p(s("La zona nació como medida del plan municipal de calidad del aire aprobado en 2017"), fn(s("Ayuntamiento de Madrid (2017). "), s("Plan A de Calidad del Aire y Cambio Climático de la Ciudad de Madrid", "c2 c12"), s(". Madrid: Área de Gobierno de Medio Ambiente y Movilidad.")), s(", que fijaba como objetivo cumplir los valores límite de la Directiva 2008/50/CE en todas las estaciones. El propio plan reconocía que las medidas de tráfico eran las únicas capaces de actuar sobre el NO₂ a corto plazo"), fn(s("Ibid., p. 42.")), s(".")),
 p(s("Desde 2021 la obligación de delimitar zonas de bajas emisiones alcanza a todos los municipios de más de 50 000 habitantes"), fn(s("Ley 7/2021, de 20 de mayo, de cambio climático y transición energética. "), s("Boletín Oficial del Estado", "c2 c12"), s(", núm. 121, de 21 de mayo de 2021. "), g("https://www.boe.es/eli/es/l/2021/05/20/7")), s(", y las guías de la Organización Mundial de la Salud rebajaron ese mismo año el valor recomendado de NO₂ anual a 10 µg/m³"), fn(s("World Health Organization (2021). "), s("WHO global air quality guidelines: particulate matter (PM2.5 and PM10), ozone, nitrogen dioxide, sulfur dioxide and carbon monoxide", "c2 c12"), s(". Ginebra: WHO. "), g("https://iris.who.int/handle/10665/345329")), s(", muy por debajo del límite legal europeo.")),
 h("3. Qué dice la evidencia", ident="h.3znysh7"),
 p(s("La experiencia europea con zonas de bajas emisiones es desigual: las que restringen sobre todo vehículos pesados han tenido efectos modestos, mientras que las que afectan a turismos diésel muestran reducciones más claras"), fn(s("Holman, C., Harrison, R. y Querol, X. (2015). Review of the efficacy of low emission zones to improve urban air quality in European cities. "), s("Atmospheric Environment", "c2 c12"), s(", 111, 161-169. "), g("https://doi.org/10.1016/j.atmosenv.2015.04.009")), s(". En Madrid, la estimación más citada sitúa la reducción de NO₂ en la estación de Plaza del Carmen en torno a un 15 % frente al escenario contrafactual"), fn(s("Salas et al., op. cit., p. 5.")), s(".")),
 f'<table class="c16"><tbody><tr class="c17"><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("Estación")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("NO₂ 2017 (µg/m³)")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("NO₂ 2019 (µg/m³)")}</p></td></tr><tr class="c17"><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("Plaza del Carmen")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("46")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("38")}</p></td></tr><tr class="c17"><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("Escuelas Aguirre")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("59")}</p></td><td class="c18" colspan="1" rowspan="1"><p class="c0">{s("51")}</p></td></tr></tbody></table>',
 p(s("Tabla 1. Medias anuales en dos estaciones de la red municipal (valores redondeados; elaboración propia).", "c3")),
 p(s("Los efectos económicos sobre el comercio del distrito, que fueron el principal argumento de la oposición a la medida, apenas se han estudiado con datos de ventas"), fn(s("Gutiérrez Olmedo, B. (2022). Zonas de bajas emisiones y comercio de proximidad: el caso del distrito Centro de Madrid. "), s("Revista de Estudios Urbanos Aplicados", "c2 c12"), s(", 14(2), 45-68.")), s(". La anulación judicial de la ordenanza en 2020, confirmada después por el Tribunal Supremo"), fn(s("Redacción (2021, 29 de septiembre). El Supremo confirma la anulación de Madrid Central por defectos de forma. "), s("El Diario Urbano", "c2 c12"), s(". "), g("https://www.eldiariourbano.es/madrid/supremo-confirma-anulacion-madrid-central_1_8271")), s(", interrumpió además la serie de sanciones, lo que complica cualquier evaluación de largo plazo.")),
 h("4. Recomendaciones", ident="h.2et92p0"),
 p(s("Proponemos mantener la red de sensores de bajo coste instalada en 2019, cuya utilidad para evaluar la zona ya se ha demostrado"), fn(s("Lebrusán y Toutouh, op. cit., pp. 470-472.")), s(", y publicar trimestralmente los datos de aforos en el anillo exterior del distrito.")),
]
css = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
       '.lst-kix_list_1-0>li:before{content:"\\0025cf   "}ol{margin:0;padding:0}table td,table th{padding:0}'
       '.c0{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
       '.c1{padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
       '.c2{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
       '.c3{color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal}'
       '.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
       '.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}'
       '.c6{font-size:10pt}.c7{height:11pt}.c8{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}'
       '.c9{color:#1155cc;text-decoration:underline}.c10{font-weight:400;font-size:16pt;font-family:"Arial"}.c11{color:inherit;text-decoration:inherit}'
       '.c12{font-style:italic}.c13{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid}.c14{font-size:9pt;color:#999999}'
       '.c15{font-size:26pt;font-family:"Arial"}.c16{border-spacing:0;border-collapse:collapse;margin-right:auto}.c17{height:0pt}'
       '.c18{border:1pt solid #000000;vertical-align:top;padding:5pt 5pt 5pt 5pt;width:150pt}'
       '.c19{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}'
       '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
       'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}')
html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">' + css + '</style></head>'
        '<body class="c19 doc-content">' + "".join(body) + '<hr class="c20">' + "".join(notes) + "</body></html>")
open(OUT, "w", encoding="utf-8").write(html)
print(OUT, len(notes), "notes")
