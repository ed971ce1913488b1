from planner.cli.entry import main

raise SystemExit(main())
