//! Interface texts of the embedding, offline and external-dataset features, in Danish, Swedish
//! and English. Kept apart from `i18n.rs` (the pages' texts) so each can change on its own; the
//! same rule holds: one `static` per language, so a missing translation is a compile error.

use strategy_core::model::Lang;

pub struct PlatformTexts {
    // embedding
    pub embed_summary: &'static str,
    pub embed_intro: &'static str,
    pub embed_code_label: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
    pub embed_preview: &'static str,
    pub embed_frame_title: &'static str,
    pub embed_open_full: &'static str,
    pub new_tab: &'static str,
    // offline and updates
    pub update_available: &'static str,
    pub update_reload: &'static str,
    // external datasets
    pub data_loading: fn(&str) -> String,
    pub data_showing: fn(&str) -> String,
    pub data_showing_note: &'static str,
    pub data_back: &'static str,
    pub data_failed: fn(&str) -> String,
    pub data_failed_bundled: &'static str,
    pub data_problems: &'static str,
    pub open_heading: &'static str,
    /// Takes the size limit ("5 MB").
    pub open_intro: fn(&str) -> String,
    pub open_label: &'static str,
    pub open_button: &'static str,
    pub suggestions_external: &'static str,
}

pub fn platform_texts(lang: Lang) -> &'static PlatformTexts {
    match lang {
        Lang::Da => &DA,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

pub static EN: PlatformTexts = PlatformTexts {
    embed_summary: "Embed this view",
    embed_intro: "Paste this code into a web page to show exactly this view there, with its filters and language. The script makes the frame as tall as its content.",
    embed_code_label: "Code to embed",
    embed_copy: "Copy code",
    embed_copied: "Copied to the clipboard.",
    embed_copy_failed: "This browser does not allow copying here. The code is selected: press Ctrl+C (\u{2318}C on a Mac) to copy it.",
    embed_preview: "Preview",
    embed_frame_title: "Strategy Explorer (embedded view)",
    embed_open_full: "Open in Strategy Explorer",
    new_tab: "opens in a new tab",
    update_available: "A new version of Strategy Explorer is available.",
    update_reload: "Reload",
    data_loading: |host| format!("Loading the dataset from {host}\u{2026}"),
    data_showing: |host| format!("Showing dataset from {host}"),
    data_showing_note: "Not the bundled data: its publisher is responsible for its content. Suggestions from the wording are only made for the bundled data, so none are shown.",
    data_back: "Back to the bundled data",
    data_failed: |host| format!("The dataset from {host} could not be shown"),
    data_failed_bundled: "The bundled data is shown instead.",
    data_problems: "Problems found",
    open_heading: "Open a dataset",
    open_intro: |max| format!("Show your own strategies instead of the bundled ones: give the https address of a JSON file in the published format (see the JSON Schema above). The file must be smaller than {max}, and its server must allow this site to read it (the header Access-Control-Allow-Origin). Nothing is uploaded: your browser reads the file directly."),
    open_label: "Address of the dataset (https://\u{2026})",
    open_button: "Open",
    suggestions_external: "Suggestions from the wording are computed when the app is built, for the bundled data only. None are shown for this dataset.",
};

pub static DA: PlatformTexts = PlatformTexts {
    embed_summary: "Indlejr denne visning",
    embed_intro: "Indsæt denne kode på en webside for at vise præcis denne visning dér, med filtre og sprog. Scriptet gør rammen lige så høj som indholdet.",
    embed_code_label: "Kode til indlejring",
    embed_copy: "Kopiér koden",
    embed_copied: "Kopieret til udklipsholderen.",
    embed_copy_failed: "Browseren tillader ikke kopiering her. Koden er markeret: tryk Ctrl+C (\u{2318}C på en Mac) for at kopiere den.",
    embed_preview: "Forhåndsvisning",
    embed_frame_title: "Strategy Explorer (indlejret visning)",
    embed_open_full: "Åbn i Strategy Explorer",
    new_tab: "åbner i en ny fane",
    update_available: "Der er en ny version af Strategy Explorer.",
    update_reload: "Genindlæs",
    data_loading: |host| format!("Henter datasættet fra {host}\u{2026}"),
    data_showing: |host| format!("Viser datasæt fra {host}"),
    data_showing_note: "Ikke de medfølgende data: udgiveren står inde for indholdet. Forslag ud fra ordlyden laves kun for de medfølgende data, så der vises ingen.",
    data_back: "Tilbage til de medfølgende data",
    data_failed: |host| format!("Datasættet fra {host} kunne ikke vises"),
    data_failed_bundled: "De medfølgende data vises i stedet.",
    data_problems: "Fundne problemer",
    open_heading: "Åbn et datasæt",
    open_intro: |max| format!("Vis jeres egne strategier i stedet for de medfølgende: angiv https-adressen på en JSON-fil i det offentliggjorte format (se JSON-skemaet ovenfor). Filen skal være mindre end {max}, og dens server skal tillade dette websted at læse den (headeren Access-Control-Allow-Origin). Intet uploades: din browser læser filen direkte."),
    open_label: "Datasættets adresse (https://\u{2026})",
    open_button: "Åbn",
    suggestions_external: "Forslag ud fra ordlyden beregnes, når appen bygges, og kun for de medfølgende data. Der vises ingen for dette datasæt.",
};

pub static SV: PlatformTexts = PlatformTexts {
    embed_summary: "Bädda in den här vyn",
    embed_intro: "Klistra in koden på en webbsida för att visa exakt den här vyn där, med filter och språk. Skriptet gör ramen lika hög som innehållet.",
    embed_code_label: "Kod för inbäddning",
    embed_copy: "Kopiera koden",
    embed_copied: "Kopierat till urklipp.",
    embed_copy_failed: "Webbläsaren tillåter inte kopiering här. Koden är markerad: tryck Ctrl+C (\u{2318}C på en Mac) för att kopiera den.",
    embed_preview: "Förhandsvisning",
    embed_frame_title: "Strategy Explorer (inbäddad vy)",
    embed_open_full: "Öppna i Strategy Explorer",
    new_tab: "öppnas i en ny flik",
    update_available: "Det finns en ny version av Strategy Explorer.",
    update_reload: "Ladda om",
    data_loading: |host| format!("Hämtar datasetet från {host}\u{2026}"),
    data_showing: |host| format!("Visar dataset från {host}"),
    data_showing_note: "Inte de medföljande uppgifterna: utgivaren ansvarar för innehållet. Förslag utifrån formuleringarna görs bara för de medföljande uppgifterna, så inga visas.",
    data_back: "Tillbaka till de medföljande uppgifterna",
    data_failed: |host| format!("Datasetet från {host} kunde inte visas"),
    data_failed_bundled: "De medföljande uppgifterna visas i stället.",
    data_problems: "Problem som hittades",
    open_heading: "Öppna ett dataset",
    open_intro: |max| format!("Visa era egna strategier i stället för de medföljande: ange https-adressen till en JSON-fil i det publicerade formatet (se JSON-schemat ovan). Filen måste vara mindre än {max}, och dess server måste låta den här webbplatsen läsa den (rubriken Access-Control-Allow-Origin). Inget laddas upp: din webbläsare läser filen direkt."),
    open_label: "Datasetets adress (https://\u{2026})",
    open_button: "Öppna",
    suggestions_external: "Förslag utifrån formuleringarna beräknas när appen byggs, och bara för de medföljande uppgifterna. Inga visas för det här datasetet.",
};
