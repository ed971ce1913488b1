"""What the bundle runs: the same ``main()`` as the ``planner`` command.

A script of its own, because freezing ``planner/__main__.py`` would put ``planner/`` on the
search path and let ``planner/io`` shadow the standard library's ``io``.
"""

import sys

from planner.cli.entry import main

if __name__ == "__main__":
    sys.exit(main())
