//! Workshops (issue 12): the rubric a trainer scores the class's plans on,
//! the levels the app suggests from a plan, and the totals.
//!
//! The default rubric is the domain brief's: nine criteria whose weights
//! sum to 100, each scored at a [`Level`] from 0 (missing) to 3 (strong).
//! A plan's total is `Σ weight × level ÷ 3`, out of 100, so a rep can
//! check it by hand: all strong is 100, all adequate 66.7.
//!
//! The app suggests a level for the criteria it can judge from the plan
//! alone (what is filled in, classified, covered and dated); each comes
//! with the facts it read, and the trainer confirms or changes it. What a
//! plan cannot show (whether a commitment is an action the customer takes,
//! whether questions target the gaps) stays the trainer's judgement: those
//! suggestions stop below "strong".
//!
//! Side by side, [`compare`] lays 2–8 plans out row by row; a cell that
//! differs from the value most of the class holds is marked.
//!
//! A workshop ([`Workshop`]): its name, date and case are kept with the
//! preferences, and each file the class handed in under a key of its own,
//! as it was read ([`ClassText`]), apart from the trainer's own plans.
//!
//! A class is loaded at once ([`load_class`]): many files, or text pasted
//! with several exports one after another ([`split_pasted`]). Each file is
//! read like an import, on its own, so one bad file never blocks the
//! others; each plan is shown under its author (or, for a plan from before
//! authors were kept, the rep who exported the file).

use chrono::NaiveDate;

use super::codec;
use super::format::parse_date;

use super::diagnosis::{self, NeedCondition, PainClass};
use super::model::GoDecision;
use super::model::{BantccLetter, BantccStatus, BuyingRole, DecisionStyle, Plan, Tri};
use super::scoring::{self, FlagKind};
use super::serial::Value;
use super::stages::StageSet;
use super::summary::plan_title;
use super::transfer::{self, ImportError, ImportSource};

/// How well a plan meets one rubric criterion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 0: missing.
    #[default]
    Missing,
    /// 1: weak.
    Weak,
    /// 2: adequate.
    Adequate,
    /// 3: strong.
    Strong,
}

impl Level {
    /// The four levels, lowest first.
    pub const ALL: [Level; 4] = [Level::Missing, Level::Weak, Level::Adequate, Level::Strong];

    /// The level's number, 0 to 3.
    pub fn points(self) -> u32 {
        self as u32
    }
}

/// The criteria of the default rubric, as the domain brief names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    /// Commitment objective (承诺目标).
    Commitment,
    /// Pain vs need (痛点 ≠ 需求).
    PainVsNeed,
    /// BANTCC evidence.
    BantccEvidence,
    /// Call high, call wide.
    CallHighWide,
    /// Coach and decision style.
    CoachAndStyle,
    /// Questions and information exchange.
    Questions,
    /// Objections.
    Objections,
    /// Honest qualification.
    Qualification,
    /// Next step.
    NextStep,
}

impl Criterion {
    /// The default rubric's criteria, in the brief's order.
    pub const ALL: [Criterion; 9] = [
        Criterion::Commitment,
        Criterion::PainVsNeed,
        Criterion::BantccEvidence,
        Criterion::CallHighWide,
        Criterion::CoachAndStyle,
        Criterion::Questions,
        Criterion::Objections,
        Criterion::Qualification,
        Criterion::NextStep,
    ];

    /// Its weight in the default rubric (the nine sum to 100).
    pub fn weight(self) -> u32 {
        match self {
            Criterion::Commitment | Criterion::PainVsNeed | Criterion::BantccEvidence => 15,
            Criterion::NextStep => 5,
            _ => 10,
        }
    }
}

/// A suggested level and the facts it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The level suggested.
    pub level: Level,
    /// What the plan shows, for the trainer to check.
    pub reason: Reason,
}

