from bibcheck.cli import main

main()
