from bibcheck.cli import main

raise SystemExit(main())
