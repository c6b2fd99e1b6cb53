# The commands developers run are the commands CI runs.
#   make run    install what is missing, build, and run kg on the seeds -> out/
#   make test   install what is missing, then format check, clippy, every test
#               (Rust tests, then the Spark example in local mode)
#   make bench  criterion benchmarks and the end-to-end throughput figures
#   make bless  regenerate the committed outputs in out/ on purpose

CARGO ?= cargo

.PHONY: run test deps lint bench bless spark-test fuzz

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
	$(CARGO) build --locked --bin kg
	KG=target/debug/kg python3 examples/spark/test_spark.py

# The Spark example's test alone (examples/spark/README.md).
spark-test: deps
	$(CARGO) build --locked --bin kg
	KG=target/debug/kg python3 examples/spark/test_spark.py

# A minute of fuzzing per target (fuzz/README.md); needs nightly Rust.
fuzz:
	mkdir -p fuzz/corpus/matcher fuzz/corpus/gazetteer fuzz/corpus/jsonl
	cargo +nightly fuzz run -O matcher fuzz/corpus/matcher seeds -- -max_total_time=60 -dict=fuzz/matcher.dict
	cargo +nightly fuzz run -O gazetteer fuzz/corpus/gazetteer fuzz/seeds/gazetteer -- -max_total_time=60 -dict=fuzz/matcher.dict
	cargo +nightly fuzz run -O jsonl fuzz/corpus/jsonl fuzz/seeds/jsonl -- -max_total_time=60 -dict=fuzz/jsonl.dict

bench: deps
	$(CARGO) bench --locked

bless: run
	./target/release/kg render --focus "Volodymyr Zelenskyy" --depth 1 --out out/focus-zelenskyy
