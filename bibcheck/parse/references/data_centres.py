"""The earth- and life-science data centres that publish data sets under DOIs of their own.

A ``@misc`` entry a data centre publishes is a data set, ``web`` by the corpus conventions
(``tests/corpus/README.md``: a repository's DOI), as a Zenodo or Dryad record is
(:mod:`.bibresource`).  Oceanography, climate and ecology papers cite the data of the
centres that serve their fields, named as the publisher or by their DOI's prefix::

    @misc{argo, author = {{Argo}}, title = {Argo Float Data and Metadata …},
      publisher = {SEANOE}, year = {2000}, doi = {10.17882/42182}}
    @misc{era5, author = {Hersbach, H. and …}, title = {ERA5 hourly data on single levels …},
      publisher = {Copernicus Climate Change Service (C3S) Climate Data Store (CDS)},
      doi = {10.24381/cds.adbb2d47}}

The centres and their DataCite prefixes: SEANOE (10.17882), PANGAEA (10.1594, with the
World Data Center for Climate), NOAA's National Centers for Environmental Information
(10.7289, 10.25921), NERC's Environmental Data Service (BODC, CEDA, the EIDC: 10.5285),
NASA's Earth science data centres (the DAACs, NSIDC: 10.5067), GBIF (10.15468), the
Environmental Data Initiative (10.6073), ESS-DIVE (10.15485), the Copernicus Climate Data
Store (10.24381) and Marine Service (10.48670), EUMETSAT (10.15770), NCAR's Research Data
Archive (10.5065) and DKRZ's World Data Center for Climate (10.26050).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["data_centre"]

_CENTRE = lazy_compile(
    r"\b(?:SEANOE|PANGAEA|National\sCenters?\sfor\sEnvironmental\sInformation|NCEI"
    r"|British\sOceanographic\sData\sCentre|BODC|Centre\sfor\sEnvironmental\sData\sAnalysis"
    r"|CEDA|Environmental\sInformation\sData\sCentre|National\sSnow\sand\sIce\sData\sCenter"
    r"|NSIDC|PO\.DAAC|ORNL\sDAAC|Global\sBiodiversity\sInformation\sFacility|GBIF"
    r"|Environmental\sData\sInitiative|ESS-DIVE|Climate\sData\sStore"
    r"|Copernicus\sClimate\sChange\sService|Copernicus\sMarine(?:\sEnvironment\sMonitoring)?"
    r"\sService|EUMETSAT|Research\sData\sArchive|World\sData\sCent(?:er|re)\sfor\sClimate)\b",
    re.IGNORECASE,
)
_CENTRE_DOI = lazy_compile(
    r"^10\.(?:17882|1594|7289|25921|5285|5067|15468|6073|15485|24381|48670|15770|5065|26050)/"
)


def data_centre(publisher: str, doi: str) -> bool:
    """Does ``publisher`` (the entry's publisher, ``howpublished`` or organisation) name a
    data centre, or is ``doi`` (bare, lower case) one of a data centre's?"""
    return _CENTRE.search(publisher) is not None or _CENTRE_DOI.match(doi) is not None
