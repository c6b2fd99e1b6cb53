//! Fuzz target: see `kg_fuzz::gazetteer`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kg_fuzz::gazetteer(data));
