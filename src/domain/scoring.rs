//! The scoring panel (赢单评分): a pure function of the plan that returns a
//! structured explanation — stage and its criteria, coach gate, competition,
//! the probability chain, weighted amount, BANTCC completeness, red flags,
//! Go / No-Go, customer quadrant, decision-style advice and role coverage.
//! The UI only renders it; the i18n module words every enum.
//!
//! Every threshold is a named constant below, so the rules can be read and
//! changed in one place.

#![warn(missing_docs)]

use chrono::NaiveDate;

use super::diagnosis::{self, PainClass};
use super::facts;
use super::format::format_amount;
use super::model::{
    BantccLetter, BantccStatus, BuyingRole, DecisionStyle, GoDecision, GoOverride, Plan,
    Relationship, Seniority, StageMode, Step, Tri, VisitOutcome, Volume,
};
use super::stages::{self, StageKind, StageSet};
use super::summary::{self, DateStatus};

/// Even without a competitor the odds are at most 80%: price, purchase risk
/// or internal opinion can still stop the deal.
pub const NO_COMPETITOR_CAP: f64 = 0.8;

/// Competitors assumed while competition is unknown: at least one, so not
/// knowing never scores better than knowing of a rival.
pub const UNKNOWN_COMPETITORS_ASSUMED: usize = 1;

/// The article's claim that deals with a coach succeed 80% more often.
/// Context for the panel only: it is not multiplied into the probability,
/// where the coach acts through the qualification gate instead (applying
/// both would count the coach twice).
pub const COACH_CLAIMED_UPLIFT_PCT: u8 = 80;

/// The weakest relationship that counts as good (客情关系好) for the
/// customer quadrant.
pub const GOOD_RELATIONSHIP: Relationship = Relationship::Good;

/// Distinct departments needed to count as "called wide".
pub const WIDE_DEPARTMENTS: usize = 2;

/// The six buying roles a decision chain can have, in display order (the
/// "A" of BANTCC; [`BuyingRole::Unknown`] is not a role to cover).
pub const COVERED_ROLES: [BuyingRole; 6] = [
    BuyingRole::DecisionMaker,
    BuyingRole::User,
    BuyingRole::Procurement,
    BuyingRole::BudgetApprover,
    BuyingRole::TechnicalEvaluator,
    BuyingRole::Influencer,
];

/// The odds cap for `competitors` known rivals: 1/(n+1), and never above
/// [`NO_COMPETITOR_CAP`] (so 0 → 80%, 1 → 50%, 3 → 25%).
pub fn competition_cap(competitors: usize) -> f64 {
    let share = 1.0 / (competitors as f64 + 1.0);
    share.min(NO_COMPETITOR_CAP)
}

/// A fraction (0.0–1.0) in tenths of a percent, rounded half up and
/// clamped: 1/3 → 333, 0.0833 → 83. The panel shows every figure at this
/// precision, and the scorecard keeps its figures rounded to it, so the
/// chain a rep multiplies by hand gives the figure shown.
pub fn per_mille(fraction: f64) -> u32 {
    if fraction.is_nan() {
        return 0;
    }
    (fraction.clamp(0.0, 1.0) * 1000.0 + 0.5) as u32
}

/// `fraction` rounded to the tenth of a percent the panel shows.
pub fn shown(fraction: f64) -> f64 {
    f64::from(per_mille(fraction)) / 1000.0
}

/// A fraction as the panel shows it: "25%", "33.3%", "8.3%".
pub fn percent_text(fraction: f64) -> String {
    let pm = per_mille(fraction);
    match pm % 10 {
        0 => format!("{}%", pm / 10),
        d => format!("{}.{d}%", pm / 10),
    }
}

/// The weighted amount as the panel writes it, "480,000 × 8.3% = 39,840":
/// the amount, the shown probability and their product, so the line
/// multiplies out by hand.
pub fn weighted_text(amount: f64, probability: f64) -> String {
    let p = shown(probability);
    format!(
        "{} × {} = {}",
        format_amount(amount),
        percent_text(p),
        format_amount(amount * p)
    )
}

/// Win rate (赢单率): won ÷ followed, e.g. 10 followed and 5 won → 0.5.
/// `None` when nothing was followed or more were won than followed.
pub fn win_rate(followed: u32, won: u32) -> Option<f64> {
    if followed == 0 || won > followed {
        return None;
    }
    Some(f64::from(won) / f64::from(followed))
}

