"""Entry point of the frozen application (PyInstaller runs this file)."""

import multiprocessing
import sys

from asfdesk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the report batch's worker processes start through this executable
    sys.exit(main())
