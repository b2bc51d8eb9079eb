"""The deck's look: palette, default fonts, geometry and type sizes (points, 960 x 540 slide).

The shipped master and layouts (``resources/templates``) are generated from these numbers by
``resources/templates/make_templates.py``, so the planner's boxes and the layouts' placeholders
agree to the point.
"""

from __future__ import annotations

from wocdesk.deck.model import Fonts

# Fonts present in PowerPoint on Windows and macOS; LibreOffice on Linux substitutes
# Liberation Sans (metric-compatible with Arial) and, through fontconfig's zh-CN match,
# Noto Sans CJK SC (same em-square widths as the bundled Noto Sans SC the planner measures).
DEFAULT_FONTS = Fonts(latin="Arial", cjk="Microsoft YaHei", theme_latin=True, theme_cjk=True)

WIDTH = 960.0
HEIGHT = 540.0
MARGIN = 48.0

# Palette (RRGGBB): a restrained navy with one warm accent.
NAVY = "1F3A5F"
BLUE = "2E6DA4"
ACCENT = "E07A1F"
INK = "1F2937"
MUTED = "5B6472"
SUBTLE = "6B7482"
PALE = "EEF2F7"
RULE = "D5DBE3"
WHITE = "FFFFFF"
ON_NAVY_SUB = "C9D6E6"
CHART_COLORS = ("2E6DA4", "1F3A5F", "E07A1F")

# Title band and footer.
BAND_H = 82.0
BAND_H_BILINGUAL = 100.0
ACCENT_W = 10.0
TITLE_X = MARGIN - 4
TITLE_Y = 6.0
TITLE_W = WIDTH - 2 * MARGIN + 8
FOOTER_Y = 506.0
FOOTER_H = 22.0
FOOTER_SIZE = 10.0
FOOTER_RULE_Y = FOOTER_Y - 6
# The footer's three fields: source (left), date and slide number (right), as (x, width).
FOOTER_SOURCE = (MARGIN - 4, 556.0)
FOOTER_DATE = (604.0, 220.0)
FOOTER_NUMBER = (WIDTH - MARGIN - 76, 80.0)
BODY_TOP_GAP = 22.0
BODY_BOTTOM = 490.0

# The title slide (and the closing/section slide): navy, an accent stripe, a short rule.
COVER_STRIPE_W = 14.0
COVER_RULE = (MARGIN, 132.0, 72.0, 6.0)
COVER_TITLE = (MARGIN - 4, 150.0, WIDTH - 2 * MARGIN + 8, 170.0)
COVER_SUBTITLE = (MARGIN - 4, 336.0, WIDTH - 2 * MARGIN + 8, 160.0)
SECTION_TITLE = (MARGIN, 150.0, WIDTH - 2 * MARGIN, 220.0)
SECTION_BODY = (MARGIN, 380.0, WIDTH - 2 * MARGIN, 90.0)

# Type sizes (max, min) for each role; the other language of a bilingual item is SUB_SCALE.
TITLE_SIZES = (30.0, 16.0)
HEADING_SIZES = (22.0, 12.0)
BODY_SIZES = (22.0, 12.0)
QUOTE_SIZES = (32.0, 14.0)
CARD_SIZES = (26.0, 12.0)
CELL_SIZES = (20.0, 10.0)
SUB_SCALE = 0.72
# Nothing on a slide is set smaller; in a bilingual deck the second language is at least SUB_MIN.
MIN_SIZE = 10.0
SUB_MIN = 14.0
LINE_SPACING = {"zh": 1.32, "en": 1.18}
# The planner fills lines to this share of the box width, so wider substitute fonts still fit.
WIDTH_SAFETY = 0.93


def band_height(bilingual: bool) -> float:
    """The height of the title band: taller when each title carries a second language."""
    return BAND_H_BILINGUAL if bilingual else BAND_H


def title_rect(bilingual: bool) -> tuple[float, float, float, float]:
    """The title placeholder inside the band."""
    return (TITLE_X, TITLE_Y, TITLE_W, band_height(bilingual) - 2 * TITLE_Y)


def body_rect(bilingual: bool) -> tuple[float, float, float, float]:
    """The body placeholder between the band and the footer."""
    top = band_height(bilingual) + BODY_TOP_GAP
    return (MARGIN, top, WIDTH - 2 * MARGIN, BODY_BOTTOM - top)
