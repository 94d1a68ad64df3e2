fn main() {
    // A panic must say what went wrong in the console instead of a bare "unreachable".
    console_error_panic_hook::set_once();
    strategy_explorer::takeover::start();
}