/// The facts behind a suggested level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Best and minimum commitment: which are written.
    Commitment {
        /// The best commitment is written.
        best: bool,
        /// The minimum acceptable one is written.
        min: bool,
    },
    /// Pains with all four need conditions answered, of those recorded,
    /// and whether the deep need and a whole solution are named.
    Pains {
        /// Pains recorded (blank rows left out).
        recorded: usize,
        /// Of them, with no condition left unknown.
        classified: usize,
        /// The deep need is named (not a repeat of the surface need).
        deep_need: bool,
        /// A whole-solution idea is written.
        whole_solution: bool,
    },
    /// BANTCC letters with a status, and with evidence too.
    Bantcc {
        /// Letters not unknown.
        known: usize,
        /// Of them, with evidence written.
        evidenced: usize,
    },
    /// Of the decision maker, user and procurement departments, how many
    /// have a contact.
    Coverage {
        /// Roles covered, 0 to 3.
        roles: usize,
    },
    /// A coach, and the decision maker's decision style.
    Coach {
        /// A contact is marked as coach.
        coach: bool,
        /// A decision maker's style is known.
        style: bool,
    },
    /// Questions prepared and information to give.
    Questions {
        /// Questions written.
        questions: usize,
        /// Information to give (our value) written.
        to_give: bool,
    },
    /// Objections prepared and answered.
    Objections {
        /// Objections written.
        written: usize,
        /// Of them, with an answer.
        answered: usize,
    },
    /// The stage and what backs it.
    Qualification {
        /// A stage is set (picked or derived).
        stage: bool,
        /// The stage is backed by its criteria (no stage warning).
        backed: bool,
    },
    /// The next step and the next contact date.
    NextStep {
        /// A next step is written.
        step: bool,
        /// A next contact date is set.
        date: bool,
    },
}

fn written(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The level the app suggests for one criterion of the default rubric,
/// read from the plan (scored with `stages` on `today` where the stage
/// matters).
pub fn suggest(
    plan: &Plan,
    criterion: Criterion,
    stages: &StageSet,
    today: NaiveDate,
) -> Suggestion {
    use Level::{Adequate, Missing, Strong, Weak};
    let (level, reason) = match criterion {
        Criterion::Commitment => {
            let (best, min) = (
                written(&plan.visit.commitment_best),
                written(&plan.visit.commitment_min),
            );
            // Whether they are actions the customer takes, by a date, is
            // for the trainer to judge: at most adequate.
            let level = match (best, min) {
                (true, true) => Adequate,
                (false, false) => Missing,
                _ => Weak,
            };
            (level, Reason::Commitment { best, min })
        }
        Criterion::PainVsNeed => {
            let recorded: Vec<_> = plan
                .pains
                .iter()
                .filter(|p| !diagnosis::is_blank(p))
                .collect();
            let classified = recorded
                .iter()
                .filter(|p| {
                    NeedCondition::ALL
                        .iter()
                        .all(|c| c.answer(p) != Tri::Unknown)
                })
                .count();
            let deep_need = diagnosis::deep_need(&plan.diagnosis).is_some();
            let whole_solution = written(&plan.diagnosis.whole_solution);
            let all = !recorded.is_empty() && classified == recorded.len();
            let level = match (recorded.is_empty(), all, deep_need && whole_solution) {
                (true, _, _) => Missing,
                (false, true, true) => Strong,
                (false, true, false) => Adequate,
                (false, false, _) => Weak,
            };
            let reason = Reason::Pains {
                recorded: recorded.len(),
                classified,
                deep_need,
                whole_solution,
            };
            (level, reason)
        }
        Criterion::BantccEvidence => {
            let items = BantccLetter::ALL.map(|l| plan.bantcc.item(l));
            let known = items
                .iter()
                .filter(|i| i.status != BantccStatus::Unknown)
                .count();
            let evidenced = items
                .iter()
                .filter(|i| i.status != BantccStatus::Unknown && written(&i.evidence))
                .count();
            let level = match (known, evidenced) {
                (0, _) => Missing,
                (6, 6) => Strong,
                (6, _) => Adequate,
                _ => Weak,
            };
            (level, Reason::Bantcc { known, evidenced })
        }
        Criterion::CallHighWide => {
            let roles = [
                BuyingRole::DecisionMaker,
                BuyingRole::User,
                BuyingRole::Procurement,
            ]
            .iter()
            .filter(|r| plan.contacts.iter().any(|c| c.role == **r))
            .count();
            (Level::ALL[roles], Reason::Coverage { roles })
        }
        Criterion::CoachAndStyle => {
            let coach = plan.contacts.iter().any(|c| c.is_coach);
            let style = plan.contacts.iter().any(|c| {
                c.role == BuyingRole::DecisionMaker && c.decision_style != DecisionStyle::Unknown
            });
            let level = match (coach, style) {
                (true, true) => Strong,
                (true, false) => Adequate,
                (false, true) => Weak,
                (false, false) => Missing,
            };
            (level, Reason::Coach { coach, style })
        }
        Criterion::Questions => {
            let questions = plan.visit.questions.iter().filter(|q| written(q)).count();
            let to_give = written(&plan.visit.info_to_give);
            // Whether they target the gaps is the trainer's call.
            let level = match (questions, to_give) {
                (0, false) => Missing,
                (0, true) => Weak,
                (_, false) => Weak,
                (_, true) => Adequate,
            };
            (level, Reason::Questions { questions, to_give })
        }
        Criterion::Objections => {
            let rows: Vec<_> = plan
                .visit
                .objections
                .iter()
                .filter(|o| written(&o.objection))
                .collect();
            let answered = rows.iter().filter(|o| written(&o.answer)).count();
            let level = match (rows.len(), answered) {
                (0, _) => Missing,
                (n, a) if a < n => Weak,
                (n, _) if n >= 3 => Strong,
                _ => Adequate,
            };
            (
                level,
                Reason::Objections {
                    written: rows.len(),
                    answered,
                },
            )
        }
        Criterion::Qualification => {
            let card = scoring::scorecard(plan, stages, today);
            let stage = card.stage.stage.is_some();
            let backed = stage && card.stage.warning.is_none();
            // Flags acknowledged and a reasoned Go / No-Go are read by
            // the trainer: at most adequate.
            let level = match (stage, backed) {
                (false, _) => Missing,
                (true, false) => Weak,
                (true, true) => Adequate,
            };
            (level, Reason::Qualification { stage, backed })
        }
        Criterion::NextStep => {
            let step = written(&plan.review.next_step);
            let date = plan.opportunity.next_contact.is_some();
            let level = match (step, date) {
                (true, true) => Strong,
                (false, false) => Missing,
                _ => Weak,
            };
            (level, Reason::NextStep { step, date })
        }
    };
    Suggestion { level, reason }
}

/// A plan's total on the default rubric, out of 100: `Σ weight × level ÷ 3`
/// over the levels given (a criterion not scored counts as missing).
pub fn total(levels: &[(Criterion, Level)]) -> f64 {
    let points: u32 = levels.iter().map(|(c, l)| c.weight() * l.points()).sum();
    f64::from(points) / 3.0
}

/// What one row of the comparison compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Account and opportunity (the plan's title).
    Title,
    /// The best commitment objective.
    CommitmentBest,
    /// The minimum acceptable commitment.
    CommitmentMin,
    /// The pains by class: needs, pains only, not ours.
    Pains,
    /// The deep need.
    DeepNeed,
    /// One BANTCC letter's status.
    Bantcc(BantccLetter),
    /// The buying roles the contacts cover.
    Roles,
    /// The coach's name.
    Coach,
    /// The stage (its index in the stage set).
    Stage,
    /// The win probability.
    Probability,
    /// The red flags.
    Flags,
    /// Go / No-Go (the rep's override when there is one).
    Go,
}

