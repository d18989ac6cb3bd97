# Shortcuts; the README's two commands need no make.
.PHONY: run test ci bench loadtest

run:
	./scripts/run

test:
	./scripts/test

ci:
	bash .ci/run

bench:
	./scripts/bench

# Needs PostgreSQL at 127.0.0.1:5432; see the README's Benchmarks section.
loadtest:
	./scripts/loadtest
