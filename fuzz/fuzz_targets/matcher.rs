//! Fuzz target: see `kg_fuzz::matcher`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kg_fuzz::matcher(data));
