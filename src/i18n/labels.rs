//! Domain enums mapped to their text keys, so the core stays
//! language-neutral and every label exists in both languages.

use super::{Lang, T};
use crate::domain::bantcc::{BantccHint, GuidingQuestion};
use crate::domain::diagnosis::{NeedCondition, PainClass};
use crate::domain::model::{
    BantccLetter, BantccStatus, BuyingRole, DecisionStyle, GoalKind, Relationship, Seniority, Step,
    Tri, VisitOutcome,
};
use crate::domain::summary::CheckKind;

/// A value with a translatable label.
pub trait Label {
    /// The key of its label.
    fn label(self) -> T;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $key:ident),* $(,)? }) => {
        impl Label for $ty {
            fn label(self) -> T {
                match self { $(<$ty>::$variant => T::$key),* }
            }
        }
    };
}

labels!(Step { Customer => StepCustomer, VisitPrep => StepVisitPrep, Diagnosis => StepDiagnosis,
    Bantcc => StepBantcc, Review => StepReview });
labels!(Tri { Unknown => TriUnknown, Yes => TriYes, No => TriNo });
labels!(BuyingRole { Unknown => RoleUnknown, User => RoleUser, DecisionMaker => RoleDecisionMaker,
    Procurement => RoleProcurement, BudgetApprover => RoleBudgetApprover,
    TechnicalEvaluator => RoleTechnicalEvaluator, Influencer => RoleInfluencer });
labels!(Seniority { Unknown => SenUnknown, Staff => SenStaff, Manager => SenManager,
    Director => SenDirector, Executive => SenExecutive });
labels!(Relationship { Unknown => RelUnknown, Hostile => RelHostile, Weak => RelWeak,
    Neutral => RelNeutral, Good => RelGood, Strong => RelStrong });
labels!(DecisionStyle { Unknown => StyleUnknown, Driver => StyleDriver,
    Analytical => StyleAnalytical, Expressive => StyleExpressive, Amiable => StyleAmiable });
labels!(GoalKind { Functional => GoalFunctional, Emotional => GoalEmotional, Social => GoalSocial });
labels!(BantccStatus { Unknown => StatusUnknown, Partial => StatusPartial,
    Confirmed => StatusConfirmed, Risk => StatusRisk });
labels!(BantccLetter { Budget => LetterBudget, Authority => LetterAuthority, Need => LetterNeed,
    Time => LetterTime, Company => LetterCompany, Competition => LetterCompetition });
labels!(VisitOutcome { Planned => OutcomePlanned, Held => OutcomeHeld, Refused => OutcomeRefused });
labels!(PainClass { Need => ClassNeed, PainOnly => ClassPainOnly, NotOurs => ClassNotOurs });
labels!(NeedCondition { Acknowledged => CondAcknowledged, Priority => CondPriority,
    WeSolve => CondWeSolve, Budget => CondBudget });
labels!(GuidingQuestion {
    BudgetThisYear => QBudgetThisYear, BudgetApprovalPath => QBudgetApprovalPath,
    BudgetApproverFavoursRival => QBudgetApproverFavoursRival,
    AuthorityUserDept => QAuthorityUserDept, AuthorityDecisionDept => QAuthorityDecisionDept,
    AuthorityProcurementDept => QAuthorityProcurementDept,
    NeedIsReal => QNeedIsReal, NeedNotFeature => QNeedNotFeature,
    TimePurchaseDate => QTimePurchaseDate, TimeProcessLength => QTimeProcessLength,
    CompanySituation => QCompanySituation, CompanyKpis => QCompanyKpis,
    CompanyKeyTasks => QCompanyKeyTasks,
    CompetitionWho => QCompetitionWho, CompetitionPosition => QCompetitionPosition,
    CompetitionOurUbv => QCompetitionOurUbv,
});
labels!(CheckKind {
    AccountNamed => CheckAccountNamed, OpportunityNamed => CheckOpportunityNamed,
    ContactsListed => CheckContactsListed, DecisionMakerListed => CheckDecisionMakerListed,
    CoachListed => CheckCoachListed, AppointmentConfirmed => CheckAppointmentConfirmed,
    PurposeStated => CheckPurposeStated, CommitmentObjective => CheckCommitmentObjective,
    QuestionsPrepared => CheckQuestionsPrepared, ObjectionsPrepared => CheckObjectionsPrepared,
    NeedConfirmed => CheckNeedConfirmed, BantccComplete => CheckBantccComplete,
    NextContactPlanned => CheckNextContactPlanned,
});

/// The question to ask when a need condition is unknown.
pub fn next_question(c: NeedCondition) -> T {
    match c {
        NeedCondition::Acknowledged => T::AskAcknowledged,
        NeedCondition::Priority => T::AskPriority,
        NeedCondition::WeSolve => T::AskWeSolve,
        NeedCondition::Budget => T::AskBudget,
    }
}

/// The text of a BANTCC hint.
pub fn hint_text(lang: Lang, h: &BantccHint) -> String {
    match h {
        BantccHint::ConfirmedNeeds(n) => lang.tf(T::HintConfirmedNeeds, &[&n.to_string()]),
        BantccHint::OnlyPains => lang.t(T::HintOnlyPains).to_string(),
        BantccHint::DecisionMakerKnown => lang.t(T::HintDecisionMakerKnown).to_string(),
        BantccHint::NoDecisionMaker => lang.t(T::HintNoDecisionMaker).to_string(),
        BantccHint::PainsWithoutBudget(n) => lang.tf(T::HintPainsWithoutBudget, &[&n.to_string()]),
    }
}