/// Personal productivity (个人生产力) = number of orders × order amount ×
/// win rate ÷ sales cycle, i.e. the amount won per day of cycle. Each term
/// is a lever: more orders, bigger orders, a higher win rate, a shorter
/// cycle. `None` for a zero cycle, a negative or non-finite amount, or a win
/// rate outside 0–1.
pub fn personal_productivity(
    orders: u32,
    order_amount: f64,
    win_rate: f64,
    cycle_days: u32,
) -> Option<f64> {
    let amount_ok = order_amount.is_finite() && order_amount >= 0.0;
    if cycle_days == 0 || !amount_ok || !(0.0..=1.0).contains(&win_rate) {
        return None;
    }
    Some(f64::from(orders) * order_amount * win_rate / f64::from(cycle_days))
}

/// Why the stage reading needs the rep's attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageWarning {
    /// Pick mode: no stage picked. Derive mode: the first stage's criteria
    /// are not all ticked yet.
    NotSet,
    /// Pick mode: the picked stage id is not in the stage set (it was
    /// removed or renamed in the settings).
    UnknownStage,
    /// Pick mode: none of the picked stage's criteria is ticked, so nothing
    /// supports the choice.
    NoSupportingCriterion,
    /// Derive mode: criteria of a later stage are ticked while this stage
    /// is incomplete; they count once it is complete.
    TickedAhead {
        /// The first incomplete open stage.
        incomplete: usize,
    },
}

/// The open stage after the current one and what it still needs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NextStage {
    /// Position of the next stage in the set.
    pub stage: usize,
    /// Its criteria not ticked yet, as positions in its criteria list.
    pub missing: Vec<usize>,
}

/// The deal's stage and how it was set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StageReading {
    /// Picked by the rep or derived from the checklist.
    pub mode: StageMode,
    /// The stage as set by the rep or derived, before the coach gate;
    /// `None` while not set.
    pub stage: Option<usize>,
    /// The stage's ticked criteria, as positions in its criteria list.
    pub supporting: Vec<usize>,
    /// The next stage towards winning (the won stage after the last open
    /// one) with its missing criteria; `None` once decided.
    pub next: Option<NextStage>,
    /// Something to fix in how the stage is set.
    pub warning: Option<StageWarning>,
}

/// What the coach does to this deal's odds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CoachEffect {
    /// No stage yet, or the deal is decided (won / lost): nothing to gate.
    NotApplicable,
    /// No coach and the stage is beyond the gate: the deal is held at the
    /// gate. `with_coach` is the probability a coach would unlock.
    Held {
        /// The probability at the rep's stage, as with a coach.
        with_coach: f64,
    },
    /// No coach; the stage is at or before the gate, so nothing is held
    /// yet, but the deal cannot be counted beyond the gate.
    BlocksBeyondGate,
    /// A coach: the stage counts in full. `without_coach` is the
    /// probability the deal would have without one, held at the gate;
    /// `None` while the stage is at or before the gate (nothing held).
    Counted {
        /// The probability if the deal were held at the gate.
        without_coach: Option<f64>,
    },
}

/// The coach gate: without a contact marked as coach (教练 / 内线) the deal
/// may not be counted beyond the qualification gate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CoachGate {
    /// Position in the plan's contacts of the first contact marked coach.
    pub coach: Option<usize>,
    /// Position of the qualification gate stage in the set.
    pub gate: Option<usize>,
    /// The stage the deal is held at, when held.
    pub held_at: Option<usize>,
    /// The coach's effect on the probability.
    pub effect: CoachEffect,
}

/// The competition factor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Competition {
    /// Whether the rep knows who competes.
    pub known: bool,
    /// Competitor names filled in.
    pub named: usize,
    /// Competitors counted in the cap: the names, or at least
    /// [`UNKNOWN_COMPETITORS_ASSUMED`] while unknown.
    pub counted: usize,
    /// The cap, [`competition_cap`] of `counted`.
    pub factor: f64,
}

/// One term of the probability chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorKind {
    /// The win rate of the deal's stage.
    StageRate {
        /// The stage.
        stage: usize,
    },
    /// The win rate of the qualification gate, used instead of the stage's
    /// because there is no coach.
    HeldAtGate {
        /// The gate stage the deal is held at.
        stage: usize,
        /// The stage set by the rep or derived.
        instead_of: usize,
    },
    /// The competition cap 1/(n+1), at most 80%.
    CompetitionCap {
        /// Competitors counted.
        competitors: usize,
        /// True when competition is unknown and the count is assumed.
        assumed: bool,
    },
}

/// One term of the probability chain and its value (0.0–1.0). The
/// probability is the product of the chain's values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factor {
    /// What the term is.
    pub kind: FactorKind,
    /// Its value, a fraction.
    pub value: f64,
}

