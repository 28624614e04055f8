use gilvm::diag::SourceFile;
use gilvm::syntax::parse_module;
#[test]
fn scratch() {
    let src = std::fs::read_to_string("/tmp/scratch/in.py").unwrap();
    match parse_module(&src) {
        Ok(m) => println!("{:#?}", m),
        Err(d) => println!("{}", d.render(&SourceFile::new("bad.py", src.as_str()))),
    }
}
