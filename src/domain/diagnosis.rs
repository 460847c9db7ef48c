//! Pain vs need diagnosis (痛点 ≠ 需求).
//!
//! A pain is an obstacle to a goal the customer has; it becomes a need only
//! when the customer acknowledges it, it is a priority, our offer solves it
//! and there is budget. This module classifies pains by that rule and lists
//! the questions still to ask.

use super::model::{DiagnosisNotes, Pain, Tri};

/// How a pain stands against the need rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PainClass {
    /// 需求: all four need conditions hold.
    Need,
    /// 痛点: a pain (e.g. a complaint) that is not yet a need.
    PainOnly,
    /// 非我方: our offer does not solve it.
    NotOurs,
}

impl PainClass {
    /// All classes, in display order.
    pub const ALL: [PainClass; 3] = [PainClass::Need, PainClass::PainOnly, PainClass::NotOurs];
}

/// The four conditions that turn a pain into a need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedCondition {
    /// The customer acknowledges the pain and wants it solved (客户承认并想解决).
    Acknowledged,
    /// Solving it is a priority now (优先级).
    Priority,
    /// Our offer actually solves it (我方能解决).
    WeSolve,
    /// There is budget for it (有预算).
    Budget,
}

impl NeedCondition {
    /// All conditions, in the order they are asked.
    pub const ALL: [NeedCondition; 4] = [
        NeedCondition::Acknowledged,
        NeedCondition::Priority,
        NeedCondition::WeSolve,
        NeedCondition::Budget,
    ];

    /// The pain's answer to this condition.
    pub fn answer(self, pain: &Pain) -> Tri {
        match self {
            NeedCondition::Acknowledged => pain.acknowledged,
            NeedCondition::Priority => pain.priority,
            NeedCondition::WeSolve => pain.we_solve,
            NeedCondition::Budget => pain.budget,
        }
    }
}

/// Classifies a pain: not ours when our offer does not solve it, a need when
/// all four conditions hold, otherwise a pain only.
pub fn classify(pain: &Pain) -> PainClass {
    if pain.we_solve == Tri::No {
        PainClass::NotOurs
    } else if NeedCondition::ALL
        .iter()
        .all(|c| c.answer(pain) == Tri::Yes)
    {
        PainClass::Need
    } else {
        PainClass::PainOnly
    }
}

/// The conditions still unknown, in [`NeedCondition::ALL`] order: each is a
/// next question to ask the customer.
pub fn open_questions(pain: &Pain) -> Vec<NeedCondition> {
    conditions_answered(pain, Tri::Unknown)
}

/// The conditions known not to hold: what keeps the pain from being a need.
pub fn blockers(pain: &Pain) -> Vec<NeedCondition> {
    conditions_answered(pain, Tri::No)
}

fn conditions_answered(pain: &Pain, answer: Tri) -> Vec<NeedCondition> {
    NeedCondition::ALL
        .into_iter()
        .filter(|c| c.answer(pain) == answer)
        .collect()
}

/// True when the pain has neither a description nor a goal: an empty row the
/// rep added but did not fill, left out of counts and lists.
pub fn is_blank(pain: &Pain) -> bool {
    pain.description.trim().is_empty() && pain.goal.trim().is_empty()
}

/// Counts over a plan's pains, for the diagnosis step and the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DiagnosisSummary {
    /// Pains classified [`PainClass::Need`].
    pub needs: usize,
    /// Pains classified [`PainClass::PainOnly`].
    pub pains_only: usize,
    /// Pains classified [`PainClass::NotOurs`].
    pub not_ours: usize,
    /// Unknown conditions still to ask about, over pains that are not
    /// [`PainClass::NotOurs`].
    pub open_questions: usize,
}

impl DiagnosisSummary {
    /// Number of pains counted (blank ones excluded).
    pub fn total(&self) -> usize {
        self.needs + self.pains_only + self.not_ours
    }
}

/// Counts the pains by class, ignoring blank pains (see [`is_blank`]).
pub fn summarize(pains: &[Pain]) -> DiagnosisSummary {
    let mut summary = DiagnosisSummary::default();
    for pain in pains.iter().filter(|p| !is_blank(p)) {
        match classify(pain) {
            PainClass::Need => summary.needs += 1,
            PainClass::PainOnly => summary.pains_only += 1,
            // Asking about priority or budget of something we cannot solve
            // wastes the customer's time, so its unknowns are not counted.
            PainClass::NotOurs => {
                summary.not_ours += 1;
                continue;
            }
        }
        summary.open_questions += open_questions(pain).len();
    }
    summary
}

