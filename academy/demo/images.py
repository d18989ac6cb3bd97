"""Pictures and handouts for the demo, drawn locally so seeding needs no network.

Drawing is deterministic: the same title always gives the same picture, so a
second seeding run has nothing new to store.
"""

import functools
import hashlib
import io
import math
import os
import random
import textwrap
import unicodedata

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ("#073761", "#0b4f8a", "#7fd4c1"),
    ("#14532d", "#0f766e", "#fde68a"),
    ("#4c1d95", "#6d28d9", "#f9a8d4"),
    ("#7c2d12", "#b45309", "#fde68a"),
    ("#1e3a8a", "#2563eb", "#a5f3fc"),
    ("#134e4a", "#0e7490", "#fcd34d"),
    ("#3f3f46", "#0b4f8a", "#86efac"),
]


def _seed(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


# Fonts with full Latin coverage, as Debian installs them; Pillow's built-in
# font lacks accented letters, so it is only the last resort.
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]


@functools.cache
def _font_path() -> str | None:
    return next((path for path in FONT_CANDIDATES if os.path.exists(path)), None)


def _font(size: int) -> ImageFont.FreeTypeFont:
    path = _font_path()
    return ImageFont.truetype(path, size) if path else ImageFont.load_default(size=size)


def _drawable(text: str) -> str:
    """Text the chosen font can draw: accents are dropped only with the built-in font."""
    if _font_path():
        return text
    return "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )


def hero_png(title: str, width: int = 1600, height: int = 900) -> bytes:
    """An abstract network motif in one of the academy's palettes."""
    seed = _seed(title)
    dark, mid, light = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    for band in range(12):
        inset = band * 40
        draw.ellipse(
            (
                width * 0.55 - inset * 3,
                -height * 0.4 + inset,
                width * 1.4 - inset,
                height * 1.2 - inset,
            ),
            outline=mid,
            width=6,
        )
    rng = random.Random(seed)
    nodes = [(rng.randint(100, width - 100), rng.randint(100, height - 100)) for _ in range(12)]
    nodes.sort()
    for (x1, y1), (x2, y2) in zip(nodes, nodes[1:] + nodes[:1], strict=True):
        draw.line((x1, y1, x2, y2), fill=mid, width=4)
    for x, y in nodes:
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=light)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def diagram_png(labels: list[str], width: int = 1440) -> bytes:
    """Labelled steps joined by arrows, left to right."""
    steps = max(len(labels), 1)
    box_width = (width - 80 - (steps - 1) * 60) // steps
    height = 360
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    font = _font(30)
    for index, label in enumerate(labels):
        left = 40 + index * (box_width + 60)
        draw.rounded_rectangle(
            (left, 50, left + box_width, height - 50),
            radius=24,
            fill="#e8f1fb",
            outline="#0b4f8a",
            width=4,
        )
        lines = textwrap.wrap(_drawable(label), width=max(8, box_width // 17))[:4]
        total = len(lines) * 38
        for line_number, line in enumerate(lines):
            text_width = draw.textlength(line, font=font)
            draw.text(
                (left + (box_width - text_width) / 2, height / 2 - total / 2 + line_number * 38),
                line,
                font=font,
                fill="#1b2430",
            )
        if index < steps - 1:
            arrow_x = left + box_width + 8
            draw.line((arrow_x, height / 2, arrow_x + 40, height / 2), fill="#0f766e", width=6)
            draw.polygon(
                [
                    (arrow_x + 44, height / 2),
                    (arrow_x + 30, height / 2 - 12),
                    (arrow_x + 30, height / 2 + 12),
                ],
                fill="#0f766e",
            )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def handout_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 handout (150 dpi) with a title and numbered lines."""
    width, height = 1240, 1754
    page = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, width, 150), fill="#0b4f8a")
    draw.text((80, 50), "WIC Digital Academy", font=_font(40), fill="#ffffff")
    y = 220
    for line in textwrap.wrap(_drawable(title), width=40):
        draw.text((80, y), line, font=_font(48), fill="#1b2430")
        y += 62
    y += 30
    body = _font(30)
    for line in lines:
        for wrapped in textwrap.wrap(_drawable(line), width=70) or [""]:
            if y > height - 120:
                break
            draw.text((80, y), wrapped, font=body, fill="#1b2430")
            y += 44
        y += 18
    buffer = io.BytesIO()
    # A fixed creation date keeps the bytes identical from one seeding to the next.
    page.save(
        buffer,
        "PDF",
        resolution=150,
        title=title,
        author="WIC Digital Academy",
        creationDate=None,
        modDate=None,
    )
    return buffer.getvalue()


def signature_png(name: str, width: int = 600, height: int = 180) -> bytes:
    """A pen-stroke flourish standing in for a scanned signature, on a transparent ground."""
    rng = random.Random(_seed(name))
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = []
    for step in range(60):
        x = 30 + step * (width - 60) / 59
        wave = math.sin(step / 3.1 + rng.random()) * (35 + rng.randint(0, 25))
        points.append((x, height / 2 + wave * (1 - step / 90)))
    draw.line(points, fill=(20, 30, 70, 255), width=5, joint="curve")
    draw.line((40, height - 40, width - 80, height - 55), fill=(20, 30, 70, 255), width=3)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def seal_png(text: str, size: int = 400) -> bytes:
    """A round seal with the academy's initials, for the demo certificate template."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), outline="#1f4e79", width=14)
    draw.ellipse((40, 40, size - 40, size - 40), fill="#1f4e79")
    font = _font(size // 4)
    draw.text((size / 2, size / 2), _drawable(text), fill="#ffffff", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
