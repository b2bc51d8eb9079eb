"""The deck's look: palette, default fonts, geometry and type sizes (points, 960 x 540 slide)."""

from __future__ import annotations

from wocdesk.deck.model import Fonts

# Fonts present in PowerPoint on Windows and macOS; LibreOffice on Linux substitutes
# Liberation Sans (metric-compatible with Arial) and, through fontconfig's zh-CN match,
# Noto Sans CJK SC (same em-square widths as the bundled Noto Sans SC the planner measures).
DEFAULT_FONTS = Fonts(latin="Arial", cjk="Microsoft YaHei")

WIDTH = 960.0
HEIGHT = 540.0
MARGIN = 48.0

# Palette (RRGGBB): a restrained navy with one warm accent.
NAVY = "1F3A5F"
BLUE = "2E6DA4"
ACCENT = "E07A1F"
INK = "1F2937"
MUTED = "5B6472"
SUBTLE = "8A94A3"
PALE = "EEF2F7"
RULE = "D5DBE3"
WHITE = "FFFFFF"
ON_NAVY_SUB = "C9D6E6"
CHART_COLORS = ("2E6DA4", "1F3A5F", "E07A1F")

# Title band and footer.
BAND_H = 82.0
BAND_H_BILINGUAL = 100.0
FOOTER_Y = 506.0
FOOTER_H = 22.0
FOOTER_SIZE = 10.0
BODY_TOP_GAP = 22.0
BODY_BOTTOM = 490.0

# Type sizes (max, min) for each role; the other language of a bilingual item is SUB_SCALE.
TITLE_SIZES = (30.0, 20.0)
HEADING_SIZES = (22.0, 12.0)
BODY_SIZES = (22.0, 12.0)
QUOTE_SIZES = (28.0, 12.0)
CARD_SIZES = (26.0, 10.0)
CELL_SIZES = (20.0, 9.0)
SUB_SCALE = 0.72
LINE_SPACING = {"zh": 1.32, "en": 1.18}
# The planner fills lines to this share of the box width, so wider substitute fonts still fit.
WIDTH_SAFETY = 0.93
