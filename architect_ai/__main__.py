from architect_ai.startup_interrupt import catch_early_interrupt

catch_early_interrupt()  # first: the imports below take most of a second

from architect_ai.cli import main  # noqa: E402

raise SystemExit(main())
