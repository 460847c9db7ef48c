//! BANTCC qualification (客户信息收集清单): the guiding questions per
//! letter, the gaps still to fill and the evidence the rest of the plan
//! offers.

use super::diagnosis::{self, NeedCondition};
use super::model::{Bantcc, BantccLetter, BantccStatus, BuyingRole, Plan, Tri};

/// One guiding question of the BANTCC checklist; the i18n module words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuidingQuestion {
    /// B: is the purchase in this year's budget (预算年度是今年吗)?
    BudgetThisYear,
    /// B: who approves the budget, by which path (预算审批流程经过谁)?
    BudgetApprovalPath,
    /// B: does an approver favour another brand (审批人是否偏好其他品牌)? A risk.
    BudgetApproverFavoursRival,
    /// A: which is the user department, and who (使用部门)?
    AuthorityUserDept,
    /// A: which is the decision department, and who (决策部门)?
    AuthorityDecisionDept,
    /// A: which is the procurement department, and who (采购部门)?
    AuthorityProcurementDept,
    /// N: is it a real need: acknowledged, a priority, solved by us, with
    /// budget (痛点 ≠ 需求)?
    NeedIsReal,
    /// N: is it a need rather than an equipment feature (设备功能 ≠ 需求)?
    NeedNotFeature,
    /// T: when is the purchase planned (采购计划时间)?
    TimePurchaseDate,
    /// T: what are the procurement and approval processes and how long do
    /// they take (采购流程、审批流程)? Longer means more risk.
    TimeProcessLength,
    /// C (company): the customer's current situation (公司情况).
    CompanySituation,
    /// C (company): the customer's KPIs (关键指标).
    CompanyKpis,
    /// C (company): this year's key tasks (今年的核心工作任务).
    CompanyKeyTasks,
    /// C (competition): who competes (竞争对手是谁)?
    CompetitionWho,
    /// C (competition): where do they stand with the customer (竞争对手的位置)?
    CompetitionPosition,
    /// C (competition): what is our unique business value against them (UBV)?
    CompetitionOurUbv,
}

const BUDGET_QUESTIONS: [GuidingQuestion; 3] = [
    GuidingQuestion::BudgetThisYear,
    GuidingQuestion::BudgetApprovalPath,
    GuidingQuestion::BudgetApproverFavoursRival,
];
const AUTHORITY_QUESTIONS: [GuidingQuestion; 3] = [
    GuidingQuestion::AuthorityUserDept,
    GuidingQuestion::AuthorityDecisionDept,
    GuidingQuestion::AuthorityProcurementDept,
];
const NEED_QUESTIONS: [GuidingQuestion; 2] =
    [GuidingQuestion::NeedIsReal, GuidingQuestion::NeedNotFeature];
const TIME_QUESTIONS: [GuidingQuestion; 2] = [
    GuidingQuestion::TimePurchaseDate,
    GuidingQuestion::TimeProcessLength,
];
const COMPANY_QUESTIONS: [GuidingQuestion; 3] = [
    GuidingQuestion::CompanySituation,
    GuidingQuestion::CompanyKpis,
    GuidingQuestion::CompanyKeyTasks,
];
const COMPETITION_QUESTIONS: [GuidingQuestion; 3] = [
    GuidingQuestion::CompetitionWho,
    GuidingQuestion::CompetitionPosition,
    GuidingQuestion::CompetitionOurUbv,
];

impl GuidingQuestion {
    /// Every guiding question, in B-A-N-T-C-C order.
    pub const ALL: [GuidingQuestion; 16] = [
        GuidingQuestion::BudgetThisYear,
        GuidingQuestion::BudgetApprovalPath,
        GuidingQuestion::BudgetApproverFavoursRival,
        GuidingQuestion::AuthorityUserDept,
        GuidingQuestion::AuthorityDecisionDept,
        GuidingQuestion::AuthorityProcurementDept,
        GuidingQuestion::NeedIsReal,
        GuidingQuestion::NeedNotFeature,
        GuidingQuestion::TimePurchaseDate,
        GuidingQuestion::TimeProcessLength,
        GuidingQuestion::CompanySituation,
        GuidingQuestion::CompanyKpis,
        GuidingQuestion::CompanyKeyTasks,
        GuidingQuestion::CompetitionWho,
        GuidingQuestion::CompetitionPosition,
        GuidingQuestion::CompetitionOurUbv,
    ];

