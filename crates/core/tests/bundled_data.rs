//! The bundled data in `data/` loads and passes every validation rule.

use std::path::Path;
use strategy_core::load::load_dir;

#[test]
fn bundled_data_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    match load_dir(&dir) {
        Ok(data) => {
            assert_eq!(data.sdgs.len(), 17);
            assert_eq!(data.regions.len(), 3);
        }
        Err(err) => panic!("{err}"),
    }
}