/// One plan's value in a row: comparable, worded by the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text as the rep wrote it, trimmed (`None` when blank).
    Text(Option<String>),
    /// Pains by class: needs, pains only, not ours.
    Pains([usize; 3]),
    /// A BANTCC status.
    Status(BantccStatus),
    /// Buying roles covered, in the order of [`BuyingRole::ALL`].
    Roles(Vec<BuyingRole>),
    /// A stage index in the stage set, if a stage is set.
    Stage(Option<usize>),
    /// A probability, if one is computed.
    Probability(Option<f64>),
    /// Red flags, in the panel's order.
    Flags(Vec<FlagKind>),
    /// The decision that stands.
    Go(GoDecision),
}

/// One row: each plan's cell and whether it differs from the class.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What the row compares.
    pub topic: Topic,
    /// One cell per plan, in the order given.
    pub cells: Vec<Cell>,
    /// Per cell: it differs from the value most of the plans hold.
    pub differs: Vec<bool>,
}

/// The value more than half of `values` hold, if any.
pub fn majority<T: PartialEq>(values: &[T]) -> Option<&T> {
    values
        .iter()
        .find(|v| 2 * values.iter().filter(|w| w == v).count() > values.len())
}

/// Per value: whether it differs from the [`majority`] (none is marked
/// when there is no majority).
pub fn differing<T: PartialEq>(values: &[T]) -> Vec<bool> {
    let most = majority(values);
    values
        .iter()
        .map(|v| most.is_some_and(|m| m != v))
        .collect()
}

fn text(s: &str) -> Cell {
    Cell::Text(Some(s.trim().to_string()).filter(|t| !t.is_empty()))
}

