//! Fuzz target: see `kg_fuzz::jsonl`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kg_fuzz::jsonl(data));
