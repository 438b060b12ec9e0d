"""Longitude/latitude to a plane in metres around Lombardy, and back.

An equirectangular projection centred on Lombardy (45.6 N, 9.8 E): distances are true along the
centre parallel and off by under 3 % at Lombardy's northern and southern edges, which is plenty
for simplifying borders and drawing maps, and needs no projection library.
"""

from __future__ import annotations

import numpy as np

EARTH_RADIUS = 6_371_008.8  # metres (IUGG mean radius)
LAT0, LON0 = 45.6, 9.8
_KX = np.radians(1.0) * EARTH_RADIUS * np.cos(np.radians(LAT0))
_KY = np.radians(1.0) * EARTH_RADIUS


def to_metres(lonlat: np.ndarray) -> np.ndarray:
    """(n, 2) longitude/latitude degrees -> (n, 2) x/y metres (shapely.transform's signature)."""
    return np.column_stack([(lonlat[:, 0] - LON0) * _KX, (lonlat[:, 1] - LAT0) * _KY])


def to_degrees(xy: np.ndarray) -> np.ndarray:
    return np.column_stack([xy[:, 0] / _KX + LON0, xy[:, 1] / _KY + LAT0])
