"""Regenerate the app icons from jiangxin.svg (a developer tool, not part of the app).

    python resources/icons/make_icons.py      # needs Pillow for the .ico and .icns files
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def render(size: int) -> Image.Image:
    renderer = QSvgRenderer(str(HERE / "jiangxin.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv)
    big = render(1024)
    render(256).save(HERE / "jiangxin.png")
    sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    big.save(HERE / "jiangxin.ico", sizes=sizes)
    big.save(HERE / "jiangxin.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
