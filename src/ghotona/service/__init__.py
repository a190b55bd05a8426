"""The REST API and the dashboard (``ghotona serve``): see :func:`ghotona.service.app.create_app`."""
from .app import create_app

__all__ = ["create_app"]
