//! The accessibility statement, in the three languages, with the fields a host needs for the
//! Danish statement (WAS-tool, Digitaliseringsstyrelsen) and the Swedish one (DIGG).

use crate::components::set_page_title;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use strategy_core::model::Lang;

/// One statement; each language is a `static` of this type, so none can miss a field.
struct Statement {
    title: &'static str,
    intro: &'static str,
    fields_heading: &'static str,
    /// (field, value) pairs in the order the national templates ask for them.
    fields: &'static [(&'static str, &'static str)],
    host_heading: &'static str,
    host_fields: &'static [&'static str],
    report_heading: &'static str,
    report: &'static str,
    enforcement_heading: &'static str,
    enforcement: &'static [(&'static str, &'static str, &'static str)],
}

static EN: Statement = Statement {
    title: "Accessibility statement",
    intro: "Strategy Explorer aims to meet WCAG 2.2 at level AA, and with it the requirements of EN 301 549 (WCAG 2.1 AA) that apply to Danish and Swedish public bodies, embedded views included.",
    fields_heading: "Status and how it was checked",
    fields: &[
        ("Compliance status", "Partially compliant: the checks below pass, but no independent audit has been made."),
        ("How it was checked", "Self-assessment. Every release is tested automatically in a real browser: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on the app's pages, keyboard-only use, focus moved to the heading after each page change, announcements of result counts, and colour contrast of the SDG tiles computed for all 17 goal colours."),
        ("Known limitations", "Strategy texts are shown in their original language (Danish or Swedish), marked with that language for screen readers. The charts repeat their figures in a data table."),
        ("Languages", "Danish, Swedish and English."),
    ],
    host_heading: "What a host must add",
    host_fields: &[
        "The name of the organisation that publishes the site, and the address of the site.",
        "A contact for reporting barriers (e-mail or web form) and the expected response time.",
        "The date the statement was prepared and last reviewed for your site.",
        "Denmark: publish the statement with Digitaliseringsstyrelsen's WAS-tool and link to it from the site.",
        "Sweden: publish the statement on the site following DIGG's model (tillgänglighetsredogörelse).",
    ],
    report_heading: "Report a barrier",
    report: "If something in the explorer does not work for you, tell the organisation that publishes the page where you use it; its contact is in its own accessibility statement. Say which page (its address), what you tried to do and what happened. Problems in the software itself can also be reported to the project that maintains it.",
    enforcement_heading: "If you are not satisfied with the answer",
    enforcement: &[
        ("Denmark", "Digitaliseringsstyrelsen supervises web accessibility", "https://www.was.digst.dk/"),
        ("Sweden", "DIGG – Agency for Digital Government supervises the law on accessibility to digital public services", "https://www.digg.se/"),
    ],
};

static DA: Statement = Statement {
    title: "Tilgængelighedserklæring",
    intro: "Strategy Explorer sigter mod at opfylde WCAG 2.2 på niveau AA og dermed kravene i EN 301 549 (WCAG 2.1 AA), som gælder for danske og svenske offentlige myndigheder, også for indlejrede visninger.",
    fields_heading: "Status og sådan er det kontrolleret",
    fields: &[
        ("Overholdelse", "Delvis overholdt: kontrollerne nedenfor består, men der er ikke foretaget en uafhængig gennemgang."),
        ("Sådan er det kontrolleret", "Egenvurdering. Hver udgave testes automatisk i en rigtig browser: axe-core med WCAG 2.0-, 2.1- og 2.2-reglerne på niveau A og AA på appens sider, brug kun med tastatur, fokus flyttet til overskriften efter hvert sideskift, oplæsning af antal resultater og farvekontrast på verdensmålsfelterne beregnet for alle 17 farver."),
        ("Kendte begrænsninger", "Strategiernes tekster vises på originalsproget (dansk eller svensk) og er markeret med sproget for skærmlæsere. Diagrammerne gentager deres tal i en tabel."),
        ("Sprog", "Dansk, svensk og engelsk."),
    ],
    host_heading: "Det skal udgiveren tilføje",
    host_fields: &[
        "Navnet på den organisation, der udgiver webstedet, og webstedets adresse.",
        "En kontakt til at indberette tilgængelighedsproblemer (e-mail eller formular) og forventet svartid.",
        "Datoen for udarbejdelse og seneste gennemgang af erklæringen for jeres websted.",
        "Danmark: udgiv erklæringen med Digitaliseringsstyrelsens WAS-tool, og link til den fra webstedet.",
        "Sverige: udgiv erklæringen på webstedet efter DIGG's model (tillgänglighetsredogörelse).",
    ],
    report_heading: "Indberet et tilgængelighedsproblem",
    report: "Hvis noget i oversigten ikke virker for dig, så skriv til den organisation, der udgiver siden, hvor du bruger den; kontakten står i dens egen tilgængelighedserklæring. Skriv hvilken side (adressen), hvad du forsøgte, og hvad der skete. Fejl i selve programmet kan også indberettes til det projekt, der vedligeholder det.",
    enforcement_heading: "Hvis du ikke er tilfreds med svaret",
    enforcement: &[
        ("Danmark", "Digitaliseringsstyrelsen fører tilsyn med webtilgængelighed", "https://www.was.digst.dk/"),
        ("Sverige", "DIGG – Myndigheten för digital förvaltning fører tilsyn med loven om tilgængelighed til digital offentlig service", "https://www.digg.se/"),
    ],
};

