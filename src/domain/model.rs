//! The records of one visit plan: account, opportunity, contacts, visit
//! preparation, pains, BANTCC and the post-visit review.
//!
//! Every struct derives `Default` and is `#[serde(default)]`: a stored plan
//! missing a field (older or hand-edited data) still loads, the field
//! taking its default. The stored format: field names as declared, in
//! declaration order; enums by their `str_enum!` names; ids of letters,
//! digits, '-', '_' and '.'; dates "YYYY-MM-DD" or null; amounts as
//! numbers kept to cents or null ([`serial`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::format::{format_amount, read_amount};
use super::serial::{self, str_enum};

/// The wizard steps, in order. Stored in the plan so a rep returns to the
/// step where they left.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Step {
    /// Account, opportunity and contacts (客户与联系人).
    #[default]
    Customer,
    /// Visit preparation (拜访准备).
    VisitPrep,
    /// Pain vs need diagnosis (痛点与需求).
    Diagnosis,
    /// BANTCC qualification (客户信息收集清单).
    Bantcc,
    /// One-page summary and post-visit review (总结与复盘).
    Review,
}
str_enum!(Step { Customer => "customer", VisitPrep => "visit_prep", Diagnosis => "diagnosis", Bantcc => "bantcc", Review => "review" });

impl Step {
    /// All steps in wizard order.
    pub const ALL: [Step; 5] = [
        Step::Customer,
        Step::VisitPrep,
        Step::Diagnosis,
        Step::Bantcc,
        Step::Review,
    ];

    /// Zero-based position in the wizard.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

/// An answer that may not be known yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tri {
    /// Not known yet: a question to ask.
    #[default]
    Unknown,
    /// Known to hold.
    Yes,
    /// Known not to hold.
    No,
}
str_enum!(Tri { Unknown => "unknown", Yes => "yes", No => "no" });

impl Tri {
    /// All values, for selects.
    pub const ALL: [Tri; 3] = [Tri::Unknown, Tri::Yes, Tri::No];
}

/// The customer (客户). The legal name identifies it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Account {
    pub name: String,
    pub industry: String,
    pub region: String,
    pub address: String,
}

/// The opportunity / project (商机 / 项目) this visit serves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Opportunity {
    pub name: String,
    /// What is being bought: the project's content.
    pub content: String,
    /// Amount in `currency`; `None` while unknown, and while the text
    /// typed is not an amount. Only this enters the score.
    #[serde(with = "serial::amount")]
    pub amount: Option<f64>,
    /// The amount as the rep typed it ("15万", "¥120000", or text that is
    /// not an amount), kept so it is never silently replaced; empty when
    /// it is `amount` as [`format_amount`] writes it (or both are empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub amount_text: String,
    /// ISO 4217 code, e.g. "CNY".
    pub currency: String,
    /// 预计赢单时间.
    #[serde(with = "serial::date")]
    pub expected_win_date: Option<NaiveDate>,
    /// 最近一次联系时间.
    #[serde(with = "serial::date")]
    pub last_contact: Option<NaiveDate>,
    /// 下一次联系时间.
    #[serde(with = "serial::date")]
    pub next_contact: Option<NaiveDate>,
}

impl Default for Opportunity {
    fn default() -> Self {
        Opportunity {
            name: String::new(),
            content: String::new(),
            amount: None,
            amount_text: String::new(),
            currency: "CNY".to_string(),
            expected_win_date: None,
            last_contact: None,
            next_contact: None,
        }
    }
}

/// The "A" of BANTCC: the part a contact plays in the buying decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BuyingRole {
    #[default]
    Unknown,
    /// 使用部门.
    User,
    /// 决策部门 / economic buyer.
    DecisionMaker,
    /// 采购部门.
    Procurement,
    /// 预算审批.
    BudgetApprover,
    /// 技术评估.
    TechnicalEvaluator,
    /// 影响者.
    Influencer,
}
str_enum!(BuyingRole { Unknown => "unknown", User => "user", DecisionMaker => "decision_maker", Procurement => "procurement", BudgetApprover => "budget_approver", TechnicalEvaluator => "technical_evaluator", Influencer => "influencer" });

