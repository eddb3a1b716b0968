"""asfdesk: offline-first case management for support to work-integrating social enterprises."""

__version__ = "0.1.0"
APP_NAME = "asfdesk"
