"""ghotona (ঘটনা): structured, geocoded, sourced event data from Bengali news.

    >>> import ghotona
    >>> events = ghotona.extract(text, published="2024-01-16")
"""
from .api import analyze, default_pipeline, extract, process
from .doc import Document
from .options import Options

__all__ = ["Document", "Options", "analyze", "default_pipeline", "extract", "process"]
__version__ = "0.1.0"