impl BuyingRole {
    /// All values, for selects.
    pub const ALL: [BuyingRole; 7] = [
        BuyingRole::Unknown,
        BuyingRole::User,
        BuyingRole::DecisionMaker,
        BuyingRole::Procurement,
        BuyingRole::BudgetApprover,
        BuyingRole::TechnicalEvaluator,
        BuyingRole::Influencer,
    ];
}

/// How high a contact sits ("call high").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Seniority {
    #[default]
    Unknown,
    Staff,
    Manager,
    Director,
    Executive,
}
str_enum!(Seniority { Unknown => "unknown", Staff => "staff", Manager => "manager", Director => "director", Executive => "executive" });

impl Seniority {
    /// All values, for selects.
    pub const ALL: [Seniority; 5] = [
        Seniority::Unknown,
        Seniority::Staff,
        Seniority::Manager,
        Seniority::Director,
        Seniority::Executive,
    ];
}

/// Relationship strength with a contact (客情关系).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relationship {
    #[default]
    Unknown,
    Hostile,
    Weak,
    Neutral,
    Good,
    Strong,
}
str_enum!(Relationship { Unknown => "unknown", Hostile => "hostile", Weak => "weak", Neutral => "neutral", Good => "good", Strong => "strong" });

impl Relationship {
    /// All values, for selects.
    pub const ALL: [Relationship; 6] = [
        Relationship::Unknown,
        Relationship::Hostile,
        Relationship::Weak,
        Relationship::Neutral,
        Relationship::Good,
        Relationship::Strong,
    ];
}

/// Decision style (决策风格), learned through the coach; the rep mirrors it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DecisionStyle {
    #[default]
    Unknown,
    /// 指挥型.
    Driver,
    /// 思考型.
    Analytical,
    /// 激励型.
    Expressive,
    /// 支持型.
    Amiable,
}
str_enum!(DecisionStyle { Unknown => "unknown", Driver => "driver", Analytical => "analytical", Expressive => "expressive", Amiable => "amiable" });

impl DecisionStyle {
    /// All values, for selects.
    pub const ALL: [DecisionStyle; 5] = [
        DecisionStyle::Unknown,
        DecisionStyle::Driver,
        DecisionStyle::Analytical,
        DecisionStyle::Expressive,
        DecisionStyle::Amiable,
    ];
}

/// A person at the account (联系人).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Unique within the plan.
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    pub name: String,
    pub title: String,
    pub department: String,
    pub role: BuyingRole,
    pub seniority: Seniority,
    pub relationship: Relationship,
    /// 教练 / 内线: an insider who helps us win.
    pub is_coach: bool,
    pub decision_style: DecisionStyle,
}

/// An objection we expect and the answer we prepared.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objection {
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    pub objection: String,
    pub answer: String,
}

/// Preparation for one visit (拜访计划).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisitPrep {
    #[serde(with = "serial::date")]
    pub visit_date: Option<NaiveDate>,
    /// 预约: the appointment is confirmed.
    pub appointment_confirmed: bool,
    /// The purpose stated to the customer when booking.
    pub purpose: String,
    /// 承诺目标: the best commitment to obtain.
    pub commitment_best: String,
    /// The minimum acceptable commitment.
    pub commitment_min: String,
    /// The rep's own list of information to obtain, one entry per line.
    /// BANTCC gaps are added to it at display time, not stored here.
    pub info_to_obtain: Vec<String>,
    /// Information to give: our unique business value (UBV) vs competitors.
    pub info_to_give: String,
    /// Questions to ask, one per line.
    pub questions: Vec<String>,
    pub objections: Vec<Objection>,
    /// Our attendees, one per line.
    pub our_attendees: Vec<String>,
    /// Ids of the customer's contacts who attend.
    pub their_attendees: Vec<String>,
}

/// Which kind of goal a pain stands in the way of (jobs to be done).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoalKind {
    #[default]
    Functional,
    Emotional,
    Social,
}
str_enum!(GoalKind { Functional => "functional", Emotional => "emotional", Social => "social" });

