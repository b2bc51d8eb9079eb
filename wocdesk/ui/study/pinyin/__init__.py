"""Pinyin as ruby over the reading view's Chinese: room, placement, drawing, tone colours."""
