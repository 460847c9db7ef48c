//! One-page summary helpers: the plan title, the next-contact reminder, the
//! readiness checklist, the combined "information to obtain" list and the
//! attending contacts.

use chrono::NaiveDate;

use super::bantcc::{self, Gap};
use super::diagnosis::{self, NeedCondition, PainClass};
use super::model::{filled, BuyingRole, Contact, Plan, Step};

/// "account — opportunity" from whichever names are filled (trimmed); `None`
/// when both are blank, so the UI shows its "untitled" text.
pub fn plan_title(plan: &Plan) -> Option<String> {
    let account = plan.account.name.trim();
    let opportunity = plan.opportunity.name.trim();
    match (account.is_empty(), opportunity.is_empty()) {
        (true, true) => None,
        (false, true) => Some(account.to_string()),
        (true, false) => Some(opportunity.to_string()),
        (false, false) => Some(format!("{account} — {opportunity}")),
    }
}

/// Days from "today" within which a next contact counts as soon.
pub const SOON_DAYS: i64 = 3;

/// Where the next contact date (下一次联系时间) stands against today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStatus {
    /// No date set.
    Missing,
    /// The date has passed, `days` (≥ 1) ago.
    Overdue {
        /// Days since the date.
        days: i64,
    },
    /// The date is today.
    Today,
    /// Within [`SOON_DAYS`] days: `days` from 1 to 3.
    Soon {
        /// Days until the date.
        days: i64,
    },
    /// Further away: `days` more than 3.
    Scheduled {
        /// Days until the date.
        days: i64,
    },
}

/// The status of a next contact date as of `today`.
pub fn contact_date_status(next: Option<NaiveDate>, today: NaiveDate) -> DateStatus {
    let Some(date) = next else {
        return DateStatus::Missing;
    };
    let days = (date - today).num_days();
    match days {
        d if d < 0 => DateStatus::Overdue { days: -d },
        0 => DateStatus::Today,
        d if d <= SOON_DAYS => DateStatus::Soon { days: d },
        d => DateStatus::Scheduled { days: d },
    }
}

/// One item of the readiness checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckKind {
    /// The account (客户) has a name.
    AccountNamed,
    /// The opportunity (商机) has a name.
    OpportunityNamed,
    /// At least one contact is named.
    ContactsListed,
    /// A contact has the decision-maker role ("call high").
    DecisionMakerListed,
    /// A contact is marked as coach (教练 / 内线).
    CoachListed,
    /// The appointment is confirmed (预约).
    AppointmentConfirmed,
    /// The purpose stated to the customer is written.
    PurposeStated,
    /// Both the best and the minimum commitment (承诺目标) are written.
    CommitmentObjective,
    /// At least one question to ask is written.
    QuestionsPrepared,
    /// At least one expected objection has an answer, and none lacks one.
    ObjectionsPrepared,
    /// At least one pain is a confirmed need (痛点 ≠ 需求).
    NeedConfirmed,
    /// No BANTCC letter is unknown.
    BantccComplete,
    /// A next contact date is set and not overdue.
    NextContactPlanned,
}

impl CheckKind {
    /// All checks, in the order [`readiness`] returns them.
    pub const ALL: [CheckKind; 13] = [
        CheckKind::AccountNamed,
        CheckKind::OpportunityNamed,
        CheckKind::ContactsListed,
        CheckKind::DecisionMakerListed,
        CheckKind::CoachListed,
        CheckKind::AppointmentConfirmed,
        CheckKind::PurposeStated,
        CheckKind::CommitmentObjective,
        CheckKind::QuestionsPrepared,
        CheckKind::ObjectionsPrepared,
        CheckKind::NeedConfirmed,
        CheckKind::BantccComplete,
        CheckKind::NextContactPlanned,
    ];

    /// The wizard step where the rep fixes this item.
    pub fn step(self) -> Step {
        match self {
            CheckKind::AccountNamed
            | CheckKind::OpportunityNamed
            | CheckKind::ContactsListed
            | CheckKind::DecisionMakerListed
            | CheckKind::CoachListed => Step::Customer,
            CheckKind::AppointmentConfirmed
            | CheckKind::PurposeStated
            | CheckKind::CommitmentObjective
            | CheckKind::QuestionsPrepared
            | CheckKind::ObjectionsPrepared => Step::VisitPrep,
            CheckKind::NeedConfirmed => Step::Diagnosis,
            CheckKind::BantccComplete => Step::Bantcc,
            // The next contact date is set in the review, after the visit.
            CheckKind::NextContactPlanned => Step::Review,
        }
    }
}

