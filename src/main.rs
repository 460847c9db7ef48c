//! Entry point: mounts the app in the browser. Natively there is nothing to
//! run (the domain is exercised by `cargo test`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(winplan::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Win Plan runs in the browser: use `make serve`.");
}
