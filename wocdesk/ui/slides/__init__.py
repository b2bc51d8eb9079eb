"""Painting a planned slide with Qt: the same boxes, sizes and lines the .pptx writer draws."""