/// BANTCC completeness: each letter's status and the counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BantccCompleteness {
    /// Each letter's status, in B-A-N-T-C-C order.
    pub letters: [(BantccLetter, BantccStatus); 6],
    /// Letters still unknown.
    pub unknown: usize,
    /// Letters marked as a risk.
    pub risks: usize,
}

/// A red flag; the i18n module words the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagKind {
    /// No contact is marked as coach.
    NoCoach,
    /// No contact has the decision-maker role: call high.
    DecisionMakerNotReached,
    /// Fewer than [`WIDE_DEPARTMENTS`] distinct departments among the
    /// contacts: call wide.
    SingleDepartment {
        /// Distinct departments reached (0 or 1).
        departments: usize,
    },
    /// Whether the purchase is in this year's budget is unknown.
    BudgetUnknown,
    /// The purchase is not in this year's budget.
    BudgetNotThisYear,
    /// No pain is a confirmed need (痛点 ≠ 需求).
    NeedNotConfirmed {
        /// Pains recorded (blank ones excluded), none of them a need.
        pains: usize,
    },
    /// BANTCC's need letter is marked confirmed, yet no pain meets the
    /// four conditions of a need.
    NeedMarkedNotMet {
        /// Pains recorded (blank ones excluded), none of them a need.
        pains: usize,
    },
    /// The BANTCC time letter (purchase date, process) is unknown.
    TimeUnknown,
    /// No expected win date (预计赢单时间).
    WinDateMissing,
    /// The procurement / approval process is longer than planned (marked
    /// on the deal, or the time letter is a risk).
    ProcurementLonger,
    /// Who competes is unknown.
    CompetitorUnknown,
    /// No next contact date (下一次联系时间).
    NextContactMissing,
    /// The next contact date has passed.
    NextContactOverdue {
        /// Days since it.
        days: i64,
    },
    /// The visit is still planned and neither commitment objective
    /// (承诺目标, best and minimum) is written.
    CommitmentMissing,
    /// The visit is still planned, the best commitment is written and the
    /// minimum acceptable one is not.
    CommitmentMinMissing,
    /// The visit is still planned, the minimum acceptable commitment is
    /// written and the best one is not.
    CommitmentBestMissing,
    /// The expected win date has passed and the deal is not decided.
    WinDatePast {
        /// Days since it.
        days: i64,
    },
    /// The last contact date is after today.
    LastContactFuture,
    /// The next contact date is before the last contact date.
    NextBeforeLast,
}

impl FlagKind {
    /// The wizard step where the rep fixes it.
    pub fn step(self) -> Step {
        match self {
            FlagKind::NoCoach
            | FlagKind::DecisionMakerNotReached
            | FlagKind::SingleDepartment { .. }
            | FlagKind::WinDateMissing
            | FlagKind::WinDatePast { .. }
            | FlagKind::LastContactFuture
            | FlagKind::NextBeforeLast => Step::Customer,
            FlagKind::CommitmentMissing
            | FlagKind::CommitmentMinMissing
            | FlagKind::CommitmentBestMissing => Step::VisitPrep,
            FlagKind::NeedNotConfirmed { .. } | FlagKind::NeedMarkedNotMet { .. } => {
                Step::Diagnosis
            }
            FlagKind::BudgetUnknown
            | FlagKind::BudgetNotThisYear
            | FlagKind::TimeUnknown
            | FlagKind::ProcurementLonger
            | FlagKind::CompetitorUnknown => Step::Bantcc,
            // Like the readiness check: the next date is set after a visit.
            FlagKind::NextContactMissing | FlagKind::NextContactOverdue { .. } => Step::Review,
        }
    }
}

/// A red flag and the step where to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RedFlag {
    /// The reason.
    pub kind: FlagKind,
    /// Where to fix it ([`FlagKind::step`]).
    pub step: Step,
}

/// A rule that produced the Go / No-Go decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleKind {
    /// Go: the deal is won.
    DealWon,
    /// No-Go: the deal is lost.
    DealLost,
    /// No-Go: the purchase is not in this year's budget and no need is
    /// confirmed.
    NoBudgetNoNeed,
    /// No-Go: every pain recorded is one our offer does not solve.
    NothingWeSolve,
    /// Develop first: no coach (the deal goes back to be developed).
    NoCoach,
    /// Develop first: the decision maker is not reached.
    DecisionMakerNotReached,
    /// Develop first: no confirmed need, only pains.
    NeedNotConfirmed,
    /// Go: a coach is in place.
    CoachInPlace,
    /// Go: the decision maker is reached.
    DecisionMakerReached,
    /// Go: a need is confirmed.
    NeedConfirmed,
}