impl GoalKind {
    /// All values, for selects.
    pub const ALL: [GoalKind; 3] = [GoalKind::Functional, GoalKind::Emotional, GoalKind::Social];
}

/// A pain (痛点): an obstacle to a goal the customer has.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pain {
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    /// What the customer complains about, in their words.
    pub description: String,
    /// The goal the pain stands in the way of.
    pub goal: String,
    pub goal_kind: GoalKind,
    /// Id of the contact who owns the pain, if known.
    pub owner: Option<String>,
    /// The customer acknowledges the pain and wants it solved.
    pub acknowledged: Tri,
    /// Solving it is a priority now.
    pub priority: Tri,
    /// Our offer actually solves it.
    pub we_solve: Tri,
    /// There is budget for it.
    pub budget: Tri,
}

/// Plan-level diagnosis notes: surface vs deep need and a whole solution.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DiagnosisNotes {
    /// 表面需求, e.g. "buy copiers".
    pub surface_need: String,
    /// 深层需求, e.g. "document work flows with zero complaints".
    pub deep_need: String,
    /// 整体解决方案 idea, e.g. managed print outsourcing.
    pub whole_solution: String,
}

/// The status of one BANTCC letter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum BantccStatus {
    #[default]
    Unknown,
    Partial,
    Confirmed,
    Risk,
}
str_enum!(BantccStatus { Unknown => "unknown", Partial => "partial", Confirmed => "confirmed", Risk => "risk" });

impl BantccStatus {
    /// All values, for selects.
    pub const ALL: [BantccStatus; 4] = [
        BantccStatus::Unknown,
        BantccStatus::Partial,
        BantccStatus::Confirmed,
        BantccStatus::Risk,
    ];
}

/// One letter of the BANTCC checklist.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BantccItem {
    pub status: BantccStatus,
    pub notes: String,
    pub evidence: String,
}

/// The six letters of BANTCC (客户信息收集清单).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BantccLetter {
    Budget,
    Authority,
    Need,
    Time,
    Company,
    Competition,
}
str_enum!(BantccLetter { Budget => "budget", Authority => "authority", Need => "need", Time => "time", Company => "company", Competition => "competition" });

impl BantccLetter {
    /// All letters in B-A-N-T-C-C order.
    pub const ALL: [BantccLetter; 6] = [
        BantccLetter::Budget,
        BantccLetter::Authority,
        BantccLetter::Need,
        BantccLetter::Time,
        BantccLetter::Company,
        BantccLetter::Competition,
    ];

    /// The letter shown in the checklist.
    pub fn letter(self) -> char {
        match self {
            BantccLetter::Budget => 'B',
            BantccLetter::Authority => 'A',
            BantccLetter::Need => 'N',
            BantccLetter::Time => 'T',
            BantccLetter::Company | BantccLetter::Competition => 'C',
        }
    }
}

/// The BANTCC checklist of a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bantcc {
    pub budget: BantccItem,
    pub authority: BantccItem,
    pub need: BantccItem,
    pub time: BantccItem,
    pub company: BantccItem,
    pub competition: BantccItem,
}

impl Bantcc {
    /// The item for a letter.
    pub fn item(&self, letter: BantccLetter) -> &BantccItem {
        match letter {
            BantccLetter::Budget => &self.budget,
            BantccLetter::Authority => &self.authority,
            BantccLetter::Need => &self.need,
            BantccLetter::Time => &self.time,
            BantccLetter::Company => &self.company,
            BantccLetter::Competition => &self.competition,
        }
    }

    /// The item for a letter, mutably.
    pub fn item_mut(&mut self, letter: BantccLetter) -> &mut BantccItem {
        match letter {
            BantccLetter::Budget => &mut self.budget,
            BantccLetter::Authority => &mut self.authority,
            BantccLetter::Need => &mut self.need,
            BantccLetter::Time => &mut self.time,
            BantccLetter::Company => &mut self.company,
            BantccLetter::Competition => &mut self.competition,
        }
    }
}

