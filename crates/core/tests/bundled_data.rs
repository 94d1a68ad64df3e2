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

/// WCAG AA: the text colour chosen for each goal's tile contrasts at least 4.5:1 with the
/// official colour.
#[test]
fn sdg_tile_text_contrasts_at_least_4_5_to_1_on_every_goal_colour() {
    use strategy_core::sdg::{contrast, luminance, text_colour_on};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let data = load_dir(&dir).unwrap_or_else(|err| panic!("{err}"));
    for goal in &data.sdgs {
        let background = luminance(&goal.colour).expect("validated colour");
        let text = luminance(text_colour_on(&goal.colour)).expect("black or white");
        let ratio = contrast(background, text);
        assert!(
            ratio >= 4.5,
            "goal {} ({}): contrast {ratio:.2} < 4.5",
            goal.number,
            goal.colour
        );
    }
}
