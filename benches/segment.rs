//! Segmentation throughput on ~1 MB of generated news text (see `kg-gen`),
//! document by document, one thread. Run with `cargo bench --bench segment`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kg::segment::segment;

#[allow(dead_code)]
#[path = "../src/bin/kg-gen.rs"]
mod kg_gen;

fn segmenting(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let sentences = kg_gen::seed_sentences(&dir).expect("the seeds/ folder");
    let docs: Vec<String> = kg_gen::Corpus::new(&sentences, 1_000_000, 1)
        .map(|(_, text)| text)
        .collect();
    let bytes = docs.iter().map(|d| d.len() as u64).sum();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("1MB", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| segment(black_box(d)).sentences.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, segmenting);
criterion_main!(benches);
