//! Entry point: mounts the app in the browser. Natively there is nothing to
//! run (the domain is exercised by `cargo test`).
//!
//! No panic hook is installed on purpose. Any hook (even one that logs only
//! the location) makes the panic payload's formatting reachable, and with it
//! every `Debug` impl behind an `unwrap`: about 40 KB of gzip WASM. Without a
//! hook, std's default one writes nowhere on wasm32 and is optimised away; a
//! panic (none is expected: errors are typed values) still shows in the
//! console as a WebAssembly "unreachable" trap with its stack.

#[cfg(target_arch = "wasm32")]
fn main() {
    winplan::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Win Plan runs in the browser: use `make serve`.");
}
