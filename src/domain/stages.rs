//! Project stages (项目进展阶段): the buyer-centred stages a deal moves
//! through, each with a win rate and its judging criteria (判断要素); the
//! qualification gate a deal without a coach is held at; validation of a
//! team-edited stage set; deriving the stage from an ordered checklist; and
//! the stored settings document.
//!
//! The stage set is user-editable data, so unlike the rest of the core its
//! names and criteria carry their own text in both languages
//! ([`LocalText`]).

#![warn(missing_docs)]

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::codec::{fresh_id, open_envelope, parse_document, write_document, Body, DecodeError};
use super::serial::{self, str_enum, Shape};

/// At most this many stages in a set, won and lost included ("宜粗不宜细",
/// 一般不超过六个阶段).
pub const MAX_STAGES: usize = 6;

/// Fewest judging criteria an open stage may have.
pub const MIN_CRITERIA: usize = 3;

/// Most judging criteria any stage may have.
pub const MAX_CRITERIA: usize = 5;

/// Highest win rate, in percent.
pub const MAX_RATE_PCT: u8 = 100;

/// The schema version written into the stored stage-set document. Kept
/// apart from the plan's version: the two documents evolve separately.
pub const STAGES_SCHEMA_VERSION: u32 = 1;

/// Storage key of the team's stage set (absent: the default set).
pub const STAGES_KEY: &str = "winplan:v1:stages";

/// A text given in both UI languages: stage names and criteria are data a
/// team edits, not UI strings of the app.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct LocalText {
    /// 简体中文.
    pub zh: String,
    /// English.
    pub en: String,
}

impl LocalText {
    /// A text from its two translations.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> LocalText {
        LocalText {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// The Chinese text when `zh`, else the English one, trimmed; falls
    /// back to the other language when the wanted one is blank, since a
    /// team may fill in only one.
    pub fn get(&self, zh: bool) -> &str {
        let (want, other) = if zh {
            (&self.zh, &self.en)
        } else {
            (&self.en, &self.zh)
        };
        let want = want.trim();
        if want.is_empty() {
            other.trim()
        } else {
            want
        }
    }

    /// True when both languages are blank.
    pub fn is_blank(&self) -> bool {
        self.zh.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// What a stage means for the deal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StageKind {
    /// A stage of a deal still being pursued.
    #[default]
    Open,
    /// The terminal won stage (赢单: contract signed or payment received).
    Won,
    /// The terminal lost stage (输单).
    Lost,
}
str_enum!(StageKind { Open => "open", Won => "won", Lost => "lost" });

/// One judging criterion (判断要素) of a stage: a sign, seen from the
/// buyer's side, that the deal has reached it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Criterion {
    /// Unique within the whole set: plans store ticked criteria by id.
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    /// The criterion in both languages.
    pub text: LocalText,
}

/// One project stage (项目进展阶段).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Stage {
    /// Unique within the set: plans store the picked stage by id.
    #[serde(deserialize_with = "serial::id")]
    pub id: String,
    /// The stage name in both languages.
    pub name: LocalText,
    /// The win rate a deal at this stage is weighted with, 0–100.
    #[serde(deserialize_with = "serial::small_uint")]
    pub win_rate_pct: u8,
    /// The judging criteria: 3–5 for an open stage, up to 5 for the won and
    /// lost stages (which need at least one to be derived).
    pub criteria: Vec<Criterion>,
    /// Open, won or lost.
    pub kind: StageKind,
}

impl Stage {
    /// The win rate as a fraction (0.0–1.0); rates above 100 count as 100.
    pub fn win_rate(&self) -> f64 {
        f64::from(self.win_rate_pct.min(MAX_RATE_PCT)) / 100.0
    }

    /// True for the won and lost stages: the deal is decided.
    pub fn is_terminal(&self) -> bool {
        self.kind != StageKind::Open
    }
}

/// A team's stage set: the stages in order (open stages first, then the won
/// stage, then the lost stage if any) and the qualification gate.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct StageSet {
    /// The stages in order.
    pub stages: Vec<Stage>,
    /// Id of the open stage a deal without a coach is held at: it may not
    /// be counted beyond it ("leak down the funnel") until a coach is found.
    pub qualification_gate: String,
}

impl Default for StageSet {
    /// The shipped set, [`StageSet::default_set`].
    fn default() -> StageSet {
        StageSet::default_set()
    }
}

