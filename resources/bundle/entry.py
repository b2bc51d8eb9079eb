"""The standalone bundle's entry point: the ``wocdesk`` command, as installed by pip."""

import sys

from wocdesk.cli.main import main

sys.exit(main())
