//! Screen addresses in the URL fragment, so every screen has a URL, a
//! reload opens the same screen and the browser's Back button walks back
//! through screens and wizard steps. Fragments work on any static host:
//! the server never sees them.
//!
//! | Screen | Fragment |
//! |---|---|
//! | the plan list | `#/` |
//! | a plan on a step | `#/plan/<id>/<step>`, e.g. `#/plan/p-1/bantcc` |
//! | stage settings | `#/settings` |
//! | import / export | `#/transfer` |
//! | the workshop | `#/workshop` |
//!
//! Share links (`#share=1.…`) are not routes: the share flow reads them
//! at start-up and when one arrives in a running tab (`hashchange`). Hand-written rather than `leptos_router`
//! (about 58 KB gzip for what these few lines do).

use crate::domain::model::Step;

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The plan list (also the fallback for an empty fragment).
    List,
    /// One plan, on a wizard step.
    Plan {
        /// The plan's id.
        id: String,
        /// The step; `None` opens the plan where the rep left it.
        step: Option<Step>,
    },
    /// The team's stage settings.
    Settings,
    /// The import / export screen.
    Transfer,
    /// The trainer's workshop.
    Workshop,
}

/// A step's name in the address.
fn step_slug(step: Step) -> &'static str {
    match step {
        Step::Customer => "customer",
        Step::VisitPrep => "visit",
        Step::Diagnosis => "diagnosis",
        Step::Bantcc => "bantcc",
        Step::Review => "review",
    }
}

impl Route {
    /// Reads a fragment (`location.hash`, with or without its `#`).
    /// `None` when it is not one of the app's addresses (e.g. `#main`, the
    /// skip link's target, or a share link).
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        if path.is_empty() || path == "/" {
            return Some(Route::List);
        }
        let mut parts = path.strip_prefix('/')?.split('/');
        let route = match (parts.next()?, parts.next(), parts.next()) {
            ("settings", None, None) => Route::Settings,
            ("transfer", None, None) => Route::Transfer,
            ("workshop", None, None) => Route::Workshop,
            ("plan", Some(id), step) if !id.is_empty() => Route::Plan {
                id: id.to_string(),
                step: match step {
                    None | Some("") => None,
                    Some(s) => Some(Step::ALL.into_iter().find(|x| step_slug(*x) == s)?),
                },
            },
            _ => return None,
        };
        parts.next().is_none().then_some(route)
    }

    /// The same screen whatever its step: a plan's route without its step.
    pub fn without_step(self) -> Route {
        match self {
            Route::Plan { id, .. } => Route::Plan { id, step: None },
            other => other,
        }
    }

    /// The fragment for this screen, with its `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::List => "#/".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::Transfer => "#/transfer".to_string(),
            Route::Workshop => "#/workshop".to_string(),
            Route::Plan { id, step: None } => format!("#/plan/{id}"),
            Route::Plan { id, step: Some(s) } => format!("#/plan/{id}/{}", step_slug(*s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(id: &str, step: Option<Step>) -> Route {
        Route::Plan {
            id: id.to_string(),
            step,
        }
    }

    #[test]
    fn every_route_reads_back_from_its_fragment() {
        let mut routes = vec![
            Route::List,
            Route::Settings,
            Route::Transfer,
            Route::Workshop,
        ];
        routes.push(plan("p-1.a_b", None));
        routes.extend(Step::ALL.map(|s| plan("p-lz3k-42", Some(s))));
        for r in routes {
            assert_eq!(Route::parse(&r.to_hash()), Some(r.clone()), "{r:?}");
        }
    }

    #[test]
    fn fragments_as_people_and_browsers_write_them() {
        assert_eq!(Route::parse(""), Some(Route::List));
        assert_eq!(Route::parse("#"), Some(Route::List));
        assert_eq!(Route::parse("#/"), Some(Route::List));
        assert_eq!(Route::parse("/settings"), Some(Route::Settings));
        assert_eq!(Route::parse("#/plan/p1/"), Some(plan("p1", None)));
        assert_eq!(
            Route::parse("#/plan/p1/visit"),
            Some(plan("p1", Some(Step::VisitPrep)))
        );
    }

    #[test]
    fn a_screen_without_its_step() {
        assert_eq!(
            plan("p1", Some(Step::Bantcc)).without_step(),
            plan("p1", None)
        );
        assert_eq!(Route::Settings.without_step(), Route::Settings);
    }

    #[test]
    fn anything_else_is_not_a_route() {
        for h in [
            "#main",
            "#share=1.abc",
            "#/plan",
            "#/plan/",
            "#/plan/p1/nowhere",
            "#/plan/p1/review/extra",
            "#/settings/x",
            "#/unknown",
        ] {
            assert_eq!(Route::parse(h), None, "{h}");
        }
    }
}