fn criterion(id: &str, zh: &str, en: &str) -> Criterion {
    Criterion {
        id: id.to_string(),
        text: LocalText::new(zh, en),
    }
}

fn stage(
    id: &str,
    name: (&str, &str),
    win_rate_pct: u8,
    kind: StageKind,
    criteria: Vec<Criterion>,
) -> Stage {
    Stage {
        id: id.to_string(),
        name: LocalText::new(name.0, name.1),
        win_rate_pct,
        criteria,
        kind,
    }
}

impl StageSet {
    /// The shipped set, in both languages: 发现需求 10%, 确认需求 25%,
    /// 方案评估 50%, 商务谈判 75%, 赢单 100%, 输单 0%, with buyer-centred
    /// criteria drawn from the domain (pain vs need, BANTCC, UBV, call
    /// high). The qualification gate is 确认需求.
    pub fn default_set() -> StageSet {
        use StageKind::{Lost, Open, Won};
        StageSet {
            stages: vec![
                stage(
                    "discover",
                    ("发现需求", "Discover needs"),
                    10,
                    Open,
                    vec![
                        criterion(
                            "discover-pain",
                            "客户谈到了阻碍其目标的痛点",
                            "The customer talks about a pain that blocks one of their goals",
                        ),
                        criterion(
                            "discover-user",
                            "我们已接触到使用部门",
                            "We have reached the user department",
                        ),
                        criterion(
                            "discover-time",
                            "客户愿意花时间介绍现状和今年的重点工作",
                            "The customer takes time to explain their situation and this year's key tasks",
                        ),
                    ],
                ),
                stage(
                    "confirm",
                    ("确认需求", "Confirm the need"),
                    25,
                    Open,
                    vec![
                        criterion(
                            "confirm-wants",
                            "客户承认痛点并希望解决，且是当前的优先事项",
                            "The customer acknowledges the pain, wants it solved and makes it a priority",
                        ),
                        criterion(
                            "confirm-we-solve",
                            "客户认可我方方案能解决该问题",
                            "The customer agrees our offer solves it",
                        ),
                        criterion(
                            "confirm-budget",
                            "已确认今年有预算，并知道由谁审批",
                            "Budget this year is confirmed and we know who approves it",
                        ),
                        criterion(
                            "confirm-departments",
                            "已弄清使用、决策和采购部门及其负责人",
                            "We know the user, decision and procurement departments and their people",
                        ),
                    ],
                ),
                stage(
                    "evaluate",
                    ("方案评估", "Evaluate solutions"),
                    50,
                    Open,
                    vec![
                        criterion(
                            "evaluate-comparing",
                            "客户正在比较方案或供应商",
                            "The customer is comparing solutions or suppliers",
                        ),
                        criterion(
                            "evaluate-ubv",
                            "决策者已听过我方的独特价值（UBV）",
                            "The decision maker has heard our unique business value (UBV)",
                        ),
                        criterion(
                            "evaluate-trial",
                            "客户安排了试用、演示或样板参观",
                            "The customer has arranged a trial, a demo or a reference visit",
                        ),
                        criterion(
                            "evaluate-process",
                            "已了解采购与审批流程及所需时间",
                            "We know the procurement and approval process and how long it takes",
                        ),
                    ],
                ),
                stage(
                    "negotiate",
                    ("商务谈判", "Negotiate"),
                    75,
                    Open,
                    vec![
                        criterion(
                            "negotiate-prefers",
                            "客户表示倾向选择我方",
                            "The customer says it prefers us",
                        ),
                        criterion(
                            "negotiate-terms",
                            "客户在谈价格和合同条款",
                            "The customer is negotiating price and contract terms",
                        ),
                        criterion(
                            "negotiate-procurement",
                            "采购部门已介入",
                            "Procurement is involved",
                        ),
                        criterion(
                            "negotiate-approved",
                            "决策者同意推进采购",
                            "The decision maker has agreed to go ahead with the purchase",
                        ),
                    ],
                ),
                stage(
                    "won",
                    ("赢单", "Won"),
                    100,
                    Won,
                    vec![criterion(
                        "won-signed",
                        "客户已签订合同或支付了部分／全部货款",
                        "The customer has signed the contract or paid part or all of the order",
                    )],
                ),
                stage(
                    "lost",
                    ("输单", "Lost"),
                    0,
                    Lost,
                    vec![
                        criterion(
                            "lost-rival",
                            "客户选择了其他供应商",
                            "The customer chose another supplier",
                        ),
                        criterion(
                            "lost-cancelled",
                            "项目取消或无限期搁置",
                            "The project was cancelled or shelved indefinitely",
                        ),
                    ],
                ),
            ],
            qualification_gate: "confirm".to_string(),
        }
    }

