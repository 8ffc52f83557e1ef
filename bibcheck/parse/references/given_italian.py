"""Given names that Italian speakers join to another given name.

``Giovanni Battista Piranesi``, ``Anna Maria Ortese``, ``Gian Paolo Rossi``: a person's two
given names, then one family name -- not one given name and two family names, as Spanish
writes them (``Esteban Rodríguez Ocaña``).  An Italian note opening ``Carlo Emanuele
Ferri, «…»`` is filed under ``Ferri``, as the bibliography writes it (``FERRI, Carlo
Emanuele``).  Only second given names that no common Spanish or Portuguese family name
spells are listed (``Franco``, ``Marino``, ``Bruno`` are left out); a name whose middle
word is not here is read as before.  (Nor names that also name a place or a body's
remit, "Vittorio Veneto", "Grazia e Giustizia", "Opera Pia": they are read as before.)
"""

from __future__ import annotations

__all__ = ["ITALIAN_SECOND_GIVEN"]

ITALIAN_SECOND_GIVEN = frozenset(
    """
    Giovanni Giuseppe Battista Paolo Pietro Carlo Luigi Giacomo Virginio Emanuele
    Domenico Michele Raffaele Gabriele Giorgio Filippo Ludovico Girolamo Agostino Benedetto
    Bartolomeo Amedeo Ottavio Federico Maurizio Massimo Umberto Gaetano Ferdinando
    Francesco Antonio Angelo Andrea Nicola Matteo Lorenzo Stefano Alessandro Guido
    Giovanna Paola Caterina Elisabetta Francesca Giulia Chiara Lucia Luisa Rita
    Giuseppina Letizia Cristina Teresa Rosa
    """.split()
)