/// The Go / No-Go verdict (销售判定).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Verdict {
    /// The computed decision.
    pub decision: GoDecision,
    /// The rules behind it: the ones that fired for No-Go and develop
    /// first, the ones satisfied for Go.
    pub rules: Vec<RuleKind>,
    /// The rep's override, when one is stored with a non-blank reason.
    pub overridden: Option<GoOverride>,
}

impl Verdict {
    /// The decision that stands: the override's when there is one, else the
    /// computed one.
    pub fn effective(&self) -> GoDecision {
        self.overridden
            .as_ref()
            .map_or(self.decision, |o| o.decision)
    }
}

/// Relationship (客情关系) on the quadrant's axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationshipLevel {
    /// No contact's relationship is assessed.
    Unknown,
    /// Some contact's relationship is at least [`GOOD_RELATIONSHIP`].
    Good,
    /// Relationships are assessed and none is good.
    Poor,
}

/// A cell of the customer quadrant: relationship × business volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuadrantPlacement {
    /// Good relationship, high volume.
    GoodHigh,
    /// Good relationship, low volume.
    GoodLow,
    /// Poor relationship, high volume.
    PoorHigh,
    /// Poor relationship, low volume.
    PoorLow,
}

/// The strategy for a quadrant cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuadrantStrategy {
    /// Good + high: visit first and look for the order now.
    VisitFirstSeekOrder,
    /// Good + low: influence step by step; install a trial unit.
    InfluenceWithTrialUnit,
    /// Poor + high: build the relationship first (experience unit, more
    /// touch points).
    BuildRelationshipFirst,
    /// Poor + low: keep light contact (e.g. social posts) until a chance
    /// appears.
    KeepLightContact,
}

impl QuadrantPlacement {
    /// The cell for a relationship and a volume; `None` while either is
    /// unknown.
    pub fn of(relationship: RelationshipLevel, volume: Volume) -> Option<QuadrantPlacement> {
        use RelationshipLevel as R;
        match (relationship, volume) {
            (R::Good, Volume::High) => Some(QuadrantPlacement::GoodHigh),
            (R::Good, Volume::Low) => Some(QuadrantPlacement::GoodLow),
            (R::Poor, Volume::High) => Some(QuadrantPlacement::PoorHigh),
            (R::Poor, Volume::Low) => Some(QuadrantPlacement::PoorLow),
            (R::Unknown, _) | (_, Volume::Unknown) => None,
        }
    }

    /// The strategy for this cell.
    pub fn strategy(self) -> QuadrantStrategy {
        match self {
            QuadrantPlacement::GoodHigh => QuadrantStrategy::VisitFirstSeekOrder,
            QuadrantPlacement::GoodLow => QuadrantStrategy::InfluenceWithTrialUnit,
            QuadrantPlacement::PoorHigh => QuadrantStrategy::BuildRelationshipFirst,
            QuadrantPlacement::PoorLow => QuadrantStrategy::KeepLightContact,
        }
    }
}

/// The customer quadrant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Quadrant {
    /// Good when any contact's relationship is at least
    /// [`GOOD_RELATIONSHIP`]; poor when some are assessed and none is.
    pub relationship: RelationshipLevel,
    /// The best relationship among the contacts.
    pub best: Relationship,
    /// The deal's business volume.
    pub volume: Volume,
    /// The cell, once both axes are known.
    pub placement: Option<QuadrantPlacement>,
    /// The cell's strategy.
    pub strategy: Option<QuadrantStrategy>,
}

/// How to mirror (Mirror / 映射) a decision maker's style.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MirrorAdvice {
    /// Driver (指挥型): be brief and direct; lead with results, options and
    /// the decision asked for; let them decide.
    ResultsFirst,
    /// Analytical (思考型): bring data, evidence and detail in writing;
    /// give time to weigh it; no pressure.
    DataAndDetail,
    /// Expressive (激励型): share the vision and success stories, show
    /// enthusiasm and recognition; keep the details for later.
    VisionAndStories,
    /// Amiable (支持型): build trust patiently; show references, low risk
    /// and support for the people affected; do not push.
    TrustAndReassurance,
}

