fn main() {
    leptos::mount::mount_to_body(strategy_explorer::App);
}
