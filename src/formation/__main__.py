from formation.cli import main

raise SystemExit(main())