/// The mirror advice for a style; `None` while the style is unknown (learn
/// it through the coach).
pub fn mirror_advice(style: DecisionStyle) -> Option<MirrorAdvice> {
    match style {
        DecisionStyle::Unknown => None,
        DecisionStyle::Driver => Some(MirrorAdvice::ResultsFirst),
        DecisionStyle::Analytical => Some(MirrorAdvice::DataAndDetail),
        DecisionStyle::Expressive => Some(MirrorAdvice::VisionAndStories),
        DecisionStyle::Amiable => Some(MirrorAdvice::TrustAndReassurance),
    }
}

/// A decision maker's style and how to adapt the pitch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StyleAdvice {
    /// Position of the decision maker in the plan's contacts.
    pub contact: usize,
    /// Their decision style.
    pub style: DecisionStyle,
    /// How to mirror it; `None` while the style is unknown.
    pub advice: Option<MirrorAdvice>,
}

/// Call-high / call-wide coverage of the decision chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Coverage {
    /// Each of [`COVERED_ROLES`] and whether a contact has it.
    pub roles: [(BuyingRole, bool); 6],
    /// Distinct non-blank departments among the contacts (trimmed).
    pub departments: usize,
    /// The highest seniority reached.
    pub highest: Seniority,
}

impl Coverage {
    /// The roles no contact has.
    pub fn missing(&self) -> impl Iterator<Item = BuyingRole> + '_ {
        self.roles.iter().filter(|(_, c)| !c).map(|(r, _)| *r)
    }

    /// How many roles are covered.
    pub fn covered(&self) -> usize {
        self.roles.iter().filter(|(_, c)| *c).count()
    }
}

/// The whole scoring panel for a plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Scorecard {
    /// The stage and how it was set.
    pub stage: StageReading,
    /// The coach gate.
    pub coach: CoachGate,
    /// The competition factor.
    pub competition: Competition,
    /// The probability chain, e.g. stage 50% × competition cap 50%; empty
    /// while no stage is set.
    pub chain: Vec<Factor>,
    /// The product of the chain, 0.0–1.0; `None` while no stage is set.
    pub probability: Option<f64>,
    /// Amount × probability; `None` while either is unknown.
    pub weighted_amount: Option<f64>,
    /// BANTCC status per letter and counts.
    pub bantcc: BantccCompleteness,
    /// Red flags, in [`FlagKind`] declaration order.
    pub flags: Vec<RedFlag>,
    /// Go / No-Go.
    pub verdict: Verdict,
    /// The customer quadrant.
    pub quadrant: Quadrant,
    /// Style advice for each decision maker, in contact order.
    pub styles: Vec<StyleAdvice>,
    /// Role and department coverage.
    pub coverage: Coverage,
}

/// Facts gathered in one pass over the contacts.
struct ContactFacts {
    coach: Option<usize>,
    decision_maker: bool,
    roles: [bool; 6],
    best: Relationship,
    highest: Seniority,
}

fn contact_facts(plan: &Plan) -> ContactFacts {
    let mut facts = ContactFacts {
        coach: None,
        decision_maker: false,
        roles: [false; 6],
        best: Relationship::Unknown,
        highest: Seniority::Unknown,
    };
    for (i, c) in plan.contacts.iter().enumerate() {
        if c.is_coach && facts.coach.is_none() {
            facts.coach = Some(i);
        }
        if let Some(r) = COVERED_ROLES.iter().position(|r| *r == c.role) {
            facts.roles[r] = true;
        }
        facts.decision_maker |= c.role == BuyingRole::DecisionMaker;
        facts.best = facts.best.max(c.relationship);
        facts.highest = facts.highest.max(c.seniority);
    }
    facts
}

/// Distinct non-blank departments, trimmed, compared exactly. Quadratic, but
/// without allocation; a plan has tens of contacts, not thousands.
fn distinct_departments(plan: &Plan) -> usize {
    let contacts = &plan.contacts;
    contacts
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            let d = c.department.trim();
            !d.is_empty()
                && !contacts[..*i]
                    .iter()
                    .any(|earlier| earlier.department.trim() == d)
        })
        .count()
}

/// Counts over the pains in one pass, without allocating.
struct PainFacts {
    recorded: usize,
    needs: usize,
    not_ours: usize,
}

fn pain_facts(plan: &Plan) -> PainFacts {
    let mut facts = PainFacts {
        recorded: 0,
        needs: 0,
        not_ours: 0,
    };
    for p in plan.pains.iter().filter(|p| !diagnosis::is_blank(p)) {
        facts.recorded += 1;
        match diagnosis::classify(p) {
            PainClass::Need => facts.needs += 1,
            PainClass::NotOurs => facts.not_ours += 1,
            PainClass::PainOnly => {}
        }
    }
    facts
}