/// The plans side by side, row by row, each scored with `stages` on
/// `today` (the same set for all, so the rows compare).
pub fn compare(plans: &[Plan], stages: &StageSet, today: NaiveDate) -> Vec<Row> {
    let cards: Vec<_> = plans
        .iter()
        .map(|p| scoring::scorecard(p, stages, today))
        .collect();
    let mut topics = vec![
        Topic::Title,
        Topic::CommitmentBest,
        Topic::CommitmentMin,
        Topic::Pains,
        Topic::DeepNeed,
    ];
    topics.extend(BantccLetter::ALL.map(Topic::Bantcc));
    topics.extend([
        Topic::Roles,
        Topic::Coach,
        Topic::Stage,
        Topic::Probability,
        Topic::Flags,
        Topic::Go,
    ]);
    topics
        .into_iter()
        .map(|topic| {
            let cells: Vec<Cell> = plans
                .iter()
                .zip(&cards)
                .map(|(p, card)| match topic {
                    Topic::Title => Cell::Text(plan_title(p)),
                    Topic::CommitmentBest => text(&p.visit.commitment_best),
                    Topic::CommitmentMin => text(&p.visit.commitment_min),
                    Topic::Pains => {
                        let mut by = [0; 3];
                        for n in p.pains.iter().filter(|n| !diagnosis::is_blank(n)) {
                            by[match diagnosis::classify(n) {
                                PainClass::Need => 0,
                                PainClass::PainOnly => 1,
                                PainClass::NotOurs => 2,
                            }] += 1;
                        }
                        Cell::Pains(by)
                    }
                    Topic::DeepNeed => text(diagnosis::deep_need(&p.diagnosis).unwrap_or_default()),
                    Topic::Bantcc(l) => Cell::Status(p.bantcc.item(l).status),
                    Topic::Roles => Cell::Roles(
                        BuyingRole::ALL
                            .into_iter()
                            .filter(|r| {
                                *r != BuyingRole::Unknown && p.contacts.iter().any(|c| c.role == *r)
                            })
                            .collect(),
                    ),
                    Topic::Coach => text(
                        p.contacts
                            .iter()
                            .find(|c| c.is_coach)
                            .map_or("", |c| c.name.as_str()),
                    ),
                    Topic::Stage => Cell::Stage(card.stage.stage),
                    Topic::Probability => Cell::Probability(card.probability),
                    Topic::Flags => Cell::Flags(card.flags.iter().map(|f| f.kind).collect()),
                    Topic::Go => Cell::Go(card.verdict.effective()),
                })
                .collect();
            let differs = differing(&cells);
            Row {
                topic,
                cells,
                differs,
            }
        })
        .collect()
}

/// Storage key of the workshop.
pub const WORKSHOP_KEY: &str = "winplan:v1:workshop";

/// A coaching workshop: its name, day and case (kept with the
/// preferences, [`super::codec::Prefs`]), the files its class handed in
/// (stored apart, one key each, [`ClassText`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workshop {
    /// Its name, e.g. "华南区 12 月销售训练营".
    pub name: String,
    /// The day it is held.
    pub date: Option<NaiveDate>,
    /// The case the class worked on.
    pub case: String,
    /// The files the class handed in, in the order loaded.
    pub files: Vec<ClassText>,
}

/// Storage keys of the class's files: `winplan:v1:class:<n>`, numbered in
/// the order loaded.
pub const CLASS_PREFIX: &str = "winplan:v1:class:";

/// A file handed in: its number, its name and its text, byte for byte.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassText {
    /// Its number: the order it was loaded in, and its storage key.
    pub seq: u32,
    /// The file's name (or "pasted 1", "pasted 2"…).
    pub name: String,
    /// Its text as read.
    pub text: String,
}

impl ClassText {
    /// Its storage key.
    pub fn key(&self) -> String {
        format!("{CLASS_PREFIX}{}", self.seq)
    }

    /// Its stored text: the name, a line break, then the text as read.
    /// No document around it, so a rep's file, however malformed, is kept
    /// exactly and adding one file writes that file only.
    pub fn stored(&self) -> String {
        format!("{}\n{}", self.name.replace('\n', " "), self.text)
    }

    /// Puts `self` among `files` in the order loaded (in place of the file
    /// of the same number, if any).
    pub fn put_in(self, files: &mut Vec<ClassText>) {
        files.retain(|f| f.seq != self.seq);
        // Not a sort: stable sorting code costs about 3 KB of WASM per type.
        let at = files.partition_point(|f| f.seq < self.seq);
        files.insert(at, self);
    }

    /// Reads a stored class file back; `None` when `key` is not one.
    pub fn from_stored(key: &str, raw: &str) -> Option<ClassText> {
        let seq = key.strip_prefix(CLASS_PREFIX)?.parse().ok()?;
        let (name, text) = raw.split_once('\n').unwrap_or((raw, ""));
        Some(ClassText {
            seq,
            name: name.to_string(),
            text: text.to_string(),
        })
    }
}

