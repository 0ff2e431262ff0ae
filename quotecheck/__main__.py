"""Allow ``python -m quotecheck``."""

import sys

from quotecheck.cli import main

sys.exit(main())