fn read_stage(plan: &Plan, set: &StageSet) -> StageReading {
    let deal = &plan.deal;
    let ticked = &facts::ticked(plan, set)[..];
    let mode = deal.stage_mode;
    let (stage, warning) = match mode {
        StageMode::Pick => match deal.picked_stage.as_deref() {
            None => (None, Some(StageWarning::NotSet)),
            Some(id) => match set.index_of(id) {
                None => (None, Some(StageWarning::UnknownStage)),
                Some(i) => {
                    let supported = set.get(i).is_some_and(|s| {
                        s.criteria.iter().any(|c| stages::is_ticked(ticked, &c.id))
                    });
                    (
                        Some(i),
                        (!supported).then_some(StageWarning::NoSupportingCriterion),
                    )
                }
            },
        },
        StageMode::Derive => {
            let stage = stages::derive_stage(set, ticked);
            let decided = stage
                .and_then(|i| set.get(i))
                .is_some_and(|s| s.is_terminal());
            let ahead = if decided {
                None
            } else {
                stages::first_incomplete(set, ticked).and_then(|gap| {
                    stages::ticked_ahead(set, gap, ticked)
                        .map(|_| StageWarning::TickedAhead { incomplete: gap })
                })
            };
            let warning = ahead.or(stage.is_none().then_some(StageWarning::NotSet));
            (stage, warning)
        }
    };
    let supporting = stage
        .map(|i| stages::supporting_criteria(set, i, ticked))
        .unwrap_or_default();
    let next = next_stage(set, stage).map(|n| NextStage {
        stage: n,
        missing: stages::missing_criteria(set, n, ticked),
    });
    StageReading {
        mode,
        stage,
        supporting,
        next,
        warning,
    }
}

/// The stage after `current` towards winning: the next open stage, else the
/// won stage; the first open stage while none is set; `None` once decided.
fn next_stage(set: &StageSet, current: Option<usize>) -> Option<usize> {
    let from = match current {
        None => 0,
        Some(i) if set.get(i).is_some_and(|s| s.is_terminal()) => return None,
        Some(i) => i + 1,
    };
    set.stages
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, s)| s.kind != StageKind::Lost)
        .map(|(i, _)| i)
}

fn rate(set: &StageSet, stage: usize) -> f64 {
    set.get(stage).map_or(0.0, |s| s.win_rate())
}

/// Switches how the stage is set. Going from derive to pick keeps the
/// derived stage as the picked one (the rep starts from what the checklist
/// says, not from no stage).
pub fn set_stage_mode(plan: &mut Plan, mode: StageMode, set: &StageSet) {
    if mode == StageMode::Pick && plan.deal.stage_mode == StageMode::Derive {
        if let Some(stage) = read_stage(plan, set).stage.and_then(|i| set.get(i)) {
            plan.deal.picked_stage = Some(stage.id.clone());
        }
    }
    plan.deal.stage_mode = mode;
}

