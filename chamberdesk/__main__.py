"""``python -m chamberdesk`` is the same as the ``chamberdesk`` command."""

import sys

from .cli import main

sys.exit(main())