/// What happened with the visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum VisitOutcome {
    /// Not visited yet.
    #[default]
    Planned,
    /// The visit took place.
    Held,
    /// The customer refused or cancelled: still logged, it still counts.
    Refused,
}
str_enum!(VisitOutcome { Planned => "planned", Held => "held", Refused => "refused" });

impl VisitOutcome {
    /// All values, for selects.
    pub const ALL: [VisitOutcome; 3] = [
        VisitOutcome::Planned,
        VisitOutcome::Held,
        VisitOutcome::Refused,
    ];
}

/// The rep's own review after the visit (自我总结).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisitReview {
    pub outcome: VisitOutcome,
    /// What happened (or why the visit was refused).
    pub what_happened: String,
    /// The commitment actually obtained.
    pub commitment_obtained: String,
    pub next_step: String,
}

/// How the deal's stage is set (项目进展阶段), switchable per plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StageMode {
    /// Mode A, for experienced reps: the rep picks the stage; the app shows
    /// which of its criteria are ticked and warns when none is.
    Pick,
    /// Mode B, for new reps: the rep ticks an ordered checklist of criteria
    /// and the app derives the stage from it. The default: it is objective.
    #[default]
    Derive,
}
str_enum!(StageMode { Pick => "pick", Derive => "derive" });

impl StageMode {
    /// All values, for selects.
    pub const ALL: [StageMode; 2] = [StageMode::Pick, StageMode::Derive];
}

/// The customer's business volume for what we sell (e.g. bottled-water
/// usage): the second axis of the customer quadrant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Volume {
    /// Not assessed yet.
    #[default]
    Unknown,
    /// High volume (用量大).
    High,
    /// Low volume (用量小).
    Low,
}
str_enum!(Volume { Unknown => "unknown", High => "high", Low => "low" });

impl Volume {
    /// All values, for selects.
    pub const ALL: [Volume; 3] = [Volume::Unknown, Volume::High, Volume::Low];
}

/// The Go / No-Go judgement (销售判定) on whether to keep pursuing a deal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum GoDecision {
    /// Pursue it.
    #[default]
    Go,
    /// Stop: the project is not real or not worth pursuing.
    NoGo,
    /// Not ready to pursue: develop it first (e.g. find a coach), then judge
    /// again.
    DevelopFirst,
}
str_enum!(GoDecision { Go => "go", NoGo => "no_go", DevelopFirst => "develop_first" });

impl GoDecision {
    /// All values, for selects.
    pub const ALL: [GoDecision; 3] = [GoDecision::Go, GoDecision::NoGo, GoDecision::DevelopFirst];
}

/// The rep's override of the computed Go / No-Go decision, with the written
/// reason kept in the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct GoOverride {
    /// The decision the rep chose instead of the computed one.
    pub decision: GoDecision,
    /// Why; an override with a blank reason is not applied.
    pub reason: String,
}

/// The deal's qualification inputs read by the scoring panel: stage,
/// competition, volume, budget year, process length and the Go override.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deal {
    /// Whether the rep picks the stage or the app derives it.
    pub stage_mode: StageMode,
    /// Id of the stage the rep picked (used in [`StageMode::Pick`]).
    pub picked_stage: Option<String>,
    /// Ids of the stage criteria (判断要素) the rep ticked. Read in both
    /// modes: derive uses them to set the stage, pick to show support.
    pub ticked: Vec<String>,
    /// Competitor names, one entry per line (blank lines ignored).
    pub competitors: Vec<String>,
    /// True when the rep knows who competes: an empty list then means no
    /// competitor. False (the default) means competition is unknown.
    pub competitors_known: bool,
    /// The customer's business volume, for the customer quadrant.
    pub business_volume: Volume,
    /// Is the purchase in this year's budget (预算年度是今年吗)?
    pub budget_this_year: Tri,
    /// The procurement / approval process turned out longer than planned.
    pub procurement_longer_than_planned: bool,
    /// The rep's override of the Go / No-Go decision, if any.
    pub go_override: Option<GoOverride>,
    /// Criteria the plan's facts tick that the rep unticked by hand
    /// ([`super::facts`]); left out of the document when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overruled: Vec<Overrule>,
}