/// The scoring panel for a plan as of `today`, with the team's stage set.
///
/// The probability chain: the stage's win rate — or, without a coach and
/// beyond the qualification gate, the gate's rate instead — times the
/// competition cap. A won or lost stage is a fact, not a forecast: its rate
/// (100% / 0%) stands alone, without gate or competition. Red flags are
/// listed whatever the stage.
pub fn scorecard(plan: &Plan, stages: &StageSet, today: NaiveDate) -> Scorecard {
    let deal = &plan.deal;
    let contacts = contact_facts(plan);
    let pains = pain_facts(plan);
    let departments = distinct_departments(plan);

    let reading = read_stage(plan, stages);

    let named = deal
        .competitors
        .iter()
        .filter(|c| !c.trim().is_empty())
        .count();
    let known = facts::competitors_known(plan);
    let counted = if known {
        named
    } else {
        named.max(UNKNOWN_COMPETITORS_ASSUMED)
    };
    let competition = Competition {
        known,
        named,
        counted,
        factor: shown(competition_cap(counted)),
    };
    let competition_factor = Factor {
        kind: FactorKind::CompetitionCap {
            competitors: counted,
            assumed: !known,
        },
        value: competition.factor,
    };

    let gate = stages.gate_index();
    let terminal = reading
        .stage
        .and_then(|i| stages.get(i))
        .is_some_and(|s| s.is_terminal());
    let mut chain = Vec::with_capacity(2);
    let mut held_at = None;
    let effect = match reading.stage {
        None => CoachEffect::NotApplicable,
        Some(stage) if terminal => {
            chain.push(Factor {
                kind: FactorKind::StageRate { stage },
                value: rate(stages, stage),
            });
            CoachEffect::NotApplicable
        }
        Some(stage) => {
            // The gate only matters for a stage beyond it.
            let hold = gate.filter(|&g| stage > g);
            let (kind, counted_stage) = match (contacts.coach, hold) {
                (None, Some(g)) => (
                    FactorKind::HeldAtGate {
                        stage: g,
                        instead_of: stage,
                    },
                    g,
                ),
                _ => (FactorKind::StageRate { stage }, stage),
            };
            chain.push(Factor {
                kind,
                value: rate(stages, counted_stage),
            });
            chain.push(competition_factor);
            let full = shown(rate(stages, stage) * competition.factor);
            let held = hold.map(|g| shown(rate(stages, g) * competition.factor));
            match (contacts.coach, hold) {
                (Some(_), _) => CoachEffect::Counted {
                    without_coach: held,
                },
                (None, Some(g)) => {
                    held_at = Some(g);
                    CoachEffect::Held { with_coach: full }
                }
                (None, None) => CoachEffect::BlocksBeyondGate,
            }
        }
    };
    // Each factor is already at the shown precision; the product is
    // rounded to it too, so amount × the shown probability is the shown
    // weighted amount.
    let probability = reading
        .stage
        .map(|_| shown(chain.iter().map(|f| f.value).product::<f64>()));
    let weighted_amount = match (plan.opportunity.amount, probability) {
        (Some(a), Some(p)) if a.is_finite() => Some(a * p),
        _ => None,
    };
    let coach = CoachGate {
        coach: contacts.coach,
        gate,
        held_at,
        effect,
    };

    let letters = BantccLetter::ALL.map(|l| (l, plan.bantcc.item(l).status));
    let count_status = |st| letters.iter().filter(|(_, s)| *s == st).count();
    let bantcc = BantccCompleteness {
        letters,
        unknown: count_status(BantccStatus::Unknown),
        risks: count_status(BantccStatus::Risk),
    };

    let flags = red_flags(plan, &contacts, &pains, departments, terminal, today);
    let verdict = verdict(plan, stages, reading.stage, &contacts, &pains);

    let relationship = match contacts.best {
        Relationship::Unknown => RelationshipLevel::Unknown,
        r if r >= GOOD_RELATIONSHIP => RelationshipLevel::Good,
        _ => RelationshipLevel::Poor,
    };
    let placement = QuadrantPlacement::of(relationship, deal.business_volume);
    let quadrant = Quadrant {
        relationship,
        best: contacts.best,
        volume: deal.business_volume,
        placement,
        strategy: placement.map(QuadrantPlacement::strategy),
    };

    let styles = plan
        .contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.role == BuyingRole::DecisionMaker)
        .map(|(i, c)| StyleAdvice {
            contact: i,
            style: c.decision_style,
            advice: mirror_advice(c.decision_style),
        })
        .collect();

    let mut roles = [(BuyingRole::Unknown, false); 6];
    for (slot, (role, covered)) in roles
        .iter_mut()
        .zip(COVERED_ROLES.iter().zip(contacts.roles))
    {
        *slot = (*role, covered);
    }
    let coverage = Coverage {
        roles,
        departments,
        highest: contacts.highest,
    };

    Scorecard {
        stage: reading,
        coach,
        competition,
        chain,
        probability,
        weighted_amount,
        bantcc,
        flags,
        verdict,
        quadrant,
        styles,
        coverage,
    }
}

