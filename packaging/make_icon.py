"""Draw the application icon: a Maluku-blue (#0d4a6b) shield with "PK", as src/pekerja_desktop/resources/icon.png
(256×256, the window's icon) and packaging/windows/pekerja-desktop.ico (16…256 px, the executables' and the
installer's). Needs Pillow (in the `test` extra).

    python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
PNG = HERE.parent / "src" / "pekerja_desktop" / "resources" / "icon.png"
ICO = HERE / "windows" / "pekerja-desktop.ico"
FONT = HERE.parent / "src" / "pekerja_desktop" / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
BLUE = (13, 74, 107, 255)  # #0d4a6b
GOLD = (242, 183, 5, 255)
WHITE = (255, 255, 255, 255)
SIZE = 256
SCALE = 4  # draw large, then downsample for smooth edges


def _shield(size: int, inset: float) -> list[tuple[float, float]]:
    """A heater shield: flat top, straight sides, curving to a point at the bottom."""
    left, right, top = inset, size - inset, inset
    middle = size / 2
    bottom = size - inset * 0.6
    shoulder = size * 0.52
    points = [(left, top), (right, top), (right, shoulder)]
    steps = 24
    for i in range(1, steps + 1):  # right side down to the point (quadratic curve)
        t = i / steps
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * right + t * t * middle
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * (bottom - size * 0.08) + t * t * bottom
        points.append((x, y))
    return points + [(size - x, y) for x, y in reversed(points[2:-1])]  # mirrored left side back up


def draw(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.polygon(_shield(big, big * 0.06), fill=GOLD)
    pen.polygon(_shield(big, big * 0.11), fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(big * 0.40))
    pen.text((big / 2, big * 0.47), "PK", font=font, fill=WHITE, anchor="mm")
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    image = draw()
    PNG.parent.mkdir(parents=True, exist_ok=True)
    image.save(PNG)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    image.save(ICO, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {PNG.relative_to(HERE.parent)} and {ICO.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