/// The deep need (深层需求) named in the diagnosis notes, trimmed; `None`
/// while blank or when it merely repeats the surface need, since then the
/// bigger whole-solution sale has not been found yet.
pub fn deep_need(notes: &DiagnosisNotes) -> Option<&str> {
    let deep = notes.deep_need.trim();
    if deep.is_empty() || deep == notes.surface_need.trim() {
        None
    } else {
        Some(deep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pain(description: &str, a: Tri, p: Tri, w: Tri, b: Tri) -> Pain {
        Pain {
            id: "c1".into(),
            description: description.into(),
            acknowledged: a,
            priority: p,
            we_solve: w,
            budget: b,
            ..Pain::default()
        }
    }

    use Tri::{No, Unknown, Yes};

    #[test]
    fn printer_complaint_is_a_pain_until_all_conditions_hold() {
        let mut p = pain("客户经常抱怨打印机不好用", Yes, Unknown, Yes, Unknown);
        assert_eq!(classify(&p), PainClass::PainOnly);
        assert_eq!(
            open_questions(&p),
            vec![NeedCondition::Priority, NeedCondition::Budget]
        );
        assert!(blockers(&p).is_empty());

        p.priority = Yes;
        p.budget = Yes;
        assert_eq!(classify(&p), PainClass::Need);
        assert!(open_questions(&p).is_empty());
    }

    #[test]
    fn water_purifier_kpi_turns_no_need_into_need() {
        // No current need for commercial water purifiers: the customer does
        // not see a pain worth solving.
        let mut p = pain("目前没有商用净水需求", Unknown, No, Yes, Unknown);
        p.goal = "提高园区服务满意度".into();
        assert_eq!(classify(&p), PainClass::PainOnly);
        assert_eq!(blockers(&p), vec![NeedCondition::Priority]);

        // Linked to this year's KPI (园区服务满意度) and budget found.
        p.description = "饮水服务影响园区服务满意度 KPI".into();
        p.acknowledged = Yes;
        p.priority = Yes;
        p.budget = Yes;
        assert_eq!(classify(&p), PainClass::Need);
        assert!(blockers(&p).is_empty());
    }

    #[test]
    fn pain_we_cannot_solve_is_not_ours_whatever_else_holds() {
        let p = pain("网络经常断线", Yes, Yes, No, Yes);
        assert_eq!(classify(&p), PainClass::NotOurs);
        assert_eq!(blockers(&p), vec![NeedCondition::WeSolve]);
    }

    #[test]
    fn unknown_we_solve_is_still_a_pain_only() {
        let p = pain("复印排队", Yes, Yes, Unknown, Yes);
        assert_eq!(classify(&p), PainClass::PainOnly);
        assert_eq!(open_questions(&p), vec![NeedCondition::WeSolve]);
    }

    #[test]
    fn fresh_pain_asks_every_question_in_order() {
        let p = Pain {
            description: "x".into(),
            ..Pain::default()
        };
        assert_eq!(open_questions(&p), NeedCondition::ALL.to_vec());
    }

    #[test]
    fn summarize_counts_classes_and_skips_blank_pains() {
        let pains = vec![
            pain("打印机卡纸", Yes, Yes, Yes, Yes),
            pain("打印机不好用", Yes, Unknown, Yes, Unknown),
            pain("网络断线", Unknown, Unknown, No, Unknown),
            pain("  ", Unknown, Unknown, Unknown, Unknown),
            Pain {
                goal: "无客诉".into(),
                ..Pain::default()
            },
        ];
        let s = summarize(&pains);
        assert_eq!(
            s,
            DiagnosisSummary {
                needs: 1,
                pains_only: 2,
                not_ours: 1,
                // 2 from the printer complaint + 4 from the goal-only pain;
                // the not-ours pain's unknowns are not counted.
                open_questions: 6,
            }
        );
        assert_eq!(s.total(), 4);
        assert_eq!(summarize(&[]), DiagnosisSummary::default());
    }

    #[test]
    fn vanke_deep_need_differs_from_surface_need() {
        let notes = DiagnosisNotes {
            surface_need: "采购设备".into(),
            deep_need: " 文印外包、无客诉 ".into(),
            whole_solution: "文印外包服务".into(),
        };
        assert_eq!(deep_need(&notes), Some("文印外包、无客诉"));

        let same = DiagnosisNotes {
            surface_need: "采购设备".into(),
            deep_need: "采购设备".into(),
            ..DiagnosisNotes::default()
        };
        assert_eq!(deep_need(&same), None);
        assert_eq!(deep_need(&DiagnosisNotes::default()), None);
    }

    #[test]
    fn answer_reads_the_matching_field() {
        let p = pain("x", Yes, No, Unknown, Yes);
        let answers: Vec<Tri> = NeedCondition::ALL.iter().map(|c| c.answer(&p)).collect();
        assert_eq!(answers, vec![Yes, No, Unknown, Yes]);
    }
}