/// One evaluated readiness item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Check {
    /// What is checked.
    pub kind: CheckKind,
    /// Whether the plan satisfies it.
    pub ok: bool,
    /// The wizard step where the rep fixes it.
    pub step: Step,
}

fn has_text(s: &str) -> bool {
    !s.trim().is_empty()
}

/// The readiness checklist of a plan as of `today`, one [`Check`] per
/// [`CheckKind`] in [`CheckKind::ALL`] order.
pub fn readiness(plan: &Plan, today: NaiveDate) -> Vec<Check> {
    let visit = &plan.visit;
    CheckKind::ALL
        .into_iter()
        .map(|kind| {
            let ok = match kind {
                CheckKind::AccountNamed => has_text(&plan.account.name),
                CheckKind::OpportunityNamed => has_text(&plan.opportunity.name),
                CheckKind::ContactsListed => plan.contacts.iter().any(|c| has_text(&c.name)),
                CheckKind::DecisionMakerListed => plan
                    .contacts
                    .iter()
                    .any(|c| c.role == BuyingRole::DecisionMaker),
                CheckKind::CoachListed => plan.contacts.iter().any(|c| c.is_coach),
                CheckKind::AppointmentConfirmed => visit.appointment_confirmed,
                CheckKind::PurposeStated => has_text(&visit.purpose),
                CheckKind::CommitmentObjective => {
                    has_text(&visit.commitment_best) && has_text(&visit.commitment_min)
                }
                CheckKind::QuestionsPrepared => filled(&visit.questions).next().is_some(),
                CheckKind::ObjectionsPrepared => {
                    let listed: Vec<_> = visit
                        .objections
                        .iter()
                        .filter(|o| has_text(&o.objection))
                        .collect();
                    !listed.is_empty() && listed.iter().all(|o| has_text(&o.answer))
                }
                CheckKind::NeedConfirmed => diagnosis::summarize(&plan.pains).needs > 0,
                CheckKind::BantccComplete => bantcc::unknown_count(&plan.bantcc) == 0,
                CheckKind::NextContactPlanned => !matches!(
                    contact_date_status(plan.opportunity.next_contact, today),
                    DateStatus::Missing | DateStatus::Overdue { .. }
                ),
            };
            Check {
                kind,
                ok,
                step: kind.step(),
            }
        })
        .collect()
}

/// One entry of the combined "information to obtain" list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum InfoItem {
    /// An entry the rep wrote, trimmed.
    Own(String),
    /// A guiding question of a BANTCC letter still unknown.
    Gap(Gap),
    /// A need condition still unknown for a pain.
    OpenNeedQuestion {
        /// Id of the pain the question is about.
        pain_id: String,
        /// The condition to ask about.
        condition: NeedCondition,
    },
}

/// The rep's own non-blank entries, then the BANTCC gaps, then the open need
/// questions of each pain (blank pains and pains we cannot solve skipped):
/// the list the visit-prep step and the review show.
pub fn info_to_obtain(plan: &Plan) -> Vec<InfoItem> {
    let own = filled(&plan.visit.info_to_obtain).map(|s| InfoItem::Own(s.to_string()));
    let gaps = bantcc::gaps(&plan.bantcc).into_iter().map(InfoItem::Gap);
    let open = plan
        .pains
        .iter()
        .filter(|p| !diagnosis::is_blank(p) && diagnosis::classify(p) != PainClass::NotOurs)
        .flat_map(|p| {
            diagnosis::open_questions(p)
                .into_iter()
                .map(|condition| InfoItem::OpenNeedQuestion {
                    pain_id: p.id.clone(),
                    condition,
                })
        });
    own.chain(gaps).chain(open).collect()
}