/// Where the first version of the workshop screen kept the workshop's
/// name, date and case (now in the preferences).
pub const LEGACY_WORKSHOP_KEY: &str = "winplan:v1:workshop";

/// The name, date and case of a workshop stored under
/// [`LEGACY_WORKSHOP_KEY`] (`{"schema_version":1,"workshop":{...}}`), read
/// as a JSON value (no record type of its own: WASM size); `None` when it
/// is not that document.
pub fn legacy_workshop(raw: &str) -> Option<Workshop> {
    let doc = codec::parse_document(raw).ok()?;
    let w = doc.get("workshop")?.as_object()?;
    let text = |k: &str| {
        w.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Some(Workshop {
        name: text("name"),
        date: parse_date(&text("date")),
        case: text("case"),
        ..Workshop::default()
    })
}

/// One file of a class, as loaded into a workshop.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassFile {
    /// Its number ([`ClassText::seq`]).
    pub seq: u32,
    /// The file's name (or "pasted 2" for the second pasted document).
    pub name: String,
    /// Its plans, or why it could not be read (as an import says it).
    pub outcome: Result<Vec<ClassPlan>, ImportError>,
}

/// A plan of the class and whose it is.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassPlan {
    /// The plan as read (read-only in the workshop).
    pub plan: Plan,
    /// Its author: the plan's own, else the rep who exported the file;
    /// empty when neither says.
    pub author: String,
    /// The author's team, the same way.
    pub team: String,
}

/// Reads every file of a class (name, text), each on its own: a file that
/// cannot be read is reported with its error and the others load.
pub fn load_class(files: &[ClassText]) -> Vec<ClassFile> {
    files
        .iter()
        .map(|ClassText { seq, name, text }| {
            let outcome = transfer::parse_import(text).map(|file| {
                let by = match file.source {
                    ImportSource::Export { by: [a, t], .. } => (a, t),
                    _ => Default::default(),
                };
                file.plans
                    .into_iter()
                    .map(|plan| {
                        let (author, team) = if plan.author.trim().is_empty() {
                            by.clone()
                        } else {
                            (plan.author.clone(), plan.team.clone())
                        };
                        ClassPlan { plan, author, team }
                    })
                    .collect()
            });
            ClassFile {
                seq: *seq,
                name: name.clone(),
                outcome,
            }
        })
        .collect()
}

/// Text pasted with several documents one after another (exports, stored
/// plans or plans, as JSON objects), cut into one text per document. Text
/// that is not a sequence of JSON values stays one piece from where it
/// stops being one, so the import reports what is wrong with it.
pub fn split_pasted(text: &str) -> Vec<String> {
    let text = text.trim_start_matches('\u{feff}');
    let mut pieces = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut start = 0;
    loop {
        match stream.next() {
            Some(Ok(_)) => {
                let end = stream.byte_offset();
                pieces.push(text[start..end].trim().to_string());
                start = end;
            }
            Some(Err(_)) => {
                pieces.push(text[start..].trim().to_string());
                break;
            }
            None => break,
        }
    }
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// The name a plan's author is shown under when the class is anonymised:
/// the letter of its place in the class, `A` to `Z`, then `AA`, `AB`…
pub fn anonymous_letter(index: usize) -> String {
    let mut n = index;
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_sum_to_100_and_the_total_checks_by_hand() {
        assert_eq!(Criterion::ALL.iter().map(|c| c.weight()).sum::<u32>(), 100);
        let all = |l| Criterion::ALL.map(|c| (c, l));
        assert_eq!(total(&all(Level::Strong)), 100.0);
        assert_eq!(total(&all(Level::Missing)), 0.0);
        assert!((total(&all(Level::Adequate)) - 200.0 / 3.0).abs() < 1e-9);
        // 15 × 3 + 5 × 1 = 50 points: 50 ÷ 3 = 16.7.
        let some = [
            (Criterion::Commitment, Level::Strong),
            (Criterion::NextStep, Level::Weak),
        ];
        assert!((total(&some) - 50.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn the_majority_is_more_than_half() {
        assert_eq!(majority(&[1, 1, 2]), Some(&1));
        assert_eq!(differing(&[1, 1, 2]), [false, false, true]);
        // Two against two, or all different: no majority, nothing marked.
        assert_eq!(majority(&[1, 1, 2, 2]), None);
        assert_eq!(differing(&[1, 2, 3]), [false; 3]);
        assert_eq!(differing::<u8>(&[]), Vec::<bool>::new());
    }

    #[test]
    fn anonymous_letters_run_past_z() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .map(anonymous_letter)
            .into();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
