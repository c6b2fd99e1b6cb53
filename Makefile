# The commands developers run are the commands CI runs.
#   make run    install what is missing, build, and run kg on the seeds -> out/
#   make test   install what is missing, then format check, clippy, every test
#   make bench  criterion benchmarks and the end-to-end throughput figures
#   make bless  regenerate the committed outputs in out/ on purpose

CARGO ?= cargo

.PHONY: run test deps lint bench bless

deps:
	@command -v $(CARGO) >/dev/null 2>&1 || { echo "kg: install Rust first: https://rustup.rs" >&2; exit 1; }
	@scripts/install-deps.sh

run: deps
	$(CARGO) build --release --locked
	./target/release/kg build seeds --out out

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --locked --all-targets -- -D warnings

test: deps lint
	$(CARGO) test --locked

bench: deps
	$(CARGO) bench --locked

bless: run
	./target/release/kg render --focus "Volodymyr Zelenskyy" --depth 1 --out out/focus-zelenskyy
