//! Why an external dataset (`?data=<https URL>`) could not be shown, with the limits that decide
//! it and the explanation of each case in every UI language. Depends on nothing in the app, so
//! the loader, the data state and the banner all read it from here.

use std::fmt;
use std::time::Duration;
use strategy_core::model::Lang;
use strategy_core::validate::Problem;

const MB: u64 = 1024 * 1024;
/// The largest dataset accepted, in whole MB.
const MAX_MB: u64 = 5;
/// The largest dataset accepted, in bytes.
pub const MAX_BYTES: u64 = MAX_MB * MB;
/// How long the whole download may take.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The size limit as people read it ("5 MB"), for texts that state it.
pub fn max_size_label() -> String {
    format!("{MAX_MB} MB")
}

/// Why an external dataset could not be shown. Each case says what happened and what to do,
/// in the reader's language ([`LoadError::explain`]); `Display` gives the English text, for the
/// console.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotHttps { url: String },
    Unreachable { host: String },
    Cors { host: String, origin: String },
    Http { host: String, status: u16 },
    TooLarge { size: Option<u64> },
    Timeout { host: String },
    NotJson { detail: String },
    Invalid { problems: Vec<Problem> },
}

impl LoadError {
    /// What went wrong and what to do, in `lang`.
    pub fn explain(&self, lang: Lang) -> String {
        use LoadError::*;
        let max = max_size_label();
        let secs = TIMEOUT.as_secs();
        match lang {
            Lang::En => match self {
                NotHttps { url } => format!("\u{201c}{url}\u{201d} is not an https:// address. Datasets are only loaded over https: give the full address, starting with https://."),
                Unreachable { host } => format!("{host} could not be reached. Check the address for typos, that you are online, and that the server is running."),
                Cors { host, origin } => format!("{host} answered, but does not let other sites read the file (CORS). Whoever runs that server must send the header \u{201c}Access-Control-Allow-Origin: *\u{201d} (or \u{201c}Access-Control-Allow-Origin: {origin}\u{201d}) with the file."),
                Http { host, status } => format!("{host} answered with HTTP status {status} instead of the file. Check the address."),
                TooLarge { size } => format!("The file is larger than {max}{}, the most this app loads. Leave out what is not needed, or split the dataset.", size_note(size)),
                Timeout { host } => format!("{host} did not deliver the file within {secs} seconds. Try again later, or ask its publisher to make it faster to download."),
                NotJson { detail } => format!("The file is not JSON ({detail}). Check that the address points at the .json file itself, not at a web page about it."),
                Invalid { problems } => format!("The file is JSON, but does not follow the Strategy Explorer data format: {} problem(s), listed with their place in the file.", problems.len()),
            },
            Lang::Da => match self {
                NotHttps { url } => format!("\u{201c}{url}\u{201d} er ikke en https://-adresse. Datasæt hentes kun over https: angiv hele adressen, der begynder med https://."),
                Unreachable { host } => format!("{host} kunne ikke nås. Tjek adressen for stavefejl, at du er online, og at serveren kører."),
                Cors { host, origin } => format!("{host} svarede, men tillader ikke andre websteder at læse filen (CORS). Den, der driver serveren, skal sende headeren \u{201c}Access-Control-Allow-Origin: *\u{201d} (eller \u{201c}Access-Control-Allow-Origin: {origin}\u{201d}) med filen."),
                Http { host, status } => format!("{host} svarede med HTTP-status {status} i stedet for filen. Tjek adressen."),
                TooLarge { size } => format!("Filen er større end {max}{}, som er det mest, appen henter. Udelad det, der ikke er brug for, eller del datasættet op.", size_note(size)),
                Timeout { host } => format!("{host} leverede ikke filen inden for {secs} sekunder. Prøv igen senere, eller bed udgiveren gøre den hurtigere at hente."),
                NotJson { detail } => format!("Filen er ikke JSON ({detail}). Tjek, at adressen peger på selve .json-filen og ikke på en webside om den."),
                Invalid { problems } => format!("Filen er JSON, men følger ikke Strategy Explorers dataformat: {} problem(er), vist med deres sted i filen.", problems.len()),
            },
            Lang::Sv => match self {
                NotHttps { url } => format!("\u{201d}{url}\u{201d} är ingen https://-adress. Dataset hämtas bara över https: ange hela adressen, som börjar med https://."),
                Unreachable { host } => format!("{host} gick inte att nå. Kontrollera adressen, att du är uppkopplad och att servern är igång."),
                Cors { host, origin } => format!("{host} svarade, men låter inte andra webbplatser läsa filen (CORS). Den som driver servern måste skicka rubriken \u{201d}Access-Control-Allow-Origin: *\u{201d} (eller \u{201d}Access-Control-Allow-Origin: {origin}\u{201d}) med filen."),
                Http { host, status } => format!("{host} svarade med HTTP-status {status} i stället för filen. Kontrollera adressen."),
                TooLarge { size } => format!("Filen är större än {max}{}, det mesta appen hämtar. Ta bort det som inte behövs, eller dela upp datasetet.", size_note(size)),
                Timeout { host } => format!("{host} levererade inte filen inom {secs} sekunder. Försök igen senare, eller be utgivaren göra den snabbare att hämta."),
                NotJson { detail } => format!("Filen är inte JSON ({detail}). Kontrollera att adressen pekar på själva .json-filen och inte på en webbsida om den."),
                Invalid { problems } => format!("Filen är JSON, men följer inte Strategy Explorers dataformat: {} problem, listade med sin plats i filen.", problems.len()),
            },
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// " (6.0 MB)" for a known size, in whole tenths of a MB, rounded: integer arithmetic keeps
/// float formatting (some 13 KB of wasm) out of the first load.
fn size_note(size: &Option<u64>) -> String {
    match size {
        Some(bytes) => {
            let tenths = (bytes.saturating_mul(10) + MB / 2) / MB;
            format!(" ({}.{} MB)", tenths / 10, tenths % 10)
        }
        None => String::new(),
    }
}
