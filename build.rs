//! Embeds the shipped gazetteer (`gazetteer/*.tsv` and `*.txt` word lists)
//! into the binary, so `kg` finds it wherever it runs.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=gazetteer");
    // The variable cargo sets for this run, not `env!`: that one is fixed
    // when the build script itself is compiled, so two checkouts sharing a
    // target folder would embed the first one's gazetteer.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("set by cargo");
    let dir = Path::new(&manifest).join("gazetteer");
    let mut files: Vec<String> = fs::read_dir(&dir)
        .expect("gazetteer/ folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tsv") || n.ends_with(".txt"))
        .collect();
    files.sort();
    let mut code = String::from(
        "/// The shipped gazetteer files: (path, contents).\npub static SHIPPED: &[(&str, &str)] = &[\n",
    );
    for name in &files {
        let path = dir.join(name);
        code.push_str(&format!(
            "    (\"gazetteer/{name}\", include_str!({:?})),\n",
            path.display().to_string()
        ));
        println!("cargo:rerun-if-changed={}", path.display());
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("shipped_gazetteer.rs");
    fs::write(out, code).unwrap();
}
