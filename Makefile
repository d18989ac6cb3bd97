# Shortcuts; the README's two commands need no make.
.PHONY: run test ci bench

run:
	./scripts/run

test:
	./scripts/test

ci:
	bash .ci/run

bench:
	./scripts/bench