/// A stage criterion ticked from the plan's facts that the rep unticked,
/// and why.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Overrule {
    /// The criterion's id.
    pub criterion: String,
    /// Why it does not hold although the plan says so.
    pub reason: String,
}

/// One visit plan: everything the wizard edits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    /// RFC 3339 creation time.
    pub created_at: String,
    /// RFC 3339 time of the last edit.
    pub updated_at: String,
    /// Who wrote the plan: the rep's name from the settings of the device
    /// that created it (or first exported it); empty in older plans.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// The author's team, when they gave one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub team: String,
    /// The wizard step the rep was on.
    pub step: Step,
    pub account: Account,
    pub opportunity: Opportunity,
    pub contacts: Vec<Contact>,
    pub visit: VisitPrep,
    pub pains: Vec<Pain>,
    pub diagnosis: DiagnosisNotes,
    pub bantcc: Bantcc,
    pub review: VisitReview,
    /// Stage, competition and Go / No-Go inputs for the scoring panel;
    /// defaulted when absent so plans stored before it still load.
    pub deal: Deal,
}

impl Plan {
    /// A new, empty plan.
    pub fn new(id: impl Into<String>, now: &str) -> Plan {
        Plan {
            id: id.into(),
            created_at: now.to_string(),
            updated_at: now.to_string(),
            ..Plan::default()
        }
    }

    /// Whether `other` holds the same content: the wizard step and the
    /// times are not content (moving between steps is not an edit).
    pub fn same_content(&self, other: &Plan) -> bool {
        let bare = |p: &Plan| Plan {
            step: Step::default(),
            updated_at: String::new(),
            ..p.clone()
        };
        bare(self) == bare(other)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }
}

/// A record kept in a list inside a plan (contacts, objections, pains),
/// identified by an id unique within that list.
pub trait Keyed: Default {
    /// The id prefix of new rows, e.g. "c" for "c1", "c2"…
    const PREFIX: &'static str;
    /// The row's id.
    fn id(&self) -> &str;
    /// Gives a new row its id.
    fn set_id(&mut self, id: String);
}

macro_rules! keyed {
    ($ty:ty, $prefix:literal) => {
        impl Keyed for $ty {
            const PREFIX: &'static str = $prefix;
            fn id(&self) -> &str {
                &self.id
            }
            fn set_id(&mut self, id: String) {
                self.id = id;
            }
        }
    };
}

keyed!(Contact, "c");
keyed!(Objection, "o");
keyed!(Pain, "n");

/// The ids of `rows`, in order.
pub fn row_ids<T: Keyed>(rows: &[T]) -> Vec<String> {
    rows.iter().map(|r| r.id().to_string()).collect()
}

/// Appends an empty row with a fresh id and returns the id.
pub fn push_row<T: Keyed>(rows: &mut Vec<T>) -> String {
    let existing: Vec<&str> = rows.iter().map(Keyed::id).collect();
    let id = crate::domain::codec::fresh_id(T::PREFIX, &existing);
    let mut row = T::default();
    row.set_id(id.clone());
    rows.push(row);
    id
}

/// Puts `id` in `ids` (at the end) when `on`, takes it out otherwise;
/// never listed twice. For ticked criteria, attendees and selections.
pub fn set_listed(ids: &mut Vec<String>, id: &str, on: bool) {
    ids.retain(|x| x != id);
    if on {
        ids.push(id.to_string());
    }
}

/// The row with this id.
pub fn row_mut<'a, T: Keyed>(rows: &'a mut [T], id: &str) -> Option<&'a mut T> {
    rows.iter_mut().find(|r| r.id() == id)
}

/// Splits a multi-line text field into entries, keeping every line so the
/// text round-trips exactly while the rep types (a trailing newline stays).
pub fn lines_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n')
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

/// Joins entries back into the text shown in a multi-line field.
pub fn text_from_lines(lines: &[String]) -> String {
    lines.join("\n")
}

/// The entries that carry text, trimmed (for summaries and counts).
pub fn filled(lines: &[String]) -> impl Iterator<Item = &str> {
    lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty())
}

