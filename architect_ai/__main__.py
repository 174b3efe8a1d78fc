from architect_ai.cli import main

raise SystemExit(main())