    /// The position of the stage with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The stage at a position.
    pub fn get(&self, index: usize) -> Option<&Stage> {
        self.stages.get(index)
    }

    /// The position of the first stage of this kind.
    pub fn first_of(&self, kind: StageKind) -> Option<usize> {
        self.stages.iter().position(|s| s.kind == kind)
    }

    /// The position of the qualification gate. When the gate id does not
    /// name an open stage (an invalid set), the first open stage is used:
    /// holding too early is the safe mistake. `None` only without open
    /// stages.
    pub fn gate_index(&self) -> Option<usize> {
        self.stages
            .iter()
            .position(|s| s.kind == StageKind::Open && s.id == self.qualification_gate)
            .or_else(|| self.first_of(StageKind::Open))
    }

    /// The position of the criterion with this id: (stage, criterion).
    pub fn criterion_position(&self, id: &str) -> Option<(usize, usize)> {
        self.stages.iter().enumerate().find_map(|(si, s)| {
            s.criteria
                .iter()
                .position(|c| c.id == id)
                .map(|ci| (si, ci))
        })
    }

    /// A new id with `prefix` ("s" stages, "k" criteria), unique among
    /// every stage and criterion id of the set.
    fn new_id(&self, prefix: &str) -> String {
        let ids: Vec<&str> = self
            .stages
            .iter()
            .flat_map(|s| std::iter::once(&s.id).chain(s.criteria.iter().map(|c| &c.id)))
            .map(String::as_str)
            .collect();
        fresh_id(prefix, &ids)
    }

    /// Adds an open stage after the last open one, with the win rate of
    /// the stage before it and [`MIN_CRITERIA`] empty criteria; nothing at
    /// [`MAX_STAGES`].
    pub fn add_stage(&mut self) {
        if self.stages.len() >= MAX_STAGES {
            return;
        }
        let at = self
            .stages
            .iter()
            .position(|s| s.kind != StageKind::Open)
            .unwrap_or(self.stages.len());
        let rate = at
            .checked_sub(1)
            .and_then(|i| self.stages.get(i))
            .map_or(0, |s| s.win_rate_pct);
        let stage = Stage {
            id: self.new_id("s"),
            win_rate_pct: rate,
            ..Stage::default()
        };
        self.stages.insert(at, stage);
        for _ in 0..MIN_CRITERIA {
            self.add_criterion(at);
        }
    }

    /// Removes stage `i` (nothing when there is none).
    pub fn remove_stage(&mut self, i: usize) {
        if i < self.stages.len() {
            self.stages.remove(i);
        }
    }

    /// Adds an empty criterion to stage `i`.
    pub fn add_criterion(&mut self, i: usize) {
        let id = self.new_id("k");
        if let Some(s) = self.stages.get_mut(i) {
            s.criteria.push(Criterion {
                id,
                ..Criterion::default()
            });
        }
    }

    /// Removes criterion `k` of stage `i` (nothing when there is none).
    pub fn remove_criterion(&mut self, i: usize, k: usize) {
        if let Some(s) = self.stages.get_mut(i) {
            if k < s.criteria.len() {
                s.criteria.remove(k);
            }
        }
    }
}