/// The red flags raised by a plan, in [`FlagKind`] order; each variant's
/// doc states its rule.
fn red_flags(
    plan: &Plan,
    contacts: &ContactFacts,
    pains: &PainFacts,
    departments: usize,
    decided: bool,
    today: NaiveDate,
) -> Vec<RedFlag> {
    let deal = &plan.deal;
    let blank = |s: &str| s.trim().is_empty();
    let next_contact = summary::contact_date_status(plan.opportunity.next_contact, today);
    let overdue = match next_contact {
        DateStatus::Overdue { days } => Some(FlagKind::NextContactOverdue { days }),
        _ => None,
    };
    let budget = facts::budget_this_year(plan);
    let o = &plan.opportunity;
    let win_past = o
        .expected_win_date
        .map(|d| (today - d).num_days())
        .filter(|&days| days > 0 && !decided)
        .map(|days| FlagKind::WinDatePast { days });
    let planned = plan.review.outcome == VisitOutcome::Planned;
    let commitment = match (
        blank(&plan.visit.commitment_best),
        blank(&plan.visit.commitment_min),
    ) {
        (true, true) => Some(FlagKind::CommitmentMissing),
        (false, true) => Some(FlagKind::CommitmentMinMissing),
        (true, false) => Some(FlagKind::CommitmentBestMissing),
        (false, false) => None,
    };
    let raised = [
        contacts.coach.is_none().then_some(FlagKind::NoCoach),
        (!contacts.decision_maker).then_some(FlagKind::DecisionMakerNotReached),
        (departments < WIDE_DEPARTMENTS).then_some(FlagKind::SingleDepartment { departments }),
        (budget == Tri::Unknown).then_some(FlagKind::BudgetUnknown),
        (budget == Tri::No).then_some(FlagKind::BudgetNotThisYear),
        (pains.needs == 0).then_some(if plan.bantcc.need.status == BantccStatus::Confirmed {
            FlagKind::NeedMarkedNotMet {
                pains: pains.recorded,
            }
        } else {
            FlagKind::NeedNotConfirmed {
                pains: pains.recorded,
            }
        }),
        (!facts::time_known(plan)).then_some(FlagKind::TimeUnknown),
        o.expected_win_date
            .is_none()
            .then_some(FlagKind::WinDateMissing),
        win_past,
        (deal.procurement_longer_than_planned || plan.bantcc.time.status == BantccStatus::Risk)
            .then_some(FlagKind::ProcurementLonger),
        (!facts::competitors_known(plan)).then_some(FlagKind::CompetitorUnknown),
        (next_contact == DateStatus::Missing).then_some(FlagKind::NextContactMissing),
        overdue,
        o.last_contact
            .is_some_and(|d| d > today)
            .then_some(FlagKind::LastContactFuture),
        matches!((o.next_contact, o.last_contact), (Some(n), Some(l)) if n < l)
            .then_some(FlagKind::NextBeforeLast),
        commitment.filter(|_| planned),
    ];
    raised
        .into_iter()
        .flatten()
        .map(|kind| RedFlag {
            kind,
            step: kind.step(),
        })
        .collect()
}

/// Go / No-Go, first matching tier wins:
/// 1. a decided deal: won → Go, lost → No-Go;
/// 2. No-Go when not in this year's budget and no confirmed need, or when
///    pains are recorded and our offer solves none of them;
/// 3. develop first when there is no coach, the decision maker is not
///    reached, or no need is confirmed;
/// 4. otherwise Go, on the coach, the decision maker and the need.
fn verdict(
    plan: &Plan,
    set: &StageSet,
    stage: Option<usize>,
    contacts: &ContactFacts,
    pains: &PainFacts,
) -> Verdict {
    let overridden = plan
        .deal
        .go_override
        .as_ref()
        .filter(|o| !o.reason.trim().is_empty())
        .cloned();
    let decided = |decision, rule| Verdict {
        decision,
        rules: vec![rule],
        overridden: overridden.clone(),
    };
    match stage.and_then(|i| set.get(i)).map(|s| s.kind) {
        Some(StageKind::Won) => return decided(GoDecision::Go, RuleKind::DealWon),
        Some(StageKind::Lost) => return decided(GoDecision::NoGo, RuleKind::DealLost),
        _ => {}
    }
    let need = pains.needs > 0;
    let no_go: Vec<RuleKind> = [
        (
            facts::budget_this_year(plan) == Tri::No && !need,
            RuleKind::NoBudgetNoNeed,
        ),
        (
            pains.recorded > 0 && pains.not_ours == pains.recorded,
            RuleKind::NothingWeSolve,
        ),
    ]
    .into_iter()
    .filter_map(|(fired, rule)| fired.then_some(rule))
    .collect();
    if !no_go.is_empty() {
        return Verdict {
            decision: GoDecision::NoGo,
            rules: no_go,
            overridden,
        };
    }
    let develop: Vec<RuleKind> = [
        (contacts.coach.is_none(), RuleKind::NoCoach),
        (!contacts.decision_maker, RuleKind::DecisionMakerNotReached),
        (!need, RuleKind::NeedNotConfirmed),
    ]
    .into_iter()
    .filter_map(|(fired, rule)| fired.then_some(rule))
    .collect();
    if !develop.is_empty() {
        return Verdict {
            decision: GoDecision::DevelopFirst,
            rules: develop,
            overridden,
        };
    }
    Verdict {
        decision: GoDecision::Go,
        rules: vec![
            RuleKind::CoachInPlace,
            RuleKind::DecisionMakerReached,
            RuleKind::NeedConfirmed,
        ],
        overridden,
    }
}