static SV: Statement = Statement {
    title: "Tillgänglighetsredogörelse",
    intro: "Strategy Explorer strävar efter att uppfylla WCAG 2.2 på nivå AA och därmed kraven i EN 301 549 (WCAG 2.1 AA) som gäller för danska och svenska offentliga aktörer, även för inbäddade vyer.",
    fields_heading: "Status och hur det har kontrollerats",
    fields: &[
        ("Förenlighet", "Delvis förenlig: kontrollerna nedan godkänns, men ingen oberoende granskning har gjorts."),
        ("Så har det kontrollerats", "Självskattning. Varje version testas automatiskt i en riktig webbläsare: axe-core med WCAG 2.0-, 2.1- och 2.2-reglerna på nivå A och AA på appens sidor, användning med enbart tangentbord, fokus flyttat till rubriken efter varje sidbyte, uppläsning av antal resultat och färgkontrast i rutorna för de globala målen beräknad för alla 17 färger."),
        ("Kända begränsningar", "Strategiernas texter visas på originalspråket (danska eller svenska) och är märkta med språket för skärmläsare. Diagrammen upprepar sina siffror i en tabell."),
        ("Språk", "Danska, svenska och engelska."),
    ],
    host_heading: "Detta behöver utgivaren lägga till",
    host_fields: &[
        "Namnet på organisationen som publicerar webbplatsen och webbplatsens adress.",
        "En kontaktväg för att rapportera brister (e-post eller formulär) och förväntad svarstid.",
        "Datum då redogörelsen upprättades och senast sågs över för er webbplats.",
        "Danmark: publicera redogörelsen med Digitaliseringsstyrelsens WAS-tool och länka till den från webbplatsen.",
        "Sverige: publicera redogörelsen på webbplatsen enligt DIGG:s mall (tillgänglighetsredogörelse).",
    ],
    report_heading: "Rapportera en brist",
    report: "Om något i utforskaren inte fungerar för dig, kontakta organisationen som publicerar sidan där du använder den; kontaktvägen finns i dess egen tillgänglighetsredogörelse. Ange vilken sida (adressen), vad du försökte göra och vad som hände. Fel i själva programvaran kan också rapporteras till projektet som underhåller den.",
    enforcement_heading: "Om du inte är nöjd med svaret",
    enforcement: &[
        ("Danmark", "Digitaliseringsstyrelsen utövar tillsyn över webbtillgänglighet", "https://www.was.digst.dk/"),
        ("Sverige", "DIGG – Myndigheten för digital förvaltning utövar tillsyn över lagen om tillgänglighet till digital offentlig service", "https://www.digg.se/"),
    ],
};

fn statement(lang: Lang) -> &'static Statement {
    match lang {
        Lang::Da => &DA,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    set_page_title(move || statement(i18n.lang.get()).title.to_string());
    move || {
        let s = statement(i18n.lang.get());
        view! {
            <article class="accessibility">
                <h1>{s.title}</h1>
                <p class="lead">{s.intro}</p>
                <h2>{s.fields_heading}</h2>
                <dl class="facts-list">
                    {s.fields.iter().map(|(k, v)| view! { <dt>{*k}</dt><dd>{*v}</dd> }).collect_view()}
                </dl>
                <h2>{s.report_heading}</h2>
                <p>{s.report}</p>
                <h2>{s.enforcement_heading}</h2>
                <ul>
                    {s.enforcement.iter().map(|(country, body, url)| view! {
                        <li><strong>{*country}</strong> ": " {*body} " – " <a href=*url rel="noopener" class="external">{*url}</a></li>
                    }).collect_view()}
                </ul>
                <h2>{s.host_heading}</h2>
                <ul>{s.host_fields.iter().map(|f| view! { <li>{*f}</li> }).collect_view()}</ul>
            </article>
        }
    }
}