/// What is wrong with a stage set; positions are indices into
/// [`StageSet::stages`] and [`Stage::criteria`], so the settings screen can
/// point at the row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageSetError {
    /// More than [`MAX_STAGES`] stages.
    TooManyStages {
        /// How many there are.
        count: usize,
    },
    /// No open stage: nothing to pursue.
    NoOpenStage,
    /// Not exactly one won stage.
    WonCount {
        /// How many there are.
        count: usize,
    },
    /// More than one lost stage.
    LostCount {
        /// How many there are.
        count: usize,
    },
    /// A stage is out of order: open stages come first, then the won stage,
    /// then the lost stage.
    OutOfOrder {
        /// The misplaced stage.
        stage: usize,
    },
    /// A stage has a blank id.
    BlankStageId {
        /// The stage.
        stage: usize,
    },
    /// A stage repeats the id of an earlier one.
    DuplicateStageId {
        /// The later stage.
        stage: usize,
    },
    /// A stage has no name in either language.
    BlankName {
        /// The stage.
        stage: usize,
    },
    /// An open stage has fewer than [`MIN_CRITERIA`] or more than
    /// [`MAX_CRITERIA`] criteria, or a won / lost stage more than
    /// [`MAX_CRITERIA`].
    CriteriaCount {
        /// The stage.
        stage: usize,
        /// How many criteria it has.
        count: usize,
    },
    /// A criterion has a blank id.
    BlankCriterionId {
        /// The stage.
        stage: usize,
        /// The criterion within it.
        criterion: usize,
    },
    /// A criterion repeats the id of an earlier one (anywhere in the set).
    DuplicateCriterionId {
        /// The stage of the later criterion.
        stage: usize,
        /// The later criterion within it.
        criterion: usize,
    },
    /// A criterion has no text in either language.
    BlankCriterionText {
        /// The stage.
        stage: usize,
        /// The criterion within it.
        criterion: usize,
    },
    /// A win rate above 100%.
    RateOutOfRange {
        /// The stage.
        stage: usize,
        /// Its rate.
        pct: u8,
    },
    /// An open stage's rate is below an earlier open stage's, or the won
    /// stage's rate is below an open stage's: rates may not fall as the
    /// deal advances.
    RateDecreases {
        /// The stage whose rate is too low.
        stage: usize,
    },
    /// The lost stage's rate is above an open stage's.
    LostRateTooHigh {
        /// The lost stage.
        stage: usize,
    },
    /// The qualification gate does not name an open stage.
    GateNotOpenStage,
}

impl StageSetError {
    /// The problem's name, for technical details (not `Debug`, whose
    /// formatting machinery costs WASM).
    pub fn name(&self) -> &'static str {
        use StageSetError as E;
        match self {
            E::TooManyStages { .. } => "TooManyStages",
            E::NoOpenStage => "NoOpenStage",
            E::WonCount { .. } => "WonCount",
            E::LostCount { .. } => "LostCount",
            E::OutOfOrder { .. } => "OutOfOrder",
            E::BlankStageId { .. } => "BlankStageId",
            E::DuplicateStageId { .. } => "DuplicateStageId",
            E::BlankName { .. } => "BlankName",
            E::CriteriaCount { .. } => "CriteriaCount",
            E::BlankCriterionId { .. } => "BlankCriterionId",
            E::DuplicateCriterionId { .. } => "DuplicateCriterionId",
            E::BlankCriterionText { .. } => "BlankCriterionText",
            E::RateOutOfRange { .. } => "RateOutOfRange",
            E::RateDecreases { .. } => "RateDecreases",
            E::LostRateTooHigh { .. } => "LostRateTooHigh",
            E::GateNotOpenStage => "GateNotOpenStage",
        }
    }
}