    /// The letter this question belongs to.
    pub fn letter(self) -> BantccLetter {
        use GuidingQuestion as Q;
        match self {
            Q::BudgetThisYear | Q::BudgetApprovalPath | Q::BudgetApproverFavoursRival => {
                BantccLetter::Budget
            }
            Q::AuthorityUserDept | Q::AuthorityDecisionDept | Q::AuthorityProcurementDept => {
                BantccLetter::Authority
            }
            Q::NeedIsReal | Q::NeedNotFeature => BantccLetter::Need,
            Q::TimePurchaseDate | Q::TimeProcessLength => BantccLetter::Time,
            Q::CompanySituation | Q::CompanyKpis | Q::CompanyKeyTasks => BantccLetter::Company,
            Q::CompetitionWho | Q::CompetitionPosition | Q::CompetitionOurUbv => {
                BantccLetter::Competition
            }
        }
    }
}

/// The guiding questions of a letter, in asking order.
pub fn guiding_questions(letter: BantccLetter) -> &'static [GuidingQuestion] {
    match letter {
        BantccLetter::Budget => &BUDGET_QUESTIONS,
        BantccLetter::Authority => &AUTHORITY_QUESTIONS,
        BantccLetter::Need => &NEED_QUESTIONS,
        BantccLetter::Time => &TIME_QUESTIONS,
        BantccLetter::Company => &COMPANY_QUESTIONS,
        BantccLetter::Competition => &COMPETITION_QUESTIONS,
    }
}

/// A piece of information still to obtain: a guiding question of a letter
/// whose status is unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Gap {
    /// The letter still unknown.
    pub letter: BantccLetter,
    /// The question that would fill it.
    pub question: GuidingQuestion,
}

/// Every guiding question of every letter whose status is unknown, in
/// B-A-N-T-C-C order: the visit prep's "information to obtain" suggestions.
pub fn gaps(bantcc: &Bantcc) -> Vec<Gap> {
    unknown_letters(bantcc)
        .flat_map(|letter| {
            guiding_questions(letter)
                .iter()
                .map(move |&question| Gap { letter, question })
        })
        .collect()
}

/// How many letters are still unknown.
pub fn unknown_count(bantcc: &Bantcc) -> usize {
    unknown_letters(bantcc).count()
}

fn unknown_letters(bantcc: &Bantcc) -> impl Iterator<Item = BantccLetter> + '_ {
    BantccLetter::ALL
        .into_iter()
        .filter(|&l| bantcc.item(l).status == BantccStatus::Unknown)
}

/// Evidence the rest of the plan offers about one letter, shown beside it so
/// the rep sets the status from facts already recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BantccHint {
    /// N: this many pains are confirmed needs (diagnosis step).
    ConfirmedNeeds(usize),
    /// N: pains are recorded but none is a need yet (痛点 ≠ 需求).
    OnlyPains,
    /// A: a contact has the decision-maker role (决策部门).
    DecisionMakerKnown,
    /// A: contacts are listed but none is the decision maker: call high.
    NoDecisionMaker,
    /// B: this many pains we could solve have no budget (budget answered No).
    PainsWithoutBudget(usize),
}

