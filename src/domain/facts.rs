//! One fact, one place (issue 11): what the plan already knows, read from
//! where the rep entered it, so that no stage criterion or red flag
//! contradicts it.
//!
//! - This year's budget is answered on the deal or follows from BANTCC's
//!   B confirmed (or from the budget criterion ticked by hand).
//! - Who competes is one fact shown twice, the deal's "competitors known"
//!   and BANTCC's competition letter: setting either sets the other
//!   ([`set_competitors_known`], [`set_status`]).
//! - Stage criteria that state a fact the plan holds are ticked from it:
//!   the shipped criteria about pains (a pain, a pain the customer wants
//!   solved, one our offer solves), contacts (the user department; the
//!   user, decision and procurement departments), the budget and the
//!   procurement process (BANTCC's T confirmed). The link
//!   is the criterion's id, so a team that rewords a shipped criterion
//!   keeps it; criteria a team adds are ticked by hand only. A criterion
//!   ticked from the plan can still be unticked by hand, with a reason
//!   ([`Overrule`]).

use super::diagnosis;
use super::model::{BantccLetter, BantccStatus, BuyingRole, Overrule, Plan, Tri};
use super::stages::{self, StageSet};

/// Where a criterion ticked from the plan comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The contacts and their buying roles.
    Contacts,
    /// The pains and their need conditions.
    Pains,
    /// This year's budget (deal or BANTCC B).
    Budget,
    /// BANTCC's time letter (purchase date, process and their lengths).
    Time,
}

/// The id of the shipped criterion that says the procurement process and
/// its length are known: BANTCC's T.
pub const PROCESS_CRITERION: &str = "evaluate-process";

/// The id of the shipped criterion that says the budget is confirmed.
pub const BUDGET_CRITERION: &str = "confirm-budget";

/// This year's budget as the plan states it outside the checklist: the
/// deal's answer when the rep gave one; otherwise yes when BANTCC's B is
/// confirmed; otherwise unknown.
fn stated_budget(plan: &Plan) -> Tri {
    match plan.deal.budget_this_year {
        Tri::Unknown if plan.bantcc.budget.status == BantccStatus::Confirmed => Tri::Yes,
        answer => answer,
    }
}

/// Whether the purchase is in this year's budget: as the plan states it
/// ([`stated_budget`]), or yes when only the budget criterion is ticked by
/// hand.
pub fn budget_this_year(plan: &Plan) -> Tri {
    match stated_budget(plan) {
        Tri::Unknown if stages::is_ticked(&plan.deal.ticked, BUDGET_CRITERION) => Tri::Yes,
        answer => answer,
    }
}

/// Whether the plan says who competes: the deal's "competitors known", or
/// BANTCC's competition letter confirmed (or a risk: a competitor ahead).
pub fn competitors_known(plan: &Plan) -> bool {
    let c = plan.bantcc.competition.status;
    plan.deal.competitors_known || matches!(c, BantccStatus::Confirmed | BantccStatus::Risk)
}

/// Sets the deal's "competitors known", and BANTCC's competition letter
/// with it: known makes an unknown or partial letter confirmed; not known
/// makes a confirmed (or risk) letter partial when competitors are named,
/// unknown when none are.
pub fn set_competitors_known(plan: &mut Plan, known: bool) {
    plan.deal.competitors_known = known;
    let named = plan.deal.competitors.iter().any(|c| !c.trim().is_empty());
    let status = &mut plan.bantcc.competition.status;
    let was_known = matches!(*status, BantccStatus::Confirmed | BantccStatus::Risk);
    *status = match (known, was_known) {
        (true, false) => BantccStatus::Confirmed,
        (false, true) if named => BantccStatus::Partial,
        (false, true) => BantccStatus::Unknown,
        _ => *status,
    };
}

/// Sets a BANTCC letter's status; the competition letter sets the deal's
/// "competitors known" with it (known when confirmed or a risk).
pub fn set_status(plan: &mut Plan, letter: BantccLetter, status: BantccStatus) {
    plan.bantcc.item_mut(letter).status = status;
    if letter == BantccLetter::Competition {
        plan.deal.competitors_known =
            matches!(status, BantccStatus::Confirmed | BantccStatus::Risk);
    }
}

/// Whether the purchase date and process are known at all: BANTCC's T
/// is not unknown, or the process criterion is ticked by hand.
pub fn time_known(plan: &Plan) -> bool {
    plan.bantcc.time.status != BantccStatus::Unknown
        || stages::is_ticked(&plan.deal.ticked, PROCESS_CRITERION)
}

/// The fact behind a shipped criterion, when the plan holds it: `None`
/// when the criterion is not one the plan can know, or the plan does not
/// say so (yet).
pub fn source(plan: &Plan, criterion: &str) -> Option<Source> {
    let role = |r| plan.contacts.iter().any(|c| c.role == r);
    let pain = |ok: fn(&super::model::Pain) -> bool| {
        plan.pains.iter().any(|p| !diagnosis::is_blank(p) && ok(p))
    };
    let (source, holds) = match criterion {
        "discover-pain" => (Source::Pains, pain(|_| true)),
        "confirm-wants" => (
            Source::Pains,
            pain(|p| p.acknowledged == Tri::Yes && p.priority == Tri::Yes),
        ),
        "confirm-we-solve" => (Source::Pains, pain(|p| p.we_solve == Tri::Yes)),
        "discover-user" => (Source::Contacts, role(BuyingRole::User)),
        "confirm-departments" => (
            Source::Contacts,
            [
                BuyingRole::User,
                BuyingRole::DecisionMaker,
                BuyingRole::Procurement,
            ]
            .into_iter()
            .all(role),
        ),
        BUDGET_CRITERION => (Source::Budget, stated_budget(plan) == Tri::Yes),
        PROCESS_CRITERION => (
            Source::Time,
            plan.bantcc.time.status == BantccStatus::Confirmed,
        ),
        _ => return None,
    };
    holds.then_some(source)
}

/// The rep's overrule of a criterion ticked from the plan, if any.
pub fn overrule<'a>(plan: &'a Plan, criterion: &str) -> Option<&'a Overrule> {
    plan.deal
        .overruled
        .iter()
        .find(|o| o.criterion == criterion)
}

/// Whether a criterion counts as ticked: ticked by hand, or stated by the
/// plan's facts and not unticked by the rep.
pub fn is_ticked(plan: &Plan, criterion: &str) -> bool {
    let from_plan = source(plan, criterion).is_some() && overrule(plan, criterion).is_none();
    from_plan || stages::is_ticked(&plan.deal.ticked, criterion)
}

/// The criteria that count as ticked ([`is_ticked`]), in the set's order.
pub fn ticked(plan: &Plan, set: &StageSet) -> Vec<String> {
    set.stages
        .iter()
        .flat_map(|s| &s.criteria)
        .filter(|c| is_ticked(plan, &c.id))
        .map(|c| c.id.clone())
        .collect()
}

/// Ticks or unticks a criterion by hand. Unticking one the plan's facts
/// state records an overrule (its reason written next); ticking it again
/// removes the overrule.
pub fn tick(plan: &mut Plan, criterion: &str, on: bool) {
    let from_plan = source(plan, criterion).is_some();
    let deal = &mut plan.deal;
    deal.overruled.retain(|o| o.criterion != criterion);
    if on && from_plan {
        return;
    }
    super::model::set_listed(&mut deal.ticked, criterion, on);
    if from_plan {
        deal.overruled.push(Overrule {
            criterion: criterion.to_string(),
            reason: String::new(),
        });
    }
}
