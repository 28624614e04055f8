// Generates the parser from grammar/*.lalrpop into OUT_DIR; the generated code is never committed.
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .process()
        .expect("lalrpop failed to generate the parser");
    println!("cargo:rerun-if-changed=grammar");
}
