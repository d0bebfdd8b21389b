//! The `practice-guard` command line. Its commands come with the engine issue.
fn main() {
    eprintln!("practice-guard: no command yet");
    std::process::exit(3);
}
