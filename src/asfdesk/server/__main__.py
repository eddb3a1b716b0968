"""python -m asfdesk.server: the same as asfdesk-server."""

import sys

from asfdesk.server.cli import main

sys.exit(main())
