"""Given names that Spanish, Portuguese and Catalan speakers join to another given name.

``Ana Luisa Quiroga``, ``José Luis Ortega``, ``María José Sanz``: a person's two given names,
then one family name -- not one given name and two family names (``Esteban Rodríguez
Ocaña``).  Only the second given names common enough in compound names are listed; a name
whose middle word is not here is read as before.
"""

from __future__ import annotations

from bibcheck.parse.references.given_italian import ITALIAN_SECOND_GIVEN

__all__ = ["SECOND_GIVEN"]

_IBERIAN_SECOND = frozenset(
    """
    Luisa Luis María Maria José Jose Josefa Carlos Miguel Antonio Antonia Manuel Manuela
    Ángel Angel Ángela Angela Isabel Teresa Elena Eugenia Pablo Javier Francisco Francisca
    Ignacio Alberto Alejandro Andrés Eduardo Enrique Fernando Felipe Gabriel Guillermo
    Jesús Jorge Juan Julio Lorenzo Ramón Ricardo Rafael Roberto Vicente Víctor Inés Lucía
    Cristina Beatriz Carmen Dolores Fernanda Gabriela Mercedes Paula Pilar Rosa Sofía Victoria
    Alicia Amparo Cecilia Clara Cruz Emilia Ester Gloria Graciela Jimena Josep Lluís Joan
    Montserrat Nuria Pau Pere Raquel Silvia Susana Verónica Alfonso Arturo Diego Emilio
    Esteban Gonzalo Gustavo Hernán Hugo Jaime Joaquín Martín Mateo Nicolás Óscar Pedro Salvador
    Santiago Sebastián Tomás Xavier Augusto César Cesar Rodrigo Adriana Alejandra Andrea
    Daniela Fabiola Magdalena Marcela Margarita Marta Patricia Regina Verónica Virginia
    """.split()
)
# ("Giovanni Battista Piranesi", "Anna Maria Ortese": Italian joins two given names too)
SECOND_GIVEN = _IBERIAN_SECOND | ITALIAN_SECOND_GIVEN