/// The customer's attendees resolved to contacts, in the listed order;
/// dangling ids and repeats are skipped.
pub fn attendees(plan: &Plan) -> Vec<&Contact> {
    let mut out: Vec<&Contact> = Vec::new();
    for id in &plan.visit.their_attendees {
        if let Some(c) = plan.contact(id) {
            if !out.iter().any(|seen| seen.id == c.id) {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bantcc::GuidingQuestion;
    use crate::domain::model::{BantccLetter, BantccStatus, Objection, Pain, Tri};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn title_uses_whichever_name_is_filled() {
        let mut plan = Plan::default();
        assert_eq!(plan_title(&plan), None);
        plan.account.name = "  ".into();
        assert_eq!(plan_title(&plan), None);
        plan.account.name = " 佛山万科 ".into();
        assert_eq!(plan_title(&plan).as_deref(), Some("佛山万科"));
        plan.opportunity.name = "文印外包".into();
        assert_eq!(plan_title(&plan).as_deref(), Some("佛山万科 — 文印外包"));
        plan.account.name.clear();
        assert_eq!(plan_title(&plan).as_deref(), Some("文印外包"));
    }

    #[test]
    fn contact_date_status_buckets() {
        let today = day(2024, 5, 10);
        assert_eq!(contact_date_status(None, today), DateStatus::Missing);
        assert_eq!(
            contact_date_status(Some(day(2024, 5, 8)), today),
            DateStatus::Overdue { days: 2 }
        );
        assert_eq!(contact_date_status(Some(today), today), DateStatus::Today);
        assert_eq!(
            contact_date_status(Some(day(2024, 5, 11)), today),
            DateStatus::Soon { days: 1 }
        );
        assert_eq!(
            contact_date_status(Some(day(2024, 5, 13)), today),
            DateStatus::Soon { days: 3 }
        );
        assert_eq!(
            contact_date_status(Some(day(2024, 5, 14)), today),
            DateStatus::Scheduled { days: 4 }
        );
        // Across a month end.
        assert_eq!(
            contact_date_status(Some(day(2024, 6, 1)), day(2024, 5, 30)),
            DateStatus::Soon { days: 2 }
        );
    }

    fn check(checks: &[Check], kind: CheckKind) -> Check {
        *checks
            .iter()
            .find(|c| c.kind == kind)
            .expect("every kind is checked")
    }

    #[test]
    fn empty_plan_fails_every_check_with_its_step() {
        let checks = readiness(&Plan::default(), day(2024, 5, 10));
        assert_eq!(checks.len(), CheckKind::ALL.len());
        assert!(checks.iter().all(|c| !c.ok));
        assert_eq!(check(&checks, CheckKind::CoachListed).step, Step::Customer);
        assert_eq!(
            check(&checks, CheckKind::ObjectionsPrepared).step,
            Step::VisitPrep
        );
        assert_eq!(
            check(&checks, CheckKind::NeedConfirmed).step,
            Step::Diagnosis
        );
        assert_eq!(check(&checks, CheckKind::BantccComplete).step, Step::Bantcc);
    }

    #[test]
    fn commitment_needs_both_best_and_minimum() {
        let today = day(2024, 5, 10);
        let mut plan = Plan::default();
        plan.visit.commitment_best = "签订文印外包试点".into();
        assert!(!check(&readiness(&plan, today), CheckKind::CommitmentObjective).ok);
        plan.visit.commitment_min = "安排试用机".into();
        assert!(check(&readiness(&plan, today), CheckKind::CommitmentObjective).ok);
    }

    #[test]
    fn objections_need_answers() {
        let today = day(2024, 5, 10);
        let mut plan = Plan::default();
        plan.visit.objections = vec![Objection {
            id: "o1".into(),
            objection: "价格太高".into(),
            answer: String::new(),
        }];
        assert!(!check(&readiness(&plan, today), CheckKind::ObjectionsPrepared).ok);
        plan.visit.objections[0].answer = "按张计费,总成本更低".into();
        plan.visit.objections.push(Objection::default());
        assert!(check(&readiness(&plan, today), CheckKind::ObjectionsPrepared).ok);
    }

    #[test]
    fn next_contact_must_not_be_overdue() {
        let today = day(2024, 5, 10);
        let mut plan = Plan::default();
        plan.opportunity.next_contact = Some(day(2024, 5, 9));
        assert!(!check(&readiness(&plan, today), CheckKind::NextContactPlanned).ok);
        plan.opportunity.next_contact = Some(today);
        assert!(check(&readiness(&plan, today), CheckKind::NextContactPlanned).ok);
    }

    #[test]
    fn filled_plan_passes_every_check() {
        let today = day(2024, 5, 10);
        let mut plan = Plan::new("p1", "2024-05-01T08:00:00Z");
        plan.account.name = "佛山万科".into();
        plan.opportunity.name = "文印外包".into();
        plan.opportunity.next_contact = Some(day(2024, 5, 20));
        plan.contacts = vec![
            Contact {
                id: "c1".into(),
                name: "李总".into(),
                role: BuyingRole::DecisionMaker,
                ..Contact::default()
            },
            Contact {
                id: "c2".into(),
                name: "小陈".into(),
                is_coach: true,
                ..Contact::default()
            },
        ];
        plan.visit.appointment_confirmed = true;
        plan.visit.purpose = "了解文印现状".into();
        plan.visit.commitment_best = "同意试点".into();
        plan.visit.commitment_min = "提供打印量数据".into();
        plan.visit.questions = vec!["".into(), "每月打印量多少?".into()];
        plan.visit.objections = vec![Objection {
            id: "o1".into(),
            objection: "已有供应商".into(),
            answer: "整体方案,无客诉".into(),
        }];
        plan.pains = vec![Pain {
            id: "c1".into(),
            description: "打印机经常卡纸,员工投诉".into(),
            acknowledged: Tri::Yes,
            priority: Tri::Yes,
            we_solve: Tri::Yes,
            budget: Tri::Yes,
            ..Pain::default()
        }];
        for letter in BantccLetter::ALL {
            plan.bantcc.item_mut(letter).status = BantccStatus::Partial;
        }
        let failing: Vec<CheckKind> = readiness(&plan, today)
            .into_iter()
            .filter(|c| !c.ok)
            .map(|c| c.kind)
            .collect();
        assert_eq!(failing, Vec::<CheckKind>::new());
    }

    #[test]
    fn info_to_obtain_combines_own_gaps_and_open_questions() {
        let mut plan = Plan::default();
        plan.visit.info_to_obtain = vec![" 月打印量 ".into(), "".into(), "现有合同到期日".into()];
        for letter in BantccLetter::ALL {
            plan.bantcc.item_mut(letter).status = BantccStatus::Confirmed;
        }
        plan.bantcc.time.status = BantccStatus::Unknown;
        plan.pains = vec![
            Pain {
                id: "c1".into(),
                description: "客户经常抱怨打印机不好用".into(),
                acknowledged: Tri::Yes,
                we_solve: Tri::Yes,
                ..Pain::default()
            },
            // Blank and not-ours pains add no questions.
            Pain {
                id: "c2".into(),
                ..Pain::default()
            },
            Pain {
                id: "c3".into(),
                description: "网络断线".into(),
                we_solve: Tri::No,
                ..Pain::default()
            },
        ];
        assert_eq!(
            info_to_obtain(&plan),
            vec![
                InfoItem::Own("月打印量".into()),
                InfoItem::Own("现有合同到期日".into()),
                InfoItem::Gap(Gap {
                    letter: BantccLetter::Time,
                    question: GuidingQuestion::TimePurchaseDate
                }),
                InfoItem::Gap(Gap {
                    letter: BantccLetter::Time,
                    question: GuidingQuestion::TimeProcessLength
                }),
                InfoItem::OpenNeedQuestion {
                    pain_id: "c1".into(),
                    condition: NeedCondition::Priority
                },
                InfoItem::OpenNeedQuestion {
                    pain_id: "c1".into(),
                    condition: NeedCondition::Budget
                },
            ]
        );
    }

    #[test]
    fn attendees_resolve_ids_and_skip_dangling_and_repeats() {
        let mut plan = Plan {
            contacts: vec![
                Contact {
                    id: "c1".into(),
                    name: "李总".into(),
                    ..Contact::default()
                },
                Contact {
                    id: "c2".into(),
                    name: "小陈".into(),
                    ..Contact::default()
                },
            ],
            ..Plan::default()
        };
        plan.visit.their_attendees = vec!["c2".into(), "c9".into(), "c1".into(), "c2".into()];
        let names: Vec<&str> = attendees(&plan).iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, vec!["小陈", "李总"]);
    }
}
