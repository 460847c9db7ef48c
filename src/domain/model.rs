//! The records of one visit plan: account, opportunity, contacts, visit
//! preparation, pains, BANTCC and the post-visit review.
//!
//! Every struct derives `Default`: a stored plan missing a field (older or
//! hand-edited data) still loads, the field taking its default. The JSON
//! mapping is written out by hand at the end of this file (`write_plan`,
//! `read_plan`), one non-generic function per record, in field order.

use chrono::NaiveDate;

use super::json::{str_enum, Map, Reader, Writer};

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Account {
    pub name: String,
    pub industry: String,
    pub region: String,
    pub address: String,
}

/// The opportunity / project (商机 / 项目) this visit serves.
#[derive(Clone, Debug, PartialEq)]
pub struct Opportunity {
    pub name: String,
    /// What is being bought: the project's content.
    pub content: String,
    /// Amount in `currency`; `None` while unknown.
    pub amount: Option<f64>,
    /// ISO 4217 code, e.g. "CNY".
    pub currency: String,
    /// 预计赢单时间.
    pub expected_win_date: Option<NaiveDate>,
    /// 最近一次联系时间.
    pub last_contact: Option<NaiveDate>,
    /// 下一次联系时间.
    pub next_contact: Option<NaiveDate>,
}