/// The hints for a plan, in B-A-N-T-C-C order of their letter.
pub fn hints(plan: &Plan) -> Vec<(BantccLetter, BantccHint)> {
    let mut out = Vec::new();

    // Pains we cannot solve say nothing about the budget for our offer.
    let without_budget = plan
        .pains
        .iter()
        .filter(|p| !diagnosis::is_blank(p))
        .filter(|p| diagnosis::classify(p) != diagnosis::PainClass::NotOurs)
        .filter(|p| NeedCondition::Budget.answer(p) == Tri::No)
        .count();
    if without_budget > 0 {
        out.push((
            BantccLetter::Budget,
            BantccHint::PainsWithoutBudget(without_budget),
        ));
    }

    if !plan.contacts.is_empty() {
        let known = plan
            .contacts
            .iter()
            .any(|c| c.role == BuyingRole::DecisionMaker);
        let hint = if known {
            BantccHint::DecisionMakerKnown
        } else {
            BantccHint::NoDecisionMaker
        };
        out.push((BantccLetter::Authority, hint));
    }

    let summary = diagnosis::summarize(&plan.pains);
    if summary.needs > 0 {
        out.push((
            BantccLetter::Need,
            BantccHint::ConfirmedNeeds(summary.needs),
        ));
    } else if summary.total() > 0 {
        out.push((BantccLetter::Need, BantccHint::OnlyPains));
    }

    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Contact, Pain};

    #[test]
    fn every_letter_has_two_or_three_questions_that_point_back_to_it() {
        let mut all = Vec::new();
        for letter in BantccLetter::ALL {
            let qs = guiding_questions(letter);
            assert!((2..=3).contains(&qs.len()), "{letter:?}");
            for q in qs {
                assert_eq!(q.letter(), letter);
            }
            all.extend_from_slice(qs);
        }
        assert_eq!(all, GuidingQuestion::ALL.to_vec());
    }

    #[test]
    fn fresh_checklist_is_all_gaps() {
        let b = Bantcc::default();
        assert_eq!(unknown_count(&b), 6);
        let g = gaps(&b);
        assert_eq!(g.len(), GuidingQuestion::ALL.len());
        assert_eq!(
            g[0],
            Gap {
                letter: BantccLetter::Budget,
                question: GuidingQuestion::BudgetThisYear
            }
        );
        assert_eq!(
            g.last().map(|g| g.question),
            Some(GuidingQuestion::CompetitionOurUbv)
        );
    }

    #[test]
    fn only_unknown_letters_leave_gaps() {
        let mut b = Bantcc::default();
        b.budget.status = BantccStatus::Confirmed;
        b.authority.status = BantccStatus::Partial;
        b.need.status = BantccStatus::Risk;
        b.company.status = BantccStatus::Confirmed;
        b.competition.status = BantccStatus::Confirmed;
        assert_eq!(unknown_count(&b), 1);
        assert_eq!(
            gaps(&b),
            vec![
                Gap {
                    letter: BantccLetter::Time,
                    question: GuidingQuestion::TimePurchaseDate
                },
                Gap {
                    letter: BantccLetter::Time,
                    question: GuidingQuestion::TimeProcessLength
                },
            ]
        );
        b.time.status = BantccStatus::Partial;
        assert!(gaps(&b).is_empty());
        assert_eq!(unknown_count(&b), 0);
    }

    fn pain(id: &str, we_solve: Tri, budget: Tri, all_yes: bool) -> Pain {
        let other = if all_yes { Tri::Yes } else { Tri::Unknown };
        Pain {
            id: id.into(),
            description: format!("痛点 {id}"),
            acknowledged: other,
            priority: other,
            we_solve,
            budget,
            ..Pain::default()
        }
    }

    #[test]
    fn empty_plan_has_no_hints() {
        assert!(hints(&Plan::default()).is_empty());
    }

    #[test]
    fn hints_follow_the_plan_evidence_in_letter_order() {
        let mut plan = Plan::new("p1", "2024-05-01T00:00:00Z");
        plan.contacts = vec![Contact {
            id: "c1".into(),
            name: "王经理".into(),
            role: BuyingRole::User,
            ..Contact::default()
        }];
        plan.pains = vec![
            pain("c1", Tri::Yes, Tri::No, false),
            // Not ours: its missing budget is not our concern.
            pain("c2", Tri::No, Tri::No, false),
        ];
        assert_eq!(
            hints(&plan),
            vec![
                (BantccLetter::Budget, BantccHint::PainsWithoutBudget(1)),
                (BantccLetter::Authority, BantccHint::NoDecisionMaker),
                (BantccLetter::Need, BantccHint::OnlyPains),
            ]
        );

        plan.contacts[0].role = BuyingRole::DecisionMaker;
        plan.pains = vec![
            pain("c1", Tri::Yes, Tri::Yes, true),
            pain("c2", Tri::Yes, Tri::Yes, true),
        ];
        assert_eq!(
            hints(&plan),
            vec![
                (BantccLetter::Authority, BantccHint::DecisionMakerKnown),
                (BantccLetter::Need, BantccHint::ConfirmedNeeds(2)),
            ]
        );
    }

    #[test]
    fn blank_pains_give_no_need_hint() {
        let plan = Plan {
            pains: vec![Pain {
                budget: Tri::No,
                ..Pain::default()
            }],
            ..Plan::default()
        };
        assert!(hints(&plan).is_empty());
    }
}
