"""Drawing a planned deck into files: the .pptx writer (python-pptx), templates, PDF."""
