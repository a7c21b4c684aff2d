"""Remove location, time and camera metadata from JPEG, PNG and WebP files.

Pure: bytes in, bytes out. The pixels are not re-encoded: metadata segments
and chunks are dropped, and everything needed to show the image (including
the colour profile) is kept. EXIF, GPS, XMP, IPTC/Photoshop blocks, comments
and text chunks all go.
"""

from __future__ import annotations

import struct

JPEG_KEEP_APP = {0xE0, 0xEE}  # JFIF, Adobe (colour transform); APP2 only as ICC_PROFILE
PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
            b"sBIT", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCv", b"cLLi"}
WEBP_DROP = {b"EXIF", b"XMP "}


class UnsupportedImage(ValueError):
    pass


def kind_of(data: bytes) -> str | None:
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def strip_metadata(data: bytes) -> bytes:
    kind = kind_of(data)
    if kind == "jpeg":
        return _strip_jpeg(data)
    if kind == "png":
        return _strip_png(data)
    if kind == "webp":
        return _strip_webp(data)
    raise UnsupportedImage("not a JPEG, PNG or WebP file")


def _strip_jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    i, n = 2, len(data)
    while i < n:
        if data[i] != 0xFF:
            raise UnsupportedImage(f"broken JPEG: no marker at byte {i}")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xD9:  # EOI: anything after it (appended previews) is dropped
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[i : i + 2]
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        segment = data[i : i + 2 + length]
        keep = True
        if 0xE0 <= marker <= 0xEF:
            keep = marker in JPEG_KEEP_APP or (marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00")
        elif marker == 0xFE:  # comment
            keep = False
        if keep:
            out += segment
        i += 2 + length
        if marker == 0xDA:  # start of scan: copy entropy-coded data up to the next real marker
            j = i
            while j < n - 1:
                if data[j] == 0xFF and data[j + 1] not in (0x00,) and not (0xD0 <= data[j + 1] <= 0xD7):
                    break
                j += 1
            out += data[i:j]
            i = j
    raise UnsupportedImage("broken JPEG: no end-of-image marker")


def _strip_png(data: bytes) -> bytes:
    out = bytearray(data[:8])
    i = 8
    while i + 8 <= len(data):
        length = struct.unpack(">I", data[i : i + 4])[0]
        ctype = data[i + 4 : i + 8]
        chunk = data[i : i + 12 + length]
        if ctype in PNG_KEEP:
            out += chunk
        i += 12 + length
        if ctype == b"IEND":
            break
    return bytes(out)


def _strip_webp(data: bytes) -> bytes:
    chunks = []
    i = 12
    while i + 8 <= len(data):
        ctype = data[i : i + 4]
        size = struct.unpack("<I", data[i + 4 : i + 8])[0]
        body = data[i + 8 : i + 8 + size]
        i += 8 + size + (size & 1)
        if ctype in WEBP_DROP:
            continue
        if ctype == b"VP8X":
            body = bytes([body[0] & ~0x0C]) + body[1:]  # clear the EXIF and XMP flags
        chunks.append(ctype + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b""))
    payload = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(payload)) + payload
