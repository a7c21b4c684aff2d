"""Responsive copies of a photo, without metadata, and a clean full-size copy.

Pillow decodes the photo once, turns it upright by its EXIF orientation (which
is then dropped with the rest of the metadata), and encodes each width. The
colour profile is kept. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

from .strip import strip_metadata

WIDTHS = (480, 800, 1200, 1600)
VERSION = "1"


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    data: bytes


def _encode(image: Image.Image, fmt: str, icc: bytes | None) -> bytes:
    out = io.BytesIO()
    options = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=82, optimize=True, progressive=True, **options)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=82, method=4, **options)
    else:
        image.save(out, "PNG", optimize=True, **options)
    return out.getvalue()


def make_variants(data: bytes, widths=WIDTHS) -> tuple[Variant, list[Variant]]:
    """(the full-size clean copy, the smaller widths), all metadata-free."""
    with Image.open(io.BytesIO(data)) as source:
        fmt = source.format
        icc = source.info.get("icc_profile")
        orientation = source.getexif().get(0x0112, 1)
        source.load()
        upright = ImageOps.exif_transpose(source) if orientation != 1 else source.copy()
    if orientation != 1:
        full = Variant(upright.width, upright.height, _encode(upright, fmt, icc))
    else:
        full = Variant(upright.width, upright.height, strip_metadata(data))
    smaller = []
    for width in widths:
        if width >= upright.width:
            continue
        height = round(upright.height * width / upright.width)
        resized = upright.resize((width, height), Image.Resampling.LANCZOS)
        smaller.append(Variant(width, height, _encode(resized, fmt, icc)))
    return full, smaller