/// What the rep typed into an amount field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AmountInput {
    /// Nothing: the amount is unknown.
    Empty,
    /// A valid, non-negative amount.
    Value(f64),
    /// Text that is not an amount.
    Invalid,
}

impl AmountInput {
    /// Reads an amount as people type it (see [`read_amount`]: "15万",
    /// "¥120000", "120,000.50", "１２００００", "1.2e5"); kept to cents.
    pub fn parse(text: &str) -> AmountInput {
        if text.trim().is_empty() {
            return AmountInput::Empty;
        }
        match read_amount(text) {
            Some(v) => AmountInput::Value(v),
            None => AmountInput::Invalid,
        }
    }

    /// The amount as [`format_amount`] writes it, when `typed` spells it
    /// otherwise ("15万" gives "150,000"); `None` when there is nothing
    /// to add.
    pub fn echo(self, typed: &str) -> Option<String> {
        match self {
            AmountInput::Value(a) => Some(format_amount(a)).filter(|f| f != typed),
            _ => None,
        }
    }
}

impl Opportunity {
    /// The text of the amount field: what was typed, or the amount as
    /// [`format_amount`] writes it. A typed text that does not read as the
    /// stored amount (a file edited by hand) gives way to the amount.
    pub fn amount_field(&self) -> String {
        let fits = match AmountInput::parse(&self.amount_text) {
            AmountInput::Value(a) => self.amount == Some(a),
            _ => self.amount.is_none(),
        };
        if fits && !self.amount_text.is_empty() {
            return self.amount_text.clone();
        }
        self.amount.map(format_amount).unwrap_or_default()
    }

    /// Records the text typed into the amount field, as typed: the amount
    /// becomes what it reads as, unknown when it is not an amount.
    pub fn type_amount(&mut self, text: String) {
        self.amount = match AmountInput::parse(&text) {
            AmountInput::Value(a) => Some(a),
            _ => None,
        };
        let plain = self.amount.map(format_amount).unwrap_or_default();
        self.amount_text = if text == plain { String::new() } else { text };
    }
}