impl Default for Opportunity {
    fn default() -> Self {
        Opportunity {
            name: String::new(),
            content: String::new(),
            amount: None,
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    /// Unique within the plan.
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Objection {
    pub id: String,
    pub objection: String,
    pub answer: String,
}

/// Preparation for one visit (拜访计划).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VisitPrep {
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pain {
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct GoOverride {
    /// The decision the rep chose instead of the computed one.
    pub decision: GoDecision,
    /// Why; an override with a blank reason is not applied.
    pub reason: String,
}

/// The deal's qualification inputs read by the scoring panel: stage,
/// competition, volume, budget year, process length and the Go override.
#[derive(Clone, Debug, Default, PartialEq)]
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
}

/// One visit plan: everything the wizard edits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub id: String,
    /// RFC 3339 creation time.
    pub created_at: String,
    /// RFC 3339 time of the last edit.
    pub updated_at: String,
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
    /// Parses an amount, accepting thousands separators ("1,200,000") and
    /// surrounding spaces; kept to cents.
    pub fn parse(text: &str) -> AmountInput {
        let cleaned: String = text
            .chars()
            .filter(|c| !matches!(c, ',' | '，' | '_' | ' '))
            .collect();
        if cleaned.is_empty() {
            return AmountInput::Empty;
        }
        match crate::domain::format::parse_decimal(&cleaned) {
            Some(v) => AmountInput::Value(v),
            None => AmountInput::Invalid,
        }
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

// ------------------------------------------------------------ JSON mapping
//
// One writer and one reader per record, fields in declaration order. The
// stored format: field names as declared, enums by their `str_enum!` names,
// dates "YYYY-MM-DD" or null, amounts as numbers kept to cents or null.

fn write_account(w: &mut Writer, a: &Account) {
    w.text("name", &a.name);
    w.text("industry", &a.industry);
    w.text("region", &a.region);
    w.text("address", &a.address);
}

fn read_account(r: &mut Reader, o: &Map, a: &mut Account) {
    r.text(o, "name", &mut a.name);
    r.text(o, "industry", &mut a.industry);
    r.text(o, "region", &mut a.region);
    r.text(o, "address", &mut a.address);
}

fn write_opportunity(w: &mut Writer, o: &Opportunity) {
    w.text("name", &o.name);
    w.text("content", &o.content);
    w.amount("amount", o.amount);
    w.text("currency", &o.currency);
    w.date("expected_win_date", o.expected_win_date);
    w.date("last_contact", o.last_contact);
    w.date("next_contact", o.next_contact);
}

fn read_opportunity(r: &mut Reader, m: &Map, o: &mut Opportunity) {
    r.text(m, "name", &mut o.name);
    r.text(m, "content", &mut o.content);
    r.amount(m, "amount", &mut o.amount);
    r.text(m, "currency", &mut o.currency);
    r.date(m, "expected_win_date", &mut o.expected_win_date);
    r.date(m, "last_contact", &mut o.last_contact);
    r.date(m, "next_contact", &mut o.next_contact);
}

fn write_contact(w: &mut Writer, c: &Contact) {
    w.begin_object();
    w.text("id", &c.id);
    w.text("name", &c.name);
    w.text("title", &c.title);
    w.text("department", &c.department);
    w.text("role", c.role.as_str());
    w.text("seniority", c.seniority.as_str());
    w.text("relationship", c.relationship.as_str());
    w.flag("is_coach", c.is_coach);
    w.text("decision_style", c.decision_style.as_str());
    w.end_object();
}

fn read_contact(r: &mut Reader, o: &Map, c: &mut Contact) {
    r.id(o, "id", &mut c.id);
    r.text(o, "name", &mut c.name);
    r.text(o, "title", &mut c.title);
    r.text(o, "department", &mut c.department);
    r.named(o, "role", &mut c.role);
    r.named(o, "seniority", &mut c.seniority);
    r.named(o, "relationship", &mut c.relationship);
    r.flag(o, "is_coach", &mut c.is_coach);
    r.named(o, "decision_style", &mut c.decision_style);
}

fn write_objection(w: &mut Writer, o: &Objection) {
    w.begin_object();
    w.text("id", &o.id);
    w.text("objection", &o.objection);
    w.text("answer", &o.answer);
    w.end_object();
}

fn read_objection(r: &mut Reader, m: &Map, o: &mut Objection) {
    r.id(m, "id", &mut o.id);
    r.text(m, "objection", &mut o.objection);
    r.text(m, "answer", &mut o.answer);
}

fn write_visit(w: &mut Writer, v: &VisitPrep) {
    w.date("visit_date", v.visit_date);
    w.flag("appointment_confirmed", v.appointment_confirmed);
    w.text("purpose", &v.purpose);
    w.text("commitment_best", &v.commitment_best);
    w.text("commitment_min", &v.commitment_min);
    w.texts("info_to_obtain", &v.info_to_obtain);
    w.text("info_to_give", &v.info_to_give);
    w.texts("questions", &v.questions);
    w.key("objections");
    w.begin_array();
    for o in &v.objections {
        write_objection(w, o);
    }
    w.end_array();
    w.texts("our_attendees", &v.our_attendees);
    w.texts("their_attendees", &v.their_attendees);
}

fn read_visit(r: &mut Reader, o: &Map, v: &mut VisitPrep) {
    r.date(o, "visit_date", &mut v.visit_date);
    r.flag(o, "appointment_confirmed", &mut v.appointment_confirmed);
    r.text(o, "purpose", &mut v.purpose);
    r.text(o, "commitment_best", &mut v.commitment_best);
    r.text(o, "commitment_min", &mut v.commitment_min);
    r.texts(o, "info_to_obtain", &mut v.info_to_obtain);
    r.text(o, "info_to_give", &mut v.info_to_give);
    r.texts(o, "questions", &mut v.questions);
    r.records(o, "objections", &mut v.objections, read_objection);
    r.texts(o, "our_attendees", &mut v.our_attendees);
    r.texts(o, "their_attendees", &mut v.their_attendees);
}

fn write_pain(w: &mut Writer, p: &Pain) {
    w.begin_object();
    w.text("id", &p.id);
    w.text("description", &p.description);
    w.text("goal", &p.goal);
    w.text("goal_kind", p.goal_kind.as_str());
    w.opt_text("owner", p.owner.as_deref());
    w.text("acknowledged", p.acknowledged.as_str());
    w.text("priority", p.priority.as_str());
    w.text("we_solve", p.we_solve.as_str());
    w.text("budget", p.budget.as_str());
    w.end_object();
}

fn read_pain(r: &mut Reader, o: &Map, p: &mut Pain) {
    r.id(o, "id", &mut p.id);
    r.text(o, "description", &mut p.description);
    r.text(o, "goal", &mut p.goal);
    r.named(o, "goal_kind", &mut p.goal_kind);
    r.opt_text(o, "owner", &mut p.owner);
    r.named(o, "acknowledged", &mut p.acknowledged);
    r.named(o, "priority", &mut p.priority);
    r.named(o, "we_solve", &mut p.we_solve);
    r.named(o, "budget", &mut p.budget);
}

fn write_diagnosis(w: &mut Writer, d: &DiagnosisNotes) {
    w.text("surface_need", &d.surface_need);
    w.text("deep_need", &d.deep_need);
    w.text("whole_solution", &d.whole_solution);
}

fn read_diagnosis(r: &mut Reader, o: &Map, d: &mut DiagnosisNotes) {
    r.text(o, "surface_need", &mut d.surface_need);
    r.text(o, "deep_need", &mut d.deep_need);
    r.text(o, "whole_solution", &mut d.whole_solution);
}

fn write_bantcc(w: &mut Writer, b: &Bantcc) {
    for letter in BantccLetter::ALL {
        let item = b.item(letter);
        w.object(letter.as_str(), &mut |w| {
            w.text("status", item.status.as_str());
            w.text("notes", &item.notes);
            w.text("evidence", &item.evidence);
        });
    }
}

fn read_bantcc(r: &mut Reader, o: &Map, b: &mut Bantcc) {
    for letter in BantccLetter::ALL {
        let item = b.item_mut(letter);
        r.object(o, letter.as_str(), &mut |r, o| {
            r.named(o, "status", &mut item.status);
            r.text(o, "notes", &mut item.notes);
            r.text(o, "evidence", &mut item.evidence);
        });
    }
}

fn write_review(w: &mut Writer, v: &VisitReview) {
    w.text("outcome", v.outcome.as_str());
    w.text("what_happened", &v.what_happened);
    w.text("commitment_obtained", &v.commitment_obtained);
    w.text("next_step", &v.next_step);
}

fn read_review(r: &mut Reader, o: &Map, v: &mut VisitReview) {
    r.named(o, "outcome", &mut v.outcome);
    r.text(o, "what_happened", &mut v.what_happened);
    r.text(o, "commitment_obtained", &mut v.commitment_obtained);
    r.text(o, "next_step", &mut v.next_step);
}

fn write_deal(w: &mut Writer, d: &Deal) {
    w.text("stage_mode", d.stage_mode.as_str());
    w.opt_text("picked_stage", d.picked_stage.as_deref());
    w.texts("ticked", &d.ticked);
    w.texts("competitors", &d.competitors);
    w.flag("competitors_known", d.competitors_known);
    w.text("business_volume", d.business_volume.as_str());
    w.text("budget_this_year", d.budget_this_year.as_str());
    w.flag(
        "procurement_longer_than_planned",
        d.procurement_longer_than_planned,
    );
    match &d.go_override {
        Some(g) => w.object("go_override", &mut |w| {
            w.text("decision", g.decision.as_str());
            w.text("reason", &g.reason);
        }),
        None => w.opt_text("go_override", None),
    }
}

fn read_deal(r: &mut Reader, o: &Map, d: &mut Deal) {
    r.named(o, "stage_mode", &mut d.stage_mode);
    r.opt_text(o, "picked_stage", &mut d.picked_stage);
    r.texts(o, "ticked", &mut d.ticked);
    r.texts(o, "competitors", &mut d.competitors);
    r.flag(o, "competitors_known", &mut d.competitors_known);
    r.named(o, "business_volume", &mut d.business_volume);
    r.named(o, "budget_this_year", &mut d.budget_this_year);
    r.flag(
        o,
        "procurement_longer_than_planned",
        &mut d.procurement_longer_than_planned,
    );
    let mut g = GoOverride::default();
    let present = r.opt_object(o, "go_override", &mut |r, o| {
        r.named(o, "decision", &mut g.decision);
        r.text(o, "reason", &mut g.reason);
    });
    d.go_override = present.then_some(g);
}

/// Writes a plan as a JSON object, fields in declaration order.
pub(crate) fn write_plan(w: &mut Writer, p: &Plan) {
    w.begin_object();
    w.text("id", &p.id);
    w.text("created_at", &p.created_at);
    w.text("updated_at", &p.updated_at);
    w.text("step", p.step.as_str());
    w.object("account", &mut |w| write_account(w, &p.account));
    w.object("opportunity", &mut |w| write_opportunity(w, &p.opportunity));
    w.key("contacts");
    w.begin_array();
    for c in &p.contacts {
        write_contact(w, c);
    }
    w.end_array();
    w.object("visit", &mut |w| write_visit(w, &p.visit));
    w.key("pains");
    w.begin_array();
    for pain in &p.pains {
        write_pain(w, pain);
    }
    w.end_array();
    w.object("diagnosis", &mut |w| write_diagnosis(w, &p.diagnosis));
    w.object("bantcc", &mut |w| write_bantcc(w, &p.bantcc));
    w.object("review", &mut |w| write_review(w, &p.review));
    w.object("deal", &mut |w| write_deal(w, &p.deal));
    w.end_object();
}

/// Reads a plan's fields from a JSON object into `p` (a default plan):
/// missing fields keep their defaults, extra fields are ignored.
pub(crate) fn read_plan(r: &mut Reader, o: &Map, p: &mut Plan) {
    r.id(o, "id", &mut p.id);
    r.text(o, "created_at", &mut p.created_at);
    r.text(o, "updated_at", &mut p.updated_at);
    r.named(o, "step", &mut p.step);
    r.object(o, "account", &mut |r, o| read_account(r, o, &mut p.account));
    r.object(o, "opportunity", &mut |r, o| {
        read_opportunity(r, o, &mut p.opportunity)
    });
    r.records(o, "contacts", &mut p.contacts, read_contact);
    r.object(o, "visit", &mut |r, o| read_visit(r, o, &mut p.visit));
    r.records(o, "pains", &mut p.pains, read_pain);
    r.object(o, "diagnosis", &mut |r, o| {
        read_diagnosis(r, o, &mut p.diagnosis)
    });
    r.object(o, "bantcc", &mut |r, o| read_bantcc(r, o, &mut p.bantcc));
    r.object(o, "review", &mut |r, o| read_review(r, o, &mut p.review));
    r.object(o, "deal", &mut |r, o| read_deal(r, o, &mut p.deal));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_enums_round_trip_and_reject_unknown_names() {
        use crate::domain::json::Named;
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
}