/// Checks a stage set: at most [`MAX_STAGES`] stages; at least one open
/// stage, exactly one won and at most one lost, in that order; unique,
/// non-blank stage and criterion ids; every name and criterion filled in at
/// least one language; 3–5 criteria per open stage (0–5 for won / lost);
/// rates 0–100, non-decreasing over the open stages, the won rate at least
/// and the lost rate at most every open rate; the gate an open stage.
/// Returns every problem found, in stage order.
pub fn validate(set: &StageSet) -> Result<(), Vec<StageSetError>> {
    use StageSetError as E;
    let mut errors = Vec::new();
    let stages = &set.stages;
    if stages.len() > MAX_STAGES {
        errors.push(E::TooManyStages {
            count: stages.len(),
        });
    }
    let count = |kind| stages.iter().filter(|s| s.kind == kind).count();
    if count(StageKind::Open) == 0 {
        errors.push(E::NoOpenStage);
    }
    let won = count(StageKind::Won);
    if won != 1 {
        errors.push(E::WonCount { count: won });
    }
    let lost = count(StageKind::Lost);
    if lost > 1 {
        errors.push(E::LostCount { count: lost });
    }

    let rank = |kind| match kind {
        StageKind::Open => 0,
        StageKind::Won => 1,
        StageKind::Lost => 2,
    };
    let min_open_rate = stages
        .iter()
        .filter(|s| s.kind == StageKind::Open)
        .map(|s| s.win_rate_pct)
        .min();
    let mut max_open_rate: Option<u8> = None;
    for (si, s) in stages.iter().enumerate() {
        if si > 0 && rank(s.kind) < rank(stages[si - 1].kind) {
            errors.push(E::OutOfOrder { stage: si });
        }
        if s.id.trim().is_empty() {
            errors.push(E::BlankStageId { stage: si });
        } else if stages[..si].iter().any(|earlier| earlier.id == s.id) {
            errors.push(E::DuplicateStageId { stage: si });
        }
        if s.name.is_blank() {
            errors.push(E::BlankName { stage: si });
        }
        let n = s.criteria.len();
        let allowed = match s.kind {
            StageKind::Open => (MIN_CRITERIA..=MAX_CRITERIA).contains(&n),
            StageKind::Won | StageKind::Lost => n <= MAX_CRITERIA,
        };
        if !allowed {
            errors.push(E::CriteriaCount {
                stage: si,
                count: n,
            });
        }
        for (ci, c) in s.criteria.iter().enumerate() {
            if c.id.trim().is_empty() {
                errors.push(E::BlankCriterionId {
                    stage: si,
                    criterion: ci,
                });
            } else if criterion_seen_before(stages, si, ci) {
                errors.push(E::DuplicateCriterionId {
                    stage: si,
                    criterion: ci,
                });
            }
            if c.text.is_blank() {
                errors.push(E::BlankCriterionText {
                    stage: si,
                    criterion: ci,
                });
            }
        }
        if s.win_rate_pct > MAX_RATE_PCT {
            errors.push(E::RateOutOfRange {
                stage: si,
                pct: s.win_rate_pct,
            });
        }
        match s.kind {
            StageKind::Open => {
                if max_open_rate.is_some_and(|m| s.win_rate_pct < m) {
                    errors.push(E::RateDecreases { stage: si });
                }
                max_open_rate = max_open_rate.max(Some(s.win_rate_pct));
            }
            StageKind::Won => {
                let top = stages
                    .iter()
                    .filter(|o| o.kind == StageKind::Open)
                    .map(|o| o.win_rate_pct)
                    .max();
                if top.is_some_and(|m| s.win_rate_pct < m) {
                    errors.push(E::RateDecreases { stage: si });
                }
            }
            StageKind::Lost => {
                if min_open_rate.is_some_and(|m| s.win_rate_pct > m) {
                    errors.push(E::LostRateTooHigh { stage: si });
                }
            }
        }
    }
    let gate_ok = stages
        .iter()
        .any(|s| s.kind == StageKind::Open && s.id == set.qualification_gate);
    if !gate_ok {
        errors.push(E::GateNotOpenStage);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn criterion_seen_before(stages: &[Stage], si: usize, ci: usize) -> bool {
    let Some(id) = stages
        .get(si)
        .and_then(|s| s.criteria.get(ci))
        .map(|c| &c.id)
    else {
        return false;
    };
    let earlier_stages = stages[..si].iter().flat_map(|s| s.criteria.iter());
    let earlier_here = stages[si].criteria[..ci].iter();
    earlier_stages.chain(earlier_here).any(|c| &c.id == id)
}

/// True when the criterion with this id is in the ticked list.
pub fn is_ticked<T: AsRef<str>>(ticked: &[T], id: &str) -> bool {
    ticked.iter().any(|t| t.as_ref() == id)
}

/// True when the stage has criteria and all of them are ticked.
pub fn stage_complete<T: AsRef<str>>(stage: &Stage, ticked: &[T]) -> bool {
    !stage.criteria.is_empty() && stage.criteria.iter().all(|c| is_ticked(ticked, &c.id))
}

fn any_ticked<T: AsRef<str>>(stage: &Stage, ticked: &[T]) -> bool {
    stage.criteria.iter().any(|c| is_ticked(ticked, &c.id))
}

/// The stage derived from an ordered checklist (mode B), as a position in
/// the set. The rule:
/// 1. a ticked criterion of the lost stage means lost (checked first: when
///    won and lost are both ticked, the cautious reading wins);
/// 2. otherwise a ticked criterion of the won stage means won: an outcome is
///    a fact, whatever the checklist above it says;
/// 3. otherwise the open stages are walked in order and the deal is at the
///    furthest one whose criteria are all ticked, every earlier open stage's
///    criteria being all ticked too. The walk stops at the first incomplete
///    stage (a stage without criteria counts as incomplete: it can only be
///    picked), so ticks further down do not count until the gap is closed.
///
/// `None` while the first open stage is incomplete. Ids not in the set are
/// ignored.
pub fn derive_stage<T: AsRef<str>>(set: &StageSet, ticked: &[T]) -> Option<usize> {
    for kind in [StageKind::Lost, StageKind::Won] {
        let hit = set
            .stages
            .iter()
            .position(|s| s.kind == kind && any_ticked(s, ticked));
        if hit.is_some() {
            return hit;
        }
    }
    let mut reached = None;
    for (i, s) in set.stages.iter().enumerate() {
        if s.kind != StageKind::Open {
            continue;
        }
        if !stage_complete(s, ticked) {
            break;
        }
        reached = Some(i);
    }
    reached
}

/// The first open stage not completely ticked: where the ordered checklist
/// (mode B) stops. `None` when every open stage is complete.
pub fn first_incomplete<T: AsRef<str>>(set: &StageSet, ticked: &[T]) -> Option<usize> {
    set.stages
        .iter()
        .position(|s| s.kind == StageKind::Open && !stage_complete(s, ticked))
}

/// The first open stage after `from` (mode B's first incomplete stage, see
/// [`first_incomplete`]) that has a ticked criterion: the checklist was
/// ticked out of order and those ticks do not count yet.
pub fn ticked_ahead<T: AsRef<str>>(set: &StageSet, from: usize, ticked: &[T]) -> Option<usize> {
    set.stages
        .iter()
        .enumerate()
        .skip(from + 1)
        .find(|(_, s)| s.kind == StageKind::Open && any_ticked(s, ticked))
        .map(|(i, _)| i)
}

/// The ticked criteria of a stage, as positions in its criteria list: in
/// pick mode (mode A) the evidence that supports the rep's choice (one is
/// enough).
pub fn supporting_criteria<T: AsRef<str>>(
    set: &StageSet,
    stage: usize,
    ticked: &[T],
) -> Vec<usize> {
    criteria_where(set, stage, |id| is_ticked(ticked, id))
}

/// The criteria of a stage not ticked yet, as positions in its criteria
/// list: what is still to achieve to reach it.
pub fn missing_criteria<T: AsRef<str>>(set: &StageSet, stage: usize, ticked: &[T]) -> Vec<usize> {
    criteria_where(set, stage, |id| !is_ticked(ticked, id))
}

fn criteria_where(set: &StageSet, stage: usize, keep: impl Fn(&str) -> bool) -> Vec<usize> {
    set.stages
        .get(stage)
        .map(|s| {
            s.criteria
                .iter()
                .enumerate()
                .filter(|(_, c)| keep(&c.id))
                .map(|(i, _)| i)
                .collect()
        })
        .unwrap_or_default()
}

/// The stored settings document for a stage set:
/// `{"schema_version":1,"stages":{...}}`, compact JSON. The storage key is
/// the storage adapter's choice.
pub fn encode_stage_set(set: &StageSet) -> String {
    write_document(STAGES_SCHEMA_VERSION, "stages", &serial::to_compact(set))
}

/// Reads a stored stage-set document. Documents from a newer version are
/// refused; a set that fails [`validate`] is invalid (its problems are named
/// in the technical detail), so a broken set never reaches the scoring.
/// Missing fields take the shipped set's values.
pub fn decode_stage_set(raw: &str) -> Result<StageSet, DecodeError> {
    let invalid = |detail: String| DecodeError::Invalid { detail };
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    let shape = SHAPE.get_or_init(|| {
        let mut set = StageSet {
            stages: vec![Stage::default()],
            qualification_gate: String::new(),
        };
        set.stages[0].criteria.push(Criterion::default());
        Shape::of(&set, &set)
    });
    let body = open_envelope(parse_document(raw)?, Body::Stages)?;
    let set: StageSet = serial::read(body, "stages", shape, &mut Vec::new())?;
    validate(&set).map_err(|errors| {
        let names: Vec<&str> = errors.iter().map(StageSetError::name).collect();
        invalid(format!("stages: {}", names.join(", ")))
    })?;
    Ok(set)
}
