"""Run wocdesk with ``python -m wocdesk``."""

import sys

from wocdesk.cli.main import main

sys.exit(main())