impl Plan {
    /// Records the visit outcome; a held or refused visit moves the last
    /// contact date to the visit date (a refusal still counts as contact).
    pub fn set_outcome(&mut self, outcome: VisitOutcome) {
        self.review.outcome = outcome;
        if outcome != VisitOutcome::Planned {
            if let Some(d) = self.visit.visit_date {
                if self.opportunity.last_contact.is_none_or(|last| last < d) {
                    self.opportunity.last_contact = Some(d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_listed_adds_once_and_removes() {
        let mut ids = vec!["a".to_string(), "b".to_string()];
        set_listed(&mut ids, "c", true);
        set_listed(&mut ids, "a", true);
        assert_eq!(ids, ["b", "c", "a"]);
        set_listed(&mut ids, "c", false);
        set_listed(&mut ids, "x", false);
        assert_eq!(ids, ["b", "a"]);
    }

    #[test]
    fn named_enums_round_trip_and_reject_unknown_names() {
        use crate::domain::serial::Named;
        // Every variant is listed once, under its own name, in `ALL` too.
        fn round_trip<E: Named + PartialEq + std::fmt::Debug>(all: &[E]) {
            assert_eq!(E::VARIANTS.len(), E::NAMES.len());
            assert_eq!(E::VARIANTS, all);
        }
        round_trip(&Step::ALL);
        round_trip(&Tri::ALL);
        round_trip(&BuyingRole::ALL);
        round_trip(&Seniority::ALL);
        round_trip(&Relationship::ALL);
        round_trip(&DecisionStyle::ALL);
        round_trip(&GoalKind::ALL);
        round_trip(&BantccStatus::ALL);
        round_trip(&BantccLetter::ALL);
        round_trip(&VisitOutcome::ALL);
        round_trip(&StageMode::ALL);
        round_trip(&Volume::ALL);
        round_trip(&GoDecision::ALL);
        for v in BuyingRole::ALL {
            assert_eq!(BuyingRole::from_name(v.as_str()), Some(v));
        }
        for v in Step::ALL {
            assert_eq!(Step::from_name(v.as_str()), Some(v));
        }
        assert_eq!(BuyingRole::DecisionMaker.as_str(), "decision_maker");
        assert_eq!(BantccStatus::from_name("maybe"), None);
        assert_eq!(
            BantccStatus::NAMES,
            ["unknown", "partial", "confirmed", "risk"]
        );
    }

    #[test]
    fn keyed_rows_get_fresh_ids_and_are_found_by_id() {
        let mut contacts: Vec<Contact> = Vec::new();
        assert_eq!(push_row(&mut contacts), "c1");
        assert_eq!(push_row(&mut contacts), "c2");
        contacts.remove(0);
        assert_eq!(push_row(&mut contacts), "c3");
        assert_eq!(row_ids(&contacts), ["c2", "c3"]);
        row_mut(&mut contacts, "c3").expect("c3 exists").name = "李伟".into();
        assert_eq!(contacts[1].name, "李伟");
        assert!(row_mut(&mut contacts, "c1").is_none());
        let mut pains: Vec<Pain> = Vec::new();
        assert_eq!(push_row(&mut pains), "n1");
        let mut objections: Vec<Objection> = Vec::new();
        assert_eq!(push_row(&mut objections), "o1");
    }

    #[test]
    fn steps_walk_in_order() {
        assert_eq!(Step::Customer.prev(), None);
        assert_eq!(Step::Customer.next(), Some(Step::VisitPrep));
        assert_eq!(Step::Review.next(), None);
        assert_eq!(Step::Review.prev(), Some(Step::Bantcc));
        assert_eq!(Step::Bantcc.index(), 3);
    }

    #[test]
    fn lines_round_trip_while_typing() {
        for text in ["", "a", "a\n", "a\n\nb", "\n"] {
            assert_eq!(text_from_lines(&lines_from_text(text)), text);
        }
        let lines = lines_from_text(" 预算是今年的吗？\n\n谁审批 ");
        assert_eq!(
            filled(&lines).collect::<Vec<_>>(),
            ["预算是今年的吗？", "谁审批"]
        );
    }

    #[test]
    fn amounts_parse() {
        assert_eq!(AmountInput::parse(""), AmountInput::Empty);
        assert_eq!(AmountInput::parse("  "), AmountInput::Empty);
        assert_eq!(
            AmountInput::parse("1,200,000"),
            AmountInput::Value(1_200_000.0)
        );
        assert_eq!(AmountInput::parse("20000.50"), AmountInput::Value(20_000.5));
        assert_eq!(AmountInput::parse("-5"), AmountInput::Invalid);
        assert_eq!(AmountInput::parse("abc"), AmountInput::Invalid);
        assert_eq!(AmountInput::parse("inf"), AmountInput::Invalid);
    }

    #[test]
    fn amounts_read_as_people_write_them() {
        for (text, want) in [
            // The spellings of issue 10.
            ("15万", 150_000.0),
            ("12万", 120_000.0),
            ("¥120000", 120_000.0),
            ("120,000.50", 120_000.5),
            ("１２００００", 120_000.0),
            ("1.2e5", 120_000.0),
            // Multipliers.
            ("1.5万", 15_000.0),
            ("15 万", 150_000.0),
            ("15w", 150_000.0),
            ("2亿", 200_000_000.0),
            ("1.25亿", 125_000_000.0),
            ("3千", 3_000.0),
            ("3百万", 3_000_000.0),
            ("1.2千万", 12_000_000.0),
            ("120k", 120_000.0),
            ("120K", 120_000.0),
            ("1.5m", 1_500_000.0),
            ("1.5M", 1_500_000.0),
            ("1.23456万", 12_345.6),
            // Currency signs and codes, either side, any case.
            ("￥120000", 120_000.0),
            ("$1,200", 1_200.0),
            ("€ 99.9", 99.9),
            ("£5", 5.0),
            ("120000元", 120_000.0),
            ("15万元", 150_000.0),
            ("¥15万", 150_000.0),
            ("RMB 1.5m", 1_500_000.0),
            ("cny 8000", 8_000.0),
            ("8000 USD", 8_000.0),
            ("人民币20万", 200_000.0),
            // Separators in the usual places, full-width forms, spaces.
            ("1,200,000", 1_200_000.0),
            ("1，200，000", 1_200_000.0),
            ("１２０，０００．５", 120_000.5),
            ("1 200 000", 1_200_000.0),
            ("1\u{2009}200\u{2009}000", 1_200_000.0),
            ("1\u{a0}200", 1_200.0),
            ("  120000  ", 120_000.0),
            ("120000.", 120_000.0),
            (".5", 0.5),
            ("0", 0.0),
            // Exponents; cents rounded.
            ("1.2E5", 120_000.0),
            ("1e+3", 1_000.0),
            ("12.345", 12.35),
            ("0.125", 0.13),
            ("5e-3", 0.01),
        ] {
            assert_eq!(AmountInput::parse(text), AmountInput::Value(want), "{text}");
        }
        for bad in [
            "1,2,0",
            "12,00",
            "1,0000",
            "1234,567",
            ",120",
            "120,",
            "1,, 000",
            "1.200,50",
            "120,000.5,0",
            "-5",
            "-¥5",
            "¥-5",
            "\u{2212}5",
            "-0",
            "abc",
            "12x",
            "¥",
            "万",
            "k",
            ".",
            "e5",
            "1e",
            "1.2.3",
            "15万万",
            "5kk",
            "5十",
            "5万千",
            "1.2e5万",
            "1e400",
            "1e99999999999",
            "99999999999999999999",
            "1 2",
            "inf",
            "NaN",
        ] {
            assert_eq!(AmountInput::parse(bad), AmountInput::Invalid, "{bad}");
        }
    }

    #[test]
    fn amount_text_is_kept_as_typed() {
        let mut o = Opportunity::default();
        for (typed, amount, kept, echo) in [
            ("15万", Some(150_000.0), "15万", Some("150,000")),
            ("150000", Some(150_000.0), "150000", Some("150,000")),
            ("150,000", Some(150_000.0), "", None),
            ("1,2,0", None, "1,2,0", None),
            ("abc", None, "abc", None),
            ("", None, "", None),
            (" ", None, " ", None),
        ] {
            o.type_amount(typed.to_string());
            assert_eq!(o.amount, amount, "{typed}");
            assert_eq!(o.amount_text, kept, "{typed}");
            assert_eq!(o.amount_field(), typed, "{typed}");
            assert_eq!(AmountInput::parse(typed).echo(typed).as_deref(), echo);
        }
        // A typed text that does not match the stored amount (a file edited
        // by hand) gives way to it.
        o.amount = Some(5.0);
        o.amount_text = "15万".into();
        assert_eq!(o.amount_field(), "5");
        o.amount_text = "abc".into();
        assert_eq!(o.amount_field(), "5");
        o.amount = None;
        o.amount_text = "15万".into();
        assert_eq!(o.amount_field(), "");
    }

    #[test]
    fn outcome_moves_last_contact_forward_only() {
        let d = crate::domain::format::parse_date;
        let mut p = Plan::new("p1", "2026-11-23T00:00:00Z");
        p.visit.visit_date = d("2026-11-20");
        p.opportunity.last_contact = d("2026-11-01");
        p.set_outcome(VisitOutcome::Refused);
        assert_eq!(p.opportunity.last_contact, d("2026-11-20"));
        p.opportunity.last_contact = d("2026-11-22");
        p.set_outcome(VisitOutcome::Held);
        assert_eq!(p.opportunity.last_contact, d("2026-11-22"));
        let mut q = Plan::new("p2", "x");
        q.visit.visit_date = d("2026-11-20");
        q.set_outcome(VisitOutcome::Planned);
        assert_eq!(q.opportunity.last_contact, None);
    }

    #[test]
    fn moving_between_steps_is_not_an_edit() {
        let a = Plan::new("p", "2026-01-01T00:00:00.000Z");
        let mut b = a.clone();
        b.step = Step::Review;
        b.updated_at = "2026-02-01T00:00:00.000Z".into();
        assert!(a.same_content(&b));
        b.account.region = "Foshan".into();
        assert!(!a.same_content(&b));
    }
}
