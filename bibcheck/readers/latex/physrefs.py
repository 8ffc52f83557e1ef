"""A hand-typed ``\\bibitem`` in the physics house styles: read by
:mod:`bibcheck.parse.references.physics`, which plain-text lists share."""

from bibcheck.parse.references.physics import physics_article

__all__ = ["physics_article"]
